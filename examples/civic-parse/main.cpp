// civic-parse: parse a statement and print it, as a readable summary or in one of civic's
// export formats (output_format.hpp).
//
//   civic-parse [--format FORMAT | --json] [--output OUT] [--language CODE] [FILE | -]
//   civic-parse [--json | --format FORMAT] [--jobs N] FILE FILE …   (batch.hpp)
//   civic-parse --ndjson [--jobs N] < statements.ndjson               (batch.hpp)
//
// With no FILE it parses the sample statement bundled with civic; "-" reads standard input.
// Exit codes: 0 parsed; 1 parsed, but the input broke a limit or could not be decoded
// (see the diagnostics); 2 bad command line; 3 the input could not be read; 4 the output
// could not be written.
#include "batch.hpp"
#include "output_format.hpp"

#include <civic/civic.hpp>

#include <fmt/core.h>
#include <sample_statement.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input_errors = 1;
constexpr int exit_usage = 2;
constexpr int exit_unreadable = 3;
constexpr int exit_unwritable = 4;

void print_usage(std::FILE* to) {
    fmt::print(to,
               "usage: civic-parse [--format FORMAT | --json] [--output OUT] [FILE | -]\n"
               "  Parses a joint statement, open letter or appeal and prints what it found.\n"
               "  FILE   the statement (UTF-8 or UTF-16 text, Markdown or HTML); '-' reads standard input;\n"
               "         without FILE the bundled sample statement is parsed\n"
               "  --format FORMAT  what to print: summary (the default), json, akn (Akoma Ntoso 3.0 XML),\n"
               "         csv (the signatories), csv-calls (the calls), popolo (Popolo JSON), markdown\n"
               "  --json the same as --format json\n"
               "  --output OUT  write to the file OUT instead of standard output\n"
               "  several FILEs are parsed in one process: with --json one JSON line per file, otherwise\n"
               "         each output under a '==> FILE <==' header\n"
               "  --ndjson  read {{\"id\": …, \"text\": …}} lines from standard input and write one JSON line\n"
               "         per input line, in order: {{\"id\", \"statement\", \"diagnostics\"}} or {{\"id\", \"line\", \"error\"}}\n"
               "  --jobs N  parse on N threads (0: one per core); the output keeps the input order\n"
               "  --language CODE  the statements' language when it is known (en, ru, uk, fr, de, es, pl, ro):\n"
               "         read with its tables and not detected; an NDJSON line's \"language\" overrides it\n"
               "  --help, --version\n"
               "exit codes: 0 parsed, 1 parsed with errors in the input, 2 bad usage, 3 unreadable input,\n"
               "            4 unwritable output\n");
}

// A parse allocates and frees buffers of the input's size (the cleaned text and its stages, the
// blocks). glibc serves a buffer that large with mmap and unmaps it when freed, but after the
// first such free it raises its threshold to that size and serves the next ones from the heap,
// where the room they leave stays resident. A fixed threshold keeps the peak resident memory
// at the peak of what is allocated (a 23 MB document: 178 MB -> 165 MB).
void return_large_buffers_when_freed() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

std::string where(civic::source_span const& s) { return fmt::format("{}:{}", s.start.line, s.start.column); }

}  // namespace

int main(int argc, char** argv) {
    return_large_buffers_when_freed();
    auto format = civic_parse::output_format::summary;
    std::string output;
    std::string_view file;
    std::vector<std::string> files;  // batch mode: more than one
    bool ndjson = false;
    civic_parse::batch_settings batch;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--json") format = civic_parse::output_format::json;
        else if (arg == "--ndjson") ndjson = true;
        else if (arg == "--jobs" || arg == "-j") {
            if (i + 1 == argc || !civic_parse::read_jobs(argv[i + 1], batch.jobs)) {
                fmt::print(stderr, "civic-parse: {} needs a number of threads\n", arg);
                return exit_usage;
            }
            ++i;
        }
        else if (arg == "--format" || arg == "--output" || arg == "--language") {
            if (i + 1 == argc) {
                fmt::print(stderr, "civic-parse: {} needs a value\n", arg);
                print_usage(stderr);
                return exit_usage;
            }
            std::string_view value = argv[++i];
            if (arg == "--output") {
                output = value;
            } else if (arg == "--language") {
                // A code civic has no tables for is a mistake on the command line: said at once,
                // not as a warning in every result (as an NDJSON line's own code is).
                if (!civic::is_supported_language(value)) {
                    fmt::print(stderr, "civic-parse: civic has no tables for the language '{}'\n", value);
                    print_usage(stderr);
                    return exit_usage;
                }
                batch.options.language = value;
            } else if (auto f = civic_parse::output_format_from_name(value)) {
                format = *f;
            } else {
                fmt::print(stderr, "civic-parse: unknown format '{}'\n", value);
                print_usage(stderr);
                return exit_usage;
            }
        } else if (arg == "--help" || arg == "-h") {
            print_usage(stdout);
            return exit_ok;
        } else if (arg == "--version") {
            fmt::print("civic-parse {}\n", CIVIC_VERSION_STRING);
            return exit_ok;
        } else if (arg.size() > 1 && arg[0] == '-') {
            fmt::print(stderr, "civic-parse: unknown option '{}'\n", arg);
            print_usage(stderr);
            return exit_usage;
        } else {
            if (file.empty()) file = arg;
            files.emplace_back(arg);
        }
    }
    if (ndjson && !files.empty()) {
        fmt::print(stderr, "civic-parse: --ndjson reads standard input; no FILE may be given\n");
        return exit_usage;
    }
    if (ndjson) return civic_parse::parse_ndjson(std::cin, batch);
    if (files.size() > 1)
        return civic_parse::parse_files(files, format == civic_parse::output_format::json,
                                        [format](civic::parse_result const& r, std::string const& path) {
                                            return civic_parse::render(r, format, std::filesystem::path(path).stem().string());
                                        },
                                        batch);

    civic::parse_result result;
    if (file.empty()) {
        result = civic::parse(civic_examples::sample_statement, batch.options);
    } else if (file == "-") {
        std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        if (std::cin.bad()) {
            fmt::print(stderr, "civic-parse: cannot read standard input\n");
            return exit_unreadable;
        }
        result = civic::parse(input, batch.options);
    } else {
        result = civic::parse_file(std::string(file), batch.options);
        for (auto const& d : result.diagnostics)
            if (d.code == "io.read") {
                fmt::print(stderr, "civic-parse: {}\n", d.message);
                return exit_unreadable;
            }
    }

    std::string const statement_id =
        file.empty() ? "sample" : file == "-" ? "stdin" : std::filesystem::path(file).stem().string();
    std::string error;
    auto const write_result = [&](std::ostream& out) { civic_parse::write(result, format, statement_id, out); };
    if (!civic_parse::write_output(write_result, output, error)) {
        fmt::print(stderr, "civic-parse: {}\n", error);
        return exit_unwritable;
    }
    for (auto const& d : result.diagnostics)
        if (d.level == civic::severity::error)
            fmt::print(stderr, "civic-parse: {}:{}: {}\n", file.empty() ? "sample" : file, where(d.span), d.message);
    return result.ok() ? exit_ok : exit_input_errors;
}
