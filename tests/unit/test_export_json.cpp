// Reading JSON back: from_json(to_json(x)) == x on every fixture and corpus case, for each
// model type alone, and clear errors (json_error with a JSON Pointer) for JSON of the wrong shape.
#include <civic/civic.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "test_export_inputs.hpp"

using namespace civic;
namespace json = boost::json;

TEST_CASE("export json: round trip of every fixture and corpus case") {
    auto const inputs = civic_test::export_inputs();
    REQUIRE(inputs.size() > 20);
    for (auto const& in : inputs) {
        CAPTURE(in.name);
        auto const r = parse(in.text);
        auto const v = to_json(r);
        // Through the text too, as a host program would read a file.
        auto const back = from_json(json::serialize(v));
        CHECK(back == r);
        CHECK(back.statement == r.statement);
        CHECK(back.diagnostics == r.diagnostics);
        CHECK(json::value_to<statement>(to_json(r.statement)) == r.statement);
        CHECK(to_json(back) == v);
    }
}

TEST_CASE("export json: each model type alone") {
    source_span sp{3, 17, {1, 4}, {2, 5}};
    CHECK(json::value_to<source_span>(json::value_from(sp)) == sp);
    CHECK(json::value_to<source_position>(json::value_from(sp.stop)) == sp.stop);
    signatory s{"Nino Kavtaradze", std::nullopt, std::string("Georgia"), std::string("GE"), std::string("Journalist"),
                signatory_type::person, sp, std::string("Tbilisi"), std::string("https://nino.example")};
    CHECK(json::value_to<signatory>(json::value_from(s)) == s);
    call c{"Release them;", std::string("the authorities"), sp, {"the authorities"}};
    CHECK(json::value_to<call>(json::value_from(c)) == c);
    call_group g{text_block{"We call on the authorities to:", sp}, {"the authorities"}, {c, c}, sp};
    CHECK(json::value_to<call_group>(json::value_from(g)) == g);
    coalition co{"Lakeshore Freedom Network", std::string("LFN"), sp};
    CHECK(json::value_to<coalition>(json::value_from(co)) == co);
    diagnostic d{severity::warning, "text.invalid-utf8", "bytes replaced", sp};
    CHECK(json::value_to<diagnostic>(json::value_from(d)) == d);
    outline_entry e{block_role::call_introduction, sp};
    CHECK(json::value_to<outline_entry>(json::value_from(e)) == e);
    // A date alone is its ISO text: the span stays beside it, in the statement.
    statement_date date{2022, 1, 0, {}};
    CHECK(json::value_to<statement_date>(json::value_from(date)) == date);
    date.day = 7;
    CHECK(json::value_to<statement_date>(json::value_from(date)) == date);

    statement st;
    st.title = text_block{"Title", sp};
    st.kind = statement_kind::open_letter;
    st.date = statement_date{2021, 12, 31, sp};
    st.coalition = co;
    st.call_groups = {g};
    address a{"the European Commission", address_source::headline, sp};
    CHECK(json::value_to<address>(json::value_from(a)) == a);
    CHECK(json::value_from(a).at("source") == "headline");
    st.addresses = {a};
    st.signatories = {s};
    CHECK(json::value_to<statement>(to_json(st)) == st);
    // The JSON of a version without "addresses" reads as a statement that has none.
    auto older = to_json(st);
    older.as_object().erase("addresses");
    auto const read = json::value_to<statement>(older);
    CHECK(read.addresses.empty());
    CHECK(read.call_groups == st.call_groups);
    // … and without a signatory's "place", as a signatory without one.
    auto no_place = to_json(st);
    no_place.as_object().at("signatories").as_array().at(0).as_object().erase("place");
    auto const placeless = json::value_to<statement>(no_place);
    CHECK_FALSE(placeless.signatories.at(0).place);
    CHECK(placeless.signatories.at(0).country == "Georgia");
    // … and without its "link", as one without a link.
    auto no_link = to_json(st);
    no_link.as_object().at("signatories").as_array().at(0).as_object().erase("link");
    auto const unlinked = json::value_to<statement>(no_link);
    CHECK_FALSE(unlinked.signatories.at(0).link);
    CHECK(unlinked.signatories.at(0).place == "Tbilisi");
}

TEST_CASE("export json: JSON of the wrong shape is a json_error naming where") {
    auto const r = parse(civic_test::read_fixture("reference-shape.txt"));
    auto v = to_json(r);
    SUBCASE("a missing field") {
        v.as_object().erase("signatories");
        try {
            from_json(v);
            FAIL("no error");
        } catch (json_error const& e) {
            CHECK(e.pointer() == "/signatories");
            CHECK(e.code() == json::error::not_found);
        }
    }
    SUBCASE("a wrong type deep inside") {
        v.at("signatories").as_array()[2].as_object()["span"].as_object()["begin"] = "twelve";
        try {
            from_json(v);
            FAIL("no error");
        } catch (json_error const& e) {
            CHECK(e.pointer() == "/signatories/2/span/begin");
            CHECK(e.code() == json::error::not_number);
            CHECK(std::string(e.what()).find("/signatories/2/span/begin") != std::string::npos);
        }
    }
    SUBCASE("an unknown enumerator") {
        v.as_object()["kind"] = "manifesto";
        CHECK_THROWS_AS(from_json(v), json_error);
        // and it is a boost::system::system_error, as value_to's errors are
        CHECK_THROWS_AS(from_json(v), boost::system::system_error);
    }
    SUBCASE("a malformed date") {
        v.as_object()["date"] = "7 January 2022";
        v.as_object()["date_span"] = json::value_from(source_span{});
        auto res = try_from_json(json::serialize(v));
        REQUIRE(res.has_error());
        CHECK(res.error() == json::error::syntax);
    }
    SUBCASE("malformed JSON text") {
        auto res = try_from_json("{\"title\": ");
        CHECK(res.has_error());
        CHECK_THROWS_AS(from_json("[1,"), json_error);
        CHECK_THROWS_AS(from_json(std::string_view("{}")), json_error);
    }
    SUBCASE("not an object") {
        CHECK_THROWS_AS(from_json(json::value(42)), json_error);
    }
    SUBCASE("a number out of range") {
        v.at("outline").as_array()[0].as_object()["span"].as_object()["start"].as_object()["line"] = -1;
        try {
            from_json(v);
            FAIL("no error");
        } catch (json_error const& e) {
            CHECK(e.pointer() == "/outline/0/span/start/line");
        }
    }
    SUBCASE("without diagnostics, none") {
        v.as_object().erase("diagnostics");
        auto back = from_json(v);
        CHECK(back.statement == r.statement);
        CHECK(back.diagnostics.empty());
    }
}
