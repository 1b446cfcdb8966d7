// parse()'s own reading of a document, which releases the blocks, the offset map and the
// cleaned characters it has no more use for, reads every fixture exactly as recognise_document()
// on the same blocks; parse_file() reads a file as parse() reads its bytes, and its clean-up,
// which takes the file's text for its own, cleans it as clean_up() cleans a copy.
#include <civic/layout/segment.hpp>
#include <civic/parse.hpp>
#include <civic/recognise/document.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/line_index.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace civic;

namespace {

std::vector<std::string> fixture_names() {
    std::vector<std::string> names;
    for (auto const& e : std::filesystem::recursive_directory_iterator(CIVIC_FIXTURES_DIR)) {
        auto const ext = e.path().extension();
        if (e.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".html"))
            names.push_back(std::filesystem::relative(e.path(), CIVIC_FIXTURES_DIR).generic_string());
    }
    return names;
}

}  // namespace

TEST_CASE("spent document: read as recognise_document reads it, and its blocks and characters taken") {
    auto const names = fixture_names();
    REQUIRE(names.size() > 10);
    for (auto const& name : names) {
        CAPTURE(name);
        auto const input = civic_test::read_fixture(name);
        line_index const lines(input);
        diagnostics kept_diags, spent_diags;
        auto const cleaned = text::clean_up(input, kept_diags);
        auto const segmented = layout::segment(cleaned);
        auto const& blocks = segmented.blocks;
        auto const kept = recognise::recognise_document({cleaned, blocks, {cleaned, lines}}, kept_diags);

        auto spent_cleaned = text::clean_up(input, spent_diags);
        auto spent_segmented = layout::segment(spent_cleaned);
        recognise::document_input const in{spent_cleaned, spent_segmented.blocks, {spent_cleaned, lines}};
        auto const spent = recognise::detail::recognise_spent_document(in, spent_cleaned, spent_segmented, spent_diags);

        CHECK(spent == kept);
        CHECK(spent_diags == kept_diags);
        CHECK(spent_segmented.blocks.empty());
        CHECK(!spent_segmented.collapsed);
        CHECK(spent_cleaned.text.empty());
        // The offset map goes with the blocks: every span the statement keeps is made by then, and
        // the pipeline makes those of what it puts back before the reading.
        CHECK(spent_cleaned.map.anchors().size() == 1);
        // The blocks the reader was only lent keep their texts.
        auto const again = layout::segment(cleaned);
        CHECK(std::equal(blocks.begin(), blocks.end(), again.blocks.begin(), again.blocks.end(),
                         [](layout::block const& a, layout::block const& b) { return a.text == b.text; }));
    }
}

TEST_CASE("spent document: parse_file reads every byte of a file, as parse() reads them") {
    for (auto const& name : fixture_names()) {
        CAPTURE(name);
        auto const from_file = parse_file(civic_test::fixture_path(name));
        auto const from_bytes = parse(civic_test::read_fixture(name));
        CHECK(from_file.statement == from_bytes.statement);
        CHECK(from_file.diagnostics == from_bytes.diagnostics);
    }
}

TEST_CASE("spent document: clean_up_taking cleans every fixture as clean_up cleans a copy of it") {
    for (auto const& name : fixture_names()) {
        CAPTURE(name);
        auto const input = civic_test::read_fixture(name);
        diagnostics copied_diags, taken_diags;
        auto const copied = text::clean_up(input, copied_diags);
        auto const taken = text::clean_up_taking(std::string(input), taken_diags);
        CHECK(taken.text == copied.text);
        CHECK(taken.original_size == copied.original_size);
        auto const& a = taken.map.anchors();
        auto const& b = copied.map.anchors();
        CHECK(std::equal(a.begin(), a.end(), b.begin(), b.end(), [](auto const& x, auto const& y) {
            return x.clean == y.clean && x.original == y.original;
        }));
        CHECK(std::equal(taken.links.begin(), taken.links.end(), copied.links.begin(), copied.links.end(),
                         [](text_link const& x, text_link const& y) {
                             return x.begin == y.begin && x.end == y.end && x.address == y.address;
                         }));
        CHECK(std::equal(taken.chrome.begin(), taken.chrome.end(), copied.chrome.begin(), copied.chrome.end(),
                         [](chrome_range const& x, chrome_range const& y) { return x.begin == y.begin && x.end == y.end; }));
        CHECK(taken_diags == copied_diags);
    }
}

TEST_CASE("spent document: a line set aside as too long keeps the span the offset map gives it, made before the reading") {
    // The markup before the line moves the cleaned text against the input, so that its span is
    // the offset map's; the reading releases the map, and the span is made before it.
    std::string paragraph;
    for (int k = 0; k < 12; ++k) paragraph += "The assembly of the Amber Bay residents met again and ";
    paragraph += "adopted the text.";
    std::string const input = "<h1>Joint <b>statement</b> on the Amber Bay harbour</h1>\n<p>We, the undersigned, "
                              "call on the <i>council</i> to stop the works.</p>\n<p>" +
                              paragraph + "</p>\n<p>Signed: Amber Lantern Association, Bay Tenants' Union</p>\n";
    options opts;
    opts.max_line_bytes = 200;

    diagnostics diags;
    auto const cleaned = text::clean_up(input, diags);
    auto const segmented = layout::segment(cleaned);
    line_index const lines(input);
    recognise::span_maker const spans{cleaned, lines};
    auto const long_block = std::find_if(segmented.blocks.begin(), segmented.blocks.end(),
                                         [&](layout::block const& b) { return b.end - b.begin > opts.max_line_bytes; });
    REQUIRE(long_block != segmented.blocks.end());
    auto const expected = spans(long_block->begin, long_block->end);
    REQUIRE(expected.begin != long_block->begin);  // the markup before it moved it

    auto const r = parse(input, opts);
    auto const warning = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                      [](diagnostic const& d) { return d.code == "limit.line-length"; });
    REQUIRE(warning != r.diagnostics.end());
    CHECK(warning->span == expected);
    auto const kept = std::find_if(r.statement.unrecognised.begin(), r.statement.unrecognised.end(),
                                   [&](text_block const& u) { return u.span == expected; });
    REQUIRE(kept != r.statement.unrecognised.end());
    CHECK(kept->text == paragraph);
}
