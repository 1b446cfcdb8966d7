// Where an element of the model came from in the original input.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <cstdint>

CIVIC_NAMESPACE_BEGIN

// A place in the input: 1-based line, and 1-based column counted in Unicode code points
// (what an editor shows), not in bytes.
struct source_position {
    std::uint32_t line = 1;
    std::uint32_t column = 1;

    friend bool operator==(source_position a, source_position b) noexcept {
        return a.line == b.line && a.column == b.column;
    }
    friend bool operator!=(source_position a, source_position b) noexcept { return !(a == b); }
};

// A half-open byte range [begin, end) of the ORIGINAL input (before any clean-up), with
// the line/column of both ends. Every element of the statement carries one.
struct source_span {
    std::size_t begin = 0;
    std::size_t end = 0;
    source_position start;  // position of `begin`
    source_position stop;   // position of `end` (one past the last byte)

    std::size_t size() const noexcept { return end - begin; }
    bool empty() const noexcept { return begin == end; }

    friend bool operator==(source_span const& a, source_span const& b) noexcept {
        return a.begin == b.begin && a.end == b.end && a.start == b.start && a.stop == b.stop;
    }
    friend bool operator!=(source_span const& a, source_span const& b) noexcept { return !(a == b); }
};

CIVIC_NAMESPACE_END
