// The folded texts of a document's blocks, kept in one buffer, read as utf8::fold of each
// block's text.
#include <civic/layout/segment.hpp>
#include <civic/recognise/folded_texts.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

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

TEST_CASE("folded texts: copies have their own texts, and a moved-from one is empty and usable") {
    recognise::folded_texts some;
    some.push_back("un");
    some.push_back("deux trois");
    recognise::folded_texts copy(some);
    some.push_back(std::string(5000, 'x'));  // grows the buffer of the original only
    REQUIRE(copy.size() == 2);
    CHECK(copy[0] == "un");
    CHECK(copy[1] == "deux trois");
    recognise::folded_texts assigned;
    assigned = copy;
    CHECK(assigned[1] == "deux trois");

    recognise::folded_texts moved(std::move(some));
    REQUIRE(moved.size() == 3);
    CHECK(moved[2] == std::string(5000, 'x'));
    CHECK(some.empty());  // NOLINT(bugprone-use-after-move): the state a move leaves is part of the contract
    some.push_back("encore");
    REQUIRE(some.size() == 1);
    CHECK(some[0] == "encore");
    assigned = std::move(moved);
    CHECK(assigned.size() == 3);
    CHECK(moved.empty());  // NOLINT(bugprone-use-after-move)
}

TEST_CASE("folded texts: blocks whose folds are longer than their texts (invalid bytes) fit") {
    // An invalid byte folds to U+FFFD, three bytes; a long run of them outgrows the room sized
    // for folds that keep the size.
    std::string const invalid(3000, '\xFF');
    std::string const longer(300, '\xC8');  // cut sequences: U+FFFD each
    std::vector<std::string> const texts = {"Intro", invalid, "\xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0", "", longer + " x", invalid};
    std::vector<layout::block> blocks(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) blocks[i].text = texts[i];
    recognise::folded_texts const folded(blocks);
    REQUIRE(folded.size() == blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) CHECK(folded[i] == utf8::fold(texts[i]));
    CHECK(folded[1].size() == 3 * invalid.size());
}
