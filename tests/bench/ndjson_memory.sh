#!/bin/sh
# civic-parse --ndjson over 10,000 and 100,000 statements in one process: the peak resident
# memory must not grow with the number of statements (a bounded window of statements is in
# flight, whatever the length of the stream). A measurement, not a test: it prints a table.
#
#   tests/bench/ndjson_memory.sh BUILD_DIR [JOBS]
#
# The statements are the project's fixtures (tests/fixtures), one NDJSON line each, repeated.
set -eu
build=${1:?usage: ndjson_memory.sh BUILD_DIR [JOBS]}
jobs=${2:-1}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/make_inputs.py" "$work" ndjson-10000 ndjson-100000

printf '%10s  %9s  %9s  %9s  %12s  %12s  %s\n' statements "input MB" seconds "CPU s" "peak RSS MB" "output lines" "statements/s"
for n in 10000 100000; do
    /usr/bin/time -f '%e %U %M' -o "$work/time" "$build/civic-parse" --ndjson --jobs "$jobs" \
        < "$work/ndjson-$n" > "$work/$n.out" || true
    read -r seconds cpu rss_kb < "$work/time"
    mb=$(awk "BEGIN { printf \"%.1f\", $(wc -c < "$work/ndjson-$n") / 1048576 }")
    lines=$(wc -l < "$work/$n.out")
    rate=$(awk "BEGIN { printf \"%.0f\", $n / ($seconds > 0 ? $seconds : 0.01) }")
    printf '%10s  %9s  %9s  %9s  %12s  %12s  %s\n' "$n" "$mb" "$seconds" "$cpu" "$((rss_kb / 1024))" "$lines" "$rate"
done
