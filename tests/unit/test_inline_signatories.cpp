// Signers named inside a sentence rather than in a list: a heading that names its authors,
// "signed by A, B and C". Every organisation and place here is invented.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace civic;

TEST_CASE("inline signatories: a heading that names its authors, hard-wrapped, '(ACR, Country)' and exile") {
    // A PDF's hard wraps split a name ("Civic\nRights") and a parenthesis.
    auto const s = parse(
                       "Written statement by Lakeshore Partnership for Civic Rights (LPCR, Belgium); the\n"
                       "Amber Lantern Association (ALA, Georgia); Birchwood Circle (Poland); and the\n"
                       "Tidewater Monitor for Human Rights (TMHR, based in exile in Austria) to the\n"
                       "2031 meeting of the Regional Forum on Civic Space\n"
                       "Civic space in the region keeps narrowing as the authorities restrict freedom\n"
                       "of association, peaceful assembly and expression in ways that contradict their\n"
                       "international obligations and the commitments they made at the last meeting.\n"
                       "The response of the authorities to the protests after the elections of last\n"
                       "spring cast a shadow over the first months of the new government, and the\n"
                       "investigations into the violence against peaceful protesters have not been\n"
                       "completed. Since taking office, the new president has adopted a more open\n"
                       "approach to civil society, but the laws that restrict the work of independent\n"
                       "organisations remain in force, and several organisations were fined this year.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Lakeshore Partnership for Civic Rights");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("LPCR"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("BE"));
    CHECK(s.signatories[1].name == "Amber Lantern Association");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("GE"));
    CHECK(s.signatories[2].name == "Birchwood Circle");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("PL"));
    CHECK(s.signatories[3].name == "Tidewater Monitor for Human Rights");
    CHECK(s.signatories[3].acronym == std::optional<std::string>("TMHR"));
    CHECK(s.signatories[3].country == std::optional<std::string>("based in exile in Austria"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("AT"));
}

TEST_CASE("inline signatories: a headline 'Joint statement by A and B on …'") {
    auto const s = parse("Joint statement by the Amber Lantern Association and Tidewater Watch on the closure of the shelter\n\n"
                         "We are alarmed by the decision of the council to close the shelter.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[1].name == "Tidewater Watch");
}

TEST_CASE("inline signatories: 'statement by' one author names no list") {
    auto const s = parse("Statement by the Lakeshore Partnership for Civic Rights on the closure of the shelter\n\n"
                         "We are alarmed by the decision of the council to close the shelter.\n")
                       .statement;
    CHECK(s.signatories.empty());
}

TEST_CASE("inline signatories: 'signed by A, B, C and 39 other organisations' in a sentence that goes on") {
    auto const s = parse("Civil society groups urge Parliament to reject surveillance bill\n\n"
                         "Port Amber, 12 January 2026 \xE2\x80\x93 A coalition of 42 civil society organisations has called on "
                         "Parliament to reject the draft law on communications surveillance.\n\n"
                         "The appeal, signed by the Amber Lantern Association, the Birchwood Institute for Civic Rights, "
                         "the Coral Bay Human Rights Forum and 39 other organisations, warns that the bill would allow "
                         "bulk interception of communications without judicial oversight.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[1].name == "Birchwood Institute for Civic Rights");
    CHECK(s.signatories[2].name == "Coral Bay Human Rights Forum");
    CHECK(s.kind == statement_kind::press_release);
}

TEST_CASE("inline signatories: '… and eight other organisations', the count written out") {
    auto const s = parse("Human rights groups condemn attack on activist\n\n"
                         "4 December 2026 \xE2\x80\x93 Eleven organisations today condemned the attack on activist Tomas Vell "
                         "in Port Amber.\n\n"
                         "The statement was signed by the Amber Lantern Association, the Birchwood Institute for Civic "
                         "Rights, the Coral Bay Human Rights Forum and eight other organisations.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Coral Bay Human Rights Forum");
}
