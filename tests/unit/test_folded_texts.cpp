// The folded texts of a document's blocks, kept in one buffer, read as utf8::fold of each
// block's text.
#include <civic/layout/segment.hpp>
#include <civic/recognise/folded_texts.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace civic;

TEST_CASE("folded texts: each block's text folded, in the blocks' order") {
    std::string const input =
        "« Déclaration COMMUNE »\n\nWe — the undersigned — call on the Government:\n\n- Ёлка\n\nx\n\n";
    diagnostics diags;
    auto const cleaned = text::clean_up(input, diags);
    auto const segmented = layout::segment(cleaned);
    auto const& blocks = segmented.blocks;
    REQUIRE(blocks.size() == 4);
    recognise::folded_texts const folded(blocks);
    REQUIRE(folded.size() == blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) CHECK(folded[i] == utf8::fold(blocks[i].text));
    CHECK(folded[0] == "\" déclaration commune \"");
    CHECK(folded[3] == "x");
}

TEST_CASE("folded texts: empty texts and no blocks") {
    recognise::folded_texts none;
    CHECK(none.empty());
    CHECK(none.size() == 0);
    recognise::folded_texts some;
    some.push_back("");
    some.push_back("a b");
    some.push_back("");
    REQUIRE(some.size() == 3);
    CHECK(some[0].empty());
    CHECK(some[1] == "a b");
    CHECK(some[2].empty());
}
