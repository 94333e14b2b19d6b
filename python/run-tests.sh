#!/usr/bin/env bash
# Builds the Python package into a fresh virtual environment and runs its
# tests and the stub check. Needs the release command built first
# (cargo build --release), for the tests that compare against it.
# PY_EXT_VENV overrides where the environment lives.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=${PY_EXT_VENV:-$here/../target/pyext-venv}
rm -rf "$venv"
python3 -m venv "$venv"
pip=("$venv/bin/pip" install --quiet --disable-pip-version-check)
"${pip[@]}" 'pytest>=7' 'mypy>=1.10' 'datatrove>=0.3' orjson 'datasets>=2.14'
"${pip[@]}" "$here"
cd "$here"
"$venv/bin/python" -m pytest -q -p no:cacheprovider tests
# the stubs against the compiled module
(cd / && "$venv/bin/python" -m mypy.stubtest pith_extract --allowlist "$here/stubtest-allowlist.txt")
