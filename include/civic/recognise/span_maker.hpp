// Turns ranges of the cleaned text into source spans of the original input.
#pragma once
#include <civic/model/source_span.hpp>
#include <civic/text/cleaned_text.hpp>
#include <civic/text/line_index.hpp>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

struct span_maker {
    cleaned_text const& cleaned;
    line_index const& lines;
    // Where the last query left the search of the offset map: spans are asked for in nearly
    // increasing order, as the line index's positions are (it remembers its last one too).
    // So a span maker, like a line index, serves one thread at a time: each parse has its own.
    mutable std::size_t anchor_hint = 0;

    source_span operator()(std::size_t clean_begin, std::size_t clean_end) const noexcept {
        auto const begin = cleaned.to_original(clean_begin, anchor_hint);
        auto end = clean_end > clean_begin ? cleaned.to_original_end(clean_end, anchor_hint) : begin;
        if (end < begin) end = begin;
        return lines.span(begin, end);
    }
};

}  // namespace recognise
CIVIC_NAMESPACE_END
