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

// The length of the dash at `at` in `s`: 1 for a hyphen-minus, 3 for an en or em dash (the
// ones typeset text writes between a name and its country, or after a dateline); 0 for none.
constexpr std::size_t dash_length_at(std::string_view s, std::size_t at) noexcept {
    if (at >= s.size()) return 0;
    if (s[at] == '-') return 1;
    return stands_at(s, at, "\xE2\x80\x93") || stands_at(s, at, "\xE2\x80\x94") ? 3 : 0;
}

namespace detail {
// The byte of a separator to look for: its first that is not a space, as spaces are
// everywhere in a text and the other bytes of a separator (',', '-', a dash's lead byte) rare.
constexpr std::size_t key_byte(std::string_view what) noexcept {
    std::size_t k = 0;
    while (k + 1 < what.size() && what[k] == ' ') ++k;
    return k;
}
}  // namespace detail

// The first position from `from` at which `what` (not empty) stands in `s`, or npos: what
// s.find(what, from) gives. The key byte is found with memchr.
constexpr std::size_t find_short(std::string_view s, std::string_view what, std::size_t from = 0) noexcept {
    std::size_t const k = detail::key_byte(what);
    for (std::size_t at = from + k; at < s.size(); ++at) {
        at = s.find(what[k], at);
        if (at == std::string_view::npos) return at;
        if (stands_at(s, at - k, what)) return at - k;
    }
    return std::string_view::npos;
}

// The last position at which `what` (not empty) stands in `s`, or npos: what s.rfind(what) gives.
constexpr std::size_t rfind_short(std::string_view s, std::string_view what) noexcept {
    std::size_t const k = detail::key_byte(what);
    for (std::size_t at = s.size(); at-- > k;)
        if (s[at] == what[k] && stands_at(s, at - k, what)) return at - k;
    return std::string_view::npos;
}

}  // namespace text
CIVIC_NAMESPACE_END
