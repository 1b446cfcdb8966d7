// Definitions for <civic/export/json.hpp>.
#pragma once
#include <civic/export/json.hpp>

#include <cstdio>

CIVIC_NAMESPACE_BEGIN

namespace json_detail {
template <class T>
boost::json::value optional_value(std::optional<T> const& o) {
    if (!o) return nullptr;
    return boost::json::value_from(*o);
}
}  // namespace json_detail

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_position const& p) {
    v = {{"line", p.line}, {"column", p.column}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_span const& s) {
    v = {{"begin", s.begin}, {"end", s.end}, {"start", boost::json::value_from(s.start)},
         {"stop", boost::json::value_from(s.stop)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, text_block const& b) {
    v = {{"text", b.text}, {"span", boost::json::value_from(b.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, signatory const& s) {
    v = {{"name", s.name},
         {"acronym", json_detail::optional_value(s.acronym)},
         {"country", json_detail::optional_value(s.country)},
         {"country_code", json_detail::optional_value(s.country_code)},
         {"type", to_string(s.type)},
         {"role", json_detail::optional_value(s.role)},
         {"span", boost::json::value_from(s.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call const& c) {
    v = {{"text", c.text}, {"addressee", json_detail::optional_value(c.addressee)}, {"span", boost::json::value_from(c.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call_group const& g) {
    v = {{"introduction", json_detail::optional_value(g.introduction)},
         {"addressees", boost::json::value_from(g.addressees)},
         {"calls", boost::json::value_from(g.calls)},
         {"span", boost::json::value_from(g.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, coalition const& c) {
    v = {{"name", c.name}, {"acronym", json_detail::optional_value(c.acronym)}, {"span", boost::json::value_from(c.span)}};
}

CIVIC_FUNC std::string to_iso_string(statement_date const& d) {
    char buf[48];
    if (d.day > 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    return buf;
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement_date const& d) {
    v = boost::json::value(to_iso_string(d));
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, outline_entry const& e) {
    v = {{"role", to_string(e.role)}, {"span", boost::json::value_from(e.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, diagnostic const& d) {
    v = {{"severity", to_string(d.level)}, {"code", d.code}, {"message", d.message}, {"span", boost::json::value_from(d.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement const& s) {
    boost::json::array calls;
    for (auto const& g : s.call_groups)
        for (auto const& c : g.calls) calls.push_back(boost::json::value_from(c));
    boost::json::value date = nullptr;
    boost::json::value date_span = nullptr;
    if (s.date) {
        date = boost::json::value_from(*s.date);
        date_span = boost::json::value_from(s.date->span);
    }
    v = {{"title", s.title ? boost::json::value(s.title->text) : boost::json::value(nullptr)},
         {"title_span", s.title ? boost::json::value_from(s.title->span) : boost::json::value(nullptr)},
         {"publisher", json_detail::optional_value(s.publisher)},
         {"kind", std::string(to_string(s.kind))},
         {"language", s.language.empty() ? boost::json::value(nullptr) : boost::json::value(s.language)},
         {"date", date},
         {"date_span", date_span},
         {"coalition", json_detail::optional_value(s.coalition)},
         {"subject_countries", boost::json::value_from(s.subject_countries)},
         {"opening", json_detail::optional_value(s.opening)},
         {"addressees", boost::json::value_from(s.addressees())},
         {"calls", std::move(calls)},
         {"call_groups", boost::json::value_from(s.call_groups)},
         {"signatories", boost::json::value_from(s.signatories)},
         {"paragraphs", boost::json::value_from(s.paragraphs)},
         {"header", boost::json::value_from(s.header)},
         {"footer", boost::json::value_from(s.footer)},
         {"unrecognised", boost::json::value_from(s.unrecognised)},
         {"outline", boost::json::value_from(s.outline)}};
}

CIVIC_FUNC boost::json::value to_json(statement const& s) { return boost::json::value_from(s); }

CIVIC_FUNC boost::json::value to_json(parse_result const& r) {
    auto v = boost::json::value_from(r.statement);
    v.as_object()["diagnostics"] = boost::json::value_from(r.diagnostics);
    return v;
}

CIVIC_NAMESPACE_END
