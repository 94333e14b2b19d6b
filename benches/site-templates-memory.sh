#!/usr/bin/env bash
# Site templates' memory (not a test): peak RSS of `pith --site-templates
# --jsonl` over 10 000 and 100 000 records from 1 000 and 10 000 sites, and
# the fingerprints the saved templates hold. The limits (4 096 per site,
# 2 000 000 in all) keep both bounded however long the crawl.
#   bash benches/site-templates-memory.sh      (after cargo build --release)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pith=$here/target/release/pith
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import json, random, sys
random.seed(7)
words = "river council market bridge school budget museum harbour storm road".split()
def page(site, n):
    nav = "".join(f"<li><a href='/s{k}'>Section {k} of site {site}</a></li>" for k in range(12))
    own = " ".join(random.choice(words) for _ in range(60))
    body = "".join(f"<p>Story {n} paragraph {k}: {own} {random.random()}.</p>" for k in range(8))
    return (f"<html><body><ul>{nav}</ul><article><h1>Story {n}</h1>{body}"
            f"<p>Site {site} pays for your stories: email the desk.</p></article></body></html>")
for records, sites in ((10_000, 1_000), (100_000, 10_000)):
    with open(f"{sys.argv[1]}/in{records}.jsonl", "w") as f:
        for n in range(records):
            site = n % sites
            f.write(json.dumps({"url": f"https://site{site}.example/{n}", "html": page(site, n)}) + "\n")
PY
for n in 10000 100000; do
  rss=$(/usr/bin/time -f %M "$pith" --site-templates --save-templates "$tmp/t$n" --jsonl -q \
    < "$tmp/in$n.jsonl" 2>&1 >/dev/null | tail -1)
  entries=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['blocks']) for l in list(open(sys.argv[1]))[1:]))" "$tmp/t$n")
  echo "--site-templates --jsonl, $n records: peak RSS $((rss / 1024)) MB, $(($(wc -l < "$tmp/t$n") - 1)) sites, $entries fingerprints kept"
done
