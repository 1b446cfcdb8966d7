// civic-parse: parse a statement and print it, as a readable summary or as JSON.
//
//   civic-parse [--json] [FILE | -]
//
// With no FILE it parses the sample statement bundled with civic; "-" reads standard input.
// Exit codes: 0 parsed; 1 parsed, but the input broke a limit or could not be decoded
// (see the diagnostics); 2 bad command line; 3 the input could not be read.
#include <civic/civic.hpp>

#include <fmt/core.h>
#include <sample_statement.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input_errors = 1;
constexpr int exit_usage = 2;
constexpr int exit_unreadable = 3;

void print_usage(std::FILE* to) {
    fmt::print(to,
               "usage: civic-parse [--json] [FILE | -]\n"
               "  Parses a joint statement, open letter or appeal and prints what it found.\n"
               "  FILE   the statement (UTF-8 or UTF-16 text, Markdown or HTML); '-' reads standard input;\n"
               "         without FILE the bundled sample statement is parsed\n"
               "  --json print the statement as JSON instead of a summary\n"
               "  --help, --version\n"
               "exit codes: 0 parsed, 1 parsed with errors in the input, 2 bad usage, 3 unreadable input\n");
}

std::string where(civic::source_span const& s) { return fmt::format("{}:{}", s.start.line, s.start.column); }

void print_summary(civic::parse_result const& r) {
    auto const& st = r.statement;
    fmt::print("title:      {}\n", st.title ? st.title->text : "(none)");
    fmt::print("kind:       {}\n", civic::to_string(st.kind));
    fmt::print("language:   {}\n", st.language.empty() ? "(unknown)" : st.language);
    fmt::print("date:       {}\n", st.date ? civic::to_iso_string(*st.date) : "(none)");
    if (st.coalition)
        fmt::print("coalition:  {}{}\n", st.coalition->name,
                   st.coalition->acronym ? fmt::format(" ({})", *st.coalition->acronym) : "");
    if (st.publisher) fmt::print("publisher:  {}\n", st.publisher->text);
    fmt::print("paragraphs: {}\n", st.paragraphs.size());
    for (auto const& g : st.call_groups) {
        fmt::print("\ncalls");
        if (!g.addressees.empty()) {
            fmt::print(" to");
            for (std::size_t i = 0; i < g.addressees.size(); ++i)
                fmt::print("{} {}", i ? "," : "", g.addressees[i]);
        }
        fmt::print(" ({}):\n", g.calls.size());
        for (auto const& c : g.calls) fmt::print("  {:>7}  {}\n", where(c.span), c.text);
    }
    fmt::print("\nsignatories ({}):\n", st.signatories.size());
    for (auto const& s : st.signatories) {
        std::string extra;
        if (s.acronym) extra += fmt::format(" ({})", *s.acronym);
        if (s.country) extra += fmt::format(" — {}{}", *s.country, s.country_code ? fmt::format(" [{}]", *s.country_code) : "");
        if (s.role) extra += fmt::format(" — {}", *s.role);
        fmt::print("  {:>7}  {}{}{}\n", where(s.span), s.name, extra, s.type == civic::signatory_type::person ? " (person)" : "");
    }
    if (!r.diagnostics.empty()) {
        fmt::print("\ndiagnostics:\n");
        for (auto const& d : r.diagnostics)
            fmt::print("  {:>7}  {} [{}] {}\n", where(d.span), civic::to_string(d.level), d.code, d.message);
    }
}

}  // namespace

int main(int argc, char** argv) {
    bool json = false;
    std::string_view file;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--json") json = true;
        else if (arg == "--help" || arg == "-h") {
            print_usage(stdout);
            return exit_ok;
        } else if (arg == "--version") {
            fmt::print("civic-parse {}\n", CIVIC_VERSION_STRING);
            return exit_ok;
        } else if (arg.size() > 1 && arg[0] == '-') {
            fmt::print(stderr, "civic-parse: unknown option '{}'\n", arg);
            print_usage(stderr);
            return exit_usage;
        } else if (!file.empty()) {
            fmt::print(stderr, "civic-parse: only one FILE may be given\n");
            return exit_usage;
        } else {
            file = arg;
        }
    }

    civic::parse_result result;
    if (file.empty()) {
        result = civic::parse(civic_examples::sample_statement);
    } else if (file == "-") {
        std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        if (std::cin.bad()) {
            fmt::print(stderr, "civic-parse: cannot read standard input\n");
            return exit_unreadable;
        }
        result = civic::parse(input);
    } else {
        result = civic::parse_file(std::string(file));
        for (auto const& d : result.diagnostics)
            if (d.code == "io.read") {
                fmt::print(stderr, "civic-parse: {}\n", d.message);
                return exit_unreadable;
            }
    }

    if (json)
        fmt::print("{}\n", boost::json::serialize(civic::to_json(result)));
    else
        print_summary(result);
    for (auto const& d : result.diagnostics)
        if (d.level == civic::severity::error)
            fmt::print(stderr, "civic-parse: {}:{}: {}\n", file.empty() ? "sample" : file, where(d.span), d.message);
    return result.ok() ? exit_ok : exit_input_errors;
}
