// Whether a line of an address holds its postcode or its building's number, by its words.
#pragma once
#include <civic/config.hpp>
#include <civic/text/utf8.hpp>
#include <civic/text/words.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// An address's line with its postcode or its building's number: "London SW1A 2AH", "Washington,
// DC 20515", "DK-1456 Copenhagen K", "2138 Rayburn House Office Building". A few words, each
// capitalised or a number, one a run of four digits or more that is no year ("Elections 2026"),
// or a code of at most three capitals and digits ("SW1A", "DK-1456"; not "COVID-19").
inline bool words_hold_postcode(std::string_view t) {
    if (t.size() > 50 || word_count(t, 7) > 6) return false;
    bool postcode = false;
    for (std::size_t at = 0; at < t.size();) {
        auto end = t.find(' ', at);
        if (end == std::string_view::npos) end = t.size();
        auto const word = t.substr(at, end - at);
        at = end + 1;
        if (word.empty()) continue;
        auto const first = utf8::decode(word, 0).cp;
        if (!utf8::is_upper_letter(first) && !utf8::is_digit(first)) return false;
        std::size_t digits = 0, run = 0, longest = 0, capitals = 0, lower = 0;
        for (char const c : word) {
            if (c >= '0' && c <= '9') {
                ++digits;
                longest = std::max(longest, ++run);
                continue;
            }
            run = 0;
            capitals += c >= 'A' && c <= 'Z';
            lower += (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
        }
        if (digits == 0 || lower > 0) continue;
        bool const year = longest == 4 && word.size() == 4 && (word.compare(0, 2, "19") == 0 || word.compare(0, 2, "20") == 0);
        postcode = postcode || (capitals > 0 ? capitals <= 3 : longest >= 4 && !year);
    }
    return postcode;
}

// Whether `t` may hold a postcode as words_hold_postcode reads it, by its bytes alone: six words
// at most, none opening with an ASCII byte other than a capital or a digit, and one with a digit
// and a capital ("SW1A", "DK-1456") or a run of four digits ("20515"). The words' first bytes
// are asked first, from space to space (memchr): a list's entry with a number is most often told
// there ("Association No 12 (Chile)" at its parenthesis); where they pass ("12. Alpha Watch,
// Kenya"), one walk of the bytes finds no such word. Reading each word as a name costs several
// times more.
inline bool may_hold_postcode(std::string_view t) {
    std::size_t spaces = 0;
    for (std::size_t at = 0; at < t.size();) {
        // A word opens at `at`, or a second space stands there (an empty word, which opens with nothing).
        if (auto const c = t[at]; c != ' ' && static_cast<unsigned char>(c) < 0x80 && !(c >= 'A' && c <= 'Z') &&
                                  !(c >= '0' && c <= '9'))
            return false;
        auto const space = t.find(' ', at);
        if (space == std::string_view::npos) break;
        if (++spaces >= 6) return false;  // seven words (word_count counts one more than the spaces)
        at = space + 1;
    }
    bool digit = false, capital = false;
    std::size_t run = 0;
    for (char const c : t) {
        if (c == ' ') {
            digit = capital = false, run = 0;
        } else if (c >= '0' && c <= '9') {
            if (++run >= 4 || capital) return true;
            digit = true;
        } else {
            run = 0;
            if (c >= 'A' && c <= 'Z') {
                if (digit) return true;
                capital = true;
            }
        }
    }
    return false;
}

// Whether `t` is an address's line with its postcode (words_hold_postcode), asked of its bytes
// first.
inline bool holds_postcode(std::string_view t) {
    return t.size() <= 50 && may_hold_postcode(t) && words_hold_postcode(t);
}

// A street's line of an address, its building's number first or last: "Avenida Libertad 450",
// "Av. Libertad 123", "14 Harbour Street", "Alt-Moabit 140", "Calle Mayor 5b". A few words (two to
// five), the first capitalised or the number; the number one to four digits, a letter after it at
// most; the other words open with a capital, or are short words in lower case between them ("del",
// "de la"). No date is read so by the caller's choice: "5 May" is one.
inline bool words_hold_street_number(std::string_view t) {
    if (t.size() > 50) return false;
    auto const words = word_count(t, 6);
    if (words < 2 || words > 5) return false;
    auto const number = [](std::string_view w) {
        std::size_t digits = 0;
        while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
        return digits >= 1 && digits <= 4 && w.size() - digits <= 1 && (digits == w.size() || (w.back() >= 'a' && w.back() <= 'z'));
    };
    auto const first_space = t.find(' '), last_space = t.rfind(' ');
    bool const number_first = number(t.substr(0, first_space)), number_last = number(t.substr(last_space + 1));
    if (number_first == number_last) return false;
    auto const named = number_first ? t.substr(first_space + 1) : t.substr(0, last_space);
    if (!utf8::is_upper_letter(utf8::decode(named, 0).cp)) return false;
    for (std::size_t at = 0; at < named.size();) {
        auto end = named.find(' ', at);
        if (end == std::string_view::npos) end = named.size();
        auto const word = named.substr(at, end - at);
        at = end + 1;
        if (word.empty() || has_digit(word)) return false;
        if (!utf8::is_upper_letter(utf8::decode(word, 0).cp) && word.size() > 3) return false;
    }
    return true;
}

}  // namespace text
CIVIC_NAMESPACE_END
