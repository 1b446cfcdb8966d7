// A block's reading as list entries also answers is_person_entry for the block when it read
// the block whole: the list-of-people rule asks both, and the answer must be the one a fresh
// reading gives.
#include <civic/layout/segment.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/cleanup.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace civic;

TEST_CASE("entry reading: the person_entry it records is what is_person_entry says") {
    std::string_view const lines[] = {
        "- Anna Kowalska, journalist, Gazeta Lubelska",
        "- Dr. Jane Roe – Director, Institute of Open Records",
        "- Maria Ionescu, Universitatea din Iași",
        "- Human Rights Centre (HRC) (Georgia)",
        "- Coalition for Open Radio; Willowmere Listeners' Guild",
        "- Ivan Petrenko – Olena Shevchuk – Taras Bondar",
        "- Oliver",
        "- Journalist",
        "- Amnesty International, Reporters Without Borders, Article 19",
        "- (unbalanced (parentheses",
        "- we call on the government to act now",
    };
    std::size_t recorded = 0;
    for (auto line : lines) {
        CAPTURE(line);
        diagnostics diags;
        auto const cleaned = text::clean_up(line, diags);
        auto const segmented = layout::segment(cleaned);
        auto const& blocks = segmented.blocks;
        REQUIRE(blocks.size() == 1);
        auto const& b = blocks.front();
        auto const raw = std::string_view(cleaned.text).substr(b.content_begin, b.end - b.content_begin);
        auto const reading = recognise::read_entry_block(b, raw);
        if (!reading.person_entry) continue;
        ++recorded;
        CHECK(*reading.person_entry == recognise::is_person_entry(raw));
    }
    CHECK(recorded >= 6);
    // And both ways round: a person with a role is one, an organisation is not.
    diagnostics diags;
    auto const cleaned = text::clean_up("- Anna Kowalska, journalist, Gazeta Lubelska", diags);
    auto const segmented = layout::segment(cleaned);
    auto const& blocks = segmented.blocks;
    auto const raw = std::string_view(cleaned.text).substr(blocks[0].content_begin, blocks[0].end - blocks[0].content_begin);
    auto const reading = recognise::read_entry_block(blocks[0], raw);
    REQUIRE(reading.person_entry);
    CHECK(*reading.person_entry);
}
