#!/usr/bin/env bash
# Runs pipe_test.py on Spark in local[2] mode against target/release/pith.
# pyspark goes into a virtual environment of its own (SPARK_VENV, default
# target/spark-venv); Java 17 must be on the machine.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
venv=${SPARK_VENV:-$here/target/spark-venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyspark>=3.5,<5'
fi
[ -x "$here/target/release/pith" ] || (cd "$here" && cargo build --release)
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python"
"$venv/bin/python" "$here/tests/spark/pipe_test.py" "$here/target/release/pith"
