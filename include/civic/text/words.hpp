// Words of a text as the recognisers count them: the runs that its spaces separate.
#pragma once
#include <civic/config.hpp>
#include <civic/text/swar.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// The words of `s`: one more than its spaces, none for an empty text. Counted only up to
// `at_most`: a rule that asks whether a paragraph has more than six words reads it to its
// sixth space, not to its end.
// The spaces are counted eight bytes at a time (a paragraph's words are a few bytes each, and
// a search for each space was a call a word).
inline std::size_t word_count(std::string_view s, std::size_t at_most = std::string_view::npos) noexcept {
    if (s.empty()) return 0;
    std::size_t const most = std::max<std::size_t>(at_most, 1);
    std::size_t n = 1, i = 0;
    for (; i + 8 <= s.size() && n < most; i += 8) n += swar::count_marked(swar::equal_to(swar::load8(s.data() + i), ' '));
    for (; i < s.size() && n < most; ++i) n += s[i] == ' ';
    return std::min(n, most);
}

// Whether `s` holds an ASCII digit: a plain loop, where find_first_of("0123456789") searches
// the ten digits for each byte.
inline bool has_digit(std::string_view s) noexcept {
    for (char c : s)
        if (c >= '0' && c <= '9') return true;
    return false;
}

// Where the number that opens `s` ends: its digits, then each group of three digits after a
// separator of thousands ("1,204 signatures", "12.500 Unterschriften"); 0 where `s` opens with
// no digit.
inline std::size_t digit_groups_end(std::string_view s) noexcept {
    auto const digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t end = 0;
    while (end < s.size() && digit(s[end])) ++end;
    while (end > 0 && end + 3 < s.size() && (s[end] == ',' || s[end] == '.') && digit(s[end + 1]) && digit(s[end + 2]) &&
           digit(s[end + 3])) {
        end += 4;
        while (end < s.size() && digit(s[end])) ++end;
    }
    return end;
}

// Whether `s` holds a gap: three spaces or more in a row, as between a table's cells or a PDF's
// columns ("Organisation      Country"). Each window of three bytes is asked by its last byte
// first: where that is no space, no gap can hold it and the search steps past it. A line of
// prose, a space between each word, is so read a third of its bytes, where a library search
// stops at every space.
inline bool has_gap(std::string_view s) noexcept {
    for (std::size_t i = 2; i < s.size();) {
        if (s[i] != ' ') {
            i += 3;
        } else if (s[i - 1] != ' ') {
            i += 2;
        } else if (s[i - 2] != ' ') {
            i += 1;
        } else {
            return true;
        }
    }
    return false;
}

// Whether `s` holds a letter of any script (not only numbers, punctuation or pictographs).
inline bool has_letter(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        auto const d = utf8::decode(s, i);
        if (utf8::is_letter(d.cp)) return true;
        i += d.length;
    }
    return false;
}

// Where the word that goes on at `from` ends: the next space at or after it, or the end of
// `s`. A plain loop: the words of a name are a few bytes, fewer than a library search costs
// to start.
inline std::size_t word_end(std::string_view s, std::size_t from) noexcept {
    while (from < s.size() && s[from] != ' ') ++from;
    return from;
}

// Whether a code point is a currency's sign: '$', "¢£¤¥" (U+00A2..U+00A5) and the block of
// currency signs ("€", "₹", "₦"), as an amount opens ("$1.2 trillion", "€ 40", "US$ 5bn").
inline bool is_currency_sign(char32_t cp) noexcept {
    return cp == '$' || (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
}

// The bytes of the superscript digit that starts at s[i] ("¹" "²" "³" are C2 B9, C2 B2, C2 B3;
// "⁰" and "⁴" to "⁹" E2 81 B0, E2 81 B4 … B9), or 0: a footnote's mark ("Name¹", "¹ Joined …").
inline std::size_t superscript_digit_at(std::string_view s, std::size_t i) noexcept {
    if (i + 2 <= s.size() && s[i] == '\xC2' && (s[i + 1] == '\xB9' || s[i + 1] == '\xB2' || s[i + 1] == '\xB3')) return 2;
    if (i + 3 <= s.size() && s[i] == '\xE2' && s[i + 1] == '\x81' &&
        (s[i + 2] == '\xB0' || (s[i + 2] >= '\xB4' && s[i + 2] <= '\xB9')))
        return 3;
    return 0;
}

// How many bytes at the end of `s` mark a footnote: "*", a superscript number ("¹", "²³"),
// a number in square brackets ("[1]"), or one or two digits glued to a closing parenthesis
// ("(CIHRS)1"); 0 for none.
inline std::size_t footnote_mark_at_end(std::string_view s) noexcept {
    if (s.empty()) return 0;
    if (s.back() == '*') return 1;
    if (s.back() == ']') {
        std::size_t i = s.size() - 1;
        while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') --i;
        return i > 0 && i < s.size() - 1 && s[i - 1] == '[' ? s.size() - i + 1 : 0;
    }
    if (s.back() >= '0' && s.back() <= '9') {
        // "(CIHRS)1": a PDF's note number, its superscript lost, glued to the parenthesis. Not
        // after a word: "Number1", "Number2" may be names.
        std::size_t i = s.size() - 1;
        if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') --i;
        return i > 0 && s[i - 1] == ')' ? s.size() - i : 0;
    }
    // A superscript digit ends in a continuation byte: a text that ends in ASCII, most names, has none.
    if (static_cast<unsigned char>(s.back()) < 0x80) return 0;
    std::size_t end = s.size();
    while (true) {
        if (end >= 2 && superscript_digit_at(s, end - 2) == 2) end -= 2;
        else if (end >= 3 && superscript_digit_at(s, end - 3) == 3) end -= 3;
        else break;
    }
    return s.size() - end;
}

// "S I G N A T O R I E S", "L I S T   O F   S I G N E R S": a heading that a PDF set with its
// letters spaced out, a character and a space in turn, its words apart by more spaces. Its
// words closed up into `out`, which has room for `text.size()` bytes; empty when `text` is
// not so spaced, or has fewer than four characters.
inline std::string_view close_spaced_letters(std::string_view text, char* out) noexcept {
    auto const continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    // Most lines have no space after their first character: they are passed at a test or two.
    std::size_t first = 1;
    while (first < text.size() && first < 4 && continuation(text[first])) ++first;
    if (text.size() < 7 || first >= text.size() || text[first] != ' ') return {};
    std::size_t size = 0, characters = 0;
    for (std::size_t i = 0; i < text.size();) {
        out[size++] = text[i++];
        while (i < text.size() && continuation(text[i])) out[size++] = text[i++];
        ++characters;
        std::size_t spaces = 0;
        for (; i < text.size() && text[i] == ' '; ++i) ++spaces;
        if (i == text.size()) break;
        if (spaces == 0) return {};
        if (spaces > 1) out[size++] = ' ';
    }
    return characters >= 4 ? std::string_view(out, size) : std::string_view();
}

}  // namespace text
CIVIC_NAMESPACE_END
