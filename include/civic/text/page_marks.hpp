// The number of a page as a PDF prints it, alone or at the end of a running header or footer:
// "Page 2 of 5", "Seite 2 von 5", "Стр. 2 из 5", "2 / 5", "2/5", "2 | Page". Told by its shape,
// not by the words of the tables: the page's number and the number of pages around a short
// word or a slash, and at most one word before them; or the number, a bar and a page's word.
#pragma once
#include <civic/config.hpp>
#include <civic/text/short_find.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// Such a mark at the end of a line: where it begins (its page word, if it has one), and
// whether it has a page word or a slash ("Page 2 of 5", "2/5") rather than a bare pair of
// numbers around a word ("2 of 5").
struct page_mark {
    std::size_t begin;
    bool worded;
};

namespace page_mark_detail {
constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
// A byte of a word: an ASCII letter or a byte of a multi-byte character (Cyrillic, accents).
constexpr bool word_byte(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}
// The number of one to three digits that ends at `end`, and where it begins; 0 for none.
constexpr int number_before(std::string_view s, std::size_t end, std::size_t& begin) noexcept {
    begin = end;
    while (begin > 0 && digit(s[begin - 1]) && end - begin < 4) --begin;
    if (begin == end || end - begin > 3 || (begin > 0 && digit(s[begin - 1]))) return 0;
    int n = 0;
    for (std::size_t i = begin; i < end; ++i) n = n * 10 + (s[i] - '0');
    return n;
}
constexpr std::size_t skip_spaces_back(std::string_view s, std::size_t at) noexcept {
    while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\t')) --at;
    return at;
}
// The words a page's number alone may follow ("Page 2", "p. 2", "Seite 2", "Стр. 2"), in lower
// case. A word of the text before a number ("Article 19") is no page's.
inline constexpr std::string_view page_words[] = {
    "page", "p.", "pg.", "seite", "s.", "strona", "str.", "pagina", "p\xC3\xA1gina", "pag.", "p\xC3\xA1g.",
    "\xD1\x81\xD1\x82\xD1\x80.",                                      // стр.
    "\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB0",      // страница
    "\xD1\x81\xD1\x82\xD0\xBE\xD1\x80\xD1\x96\xD0\xBD\xD0\xBA\xD0\xB0",      // сторінка
    "\xD1\x81\xD1\x82\xD0\xBE\xD1\x80.",                              // стор.
};
// Whether `word` is one of them, its first letter in either case (ASCII, or Cyrillic "С").
constexpr bool is_page_word(std::string_view word) noexcept {
    // "С" (D0 A1) is "с" (D1 81), the page words' one Cyrillic capital: both two bytes.
    bool const cyrillic_capital = word.size() >= 2 && word[0] == '\xD0' && word[1] == '\xA1';
    for (auto w : page_words) {
        if (w.size() != word.size()) continue;
        std::size_t i = 0;
        if (cyrillic_capital) {
            if (w[0] != '\xD1' || w[1] != '\x81') continue;
            i = 2;
        }
        bool same = true;
        for (; same && i < w.size(); ++i) {
            char c = word[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            same = c == w[i];
        }
        if (same) return true;
    }
    return false;
}
// "2 | Page", "2 | P a g e": a word processor's footer sets the page's word after the number
// and a bar, its letters spaced out at times. Where the bar is, within the last bytes before
// `end`; npos when the text before `end` ends with no such word.
constexpr std::size_t bar_before_page_word(std::string_view s, std::size_t end) noexcept {
    // Every page word ends with "e", "a", a full stop or Cyrillic "а" (D0 B0), in either case
    // for ASCII: a line that ends with another byte (most names: "Association No 12 (Chile)")
    // is passed without searching its last bytes for a bar.
    if (end == 0) return std::string_view::npos;
    char const last = static_cast<char>(s[end - 1] | 0x20);
    if (last != 'e' && last != 'a' && s[end - 1] != '.' && s[end - 1] != '\xB0') return std::string_view::npos;
    std::size_t const from = end > 24 ? end - 24 : 0;
    std::size_t const bar = s.substr(from, end - from).rfind('|');
    if (bar == std::string_view::npos) return bar;
    char word[16]{};
    std::size_t size = 0;
    for (std::size_t i = from + bar + 1; i < end; ++i) {
        if (s[i] == ' ') continue;
        if (size == sizeof word || !(word_byte(s[i]) || s[i] == '.')) return std::string_view::npos;
        word[size++] = s[i];
    }
    return size > 0 && is_page_word(std::string_view(word, size)) ? from + bar : std::string_view::npos;
}
}  // namespace page_mark_detail

// The page mark `line` ends with (white space after it allowed), if it ends with one: its
// numbers, or a number and the page's word after a bar ("2 | Page").
constexpr std::optional<page_mark> page_mark_at_end(std::string_view line) noexcept {
    using namespace page_mark_detail;
    std::size_t const end = skip_spaces_back(line, line.size());
    // "Joint statement      2 | P a g e": the number before the bar and the page's word.
    if (end > 0 && !digit(line[end - 1])) {
        std::size_t const bar = bar_before_page_word(line, end);
        std::size_t number_begin = 0;
        if (bar == std::string_view::npos || number_before(line, skip_spaces_back(line, bar), number_begin) == 0) return std::nullopt;
        return page_mark{number_begin, true};
    }
    std::size_t all_begin = 0, page_begin = 0;
    int const all = number_before(line, end, all_begin);
    if (all == 0) return std::nullopt;
    std::size_t at = skip_spaces_back(line, all_begin);
    bool slash = false;
    if (at > 0 && line[at - 1] == '/') {
        slash = true;
        at = skip_spaces_back(line, at - 1);
    } else {
        // "of", "von", "из", "z", "din": a short word between spaces.
        std::size_t word = at;
        while (word > 0 && word_byte(line[word - 1]) && at - word <= 8) --word;
        if (word == at || at - word > 8 || at == all_begin || word == 0 || line[word - 1] != ' ') return std::nullopt;
        at = skip_spaces_back(line, word);
    }
    int const page = number_before(line, at, page_begin);
    if (page == 0 || page > all) return std::nullopt;
    // "Page", "Seite", "Стр.": one word before the numbers, of letters and a full stop.
    std::size_t const before = skip_spaces_back(line, page_begin);
    std::size_t word = before;
    while (word > 0 && (word_byte(line[word - 1]) || line[word - 1] == '.') && before - word <= 16) --word;
    bool const page_word = word < before && before < page_begin && before - word <= 16 &&
                           (word == 0 || line[word - 1] == ' ' || line[word - 1] == '\t');
    return page_mark{page_word ? word : page_begin, page_word || slash};
}

// "Joint Statement – Serbia        1 | P a g e", "Lakeshore Rights Watch      Page 2 of 5": a running
// header or footer, its words and the page's mark with its word or slash after a gap of spaces
// (white space after it allowed).
// `mark`: the page mark `line` ends with.
constexpr bool spaced_from_words(std::string_view line, page_mark mark) noexcept {
    return mark.worded && mark.begin >= 3 && line.substr(mark.begin - 3, 3) == "   ";
}
constexpr bool ends_with_spaced_page_mark(std::string_view line) noexcept {
    auto const mark = page_mark_at_end(line);
    return mark && spaced_from_words(line, *mark);
}

// The length of the dash that ends `line`: an en or em dash (3 bytes), a hyphen (1); 0 for none.
constexpr std::size_t closing_dash_length(std::string_view line) noexcept {
    if (line.size() >= 3 && dash_length_at(line, line.size() - 3) == 3) return 3;
    return !line.empty() && line.back() == '-' ? 1 : 0;
}

// A line that is a page's number and nothing else, as a PDF prints it at a page's foot or
// head: "Page 2 of 5", "2 / 5", "2/5", "- 2 -", "2", "3 | P a g e". A number alone on its line
// is no signer, call or headline either, so the clean-up rejoins a paragraph around it and the
// recognisers pass it by.
constexpr bool is_page_number_alone(std::string_view line) noexcept {
    using namespace page_mark_detail;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty()) return false;
    while (line.front() == ' ' || line.front() == '\t') line.remove_prefix(1);
    // Every other shape ends with a digit or a dash: most lines are passed at their last byte.
    if (!(digit(line.back()) || line.back() == '-' || static_cast<unsigned char>(line.back()) == 0x93 ||
          static_cast<unsigned char>(line.back()) == 0x94)) {
        // "3 | P a g e": the page's word after the number and a bar.
        auto const mark = line.size() <= 32 ? page_mark_at_end(line) : std::nullopt;
        return mark && mark->begin == 0;
    }
    // "- 2 -", "– 2 –": the number between two dashes.
    std::size_t const open = dash_length_at(line, 0);
    if (open > 0 && line.size() > open) {
        std::size_t const closing = closing_dash_length(line);
        std::size_t const close = closing > 0 ? line.size() - closing : 0;
        if (close <= open) return false;
        line = line.substr(open, close - open);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
        std::size_t begin = 0;
        return number_before(line, line.size(), begin) != 0 && begin == 0;
    }
    if (line.empty() || line.size() > 32) return false;
    std::size_t begin = 0;
    if (number_before(line, line.size(), begin) != 0 && begin == 0) return line.front() != '0';
    // "Page 2", "Стр. 2": a page's word and its number alone.
    if (begin > 1 && line[begin - 1] == ' ') {
        auto word = line.substr(0, begin - 1);
        while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
        if (word.find(' ') == std::string_view::npos && is_page_word(word)) return true;
    }
    auto const mark = page_mark_at_end(line);
    return mark && mark->begin == 0;
}

}  // namespace text
CIVIC_NAMESPACE_END
