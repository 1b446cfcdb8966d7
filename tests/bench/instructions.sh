#!/bin/sh
# Instructions a byte of a parse, whole and by stage, counted by callgrind: the measure that
# does not vary with the machine's load, which the rounds of docs/performance.md compare.
# A measurement, not a test: it prints a table. Needs valgrind.
#
#   tests/bench/instructions.sh BUILD_DIR [FILE...]
#
# BUILD_DIR holds a civic-parse built in Release: the stages are found by their functions'
# names, and a stage the compiler inlined into its caller (with other flags) shows no count.
# Without FILEs the project's fixtures are read. The files are parsed in one process twice
# and then three times, and the difference is counted: one pass, without the tables that are
# built on first use.
set -eu
build=${1:?usage: instructions.sh BUILD_DIR [FILE...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
    for f in "$here"/../fixtures/* "$here"/../fixtures/*/*; do
        if [ -f "$f" ]; then set -- "$@" "$f"; fi
    done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

count() {  # count OUT FILE... : callgrind's inclusive counts of one run, as a listing
    out=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="$work/$out.cg" \
        "--toggle-collect=civic::v0_lib::detail::run_pipeline(*" \
        "$build/civic-parse" --json "$@" > /dev/null 2> "$work/$out.err" || true
    callgrind_annotate --inclusive=yes --threshold=100 --auto=no "$work/$out.cg" > "$work/$out.txt" 2> /dev/null
}
count two "$@" "$@"
count three "$@" "$@" "$@"
bytes=$(cat "$@" | wc -c)

python3 - "$work/two.txt" "$work/three.txt" "$bytes" "$#" <<'EOF'
import re, sys
two, three, size, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

def counts(path):
    """Each function's inclusive count, by name (the highest where a name is listed twice)."""
    found = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\S+?:(.*?)(?: \[.*\])?$", line)
        if m:
            name, n = m.group(2), int(m.group(1).replace(",", ""))
            found[name] = max(found.get(name, 0), n)
    return found

stages = [  # (label, a part of the function's name)
    ("whole parse", "civic::v0_lib::detail::run_pipeline("),
    ("clean-up", "civic::v0_lib::text::detail::run_stages("),  # clean_up and clean_up_taking
    ("segmentation", "civic::v0_lib::layout::segment("),
    ("line index", "civic::v0_lib::line_index::line_index("),
    ("language detection", "civic::v0_lib::lang::detect_language"),  # the code alone too
    ("folding (every caller)", "civic::v0_lib::utf8::detail::fold_into("),
    ("invitations to sign", "document_reader::find_signing_invitations("),
    ("lists of signatories", "document_reader::find_signatory_lists("),
    ("lists of people, tables", "document_reader::find_lists_of_people_and_tables("),
    ("  of both: entries read", "civic::v0_lib::recognise::read_entry_block("),
    ("statement's fields", "document_reader::decide_fields("),
    ("calls", "civic::v0_lib::recognise::recognise_calls("),
    ("addresses", "document_reader::find_addresses("),
    ("date", "document_reader::find_date("),
]
def of(found, part):
    return max([n for name, n in found.items() if part in name] or [0])

a, b = counts(two), counts(three)
print(f"{files} files, {size:,} bytes, one pass")
print(f"{'stage':26s} {'instructions':>14s} {'a byte':>8s}")
for label, part in stages:
    n = of(b, part) - of(a, part)
    print(f"{label:26s} {n:>14,d} {n / size:>8.1f}" if n else f"{label:26s} {'(inlined)':>14s}")
EOF
