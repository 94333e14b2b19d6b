"""pith beside Python peers on the same pages, one core, in one process:
rounds alternate (pith, peer, pith, peer, ...) and the ratio is taken
round by round, so the machine's drift falls on both alike.

usage: peers.py DIR TOOL [ROUNDS [LIMIT]]   (TOOL: resiliparse | trafilatura)

pith runs through its Python package (`pith_extract.extract`), as the peers
run through theirs; each gets the same text, decoded once.
"""
import glob
import gzip
import importlib.metadata
import statistics
import sys
import time

import pith_extract

dir_, tool = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
pages = []
for p in sorted(glob.glob(dir_ + "/*.html*"))[:limit]:
    raw = gzip.open(p).read() if p.endswith(".gz") else open(p, "rb").read()
    pages.append(raw.decode("utf-8", "replace"))
if tool == "resiliparse":
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def peer(h):
        return extract_plain_text(HTMLTree.parse(h), main_content=True)
elif tool == "trafilatura":
    import trafilatura

    def peer(h):
        return trafilatura.extract(h)
else:
    sys.exit(__doc__)


def pith(h):
    return pith_extract.extract(h)


def timed(run):
    t = time.perf_counter()
    for h in pages:
        run(h)
    return time.perf_counter() - t


ratios, pith_secs, peer_secs = [], [], []
for _ in range(rounds):
    p, o = timed(pith), timed(peer)
    pith_secs.append(p)
    peer_secs.append(o)
    ratios.append(o / p)
n = len(pages)
name = f"{tool} {importlib.metadata.version(tool)}"
print(
    f"{name:<20} {n / statistics.median(peer_secs):>7.1f} pages/s  "
    f"({n} pages, {rounds} alternating rounds; pith through Python "
    f"{n / statistics.median(pith_secs):.1f} pages/s; "
    f"pith runs at {statistics.median(ratios):.2f}x its speed, "
    f"rounds {min(ratios):.2f}x-{max(ratios):.2f}x)"
)
