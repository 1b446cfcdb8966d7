// The statement as clean, readable Markdown (CommonMark with a GFM table): the title as a
// heading, its metadata as a short list, the opening and the paragraphs, each call group
// as its introduction followed by a bullet list of calls, and the signatories as a table.
// Web chrome and unrecognised text are left out. The statement's text is escaped where
// Markdown would otherwise read it as markup (emphasis, links, HTML, a "#" or "-" that
// starts a line, "|" in a table cell), so it renders as written.
#pragma once
#include <civic/model/statement.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

CIVIC_FUNC std::string to_markdown(statement const& s);

// `text` as Markdown inline content: one line, markup characters backslash-escaped.
// in_table_cell also escapes "|".
CIVIC_FUNC std::string markdown_escape(std::string_view text, bool in_table_cell = false);

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/export/impl/markdown.ipp>
#endif
