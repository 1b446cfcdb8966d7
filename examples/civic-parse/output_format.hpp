// civic-parse's output formats: which one --format names, and the text each one writes.
#pragma once
#include <civic/parse.hpp>

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace civic_parse {

enum class output_format { summary, json, akn, csv, csv_calls, popolo, markdown };

// "summary", "json", "akn", "csv", "csv-calls", "popolo", "markdown"; nullopt otherwise.
std::optional<output_format> output_format_from_name(std::string_view name);

// The parsed statement in `format`. `statement_id` names the statement in the CSV rows and
// the Popolo ids (civic-parse uses the file name without its extension).
std::string render(civic::parse_result const& result, output_format format, std::string_view statement_id);

// Writes the parsed statement in `format` to `out`. JSON and the summary go to `out` as they
// are made (the JSON of a long statement is many times its size); the other formats are
// rendered first.
void write(civic::parse_result const& result, output_format format, std::string_view statement_id, std::ostream& out);

// Runs `write_to` on the file `path`, or on standard output when `path` is empty. On failure
// returns false and says why in `error`.
bool write_output(std::function<void(std::ostream&)> const& write_to, std::string const& path, std::string& error);

}  // namespace civic_parse
