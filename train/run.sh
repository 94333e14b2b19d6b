#!/usr/bin/env bash
# Fits pith's learned weights in a virtual environment of its own.
#   bash train/run.sh           refit and write src/region/kind_weights.rs
#   bash train/run.sh --check   fail if the shipped weights differ from a refit
# Needs ../shared/eval beside the checkout (the labelled pages).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi
cd "$here/.."
cargo build --release -q --example page_kind_features
exec "$venv/bin/python" "$here/page_kind.py" "$@"
