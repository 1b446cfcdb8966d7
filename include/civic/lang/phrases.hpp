// Finding the phrases of the language tables in text. Text and phrases are both in the
// folded form of utf8::fold; matches respect word boundaries.
#pragma once
#include <civic/lang/languages.hpp>
#include <civic/text/utf8.hpp>

#include <boost/spirit/home/x3/core/parse.hpp>
#include <boost/spirit/home/x3/string/symbols.hpp>

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace lang {

namespace detail {
// Whether each code point below U+0800 (ASCII and the two-byte letters of Latin, Greek and
// Cyrillic) is a word character, a letter or a digit: one lookup in the scans that run over
// every byte, where the range tests of utf8::is_letter cost more.
struct word_table {
    bool is_word[0x800];
    constexpr word_table() : is_word() {
        for (char32_t c = 0; c < 0x800; ++c) is_word[c] = utf8::is_letter(c) || utf8::is_digit(c);
    }
};
inline constexpr word_table words{};

inline bool is_word_char(char32_t c) noexcept {
    return c < 0x800 ? words.is_word[c] : utf8::is_letter(c) || utf8::is_digit(c);
}
inline bool word_char_before(std::string_view s, std::size_t i) {
    if (i == 0) return false;
    std::size_t b = i - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    return is_word_char(utf8::decode(s, b).cp);
}
inline bool word_char_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return false;
    return is_word_char(utf8::decode(s, i).cp);
}
// Calls f(pair) for each pair of first bytes (first << 8 | second) that a text shows where
// `phrase` starts: the phrase's own two, or any second byte after a one-byte phrase.
template <class F>
void for_each_first_pair(std::string_view phrase, F&& f) {
    auto const b0 = static_cast<std::size_t>(static_cast<unsigned char>(phrase[0]));
    if (phrase.size() == 1) {
        for (std::size_t b1 = 0; b1 < 256; ++b1) f(b0 << 8 | b1);
    } else {
        f(b0 << 8 | static_cast<unsigned char>(phrase[1]));
    }
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

// Every phrase of one field of every table, in a ternary search tree (X3's symbols), so
// that a text is scanned once, not once per phrase and language.
template <auto Field>
class phrase_index {
public:
    static phrase_index const& get() {
        static phrase_index const index;  // built on first use; thread-safe
        return index;
    }

    // The longest phrase that starts at `pos` and ends at a word boundary.
    phrase_match at(std::string_view folded, std::size_t pos, language_table const* preferred) const {
        char const* first = folded.data() + pos;
        char const* const last = folded.data() + folded.size();
        std::size_t id = 0;
        if (!boost::spirit::x3::parse(first, last, symbols_, id)) return {};
        auto const& e = entries_[id];
        std::size_t const end = static_cast<std::size_t>(first - folded.data());
        if (detail::phrase_edge_is_word(e.phrase, true) && detail::word_char_at(folded, end)) return {};
        language_table const* table = e.tables.front();
        for (auto const* t : e.tables)
            if (t == preferred) table = t;
        return {pos, e.phrase, table};
    }

    // Whether some phrase starts with the bytes `b0 b1` (b1 is 0 at the end of the text):
    // most places in a text start none, and this answers without walking the tree. Two
    // bytes, not one: nearly every letter begins some phrase, few letter pairs do.
    bool may_start_with(unsigned char b0, unsigned char b1) const noexcept {
        return first_pairs_[static_cast<std::size_t>(b0) << 8 | b1];
    }

    // Bytes of the longest phrase.
    std::size_t longest() const noexcept { return longest_; }

private:
    struct entry {
        std::string_view phrase;
        std::vector<language_table const*> tables;  // every table that lists it, in table order
    };

    phrase_index() {
        for (auto const* t : all_languages)
            for (auto const& item : t->*Field) {
                std::string_view p = phrase_of(item);
                if (p.empty()) continue;
                detail::for_each_first_pair(p, [&](std::size_t pair) { first_pairs_.set(pair); });
                longest_ = std::max(longest_, p.size());
                if (auto* id = symbols_.find(p)) {
                    entries_[*id].tables.push_back(t);
                } else {
                    symbols_.add(p, entries_.size());
                    entries_.push_back({p, {t}});
                }
            }
    }

    boost::spirit::x3::symbols<std::size_t> symbols_;
    std::vector<entry> entries_;
    std::bitset<256 * 256> first_pairs_;
    std::size_t longest_ = 0;
};

// The earliest match of any phrase of `Field` in any language table (the longest at that
// place); where several tables list it, `preferred` is named as its table.
template <auto Field>
phrase_match find_any(std::string_view folded, language_table const* preferred = nullptr) {
    auto const& index = phrase_index<Field>::get();
    // One pass, code point by code point, carrying whether the one before is a word character
    // (rather than decoding backwards at every byte): a phrase starts only after a non-word one.
    bool word_before = false;
    std::size_t const size = folded.size();
    for (std::size_t pos = 0; pos < size;) {
        auto const b = static_cast<unsigned char>(folded[pos]);
        if (!word_before) {
            auto const next = pos + 1 < size ? static_cast<unsigned char>(folded[pos + 1]) : 0;
            if (index.may_start_with(b, next))
                if (auto m = index.at(folded, pos, preferred)) return m;
        }
        if (b < 0x80) {
            word_before = detail::words.is_word[b];
            ++pos;
            // No phrase starts inside a word: the rest of its ASCII letters, most words, are
            // passed eight bytes at a time.
            if (word_before)
                while (pos + 8 <= size) {
                    auto const k = utf8::leading_ascii_letters(folded.data() + pos);
                    pos += k;
                    if (k < 8) break;
                }
        } else {
            auto const d = utf8::decode(folded, pos);
            word_before = detail::is_word_char(d.cp);
            pos += d.length;
        }
    }
    return {};
}

// The fold of the start of `text`, long enough to hold any phrase of `Field` and the
// character after it, or only the two bytes that show that no phrase begins it (most texts):
// what starts_with_any<Field> needs to answer as it would for the whole text's fold.
template <auto Field>
std::string fold_start_for(std::string_view text) {
    auto const& index = phrase_index<Field>::get();
    auto start = utf8::fold_prefix(text, 2);
    if (start.empty()) return start;
    auto const b1 = start.size() > 1 ? static_cast<unsigned char>(start[1]) : 0;
    if (!index.may_start_with(static_cast<unsigned char>(start[0]), b1)) return start;
    return utf8::fold_prefix(text, index.longest() + 4);
}

// Every phrase of one field of every table, in table order, by their first two bytes: for
// the searches that need every phrase that matches at a place, not only the longest.
template <auto Field>
class phrase_buckets {
public:
    struct item {
        std::string_view phrase;
        language_table const* table;
    };

    static phrase_buckets const& get() {
        static phrase_buckets const buckets;  // built on first use; thread-safe
        return buckets;
    }

    // The phrases that begin with the bytes `b0 b1`, and the one-byte phrase `b0`, in table order.
    std::vector<item> const& starting_with(unsigned char b0, unsigned char b1) const {
        static std::vector<item> const none;
        auto const it = index_[static_cast<std::size_t>(b0) << 8 | b1];
        return it ? lists_[it - 1] : none;
    }

private:
    phrase_buckets() {
        for (auto const* t : all_languages)
            for (auto const& entry : t->*Field) {
                std::string_view const p = phrase_of(entry);
                if (!p.empty()) detail::for_each_first_pair(p, [&](std::size_t pair) { add(pair, {p, t}); });
            }
    }

    void add(std::size_t pair, item i) {
        if (!index_[pair]) {
            lists_.emplace_back();
            index_[pair] = static_cast<std::uint32_t>(lists_.size());
        }
        lists_[index_[pair] - 1].push_back(i);
    }

    std::vector<std::vector<item>> lists_;
    std::vector<std::uint32_t> index_ = std::vector<std::uint32_t>(256 * 256, 0);  // 1 + index into lists_
};

// The last place in `text` where a phrase of `Field` stands as whole words (find_phrase's
// rule), and the longest phrase there; where several tables list it, the first table's.
// One pass over the text, not one search per phrase of every table.
template <auto Field>
phrase_match find_last(std::string_view text) {
    auto const& buckets = phrase_buckets<Field>::get();
    phrase_match best;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        auto const b0 = static_cast<unsigned char>(text[pos]);
        auto const b1 = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
        for (auto const& i : buckets.starting_with(b0, b1)) {
            if (text.compare(pos, i.phrase.size(), i.phrase) != 0) continue;
            if (detail::phrase_edge_is_word(i.phrase, false) && detail::word_char_before(text, pos)) continue;
            if (detail::phrase_edge_is_word(i.phrase, true) && detail::word_char_at(text, pos + i.phrase.size())) continue;
            if (!best || pos > best.position || i.phrase.size() > best.phrase.size()) best = {pos, i.phrase, i.table};
        }
    }
    return best;
}

// Whether `folded` begins with one of the phrases of `Field` (the longest wins).
template <auto Field>
phrase_match starts_with_any(std::string_view folded) {
    if (folded.empty()) return {};
    return phrase_index<Field>::get().at(folded, 0, nullptr);
}

}  // namespace lang
CIVIC_NAMESPACE_END
