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
        std::size_t hint = 0;
        return to_original(pos, hint);
    }

    // Where a range of the cleaned text that ends at `pos` ends in the original.
    std::size_t to_original_end(std::size_t pos) const noexcept {
        std::size_t hint = 0;
        return to_original_end(pos, hint);
    }

    // The same, searched from `hint` (offset_map::to_original): for queries in increasing order.
    std::size_t to_original(std::size_t pos, std::size_t& hint) const noexcept {
        return within_original(map.to_original(pos, hint));
    }
    std::size_t to_original_end(std::size_t pos, std::size_t& hint) const noexcept {
        return within_original(map.to_original_end(pos, hint));
    }

private:
    std::size_t within_original(std::size_t o) const noexcept { return o < original_size ? o : original_size; }
};

CIVIC_NAMESPACE_END
