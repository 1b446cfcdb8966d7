// The small code-point primitives civic needs: decode one UTF-8 sequence safely, classify
// letters of the scripts statements are written in, and fold case for matching.
// Everything else in civic works on bytes.
#pragma once
#include <civic/config.hpp>
#include <civic/text/swar.hpp>

#include <boost/core/bit.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

CIVIC_NAMESPACE_BEGIN
namespace utf8 {

constexpr char32_t replacement = 0xFFFD;

struct decoded {
    char32_t cp = replacement;
    std::size_t length = 1;  // bytes consumed, at least 1
    bool valid = false;
};

namespace detail {
// The three- and four-byte sequences, apart: decode() stays small enough to be inlined into
// the loops that run over every byte, where ASCII and two-byte letters (Latin accents,
// Greek, Cyrillic) are nearly all the text.
constexpr decoded decode_long(std::string_view s, std::size_t i) noexcept {
    auto const n = s.size();
    auto const b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) {
        return i + k < n && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    auto bits = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2)) return {};
        char32_t cp = static_cast<char32_t>((b0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
        return {cp, 3, true};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return {};
        char32_t cp = static_cast<char32_t>((b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
        if (cp < 0x10000 || cp > 0x10FFFF) return {};
        return {cp, 4, true};
    }
    return {};
}
}  // namespace detail

// The code point of the well-formed two-byte sequence at s[i] (U+0080..U+07FF: the letters of
// Latin accents, Greek and Cyrillic), or 0 where none starts there: decode()'s reading of
// them, and the scans' that take those letters by a table of their own.
constexpr CIVIC_ALWAYS_INLINE char32_t two_byte_at(std::string_view s, std::size_t i) noexcept {
    if (i + 1 >= s.size()) return 0;
    auto const b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 < 0xC2 || b0 > 0xDF || (b1 & 0xC0) != 0x80) return 0;
    return static_cast<char32_t>((b0 & 0x1Fu) << 6 | (b1 & 0x3Fu));
}

// Decodes the sequence at s[i]. Rejects overlong forms, surrogates, code points above
// U+10FFFF and truncated sequences (length 1, valid == false): callers may then trust `cp`.
// Always inlined: it is called in the loops over every byte of a dozen recognisers, and left to
// the compiler, one edit anywhere in a translation unit can tip its inlining budget and make
// every one of those calls a call.
constexpr CIVIC_ALWAYS_INLINE decoded decode(std::string_view s, std::size_t i) noexcept {
    auto const b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1, true};
    if (auto const two = two_byte_at(s, i); two != 0) return {two, 2, true};
    return detail::decode_long(s, i);  // a lead of two bytes without its continuation is invalid there too
}

// The code point that ends just before byte `at` of s (0 < at <= s.size()), for a scan that
// asks what precedes a place: the bytes that continue a sequence are stepped back over, three
// at most, to the byte that starts it. Where no well-formed sequence ends at `at` the answer is
// U+FFFD (valid == false), as a walk from the start decodes a malformed byte. Always inlined,
// as decode() is: the clean-up's stages ask it at every line break, and a caller more in their
// translation unit once made it a call (rejoin_broken_paragraphs a tenth slower).
constexpr CIVIC_ALWAYS_INLINE decoded decode_before(std::string_view s, std::size_t at) noexcept {
    auto const last = static_cast<unsigned char>(s[at - 1]);
    if (last < 0x80) return {last, 1, true};  // an ASCII byte is a code point of its own
    std::size_t start = at - 1;
    while (start > 0 && at - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    auto const d = decode(s, start);
    return d.valid && start + d.length == at ? d : decoded{};
}

// The first `n` bytes of `s` at most, cut back to a character's start: a text read only so far
// (a paragraph's first sentences) keeps no half of a character.
constexpr std::string_view head_at_character(std::string_view s, std::size_t n) noexcept {
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

// The UTF-8 bytes of `cp` written to out[0..4), and how many they are: the one encoder, for
// strings (append) and for the fixed buffers of the scans that must not allocate.
constexpr std::size_t encode(char32_t cp, char* out) noexcept {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

inline void append(std::string& out, char32_t cp) {
    char bytes[4] = {};
    out.append(bytes, encode(cp, bytes));
}

// Whether `s` holds `n` code points at least: counted only as far as the answer needs, and not
// at all where its bytes are four times as many (a lead byte or an ASCII one starts each).
constexpr bool at_least_code_points(std::string_view s, std::size_t n) noexcept {
    if (s.size() >= 4 * n) return true;
    std::size_t count = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++count >= n) return true;
    return false;
}

// Number of code points in s (invalid bytes count one each): the column unit of spans.
constexpr std::size_t length(std::string_view s) noexcept {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); i += decode(s, i).length) ++count;
    return count;
}

namespace detail {
// The case and letter rules past ASCII, out of line: the functions below answer ASCII, most
// of any text, inline and call these for the rest.
constexpr char32_t to_lower_beyond_ascii(char32_t c) noexcept {
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        // Latin Extended-A pairs upper/lower on even/odd code points, with a shifted block.
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? c + 1 : c;
        if (c == 0x178) return 0xFF;
        return (c % 2 == 0) ? c + 1 : c;
    }
    if (c >= 0x218 && c <= 0x21B) return (c % 2 == 0) ? c + 1 : c;  // Romanian Ș ș Ț ț
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;       // Greek
    if (c >= 0x410 && c <= 0x42F) return c + 32;                     // Cyrillic А-Я
    if (c >= 0x400 && c <= 0x40F) return c + 80;                     // Ѐ-Џ (Ё, Є, І, Ї, Ў …)
    if (c >= 0x490 && c <= 0x4BF) return (c % 2 == 0) ? c + 1 : c;   // Ґ ґ and other pairs
    return c;
}

constexpr bool is_lower_letter_beyond_ascii(char32_t c) noexcept {
    return (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x100 && c <= 0x24F && to_lower_beyond_ascii(c) == c && c != 0x138) || (c >= 0x430 && c <= 0x45F) ||
           (c >= 0x3AC && c <= 0x3CE) || (c >= 0x491 && c <= 0x4BF && c % 2 == 1);
}

constexpr bool is_upper_letter_beyond_ascii(char32_t c) noexcept {
    return (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x100 && c <= 0x24F && to_lower_beyond_ascii(c) != c) ||
           (c >= 0x400 && c <= 0x42F) || (c >= 0x391 && c <= 0x3AB) || (c >= 0x490 && c <= 0x4BF && c % 2 == 0);
}

constexpr bool is_letter_beyond_ascii(char32_t c) noexcept {
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7) return false;
    if (c < 0x2000) return !(c >= 0x2B0 && c <= 0x36F);  // modifier letters and combining marks
    if (c < 0x3000) return false;                        // punctuation, symbols, arrows, dingbats
    if (c >= 0xFE00 && c <= 0xFE0F) return false;
    if (c >= 0x1F000) return false;                      // emoji and pictographs
    return true;
}

// Whether each two-byte code point (U+0080..U+07FF: Latin accents, Greek, Cyrillic, nearly
// every letter past ASCII) is an upper-case letter, a lower-case one or a letter, by the rules
// above, made at compile time: the tests below are one lookup for them instead of a chain of
// ranges (Cyrillic comes late in it).
struct two_byte_letter_table {
    enum : unsigned char { upper = 1, lower = 2, letter = 4 };
    unsigned char flags[0x800];
    constexpr two_byte_letter_table() : flags() {
        for (char32_t c = 0x80; c < 0x800; ++c)
            flags[c] = static_cast<unsigned char>((is_upper_letter_beyond_ascii(c) ? upper : 0) |
                                                  (is_lower_letter_beyond_ascii(c) ? lower : 0) |
                                                  (is_letter_beyond_ascii(c) ? letter : 0));
    }
};
inline constexpr two_byte_letter_table two_byte_letters{};
}  // namespace detail

// Lower case for the letters of Latin (ASCII, Latin-1, Latin Extended-A/B common pairs),
// Greek and Cyrillic; other code points are returned unchanged.
constexpr char32_t to_lower(char32_t c) noexcept {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return detail::to_lower_beyond_ascii(c);
}

constexpr bool is_lower_letter(char32_t c) noexcept {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    if (c < 0x800) return detail::two_byte_letters.flags[c] & detail::two_byte_letter_table::lower;
    return detail::is_lower_letter_beyond_ascii(c);
}

constexpr bool is_upper_letter(char32_t c) noexcept {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c < 0x800) return detail::two_byte_letters.flags[c] & detail::two_byte_letter_table::upper;
    return detail::is_upper_letter_beyond_ascii(c);
}

// Letters of any script: the Latin, Greek and Cyrillic ranges above, plus everything past
// U+0500 that is not punctuation or a symbol block (Armenian, Georgian, CJK … are letters).
constexpr bool is_letter(char32_t c) noexcept {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (c < 0x800) return detail::two_byte_letters.flags[c] & detail::two_byte_letter_table::letter;
    return detail::is_letter_beyond_ascii(c);
}

constexpr bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }

// How many of the eight bytes at p, in order, are ASCII letters before the first that is not
// (8 when all are): most words of a text are a run of ASCII letters shorter than that, told
// in one step instead of a byte at a time.
inline std::size_t leading_ascii_letters(char const* p) noexcept {
    using namespace text::swar;
    std::uint64_t const w = load8(p);
    // Each byte in lower case and without bit 7 (for in_range); a byte that had bit 7 set is no letter.
    std::uint64_t const x = (w | ones * 0x20) & ~highs;
    std::uint64_t const letters = in_range(x, 'a', 'z') & ~w;
    std::uint64_t const others = ~letters & highs;  // bit 7 of each byte that is not a letter
    return others == 0 ? 8 : first_marked(others);
}

// Sixteen bytes of text read at once by the scans that stop only where a word may start: how
// many of them, from the first, are ASCII (16 when all are; the rest wait for the decoding of
// the code point there), and which of those are word characters, ASCII letters and digits
// (bit i for byte i).
struct ascii_word_marks {
    unsigned ascii;
    std::uint32_t words;
};
inline ascii_word_marks ascii_words16(char const* p) noexcept {
#if defined(__SSE2__)
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
    auto const high = static_cast<std::uint32_t>(_mm_movemask_epi8(v));
    // Compared as signed bytes: one with bit 7 set is below every bound, so neither letter nor digit.
    __m128i const lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i const letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    __m128i const digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    auto const words = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    return {high == 0 ? 16u : static_cast<unsigned>(boost::core::countr_zero(high)), words};
#else
    ascii_word_marks m{0, 0};
    for (; m.ascii < 16 && static_cast<unsigned char>(p[m.ascii]) < 0x80; ++m.ascii)
        if (is_letter(static_cast<unsigned char>(p[m.ascii])) || is_digit(static_cast<unsigned char>(p[m.ascii])))
            m.words |= 1u << m.ascii;
    return m;
#endif
}

// The quotation marks statements use: ASCII, typographic, guillemets, low-9 forms.
constexpr bool is_quote(char32_t c) noexcept {
    return c == '"' || c == '\'' || c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x201F) ||
           c == 0x2039 || c == 0x203A || c == '`' || c == 0xB4;
}

// Pictographs that pages set before a name or a heading ("🇺🇦 UKRAINE", "✅ Amber Lantern
// Association"): flags (regional indicators), emoji and dingbats, and the joiners and
// selectors that build them. They say nothing a name or a country does.
// The double marks "‼" and "⁉", which a post shows as emoji ("‼️ ВІДКРИТИЙ ЛИСТ …"), are among them.
constexpr bool is_pictograph(char32_t c) noexcept {
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
           c == 0xFE0F || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F) || c == 0x203C || c == 0x2049;
}

// `s` without the pictographs and the spaces before its first other character. Most texts
// start with an ASCII byte, and are returned at one test.
constexpr std::string_view without_leading_pictographs(std::string_view s) noexcept {
    while (!s.empty()) {
        auto const b = static_cast<unsigned char>(s[0]);
        if (b == ' ') {
            s.remove_prefix(1);
            continue;
        }
        if (b < 0x80) break;
        auto const d = decode(s, 0);
        if (!is_pictograph(d.cp)) break;
        s.remove_prefix(d.length);
    }
    return s;
}

// `s` without the pictographs and the spaces after its last other character ("ОБРАЩЕНИЕ …
// ДЕЯТЕЛЕЙ ⚡️": a post closes its headline as it opens it). Most texts end with an ASCII byte,
// and are returned at one test.
inline std::string_view without_trailing_pictographs(std::string_view s) noexcept {
    while (!s.empty()) {
        auto const b = static_cast<unsigned char>(s.back());
        if (b == ' ') {
            s.remove_suffix(1);
            continue;
        }
        if (b < 0x80) break;
        auto const d = decode_before(s, s.size());
        if (!is_pictograph(d.cp)) break;
        s.remove_suffix(d.length);
    }
    return s;
}

// Whether `s` writes a Cyrillic letter (U+0400–U+047F: a lead byte 0xD0 or 0xD1).
constexpr bool has_cyrillic(std::string_view s) noexcept {
    for (char const c : s)
        if (c == '\xD0' || c == '\xD1') return true;
    return false;
}

// Hyphen and dash variants.
constexpr bool is_dash(char32_t c) noexcept { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

namespace detail {
// White space as fold sees it: a run of it becomes one ' '.
constexpr bool is_fold_space(char32_t c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

// What fold makes of one code point that is not white space.
constexpr char32_t fold_code_point(char32_t c) noexcept {
    if (is_quote(c)) return '"';
    if (is_dash(c)) return '-';
    if (c == 0x451) return 0x435;  // ё → е: Russian writes both
    return to_lower(c);
}

// The fold of each printable ASCII byte that folds alone (letters to lower case, the quotes
// ' and ` to '"'), and 0 for the bytes that need more than a lookup: white space, controls
// and everything not ASCII.
struct ascii_fold_table {
    char to[256];
    constexpr ascii_fold_table() : to() {
        for (int b = 0x21; b < 0x80; ++b) to[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? (b | 0x20) : b);
        to[static_cast<unsigned char>('\'')] = to[static_cast<unsigned char>('`')] = '"';  // quotes, as is_quote
    }
};
inline constexpr ascii_fold_table ascii_fold{};

// Bit 7 of each of the eight bytes of `w` that the ASCII run of fold_into cannot take as
// part of a plain word: bytes that are not ASCII, controls (tab, line breaks, the zero bytes
// after the end of a text), the quotes that become '"' (' and `), and a space next to another
// space. The others fold by lowering the capitals among them, and their spaces are single ones
// that stay. Every test is on the low seven bits of each byte, so no sum carries into the
// next byte.
inline std::uint64_t ascii_fold_stops8(std::uint64_t w) noexcept {
    using namespace text::swar;
    std::uint64_t const low7 = w & ~highs;
    // Equality as one add on the xor, not swar::in_range(low7, c, c) (two adds): this runs on
    // every eight ASCII bytes a fold reads, and the shared test cost 3% of the folds.
    auto const equal = [low7](char c) {
        std::uint64_t const y = low7 ^ (ones * static_cast<unsigned char>(c));
        return ~(y + ones * 0x7F) & highs;  // exact: a byte is 0 or its sum reaches bit 7
    };
    std::uint64_t const controls = ~(low7 + ones * 0x60) & highs;  // below 0x20
    std::uint64_t const spaces = equal(' ');
    // A space beside a space: the pairs are neighbours in memory whichever way the word was
    // loaded, and each is marked (a run needs the way that handles white space).
    std::uint64_t const pairs = spaces & ((spaces >> 8) | (spaces << 8));
    return (w & highs) | controls | equal('\'') | equal('`') | pairs;
}

#if defined(__SSE2__)
// ascii_fold_stops8 for sixteen bytes, as a bit for each byte that stops the run (bit i for
// byte i): 0 when the sixteen fold as two plain words of eight. Compared as signed bytes, a
// byte beyond ASCII is below 0x20, a control.
inline std::uint32_t ascii_fold_stops16(__m128i v) noexcept {
    __m128i const controls = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    __m128i const quotes = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
    auto const spaces = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(controls, quotes))) | (spaces & spaces >> 1);
}

// Sixteen bytes with the ASCII capitals among them lowered; the bytes beyond ASCII, below 'A'
// as signed bytes, are left as they are.
inline __m128i ascii_lower16(__m128i v) noexcept {
    __m128i const capitals = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    return _mm_or_si128(v, _mm_and_si128(capitals, _mm_set1_epi8(0x20)));
}
#endif

// The eight bytes with the capitals among them lowered (bit 5 set on 'A'..'Z'); the bytes
// beyond ASCII are left as they are.
inline std::uint64_t ascii_lower8(std::uint64_t w) noexcept {
    using namespace text::swar;
    return w | ((in_range(w & ~highs, 'A', 'Z') & ~w) >> 2);  // & ~w: no mark on a byte with bit 7 set
}

// The same for the words fold_into keeps only up to their first byte beyond ASCII: those
// bytes may be changed too (0xC1 to 0xDA, a capital without bit 7), for an instruction less.
inline std::uint64_t ascii_lower8_up_to_first_beyond(std::uint64_t w) noexcept {
    using namespace text::swar;
    return w | (in_range(w & ~highs, 'A', 'Z') >> 2);
}

// The fold of each two-byte code point (U+0080..U+07FF: the letters of Latin-1, Latin
// Extended, Greek and Cyrillic), encoded: the letters of most non-English text then fold
// with one lookup instead of a decode, the quote and dash tests, a lower case and an encode.
// Length 0 for the code points the lookup leaves to the general way (U+00A0, white space).
struct two_byte_fold_table {
    struct alignas(4) entry {  // four bytes: found by a shift, not a multiplication by three
        char bytes[2] = {};
        unsigned char length = 0;
    };
    entry of[0x800];  // by code point; those below U+0080 are not two-byte and stay empty
    constexpr two_byte_fold_table() : of() {
        for (char32_t c = 0x80; c < 0x800; ++c) {
            if (is_fold_space(c)) continue;
            char32_t const f = fold_code_point(c);
            if (f >= 0x800) continue;  // a fold longer than two bytes goes the general way
            char bytes[4] = {};
            auto& e = of[c];
            e.length = static_cast<unsigned char>(encode(f, bytes));
            e.bytes[0] = bytes[0];
            e.bytes[1] = bytes[1];
        }
    }
};
inline constexpr two_byte_fold_table two_byte_fold{};
}  // namespace detail

namespace detail {
// The bytes fold_into may write for the start of fold(s) it is asked for. What it keeps: at
// most three for each byte of s (an invalid byte becomes U+FFFD's three; no code point's fold
// is longer than it), and less than a space and a code point past `at_least`. Then eight
// more, written but not kept: a word of eight bytes is written whole.
constexpr std::size_t fold_room(std::size_t bytes, std::size_t at_least) noexcept {
    std::size_t const kept = at_least < 3 * bytes ? at_least + 8 : 3 * bytes;
    return kept + 8;
}

// Writes the start of fold(s) to out[0, fold_room(s.size(), at_least)) and returns its
// length: the folding stops once `at_least` bytes are written. What is written is always a
// prefix of fold(s), and all of it when fold(s) is no longer; a check of how a text begins
// then folds the start it reads, not the whole text. Into memory the caller has made room
// in, not into a string: std::string zeroes what a resize adds and appends through a library
// call, which for the short texts most calls fold cost more than the folding.
inline std::size_t fold_into(char* out, std::string_view s, std::size_t at_least) noexcept {
    std::size_t n = 0;  // bytes written
    auto ascii = [](char b) { return ascii_fold.to[static_cast<unsigned char>(b)]; };
    bool space = false;
    for (std::size_t i = 0; i < s.size() && n < at_least;) {
        if (ascii(s[i])) {
            // A run of ASCII, most of any text, eight bytes at a time: it writes a byte for each
            // it reads, and maybe a space first.
            std::size_t const stop = i + std::min(s.size() - i, at_least - n);  // at_least may be npos
            if (space) out[n++] = ' ', space = false;
#if defined(__SSE2__)
            // Sixteen plain bytes at a time where the processor reads them at once (every x86-64
            // does): two words of eight that the loop below would each take whole.
            while (stop - i > 16) {
                __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s.data() + i));
                if (ascii_fold_stops16(v) != 0 || (s[i + 15] == ' ' && !ascii(s[i + 16]))) break;
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), ascii_lower16(v));
                n += 16;
                i += 16;
            }
#endif
            // Words of eight plain bytes, most of a text in Latin script, in a loop of their own.
            while (stop - i > 8) {
                std::uint64_t const w = text::swar::load8(s.data() + i);
                if (ascii_fold_stops8(w) != 0 || (s[i + 7] == ' ' && !ascii(s[i + 8]))) break;
                std::uint64_t const folded = ascii_lower8_up_to_first_beyond(w);
                std::memcpy(out + n, &folded, 8);
                n += 8;
                i += 8;
            }
            while (i < stop) {
                // The next eight bytes, or the last few of the text with zero bytes after them
                // (a zero byte stops a word).
                std::uint64_t w = 0;
                if (s.size() - i >= 8) w = text::swar::load8(s.data() + i);
                else if (s.size() >= 8) w = text::swar::drop_first(text::swar::load8(s.data() + s.size() - 8), i + 8 - s.size());
                else std::memcpy(&w, s.data() + i, s.size() - i);
                // Written whole, letters lowered; counted as far as the bytes are plain words.
                std::uint64_t const folded = ascii_lower8_up_to_first_beyond(w);
                std::memcpy(out + n, &folded, 8);
                std::uint64_t const stops = ascii_fold_stops8(w);
                std::size_t plain = std::min(stops == 0 ? std::size_t{8} : text::swar::first_marked(stops), stop - i);
                // A space between words stays in the run only if the byte after it folds alone
                // too; otherwise it is the start of white space the general way reads.
                if (plain > 0 && s[i + plain - 1] == ' ' && !(i + plain < stop && ascii(s[i + plain]))) --plain;
                n += plain;
                i += plain;
                if (plain == 8) continue;
                // A quote that folds alone (' and `) goes on with the run; anything else ends it.
                if (i >= stop || !ascii(s[i])) break;
                out[n++] = ascii(s[i++]);
            }
            continue;
        }
        // The fold of the two-byte code point at s[k] by the table, or none.
        auto const two_byte = [&s](std::size_t k) -> two_byte_fold_table::entry const* {
            if (k + 1 >= s.size()) return nullptr;
            auto const c0 = static_cast<unsigned char>(s[k]);
            if (c0 < 0xC2 || c0 > 0xDF) return nullptr;
            auto const c1 = static_cast<unsigned char>(s[k + 1]);
            auto const& f = two_byte_fold.of[(c0 & 0x1F) << 6 | (c1 & 0x3F)];
            return (c1 & 0xC0) == 0x80 && f.length ? &f : nullptr;
        };
        if (auto const* f = two_byte(i)) {
            // A run of two-byte letters (a word of Cyrillic, Greek, accented Latin …) and the
            // single spaces between such words, in a loop of its own: the ASCII test of the
            // loop above is taken once for the run. It stops where the loop above would, once
            // `at_least` bytes are written.
            if (space) out[n++] = ' ', space = false;
            for (;;) {
                out[n] = f->bytes[0];
                out[n + 1] = f->bytes[1];
                n += f->length;
                i += 2;
                if (n >= at_least || i >= s.size()) break;
                bool const spaced = s[i] == ' ';
                f = two_byte(i + spaced);
                if (!f) break;
                if (spaced) out[n++] = ' ', ++i;
            }
            continue;
        }
        auto const d = decode(s, i);
        i += d.length;
        if (is_fold_space(d.cp)) {
            space = n != 0;
            continue;
        }
        if (space) out[n++] = ' ', space = false;
        n += encode(fold_code_point(d.cp), out + n);
    }
    return n;
}
}  // namespace detail

// Appends the start of fold(s) to `out` (detail::fold_into): at least `at_least` bytes of it,
// or all of it.
inline void fold_append(std::string& out, std::string_view s, std::size_t at_least = std::string_view::npos) {
    // Folded into a buffer and appended at once. On the stack for a text of up to a long
    // paragraph, nearly every text folded; a longer one costs an allocation, not zeroed as the
    // room a resize of `out` adds would be.
    constexpr std::size_t on_stack = 2048;
    std::size_t const room = detail::fold_room(s.size(), at_least);
    if (room <= on_stack) {
        char buf[on_stack];
        out.append(buf, detail::fold_into(buf, s, at_least));
    } else {
        std::unique_ptr<char[]> const buf(new char[room]);
        out.append(buf.get(), detail::fold_into(buf.get(), s, at_least));
    }
}

// The start of fold(s), at least `at_least` bytes of it (fold_append).
inline std::string fold_prefix(std::string_view s, std::size_t at_least) {
    std::string out;
    fold_append(out, s, at_least);
    return out;
}

// A case-folded copy: lower case, typographic quotes as '"', dashes as '-', runs of white
// space as one ' '. The form every table lookup compares.
inline std::string fold(std::string_view s) { return fold_prefix(s, std::string_view::npos); }

// f(fold(s)), or f of its start as fold_prefix(s, at_least) makes it, with the fold on the
// stack when it is short (a name, a word, a cell: most texts a lookup asks about), where a
// string of it longer than the standard library keeps in place cost an allocation and its
// release for one question.
template <class F>
decltype(auto) with_fold(std::string_view s, F&& f, std::size_t at_least = std::string_view::npos) {
    constexpr std::size_t on_stack = 256;
    if (detail::fold_room(s.size(), at_least) <= on_stack) {
        char buf[on_stack];
        return f(std::string_view(buf, detail::fold_into(buf, s, at_least)));
    }
    std::string const folded = fold_prefix(s, at_least);
    return f(std::string_view(folded));
}

// A lower-case copy with the same length, byte for byte: only code points whose lower case
// encodes in as many bytes are changed (all of Latin, Greek and Cyrillic). Offsets into the
// copy are offsets into the original, so grammars can match case-insensitively and still
// report exact positions.
namespace detail {
// The lower case of each two-byte code point (U+0080..U+07FF) where it is another two-byte
// code point, encoded; zeros where lower_same_length keeps the bytes (no lower case, or one of
// another length). The letters of Latin accents, Greek and Cyrillic are then lowered with one
// lookup instead of a decode, a lower case and an encode.
struct two_byte_lower_table {
    char bytes[0x800][2];
    constexpr two_byte_lower_table() : bytes() {
        for (char32_t c = 0x80; c < 0x800; ++c) {
            char32_t const l = to_lower(c);
            if (l == c || l < 0x80 || l >= 0x800) continue;
            bytes[c][0] = static_cast<char>(0xC0 | (l >> 6));
            bytes[c][1] = static_cast<char>(0x80 | (l & 0x3F));
        }
    }
};
inline constexpr two_byte_lower_table two_byte_lower{};
}  // namespace detail

// Writes lower_same_length(s) to `out`, which has room for s.size() bytes: for a caller that
// lowers a short window of a text on the stack.
inline void lower_same_length_into(char* out, std::string_view s) noexcept {
    std::memcpy(out, s.data(), s.size());
    for (std::size_t i = 0; i < s.size();) {
        // ASCII in place, sixteen or eight bytes at a time without decoding: the capitals among
        // them are lowered, and the bytes beyond ASCII left for the decoding below.
#if defined(__SSE2__)
        if (s.size() - i >= 16) {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s.data() + i));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), detail::ascii_lower16(v));
            auto const beyond = static_cast<std::uint32_t>(_mm_movemask_epi8(v));
            if (beyond == 0) {
                i += 16;
                continue;
            }
            i += static_cast<std::size_t>(boost::core::countr_zero(beyond));
        } else
#endif
        if (s.size() - i >= 8) {
            std::uint64_t const w = text::swar::load8(s.data() + i);
            std::uint64_t const lowered = detail::ascii_lower8(w);
            std::memcpy(&out[i], &lowered, 8);
            std::uint64_t const beyond = w & text::swar::highs;
            if (beyond == 0) {
                i += 8;
                continue;
            }
            i += text::swar::first_marked(beyond);
        }
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (b >= 'A' && b <= 'Z') out[i] = static_cast<char>(b | 0x20);
            ++i;
            continue;
        }
        if (auto const two = two_byte_at(s, i); two != 0) {
            auto const& lower = detail::two_byte_lower.bytes[two];
            if (lower[0]) out[i] = lower[0], out[i + 1] = lower[1];
            i += 2;
            continue;
        }
        auto d = decode(s, i);
        if (d.valid) {
            char32_t lower = to_lower(d.cp);
            char bytes[4];
            if (lower != d.cp && encode(lower, bytes) == d.length) std::memcpy(&out[i], bytes, d.length);
        }
        i += d.length;
    }
}

inline std::string lower_same_length(std::string_view s) {
    std::string out(s.size(), '\0');
    lower_same_length_into(out.data(), s);
    return out;
}

}  // namespace utf8
CIVIC_NAMESPACE_END
