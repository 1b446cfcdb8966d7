// The text exports: the XML writer's escaping, Akoma Ntoso, CSV quoting, Popolo, Markdown
// and the {fmt} formatters. Validity against the outside schemas is checked in CTest with
// xmllint and jsonschema (tests/export).
#include <civic/civic.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "fixtures.hpp"

#include <string>

using namespace civic;
using namespace std::string_literals;
using civic_test::contains;

namespace {
// A statement built by hand with what exports must survive: markup characters, quotes,
// control characters, a person with a role, a country without a code.
statement awkward_statement() {
    statement s;
    s.title = text_block{"Tom & Jerry <on> \"rights\" & 'wrongs' | *bold* #1", {}};
    s.kind = statement_kind::open_letter;
    s.language = "en";
    s.date = statement_date{2023, 2, 0, {}};
    s.coalition = coalition{"Network \"A,B\"", "N&B", {}};
    s.subject_countries = {"GE"};
    s.opening = text_block{"We, the undersigned,\x01 call\x0b for ]]> and \xEF\xBF\xBE.", {}};
    s.paragraphs = {text_block{"- not a list\n# not a heading", {}}, text_block{"1. not numbered", {}}};
    call_group g;
    g.introduction = text_block{"We call on the authorities to:", {}};
    g.addressees = {"the authorities"};
    g.calls = {call{"Release \"them\", now;", "the authorities"s, {}, {"the authorities"}}, call{"Stop\r\nit", std::nullopt, {}, {}}};
    s.call_groups = {g};
    s.signatories = {signatory{"Org, with comma", "OWC"s, "Georgia"s, "GE"s, std::nullopt, signatory_type::organisation, {},
                               std::nullopt, "www.owc.example"s},
                     signatory{"Nino Kavtaradze", std::nullopt, "Atlantis"s, std::nullopt, "Journalist"s,
                               signatory_type::person, {}, std::nullopt, "nino@kavtaradze.example"s},
                     signatory{" leading space", std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                               signatory_type::organisation, {}, std::nullopt, std::nullopt}};
    return s;
}
}  // namespace

TEST_CASE("xml: escaping of text and attributes") {
    CHECK(xml_escape("Tom & Jerry <b>") == "Tom &amp; Jerry &lt;b&gt;");
    CHECK(xml_escape("\"quoted\" 'single'") == "\"quoted\" 'single'");
    CHECK(xml_escape("\"quoted\" 'single'", true) == "&quot;quoted&quot; &apos;single&apos;");
    CHECK(xml_escape("a\tb\nc", true) == "a&#9;b&#10;c");
    CHECK(xml_escape("a\tb\nc") == "a\tb\nc");
    CHECK(xml_escape("a\rb") == "a&#13;b");
    CHECK(xml_escape("]]>") == "]]&gt;");
    // What XML 1.0 cannot hold becomes U+FFFD, never an invalid document.
    CHECK(xml_escape("a\x01" "b\x1f" "c") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
    CHECK(xml_escape(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
    CHECK(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE, U+FFFF
    CHECK(xml_escape("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");                 // truncated sequence
    CHECK(xml_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");   // a surrogate, byte by byte
    CHECK(xml_escape("Chișinău — “Open Door” \xF0\x9F\x98\x80") == "Chișinău — “Open Door” \xF0\x9F\x98\x80");
    CHECK(xml_escape("\x7f") == "\x7f");  // DEL is allowed in XML 1.0
}

TEST_CASE("xml: the writer indents element content and leaves mixed content alone") {
    std::string out;
    xml_writer w(out);
    w.declaration();
    w.open("a").attribute("x", "1 & \"2\"");
    w.element("b", "<text>");
    w.open("p").mixed().open("i").text("one").close().text(", two").close();
    w.open("empty").close();
    w.finish();
    CHECK(out ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<a x=\"1 &amp; &quot;2&quot;\">\n"
          "  <b>&lt;text&gt;</b>\n"
          "  <p><i>one</i>, two</p>\n"
          "  <empty/>\n"
          "</a>\n");
}

TEST_CASE("akoma ntoso: the parts of a statement and stable eIds") {
    auto const st = parse(civic_test::read_fixture("reference-shape.txt")).statement;
    auto const xml = to_akoma_ntoso(st);
    CHECK(xml == to_akoma_ntoso(st));  // deterministic
    CHECK(contains(xml, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"));
    CHECK(contains(xml, "<statement name=\"joint_statement\">"));
    CHECK(contains(xml, "<FRBRcountry value=\"kg\"/>"));
    CHECK(contains(xml, "<FRBRlanguage language=\"eng\"/>"));
    CHECK(contains(xml, "<FRBRauthor href=\"#coalition\"/>"));
    CHECK(contains(xml, "<TLCOrganization eId=\"coalition\" href=\"/akn/ontology/organizations/coalition\" "
                        "showAs=\"Lakeshore Freedom Network\" shortForm=\"LFN\"/>"));
    CHECK(contains(xml, "showAs=\"Coral Bay Human Rights Forum\" shortForm=\"CBHRF\"/>"));
    CHECK(contains(xml, "<TLCLocation eId=\"loc_ge\" href=\"/akn/ontology/locations/ge\" showAs=\"Georgia\"/>"));
    CHECK(contains(xml, "<keyword value=\"KG\" showAs=\"Kyrgyzstan\" dictionary=\"#iso3166\"/>"));
    CHECK(contains(xml, "<docTitle>Joint statement by members of the Lakeshore Freedom Network"));
    CHECK(contains(xml, "<preamble>\n      <p eId=\"preamble__para_1\">We, the undersigned members"));
    CHECK(contains(xml, "<blockList eId=\"calls_1\">\n        <listIntroduction>"));
    CHECK(contains(xml, "<item eId=\"calls_1__item_5\">\n          <p>Engage in an open dialogue with student unions.</p>"));
    CHECK(contains(xml, "<p eId=\"sig_3\"><signature><organization refersTo=\"#org_3\">Coral Bay Human Rights Forum"
                        "</organization> (CBHRF), <location refersTo=\"#loc_ge\">Georgia</location></signature></p>"));
    CHECK_FALSE(contains(xml, "Other news"));  // chrome is left out
    // Whom it addresses, in the preface.
    CHECK(contains(xml, "<p class=\"addressee\">the protesters</p>"));
    CHECK(contains(xml, "<p class=\"addressee\">the authorities of Kyrgyzstan</p>"));
}

TEST_CASE("akoma ntoso: awkward text is escaped, people get TLCPerson and TLCRole") {
    auto const xml = to_akoma_ntoso(awkward_statement());
    CHECK(contains(xml, "<docTitle>Tom &amp; Jerry &lt;on&gt; \"rights\" &amp; 'wrongs' | *bold* #1</docTitle>"));
    CHECK(contains(xml, "showAs=\"Network &quot;A,B&quot;\" shortForm=\"N&amp;B\""));
    CHECK(contains(xml, "We, the undersigned,\xEF\xBF\xBD call\xEF\xBF\xBD for ]]&gt; and \xEF\xBF\xBD."));
    CHECK(contains(xml, "<FRBRdate date=\"2023-02-01\" name=\"publication-month\"/>"));
    CHECK(contains(xml, "<TLCPerson eId=\"person_2\" href=\"/akn/ontology/persons/person_2\" showAs=\"Nino Kavtaradze\"/>"));
    CHECK(contains(xml, "<TLCRole eId=\"role_1\" href=\"/akn/ontology/roles/role_1\" showAs=\"Journalist\"/>"));
    CHECK(contains(xml, "<TLCLocation eId=\"loc_2\" href=\"/akn/ontology/locations/2\" showAs=\"Atlantis\"/>"));
    CHECK(contains(xml, "<person refersTo=\"#person_2\" as=\"#role_1\">Nino Kavtaradze</person>, "
                        "<role refersTo=\"#role_1\">Journalist</role>, <location refersTo=\"#loc_2\">Atlantis</location>"));
    for (char c = 1; c < 0x20; ++c)
        if (c != '\n') CHECK_FALSE(contains(xml, std::string(1, c)));
}

TEST_CASE("akoma ntoso: an empty statement still has a mainBody and an author") {
    auto const xml = to_akoma_ntoso(statement{});
    CHECK(contains(xml, "<mainBody>\n      <p eId=\"para_1\"/>\n    </mainBody>"));
    CHECK(contains(xml, "<FRBRauthor href=\"#unknown_author\"/>"));
    CHECK(contains(xml, "<FRBRdate date=\"0001-01-01\" name=\"unknown\"/>"));
    CHECK(contains(xml, "<FRBRcountry value=\"zz\"/>"));
    CHECK(contains(xml, "<FRBRlanguage language=\"und\"/>"));
    CHECK_FALSE(contains(xml, "<conclusions>"));
}

TEST_CASE("csv: RFC 4180 quoting") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("cr\r") == "\"cr\r\"");
    CHECK(csv_field(" padded ") == "\" padded \"");
    CHECK(csv_field("=SUM(A1)") == "=SUM(A1)");  // written as it is: see csv.hpp
    CHECK(csv_field("Chișinău") == "Chișinău");
}

TEST_CASE("csv: the signatory and call tables") {
    auto const s = awkward_statement();
    CHECK(signatories_csv(s, "x-1") ==
          "statement_id,position,name,acronym,country,country_code,type,role,place,link\r\n"
          "x-1,1,\"Org, with comma\",OWC,Georgia,GE,organisation,,,www.owc.example\r\n"
          "x-1,2,Nino Kavtaradze,,Atlantis,,person,Journalist,,nino@kavtaradze.example\r\n"
          "x-1,3,\" leading space\",,,,organisation,,,\r\n");
    CHECK(calls_csv(s, "x-1") ==
          "statement_id,group,addressee,position,text,addressees\r\n"
          "x-1,1,the authorities,1,\"Release \"\"them\"\", now;\",the authorities\r\n"
          "x-1,1,,2,\"Stop\r\nit\",\r\n");
    csv_options opts;
    opts.header = false;
    opts.byte_order_mark = true;
    CHECK(calls_csv(statement{}, "x", opts) == "\xEF\xBB\xBF");
    CHECK(signatories_csv(s, "x", opts).rfind("\xEF\xBB\xBFx,1,", 0) == 0);
}

TEST_CASE("akoma ntoso and csv: a call asked of several carries them all") {
    statement s;
    call_group g;
    g.addressees = {"the Government of Amberland", "the European Union"};
    g.calls = {call{"Release the journalists.", "the European Union"s, {}, {"the Government of Amberland", "the European Union"}}};
    s.call_groups = {g};
    auto const xml = to_akoma_ntoso(s);
    CHECK(contains(xml, "<p>Release the journalists.</p>\n          <p class=\"addressee\">the Government of Amberland</p>\n"
                        "          <p class=\"addressee\">the European Union</p>"));
    CHECK(calls_csv(s, "x") == "statement_id,group,addressee,position,text,addressees\r\n"
                               "x,1,the European Union,1,Release the journalists.,the Government of Amberland; the European Union\r\n");
}

TEST_CASE("popolo: organisations, persons and memberships") {
    auto const v = to_popolo(awkward_statement(), "st");
    auto const& orgs = v.at("organizations").as_array();
    REQUIRE(orgs.size() == 4);  // coalition, the statement's signatories, two organisations
    CHECK(orgs[0].at("id") == "st/coalition");
    CHECK(orgs[0].at("classification") == "coalition");
    CHECK(orgs[0].at("other_names").at(0).at("name") == "N&B");
    CHECK(orgs[1].at("id") == "st");
    CHECK(orgs[1].at("classification") == "statement");
    CHECK(orgs[1].at("founding_date") == "2023-02");
    CHECK(orgs[1].at("parent_id") == "st/coalition");
    CHECK(orgs[2].at("name") == "Org, with comma");
    CHECK(orgs[2].at("area_id") == "ocd-division/country:ge");
    // A signer's web address is a link, its URL with a scheme; a mail address a contact detail.
    CHECK(orgs[2].at("links").at(0).at("url") == "http://www.owc.example");
    CHECK_FALSE(orgs[3].as_object().contains("links"));
    auto const& persons = v.at("persons").as_array();
    REQUIRE(persons.size() == 1);
    CHECK(persons[0].at("id") == "st/signatory-2");
    CHECK(persons[0].at("contact_details").at(0).at("type") == "email");
    CHECK(persons[0].at("contact_details").at(0).at("value") == "nino@kavtaradze.example");
    auto const& ms = v.at("memberships").as_array();
    REQUIRE(ms.size() == 6);  // each of 3 signatories: in the statement and in the coalition
    CHECK(ms[0].at("organization_id") == "st");
    CHECK(ms[0].at("role") == "signatory");
    CHECK(ms[0].at("member").at("id") == "st/signatory-1");
    CHECK(ms[1].at("organization_id") == "st/coalition");
    CHECK(ms[1].at("role") == "member");
    CHECK(ms[2].at("person_id") == "st/signatory-2");
    CHECK(ms[2].at("label") == "Journalist");
    CHECK(v.at("areas").as_array().size() == 1);
}

TEST_CASE("markdown: title, metadata, body, calls as a list, signatories as a table") {
    auto const st = parse(civic_test::read_fixture("reference-shape.txt")).statement;
    auto const md = to_markdown(st);
    CHECK(md.rfind("# Joint statement by members of the Lakeshore Freedom Network", 0) == 0);
    CHECK(contains(md, "\n- **Kind:** Joint statement\n"));
    CHECK(contains(md, "\n- **Coalition:** Lakeshore Freedom Network (LFN)\n"));
    CHECK(contains(md, "\n- **Addressees:** the protesters; the authorities of Kyrgyzstan\n"));
    CHECK(contains(md, "\n\n- Release all students detained solely for taking part in the march;\n"
                       "- Ensure that every detainee has prompt access to a lawyer of their choice;\n"));
    CHECK(contains(md, "## Signatories\n\n| # | Name | Acronym | Country | Type |\n|--:|"));
    CHECK(contains(md, "\n| 3 | Coral Bay Human Rights Forum | CBHRF | Georgia (GE) | organisation |\n"));
    CHECK_FALSE(contains(md, "Other news"));
    CHECK(md.back() == '\n');
    CHECK(md[md.size() - 2] != '\n');
}

TEST_CASE("markdown: the statement's text is escaped, not read as markup") {
    CHECK(markdown_escape("*bold* _it_ [link](x) <b> `code`") == "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\`code\\`");
    CHECK(markdown_escape("# not a heading") == "\\# not a heading");
    CHECK(markdown_escape("- not a list") == "\\- not a list");
    CHECK(markdown_escape("1. not numbered") == "1\\. not numbered");
    CHECK(markdown_escape("2022 was a year - and # is fine here") == "2022 was a year - and # is fine here");
    CHECK(markdown_escape("a | b") == "a | b");
    CHECK(markdown_escape("a | b", true) == "a \\| b");
    CHECK(markdown_escape("two\nlines") == "two lines");
    auto const md = to_markdown(awkward_statement());
    CHECK(md.rfind("# Tom & Jerry \\<on\\> \"rights\" & 'wrongs' | \\*bold\\* #1\n", 0) == 0);
    CHECK(contains(md, "\n\\- not a list # not a heading\n"));
    CHECK(contains(md, "\n- Stop it\n"));
    CHECK(contains(md, "| 2 | Nino Kavtaradze, Journalist |  | Atlantis | person |"));  // a mail address stays out
    CHECK(contains(md, "| 1 | [Org, with comma](http://www.owc.example) | OWC | Georgia (GE) | organisation |"));
    CHECK(contains(md, "- **Date:** 2023-02\n"));
}

TEST_CASE("fmt: the model prints as a person would write it") {
    auto const s = awkward_statement();
    CHECK(fmt::format("{}", s.signatories[0]) == "Org, with comma (OWC) — Georgia [GE]");
    CHECK(fmt::format("{}", s.signatories[1]) == "Nino Kavtaradze, Journalist — Atlantis");
    auto placed = s.signatories[0];
    placed.place = "Batumi";
    CHECK(fmt::format("{}", placed) == "Org, with comma (OWC), Batumi — Georgia [GE]");
    signatory coded{"Aurora", std::nullopt, std::nullopt, "MD"s, std::nullopt, signatory_type::organisation, {}, std::nullopt,
                    std::nullopt};
    CHECK(fmt::format("{}", coded) == "Aurora — [MD]");
    CHECK(fmt::format("{}", s.call_groups[0].calls[0]) == "Release \"them\", now; → the authorities");
    CHECK(fmt::format("{}", s.call_groups[0]) == "2 calls to the authorities");
    CHECK(fmt::format("{}", *s.coalition) == "Network \"A,B\" (N&B)");
    CHECK(fmt::format("{}", *s.date) == "2023-02");
    CHECK(fmt::format("{}", statement_kind::joint_statement) == "joint_statement");
    CHECK(fmt::format("[{:>9}]", severity::warning) == "[  warning]");
    CHECK(fmt::format("{}", signatory_type::person) == "person");
    CHECK(fmt::format("{}", block_role::call_introduction) == "call_introduction");
    CHECK(fmt::format("{}", address_source::address_line) == "address_line");
    CHECK(fmt::format("{}", address{"the European Commission", address_source::headline, {}}) ==
          "the European Commission (headline)");
    source_span sp{10, 20, {3, 12}, {3, 22}};
    CHECK(fmt::format("{}", sp.start) == "3:12");
    CHECK(fmt::format("{}", sp) == "3:12-3:22");
    diagnostic d{severity::warning, "text.invalid-utf8", "invalid bytes replaced", sp};
    CHECK(fmt::format("{}", d) == "3:12: warning [text.invalid-utf8] invalid bytes replaced");
    CHECK(fmt::format("{}", s) == "open_letter \"Tom & Jerry <on> \"rights\" & 'wrongs' | *bold* #1\" (en, 2023-02): "
                                  "1 call group, 2 calls, 3 signatories");
    CHECK(fmt::format("{}", statement{}) == "unknown (language unknown, no date): 0 call groups, 0 calls, 0 signatories");
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), sp), fmt::format_error);
}
