#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each, one after another.
# Needs a nightly toolchain and cargo-fuzz (cargo install cargo-fuzz).
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
for t in extract_html jsonl extract_text warc warc_gzip_stream html_urls; do
  mkdir -p "corpus/$t"
  cargo +nightly fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=262144 -rss_limit_mb=4096 -timeout=20 2>&1 | tail -4
done
