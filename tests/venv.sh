#!/usr/bin/env bash
# Makes (once) the Python virtual environment the Python-driven tests use,
# with pyspark and jsonschema, and prints its python. PY_VENV overrides
# where it lives (default target/py-venv).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
venv=${PY_VENV:-$here/target/py-venv}
if ! "$venv/bin/python" -c 'import pyspark, jsonschema' 2>/dev/null; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyspark>=3.5,<5' 'jsonschema>=4.18,<5' >&2
fi
echo "$venv/bin/python"
