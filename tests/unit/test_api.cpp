// civic::parse and civic::parse_file on the fixtures: the fields of the model, the spans
// back into the input, the outline, robustness on hostile input, and limits.
// This file is also compiled alone against civic::header_only (civic-tests-header-only):
// both flavours must pass the same exact assertions.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;
using civic_test::original;
using civic_test::read_fixture;
using civic_test::has_code;
using civic_test::all_calls;
using civic_test::check_outline_covers;

namespace {

void check_reference_shape(std::string_view input) {
    auto r = parse(input);
    CHECK(r.ok());
    auto const& s = r.statement;

    REQUIRE(s.title.has_value());
    CHECK(s.title->text ==
          "Joint statement by members of the Lakeshore Freedom Network and other NGOs on the arrests of students in Kyrgyzstan");
    CHECK(original(input, s.title->span) == s.title->text);
    CHECK(s.title->span.start == source_position{3, 1});
    CHECK(s.kind == statement_kind::joint_statement);
    CHECK(s.language == "en");
    CHECK_FALSE(s.date.has_value());
    CHECK(s.subject_countries == std::vector<std::string>{"KG"});
    REQUIRE(s.publisher.has_value());
    CHECK(s.publisher->text == "Harbourline Civic Monitor");

    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Lakeshore Freedom Network");
    CHECK(s.coalition->acronym == std::optional<std::string>("LFN"));

    // The alt text glued to "We" is chrome; the opening starts at the 'W'.
    REQUIRE(s.opening.has_value());
    CHECK(s.opening->text.rfind("We, the undersigned members of the Lakeshore Freedom Network (LFN)", 0) == 0);
    CHECK(s.opening->span.begin == input.find("We, the undersigned"));
    CHECK(s.opening->span.start == source_position{5, 12});
    REQUIRE(s.header.size() == 2);
    CHECK(s.header[0].text == "Harbourline Civic Monitor");
    CHECK(s.header[1].text == "site_logo_7");
    CHECK(original(input, s.header[1].span) == "site_logo_7");
    REQUIRE(s.footer.size() == 1);
    CHECK(s.footer[0].text == "Other news");

    // The paragraph broken by a blank line is one call introduction with two addressees.
    REQUIRE(s.paragraphs.size() == 1);
    CHECK(s.paragraphs[0].text.rfind("Witnesses in Tamarind Falls report", 0) == 0);
    CHECK(s.paragraphs[0].span.start == source_position{7, 1});
    REQUIRE(s.call_groups.size() == 1);
    auto const& g = s.call_groups[0];
    REQUIRE(g.introduction.has_value());
    CHECK(g.introduction->text.find("expressed by the OSCE and other international institutions") != std::string::npos);
    CHECK(g.addressees == std::vector<std::string>{"the protesters", "the authorities of Kyrgyzstan"});
    CHECK(s.addressees() == g.addressees);

    auto calls = all_calls(s);
    std::vector<std::string> const texts{
        "Release all students detained solely for taking part in the march;",
        "Ensure that every detainee has prompt access to a lawyer of their choice;",
        "Investigate all reports of ill-treatment in custody;",
        "Refrain from expelling students for their civic activity;",
        "Engage in an open dialogue with student unions.",
    };
    REQUIRE(calls.size() == texts.size());
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CAPTURE(i);
        CHECK(calls[i].text == texts[i]);
        CHECK(original(input, calls[i].span) == texts[i]);
        CHECK(calls[i].addressee == std::optional<std::string>("the authorities of Kyrgyzstan"));
    }
    CHECK(calls[0].span.start == source_position{13, 3});
    CHECK(calls[1].span.start == source_position{13, 72});
    CHECK(calls[2].span.start == source_position{13, 148});
    CHECK(calls[3].span.start == source_position{15, 3});
    CHECK(calls[4].span.start == source_position{17, 3});
    CHECK(calls[4].span.stop == source_position{17, 50});

    struct expected {
        char const* name;
        char const* acronym;
        char const* country;
        char const* code;
        char const* span;
        source_position start;
    };
    expected const sigs[] = {
        {"Amber Lantern Association", nullptr, "Kyrgyzstan", "KG", "Amber Lantern Association (Kyrgyzstan)", {19, 1}},
        {"Birchwood Institute for Civic Rights", nullptr, "Poland", "PL", "Birchwood Institute for Civic Rights (Poland)", {21, 1}},
        {"Coral Bay Human Rights Forum", "CBHRF", "Georgia", "GE", "Coral Bay Human Rights Forum (CBHRF)  (Georgia)", {23, 1}},
        {"Dune Press Freedom Centre", nullptr, "Romania", "RO", "Dune Press Freedom Centre (Romania)", {25, 1}},
        {"Elmstead Watch for Democracy", nullptr, "Ukraine", "UA", "Elmstead Watch for Democracy (Ukraine)", {25, 37}},
        {"Foxglove Legal Initiative", nullptr, "Lithuania", "LT", "Foxglove Legal Initiative (Lithuania)", {27, 1}},
    };
    REQUIRE(s.signatories.size() == std::size(sigs));
    for (std::size_t i = 0; i < std::size(sigs); ++i) {
        auto const& x = s.signatories[i];
        CAPTURE(x.name);
        CHECK(x.name == sigs[i].name);
        CHECK(x.acronym == (sigs[i].acronym ? std::optional<std::string>(sigs[i].acronym) : std::nullopt));
        CHECK(x.country == std::optional<std::string>(sigs[i].country));
        CHECK(x.country_code == std::optional<std::string>(sigs[i].code));
        CHECK(x.type == signatory_type::organisation);
        CHECK_FALSE(x.role.has_value());
        CHECK(original(input, x.span) == sigs[i].span);
        CHECK(x.span.start == sigs[i].start);
    }
    check_outline_covers(s, input);
}

}  // namespace

TEST_CASE("api: the reference shape") { check_reference_shape(read_fixture("reference-shape.txt")); }

TEST_CASE("api: the reference shape with CRLF line ends gives the same model, lines and columns") {
    auto const crlf = read_fixture("crlf.txt");
    check_reference_shape(crlf);
    auto const a = parse(read_fixture("reference-shape.txt")).statement;
    auto const b = parse(crlf).statement;
    REQUIRE(a.signatories.size() == b.signatories.size());
    for (std::size_t i = 0; i < a.signatories.size(); ++i) {
        CHECK(a.signatories[i].name == b.signatories[i].name);
        CHECK(a.signatories[i].span.start == b.signatories[i].span.start);
        CHECK(a.signatories[i].span.stop == b.signatories[i].span.stop);
    }
    // the CR of each line end is in the input, so offsets grow by one per line
    CHECK(b.signatories.back().span.begin == a.signatories.back().span.begin + 26);
}

TEST_CASE("api: a headerless signatory list right after the calls") {
    // No paragraph of prose besides the opening and the call introduction: the list of
    // entries that each name a country is still the list of signatories.
    std::string const input =
        "Joint statement on the arrests of students in Kyrgyzstan\n\n"
        "We, the undersigned organisations, are gravely concerned about the arrests of forty students.\n\n"
        "We call on the authorities of Kyrgyzstan to:\n\n"
        "\xE2\x80\x93 Release all students detained for a peaceful march;\n\n"
        "\xE2\x80\x93 Investigate all reports of ill-treatment in custody.\n\n"
        "Amber Lantern Association (Kyrgyzstan)\n\n"
        "Birchwood Institute for Civic Rights (Poland)\n\n"
        "Foxglove Legal Initiative (Lithuania)\n\n"
        "Other news\n";
    auto const s = parse(input).statement;
    CHECK(all_calls(s).size() == 2);
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("LT"));
}

TEST_CASE("api: BOM, no-break spaces and soft hyphens") {
    auto const input = read_fixture("bom-nbsp-shy.txt");
    auto r = parse(input);
    CHECK(r.ok());
    auto const& s = r.statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Open letter on the closure of Willowmere Community Radio");
    CHECK(s.title->span.begin == 3);  // after the BOM
    CHECK(original(input, s.title->span) == s.title->text);
    CHECK(s.kind == statement_kind::open_letter);
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Riverbend Media Lab");  // the NBSP read as a space
    CHECK(s.signatories[0].country_code == std::optional<std::string>("AM"));
    CHECK(original(input, s.signatories[0].span) == "Riverbend Media\xC2\xA0Lab (Armenia)");
    CHECK(s.signatories[1].name == "Northgate Journalists\xE2\x80\x99 Union");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("GE"));
    check_outline_covers(s, input);
}

TEST_CASE("api: character references in plain text are their characters, and part no signer") {
    std::string const input =
        "Joint statement on the closure of the Amber Lantern Radio\n\n"
        "We call on the authorities to:\n\n- reopen the station;\n- drop the charges against its editor.\n\n"
        "Signatories:\n\n"
        "Legal Aid &amp; Justice Network (Armenia)\n"
        "Women&#8217;s Rights League&nbsp;(Azerbaijan)\n"
        "Association for Media Freedom &quot;Open Word&quot; (Ukraine)\n";
    auto const r = parse(input);
    auto const& sigs = r.statement.signatories;
    REQUIRE(sigs.size() == 3);
    CHECK(sigs[0].name == "Legal Aid & Justice Network");
    CHECK(sigs[0].country_code == "AM");
    CHECK(original(input, sigs[0].span) == "Legal Aid &amp; Justice Network (Armenia)");
    CHECK(sigs[1].name == "Women\xE2\x80\x99s Rights League");
    CHECK(sigs[1].country_code == "AZ");
    CHECK(sigs[2].name == "Association for Media Freedom \"Open Word\"");
}

TEST_CASE("api: countries written with combining accents (NFD) are known") {
    std::string const input =
        "Joint statement on the closure of the Amber Lantern Radio\n\n"
        "We call on the authorities to:\n\n- reopen the station;\n- drop the charges against its editor.\n\n"
        "Signatories:\n\n"
        "Centro de Derechos Humanos (Me\xCC\x81xico)\n"
        "Ligue Ivoirienne des Droits (Co\xCC\x82te d\xE2\x80\x99Ivoire)\n"
        "Insan Haklari Dernegi (Tu\xCC\x88rkiye)\n"
        "\xD0\x93\xD1\x80\xD0\xBE\xD0\xBC\xD0\xB0\xD0\xB4\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB0 \xD1\x96\xD0\xBD\xD1\x96\xD1\x86\xD1\x96\xD0\xB0\xD1\x82\xD0\xB8\xD0\xB2\xD0\xB0 "
        "(\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD1\x96\xCC\x88\xD0\xBD\xD0\xB0)\n";  // Громадська ініціатива (Україна)
    auto const r = parse(input);
    auto const& sigs = r.statement.signatories;
    REQUIRE(sigs.size() == 4);
    CHECK(sigs[0].country_code == "MX");
    CHECK(sigs[0].country == "M\xC3\xA9xico");
    CHECK(original(input, sigs[0].span) == "Centro de Derechos Humanos (Me\xCC\x81xico)");
    CHECK(sigs[1].country_code == "CI");
    CHECK(sigs[2].country_code == "TR");
    CHECK(sigs[3].country_code == "UA");
}

TEST_CASE("api: a country's long name in the headline is that country, not the neighbour its last word names") {
    auto const subject = [](std::string const& headline) {
        return parse(headline + "\n\nWe, the undersigned organisations, call for the release of the detained activists.\n")
            .statement.subject_countries;
    };
    CHECK(subject("Statement on the situation in the Democratic Republic of the Congo") == std::vector<std::string>{"CD"});
    CHECK(subject("Joint letter on elections in the Republic of the Congo") == std::vector<std::string>{"CG"});
    CHECK(subject("Lettre ouverte sur la situation en R\xC3\xA9publique d\xC3\xA9mocratique du Congo") ==
          std::vector<std::string>{"CD"});
}

TEST_CASE("api: Word's manual line breaks (vertical tabs) part lines") {
    std::string const input =
        "Joint statement on the closure of the Amber Lantern Radio\v\v"
        "We call on the authorities to:\v\v- reopen the station;\v- drop the charges against its editor.\v\v"
        "Signatories:\v\vAmber Lantern Association (Georgia)\vCoral Bay Forum (Armenia)\vDawn Network (Moldova)\v";
    auto const r = parse(input);
    REQUIRE(r.statement.title);
    CHECK(r.statement.title->text == "Joint statement on the closure of the Amber Lantern Radio");
    CHECK(all_calls(r.statement).size() == 2);
    auto const& sigs = r.statement.signatories;
    REQUIRE(sigs.size() == 3);
    CHECK(sigs[1].name == "Coral Bay Forum");
    CHECK(sigs[1].country_code == "AM");
    CHECK(original(input, sigs[1].span) == "Coral Bay Forum (Armenia)");
    CHECK_FALSE(has_code(r, "text.control-characters"));
}

TEST_CASE("api: the column after a BOM is counted as an editor shows it") {
    // Editors do not show the BOM: the title starts in column 1.
    auto r = parse(read_fixture("bom-nbsp-shy.txt"));
    REQUIRE(r.statement.title.has_value());
    CHECK(r.statement.title->span.start == source_position{1, 1});
}

TEST_CASE("api: calls introduced by the opening sentence itself") {
    // "We, the undersigned organisations, urge the authorities of Armenia to:" then a list:
    // the opening is also the call introduction.
    auto const input = read_fixture("bom-nbsp-shy.txt");
    auto const s = parse(input).statement;
    auto calls = all_calls(s);
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].text == "Reopen the station without delay;");
    CHECK(calls[1].text == "Stop the prosecution of its editors.");
    CHECK(original(input, calls[1].span) == "Stop the prosecu\xC2\xADtion of its editors.");
    CHECK(s.addressees() == std::vector<std::string>{"the authorities of Armenia"});
}

TEST_CASE("api: repeated \"We call upon\" lines, a signatory header and people with roles") {
    auto const input = read_fixture("repeated-calls.txt");
    auto r = parse(input);
    CHECK(r.ok());
    auto const& s = r.statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Statement on the harassment of environmental defenders in Georgia");
    CHECK(s.subject_countries == std::vector<std::string>{"GE"});
    auto calls = all_calls(s);
    REQUIRE(calls.size() == 3);
    CHECK(calls[0].text == "We call upon the Government of Georgia to stop the harassment of environmental defenders.");
    CHECK(calls[0].addressee == std::optional<std::string>("the Government of Georgia"));
    CHECK(calls[1].addressee == std::optional<std::string>("the Parliament"));
    CHECK(calls[2].addressee == std::optional<std::string>("international partners"));
    CHECK(calls[2].span.start == source_position{5, 1});
    CHECK(s.addressees() ==
          std::vector<std::string>{"the Government of Georgia", "the Parliament", "international partners"});

    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Greenway Alliance");
    CHECK(s.signatories[0].type == signatory_type::organisation);
    CHECK(s.signatories[1].country_code == std::optional<std::string>("AM"));
    CHECK(s.signatories[2].name == "Nino Kavtaradze");
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.signatories[2].role == std::optional<std::string>("Journalist"));
    CHECK_FALSE(s.signatories[2].country.has_value());
    CHECK(original(input, s.signatories[2].span) == "Nino Kavtaradze \xE2\x80\x93 Journalist");
    CHECK(s.signatories[2].span.start == source_position{10, 1});
    CHECK(s.signatories[3].name == "Davit Lomidze");
    CHECK(s.signatories[3].role == std::optional<std::string>("Director of the Hillside Institute"));

    bool header = false;
    for (auto const& e : s.outline)
        if (e.role == block_role::signatory_header) {
            header = true;
            CHECK(original(input, e.span) == "Signatories:");
        }
    CHECK(header);
    check_outline_covers(s, input);
}

TEST_CASE("api: a dash inside an organisation's name is not a person's role") {
    // "Willow Circle – Eastbrook" is an organisation and its branch, like "Helsinki Citizens'
    // Assembly – Vanadzor"; it is read today as a person "Willow Circle" with the role "Eastbrook".
    std::string const input =
        "Joint statement on press freedom in Ukraine\n\n"
        "Signatories:\n\n"
        "Amber Lantern Association (Ukraine)\n\n"
        "Willow Circle \xE2\x80\x93 Eastbrook (Ukraine)\n";
    auto const s = parse(input).statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[1].name == "Willow Circle \xE2\x80\x93 Eastbrook");
    CHECK(s.signatories[1].type == signatory_type::organisation);
    CHECK_FALSE(s.signatories[1].role.has_value());
    CHECK(s.signatories[1].country_code == std::optional<std::string>("UA"));
}

TEST_CASE("api: the empty fixture and empty input") {
    for (std::string const& input : {read_fixture("empty.txt"), std::string()}) {
        auto r = parse(input);
        CHECK(r.ok());
        CHECK_FALSE(r.statement.title.has_value());
        CHECK(r.statement.kind == statement_kind::unknown);
        CHECK(r.statement.language.empty());
        CHECK(r.statement.signatories.empty());
        CHECK(r.statement.outline.empty());
        CHECK(has_code(r, "statement.no-signatories"));
    }
}

TEST_CASE("api: white space only") {
    std::string const input = "  \n\n\t\r\n   ";
    auto r = parse(input);
    CHECK(r.ok());
    CHECK_FALSE(r.statement.title.has_value());
    REQUIRE(r.statement.outline.size() == 1);
    CHECK(r.statement.outline[0].role == block_role::blank);
    check_outline_covers(r.statement, input);
}

TEST_CASE("api: a BOM alone") {
    std::string const input = "\xEF\xBB\xBF";
    auto r = parse(input);
    CHECK(r.ok());
    CHECK_FALSE(r.statement.title.has_value());
    check_outline_covers(r.statement, input);
}

TEST_CASE("api: NUL bytes are read as control characters") {
    std::string const input("Statement\0on\0closure of the radio", 33);
    auto r = parse(input);
    CHECK(r.ok());
    CHECK(has_code(r, "text.control-characters"));
    REQUIRE(r.statement.title.has_value());
    CHECK(r.statement.title->text == "Statement on closure of the radio");
    CHECK(r.statement.title->span.end == input.size());
}

TEST_CASE("api: random binary bytes") {
    std::mt19937 random(20240611u);
    for (int round = 0; round < 20; ++round) {
        std::string input(4096 + static_cast<std::size_t>(round) * 97, '\0');
        for (auto& c : input) c = static_cast<char>(random() & 0xFF);
        auto r = parse(input);
        CAPTURE(round);
        CHECK_FALSE(has_code(r, "internal.exception"));
        CHECK(has_code(r, "text.invalid-utf8"));
        check_outline_covers(r.statement, input);
        for (auto const& sig : r.statement.signatories) CHECK(sig.span.end <= input.size());
    }
}

TEST_CASE("api: a 2 MB single line") {
    std::string input;
    input.reserve(2u << 20);
    while (input.size() < (2u << 20)) input += "the assembly met again and ";
    auto r = parse(input);
    CHECK(r.ok());
    CHECK_FALSE(has_code(r, "internal.exception"));
    check_outline_covers(r.statement, input);
}

TEST_CASE("api: parse_file reads a file, and reports one it cannot read") {
    auto r = parse_file(civic_test::fixture_path("reference-shape.txt"));
    CHECK(r.ok());
    CHECK(r.statement == parse(read_fixture("reference-shape.txt")).statement);

    auto missing = parse_file(civic_test::fixture_path("no-such-file.txt"));
    CHECK_FALSE(missing.ok());
    CHECK_FALSE(static_cast<bool>(missing));
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].code == "io.read");
    CHECK(missing.diagnostics[0].level == severity::error);
}

TEST_CASE("api: options.max_input_bytes") {
    auto const input = read_fixture("reference-shape.txt");
    options o;
    o.max_input_bytes = 100;
    auto r = parse(input, o);
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "limit.input-size");
    CHECK(r.diagnostics[0].level == severity::error);
    CHECK(r.statement == statement{});

    o.max_input_bytes = input.size();
    CHECK(parse(input, o).ok());
}

TEST_CASE("api: options.max_signatories") {
    options o;
    o.max_signatories = 2;
    auto r = parse(read_fixture("reference-shape.txt"), o);
    CHECK_FALSE(r.ok());
    CHECK(has_code(r, "limit.signatories"));
    CHECK(r.statement.signatories.size() == 2);
}

TEST_CASE("api: the same input parses to equal statements") {
    for (char const* name : {"reference-shape.txt", "crlf.txt", "bom-nbsp-shy.txt", "repeated-calls.txt", "empty.txt",
                             "invalid-utf8.txt"}) {
        CAPTURE(name);
        auto const input = read_fixture(name);
        auto a = parse(input), b = parse(input);
        CHECK(a.statement == b.statement);
        CHECK(a.diagnostics == b.diagnostics);
    }
}

TEST_CASE("api: invalid UTF-8 is reported where it is") {
    auto const input = read_fixture("invalid-utf8.txt");
    auto r = parse(input);
    CHECK(r.ok());  // a warning, not an error
    diagnostic const* bad = nullptr;
    for (auto const& d : r.diagnostics)
        if (d.code == "text.invalid-utf8") bad = &d;
    REQUIRE(bad != nullptr);
    CHECK(bad->level == severity::warning);
    CHECK(bad->span.begin == input.find('\xE9'));
    CHECK(bad->span.start == source_position{1, 36});
    REQUIRE(r.statement.title.has_value());
    CHECK(r.statement.title->text == "Statement on the closure of the Caf\xEF\xBF\xBD Lune");
}
