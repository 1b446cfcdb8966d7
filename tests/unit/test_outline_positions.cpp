// The outline takes most of its positions from positions already known (an entry starts
// where the one before it stops; a text block of the statement has the stop of the entry
// that covers it) instead of asking the line index again. Every span of the outline and of
// the text blocks must still be what a line index made for that one span gives: on every
// fixture, and on each written with CRLF line ends and after a byte order mark.
#include <civic/civic.hpp>
#include <civic/text/line_index.hpp>

#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

// The span of [begin, end) as a fresh line index gives it: no earlier query to count on from.
source_span plain_span(std::string_view input, std::size_t begin, std::size_t end) {
    return line_index(input).span(begin, end);
}

void check_positions(std::string_view input) {
    auto const r = parse(input);
    for (auto const& e : r.statement.outline) {
        CAPTURE(e.span.begin);
        CHECK(e.span == plain_span(input, e.span.begin, e.span.end));
    }
    for (auto const* list : {&r.statement.paragraphs, &r.statement.header, &r.statement.footer, &r.statement.unrecognised})
        for (auto const& b : *list) {
            CAPTURE(b.text);
            CHECK(b.span == plain_span(input, b.span.begin, b.span.end));
        }
}

std::string with_crlf(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

}  // namespace

TEST_CASE("outline and text block spans are what a line index gives for each span alone") {
    std::vector<std::filesystem::path> files;
    for (auto const& e : std::filesystem::recursive_directory_iterator(CIVIC_FIXTURES_DIR))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(!files.empty());
    for (auto const& f : files) {
        CAPTURE(f.string());
        auto const text = civic_test::read_fixture(std::filesystem::relative(f, CIVIC_FIXTURES_DIR).string());
        check_positions(text);
        check_positions(with_crlf(text));
        check_positions("\xEF\xBB\xBF" + text);
    }
}
