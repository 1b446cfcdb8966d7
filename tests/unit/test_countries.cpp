#include <civic/geo/countries.hpp>
#include <civic/geo/country_table.hpp>

#include <doctest/doctest.h>

#include "country_names_data.hpp"

#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace geo = civic::geo;

namespace {

std::string code_of(std::string_view written) {
    auto const c = geo::find_country(written);
    return c ? std::string(c->alpha2) : std::string("<none>");
}

std::string fold(std::string_view written) {
    char buf[geo::country_key_capacity];
    return std::string(geo::fold_country_key(written, buf, sizeof buf));
}

}  // namespace

TEST_CASE("countries: every table entry resolves from its English name") {
    for (auto const& row : geo::generated::countries) {
        CAPTURE(row.name);
        auto const c = geo::find_country(row.name);
        REQUIRE(c.has_value());
        CHECK(c->alpha2 == row.alpha2);
        CHECK(c->alpha3 == row.alpha3);
        CHECK(c->name == row.name);
    }
}

TEST_CASE("countries: the keys are sorted and unique, as lower_bound needs") {
    auto const& keys = geo::generated::keys;
    for (std::size_t i = 1; i < std::size(keys); ++i) {
        CAPTURE(keys[i].key);
        REQUIRE(keys[i - 1].key < keys[i].key);
    }
    for (auto const& k : keys) REQUIRE(k.row < std::size(geo::generated::countries));
}

// The generator folds in Python; the library folds in C++. Every name the generator saw must
// fold to the same key here and find the same country, in every language.
TEST_CASE("countries: the C++ fold agrees with the generator on every source name") {
    for (auto const& n : civic_test::country_names) {
        CAPTURE(n.written);
        CHECK(fold(n.written) == n.key);
        CHECK(code_of(n.written) == n.alpha2);
    }
}

TEST_CASE("countries: names as signatories write them") {
    CHECK(code_of("The United States of America") == "US");
    CHECK(code_of("United States") == "US");
    CHECK(code_of("U.S.A.") == "US");
    CHECK(code_of("USA") == "US");
    CHECK(code_of("Russian Federation") == "RU");
    CHECK(code_of("North Macedonia") == "MK");
    CHECK(code_of("Moldova") == "MD");
    CHECK(code_of("UK") == "GB");
    CHECK(code_of("Türkiye") == "TR");
    CHECK(code_of("Turkey") == "TR");
    CHECK(code_of("Kosovo") == "XK");
    CHECK(code_of("Россия") == "RU");
    CHECK(code_of("России") == "RU");
    CHECK(code_of("Україна") == "UA");
    CHECK(code_of("України") == "UA");
    CHECK(code_of("Polska") == "PL");
    CHECK(code_of("Polski") == "PL");
    CHECK(code_of("Belgique") == "BE");
    CHECK(code_of("Sverige") == "SE");
    CHECK(code_of("france") == "FR");
    CHECK(code_of("  Germany. ") == "DE");
    CHECK(code_of("(Ukraine)") == "UA");
    CHECK(code_of("Côte d’Ivoire") == "CI");
    CHECK(code_of("РОССИЯ") == "RU");
    CHECK(code_of("Беларусь") == "BY");
    CHECK(code_of("Білорусь") == "BY");
    CHECK(code_of("Кыргызстан") == "KG");
}

TEST_CASE("countries: what is not a country resolves to nothing") {
    for (std::string_view s : {"Regional", "International", "Global", "Earth", "", " ", "...", "the",
                               "America", "St. Nowhere"}) {
        CAPTURE(s);
        CHECK_FALSE(geo::find_country(s).has_value());
    }
    CHECK_FALSE(geo::find_country(std::string(400, 'a')).has_value());
    CHECK_FALSE(geo::find_country("\xff\xfe").has_value());
}

TEST_CASE("countries: pseudo-countries") {
    CHECK(geo::is_pseudo_country("Regional"));
    CHECK(geo::is_pseudo_country("International"));
    CHECK(geo::is_pseudo_country("  GLOBAL. "));
    CHECK(geo::is_pseudo_country("Worldwide"));
    CHECK(geo::is_pseudo_country("Europe"));
    CHECK(geo::is_pseudo_country("EU"));
    CHECK(geo::is_pseudo_country("E.U."));
    CHECK_FALSE(geo::is_pseudo_country("Ukraine"));
    CHECK_FALSE(geo::is_pseudo_country(""));
}

TEST_CASE("countries: folding") {
    CHECK(fold("  The  United\tStates. ") == "united states");
    CHECK(fold("U.S.A.") == "usa");
    CHECK(fold("St. Lucia") == "st. lucia");
    CHECK(fold("L’Ukraine") == "ukraine");
    CHECK(fold("Ёлкино") == "елкино");
    CHECK(fold("Guinea‐Bissau") == "guinea-bissau");
    CHECK(fold("the") == "the");
    char tiny[4];
    CHECK(geo::fold_country_key("Germany", tiny, sizeof tiny).empty());
    CHECK(geo::find_folded("germany")->alpha2 == "DE");
    CHECK_FALSE(geo::find_folded("Germany").has_value());
}
