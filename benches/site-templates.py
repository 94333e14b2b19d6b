#!/usr/bin/env python3
"""Site templates on dragnet (not a test): each mode run as one batch, with
and without --site-templates, scored on all pages, on the pages of sites
with 3 or more pages (by the truth's url) and on the others.

    python3 benches/site-templates.py [PITH_BIN]    (after cargo build --release)

HTML pages are a folder run (each page's site from its canonical link,
og:url or feed); the text scrapes, which carry no address, go as one JSON
Lines stream with the truth's url as each record's `url`.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

here = Path(__file__).resolve().parent.parent
pith = sys.argv[1] if len(sys.argv) > 1 else str(here / "target/release/pith")
S = here.parent / "shared/eval/dragnet"
rows = [json.loads(l) for l in open(S / "truth.jsonl")]


def host(u):
    h = (urllib.parse.urlsplit(u).hostname or "").lower()
    return h[4:] if h.startswith("www.") else h


per_site = collections.Counter(host(r["url"]) for r in rows if r.get("url"))
big = {r["id"] for r in rows if r.get("url") and per_site[host(r["url"])] >= 3}
tmp = Path(tempfile.mkdtemp())


def run(mode, flags):
    out = tmp / f"{mode}{len(flags)}"
    out.mkdir()
    if mode == "html":
        files = [str(S / "html" / f"{r['id']}.html.gz") for r in rows]
        subprocess.run([pith, "-q", *flags, "--out-dir", str(out), *files], check=True)
    else:
        records = "".join(
            json.dumps({"id": r["id"], "url": r.get("url"),
                        "text": (S / mode / f"{r['id']}.txt").read_text(errors="replace")}) + "\n"
            for r in rows)
        res = subprocess.run([pith, "-q", "--input", "text", "--jsonl", *flags],
                             input=records, capture_output=True, text=True, check=True)
        for line in res.stdout.splitlines():
            d = json.loads(line)
            (out / f"{d['id']}.txt").write_text(d.get("article") or "")
    report = out.with_suffix(".json")
    subprocess.run(["python3", str(S.parent / "score.py"), str(S), str(out), "--json", str(report)],
                   check=True, capture_output=True)
    pages = [p for p in json.loads(report.read_text())["pages"] if p["f1"] is not None]
    mean = lambda sel: sum(p["f1"] for p in pages if sel(p["id"])) / max(1, sum(1 for p in pages if sel(p["id"])))
    return mean(lambda i: True), mean(lambda i: i in big), mean(lambda i: i not in big)


print(f"dragnet: {len(rows)} pages, {len(big)} on {sum(1 for n in per_site.values() if n >= 3)} sites with 3+ pages")
print(f"{'mode':10} {'templates':10} {'all':>7} {'3+ pages':>9} {'others':>7}")
for mode in ["html", "text-p", "text-full"]:
    for flags in ([], ["--site-templates"]):
        a, b, o = run(mode, flags)
        print(f"{mode:10} {'on' if flags else 'off':10} {a:7.4f} {b:9.4f} {o:7.4f}")
