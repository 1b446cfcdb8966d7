#!/bin/sh
# Peak resident memory of `civic-parse --json` on the long inputs the README's figures name,
# against the size of each input. A measurement, not a test: it prints a table.
#
#   tests/bench/peak_memory.sh BUILD_DIR
#
# The inputs (tests/bench/make_inputs.py): the CLI test's 20 MB of short paragraphs, 20 MiB of
# 224-byte paragraphs, a 23 MiB page of the fixtures repeated (a list of about 100,000
# signers) and a list of 51,583 signers after a header.
set -eu
build=${1:?usage: peak_memory.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/make_inputs.py" "$work" paragraphs prose page list

printf '%-11s  %10s  %14s  %8s  %s\n' input "input MiB" "peak RSS MiB" "ratio" "CPU s"
for name in paragraphs prose page list; do
    file="$work/$name"
    /usr/bin/time -f '%U %M' -o "$work/time" "$build/civic-parse" --json "$file" > /dev/null || true
    read -r cpu rss_kb < "$work/time"
    bytes=$(wc -c < "$file")
    awk -v n="$name" -v b="$bytes" -v r="$rss_kb" -v c="$cpu" 'BEGIN {
        printf "%-11s  %10.1f  %14.1f  %7.2fx  %s\n", n, b / 1048576, r / 1024, (r * 1024) / b, c }'
done
