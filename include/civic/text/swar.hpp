// Eight bytes of text tested at once, as one 64-bit word ("SIMD within a register"): the
// scans over every byte of a text (clean-up, columns, folding, word runs) test a word where
// they would test each byte. A test marks bit 7 of each byte it finds; no sum may carry
// from one byte into the next.
#pragma once
#include <civic/config.hpp>

#include <boost/core/bit.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>

CIVIC_NAMESPACE_BEGIN
namespace text {
namespace swar {

constexpr std::uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;

inline std::uint64_t load8(char const* p) noexcept {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Bit 7 of each byte from `from` to `to` (at most 0x7F) of `ascii`, a word whose bytes all
// have bit 7 clear: no sum then carries into the next byte.
constexpr std::uint64_t in_range(std::uint64_t ascii, unsigned char from, unsigned char to) noexcept {
    return (ascii + ones * (0x80 - from)) & ~(ascii + ones * (0x80 - to - 1)) & highs;
}

// Bit 7 of each byte of `w` equal to `c` (any byte, any value of `c`): exact, as the sum of the
// low seven bits of a byte that differs reaches bit 7 and no sum carries into the next byte.
constexpr std::uint64_t equal_to(std::uint64_t w, unsigned char c) noexcept {
    std::uint64_t const y = w ^ (ones * c);
    return ~(((y & ~highs) + ~highs) | y) & highs;
}

constexpr bool little_endian = boost::core::endian::native == boost::core::endian::little;

// How many bytes come before the first marked one in memory (`marks` is not 0): the low byte
// of a little-endian word, the high one of a big-endian.
inline std::size_t first_marked(std::uint64_t marks) noexcept {
    int const bit = little_endian ? boost::core::countr_zero(marks) : boost::core::countl_zero(marks);
    return static_cast<std::size_t>(bit) / 8;
}

// The word without its first `n` bytes in memory (n < 8): the others move up, zero bytes come
// in after them.
inline std::uint64_t drop_first(std::uint64_t w, std::size_t n) noexcept {
    return little_endian ? w >> (8 * n) : w << (8 * n);
}

// How many bytes are marked: their bits 7 moved to bits 0 and summed into the top byte by one
// multiplication (boost::core::popcount is a library call without -mpopcnt).
constexpr std::size_t count_marked(std::uint64_t marks) noexcept {
    return static_cast<std::size_t>(((marks >> 7) * ones) >> 56);
}

// The marks moved each onto the byte after it in memory; a mark on the last byte is dropped.
constexpr std::uint64_t to_next(std::uint64_t marks) noexcept { return little_endian ? marks << 8 : marks >> 8; }

// Whether the last byte of the word in memory is marked.
constexpr bool last_marked(std::uint64_t marks) noexcept {
    return (little_endian ? marks >> 56 : marks & 0xFF) != 0;
}

}  // namespace swar
}  // namespace text
CIVIC_NAMESPACE_END
