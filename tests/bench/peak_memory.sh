#!/bin/sh
# Peak resident memory of `civic-parse --json` on the long inputs the README's figures name,
# against the size of each input. A measurement, not a test: it prints a table.
#
#   tests/bench/peak_memory.sh BUILD_DIR
#
# The inputs, generated in a temporary folder:
#   paragraphs  the CLI test's large input (tests/cli/run_cli.cmake, "@large"): a sentence of
#               prose, a demand and a signer, repeated to 20 MB; a block every 77 bytes
#   prose       one paragraph of 224 bytes, repeated to 20 MiB
#   page        the project's fixtures one after another, repeated to 23 MiB: a page of
#               statements, its lists making one of about 100,000 signers
#   list        a statement whose list after its header has 51,583 signers, one a line
set -eu
build=${1:?usage: peak_memory.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$fixtures" "$work" <<'EOF'
import os, sys
fixtures, work = sys.argv[1], sys.argv[2]

unit = ("The Tamarind Falls assembly met again today and discussed the closure of the river port, "
        "the new tariffs and the arrests of students.\n\n"
        "\u2013 Release everyone detained for a peaceful protest;\n\n"
        "Amber Lantern Association (Kyrgyzstan)\n\n").encode()
mebibyte = unit * (1048576 // len(unit) + 1)  # as run_cli.cmake makes it
with open(os.path.join(work, "paragraphs.txt"), "wb") as f:
    f.write(mebibyte * 20)

paragraph = ("The Tamarind Falls assembly met again today and discussed the closure of the river port, "
             "the new tariffs and the arrests of students. Many of them were held overnight without "
             "a lawyer, and their families were not told where.\n\n").encode()
with open(os.path.join(work, "prose.txt"), "wb") as f:
    f.write(paragraph * (20 * 1048576 // len(paragraph)))

statements = []
for pattern in ("", "layouts"):
    folder = os.path.join(fixtures, pattern)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and (pattern or name.endswith(".txt")):
            statements.append(open(path, "rb").read() + b"\n\n")
round_ = b"".join(statements)
with open(os.path.join(work, "page.txt"), "wb") as f:
    size = 0
    while size < 23 * 1048576:
        f.write(round_)
        size += len(round_)

with open(os.path.join(work, "list.txt"), "wb") as f:
    f.write(b"Joint statement on something\n\n"
            b"We, the undersigned organisations, call on the government to act.\n\nSignatories:\n")
    for i in range(1, 51584):
        f.write(b"Association No %d (Chile)\n" % i)
EOF

printf '%-11s  %10s  %14s  %8s  %s\n' input "input MiB" "peak RSS MiB" "ratio" "CPU s"
for name in paragraphs prose page list; do
    file="$work/$name.txt"
    /usr/bin/time -f '%U %M' -o "$work/time" "$build/civic-parse" --json "$file" > /dev/null || true
    read -r cpu rss_kb < "$work/time"
    bytes=$(wc -c < "$file")
    awk -v n="$name" -v b="$bytes" -v r="$rss_kb" -v c="$cpu" 'BEGIN {
        printf "%-11s  %10.1f  %14.1f  %7.2fx  %s\n", n, b / 1048576, r / 1024, (r * 1024) / b, c }'
done
