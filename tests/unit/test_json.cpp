// civic::to_json and boost::json::value_from on the model: the documented fields and spans.
#include <civic/civic.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>

using namespace civic;
namespace json = boost::json;

namespace {
void check_span(json::value const& v, source_span const& s) {
    auto const& o = v.as_object();
    CHECK(o.at("begin").to_number<std::size_t>() == s.begin);
    CHECK(o.at("end").to_number<std::size_t>() == s.end);
    CHECK(o.at("start").at("line").to_number<std::uint32_t>() == s.start.line);
    CHECK(o.at("start").at("column").to_number<std::uint32_t>() == s.start.column);
    CHECK(o.at("stop").at("line").to_number<std::uint32_t>() == s.stop.line);
    CHECK(o.at("stop").at("column").to_number<std::uint32_t>() == s.stop.column);
}
}  // namespace

TEST_CASE("json: the statement's documented fields") {
    auto const input = civic_test::read_fixture("reference-shape.txt");
    auto const st = parse(input).statement;
    auto v = to_json(st);
    REQUIRE(v.is_object());
    auto const& o = v.as_object();
    for (char const* key : {"title", "title_span", "publisher", "kind", "language", "date", "date_span", "coalition",
                            "subject_countries", "opening", "addressees", "calls", "call_groups", "addresses", "signatories",
                            "paragraphs", "header", "footer", "unrecognised", "outline"}) {
        CAPTURE(key);
        CHECK(o.contains(key));
    }
    CHECK_FALSE(o.contains("diagnostics"));
    CHECK(o.at("title") == json::value(st.title->text));
    check_span(o.at("title_span"), st.title->span);
    CHECK(o.at("kind") == "joint_statement");
    CHECK(o.at("language") == "en");
    CHECK(o.at("date").is_null());
    CHECK(o.at("coalition").at("name") == "Lakeshore Freedom Network");
    CHECK(o.at("coalition").at("acronym") == "LFN");
    CHECK(o.at("subject_countries") == json::array{"KG"});
    CHECK(o.at("addressees") == json::array{"the protesters", "the authorities of Kyrgyzstan"});

    auto const& calls = o.at("calls").as_array();
    REQUIRE(calls.size() == 5);
    CHECK(calls[0].at("text") == "Release all students detained solely for taking part in the march;");
    CHECK(calls[0].at("addressee") == "the authorities of Kyrgyzstan");
    check_span(calls[0].at("span"), st.call_groups[0].calls[0].span);

    auto const& sigs = o.at("signatories").as_array();
    REQUIRE(sigs.size() == st.signatories.size());
    auto const& coral = sigs[2].as_object();
    CHECK(coral.at("name") == "Coral Bay Human Rights Forum");
    CHECK(coral.at("acronym") == "CBHRF");
    CHECK(coral.at("country") == "Georgia");
    CHECK(coral.at("country_code") == "GE");
    CHECK(coral.at("type") == "organisation");
    CHECK(coral.at("role").is_null());
    check_span(coral.at("span"), st.signatories[2].span);
    CHECK(sigs[0].at("acronym").is_null());

    auto const& outline = o.at("outline").as_array();
    REQUIRE(outline.size() == st.outline.size());
    CHECK(outline[0].at("role") == "chrome_header");
    CHECK(outline.back().at("role") == json::value(to_string(st.outline.back().role)));
}

TEST_CASE("json: a date is written in ISO form") {
    statement_date d;
    d.year = 2022, d.month = 1, d.day = 7;
    CHECK(to_iso_string(d) == "2022-01-07");
    d.day = 0;
    CHECK(to_iso_string(d) == "2022-01");
    CHECK(json::value_from(d) == "2022-01");

    auto st = parse("Tamarind Falls, 7 January 2022\n\nStatement on the river port closure in Kyrgyzstan\n").statement;
    REQUIRE(st.date.has_value());
    auto v = to_json(st);
    CHECK(v.at("date") == "2022-01-07");
    check_span(v.at("date_span"), st.date->span);
}

TEST_CASE("json: value_from works for a signatory alone") {
    signatory s;
    s.name = "Nino Kavtaradze";
    s.role = "Journalist";
    s.type = signatory_type::person;
    s.span.begin = 5, s.span.end = 20;
    auto v = json::value_from(s);
    CHECK(v.at("name") == "Nino Kavtaradze");
    CHECK(v.at("type") == "person");
    CHECK(v.at("role") == "Journalist");
    CHECK(v.at("acronym").is_null());
    CHECK(v.at("country").is_null());
    CHECK(v.at("country_code").is_null());
    check_span(v.at("span"), s.span);
}

TEST_CASE("json: a parse_result carries its diagnostics") {
    auto r = parse("");
    auto v = to_json(r);
    auto const& d = v.at("diagnostics").as_array();
    REQUIRE(d.size() == r.diagnostics.size());
    REQUIRE_FALSE(d.empty());
    CHECK(d[0].at("code") == "statement.no-signatories");
    CHECK(d[0].at("severity") == "note");
    CHECK(d[0].at("message").is_string());
    CHECK(d[0].at("span").is_object());
}

TEST_CASE("json: the output round-trips through serialize and parse") {
    auto const st = parse(civic_test::read_fixture("repeated-calls.txt")).statement;
    auto const v = to_json(st);
    CHECK(json::parse(json::serialize(v)) == v);
}
