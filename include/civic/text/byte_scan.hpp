// The scan of the clean-up stages: each acts on a few bytes ('<', '&', '.', a list marker's
// first byte …) and passes over all others.
#pragma once
#include <civic/config.hpp>
#include <civic/text/swar.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// The next position of any of a few bytes in a text, for a scan that only moves forward. Each
// byte is found with the library's search (memchr, many bytes at a time) and searched for
// again only once the scan has passed it: the gaps between the bytes a stage acts on are
// crossed at memchr's speed, where testing every byte cost a lookup or a comparison each.
class byte_scan {
public:
    static constexpr std::size_t max_bytes = 8;

    // `bytes`: at most max_bytes, each searched for on its own.
    byte_scan(std::string_view text, std::string_view bytes) noexcept : text_(text), count_(std::min(bytes.size(), max_bytes)) {
        for (std::size_t k = 0; k < count_; ++k) {
            bytes_[k] = bytes[k];
            at_[k] = find(bytes_[k], 0);
        }
    }

    // The first position from `from` on whose byte is one of the bytes, or text.size(). `from`
    // never goes back from one call to the next. Always inlined: it is the loop of each stage
    // that uses it, and left to the compiler, code added anywhere in the clean-up's translation
    // unit could make it a call (separate_glued_sentences cost a fifth more so).
    CIVIC_ALWAYS_INLINE std::size_t next(std::size_t from) noexcept {
        std::size_t first = text_.size();
        for (std::size_t k = 0; k < count_; ++k) {
            if (at_[k] < from) at_[k] = find(bytes_[k], from);
            first = std::min(first, at_[k]);
        }
        return first;
    }

private:
    std::size_t find(char c, std::size_t from) const noexcept {
        auto const at = text_.find(c, from);
        return at == std::string_view::npos ? text_.size() : at;
    }

    std::string_view text_;
    std::size_t count_;
    char bytes_[max_bytes] = {};
    std::size_t at_[max_bytes] = {};
};

}  // namespace text
CIVIC_NAMESPACE_END
