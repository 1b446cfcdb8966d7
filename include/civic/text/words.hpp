// Words of a text as the recognisers count them: the runs that its spaces separate.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// The words of `s`: one more than its spaces, none for an empty text. Counted only up to
// `at_most`: a rule that asks whether a paragraph has more than six words reads it to its
// sixth space, not to its end.
inline std::size_t word_count(std::string_view s, std::size_t at_most = std::string_view::npos) noexcept {
    if (s.empty()) return 0;
    std::size_t n = 1;
    for (auto at = s.find(' '); at != std::string_view::npos && n < at_most; at = s.find(' ', at + 1)) ++n;
    return n;
}

}  // namespace text
CIVIC_NAMESPACE_END
