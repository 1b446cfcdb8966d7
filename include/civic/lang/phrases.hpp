// Finding the phrases of the language tables in text. Text and phrases are both in the
// folded form of utf8::fold; matches respect word boundaries.
#pragma once
#include <civic/lang/languages.hpp>
#include <civic/text/utf8.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace lang {

namespace detail {
inline bool word_char_before(std::string_view s, std::size_t i) {
    if (i == 0) return false;
    std::size_t b = i - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    auto c = utf8::decode(s, b).cp;
    return utf8::is_letter(c) || utf8::is_digit(c);
}
inline bool word_char_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return false;
    auto c = utf8::decode(s, i).cp;
    return utf8::is_letter(c) || utf8::is_digit(c);
}
inline bool phrase_edge_is_word(std::string_view phrase, bool at_end) {
    if (phrase.empty()) return false;
    if (!at_end) return word_char_at(phrase, 0);
    return word_char_before(phrase, phrase.size());
}
}  // namespace detail

// Position of `phrase` in `folded` as whole words, from `from`; npos if absent.
inline std::size_t find_phrase(std::string_view folded, std::string_view phrase, std::size_t from = 0) {
    if (phrase.empty()) return std::string_view::npos;
    bool const check_start = detail::phrase_edge_is_word(phrase, false);
    bool const check_end = detail::phrase_edge_is_word(phrase, true);
    for (std::size_t pos = folded.find(phrase, from); pos != std::string_view::npos;
         pos = folded.find(phrase, pos + 1)) {
        if (check_start && detail::word_char_before(folded, pos)) continue;
        if (check_end && detail::word_char_at(folded, pos + phrase.size())) continue;
        return pos;
    }
    return std::string_view::npos;
}

inline bool starts_with_phrase(std::string_view folded, std::string_view phrase) {
    return folded.size() >= phrase.size() && folded.compare(0, phrase.size(), phrase) == 0 &&
           !(detail::phrase_edge_is_word(phrase, true) && detail::word_char_at(folded, phrase.size()));
}

// The phrase of a table entry, whatever the entry's type.
inline std::string_view phrase_of(std::string_view p) noexcept { return p; }
inline std::string_view phrase_of(kind_word const& k) noexcept { return k.phrase; }
inline std::string_view phrase_of(month_name const& m) noexcept { return m.name; }

// A match of one of a table's phrases.
struct phrase_match {
    std::size_t position = std::string_view::npos;
    std::string_view phrase;
    language_table const* table = nullptr;
    explicit operator bool() const noexcept { return position != std::string_view::npos; }
};

// The earliest match of any phrase of `field` in any language table; `preferred` is
// searched first so that its phrases win ties.
template <class Field>
phrase_match find_any(std::string_view folded, Field field, language_table const* preferred = nullptr) {
    phrase_match best;
    auto scan = [&](language_table const* t) {
        for (auto const& entry : t->*field) {
            std::string_view p = phrase_of(entry);
            auto pos = find_phrase(folded, p);
            if (pos != std::string_view::npos &&
                (pos < best.position || (pos == best.position && p.size() > best.phrase.size())))
                best = {pos, p, t};
        }
    };
    if (preferred) scan(preferred);
    for (auto const* t : all_languages)
        if (t != preferred) scan(t);
    return best;
}

// Whether `folded` begins with one of the phrases of `field` (the longest wins).
template <class Field>
phrase_match starts_with_any(std::string_view folded, Field field) {
    phrase_match best;
    for (auto const* t : all_languages)
        for (auto const& entry : t->*field)
            if (std::string_view p = phrase_of(entry); starts_with_phrase(folded, p) && (!best || p.size() > best.phrase.size())) best = {0, p, t};
    return best;
}

}  // namespace lang
CIVIC_NAMESPACE_END
