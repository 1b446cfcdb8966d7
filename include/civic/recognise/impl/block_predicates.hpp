// What a single block of a document looks like: chrome, a headline, prose, a date line …
// Small predicates that the document recogniser's stages share; included by document.ipp.
#pragma once
#include <civic/grammar/date.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/layout/block.hpp>
#include <civic/recognise/addresses.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/image_names.hpp>
#include <civic/text/page_marks.hpp>
#include <civic/text/postcodes.hpp>
#include <civic/text/running_headers.hpp>
#include <civic/text/short_find.hpp>
#include <civic/text/words.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

using layout::block;
using layout::block_kind;

using text::holds_postcode;
using text::may_hold_postcode;
using text::word_count;
using text::words_hold_postcode;

inline std::string_view strip_trailing_punctuation(std::string_view s) {
    while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ' ' || s.back() == '!' || s.back() == '|' ||
                          s.back() == '{' || s.back() == '}'))
        s.remove_suffix(1);
    return s;
}

// A site's menu kept on one line by a scraper ("Home | About us | News | Contact"): three
// short items or more between bars, one of them a chrome phrase. A title with its site's name
// ("Statement | Rights Watch") has two items, and signers glued with bars name no "Home".
// Or a menu whose items only runs of spaces part ("About us  Our work  Publications  Donate"): a
// short line without punctuation in which three chrome phrases or more stand at the starts of
// words. Only a line whose text collapsing shortened had such runs (most lines are passed so), and
// its first item is one ("Home", "About us").
inline bool is_spaced_menu_line(block const& b, std::string_view folded) {
    // Its items apart by runs of spaces, or one space between capitalised items ("Home About
    // Members Resources News Contact", a copy of a page's menu bar).
    // Five items at least, each capitalised: read a word at a time, up to the first in lower case
    // (a list's names in title case have "for", "of", "and" among their words, or fewer).
    // A word's first byte in ASCII is its letter, told without decoding it (a call each), and
    // each space is sought once, where it was sought twice.
    auto const capitalised = [&] {
        std::size_t words = 0;
        for (std::size_t at = 0; at < b.text.size();) {
            auto const c = static_cast<unsigned char>(b.text[at]);
            if (c < 0x80 ? c < 'A' || c > 'Z' : !utf8::is_upper_letter(utf8::decode(b.text, at).cp)) return false;
            ++words;
            auto const space = b.text.find(' ', at);
            if (space == std::string_view::npos) break;
            at = space + 1;
        }
        return words >= 5;
    };
    // The cheap tests first: most lines are neither apart by runs of spaces nor capitalised.
    if (folded.size() > 120 || b.lines != 1 || (b.end - b.content_begin == b.text.size() && !capitalised()) ||
        !lang::starts_with_any<&lang::language_table::chrome_phrases>(folded) ||
        folded.find_first_of(".,;:!?|()") != std::string_view::npos || word_count(folded, 4) < 4)
        return false;
    std::size_t phrases = 0, words = 0;
    bool last = false;  // the last item is a chrome phrase ("… News Contact")
    for (std::size_t at = 0; at < folded.size() && phrases < 3;) {
        auto const m = lang::starts_with_any<&lang::language_table::chrome_phrases>(folded.substr(at));
        auto const end = m ? at + m.phrase.size() : folded.find(' ', at);
        phrases += static_cast<bool>(m);
        ++words;
        last = m && (end == std::string_view::npos || end >= folded.size());
        if (end == std::string_view::npos || end >= folded.size()) break;
        at = end + 1;
    }
    // A bar of five items or more that opens and closes with a chrome phrase ("Home … Contact").
    return phrases >= 3 || (phrases == 2 && last && words >= 5);
}

// A news site's menu of its sections ("Georgia Armenia Azerbaijan Russia World", "Политика
// Экономика Общество Происшествия Спорт"): one line of five words or more in title case, alone
// between spaces, without a mark, a digit or a function word ("Azerbaijan Must Free All
// Jailed Reporters" has two, a headline in title case most often one). No chrome phrase need
// be among them, as a menu of the site's pages has. Single spaces part them: a row of a table
// or of logos ("Amber Watch   Coral Forum   Birchwood Institute") has wider gaps.
inline bool is_section_menu(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1 || folded.size() > 120 || b.end - b.content_begin != b.text.size() ||
        word_count(folded, 5) < 5)
        return false;
    // Each word in title case: a headline in capitals ("ЗВЕРНЕННЯ ГРОМАДСЬКИХ ОРГАНІЗАЦІЙ ДО …") is none.
    for (std::size_t at = 0; at < b.text.size(); at = b.text.find(' ', at) + 1) {
        auto const first = utf8::decode(b.text, at);
        auto const second = at + first.length;
        if (!utf8::is_upper_letter(first.cp) || second >= b.text.size() || !utf8::is_lower_letter(utf8::decode(b.text, second).cp))
            return false;
        if (b.text.find(' ', at) == std::string_view::npos) break;
    }
    for (char const c : folded)
        if (c != ' ' && c != '-' && static_cast<unsigned char>(c) < 0x80 && !(c >= 'a' && c <= 'z')) return false;
    for (std::size_t at = 0; at < folded.size();) {
        auto const end = std::min(folded.find(' ', at), folded.size());
        if (lang::is_phrase<&lang::language_table::stop_words>(folded.substr(at, end - at))) return false;
        at = end + 1;
    }
    return true;
}

inline bool is_menu_line(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || folded.size() > 240) return false;
    // Bars, or middle dots between spaces ("Subscribe · Privacy policy · © 2026"): the dot's
    // lead byte, which few lines hold, is sought first.
    if ((!b.may_hold<'|'>() || folded.find('|') == std::string_view::npos) &&
        (!b.may_hold<'\xC2'>() || folded.find('\xC2') == std::string_view::npos))
        return is_spaced_menu_line(b, folded);
    constexpr std::string_view dot = " \xC2\xB7 ";
    auto const next_separator = [&](std::size_t from) -> std::pair<std::size_t, std::size_t> {
        auto const bar = folded.find('|', from), d = folded.find(dot, from);
        auto const at = std::min(bar, d);
        if (at == std::string_view::npos) return {folded.size(), 0};
        return {at, at == bar ? 1 : dot.size()};
    };
    if (next_separator(0).second == 0) return false;
    auto const bar_or_space = [](char c) { return c == '|' || c == ' '; };
    while (!folded.empty() && bar_or_space(folded.front())) folded.remove_prefix(1);
    while (!folded.empty() && bar_or_space(folded.back())) folded.remove_suffix(1);
    // "EN | RU | UA", "fr | en": a page's languages, each a code of two letters (not "CPJ | IFJ",
    // a list of acronyms).
    auto const language_code = [](std::string_view item) {
        std::size_t letters = 0;
        for (std::size_t i = 0; i < item.size(); ++letters) {
            auto const d = utf8::decode(item, i);
            if (!utf8::is_letter(d.cp)) return false;
            i += d.length;
        }
        return letters == 2;
    };
    std::size_t items = 0;
    // "Privacy Policy | Terms of Service": a footer's two links, each a chrome phrase.
    bool chrome_item = false, all_chrome = true, languages = true;
    // "About Amber Network: amber.example.org | Contact: office@…": a page's footer of keys and their
    // values, one key a chrome phrase; its items may be long.
    bool long_item = false, chrome_key = false;
    for (std::size_t from = 0; from <= folded.size(); ++items) {
        auto const [bar, length] = next_separator(from);
        auto item = folded.substr(from, bar - from);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (item.empty()) return false;
        long_item = long_item || item.size() > 30 || word_count(item, 5) > 4;
        // An item that is a chrome phrase, or opens with one ("Share this: Facebook").
        auto const m = lang::starts_with_any<&lang::language_table::chrome_phrases>(item);
        bool const key = m && m.phrase.size() < item.size() && item[m.phrase.size()] == ':';
        chrome_key = chrome_key || key;
        bool const chrome = m && (m.phrase.size() == item.size() || key);
        chrome_item = chrome_item || chrome;
        all_chrome = all_chrome && chrome;
        languages = languages && language_code(item);
        from = bar + std::max<std::size_t>(length, 1);
    }
    if (long_item) return chrome_key && items >= 2;
    if (items >= 2 && (languages || all_chrome)) return true;
    // "Organisation | Country | Contact": the headings of a table of signers, one of them the
    // word of a page's link, head its rows and are no menu.
    return items >= 3 && chrome_item && !is_column_heading_line(b.text);
}

// "ZMINA — Новини — Заяви", "Amber PEN · Campaigns · Writers in Prison", "Le Journal / Idées /
// Tribune", "DRAFT v4 – FINAL – for sign-on": a breadcrumb over the headline whose parts, three at
// least of a word or two, or three without a number, dashes, middle dots or slashes part (a
// headline's dash parts longer ones, a dateline's its date: "Statement – 3 May 2026 – …"). Asked
// only above the headline: a list's "Mira Tallow – poet – Germany" reads the same.
inline bool is_dashed_breadcrumb(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || folded.size() > 100) return false;
    std::string_view separator;
    std::size_t first = std::string_view::npos;
    for (std::string_view s : {" - ", " \xC2\xB7 ", " / "})
        if (auto const at = folded.substr(0, 36).find(s); at < first) first = at, separator = s;
    if (first == std::string_view::npos || first == 0) return false;
    std::size_t parts = 0, from = 0;
    for (;;) {
        auto const at = folded.find(separator, from);
        auto const part = folded.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from);
        auto const words = word_count(part, 4);
        if (part.empty() || part.size() > 32 || words > 3 ||
            (words == 3 && std::any_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })))
            return false;
        ++parts;
        if (at == std::string_view::npos) return parts >= 3;
        from = at + separator.size();
    }
}

// A page's breadcrumb: "Home > News > Statements", "You are here: Home » Publications »
// Borduria: end reprisals": short parts apart by '>', '»' or '›' between spaces, two of them at
// least, or one after a chrome phrase ("Home › News"); the last part may be the page's title.
inline bool is_breadcrumb_line(block const& b, std::string_view folded) {
    // No sentence ends it (prose is passed at one test), and its first separator closes a short
    // first part: a line without one there is passed at a search of its start.
    if (b.kind != block_kind::text || folded.size() > 240 || folded.empty() || folded.back() == '.') return false;
    auto const head = folded.substr(0, 44);
    // "Home / News / Joint statement …": slashes after a chrome phrase ("Strona główna",
    // "Inicio") part a breadcrumb too. The slash is sought, not each space of the line.
    if (auto const slash = b.may_hold<'/'>() ? text::find_short(head, " / ") : std::string_view::npos;
        slash != std::string_view::npos && slash > 0 &&
                                                          lang::starts_with_any<&lang::language_table::chrome_phrases>(head).phrase.size() == slash)
        return true;
    if ((!b.may_hold<'>'>() || std::memchr(head.data(), '>', head.size()) == nullptr) &&
        std::memchr(head.data(), '"', head.size()) == nullptr)
        return false;
    // French quotation marks between spaces ("du collectif « Terre Vivante » porte …") fold as
    // '»' does: a text that opens one quotes, and is no breadcrumb.
    if (b.text.find("\xC2\xAB") != std::string_view::npos || b.text.find("\xE2\x80\xB9") != std::string_view::npos)
        return false;
    std::size_t separators = 0, from = 0;
    std::string_view first;
    for (std::size_t i = 0; i + 2 < folded.size(); ++i) {
        std::size_t length = 0;  // the separator's, between its spaces
        if (folded[i] != ' ') continue;
        // '»' and '›' are quotation marks, which the fold writes '"'.
        if (folded[i + 1] == '>' || folded[i + 1] == '"') length = 1;
        if (length == 0 || i + 1 + length >= folded.size() || folded[i + 1 + length] != ' ') continue;
        auto const part = folded.substr(from, i - from);
        if (part.empty() || part.size() > 40 || word_count(part, 7) > 6) return false;
        if (separators++ == 0) first = part;
        from = i + 2 + length;
        i = from - 1;
    }
    if (separators == 0 || folded.size() - from > 120) return false;
    return separators >= 2 || first.empty() || lang::is_phrase<&lang::language_table::chrome_phrases>(first);
}

// A short line of marks ("---", "* * *", "###") with at most a word among them ("- ENDS -"):
// how many marks (a list item's bullet or dash among them, as "* * *" is read as an item), which
// they are, and the word. Nothing for any other line.
struct mark_line {
    std::size_t marks = 0;
    bool hashes = false;  // '#' among the marks
    std::string word;     // what stands between the marks, spaces left out
};
// Dots and underscores draw the line a signature goes on ("........", "______").
constexpr bool is_rule_mark(char c) noexcept {
    return c == '-' || c == '=' || c == '_' || c == '~' || c == '*' || c == '#' || c == '.';
}

// Whether a line may be one of marks by its size and its first byte: a line of marks alone may
// run across the page ("------…", "======…"), one with a word is short. Asked of every line
// twice (a rule for the footer, an end mark for the chrome) before read_mark_line, a call that
// makes its answer with a string: most lines are longer and open with a letter.
CIVIC_ALWAYS_INLINE bool may_be_mark_line(std::string_view folded) noexcept {
    return !folded.empty() && (folded.size() <= 12 || (folded.size() <= 240 && is_rule_mark(folded.front())));
}

inline std::optional<mark_line> read_mark_line(block const& b, std::string_view folded) {
    bool const item = b.kind == block_kind::list_item &&
                      (b.marker == layout::marker_kind::bullet || b.marker == layout::marker_kind::dash);
    if ((b.kind != block_kind::text && !item) || !may_be_mark_line(folded)) return std::nullopt;
    if (folded.size() > 12 && !std::all_of(folded.begin(), folded.end(), [](char c) { return is_rule_mark(c) || c == ' '; }))
        return std::nullopt;
    mark_line line;
    line.marks = item ? 1 : 0;
    for (char const c : folded) {
        if (is_rule_mark(c)) {
            ++line.marks;
            line.hashes = line.hashes || c == '#';
        } else if (c != ' ') {
            line.word += c;
        }
    }
    return line;
}

// A rule drawn on a line of its own ("---", "***", "* * *", "====", a signature's "........"):
// it divides the text and, like a page number, ends nothing.
inline bool is_rule_line(block const& b, std::string_view folded) {
    if (!may_be_mark_line(folded)) return false;
    auto const line = read_mark_line(b, folded);
    return line && line->word.empty() && !line->hashes && line->marks >= 3;
}

// Whether folded words hold a word of an organisation's name once a group of authors' own
// words of several are set aside ("civil society organisations" holds none: "society" is the
// group's; "human rights associations" holds one).
inline bool names_beside_author_groups(std::string folded) {
    for (int n = 0; n < 3; ++n) {
        auto const m = lang::find_any<&lang::language_table::author_groups>(folded);
        if (!m || m.phrase.find(' ') == std::string_view::npos) break;
        folded.replace(m.position, m.phrase.size(), m.phrase.size(), ' ');
    }
    return static_cast<bool>(lang::find_any<&lang::language_table::organisation_words>(folded));
}

// Where a letter's signer signs by hand: a line of dots ("........") that the name stands under,
// or the mark a copy leaves of a signature ("Sgd.", "(Signed)", "[signed]", "(подпись)", "gez.").
// Like a rule, it ends nothing; unlike a rule of dashes or underscores it never closes a list.
inline bool is_signature_line(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || folded.size() < 3 || folded.size() > 240) return false;
    if (folded.find_first_not_of(". ") == std::string_view::npos) return folded.size() >= 5;
    if (folded.size() > 24) return false;
    auto word = folded;
    // "Signed" alone heads a list; in brackets it stands for the signature.
    bool const bracketed = (word.front() == '(' && word.back() == ')') || (word.front() == '[' && word.back() == ']');
    if (bracketed) word = word.substr(1, word.size() - 2);
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    return lang::is_phrase<&lang::language_table::signature_abbreviations>(word) ||
           (bracketed && lang::is_phrase<&lang::language_table::signature_words>(word));
}

// A press release's end mark: "###", "-30-", "- ENDS -", "ENDS"; a mail's signature separator ("-- ").
// The boilerplate after it is chrome.
inline bool is_end_mark(block const& b, std::string_view folded) {
    if (b.text.size() == 2 && b.text[0] == '-' && b.text[1] == '-') return true;
    if (b.text.size() == 4 && b.text == "ENDS") return true;  // a press release's end, in capitals alone
    if (!may_be_mark_line(folded)) return false;
    auto const line = read_mark_line(b, folded);
    if (!line) return false;
    if (line->word.empty()) return line->hashes && line->marks >= 3;
    return line->marks >= 1 && (line->word == "ends" || line->word == "end" || line->word == "30");
}

// Site chrome: "Other news", "Share", an image name left by a scraper ("logo_web_23"), a menu,
// a copyright line ("© 2024 Tidewater Rights Monitor"), a press release's end mark ("###").
// "214 💬 37 comments ↗ 89 shares", "1.2K likes · 40 comments": a post's counts of reactions,
// numbers and the chrome words of the tables ("comments", "shares") with pictographs or marks
// between; a number and a word at least.
inline bool post_counts(std::string_view folded) {
    bool number = false, word = false;
    for (std::size_t at = 0; at < folded.size();) {
        auto const space = std::min(folded.find(' ', at), folded.size());
        auto const token = folded.substr(at, space - at);
        at = space + 1;
        if (!text::has_letter(token) && !text::has_digit(token)) continue;  // pictographs, arrows, marks
        if (token.find_first_not_of("0123456789.,km") == std::string_view::npos && token[0] >= '0' && token[0] <= '9')
            number = true;
        else if (lang::is_phrase<&lang::language_table::chrome_phrases>(token))
            word = true;
        else
            return false;
    }
    return number && word;
}

// "Format", "Source:", "Countries:", "Originally published": a page's field whose label stands
// alone on its line, nothing after it but a colon; its value is on the next line.
inline bool is_field_label(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1 || folded.size() > 40) return false;
    return lang::is_phrase<&lang::language_table::page_field_labels>(strip_trailing_punctuation(folded));
}

// "Sudan + 2 more", "Ukraine, Poland + 3 more": the tags of a page that republishes a text
// (its countries, its sources), the first ones named and the rest counted.
inline bool is_counted_tags_line(std::string_view folded) noexcept {
    constexpr std::string_view more = " more";
    // The last letter first: asked of every line, and few end in an 'e'.
    if (folded.size() > 80 || folded.size() < 10 || folded.back() != 'e' ||
        folded.compare(folded.size() - more.size(), more.size(), more) != 0)
        return false;
    auto number = folded.substr(0, folded.size() - more.size());
    while (!number.empty() && number.back() >= '0' && number.back() <= '9') number.remove_suffix(1);
    return number.size() + more.size() < folded.size() && number.size() >= 4 && number.substr(number.size() - 3) == " + ";
}

// Whether a fold holds "cookie", asked of every block of a text. Sought inline at each 'k',
// which few words of the languages read hold, where a search at each 'c' (a word in every
// few holds one) stopped at several places of most paragraphs; the library's search of a
// string is a call and a memcmp at each candidate.
inline bool holds_cookie(std::string_view folded) {
    constexpr std::string_view word = "cookie";
    constexpr std::size_t k_at = 3;  // where its 'k' stands in it
    for (auto at = folded.find('k', k_at); at != std::string_view::npos; at = folded.find('k', at + 1))
        if (text::stands_at(folded, at - k_at, word)) return true;
    return false;
}

inline bool is_chrome(block const& b, std::string_view folded) {
    if (b.site_chrome) return true;  // by the page's markup: a <nav>, a <footer>, an <aside>, a share bar
    if (is_counted_tags_line(folded) || is_field_label(b, folded)) return true;
    if (b.may_hold<'_'>() && b.text.find(' ') == std::string::npos && b.text.find('_') != std::string::npos &&
        !is_rule_line(b, folded))
        return true;
    if (is_end_mark(b, folded)) return true;
    // "Steppe Rights Defence Centre logo": a logo's alternative text, where a text browser or a
    // copy of the page left it.
    // The last letter first (the comparison is a call on every line).
    if (folded.size() <= 80 && folded.size() > 5 && folded.back() == 'o' && folded.compare(folded.size() - 5, 5, " logo") == 0)
        return true;
    // A cookie banner: "This website uses cookies. Accept all Reject", "Мы используем файлы cookie".
    if (folded.size() <= 240 && holds_cookie(folded)) return true;
    if (is_menu_line(b, folded) || is_breadcrumb_line(b, folded)) return true;
    // "©" or "copyright " first: the first byte tells most lines apart at once.
    if (b.text.size() <= 120 && !folded.empty() && (folded[0] == '\xC2' || folded[0] == 'c') &&
        (lang::starts_with_phrase(folded, "\xC2\xA9") || lang::starts_with_phrase(folded, "copyright ")))
        return true;
    // "Red Andina de Derechos Humanos © 2025 · Política de privacidad": the sign before a year
    // further in.
    // Its lead byte sought alone (a memchr): most lines have none ("·" shares it).
    if (b.text.size() <= 160 && b.may_hold<'\xC2'>())
        for (auto sign = folded.find('\xC2'); sign != std::string_view::npos && sign + 1 < folded.size();
             sign = folded.find('\xC2', sign + 1)) {
            if (folded[sign + 1] != '\xA9') continue;
            auto const year = folded.find_first_not_of(' ', sign + 2);
            if (year != std::string_view::npos && year + 4 <= folded.size() && (folded[year] == '1' || folded[year] == '2') &&
                std::all_of(folded.begin() + static_cast<std::ptrdiff_t>(year), folded.begin() + static_cast<std::ptrdiff_t>(year + 4),
                            [](char c) { return c >= '0' && c <= '9'; }))
                return true;
        }
    // "Contact: Mira Tallow, +44 …", "Tags: Vareth, lawyers": a chrome phrase as the key of a
    // line, whatever its value.
    if (folded.size() <= 200) {
        // The colon first (most lines have none near their start), then the phrase before it.
        // Near in letters: a Cyrillic key takes twice the bytes ("Присоединиться к заявлению: …").
        auto const colon = b.may_hold<':'>() ? folded.substr(0, 80).find(':') : std::string_view::npos;
        if (colon != std::string_view::npos && colon > 0) {
            // The key is the phrase, or the phrase and a comma or a parenthesis more ("For more
            // information, contact:", "Media contact (EN):").
            auto const key = lang::starts_with_any<&lang::language_table::chrome_phrases>(folded).phrase.size();
            // A French key has a space before its colon ("Contact presse : …").
            if (key == colon || (key > 0 && key + 1 == colon && folded[key] == ' ') ||
                (key > 0 && key < colon && (folded[key] == ',' || folded.compare(key, 2, " (") == 0)))
                return true;
        }
        // "For media enquiries contact Daw Nwe Nwe Oo, +66 …, media@example.org": a press
        // contact's phrase of a few words, then the contact and an e-mail address, without a
        // colon. Not a button's single word before a name ("Share Foundation, share@…").
        if (b.may_hold<'@'>() && folded.find('@') != std::string_view::npos) {
            auto const key = lang::starts_with_any<&lang::language_table::chrome_phrases>(folded).phrase;
            if (!key.empty() && key.size() < folded.size() && folded[key.size()] == ' ' &&
                (key.find(' ') != std::string_view::npos || key == "contact"))
                return true;
        }
    }
    auto text = strip_trailing_punctuation(folded);
    // "🔁 Please forward to your groups 🔁": a chat's line between its pictographs.
    text = utf8::without_leading_pictographs(text);
    // "Posted in Statements | Tags: Uganda, AHA, LGBTIQ", "Comparte esta nota: Facebook | X |
    // WhatsApp": a page's footer sets its labels apart by bars, and its first label says what
    // the line is (the tags after it may be any words, an organisation's too).
    // The bar sought alone where the line's survey holds one (most lines hold none), then the
    // spaces around it.
    if (auto const bar = b.may_hold<'|'>() ? text.substr(0, 62).find('|') : std::string_view::npos;
        bar != std::string_view::npos && bar > 0 && text[bar - 1] == ' ' && bar + 1 < text.size() && text[bar + 1] == ' ')
        text = text.substr(0, bar - 1);
    if (text.size() > 60) return false;
    // "4 Comments", "12 responses", "2 комментария": a count before a chrome phrase, and
    // nothing after it; or a post's counts, each its number and its word, pictographs between
    // ("214 💬 37 comments ↗ 89 shares").
    if (!text.empty() && text[0] >= '0' && text[0] <= '9') {
        // "1,204 signatures", "12.500 Unterschriften": a count of thousands.
        auto const digits = text::digit_groups_end(text);
        if (digits + 1 >= text.size() || text[digits] != ' ') return false;
        auto const rest = text.substr(digits + 1);
        // "1,204 signatures", "87 signatories": a petition page's counter over or under the list.
        return lang::is_phrase<&lang::language_table::chrome_phrases>(rest) || post_counts(text) ||
               (folded.back() != ':' && lang::is_phrase<&lang::language_table::signatory_headers>(rest));
    }
    // The longest chrome phrase the block starts with, found in the tables' symbol tree, and
    // at most 24 characters after it ("Поделиться: ВКонтакте Telegram"): counted as code
    // points, for a Cyrillic word takes twice the bytes of a Latin one.
    auto m = lang::starts_with_any<&lang::language_table::chrome_phrases>(text);
    if (!m) return false;
    std::size_t after = 0;
    for (std::size_t i = m.phrase.size(); i < text.size(); ++i) after += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (after > 24) return false;
    // "SHARE Foundation": an organisation's name that opens with a button's word.
    if (after > 0 && lang::find_any<&lang::language_table::organisation_words>(text.substr(m.phrase.size()))) return false;
    // A demand that opens with a button's verb ("підтримати його родину.", "share the
    // findings;") is a sentence: a button's label neither ends with a semicolon nor starts in
    // lower case and ends with a full stop.
    if (after > 0 && (folded.back() == ';' || (folded.back() == '.' && utf8::is_lower_letter(utf8::decode(b.text, 0).cp))))
        return false;
    return true;
}

// "News and Press Release", "CARE, IRC, NRC", "14 Mar 2024": a field's value under its label,
// a short line that is no sentence (a blank line between them where the copy set each of the
// page's elements apart).
inline bool is_field_value(block const& b) {
    return b.kind == block_kind::text && b.lines == 1 && b.text.size() <= 80 && word_count(b.text, 9) <= 8 &&
           b.text.back() != '.' && b.text.back() != ':' && b.text.back() != ',';
}

// "Arabic version: https://…", "For the Arabic version, click here.", "This statement is also
// available in Arabic": a short line that points to the text in another language, a page's link.
inline bool points_to_other_version(block const& b, std::string_view folded) {
    return b.lines == 1 && folded.size() <= 160 && word_count(folded, 13) <= 12 &&
           lang::find_any<&lang::language_table::version_words>(folded);
}

// A page number left in text copied from a PDF: "Page 2 of 5", "Seite 2 von 5", "Стр. 2 из 5",
// "2 / 5", "- 2 -", "2" alone. Told by shape rather than by the tables' words: a word, the page, a short
// word and the pages in all, or the numbers alone between dashes or around a slash.
inline bool is_page_number_line(block const& b) {
    if (b.page_mark) return true;  // a running header that repeats with each page's number
    // "- 2 -" is read as an item of a list, its first dash the marker.
    bool const dashed_item = b.kind == block_kind::list_item && b.marker == layout::marker_kind::dash;
    if (b.kind != block_kind::text && !dashed_item) return false;
    // A running header or footer that ends with its page: "Lakeshore Rights Watch Page 2 of 5",
    // "Joint statement 2 | Page".
    if (b.text.size() > 32) {
        if (b.lines != 1 || b.text.size() > 120) return false;
        auto const mark = text::page_mark_at_end(b.text);
        return mark && mark->worded && mark->begin > 0;
    }
    // "- 2 -" is read as a list item, its first dash the marker: the number and the closing dash.
    if (dashed_item) {
        std::string_view number = b.text;
        std::size_t const dash = text::closing_dash_length(number);
        number.remove_suffix(dash);
        return dash > 0 && text::is_page_number_alone(number);
    }
    return text::is_page_number_alone(b.text);
}

// A document's reference as a PDF prints it on its pages ("Index: EUR 01/2345/2026", "AI
// Index: MDE 15/123/2024", "Ref.: 12/2026"): a key of a word or two, a colon, then a code of at
// most four tokens, each with a digit or in capitals, one with a digit at least. "Date: 18
// August 2025" is a date line, and "Norvia: 11 observers detained" a headline.
inline bool is_reference_line(block const& b) {
    if (b.kind != block_kind::text || b.text.size() > 60 || !utf8::is_upper_letter(utf8::decode(b.text, 0).cp))
        return false;
    // Sought inline (text::find_short), not by the library's search of a string, a call and a
    // memcmp at each colon: asked of every short line that opens with a capital, a signer's
    // name among them.
    if (!b.may_hold<':'>()) return false;
    auto const colon = text::find_short(b.text, ": ");
    if (colon == std::string_view::npos || colon > 20 || word_count(b.text.substr(0, colon)) > 2) return false;
    std::size_t tokens = 0;
    bool digits = false;
    for (std::size_t from = colon + 2; from < b.text.size();) {
        auto const end = std::min(b.text.find(' ', from), b.text.size());
        auto const token = b.text.substr(from, end - from);
        from = end + 1;
        if (token.empty()) continue;
        bool const digit = token.find_first_of("0123456789") != std::string_view::npos;
        bool const capitals = std::none_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                              std::none_of(token.begin(), token.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if ((!digit && !capitals) || ++tokens > 4) return false;
        digits = digits || digit;
    }
    return digits;
}

// What a PDF prints on every page and is no part of the text: a page number, a reference.
// "The statement remains open for signature.", "Pour signer l'appel : appel@…", "If you want to
// sign the letter, please …", "Sign on here: https://…": a short block that invites more
// signers, and names none. It is a sentence, or it gives an address to write to or a link to
// follow: most short blocks (a list's signers) are neither, and are passed without a search.
inline bool is_signing_invitation(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.text.empty() || b.text.size() > 250) return false;
    auto const last = b.text.back();
    // "(список открыт)": a note in parentheses under the list holds one as a line does.
    if (last == ')' && folded.size() > 2 && folded.front() == '(') folded = folded.substr(1, folded.size() - 2);
    // A sentence or a line with an address holds an invitation; a button's few words open with
    // one ("Sign this petition"): most lines, names of a list, are passed at a look at their start.
    // A few words in letters, not bytes ("Список открыт для подписания" takes twice the bytes),
    // before the link a key of them gives ("Join the statement: https://…").
    // A line with a web address is read whole, as a sentence is ("Sign on here: https://…",
    // "Weitere Unterschriften: siehe www.…").
    if (last != '.' && last != '!' && last != '?' && last != ':' &&
        (!b.may_hold<'@'>() || b.text.find('@') == std::string_view::npos) &&
        (!b.may_hold<':'>() || b.text.find("://") == std::string_view::npos) &&
        (!b.may_hold<'.'>() || b.text.find("www.") == std::string_view::npos)) {
        if (!lang::starts_with_any<&lang::language_table::signing_invitations>(folded)) return false;
        auto const label = b.text.substr(0, b.text.find(": "));
        return label.size() <= 40 || !utf8::at_least_code_points(label, 41);
    }
    return static_cast<bool>(lang::find_any<&lang::language_table::signing_invitations>(folded));
}

// The key of a letter's copy list and its colon ("Cc: …", "C.c.p.: …", "Con copia a: …",
// "Do wiadomości:"): how many bytes of the fold it takes, key and colon; 0 for none.
inline std::size_t copy_list_key(std::string_view folded) {
    // Its colon within the first bytes, sought first: most lines have none there.
    if (folded.size() < 2 || folded.size() > 400) return 0;
    if (std::memchr(folded.data(), ':', std::min<std::size_t>(folded.size(), 24)) == nullptr) {
        // "Cc. Defensoría del Pueblo; Misión de Verificación …": a key cut short, its full stop
        // where the colon stands, and the names after it.
        if (auto const key = lang::starts_with_any<&lang::language_table::copy_keys>(folded.substr(0, 24));
            key && key.phrase.back() == '.' && key.phrase.size() + 1 < folded.size() && folded[key.phrase.size()] == ' ')
            return key.phrase.size();
        // "CC" alone over the names: the key without its colon.
        if (folded.size() > 16) return 0;
        return lang::is_phrase<&lang::language_table::copy_keys>(folded) ? folded.size() : 0;
    }
    auto const key = lang::starts_with_any<&lang::language_table::copy_keys>(folded.substr(0, 24));
    if (!key) return 0;
    auto at = key.phrase.size();
    if (at < folded.size() && folded[at] == ' ') ++at;
    return at < folded.size() && folded[at] == ':' ? at + 1 : 0;
}

// A footnote of the text, "[1] See our report …": its mark in square brackets first; or a
// numbered reference that is a web address ("1. https://example.org/report"), which no signer is.
inline bool is_footnote_line(std::string_view line) {
    // "¹ Joined on 5 March 2026.": a superscript number first, and a space.
    if (auto const mark = text::superscript_digit_at(line, 0); mark && mark + 1 < line.size() && line[mark] == ' ') return true;
    std::size_t digits = 1;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (line.size() > 3 && line[0] == '[' && digits > 1 && digits < line.size() && line[digits] == ']') return true;
    digits = 0;
    while (digits < line.size() && digits < 4 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits == 0 || digits + 2 >= line.size() || (line[digits] != '.' && line[digits] != ')')) return false;
    auto const start = line.find_first_not_of(' ', digits + 1);
    if (start == std::string_view::npos) return false;
    auto const rest = line.substr(start);
    return rest.compare(0, 7, "http://") == 0 || rest.compare(0, 8, "https://") == 0 || rest.compare(0, 4, "www.") == 0;
}

// "7 Case 51/2022.", "3 Signing from exile.": a note's number, if `line` is a note at a page's
// foot (its number, a space and a capital, and a full stop at its end); empty if not.
inline std::string_view note_number(std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    bool const note = digits > 0 && digits + 2 < line.size() && line[digits] == ' ' && line.back() == '.' &&
                      utf8::is_upper_letter(utf8::decode(line, digits + 1).cp);
    return note ? line.substr(0, digits) : std::string_view{};
}

// "1 UN Human Rights Council, fourth cycle, 2024.": a PDF's footnote, its number and a space
// before a sentence (the superscript lost). Asked under a rule, where a page's notes stand.
inline bool is_numbered_note(std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits == 0 || digits + 2 >= line.size() || line[digits] != ' ' || line.back() != '.') return false;
    return utf8::is_upper_letter(utf8::decode(line, digits + 1).cp) && word_count(line, 4) >= 4;
}

// "Universal Periodic Review of the Republic of Veloria", "4TH CYCLE", "47TH SESSION OF THE UPR
// WORKING GROUP", "Fourth cycle", "Ciclul 4": a UPR submission's cover line, set over or under
// its headline, that names the review and the state under review or the review's round and
// its body's sitting. Metadata, neither the headline nor its publisher: a short line that opens
// with the review's name (but for one that names a kind), or whose round word (the tables'
// review_rounds) follows a number or an ordinal written out, a line of two words, or precedes
// a number. "Joint Submission to the Universal Periodic Review of Veloria" is the headline.
inline bool is_review_cover_line(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1 || folded.size() > 120 || folded.find(':') != std::string_view::npos)
        return false;
    auto const words = word_count(folded, 15);
    if (words > 14) return false;  // "47.º período de sesiones del Grupo de Trabajo sobre el EPU"
    if (lang::starts_with_any<&lang::language_table::review_names>(folded))
        return !lang::find_any<&lang::language_table::kind_words>(folded);
    auto const space = folded.find(' ');
    if (space == std::string_view::npos) return false;
    auto const is_digit = [](char c) { return c >= '0' && c <= '9'; };
    auto const second = folded.substr(space + 1);
    if (lang::starts_with_any<&lang::language_table::review_rounds>(second))
        return is_digit(folded.front()) || words == 2 || lang::find_any<&lang::language_table::review_names>(second);
    return is_digit(second.front()) && lang::starts_with_any<&lang::language_table::review_rounds>(folded);
}

// "Submitted electronically via www.regulations.gov", "VIA ELECTRONIC MAIL", "Par courriel":
// a letter's line that says how it was sent, a few words after a phrase of the tables.
inline bool is_delivery_line(block const& b, std::string_view folded) {
    return b.kind == block_kind::text && b.lines == 1 && folded.size() <= 80 && word_count(folded, 9) <= 8 &&
           lang::starts_with_any<&lang::language_table::delivery_phrases>(folded);
}

// "From: A coalition of 19 community law centres", "De : la Ligue des droits humains": the line
// of a submission's or a memo's header that names who sends it, a sender's key before a colon
// and its value. It names the authors under the headline, as a byline does; no headline itself.
inline bool is_sender_line(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1 || folded.size() < 8 || folded.size() > 200) return false;
    // from, de, von, от, від, od, de la
    static constexpr std::string_view keys[] = {"from:", "de :", "de:", "von:", "\xD0\xBE\xD1\x82:", "\xD0\xB2\xD1\x96\xD0\xB4:",
                                                "od:", "de la:"};
    for (std::string_view key : keys)
        if (folded.compare(0, key.size(), key) == 0 && folded[key.size()] == ' ') return true;
    return false;
}

// "Delivered by: Ms Mira Tallow, on behalf of …", "Lue par Mme …": an oral statement's line that
// names who speaks it, a phrase of the tables and a name or a title after it (not "Read by
// millions, …"). Metadata, no headline.
inline bool is_speaker_line(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1) return false;
    auto const phrase = lang::starts_with_any<&lang::language_table::speaker_phrases>(folded);
    if (!phrase) return false;
    // The text's words are the fold's, one for one: the name opens after as many as the phrase has.
    std::size_t at = 0;
    for (auto words = word_count(phrase.phrase); words > 0 && at != std::string_view::npos; --words) at = b.text.find(' ', at + 1);
    if (at == std::string_view::npos) return false;
    at = b.text.find_first_not_of(" :", at);
    return at != std::string_view::npos && utf8::is_upper_letter(utf8::decode(b.text, at).cp);
}

// "On behalf of: Amber Watch, Coral Forum and Dune Press", "On behalf of:", "Au nom de : …": an
// oral statement's field that names those its speaker speaks for, a behalf phrase of the tables
// and a colon right after it (not "On behalf of the victims, we …"). Metadata, no headline: the
// names after it, or under it, are the statement's signers.
inline bool is_behalf_line(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1) return false;
    auto const phrase = lang::starts_with_any<&lang::language_table::behalf_phrases>(folded);
    if (!phrase) return false;
    auto at = phrase.phrase.size();
    while (at < folded.size() && folded[at] == ' ') ++at;
    return at < folded.size() && folded[at] == ':';
}

// "Delivered by Mira Tallow on behalf of the following organisations:", "Lue par Mme Mira Tallow
// au nom des organisations suivantes :", "En nombre de las siguientes organizaciones:", "On
// behalf of:": a short line that ends in a colon over the names of those a statement is made
// for, a behalf phrase of the tables with a word that points below after it (following_words),
// or with nothing after it but the colon. It heads their list, as "Signatories:" does. Not a
// call's introduction ("We urge, on behalf of the following families, the Council to:").
inline bool heads_those_spoken_for(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1 || b.text.empty() || b.text.back() != ':' || folded.size() > 200 ||
        word_count(b.text, 15) > 14)
        return false;
    auto const behalf = lang::find_any<&lang::language_table::behalf_phrases>(folded);
    if (!behalf) return false;
    auto rest = folded.substr(behalf.position + behalf.phrase.size());
    while (!rest.empty() && (rest.back() == ':' || rest.back() == ' ')) rest.remove_suffix(1);
    if (!rest.empty() && !lang::find_any<&lang::language_table::following_words>(rest)) return false;
    return !lang::find_any<&lang::language_table::call_verbs>(folded);
}

// "BEFORE THE CANADIAN RADIO-TELEVISION AND TELECOMMUNICATIONS COMMISSION", "Before the" /
// "Federal Communications Commission", "In the Matter of": a filing's caption, a phrase of the
// tables alone or before the name of the tribunal or body it is filed with (an organisation's
// or a state's word, in capitals), no sentence. It names where the filing is made; the
// filing's own heading under it ("JOINT INTERVENTION OF …") is the headline ("Before the
// elections, free the prisoners" is a sentence, "Before the summit world leaders must act"
// names no body).
inline bool is_proceeding_caption(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.lines != 1 || folded.size() > 160) return false;
    auto const phrase = lang::starts_with_any<&lang::language_table::proceeding_captions>(folded);
    if (!phrase) return false;
    if (phrase.phrase.size() == folded.size()) return true;
    if (b.text.find_first_of(",;:!?") != std::string_view::npos) return false;
    // The text's words are the fold's, one for one: the body's name opens after as many as the phrase has.
    std::size_t at = 0;
    for (auto words = word_count(phrase.phrase); words > 0 && at != std::string_view::npos; --words) at = b.text.find(' ', at + 1);
    if (at == std::string_view::npos || !utf8::is_upper_letter(utf8::decode(b.text, at + 1).cp)) return false;
    auto const body = folded.substr(phrase.phrase.size());
    return lang::find_any<&lang::language_table::organisation_words>(body) || lang::find_any<&lang::language_table::state_words>(body);
}

// What a PDF or a scraper leaves on the page, which ends nothing: a page's number, a document
// reference, a logo's file name or a scraper's placeholder for it ("[logo]").
inline bool is_page_furniture(block const& b) {
    if (is_page_number_line(b) || is_reference_line(b)) return true;
    if (b.kind != block_kind::text || b.text.empty()) return false;
    return text::is_image_file_name(b.text) || (b.text.front() == '[' && text::is_image_placeholder(b.text));
}

// "Background", "Notes to editors:", "ANNEX I: Legal analysis", "## About the coalition": a
// heading of the text's own, a short line that is a section word of the tables, alone or
// numbered, or before a colon and a title.
inline bool is_section_heading(block const& b, std::string_view folded) {
    if (b.text.size() > 60 || (b.kind != block_kind::text && b.kind != block_kind::heading) || word_count(b.text, 7) > 6)
        return false;
    while (!folded.empty() && (folded.back() == ':' || folded.back() == '*' || folded.back() == ' ')) folded.remove_suffix(1);
    auto const m = lang::starts_with_any<&lang::language_table::section_headings>(folded);
    if (!m) return false;
    auto rest = folded.substr(m.phrase.size());
    if (rest.empty() || rest.front() == ':') return true;
    // "Annex I", "Annex 2: …": a number or a numeral of a few characters.
    if (rest.front() != ' ') return false;
    rest.remove_prefix(1);
    auto const end = std::min(rest.size(), rest.find(':'));
    return end > 0 && end <= 4 && rest.substr(0, end).find(' ') == std::string_view::npos;
}

// "About ALTSEAN-Burma", "À propos de la FIDH": the heading of a paragraph on an organisation
// (a press release's boilerplate under its list), a line of an about-word of the tables and the
// name after it, as long as a name may be ("O Sojuszu na rzecz Prawa do Mieszkania", "Acerca de
// la Alianza por la Vivienda": seven words).
inline constexpr std::size_t max_about_heading_bytes = 160;  // twelve Cyrillic words of six letters
inline bool is_about_heading(block const& b, std::string_view folded) {
    if (b.text.size() > max_about_heading_bytes || (b.kind != block_kind::text && b.kind != block_kind::heading) ||
        word_count(b.text, 13) > 12)
        return false;
    auto const m = lang::starts_with_any<&lang::language_table::about_openers>(folded);
    return m && m.phrase.size() + 1 < folded.size() && folded[m.phrase.size()] == ' ';
}

// "Open letter to the shareholders of Orinoco Gold Corp.", "Carta abierta al Directorio de Minera
// Andina S.A.": a text whose last word is a company's legal form, whose full stop ends no sentence.
inline bool ends_with_company_form(std::string_view text) {
    auto const word = text.substr(text.rfind(' ') + 1);  // npos + 1 is 0
    return word.size() <= 6 && lang::is_phrase<&lang::language_table::company_forms>(utf8::fold(word));
}

// A line that can be a headline: short, no full stop at the end (but a company's legal form's),
// starts like a title.
inline bool heading_like(block const& b) {
    if (b.kind == block_kind::heading) return true;
    // Long in characters, not bytes: a Cyrillic headline takes twice the bytes of a Latin one.
    if (b.kind != block_kind::text || b.text.size() < 3 || (b.text.size() > 300 && utf8::at_least_code_points(b.text, 301))) return false;
    char last = b.text.back();
    if (last == ',' || last == ';') return false;
    if (last == '.' && b.text.size() > 3 && b.text[b.text.size() - 2] != '.' && !ends_with_company_form(b.text)) return false;
    // A file name or an address is no headline ("Communique-commun-2019.pdf").
    if (b.text.find(' ') == std::string::npos && b.text.find_first_of("./_") != std::string::npos) return false;
    // "❗️Заява правозахисних організацій": a post's pictographs before its headline.
    auto words = utf8::without_leading_pictographs(b.text);
    // "¡Alto a la criminalización …!", "¿Quién …?": Spanish opens its exclamation and question.
    if (words.size() > 2 && words[0] == '\xC2' && (words[1] == '\xA1' || words[1] == '\xBF')) words.remove_prefix(2);
    // "#KeepItOn: Internet shutdowns must end": a campaign's hashtag opens its headline (a
    // Markdown heading has a space after its marks, and is no text block).
    if (words.size() > 2 && words[0] == '#' && words[1] != '#' && words[1] != ' ') words.remove_prefix(1);
    if (words.empty()) return false;
    auto first = utf8::decode(words, 0).cp;
    return utf8::is_upper_letter(first) || utf8::is_digit(first) || utf8::is_quote(first);
}

// "Coral Institute (Kenya)", "Coral Institute – Kenya": a line of a signer's entry, a name and
// its country after it in parentheses or after a spaced dash, which no headline ends with.
inline bool names_with_country(block const& b) {
    auto const& t = b.text;
    if (b.kind != block_kind::text || b.lines != 1 || t.size() < 6 || t.size() > 200) return false;
    if (t.back() == ')') {
        auto const open = t.rfind('(');
        return open != std::string_view::npos && open > 1 && t[open - 1] == ' ' &&
               is_country_line(t.substr(open + 1, t.size() - open - 2));
    }
    // The last spaced dash, an en or em dash or a hyphen, found by one walk back from the end to
    // the space after it (the headline's search asks this of each block it passes).
    for (std::size_t space = t.size() - 1; space > 3; --space) {
        if (t[space] != ' ') continue;
        bool const hyphen = t[space - 1] == '-' && t[space - 2] == ' ' && space - 2 > 1;
        bool const dash = space > 5 && text::dash_length_at(t, space - 3) == 3 && t[space - 4] == ' ';
        if (hyphen || dash) return space + 1 < t.size() && is_country_line(t.substr(space + 1));
    }
    return false;
}

// Prose: a long block, or one made of sentences.
inline bool is_prose(block const& b) {
    if (b.kind != block_kind::text) return false;
    return b.text.size() > 300 || (b.text.size() > 80 && (b.text.back() == '.' || b.text.back() == ':'));
}

// The same, long in characters rather than bytes, where a headline is sought: a Cyrillic one
// takes twice the bytes of a Latin one. Asked of a text's first blocks only (counting costs).
inline bool is_prose_in_characters(block const& b) {
    if (b.kind != block_kind::text) return false;
    return (b.text.size() > 300 && utf8::at_least_code_points(b.text, 301)) ||
           (b.text.size() > 80 && (b.text.back() == '.' || b.text.back() == ':'));
}

// "    Ms. B, Ombudsman of …", "Monsieur C, procureur général …": a line right under a copy
// list's key and its first name that names one more in copy; not a sentence, nor a greeting
// ("Monsieur le Ministre,": a form of address and the comma, colon or mark that ends it).
inline bool continues_copy_list(block const& b, std::string_view folded) {
    if (b.kind != block_kind::text || b.text.empty() || b.text.back() == '.' || is_prose(b)) return false;
    auto const last = b.text.back();
    return (last != ',' && last != ':' && last != '!') ||
           !lang::starts_with_any<&lang::language_table::salutations>(folded);
}

// A count of signers, not one: "45 more organisations" (a list's "+ 45 more organisations"),
// "Plus 37 individual signatories", "Total: 47 organisations from 19 countries", "Всего: 12
// организаций". A name that opens with a number writes its next word with a capital ("100
// Women Network", "8 March Coalition").
inline bool is_count_line(std::string_view text) {
    if (text.size() > 80) return false;
    std::size_t i = 0;
    while (i < text.size() && (text[i] == '+' || text[i] == ' ')) ++i;
    // One word before the count: one that ends in a colon ("Total:"), or "plus", "and". Most
    // lines, names, are passed at their first word's end, and no digit after it.
    if (i < text.size() && (text[i] < '0' || text[i] > '9')) {
        std::size_t space = i;
        while (space < text.size() && space - i < 16 && text[space] != ' ') ++space;
        if (space + 1 >= text.size() || text[space] != ' ' || text[space + 1] < '0' || text[space + 1] > '9') return false;
        auto const word = utf8::fold(text.substr(i, space - i));
        if (word.back() != ':' && word != "plus" && !lang::starts_with_any<&lang::language_table::conjunctions>(word))
            return false;
        i = space + 1;
    }
    std::size_t digits = i;
    auto const digit = [&](std::size_t at) { return at < text.size() && text[at] >= '0' && text[at] <= '9'; };
    while (digit(digits)) ++digits;
    // "12,487 have signed", "3.412 Menschen haben unterschrieben": a count of thousands, its
    // groups of three digits apart by a comma or a stop.
    while (digits > i && digits < text.size() && (text[digits] == ',' || text[digits] == '.') && digit(digits + 1) && digit(digits + 2) &&
           digit(digits + 3) && !digit(digits + 4))
        digits += 4;
    if (digits == i || digits + 1 >= text.size() || text[digits] != ' ' ||
        !utf8::is_lower_letter(utf8::decode(text, digits + 1).cp) || word_count(text, 10) > 9)
        return false;
    // "3 декабря 2026 г.": a date, not a count.
    return !grammar::holds_plausible_year(text) || !grammar::find_date(utf8::lower_same_length(text)).has_value();
}

// "Total AUM represented: USD 755.6 billion", "Combined assets: $1.2 trillion": the sum that a
// table's last line gives of a column of amounts, no signer: a few words up to a colon, then
// the amount, in a currency's code or sign, and its unit. Most lines are passed at their end,
// which no figure is near.
inline bool is_sum_line(std::string_view text) {
    if (text.size() > 80 || !text::has_digit(text.substr(text.size() - std::min<std::size_t>(text.size(), 12)))) return false;
    auto const colon = text.find(": ");
    if (colon == std::string_view::npos || colon > 48 || word_count(text.substr(0, colon), 6) > 5) return false;
    auto amount = text.substr(colon + 2);
    // The currency: a code in capitals ("USD 755.6"), or a sign ("$1.2", "€ 40", "£12").
    std::size_t figure = 0;
    while (figure < amount.size() && figure < 3 && amount[figure] >= 'A' && amount[figure] <= 'Z') ++figure;
    if (figure == 0) {
        if (amount.empty()) return false;
        auto const sign = utf8::decode(amount, 0);  // "$", "£" (U+00A3), "€" (U+20AC)
        if (!text::is_currency_sign(sign.cp)) return false;
        figure = sign.length;
    } else if (figure < 3) {
        return false;
    }
    if (figure < amount.size() && amount[figure] == ' ') ++figure;
    if (figure >= amount.size() || amount[figure] < '0' || amount[figure] > '9') return false;
    return word_count(amount, 4) <= 3;
}

// The same of a block, its colon asked of its survey first: a list's line that ends with a
// number ("Association No 12 (Chile)") has its last bytes searched for a digit, and then its
// whole text for a colon, which most such lines hold none of.
inline bool is_sum_line(block const& b) { return b.may_hold<':'>() && is_sum_line(b.text); }

// A line that is mostly a date ("16.11.2021, 10:50", "Tbilisi, July 14, 2009"); a
// headline that ends with its date is still a headline.
inline bool is_date_line(block const& b) {
    if (b.text.size() > 60 || !grammar::holds_plausible_year(b.text) || word_count(b.text) > 6) return false;
    return grammar::find_date(utf8::lower_same_length(b.text)).has_value();
}

// A line that names a day's date anywhere in it ("Signatures collected until 15 March 2024",
// "Подписи принимаются до 15 марта 2024 года"), however long.
inline bool holds_day_date(block const& b) {
    if (!grammar::holds_plausible_year(b.text)) return false;
    auto const d = grammar::find_date(utf8::lower_same_length(b.text));
    return d && d->day != 0;
}

// An address's last lines: "London SW1A 2AH", "2138 Amber House Office Building".
inline bool is_postal_line(block const& b) {
    return b.kind == block_kind::text && b.lines == 1 && holds_postcode(b.text) && !is_date_line(b) && !is_page_furniture(b);
}

// A line of a letterhead's address or contacts: "050012, г. Алматы, ул. Толе би, 118",
// "12, rue des Tanneurs – 1000 Bruxelles", "Tel.: +7 727 …", "contact@amber.example –
// www.amber.example": a mail or web address, a number first and a comma after it, or a
// postcode.
inline bool is_contact_line(block const& b) {
    auto const& t = b.text;
    if (b.kind != block_kind::text || t.empty() || t.size() > 160 || b.lines > 2) return false;
    if ((b.may_hold<'@'>() && t.find('@') != std::string_view::npos) ||
        (b.may_hold<'.'>() && t.find("www.") != std::string_view::npos))
        return true;
    if (is_postal_line(b)) return true;
    if (t[0] < '0' || t[0] > '9') return false;
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (t.substr(digits, 24).find(',') == std::string_view::npos || is_prose(b)) return false;
    // "12,487 have signed. Let's get to 15,000!": a signing page's counter under its headline,
    // its comma a thousands' mark, is no building's number.
    if (is_count_line(t)) return false;
    // "12 March 2024, 14:20": a date and its time, under a headline.
    return !is_date_line(b);
}

// "+44 20 7946 0000", "+7 343 111-22-33", "(+373) 22 123 456": a telephone number in its
// international form, a plus and eight digits or more among spaces, hyphens and brackets.
inline bool holds_phone_number(std::string_view t) {
    for (auto plus = t.find('+'); plus != std::string_view::npos; plus = t.find('+', plus + 1)) {
        std::size_t digits = 0;
        for (auto at = plus + 1; at < t.size() && (t[at] == ' ' || t[at] == '-' || t[at] == '(' || t[at] == ')' ||
                                                   (t[at] >= '0' && t[at] <= '9'));
             ++at)
            digits += t[at] >= '0' && t[at] <= '9';
        if (digits >= 8) return true;
    }
    return false;
}

// "Catholic", "Interfaith", "Roman Catholic", "Православные": a faith's word alone on a line (two
// words at most), apart after a blank line or set as a heading, heads the signers of that faith
// in a letter of faith groups; no organisation is named so.
inline bool is_faith_heading(block const& b, std::string_view folded) {
    if ((!b.after_blank && b.kind != block_kind::heading) || b.text.empty() || b.text.size() > 40 ||
        word_count(b.text, 3) > 2)
        return false;
    return lang::is_phrase<&lang::language_table::faith_groups>(folded);
}

// "Asia-Pacific", "Europe and Central Asia", "Latin America and the Caribbean", "Middle East and
// North Africa", "South Caucasus": a line of a region's words (joined by "and", "the", '&' or
// a hyphen) and nothing else, as a list's group heading names one. The words are few and
// English, as such headings of international letters are.
inline bool is_region_line(std::string_view text) {
    static constexpr std::string_view region_words[] = {
        "africa", "asia", "europe", "america", "americas", "pacific", "caribbean", "middle", "east", "west",
        "north", "south", "central", "eastern", "western", "northern", "southern", "latin", "arab", "caucasus",
        "balkans", "baltic", "nordic", "mena", "oceania", "region", "regions", "sub-saharan", "and", "the", "&"};
    if (text.empty() || text.size() > 48) return false;
    // Most lines, names, are told at their first letter: none of the words begins with it.
    static constexpr auto first_letters = [] {
        std::array<bool, 256> a{};
        for (auto w : region_words) {
            a[static_cast<unsigned char>(w[0])] = true;
            if (w[0] >= 'a' && w[0] <= 'z') a[static_cast<unsigned char>(w[0] - 'a' + 'A')] = true;
        }
        return a;
    }();
    if (!first_letters[static_cast<unsigned char>(text[0])]) return false;
    std::size_t regional = 0;
    for (std::size_t at = 0; at < text.size();) {
        auto end = text.find_first_of(" -", at);
        if (end == std::string_view::npos) end = text.size();
        auto const word = text.substr(at, end - at);
        if (!word.empty()) {
            char lowered[16];
            if (word.size() > sizeof lowered) return false;
            for (std::size_t i = 0; i < word.size(); ++i)
                lowered[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
            std::string_view const w(lowered, word.size());
            if (std::find(std::begin(region_words), std::end(region_words), w) == std::end(region_words)) return false;
            regional += w != "and" && w != "the" && w != "&";
        }
        at = end + 1;
    }
    return regional >= 1;
}


// "Statement, 16 November 2023", "Joint statement ahead of the Summit, Brussels, 18 December 2024",
// "Statement of solidarity – 16 September 2024 – Second anniversary of …": a line that dates
// itself, a comma or a dash before its date with the day (not "… the arrests of 5 May 2024").
inline bool dated_after_separator(block const& b) {
    if (b.text.size() > 200 || !grammar::holds_plausible_year(b.text)) return false;
    auto const lowered = utf8::lower_same_length(b.text);
    auto const d = grammar::find_date(lowered);
    if (!d || d->day == 0) return false;
    auto before = std::string_view(lowered).substr(0, static_cast<std::size_t>(d->first - lowered.data()));
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    return !before.empty() && (before.back() == ',' || text::closing_dash_length(before) != 0);
}

// "Done in Brussels on 22 November 2022", "Fait à Paris, le 1er mai 2023.": a signing line of a
// few words that ends with its date.
// is_date_line's lines are such lines too; the date is sought once for both questions.
inline bool is_signing_date_line(block const& b) {
    if (b.text.size() > 80 || !grammar::holds_plausible_year(b.text) || word_count(b.text, 11) > 10) return false;
    auto const lowered = utf8::lower_same_length(b.text);
    auto const d = grammar::find_date(lowered);
    if (!d) return false;
    if (b.text.size() <= 60 && word_count(b.text, 7) <= 6) return true;  // is_date_line's
    return std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data())).find_first_not_of(" .") ==
           std::string_view::npos;
}

// What follows a page's date after a separator: "· 3 min read", "| 5 comments", "• News", "·
// By Rainbow Rights Centre", "| Tags: Ukraine, war crimes" — a few words of the page, and
// nothing else.
// Where the first of a page's separators between spaces (" · ", " | ", " • ") stands in `s`,
// or its size.
inline std::size_t next_page_separator(std::string_view s) {
    std::size_t next = s.size();
    for (std::string_view separator : {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", " \xE2\x80\x94 ", " \xE2\x80\x93 "})
        next = std::min(next, s.find(separator));
    return next;
}

inline bool ends_in_page_chrome(std::string_view rest) {
    // "| By Communications Team | 4 min read": each of a few parts a few words.
    bool parts = false;
    for (int part = 0; part < 4; ++part) {
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (rest.empty()) return parts;
        std::size_t separator = 0;
        // "· 3 min read", "| Tags: …", "— 3 min read" (a dash between spaces, as blogs set it).
        for (std::string_view s : {"\xC2\xB7", "|", "\xE2\x80\xA2", "\xE2\x80\x94", "\xE2\x80\x93"})
            if (rest.substr(0, s.size()) == s) separator = s.size();
        if (separator == 0 || separator >= rest.size() || rest[separator] != ' ') return false;
        rest.remove_prefix(separator);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        auto const next = next_page_separator(rest);
        auto const words = rest.substr(0, next);
        if (word_count(words, 7) > 6 || word_count(words, 1) == 0) return false;
        rest.remove_prefix(next);
        parts = true;
    }
    return false;
}

// "– Mis à jour le 5 février 2024", "(updated 10 March 2026)", ", updated 15 March 2023": after
// a page's date, the note that it changed since (update_words), in lower case.
inline bool notes_update(std::string_view rest_lowered) {
    // ". Last updated 2 April 2024.": the note may be a sentence of its own.
    while (!rest_lowered.empty() && (rest_lowered.front() == ' ' || rest_lowered.front() == ',' || rest_lowered.front() == '(' ||
                                     rest_lowered.front() == '.' ||
                                     rest_lowered.front() == '|' || rest_lowered.front() == '-' || rest_lowered.front() == ';'))
        rest_lowered.remove_prefix(1);
    if (rest_lowered.size() >= 3 && rest_lowered.compare(0, 2, "\xE2\x80") == 0) rest_lowered.remove_prefix(3);  // a dash
    while (!rest_lowered.empty() && rest_lowered.front() == ' ') rest_lowered.remove_prefix(1);
    return static_cast<bool>(lang::starts_with_any<&lang::language_table::update_words>(rest_lowered.substr(0, 40)));
}

// "à 12h00", "a las 10:30", "um 10:30 Uhr", ", 09.15 CET": after a page's date, the time it was
// posted: up to two short words in lower case, a clock's hours and minutes and perhaps a short
// word of its own (its zone), then nothing, the page's chrome or the note of a later change
// ("Publié le 3 octobre 2023 à 06h30 - Mis à jour le 3 octobre 2023 à 09h12"). An e-mail's
// header gives the seconds too, and the zone as its offset ("Date: Tue, 3 Mar 2026 10:14:02
// +0100"). A sentence goes on after its time ("… at 10:30 the police arrived").
inline bool ends_in_clock_time(std::string_view rest_lowered) {
    auto rest = rest_lowered;
    auto const skip_spaces = [&] {
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    };
    auto const word_of_letters = [&] {
        std::size_t end = 0;
        while (end < rest.size() && rest[end] != ' ') {
            auto const c = utf8::decode(rest, end);
            if (!utf8::is_lower_letter(c.cp)) return std::size_t{0};
            end += c.length;
        }
        return end;
    };
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
    for (int words = 0; words < 2 && !rest.empty() && !utf8::is_digit(static_cast<unsigned char>(rest.front())); ++words) {
        auto const word = word_of_letters();
        if (word == 0 || utf8::length(rest.substr(0, word)) > 3) return false;
        rest.remove_prefix(word);
        skip_spaces();
    }
    // "10:30", "06h30", "9.15": the hours, a mark, the minutes.
    std::size_t hours = 0;
    while (hours < rest.size() && hours < 3 && utf8::is_digit(static_cast<unsigned char>(rest[hours]))) ++hours;
    if (hours == 0 || hours > 2 || rest.size() < hours + 3 || (rest[hours] != ':' && rest[hours] != 'h' && rest[hours] != '.') ||
        !utf8::is_digit(static_cast<unsigned char>(rest[hours + 1])) || !utf8::is_digit(static_cast<unsigned char>(rest[hours + 2])))
        return false;
    rest.remove_prefix(hours + 3);
    auto const two_digits_after = [&](char mark) {
        return rest.size() >= 3 && rest[0] == mark && utf8::is_digit(static_cast<unsigned char>(rest[1])) &&
               utf8::is_digit(static_cast<unsigned char>(rest[2]));
    };
    if (two_digits_after(':')) rest.remove_prefix(3);  // the seconds
    if (!rest.empty() && rest.front() != ' ') return false;
    skip_spaces();
    if (auto const zone = word_of_letters(); zone != 0 && utf8::length(rest.substr(0, zone)) <= 4) {
        rest.remove_prefix(zone);
        skip_spaces();
    } else if (rest.size() >= 5 && (rest[0] == '+' || rest[0] == '-') &&
               std::all_of(rest.begin() + 1, rest.begin() + 5, [](char c) { return c >= '0' && c <= '9'; })) {
        rest.remove_prefix(5);  // "+0100", perhaps with its name after it ("+0100 (CET)")
        skip_spaces();
        if (auto const close = rest.find(')'); !rest.empty() && rest.front() == '(' && close != std::string_view::npos && close <= 6)
            rest.remove_prefix(close + 1);
    }
    return rest.find_first_not_of(" .") == std::string_view::npos || ends_in_page_chrome(rest) || notes_update(rest);
}

// ", Human Rights Day", ", à l'occasion de la Journée mondiale de la liberté de la presse", "–
// Second anniversary of …": after a dateline's date and a comma or a dash, the day's occasion: a
// few words without a sentence's stop, a comma or a parenthesis (a first sentence's line has them:
// "Geneva, 9 June 2024 – Ahead of the session (HRC56), 57"), which open with the name's capital or
// an occasion opener of the tables (not "Since 23 October 2023, at least four workers …").
// So does one in parentheses that end the line ("3 May 2024 (World Press Freedom Day)").
// `rest` is the line after the date.
inline bool names_occasion(std::string_view rest) {
    auto const separator = rest.find_first_not_of(' ');
    if (separator == std::string_view::npos) return false;
    bool const bracketed = rest[separator] == '(';
    auto mark = rest[separator] == ',' || bracketed ? 1 : text::dash_length_at(rest, separator);
    // "Publié le 3 mai 2024 à l'occasion de la Journée mondiale …", "Published on 3 May 2024 on
    // the occasion of …": an occasion opener of the tables may follow the date without a mark.
    if (mark == 0 && !lang::opens_with_phrase<&lang::language_table::occasion_openers>(rest.substr(separator))) return false;
    auto occasion = rest.substr(separator + mark);
    if (bracketed) {
        while (!occasion.empty() && occasion.back() == ' ') occasion.remove_suffix(1);
        if (occasion.empty() || occasion.back() != ')') return false;
        occasion.remove_suffix(1);
    }
    while (!occasion.empty() && occasion.front() == ' ') occasion.remove_prefix(1);
    auto const words = word_count(occasion, 15);
    return words >= 1 && words <= 14 && occasion.find_first_of(".:;!?,(") == std::string_view::npos &&
           (utf8::is_upper_letter(utf8::decode(occasion, 0).cp) ||
            lang::opens_with_phrase<&lang::language_table::occasion_openers>(occasion));
}

// What follows the date of a post's line ("Posted on 3 April 2024 in News", "… in Joint
// statements | 2 Comments"): the post's category, a few words, and perhaps its chrome after.
inline bool ends_in_category(std::string_view rest_lowered) {
    while (!rest_lowered.empty() && rest_lowered.front() == ' ') rest_lowered.remove_prefix(1);
    for (std::string_view in : {"in ", "dans ", "en ", "w ", "в "})
        if (rest_lowered.compare(0, in.size(), in) == 0) {
            auto category = rest_lowered.substr(in.size());
            auto const chrome = next_page_separator(category);
            auto const tail = category.substr(chrome);
            category = category.substr(0, chrome);
            return !category.empty() && category.back() != '.' && word_count(category, 5) <= 4 &&
                   (tail.empty() || ends_in_page_chrome(tail));
        }
    return false;
}

// The words that say by whom a page or a petition was written ("Posted … by the press office",
// "Started by Amber Rights Centre", "publié … par Admin").
inline constexpr std::string_view by_words[] = {"by ", "par ", "von ", "por "};

// Whether a line, in lower case, says by whom something was done: "Started by Amber Rights
// Centre" names its author in a sentence of the page, not as a signature.
inline bool names_by_whom(std::string_view lowered) {
    for (std::string_view by : by_words)
        if (auto const at = lowered.find(by); at != std::string_view::npos && at > 0 && lowered[at - 1] == ' ') return true;
    return false;
}

// What follows the date of a byline ("Posted on March 12, 2024 by the press office", "publié le
// 12 mars 2024 par Admin"): the author, a few words, and nothing else; or an organisation's name,
// longer, its words capitalised but for short ones ("Published 3 February 2025 by the Committee for
// Academic Freedom in the Middle East"). `rest` is the text `rest_lowered` lowers.
inline bool ends_in_byline(std::string_view rest_lowered, std::string_view rest) {
    auto const start = rest_lowered.find_first_not_of(' ');
    if (start == std::string_view::npos) return false;
    rest_lowered.remove_prefix(start), rest.remove_prefix(start);
    for (std::string_view by : by_words)
        if (rest_lowered.compare(0, by.size(), by) == 0) {
            auto const author = rest_lowered.substr(by.size());
            if (author.empty() || author.back() == '.') return false;
            auto const words = word_count(author, 13);
            if (words <= 5) return true;
            if (words > 12) return false;
            auto const name = rest.substr(by.size());
            for (std::size_t at = 0; at < name.size();) {
                auto end = name.find(' ', at);
                if (end == std::string_view::npos) end = name.size();
                auto const word = name.substr(at, end - at);
                if (!word.empty() && !utf8::is_upper_letter(utf8::decode(word, 0).cp) && utf8::length(word) > 3) return false;
                at = end + 1;
            }
            return true;
        }
    return false;
}

// "Embargoed until 00:01 CET, 12 February 2029", "Published: 5 May 2026, 10:20": a chrome phrase
// before a date, too long for is_chrome's buttons.
inline bool is_dated_chrome(block const& b, std::string_view folded) {
    return b.text.size() <= 120 && grammar::could_hold_date(b.text) &&
           lang::starts_with_any<&lang::language_table::chrome_phrases>(folded);
}

// A byline: a short line with a date and its author after it, or before it ("Posted by admin
// on 5 December 2026", "Publié par la rédaction le 3 mars 2024 | 3 min").
// "By Editorial team", "By Aigul Bekova", "Author: Staff Writer", "Автор: Анна Петрова": a
// news page's line that names the author of the article, without a date: an author's word,
// then a name of four words at most that opens with a capital (not "Von der Leyen must act").
inline bool is_author_line(block const& b) {
    if (b.text.size() > 60 || b.lines != 1 || b.text.size() < 5) return false;
    static constexpr std::string_view openers[] = {"by ",      "written by ", "author: ", "authors: ", "Ð°Ð²ÑÐ¾Ñ: ",
                                                   "auteur : ", "auteur: ",    "autor: ",  "autorin: ", "par ",
                                                   "von ",     "por "};
    auto const lowered = utf8::lower_same_length(b.text.substr(0, 16));
    for (std::string_view opener : openers) {
        if (lowered.compare(0, opener.size(), opener) != 0) continue;
        auto const name = std::string_view(b.text).substr(opener.size());
        return !name.empty() && utf8::is_upper_letter(utf8::decode(name, 0).cp) && word_count(name, 5) <= 4 &&
               name.find_first_of(".:;!?0123456789") == std::string_view::npos;
    }
    return false;
}

inline bool is_byline(block const& b) {
    if (is_author_line(b)) return true;
    if (b.text.size() > 80 || !grammar::holds_plausible_year(b.text)) return false;
    auto const lowered = utf8::lower_same_length(b.text);
    auto const d = grammar::find_date(lowered);
    if (!d) return false;
    auto const rest = std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data()));
    if (ends_in_byline(rest, std::string_view(b.text).substr(lowered.size() - rest.size()))) return true;
    auto const before = std::string_view(lowered).substr(0, static_cast<std::size_t>(d->first - lowered.data()));
    return names_by_whom(before) && word_count(before, 8) <= 7 &&
           (rest.find_first_not_of(" .") == std::string_view::npos || ends_in_page_chrome(rest));
}

// "Published: 12 March 2025 | 4 min read", "Posted on 3 April 2024", "Опубликовано: 3 марта
// 2025, 14:20": a page's field of its date (a page_field_labels' label, perhaps a colon or a
// short word such as "on", "le", "am"), then the date and nothing else but the page's chrome or
// the time it was posted. Under a list of signers it dates the page; no one signs it.
inline bool is_page_date_field(block const& b) {
    if (b.kind != block_kind::text || b.lines != 1 || b.text.size() > 120 || !grammar::holds_plausible_year(b.text)) return false;
    // The line opens with its label. Most lines asked are a list's entries, which open with a
    // name ("Maria Nowak, Warsaw"): its first two letters tell that no label opens them, at one
    // test, before the line is lowered and the date grammar runs over it.
    if (!lang::may_open_with<&lang::language_table::page_field_labels>(b.text)) return false;
    auto const lowered = utf8::lower_same_length(b.text);
    auto const d = grammar::find_date(lowered);
    if (!d) return false;
    auto label = std::string_view(lowered).substr(0, static_cast<std::size_t>(d->first - lowered.data()));
    while (!label.empty() && (label.back() == ' ' || label.back() == ':')) label.remove_suffix(1);
    if (label.empty() || label.size() > 40) return false;
    auto const rest = std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data()));
    if (rest.find_first_not_of(" .") != std::string_view::npos && !ends_in_page_chrome(rest) && !ends_in_clock_time(rest))
        return false;
    if (lang::is_phrase<&lang::language_table::page_field_labels>(label)) return true;
    auto const space = label.rfind(' ');
    return space != std::string_view::npos && label.size() - space - 1 <= 3 &&
           lang::is_phrase<&lang::language_table::page_field_labels>(label.substr(0, space));
}

// Inside a list: "Technology Companies and Trade Associations:" heads a group of entries.
// "*Affiliations for identification purposes only", "(list in formation)": a note on the list,
// three words or more of which two are in lower case and longer than a short function word (an
// entry marked so, "*Citizens' Watch (Russia)", writes its name's words with capitals).
inline bool reads_as_note(std::string_view text) {
    // "*Members of the Civic Solidarity Platform": what the mark says of the entries it marks.
    auto const start = text.find_first_not_of("*( ");
    if (start != std::string_view::npos &&
        lang::with_fold_start<&lang::language_table::coalition_markers>(text.substr(start), [](std::string_view f) {
            return static_cast<bool>(lang::starts_with_any<&lang::language_table::coalition_markers>(f));
        }))
        return true;
    std::size_t words = 0, lower = 0;
    for (std::size_t at = 0; at < text.size();) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '*' || text[at] == '(')) ++at;
        if (at >= text.size()) break;
        auto end = text.find(' ', at);
        if (end == std::string_view::npos) end = text.size();
        ++words;
        lower += end - at > 3 && utf8::is_lower_letter(utf8::decode(text, at).cp);
        at = end;
    }
    return words >= 3 && lower >= 2;
}

// "(in alphabetical order)", "(Organizations listed alphabetically; state of headquarters
// shown)": a note on how the list is set, wholly in parentheses; no entry. A PDF's two columns
// may set an entry's acronym and the other column's words so ("(FONADH)   mouvement abolitionniste
// (IRA)"): the note closes its parenthesis at its end only.
inline bool is_parenthesised_note(std::string_view text) {
    return text.size() > 2 && text.front() == '(' && text.find(')') == text.size() - 1 && reads_as_note(text);
}

// "A" / "Aktion Bleiberecht" / "Amnesty" / "B" / …: a long list's index letter, a capital alone
// on its line.
inline bool is_index_letter(block const& b) {
    if (b.kind != block_kind::text || b.text.empty() || b.text.size() > 4) return false;
    auto const d = utf8::decode(b.text, 0);
    return d.length == b.text.size() && utf8::is_upper_letter(d.cp);
}

inline bool is_group_heading(block const& b) {
    if (b.kind != block_kind::text || b.text.back() != ':' || word_count(b.text) > 8) return false;
    auto first = utf8::decode(b.text, 0).cp;
    return utf8::is_upper_letter(first) || utf8::is_quote(first);
}

// "Re: Ban on the Pride March", "Subject: …", "Objet : …": a letter's subject line under its key
// (not "Regarding the attack on …", which a headline may open with).
inline bool opens_with_subject_key(std::string_view folded) {
    auto const key = lang::starts_with_any<&lang::language_table::subject_openers>(folded);
    return key && key.phrase.back() == ':';
}

// A line that names its reader ("To the President …", "Aux autorités …", "Pan Mariusz …")
// or leads in to what follows ("Here is the joint statement:") is not a headline.
// A demand that forbids may open as an address of another language does ("Do not extradite …"
// as Polish "Do Pana Ministra", "Don't let …" as Spanish "Don Mario"): it addresses no one.
inline bool addresses_or_leads_in(block const& b, std::string_view folded) {
    if (b.kind == block_kind::heading) return false;
    if (b.text.back() == ':') return true;
    if (!line_addressee_opener(folded) && !lang::starts_with_any<&lang::language_table::person_titles>(folded)) return false;
    return !lang::starts_with_any<&lang::language_table::prohibitions>(folded);
}

}  // namespace document_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
