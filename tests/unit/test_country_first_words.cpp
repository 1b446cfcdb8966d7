// geo::may_begin_country lets the headline's country search pass a capitalised word without
// folding and looking up the stretches that begin with it. It may say no only where no
// stretch that begins with the word names a country: checked on every written name and
// every key of the table, and on headlines, stretch by stretch, against find_country.
#include <civic/geo/countries.hpp>
#include <civic/geo/country_table.hpp>

#include <doctest/doctest.h>

#include "country_names_data.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace geo = civic::geo;

namespace {

bool is_separator(char c) { return c == ' ' || c == ',' || c == ':' || c == '.'; }

// The words of `text` as the headline's search splits it, each with where it starts.
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || is_separator(text[i])) {
            if (i > start) words.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return words;
}

// Every stretch of `text` that begins with one of its words and ends with one: when one
// names a country, its first word may begin one.
void check_stretches(std::string_view text) {
    auto const words = words_of(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (geo::may_begin_country(words[i])) continue;
        for (std::size_t j = i; j < words.size(); ++j) {
            std::string_view const stretch(words[i].data(),
                                           static_cast<std::size_t>(words[j].data() + words[j].size() - words[i].data()));
            CAPTURE(text);
            CAPTURE(stretch);
            CHECK_FALSE(geo::find_country(stretch).has_value());
        }
    }
}

}  // namespace

TEST_CASE("may_begin_country: every written name and every key begins with a word that may begin a country") {
    for (auto const& n : civic_test::country_names) check_stretches(n.written);
    for (auto const& k : geo::generated::keys) check_stretches(k.key);
    for (auto const& n : civic_test::country_names) {
        auto const words = words_of(n.written);
        if (words.empty() || !geo::find_country(n.written)) continue;
        CAPTURE(n.written);
        CHECK(geo::may_begin_country(words.front()));
    }
}

TEST_CASE("may_begin_country: headlines, stretch by stretch") {
    std::string_view const headlines[] = {
        "Joint Statement on the Alarming Situation in Kazakhstan",
        "Open Letter to the President of the United States of America",
        "The Gambia, the Republic of Moldova: Civil Society Calls For Release",
        "La République de Moldova et Le Niger. Die Schweiz, El Salvador",
        "U.S.A. and D.R. Congo: St. Lucia, South Sudan and South Africa",
        "KAZAKHSTAN: JOINT APPEAL OF THE CIVIC SOLIDARITY PLATFORM",
        "Statement On Kazakhstani Activists And Moldovan Journalists",
    };
    for (auto h : headlines) check_stretches(h);
    CHECK_FALSE(geo::may_begin_country("Joint"));
    CHECK_FALSE(geo::may_begin_country("Statement"));
    CHECK(geo::may_begin_country("Kazakhstan"));
    CHECK(geo::may_begin_country("United"));
    CHECK(geo::may_begin_country("The"));    // an article: the key begins after it
    CHECK(geo::may_begin_country("U"));      // an acronym's letter: its dot is dropped
    CHECK(geo::may_begin_country("Côte"));
    CHECK(geo::may_begin_country("Россия"));
    CHECK_FALSE(geo::may_begin_country("Заявление"));
    CHECK(geo::may_begin_country("L’Ukraine"));  // not only letters: not told apart
}
