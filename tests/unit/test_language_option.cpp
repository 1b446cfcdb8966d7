// options::language: a caller that knows the text's language gives it, and the text is read
// in it without detection. Given the language detection finds, the reading is the same.
#include <civic/parse.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <filesystem>
#include <string>

using namespace civic;
using civic_test::has_code;

namespace {

}  // namespace

TEST_CASE("language option: given the language detection finds, every fixture reads the same") {
    std::size_t compared = 0;
    for (auto const& e : std::filesystem::recursive_directory_iterator(CIVIC_FIXTURES_DIR)) {
        if (!e.is_regular_file()) continue;
        auto const name = std::filesystem::relative(e.path(), CIVIC_FIXTURES_DIR).generic_string();
        CAPTURE(name);
        auto const text = civic_test::read_fixture(name);
        auto const detected = parse(text);
        if (detected.statement.language.empty()) continue;  // nothing to give
        options given;
        given.language = detected.statement.language;
        auto const read = parse(text, given);
        CHECK(read.statement == detected.statement);
        CHECK(read.diagnostics == detected.diagnostics);
        ++compared;
    }
    CHECK(compared >= 30);
}

TEST_CASE("language option: the language given is the statement's, in lower case") {
    auto const text = civic_test::read_fixture("reference-shape.txt");
    REQUIRE(parse(text).statement.language == "en");
    options opts;
    opts.language = "uk";
    auto const as_ukrainian = parse(text, opts);
    CHECK(as_ukrainian.statement.language == "uk");
    CHECK_FALSE(has_code(as_ukrainian.diagnostics, "options.unknown-language"));
    // What the text holds is read all the same: its signers are in every language's lists.
    CHECK(as_ukrainian.statement.signatories == parse(text).statement.signatories);
    opts.language = "FR";
    CHECK(parse(text, opts).statement.language == "fr");
}

TEST_CASE("language option: a language civic has no tables for is detected, with a warning") {
    auto const text = civic_test::read_fixture("reference-shape.txt");
    auto const detected = parse(text);
    for (char const* code : {"xx", "eng", "e", "en-GB"}) {
        CAPTURE(code);
        options opts;
        opts.language = code;
        auto const r = parse(text, opts);
        CHECK(r.statement == detected.statement);
        REQUIRE(r.diagnostics.size() == detected.diagnostics.size() + 1);
        auto const warning = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                          [](diagnostic const& d) { return d.code == "options.unknown-language"; });
        REQUIRE(warning != r.diagnostics.end());
        CHECK(warning->level == severity::warning);
        CHECK(warning->message.find(std::string("'") + code + "'") != std::string::npos);
        CHECK(warning->message.find("en, ru, uk, fr, de, es, pl, ro") != std::string::npos);
        CHECK(r.ok());  // a warning, not an error
    }
}

TEST_CASE("language option: the supported languages") {
    for (char const* code : {"en", "ru", "uk", "fr", "de", "es", "pl", "ro"}) {
        CAPTURE(code);
        CHECK(is_supported_language(code));
    }
    CHECK(is_supported_language("EN"));  // in any case; statement::language writes it in lower case
    CHECK_FALSE(is_supported_language(""));
    CHECK_FALSE(is_supported_language("xx"));
    CHECK_FALSE(is_supported_language("eng"));
}
