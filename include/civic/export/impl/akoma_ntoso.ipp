// Definitions for <civic/export/akoma_ntoso.hpp>.
#pragma once
#include <civic/export/akoma_ntoso.hpp>
#include <civic/export/json.hpp>  // to_iso_string
#include <civic/export/xml_writer.hpp>
#include <civic/geo/country_table.hpp>

#include <fmt/format.h>

#include <map>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

namespace akn_detail {

constexpr char const* namespace_uri = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

// Akoma Ntoso names languages by ISO 639-2/T codes ("eng"); civic by ISO 639-1 ("en").
inline std::string language_code(std::string const& iso639_1) {
    static constexpr std::pair<std::string_view, std::string_view> table[] = {
        {"en", "eng"}, {"ru", "rus"}, {"uk", "ukr"}, {"fr", "fra"}, {"de", "deu"}, {"es", "spa"},
        {"pl", "pol"}, {"ro", "ron"}, {"it", "ita"}, {"pt", "por"}, {"ka", "kat"}, {"hy", "hye"},
        {"az", "aze"}, {"kk", "kaz"}, {"ky", "kir"}, {"be", "bel"}, {"tr", "tur"}, {"nl", "nld"}};
    for (auto const& [two, three] : table)
        if (iso639_1 == two) return std::string(three);
    return iso639_1.empty() ? "und" : iso639_1;  // "und": undetermined (ISO 639-2)
}

constexpr bool leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int days_in_month(int y, int m) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

// An xsd:date for FRBRdate, which every FRBR level requires, and the name saying how exact
// it is: the day when known, else the first of the month, else 0001-01-01 "unknown".
struct frbr_date {
    std::string date;
    std::string name;
    bool exact = false;
};

inline frbr_date date_of(statement const& s) {
    if (!s.date || s.date->year < 1 || s.date->year > 9999 || s.date->month < 1 || s.date->month > 12)
        return {"0001-01-01", "unknown", false};
    auto const& d = *s.date;
    bool const exact = d.day >= 1 && d.day <= days_in_month(d.year, d.month);
    return {fmt::format("{:04}-{:02}-{:02}", d.year, d.month, exact ? d.day : 1),
            exact ? "publication" : "publication-month", exact};
}

inline std::string lower_ascii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// A country code usable in eIds and URIs: two ASCII letters, else empty.
inline std::string code_token(std::optional<std::string> const& code) {
    if (!code || code->size() != 2) return {};
    for (char c : *code)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return {};
    return lower_ascii(*code);
}

// The English short name of an ISO 3166-1 alpha-2 code; the code itself if unknown.
inline std::string country_name(std::string const& alpha2) {
    std::string upper = alpha2;
    for (auto& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    for (auto const& row : geo::generated::countries)
        if (row.alpha2 == upper) return std::string(row.name);
    return alpha2;
}

// The countries of the signatories, each once: TLCLocation eId by code ("loc_ge"), or by
// first appearance when only the written name is known ("loc_3").
struct locations {
    struct entry {
        std::string eid;
        std::string code;  // lower case, may be empty
        std::string show_as;
    };
    std::vector<entry> all;
    std::map<std::string, std::size_t> by_key;

    std::string const* eid_of(signatory const& s) const {
        if (!s.country && !s.country_code) return nullptr;
        auto it = by_key.find(key(s));
        return it == by_key.end() ? nullptr : &all[it->second].eid;
    }
    static std::string key(signatory const& s) {
        auto code = code_token(s.country_code);
        return code.empty() ? "name:" + s.country.value_or("") : "code:" + code;
    }
    void add(signatory const& s) {
        if (!s.country && !s.country_code) return;
        auto k = key(s);
        if (by_key.count(k)) return;
        auto code = code_token(s.country_code);
        entry e;
        e.eid = code.empty() ? "loc_" + std::to_string(all.size() + 1) : "loc_" + code;
        e.code = code;
        e.show_as = s.country ? *s.country : country_name(*s.country_code);
        by_key.emplace(std::move(k), all.size());
        all.push_back(std::move(e));
    }
};

inline std::string signatory_eid(signatory const& s, std::size_t i) {
    return (s.type == signatory_type::person ? "person_" : "org_") + std::to_string(i + 1);
}

inline void write_frbr(xml_writer& w, char const* level, std::string const& uri, std::string const& this_value,
                       frbr_date const& date, std::vector<std::string> const& authors) {
    w.open(level);
    w.open("FRBRthis").attribute("value", this_value).close();
    w.open("FRBRuri").attribute("value", uri).close();
    w.open("FRBRdate").attribute("date", date.date).attribute("name", date.name).close();
    for (auto const& a : authors) w.open("FRBRauthor").attribute("href", a).close();
}

}  // namespace akn_detail

CIVIC_FUNC std::string to_akoma_ntoso(statement const& s) {
    using namespace akn_detail;
    std::string out;
    xml_writer w(out);
    w.declaration();
    w.open("akomaNtoso").attribute("xmlns", namespace_uri);
    w.open("statement").attribute("name", std::string(to_string(s.kind)));

    auto const date = date_of(s);
    std::string const country = s.subject_countries.empty() ? std::string() : code_token(s.subject_countries.front());
    // "zz": ISO 3166-1's user-assigned code, for a statement about no one country.
    std::string const work_uri =
        "/akn/" + (country.empty() ? std::string("zz") : country) + "/statement/" + std::string(to_string(s.kind)) + "/" +
        (date.name == "unknown" ? std::string("unknown-date") : date.date);
    std::string const expression_uri = work_uri + "/" + language_code(s.language) + "@";
    std::string const manifestation_uri = expression_uri + ".akn";

    std::vector<std::string> authors;
    if (s.coalition) authors.push_back("#coalition");
    else
        for (std::size_t i = 0; i < s.signatories.size(); ++i) authors.push_back("#" + signatory_eid(s.signatories[i], i));
    if (authors.empty()) authors.push_back("#unknown_author");

    locations locs;
    for (auto const& sig : s.signatories) locs.add(sig);
    std::map<std::string, std::string> roles;  // role text -> eId
    for (auto const& sig : s.signatories)
        if (sig.type == signatory_type::person && sig.role && !roles.count(*sig.role))
            roles.emplace(*sig.role, "role_" + std::to_string(roles.size() + 1));

    // --- meta ---
    w.open("meta");
    w.open("identification").attribute("source", "#civic");
    write_frbr(w, "FRBRWork", work_uri, work_uri + "/!main", date, authors);
    w.open("FRBRcountry").attribute("value", country.empty() ? "zz" : country).close();
    w.open("FRBRsubtype").attribute("value", std::string(to_string(s.kind))).close();
    w.close();
    write_frbr(w, "FRBRExpression", expression_uri, expression_uri + "/!main", date, authors);
    w.open("FRBRlanguage").attribute("language", language_code(s.language)).close();
    w.close();
    write_frbr(w, "FRBRManifestation", manifestation_uri, expression_uri + "/!main.xml", date, {"#civic"});
    w.close();
    w.close();  // identification

    if (!s.subject_countries.empty()) {
        w.open("classification").attribute("source", "#civic");
        for (auto const& c : s.subject_countries)
            w.open("keyword").attribute("value", c).attribute("showAs", country_name(c)).attribute("dictionary", "#iso3166").close();
        w.close();
    }

    w.open("references").attribute("source", "#civic");
    w.open("TLCOrganization").attribute("eId", "civic").attribute("href", "/akn/ontology/organizations/civic").attribute("showAs", "civic").close();
    if (!s.subject_countries.empty())
        w.open("TLCReference").attribute("eId", "iso3166").attribute("name", "dictionary").attribute("href", "/akn/ontology/references/iso3166-1")
            .attribute("showAs", "ISO 3166-1").close();
    if (s.coalition) {
        w.open("TLCOrganization").attribute("eId", "coalition").attribute("href", "/akn/ontology/organizations/coalition")
            .attribute("showAs", s.coalition->name);
        if (s.coalition->acronym) w.attribute("shortForm", *s.coalition->acronym);
        w.close();
    } else if (s.signatories.empty()) {
        w.open("TLCOrganization").attribute("eId", "unknown_author").attribute("href", "/akn/ontology/organizations/unknown")
            .attribute("showAs", "unknown").close();
    }
    for (std::size_t i = 0; i < s.signatories.size(); ++i) {
        auto const& sig = s.signatories[i];
        bool const person = sig.type == signatory_type::person;
        auto const eid = signatory_eid(sig, i);
        w.open(person ? "TLCPerson" : "TLCOrganization").attribute("eId", eid)
            .attribute("href", std::string(person ? "/akn/ontology/persons/" : "/akn/ontology/organizations/") + eid)
            .attribute("showAs", sig.name);
        if (sig.acronym) w.attribute("shortForm", *sig.acronym);
        w.close();
    }
    for (auto const& l : locs.all)
        w.open("TLCLocation").attribute("eId", l.eid).attribute("href", "/akn/ontology/locations/" + l.eid.substr(4))
            .attribute("showAs", l.show_as).close();
    for (auto const& [text, eid] : roles)
        w.open("TLCRole").attribute("eId", eid).attribute("href", "/akn/ontology/roles/" + eid).attribute("showAs", text).close();
    w.close();  // references
    w.close();  // meta

    // --- preface: publisher, title, kind, date, addressees ---
    w.open("preface");
    if (s.publisher) w.open("p").attribute("class", "publisher").mixed().element("docAuthority", s.publisher->text).close();
    if (s.title) w.open("p").attribute("class", "title").mixed().element("docTitle", s.title->text).close();
    w.open("p").attribute("class", "kind").mixed().element("docType", std::string(to_string(s.kind))).close();
    if (date.exact) w.open("p").attribute("class", "date").mixed().open("docDate").attribute("date", date.date)
                        .text(to_iso_string(*s.date)).close().close();
    else if (s.date) w.open("p").attribute("class", "date").text(to_iso_string(*s.date)).close();
    // Whom it addresses: the call groups' and the addresses' (an address line is no paragraph).
    for (auto const& a : s.addressees()) w.open("p").attribute("class", "addressee").text(a).close();
    w.close();

    if (s.opening) {
        w.open("preamble");
        w.open("p").attribute("eId", "preamble__para_1").text(s.opening->text).close();
        w.close();
    }

    // --- mainBody: paragraphs, then the call groups ---
    w.open("mainBody");
    for (std::size_t i = 0; i < s.paragraphs.size(); ++i)
        w.open("p").attribute("eId", "para_" + std::to_string(i + 1)).text(s.paragraphs[i].text).close();
    for (std::size_t g = 0; g < s.call_groups.size(); ++g) {
        auto const& group = s.call_groups[g];
        auto const eid = "calls_" + std::to_string(g + 1);
        if (group.calls.empty()) {
            if (group.introduction) w.open("p").attribute("eId", eid).text(group.introduction->text).close();
            continue;
        }
        w.open("blockList").attribute("eId", eid);
        if (group.introduction) w.element("listIntroduction", group.introduction->text);
        for (std::size_t c = 0; c < group.calls.size(); ++c) {
            auto const item = eid + "__item_" + std::to_string(c + 1);
            w.open("item").attribute("eId", item);
            w.open("p").text(group.calls[c].text).close();
            // Whom the call asks, each after it as the preface's are ("We call on X, on Y and on
            // Z to:" asks all three each item).
            auto const& call = group.calls[c];
            if (call.addressees.empty() && call.addressee) w.open("p").attribute("class", "addressee").text(*call.addressee).close();
            for (auto const& a : call.addressees) w.open("p").attribute("class", "addressee").text(a).close();
            w.close();
        }
        w.close();
    }
    if (s.paragraphs.empty() && s.call_groups.empty()) w.open("p").attribute("eId", "para_1").close();
    w.close();

    // --- conclusions: the signatures ---
    if (!s.signatories.empty()) {
        w.open("conclusions");
        for (std::size_t i = 0; i < s.signatories.size(); ++i) {
            auto const& sig = s.signatories[i];
            bool const person = sig.type == signatory_type::person;
            w.open("p").attribute("eId", "sig_" + std::to_string(i + 1)).mixed();
            w.open("signature");
            w.open(person ? "person" : "organization").attribute("refersTo", "#" + signatory_eid(sig, i));
            if (person && sig.role) w.attribute("as", "#" + roles.at(*sig.role));
            w.text(sig.name).close();
            if (sig.acronym) w.text(" (").text(*sig.acronym).text(")");
            if (person && sig.role) w.text(", ").open("role").attribute("refersTo", "#" + roles.at(*sig.role)).text(*sig.role).close();
            if (sig.place) w.text(", ").text(*sig.place);  // a town, no location of the ontology's
            if (auto const* loc = locs.eid_of(sig)) {
                auto const& show = sig.country ? *sig.country : locs.all[locs.by_key.at(locations::key(sig))].show_as;
                w.text(", ").open("location").attribute("refersTo", "#" + *loc).text(show).close();
            }
            w.close().close();
        }
        w.close();
    }

    w.finish();
    return out;
}

CIVIC_NAMESPACE_END
