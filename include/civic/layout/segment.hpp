// Layout: cleaned text → blocks. Blank lines separate blocks; a line that starts with a
// list marker starts a list item; a hard-wrapped line (PDF text) is joined to the block
// it continues.
#pragma once
#include <civic/layout/block.hpp>
#include <civic/text/cleaned_text.hpp>

#include <string>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace layout {

// The blocks' texts view `text.text` and the segmentation's own buffer: the cleaned text must
// outlive the segmentation and its characters must stay where they are.
CIVIC_FUNC segmentation segment(cleaned_text const& text);

// Collapses runs of white space to one space and trims: the form block texts are kept in.
CIVIC_FUNC std::string collapse_spaces(std::string_view s);

// "г. Ереван, 22 января 2024 года", "Published on 10 December 2024, Human Rights Day": a short
// line whose date, with its day, stands among its first words, after a place or a word of
// publication, and which ends as no sentence does. Under a headline it is the headline's
// dateline, not the rest of it; a wrapped sentence that goes on with a date ("… arrested in" /
// "Port Amber on 5 May 2024.") ends with a full stop, or its line above with a function word.
CIVIC_FUNC bool opens_dateline(std::string_view line);

// Whether a line has a gap of four spaces or more between its words: the columns of a table or
// of a list in two columns that a PDF's text keeps in place ("ARTICLE 19        Amnesty
// International"), or a running header's parts. Such a line is a row, and goes on with no
// other; it is no headline either.
inline bool has_column_gap(std::string_view line) { return line.find("    ") != std::string_view::npos; }

// "+------------+---------+", "+============+", "------------": a line of the marks that draw a
// table's rules in plain text (a box-drawn rule's corners and crossings are dashes once cleaned),
// three at least. Beside a row typed between bars it is one of the table's rows, as Markdown's
// "|---|---|" is.
inline bool is_drawn_rule(std::string_view line) {
    if (line.size() < 3) return false;
    for (char c : line)
        if (c != '-' && c != '=' && c != '+' && c != ':') return false;
    return line.find_first_of("-=") != std::string_view::npos;
}

}  // namespace layout
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/layout/impl/segment.ipp>
#endif
