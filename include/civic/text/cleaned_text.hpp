// Text after a clean-up stage, with the way back to the input bytes.
#pragma once
#include <civic/model/diagnostic.hpp>
#include <civic/text/offset_map.hpp>

#include <string>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN

// A link that markup gave a stretch of text ("[Amber Lantern](https://amber.example)", "<a
// href=…>"), whose address the clean-up takes out of the text: where the linked text lies in
// the original, and the address as written.
struct text_link {
    std::size_t begin = 0, end = 0;
    std::string address;
};

// A stretch of the original that a page's markup marks as its site's chrome (a <nav>, a
// <footer>, an <aside>, a share bar): from its opening tag to past its closing tag.
struct chrome_range {
    std::size_t begin = 0, end = 0;
};

struct cleaned_text {
    std::string text;        // UTF-8, '\n' line ends, no BOM, no invalid sequences
    offset_map map;          // text positions → original byte offsets
    std::size_t original_size = 0;
    std::vector<text_link> links;  // in the text's order; kept from the stage that found them on
    std::vector<chrome_range> chrome;  // in the text's order, none inside another; kept the same way

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
