#!/usr/bin/env bash
# pith beside its peers on the same pages, one core each, in alternating
# rounds with the median of the rounds' ratios (not a test, not in CI: it
# downloads dom_smoothie from crates.io and resiliparse and trafilatura from
# PyPI into target/, and builds pith's Python package there).
#   bash benches/peers.sh [DIR]       (default ../shared/eval/dev/html)
# The issue's peer table was measured on another machine; these figures
# compare pith with the same tools on this one.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$here/../shared/eval/dev/html}
venv=$here/target/peers-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q resiliparse trafilatura lxml_html_clean
fi
# pith's Python package from this checkout, so that pith and the Python
# peers alternate in one process
"$venv/bin/pip" install -q --disable-pip-version-check "$here/python"
(cd "$here/benches/peers" && CARGO_TARGET_DIR=$here/target/peers cargo run -q --release -- "$dir")
"$venv/bin/python" "$here/benches/peers/peers.py" "$dir" resiliparse 5
# trafilatura is slow: one round over the first 300 pages
"$venv/bin/python" "$here/benches/peers/peers.py" "$dir" trafilatura 1 300
