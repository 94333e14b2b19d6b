#!/usr/bin/env bash
# The hostile suite: inputs built to exhaust time or memory, each run through
# the release binary with its wall time and peak memory measured. A case
# passes under 5 s and under 10x its input + 100 MB of memory.
#   bash benches/hostile.sh [PITH_BIN]
# Exit status 1 if any case fails. Timings are noisy: this is a bench, not a
# test (the behaviour of each case is tested under tests/).
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/target/release/pith}
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# case NAME INPUT_BYTES ENDLESS COMMAND...: runs COMMAND under `timeout 5`;
# ENDLESS=1 for an input that never ends, where only memory is checked.
case_() {
  local name=$1 bytes=$2 endless=$3; shift 3
  /usr/bin/time -f "%e %M" -o "$work/time" timeout 5 "$@" >/dev/null 2>"$work/err"
  local rc=$?
  read -r secs kb < <(tail -1 "$work/time")
  local bound=$(( (bytes * 10 + 100 * 1024 * 1024) / 1024 ))
  local ok=ok
  if [ "$kb" -gt "$bound" ]; then ok="FAIL (memory)"; fi
  if [ "$endless" = 0 ] && [ "$rc" -eq 124 ]; then ok="FAIL (time)"; fi
  [ "$ok" = ok ] || fail=1
  printf '%-44s %10s B %6.2f s %7.1f MB (bound %6.1f)  %s\n' "$name" "$bytes" "$secs" \
    "$(echo "$kb / 1024" | bc -l)" "$(echo "$bound / 1024" | bc -l)" "$ok"
}

size() { stat -c %s "$1"; }

# 1. formatting elements re-opened in every paragraph
python3 -c "print('<p>'+''.join('<b id=%d>'%i for i in range(1900))+'</p>'+'<p>x</p>'*3000)" > "$work/b44k.html"
python3 -c "print(''.join('<p><b id=%d>x</p>'%i for i in range(5000)))" > "$work/b100k.html"
case_ "1 reopened <b> x 1900, 44 KB" "$(size "$work/b44k.html")" 0 "$bin" "$work/b44k.html"
case_ "1 one more <b> left open a paragraph, 100 KB" "$(size "$work/b100k.html")" 0 "$bin" "$work/b100k.html"
python3 -c "
import json
page=''.join('<p><b id=%d>x</p>'%i for i in range(5000))
for i in range(100): print(json.dumps({'id': i, 'html': page}))" > "$work/b.jsonl"
case_ "1 the same, 100 records of --jsonl" "$(size "$work/b.jsonl")" 0 "$bin" -q --jsonl "$work/b.jsonl"

# 2. endless input
case_ "2 --max-bytes 1024 /dev/zero" 1024 0 "$bin" --max-bytes 1024 /dev/zero
case_ "2 < /dev/zero (16 MB limit)" $((16 << 20)) 0 sh -c "exec '$bin' < /dev/zero"
case_ "2 --jsonl < /dev/zero (one endless line)" $((16 << 20)) 1 sh -c "exec '$bin' --jsonl < /dev/zero"

# 3. nesting that end tags never close
python3 -c "print('<div></x>'*50000)" > "$work/div50k.html"
python3 -c "print('<div></x>'*100000)" > "$work/div100k.html"
case_ "3 <div></x> x 50 000, --timeout-ms 2000" "$(size "$work/div50k.html")" 0 "$bin" --timeout-ms 2000 "$work/div50k.html"
case_ "3 <div></x> x 100 000" "$(size "$work/div100k.html")" 0 "$bin" "$work/div100k.html"

i=0
for unit in '<div/>' '<aaaaaaaaaaaaa></bbbbbbbbbbbbb>' '<x:y></x>' '<li><ul></li>' '<div><object></div>' '<table><td>' '<span></b>'; do
  i=$((i + 1))
  python3 -c "import sys; print(sys.argv[1] * 100000)" "$unit" > "$work/nest$i.html"
  case_ "3 $unit x 100 000" "$(size "$work/nest$i.html")" 0 "$bin" "$work/nest$i.html"
done

# 4. a pool far larger than the cores
echo '<p>One page.</p>' > "$work/one.html"; echo '<p>Two pages.</p>' > "$work/two.html"
case_ "4 -j 100000 on two files" 32 0 "$bin" -q -j 100000 "$work/one.html" "$work/two.html"

# 5. a FIFO among the pages of a folder
mkdir -p "$work/dir"; cp "$work/one.html" "$work/dir/"; mkfifo "$work/dir/pipe.html"
case_ "5 a FIFO named *.html in a folder" 16 0 "$bin" -q "$work/dir"

exit $fail
