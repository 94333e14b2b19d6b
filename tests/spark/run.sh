#!/usr/bin/env bash
# Runs pipe_test.py on Spark in local[2] mode against target/release/pith.
# pyspark comes from the virtual environment of tests/venv.sh; Java 17 must
# be on the machine.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
python=$(bash "$here/tests/venv.sh")
[ -x "$here/target/release/pith" ] || (cd "$here" && cargo build --release)
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$python"
"$python" "$here/tests/spark/pipe_test.py" "$here/target/release/pith"
