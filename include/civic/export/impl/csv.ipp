// Definitions for <civic/export/csv.hpp>.
#pragma once
#include <civic/export/csv.hpp>

#include <initializer_list>

CIVIC_NAMESPACE_BEGIN

namespace csv_detail {
// Records end with CRLF, as RFC 4180 says.
inline void row(std::string& out, std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (auto f : fields) {
        if (!first) out += ',';
        first = false;
        out += csv_field(f);
    }
    out += "\r\n";
}

inline std::string_view or_empty(std::optional<std::string> const& o) { return o ? std::string_view(*o) : std::string_view(); }

// Everyone a call asks, in the order named, "; " between them ("the Government of X; the European
// Union"): a call of several has them all, where the addressee column holds the last.
inline std::string addressee_list(call const& c) {
    std::string out;
    for (auto const& a : c.addressees) out.append(out.empty() ? "" : "; ").append(a);
    if (out.empty() && c.addressee) out = *c.addressee;
    return out;
}

inline void start(std::string& out, csv_options const& opts) {
    if (opts.byte_order_mark) out += "\xEF\xBB\xBF";
}
}  // namespace csv_detail

CIVIC_FUNC std::string csv_field(std::string_view value) {
    bool const quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

CIVIC_FUNC std::string signatories_csv(statement const& s, std::string_view statement_id, csv_options const& opts) {
    using csv_detail::or_empty;
    std::string out;
    csv_detail::start(out, opts);
    if (opts.header) csv_detail::row(out, {"statement_id", "position", "name", "acronym", "country", "country_code", "type", "role",
                                          "place", "link"});
    for (std::size_t i = 0; i < s.signatories.size(); ++i) {
        auto const& sig = s.signatories[i];
        csv_detail::row(out, {statement_id, std::to_string(i + 1), sig.name, or_empty(sig.acronym), or_empty(sig.country),
                              or_empty(sig.country_code), to_string(sig.type), or_empty(sig.role), or_empty(sig.place),
                              or_empty(sig.link)});
    }
    return out;
}

CIVIC_FUNC std::string calls_csv(statement const& s, std::string_view statement_id, csv_options const& opts) {
    std::string out;
    csv_detail::start(out, opts);
    if (opts.header) csv_detail::row(out, {"statement_id", "group", "addressee", "position", "text", "addressees"});
    for (std::size_t g = 0; g < s.call_groups.size(); ++g)
        for (std::size_t i = 0; i < s.call_groups[g].calls.size(); ++i) {
            auto const& c = s.call_groups[g].calls[i];
            csv_detail::row(out, {statement_id, std::to_string(g + 1), csv_detail::or_empty(c.addressee), std::to_string(i + 1), c.text,
                                  csv_detail::addressee_list(c)});
        }
    return out;
}

CIVIC_NAMESPACE_END
