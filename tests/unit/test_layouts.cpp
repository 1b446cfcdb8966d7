// The layouts statements come in, one TEST_CASE each, through the public API only:
// signatory lists, call lists, and the document around them (chrome, titles, dates,
// markup, languages). Every organisation, person, place and event here is invented.
//
// The assertions say what a reader of the statement expects. A layout civic does not
// read correctly yet is marked doctest::may_fail() rather than asserted more loosely, so
// that it shows up as "failed as expected" until it is fixed.
#include <civic/civic.hpp>
#include <civic/text/image_names.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;
using civic_test::original;
using civic_test::read_fixture;
using civic_test::names_of;
using civic_test::all_calls;
using civic_test::contains;
using civic_test::check_outline_covers;

namespace {

std::string layout_fixture(std::string_view name) { return read_fixture("layouts/" + std::string(name)); }

// --- signatories ----------------------------------------------------------------------

struct want {
    char const* name;
    char const* acronym;
    char const* country;
    char const* code;
    char const* role;
    signatory_type type;
    char const* place = nullptr;
};

// `w` with the town or region it gives.
want at(want w, char const* place) {
    w.place = place;
    return w;
}

want org(char const* name, char const* acronym = nullptr, char const* country = nullptr, char const* code = nullptr) {
    return {name, acronym, country, code, nullptr, signatory_type::organisation};
}
want org_in(char const* name, char const* country, char const* code) { return org(name, nullptr, country, code); }
want person(char const* name, char const* role = nullptr) {
    return {name, nullptr, nullptr, nullptr, role, signatory_type::person};
}
// `w` with the role it plays ("Amber Forum (observer)").
want as(want w, char const* role) {
    w.role = role;
    return w;
}
// `w` with the country it gives.
want in(want w, char const* country, char const* code) {
    w.country = country, w.code = code;
    return w;
}

std::string describe(std::string const& name, std::optional<std::string> const& acronym,
                     std::optional<std::string> const& country, std::optional<std::string> const& code,
                     std::optional<std::string> const& role, signatory_type type,
                     std::optional<std::string> const& place) {
    std::string out = "<" + name + ">";
    if (acronym) out += " acronym=<" + *acronym + ">";
    if (place) out += " place=<" + *place + ">";
    if (country) out += " country=<" + *country + ">";
    if (code) out += " code=<" + *code + ">";
    if (role) out += " role=<" + *role + ">";
    out += type == signatory_type::person ? " person" : " organisation";
    return out;
}

std::optional<std::string> opt(char const* s) { return s ? std::optional<std::string>(s) : std::nullopt; }

// One line per signatory, every field: a failure prints the whole list both ways.
std::string describe(std::vector<signatory> const& sigs) {
    std::string out;
    for (auto const& x : sigs) out += describe(x.name, x.acronym, x.country, x.country_code, x.role, x.type, x.place) + "\n";
    return out;
}
std::string describe(std::vector<want> const& sigs) {
    std::string out;
    for (auto const& x : sigs)
        out += describe(x.name, opt(x.acronym), opt(x.country), opt(x.code), opt(x.role), x.type, opt(x.place)) + "\n";
    return out;
}

void check_signatories(statement const& s, std::vector<want> const& expected) {
    CHECK(describe(s.signatories) == describe(expected));
}

// A short English statement with `list` as its signatory part.
std::string with_signatories(std::string const& list) {
    return "Joint statement on the closure of the Saltmarsh Gazette\n\n"
           "We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette, the last "
           "independent newspaper of Pelham Vale, by order of the regional administration.\n\n" +
           list;
}

// A list of two signers with `after` under it: the two signers alone, whatever `after` is.
void check_list_ends_before(std::string const& after) {
    auto const s = parse(with_signatories("Signatories:\nAmber Lantern Association (Georgia)\n"
                                          "Birchwood Institute for Civic Rights (Poland)\n\n" +
                                          after))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

// --- calls ------------------------------------------------------------------------------

// "text => addressee", one line per call, in order.
std::string describe_calls(statement const& s) {
    std::string out;
    for (auto const& g : s.call_groups)
        for (auto const& c : g.calls) out += c.text + " => " + (c.addressee ? *c.addressee : "(none)") + "\n";
    return out;
}

std::string calls_to(std::string const& addressee, std::vector<std::string> const& texts) {
    std::string out;
    for (auto const& t : texts) out += t + " => " + addressee + "\n";
    return out;
}

// A short English statement with `calls` between the opening and the signatories.
std::string with_calls(std::string const& calls) {
    return "Joint statement on the detention of the journalist Mira Tallow\n\n"
           "We, the undersigned organisations, are alarmed by the detention of the journalist Mira Tallow "
           "in Pelham Vale after she published an investigation into the sale of municipal land.\n\n" +
           calls +
           "\n\nSignatories:\n"
           "Amber Lantern Association (Georgia)\n"
           "Birchwood Institute for Civic Rights (Poland)\n";
}

std::vector<std::string> const tallow_calls{
    "Release Mira Tallow immediately and unconditionally;",
    "Drop all charges against her;",
    "Guarantee the safety of journalists who report on local government.",
};

void check_tallow_calls(std::string const& input) {
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Georgia", tallow_calls));
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == std::vector<std::string>{"the authorities of Georgia"});
    REQUIRE(s.call_groups[0].introduction.has_value());
    CHECK(s.call_groups[0].introduction->text == "We call on the authorities of Georgia to:");
    for (std::size_t i = 0; i < s.call_groups[0].calls.size() && i < tallow_calls.size(); ++i)
        CHECK(original(input, s.call_groups[0].calls[i].span) == tallow_calls[i]);
    // the signatories after the list are not calls, and the calls are not signatories
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

// --- the document -----------------------------------------------------------------------

std::string joined(std::vector<text_block> const& blocks) {
    std::string out;
    for (auto const& b : blocks) out += b.text + "\n";
    return out;
}

// The role of the outline entry that holds the first byte of `needle` in `input`.
block_role role_at(statement const& s, std::string_view input, std::string_view needle) {
    auto const at = input.find(needle);
    REQUIRE_MESSAGE(at != std::string_view::npos, "not in the input: " << std::string(needle));
    for (auto const& e : s.outline)
        if (e.span.begin <= at && at < e.span.end) return e.role;
    return block_role::unrecognised;
}

// A short English statement with `line` on a line of its own under the title.
std::string with_date_line(std::string const& line) {
    return "Statement on the closure of the Saltmarsh Gazette\n\n" + line +
           "\n\n"
           "We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette, the last "
           "independent newspaper of Pelham Vale, by order of the regional administration.\n\n"
           "Signatories:\n"
           "Amber Lantern Association\n"
           "Birchwood Institute for Civic Rights\n";
}

// The line under the headline dates the text 7 January 2022, wherever it stands on the line.
void check_dated_7_january_2022(std::string const& line) {
    CAPTURE(line);
    auto const s = parse(with_date_line(line)).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2022);
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);
}

void check_undated(std::string const& line) {
    CAPTURE(line);
    CHECK_FALSE(parse(with_date_line(line)).statement.date.has_value());
}

void check_date_line(std::string const& line) {
    auto const input = with_date_line(line);
    auto const s = parse(input).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2022);
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);
    CHECK(s.date->span.begin == input.find(line));
    CHECK(role_at(s, input, line) == block_role::metadata);
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Statement on the closure of the Saltmarsh Gazette");
    CHECK(s.paragraphs.empty());
    CHECK(s.signatories.size() == 2);
}

void check_title(std::string_view fixture, statement_kind kind) {
    auto const input = layout_fixture(fixture);
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == input.substr(0, input.find('\n')));
    CHECK(s.title->span.start == source_position{1, 1});
    CHECK(s.kind == kind);
}

}  // namespace

// =========================================================================================
// Signatory lists
// =========================================================================================

TEST_CASE("layouts: signatories one per line without a country") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association\n"
                                          "Birchwood Institute for Civic Rights\n"
                                          "Coral Bay Human Rights Forum\n"
                                          "Dune Press Freedom Centre\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                          org("Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre")});
}

TEST_CASE("layouts: signatories as 'Name (Country)'") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association (Armenia)\n"
                                        "Birchwood Institute for Civic Rights (Poland)\n"
                                        "Coral Bay Human Rights Forum (Republic of Moldova)\n"
                                        "Dune Press Freedom Centre (United Kingdom)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Republic of Moldova", "MD"),
                          org_in("Dune Press Freedom Centre", "United Kingdom", "GB")});
    REQUIRE(s.signatories.size() == 4);
    CHECK(original(input, s.signatories[2].span) == "Coral Bay Human Rights Forum (Republic of Moldova)");
}

TEST_CASE("layouts: signatories as 'Name, Country'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association, Armenia\n"
                                          "Birchwood Institute for Civic Rights, Poland\n"
                                          "Coral Bay Human Rights Forum, Georgia\n"
                                          "Dune Press Freedom Centre, Kazakhstan\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ")});
}

TEST_CASE("layouts: a 'Name, Country' entry wrapped after its comma has the country of the next line") {
    auto const s = parse(with_signatories("Signed:\n"
                                          "Amber Lantern Press Foundation (ALPF), Pakistan\n"
                                          "Committee for the Safety of Reporters in the Coastal Districts,\n"
                                          "Pakistan\n"
                                          "Birchwood Media Network, Sri Lanka\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Press Foundation", "ALPF", "Pakistan", "PK"),
                          org_in("Committee for the Safety of Reporters in the Coastal Districts", "Pakistan", "PK"),
                          org_in("Birchwood Media Network", "Sri Lanka", "LK")});
}

TEST_CASE("layouts: an entry in lower case at its first letter ('lndex', 'l\'Observatoire', 'the ...') with a country is a signer") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "lndex on Civic Freedom, United Kingdom\n"
                                          "lnternational Lantern Press lnstitute, Austria\n"
                                          "Amber Lantern Association, Norway\n"
                                          "l'Observatoire pour la Protection des Lanternes, France\n"))
                       .statement;
    check_signatories(s, {org_in("lndex on Civic Freedom", "United Kingdom", "GB"),
                          org_in("lnternational Lantern Press lnstitute", "Austria", "AT"),
                          org_in("Amber Lantern Association", "Norway", "NO"),
                          org_in("l'Observatoire pour la Protection des Lanternes", "France", "FR")});
    auto const b = parse(with_signatories("Signatories:\n"
                                          "- Amber Lantern Association, Cameroon\n"
                                          "- Birchwood Lawyers Network, South Africa\n"
                                          "- the Observatory for Coral Bay Defenders, France\n"))
                       .statement;
    check_signatories(b, {org_in("Amber Lantern Association", "Cameroon", "CM"),
                          org_in("Birchwood Lawyers Network", "South Africa", "ZA"),
                          org_in("the Observatory for Coral Bay Defenders", "France", "FR")});
}

TEST_CASE("layouts: two bare names of a short list apart from its header by a blank line are two signers") {
    auto const s = parse(with_signatories("Signatories:\n\nPEN Amberland\nIndex on Civic Freedom\n")).statement;
    check_signatories(s, {org("PEN Amberland"), org("Index on Civic Freedom")});
}

TEST_CASE("layouts: the headings of a grouped list apart after a blank line are no signers ('Non-members')") {
    for (char const* heading : {"Non-members", "Organisations / Organisations"}) {
        auto const input = with_signatories("Signed:\n\nIFEX members\nAmber Lantern Foundation\nBirchwood Institute for Civic Rights\n\n" +
                                            std::string(heading) + "\nCoral Bay Justice for Reporters\nDune Press Forum\n");
        CAPTURE(heading);
        auto const s = parse(input).statement;
        CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Foundation", "Birchwood Institute for Civic Rights",
                                                      "Coral Bay Justice for Reporters", "Dune Press Forum"});
    }
}

TEST_CASE("layouts: a letter's address and contact lines under each signer's name are the signer's, its country the last") {
    auto const letter = [](std::string const& signers) {
        return "Open letter to the Amber Garment Company\n\nDear Ms. Tallow,\n\nWe urge the Amber Garment Company "
               "to reinstate the dismissed workers of its Birchwood factory.\n\nYours faithfully,\n\n" +
               signers;
    };
    auto const s = parse(letter("Union of Amber Textile and Garment Workers\nPlot 12, Lantern House, Kaduna\nNigeria\n\n"
                                "Coral Bay Clothes Campaign West Africa\n18 Ring Road Central, Accra\nGhana\n"))
                       .statement;
    check_signatories(s, {org_in("Union of Amber Textile and Garment Workers", "Nigeria", "NG"),
                          org_in("Coral Bay Clothes Campaign West Africa", "Ghana", "GH")});
    auto const c = parse(letter("Federaci\xC3\xB3n de Trabajadores de Lantern\nTel. +34 91 555 0101\n\n"
                                "Birchwood Link Europe\nTel. +44 1603 765670\n\n"
                                "Coral Bay Union of Farm Workers\n"))
                       .statement;
    CHECK(names_of(c) == std::vector<std::string>{"Federaci\xC3\xB3n de Trabajadores de Lantern", "Birchwood Link Europe",
                                                  "Coral Bay Union of Farm Workers"});
}

TEST_CASE("layouts: a name in lower case before a spaced dash under an entry closed by its acronym is the next entry") {
    auto const s = parse("Gemeinsame Erkl\xC3\xA4rung zum Lieferkettengesetz\n\nDie unterzeichnenden Gewerkschaften fordern die "
                         "Bundesregierung auf, das Gesetz nicht auszusetzen.\n\nUnterzeichnende:\n"
                         "Gewerkschaft Bernstein-Laterne-Gastst\xC3\xA4tten (GBLG)\n"
                         "amber.di \xE2\x80\x93 Vereinte Laternengewerkschaft\n"
                         "Evangelischer Birkendienst Nord e.V.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Gewerkschaft Bernstein-Laterne-Gastst\xC3\xA4tten",
                                                  "amber.di \xE2\x80\x93 Vereinte Laternengewerkschaft",
                                                  "Evangelischer Birkendienst Nord e.V."});
}

TEST_CASE("layouts: signatories as 'Name (ACR, Country)'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association (ALA, Armenia)\n"
                                          "Birchwood Institute for Civic Rights (BICR, Poland)\n"
                                          "Coral Bay Human Rights Forum (CBHRF, Georgia)\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association", "ALA", "Armenia", "AM"),
                          org("Birchwood Institute for Civic Rights", "BICR", "Poland", "PL"),
                          org("Coral Bay Human Rights Forum", "CBHRF", "Georgia", "GE")});
}

TEST_CASE("layouts: signatories as 'Name (ACR), Country'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association (ALA), Armenia\n"
                                          "Birchwood Institute for Civic Rights (BICR), Poland\n"
                                          "Coral Bay Human Rights Forum (CBHRF), Georgia\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association", "ALA", "Armenia", "AM"),
                          org("Birchwood Institute for Civic Rights", "BICR", "Poland", "PL"),
                          org("Coral Bay Human Rights Forum", "CBHRF", "Georgia", "GE")});
}

TEST_CASE("layouts: an acronym of two words ('EaP CSF') in parentheses") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Eastern Lakes Civil Society Forum (EaL CSF)\n"
                                          "Amber Lantern Association (ALA), Armenia\n"
                                          "Birchwood Institute for Civic Rights (Human Rights Unit)\n"))
                       .statement;
    check_signatories(s, {org("Eastern Lakes Civil Society Forum", "EaL CSF", nullptr, nullptr),
                          org("Amber Lantern Association", "ALA", "Armenia", "AM"),
                          org("Birchwood Institute for Civic Rights (Human Rights Unit)")});
}

TEST_CASE("layouts: signatories as 'Name (ACR) \xE2\x80\x93 Country', with an en or an em dash") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association (ALA) \xE2\x80\x93 Armenia\n"
                                          "Birchwood Institute for Civic Rights (BICR) \xE2\x80\x94 Poland\n"
                                          "Coral Bay Human Rights Forum (CBHRF) \xE2\x80\x93 Georgia\n"
                                          "Dune Press Freedom Centre\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association", "ALA", "Armenia", "AM"),
                          org("Birchwood Institute for Civic Rights", "BICR", "Poland", "PL"),
                          org("Coral Bay Human Rights Forum", "CBHRF", "Georgia", "GE"),
                          org("Dune Press Freedom Centre")});
}

TEST_CASE("layouts: signatories as 'Name \xE2\x80\x93 Country', the list's way of giving the country") {
    auto const input = with_signatories("Organisational signatories:\n"
                                        "\xE2\x80\xA2 Amber Lantern Association \xE2\x80\x93 Armenia\n"
                                        "\xE2\x80\xA2 Birchwood Institute for Civic Rights (BICR) \xE2\x80\x93 Poland\n"
                                        "\xE2\x80\xA2 Coral Bay Forum - Georgia\n"
                                        "\xE2\x80\xA2 Dune Press \xE2\x80\x94 United Kingdom\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org("Birchwood Institute for Civic Rights", "BICR", "Poland", "PL"),
                          org_in("Coral Bay Forum", "Georgia", "GE"), org_in("Dune Press", "United Kingdom", "GB")});
    REQUIRE(s.signatories.size() == 4);
    CHECK(original(input, s.signatories[0].span) == "Amber Lantern Association \xE2\x80\x93 Armenia");
}

TEST_CASE("layouts: a dash and a country in a few names of a list stay in the names") {
    // Most of the list gives no country: "Transparency Watch \xE2\x80\x93 Moldova" names a chapter.
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Transparency Watch \xE2\x80\x93 Moldova\n"
                                          "Amber Lantern Association\n"
                                          "Birchwood Institute for Civic Rights\n"
                                          "Coral Bay Human Rights Forum\n"
                                          "Dune Press Freedom Centre - Moldova\n"))
                       .statement;
    check_signatories(s, {org("Transparency Watch \xE2\x80\x93 Moldova"), org("Amber Lantern Association"),
                          org("Birchwood Institute for Civic Rights"), org("Coral Bay Human Rights Forum"),
                          org("Dune Press Freedom Centre - Moldova")});
}

TEST_CASE("layouts: a country after a dash where the rest of the list gives it otherwise") {
    // After a header, one signer written 'Name – Country' among 'Name (Country)' and 'Name, Country'.
    auto const s = parse(with_signatories("Organisations signataires :\n"
                                          "Amber Lantern Association (ALA) \xE2\x80\x93 France\n"
                                          "Birchwood Institute for Civic Rights \xE2\x80\x93 Belgique\n"
                                          "Coral Bay Human Rights Forum (S\xC3\xA9n\xC3\xA9gal)\n"
                                          "Dune Press Freedom Centre, Tunisie\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association", "ALA", "France", "FR"),
                          org_in("Birchwood Institute for Civic Rights", "Belgique", "BE"),
                          org_in("Coral Bay Human Rights Forum", "S\xC3\xA9n\xC3\xA9gal", "SN"),
                          org_in("Dune Press Freedom Centre", "Tunisie", "TN")});
}

TEST_CASE("layouts: a place civic does not know after a dash, in a list of 'Name \xE2\x80\x93 Country'") {
    // Where the list gives its countries after dashes, an unknown place there is the signer's
    // place (civic knows every country), as in "Name (Veloria)"; never the name's acronym, though
    // "Veloria" can be read off "Velorian" (a word read off one word is no short form).
    auto const r = parse(with_signatories("Signatories:\n"
                                          "Velorian Civil Liberties Union \xE2\x80\x93 Veloria\n"
                                          "Amber Lantern Association \xE2\x80\x93 Armenia\n"
                                          "Birchwood Institute for Civic Rights \xE2\x80\x93 Poland\n"
                                          "Coral Bay Forum \xE2\x80\x93 Georgia\n"));
    auto const& s = r.statement;
    check_signatories(s, {at(org("Velorian Civil Liberties Union"), "Veloria"),
                          org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Forum", "Georgia", "GE")});
    CHECK(std::none_of(r.diagnostics.begin(), r.diagnostics.end(),
                       [](diagnostic const& d) { return d.code == "signatory.unknown-country"; }));
    // Alone in a list without countries, the dash and the place stay in the name.
    auto const alone = parse(with_signatories("Signatories:\n"
                                              "Velorian Civil Liberties Union \xE2\x80\x93 Veloria\n"
                                              "Amber Lantern Association\n"
                                              "Birchwood Institute for Civic Rights\n"))
                           .statement;
    check_signatories(alone, {org("Velorian Civil Liberties Union \xE2\x80\x93 Veloria"),
                              org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
}

TEST_CASE("layouts: signatories grouped under the names of their countries") {
    // With a header, without one, and with the country headings ending in a colon.
    std::string const groups = "Armenia\n"
                               "Amber Lantern Association\n"
                               "Birchwood Institute for Civic Rights\n\n"
                               "Georgia\n"
                               "Coral Bay Human Rights Forum\n\n"
                               "Moldova\n"
                               "Dune Press Freedom Centre\n"
                               "Elm Street Legal Clinic\n";
    std::vector<want> const grouped{org_in("Amber Lantern Association", "Armenia", "AM"),
                                    org_in("Birchwood Institute for Civic Rights", "Armenia", "AM"),
                                    org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                                    org_in("Dune Press Freedom Centre", "Moldova", "MD"),
                                    org_in("Elm Street Legal Clinic", "Moldova", "MD")};
    for (std::string const& list : std::vector<std::string>{
             "Signed by:\n\n" + groups, "The signatories:\n\n" + groups,
          "Signatories:\n\nArmenia:\nAmber Lantern Association\nBirchwood Institute for Civic Rights\n\nGeorgia:\n"
          "Coral Bay Human Rights Forum\n\nMoldova:\nDune Press Freedom Centre\nElm Street Legal Clinic\n",
          // The country at the start of the line of its signers.
          "Signatories:\n\nArmenia: Amber Lantern Association; Birchwood Institute for Civic Rights\n"
          "Georgia: Coral Bay Human Rights Forum\nMoldova: Dune Press Freedom Centre; Elm Street Legal Clinic\n"}) {
        CAPTURE(list);
        auto const input = with_signatories(list);
        auto const s = parse(input).statement;
        check_signatories(s, grouped);
        // A heading is part of the list, not a signer, nor text left unread.
        if (list.find("Georgia: ") == std::string::npos)
            CHECK(role_at(s, input, "Georgia") == block_role::signatory_header);
        CHECK(s.unrecognised.empty());
        check_outline_covers(s, input);
    }
}

TEST_CASE("layouts: short signer lines that end with a function word go on; entries marked with a leading star") {
    auto const s = parse(with_signatories("Signatories:\nAmber Diaspora Association of\nBirchwood Abroad\n"
                                          "Public Foundation for Legal Aid and\nDemocratic Development\nCollectif Justice pour tous\n"
                                          "Coral Bay Forum\n"))
                       .statement;
    check_signatories(s, {org("Amber Diaspora Association of Birchwood Abroad"),
                          org("Public Foundation for Legal Aid and Democratic Development"), org("Collectif Justice pour tous"),
                          org("Coral Bay Forum")});
    // "*Org": a member of the coalition, the note on the mark under the list
    auto const t = parse(with_signatories("Signatories:\nAmber Lantern Association (Georgia)\n*Birchwood Watch (Poland)\n"
                                          "*Coral Bay Forum (Armenia)\n\n*Members of the Amber Solidarity Platform\n"))
                       .statement;
    check_signatories(t, {org_in("Amber Lantern Association", "Georgia", "GE"), org_in("Birchwood Watch", "Poland", "PL"),
                          org_in("Coral Bay Forum", "Armenia", "AM")});
    // a rule over people who sign with their affiliation goes on with the list
    auto const u = parse(with_signatories("Signatories:\nAmber Lantern Association (Georgia)\n\n__________________\n\n"
                                          "Prof. Mira Tallow, University of Seeburg\nDr. Oren Vale, Birchwood Institute\n"))
                       .statement;
    REQUIRE(u.signatories.size() == 3);
    CHECK(u.signatories[2].type == signatory_type::person);
}

TEST_CASE("layouts: an e-mail's sign-off, press contacts and a page's share bar and labels under the list") {
    for (char const* after : {"Best,\nOlga\n", "Press contacts:\nMira Tallow (Amber Lantern Association)\n",
                              "Compartir en: Facebook \xC2\xB7 X \xC2\xB7 WhatsApp\n", "Topic: International Justice\nMore Reading\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
}

TEST_CASE("layouts: the greeting of a statement read out ends the list of signers named before it") {
    for (char const* greeting : {"Honourable Chairperson,", "Mr. President,", "Madam President,", "Excellencies,",
                                 "Dear Commissioners,"}) {
        auto const input = "Joint oral statement to the Commission on the Saltmarsh detentions\n\n"
                           "Delivered by Mira Tallow on behalf of the following organisations:\n\n"
                           "1. Amber Lantern Lawyers for Justice\n2. Birchwood Bar Association in Exile\n\n" +
                           std::string(greeting) + "\n\nWe urge the Commission to act on the detentions without delay.\n";
        CAPTURE(greeting);
        auto const s = parse(input).statement;
        // The speaker signs with those she speaks for, first.
        CHECK(names_of(s) == std::vector<std::string>{"Mira Tallow", "Amber Lantern Lawyers for Justice",
                                                      "Birchwood Bar Association in Exile"});
    }
}

TEST_CASE("layouts: the chair thanked and greeted in one sentence ends the list of signers named before it") {
    // "Thank you, Mr. President." under the list, after a blank line or right under it, in each
    // language whose tables greet a chair.
    // A person's title before the chair's office greets it too ("Gracias, señor Presidente.").
    for (char const* thanks : {"Thank you, Mr. President.", "Thank you, Madam Chair.", "Merci, Monsieur le Pr\xC3\xA9sident.",
                               "Danke, Frau Vorsitzende.", "Dzi\xC4\x99kuj\xC4\x99, Panie Przewodnicz\xC4\x85\x63y.",
                               "Gracias, se\xC3\xB1or Presidente.", "Gracias, Sra. Presidenta."}) {
        for (char const* gap : {"\n\n", "\n"}) {
            auto const input = "Joint oral statement to the Council on the Saltmarsh detentions\n\n"
                               "Delivered by Mira Tallow on behalf of the following organisations:\n"
                               "Amber Lantern Lawyers for Justice\nBirchwood Bar Association in Exile\nCoral Bay Press Club" +
                               std::string(gap) + thanks +
                               "\n\nWe urge the Council to establish a mechanism on the detentions without delay.\n\nThank you.\n";
            CAPTURE(thanks);
            CAPTURE(gap);
            auto const s = parse(input).statement;
            CHECK(names_of(s) == std::vector<std::string>{"Mira Tallow", "Amber Lantern Lawyers for Justice",
                                                          "Birchwood Bar Association in Exile", "Coral Bay Press Club"});
        }
    }
}

TEST_CASE("layouts: an oral statement's speaker and those it speaks for, each on a line of their own, sign it") {
    // "Delivered by: …" / "On behalf of: A, B and C", right under each other or apart: the speaker
    // (a person, with the organisation she speaks from for role) and the organisations after the
    // field's colon are the signers, and neither line is the headline.
    std::string const body = "\n\nMr. President,\n\nWe call on the Council to urge the authorities of Pelham Vale to "
                             "release the detained activists.\n\nThank you.\n";
    for (char const* gap : {"\n", "\n\n"}) {
        CAPTURE(gap);
        auto const s = parse("Amber Council \xE2\x80\x93 62nd session\nItem 4: General Debate\n\nJoint Oral Statement\n\n"
                             "Delivered by: Oren Vale, Saltmarsh Rights Forum" + std::string(gap) +
                             "On behalf of: Saltmarsh Rights Forum, Amber Lantern Association, Birchwood Legal Aid and "
                             "Coral Bay Press Club" + body)
                           .statement;
        REQUIRE(s.title);
        CHECK(s.title->text == "Amber Council \xE2\x80\x93 62nd session");
        CHECK(names_of(s) == std::vector<std::string>{"Oren Vale", "Saltmarsh Rights Forum", "Amber Lantern Association",
                                                      "Birchwood Legal Aid", "Coral Bay Press Club"});
        REQUIRE(!s.signatories.empty());
        CHECK(s.signatories[0].type == signatory_type::person);
        CHECK(s.signatories[0].role == std::optional<std::string>("Saltmarsh Rights Forum"));
    }
    // The French field: its last name keeps its words after "de" ("Club de presse de Coral Bay").
    auto const fr = parse("Conseil des droits de l'homme \xE2\x80\x93 62e session\n\nD\xC3\xA9" "claration orale conjointe\n\n"
                          "Lue par : Mme Mira Tallow, Forum Saltmarsh pour les droits\n"
                          "Au nom de : Forum Saltmarsh pour les droits, Ligue Birchwood et Club de presse de Coral Bay\n\n"
                          "Monsieur le Pr\xC3\xA9sident,\n\nNous appelons le Conseil \xC3\xA0 exhorter les autorit\xC3\xA9s de "
                          "Pelham Vale \xC3\xA0 lib\xC3\xA9rer les militants d\xC3\xA9tenus.\n\nMerci.\n")
                        .statement;
    CHECK(names_of(fr) == std::vector<std::string>{"Mme Mira Tallow", "Forum Saltmarsh pour les droits", "Ligue Birchwood",
                                                   "Club de presse de Coral Bay"});
    // "On behalf of:" alone heads the names under it; the speaker over it signs first.
    auto const listed = parse("Joint Oral Statement\nItem 3: Interactive dialogue with the Special Rapporteur on Pelham Vale\n\n"
                              "Delivered by: Mira Tallow\nOn behalf of:\nSaltmarsh Rights Forum\nAmber Lantern Association\n"
                              "Birchwood Legal Aid" + body)
                            .statement;
    CHECK(names_of(listed) == std::vector<std::string>{"Mira Tallow", "Saltmarsh Rights Forum", "Amber Lantern Association",
                                                       "Birchwood Legal Aid"});
    REQUIRE(!listed.signatories.empty());
    CHECK(listed.signatories[0].type == signatory_type::person);
}

TEST_CASE("layouts: a speaker's line over the names of those it speaks for heads their list, in each language") {
    // "… au nom des organisations suivantes :", "… en nombre de las siguientes organizaciones:": a
    // behalf phrase and a word that points below; the names under it are no headline, and the
    // speaker signs first.
    struct example {
        char const* label;
        char const* header;
        char const* names;
        char const* thanks;
        char const* speech;
        char const* speaker;
    };
    for (auto const& e : {example{"D\xC3\xA9" "claration orale conjointe",
                                  "Lue par Mme Mira Tallow au nom des organisations suivantes :",
                                  "Forum Saltmarsh pour les droits\nAssociation Lanterne Ambre\nLigue Birchwood",
                                  "Merci, Monsieur le Pr\xC3\xA9sident.",
                                  "Nous appelons le Conseil \xC3\xA0 prolonger le mandat du Rapporteur sp\xC3\xA9" "cial sur Pelham Vale.",
                                  "Mme Mira Tallow"},
                          example{"Declaraci\xC3\xB3n oral conjunta",
                                  "Pronunciada por Oren Vale en nombre de las siguientes organizaciones:",
                                  "Foro Saltmarsh por los Derechos\nAsociaci\xC3\xB3n Linterna \xC3\x81mbar\nLiga Birchwood",
                                  "Gracias, se\xC3\xB1or Presidente.",
                                  "Instamos al Consejo a renovar el mandato del Relator Especial sobre Pelham Vale.",
                                  "Oren Vale"}}) {
        CAPTURE(e.header);
        auto const s = parse(std::string("Consejo 62 \xE2\x80\x93 Pelham Vale\n") + e.label + "\n\n" + e.header + "\n" + e.names +
                             "\n\n" + e.thanks + "\n\n" + e.speech + "\n")
                           .statement;
        REQUIRE(s.signatories.size() == 4);
        CHECK(s.signatories[0].name == e.speaker);
        CHECK(s.signatories[0].type == signatory_type::person);
        CHECK(s.signatories[3].name == std::string_view(e.names).substr(std::string_view(e.names).rfind('\n') + 1));
        REQUIRE(s.title);
        CHECK(s.title->text.find(std::string_view(e.names).substr(0, 10)) == std::string::npos);
    }
}

TEST_CASE("layouts: the heading of a paragraph about an organisation ('About Amber Network') ends the list") {
    check_list_ends_before("About Amber Lantern Association\nAmber Lantern Association is a network of rights groups "
                           "working across the South Caucasus since 2004.\n");
    auto const s = parse("D\xC3\xA9" "claration commune sur la fermeture de la Gazette de Saltmarsh\n\n"
                         "Nous, organisations soussign\xC3\xA9" "es, condamnons la fermeture de la Gazette de Saltmarsh, "
                         "le dernier journal ind\xC3\xA9pendant de Pelham Vale.\n\n"
                         "Signataires :\nAssociation Lanterne Ambre\nLigue Birchwood\n\n"
                         "\xC3\x80 propos de la Ligue Birchwood\nLa Ligue Birchwood d\xC3\xA9" "fend les droits des "
                         "journalistes depuis 1998 et publie chaque ann\xC3\xA9" "e un rapport sur la presse.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Association Lanterne Ambre", "Ligue Birchwood"});
}

TEST_CASE("layouts: an about-heading with a long name, of seven words or more, ends the list") {
    check_list_ends_before("Acerca de la Alianza Regional por la Vivienda Digna\nLa Alianza Regional por la Vivienda "
                           "Digna reúne desde 2009 a cuarenta grupos de inquilinos de todo el país.\n");
    check_list_ends_before("O Sojuszu na rzecz Prawa do Mieszkania Amber\nSojusz na rzecz Prawa do Mieszkania Amber od "
                           "2009 roku zrzesza czterdzieści grup lokatorów z całego kraju.\n");
    // Cyrillic: the name's words take more than sixty bytes.
    check_list_ends_before("Об Альянсе Амбер за право на жильё и городскую среду\nАльянс Амбер с 2009 года объединяет "
                           "сорок групп жильцов по всей стране.\n");
}

TEST_CASE("layouts: a letter's endnotes under its signers, numbered and naming authors, are none of them") {
    auto const s = parse("Open letter on the closure of the Saltmarsh Gazette\n\nDear Minister,\n\n"
                         "We write to urge you to reopen the Saltmarsh Gazette, the last independent newspaper of "
                         "Pelham Vale, closed by order of the regional administration.\n\nSincerely,\n\n"
                         "Amber Lantern Association\nBirchwood Institute\nCoral Bay Forum\n\nEndnotes\n\n"
                         "1. Mira Tallow, Closing Time: Mass Closures and the Struggle for a Free Press in Pelham Vale (2023).\n"
                         "2. Complaint, Dune v. Pelham Vale Dep't of Media & Culture, No. 3:23-cv-01304 (P.V. filed Sept. 14, 2023).\n"
                         "3. Pelham Vale Department of Media, Licensing Rules (2021), https://media.example/rules.pdf.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute", "Coral Bay Forum"});
}

TEST_CASE("layouts: a line that points to the text in another language ends the list") {
    for (char const* after : {"* This statement is also available in Arabic: https://amber.example.org/ar\n", "Arabic version\n",
                              "Arabic version: https://amber.example.org/ar\n", "For the Arabic version, click here.\n",
                              "Version fran\xC3\xA7" "aise\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
}

TEST_CASE("layouts: a page's footer of keys and links apart by bars ends the list") {
    for (char const* after : {"About Amber Network: www.amber.example.org | Contact: office@amber.example.org\n",
                              "Share on: Facebook | X | LinkedIn\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
}

TEST_CASE("layouts: a share bar or a subscribe button above the letter does not end the text") {
    for (char const* widget : {"Facebook\nTwitter\nEmail\n", "Subscribe\n", "Share\n"}) {
        CAPTURE(widget);
        auto const s = parse(std::string("Open letter on the case of Mira Tallow\n\nMarch 3, 2026\n\n") + widget +
                             "\nDear Mr President,\n\n"
                             "We, the undersigned organisations, write to express our concern about the detention of "
                             "the journalist Mira Tallow, who was sentenced to seven years in prison.\n\n"
                             "We respectfully urge you:\n\n- to pardon Mira Tallow;\n- to repeal Article 274.\n\n"
                             "Sincerely,\n\nAmber Lantern Association\nBirchwood Press Freedom Centre\n")
                           .statement;
        CHECK(describe_calls(s) == calls_to("Mr President", {"to pardon Mira Tallow;", "to repeal Article 274."}));
        check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Press Freedom Centre")});
    }
}

TEST_CASE("layouts: a letter's signers named as a sentence under its closing") {
    auto const s = parse("Letter to the Prime Minister on the detention of journalists\n\nDear Prime Minister,\n\n"
                         "We, the undersigned organisations, write to express our alarm at the detention of three journalists.\n\n"
                         "We urge you to release them immediately.\n\nSincerely,\n\n"
                         "Amber Lantern Association, Birchwood Press Freedom Centre, Coral Bay Reporters Union and Dune Media Watch.\n")
                       .statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Press Freedom Centre"), org("Coral Bay Reporters Union"),
                          org("Dune Media Watch")});
}

TEST_CASE("layouts: a long list's index letters are no signers") {
    auto const s = parse(with_signatories("Unterzeichnende Organisationen (Stand: 26.02.2026)\n\nA\nAktion Bleiberecht Amber\n"
                                          "Amnesty Seeburg\nB\nB\xC3\xBCndnis Birchwood\nC\nCaritas Coral Bay\n"))
                       .statement;
    check_signatories(s, {org("Aktion Bleiberecht Amber"), org("Amnesty Seeburg"), org("B\xC3\xBCndnis Birchwood"),
                          org("Caritas Coral Bay")});
}

TEST_CASE("layouts: a country heading with the count of its signers or a dash after it") {
    auto const s = parse(with_signatories("Signatories:\n\nArmenia (2)\nAmber Lantern Association\nCoral Bay Forum\n\n"
                                          "GEORGIA (1):\nDune Press Centre\n\nMoldova \xE2\x80\x93\nElm Street Legal Clinic\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Coral Bay Forum", "Armenia", "AM"),
                          org_in("Dune Press Centre", "GEORGIA", "GE"), org_in("Elm Street Legal Clinic", "Moldova", "MD")});
}

TEST_CASE("layouts: a country heading after or between em dashes heads its group, inside the list or after a blank line") {
    auto const s = parse(with_signatories("Signatories:\nKenya \xE2\x80\x94\nAmber Lantern Association\nCoral Bay Forum\n"
                                          "Uganda \xE2\x80\x94\nDune Press Centre\n\n\xE2\x80\x94 Tanzania \xE2\x80\x94\n"
                                          "Elm Street Legal Clinic\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org_in("Coral Bay Forum", "Kenya", "KE"),
                          org_in("Dune Press Centre", "Uganda", "UG"), org_in("Elm Street Legal Clinic", "Tanzania", "TZ")});
}

TEST_CASE("layouts: a region's or a country's heading with the count of its signers in words") {
    auto const s = parse(with_signatories("Signatories:\n\nGLOBAL / INTERNATIONAL (2 signatories)\nAmber Lantern Association\n"
                                          "Coral Bay Forum\n\nAFRICA \xE2\x80\x94 2 organisations\nDune Press Centre, Kenya\n"
                                          "Elm Street Legal Clinic, Uganda\n\nGhana - 1 organisation\nFern Hill Youth Network\n"))
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Coral Bay Forum", "Dune Press Centre",
                                            "Elm Street Legal Clinic", "Fern Hill Youth Network"});
    REQUIRE(s.signatories.size() == 5);
    CHECK_FALSE(s.signatories[0].country_code);
    CHECK(s.signatories[2].country_code == "KE");  // its own country, not the region's
    CHECK(s.signatories[3].country_code == "UG");
    CHECK(s.signatories[4].country_code == "GH");
    // "Міжнародні (2)": international signers in Ukrainian, their heading no signer and no country's.
    auto const uk = parse(with_signatories("Підписанти:\n\n\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD1\x97\xD0\xBD\xD0\xB0 "
                                           "\xE2\x80\x93 1 \xD0\xBE\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD1\x96\xD0\xB7\xD0\xB0\xD1\x86\xD1\x96\xD1\x8F\n"
                                           "Amber Lantern Association\n\n\xD0\x9C\xD1\x96\xD0\xB6\xD0\xBD\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x96 (2)\n"
                                           "Coral Bay Forum\nDune Press Centre\n"))
                        .statement;
    CHECK(names_of(uk) == std::vector<std::string>{"Amber Lantern Association", "Coral Bay Forum", "Dune Press Centre"});
    REQUIRE(uk.signatories.size() == 3);
    CHECK(uk.signatories[0].country_code == "UA");
    CHECK_FALSE(uk.signatories[1].country_code);
}

TEST_CASE("layouts: each signer's country on the line under its name") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association\n"
                                        "Armenia\n"
                                        "Birchwood Institute for Civic Rights\n"
                                        "Poland\n"
                                        "Coral Bay Human Rights Forum\n"
                                        "Georgia\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    REQUIRE(s.signatories.size() == 3);
    // The signer's span runs over both of its lines.
    CHECK(original(input, s.signatories[1].span) == "Birchwood Institute for Civic Rights\nPoland");
    // Without a header, numbered, the country indented under each name: each name shows
    // little alone ("Freedom Now"), with its country a signer.
    auto const headerless = parse(with_signatories("1) Amber Lantern Association\n   Armenia\n"
                                                   "2) Freedom Now\n   United States\n"
                                                   "3) Dune Press\n   Kazakhstan\n"))
                                .statement;
    check_signatories(headerless, {org_in("Amber Lantern Association", "Armenia", "AM"),
                                   org_in("Freedom Now", "United States", "US"), org_in("Dune Press", "Kazakhstan", "KZ")});
}

TEST_CASE("layouts: the file names of the logos a scraper left between the signers end nothing") {
    auto const input = with_signatories("Supported by:\n"
                                        "logo-amber.png\n"
                                        "Amber Lantern Association (Armenia)\n"
                                        "birchwood-logo.SVG\n"
                                        "Birchwood Institute for Civic Rights (Poland)\n"
                                        "coral-bay-forum.jpeg\n"
                                        "Coral Bay Human Rights Forum (Georgia)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    CHECK(role_at(s, input, "birchwood-logo.SVG") == block_role::chrome_footer);
    CHECK(s.unrecognised.empty());
    // A name with a full stop is no file ("Epicenter.works"), nor is a sentence.
    auto const named = parse(with_signatories("Signatories:\nEpicenter.works\nAmber Lantern Association (Armenia)\n")).statement;
    REQUIRE(named.signatories.size() == 2);
    CHECK(named.signatories[0].name == "Epicenter.works");
}

TEST_CASE("layouts: a line that says more signed than the list names") {
    for (char const* closer : {"...and 23 other organisations", "\xE2\x80\xA6" "and 23 other organisations",
                               "And many others", "And 40 more", "And twelve other organisations"}) {
        std::string const line = closer;
        CAPTURE(line);
        auto const input = with_signatories("Signatories:\n"
                                            "1) Amber Lantern Association (Armenia)\n"
                                            "2) Birchwood Institute for Civic Rights (Poland)\n" +
                                            line + "\n");
        auto const r = parse(input);
        check_signatories(r.statement, {org_in("Amber Lantern Association", "Armenia", "AM"),
                                        org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
        CHECK(r.statement.unrecognised.empty());
        auto const note = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                       [](diagnostic const& d) { return d.code == "signatory.others-not-named"; });
        REQUIRE(note != r.diagnostics.end());
        CHECK(original(input, note->span) == line);
    }
}

TEST_CASE("layouts: signatories as 'Name (ACR), City, Country' and 'Name (ACR), City'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association (ALA), Yerevan, Armenia\n"
                                          "Birchwood Institute for Civic Rights (BICR), Warsaw, Poland\n"
                                          "Coral Bay Human Rights Forum (Georgia)\n"
                                          "Dune Press Freedom Centre (DPFC), Almaty\n"
                                          "Elm Street Legal Clinic\n"))
                       .statement;
    // The city is the signer's place, with its country or alone, as "(Kyiv)" is.
    check_signatories(s, {at(org("Amber Lantern Association", "ALA", "Armenia", "AM"), "Yerevan"),
                          at(org("Birchwood Institute for Civic Rights", "BICR", "Poland", "PL"), "Warsaw"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          at(org("Dune Press Freedom Centre", "DPFC"), "Almaty"), org("Elm Street Legal Clinic")});
}

TEST_CASE("layouts: a town in parentheses with a linking word, or of two letters in its own script") {
    // "(Ростов-на-Дону)", "(Boulogne-sur-Mer)": a town whose parts a short word in lower case
    // links; "(Ош)": a town of two letters, no acronym (which is written in capitals, "(ОШ)").
    auto const s = parse("Совместное заявление\n\n"
                         "Мы призываем власти отклонить законопроект.\n\n"
                         "Подписали:\n"
                         "Ассоциация адвокатов Юга (Ростов-на-Дону)\n"
                         "Правозащитное движение «Элдик укук» (Ош)\n"
                         "Клуб «Ереван» (Ош, Кыргызстан)\n"
                         "Amber Lantern Association (Boulogne-sur-Mer)\n")
                       .statement;
    check_signatories(s, {at(org("Ассоциация адвокатов Юга"), "Ростов-на-Дону"),
                          at(org("Правозащитное движение «Элдик укук»"), "Ош"),
                          at(org_in("Клуб «Ереван»", "Кыргызстан", "KG"), "Ош"),
                          at(org("Amber Lantern Association"), "Boulogne-sur-Mer")});
}

TEST_CASE("layouts: a signer's town, between its name and country or after its marker") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association, Yerevan, Armenia\n"
                                          "Birchwood Institute for Civic Rights (Kraków)\n"
                                          "Coral Bay Human Rights Forum (Batumi, Georgia)\n"
                                          "Dune Press Freedom Centre, Almaty\n"
                                          "Elm Street Legal Clinic (ESLC), Port Amber City, Moldova\n"
                                          "Fern Valley Accountability, Alexandria, Virginia, USA\n"))
                       .statement;
    // A town after a comma alone is the signer's place where the list places its others.
    check_signatories(s, {at(org_in("Amber Lantern Association", "Armenia", "AM"), "Yerevan"),
                          at(org("Birchwood Institute for Civic Rights"), "Kraków"),
                          at(org_in("Coral Bay Human Rights Forum", "Georgia", "GE"), "Batumi"),
                          at(org("Dune Press Freedom Centre"), "Almaty"),
                          at(org("Elm Street Legal Clinic", "ESLC", "Moldova", "MD"), "Port Amber City"),
                          // a town before its region
                          at(org_in("Fern Valley Accountability", "USA", "US"), "Alexandria, Virginia")});
    // "м. Київ", "г. Москва": the word for a town says what follows is one.
    auto const uk = parse("Заява правозахисних організацій щодо переслідування журналістів\n\n"
                          "Ми, представники правозахисних організацій, закликаємо владу звільнити журналістів.\n\n"
                          "Підписи:\n"
                          "1. Пеламська спілка з прав людини, м. Київ\n"
                          "2. ГО «Центр громадянських ініціатив», м. Харків\n"
                          "3. Правозащитный центр «Пеламия», г. Москва\n")
                        .statement;
    check_signatories(uk, {at(org("Пеламська спілка з прав людини"), "м. Київ"),
                           at(org("ГО «Центр громадянських ініціатив»"), "м. Харків"),
                           at(org("Правозащитный центр «Пеламия»"), "г. Москва")});
}

TEST_CASE("layouts: the Russian words for a town, of every kind of settlement, give places; in Latin letters they are a name's words") {
    auto const s = parse("Заявление правозащитных организаций о преследовании журналистов в Пеламской области\n\n"
                         "Мы, нижеподписавшиеся организации, требуем от властей Пеламской области немедленно освободить "
                         "задержанных журналистов.\n\n"
                         "Подписали:\n"
                         "1. Пеламский правозащитный центр, г. Москва\n"
                         "2. Ассоциация «Янтарный фонарь», пгт Заречный\n"
                         "3. Фонд «Открытые архивы», с. Берёзовка\n"
                         "4. Saltmarsh Press Union, Gorod Vale\n"
                         "5. Birchwood Institute for Civic Rights, pos. Lakeside\n")
                       .statement;
    check_signatories(s, {at(org("Пеламский правозащитный центр"), "г. Москва"),
                          at(org("Ассоциация «Янтарный фонарь»"), "пгт Заречный"),
                          at(org("Фонд «Открытые архивы»"), "с. Берёзовка"),
                          org("Saltmarsh Press Union, Gorod Vale"),
                          org("Birchwood Institute for Civic Rights, pos. Lakeside")});
}

TEST_CASE("layouts: a town in parentheses named by the word for a town is the signer's place, not its name") {
    auto const s = parse("Заява правозахисних організацій щодо переслідування журналістів\n\n"
                         "Ми, представники правозахисних організацій, закликаємо владу звільнити журналістів.\n\n"
                         "Підписи:\n"
                         "1. ГО «Пеламська правова ініціатива» (м. Краматорськ)\n"
                         "2. Правозащитный центр «Пеламия» (г. Гюмри)\n"
                         "3. Бурштинова асоціація журналістів (Україна)\n")
                       .statement;
    check_signatories(s, {at(org("ГО «Пеламська правова ініціатива»"), "м. Краматорськ"),
                          at(org("Правозащитный центр «Пеламия»"), "г. Гюмри"),
                          org_in("Бурштинова асоціація журналістів", "Україна", "UA")});
}

TEST_CASE("layouts: a Russian page with group headers for organisations and people, and its share bar") {
    auto const input = std::string(
        "\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xBE \xD0\xBF\xD1\x80\xD0\xB5\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8 \xD0\xB0\xD1\x81\xD1\x81\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8 \xC2\xAB\xD0\xAF\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xBD\xD1\x8B\xD0\xB9 \xD1\x84\xD0\xBE\xD0\xBD\xD0\xB0\xD1\x80\xD1\x8C\xC2\xBB\n\n") +
        "\xD0\x9C\xD1\x8B, \xD0\xBD\xD0\xB8\xD0\xB6\xD0\xB5\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xB2\xD1\x88\xD0\xB8\xD0\xB5\xD1\x81\xD1\x8F, \xD0\xB2\xD1\x8B\xD1\x80\xD0\xB0\xD0\xB6\xD0\xB0\xD0\xB5\xD0\xBC \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB5\xD1\x81\xD1\x82 \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB8\xD0\xB2 \xD0\xBF\xD1\x80\xD0\xB5\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F \xD1\x81\xD0\xBE\xD1\x82\xD1\x80\xD1\x83\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xBA\xD0\xBE\xD0\xB2 \xD0\xB0\xD1\x81\xD1\x81\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8.\n\n"
        // "Организации:" / two organisations / "Частные лица:" / a person
        "\xD0\x9E\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8:\n"
        "\xD0\xA4\xD0\xBE\xD0\xBD\xD0\xB4 \xC2\xAB\xD0\xA1\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xBD\xD0\xBE\xD0\xB5 \xD1\x81\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xBE\xC2\xBB\n"
        "\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB0\xD1\x89\xD0\xB8\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB9 \xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80 \xC2\xAB\xD0\x91\xD0\xB5\xD1\x80\xD1\x91\xD0\xB7\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x8F \xD1\x80\xD0\xBE\xD1\x89\xD0\xB0\xC2\xBB\n\n"
        "\xD0\xA7\xD0\xB0\xD1\x81\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB5 \xD0\xBB\xD0\xB8\xD1\x86\xD0\xB0:\n"
        "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2, \xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\n\n"
        // "Поделиться: ВКонтакте Telegram"
        "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F: \xD0\x92\xD0\x9A\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB0\xD0\xBA\xD1\x82\xD0\xB5 Telegram\n";
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.paragraphs.empty());
    CHECK(role_at(s, input, "\xD0\xA7\xD0\xB0\xD1\x81\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB5 \xD0\xBB\xD0\xB8\xD1\x86\xD0\xB0:") ==
          block_role::signatory_header);
    CHECK(role_at(s, input, "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F") ==
          block_role::chrome_footer);
}

TEST_CASE("layouts: a note in italics after a Markdown list of signers is no signer") {
    auto const input = "# Stop the harassment of Saltmarsh journalists\n\n"
                       "*Published on 3 February 2026 by the Lakeshore Press Network*\n\n"
                       "We, the undersigned press freedom organisations, condemn the harassment of journalists.\n\n"
                       "## Signatories\n\n"
                       "- **Amber Lantern Association** (Georgia)\n"
                       "- [Birchwood Institute for Civic Rights](https://birchwood.example.org) (Poland)\n"
                       "- Coral Bay Human Rights Forum, Armenia\n\n"
                       "*The list remains open. To add your organisation, write to sign@lakeshore.example.org.*\n";
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Armenia", "AM")});
    // An invitation to sign: metadata, neither a signer nor text left unrecognised.
    CHECK(s.unrecognised.empty());
    CHECK(role_at(s, input, "The list remains open.") == block_role::metadata);
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 3);
}

TEST_CASE("layouts: the box of a Markdown task list's item, ticked or not, is its marker's") {
    auto const input = "# Keep the Saltmarsh archive open\n\n"
                       "We, the undersigned maintainers and organisations, ask the Pelham Vale council to keep the archive open.\n\n"
                       "## Signatories\n\n"
                       "- [x] Amber Lantern Association (Georgia)\n"
                       "- [X] Birchwood Institute for Civic Rights (Poland)\n"
                       "* [ ] Coral Bay Human Rights Forum, Armenia\n";
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Armenia", "AM")});
}

TEST_CASE("layouts: people the text speaks of are no signers, nor calls") {
    // In a list under "call for the release of …:", before the header of the signers.
    auto const listed = parse("Joint statement: free the Saltmarsh Four\n\n"
                              "We, the undersigned organisations, call for the release of four journalists detained "
                              "in Pelham Vale since March 2026:\n\n"
                              "- Mira Tallow, editor of the Saltmarsh Gazette;\n"
                              "- Oren Vale, photographer;\n"
                              "- Ilse Marten, reporter, Coral Bay Radio;\n"
                              "- Jonas Keel, blogger.\n\n"
                              "They are charged with extremism for their reporting on the protests of last spring.\n\n"
                              "Signatories:\n"
                              "Amber Lantern Association (Georgia)\n"
                              "Birchwood Institute for Civic Rights (Poland)\n")
                            .statement;
    check_signatories(listed, {org_in("Amber Lantern Association", "Georgia", "GE"),
                               org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(listed.call_groups.empty());
    CHECK(listed.addressees().empty());
    // One a line, without a header: the text goes on after them, and the signers come last.
    auto const lines = parse("Joint statement: free the Saltmarsh Four\n\n"
                             "We, the undersigned organisations, call for the release of four journalists detained in "
                             "Pelham Vale since March 2026. The detained journalists are:\n\n"
                             "Mira Tallow, editor of the Saltmarsh Gazette\n"
                             "Oren Vale, photographer\n"
                             "Ilse Marten, reporter, Coral Bay Radio\n\n"
                             "They are charged with extremism for their reporting on the protests of last spring.\n\n"
                             "Amber Lantern Association (Georgia)\n"
                             "Birchwood Institute for Civic Rights (Poland)\n")
                           .statement;
    check_signatories(lines, {org_in("Amber Lantern Association", "Georgia", "GE"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(lines.paragraphs.size() == 4);
    // In a list over the demands, without a header: signers sign under the demands.
    auto const over = parse("Joint statement on the persecution of defenders in Pelham Vale\n\n"
                            "We, the undersigned organisations, express solidarity with the defenders. Since January, "
                            "at least forty have been detained. Among them are:\n"
                            "- Oren Vale, lawyer, detained on 3 January;\n"
                            "- Ilse Marten, journalist, detained on 17 February;\n"
                            "- Jonas Keel, head of the Steppe Rights Centre, detained on 2 March.\n\n"
                            "We call on the authorities of Pelham Vale to:\n"
                            "1) release all detained defenders;\n"
                            "2) end the use of extremism charges against civil society.\n\n"
                            "Amber Lantern Association (Georgia)\n"
                            "Birchwood Institute for Civic Rights (Poland)\n")
                          .statement;
    check_signatories(over, {org_in("Amber Lantern Association", "Georgia", "GE"),
                             org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(describe_calls(over) == calls_to("the authorities of Pelham Vale", {"release all detained defenders;",
                                                                             "end the use of extremism charges against civil society."}));
}

TEST_CASE("layouts: a network's members under 'Members:' sign its statement") {
    for (char const* header : {"EaP CSN members:", "Members:", "Member organisations:", "\xD0\xA7\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x8B:"}) {
        std::string const written = header;
        CAPTURE(written);
        auto const input = with_signatories(written + "\n"
                                                      "Amber Lantern Association (Armenia)\n"
                                                      "Birchwood Institute for Civic Rights (Poland)\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
        CHECK(role_at(s, input, written) == block_role::signatory_header);
    }
}

TEST_CASE("layouts: a PDF's reference line, and its running header with the page, inside the list") {
    auto const input = "PUBLIC STATEMENT\n"
                       "Index: EUR 01/2345/2026\n\n"
                       "NORVIA: RELEASE THE ELECTION OBSERVERS\n\n"
                       "The undersigned organisations call on the authorities of Norvia to release the eleven\n"
                       "election observers detained since 9 April 2026 and to drop all charges against them.\n\n"
                       "Signatories:\n"
                       "Amber Lantern Association (Georgia)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n"
                       "\f"
                       "Lakeshore Rights Watch Public Statement                 Page 2 of 2\n"
                       "Coral Bay Human Rights Forum (Armenia)\n"
                       "Dune Press Freedom Centre (Kazakhstan)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "NORVIA: RELEASE THE ELECTION OBSERVERS");
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Armenia", "AM"),
                          org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ")});
    CHECK(role_at(s, input, "Lakeshore Rights Watch Public Statement") == block_role::chrome_footer);
    CHECK(s.unrecognised.empty());
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a page's mark inside the list, its word after a bar or before the number, alone or after a running header") {
    // "3 | P a g e": the number, a bar and the page's word, its letters spaced out at times; "p.
    // 3" is no item lettered "p.".
    for (char const* mark : {"3 | P a g e", "3 | Page", "p. 3", "Norvia: release the observers            2 | P a g e"}) {
        auto const s = parse(with_signatories(std::string("Signatories:\n"
                                                          "Amber Lantern Association (Georgia)\n"
                                                          "Birchwood Institute for Civic Rights (Poland)\n\n") +
                                              mark + "\n\nCoral Bay Human Rights Forum (Armenia)\n"))
                           .statement;
        INFO(mark);
        check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                              org_in("Coral Bay Human Rights Forum", "Armenia", "AM")});
    }
}

TEST_CASE("layouts: a heading with its letters spaced out heads the list under it") {
    // A PDF keeps the spacing of a heading set in spaced capitals: a space between letters, more
    // between words.
    for (char const* heading : {"S I G N A T O R I E S", "L I S T   O F   S I G N A T O R I E S"}) {
        auto const s = parse(with_signatories(std::string(heading) +
                                              "\n\nAmber Lantern Association (Georgia)\n"
                                              "Birchwood Institute for Civic Rights (Poland)\n"))
                           .statement;
        INFO(heading);
        check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    }
    auto const fr = parse("Tunisie : libérez les journalistes de la Gazette de Port-Ambre\n\n"
                          "Nous, organisations soussignées, appelons les autorités à libérer les journalistes "
                          "de la Gazette de Port-Ambre, détenus depuis le 3 mars 2026.\n\n"
                          "S I G N A T A I R E S\n\n"
                          "Association Lanterne d'Ambre, Tunisie\n"
                          "Institut Boisclair pour les droits civiques, Belgique\n")
                        .statement;
    check_signatories(fr, {org_in("Association Lanterne d'Ambre", "Tunisie", "TN"),
                           org_in("Institut Boisclair pour les droits civiques", "Belgique", "BE")});
}

TEST_CASE("layouts: a running header with each page's number is no headline, and ends nothing") {
    // Copied from a PDF: the header over each page names the statement, its number at the right
    // margin; the headline is the page's own, under the kind's label.
    auto const input = "Joint Statement on the Election Observers of Norvia                 1\n\n"
                       "JOINT STATEMENT\n\n"
                       "Norvia: release the election observers now\n\n"
                       "The undersigned organisations call on the authorities of Norvia to release the eleven\n"
                       "election observers detained since 9 April 2026 and to drop all charges against them.\n\n"
                       "Joint Statement on the Election Observers of Norvia                 2\n\n"
                       "Signatories:\n"
                       "Amber Lantern Association (Georgia)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n"
                       "Joint Statement on the Election Observers of Norvia                 3\n"
                       "Coral Bay Human Rights Forum (Armenia)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Norvia: release the election observers now");
    CHECK(s.kind == statement_kind::joint_statement);
    REQUIRE(s.header.size() == 1);
    CHECK(s.header[0].text == "Joint Statement on the Election Observers of Norvia 1");
    REQUIRE(s.footer.size() == 2);
    CHECK(s.footer[1].text == "Joint Statement on the Election Observers of Norvia 3");
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Armenia", "AM")});
    CHECK(s.unrecognised.empty());
    check_outline_covers(s, input);
}

TEST_CASE("layouts: the rest of the list at an address after 'see', in each language, signs nothing") {
    for (char const* written : {"More signatures: see www.amber.example.org/list",
                                "Weitere Unterschriften: siehe www.amber.example.ch/brief",
                                "Autres signataires : voir www.amber.example.fr/appel",
                                "M\xC3\xA1s firmantes: ver www.amber.example.es/carta",
                                "\xD0\x94\xD1\x80\xD1\x83\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB8: \xD1\x81\xD0\xBC. www.amber.example.org/list",
                                "\xD0\x86\xD0\xBD\xD1\x88\xD1\x96 \xD0\xBF\xD1\x96\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB8: \xD0\xB4\xD0\xB8\xD0\xB2. www.amber.example.org/list",
                                "Al\xC8\x9Bi semnatari: vezi www.amber.example.ro/apel",
                                "Kolejne podpisy: zobacz www.amber.example.pl/lista"}) {
        std::string const footer = written;
        CAPTURE(footer);
        auto const input = with_signatories("Signatories:\nAmber Lantern Association (Georgia)\n"
                                            "Birchwood Institute for Civic Rights (Poland)\n\n" + footer + "\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
        CHECK(role_at(s, input, footer) == block_role::metadata);
    }
}

TEST_CASE("layouts: an invitation to sign is metadata, or the header of the list under it") {
    // Under the list: neither a signer nor text left unrecognised, in each shape.
    for (char const* written : {"The statement remains open for signature.",
                                "To add your organisation, write to sign@amber.example.org.",
                                "Signatures are still being collected. To sign, please contact sign@amber.example.org.",
                                "Pour signer l'appel : appel@amber.example.org",
                                "The list of signatories remains open. To join, write to sign@amber.example.org.",
                                "La liste reste ouverte.",
                                "The full list of signatories is available at www.amber.example.org/list.",
                                "La liste compl\xC3\xA8te des signataires est en ligne.",
                                "\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 "
                                "\xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\xD0\xBE \xD0\xB4\xD0\xBB\xD1\x8F "
                                "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F."}) {
        std::string const invitation = written;
        CAPTURE(invitation);
        auto const input = with_signatories("Signatories:\n"
                                            "Amber Lantern Association (Georgia)\n"
                                            "Birchwood Institute for Civic Rights (Poland)\n\n" +
                                            invitation + "\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
        CHECK(role_at(s, input, invitation) == block_role::metadata);
        CHECK(s.unrecognised.empty());
    }
    // Over the signers, with a colon: their header.
    auto const input = with_signatories("The statement is open for joining:\n"
                                        "Amber Lantern Association (Georgia)\n"
                                        "Birchwood Institute for Civic Rights (Poland)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(role_at(s, input, "The statement is open for joining:") == block_role::signatory_header);
}

TEST_CASE("layouts: a long signer's line that ends in a word and a full stop is an entry, not a sentence") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association (Georgia)\n"
                                          "Mira Tallow, lawyer, Birchwood Human Rights Centre.\n"
                                          "Oren Vale, journalist, Port Amber\n"))
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Mira Tallow", "Oren Vale"});
    auto const ru = parse("Заявление о приговоре\n\nМы, нижеподписавшиеся, требуем пересмотреть приговор.\n\nПодписи:\n\n"
                          "1. Центр «Амбер» (Грузия)\n"
                          "2. Мира Таллова, адвокат, член Приморской коллегии адвокатов до 2021 г.\n"
                          "3. Фонд «Берёза»\n")
                        .statement;
    CHECK(names_of(ru) == std::vector<std::string>{"Центр «Амбер»", "Мира Таллова", "Фонд «Берёза»"});
}

TEST_CASE("layouts: an invitation to sign as a short line, a note in parentheses or a button ends the list") {
    // Short in letters, not bytes: a Cyrillic line takes twice as many.
    for (char const* after : {"Список открыт для подписания\n", "Присоединиться к заявлению: форма по ссылке\n",
                              "Сбор подписей продолжается.\n", "Подписи продолжают собираться...\n", "(список открыт)\n",
                              "Подписать заявление\n", "Join the statement: https://amber.example.org/join\n",
                              // and a sentence after it, with no header under which the list goes on
                              "Подписать письмо можно по ссылке в нашем канале.\n"
                              "Подробнее о деле читайте в материале «Вестника Амбер» (Латвия).\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
}

TEST_CASE("layouts: a line under the list that points to a link to sign, or to the whole list, is no signer") {
    for (char const* after : {"To add your organisation's name, please fill in this form: https://amber.example/form\n",
                              "Sign on here: https://amber.example/sign\n",
                              "Organisations can still sign on until 30 November: https://amber.example/sign\n",
                              "Total: 2 of 140 signatories shown. Full list: https://amber.example/signatories\n",
                              "*List in formation\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
}

TEST_CASE("layouts: a press contact under a list of people ends it") {
    auto const s = parse(with_signatories("Signed:\n\nBishop Oren Vale, Chairperson, Amber Lantern Association\n"
                                          "Rev. Mira Tallow, General Secretary, Birchwood Council of Churches\n\n"
                                          "For more information contact: press@amber.example.org\n"))
                       .statement;
    check_signatories(s, {person("Bishop Oren Vale", "Chairperson, Amber Lantern Association"),
                          person("Rev. Mira Tallow", "General Secretary, Birchwood Council of Churches")});
}

TEST_CASE("layouts: an invitation to join that names the kind, under the signers' sentence, is no headline") {
    auto const input = std::string("Amber civil society organisations urge Parliament to reject the media amendments\n\n"
                                   "Port Amber, 22 May 2026\n\n"
                                   "We, the undersigned civil society organisations, express our serious concern over the draft "
                                   "amendments to the Law on Mass Media, adopted in the first reading without consultation.\n\n"
                                   "We therefore urge the National Assembly:\n"
                                   "- to reject the draft amendments in the second reading;\n"
                                   "- to request an opinion of the Venice Commission.\n\n"
                                   "The statement was signed by the Amber Lantern Association, Birchwood Institute and the "
                                   "Coral Bay Press Club.\n\n"
                                   "Other organisations can join the statement by writing to info@amber.example.org\n");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Amber civil society organisations urge Parliament to reject the media amendments");
    CHECK(all_calls(s).size() == 2);
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute", "Coral Bay Press Club"});
    CHECK(role_at(s, input, "Other organisations can join") == block_role::metadata);
}

TEST_CASE("layouts: signers as a sentence under the header, and a header that says who signed") {
    // "A (Armenia), B (Poland) … and E (Moldova).": one sentence of names right under "Signatories:".
    auto const sentence = parse(with_signatories("Signatories:\n"
                                                 "Amber Lantern Association (Armenia), Birchwood Institute for Civic Rights "
                                                 "(Poland), Coral Bay Human Rights Forum (Georgia) and Dune Press Freedom "
                                                 "Centre (Kazakhstan).\n"))
                              .statement;
    check_signatories(sentence, {org_in("Amber Lantern Association", "Armenia", "AM"),
                                 org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                                 org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                                 org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ")});
    CHECK(sentence.unrecognised.empty());
    // "This statement is signed by the following organisations:" heads the list under it.
    auto const input = with_signatories("This statement is signed by the following organisations:\n\n"
                                        "Amber Lantern Association \xE2\x80\x93 Armenia\n"
                                        "Birchwood Institute for Civic Rights \xE2\x80\x93 Poland\n\n"
                                        "and the following individuals:\n\n"
                                        "Mira Tallow, journalist\n"
                                        "Oren Vale, lawyer\n\n"
                                        "[1] See our report on the closures, January 2026.\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"), person("Mira Tallow", "journalist"),
                          person("Oren Vale", "lawyer")});
    CHECK(role_at(s, input, "This statement is signed by") == block_role::signatory_header);
    // A note after the list is the text's.
    CHECK(role_at(s, input, "[1] See our report") == block_role::paragraph);
    CHECK(s.unrecognised.empty());
    // Such a header on the text's first line, a sentence of names under it.
    auto const first = parse("This appeal is signed by the following organisations:\n"
                             "Amber Lantern Association (Armenia) and Birchwood Institute for Civic Rights (Poland).\n")
                           .statement;
    check_signatories(first, {org_in("Amber Lantern Association", "Armenia", "AM"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    REQUIRE(first.signatories.size() == 2);
    CHECK(first.signatories[1].span.begin ==
          std::string_view("This appeal is signed by the following organisations:\nAmber Lantern Association (Armenia) and ").size());
}

TEST_CASE("layouts: a run of names that ends the text signs it when half of them show what they are") {
    auto const input = with_signatories("We demand:\n- the release of all political prisoners;\n- new elections.\n\n"
                                        "Amber Lantern Association\nCoral Bay Human Rights Forum\nLensfield\nDunefold\n");
    auto const s = parse(input).statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Coral Bay Human Rights Forum", "Lensfield", "Dunefold"});
    // With the text going on after it, such a run is none.
    auto const more = parse(with_signatories("Amber Lantern Association\nCoral Bay Human Rights Forum\nLensfield\nDunefold\n\n"
                                             "The closure was ordered by the regional administration on 3 May, without a hearing.\n"))
                          .statement;
    CHECK(more.signatories.empty());
}

TEST_CASE("layouts: countries' headings over the runs of a list without a header") {
    auto const input = with_signatories("Armenia:\nAmber Lantern Association\nHelsinki Citizens' Assembly Vanadzor\n\n"
                                        "Poland:\nBirchwood Institute for Civic Rights\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Helsinki Citizens' Assembly Vanadzor", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(role_at(s, input, "Poland:") == block_role::signatory_header);
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: the signers listed under the kind's label, over the headline") {
    auto const input = "JOINT STATEMENT\n\n"
                       "Amber Lantern Association (Armenia)\nBirchwood Institute for Civic Rights (Poland)\n"
                       "Coral Bay Human Rights Forum (Georgia)\n\n"
                       "On the detention of environmental activists in Veloria\n\n"
                       "We, the undersigned organisations, condemn the detention of five environmental activists.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "On the detention of environmental activists in Veloria");
    CHECK_FALSE(s.publisher.has_value());
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    // One such line under the label is the headline.
    auto const one = parse("JOINT STATEMENT\n\nAmber Lantern Association condemns the arrests (Veloria)\n\n"
                           "We, the undersigned organisations, condemn the detention of five activists.\n")
                         .statement;
    REQUIRE(one.title.has_value());
    CHECK(one.title->text == "Amber Lantern Association condemns the arrests (Veloria)");
}

TEST_CASE("layouts: the signers listed under their header over the headline, the text under it") {
    // A page that names its signers first: under a lead-in or a header, and on one line with the header.
    std::string const headline = "Joint statement: Stop the Amber River dam and respect Indigenous consent\n\n";
    std::string const text = "4 March 2026\n\n"
                             "We, the undersigned organisations, express our solidarity with the Wayuri people, whose "
                             "territory the Amber River dam would flood.\n\n"
                             "We call on Birchwood Energy S.A. to:\n1. Withdraw from the Amber River project;\n"
                             "2. Respect the right to free, prior and informed consent.\n";
    std::string const names = "Amber Forest Collective \xE2\x80\x93 Brazil\nCoral Andean Defenders \xE2\x80\x93 Peru\n"
                              "Birchwood Land Alliance \xE2\x80\x93 Colombia\n\n";
    std::vector<want> const signers{org_in("Amber Forest Collective", "Brazil", "BR"), org_in("Coral Andean Defenders", "Peru", "PE"),
                                    org_in("Birchwood Land Alliance", "Colombia", "CO")};
    for (char const* header : {"The following organisations have endorsed this statement:\n\n", "Signatories:\n\n"}) {
        CAPTURE(header);
        auto const input = "Skip to main content\nMenu\n\n" + std::string(header) + names + headline + text;
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Joint statement: Stop the Amber River dam and respect Indigenous consent");
        check_signatories(s, signers);
        CHECK(role_at(s, input, "Amber Forest") == block_role::signatory);
    }
    auto const glued = parse("Signatories: Amber Forest Collective (Brazil), Coral Andean Defenders (Peru)\n\n"
                             "OPEN LETTER TO THE BOARD OF BIRCHWOOD ENERGY\n\n" + text)
                           .statement;
    REQUIRE(glued.title.has_value());
    CHECK(glued.title->text == "OPEN LETTER TO THE BOARD OF BIRCHWOOD ENERGY");
    check_signatories(glued, {org_in("Amber Forest Collective", "Brazil", "BR"), org_in("Coral Andean Defenders", "Peru", "PE")});
}

TEST_CASE("layouts: the text's notes under the list, and a signer named like a button") {
    auto const input = with_signatories("Signatories:\nSHARE Foundation\nLens Watch\nAmnesty International\n\n"
                                        "Notes:\n[1] Amnesty International, \"A Digital Prison\", December 2024.\n"
                                        "[2] See the recommendations of the Special Rapporteur.\n");
    auto const s = parse(input).statement;
    CHECK(names_of(s) == std::vector<std::string>{"SHARE Foundation", "Lens Watch", "Amnesty International"});
    CHECK(role_at(s, input, "Notes:") == block_role::paragraph);
    CHECK(role_at(s, input, "[1] Amnesty") == block_role::paragraph);
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a numbered list glued on the header's line, and the country written before the name") {
    auto const glued = parse(with_signatories("Signatories: 1. Amber Lantern Association 2. Lens Watch 3. Birchwood Institute "
                                              "for Civic Rights (BICR)\n"))
                           .statement;
    check_signatories(glued, {org("Amber Lantern Association"), org("Lens Watch"),
                              org("Birchwood Institute for Civic Rights", "BICR")});
    auto const first = parse(with_signatories("Signatories:\nArmenia \xE2\x80\x93 Amber Lantern Association\n"
                                              "United Kingdom \xE2\x80\x93 Lens Watch\n"))
                           .statement;
    check_signatories(first, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Lens Watch", "United Kingdom", "GB")});
}

TEST_CASE("layouts: a remark after the country and a dash, and a signer of two countries") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association (Armenia) \xE2\x80\x93 member of the Lakeshore Network\n"
                                          "Lens Watch (Germany/Switzerland)\n"))
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[0].country == std::optional<std::string>("Armenia"));
    CHECK(s.signatories[0].role == std::optional<std::string>("member of the Lakeshore Network"));
    CHECK(s.signatories[1].name == "Lens Watch");
    CHECK(s.signatories[1].country == std::optional<std::string>("Germany/Switzerland"));
    // A code names one country: a signer of two has none.
    CHECK_FALSE(s.signatories[1].country_code.has_value());
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: two countries after a comma, and a country with a remark in lower case") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Media Solidarity Fund (Belarus, Lithuania)\n"
                                          "Birchwood Journalists Association (Belarus, in exile)\n"
                                          "\xD0\xA6\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80 \xC2\xAB\xD0\xAF\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xC2\xBB "
                                          "(\xD0\x91\xD0\xB5\xD0\xBB\xD0\xB0\xD1\x80\xD1\x83\xD1\x81\xD1\x8C, \xD0\xB2 "
                                          "\xD1\x8D\xD0\xBC\xD0\xB8\xD0\xB3\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8)\n"))
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].country == std::optional<std::string>("Belarus, Lithuania"));
    CHECK_FALSE(s.signatories[0].country_code.has_value());
    CHECK(s.signatories[1].name == "Birchwood Journalists Association");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("BY"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("BY"));
}

TEST_CASE("layouts: two countries apart by a dash are the signer's, with no one code, as apart by a slash") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Institute for Peace (Netherlands \xE2\x80\x93 Azerbaijan)\n"
                                          "Birchwood Forum, Netherlands \xE2\x80\x93 Azerbaijan\n"
                                          "Coral Rights Network, Georgia - Armenia\n"
                                          "Dune Watch (Georgia)\n"))
                       .statement;
    check_signatories(s, {in(org("Amber Institute for Peace"), "Netherlands \xE2\x80\x93 Azerbaijan", nullptr),
                          in(org("Birchwood Forum"), "Netherlands \xE2\x80\x93 Azerbaijan", nullptr),
                          in(org("Coral Rights Network"), "Georgia - Armenia", nullptr), org_in("Dune Watch", "Georgia", "GE")});
}

TEST_CASE("layouts: the list's full stop after the last country is no part of it") {
    auto const s = parse(with_signatories("Signed by:\nAmber Lantern Association, Armenia;\nLens Watch, United Kingdom.\n"
                                          "Dune Press, U.S.\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Lens Watch", "United Kingdom", "GB"),
                          org_in("Dune Press", "U.S.", "US")});
}

TEST_CASE("layouts: the initiators' header over the first names, the co-signers' over the rest") {
    auto const input = with_signatories("Initiated by:\nLens Watch\nFree Press Unlimited\n\n"
                                        "Co-signed by:\nReporters Without Borders\nArticle 19\n");
    auto const s = parse(input).statement;
    CHECK(names_of(s) == std::vector<std::string>{"Lens Watch", "Free Press Unlimited", "Reporters Without Borders", "Article 19"});
    CHECK(role_at(s, input, "Initiated by:") == block_role::signatory_header);
}

TEST_CASE("layouts: the header glued to entries that show little by themselves ('Signed: A · B · C')") {
    for (char const* line : {"Signed: Free Press Unlimited \xC2\xB7 Reporters Without Borders \xC2\xB7 Article 19 \xC2\xB7 Lens Watch",
                             "Signatories: Free Press Unlimited | Reporters Without Borders | Article 19 | Lens Watch"}) {
        CAPTURE(line);
        auto const s = parse(with_signatories(std::string(line) + "\n")).statement;
        CHECK(names_of(s) == std::vector<std::string>{"Free Press Unlimited", "Reporters Without Borders", "Article 19", "Lens Watch"});
    }
    // Without the header the same names in a line are no list.
    auto const bare = parse(with_signatories("Free Press Unlimited \xC2\xB7 Reporters Without Borders\n")).statement;
    CHECK(bare.signatories.empty());
}

TEST_CASE("layouts: a group's level glued before its signers ('European level: A, B', 'Niveau national : A, B') is no part of the first name") {
    auto const input = with_signatories("Signatories:\n\n"
                                        "European level: Amber Network, Birchwood Forum, Coral Coalition for Fair Trade\n"
                                        "National level: Dune Rights Association, Elm Watch\n"
                                        "Niveau national : Collectif Ambre, Ligue des droits de Vallin\n");
    auto const s = parse(input).statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Network", "Birchwood Forum", "Coral Coalition for Fair Trade",
                                                  "Dune Rights Association", "Elm Watch", "Collectif Ambre",
                                                  "Ligue des droits de Vallin"});
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a group's heading of people glued before its signers ('Personnalit\xC3\xA9s : A (Pays), B (Pays)') makes each a person") {
    auto const fr = parse("D\xC3\xA9" "claration commune : lib\xC3\xA9rez les cinq de Port-Amber\n\n"
                          "Nous, soussign\xC3\xA9s, appelons les autorit\xC3\xA9s \xC3\xA0 lib\xC3\xA9rer les cinq d\xC3\xA9" "fenseurs d\xC3\xA9tenus.\n\n"
                          "Organisations : Ligue Ambre (B\xC3\xA9nin), R\xC3\xA9seau Bouleau (Togo)\n\n"
                          "Personnalit\xC3\xA9s : Aminata Diallo (S\xC3\xA9n\xC3\xA9gal), Kofi Mensah (Ghana), Chen Wei (Chine)\n")
                        .statement;
    REQUIRE(fr.signatories.size() == 5);
    CHECK(fr.signatories[0].type == signatory_type::organisation);
    CHECK(fr.signatories[1].type == signatory_type::organisation);
    for (std::size_t i = 2; i < 5; ++i) CHECK(fr.signatories[i].type == signatory_type::person);
    CHECK(fr.signatories[3].name == "Kofi Mensah");
    CHECK(fr.signatories[3].country_code == std::optional<std::string>("GH"));
    auto const es = parse("Pronunciamiento: liberen a los cinco de Cajamarca\n\n"
                          "Los abajo firmantes exigimos a las autoridades liberar a los cinco defensores detenidos.\n\n"
                          "Organizaciones: Red Andina (Per\xC3\xBA), Foro Coral (Ecuador)\n\n"
                          "Personas: Wilfredo Huanca (Bolivia), Li Wei (China), Rosa Yupanqui (Per\xC3\xBA)\n")
                        .statement;
    REQUIRE(es.signatories.size() == 5);
    for (std::size_t i = 2; i < 5; ++i) CHECK(es.signatories[i].type == signatory_type::person);
}

TEST_CASE("layouts: a sentence of signers after the header, wrapped inside its parentheses") {
    auto const input = with_signatories("Signatories: Amber Lantern Association (Georgia), Freedom Now (United\n"
                                        "States), Birchwood Institute for Civic Rights\n(Poland), and Coral Bay Human "
                                        "Rights Forum (Armenia).\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"), org_in("Freedom Now", "United States", "US"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Armenia", "AM")});
    CHECK(s.unrecognised.empty());
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a web or mail address written with a signer is its link") {
    auto const input = with_signatories("Signatories:\n"
                                        "- [Amber Lantern Association](https://amber.example/statement) (Georgia)\n"
                                        "- <a href=\"https://birchwood.example\">Birchwood Institute for Civic Rights</a>, Poland\n"
                                        "- Coral Bay Human Rights Forum (www.coralbay.example), Armenia\n"
                                        "- Dune Press Freedom Centre, Kazakhstan, info@dune.example\n"
                                        "- Elm Street Legal Clinic (Moldova)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Armenia", "AM"),
                          org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ"), org_in("Elm Street Legal Clinic", "Moldova", "MD")});
    std::vector<std::optional<std::string>> links;
    for (auto const& sig : s.signatories) links.push_back(sig.link);
    CHECK(links == std::vector<std::optional<std::string>>{"https://amber.example/statement", "https://birchwood.example",
                                                          "www.coralbay.example", "info@dune.example", std::nullopt});
    // A table's column of addresses, whatever its header; a link in the text is not a signer's.
    auto const table = parse(with_signatories("| Organisation | Country | Source |\n|---|---|---|\n"
                                              "| Amber Lantern Association | Georgia | https://amber.example/letter |\n"
                                              "| Birchwood Institute | Poland | |\n"))
                           .statement;
    REQUIRE(table.signatories.size() == 2);
    CHECK(table.signatories[0].link == std::optional<std::string>("https://amber.example/letter"));
    CHECK_FALSE(table.signatories[1].link);
    auto const prose = parse("Statement\n\nWe, the undersigned, read [the report](https://report.example) with alarm.\n\n"
                             "Signatories:\nAmber Lantern Association (Georgia)\nBirchwood Institute (Poland)\n")
                           .statement;
    for (auto const& sig : prose.signatories) CHECK_FALSE(sig.link);
}

TEST_CASE("layouts: a contact line after the list is chrome, whatever its length") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association (Georgia)\n"
                                        "Birchwood Institute for Civic Rights (Poland)\n\n"
                                        "Contact: Mira Tallow, +44 20 1234 5678, mira@amber.example.org\n"
                                        "Tags: Saltmarsh, press freedom, Pelham Vale, journalists, closures\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(role_at(s, input, "Contact: Mira Tallow") == block_role::chrome_footer);
    CHECK(role_at(s, input, "Tags: Saltmarsh") == block_role::chrome_footer);
    // The key a chrome phrase with a comma or a parenthesis more: no signer.
    for (char const* line : {"For more information, contact: press@amber.example.org", "Media contact (EN): Oren Vale"}) {
        CAPTURE(line);
        auto const more = with_signatories(std::string("Signatories:\nAmber Lantern Association (Georgia)\n"
                                                       "Birchwood Institute for Civic Rights (Poland)\n\n") +
                                           line + "\n");
        auto const m = parse(more).statement;
        CHECK(m.signatories.size() == 2);
        CHECK(role_at(m, more, line) == block_role::chrome_footer);
    }
}

TEST_CASE("layouts: a numbered signer's name wrapped onto the next line of a PDF") {
    // The text is wrapped throughout (its lines go on in lower case); the list's numbers tell
    // nothing of that, and a name goes on in capitals under its number, but not after "(Country)".
    auto const input = "JOINT STATEMENT ON THE DETENTION OF DEFENDERS IN PELHAM VALE\n\n"
                       "We, the undersigned international and national human rights organisations, are\n"
                       "deeply concerned about the detention of five human rights defenders in the\n"
                       "country on 12 May 2027. The defenders were detained after they documented cases\n"
                       "of torture in police custody in the capital.\n\n"
                       "Signatories:\n"
                       "1. Amber Lantern Association for the Protection of Human Rights and\n"
                       "   Fundamental Freedoms (Armenia)\n"
                       "2. Birchwood Institute for Civic Rights and the Rule of Law (Poland)\n"
                       "3. Coral Bay Human Rights Forum of the Southern Lakes (Georgia)\n"
                       "Dune Press Freedom Centre (Kazakhstan)\n";
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association for the Protection of Human Rights and Fundamental Freedoms",
                                 "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights and the Rule of Law", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum of the Southern Lakes", "Georgia", "GE"),
                          org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ")});
    check_outline_covers(s, input);
    // Rows of a list in two columns are lines of their own, in a wrapped text too.
    auto const columns = parse("JOINT STATEMENT ON THE DETENTION OF DEFENDERS IN PELHAM VALE\n\n"
                               "We, the undersigned international and national human rights organisations, are\n"
                               "deeply concerned about the detention of five human rights defenders in the\n"
                               "country on 12 May 2027. The defenders were detained after they documented cases\n"
                               "of torture in police custody in the capital.\n\n"
                               "Signatories:\n"
                               "Amber Lantern Association                Birchwood Institute for Civic Rights\n"
                               "Coral Bay Human Rights Forum             Dune Press Freedom Centre\n")
                             .statement;
    check_signatories(columns, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                                org("Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre")});
}

TEST_CASE("layouts: a list in two columns copied from a PDF") {
    auto const input = with_signatories("Signatories:\n\n"
                                        "Amber Lantern Association          Birchwood Institute for Civic Rights\n"
                                        "Coral Bay Human Rights Forum       Dune Press Freedom Centre (Kazakhstan)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                          org("Coral Bay Human Rights Forum"), org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ")});
    REQUIRE(s.signatories.size() == 4);
    CHECK(original(input, s.signatories[1].span) == "Birchwood Institute for Civic Rights");
    CHECK(original(input, s.signatories[3].span) == "Dune Press Freedom Centre (Kazakhstan)");
}

TEST_CASE("layouts: a country column narrowed to two spaces by a long cell still ends its name's entry in a PDF's list") {
    auto const s = parse(with_signatories("Signatories:\n\n"
                                          "Amber Lantern Association            Armenia        Birchwood Institute           Poland\n"
                                          "Coral Bay Network for Openness (CBNO)  Côte d'Ivoire  Dune Press Centre             Sweden\n"
                                          "Elm Street Watch                     Georgia        Fern Valley Forum             Latvia\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Birchwood Institute", "Poland", "PL"),
                          org("Coral Bay Network for Openness", "CBNO", "Côte d'Ivoire", "CI"),
                          org_in("Dune Press Centre", "Sweden", "SE"), org_in("Elm Street Watch", "Georgia", "GE"),
                          org_in("Fern Valley Forum", "Latvia", "LV")});
}

TEST_CASE("layouts: a list numbered down its two columns: the second column's numbers are no part of its names") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "1.  Amber Lantern Association            3.  Coral Bay Human Rights Forum\n"
                                          "2.  Birchwood Institute for Civic Rights   4.  Dune Press Centre\n"))
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Coral Bay Human Rights Forum",
                                                   "Birchwood Institute for Civic Rights", "Dune Press Centre"});
}

TEST_CASE("layouts: a name wrapped in its column of a PDF's list is one signer") {
    auto const input = with_signatories(
        "Signatories:\n\n"
        "Amber Lantern Association, Georgia                    Birchwood Institute, Georgia\n"
        "Elm Street Watch                                      International Society for Open Courts\n"
        "Fern Valley Rights Centre, Belarus                    and Democracy (ISOCD), Georgia\n"
        "Kestrel Committee to Protect                          Linden Defenders, Sweden\n"
        "Writers (KCPW)                                        Coral Forum on Women, Law and\n"
        "Maple Rights Watch, Sweden                            Development (CFWLD)\n"
        "Oak Committee for Free Elections                      Pine Justice Centre\n"
        "   in Lakeshore (OCFEL)                               Quill Media Forum, Sweden\n");
    auto const s = parse(input).statement;
    // The rest of a name under it in its column, or indented under it: after a function word in
    // lower case, under a name that ends with one, or with an acronym that spells the two lines'
    // words together.
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"), org_in("Birchwood Institute", "Georgia", "GE"),
                          org("Elm Street Watch"), org("International Society for Open Courts and Democracy", "ISOCD", "Georgia", "GE"),
                          org_in("Fern Valley Rights Centre", "Belarus", "BY"), org("Kestrel Committee to Protect Writers", "KCPW"),
                          org_in("Linden Defenders", "Sweden", "SE"), org("Coral Forum on Women, Law and Development", "CFWLD"),
                          org_in("Maple Rights Watch", "Sweden", "SE"), org("Oak Committee for Free Elections in Lakeshore", "OCFEL"),
                          org("Pine Justice Centre"), org_in("Quill Media Forum", "Sweden", "SE")});
    REQUIRE(s.signatories.size() == 12);
    // The joined name's span runs from its first line to the end of its rest.
    CHECK(original(input, s.signatories[3].span).rfind("International Society for Open Courts", 0) == 0);
    CHECK(s.signatories[3].span.stop.line == s.signatories[3].span.start.line + 1);
}

TEST_CASE("layouts: a name's country in parentheses wrapped onto the line under it, in its column, is that name's") {
    // Under a header, and under a letter's closing without one; in two columns and in one.
    for (auto const* over : {"Signatories:\n\n", "Yours sincerely,\n\n"}) {
        auto const input = with_signatories(std::string(over) +
                                            "Amber Lantern Association (Armenia)            Birchwood Institute (Poland)\n"
                                            "Coral Bay Human Rights Union                   Dune Press Centre\n"
                                            "(Georgia)                                      (Sweden)\n"
                                            "Elm Street Watch (Georgia)                     Fern Valley Forum (Sweden)\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Birchwood Institute", "Poland", "PL"),
                              org_in("Coral Bay Human Rights Union", "Georgia", "GE"), org_in("Dune Press Centre", "Sweden", "SE"),
                              org_in("Elm Street Watch", "Georgia", "GE"), org_in("Fern Valley Forum", "Sweden", "SE")});
        REQUIRE(s.signatories.size() == 6);
        CHECK(original(input, s.signatories[3].span).substr(0, 17) == "Dune Press Centre");
        CHECK(original(input, s.signatories[3].span).substr(original(input, s.signatories[3].span).size() - 8) == "(Sweden)");
    }
    auto const one_column = parse(with_signatories("Signatories:\n\n"
                                                   "Amber Lantern Association (Armenia)\n"
                                                   "Coral Bay Human Rights Union\n"
                                                   "(Georgia)\n"
                                                   "Elm Street Watch (Georgia)\n"))
                                .statement;
    check_signatories(one_column, {org_in("Amber Lantern Association", "Armenia", "AM"),
                                   org_in("Coral Bay Human Rights Union", "Georgia", "GE"), org_in("Elm Street Watch", "Georgia", "GE")});
}

TEST_CASE("layouts: one name a line, a line opening with \"and\" is the list's next name, not the rest of the name above") {
    auto const s = parse(with_signatories("Signatories:\n\n"
                                          "Amber Lantern Association\n"
                                          "and Birchwood Institute for Civic Rights\n"
                                          "Coral Bay Forum (CBF)\n"))
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute for Civic Rights", "Coral Bay Forum"});
}

TEST_CASE("layouts: a footnote's mark after a name is not part of it") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association*\n"
                                        "Birchwood Institute for Civic Rights** (Poland)\n"
                                        "Coral Bay Human Rights Forum (CBF)\n\n"
                                        "* observer organisation\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lantern Association"), org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org("Coral Bay Human Rights Forum", "CBF")});
    // The footnote is the text's, as a note "[1] …" under the list is, its mark in its span.
    CHECK(s.unrecognised.empty());
    REQUIRE_FALSE(s.paragraphs.empty());
    CHECK(original(input, s.paragraphs.back().span) == "* observer organisation");
}

TEST_CASE("layouts: a PDF's note number glued to a name is no part of it where a note opens with it") {
    auto const list = std::string("Signatories:\n"
                                  "Amber Lantern Association3\n"
                                  "Birchwood Monitoring Network BMN4, Poland\n"
                                  "Coral Charter 97\n"
                                  "Dune Generation 2030\n");
    auto const noted = parse(with_signatories(list + "\n3 Signing from exile.\n4 Birchwood Network of Monitors on Policing.\n")).statement;
    check_signatories(noted, {org("Amber Lantern Association"), org_in("Birchwood Monitoring Network BMN", "Poland", "PL"),
                              org("Coral Charter 97"), org("Dune Generation 2030")});
    // No note opens with the number: it is the name's.
    auto const plain = parse(with_signatories(list)).statement;
    check_signatories(plain, {org("Amber Lantern Association3"), org_in("Birchwood Monitoring Network BMN4", "Poland", "PL"),
                              org("Coral Charter 97"), org("Dune Generation 2030")});
}

TEST_CASE("layouts: signatories with their web or mail address") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association (https://amber-lantern.example.org)\n"
                                        "Birchwood Institute for Civic Rights (BICR) \xE2\x80\x93 www.birchwood.example.org\n"
                                        "Coral Bay Human Rights Forum, Georgia, info@coralbay.example.org\n"
                                        "Dune Press Freedom Centre - https://dune.example.org/en/\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights", "BICR"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"), org("Dune Press Freedom Centre")});
    REQUIRE(s.signatories.size() == 4);
    // The address stays in the entry's span: it is in the text, and the model has no place for it.
    CHECK(original(input, s.signatories[1].span) ==
          "Birchwood Institute for Civic Rights (BICR) \xE2\x80\x93 www.birchwood.example.org");
}

TEST_CASE("layouts: signatories numbered '1 - Name'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "1 - Amber Lantern Association (Armenia)\n"
                                          "2 - Birchwood Institute for Civic Rights\n"
                                          "3- Coral Bay Human Rights Forum\n"
                                          "4 \xE2\x80\x93 Dune Press Freedom Centre\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org("Birchwood Institute for Civic Rights"),
                          org("Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre")});
}

TEST_CASE("layouts: a country or an acronym in square brackets") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association [Armenia]\n"
                                          "Birchwood Institute for Civic Rights [BICR]\n"
                                          "Dune Press Freedom Centre [email protected]\n"
                                          "Coral Bay Forum (Czech Republic) [added 17 May]\n"
                                          "Elm Street Legal Aid [new]\n"))
                       .statement;
    // An editor's note (or a scraper's placeholder of an address) in them is no part of the name.
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org("Birchwood Institute for Civic Rights", "BICR"), org("Dune Press Freedom Centre"),
                          org_in("Coral Bay Forum", "Czech Republic", "CZ"), org("Elm Street Legal Aid")});
}

TEST_CASE("layouts: people with their role or their organisation in parentheses") {
    auto const input = with_signatories("Signatories:\n"
                                        "Mira Tallow (journalist)\n"
                                        "Prof. Oren Vale (Birchwood Institute for Civic Rights, Poland)\n"
                                        "Ilse Marten (Coral Bay Human Rights Forum)\n"
                                        "Dune Press Freedom Centre (DPFC)\n"
                                        "Reform Civic Oversight (RCO is a coalition of newspapers)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {person("Mira Tallow", "journalist"),
                          {"Prof. Oren Vale", nullptr, "Poland", "PL", "Birchwood Institute for Civic Rights",
                           signatory_type::person},
                          person("Ilse Marten", "Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre", "DPFC"),
                          org("Reform Civic Oversight", "RCO")});
}

TEST_CASE("layouts: people written surname first, with their organisation in parentheses") {
    auto const input = with_signatories("Signatories:\n"
                                        "Tallow, Mira (Amber Lantern Association)\n"
                                        "VALE, Oren (Birchwood Institute for Civic Rights)\n"
                                        "Marten, Ilse\n"
                                        "Coral Bay Human Rights Forum (Georgia)\n");
    auto const s = parse(input).statement;
    // Without parentheses, the words after the comma must be a known given name: "Marten, Ilse"
    // is not told from "Memorial, Moscow" otherwise, and stays an organisation.
    check_signatories(s, {person("Tallow, Mira", "Amber Lantern Association"),
                          person("VALE, Oren", "Birchwood Institute for Civic Rights"), org("Marten, Ilse"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    CHECK(parse(with_signatories("Signatories:\nTallow, Anna\nVale, John\n")).statement.signatories.at(1).type ==
          signatory_type::person);
}

TEST_CASE("layouts: an organisation and its city after a comma is not a person and a role") {
    // A list that gives a country, the town after the comma is the organisation's place.
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Open Voice Now, Brussels\n"
                                          "Anna Berg, Memorial\n"
                                          "Amber Lantern Association (Armenia)\n"))
                       .statement;
    // "Anna" is a given name: a person and her organisation.
    check_signatories(s, {at(org("Open Voice Now"), "Brussels"), person("Anna Berg", "Memorial"),
                          org_in("Amber Lantern Association", "Armenia", "AM")});
    // A list that says no signer's place keeps the town in the name.
    auto const alone = parse(with_signatories("Signatories:\nOpen Voice Now, Brussels\nAmber Lantern Association\n")).statement;
    check_signatories(alone, {org("Open Voice Now, Brussels"), org("Amber Lantern Association")});
}

TEST_CASE("layouts: a town after a comma or a dash is the signer's place where its list places the others") {
    // Only some of the entries name a town, the others a country or a town in parentheses.
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Lumen Collective, Lyon\n"
                                          "Harbour Aid Network (Marseille)\n"
                                          "Coral Rights Forum (Belgium)\n"
                                          "Open Doors Alliance\n"
                                          "Riverside Welcome Circle, Lille\n"
                                          "Fundacja Bursztynowa Dolina \xE2\x80\x93 Pozna\xC5\x84\n"
                                          "\xD0\x9B\xD0\xB8\xD0\xB3\xD0\xB0 \xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB4\xD1\x8B, "
                                          "\xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBD\xD1\x8C\n"))  // Лига Правды, Казань
                       .statement;
    check_signatories(s, {at(org("Lumen Collective"), "Lyon"), at(org("Harbour Aid Network"), "Marseille"),
                          org_in("Coral Rights Forum", "Belgium", "BE"), org("Open Doors Alliance"),
                          at(org("Riverside Welcome Circle"), "Lille"), at(org("Fundacja Bursztynowa Dolina"), "Pozna\xC5\x84"),
                          at(org("\xD0\x9B\xD0\xB8\xD0\xB3\xD0\xB0 \xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB4\xD1\x8B"),
                             "\xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBD\xD1\x8C")});
    // One word before the comma: a person written surname first as often; two after it, words
    // of the name as often.
    auto const few = parse(with_signatories("Signatories:\nCoral Rights Forum (Belgium)\nTanaka, Yui\n"
                                            "Saltmarsh Press Union, Gorod Vale\nOpen Doors Alliance\nAmber Care Circle\n"))
                         .statement;
    check_signatories(few, {org_in("Coral Rights Forum", "Belgium", "BE"), org("Tanaka, Yui"),
                            org("Saltmarsh Press Union, Gorod Vale"), org("Open Doors Alliance"), org("Amber Care Circle")});
}

TEST_CASE("layouts: a note's mark glued to a signer inside its line, and the notes under the list") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Coral Institute (Kenya)\n"
                                          "Lantern Rights* (Tanzania)\n"
                                          "Mira Tallow*, lawyer\n"
                                          "Oren Vale\xC2\xB9, Dune Watch\n\n"
                                          "* Member of the Veloria Civic Platform\n"))
                       .statement;
    check_signatories(s, {org_in("Coral Institute", "Kenya", "KE"), org_in("Lantern Rights", "Tanzania", "TZ"),
                          person("Mira Tallow", "lawyer"), person("Oren Vale", "Dune Watch")});
}

TEST_CASE("layouts: a signer's name in two scripts apart by a slash keeps both, and the country after the second") {
    // Фонд Бурштинова Ініціатива / Amber Initiative Foundation (Ukraine)
    auto const s = parse(with_signatories("Signatories:\n"
                                          "\xD0\xA4\xD0\xBE\xD0\xBD\xD0\xB4 \xD0\x91\xD1\x83\xD1\x80\xD1\x88\xD1\x82\xD0\xB8\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0 "
                                          "\xD0\x86\xD0\xBD\xD1\x96\xD1\x86\xD1\x96\xD0\xB0\xD1\x82\xD0\xB8\xD0\xB2\xD0\xB0 / Amber Initiative Foundation (Ukraine)\n"
                                          "Harbour Rights Group (Poland)\n"))
                       .statement;
    check_signatories(s, {org_in("\xD0\xA4\xD0\xBE\xD0\xBD\xD0\xB4 \xD0\x91\xD1\x83\xD1\x80\xD1\x88\xD1\x82\xD0\xB8\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0 "
                                 "\xD0\x86\xD0\xBD\xD1\x96\xD1\x86\xD1\x96\xD0\xB0\xD1\x82\xD0\xB8\xD0\xB2\xD0\xB0 / Amber Initiative Foundation",
                                 "Ukraine", "UA"),
                          org_in("Harbour Rights Group", "Poland", "PL")});
}

TEST_CASE("layouts: a signature block's place and date apart by a column's gap is no signer") {
    auto const s = parse(with_signatories("Signed:\nAmber Civic Forum\nCoral Rights Network\nPort Amber,      14 May 2026\n")).statement;
    check_signatories(s, {org("Amber Civic Forum"), org("Coral Rights Network")});
}

// civic today: the acronym stays in the name ("Amber Lantern Association, ALA"), no acronym.
TEST_CASE("layouts: signatories as 'Name, ACR'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association, ALA\n"
                                          "Birchwood Institute for Civic Rights, BICR\n"
                                          "Coral Bay Human Rights Forum, CBHRF\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association", "ALA"), org("Birchwood Institute for Civic Rights", "BICR"),
                          org("Coral Bay Human Rights Forum", "CBHRF")});
}

TEST_CASE("layouts: signatories as 'Name - ACR'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association - ALA\n"
                                          "Birchwood Institute for Civic Rights - BICR\n"
                                          "Coral Bay Human Rights Forum - CBHRF\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association", "ALA"), org("Birchwood Institute for Civic Rights", "BICR"),
                          org("Coral Bay Human Rights Forum", "CBHRF")});
}

TEST_CASE("layouts: signatories glued on one line with ' \xE2\x80\x93 '") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association \xE2\x80\x93 Birchwood Institute for Civic Rights "
                                        "\xE2\x80\x93 Coral Bay Human Rights Forum \xE2\x80\x93 Dune Press Freedom Centre\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                          org("Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre")});
    REQUIRE(s.signatories.size() == 4);
    CHECK(original(input, s.signatories[1].span) == "Birchwood Institute for Civic Rights");
}

TEST_CASE("layouts: one entry the reader cannot take does not end the list after a header") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association (Armenia)\n"
                                        "Birchwood Institute for Civic Rights (Poland)\n"
                                        "More organisations joined after the first publication of the statement.\n"
                                        "Coral Bay Human Rights Forum (Georgia)\n"
                                        "Dune Press Freedom Centre (Kazakhstan)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ")});
    CHECK(role_at(s, input, "More organisations joined") == block_role::unrecognised);
    // What follows a list and is no run of entries still ends it.
    auto const ended = parse(with_signatories("Signatories:\n"
                                              "Amber Lantern Association (Armenia)\n"
                                              "Birchwood Institute for Civic Rights (Poland)\n\n"
                                              "the list remains open for new signatures until the end of the month.\n\n"
                                              "Contact us\n"))
                           .statement;
    CHECK(ended.signatories.size() == 2);
}

TEST_CASE("layouts: demands and signers glued on one line, after their introduction and their header") {
    struct shape {
        char const* written;
        std::vector<std::string> calls;
    };
    for (auto const& [written, calls] : std::vector<shape>{
             {"We call on the authorities of Norvia to: \xE2\x80\xA2 release the six lawyers; \xE2\x80\xA2 drop the charges; "
              "\xE2\x80\xA2 guarantee the independence of the bar.",
              {"release the six lawyers;", "drop the charges;", "guarantee the independence of the bar."}},
             {"We call on the authorities of Norvia to (a) release the six lawyers, (b) drop the charges, and (c) guarantee\n"
              "the independence of the bar.",
              {"release the six lawyers,", "drop the charges,", "guarantee the independence of the bar."}},
             {"We call on the authorities of Norvia to:\n1. release the six lawyers; 2. drop the charges; 3. guarantee the "
              "independence of the bar.",
              {"release the six lawyers;", "drop the charges;", "guarantee the independence of the bar."}}}) {
        std::string const demands = written;
        CAPTURE(demands);
        auto const input = "Norvia must free its lawyers\n\nWe, the undersigned organisations, condemn the arrest of six "
                           "lawyers in Norvia.\n\n" +
                           demands +
                           "\n\nSignatories: Amber Lantern Association (Armenia) \xE2\x80\xA2 Birchwood Institute for "
                           "Civic Rights (Poland) \xE2\x80\xA2 Coral Bay Human Rights Forum (Georgia)\n";
        auto const s = parse(input).statement;
        CHECK(describe_calls(s) == calls_to("the authorities of Norvia", calls));
        check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                              org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
        check_outline_covers(s, input);
    }
}

TEST_CASE("layouts: signatories glued on one line with middle dots, bars or slashes") {
    for (char const* written : {" \xC2\xB7 ", " | ", " / "}) {
        std::string const separator = written;
        CAPTURE(separator);
        auto const input = with_signatories("Signatories:\n"
                                            "Amber Lantern Association" + separator + "Birchwood Institute for Civic Rights" +
                                            separator + "Coral Bay Human Rights Forum (Georgia)" + separator +
                                            "Dune Press Freedom Centre\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                              org_in("Coral Bay Human Rights Forum", "Georgia", "GE"), org("Dune Press Freedom Centre")});
        REQUIRE(s.signatories.size() == 4);
        CHECK(original(input, s.signatories[2].span) == "Coral Bay Human Rights Forum (Georgia)");
    }
    // One slash makes two names of one ("Association Lanterne / Lantern Association"), no list.
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Association Lanterne d'Ambre / Amber Lantern Association\n"
                                          "Birchwood Institute for Civic Rights\n"))
                       .statement;
    check_signatories(s, {org("Association Lanterne d'Ambre / Amber Lantern Association"),
                          org("Birchwood Institute for Civic Rights")});
}

TEST_CASE("layouts: a list after a header and a table of signatures under it come out in the order of the text") {
    // The table is found by its own rule before the list after the header: its signers are
    // read first and put after the others, those at one place in the order they were read.
    auto const input = with_signatories("Signatories:\n\n"
                                        "Amber Lantern Association (Kyrgyzstan)\n"
                                        "Coral Bay Human Rights Forum (Georgia)\n"
                                        "Birchwood Institute for Civic Rights (Poland)\n\n"
                                        "| Organisation | Country |\n"
                                        "|---|---|\n"
                                        "| Stichting Wilgenkring | Netherlands |\n"
                                        "| Willowmere Listeners' Guild | Ireland |\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Kyrgyzstan", "KG"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Stichting Wilgenkring", "Netherlands", "NL"),
                          org_in("Willowmere Listeners' Guild", "Ireland", "IE")});
    REQUIRE(s.signatories.size() == 5);
    for (std::size_t i = 1; i < s.signatories.size(); ++i)
        CHECK(s.signatories[i - 1].span.begin < s.signatories[i].span.begin);
    CHECK(original(input, s.signatories[3].span) == "Stichting Wilgenkring");
}

TEST_CASE("layouts: signatories glued on one line with semicolons") {
    auto const input = with_signatories("Signatories:\n"
                                        "Amber Lantern Association (Armenia); Birchwood Institute for Civic Rights "
                                        "(Poland); Coral Bay Human Rights Forum (Georgia); Dune Press Freedom Centre "
                                        "(Romania)\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          org_in("Dune Press Freedom Centre", "Romania", "RO")});
    REQUIRE(s.signatories.size() == 4);
    CHECK(original(input, s.signatories[3].span) == "Dune Press Freedom Centre (Romania)");
}

TEST_CASE("layouts: names apart by semicolons over lines, the last line a long one with the list's full stop") {
    auto const s = parse(with_signatories("Signed: Amber Rights Group;\nBirchwood Press Watch; Coral Centre for Media Freedom;\n"
                                          "Dune Legal Aid Network; Kestrel Foundation for Open Society.\n"))
                       .statement;
    check_signatories(s, {org("Amber Rights Group"), org("Birchwood Press Watch"), org("Coral Centre for Media Freedom"),
                          org("Dune Legal Aid Network"), org("Kestrel Foundation for Open Society")});
    // A sentence apart by semicolons ends on a word of its own: no names.
    auto const prose = parse(with_signatories("Signatories:\nAmber Rights Group\nBirchwood Press Watch\n\n"
                                              "Coral Bay was closed in March; The Gazette was closed in May by decree.\n"))
                           .statement;
    CHECK(prose.signatories.size() == 2);
    // A PDF's lines of names apart by " ; ", a name wrapped over two of them with its acronym
    // after its second part, and the list's full stop after the last.
    auto const pdf = parse("Déclaration conjointe sur la suspension des associations\n\nNiamey, le 14 février 2026\n\n"
                           "Nous, organisations signataires, sommes profondément préoccupées par la suspension des "
                           "associations de défense des droits humains.\n\nLes organisations signataires :\n"
                           "Association Ambre pour la Défense des Droits (AADD) ;\n"
                           "Ligue Bouleau pour la Justice (LBJ) ; Collectif des Journalistes\n"
                           "Indépendants (CJI) ; Corail Solidarité.\n")
                         .statement;
    check_signatories(pdf, {org("Association Ambre pour la Défense des Droits", "AADD"), org("Ligue Bouleau pour la Justice", "LBJ"),
                            org("Collectif des Journalistes Indépendants", "CJI"), org("Corail Solidarité")});
}

TEST_CASE("layouts: the last item of names apart by semicolons, one name with 'et' whose acronym spells it whole") {
    auto const s = parse(with_signatories("Signataires : ACDH ; Ligue Ambre des Droits de l'Homme (LADH) ; "
                                          "Association Coralienne pour la Promotion et la D\xC3\xA9"
                                          "fense des Droits de l'Homme (ACPDH)\n"))
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Association Coralienne pour la Promotion et la D\xC3\xA9"
                                   "fense des Droits de l'Homme");
    CHECK(s.signatories[2].acronym == std::optional<std::string>("ACPDH"));
}

TEST_CASE("layouts: names apart by commas whose last two are joined by a conjunction") {
    // One comma or more, and a conjunction before the last name: each name a signer.
    auto s = parse(with_signatories("Signed:\n\nAmber Investigative Reporting Lab, Open Society Birchwood and Green Coral\n"
                                    "Dune Rights Centre\n"))
                 .statement;
    check_signatories(s, {org("Amber Investigative Reporting Lab"), org("Open Society Birchwood"), org("Green Coral"),
                          org("Dune Rights Centre")});
    s = parse(with_signatories("Signed:\nSolidarit\xC3\xA4tsnetz Amberg, Asylkoordination Birchwood, Demokratische Juristen Coral "
                               "und Kurdisches Kulturzentrum Dune\n"))
            .statement;
    check_signatories(s, {org("Solidarit\xC3\xA4tsnetz Amberg"), org("Asylkoordination Birchwood"), org("Demokratische Juristen Coral"),
                          org("Kurdisches Kulturzentrum Dune")});
    s = parse(with_signatories("Signed:\nFundacja Bursztynowa, Stowarzyszenie Otwarta Brzezina i Sie\xC4\x87 Obywatelska Watchdog Koral\n"))
            .statement;
    check_signatories(s, {org("Fundacja Bursztynowa"), org("Stowarzyszenie Otwarta Brzezina"), org("Sie\xC4\x87 Obywatelska Watchdog Koral")});
    // A comma before the conjunction too.
    s = parse(with_signatories("Signed:\nAmber Forum, Birchwood Watch, and Coral Bay Centre\nDune Union\n")).statement;
    check_signatories(s, {org("Amber Forum"), org("Birchwood Watch"), org("Coral Bay Centre"), org("Dune Union")});
    // A conjunction within the last name keeps it whole: a half of one word, the kind after it,
    // the kind alone before it, or what the name stands for before it.
    for (char const* last : {"Centre for Law and Democracy", "Human Rights and Democracy Centre",
                             "Institute for Peace and Conflict Studies", "Fundacja Wolno\xC5\x9B" "ci i Demokracji Obywatelskiej"}) {
        CAPTURE(last);
        s = parse(with_signatories(std::string("Signed:\nAmber Forum, Birchwood Watch, ") + last + "\nDune Union\n")).statement;
        check_signatories(s, {org("Amber Forum"), org("Birchwood Watch"), org(last), org("Dune Union")});
    }
}

TEST_CASE("layouts: names apart by commas, each with its country, wrapped over lines in the middle of a name") {
    auto const s = parse(with_signatories("Signed by:\n"
                                          "Amber Coalition for Climate Action (Mexico), Birchwood Centre of Women Lawyers (Kenya), Rural\n"
                                          "Institute for Climate Action (Colombia), Coral Union for Democracy (Jordan), Civic Alliance\n"
                                          "for Indigenous Peoples (Senegal), Dune Network for Press Freedom (Peru), Highland\n"
                                          "Forum for Human Rights (Georgia).\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Coalition for Climate Action", "Mexico", "MX"),
                          org_in("Birchwood Centre of Women Lawyers", "Kenya", "KE"),
                          org_in("Rural Institute for Climate Action", "Colombia", "CO"),
                          org_in("Coral Union for Democracy", "Jordan", "JO"),
                          org_in("Civic Alliance for Indigenous Peoples", "Senegal", "SN"),
                          org_in("Dune Network for Press Freedom", "Peru", "PE"),
                          org_in("Highland Forum for Human Rights", "Georgia", "GE")});
    // Names without parentheses: each line ends with a whole name.
    auto const plain = parse(with_signatories("Signed by:\nAmber Forum, Birchwood Watch, Coral Network\n"
                                              "Dune Centre, Eagle Union, Fern Trust\n"))
                           .statement;
    check_signatories(plain, {org("Amber Forum"), org("Birchwood Watch"), org("Coral Network"), org("Dune Centre"),
                              org("Eagle Union"), org("Fern Trust")});
}

TEST_CASE("layouts: a paragraph of names apart by semicolons whose last two are joined by 'and'") {
    // With acronyms, the last item read as two entries gave none of the list.
    auto s = parse(with_signatories("Signed:\n"
                                    "Amber Lantern Association; Birchwood Institute for Civic Rights (BICR); Coral "
                                    "Bay Press Forum (CBPF) and Dune Media and Law Centre (DMLC).\n"))
                 .statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights", "BICR"),
                          org("Coral Bay Press Forum", "CBPF"), org("Dune Media and Law Centre", "DMLC")});
    // Without them, the last two were one name.
    s = parse(with_signatories("Signed:\nAmber Lantern Association; Birchwood Institute; Coral Bay Press Forum "
                               "and Dune Watch.\n"))
            .statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute"), org("Coral Bay Press Forum"),
                          org("Dune Watch")});
    // An item with parts after a comma keeps its conjunction: it may be its affiliation's.
    s = parse(with_signatories("Signed: Dr. Mira Tallow, Birchwood Institute, Pelham Vale; Prof. Oren Vale, "
                               "Faculty of Law and Economics, Coral Bay.\n"))
            .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Prof. Oren Vale");
    // A conjunction after a name's first word, or after a compound's first part cut short, is
    // the name's.
    s = parse(with_signatories("Signed:\nAmber Lantern Association; Birchwood Institute; Services and Advice for "
                               "Peace in Coral Bay.\n"))
            .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute",
                                                  "Services and Advice for Peace in Coral Bay"});
    s = parse(with_signatories("Signed:\nAmber Lantern Association; Birchwood Institute; Coral Bay Verband f\xC3\xBCr "
                               "Kinder- und Jugendhilfe.\n"))
            .statement;
    CHECK(names_of(s).back() == "Coral Bay Verband f\xC3\xBCr Kinder- und Jugendhilfe");
}

TEST_CASE("layouts: numbered signatories '1. Name, Country'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "1. Amber Lantern Association, Armenia\n"
                                          "2. Birchwood Institute for Civic Rights, Poland\n"
                                          "3. Coral Bay Human Rights Forum, Georgia\n"
                                          "10. Dune Press Freedom Centre, Romania\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          org_in("Dune Press Freedom Centre", "Romania", "RO")});
}

TEST_CASE("layouts: bulleted signatories") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "\xE2\x80\xA2 Amber Lantern Association (Armenia)\n"
                                          "\xE2\x80\xA2 Birchwood Institute for Civic Rights (Poland)\n"
                                          "* Coral Bay Human Rights Forum (Georgia)\n"
                                          "- Dune Press Freedom Centre (Romania)\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          org_in("Dune Press Freedom Centre", "Romania", "RO")});
}

TEST_CASE("layouts: signatories separated by blank lines") {
    auto const s = parse(with_signatories("Signatories:\n\n"
                                          "Amber Lantern Association\n\n"
                                          "Birchwood Institute for Civic Rights\n\n"
                                          "Coral Bay Human Rights Forum\n\n"
                                          "Dune Press Freedom Centre\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                          org("Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre")});
}

TEST_CASE("layouts: an ALL-CAPS list with group headings; a heading is not a signatory") {
    auto const input = layout_fixture("all-caps-groups.txt");
    auto const s = parse(input).statement;
    check_signatories(s, {org("AMBER LANTERN ASSOCIATION"), org("BIRCHWOOD INSTITUTE FOR CIVIC RIGHTS"),
                          org("CORAL BAY HUMAN RIGHTS FORUM"), org("DUNE PRESS FREEDOM CENTRE"),
                          org("ELMSTEAD WATCH FOR DEMOCRACY")});
    CHECK(role_at(s, input, "SIGNATORIES") == block_role::signatory_header);
    CHECK(role_at(s, input, "INTERNATIONAL ORGANISATIONS:") != block_role::signatory);
    CHECK(role_at(s, input, "NATIONAL ORGANISATIONS:") != block_role::signatory);
    check_outline_covers(s, input);
}

// --- signatory headers ------------------------------------------------------------------

TEST_CASE("layouts: the header 'Signatories:'") {
    auto const input = layout_fixture("lang-en.txt");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
    CHECK(role_at(s, input, "Signatories:") == block_role::signatory_header);
}

TEST_CASE("layouts: the header 'Signed by:'") {
    auto const input = with_signatories("Signed by:\n"
                                        "Amber Lantern Association\n"
                                        "Birchwood Institute for Civic Rights\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
    CHECK(role_at(s, input, "Signed by:") == block_role::signatory_header);
}

TEST_CASE("layouts: the header 'List of endorsing organisations', without a colon") {
    auto const input = with_signatories("List of endorsing organisations\n"
                                        "Amber Lantern Association\n"
                                        "Birchwood Institute for Civic Rights\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
    CHECK(role_at(s, input, "List of endorsing organisations") == block_role::signatory_header);
}

TEST_CASE("layouts: the header 'Organisations signataires :'") {
    auto const input = layout_fixture("lang-fr.txt");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Association Lanterne d’Ambre"), org("Collectif des Tilleuls Solidaires")});
    CHECK(role_at(s, input, "Organisations signataires :") == block_role::signatory_header);
}

TEST_CASE("layouts: the header '\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB\xD0\xB8:'") {
    auto const input = layout_fixture("lang-ru.txt");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Ассоциация «Янтарный фонарь»"), org("Институт гражданских прав «Берёзовая роща»")});
    CHECK(role_at(s, input, "Подписали:") == block_role::signatory_header);
}

TEST_CASE("layouts: the header 'Unterzeichnet von:'") {
    auto const input = layout_fixture("lang-de.txt");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Verein Bernsteinlaterne"), org("Initiative Weidenkreis")});
    CHECK(role_at(s, input, "Unterzeichnet von:") == block_role::signatory_header);
}

TEST_CASE("layouts: a header in two languages apart by a slash, without a colon") {
    for (char const* written : {"Signataires / Signatories", "Signatories / Firmantes", "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB\xD0\xB8 / Signed"}) {
        auto const input = with_signatories(std::string(written) + "\n"
                                            "Amber Lantern Association, Guinea\n"
                                            "Birchwood Institute for Civic Rights, Senegal\n");
        auto const s = parse(input).statement;
        CAPTURE(written);
        check_signatories(s, {org_in("Amber Lantern Association", "Guinea", "GN"),
                              org_in("Birchwood Institute for Civic Rights", "Senegal", "SN")});
        CHECK(role_at(s, input, written) == block_role::signatory_header);
    }
}

TEST_CASE("layouts: headers without a colon, with a note in parentheses, and a letter's 'Signed,'") {
    for (char const* written : {"Endorsing organizations", "Supporting organisations", "Co-signers", "Signed,",
                                "Signatories (in alphabetical order):"}) {
        std::string const header = written;
        CAPTURE(header);
        auto const input = with_signatories(header +
                                            "\n\n"
                                            "Amber Lantern Association\n"
                                            "Birchwood Institute for Civic Rights\n"
                                            "Coral Bay Forum\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                              org("Coral Bay Forum")});
        CHECK(role_at(s, input, header) == block_role::signatory_header);
    }
}

// --- people -------------------------------------------------------------------------------

TEST_CASE("layouts: people as 'Name \xE2\x80\x93 Role'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Mira Tallow \xE2\x80\x93 Journalist\n"
                                          "Oren Castell \xE2\x80\x93 Director of the Amber Lantern Association\n"
                                          "Ilse Marwick \xE2\x80\x93 Human rights lawyer\n"))
                       .statement;
    check_signatories(s, {person("Mira Tallow", "Journalist"),
                          person("Oren Castell", "Director of the Amber Lantern Association"),
                          person("Ilse Marwick", "Human rights lawyer")});
    // A role in lower case, whatever it is, and the country after a dash of its own; without a
    // header, the run of such people after the text is its list.
    auto const dashed = parse(with_signatories("Mira Tallow \xE2\x80\x93 poet \xE2\x80\x93 Germany\n"
                                               "Oren Castell \xE2\x80\x93 cellist \xE2\x80\x93 Belarus\n"
                                               "Ilse Marwick \xE2\x80\x93 stage director\n"))
                            .statement;
    check_signatories(dashed, {in(person("Mira Tallow", "poet"), "Germany", "DE"), in(person("Oren Castell", "cellist"), "Belarus", "BY"),
                               person("Ilse Marwick", "stage director")});
}

TEST_CASE("layouts: people as 'Name, role, Organisation'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Mira Tallow, editor-in-chief, Saltmarsh Gazette\n"
                                          "Oren Castell, director, Amber Lantern Association\n"
                                          "Ilse Marwick, lawyer, Birchwood Institute for Civic Rights\n"))
                       .statement;
    check_signatories(s, {person("Mira Tallow", "editor-in-chief, Saltmarsh Gazette"),
                          person("Oren Castell", "director, Amber Lantern Association"),
                          person("Ilse Marwick", "lawyer, Birchwood Institute for Civic Rights")});
    // The particles of a family name after a given name; the acronym of the organisation a
    // person names is the role's.
    auto const more = parse(with_signatories("Signatories:\n"
                                             "Jan van der Berg, Birchwood Institute for Civic Rights\n"
                                             "Mar\xC3\xAD" "a de la Cruz, Amber Lantern Association (ALA)\n"
                                             "Centro de Estudios Legales, Argentina\n"))
                          .statement;
    check_signatories(more, {person("Jan van der Berg", "Birchwood Institute for Civic Rights"),
                             person("Mar\xC3\xAD" "a de la Cruz", "Amber Lantern Association (ALA)"),
                             in(org("Centro de Estudios Legales"), "Argentina", "AR")});
}

TEST_CASE("layouts: people as 'Name Title, Organisation'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Mira Tallow Director, Amber Lantern Association\n"
                                          "Oren Castell Chairman, Birchwood Institute for Civic Rights\n"
                                          "Ilse Marwick President, Coral Bay Human Rights Forum\n"))
                       .statement;
    check_signatories(s, {person("Mira Tallow", "Director, Amber Lantern Association"),
                          person("Oren Castell", "Chairman, Birchwood Institute for Civic Rights"),
                          person("Ilse Marwick", "President, Coral Bay Human Rights Forum")});
}

TEST_CASE("layouts: people as 'SURNAME Given, role'") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "TALLOW Mira, journalist\n"
                                          "CASTELL Oren, human rights lawyer\n"
                                          "MARWICK Ilse, member of the Pelham Vale town council\n"))
                       .statement;
    check_signatories(s, {person("TALLOW Mira", "journalist"), person("CASTELL Oren", "human rights lawyer"),
                          person("MARWICK Ilse", "member of the Pelham Vale town council")});
}

// The list-of-people rule takes a run of list items when six in ten are people with their
// affiliation, under an introduction that reads like a call; it stops reading a run once the
// items left cannot bring it there. Three of five is enough wherever the people stand; two
// of five is not, and the demands stay calls.
TEST_CASE("layouts: a list of people under a call-like line, six in ten") {
    std::string const head =
        "Joint statement on the detention of journalists in Pelham Vale\n\n"
        "We, the undersigned, are alarmed by the arrests of reporters this week.\n\n"
        "We call on the authorities to:\n";
    std::string const people[] = {"- Mira Tallow, editor-in-chief, Saltmarsh Gazette\n",
                                  "- Oren Castell, director, Amber Lantern Association\n",
                                  "- Ilse Marwick, lawyer, Birchwood Institute for Civic Rights\n"};
    std::string const demands[] = {"- Release everyone detained for reporting on the protests;\n",
                                   "- Drop all charges against the journalists of the Saltmarsh Gazette;\n",
                                   "- Guarantee the safety of journalists who report on local government.\n"};
    auto const names = [](statement const& s) {
        std::vector<std::string> out;
        for (auto const& sig : s.signatories) out.push_back(sig.name);
        return out;
    };
    auto const has = [](std::vector<std::string> const& v, char const* name) {
        return std::find(v.begin(), v.end(), name) != v.end();
    };
    for (bool people_first : {true, false}) {
        CAPTURE(people_first);
        auto const taken = parse(head + (people_first ? people[0] + people[1] + people[2] + demands[0] + demands[1]
                                                      : demands[0] + demands[1] + people[0] + people[1] + people[2]))
                               .statement;
        auto const signers = names(taken);
        CHECK(has(signers, "Mira Tallow"));
        CHECK(has(signers, "Oren Castell"));
        CHECK(has(signers, "Ilse Marwick"));
    }
    auto const not_taken = parse(head + demands[0] + demands[1] + demands[2] + people[0] + people[1]).statement;
    CHECK(not_taken.signatories.empty());
    std::size_t calls = 0;
    for (auto const& g : not_taken.call_groups) calls += g.calls.size();
    CHECK(calls >= 3);
}

TEST_CASE("layouts: a role line under a person's name") {
    auto const input = with_signatories("Signatories:\n\n"
                                        "Mira Tallow\n"
                                        "Director of the Amber Lantern Association\n\n"
                                        "Oren Castell\n"
                                        "Chair of the Birchwood Institute for Civic Rights\n");
    auto const s = parse(input).statement;
    check_signatories(s, {person("Mira Tallow", "Director of the Amber Lantern Association"),
                          person("Oren Castell", "Chair of the Birchwood Institute for Civic Rights")});
}

// --- markup and where a list ends ---------------------------------------------------------

// civic today: "Stichting Wilgenkring" (two capitalised words) is typed as a person.
TEST_CASE("layouts: a Markdown table with Name and Country columns") {
    auto const input = layout_fixture("markdown-table.md");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Association Lanterne d’Ambre", "France", "FR"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Stichting Wilgenkring", "Netherlands", "NL")});
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Open letter on the funding of community archives");
    CHECK(s.kind == statement_kind::open_letter);
    CHECK(role_at(s, input, "| Nom / Name") != block_role::signatory);
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a table's column of towns is each signer's place") {
    for (char const* header : {"| Organisation | City | Country |\n|---|---|---|\n", "Organisation\tCity\tCountry\n"}) {
        std::string const head = header;
        bool const tabs = head.find('\t') != std::string::npos;
        auto const row = [&](char const* name, char const* city, char const* country) {
            return tabs ? std::string(name) + "\t" + city + "\t" + country + "\n"
                        : "| " + std::string(name) + " | " + city + " | " + country + " |\n";
        };
        auto const s = parse(with_signatories("Signatories:\n\n" + head + row("Amber Lantern Association", "Yerevan", "Armenia") +
                                              row("Birchwood Institute for Civic Rights", "Kraków", "Poland")))
                           .statement;
        check_signatories(s, {at(org_in("Amber Lantern Association", "Armenia", "AM"), "Yerevan"),
                              at(org_in("Birchwood Institute for Civic Rights", "Poland", "PL"), "Kraków")});
    }
}

TEST_CASE("layouts: an HTML table of signatures, which has no row of dashes under its header") {
    auto const table = [](bool country_column) {
        std::string html = "<h2>Joint statement on the closure of the Saltmarsh Gazette</h2>\n"
                           "<p>We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.</p>\n";
        if (!country_column) html += "<h3>Signatories</h3>\n";
        html += country_column ? "<table>\n<tr><th>Organisation</th><th>Country</th></tr>\n"
                                 "<tr><td>Amber Lantern Association</td><td>Armenia</td></tr>\n"
                                 "<tr><td>Birchwood Institute for Civic Rights</td><td>Poland</td></tr>\n</table>\n"
                               : "<table>\n<tr><th>Organisation</th></tr>\n"
                                 "<tr><td>Amber Lantern Association</td></tr>\n"
                                 "<tr><td>Birchwood Institute for Civic Rights</td></tr>\n</table>\n";
        return html;
    };
    auto const with_countries = parse(table(true)).statement;
    check_signatories(with_countries, {org_in("Amber Lantern Association", "Armenia", "AM"),
                                       org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(with_countries.unrecognised.empty());
    auto const under_header = parse(table(false)).statement;
    check_signatories(under_header, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
}

TEST_CASE("layouts: a Markdown table with a line break or an escaped bar in a cell keeps its columns") {
    auto const input = with_signatories("| Organisation | Country |\n|---|---|\n"
                                        "| Amber Lantern Association<br>Yerevan Office | Armenia |\n"
                                        "| Rights \\| Birchwood | Poland |\n"
                                        "| Coral Bay Human Rights Forum | Georgia |\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association Yerevan Office", "Armenia", "AM"),
                          org_in("Rights \xC2\xA6 Birchwood", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    REQUIRE(s.signatories.size() == 3);
    CHECK(original(input, s.signatories[1].span) == "Rights \\| Birchwood");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: an HTML table written a cell a line, with paragraphs and line breaks in its cells") {
    auto const s = parse("<h2>Joint statement on the closure of the Saltmarsh Gazette</h2>\n"
                         "<p>We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.</p>\n"
                         "<table>\n  <thead>\n    <tr>\n      <th>Organisation</th>\n      <th>Country</th>\n    </tr>\n"
                         "  </thead>\n  <tbody>\n    <tr>\n      <td>Amber Lantern Association</td>\n      <td>Armenia</td>\n"
                         "    </tr>\n    <tr>\n      <td><p>Birchwood Institute</p></td><td><p>Poland</p></td>\n    </tr>\n"
                         "    <tr>\n      <td>\n        Coral Bay Forum for the Prevention\n        of Torture\n      </td>\n"
                         "      <td>Georgia</td>\n    </tr>\n  </tbody>\n</table>\n"
                         "<footer>Saltmarsh Watch \xC2\xA9 2026 \xC2\xB7 Privacy policy</footer>\n")
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Birchwood Institute", "Poland", "PL"),
                          org_in("Coral Bay Forum for the Prevention of Torture", "Georgia", "GE")});
    // A page laid out in a table keeps its lines.
    auto const laid_out = parse("<table><tr><td>\n<h2>Joint statement on the closure of the Saltmarsh Gazette</h2>\n"
                                "<p>We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.</p>\n"
                                "<h3>Signatories</h3>\n<ul>\n<li>Amber Lantern Association</li>\n"
                                "<li>Birchwood Institute</li>\n</ul>\n</td></tr></table>\n")
                              .statement;
    CHECK(laid_out.signatories.size() == 2);
}

TEST_CASE("layouts: group headings whose header word comes first ('Organisations nationales :'), with no header over them") {
    auto const s = parse("Communiqu\xC3\xA9 commun\n\nNous, organisations signataires, demandons le retrait du projet de loi.\n\n"
                         "Organisations nationales :\nLigue amberienne des droits (LAD)\nSyndicat de la magistrature d'Amber\n\n"
                         "Organisations locales :\nCollectif Birchwood Solidarit\xC3\xA9\n\n"
                         "Personnalit\xC3\xA9s :\nMarie Corail, avocate\n")
                       .statement;
    CHECK(s.signatories.size() == 4);
}

TEST_CASE("layouts: a note on the list's order under its header, and a last signer of one short word") {
    auto const s = parse(with_signatories("Signatories:\n(in alphabetical order)\nAmber Lantern Association\nGisti\n")).statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Gisti")});
}

TEST_CASE("layouts: a country over its entries on one line apart by semicolons, with the list's full stop") {
    auto const s = parse("Pronunciamiento\n\nLas organizaciones firmantes exigimos la liberaci\xC3\xB3n de los defensores.\n\n"
                         "Firman:\nNicaragua: Colectivo Amber Nunca M\xC3\xA1s; Unidad de Defensa Jur\xC3\xAD" "dica (UDJ); Centro Coral.\n"
                         "Costa Rica: Asociaci\xC3\xB3n Birchwood de Solidaridad; Servicio Jesuita Dune.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[0].name == "Colectivo Amber Nunca M\xC3\xA1s");
    CHECK(s.signatories[4].name == "Servicio Jesuita Dune");
    CHECK(s.signatories[4].country_code == std::optional<std::string>("CR"));
}

TEST_CASE("layouts: a country over its entries on one line apart by commas, or over one name, with the line's full stop") {
    auto const s = parse("Pronunciamiento\n\nLas organizaciones firmantes exigimos la liberaci\xC3\xB3n de los defensores.\n\n"
                         "Firman:\nVENEZUELA: Acci\xC3\xB3n Ciudadana por la Paz, Observatorio de Derechos del Coral, Defensores en Red Dune.\n"
                         "COLOMBIA: Corporaci\xC3\xB3n Birchwood, Fundaci\xC3\xB3n Elm Norte.\n"
                         "M\xC3\x89XICO: Centro de Derechos Humanos Linden Sur.\n"
                         "ARGENTINA: Centro de Estudios por la Memoria Activa.\n")
                       .statement;
    check_signatories(s, {org_in("Acci\xC3\xB3n Ciudadana por la Paz", "VENEZUELA", "VE"),
                          org_in("Observatorio de Derechos del Coral", "VENEZUELA", "VE"),
                          org_in("Defensores en Red Dune", "VENEZUELA", "VE"), org_in("Corporaci\xC3\xB3n Birchwood", "COLOMBIA", "CO"),
                          org_in("Fundaci\xC3\xB3n Elm Norte", "COLOMBIA", "CO"),
                          org_in("Centro de Derechos Humanos Linden Sur", "M\xC3\x89XICO", "MX"),
                          org_in("Centro de Estudios por la Memoria Activa", "ARGENTINA", "AR")});
}

TEST_CASE("layouts: a country's heading before a sentence is no list of names") {
    // Its words in lower case are a sentence's, not a name's function words.
    auto const s = parse("Joint statement on Lakeshore\n\nWe, the undersigned organisations, call on the "
                         "authorities of Lakeshore to end the crackdown on civil society.\n\n"
                         "Signatories:\nAmber Lantern Association (Georgia)\nBirchwood Institute (Poland)\n\n"
                         "Kenya: Police raided the offices of three organisations last week.\n")
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"), org_in("Birchwood Institute", "Poland", "PL")});
}

TEST_CASE("layouts: a source's line under the list is no signer") {
    for (char const* source : {"Source: Saltmarsh Watch website\n", "\xD0\x98\xD1\x81\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA: saltmarsh.example\n",
                               "Kontakt dla medi\xC3\xB3w: media@saltmarsh.example\n", "Folgen Sie uns: Facebook | Instagram\n",
                               "Pentru pres\xC4\x83: Elena Ionescu, 0722 000 000\n"}) {
        CAPTURE(source);
        check_list_ends_before(source);
    }
}

TEST_CASE("layouts: a table of signatures pasted from a spreadsheet, its cells between tabs") {
    auto const input = with_signatories("Organisation\tCountry\n"
                                        "Amber Lantern Association\tArmenia\n"
                                        "Birchwood Institute for Civic Rights\tPoland\n"
                                        "Coral Bay Human Rights Forum\t\tGeorgia\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org("Coral Bay Human Rights Forum")});
    CHECK(role_at(s, input, "Organisation\tCountry") == block_role::signatory_header);
    REQUIRE(s.signatories.size() == 3);
    CHECK(original(input, s.signatories[1].span) == "Birchwood Institute for Civic Rights");
}

TEST_CASE("layouts: a form's export, its cells between commas under a header row; a quoted cell's comma and its rows' times") {
    auto const input = std::string("Joint statement on the closure of the Saltmarsh Gazette\n\n10 March 2026\n\n"
                                   "We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette, the last "
                                   "independent newspaper of Pelham Vale.\n\n"
                                   "List of signatories:\n\n"
                                   "Timestamp,Organisation name,Country\n"
                                   "3/1/2026 9:14:22,Amber Lantern Association,Armenia\n"
                                   "3/1/2026 15:33:08,\"Birchwood Institute for Civic Rights, Inc. (BICR)\",Poland\n"
                                   "3/4/2026 21:11:02,Coral Bay Human Rights Forum,Georgia\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org("Birchwood Institute for Civic Rights, Inc.", "BICR", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    CHECK(role_at(s, input, "Timestamp,Organisation name,Country") == block_role::signatory_header);
    // The times the form took the rows at date no statement.
    REQUIRE(s.date.has_value());
    CHECK(s.date->month == 3);
    CHECK(s.date->day == 10);
    // Names and countries apart by commas without a header row are a list's entries.
    check_signatories(parse(with_signatories("Signatories:\nAmber Lantern Association,Armenia\n"
                                             "Birchwood Institute for Civic Rights,Poland\n"))
                          .statement,
                      {org_in("Amber Lantern Association", "Armenia", "AM"),
                       org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

TEST_CASE("layouts: a lead-in that names the network whose members sign under it ('Members of the X,') is no signer") {
    for (char const* lead_in : {"Members of the Amber Free Expression Network,", "The members of the Amber Free Expression Network,"}) {
        CAPTURE(lead_in);
        check_signatories(parse(with_signatories(std::string(lead_in) + "\n\n"
                                                 "Birchwood Press Watch (Ghana)\n"
                                                 "Coral Bay Media Centre (Kenya)\n"
                                                 "Dune Association of Rural Journalists (India)\n"))
                              .statement,
                          {org_in("Birchwood Press Watch", "Ghana", "GH"), org_in("Coral Bay Media Centre", "Kenya", "KE"),
                           org_in("Dune Association of Rural Journalists", "India", "IN")});
    }
    // In French, after its article.
    check_signatories(parse("Lettre commune sur la fermeture du Journal des Marais\n\n"
                            "Nous demandons aux autorités de Pelham Vale de rouvrir le Journal des Marais.\n\n"
                            "Les membres du Réseau Amber pour la liberté d'expression,\n\n"
                            "Ligue Birchwood pour la presse libre (Sénégal)\n"
                            "Centre Coral Bay des médias (Cameroun)\n")
                          .statement,
                      {org_in("Ligue Birchwood pour la presse libre", "Sénégal", "SN"),
                       org_in("Centre Coral Bay des médias", "Cameroun", "CM")});
}

TEST_CASE("layouts: a signature sheet's column of patronymics, beside the given names and surnames, is part of each person's name") {
    // "Фамилия | Имя | Отчество | Город": one person a row, written given name, patronymic and
    // surname ("Мария Петровна Морозова"), where the patronymic was left out of the name.
    auto const ru = std::string("Обращение к прокурору Северной области\n\n"
                                "Мы, нижеподписавшиеся, требуем освободить задержанных активистов.\n\n"
                                "Подписали:\n\n"
                                "Фамилия\tИмя\tОтчество\tГород\n"
                                "Морозова\tМария\tПетровна\tПермь\n"
                                "Зорин\tАлексей\tНиколаевич\tТомск\n");
    auto const s = parse(ru).statement;
    check_signatories(s, {at(person("Мария Петровна Морозова"), "Пермь"), at(person("Алексей Николаевич Зорин"), "Томск")});
    REQUIRE(s.signatories.size() == 2);
    CHECK(original(ru, s.signatories[0].span) == "Морозова\tМария\tПетровна");
    // "Прізвище | Ім'я | По батькові": the same sheet in Ukrainian.
    check_signatories(parse("Звернення до прокурора Північної області\n\n"
                            "Ми, що підписалися нижче, вимагаємо звільнити затриманих активістів.\n\n"
                            "Підписали:\n\n"
                            "Прізвище\tІм'я\tПо батькові\n"
                            "Бондар\tОлена\tАндріївна\n"
                            "Гнатюк\tОлексій\tМиколайович\n")
                          .statement,
                      {person("Олена Андріївна Бондар"), person("Олексій Миколайович Гнатюк")});
}

TEST_CASE("layouts: a form's export read by its header row: a person's name in two columns, a row of an organisation without a person's name, a column of times") {
    // "Horodateur;Nom;Prénom;Pays": the given name, then the surname, one person; the form's
    // times say nothing of the signers.
    auto const split = with_signatories("Liste des signataires :\n\n"
                                        "Horodateur;Nom;Pr\xC3\xA9nom;Pays\n"
                                        "10/11/2025 09:12:44;Tallow;Mira;France\n"
                                        "10/11/2025 09:40:01;Amberly;Kestrel;Belgique\n");
    auto const s = parse(split).statement;
    check_signatories(s, {in(person("Mira Tallow"), "France", "FR"), in(person("Kestrel Amberly"), "Belgique", "BE")});
    REQUIRE(s.signatories.size() == 2);
    CHECK(original(split, s.signatories[0].span) == "Tallow;Mira");
    // "Last name,First name" beside a column of organisations: people, each with theirs.
    check_signatories(parse(with_signatories("Timestamp,Last name,First name,Organisation,Country\n"
                                             "3/1/2026 9:14:22,Tallow,Mira,Amber Digital Rights,Estonia\n"
                                             "3/1/2026 15:33:08,Amberly,Kestrel,Birchwood Privacy Forum,Sweden\n"))
                          .statement,
                      {in(person("Mira Tallow", "Amber Digital Rights"), "Estonia", "EE"),
                       in(person("Kestrel Amberly", "Birchwood Privacy Forum"), "Sweden", "SE")});
    // A form that asks for a person's name and an organisation's: a row with no person's name
    // is the organisation's, one with no organisation a person's; in either order of the columns.
    for (char const* header : {"Timestamp,Name,Organisation,Country\n", "Timestamp,Organisation,Name,Country\n"}) {
        CAPTURE(header);
        bool const name_first = std::string_view(header).find("Name") < std::string_view(header).find("Organisation");
        auto const row = [&](char const* time, char const* name, char const* organisation, char const* country) {
            return std::string(time) + "," + (name_first ? name : organisation) + "," + (name_first ? organisation : name) +
                   "," + country + "\n";
        };
        auto const input = with_signatories(std::string(header) + row("3/1/2026 9:14:22", "", "Amber Lantern Association", "Armenia") +
                                            row("3/1/2026 9:30:51", "Kestrel Amberly", "", "Kenya") +
                                            row("3/2/2026 11:02:17", "Mira Tallow", "Coral Bay Human Rights Forum", "Georgia"));
        auto const mixed = parse(input).statement;
        check_signatories(mixed, {org_in("Amber Lantern Association", "Armenia", "AM"), in(person("Kestrel Amberly"), "Kenya", "KE"),
                                  in(person("Mira Tallow", "Coral Bay Human Rights Forum"), "Georgia", "GE")});
        REQUIRE(mixed.signatories.size() == 3);
        CHECK(original(input, mixed.signatories[0].span) == "Amber Lantern Association");
    }
}

TEST_CASE("layouts: a PDF's table of three columns apart by gaps, its headings repeated atop a page; a column of types after the country") {
    auto const input = with_signatories("Yours sincerely,\n\n"
                                        "Organisation                               Country          Type\n"
                                        "Amber Lantern Association (ALA) Vanadzor   Armenia          NGO\n"
                                        "Birchwood Institute for Civic Rights     Poland           Campaign group\n"
                                        "Organisation                             Country          Type\n"
                                        "Coral Bay Human Rights Forum             Georgia          Network\n"
                                        "Kestrel Amberly                          Kenya            Individual\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association (ALA) Vanadzor", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"), in(person("Kestrel Amberly"), "Kenya", "KE")});
    // In a Markdown table too: "Individual" in its column of types makes a person.
    check_signatories(parse(with_signatories("| Organisation | Country | Type |\n|---|---|---|\n"
                                             "| Amber Lantern Association | Armenia | NGO |\n"
                                             "| Kestrel Amberly | Kenya | Individual |\n"))
                          .statement,
                      {org_in("Amber Lantern Association", "Armenia", "AM"), in(person("Kestrel Amberly"), "Kenya", "KE")});
}

TEST_CASE("layouts: a table's column of organisations beside people's names gives their role; a column of who signs for each organisation no signer") {
    // "Name<tab>Organisation<tab>Country", running to the text's end: people, each with the
    // organisation they sign for, whatever their names look like.
    auto const tabbed = with_signatories("Signed,\n\nName\tOrganisation\tCountry\n"
                                         "Mira Tallow\tAmber Digital Rights\tEstonia\n"
                                         "Kestrel Amberly\tBirchwood Privacy Forum\tSweden\n");
    auto const s = parse(tabbed).statement;
    check_signatories(s, {in(person("Mira Tallow", "Amber Digital Rights"), "Estonia", "EE"),
                          in(person("Kestrel Amberly", "Birchwood Privacy Forum"), "Sweden", "SE")});
    CHECK(role_at(s, tabbed, "Name\tOrganisation\tCountry") == block_role::signatory_header);
    // The same in a Markdown table, and under "Affiliation".
    check_signatories(parse(with_signatories("| Name | Affiliation | Country |\n|---|---|---|\n"
                                             "| Kestrel Amberly | Coral Open Net | Slovenia |\n"))
                          .statement,
                      {in(person("Kestrel Amberly", "Coral Open Net"), "Slovenia", "SI")});
    // A PDF's columns apart by gaps: the one who signs for each organisation is no signer, nor
    // does their column keep the table from being read.
    auto const spaced = with_signatories("Organisation                        Country        Signed by\n"
                                         "Amber Press Freedom Centre          Kenya          Wanjiru Otieno, Director\n"
                                         "Birchwood Journalists Union         Uganda         Samuel Okello\n"
                                         "Coral Media Watch                   Tanzania\n");
    check_signatories(parse(spaced).statement, {org_in("Amber Press Freedom Centre", "Kenya", "KE"),
                                                org_in("Birchwood Journalists Union", "Uganda", "UG"),
                                                org_in("Coral Media Watch", "Tanzania", "TZ")});
    // A column of posts beside the organisations' gives the post first, whatever its word.
    check_signatories(parse(with_signatories("Sincerely,\n\nName\tTitle\tOrganisation\n"
                                             "Dr Mira Tallow\tEndocrinologist\tAmber Children's Hospital\n"
                                             "Kestrel Amberly\tProfessor\tUniversity of Seeburg\n"))
                          .statement,
                      {person("Dr Mira Tallow", "Endocrinologist, Amber Children's Hospital"),
                       person("Kestrel Amberly", "Professor, University of Seeburg")});
    // A form's export: the one who signs for each and their title are no signers, nor is the
    // header row; a column of states gives the place, and one of mail addresses no kind.
    check_signatories(parse(with_signatories("Organization Name,City,State,Signer Name,Title\n"
                                             "Amber Valley Community Radio,Springfield,IL,Rosa Delgado,Station Manager\n"
                                             "Birchwood Listeners Guild,Eugene,OR,Tom Harlan,Board Chair\n"))
                          .statement,
                      {at(org("Amber Valley Community Radio"), "Springfield"), at(org("Birchwood Listeners Guild"), "Eugene")});
    check_signatories(parse(with_signatories("| Organisation | State | Contact |\n|---|---|---|\n"
                                             "| Amber Privacy Foundation | NSW | board@amber.example |\n"))
                          .statement,
                      {at(org("Amber Privacy Foundation"), "NSW")});
}

TEST_CASE("layouts: a PDF's table with a column of numbers, a name wrapped in its cell onto the next line") {
    auto const input = with_signatories("List of endorsing organisations\n\n"
                                        "No.   Organisation                                   Country\n"
                                        "1     Amber Lawyers for Civic Rights (ALCR)          Thailand\n"
                                        "2     Birchwood Free Expression Alli-                Regional\n"
                                        "      ance (BFEA)\n"
                                        "3     Coral Students' Solidarity Movement            Malaysia\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Amber Lawyers for Civic Rights", "ALCR", "Thailand", "TH"),
                          org("Birchwood Free Expression Alliance", "BFEA", "Regional"),
                          org_in("Coral Students' Solidarity Movement", "Malaysia", "MY")});
    CHECK(role_at(s, input, "No.   Organisation") == block_role::signatory_header);
}

TEST_CASE("layouts: a PDF's column of row numbers headed two spaces from the next heading, beside a column of each organisation's head") {
    // "No.  Organisation": the numbers' column narrower than the table's gaps.
    auto const input = with_signatories("Signatories:\n\n"
                                        "No.  Organisation                         City         Representative\n"
                                        "1    Amber Lantern Association            Port Amber   Mira Tallow\n"
                                        "2    Birchwood Institute                  Eastbrook    Oren Vale\n"
                                        "3    Coral Bay Forum                      Saltmarsh    Liis Tamm\n");
    auto const s = parse(input).statement;
    check_signatories(s, {at(org("Amber Lantern Association"), "Port Amber"), at(org("Birchwood Institute"), "Eastbrook"),
                          at(org("Coral Bay Forum"), "Saltmarsh")});
    CHECK(role_at(s, input, "No.  Organisation") == block_role::signatory_header);
    // "Керівник", the head who signs for each organisation, no signer of their own.
    auto const uk = parse("ЗВЕРНЕННЯ\nгромадських організацій щодо захисту прав переселенців\n\n"
                          "Ми, громадські організації, що підписали це звернення, закликаємо уряд ухвалити закон про житло.\n\n"
                          "Підписанти:\n\n"
                          "№    Назва організації                  Місто          Керівник\n"
                          "1    ГО «Бурштинові громади»             Дніпро         Ганна Литвин\n"
                          "2    БФ «Березовий дім»                  Полтава        Петро Коваль\n")
                        .statement;
    check_signatories(uk, {at(org("ГО «Бурштинові громади»"), "Дніпро"), at(org("БФ «Березовий дім»"), "Полтава")});
}

TEST_CASE("layouts: a text that is only a list of signers, each with its country in parentheses, has no headline") {
    auto const input = std::string("Amber Lantern Association (Kenya)\n"
                                   "Birchwood Institute (Tanzania)\n"
                                   "Coral Bay Forum (Uganda)\n");
    auto const s = parse(input).statement;
    CHECK_FALSE(s.title.has_value());
    CHECK(role_at(s, input, "Amber Lantern Association") != block_role::title);
}

TEST_CASE("layouts: a text that is only a list of signers is their list, with no headline among them") {
    // Each with its country in parentheses, or after a dash.
    for (std::string const dash : {" (", " \xE2\x80\x93 "}) {
        auto const close = dash == " (" ? ")" : "";
        auto const input = "Amber Lantern Association" + dash + "Kenya" + close + "\n"
                           "Birchwood Institute" + dash + "Tanzania" + close + "\n"
                           "Coral Bay Forum" + dash + "Uganda" + close + "\n"
                           "Heron Valley Women's Forum" + dash + "Moldova" + close + "\n";
        CAPTURE(input);
        auto const s = parse(input).statement;
        CHECK_FALSE(s.title.has_value());
        check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org_in("Birchwood Institute", "Tanzania", "TZ"),
                              org_in("Coral Bay Forum", "Uganda", "UG"), org_in("Heron Valley Women's Forum", "Moldova", "MD")});
    }
}

TEST_CASE("layouts: a table drawn in plain text of a header and one or two rows keeps its rules out and its rows in") {
    // "+----+----+" over, between and under the rows, as ASCII draws it; or box-drawing rules.
    for (auto const& [top, middle, bottom] :
         {std::array<std::string, 3>{"+------------------------------+-----------+", "+------------------------------+-----------+",
                                     "+------------------------------+-----------+"},
          std::array<std::string, 3>{"┌──────────────────────────────┬───────────┐", "├──────────────────────────────┼───────────┤",
                                     "└──────────────────────────────┴───────────┘"}}) {
        auto const bar = top[0] == '+' ? std::string("|") : std::string("│");
        auto const row = [&](char const* name, char const* country) {
            auto padded = std::string(name) + std::string(29 - std::string(name).size(), ' ');
            return bar + " " + padded + bar + " " + country + std::string(10 - std::string(country).size(), ' ') + bar + "\n";
        };
        auto const input = with_signatories("Signatories:\n\n" + top + "\n" + row("Organisation", "Country") + middle + "\n" +
                                            row("Amber Lantern Association", "Kenya") + row("Birchwood Institute", "Tanzania") +
                                            bottom + "\n");
        CAPTURE(input);
        auto s = parse(input).statement;
        check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org_in("Birchwood Institute", "Tanzania", "TZ")});
        CHECK(all_calls(s).empty());
        // One row under the header, the header's rule drawn over it: the rule is no demand of
        // the sentence over the table ('+' read as a list's marker made one).
        auto const one = "Open letter on the closure of the Saltmarsh Gazette\n\n"
                         "We, the undersigned organisations, call on the regional administration to reopen the Saltmarsh Gazette.\n\n" +
                         top + "\n" + row("Organisation", "Country") + middle + "\n" + row("Amber Lantern Association", "Kenya") +
                         bottom + "\n";
        CAPTURE(one);
        s = parse(one).statement;
        check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE")});
        CHECK(all_calls(s).empty());
        // Rows without a header row under "Signatories:", the rule between them.
        s = parse(with_signatories("Signatories:\n\n" + top + "\n" + row("Amber Lantern Association", "Kenya") + middle + "\n" +
                                   row("Birchwood Institute", "Tanzania") + bottom + "\n"))
                .statement;
        check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org_in("Birchwood Institute", "Tanzania", "TZ")});
    }
}

TEST_CASE("layouts: a table drawn with box-drawing characters reads as one typed with bars") {
    auto const s = parse(with_signatories("Signatories:\n\n"
                                          "┌──────────────────────────────┬─────────────┐\n"
                                          "│ Organisation                 │ Country     │\n"
                                          "├──────────────────────────────┼─────────────┤\n"
                                          "│ Amber Lantern Association    │ Kenya       │\n"
                                          "│ Birchwood Institute          │ Tanzania    │\n"
                                          "│ Coral Bay Forum              │ Uganda      │\n"
                                          "└──────────────────────────────┴─────────────┘\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org_in("Birchwood Institute", "Tanzania", "TZ"),
                          org_in("Coral Bay Forum", "Uganda", "UG")});
}

TEST_CASE("layouts: a table's column of the day each signer signed says nothing of the signer") {
    auto const input = with_signatories("Signatories:\n\n"
                                        "Organisation                        Country         Signed on\n"
                                        "Amber Lantern Association           Kenya           18 January 2026\n"
                                        "Birchwood Institute                 Tanzania        19 January 2026\n"
                                        "Coral Bay Forum                     Uganda          20 January 2026\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org_in("Birchwood Institute", "Tanzania", "TZ"),
                          org_in("Coral Bay Forum", "Uganda", "UG")});
    CHECK(role_at(s, input, "Organisation   ") == block_role::signatory_header);
}

TEST_CASE("layouts: the day in a signer's row of a table dates its signature, not the text") {
    // A Markdown or HTML table, or a PDF's columns, its last row signed a day before the text's date.
    auto const opening = std::string("Joint statement on the arrest of journalists in Pelham Vale\n\n14 March 2026\n\n"
                                     "We, the undersigned organisations, call on the authorities to release the journalists.\n\n"
                                     "Signatories:\n\n");
    for (std::string const& table : {std::string("| Organisation | Country | Signed on |\n|---|---|---|\n"
                                                "| Amber Lantern Association | Kenya | 12 March 2026 |\n"
                                                "| Birchwood Institute | | 13 March 2026 |\n"),
                                    std::string("<table><tr><th>Organisation</th><th>Country</th><th>Signed on</th></tr>\n"
                                                "<tr><td>Amber Lantern Association</td><td>Kenya</td><td>12 March 2026</td></tr>\n"
                                                "<tr><td>Birchwood Institute</td><td></td><td>13 March 2026</td></tr></table>\n"),
                                    std::string("Organisation                        Country         Signed on\n"
                                                "Amber Lantern Association           Kenya           12 March 2026\n"
                                                "Birchwood Institute                 Tanzania        13 March 2026\n")}) {
        CAPTURE(table);
        auto const s = parse(opening + table).statement;
        REQUIRE(s.signatories.size() == 2);
        REQUIRE(s.date.has_value());
        CHECK(s.date->day == 14);
    }
}

TEST_CASE("layouts: a PDF's table whose header row is printed again atop the next page reads on under it") {
    // The header beside the page's number on both pages is the table's, no running header.
    auto const input = with_signatories("Signatories:\n\n"
                                        "No.   Organisation                          Country\n"
                                        "1     Amber Lantern Association             Kenya\n"
                                        "2     Birchwood Institute                   Tanzania\n\n"
                                        "Page 1 of 2\n\f"
                                        "No.   Organisation                          Country\n"
                                        "3     Coral Bay Forum                       Uganda\n"
                                        "4     Heron Valley Women's Forum            Moldova\n\n"
                                        "Page 2 of 2\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org_in("Birchwood Institute", "Tanzania", "TZ"),
                          org_in("Coral Bay Forum", "Uganda", "UG"), org_in("Heron Valley Women's Forum", "Moldova", "MD")});
    CHECK(role_at(s, input, "No.   Organisation") == block_role::signatory_header);
}

TEST_CASE("layouts: a table of people under headings of their posts and institutions, or without a header row: one person a row") {
    // "Name   Title / Position   Institution" with no heading over it: each row a person, their
    // post and institution their role, whatever words the post has.
    auto const input = with_signatories("Name                      Title / Position                      Institution\n"
                                        "Prof. Mira Tallow         Professor of Constitutional Law       University of Seeburg\n"
                                        "Judge (ret.) Oren Vale    Former Justice of the Supreme Court   Pelham Vale\n"
                                        "Kestrel Amberly           Barrister                             Amber Lane Chambers, Seeburg\n");
    auto const s = parse(input).statement;
    check_signatories(s, {person("Prof. Mira Tallow", "Professor of Constitutional Law, University of Seeburg"),
                          person("Judge (ret.) Oren Vale", "Former Justice of the Supreme Court, Pelham Vale"),
                          person("Kestrel Amberly", "Barrister, Amber Lane Chambers, Seeburg")});
    CHECK(role_at(s, input, "Name      ") == block_role::signatory_header);
    // The same between tabs.
    check_signatories(parse(with_signatories("Name\tTitle\tInstitution\n"
                                             "Prof. Mira Tallow\tProfessor of Constitutional Law\tUniversity of Seeburg\n"
                                             "Kestrel Amberly\tBarrister\tAmber Lane Chambers\n"))
                          .statement,
                      {person("Prof. Mira Tallow", "Professor of Constitutional Law, University of Seeburg"),
                       person("Kestrel Amberly", "Barrister, Amber Lane Chambers")});
    // No header row: rows of a person and the institution they sign for, under "Signed:" or
    // three of them without it.
    std::string const rows = "Prof. Mira Tallow             University of Seeburg\n"
                             "Dr. Oren Vale                 Amber Institute of Law, Seeburg\n"
                             "Kestrel Amberly               Birchwood Bar Association\n";
    std::vector<want> const people{person("Prof. Mira Tallow", "University of Seeburg"),
                                   person("Dr. Oren Vale", "Amber Institute of Law, Seeburg"),
                                   person("Kestrel Amberly", "Birchwood Bar Association")};
    check_signatories(parse(with_signatories(rows)).statement, people);
    check_signatories(parse(with_signatories("Signed:\n\n" + rows)).statement, people);
}

TEST_CASE("layouts: a table under headings of signers' columns alone is a list of signers without a heading or a row of dashes") {
    // A word processor's table exported with bars and no row of dashes, its column for each
    // hand empty ("Podpis"), and an HTML table with a header row of <th>: no heading over them.
    auto const piped = std::string("List otwarty do Rzecznika Praw Obywatelskich\n\n"
                                   "Apelujemy do Rzecznika Praw Obywatelskich o skierowanie skarg do s\xC4\x85" "d\xC3\xB3w.\n\n"
                                   "Lp. | Imi\xC4\x99 i nazwisko / Organizacja | Miejscowo\xC5\x9B\xC4\x87 | Podpis\n"
                                   "1 | Stowarzyszenie Bursztynowa Latarnia | Pozna\xC5\x84 | \n"
                                   "2 | Fundacja Brzozowy Las | Gda\xC5\x84sk |\n");
    auto const s = parse(piped).statement;
    check_signatories(s, {at(org("Stowarzyszenie Bursztynowa Latarnia"), "Pozna\xC5\x84"),
                          at(org("Fundacja Brzozowy Las"), "Gda\xC5\x84sk")});
    CHECK(role_at(s, piped, "Lp. | Imi") == block_role::signatory_header);
    auto const html = std::string("<h2>Appeal to the Government of Pelham Vale</h2>\n"
                                  "<p>We call on the Government of Pelham Vale to reopen the Saltmarsh Gazette.</p>\n"
                                  "<table>\n<tr><th>Name</th><th>Function</th><th>City</th></tr>\n"
                                  "<tr><td>Amber Lantern Association</td><td>Network</td><td>Seeburg</td></tr>\n"
                                  "<tr><td>Dr. Mira Tallow</td><td>Presiding Judge</td><td>Pelham</td></tr>\n</table>\n");
    check_signatories(parse(html).statement,
                      {at(org("Amber Lantern Association"), "Seeburg"), at(person("Dr. Mira Tallow", "Presiding Judge"), "Pelham")});
    // A table of people held, under headings of its own, lists no signers.
    check_signatories(parse(with_signatories("<table>\n<tr><th>Name</th><th>Date of arrest</th></tr>\n"
                                             "<tr><td>Mira Tallow</td><td>3 March 2026</td></tr>\n</table>\n"))
                          .statement,
                      {});
}

TEST_CASE("layouts: a table with a column of each signer's mail or site under its headings ('Contact', 'Correo', 'E-mail') is a list of signers") {
    // A word processor's table exported with bars, under a letter's closing: each row a signer,
    // its mail the signer's link, the headings no signers.
    auto const piped = with_signatories("Yours sincerely,\n\n"
                                        "Organisation | Country | Contact\n"
                                        "Amber Lantern Association | Georgia | info@amber.example\n"
                                        "Birchwood Institute for Civic Rights | Poland | office@birchwood.example\n");
    auto const s = parse(piped).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].link == std::optional<std::string>("info@amber.example"));
    CHECK(role_at(s, piped, "Organisation | Country") == block_role::signatory_header);
    // Spanish headings with no line over them.
    check_signatories(parse("Carta abierta al Congreso de Pelham Vale\n\n"
                            "Solicitamos al Congreso de Pelham Vale archivar el proyecto de ley.\n\n"
                            "Organizaci\xC3\xB3n | Pa\xC3\xADs | Correo electr\xC3\xB3nico\n"
                            "Red \xC3\x81mbar de Derechos | Per\xC3\xBA | red@ambar.example\n"
                            "Colectivo Abedul | Colombia | abedul@example.org\n")
                          .statement,
                      {org_in("Red \xC3\x81mbar de Derechos", "Per\xC3\xBA", "PE"), org_in("Colectivo Abedul", "Colombia", "CO")});
    // A PDF's columns apart by gaps, a name wrapped in its cell on the next line.
    check_signatories(parse(with_signatories("Signed:\n\n"
                                             "Organisation                     Country        E-mail\n"
                                             "Amber Lantern Association of     Georgia        info@amber.example\n"
                                             "  Civic Rights\n"
                                             "Birchwood Institute              Poland         office@birchwood.example\n"))
                          .statement,
                      {org_in("Amber Lantern Association of Civic Rights", "Georgia", "GE"),
                       org_in("Birchwood Institute", "Poland", "PL")});
}

TEST_CASE("layouts: a numbered table between tabs, its rows read as a list's items: a country the tables do not know stays the row's") {
    auto const input = with_signatories("No.\tOrganisation\tCountry\n"
                                        "1\tAmber Dockworkers Union\tPelham Vale\n"
                                        "2\tBirchwood Transport Solidarity\tUnited Kingdom\n"
                                        "3\tCoral Maritime Workers\tNorway\n");
    auto const s = parse(input).statement;
    check_signatories(s, {in(org("Amber Dockworkers Union"), "Pelham Vale", nullptr),
                          org_in("Birchwood Transport Solidarity", "United Kingdom", "GB"),
                          org_in("Coral Maritime Workers", "Norway", "NO")});
    REQUIRE(s.signatories.size() == 3);
    CHECK(original(input, s.signatories[0].span) == "Amber Dockworkers Union");
}

TEST_CASE("layouts: a PDF's table apart by gaps with an empty cell: each cell under its heading") {
    auto const input = with_signatories("Signatories\n\n"
                                        "Organisation                          Country        Type\n"
                                        "Amber Lantern Association             Kenya          NGO\n"
                                        "Birchwood Institute                                  Network\n"
                                        "Coral Bay Forum                       Ghana\n"
                                        "Kestrel Amberly                       Nigeria        Individual\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), org("Birchwood Institute"),
                          org_in("Coral Bay Forum", "Ghana", "GH"), in(person("Kestrel Amberly"), "Nigeria", "NG")});
}

TEST_CASE("layouts: a table typed with bars between its cells and none at the line's start") {
    auto const input = with_signatories("List of signatories\n\n"
                                        "Organisation | Country\n"
                                        "Amber Lantern Association | Armenia\n"
                                        "Birchwood Institute for Civic Rights | Poland\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(role_at(s, input, "Organisation | Country") == block_role::signatory_header);
    // A list glued on one line with bars has no header row: its entries are read as such.
    check_signatories(parse(with_signatories("Signatories:\nAmber Lantern Association | Birchwood Institute for Civic "
                                             "Rights | Coral Bay Human Rights Forum\n"))
                          .statement,
                      {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                       org("Coral Bay Human Rights Forum")});
}

TEST_CASE("layouts: a row typed with bars under a long one is the next row, whatever it opens with") {
    auto const s = parse(with_signatories("Signatories:\n\n"
                                          "Coral Bay Movement for Climate Justice (CBMCJ) | Philippines\n"
                                          "350 Amber Pacific | Fiji\n"
                                          "Birchwood Institute | Ghana\n"))
                       .statement;
    check_signatories(s, {org("Coral Bay Movement for Climate Justice", "CBMCJ", "Philippines", "PH"),
                          org_in("350 Amber Pacific", "Fiji", "FJ"), org_in("Birchwood Institute", "Ghana", "GH")});
}

TEST_CASE("layouts: an HTML table whose country cells span the rows of their organisations") {
    auto const input = std::string("<h2>Joint statement on the closure of the Saltmarsh Gazette</h2>\n"
                                   "<p>We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.</p>\n"
                                   "<p><b>Signatories:</b></p>\n<table>\n<tr><th>Country</th><th>Organisation</th></tr>\n"
                                   "<tr><td rowspan=\"3\">Armenia</td><td>Amber Lantern Association</td></tr>\n"
                                   "<tr><td>Birchwood Institute for Civic Rights</td></tr>\n<tr><td>Coral Bay Forum</td></tr>\n"
                                   "<tr><td>Georgia</td><td>Dune Press Freedom Centre</td></tr>\n"
                                   "<tr><td rowspan=\"2\">Poland</td><td>Elm Street Legal Clinic</td></tr>\n"
                                   "<tr><td>Fir Valley Watch</td></tr>\n</table>\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Armenia", "AM"),
                          org_in("Coral Bay Forum", "Armenia", "AM"), org_in("Dune Press Freedom Centre", "Georgia", "GE"),
                          org_in("Elm Street Legal Clinic", "Poland", "PL"), org_in("Fir Valley Watch", "Poland", "PL")});
    REQUIRE(s.signatories.size() == 6);
    CHECK(original(input, s.signatories[1].span) == "Birchwood Institute for Civic Rights");
    check_outline_covers(s, input);
}

TEST_CASE("layouts: an HTML table of one column without a header, a signer a row, under the list's heading") {
    auto const input = std::string("<h2>Joint statement on the closure of the Saltmarsh Gazette</h2>\n"
                                   "<p>We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.</p>\n"
                                   "<h3>Signatories</h3>\n<table>\n<tr><td>Amber Lantern Association (Armenia)</td></tr>\n"
                                   "<tr><td>Birchwood Institute for Civic Rights (Poland)</td></tr>\n"
                                   "<tr><td>Coral Bay Human Rights Forum (Georgia)</td></tr>\n</table>\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    CHECK(s.unrecognised.empty());
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a table with a name in each cell under the list's header or a letter's closing: each cell a signer") {
    // A page sets a long list in two columns: an HTML table without a header row, a Markdown one
    // under an empty header, a header that names its group, or its first row of names.
    auto const expected = std::vector<want>{org("Amber Lantern Association"), org("Birchwood Institute", "BI"),
                                            org("Coral Bay Forum"), org_in("Seeburg Rights Centre", "Poland", "PL"),
                                            org("Linden Court Trust")};
    auto const opening = std::string("We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.");
    auto const html = parse("<h2>Joint statement on the closure of the Saltmarsh Gazette</h2>\n<p>" + opening +
                            "</p>\n<p>Signatories:</p>\n<table>\n"
                            "<tr><td>Amber Lantern Association</td><td>Birchwood Institute (BI)</td></tr>\n"
                            "<tr><td>Coral Bay Forum</td><td>Seeburg Rights Centre (Poland)</td></tr>\n"
                            "<tr><td>Linden Court Trust</td><td></td></tr>\n</table>\n")
                          .statement;
    check_signatories(html, expected);
    for (char const* header : {"| | |\n|---|---|\n", "| Organisations | |\n|---|---|\n", ""}) {
        auto const rows = std::string(header) + "| Amber Lantern Association | Birchwood Institute (BI) |\n" +
                          (*header ? "" : "|---|---|\n") +
                          "| Coral Bay Forum | Seeburg Rights Centre (Poland) |\n| Linden Court Trust | |\n";
        INFO(header);
        auto const md = parse("# Joint letter on the closure of the Saltmarsh Gazette\n\nDear Mayor,\n\n" + opening +
                              "\n\nSincerely,\n\n" + rows)
                            .statement;
        check_signatories(md, expected);
    }
    // A table of people with a column of names after "Kind regards," as after "Signed,".
    auto const people = parse("<h2>Joint letter on the closure of the Saltmarsh Gazette</h2>\n<p>Dear Mayor,</p>\n<p>" +
                              opening + "</p>\n<p>Kind regards,</p>\n<table>\n"
                              "<tr><th>Name</th><th>Title</th><th>Institution</th></tr>\n"
                              "<tr><td>Mira Tallow</td><td>Director</td><td>Amber Lantern Association</td></tr>\n"
                              "<tr><td>Oren Vale</td><td>Coordinator</td><td>Coral Bay Forum</td></tr>\n</table>\n")
                            .statement;
    CHECK(names_of(people) == std::vector<std::string>{"Mira Tallow", "Oren Vale"});
}

TEST_CASE("layouts: the sum under a table of signers ends it and is no signer") {
    // "Total AUM represented: USD 755.6 billion": a line of its own under the table's rows.
    for (char const* sum : {"Total AUM represented: USD 310.4 billion", "Combined assets: $1.2 trillion", "Total: \u20AC 40bn"}) {
        auto const s = parse(with_signatories(std::string("Signatories\n\nInvestor\tAUM (USD)\tCountry\n"
                                                          "Amber Pension Fund\t$ 100bn\tSweden\n"
                                                          "Coral Bay Capital\t$ 10.4bn\tIreland\n"
                                                          "Seeburg Foundation\t$ 200bn\tNetherlands\n\n") +
                                              sum + "\n"))
                             .statement;
        INFO(sum);
        CHECK(names_of(s) == std::vector<std::string>{"Amber Pension Fund", "Coral Bay Capital", "Seeburg Foundation"});
    }
}

TEST_CASE("layouts: an HTML table of people held is no list of signers") {
    auto const s = parse("<h2>Joint statement on the detention of eight journalists</h2>\n"
                         "<p>We, the undersigned organisations, call for the release of the journalists below.</p>\n"
                         "<table>\n<tr><th>Name</th><th>Date of arrest</th></tr>\n"
                         "<tr><td>Mira Tallow</td><td>3 January 2022</td></tr>\n"
                         "<tr><td>Oren Vale</td><td>5 January 2022</td></tr>\n</table>\n"
                         "<p>Signatories:</p>\n<ul><li>Amber Lantern Association (Georgia)</li>\n"
                         "<li>Birchwood Institute for Civic Rights (Poland)</li></ul>\n")
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

TEST_CASE("layouts: a statement wrapped in a Markdown code fence: the fences are neither publisher nor signer") {
    auto const s = parse("```\n# Joint statement on the Saltmarsh Gazette\n\n"
                         "We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.\n\n"
                         "Signatories:\n\nAmber Lantern Association (Armenia)\nBirchwood Institute for Civic Rights (Poland)\n```\n")
                       .statement;
    CHECK_FALSE(s.publisher.has_value());
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

TEST_CASE("layouts: an HTML <ul><li> list of signatories") {
    auto const input = layout_fixture("html-list.html");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the closure of the Saltmarsh Gazette");
    CHECK(role_at(s, input, "Signatories") == block_role::signatory_header);
    check_outline_covers(s, input);
}

// civic today: the span runs on to the closing tag: "Amber Lantern Association (Armenia)</li>".
TEST_CASE("layouts: the span of a signatory in an HTML list item excludes the tags") {
    auto const input = layout_fixture("html-list.html");
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(original(input, s.signatories[0].span) == "Amber Lantern Association (Armenia)");
    CHECK(original(input, s.signatories[2].span) == "Coral Bay Human Rights Forum (Georgia)");
}

TEST_CASE("layouts: the list ends where the page's chrome begins") {
    auto const input = layout_fixture("list-end-chrome.txt");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE")});
    auto const footer = joined(s.footer);
    for (char const* chrome : {"Share", "Other news", "Tenants of Linden Court win their case", "Leave a comment",
                               "Your email address will not be published"}) {
        CAPTURE(chrome);
        CHECK(contains(footer, chrome));
        CHECK(role_at(s, input, chrome) == block_role::chrome_footer);
    }
    check_outline_covers(s, input);
}

TEST_CASE("layouts: an HTML page's <footer>, <aside>, <nav> and share bar are chrome, never signers") {
    // Each of them was read as signers under the list: their lines say nothing of chrome.
    auto const input = std::string(
        "<nav><a href=\"/\">Acas\xC4\x83</a> | <a href=\"/r\">Rapoarte</a></nav>\n"
        "<h1>Scrisoare deschis\xC4\x83 privind Codul silvic</h1>\n"
        "<p>Subsemnatele organiza\xC8\x9Bii neguvernamentale v\xC4\x83 solicit\xC4\x83m s\xC4\x83 nu supune\xC8\x9Bi "
        "votului final proiectul noului Cod silvic.</p>\n"
        "<p><strong>Organiza\xC8\x9Bii semnatare</strong><br>\nAsocia\xC8\x9Bia Amber Lantern<br>\nFunda\xC8\x9Bia Birchwood</p>\n"
        "<div class=\"share\">Distribuie acest articol: <a>Facebook</a> <a>WhatsApp</a></div>\n"
        "<aside><h4>Articole recente</h4><ul><li>Raport anual 2025</li><li>Ghidul voluntarului</li></ul></aside>\n"
        "<footer>Saltmarsh Watch \xC2\xB7 Str. Portului nr. 12, Pelham \xC2\xB7 Toate drepturile rezervate</footer>\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Asocia\xC8\x9Bia Amber Lantern"), org("Funda\xC8\x9Bia Birchwood")});
    CHECK(role_at(s, input, "Rapoarte") == block_role::chrome_header);
    for (char const* chrome : {"Distribuie", "Articole recente", "Ghidul voluntarului", "Str. Portului"}) {
        CAPTURE(chrome);
        CHECK(role_at(s, input, chrome) == block_role::chrome_footer);
    }
    CHECK(s.footer.size() == 5);
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a text cut off mid-list; the fragment is no signer") {
    auto const input = layout_fixture("truncated.txt");
    auto const r = parse(input);
    check_signatories(r.statement, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                                    org("Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre")});
    diagnostic const* cut = nullptr;
    for (auto const& d : r.diagnostics)
        if (d.code == "signatory.truncated") cut = &d;
    REQUIRE(cut != nullptr);
    CHECK(cut->level == severity::warning);
    CHECK(original(input, cut->span) == "Inst");
    CHECK(cut->span.start == source_position{13, 1});
    check_outline_covers(r.statement, input);
}

// =========================================================================================
// Calls
// =========================================================================================

TEST_CASE("layouts: a dash list of calls after 'We call on X to:'") {
    check_tallow_calls(with_calls("We call on the authorities of Georgia to:\n"
                                  "- Release Mira Tallow immediately and unconditionally;\n"
                                  "- Drop all charges against her;\n"
                                  "- Guarantee the safety of journalists who report on local government."));
}

TEST_CASE("layouts: a bullet list of calls") {
    check_tallow_calls(with_calls("We call on the authorities of Georgia to:\n"
                                  "\xE2\x80\xA2 Release Mira Tallow immediately and unconditionally;\n"
                                  "\xE2\x80\xA2 Drop all charges against her;\n"
                                  "\xE2\x80\xA2 Guarantee the safety of journalists who report on local government."));
}

TEST_CASE("layouts: a PDF's bullets alone on their lines, over a blank line or as an 'o' or a dash, mark the calls after them") {
    for (char const* sign : {"\xE2\x80\xA2\n\n", "\xE2\x80\xA2\n", "o\n", "-\n", "\xE2\x80\x93\n", "\xE2\x80\x93\n\n"}) {
        std::string const marker = sign;
        CAPTURE(marker);
        check_tallow_calls(with_calls("We call on the authorities of Georgia to:\n\n" + marker +
                                      "Release Mira Tallow immediately and unconditionally;\n\n" + marker +
                                      "Drop all charges against her;\n\n" + marker +
                                      "Guarantee the safety of journalists who report on local government."));
    }
}

TEST_CASE("layouts: demands standing as paragraphs under 'We call on X to:' run on past a verb no table holds") {
    auto const calls = [](std::vector<std::string> const& paragraphs) {
        std::string text = "We call on the authorities of Georgia to:";
        for (auto const& p : paragraphs) text += "\n\n" + p;
        return describe_calls(parse(with_calls(text + "\n\nJournalism is not a crime.")).statement);
    };
    std::vector<std::string> const table_verbs{
        "Deny the request to extend the detention of Mira Tallow.",
        "Rescind the order that closed the Saltmarsh Gazette.",
        "Honour the commitments made to the Council of Europe in 2019.",
    };
    CHECK(calls(table_verbs) == calls_to("the authorities of Georgia", table_verbs));
    // The first, or one between others, opens with a verb the table lacks; the paragraph after
    // the run, shaped as a demand too, is none.
    std::vector<std::string> const first_unknown{
        "Rule out any further prosecution of journalists for their reporting.",
        "Invest in the protection of reporters who cover local government.",
        "Require the police to keep a record of every search of a newsroom.",
    };
    CHECK(calls(first_unknown) == calls_to("the authorities of Georgia", first_unknown));
    std::vector<std::string> const unknown_between{
        "Introduce judicial oversight of any order to block a news site.",
        "Stand down the riot police deployed around the offices of the Saltmarsh Gazette.",
        "Consult the union of journalists on the draft media law.",
    };
    CHECK(calls(unknown_between) == calls_to("the authorities of Georgia", unknown_between));
    // Paragraphs that end in ';', the conjunction before the last one's; "requests" asks nothing.
    CHECK(calls({"Deny all pending requests to extend the detention of Mira Tallow;",
                 "Rescind the order that closed the Saltmarsh Gazette; and", "Restore its licence."}) ==
          calls_to("the authorities of Georgia", {"Deny all pending requests to extend the detention of Mira Tallow;",
                                                  "Rescind the order that closed the Saltmarsh Gazette;", "Restore its licence."}));
}

TEST_CASE("layouts: a heading numbered as the document's parts ends the numbered calls before it") {
    check_tallow_calls(with_calls("We call on the authorities of Georgia to:\n\n"
                                  "1. Release Mira Tallow immediately and unconditionally;\n\n"
                                  "2. Drop all charges against her;\n\n"
                                  "3. Guarantee the safety of journalists who report on local government.\n\n"
                                  "IV. Conclusion\n\n"
                                  "The detention of Mira Tallow is a test of the rule of law in Pelham Vale."));
}

TEST_CASE("layouts: a numbered list of calls") {
    check_tallow_calls(with_calls("We call on the authorities of Georgia to:\n"
                                  "1. Release Mira Tallow immediately and unconditionally;\n"
                                  "2. Drop all charges against her;\n"
                                  "3. Guarantee the safety of journalists who report on local government."));
}

TEST_CASE("layouts: a lettered list of calls") {
    check_tallow_calls(with_calls("We call on the authorities of Georgia to:\n"
                                  "a. Release Mira Tallow immediately and unconditionally;\n"
                                  "b. Drop all charges against her;\n"
                                  "c. Guarantee the safety of journalists who report on local government."));
}

TEST_CASE("layouts: a roman-numbered list of calls") {
    check_tallow_calls(with_calls("We call on the authorities of Georgia to:\n"
                                  "i. Release Mira Tallow immediately and unconditionally;\n"
                                  "ii. Drop all charges against her;\n"
                                  "iii. Guarantee the safety of journalists who report on local government."));
}

TEST_CASE("layouts: calls after 'We demand that X:' and under 'Recommendations to X:'") {
    for (char const* written : {"We demand that the authorities of Georgia:", "We urge that the authorities of Georgia:",
                                "Recommendations to the authorities of Georgia:",
                                // a heading over the list needs no colon
                                "Recommendations to the authorities of Georgia", "## Recommendations to the authorities of Georgia",
                                "### To the authorities of Georgia", "To the authorities of Georgia"}) {
        std::string const intro = written;
        CAPTURE(intro);
        auto const s = parse(with_calls(intro +
                                        "\n"
                                        "- Release Mira Tallow immediately and unconditionally;\n"
                                        "- Drop all charges against her;\n"
                                        "- Guarantee the safety of journalists who report on local government."))
                           .statement;
        CHECK(describe_calls(s) == calls_to("the authorities of Georgia", tallow_calls));
        REQUIRE(s.call_groups.size() == 1);
        CHECK(s.call_groups[0].addressees == std::vector<std::string>{"the authorities of Georgia"});
    }
}

TEST_CASE("layouts: 'the following recommendations to X:' asks the list of X") {
    for (char const* written : {"The undersigned organisations make the following recommendations to the authorities of Georgia:",
                                "We renew the appeal to the authorities of Georgia:"}) {
        std::string const intro = written;
        CAPTURE(intro);
        auto const s = parse(with_calls(intro +
                                        "\n"
                                        "- Release Mira Tallow immediately and unconditionally;\n"
                                        "- Drop all charges against her;\n"
                                        "- Guarantee the safety of journalists who report on local government."))
                           .statement;
        CHECK(describe_calls(s) == calls_to("the authorities of Georgia", tallow_calls));
    }
    // French: "Nos recommandations au gouvernement …:" names whom the list is asked of.
    auto const fr = parse("Contribution conjointe sur la Géorgie\n\n"
                          "Les organisations soussignées documentent les restrictions de l'espace civique.\n\n"
                          "Nos recommandations au gouvernement de la Géorgie :\n"
                          "1. Abroger la loi sur les agents étrangers ;\n"
                          "2. Libérer tous les journalistes détenus.\n")
                        .statement;
    REQUIRE(fr.call_groups.size() == 1);
    CHECK(fr.call_groups[0].addressees == std::vector<std::string>{"gouvernement de la Géorgie"});
}

TEST_CASE("layouts: 'on X and on Y:' before a list asks it of both") {
    for (char const* written : {"We call on the authorities of Georgia and on the Amber Union:",
                                "We appeal to the authorities of Georgia and to the Amber Union:"}) {
        std::string const intro = written;
        CAPTURE(intro);
        auto const s = parse(with_calls(intro +
                                        "\n"
                                        "- Release Mira Tallow immediately and unconditionally;\n"
                                        "- Drop all charges against her;\n"
                                        "- Guarantee the safety of journalists who report on local government."))
                           .statement;
        REQUIRE(s.call_groups.size() == 1);
        CHECK(s.call_groups[0].addressees == std::vector<std::string>{"the authorities of Georgia", "the Amber Union"});
    }
    // German: "an die … und an die …", "von der … und von der …".
    for (char const* written : {"Wir appellieren an die Bundesregierung und an die Europäische Union:",
                                "Wir fordern von der Bundesregierung und von der Europäischen Union:"}) {
        std::string const intro = written;
        CAPTURE(intro);
        auto const s = parse("Gemeinsame Erklärung zur Lage an der Grenze\n\n"
                             "Seit Wochen harren hunderte Menschen an der Grenze aus, ohne Zugang zu medizinischer Versorgung.\n\n" +
                             intro +
                             "\n- den Zugang zum Asylverfahren sofort zu gewährleisten;\n"
                             "- die Zurückweisungen an der Grenze zu beenden.\n\n"
                             "Unterzeichnende Organisationen:\nPro Flucht e.V.\nGrenzenlos Helfen\n")
                           .statement;
        REQUIRE(s.call_groups.size() == 1);
        REQUIRE(s.call_groups[0].addressees.size() == 2);
        CHECK(s.call_groups[0].addressees[0].find("Bundesregierung") != std::string::npos);
        CHECK(s.call_groups[0].addressees[1].find("Europäische") != std::string::npos);
    }
    // A conjunction before no preposition joins one addressee's words.
    auto const one = parse(with_calls("We call on the Ministry of Justice and Public Security:\n"
                                      "- Release Mira Tallow immediately and unconditionally;\n"
                                      "- Drop all charges against her;\n"
                                      "- Guarantee the safety of journalists who report on local government."))
                         .statement;
    REQUIRE(one.call_groups.size() == 1);
    CHECK(one.call_groups[0].addressees == std::vector<std::string>{"the Ministry of Justice and Public Security"});
}

TEST_CASE("layouts: 'X should press Y to:' and 'X must ensure that Y:' ask the list of Y") {
    for (char const* written : {"The Amber Union should press the authorities of Georgia to:",
                                "Member states must ensure that the authorities of Georgia:"}) {
        std::string const intro = written;
        CAPTURE(intro);
        auto const s = parse(with_calls(intro + "\n"
                                                "- Release Mira Tallow immediately and unconditionally;\n"
                                                "- Drop all charges against her;\n"
                                                "- Guarantee the safety of journalists who report on local government."))
                           .statement;
        CHECK(describe_calls(s) == calls_to("the authorities of Georgia", tallow_calls));
    }
    // A passive names no one, nor does a modal without such a verb.
    for (char const* written : {"Companies should be required to:", "Such measures should include:"}) {
        std::string const intro = written;
        CAPTURE(intro);
        auto const s = parse(with_calls(intro + "\n"
                                                "- Release Mira Tallow immediately and unconditionally;\n"
                                                "- Drop all charges against her;\n"
                                                "- Guarantee the safety of journalists who report on local government."))
                           .statement;
        CHECK(describe_calls(s) == calls_to("(none)", tallow_calls));
    }
}

TEST_CASE("layouts: under 'We demand that:' each item is a clause, asked of its own subject") {
    auto const s = parse(with_calls("We demand that:\n\n"
                                    "1. Mira Tallow be released immediately and unconditionally;\n"
                                    "2. The Government of Pelham Vale explains its role in her arrest and ends the raids;\n"
                                    "3. All outstanding compensation awards be paid to her family;\n"
                                    "4. The Parliament of Georgia amends the Media Act to protect journalists' sources."))
                       .statement;
    // The first word's capital is the sentence's: "All outstanding …" names no one.
    CHECK(describe_calls(s) ==
          "Mira Tallow be released immediately and unconditionally; => (none)\n"
          "The Government of Pelham Vale explains its role in her arrest and ends the raids; => The Government of Pelham Vale\n"
          "All outstanding compensation awards be paid to her family; => (none)\n"
          "The Parliament of Georgia amends the Media Act to protect journalists' sources. => The Parliament of Georgia\n");
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == std::vector<std::string>{"The Government of Pelham Vale", "The Parliament of Georgia"});
    // In French, the opener after the verb ("exigeons que :").
    auto const fr = parse("Déclaration commune\n\nNous, organisations soussignées, condamnons l'arrestation de Mira Tallow.\n\n"
                          "Nous exigeons que :\n\n"
                          "- le gouvernement de Pelham Vale libère Mira Tallow ;\n"
                          "- le Parlement de Géorgie modifie la loi sur les médias.\n\n"
                          "Signataires :\nAssociation Ambre\nInstitut Bouleau\n")
                        .statement;
    CHECK(describe_calls(fr) == "le gouvernement de Pelham Vale libère Mira Tallow ; => le gouvernement de Pelham Vale\n"
                                "le Parlement de Géorgie modifie la loi sur les médias. => le Parlement de Géorgie\n");
}

TEST_CASE("layouts: a statement given again in another language: its demands and its signers once") {
    auto const s = parse("Amberland: release the journalists\n\n"
                         "We, the undersigned organisations, condemn the arrest of three journalists in Amberland.\n\n"
                         "We call on the authorities of Amberland to:\n"
                         "- release the detained journalists;\n- drop all charges against them;\n- end the persecution of independent media.\n\n"
                         "Signatories:\nLigue Amberienne des Droits de l'Homme (LADH)\nBirchwood Press Freedom Centre (BPFC)\n\n"
                         "Амберия: освободите журналистов\n\n"
                         "Мы, нижеподписавшиеся организации, осуждаем арест трех журналистов в Амберии.\n\n"
                         "Мы призываем власти Амберии:\n"
                         "- немедленно освободить задержанных журналистов;\n- снять с них все обвинения;\n"
                         "- прекратить преследование независимых СМИ.\n\n"
                         "Подписали:\nAmberian League for Human Rights (LADH)\nBirchwood Press Freedom Centre (BPFC)\n")
                       .statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Amberland", {"release the detained journalists;",
                                                                          "drop all charges against them;",
                                                                          "end the persecution of independent media."}));
    check_signatories(s, {org("Ligue Amberienne des Droits de l'Homme", "LADH"), org("Birchwood Press Freedom Centre", "BPFC")});
    // Demands of their own in another language, as many as none before them, stay.
    auto const own = parse(with_calls("We call on the authorities of Amberland to:\n- release the detained journalists;\n"
                                      "- drop all charges against them;\n- end the persecution of independent media.\n\n"
                                      "Мы также призываем ООН:\n- посетить Амберию;\n- содействовать освобождению журналистов."))
                         .statement;
    CHECK(all_calls(own).size() == 5);
}

TEST_CASE("layouts: a headline and names written in two languages on one line, apart by a slash") {
    auto const s = parse("Carta abierta a la Asamblea Nacional de Amberia / Open letter to the National Assembly of Amberia\n\n"
                         "Las organizaciones firmantes expresamos nuestra preocupación por la reforma.\n\n"
                         "Firman / Signed:\n"
                         "Правозащитный центр «Амбер» / Amber Human Rights Centre\n"
                         "Liga Amberiana de Derechos Humanos (LADH) / Amberian League for Human Rights (LADH)\n"
                         "Birchwood Lawyers (Нидерланды / Netherlands)\n"
                         "Coral Bay Forum / Dune Press Club\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Carta abierta a la Asamblea Nacional de Amberia");
    // A name in two scripts stays as written, one signer; in one script with the same acronym
    // after each, the first. Two organisations apart by a slash in one language stay as written.
    check_signatories(s, {org("Правозащитный центр «Амбер» / Amber Human Rights Centre"), org("Liga Amberiana de Derechos Humanos", "LADH"),
                          org_in("Birchwood Lawyers", "Нидерланды / Netherlands", "NL"), org("Coral Bay Forum / Dune Press Club")});
}

TEST_CASE("layouts: a headline and its kind's label set in two columns, each beside its translation, give the left column's") {
    auto const input = "JOINT STATEMENT                                   D\xC3\x89\x43LARATION COMMUNE\n"
                       "Free the Lakeside journalists now                 Lib\xC3\xA9rez les journalistes de Lakeside\n\n"
                       "3 June 2026\n\n"
                       "We, the undersigned organisations, call for the release of the six journalists of the Lakeside Courier.\n\n"
                       "Signatories:\nLakeside Press Union\nAmber Media Forum\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Free the Lakeside journalists now");
    CHECK(s.kind == statement_kind::joint_statement);
    check_outline_covers(s, input);
    // The headline alone in two columns, over a dateline.
    auto const alone = parse("Open letter on the closure of Radio Lakeside        Lettre ouverte sur la fermeture de Radio Lakeside\n\n"
                             "Port Amber, 3 June 2026\n\n"
                             "We, the undersigned organisations, urge the Broadcasting Authority to reverse its decision.\n")
                           .statement;
    REQUIRE(alone.title.has_value());
    CHECK(alone.title->text == "Open letter on the closure of Radio Lakeside");
    // A running header's parts, a name and the kind, are no translation: the page's own headline is the title.
    auto const header = parse("Lakeshore Rights Watch            Joint Statement\n\n"
                              "Release the Harbour Three\n\n"
                              "We, the undersigned organisations, demand the release of three union leaders.\n")
                            .statement;
    REQUIRE(header.title.has_value());
    CHECK(header.title->text == "Release the Harbour Three");
}

TEST_CASE("layouts: calls as paragraphs of a lead and its explanation, speaking to the reader") {
    auto const s = parse(with_calls("We ask you to take the following steps:\n\n"
                                    "Conduct human rights due diligence. Publish how you have assessed the risks to workers "
                                    "in Pelham Vale.\n\n"
                                    "Press the Amber League for remedy. Publicly call on the League to fund a remedy for "
                                    "injured workers.\n\n"
                                    "Engage with the workers' unions before June.\n\n"
                                    "Thank you for your attention to these steps."))
                       .statement;
    CHECK(describe_calls(s) == calls_to("you", {"Conduct human rights due diligence. Publish how you have assessed the risks "
                                                "to workers in Pelham Vale.",
                                                "Press the Amber League for remedy. Publicly call on the League to fund a "
                                                "remedy for injured workers.",
                                                "Engage with the workers' unions before June."}));
    // A lead of more than a few words is a sentence of prose.
    auto const prose = parse(with_calls("We ask you to take the following steps:\n\n"
                                        "Conduct human rights due diligence.\n\n"
                                        "Publish how you have assessed the risks.\n\n"
                                        "Press reports describe injuries among the workers of the new stadium in Pelham Vale. "
                                        "Two workers died in May."))
                           .statement;
    CHECK(describe_calls(prose) == calls_to("you", {"Conduct human rights due diligence.", "Publish how you have assessed the risks."}));
}

TEST_CASE("layouts: calls as paragraphs each opening with an action's noun or an infinitive, in Polish and Romanian") {
    auto const pl = parse(with_calls("Wzywamy posłanki i posłów do:\n\n"
                                     "Wycofania projektu ustawy o zgromadzeniach z Sejmu.\n\n"
                                     "Objęcia ochroną dziennikarzy relacjonujących protesty w Pelham Vale.\n\n"
                                     "Zapewnić Fundacji Bursztynowej dostęp do akt sprawy."))
                        .statement;
    CHECK(describe_calls(pl) == calls_to("posłanki i posłów", {"Wycofania projektu ustawy o zgromadzeniach z Sejmu.",
                                                               "Objęcia ochroną dziennikarzy relacjonujących protesty w "
                                                               "Pelham Vale.",
                                                               "Zapewnić Fundacji Bursztynowej dostęp do akt sprawy."}));
    auto const ro = parse(with_calls("Solicităm:\n\n"
                                     "Retragerea proiectului de lege privind adunările publice.\n\n"
                                     "Organizarea unei dezbateri publice cu Institutul Birchwood.\n\n"
                                     "Mulțumim pentru atenția acordată acestei scrisori."))
                        .statement;
    CHECK(describe_calls(ro) == calls_to("(none)", {"Retragerea proiectului de lege privind adunările publice.",
                                                    "Organizarea unei dezbateri publice cu Institutul Birchwood."}));
    // A paragraph that opens otherwise is prose, and ends no run it does not begin.
    auto const prose = parse(with_calls("Wzywamy posłanki i posłów do:\n\n"
                                        "Projekt ustawy trafił do Sejmu w marcu.\n\n"
                                        "Komisja nie przeprowadziła konsultacji."))
                           .statement;
    CHECK(all_calls(prose).empty());
}

TEST_CASE("layouts: three short paragraphs or more, each opening with the same call verb, are calls of their own addressees") {
    auto const es = parse("Carta abierta sobre operadores de justicia\n\n"
                          "Las organizaciones abajo firmantes expresamos nuestra preocupación.\n\n"
                          "Instamos al Ministerio Público a desistir de los procesos penales contra operadores de justicia.\n\n"
                          "Instamos a la Corte Suprema de Justicia a garantizar la independencia judicial.\n\n"
                          "Instamos al Congreso de la República a rechazar la reforma de la carrera judicial.\n\n"
                          "Firman: Convergencia por los Derechos, Red Ámbar.\n")
                        .statement;
    CHECK(describe_calls(es) ==
          "Instamos al Ministerio Público a desistir de los procesos penales contra operadores de justicia. => Ministerio Público\n"
          "Instamos a la Corte Suprema de Justicia a garantizar la independencia judicial. => la Corte Suprema de Justicia\n"
          "Instamos al Congreso de la República a rechazar la reforma de la carrera judicial. => Congreso de la República\n");
    auto const en = parse(with_calls("We urge the Public Prosecutor's Office to drop the charges against Mira Tallow.\n\n"
                                     "We urge the Supreme Court to guarantee judicial independence.\n\n"
                                     "We urge Congress to reject the reform of the judicial career."))
                        .statement;
    REQUIRE(all_calls(en).size() == 3);
    CHECK(all_calls(en)[1].addressee == std::optional<std::string>("the Supreme Court"));
    // Two such paragraphs, or three that open with different verbs, stay prose.
    auto const two = parse(with_calls("We urge the Public Prosecutor's Office to drop the charges against Mira Tallow.\n\n"
                                      "We urge the Supreme Court to guarantee judicial independence.\n\n"
                                      "The hearing is set for 4 May."))
                         .statement;
    CHECK(all_calls(two).empty());
    auto const mixed = parse(with_calls("We urge the Public Prosecutor's Office to drop the charges against Mira Tallow.\n\n"
                                        "We call on the Supreme Court to guarantee judicial independence.\n\n"
                                        "We ask Congress to reject the reform of the judicial career."))
                           .statement;
    CHECK(all_calls(mixed).empty());
}

TEST_CASE("layouts: calls as paragraphs without markers, each a demand of one sentence") {
    auto const s = parse(with_calls("We call on the authorities of Georgia to:\n\n"
                                    "Release Mira Tallow immediately and unconditionally.\n\n"
                                    "Drop all charges against her.\n\n"
                                    "Guarantee the safety of journalists who report on local government.\n\n"
                                    "The authorities have not answered the letters of her lawyers since May."))
                       .statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Georgia", {"Release Mira Tallow immediately and unconditionally.",
                                                                        "Drop all charges against her.",
                                                                        "Guarantee the safety of journalists who report on "
                                                                        "local government."}));
    // opening with any verb of a demand ("Support", "Continue", "Press", "Impose", "Fund")
    auto const verbs = parse(with_calls("We call on the member states of the Amber Union to:\n\n"
                                        "Support the Coral Bay Government in delivering humanitarian aid.\n\n"
                                        "Continue to exclude the junta's representatives from summits.\n\n"
                                        "Press the junta to release all political prisoners.\n\n"
                                        "Impose targeted sanctions on military-owned businesses.\n\n"
                                        "Fund safe shelters for survivors.\n"))
                           .statement;
    REQUIRE(verbs.call_groups.size() == 1);
    CHECK(verbs.call_groups.front().calls.size() == 5);
    // Short paragraphs of background after them, a note and words to the reader are no calls.
    auto const after = parse(with_calls("We call on the authorities of Georgia to:\n\n"
                                        "Release Mira Tallow immediately and unconditionally.\n\n"
                                        "Drop all charges against her.\n\n"
                                        "Oren Vale was detained at the airport on 20 November as he was about to board a flight.\n\n"
                                        "Police later claimed to have found cash in the office.\n\n"
                                        "Update, 20 March: two more journalists were arrested.\n\n"
                                        "Thank you for your attention to this urgent matter."))
                           .statement;
    CHECK(describe_calls(after) == calls_to("the authorities of Georgia", {"Release Mira Tallow immediately and unconditionally.",
                                                                            "Drop all charges against her."}));
    // In Russian, each opens with an infinitive among its first two words.
    auto const ru = parse("Заявление\n\nМы, нижеподписавшиеся, выражаем обеспокоенность задержанием.\n\n"
                          "Мы призываем власти Амберии:\n\n"
                          "Немедленно освободить всех задержанных активистов.\n\n"
                          "Расследовать все сообщения о пытках.\n\n"
                          "Активисты провели в заключении уже три месяца.\n")
                        .statement;
    REQUIRE(ru.call_groups.size() == 1);
    CHECK(ru.call_groups[0].calls.size() == 2);
    // In Spanish, each may open with "Que" and the subjunctive, under a verb alone on its line.
    for (char const* verb : {"EXIGIMOS", "POR TANTO, EXIGIMOS", "Por lo anterior, respetuosamente le solicitamos:"}) {
        CAPTURE(verb);
        auto const es = parse(std::string("Pronunciamiento\n\nLas organizaciones firmantes manifestamos nuestra "
                                          "preocupación por la detención de Mira Tallow.\n\n") +
                              verb +
                              "\n\nQue el Estado garantice la seguridad de las integrantes de la Caravana.\n\n"
                              "Que la Fiscalía investigue la actuación de sus agentes en el puesto de control.\n\n"
                              "La Caravana recorre el país desde hace años.\n\nFirman:\nAmber Lantern Association\n")
                            .statement;
        REQUIRE(es.call_groups.size() == 1);
        CHECK(es.call_groups[0].calls.size() == 2);
    }
    // "para solicitar:" introduces the list under it.
    auto const para = parse("Carta abierta\n\nLos abajo firmantes nos dirigimos a ustedes para solicitar:\n\n"
                            "- La reapertura de la investigación.\n- Una nueva pericia independiente.\n\n"
                            "Firman:\nAmber Lantern Association\n")
                          .statement;
    REQUIRE(para.call_groups.size() == 1);
    CHECK(para.call_groups[0].calls.size() == 2);
}

TEST_CASE("layouts: lines one under the other that each make a call among their first three words") {
    auto const text = [](char const* first, char const* second, char const* third) {
        return std::string("Statement on the detention of journalists in Pelham Vale\n\n"
                           "Pelham Vale, 4 March 2026\n\n"
                           "The Saltmarsh Press Union and its partners are alarmed by the arrest of four reporters of "
                           "the Saltmarsh Gazette last week.\n\n") +
               first + "\n" + second + "\n" + third +
               "\n\nSignatories:\nSaltmarsh Press Union (Pelham Vale)\nAmber Lantern Association (Georgia)\n";
    };
    // The verb as the third word at most ("We also demand", "And we call on"): the lines are demands.
    auto const near = parse(text("We therefore urge the regional administration to release the four reporters at once.",
                                 "We also demand an independent inquiry into their treatment in custody.",
                                 "And we call on the courts to drop every charge brought against them."))
                          .statement;
    CHECK(describe_calls(near) ==
          "We therefore urge the regional administration to release the four reporters at once. => the regional administration\n"
          "We also demand an independent inquiry into their treatment in custody. => (none)\n"
          "And we call on the courts to drop every charge brought against them. => the courts\n");
    // As the fourth word, after an adverbial of three ("For these reasons we urge"), the lines are prose.
    auto const far = parse(text("For these reasons we urge the regional administration to release the four reporters at once.",
                                "On this point we demand an independent inquiry into their treatment in custody.",
                                "In the meantime we call on the courts to drop every charge brought against them."))
                         .statement;
    CHECK(describe_calls(far).empty());
}

TEST_CASE("layouts: items nested under a call that ends with a colon are its parts, in text and in HTML") {
    std::string const text = "We call on the authorities of Georgia to:\n"
                             "- Release Mira Tallow immediately and unconditionally;\n"
                             "- Drop all charges against her, including:\n"
                             "  - the charge of defamation;\n"
                             "  - the charge of disclosing state secrets;\n"
                             "- Guarantee the safety of journalists who report on local government.";
    auto const s = parse(with_calls(text)).statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 3);
    CHECK(s.call_groups[0].calls[1].text ==
          "Drop all charges against her, including: the charge of defamation; the charge of disclosing state secrets;");
    auto const html = parse("<h1>Joint statement on Mira Tallow</h1><p>We, the undersigned organisations, are alarmed.</p>"
                            "<p>We call on the authorities of Georgia to:</p><ul><li>Release Mira Tallow;</li>"
                            "<li>Drop all charges against her, including:<ul><li>the charge of defamation;</li>"
                            "<li>the charge of disclosing state secrets;</li></ul></li><li>Guarantee the safety of "
                            "journalists.</li></ul>")
                          .statement;
    REQUIRE(html.call_groups.size() == 1);
    CHECK(html.call_groups[0].calls.size() == 3);
}

TEST_CASE("layouts: another bullet's sign after a list of calls starts another list") {
    auto const s = parse(with_calls("We call on the authorities of Georgia to:\n"
                                    "\xE2\x9C\x85 release Mira Tallow;\n\xE2\x9C\x85 drop all charges against her.\n"
                                    "\xF0\x9F\x94\x97 Read the Ombudsman's statement: ombudsman.example\n"
                                    "\xF0\x9F\x94\x97 Read our statement of 18 November: amber.example\n"))
                       .statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Georgia", {"release Mira Tallow;", "drop all charges against her."}));
}

TEST_CASE("layouts: numbered calls each explained by a paragraph under it") {
    auto const s = parse(with_calls("We call on the authorities of Georgia to:\n\n"
                                    "1. Release Mira Tallow immediately and unconditionally;\n\n"
                                    "She has been held for six weeks without access to her lawyer.\n\n"
                                    "2. Drop all charges against her;\n\n"
                                    "The charges rest on her published work alone.\n\n"
                                    "Two of her sources were questioned as well.\n\n"
                                    "3. Guarantee the safety of journalists who report on local government."))
                       .statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Georgia", tallow_calls));
    // a numbered list of the background after a paragraph starts again at 1: no calls
    auto const background = parse(with_calls("We call on the authorities of Georgia to:\n\n"
                                             "1. Release Mira Tallow immediately and unconditionally;\n\n"
                                             "Her detention follows two others:\n\n"
                                             "1. Oren Vale, held in March;\n"
                                             "2. Dana Birch, held in May."))
                                  .statement;
    CHECK(describe_calls(background) == calls_to("the authorities of Georgia", {tallow_calls[0]}));
    // notes numbered on after a paragraph are no demands
    auto const notes = parse(with_calls("We call on the authorities of Georgia to:\n\n"
                                        "1. Release Mira Tallow immediately and unconditionally;\n\n"
                                        "She has been held for six weeks.\n\n"
                                        "2. Amber Rights Defender, Statement of 13 June 2026.\n"))
                           .statement;
    CHECK(describe_calls(notes) == calls_to("the authorities of Georgia", {tallow_calls[0]}));
    // the explanation right under its item, and a word processor's bullets of two levels
    auto const under = parse(with_calls("We call on the authorities of Georgia to:\n\n"
                                        "1. Release Mira Tallow immediately and unconditionally;\n"
                                        "She has been held for six weeks without access to the lawyer of her choice.\n\n"
                                        "2. Drop all charges against her;\n"
                                        "The charges rest on her published work alone and on nothing else at all.\n\n"
                                        "3. Guarantee the safety of journalists who report on local government."))
                             .statement;
    CHECK(describe_calls(under) == calls_to("the authorities of Georgia", tallow_calls));
    auto const levels = parse(with_calls("We call on the authorities of Georgia to:\n"
                                         "\xEF\x82\xB7 Release Mira Tallow;\n"
                                         "\xEF\x82\xB7 Drop all charges against her, including:\n"
                                         "o the charge of defamation;\n"
                                         "o the charge of disclosing state secrets;\n"
                                         "\xEF\x82\xB7 Guarantee the safety of journalists."))
                              .statement;
    REQUIRE(levels.call_groups.size() == 1);
    CHECK(levels.call_groups[0].calls.size() == 3);
}

// civic today: the three calls are found, but the group has no addressee at all.
TEST_CASE("layouts: gerund bullets after 'Such measures should include:'") {
    auto const input = layout_fixture("gerund-calls.txt");
    auto const s = parse(input).statement;
    std::string calls;
    for (auto const& g : s.call_groups)
        for (auto const& c : g.calls) calls += c.text + "\n";
    CHECK(calls ==
          "releasing everyone detained for taking part in the march;\n"
          "dropping the charges against the organisers;\n"
          "investigating all reports of ill-treatment in custody.\n");
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].introduction.has_value());
    CHECK(s.call_groups[0].introduction->text == "Such measures should include:");
    auto const addressees = s.addressees();
    CHECK(std::find(addressees.begin(), addressees.end(), "the Government of Moldova") != addressees.end());
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("layouts: 'We call on:' with each item naming its addressee") {
    auto const input = with_calls("We call on:\n"
                                  "- the authorities of Georgia to release Mira Tallow immediately;\n"
                                  "- the European Union to raise her case with the government;\n"
                                  "- journalists' unions to follow her trial.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) ==
          "the authorities of Georgia to release Mira Tallow immediately; => the authorities of Georgia\n"
          "the European Union to raise her case with the government; => the European Union\n"
          "journalists' unions to follow her trial. => journalists' unions\n");
    CHECK(s.addressees() ==
          std::vector<std::string>{"the authorities of Georgia", "the European Union", "journalists' unions"});
    // A call made in the paragraphs before does not take the items' place.
    auto const after = parse("Statement\n\nWe, the undersigned, call on the international community to respond to the "
                             "torture of prisoners of war.\n\nNinety-five per cent of those released reported torture.\n\n"
                             "We call on:\n- the UN to ensure access to places of detention;\n"
                             "- the ICRC to visit all prisoners of war.\n")
                           .statement;
    CHECK(describe_calls(after) == "the UN to ensure access to places of detention; => the UN\n"
                                   "the ICRC to visit all prisoners of war. => the ICRC\n");
}

TEST_CASE("layouts: 'We demand:' over what is asked for: 'an end to the …' names no one") {
    // "to" before an article is a preposition: "an end to the prosecution" asks for an end.
    auto const input = with_calls("We demand:\n"
                                  "- the release of all detained defenders;\n"
                                  "- an end to the prosecution of journalists;\n"
                                  "- a halt to the use of force against protesters;\n"
                                  "- the Government to ratify the Convention.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) == "the release of all detained defenders; => (none)\n"
                               "an end to the prosecution of journalists; => (none)\n"
                               "a halt to the use of force against protesters; => (none)\n"
                               "the Government to ratify the Convention. => the Government\n");
}

TEST_CASE("layouts: 'We call upon X' without a colon over items that go on with 'to'") {
    auto const input = with_calls("We call upon the authorities of Georgia\n\n"
                                  "- to release Mira Tallow immediately;\n"
                                  "- to drop all charges against her.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Georgia", {"to release Mira Tallow immediately;",
                                                                       "to drop all charges against her."}));
}

TEST_CASE("layouts: calls lettered '(a) …; (b) …' in one sentence") {
    auto const input = with_calls("The signatories call on the authorities of Georgia to: (a) release Mira Tallow "
                                  "immediately and unconditionally; (b) drop all charges against her; (c) guarantee the "
                                  "safety of journalists who report on local government.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Georgia",
                                        {"release Mira Tallow immediately and unconditionally;",
                                         "drop all charges against her;",
                                         "guarantee the safety of journalists who report on local government."}));
    // Each call points at its own words in the sentence.
    REQUIRE(s.call_groups.size() == 1);
    CHECK(original(input, s.call_groups[0].calls[1].span) == "drop all charges against her;");
}

TEST_CASE("layouts: recommendations under 'To X:' headings") {
    auto const input = with_calls("Recommendations\n\n"
                                  "To the authorities of Georgia:\n"
                                  "- Release Mira Tallow immediately and unconditionally;\n"
                                  "- Drop all charges against her.\n\n"
                                  "To the Council of Europe:\n"
                                  "- Follow her case closely.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) ==
          "Release Mira Tallow immediately and unconditionally; => the authorities of Georgia\n"
          "Drop all charges against her. => the authorities of Georgia\n"
          "Follow her case closely. => the Council of Europe\n");
    CHECK(s.addressees() == std::vector<std::string>{"the authorities of Georgia", "the Council of Europe"});
}

TEST_CASE("layouts: addressees' headings without 'To', as they stand or in the dative") {
    auto const s = parse(with_calls("Our recommendations\n\n"
                                    "The authorities of Pelham Vale:\n"
                                    "- Release Mira Tallow immediately and unconditionally;\n"
                                    "- Drop all charges against her.\n\n"
                                    "The European Union and its member states:\n"
                                    "- Follow her case closely."))
                       .statement;
    CHECK(describe_calls(s) ==
          "Release Mira Tallow immediately and unconditionally; => The authorities of Pelham Vale\n"
          "Drop all charges against her. => The authorities of Pelham Vale\n"
          "Follow her case closely. => The European Union and its member states\n");

    auto const ru = parse(with_calls("\xD0\x92 \xD1\x81\xD0\xB2\xD1\x8F\xD0\xB7\xD0\xB8 \xD1\x81 \xD1\x8D\xD1\x82\xD0\xB8\xD0\xBC "
                                     "\xD0\xBC\xD1\x8B \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB7\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB5\xD0\xBC:\n\n"
                                     // "Властям Велорийской Республики:"
                                     "\xD0\x92\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD1\x8F\xD0\xBC \xD0\x92\xD0\xB5\xD0\xBB\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB9\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 "
                                     "\xD0\xA0\xD0\xB5\xD1\x81\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB8:\n"
                                     // "— освободить задержанных;" / "— прекратить преследование."
                                     "\xE2\x80\x94 \xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85;\n"
                                     "\xE2\x80\x94 \xD0\xBF\xD1\x80\xD0\xB5\xD0\xBA\xD1\x80\xD0\xB0\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C \xD0\xBF\xD1\x80\xD0\xB5\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5.\n\n"
                                     // "Международному сообществу:" / "— следить за делом."
                                     "\xD0\x9C\xD0\xB5\xD0\xB6\xD0\xB4\xD1\x83\xD0\xBD\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBD\xD0\xBE\xD0\xBC\xD1\x83 \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB5\xD1\x81\xD1\x82\xD0\xB2\xD1\x83:\n"
                                     "\xE2\x80\x94 \xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB7\xD0\xB0 \xD0\xB4\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xBC."))
                        .statement;
    CHECK(all_calls(ru).size() == 3);
    CHECK(ru.addressees().size() == 2);
    if (all_calls(ru).size() == 3) {
        CHECK(all_calls(ru)[0].addressee == all_calls(ru)[1].addressee);
        CHECK(all_calls(ru)[2].addressee != all_calls(ru)[0].addressee);
    }

    // "We call on:" over lines that go on from the verb up to the infinitive's marker.
    auto const on = parse(with_calls("We call on:\n"
                                     "the Government of Pelham Vale to:\n"
                                     "- release Mira Tallow;\n"
                                     "- drop all charges against her.\n"
                                     "the Council of Europe to:\n"
                                     "- follow her case closely."))
                        .statement;
    CHECK(describe_calls(on) ==
          "release Mira Tallow; => the Government of Pelham Vale\n"
          "drop all charges against her. => the Government of Pelham Vale\n"
          "follow her case closely. => the Council of Europe\n");
}

TEST_CASE("layouts: a theme's or a time's heading over demands names no addressee") {
    auto const s = parse(with_calls("We call on the authorities of Pelham Vale to take the following steps:\n\n"
                                    "Accountability:\n- Ensure prompt and impartial investigations;\n- Prosecute those responsible.\n"
                                    "Fair trial:\n- Review the convictions of the protesters."))
                       .statement;
    CHECK(describe_calls(s) == calls_to("the authorities of Pelham Vale", {"Ensure prompt and impartial investigations;",
                                                                            "Prosecute those responsible.",
                                                                            "Review the convictions of the protesters."}));
    auto const times = parse(with_calls("Our recommendations\n\nImmediately:\n1. Release all detained journalists;\n"
                                        "2. Drop the charges.\nWithin six months:\n1. Repeal the law on foreign agents."))
                           .statement;
    CHECK(all_calls(times).size() == 3);
    CHECK(times.addressees().empty());
    // A list of the law's flaws under an addressee's heading and a paragraph is no list of demands.
    auto const concerns = parse(with_calls("To the Parliament of Pelham Vale\n\n"
                                           "The draft law threatens free media. Our main concerns are set out below.\n\n"
                                           "- The draft law requires all websites to register as mass media;\n"
                                           "- It allows the Ministry to suspend an outlet without a court order."))
                              .statement;
    CHECK(all_calls(concerns).empty());
}

TEST_CASE("layouts: an acronym of two words or with a word after a hyphen, after an organisation's name") {
    auto const s = parse(with_signatories("Signatories:\nJesuit Refugee Service Amberland (JRS Amberland)\n"
                                          "Iniciativa Mesoamericana de Mujeres Defensoras (IM-Defensoras)\n"
                                          "Red Nacional de Organismos Civiles (Red TDT)\nMira Tallow (PEN Berlin)\n"))
                       .statement;
    check_signatories(s, {org("Jesuit Refugee Service Amberland", "JRS Amberland"),
                          org("Iniciativa Mesoamericana de Mujeres Defensoras", "IM-Defensoras"),
                          org("Red Nacional de Organismos Civiles", "Red TDT"), org("Mira Tallow (PEN Berlin)")});
}

TEST_CASE("layouts: organisations of one acronym whose names both spell it are two signers") {
    auto const s = parse(with_signatories("Signatories:\nHuman Rights Center (HRC), Georgia\nHuman Rights Club (HRC)\n"
                                          "Ligue Amberienne des Droits (LAD)\nAmberian League for Rights (LAD)\n"))
                       .statement;
    CHECK(s.signatories.size() == 3);
}

TEST_CASE("layouts: not a list of contacts under the calls") {
    auto const s = parse(with_calls("We call on the authorities to:\n"
                                    "- release Mira Tallow;\n"
                                    "- drop all charges against her.\n\n"
                                    "Media contacts:\n"
                                    "- Anna Berg, +44 20 7946 0000\n"
                                    "- Tom Reed, press@amberrights.example"))
                       .statement;
    CHECK(all_calls(s).size() == 2);
}

TEST_CASE("layouts: demands numbered '1.1', '1.2': the list's items, without their numbers") {
    auto const s = parse(with_calls("We respectfully recommend that the Council of Pelham Vale:\n\n"
                                    "1.1 Continue to examine the case of Mira Tallow under enhanced supervision;\n"
                                    "1.2 Adopt an interim resolution on the detention of journalists;\n"
                                    "1.3. Request statistics on arrests at demonstrations."))
                       .statement;
    CHECK(describe_calls(s) ==
          calls_to("the Council of Pelham Vale", {"Continue to examine the case of Mira Tallow under enhanced supervision;",
                                                  "Adopt an interim resolution on the detention of journalists;",
                                                  "Request statistics on arrests at demonstrations."}));
}

TEST_CASE("layouts: numbered themes over demands numbered after them ('1. Scope' / '1.1 Remove …'): the demands are the calls") {
    auto const s = parse(with_calls("Recommendations\n\n"
                                    "1. Scope\n"
                                    "1.1 Remove the detention of journalists from the scope of the Public Order Act.\n"
                                    "1.2 Exclude reporting on demonstrations from any licensing duty.\n"
                                    "2. Safeguards\n"
                                    "2.1 Require a judge's prior approval for every search of a newsroom."))
                       .statement;
    CHECK(describe_calls(s) == calls_to("(none)", {"Remove the detention of journalists from the scope of the Public Order Act.",
                                                   "Exclude reporting on demonstrations from any licensing duty.",
                                                   "Require a judge's prior approval for every search of a newsroom."}));

    auto const lettered = parse(with_calls("We call on the authorities of Pelham Vale to act on these recommendations:\n\n"
                                           "1. On policing\n"
                                           "   a) Adopt guidelines against ethnic profiling;\n"
                                           "   b) Establish an independent complaints body;\n"
                                           "2. On the press\n"
                                           "   a) Release Mira Tallow."))
                              .statement;
    CHECK(describe_calls(lettered) ==
          calls_to("the authorities of Pelham Vale", {"Adopt guidelines against ethnic profiling;",
                                                      "Establish an independent complaints body;", "Release Mira Tallow."}));
}

TEST_CASE("layouts: paragraphs labelled 'Recommendation 1:', 'Recommendation 2:': each is a demand, without its label") {
    std::string const input = with_calls("Summary of Recommendations\n\n"
                                         "Recommendation 1: Release Mira Tallow. The Ministry should drop every charge against her.\n\n"
                                         "Recommendation 2: Repeal the Public Order Act. Parliament should restore the right of assembly.\n\n"
                                         "Recommendation 3 \xE2\x80\x93 Fund the Birchwood Institute's legal aid programme.");
    auto const s = parse(input).statement;
    auto const calls = all_calls(s);
    REQUIRE(calls.size() == 3);
    CHECK(calls[0].text == "Release Mira Tallow. The Ministry should drop every charge against her.");
    CHECK(calls[1].text == "Repeal the Public Order Act. Parliament should restore the right of assembly.");
    CHECK(calls[2].text == "Fund the Birchwood Institute's legal aid programme.");
    CHECK(original(input, calls[0].span).substr(0, 7) == "Release");
    REQUIRE(s.call_groups[0].introduction.has_value());
    CHECK(s.call_groups[0].introduction->text == "Summary of Recommendations");

    // One alone is a paragraph that names its number, and numbers that do not count on are no list.
    auto const one = parse(with_calls("Recommendation 4: Release Mira Tallow.\n\nRecommendation 6: Repeal the law.")).statement;
    CHECK(all_calls(one).empty());
}

TEST_CASE("layouts: a bullet indented under a numbered demand is part of that demand's text, no call of its own") {
    std::string const input = with_calls("We urge the Council of Pelham Vale to:\n\n"
                                         "1. **Release Mira Tallow**, without conditions;\n"
                                         "   - including her two colleagues from the Amber Gazette;\n"
                                         "2. Repeal the Public Order Act.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) ==
          calls_to("the Council of Pelham Vale",
                   {"Release Mira Tallow, without conditions; including her two colleagues from the Amber Gazette;",
                    "Repeal the Public Order Act."}));
    REQUIRE(all_calls(s).size() == 2);
    CHECK(original(input, all_calls(s)[0].span).find("Amber Gazette") != std::string_view::npos);
}

TEST_CASE("layouts: a PDF's page break between numbered demands, with the page's notes and running lines") {
    auto const s = parse(with_calls("We call on the authorities of Lakeshore to:\n"
                                    "1. Respect the right to peaceful assembly;\n"
                                    "2. Investigate all attacks on protesters;\n"
                                    "11 Amber Times, \"What we know\", 2 November 2024.\n"
                                    "Joint Statement | Lakeshore                                    1\n"
                                    "\fJoint Statement\nPage 2 of 2\n"
                                    "3. Drop the charges against the students;\n"
                                    "4. Stop the smear campaigns."))
                       .statement;
    auto const calls = all_calls(s);
    REQUIRE(calls.size() == 4);
    CHECK(calls[2].text == "Drop the charges against the students;");
    CHECK(calls[3].text == "Stop the smear campaigns.");
}

TEST_CASE("layouts: addressees numbered or bulleted over their demands, and a paragraph between") {
    auto const s = parse(with_calls("Recommendations\n\n"
                                    "1. To the Government of Pelham Vale:\n"
                                    "a) Repeal the Public Order Act;\n"
                                    "b) Release Mira Tallow.\n"
                                    "2. To the Council of Europe:\n"
                                    "a) Follow her case closely."))
                       .statement;
    CHECK(describe_calls(s) ==
          "Repeal the Public Order Act; => the Government of Pelham Vale\n"
          "Release Mira Tallow. => the Government of Pelham Vale\n"
          "Follow her case closely. => the Council of Europe\n");

    auto const nested = parse(with_calls("We call on:\n\n"
                                         "- the authorities of Pelham Vale to:\n"
                                         "  - release Mira Tallow;\n"
                                         "  - drop all charges against her;\n"
                                         "- the Council of Europe to:\n"
                                         "  - follow her case closely."))
                            .statement;
    CHECK(describe_calls(nested) ==
          "release Mira Tallow; => the authorities of Pelham Vale\n"
          "drop all charges against her; => the authorities of Pelham Vale\n"
          "follow her case closely. => the Council of Europe\n");

    // An item that ends with a colon over its parts is still one demand.
    auto const parts = parse(with_calls("We call on the authorities to:\n"
                                        "1. End the state of emergency:\n"
                                        "- lift the curfew;\n"
                                        "- restore the internet.\n"
                                        "2. Release Mira Tallow."))
                           .statement;
    CHECK(all_calls(parts).size() == 2);

    auto const explained = parse(with_calls("To the Parliament of Pelham Vale\n"
                                            "The law breaks the Constitution and the country's obligations.\n"
                                            "- Repeal the law in its entirety;\n"
                                            "- Refrain from adopting such laws.\n\n"
                                            "#### 2. To the Council of Europe\n\n"
                                            "- Follow the case closely."))
                             .statement;
    CHECK(describe_calls(explained) ==
          "Repeal the law in its entirety; => the Parliament of Pelham Vale\n"
          "Refrain from adopting such laws. => the Parliament of Pelham Vale\n"
          "Follow the case closely. => the Council of Europe\n");
    CHECK(explained.paragraphs.size() >= 1);
}

TEST_CASE("layouts: the line over the list names the coalition whose members sign") {
    auto const s = parse(with_signatories("Members of the Lakeshore Civic Forum:\n"
                                          "Amber Lantern Association (Georgia)\n"
                                          "Birchwood Institute for Civic Rights (Poland)\n"))
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Lakeshore Civic Forum");
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("layouts: a network over its members right under the text ('X, integrado por:') is the coalition, no signer") {
    auto const s = parse("Declaraci\xC3\xB3n sobre el Mecanismo de Protecci\xC3\xB3n\n\n"
                         "La Red \xC3\x81mbar exige al Gobierno de Amberia garantizar la vida de las personas defensoras.\n\n"
                         "Red \xC3\x81mbar (RA), integrada por:\n\n"
                         "Centro Abedul de Derechos Humanos\nColectivo Coral, A.C.\nFundaci\xC3\xB3n Duna\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Red \xC3\x81mbar");
    CHECK(s.coalition->acronym == std::optional<std::string>("RA"));
    CHECK(names_of(s) ==
          std::vector<std::string>{"Centro Abedul de Derechos Humanos", "Colectivo Coral, A.C.", "Fundaci\xC3\xB3n Duna"});
}

TEST_CASE("layouts: repeated 'We call upon X to \xE2\x80\xA6' lines") {
    auto const input = with_calls("We call upon the authorities of Georgia to release Mira Tallow immediately.\n"
                                  "We call upon the Prosecutor General to drop all charges against her.\n"
                                  "We call upon the Council of Europe to follow her case closely.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) ==
          "We call upon the authorities of Georgia to release Mira Tallow immediately. => the authorities of Georgia\n"
          "We call upon the Prosecutor General to drop all charges against her. => the Prosecutor General\n"
          "We call upon the Council of Europe to follow her case closely. => the Council of Europe\n");
    CHECK(s.addressees() ==
          std::vector<std::string>{"the authorities of Georgia", "the Prosecutor General", "the Council of Europe"});
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("layouts: paragraphs apart that each make a call are prose, not a list of calls") {
    auto const s = parse(with_calls("We demand from the prosecutor to drop all charges against Mira Tallow, who did nothing "
                                    "but report on the sale of municipal land.\n\n"
                                    "We call on all political forces to show restraint and to refrain from attacks on "
                                    "journalists in the weeks before the election."))
                       .statement;
    CHECK(s.call_groups.empty());
    CHECK(s.paragraphs.size() == 2);
}

// civic today: the three calls are found, each with no addressee.
TEST_CASE("layouts: a numbered list whose items say 'we urge'") {
    auto const input = with_calls("Our demands:\n\n"
                                  "1. We urge the authorities of Georgia to release Mira Tallow immediately.\n"
                                  "2. We urge the Prosecutor General to drop all charges against her.\n"
                                  "3. We urge the Council of Europe to follow her case closely.");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) ==
          "We urge the authorities of Georgia to release Mira Tallow immediately. => the authorities of Georgia\n"
          "We urge the Prosecutor General to drop all charges against her. => the Prosecutor General\n"
          "We urge the Council of Europe to follow her case closely. => the Council of Europe\n");
    CHECK(s.addressees() ==
          std::vector<std::string>{"the authorities of Georgia", "the Prosecutor General", "the Council of Europe"});
}

TEST_CASE("layouts: a bullet list of reasons after 'as it' is not a list of calls") {
    auto const input = layout_fixture("reasons-not-calls.txt");
    auto const s = parse(input).statement;
    CHECK(describe_calls(s) == calls_to("the Parliament of Moldova", {"Reject the draft law;",
                                                                      "Consult civil society on any future reform."}));
    CHECK(s.call_groups.size() == 1);
    CHECK(role_at(s, input, "restricts the right") != block_role::call);
    CHECK(role_at(s, input, "gives the Ministry") != block_role::call);
    check_signatories(s, {org_in("Amber Lantern Association", "Moldova", "MD"),
                          org_in("Birchwood Institute for Civic Rights", "Romania", "RO")});
}

TEST_CASE("layouts: several call groups, each with its own addressees") {
    auto const input = layout_fixture("several-groups.txt");
    auto const s = parse(input).statement;
    REQUIRE(s.call_groups.size() == 2);
    CHECK(s.call_groups[0].addressees == std::vector<std::string>{"the authorities of Armenia"});
    CHECK(s.call_groups[1].addressees == std::vector<std::string>{"the European Union"});
    CHECK(describe_calls(s) ==
          calls_to("the authorities of Armenia", {"Drop the charges against the seven defendants;",
                                                  "Investigate the ill-treatment of the defendants in custody."}) +
              calls_to("the European Union", {"Raise the case at the next human rights dialogue with Armenia;",
                                              "Send diplomats to observe the trial."}));
    CHECK(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[1].calls.size() == 2);
    CHECK(s.signatories.size() == 2);
}

// =========================================================================================
// The document
// =========================================================================================

TEST_CASE("layouts: web chrome before and after the statement") {
    auto const input = layout_fixture("web-chrome.txt");
    auto const r = parse(input);
    auto const& s = r.statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the detention of the journalist Mira Tallow");
    CHECK(s.kind == statement_kind::joint_statement);
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2022);
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);

    auto const header = joined(s.header);
    for (char const* chrome : {"Home | About us | News | Publications | Contact", "Search"}) {
        CAPTURE(chrome);
        CHECK(contains(header, chrome));
        CHECK(role_at(s, input, chrome) == block_role::chrome_header);
    }
    auto const footer = joined(s.footer);
    for (char const* chrome : {"Share", "Facebook", "Twitter", "Other news",
                               "Court hearing in the case of the Saltmarsh Gazette postponed again",
                               "Tidewater Rights Monitor \xC2\xA9 2022"}) {
        CAPTURE(chrome);
        CHECK(contains(footer, chrome));
    }
    REQUIRE(s.paragraphs.size() == 1);
    CHECK(s.paragraphs[0].text.rfind("Ms Tallow was arrested", 0) == 0);
    CHECK(describe_calls(s) == calls_to("the authorities of Georgia", {"Release Mira Tallow immediately and unconditionally;",
                                                                       "Drop all charges against her."}));
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a demand that opens with a button's verb is no chrome") {
    // "Підтримати" labels a site's donation button and "Share" its sharing one; as the verb of a
    // demand, in lower case with its full stop or before a semicolon, each opens a sentence.
    std::string const uk =
        "\xD0\x97\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F\n\n"  // Звернення
        "\xD0\x97\xD0\xB0\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB0\xD1\x94\xD0\xBC\xD0\xBE "  // Закликаємо
        "\xD0\xB2\xD0\xBB\xD0\xB0\xD0\xB4\xD1\x83:\n"                                          // владу:
        "\xE2\x80\x94 \xD0\xB7\xD0\xB2\xD1\x96\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD1\x82\xD0\xB8 "  // — звільнити
        "\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD1\x96\xD1\x81\xD1\x82\xD0\xB0;\n"    // журналіста;
        "\xE2\x80\x94 \xD0\xBF\xD1\x96\xD0\xB4\xD1\x82\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB0\xD1\x82\xD0\xB8 "  // — підтримати
        "\xD0\xB9\xD0\xBE\xD0\xB3\xD0\xBE \xD1\x80\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD1\x83.\n";  // його родину.
    auto const s = parse(uk).statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[1].text == "\xD0\xBF\xD1\x96\xD0\xB4\xD1\x82\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB0\xD1\x82\xD0\xB8 "
                             "\xD0\xB9\xD0\xBE\xD0\xB3\xD0\xBE \xD1\x80\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD1\x83.");
    CHECK(s.footer.empty());

    std::string const en = "Appeal on the detained students\n\nWe call on the authorities to:\n"
                           "- release the students;\n- support the families of the detained;\n- share the findings.\n";
    auto const e = parse(en).statement;
    CHECK(describe_calls(e) == calls_to("the authorities", {"release the students;", "support the families of the detained;",
                                                            "share the findings."}));
    // The button alone is still chrome.
    auto const button = parse(en + "\nShare this\n").statement;
    CHECK(joined(button.footer) == "Share this\n");
}

TEST_CASE("layouts: a PDF's running header and footer, a rule across the page, a page's 'Read also' line") {
    auto const input = "Lakeshore Rights Watch                                   Joint Statement\n"
                       "-----------------------------------------------------------------------\n\n"
                       "JOINT STATEMENT ON THE CLOSURE OF INDEPENDENT MEDIA IN VELORIA\n\n"
                       "We, the undersigned organisations, are deeply concerned about the closure of the\n"
                       "independent media outlets of Pelham Vale by the authorities of Veloria.\n\n"
                       "Lakeshore Rights Watch \xC2\xB7 www.lakeshore.example \xC2\xB7 info@lakeshore.example            1\n\n"
                       "Read also: Veloria's parliament adopts the law in first reading\n\n"
                       "Signatories:\n1. Amber Lantern Association\n2. Birchwood Institute for Civic Rights\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "JOINT STATEMENT ON THE CLOSURE OF INDEPENDENT MEDIA IN VELORIA");
    CHECK(role_at(s, input, "Lakeshore Rights Watch      ") == block_role::chrome_header);
    CHECK(role_at(s, input, "-------") == block_role::chrome_header);
    CHECK(role_at(s, input, "Lakeshore Rights Watch \xC2\xB7") == block_role::chrome_footer);
    CHECK(role_at(s, input, "Read also:") == block_role::chrome_footer);
    CHECK(s.signatories.size() == 2);
    CHECK(s.paragraphs.empty());
    CHECK(s.unrecognised.empty());
}

// civic today: no publisher (the site name is the first block of the header).
TEST_CASE("layouts: the site name above a menu is the publisher") {
    // "the site or organisation line above the title": here a menu and a search box stand
    // between the site name and the title.
    auto const input = layout_fixture("web-chrome.txt");
    auto const s = parse(input).statement;
    REQUIRE(s.publisher.has_value());
    CHECK(s.publisher->text == "Tidewater Rights Monitor");
    CHECK(original(input, s.publisher->span) == "Tidewater Rights Monitor");
}

TEST_CASE("layouts: a letter copied from a PDF, with its page numbers and its closing line") {
    auto const input = layout_fixture("pdf-letter-pages.txt");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "OPEN LETTER TO THE MINISTER OF THE INTERIOR OF VELORIA");
    CHECK(s.kind == statement_kind::open_letter);
    // Page numbers are chrome wherever they stand, and end nothing: the letter goes on after them.
    CHECK(role_at(s, input, "Page 1 of 2") == block_role::chrome_header);  // between the title and the text
    for (std::string const page : {"- 2 -", "Page 2 of 2"}) {
        CAPTURE(page);
        CHECK(role_at(s, input, page) == block_role::chrome_footer);
    }
    CHECK(role_at(s, input, "We respectfully urge you") == block_role::paragraph);
    // "Yours sincerely," stands where the signers begin, and is none of them.
    CHECK(role_at(s, input, "Yours sincerely,") != block_role::signatory);
    check_signatories(s, {person("Mira Tallow", "Director, Amber Lantern Association"),
                          person("Oren Vale", "Chair, Birchwood Institute for Civic Rights"),
                          {"Ilse Marten", nullptr, "Sweden", "SE", "Programme Officer, Coral Bay Human Rights Forum",
                           signatory_type::person}});
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a running header between a letter's closing and its signers parts nothing") {
    // Names that show little of what they are sign under the closing; the page break a PDF left
    // between the two does not hide it.
    auto const s = parse("Open letter to the Mayor of Pelham Vale\n\n"
                         "Dear Mayor,\n\n"
                         "We ask you to stop the eviction of the forty families who live in Linden Court until "
                         "the appeal court has ruled on their case.\n\n"
                         "Sincerely,\n\n"
                         "Letter re: Evictions at Linden Court                         Page 2 of 3\n\n"
                         "Linden Court Tenants\nPelham Vale Neighbours\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Linden Court Tenants", "Pelham Vale Neighbours"});
}

TEST_CASE("layouts: page numbers in the shapes PDFs leave") {
    for (char const* page : {"Page 3 of 7", "Seite 3 von 7", "Page 3 sur 7", "P\xC3\xA1gina 3 de 7",
                             "\xD0\xA1\xD1\x82\xD1\x80. 3 \xD0\xB8\xD0\xB7 7", "3 / 7", "3/7", "- 3 -",
                             "\xE2\x80\x93 3 \xE2\x80\x93"}) {
        std::string const shape = page;
        CAPTURE(shape);
        auto const input = with_signatories(std::string(page) + "\n\nSignatories:\nAmber Lantern Association (Georgia)\n"
                                                                  "Birchwood Institute for Civic Rights (Poland)\n");
        auto const s = parse(input).statement;
        CHECK(role_at(s, input, page) == block_role::chrome_footer);
        CHECK(s.signatories.size() == 2);
    }
    // A law and its year, a page beyond the last: no page numbers.
    for (char const* line : {"Law 15 of 2020", "Page 9 of 7"}) {
        std::string const text = line;
        CAPTURE(text);
        auto const input = with_signatories(std::string(line) + "\n\nSignatories:\nAmber Lantern Association (Georgia)\n");
        CHECK(role_at(parse(input).statement, input, line) != block_role::chrome_footer);
    }
}

TEST_CASE("layouts: a letter's closing line in other languages is no signer") {
    for (char const* closing : {"Mit freundlichen Gr\xC3\xBC\xC3\x9F" "en", "Cordialement,",
                                "\xD0\xA1 \xD1\x83\xD0\xB2\xD0\xB0\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\xD0\xBC,",
                                "Z powa\xC5\xBC" "aniem", "Atentamente,", "In solidarity,"}) {
        std::string const closing_line = closing;
        CAPTURE(closing_line);
        auto const s = parse("Open letter to the Mayor of Pelham Vale\n\n"
                             "Dear Mayor,\n\n"
                             "We ask you to stop the eviction of the forty families who live in Linden Court until "
                             "the appeal court has ruled on their case.\n\n" +
                             std::string(closing) +
                             "\n\n"
                             "Mira Tallow, Director, Amber Lantern Association\n"
                             "Oren Vale, Chair, Birchwood Institute for Civic Rights\n")
                           .statement;
        check_signatories(s, {person("Mira Tallow", "Director, Amber Lantern Association"),
                              person("Oren Vale", "Chair, Birchwood Institute for Civic Rights")});
    }
}

TEST_CASE("layouts: a short letter's signers under its closing line") {
    // Its paragraphs are too short to tell prose by their length: the closing says the text
    // has ended, and introduces the signers as a colon would.
    auto const s = parse("Open letter to the Mayor of Pelham Vale\n\n"
                         "Dear Mayor,\n\n"
                         "We write about the eviction of the Linden Court families.\n\n"
                         "Please stop it.\n\n"
                         "Sincerely,\n\n"
                         "Mira Tallow (Amber Lantern Association)\n"
                         "Oren Vale (Birchwood Institute for Civic Rights)\n")
                       .statement;
    check_signatories(s, {person("Mira Tallow", "Amber Lantern Association"),
                          person("Oren Vale", "Birchwood Institute for Civic Rights")});
}

TEST_CASE("layouts: a public comment's and a faith letter's closings head their signers") {
    for (char const* closing : {"Respectfully submitted,", "In faith,", "In peace,", "With gratitude,", "Thank you,",
                                "Yours in faith and hope,", "In peace and solidarity,", "With warm regards,",
                                "With the highest respect,"}) {
        std::string const closing_line = closing;
        CAPTURE(closing_line);
        auto const s = parse("Open letter to the Mayor of Pelham Vale\n\n"
                             "Dear Mayor,\n\n"
                             "We ask you to stop the eviction of the forty families who live in Linden Court until "
                             "the appeal court has ruled on their case.\n\n" +
                             closing_line +
                             "\n\n"
                             "Rabbi Mira Tallow, Pelham Vale\n"
                             "Rev. Oren Vale, Birchwood Chapel\n"
                             "Sister Ilse Marten, Amber Lantern Shelter\n")
                           .statement;
        CHECK(names_of(s) == std::vector<std::string>{"Rabbi Mira Tallow", "Rev. Oren Vale", "Sister Ilse Marten"});
    }
}

TEST_CASE("layouts: a letter's signatures in three lines: name, role, organisation") {
    auto const input = "Open letter to the Mayor of Pelham Vale\n\n"
                       "Dear Mayor,\n\n"
                       "We write to ask you to stop the eviction of the forty families who live in Linden Court "
                       "until the appeal court has ruled on their case.\n\n"
                       "Yours sincerely,\n\n"
                       "Mira Tallow\nDirector\nAmber Lantern Association\n\n"
                       "Oren Vale\nChair\nBirchwood Institute for Civic Rights\n";
    auto const s = parse(input).statement;
    check_signatories(s, {person("Mira Tallow", "Director, Amber Lantern Association"),
                          person("Oren Vale", "Chair, Birchwood Institute for Civic Rights")});
    REQUIRE(s.signatories.size() == 2);
    CHECK(original(input, s.signatories[1].span) == "Oren Vale\nChair\nBirchwood Institute for Civic Rights");
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a letter's signature in two columns, role and organisation left, the name right, over a page's footer") {
    // English, after the closing, with the letterhead's footer under the last page's number.
    auto const input = "Open letter to the Mayor of Pelham Vale\n\n"
                       "Dear Mayor,\n\n"
                       "We write to ask you to stop the eviction of the forty families who live in Linden Court "
                       "until the appeal court has ruled on their case.\n\n"
                       "Yours sincerely,\n\n"
                       "Executive Director\n"
                       "Amber Lantern Association                                  Mira Tallow\n\n\n"
                       "Page 2 of 2\n"
                       "www.amber-lantern.example\n"
                       "Amber Lantern Association, 14 Harbour Street, Pelham Vale \xC2\xB7 Tel. +44 20 7946 0000\n";
    auto const s = parse(input).statement;
    check_signatories(s, {person("Mira Tallow", "Executive Director, Amber Lantern Association")});
    REQUIRE(s.signatories.size() == 1);
    CHECK(original(input, s.signatories[0].span) ==
          "Executive Director\nAmber Lantern Association                                  Mira Tallow");
    CHECK(role_at(s, input, "www.amber-lantern") == block_role::chrome_footer);
    CHECK(role_at(s, input, "14 Harbour Street") == block_role::chrome_footer);
    check_outline_covers(s, input);
    // Russian, without a closing or a footer: the role over the organisation.
    auto const russian = "ОБРАЩЕНИЕ о закрытии приюта\n\n"
                         "Приют для женщин закрывается с 1 апреля, и двадцать три женщины останутся без помощи.\n\n"
                         "Председатель правления\n"
                         "ПЦ «Уральская инициатива»                              А. С. Рябов\n";
    auto const r = parse(russian).statement;
    check_signatories(r, {person("А. С. Рябов", "Председатель правления, ПЦ «Уральская инициатива»")});
}

TEST_CASE("layouts: people who sign on behalf of an organisation") {
    for (char const* behalf : {"On behalf of the Coral Bay Human Rights Forum:",
                               "\xD0\x9E\xD1\x82 \xD0\xB8\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB8 Coral Bay Human Rights Forum:"}) {
        std::string const header = behalf;
        CAPTURE(header);
        auto const s = parse("Open letter to the Mayor of Pelham Vale\n\n"
                             "Dear Mayor,\n\n"
                             "We write to ask you to stop the eviction of the forty families who live in Linden Court "
                             "until the appeal court has ruled on their case.\n\n"
                             "Yours sincerely,\n\n" +
                             header + "\nIlse Marten, Coordinator\nOren Vale, Coral Bay Human Rights Forum\n")
                           .statement;
        // The organisation joins each role, once.
        check_signatories(s, {person("Ilse Marten", "Coordinator, Coral Bay Human Rights Forum"),
                              person("Oren Vale", "Coral Bay Human Rights Forum")});
    }
}

TEST_CASE("layouts: a letter's organisations under its closing, then a header over its people") {
    auto const input = "Open Letter to Members of the Pelham Vale Assembly\n\n"
                       "Dear Members of the Pelham Vale Assembly,\n\n"
                       "We write to you ahead of the vote on the draft law on assemblies, which would require "
                       "every gathering of more than ten people to be registered a month in advance.\n\n"
                       "Yours faithfully,\n\n"
                       "Amber Lantern Association (Georgia)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n\n"
                       "Individual signatories:\n"
                       "Prof. Mira Tallow, University of Pelham Vale\n";
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                          person("Prof. Mira Tallow", "University of Pelham Vale")});
    // The members addressed are the letter's readers, not a coalition it speaks for.
    CHECK_FALSE(s.coalition.has_value());
    CHECK(s.kind == statement_kind::open_letter);
}

TEST_CASE("layouts: an HTML page's <h1> is its headline, and its signers grouped under countries in bold") {
    auto const input = "<html><head><title>Joint statement on Norvia</title></head><body>\n"
                       "<h1>Norvia: release the detained election observers</h1>\n"
                       "<p><em>12 April 2026</em></p>\n"
                       "<p>We, the undersigned organisations, call for the immediate release of the eleven election "
                       "observers detained in Norvia.</p>\n"
                       "<h2>Signatories</h2>\n"
                       "<p><strong>Armenia</strong></p>\n"
                       "<ul><li>Helsinki Watch Armenia</li><li>Journalists' Club Asparez</li></ul>\n"
                       "<p><strong>International</strong></p>\n"
                       "<ul><li>Amber Lantern Association</li><li>Birchwood Institute for Civic Rights</li></ul>\n"
                       "</body></html>\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Norvia: release the detained election observers");
    CHECK(s.kind == statement_kind::joint_statement);
    check_signatories(s, {org_in("Helsinki Watch Armenia", "Armenia", "AM"),
                          org_in("Journalists' Club Asparez", "Armenia", "AM"),
                          org_in("Amber Lantern Association", "International", nullptr),
                          org_in("Birchwood Institute for Civic Rights", "International", nullptr)});
}

TEST_CASE("layouts: a site's name in an <h1> of the page's header is no headline") {
    auto const input = "<html><body><header><h1 class=\"site-title\"><a href=\"/\">Northwind Rights</a></h1>\n"
                       "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav></header>\n"
                       "<article><h2>Joint statement: Free Ana Lusk now</h2>\n<p>March 4, 2025</p>\n"
                       "<p>We, the undersigned organizations, demand the immediate release of Ana Lusk, a blogger "
                       "detained in Vareth since January.</p>\n<h3>Signatories</h3>\n"
                       "<ul><li>Amber Lantern Association (Georgia)</li></ul></article></body></html>\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement: Free Ana Lusk now");
    REQUIRE(s.publisher.has_value());
    CHECK(s.publisher->text == "Northwind Rights");
}

TEST_CASE("layouts: an HTML page's <title> with the site's name yields to its heading") {
    auto const input = layout_fixture("html-site-title.html");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Organisations condemn the attack on the Pride march in Port Amber");
    CHECK(role_at(s, input, "Statement | Tidewater Rights Monitor") == block_role::chrome_header);
    CHECK_FALSE(s.publisher.has_value());
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 18);
    CHECK(role_at(s, input, "Tidewater Rights Monitor</footer>") == block_role::chrome_footer);
    check_signatories(s, {org("Amber Lantern Association"),
                          org("Birchwood Institute for Civic Rights", "BICR", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Norway", "NO")});
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a page title with its site's name is the headline when nothing else is, without the name") {
    auto const s = parse("Joint statement on the Saltmarsh Gazette | Tidewater Rights Monitor\n\n"
                         "We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette, the last "
                         "independent newspaper of Pelham Vale, by order of the regional administration.\n\n"
                         "Signatories:\n"
                         "Amber Lantern Association (Georgia)\n"
                         "Birchwood Institute for Civic Rights (Poland)\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the Saltmarsh Gazette");
    CHECK(s.title->span.end == std::string_view("Joint statement on the Saltmarsh Gazette").size());
    // A date after the bar is the headline's own, as written.
    auto const dated = parse("Joint statement on the Saltmarsh Gazette | 12 February 2026\n\n"
                             "We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.\n")
                           .statement;
    REQUIRE(dated.title.has_value());
    CHECK(dated.title->text == "Joint statement on the Saltmarsh Gazette | 12 February 2026");
    // A language switcher over it is the page's chrome, not its title.
    auto const switched = parse("EN | RU | UA\n\nJoint statement on the Saltmarsh Gazette | Tidewater Rights Monitor\n\n"
                                "Posted by admin on 5 December 2026\n\n"
                                "We, the undersigned organisations, condemn the closure of the Saltmarsh Gazette.\n")
                              .statement;
    REQUIRE(switched.title.has_value());
    CHECK(switched.title->text == "Joint statement on the Saltmarsh Gazette");
    REQUIRE(switched.date.has_value());
    CHECK(switched.date->day == 5);
}

TEST_CASE("layouts: a news site's menu of sections and the site's name over it are no headline") {
    auto const headline = [](std::string const& text) {
        auto const s = parse(text).statement;
        return s.title ? s.title->text : std::string();
    };
    CHECK(headline("AmberNews\nPelham Amberland Coralia World Sport\nPelham | 14:05, 22 May 2026\n"
                   "Activists: \"We will not register as foreign agents\"\n"
                   "Civil society organisations of Pelham Vale have issued a joint statement after the council "
                   "passed the law on foreign agents.\n") == "Activists: \"We will not register as foreign agents\"");
    CHECK(headline("Новости Пеламщины — AMBER.news\nПолитика Экономика Общество Происшествия Спорт\n"
                   "Общество | 11:25, 3 апреля 2026\n"
                   "Общественные организации призвали власти Пеламщины пересмотреть законопроект о СМИ\n"
                   "Ряд общественных организаций распространил в среду совместное заявление, в котором критикует "
                   "законопроект о массовой информации.\n") ==
          "Общественные организации призвали власти Пеламщины пересмотреть законопроект о СМИ");
    // A headline in title case has a function word among its capitalised words.
    CHECK(headline("Amberland Must Free All Jailed Reporters\n\n12 May 2026\n\n"
                   "We, the undersigned organisations, call on the authorities of Amberland to release the "
                   "reporters detained since January.\n") == "Amberland Must Free All Jailed Reporters");
}

TEST_CASE("layouts: a letter's line that says how it was sent is no headline") {
    auto const headline = [](std::string const& text) {
        auto const s = parse(text).statement;
        return s.title ? s.title->text : std::string();
    };
    std::string const letter = "\n\nRe: Docket No. PVH-2026-0012, Proposed Rule on Dredging Permits\n\n"
                               "Dear Ms. Tallow:\n\nThe undersigned organizations submit these comments on the proposed "
                               "rule on dredging permits in the harbour of Pelham Vale.\n";
    for (char const* line : {"Submitted electronically via www.pvh-comments.example", "VIA ELECTRONIC MAIL",
                             "Via Federal eRulemaking Portal"}) {
        CAPTURE(line);
        CHECK(headline(std::string(line) + "\n\nMarch 2, 2026" + letter) ==
              "Docket No. PVH-2026-0012, Proposed Rule on Dredging Permits");
    }
    // Under the headline, over the date: the headline stays.
    CHECK(headline("Comments of the Amber Coalition on the Proposed Rule on Dredging Permits\n\n"
                   "Submitted via www.pvh-comments.example\n\nMarch 2, 2026" + letter) ==
          "Comments of the Amber Coalition on the Proposed Rule on Dredging Permits");
}

TEST_CASE("layouts: a reader's address or a letterhead down to its postcode is no headline") {
    auto const headline = [](std::string const& text) {
        auto const s = parse(text).statement;
        return s.title ? s.title->text : std::string();
    };
    std::string const letter = "\n\nDear Minister,\n\nRe: The detention of Ana Lusk in Pelham Vale\n\n"
                               "We write as organisations concerned with press freedom to urge you to secure the release "
                               "of Ana Lusk, detained since January.\n";
    for (char const* address : {"Rt Hon Mira Tallow MP\nSecretary of State for Coastal Affairs\nDepartment of Coastal Affairs\n"
                                "Harbour Street\nPelham PV1A 2AH",
                                "The Honorable Mira Tallow\nChair\nCommittee on Coastal Affairs\n2138 Amber House Office Building\n"
                                "Port Amber, PV 20515",
                                "Birchwood Rights Network\nCoralgade 16, 2nd floor\nDK-1456 Port Amber K"}) {
        CAPTURE(address);
        CHECK(headline(std::string(address) + "\n\n14 October 2026" + letter) == "The detention of Ana Lusk in Pelham Vale");
    }
    // A year is no postcode: a headline over a line of a few capitalised words and a year stays.
    CHECK(headline("Pelham Vale Must Free Its Journalists\nAmber Press Freedom Awards 2026" + letter) ==
          "Pelham Vale Must Free Its Journalists");
}

TEST_CASE("layouts: a headline that forbids ('Do not …', 'Don't …') is no address, whatever another language's opener") {
    auto const headline = [](std::string const& first) {
        auto const s = parse(first + "\n\nPort Amber, 12 February 2026\n\n"
                                     "We, the undersigned organisations, are concerned by reports that Ana Lusk will be "
                                     "sent back to Coralia.\n\nSignatories:\nAmber Coalition\nBirchwood Institute\n")
                           .statement;
        return s.title ? s.title->text : std::string();
    };
    // "Do" opens a Polish address ("Do Pana Ministra"), "Don" a Spanish name ("Don Mario").
    CHECK(headline("Do not extradite Ana Lusk to Coralia") == "Do not extradite Ana Lusk to Coralia");
    CHECK(headline("Don't let Amber Mining off the hook") == "Don't let Amber Mining off the hook");
    CHECK(headline("Don\xE2\x80\x99t deport Ana Lusk") == "Don\xE2\x80\x99t deport Ana Lusk");
    // The address itself stays one, and no headline.
    CHECK(headline("Do Pana Ministra Spraw Zagranicznych").empty());
}

TEST_CASE("layouts: the line that names who delivers an oral statement ('Delivered by: Ms …') is no headline") {
    auto const headline = [](std::string const& text) {
        auto const s = parse(text).statement;
        return s.title ? s.title->text : std::string();
    };
    std::string const body = "\n\nThank you, Mr. President.\n\nThis statement is delivered on behalf of the Amber Coalition "
                             "and the Birchwood Institute.\n\nWe call on this Council to renew the mandate of the "
                             "Special Rapporteur on Coralia.\n";
    // Under the kind's label: the headline over the label stays.
    CHECK(headline("Amber Council 61 \xE2\x80\x93 Item 4 \xE2\x80\x93 General Debate on the situation in Coralia\n\n"
                   "Joint Oral Statement\n\nDelivered by: Ms. Mira Tallow, Amber Coalition for Civic Rights (ACCR)\n\n"
                   "3 July 2026" + body) ==
          "Amber Council 61 \xE2\x80\x93 Item 4 \xE2\x80\x93 General Debate on the situation in Coralia");
    // Alone over the text, or without its colon, it is none either.
    CHECK(headline("Delivered by: Oren Vale, on behalf of 12 NGOs" + body).empty());
    CHECK(headline("Joint oral statement on Coralia\nDelivered by Oren Vale" + body) == "Joint oral statement on Coralia");
    // A headline that opens with the same words is one.
    CHECK(headline("Read by millions, silenced by one decree" + body) == "Read by millions, silenced by one decree");
}

TEST_CASE("layouts: a headline goes on after a blank line with its subject in lower case") {
    auto const headline = [](std::string const& second) {
        auto const s = parse("ЗВЕРНЕННЯ ПРАВОЗАХИСНИХ ОРГАНІЗАЦІЙ\n\n" + second +
                             "\n\nМи, представники громадських організацій, закликаємо владу Пеламщини зупинити "
                             "переслідування.\n")
                           .statement;
        return s.title ? s.title->text : std::string();
    };
    // "щодо …" opens the subject: the headline's end.
    CHECK(headline("щодо переслідування журналістів у Пеламщині") ==
          "ЗВЕРНЕННЯ ПРАВОЗАХИСНИХ ОРГАНІЗАЦІЙ щодо переслідування журналістів у Пеламщині");
    // A line in lower case that opens no subject is not the headline's.
    CHECK(headline("переслідування триває вже третій місяць") == "ЗВЕРНЕННЯ ПРАВОЗАХИСНИХ ОРГАНІЗАЦІЙ");
}

TEST_CASE("layouts: the author's line between a kind's label and the subject is no part of the headline") {
    struct page {
        std::string_view label, author, subject, text, title;
    };
    for (auto const& p :
         {page{"Спільна заява", "Кримська правозахисна мережа", "щодо переслідування кримськотатарських журналістів",
               "Ми, учасники мережі, закликаємо владу звільнити затриманих журналістів.",
               "Спільна заява щодо переслідування кримськотатарських журналістів"},
          page{"JOINT STATEMENT", "Lakeshore Civic Forum", "on the arrest of journalists in Pelham Vale",
               "We, the members of the Forum, call on the authorities to release the journalists.",
               "JOINT STATEMENT on the arrest of journalists in Pelham Vale"},
          page{"Déclaration commune", "Réseau des défenseurs côtiers", "sur la détention des quatre de Sablière",
               "Nous, organisations membres du réseau, demandons la libération des défenseurs.",
               "Déclaration commune sur la détention des quatre de Sablière"}}) {
        CAPTURE(p.label);
        auto const input = std::string(p.label) + "\n" + std::string(p.author) + "\n" + std::string(p.subject) + "\n\n" +
                           std::string(p.text) + "\n";
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == p.title);
        // The author's line stays in the outline, as the text's metadata.
        CHECK(role_at(s, input, p.author) == block_role::metadata);
        check_outline_covers(s, input);
    }
    // A line that says something under the label is the headline, the subject its second line.
    auto const s = parse("JOINT STATEMENT\nFree the Lakeshore journalists now\non the first anniversary of their arrest\n\n"
                         "We call on the authorities to release the journalists.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Free the Lakeshore journalists now on the first anniversary of their arrest");
}

TEST_CASE("layouts: a label in capitals that only names the kind goes on after a blank line in lower case") {
    auto const headline = [](std::string const& label, std::string const& second) {
        auto const s = parse(label + "\n\n" + second +
                             "\n\nМы, нижеподписавшиеся организации, требуем прекратить преследование участников пикетов.\n")
                           .statement;
        return s.title ? s.title->text : std::string();
    };
    // "ЗАЯВЛЕНИЕ" / "правозащитных организаций о …": one headline, whose authors and subject the
    // line in lower case names.
    std::string const rest = "правозащитных организаций о преследовании участников пикетов в Пеламской области";
    CHECK(headline("ЗАЯВЛЕНИЕ", rest) == "ЗАЯВЛЕНИЕ " + rest);
    CHECK(headline("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ", rest) == "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ " + rest);
    // A label with its authors says something already: a line in lower case that opens no subject
    // is not its headline's (as above).
    CHECK(headline("ЗАЯВЛЕНИЕ ПРАВОЗАЩИТНИКОВ", "преследование продолжается третий месяц") == "ЗАЯВЛЕНИЕ ПРАВОЗАЩИТНИКОВ");
    // Nor is a sentence, or a label in small letters.
    CHECK(headline("ЗАЯВЛЕНИЕ", "преследование продолжается уже третий месяц.") == "ЗАЯВЛЕНИЕ");
    CHECK(headline("Заявление", rest) == "Заявление");
}

TEST_CASE("layouts: a kind's label before a bar heads the headline after it, under a site's name") {
    auto const s = parse("HOME  ABOUT  NEWS  STATEMENTS  DONATE\nAmber Coast Alliance of Rights Defenders (ACARD)\n\n"
                         "STATEMENT | End the harassment of community radio reporters in Pelham Vale\n14 March 2026\n\n"
                         "We, the undersigned organisations, condemn the raids on community radio stations in Pelham Vale.\n\n"
                         "Signed:\nAmber Coast Alliance of Rights Defenders (ACARD)\nBirchwood Community Media Network\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "End the harassment of community radio reporters in Pelham Vale");
    // The site's name over it signs too.
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Coast Alliance of Rights Defenders");
    // A site's name after the bar ("Statement | Amber Rights Watch") leaves the line a page's title.
    auto const t = parse("Statement | Amber Rights Watch\n\nRelease the Lakeshore journalists now\n\n"
                         "We, the undersigned organisations, call on the authorities to release the journalists.\n")
                       .statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "Release the Lakeshore journalists now");
}

TEST_CASE("layouts: a headline that stops at a preposition goes on on the line under it, whatever its case") {
    auto const headline = [](std::string const& label, std::string const& first, std::string const& second,
                             std::string const& text) {
        auto const s = parse(label + "\n\n" + first + "\n" + second + "\n\n" + text + "\n").statement;
        return s.title ? s.title->text : std::string();
    };
    CHECK(headline("COMUNICADO CONJUNTO", "Organizaciones de la sociedad civil rechazan la reforma a la Ley de",
                   "Protección de Periodistas y Personas Defensoras",
                   "Las organizaciones abajo firmantes expresamos nuestro rechazo a la reforma aprobada por el Congreso.") ==
          "Organizaciones de la sociedad civil rechazan la reforma a la Ley de Protección de Periodistas y Personas Defensoras");
    CHECK(headline("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ", "Правозащитные организации выступают против усиления контроля над",
                   "Независимыми средствами массовой информации",
                   "Мы, нижеподписавшиеся организации, выражаем обеспокоенность законопроектом.") ==
          "Правозащитные организации выступают против усиления контроля над Независимыми средствами массовой информации");
    // A headline that ends in a word of its own stays one line over a subtitle in capitals.
    CHECK(headline("COMUNICADO CONJUNTO", "Organizaciones de la sociedad civil rechazan la reforma",
                   "Protección de Periodistas y Personas Defensoras",
                   "Las organizaciones abajo firmantes expresamos nuestro rechazo a la reforma aprobada por el Congreso.") !=
          "Organizaciones de la sociedad civil rechazan la reforma Protección de Periodistas y Personas Defensoras");
}

TEST_CASE("layouts: a Cyrillic headline is as long in characters as a Latin one may be") {
    // 105 characters under the label, 210 bytes; and a headline of 170 characters on one line.
    std::string const under = "громадських організацій до Кабінету Міністрів Пеламщини щодо забезпечення житлом переміщених осіб";
    auto const s = parse("ЗВЕРНЕННЯ\n" + under + "\n\nМи, представники громадських організацій, закликаємо уряд.\n").statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "ЗВЕРНЕННЯ " + under);
    std::string const long_one = "Заявление правозащитных организаций о преследовании журналистов независимого издания в "
                                 "Республике Пеламия и об ухудшении положения свободы слова в стране за последний год";
    auto const t = parse(long_one + "\n\nМы, нижеподписавшиеся, выражаем обеспокоенность.\n").statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == long_one);
}

// --- a title with a kind word, in each language ---------------------------------------------

TEST_CASE("layouts: title kind 'Joint statement \xE2\x80\xA6' (en)") { check_title("lang-en.txt", statement_kind::joint_statement); }

TEST_CASE("layouts: title kind '\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xE2\x80\xA6' (ru)") {
    // One signer: a statement by several is a joint statement, whatever its title says.
    check_title("title-ru.txt", statement_kind::statement);
}

TEST_CASE("layouts: title kind '\xD0\x92\xD1\x96\xD0\xB4\xD0\xBA\xD1\x80\xD0\xB8\xD1\x82\xD0\xB8\xD0\xB9 \xD0\xBB\xD0\xB8\xD1\x81\xD1\x82 \xE2\x80\xA6' (uk)") {
    check_title("lang-uk.txt", statement_kind::open_letter);
}

TEST_CASE("layouts: title kind 'Lettre ouverte \xE2\x80\xA6' (fr)") { check_title("lang-fr.txt", statement_kind::open_letter); }

TEST_CASE("layouts: title kind 'Offener Brief \xE2\x80\xA6' (de)") { check_title("lang-de.txt", statement_kind::open_letter); }

TEST_CASE("layouts: title kind 'Declaraci\xC3\xB3n \xE2\x80\xA6' (es)") { check_title("lang-es.txt", statement_kind::declaration); }

TEST_CASE("layouts: title kind 'List otwarty \xE2\x80\xA6' (pl)") { check_title("lang-pl.txt", statement_kind::open_letter); }

TEST_CASE("layouts: title kind 'Apel \xE2\x80\xA6' (ro)") { check_title("lang-ro.txt", statement_kind::appeal); }

TEST_CASE("layouts: a label that only names the kind stands over the headline") {
    auto const input = "JOINT STATEMENT\n\n"
                       "4 June 2025\n\n"
                       "Human rights groups condemn the arrest of Pavel Grin\n\n"
                       "The undersigned organisations condemn the arrest of Pavel Grin, head of the Steppe Rights "
                       "Centre, and call for his release.\n\n"
                       "The statement was signed by the following organisations:\n"
                       "Amber Lantern Association (Georgia)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Human rights groups condemn the arrest of Pavel Grin");
    // The kind is the label's; "signed by the following organisations:" introduces the
    // statement's own list and reports on no one else's.
    CHECK(s.kind == statement_kind::joint_statement);
    CHECK_FALSE(s.publisher.has_value());
    CHECK(role_at(s, input, "JOINT STATEMENT") == block_role::metadata);
    CHECK(s.signatories.size() == 2);
    check_outline_covers(s, input);
    // with the authors' kind in the label or before it; a name before a kind is a headline
    for (char const* label : {"JOINT CSO STATEMENT", "Joint CSOs Statement", "JOINT ADVOCACY STATEMENT",
                              "CIVIL SOCIETY PRESS STATEMENT", "JOINT CSO PRESS RELEASE"}) {
        CAPTURE(label);
        auto const t = parse(std::string(label) + "\n\nStop the abductions of young protesters in Amberland\n\n"
                                                   "We, the undersigned organisations, condemn the abductions.\n")
                           .statement;
        REQUIRE(t.title.has_value());
        CHECK(t.title->text == "Stop the abductions of young protesters in Amberland");
    }
    auto const t = parse("The Amberland Declaration\n\nOn the freedom of the press in the Coral Bay region\n\n"
                         "We, the undersigned organisations, adopt this declaration.\n")
                       .statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "The Amberland Declaration");
}

TEST_CASE("layouts: a kind line that names only its addressee under the headline is its subtitle, and names the addressee") {
    for (char const* under_headline : {"Open letter to President Mira Tallow", "A joint letter to President Mira Tallow",
                                       "Joint NGO letter to President Mira Tallow, the Senate and the Assembly"}) {
        CAPTURE(under_headline);
        auto const s = parse(std::string("Pelham Vale: Protect the reporters of the Saltmarsh Gazette\n\n") + under_headline +
                             "\n\nWe, the undersigned organisations, write to you about the detention of the reporters.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Pelham Vale: Protect the reporters of the Saltmarsh Gazette");
        CHECK(s.kind == statement_kind::open_letter);
        REQUIRE(s.addresses.size() == 1);
        CHECK(s.addresses[0].addressee == "President Mira Tallow");
    }
    // One that says what it is about, or reports a letter, is the headline.
    for (char const* under_headline : {"Open letter to President Mira Tallow on the detention of the reporters",
                                       "Open letter to President Mira Tallow: Free the reporters",
                                       "Amber Coalition and Birchwood Institute sign open letter to President Mira Tallow"}) {
        CAPTURE(under_headline);
        auto const s = parse(std::string("Pelham Vale: Protect the reporters of the Saltmarsh Gazette\n\n") + under_headline +
                             "\n\nWe, the undersigned organisations, write to you about the detention of the reporters.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == under_headline);
    }
}

TEST_CASE("layouts: a dateline with its occasion under the kind's label, or a kind line that dates itself, is no headline") {
    for (char const* under_headline :
         {"Joint statement\nPort Amber, 3 May 2026 \xE2\x80\x93 Press Freedom Day",
          // a place of three words, two places apart by a slash
          "Joint statement\nVila do Mar, 3 May 2026 \xE2\x80\x93 Press Freedom Day",
          "Joint statement by civil society organisations\nVila do Mar / Seeburg, 3 May 2026 \xE2\x80\x93 World Press "
          "Freedom Day",
          "Joint statement\nPort Amber, 3 May 2026, on the occasion of Press Freedom Day",
          "Statement of solidarity \xE2\x80\x93 3 May 2026 \xE2\x80\x93 First anniversary of the arrest of the "
          "Saltmarsh Gazette's editors",
          "Joint statement ahead of the Lakeshore Summit, Port Amber, 3 May 2026"}) {
        CAPTURE(under_headline);
        auto const input = std::string("Pelham Vale: free the reporters of the Saltmarsh Gazette\n\n") + under_headline +
                           "\n\nWe, the undersigned organisations, condemn the detention of the reporters of the "
                           "Saltmarsh Gazette.\n";
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Pelham Vale: free the reporters of the Saltmarsh Gazette");
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2026);
        CHECK(s.date->month == 5);
        CHECK(s.date->day == 3);
    }
    // Under a site's name, the headline is the line right above.
    auto const site = parse("Ligue des droits de Port Amber \xE2\x80\x93 Pelham\n\n"
                            "Pelham Vale : lib\xC3\xA9rez les journalistes de la Gazette\n\n"
                            "Communiqu\xC3\xA9 de presse conjoint \xE2\x80\x93 3 mai 2026\n\n"
                            "Nous, associations soussign\xC3\xA9" "es, d\xC3\xA9non\xC3\xA7ons la d\xC3\xA9tention des "
                            "journalistes.\n")
                          .statement;
    REQUIRE(site.title.has_value());
    CHECK(site.title->text == "Pelham Vale : lib\xC3\xA9rez les journalistes de la Gazette");
    // A kind line whose date is what it is about, no comma or dash before it, is the headline.
    auto const s = parse("Pelham Vale news\n\nJoint statement on the arrests of 3 May 2026 in Port Amber\n\n"
                         "We, the undersigned organisations, condemn the detention of the reporters.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the arrests of 3 May 2026 in Port Amber");
}

TEST_CASE("layouts: a label over a subject line, an address or an exclamation stays the title") {
    for (char const* second : {"Regarding the attack on the office of the Saltmarsh Gazette",
                               "To the Minister of Justice of Pelham Vale"}) {
        std::string const line = second;
        CAPTURE(line);
        auto const s = parse("STATEMENT\n\n" + line +
                             "\n\nOn 10 November, a group of men tried to force their way into the office of the "
                             "Saltmarsh Gazette. We, the undersigned organisations, condemn the attack.\n\n"
                             "Signatories:\nAmber Lantern Association (Georgia)\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "STATEMENT");
    }
}

TEST_CASE("layouts: a letter's subject line under its key, past the address, outranks the kind's label over it") {
    auto const read = [](std::string const& text) { return parse(text).statement; };
    std::string const body = "\n\nDear Members,\n\nWe, the undersigned organisations, write ahead of your vote to express "
                             "our concern about the proposal on coastal permits in Pelham Vale.\n";
    auto const addressed = read("OPEN LETTER\n\nTo Ms Mira Tallow, President of the Amber Assembly\n"
                                "To Mr Bram Oster, President of the Amber Council\n\nPort Amber, 2 December 2026\n\n"
                                "Subject: Pelham Vale \xE2\x80\x93 the Assembly must protect its harbour" +
                                body);
    REQUIRE(addressed.title.has_value());
    CHECK(addressed.title->text == "Pelham Vale \xE2\x80\x93 the Assembly must protect its harbour");
    CHECK(addressed.kind == statement_kind::open_letter);
    auto const keyed = read("JOINT NGO LETTER\n\nPort Amber, 30 September 2026\n\nTo:\n"
                            "Members of the Amber Assembly Committee on Coastal Affairs\n\n"
                            "Subject: Upcoming vote on the Harbour Regulation" +
                            body);
    REQUIRE(keyed.title.has_value());
    CHECK(keyed.title->text == "Upcoming vote on the Harbour Regulation");
    CHECK(keyed.kind == statement_kind::open_letter);
    // A line under the address without the key is none.
    auto const unkeyed = read("OPEN LETTER\n\nTo Ms Mira Tallow, President of the Amber Assembly\n\n"
                              "Pelham Vale must protect its harbour" +
                              body);
    REQUIRE(unkeyed.title.has_value());
    CHECK(unkeyed.title->text == "OPEN LETTER");
}

TEST_CASE("layouts: a kind's label named twice, apart by a slash, stands over the headline") {
    auto const s = parse("Media advisory / Press release\n\n"
                         "Amber Refugee Day: Pelham Vale's leaders must keep their promise to protect\n\n"
                         "Port Amber, 20 June 2026 \xE2\x80\x93 On Amber Refugee Day, 36 organisations are calling on "
                         "the council of Pelham Vale to uphold the right to asylum.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Amber Refugee Day: Pelham Vale's leaders must keep their promise to protect");
    CHECK(s.kind == statement_kind::press_release);
    // Over an address written twice, the first time in words no table holds, the label stays.
    auto const addressed = parse("Lettre ouverte / Open letter\n\nMadame Mira Tallow, Présidente du Conseil\n"
                                 "To the President of the Council of Pelham Vale\n\n"
                                 "We, the undersigned organisations, write to you about the closure of the harbour.\n")
                               .statement;
    REQUIRE(addressed.title.has_value());
    CHECK(addressed.title->text == "Lettre ouverte / Open letter");
}

TEST_CASE("layouts: a headline in capitals wrapped over two lines") {
    auto const input = "PUBLIC LETTER\n\n"
                       "PELHAM VALE MUST KEEP ITS\n"
                       "PRESS CLUB OPEN\n"
                       "The undersigned organisations call on the council of Pelham Vale to reverse its decision "
                       "to close the press club.\n\n"
                       "Signatories:\nAmber Lantern Association (Georgia)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "PELHAM VALE MUST KEEP ITS PRESS CLUB OPEN");
    CHECK(original(input, s.title->span) == "PELHAM VALE MUST KEEP ITS\nPRESS CLUB OPEN");
    CHECK(s.kind == statement_kind::open_letter);
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a headline wrapped inside a name it opens after an article goes on under it, over its date") {
    auto const input = "Amberland civil society organisations on the Foreign Influence\n"
                       "Transparency Office law\n"
                       "12 March 2026\n\n"
                       "We, the undersigned organisations, call on the Parliament of Amberland to repeal the law.\n\n"
                       "Signatories:\nAmber Lantern Association\nBirchwood Forum\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Amberland civil society organisations on the Foreign Influence Transparency Office law");
    CHECK_FALSE(s.publisher.has_value());
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2026);
    CHECK(s.date->month == 3);
    CHECK(s.date->day == 12);
    check_outline_covers(s, input);
    // A name over the headline is the publisher's, however it ends.
    auto const named = parse("Friends of the Earth Amberland\n"
                             "Amberland: Repeal the foreign influence law now\n"
                             "12 March 2026\n\n"
                             "We, the undersigned organisations, call on the Parliament of Amberland to repeal the law.\n")
                           .statement;
    REQUIRE(named.title.has_value());
    CHECK(named.title->text == "Amberland: Repeal the foreign influence law now");
}

TEST_CASE("layouts: a headline that ends with a company's legal form and its full stop is the headline") {
    for (std::string const headline : {"Open letter to the shareholders of Orinoco Gold Corp.",
                                       "Carta abierta al Directorio de Minera Andina S.A."}) {
        CAPTURE(headline);
        auto const input = headline + "\n\nDear shareholders,\n\nWe urge you to vote against the re-election of the Chair "
                                      "of the Board at the annual meeting.\n\nSignatories:\nAmber Lantern Association\n";
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == headline);
    }
}

TEST_CASE("layouts: a headline that goes on with a quoted name on a line of its own") {
    // A PDF's centred headline: the law's name, quoted, wrapped onto its own line.
    auto const input = "JOINT STATEMENT\n"
                       "of civil society organisations of Lakeshore on the draft law\n"
                       "\xC2\xAB" "On Non-Commercial Organisations\xC2\xBB\n\n"
                       "Port Amber, 5 September 2026\n\n"
                       "We, the undersigned organisations, call on the Parliament of Lakeshore to reject the draft law.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "JOINT STATEMENT of civil society organisations of Lakeshore on the draft law "
                           "\xC2\xAB" "On Non-Commercial Organisations\xC2\xBB");
    check_outline_covers(s, input);
    auto const straight = parse("Open letter to the Parliament of Lakeshore on the draft law\n"
                                "\"On Foreign Agents\"\n\n"
                                "We, the undersigned organisations, call on the Parliament to reject the draft law.\n")
                              .statement;
    REQUIRE(straight.title.has_value());
    CHECK(straight.title->text == "Open letter to the Parliament of Lakeshore on the draft law \"On Foreign Agents\"");
    // A headline that ends its sentence keeps to itself: the quotation under it is the text's.
    auto const ended = parse("Release the journalist Oleg Vell now!\n"
                             "\"We will not be silenced\"\n\n"
                             "We, the undersigned organisations, demand his release.\n")
                           .statement;
    REQUIRE(ended.title.has_value());
    CHECK(ended.title->text == "Release the journalist Oleg Vell now!");
}

TEST_CASE("layouts: a headline wrapped inside a quoted name goes on to the line that closes the quotation") {
    auto const input = "Open letter on the case of the \xC2\xAB" "Northern Lights\n"
                       "Human Rights Centre\xC2\xBB\n\n"
                       "21 January 2026\n\n"
                       "We, the undersigned organisations, are deeply concerned by the dissolution of the Centre.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Open letter on the case of the \xC2\xAB" "Northern Lights Human Rights Centre\xC2\xBB");
    check_outline_covers(s, input);
    auto const german = parse("Offener Brief zum Verbot des Vereins \xE2\x80\x9E" "Freie Presse\n"
                              "Lakeshore e.V.\xE2\x80\x9C\n\n"
                              "Wir, die unterzeichnenden Organisationen, fordern die Aufhebung des Verbots.\n")
                            .statement;
    REQUIRE(german.title.has_value());
    CHECK(german.title->text == "Offener Brief zum Verbot des Vereins \xE2\x80\x9E" "Freie Presse Lakeshore e.V.\xE2\x80\x9C");
    // A headline whose quotations are closed keeps to itself.
    auto const closed = parse("Open letter on the case of \"Northern Lights\"\n"
                              "\"The Centre must stay\"\n\n"
                              "We, the undersigned organisations, demand that the order be quashed.\n")
                            .statement;
    REQUIRE(closed.title.has_value());
    CHECK(closed.title->text == "Open letter on the case of \"Northern Lights\"");
}

TEST_CASE("layouts: a UN written statement's line of submitters is its label, the topic under the note its headline") {
    auto const input = "United Nations\nGeneral Assembly\nHuman Rights Council\nSixty-first session\n"
                       "23 February \xE2\x80\x93 3 April 2026\nAgenda item 4\n\n"
                       "Joint written statement* submitted by Amber Rights, Birchwood Justice Initiative, "
                       "non-governmental organizations in special consultative status\n\n"
                       "The Secretary-General has received the following written statement which is circulated in "
                       "accordance with Economic and Social Council resolution 1996/31.\n\n"
                       "[9 February 2026]\n\n"
                       "Arbitrary detention of lawyers in Lakeshore\n\n"
                       "Amber Rights and Birchwood Justice Initiative are alarmed by the arrest of at least fourteen "
                       "defence lawyers in Lakeshore since October 2025.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Arbitrary detention of lawyers in Lakeshore");
    CHECK(s.kind == statement_kind::joint_statement);
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 9);
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a UN written statement's headline under its full document header, its note and the note on its mark") {
    auto const input = "United Nations\nA/HRC/61/NGO/45\nGeneral Assembly\nDistr.: General\n12 February 2026\n\n"
                       "English only\n\nHuman Rights Council\nSixty-first session\n23 February\xE2\x80\x93" "2 April 2026\n"
                       "Agenda item 4\nHuman rights situations that require the Council's attention\n\n"
                       "Written statement* submitted by Amber Watch, a non-governmental organization in special "
                       "consultative status\n\n"
                       "The Secretary-General has received the following written statement which is circulated in "
                       "accordance with Economic and Social Council resolution 1996/31.\n\n"
                       "[15 January 2026]\n\n"
                       "* Issued as received, in the language(s) of submission only.\n\n"
                       "Detention of defenders in Lakeshore\n\n"
                       "Amber Watch is deeply concerned about the continued detention of human rights defenders in "
                       "Lakeshore.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Detention of defenders in Lakeshore");
    REQUIRE(s.signatories.size() == 1);
    CHECK(s.signatories[0].name == "Amber Watch");
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a headline in another language right over the text's own is no headline of it") {
    auto const input = "Заява беларускіх праваабаронцаў\n"
                       "Заявление белорусских правозащитников о преследовании адвокатов\n\n"
                       "12 марта 2026 г.\n\n"
                       "Мы, белорусские правозащитные организации, выражаем протест против лишения лицензий адвокатов.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Заявление белорусских правозащитников о преследовании адвокатов");
    CHECK_FALSE(s.publisher.has_value());  // nor its publisher
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a forwarded mail's header is read as the first one, the headline under it is the title") {
    auto const input = "From: Mira Tallow <mira@amber.example>\nDate: Tue, 10 Nov 2026 09:14:22 +0100\n"
                       "Subject: Fwd: Tallow statement\nTo: partners@lists.example\n\n"
                       "Dear partners, please see below. Deadline for sign-on is Friday.\n\n"
                       "---------- Forwarded message ---------\n"
                       "From: Amber Rights Watch <campaigns@amber.example>\nDate: Mon, 9 Nov 2026 at 17:02\n"
                       "Subject: Tallow statement\n\n"
                       "Joint statement: Halt the execution of Oleg Vell\n\n"
                       "9 November 2026\n\n"
                       "We, the undersigned organisations, condemn the death sentence handed down on Oleg Vell.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement: Halt the execution of Oleg Vell");
    check_outline_covers(s, input);
}

TEST_CASE("layouts: under an Outlook forward's header the letter's own headline is the title; the note over it is the mail's") {
    // No "> " quotes: the forwarder's header, a short note and sign-off, "-----Original
    // Message-----" and the first mail's header over the forwarded letter, whose headline names
    // no kind.
    auto const input = "From: Programme Team <programme@amber-lawyers.example>\nSent: Thursday, 6 March 2026 16:40\n"
                       "To: Members List <members@amber-lawyers.example>\n"
                       "Subject: FW: For endorsement - Letter to the Special Rapporteur on lawyers\n\n"
                       "Dear members, see below. Reply by Monday if your organisation wishes to co-sign.\n\n"
                       "Kind regards,\nProgramme Team\n\n-----Original Message-----\n"
                       "From: Mira Tallow <mira@lakeshore-bar.example>\nSent: Wednesday, 5 March 2026 09:12\n"
                       "Subject: Letter to SR\n\n"
                       "Letter to the Special Rapporteur on the independence of judges and lawyers concerning the "
                       "disbarment of lawyers in Amberland\n\n"
                       "Dear Special Rapporteur,\n\n"
                       "We, the undersigned lawyers' associations, request that you:\n"
                       "1. Send an urgent communication to the Government of Amberland about the disbarment of 14 lawyers;\n"
                       "2. Request an invitation for a country visit.\n\n"
                       "Sincerely,\nLakeshore Bar Association\nBirchwood Lawyers Network (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Letter to the Special Rapporteur on the independence of judges and lawyers concerning the "
                           "disbarment of lawyers in Amberland");
    CHECK(describe_calls(s).find("Members List") == std::string::npos);  // the forwarder's "To:" is no reader of the letter
    CHECK(names_of(s) == std::vector<std::string>{"Lakeshore Bar Association", "Birchwood Lawyers Network"});
    CHECK_FALSE(s.publisher.has_value());  // nor is the forwarder's sign-off
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a forwarded header broken by a blank line is the mail's, and the forwarder's note over it names no publisher") {
    // A forward pasted without its own header: the forwarder's note and name, then the first
    // mail's header, which the copy broke with a blank line between "Date:" and "Subject:".
    auto const input = "Dear colleagues,\n\nPlease find below the joint statement for endorsement.\n\n"
                       "Best,\nMira Tallow\nAmber Civic Network\n\n"
                       "---------- Forwarded message ---------\n"
                       "From: Lakeside Press Union <info@lakeside.example>\nDate: Tue, 2 Jun 2026 at 10:14\n\n"
                       "Subject: Joint statement on the Lakeside arrests\nTo: <partners@lakeside.example>\n\n"
                       "Joint statement on the Lakeside arrests\n\n"
                       "We, the undersigned organisations, condemn the arrest of six journalists of the Lakeside Courier.\n\n"
                       "Signatories:\nLakeside Press Union\nAmber Media Forum\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the Lakeside arrests");
    CHECK_FALSE(s.publisher.has_value());  // not the forwarder, "Mira Tallow"
    CHECK(names_of(s) == std::vector<std::string>{"Lakeside Press Union", "Amber Media Forum"});
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a letter's address and subject line apart by a blank line are no mail's header") {
    auto const s = parse("To: the Minister of Justice of Amberland\n\nRe: The dissolution of the Amber Bar Association\n\n"
                         "Dear Minister,\n\nWe, the undersigned organisations, urge you to withdraw the decision.\n\n"
                         "Signed:\nAmber Lawyers Forum\nRiverside Rights Centre\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "The dissolution of the Amber Bar Association");
}

TEST_CASE("layouts: a page's byline that names its author before the date dates the text") {
    auto const s = parse("# Joint Statement: Stop the Foreign Influence Bill in Lakeshore\n\n"
                         "Published on Substack by Amber Caucasus Watch \xC2\xB7 21 May 2025 \xC2\xB7 4 min read\n\n"
                         "We, the undersigned organisations, call on the Parliament of Lakeshore to withdraw the bill.\n")
                       .statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2025);
    CHECK(s.date->month == 5);
    CHECK(s.date->day == 21);
}

TEST_CASE("layouts: a signing line is dated alike whether its raw line is short or runs long in spaces") {
    // The line is lowered on the stack up to a size, and into a string of its own past it: the
    // date and its place are the same either way.
    for (std::size_t gap : {1, 40, 300, 600}) {
        std::string const input = "Joint statement on the closure of the Saltmarsh Gazette\n\n"
                                  "We, the undersigned organisations, call on the authorities to reopen the Saltmarsh Gazette.\n\n"
                                  "Signatories:\nAmber Press Foundation (Kenya)\nCoral Care Network (Chile)\n\nPort Amber," +
                                  std::string(gap, ' ') + "14 May 2026\n";
        CAPTURE(gap);
        auto const s = parse(input).statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2026);
        CHECK(s.date->month == 5);
        CHECK(s.date->day == 14);
        CHECK(s.date->span.begin == input.find("14 May 2026"));
        CHECK(s.date->span.end == input.find("14 May 2026") + 11);
    }
}

TEST_CASE("layouts: a list whose names hold numbers of four digits, some of them years, is dated by its signing line") {
    // A line of four digits that holds no year ("No 1024") is neither lowered nor parsed for a
    // date; one that holds a year ("No 1950") is, and dates nothing: the signing line does.
    std::string const input = "Joint appeal on the closure of the Saltmarsh Press Centre\n\n"
                              "We, the undersigned organisations, call on the authorities to reopen the Saltmarsh Press Centre.\n\n"
                              "Signed by:\nAssociation No 1024 (Chile)\nAssociation No 1950 (Chile)\nCooperative 2101 (Peru)\n"
                              "Dune Watch 12024 (Senegal)\n\nDone in Port Amber on 15 May 2026\n";
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Association No 1024");
    CHECK(s.signatories[1].name == "Association No 1950");
    CHECK(s.signatories[3].country_code == "SN");
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2026);
    CHECK(s.date->month == 5);
    CHECK(s.date->day == 15);
    CHECK(s.date->span.begin == input.find("15 May 2026"));
}

TEST_CASE("layouts: a label in capitals wrapped right over the topic in capitals opens the headline") {
    auto const input = "\xD0\x9E\xD0\x91\xD0\xA0\xD0\x90\xD0\xA9\xD0\x95\xD0\x9D\xD0\x98\xD0\x95 "
                       "\xD0\x9F\xD0\xA0\xD0\x90\xD0\x92\xD0\x9E\xD0\x97\xD0\x90\xD0\xA9\xD0\x98\xD0\xA2\xD0\x9D"
                       "\xD0\x98\xD0\x9A\xD0\x9E\xD0\x92\n"  // ОБРАЩЕНИЕ ПРАВОЗАЩИТНИКОВ
                       "\xD0\x92 \xD0\x97\xD0\x90\xD0\xA9\xD0\x98\xD0\xA2\xD0\xA3 "
                       "\xD0\x96\xD0\xA3\xD0\xA0\xD0\x9D\xD0\x90\xD0\x9B\xD0\x98\xD0\xA1\xD0\xA2\xD0\x9E\xD0\x92\n\n"  // В ЗАЩИТУ ЖУРНАЛИСТОВ
                       "We, the undersigned organisations, demand the release of the journalists.\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "\xD0\x9E\xD0\x91\xD0\xA0\xD0\x90\xD0\xA9\xD0\x95\xD0\x9D\xD0\x98\xD0\x95 "
                           "\xD0\x9F\xD0\xA0\xD0\x90\xD0\x92\xD0\x9E\xD0\x97\xD0\x90\xD0\xA9\xD0\x98\xD0\xA2\xD0\x9D"
                           "\xD0\x98\xD0\x9A\xD0\x9E\xD0\x92 \xD0\x92 \xD0\x97\xD0\x90\xD0\xA9\xD0\x98\xD0\xA2\xD0\xA3 "
                           "\xD0\x96\xD0\xA3\xD0\xA0\xD0\x9D\xD0\x90\xD0\x9B\xD0\x98\xD0\xA1\xD0\xA2\xD0\x9E\xD0\x92");
    CHECK(s.kind == statement_kind::appeal);
    check_outline_covers(s, input);
    auto const en = parse("APPEAL\nON THE DETENTION OF JOURNALISTS IN PELHAM\n\n"
                          "We, the undersigned organisations, demand the release of the journalists.\n")
                        .statement;
    REQUIRE(en.title.has_value());
    CHECK(en.title->text == "APPEAL ON THE DETENTION OF JOURNALISTS IN PELHAM");
}

TEST_CASE("layouts: a headline in title case or in capitals wrapped over three lines") {
    auto const s = parse("Pelham Vale: Authorities Must Drop Criminal Charges Against\n"
                         "Journalists of the Independent Outlet \"Amber Media\" and End\n"
                         "Pressure on Free Media\n\n"
                         "Port Amber, 12 March 2026 \xE2\x80\x93 We, the undersigned organisations, express our concern.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Pelham Vale: Authorities Must Drop Criminal Charges Against Journalists of the Independent "
                           "Outlet \"Amber Media\" and End Pressure on Free Media");
    auto const caps = parse("AMBERLAND: AUTHORITIES MUST END TRANSNATIONAL REPRESSION\n"
                            "AGAINST LAKESHORE ACTIVISTS AND STOP FORCIBLE RETURNS\n"
                            "FROM THE EUROPEAN UNION\n\n12 March 2026\n\n"
                            "We, the undersigned organisations, are alarmed by the forcible returns of activists.\n")
                          .statement;
    REQUIRE(caps.title.has_value());
    CHECK(caps.title->text == "AMBERLAND: AUTHORITIES MUST END TRANSNATIONAL REPRESSION AGAINST LAKESHORE ACTIVISTS AND "
                              "STOP FORCIBLE RETURNS FROM THE EUROPEAN UNION");
    // An address's lines in title case are no headline's.
    auto const address = parse("Stop Torture in Amberland's Prisons and Detention Centres Now\n"
                               "Joint statement by Amber Rights Watch and Birchwood Watch\n\n"
                               "We, the undersigned organisations, condemn torture.\n")
                             .statement;
    REQUIRE(address.title.has_value());
    CHECK(address.title->text == "Stop Torture in Amberland's Prisons and Detention Centres Now");
}

TEST_CASE("layouts: a dateline right under the headline is no part of it") {
    for (char const* dateline : {"\xD0\xB3. \xD0\x9F\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0\xD0\xBC, 22 "
                                 "\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2026 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0",
                                 "Port Amber, 22 January 2026"}) {
        CAPTURE(dateline);
        // "г. Пельгам, 22 января 2026 года": in lower case after a town's mark, or in title case.
        auto const input = std::string("Joint Statement of Amber and Birchwood Rights Groups on the Detained Reporters "
                                       "of the Saltmarsh Gazette\n") +
                           dateline +
                           "\nWe, the undersigned organisations, condemn the detention of the reporters of the "
                           "Saltmarsh Gazette.\n";
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Joint Statement of Amber and Birchwood Rights Groups on the Detained Reporters of the "
                               "Saltmarsh Gazette");
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2026);
        CHECK(s.date->month == 1);
        CHECK(s.date->day == 22);
    }
    // A wrapped sentence goes on with its date.
    auto const wrapped = parse("Amber Rights Watch calls for the release of the reporters arrested in\n"
                               "Port Amber on 22 January 2026 at the press club.\n")
                             .statement;
    CHECK(wrapped.paragraphs.size() + (wrapped.opening ? 1 : 0) <= 1);
}

// --- dates ----------------------------------------------------------------------------------

TEST_CASE("layouts: date line '7 January 2022'") { check_date_line("7 January 2022"); }

TEST_CASE("layouts: date line 'January 7, 2022'") { check_date_line("January 7, 2022"); }

TEST_CASE("layouts: date line '07.01.2022'") { check_date_line("07.01.2022"); }

TEST_CASE("layouts: date line '2022-01-07'") { check_date_line("2022-01-07"); }

TEST_CASE("layouts: date line '07-01-2022'") { check_date_line("07-01-2022"); }

TEST_CASE("layouts: date line '7 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2022 \xD0\xB3.'") { check_date_line("7 января 2022 г."); }

TEST_CASE("layouts: date line '7 \xD1\x81\xD1\x96\xD1\x87\xD0\xBD\xD1\x8F 2022'") { check_date_line("7 січня 2022"); }

TEST_CASE("layouts: date line '7 janvier 2022'") { check_date_line("7 janvier 2022"); }
// civic today: "7." is read as a list number; the date is January 2022 with day 0.
TEST_CASE("layouts: date line '7. Januar 2022'") { check_date_line("7. Januar 2022"); }

TEST_CASE("layouts: date line '7 stycznia 2022'") { check_date_line("7 stycznia 2022"); }

TEST_CASE("layouts: date line '7 de enero de 2022'") { check_date_line("7 de enero de 2022"); }

TEST_CASE("layouts: a footnote or a sentence that ends in a date does not date the statement") {
    for (char const* line : {"[1] See our report \"Silenced Advocates\", January 2025.",
                             "The council last met on this matter in its session of 3 March 2025."}) {
        std::string const after_list = line;
        CAPTURE(after_list);
        auto const s = parse(with_date_line("Published 7 May 2025") + "\n" + after_list + "\n").statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2025);
        CHECK(s.date->month == 5);
        CHECK(s.date->day == 7);
    }
    // A signing line after the list still does: a few words, a place, then the date; or more
    // words without a full stop after the date.
    for (char const* line : {"Port Amber, 9 May 2025",
                             "Adopted at the annual meeting of the Lakeshore Civic Forum, Port Amber, 9 May 2025"}) {
        std::string const signing_line = line;
        CAPTURE(signing_line);
        auto const signed_at = parse(with_date_line("Published 7 May 2025") + "\n" + signing_line + "\n").statement;
        REQUIRE(signed_at.date.has_value());
        CHECK(signed_at.date->day == 9);
    }
}

TEST_CASE("layouts: an event's month in a list, a PDF's numbered note and a request for a date do not override the dateline") {
    for (char const* later : {"Mira Tallow, reporter, abducted in Port Amber in December 2019",
                              "1 Pelham Vale Court, decision of 3 March 2025.\n2 Tallow v. Pelham Vale, no. 12345/19, "
                              "19 April 2018.",
                              "We request a written response by August 31, 2025."}) {
        std::string const line = later;
        CAPTURE(line);
        auto const s = parse(with_date_line("Published 7 May 2025") + "\n" + line + "\n").statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2025);
        CHECK(s.date->month == 5);
        CHECK(s.date->day == 7);
    }
    // A month after a comma still dates a line ("… Working Group, November 2025").
    auto const session = parse(with_date_line("Joint submission") + "\n47th Session of the Amber Working Group, November 2025\n")
                             .statement;
    REQUIRE(session.date.has_value());
    CHECK(session.date->month == 11);
}

TEST_CASE("layouts: a dateline with the day's occasion after it, or a note of a later change, gives the date") {
    for (char const* written : {"Published on 7 January 2022, Press Freedom Day",
                                "Port Amber, le 7 janvier 2022, \xC3\xA0 l'occasion de la Journ\xC3\xA9" "e de la libert\xC3\xA9 de la presse",
                                "Port Amber, 7 January 2022, on the occasion of Press Freedom Day",
                                "Statement of solidarity \xE2\x80\x93 7 January 2022 \xE2\x80\x93 First anniversary of the "
                                "arrest of the Saltmarsh Gazette's editors",
                                "Published 7 January 2022. Last updated 2 February 2022."}) {
        check_dated_7_january_2022(written);
    }
    // A sentence after the date is prose, whether it ends or the line cut it.
    for (char const* written : {"On 7 January 2022, the newspaper was closed by the administration.",
                                "Since 7 January 2022, at least four reporters have been detained, including"}) {
        check_undated(written);
    }
}

TEST_CASE("layouts: a date with the day's occasion in parentheses after it gives the date") {
    for (char const* written : {"7 January 2022 (Press Freedom Day)",
                                "Port Amber / Coralton, 7 January 2022 (Day of the Imprisoned Writer)"}) {
        check_dated_7_january_2022(written);
    }
    // Parentheses that the line goes on after, or a sentence in them, are no occasion.
    for (char const* written : {"Since 7 January 2022 (Press Freedom Day) at least four reporters",
                                "7 January 2022 (the newspaper was closed that morning, by decree)"}) {
        check_undated(written);
    }
}

TEST_CASE("layouts: a date written twice, in two languages apart by a slash, gives the date") {
    for (char const* written : {"7 de enero de 2022 / 7 January 2022", "Port Amber, 7 janvier 2022 / 7 January 2022"})
        check_dated_7_january_2022(written);
}

TEST_CASE("layouts: the publication's date after the note of a change on its line dates the text") {
    for (char const* written : {"Updated 9 January 2022 | Published 7 January 2022", "Published 7 January 2022 | Updated 9 January 2022"}) {
        std::string const line = written;
        CAPTURE(line);
        auto const s = parse(with_date_line(line)).statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->month == 1);
        CHECK(s.date->day == 7);
    }
    // Two changes: the first serves, as one alone does, where nothing else dates the text.
    auto const s = parse(with_date_line("Updated 9 January 2022, updated again 11 January 2022")).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 9);
}

TEST_CASE("layouts: the publication's date in parentheses after the note of a change dates the text") {
    auto const s = parse(with_date_line("Updated 9 January 2022 (first published 7 January 2022)")).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);
}

TEST_CASE("layouts: the date the kind's words give themselves in the headline dates the statement, not an event in the text") {
    for (char const* headline : {"Joint statement of 12 May 2026 on Veloria's draft media law",
                                 "D\xC3\xA9" "claration commune du 12 mai 2026 sur la loi relative aux m\xC3\xA9" "dias au Valmont"}) {
        std::string const input = std::string(headline) +
                                  "\n\nWe, the undersigned organisations, urge the National Assembly to reject the draft media "
                                  "law.\n\nThe draft was tabled on 28 April 2026 and may be adopted before the recess.\n\n"
                                  "Signed:\nAmber Press Watch\nCoral Media Forum\n";
        CAPTURE(input);
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == headline);
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2026);
        CHECK(s.date->month == 5);
        CHECK(s.date->day == 12);
    }
    // A date further on in the headline is what it is about, and the words after it where it took
    // place, no post's category ("Posted on 3 April 2024 in News").
    auto const about = parse("Joint statement on the events of 2 June 2026 in Port Amber\n\nWe, the undersigned "
                             "organisations, condemn the violence.\n\nSigned:\nAmber Press Watch\nCoral Media Forum\n")
                           .statement;
    CHECK_FALSE(about.date.has_value());
}

TEST_CASE("layouts: a signing page's box under the kind's label, its buttons and counter, takes no headline") {
    auto const s = parse("Home / Campaigns / Asia\n"
                         "Norvania: Free imprisoned poet Lian Teravo\n"
                         "Joint statement\n"
                         "9 April 2026\n"
                         "TAKE ACTION\n"
                         "Sign our petition to the Minister of Justice\n"
                         "Add your name\n"
                         "5,120 people have taken action\n"
                         "The undersigned organisations call on the authorities of Norvania to release the poet Lian "
                         "Teravo, who was sentenced on 1 April 2026 to six years in prison for a poem.\n"
                         "Signed by:\nAmber Pen Centre (Norvania)\nCoral Writers Union (Estonia)\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Norvania: Free imprisoned poet Lian Teravo");
}

TEST_CASE("layouts: a signing page's counter of thousands over the text is no headline") {
    auto const s = parse("Stop the demolition of the Old Harbour market\n\n"
                         "8,203 have signed. Let's get to 10,000!\n\n"
                         "We, the undersigned, call on the Mayor of Port Amber to halt the demolition of the Old Harbour "
                         "market and to consult its traders.\n\n"
                         "Signed:\nOld Harbour Traders Association\nPort Amber Residents Forum\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Stop the demolition of the Old Harbour market");
    // Right under the headline, no blank line between: a count of thousands, its comma no
    // building's number of a letterhead's address.
    auto const under = parse("Sign the petition\nProtect the Saltmarsh wetlands from drainage!\n"
                             "23,418 have signed. Let's get to 25,000!\n\nTo: The Minister of Environment of Veloria\n\n"
                             "The ministry plans to drain the Saltmarsh wetlands for a logistics park, which would destroy "
                             "the nesting grounds of forty species.\n\nWe, the undersigned, call on you to cancel the permit.\n")
                           .statement;
    REQUIRE(under.title.has_value());
    CHECK(under.title->text == "Protect the Saltmarsh wetlands from drainage!");
}

TEST_CASE("layouts: a signing page's counter glued to the headline on its line is no part of it") {
    struct page {
        std::string_view headline, title;
    };
    for (auto const& p : {page{"Free the Harbour Five 12,345 signatures", "Free the Harbour Five"},
                          page{"Stop the closure of the Riverside library 4,210 people have signed",
                               "Stop the closure of the Riverside library"},
                          // A count that is what the headline is about, not of its signers, stays.
                          page{"Release the 1,200 detained protesters", "Release the 1,200 detained protesters"},
                          page{"Protect the homes of 2,000 families", "Protect the homes of 2,000 families"},
                          // A year is no count: the words after it are a note of the page.
                          page{"Joint statement on the Harbour Five, updated in 2026 with new signatories",
                               "Joint statement on the Harbour Five, updated in 2026 with new signatories"}}) {
        CAPTURE(p.headline);
        auto const s = parse(std::string(p.headline) +
                             "\n\nTo: The Council of Port Amber\n\nWe, the undersigned residents, ask the Council to "
                             "keep its promise to the neighbourhood.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == p.title);
    }
}

TEST_CASE("layouts: a town and its country under a letter's signature are the signer's place and country") {
    auto const s = parse("Letter to the Minister of Justice on the detention of Teo Marlow\n\n4 May 2026\n\n"
                         "Dear Minister,\n\nI am writing on behalf of the Amber Legal Aid Centre to ask you to release "
                         "Teo Marlow, a lawyer detained since March.\n\nYours sincerely,\n\n"
                         "Nino Beridze\nDirector\nAmber Legal Aid Centre\nTbilisi, Georgia\n")
                       .statement;
    REQUIRE(s.signatories.size() == 1);
    CHECK(s.signatories[0].name == "Nino Beridze");
    CHECK(s.signatories[0].place == std::optional<std::string>("Tbilisi"));
    CHECK(s.signatories[0].country == std::optional<std::string>("Georgia"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("GE"));
}

TEST_CASE("layouts: the month alone under the list does not override the full date over the text") {
    auto const s = parse(with_date_line("Port Amber, 7 de enero de 2022") + "\nPort Amber, enero de 2022\n").statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2022);
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);
    // Another month is a later date.
    auto const later = parse(with_date_line("Port Amber, 7 de enero de 2022") + "\nPort Amber, febrero de 2022\n").statement;
    REQUIRE(later.date.has_value());
    CHECK(later.date->month == 2);
    CHECK(later.date->day == 0);
}

TEST_CASE("layouts: a date in a demand dates what it asks about, not the text") {
    for (char const* demand : {"1. Repeal the decree adopted on 15 August 2026.", "1. Repeal the decree of 15 August 2026;"}) {
        CAPTURE(demand);
        auto const s = parse("Joint statement on the decree on associations\n\nPort Amber, 16 August 2026\n\n"
                             "We, the undersigned organisations, reject the decree on associations adopted by the "
                             "council of Pelham Vale.\n\nWe call on the council to:\n\n" +
                             std::string(demand) + "\n2. Refrain from closing any association under it.\n\n"
                             "Signatories:\nAmber Coalition\nBirchwood Institute\n")
                           .statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->day == 16);
    }
}

TEST_CASE("layouts: a byline under the title, 'Posted on January 7, 2022 by the press office'") {
    for (char const* written : {"Posted on January 7, 2022 by the press office",
                                "Publi\xC3\xA9 le 7 janvier 2022 par la r\xC3\xA9" "daction"}) {
        std::string const line = written;
        CAPTURE(line);
        auto const input = with_date_line(line);
        auto const s = parse(input).statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2022);
        CHECK(s.date->month == 1);
        CHECK(s.date->day == 7);
        CHECK(role_at(s, input, line) == block_role::metadata);
        CHECK(s.opening.has_value());  // the text begins after the byline
        CHECK(s.paragraphs.empty());
    }
    // A sentence with a date and "by" is prose.
    auto const s = parse(with_date_line("On 7 January 2022 the newspaper was closed by the regional administration."))
                       .statement;
    CHECK_FALSE(s.date.has_value());
}

TEST_CASE("layouts: a news page's author under its headline, with or without a date") {
    for (char const* author : {"By Staff Writer\nUpdated: Feb. 25, 2026\n", "By Mira Tallow\n25 February 2026\n",
                               "Author: Editorial team\n", "By Editorial team\n"}) {
        CAPTURE(author);
        auto const input = std::string("Pelham Times\nNews  Opinion  Business  Arts & Life  Podcasts\n\n"
                                       "Rights Groups Urge Pelham Vale Not to Extradite a Deserter\n\n") +
                           author +
                           "\nEleven human rights organisations on Wednesday urged the Prosecutor General not to "
                           "extradite a soldier who fled his unit and was detained at the airport.\n";
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Rights Groups Urge Pelham Vale Not to Extradite a Deserter");
    }
    // Under the kind's label too.
    auto const labelled = parse("Pelham Vale: Police detain dozens at a protest\n\nJoint statement\nBy Mira Tallow\n\n"
                                "We, the undersigned organisations, condemn the detention of dozens of protesters.\n")
                              .statement;
    REQUIRE(labelled.title.has_value());
    CHECK(labelled.title->text == "Pelham Vale: Police detain dozens at a protest");
}

// civic today: the date is right, but its span starts at "Pelham Vale" and the line is a paragraph.
TEST_CASE("layouts: a signing line 'Place, 7 January 2022'") {
    auto const input = "Open letter to the Mayor of Pelham Vale on the Linden Court evictions\n\n"
                       "Dear Mayor,\n\n"
                       "We, the undersigned organisations, ask you to stop the eviction of the forty families who "
                       "live in Linden Court until the appeal court has ruled on their case.\n\n"
                       "Pelham Vale, 7 January 2022\n\n"
                       "Signatories:\n"
                       "Amber Lantern Association (Georgia)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2022);
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);
    CHECK(s.date->span.begin == std::string_view(input).find("7 January 2022"));
    CHECK(role_at(s, input, "Pelham Vale, 7 January 2022") == block_role::metadata);
    CHECK(s.kind == statement_kind::open_letter);
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

TEST_CASE("layouts: 'today, 7 January 2022' in the first paragraph") {
    auto const input = "Joint statement on the anniversary of the arrest of Mira Tallow\n\n"
                       "We, the undersigned organisations, publish today, 7 January 2022, this appeal for the "
                       "release of the journalist Mira Tallow, who was arrested on 3 December 2020 in Pelham Vale.\n\n"
                       "Ms Tallow was sentenced on 14 June 2021 to four years in prison.\n\n"
                       "Signatories:\n"
                       "Amber Lantern Association (Georgia)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2022);
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);
    CHECK(s.date->span.begin == std::string_view(input).find("7 January 2022"));
}

TEST_CASE("layouts: a press release's dateline 'Place, date \xE2\x80\x93' gives the date") {
    auto const input = layout_fixture("press-release-dateline.txt");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Civil society groups urge the Assembly to reject the media registry bill");
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2024);
    CHECK(s.date->month == 4);
    CHECK(s.date->day == 21);
    CHECK(s.date->span.begin == input.find("21 April 2024 \xE2\x80\x93"));
    // The menu on one line is chrome, and so are the share bar and the copyright line.
    CHECK(role_at(s, input, "Home | About us | Our work | News | Contact") == block_role::chrome_header);
    CHECK(role_at(s, input, "Share this: Facebook | Twitter | Email") == block_role::chrome_footer);
    CHECK(role_at(s, input, "\xC2\xA9 2024 Veloria Civic Voice") == block_role::chrome_footer);
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                          org("Coral Bay Human Rights Forum"), org("Dune Press Freedom Centre")});
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a press release's 'For immediate release' line and its end mark are chrome") {
    for (char const* end_mark : {"###", "- ENDS -", "-30-", "* * *"}) {
        std::string const mark = end_mark;
        CAPTURE(mark);
        auto const input = "FOR IMMEDIATE RELEASE\n\n"
                           "Veloria: authorities must end reprisals against election observers\n\n"
                           "12 September 2024\n\n"
                           "Eleven human rights organisations today condemned the arrest of five election observers "
                           "in Veloria and urged the authorities to release them.\n\n"
                           "Signed:\n"
                           "Amber Lantern Association\n"
                           "Birchwood Institute for Civic Rights\n\n" +
                           mark + "\n";
        auto const s = parse(input).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Veloria: authorities must end reprisals against election observers");
        CHECK_FALSE(s.publisher.has_value());
        CHECK(role_at(s, input, "FOR IMMEDIATE RELEASE") == block_role::chrome_header);
        CHECK(role_at(s, input, mark) == block_role::chrome_footer);
        CHECK(s.unrecognised.empty());
        check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
    }
}

TEST_CASE("layouts: a rule drawn across the text ends nothing") {
    for (char const* drawn : {"---", "***", "* * *", "====", "___"}) {
        std::string const rule = drawn;
        CAPTURE(rule);
        auto const input = with_signatories("Ms Tallow was arrested after she published an investigation into the "
                                            "sale of municipal land.\n\n" +
                                            rule +
                                            "\n\n"
                                            "We call on the regional administration to let the newspaper reopen.\n\n"
                                            "Amber Lantern Association (Georgia)\n"
                                            "Birchwood Institute for Civic Rights (Poland)\n");
        auto const s = parse(input).statement;
        // Chrome, or nothing at all where the clean-up read the marks as emphasis ("***").
        auto const role = role_at(s, input, rule);
        CHECK((role == block_role::chrome_footer || role == block_role::blank));
        CHECK(role_at(s, input, "We call on the regional administration") == block_role::paragraph);
        CHECK(s.unrecognised.empty());
        check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                              org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    }
}

TEST_CASE("layouts: a newswire's dateline, its name between slashes and a typewriter's dash") {
    for (char const* dateline : {"PORT AMBER, March 12, 2026 /PRNewswire/ -- ", "PORT AMBER, March 12, 2026 -- "}) {
        CAPTURE(dateline);
        auto const s = parse(std::string("Rights groups urge Amberland to free journalists\n\n") + dateline +
                             "A coalition of organisations today urged the authorities to free three journalists.\n")
                           .statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2026);
        CHECK(s.date->month == 3);
        CHECK(s.date->day == 12);
    }
}

TEST_CASE("layouts: a date in the prose after a place is an event, not a dateline") {
    auto const s = parse("Joint statement on the closure of the Saltmarsh Gazette\n\n"
                         "In Pelham Vale, 3 March 2021 was the day the Saltmarsh Gazette printed its last issue, "
                         "and the undersigned organisations still call for its reopening.\n\n"
                         "Signatories:\n"
                         "Amber Lantern Association (Georgia)\n"
                         "Birchwood Institute for Civic Rights (Poland)\n")
                       .statement;
    CHECK_FALSE(s.date.has_value());
}

// --- coalition, wraps, markup -----------------------------------------------------------------

TEST_CASE("layouts: the coalition and its acronym from 'We, the undersigned members of the X Network (XN)'") {
    auto const input = "Joint statement on the harassment of lawyers in Kazakhstan\n\n"
                       "We, the undersigned members of the Harbour Lights Rights Network (HLRN), call on the "
                       "authorities of Kazakhstan to stop the harassment of the lawyers who defend the "
                       "Saltmarsh tenants.\n\n"
                       "Signatories:\n"
                       "Amber Lantern Association (Kazakhstan)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Harbour Lights Rights Network");
    CHECK(s.coalition->acronym == std::optional<std::string>("HLRN"));
    REQUIRE(s.opening.has_value());
    CHECK(s.opening->text.rfind("We, the undersigned members of the Harbour Lights Rights Network (HLRN)", 0) == 0);
    // the coalition is not one of the signatories
    check_signatories(s, {org_in("Amber Lantern Association", "Kazakhstan", "KZ"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

// civic today: the span is the whole opening sentence.
TEST_CASE("layouts: the coalition's span points at its name") {
    auto const input = "Joint statement on the harassment of lawyers in Kazakhstan\n\n"
                       "We, the undersigned members of the Harbour Lights Rights Network (HLRN), call on the "
                       "authorities of Kazakhstan to stop the harassment of the lawyers who defend the "
                       "Saltmarsh tenants.\n\n"
                       "Signatories:\n"
                       "Amber Lantern Association (Kazakhstan)\n"
                       "Birchwood Institute for Civic Rights (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.coalition.has_value());
    CHECK(original(input, s.coalition->span) == "Harbour Lights Rights Network (HLRN)");
}

// civic today: the title stops at the wrap ("… members of the"), its second line and the
// opening become paragraphs, and there is no opening.
TEST_CASE("layouts: PDF hard wraps in the title, the paragraphs and the calls") {
    auto const input = layout_fixture("pdf-wraps.txt");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the prosecution of the members of the Saltmarsh Tenants' Union");
    CHECK(s.kind == statement_kind::joint_statement);
    CHECK(s.opening.has_value());
    CHECK(s.paragraphs.empty());
    if (s.opening)
        CHECK(s.opening->text ==
          "We, the undersigned organisations, are deeply concerned about the criminal prosecution of seven members "
          "of the Saltmarsh Tenants' Union, who face up to five years in prison for a peaceful sit-in at the town "
          "hall of Pelham Vale.");
    CHECK(describe_calls(s) ==
          calls_to("the prosecutor's office of Georgia",
                   {"Drop the charges against the seven members of the union, who did nothing more than exercise "
                    "their right to peaceful assembly;",
                    "Return the documents and computers seized from the union's office."}));
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

TEST_CASE("layouts: Markdown front matter with title and date") {
    auto const input = layout_fixture("front-matter.md");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Open letter on the eviction of the Linden Court tenants");
    CHECK(s.kind == statement_kind::open_letter);
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2022);
    CHECK(s.date->month == 1);
    CHECK(s.date->day == 7);
    CHECK(role_at(s, input, "author: tidewater") == block_role::metadata);
    // A one-word author is a site's user name, not a coalition.
    CHECK_FALSE(s.coalition.has_value());
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    check_outline_covers(s, input);
}

TEST_CASE("layouts: the opening after an address line and a short heading") {
    auto const input = "Open letter to the city council of Pelham Vale\n\n"
                       "To: the City Council of Pelham Vale\n\n"
                       "Our concern\n\n"
                       "We, the undersigned members of the Lakeshore Civic Forum, call on the city council to stop the "
                       "eviction of the forty families of Linden Court.\n\n"
                       "Signatories:\nAmber Lantern Association (Georgia)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.opening.has_value());
    CHECK(s.opening->text.rfind("We, the undersigned members", 0) == 0);
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Lakeshore Civic Forum");
    // After the text's first long paragraph, "we, the undersigned" opens no more.
    auto const late = parse("Statement on Linden Court\n\n"
                            "The city council of Pelham Vale decided last week to evict the forty families who live in "
                            "Linden Court, some of them for more than thirty years.\n\n"
                            "We, the undersigned, call on the council to reverse the decision.\n")
                          .statement;
    CHECK_FALSE(late.opening.has_value());
}

TEST_CASE("layouts: the organisation that front matter names as the author is the coalition") {
    for (char const* author : {"\"Lakeshore Civic Forum\"", "Mira Tallow"}) {
        std::string const line = author;
        CAPTURE(line);
        auto const input = "---\ntitle: Open letter on the eviction of the Linden Court tenants\nauthor: " + line +
                           "\n---\n\nWe, the undersigned organisations, call on the city council of Pelham Vale to "
                           "stop the eviction of the forty families who live in Linden Court.\n\nSignatories:\n"
                           "- Amber Lantern Association (Georgia)\n";
        auto const s = parse(input).statement;
        if (line == "Mira Tallow") {
            CHECK_FALSE(s.coalition.has_value());  // a person writes the post
            continue;
        }
        REQUIRE(s.coalition.has_value());
        CHECK(s.coalition->name == "Lakeshore Civic Forum");
        CHECK(original(input, s.coalition->span) == "Lakeshore Civic Forum");
    }
}

// civic today: the calls are "Our demands" and the introduction itself; the two list items
// are not calls.
TEST_CASE("layouts: Markdown headings, bold text and links") {
    auto const input = layout_fixture("markdown-markup.md");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the eviction of the Linden Court tenants");
    CHECK(s.kind == statement_kind::joint_statement);
    REQUIRE(s.opening.has_value());
    CHECK(s.opening->text ==
          "We, the undersigned organisations, condemn the eviction of forty families from Linden Court in Pelham Vale.");
    CHECK(describe_calls(s) == calls_to("the city council of Pelham Vale",
                                        {"Stop the eviction of the Linden Court tenants;",
                                         "Publish the contract with the developer."}));
    check_signatories(s, {org_in("Amber Lantern Association", "Georgia", "GE"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(role_at(s, input, "## Signatories") == block_role::signatory_header);
    check_outline_covers(s, input);
}

TEST_CASE("layouts: HTML paragraphs and character entities") {
    auto const input = layout_fixture("html-paragraphs.html");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on the \xE2\x80\x9C" "foreign influence\xE2\x80\x9D bill");
    CHECK(s.kind == statement_kind::joint_statement);
    REQUIRE(s.opening.has_value());
    CHECK(s.opening->text ==
          "We, the undersigned organisations, are alarmed by the so-called \xE2\x80\x9C" "foreign influence\xE2\x80\x9D "
          "bill that the Parliament of Georgia will debate next week.");
    REQUIRE(s.paragraphs.size() == 1);
    CHECK(s.paragraphs[0].text ==
          "The bill would brand Amber & Birch Media and hundreds of other groups as agents of foreign powers.");
    check_signatories(s, {org_in("Amber & Birch Media", "Georgia", "GE"),
                          org_in("Coral Bay Human Rights Forum", "Armenia", "AM")});
    check_outline_covers(s, input);
}

// --- language detection on a short statement in each language ---------------------------------

TEST_CASE("layouts: language of a short statement in English") { CHECK(parse(layout_fixture("lang-en.txt")).statement.language == "en"); }

TEST_CASE("layouts: language of a short statement in Russian") { CHECK(parse(layout_fixture("lang-ru.txt")).statement.language == "ru"); }

TEST_CASE("layouts: language of a short statement in Ukrainian") { CHECK(parse(layout_fixture("lang-uk.txt")).statement.language == "uk"); }

TEST_CASE("layouts: language of a short statement in French") { CHECK(parse(layout_fixture("lang-fr.txt")).statement.language == "fr"); }

TEST_CASE("layouts: language of a short statement in German") { CHECK(parse(layout_fixture("lang-de.txt")).statement.language == "de"); }

TEST_CASE("layouts: language of a short statement in Spanish") { CHECK(parse(layout_fixture("lang-es.txt")).statement.language == "es"); }

TEST_CASE("layouts: language of a short statement in Polish") { CHECK(parse(layout_fixture("lang-pl.txt")).statement.language == "pl"); }

TEST_CASE("layouts: language of a short statement in Romanian") { CHECK(parse(layout_fixture("lang-ro.txt")).statement.language == "ro"); }

// --- text kept as it is ---------------------------------------------------------------------

namespace {
std::vector<diagnostic> notes_of_unrecognised(parse_result const& r) {
    std::vector<diagnostic> notes;
    for (auto const& d : r.diagnostics)
        if (d.code == "layout.unrecognised-block") notes.push_back(d);
    return notes;
}

// A short statement whose list of signatories begins with one signer and goes on with `rest`.
std::string lakeshore_statement(std::string_view rest) {
    return "Joint statement on the closure of the Lakeshore Press Club\n\n"
           "We, the undersigned organisations, call on the authorities of Lakeshore to reopen the Press Club.\n\n"
           "Signatories:\n\n"
           "Pelham Vale Media Watch (Georgia)\n" +
           std::string(rest);
}
}  // namespace

TEST_CASE("layouts: blocks kept as text one after another get one note for the stretch") {
    std::string const input = lakeshore_statement(
        "Northern Rights Centre (Armenia)\n\n"
        "Translations follow in the autumn edition of the bulletin.\n\n"
        "Contact the secretariat for the full dossier of the case.\n\n"
        "Printed by the volunteers of the forum on recycled paper.\n");
    auto const r = parse(input);
    auto const& kept = r.statement.unrecognised;
    REQUIRE(kept.size() == 3);
    auto const notes = notes_of_unrecognised(r);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].level == severity::note);
    CHECK(notes[0].message == "these 3 blocks were kept as text: they are neither body, call, signatory nor chrome");
    // The note spans the stretch: from the first block's start to the last block's stop.
    CHECK(notes[0].span.begin == input.find("Translations follow"));
    CHECK(notes[0].span.end == input.find("recycled paper.") + std::string_view("recycled paper.").size());
    CHECK(notes[0].span.start == kept.front().span.start);
    CHECK(notes[0].span.stop == kept.back().span.stop);
    CHECK(notes[0].span.start.line == 10);
    CHECK(notes[0].span.stop.line == 14);
    check_outline_covers(r.statement, input);
}

TEST_CASE("layouts: a single block kept as text gets a note of its own") {
    std::string const input = lakeshore_statement(
        "Northern Rights Centre (Armenia)\n\n"
        "Translations follow in the autumn edition of the bulletin.\n");
    auto const r = parse(input);
    REQUIRE(r.statement.unrecognised.size() == 1);
    auto const notes = notes_of_unrecognised(r);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].message == "this block was kept as text: it is neither body, call, signatory nor chrome");
    CHECK(notes[0].span == r.statement.unrecognised[0].span);
}

TEST_CASE("layouts: a signer written wholly in parentheses keeps its place and its span") {
    std::string const input = lakeshore_statement(
        "(Civic Media Rights Union)\n"
        "Northern Rights Centre (Armenia)\n");
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 3);
    auto const& bracketed = s.signatories[1];
    CHECK(bracketed.name == "(Civic Media Rights Union)");
    CHECK(bracketed.span.begin == input.find("(Civic Media"));
    CHECK(bracketed.span.end == input.find("Union)") + std::string_view("Union)").size());
    CHECK(bracketed.span.start.line == 8);
    CHECK(bracketed.span.start.column == 1);
    CHECK(s.signatories[2].name == "Northern Rights Centre");
}

TEST_CASE("layouts: a second header after a line that is no signer goes on with the list") {
    std::string const input = lakeshore_statement(
        "Northern Rights Centre (Armenia)\n\n"
        "Translations follow in the autumn edition of the bulletin.\n\n"
        "Individual signatories:\n\n"
        "Anna Kowalska, journalist\n"
        "Piotr Nowak, lawyer\n");
    auto const r = parse(input);
    auto const& s = r.statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Northern Rights Centre");
    CHECK(s.signatories[2].name == "Anna Kowalska");
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.signatories[2].role == "journalist");
    CHECK(s.signatories[3].name == "Piotr Nowak");
    // The line between the two parts is kept as text, not read as the statement's body.
    REQUIRE(s.unrecognised.size() == 1);
    CHECK(s.unrecognised[0].text == "Translations follow in the autumn edition of the bulletin.");
    CHECK(s.paragraphs.empty());
    CHECK(role_at(s, input, "Individual signatories:") == block_role::signatory_header);
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a remark in lower case after a signer is its role, and the list goes on") {
    auto const input = std::string(
        "Joint statement: Release Tariq Osman\n\n"
        "We, the undersigned organisations, call on the authorities of Qaryan to release Tariq Osman.\n\n"
        "Signatories:\n"
        "Lakeshore Institute for Rights Studies (LIRS)\n"
        "Federation of Pelham Vale Rights Leagues (FPVRL), within the framework of the Observatory for the Protection "
        "of Defenders\n"
        "Port Amber League Against Torture (PALAT), in the framework of the Observatory for the Protection of Defenders\n"
        "Lawyers for Lawyers of Qaryan (L4LQ)\n"
        "Coral Bay Rights Watch\n");
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "Federation of Pelham Vale Rights Leagues");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("FPVRL"));
    CHECK(s.signatories[1].role ==
          std::optional<std::string>("within the framework of the Observatory for the Protection of Defenders"));
    CHECK(input.substr(s.signatories[1].span.begin, s.signatories[1].span.end - s.signatories[1].span.begin) ==
          "Federation of Pelham Vale Rights Leagues (FPVRL), within the framework of the Observatory for the Protection "
          "of Defenders");
    CHECK(s.signatories[2].acronym == std::optional<std::string>("PALAT"));
    CHECK(s.signatories[3].name == "Lawyers for Lawyers of Qaryan");
    CHECK(s.signatories[4].name == "Coral Bay Rights Watch");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a line the reader cannot read before the list's last signer loses neither") {
    // Between signers with their countries after a dash, one whose country carries a remark of
    // its own: the line stays text, and the signer under it is still the list's.
    auto const s = parse(with_signatories("Signed:\n\n"
                                          "Amber Textile Workers Union \xE2\x80\x93 Japan\n"
                                          "Confederation of Coral Bay Unions (CCBU) \xE2\x80\x93 Myanmar (in exile)\n"
                                          "Birchwood Garment Workers Federation \xE2\x80\x93 Philippines\n"))
                       .statement;
    REQUIRE(s.signatories.size() >= 2);
    CHECK(s.signatories.front().name == "Amber Textile Workers Union");
    CHECK(s.signatories.front().country_code == std::optional<std::string>("JP"));
    CHECK(s.signatories.back().name == "Birchwood Garment Workers Federation");
    CHECK(s.signatories.back().country_code == std::optional<std::string>("PH"));
}

TEST_CASE("layouts: a role of the tables after a signer's acronym and a dash or a comma is its role, and the list goes on") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association\n"
                                          "Birchwood Network Initiative (BNI) \xE2\x80\x93 observer\n"
                                          "Coral Bay Rights Watch (CBRW), observer\n"
                                          "Dune Press Freedom Centre\n"))
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Birchwood Network Initiative");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("BNI"));
    CHECK(s.signatories[1].role == std::optional<std::string>("observer"));
    CHECK(s.signatories[2].name == "Coral Bay Rights Watch");
    CHECK(s.signatories[2].role == std::optional<std::string>("observer"));
    CHECK(s.signatories[3].name == "Dune Press Freedom Centre");
}

TEST_CASE("layouts: 'Related content' and the teasers under it are the page's footer") {
    auto const s = parse("Civil society calls for the release of Tariq Osman\n\n"
                         "We, the undersigned, call on the Government of Qaryan to release Tariq Osman.\n\n"
                         "Signed:\n"
                         "Lakeshore Civic Forum\n"
                         "Coral Bay Rights Watch\n\n"
                         "Related content\n"
                         "Qaryan: Lawyer sentenced to five years\n"
                         "Qaryan: Authorities must end crackdown on lawyers\n")
                       .statement;
    CHECK(s.signatories.size() == 2);
    CHECK(s.unrecognised.empty());
    REQUIRE(s.footer.size() == 3);
    CHECK(s.footer[0].text == "Related content");
}

TEST_CASE("layouts: organisations that write their names in lower case are signers") {
    auto const s = parse("Erklärung: Pressefreiheit in Nordland verteidigen\n\n"
                         "Wir, die unterzeichnenden Organisationen, verurteilen die Durchsuchung der Redaktion.\n\n"
                         "Erstunterzeichnende:\n"
                         "Reporter ohne Grenzen Seeburg\n"
                         "dju in ver.di Seeburg\n"
                         "netzpolitik.example\n"
                         "iRights Seeburg\n"
                         "Netzwerk Recherche Seeburg e.V.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "dju in ver.di Seeburg");
    CHECK(s.signatories[2].name == "netzpolitik.example");
    CHECK(s.signatories[3].name == "iRights Seeburg");
    CHECK(s.signatories[4].name == "Netzwerk Recherche Seeburg e.V.");
    CHECK(s.unrecognised.empty());
    // Each in a list of 'Name (Country)', the line over it closed as it is.
    auto const countries = parse(with_signatories("Electronic Rights Foundation of Seeburg (United States)\n"
                                                  "epicenter.example (Austria)\n"
                                                  "iuridicum seeburg (Czechia)\n"
                                                  "Index on Amber (United Kingdom)\n"))
                               .statement;
    check_signatories(countries, {org_in("Electronic Rights Foundation of Seeburg", "United States", "US"),
                                  org_in("epicenter.example", "Austria", "AT"), org_in("iuridicum seeburg", "Czechia", "CZ"),
                                  org_in("Index on Amber", "United Kingdom", "GB")});
}

TEST_CASE("layouts: press contacts, a note to editors and a mailing list's footer under the list are no signers") {
    for (char const* after : {"Media enquiries:\nMira Tallow, Communications Officer, Amber Lantern Association\n+44 20 0000 0000\n",
                              "Notes to editors\nMira Tallow, press officer, Amber Lantern Association\n",
                              "_______________________________________________\nAmber-members mailing list\n"
                              "amber-members@lists.example.org\nTo unsubscribe, send an email to amber-leave@lists.example.org\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
}

TEST_CASE("layouts: a list sorted by surname, with the particles of a family name first") {
    auto const s = parse(with_signatories("Abbot, Mira (University of Amber, UK)\n"
                                          "de Vries, Marieke (University of Seeburg, Netherlands)\n"
                                          "Tallow, Oren (Birchwood Institute)\n"
                                          "van der Linden, Pieter (independent scholar)\n"
                                          "Vale, Dana (University of Coral Bay, USA)\n"))
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name.rfind("de Vries, Marieke", 0) == 0);
    CHECK(s.signatories[3].name.rfind("van der Linden, Pieter", 0) == 0);
    CHECK(s.signatories[4].country_code == std::optional<std::string>("US"));
}

TEST_CASE("layouts: the date line under a signature is the statement's date, not text left over") {
    auto const s = parse("STATEMENT OF THE LAKESHORE CIVIC FORUM\n\n"
                         "The Lakeshore Civic Forum expresses its solidarity with the people of Norland.\n\n"
                         "We call upon the Norland authorities to stop the violence.\n\n"
                         "The Lakeshore Civic Forum\n"
                         "Port Amber, 5 December 2026\n")
                       .statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 5);
    CHECK(s.unrecognised.empty());
    bool dated = false;
    for (auto const& e : s.outline) dated = dated || (e.role == block_role::metadata && e.span.start.line == 8);
    CHECK(dated);
}

TEST_CASE("layouts: 'Download the statement in PDF' under the list is the page's, not a signer") {
    auto const s = parse("Statement on the detention of Tariq Osman\n\n"
                         "We call on the authorities of Qaryan to release Tariq Osman.\n\n"
                         "List of signatories:\n"
                         "1. Amber Lantern Association \xE2\x80\x93 Armenia\n"
                         "2. Birchwood Institute \xE2\x80\x93 Poland\n\n"
                         "Download the statement in PDF\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Institute");
    REQUIRE(s.footer.size() == 1);
    CHECK(s.footer[0].text == "Download the statement in PDF");
}

TEST_CASE("layouts: headers that open with 'list of', without a colon, in several languages") {
    struct shape {
        char const* opening;
        char const* header;
    };
    for (auto const& c : {shape{"Мы, нижеподписавшиеся организации, призываем власти освободить всех задержанных.",
                                "Список подписавших организаций"},
                          shape{"Nous, organisations soussignées, demandons la libération de tous les détenus.",
                                "Liste des organisations signataires"},
                          shape{"Las organizaciones firmantes exigimos la liberación de todos los detenidos.",
                                "Lista de organizaciones firmantes"}}) {
        CAPTURE(c.header);
        auto const input = std::string("Statement\n\n") + c.opening + "\n\n" + c.header +
                           "\nAmber Lantern Association\nBirchwood Institute for Civic Rights\n";
        auto const s = parse(input).statement;
        check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
        CHECK(role_at(s, input, c.header) == block_role::signatory_header);
    }
}

TEST_CASE("layouts: a page's date key glued to the first paragraph ('date 2026-02-15 We are …')") {
    auto const s = parse(" date 2026-02-15 We are deeply concerned about the repression of peaceful protesters in "
                                "Pelham Vale and call for an independent investigation.\n\n"
                                "Mira Tallow Director, Lakeshore Rights Watch\n")
                       .statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2026);
    CHECK(s.date->month == 2);
    CHECK(s.date->day == 15);
    // A date in prose written as words is an event, not the statement's.
    auto const t = parse("On 15 February 2026 Police arrested twelve students in Pelham Vale, and we call for their "
                                "release.\n")
                       .statement;
    CHECK_FALSE(t.date.has_value());
}

TEST_CASE("layouts: the names under a letter's closing are its signers, even where none shows what it is") {
    auto const s = parse("Offener Brief\n\n"
                         "Sehr geehrter Herr Bundeskanzler,\n\n"
                         "wir, die unterzeichnenden Organisationen, bitten Sie eindringlich, sich für die Freilassung "
                         "des Journalisten Karim Benali einzusetzen.\n\n"
                         "Mit freundlichen Grüßen\n\n"
                         "Reporter ohne Grenzen Seeburg\n"
                         "Deutscher Journalisten-Verband Seeburg\n"
                         "PEN Seeburg\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Reporter ohne Grenzen Seeburg");
    CHECK(s.signatories[2].name == "PEN Seeburg");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a few short names over the date of the signing are the signers") {
    auto const s = parse("Заявление Правозащитного центра «Северный ветер» и Пеламской Хельсинкской группы\n\n"
                         "Правозащитный центр «Северный ветер» и Пеламская Хельсинкская группа требуют немедленно "
                         "освободить задержанных участников пикета.\n\n"
                         "ПЦ «Северный ветер»\n"
                         "ПХГ\n"
                         "3 декабря 2026 г.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "ПЦ «Северный ветер»");
    CHECK(s.signatories[1].name == "ПХГ");
    REQUIRE(s.date.has_value());
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: one organisation over the date signs; over a list of people, they sign as its members") {
    auto const alone = parse("Journalists' groups condemn raid on newsroom\n\n"
                             "We condemn the raid on the newsroom of the Port Amber Gazette and demand that the seized "
                             "equipment be returned.\n\n"
                             "The raid is the third this year.\n\n"
                             "Amber Lantern Association\n\n"
                             "12 May 2026\n")
                           .statement;
    REQUIRE(alone.signatories.size() == 1);
    CHECK(alone.signatories[0].name == "Amber Lantern Association");
    CHECK_FALSE(alone.coalition.has_value());
    CHECK(alone.unrecognised.empty());
    auto const members = parse("Appeal to the journalists of Ruritania\n\n"
                               "We call on all media workers to stand together against pressure.\n\n"
                               "Only together can we defend the freedom of the press.\n\n"
                               "Tidewater Media Movement\n\n"
                               "November 16th, 2026\n\n"
                               "Signed by:\n"
                               "Mira Tallow, editor-in-chief, \xE2\x80\x9CPort Amber Gazette\xE2\x80\x9D\n"
                               "Oren Vale, Coral Bay Radio\n")
                             .statement;
    REQUIRE(members.signatories.size() == 3);
    CHECK(members.signatories[0].name == "Tidewater Media Movement");
    CHECK(members.signatories[0].type == signatory_type::organisation);
    CHECK(members.signatories[1].name == "Mira Tallow");
    REQUIRE(members.coalition.has_value());
    CHECK(members.coalition->name == "Tidewater Media Movement");
    REQUIRE(members.date.has_value());
    CHECK(members.date->year == 2026);
}

TEST_CASE("layouts: a slogan over the date signs nothing") {
    auto const s = parse("Statement on the verdict\n\n"
                         "We condemn the verdict against the five journalists of the Port Amber Gazette.\n\n"
                         "The trial was closed to the public.\n\n"
                         "Freedom for all political prisoners\n\n"
                         "12 May 2026\n")
                       .statement;
    CHECK(s.signatories.empty());
    auto const cry = parse("Statement on the verdict\n\n"
                           "We condemn the verdict against the five journalists of the Port Amber Gazette.\n\n"
                           "The trial was closed to the public.\n\n"
                           "Long live the Movement!\n\n"
                           "12 May 2026\n")
                         .statement;
    CHECK(cry.signatories.empty());
}

TEST_CASE("layouts: a text cut off after the list's first signer: the fragment shows the list goes on") {
    std::string const input = "Solidarity with the protesters of Ruritania\n\n"
                              "We, civil society organisations of Veloria, stand with the people of Ruritania.\n\n"
                              "We call upon the authorities of Ruritania\n\n"
                              "  \xE2\x80\xA2 to release all political prisoners\n"
                              "  \xE2\x80\xA2 to stop the persecution of peaceful protesters\n\n"
                              "Lakeshore Citizens Assembly-Vell\n"
                              "Open";
    auto const r = parse(input);
    check_signatories(r.statement, {org("Lakeshore Citizens Assembly-Vell")});
    bool cut = false;
    for (auto const& d : r.diagnostics) cut = cut || d.code == "signatory.truncated";
    CHECK(cut);
    check_outline_covers(r.statement, input);
    // Without the fragment, one organisation alone after the calls is not a list.
    CHECK(parse("Solidarity with the protesters of Ruritania\n\n"
                "We, civil society organisations of Veloria, stand with the people of Ruritania.\n\n"
                "We call upon the authorities of Ruritania to release all political prisoners.\n\n"
                "Lakeshore Citizens Assembly-Vell\n")
              .statement.signatories.empty());
}

TEST_CASE("layouts: a list of rights after 'should be free to …:' is no list of demands") {
    auto const s = parse("Solidarity with the people of Ruritania\n\n"
                         "We, the undersigned organisations, believe that the citizens of Ruritania should be free to "
                         "exercise their rights:\n\n"
                         "  \xE2\x80\xA2 to change their government through free elections\n"
                         "  \xE2\x80\xA2 to protest peacefully\n\n"
                         "We call upon the authorities of Ruritania\n\n"
                         "  \xE2\x80\xA2 to release all political prisoners\n"
                         "  \xE2\x80\xA2 to stop the persecution of peaceful protesters\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].text == "to release all political prisoners");
    // Without the rights, the obligation introduces demands.
    auto const demands = parse("Statement on the elections in Ruritania\n\n"
                               "We are alarmed by the violence after the elections.\n\n"
                               "Such measures should include:\n\n"
                               "  \xE2\x80\xA2 releasing all detained protesters\n"
                               "  \xE2\x80\xA2 investigating every report of torture\n")
                             .statement;
    REQUIRE(demands.call_groups.size() == 1);
    CHECK(demands.call_groups[0].calls.size() == 2);
}

TEST_CASE("layouts: demands whose list markers were lost, lines under the call or paragraphs ending in ';'") {
    auto const lines = parse("Joint statement on the detention of journalists in Ruritania\n\n"
                             "We, the undersigned organisations, are alarmed by the detention of five journalists.\n\n"
                             "We call on the authorities of Ruritania to:\n"
                             "Release the five journalists immediately and unconditionally.\n"
                             "Drop all charges brought against them.\n\n"
                             "The journalists were arrested after covering a protest against the mining law.\n\n"
                             "Signatories:\n"
                             "Amber Lantern Association (Armenia)\n"
                             "Birchwood Circle (Poland)\n")
                           .statement;
    REQUIRE(lines.call_groups.size() == 1);
    REQUIRE(lines.call_groups[0].calls.size() == 2);
    CHECK(lines.call_groups[0].calls[1].text == "Drop all charges brought against them.");
    CHECK(lines.call_groups[0].calls[1].addressee == std::optional<std::string>("the authorities of Ruritania"));
    CHECK(lines.paragraphs.size() == 1);  // the sentence after the blank line is text
    CHECK(lines.signatories.size() == 2);
    auto const paragraphs = parse("Joint statement on the detention of journalists in Ruritania\n\n"
                                  "We are alarmed by the detention of five journalists. We demand:\n\n"
                                  "the release of the five journalists;\n\n"
                                  "the withdrawal of all charges;\n\n"
                                  "an investigation into the use of force.\n\n"
                                  "The journalists were arrested after covering a protest.\n")
                                .statement;
    REQUIRE(paragraphs.call_groups.size() == 1);
    REQUIRE(paragraphs.call_groups[0].calls.size() == 3);
    CHECK(paragraphs.call_groups[0].calls[2].text == "an investigation into the use of force.");
    // An item that asks in the imperative of someone else ("Call on …"), in bold that went.
    auto const imperative = parse("Joint appeal on Ruritania\n\n"
                                  "We, the undersigned organisations, urge the members of the Council to:\n\n"
                                  "**Establish** an independent mechanism on Ruritania;\n\n"
                                  "**Call on** the Government of Ruritania to release all prisoners of conscience;\n\n"
                                  "**Ensure** that victims have access to justice.\n")
                                .statement;
    REQUIRE(imperative.call_groups.size() == 1);
    REQUIRE(imperative.call_groups[0].calls.size() == 3);
    CHECK(imperative.call_groups[0].calls[1].text ==
          "Call on the Government of Ruritania to release all prisoners of conscience;");
}

TEST_CASE("layouts: lines under a call that are people, one line, or the text going on are no demands") {
    auto const people = parse("Joint statement on the detention of journalists in Ruritania\n\n"
                              "We call for the release of the detained journalists:\n"
                              "Mira Tallow, editor of the Port Amber Gazette\n"
                              "Oren Vale, reporter at Coral Bay Radio\n\n"
                              "They were arrested after covering a protest against the mining law.\n")
                            .statement;
    CHECK(people.call_groups.empty());
    auto const one = parse("Joint statement on the detention of journalists in Ruritania\n\n"
                           "We call on the authorities of Ruritania to:\n"
                           "Release the five journalists immediately.\n\n"
                           "The journalists were arrested after covering a protest against the mining law.\n")
                         .statement;
    CHECK(one.call_groups.empty());
    auto const prose = parse("Joint statement on the detention of journalists in Ruritania\n\n"
                             "We call on the authorities of Ruritania to heed our concerns:\n\n"
                             "The journalists were arrested after covering a protest against the mining law.\n\n"
                             "We also call on the international community to speak out.\n")
                           .statement;
    for (auto const& g : prose.call_groups)
        for (auto const& c : g.calls) CHECK(c.text.rfind("The journalists were arrested", 0) != 0);
}

TEST_CASE("layouts: the acronym before its name, a name written twice, a parenthesis the cut left open") {
    std::string const input = "Joint statement\n\n"
                              "We, the undersigned, condemn the arrests of the protesters in Vell.\n\n"
                              "Signatories:\n"
                              "FOL (Frente de Organizaciones en Lucha)\n"
                              "CPR (Committee to Protect Reporters), Georgia\n"
                              "AMBER LANTERN MOVEMENT AMBER LANTERN MOVEMENT\n"
                              "TSA (Tidewater Students Association)\n"
                              "FOB AUTÓNOMA (FEDERACIÓN DE";
    auto const r = parse(input);
    auto const& s = r.statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[0].name == "Frente de Organizaciones en Lucha");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("FOL"));
    CHECK(s.signatories[1].name == "Committee to Protect Reporters");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("CPR"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("GE"));
    CHECK(s.signatories[2].name == "AMBER LANTERN MOVEMENT");
    CHECK(s.signatories[3].name == "Tidewater Students Association");
    CHECK(s.signatories[4].name == "FOB AUTÓNOMA");
    bool cut = false;
    for (auto const& d : r.diagnostics) cut = cut || d.code == "signatory.truncated";
    CHECK(cut);
    check_outline_covers(s, input);
    // An acronym that is no short form of the words after it keeps them as its name's part.
    auto const other = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\n"
                             "Signatories:\nPEN (Lakeshore branch)\nBirchwood Circle (Poland)\n")
                           .statement;
    REQUIRE(other.signatories.size() == 2);
    CHECK(other.signatories[0].acronym != std::optional<std::string>("PEN"));
}

TEST_CASE("layouts: a list glued with semicolons, wrapped between a name and its country") {
    auto const s = parse("Statement on the arrest of Oren Vale\n\n"
                         "The undersigned organisations are alarmed by the arrest of the lawyer Oren Vale.\n\n"
                         "We call on the authorities to release him immediately.\n\n"
                         "Signed:\n"
                         "Amber Lantern Association, Armenia; Birchwood Circle, Poland; Coral Bay Human Rights Forum,\n"
                         "Georgia; Dune Press Freedom Centre, Kazakhstan; Eastgate Legal Aid Clinic, Kyrgyzstan\n")
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Birchwood Circle", "Poland", "PL"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"),
                          org_in("Dune Press Freedom Centre", "Kazakhstan", "KZ"),
                          org_in("Eastgate Legal Aid Clinic", "Kyrgyzstan", "KG")});
}

TEST_CASE("layouts: a heading that titles the demands over their list ('## Our demands', 'Recommendations')") {
    auto const md = parse("---\ntitle: \"Joint statement on the arrests in Veloria\"\n---\n\n"
                          "We, the undersigned organisations, condemn the arrests of peaceful protesters in Veloria.\n\n"
                          "## Our demands\n\n"
                          "* Release all detained protesters.\n"
                          "* Investigate the use of force by the police.\n\n"
                          "## Signatories\n\n"
                          "* Amber Lantern Association (Armenia)\n"
                          "* Birchwood Circle (Poland)\n")
                        .statement;
    REQUIRE(md.call_groups.size() == 1);
    REQUIRE(md.call_groups[0].calls.size() == 2);
    CHECK(md.call_groups[0].calls[0].text == "Release all detained protesters.");
    CHECK(md.signatories.size() == 2);
    auto const plain = parse("Joint statement on the arrests in Veloria\n\n"
                             "We, the undersigned organisations, condemn the arrests of peaceful protesters in Veloria.\n\n"
                             "Recommendations\n"
                             "- Release all detained protesters.\n"
                             "- Investigate the use of force by the police.\n")
                           .statement;
    REQUIRE(plain.call_groups.size() == 1);
    CHECK(plain.call_groups[0].calls.size() == 2);
    // A heading that says nothing of demands titles no calls.
    auto const other = parse("Joint statement on the arrests in Veloria\n\n"
                             "We, the undersigned organisations, condemn the arrests of peaceful protesters in Veloria.\n\n"
                             "## Background\n\n"
                             "* The protests began in March.\n"
                             "* More than 200 people were detained.\n")
                           .statement;
    CHECK(other.call_groups.empty());
}

TEST_CASE("layouts: a town after a dash, between the name and its country ('Name – Yerevan, Armenia')") {
    auto const s = parse("Joint letter\n\nWe, the undersigned, urge the Commission to act.\n\n"
                         "Signatories:\n"
                         "Amber Lantern Association \xE2\x80\x93 Yerevan, Armenia\n"
                         "Birchwood Circle - Warsaw, Poland\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[0].place == std::optional<std::string>("Yerevan"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("AM"));
    CHECK(s.signatories[1].name == "Birchwood Circle");
    CHECK(s.signatories[1].place == std::optional<std::string>("Warsaw"));
}

TEST_CASE("layouts: signatures of two lines set apart by blank lines, the name over what the person signs as") {
    auto const s = parse("Open letter on the future of open source AI\n\n"
                         "We, the undersigned economists, call on the Commission to protect open source AI.\n\n"
                         "Signed,\n\n"
                         "Prof. Anna Berg\nUniversity of Vell\n\n"
                         "Dr. Oren Vale\nLakeshore Institute of Economics\n\n"
                         "Mira Tallow\nIndependent researcher\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Prof. Anna Berg");
    CHECK(s.signatories[0].role == std::optional<std::string>("University of Vell"));
    CHECK(s.signatories[2].name == "Mira Tallow");
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.signatories[2].role == std::optional<std::string>("Independent researcher"));
    // Two names in a group are two signers.
    auto const names = parse("Open letter on the future of open source AI\n\n"
                             "We, the undersigned economists, call on the Commission to protect open source AI.\n\n"
                             "Signed,\n\n"
                             "Anna Berg\nOren Vale\n\n"
                             "Mira Tallow\nJean Moreau\n")
                           .statement;
    CHECK(names.signatories.size() == 4);
}

TEST_CASE("layouts: two names of a list set apart by blank lines, an organisation's under a name that shows no person") {
    auto const s = parse("Statement on the closure of the Coral Bay Civic Fund\n\n2 October 2024\n\n"
                         "We call on the Council of Ministers to reverse its decision.\n\nSigned:\n\n"
                         "Green Drina\nRoma Rights Centre Birchwood\n")
                       .statement;
    check_signatories(s, {org("Green Drina"), org("Roma Rights Centre Birchwood")});
}

TEST_CASE("layouts: a web page's cards of signers, each name over its town and country") {
    auto const s = parse(with_signatories("Signatories\n\nMaria Fern\xC3\xA1ndez\nLima, Peru\n\nGreen Future Initiative\n"
                                          "Accra, Ghana\n\nAmber Lantern Association\nNew York, USA\n"))
                       .statement;
    check_signatories(s, {at(in(person("Maria Fern\xC3\xA1ndez"), "Peru", "PE"), "Lima"),
                          at(org_in("Green Future Initiative", "Ghana", "GH"), "Accra"),
                          at(org_in("Amber Lantern Association", "USA", "US"), "New York")});
    // The same cards one under another.
    auto const tight = parse(with_signatories("Signatories\nGreen Future Initiative\nAccra, Ghana\nCoral Bay Forum\n"
                                              "Tbilisi, Georgia\n"))
                           .statement;
    check_signatories(tight, {at(org_in("Green Future Initiative", "Ghana", "GH"), "Accra"),
                              at(org_in("Coral Bay Forum", "Georgia", "GE"), "Tbilisi")});
    // A signer with its country under one without is no card.
    auto const two = parse(with_signatories("Signatories\n\nAmber Lantern Association\nCoral Bay Network, Kenya\n")).statement;
    CHECK(two.signatories.size() == 2);
}

TEST_CASE("layouts: a person's card, the name over the role and the country after a comma") {
    auto const s = parse(with_signatories("Signed by\nDr. Amina Yusuf\nProfessor of Law, Nigeria\nProf. Jonas Berg\n"
                                          "Historian, Sweden\n"))
                       .statement;
    check_signatories(s, {in(person("Dr. Amina Yusuf", "Professor of Law"), "Nigeria", "NG"),
                          in(person("Prof. Jonas Berg", "Historian"), "Sweden", "SE")});
    // Apart by blank lines, a role with its organisation.
    auto const apart = parse(with_signatories("Signed by\n\nMira Tallow\nDirector, Centro de Estudios Sociales, Argentina\n\n"
                                              "Oren Vale\nIndependent researcher\n"))
                           .statement;
    check_signatories(apart, {in(person("Mira Tallow", "Director, Centro de Estudios Sociales"), "Argentina", "AR"),
                              person("Oren Vale", "Independent researcher")});
}

TEST_CASE("layouts: signers' records pasted from a site's data file, a field a line") {
    auto const s = parse(with_signatories("Signatories:\n\n- name: Amber Lantern Association\n  country: Kenya\n"
                                          "  type: organisation\n- name: Mira Tallow\n  country: Portugal\n"
                                          "  type: individual\n- name: Coral Bay Forum\n  city: Tbilisi\n"
                                          "  website: https://coral.example\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Kenya", "KE"), in(person("Mira Tallow"), "Portugal", "PT"),
                          at(org("Coral Bay Forum"), "Tbilisi")});
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].link == std::optional<std::string>("https://coral.example"));
}

TEST_CASE("layouts: the items under a call that ends with a colon, marked otherwise, are its parts") {
    std::string const input = "Joint statement on the state of emergency in Veloria\n\n"
                              "We call on the Government of Veloria to:\n\n"
                              "1. End the state of emergency:\n"
                              "   - lift the curfew;\n"
                              "   - restore access to the internet;\n"
                              "2. Release all detained protesters.\n\n"
                              "Signatories:\nAmber Lantern Association (Armenia)\nBirchwood Circle (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].text == "End the state of emergency: lift the curfew; restore access to the internet;");
    CHECK(original(input, s.call_groups[0].calls[0].span).find("restore access") != std::string_view::npos);
    CHECK(s.call_groups[0].calls[1].text == "Release all detained protesters.");
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a PDF's page break inside a paragraph: one paragraph, the page's number inside its span") {
    std::string const input = "Veloria: Release detained human rights defenders now\n\n"
                              "The undersigned organisations express their grave concern over the detention of four\n"
                              "human rights defenders in Veloria, who have since been held without access\n\n"
                              "Page 1 of 2\n\n"
                              "to their lawyers or families. We call on the authorities of Veloria to release them.\n\n"
                              "Signatories\nAmber Lantern Association\nBirchwood Circle\n";
    auto const s = parse(input).statement;
    REQUIRE(s.opening.has_value());  // "The undersigned organisations …"
    CHECK(s.opening->text.find("without access to their lawyers or families.") != std::string::npos);
    CHECK(original(input, s.opening->span).find("Page 1 of 2") != std::string_view::npos);
    for (auto const& f : s.footer) CHECK(f.text != "Page 1 of 2");
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a PDF's running footer inside a wrapped demand: the demand goes on after it") {
    std::string const input =
        with_calls("We call on the authorities of Pelham Vale to:\n\n"
                   "1. Release Mira Tallow and every other journalist held in connection with her work;\n"
                   "2. Open an independent and transparent investigation into her arrest, and make public who gave\n\n"
                   "Joint Statement \xE2\x80\x93 Pelham Vale \xE2\x80\x93 3 May 2025                           1 | P a g e\n\n"
                   "the order for it;\n"
                   "3. Drop all charges against her.");
    auto const s = parse(input).statement;
    auto const calls = all_calls(s);
    REQUIRE(calls.size() == 3);
    CHECK(calls[1].text ==
          "Open an independent and transparent investigation into her arrest, and make public who gave the order for it;");
    CHECK(original(input, calls[1].span).find("P a g e") != std::string_view::npos);
    CHECK(calls[2].text == "Drop all charges against her.");
}

TEST_CASE("layouts: a flag before a country's heading, and the note on an entry's asterisk under the list") {
    std::string const input = "Joint statement on the persecution of human rights defenders\n\n"
                              "We, the undersigned organisations, condemn the persecution of defenders in the region.\n\n"
                              "Signatories:\n\n"
                              "ARMENIA\nAmber Lantern Association\n\n"
                              "GEORGIA\nCoral Bay Human Rights Forum*\n\n"
                              "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 UKRAINE\n"  // the flag of Ukraine
                              "Center for Civil Liberties\n"
                              "\xE2\x9C\x85 ZMINA Human Rights Centre\n\n"  // a check mark
                              "* Member of the Steering Committee\n";
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Coral Bay Human Rights Forum");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("UA"));
    CHECK(s.signatories[3].name == "ZMINA Human Rights Centre");
    CHECK(s.signatories[3].country_code == std::optional<std::string>("UA"));
    REQUIRE_FALSE(s.paragraphs.empty());
    CHECK(s.paragraphs.back().text == "Member of the Steering Committee");
    CHECK(s.unrecognised.empty());
    check_outline_covers(s, input);
}

TEST_CASE("layouts: the note on the mark the entries carry ends a list of bullets or a list without a header") {
    // "• Coral Bay Forum*" / … / "* Member of the Lakeshore Coalition": the note, bulleted with
    // the mark itself, under a list bulleted otherwise.
    auto const bullets = parse(with_signatories("Signatories (in alphabetical order):\n\n"
                                                "\xE2\x80\xA2\tAmber Lantern Association (Georgia)\n"
                                                "\xE2\x80\xA2\tCoral Bay Forum*\n"
                                                "\xE2\x80\xA2\tLinden Court Trust (Poland)\n"
                                                "\xE2\x80\xA2\tSeeburg Rights Centre (Armenia)*\n\n"
                                                "* Member of the Lakeshore Coalition\n"))
                             .statement;
    CHECK(names_of(bullets) ==
          std::vector<std::string>{"Amber Lantern Association", "Coral Bay Forum", "Linden Court Trust", "Seeburg Rights Centre"});
    // "Sincerely," / the names / "*Steering Committee member" / "Individual signers": no header.
    auto const closing = parse("Letter to the Governor on the Clean Slate Act\n\nDear Governor,\n\nWe, the undersigned "
                               "organisations, urge you to sign the Clean Slate Act into law.\n\nSincerely,\n\n"
                               "Amber Lantern Association*\nBirchwood Institute for Civic Rights\nCoral Bay Forum*\n"
                               "Linden Court Trust\n\n*Steering Committee member\n\nIndividual signers\n"
                               "Mira Tallow, Port Amber\nOren Vale, Seeburg\n")
                             .statement;
    auto const names = names_of(closing);
    CHECK(std::find(names.begin(), names.end(), "Steering Committee member") == names.end());
    CHECK(std::find(names.begin(), names.end(), "Linden Court Trust") != names.end());
}

TEST_CASE("layouts: the note on a mark right under the list's header is its legend, and the list goes on") {
    for (char const* legend : {"* denotes steering committee member", "*Members of the steering committee"}) {
        std::string const note = legend;
        CAPTURE(note);
        auto const s = parse(with_signatories("Signed,\n\n" + note +
                                              "\n\nNational organisations\nAmber Lantern Association*\n"
                                              "Birchwood Institute for Civic Rights\n\nLocal organisations\nCoral Bay Forum\n"))
                           .statement;
        CHECK(names_of(s) ==
              std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute for Civic Rights", "Coral Bay Forum"});
    }
}

TEST_CASE("layouts: a line on how to sign under the list's header is no signer, and the entries under it are the list") {
    auto const s = parse("# Open letter on the Pelham Vale data law\n\n"
                         "We, the undersigned researchers and organisations, object to the draft data retention law of "
                         "Pelham Vale, which would oblige every provider to keep the records of all its users for five years.\n\n"
                         "## Signatories\n\n"
                         "Comment on issue #4 or tick your name below via PR.\n\n"
                         "- Oren Vale-Kim (@orenv)\n- Amber Lantern Programme\n- Mira Tallow-Vane (@mtallow)\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Oren Vale-Kim", "Amber Lantern Programme", "Mira Tallow-Vane"});
}

TEST_CASE("layouts: the list's closer after its last name is none of the name ('Name и др.', 'Name and others')") {
    auto const ru = parse("Заявление\n\nМы, нижеподписавшиеся, требуем освободить задержанных активистов.\n\n"
                          "Подписали:\nПравозащитный центр «Янтарь»\nСоюз журналистов Велории и др.\n")
                        .statement;
    REQUIRE(ru.signatories.size() == 2);
    CHECK(ru.signatories[1].name == "Союз журналистов Велории");
    auto const en = parse("Joint statement\n\nWe, the undersigned, call on the authorities to release the activists.\n\n"
                          "Signatories:\nAmber Lantern Association\nBirchwood Circle and others\nArt and More Foundation\n")
                        .statement;
    REQUIRE(en.signatories.size() >= 2);
    CHECK(en.signatories[1].name == "Birchwood Circle");
}

TEST_CASE("layouts: the date in the list's header dates the list, not the statement") {
    std::string const input = "Joint statement on the arrests in Veloria\n\n"
                              "2 May 2026\n\n"
                              "We, the undersigned organisations, call on the authorities to release the activists.\n\n"
                              "Signatories (as of 12 May 2026):\n"
                              "Amber Lantern Association (Armenia)\nBirchwood Circle (Poland)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 2);
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("layouts: a page's date with its chrome after a separator ('Posted by admin on 12 May 2026 · 3 min read')") {
    auto const s = parse("Home > News > Statements\n\n"
                         "Posted by admin on 12 May 2026 \xC2\xB7 3 min read\n\n"
                         "# Veloria must free jailed reporters, say 30 groups\n\n"
                         "Thirty press freedom organisations today called on the authorities of Veloria to free the "
                         "jailed reporters of the Vell Courier.\n")
                       .statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2026);
    CHECK(s.date->month == 5);
    CHECK(s.date->day == 12);
}

TEST_CASE("layouts: a page's date field under the signers ('Published: 12 March 2025 | 4 min read') dates the text, signs nothing") {
    auto const s = parse("Civil society groups urge release of detained dockworkers\n\n"
                         "We, the undersigned organisations, condemn the arrest of nine dockworkers in Velmar.\n\n"
                         "We call on the authorities to release the detained dockworkers immediately.\n\n"
                         "Signed:\n"
                         "Amber Harbour Workers Network\n"
                         "Velmar Labour Rights Centre\n\n"
                         "Published: 12 March 2025 | 4 min read\n"
                         "Share this article\n")
                       .statement;
    CHECK(s.signatories.size() == 2);
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2025);
    CHECK(s.date->month == 3);
    CHECK(s.date->day == 12);
    // Under a date of the text's own, the page's date gives way.
    auto const t = parse("Joint statement on the Velmar dockworkers\n\n10 March 2025\n\n"
                         "We call on the authorities to release the detained dockworkers immediately.\n\n"
                         "Signed:\nAmber Harbour Workers Network\nVelmar Labour Rights Centre\n\n"
                         "Опубликовано: 14 марта 2025, 10:20\n")
                       .statement;
    CHECK(t.signatories.size() == 2);
    REQUIRE(t.date.has_value());
    CHECK(t.date->day == 10);
}

TEST_CASE("layouts: a signer's line with four digits is no page's date field; a field's label opens the line") {
    auto const s = parse("Joint appeal on the Velmar dockworkers\n\n3 April 2024\n\n"
                         "We call on the authorities to release the detained dockworkers immediately.\n\n"
                         "Signatories:\n"
                         "Association No 1024 (Chile)\n"
                         "Association No 2024 (Chile)\n"
                         "Generation 1989 Memory Circle (Poland)\n"
                         "Velmar Labour Rights Centre, founded 2001 (Kenya)\n\n"
                         "Posted on 5 April 2024 | 3 min read\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Association No 1024");
    CHECK(s.signatories[1].name == "Association No 2024");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("PL"));
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 3);
}

TEST_CASE("layouts: under a country's heading on the line, a comma between two organisations parts two entries") {
    auto const s = parse("Joint statement of the Coral Bay Civic Platform\n\n"
                         "We, the undersigned members of the platform, call on the authorities to release the activists.\n\n"
                         "Signatories:\n"
                         "Armenia: Helsinki Citizens' Assembly Vanadzor, Journalists' Club Asparez\n"
                         "Georgia: Georgian Young Lawyers' Association, Human Rights Education and Monitoring Center (EMC)\n"
                         "Georgia: Dune Press Centre, Tbilisi\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "Journalists' Club Asparez");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("AM"));
    CHECK(s.signatories[3].name == "Human Rights Education and Monitoring Center");
    CHECK(s.signatories[3].acronym == std::optional<std::string>("EMC"));
    // A town after the comma is no entry.
    CHECK(s.signatories[4].name.rfind("Dune Press Centre", 0) == 0);
    // A name that shows no person before the comma: two entries, whatever they say of
    // themselves; a person's name before a role or an organisation: one.
    auto const t = parse("Joint statement\n\nWe call on the governments of the region to stop persecuting "
                         "journalists.\n\nSignatories:\n"
                         "Kyrgyzstan: Bir Duino, Justice for Journalists\n"
                         "Kazakhstan: Anna Berg, Director\n"
                         "Tajikistan: Dr. Oren Vale, Lawtrend\n")
                       .statement;
    REQUIRE(t.signatories.size() == 4);
    CHECK(t.signatories[0].name == "Bir Duino");
    CHECK(t.signatories[1].name == "Justice for Journalists");
    CHECK(t.signatories[1].country_code == std::optional<std::string>("KG"));
    CHECK(t.signatories[2].type == signatory_type::person);
    CHECK(t.signatories[3].type == signatory_type::person);
}

TEST_CASE("layouts: a page with the text again in another language: its headline is no signer, its list no more signers") {
    std::string const input = "Joint statement on the arrests in Veloria\n\n"
                              "We, the undersigned organisations, call on the authorities of Veloria to release the activists.\n\n"
                              "Signatories:\nAmber Lantern Association (Armenia)\nBirchwood Circle (Poland)\n\n"
                              "Совместное заявление об арестах в Велории\n\n"
                              "Мы, нижеподписавшиеся организации, призываем власти Велории освободить задержанных активистов.\n\n"
                              "Подписали:\nАссоциация «Янтарный фонарь» (Армения)\nБерезовый круг (Польша)\n";
    auto const r = parse(input);
    auto const& s = r.statement;
    // The version in Russian is the same text, its list the same signers: kept as text, with a note.
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Circle");
    for (auto const& signer : s.signatories) CHECK(signer.name.find("заявление") == std::string::npos);
    CHECK(role_at(s, input, "Совместное заявление") == block_role::unrecognised);
    CHECK(role_at(s, input, "Березовый круг") == block_role::unrecognised);
    CHECK(std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                      [](diagnostic const& d) { return d.code == "statement.another-text"; }));
    check_outline_covers(s, input);
}

TEST_CASE("layouts: the text again in another language without a header or a headline of its own: its list of the same signers is not counted again") {
    std::string const input = "STANOWISKO\n"
                              "stowarzyszeń prawników w sprawie niezależności sądów\n\n"
                              "Kraków, 5 czerwca 2025 r.\n\n"
                              "Apelujemy do Sejmu o niezwłoczne uchwalenie ustawy przywracającej zgodny z Konstytucją "
                              "sposób wyboru członków Krajowej Rady Sądownictwa.\n\n"
                              "Stowarzyszenie Prawników „Bursztyn” (Kraków)\n"
                              "Stowarzyszenie Sędziów Rodzinnych „Brzoza”\n\n"
                              "--------------------------------------------------------------------------------\n\n"
                              "POSITION\n"
                              "of lawyers' associations on the independence of the courts\n\n"
                              "Kraków, 5 June 2025\n\n"
                              "We appeal to the Sejm to adopt without delay a law restoring a constitutional method of "
                              "electing the members of the National Council of the Judiciary.\n\n"
                              "Lawyers' Association \"Bursztyn\" (Kraków)\n"
                              "Family Judges' Association \"Brzoza\"\n";
    auto const r = parse(input);
    auto const& s = r.statement;
    CHECK(names_of(s) == std::vector<std::string>{"Stowarzyszenie Prawników „Bursztyn”", "Stowarzyszenie Sędziów Rodzinnych „Brzoza”"});
    CHECK(role_at(s, input, "Family Judges") == block_role::unrecognised);
    CHECK(std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                      [](diagnostic const& d) { return d.code == "signatory.listed-again"; }));
    check_outline_covers(s, input);
    // Two groups of as many signers, from the same countries, with no text between: two lists.
    auto const groups = parse("Joint statement on the arrest of Pavel Grin\n\n"
                              "We, the undersigned, call on the authorities to release Pavel Grin.\n\n"
                              "Organisations:\nAmber Lantern Association (Kenya)\nBirchwood Institute (Uganda)\n\n"
                              "Individuals:\nMira Tallow (Kenya)\nOren Vale (Uganda)\n")
                            .statement;
    CHECK(groups.signatories.size() == 4);
}

TEST_CASE("layouts: another statement under the first one's list, its own date, demands and list: none of them pooled") {
    for (std::string const heading : {"Related: Joint statement on the closure of the Port Vessel Dockworkers Union",
                                      "Statement on the closure of the Port Vessel Dockworkers Union"}) {
        CAPTURE(heading);
        std::string const input = "Joint statement on the detention of lawyer Ardian Kello\n"
                                  "4 March 2025\n\n"
                                  "We, the undersigned organisations, are alarmed by the detention of the lawyer Ardian Kello "
                                  "in Port Vessel on 1 March 2025.\n\n"
                                  "We call on the authorities of Vessaria to:\n"
                                  "1. release Ardian Kello immediately;\n2. drop all charges brought against him.\n\n"
                                  "Signatories:\nLawyers for Lawyers (Netherlands)\nBalkan Legal Defence Network (Serbia)\n\n" +
                                  heading + "\n12 January 2025\n\n"
                                  "We, the undersigned organisations, condemn the court order that dissolved the union.\n\n"
                                  "We urge the Government of Vessaria to:\n"
                                  "1. reverse the dissolution order;\n2. return the union's seized assets.\n\n"
                                  "Signatories:\nInternational Transport Solidarity (United Kingdom)\nNordic Labour Rights Forum (Sweden)\n";
        auto const r = parse(input);
        auto const& s = r.statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Joint statement on the detention of lawyer Ardian Kello");
        REQUIRE(s.date.has_value());
        CHECK(s.date->day == 4);
        CHECK(all_calls(s).size() == 2);
        CHECK(names_of(s) == std::vector<std::string>{"Lawyers for Lawyers", "Balkan Legal Defence Network"});
        CHECK(role_at(s, input, heading) == block_role::unrecognised);
        CHECK(role_at(s, input, "Nordic Labour") == block_role::unrecognised);
        CHECK(std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                          [](diagnostic const& d) { return d.code == "statement.another-text"; }));
        check_outline_covers(s, input);
    }
}

TEST_CASE("layouts: the text again in another language under the list, its dateline under its headline: the headline is no signer") {
    auto const s = parse("Kenya: el estado de excepci\xC3\xB3n no debe usarse contra periodistas\n\n"
                         "Port Amber, 3 de marzo de 2026\n\n"
                         "Las organizaciones abajo firmantes expresamos nuestra preocupaci\xC3\xB3n por la detenci\xC3\xB3n "
                         "de periodistas en Amberland.\n\n"
                         "Firman:\nCentro \xC3\x81mbar de Derechos Humanos (CADH)\nColectivo Abedul (CA)\n\n"
                         "Kenya: State of emergency must not be used against journalists\n\n"
                         "Port Amber, 3 March 2026\n\n"
                         "The undersigned organisations express concern about the detention of journalists in Amberland.\n\n"
                         "Signed:\nAmber Centre for Human Rights (CADH)\nBirch Collective (CA)\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Centro \xC3\x81mbar de Derechos Humanos", "Colectivo Abedul"});
}

TEST_CASE("layouts: a list whose columns are apart by tabs, without a header row: the country and the town") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, call on the authorities to release the activists.\n\n"
                         "Signatories:\n"
                         "1.\tAmber Lantern Association\tArmenia\n"
                         "2.\tBirchwood Circle\tWarsaw\tPoland\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[0].country_code == std::optional<std::string>("AM"));
    CHECK(s.signatories[1].name == "Birchwood Circle");
    CHECK(s.signatories[1].place == std::optional<std::string>("Warsaw"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("PL"));
}

TEST_CASE("layouts: rows lined up by tabs without a header row: a tab more after a short name, a country in parentheses") {
    auto const s = parse(with_signatories("Signatories:\n\n"
                                          "Amber Press Initiative\tMali\tBamako\n"
                                          "Coral Media Lab\t\tSenegal\n"
                                          "Birchwood Press Forum\t(Burkina Faso)\n"
                                          "Heron Citizens Watch\tNiger\tNiamey\n"))
                       .statement;
    // The town's cell beside the country's is each signer's place.
    check_signatories(s, {at(org_in("Amber Press Initiative", "Mali", "ML"), "Bamako"), org_in("Coral Media Lab", "Senegal", "SN"),
                          org_in("Birchwood Press Forum", "Burkina Faso", "BF"), at(org_in("Heron Citizens Watch", "Niger", "NE"), "Niamey")});
}

TEST_CASE("layouts: a table's column of what each signer is makes it a person or an organisation, whatever its name") {
    auto const s = parse("Open letter\n\nWe, the undersigned, call on the Commission to keep funding free software.\n\n"
                         "| Name | Type | Country |\n|---|---|---|\n"
                         "| Radiant Open Lantern | Company | Netherlands |\n"
                         "| Kuchenbirke | Free software developer | Germany |\n"
                         "| Mira Tallow | Artist | France |\n"
                         "| Birchwood Hackers | Hackerspace | Belgium |\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].type == signatory_type::organisation);
    CHECK(s.signatories[1].type == signatory_type::person);
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.signatories[3].type == signatory_type::organisation);
}

TEST_CASE("layouts: under a country's heading, a town after a dash is the signer's place") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, call on the authorities to release the activists.\n\n"
                         "Signatories:\n\nARMENIA\n"
                         "Helsinki Citizens Assembly \xE2\x80\x93 Vanadzor\n"
                         "Journalists Club \xE2\x80\x93 Gyumri\n"
                         "Amber Lantern Association\n\nGEORGIA\nCoral Bay Forum\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Helsinki Citizens Assembly");
    CHECK(s.signatories[0].place == std::optional<std::string>("Vanadzor"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("AM"));
    CHECK(s.signatories[1].place == std::optional<std::string>("Gyumri"));
    CHECK_FALSE(s.signatories[2].place.has_value());
}

TEST_CASE("layouts: where the authors speak after the list, the text goes on; a page's line there does not") {
    auto const s = parse("Statement on Port Amber\n\nSigned by the following organisations:\n\n"
                         "Amber Lantern Association (Kenya)\nBirchwood Institute (Uganda)\nCoral Bay Forum (Armenia)\n\n"
                         "We urge the President of the Assembly to secure the release of the jailed journalists.\n\n"
                         "Subscribe to our newsletter\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.addressees() == std::vector<std::string>{"the President of the Assembly"});
    // "our" in a page's line is not the authors speaking: it is no paragraph.
    REQUIRE(s.paragraphs.size() == 1);
    CHECK(s.paragraphs[0].text.rfind("We urge", 0) == 0);
}

TEST_CASE("layouts: a row's cells apart by a gap of spaces or a tab: names side by side, or a name and its country") {
    // A PDF's list in two columns, each a name and its country's column.
    auto const s = parse("Open letter\n\nWe, the undersigned, call on the Minister to act.\n\nSignatories:\n\n"
                         "Amber Lantern Association      Kenya         Birchwood Institute      Uganda\n"
                         "Coral Bay Forum                Latvia        Lawtrend                 Belarus\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[0].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[1].name == "Birchwood Institute");
    CHECK(s.signatories[3].name == "Lawtrend");
    CHECK(s.signatories[3].country_code == std::optional<std::string>("BY"));
    // Names in two columns apart by tabs, without a header row: a name a cell.
    auto const t = parse("Open letter\n\nWe, the undersigned, call on the Minister to act.\n\nSignatories:\n"
                         "Amber Lantern Association\tBirchwood Institute\n"
                         "Coral Bay Forum\tDune Press Centre\n")
                       .statement;
    REQUIRE(t.signatories.size() == 4);
    CHECK(t.signatories[1].name == "Birchwood Institute");
    CHECK(t.signatories[2].name == "Coral Bay Forum");
    // A number's cell goes with the name after it; a town's cell before the country is the place.
    auto const u = parse("Open letter\n\nWe, the undersigned, call on the Minister to act.\n\nSignatories:\n"
                         "1.   Helsinki Citizens Assembly   Vanadzor   Armenia\n"
                         "2.   Journalists Club   Gyumri   Armenia\n")
                       .statement;
    REQUIRE(u.signatories.size() == 2);
    CHECK(u.signatories[0].name == "Helsinki Citizens Assembly");
    CHECK(u.signatories[0].place == std::optional<std::string>("Vanadzor"));
    CHECK(u.signatories[1].country_code == std::optional<std::string>("AM"));
}

TEST_CASE("layouts: a PDF's headings of four columns, two signers a line, start the list") {
    auto const s = parse("Joint statement on Amberland\n\nWe, the undersigned organisations from Amberland and across Europe, "
                         "strongly condemn the adoption of the law.\n\n\n"
                         "Organisation                           Country           Organisation                          Country\n"
                         "Amber Young Lawyers Network            Georgia           Birchwood Human Rights Forum          Estonia\n"
                         "Coral Bay Transparency Watch           Georgia           Dune Democracy Network                Finland\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Young Lawyers Network");
}

TEST_CASE("layouts: a line of column headings typed over a list is its header; a name, a town and a country apart by dashes") {
    for (char const* headings : {"Organisation name, Country", "Organisation             Country", "Name | Country",
                                 "   Organisation                                              Country"}) {
        CAPTURE(headings);
        auto const s = parse(std::string("Joint statement\n\nThe undersigned organisations call on the Government to end "
                                         "the state of emergency.\n\nList of signatories:\n") +
                             headings + "\nAmber Lantern Association, Kenya\nBirchwood Institute, Uganda\n")
                           .statement;
        REQUIRE(s.signatories.size() == 2);
        CHECK(s.signatories[0].name == "Amber Lantern Association");
    }
    auto const t = parse("Joint statement\n\nThe undersigned organisations call on the Government to end the state of "
                         "emergency.\n\nSignatories:\n\nName - City - Country\n"
                         "Helsinki Citizens Assembly - Vanadzor - Armenia\nJournalists Club - Gyumri - Armenia\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[0].name == "Helsinki Citizens Assembly");
    CHECK(t.signatories[0].place == std::optional<std::string>("Vanadzor"));
    // A branch's short name between the name and the country is no signer of its own.
    auto const branch = parse("Joint statement\n\nThe undersigned organisations call on the Government to end the state "
                              "of emergency.\n\nSignatories:\nPeace Brigades Amber \xE2\x80\x93 UK \xE2\x80\x93 United Kingdom\n"
                              "Birchwood Watch \xE2\x80\x93 Poland\n")
                            .statement;
    REQUIRE(branch.signatories.size() == 2);
    CHECK(branch.signatories[0].country_code == std::optional<std::string>("GB"));
    CHECK(t.signatories[0].country_code == std::optional<std::string>("AM"));
}

TEST_CASE("layouts: names that end in a dash and a town, most of a list, without countries: the towns are places") {
    auto const s = parse("Заявление\n\nМы призываем власти немедленно освободить задержанных активистов.\n\n"
                         "1. Правозащитный центр \xC2\xAB" "Берег\xC2\xBB \xE2\x80\x94 Москва\n"
                         "2. Хельсинкская группа Велории \xE2\x80\x94 Казань\n"
                         "3. Центр \xC2\xAB" "Маяк\xC2\xBB \xE2\x80\x94 Москва\n"
                         "4. Фонд \xC2\xAB" "Ясень\xC2\xBB \xE2\x80\x94 Казахстан\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Правозащитный центр \xC2\xAB" "Берег\xC2\xBB");
    CHECK(s.signatories[0].place == std::optional<std::string>("Москва"));
    CHECK(s.signatories[1].place == std::optional<std::string>("Казань"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("KZ"));
    CHECK_FALSE(s.signatories[3].place.has_value());
}

TEST_CASE("layouts: the text again in another language lists its signers again: each is reported once") {
    auto const r = parse("Joint statement on the arrest of Pavel Grin\n\n"
                         "We, the undersigned organisations, call on the authorities to release Pavel Grin.\n\n"
                         "Signatories:\nAmber Lantern Association (Kenya)\nBirchwood Institute (Uganda)\n\n"
                         "\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xBC\xD0\xB5\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE\xD0\xB5 "
                         "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n"
                         "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB\xD0\xB8:\n"
                         "Amber Lantern Association (\xD0\x9A\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F)\n"
                         "Birchwood Institute (\xD0\xA3\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB4\xD0\xB0)\n");
    auto const& s = r.statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[1].name == "Birchwood Institute");
    // One note for the run of repeats, spanning it.
    std::size_t notes = 0;
    for (auto const& d : r.diagnostics)
        if (d.code == "signatory.repeated") {
            ++notes;
            CHECK(d.message.find("'Amber Lantern Association' and 1 more") != std::string::npos);
            CHECK(d.span.start.line == 12);
            CHECK(d.span.stop.line == 13);
        }
    CHECK(notes == 1);
}

TEST_CASE("layouts: names glued with commas after 'Signed by:', wrapped inside a name, go on on the next line") {
    auto const s = parse("JOINT STATEMENT\n\nWe, the undersigned organisations, call on the Government to release the "
                         "activists.\n\n"
                         "Signed by: Amber Lantern Association (Kenya), Birchwood Institute (Uganda), Coral Bay\n"
                         "Forum (Latvia), Dune Press Centre (Netherlands), Elm Street Rights Network\n"
                         "(Tanzania).\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    CHECK(s.signatories[3].country_code == std::optional<std::string>("NL"));
    CHECK(s.signatories[4].country_code == std::optional<std::string>("TZ"));
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a role, its organisation and then the person's name on one line: a person with that role") {
    auto const s = parse("Appeal to Parliament\n\nWe call on Parliament to adopt the bill on the protection of human "
                         "rights defenders without further delay.\n\n"
                         "Director of the Amber Lantern Centre Anna Berg\n"
                         "\xD0\x94\xD0\xB8\xD1\x80\xD0\xB5\xD0\xBA\xD1\x82\xD0\xBE\xD1\x80\xD0\xBA\xD0\xB0 "
                         "\xD0\xA6\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80\xD1\x83 \xC2\xAB\xD0\x91\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xC2\xBB "
                         "\xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0 \xD0\x9A\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD1\x8C\n"
                         "Coordinadora Nacional de Derechos Humanos\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Anna Berg");
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.signatories[0].role == std::optional<std::string>("Director of the Amber Lantern Centre"));
    CHECK(s.signatories[1].name == "\xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0 \xD0\x9A\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD1\x8C");
    CHECK(s.signatories[1].type == signatory_type::person);
    // A role word opens an organisation's name too: no given name, no person.
    CHECK(s.signatories[2].name == "Coordinadora Nacional de Derechos Humanos");
    CHECK(s.signatories[2].type == signatory_type::organisation);
}

TEST_CASE("layouts: after a role and an organisation's name in quotation marks, the words that follow are the person's") {
    auto const s = parse("Звернення до Верховної Ради\n\nЗакликаємо Верховну Раду невідкладно ухвалити закон про захист "
                         "правозахисників.\n\n"
                         "Підписали:\n"
                         "Голова правління ГО «Бурштинова ініціатива» Зоряна Вербицька\n"
                         "Директор ГО «Пеламський медіацентр» Оксана Ліщук\n"
                         "Пеламська спілка з прав людини\n")
                       .statement;
    check_signatories(s, {person("Зоряна Вербицька", "Голова правління ГО «Бурштинова ініціатива»"),
                          person("Оксана Ліщук", "Директор ГО «Пеламський медіацентр»"),
                          org("Пеламська спілка з прав людини")});
}

TEST_CASE("layouts: a scraper's placeholder for a logo before a name ('[logo] Name') is none of the name") {
    auto const input = "Joint statement: Free the Lakeshore Four\n\n"
                       "We call on the authorities of Lakeshore to free the four detained journalists.\n\n"
                       "Supported by:\n[logo] Amber Lantern Association\n[logo] Birchwood Institute\n"
                       "[Image: Coral Bay Forum logo] Coral Bay Forum\n[logo]\nDune Press Centre\n";
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    CHECK(s.signatories[3].name == "Dune Press Centre");
    CHECK(s.unrecognised.empty());
    // "[Imagine] …", "[Logos of the signers]" are no placeholders.
    CHECK(text::image_placeholder_length("[Imagine] Amber") == 0);
    CHECK(text::image_placeholder_length("[Logos of the signers]") == 0);
    CHECK(text::is_image_placeholder("[image: logo of Amber]"));
}

TEST_CASE("layouts: a wall of the signers' logos gives the signers their logos name; an icon or a picture is none") {
    // The scrapers' placeholders, each alone on its line.
    auto const placeholders = parse("Joint statement: Reopen the Tarsk crossing\n\n"
                                    "We call on the Government of Velmora to reopen the Tarsk crossing immediately.\n\n"
                                    "Signatories:\n\n[Logo: Amber Relief]\n[Image: Birchwood Aid logo]\n"
                                    "[image: logo of Coral Bay Forum]\n[logo]\n").statement;
    CHECK(names_of(placeholders) == std::vector<std::string>{"Amber Relief", "Birchwood Aid", "Coral Bay Forum"});
    // Markdown's images: the alt text that names a logo; a share button's icon in a link, and a
    // picture, stay out.
    auto const markdown = parse("# Open letter: Protect civic space in Aravia\n\n"
                                "We call on the members of parliament to reject the draft law on foreign agents.\n\n"
                                "![Delegates at the march](https://example.org/march.jpg)\n\n"
                                "## Endorsed by:\n\n"
                                "![Amber Lantern Association logo](https://example.org/img/amber.png)\n"
                                "![Logo of Birchwood Institute](https://example.org/img/birch.svg)\n"
                                "- ![Coral Bay Forum-logo](coral.png)\n"
                                "[![Dune Press Centre logo](dune.png)](https://dune.example.org)\n\n"
                                "[![Share on Twitter](https://example.org/icons/twitter.svg)](https://twitter.com/share)\n")
                              .statement;
    CHECK(names_of(markdown) ==
          std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute", "Coral Bay Forum", "Dune Press Centre"});
    // A page's images: the alt text of a logo alone in its paragraph; an image without one is none.
    std::string const html = "<h1>Joint appeal: Release the journalists of Korvania</h1>"
                             "<p>We call on the authorities of Korvania to release the six journalists immediately.</p>"
                             "<p>Signed by:</p><p><img src=\"/l/a.png\" alt=\"Amber Press Centre logo\"></p>"
                             "<p><img src=\"/l/b.png\" alt=\"Birchwood Journalists Union logo\"></p>"
                             "<p><img src=\"/icons/share.svg\" alt=\"\"></p>"
                             "<p>Our <img src=\"x.png\" alt=\"Dune logo\"> partners</p>";
    auto const page = parse(html).statement;
    CHECK(names_of(page) == std::vector<std::string>{"Amber Press Centre", "Birchwood Journalists Union"});
    REQUIRE(!page.signatories.empty());
    CHECK(original(html, page.signatories[0].span) == "Amber Press Centre");
}

TEST_CASE("layouts: a post's pictographs before its headline: the headline is found, without them") {
    auto const s = parse("\xE2\x9D\x97\xEF\xB8\x8F" "Statement of human rights groups on Lakeshore\n\n"
                         "We demand the immediate release of the journalist Oleg Vell.\n\n"
                         "\xF0\x9F\x94\xB9 Amber Lantern Association\n\xF0\x9F\x94\xB9 Birchwood Institute\n"
                         "\xF0\x9F\x94\xB9 Coral Bay Forum\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Statement of human rights groups on Lakeshore");
    CHECK(s.title->span.begin == 6);
    CHECK(s.signatories.size() == 3);
}

TEST_CASE("layouts: a post's double marks before its headline and pictographs after it are no part of it") {
    // "‼️ ВІДКРИТИЙ ЛИСТ …" under the author's name and the post's time: the headline, not the time.
    auto const post = parse("Olena Martyniuk\n12 March at 18:40 \xC2\xB7 \xF0\x9F\x8C\x8D\n\n"
                            "\xE2\x80\xBC\xEF\xB8\x8F OPEN LETTER to the Minister of Defence of Lakeshore on the return of the fallen\n\n"
                            "We, the families of the missing, demand that the Ministry of Defence speed up identification.\n\n"
                            "Signed:\nOlena Martyniuk, mother of a missing soldier\nIhor Sydorenko, father of a fallen soldier\n")
                          .statement;
    REQUIRE(post.title.has_value());
    CHECK(post.title->text == "OPEN LETTER to the Minister of Defence of Lakeshore on the return of the fallen");
    auto const question = parse("\xE2\x81\x89 Why is the journalist Oleg Vell still in prison\n\n"
                                "We demand the immediate release of the journalist Oleg Vell.\n")
                              .statement;
    REQUIRE(question.title.has_value());
    CHECK(question.title->text == "Why is the journalist Oleg Vell still in prison");
    // "⚡️ ОБРАЩЕНИЕ … ⚡️": the post closes its headline with the pictograph it opens it with.
    auto const input = "\xE2\x9A\xA1\xEF\xB8\x8F APPEAL OF LAKESHORE CULTURAL FIGURES \xE2\x9A\xA1\xEF\xB8\x8F\n\n"
                       "We, cultural figures of Lakeshore, demand the immediate release of the poet Alesia Kravets.\n";
    auto const closed = parse(input).statement;
    REQUIRE(closed.title.has_value());
    CHECK(closed.title->text == "APPEAL OF LAKESHORE CULTURAL FIGURES");
    CHECK(original(input, closed.title->span) == "APPEAL OF LAKESHORE CULTURAL FIGURES");
    check_outline_covers(closed, input);
}

TEST_CASE("layouts: 'Y más de 50 organizaciones' under a list closes it") {
    auto const s = parse("Pronunciamiento\n\nExigimos al gobierno de Zamora el cese inmediato de la represi\xC3\xB3n contra "
                         "las comunidades.\n\nFIRMAN:\nCENTRO \xC3\x81MBAR\nCOLECTIVO ABEDUL\nY m\xC3\xA1s de 50 organizaciones\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "COLECTIVO ABEDUL");
}

TEST_CASE("layouts: a flag before a name is its country; a country's flag over a group heads it") {
    auto const s = parse("Joint statement on Lakeshore\n\nWe call on the authorities of Lakeshore to end the crackdown on "
                         "civil society.\n\nSigned:\n"
                         "\xF0\x9F\x87\xB0\xF0\x9F\x87\xAA Amber Lantern Association\n"
                         "\xF0\x9F\x87\xBA\xF0\x9F\x87\xAC Birchwood Institute, Uganda\n\n"
                         "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 UKRAINE\nCoral Bay Forum\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[0].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[0].country == std::optional<std::string>("\xF0\x9F\x87\xB0\xF0\x9F\x87\xAA"));
    // A country written with the name is the country as written.
    CHECK(s.signatories[1].country == std::optional<std::string>("Uganda"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("UA"));
}

TEST_CASE("layouts: 'On behalf of X,' over a person's signature: the person signs for X") {
    auto const s = parse("Open letter to the Minister of Justice\n\nDear Minister,\n\n"
                         "We write to urge you to withdraw the draft law on NGOs.\n\n"
                         "On behalf of Amber Lantern Association,\nAnna Berg, Director\n\n"
                         "On behalf of the Birchwood Institute,\nJohn Smith, Chair\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Anna Berg");
    CHECK(s.signatories[0].role == std::optional<std::string>("Director, Amber Lantern Association"));
    CHECK(s.signatories[1].role == std::optional<std::string>("Chair, Birchwood Institute"));
}

TEST_CASE("layouts: French signature blocks 'Pour la X' / a person / a role: each organisation, then who signs for it") {
    auto const s = parse("D\xC3\xA9" "claration conjointe sur la d\xC3\xA9tention des militants de Port-Amber\n\n"
                         "Nous, organisations soussign\xC3\xA9" "es, demandons la lib\xC3\xA9ration imm\xC3\xA9" "diate des six "
                         "militants d\xC3\xA9tenus \xC3\xA0 Port-Amber depuis le 12 f\xC3\xA9vrier.\n\n"
                         "Fait \xC3\xA0 Port-Amber, le 3 mars 2025\n\n"
                         "Pour la Ligue des droits de la personne du Lac Coral (LDPLC)\nMe Paul Kabeya Ilunga\nPr\xC3\xA9sident\n\n"
                         "Pour le Collectif des femmes juristes de Birchwood (CFJB)\nMme Rose Mwamba Kasongo\n"
                         "Secr\xC3\xA9taire ex\xC3\xA9" "cutive\n\n"
                         "Pour Justice et Paix Dune\nAbb\xC3\xA9 Luc Tshimanga\nCoordonnateur dioc\xC3\xA9sain\n")
                       .statement;
    check_signatories(s, {org("Ligue des droits de la personne du Lac Coral", "LDPLC"), person("Me Paul Kabeya Ilunga", "Pr\xC3\xA9sident"),
                          org("Collectif des femmes juristes de Birchwood", "CFJB"),
                          person("Mme Rose Mwamba Kasongo", "Secr\xC3\xA9taire ex\xC3\xA9" "cutive"), org("Justice et Paix Dune"),
                          person("Abb\xC3\xA9 Luc Tshimanga", "Coordonnateur dioc\xC3\xA9sain")});
}

TEST_CASE("layouts: 'For the X' over a person's signature: X signs, without the words") {
    auto const s = parse("Joint statement on the detention of activists in Port Amber\n\n"
                         "We, the undersigned civil society organisations, demand the release of the six activists.\n\n"
                         "Port Amber, 3 March 2025\n\n"
                         "For the Amber Lantern League (ALL)\nMira Tallow\nPresident\n\n"
                         "For the Birchwood Collective of Women Jurists (BCWJ)\nAnna Berg\nExecutive Director\n")
                       .statement;
    check_signatories(s, {org("Amber Lantern League", "ALL"), person("Mira Tallow", "President"),
                          org("Birchwood Collective of Women Jurists", "BCWJ"), person("Anna Berg", "Executive Director")});
}

TEST_CASE("layouts: a signature on one line, 'Pour la X : a person, a role': X signs, then its person") {
    auto const fr = parse("D\xC3\xA9" "claration conjointe sur la d\xC3\xA9tention des militants de Port-Amber\n\n"
                          "Nous, organisations soussign\xC3\xA9" "es, demandons la lib\xC3\xA9ration imm\xC3\xA9" "diate des six "
                          "militants d\xC3\xA9tenus \xC3\xA0 Port-Amber depuis le 12 f\xC3\xA9vrier.\n\n"
                          "Fait \xC3\xA0 Port-Amber, le 3 mars 2025\n\n"
                          "Pour la LDPLC : Me Paul Kabeya Ilunga, Pr\xC3\xA9sident\n"
                          "Pour l'Association Coral Bay : Mme Rose Mwamba Kasongo, Coordinatrice\n")
                        .statement;
    check_signatories(fr, {org("LDPLC"), person("Me Paul Kabeya Ilunga", "Pr\xC3\xA9sident"), org("Association Coral Bay"),
                           person("Mme Rose Mwamba Kasongo", "Coordinatrice")});
    auto const en = parse("Open letter on the draft law on non-commercial organisations\n\n"
                          "We, the undersigned organisations, call on the Parliament of Lakeshore to withdraw the draft law.\n\n"
                          "Sincerely,\n\n"
                          "On behalf of Amber Lantern Foundation \xE2\x80\x93 Chair Mira Tallow\n"
                          "On behalf of the Birchwood Legal Clinic \xE2\x80\x93 Executive Director Anna Berg\n")
                        .statement;
    check_signatories(en, {org("Amber Lantern Foundation"), person("Mira Tallow", "Chair"), org("Birchwood Legal Clinic"),
                           person("Anna Berg", "Executive Director")});
}

TEST_CASE("layouts: the text's numbered references under the list end it, with their heading") {
    auto const s = parse("Joint statement on the foreign agents law\n\nWe, the undersigned organisations, call on the "
                         "Parliament of Lakeshore to repeal the foreign agents law.[1]\n\n"
                         "Signatories:\nAmber Lantern Association\nBirchwood Institute\n\n"
                         "References\n1. https://example.org/law-text\n2. https://venice.example/opinion\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Institute");
}

TEST_CASE("layouts: one line of names under the header, with a comma before its last 'and' or a full stop at its end, is a sentence of names") {
    for (char const* line : {"Amber Lantern Association (ALA), Birchwood Institute (BI), Coral Bay Forum, Dune Press Centre, and Elm Watch.",
                             "Amber Lantern Association (ALA), Birchwood Institute (BI), Coral Bay Forum, Dune Press Centre, Elm Watch."}) {
        CAPTURE(line);
        auto const s = parse(std::string("Joint statement on Lakeshore\n\nWe, the undersigned organisations, call on the "
                                         "authorities of Lakeshore to end the crackdown on civil society.\n\n"
                                         "The statement was signed by:\n") + line + "\n")
                           .statement;
        CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute", "Coral Bay Forum",
                                                      "Dune Press Centre", "Elm Watch"});
    }
}

TEST_CASE("layouts: an oral statement's sentence 'delivered on behalf of A, B and C' names its signers") {
    auto const s = parse("Joint oral statement on Lakeshore\n\n"
                         "Mr President, we remain alarmed by the crackdown on civil society in Lakeshore and urge the Council "
                         "to renew the mandate of the Special Rapporteur.\n\n"
                         "This statement is delivered on behalf of Amber Lantern Association, the Birchwood Institute for "
                         "Civic Rights (BICR), Coral Bay Forum: Alliance for Coastal Rights, and the Dune Press Centre (DPC).\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute for Civic Rights",
                                                  "Coral Bay Forum: Alliance for Coastal Rights", "Dune Press Centre"});
}

TEST_CASE("layouts: in a sentence of names, a name with a comma of its own is one signer where its acronym abbreviates it whole") {
    auto const s = parse("Joint statement on Lakeshore\n\nWe, the undersigned organisations, call on the authorities of "
                         "Lakeshore to end the crackdown on civil society.\n\n"
                         "Signatories: Amber Lantern Association, Coral Forum on Women, Law and Development (CFWLD), "
                         "Birchwood Institute for Civic Rights, Dune Press Centre.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Coral Forum on Women, Law and Development",
                                                  "Birchwood Institute for Civic Rights", "Dune Press Centre"});
}

TEST_CASE("layouts: in a sentence of names, the last name's own conjunction after its kind joins its words") {
    // "Centre for … and Democracy" was "Centre for …" and "Democracy"; two names stay two where
    // the part before is whole (a second organisation word, a country last) or an acronym follows.
    struct example {
        char const* list;
        std::vector<std::string> names;
    };
    for (auto const& e : std::vector<example>{
             {"Signatories: Amber Lantern Association, Birchwood Watch, Centre for Marsh Law and Democracy.",
              {"Amber Lantern Association", "Birchwood Watch", "Centre for Marsh Law and Democracy"}},
             {"Signataires : Association Amber, Ligue Birchwood, Collectif Dunes et Libert\xC3\xA9s.",
              {"Association Amber", "Ligue Birchwood", "Collectif Dunes et Libert\xC3\xA9s"}},
             {"Unterzeichnende: Verein Amber, Forum Birchwood, B\xC3\xBCndnis Marschland und Menschenrechte.",
              {"Verein Amber", "Forum Birchwood", "B\xC3\xBCndnis Marschland und Menschenrechte"}},
             {"Signatories: Amber Lantern Association, Birchwood International and Dunefolk.",
              {"Amber Lantern Association", "Birchwood International", "Dunefolk"}},
             {"Signatories: Amber Lantern Association, Amnesty Kenya and Dunefolk.",
              {"Amber Lantern Association", "Amnesty Kenya", "Dunefolk"}},
             {"Signatories: Amber Lantern Association, Centre for Marsh Law and BRAV.",
              {"Amber Lantern Association", "Centre for Marsh Law", "BRAV"}},
             {"Signatories: Amber Lantern Association, Birchwood Watch and Elm Trust.",
              {"Amber Lantern Association", "Birchwood Watch", "Elm Trust"}},
         }) {
        CAPTURE(e.list);
        auto const s = parse(std::string("Joint statement on Lakeshore\n\nWe call on the authorities of Lakeshore to end "
                                         "the crackdown on civil society.\n\n") +
                             e.list + "\n")
                           .statement;
        CHECK(names_of(s) == e.names);
    }
}

TEST_CASE("layouts: in a sentence of names, a part in lower case after a person is the person's role") {
    // "diputada provincial (MC)" and "abogado de la APDA" were signers of their own.
    auto const s = parse("Pronunciamiento\n\nLas organizaciones firmantes exigimos la liberaci\xC3\xB3n de los defensores.\n\n"
                         "Adhieren: Nora Amber (periodista), Beatriz Tallow, diputada provincial (MC), "
                         "Dr. Ramiro Birch, abogado de la APDA.\n")
                       .statement;
    check_signatories(s, {person("Nora Amber", "periodista"), person("Beatriz Tallow", "diputada provincial (MC)"),
                          person("Dr. Ramiro Birch", "abogado de la APDA")});
}

TEST_CASE("layouts: in a sentence of names, a part that opens with 'the' starts a name, whatever its acronym's initials") {
    // "the Dune Rights Network (DDRN)" was joined to "Dune Defenders Coalition" before it, the
    // acronym's first initial being that name's.
    auto const s = parse("Joint statement on Lakeshore\n\nWe call on the authorities of Lakeshore to end the crackdown on "
                         "civil society.\n\nThe statement was signed by Amber Lantern Association, Dune Defenders "
                         "Coalition, the Dune Rights Network (DDRN) and Elm Trust.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Dune Defenders Coalition",
                                                  "Dune Rights Network", "Elm Trust"});
}

TEST_CASE("layouts: a sentence of names over lines, one a line: its cue and its conjunction are none of them") {
    auto const s = parse("Joint statement on Lakeshore\n\nWe, the undersigned organisations, call on the authorities of "
                         "Lakeshore to end the crackdown on civil society.\n\n"
                         "Signed by Amber Lantern Association,\nBirchwood Institute,\nCoral Bay Forum,\n"
                         "and Dune Press Centre.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[3].name == "Dune Press Centre");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a list's punctuation over lines, one a line: its last full stop and its conjunction are none of the names") {
    // Under a line that ends in ",", ";", ", and" or "; and", the last line's full stop was kept,
    // and so was the conjunction before it.
    for (char const* before : {"Coral Bay Forum;", "Coral Bay Forum,", "Coral Bay Forum, and", "Coral Bay Forum; and"}) {
        for (char const* last : {"Dune Press Centre.", "Dune SOS."}) {
            CAPTURE(before);
            CAPTURE(last);
            auto const s = parse(with_signatories(std::string("Signed by:\nAmber Lantern Association,\nBirchwood Institute,\n") +
                                                  before + "\n" + last + "\n"))
                               .statement;
            std::string const expected = std::string(last).substr(0, std::string(last).size() - 1);
            CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute", "Coral Bay Forum", expected});
        }
    }
    // An abbreviation's full stop stays.
    for (char const* last : {"Amber Inc.", "Dune e.V.", "Lantern S.A.", "Birch Ltd."}) {
        CAPTURE(last);
        auto const s = parse(with_signatories(std::string("Signed by:\nCoral Bay Forum;\nMarsh Institute;\n") + last + "\n")).statement;
        CHECK(names_of(s) == std::vector<std::string>{"Coral Bay Forum", "Marsh Institute", last});
    }
}

TEST_CASE("layouts: a page's breadcrumb is chrome, not the headline") {
    for (char const* crumbs : {"You are here: Home > News > Statements", "Home \xC2\xBB Publications \xC2\xBB Joint statements",
                               "Home \xE2\x80\xBA News", "AMBERWATCH \xE2\x80\x94 News \xE2\x80\x94 Statements"}) {
        CAPTURE(crumbs);
        auto const s = parse(std::string("Home | News | Publications | Donate\n") + crumbs +
                             "\n\nLakeshore: end reprisals against human rights defenders\n\n"
                             "We, the undersigned organisations, call on the Government of Lakeshore to release the "
                             "defenders.\n\nSignatories:\nAmber Lantern Association\nBirchwood Institute\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Lakeshore: end reprisals against human rights defenders");
    }
    // A signer's name with a '>' in it is no breadcrumb.
    CHECK(parse("Joint statement\n\nWe call on the Government to act now.\n\nSignatories:\nKids > Guns Coalition\n"
                "Birchwood Institute\n")
              .statement.signatories.size() == 2);
}

TEST_CASE("layouts: a page that republishes a statement: its menu a line an item, its tags and fields are chrome") {
    // An aggregator's page as copied: its menu, the countries' tags, the headline, the fields
    // (each label over its value), the statement, and the page's fields under the list.
    std::string const input = "Skip to main content\nHelp\nLog in\nSign up\nUpdates\nCountries\nOrganizations\n"
                              "Topics\nDisasters\nJobs\nTraining\nBlog\nLakeshore + 2 more\n"
                              "Lakeshore: Aid agencies call for safe access to the flooded north\n"
                              "Format\nNews and Press Release\nSource\nAmber Relief, Birchwood Aid\n"
                              "Posted\n14 Mar 2024\nOriginally published\n13 Mar 2024\n\n"
                              "We, the undersigned humanitarian organisations, are alarmed that aid convoys have not "
                              "reached the flooded north of Lakeshore for six weeks.\n\n"
                              "We call on the Government of Lakeshore to open the northern roads to aid convoys.\n\n"
                              "Signed:\nAmber Relief\nBirchwood Aid\nCoral Bay Forum\n\n"
                              "Countries:\nLakeshore, Pelham\nThemes:\nProtection and Human Rights\nRelated content\nShare\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Lakeshore: Aid agencies call for safe access to the flooded north");
    CHECK(!s.publisher);
    CHECK(names_of(s) == std::vector<std::string>{"Amber Relief", "Birchwood Aid", "Coral Bay Forum"});
    CHECK(role_at(s, input, "News and Press Release") == block_role::chrome_header);
    CHECK(role_at(s, input, "Amber Relief, Birchwood Aid") == block_role::chrome_header);
    CHECK(role_at(s, input, "Lakeshore, Pelham") == block_role::chrome_footer);
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 13);
    // A copy that sets each of the page's elements apart by a blank line.
    auto const apart = parse("* Home\n* Log in\n* Updates\n* Jobs\n\n"
                             "Lakeshore: Aid agencies call for safe access to the flooded north\n\n"
                             "Format\n\nNews and Press Release\n\nSource\n\nAmber Relief, Birchwood Aid\n\n"
                             "We, the undersigned humanitarian organisations, are alarmed that aid convoys have not "
                             "reached the flooded north of Lakeshore for six weeks.\n\n"
                             "Signed:\nAmber Relief\nBirchwood Aid\n")
                           .statement;
    REQUIRE(apart.title.has_value());
    CHECK(apart.title->text == "Lakeshore: Aid agencies call for safe access to the flooded north");
    for (auto const& p : apart.paragraphs) CHECK(p.text.find("Press Release") == std::string::npos);
    CHECK(names_of(apart) == std::vector<std::string>{"Amber Relief", "Birchwood Aid"});
}

TEST_CASE("layouts: a breadcrumb whose short parts middle dots or slashes part, over the headline, is no headline") {
    for (char const* crumbs : {"Amber PEN \xC2\xB7 Campaigns \xC2\xB7 Writers in Prison", "Le Journal \xC2\xB7 Id\xC3\xA9" "es \xC2\xB7 Tribune",
                               "Lantern Gazette / Opinion / Open letters"}) {
        CAPTURE(crumbs);
        auto const s = parse(std::string(crumbs) +
                             "\n\nLakeshore: free the poet Oren Vale\n\n"
                             "We, the undersigned writers, call on the Government of Lakeshore to release Oren Vale.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Lakeshore: free the poet Oren Vale");
    }
}

TEST_CASE("layouts: a breadcrumb that alone names the page gives the title its last part") {
    for (char const* crumbs : {"Home \xE2\x80\xBA News \xE2\x80\xBA Joint letter to the EU on defenders in Central Asia",
                               "You are here: Home > Statements > Joint letter to the EU on defenders in Central Asia"}) {
        CAPTURE(crumbs);
        auto const s = parse(std::string(crumbs) +
                             "\n\nPublished 21 May 2025\n\nDear High Representative,\n\n"
                             "We, the undersigned organisations, urge the European Union to protect human rights "
                             "defenders.\n\nSincerely,\nAmber Lantern Association\nBirchwood Institute\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Joint letter to the EU on defenders in Central Asia");
        CHECK(s.kind == statement_kind::open_letter);
    }
    // A section's name is no title.
    CHECK_FALSE(parse("Home \xE2\x80\xBA News \xE2\x80\xBA Statements\n\n"
                      "We, the undersigned organisations, call on the Government to release the defenders.\n")
                    .statement.title.has_value());
}

TEST_CASE("layouts: a publisher's name after the headline's dash is no part of the title") {
    auto const text = [](std::string_view headline, std::string_view signer) {
        return std::string(headline) + "\n\n3 December 2024\n\nWe, the undersigned organisations, condemn the arrests "
               "of peaceful protesters.\n\nSignatories:\n" + std::string(signer) + "\nBirchwood Institute\n";
    };
    auto s = parse(text("Joint statement on Lakeshore \xE2\x80\x93 Civil Rights Defenders", "Civil Rights Defenders")).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement on Lakeshore");
    // A subtitle after a dash stays; so does a name that the text does not name again.
    for (char const* headline : {"Joint statement on Lakeshore \xE2\x80\x93 Release the protesters now",
                                 "Open letter to the Council of Lakeshore \xE2\x80\x93 Committee of Ministers"}) {
        CAPTURE(headline);
        s = parse(text(headline, "Civil Rights Defenders")).statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == headline);
    }
}

TEST_CASE("layouts: a label that says on whose behalf the statement is made, over the headline") {
    auto const s = parse("Statement on behalf of the Coalition for Free Elections in Lakeshore\n\n"
                         "Lakeshore: stop the harassment of election observers\n\n18 June 2025\n\n"
                         "We condemn the harassment of independent election observers.\n\n"
                         "We call on the authorities to investigate the attacks.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Lakeshore: stop the harassment of election observers");
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Coalition for Free Elections in Lakeshore");
}

TEST_CASE("layouts: a deadline for signing over the headline names no publisher") {
    auto const s = parse("\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB8 \xD0\xBF\xD1\x80\xD0\xB8\xD0\xBD\xD0\xB8\xD0\xBC\xD0\xB0\xD1\x8E\xD1\x82\xD1\x81\xD1\x8F "
                         "\xD0\xB4\xD0\xBE 15 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\n\n"
                         "Open letter to the Parliament of Lakeshore on the draft law on foreign agents\n\n4 March 2024\n\n"
                         "We, the undersigned organisations, urge you to reject the draft law.\n\n"
                         "Signed:\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Open letter to the Parliament of Lakeshore on the draft law on foreign agents");
    CHECK_FALSE(s.publisher.has_value());
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 4);
}

TEST_CASE("layouts: a line under the headline that says who signed is its subtitle") {
    for (std::string_view sub : {"Statement signed by 6 academics and journalists", "A statement by 6 academics",
                                 "Statement of national trade union centres"}) {
        CAPTURE(sub);
        auto const s = parse("Lakeshore: Release journalist Oren Vale and lawyer Mira Tallow\n\n" + std::string(sub) +
                             "\n\n8 June 2025\n\nWe the undersigned call on the authorities of Lakeshore to release "
                             "journalist Oren Vale and lawyer Mira Tallow.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Lakeshore: Release journalist Oren Vale and lawyer Mira Tallow");
    }
    // One that says what it is about is the headline.
    auto const s = parse("Lakeshore Rights Watch\n\nStatement on the arrest of journalists\n\n8 June 2025\n\n"
                         "We condemn the arrest of journalists in Lakeshore.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Statement on the arrest of journalists");
}

TEST_CASE("layouts: a label of the kind with its author's name before it stands over the headline") {
    for (std::string_view label : {"Lakeshore Rights Network \xE2\x80\x93 Statement", "Amber Journalists' Alliance (AJA) - Press release",
                                   "Southlake Press Alliance (SPA-Net) statement"}) {
        CAPTURE(label);
        auto const s = parse(std::string(label) + "\n\nAmberland: the EU must act on the foreign agents law\n\n"
                             "Brussels, 15 January 2024\n\nWe urge the European Commission to open an infringement "
                             "procedure against Amberland.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Amberland: the EU must act on the foreign agents law");
    }
}

TEST_CASE("layouts: a French open letter to the President under the headline is its subtitle") {
    auto const s = parse("Amberland : libérez les journalistes de Radio Lac\n\n"
                         "Lettre ouverte au Président de la République d'Amberland\n\nLe 4 mai 2025\n\n"
                         "Monsieur le Président,\n\nNous, organisations soussignées, vous demandons de libérer les journalistes.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Amberland : libérez les journalistes de Radio Lac");
}

TEST_CASE("layouts: a label of its authors wrapped into the line under it is the headline's first line") {
    for (std::string_view head : {"APPEAL OF LAWYERS AND HUMAN RIGHTS DEFENDERS\nIN SUPPORT OF THE IMPRISONED LAWYERS OF AMBERLAND",
                                  "JOINT STATEMENT OF NGOS\nON THE DETENTION OF JOURNALISTS IN AMBERLAND"}) {
        CAPTURE(head);
        auto const s = parse(std::string(head) + "\n\n\nWe, the undersigned organisations, call on the authorities of "
                                                 "Amberland to release the prisoners.\n\nSigned:\nAmber Media Watch\n"
                                                 "Lakeshore Rights Network (Estonia)\n")
                           .statement;
        REQUIRE(s.title.has_value());
        std::string joined(head);
        joined[joined.find('\n')] = ' ';
        CHECK(s.title->text == joined);
    }
}

TEST_CASE("layouts: an e-mail's subject is the title only where the body has no headline") {
    auto const forwarded = parse("From: Secretariat <info@lakeshore.example.org>\nSent: Tuesday, 11 February 2025 09:14\n"
                                 "To: members@lakeshore.example.org\n"
                                 "Subject: FW: For signature - Joint appeal on Amberland journalists\n\n"
                                 "Dear colleagues, please find below the final text.\n\n-----Original Message-----\n\n"
                                 "JOINT APPEAL: Release the journalists detained in Amberland\n\n11 February 2025\n\n"
                                 "We, the undersigned organisations, call on the authorities of Amberland to release the "
                                 "journalists.\n")
                               .statement;
    REQUIRE(forwarded.title.has_value());
    CHECK(forwarded.title->text == "JOINT APPEAL: Release the journalists detained in Amberland");
    auto const first = parse("Subject: Joint appeal on Amberland journalists\n\nRELEASE THE JOURNALISTS OF AMBERLAND\n\n\n"
                             "We, the undersigned organisations, call on the authorities of Amberland to release the "
                             "journalists.\n")
                           .statement;
    REQUIRE(first.title.has_value());
    CHECK(first.title->text == "RELEASE THE JOURNALISTS OF AMBERLAND");
    // No headline in the body: the subject, without a forward's mark or a list's tag.
    auto const only = parse("From: coalition@lakeshore.example.org\n"
                            "Subject: Fwd: [SIGN-ON] Letter to Meridian Networks re: sales of spyware\n"
                            "Date: Tue, 8 Jul 2025 14:02:11 -0400\n\nHi all, final text below, thanks to everyone who signed on.\n\n"
                            "Dear Mr. Hale,\n\nWe, the undersigned organizations, ask you to stop the sales of spyware to "
                            "governments that target journalists.\n")
                          .statement;
    REQUIRE(only.title.has_value());
    CHECK(only.title->text == "Letter to Meridian Networks re: sales of spyware");
    // A cover note of a short sentence or two under the header heads nothing.
    auto const noted = parse("From: coalition@lakeshore.example.org\n"
                             "Subject: [SIGN-ON] Letter to Meridian Networks re: sales of spyware\n\n"
                             "Hi all \xE2\x80\x94 final text below. Thanks!\n\nJuly 8, 2025\n\n"
                             "Dear Mr. Hale,\n\nWe, the undersigned organizations, ask you to stop the sales of spyware to "
                             "governments that target journalists.\n")
                           .statement;
    REQUIRE(noted.title.has_value());
    CHECK(noted.title->text == "Letter to Meridian Networks re: sales of spyware");
}

TEST_CASE("layouts: a person, an affiliation after a comma and a remark in parentheses") {
    auto const s = parse("Open letter\n\nWe, the undersigned, call on the rector to reinstate the lecturers.\n\n"
                         "Signed:\nProf. Oren Vale, University of Lakeshore (in personal capacity)\n"
                         "Mira Tallow, journalist (Lantern Gazette)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Prof. Oren Vale");
    CHECK(s.signatories[0].role == std::optional<std::string>("University of Lakeshore (in personal capacity)"));
    CHECK(s.signatories[1].name == "Mira Tallow");
    CHECK(s.signatories[1].role == std::optional<std::string>("journalist (Lantern Gazette)"));
}

TEST_CASE("layouts: a press release's dateline with the date's own word, and names after a dateline's dash") {
    auto const s = parse("Des ONG appellent \xC3\xA0 lib\xC3\xA9rer les journalistes\n\n"
                         "Paris, le 5 mars 2026 \xE2\x80\x93 Plus de 50 organisations appellent le gouvernement de la "
                         "Bordurie \xC3\xA0 lib\xC3\xA9rer les journalistes d\xC3\xA9tenus.\n")
                       .statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 5);
    CHECK(s.date->month == 3);
    auto const t = parse("Organizaciones exigen liberar a periodistas\n\n"
                         "Ciudad de M\xC3\xA9xico, 5 de marzo de 2026 \xE2\x80\x93 Centro \xC3\x81mbar, Colectivo Abedul y "
                         "Red de Periodistas del Sur exigieron al Estado de Norvia liberar a los periodistas.\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[0].name == "Centro \xC3\x81mbar");
    CHECK(t.addressees() == std::vector<std::string>{"Estado de Norvia"});
}

TEST_CASE("layouts: a coalition over its members in a nested list; a count of members is none of a name") {
    auto const s = parse("Joint statement on the Marsh Road killings\n\nWe, the undersigned, call on the government of "
                         "Lakeshore to establish an independent inquiry.\n\nEndorsed by:\n"
                         "\xE2\x97\x8F Amber Coalition for Justice, including:\n"
                         "  \xE2\x97\x8B Birchwood Institute\n"
                         "  \xE2\x97\x8B Coral Bay Forum\n"
                         "\xE2\x97\x8F Dune Rights Network (45 member organisations)\n"
                         "\xE2\x97\x8F Elm Foundation, together with:\n"
                         "  \xE2\x96\xA0 Fern Centre\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[0].name == "Amber Coalition for Justice");
    CHECK(s.signatories[1].name == "Birchwood Institute");
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    CHECK(s.signatories[3].name == "Dune Rights Network");
    CHECK(s.signatories[4].name == "Elm Foundation");
    CHECK(s.signatories[5].name == "Fern Centre");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a network over its members' indented lines signs, with its acronym, and they do") {
    auto const s = parse(with_signatories("Endorsed by:\n"
                                          "Coral Bay Forum\n"
                                          "Amber Press Network (APN), comprising:\n"
                                          "    Birchwood Institute, Poland\n"
                                          "    Dune Rights Centre, Kenya\n"
                                          "Elm Foundation and its members:\n"
                                          "    Fern Centre\n"
                                          "Individuals, in a personal capacity:\n"
                                          "Mira Tallow\n"))
                       .statement;
    check_signatories(s, {org("Coral Bay Forum"), org("Amber Press Network", "APN"),
                          org_in("Birchwood Institute", "Poland", "PL"), org_in("Dune Rights Centre", "Kenya", "KE"),
                          org("Elm Foundation"), org("Fern Centre"), person("Mira Tallow")});
}

TEST_CASE("layouts: a PDF's running header that repeats the headline inside the list is none of its signers") {
    auto const s = parse("Joint Statement on Freedom of Assembly in Lakeshore\n\nWe, the undersigned organisations, call on "
                         "the government of Lakeshore to repeal the Public Order Act.\n\nSignatories:\n\n"
                         "Amber Lantern Association\nBirchwood Institute\n\nPage 2 of 3\n"
                         "Joint Statement on Freedom of Assembly in Lakeshore\n\nCoral Bay Forum\nDune Rights Network\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    CHECK(s.footer.size() == 2);
}

TEST_CASE("layouts: the headline repeated as a running header in capitals, or with the page's number, is none of the signers") {
    for (char const* header : {"JOINT STATEMENT ON FREEDOM OF ASSEMBLY IN LAKESHORE\n",
                               "Joint Statement on Freedom of Assembly in Lakeshore          2\n",
                               "Joint Statement on Freedom of Assembly in Lakeshore | Page 2\n",
                               "2 | Joint Statement on Freedom of Assembly in Lakeshore\n",
                               // with a date after a dash, as the clean-up also rejoins a sentence around it
                               "Joint Statement on Freedom of Assembly in Lakeshore \xE2\x80\x93 March 2031\n"}) {
        CAPTURE(header);
        auto const s = parse(std::string("Joint Statement on Freedom of Assembly in Lakeshore\n\nWe, the undersigned "
                                         "organisations, call on the government of Lakeshore to repeal the Public Order "
                                         "Act.\n\nSignatories:\n\nAmber Lantern Association\nBirchwood Institute\n") +
                             header + "Coral Bay Forum\nDune Rights Network\n")
                           .statement;
        CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute", "Coral Bay Forum",
                                                      "Dune Rights Network"});
    }
    // A line that opens with the headline and goes on with words is no header.
    auto const s = parse("Joint Statement on Lakeshore\n\nWe, the undersigned organisations, call on the government "
                         "of Lakeshore to repeal the Public Order Act.\n\nSignatories:\n\nAmber Lantern Association\n"
                         "Joint Statement on Lakeshore Network\nCoral Bay Forum\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Joint Statement on Lakeshore Network",
                                                  "Coral Bay Forum"});
}

TEST_CASE("layouts: a blog's 'Like this:' bar under the list is chrome") {
    auto const s = parse("Statement: journalists must not be targeted\n\nWe, the undersigned media freedom organisations, "
                         "call on the police of Lakeshore to investigate the attack.\n\nSigned:\nAmber Press Club\n"
                         "Birchwood Media Watch\n\nLike this:\nLike Loading...\nRelated\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Media Watch");
}

TEST_CASE("layouts: names that end in a comma and a town, most of a list: the towns are places; one alone is the name's") {
    auto const s = parse("Gemeinsame Erkl\xC3\xA4rung\n\nWir fordern die Bundesregierung auf, die Abschiebungen zu stoppen.\n\n"
                         "Unterzeichnende Organisationen:\nFl\xC3\xBC" "chtlingsrat Nordmark e.V., Kiel\n"
                         "Seebr\xC3\xBC" "cke Ambersee, Ambersee\nMenschenrechtsb\xC3\xBCro gGmbH, Bad Birken\n"
                         "Aktion Bleiberecht\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Fl\xC3\xBC" "chtlingsrat Nordmark e.V.");
    CHECK(s.signatories[0].place == std::optional<std::string>("Kiel"));
    CHECK(s.signatories[1].name == "Seebr\xC3\xBC" "cke Ambersee");
    CHECK(s.signatories[2].place == std::optional<std::string>("Bad Birken"));
    CHECK_FALSE(s.signatories[3].place.has_value());
    // One name with a comma and a town among names without: its words stay.
    auto const t = parse("Joint statement\n\nWe call on the authorities of Lakeshore to release the activists.\n\n"
                         "Signed:\nAmber Lantern Association\nBirchwood Forum, Westbury\nCoral Bay Institute\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[1].name == "Birchwood Forum, Westbury");
}

TEST_CASE("layouts: a sentence on the signer under its name ('Anna Berg' / 'Anna Berg is professor of …') is the signer's") {
    auto const s = parse("Open letter on academic freedom\n\nWe call on the Minister of Education to withdraw the "
                         "dismissals.\n\nSigned,\n\nAnna Berg\nAnna Berg is professor of sociology at the University of "
                         "Vell.\n\nJohn Smith\nJohn Smith is a lecturer in law at Amber State University.\n\n"
                         "Coral Bay Forum\nCoral Bay Forum is a network of twelve organisations.\n\nOren Vale\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].role == std::optional<std::string>("professor of sociology at the University of Vell"));
    CHECK(s.signatories[1].role == std::optional<std::string>("lecturer in law at Amber State University"));
    CHECK(s.signatories[2].type == signatory_type::organisation);
    CHECK_FALSE(s.signatories[2].role.has_value());
    CHECK(s.signatories[3].name == "Oren Vale");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a list that gives countries by their codes ('Name (KZ)'), and towns after a dash with the country") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the authorities of Lakeshore to "
                         "release the journalist.\n\nSignatories:\nSteppe Rights Centre (KZ)\nBirchwood Institute (PL)\n"
                         "Amnesty International (AI)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].country_code == std::optional<std::string>("KZ"));
    CHECK_FALSE(s.signatories[0].acronym.has_value());
    CHECK(s.signatories[1].country_code == std::optional<std::string>("PL"));
    // An acronym that abbreviates its name stays one, whatever country shares its letters.
    CHECK(s.signatories[2].acronym == std::optional<std::string>("AI"));
    CHECK_FALSE(s.signatories[2].country.has_value());
    // One name with such a code, in a list that gives no country, is not a list that gives codes.
    auto const one = parse("Joint statement\n\nWe call on the authorities of Lakeshore to release the journalist.\n\n"
                           "Signatories:\nSteppe Rights Centre (KZ)\nBirchwood Institute\nCoral Bay Forum\n")
                         .statement;
    REQUIRE(one.signatories.size() == 3);
    CHECK(one.signatories[0].acronym == std::optional<std::string>("KZ"));
    // In a list that gives countries in another way ("(Ukraine)"), it is the signer's country.
    auto const given = parse("Joint statement\n\nWe call on the authorities of Lakeshore to release the journalist.\n\n"
                             "Signatories:\nSteppe Rights Centre (KZ)\nBirchwood Institute\nCoral Bay Forum (Ukraine)\n")
                           .statement;
    REQUIRE(given.signatories.size() == 3);
    CHECK(given.signatories[0].country_code == std::optional<std::string>("KZ"));
    CHECK_FALSE(given.signatories[0].acronym.has_value());

    auto const t = parse("Joint appeal\n\nWe call on the President of Georgia to veto the law.\n\nSigned:\n"
                         "1. Amber Lantern Association \xE2\x80\x93 Tbilisi (Georgia)\n"
                         "2. Birchwood Institute \xE2\x80\x93 Warsaw (Poland)\n3. Coral Bay Forum (Ukraine)\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[0].name == "Amber Lantern Association");
    CHECK(t.signatories[0].place == std::optional<std::string>("Tbilisi"));
    CHECK(t.signatories[1].place == std::optional<std::string>("Warsaw"));
}

TEST_CASE("layouts: a mail's signature under its separator ('-- ') is chrome, not unrecognised") {
    auto const s = parse("Open letter to the Minister of Justice\n\nDear Minister,\n\nWe urge you to withdraw the draft "
                         "law on NGOs.\n\nYours sincerely,\n\nAnna Berg\nCoordinator, Amber Lantern Association\n\n-- \n"
                         "Amber Lantern Association | 1 Harbour Road, Port Amber | www.amber.example\n")
                       .statement;
    REQUIRE(s.signatories.size() == 1);
    CHECK(s.unrecognised.empty());
    CHECK(s.footer.size() == 2);
}

TEST_CASE("layouts: a petition page's author after 'Started by:' under its text is its signer, without the key") {
    struct page {
        std::string_view text, signer;
    };
    for (auto const& p : {page{"Sign the petition\nProtect the Saltmarsh wetlands\n\nWe, the undersigned, call on the "
                               "Minister of Environment to cancel the drainage permit.\n\nStarted by: Saltmarsh Friends "
                               "Collective\nFirst name\nLast name\nEmail\nSIGN NOW\n",
                               "Saltmarsh Friends Collective"},
                          page{"Rettet die Bibliothek am Fluss\n\nWir, die Unterzeichnenden, fordern den Rat der Stadt auf, "
                               "die Bibliothek offen zu halten.\n\nGestartet von: Freundeskreis Flussbibliothek\n",
                               "Freundeskreis Flussbibliothek"},
                          page{"Salvemos la biblioteca del río\n\nLas organizaciones firmantes pedimos al Concejo que "
                               "mantenga abierta la biblioteca.\n\nIniciada por: Colectivo Voz del Río\n",
                               "Colectivo Voz del Río"}}) {
        CAPTURE(p.text);
        auto const s = parse(p.text).statement;
        REQUIRE(s.signatories.size() == 1);
        CHECK(s.signatories[0].name == p.signer);
    }
}

TEST_CASE("layouts: the list's header with its first entries on the line ('Initiated by: A, B'), more entries after") {
    auto const s = parse("Joint statement: stop the crackdown on students\n\nWe, the undersigned organisations, call on "
                         "the government of Lakeshore to release the detained students.\n\n"
                         "Initiated by: Amber Lantern Association, Birchwood Institute\n\nSupported by:\n"
                         "Coral Bay Forum (Ukraine)\nDune Rights Network (Georgia)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[1].name == "Birchwood Institute");
    CHECK(s.signatories[3].country_code == std::optional<std::string>("GE"));
    // A sentence of names after the header: the line is the list's, not a paragraph.
    auto const t = parse("Statement on the shrinking space for NGOs in Vareth\n\nSignatories: Amber Lantern Association "
                         "(Georgia), Birchwood Institute (Poland) and Coral Bay Forum (Armenia).\n\n"
                         "The above organisations express concern about the draft law on non-commercial organisations.\n\n"
                         "We call on the Parliament of Vareth to reject the draft law.\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[2].name == "Coral Bay Forum");
    CHECK(t.unrecognised.empty());
    REQUIRE(t.paragraphs.size() == 2);
    CHECK(t.paragraphs[0].text.rfind("The above organisations", 0) == 0);
}

TEST_CASE("layouts: a signing form under the list ('Organisation name:', 'Email:', 'Submit') signs nothing") {
    auto const s = parse("Open letter: protect the right to protest\n\nWe, the undersigned organisations, call on the "
                         "Parliament of Lakeshore to reject the Public Order Bill.\n\nSignatories:\nAmber Lantern "
                         "Association\nBirchwood Institute\n\nAdd your organisation's name to this letter by filling in the "
                         "form below.\nOrganisation name:\nCountry:\nEmail:\nSubmit\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Institute");
}

TEST_CASE("layouts: two names that end a text opened by its undersigned sign it; a place and date over them does not") {
    auto const s = parse("Stellungnahme zum Versammlungsgesetz\n\nBerlin, den 3. Dezember 2026\n\nDie unterzeichnenden "
                         "Organisationen fordern den Bundestag auf, den Entwurf abzulehnen.\n\nAmnesty Nordmark\n"
                         "Fl\xC3\xBC" "chtlingsrat Nordmark e.V.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amnesty Nordmark");
    CHECK(s.signatories[0].type == signatory_type::organisation);
    CHECK(s.kind == statement_kind::joint_statement);
    auto const t = parse("\xD0\x97\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8F\n\n"
                         "\xD0\x9C\xD0\xB8, \xD0\xBD\xD0\xB8\xD0\xB6\xD1\x87\xD0\xB5\xD0\xBF\xD1\x96\xD0\xB4\xD0\xBF\xD0\xB8"
                         "\xD1\x81\xD0\xB0\xD0\xBD\xD1\x96 \xD0\xBE\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD1\x96\xD0\xB7\xD0\xB0"
                         "\xD1\x86\xD1\x96\xD1\x97, \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB0\xD1\x94\xD0\xBC"
                         "\xD0\xBE \xD0\xB2\xD0\xBB\xD0\xB0\xD0\xB4\xD1\x83 \xD0\xB7\xD0\xB2\xD1\x96\xD0\xBB\xD1\x8C\xD0\xBD"
                         "\xD0\xB8\xD1\x82\xD0\xB8 \xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD1\x96\xD1\x81\xD1\x82"
                         "\xD1\x96\xD0\xB2.\n\n"
                         "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2, 1 \xD0\xB3\xD1\x80\xD1\x83\xD0\xB4\xD0\xBD\xD1\x8F 2026 "
                         "\xD1\x80\xD0\xBE\xD0\xBA\xD1\x83\n\n"
                         "\xD0\x93\xD0\x9E \xC2\xAB\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBE\xC2\xBB\n"
                         "\xD0\x91\xD0\xA4 \xC2\xAB\xD0\x94\xD0\xBE\xD0\xBF\xD0\xBE\xD0\xBC\xD0\xBE\xD0\xB3\xD0\xB0\xC2\xBB\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[0].name == "\xD0\x93\xD0\x9E \xC2\xAB\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBE\xC2\xBB");
    REQUIRE(t.date.has_value());
    CHECK(t.date->day == 1);
}

TEST_CASE("layouts: the conjunction before an enumeration's last demand is none of the demand before it") {
    auto const s = parse("Joint statement on the crackdown in Lakeshore\n\nWe, the undersigned organisations, are deeply "
                         "concerned.\n\nWe urge the authorities of Lakeshore to: a) release all those detained; b) drop all "
                         "charges against them; and c) allow monitors to visit places of detention.\n\n"
                         "Amber Lantern Association\nBirchwood Institute\nCoral Bay Forum\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    auto const& calls = s.call_groups[0].calls;
    REQUIRE(calls.size() == 3);
    CHECK(calls[1].text == "drop all charges against them;");
    CHECK(calls[2].text == "allow monitors to visit places of detention.");
}

TEST_CASE("layouts: a name inside a list that opens with a button's word ('Search for Common Ground Kenya') is a signer") {
    auto const s = parse("Joint statement on digital rights\n\nWe, the undersigned, urge the government of Lakeshore to stop "
                         "internet shutdowns.\n\nSignatories:\nAmber Lantern Association\nSearch for Common Ground "
                         "Lakeshore\nSHARE Digital Rights Friends\nBirchwood Institute\n\nShare this\nFacebook\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Search for Common Ground Lakeshore");
    CHECK(s.signatories[2].name == "SHARE Digital Rights Friends");
    CHECK(s.signatories[3].name == "Birchwood Institute");
}

TEST_CASE("layouts: 'ENDS' under a press release's list and a French key with a space before its colon are chrome") {
    auto const s = parse("Rights groups condemn the verdict\n\nThe undersigned organisations call on the authorities of "
                         "Lakeshore to overturn the verdict.\n\nSignatories:\nAmber Lantern Association\nBirchwood "
                         "Institute\n\nENDS\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    auto const t = parse("Communiqu\xC3\xA9 commun\n\nNos organisations demandent aux autorit\xC3\xA9s de lib\xC3\xA9rer les "
                         "militants.\n\nSignataires :\nLigue des droits humains (Belgique)\nAmis de la Terre (France)\n\n"
                         "Contact presse : presse@amber.example\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[1].name == "Amis de la Terre");
}

TEST_CASE("layouts: a person, a dash and an organisation ('Jane Wanjiru – Haki Network (Kenya)'); one name twice for two organisations") {
    auto const s = parse("Joint statement\n\nWe urge the government of Kenya to act.\n\nSigned:\n"
                         "1. Jane Wanjiru \xE2\x80\x93 Amber Rights Network (Kenya)\n"
                         "2. Peter Otieno \xE2\x80\x93 Coast Rights Forum, Kenya\n"
                         "3. Jane Wanjiru \xE2\x80\x93 Birchwood Institute (Kenya)\n"
                         "4. Coral Bay Forum \xE2\x80\x93 International\n"
                         "5. CEJIL Amberland \xE2\x80\x93 Centro por la Justicia y el Derecho\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    // An acronym and a dash before an organisation's name are one organisation's name.
    CHECK(s.signatories[4].type == signatory_type::organisation);
    CHECK(s.signatories[0].name == "Jane Wanjiru");
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.signatories[0].role == std::optional<std::string>("Amber Rights Network"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[1].role == std::optional<std::string>("Coast Rights Forum"));
    CHECK(s.signatories[2].role == std::optional<std::string>("Birchwood Institute"));
    // An organisation's name and a pseudo-country after its dash is no person.
    CHECK(s.signatories[3].type == signatory_type::organisation);
}

TEST_CASE("layouts: a titled scholar, a dash and a university in Spanish, French or Russian are a person and an affiliation") {
    // Each language's word for a university is an organisation word, as "University" is.
    auto const es = parse("Carta abierta en defensa de la libertad acad\xC3\xA9mica\n\n"
                          "Exigimos al Gobierno de Ambaria restituir a los docentes destituidos.\n\nFirmantes:\n"
                          "Dra. Mar\xC3\xAD" "a Elena Castillo Rivas \xE2\x80\x93 Universidad Nacional de Ambaria\n"
                          "Dr. Jorge Luis Men\xC3\xA9ndez \xE2\x80\x93 Universidad de Puerto Coral\n")
                        .statement;
    check_signatories(es, {person("Dra. Mar\xC3\xAD" "a Elena Castillo Rivas", "Universidad Nacional de Ambaria"),
                           person("Dr. Jorge Luis Men\xC3\xA9ndez", "Universidad de Puerto Coral")});
    auto const fr = parse("Appel des universitaires\n\nNous demandons la lib\xC3\xA9ration des \xC3\xA9tudiants d\xC3\xA9tenus.\n\n"
                          "Premiers signataires :\n"
                          "Me Awa Diallo \xE2\x80\x93 Universit\xC3\xA9 de Port-Ambre\n"
                          "Pr Mamadou Sarr \xE2\x80\x93 Universit\xC3\xA9 Gaston Birchwood\n")
                        .statement;
    check_signatories(fr, {person("Me Awa Diallo", "Universit\xC3\xA9 de Port-Ambre"),
                           person("Pr Mamadou Sarr", "Universit\xC3\xA9 Gaston Birchwood")});
    // "Иван Петров – Янтарный университет": a given name of the tables shows the person.
    auto const ru = parse("\xD0\x9E\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\xD0\xBE\xD0\xB5 "
                          "\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8C\xD0\xBC\xD0\xBE\n\n"
                          "\xD0\x9C\xD1\x8B \xD1\x82\xD1\x80\xD0\xB5\xD0\xB1\xD1\x83\xD0\xB5\xD0\xBC "
                          "\xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C "
                          "\xD0\xBD\xD0\xB0\xD1\x88\xD0\xB8\xD1\x85 \xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB5\xD0\xB3.\n\n"
                          "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBB\xD0\xB8:\n"
                          "\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 \xE2\x80\x93 "
                          "\xD0\xAF\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xBD\xD1\x8B\xD0\xB9 "
                          "\xD1\x83\xD0\xBD\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82\n"
                          "\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F \xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0 "
                          "\xE2\x80\x93 \xD0\x91\xD0\xB5\xD1\x80\xD1\x91\xD0\xB7\xD0\xBE\xD0\xB2\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 "
                          "\xD1\x83\xD0\xBD\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82\n")
                        .statement;
    check_signatories(ru, {person("\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2",
                                  "\xD0\xAF\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xBD\xD1\x8B\xD0\xB9 "
                                  "\xD1\x83\xD0\xBD\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82"),
                           person("\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F \xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0",
                                  "\xD0\x91\xD0\xB5\xD1\x80\xD1\x91\xD0\xB7\xD0\xBE\xD0\xB2\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 "
                                  "\xD1\x83\xD0\xBD\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82")});
}

TEST_CASE("layouts: a list's counted closer under a long name is a line of its own, not the name's wrapped end") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, call on the government of Kenya to act.\n\nSigned:\n"
                         "Amber Lantern Association, Kenya\nBirchwood Institute for Civic Rights, United Kingdom\n"
                         "and 23 other organisations\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Institute for Civic Rights");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("GB"));
}

TEST_CASE("layouts: PDF columns without a header: the column headings open the list; a country's cell after an acronym") {
    auto const s = parse("Joint statement on freedom of association\n\nWe, the undersigned organisations, call on the "
                         "Parliament of Kyrgyzstan to reject the amendments.\n\n"
                         "ORGANISATION                          COUNTRY\n"
                         "Amber Lantern Association             Kyrgyzstan\n"
                         "Birchwood Institute (BI)              Belgium\n"
                         "Coral Bay Forum (CBF)\tGermany\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("BI"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("BE"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("DE"));
}

TEST_CASE("layouts: signatures that open with a title or a role in lower case ('prof. dr hab. …', 'sędzia …')") {
    auto const s = parse("Apel do Prezydenta\n\nSzanowny Panie Prezydencie,\n\nzwracamy si\xC4\x99 do Pana z apelem o "
                         "zawetowanie ustawy.\n\nZ wyrazami szacunku,\n\n"
                         "prof. dr hab. Ewa Nowak, Uniwersytet Bursztynowy w Gda\xC5\x84sku\n"
                         "dr Piotr Zieli\xC5\x84ski, adwokat, Krak\xC3\xB3w\n"
                         "Katarzyna Wi\xC5\x9Bniewska, Fundacja Praw Obywatelskich\n"
                         "s\xC4\x99" "dzia w stanie spoczynku Jan Kowalczyk\n"
                         "Stowarzyszenie S\xC4\x99" "dzi\xC3\xB3w Brzozowych\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[0].name == "prof. dr hab. Ewa Nowak");
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.signatories[1].name == "dr Piotr Zieli\xC5\x84ski");
    CHECK(s.signatories[3].name == "Jan Kowalczyk");
    CHECK(s.signatories[3].role == std::optional<std::string>("s\xC4\x99" "dzia w stanie spoczynku"));
    CHECK(s.signatories[4].type == signatory_type::organisation);
}

TEST_CASE("layouts: a signature in three lines whose organisation carries its country; a role with its field") {
    auto const s = parse("Joint letter to the Minister\n\nDear Minister,\n\nWe are writing to express concern.\n\nSincerely,\n\n"
                         "Anna Berg\nProgramme Coordinator\nAmber Solidarity Network, Hungary\n\n"
                         "John Smith\nDirector\nBirchwood Voice (Slovakia)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].role == std::optional<std::string>("Programme Coordinator, Amber Solidarity Network"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("HU"));
    CHECK(s.signatories[1].role == std::optional<std::string>("Director, Birchwood Voice"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("SK"));
}

TEST_CASE("layouts: 'The following organisations endorse this statement:' over a list glued on one line") {
    auto const s = parse("Joint statement on the arrest of lawyers\n\nThe following organisations endorse this statement:\n"
                         "Amber League for Civic Rights; Birchwood Lawyers Forum (BLF); Coral Bay Justice Network, "
                         "Denmark.\n\nWe condemn the arrest of two lawyers and call for their immediate release.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[1].acronym == std::optional<std::string>("BLF"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("DK"));
}

TEST_CASE("layouts: the publisher is no page furniture, cookie banner, reader's line or key and value") {
    for (std::string_view above : {"Page 1 of 2", "Joint NGO Letter                                  1",
                                   "This website uses cookies. Accept all Reject", "To: Mr Oren Vale, Minister of Justice",
                                   "Cc: The Ombudsman"}) {
        CAPTURE(above);
        auto const s = parse(std::string(above) + "\n\nJoint letter on detention conditions in Lakeshore\n\nWe, the undersigned "
                                                  "organisations, call on the Minister of Justice of Lakeshore to act.\n\n"
                                                  "Signed:\nAmber Lantern Association\nBirchwood Institute\n")
                           .statement;
        CHECK_FALSE(s.publisher.has_value());
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Joint letter on detention conditions in Lakeshore");
    }
}

TEST_CASE("layouts: a headline with French quotation marks between spaces is no breadcrumb") {
    auto const s = parse("D\xC3\xA9" "claration conjointe\n\nFrance : la dissolution du collectif \xC2\xAB Terre Vivante "
                         "\xC2\xBB porte atteinte \xC3\xA0 la libert\xC3\xA9 d'association\n\nParis, le 8 avril 2026\n\n"
                         "Nous, organisations signataires, condamnons la dissolution.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text.rfind("France : la dissolution", 0) == 0);
    CHECK(s.header.empty());
}

TEST_CASE("layouts: a Markdown heading of the list's with a note in parentheses heads a group") {
    auto const s = parse("# Joint statement: release the detained activists\n\nWe, the undersigned organisations and "
                         "individuals, call on the authorities of Lakeshore to release the activists.\n\n"
                         "## Organisations\n\n+ Amber Lantern Association\n+ Birchwood Institute\n\n"
                         "## Individuals (in personal capacity)\n\n+ Anna Berg, climate scientist\n+ Oren Vale, lawyer\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a Markdown heading of a group in title case or with an ampersand heads its group") {
    // "### Projects & Organisations": the ampersand is an "and", and a heading's words may all be
    // in capitals; the words of a group end it.
    for (char const* heading : {"### Projects & Organisations", "### Member Organisations", "### NGOs & networks"}) {
        auto const s = parse(std::string("# Keep the Saltmarsh archive open\n\nWe, the undersigned organisations and "
                                         "individuals, ask the Pelham Vale council to keep the archive open.\n\n"
                                         "## Signatories\n\n") +
                             heading +
                             "\n\n* Amber Lantern Collective\n* Birchwood Makers of Seeburg\n\n"
                             "### Individuals\n\n* Mira Tallow, archivist\n")
                           .statement;
        INFO(heading);
        CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Collective", "Birchwood Makers of Seeburg", "Mira Tallow"});
        CHECK(s.unrecognised.empty());
    }
}

TEST_CASE("layouts: a README's header with an emoji before its word heads the list") {
    auto const s = parse("# Keep the Saltmarsh archive open\n\nWe, the undersigned organisations, ask the Pelham Vale "
                         "council to keep the archive open.\n\n## \xE2\x9C\x8D\xEF\xB8\x8F Signatories\n\n"
                         "### Organisations\n\n* Amber Lantern Collective\n* Birchwood Makers of Seeburg\n\n"
                         "### Individuals\n\n* Mira Tallow, archivist\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Collective", "Birchwood Makers of Seeburg", "Mira Tallow"});
}

TEST_CASE("layouts: a tech letter's groups of companies, businesses and projects head their groups") {
    // "Companies & startups", "Open source projects": the groups of a tech letter's list, as a
    // Markdown heading and as a line apart in title case or sentence case.
    for (char const* heading : {"Companies & startups", "Businesses", "Open source projects", "Projects & Organisations"}) {
        auto const names = std::vector<std::string>{"Amber Lantern Collective", "Birchwood Makers of Seeburg", "Coral Bay Labs",
                                                    "Mira Tallow", "Oren Vale"};
        auto const md = parse(std::string("# Keep the Saltmarsh archive open\n\nWe, the undersigned organisations and "
                                          "individuals, ask the Pelham Vale council to keep the archive open.\n\n"
                                          "## Signatories\n\n### ") +
                              heading +
                              "\n\n* Amber Lantern Collective\n* Birchwood Makers of Seeburg\n* Coral Bay Labs\n\n"
                              "### Individuals\n\n* Mira Tallow, archivist\n* Oren Vale, developer\n")
                            .statement;
        INFO(heading);
        CHECK(names_of(md) == names);
        auto const text = parse(with_signatories(std::string("Signatories:\n\n") + heading +
                                                 "\nAmber Lantern Collective\nBirchwood Makers of Seeburg\nCoral Bay Labs\n\n"
                                                 "Individuals\nMira Tallow, archivist\nOren Vale, developer\n"))
                              .statement;
        CHECK(names_of(text) == names);
    }
}

TEST_CASE("layouts: an investors' statement's groups of asset owners, asset managers and investors head their groups") {
    // "Asset owners" / names / "Trade unions and other investors" / names: the groups of an
    // investors' list, one under the other's last name, in sentence case or in capitals.
    for (char const* first : {"Asset owners", "Investors", "INVESTORS"}) {
        auto const s = parse(with_signatories(std::string("Signatories as of 3 May 2026:\n\n") + first +
                                              "\nAmber Pension Fund (Sweden)\nBirchwood Teachers' Retirement System (United States)\n"
                                              "Trade unions and other investors\nCoral Bay Staff Pension Scheme (United Kingdom)\n"
                                              "Asset managers\nSeeburg Capital (Netherlands)\nLinden Court Asset Management (France)\n"))
                             .statement;
        INFO(first);
        check_signatories(s, {org_in("Amber Pension Fund", "Sweden", "SE"),
                              org_in("Birchwood Teachers' Retirement System", "United States", "US"),
                              org_in("Coral Bay Staff Pension Scheme", "United Kingdom", "GB"),
                              org_in("Seeburg Capital", "Netherlands", "NL"),
                              org_in("Linden Court Asset Management", "France", "FR")});
    }
}

TEST_CASE("layouts: a list without a header that opens with a group's heading is the list, above the notes at the page's foot") {
    // "Investors" / its names / "Civil society organisations" / its names: no header over the
    // list, and few of the first group's names show what they are; the numbered notes under it
    // are the text's.
    auto const s = parse("JOINT STATEMENT BY INVESTORS AND CIVIL SOCIETY ON THE SALTMARSH DIRECTIVE\n\n"
                         "We, the undersigned investors and civil society organisations, are concerned by reports that "
                         "the Commission will reopen the Saltmarsh Directive.1\n\n"
                         "We call on the Commission to:\n\n1. Refrain from reopening the Directive;\n"
                         "2. Maintain its transition plan obligations.\n\n"
                         "Investors\nAmber Capital\nBirchwood Partners\nCoral Bay Asset Management\nSeeburg\n\n"
                         "Civil society organisations\nLinden Court Trust\nMira Tallow Foundation\nPelham Vale Watch\n\n"
                         "1 Commission, Work Programme 2026, COM(2026) 45.\n"
                         "2 See also the statement of 46 companies of 22 January 2026.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Capital", "Birchwood Partners", "Coral Bay Asset Management", "Seeburg",
                                                  "Linden Court Trust", "Mira Tallow Foundation", "Pelham Vale Watch"});
}

TEST_CASE("layouts: a petition page's widget of recent signatures under the list of signers is chrome, in any language") {
    auto const widget = [](char const* first, char const* second) {
        return std::string("Petition: protect academic freedom at the University of Port Amber\n\n"
                           "We, the undersigned academics, call on the Rector to reinstate the dismissed lecturers.\n\n"
                           "Initial signatories:\n"
                           "Prof. Mira Tallow, University of Seeburg\n"
                           "Dr. Oren Vale, Birchwood Institute\n\n"
                           "Recent signatures:\n") +
               first + "\n" + second + "\n\n[Sign now] [Share]\n";
    };
    for (auto const& input : {widget("Tomas B. \xE2\x80\x93 Brno, 2 hours ago", "Anna K. \xE2\x80\x93 Graz, 5 hours ago"),
                              widget("Tomas B. \xE2\x80\x93 Brno, il y a 3 heures", "Anna K. \xE2\x80\x93 Graz, vor 2 Stunden"),
                              widget("Tomas B. \xE2\x80\x93 Brno, hace 3 horas",
                                     "Anna K. \xE2\x80\x93 Graz, 2 \xD1\x87\xD0\xB0\xD1\x81\xD0\xB0 \xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xB4")}) {
        auto const s = parse(input).statement;
        CHECK(names_of(s) == std::vector<std::string>{"Prof. Mira Tallow", "Dr. Oren Vale"});
        CHECK(role_at(s, input, "Tomas B.") == block_role::chrome_footer);
        CHECK(role_at(s, input, "Recent signatures") == block_role::chrome_footer);
        check_outline_covers(s, input);
    }
}

TEST_CASE("layouts: a petition page's recent signatures: the time ago is none of the signer; the form is chrome") {
    auto const s = parse("Petition: stop the evictions in the Old Harbour\n\nTo: Mayor of Port Amber\n\nWe, residents and "
                         "supporters, ask the Mayor to halt the evictions.\n\nSign this petition\nFirst name: ______\n"
                         "Last name: ______\nSign now\n\nRecent signatures:\nAnna K., Port Amber \xE2\x80\x94 2 hours ago\n"
                         "Tomasz W., Sopot \xE2\x80\x94 3 hours ago\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Anna K.");
    CHECK(s.signatories[0].role == std::optional<std::string>("Port Amber"));
    CHECK(s.signatories[1].role == std::optional<std::string>("Sopot"));
}

TEST_CASE("layouts: the text's own sections after the list ('Background', 'Annex: Timeline', 'Notes to editors:')") {
    auto const s = parse("Joint statement on the closure of independent media\n\nDecember 5th, 2026\n\nWe, the undersigned "
                         "organisations, condemn the closure of Amber Media.\n\nSignatories:\nAmber Lantern Association\n"
                         "Birchwood Institute\n\nBackground\nAmber Media was founded in 2015 and has published investigations "
                         "into corruption.\n\nAnnex: Timeline of events\n- 3 February 2026: first warning;\n"
                         "- 28 November 2026: court decision.\n\nNotes to editors:\n1. For interviews contact press@amber.example\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Institute");
    CHECK(s.unrecognised.empty());
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 5);
    CHECK(s.date->month == 12);
}

TEST_CASE("layouts: a group's heading without a colon, and what a group's heading says its signers are") {
    auto const s = parse("Open letter to the European Commission\n\nDear President,\n\nWe write to express our concern "
                         "about the implementation of the pact.\n\nYours sincerely,\n\nNetworks\n"
                         "1. European Amber Solidarity Network (EASN)\n2. Platform for Birchwood Workers (PBW)\n\n"
                         "National organisations\n1. Coral Bay Forum (France)\n2. Dune Refugee Aid (Spain)\n\n"
                         "Individuals (affiliations for identification only)\n1. Prof. Marta Lindqvist, Uppsala University\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[0].acronym == std::optional<std::string>("EASN"));
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    CHECK(s.signatories[4].type == signatory_type::person);
    CHECK(s.unrecognised.empty());
    auto const t = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\nOrganisations:\n"
                         "1. Amber Norte, Centro de An\xC3\xA1lisis e Investigaci\xC3\xB3n\n2. Birchwood Press Club\n\n"
                         "Individuals:\n1. Ketevan Gelashvili\n2. Mariam Kurtanidze, Kutaisi\n3. Coral Press Club\n")
                       .statement;
    REQUIRE(t.signatories.size() == 5);
    CHECK(t.signatories[0].type == signatory_type::organisation);
    CHECK(t.signatories[0].name == "Amber Norte, Centro de An\xC3\xA1lisis e Investigaci\xC3\xB3n");
    CHECK(t.signatories[2].type == signatory_type::person);
    CHECK(t.signatories[3].name == "Mariam Kurtanidze");
    CHECK(t.signatories[3].role == std::optional<std::string>("Kutaisi"));
    // An organisation's word keeps an organisation under a heading of people.
    CHECK(t.signatories[4].type == signatory_type::organisation);
}

TEST_CASE("layouts: a headline over the kind's label, and a Spanish headline that opens with '¡'") {
    auto const s = parse("LAKESHORE: AUTHORITIES MUST INVESTIGATE THE ATTACK ON ACTIVISTS\n\nPress release\n\n"
                         "Port Amber, 5/12/2026\n\nThe coalition strongly condemns the attack on activists.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "LAKESHORE: AUTHORITIES MUST INVESTIGATE THE ATTACK ON ACTIVISTS");
    CHECK(s.kind == statement_kind::press_release);
    auto const t = parse("PRONUNCIAMIENTO\n\n\xC2\xA1" "Alto a la criminalizaci\xC3\xB3n de la protesta social!\n\n"
                         "Ciudad de Guatemala, 5 de diciembre de 2026\n\nLas organizaciones firmantes manifestamos nuestra "
                         "preocupaci\xC3\xB3n.\n")
                       .statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "\xC2\xA1" "Alto a la criminalizaci\xC3\xB3n de la protesta social!");
}

TEST_CASE("layouts: a label over the headline that names the kind and its group of authors") {
    for (char const* dateline : {"Port Amber, 18 May 2024", "Port Amber \xE2\x80\x93 Seeburg \xE2\x80\x93 Lakeshore, 18 May 2024"}) {
        CAPTURE(dateline);
        auto const s = parse(std::string("JOINT STATEMENT OF HUMAN RIGHTS ORGANISATIONS\n\n"
                                         "Amberland: Stop the Prosecution of Lakeshore Activists\n\n") +
                             dateline + "\n\nWe, the undersigned organisations, mark two years since the crackdown.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Amberland: Stop the Prosecution of Lakeshore Activists");
    }
    // A label of a topic stays the headline, over a dateline of several places.
    auto const topic = parse("STATEMENT OF SOLIDARITY WITH AMBERLAND PEACE ACTIVISTS\n\n"
                             "Port Amber \xE2\x80\x93 Seeburg \xE2\x80\x93 Lakeshore, 22 December 2023\n\n"
                             "We, the undersigned organisations, express our solidarity with the activists.\n")
                           .statement;
    REQUIRE(topic.title.has_value());
    CHECK(topic.title->text == "STATEMENT OF SOLIDARITY WITH AMBERLAND PEACE ACTIVISTS");
}

TEST_CASE("layouts: a line under the headline that names the kind and only its authors is a label") {
    for (char const* label : {"Joint statement by 15 press freedom organisations", "Joint Statement by Civil Society Organisations",
                              "Joint Press Statement",
                              "Joint appeal of the Amber Defenders Coalition",
                              "Joint statement by Amber Rights Watch and the Birchwood Helsinki Committee",
                              "Joint statement by members of the Amber Solidarity Platform and other organisations",
                              // names with their acronyms, however many words they take
                              "Joint statement by the Amber Federation of Trade Unions (AFTU), Birchwood Global Union "
                              "and the Coral Confederation of Labour Unions (CCLU)"}) {
        CAPTURE(label);
        auto const s = parse(std::string("Amberland: Stop the crackdown on independent media\n\n") + label +
                             "\nPublished: 5 September 2026\n\nWe, the undersigned organisations, call on the government of "
                             "Amberland to end the crackdown on independent journalists.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Amberland: Stop the crackdown on independent media");
    }
    // What it is about, or whom it is addressed to, makes it a headline of its own, in title case too.
    auto const addressed = parse("Open in app\nSign in\n\nAn Open Letter to the Board of Amber Media on Content Moderation\n\n"
                                 "We, the undersigned organisations, write to you about the moderation of content.\n")
                               .statement;
    REQUIRE(addressed.title.has_value());
    CHECK(addressed.title->text == "An Open Letter to the Board of Amber Media on Content Moderation");
    // What it is about, right after the kind, makes it one in capitals too (an abbreviation in lower case aside).
    auto const capitals = parse("AMBER CIVIC INITIATIVE (ACI)\n\nJOINT STATEMENT ON THE HARBOUR SECURITY ACT No. 3 OF 2026 AND "
                                "THE PORT POLICING ACT No. 4 OF 2026\n\nWe, the undersigned organisations, are concerned.\n")
                              .statement;
    REQUIRE(capitals.title.has_value());
    CHECK(capitals.title->text ==
          "JOINT STATEMENT ON THE HARBOUR SECURITY ACT No. 3 OF 2026 AND THE PORT POLICING ACT No. 4 OF 2026");
    // What it is about makes it a headline of its own.
    auto const s = parse("Amber Rights Association\n\nJoint statement by members of the Amber Platform on the situation "
                         "in Amberland\n\nWe, the undersigned members of the Amber Platform, are concerned.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Joint statement by members of the Amber Platform on the situation in Amberland");
}

TEST_CASE("layouts: a skip link before the headline and a link to the full text after the body are no headlines") {
    for (char const* skip : {"Saltar al contenido", "Springe zum Inhalt", "Passer au contenu", "Sari la con\xC8\x9Binut"}) {
        CAPTURE(skip);
        auto const s = parse(std::string(skip) + "\n\nAmberland: Organisations demand the release of the journalists\n\n"
                                                 "We, the undersigned organisations, demand the release of the journalists.\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Amberland: Organisations demand the release of the journalists");
    }
    auto const s = parse("Amberland: Free Oren Vale\n\nPosted on 14 July 2026 by Amber Watch\n\n"
                         "Civil society organisations have issued a joint appeal for the release of Oren Vale.\n\n"
                         "The organisations call on the authorities of Amberland to:\n- release Oren Vale;\n"
                         "- drop the charges against him.\n\nRead the full appeal (PDF)\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Amberland: Free Oren Vale");
    CHECK(describe_calls(s) == calls_to("the authorities of Amberland", {"release Oren Vale;", "drop the charges against him."}));
}

TEST_CASE("layouts: a site's name and its menu without separators over the headline are no headline") {
    auto const s = parse("Amber Rights Monitor\nAbout us  Our work  Countries  Publications  Get involved  Donate\n\n"
                         "Amberland: Lift the exit ban on relatives of exiled activists\n\n"
                         "We, the undersigned organisations, call on the Government of Amberland to lift the travel bans.\n\n"
                         "Signatories:\nAmber Rights Monitor\nBirchwood Institute for Civic Rights (Poland)\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Amberland: Lift the exit ban on relatives of exiled activists");
    // the site's name signs too, and stays a signer
    check_signatories(s, {org("Amber Rights Monitor"), org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
}

TEST_CASE("layouts: a French site's menu in capitals over the headline is chrome, not the publisher") {
    auto const input = "ACCUEIL ACTUALIT\xC3\x89S COMMUNIQU\xC3\x89S RAPPORTS NOUS SOUTENIR\n"
                       "Lettre ouverte sur la situation des d\xC3\xA9" "fenseurs en Amberland\n"
                       "15 mai 2026\n\n"
                       "Nous, organisations soussign\xC3\xA9" "es, demandons la lib\xC3\xA9ration des d\xC3\xA9" "fenseurs.\n\n"
                       "Signataires :\nLigue Amberlandaise des Droits\nR\xC3\xA9seau Bouleau\n";
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Lettre ouverte sur la situation des d\xC3\xA9" "fenseurs en Amberland");
    CHECK_FALSE(s.publisher.has_value());
    check_outline_covers(s, input);
}

TEST_CASE("layouts: a site's banner over its menu of pages is no headline, over a label that names the authors") {
    auto const s = parse("AFU \xC2\xB7 Amber Federation of Unions\nHome  News  Campaigns  Resources  Contact\n\n"
                         "Amberland: free the jailed leaders of the dockers' union\n\nPort Amber, 22 January 2026\n\n"
                         "Joint statement by the Amber Federation of Unions and the Coral Dockers Union\n\n"
                         "We, the undersigned unions, condemn the imprisonment of the leaders of the dockers' union.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Amberland: free the jailed leaders of the dockers' union");
}

TEST_CASE("layouts: a note that opens with its mark, an invitation to join and a post's counts under the list") {
    for (char const* after : {"*Affiliations for identification purposes only\n", "231 \xF0\x9F\x94\x81 87 \xF0\x9F\x92\xAC 14\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
    // "Список подписантов открыт. Присоединиться: …"
    auto const ru = parse("Заявление о пытках\n\nМы, нижеподписавшиеся, требуем освободить всех.\n\n\xD0\x9F\xD0\xBE\xD0\xB4"
                          "писали:\nЦентр «Амбер»\nФонд «Берёза»\n\nСписок подписантов открыт. Присоединиться: sos@example.org\n")
                        .statement;
    REQUIRE(ru.signatories.size() == 2);
}

TEST_CASE("layouts: people under a heading that names what they do ('Правозащитники:', 'Human rights defenders:')") {
    auto const s = parse("Заявление\n\nМы, нижеподписавшиеся, требуем освободить всех.\n\nПодписали:\n\nОрганизации:\n"
                         "Центр «Амбер»\n\nПравозащитники:\nМира Таллоу, адвокат\nОрен Вейл, сопредседатель Совета ПЦ «Берёза»\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[1].name == "Мира Таллоу");
    CHECK(s.signatories[1].type == signatory_type::person);
    CHECK(s.signatories[2].name == "Орен Вейл");
}

TEST_CASE("layouts: a comma inside quotation marks parts no entries") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\nSignatories:\n"
                         "Amber Centre \xC2\xAB" "Memory, Law and Freedom\xC2\xBB, Port Amber\n"
                         "Fundatia \xE2\x80\x9E" "Hope, Support and Inclusion\xE2\x80\x9D, Iasi\n"
                         "Birchwood Institute\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name.rfind("Amber Centre \xC2\xAB" "Memory, Law and Freedom\xC2\xBB", 0) == 0);
    CHECK(s.signatories[1].name.rfind("Fundatia \xE2\x80\x9E" "Hope, Support and Inclusion\xE2\x80\x9D", 0) == 0);
}

TEST_CASE("layouts: an organisation's part in parentheses ('(observer)', '(member of …)') is its role") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\nSignatories:\n"
                         "AMBER HUMAN RIGHTS CENTRE \"ADOLAT\" (observer)\nBirchwood Foundation (Mongolia) (observer)\n"
                         "Coral Bay Forum (member of the Amber network)\nDune Watch (on behalf of its 20 member groups)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].role == std::optional<std::string>("observer"));
    CHECK_FALSE(s.signatories[0].acronym.has_value());
    CHECK(s.signatories[1].country_code == std::optional<std::string>("MN"));
    CHECK(s.signatories[1].role == std::optional<std::string>("observer"));
    CHECK(s.signatories[2].role == std::optional<std::string>("member of the Amber network"));
    CHECK(s.signatories[2].type == signatory_type::organisation);
    // A remark too long for a standing, with its count, is kept as its role still.
    CHECK(s.signatories[3].role == std::optional<std::string>("on behalf of its 20 member groups"));
}

TEST_CASE("layouts: 'A.' and 'I.' mark items beside their siblings and are a person's initial alone") {
    auto const s = parse("Open letter to the Minister of Justice\n\nDear Minister,\n\n"
                         "A. Smith signed the first draft in 2025, and the text has since grown worse.\n\n"
                         "I. Kowalski, the centre's director, was summoned on 3 December 2026.\n\n"
                         "We ask you to:\nA. Withdraw the draft law.\nB. Consult civil society before any new draft.\n\n"
                         "Sincerely,\nAmber Lawyers for Democracy\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].text == "Withdraw the draft law.");
    CHECK(s.call_groups[0].calls[1].text == "Consult civil society before any new draft.");
    bool initial_kept = false, kowalski_kept = false;
    for (auto const& p : s.paragraphs) {
        initial_kept |= p.text.rfind("A. Smith signed", 0) == 0;
        kowalski_kept |= p.text.rfind("I. Kowalski", 0) == 0;
    }
    CHECK(initial_kept);
    CHECK(kowalski_kept);
}

TEST_CASE("layouts: a name that goes on after its acronym names a branch, one signer") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Press Freedom Watch (APFW) Eastern Europe office\nBirchwood Journalists Union (BJU)\n"
                         "Coral Bay Media Centre (Georgia)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Press Freedom Watch (APFW) Eastern Europe office");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("APFW"));
    CHECK(s.signatories[1].acronym == std::optional<std::string>("BJU"));
}

TEST_CASE("layouts: one organisation over its town ends the text and signs it") {
    auto const s = parse("Statement on the detention of lawyer Ivo Marin\n\nPort Amber, 4 December 2026\n\n"
                         "We are deeply concerned by the detention of lawyer Ivo Marin on 2 December 2026.\n\n"
                         "We call on the authorities of Lakeshore to release Mr Marin.\n\n"
                         "Fair Trials Lakeshore\nPort-Amber\n")
                       .statement;
    REQUIRE(s.signatories.size() == 1);
    CHECK(s.signatories[0].name == "Fair Trials Lakeshore");
    CHECK(s.signatories[0].place == std::optional<std::string>("Port-Amber"));
    CHECK(s.kind == statement_kind::statement);
    // A line of the text over a town is no signature.
    auto const t = parse("Statement on the detention of lawyer Ivo Marin\n\n"
                         "We call on the authorities of Lakeshore to release Mr Marin.\n\n"
                         "Read more\nArchive\n")
                       .statement;
    CHECK(t.signatories.empty());
}

TEST_CASE("layouts: names with many words in lower case (ru, fr) are an organisation's when one opens with its kind") {
    auto const s = parse("Совместное заявление\n\nМы, нижеподписавшиеся организации, осуждаем задержание активистов.\n\n"
                         "Подписали:\n"
                         "Приморское бюро по правам человека и соблюдению законности\n"
                         "Центр защиты прав человека и свободы слова «Янтарь»\n"
                         "Association pour la d\xC3\xA9" "fense des droits de l'homme en Afrique centrale (Cameroun)\n"
                         "Общественный фонд «Эхо Степи»\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Приморское бюро по правам человека и соблюдению законности");
    CHECK(s.signatories[1].name == "Центр защиты прав человека и свободы слова «Янтарь»");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("CM"));
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a long name that opens with its kind, and an acronym in capitals before it whatever its letters") {
    auto const s = parse("D\xC3\xA9" "claration conjointe\n\nNous, organisations soussign\xC3\xA9" "es, condamnons les arrestations.\n\n"
                         "Signataires :\n\n"
                         "- Association des femmes juristes de Port-Ambre (AFJPA)\n"
                         "- Comit\xC3\xA9" " de d\xC3\xA9" "fense des droits des migrants et des r\xC3\xA9" "fugi\xC3\xA9" "s de la r\xC3\xA9" "gion de Port-Ambre\n"
                         "- LADH \xE2\x80\x93 Ligue pour le respect des libert\xC3\xA9" "s et des droits de l\xE2\x80\x99Homme au Vallon\n"
                         "- Amber Droits\n- Reporters du Vallon\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "Comit\xC3\xA9" " de d\xC3\xA9" "fense des droits des migrants et des r\xC3\xA9" "fugi\xC3\xA9" "s de la r\xC3\xA9" "gion de Port-Ambre");
    CHECK(s.signatories[2].acronym == std::optional<std::string>("LADH"));
    CHECK(s.signatories[2].name == "Ligue pour le respect des libert\xC3\xA9" "s et des droits de l\xE2\x80\x99Homme au Vallon");
    CHECK(s.signatories[4].name == "Reporters du Vallon");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a page's notes at its foot, inside a list the page break cut, are the text's") {
    auto const s = parse("Joint statement on the trial of Mira Tallow\n\nWe, the undersigned organisations, call for the release "
                         "of Mira Tallow.\n\nSigned,\nAmber Rights Centre\nBirchwood Watch\n"
                         "7 Lakeshore v Tallow, Case 51/2022.\n8 Coral Bay Forum, Trial Monitoring Report, March 2025.\n"
                         "Page 1 of 2\n\fJoint statement \xE2\x80\x93 14 May 2025\nDune Press Club\nElm Valley Watch\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Birchwood Watch");
    CHECK(s.signatories[2].name == "Dune Press Club");
    CHECK(s.signatories[3].name == "Elm Valley Watch");
    // One short note, in a list without numbers.
    auto const t = parse("Joint statement\n\nWe, the undersigned organisations, call for the release of Mira Tallow.\n\n"
                         "Signatories:\nAmber Rights Centre\nBirchwood Watch\n7 Case 51/2022.\nPage 1 of 2\n"
                         "Dune Press Club\nElm Valley Watch\n")
                       .statement;
    REQUIRE(t.signatories.size() == 4);
    CHECK(t.signatories[2].name == "Dune Press Club");
}

TEST_CASE("layouts: a text browser's page: a logo's text and a menu bar are chrome; a short line under a long one is the next signer") {
    std::string text = "   [1]Skip to main content\n\n   [2]Amber Rights Centre logo\n\n"
                       "Home About Members Resources News Contact\n\n"
                       "Lakeshore: Release the journalists detained after the January protests\n\n";
    text += "   We, the undersigned human rights organisations, express our grave concern about the\n"
            "   continued detention of at least seven independent journalists in Lakeshore who were\n"
            "   arrested while covering peaceful protests in Port Amber in January. The journalists have\n"
            "   been charged with spreading false information, and their lawyers have been denied access\n"
            "   to the case materials for more than two months, in breach of the law of Lakeshore.\n\n   Sincerely,\n\n"
            "   [5]7amber \xE2\x80\x93 The Amber Center for the Advancement of Social Media in Lakeshore\n"
            "   [6]Birch Now\n   [7]Coral Bay Forum\n   [8]Dune Press Club\n";
    auto const s = parse(text).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Lakeshore: Release the journalists detained after the January protests");
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "7amber \xE2\x80\x93 The Amber Center for the Advancement of Social Media in Lakeshore");
    CHECK(s.signatories[1].name == "Birch Now");
    CHECK(s.signatories[3].name == "Dune Press Club");
}

TEST_CASE("layouts: a page's links and forms under the list are no signers ('Read in Swahili', 'Endorse this statement')") {
    for (auto const* tail : {"Read in Swahili\n", "Endorse this statement\nOrganisation name\nEmail\n", "About the authors\n",
                             "Lire en fran\xC3\xA7" "ais\n"}) {
        CAPTURE(tail);
        auto const s = parse(std::string("Joint statement\n\nWe, the undersigned organisations, condemn the killings.\n\n"
                                         "Signatories:\n\nAmber Rights Centre\nBirchwood Watch\nCoral Bay Forum\n\n") +
                             tail)
                           .statement;
        REQUIRE(s.signatories.size() == 3);
        CHECK(s.signatories[2].name == "Coral Bay Forum");
    }
}

TEST_CASE("layouts: two organisations of one acronym whose words both spell it; 'RCA' is a country") {
    auto const s = parse("D\xC3\xA9" "claration conjointe\n\nNous, organisations soussign\xC3\xA9" "es, condamnons les arrestations.\n\n"
                         "Signataires :\n"
                         "Association marocaine des droits humains (AMDH)\n"
                         "Association malienne des droits de l\xE2\x80\x99Homme (AMDH)\n"
                         "Ligue centrafricaine des droits de l\xE2\x80\x99Homme (LCDH) (RCA)\n"
                         "Ligue Sah\xC3\xA9lienne des Droits de l'Homme (LSDH)\nSahelian League for Human Rights (LSDH)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Association malienne des droits de l\xE2\x80\x99Homme");
    CHECK(s.signatories[2].acronym == std::optional<std::string>("LCDH"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("CF"));
}

TEST_CASE("layouts: a closer that says why, and a later header with a note, go on with the list") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Rights Centre\nBirchwood Watch\n"
                         "and 45 other organisations that have chosen not to be named for security reasons.\n\n"
                         "Additional signatories (added after publication)\nCoral Bay Forum\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    auto const t = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Rights Centre\nBirchwood Watch\n\n"
                         "We thank all those who supported this statement in difficult times.\n\n"
                         "Additional signatories (added after publication)\nCoral Bay Forum\nDune Press Club\n")
                       .statement;
    REQUIRE(t.signatories.size() == 4);
    CHECK(t.signatories[3].name == "Dune Press Club");
}

TEST_CASE("layouts: a handle or a bare web address after a signer is its link, not its name") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Institute for Democracy (AID) @AmberDemocracy\nBirchwood Watch\n"
                         "Coral Bay Diaspora Council (CBDC) \xE2\x80\x93 cbdc.org\nDune Solidarity Trust (dunesolidarity.ie)\n"
                         "Scholars at Risk Elmland @SARelmland\nIndex on Free Expression \xE2\x80\x94 indexfree.org\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[0].name == "Amber Institute for Democracy");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("AID"));
    CHECK(s.signatories[0].link == std::optional<std::string>("@AmberDemocracy"));
    CHECK(s.signatories[2].name == "Coral Bay Diaspora Council");
    CHECK(s.signatories[2].acronym == std::optional<std::string>("CBDC"));
    CHECK(s.signatories[3].name == "Dune Solidarity Trust");
    CHECK(s.signatories[4].name == "Scholars at Risk Elmland");
    CHECK(s.signatories[5].name == "Index on Free Expression");
    // A name that is a domain stays one ("epicenter.works").
    auto const t = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Rights Centre\nepicenter.works (Austria)\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[1].name == "epicenter.works");
}

TEST_CASE("layouts: people under a heading with a count, each with the acronym of the organisation they work for") {
    auto const s = parse("# Joint letter\n\nWe, the undersigned, urge the Council to act.\n\n"
                         "## Organisational signatories (2)\n\n1. Forum pour la Conscience et le D\xC3\xA9" "veloppement (FOCAM)\n"
                         "2. Ligue Amber\n\n## Individual signatories (2)\n\n1. Pacifique Ndayishimiye, FOCAM, Burundi\n"
                         "2. Armel Niyonkuru (ACAT-Amber)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[2].name == "Pacifique Ndayishimiye");
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.signatories[2].role == std::optional<std::string>("FOCAM"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("BI"));
    CHECK(s.signatories[3].name == "Armel Niyonkuru");
    CHECK(s.signatories[3].type == signatory_type::person);
}

TEST_CASE("layouts: an annex's label before the list's header ('Annex 1: List of signatories')") {
    for (auto const* header : {"Annex: list of signatories", "Annex 1: List of signatories", "Annex \xE2\x80\x93 List of signatories",
                               "ANNEX II: SIGNATORIES"}) {
        CAPTURE(header);
        auto const s = parse(std::string("Joint letter\n\nWe, the undersigned, urge the Council to act.\n\n") + header +
                             "\n\nAmber Rights Centre\nBirchwood Watch\n")
                           .statement;
        REQUIRE(s.signatories.size() == 2);
        CHECK(s.signatories[0].name == "Amber Rights Centre");
    }
}

TEST_CASE("layouts: a copy list under a key without its colon, and a page's latest statements, are no signers") {
    for (auto const* tail : {"CC\n- Mira Tallow, UN Special Rapporteur\n- Oren Vale, Ombudsperson\n",
                             "Copied to:\nMira Tallow, UN Special Rapporteur\n",
                             "Latest statements\n- Lakeshore: Release journalists\n- Amberland: Protect civilians\n",
                             "More from Amber Rights\n- Lakeshore: Release journalists\n"}) {
        CAPTURE(tail);
        auto const s = parse(std::string("Joint letter\n\nWe, the undersigned organisations, urge the Council to act.\n\n"
                                         "Signatories:\n\nAmber Rights Centre\nBirchwood Watch\nCoral Bay Forum\n\n") +
                             tail)
                           .statement;
        CHECK(s.signatories.size() == 3);
    }
}

TEST_CASE("layouts: a date and its time right under the headline, and a headline wrapped before a date") {
    for (auto const* dateline : {"12 March 2024, 14:20", "14:20, 12 March 2024", "12 March 2024, at 2 pm"}) {
        CAPTURE(dateline);
        auto const s = parse(std::string("Lakeshore: Release the detained journalists\n") + dateline +
                             "\n\nWe, the undersigned organisations, call for the release of the journalists.\n\n"
                             "Signatories:\nAmber Rights Centre\nBirchwood Watch\n")
                           .statement;
        REQUIRE(s.title.has_value());
        CHECK(s.title->text == "Lakeshore: Release the detained journalists");
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2024);
        CHECK(s.signatories.size() == 2);
    }
    auto const t = parse("Enforced disappearances of protesters detained following the\n25 June 2024 demonstrations\n\n"
                         "We, the undersigned organisations, call for the release of the protesters.\n")
                       .statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "Enforced disappearances of protesters detained following the 25 June 2024 demonstrations");
}

TEST_CASE("layouts: two names apart by a bar are two signers; a row's name and country, or a running line, are not") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Centre for Democracy (Lakeshore) | Bar Association Solidarity (Lakeshore)\n"
                         "Amber Rights Centre | Kenya\nCoral Bay Forum\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Centre for Democracy");
    CHECK(s.signatories[1].name == "Bar Association Solidarity");
    CHECK(s.signatories[3].name == "Coral Bay Forum");  // "Amber Rights Centre | Kenya" is one signer
}

TEST_CASE("layouts: people's names glued with commas on one line are a list of people") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\nSignatures:\n"
                         "Mira Tallow, Oren Vale, Jonas Fenn, Lena Amber (in detention), Ilya Birch\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "Oren Vale");
    CHECK(s.signatories[3].name == "Lena Amber");
    // A person and the parts of their role stay one signer.
    auto const t = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\nSignatures:\n"
                         "Mira Tallow, Director, Amber Rights Centre\n")
                       .statement;
    REQUIRE(t.signatories.size() == 1);
    CHECK(t.signatories[0].name == "Mira Tallow");
}

TEST_CASE("layouts: a humanitarian organisation whose name opens with a given name is an organisation") {
    auto const s = parse(with_signatories("Signatories:\nChristian Aid\nMira Tallow Relief\nHelen Birch Intl\nAmber Lantern Association\n"))
                       .statement;
    check_signatories(s, {org("Christian Aid"), org("Mira Tallow Relief"), org("Helen Birch Intl"), org("Amber Lantern Association")});
}

TEST_CASE("layouts: 'Issued by:' alone on its line heads the organisations that issue a press statement") {
    auto const s = parse(with_signatories("Issued by:\nAmber Lantern Association\nBirchwood Residents Trust\n")).statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Residents Trust"});
    // With its value on the line, it is the page's credit and no header.
    check_list_ends_before("Issued by: the Press Office of the Amber Lantern Association\n");
}

TEST_CASE("layouts: the lead signers over 'Together with:' or 'Endorsed by:' sign first") {
    auto const s = parse("Joint statement on the detained activists\n\n"
                         "We call on the Government of Lakeshore to release the detained activists.\n\n"
                         "Nordic Amber Rights Watch\nDanube Birchwood Helsinki Group\n\nEndorsed by:\n"
                         "Coral Bay Human Rights Forum\nDune Memory Project\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Nordic Amber Rights Watch");
    CHECK(s.signatories[1].name == "Danube Birchwood Helsinki Group");
    auto const t = parse("Joint appeal\n\nWe appeal to the European Union to include those responsible in its sanctions lists.\n\n"
                         "Civic Forum of Lakeshore (a coalition of 63 organisations)\nTogether with:\n"
                         "Tavria Amber Rights Group\nDonbas Birch Memory Project\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[0].name == "Civic Forum of Lakeshore");
    CHECK(t.signatories[2].name == "Donbas Birch Memory Project");
}

TEST_CASE("layouts: groups over a group's heading found for the list's header are the list's too") {
    // "National organisations:" names its signers, so it is found as the list's header; the
    // group above it, under a heading no table names, signs too.
    auto const s = parse("Joint statement on the land defenders of Lakeshore\n\n"
                         "We, the undersigned organisations, are alarmed by the killing of three land defenders.\n\n"
                         "We call on the authorities of Lakeshore to:\n\n"
                         "1. Investigate the killings promptly.\n2. Protect the families of the victims.\n\n"
                         "Regional networks:\n\nAmber Forum for Land Rights (AFLR)\nDanube Defenders Network\n\n"
                         "National organisations:\n\nLakeshore Human Rights Centre\nCoral Bay Farmers Union\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Forum for Land Rights");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("AFLR"));
    CHECK(s.signatories[1].name == "Danube Defenders Network");
    CHECK(s.signatories[3].name == "Coral Bay Farmers Union");
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].calls.size() == 2);
    // A heading that lists others in a sentence's words heads no group of signers.
    auto const v = parse("Joint statement on the banned organisations of Lakeshore\n\n"
                         "We, the undersigned organisations, condemn the cancellation of dozens of organisations.\n\n"
                         "We call on the authorities of Lakeshore to:\n\n1. Restore their legal status.\n2. Return their assets.\n\n"
                         "Organisations cancelled on 19 August include:\n\nAmber Centre for Human Rights\nBirchwood Women's Association\n\n"
                         "National organisations:\n\nLakeshore Human Rights Centre\nCoral Bay Farmers Union\n")
                       .statement;
    REQUIRE(v.signatories.size() == 2);
    CHECK(v.signatories[0].name == "Lakeshore Human Rights Centre");
    // A heading over people named in the text's prose is no group: a sentence stands between.
    auto const t = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\n"
                         "The detained activists are:\n\nMira Tallow\nJonas Fenn\n\n"
                         "They were taken from their homes at night and have not been seen since.\n\n"
                         "National organisations:\n\nLakeshore Human Rights Centre\nCoral Bay Farmers Union\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[0].name == "Lakeshore Human Rights Centre");
}

TEST_CASE("layouts: a group's heading whose last words name it, and one in capitals ('ENDORSED IN PERSONAL CAPACITY')") {
    for (auto const* heading : {"Endorsed in personal capacity", "ENDORSED IN PERSONAL CAPACITY"}) {
        CAPTURE(heading);
        auto const s = parse(std::string("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\n"
                                         "SIGNATORY ORGANISATIONS\nAmber Rights Centre\nBirchwood Watch, Norway\n\n") +
                             heading + "\nProf. Dr. Mira Tallow, Professor of Law, University of Seeburg\n"
                                       "Jonas Fenn, former Member of the European Parliament\n")
                           .statement;
        REQUIRE(s.signatories.size() == 4);
        CHECK(s.signatories[2].name == "Prof. Dr. Mira Tallow");
        CHECK(s.signatories[2].type == signatory_type::person);
        CHECK(s.signatories[3].name == "Jonas Fenn");
        CHECK(s.signatories[3].role == std::optional<std::string>("former Member of the European Parliament"));
    }
    // A name in capitals among names in capitals heads nothing.
    auto const t = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\nSignatories:\n"
                         "AMBER RIGHTS CENTRE\nNETWORK OF HUMAN RIGHTS DEFENDERS\nBIRCHWOOD WATCH\n")
                       .statement;
    CHECK(t.signatories.size() == 3);
}

TEST_CASE("layouts: 'Name (Country), role' and a last entry's full stop after its parentheses") {
    auto const s = parse("D\xC3\xA9" "claration commune\n\nNous, organisations et personnes signataires, condamnons la "
                         "dissolution de l'association Horizon.\n\nSignataires :\n"
                         "Alain Ambre (Cameroun), juriste\nClaire Bouleau (France), avocate\n"
                         "Ligue des droits humains de Port-Ambre (Cameroun)\nBureau du Pont (Kazakhstan).\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Alain Ambre");
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.signatories[0].role == std::optional<std::string>("juriste"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("CM"));
    CHECK(s.signatories[3].name == "Bureau du Pont");
    CHECK(s.signatories[3].country_code == std::optional<std::string>("KZ"));
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: counts of signers, a signing page's buttons and a photo's credit are no signers") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Rights Centre\nBirchwood Watch\nCoral Bay Forum\n+ 45 more organisations\n\n"
                         "Plus 37 individual signatories\n\nTotal: 47 organisations from 19 countries\n\n"
                         "Sign this petition\nAdd your name\n\nPhoto: Amber Press / archive\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    // A name that opens with a number writes its next word with a capital.
    auto const t = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Rights Centre\n100 Women Network\n8 March Coalition\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[1].name == "100 Women Network");
}

TEST_CASE("layouts: a page's date with several parts of chrome, its category, or a later change after it") {
    auto const date_of = [](std::string const& line) {
        auto const s = parse("Joint statement on the arrests\n\n" + line +
                             "\n\nWe, the undersigned organisations, condemn the arrests of activists in Port Amber.\n\n"
                             "Signatories:\nAmber Rights Centre\nBirchwood Watch\n")
                           .statement;
        return s.date ? s.date->year * 10000 + s.date->month * 100 + s.date->day : 0;
    };
    CHECK(date_of("Published: 14 March 2023 | By Communications Team | 4 min read") == 20230314);
    CHECK(date_of("Posted by Mira Tallow on 3 April 2024 in Joint statements | 2 Comments") == 20240403);
    CHECK(date_of("Posted on 3 April 2024 in News") == 20240403);
    CHECK(date_of("Publi\xC3\xA9 le 3 f\xC3\xA9vrier 2024 \xE2\x80\x93 Mis \xC3\xA0 jour le 5 f\xC3\xA9vrier 2024") == 20240203);
    CHECK(date_of("Published 14 March 2023, updated 15 March 2023") == 20230314);
    CHECK(date_of("Port Amber, 3 March 2026 (updated 10 March 2026)") == 20260303);
    CHECK(date_of("Published: 12 February 2024\nLast updated: 19 February 2024") == 20240212);
    // A change's date alone is the only date there is.
    CHECK(date_of("Last updated: 19 February 2024") == 20240219);
}

TEST_CASE("layouts: a dateline of several towns, and a reference line, with the year's own word after the date") {
    auto const date_of = [](std::string const& line) {
        auto const s = parse("\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xBC\xD0\xB5\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE\xD0\xB5 "
                             "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n" + line +
                             "\n\n\xD0\x9C\xD1\x8B, \xD0\xBD\xD0\xB8\xD0\xB6\xD0\xB5\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1"
                             "\x81\xD0\xB0\xD0\xB2\xD1\x88\xD0\xB8\xD0\xB5\xD1\x81\xD1\x8F \xD0\xBE\xD1\x80\xD0\xB3\xD0\xB0\xD0"
                             "\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8, \xD0\xBE\xD1\x81\xD1\x83\xD0\xB6\xD0\xB4\xD0"
                             "\xB0\xD0\xB5\xD0\xBC \xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD0"
                             "\xB5 \xD0\xB0\xD0\xBA\xD1\x82\xD0\xB8\xD0\xB2\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2.\n")
                           .statement;
        return s.date ? s.date->year * 10000 + s.date->month * 100 + s.date->day : 0;
    };
    // "Янтарск – Берёзово, 5 декабря 2026 года", "Исх. № 45/12 от 5 декабря 2026 г."
    CHECK(date_of("\xD0\xAF\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD1\x81\xD0\xBA \xE2\x80\x93 \xD0\x91\xD0\xB5\xD1\x80\xD1\x91"
                  "\xD0\xB7\xD0\xBE\xD0\xB2\xD0\xBE, 5 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F 2026 "
                  "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0") == 20261205);
    CHECK(date_of("\xD0\x98\xD1\x81\xD1\x85. \xE2\x84\x96 45/12 \xD0\xBE\xD1\x82 5 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1"
                  "\xD1\x80\xD1\x8F 2026 \xD0\xB3.") == 20261205);
}

TEST_CASE("layouts: a country's heading without a colon ('### Belarus', 'UKRAINE') over a run of items heads its group") {
    auto const s = parse("# Joint statement\n\nWe, the undersigned organisations, call on the authorities of Lakeshore to "
                         "release all political prisoners.\n\n## Signatories\n\n### Belarus\n\n"
                         "- Amber Rights Centre\n- Birchwood Association of Free Journalists\n- Coral Lawyers Initiative\n\n"
                         "### Lithuania\n\n- Dune Solidarity Hub\n\n"
                         "Subscribe to our newsletter \xC2\xB7 Privacy policy \xC2\xB7 \xC2\xA9 Amber 2026\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    for (std::size_t i = 0; i < 3; ++i) CHECK(s.signatories[i].country_code == std::optional<std::string>("BY"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("LT"));
    CHECK(s.unrecognised.empty());
    auto const t = parse("Joint statement\n\nWe call on the Government of Lakeshore to release the detained activists.\n\n"
                         "UKRAINE\n- Amber Centre 1\n- Amber Centre 2\n- Amber Centre 3\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[2].country_code == std::optional<std::string>("UA"));
}

TEST_CASE("layouts: a footnote's mark after a name ('¹', '[1]') is none of it, and the note under the list dates nothing") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Caspian Amber Network\xC2\xB9\nYouth for Birchwood Justice [1]\nCoral Horizon (Georgia)\xC2\xB2\n"
                         "Amber Rights Centre\n\n\xC2\xB9 Joined on 5 March 2026.\n\xC2\xB2 Observer.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Caspian Amber Network");
    CHECK(s.signatories[1].name == "Youth for Birchwood Justice");
    CHECK(s.signatories[2].name == "Coral Horizon");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("GE"));
    CHECK_FALSE(s.date.has_value());
    CHECK(s.unrecognised.empty());
    // from a PDF, the superscript lost: the number glued to the acronym's parenthesis
    auto const t = parse(with_signatories("Amber Institute for Rights Studies (AIRS)1\nBirchwood Initiative (BI)12\n"
                                          "Coral Bay Forum (CBF)*\nDune Press Centre\n"))
                       .statement;
    check_signatories(t, {{"Amber Institute for Rights Studies", "AIRS", nullptr, nullptr, nullptr, signatory_type::organisation},
                          {"Birchwood Initiative", "BI", nullptr, nullptr, nullptr, signatory_type::organisation},
                          {"Coral Bay Forum", "CBF", nullptr, nullptr, nullptr, signatory_type::organisation},
                          org("Dune Press Centre")});
}

TEST_CASE("layouts: a footnote's mark between an acronym and the country after it leaves the country the signer's") {
    auto const s = parse(with_signatories("Signatories:\nAmber Centre for Media Freedom (ACMF)*, Armenia\n"
                                          "Birchwood Justice Centre (BJC)[3], Peru\n"
                                          "Coral Bay Forum (CBF)\xC2\xB9 \xE2\x80\x93 Georgia\nDune Press Foundation*, Kazakhstan\n"))
                       .statement;
    check_signatories(s, {org("Amber Centre for Media Freedom", "ACMF", "Armenia", "AM"),
                          org("Birchwood Justice Centre", "BJC", "Peru", "PE"), org("Coral Bay Forum", "CBF", "Georgia", "GE"),
                          org_in("Dune Press Foundation", "Kazakhstan", "KZ")});
}

TEST_CASE("layouts: a letterhead (a name over its address and contacts) is no headline") {
    auto const s = parse("AMBER CIVIC RIGHTS ASSOCIATION\n050012, Port Amber, 118 Birch Street, office 4\n"
                         "Tel.: +7 727 255 41 90, e-mail: info@amber.example\n\n"
                         "JOINT STATEMENT\non the detention of peaceful protesters in Port Amber\n\n"
                         "We, the undersigned organisations, are deeply concerned by the mass detentions of protesters.\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text.find("AMBER CIVIC RIGHTS") == std::string::npos);
    CHECK(s.title->text.find("detention of peaceful protesters") != std::string::npos);
}

TEST_CASE("layouts: a dateline before the headline on its line is none of it; a date after it dates the text") {
    auto const parsed = [](std::string const& headline) {
        return parse(headline + "\n\nWe, the undersigned organisations, call on the authorities of Lakeshore to release the "
                                "jailed journalists of the Amber Gazette.\n\nSignatories:\nAmber Rights Centre\nBirchwood Watch\n")
            .statement;
    };
    auto const dateline = parsed("PORT AMBER, 6 March 2026 \xE2\x80\x93 Lakeshore must release the jailed journalists");
    REQUIRE(dateline.title.has_value());
    CHECK(dateline.title->text == "Lakeshore must release the jailed journalists");
    REQUIRE(dateline.date.has_value());
    CHECK(dateline.date->day == 6);
    auto const page = parsed("12.02.2026 | Lakeshore must release the jailed journalists");
    CHECK(page.title->text == "Lakeshore must release the jailed journalists");
    auto const after = parsed("Lakeshore must release the jailed journalists | 12 February 2026");
    CHECK(after.title->text == "Lakeshore must release the jailed journalists | 12 February 2026");
    REQUIRE(after.date.has_value());
    CHECK(after.date->month == 2);
}

TEST_CASE("layouts: a signature of four lines, name, role, organisation and town") {
    auto const s = parse("Open letter to the Minister of the Interior\n\nDear Minister,\n\n"
                         "We write to urge you to release the detained activists of the Amber movement.\n\nSincerely,\n\n"
                         "Anna Novak\nDirector\nAmber Refugee Council\nPort-Amber\n\n"
                         "Jens Holm\nSecretary General\nBirchwood Migrant Rights Network\nLyon\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].role == std::optional<std::string>("Director, Amber Refugee Council"));
    CHECK(s.signatories[0].place == std::optional<std::string>("Port-Amber"));
    CHECK(s.signatories[1].place == std::optional<std::string>("Lyon"));
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: one name that shows what it is, under the text's last sentence, is its one signer") {
    auto const text = [](std::string const& last) {
        return parse("Statement on the arrest of journalists in Lakeshore\n\n5 March 2026\n\n"
                     "We are deeply concerned by the arrest of three journalists in Port Amber on 2 March 2026.\n\n"
                     "We call on the authorities of Lakeshore to release them and drop all charges.\n\n" + last + "\n")
            .statement;
    };
    auto const org = text("Amber Civic Platform (ACP)");
    REQUIRE(org.signatories.size() == 1);
    CHECK(org.signatories[0].acronym == std::optional<std::string>("ACP"));
    auto const person = text("Maria Petrova, Chair of the Amber Human Rights Centre");
    REQUIRE(person.signatories.size() == 1);
    CHECK(person.signatories[0].type == signatory_type::person);
    CHECK(text("Started by Amber Rights Centre").signatories.empty());
    CHECK(text("Read more about our work").signatories.empty());
}

TEST_CASE("layouts: a region's heading and a group's heading of four or five words head their signers") {
    auto const s = parse("Joint letter to the Human Rights Council\n\nExcellencies,\n\nWe, the undersigned organisations, "
                         "urge you to renew the mandate of the Special Rapporteur.\n\nSincerely,\n\n"
                         "Global and regional organisations\nAmber International (AI)\nBirchwood Global Network\n\n"
                         "Europe\nCoral Rights Centre (France)\n\nAsia-Pacific\nDune Foundation (India)\n\n"
                         "Latin America and the Caribbean\nElm Collective\n\n"
                         "Additional signatories (added after publication)\nFern Centre (Peru)\n"
                         "Collectif des associations citoyennes (CAC)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 7);
    CHECK(s.signatories[0].name == "Amber International");
    CHECK(s.signatories[3].country_code == std::optional<std::string>("IN"));
    CHECK(s.signatories[4].name == "Elm Collective");
    CHECK_FALSE(s.signatories[4].country.has_value());
    CHECK(s.signatories[6].acronym == std::optional<std::string>("CAC"));
}

TEST_CASE("layouts: 'Name – Country' after an abbreviation's full stop, and two countries after a dash") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the pushbacks.\n\nSignatories:\n"
                         "Amber Migrantes Lux \xE2\x80\x93 Luxembourg\nBirchwood Fluchtrat e.V. \xE2\x80\x93 Germany\n"
                         "Coral Rescue Inc. \xE2\x80\x93 United States\nDune Rescue at Sea \xE2\x80\x93 Italy / Malta\n"
                         "Elm Migrant Service \xE2\x80\x93 Malta\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "Birchwood Fluchtrat e.V.");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("DE"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("US"));
    CHECK(s.signatories[3].name == "Dune Rescue at Sea");
    CHECK(s.signatories[3].country == std::optional<std::string>("Italy / Malta"));
    CHECK_FALSE(s.signatories[3].country_code.has_value());
    CHECK(s.signatories[4].country_code == std::optional<std::string>("MT"));
}

TEST_CASE("layouts: the conjunction before the list's last entry ('(Kenya); and', '(Kenya), and') is none of an entry") {
    for (std::string const glue : {"; and", ", and"}) {
        auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                             "Amber Rights Watch (Uganda)" + glue.substr(0, 1) + "\nBirchwood Partners Kenya (Kenya)" + glue +
                             "\nCoral Justice Collective (USA).\n")
                           .statement;
        CAPTURE(glue);
        REQUIRE(s.signatories.size() == 3);
        CHECK_FALSE(s.signatories[1].acronym.has_value());
        CHECK(s.signatories[1].country_code == std::optional<std::string>("KE"));
        CHECK(s.signatories[2].country_code == std::optional<std::string>("US"));
        CHECK(s.unrecognised.empty());
    }
}

TEST_CASE("layouts: a place of several words after an acronym ('(ACR), Ciudad de México', '(ACR) - New York')") {
    auto const s = parse("Pronunciamiento\n\nLas organizaciones firmantes exigimos la liberaci\xC3\xB3n de los defensores.\n\n"
                         "Firman:\nCentro Amber (CA), Ciudad de M\xC3\xA9xico\nRed Birchwood (RB) - New York\n"
                         "Asociaci\xC3\xB3n Coral (APD), Baia Mare\nFundar Norte\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].place == std::optional<std::string>("Ciudad de M\xC3\xA9xico"));
    CHECK(s.signatories[1].place == std::optional<std::string>("New York"));
    CHECK(s.signatories[2].acronym == std::optional<std::string>("APD"));
    CHECK(s.signatories[3].name == "Fundar Norte");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a later group's header glued to its people, a comma after parentheses, and Polish degree titles") {
    auto const s = parse("Pronunciamiento\n\nLas organizaciones firmantes exigimos la liberaci\xC3\xB3n de los defensores.\n\n"
                         "Firman:\nCentro Amber de Derechos Humanos\nAsociaci\xC3\xB3n Coral (ACA), Estado espa\xC3\xB1ol\n\n"
                         "Adhesiones personales: Nora Amber (Madres de Plaza Coral), Adolfo Birch (Premio Nobel de la Paz), "
                         "Luc\xC3\xAD" "a Cedro, diputada provincial\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].place == std::optional<std::string>("Estado espa\xC3\xB1ol"));
    CHECK(s.signatories[3].name == "Adolfo Birch");
    CHECK(s.signatories[4].name == "Luc\xC3\xAD" "a Cedro");
    CHECK(s.signatories[4].type == signatory_type::person);
    auto const t = parse("Apel\n\nApelujemy do w\xC5\x82" "adz o wycofanie projektu.\n\nSygnatariusze:\n"
                         "mgr Tomasz Bursztyn \xE2\x80\x93 przewodnicz\xC4\x85" "cy Rady Gminy Bursztynowo\n"
                         "Prof. Dr. Anna Berg (Germany), University of Vell\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[0].type == signatory_type::person);
    CHECK(t.signatories[1].role == std::optional<std::string>("University of Vell"));
    CHECK(t.signatories[1].country_code == std::optional<std::string>("DE"));
}

TEST_CASE("layouts: a letter's copy list ('Cc:', 'C.c.p.:', 'Con copia a:') names no signers") {
    auto const s = parse("Open letter to the Minister of Justice\n\nDear Minister,\n\nWe urge you to release the detained "
                         "lawyers.\n\nSincerely,\n\nAmber Rights Centre\nBirchwood Watch\n\nCc:\nThe President of Lakeshore\n"
                         "The Ombudsperson of Lakeshore\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.unrecognised.empty());
    auto const t = parse("Carta abierta\n\nSe\xC3\xB1or Presidente:\n\nLe solicitamos liberar a los defensores detenidos.\n\n"
                         "Atentamente,\n\nCentro Amber\nRed Birchwood\n\nC.c.p.: Comisi\xC3\xB3n Nacional de Derechos Humanos\n"
                         "Con copia a: Oficina del Alto Comisionado\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[1].name == "Red Birchwood");
}

TEST_CASE("layouts: a copy list under 'Copia:' or a blind copy's 'Bcc:' names no signers") {
    for (char const* key : {"Copia:", "Bcc:", "BCC:", "C.c.o.:"}) {
        CAPTURE(key);
        auto const input = std::string("Carta abierta a Andalco\n\nExigimos a Andalco reintegrar a los trabajadores despedidos.\n\n"
                                       "Atentamente,\n\nCentro Amber, Ecuador\nRed Birchwood, Espa\xC3\xB1" "a\n\n") +
                           key + "\nMinisterio del Trabajo de Lakeshore\nOficina de la OIT para Lakeshore\n";
        auto const s = parse(input).statement;
        CHECK(names_of(s) == std::vector<std::string>{"Centro Amber", "Red Birchwood"});
    }
}

TEST_CASE("layouts: a copy list whose key is cut short with a full stop ('Cc. A; B.') names no signers") {
    auto const s = parse("Carta abierta\n\nSe\xC3\xB1or Presidente:\n\nLe solicitamos proteger a los l\xC3\xAD" "deres sociales.\n\n"
                         "Atentamente,\n\nCentro Amber\nRed Birchwood\n\n"
                         "Cc. Defensor\xC3\xAD" "a del Pueblo de Lakeshore; Misi\xC3\xB3n de Verificaci\xC3\xB3n en Lakeshore.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Centro Amber", "Red Birchwood"});
}

TEST_CASE("layouts: a PDF's 'Name – Country' wrapped before its country gives the country to the name above") {
    // The dash at the end of the name's line, or opening the country's.
    for (char const* wrapped : {"Association for Human Rights in Coral Asia \xE2\x80\x93\nFrance\n",
                                "Association for Human Rights in Coral Asia\n\xE2\x80\x93 France\n"}) {
        CAPTURE(wrapped);
        auto const s = parse(with_signatories(std::string("Signed by:\nAmber Civic Initiatives Centre \xE2\x80\x93 Uzbekistan\n") +
                                              wrapped + "Birchwood Rights Bureau \xE2\x80\x93 Kazakhstan\n"))
                           .statement;
        check_signatories(s, {org_in("Amber Civic Initiatives Centre", "Uzbekistan", "UZ"),
                              org_in("Association for Human Rights in Coral Asia", "France", "FR"),
                              org_in("Birchwood Rights Bureau", "Kazakhstan", "KZ")});
    }
}

TEST_CASE("layouts: French 'Name – Country' entries whose country has its own lower-case word, or a region between") {
    // "Côte d'Ivoire" after the dash makes no sentence of a long name in lower case; "Afrique de
    // l'Ouest" between two dashes is the name's region, not a signer of its own.
    auto const s = parse("D\xC3\xA9" "claration\n\nNous demandons le r\xC3\xA9tablissement d'Internet.\n\n"
                         "Signataires :\nAssociation des blogueurs de Birchwood (ABB) \xE2\x80\x93 Guin\xC3\xA9" "e\n"
                         "Amber sans fronti\xC3\xA8res Afrique de l'Ouest \xE2\x80\x93 C\xC3\xB4te d'Ivoire\n"
                         "Coalition Coral \xE2\x80\x93 Afrique de l'Ouest \xE2\x80\x93 R\xC3\xA9gional\n"
                         "R\xC3\xA9seau Dune du Sahel \xE2\x80\x93 Burkina Faso\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Amber sans fronti\xC3\xA8res Afrique de l'Ouest");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("CI"));
    CHECK(s.signatories[2].name == "Coalition Coral \xE2\x80\x93 Afrique de l'Ouest");
    CHECK(s.signatories[2].country_code == std::nullopt);
    CHECK(s.unrecognised.empty());
}

TEST_CASE("layouts: a blog's links to its other posts and a press contact under the list end it (pl, ro)") {
    // "Powiązane wpisy" / the posts' titles; "Pentru mai multe informații: presa@… | 0700 000 000".
    auto const pl = parse("Apel w sprawie dziennikarzy\n\nApelujemy do rz\xC4\x85" "du o uwolnienie dziennikarzy.\n\n"
                          "Sygnatariusze:\nFundacja Amber\nStowarzyszenie Birch\nPowi\xC4\x85zane wpisy\n"
                          "Raport o wolno\xC5\x9B" "ci medi\xC3\xB3w\nInformacje dla medi\xC3\xB3w: tel. 600 000 000\n")
                        .statement;
    CHECK(names_of(pl) == std::vector<std::string>{"Fundacja Amber", "Stowarzyszenie Birch"});
    auto const ro = parse("Declara\xC8\x9Bie comun\xC4\x83\n\nSolicit\xC4\x83m Guvernului s\xC4\x83 retrag\xC4\x83 proiectul "
                          "de lege.\n\nSemnatari:\nAsocia\xC8\x9Bia Amber\nFunda\xC8\x9Bia Birch\n\n"
                          "Pentru mai multe informa\xC8\x9Bii: presa@amber.example | 0700 000 000\n"
                          "Persoan\xC4\x83 de contact: Mira Tallow\n")
                        .statement;
    CHECK(names_of(ro) == std::vector<std::string>{"Asocia\xC8\x9Bia Amber", "Funda\xC8\x9Bia Birch"});
}

TEST_CASE("layouts: a breadcrumb apart by slashes after a chrome phrase is no headline") {
    auto const s = parse("Strona g\xC5\x82\xC3\xB3wna / Aktualno\xC5\x9B" "ci / Apel w sprawie praworz\xC4\x85" "dno\xC5\x9B" "ci\n\n"
                         "Apel w sprawie praworz\xC4\x85" "dno\xC5\x9B" "ci\n\nApelujemy do rz\xC4\x85" "du o wycofanie projektu "
                         "ustawy.\n\nSygnatariusze:\nFundacja Amber\nStowarzyszenie Birch\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Apel w sprawie praworz\xC4\x85" "dno\xC5\x9B" "ci");
}

TEST_CASE("layouts: a headline whose places a slash parts, with no chrome phrase before it, is the headline") {
    auto const s = parse("Pelham Vale / Amber Coast: free the journalists of the Saltmarsh Gazette\n12 May 2026\n"
                         "We, the undersigned organisations, call on the authorities of Pelham Vale and Amber Coast to free the "
                         "journalists of the Saltmarsh Gazette.\n\nSignatories:\nSaltmarsh Press Union (Pelham Vale)\n"
                         "Amber Lantern Association (Georgia)\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Pelham Vale / Amber Coast: free the journalists of the Saltmarsh Gazette");
    auto const t = parse("Home / News / Joint statement on the Saltmarsh Gazette\n"
                         "Joint statement on the closure of the Saltmarsh Gazette\n12 May 2026\n"
                         "We, the undersigned organisations, call on the regional administration of Pelham Vale to let the "
                         "Saltmarsh Gazette publish again.\n\nSignatories:\nSaltmarsh Press Union (Pelham Vale)\n"
                         "Amber Lantern Association (Georgia)\n")
                       .statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "Joint statement on the closure of the Saltmarsh Gazette");
}

TEST_CASE("layouts: a comma list of four names or more whose first has a person's shape, and a long name in it") {
    auto const s = parse("Offener Brief\n\nWir fordern die Landesregierung auf, die Abschiebungen zu stoppen.\n\n"
                         "Mitzeichnende Organisationen:\nAmber Kassel, Refugee Law Clinic Birchwood, Coral Jugend Netz, "
                         "Dune Hilft e.V.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Kassel");
    auto const t = parse("Pronunciamiento\n\nExigimos al Gobierno de Lakeshore proteger a los l\xC3\xAD" "deres sociales.\n\n"
                         "Firman:\nRed Amber, Red Nacional de Mujeres Defensoras de Derechos Humanos del Pac\xC3\xAD" "fico "
                         "Birchwood, Coordinaci\xC3\xB3n Coral\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    // A person with an affiliation of several parts stays one signer.
    auto const u = parse("Open letter\n\nWe, the undersigned, ask the university to drop the charges.\n\nSignatories:\n"
                         "AMBRE Camille, CNRS, CERAPS, Universit\xC3\xA9 de Lille\nDr. Helen Birch, MD, MPH, Coral University, Nairobi\n")
                       .statement;
    REQUIRE(u.signatories.size() == 2);
    CHECK(u.signatories[0].type == signatory_type::person);
}

TEST_CASE("layouts: a PDF's running header without the page's number, beside a page's number, is furniture") {
    auto const s = parse("Joint Letter to the Amber Chairmanship on the Human Dimension Meeting\n\n"
                         "Port Amber, 2 October 2023\n\nExcellency,\n\nWe, the undersigned organisations, urge you to keep "
                         "the meeting open to civil society.\n\nRespectfully,\n\n"
                         "Joint Letter to the Amber Chairmanship \xE2\x80\x93 October 2023\nPage 2 of 3\n"
                         "Signatories:\n\nAmber Helsinki Committee (Albania)\nBirchwood Lawyers (Azerbaijan)\n\n"
                         "Joint Letter to the Amber Chairmanship \xE2\x80\x93 October 2023\nPage 3 of 3\n"
                         "Coral Centre for Civic Action (Serbia)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].country_code == std::optional<std::string>("RS"));
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 2);
}

TEST_CASE("layouts: a tab table's column of row numbers, and a table's column of individuals") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\n"
                         "1\tAmber Centre for Civic Rights\tKenya\n2\tBirchwood Watch\tUganda\n3\tCoral Forum\tTanzania\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Centre for Civic Rights");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("TZ"));
    auto const t = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\n"
                         "| # | Individual | Affiliation | Country |\n|---|---|---|---|\n"
                         "| 1 | Adaeze Amber | Human rights lawyer | Nigeria |\n| 2 | Moses Birch | Journalist | Malawi |\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[0].name == "Adaeze Amber");
    CHECK(t.signatories[1].country_code == std::optional<std::string>("MW"));
}

TEST_CASE("layouts: a table's country column that gives ISO codes alone") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\n"
                         "| # | Organisation | Country |\n|---|---|---|\n| 1 | Amber Human Rights Centre | KG |\n"
                         "| 2 | Birchwood Legal Clinic | KZ |\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].country == std::optional<std::string>("KG"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("KG"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("KZ"));
}

TEST_CASE("layouts: a blog's comments, post footer and sidebar under the list are its footer") {
    auto const r = parse("Open letter to the Amber Prime Minister\n\nPosted on 2 November 2026 by Editor\n\n"
                         "Dear Prime Minister, we, the undersigned organisations, urge you to free the journalists.\n\n"
                         "Amber Lantern Association, Armenia\nBirchwood Institute for Civic Rights, Poland\n\n"
                         "4 Comments\n\nMira Tallow\nNovember 3, 2026 at 11:02 am\nAn important letter.\n\nReply\n\n"
                         "Recent Posts\nCoral Bay tenants win their case\nFiled under: Letters\n");
    auto const& s = r.statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Birchwood Institute for Civic Rights");
    // The comment's date is the comment's, not the letter's.
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 2);
    auto const french = parse("Lettre ouverte\n\nNous, organisations soussign\xC3\xA9" "es, demandons la lib\xC3\xA9ration des militants.\n\n"
                              "Signataires :\nLigue Amber des droits, France\nCollectif Birchwood, Belgique\n\n"
                              "Mots-cl\xC3\xA9s : libert\xC3\xA9s, surveillance\nArticles similaires\nSoutenez-nous\n")
                            .statement;
    CHECK(french.signatories.size() == 2);
}

TEST_CASE("layouts: one name signed from several countries is several signers; named again without one, once") {
    auto const r = parse("Joint statement\n\nWe, the undersigned organisations, demand the journalists' release.\n\n"
                         "Signed by:\nAmber Helsinki Committee (Poland)\nAmber Helsinki Committee (Moldova)\n"
                         "Birchwood Watch\nAmber Helsinki Committee\n");
    auto const& s = r.statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].country_code == std::optional<std::string>("PL"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("MD"));
    CHECK(s.signatories[2].name == "Birchwood Watch");
    bool noted = false;
    for (auto const& d : r.diagnostics) noted = noted || d.code == "signatory.repeated";
    CHECK(noted);
}

TEST_CASE("layouts: one name with another acronym, place or country than its first entry is another signer") {
    // The network with its acronym, and its branch with its country: two entries, each its own.
    auto const s = parse(with_signatories("Signed:\nYouth Initiative for Civic Rights (YICR)\nAmber Lantern Association\n"
                                          "Youth Initiative for Civic Rights (Kosovo)\n"))
                       .statement;
    check_signatories(s, {org("Youth Initiative for Civic Rights", "YICR"), org("Amber Lantern Association"),
                          org_in("Youth Initiative for Civic Rights", "Kosovo", "XK")});
    // Named again with nothing added, or adding to what the first says, it is the first again.
    auto const again = parse(with_signatories("Signed:\nYouth Initiative for Civic Rights (YICR)\nAmber Lantern Association\n"
                                              "Youth Initiative for Civic Rights\nYouth Initiative for Civic Rights (YICR), Kosovo\n"))
                           .statement;
    CHECK(again.signatories.size() == 2);
}

TEST_CASE("layouts: a person named with the acronym of an organisation above is not that organisation named again") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, demand the journalists' release.\n\n"
                         "Signed by: National Alliance of Rural Movements (NARM); Birchwood Institute (BI).\n\n"
                         "And the following individuals: Oren Vale; Mira Tallow (NARM); Ilse Marten.\n")
                       .statement;
    auto const names = names_of(s);
    CHECK(std::count(names.begin(), names.end(), "Mira Tallow") == 1);
    CHECK(names.size() == 5);
}

TEST_CASE("layouts: signers who give no name, twice from one country, are two signers, not one named twice") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, demand the journalists' release.\n\n"
                         "Signed by:\nAmber Lantern Association (Myanmar)\nAnonymous organisation (Myanmar)\n"
                         "Anonymous organisation (Myanmar)\nName withheld, Myanmar\nName withheld, Myanmar\n"
                         "Organisation anonyme (Myanmar)\nOrganisation anonyme (Myanmar)\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Anonymous organisation", "Anonymous organisation",
                                                  "Name withheld", "Name withheld", "Organisation anonyme", "Organisation anonyme"});
}

TEST_CASE("layouts: a withheld mark in square brackets where the name would stand is a signer, and the list goes on") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Lantern Association\n"
                                          "[Withheld] Women's Group, Kestrel Bay\n"
                                          "[Name withheld], Myanmar\n"
                                          "[Name withheld]\n"
                                          "Birchwood Institute for Civic Rights\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association"), org("[Withheld] Women's Group, Kestrel Bay"),
                          org_in("[Name withheld]", "Myanmar", "MM"), org("[Name withheld]"),
                          org("Birchwood Institute for Civic Rights")});
    // A note in square brackets that withholds nothing opens no signer ("[Read the letter]").
    check_list_ends_before("[Read the letter]\n[Download the PDF]\n");
}

TEST_CASE("layouts: a name that opens with a word some language has for a title, but holds an organisation word, is an organisation's") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Pan Amber Lawyers Union (PALU)\n"
                                          "Sister Cities Network of Birchwood\n"
                                          "Dr. Mira Tallow\n"
                                          "Pan Oren Vale\n"
                                          "Prof Oren Vale University of Birchwood\n"))
                       .statement;
    check_signatories(s, {org("Pan Amber Lawyers Union", "PALU"), org("Sister Cities Network of Birchwood"), person("Dr. Mira Tallow"),
                          person("Pan Oren Vale"), person("Prof Oren Vale University of Birchwood")});
}

TEST_CASE("layouts: a name of a person's shape that ends in a country's names an organisation, and its parentheses are no role") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Suara Rakyat Malaysia (Voice of the People Malaysia)\n"
                                          "Birchwood Institute for Civic Rights\n"
                                          "Mira Tallow (Amber Lantern Association)\n"))
                       .statement;
    check_signatories(s, {org("Suara Rakyat Malaysia (Voice of the People Malaysia)"), org("Birchwood Institute for Civic Rights"),
                          person("Mira Tallow", "Amber Lantern Association")});
}

TEST_CASE("layouts: a signature that opens with a title in lower case, under a name and its role") {
    // "проф. А. В. Соколов" under "Л. М. Иванова, член … группы": the next signer, not the role's end.
    auto const s = parse("\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n"
                         "\xD0\x9C\xD1\x8B \xD1\x82\xD1\x80\xD0\xB5\xD0\xB1\xD1\x83\xD0\xB5\xD0\xBC "
                         "\xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C "
                         "\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\xD0\xB0.\n\n"
                         "\xD0\x9B. \xD0\x9C. \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0, "
                         "\xD1\x87\xD0\xBB\xD0\xB5\xD0\xBD \xD0\x90\xD0\xBC\xD0\xB1\xD0\xB5\xD1\x80\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 "
                         "\xD0\xA5\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD0\xB8\xD0\xBD\xD0\xBA\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 "
                         "\xD0\xB3\xD1\x80\xD1\x83\xD0\xBF\xD0\xBF\xD1\x8B\n"  // Л. М. Иванова, член Амберской Хельсинкской группы
                         "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x84. \xD0\x90. \xD0\x92. \xD0\xA1\xD0\xBE\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2, "
                         "\xD0\xB4\xD0\xBE\xD0\xBA\xD1\x82\xD0\xBE\xD1\x80 \xD1\x8E\xD1\x80\xD0\xB8\xD0\xB4\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD0\xBA\xD0\xB8\xD1\x85 "
                         "\xD0\xBD\xD0\xB0\xD1\x83\xD0\xBA\n"  // проф. А. В. Соколов, доктор юридических наук
                         "\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80 \xD0\x9A\xD1\x83\xD0\xB7\xD0\xBD\xD0\xB5\xD1\x86\xD0\xBE\xD0\xB2, "
                         "\xD0\xB0\xD0\xB4\xD0\xB2\xD0\xBE\xD0\xBA\xD0\xB0\xD1\x82\n")  // Петр Кузнецов, адвокат
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[1].type == signatory_type::person);
    CHECK(s.signatories[1].name.find("\xD0\xA1\xD0\xBE\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2") != std::string::npos);
}

TEST_CASE("layouts: a PDF's page break between two demands; the list goes on on the next page") {
    auto const s = parse("Joint statement on detention at the border\n\nWe, the undersigned organisations, are concerned about "
                         "the new decree.\n\nWe urge the Minister of the Interior to:\n\n1. Withdraw the draft decree;\n"
                         "2. Open a public consultation;\nAmber Rights Watch            Page 2 of 3\n"
                         "3. Guarantee free legal aid to every detained asylum seeker.\n\nSigned:\n\n"
                         "Amber Lantern Association (Armenia)\nBirchwood Institute for Civic Rights (Poland)\n")
                       .statement;
    CHECK(describe_calls(s) == calls_to("the Minister of the Interior",
                                        {"Withdraw the draft decree;", "Open a public consultation;",
                                         "Guarantee free legal aid to every detained asylum seeker."}));
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("layouts: an item wrapped onto an indented line, or onto a line that opens with a number, goes on") {
    auto const s = parse("Joint statement on detention at the border\n\nWe, the undersigned organisations, are concerned about "
                         "the new decree.\n\nWe urge the Minister of the Interior to:\n\n"
                         "- limit the detention of asylum seekers at the border to a maximum of\n"
                         "  7 days, in line with the recommendations of the Council of Europe;\n"
                         "- guarantee free legal aid to every detained asylum seeker.\n\nSignatories:\n"
                         "1. Amber Initiative for Human Rights (AIHR),\n   Austria\n"
                         "2. Birchwood International Bureau for Human Rights and the Rule of\n   Law (BIBHR), Kazakhstan\n"
                         "3. Mira Tallow, Coral Institute for Reporters' Freedom (CIRF)\n   Switzerland\n")
                       .statement;
    CHECK(describe_calls(s) ==
          calls_to("the Minister of the Interior",
                   {"limit the detention of asylum seekers at the border to a maximum of 7 days, in line with the "
                    "recommendations of the Council of Europe;",
                    "guarantee free legal aid to every detained asylum seeker."}));
    check_signatories(s, {{"Amber Initiative for Human Rights", "AIHR", "Austria", "AT", nullptr, signatory_type::organisation},
                          {"Birchwood International Bureau for Human Rights and the Rule of Law", "BIBHR", "Kazakhstan", "KZ",
                           nullptr, signatory_type::organisation},
                          {"Mira Tallow", nullptr, "Switzerland", "CH", "Coral Institute for Reporters' Freedom (CIRF)",
                           signatory_type::person}});
    // Without indentation: a line that opens with a number after a word in lower case.
    auto const t = parse("Joint statement\n\nWe call on the authorities of Amberland to:\n"
                         "1. release the students of the university who were detained on\n12 March during the peaceful protest;\n"
                         "2. drop the charges.\n\nSignatories:\nAmber Lantern Association\nBirchwood Watch\n")
                       .statement;
    CHECK(describe_calls(t) == calls_to("the authorities of Amberland",
                                        {"release the students of the university who were detained on 12 March during the "
                                         "peaceful protest;",
                                         "drop the charges."}));
}

TEST_CASE("layouts: a signing line of a few words that ends with its date, under the signers, is their date") {
    for (char const* line : {"Done in Port Amber on 22 November 2022", "Done at Birchwood on 10 March 2028.",
                             "Fait \xC3\xA0 Port Amber, le 1er mai 2023", "Port Amber, 11/22/2022"}) {
        CAPTURE(line);
        auto const s = parse(std::string("Joint statement on press freedom\n\nWe, the undersigned organisations, call for the "
                                         "release of all journalists.\n\nSignatories:\n\nAmber Press Club (Armenia)\n"
                                         "Birchwood Transparency Watch (Georgia)\n\n") +
                             line + "\n")
                           .statement;
        CHECK(s.signatories.size() == 2);
        REQUIRE(s.date.has_value());
        CHECK(s.date->year >= 2022);
    }
}

TEST_CASE("layouts: a PDF's notes under the list, after a rule or a 'Notes' heading, are no signers") {
    for (char const* notes : {"______________\n1 Amber Human Rights Council, fourth cycle, 2024.\n",
                              "Notes:\n1 Amber Human Rights Council, fourth cycle, 2024.\n"}) {
        CAPTURE(notes);
        auto const s = parse(std::string("Joint submission on Amberland\n\nThe undersigned organisations welcome the "
                                         "fourth review1.\n\nSignatories:\nAmber Lawyers Watch (Kyrgyzstan)\n"
                                         "Birchwood Human Rights Initiative (Tajikistan)\n\n") +
                             notes)
                           .statement;
        check_signatories(s, {org_in("Amber Lawyers Watch", "Kyrgyzstan", "KG"),
                              org_in("Birchwood Human Rights Initiative", "Tajikistan", "TJ")});
    }
}

TEST_CASE("layouts: a page's list items with paragraphs and line breaks inside them") {
    auto const s = parse("<h1>Appeal for the release of Mira Tallow</h1>\n<p>We, the undersigned, call on the authorities to:</p>\n"
                         "<ul><li><p>Quash the sentence against Mira Tallow;</p></li><li>release the journalists;<br>drop all "
                         "charges against them;</li><li>end the crackdown.</li></ul>\n<p>Signatories:</p>\n"
                         "<ul><li><strong>PEN Amber</strong><br>Estonia</li><li>Birchwood Theatre Alliance<br/>United Kingdom</li></ul>\n")
                       .statement;
    CHECK(describe_calls(s) == calls_to("the authorities", {"Quash the sentence against Mira Tallow;",
                                                            "release the journalists; drop all charges against them;",
                                                            "end the crackdown."}));
    check_signatories(s, {org_in("PEN Amber", "Estonia", "EE"), org_in("Birchwood Theatre Alliance", "United Kingdom", "GB")});
}

TEST_CASE("layouts: a table of signers without a header row, under a header or with a country in each row") {
    auto const s = parse("<h2>APPEAL</h2>\n<p>We, the undersigned, appeal to the Chairmanship to end the crisis.</p>\n"
                         "<p>Signatories:</p>\n<table>\n<tr><td>Amber Human Rights Centre</td><td>Belarus</td></tr>\n"
                         "<tr><td>Birchwood Association of Journalists (BAJ)</td><td>Belarus</td></tr>\n</table>\n")
                       .statement;
    check_signatories(s, {org_in("Amber Human Rights Centre", "Belarus", "BY"),
                          {"Birchwood Association of Journalists", "BAJ", "Belarus", "BY", nullptr, signatory_type::organisation}});
    auto const t = parse("<h2>APPEAL</h2>\n<p>We, the undersigned, appeal to the Chairmanship to end the crisis.</p>\n<table>\n"
                         "<tr><td>1</td><td>Amber Human Rights Centre</td><td>Belarus</td></tr>\n"
                         "<tr><td>2</td><td>Birchwood Monitoring Institute</td><td>Lithuania</td></tr>\n"
                         "<tr><td>3</td><td>Coral Helsinki Foundation</td><td>Poland</td></tr>\n</table>\n")
                       .statement;
    check_signatories(t, {org_in("Amber Human Rights Centre", "Belarus", "BY"), org_in("Birchwood Monitoring Institute", "Lithuania", "LT"),
                          org_in("Coral Helsinki Foundation", "Poland", "PL")});
}

TEST_CASE("layouts: a second table's header, a separator row without outer bars, a column of acronyms") {
    auto const s = parse("# Letter\n\nWe urge you to act.\n\n| # | Organisation | Acronym | Country |\n|---|---|---|---|\n"
                         "| 1 | Amber Digital Rights | ADRi | Belgium |\n| 2 | Birchwood Freedom | | Netherlands |\n\n"
                         "| Name | Country |\n|---|---|\n| Dr. Mira Tallow | Poland |\n")
                       .statement;
    check_signatories(s, {{"Amber Digital Rights", "ADRi", "Belgium", "BE", nullptr, signatory_type::organisation},
                          org_in("Birchwood Freedom", "Netherlands", "NL"),
                          {"Dr. Mira Tallow", nullptr, "Poland", "PL", nullptr, signatory_type::person}});
    auto const t = parse("# Letter\n\nWe urge you to act.\n\n"
                         "Name | Type | Country\n--- | --- | ---\nCoral Knowledge Foundation | Organisation | United Kingdom\n"
                         "Dune Streets Belgium | Community | Belgique\n")
                       .statement;
    check_signatories(t, {org_in("Coral Knowledge Foundation", "United Kingdom", "GB"), org_in("Dune Streets Belgium", "Belgique", "BE")});
}

TEST_CASE("layouts: a signer of three countries or more, or of two joined by a conjunction, has no one code") {
    auto const r = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\nSignatories:\n"
                         "Amber Press Alliance (Georgia, Armenia, Azerbaijan)\nBirchwood Watch (Estonia, Latvia and Lithuania)\n"
                         "R\xC3\xA9seau Coral (Mali et Niger)\nDune Forum (Kenya)\n");
    auto const& s = r.statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Press Alliance");
    CHECK(s.signatories[0].country == std::optional<std::string>("Georgia, Armenia, Azerbaijan"));
    CHECK_FALSE(s.signatories[0].country_code.has_value());
    CHECK(s.signatories[1].country == std::optional<std::string>("Estonia, Latvia and Lithuania"));
    CHECK(s.signatories[2].country == std::optional<std::string>("Mali et Niger"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("KE"));
    // Several countries are known countries: no note that one is not.
    for (auto const& d : r.diagnostics) CHECK(d.code != "signatory.unknown-country");
}

TEST_CASE("layouts: an acronym read off the name is the name's, though it also names a country") {
    auto const s = parse(with_signatories("Digital Rights Collective (DRC), Kenya\nBirchwood Watch (Uganda)\n")).statement;
    check_signatories(s, {{"Digital Rights Collective", "DRC", "Kenya", "KE", nullptr, signatory_type::organisation},
                          org_in("Birchwood Watch", "Uganda", "UG")});
}

TEST_CASE("layouts: people with 'bin', 'ibn' or 'von' in their names, and a religious title") {
    auto const s = parse("Open letter to the Minister\n\nWe urge you to reverse this decision.\n\nSincerely,\n\n"
                         "1) Ahmad bin Amber, lawyer\n2) Ali ibn Birch, Senior Partner, Birch & Co.\n"
                         "3) Ludwig von Coral, lawyer\n4) Fr. Miguel de la Dune, Amber Refugee Service\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    for (auto const& signer : s.signatories) CHECK(signer.type == signatory_type::person);
    CHECK(s.signatories[1].name == "Ali ibn Birch");
    CHECK(s.signatories[3].role == std::optional<std::string>("Amber Refugee Service"));
}

TEST_CASE("layouts: a dateline that opens the paragraph introducing the calls dates the statement") {
    auto const s = parse("Joint statement on the death penalty in Amberland\n\n"
                         "Geneva, 10 October 2028 \xE2\x80\x93 We call on the Government of Amberland to:\n"
                         "- establish a moratorium on executions;\n- commute all death sentences.\n")
                       .statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2028);
    CHECK(s.date->month == 10);
    CHECK(s.date->day == 10);
}

TEST_CASE("layouts: a letterhead, an embargo line and a subject line under the address around the headline") {
    auto const title_of = [](std::string const& text) {
        auto const s = parse(text).statement;
        return s.title ? s.title->text : std::string("(none)");
    };
    CHECK(title_of("Amber Rights Watch\n\nAmberland: free the activists now\n\nWe, the undersigned organisations, call on the "
                   "authorities of Amberland to release the activists.\n") == "Amberland: free the activists now");
    CHECK(title_of("PRESS RELEASE\nEmbargoed until 00:01 CET, 12 February 2029\n\nNetwork calls for an end to disappearances in "
                   "Amberland\n\nThe Network today published a report on Amberland.\n") ==
          "Network calls for an end to disappearances in Amberland");
    CHECK(title_of("To: Minister of Interior, Mr. Oren Vale\n\nRe: Ban on the Pride March in Amber City\n\nYour Excellency,\n\n"
                   "We write to you regarding the decision to ban the Pride March.\n") == "Ban on the Pride March in Amber City");
}

TEST_CASE("layouts: recommendations that name their addressees are demands, not signers") {
    auto const s = parse("Joint statement on Amberland\n\nRecommendations\n- The Government of Amberland should repeal the NGO law;\n"
                         "- The European Union should suspend budget support;\n"
                         "- The Amber Human Rights Council should establish a monitoring mechanism.\n")
                       .statement;
    CHECK(s.signatories.empty());
    CHECK(describe_calls(s) == "The Government of Amberland should repeal the NGO law; => The Government of Amberland\n"
                               "The European Union should suspend budget support; => The European Union\n"
                               "The Amber Human Rights Council should establish a monitoring mechanism. => The Amber Human Rights Council\n");
    auto const t = parse("Joint statement on Amberland\n\nWe make the following recommendations:\n"
                         "- To the Government of Amberland: repeal the NGO law;\n- To the European Union: suspend budget support;\n"
                         "- To the Amber Council: establish a monitoring mechanism.\n")
                       .statement;
    CHECK(t.signatories.empty());
    REQUIRE(t.call_groups.size() == 1);
    CHECK(t.call_groups[0].calls.size() == 3);
    CHECK(t.call_groups[0].calls[1].addressee == std::optional<std::string>("the European Union"));
}

TEST_CASE("layouts: a header's signers apart by bars however long, or by semicolons after their countries") {
    auto const s = parse(with_signatories("Organisations: Amber International | Birchwood Centre for Not-for-Profit Law and Civic "
                                          "Freedoms in Europe | Coral Peace\n"))
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[1].name == "Birchwood Centre for Not-for-Profit Law and Civic Freedoms in Europe");
    auto const t = parse("Open letter\n\nWe call on the Ministry to reinstate the lecturers.\n\nSigned: Prof. Mira Tallow, University "
                         "of Amber (UK); Dr. Oren Vale, Birchwood College of Liberal Arts (Lithuania); Prof. Ida Coral, University "
                         "of Dune (Japan).\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[1].name == "Dr. Oren Vale");
    CHECK(t.signatories[1].country_code == std::optional<std::string>("LT"));
    CHECK(t.signatories[2].country_code == std::optional<std::string>("JP"));
}

TEST_CASE("layouts: a short sentence under the list ('Endorsements continue to be added.') is no signer") {
    auto const s = parse(with_signatories("Amber Rights Initiative, Armenia\nBirchwood Law Centre, Moldova\n\n"
                                          "Endorsements continue to be added.\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Rights Initiative", "Armenia", "AM"), org_in("Birchwood Law Centre", "Moldova", "MD")});
}

TEST_CASE("layouts: a signing form under the initiators ('Sign the letter' / 'Name' / 'Email') is no signer") {
    auto const s = parse("Stop the demolition of the Old Amber district!\n\nWe, residents and civic groups of Port Amber, demand "
                         "that the city halts all demolition work.\n\nInitiated by:\nFriends of Old Amber\nBirchwood Coast Network\n\n"
                         "Sign the letter\nName\nEmail\nSign now\n")
                       .statement;
    check_signatories(s, {org("Friends of Old Amber"), org("Birchwood Coast Network")});
}

TEST_CASE("layouts: a Cyrillic acronym before its name in parentheses") {
    // "АХГ (Амберская Хельсинкская группа)": the acronym read off the name's words.
    auto const s = parse(with_signatories("\xD0\x90\xD0\xA5\xD0\x93 (\xD0\x90\xD0\xBC\xD0\xB1\xD0\xB5\xD1\x80\xD1\x81\xD0\xBA"
                                          "\xD0\xB0\xD1\x8F \xD0\xA5\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD0\xB8\xD0\xBD\xD0\xBA"
                                          "\xD1\x81\xD0\xBA\xD0\xB0\xD1\x8F \xD0\xB3\xD1\x80\xD1\x83\xD0\xBF\xD0\xBF\xD0\xB0)\n"
                                          "Birchwood Watch (Uganda)\n"))
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].acronym == std::optional<std::string>("\xD0\x90\xD0\xA5\xD0\x93"));
    CHECK(s.signatories[0].name.rfind("\xD0\x90\xD0\xBC\xD0\xB1", 0) == 0);  // Амб…
}

TEST_CASE("layouts: a page's date before a dash and its reading time, or a bar and a key with its value") {
    for (char const* line : {"Posted on 3 February 2027 \xE2\x80\x94 3 min read",
                             "Publi\xC3\xA9 le 3 f\xC3\xA9vrier 2027 | Temps de lecture : 3 min"}) {
        CAPTURE(line);
        auto const s = parse(std::string("Open letter to the Prime Minister\n\n") + line +
                             "\n\nWe, the undersigned organisations, alert you to the situation.\n")
                           .statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2027);
        CHECK(s.date->day == 3);
    }
}

TEST_CASE("layouts: a page's date with the time it was posted after it dates the text; a sentence's time does not") {
    for (char const* line : {"Publi\xC3\xA9 le 5 d\xC3\xA9""cembre 2027 \xC3\xA0 12h00",
                             "Publicado el 5 de diciembre de 2027 a las 10:30",
                             "Published 5 December 2027, 09.15 CET",
                             "Publi\xC3\xA9 le 5 d\xC3\xA9""cembre 2027 \xC3\xA0 06h30 - Mis \xC3\xA0 jour le 6 d\xC3\xA9""cembre 2027 \xC3\xA0 09h12"}) {
        CAPTURE(line);
        auto const s = parse(std::string("Open letter to the Prime Minister\n\n") + line +
                             "\n\nWe, the undersigned organisations, alert you to the situation.\n")
                           .statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2027);
        CHECK(s.date->month == 12);
        CHECK(s.date->day == 5);
    }
    auto const s = parse(std::string("Open letter to the Prime Minister\n\n") +
                         "On 5 December 2027 at 10:30 the police entered the Amber Coalition's office.\n\n"
                         "We, the undersigned organisations, alert you to the situation.\n")
                       .statement;
    CHECK_FALSE(s.date.has_value());
}

TEST_CASE("layouts: a page's date with its day's occasion right after it, without a comma, dates the text") {
    for (std::string_view line : {"Publi\xC3\xA9 le 3 mai 2027 \xC3\xA0 l'occasion de la Journ\xC3\xA9""e mondiale de la libert\xC3\xA9 de la presse",
                                  "Published on 3 May 2027 on the occasion of World Press Freedom Day"}) {
        CAPTURE(line);
        auto const s = parse("Amberland: stop harassing journalists\n" + std::string(line) +
                             "\n\nOur organisations are alarmed by the prosecutions of journalists.\n")
                           .statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2027);
        CHECK(s.date->month == 5);
        CHECK(s.date->day == 3);
    }
}

TEST_CASE("layouts: a dateline and its translation after a slash, the place written again, date the text") {
    auto const s = parse("Open letter to the Prime Minister / Lettre ouverte au premier ministre\n\n"
                         "Ottawa, le 18 avril 2027 / Ottawa, April 18, 2027\n\n"
                         "We, the undersigned organisations, ask you to withdraw the bill.\n")
                       .statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2027);
    CHECK(s.date->month == 4);
    CHECK(s.date->day == 18);
}

TEST_CASE("layouts: a dateline and its translation in a column beside it, or after a slash with the French day's article, date the text") {
    for (std::string_view line : {"N'Djamena, 20 May 2027 / N'Djamena, le 20 mai 2027", "20 May 2027 / le 20 mai 2027",
                                  "Bogot\xC3\xA1, 20 May 2027        Bogot\xC3\xA1, 20 de mayo de 2027",
                                  "Conakry, le 20 mai 2027\tConakry, 20 May 2027"}) {
        CAPTURE(line);
        auto const s = parse("Open letter to the Prime Minister\n\n" + std::string(line) +
                             "\n\nWe, the undersigned organisations, ask you to withdraw the bill.\n")
                           .statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->year == 2027);
        CHECK(s.date->month == 5);
        CHECK(s.date->day == 20);
    }
    // Another date in the next column is another's: the line dates nothing by itself.
    auto const other = parse("Open letter to the Prime Minister\n\n"
                             "Hearing of 20 May 2027        appeal of 3 June 2027\n\n"
                             "We, the undersigned organisations, ask you to withdraw the bill.\n")
                           .statement;
    CHECK_FALSE(other.date.has_value());
}

TEST_CASE("layouts: a page's date with the organisation that published it after it dates the text, however long its name") {
    auto const dated = [](std::string const& line) {
        return parse("Open letter to the Prime Minister\n\n" + line +
                     "\n\nWe, the undersigned organisations, alert you to the situation.\n")
            .statement.date;
    };
    auto const d = dated("Published 3 February 2027 by the Committee for Academic Freedom in the Amber Coast Region");
    REQUIRE(d.has_value());
    CHECK(d->year == 2027);
    CHECK(d->day == 3);
    // A sentence goes on in lower case after its date.
    CHECK_FALSE(dated("Adopted on 3 February 2027 by the members of the network in a vote of the assembly").has_value());
}

TEST_CASE("layouts: an acronym after a comma is the name's, unless a title or a given name shows a person") {
    auto const s = parse(with_signatories("Reporters for Amber Freedom, RAF, France\nDr. Mira Tallow, MP, Kenya\n")).statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Reporters for Amber Freedom");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("RAF"));
    CHECK(s.signatories[0].type == signatory_type::organisation);
    CHECK(s.signatories[1].type == signatory_type::person);
}

TEST_CASE("layouts: the acronym after a person a title or a given name shows is where they work, their role") {
    auto const s = parse(with_signatories("Signatories:\nDr. Mira Tallow, AURI\nProf. Oren Vale (BIRC)\n"
                                          "Dr Anna Berg (PVU Amberland University)\nBirchwood Institute (BI)\n"
                                          "Coral Rights Network, CRN\n"))
                       .statement;
    check_signatories(s, {person("Dr. Mira Tallow", "AURI"), person("Prof. Oren Vale", "BIRC"),
                          person("Dr Anna Berg", "PVU Amberland University"), org("Birchwood Institute", "BI"),
                          org("Coral Rights Network", "CRN")});
}

TEST_CASE("layouts: Polish and Romanian headers with the names glued after them ('Podpisały:', 'Au semnat:')") {
    for (char const* header : {"Podpisa\xC5\x82y:", "Pod apelem podpisa\xC5\x82y si\xC4\x99:", "Au semnat:"}) {
        CAPTURE(header);
        auto const s = parse(std::string("Apel do w\xC5\x82""adz\n\nApelujemy o zaprzestanie represji.\n\n") + header +
                             " Fundacja Amber, Stowarzyszenie Birchwood oraz Koalicja Coral Bay.\n")
                           .statement;
        check_signatories(s, {org("Fundacja Amber"), org("Stowarzyszenie Birchwood"), org("Koalicja Coral Bay")});
    }
}

TEST_CASE("layouts: an abbreviation in lower case inside a name ('im.') ends no sentence of names") {
    // First, between others and last: the list was cut at "Fundacja im", or its "oraz" and full
    // stop kept.
    std::string const tallow = "Fundacja im. Miry Tallow", birchwood = "Stowarzyszenie Birchwood", coral = "Koalicja Coral Bay";
    for (auto const& names : {std::vector<std::string>{tallow, birchwood, coral}, std::vector<std::string>{birchwood, tallow, coral},
                              std::vector<std::string>{birchwood, coral, tallow}}) {
        auto const list = names[0] + ", " + names[1] + " oraz " + names[2] + ".";
        CAPTURE(list);
        auto const s = parse("Apel do w\xC5\x82""adz\n\nApelujemy o zaprzestanie represji.\n\nStanowisko podpisa\xC5\x82y: " +
                             list + "\n")
                           .statement;
        CHECK(names_of(s) == names);
    }
}

TEST_CASE("layouts: a legal form after a comma ('A.C.', 'ASBL') is the name's, no acronym") {
    auto const s = parse(with_signatories("Causa Amber, A.C.\nFundaci\xC3\xB3n Birchwood, A.C., M\xC3\xA9xico\nCIR\xC3\x89 Amber, ASBL\n")).statement;
    check_signatories(s, {org("Causa Amber, A.C."), org_in("Fundaci\xC3\xB3n Birchwood, A.C.", "M\xC3\xA9xico", "MX"),
                          org("CIR\xC3\x89 Amber, ASBL")});
}

TEST_CASE("layouts: a country or a region in square brackets after the acronym's parentheses") {
    auto const s = parse(with_signatories("Signatories:\n\nAmber Rights Centre (ARC) [Timor-Leste]\n"
                                          "Coral Bay Forum (CBF) [Regional]\nDune Press Centre (DPC) [Indonesia]\n"))
                       .statement;
    check_signatories(s, {org("Amber Rights Centre", "ARC", "Timor-Leste", "TL"), org("Coral Bay Forum", "CBF", "Regional"),
                          org("Dune Press Centre", "DPC", "Indonesia", "ID")});
}

TEST_CASE("layouts: an acronym in parentheses before the name ('(HRC) Human Rights Centre')") {
    auto const s = parse(with_signatories("- (ARC) Amber Rights Centre\n- (BBC) Birchwood Burgher Coalition, Kenya\n")).statement;
    check_signatories(s, {{"Amber Rights Centre", "ARC", nullptr, nullptr, nullptr, signatory_type::organisation},
                          {"Birchwood Burgher Coalition", "BBC", "Kenya", "KE", nullptr, signatory_type::organisation}});
    // with the name's own parentheses after it, in square brackets, and under a line that ends
    // in a country
    auto const t = parse(with_signatories("Coral Bay Forum, Yerevan, Armenia\n"
                                          "(ARC) Amber Rights Centre (Lithuania)\n"
                                          "[BBC] Birchwood Burgher Coalition\n"
                                          "Dune Press Centre\n"))
                       .statement;
    check_signatories(t, {at(org_in("Coral Bay Forum", "Armenia", "AM"), "Yerevan"),
                          {"Amber Rights Centre", "ARC", "Lithuania", "LT", nullptr, signatory_type::organisation},
                          {"Birchwood Burgher Coalition", "BBC", nullptr, nullptr, nullptr, signatory_type::organisation},
                          org("Dune Press Centre")});
}

TEST_CASE("layouts: a title and the mark of its holder's retirement ('Justice (R)', 'Ambassador (ret.)') open one person's name") {
    auto const s = parse(with_signatories("Signed by:\n"
                                          "Justice (R) Amber Khan, former judge of the High Court, Pakistan\n"
                                          "Ambassador (ret.) Mira Tallow (Kenya)\n"
                                          "Dr. Coral Bay, lawyer\n"))
                       .statement;
    check_signatories(s, {in(person("Justice (R) Amber Khan", "former judge of the High Court"), "Pakistan", "PK"),
                          in(person("Ambassador (ret.) Mira Tallow"), "Kenya", "KE"), person("Dr. Coral Bay", "lawyer")});
    // in a sentence of names
    auto const r = parse(with_signatories("Signed by: Oren Vale, Judge (retd.) Pia Lund and Ivo Marsh.\n")).statement;
    CHECK(names_of(r) == std::vector<std::string>{"Oren Vale", "Judge (retd.) Pia Lund", "Ivo Marsh"});
    // under a person's name, a line that opens so is the next person, not the first one's role
    auto const t = parse(with_signatories("Signed by:\nOren Vale\nJudge (ret.) Pia Lund, former judge, Italy\n")).statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[1].name == "Judge (ret.) Pia Lund");
}

TEST_CASE("layouts: a title's part in parentheses ('Hon. Justice (Rtd)', 'Chief (Dr.)', 'Oren Vale (Rtd)') stays in one person's name") {
    auto const s = parse(with_signatories("Signed:\n"
                                          "Amber Lantern Association\n"
                                          "Hon. Justice (Rtd) Mira Tallow\n"
                                          "Brig. Gen. (Retd.) Oren Vale\n"
                                          "Chief (Dr.) Ivo Marsh\n"
                                          "Justice Pia Lund (Rtd)\n"
                                          "Birchwood Institute\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association"), person("Hon. Justice (Rtd) Mira Tallow"),
                          person("Brig. Gen. (Retd.) Oren Vale"), person("Chief (Dr.) Ivo Marsh"),
                          person("Justice Pia Lund (Rtd)"), org("Birchwood Institute")});
}

TEST_CASE("layouts: the assets an investor manages in parentheses ('(USD 12bn AUM)', '(\xC2\xA3 108 bn AUM)') are no acronym") {
    // Read as the acronym "USD", the figure made every later investor of the same currency a
    // repeat of the first.
    auto const s = parse(with_signatories("Signed by:\n"
                                          "Amber Asset Management (USD 12bn AUM)\n"
                                          "Birchwood Pension Fund\n"
                                          "Coral Capital Partners (USD 5.1bn AUM)\n"
                                          "Dune Impact Investments LLC (GBP 3.4 billion AUM)\n"
                                          "Elm Stewardship Trust (\xC2\xA3 108 bn AUM)\n"
                                          "Fern Investors (US$ 800m)\n"))
                       .statement;
    check_signatories(s, {org("Amber Asset Management"), org("Birchwood Pension Fund"), org("Coral Capital Partners"),
                          org("Dune Impact Investments LLC"), org("Elm Stewardship Trust"), org("Fern Investors")});
}

TEST_CASE("layouts: the assets an investor manages after its country, in its parentheses or after a dash, are its entry's") {
    auto const s = parse(with_signatories("Signatories (assets under management where disclosed):\n\n"
                                          "Amber Ethical Funds (Sweden) \xE2\x80\x93 EUR 120 bn\n"
                                          "Birchwood Pension Trust (United States) \xE2\x80\x93 USD 95 bn\n"
                                          "Coral Asset Management (Switzerland, EUR 220 bn)\n"
                                          "Dune Pension (Norway)\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Ethical Funds", "Sweden", "SE"), org_in("Birchwood Pension Trust", "United States", "US"),
                          org_in("Coral Asset Management", "Switzerland", "CH"), org_in("Dune Pension", "Norway", "NO")});
}

TEST_CASE("layouts: a country after a spaced slash, bar or middle dot ('(ARM) / Sweden', 'Name / Norway') is the signer's") {
    // Read as a second entry that is no name, the line ruled the list out from there on.
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber Reconciliation Movement (ARM) / Sweden\n"
                                          "Birchwood Solidarity Committee (BSC) | France\n"
                                          "Coral Peace Forum (CPF) \xC2\xB7 Germany\n"
                                          "Dune Solidarity Committee (Spain) / Madrid\n"
                                          "Elm Reconciliation League / Norway\n"
                                          "Fern Aid Network\n"))
                       .statement;
    check_signatories(s, {org("Amber Reconciliation Movement", "ARM", "Sweden", "SE"),
                          org("Birchwood Solidarity Committee", "BSC", "France", "FR"),
                          org("Coral Peace Forum", "CPF", "Germany", "DE"),
                          at(org_in("Dune Solidarity Committee", "Spain", "ES"), "Madrid"),
                          org_in("Elm Reconciliation League", "Norway", "NO"), org("Fern Aid Network")});
}

TEST_CASE("layouts: one name with its parts after commas ('Amber, Centre for Civic Research, A.C.', ', Port Amber, Veldmark') is one signer") {
    // A legal form or an organisation word alone after a comma is the name's; a town and its
    // region after a name of a few words are its place. Each line was split into two signers or three.
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Amber, Centre for Civic Research, A.C.\n"
                                          "Birchwood Families of the Disappeared, Port Amber, Veldmark\n"
                                          "Coral Women's Synergy for Victims (CWS), Marsh Town, North-Vale\n"
                                          "Dune Action for Peace, NGO, Port Amber\n"
                                          "Elm Rights Network\n"))
                       .statement;
    check_signatories(s, {org("Amber, Centre for Civic Research, A.C."),
                          at(org("Birchwood Families of the Disappeared"), "Port Amber, Veldmark"),
                          at(org("Coral Women's Synergy for Victims", "CWS"), "Marsh Town, North-Vale"),
                          org("Dune Action for Peace, NGO, Port Amber"), org("Elm Rights Network")});
    // Names of one word each after a name of three words are a list.
    CHECK(names_of(parse(with_signatories("Signatories:\nAmber Lantern Association, Birchwood, Coral\n")).statement) ==
          std::vector<std::string>{"Amber Lantern Association", "Birchwood", "Coral"});
}

TEST_CASE("layouts: a letter's lines to sign on ('........', 'Sgd.', '(Signed)') end no list of signers") {
    for (char const* mark : {"........................................", "Sgd.", "(Signed)"}) {
        CAPTURE(mark);
        auto const s = parse(with_signatories(std::string("Signed on behalf of the Coalition by:\n\n") + mark +
                                              "\nDr. Amber Lantern\nChairperson, Steering Committee\n\n" + mark +
                                              "\nMs. Mira Tallow\nCoordinator, Secretariat\n\n"
                                              "Member organisations of the Coalition:\n"
                                              "Birchwood Institute (BI); Coral Bay Forum (CBF); Dune Press Centre\n"))
                           .statement;
        check_signatories(s, {person("Dr. Amber Lantern", "Chairperson, Steering Committee"),
                              person("Ms. Mira Tallow", "Coordinator, Secretariat"), org("Birchwood Institute", "BI"),
                              org("Coral Bay Forum", "CBF"), org("Dune Press Centre")});
    }
}

TEST_CASE("layouts: a signing form's lines give their names, without the labels and the blanks to sign in") {
    auto const s = parse(with_signatories("Yours faithfully,\n\n"
                                          "Name: Rev. Amber Banda          Signature: ____________\n"
                                          "Chairperson, Council of Churches\n\n"
                                          "Name: Mira Tallow               Signature: ____________\n\n"
                                          "1. Oren Vale ______________ (Signature)\n"))
                       .statement;
    check_signatories(s, {person("Rev. Amber Banda", "Chairperson, Council of Churches"), person("Mira Tallow"),
                          person("Oren Vale")});
    // the fields of a letter's signatures: the organisation, its person and their title
    auto const t = parse(with_signatories("Yours faithfully,\n\n"
                                          "For: Amber Coalition on Debt (ACD)\nName: Mira Tallow\nTitle: Executive Director\n\n"
                                          "For: Birchwood Health Group (BHG)\nName: Oren Vale\nTitle: National Coordinator\n"))
                       .statement;
    check_signatories(t, {org("Amber Coalition on Debt", "ACD"), person("Mira Tallow", "Executive Director"),
                          org("Birchwood Health Group", "BHG"), person("Oren Vale", "National Coordinator")});
    // a table's column of signatures is the table's
    auto const u = parse(with_signatories("Signatories:\n\nNo. | Name | Signature\n1 | Mira Tallow | ________\n"
                                          "2 | Oren Vale | ________\n"))
                       .statement;
    for (auto const& sig : u.signatories) CHECK(sig.name.find('_') == std::string::npos);
}

TEST_CASE("layouts: a letter's signatures of three lines whose role ends with its word ('Policy Director', 'President and CEO')") {
    auto const s = parse(with_signatories("Respectfully,\n\n"
                                          "Jordan Birch\nPolicy Director\nAmber Privacy Action Fund\n\n"
                                          "Wade Coral\nInterim President and CEO\nThe Dune Conference on Civil Rights\n\n"
                                          "Dame Mira Tallow MP\n\nOren Vale MP\n"))
                       .statement;
    check_signatories(s, {person("Jordan Birch", "Policy Director, Amber Privacy Action Fund"),
                          person("Wade Coral", "Interim President and CEO, The Dune Conference on Civil Rights"),
                          person("Dame Mira Tallow", "MP"), person("Oren Vale", "MP")});
}

TEST_CASE("layouts: a signing form's labels and a signature's marks in the text's language") {
    // French: "Nom :", "Fonction :", "Pour :" and "(signé)"
    auto const fr = parse("Déclaration commune\n\nNous, organisations soussignées, condamnons les arrestations arbitraires "
                          "de défenseurs des droits humains et demandons leur libération immédiate.\n\n"
                          "Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.\n\n"
                          "Pour : Coalition Ambre pour la justice (CAJ)\nNom : Mira Tallow\nFonction : directrice exécutive\n\n"
                          "(signé)\nOren Vale\nCoordinateur, Réseau Corail\n")
                        .statement;
    check_signatories(fr, {org("Coalition Ambre pour la justice", "CAJ"), person("Mira Tallow", "directrice exécutive"),
                           person("Oren Vale", "Coordinateur, Réseau Corail")});
    // Spanish "Nombre: … Firma: ____" and "Cargo:"; German "gez." over the name
    auto const es = parse(with_signatories("Atentamente,\n\nNombre: Mira Tallow          Firma: ____________\n"
                                           "Cargo: Directora, Red Ámbar\n\nFdo.\nAnna Vale\n"))
                        .statement;
    check_signatories(es, {person("Mira Tallow", "Directora, Red Ámbar"), person("Anna Vale")});
    auto const de = parse(with_signatories("Mit freundlichen Grüßen\n\ngez.\nDr. Mira Tallow\nVorsitzende, Bündnis Bernstein\n\n"
                                           "gez.\nAnna Vale\n"))
                        .statement;
    check_signatories(de, {person("Dr. Mira Tallow", "Vorsitzende, Bündnis Bernstein"), person("Anna Vale")});
    // Russian and Ukrainian: "ФИО:", "Должность:", "(подпись)"
    auto const ru = parse(with_signatories("С уважением,\n\nФИО: Мира Таллоу          Подпись: ____________\n"
                                           "Должность: председатель правления\n\n(подпись)\nАнна Вейл\n"))
                        .statement;
    check_signatories(ru, {person("Мира Таллоу", "председатель правления"), person("Анна Вейл")});
}

TEST_CASE("layouts: a chat message's lines in bold ('*Signed:*') are read without their marks, its forwarding lines are no signers") {
    auto const s = parse("*PELHAM VALE: FREE THE JOURNALIST MIRA TALLOW*\n\n"
                         "We, the undersigned organisations, condemn the arrest of Mira Tallow.\n\n"
                         "*We call on the Government of Pelham Vale to:*\n"
                         "* Release Mira Tallow;\n"
                         "* Drop all charges against her.\n\n"
                         "*Signed:*\n"
                         "1. Amber Lantern Association (ALA)\n"
                         "2. Birchwood Institute for Civic Rights\n\n"
                         "\xF0\x9F\x94\x81 _Please forward to your groups_ \xF0\x9F\x94\x81\n"
                         "Forwarded many times\n")
                       .statement;
    REQUIRE(s.title);
    CHECK(s.title->text == "PELHAM VALE: FREE THE JOURNALIST MIRA TALLOW");
    CHECK(describe_calls(s) == calls_to("the Government of Pelham Vale", {"Release Mira Tallow;", "Drop all charges against her."}));
    CHECK(names_of(s) == std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute for Civic Rights"});
}

TEST_CASE("layouts: a page's links and contacts under the list, in the text's languages, are no signers") {
    for (char const* after : {"Share this statement: Twitter | Facebook\n", "Medienkontakt: Presseabteilung, presse@amber.example, +43 1 000\n",
                              "Jetzt Appell unterzeichnen \xE2\x86\x92\n", "Diesen Beitrag teilen: Facebook Twitter WhatsApp\n",
                              "Kontakt prasowy: Anna Amber, tel. 600 100 200\n", "Reklama\n",
                              "Descarc\xC4\x83 declara\xC8\x9Bia \xC3\xAEn format PDF\n", "\xC3\x8Enapoi la \xC8\x99tiri\n",
                              "Compartir este art\xC3\xAD" "culo: Facebook | X\n", "Siguen firmas\xE2\x80\xA6\n",
                              // a list still open, or whole elsewhere
                              "Y siguen firmas\xE2\x80\xA6\n", "Signatures en cours\xE2\x80\xA6\n", "Liste non exhaustive\n",
                              "Ver lista completa en www.amber.example\n", "More signatures to follow.\n",
                              "La liste compl\xC3\xA8te des signataires est disponible sur www.amber.example\n",
                              // a social network's post under its list: its counts, buttons and sort order
                              "\xF0\x9F\x91\x8D 214   \xF0\x9F\x92\xAC 37 comments   \xE2\x86\x97 89 shares\n",
                              "Like \xC2\xB7 Comment \xC2\xB7 Share\n", "Most relevant\n"}) {
        CAPTURE(after);
        check_list_ends_before(after);
    }
}

TEST_CASE("layouts: in a numbered list, a line without a number before the next number is the rest of the item above") {
    auto const s = parse(with_signatories("Signatories:\n\n"
                                          "1. Amber Network for Rights, Thailand\n"
                                          "2. Youth Solidarity Group for Gender Equality and Women's Empowerment,\n"
                                          "Bangladesh\n"
                                          "3. Association for the Rights of Persons with Disabilities in Hong\n"
                                          "Kong (ARPD), Hong Kong\n"
                                          "4. People's Alliance for Indigenous Peoples' Self-\n"
                                          "Determination in Timor-\n"
                                          "Leste\n"
                                          "5. Birchwood Coalition, Nepal\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Network for Rights", "Thailand", "TH"),
                          org_in("Youth Solidarity Group for Gender Equality and Women's Empowerment", "Bangladesh", "BD"),
                          org("Association for the Rights of Persons with Disabilities in Hong Kong", "ARPD", "Hong Kong", "HK"),
                          org("People's Alliance for Indigenous Peoples' Self-Determination in Timor-Leste"),
                          org_in("Birchwood Coalition", "Nepal", "NP")});
    // a group's heading between the numbers ends in a colon, or stands after a blank line
    auto const t = parse(with_signatories("Signatories:\n\n1. Amber Network for Rights\nNepal:\n2. Birchwood Coalition\n")).statement;
    CHECK(names_of(t) == std::vector<std::string>{"Amber Network for Rights", "Birchwood Coalition"});
}

TEST_CASE("layouts: headings in title case without a colon over groups of signers ('Civil Society Organisations', 'Religious Leaders')") {
    auto const s = parse(with_signatories("Signed:\n\nCivil Society Organisations\nAmber Rights Centre\nCoast Justice Forum\n\n"
                                          "Faith-Based Organisations\nBirchwood Council of Churches\n\n"
                                          "Religious Leaders\nBishop Amber Okello\n\n"
                                          "Networks and Coalitions\nDune Network of Paralegals\n"))
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Rights Centre", "Coast Justice Forum", "Birchwood Council of Churches",
                                                  "Bishop Amber Okello", "Dune Network of Paralegals"});
    // one such line alone, or a name with a word of an organisation's, is a signer
    auto const t = parse(with_signatories("Signed:\n\nAmber Citizens\nBirchwood Association (Kenya)\n\n"
                                          "Defenders Coalition\nCoral Bay Forum\n"))
                       .statement;
    auto const names = names_of(t);
    REQUIRE(names.size() >= 3);
    CHECK(names.front() == "Amber Citizens");
    CHECK(std::find(names.begin(), names.end(), "Defenders Coalition") != names.end());
}

TEST_CASE("layouts: group headings without a colon, over their lines or over states' headings, are no signers") {
    // Sentence case, one under another with no blank line ("Labor federations" / … / "Labor NGOs").
    auto const s = parse(with_signatories("Signed:\n"
                                          "Labor federations\nAmber Workers Federation (AWF)\nBirchwood Garment Union\n"
                                          "Labor NGOs\nCoral Bay Labour Institute (CBLI)\nDune Workers Centre\n"))
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Workers Federation", "Birchwood Garment Union", "Coral Bay Labour Institute",
                                                  "Dune Workers Centre"});
    // Title case after a letter's closing, one over the states' headings of its group.
    auto const closing = with_signatories("Sincerely,\n\n"
                                          "National Organizations\nAmber Rivers Network\nBirchwood Water Alliance\n\n"
                                          "State and Local Organizations\n\n"
                                          "Alabama\nCoral Bay Riverkeeper\nDune Water Justice Project\n\n"
                                          "Ohio\nElm Valley Watershed Coalition\n");
    auto const t = parse(closing).statement;
    CHECK(names_of(t) == std::vector<std::string>{"Amber Rivers Network", "Birchwood Water Alliance", "Coral Bay Riverkeeper",
                                                  "Dune Water Justice Project", "Elm Valley Watershed Coalition"});
    CHECK(role_at(t, closing, "State and Local Organizations") == block_role::signatory_header);
    // Another heading of the list with a colon, and a person's title under a heading of organisations.
    auto const u = parse(with_signatories("Signed:\n\nNational Organizations:\nAmber Rivers Network\nBirchwood Water Alliance\n\n"
                                          "Faith Organizations\nCoral Bay Council of Churches\nRev. Fr. Tomas Okello, Diocese of Dune\n"))
                       .statement;
    REQUIRE(names_of(u).size() == 4);
    CHECK(names_of(u)[2] == "Coral Bay Council of Churches");
    CHECK(u.signatories[3].type == signatory_type::person);
    // A name that ends with a group of people, in a list's middle, is a signer.
    auto const v = parse(with_signatories("Signatories:\n\nMALI\nAmber Rights Association (ARA)\nCoral Press House\n\n"
                                          "NIGER\nBirchwood Defence League (BDL)\nAlternative Citizens\n\n"
                                          "GHANA\nDune Civic Forum\n"))
                       .statement;
    CHECK(names_of(v) == std::vector<std::string>{"Amber Rights Association", "Coral Press House", "Birchwood Defence League",
                                                  "Alternative Citizens", "Dune Civic Forum"});
}

TEST_CASE("layouts: a PDF's list in two columns, a right-hand name wrapped onto a line whose left column is empty") {
    auto const s = parse(with_signatories("Sincerely,\n\n"
                                          "Amber Worker Center                         National Council for Occupational\n"
                                          "                                            Safety and Health (NCOSH)\n"
                                          "Birchwood Heat Justice Coalition            Coral Bay Association for the\n"
                                          "                                            Defence of Community Land\n"
                                          "Dune Construction Workers United            Elm Valley Worker Alliance\n"))
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Worker Center", "National Council for Occupational Safety and Health",
                                                  "Birchwood Heat Justice Coalition",
                                                  "Coral Bay Association for the Defence of Community Land",
                                                  "Dune Construction Workers United", "Elm Valley Worker Alliance"});
}

TEST_CASE("layouts: a name wrapped before its last word, a word of an organisation's kind with the country, is one signer") {
    for (char const* between : {"\n", "\n\n", "\n\f", "\nPage 2 of 3\n\n"}) {
        auto const s = parse(with_signatories(std::string("Signatories:\n"
                                                          "Amber Lantern Association (Ukraine)\n"
                                                          "Birchwood Human Rights Protection") +
                                              between + "Group (Ukraine)\nCoral Bay Committee (Norway)\n"))
                           .statement;
        CAPTURE(between);
        check_signatories(s, {org_in("Amber Lantern Association", "Ukraine", "UA"),
                              org_in("Birchwood Human Rights Protection Group", "Ukraine", "UA"),
                              org_in("Coral Bay Committee", "Norway", "NO")});
    }
}

TEST_CASE("layouts: US states' headings head their groups, and 'Georgia' among them gives no country") {
    // Under a header, and after a letter's closing without one; in title case and in capitals.
    for (auto const* list : {"Signatories:\n\n", "Sincerely,\n\n"}) {
        for (bool capitals : {false, true}) {
            auto const heading = [&](std::string h) {
                if (capitals) std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
                return h + "\n";
            };
            auto const s = parse(with_signatories(std::string(list) + heading("Alabama") + "Amber Tenants Union\nBirchwood Legal Aid\n\n" +
                                                  heading("New Mexico") + "Coral Housing Coalition\nDune Workers Center\n\n" +
                                                  heading("Georgia") + "Elm Street Justice Project\nFernhill Faith Network\n\n" +
                                                  heading("Texas") + "Gable Immigrant Alliance\nHarbor Legal Services\n"))
                               .statement;
            CAPTURE(list);
            CAPTURE(capitals);
            check_signatories(s, {org("Amber Tenants Union"), org("Birchwood Legal Aid"), org("Coral Housing Coalition"),
                                  org("Dune Workers Center"), org("Elm Street Justice Project"), org("Fernhill Faith Network"),
                                  org("Gable Immigrant Alliance"), org("Harbor Legal Services")});
        }
    }
    // Canadian provinces' headings, and faiths' headings, head their groups as states' do.
    for (auto const* headings : {"Ontario|Québec|Manitoba", "Catholic|Interfaith|Jewish"}) {
        std::string const h = headings;
        auto const first = h.substr(0, h.find('|')), rest = h.substr(h.find('|') + 1);
        auto const second = rest.substr(0, rest.find('|')), third = rest.substr(rest.find('|') + 1);
        auto const s = parse(with_signatories("Signatories:\n\n" + first + "\nAmber Tenants Union\nBirchwood Legal Aid\n\n" + second +
                                              "\nCoral Housing Coalition\nDune Workers Center\n\n" + third + "\nElm Street Justice Project\n"))
                             .statement;
        CAPTURE(headings);
        check_signatories(s, {org("Amber Tenants Union"), org("Birchwood Legal Aid"), org("Coral Housing Coalition"),
                              org("Dune Workers Center"), org("Elm Street Justice Project")});
    }
    // Among countries' headings, "Georgia" is the country.
    auto const s = parse(with_signatories("Signatories:\n\nArmenia\nAmber Lantern Association\nBirchwood Institute\n\n"
                                          "Georgia\nCoral Bay Human Rights Forum\nDune Civic Platform\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Birchwood Institute", "Armenia", "AM"),
                          org_in("Coral Bay Human Rights Forum", "Georgia", "GE"), org_in("Dune Civic Platform", "Georgia", "GE")});
}

TEST_CASE("layouts: a note in parentheses on how the list is set is no signer, under a closing or a header") {
    for (auto const* over : {"Sincerely,\n\n", "Signatories:\n"}) {
        auto const s = parse(with_signatories(std::string(over) +
                                              "(Organisations listed alphabetically; state of headquarters shown)\n\n"
                                              "Amber Tenants Union\nBirchwood Legal Aid\nCoral Housing Coalition\n"))
                           .statement;
        INFO(over);
        CHECK(names_of(s) == std::vector<std::string>{"Amber Tenants Union", "Birchwood Legal Aid", "Coral Housing Coalition"});
    }
}

TEST_CASE("layouts: US states' codes and a town with its state after the names are places, no countries") {
    // "(CA)" and "(IL)" are also Canada's and Israel's codes; "(OR)", a code no country has, and
    // a town with its state ("Austin, TX") show the list's codes to be states.
    auto const s = parse(with_signatories("Signatories:\nAmber Tenants Union (CA)\nBirchwood Legal Aid (IL)\n"
                                          "Coral Housing Coalition (OR)\nDune Workers Center, Austin, TX\n"
                                          "Elm Street Justice Project (Oakland, CA)\n"
                                          "Fernhill Faith Network \xE2\x80\x93 St. Paul, MN\n"
                                          "Gable Immigrant Alliance, Chicago, Illinois\n"))
                       .statement;
    check_signatories(s, {at(org("Amber Tenants Union"), "CA"), at(org("Birchwood Legal Aid"), "IL"),
                          at(org("Coral Housing Coalition"), "OR"), at(org("Dune Workers Center"), "Austin, TX"),
                          at(org("Elm Street Justice Project"), "Oakland, CA"),
                          at(org("Fernhill Faith Network"), "St. Paul, MN"),
                          at(org("Gable Immigrant Alliance"), "Chicago, Illinois")});
    // "Name, ST": the codes after a comma, so.
    auto const t = parse(with_signatories("Signatories:\nHarbor Legal Services, CO\nIvy Justice Center, IN\n"
                                          "Juniper Tenants Council, TX\n"))
                       .statement;
    check_signatories(t, {at(org("Harbor Legal Services"), "CO"), at(org("Ivy Justice Center"), "IN"),
                          at(org("Juniper Tenants Council"), "TX")});
    // People with their towns and states: the pair is their place, not their role.
    auto const u = parse(with_signatories("Signatories:\nRev. Mira Tallow, Harrisburg, PA\nAnna Berg, Allentown, PA\n"
                                          "Peter Vale, Dover, DE\n"))
                       .statement;
    check_signatories(u, {at(person("Rev. Mira Tallow"), "Harrisburg, PA"), at(person("Anna Berg"), "Allentown, PA"),
                          at(person("Peter Vale"), "Dover, DE")});
}

TEST_CASE("layouts: a person's name with a particle in lower case ('al-Hamid', 'bint', 'abu') is a person's") {
    auto const s = parse(with_signatories("Signatories:\nKarim al-Tamir, lawyer, Port Amber\nSalma bint Rashed, journalist\n"
                                          "Yusuf abu Halim\nLayla Abd el-Nour\nAmber Lantern Association\n"))
                       .statement;
    check_signatories(s, {person("Karim al-Tamir", "lawyer, Port Amber"), person("Salma bint Rashed", "journalist"),
                          person("Yusuf abu Halim"), person("Layla Abd el-Nour"), org("Amber Lantern Association")});
}

TEST_CASE("layouts: a country's short name in capitals after a dash ('Name – USA', 'Name – UK') is the signer's country, no acronym") {
    auto const s = parse(with_signatories("Signatories:\nThe Amber Initiative \xE2\x80\x93 USA\n"
                                          "Birchwood Forum \xE2\x80\x93 Lebanon\nCoral Rights Network \xE2\x80\x93 UK\n"))
                       .statement;
    check_signatories(s, {org_in("The Amber Initiative", "USA", "US"), org_in("Birchwood Forum", "Lebanon", "LB"),
                          org_in("Coral Rights Network", "UK", "GB")});
}

TEST_CASE("layouts: the European Union's code for Greece ('EL') in a list of codes is Greece's") {
    auto const s = parse(with_signatories("Signatories:\nAmber Civic Forum \xE2\x80\x93 DE\nBirchwood Lawyers Union \xE2\x80\x93 EL\n"
                                          "Coral Rights Network \xE2\x80\x93 FR\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Civic Forum", "DE", "DE"), org_in("Birchwood Lawyers Union", "EL", "GR"),
                          org_in("Coral Rights Network", "FR", "FR")});
    auto const t = parse(with_signatories("Signatories:\nAmber Civic Forum (DE)\nDune Workers' Solidarity (EL)\n"
                                          "Coral Rights Network (FR)\n"))
                       .statement;
    check_signatories(t, {org_in("Amber Civic Forum", "DE", "DE"), org_in("Dune Workers' Solidarity", "EL", "GR"),
                          org_in("Coral Rights Network", "FR", "FR")});
}

TEST_CASE("layouts: a person's affiliation by its acronym before their country in parentheses is their role") {
    auto const s = parse(with_signatories("Signatories:\nMira Tallow (S&D, Poland)\nOren Vale, MEP (ALDE, Lithuania)\n"
                                          "Amber Lantern Association (ALA, Armenia)\n"))
                       .statement;
    check_signatories(s, {in(person("Mira Tallow", "S&D"), "Poland", "PL"), in(person("Oren Vale", "MEP (ALDE)"), "Lithuania", "LT"),
                          org("Amber Lantern Association", "ALA", "Armenia", "AM")});
}

TEST_CASE("layouts: a country's code after the signer's acronym or a person's affiliation is the signer's country") {
    // "(CRN) – BE" was a second entry of its own, which ended the list.
    auto const s = parse(with_signatories("Signatories:\nAmber Civic Forum (ACF) \xE2\x80\x93 DE\n"
                                          "Coral Rights Network (CRN) \xE2\x80\x93 BE\nBirchwood Helsinki Platform (BHP, PL)\n"
                                          "Mira Tallow (Renew Amber, BE)\n"))
                       .statement;
    check_signatories(s, {org("Amber Civic Forum", "ACF", "DE", "DE"), org("Coral Rights Network", "CRN", "BE", "BE"),
                          org("Birchwood Helsinki Platform", "BHP", "PL", "PL"),
                          in(person("Mira Tallow", "Renew Amber"), "BE", "BE")});
    // In a list that shows itself American ("TX" is no country's code), a state's code after an
    // acronym is the signer's place: "CA" is California, not Canada.
    auto const t = parse(with_signatories("Signatories:\nAmber Tenants Union (ATU, CA)\nBirchwood Legal Aid (BLA, TX)\n"
                                          "Coral Housing Coalition (CHC, IL)\n"))
                       .statement;
    check_signatories(t, {at(org("Amber Tenants Union", "ATU"), "CA"), at(org("Birchwood Legal Aid", "BLA"), "TX"),
                          at(org("Coral Housing Coalition", "CHC"), "IL")});
}

TEST_CASE("layouts: in a list of country codes, a code that is the initials of a name's last words alone is the country") {
    // "MT", "SI" read off "Memorial Trust", "Space Institute" are Malta's and Slovenia's codes; a
    // short form opens with the name's first letter ("Amnesty International (AI)") and "NI" here
    // is Northern Ireland's.
    auto const s = parse(with_signatories("Signatories:\nAmber Journalists Association (MT)\n"
                                          "Dune Caruana Memorial Trust (MT)\nCoral Civic Space Institute (SI)\n"
                                          "Birchwood Free Speech Forum (DE)\nAmnesty International (AI)\n"
                                          "Birchwood Care Northern Ireland (NI)\nElm Press Forum (BG)\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Journalists Association", "MT", "MT"), org_in("Dune Caruana Memorial Trust", "MT", "MT"),
                          org_in("Coral Civic Space Institute", "SI", "SI"), org_in("Birchwood Free Speech Forum", "DE", "DE"),
                          org("Amnesty International", "AI"), org("Birchwood Care Northern Ireland", "NI"),
                          org_in("Elm Press Forum", "BG", "BG")});
}

TEST_CASE("layouts: in a list of country codes, two capitals that open two words of the name are its short form") {
    // "BI" is also Burundi's code; "Bi" opens "Birchwood" too, yet the letters are the initials
    // of "Birchwood Institute".
    auto const s = parse(with_signatories("Signatories:\nAmber Civic Forum (DE)\nBirchwood Institute (BI)\n"
                                          "Coral Rights Network (FR)\nDune Press Centre (AT)\n"))
                       .statement;
    check_signatories(s, {org_in("Amber Civic Forum", "DE", "DE"), org("Birchwood Institute", "BI"),
                          org_in("Coral Rights Network", "FR", "FR"), org_in("Dune Press Centre", "AT", "AT")});
}

TEST_CASE("layouts: demands that open with whom they ask and a comma ('Al Estado de X, restituir …', 'Aux autorités, de libérer …')") {
    // Paragraphs without markers: the comma stands for the colon of "To the European Union: …",
    // before what asks.
    auto const s = parse("Pronunciamiento ante el cierre de la Radio Ámbar\n\n1 de agosto de 2024\n\n"
                         "Las organizaciones abajo firmantes repudiamos el cierre de la Radio Ámbar.\n\nExigimos:\n\n"
                         "Al Estado de Amberland, restituir la licencia de la Radio Ámbar y devolver sus equipos.\n\n"
                         "A la comunidad internacional, no normalizar las relaciones con el gobierno.\n\n"
                         "Firmantes:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(s) ==
          "Al Estado de Amberland, restituir la licencia de la Radio Ámbar y devolver sus equipos. => Estado de Amberland\n"
          "A la comunidad internacional, no normalizar las relaciones con el gobierno. => la comunidad internacional\n");
    auto const t = parse("Déclaration sur la fermeture de Radio Ambre\n\nNous, organisations soussignées, condamnons la "
                         "fermeture de Radio Ambre.\n\nNous demandons :\n\n"
                         "Aux autorités d'Amberland, de libérer sans condition les journalistes détenus.\n\n"
                         "À la Commission ambrienne, de maintenir le dialogue avec la société civile.\n\n"
                         "Signataires :\n\nCentre Ambre\nLigue Birchwood\n")
                       .statement;
    CHECK(describe_calls(t) == "Aux autorités d'Amberland, de libérer sans condition les journalistes détenus. => autorités d'Amberland\n"
                               "À la Commission ambrienne, de maintenir le dialogue avec la société civile. => la Commission ambrienne\n");
    // Numbered, after a demand of a noun: each item's own addressee.
    auto const u = parse("Pronunciamiento ante la criminalización de autoridades indígenas\n\nLas organizaciones abajo "
                         "firmantes condenamos la orden de captura.\n\nExigimos:\n\n"
                         "1. Al Ministerio Público de Amberland, el cese inmediato de la persecución penal.\n"
                         "2. Al Organismo Judicial, garantizar el debido proceso.\n\nFirmantes:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(u) == "Al Ministerio Público de Amberland, el cese inmediato de la persecución penal. => Ministerio Público de Amberland\n"
                               "Al Organismo Judicial, garantizar el debido proceso. => Organismo Judicial\n");
    // A comma that closes an opening clause before prose is no addressee's.
    auto const v = parse("Pronunciamiento ante el cierre de la Radio Ámbar\n\nLas organizaciones abajo firmantes repudiamos "
                         "el cierre.\n\nA la fecha, el Estado de Amberland no ha respondido a las solicitudes.\n\n"
                         "A los periodistas, la policía les retiró sus credenciales.\n\nFirmantes:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(v.call_groups.empty());
}

TEST_CASE("layouts: a form of address alone on its line ('Señor' / 'Oren Vale Tallow') is no reader; the name under it is") {
    auto const s = parse("Carta abierta al Presidente de Amberland sobre la Radio Ámbar\n\nPuerto Ámbar, 4 de noviembre de 2024\n\n"
                         "Señor\nOren Vale Tallow\nPresidente de Amberland\nPresente\n\n"
                         "Las organizaciones abajo firmantes nos dirigimos a usted ante el cierre de la Radio Ámbar.\n\n"
                         "Firmantes:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    std::vector<std::string> lines;
    for (auto const& a : s.addresses)
        if (a.source == address_source::address_line) lines.push_back(a.addressee);
    CHECK(lines == std::vector<std::string>{"Oren Vale Tallow"});
}

TEST_CASE("layouts: a Spanish letter's 'le solicitamos' over its demands asks them of its reader") {
    auto const s = parse("Carta abierta al Congreso de Amberland sobre la Radio Ámbar\n\nLas organizaciones abajo firmantes "
                         "nos dirigimos a ustedes ante el cierre de la Radio Ámbar.\n\nPor ello, les solicitamos:\n\n"
                         "1. Restituir la licencia de la Radio Ámbar.\n2. Devolver sus equipos.\n\n"
                         "Firmantes:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(s) == calls_to("Congreso de Amberland", {"Restituir la licencia de la Radio Ámbar.", "Devolver sus equipos."}));
    // The verb that names whom it asks after it names them; a letter that names no reader leaves
    // its demands unaddressed, not asked of "les".
    auto const t = parse("Pronunciamiento ante el cierre de la Radio Ámbar\n\nLas organizaciones abajo firmantes "
                         "repudiamos el cierre de la Radio Ámbar.\n\nPor ello, les solicitamos:\n\n"
                         "1. Restituir la licencia de la Radio Ámbar.\n2. Devolver sus equipos.\n\n"
                         "Firmantes:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(t) == calls_to("(none)", {"Restituir la licencia de la Radio Ámbar.", "Devolver sus equipos."}));
    auto const u = parse("Pronunciamiento ante el cierre de la Radio Ámbar\n\nLas organizaciones abajo firmantes "
                         "repudiamos el cierre de la Radio Ámbar.\n\nPor ello, les exigimos a las autoridades de Amberland:\n\n"
                         "1. Restituir la licencia de la Radio Ámbar.\n2. Devolver sus equipos.\n\n"
                         "Firmantes:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(u) ==
          calls_to("las autoridades de Amberland", {"Restituir la licencia de la Radio Ámbar.", "Devolver sus equipos."}));
}

TEST_CASE("layouts: investors' 'We expect companies … to:' over a list introduces demands of the companies") {
    auto const s = parse("Investor statement on forced labour in the Amberland garment sector\n\nWe, the undersigned investors, "
                         "are concerned by reports of forced labour in the Amberland garment sector.\n\n"
                         "We expect companies sourcing from Amberland to:\n\n1. Map and disclose their suppliers;\n"
                         "2. Provide remedy for affected workers.\n\nSigned by:\n\nAmber Asset Management\nBirchwood Pension Fund\n")
                       .statement;
    CHECK(describe_calls(s) ==
          calls_to("companies sourcing from Amberland", {"Map and disclose their suppliers;", "Provide remedy for affected workers."}));
    auto const t = parse("Investor statement on forced labour in the Amberland garment sector\n\nWe, the undersigned investors, "
                         "are concerned by reports of forced labour in the Amberland garment sector.\n\n"
                         "Investors expect companies to:\n\n1. Map and disclose their suppliers;\n"
                         "2. Provide remedy for affected workers.\n\nSigned by:\n\nAmber Asset Management\nBirchwood Pension Fund\n")
                       .statement;
    CHECK(describe_calls(t) == calls_to("companies", {"Map and disclose their suppliers;", "Provide remedy for affected workers."}));
}

TEST_CASE("layouts: a person's role in lower case after a dash counts its words up to the comma before the affiliation") {
    auto const s = parse("Открытое письмо учёных\n\nМы, нижеподписавшиеся, требуем освободить наших коллег.\n\n"
                         "Подписали:\n"
                         "Вера Степановна Ольхова \xE2\x80\x94 кандидат исторических наук, Янтарный университет в Березовом Доле\n"
                         "Мира Таллоу \xE2\x80\x94 доцент, Институт Берёзовой долины\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Вера Степановна Ольхова");
    CHECK(s.signatories[0].role == std::optional<std::string>("кандидат исторических наук, Янтарный университет в Березовом Доле"));
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.unrecognised.empty());
    auto const t = parse(with_signatories("Signed:\nOren Vale \xE2\x80\x93 senior lecturer in comparative constitutional law, Birchwood Institute\n"
                                          "Mira Tallow \xE2\x80\x93 journalist, Amber Gazette\n"))
                       .statement;
    check_signatories(t, {person("Oren Vale", "senior lecturer in comparative constitutional law, Birchwood Institute"),
                          person("Mira Tallow", "journalist, Amber Gazette")});
}

TEST_CASE("layouts: 'Name (Country), Role, Organisation' is one person, the country in the parentheses and the rest the role") {
    auto const s = parse(with_signatories("Signed:\nProf. Mira Tallow (Poland), Dean, Faculty of Law, Birchwood University\n"
                                          "Oren Vale (Kenya), Co-Chair, ABCL\n"
                                          "Anna Berg (Germany), Director\n"))
                       .statement;
    check_signatories(s, {in(person("Prof. Mira Tallow", "Dean, Faculty of Law, Birchwood University"), "Poland", "PL"),
                          in(person("Oren Vale", "Co-Chair, ABCL"), "Kenya", "KE"),
                          in(person("Anna Berg", "Director"), "Germany", "DE")});
    // Each signer with parentheses of its own is a list.
    auto const t = parse(with_signatories("Signed:\nAmber Lantern (Georgia), Birchwood Watch (Poland), Coral Forum (Kenya)\n")).statement;
    CHECK(t.signatories.size() == 3);
}

TEST_CASE("layouts: a surname's ending shows a person whose given name no table lists ('Зарема Тулпарова', 'Crina Dumbraveanu')") {
    auto const ru = parse("Заявление\n\nМы, нижеподписавшиеся, требуем освободить задержанных журналистов.\n\n"
                          "Подписали:\nЗарема Тулпарова\nАйдар Кенжебеков\nГиви Чхаидзе\nКлуб Тулпарова\nСеверский Янтарский\n")
                        .statement;
    // An organisation's word outweighs the ending ("Клуб Тулпарова"); two words that both end
    // so are two adjectives of a name ("Северский Янтарский").
    check_signatories(ru, {person("Зарема Тулпарова"), person("Айдар Кенжебеков"), person("Гиви Чхаидзе"),
                           org("Клуб Тулпарова"), org("Северский Янтарский")});
    auto const ro = parse(with_signatories("Signatories:\nCrina Dumbraveanu\nAmber Lantern Association\nTudor Vâlcescu\n")).statement;
    check_signatories(ro, {person("Crina Dumbraveanu"), org("Amber Lantern Association"), person("Tudor Vâlcescu")});
}

TEST_CASE("layouts: in a list of people, a name of a person's shape whose given name no table lists is a person's ('Kwame Asante (Ghana)')") {
    auto const listed = parse(with_signatories("Signatories:\nAnna Berg (Poland)\nKofi Marlow (Ghana)\nJohn Tallow (Kenya)\n"
                                               "Tavita Oren (Chile)\nMaria Vell (Spain)\n"))
                            .statement;
    check_signatories(listed, {in(person("Anna Berg"), "Poland", "PL"), in(person("Kofi Marlow"), "Ghana", "GH"),
                               in(person("John Tallow"), "Kenya", "KE"), in(person("Tavita Oren"), "Chile", "CL"),
                               in(person("Maria Vell"), "Spain", "ES")});
    auto const sentence = parse(with_signatories("The statement was signed by Anna Berg, Kofi Marlow, John Tallow and Maria Vell."))
                              .statement;
    check_signatories(sentence, {person("Anna Berg"), person("Kofi Marlow"), person("John Tallow"), person("Maria Vell")});
    // Where organisations sign too, but fewer than the names of a person's shape, such a name is
    // a person's still; where they are as many, it keeps its reading.
    auto const mixed = parse(with_signatories("Signatories:\nAnna Berg\nAmber Lantern Association\nKofi Marlow\nJohn Tallow\n"
                                              "Birchwood Institute\nMaria Vell\n"))
                           .statement;
    check_signatories(mixed, {person("Anna Berg"), org("Amber Lantern Association"), person("Kofi Marlow"), person("John Tallow"),
                              org("Birchwood Institute"), person("Maria Vell")});
    auto const organisations = parse(with_signatories("Signatories:\nAnna Berg\nAmber Lantern Association\nKofi Marlow\n"
                                                      "Birchwood Institute\nCoral Rights Network\n"))
                                   .statement;
    check_signatories(organisations, {person("Anna Berg"), org("Amber Lantern Association"), org("Kofi Marlow"),
                                      org("Birchwood Institute"), org("Coral Rights Network")});
    // A word in capitals is an organisation's way of writing its name ("Both ENDS").
    auto const capitals = parse(with_signatories("Signatories:\nAnna Berg\nJohn Tallow\nMaria Vell\nSteady WAYS\n")).statement;
    check_signatories(capitals, {person("Anna Berg"), person("John Tallow"), person("Maria Vell"), org("Steady WAYS")});
}

TEST_CASE("layouts: an introduction that asks several the same ('on X, on Y and on Z to:') addresses each item to them all") {
    auto const s = parse("Joint statement on Amberland\n\nWe call on the Government of Amberland, on the European Union and on the "
                         "Amber Human Rights Council to:\n\n1. release all detained journalists;\n2. restore the closed broadcasters' "
                         "licences.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    auto const& c = s.call_groups[0].calls[1];
    CHECK(c.addressees == std::vector<std::string>{"the Government of Amberland", "the European Union", "the Amber Human Rights Council"});
    CHECK(c.addressee == std::optional<std::string>("the Amber Human Rights Council"));
    // One asked something of their own before the last clause is not asked the items.
    auto const t = parse("Joint statement on Amberland\n\nWe call on protesters to refrain from violence, and on the police "
                         "and on the Prosecutor General to:\n\n1. release all detained journalists;\n2. investigate the use of "
                         "force.\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    REQUIRE(t.call_groups[0].calls.size() == 2);
    CHECK(t.call_groups[0].calls[0].addressees == std::vector<std::string>{"the police", "the Prosecutor General"});
    // A call of one addressee lists that one.
    auto const u = parse("Joint statement on Amberland\n\nWe call on the Government of Amberland to:\n\n1. release all detained "
                         "journalists;\n2. restore the closed broadcasters' licences.\n")
                       .statement;
    REQUIRE(u.call_groups.size() == 1);
    REQUIRE(!u.call_groups[0].calls.empty());
    CHECK(u.call_groups[0].calls[0].addressees == std::vector<std::string>{"the Government of Amberland"});
}

TEST_CASE("layouts: whom a demand asks in lower case after 'To' ('To governments: stop …', 'To investors and lenders: to suspend …')") {
    auto const s = parse("Statement on the right to protest\n\nOur recommendations:\n\n- To governments: stop the use of lethal "
                         "force against protesters.\n- To the police: release everyone detained for protesting.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressee == std::optional<std::string>("governments"));
    auto const t = parse("Open letter on the Amber dam\n\nThe dam would flood the lands of four communities.\n\nTo investors and "
                         "lenders: to suspend all financing of the project.\n\nTo the Government of Amberland: to repeal the decree "
                         "of 4 February.\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    REQUIRE(t.call_groups[0].calls.size() == 2);
    CHECK(t.call_groups[0].calls[0].addressee == std::optional<std::string>("investors and lenders"));
    // What follows the colon asks nothing: no addressee.
    auto const u = parse("Statement on Amberland\n\nTo date: forty journalists remain in prison.\n\nTo the Government of "
                         "Amberland: to repeal the decree of 4 February.\n")
                       .statement;
    CHECK(u.call_groups.empty());
}

TEST_CASE("layouts: a Russian addressee of two offices before the colon ('Призываем Генеральную прокуратуру … и Следственный комитет …:')") {
    auto const s = parse("Заявление о задержании активистов\n\nМы обеспокоены задержанием активистов в Янтарске.\n\nПризываем "
                         "Генеральную прокуратуру Российской Федерации и Следственный комитет по Янтарскому краю:\n\n- провести "
                         "независимое расследование обстоятельств задержания;\n- прекратить уголовное преследование активистов.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees ==
          std::vector<std::string>{"Генеральную прокуратуру Российской Федерации и Следственный комитет по Янтарскому краю"});
}

TEST_CASE("layouts: 'Просим Вас, уважаемый господин Президент:' asks the letter's reader") {
    auto const s = parse("Открытое письмо Президенту Республики Янтария\n\nМы обращаемся к Вам в связи с приговором журналисту.\n\n"
                         "Просим Вас, уважаемый господин Президент:\n\n1. помиловать журналиста;\n2. поручить прокуратуре проверить "
                         "законность приговора.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == std::vector<std::string>{"Президенту Республики Янтария"});
}

TEST_CASE("layouts: numbered addressees with roman parts ('2. Parliament to:' / '(i) repeal …') under recommendations") {
    auto const s = parse("Joint submission on the NGO law of Amberland\n\nWe make the following recommendations:\n\n1. The Government "
                         "to:\n(i) withdraw the draft law;\n(ii) consult civil society on any future rules.\n\n2. Parliament to:\n"
                         "(i) repeal Article 12 of the Law on Associations;\n(ii) amend the Criminal Code.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    auto const& calls = s.call_groups[0].calls;
    REQUIRE(calls.size() == 4);
    CHECK(calls[0].text == "withdraw the draft law;");
    CHECK(calls[0].addressee == std::optional<std::string>("The Government"));
    CHECK(calls[2].text == "repeal Article 12 of the Law on Associations;");
    CHECK(calls[3].addressee == std::optional<std::string>("Parliament"));
}

TEST_CASE("layouts: Bosnia and Herzegovina's short forms ('BiH', 'B&H') are its country, no acronym") {
    auto const s = parse(with_signatories("Signatories:\nCentar za mir Vell, BiH\nUdruženje Amber, B&H\nAmber Lantern Association (BiH)\n"))
                       .statement;
    check_signatories(s, {org_in("Centar za mir Vell", "BiH", "BA"), org_in("Udruženje Amber", "B&H", "BA"),
                          org_in("Amber Lantern Association", "BiH", "BA")});
}

TEST_CASE("layouts: a person's pronouns or their name in another script in parentheses ('(they/them)', '(李伟)') are none of the fields") {
    auto const s = parse(with_signatories("Signed:\nAlex Tallow (they/them), Researcher, Canada\nJordan Vell (he/him), archivist, Mexico\n"
                                          "Li Wei (李伟), journalist, China\nAigerim Sadykova (Айгерим Садыкова), historian, Kazakhstan\n"))
                       .statement;
    check_signatories(s, {in(person("Alex Tallow", "Researcher"), "Canada", "CA"), in(person("Jordan Vell", "archivist"), "Mexico", "MX"),
                          in(person("Li Wei", "journalist"), "China", "CN"),
                          in(person("Aigerim Sadykova", "historian"), "Kazakhstan", "KZ")});
    // An organisation's name in another language stays what it was, and so does a person's
    // affiliation in another script of a name's shape but an organisation's word.
    auto const t = parse(with_signatories("Signed:\nAnna Berg (Центр Мемориал)\nMaria Vell (she/her)\n")).statement;
    check_signatories(t, {person("Anna Berg", "Центр Мемориал"), person("Maria Vell")});
}

TEST_CASE("layouts: a remark that a signer signs in a personal capacity after their country leaves them the country") {
    auto const s = parse(with_signatories("Signatories:\nJohn Tallow, Kenya (in a personal capacity)\n"
                                          "Jean Vell, France (à titre personnel)\nOlga Berg, Russia (в личном качестве)\n"
                                          "Prof. Oren Vale, University of Lakeshore (in personal capacity)\n"))
                       .statement;
    check_signatories(s, {in(person("John Tallow"), "Kenya", "KE"), in(person("Jean Vell"), "France", "FR"),
                          in(person("Olga Berg"), "Russia", "RU"),
                          person("Prof. Oren Vale", "University of Lakeshore (in personal capacity)")});
}

TEST_CASE("layouts: the part a signer takes in the signing in parentheses ('(supporter)', '(Unterstützer)', '(signataire)') is its role, no acronym nor place") {
    auto const s = parse(with_signatories("Signatories:\nAmber Civic Forum (endorsing)\nLakeshore Media Initiative (supporter)\n"
                                          "Pro Asyl Vallin (Unterstützer)\nInitiative Bleiberecht Vallin (Erstunterzeichnerin)\n"
                                          "Collectif Ambre (signataire)\nЦентр «Янтарь» (подписант)\nNorthern Lights Foundation\n"))
                       .statement;
    check_signatories(s, {as(org("Amber Civic Forum"), "endorsing"), as(org("Lakeshore Media Initiative"), "supporter"),
                          as(org("Pro Asyl Vallin"), "Unterstützer"), as(org("Initiative Bleiberecht Vallin"), "Erstunterzeichnerin"),
                          as(org("Collectif Ambre"), "signataire"), as(org("Центр «Янтарь»"), "подписант"),
                          org("Northern Lights Foundation")});
    // A town and an acronym in parentheses stay what they are.
    auto const t = parse(with_signatories("Signatories:\nAmber Civic Forum (Vallin)\nLakeshore Media Initiative (LMI)\n")).statement;
    check_signatories(t, {at(org("Amber Civic Forum"), "Vallin"), org("Lakeshore Media Initiative", "LMI")});
}

TEST_CASE("layouts: people written 'Name, role, Town' over a list give the towns as their places, out of their roles") {
    auto const s = parse("Tribune pour un moratoire sur la vidéosurveillance algorithmique\n\n"
                         "Nous, signataires de cette tribune, demandons au gouvernement de renoncer à la vidéosurveillance "
                         "algorithmique.\n\n"
                         "Premiers signataires :\n\n"
                         "Jean Vallin, avocat, Lyon\nClaire Tallow, sociologue, Rennes\n"
                         "Sophie Lefèvre, maîtresse de conférences, Clermont-Ferrand\nHugo Bernard, journaliste\n")
                       .statement;
    check_signatories(s, {at(person("Jean Vallin", "avocat"), "Lyon"), at(person("Claire Tallow", "sociologue"), "Rennes"),
                          at(person("Sophie Lefèvre", "maîtresse de conférences"), "Clermont-Ferrand"),
                          person("Hugo Bernard", "journaliste")});
    // One person so among people with an affiliation after their role keeps it in the role.
    auto const t = parse(with_signatories("Signatories:\nAnna Berg, researcher, Oxfam\n"
                                          "Oren Vale, lecturer, University of Lakeshore\nMira Tallow, editor, Amber Lantern Press\n"))
                       .statement;
    check_signatories(t, {person("Anna Berg", "researcher, Oxfam"), person("Oren Vale", "lecturer, University of Lakeshore"),
                          person("Mira Tallow", "editor, Amber Lantern Press")});
}

TEST_CASE("layouts: one name or a name with a particle before a role in lower case ('Tamta, singer', 'Laure de Vell, sociologue') is a person") {
    auto const s = parse(with_signatories("Signatories:\nTamta, singer\nMadonna, artist\nLaure de Villeneuve, sociologue\n"
                                          "Giorgi Vell, actor\n"))
                       .statement;
    check_signatories(s, {person("Tamta", "singer"), person("Madonna", "artist"), person("Laure de Villeneuve", "sociologue"),
                          person("Giorgi Vell", "actor")});
    // An organisation's name before a place or an acronym stays one.
    auto const t = parse(with_signatories("Signatories:\nMemorial, Moscow\nAmnesty, AI\nUNDP, observer\n")).statement;
    for (auto const& x : t.signatories) CHECK(x.type == signatory_type::organisation);
}

TEST_CASE("layouts: the letters of degrees and honours after a name ('AC CMG', 'PhD', 'OBE QC') leave a person a person") {
    auto const s = parse(with_signatories("Signatories:\nJane Tallow AC CMG\nJohn Vell PhD\nMary Berg OBE QC\n"
                                          "Amber Lantern Association\n"))
                       .statement;
    check_signatories(s, {person("Jane Tallow AC CMG"), person("John Vell PhD"), person("Mary Berg OBE QC"),
                          org("Amber Lantern Association")});
}

TEST_CASE("layouts: Austrian and German academic titles ('Mag.', 'MMag.', 'Dipl.-Ing.', 'Univ.-Prof.') open a person's name, a degree after it ('LL.M.') is no acronym") {
    auto const s = parse("Offener Brief: Pressefreiheit in Nordland sch\xC3\xBCtzen\n\n"
                         "Wir, die Unterzeichnenden, fordern die Regierung auf, das Mediengesetz zur\xC3\xBC" "ckzuziehen.\n\n"
                         "Unterzeichnende:\n"
                         "Mag. Johanna Tallow, Medienrechtsanw\xC3\xA4ltin\n"
                         "MMag. Eva Birchwood, Journalistin\n"
                         "Dipl.-Ing. Karl Vell, Datenschutzbeauftragter\n"
                         "Univ.-Prof. Mag. Dr. Peter Amber, Universit\xC3\xA4t Seeburg\n"
                         "Mag. iur. Lena Marsh, LL.M.\n"
                         "Verein Freie Medien Seeburg\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    for (std::size_t i = 0; i < 5; ++i) CHECK(s.signatories[i].type == signatory_type::person);
    CHECK(s.signatories[0].name == "Mag. Johanna Tallow");
    CHECK(s.signatories[2].name == "Dipl.-Ing. Karl Vell");
    CHECK(s.signatories[3].name == "Univ.-Prof. Mag. Dr. Peter Amber");
    CHECK(s.signatories[4].name.find("Lena Marsh") != std::string::npos);
    CHECK(!s.signatories[4].acronym);
    CHECK(s.signatories[5].type == signatory_type::organisation);
}

TEST_CASE("layouts: a letters page's signature, a name and a head's role without a comma ('Naomi Vell Chief executive, Fair Trade Foundation')") {
    auto const s = parse(with_signatories("Naomi Vell Chief executive, Amber Trade Foundation\nPeter Tallow Director, Water for Villages\n"))
                       .statement;
    check_signatories(s, {person("Naomi Vell", "Chief executive, Amber Trade Foundation"),
                          person("Peter Tallow", "Director, Water for Villages")});
}

TEST_CASE("layouts: a branch after an organisation's acronym and a comma ('(HRW), Brussels office') is the same signer's") {
    auto const s = parse(with_signatories("Signatories:\nAmber Rights Watch (ARW), Brussels office\nBirchwood Institute (BI), Berlin\n"
                                          "Coral Forum (CF), Lantern Society\n"))
                       .statement;
    check_signatories(s, {org("Amber Rights Watch (ARW), Brussels office", "ARW"), at(org("Birchwood Institute", "BI"), "Berlin"),
                          org("Coral Forum", "CF"), org("Lantern Society")});
}

TEST_CASE("layouts: a chapter of an organisation after a dash, in lower case ('– section canadienne francophone'), is one signer") {
    auto const s = parse("Lettre ouverte sur le projet de loi C-41\n\nLe 18 avril 2025\n\nNous, les organisations soussignées, vous "
                         "demandons de retirer le projet de loi C-41.\n\nSignataires :\n\n"
                         "Amnistie pour les droits – section canadienne francophone (Montréal, QC)\n"
                         "Forum des libertés civiles (Toronto, ON)\nRéseau d'appui aux réfugiés – antenne de Winnipeg\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amnistie pour les droits – section canadienne francophone");
    CHECK(s.signatories[0].type == signatory_type::organisation);
    CHECK(s.signatories[2].name == "Réseau d'appui aux réfugiés – antenne de Winnipeg");
}

TEST_CASE("layouts: one sentence that asks several ('on X to … and on Y to …') is a call of them all") {
    auto const s = parse("Joint statement on Amberland\n\nThe undersigned reject the law.\n\nWe call on the National Assembly to "
                         "repeal the law and on the Executive to refrain from new regulations.\nWe urge the Amber Human Rights "
                         "Council to renew the mission.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressees == std::vector<std::string>{"the National Assembly", "the Executive"});
    CHECK(s.call_groups[0].calls[1].addressees == std::vector<std::string>{"the Amber Human Rights Council"});
}

TEST_CASE("layouts: under 'We call on:', an item that names whom it asks before a colon is a demand of it") {
    auto const s = parse("Stop red-tagging in Amberland\n\nThe undersigned condemn red-tagging.\n\nWe call on:\n\n- the President of "
                         "Amberland: abolish the task force;\n- **the Department of Justice**: investigate the killings;\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressee == std::optional<std::string>("the President of Amberland"));
    CHECK(s.call_groups[0].calls[1].addressee == std::optional<std::string>("the Department of Justice"));
    // What follows the colon opens in capitals: a label over a sentence, no one asked.
    auto const t = parse("Stop red-tagging in Amberland\n\nWe call on:\n\n- the authorities to end the practice;\n- Note: The task "
                         "force was set up in 2018.\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    REQUIRE(!t.call_groups[0].calls.empty());
    CHECK(t.call_groups[0].calls[0].addressee == std::optional<std::string>("the authorities"));
    if (t.call_groups[0].calls.size() > 1) CHECK(!t.call_groups[0].calls[1].addressee);
}

TEST_CASE("layouts: items that make the calls, under a line with a colon that does not call ('make an urgent appeal:')") {
    auto const s = parse("Statement on the crisis in Amberland\n\n27 February 2024\n\nWe are concerned.\n\nThe undersigned "
                         "organisations make an urgent appeal:\n- to the UN Security Council, to adopt targeted sanctions;\n- to "
                         "the Government of Veloria, to end all support to the armed group.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressee == std::optional<std::string>("the UN Security Council"));
    CHECK(s.call_groups[0].calls[1].addressee == std::optional<std::string>("the Government of Veloria"));
    auto const t = parse("Statement on the crisis in Amberland\n\n27 February 2024\n\nWe are concerned.\n\nThe coalition:\n- calls "
                         "on the President to respect the electoral calendar;\n- urges the Constitutional Council to rule without "
                         "delay.\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    REQUIRE(t.call_groups[0].calls.size() == 2);
    CHECK(t.call_groups[0].calls[0].addressee == std::optional<std::string>("the President"));
    CHECK(t.call_groups[0].calls[1].addressee == std::optional<std::string>("the Constitutional Council"));
    // A list under a line with a colon whose items ask nothing stays what it was.
    auto const u = parse("Statement on the crisis in Amberland\n\nBackground:\n- on 3 May the police dispersed a rally;\n- two "
                         "journalists were detained.\n")
                       .statement;
    CHECK(u.call_groups.empty());
}

TEST_CASE("layouts: a name with particles after an unknown given name, then a role, is one person ('Pieter van der Berg, Chair, …')") {
    auto const s = parse(with_signatories("Signatories:\nDafydd ap Rhys, Director, Hawliau Cymru\n"
                                          "Pieter van der Berg, Chair, Dutch Canadian Forum\nRhys ab Owen, Coordinator, Amber Forum\n"))
                       .statement;
    check_signatories(s, {person("Dafydd ap Rhys", "Director, Hawliau Cymru"),
                          person("Pieter van der Berg", "Chair, Dutch Canadian Forum"),
                          person("Rhys ab Owen", "Coordinator, Amber Forum")});
    // An organisation's name with a particle before a list of names stays a list.
    auto const t = parse(with_signatories("Signatories:\nCentre de la Paix, Amber Forum, Birchwood Circle\n")).statement;
    check_signatories(t, {org("Centre de la Paix"), org("Amber Forum"), org("Birchwood Circle")});
}

TEST_CASE("layouts: Canadian provinces and Australian states after a town are places, not acronyms nor signers") {
    auto const s = parse(with_signatories("Signatories:\nAmber Civil Liberties Forum (Toronto, ON)\n"
                                          "Atlantic Rights Network, Halifax, NS\n"
                                          "Coral Refugee Housing Society \xE2\x80\x93 Vancouver, BC\n"
                                          "Dune Advice Collective (Sydney, NSW)\nElm Support Network (Melbourne, Victoria)\n"))
                       .statement;
    check_signatories(s, {at(org("Amber Civil Liberties Forum"), "Toronto, ON"), at(org("Atlantic Rights Network"), "Halifax, NS"),
                          at(org("Coral Refugee Housing Society"), "Vancouver, BC"),
                          at(org("Dune Advice Collective"), "Sydney, NSW"),
                          at(org("Elm Support Network"), "Melbourne, Victoria")});
}

TEST_CASE("layouts: an office with its article before its holder's name ('Le Président, Dr Koffi Yao') is the person's role") {
    auto const s = parse(with_signatories("Signataires :\nLe Président, Dr Koffi Vell\nLa Coordinatrice, Mme Awa Tallow\n")).statement;
    check_signatories(s, {person("Dr Koffi Vell", "Président"), person("Mme Awa Tallow", "Coordinatrice")});
    auto const t = parse(with_signatories("Signatories:\nThe President, Dr John Tallow\nAnna Berg, President\n")).statement;
    check_signatories(t, {person("Dr John Tallow", "President"), person("Anna Berg", "President")});
}

TEST_CASE("layouts: a town of several words before the country in an organisation's parentheses is its place") {
    auto const s = parse(with_signatories("Signatories:\nAmber Committee against Torture (Nizhny Novgorod, Russia)\n"
                                          "Комитет против пыток (Нижний Новгород, Россия)\nBirchwood Forum (Yoshkar-Ola, Russia)\n"))
                       .statement;
    check_signatories(s, {at(org_in("Amber Committee against Torture", "Russia", "RU"), "Nizhny Novgorod"),
                          at(org_in("Комитет против пыток", "Россия", "RU"), "Нижний Новгород"),
                          at(org_in("Birchwood Forum", "Russia", "RU"), "Yoshkar-Ola")});
}

TEST_CASE("layouts: two acronyms parted by a slash, or an acronym and a legal form, in parentheses are the name's acronym") {
    auto const s = parse(with_signatories("Signatories:\nRéseau Ouest-Africain des Défenseurs des Droits Humains (ROADDH/WAHRDN)\n"
                                          "Amber Lantern Network (ALN / RAL)\nDeutsch-Russischer Austausch (DRA e.V.)\n"))
                       .statement;
    check_signatories(s, {org("Réseau Ouest-Africain des Défenseurs des Droits Humains", "ROADDH/WAHRDN"),
                          org("Amber Lantern Network", "ALN / RAL"), org("Deutsch-Russischer Austausch", "DRA")});
}

TEST_CASE("layouts: a headline that opens with a campaign's hashtag is the title ('#KeepItOn: …')") {
    auto const s = parse("#KeepItOn: Internet shutdowns in Vareth must end\n\nOctober 10, 2025\n\n"
                         "We, the undersigned organisations, urge operators to resist shutdown orders.\n\n"
                         "Signed,\nAmber Access Forward - Global\nCoral Digital Rights Centre - Lebanon\n")
                       .statement;
    REQUIRE(s.title);
    CHECK(s.title->text == "#KeepItOn: Internet shutdowns in Vareth must end");
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("layouts: a short text's headline parted by a bar stays its title over a one-sentence body and its signers") {
    auto const s = parse("JOINT STATEMENT | Release the detained defenders in Cajamarca\n\nLima, 18 February 2025\n\n"
                         "We call on the Ministry of the Interior to release the defenders.\n\n"
                         "Signed:\nAmber Rights Watch\nCoral Free Press (CFP)\n")
                       .statement;
    REQUIRE(s.title);
    CHECK(s.title->text.find("Release the detained defenders") != std::string::npos);
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("layouts: a press contact, a petition's counter and a footer's links under the list are no signers") {
    auto const s = parse(with_signatories("Signatories:\nAmber Lantern Association\nBirchwood Rights Centre\nCoral Press Union\n\n"
                                          "For media enquiries contact Mira Tallow, +66 81 000 0000, media@amber.example.org\n\n"
                                          "1,204 signatures\n\nPrivacy Policy | Terms of Service\n"))
                       .statement;
    check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Rights Centre"), org("Coral Press Union")});
}

TEST_CASE("layouts: a letter signed off in te reo Māori or with thanks gives the names under the closing") {
    for (std::string_view closing : {"Ngā mihi nui,", "Nāku noa, nā", "Thank you for your attention to this matter."}) {
        auto const s = parse("Open letter to the Minister of Conservation\n\n12 March 2026\n\n"
                             "We write to ask that the Minister halt the seabed mining consents until the review is complete. "
                             "The consents threaten the coast and its fisheries.\n\n" +
                             std::string(closing) + "\n\nTe Rōpū Tiaki Moana\nKororā Coast Trust\nWhenua Futures\n")
                           .statement;
        INFO(closing);
        CHECK(s.signatories.size() == 3);
        for (auto const& signer : s.signatories) CHECK(signer.name.find("mihi") == std::string::npos);
    }
}

TEST_CASE("layouts: a table's column that gives a person's post keeps it as the role, whatever organisation it names") {
    auto const s = parse("# Keep the code open\n\nWe ask the Ministry to keep publishing the code.\n\n## Signatories\n\n"
                         "| Name | Description | Country | Link |\n|------|-------------|---------|------|\n"
                         "| Amber Software Society | Association | Estonia | |\n"
                         "| Liis Tamm | Researcher, University of Tartu | Estonia | https://liis.example.ee |\n"
                         "| Mart Kask | Developer | Estonia | |\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].type == signatory_type::organisation);
    CHECK(s.signatories[1].type == signatory_type::person);
    CHECK(s.signatories[1].role == std::optional<std::string>("Researcher, University of Tartu"));
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.signatories[2].role == std::optional<std::string>("Developer"));
}

TEST_CASE("layouts: an organisation with its acronym, then the person who signs for it and their post, is one signer") {
    // The person and post are the organisation's representative, its role: not two more signers.
    auto const s = parse(with_signatories("Signed,\n\n"
                                          "Amber Civil Liberties Monitoring Group (ACLMG), Tim Marsh, National Coordinator\n"
                                          "Open Networks Alliance (ONA), Priya Raman, Executive Director\n"
                                          "Birchwood Digital Rights Coalition\n"))
                       .statement;
    check_signatories(s, {{"Amber Civil Liberties Monitoring Group", "ACLMG", nullptr, nullptr, "Tim Marsh, National Coordinator",
                           signatory_type::organisation},
                          {"Open Networks Alliance", "ONA", nullptr, nullptr, "Priya Raman, Executive Director",
                           signatory_type::organisation},
                          org("Birchwood Digital Rights Coalition")});
}

TEST_CASE("layouts: a clergyman's style of several words before the name keeps a person, their post and church one signer") {
    auto const s = parse(with_signatories("Signatories:\n\nThe Rt. Rev. Anne Whitfield, Bishop, Diocese of Northmoor\n"
                                          "The Most Rev. Paul Grant, Archbishop, Province of the Western Isles\n"
                                          "Rabbi Miriam Cohen, Westbrook Reform Synagogue\n"))
                       .statement;
    check_signatories(s, {person("The Rt. Rev. Anne Whitfield", "Bishop, Diocese of Northmoor"),
                          person("The Most Rev. Paul Grant", "Archbishop, Province of the Western Isles"),
                          person("Rabbi Miriam Cohen", "Westbrook Reform Synagogue")});
    // A line of such names alone is one signer a name.
    auto const t = parse(with_signatories("Signatories:\n\nThe Rt. Rev. Anne Whitfield, The Most Rev. Paul Grant, The Rev. John Park\n"))
                       .statement;
    check_signatories(t, {person("The Rt. Rev. Anne Whitfield"), person("The Most Rev. Paul Grant"), person("The Rev. John Park")});
}

TEST_CASE("layouts: a rank in lower case or an honorary title before a name gives a person ('прот. Иоанн Петров')") {
    auto const s = parse("Обращение священнослужителей в защиту мира\n\n12 марта 2025 года\n\n"
                         "Мы, священнослужители и миряне, призываем прекратить преследование людей за слова о мире.\n\n"
                         "Подписали:\n\nпрот. Иоанн Петров\nиерей Алексей Светлов\nЗаслуженный юрист России Анна Котова\n")
                       .statement;
    check_signatories(s, {person("прот. Иоанн Петров"), person("иерей Алексей Светлов"),
                          person("Заслуженный юрист России Анна Котова")});
    // Letters of a religious order after the name are none of an organisation's.
    auto const t = parse(with_signatories("Signed:\n\nBr. Armin Luisto FSC\nFr. Paolo Santos OFM\n")).statement;
    check_signatories(t, {person("Br. Armin Luisto FSC"), person("Fr. Paolo Santos OFM")});
}

TEST_CASE("layouts: a post in sentence case after a name opens at its capitalised word ('Tom Barrow Campaigns officer, …')") {
    auto const s = parse(with_signatories("Tom Barrow Campaigns officer, Amber Rights UK\n"
                                          "Priya Shah Campaign officer, Refugee Action Amber\n"
                                          "Naomi Achterberg Chief executive, Fair Trade Foundation\n"
                                          "Helen Marsh Policy officer, Liberty Amber\n"))
                       .statement;
    check_signatories(s, {person("Tom Barrow", "Campaigns officer, Amber Rights UK"),
                          person("Priya Shah", "Campaign officer, Refugee Action Amber"),
                          person("Naomi Achterberg", "Chief executive, Fair Trade Foundation"),
                          person("Helen Marsh", "Policy officer, Liberty Amber")});
}

TEST_CASE("layouts: two capitals after a name of three long words that its first two do not begin are the country's code") {
    // "LT" is read off "Lietuvos … teisių", but a short form of such a name is longer.
    auto const s = parse(with_signatories("Signatories:\nLietuvos pilietinių teisių centras – LT\n"
                                          "Latvijas Cilvēktiesību Komiteja – LV\nPro Refugio Hellas – EL\n"))
                       .statement;
    check_signatories(s, {org_in("Lietuvos pilietinių teisių centras", "LT", "LT"),
                          org_in("Latvijas Cilvēktiesību Komiteja", "LV", "LV"), org_in("Pro Refugio Hellas", "EL", "GR")});
}

TEST_CASE("layouts: a kind's label in capitals wrapped before its authors' word stands over the headline") {
    auto const parsed = [](std::string const& head) {
        return parse(head +
                     "\n\n12 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2026 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\n\n"  // 12 марта 2026 года
                     "\xD0\x9C\xD1\x8B \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB7\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB5\xD0\xBC "  // Мы призываем
                     "\xD0\xB2\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 \xD0\x9F\xD0\xB5\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0 "  // власти Пелама
                     "\xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C "  // освободить
                     "\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2.\n\n"  // журналистов.
                     "Signed:\nAmber Lantern Association\nBirchwood Rights Centre\n")
            .statement;
    };
    // "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ" / "ПРАВОЗАЩИТНЫХ ОРГАНИЗАЦИЙ" / "Власти Пелама должны освободить журналистов"
    std::string const label = "\xD0\xA1\xD0\x9E\xD0\x92\xD0\x9C\xD0\x95\xD0\xA1\xD0\xA2\xD0\x9D\xD0\x9E\xD0\x95 "
                              "\xD0\x97\xD0\x90\xD0\xAF\xD0\x92\xD0\x9B\xD0\x95\xD0\x9D\xD0\x98\xD0\x95";
    std::string const authors = "\xD0\x9F\xD0\xA0\xD0\x90\xD0\x92\xD0\x9E\xD0\x97\xD0\x90\xD0\xA9\xD0\x98\xD0\xA2\xD0\x9D\xD0\xAB\xD0\xA5 "
                                "\xD0\x9E\xD0\xA0\xD0\x93\xD0\x90\xD0\x9D\xD0\x98\xD0\x97\xD0\x90\xD0\xA6\xD0\x98\xD0\x99";
    std::string const headline = "\xD0\x92\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 \xD0\x9F\xD0\xB5\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0 "
                                 "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB6\xD0\xBD\xD1\x8B \xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE"
                                 "\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81"
                                 "\xD1\x82\xD0\xBE\xD0\xB2";
    auto const s = parsed(label + "\n" + authors + "\n\n" + headline);
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == headline);
    CHECK(s.kind == statement_kind::joint_statement);
    CHECK(!s.publisher.has_value());
    // The same in English.
    auto const en = parsed("JOINT STATEMENT\nOF HUMAN RIGHTS ORGANISATIONS\n\nPelham must free its journalists");
    REQUIRE(en.title.has_value());
    CHECK(en.title->text == "Pelham must free its journalists");
    // A line under the label that says what the text is about is the headline's.
    auto const topic = parsed("JOINT STATEMENT OF NGOS\nON THE DETENTION OF JOURNALISTS IN PELHAM");
    REQUIRE(topic.title.has_value());
    CHECK(topic.title->text == "JOINT STATEMENT OF NGOS ON THE DETENTION OF JOURNALISTS IN PELHAM");
}

TEST_CASE("layouts: a submission's 'From:' line under the headline names its authors; it is no headline") {
    auto const s = parse("Submission to the Justice Committee on the Public Safety (Protest Powers) Bill\n\n"
                         "From: A coalition of 14 community law centres and civil liberties groups\n\n3 March 2026\n\n"
                         "This submission is made by the organisations listed below. We oppose the Bill in its current form.\n\n"
                         "Submitted by:\nAmber Community Law Centre\nBirchwood Tenants Legal Service\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Submission to the Justice Committee on the Public Safety (Protest Powers) Bill");
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 3);
}

TEST_CASE("layouts: a kind's label glued to the headline or before a bar names the kind and is no part of the title") {
    auto const parsed = [](std::string const& head) {
        return parse(head + "\n\n14 April 2026\n\nWe, the undersigned organisations, urge the National Assembly of "
                            "Pelham to reject the draft law.\n\nSignatories:\nAmber Lantern Association\nBirchwood Rights Centre\n")
            .statement;
    };
    // A PDF's kicker whose line break the copy lost.
    auto const glued = parsed("OPEN LETTERProtect civic space in Pelham: withdraw the draft law on foreign funding");
    REQUIRE(glued.title.has_value());
    CHECK(glued.title->text == "Protect civic space in Pelham: withdraw the draft law on foreign funding");
    CHECK(glued.kind == statement_kind::open_letter);
    auto const barred = parsed("COMUNICADO CONJUNTO | Exigimos la liberaci\xC3\xB3n de las defensoras de R\xC3\xADo Claro");
    REQUIRE(barred.title.has_value());
    CHECK(barred.title->text == "Exigimos la liberaci\xC3\xB3n de las defensoras de R\xC3\xADo Claro");
    CHECK(barred.kind == statement_kind::joint_statement);
    // A label in capitals that goes on in small letters after a space is the headline's start:
    // "ВІДКРИТИЙ ЛИСТ до Міністра оборони Пеламу".
    std::string const to_minister = "\xD0\x92\xD0\x86\xD0\x94\xD0\x9A\xD0\xA0\xD0\x98\xD0\xA2\xD0\x98\xD0\x99 "
                                    "\xD0\x9B\xD0\x98\xD0\xA1\xD0\xA2 \xD0\xB4\xD0\xBE \xD0\x9C\xD1\x96\xD0\xBD\xD1\x96"
                                    "\xD1\x81\xD1\x82\xD1\x80\xD0\xB0 \xD0\xBE\xD0\xB1\xD0\xBE\xD1\x80\xD0\xBE\xD0\xBD"
                                    "\xD0\xB8 \xD0\x9F\xD0\xB5\xD0\xBB\xD0\xB0\xD0\xBC\xD1\x83";
    auto const spaced = parsed(to_minister);
    REQUIRE(spaced.title.has_value());
    CHECK(spaced.title->text == to_minister);
    // An acronym glued to a word in capitals, or a label that says more than its kind, stays.
    auto const acronym = parsed("NGOs urge Pelham to withdraw the draft law");
    REQUIRE(acronym.title.has_value());
    CHECK(acronym.title->text == "NGOs urge Pelham to withdraw the draft law");
    auto const longer = parsed("Statement of the Amber Lantern Association on Pelham | Release the defenders now");
    REQUIRE(longer.title.has_value());
    CHECK(longer.title->text.rfind("Statement of the Amber Lantern Association", 0) == 0);
}

TEST_CASE("layouts: an e-mail's 'Date:' header, with its seconds and zone, dates the text where nothing else does") {
    std::string const header = "From: Coordination <team@amber.example.org>\nTo: signers@lists.example.org\n"
                               "Date: Tue, 3 Mar 2026 10:14:02 +0100\nSubject: Final text of the joint letter\n\n"
                               "Dear all, below is the final text as sent this morning.\n\n"
                               "Joint letter on the detention of Oren Vale\n\n"
                               "We, the undersigned organisations, call on the Minister of Justice of Pelham to release Oren "
                               "Vale.\n\nSigned:\nAmber Lantern Association\nBirchwood Rights Centre\n";
    auto const s = parse(header).statement;
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2026);
    CHECK(s.date->month == 3);
    CHECK(s.date->day == 3);
    // A date of the letter's own, under the header, is the statement's.
    auto const own = parse(header.substr(0, header.find("We, the")) + "2 March 2026\n\n" + header.substr(header.find("We, the")))
                         .statement;
    REQUIRE(own.date.has_value());
    CHECK(own.date->day == 2);
}

TEST_CASE("layouts: a date that ends a range ('30 September – 11 October 2026') dates an event, not the text") {
    auto const date_of = [](std::string const& line) {
        auto const s = parse("Conference statement\n\n" + line +
                             "\n\nWe call on the participating States to repeal their foreign agent laws.\n\n"
                             "Signed:\nAmber Lantern Association\nBirchwood Rights Centre\n")
                           .statement;
        return s.date ? std::to_string(s.date->year) + "-" + std::to_string(s.date->month) + "-" + std::to_string(s.date->day)
                      : std::string();
    };
    CHECK(date_of("Warsaw, 30 September \xE2\x80\x93 11 October 2026").empty());
    CHECK(date_of("Port Amber, September 30 - October 11, 2026").empty());
    // Within one month ("12–14 May 2026"): the day after the dash ends the range, as it does after a
    // hyphen ("12-14 мая 2026 г."); not a month of the text's own.
    CHECK(date_of("Almaty, 12\xE2\x80\x93" "14 May 2026").empty());
    CHECK(date_of("Almaty, 12-14 May 2026").empty());
    // A dateline of one day stays the text's date.
    CHECK(date_of("Warsaw, 11 October 2026") == "2026-10-11");
}

TEST_CASE("layouts: a dateline closed with a dash after its full stop ('13 de marzo de 2025.-') dates the text") {
    auto const date_of = [](std::string const& line) {
        auto const s = parse("Pronunciamiento de organizaciones de derechos humanos\n\n" + line +
                             "\n\nLas organizaciones abajo firmantes repudiamos la represi\xC3\xB3n contra jubilados frente al "
                             "Congreso.\n\nFirman:\nCentro \xC3\x81mbar\nColectivo Abedul\n")
                           .statement;
        return s.date ? std::to_string(s.date->year) + "-" + std::to_string(s.date->month) + "-" + std::to_string(s.date->day)
                      : std::string();
    };
    CHECK(date_of("Buenos Aires, 13 de marzo de 2025.-") == "2025-3-13");
    CHECK(date_of("Lima, 3 de marzo de 2026 -") == "2026-3-3");
    CHECK(date_of("Lima, 3 de marzo de 2026 \xE2\x80\x93") == "2026-3-3");
}

TEST_CASE("layouts: a pasted table's header row ('Action<tab>Deadline') between the introduction and its demands") {
    auto const s = parse("Joint letter to Corvane Capital on its holdings in Teldra Foods\n\n14 May 2026\n\nWe ask Corvane Capital "
                         "to take the following steps:\n\nAction\tDeadline\n1. Meet the dismissed union leaders of Teldra "
                         "Foods\t30 June 2026\n2. Vote against the re-election of the Teldra board chair\tAGM 2027\n3. Publish "
                         "the outcome of its engagement\t31 December 2026\n\nSigned:\nAmber Workers Union, Kenya\nFair Food "
                         "Network, Uganda\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 3);
    CHECK(s.call_groups[0].calls[0].addressee == std::optional<std::string>("Corvane Capital"));
    // The deadline stays in its demand's text, and dates no statement.
    CHECK(s.call_groups[0].calls[2].text == "Publish the outcome of its engagement 31 December 2026");
    REQUIRE(s.date.has_value());
    CHECK(s.date->year == 2026);
    CHECK(s.date->month == 5);
    CHECK(s.date->day == 14);
    // A list of signers under its columns' headings stays a list of signers.
    auto const t = parse("Letter on Teldra Foods\n\n14 May 2026\n\nWe ask Corvane Capital to act.\n\nSigned by:\n\n"
                         "Organisation\tCountry\n1. Amber Workers Union\tKenya\n2. Fair Food Network\tUganda\n")
                       .statement;
    CHECK(t.call_groups.empty());
}

TEST_CASE("layouts: 'We call on the EU and to the UN to:' asks the items of both") {
    auto const s = parse("Joint statement: protect the Arvan delta\n\n18 October 2026\n\nWe call on the European Union and to the "
                         "United Nations Environment Programme to:\n\n1. suspend all funding for the dredging;\n2. consult the "
                         "fishing communities.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressees ==
          std::vector<std::string>{"the European Union", "the United Nations Environment Programme"});
}

TEST_CASE("layouts: a purpose clause after the addressee ('pour qu'il :', 'qu'elles :') is none of its name") {
    auto const addressee_of = [](std::string const& introduction) {
        auto const s = parse("Niamba : libérez les paysans de Kossa\n\n3 novembre 2026\n\n" + introduction +
                             "\n\n- libère les neuf paysans détenus ;\n- suspende la concession accordée à Agrinor.\n")
                           .statement;
        REQUIRE(s.call_groups.size() == 1);
        REQUIRE(s.call_groups[0].calls.size() == 2);
        return s.call_groups[0].calls[1].addressee;
    };
    CHECK(addressee_of("Les organisations soussignées appellent le Gouvernement du Niamba, pour qu'il :") ==
          std::optional<std::string>("le Gouvernement du Niamba"));
    CHECK(addressee_of("Nous appelons les autorités de la transition afin qu'elles :") ==
          std::optional<std::string>("les autorités de la transition"));
    CHECK(addressee_of("Nous exigeons des autorités niambaises qu\xE2\x80\x99" "elles :") ==
          std::optional<std::string>("autorités niambaises"));
}

TEST_CASE("layouts: 'We recommend that the Committee:' asks the items of the Committee") {
    auto const s = parse("Submission on Norland\n\nNovember 2026\n\nThe network reports on the segregation of Roma children in "
                         "schools.\n\nWe recommend that the Committee:\n\n- request data on school enrolment by ethnicity;\n"
                         "- ask Norland to adopt a desegregation plan.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressee == std::optional<std::string>("the Committee"));
}

TEST_CASE("layouts: numbered headings that open as demands, under a paragraph that calls, are its calls") {
    auto const s = parse("# Free the reporters of Kestria\n\nNine reporters are held. We call on the Kestrian authorities to take "
                         "these steps.\n\n### 1. Release all detained reporters\n\nThey are held for covering the protests.\n\n"
                         "### 2. Drop the charges of mass disorder\n\nThe charges rest on no evidence.\n\n**Signatories**\n\n"
                         "- Kestria Press Club\n- Free Media Alliance\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].text == "Release all detained reporters");
    CHECK(s.call_groups[0].calls[1].addressee == std::optional<std::string>("the Kestrian authorities"));
    // The explanations stay prose.
    CHECK(std::any_of(s.paragraphs.begin(), s.paragraphs.end(),
                      [](text_block const& p) { return p.text == "The charges rest on no evidence."; }));
    // A report's numbered parts name no demands.
    auto const t = parse("# Kestria report\n\nWe call on the authorities to act.\n\n### 1. Background\n\nThe protests began in "
                         "August.\n\n### 2. Findings\n\nNine reporters are held.\n")
                       .statement;
    CHECK(t.call_groups.empty());
}

TEST_CASE("layouts: demands that name no one are asked of whom the headline binds ('Uzbekistan must free …')") {
    auto const s = parse("Uzbekistan must free journalist Dilnoza Karimova\n\n9 October 2026\n\nThe journalist has been held since "
                         "March.\n\nThe undersigned organisations demand:\n\n- Release Dilnoza Karimova immediately.\n- Drop all "
                         "charges against her.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[1].addressee == std::optional<std::string>("Uzbekistan"));
    // What a headline asks for names no one ("appel à la libération …").
    auto const t = parse("Guin\xC3\xA9" "e : appel \xC3\xA0 la lib\xC3\xA9ration des leaders du FNDC\n\n9 octobre 2026\n\n"
                         "Les leaders sont d\xC3\xA9tenus depuis mars.\n\nNous exigeons :\n\n- la lib\xC3\xA9ration des "
                         "leaders ;\n- la fin des poursuites.\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    for (auto const& c : t.call_groups[0].calls) CHECK_FALSE(c.addressee.has_value());
}

TEST_CASE("layouts: numbered demands that open with whom they ask ('1. Al Ministerio Público, que …') are no signers") {
    auto const s = parse("PRONUNCIAMIENTO CONJUNTO\n\nAmberland, 14 de marzo de 2026\n\nLas organizaciones abajo firmantes "
                         "expresamos nuestra profunda preocupación.\n\nAnte estos hechos, exigimos:\n"
                         "1. Al Ministerio Público, que archive de inmediato el proceso penal.\n"
                         "2. Al Organismo Judicial, que garantice el debido proceso.\n"
                         "3. Al Congreso de la República, que no apruebe la iniciativa 6076.\n\n"
                         "Firman:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(s) == "Al Ministerio Público, que archive de inmediato el proceso penal. => Ministerio Público\n"
                               "Al Organismo Judicial, que garantice el debido proceso. => Organismo Judicial\n"
                               "Al Congreso de la República, que no apruebe la iniciativa 6076. => Congreso de la República\n");
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Colectivo Ámbar");
    // The same item's shape is a person's in another language's list ("Al Gore, former …").
    auto const t = parse("Open letter on the climate\n\n1 March 2026\n\nWe call on governments to act now.\n\n"
                         "Signed:\n\n1. Al Borden, former Minister of Environment\n2. Mira Tallow, journalist\n"
                         "3. Tom Birch, professor\n")
                       .statement;
    CHECK(t.call_groups.size() == 0);
    CHECK(t.signatories.size() == 3);
}

TEST_CASE("layouts: demands that name no one in a letter to one reader are asked of that reader ('Просим:')") {
    auto const s = parse("Председателю Верховного Совета Республики Пелам\n\n\nОБРАЩЕНИЕ\nправозащитников стран Пеламского "
                         "региона\n\n1 октября 2026 года\n\nПросим:\n- включить вопрос транснациональных репрессий в повестку "
                         "сессии;\n- поручить комитету изучить случаи возвращения.\n\nПодписали:\nИван Петров, правозащитник "
                         "(Пелам)\nМария Сидорова, адвокат (Пелам)\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    for (auto const& c : s.call_groups[0].calls)
        CHECK(c.addressee == std::optional<std::string>("Председателю Верховного Совета Республики Пелам"));
}

TEST_CASE("layouts: an item's addressee before its colon is read without its preposition ('Al Ministerio …: anular …')") {
    auto const s = parse("Pronunciamiento sobre el proyecto minero Ámbar Norte\n\nLas organizaciones que suscribimos rechazamos "
                         "la aprobación del estudio.\n\nPor ello, exigimos:\n\n"
                         "* Al Ministerio de Energía y Minas: anular la aprobación del estudio.\n"
                         "* A la Defensoría del Pueblo: supervisar el proceso.\n\nSuscriben:\n\nColectivo Ámbar\nFundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(s) == "Al Ministerio de Energía y Minas: anular la aprobación del estudio. => Ministerio de Energía y Minas\n"
                               "A la Defensoría del Pueblo: supervisar el proceso. => la Defensoría del Pueblo\n");
}

TEST_CASE("layouts: 'to act on the following demands:' — a call verb after an article or 'following' is a noun") {
    auto const s = parse("Joint statement on the arrest of journalists in Veloria\n\n3 March 2026\n\nWe call on the Velorian "
                         "authorities to act on the following demands:\n\n1. Release the journalists.\n2. Drop all charges.\n\n"
                         "Signed:\nCentre Amber\nBirch Institute\n")
                       .statement;
    CHECK(describe_calls(s) == calls_to("the Velorian authorities", {"Release the journalists.", "Drop all charges."}));
}

TEST_CASE("layouts: an item's own 'Al X,' outranks whom the paragraph over 'Exigimos:' asks") {
    auto const s = parse("Declaración pública\n\nLas organizaciones abajo firmantes exigimos al Gobierno de Amberland y al "
                         "Congreso Nacional poner fin a la prórroga.\n\nExigimos:\n\n"
                         "1. Al Gobierno de Amberland, no solicitar una nueva prórroga.\n"
                         "2. Al Congreso Nacional, rechazar cualquier prórroga.\n"
                         "3. Al Instituto Nacional de Derechos Humanos, publicar un informe.\n\nFirmantes:\n\nColectivo Ámbar\n"
                         "Fundación Birchwood\n")
                       .statement;
    CHECK(describe_calls(s) == "Al Gobierno de Amberland, no solicitar una nueva prórroga. => Gobierno de Amberland\n"
                               "Al Congreso Nacional, rechazar cualquier prórroga. => Congreso Nacional\n"
                               "Al Instituto Nacional de Derechos Humanos, publicar un informe. => Instituto Nacional de Derechos Humanos\n");
}

TEST_CASE("layouts: numbered signers under numbered demands, no heading between, are a list of their own") {
    // "2) …" / "" / "1. Name, role (Country)": the count starts again, so another list starts.
    auto const ru = "Обращение правозащитников к ОБСЕ\n\n"
                    "1 октября 2024 года\n\n"
                    "Мы обращаемся к вам в связи с усилением преследования критиков власти за рубежом.\n\n"
                    "Просим:\n"
                    "1) включить вопрос транснациональных репрессий в повестку Совещания ОБСЕ;\n"
                    "2) поручить Специальному докладчику ООН изучить случаи принудительного возвращения.\n\n"
                    "1. Мирон Тальков, правозащитник (Узбекистан)\n"
                    "2. Вера Лантерна, адвокат (Таджикистан)\n";
    auto const s = parse(ru).statement;
    auto const calls = all_calls(s);
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].text.rfind("включить вопрос", 0) == 0);
    CHECK(calls[1].text.rfind("поручить Специальному докладчику", 0) == 0);
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Мирон Тальков");
    CHECK(s.signatories[1].name == "Вера Лантерна");
    for (auto const& g : s.signatories) CHECK(g.type == signatory_type::person);

    auto const en = "Appeal on transnational repression\n\n"
                    "1 October 2024\n\n"
                    "We write to you about the growing persecution of critics of the government abroad.\n\n"
                    "We ask you:\n"
                    "1. to put transnational repression on the agenda of the OSCE meeting;\n"
                    "2. to ask the UN Special Rapporteur on torture to study forced returns;\n"
                    "3. to raise the cases with the governments concerned.\n\n"
                    "1. Mira Tallow, human rights defender (Uzbekistan)\n"
                    "2. Tom Saltmarsh, lawyer (Tajikistan)\n"
                    "3. Vera Lantern, journalist (Kyrgyzstan)\n";
    auto const e = parse(en).statement;
    CHECK(all_calls(e).size() == 3);
    check_signatories(e, {in(person("Mira Tallow", "human rights defender"), "Uzbekistan", "UZ"),
                          in(person("Tom Saltmarsh", "lawyer"), "Tajikistan", "TJ"),
                          in(person("Vera Lantern", "journalist"), "Kyrgyzstan", "KG")});
}

TEST_CASE("layouts: a footer's labels apart by bars after the list are chrome, not signers") {
    for (char const* footer : {"Posted in Statements | Tags: Veloria, AHA, LGBTIQ",
                               "Posted in Statements | Tags: lawyers, Pelham Vale, detention, Bar Association",
                               "Comparte esta nota: Facebook | X | WhatsApp"}) {
        CAPTURE(footer);
        auto const input = with_signatories("Signatories:\nAmber Lantern Association\nBirchwood Institute for Civic Rights\n\n" +
                                            std::string(footer) + "\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights")});
        CHECK(role_at(s, input, footer) == block_role::chrome_footer);
    }
}

TEST_CASE("layouts: a mail address or telephone under each signer of a letter is the signer's, and the page's contact under the list ends it") {
    auto const input = std::string("Open letter to the Minister of Labour of Lakeshore\n\nDear Minister,\n\n"
                                   "We urge you to order the reinstatement of the dismissed workers of the Amber Textiles factory.\n\n"
                                   "Yours faithfully,\n\n"
                                   "Lakeshore Garment Workers' Union\nEmail: info@lgwu.example\n\n"
                                   "Birchwood Clean Clothes Network\nTel. +44 20 7946 0000\n\n"
                                   "Coral Bay Labour Rights Centre\nEmail: contact@cblrc.example\n\n"
                                   "Email: press@lgwu.example\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org("Lakeshore Garment Workers' Union"), org("Birchwood Clean Clothes Network"),
                          org("Coral Bay Labour Rights Centre")});
    CHECK(role_at(s, input, "Email: info@lgwu.example") == block_role::signatory);
    CHECK(role_at(s, input, "Email: press@lgwu.example") == block_role::chrome_footer);
}

TEST_CASE("layouts: a later group's heading without a colon, its header word among others, heads the signers who joined") {
    for (char const* heading : {"Additional signatories after publication", "Signatures received after publication",
                                "Signatories added since the launch"}) {
        CAPTURE(heading);
        auto const input = with_signatories("Signatories:\n\nAmber Lantern Association\nBirchwood Institute for Civic Rights\n\n" +
                                            std::string(heading) + "\n\nCoral Bay Tenants Union\nDelta Legal Aid Centre\n");
        auto const s = parse(input).statement;
        check_signatories(s, {org("Amber Lantern Association"), org("Birchwood Institute for Civic Rights"),
                              org("Coral Bay Tenants Union"), org("Delta Legal Aid Centre")});
        CHECK(role_at(s, input, heading) == block_role::signatory_header);
    }
}

TEST_CASE("layouts: a note of when signers joined, its date or count among a header's words, heads them and is no signer") {
    for (char const* note : {"Additional signatories as of 14 March", "UPDATE 24/02/2026: new signatories",
                             "Updated 27 January: 3 new signatories", "Signatories added on 14 March"}) {
        CAPTURE(note);
        // Over the signers who joined, apart or not by a blank line; and under the list, alone.
        for (char const* blank : {"\n", ""}) {
            auto const input = with_signatories(std::string("Signatories:\nAmber Lantern Association, Armenia\n"
                                                            "Birchwood Institute for Civic Rights, Poland\n") +
                                                blank + note + "\nCoral Bay Tenants Union, Kenya\n");
            auto const s = parse(input).statement;
            check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                                  org_in("Birchwood Institute for Civic Rights", "Poland", "PL"),
                                  org_in("Coral Bay Tenants Union", "Kenya", "KE")});
            CHECK(role_at(s, input, note) == block_role::signatory_header);
        }
        auto const closing = with_signatories(std::string("Signatories:\nAmber Lantern Association, Armenia\n"
                                                          "Birchwood Institute for Civic Rights, Poland\n") +
                                              note + "\n");
        CHECK(parse(closing).statement.signatories.size() == 2);
    }
    // Among entries that hold numbers ("Tenants Union No 4 (Chile)", read as certain entries
    // before the note's digits and words are counted), the note heads those who joined.
    auto const numbered = with_signatories("Signatories:\nTenants Union No 4 (Chile)\nHousing Collective 17 (Peru)\n"
                                           "Additional signatories as of 14 March\nCoral Bay Forum No 2 (Kenya)\n");
    auto const numbered_statement = parse(numbered).statement;
    check_signatories(numbered_statement, {org_in("Tenants Union No 4", "Chile", "CL"), org_in("Housing Collective 17", "Peru", "PE"),
                                           org_in("Coral Bay Forum No 2", "Kenya", "KE")});
    CHECK(role_at(numbered_statement, numbered, "Additional signatories as of 14 March") == block_role::signatory_header);
    // An entry with a number and an organisation's word stays a signer.
    check_signatories(parse(with_signatories("Signatories:\nAmber Lantern Association, Armenia\n"
                                             "Network of 40 Organisations, Kenya\n"))
                          .statement,
                      {org_in("Amber Lantern Association", "Armenia", "AM"), org_in("Network of 40 Organisations", "Kenya", "KE")});
    // The count of all who signed closes the list, and says more signed than it names.
    auto const counted = parse(with_signatories("Signatories:\nAmber Lantern Association, Armenia\n"
                                                "Birchwood Institute for Civic Rights, Poland\n\nTotal: 45 organisations\n"));
    CHECK(counted.statement.signatories.size() == 2);
    CHECK(std::any_of(counted.diagnostics.begin(), counted.diagnostics.end(),
                      [](diagnostic const& d) { return d.code == "signatory.others-not-named"; }));
}

TEST_CASE("layouts: a header in capitals whose I a scan read as l ('SIGNATORlES') heads the list") {
    auto const input = with_signatories("SIGNATORlES\n\nAmber Lantern Association, Armenia\nBirchwood Institute for Civic Rights, Poland\n");
    auto const s = parse(input).statement;
    check_signatories(s, {org_in("Amber Lantern Association", "Armenia", "AM"),
                          org_in("Birchwood Institute for Civic Rights", "Poland", "PL")});
    CHECK(role_at(s, input, "SIGNATORlES") == block_role::signatory_header);
}

TEST_CASE("layouts: a filing's caption names the tribunal; the filing's heading under it is the title, its authors' sentence is read") {
    auto const crtc = "BEFORE THE PELHAM RADIO AND TELECOMMUNICATIONS COMMISSION\n\n"
                      "Telecom Notice of Consultation PRTC 2031-118\n"
                      "Review of mobile wireless affordability\n\n"
                      "JOINT INTERVENTION OF CONSUMER AND COMMUNITY GROUPS\n\n"
                      "14 September 2031\n\n"
                      "The Amber Consumers Association, Birchwood Tenants League, the Coral Seniors Council and the "
                      "Delta Digital Access Coalition (together, the \"Consumer Groups\") submit this joint intervention.\n\n"
                      "The Consumer Groups recommend that the Commission:\n"
                      "1. require national carriers to offer a low-cost mobile plan;\n"
                      "2. publish annual affordability data by province.\n";
    auto const s = parse(crtc).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "JOINT INTERVENTION OF CONSUMER AND COMMUNITY GROUPS");
    CHECK_FALSE(s.publisher.has_value());  // the tribunal is none
    CHECK(names_of(s) == std::vector<std::string>{"Amber Consumers Association", "Birchwood Tenants League",
                                                  "Coral Seniors Council", "Delta Digital Access Coalition"});
    check_outline_covers(s, crtc);

    auto const fcc = "Before the\nPelham Communications Commission\nPort Amber, PA 20554\n\n"
                     "In the Matter of\nProtecting Consumers from Unlawful Robocalls\n\n"
                     "JOINT COMMENTS OF PUBLIC INTEREST ORGANIZATIONS\n\n"
                     "March 3, 2031\n\n"
                     "The Amber Consumer Law Project, Birchwood Seniors Alliance and the Coral Privacy Institute "
                     "(collectively, \"Public Interest Commenters\") submit these comments in the above-captioned proceeding.\n";
    auto const t = parse(fcc).statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "JOINT COMMENTS OF PUBLIC INTEREST ORGANIZATIONS");
    CHECK_FALSE(t.publisher.has_value());

    // A headline that opens with the phrase is no caption: it is a sentence, or names no body.
    for (char const* headline : {"Before the elections, free the prisoners of Pelham Vale",
                                 "Before the summit world leaders must act on Pelham Vale"}) {
        CAPTURE(headline);
        auto const u = parse(std::string(headline) + "\n\n3 March 2031\n\nWe, the undersigned organisations, call on the "
                             "government of Pelham Vale to release all political prisoners before the summit.\n")
                           .statement;
        REQUIRE(u.title.has_value());
        CHECK(u.title->text == headline);
    }
}

TEST_CASE("layouts: a sign-on form's rows typed out, name, country and contact apart by commas or semicolons, are one signer each") {
    auto const statement = [](std::string const& rows) {
        return "Sign-on letter: protect the fishers of Pelham Bay\n\n4 March 2031\n\n"
               "We, the undersigned fisherfolk organisations, call on the Ministry to suspend the reclamation "
               "permits issued for Pelham Bay.\n\n" +
               rows;
    };
    std::vector<want> const expected{in(org("Amber Fishers Association"), "Philippines", "PH"),
                                     in(org("Birchwood Coastal Network", "BCN"), "Thailand", "TH"),
                                     in(org("Coral Reef Keepers"), "Fiji", "FJ")};
    // Under the list's header, without a header row of their own.
    check_signatories(parse(statement("Signatories:\n\n"
                                      "Amber Fishers Association, Philippines, Mira Tallow\n"
                                      "Birchwood Coastal Network (BCN), Thailand, Tom Saltmarsh\n"
                                      "Coral Reef Keepers, Fiji, Vera Lantern\n"))
                          .statement,
                      expected);
    // Under a header row that names the columns.
    check_signatories(parse(statement("Signatories (responses to the sign-on form)\n\n"
                                      "Organization name, Country, Contact person\n"
                                      "Amber Fishers Association, Philippines, Mira Tallow\n"
                                      "Birchwood Coastal Network (BCN), Thailand, Tom Saltmarsh\n"
                                      "Coral Reef Keepers, Fiji, Vera Lantern\n"))
                          .statement,
                      expected);
    // Apart by semicolons.
    check_signatories(parse(statement("Signatories:\n\n"
                                      "Amber Fishers Association; Philippines; Mira Tallow\n"
                                      "Birchwood Coastal Network (BCN); Thailand; Tom Saltmarsh\n"
                                      "Coral Reef Keepers; Fiji; Vera Lantern\n"))
                          .statement,
                      expected);
    // A person's entries, their role between name and country, stay people with their roles.
    check_signatories(parse(statement("Signatories:\n\n"
                                      "Mira Tallow, lawyer, Philippines\n"
                                      "Tom Saltmarsh, journalist, Thailand\n"))
                          .statement,
                      {in(person("Mira Tallow", "lawyer"), "Philippines", "PH"),
                       in(person("Tom Saltmarsh", "journalist"), "Thailand", "TH")});
}

TEST_CASE("layouts: 'Firmamos:' ('we sign') heads the list under it, and the numbered demands above it stay calls") {
    // The demands end with a number ("la queja 2291"), which alone would read as a list's entries.
    auto const s = parse("PRONUNCIAMIENTO CONJUNTO\n\nPuerto Ámbar, 18 de febrero de 2031\n\n"
                         "Las organizaciones abajo firmantes expresamos nuestra profunda preocupación.\n\n"
                         "Ante estos hechos, exigimos:\n"
                         "1. Al Ministerio Público, que active de inmediato la búsqueda.\n"
                         "2. A la Asamblea Nacional, que apruebe la ley de personas defensoras.\n"
                         "3. A la Defensoría del Pueblo, que no archive la queja 2291.\n\n"
                         "Firmamos:\n\n"
                         "Coordinadora Ámbar de Derechos Humanos\nAsociación Pro Derechos de Abedul\nRed Coral de Defensoras\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Coordinadora Ámbar de Derechos Humanos", "Asociación Pro Derechos de Abedul",
                                                  "Red Coral de Defensoras"});
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 3);
    CHECK(s.call_groups[0].calls[0].addressee == std::optional<std::string>("Ministerio Público"));
}

TEST_CASE("layouts: '(in exile)' after an organisation is a remark on it, the country after it the signer's") {
    auto const s = parse(with_signatories("Signatories:\nBelarusian Association of Journalists (in exile)\n"
                                          "Viasna Human Rights Centre (in exile, Lithuania)\n"
                                          "Zarkan Women's Voice (in exile)\nEuropean Federation of Journalists\n"
                                          "Белорусская ассоциация журналистов (в изгнании)\n"
                                          "Union des journalistes libres (en exil)\n"))
                       .statement;
    check_signatories(s, {org("Belarusian Association of Journalists"), org_in("Viasna Human Rights Centre", "Lithuania", "LT"),
                          org("Zarkan Women's Voice"), org("European Federation of Journalists"),
                          org("Белорусская ассоциация журналистов"),
                          org("Union des journalistes libres")});
}

TEST_CASE("layouts: a country with '(in exile)' after an organisation's acronym is that organisation's, no signer") {
    auto const s = parse(with_signatories("Signed by:\n"
                                          "Coral Bay Workers Confederation (CBWC), Myanmar (in exile)\n"
                                          "Amber Garment Workers Federation (AGWF) \xE2\x80\x93 Myanmar (in exile)\n"
                                          "Birchwood Labour Rights Centre, Indonesia\n"))
                       .statement;
    check_signatories(s, {org("Coral Bay Workers Confederation", "CBWC", "Myanmar", "MM"),
                          org("Amber Garment Workers Federation", "AGWF", "Myanmar", "MM"),
                          org_in("Birchwood Labour Rights Centre", "Indonesia", "ID")});
}

TEST_CASE("layouts: where an organisation is based, in parentheses or before its name, is its place or its country") {
    auto const s = parse(with_signatories("Signed:\n"
                                          "Ocean Guardians Network (based in Port Amber)\n"
                                          "Sahel Birchwood Justice (based in Niger)\n"
                                          "Coralton-based Green Advocacy Centre\n"
                                          "Elm Rights Watch (Coralton-based)\n"
                                          "Dune Press Freedom Centre (Germany)\n"))
                       .statement;
    check_signatories(s, {at(org("Ocean Guardians Network"), "Port Amber"), org_in("Sahel Birchwood Justice", "Niger", "NE"),
                          at(org("Green Advocacy Centre"), "Coralton"), at(org("Elm Rights Watch"), "Coralton"),
                          org_in("Dune Press Freedom Centre", "Germany", "DE")});
    auto const fr = parse("D\xC3\xA9" "claration conjointe\n\nNous demandons aux autorit\xC3\xA9s de lib\xC3\xA9rer les militants.\n\n"
                          "Signataires :\nObservatoire des libert\xC3\xA9s (bas\xC3\xA9" "e \xC3\xA0 Port-Ambre)\n"
                          "R\xC3\xA9seau Birchwood Solidaire (bas\xC3\xA9 en France)\n")
                        .statement;
    check_signatories(fr, {at(org("Observatoire des libert\xC3\xA9s"), "Port-Ambre"),
                           org_in("R\xC3\xA9seau Birchwood Solidaire", "France", "FR")});
}

TEST_CASE("layouts: a remark in lower case on what kind of organisation a signer is stays out of its name, its role") {
    auto const s = parse(with_signatories("Signatories:\n"
                                          "Balkan Amber Coalition (regional coalition)\n"
                                          "Birchwood Civic Initiatives (Serbia)\n"
                                          "Open Coral Forum (network)\n"
                                          "Dune Platform for Democracy (coalition of 40 organisations)\n"))
                       .statement;
    check_signatories(s, {as(org("Balkan Amber Coalition"), "regional coalition"), org_in("Birchwood Civic Initiatives", "Serbia", "RS"),
                          as(org("Open Coral Forum"), "network"), as(org("Dune Platform for Democracy"), "coalition of 40 organisations")});
}

TEST_CASE("layouts: one name with a country and again '(in exile)' is two signers; the same entry twice is one") {
    auto const r = parse(with_signatories("Signatories:\n1. Zarkan Amber Voice (Canada)\n2. Zarkan Amber Voice (in exile)\n"
                                          "3. Birchwood Justice Coalition\n4. Zarkan Amber Voice (in exile)\n"
                                          "5. Coral Bay Forum\n6. Coral Bay Forum (in exile)\n"));
    // The second "(in exile)" is the first again, and "Coral Bay Forum" says nothing its entry in
    // exile does not: one signer each.
    check_signatories(r.statement, {org_in("Zarkan Amber Voice", "Canada", "CA"), org("Zarkan Amber Voice"),
                                    org("Birchwood Justice Coalition"), org("Coral Bay Forum")});
}

TEST_CASE("layouts: a known country after a dash is the signer's in a list that gives another's country otherwise") {
    auto const s = parse(with_signatories("Signed:\nCoastal Justice Forum \xE2\x80\x93 South Africa\nGreen Horizons Network\n"
                                          "Amber River Alliance\nForest Voices Collective \xE2\x80\x93 Brazil\nClimate Action Circle\n"
                                          "Delta Youth for Climate (Bangladesh)\nIsland Resilience Project\n"))
                       .statement;
    check_signatories(s, {org_in("Coastal Justice Forum", "South Africa", "ZA"), org("Green Horizons Network"),
                          org("Amber River Alliance"), org_in("Forest Voices Collective", "Brazil", "BR"),
                          org("Climate Action Circle"), org_in("Delta Youth for Climate", "Bangladesh", "BD"),
                          org("Island Resilience Project")});
}

TEST_CASE("layouts: a letter signed side by side, each person's organisation under the name in its column") {
    auto const ru = parse("\xD0\x9E\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\xD0\xBE\xD0\xB5 \xD0\xBF\xD0\xB8\xD1\x81\xD1\x8C\xD0\xBC\xD0\xBE "
                          "\xD0\xBE \xD0\xB1\xD0\xBB\xD0\xBE\xD0\xBA\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBA\xD0\xB5 \xD1\x81\xD0\xB0\xD0\xB9\xD1\x82\xD0\xBE\xD0\xB2\n\n"
                          "\xD0\x9C\xD1\x8B \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB7\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB5\xD0\xBC \xD0\xB2\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 "
                          "\xD0\xBD\xD0\xB5\xD0\xBC\xD0\xB5\xD0\xB4\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBD\xD0\xBE \xD1\x80\xD0\xB0\xD0\xB7\xD0\xB1\xD0\xBB\xD0\xBE\xD0\xBA\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C "
                          "\xD1\x81\xD0\xB0\xD0\xB9\xD1\x82\xD1\x8B \xD0\xB8\xD0\xB7\xD0\xB4\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB9.\n\n"
                          "\xD0\xA1 \xD1\x83\xD0\xB2\xD0\xB0\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\xD0\xBC,\n"
                          "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x91\xD0\xB5\xD1\x80\xD0\xB3          \xD0\x9E\xD1\x80\xD0\xB5\xD0\xBD \xD0\x92\xD0\xB5\xD0\xB9\xD0\xBB\n"
                          "\xD0\xA4\xD0\xBE\xD0\xBD\xD0\xB4 \xC2\xAB\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBE\xC2\xBB       \xD0\xA6\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80 \xC2\xAB\xD0\x90\xD0\xB4\xD0\xB8\xD0\xBB\xD0\xB5\xD1\x82\xC2\xBB\n")
                        .statement;
    check_signatories(ru, {person("\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x91\xD0\xB5\xD1\x80\xD0\xB3", "\xD0\xA4\xD0\xBE\xD0\xBD\xD0\xB4 \xC2\xAB\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBE\xC2\xBB"),
                           person("\xD0\x9E\xD1\x80\xD0\xB5\xD0\xBD \xD0\x92\xD0\xB5\xD0\xB9\xD0\xBB", "\xD0\xA6\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80 \xC2\xAB\xD0\x90\xD0\xB4\xD0\xB8\xD0\xBB\xD0\xB5\xD1\x82\xC2\xBB")});
    auto const en = parse("Open letter to the Minister of Interior on the registration of associations\n\n"
                          "Dear Minister,\n\nWe ask you to suspend the new registration rules pending consultation.\n\n"
                          "Sincerely,\n\n"
                          "Mira Tallow                         Jonas Pike\n"
                          "Amber Lantern League                Birchwood Legal Aid Network\n")
                        .statement;
    check_signatories(en, {person("Mira Tallow", "Amber Lantern League"), person("Jonas Pike", "Birchwood Legal Aid Network")});
}

TEST_CASE("layouts: two titled people a row of a list in columns are two signers, the second row none's role") {
    auto const s = parse("Open letter on academic freedom\n\nWe, the undersigned scholars, call on the Minister of Education "
                         "to reinstate the dismissed lecturers.\n\nSignatories:\n\n"
                         "Prof. Mira Tallow    Dr. Oren Vale\nProf. Hana Keller    Dr. Jonas Pike\n")
                       .statement;
    check_signatories(s, {person("Prof. Mira Tallow"), person("Dr. Oren Vale"), person("Prof. Hana Keller"),
                          person("Dr. Jonas Pike")});
}

TEST_CASE("layouts: a German compound that ends in a short organisation word ('Presseclub') is an organisation among people") {
    auto const s = parse("Offener Brief: Pressefreiheit sch\xC3\xBCtzen\n\nWir fordern die Bundesregierung auf, die Klagen "
                         "gegen Journalistinnen zur\xC3\xBC" "ckzuziehen.\n\nUnterzeichnet von:\n"
                         "Dr. Anna Moser\nProf. Karl Huber\nPresseclub Drava\nMag. Eva Berger\n")
                       .statement;
    check_signatories(s, {person("Dr. Anna Moser"), person("Prof. Karl Huber"), org("Presseclub Drava"), person("Mag. Eva Berger")});
}

TEST_CASE("layouts: a UPR submission's cover lines (the review, its cycle and session) are metadata, neither title nor publisher") {
    // Under the headline: the cycle and the working group's session, in capitals as the headline is.
    auto const under = "JOINT STAKEHOLDER SUBMISSION TO THE UNIVERSAL PERIODIC REVIEW OF PELHAM VALE\n"
                       "4TH CYCLE\n"
                       "47TH SESSION OF THE UPR WORKING GROUP\n\n"
                       "Submitted by the Pelham Civic Space Coalition on 15 April 2031\n\n"
                       "1. This submission is made by the Pelham Civic Space Coalition, a network of 14 organisations.\n\n"
                       "Signatories:\nAmber Rights Coalition\nBirchwood Press Network\n";
    auto const s = parse(under).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "JOINT STAKEHOLDER SUBMISSION TO THE UNIVERSAL PERIODIC REVIEW OF PELHAM VALE");
    CHECK_FALSE(s.publisher.has_value());
    CHECK(role_at(s, under, "4TH CYCLE") == block_role::metadata);
    CHECK(role_at(s, under, "47TH SESSION") == block_role::metadata);
    check_outline_covers(s, under);

    // Over it: the review and the state under review, then the cycle.
    auto const over = "Universal Periodic Review of the Republic of Pelham Vale\n"
                      "Fourth Cycle\n"
                      "Joint Stakeholder Submission by the Pelham Civic Space Coalition\n\n"
                      "March 2031\n\n"
                      "1. This submission is made by the Pelham Civic Space Coalition, a network of 14 organisations.\n";
    auto const t = parse(over).statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "Joint Stakeholder Submission by the Pelham Civic Space Coalition");
    CHECK_FALSE(t.publisher.has_value());
    CHECK(role_at(t, over, "Universal Periodic Review") == block_role::metadata);
    CHECK(role_at(t, over, "Fourth Cycle") == block_role::metadata);

    // In French, the cycle under the headline is no paragraph of the text.
    auto const fr = "Contribution conjointe à l'Examen périodique universel de Pelham\n"
                    "4e cycle\n"
                    "Soumise le 15 avril 2031\n\n"
                    "Cette contribution est présentée par la Coalition pelhamoise pour l'espace civique.\n";
    auto const u = parse(fr).statement;
    REQUIRE(u.title.has_value());
    CHECK(u.title->text == "Contribution conjointe à l'Examen périodique universel de Pelham");
    CHECK(role_at(u, fr, "4e cycle") == block_role::metadata);
    for (auto const& p : u.paragraphs) CHECK(p.text.find("cycle") == std::string::npos);

    // A headline that names the review after its kind's words stays the headline; a line that
    // opens with the review's name and names a kind is one too.
    for (char const* headline : {"Joint Submission to the Universal Periodic Review of Pelham Vale, 4th Cycle",
                                 "UPR joint statement on civic space in Pelham Vale"}) {
        CAPTURE(headline);
        auto const v = parse(std::string(headline) + "\n\n3 March 2031\n\nWe, the undersigned organisations, call on the "
                             "government of Pelham Vale to release all political prisoners.\n")
                           .statement;
        REQUIRE(v.title.has_value());
        CHECK(v.title->text == headline);
    }
}
