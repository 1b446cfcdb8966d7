// civic::write_json: the text boost::json::serialize(to_json(x)) gives, written an element at
// a time, into a string and into a stream, on every fixture and corpus case and on inputs
// chosen to be awkward (nothing found, undecodable bytes, strings Boost.JSON must escape).
#include <civic/civic.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "test_export_inputs.hpp"

#include <algorithm>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>

using namespace civic;
namespace json = boost::json;

namespace {

// What write_json gives for `x` into a string; into a stream it must be the same text.
template <class T>
std::string streamed(T const& x) {
    std::string text;
    write_json(text, x);
    std::ostringstream stream;
    write_json(stream, x);
    CHECK(stream.str() == text);
    return text;
}

void check_same_text(parse_result const& r) {
    CHECK(streamed(r) == json::serialize(to_json(r)));
    CHECK(streamed(r.statement) == json::serialize(to_json(r.statement)));
    CHECK(streamed(r.diagnostics) == json::serialize(json::value_from(r.diagnostics)));
}

// A stream buffer that keeps what it is given and counts the writes, to see the text arrive
// in pieces rather than whole at the end.
class counting_buffer : public std::streambuf {
public:
    std::string text;
    std::size_t writes = 0;
    std::size_t largest_write = 0;

protected:
    std::streamsize xsputn(char const* s, std::streamsize n) override {
        text.append(s, static_cast<std::size_t>(n));
        ++writes;
        largest_write = std::max(largest_write, static_cast<std::size_t>(n));
        return n;
    }
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        char const ch = traits_type::to_char_type(c);
        xsputn(&ch, 1);
        return c;
    }
};

}  // namespace

TEST_CASE("json stream: the text of to_json for every fixture and corpus case") {
    auto const inputs = civic_test::export_inputs();
    REQUIRE(inputs.size() > 20);
    for (auto const& in : inputs) {
        CAPTURE(in.name);
        check_same_text(parse(in.text));
    }
}

TEST_CASE("json stream: inputs where little or nothing is found") {
    SUBCASE("empty input") {
        auto const r = parse("");
        CHECK_FALSE(r.statement.title);
        check_same_text(r);
    }
    SUBCASE("invalid UTF-8, with its diagnostics") {
        auto const r = parse(civic_test::read_fixture("invalid-utf8.txt"));
        REQUIRE_FALSE(r.diagnostics.empty());
        check_same_text(r);
    }
    SUBCASE("no title and no date, with a diagnostic") {
        auto const r = parse(civic_test::read_fixture("layouts/kind-appeal-unnamed-uk.txt"));
        REQUIRE_FALSE(r.statement.title);
        REQUIRE_FALSE(r.statement.date);
        REQUIRE_FALSE(r.diagnostics.empty());
        check_same_text(r);
    }
    SUBCASE("a date") {
        auto const r = parse(civic_test::read_fixture("layouts/front-matter.md"));
        REQUIRE(r.statement.date);
        check_same_text(r);
    }
    SUBCASE("a default-constructed result") { check_same_text(parse_result{}); }
}

TEST_CASE("json stream: strings Boost.JSON has to escape") {
    // Quotes, backslashes, control characters, U+2028 and bytes that are not UTF-8, in a
    // field written whole (the title), in array elements and in a diagnostic.
    std::string const awkward = "\"quoted\" back\\slash\ttab\nnew line \x01\x1f \xe2\x80\xa8 \xff\xfe end";
    source_span const sp{1, 9, {1, 2}, {3, 4}};
    parse_result r;
    r.statement.title = text_block{awkward, sp};
    r.statement.language = "en";
    r.statement.subject_countries = {"KG", awkward};
    r.statement.opening = text_block{awkward, sp};
    r.statement.call_groups.push_back(call_group{text_block{awkward, sp}, {awkward}, {call{awkward, awkward, sp, {awkward}}}, sp});
    r.statement.signatories.push_back(
        signatory{awkward, awkward, awkward, std::string("GE"), std::nullopt, signatory_type::person, sp, std::nullopt, awkward});
    // Longer than the writer's buffer, so that escapes fall across the places it is emptied.
    std::string long_awkward;
    while (long_awkward.size() < 20000) long_awkward += awkward;
    r.statement.paragraphs = {text_block{awkward, sp}, text_block{"", sp}, text_block{long_awkward, sp}};
    r.statement.outline.push_back(outline_entry{block_role::paragraph, sp});
    r.diagnostics.push_back(diagnostic{severity::warning, "text.invalid-utf8", awkward, sp});
    check_same_text(r);
}

TEST_CASE("json stream: appends to the string it is given") {
    auto const r = parse(civic_test::read_fixture("reference-shape.txt"));
    std::string text = "[";
    write_json(text, r);
    text += ',';
    write_json(text, r.diagnostics);
    text += ']';
    auto const v = json::parse(text);
    CHECK(v.as_array().at(0) == to_json(r));
    CHECK(from_json(v.as_array().at(0)) == r);
}

TEST_CASE("json stream: a long statement reaches the stream in pieces") {
    std::string input;
    auto const one = civic_test::read_fixture("reference-shape.txt");
    while (input.size() < 400 * 1024) input += one + "\n\n";
    auto const r = parse(input);
    auto const expected = json::serialize(to_json(r));
    REQUIRE(expected.size() > 1024 * 1024);

    counting_buffer buffer;
    std::ostream out(&buffer);
    write_json(out, r);
    CHECK(out.good());
    CHECK(buffer.text == expected);
    // Handed over a chunk at a time (64 KiB and the element that filled it), not kept whole.
    CHECK(buffer.writes > 10);
    CHECK(buffer.largest_write < expected.size() / 8);
}
