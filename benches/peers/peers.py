"""Python peers on the same pages, one core: pages/s, fastest of ROUNDS.

usage: peers.py DIR TOOL [ROUNDS [LIMIT]]   (TOOL: resiliparse | trafilatura)
With PITH_RATE set (pith's pages/s in the same run), also how many times
faster pith ran.
"""
import glob
import gzip
import importlib.metadata
import os
import sys
import time

dir_, tool = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
pages = []
for p in sorted(glob.glob(dir_ + "/*.html*"))[:limit]:
    raw = gzip.open(p).read() if p.endswith(".gz") else open(p, "rb").read()
    pages.append(raw.decode("utf-8", "replace"))
if tool == "resiliparse":
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def run(h):
        return extract_plain_text(HTMLTree.parse(h), main_content=True)
elif tool == "trafilatura":
    import trafilatura

    def run(h):
        return trafilatura.extract(h)
else:
    sys.exit(__doc__)
best = float("inf")
for _ in range(rounds):
    t = time.perf_counter()
    for h in pages:
        run(h)
    best = min(best, time.perf_counter() - t)
version = importlib.metadata.version(tool)
rate = len(pages) / best
ratio = os.environ.get("PITH_RATE")
ratio = f"; pith runs at {float(ratio) / rate:.2f}x its speed" if ratio else ""
print(f"{tool + ' ' + version:<20} {rate:>7.1f} pages/s  ({len(pages)} pages, {best:.2f} s{ratio})")
