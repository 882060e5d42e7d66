#!/usr/bin/env bash
# Re-make examples/report.html and examples/report.png from the shipped examples.
# Run from anywhere: tests/browser/make-example.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
shopt -s nullglob
# the Markdown examples and the Word and PDF policies when they exist (not annotated copies)
inputs=(examples/*.md examples/policy.doc[x] examples/policy.pd[f])
python -m inclusive_lint "${inputs[@]}" --no-config --format html -o examples/report.html || [ $? -eq 1 ]
chmod 644 examples/report.html
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"${CHROMIUM:-/usr/bin/chromium}" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$profile" --screenshot="$PWD/examples/report.png" --window-size=1280,2000 \
  "file://$PWD/examples/report.html" 2>/dev/null
ls -l examples/report.html examples/report.png
