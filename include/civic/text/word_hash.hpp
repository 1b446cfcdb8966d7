// A hash for short strings: words, suffixes, country names.
#pragma once
#include <civic/config.hpp>

#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// The words looked up are short (stop words, suffixes, header words: rarely past 16 bytes),
// and a general string hash (the standard library's: a call, then a loop over eight-byte
// blocks and a tail) costs more than the rest of the lookup. Up to 16 bytes are read as at
// most two overlapping loads, as fast hashes of short keys do, and multiplied once; longer
// words take the standard hash. The result is not mixed further: the tables that use it
// spread it themselves (Boost's open-addressing tables do; a table of its own takes the
// high bits of one more multiplication), so this only has to tell words apart.
struct word_hash {
    std::size_t operator()(std::string_view w) const noexcept {
        auto const n = w.size();
        if (n > 16) return std::hash<std::string_view>{}(w);
        std::uint64_t a = 0, b = 0;
        if (n >= 8) {  // the first eight bytes and the last eight, overlapping when n < 16
            a = load<std::uint64_t>(w.data());
            b = load<std::uint64_t>(w.data() + n - 8);
        } else if (n >= 4) {  // the first four and the last four, in one word
            a = load<std::uint32_t>(w.data()) | std::uint64_t{load<std::uint32_t>(w.data() + n - 4)} << 32;
        } else if (n > 0) {  // every byte: the first, the middle and the last
            a = std::uint64_t{byte(w[0])} << 16 | std::uint64_t{byte(w[n / 2])} << 8 | byte(w[n - 1]);
        }
        return static_cast<std::size_t>(((a ^ n) * 0x9E3779B97F4A7C15u) ^ b);
    }

private:
    template <class Int>
    static Int load(char const* p) noexcept {
        Int v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    static unsigned char byte(char c) noexcept { return static_cast<unsigned char>(c); }
};

}  // namespace text
CIVIC_NAMESPACE_END
