#!/usr/bin/env bash
# Validates pith's JSON output against schema/article.schema.json.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
python=$(bash "$here/tests/venv.sh")
[ -x "$here/target/release/pith" ] || (cd "$here" && cargo build --release)
"$python" "$here/tests/schema/validate.py" "$here/target/release/pith"
