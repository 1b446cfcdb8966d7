// Finding the phrases of the language tables in text. Text and phrases are both in the
// folded form of utf8::fold; matches respect word boundaries.
#pragma once
#include <civic/lang/languages.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
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
    return i > 0 && is_word_char(utf8::decode_before(s, i).cp);
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

// Phrases, each with the tables that list it, in one trie, so that a text is scanned once,
// not once per phrase and language. The trie is flat: its nodes in one array, the children of a
// node side by side, and a chain of single-child bytes kept as one label compared in a loop
// (most phrases share only their first bytes with another), so a walk is few steps and no
// pointer chasing. The first byte picks the first node from a table of 256.
// Not a template: the one build serves every field (phrase_index<Field> gathers the phrases).
class phrase_trie {
public:
    using listing = std::vector<std::pair<std::string_view, language_table const*>>;

    // `listed`: every (phrase, table) in table order; empty phrases are left out.
    explicit phrase_trie(listing const& listed) : phrase_trie(std::vector<listing>{listed}) {}

    // The phrases of several fields in one trie, `fields[k]` the listing of field k (8 at
    // most): each phrase knows the fields that list it, and fields_at() asks them all in one
    // walk, where a trie a field walked the same text once a field.
    explicit phrase_trie(std::vector<listing> const& fields) {
        struct listed_phrase {
            std::string_view phrase;
            language_table const* table;
            std::uint8_t field;  // its bit
        };
        std::vector<listed_phrase> listed;
        for (std::size_t k = 0; k < fields.size(); ++k)
            for (auto const& [p, t] : fields[k]) {
                detail::for_each_first_pair(p, [&](std::size_t pair) { first_pairs_.set(pair); });
                longest_ = std::max(longest_, p.size());
                listed.push_back({p, t, static_cast<std::uint8_t>(1u << k)});
            }
        // Sorted by phrase, stably, so that each phrase's tables stay in table order.
        std::stable_sort(listed.begin(), listed.end(), [](auto const& a, auto const& b) { return a.phrase < b.phrase; });
        for (auto const& [p, t, field] : listed) {
            if (!entries_.empty() && entries_.back().phrase == p) {
                ++entries_.back().table_count;
                entries_.back().fields |= field;
            } else {
                entries_.push_back({p, static_cast<std::uint32_t>(tables_.size()), 1, detail::phrase_edge_is_word(p, false),
                                    detail::phrase_edge_is_word(p, true), field});
            }
            tables_.push_back(t);
        }
        build_trie();
    }

    // The longest phrase that starts at `pos` and ends at a word boundary. Only the longest is
    // tried: when it ends inside a word, no shorter phrase is taken in its place.
    CIVIC_ALWAYS_INLINE phrase_match at(std::string_view folded, std::size_t pos, language_table const* preferred) const {
        auto const w = walk(folded.substr(pos));
        if (w.entry == none) return {};
        auto const& e = entries_[w.entry];
        if (e.ends_in_word && detail::word_char_at(folded, pos + w.end)) return {};
        auto const first = tables_.begin() + e.first_table;
        auto const last = first + e.table_count;
        bool const listed = preferred && std::find(first, last, preferred) != last;
        return {pos, e.phrase, listed ? preferred : *first};
    }

    // Of the fields in `wanted` (bits of the constructor's fields), those whose longest phrase
    // starting at `pos` ends at a word boundary: at(folded, pos, ·) on each field's own trie
    // finds a phrase. One walk for all: the phrases it passes come shortest first, so each
    // field's answer is that of the last of its phrases passed ("we" may stand whole where
    // "we call" runs on into "we calling").
    CIVIC_ALWAYS_INLINE std::uint8_t fields_at(std::string_view folded, std::size_t pos, std::uint8_t wanted) const {
        std::uint8_t whole = 0;
        walk_each(std::string_view(folded.data() + pos, folded.size() - pos), [&](std::uint32_t entry, std::size_t end) {
            auto const& e = entries_[entry];
            auto const fields = static_cast<std::uint8_t>(e.fields & wanted);
            if (fields == 0) return;
            bool const at_boundary = !(e.ends_in_word && detail::word_char_at(folded, pos + end));
            whole = static_cast<std::uint8_t>(at_boundary ? whole | fields : whole & ~fields);
        });
        return whole;
    }

    // The longest phrase that stands at `pos` as whole words by find_phrase's rule (a phrase
    // that begins with a word character begins a word, one that ends with one ends a word):
    // every phrase the walk passes is tried, not only the longest. Where several tables list
    // it, the first is named.
    phrase_match longest_whole_at(std::string_view text, std::size_t pos) const {
        phrase_match best;
        auto const s = text.substr(pos);
        if (s.empty()) return best;
        int word_before = -1;  // whether a word character ends before `pos`, once asked
        walk_each(s, [&](std::uint32_t entry, std::size_t end) {
            auto const& e = entries_[entry];
            bool whole = !(e.ends_in_word && detail::word_char_at(text, pos + end));
            if (whole && e.starts_in_word) {
                if (word_before < 0) word_before = detail::word_char_before(text, pos);
                whole = word_before == 0;
            }
            if (whole) best = {pos, e.phrase, tables_[e.first_table]};
        });
        return best;
    }

    // Whether `start`, the start of a folded text, holds all that at(·, 0, ·) reads of the
    // whole text: the walk down the trie ended on one of its bytes, not at its end, and the
    // character after the phrase found (the word boundary, which callers look at too) is in it.
    bool decides(std::string_view start) const noexcept {
        // Most texts start no phrase, and their first two bytes tell.
        if (start.size() >= 2 && !may_start_with(static_cast<unsigned char>(start[0]), static_cast<unsigned char>(start[1])))
            return true;
        auto const w = walk(start);
        std::size_t const needed = w.entry == none ? w.read : std::max(w.read, w.end + 1);
        return needed <= start.size();
    }

    // Whether some phrase starts with the bytes `b0 b1` (b1 is 0 at the end of the text):
    // most places in a text start none, and this answers without walking the trie. Two
    // bytes, not one: nearly every letter begins some phrase, few letter pairs do.
    bool may_start_with(unsigned char b0, unsigned char b1) const noexcept {
        return first_pairs_[static_cast<std::size_t>(b0) << 8 | b1];
    }
    // Those pairs, bit b0 << 8 | b1 each.
    std::bitset<256 * 256> const& first_pairs() const noexcept { return first_pairs_; }

    // Bytes of the longest phrase.
    std::size_t longest() const noexcept { return longest_; }

private:
    static constexpr std::uint32_t none = ~std::uint32_t{0};

    struct entry {
        std::string_view phrase;
        std::uint32_t first_table;  // in tables_: every table that lists it, in table order
        std::uint32_t table_count;
        bool starts_in_word;  // so that a match must follow a word boundary (find_phrase's rule)
        bool ends_in_word;    // so that a match must be followed by a word boundary
        std::uint8_t fields;  // the bits of the fields that list it
    };

    struct node {
        std::uint32_t label;        // offset in labels_ of the bytes that follow the one leading here
        std::uint32_t first_child;  // in nodes_ (and edges_), ordered by their bytes
        std::uint32_t entry;        // the phrase that ends here, or none
        std::uint16_t label_size;
        std::uint16_t child_count;
    };

    struct walk_result {
        std::uint32_t entry = none;  // the longest phrase the text begins with, boundary unchecked
        std::size_t end = 0;         // its size
        std::size_t read = 0;        // bytes the walk's outcome depends on; one past the text's
                                     // end when the text ended before the trie did
    };

    // The child of `nd` that byte `b` leads to, or none. A loop of its own, not std::find:
    // most nodes have a child or two, and the library's search is an unrolled call.
    CIVIC_ALWAYS_INLINE std::uint32_t child(node const& nd, char b) const noexcept {
        char const* const edges = edges_.data() + nd.first_child;
        for (std::uint32_t k = 0; k < nd.child_count; ++k)
            if (edges[k] == b) return nd.first_child + k;
        return none;
    }

    // Down the trie along `s`: on_entry(entry, size) for every phrase the walk passes, shortest
    // first. Returns the bytes the walk's outcome depends on: one past the byte that left the
    // trie, or past the text's end when the text ended first.
    template <class OnEntry>
    CIVIC_ALWAYS_INLINE std::size_t walk_each(std::string_view s, OnEntry&& on_entry) const noexcept {
        if (s.empty()) return 1;
        std::uint32_t n = root_[static_cast<unsigned char>(s[0])];
        std::size_t i = 1;
        while (n != none) {
            node const& nd = nodes_[n];
            char const* const label = labels_.data() + nd.label;
            for (std::size_t k = 0; k < nd.label_size; ++k, ++i)
                if (i == s.size() || s[i] != label[k]) return i + 1;
            if (nd.entry != none) on_entry(nd.entry, i);
            if (nd.child_count == 0) break;
            if (i == s.size()) return i + 1;
            n = child(nd, s[i]);
            ++i;
        }
        return i;
    }

    CIVIC_ALWAYS_INLINE walk_result walk(std::string_view s) const noexcept {
        walk_result r;
        r.read = walk_each(s, [&r](std::uint32_t entry, std::size_t end) {
            r.entry = entry;
            r.end = end;
        });
        return r;
    }

    // Breadth first over the sorted phrases: each node gets the phrases that pass through it
    // and lays out its children together. The phrases of a node share their first `depth` bytes.
    void build_trie() {
        struct pending {
            std::uint32_t node, first, last;  // [first, last) in entries_
            std::size_t depth;
        };
        std::vector<pending> queue;
        // The children of a node, or of the root, for entries_[first, last), which all have
        // more than `depth` bytes: one per byte at `depth`, in nodes_ from its end.
        auto add_children = [&](std::uint32_t first, std::uint32_t last, std::size_t depth) {
            auto const first_child = static_cast<std::uint32_t>(nodes_.size());
            for (auto e = first; e < last;) {
                char const b = entries_[e].phrase[depth];
                auto group_end = e + 1;
                while (group_end < last && entries_[group_end].phrase[depth] == b) ++group_end;
                queue.push_back({static_cast<std::uint32_t>(nodes_.size()), e, group_end, depth + 1});
                nodes_.emplace_back();
                edges_.push_back(b);
                e = group_end;
            }
            return first_child;
        };
        root_.fill(none);
        add_children(0, static_cast<std::uint32_t>(entries_.size()), 0);
        for (std::uint32_t child = 0; child < nodes_.size(); ++child)
            root_[static_cast<unsigned char>(edges_[child])] = child;
        for (std::size_t q = 0; q < queue.size(); ++q) {
            auto [n, first, last, depth] = queue[q];
            // The label runs while every phrase here has the same next byte: the first and the
            // last do, as they are sorted, unless the first ends (the shortest sorts first).
            std::string_view const low = entries_[first].phrase, high = entries_[last - 1].phrase;
            std::size_t end = depth;
            while (low.size() > end && low[end] == high[end]) ++end;
            nodes_[n].label = static_cast<std::uint32_t>(labels_.size());
            nodes_[n].label_size = static_cast<std::uint16_t>(end - depth);
            labels_.append(low.substr(depth, end - depth));
            nodes_[n].entry = none;
            if (low.size() == end) nodes_[n].entry = first++;
            auto const first_child = add_children(first, last, end);
            nodes_[n].first_child = first_child;
            nodes_[n].child_count = static_cast<std::uint16_t>(nodes_.size() - first_child);
        }
    }

    std::vector<entry> entries_;  // sorted by phrase
    std::vector<language_table const*> tables_;
    std::vector<node> nodes_;
    std::vector<char> edges_;  // the byte that leads to each node
    std::string labels_;
    std::array<std::uint32_t, 256> root_;  // the node of each first byte, or none
    std::bitset<256 * 256> first_pairs_;
    std::size_t longest_ = 0;
};

// Every (phrase, table) of one field of every table, in table order; empty phrases left out.
template <auto Field>
std::vector<std::pair<std::string_view, language_table const*>> listed_phrases() {
    std::vector<std::pair<std::string_view, language_table const*>> listed;
    for (auto const* t : all_languages)
        for (auto const& item : t->*Field)
            if (std::string_view const p = phrase_of(item); !p.empty()) listed.emplace_back(p, t);
    return listed;
}

// Every phrase of one field of every table, in a trie built on first use (thread-safe).
template <auto Field>
struct phrase_index {
    static phrase_trie const& get() {
        static phrase_trie const trie(listed_phrases<Field>());
        return trie;
    }
};

// The phrases of several fields in one trie, each knowing its fields (the k-th of Fields bit
// k), built on first use (thread-safe): a place is asked of every field in one walk.
template <auto... Fields>
struct fields_index {
    static_assert(sizeof...(Fields) <= 8, "a field a bit of one byte");
    static phrase_trie const& get() {
        static phrase_trie const trie(std::vector<phrase_trie::listing>{listed_phrases<Fields>()...});
        return trie;
    }
};

namespace detail {
// The places of a folded text where a phrase may start, in order: its start, and each code
// point after one that is no word character. Most of a text in Latin letters is read sixteen
// ASCII bytes at a time (utf8::ascii_words16): the places of such a window are the bytes after
// one that is no word character, all told by its marks at once, where a walk stopped at each
// byte of each word. A window's places are handed out one by one from its marks; the reading
// of the next window, and of the code points of other scripts, is a call of its own, so that
// each search that asks the places keeps one small loop.
class phrase_starts {
public:
    explicit phrase_starts(std::string_view folded) noexcept : text_(folded) {}

    // The next place, or the text's size after the last.
    CIVIC_ALWAYS_INLINE std::size_t next() noexcept {
        if (pending_ == 0) return read_on();
        std::size_t const at = window_ + static_cast<std::size_t>(boost::core::countr_zero(pending_));
        pending_ &= pending_ - 1;
        return at;
    }

private:
    // Reads on from read_ to the next place: returns it, and keeps the later places of its window.
    std::size_t read_on() noexcept {
        std::size_t const size = text_.size();
        while (read_ < size) {
            if (read_ + 16 <= size) {
                auto const marks = utf8::ascii_words16(text_.data() + read_);
                if (marks.ascii != 0) {
                    std::uint32_t const in_window = (1u << marks.ascii) - 1;
                    std::uint32_t starts = ~(marks.words << 1 | static_cast<std::uint32_t>(word_before_)) & in_window;
                    window_ = read_;
                    word_before_ = (marks.words >> (marks.ascii - 1) & 1u) != 0;
                    read_ += marks.ascii;
                    if (starts == 0) continue;
                    pending_ = starts & (starts - 1);
                    return window_ + static_cast<std::size_t>(boost::core::countr_zero(starts));
                }
            }
            // One code point (the text's last bytes, or another script's letter), and the rest of
            // a word of two-byte letters (Cyrillic, Greek, accented Latin) with it: no place is
            // inside a word.
            std::size_t const at = read_;
            bool const place = !word_before_;
            auto const b = static_cast<unsigned char>(text_[read_]);
            if (b < 0x80) {
                word_before_ = words.is_word[b];
                ++read_;
            } else if (auto const two = utf8::two_byte_at(text_, read_); two != 0) {
                word_before_ = words.is_word[two];
                read_ += 2;
                while (word_before_) {
                    auto const next = utf8::two_byte_at(text_, read_);
                    if (next == 0) break;  // not a two-byte code point: read the general way
                    word_before_ = words.is_word[next];
                    read_ += 2;
                }
            } else {
                auto const d = utf8::decode(text_, read_);
                word_before_ = is_word_char(d.cp);
                read_ += d.length;
            }
            if (place) return at;
        }
        return size;
    }

    std::string_view text_;
    std::size_t read_ = 0;    // where the next window or code point begins
    std::size_t window_ = 0;  // where the window of pending_ begins
    std::uint32_t pending_ = 0;  // the places of that window not handed out yet, bit i at window_ + i
    bool word_before_ = false;   // whether the code point before read_ is a word character
};

// Calls `try_at(pos, b0, b1)` at each place of `folded` where a phrase may start
// (phrase_starts), in order, up to `last_start`, until it returns true. `b0 b1` are the bytes
// there (b1 is 0 at the end of the text).
template <class TryAt>
CIVIC_ALWAYS_INLINE void for_each_phrase_start(std::string_view folded, std::size_t last_start, TryAt&& try_at) {
    std::size_t const size = folded.size();
    phrase_starts starts(folded);
    for (std::size_t pos = starts.next(); pos < size && pos <= last_start; pos = starts.next()) {
        auto const next = pos + 1 < size ? static_cast<unsigned char>(folded[pos + 1]) : 0;
        if (try_at(pos, static_cast<unsigned char>(folded[pos]), next)) return;
    }
}
}  // namespace detail

// The earliest match of any phrase of `Field` in any language table (the longest at that
// place); where several tables list it, `preferred` is named as its table. Only places up to
// `last_start` are tried (a phrase found there may go on past it), for a caller that takes a
// phrase only near the start of the text: the rest is not read.
template <auto Field>
phrase_match find_any(std::string_view folded, language_table const* preferred = nullptr,
                      std::size_t last_start = std::string_view::npos) {
    auto const& index = phrase_index<Field>::get();
    phrase_match found;
    detail::for_each_phrase_start(folded, last_start, [&](std::size_t pos, unsigned char b0, unsigned char b1) {
        if (!index.may_start_with(b0, b1)) return false;
        found = index.at(folded, pos, preferred);
        return static_cast<bool>(found);
    });
    return found;
}

// The earliest phrase of each field in `folded`, as find_any<Field>(folded, preferred) finds
// it, in one pass: a text searched for the phrases of several fields is read once, not once
// a field. At each place a phrase may start, one walk down the trie of all the fields tells
// which of them stand there; only those fields' own tries are asked for the phrase and its
// table.
template <auto... Fields>
std::array<phrase_match, sizeof...(Fields)> find_each(std::string_view folded, language_table const* preferred) {
    constexpr std::size_t fields = sizeof...(Fields);
    auto const& every = fields_index<Fields...>::get();
    phrase_trie const* const indexes[fields] = {&phrase_index<Fields>::get()...};
    std::array<phrase_match, fields> found;
    auto missing = static_cast<std::uint8_t>((1u << fields) - 1);
    detail::for_each_phrase_start(folded, std::string_view::npos, [&](std::size_t pos, unsigned char b0, unsigned char b1) {
        if (!every.may_start_with(b0, b1)) return false;
        auto const here = every.fields_at(folded, pos, missing);
        for (std::size_t k = 0; k < fields; ++k)
            if (here >> k & 1u) found[k] = indexes[k]->at(folded, pos, preferred);
        missing = static_cast<std::uint8_t>(missing & ~here);
        return missing == 0;
    });
    return found;
}

namespace detail {
template <auto A, auto B>
constexpr bool same_field() noexcept {
    if constexpr (std::is_same_v<decltype(A), decltype(B)>) return A == B;
    else return false;
}
}  // namespace detail

// Which of several fields' phrases one text holds, learnt only as far as the questions asked
// of it need. The rules ask each block whole whether its authors say "we", whether it
// appeals to its readers, whether it names its signers, each in a pass of its own; a text that
// does none of these (a press release, a report) was read once a question, to its end each
// time. Asked here, a pass tries every field not yet known at each place a phrase may start,
// and ends at the first phrase of a field asked: it reads no further than a search for those
// fields alone, and what it meets on the way answers later questions. A pass that reaches the
// end of the text knows every field.
template <auto... Fields>
class phrase_presence {
public:
    static constexpr std::size_t field_count = sizeof...(Fields);
    static_assert(field_count > 0 && field_count <= 8, "a field a bit of one byte");
    static constexpr std::uint8_t all_fields = static_cast<std::uint8_t>((1u << field_count) - 1);

    // Bit k: the k-th of Fields.
    template <auto Field>
    static constexpr std::uint8_t bit_of() noexcept {
        constexpr bool is[] = {detail::same_field<Fields, Field>()...};
        for (std::size_t k = 0; k < field_count; ++k)
            if (is[k]) return static_cast<std::uint8_t>(1u << k);
        return 0;
    }

    // Whether a pass already found a phrase of one of the fields in `asked`, or read the text
    // to its end without one: then any() answers without reading it again.
    bool answered(std::uint8_t asked) const noexcept { return (found_ & asked) != 0 || (known_ & asked) == asked; }

    // Whether `folded` holds a phrase of one of the fields in `asked` (find_any finds one).
    // `folded` is the same text at every question.
    bool any(std::string_view folded, std::uint8_t asked) {
        if (found_ & asked) return true;
        if ((known_ & asked) == asked) return false;
        learn(folded, asked);
        return (found_ & asked) != 0;
    }

private:
    void learn(std::string_view folded, std::uint8_t asked) {
        auto const& trie = fields_index<Fields...>::get();
        std::uint8_t const open = static_cast<std::uint8_t>(all_fields & ~known_);  // not known before this pass
        bool stopped = false;
        detail::for_each_phrase_start(folded, std::string_view::npos, [&](std::size_t pos, unsigned char b0, unsigned char b1) {
            if (!trie.may_start_with(b0, b1)) return false;
            found_ |= trie.fields_at(folded, pos, static_cast<std::uint8_t>(open & ~found_));
            return stopped = (found_ & asked) != 0;
        });
        known_ |= stopped ? found_ : all_fields;
    }

    std::uint8_t known_ = 0;  // the fields whose answer is known: found, or the text read to its end
    std::uint8_t found_ = 0;
};

// Whether `folded` has a phrase of one of the fields (find_any<Field> finds one), in one pass
// that ends at the first phrase of any of them.
template <auto... Fields>
bool has_any_of(std::string_view folded) {
    using presence = phrase_presence<Fields...>;
    return presence().any(folded, presence::all_fields);
}

// f(the fold of the start of `text`), the start long enough that starts_with_any<Field>
// answers on it as it would on the whole text's fold, and that the character after the phrase
// it finds is in it. The walk down the trie ends within the first few folded bytes of most
// texts: they are folded first, then a few more, and only the rest of the texts as far as the
// longest phrase and the character after it. Each step folds into one buffer on the stack
// (a string of the last step's bytes was allocated, for one question).
template <auto Field, class F>
decltype(auto) with_fold_start(std::string_view text, F&& f) {
    auto const& index = phrase_index<Field>::get();
    char buf[utf8::detail::fold_room(11, 11)];  // the first two steps' room
    for (std::size_t const bytes : {std::size_t{4}, std::size_t{11}}) {
        std::string_view const start(buf, utf8::detail::fold_into(buf, text, bytes));
        if (start.size() < bytes || index.decides(start)) return f(start);  // shorter: all of the fold
    }
    return utf8::with_fold(text, std::forward<F>(f), index.longest() + 4);
}

// The same start as a string, for a caller that keeps it.
template <auto Field>
std::string fold_start_for(std::string_view text) {
    return with_fold_start<Field>(text, [](std::string_view start) { return std::string(start); });
}

// The last place in `text` where a phrase of `Field` stands as whole words (find_phrase's
// rule), and the longest phrase there; where several tables list it, the first table's.
// Read from the end, so the first place found is the answer: most bytes start no phrase, and
// their first two bytes tell so without a walk down the trie.
template <auto Field>
phrase_match find_last(std::string_view text) {
    auto const& index = phrase_index<Field>::get();
    for (std::size_t pos = text.size(); pos-- > 0;) {
        auto const b0 = static_cast<unsigned char>(text[pos]);
        auto const b1 = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
        if (index.may_start_with(b0, b1))
            if (auto m = index.longest_whole_at(text, pos)) return m;
    }
    return {};
}

// Whether `folded` begins with one of the phrases of `Field` (the longest wins).
template <auto Field>
phrase_match starts_with_any(std::string_view folded) {
    if (folded.empty()) return {};
    auto const& index = phrase_index<Field>::get();
    // Most texts asked (a signer's line asked for a chrome phrase) open with none, and their
    // first two bytes tell so without a walk down the trie, as find_any asks at each place.
    auto const second = folded.size() > 1 ? static_cast<unsigned char>(folded[1]) : 0;
    if (!index.may_start_with(static_cast<unsigned char>(folded[0]), static_cast<unsigned char>(second))) return {};
    return index.at(folded, 0, nullptr);
}

// Whether `folded` is one of the phrases of `Field`, all of it ("signature", not "signatures").
template <auto Field>
bool is_phrase(std::string_view folded) {
    auto const m = starts_with_any<Field>(folded);
    return m && m.phrase.size() == folded.size();
}

// Whether the fold of `text` may begin with a phrase of `Field`. Where its first two bytes are
// ASCII letters or digits, as in most names and their numbers ("Article 19"), the fold begins
// with them, the letters in lower case, and the phrases' first pairs tell without folding;
// otherwise (other scripts, a quote …) it may. (`| 0x20` lowers a letter and keeps a digit.)
template <auto Field>
bool may_open_with(std::string_view text) {
    auto const alphanumeric = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (text.size() < 2 || !alphanumeric(text[0]) || !alphanumeric(text[1])) return true;
    return phrase_index<Field>::get().may_start_with(static_cast<unsigned char>(text[0] | 0x20),
                                                     static_cast<unsigned char>(text[1] | 0x20));
}

// Whether `text` opens with a phrase of `Field`, its start alone folded.
template <auto Field>
bool opens_with_phrase(std::string_view text) {
    return with_fold_start<Field>(text, [](std::string_view start) { return static_cast<bool>(starts_with_any<Field>(start)); });
}

// "the Coalition", "la Ligue", "die Bundesregierung": `text` past a leading article of the
// tables and the space after it; `text` itself where it opens with none.
inline std::string_view past_article(std::string_view text) {
    auto const lowered = utf8::lower_same_length(text.substr(0, 8));
    auto const article = starts_with_any<&language_table::articles>(lowered);
    if (!article || article.phrase.size() >= text.size() || text[article.phrase.size()] != ' ') return text;
    return text.substr(article.phrase.size() + 1);
}

}  // namespace lang
CIVIC_NAMESPACE_END
