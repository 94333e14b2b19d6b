"""Speed from Python, in one process and one run: pith_extract.extract_batch
over the dev pages against `pith --out-dir` on the same pages and cores,
then pith, trafilatura and resiliparse one page at a time on one core.

    python benches/python_speed.py [DEV_HTML_DIR]

Needs pith_extract installed (pip install ./python), and trafilatura and
resiliparse for their lines (a line is skipped without them). The machine is
noisy: rounds alternate, and the ratios are what to read.
"""

from __future__ import annotations

import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pith_extract

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "dev" / "html"
PITH = ROOT / "target" / "release" / "pith"
ROUNDS = 3

files = sorted(DEV.glob("*.html.gz"))
raw = [p.read_bytes() for p in files]
n = len(raw)
cores = os.cpu_count() or 1
print(f"{n} pages, {cores} cores, {ROUNDS} alternating rounds")


def timed(f) -> float:
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def cli() -> None:
    out = tempfile.mkdtemp()
    try:
        subprocess.run([str(PITH), "-q", "--out-dir", out, *map(str, files)], check=True)
    finally:
        shutil.rmtree(out)


py_times, cli_times = [], []
for _ in range(ROUNDS):
    py_times.append(timed(lambda: pith_extract.extract_batch(raw, threads=cores)))
    cli_times.append(timed(cli))
py, c = statistics.median(py_times), statistics.median(cli_times)
print(f"extract_batch, {cores} threads: {n / py:7.1f} pages/s")
print(f"pith --out-dir, {cores} threads: {n / c:7.1f} pages/s  (Python at {c / py:.2f}x the command)")

# one core, one page a call, on text decoded once (what each library takes)
texts = [gzip.decompress(b).decode("utf-8", errors="replace") for b in raw]
peers = {"pith_extract.extract": lambda t: pith_extract.extract(t)}
try:
    import trafilatura

    peers["trafilatura.extract"] = lambda t: trafilatura.extract(t)
except ImportError:
    print("trafilatura: not installed")
try:
    from resiliparse.extract.html2text import extract_plain_text

    peers["resiliparse (main_content)"] = lambda t: extract_plain_text(t, main_content=True)
except ImportError:
    print("resiliparse: not installed")
rates: dict[str, list[float]] = {k: [] for k in peers}
for _ in range(ROUNDS if len(peers) > 1 else 1):
    for name, f in peers.items():
        secs = timed(lambda: [f(t) for t in texts])
        rates[name].append(n / secs)
base = statistics.median(rates["pith_extract.extract"])
for name, r in rates.items():
    m = statistics.median(r)
    print(f"{name:28s} one core: {m:7.1f} pages/s  (pith at {base / m:.2f}x)")
