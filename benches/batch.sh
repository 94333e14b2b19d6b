#!/usr/bin/env bash
# Batch benchmark (not a test): pages/s over ../shared/eval/dev/html with
# -j 1 and -j 2, and peak memory of --jsonl as the input grows 100-fold.
#   bash benches/batch.sh            (after cargo build --release)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pith=$here/target/release/pith
dev=${DEV:-$here/../shared/eval/dev/html}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

secs() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
n=$(ls "$dev" | wc -l)
mb=$(du -sm "$dev" | cut -f1)
echo "dev: $n pages, $mb MB gzipped"
declare -A rate
for j in 1 2; do
  s=$(secs "$pith" -q -j "$j" --out-dir "$tmp/out$j" "$dev")
  rate[$j]=$(awk -v n="$n" -v s="$s" 'BEGIN { printf "%.0f", n / s }')
  echo "-j $j: $s s, ${rate[$j]} pages/s"
done
awk -v a="${rate[1]}" -v b="${rate[2]}" 'BEGIN { printf "-j 2 / -j 1: %.2fx\n", b / a }'

# peak memory of --jsonl: 1 000 vs 100 000 records of a 4 KB page
python3 - "$tmp" <<'PY'
import json, sys
body = "<p>" + "The council met on Monday to decide on the new budget, the mayor said. " * 8 + "</p>"
page = "<html><body><nav><a href='/'>Home</a></nav><article><h1>Story</h1>" + body * 6 + "</article></body></html>"
for n in (1000, 100000):
    with open(f"{sys.argv[1]}/in{n}.jsonl", "w") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "html": page}) + "\n")
PY
for n in 1000 100000; do
  rss=$(/usr/bin/time -f %M "$pith" --jsonl -q < "$tmp/in$n.jsonl" 2>&1 >/dev/null | tail -1)
  echo "--jsonl $n records: peak RSS $((rss / 1024)) MB"
done

# one process per page, as `for f in *.html; do pith < $f; done` runs it:
# the start-up cost (regex compilation above all) is paid per page
start=$(date +%s%N)
for f in $(ls "$dev" | head -20); do "$pith" "$dev/$f" >/dev/null; done
end=$(date +%s%N)
echo "one process per page: $(( (end - start) / 20 / 1000000 )) ms a page (20 pages)"
