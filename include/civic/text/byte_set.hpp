// A set of bytes for the clean-up stages' scans: each acts on a few bytes ('<', '&', '.', a
// list marker's first byte …) and passes over all others.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// Looked up in a table of the 256 byte values: one load a byte, where testing each member
// in turn costs a comparison for each (and find_first_of a library call a byte).
class byte_set {
public:
    constexpr explicit byte_set(std::string_view members) noexcept {
        for (char const c : members) member_[static_cast<unsigned char>(c)] = true;
    }

    constexpr bool contains(char c) const noexcept { return member_[static_cast<unsigned char>(c)]; }

    // The first position from `from` on whose byte is in the set, or s.size().
    std::size_t next_in(std::string_view s, std::size_t from) const noexcept {
        while (from < s.size() && !contains(s[from])) ++from;
        return from;
    }

private:
    bool member_[256] = {};
};

}  // namespace text
CIVIC_NAMESPACE_END
