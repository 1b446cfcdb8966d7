// civic-parse's batch mode: many statements in one process, on one core or several, with the
// results written in the order of the inputs and memory bounded by a window of statements
// in flight (never by the size of the batch).
//
//   civic-parse [--json] [--jobs N] [--language CODE] FILE FILE …   one result per file
//   civic-parse --ndjson [--jobs N] [--language CODE] < in.ndjson    one JSON line per input line
//
// NDJSON input: one object per line, {"id": <any JSON value>, "text": "<the statement>"}, and
// "language": "<ISO 639-1 code>" when the line's language is known (civic::options::language;
// it overrides --language for that line); blank lines are skipped. Output: one line per input
// line, in the same order:
//   {"id": …, "statement": {…}, "diagnostics": […]}       the statement was parsed
//   {"id": …, "line": N, "error": "…"}                     the line could not be read
// ("id" is null when the line has none). A bad line is a result like any other, so that a
// stream of millions (Spark's RDD.pipe, Hadoop Streaming) is never cut short by one.
#pragma once
#include <civic/parse.hpp>

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace civic_parse {

struct batch_settings {
    unsigned jobs = 1;        // parsing threads; 0 means one per core
    std::size_t window = 0;   // units of work (a file; up to 32 NDJSON lines or 256 KiB of them)
                              // read but not yet written, at most; 0: 4 per thread
    civic::options options;   // how each statement is read (--language)
};

// The text civic-parse prints for one statement read from `path` (the summary, or another of
// its formats). Called on the parsing threads: it must not touch shared state.
using renderer = std::function<std::string(civic::parse_result const&, std::string const& path)>;

// Parses every file and prints, per file: with `json`, one line
// {"file": "<path>", "statement": {…}, "diagnostics": […]} (or {"file": …, "error": "…"} for a
// file that cannot be read); without, a "==> <path> <==" header and what `render` gives.
// Returns civic-parse's exit code: 3 if a file could not be read, else 1 if an input broke a
// limit or could not be decoded, else 0.
int parse_files(std::vector<std::string> const& files, bool json, renderer const& render,
                batch_settings const& settings);

// Reads NDJSON statements from `in` and writes one NDJSON result per input line to standard
// output. Returns 1 if a line was bad or a statement had errors, else 0.
int parse_ndjson(std::istream& in, batch_settings const& settings);

// "--jobs" values: a count of threads, 0 for one per core; false for anything else.
bool read_jobs(std::string const& value, unsigned& jobs);

}  // namespace civic_parse
