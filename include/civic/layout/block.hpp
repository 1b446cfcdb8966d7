// Lines grouped into blocks: the unit every recogniser reads.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace layout {

enum class block_kind : std::uint8_t {
    text,       // a line or a paragraph of prose (hard-wrapped lines joined)
    list_item,  // a line that starts with a list marker
    heading,    // a Markdown heading
    table_row,  // a Markdown table row: "| cell | cell |"
};

enum class marker_kind : std::uint8_t { none, bullet, dash, number, letter, roman, decimal };

// The separators the rules look for in a short line (a colon after a label, a bar between
// cells or menu items, an e-mail's '@', a tab, the parentheses of an acronym, "©" and "·"),
// a bit each: a line of a list is asked some sixty times whether it holds one, and most lines
// hold none, so each line is surveyed once (block::separators) and a rule asks the survey
// before it searches. Each is a byte that the fold and the lowered copies of a text keep as
// it is, and that no other character folds to: 0xC2 leads "©" "·" "¹" and the space and the
// quotation marks that the fold writes as ' ' and '"' (it writes no 0xC2 where the text has
// none). Not the quotes, the dashes or white space, which the fold makes of other characters.
namespace detail {
inline constexpr char surveyed_separators[] = ":|@_\t/,;().>&[*\xC2";

struct separator_bit_table {
    std::uint16_t of[256];
    constexpr separator_bit_table() : of() {
        for (std::size_t k = 0; k + 1 < sizeof surveyed_separators; ++k)
            of[static_cast<unsigned char>(surveyed_separators[k])] = static_cast<std::uint16_t>(1u << k);
    }
};
inline constexpr separator_bit_table separator_bits{};
static_assert(sizeof surveyed_separators - 1 <= 16, "a separator a bit of block::separators");
}  // namespace detail

inline constexpr std::uint16_t every_separator = 0xFFFF;

// The surveyed separators `s` holds, a bit each: a byte at a time through a table, for a
// line of a list is a few dozen bytes. Eight bytes a step: a byte costs a load and an or, and
// a loop of a byte a step spent more than as much again on its own count and test (every byte
// of every short block of a text is surveyed, a fifth of the segmentation's instructions).
constexpr std::uint16_t separators_in(std::string_view s) noexcept {
    auto const bits = [&s](std::size_t i) { return detail::separator_bits.of[static_cast<unsigned char>(s[i])]; };
    unsigned found = 0;
    std::size_t i = 0;
    for (; s.size() - i >= 8; i += 8)
        found |= bits(i) | bits(i + 1) | bits(i + 2) | bits(i + 3) | bits(i + 4) | bits(i + 5) | bits(i + 6) | bits(i + 7);
    for (; i < s.size(); ++i) found |= bits(i);
    return static_cast<std::uint16_t>(found);
}

// A long text has a block for nearly every line and all of them live until the document is
// read: the small fields share one word after the text, so a block takes 56 bytes, not 80.
struct block {
    std::size_t begin = 0;          // cleaned-text range of the block's lines, without the final '\n'
    std::size_t end = 0;
    std::size_t content_begin = 0;  // where the text starts after indentation and marker
    std::string_view text;          // the content: lines joined, runs of spaces collapsed, trimmed
    std::uint32_t lines = 1;
    unsigned marker_value = 0;      // 3 for "3.", 2 for "b)", 4 for "iv.", 2 for "1.2"
    block_kind kind = block_kind::text;
    marker_kind marker = marker_kind::none;
    std::int8_t heading_level = 0;  // 1 for "# Title"
    bool after_blank = false;       // a blank line (or the start of the text) comes before it
    // A PDF's page furniture: a running header or footer with the page's number, which only
    // the whole text shows ("Joint statement on Veloria      2", the same words on the next
    // page with 3), or one whose number stands apart after a gap ("Lakeshore Rights Watch ·
    // www.lakeshore.example          1", "Amber Rights Watch        Page 2 of 3"), or the
    // page's number alone ("Page 2 of 3"). A line of its own, joined with no other.
    bool page_mark = false;
    // A page's markup marks it as its site's chrome (cleaned_text::chrome: a <nav>, a <footer>,
    // an <aside>, a share bar): chrome wherever it stands, never a signer or the body's.
    bool site_chrome = false;
    // Which surveyed separators the block's content holds: its bytes from content_begin to
    // end in the cleaned text (the recognisers' raw_of), and so its text and the text's fold,
    // which keep these bytes. segment() surveys a content of up to `surveyed_size` bytes (a
    // line of a list, a heading, a short paragraph); a longer one, and a block made by hand,
    // may hold any, and is searched.
    static constexpr std::size_t surveyed_size = 200;
    std::uint16_t separators = every_separator;

    // Whether the content may hold byte C: false only where it holds none.
    template <char C>
    constexpr bool may_hold() const noexcept {
        static_assert(detail::separator_bits.of[static_cast<unsigned char>(C)] != 0, "a surveyed separator");
        return (separators & detail::separator_bits.of[static_cast<unsigned char>(C)]) != 0;
    }
};
static_assert(sizeof(block) <= 7 * sizeof(std::size_t), "the survey in the word of the small fields");

// "2) поручить Специальному докладчику …;" / "" / "1. Дильшод Рахимов, правозащитник": an item
// numbered 1 after a blank line, under an item counted on past it with the same kind of
// marker, opens another list: the signers' names numbered under the demands, no heading
// between them. (A Markdown list numbered "1." throughout never counts past 1.)
inline bool restarts_count(block const& before, block const& b) {
    bool const counted = b.marker == marker_kind::number || b.marker == marker_kind::letter ||
                         b.marker == marker_kind::roman;
    return counted && b.after_blank && b.marker_value == 1 && before.kind == block_kind::list_item &&
           before.marker == b.marker && before.marker_value >= 2;
}

// The blocks of a cleaned text (segment()). A block's text is a view, not a string of its
// own: most blocks (a line of prose, an entry of a list) have nothing to collapse, and their
// text is the cleaned text itself. The texts of the others (lines joined, runs of spaces)
// are written once into `collapsed`, a buffer that does not move when the segmentation
// does. So the texts live as long as the cleaned text's characters (which must not move
// either: a short string's would) and this segmentation.
struct segmentation {
    std::vector<block> blocks;
    std::unique_ptr<char[]> collapsed;
};

}  // namespace layout
CIVIC_NAMESPACE_END
