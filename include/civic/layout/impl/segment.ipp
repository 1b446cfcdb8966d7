// Definitions for <civic/layout/segment.hpp>.
#pragma once
#include <civic/grammar/date.hpp>
#include <civic/grammar/list_marker.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/layout/segment.hpp>
#include <civic/text/image_names.hpp>
#include <civic/text/page_marks.hpp>
#include <civic/text/short_find.hpp>
#include <civic/text/swar.hpp>
#include <civic/text/utf8.hpp>
#include <civic/text/words.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

CIVIC_NAMESPACE_BEGIN
namespace layout {

namespace detail {

inline bool is_collapsed_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n'; }

// Whether a trimmed text may have white space to collapse: a byte below ' ' (a tab or a line
// break; any other control character only sends the text the careful way, which copies it
// as it is) or two spaces in a row. Eight bytes are tested at once, the words overlapping by
// a byte so that no pair of bytes falls between two, and the last word ends at the end.
inline bool has_space_to_collapse(std::string_view s) noexcept {
    using text::swar::ones, text::swar::highs;
    auto const word_has = [&s](std::size_t at) {
        auto const x = text::swar::load8(s.data() + at);
        // Whether any byte is below 0x20 (as a whole, the test is exact).
        auto const controls = (x - ones * 0x20) & ~x & highs;
        // Spaces made zero, each byte or-ed with the next: a zero byte is two spaces in a row.
        // The byte whose neighbour is in the next word is set apart; the pairs are neighbours in
        // memory whichever way the word was loaded.
        auto const y = x ^ (ones * ' ');
        auto const pairs = y | (y >> 8) | (std::uint64_t{0xFF} << 56);
        return ((controls | ((pairs - ones) & ~pairs)) & highs) != 0;
    };
    if (s.size() < 8) {
        for (std::size_t i = 0; i < s.size(); ++i)
            if (static_cast<unsigned char>(s[i]) < 0x20 || (s[i] == ' ' && i + 1 < s.size() && s[i + 1] == ' ')) return true;
        return false;
    }
    for (std::size_t i = 0; i + 8 < s.size(); i += 7)
        if (word_has(i)) return true;
    return word_has(s.size() - 8);
}

}  // namespace detail

namespace detail {

inline std::string_view trim_collapsed_space(std::string_view s) noexcept {
    while (!s.empty() && is_collapsed_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_collapsed_space(s.back())) s.remove_suffix(1);
    return s;
}

// The first space, tab or line feed of s at or after `i`, or s.size(). Eight bytes are
// tested at once for one below '!': the first such byte is told exactly, and is one of the
// three unless it is another control character, after which the search goes on.
inline std::size_t next_collapsed_space(std::string_view s, std::size_t i) noexcept {
    using text::swar::ones, text::swar::highs;
    while (s.size() - i >= 8) {
        auto const x = text::swar::load8(s.data() + i);
        auto const low = (x - ones * 0x21) & ~x & highs;
        if (low == 0) {
            i += 8;
            continue;
        }
        i += text::swar::first_marked(low);
        if (is_collapsed_space(s[i])) return i;
        ++i;
    }
    for (; i < s.size(); ++i)
        if (is_collapsed_space(s[i])) return i;
    return s.size();
}

// Calls run(from, to) for each run of s between runs of white space, in order, with
// space_before telling whether white space comes before it.
template <class Run>
void for_each_word_run(std::string_view s, Run&& run) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t const from = i;
        while (i < s.size() && is_collapsed_space(s[i])) ++i;
        if (i == s.size()) return;
        std::size_t const end = next_collapsed_space(s, i);
        run(i, end, i != from);
        i = end;
    }
}

// The size of a trimmed text once its runs of white space are one space each.
inline std::size_t collapsed_size(std::string_view s) noexcept {
    std::size_t size = 0;
    for_each_word_run(s, [&](std::size_t from, std::size_t to, bool space_before) { size += to - from + space_before; });
    return size;
}

// What collapsing a trimmed text asks: the size of its collapsed form, and whether it is to be
// written at all (has_space_to_collapse(): a byte below ' ', or two spaces in a row; a text
// without either is its own collapsed form).
struct collapse_plan {
    std::size_t size;
    bool written;
};

// The plan a byte at a time: a byte of white space right after one is dropped.
inline collapse_plan plan_collapse_bytewise(std::string_view s) noexcept {
    std::size_t dropped = 0;
    bool written = false, white_before = false;
    for (char const c : s) {
        bool const white = is_collapsed_space(c);
        dropped += white && white_before;
        written = written || static_cast<unsigned char>(c) < 0x20 || (white && white_before);
        white_before = white;
    }
    return {s.size() - dropped, written};
}

// Writes at `out` the collapsed form of s[from, s.size()), the byte before `from` white space
// or not; returns the end.
inline char* write_collapsed_bytewise(std::string_view s, std::size_t from, bool white_before, char* out) noexcept {
    for (std::size_t i = from; i < s.size(); ++i) {
        bool const white = is_collapsed_space(s[i]);
        if (!(white && white_before)) *out++ = white ? ' ' : s[i];
        white_before = white;
    }
    return out;
}

#if defined(__SSE2__)
// Sixteen bytes at a time where the processor reads them at once (every x86-64 does): which of
// them are white space and which are below ' ' (bit i for byte i). A text's size once collapsed
// is its own less the white space right after white space, and the plan and the writing each
// read the text once, sixteen bytes a step, where counting and then writing a word at a time
// read it twice and copied each word with a call.
inline __m128i white_of(__m128i v) noexcept {  // 0xFF on each space, tab and line feed
    return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
}
inline std::uint32_t marks_of(__m128i bytes) noexcept { return static_cast<std::uint32_t>(_mm_movemask_epi8(bytes)); }
struct white_bytes16 {
    std::uint32_t white, controls;
};
inline white_bytes16 white_bytes_of(__m128i v) noexcept {
    // Below 0x20 as unsigned bytes: a byte that the minimum with 0x1F leaves as it is.
    return {marks_of(white_of(v)), marks_of(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v))};
}

inline __m128i load16(char const* p) noexcept { return _mm_loadu_si128(reinterpret_cast<__m128i const*>(p)); }

// The number of bits set in a mask of sixteen bytes' dropped spaces: few, and usually none.
inline std::size_t dropped_in(std::uint32_t dropped) noexcept {
    std::size_t n = 0;
    for (; dropped != 0; dropped &= dropped - 1) ++n;
    return n;
}
#endif

inline collapse_plan plan_collapse(std::string_view s) noexcept {
#if defined(__SSE2__)
    if (s.size() >= 16) {
        std::size_t dropped = 0;
        std::uint32_t marks = 0;  // bytes below ' ' and dropped bytes: whether it is written
        std::uint32_t white_before = 0;  // the last byte of the step before, white space
        std::size_t i = 0;
        for (; s.size() - i >= 16; i += 16) {
            auto const b = white_bytes_of(load16(s.data() + i));
            std::uint32_t const drops = b.white & (b.white << 1 | white_before);
            white_before = b.white >> 15;
            marks |= b.controls | drops;
            dropped += dropped_in(drops);
        }
        if (i < s.size()) {
            // The last sixteen bytes of the text, of which those before i were read already;
            // the byte before the first new one is in the window.
            std::size_t const start = s.size() - 16, seen = i - start;
            auto const b = white_bytes_of(load16(s.data() + start));
            std::uint32_t const fresh = 0xFFFFu << seen & 0xFFFFu;
            std::uint32_t const drops = b.white & b.white << 1 & fresh;
            marks |= (b.controls & fresh) | drops;
            dropped += dropped_in(drops);
        }
        return {s.size() - dropped, marks != 0};
    }
    if (!has_space_to_collapse(s)) return {s.size(), false};
    return plan_collapse_bytewise(s);
#else
    if (!has_space_to_collapse(s)) return {s.size(), false};
    return {collapsed_size(s), true};
#endif
}

// Writes the collapsed form of a trimmed text at `out`, plan_collapse(s).size bytes; returns the end.
inline char* write_collapsed(std::string_view s, char* out) noexcept {
#if defined(__SSE2__)
    // Sixteen bytes that drop nothing are sixteen of the collapsed form, their tabs and line
    // feeds made spaces: stored at once. The others, and the last few bytes, a byte at a time.
    std::size_t i = 0;
    std::uint32_t white_before = 0;
    for (; s.size() - i >= 16; i += 16) {
        __m128i const v = load16(s.data() + i);
        __m128i const white = white_of(v);
        std::uint32_t const marks = marks_of(white);
        if ((marks & (marks << 1 | white_before)) == 0) {
            __m128i const spaced = _mm_or_si128(_mm_andnot_si128(white, v), _mm_and_si128(white, _mm_set1_epi8(' ')));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out), spaced);
            out += 16;
        } else {
            out = write_collapsed_bytewise(s.substr(0, i + 16), i, white_before != 0, out);
        }
        white_before = marks >> 15;
    }
    return write_collapsed_bytewise(s, i, white_before != 0, out);
#else
    for_each_word_run(s, [&](std::size_t from, std::size_t to, bool space_before) {
        if (space_before) *out++ = ' ';
        std::memcpy(out, s.data() + from, to - from);
        out += to - from;
    });
    return out;
#endif
}

}  // namespace detail

CIVIC_FUNC std::string collapse_spaces(std::string_view s) {
    s = detail::trim_collapsed_space(s);
    // Most texts (a line of prose) have nothing to collapse: copied whole, in one allocation.
    auto const plan = detail::plan_collapse(s);
    if (!plan.written) return std::string(s);
    // Counted first, so that the text is allocated at its size: a block joined from many
    // lines of a PDF is not kept at the size of its raw lines.
    std::string out(plan.size, '\0');
    detail::write_collapsed(s, out.data());
    return out;
}

namespace detail {

inline std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// A PDF hard wrap: a long line stops in mid-sentence and the next goes on in lower case.
// Short lines ("---", "tags:", a name) are lines of their own.
inline bool ends_sentence(char last) { return last == '.' || last == ':' || last == ';' || last == '!' || last == '?'; }

// Whether `before`, the words before a dateline's date as the line writes them, name its place:
// two words ("Rabat, le", "г. Ереван,"), or three that open with a capital ("Dar es Salaam,"; a
// wrapped sentence goes on in lower case: "la condamnation, le 6 mars 2026, de …"); or a few such
// places apart by slashes or dashes, a comma after the last ("Dar es Salaam / Nairobi,",
// "Tbilisi – Yerevan – Baku,"). Each space more counts as a word: a run of them is a gap between
// columns ("Ref: AB/2025/017        14 March 2025"), not a place's.
inline bool names_dateline_places(std::string_view before) {
    if (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    std::size_t places = 1, words = 0;
    bool capitalised = false;
    for (std::size_t at = 0; at < before.size();) {
        auto const end = std::min(before.find(' ', at), before.size());
        auto const word = before.substr(at, end - at);
        at = end + 1;
        auto const first = word.empty() ? utf8::decoded{} : utf8::decode(word, 0);
        if (!word.empty() && (word == "/" || (first.length == word.size() && utf8::is_dash(first.cp)))) {
            if (++places > 4 || words == 0) return false;
            words = 0;
            continue;
        }
        if (words == 0) capitalised = utf8::is_upper_letter(first.cp);
        if (++words > (capitalised ? 3u : 2u)) return false;
    }
    return places == 1 || before.back() == ',';
}

// A line of the text without its spaces and tabs at either end, [begin, end) (empty for a
// blank line), and where the line after it starts. No member is initialised by default, so
// that an array of them costs nothing until it is written.
struct text_line {
    std::size_t begin, end, next;
};

inline text_line read_line(std::string_view s, std::size_t pos) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    auto const line = trim(s.substr(pos, eol - pos));
    auto const begin = static_cast<std::size_t>(line.data() - s.data());
    return {begin, begin + line.size(), eol + 1};
}

// Whether the line at s[pos] opens with a bar, a row of a table typed between bars.
inline bool opens_table_row(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return false;
    auto const next = read_line(s, pos);
    return next.begin < next.end && s[next.begin] == '|';
}

// What segment() needs to know of all the lines before it reads them, told in one pass over
// the line breaks.
struct line_survey {
    std::size_t with_text = 0;  // lines that are not blank: a block takes one or more
    // Text from a PDF is hard-wrapped throughout: many long lines stop in mid-sentence and the
    // next line goes on in lower case. Then a wrapped line may also go on with a capital
    // ("… the members of the" / "Saltmarsh Tenants' Union").
    bool hard_wrapped = false;
    // The longest line, in bytes, that went on in lower case on the next: about the width the
    // text was wrapped at. Two lines in a row much shorter than it are lines of their own
    // ("Независимая психиатрическая ассоциация России" / "Правозащитный проект …": a list
    // under the wrapped text), where one of them that long is the first or the last of a
    // wrapped sentence.
    std::size_t wrap_width = 0;
    // The first lines as the survey read them, for segment() to take instead of finding their
    // ends again: all the lines of most statements. Only so many, in the survey itself: a
    // record of every line of a long text would be an allocation as large as its blocks.
    static constexpr std::size_t kept_capacity = 64;
    std::size_t kept = 0;
    text_line first_lines[kept_capacity];
    // Short lines that end or start with a number: where a running header or footer with the
    // page's number is sought (running_headers()). Few lines of any text are such.
    std::vector<text_line> numbered;
};

// Whether a trimmed line ends or starts with a number that a space sets apart: the lines
// running_headers() reads. One test for most lines, which end in a letter or a stop; the items
// of a numbered list ("1. Amber Lantern Association") are passed at their marker, not kept.
inline bool ends_or_starts_with_number(std::string_view line) noexcept {
    auto const digit = [](char c) { return c >= '0' && c <= '9'; };
    if (line.empty() || line.size() > 160) return false;
    if (digit(line.back())) return true;
    if (!digit(line.front())) return false;
    std::size_t i = 1;
    while (i < line.size() && i < 4 && digit(line[i])) ++i;
    return i < line.size() && (line[i] == ' ' || line[i] == '\t');
}

// "ver.di – Vereinte Dienstleistungsgewerkschaft", "medico - Hilfe für Menschen in Not": a line
// of a few words (eight at most, no sentence's stop at its end) whose first word is followed
// by a spaced dash.
inline bool opens_with_name_before_dash(std::string_view line) {
    auto const space = line.find(' ');
    if (space == std::string_view::npos || space + 2 >= line.size() || ends_sentence(line.back()) || line.back() == ',')
        return false;
    auto const dash = text::dash_length_at(line, space + 1);
    return dash != 0 && space + 1 + dash < line.size() && line[space + 1 + dash] == ' ' && text::word_count(line, 10) <= 9;
}

// "Katarzyna Wiśniewska, Fundacja Praw Obywatelskich" / "sędzia w stanie spoczynku Jan …": under
// a line that ends in a capitalised word, a line that opens with a person's title or role in
// lower case ("dr …", "prof. …", "sędzia …") is the next signature. So is a title before a
// capital ("проф. А. В. Соколов, …") under a signature of a name and its role after a comma
// ("Л. М. Иванова, член Московской Хельсинкской группы"), whatever that role ends with.
inline bool signature_under(std::string_view previous_line, std::string_view line) {
    auto const last_space = previous_line.rfind(' ');
    if (line.empty() || !utf8::is_lower_letter(utf8::decode(line, 0).cp) || last_space == std::string_view::npos)
        return false;
    bool const after_capital = utf8::is_upper_letter(utf8::decode(previous_line, last_space + 1).cp);
    auto const comma = previous_line.find(", ");
    bool const after_signature = !after_capital && comma != std::string_view::npos && comma < 48 &&
                                 utf8::is_upper_letter(utf8::decode(previous_line, 0).cp);
    if (!after_capital && !after_signature) return false;
    auto const lowered = utf8::lower_same_length(line.substr(0, 32));
    auto const title = lang::starts_with_any<&lang::language_table::person_titles>(lowered);
    if (after_signature) {
        if (!title) return false;
        auto const next = line.find_first_not_of(' ', title.phrase.size());
        return next != std::string_view::npos && utf8::is_upper_letter(utf8::decode(line, next).cp);
    }
    return title || lang::starts_with_any<&lang::language_table::role_words>(lowered);
}

// "Association des femmes juristes de Valmorie" / "association des femmes de Kerbala": under a
// short line that reads as a list's entry (it ends in a capitalised word, or opens with the word
// of an organisation's kind: "Association pour la défense des droits humains"), a short line
// that opens with such a word in lower case (an organisation word of the tables, more words after
// it) and ends as no sentence does is the next entry, a name its organisation writes in lower
// case, not the rest of a wrapped line (which goes on at a function word or with the rest of a
// sentence: "… the women's" / "association of Kerbala said …").
inline bool opens_with_kind_word(std::string_view line) {
    constexpr auto kinds = &lang::language_table::organisation_words;
    return lang::may_open_with<kinds>(line) && lang::with_fold_start<kinds>(line, [](std::string_view folded) {
               auto const m = lang::starts_with_any<kinds>(folded);
               return m && m.phrase.size() < folded.size() && folded[m.phrase.size()] == ' ';
           });
}

inline bool lower_case_entry_under(std::string_view previous_line, std::string_view line) {
    auto const last_space = previous_line.rfind(' ');
    if (line.empty() || !utf8::is_lower_letter(utf8::decode(line, 0).cp) || last_space == std::string_view::npos ||
        ends_sentence(line.back()) || line.back() == ',' || line.find(' ') == std::string_view::npos ||
        text::word_count(line, 13) > 12 || text::word_count(previous_line, 13) > 12 || !opens_with_kind_word(line))
        return false;
    return utf8::is_upper_letter(utf8::decode(previous_line, last_space + 1).cp) || opens_with_kind_word(previous_line);
}

inline line_survey survey_lines(std::string_view s) {
    line_survey survey;
    std::size_t candidates = 0, lower = 0, previous_length = 0;
    char previous_last = '.';
    std::string_view previous_line;
    for (std::size_t pos = 0; pos < s.size();) {
        auto const read = read_line(s, pos);
        if (survey.kept < line_survey::kept_capacity) survey.first_lines[survey.kept++] = read;
        auto const line = s.substr(read.begin, read.end - read.begin);
        pos = read.next;
        survey.with_text += !line.empty();
        if (ends_or_starts_with_number(line)) survey.numbered.push_back(read);
        // A line that opens with no letter (a list's next number or bullet, a quote), or follows
        // an entry's "(Country)", tells nothing of the wrap: a list's items are lines of their
        // own in any text.
        // Nor does a signature that opens with a title or a role in lower case ("dr Piotr …").
        if (!line.empty() && previous_length >= 40 && !ends_sentence(previous_last) && previous_last != ')') {
            auto const first = utf8::decode(line, 0).cp;
            bool const signature = signature_under(previous_line, line) || lower_case_entry_under(previous_line, line);
            candidates += utf8::is_letter(first) && !signature;
            if (utf8::is_lower_letter(first) && !signature) {
                ++lower;
                survey.wrap_width = std::max(survey.wrap_width, previous_length);
            }
        }
        previous_length = line.size();
        previous_last = line.empty() ? '.' : line.back();
        previous_line = line;
    }
    survey.hard_wrapped = candidates >= 3 && lower * 10 >= candidates * 6;
    return survey;
}

// "and others", "and 23 other organisations", "и еще 15 организаций": a closer of the tables, or
// a conjunction with a count soon after it.
inline bool opens_list_closer(std::string_view line) {
    auto const lowered = utf8::lower_same_length(line.substr(0, 48));
    std::string_view const low(lowered);
    if (lang::starts_with_any<&lang::language_table::list_closers>(low)) return true;
    auto const conjunction = lang::starts_with_any<&lang::language_table::conjunctions>(low);
    if (!conjunction || conjunction.phrase.size() >= low.size() || low[conjunction.phrase.size()] != ' ') return false;
    return text::has_digit(low.substr(conjunction.phrase.size(), 14));
}

// "… for Human Rights and the Rule of" / "Law (Kazakhstan)": a line that ends with a function word
// of the tables in lower case ("of", "and", "für", "и") stops in mid-name or mid-sentence, and
// the next line goes on with it whatever its case.
// Not a conjunction after a list's separator ("Birchwood Partners (Kenya); and"): the next entry
// is the list's last.
inline bool ends_with_function_word(std::string_view line) {
    auto const space = line.rfind(' ');
    if (space == std::string_view::npos || space == 0 || line.size() - space > 13 || line[space - 1] == ',' ||
        line[space - 1] == ';')
        return false;
    auto const word = line.substr(space + 1);
    // Three letters at most: the articles, prepositions and conjunctions; a longer function word
    // may end a name ("Justice pour tous", "para todos"), and so may a pronoun ("Stand with us").
    // A word that opens in lower case is compared as it is: the tables' words are in lower case.
    if (word.size() > 6 || !utf8::is_lower_letter(utf8::decode(word, 0).cp) || utf8::at_least_code_points(word, 4))
        return false;
    auto const m = lang::starts_with_any<&lang::language_table::stop_words>(word);
    return m && m.phrase.size() == word.size() && !lang::starts_with_any<&lang::language_table::first_person_plural>(word) &&
           !lang::starts_with_any<&lang::language_table::second_person>(word);
}

// "(HRMI) Human Rights …": a word in capitals (or digits, '-', '.', '&') in parentheses, then a
// space and a capital.
inline bool opens_with_acronym_before_name(std::string_view line) {
    auto const close = line.find(')');
    if (close == std::string_view::npos || close < 3 || close > 16 || close + 2 >= line.size() || line[close + 1] != ' ')
        return false;
    for (std::size_t i = 1; i < close; ++i) {
        char const c = line[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '&' ||
              static_cast<unsigned char>(c) >= 0x80))
            return false;
    }
    return utf8::is_upper_letter(utf8::decode(line, close + 2).cp) && !utf8::is_lower_letter(utf8::decode(line, 1).cp);
}

// Whether `text` opens with the list's number after `value`: "3. " or "3) " after 2.
inline bool numbered_next(std::string_view text, unsigned value) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    unsigned number = 0;
    auto const digits = i;
    for (; i < text.size() && i - digits < 4 && text[i] >= '0' && text[i] <= '9'; ++i) number = number * 10 + static_cast<unsigned>(text[i] - '0');
    return i > digits && number == value + 1 && i + 1 < text.size() && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ';
}

// "Amber Coalition (AC) | Kenya" / "350 Pacific | Fiji": a row of a table typed by hand, its
// cells apart by spaced bars; "12/1/2023 9:14:22,Amber Coalition,Kenya": a row of a form's
// export, apart by commas with no space after them (a number's comma has a digit after it,
// "4,200"). Under another such row it is the next row, not the rest of a wrapped line,
// whatever it opens with. The bar and the comma found by the library's search first: most
// lines have neither.
inline bool has_cell_separator(std::string_view line) {
    if (auto const bar = line.find('|');
        bar != std::string_view::npos && bar > 0 && line[bar - 1] == ' ' && bar + 1 < line.size() && line[bar + 1] == ' ')
        return true;
    for (auto comma = line.find(','); comma != std::string_view::npos && comma + 1 < line.size(); comma = line.find(',', comma + 1))
        if (auto const next = utf8::decode(line, comma + 1).cp; utf8::is_letter(next) || next == '"') return true;
    return false;
}

// `previous_last` is the last character of the previous block: its lines are trimmed, so the
// last of its collapsed text too.
inline bool continues(block const& previous, char previous_last, std::string_view previous_line, std::string_view line,
                      std::size_t wrap_width, std::string_view after_line) {
    if (previous.kind == block_kind::heading || previous.kind == block_kind::table_row || line.empty()) return false;
    // "2. Youth Group for Gender Equality and Women's Empowerment," / "Bangladesh" / "3. …": in
    // a numbered list, a line without a number right between an item and the one numbered next
    // is the rest of the item that the page's width cut. A group's heading there ends in a colon,
    // or stands after a blank line.
    if (previous.kind == block_kind::list_item && previous.marker == marker_kind::number && line.back() != ':' &&
        numbered_next(after_line, previous.marker_value))
        return true;
    // "Karakalpak Diaspora Association of" / "Kazakhstan", "Фонд защиты прав человека и" /
    // "верховенства права": a line of a few words that ends with a function word goes on, however
    // short it is.
    if (previous_line.size() >= 12 && ends_with_function_word(previous_line) && !text::is_image_file_name(line) &&
        (utf8::is_letter(utf8::decode(line, 0).cp) || utf8::is_quote(utf8::decode(line, 0).cp)))
        return true;
    // Long in letters, not bytes: a Cyrillic line takes twice the bytes ("Председатель
    // правления" is a signature's role line, not a wrapped one).
    if (previous_line.size() < 40 || !utf8::at_least_code_points(previous_line, 40)) return false;
    if (ends_sentence(previous_last)) return false;
    // "Statement … on Political Prisoners" / "Published on 10 December 2024, Human Rights Day": a
    // headline's dateline under its one line.
    if (previous.lines == 1 && previous_last != ',' && layout::opens_dateline(line)) return false;
    // "… Coral Bay Human Rights Forum," / "Georgia; Dune Press Freedom Centre, Kazakhstan": a list
    // glued with semicolons, wrapped inside an entry, goes on on the next line whatever its case.
    if (previous_last == ',' && previous_line.find("; ") != std::string_view::npos && line.find(';') != std::string_view::npos)
        return true;
    // "Signed by: A (Kenya), B (Uganda), Baltic Media" / "Alliance (Latvia), …": names glued
    // with commas after a header's colon, wrapped inside a name, go on on the next line of
    // names whatever its case.
    // A line with a key of its own ("To: …" / "Cc: …") starts anew.
    if (utf8::is_letter(utf8::decode_before(previous_line, previous_line.size()).cp) &&
        line.find(", ") != std::string_view::npos && line.substr(0, 24).find(':') == std::string_view::npos)
        if (auto const colon = previous_line.find(": "); colon != std::string_view::npos && colon < 40)
            if (auto const comma = previous_line.find(", ", colon); comma != std::string_view::npos &&
                                                                    previous_line.find(", ", comma + 2) != std::string_view::npos)
                return true;
    auto first = utf8::decode(line, 0);
    // "2. Cease the prosecution of the staff of the" / "«Vestnik» newspaper;", "… during the July" /
    // "2022 events;": an item that stops in mid-sentence goes on on a line that ends as its
    // siblings do, whatever that line opens with, and is no longer than the line it ends (a
    // paragraph that explains the item, under it, is); with a full stop, a few words only ("…
    // during the searches" / "Journalism is not a crime." is a sentence of its own).
    if (previous.kind == block_kind::list_item && (line.back() == ';' || line.back() == '.') &&
        line.size() <= previous_line.size() && (line.back() == ';' || text::word_count(line, 4) <= 3))
        return true;
    // "… to a maximum of" / "7 days, in line with …": after a word in lower case, a line that
    // opens with a number goes on, when words follow it (not a signing line's "5 December 2026").
    // Not a date under a headline ("… journalists" / "12 March 2024, 14:20"): a date and its time
    // at most, no word after it ("… following the" / "25 June 2024 demonstrations" goes on).
    if (first.cp >= '0' && first.cp <= '9' && utf8::is_lower_letter(utf8::decode_before(previous_line, previous_line.size()).cp)) {
        if (text::word_count(line, 4) < 4) return false;
        if (line.size() > 40 || !grammar::holds_plausible_year(line)) return true;
        auto const lowered = utf8::lower_same_length(line);
        auto const d = grammar::find_date(lowered);
        if (!d) return true;
        auto const rest = std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data()));
        std::size_t letters = 0, longest = 0;
        for (char c : rest) {
            letters = (c >= 'a' && c <= 'z') ? letters + 1 : 0;
            longest = std::max(longest, letters);
        }
        return longest > 2;
    }
    // A capital goes on with a wrapped line, but not after a closing parenthesis: "… (Armenia)"
    // ends an entry of a list, and the next begins.
    // Under a short line that closes a quotation or is half the width at most, a long one goes
    // on with it only when its first word would not have fitted on the short one ("Human Rights
    // Movement "Bir Duino"" / "Kazakhstan International Bureau for Human Rights and the Rule of
    // Law (KIBHR)" are two entries). A PDF's first line of a paragraph, set in another font, may
    // stop short of the width otherwise.
    auto const first_word_overflows = [&] {
        auto const closes_quotation = utf8::is_quote(utf8::decode_before(previous_line, previous_line.size()).cp);
        if (!closes_quotation && previous_line.size() * 2 > wrap_width) return true;
        auto const space = line.find(' ');
        return previous_line.size() + 1 + (space == std::string_view::npos ? line.size() : space) > wrap_width;
    };
    // "7amleh – The Arab Center for the Advancement of Social Media" / "Access Now" / "ALQST for
    // Human Rights": a short line that ends as no sentence does, under a long one that had room
    // for its first word and two bytes more, and over another such line, is the next line of a
    // list, not the long line's end ("… Must End Transnational" / "Repression" / a paragraph
    // is). `after_line`: the text after the line.
    auto const short_entry = [&](std::string_view l) { return !l.empty() && l.size() * 2 < wrap_width && l.back() != '.'; };
    auto const next_entry_fits = [&] {
        if (!short_entry(line)) return false;
        auto const space = line.find(' ');
        if (previous_line.size() + 1 + (space == std::string_view::npos ? line.size() : space) + 2 > wrap_width) return false;
        auto const eol = after_line.find('\n');
        return short_entry(trim(after_line.substr(0, eol)));
    };
    if (!utf8::is_lower_letter(first.cp) &&
        !(wrap_width &&
          ((previous_line.size() * 4 >= wrap_width * 3 && !next_entry_fits()) ||
           (line.size() * 4 >= wrap_width * 3 && first_word_overflows())) &&
          previous_last != ')' &&
          (utf8::is_upper_letter(first.cp) || utf8::is_quote(first.cp)))) {
        // Unless an entry the break fell inside goes on: the line leaves a parenthesis open
        // ("… Freedom Now (United" / "States), …"), or the next opens with the parenthesis of
        // the words before it ("… Partnership for Human Rights" / "(Belgium), …").
        // Not a line that opens with an acronym in parentheses before a name ("(HRMI) Human Rights
        // Movement …"): the next entry, its acronym first.
        if (line.front() == '(') return !opens_with_acronym_before_name(line);
        if (previous_last == ')') return false;
        int open = 0;
        for (char c : previous_line) open += (c == '(') - (c == ')');
        return open > 0;
    }
    // "Electronic Frontier Foundation (United States)" / "epicenter.works (Austria)": under an
    // entry closed by its parenthesis, a short line closed so is the next entry, whatever its case.
    if (previous_last == ')' && line.back() == ')' && text::word_count(line, 9) <= 8) return false;
    // "Gewerkschaft Nahrung-Genuss-Gaststätten (NGG)" / "ver.di – Vereinte Dienstleistungsgewerkschaft":
    // under it too, a short line whose first word is a name written in lower case, its long name
    // after a spaced dash, is the next entry.
    if (previous_last == ')' && opens_with_name_before_dash(line)) return false;
    // "coral-bay-forum.jpeg": a logo's file name under a name is a line of its own.
    if (text::is_image_file_name(line) || text::is_image_placeholder(line)) return false;
    // "Index on Censorship Club, United Kingdom" / "and 23 other organisations": the closer of
    // a list opens a line of its own.
    if (opens_list_closer(line)) return false;
    // "prof. dr hab. Ewa Nowak, Uniwersytet Warszawski" / "dr Piotr Zieliński, adwokat".
    if (signature_under(previous_line, line)) return false;
    // "Association des femmes juristes de Valmorie" / "association des femmes de Kerbala".
    if (lower_case_entry_under(previous_line, line)) return false;
    // "subtitle: …" in front matter is a key of its own, not the rest of a sentence.
    for (char c : line) {
        if (c == ':') return false;
        if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-')) break;
    }
    return true;
}


// A PDF's page furniture: a line (trimmed) that ends with the page's number, alone ("Page 2 of
// 5", "2/5", "3 | P a g e") or after a running header and a gap of spaces ("Lakeshore Rights
// Watch      Page 2 of 5"). Most lines end in neither a digit nor a letter, or have no bar near
// their end, and are passed at a test or two.
inline bool is_page_mark_line(std::string_view line) {
    if (line.empty()) return false;
    bool const number_last = line.back() >= '0' && line.back() <= '9';
    bool const letter_last = (line.back() | 0x20) >= 'a' && (line.back() | 0x20) <= 'z';
    if (!number_last && !(letter_last && line.find('|', line.size() > 24 ? line.size() - 24 : 0) != std::string_view::npos))
        return false;
    auto const mark = text::page_mark_at_end(line);
    return mark && (mark->begin == 0 || text::spaced_from_words(line, *mark));
}

// A running footer that a PDF prints with the page's number after a gap of spaces ("Lakeshore
// Rights Watch · www.lakeshore.example            1"): the number of one to three digits alone
// after four spaces or more, words before them.
inline bool ends_with_number_after_gap(std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && digits < 4 && line[line.size() - 1 - digits] >= '0' && line[line.size() - 1 - digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 3 || line[line.size() - digits] == '0') return false;
    auto const before = line.substr(0, line.size() - digits);
    auto const words_end = before.find_last_not_of(' ');
    return words_end != std::string_view::npos && before.size() - 1 - words_end >= 4;
}

// A line's words without the page's number at its end or start ("Joint statement on Veloria
// | 2", "2 — Joint statement on Veloria"), and the number; no words when it has no such
// number or fewer than three other words. Three at least, so that headings numbered in turn
// ("Article 19", "Annex 2", "Recommendation 3") are not taken for a running header.
struct page_numbered {
    std::string_view words;
    unsigned number = 0;
};

inline page_numbered split_page_number(std::string_view line) noexcept {
    auto const digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t digits = 0;
    page_numbered result;
    if (digit(line.back())) {
        while (digits < line.size() && digit(line[line.size() - 1 - digits])) ++digits;
        if (digits > 3 || digits == line.size() || (line[line.size() - 1 - digits] != ' ' && line[line.size() - 1 - digits] != '\t'))
            return {};
        for (std::size_t i = line.size() - digits; i < line.size(); ++i) result.number = result.number * 10 + unsigned(line[i] - '0');
        line.remove_suffix(digits);
    } else {
        while (digits < line.size() && digit(line[digits])) ++digits;
        if (digits > 3 || digits == line.size() || (line[digits] != ' ' && line[digits] != '\t')) return {};
        for (std::size_t i = 0; i < digits; ++i) result.number = result.number * 10 + unsigned(line[i] - '0');
        line.remove_prefix(digits);
    }
    // A bar or a dash between the words and the number belongs to neither.
    for (bool trimmed = true; trimmed && !line.empty();) {
        trimmed = false;
        for (std::string_view cut : {" ", "\t", "|", "-", "\u2013", "\u2014"}) {
            if (line.size() >= cut.size() && line.substr(line.size() - cut.size()) == cut) line.remove_suffix(cut.size()), trimmed = true;
            if (line.size() >= cut.size() && line.substr(0, cut.size()) == cut) line.remove_prefix(cut.size()), trimmed = true;
        }
    }
    std::size_t words = 0;
    for_each_word_run(line, [&](std::size_t, std::size_t, bool) { ++words; });
    if (result.number == 0 || words < 3) return {};
    result.words = line;
    return result;
}

// The lines of a text that a PDF printed on each page with the page's number: the same words
// on two lines or more, the number rising from one to the next. The lines' beginnings, in
// the text's order.
inline std::vector<std::size_t> running_headers(std::string_view s, std::vector<text_line> const& numbered) {
    std::vector<std::size_t> found;
    if (numbered.size() < 2) return found;
    struct candidate {
        std::string_view words;
        unsigned number;
        std::size_t begin;
    };
    std::vector<candidate> candidates;
    for (auto const& l : numbered)
        if (auto const split = split_page_number(s.substr(l.begin, l.end - l.begin)); !split.words.empty())
            candidates.push_back({split.words, split.number, l.begin});
    // By their words, and in the text's order among the same words.
    std::sort(candidates.begin(), candidates.end(), [](candidate const& a, candidate const& b) {
        return a.words != b.words ? a.words < b.words : a.begin < b.begin;
    });
    for (std::size_t i = 0; i < candidates.size();) {
        std::size_t j = i + 1;
        bool rising = true;
        for (; j < candidates.size() && candidates[j].words == candidates[i].words; ++j)
            rising = rising && candidates[j].number > candidates[j - 1].number;
        if (j - i >= 2 && rising)
            for (std::size_t k = i; k < j; ++k) found.push_back(candidates[k].begin);
        i = j;
    }
    std::sort(found.begin(), found.end());
    return found;
}

// "[x] ", "[ ] ": the box of an item of a Markdown task list (GitHub's), ticked or not.
inline bool opens_with_task_box(std::string_view content) noexcept {
    return content.size() > 4 && content[0] == '[' && (content[1] == ' ' || content[1] == 'x' || content[1] == 'X') &&
           content[2] == ']' && content[3] == ' ';
}

// Whether a line opens with a capital and a full stop ("A. ", "I. "): an item's marker
// beside its siblings, a person's initial alone ("A. Smith signed the draft", "V. Petrenko
// was not allowed …").
inline bool opens_with_capital_initial(std::string_view line) noexcept {
    return line.size() >= 2 && line[0] >= 'A' && line[0] <= 'Z' && line[1] == '.';
}

// Whether the next sibling of a first item "A. " or "I. " ("B. ", "II. ") is the next line
// within the few thousand bytes after `from` (as long items' lines run) that opens with a
// capital and a full stop: "A. Smith signed …" before a list "A. … B. …" is no item.
inline bool next_capital_sibling_follows(std::string_view s, std::size_t from, char first) {
    std::string_view const window = s.substr(from - std::min<std::size_t>(from, 1), 6000);
    std::string_view const sibling = first == 'I' ? std::string_view("II.") : std::string_view("B.");
    for (auto at = window.find('\n'); at != std::string_view::npos; at = window.find('\n', at + 1)) {
        auto const line = window.substr(at + 1);
        bool const is_sibling = line.substr(0, sibling.size()) == sibling;
        if (!is_sibling && !opens_with_capital_initial(line)) continue;
        auto const after = is_sibling ? sibling.size() : 2;
        return is_sibling && after < line.size() && (line[after] == ' ' || line[after] == '\t');
    }
    return false;
}

// Whether a capital initial's marker is an item's: the sibling before it is the last item
// read, or it is the first and its sibling follows. An "I." after "H." is the ninth letter.
inline bool capital_marker_has_sibling(std::string_view s, std::size_t next_line, std::string_view line,
                                       grammar::ast::list_marker& marker, block const* last_item) {
    auto const letter_value = static_cast<unsigned>(line[0] - 'A' + 1);
    if (last_item && last_item->marker == marker_kind::letter && last_item->marker_value + 1 == letter_value) {
        marker.kind = grammar::ast::marker_kind::letter;
        marker.value = letter_value;
        return true;
    }
    if (last_item && marker.kind == grammar::ast::marker_kind::roman && last_item->marker == marker_kind::roman &&
        last_item->marker_value + 1 == marker.value)
        return true;
    return marker.value == 1 && next_capital_sibling_follows(s, next_line, line[0]);
}

// The spaces before s[at] on its line.
inline std::size_t indentation(std::string_view s, std::size_t at) {
    std::size_t spaces = 0;
    while (at > spaces && s[at - spaces - 1] == ' ') ++spaces;
    return spaces;
}

// "- limit the detention to a maximum of" / "  7 days, …": a line indented past the marker of
// the item above it goes on with the item, whatever it opens with (a list's own way of
// wrapping, in Markdown and in text laid out from a PDF).
inline bool indented_under_item(std::string_view s, block const& previous, std::size_t line_begin) {
    if (previous.kind != block_kind::list_item) return false;
    auto const spaces = indentation(s, line_begin);
    return spaces >= 2 && spaces > indentation(s, previous.begin);
}

// "o Release …", "§ Release …", "Ø Release …": what PDF text keeps of a word processor's
// second-level or Wingdings bullets, a letter or a sign and a blank; "e Release …", what a scan's
// text recognition reads for a bullet "•", before a capital. The bullet's bytes, or none.
inline std::string_view letter_bullet_of(std::string_view line) noexcept {
    std::size_t const length = !line.empty() && (line[0] == 'o' || (line[0] == 'e' && line.size() > 2 && line[2] >= 'A' && line[2] <= 'Z')) ? 1
                               : line.size() > 1 && ((line[0] == '\xC2' && line[1] == '\xA7') || (line[0] == '\xC3' && line[1] == '\x98'))
                                   ? 2
                                   : 0;
    if (length == 0 || line.size() <= length + 1 || (line[length] != ' ' && line[length] != '\t')) return {};
    return line.substr(0, length);
}

// Whether a letter bullet is an item's: the last item read opened with the same, or a line
// after it does, within the few thousand bytes a long item's lines run. Alone, "o la sociedad
// civil" is a line that a Spanish sentence wrapped, "§ 3 of the Act" a reference.
inline bool letter_bullet_has_sibling(std::string_view s, std::size_t from, block const* last_item, std::string_view bullet) {
    if (last_item && letter_bullet_of(s.substr(last_item->begin, 4)) == bullet) return true;
    std::string_view const window = s.substr(from - std::min<std::size_t>(from, 1), 3000);
    for (auto at = window.find('\n'); at != std::string_view::npos; at = window.find('\n', at + 1))
        if (window.compare(at + 1, bullet.size(), bullet) == 0 && letter_bullet_of(window.substr(at + 1, 4)) == bullet) return true;
    return false;
}

// "o", "–", "-" alone on a line: signs that list_marker_rule reads as a marker only before a
// blank, and that a PDF's text may set on a line of their own, the item on the next. The
// marker, read as if a word followed the sign; none for any other line.
inline std::optional<grammar::ast::list_marker> lone_sign_marker(std::string_view line) {
    constexpr std::size_t longest_sign = 3;  // "–" in UTF-8
    if (line.empty() || line.size() > longest_sign) return std::nullopt;
    char followed[longest_sign + 2];
    std::memcpy(followed, line.data(), line.size());
    followed[line.size()] = ' ';
    followed[line.size() + 1] = 'x';
    auto marker = grammar::parse_list_marker(std::string_view(followed, line.size() + 2));
    if (!marker || marker->last != followed + line.size() + 1) return std::nullopt;
    marker->first = line.data();
    marker->last = line.data() + line.size();
    return marker;
}

// Whether a marker alone on its line is an item's where the line alone does not tell: the last
// item read opened with the same sign alone, or another line within the few thousand bytes
// after it is that sign alone. Alone, "o" may be a word a wrap left ("… la sociedad civil" /
// "o" / "los sindicatos"), "–" a table's empty cell, and "•" before a blank line an ornament
// between two sections.
inline bool lone_marker_has_sibling(std::string_view s, std::size_t from, block const* last_item, std::string_view sign) {
    auto const alone_at = [&](std::size_t at) {
        auto const l = read_line(s, at);
        return s.substr(l.begin, l.end - l.begin) == sign;
    };
    if (last_item && alone_at(last_item->begin)) return true;
    auto const end = std::min(s.size(), from + 3000);
    for (auto at = s.find('\n', from); at != std::string_view::npos && at < end; at = s.find('\n', at + 1))
        if (alone_at(at + 1)) return true;
    return false;
}

// "👉 reject the draft law;", "✅ отменить приговор;": a post's pictograph (one or a few, not a
// flag, which names a country) before a space and the item's words. How many bytes the marker
// and the spaces after it take; 0 when the line opens otherwise.
// A keycap ("1️⃣ создать комиссию …": a digit, the emoji selector and the keycap's mark) and
// a geometric shape with the emoji selector ("▪️") are such markers too.
inline std::size_t pictograph_bullet_length(std::string_view line) {
    if (line.empty()) return 0;
    std::size_t at = 0;
    if (line[0] >= '0' && line[0] <= '9') {
        constexpr std::string_view selector = "\xEF\xB8\x8F", keycap = "\xE2\x83\xA3";
        at = 1;
        if (line.substr(at, 3) == selector) at += 3;
        if (line.substr(at, 3) != keycap) return 0;
        at += 3;
    } else if (static_cast<unsigned char>(line[0]) < 0xE2) {
        return 0;
    }
    while (at < line.size() && static_cast<unsigned char>(line[at]) >= 0x80) {
        auto const d = utf8::decode(line, at);
        if (!(utf8::is_pictograph(d.cp) || (d.cp >= 0x25A0 && d.cp <= 0x25FF) || d.cp == 0x20E3) ||
            (d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF))
            return 0;
        at += d.length;
    }
    if (at == 0 || at >= line.size() || line[at] != ' ') return 0;
    while (at < line.size() && line[at] == ' ') ++at;
    return at < line.size() ? at : 0;
}

// Whether a line that opens with a pictograph is an item among others: the item before it
// opened with the same one, or the next line does. A headline a post sets one before ("📢 Joint
// statement") stands alone, and a line that ends with a colon introduces the items ("📌 Мы
// требуем:" / "✅ …").
inline bool pictograph_bullet_has_sibling(std::string_view s, std::string_view line, std::size_t next_line,
                                          block const* last_item, bool previous_was_item) {
    if (line.back() == ':') return false;
    // Keycaps differ by their digit: any keycap is the same marker.
    auto const marker_of = [](std::string_view l) { return l[0] >= '0' && l[0] <= '9' ? char32_t('0') : utf8::decode(l, 0).cp; };
    auto const first = marker_of(line);
    auto const same = [&](std::string_view other) { return pictograph_bullet_length(other) && marker_of(other) == first; };
    if (previous_was_item && last_item && same(s.substr(last_item->begin, 64))) return true;
    if (next_line >= s.size()) return false;  // the text's last line: none after it
    auto const end = s.find('\n', next_line);
    return same(s.substr(next_line, std::min(end, s.size()) - next_line).substr(0, 64));
}

}  // namespace detail

CIVIC_FUNC segmentation segment(cleaned_text const& cleaned) {
    std::string_view const s = cleaned.text;
    segmentation result;
    auto& blocks = result.blocks;
    // A block takes one line with text or more: that many at most, reserved at once, saves the
    // doubling vector's moves of every block and its peak of two vectors (the largest
    // allocation of a long text after the text itself).
    auto const survey = detail::survey_lines(s);
    blocks.reserve(survey.with_text);
    auto const running = detail::running_headers(s, survey.numbered);
    auto next_running = running.begin();
    bool after_blank = true, after_page_mark = false;
    std::size_t pos = 0;
    std::string_view last_line;
    std::size_t last_item = std::size_t(-1);  // the index of the last list item's block
    std::size_t const wrap_width = survey.hard_wrapped ? survey.wrap_width : 0;
    for (std::size_t lines_read = 0; pos < s.size(); ++lines_read) {
        auto const next = lines_read < survey.kept ? survey.first_lines[lines_read] : detail::read_line(s, pos);
        std::string_view const line = s.substr(next.begin, next.end - next.begin);
        pos = next.next;
        if (line.empty()) {
            after_blank = true;
            continue;
        }

        block b;
        b.begin = next.begin;
        b.end = b.begin + line.size();
        b.after_blank = after_blank;
        b.content_begin = b.begin;
        std::string_view content = line;

        // Markdown heading
        if (line.front() == '#') {
            std::size_t level = 0;
            while (level < line.size() && line[level] == '#') ++level;
            if (level <= 6 && level < line.size() && line[level] == ' ') {
                b.kind = block_kind::heading;
                b.heading_level = static_cast<std::int8_t>(level);
                content = detail::trim(line.substr(level));
            }
        }
        if (line.front() == '|') b.kind = block_kind::table_row;
        // "+----------+-------+" over, between or under rows typed between bars: a rule of the
        // table, one of its rows, where '+' read as a list's marker and the rule parted the rows
        // around it (a table of a header and a row or two was lost).
        else if ((line.front() == '+' || line.front() == '-' || line.front() == '=') && is_drawn_rule(line) &&
                 ((!after_blank && !blocks.empty() && blocks.back().kind == block_kind::table_row) ||
                  detail::opens_table_row(s, pos)))
            b.kind = block_kind::table_row;
        std::string_view block_last_line = line;  // the last line the block has read
        if (b.kind == block_kind::text) {
            auto marker = grammar::parse_list_marker(line);
            bool const lone_sign = !marker && (marker = detail::lone_sign_marker(line));
            if (marker && detail::opens_with_capital_initial(line) &&
                !detail::capital_marker_has_sibling(s, pos, line, *marker, last_item < blocks.size() ? &blocks[last_item] : nullptr))
                marker.reset();
            // "p. 3", "s. 12": a page's word and its number, not an item of a list lettered in turn.
            if (marker && marker->kind == grammar::ast::marker_kind::letter && text::is_page_number_alone(line)) marker.reset();
            if (auto const bullet = marker ? detail::letter_bullet_of(line) : std::string_view();
                !bullet.empty() && !detail::letter_bullet_has_sibling(s, pos, last_item < blocks.size() ? &blocks[last_item] : nullptr, bullet))
                marker.reset();
            if (marker) {
                auto const used = static_cast<std::size_t>(marker->last - marker->first);
                if (used < line.size()) {
                    last_item = blocks.size();
                    b.kind = block_kind::list_item;
                    b.marker = static_cast<marker_kind>(marker->kind);
                    b.marker_value = marker->value;
                    content = detail::trim(line.substr(used));
                    // "▪️ …": the emoji selector a post writes after a bullet's sign.
                    if (content.substr(0, 3) == "\xEF\xB8\x8F") content = detail::trim(content.substr(3));
                    // "- [x] Mira Tallow", "- [ ] …": a task list's box, ticked or not, is the marker's.
                    if (detail::opens_with_task_box(content) &&
                        (b.marker == marker_kind::dash || b.marker == marker_kind::bullet))
                        content = detail::trim(content.substr(4));
                } else if (pos < s.size()) {
                    // "•" / "Quash the conviction …", "1." / "Disclose the whereabouts …": text
                    // taken from a PDF may set a marker on a line of its own, and its item on the
                    // next; the two are one item (not when the next line is a marker). A blank
                    // line or two may stand between them ("•" / "" / "Revoke the decision …;"),
                    // and the sign may be one that marks only before a word ("o" / "Release …"):
                    // then the marker stands where an item does, under the line that introduces
                    // a list or under another item, and the sign alone has a sibling (Medium's
                    // "·" between "5 min read" and the date has one too, but stands under neither).
                    constexpr std::size_t most_blank_lines = 2;
                    auto after = detail::read_line(s, pos);
                    std::size_t blank_lines = 0;
                    while (after.begin == after.end && after.next < s.size() && blank_lines < most_blank_lines) {
                        after = detail::read_line(s, after.next);
                        ++blank_lines;
                    }
                    auto const item = s.substr(after.begin, after.end - after.begin);
                    if (!item.empty() && !grammar::parse_list_marker(item) && !detail::lone_sign_marker(item) &&
                        ((!lone_sign && blank_lines == 0) ||
                         ((last_item + 1 == blocks.size() || (!last_line.empty() && last_line.back() == ':')) &&
                          detail::lone_marker_has_sibling(s, pos, last_item < blocks.size() ? &blocks[last_item] : nullptr, line)))) {
                        last_item = blocks.size();
                        b.kind = block_kind::list_item;
                        b.marker = static_cast<marker_kind>(marker->kind);
                        b.marker_value = marker->value;
                        b.end = after.end;
                        b.lines = 2;
                        content = item;
                        block_last_line = item;
                        pos = after.next;
                        lines_read += 1 + blank_lines;
                    }
                }
            } else if (auto const used = detail::pictograph_bullet_length(line);
                       used && detail::pictograph_bullet_has_sibling(s, line, pos, last_item < blocks.size() ? &blocks[last_item] : nullptr,
                                                                     last_item + 1 == blocks.size())) {
                last_item = blocks.size();
                b.kind = block_kind::list_item;
                b.marker = marker_kind::bullet;
                content = detail::trim(line.substr(used));
            }
        }
        b.content_begin = b.begin + static_cast<std::size_t>(content.data() - line.data());

        std::string_view const previous_line = last_line;
        last_line = block_last_line;
        // Page furniture is a block of its own: it joins neither the block before it (the
        // sentence or the list that the page break cut) nor the line after it.
        while (next_running != running.end() && *next_running < b.begin) ++next_running;
        bool const running_header = next_running != running.end() && *next_running == b.begin;
        bool const footer_number = b.kind == block_kind::text && !line.empty() && line.back() >= '0' && line.back() <= '9' &&
                                   detail::ends_with_number_after_gap(line);
        bool const page_mark = b.kind == block_kind::text && (running_header || footer_number || detail::is_page_mark_line(line));
        b.page_mark = page_mark;
        if (!after_blank && !page_mark && !after_page_mark && b.kind == block_kind::text && !blocks.empty() &&
            (detail::continues(blocks.back(), s[blocks.back().end - 1], previous_line, content, wrap_width,
                               pos < s.size() ? s.substr(pos) : std::string_view()) ||
             detail::indented_under_item(s, blocks.back(), b.begin)) &&
            !has_column_gap(line) && !has_column_gap(previous_line) &&
            !(detail::has_cell_separator(line) && detail::has_cell_separator(previous_line))) {
            auto& prev = blocks.back();
            prev.end = b.end;
            ++prev.lines;
            continue;
        }
        blocks.push_back(std::move(b));
        after_blank = false;
        after_page_mark = page_mark;
    }
    // The blocks that start inside a stretch the markup marks as chrome: blocks and stretches
    // are both in the text's order, one walk over the two. The markup sets the stretches apart
    // with blank lines, so that no block is part chrome.
    if (!cleaned.chrome.empty()) {
        auto range = cleaned.chrome.begin();
        std::size_t hint = 0;
        for (auto& b : blocks) {
            auto const at = cleaned.to_original(b.begin, hint);
            while (range != cleaned.chrome.end() && range->end <= at) ++range;
            if (range == cleaned.chrome.end()) break;
            b.site_chrome = range->begin <= at;
        }
    }
    // The texts once the blocks are whole: a block's content runs from after its marker to the
    // end of its last line, and collapsed at once, the line breaks of a joined block become
    // the single spaces that joining its lines one by one put there. A text with nothing to
    // collapse is its content in the cleaned text; the others are counted first and written
    // into one buffer of their exact size (a string a block would cost an allocation each,
    // and a joined block of a PDF is not kept at the size of its raw lines). Until it is
    // written, such a text is a view of no characters at all (a null data pointer, which no
    // view of the cleaned text has).
    // The same walk surveys a short block's separators (block::separators), in its content
    // whole: a tab at its end is in raw_of too.
    std::size_t collapsed_bytes = 0;
    for (auto& b : blocks) {
        auto const whole = s.substr(b.content_begin, b.end - b.content_begin);
        if (whole.size() <= block::surveyed_size) b.separators = separators_in(whole);
        auto const content = detail::trim_collapsed_space(whole);
        if (auto const plan = detail::plan_collapse(content); plan.written) {
            b.text = std::string_view();
            collapsed_bytes += plan.size;
        } else {
            b.text = content;
        }
    }
    if (collapsed_bytes) {
        result.collapsed = std::make_unique<char[]>(collapsed_bytes);
        char* out = result.collapsed.get();
        for (auto& b : blocks) {
            if (b.text.data()) continue;
            auto const content = detail::trim_collapsed_space(s.substr(b.content_begin, b.end - b.content_begin));
            char* const end = detail::write_collapsed(content, out);
            b.text = std::string_view(out, static_cast<std::size_t>(end - out));
            out = end;
        }
    }
    // Lines joined into blocks (PDF text) leave reserved room that the recognisers would hold
    // all along.
    if (blocks.capacity() - blocks.size() > blocks.size() / 16) blocks.shrink_to_fit();
    return result;
}

// The date after its place ("Rabat, le 3 mai 2024, à l'occasion de …", "Dar es Salaam / Nairobi,
// 9 August 2023 – International Day of …"; names_dateline_places()). A date that
// opens the line is followed by nothing or by a separator ("10 December 2024, Human Rights Day");
// a word right after it goes on with a headline wrapped before it ("… following the" / "25 June
// 2024 demonstrations").
CIVIC_FUNC bool opens_dateline(std::string_view line) {
    if (line.size() > 120 || detail::ends_sentence(line.back()) || line.back() == ',' || !grammar::holds_plausible_year(line)) return false;
    auto const lowered = utf8::lower_same_length(line);
    auto const d = grammar::find_date(lowered);
    if (!d || d->day == 0) return false;
    auto const before = line.substr(0, static_cast<std::size_t>(d->first - lowered.data()));
    if (!detail::names_dateline_places(before)) return false;
    auto const after = std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data()));
    auto const next = after.find_first_not_of(' ');
    return !before.empty() || next == std::string_view::npos || !utf8::is_letter(utf8::decode(after, next).cp);
}

}  // namespace layout
CIVIC_NAMESPACE_END
