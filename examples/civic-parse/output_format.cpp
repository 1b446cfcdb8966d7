// civic-parse's output formats: the readable summary, and civic's exports.
#include "output_format.hpp"

#include <civic/civic.hpp>

#include <fmt/compile.h>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

namespace civic_parse {

namespace {

// "line:column" of where a span starts, on the stack: a summary has a line for every signer
// and every diagnostic, and a string made for each cost more than the rest of the line.
struct position_text {
    char text[24];  // two 32-bit numbers and a colon
    std::size_t size;
    std::string_view view() const { return {text, size}; }
};

position_text where(civic::source_span const& s) {
    position_text p;
    p.size = fmt::format_to_n(p.text, sizeof p.text, FMT_COMPILE("{}:{}"), s.start.line, s.start.column).size;
    return p;
}

// The readable summary, line by line into `out`; `flush(out)` is offered the text after each
// line, so that a writer can pass it on instead of holding the summary of a long text whole.
template <class Flush>
void summary(civic::parse_result const& r, fmt::memory_buffer& out, Flush&& flush) {
    auto const& st = r.statement;
    auto it = std::back_inserter(out);
    fmt::format_to(it, "title:      {}\n", st.title ? st.title->text : "(none)");
    fmt::format_to(it, "kind:       {}\n", st.kind);
    fmt::format_to(it, "language:   {}\n", st.language.empty() ? "(unknown)" : st.language);
    fmt::format_to(it, "date:       {}\n", st.date ? civic::to_iso_string(*st.date) : "(none)");
    if (st.coalition) fmt::format_to(it, "coalition:  {}\n", *st.coalition);
    if (st.publisher) fmt::format_to(it, "publisher:  {}\n", st.publisher->text);
    fmt::format_to(it, "paragraphs: {}\n", st.paragraphs.size());
    for (auto const& g : st.call_groups) {
        fmt::format_to(it, "\ncalls");
        if (!g.addressees.empty()) {
            fmt::format_to(it, " to");
            for (std::size_t i = 0; i < g.addressees.size(); ++i) fmt::format_to(it, "{} {}", i ? "," : "", g.addressees[i]);
        }
        fmt::format_to(it, " ({}):\n", g.calls.size());
        for (auto const& c : g.calls) {
            fmt::format_to(it, FMT_COMPILE("  {:>7}  {}\n"), where(c.span).view(), c.text);
            flush(out);
        }
    }
    fmt::format_to(it, "\nsignatories ({}):\n", st.signatories.size());
    for (auto const& s : st.signatories) {
        fmt::format_to(it, FMT_COMPILE("  {:>7}  {}"), where(s.span).view(), s.name);
        if (s.acronym) fmt::format_to(it, FMT_COMPILE(" ({})"), *s.acronym);
        if (s.place) fmt::format_to(it, FMT_COMPILE(", {}"), *s.place);
        if (s.country) fmt::format_to(it, FMT_COMPILE(" — {}"), *s.country);
        if (s.country && s.country_code) fmt::format_to(it, FMT_COMPILE(" [{}]"), *s.country_code);
        if (s.role) fmt::format_to(it, FMT_COMPILE(" — {}"), *s.role);
        fmt::format_to(it, "{}\n", s.type == civic::signatory_type::person ? " (person)" : "");
        flush(out);
    }
    if (!r.diagnostics.empty()) {
        fmt::format_to(it, "\ndiagnostics:\n");
        for (auto const& d : r.diagnostics) {
            fmt::format_to(it, FMT_COMPILE("  {:>7}  {} [{}] {}\n"), where(d.span).view(), civic::to_string(d.level), d.code,
                           d.message);
            flush(out);
        }
    }
}

std::string summary(civic::parse_result const& r) {
    fmt::memory_buffer out;
    summary(r, out, [](fmt::memory_buffer&) {});
    return fmt::to_string(out);
}

// The summary to `to` in pieces of some 64 KiB.
void write_summary(civic::parse_result const& r, std::ostream& to) {
    constexpr std::size_t piece = 64 * 1024;
    fmt::memory_buffer out;
    auto pass_on = [&](fmt::memory_buffer& b) {
        to.write(b.data(), static_cast<std::streamsize>(b.size()));
        b.clear();
    };
    summary(r, out, [&](fmt::memory_buffer& b) {
        if (b.size() >= piece) pass_on(b);
    });
    pass_on(out);
}

}  // namespace

std::optional<output_format> output_format_from_name(std::string_view name) {
    if (name == "summary") return output_format::summary;
    if (name == "json") return output_format::json;
    if (name == "akn") return output_format::akn;
    if (name == "csv") return output_format::csv;
    if (name == "csv-calls") return output_format::csv_calls;
    if (name == "popolo") return output_format::popolo;
    if (name == "markdown") return output_format::markdown;
    return std::nullopt;
}

std::string render(civic::parse_result const& result, output_format format, std::string_view statement_id) {
    switch (format) {
        case output_format::summary: return summary(result);
        case output_format::json: {
            std::string text;
            civic::write_json(text, result);
            text += '\n';
            return text;
        }
        case output_format::akn: return civic::to_akoma_ntoso(result.statement);
        case output_format::csv: return civic::signatories_csv(result.statement, statement_id);
        case output_format::csv_calls: return civic::calls_csv(result.statement, statement_id);
        case output_format::popolo: return boost::json::serialize(civic::to_popolo(result.statement, statement_id)) + "\n";
        case output_format::markdown: return civic::to_markdown(result.statement);
    }
    return {};
}

void write(civic::parse_result const& result, output_format format, std::string_view statement_id, std::ostream& out) {
    if (format == output_format::json) {
        civic::write_json(out, result);
        out << '\n';
    } else if (format == output_format::summary) {
        write_summary(result, out);
    } else {
        out << render(result, format, statement_id);
    }
}

bool write_output(std::function<void(std::ostream&)> const& write_to, std::string const& path, std::string& error) {
    std::ofstream file;
    if (!path.empty()) {
        file.open(path, std::ios::binary);
        if (!file) {
            error = fmt::format("cannot write '{}': {}", path, std::strerror(errno));
            return false;
        }
    }
    std::ostream& to = path.empty() ? std::cout : file;
    write_to(to);
    bool ok = static_cast<bool>(to.flush());
    if (file.is_open()) {
        file.close();
        ok = ok && !file.fail();
    }
    if (!ok) error = fmt::format("cannot write '{}'", path.empty() ? "standard output" : path);
    return ok;
}

}  // namespace civic_parse
