// The organisation key and civic::registry: one organisation however lists write it, the
// statements it signed, and who signed with whom.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace {

using civic::organisation_key;

civic::signatory org(std::string name, std::optional<std::string> acronym = std::nullopt,
                     std::optional<std::string> code = std::nullopt) {
    civic::signatory s;
    s.name = std::move(name);
    s.acronym = std::move(acronym);
    s.country_code = std::move(code);
    return s;
}

civic::signatory person(std::string name) {
    civic::signatory s;
    s.name = std::move(name);
    s.type = civic::signatory_type::person;
    return s;
}

civic::statement signed_by(std::vector<civic::signatory> signatories) {
    civic::statement st;
    std::size_t at = 0;
    std::uint32_t line = 1;
    for (auto& s : signatories) {  // each on a line of its own, as a list writes them
        s.span.begin = at;
        s.span.end = at + s.name.size();
        s.span.start.line = s.span.stop.line = line++;
        at = s.span.end + 1;
    }
    st.signatories = std::move(signatories);
    return st;
}

}  // namespace

TEST_CASE("organisation key: case, white space, quotes of every style") {
    auto const k = organisation_key("Journalists’ Club “Asparez”");
    CHECK(k == "journalists club asparez");
    CHECK(organisation_key("JOURNALISTS’ CLUB “ASPAREZ”") == k);
    CHECK(organisation_key("Journalists' Club \"Asparez\"") == k);
    CHECK(organisation_key("  Journalists Club\t «Asparez» ") == k);
    CHECK(organisation_key("Journalists’ Club „Asparez“") == k);

    auto const m = organisation_key("Правозащитный центр «Мемориал»");
    CHECK(m == "правозащитный центр мемориал");
    CHECK(organisation_key("правозащитный центр \"Мемориал\"") == m);
    CHECK(organisation_key("ПРАВОЗАЩИТНЫЙ ЦЕНТР „МЕМОРИАЛ“") == m);
    CHECK(organisation_key("Правозащитный центр “Мемориал”") == m);
}

TEST_CASE("organisation key: British and American spellings, '&' and 'and'") {
    CHECK(organisation_key("Centre for Civil Liberties") == organisation_key("Center for Civil Liberties"));
    CHECK(organisation_key("International Organisation for Migration Law Programme") ==
          organisation_key("International Organization for Migration Law Program"));
    CHECK(organisation_key("Research & Defence Centre") == organisation_key("Research and Defense Center"));
    CHECK(organisation_key("Stiftung Recht und Freiheit") == organisation_key("Stiftung Recht & Freiheit"));
    CHECK(organisation_key("People's Action") == organisation_key("Peoples Action"));
    CHECK(organisation_key("Promo-LEX") == organisation_key("Promo LEX"));
}

TEST_CASE("organisation key: legal forms before or after the name") {
    CHECK(organisation_key("Human Rights Matter e.V.") == "human rights matter");
    CHECK(organisation_key("Human Rights Matter e. V.") == "human rights matter");
    CHECK(organisation_key("Human Rights Matter") == "human rights matter");
    CHECK(organisation_key("For Equal Rights NGO") == "for equal rights");
    CHECK(organisation_key("NGO “For Equal Rights”") == "for equal rights");
    CHECK(organisation_key("“JOURNALISTS FOR THE FUTURE” NGO") == organisation_key("Journalists for the Future"));
    CHECK(organisation_key("Public Association “Dignity”") == "dignity");
    CHECK(organisation_key("Public organization “Dawn”") == "dawn");
    CHECK(organisation_key("РОО «Правовая инициатива»") == "правовая инициатива");
    CHECK(organisation_key("Общественное объединение «Правовая инициатива»") == "правовая инициатива");
    CHECK(organisation_key("ОО \"Правовая инициатива\"") == "правовая инициатива");
    CHECK(organisation_key("ГО «Центр громадянських свобод»") == "центр громадянських свобод");
    CHECK(organisation_key("Громадська організація «Центр громадянських свобод»") == "центр громадянських свобод");
    CHECK(organisation_key("AO Promo-LEX") == organisation_key("Promo-LEX"));
    CHECK(organisation_key("Ligue des droits humains ASBL") == "ligue des droits humains");
    CHECK(organisation_key("Centro Prodh A.C.") == organisation_key("Centro Prodh"));
    // A legal form alone is the whole name, and words that are part of names stay.
    CHECK(organisation_key("NGO") == "ngo");
    CHECK(organisation_key("Open Society Foundation") != organisation_key("Open Society"));
    CHECK(organisation_key("Фонд «Общественный вердикт»") != organisation_key("Общественный вердикт"));
    CHECK(organisation_key("Stowarzyszenie Interwencji Prawnej") != organisation_key("Interwencji Prawnej"));
    // Only at the ends: in the middle the words name something else.
    CHECK(organisation_key("Forum of NGO Leaders") == "forum of ngo leaders");
}

TEST_CASE("organisation key: Romanian cedilla and comma letters") {
    CHECK(organisation_key("Asociaţia pentru Drepturile Omului") == organisation_key("Asociația pentru Drepturile Omului"));
    CHECK(organisation_key("ASOCIAŢIA PENTRU DREPTURILE OMULUI") == organisation_key("Asociația pentru Drepturile Omului"));
}

TEST_CASE("organisation key: a trailing acronym or country is not part of the name") {
    auto const iphr = organisation_key("International Partnership for Human Rights");
    CHECK(organisation_key("International Partnership for Human Rights (IPHR)") == iphr);
    CHECK(organisation_key("Helsinki Foundation for Human Rights, Poland") ==
          organisation_key("Helsinki Foundation for Human Rights"));
    CHECK(organisation_key("Helsinki Foundation for Human Rights (Poland)") ==
          organisation_key("Helsinki Foundation for Human Rights"));
    CHECK(organisation_key("Helsinki Foundation for Human Rights (HFHR), Poland") ==
          organisation_key("Helsinki Foundation for Human Rights"));
    CHECK(organisation_key("Норвежский Хельсинкский комитет (Норвегия)") == organisation_key("Норвежский Хельсинкский комитет"));
    // A national section keeps its country: it is another organisation.
    CHECK(organisation_key("Amnesty International Moldova") != organisation_key("Amnesty International"));
    CHECK(organisation_key("Transparency International - Moldova") != organisation_key("Transparency International"));
    // A parenthesis that is neither stays.
    CHECK(organisation_key("Centre for Rights (and Freedoms)") == "center for rights & freedoms");
}

TEST_CASE("organisation key: the quoted name at the other end") {
    auto const club = civic::organisation_key("Journalists’ Club “Asparez”");
    auto const asparez = civic::organisation_key("“Asparez” Journalists’ Club");
    CHECK(club != asparez);
    CHECK(civic::other_order_key("Journalists’ Club “Asparez”") == asparez);
    CHECK(civic::other_order_key("“Asparez” Journalists’ Club") == club);
    CHECK(civic::other_order_key("ОО «Правовая инициатива»").empty());  // nothing besides the quoted name
    CHECK(civic::other_order_key("Journalists’ Club").empty());         // an apostrophe is no quote
    CHECK(civic::other_order_key("Centre for Civil Liberties").empty());
}

TEST_CASE("organisation key: nothing to key") {
    CHECK(organisation_key("").empty());
    CHECK(organisation_key(" — ").empty());
    CHECK(organisation_key("«»").empty());
}

TEST_CASE("trailing_acronym and acronym_key") {
    CHECK(civic::trailing_acronym("International Partnership for Human Rights (IPHR)") == "IPHR");
    CHECK(civic::trailing_acronym("Coral Bay Human Rights Forum (CBHRF) ") == "CBHRF");
    CHECK(civic::trailing_acronym("Amber Lantern Association (Kyrgyzstan)").empty());
    CHECK(civic::trailing_acronym("Center for Civil Liberties (CCL), Ukraine") == "CCL");
    CHECK(civic::trailing_acronym("IPHR").empty());
    CHECK(civic::trailing_acronym("(IPHR)").empty());
    CHECK(civic::acronym_key("IPHR") == "iphr");
    CHECK(civic::acronym_key("I.P.H.R.") == "iphr");
    CHECK(civic::acronym_key("Promo-LEX") == "promolex");
    CHECK(civic::acronym_key("ЦГС") == "цгс");
    CHECK(civic::acronym_key("--").empty());
}

TEST_CASE("registry: variants of real lists are one organisation, with co-signer counts") {
    civic::registry r;
    r.add(signed_by({org("International Partnership for Human Rights", "IPHR", "BE"),
                     org("Centre for Civil Liberties", std::nullopt, "UA"),
                     org("Human Rights Matter e.V.", std::nullopt, "DE")}),
          "a.txt");
    r.add(signed_by({org("IPHR"), org("CENTER FOR CIVIL LIBERTIES"), org("Human Rights Matter"),
                     person("Anna Kowalska")}),
          "b.txt");
    r.add(signed_by({org("Center for Civil Liberties (CCL), Ukraine"), org("Netherlands Helsinki Committee")}), "c.txt");

    CHECK(r.statement_count() == 3);
    REQUIRE(r.organisation_count() == 4);  // the person is no organisation

    auto const iphr = r.find("IPHR");
    auto const ccl = r.find("Centre for Civil Liberties");
    auto const hrm = r.find("Human Rights Matter e.V.");
    auto const nhc = r.find("netherlands helsinki committee");
    REQUIRE(iphr);
    REQUIRE(ccl);
    REQUIRE(hrm);
    REQUIRE(nhc);
    CHECK(r.find("International Partnership for Human Rights (IPHR)") == iphr);
    CHECK(r.find("CCL") == ccl);
    CHECK_FALSE(r.find("Nowhere Watch"));

    CHECK(r.name(*iphr) == "International Partnership for Human Rights");
    CHECK(r.acronym(*iphr) == "IPHR");
    CHECK(r.country_code(*iphr) == "BE");
    CHECK(r.country_code(*ccl) == "UA");
    CHECK(r.acronym(*ccl) == "CCL");
    CHECK(r.country_code(*nhc).empty());
    CHECK(r.statements_signed(*ccl) == 3);
    CHECK(r.statements_signed(*iphr) == 2);

    auto const variants = r.variants(*ccl);
    REQUIRE(variants.size() == 3);
    CHECK(variants[0].written == "Centre for Civil Liberties");
    CHECK(variants[0].count == 1);

    auto const co = r.co_signers(*ccl);
    REQUIRE(co.size() == 3);
    CHECK(co[0].statements == 2);
    CHECK(co[1].statements == 2);
    CHECK(((co[0].organisation == *iphr && co[1].organisation == *hrm) ||
           (co[0].organisation == *hrm && co[1].organisation == *iphr)));
    CHECK(co[2].organisation == *nhc);
    CHECK(co[2].statements == 1);

    auto const pairs = r.top_pairs(10);
    REQUIRE(pairs.size() == 4);  // IPHR–CCL, IPHR–HRM, CCL–HRM twice, CCL–NHC once; each pair once
    CHECK(pairs[0].statements == 2);
    CHECK(pairs[2].statements == 2);
    CHECK(pairs[3].statements == 1);
    CHECK(((pairs[3].first == *ccl && pairs[3].second == *nhc) || (pairs[3].first == *nhc && pairs[3].second == *ccl)));
    CHECK(r.top_pairs(1).size() == 1);
    CHECK(r.top_pairs(0).empty());
}

TEST_CASE("registry: a quoted name written first or last is one organisation") {
    civic::registry r;
    r.add(signed_by({org("Journalists’ Club “Asparez”", std::nullopt, "AM")}), "a");
    r.add(signed_by({org("“Asparez” Journalists’ Club")}), "b");
    r.add(signed_by({org("JOURNALISTS’ CLUB “ASPAREZ”"), org("Asparez Journalists Club")}), "c");
    CHECK(r.organisation_count() == 1);
    auto const o = r.find("“Asparez” Journalists Club");
    REQUIRE(o);
    CHECK(r.statements_signed(*o) == 3);
    CHECK(r.variants(*o).size() == 4);
    CHECK(r.find("Journalists Club Asparez") == o);
}

TEST_CASE("registry: an acronym seen before the name it stands for") {
    civic::registry r;
    r.add(signed_by({org("IPHR"), org("Freedom Now")}), "first");
    r.add(signed_by({org("Freedom Now")}), "second");
    CHECK(r.organisation_count() == 2);
    r.add(signed_by({org("International Partnership for Human Rights (IPHR)"), org("Freedom Now")}), "third");
    REQUIRE(r.organisation_count() == 2);
    auto const iphr = r.find("IPHR");
    REQUIRE(iphr);
    CHECK(r.find("International Partnership for Human Rights") == iphr);
    CHECK(r.acronym(*iphr) == "IPHR");
    auto const signings = r.signings(*iphr);
    REQUIRE(signings.size() == 2);
    CHECK(signings[0].statement_id == "first");
    CHECK(signings[0].written == "IPHR");
    CHECK(signings[1].statement_id == "third");
    auto const co = r.co_signers(*iphr);
    REQUIRE(co.size() == 1);
    CHECK(co[0].statements == 2);
    // Every id answers for the merged organisation, the old one included.
    for (auto id : r.organisations()) CHECK(r.statements_signed(id) >= 2);
}

TEST_CASE("registry: an acronym two organisations share resolves to neither") {
    civic::registry r;
    r.add(signed_by({org("Human Rights Centre", "HRC")}), "a");
    r.add(signed_by({org("Humanitarian Relief Coalition", "HRC")}), "b");
    CHECK(r.organisation_count() == 2);
    CHECK_FALSE(r.find("HRC"));
    CHECK(r.find("Human Rights Center"));
}

TEST_CASE("registry: one statement that lists an organisation twice counts once") {
    civic::registry r;
    r.add(signed_by({org("Viasna"), org("Free Press Unlimited"), org("VIASNA")}), "a");
    auto const v = r.find("Viasna");
    REQUIRE(v);
    CHECK(r.signings(*v).size() == 2);
    CHECK(r.statements_signed(*v) == 1);
    auto const co = r.co_signers(*v);
    REQUIRE(co.size() == 1);
    CHECK(co[0].statements == 1);
}

TEST_CASE("registry: spans point into the statement each signature came from") {
    auto const text = civic_test::read_fixture("reference-shape.txt");
    auto const parsed = civic::parse(text);
    civic::registry r;
    r.add(parsed.statement, "reference-shape.txt");
    REQUIRE(r.organisation_count() >= 5);
    auto const cbhrf = r.find("CBHRF");
    REQUIRE(cbhrf);
    CHECK(r.name(*cbhrf) == "Coral Bay Human Rights Forum");
    CHECK(r.country_code(*cbhrf) == "GE");
    auto const signings = r.signings(*cbhrf);
    REQUIRE(signings.size() == 1);
    auto const written = std::string_view(text).substr(signings[0].begin, signings[0].end - signings[0].begin);
    CHECK(written.find("Coral Bay Human Rights Forum") == 0);
    CHECK(signings[0].line > 1);
}

TEST_CASE("registry: moves") {
    civic::registry r;
    r.add(signed_by({org("Viasna")}), "a");
    civic::registry moved = std::move(r);
    CHECK(moved.organisation_count() == 1);
    CHECK(moved.memory_bytes() > 0);
}
