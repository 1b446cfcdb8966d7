// Definitions for <civic/export/markdown.hpp>.
#pragma once
#include <civic/export/json.hpp>  // to_iso_string
#include <civic/export/impl/link_url.hpp>
#include <civic/export/markdown.hpp>

CIVIC_NAMESPACE_BEGIN

namespace markdown_detail {

inline std::string kind_words(statement_kind k) {
    std::string s(to_string(k));
    for (auto& c : s)
        if (c == '_') c = ' ';
    if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

inline void paragraph(std::string& out, std::string_view text) {
    out += markdown_escape(text);
    out += "\n\n";
}

}  // namespace markdown_detail

CIVIC_FUNC std::string markdown_escape(std::string_view text, bool in_table_cell) {
    std::string out;
    out.reserve(text.size() + 8);
    bool line_start = true;  // after leading spaces
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r' || c == '\n' || c == '\t') {  // one line: a break would end a list item or a cell
            if (!out.empty() && out.back() == ' ') continue;
            c = ' ';
        }
        if (line_start) {
            if (c == ' ') continue;  // leading spaces would make an indented code block
            // What starts a block when it begins a line: headings, lists, quotes, rules.
            if (c == '#' || c == '-' || c == '+' || c == '=') out += '\\';  // '>' is escaped below anyway
            else if (c >= '0' && c <= '9') {
                std::size_t j = i;
                while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
                if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
                    out.append(text.substr(i, j - i));
                    out += '\\';
                    i = j - 1;
                    line_start = false;
                    continue;
                }
            }
            line_start = false;
        }
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '~':
                out += '\\';
                out += c;
                break;
            case '|':
                if (in_table_cell) out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

CIVIC_FUNC std::string to_markdown(statement const& s) {
    using namespace markdown_detail;
    std::string out;
    out += "# ";
    out += s.title && !s.title->text.empty() ? markdown_escape(s.title->text) : std::string("Untitled statement");
    out += "\n\n";

    auto meta = [&](char const* label, std::string const& value) {
        out += "- **";
        out += label;
        out += ":** ";
        out += value;
        out += '\n';
    };
    meta("Kind", kind_words(s.kind));
    if (!s.language.empty()) meta("Language", markdown_escape(s.language));
    if (s.date) meta("Date", to_iso_string(*s.date));
    if (s.publisher) meta("Publisher", markdown_escape(s.publisher->text));
    if (s.coalition)
        meta("Coalition", markdown_escape(s.coalition->name) +
                              (s.coalition->acronym ? " (" + markdown_escape(*s.coalition->acronym) + ")" : std::string()));
    if (!s.subject_countries.empty()) {
        std::string list;
        for (auto const& c : s.subject_countries) list += (list.empty() ? "" : ", ") + markdown_escape(c);
        meta("Countries", list);
    }
    if (auto const addressees = s.addressees(); !addressees.empty()) {
        std::string list;
        for (auto const& a : addressees) list += (list.empty() ? "" : "; ") + markdown_escape(a);
        meta("Addressees", list);
    }
    out += '\n';

    if (s.opening) paragraph(out, s.opening->text);
    for (auto const& p : s.paragraphs) paragraph(out, p.text);
    for (auto const& g : s.call_groups) {
        if (g.introduction) paragraph(out, g.introduction->text);
        for (auto const& c : g.calls) {
            out += "- ";
            out += markdown_escape(c.text);
            out += '\n';
        }
        if (!g.calls.empty()) out += '\n';
    }

    if (!s.signatories.empty()) {
        out += "## Signatories\n\n";
        out += "| # | Name | Acronym | Country | Type |\n";
        out += "|--:|------|---------|---------|------|\n";
        for (std::size_t i = 0; i < s.signatories.size(); ++i) {
            auto const& sig = s.signatories[i];
            std::string name = markdown_escape(sig.name, true);
            // The name links to the signer's site, a mail address stays text.
            if (sig.link && !export_detail::is_mail_link(*sig.link) && sig.link->find_first_of(" ()<>|") == std::string::npos)
                name = "[" + name + "](" + export_detail::link_url(*sig.link) + ")";
            if (sig.role) name += ", " + markdown_escape(*sig.role, true);
            std::string country = sig.place ? markdown_escape(*sig.place, true) : std::string();
            if (sig.country) country += (country.empty() ? "" : ", ") + markdown_escape(*sig.country, true);
            if (sig.country_code) country += (country.empty() ? "" : " ") + ("(" + markdown_escape(*sig.country_code, true) + ")");
            out += "| " + std::to_string(i + 1) + " | " + name + " | " +
                   (sig.acronym ? markdown_escape(*sig.acronym, true) : std::string()) + " | " + country + " | " +
                   to_string(sig.type) + " |\n";
        }
    }
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

CIVIC_NAMESPACE_END
