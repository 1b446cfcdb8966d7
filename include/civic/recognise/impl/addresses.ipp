// Definitions for <civic/recognise/addresses.hpp>.
#pragma once
#include <civic/geo/countries.hpp>
#include <civic/grammar/date.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/recognise/addresses.hpp>
#include <civic/recognise/impl/calls.ipp>
#include <civic/recognise/impl/place_and_country.hpp>
#include <civic/text/byte_scan.hpp>
#include <civic/text/capitals.hpp>
#include <civic/text/postcodes.hpp>
#include <civic/text/utf8.hpp>
#include <civic/text/words.hpp>

#include <algorithm>
#include <functional>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace address_detail {

inline bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline std::size_t skip_blanks(std::string_view s, std::size_t i) {
    while (i < s.size() && is_blank(s[i])) ++i;
    return i;
}

// Past the preposition that opens `lowered` at `at` ("to", "an", "aux", "к"), and a colon
// after it ("To: the Minister"): where the addressee begins. One preposition only: the next
// word may be one in another language ("à la présidence", "la" a preposition in Romanian).
inline std::size_t past_preposition(std::string_view lowered, std::size_t at) {
    auto const p = lang::starts_with_any<&lang::language_table::call_prepositions>(lowered.substr(at));
    auto const next = p ? at + p.phrase.size() : at;
    if (p && (next == lowered.size() || lowered[next] == ' ' || lowered[next] == ':')) at = skip_blanks(lowered, next);
    if (at < lowered.size() && lowered[at] == ':') at = skip_blanks(lowered, at + 1);
    return at;
}

// An addressee begins as a name does, or with an article ("the Minister", "los medios"):
// a line that opens with "To" and goes on in lower case ("To mark the day …") names no one.
inline bool begins_as_addressee(std::string_view text, std::string_view lowered, std::size_t at) {
    if (at >= text.size()) return false;
    auto const first = utf8::decode(text, at).cp;
    if (utf8::is_upper_letter(first) || utf8::is_digit(first)) return true;
    if (!utf8::is_letter(first)) return false;
    return static_cast<bool>(lang::starts_with_any<&lang::language_table::articles>(lowered.substr(at)));
}

// The most words an addressee a call names in running text may have: two joined by a
// conjunction ("the UN Special Rapporteur on the situation of human rights defenders and the
// OSCE Office for Democratic Institutions and Human Rights") may have more than one alone; a
// run of words between commas is an enumeration of the sentence's, no addressee.
inline std::size_t paragraph_addressee_words(std::string_view addressee) {
    if (addressee.find(',') != std::string_view::npos) return 16;
    return lang::find_any<&lang::language_table::conjunctions>(utf8::lower_same_length(addressee)) ? 24 : 16;
}

inline std::optional<text_range> trimmed(std::string_view text, std::size_t begin, std::size_t end,
                                         std::size_t most_words) {
    while (end > begin && (is_blank(text[end - 1]) || text[end - 1] == ',' || text[end - 1] == ':' || text[end - 1] == ';'))
        --end;
    if (end <= begin || text::word_count(text.substr(begin, end - begin), most_words + 1) > most_words) return std::nullopt;
    return text_range{begin, end};
}

// Past the parenthesis that opens at `open` when it holds a name, in capitals, of a few words
// ("(Home Affairs)", "(Komnas HAM)"): where the text goes on after it; `open` if it holds none.
inline std::size_t past_name_in_parentheses(std::string_view text, std::size_t open) {
    constexpr std::size_t most_bytes = 80;
    auto const close = text.substr(0, open + most_bytes).find(')', open);
    if (close == std::string_view::npos || open + 1 >= close ||
        text.substr(open + 1, close - open - 1).find_first_of("(:;") != std::string_view::npos ||
        !utf8::is_upper_letter(utf8::decode(text, open + 1).cp))
        return open;
    return close + 1;
}

// Where an addressee ends in a headline or an address line: at punctuation that closes it
// (":", "(", a dash between spaces; in a headline a comma or a sentence's full stop: in an
// address line a stop ends an abbreviation, "Pan insp. Zbigniew Maj") or at the word that
// opens the topic ("on", "о", "sur"), where one may follow (`topics`: a form's field after
// "To:" holds whom it is to alone, "Special Rapporteur on the situation of …").
inline std::size_t addressee_end(std::string_view text, std::string_view lowered, std::size_t at,
                                 lang::language_table const& language, bool headline, bool topics = true) {
    std::size_t i = at;
    bool word_start = true;
    while (i < text.size()) {
        char const c = text[i];
        // "To: the Commissioner (Home Affairs), …": in an address line, a name in capitals in
        // parentheses is the office's own; "(by e-mail)", a headline's "(61st session)" are not.
        if (c == '(' && !headline)
            if (auto const past = past_name_in_parentheses(text, i); past != i) {
                i = past;
                word_start = false;
                continue;
            }
        if (c == ':' || c == ';' || c == '(' || c == '|' || c == '[' || (headline && c == ',')) return i;
        if (headline && call_detail::ends_sentence(text, i)) return i;
        if (c == ' ') {
            auto const next = i + 1;
            // " - ", " – ", " — ": a dash between spaces
            if (next < text.size() && (text[next] == '-' || text.compare(next, 3, "\xE2\x80\x93") == 0 ||
                                       text.compare(next, 3, "\xE2\x80\x94") == 0))
                return i;
            word_start = true;
            ++i;
            continue;
        }
        if (topics && word_start && i > at && call_detail::opens_topic(lowered.substr(i), language)) return i;
        word_start = false;
        ++i;
    }
    return i;
}

// Whether the words at `at` of an address line open a reader of their own, as an office does:
// an article before a capital ("the Ombudsperson", "la Présidente"), an organ of a state
// ("Minister of Justice"), or, where nouns decline, a word in capitals in the dative
// ("Уполномоченному по правам человека"); not a person's name, which an office after its
// comma describes ("Mira Tallow, Minister of Justice").
inline bool opens_reader(std::string_view text, std::string_view lowered, std::size_t at, lang::language_table const& language) {
    if (at >= text.size() || !utf8::is_letter(utf8::decode(text, at).cp)) return false;
    auto const word_end = text::word_end(lowered, at);
    auto const first = lowered.substr(at, word_end - at);
    if (call_detail::listed(first, language.articles))
        return word_end + 1 < text.size() && utf8::is_upper_letter(utf8::decode(text, word_end + 1).cp);
    if (!utf8::is_upper_letter(utf8::decode(text, at).cp)) return false;
    if (lang::starts_with_any<&lang::language_table::state_words>(lowered.substr(at, 40))) return true;
    return call_detail::ends_with_any(first, language.dative_endings) && !call_detail::listed(first, language.stop_words);
}

// Whether a part of an address line between commas is a name in capitals of its own, as a
// company's is ("Telenor Asia", "MPT (Myanma Posts and Telecommunications)", "Irancell"): a few
// words, no digit (an address's street), no country (where it is), and nothing that tells a
// person and what they are ("Mira Tallow, Minister of Justice", "Sundar Pichai, Chief Executive
// Officer, Alphabet"): a title, a given name or a role.
inline bool is_name_of_its_own(std::string_view part, lang::language_table const& language) {
    if (part.empty() || !utf8::is_upper_letter(utf8::decode(part, 0).cp) || text::has_digit(part)) return false;
    auto const bare = part.substr(0, part.find('('));
    if (text::word_count(bare, 5) > 4 || geo::find_country(bare)) return false;
    auto const lowered = utf8::lower_same_length(part);
    std::string_view const low(lowered);
    return !lang::starts_with_any<&lang::language_table::person_titles>(low) &&
           !call_detail::listed(low.substr(0, text::word_end(low, 0)), language.given_names) &&
           !lang::find_any<&lang::language_table::role_words>(low);
}

// "To: Telenor Asia, MPT (Myanma Posts and Telecommunications), Irancell, MTN Group": three or
// more names of their own between commas (and a conjunction before the last) are as many
// readers; each one's range, or `whole` alone when a part is none.
inline std::vector<text_range> names_between_commas(std::string_view line, text_range whole, lang::language_table const& language) {
    constexpr std::size_t fewest = 3;
    std::vector<text_range> out;
    std::size_t begin = whole.begin, depth = 0;
    auto const lowered = utf8::lower_same_length(line);
    std::string_view const low(lowered);
    auto take = [&](std::size_t end) {
        auto const r = trimmed(line, begin, end, 8);
        if (!r || !is_name_of_its_own(line.substr(r->begin, r->end - r->begin), language)) return false;
        out.push_back(*r);
        return true;
    };
    for (std::size_t i = whole.begin; i < whole.end; ++i) {
        if (line[i] == '(') ++depth;
        if (line[i] == ')' && depth > 0) --depth;
        if (depth > 0 || line[i] != ',') continue;
        if (!take(i)) return {whole};
        begin = skip_blanks(low, i + 1);
        // "…, Irancell and MTN Group": the conjunction after the comma is none of the name's.
        if (auto const c = lang::starts_with_any<&lang::language_table::conjunctions>(low.substr(begin, 8));
            c && begin + c.phrase.size() < low.size() && low[begin + c.phrase.size()] == ' ')
            begin = skip_blanks(low, begin + c.phrase.size());
    }
    if (!take(whole.end) || out.size() < fewest) return {whole};
    return out;
}

// "To: the Minister of Justice, the Ombudsperson", "Кому: Министру юстиции Республики Пелам,
// Уполномоченному по правам человека": an address line's addressee (`whole`) that names several
// readers, each after a comma or a conjunction and opening as an office does, as the first one
// does. Each reader's range; `whole` alone when the first opens otherwise (a name and its office).
inline std::vector<text_range> readers_in_line(std::string_view line, text_range whole, lang::language_table const& language) {
    auto const lowered = utf8::lower_same_length(line);
    std::string_view const low(lowered);
    if (!opens_reader(line, low, whole.begin, language)) return names_between_commas(line, whole, language);
    std::vector<text_range> out;
    std::size_t begin = whole.begin, depth = 0;
    for (std::size_t i = whole.begin; i < whole.end; ++i) {
        if (line[i] == '(') ++depth;
        if (line[i] == ')' && depth > 0) --depth;
        if (depth > 0 || (line[i] != ',' && line[i] != ' ')) continue;
        // Past the comma, and a conjunction after it ("…, and the Ombudsperson"), or past a
        // conjunction between spaces ("… и Уполномоченному …").
        auto next = skip_blanks(low, i + 1);
        auto const conjunction = lang::starts_with_any<&lang::language_table::conjunctions>(low.substr(next, 8));
        if (conjunction && next + conjunction.phrase.size() < low.size() && low[next + conjunction.phrase.size()] == ' ')
            next = skip_blanks(low, next + conjunction.phrase.size());
        else if (line[i] == ' ')
            continue;
        if (next >= whole.end || !opens_reader(line, low, next, language)) continue;
        if (auto const r = trimmed(line, begin, i, 14)) out.push_back(*r);
        begin = next;
        i = next;
    }
    if (auto const r = trimmed(line, begin, whole.end, 14)) out.push_back(*r);
    return out;
}

// "To:" / "the Prime Minister of Orlania" / "the Minister of the Interior": an addressee's
// opener and its colon alone on a line, over the readers' lines; the opener's table if so.
inline lang::language_table const* labels_readers_below(std::string_view line) {
    if (line.empty() || line.size() > 40 || line.back() != ':') return nullptr;
    auto const lowered = utf8::lower_same_length(line);
    auto const opener = lang::starts_with_any<&lang::language_table::addressee_openers>(lowered);
    if (!opener || skip_blanks(lowered, opener.phrase.size()) != lowered.size() - 1) return nullptr;
    return opener.table;
}

// A line under an addressee's label that may name a reader: a line of text, or an item of a
// dash or bullet list ("To:" / "- Special Rapporteur on the situation of human rights
// defenders" / "- Working Group on Arbitrary Detention"), whose text is the name after the mark.
inline bool may_name_reader_below(layout::block const& b) {
    return b.kind == layout::block_kind::text ||
           (b.kind == layout::block_kind::list_item && (b.marker == layout::marker_kind::dash || b.marker == layout::marker_kind::bullet));
}

// The place of `b`'s text position `pos` in the cleaned text. Most blocks' texts are the
// cleaned text itself; a collapsed one (lines joined, runs of spaces made one) is walked beside
// the block's lines, a space of it a run of white space there. None if the two part ways.
inline std::optional<std::size_t> cleaned_offset(layout::block const& b, cleaned_text const& cleaned, std::size_t pos) {
    auto const* const base = cleaned.text.data();
    if (!std::less<char const*>{}(b.text.data(), base) && !std::less<char const*>{}(base + cleaned.text.size(), b.text.data()))
        return static_cast<std::size_t>(b.text.data() - base) + pos;
    std::string_view const lines = std::string_view(cleaned.text).substr(b.content_begin, b.end - b.content_begin);
    std::size_t i = 0, j = skip_blanks(lines, 0);
    while (i < pos && j < lines.size()) {
        if (b.text[i] == ' ') {
            if (!is_blank(lines[j])) return std::nullopt;
            j = skip_blanks(lines, j);
        } else {
            if (b.text[i] != lines[j]) return std::nullopt;
            ++j;
        }
        ++i;
    }
    if (i != pos) return std::nullopt;
    return b.content_begin + j;
}

// Where the authors speak in a sentence's start (`lowered`): "we", "the undersigned", "nous",
// "призываем" as one of its first seven words ("We …", "The undersigned …", "Daher fordern wir
// …", "Las organizaciones y personas abajo firmantes exigimos …") or right after a comma ("In
// light of this, we …"), within `within` bytes; npos if not.
// Only those places are looked up, not every word's. A network that speaks of itself ("The
// Coalition urges …") speaks as its authors: `author`, the word that names it, is one too.
inline std::size_t first_person_at_start(std::string_view lowered, std::size_t within, std::string_view author = {}) {
    std::size_t word = 0;
    bool after_comma = false;
    for (std::size_t i = skip_blanks(lowered, 0); i < lowered.size() && i <= within;) {
        // A quotation or a bracket may open the word ("“We urge …").
        std::size_t at = i;
        while (at < lowered.size() && (lowered[at] == '(' || utf8::is_quote(utf8::decode(lowered, at).cp)))
            at += utf8::decode(lowered, at).length;
        if ((word < 7 || after_comma) && lang::starts_with_any<&lang::language_table::first_person_plural>(lowered.substr(at)))
            return at;
        std::size_t end = i;
        while (end < lowered.size() && lowered[end] != ' ') ++end;
        if (word < 4 && !author.empty() && lowered.substr(at, end - at) == author) return at;
        after_comma = end > i && lowered[end - 1] == ',';
        ++word;
        i = skip_blanks(lowered, end);
    }
    return std::string_view::npos;
}

// Whether a line greets the reader ("Dear Ministers,", "Szanowny Panie Ministrze,").
inline bool greets(std::string_view line) {
    if (line.size() > 120) return false;
    return static_cast<bool>(lang::starts_with_any<&lang::language_table::salutations>(utf8::lower_same_length(line)));
}

// A line that may name an addressee's office under the name: short, in title case, no
// sentence, and no greeting ("Minister Spraw Wewnętrznych i Administracji", "Komendant Główny
// Policji", "Minister of the Interior").
inline bool is_office_line(layout::block const& b, block_role role) {
    if (b.kind != layout::block_kind::text || (role != block_role::paragraph && role != block_role::chrome_header) ||
        b.text.empty() || b.text.size() > 100 || text::word_count(b.text, 11) > 10)
        return false;
    // "Cc: …", "Re: …": a key and its value, not an office.
    if (b.text.find(':') != std::string_view::npos) return false;
    auto const last = b.text.back();
    return last != '.' && last != '!' && last != '?' && last != ',' && utf8::is_upper_letter(utf8::decode(b.text, 0).cp) &&
           !greets(b.text);
}

// Whether two addressees, lowered, name the same reader: the words of one begin the other's, two
// words at least ("presidente de la república" / "presidente de la república de colombia"), past
// a form of address before the first ("señor presidente de la república").
inline bool same_reader(std::string_view one, std::string_view other) {
    if (auto const title = lang::starts_with_any<&lang::language_table::person_titles>(other);
        title && title.phrase.size() < other.size() && other[title.phrase.size()] == ' ')
        other.remove_prefix(title.phrase.size() + 1);
    auto const& shorter = one.size() < other.size() ? one : other;
    auto const& longer = one.size() < other.size() ? other : one;
    return text::word_count(shorter, 2) >= 2 && longer.compare(0, shorter.size(), shorter) == 0 &&
           (longer.size() == shorter.size() || longer[shorter.size()] == ' ');
}

// "CARTA ABIERTA AL PRESIDENTE DE LA REPÚBLICA DE COLOMBIA" over "Señor Presidente de la
// República:", or over an address block's office line ("Señor" / "Gustavo Peralta Ríos" /
// "Presidente de la República de Colombia"): the text over the body names again the reader a
// headline names (`headline`, lowered), in its own spelling, the one to keep. The block of the
// office line that does, if one does (-1 if not).
inline std::size_t office_line_naming(address_scan const& scan, std::string_view headline) {
    for (std::size_t i = scan.first; i < scan.head_end && i < scan.blocks.size(); ++i)
        if (i != scan.title && is_office_line(scan.blocks[i], scan.roles[i]) &&
            same_reader(headline, utf8::lower_same_length(scan.blocks[i].text)))
            return i;
    return static_cast<std::size_t>(-1);
}

// Whether an addressee of the call groups holds `subject`'s words ("the Government of Pakistan"
// holds "Pakistan", "the Kenyan authorities" "Kenya").
inline bool named_by_calls(std::vector<call_group> const& groups, std::string_view subject) {
    return std::any_of(groups.begin(), groups.end(), [&](call_group const& g) {
        return std::any_of(g.addressees.begin(), g.addressees.end(),
                           [&](std::string const& a) { return a.size() > subject.size() && a.find(subject) != std::string::npos; });
    });
}

// "Dear Minister and Commissioner,", "Dear President and Members of the Committee,": a greeting's
// reader that is a title of one word, a conjunction and another capitalised title greets two
// readers, each the whole of its title; not a couple greeted by one name ("Dear Mr and Mrs
// Okafor": a person's title is none), nor one title whose complement holds the conjunction
// ("Dear Minister of Justice and Human Rights"). The reader's range, or its two parts.
inline std::vector<text_range> greeted_titles(std::string_view line, text_range reader, lang::language_table const& language) {
    auto const text = line.substr(reader.begin, reader.end - reader.begin);
    auto const first_end = text.find(' ');
    if (first_end == std::string_view::npos) return {reader};
    auto const second_end = std::min(text.size(), text.find(' ', first_end + 1));
    if (second_end + 1 >= text.size()) return {reader};
    auto const conjunction = utf8::lower_same_length(text.substr(first_end + 1, second_end - first_end - 1));
    auto const first = utf8::lower_same_length(text.substr(0, first_end));
    if (!call_detail::listed(conjunction, language.conjunctions) || call_detail::listed(first, language.person_titles) ||
        !utf8::is_upper_letter(utf8::decode(text, second_end + 1).cp))
        return {reader};
    return {text_range{reader.begin, reader.begin + first_end}, text_range{reader.begin + second_end + 1, reader.end}};
}

// "Odeonsplatz 3" / "80539 München", "14 Finsbury Square" / "London EC2A 1AE" / "United
// Kingdom": a postal address under the reader's name and office, its lines unbroken by a blank
// one, ends with the line of its postcode and the country's name under it, if any, or with a
// city and its country ("Geneva, Switzerland"). The block's
// last line, or `from - 1` where no postcode follows within a few lines (a line of prose, a
// greeting or a date ends the search: "14.05.2025" is no postcode).
inline std::size_t postal_address_end(address_scan const& scan, std::size_t from) {
    constexpr std::size_t lines_at_most = 5;
    auto const& blocks = scan.blocks;
    auto const address_line = [&](std::size_t k) {
        auto const& b = blocks[k];
        return k < scan.head_end && k < blocks.size() && k != scan.title && !b.after_blank &&
               b.kind == layout::block_kind::text && b.lines == 1 && !b.text.empty() && b.text.size() <= 60 &&
               (scan.roles[k] == block_role::paragraph || scan.roles[k] == block_role::chrome_header) &&
               b.text.back() != '.' && b.text.back() != ':' && !greets(b.text);
    };
    for (std::size_t k = from; k < from + lines_at_most && address_line(k); ++k) {
        auto const& t = blocks[k].text;
        if (place_detail::names_place_and_country(t)) return k;
        if (!text::holds_postcode(t)) continue;
        if (grammar::holds_plausible_year(t) && grammar::find_date(utf8::lower_same_length(t))) break;
        return address_line(k + 1) && geo::find_country(blocks[k + 1].text) ? k + 1 : k;
    }
    // "Avenida Libertad 450" / "Santiago" / "Chile", "Avenida Central 88" / "Pelamia": an address
    // without a postcode, its street's line and its building's number first, then its town and
    // country, each a few capitalised words without a digit, up to the blank line that closes the
    // block (a line that goes on without one, a date or a sentence, ends no address).
    if (!address_line(from) || !text::words_hold_street_number(blocks[from].text) ||
        (grammar::could_hold_date(blocks[from].text) && grammar::find_date(utf8::lower_same_length(blocks[from].text))))
        return from - 1;
    std::size_t end = from;
    while (end + 1 < from + lines_at_most && address_line(end + 1) && !text::has_digit(blocks[end + 1].text) &&
           text::word_count(blocks[end + 1].text, 4) <= 3 && utf8::is_upper_letter(utf8::decode(blocks[end + 1].text, 0).cp))
        ++end;
    bool const closed = end + 1 >= blocks.size() || end + 1 >= scan.head_end || blocks[end + 1].after_blank;
    return end > from && closed ? end : from - 1;
}

// "An das" / "Bayerische Staatsministerium des Innern": a preposition and an article alone on a
// line name no one; the reader is on the line under it.
inline bool only_article(std::string_view reader) {
    auto const lowered = utf8::lower_same_length(reader.substr(0, 8));
    auto const article = lang::starts_with_any<&lang::language_table::articles>(lowered);
    return article && article.phrase.size() == reader.size();
}

}  // namespace address_detail

CIVIC_FUNC lang::phrase_match line_addressee_opener(std::string_view lowered) {
    auto const opener = lang::starts_with_any<&lang::language_table::addressee_openers>(lowered);
    // German "An …" is English "An open letter …", "An urgent appeal …": an article before a
    // kind word a few words on opens a headline, not an address.
    if (opener && opener.phrase == "an" && lowered.size() > 3 && lowered[2] == ' ') {
        auto const kind = lang::find_any<&lang::language_table::kind_words>(lowered.substr(0, 48));
        if (kind && text::word_count(lowered.substr(0, kind.position), 5) <= 4) return {};
    }
    // "Au Tchad, la répression … doit cesser", "Aux Comores, …": a country before the comma of a
    // headline's clause is where it happens, not a reader.
    if (opener && lowered.size() > opener.phrase.size() && lowered[opener.phrase.size()] == ' ') {
        auto const comma = lowered.find(", ", opener.phrase.size());
        if (comma != std::string_view::npos && comma < 48 && text::word_count(lowered.substr(comma + 2), 4) >= 3 &&
            geo::find_country(lowered.substr(opener.phrase.size() + 1, comma - opener.phrase.size() - 1)))
            return {};
    }
    return opener;
}

CIVIC_FUNC lang::phrase_match letter_opener_in_headline(std::string_view lowered, lang::language_table const* preferred) {
    auto const m = lang::find_any<&lang::language_table::letter_openers>(lowered, preferred);
    if (!m) return m;
    // The text has one space between words: a word before the phrase is a space before it.
    auto const before = lowered.substr(0, m.position);
    if (std::count(before.begin(), before.end(), ' ') <= 2 || (before.size() >= 2 && before.substr(before.size() - 2) == ": "))
        return m;
    return {};
}

CIVIC_FUNC std::optional<text_range> headline_addressee(std::string_view headline) {
    using namespace address_detail;
    auto const lowered = utf8::lower_same_length(headline);
    auto const kind = lang::find_any<&lang::language_table::kind_words>(lowered);
    if (!kind) {
        // "Letter to the Minister of Justice on the detention of …", "Carta a la Comisión …": a
        // headline that names a letter by its reader without a kind word ("letter" alone names
        // none) names whom it is addressed to as "Open letter to …" does, right after its opener.
        auto const letter = letter_opener_in_headline(lowered);
        if (!letter) return std::nullopt;
        // Past a preposition after the opener's participle ("carta dirigida al Presidente …").
        auto const begin = past_preposition(lowered, skip_blanks(lowered, letter.position + letter.phrase.size()));
        if (begin >= lowered.size() || !begins_as_addressee(headline, lowered, begin)) return std::nullopt;
        return trimmed(headline, begin, addressee_end(headline, lowered, begin, *letter.table, true), 12);
    }
    // The opener right after the kind word, or a few words on ("Offener Brief von Pro Asyl an
    // die …"), with nothing between that closes the phrase or names its topic.
    std::size_t at = kind.position + kind.phrase.size();
    for (int words = 0;; ++words) {
        at = skip_blanks(lowered, at);
        if (at >= lowered.size() || words > 4) return std::nullopt;
        auto const rest = std::string_view(lowered).substr(at);
        if (lang::starts_with_any<&lang::language_table::addressee_openers>(rest) &&
            !lang::starts_with_any<&lang::language_table::salutations>(rest))
            break;
        if (call_detail::opens_topic(rest, *kind.table)) return std::nullopt;
        auto const end = lowered.find(' ', at);
        auto const word = std::string_view(lowered).substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        if (word.find_first_of(":;,.()|") != std::string_view::npos || end == std::string_view::npos) return std::nullopt;
        at = end;
    }
    // The opener is a preposition ("to", "к", "an"), or the addressee's own first word in the
    // dative ("Открытое письмо Президенту России …"), written with a capital.
    auto const begin = past_preposition(lowered, at);
    if (begin == at && !utf8::is_upper_letter(utf8::decode(headline, at).cp)) return std::nullopt;
    if (!begins_as_addressee(headline, lowered, begin)) return std::nullopt;
    return trimmed(headline, begin, addressee_end(headline, lowered, begin, *kind.table, true), 12);
}

CIVIC_FUNC std::optional<text_range> headline_obligation_addressee(std::string_view headline) {
    using namespace address_detail;
    if (headline.size() > 300) return std::nullopt;
    auto const lowered = utf8::lower_same_length(headline);
    std::string_view const low(lowered);
    for (std::size_t at = 0; at < low.size(); at = skip_blanks(low, low.find(' ', at) == std::string_view::npos ? low.size()
                                                                                                     : low.find(' ', at))) {
        auto const modal = lang::starts_with_any<&lang::language_table::obligation_verbs>(low.substr(at));
        if (!modal || at == 0) continue;
        auto const& language = *modal.table;
        // What the modal asks is done by its subject, not to it.
        auto const next = skip_blanks(low, at + modal.phrase.size());
        if (next >= low.size() ||
            std::any_of(language.passive_auxiliaries.begin(), language.passive_auxiliaries.end(),
                        [&](std::string_view aux) { return lang::starts_with_phrase(low.substr(next), aux); }))
            return std::nullopt;
        // The subject starts after the headline's label: "Norvia: …", "Joint statement – …", or
        // after where it happens: "Au Tchad, la répression … doit cesser".
        std::size_t begin = 0;
        for (std::string_view cut : {": ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ", "}) {
            auto const c = low.substr(0, at).rfind(cut);
            if (c != std::string_view::npos) begin = std::max(begin, c + cut.size());
        }
        begin = skip_blanks(low, begin);
        auto const first_word = low.substr(begin, std::min(low.find(' ', begin), at) - begin);
        if (call_detail::listed(first_word, language.first_person_plural)) return std::nullopt;
        if (!begins_as_addressee(headline, low, begin)) return std::nullopt;
        // A subject in lower case after its article binds an organ of a state ("the authorities
        // must …") or one it names ("les États membres doivent …"), not a thing that is to end
        // ("la répression des manifestations doit cesser").
        if (utf8::is_lower_letter(utf8::decode(headline, begin).cp)) {
            auto const subject = headline.substr(begin, at - begin);
            bool const capital = std::any_of(subject.begin(), subject.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
                                 subject.find("\xC3\x89") != std::string_view::npos;  // É
            if (!capital && !lang::find_any<&lang::language_table::state_words>(low.substr(begin, at - begin))) return std::nullopt;
        }
        return trimmed(headline, begin, at, 8);
    }
    return std::nullopt;
}

CIVIC_FUNC std::vector<text_range> greeted_readers(std::string_view line) {
    using namespace address_detail;
    std::vector<text_range> out;
    if (line.size() > 120) return out;
    auto const lowered = utf8::lower_same_length(line);
    std::string_view const low(lowered);
    auto greeting = lang::starts_with_any<&lang::language_table::salutations>(low);
    if (!greeting) return out;
    // Each reader after a greeting of their own, up to the comma before the next.
    for (std::size_t at = greeting.phrase.size(); at < line.size();) {
        auto const& language = *greeting.table;
        auto next = low.find(", ", at);
        while (next != std::string_view::npos && !(greeting = lang::starts_with_any<&lang::language_table::salutations>(low.substr(next + 2))))
            next = low.find(", ", next + 2);
        std::size_t const begin = skip_blanks(low, at);
        std::size_t end = next == std::string_view::npos ? line.size() : next;
        while (end > begin && (line[end - 1] == '!' || is_blank(line[end - 1]))) --end;  // "Шановний пане Президенте!"
        // "Monsieur le Ministre,", "Шановний пане Президенте!": a word in lower case (an article,
        // a form of address) may stand before the capital of the reader's title.
        auto const capital_at = [&](std::size_t at) { return utf8::is_upper_letter(utf8::decode(line, at).cp); };
        auto const second_word = [&](text_range const& r) {
            auto const space = line.substr(r.begin, r.end - r.begin).find(' ');
            return space == std::string_view::npos ? r.end : r.begin + space + 1;
        };
        if (auto const r = trimmed(line, begin, end, 8); r && (capital_at(r->begin) || (second_word(*r) < r->end && capital_at(second_word(*r)))))
            for (auto const reader : greeted_titles(line, *r, language)) out.push_back(reader);
        if (next == std::string_view::npos) break;
        at = next + 2 + greeting.phrase.size();
    }
    return out;
}

CIVIC_FUNC std::optional<text_range> address_line_addressee(std::string_view line, bool after_address_line) {
    using namespace address_detail;
    if (line.empty() || line.size() > 200 || text::word_count(line, 16) > 15) return std::nullopt;
    if (line.back() == '.' || line.back() == '!' || line.back() == '?') return std::nullopt;
    auto const lowered = utf8::lower_same_length(line);
    auto opener = line_addressee_opener(lowered);
    // "H.E. Mr. John Doe" / "Minister of Foreign Affairs": a letter's address block may open
    // with the reader's title, without a preposition ("Mr President," is a greeting).
    if (!opener && line.back() != ',') opener = lang::starts_with_any<&lang::language_table::person_titles>(lowered);
    if (!opener) return std::nullopt;
    // "Monsieur Gaspard Lemoine" / "Ministre de l'Intérieur", "Señora Lucía Herrera": a title that
    // also greets ("Monsieur le Ministre,", "Señora Ministra:") opens the reader's name where a
    // capitalised word follows it and the line ends without a greeting's mark.
    // ("Dear Minister" greets, and is no person's title.)
    auto const names_after_title = [&] {
        auto const title = lang::starts_with_any<&lang::language_table::person_titles>(lowered);
        auto const next = title.phrase.size() + 1;
        return title && title.phrase.size() == opener.phrase.size() && lowered.size() > next && lowered[next - 1] == ' ' &&
               line.back() != ',' && line.back() != ':' && line.back() != '!' && utf8::is_upper_letter(utf8::decode(line, next).cp);
    };
    if (lang::starts_with_any<&lang::language_table::salutations>(lowered) && !names_after_title()) return std::nullopt;
    auto begin = past_preposition(lowered, 0);
    // An opener that is no preposition: a word before a colon ("Attn: …"), or the addressee's
    // own first word ("Президенту Российской Федерации", "Pan Mariusz …").
    if (begin == 0 && opener.phrase.size() < lowered.size() && lowered[opener.phrase.size()] == ':')
        begin = skip_blanks(lowered, opener.phrase.size() + 1);
    // In lower case, an addressee still ends as the lines of an address do ("Aux organisations
    // paysannes,"), or follows one; "To mark the day" does neither.
    if (!begins_as_addressee(line, lowered, begin) && !(begin > 0 && (line.back() == ',' || after_address_line)))
        return std::nullopt;
    // "to the Parliament of Moldavia on the draft law …": a subtitle under a kind label; after a
    // label's colon ("To: …") the field names whom it is to and nothing else.
    bool const label = begin > 0 && lowered.find(':') < begin;
    return trimmed(line, begin, addressee_end(line, lowered, begin, *opener.table, false, !label), label ? 20 : 14);
}

CIVIC_FUNC std::vector<text_range> paragraph_addressees(std::string_view paragraph, std::string_view author) {
    using namespace address_detail;
    // The authors speak near the start of the sentence that makes their call ("We urge …", "In
    // light of this, we call on …", "Призываем …", "Wir fordern …"): only such a start is lowered
    // and read for the first person, and only a sentence that has it is read for a call verb;
    // the rest of a text is passed over at the search for the sentences' ends. A call verb
    // stands close after the first person ("We, the undersigned organisations, urge …") or just
    // before it ("Daher fordern wir …"), within bytes, not letters (a Cyrillic word takes twice
    // the room); what the verb asks of its addressee is read no further than a long sentence's start.
    constexpr std::size_t subject_within = 64, verb_after_subject = 160, verb_room = 32, asked_within = 300;
    std::vector<text_range> out;
    text::byte_scan stops(paragraph, ".!?");
    for (std::size_t sentence = skip_blanks(paragraph, 0); sentence < paragraph.size();) {
        std::size_t end = stops.next(sentence);
        while (end < paragraph.size() && !call_detail::ends_sentence(paragraph, end)) end = stops.next(end + 1);
        auto const text = paragraph.substr(sentence, end - sentence);
        auto const text_at = sentence;
        sentence = skip_blanks(paragraph, end + 1);
        // Lowered on the stack, as the calls' introductions are: the tables' words are in lower case.
        char lowered[subject_within + verb_after_subject + verb_room];
        auto const start = text.substr(0, subject_within + 8);
        utf8::lower_same_length_into(lowered, start);
        auto const we = first_person_at_start(std::string_view(lowered, start.size()), subject_within, author);
        if (we == std::string_view::npos) continue;
        auto const last_verb_start = we + verb_after_subject;
        auto const window = text.substr(0, last_verb_start + verb_room);
        utf8::lower_same_length_into(lowered + start.size(), window.substr(start.size()));
        auto const first_verb = lang::find_any<&lang::language_table::call_verbs>(std::string_view(lowered, window.size()),
                                                                                  nullptr, last_verb_start);
        if (!first_verb) continue;
        // A sentence that makes a call may make more ("… to reject the law, and urge its
        // partners to …"): the rest of its start is read for them.
        auto const sentence_lowered = utf8::lower_same_length(text.substr(0, asked_within));
        std::string_view const low(sentence_lowered);
        for (std::size_t from = first_verb.position; from < low.size();) {
            auto const verb = lang::find_any<&lang::language_table::call_verbs>(low.substr(from));
            if (!verb) break;
            auto const verb_end = from + verb.position + verb.phrase.size();
            from = verb_end;
            if (call_detail::calls_for_something(verb)) continue;
            std::size_t search = verb_end;
            for (auto const& a : call_detail::addressees_after(verb, text.substr(verb_end, asked_within))) {
                auto const at = text.find(a, search);
                if (at == std::string_view::npos) break;
                search = at + a.size();
                // An addressee is a few words that make no call of their own: "the release of all
                // detainees and call on X" is what one call asks, before the next names X.
                if (lang::find_any<&lang::language_table::call_verbs>(utf8::lower_same_length(text.substr(at, a.size()))))
                    continue;
                if (auto r = trimmed(paragraph, text_at + at, text_at + at + a.size(), paragraph_addressee_words(a)))
                    out.push_back(*r);
            }
        }
    }
    return out;
}

CIVIC_FUNC std::vector<text_range> reported_call_addressees(std::string_view text, std::size_t verb_begin,
                                                            std::size_t verb_end, std::size_t asked) {
    using namespace address_detail;
    if (verb_begin >= verb_end || verb_end > text.size() || asked > text.size()) return {};
    auto const lowered = utf8::lower_same_length(text.substr(verb_begin, verb_end - verb_begin));
    auto verb = lang::starts_with_any<&lang::language_table::call_verbs>(lowered);
    if (!verb) {  // "urged", "призвали": a verb of the authors' that reports their call
        verb = lang::starts_with_any<&lang::language_table::author_verbs>(lowered);
        if (!verb || !call_detail::listed(verb.phrase, verb.table->reported_call_verbs)) return {};
    }
    if (call_detail::calls_for_something(verb)) return {};
    constexpr std::size_t asked_within = 300;  // as far as paragraph_addressees reads
    auto const rest = text.substr(asked, asked_within);
    std::vector<text_range> out;
    std::size_t search = 0;
    for (auto const& a : call_detail::addressees_after(verb, rest)) {
        auto const at = rest.find(a, search);
        if (at == std::string_view::npos) break;
        search = at + a.size();
        if (auto r = trimmed(text, asked + at, asked + at + a.size(), paragraph_addressee_words(a))) out.push_back(*r);
    }
    return out;
}

CIVIC_FUNC std::vector<address> recognise_addresses(address_scan const& scan) {
    using namespace address_detail;
    auto const& blocks = scan.blocks;
    std::vector<address> out;
    auto add = [&](std::size_t i, text_range r, address_source source) {
        auto const& b = blocks[i];
        address a;
        a.addressee = std::string(b.text.substr(r.begin, r.end - r.begin));
        a.source = source;
        auto const begin = cleaned_offset(b, scan.cleaned, r.begin), end = cleaned_offset(b, scan.cleaned, r.end);
        a.span = begin && end ? scan.spans(*begin, *end) : scan.spans(b.begin, b.end);
        out.push_back(std::move(a));
    };
    // A headline wrapped over two lines ("ЗВЕРНЕННЯ" / "правозахисних організацій … до Верховної
    // Ради України") is read whole; the addressee lies in one of its lines.
    bool const titled = scan.title < blocks.size();
    std::string_view const first = titled ? blocks[scan.title].text : std::string_view();
    bool const wrapped = titled && scan.title + 1 < blocks.size() && scan.roles[scan.title + 1] == block_role::title;
    std::string joined;
    if (wrapped) joined.append(first).append(" ").append(blocks[scan.title + 1].text);
    std::string_view const headline = wrapped ? std::string_view(joined) : first;
    if (titled) {
        if (auto r = headline_addressee(headline)) {
            if (r->end <= first.size()) add(scan.title, *r, address_source::headline);
            else if (r->begin > first.size())
                add(scan.title + 1, {r->begin - first.size() - 1, r->end - first.size() - 1}, address_source::headline);
        }
    }
    // "Amberland: Protect social leaders …" / "Open letter to President Mira Tallow": the line
    // that names the kind under the headline names whom the headline is addressed to.
    if (out.empty() && scan.kind_label < blocks.size())
        if (auto r = headline_addressee(blocks[scan.kind_label].text)) add(scan.kind_label, *r, address_source::headline);
    for (std::size_t i = scan.first; i < scan.head_end && i < blocks.size(); ++i) {
        auto const role = scan.roles[i];
        if (i == scan.title || blocks[i].kind != layout::block_kind::text ||
            (role != block_role::paragraph && role != block_role::chrome_header))
            continue;
        bool const after_address_line = i > 0 && scan.roles[i - 1] == block_role::addressee;
        // "To:" / "the Prime Minister of Orlania" / "the Minister of the Interior": each line right
        // under the label, up to a blank line, is a reader, as a line after "To: " is.
        if (auto const* const language = labels_readers_below(blocks[i].text)) {
            std::size_t k = i + 1;
            for (; k < scan.head_end && k != scan.title && !blocks[k].after_blank && may_name_reader_below(blocks[k]) &&
                   scan.roles[k] == block_role::paragraph;
                 ++k) {
                auto const& line = blocks[k].text;
                // "Geneva, Switzerland" under the readers: where they are, no reader; the list's end.
                if (place_detail::names_place_and_country(line)) {
                    scan.roles[k++] = block_role::addressee;
                    break;
                }
                auto const lowered = utf8::lower_same_length(line);
                if (line.empty() || line.back() == '.' || greets(line) || !begins_as_addressee(line, lowered, 0)) break;
                auto const r = trimmed(line, 0, addressee_end(line, lowered, 0, *language, false, false), 20);
                if (!r) break;
                for (auto const reader : readers_in_line(line, *r, *language)) add(k, reader, address_source::address_line);
                scan.roles[k] = block_role::addressee;
            }
            if (k > i + 1) {
                scan.roles[i] = block_role::addressee;
                i = k - 1;
                continue;
            }
        }
        if (auto r = address_line_addressee(blocks[i].text, after_address_line)) {
            scan.roles[i] = block_role::addressee;
            // "Señor" / "Gabriel Boric Font" / "Presidente de la República": a form of address
            // alone on its line names no one, nor does "An das" (a preposition and an article);
            // the name under it is the addressee.
            if ((text::word_count(blocks[i].text, 2) == 1 || only_article(blocks[i].text.substr(r->begin, r->end - r->begin))) &&
                i + 1 < scan.head_end && i + 1 != scan.title &&
                is_office_line(blocks[i + 1], scan.roles[i + 1])) {
                ++i;
                scan.roles[i] = block_role::addressee;
                r = text_range{0, blocks[i].text.size()};
            }
            auto const lowered = utf8::lower_same_length(blocks[i].text);
            auto opener = line_addressee_opener(lowered);
            if (!opener) opener = lang::starts_with_any<&lang::language_table::person_titles>(lowered);
            for (auto const reader : opener ? readers_in_line(blocks[i].text, *r, *opener.table) : std::vector<text_range>{*r})
                add(i, reader, address_source::address_line);
            // "Pan Mariusz Błaszczak" / "Minister Spraw Wewnętrznych i Administracji": the office
            // under the name is the addressee's, when the next address line, the greeting or the
            // text follows it.
            // A line of a run of addresses ("Aux organisations paysannes," / "Al Sr. Presidente …")
            // is no office.
            std::size_t const office = i + 1;
            if (office < scan.head_end && office != scan.title && blocks[i].text.back() != ',' &&
                is_office_line(blocks[office], scan.roles[office]) && !address_line_addressee(blocks[office].text, true)) {
                std::size_t const next = office + 1;
                // The text's first sentence follows as well ("We write to …").
                auto const& after = blocks[next < blocks.size() ? next : office].text;
                // So does a postal address ("Northway Mining plc" / "14 Finsbury Square" /
                // "London EC2A 1AE").
                bool const closed = next >= scan.head_end || address_line_addressee(blocks[next].text, false) ||
                                    greets(blocks[next].text) || postal_address_end(scan, next) >= next ||
                                    (!after.empty() && after.back() == '.' && text::word_count(after, 6) >= 5);
                if (closed) {
                    auto& a = out.back();
                    // "To: Minister of Internal Affairs" / "Director of the Security Agency": under
                    // an office, another office is another reader, not the first one's title.
                    auto const named = lang::past_article(a.addressee);
                    if (lang::starts_with_any<&lang::language_table::state_words>(utf8::lower_same_length(named.substr(0, 40)))) {
                        add(office, text_range{0, blocks[office].text.size()}, address_source::address_line);
                    } else {
                        a.addressee.append(", ").append(blocks[office].text);
                        auto const whole = scan.spans(blocks[office].begin, blocks[office].end);
                        a.span.end = whole.end, a.span.stop = whole.stop;
                    }
                    scan.roles[office] = block_role::addressee;
                    i = office;
                }
            }
            // "Odeonsplatz 3" / "80539 München": the reader's postal address under the name and
            // office is the address line's, no paragraph of the text; so is the body or the
            // person it names on the way ("Herrn Staatsminister …", "Northway Mining plc").
            if (auto const end = postal_address_end(scan, i + 1); end > i) {
                for (std::size_t k = i + 1; k <= end; ++k) scan.roles[k] = block_role::addressee;
                i = end;
            }
        }
    }
    // The headline's reader in capitals named again over the body gives way to the text's
    // spelling: to the address line that names it, or to the office line under an addressee's
    // name; an office line under none is the reader's address line. (A headline in small letters
    // keeps its spelling, the first.)
    if (!out.empty() && out.front().source == address_source::headline && text::written_in_capitals(out.front().addressee)) {
        auto const reader = utf8::lower_same_length(out.front().addressee);
        bool const in_address_line = std::any_of(out.begin() + 1, out.end(), [&](address const& a) {
            return a.source == address_source::address_line && same_reader(reader, utf8::lower_same_length(a.addressee));
        });
        auto const office = in_address_line ? blocks.size() : office_line_naming(scan, reader);
        if (in_address_line || office < blocks.size()) {
            bool const under_name = std::any_of(out.begin() + 1, out.end(),
                                                [](address const& a) { return a.source == address_source::address_line; });
            out.erase(out.begin());
            if (!in_address_line && !under_name) add(office, text_range{0, blocks[office].text.size()}, address_source::address_line);
        }
    }
    // "Open letter to Mr. Oren Talbot, Chief Executive Officer, …" over "Mr. Oren Talbot" / "Chief
    // Executive Officer" / its postal address: the address line names the headline's reader with
    // the office, one reader; the address line's words stand for it.
    // So does "Letter to the Minister of Justice of Norland …" over "H.E. Mr. Oren Talbot" /
    // "Minister of Justice of Norland": the office after the name is the headline's reader, past
    // its article.
    if (out.size() > 1 && out.front().source == address_source::headline) {
        auto const& named = out.front().addressee;
        auto const office = lang::past_article(named);
        if (std::any_of(out.begin() + 1, out.end(), [&](address const& a) {
                if (a.source != address_source::address_line || a.addressee.size() <= office.size() + 2) return false;
                auto const& line = a.addressee;
                bool const name_first = line.size() > named.size() + 2 && line.compare(0, named.size(), named) == 0 &&
                                        line.compare(named.size(), 2, ", ") == 0;
                bool const office_after = line.compare(line.size() - office.size(), office.size(), office) == 0 &&
                                          line.compare(line.size() - office.size() - 2, 2, ", ") == 0;
                return name_first || office_after;
            }))
            out.erase(out.begin());
    }
    // "Norvia must free its lawyers": a headline's demand names whom it asks, where nothing over
    // the text names the reader (a letter's reader is whom its calls are addressed to).
    // Not where a list of calls names it among more words ("Pakistan must end enforced
    // disappearances" over "We call on the Government of Pakistan to:"): the calls say who.
    if (titled && out.empty() && !scan.reader_named)
        if (auto r = headline_obligation_addressee(headline);
            r && r->end <= first.size() && !named_by_calls(scan.groups, headline.substr(r->begin, r->end - r->begin)))
            add(scan.title, *r, address_source::headline);
    for (auto const i : scan.may_speak) {
        // An opening that introduces a list of calls is its group's introduction: read there.
        if (scan.roles[i] == block_role::opening) {
            auto const begin = scan.spans(blocks[i].begin, blocks[i].begin).begin;
            if (std::any_of(scan.groups.begin(), scan.groups.end(), [&](call_group const& g) { return g.span.begin == begin; }))
                continue;
        }
        for (auto const r : paragraph_addressees(blocks[i].text, scan.author)) add(i, r, address_source::paragraph);
    }
    return out;
}

}  // namespace recognise
CIVIC_NAMESPACE_END
