// Text after a clean-up stage, with the way back to the input bytes.
#pragma once
#include <civic/model/diagnostic.hpp>
#include <civic/text/offset_map.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

struct cleaned_text {
    std::string text;        // UTF-8, '\n' line ends, no BOM, no invalid sequences
    offset_map map;          // text positions → original byte offsets
    std::size_t original_size = 0;

    std::size_t to_original(std::size_t pos) const noexcept {
        auto o = map.to_original(pos);
        return o < original_size ? o : original_size;
    }

    // Where a range of the cleaned text that ends at `pos` ends in the original.
    std::size_t to_original_end(std::size_t pos) const noexcept {
        auto o = map.to_original_end(pos);
        return o < original_size ? o : original_size;
    }

    // The same, searched from `hint` (offset_map::to_original): for queries in increasing order.
    std::size_t to_original(std::size_t pos, std::size_t& hint) const noexcept {
        auto o = map.to_original(pos, hint);
        return o < original_size ? o : original_size;
    }
    std::size_t to_original_end(std::size_t pos, std::size_t& hint) const noexcept {
        auto o = map.to_original_end(pos, hint);
        return o < original_size ? o : original_size;
    }
};

CIVIC_NAMESPACE_END
