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
//  - a word counts less the later it comes (a half at 8 KiB, a third at 16 KiB): a page
//    that carries its statement in two languages puts the original first, and the
//    signatory list, in whatever languages its names are, comes last.
#pragma once
#include <civic/lang/detect.hpp>
#include <civic/lang/languages.hpp>
#include <civic/lang/word_table.hpp>
#include <civic/text/utf8.hpp>

#include <boost/core/bit.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>

CIVIC_NAMESPACE_BEGIN
namespace lang {

namespace detect_detail {
// The tables that list a stop word (bit t: all_languages[t]), and how many they are.
struct stop_word_tables {
    std::uint32_t mask = 0;
    std::uint32_t count = 0;
};

// Every stop word of every table, with the tables that list it: one hash lookup a word
// instead of a comparison with each word of each table. An open-addressing table, as the
// lookup runs once for every word of the text.
inline word_map<stop_word_tables> const& stop_word_languages() {
    static_assert(std::size(all_languages) <= 32, "one bit a language");
    static word_map<stop_word_tables> const index = [] {
        word_map<stop_word_tables> r;
        for (std::size_t t = 0; t < std::size(all_languages); ++t)
            for (auto sw : all_languages[t]->stop_words) {
                auto& tables = r[sw];
                if (tables.mask >> t & 1u) continue;  // listed twice by one table
                tables.mask |= std::uint32_t{1} << t;
                ++tables.count;
            }
        return r;
    }();
    return index;
}

// The length of the longest stop word: a longer word needs no lookup.
inline constexpr std::size_t longest_stop_word = [] {
    std::size_t longest = 0;
    for (auto const* table : all_languages)
        for (auto sw : table->stop_words) longest = std::max(longest, sw.size());
    return longest;
}();

// The first and last bytes of the stop words of each length, by their low five bits (which
// tell the ASCII letters apart): a word whose length and ends match none is not looked up.
// Two words in three of prose are not stop words, and this turns most of them away with one
// load and a shift, where the hash and the probe of the lookup cost some fifty instructions.
// Exact: every stop word passes; a word that passes is still looked up.
struct stop_word_ends {
    std::uint32_t last_bytes[longest_stop_word + 1][32];  // [length][first & 31]: bit (last & 31)

    constexpr stop_word_ends() : last_bytes() {
        for (auto const* table : all_languages)
            for (auto sw : table->stop_words)
                if (!sw.empty()) last_bytes[sw.size()][low_bits(sw.front())] |= std::uint32_t{1} << low_bits(sw.back());
    }

    // Whether word[0, len) may be a stop word; len is at most longest_stop_word.
    constexpr bool may_be_stop_word(char const* word, std::size_t len) const noexcept {
        return len > 0 && (last_bytes[len][low_bits(word[0])] >> low_bits(word[len - 1]) & 1u);
    }

private:
    static constexpr unsigned low_bits(char c) noexcept { return static_cast<unsigned char>(c) & 31u; }
};
inline constexpr stop_word_ends stop_word_ends_of_tables{};

// How the detector reads a letter: its fold as the tables write words (lower case, and ё as
// е), its case, which counts for a word's first letter, and whether only Russian or only
// Ukrainian writes it (і ї є ґ / ы э ъ ё).
struct letter_reading {
    enum : std::uint8_t { upper = 1, lower = 2, russian = 4, ukrainian = 8 };
    char fold[4];         // UTF-8
    std::uint8_t length;  // bytes of fold; 0 when the code point is not a letter
    std::uint8_t flags;
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
}  // namespace detect_detail

CIVIC_FUNC language_guess detect_language(std::string_view text) noexcept {
    constexpr std::size_t max_scan = 64 * 1024;  // plenty for a verdict, bounded cost
    constexpr std::size_t n = std::size(all_languages);
    // Stop words are short; a longer word is never one and is not folded past this.
    constexpr std::size_t word_cap = 64;
    constexpr double letter_weight = 0.5;   // a script-letter word: half a stop word
    constexpr double name_line_weight = 0.1;     // only capitalised content words
    constexpr double namey_line_weight = 0.25;   // fewer than a quarter in lower case
    constexpr double position_scale = 8 * 1024;  // bytes at which a word counts half

    if (text.size() > max_scan) text = text.substr(0, max_scan);  // a cut sequence decodes as invalid
    auto const& index = detect_detail::stop_word_languages();
    auto const& ends = detect_detail::stop_word_ends_of_tables;

    std::size_t ru = n, uk = n;
    for (std::size_t t = 0; t < n; ++t) {
        if (all_languages[t]->code == "ru") ru = t;
        if (all_languages[t]->code == "uk") uk = t;
    }

    double total[n] = {};
    double line[n] = {};
    // Whether a word of the line added to line[]: most lines (blank ones, names, numbers)
    // add nothing, and adding their zeros would change no total.
    bool line_scored = false;
    int line_lower = 0, line_upper = 0;  // content words (not stop words) by initial case

    char buf[word_cap + 8];  // eight bytes of room for a word's letters folded eight at a time
    std::size_t len = 0, letters = 0;
    bool overflow = false;
    // letter_reading flags: of the word's first letter (its case), and of all its letters
    // together (the Russian and Ukrainian letters it has).
    std::uint8_t initial = 0, seen = 0;
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

    // `at`: the byte offset the word ends at.
    auto end_word = [&](std::size_t at) {
        if (letters == 0) return;
        // Computed only for a word that counts: most words are neither stop words nor
        // written in one of the two Cyrillic alphabets alone.
        auto const position = [at] { return 1.0 / (1.0 + static_cast<double>(at) / position_scale); };
        detect_detail::stop_word_tables tables;
        if (!overflow && len <= detect_detail::longest_stop_word && ends.may_be_stop_word(buf, len)) {
            auto const found = index.find(std::string_view(buf, len));
            if (found != index.end()) tables = found->second;
        }
        if (tables.count > 0) {
            double const share = position() / static_cast<double>(tables.count);
            for (auto mask = tables.mask; mask != 0; mask &= mask - 1) line[boost::core::countr_zero(mask)] += share;
            line_scored = true;
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
                line[t] += letter_weight * position();
                line_scored = true;
            }
        }
        len = letters = 0;
        overflow = false;
        initial = seen = 0;
    };

    auto end_line = [&] {
        int const content = line_lower + line_upper;
        // Prose has lower-case content words (verbs, adjectives; German nouns are
        // capitalised, but its verbs still pass a quarter); a list of names has almost none.
        double const weight = (content == 0 || line_lower * 4 >= content) ? 1.0
                              : line_lower == 0                       ? name_line_weight
                                                                      : namey_line_weight;
        if (line_scored)
            for (std::size_t t = 0; t < n; ++t) {
                total[t] += line[t] * weight;
                line[t] = 0;
            }
        line_scored = false;
        line_lower = line_upper = 0;
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
        while (i < text.size()) {
            char const c = text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ')' || c == ']' || c == '>' ||
                c == '"' || c == '|')
                break;
            ++i;
        }
        return i;
    };

    auto ascii_letter = [](char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };

    // A word at a time, so that the end of a word has one place in the loop and its
    // bookkeeping is inlined there, its state kept in registers instead of written back
    // through a call each word.
    for (std::size_t i = 0;;) {
        // The word's letters, up to the character that ends it: `after` is past that one
        // (apostrophes, hyphens, digits and punctuation all end a word: "l'état" is the two
        // words "l" and "état", as the French table expects), or the end of the text.
        std::size_t after = text.size();
        while (i < text.size()) {
            auto const b = static_cast<unsigned char>(text[i]);
            if (b < 0x80) {  // ASCII, most of any text, without decoding
                if (!ascii_letter(text[i])) {
                    after = i + 1;
                    break;
                }
                if (letters == 0) {
                    if (url_at(i)) {  // begins with a letter, h or w
                        i = url_end(i);
                        continue;
                    }
                    initial = b < 'a' ? letter_reading::upper : letter_reading::lower;
                }
                // The word's run of ASCII letters at once: in most words it is all of them.
                std::size_t const run =
                    detect_detail::fold_ascii_run(text.data() + i, text.size() - i, buf, word_cap, len, overflow);
                i += run;
                letters += run;
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
        if (text[i] == '\n') end_line();  // a line feed is ASCII
        i = after;
    }
    end_line();

    std::size_t best = 0;
    double sum = 0;
    for (std::size_t t = 0; t < n; ++t) {
        sum += total[t];
        if (total[t] > total[best]) best = t;
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
