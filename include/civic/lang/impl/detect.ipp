// Language detection by stop words.
//
// Function words are the most frequent words of any prose and differ between languages,
// so counting them over whole words tells the language from a sentence or two. Four
// refinements make it work on scraped statements:
//  - a word listed by k tables ("la", "que", "in") adds 1/k to each, so shared words
//    never decide between the languages that share them;
//  - Russian and Ukrainian share many short words, so words with letters only one of
//    them writes (і ї є ґ / ы э ъ ё) add a little to that language;
//  - signatory lists are long runs of capitalised names whose "de", "y", "und" would
//    outvote a short letter, so a line whose content words are all capitalised counts a
//    tenth, and one where they are nearly all capitalised a quarter: the language of the
//    prose wins over that of the names;
//  - a word counts less the later it comes (a half at 512 bytes, a ninth at 4 KiB): a page
//    that carries its statement in two languages puts the original first, and the
//    signatory list, in whatever languages its names are, comes last; a line counts less, for
//    the guess, the further into the text it starts (a short text's two halves are in the
//    language of the first).
#pragma once
#include <civic/lang/detect.hpp>
#include <civic/lang/languages.hpp>
#include <civic/text/swar.hpp>
#include <civic/text/utf8.hpp>

#include <boost/core/bit.hpp>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <utility>

CIVIC_NAMESPACE_BEGIN
namespace lang {

namespace detect_detail {
// The tables that list a stop word (bit t: all_languages[t]), and how many they are.
struct stop_word_tables {
    std::uint32_t mask = 0;
    std::uint32_t count = 0;
};

// The length of the longest stop word: a longer word needs no lookup.
inline constexpr std::size_t longest_stop_word = [] {
    std::size_t longest = 0;
    for (auto const* table : all_languages)
        for (auto sw : table->stop_words) longest = std::max(longest, sw.size());
    return longest;
}();

// The masks of the first n bytes in memory of a 64-bit word, n from 0 to 8.
struct first_bytes_masks {
    std::uint64_t of[9];
    constexpr first_bytes_masks() : of() {
        for (std::size_t n = 0; n < 8; ++n)
            of[n] = text::swar::little_endian ? (std::uint64_t{1} << (8 * n)) - 1 : ~(~std::uint64_t{0} >> (8 * n));
        of[8] = ~std::uint64_t{0};
    }
};
inline constexpr first_bytes_masks first_bytes{};

// The first `n` bytes (n <= 8) in memory of the eight in `w`, the others zero.
inline std::uint64_t keep_first(std::uint64_t w, std::size_t n) noexcept {
    assert(n <= 8);
    return w & first_bytes.of[n];
}

// Every stop word of every table, with the tables that list it, keyed by the word's bytes:
// no stop word is longer than 16, so a word is two 64-bit keys (its first eight bytes and
// the next eight, zero past its end; no word has a zero byte). A lookup is a multiplication
// and a comparison or two, where a string hash table's hash, probe and compare cost some
// fifty instructions, and it runs for every word of the text, most of which are no stop
// word. Open addressing with linear probing, under a quarter full: a word that is no stop
// word nearly always meets an empty slot first.
class stop_word_index {
public:
    static_assert(longest_stop_word <= 16, "a stop word is two keys");
    static_assert(std::size(all_languages) <= 32, "one bit a language");

    static stop_word_index const& get() {
        static stop_word_index const index;  // built on first use; thread-safe
        return index;
    }

    // The tables that list the word whose keys are `first` and `second`; none (count 0) if none.
    stop_word_tables find(std::uint64_t first, std::uint64_t second) const noexcept {
        for (std::size_t slot = slot_of(first, second);; slot = (slot + 1) % slots) {
            if (keys_[slot].first == first && keys_[slot].second == second) return tables_[slot];
            if (keys_[slot].first == 0) return {};
        }
    }

    // The keys of word[0, len), len <= 16: the bytes from word[len] to word[16] are read, not kept.
    static std::pair<std::uint64_t, std::uint64_t> keys_of(char const* word, std::size_t len) noexcept {
        std::uint64_t const first = keep_first(text::swar::load8(word), len < 8 ? len : 8);
        return {first, len > 8 ? keep_first(text::swar::load8(word + 8), len - 8) : 0};
    }

private:
    static constexpr unsigned slot_bits = 11;
    static constexpr std::size_t slots = std::size_t{1} << slot_bits;

    static std::size_t slot_of(std::uint64_t first, std::uint64_t second) noexcept {
        return static_cast<std::size_t>(((first ^ second * 0xC2B2AE3D27D4EB4Fu) * 0x9E3779B97F4A7C15u) >> (64 - slot_bits));
    }

    stop_word_index() noexcept {
        std::size_t words = 0;
        for (std::size_t t = 0; t < std::size(all_languages); ++t)
            for (auto sw : all_languages[t]->stop_words) {
                if (sw.empty()) continue;
                char bytes[16 + 8] = {};
                std::memcpy(bytes, sw.data(), sw.size());
                auto const [first, second] = keys_of(bytes, sw.size());
                std::size_t slot = slot_of(first, second);
                while (keys_[slot].first != 0 && !(keys_[slot].first == first && keys_[slot].second == second))
                    slot = (slot + 1) % slots;
                if (keys_[slot].first == 0) ++words;
                keys_[slot] = {first, second};
                auto& tables = tables_[slot];
                if (tables.mask >> t & 1u) continue;  // listed twice by one table
                tables.mask |= std::uint32_t{1} << t;
                ++tables.count;
            }
        assert(words * 4 <= slots && "regrow the stop word index");
        (void)words;
    }

    struct key {
        std::uint64_t first = 0, second = 0;
    };
    key keys_[slots] = {};
    stop_word_tables tables_[slots] = {};
};

// How the detector reads a letter: its fold as the tables write words (lower case, and ё as
// е), its case, which counts for a word's first letter, and whether only one language of the
// tables writes it: Russian or Ukrainian (і ї є ґ / ы э ъ ё), and among the Latin alphabets
// Polish (ą ę ł ń ś ź ż ć), Romanian (ă ș ț), German (ä ö ü ß), Spanish (ñ) or French (ç è ê œ
// ù û). A short text without a stop word ("Apel" / "Żądamy uwolnienia dziennikarza.") is
// told by them.
struct letter_reading {
    enum : std::uint16_t {
        upper = 1, lower = 2, russian = 4, ukrainian = 8, polish = 16, romanian = 32, german = 64, spanish = 128, french = 256
    };
    char fold[4];          // UTF-8
    std::uint8_t length;   // bytes of fold; 0 when the code point is not a letter
    std::uint16_t flags;
};

constexpr letter_reading read_letter(char32_t cp) noexcept {
    letter_reading r{};
    if (!utf8::is_letter(cp)) return r;
    if (utf8::is_upper_letter(cp)) r.flags |= letter_reading::upper;
    if (utf8::is_lower_letter(cp)) r.flags |= letter_reading::lower;
    char32_t c = utf8::to_lower(cp);
    if (c == 0x451) {  // ё: Russian only, and folded to е as the tables are
        r.flags |= letter_reading::russian;
        c = 0x435;
    } else if (c == 0x44B || c == 0x44D || c == 0x44A) {  // ы э ъ
        r.flags |= letter_reading::russian;
    } else if (c == 0x456 || c == 0x457 || c == 0x454 || c == 0x491) {  // і ї є ґ
        r.flags |= letter_reading::ukrainian;
    } else if (c == 0x105 || c == 0x119 || c == 0x142 || c == 0x144 || c == 0x15B || c == 0x17A || c == 0x17C ||
               c == 0x107) {  // ą ę ł ń ś ź ż ć
        r.flags |= letter_reading::polish;
    } else if (c == 0x103 || c == 0x219 || c == 0x21B || c == 0x15F || c == 0x163) {  // ă ș ț, and ş ţ with a cedilla
        r.flags |= letter_reading::romanian;
    } else if (c == 0xE4 || c == 0xF6 || c == 0xFC || c == 0xDF) {  // ä ö ü ß
        r.flags |= letter_reading::german;
    } else if (c == 0xF1) {  // ñ
        r.flags |= letter_reading::spanish;
    } else if (c == 0xE7 || c == 0xE8 || c == 0xEA || c == 0x153 || c == 0xF9 || c == 0xFB) {  // ç è ê œ ù û
        r.flags |= letter_reading::french;
    }
    r.length = static_cast<std::uint8_t>(utf8::encode(c, r.fold));
    return r;
}

// The readings of the code points of two UTF-8 bytes (U+0080..U+07FF: accented Latin, Greek
// and Cyrillic, nearly every letter past ASCII), made at compile time: one look-up a letter
// instead of the dozens of range tests of the classification and the case fold.
struct two_byte_readings {
    letter_reading of[0x800 - 0x80];
    constexpr two_byte_readings() : of() {
        for (char32_t cp = 0x80; cp < 0x800; ++cp) of[cp - 0x80] = read_letter(cp);
    }
};
inline constexpr two_byte_readings two_byte_letters{};

// A word of fewer than sixteen ASCII letters at p[0, left), with the byte after it in the
// text: its length and its stop-word keys (stop_word_index::keys_of of its letters lowered),
// read from the text as one or two 64-bit words. Length 0 when the word is longer, or the
// text ends too soon to tell: the caller reads it the general way.
struct ascii_word {
    std::size_t length = 0;
    std::uint64_t first = 0, second = 0;
};

inline ascii_word read_ascii_word(char const* p, std::size_t left) noexcept {
    constexpr std::uint64_t to_lower = 0x2020202020202020;  // on a letter; the rest is not kept
    ascii_word w;
    if (left < 8) return w;
    std::size_t const k = utf8::leading_ascii_letters(p);
    w.first = keep_first(text::swar::load8(p) | to_lower, k);
    if (k < 8) {
        w.length = k;
        return w;
    }
    if (left < 16) return {};
    std::size_t const more = utf8::leading_ascii_letters(p + 8);
    if (more == 8) return {};
    w.second = keep_first(text::swar::load8(p + 8) | to_lower, more);
    w.length = 8 + more;
    return w;
}

// Folds the run of ASCII letters that s[0, n) starts with into word[len..] and returns the
// run's length. Up to `cap` bytes are kept (len grows by what fits; overflow is set when not
// all did); `word` has eight bytes of room past `cap`, written but not kept. Through locals,
// as a store of a char may change any variable whose address the caller's lambdas hold.
inline std::size_t fold_ascii_run(char const* s, std::size_t n, char* word, std::size_t cap, std::size_t& len,
                                  bool& overflow) noexcept {
    constexpr std::uint64_t to_lower = 0x2020202020202020;  // on a letter; the rest is not kept
    std::size_t run = 0, l = len;
    bool over = overflow;
    auto keep = [&](std::size_t k) {
        std::size_t const fits = std::min(k, cap - l);
        over = over || fits < k;
        l += fits;
        run += k;
    };
    // Eight bytes a step while the text has them: nearly every word ends within the first.
    std::size_t k = 8;
    while (k == 8 && n - run >= 8) {
        k = utf8::leading_ascii_letters(s + run);
        std::uint64_t w;
        std::memcpy(&w, s + run, sizeof w);
        w |= to_lower;
        std::memcpy(word + l, &w, sizeof w);
        keep(k);
    }
    // The last few bytes of the text, one at a time.
    if (k == 8)
        while (run < n && static_cast<unsigned char>((s[run] | 0x20) - 'a') < 26) {
            word[l] = static_cast<char>(s[run] | 0x20);  // within the room past cap
            keep(1);
        }
    len = l;
    overflow = over;
    return run;
}
// Folds the run of two-byte letters (accented Latin, Greek, Cyrillic) that s[0, n) starts with
// into word[len..], as fold_ascii_run does the ASCII ones, and returns the run's length in
// bytes; it stops before the first code point that is not one (the caller reads that). Adds
// the letters to `letters`, and their flags to `seen` (and to `initial` when the word starts
// with them). A word of Cyrillic is such a run: in a loop of its own, with its state in
// locals, a letter costs a look-up and a store instead of a turn of the caller's word loop.
inline std::size_t fold_two_byte_run(char const* s, std::size_t n, char* word, std::size_t cap, std::size_t& len,
                                     bool& overflow, std::size_t& letters, std::uint16_t& initial,
                                     std::uint16_t& seen) noexcept {
    auto const lead = [](unsigned char c) { return c >= 0xC2 && c <= 0xDF; };
    auto const continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    std::size_t run = 0, l = len;
    bool over = overflow;
    std::uint16_t flags = 0;
    letter_reading const* first = nullptr;
    while (run + 1 < n && lead(static_cast<unsigned char>(s[run])) && continuation(static_cast<unsigned char>(s[run + 1]))) {
        auto const& r = two_byte_letters.of[((static_cast<unsigned char>(s[run]) & 0x1Fu) << 6 |
                                             (static_cast<unsigned char>(s[run + 1]) & 0x3Fu)) - 0x80];
        if (r.length == 0) break;
        if (!first) first = &r;
        flags |= r.flags;
        if (l + r.length > cap) {
            over = true;
        } else {
            std::memcpy(word + l, r.fold, sizeof r.fold);  // all four bytes, into the room past cap
            l += r.length;
        }
        run += 2;
    }
    if (first && letters == 0) initial = first->flags;
    letters += run / 2;
    seen |= flags;
    len = l;
    overflow = over;
    return run;
}

// The characters a web address ends at (the detector passes over the address up to the first):
// white space, a closing bracket, a quotation mark, a table's bar. One look-up a byte, where
// the nine comparisons cost some ten instructions for each byte of every address.
struct url_end_bytes {
    bool of[256];
    constexpr url_end_bytes() : of() {
        for (char const c : {' ', '\t', '\n', '\r', ')', ']', '>', '"', '|'}) of[static_cast<unsigned char>(c)] = true;
    }
};
inline constexpr url_end_bytes ends_url{};

// The bound of what the words of a text from `from` to `size` may still add to one table's
// lead: each word at most its position's weight (a stop word's share, or a letter's weight,
// is at most 1) times the lead of the line it is on, which is at most that of a line starting
// at `from`; and two words end at least two bytes apart (a letter and the character that ends
// it). The sum of the positions' weights is at most the first one and the integral of
// 1 / (1 + x / position_scale) over the rest, halved.
inline double most_added_after(std::size_t from, std::size_t size) noexcept {
    double const rest = 1.0 + position_scale / 2 * std::log((position_scale + static_cast<double>(size)) /
                                                            (position_scale + static_cast<double>(from)));
    return rest * line_lead(from, size);
}

// detect_language(), or only its code: then the reading stops at a line's end once the table
// that leads is ahead of every other by more than the rest of the text could add to one.
// The lead only grows and the bound holds for every text, so the code is the one the whole
// reading gives; the confidence is not (it is read from what was read).
inline language_guess read_language(std::string_view text, bool code_only) noexcept;
}  // namespace detect_detail

CIVIC_FUNC language_guess detect_language(std::string_view text) noexcept { return detect_detail::read_language(text, false); }

CIVIC_FUNC std::string_view detect_language_code(std::string_view text) noexcept {
    return detect_detail::read_language(text, true).code;
}

inline language_guess detect_detail::read_language(std::string_view text, bool code_only) noexcept {
    constexpr std::size_t max_scan = 64 * 1024;  // plenty for a verdict, bounded cost
    constexpr std::size_t n = std::size(all_languages);
    // Stop words are short; a longer word is never one and is not folded past this.
    constexpr std::size_t word_cap = 64;
    constexpr double letter_weight = 0.5;   // a script-letter word: half a stop word
    constexpr double latin_letter_weight = 0.25;  // a word with a Latin alphabet's own letter
    constexpr double name_line_weight = 0.1;     // only capitalised content words
    constexpr double namey_line_weight = 0.25;   // fewer than a quarter in lower case

    if (text.size() > max_scan) text = text.substr(0, max_scan);  // a cut sequence decodes as invalid
    // The size the lines' leads are measured by: the reading stops early by cutting `text`.
    std::size_t const scanned = text.size();
    // Where the lead was last compared with the bound: every 256 bytes at most, as the
    // bound costs a logarithm.
    std::size_t compared_at = 0;
    constexpr std::size_t compare_every = 256;
    auto const& index = detect_detail::stop_word_index::get();

    std::size_t ru = n, uk = n;
    // The table of each Latin alphabet's own letters, by their flag's bit (polish = 1 << 4 …).
    std::size_t latin[5] = {n, n, n, n, n};
    constexpr std::string_view latin_codes[5] = {"pl", "ro", "de", "es", "fr"};
    for (std::size_t t = 0; t < n; ++t) {
        if (all_languages[t]->code == "ru") ru = t;
        if (all_languages[t]->code == "uk") uk = t;
        for (std::size_t k = 0; k < 5; ++k)
            if (all_languages[t]->code == latin_codes[k]) latin[k] = t;
    }

    double total[n] = {};
    double lead[n] = {};  // total, each line weighed by detect_detail::line_lead too: the guess is read from it
    double line[n] = {};
    std::size_t line_start = 0;
    // Whether a word of the line added to line[]: most lines (blank ones, names, numbers)
    // add nothing, and adding their zeros would change no total.
    bool line_scored = false;
    int line_lower = 0, line_upper = 0;  // content words (not stop words) by initial case

    // Eight bytes of room for a word's letters folded eight at a time; zeroed, as the keys of
    // a stop word lookup read up to 16 bytes of it, past a shorter word.
    char buf[word_cap + 8] = {};
    std::size_t len = 0, letters = 0;
    bool overflow = false;
    // letter_reading flags: of the word's first letter (its case), and of all its letters
    // together (the Russian and Ukrainian letters it has).
    std::uint16_t initial = 0, seen = 0;
    using detect_detail::letter_reading;

    // A letter of a word of more than ASCII: its fold appended, its case and script noted.
    auto add_letter = [&](letter_reading const& r) {
        if (letters++ == 0) initial = r.flags;
        seen |= r.flags;
        if (len + r.length > word_cap) {
            overflow = true;
            return;
        }
        std::memcpy(buf + len, r.fold, sizeof r.fold);  // all four bytes, into the room past word_cap
        len += r.length;
    };

    // A word's weight, by the byte offset `at` it ends at: computed only for a word that
    // counts, as most words are neither stop words nor written in one of the two Cyrillic
    // alphabets alone.
    auto const position = [](std::size_t at) { return 1.0 / (1.0 + static_cast<double>(at) / detect_detail::position_scale); };

    // A stop word ending at `at`: 1/k of its weight to each of the k tables that list it.
    auto const add_stop_word = [&](detect_detail::stop_word_tables tables, std::size_t at) {
        double const share = position(at) / static_cast<double>(tables.count);
        for (auto mask = tables.mask; mask != 0; mask &= mask - 1) line[boost::core::countr_zero(mask)] += share;
        line_scored = true;
    };

    // `at`: the byte offset the word ends at.
    auto end_word = [&](std::size_t at) {
        if (letters == 0) return;
        detect_detail::stop_word_tables tables;
        if (!overflow && len <= detect_detail::longest_stop_word) {
            auto const [first, second] = detect_detail::stop_word_index::keys_of(buf, len);
            tables = index.find(first, second);
        }
        if (tables.count > 0) {
            add_stop_word(tables, at);
        } else {
            // Short words say nothing about prose: initials, and particles no table lists
            // because several languages write them ("de", "da", "van", "von").
            if (letters >= 4) {
                if (initial & letter_reading::upper) ++line_upper;
                else if (initial & letter_reading::lower) ++line_lower;
            }
            // A word with letters of both (a typo, a mixed transliteration) counts for neither.
            auto const script = seen & (letter_reading::russian | letter_reading::ukrainian);
            std::size_t const t = script == letter_reading::ukrainian ? uk : script == letter_reading::russian ? ru : n;
            if (t < n) {
                line[t] += letter_weight * position(at);
                line_scored = true;
            }
            // A Latin alphabet's own letters count less: names of other languages carry them too.
            auto const alphabet = static_cast<unsigned>(seen >> 4) & 0x1Fu;
            if (alphabet != 0 && (alphabet & (alphabet - 1)) == 0) {
                auto const k = static_cast<std::size_t>(boost::core::countr_zero(alphabet));
                if (latin[k] < n) {
                    line[latin[k]] += latin_letter_weight * position(at);
                    line_scored = true;
                }
            }
        }
        len = letters = 0;
        overflow = false;
        initial = seen = 0;
    };

    // `next_start`: where the next line starts.
    auto end_line = [&](std::size_t next_start) {
        int const content = line_lower + line_upper;
        // Prose has lower-case content words (verbs, adjectives; German nouns are
        // capitalised, but its verbs still pass a quarter); a list of names has almost none.
        double const weight = (content == 0 || line_lower * 4 >= content) ? 1.0
                              : line_lower == 0                       ? name_line_weight
                                                                      : namey_line_weight;
        if (line_scored) {
            double const lead_weight = detect_detail::line_lead(line_start, scanned);
            for (std::size_t t = 0; t < n; ++t) {
                total[t] += line[t] * weight;
                lead[t] += line[t] * weight * lead_weight;
                line[t] = 0;
            }
        }
        line_start = next_start;
        line_scored = false;
        line_lower = line_upper = 0;
        if (code_only && next_start - compared_at >= compare_every && next_start < text.size()) {
            compared_at = next_start;
            double first = 0, second = 0;
            for (std::size_t t = 0; t < n; ++t) {
                if (lead[t] > first) {
                    second = first;
                    first = lead[t];
                } else if (lead[t] > second) {
                    second = lead[t];
                }
            }
            // With room for the sums' rounding: the code must be the whole reading's.
            if (first - second > detect_detail::most_added_after(next_start, scanned) * 1.001 + 1e-9)
                text = text.substr(0, next_start);  // the reading ends here
        }
    };

    // Web addresses are not prose, and their slugs ("le-financement-des-logiciels") would
    // vote for the language of a page the statement merely links to.
    auto url_at = [&](std::size_t i) {
        char const first = static_cast<char>(text[i] | 0x20);
        if (first != 'h' && first != 'w') return false;
        auto const rest = text.substr(i);
        auto starts = [&](std::string_view p) {
            if (rest.size() < p.size()) return false;
            for (std::size_t j = 0; j < p.size(); ++j)
                if ((rest[j] | 0x20) != p[j]) return false;  // ASCII case-insensitive
            return true;
        };
        return starts("http://") || starts("https://") || starts("www.");
    };
    auto url_end = [&](std::size_t i) {
        while (i < text.size() && !detect_detail::ends_url.of[static_cast<unsigned char>(text[i])]) ++i;
        return i;
    };

    auto ascii_letter = [](char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };

    // A word at a time, so that the end of a word has one place in the loop and its
    // bookkeeping is inlined there, its state kept in registers instead of written back
    // through a call each word. Each turn starts where a word may start.
    for (std::size_t i = 0; i < text.size();) {
        auto const b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            // Between words: spaces, punctuation, digits, line feeds.
            if (!ascii_letter(text[i])) {
                ++i;
                if (b == '\n') end_line(i);
                continue;
            }
            if (url_at(i)) {  // begins with a letter, h or w
                i = url_end(i);
                continue;
            }
            // Most words of most texts: fewer than sixteen ASCII letters, ended by an ASCII
            // character that is not one. Read as one or two 64-bit words: their letters lowered
            // are the stop-word keys, and nothing of them is folded into the buffer.
            if (auto const word = detect_detail::read_ascii_word(text.data() + i, text.size() - i); word.length != 0) {
                auto const k = word.length;
                auto const next = static_cast<unsigned char>(text[i + k]);
                if (next < 0x80) {
                    std::size_t const after = i + k + 1;
                    if (auto const tables = index.find(word.first, word.second); tables.count > 0) add_stop_word(tables, after);
                    else if (k >= 4) ++(b < 'a' ? line_upper : line_lower);
                    i = after;
                    if (next == '\n') end_line(after);
                    continue;
                }
            }
        }
        // Any other word: its letters, up to the character that ends it: `after` is past that
        // one (apostrophes, hyphens, digits and punctuation all end a word: "l'état" is the two
        // words "l" and "état", as the French table expects), or the end of the text.
        std::size_t after = text.size();
        while (i < text.size()) {
            auto const c = static_cast<unsigned char>(text[i]);
            if (c < 0x80) {  // ASCII, most of any text, without decoding
                if (!ascii_letter(text[i])) {
                    after = i + 1;
                    break;
                }
                if (letters == 0) initial = c < 'a' ? letter_reading::upper : letter_reading::lower;
                // The word's run of ASCII letters at once: in most words it is all of them.
                std::size_t const run =
                    detect_detail::fold_ascii_run(text.data() + i, text.size() - i, buf, word_cap, len, overflow);
                i += run;
                letters += run;
                continue;
            }
            // Two bytes, nearly every letter past ASCII (accented Latin, Greek, Cyrillic): the
            // word's run of them at once, read from the table as decode() would give the code
            // points for them.
            if (std::size_t const run = detect_detail::fold_two_byte_run(text.data() + i, text.size() - i, buf, word_cap,
                                                                         len, overflow, letters, initial, seen)) {
                i += run;
                continue;
            }
            auto const d = utf8::decode(text, i);
            auto const letter = !d.valid         ? letter_reading{}
                                : d.length == 2 ? detect_detail::two_byte_letters.of[d.cp - 0x80]
                                                : detect_detail::read_letter(d.cp);
            if (letter.length == 0) {  // typographic apostrophes and dashes too
                after = i + d.length;
                break;
            }
            i += d.length;
            add_letter(letter);
        }
        end_word(after);
        if (i == text.size()) break;
        if (text[i] == '\n') end_line(i + 1);  // a line feed is ASCII
        i = after;
    }
    end_line(text.size());

    std::size_t best = 0;
    double sum = 0;
    for (std::size_t t = 0; t < n; ++t) {
        sum += total[t];
        if (lead[t] > lead[best]) best = t;
    }
    // Any evidence gives a guess (a lone title-case heading scores only tenths); the
    // confidence says how little it was.
    if (!(total[best] > 0.0)) return {std::string_view{}, 0.0};
    double const share = total[best] / sum;
    double const amount = sum / (sum + 2.0);  // a handful of hits is not certainty
    return {all_languages[best]->code, share * amount};
}

}  // namespace lang
CIVIC_NAMESPACE_END
