// Lines grouped into blocks: the unit every recogniser reads.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <string>

CIVIC_NAMESPACE_BEGIN
namespace layout {

enum class block_kind {
    text,       // a line or a paragraph of prose (hard-wrapped lines joined)
    list_item,  // a line that starts with a list marker
    heading,    // a Markdown heading
    table_row,  // a Markdown table row: "| cell | cell |"
};

enum class marker_kind { none, bullet, dash, number, letter, roman };

struct block {
    block_kind kind = block_kind::text;
    std::size_t begin = 0;          // cleaned-text range of the block's lines, without the final '\n'
    std::size_t end = 0;
    std::size_t content_begin = 0;  // where the text starts after indentation and marker
    std::string text;               // the content: lines joined, runs of spaces collapsed, trimmed
    marker_kind marker = marker_kind::none;
    unsigned marker_value = 0;      // 3 for "3.", 2 for "b)", 4 for "iv."
    int heading_level = 0;          // 1 for "# Title"
    bool after_blank = false;       // a blank line (or the start of the text) comes before it
    std::size_t lines = 1;
};

}  // namespace layout
CIVIC_NAMESPACE_END
