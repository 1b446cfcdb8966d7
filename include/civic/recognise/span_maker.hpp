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

    source_span operator()(std::size_t clean_begin, std::size_t clean_end) const noexcept {
        return lines.span(cleaned.to_original(clean_begin), cleaned.to_original(clean_end));
    }
};

}  // namespace recognise
CIVIC_NAMESPACE_END
