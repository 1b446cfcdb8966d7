// A piece of running text of the statement: a paragraph, a title, a line of chrome.
#pragma once
#include <civic/model/source_span.hpp>

#include <string>

CIVIC_NAMESPACE_BEGIN

// `text` is the cleaned text (line breaks inside a paragraph joined, spaces normalised,
// markup removed); `span` points at the original bytes it was read from.
struct text_block {
    std::string text;
    source_span span;

    friend bool operator==(text_block const& a, text_block const& b) {
        return a.text == b.text && a.span == b.span;
    }
    friend bool operator!=(text_block const& a, text_block const& b) { return !(a == b); }
};

CIVIC_NAMESPACE_END
