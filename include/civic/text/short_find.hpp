// Finding a separator of a few bytes (", ", " – ") in a short text such as one signatory
// entry. std::string's find and rfind with a string argument are calls into the library, and
// rfind compares with memcmp at every position: in the entry reader, which asks a name for
// its separators several times over, they cost more than the reading itself. These compare
// byte by byte, inline.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// Whether `what` stands in `s` at `at` (at <= s.size()).
constexpr bool stands_at(std::string_view s, std::size_t at, std::string_view what) noexcept {
    if (s.size() - at < what.size()) return false;
    for (std::size_t j = 0; j < what.size(); ++j)
        if (s[at + j] != what[j]) return false;
    return true;
}

// The first position from `from` at which `what` (not empty) stands in `s`, or npos: what
// s.find(what, from) gives.
constexpr std::size_t find_short(std::string_view s, std::string_view what, std::size_t from = 0) noexcept {
    for (std::size_t i = from; i < s.size(); ++i)
        if (s[i] == what[0] && stands_at(s, i, what)) return i;
    return std::string_view::npos;
}

// The last position at which `what` (not empty) stands in `s`, or npos: what s.rfind(what) gives.
constexpr std::size_t rfind_short(std::string_view s, std::string_view what) noexcept {
    for (std::size_t i = s.size(); i-- > 0;)
        if (s[i] == what[0] && stands_at(s, i, what)) return i;
    return std::string_view::npos;
}

}  // namespace text
CIVIC_NAMESPACE_END
