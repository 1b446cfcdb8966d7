// Reading one signatory entry: what the parts of "Name (ACR) (Country)", "Name, role,
// Organisation" or "Name – Role" mean, and how much an entry looks like a signer at all.
// Part of the signatory recogniser; included by signatories.ipp only.
#pragma once
#include <civic/geo/countries.hpp>
#include <civic/grammar/list_marker.hpp>
#include <civic/grammar/signatory.hpp>
#include <civic/lang/languages.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/lang/word_table.hpp>
#include <civic/layout/segment.hpp>
#include <civic/recognise/impl/place_and_country.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/short_find.hpp>
#include <civic/text/swar.hpp>
#include <civic/text/words.hpp>

#include <algorithm>
#include <cstring>
#include <array>
#include <bitset>
#include <iterator>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace signatory_detail {

using text::find_short;
using text::rfind_short;

inline std::string_view trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// "Save the Children, and", "Tearfund; and": the conjunction before a list's last entry, at
// the end of the one before it; how long the entry is without it, if it ends so.
inline std::optional<std::size_t> before_trailing_conjunction(std::string_view s) {
    auto const space = s.rfind(' ');
    if (space == std::string_view::npos || space < 1 || s.size() - space > 6 || (s[space - 1] != ',' && s[space - 1] != ';'))
        return std::nullopt;
    auto const word = utf8::lower_same_length(s.substr(space + 1));
    if (!lang::is_phrase<&lang::language_table::conjunctions>(word)) return std::nullopt;
    return space - 1;
}

// "Fundacja Panoptykon;", "Save the Children, and": a line of a list that goes on after it.
inline bool ends_with_list_punctuation(std::string_view line) {
    return !line.empty() && (line.back() == ',' || line.back() == ';' || before_trailing_conjunction(line));
}

// Punctuation a list leaves around a name: "Name," "Name;" "Name, and" "– Name", and the mark
// of a footnote under the list ("Name*", "Name**": "* observer organisation"; "Name¹", "Name [2]").
inline std::string_view trim_list_punctuation(std::string_view s) {
    s = trim(utf8::without_leading_pictographs(s));
    while (!s.empty()) {
        if (s.back() == ',' || s.back() == ';') s = trim(s.substr(0, s.size() - 1));
        else if (auto const mark = text::footnote_mark_at_end(s)) s = trim(s.substr(0, s.size() - mark));
        else if (auto const conjunction = s.back() >= 'a' ? before_trailing_conjunction(s) : std::nullopt)
            s = trim(s.substr(0, *conjunction));
        else break;
    }
    return s;
}

// "Aida Tallow*, lawyer", "Oren Vale¹, Coral Institute", "Dune Watch [2], Kenya": the mark of a
// footnote glued to a name before the comma that parts it from what follows is none of its words,
// as the mark at the entry's end is none (trim_list_punctuation). A star or a superscript digit
// after a space is no such mark, and stays.
inline void erase_marks_before_commas(std::string& name) {
    for (auto comma = name.find(", "); comma != std::string::npos; comma = name.find(", ", comma + 2)) {
        auto const mark = text::footnote_mark_at_end(std::string_view(name).substr(0, comma));
        if (mark == 0 || mark >= comma) continue;
        auto from = comma - mark;
        if (name[from] == '[' && name[from - 1] == ' ') --from;
        else if (name[from - 1] == ' ') continue;
        name.erase(from, comma - from);
        comma = from;
    }
}

// The parts of a line: most lines are one part, held without an allocation.
using line_parts = grammar::ast::inline_list<std::string_view, 1>;

// One entry of a line, "Name (ACR) (Country)": views of the line, the grammar's entry with
// its parts' texts alone.
struct entry_text {
    std::string_view name;
    grammar::ast::inline_list<std::string_view, 2> groups;  // the parenthesised parts, without the parentheses
    char const* first = nullptr;                             // the range read
    char const* last = nullptr;

    // The whole of `part` as one name.
    static entry_text whole(std::string_view part) { return {part, {}, part.data(), part.data() + part.size()}; }

    // The grammar's entry.
    static entry_text of(grammar::ast::signatory_entry const& e) {
        entry_text t{e.name, {}, e.first, e.last};
        for (auto const& g : e.groups) t.groups.push_back(g.text);
        return t;
    }
};

// The entries of a part: most parts are one entry, held without an allocation.
using line_entries = grammar::ast::inline_list<entry_text, 1>;

// A country as written and its code: views of the text read and of the country table, copied
// only by the signatory that keeps them (most texts asked about are no country, or are
// asked about before the entry is read).
struct country_value {
    std::string_view written;
    std::optional<std::string_view> code;  // none for "International", "Europe" …

    std::optional<std::string> code_string() const {
        return code ? std::optional<std::string>(std::in_place, *code) : std::nullopt;
    }
    void give_to(signatory& s) const {
        s.country.emplace(written);
        s.country_code = code_string();
    }
};

inline std::optional<country_value> as_country(std::string_view text);

// Whether `t` is two countries or more, apart by ", " or a conjunction of one word ("and", "et",
// "и", "y"), in lower case as a sentence writes it, or by a spaced dash ("Netherlands –
// Azerbaijan", as a slash sets them apart): each part a country.
inline bool several_countries(std::string_view t) {
    static lang::word_set const conjunctions = [] {
        lang::word_set words;
        for (auto const* table : lang::all_languages)
            for (std::string_view w : table->conjunctions)
                if (w.find(' ') == std::string_view::npos) words.insert(w);
        return words;
    }();
    // Most texts asked about are names, whose first word begins no country's name.
    if (!geo::may_begin_country(t.substr(0, std::min(t.size(), t.find_first_of(" ,"))))) return false;
    // The part from `from` runs to the next ", " or " <conjunction> "; `next` is where the one
    // after it begins, t.size() after the last.
    auto const part_end = [&](std::size_t from, std::size_t& next) {
        for (std::size_t at = t.find(' ', from); at != std::string_view::npos; at = t.find(' ', at + 1)) {
            if (at > from && t[at - 1] == ',') {
                next = at + 1;
                return at - 1;
            }
            auto const word_end = std::min(t.find(' ', at + 1), t.size());
            auto const word = t.substr(at + 1, word_end - at - 1);
            if (word_end < t.size() && word.size() <= 4 && (conjunctions.count(word) || (!word.empty() && text::dash_length_at(word, 0) == word.size()))) {
                next = word_end + 1;
                return at;
            }
        }
        next = t.size();
        return t.size();
    };
    std::size_t parts = 0;
    for (std::size_t from = 0; from < t.size(); ++parts) {
        std::size_t next = 0;
        auto const to = part_end(from, next);
        // A text without a separator is one part, no countries (and is not asked again of
        // as_country, which asked this); the first part that is no country ends the reading.
        if (parts == 0 && to == t.size()) return false;
        if (!as_country(t.substr(from, to - from))) return false;
        from = next;
    }
    return parts >= 2;
}

inline std::optional<country_value> as_country(std::string_view text) {
    auto t = trim_list_punctuation(text);
    if (t.empty() || t.size() > 60) return std::nullopt;
    // "Article 19, United Kingdom.": the list's full stop is no part of the country ("U.S." keeps its own).
    if (t.size() > 2 && t.back() == '.' && utf8::is_lower_letter(utf8::decode_before(t, t.size() - 1).cp))
        t = trim(t.substr(0, t.size() - 1));
    char buf[geo::country_key_capacity];
    auto const key = geo::fold_country_key(t, buf, sizeof buf);  // folded once for both questions
    if (auto c = geo::find_folded(key)) return country_value{t, c->alpha2};
    if (geo::is_pseudo_country_key(key)) return country_value{t, std::nullopt};
    // "Centre for Media Freedom (Carneroon)", "Press Watch Africa, Nigerla": a scanned list's
    // country, one letter misread; where a signer's country is sought, no word of a sentence.
    if (auto c = geo::find_misread_folded(key)) return country_value{t, c->alpha2};
    // "Italy / Malta", "Germany/Switzerland": a signer of two countries or more, written as it
    // is, with no one code (as the annotations have it).
    // "Нидерланды / Netherlands": one country in two languages keeps its code.
    if (auto const slash = t.find('/'); slash != std::string_view::npos && slash > 0) {
        std::optional<std::string_view> code;
        bool one = true;
        for (std::size_t from = 0; from <= t.size();) {
            auto const to = std::min(t.find('/', from), t.size());
            auto const part = as_country(t.substr(from, to - from));
            if (!part) return std::nullopt;  // a part holds no slash
            if (!part->code || (code && *code != *part->code)) one = false;
            if (!code && part->code) code = part->code;
            from = to + 1;
        }
        return country_value{t, one ? code : std::nullopt};
    }
    // "Perú, Ecuador, Bolivia", "Mali et Niger", "Беларусь и Литва", "Armenia, Georgia and
    // Azerbaijan": countries between commas and a conjunction, so.
    if (t.find(' ') != std::string_view::npos && several_countries(t)) return country_value{t, std::nullopt};
    return std::nullopt;
}

// "based in exile in Austria", "registered in Georgia": words in lower case that end in a
// country. The phrase is the country as written; the country it ends in gives the code.
inline std::optional<country_value> phrase_ending_in_country(std::string_view text) {
    auto t = trim_list_punctuation(text);
    if (t.empty() || t.size() > 80 || !utf8::is_lower_letter(utf8::decode(t, 0).cp)) return std::nullopt;
    std::size_t cut = t.size();
    for (int words = 0; words < 4; ++words) {
        cut = t.rfind(' ', cut == 0 ? 0 : cut - 1);
        if (cut == std::string_view::npos || cut == 0) return std::nullopt;
        auto c = as_country(t.substr(cut + 1));
        if (c && c->code) return country_value{t, c->code};
    }
    return std::nullopt;
}

// "PL", "BE", "EL": a country's two-letter code in capitals, as written, with the code it stands
// for. Asked only where an acronym cannot stand: after the signer's acronym ("Birchwood Helsinki
// Platform (BHP, PL)", "… (CRN) – BE") or its affiliation ("(Renew Amber, BE)"); alone, a
// code may be the name's acronym, which its list tells ("Name (KZ)": read_places_after_names).
inline std::optional<country_value> as_country_code(std::string_view text) {
    if (text.size() != 2) return std::nullopt;
    auto const c = geo::country_of_code(text);
    if (!c) return std::nullopt;
    return country_value{text, c->alpha2};
}

// "HRC", "IPHR", "GCRT", "Promo-LEX": short, no spaces, mostly capitals, or capitals before a
// hyphen ("IM-Defensoras", "MADJ-Regional").
inline bool looks_like_acronym(std::string_view t) {
    if (t.size() < 2 || t.size() > 16) return false;
    std::size_t upper = 0, lower = 0, head = 0;  // head: the capitals before the first hyphen
    bool hyphen = false;
    for (std::size_t i = 0; i < t.size();) {
        auto d = utf8::decode(t, i);
        i += d.length;
        if (d.cp == ' ') return false;
        if (utf8::is_upper_letter(d.cp)) ++upper, head += !hyphen;
        else if (utf8::is_lower_letter(d.cp)) ++lower;
        else if (d.cp == '-') hyphen = true;
        else if (!utf8::is_digit(d.cp) && d.cp != '&' && d.cp != '.') return false;
    }
    return upper >= 2 && (lower <= upper || (hyphen && head >= 2 && head == t.find('-')));
}

// "Chile", "United Kingdom", "Guinea-Bissau", "Україна": a text that is a country's name if
// it is anything the country table knows, and none of the other things a parenthesis after a
// name may hold: words of letters, the first capitalised, apart by single spaces or hyphens,
// not one word in capitals (an acronym: "DRC" may abbreviate the name). A remark opens in
// lower case or is a phrase of the tables that no country's name is; an address, an amount,
// a town after its marker or a town and its region hold a dot, an '@', a digit or a comma.
// as_country reads such a text as it is, with nothing to trim.
inline bool shaped_as_country_name(std::string_view t) {
    if (t.empty() || t.size() > 60) return false;
    bool word_start = true;
    for (std::size_t i = 0; i < t.size();) {
        auto const d = utf8::decode(t, i);
        if (d.cp == ' ' || d.cp == '-') {
            if (word_start) return false;  // at the start, or after another
            word_start = true;
        } else if (i == 0 ? !utf8::is_upper_letter(d.cp) : !utf8::is_letter(d.cp)) {
            return false;  // "Bosnia and Herzegovina": only the first word is capitalised
        } else {
            word_start = false;
        }
        i += d.length;
    }
    return !word_start && !looks_like_acronym(t);
}

// The country a parenthesis names by its own name, looked up at once: most parentheses after
// a list's names hold a country ("(Chile)"), which some twenty questions for what else they
// might say were asked before. Only texts shaped_as_country_name, whose key the country table
// holds (not a misreading of one): what as_country gives them.
inline std::optional<country_value> country_named_alone(std::string_view t) {
    if (!shaped_as_country_name(t)) return std::nullopt;
    char buf[geo::country_key_capacity];
    if (auto const c = geo::find_folded(geo::fold_country_key(t, buf, sizeof buf))) return country_value{t, c->alpha2};
    return std::nullopt;
}

// "ROADDH/WAHRDN", "ROADDH / WAHRDN", "LDH/FIDH": a name's short forms in two languages, parted
// by a slash.
inline bool acronyms_by_slash(std::string_view text) {
    auto const slash = text.find('/');
    if (slash == std::string_view::npos || text.size() > 34) return false;
    return looks_like_acronym(trim(text.substr(0, slash))) && looks_like_acronym(trim(text.substr(slash + 1)));
}

// Whether `acronym` can be read off the words of `name`: each of its letters starts a
// later word or follows the previous letter inside a word ("Idec": Instituto … de …
// Consumidor; "Lavits": … Latinoamericana … Vigilância, Tecnologia e Sociedade), in any alphabet.
// Its letters come from two words at least: a word read off one word of the name is a part of
// it, not its short form ("Ruritanian Civil Liberties Union – Ruritania").
// The walk of abbreviates(): the acronym's `letters` (lowered) matched in order in the name,
// whose lowered character at a place `at(i)` gives, `size` of them.
template <class Letters, class At>
bool abbreviates_letters(Letters const& letters, std::size_t size, At&& at) {
    if (letters.size() < 2 || letters.size() > 10) return false;
    std::size_t k = 0, i = 0, words = 0;
    bool in_word = false;  // i points just after the last matched letter, inside its word
    while (k < letters.size() && i < size) {
        if (in_word && at(i) == letters[k]) {
            ++k, ++i;
            continue;
        }
        // otherwise: the next word that starts with the letter
        std::size_t j = i;
        while (j < size) {
            bool const word_start = j == 0 || at(j - 1) == ' ' || at(j - 1) == '-';
            if (word_start && at(j) == letters[k]) break;
            ++j;
        }
        if (j >= size) return false;
        ++k, i = j + 1, in_word = true, ++words;
    }
    return k == letters.size() && words >= 2;
}

inline bool abbreviates(std::string_view acronym, std::string_view name) {
    if (acronym.empty() || !utf8::is_letter(utf8::decode(acronym, 0).cp)) return false;
    bool const ascii = std::all_of(acronym.begin(), acronym.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        // Bytes, lowered as they are compared: most acronyms and names.
        auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
        std::string letters;
        for (char c : acronym)
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters += lower(c);
        return abbreviates_letters(letters, name.size(), [&](std::size_t i) { return lower(name[i]); });
    }
    // Code points in lower case: a Cyrillic acronym ("МХГ": Московская Хельсинкская группа).
    auto const lowered_letters = [](std::string_view text, bool letters_only) {
        std::u32string out;
        for (std::size_t i = 0; i < text.size();) {
            auto const d = utf8::decode(text, i);
            i += d.length;
            if (!letters_only || utf8::is_letter(d.cp)) out += utf8::to_lower(d.cp);
        }
        return out;
    };
    auto const text = lowered_letters(name, false);
    return abbreviates_letters(lowered_letters(acronym, true), text.size(), [&](std::size_t i) { return text[i]; });
}

// A short form of two letters is the initials of a name's first two long words ("Amnesty
// International (AI)", "Privacy International (PI)"); after a name of three long words or more
// whose first two do not give it ("Lietuvos žmogaus teisių centras – LT"), two capitals are a
// country's code, the short form of such a name being longer.
inline bool initials_of_first_long_words(std::string_view code, std::string_view name) {
    std::size_t long_words = 0;
    bool initials = true;
    for (std::size_t from = 0; from < name.size();) {
        auto const end = std::min(name.find(' ', from), name.size());
        if (end - from >= 4) {
            if (long_words < 2 && long_words < code.size())
                initials = initials && utf8::to_lower(utf8::decode(name, from).cp) ==
                                           static_cast<char32_t>(code[long_words] | 0x20);
            ++long_words;
        }
        from = end + 1;
    }
    return long_words < 3 || initials;
}

// "Birchwood Institute (BI)": a code of two capitals whose letters open two words of the name,
// in order, which abbreviates() does not see where the second letter also follows the first
// inside its word ("Bi-rchwood").
inline bool initials_of_two_words(std::string_view code, std::string_view name) {
    if (code.size() != 2) return false;
    auto const lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    bool first = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (i > 0 && name[i - 1] != ' ' && name[i - 1] != '-') continue;
        if (first && lower(name[i]) == lower(code[1])) return true;
        first = first || lower(name[i]) == lower(code[0]);
    }
    return false;
}

// Whether a code of two capitals after a name is its short form: it abbreviates the name, by
// its first long words' initials where it has more, and not by the initials of its last two
// words alone after others ("Dune Caruana Memorial Trust (MT)", "Coral Civic Space Institute
// (SI)": Malta's and Slovenia's codes, where a short form would open with the name's first
// letter, "Amnesty International (AI)"), unless those words name the place the code stands
// for ("Birchwood Care Northern Ireland (NI)").
inline bool code_abbreviates(std::string_view code, std::string_view name) {
    if (!abbreviates(code, name) && !initials_of_two_words(code, name)) return false;
    auto const last = name.rfind(' ');
    auto const before = last == std::string_view::npos || last == 0 ? std::string_view::npos : name.rfind(' ', last - 1);
    if (before == std::string_view::npos) return true;
    auto const words = name.substr(before + 1);
    bool const last_two = words[0] == code[0] && name[last + 1] == code[1];
    if (last_two && as_country(words)) return true;
    return (name[0] == code[0] || !last_two) && initials_of_first_long_words(code, name);
}

// "CRLDHT – Comité pour le respect des libertés …", "ASDHOM – Association de défense …": a word in
// capitals before a dash, over an organisation's name of a few words that opens with the word
// of its kind, abbreviates it, whether or not its letters are the name's initials (the words
// abbreviated are often in another language, or some are left out).
inline bool opens_abbreviated_organisation(std::string_view head, std::string_view tail) {
    if (head.size() < 3 || head.size() > 10 || !looks_like_acronym(head) || as_country(head) ||
        std::any_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; }) || text::word_count(tail, 3) < 3)
        return false;
    return static_cast<bool>(lang::starts_with_any<&lang::language_table::organisation_words>(utf8::fold(tail.substr(0, 32))));
}

using lang::may_open_with;

// The fold of one name, for the questions interpret() and weigh() ask of the name they settle
// on (an organisation word, a title or a role at its start), each of which folded it again:
// made once where a question needs all of it, and its start read from it by those that need
// only that. Each question passes the name (it holds no view of it, as the string moves into
// the signatory in between); forget() when the name changes.
class name_fold {
public:
    name_fold() = default;
    name_fold(name_fold const&) = delete;  // whole() may view its own buffer
    name_fold& operator=(name_fold const&) = delete;

    // The fold of the whole name: into a buffer of its own for a name of up to some eighty
    // bytes (nearly all), where a string longer than the library keeps in place was allocated
    // for each block of entries and freed after it.
    std::string_view whole(std::string_view name) {
        if (!made_) {
            constexpr std::size_t all = std::string_view::npos;
            if (utf8::detail::fold_room(name.size(), all) <= sizeof local_) {
                folded_view_ = std::string_view(local_, utf8::detail::fold_into(local_, name, all));
            } else {
                folded_.clear();
                utf8::fold_append(folded_, name);
                folded_view_ = folded_;
            }
            made_ = true;
        }
        return folded_view_;
    }

    // The fold of the name's start that starts_with_any<Field> needs: the whole fold where it
    // is made, or the name is short enough that folding it whole costs no more than a start
    // (most names: and the fold is then made once for every later question, in a string
    // that keeps its room from name to name); otherwise lang::fold_start_for's few bytes.
    template <auto Field>
    std::string_view start_for(std::string_view name) {
        constexpr std::size_t folded_whole_up_to = 64;
        if (made_ || name.size() <= folded_whole_up_to) return whole(name);
        start_ = lang::fold_start_for<Field>(name);
        return start_;
    }

    // Whether the name holds an organisation word (has_organisation_word), asked once.
    bool organisation_word(std::string_view name);

    void forget() noexcept {
        made_ = false;
        organisation_word_.reset();
    }

private:
    char local_[256];
    std::string folded_;  // a longer name's
    std::string_view folded_view_;
    std::string start_;
    bool made_ = false;
    std::optional<bool> organisation_word_;
};

inline bool title_opens_fold(std::string_view folded) {
    auto m = lang::starts_with_any<&lang::language_table::person_titles>(folded);
    return m && (folded.size() == m.phrase.size() || folded[m.phrase.size()] == ' ');
}

inline bool has_person_name_shape(std::string_view name);

// "Rtd", "retd.", "в отставке": the mark of a title's holder who has retired (the tables'
// retirement_marks).
inline bool is_retirement_mark(std::string_view text) {
    // Asked of every part in parentheses: its first two letters rule out most ("FIDH") unfolded.
    return text.size() <= 24 && may_open_with<&lang::language_table::retirement_marks>(text) &&
           utf8::with_fold(text, [](std::string_view folded) {
               return lang::is_phrase<&lang::language_table::retirement_marks>(folded);
           });
}

// "in a personal capacity", "à titre personnel", "в личном качестве": that a signer signs for
// themselves (the tables' capacity_remarks).
inline bool is_capacity_remark(std::string_view text) {
    // Asked of every part in parentheses: its first two letters rule out most ("FIDH") unfolded.
    return text.size() <= 48 && may_open_with<&lang::language_table::capacity_remarks>(text) &&
           utf8::with_fold(text, [](std::string_view folded) {
               return lang::is_phrase<&lang::language_table::capacity_remarks>(folded);
           });
}

// "in exile", "en exil", "в изгнании": in parentheses after an organisation, that it works from
// abroad (the tables' exile_remarks), and after a comma the country it works from ("(in exile,
// Lithuania)"). What follows the remark and its comma, empty where nothing does; nullopt where
// the text is no such remark.
inline std::optional<std::string_view> after_exile_remark(std::string_view text) {
    // Asked of every part in parentheses: its first two letters rule out most ("FIDH") unfolded.
    if (text.size() > 64 || !may_open_with<&lang::language_table::exile_remarks>(text)) return std::nullopt;
    auto const comma = std::min(text.find(','), text.size());
    bool const remark = utf8::with_fold(trim(text.substr(0, comma)), [](std::string_view folded) {
        return lang::is_phrase<&lang::language_table::exile_remarks>(folded);
    });
    if (!remark) return std::nullopt;
    return comma == text.size() ? std::string_view{} : trim(text.substr(comma + 1));
}

// "based in London", "basée à Tunis", "z siedzibą w Gdańsku": the words that say where an
// organisation is based (the tables' base_phrases), and what follows them, its place; nullopt
// where the text opens with none.
inline std::optional<std::string_view> after_base_phrase(std::string_view text) {
    // Asked of every part in parentheses: its first two letters rule out most ("FIDH") unfolded.
    if (text.size() > 64 || !may_open_with<&lang::language_table::base_phrases>(text)) return std::nullopt;
    auto const lowered = utf8::lower_same_length(text.substr(0, 40));
    auto const m = lang::starts_with_any<&lang::language_table::base_phrases>(lowered);
    if (!m || m.phrase.size() + 1 >= text.size() || text[m.phrase.size()] != ' ') return std::nullopt;
    return trim(text.substr(m.phrase.size() + 1));
}

// "supporter", "endorsing", "Erstunterzeichner", "подписант": the part a signer takes in the
// signing, written in parentheses after it (the tables' signing_statuses).
inline bool is_signing_status(std::string_view text) {
    // Asked of every part in parentheses: its first two letters rule out most ("FIDH") unfolded.
    return text.size() <= 48 && may_open_with<&lang::language_table::signing_statuses>(text) &&
           utf8::with_fold(text, [](std::string_view folded) {
               return lang::is_phrase<&lang::language_table::signing_statuses>(folded);
           });
}

// "(IFEX member)", "(Observer Status 377)", "(ECOSOC consultative status)", "(in formation)": a
// few words after an organisation's name that say what it is to a body it belongs to, its status
// with one, or that it is still being founded (a phrase of the tables' standing_remarks among
// them); so does "(on behalf of the Amber Coalition)", whom it signs for (a behalf phrase first).
// A remark on the signer, none of its name, its acronym or its country. Only a part of two words
// or more is looked up, or one word whose part after a hyphen is such a phrase ("(IFEX-Mitglied)",
// "(ECOSOC-Status)", a compound as German writes it): one word in parentheses is mostly an
// acronym or a country. A remark of up to six words may hold the phrase anywhere ("(full member
// of IFEX)"); a longer one, as far as a body's long name makes it ("(statut d'observateur auprès
// de la Commission africaine)", "(Observer status with the African Commission on Human and
// Peoples' Rights)"), only in its first three words, which a name of the signer's in another
// language does not open with. A behalf phrase opens a remark of up to six words ("(on behalf
// of its 20 member groups)" counts the members it speaks for).
inline bool is_standing_remark(std::string_view text) {
    if (text.size() > 160) return false;
    // Most parts asked are one word ("(HRC)", "(Kenya)"): its first space and its last hyphen in
    // one pass of its few bytes, where two library searches cost a call each.
    std::size_t hyphen = 0;
    bool spaced = false;
    for (std::size_t i = 0; i < text.size() && !spaced; ++i) {
        spaced = text[i] == ' ';
        if (text[i] == '-') hyphen = i;
    }
    if (!spaced)
        return hyphen > 0 && hyphen + 1 < text.size() && utf8::with_fold(text.substr(hyphen + 1), [](std::string_view folded) {
                   return lang::is_phrase<&lang::language_table::standing_remarks>(folded);
               });
    auto const words = text::word_count(text, 13);
    if (words > 12) return false;
    return utf8::with_fold(text, [words](std::string_view folded) {
        std::size_t last_start = std::string_view::npos;
        if (words > 6) {
            auto const second_space = folded.find(' ', folded.find(' ') + 1);
            if (second_space != std::string_view::npos) last_start = second_space + 1;
        }
        return lang::find_any<&lang::language_table::standing_remarks>(folded, nullptr, last_start) ||
               (words <= 6 && lang::starts_with_any<&lang::language_table::behalf_phrases>(folded));
    });
}

// "Justice (R)", "Hon. Justice (Rtd)", "Chief (Dr.)", "Engr. (Mrs)": one to three words of a
// title and a title's part in parentheses after them, which open a person's name: the mark of
// its holder's retirement, or a title of its own after words that are no person's name ("Mira
// Tallow (MP)" is a person and her title).
inline bool title_with_mark(std::string_view words, std::string_view mark) {
    words = trim(words);
    if (words.empty() || mark.size() > 24 || text::word_count(words, 4) > 3 || words.find(',') != std::string_view::npos)
        return false;
    return is_retirement_mark(mark) || (!has_person_name_shape(words) && utf8::with_fold(mark, [](std::string_view folded) {
                                            return lang::is_phrase<&lang::language_table::person_titles>(folded);
                                        }));
}

// "Justice (R) Amber Khan", "Brig. Gen. (Rtd) Sipho Dlamini", "Chief (Dr.) Mira Tallow": a title,
// its mark in parentheses, and a name after them.
inline bool opens_with_retired_title(std::string_view name) {
    // Its parenthesis sought alone first (one search, where " (" is sought at each space):
    // most names have none in their first words.
    auto const start = name.substr(0, 24);
    if (start.find('(') == std::string_view::npos) return false;
    auto const open = start.find(" (");
    if (open == std::string_view::npos || open == 0) return false;
    auto const close = name.find(')', open);
    if (close == std::string_view::npos || close + 2 >= name.size() || name[close + 1] != ' ') return false;
    return title_with_mark(name.substr(0, open), name.substr(open + 2, close - open - 2));
}

inline bool starts_with_person_title(std::string_view name) {
    if (opens_with_retired_title(name)) return true;
    if (!may_open_with<&lang::language_table::person_titles>(name)) return false;
    return lang::with_fold_start<&lang::language_table::person_titles>(name, title_opens_fold);
}

inline bool starts_with_person_title(std::string_view name, name_fold& fold) {
    constexpr auto titles = &lang::language_table::person_titles;
    if (opens_with_retired_title(name)) return true;
    return may_open_with<titles>(name) && title_opens_fold(fold.start_for<titles>(name));
}

inline bool organisation_word_in_fold(std::string_view folded) {
    if (lang::find_any<&lang::language_table::organisation_words>(folded)) return true;
    // A compound that ends in one: "Klimaforum", "Radinitiative", "Anwaltsverein". Only words of
    // five letters or more count, and three letters must come before them, so that a
    // surname does not end in one by chance; a shorter word counts where its table writes it
    // with a hyphen before it, as a compound's tail that ends no surname ("-club": "Presseclub").
    // The words, and the pairs of bytes they begin with: most places in a word begin none,
    // and a look at the pair spares hashing the rest of the word there.
    struct endings {
        lang::word_set words;
        std::bitset<256 * 256> first_pairs;
    };
    static endings const long_words = [] {
        endings e;
        for (auto const* t : lang::all_languages)
            for (std::string_view w : t->organisation_words) {
                bool const tail = w.size() > 2 && w[0] == '-';  // "-club"
                if (tail) w.remove_prefix(1);
                if (!tail && utf8::length(w) < 5) continue;
                e.words.insert(w);
                e.first_pairs.set(static_cast<std::size_t>(static_cast<unsigned char>(w[0])) << 8 |
                                  static_cast<unsigned char>(w[1]));
            }
        return e;
    }();
    std::size_t start = 0;
    while (start < folded.size()) {
        auto end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        std::string_view const word(folded.data() + start, end - start);
        std::size_t letters_before = 0;
        for (std::size_t i = 0; i + 4 <= word.size(); i += utf8::decode(word, i).length, ++letters_before) {
            auto const pair = static_cast<std::size_t>(static_cast<unsigned char>(word[i])) << 8 |
                              static_cast<unsigned char>(word[i + 1]);
            if (letters_before >= 3 && long_words.first_pairs[pair] && long_words.words.count(word.substr(i)))
                return true;
        }
        start = end + 1;
    }
    return false;
}

inline bool has_organisation_word(std::string_view name) { return utf8::with_fold(name, organisation_word_in_fold); }

// "London-based", "Nizhny-Novgorod-based": a place joined by a hyphen to a base phrase of the
// tables ("-based", in lower case: "Faith-Based Coalition" writes it as a word of its name).
// The place, none for any other word.
inline std::optional<std::string_view> place_of_based_word(std::string_view word) {
    auto const hyphen = word.rfind('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || word.size() - hyphen > 16) return std::nullopt;
    auto const suffix = word.substr(hyphen);
    if (utf8::lower_same_length(suffix) != suffix || !lang::is_phrase<&lang::language_table::base_phrases>(suffix))
        return std::nullopt;
    return word.substr(0, hyphen);
}

// "London-based Marine Defenders Collective", "Nairobi-based Amber Centre": such a word before
// an organisation's name of two words or more; its place, none where the name opens otherwise.
inline std::optional<std::string_view> place_based_before_name(std::string_view name) {
    auto const space = name.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    auto const rest = name.substr(space + 1);
    if (rest.empty() || !utf8::is_upper_letter(utf8::decode(rest, 0).cp) || text::word_count(rest, 2) < 2) return std::nullopt;
    auto const place = place_of_based_word(name.substr(0, space));
    return place && has_organisation_word(rest) ? place : std::nullopt;
}

// "(regional coalition)", "(network)", "(réseau national)": a few words in lower case that say
// what kind of organisation the signer is, an organisation word among them; a remark on it, none
// of its name, nor its acronym.
inline bool describes_organisation(std::string_view text) {
    return !text.empty() && text.size() <= 48 && utf8::is_lower_letter(utf8::decode(text, 0).cp) && !text::has_digit(text) &&
           text::word_count(text, 5) <= 4 && has_organisation_word(text);
}

inline bool name_fold::organisation_word(std::string_view name) {
    if (!organisation_word_) organisation_word_ = organisation_word_in_fold(whole(name));
    return *organisation_word_;
}

// "Journalist", "Psychologist, TSU professor", "директор Центра": a role of the tables.
inline bool names_a_role(std::string_view text) {
    return utf8::with_fold(text, [](std::string_view folded) {
        return static_cast<bool>(lang::find_any<&lang::language_table::role_words>(folded));
    });
}

// "Yours sincerely,", "Mit freundlichen Grüßen", "С уважением,": a letter's closing, the line
// that stands where its signers begin and is none of them. The whole line is the closing,
// but for the punctuation after it.
inline bool closing_in_fold(std::string_view folded) {
    while (!folded.empty() && (folded.back() == ',' || folded.back() == '.' || folded.back() == '!' || folded.back() == ' '))
        folded.remove_suffix(1);
    return lang::is_phrase<&lang::language_table::closings>(folded);
}

inline bool is_closing_line(std::string_view text) {
    if (text.size() > 60 || !may_open_with<&lang::language_table::closings>(text)) return false;
    return utf8::with_fold(text, closing_in_fold);
}

// "Inc.", "Ltd", "e.V.": a legal form after a comma belongs to an organisation's name. The
// text is compared without its final full stops, so a word of the tables is kept both as it
// is and, when it ends in one, without it ("e.v." and "e.v"): one lookup, not a comparison
// with every organisation word of every table.
inline bool is_legal_form(std::string_view text) {
    static lang::word_set const forms = [] {
        lang::word_set words;
        auto const add = [&](std::string_view w) {
            words.insert(w);
            if (w.size() > 1 && w.back() == '.') words.insert(w.substr(0, w.size() - 1));
        };
        for (auto const* t : lang::all_languages) {
            for (std::string_view w : t->organisation_words) add(w);
            for (std::string_view w : t->legal_form_words) add(w);  // "A.C.", "ASBL"
        }
        return words;
    }();
    return utf8::with_fold(text, [](std::string_view folded) {
        while (!folded.empty() && folded.back() == '.') folded.remove_suffix(1);
        return forms.count(folded) != 0;
    });
}

// A line that starts with a role: "Dyrektor Centrum …", "Director, Action for Southern Africa".
inline bool opens_with_role(std::string_view text) {
    return may_open_with<&lang::language_table::role_words>(text) &&
           lang::opens_with_phrase<&lang::language_table::role_words>(text);
}

inline bool opens_with_role(std::string_view name, name_fold& fold) {
    constexpr auto roles = &lang::language_table::role_words;
    return may_open_with<roles>(name) && lang::starts_with_any<roles>(fold.start_for<roles>(name));
}

// Whether the folded word is a given name of the tables, the whole word ("anna", "иван").
inline bool given_name_in_fold(std::string_view folded) {
    return lang::is_phrase<&lang::language_table::given_names>(folded);
}

inline bool is_given_name(std::string_view word) { return utf8::with_fold(word, given_name_in_fold); }

// "Pan African Lawyers Union (PALU)", "Sister Cities Network": a word that is a title in some
// language opens a name that holds an organisation word, and neither a given name nor another
// title follows it, nor a person's two names before the organisation word ("Prof Hugh
// Pettigrew University of Sussex", "Baroness Margaret Ellwood House of Lords" are a person and
// where they sit): an organisation's name.
inline bool title_opens_organisation_name(std::string_view name, name_fold& fold) {
    auto const space = name.find(' ');
    if (space == std::string_view::npos) return false;
    auto const folded = fold.whole(name);
    auto const word = lang::find_any<&lang::language_table::organisation_words>(folded);
    if (!word) return false;
    auto const rest = name.substr(space + 1);
    if (is_given_name(rest.substr(0, rest.find(' '))) || starts_with_person_title(rest)) return false;
    auto const words_before = std::count(folded.begin(), folded.begin() + static_cast<std::ptrdiff_t>(word.position), ' ');
    return words_before != 3;  // the title and two names
}

// "Eliso Chapidze": two to four capitalised words, no organisation word.
// Names in capitals only ("PRO ASYL") are organisations; a person's name has a given name in
// ordinary case even where the surname is in capitals ("BEAUFILS Bruno").
// The particles of a family name, in lower case between the given name and the rest ("Jan
// van der Berg", "María de la Cruz", "Ali bin Hamad", "Ahmed abu Zeid"), or joined to it by a
// hyphen ("Abdullah al-Hamid", "Yahya el-Sayed").
// Welsh writes a son's name so too ("Dafydd ap Rhys", "Rhys ab Owen").
inline constexpr std::string_view name_particles[] = {"van", "von", "der", "den", "de",  "la",   "le",    "del",
                                                      "della", "da", "di", "do",  "dos", "das",  "du",    "ter",
                                                      "ten", "bin", "ibn", "al",  "el",  "abu",  "bint",  "binti",
                                                      "ap",  "ab"};

inline bool is_name_particle(std::string_view word) {
    return std::find(std::begin(name_particles), std::end(name_particles), word) != std::end(name_particles);
}

// The length of the particle and hyphen that open `word` before a capital ("al-Hamid": 3), 0
// for none.
inline std::size_t hyphened_particle_length(std::string_view word) {
    auto const hyphen = word.find('-');
    return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size() && is_name_particle(word.substr(0, hyphen)) &&
                   utf8::is_upper_letter(utf8::decode(word, hyphen + 1).cp)
               ? hyphen + 1
               : 0;
}

// "Ali bin Hamad", "Nourah bint Saeed", "Ahmed abu Zeid", "Abdullah al-Hamid", "Anna von Berg":
// particles that join no organisation's words, only a person's names (a particle alone before a
// hyphen and a capital is an Arabic family name's article).
inline bool has_persons_only_particle(std::string_view name) {
    for (std::string_view p : {" bin ", " ibn ", " bint ", " binti ", " abu ", " von "})
        if (name.find(p) != std::string_view::npos) return true;
    for (auto space = name.find(' '); space != std::string_view::npos; space = name.find(' ', space + 1))
        if (hyphened_particle_length(name.substr(space + 1, name.find(' ', space + 1) - space - 1))) return true;
    return false;
}

// "de Vries, Marieke", "van der Linden, Pieter": a family name that opens with its particles, as
// a list sorted by surname writes it: particles, then a capital.
inline bool opens_with_name_particle(std::string_view name) {
    std::size_t at = 0;
    for (int words = 0; words < 3; ++words) {
        auto const end = std::min(name.find(' ', at), name.size());
        if (end == name.size()) return false;
        if (!is_name_particle(name.substr(at, end - at)))
            return words > 0 && utf8::is_upper_letter(utf8::decode(name, at).cp);
        at = end + 1;
    }
    return false;
}

// Two to four capitalised words, with particles between them ("Anna van der Berg"): the shape
// of a person's name, the particles needing a given name of the tables before them where
// `particle_needs_given_name` says so.
inline bool person_name_shape(std::string_view name, bool particle_needs_given_name) {
    std::size_t words = 0;
    bool word_start = true, particle = false;
    bool lower = false;  // a letter in lower case: a name in capitals only is no person's
    for (std::size_t i = 0; i < name.size();) {
        // Inside a word, its ASCII letters (most of a name's bytes) are taken without decoding
        // and classifying them as any code point: the run of them in the next eight bytes at
        // once (utf8::leading_ascii_letters), where a byte at a time cost some fifteen
        // instructions a letter; a byte at a time in the name's last seven.
        if (!word_start) {
            if (name.size() - i >= 8) {
                if (auto const run = utf8::leading_ascii_letters(name.data() + i); run != 0) {
                    // Bit 5 of an ASCII letter is set in lower case: asked of the run's bytes.
                    using namespace text::swar;
                    std::uint64_t const run_bytes = run == 8          ? ~std::uint64_t{0}
                                                    : little_endian ? (std::uint64_t{1} << (8 * run)) - 1
                                                                    : ~(~std::uint64_t{0} >> (8 * run));
                    lower = lower || (load8(name.data() + i) & run_bytes & ones * 0x20) != 0;
                    i += run;
                    continue;
                }
            } else if (auto const c = name[i]; static_cast<unsigned char>((c | 0x20) - 'a') < 26) {
                lower = lower || c >= 'a';
                ++i;
                continue;
            }
        }
        auto d = utf8::decode(name, i);
        i += d.length;
        if (d.cp == ' ') {
            word_start = true;
            continue;
        }
        if (word_start) {
            word_start = false;
            if (!utf8::is_upper_letter(d.cp)) {
                if (d.cp < 'a' || d.cp > 'z' || words == 0) return false;  // the particles are ASCII
                auto const end = std::min(name.find(' ', i - d.length), name.size());
                auto const word = name.substr(i - d.length, end - (i - d.length));
                particle = true;
                // "al-Hamid": the particle, then the capitalised word it joins, read as any is.
                if (auto const joined = hyphened_particle_length(word)) {
                    i += joined - d.length;
                    ++words;
                    continue;
                }
                if (end == name.size() || !is_name_particle(word)) return false;
                i = end;
                continue;
            }
            ++words;
        } else if (!utf8::is_letter(d.cp) && d.cp != '-' && d.cp != '\'' && d.cp != 0x2019 && d.cp != '.') {
            return false;
        }
        lower = lower || utf8::is_lower_letter(d.cp);
    }
    if (words < 2 || words > 4 || !lower) return false;
    return !particle || !particle_needs_given_name || is_given_name(name.substr(0, name.find(' '))) ||
           has_persons_only_particle(name);
}

inline bool has_person_name_shape(std::string_view name) {
    // The particles are allowed after a given name of the tables, for "de" and "la" join the
    // words of many an organisation's name too.
    return person_name_shape(name, true);
}

inline bool looks_like_person_name(std::string_view name) {
    return has_person_name_shape(name) && !has_organisation_word(name);
}

inline bool looks_like_person_name(std::string_view name, name_fold& fold) {
    return has_person_name_shape(name) && !fold.organisation_word(name);
}

// "Sahabat Alam Malaysia", "Suara Rakyat Ruritania": a name of a person's shape whose last word
// is a country's names an organisation after the country it works in, unless a given name of
// the tables opens it ("Jimmy Wales", "Anatole France").
inline bool named_after_country(std::string_view name) {
    auto const space = name.rfind(' ');
    return space != std::string_view::npos && as_country(name.substr(space + 1)) &&
           !is_given_name(name.substr(0, name.find(' ')));
}


// "(they/them)", "(she/her)", "(elle/iel)", "(она/её)": the pronouns a person asks to be
// called by, two or three short words in lower case parted by slashes.
inline bool is_pronoun_set(std::string_view text) {
    if (text.size() > 24 || text.find('/') == std::string_view::npos) return false;
    std::size_t parts = 0;
    for (std::size_t at = 0; at <= text.size(); ++parts) {
        auto end = text.find('/', at);
        if (end == std::string_view::npos) end = text.size();
        auto const word = text.substr(at, end - at);
        auto const letters = utf8::length(word);
        if (letters < 2 || letters > 5) return false;
        for (std::size_t i = 0; i < word.size();) {
            auto const d = utf8::decode(word, i);
            if (!utf8::is_lower_letter(d.cp)) return false;
            i += d.length;
        }
        at = end + 1;
    }
    return parts >= 2 && parts <= 3;
}

// Whether a letter is of a script without capitals as these tables know them (Chinese,
// Japanese, Arabic, Georgian …), or Cyrillic, or Latin: a name and its other writing differ so.
inline int script_of(char32_t cp) {
    if (utf8::is_upper_letter(cp) || utf8::is_lower_letter(cp)) return cp >= 0x400 && cp < 0x530 ? 1 : 0;
    return 2;
}

// "Li Wei (李伟)", "Aigerim Sadykova (Айгерим Садыкова)", "Alex Kim (they/them)": what a
// person's name has in parentheses beside it that is neither their country, nor their role,
// nor an acronym: their pronouns, or their name again in another script (in a script without
// capitals whatever it says, in a cased one only in a person's name's shape: "Anna Berg
// (Мемориал)" names where she works).
inline bool is_aside_to_name(std::string_view text, std::string_view name) {
    if (text.empty() || name.empty()) return false;
    if (is_pronoun_set(text)) return true;
    auto const first = utf8::decode(text, 0).cp;
    if (!utf8::is_letter(first) || script_of(first) == script_of(utf8::decode(name, 0).cp)) return false;
    return script_of(first) == 2 ? !text::has_digit(text) : looks_like_person_name(text) && !as_country(text);
}

// The endings a field of every table lists ("ович", "енко"), each once.
template <auto Field>
inline std::vector<std::string_view> const& endings_of_every_table() {
    static std::vector<std::string_view> const endings = [] {
        std::vector<std::string_view> all;
        for (auto const* t : lang::all_languages)
            for (std::string_view e : t->*Field)
                if (std::find(all.begin(), all.end(), e) == all.end()) all.push_back(e);
        return all;
    }();
    return endings;
}

// "иванович", "петрівна": a patronymic, longer than its ending by a stem.
inline bool patronymic_in_fold(std::string_view folded) {
    for (std::string_view e : endings_of_every_table<&lang::language_table::patronymic_endings>())
        if (folded.size() >= e.size() + 4 && folded.compare(folded.size() - e.size(), e.size(), e) == 0) return true;
    return false;
}

// "нургалиев", "жумабаева", "popescu": a surname by its ending, after a stem of three letters at
// least ("Пак", "Ким" end in none).
inline bool surname_in_fold(std::string_view folded) {
    for (std::string_view e : endings_of_every_table<&lang::language_table::surname_endings>())
        if (folded.size() > e.size() && folded.compare(folded.size() - e.size(), e.size(), e) == 0 &&
            utf8::length(folded.substr(0, folded.size() - e.size())) >= 3)
            return true;
    return false;
}


// "Северский Янтарский": two words or more that all end as surnames do are two adjectives of an
// organisation's name, no person's given name and surname.
inline bool every_word_ends_as_surname(std::string_view name) {
    return utf8::with_fold(name, [](std::string_view folded) {
        std::size_t words = 0;
        for (std::size_t from = 0; from <= folded.size();) {
            auto const to = std::min(folded.find(' ', from), folded.size());
            if (to > from) {
                if (!surname_in_fold(folded.substr(from, to - from))) return false;
                ++words;
            }
            from = to + 1;
        }
        return words >= 2;
    });
}


// How much of `text` (in lower case) is left after a list closer of the tables it opens with,
// once the count in it is taken out, if it opens with one: "and 23 other organisations" reads
// as "and other organisations", and so does "and eight other organisations" (its second word,
// a number written out, taken out). What is left is counted in the text without its count.
inline std::optional<std::size_t> counted_closer_rest(std::string_view text) {
    text = text.substr(0, 80);
    std::string words;
    words.reserve(text.size());
    for (char c : text) {
        if (c >= '0' && c <= '9') continue;
        if (c == ' ' && !words.empty() && words.back() == ' ') continue;
        words += c;
    }
    if (auto const m = lang::starts_with_any<&lang::language_table::list_closers>(words))
        return words.size() - m.phrase.size();
    auto const first = words.find(' ');
    auto const second = first == std::string::npos ? std::string::npos : words.find(' ', first + 1);
    if (second == std::string::npos) return std::nullopt;
    words.erase(first, second - first);
    if (auto const m = lang::starts_with_any<&lang::language_table::list_closers>(words))
        return words.size() - m.phrase.size();
    return std::nullopt;
}

inline bool opens_with_counted_closer(std::string_view text) { return counted_closer_rest(text).has_value(); }

// "Kovar, Ivan", "KOVAR, Ivan Petrovich": a person's name written surname first, as lists
// sorted by surname write it: one comma, and the words in the order they are said have a
// person's name's shape. Where nothing else in the entry shows a person, the first word after
// the comma must also be a given name of the tables ("Memorial, Moscow" is no person).
inline bool inverted_person_name(std::string_view name, bool given_name_needed) {
    auto const comma = name.find(", ");
    if (comma == std::string_view::npos || comma == 0 || name.find(',', comma + 1) != std::string_view::npos)
        return false;
    auto const head = name.substr(0, comma), tail = trim(name.substr(comma + 2));
    if (tail.empty() || text::word_count(head, 3) > 2 || text::word_count(tail, 4) > 3 || as_country(tail)) return false;
    if (given_name_needed && !is_given_name(tail.substr(0, tail.find(' ')))) return false;
    std::string said;
    said.reserve(name.size());
    said.append(tail).append(1, ' ').append(head);
    return looks_like_person_name(said);
}

// "J.", "K.": a word that is a given name's initial, one capital and a full stop.
inline bool is_initial(std::string_view word) {
    if (word.size() < 2 || word.back() != '.') return false;
    auto const d = utf8::decode(word, 0);
    return d.length + 1 == word.size() && utf8::is_upper_letter(d.cp);
}

// A person's name by its shape alone, without a title or a role: two to four capitalised
// words (looks_like_person_name) of which one is a patronymic ("Иванов Иван Иванович",
// "Olga Petrovna Sidorova"), or the first or last of two or three a common given name ("Anna
// Babinets", "BEAUFILS Bruno") or a surname by its ending ("Асель Жумабаева", whose given name
// no table lists), or a given name's initial ("Amina J. Bello", "A. K. Mensah": an
// organisation's name abbreviates none of its words to one letter and a full stop). One word
// that is a given name alone ("Oliver") is a person too. The particles between the names are
// none of the words counted ("María de la Cruz Ortega", "Pieter van der Berg": three names,
// the first of them the given name).
// The words' folds are read from the fold of the whole name that the search for an
// organisation word has made: a name of that shape holds no white space but spaces (letters,
// '-', '.', apostrophes), so its fold is its words' folds with one space between each.
inline bool person_by_name_shape(std::string_view name, name_fold& fold) {
    // The words, split at spaces, on the stack: a name of more than four is no person's.
    constexpr std::size_t most_words = 4;
    std::string_view words[most_words];
    std::size_t count = 0;
    for (std::size_t i = 0; i < name.size();) {
        auto const space = std::min(name.find(' ', i), name.size());
        // A particle is ASCII in lower case: a capitalised word (most) is passed at one test.
        if (auto const word = name.substr(i, space - i);
            !word.empty() && !(count > 0 && word[0] >= 'a' && word[0] <= 'z' && is_name_particle(word))) {
            if (count == most_words) return false;
            words[count++] = word;
        }
        i = space + 1;
    }
    if (count == 1)
        return utf8::is_upper_letter(utf8::decode(words[0], 0).cp) && is_given_name(words[0]) &&
               !fold.organisation_word(name);
    if (!looks_like_person_name(name, fold)) return false;
    // "Omar Abd al-Rahman", "Nourah bint Saeed": a particle only a person's names have shows one,
    // as a patronymic does.
    if (has_persons_only_particle(name) || std::any_of(words, words + count, is_initial)) return true;
    auto const folded = fold.whole(name);
    // Two words that both end so are no given name and surname, but two adjectives of an
    // organisation's name ("Норвежский Хельсинкский комитет").
    bool person = false;
    std::size_t surnames = 0;
    // The name's words in order, the particles among them passed ("Tran Van Minh" has none: a
    // capitalised "Van" is a name, whose fold is the particle's).
    for (std::size_t k = 0, from = 0, at = 0; k < count && !person && at <= name.size() && from <= folded.size();
         from = std::min(folded.find(' ', from), folded.size()) + 1, at = std::min(name.find(' ', at), name.size()) + 1) {
        auto const to = std::min(folded.find(' ', from), folded.size());
        if (words[k].data() != name.data() + at) continue;  // a particle, or a second space
        auto const word = folded.substr(from, to - from);
        bool const edge = count <= 3 && (k == 0 || k == count - 1);
        person = patronymic_in_fold(word) || (edge && given_name_in_fold(word));
        surnames += edge && !person && surname_in_fold(word);
        ++k;
    }
    return person || surnames == 1;
}

inline bool person_by_name_shape(std::string_view name) {
    name_fold fold;
    return person_by_name_shape(name, fold);
}

// "officer", "executive", "director": a role word that the tables also write after a word that
// says what the role is about ("policy officer", "chief executive", "programme director"), the
// last word of a role of several words.
inline bool is_qualified_role_word(std::string_view word) {
    static lang::word_set const heads = [] {
        lang::word_set words;
        for (auto const* t : lang::all_languages)
            for (std::string_view role : t->role_words)
                if (auto const space = role.rfind(' '); space != std::string_view::npos) words.insert(role.substr(space + 1));
        return words;
    }();
    return utf8::with_fold(word, [](std::string_view folded) { return heads.count(folded) != 0; });
}

// Where a role starts after two or three words of a person's name ("Chi Onwurah MP Chair, …").
// A post written in sentence case opens at the capitalised word before its role word in lower
// case ("Tom Barrow Campaigns officer, Amnesty International UK", "Priya Shah Campaign officer,
// Refugee Action"), where the tables write that word after another.
inline std::optional<std::size_t> role_after_name(std::string_view text) {
    // The words' starts: the text's, and each place after a space (one after another where
    // spaces follow each other), found by a search of the next space, where a test of each
    // byte cost some six instructions a byte of every name asked.
    std::size_t words = 0, word_before = 0;
    for (std::size_t i = 0; i < text.size() && words < 4;) {
        if (words >= 2 && opens_with_role(text.substr(i))) {
            auto const word = text.substr(i, text.find_first_of(" ,", i) - i);
            if (words >= 3 && text[i] >= 'a' && text[i] <= 'z' && utf8::is_upper_letter(utf8::decode(text, word_before).cp) &&
                is_qualified_role_word(word) && looks_like_person_name(trim(text.substr(0, word_before))))
                return word_before;
            if (looks_like_person_name(trim(text.substr(0, i)))) return i;
        }
        word_before = i;
        ++words;
        auto const space = text.find(' ', i);
        if (space == std::string_view::npos) break;
        i = space + 1;
    }
    return std::nullopt;
}

// "на-", "sur-", "am-": in "Ростов-на-Дону", "Boulogne-sur-Mer", "Frankfurt-am-Main", a short
// word in lower case between two hyphens of a town's name, that links its capitalised parts.
// Its length with the hyphen after it; 0 for none.
inline std::size_t linking_word_length(std::string_view text, std::size_t at) {
    std::size_t letters = 0;
    for (std::size_t i = at; i < text.size();) {
        auto const d = utf8::decode(text, i);
        if (d.cp == '-') return letters > 0 ? i + 1 - at : 0;
        if (!utf8::is_lower_letter(d.cp) || ++letters > 4) return 0;
        i += d.length;
    }
    return 0;
}

// "Kyiv", "Ivano-Frankivsk", "Ростов-на-Дону", "Тбилиси": one word in title case, its parts
// joined by hyphens, neither a role nor an organisation word ("(Journalist)", "(Foundation)").
// A town of two letters is one in a script of its own ("Ош"); in Latin letters two are an
// abbreviation as often ("Dr", "St", "Co").
inline bool looks_like_place(std::string_view text) {
    std::size_t letters = 0;
    bool part_start = true;
    for (std::size_t i = 0; i < text.size();) {
        auto d = utf8::decode(text, i);
        if (d.cp == '-' && !part_start) {
            part_start = true;
            i += d.length;
            continue;
        }
        if (part_start && letters > 0 && utf8::is_lower_letter(d.cp))
            if (auto const link = linking_word_length(text, i)) {
                i += link;
                continue;
            }
        i += d.length;
        if (part_start ? !utf8::is_upper_letter(d.cp) : !utf8::is_lower_letter(d.cp)) return false;
        part_start = false;
        ++letters;
    }
    bool const long_enough = letters >= 3 || (letters == 2 && static_cast<unsigned char>(text[0]) >= 0x80);
    return long_enough && !part_start && !names_a_role(text) && !has_organisation_word(text);
}

// "New York", "Ciudad de México", "Baia Mare", "Estado español": a place of two to four words,
// the first capitalised, neither a role nor an organisation word. Asked only after an acronym
// ("Name (ACR), New York"), where a name of that shape is no second signer.
inline bool looks_like_place_of_words(std::string_view text) {
    auto const words = text::word_count(text, 5);
    if (words < 2 || words > 4 || text.size() > 40 || !utf8::is_upper_letter(utf8::decode(text, 0).cp)) return false;
    std::size_t capitalised = 0;
    for (std::size_t at = 0; at < text.size();) {
        auto end = text.find(' ', at);
        if (end == std::string_view::npos) end = text.size();
        auto const word = text.substr(at, end - at);
        auto const first = utf8::decode(word, 0).cp;
        // "Estado español": a word in lower case after the first, short or not.
        if (utf8::is_upper_letter(first)) ++capitalised;
        else if (!utf8::is_lower_letter(first) || at == 0) return false;
        for (char c : word)
            if ((c >= '0' && c <= '9') || c == '(' || c == ')' || c == ',' || c == ';' || c == '.') return false;
        at = end + 1;
    }
    return capitalised >= 1 && !names_a_role(text) && !has_organisation_word(text);
}

// "Bukavu", "Ciudad Juárez", "Nizhny Novgorod", "Нижний Новгород": a town of one word or of a
// few, each capitalised ("Justice and Peace" is no town's).
inline bool looks_like_town(std::string_view t) {
    if (looks_like_place(t)) return true;
    if (!looks_like_place_of_words(t)) return false;
    for (auto space = t.find(' '); space != std::string_view::npos; space = t.find(' ', space + 1))
        if (space + 1 < t.size() && !utf8::is_upper_letter(utf8::decode(t, space + 1).cp)) return false;
    return true;
}

// "Bukavu, Sud-Kivu", "Ciudad Juárez, Chihuahua": a town and its region or province after a
// comma, neither a country ("Tbilisi, Georgia" is read as a country's). The town ends in a
// letter: not the end of a quoted name ("„Hope, Support and Inclusion”, Iasi").
inline bool town_and_region(std::string_view text) {
    auto const comma = rfind_short(text, ", ");
    if (comma == std::string_view::npos || comma == 0 || text.size() > 60) return false;
    auto const town = text.substr(0, comma), region = text.substr(comma + 2);
    return utf8::is_letter(utf8::decode_before(town, town.size()).cp) && looks_like_place(region) && looks_like_town(town) &&
           !as_country(region) && !as_country(town);
}

// "Nairobi", "Dar es Salaam": a town of one word, or of a few that have no person's name's shape,
// in a field after a country's (a form's "Amber Forum, Kenya, Mira Tallow" ends with the name of
// the person to contact, no town).
inline bool town_after_country(std::string_view t) {
    return looks_like_place(t) || (looks_like_town(t) && !looks_like_person_name(t));
}

// "Amber Water Watch, Kenya, Nairobi": a name, then a country and a town in it after commas, as
// a form's fields are written in that order: where the country and the town start; none where
// the text ends otherwise ("Nairobi, Kenya" is a town before its country: country_tail).
struct country_and_town {
    std::size_t country, town;
};
inline std::optional<country_and_town> country_then_town(std::string_view written) {
    auto const text = trim_list_punctuation(written);
    auto const offset = static_cast<std::size_t>(text.data() - written.data());
    auto const town_comma = rfind_short(text, ", ");
    if (town_comma == std::string_view::npos || town_comma == 0 || text.size() - town_comma > 40) return std::nullopt;
    auto const country_comma = rfind_short(text.substr(0, town_comma), ", ");
    if (country_comma == std::string_view::npos || country_comma == 0) return std::nullopt;
    auto const town = trim(text.substr(town_comma + 2));
    if (!town_after_country(town) || as_country(town) ||
        !as_country(text.substr(country_comma + 2, town_comma - country_comma - 2)))
        return std::nullopt;
    return country_and_town{offset + country_comma + 2, offset + town_comma + 2};
}

// The last dash between words in a name (" – ", " — ", " - "): where its space before starts,
// and its length with both spaces. Read from the name's end: most names have none, and are
// passed at a test a byte.
struct spaced_dash {
    std::size_t at, length;
};
inline std::optional<spaced_dash> last_spaced_dash(std::string_view name) {
    for (std::size_t i = name.size(); i-- > 1;) {
        if (name[i] != '-' && name[i] != '\xE2') continue;
        auto const length = text::dash_length_at(name, i);
        if (length != 0 && name[i - 1] == ' ' && i + length < name.size() && name[i + length] == ' ')
            return spaced_dash{i - 1, length + 2};
    }
    return std::nullopt;
}

// Splits "Name, Country" / "Name – Country" / "Name - Country" / "Name / Country" when the tail
// is a country.
inline std::optional<std::size_t> country_tail(std::string_view name) {
    // The bytes a separator opens with: a comma, a hyphen, a slash, a bar, and the lead byte of a
    // dash (E2) or a middle dot (C2).
    static constexpr auto separator_byte = [] {
        std::array<bool, 256> a{};
        for (char c : {',', '-', '\xE2', '/', '|', '\xC2'}) a[static_cast<unsigned char>(c)] = true;
        return a;
    }();
    auto const first_comma = find_short(name, ", ");
    for (std::size_t i = name.size(); i-- > 0;) {
        // Most bytes are none of a separator's: passed at one lookup each, where six comparisons
        // cost a dozen instructions a byte of every name asked.
        auto const c = name[i];
        if (!separator_byte[static_cast<unsigned char>(c)]) continue;
        std::size_t sep = 0;
        if (c == ',') sep = 1;
        // "Movimiento Sueco / Suecia", "Amber Centre | Kenya", "Amber Centre · Kenya": a slash, a
        // bar or a middle dot between spaces, after a name that is no country ("REGIONALES /
        // INTERNACIONALES" is a heading) and has no comma or dash before it ("Name – Italy /
        // Malta" is of two countries).
        else if (first_comma > i && (c == '/' || c == '|' || (c == '\xC2' && i + 1 < name.size() && name[i + 1] == '\xB7')) &&
                 i > 0 && name[i - 1] == ' ' && i + 2 < name.size() && name[i + (c == '\xC2' ? 2 : 1)] == ' ' &&
                 !last_spaced_dash(name.substr(0, i)) && !as_country(name.substr(0, i)))
            sep = c == '\xC2' ? 2 : 1;
        // "Name, affiliation – Country"; a dash alone belongs to the name ("Transparency
        // International - Moldova").
        else if (first_comma < i && text::dash_length_at(name, i) == 3)
            sep = 3;
        else if (first_comma < i && name[i] == '-' && i > 0 && name[i - 1] == ' ')
            sep = 1;
        if (!sep) continue;
        // A country inside parentheses ("Name (Org, Country)") is its part's, not the name's.
        auto const tail = name.substr(i + sep);
        if (tail.find_first_of("()") == std::string_view::npos && as_country(tail)) {
            // "Name, Netherlands – Azerbaijan": the dash sets two countries apart, both the
            // signer's, after the comma.
            if (c != ',')
                if (auto const comma = rfind_short(name.substr(0, i), ", "); comma != std::string_view::npos && comma > 0 &&
                                                                              as_country(name.substr(comma + 2)))
                    return comma;
            return i;
        }
        return std::nullopt;  // only the last separator may introduce the country
    }
    return std::nullopt;
}

// Where a town named after a comma by its marker begins: ", м. Київ", ", г. Москва", ", смт
// Ворзель" (the tables' town_markers, the marker kept with the town as written).
// Whether `town` opens with a town marker of the tables and a capital: "м. Київ", "г. Москва".
inline bool opens_with_town_marker(std::string_view town) {
    // The markers are words of the Cyrillic tables: a text that opens with two ASCII letters
    // (the part after most names' comma, every part of a Latin list) is passed by its first
    // pair, not compared with each marker of each table. The pair is lowered to be looked up,
    // so a marker of Latin letters must be listed in lower case, as the tables' phrases are.
    if (!lang::may_open_with<&lang::language_table::town_markers>(town)) return false;
    for (auto const* t : lang::all_languages)
        for (auto const marker : t->town_markers)
            if (town.size() > marker.size() + 1 && town.compare(0, marker.size(), marker) == 0 &&
                (town[marker.size()] == ' ' || marker.back() == '.') &&
                utf8::is_upper_letter(utf8::decode(town, marker.size() + (town[marker.size()] == ' ')).cp))
                return true;
    return false;
}

inline std::optional<std::size_t> town_after_name(std::string_view name) {
    auto const comma = rfind_short(name, ", ");
    if (comma == std::string::npos || comma == 0 || name.size() - comma > 60) return std::nullopt;
    if (opens_with_town_marker(name.substr(comma + 2))) return comma + 2;
    return std::nullopt;
}

inline std::size_t separator_length(std::string_view s, std::size_t i) {
    if (s[i] == ',' || s[i] == '-' || s[i] == '/' || s[i] == '|') return 1;
    return s[i] == '\xC2' ? 2 : 3;  // a middle dot's two bytes, a dash's three
}

// A web or mail address: "https://amber.example.org", "www.amber.example.org",
// "info@amber.example.org". Not a bare domain, which an organisation may be named after
// ("eXO.cat"). Asked of every part of every entry: read in one loop, without library calls.
inline bool is_address(std::string_view t) {
    t = trim(t);
    if (t.size() < 6) return false;
    auto const starts = [&t](std::string_view p) { return t.size() > p.size() && text::stands_at(t, 0, p); };
    if ((t[0] == 'h' && (starts("http://") || starts("https://"))) || (t[0] == 'w' && starts("www.")))
        return t.find(' ') == std::string_view::npos;
    std::size_t at = 0;  // one past the '@'
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == ' ') return false;
        if (t[i] == '@' && i > 0) at = i + 1;
        else if (t[i] == '.' && at != 0 && i > at) return t.find(' ', i) == std::string_view::npos;
    }
    return false;
}

// "@BIDemocracy", "hkddc.org": a handle on a social network, or a web address without its
// scheme and "www." (which alone may be a name: "epicenter.works"), in lower case with a
// domain of two to six letters.
inline bool is_handle_or_domain(std::string_view t) {
    t = trim(t);
    // A handle's sign or a domain's dot first: most words have neither.
    if (t.size() < 3 || (t[0] != '@' && std::memchr(t.data(), '.', t.size()) == nullptr)) return false;
    auto const word_byte = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    };
    if (!std::all_of(t.begin() + (t[0] == '@'), t.end(), word_byte)) return false;
    if (t[0] == '@') return t.find('.') == std::string_view::npos;
    auto const dot = t.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || t.size() - dot - 1 < 2 || t.size() - dot - 1 > 6) return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return !(c >= 'A' && c <= 'Z'); }) &&
           std::all_of(t.begin() + static_cast<std::ptrdiff_t>(dot) + 1, t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The name without the address an entry ends with ("Org – www.org.example", "Org,
// info@org.example", "Org @handle", "Org – org.example"), and the separator before it; the
// address, if there was one.
inline std::optional<std::string> take_trailing_address(std::string& name) {
    std::size_t space = name.size();
    while (space > 0 && name[space - 1] != ' ') --space;  // the last word, found from the end
    if (space == 0) return std::nullopt;
    auto const last = std::string_view(name).substr(space);
    // A handle after the name, or a bare domain after a dash or a comma.
    auto const set_apart = [&] {
        auto const before = std::string_view(name).substr(0, space - 1);
        return (before.size() >= 2 && (before.back() == ',' || before.back() == '-')) ||
               (before.size() >= 3 && text::dash_length_at(before, before.size() - 3) == 3);
    };
    if (!is_address(last) && !((last[0] == '@' || set_apart()) && is_handle_or_domain(last))) return std::nullopt;
    std::optional<std::string> address(name.substr(space));
    name.erase(space - 1);
    while (!name.empty() && (name.back() == ' ' || name.back() == ',' || name.back() == '-' || name.back() == ';'))
        name.pop_back();
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"})
        if (name.size() >= dash.size() && name.compare(name.size() - dash.size(), dash.size(), dash) == 0) {
            name.erase(name.size() - dash.size());
            while (!name.empty() && name.back() == ' ') name.pop_back();
        }
    return address;
}

// "Oren Vale, lawyer, Birchwood Human Rights Centre.", "Светлана Корнеева, адвокат, член …": a
// name of two to four capitalised words, then parts apart by commas that each open with a role
// or a name in capitals, is an entry whatever its length and its last word. A sentence goes on
// in words of its own ("Jonas Keel, head of the Amber Centre, detained on 2 March.").
inline bool name_and_parts_apart_by_commas(std::string_view text) {
    auto comma = text.substr(0, 64).find(", ");
    if (comma == std::string_view::npos) return false;
    auto const name = text.substr(0, comma);
    std::size_t words = 0;
    for (std::size_t at = 0; at < name.size() && words <= 4; at = name.find(' ', at) + 1) {
        if (!utf8::is_upper_letter(utf8::decode(name, at).cp)) return false;
        ++words;
        if (name.find(' ', at) == std::string_view::npos) break;
    }
    if (words < 2 || words > 4) return false;
    for (; comma != std::string_view::npos; comma = text.find(", ", comma + 2)) {
        auto const part = text.substr(comma + 2);
        if (!utf8::is_upper_letter(utf8::decode(part, 0).cp) && !opens_with_role(part)) return false;
    }
    return true;
}

// The first conjunction in `lowered` from `from` that stands between spaces, as a word of a
// list does ("A and B"; not the "e" of "e.V.").
inline lang::phrase_match conjunction_between_words(std::string_view lowered, std::size_t from = 0) {
    while (from < lowered.size()) {
        auto m = lang::find_any<&lang::language_table::conjunctions>(lowered.substr(from));
        if (!m) break;
        auto const at = from + m.position, after = at + m.phrase.size();
        if (at > 0 && lowered[at - 1] == ' ' && after < lowered.size() && lowered[after] == ' ') {
            m.position = at;
            return m;
        }
        from = after;
    }
    return {};
}

// "Mesoamerican Network of Land Defenders (RMDT) and its member organisations", "Amber Network
// and its members": a name, a conjunction and a possessive, and a header's words for those it
// names after the colon. The name, or nothing.
inline std::string_view name_before_member_list(std::string_view head) {
    auto const lowered = utf8::lower_same_length(head);
    std::size_t at = std::string_view::npos;  // the last conjunction between words
    for (auto m = conjunction_between_words(lowered); m; m = conjunction_between_words(lowered, m.position + m.phrase.size()))
        at = m.position;
    if (at == std::string_view::npos || at < 4) return {};
    auto rest = std::string_view(lowered).substr(at);
    rest = rest.substr(rest.find(' ') + 1);  // past the conjunction
    auto const possessive_end = rest.find(' ');
    if (possessive_end == std::string_view::npos) return {};
    auto const members = std::string(rest.substr(possessive_end + 1)) + ":";
    if (!utf8::with_fold(members, [](std::string_view folded) { return is_signatory_header(folded); })) return {};
    return trim(head.substr(0, at));
}

// "Amber Coalition for Justice, including:", "Forum, в том числе:", "Amber Network and its
// members:": a name over the members listed under it. The words in lower case between a comma
// and the colon introduce them and are none of the name, nor are a conjunction, a possessive and
// a header's words, in lower case too ("Technology Companies and Trade Associations:" heads a
// group); the length of the name before them, or none. A group's heading is no name
// ("Individuals, in a personal capacity:", "Organisations, in alphabetical order:").
inline std::optional<std::size_t> name_before_members(std::string_view text) {
    if (text.empty() || text.back() != ':') return std::nullopt;
    auto const lower_case_from = [&](std::size_t at) {
        for (; at < text.size() - 1; at = text::word_end(text, at) + 1)
            if (!utf8::is_lower_letter(utf8::decode(text, at).cp)) return false;
        return true;
    };
    auto const comma = text.rfind(", ");
    if (comma != std::string_view::npos && comma > 0 && text.size() - comma <= 40 && lower_case_from(comma + 2))
        return utf8::with_fold(std::string(text.substr(0, comma)) + ":",
                               [](std::string_view folded) { return is_signatory_header(folded); })
                   ? std::nullopt
                   : std::optional<std::size_t>(comma);
    auto const network = name_before_member_list(text.substr(0, text.size() - 1));
    if (network.empty() || !lower_case_from(network.size() + 1)) return std::nullopt;
    return network.size();
}

// "Members of the Amber Free Expression Network,", "Les membres du Réseau Birchwood,": a
// letter's lead-in over the names of its signers, as a closing stands over them; it names the
// network they are members of (a coalition marker of the tables, perhaps after an article),
// and signs nothing itself.
inline bool opens_with_members_of(std::string_view text) {
    return lang::opens_with_phrase<&lang::language_table::coalition_markers>(lang::past_article(text));
}

// "ON", "Nova Scotia", "NSW", "TX": a state of the United States, or a province or state of
// Canada or Australia, which lists from there write after a signer's town as US lists do.
inline bool is_state_or_province(std::string_view written) {
    return geo::is_us_state(written) || geo::is_province_or_state(written);
}

// "San Francisco, CA", "St. Paul, MN", "Chicago, Illinois", "Halifax, NS", "Sydney, NSW": a
// town of one to three capitalised words and the US state (or Canadian province, Australian
// state) it is in, as a US list writes a signer's place. The pair gives no country: many
// states' codes are also other countries' ("CA", "IL", "IN"). A state that is a country's name
// too is the country's ("Batumi, Georgia").
inline bool is_us_style_town_and_state(std::string_view text) {
    auto const comma = rfind_short(text, ", ");
    if (comma == std::string_view::npos || comma == 0) return false;
    auto const state = text.substr(comma + 2);
    if (!is_state_or_province(state) || as_country(state)) return false;
    auto const town = text.substr(0, comma);
    // "(ATU, CA)": an acronym before the code is the signer's, the code a state's or a country's.
    if (text::word_count(town, 4) > 3 || looks_like_acronym(town)) return false;
    bool word_start = true;
    for (std::size_t i = 0; i < town.size();) {
        auto const d = utf8::decode(town, i);
        i += d.length;
        if (d.cp == ' ') {
            word_start = true;
            continue;
        }
        if (word_start ? !utf8::is_upper_letter(d.cp) : !utf8::is_letter(d.cp) && d.cp != '.' && d.cp != '-' && d.cp != '\'')
            return false;
        word_start = false;
    }
    return !has_organisation_word(town);
}

// The town and US state that end a name ("Immigrant Legal Resource Center, San Francisco, CA",
// "Faith in Action – Houston, TX", a row's "Amber Alliance | Los Angeles, CA"): the comma, the
// spaced dash or the bar before the town, none where the name is nothing else.
inline std::optional<spaced_dash> us_style_town_and_state_after_name(std::string_view name) {
    auto const state = rfind_short(name, ", ");
    // The state after the last comma asked first: most names end otherwise.
    if (state == std::string_view::npos || state == 0 || !is_state_or_province(name.substr(state + 2))) return std::nullopt;
    auto const before = name.substr(0, state);
    std::optional<spaced_dash> separator;
    if (auto const comma = rfind_short(before, ", "); comma != std::string_view::npos && comma > 0) separator = spaced_dash{comma, 2};
    if (auto const dash = last_spaced_dash(before); dash && dash->at > 0 && (!separator || dash->at > separator->at))
        separator = dash;
    if (auto const bar = rfind_short(before, " | "); bar != std::string_view::npos && bar > 0 && (!separator || bar > separator->at))
        separator = spaced_dash{bar, 3};
    if (!separator || !is_us_style_town_and_state(name.substr(separator->at + separator->length))) return std::nullopt;
    return separator;
}

// "Anna K., Gdańsk — 2 hours ago", "Julie M. – Lyon, il y a 3 heures": a petition page's time
// of the signature after a dash, or after the town that follows the dash, a count and a word
// of time ("2 hours ago", "3 дня назад", "il y a 5 minutes", "vor 2 Stunden", "hace 3 días"),
// none of the signer. Where the name ends without it.
inline std::size_t before_time_ago(std::string_view name) {
    auto const dash = last_spaced_dash(name);
    if (!dash) return name.size();
    auto tail = name.substr(dash->at + dash->length);
    if (auto const comma = rfind_short(tail, ", "); comma != std::string_view::npos) tail = tail.substr(comma + 2);
    if (tail.empty() || tail.size() > 40 || !text::has_digit(tail)) return name.size();
    auto const lowered = utf8::lower_same_length(tail);
    std::string_view const low(lowered);
    auto const ends = [&](std::string_view w) { return low.size() > w.size() && low.compare(low.size() - w.size(), w.size(), w) == 0; };
    auto const opens = [&](std::string_view w) { return low.compare(0, w.size(), w) == 0; };
    bool const ago = ends(" ago") || ends(" \xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xB4") /* назад */ || opens("il y a ") ||
                     opens("vor ") || opens("hace ");
    return ago ? dash->at : name.size();
}

// The length of the separator that `text` opens with before a country written after an
// entry's parentheses: a comma or a hyphen, or an en or em dash as typeset text writes it
// ("Name (ACR) – Country"), or a slash, a bar or a middle dot before a space ("Name (ACR) /
// Country", "Name (ACR) | Country", "Name (ACR) · Country"); 0 for none.
inline std::size_t leading_country_separator(std::string_view text) {
    if (!text.empty() && text.front() == ',') return 1;
    if (text.size() > 2 && (text[0] == '/' || text[0] == '|') && text[1] == ' ') return 1;
    if (text.size() > 3 && text[0] == '\xC2' && text[1] == '\xB7' && text[2] == ' ') return 2;
    return text::dash_length_at(text, 0);
}

// "Name (ACR), Myanmar (in exile)": whether every part in parentheses of an entry is a remark
// on where it works from (the tables' exile_remarks), as a country after an entry may carry.
inline bool only_exile_remarks(grammar::ast::signatory_entry const& e) {
    return std::all_of(e.groups.begin(), e.groups.end(), [](auto const& g) { return after_exile_remark(g.text).has_value(); });
}

// "USD 12bn AUM", "GBP 3.4bn", "£ 108 bn AUM", "US$ 5bn": an amount of money, the code of its
// currency (three capitals) or its sign, then a figure and its magnitude or unit ("(ACT
// 2030)" is no amount).
inline bool opens_with_amount(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size() && at < 3 && text[at] >= 'A' && text[at] <= 'Z') ++at;
    bool const code = at == 3;
    if (at < text.size()) {
        auto const d = utf8::decode(text, at);
        if (text::is_currency_sign(d.cp)) at += d.length;
        else if (!code) return false;
    }
    while (at < text.size() && text[at] == ' ') ++at;
    if (at == text.size() || text[at] < '0' || text[at] > '9') return false;
    while (at < text.size() && ((text[at] >= '0' && text[at] <= '9') || text[at] == '.' || text[at] == ',')) ++at;
    return at < text.size();
}

// An amount of money (opens_with_amount), or one after the short word in capitals that says
// what it is ("AUM $2.1bn", "AuM: EUR 540m": the assets an investor manages).
inline bool is_amount(std::string_view text) {
    if (opens_with_amount(text)) return true;
    auto const space = text.find(' ');
    if (space == std::string_view::npos || space < 2 || space > 5) return false;
    auto label = text.substr(0, space);
    if (label.back() == ':') label.remove_suffix(1);
    auto const capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    return label.size() >= 2 && capital(label.front()) && capital(label.back()) && opens_with_amount(text.substr(space + 1));
}

// "Green Capital Partners – UK – AUM $2.1bn", "Amber Pension Fund – EUR 540m": the assets an
// investor manages, after a spaced dash at the end of its entry, none of its name nor its
// country. Where the name ends without it.
inline std::size_t before_amount_after_dash(std::string_view name) {
    auto const dash = last_spaced_dash(name);
    return dash && is_amount(name.substr(dash->at + dash->length)) ? dash->at : name.size();
}

// The last gap between a row's columns in `text`: its last tab, or its last run of three
// spaces or more, with the white space around it; begin == end == 0 for none.
struct column_gap {
    std::size_t begin = 0, end = 0;
};
inline column_gap last_column_gap(std::string_view text) {
    // Most names have neither: the library's searches say so faster than a walk from the end.
    auto const tab = text.find('\t') == std::string_view::npos ? std::string_view::npos : text.rfind('\t');
    auto const spaces = text.find("   ") == std::string_view::npos ? std::string_view::npos : text.rfind("   ");
    auto const at = tab == std::string_view::npos ? spaces : spaces == std::string_view::npos ? tab : std::max(tab, spaces);
    if (at == std::string_view::npos) return {};
    column_gap g{at, at};
    while (g.begin > 0 && (text[g.begin - 1] == ' ' || text[g.begin - 1] == '\t')) --g.begin;
    while (g.end < text.size() && (text[g.end] == ' ' || text[g.end] == '\t')) ++g.end;
    return g;
}

// The sentence's full stop after its last name ("… and Zero Tolerance Network.", "… Akcja
// Demokracja.", "… Vostok SOS."), not an abbreviation's ("e.V.", "Inc.", "Ltd."): after a word
// of four letters or more, or an acronym in capitals, with no stop inside it.
inline void drop_sentence_stop(std::string& name) {
    if (name.size() < 3 || name.back() != '.') return;
    auto const last_space = name.rfind(' ');
    auto const word = std::string_view(name).substr(last_space == std::string::npos ? 0 : last_space + 1);
    auto const letters = word.substr(0, word.size() - 1);
    if (letters.find('.') != std::string_view::npos) return;
    bool const acronym = letters.size() >= 2 && std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (acronym || (letters.size() >= 4 && utf8::is_lower_letter(utf8::decode_before(name, name.size() - 1).cp)))
        name.pop_back();
}

// `fold` is left with the fold of the name the signatory has, for weigh().
// Where the letters of degrees and honours after a person's name start ("Jane Doe AC CMG",
// "John Smith PhD", "Mary Lee OBE QC"): up to three last words of the tables' post_nominals,
// each of two capitals or more; the name's size where there are none.
inline std::size_t before_post_nominals(std::string_view name) {
    std::size_t end = name.size();
    for (int words = 0; words < 3 && end > 0; ++words) {
        auto const space = name.rfind(' ', end - 1);
        if (space == std::string_view::npos || space == 0) break;
        auto const word = name.substr(space + 1, end - space - 1);
        // Two capitals at least: "Anna Ma" ends in a surname, "Anna MA" in a degree.
        if (word.size() < 2 || word.size() > 6 || !utf8::is_upper_letter(utf8::decode(word, 0).cp) ||
            std::count_if(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) < 2 ||
            !may_open_with<&lang::language_table::post_nominals>(word) ||
            !utf8::with_fold(word, [](std::string_view folded) {
                return lang::is_phrase<&lang::language_table::post_nominals>(folded);
            }))
            break;
        end = space;
    }
    return end;
}

// "Jane Doe AC CMG", "Mary Lee OBE QC": a person's name, then their letters, which are no
// organisation's acronym.
inline bool person_with_post_nominals(std::string_view name) {
    auto const end = before_post_nominals(name);
    return end < name.size() && person_by_name_shape(name.substr(0, end));
}

// "MP", "QC", "PhD", "MdB", "MEP": a title of a person's or the letters after her name (the
// tables' person_titles and post_nominals), written alone in parentheses or after a comma
// ("Oren Vale (MP)", "Amara Okafor, KC"): the person's title, no acronym of an organisation.
inline bool is_title_after_name(std::string_view text) {
    if (text.empty() || text.size() > 16 || text.find(' ') != std::string_view::npos) return false;
    return utf8::with_fold(text, [](std::string_view folded) {
        return lang::is_phrase<&lang::language_table::post_nominals>(folded) ||
               lang::is_phrase<&lang::language_table::person_titles>(folded);
    });
}

// "Oren Vale (MP)", "Amara Okafor, KC": a name of a person's shape, then a person's title that does
// not abbreviate it ("Meadow Press (MP)" is the name's short form).
inline bool person_and_title_after(std::string_view name, std::string_view title) {
    return is_title_after_name(title) && looks_like_person_name(name) && !abbreviates(title, name);
}

// "Tamta, singer", "Laure de Villeneuve, sociologue": a name that shows no person by itself
// (one word, as an artist's; a given name no table lists before a particle), and after the
// comma a role of the tables in lower case, which no organisation's name is followed by. Not
// a name in capitals ("UNDP, observer") nor a country.
inline bool person_before_lower_role(std::string_view head, std::string_view tail) {
    if (tail.empty() || !utf8::is_lower_letter(utf8::decode(tail, 0).cp) || !opens_with_role(tail)) return false;
    if (head.find(' ') == std::string_view::npos)
        return looks_like_place(head) && !as_country(head);  // one word in title case, no role's nor organisation's
    return person_name_shape(head, false) && !has_organisation_word(head);
}

// "Pieter van der Berg, Chair, Dutch Canadian Forum", "Dafydd ap Rhys, Director, Hawliau
// Cymru": a name of a person's shape whose particles follow a given name no table lists, and
// after the comma a role of the tables, which follows a person, not an organisation ("Centre de
// la Paix, Director" keeps its organisation word).
inline bool person_with_particles_before_role(std::string_view head, std::string_view tail) {
    return opens_with_role(tail) && person_name_shape(head, false) && !has_organisation_word(head);
}

// "The Rt. Rev. Anne Whitfield", "The Most Rev. Paul Grant": a title of several words before a
// person's name, which makes the whole longer than a person's name's shape allows, and no
// organisation word.
inline bool titled_person_name(std::string_view name) {
    return looks_like_person_name(name) ||
           (starts_with_person_title(name) && text::word_count(name, 8) <= 7 && !has_organisation_word(name));
}

// "Le Président, Dr Koffi Yao Bernard", "The President, Dr John Mensah", "La Coordinatrice,
// Mme Awa Diallo": a letter signed with the office first, an article and a role of the tables,
// then the name of its holder. The office without its article, none where the entry is
// otherwise ("Anna Berg, President" names the person first).
inline std::optional<std::string_view> office_before_holder(std::string_view head, std::string_view tail) {
    auto const office = lang::past_article(head);
    if (office.size() == head.size() || text::word_count(office, 4) > 3 || !opens_with_role(office)) return std::nullopt;
    if (!starts_with_person_title(tail) && !looks_like_person_name(tail)) return std::nullopt;
    return office;
}

// "Tim McSorley, National Coordinator", "Dr Priya Raman, Executive Director": after an
// organisation's name and acronym, the person who signs for it and their post, parted by one
// comma, the post a role of the tables.
inline bool representative_and_post(std::string_view text) {
    auto const comma = find_short(text, ", ");
    if (comma == std::string_view::npos || comma == 0) return false;
    auto const person = trim(text.substr(0, comma));
    auto const post = trim(text.substr(comma + 2));
    return !post.empty() && utf8::is_upper_letter(utf8::decode(post, 0).cp) && find_short(post, ", ") == std::string_view::npos &&
           (looks_like_person_name(person) || starts_with_person_title(person)) && names_a_role(post);
}

// "International Civil Liberties Monitoring Group (ICLMG)": a name and its acronym in
// parentheses at its end, which a person's name is not written with.
inline bool ends_with_acronym(std::string_view text) {
    text = trim(text);
    auto const open = text.rfind(" (");
    if (open == std::string_view::npos || open == 0 || text.back() != ')') return false;
    return looks_like_acronym(text.substr(open + 2, text.size() - open - 3));
}

// "Hotels", "Educational Institutions", "Beverage": an item that a name's enumeration of trades
// or fields holds between its commas, a word or two with a capital, no name by itself (no
// parentheses, no number, no country), nor a person's role ("Anna Berg, Lawyer, …").
inline bool enumerated_item(std::string_view part) {
    auto const t = trim(part);
    return !t.empty() && utf8::is_upper_letter(utf8::decode(t, 0).cp) && text::word_count(t, 3) <= 2 &&
           t.find('(') == std::string_view::npos && !text::has_digit(t) && !as_country(t) && !names_a_role(t);
}

// "Hospitals and Allied Workers", "Leather and Garment Workers", "Supermarkets and Allied
// Workers' Union": the part that closes a name's enumeration, its last item (a word or two), a
// conjunction and the words the name ends with (two or more: "Greenpeace and WWF" are two
// names). The item's words and the ending, none where the part is no such close.
struct enumeration_close {
    std::size_t item_words = 0;
    std::string_view ending;
};

inline enumeration_close closing_item(std::string_view part) {
    auto const t = trim(part);
    std::size_t space = std::string_view::npos;
    for (std::size_t words = 1; words <= 2; ++words) {
        space = t.find(' ', space == std::string_view::npos ? 0 : space + 1);
        if (space == std::string_view::npos) return {};
        auto const rest = t.substr(space + 1);
        auto const m = lang::starts_with_any<&lang::language_table::conjunctions>(utf8::lower_same_length(rest.substr(0, 16)));
        if (!m || m.phrase.size() + 1 >= rest.size() || rest[m.phrase.size()] != ' ') continue;
        auto const ending = trim(rest.substr(m.phrase.size() + 1));
        if (enumerated_item(t.substr(0, space)) && text::word_count(ending, 2) >= 2 &&
            utf8::is_upper_letter(utf8::decode(ending, 0).cp))
            return {words, ending};
    }
    return {};
}

// "Kenya Union of Domestic", "Federation of Food", "Gewerkschaft Nahrung": a name's part before
// its first comma that can open an enumeration: its first item is its last word, after a
// function word ("of", "de la"), or the name opens with its kind.
inline bool opens_enumeration(std::string_view part) {
    auto const t = trim(part);
    auto const last_space = t.rfind(' ');
    if (last_space == std::string_view::npos || last_space == 0) return false;
    auto const space_before = t.rfind(' ', last_space - 1);
    auto const word_before = space_before == std::string_view::npos ? 0 : space_before + 1;
    return utf8::is_lower_letter(utf8::decode(t, word_before).cp) ||
           lang::opens_with_phrase<&lang::language_table::organisation_words>(t);
}

// "Kenya Union of Domestic, Hotels, Educational Institutions, Hospitals and Allied Workers
// (KUDHEIHA)", "Federation of Food, Beverage, Tobacco and Allied Workers' Unions", "Gewerkschaft
// Nahrung, Genuss, Gaststätten (NGG)": a union's or a federation's name enumerates the trades
// it organises apart by commas, as a line of several signers would part them. Its items are a
// word or two, no name by themselves, and the enumeration closes within the name: by a
// conjunction after its last item and the words the name ends with, or by the acronym of the
// whole name (`acronym`, or the one in parentheses after the last part), which the words after
// its last comma do not spell alone. Of `parts`, the name's parts apart by commas from
// `first` on: the one that closes the enumeration, or 0 where none does. A list of names ("PEN
// Norway, Oxfam, Greenpeace and Friends of the Earth") is not one: its first part opens no
// enumeration, and its items are names of more words.
inline std::size_t enumeration_closed_at(std::vector<std::string_view> const& parts, std::size_t first,
                                         std::string_view acronym = {}) {
    // "Anna Berg, Legal Aid, Law and Justice Centre": a person's name, shown by a given name or a
    // title, opens no enumeration; what follows it is theirs. Asked last: most lines close none.
    auto const closed_at = [&](std::size_t j) -> std::size_t {
        auto const opening = trim(parts[first]);
        return starts_with_person_title(opening) || person_by_name_shape(opening) ? 0 : j;
    };
    bool one_word = false;  // most enumerated items are one word, names of people two
    for (std::size_t j = first + 1; j < parts.size(); ++j) {
        auto const part = trim(parts[j]);
        if (auto const close = closing_item(part); close.item_words != 0) {
            bool const closed = (one_word || close.item_words == 1) &&
                                (opens_enumeration(parts[first]) || has_organisation_word(close.ending));
            return closed ? closed_at(j) : 0;
        }
        // The acronym in parentheses after the last part's item, or given.
        auto item = part;
        auto code = acronym;
        if (j + 1 == parts.size() && code.empty() && ends_with_acronym(part)) {
            auto const open = part.rfind(" (");
            item = part.substr(0, open);
            code = part.substr(open + 2, part.size() - open - 3);
        }
        if (!enumerated_item(item)) return 0;
        one_word = one_word || item.find(' ') == std::string_view::npos;
        if (j + 1 == parts.size() && !code.empty() && one_word) {
            auto const whole = std::string_view(parts[first].data(), static_cast<std::size_t>(item.data() + item.size() - parts[first].data()));
            if (abbreviates(code, whole) && !abbreviates(code, item)) return closed_at(j);
        }
    }
    return 0;
}

// The parts of a name apart by commas ("Union of Bakers, Cooks and Waiters": two).
inline std::vector<std::string_view> comma_parts(std::string_view name) {
    std::vector<std::string_view> parts;
    for (std::size_t from = 0;;) {
        auto const at = name.find(", ", from);
        parts.push_back(name.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos) return parts;
        from = at + 2;
    }
}

// Whether a name's commas all stand in an enumeration it holds, closed at its end ("Uganda Hotels,
// Food, Tourism, Supermarkets and Allied Workers' Union"): none parts a role or a place from it.
inline bool one_name_with_enumeration(std::string_view name, std::string_view acronym = {}) {
    if (name.find(", ") == std::string_view::npos) return false;
    auto const parts = comma_parts(name);
    return enumeration_closed_at(parts, 0, acronym) + 1 == parts.size();
}

inline signatory interpret(entry_text const& entry, name_fold& fold) {
    signatory s;
    std::string name;

    // "1.<tab>Amber Lantern Association<tab>Armenia": the country in a column of its own, after
    // a tab or a gap of spaces (a table pasted without its header row, a PDF's columns). Only a
    // name that collapsing shortens, or with a tab, has a gap: most are not searched for one.
    auto written = trim_list_punctuation(entry.name);
    // Only a name with a dash and a digit may end in a time ago, or in an amount.
    if (!written.empty() &&
        (std::memchr(written.data(), '\xE2', written.size()) || std::memchr(written.data(), '-', written.size())) &&
        text::has_digit(written)) {
        written = trim(written.substr(0, before_time_ago(written)));
        written = trim(written.substr(0, before_amount_after_dash(written)));
    }
    if (!written.empty() && written.back() == ':')
        if (auto const members = name_before_members(written)) written = trim_list_punctuation(written.substr(0, *members));
    name = layout::collapse_spaces(written);
    bool const may_have_gap = name.size() != written.size() || written.find('\t') != std::string_view::npos;
    if (auto const gap = may_have_gap ? last_column_gap(entry.name) : column_gap{}; gap.begin > 0 && gap.end < entry.name.size())
        if (auto const c = as_country(trim(entry.name.substr(gap.end)))) {
            c->give_to(s);
            auto head = entry.name.substr(0, gap.begin);
            // "…<tab>Yerevan<tab>Armenia": a town's column before it.
            if (auto const town_gap = last_column_gap(head); town_gap.begin > 0 && town_gap.end < head.size())
                if (auto const town = trim(head.substr(town_gap.end)); looks_like_place(town)) {
                    s.place = std::string(town);
                    head = head.substr(0, town_gap.begin);
                }
            name = layout::collapse_spaces(trim_list_punctuation(head));
        }
    // Most names hold no comma, found at one search of a byte.
    if (std::memchr(name.data(), ',', name.size())) erase_marks_before_commas(name);
    // Whether the name before the parentheses is a person's ("Oren Vale", "Prof. Oren Vale"):
    // a part in parentheses is then their role or affiliation. Asked once, and only of an
    // entry whose parentheses hold more than a country. A name after its country is no person's
    // ("Sahabat Alam Malaysia (Friends of the Earth Malaysia)": its name in another language).
    std::optional<bool> person_named;
    auto const names_person = [&] {
        if (!person_named)
            person_named = (looks_like_person_name(name) && !named_after_country(name)) || starts_with_person_title(name) ||
                           inverted_person_name(name, false);
        return *person_named;
    };
    // "Signed by Amber Lantern Association," / … / "and Zero Tolerance Network.": a sentence of
    // names over lines, one a line; its cue and its conjunction are none of the names. Only a
    // name that opens in lower case, or with a cue of two words or more, is looked at.
    if (!name.empty() && (utf8::is_lower_letter(utf8::decode(name, 0).cp) || may_open_with<&lang::language_table::signing_cues>(name))) {
        auto const lowered = utf8::lower_same_length(std::string_view(name).substr(0, 40));
        auto lead = lang::starts_with_any<&lang::language_table::conjunctions>(lowered);
        if (!lead) {
            lead = lang::starts_with_any<&lang::language_table::signing_cues>(lowered);
            if (lead && lead.phrase.find(' ') == std::string_view::npos) lead = {};
        }
        auto const after = lead ? lead.phrase.size() + 1 : 0;
        if (lead && after < name.size() && name[after - 1] == ' ' && utf8::is_upper_letter(utf8::decode(name, after).cp)) {
            name.erase(0, after);
            drop_sentence_stop(name);
        }
    }
    s.link = take_trailing_address(name);
    bool role_in_parentheses = false;  // the person's role is what the parentheses after the name say
    for (auto const& group : entry.groups) {
        std::string text = layout::collapse_spaces(group);
        // "Alex Kim (they/them)", "Li Wei (李伟)": the person's pronouns or their name in another
        // script, kept in the entry's text and none of its fields.
        if (is_aside_to_name(text, name) && names_person()) continue;
        // "(Chile)": a country's name, asked first (a text of its shape is none of what the
        // questions below look for).
        if (!s.country)
            if (auto const c = country_named_alone(text)) {
                c->give_to(s);
                continue;
            }
        // "John Doe, Kenya (in a personal capacity)", "Jean Dupont, France (à titre personnel)":
        // the remark after a country is none of the fields, and the country stays the signer's
        // (after an affiliation, "Prof. Oren Vale, University of Lakeshore (in personal
        // capacity)", it stays with the role).
        if (is_capacity_remark(text) && country_tail(name)) continue;
        // "Belarusian Association of Journalists (in exile)", "Правозащитный центр «Весна» (в
        // изгнании, Литва)": a remark on where the organisation works from, none of its name,
        // nor a person's role; the country after it, where written, the signer's.
        if (auto const rest = after_exile_remark(text)) {
            if (auto const c = as_country(*rest); c && !s.country) c->give_to(s);
            continue;
        }
        // "Ocean Guardians Network (based in London)", "Observatoire des libertés (basée à Tunis)",
        // "Cairo Rights Watch (London-based)": where the organisation is based, its place, or its
        // country where the place is one ("(based in Niger)"); none of its name ("(based in exile
        // in Austria)" is read below, as a phrase that ends in a country).
        auto base = after_base_phrase(text);
        if (!base && text.find(' ') == std::string::npos) base = place_of_based_word(text);
        if (base) {
            if (auto const c = as_country(*base)) {
                if (!s.country) {
                    c->give_to(s);
                    continue;
                }
            } else if (!s.place && (looks_like_place(*base) || looks_like_place_of_words(*base))) {
                s.place = std::string(*base);
                continue;
            }
        }
        // "(observer)", "(member of the EaP CSF network)", "(наблюдатель)": a remark in lower case
        // that opens with the part an organisation plays, its role, not an acronym nor a part of
        // its name (a person's role is read below).
        if (!s.role && !text.empty() && utf8::is_lower_letter(utf8::decode(text, 0).cp) && opens_with_role(text) &&
            !names_person()) {
            s.role = text;
            continue;
        }
        // "Amber Forum (supporter)", "Pro Asyl Sachsen (Unterstützer)", "Collectif Ambre
        // (signataire)": the part the signer takes in the signing, its role, in lower case or
        // capitalised as German writes nouns; no acronym, nor a town.
        if (!s.role && is_signing_status(text)) {
            s.role = text;
            continue;
        }
        // "Amberline Press Foundation (IFEX member)", "Centre for Media Freedom (Observer Status
        // 377)", "Lantern Civic Institute (in formation)": the organisation's standing, its role
        // as its part in the signing is ("(member of the EaP CSF network)" is read above). Not
        // a part with a comma, which may end in the signer's country ("(member of the Platform,
        // Armenia)", read below). After a person's name, shown by a title or a given name ("Dr.
        // Mira Tallow (IFEX member)", "Anna Berg (Mitglied des Netzwerks)"), the standing is
        // hers, and her role; after a name that only has a person's shape ("Korallen Medienhaus
        // (IFEX-Mitglied)", "Access Now (IFEX member)"), an organisation's, as most standings are.
        if (text.find(',') == std::string::npos && is_standing_remark(text)) {
            if (names_person() && (starts_with_person_title(name) || person_by_name_shape(name))) {
                if (s.role) continue;
                s.role = std::move(text);
                s.type = signatory_type::person;
                role_in_parentheses = true;
                continue;
            }
            if (!s.role) s.role = std::move(text);
            continue;
        }
        // "Balkan Civic Coalition (regional coalition)", "Open Society Forum (network)": what kind
        // of organisation the signer is, a remark on it as its standing is, its role (a second
        // such remark stays in its name). No word of the input is left out of every field:
        // "(international)", which a network's name also holds, names where it works, its
        // country as "(global)" and "(regional)" do.
        if (describes_organisation(text) && !names_person()) {
            if (!s.country && geo::is_pseudo_country(text)) {
                s.country = std::move(text);
                continue;
            }
            if (!s.role) {
                s.role = std::move(text);
                continue;
            }
            name += name.empty() ? "(" : " (";
            name += text;
            name += ')';
            continue;
        }
        // "Justice Thomas Masuku (Rtd)": the mark of a person's retirement after their name is
        // a part of it, neither an acronym nor a place (after a role, "Oren Vale, Judge
        // (retired)", the role's).
        if (!name.empty() && is_retirement_mark(text) && name.find(',') == std::string::npos && names_person()) {
            name += " (" + text + ')';
            s.type = signatory_type::person;
            continue;
        }
        // "(https://amber.example.org)", "(amber.example.org)", "(@AmberCentre)": the entry's
        // address, its link, not its name.
        if (is_address(text) || is_handle_or_domain(text)) {
            if (!s.link) s.link = std::string(trim(text));
            continue;
        }
        // "(ICLMG), Tim McSorley, National Coordinator": the person who signs for the
        // organisation and their post, its role (parse_entries keeps them with its entry).
        if (!s.role && s.acronym && representative_and_post(text) && !names_person()) {
            s.role = std::move(text);
            continue;
        }
        // "(45 member organisations)", "(120 groups)", "(a coalition of 63 organisations)": a
        // count of the members the signer speaks for, none of its name; nor are the assets an
        // investor manages ("(USD 12bn AUM)"), whose currency is no acronym.
        if (is_amount(text)) continue;
        // "Lumen Asset Management (Switzerland, EUR 220 bn)": the investor's country, and the
        // assets it manages.
        if (auto const comma = rfind_short(text, ", ");
            comma != std::string::npos && is_amount(std::string_view(text).substr(comma + 2)))
            if (auto const c = as_country(std::string_view(text).substr(0, comma))) {
                if (!s.country) c->give_to(s);
                continue;
            }
        // "(45 member organisations)", "(coalition of 40 organisations)", "(since 2019)": a count
        // or a date in words in lower case, a remark on the signer, its role as a standing is
        // (none of its name, nor an acronym); a second such remark is left to the entry's text.
        if (!text.empty() && text[0] >= '0' && text[0] <= '9')
            if (auto const space = text.find(' '); space != std::string::npos && space + 1 < text.size() &&
                                                   utf8::is_lower_letter(utf8::decode(text, space + 1).cp) &&
                                                   std::all_of(text.begin(), text.begin() + space, [](char c) { return c >= '0' && c <= '9'; })) {
                if (!s.role) s.role = std::move(text);
                continue;
            }
        if (!text.empty() && utf8::is_lower_letter(utf8::decode(text, 0).cp) && text::has_digit(text) &&
            text::word_count(text, 8) <= 7 && !phrase_ending_in_country(text)) {
            if (!s.role) s.role = std::move(text);
            continue;
        }
        // "Digital Rights Collective (DRC), Kenya": an acronym read off the name's words is the
        // name's, though it may also name a country ("DRC").
        if (!s.acronym && looks_like_acronym(text) && abbreviates(text, name)) {
            s.acronym = text;
            continue;
        }
        // "ГО «Донбас СОС» (м. Краматорськ)", "ОО «Центр медиаинициатив» (г. Ереван)": a town
        // named by its marker, the signer's place (as after a comma), none of its name.
        if (!s.place && opens_with_town_marker(text)) {
            s.place = std::move(text);
            continue;
        }
        // "Centro Legal de la Raza (Oakland, CA)", "… (SFVS), Goma, Nord-Kivu": a town and its US
        // state or its region, the signer's place.
        if (!s.country && !s.place && (is_us_style_town_and_state(text) || town_and_region(text))) {
            s.place = std::move(text);
            continue;
        }
        if (!s.country) {
            auto c = as_country(text);
            // "Li Wei (李伟), journalist, China": after a person, a role and a country parted by a
            // comma are read apart below, not as one phrase that ends in the country.
            if (!c && !(text.find(", ") != std::string::npos && names_person())) c = phrase_ending_in_country(text);
            if (!c && s.acronym) c = as_country_code(text);
            if (c) {
                c->give_to(s);
                continue;
            }
            // "(Belarus, Lithuania)": a signer of two countries, written as it is, with no one code
            // (as_country reads "(Germany/Switzerland)" so).
            if (auto const at = text.find(", "); at != std::string::npos && at > 0 &&
                                                 as_country(std::string_view(text).substr(0, at)) &&
                                                 as_country(std::string_view(text).substr(at + 2))) {
                s.country = trim(text);
                continue;
            }
            // "(ACR, Country)", "(ACR, based in exile in Country)"
            auto comma = rfind_short(text, ", ");
            // "(Belarus, in exile)", "(Беларусь, в эмиграции)": the country, and a remark in lower case.
            if (comma != std::string::npos && comma + 2 < text.size() &&
                utf8::is_lower_letter(utf8::decode(text, comma + 2).cp) && text::word_count(std::string_view(text).substr(comma + 2), 5) <= 4)
                if (auto const c = as_country(std::string_view(text).substr(0, comma))) {
                    c->give_to(s);
                    continue;
                }
            if (comma != std::string::npos) {
                auto const tail = std::string_view(text).substr(comma + 2);
                auto c = as_country(tail);
                if (!c) c = phrase_ending_in_country(tail);
                if (!c) c = as_country_code(tail);
                auto head = std::string_view(text).substr(0, comma);
                // "(Tbilisi, Georgia)", "Name (ACR), Tbilisi, Georgia": a town before the country;
                // of several words ("(Nizhny Novgorod, Russia)") only after an organisation's name,
                // for after a person's they may be their group ("(Renew Europe, Poland)").
                bool const town = looks_like_place(head) || (looks_like_town(head) && !names_person());
                if (c && !s.place && town && !looks_like_acronym(head)) {
                    s.place = std::string(head);
                    c->give_to(s);
                    continue;
                }
                // "(ATU, TX)": an acronym and a US state's code that no country has, the state the
                // signer's place (a list's "(ATU, CA)" is read by read_places_after_names).
                if (!c && !s.place && !s.acronym && looks_like_acronym(head) && geo::is_us_state(tail)) {
                    s.place = tail;
                    s.acronym = std::string(head);
                    continue;
                }
                // "Oren Vale (Birchwood Institute for Civic Rights, Poland)", "Mira Tallow (S&D,
                // Poland)": a person's affiliation and country; an acronym there is the
                // affiliation's unless it is the short form of the name. What the
                // parentheses say joins a role after the name ("Oren Vale, MEP (ALDE, Lithuania)").
                if (c && !s.role && !s.acronym && !name.empty() && !abbreviates(head, name) && names_person()) {
                    c->give_to(s);
                    s.role = std::string(head);
                    s.type = signatory_type::person;
                    role_in_parentheses = true;
                    continue;
                }
                if (c && (looks_like_acronym(head) || s.acronym)) {
                    if (!s.acronym) s.acronym = std::string(head);
                    // "Name (DPLF), Washington D.C., Estados Unidos": after the acronym, a town of
                    // more words than looks_like_place takes.
                    else if (!s.place && !looks_like_acronym(head) && utf8::is_upper_letter(utf8::decode(head, 0).cp) &&
                             text::word_count(head, 5) <= 4)
                        s.place = std::string(head);
                    c->give_to(s);
                    continue;
                }
                // "Amber Lantern Association (member of the Platform, Armenia)": the country, and
                // what stands before it kept with the name; the organisation's standing ("(IFEX
                // member, Kenya)") its role, as without the country.
                if (c) {
                    c->give_to(s);
                    if (!s.role && is_standing_remark(head)) {
                        s.role = std::string(head);
                        continue;
                    }
                    name += name.empty() ? "(" : " (";
                    name += head;
                    name += ')';
                    continue;
                }
            }
        }
        // "Lantern Rights (Lantern) – Armenia", "Front Line Defenders (Front Line) (Ireland)": the
        // name's first words alone, beside the signer's country, are its short form, its acronym,
        // not a town. Where they stand in the country's place ("Veloria Lawyers Network
        // (Veloria)"), they are the place the name opens with.
        auto const country_beside = [&] {
            return s.country || std::any_of(entry.groups.begin(), entry.groups.end(), [&](std::string_view g) {
                       return g.data() != group.data() && as_country(trim(g));
                   });
        };
        if (!s.acronym && text.size() < name.size() && name[text.size()] == ' ' && name.compare(0, text.size(), text) == 0 &&
            utf8::is_upper_letter(utf8::decode(text, 0).cp) && text::word_count(text, 3) <= 2 && country_beside()) {
            s.acronym = std::move(text);
            continue;
        }
        // "(Kyiv)", "(Tbilisi)": a town or a region in the country's place, or after it ("Name
        // (Spain) / Madrid"; not the country again), its place rather than an acronym; "(Idec)"
        // abbreviates its name and stays one.
        if (!s.place && !name.empty() &&
            ((looks_like_place(text) && !abbreviates(text, name) && (!s.country || !as_country(text))) ||
             (!s.country && s.acronym && looks_like_place_of_words(text)))) {
            s.place = text;
            continue;
        }
        // "Mira Tallow (journalist)", "Oren Vale (Birchwood Institute for Civic Rights)": a
        // person's role or affiliation, not an acronym (nor one that opens an explanation). A
        // person a title or a given name shows has no acronym of their own: "Dr Oren Vale
        // (BIRC)", "Dr Oren Vale (SOAS University of London)" name where they work.
        // "Oren Vale (MP)", "Sipho Dlamini (QC)": a person's title, or the letters after her name,
        // are her role too.
        auto const first_word = std::string_view(text).substr(0, text.find(' '));
        if (!s.role && !name.empty() && names_person() &&
            (!looks_like_acronym(first_word) ||
             ((starts_with_person_title(name) || person_by_name_shape(name)) && !abbreviates(first_word, name)) ||
             person_and_title_after(name, text))) {
            s.role = text;
            s.type = signatory_type::person;
            role_in_parentheses = true;
            continue;
        }
        // "FOL (Frente de Organizaciones en Lucha)", "CPR (Committee to Protect Reporters)": the
        // acronym first, and the name it abbreviates in the parentheses.
        if (!s.acronym && looks_like_acronym(name) && text::word_count(text, 3) >= 2 && abbreviates(name, text)) {
            s.acronym = std::move(name);
            name = std::move(text);
            continue;
        }
        if (!s.acronym && !name.empty()) {
            // "(HRC)", "(foopgp)", "(eXO.cat)": one short token is the name's acronym;
            // "(RGS is a coalition of …)": so is an acronym that opens an explanation.
            auto space = text.find(' ');
            bool single = space == std::string::npos && text.size() <= 12 && !utf8::is_digit(utf8::decode(text, 0).cp);
            // "(EaP CSF)": two words, each an acronym, are one.
            bool const pair = space != std::string::npos && text.size() <= 16 && text.find(' ', space + 1) == std::string::npos &&
                              looks_like_acronym(first_word) && looks_like_acronym(std::string_view(text).substr(space + 1));
            // "(JRS Europe)", "(ADC Memorial)", "(Red TDT)": an acronym and a capitalised word,
            // after an organisation's name of three words or more (not a person's affiliation,
            // "Mira Tallow (PEN Berlin)"), are its short form.
            // Not a place's abbreviation ("Washington D.C.").
            auto const capitalised = [](std::string_view w) { return !w.empty() && utf8::is_upper_letter(utf8::decode(w, 0).cp); };
            auto const short_form = [](std::string_view w) { return w.find('.') == std::string_view::npos && looks_like_acronym(w); };
            auto const second = space == std::string::npos ? std::string_view{} : std::string_view(text).substr(space + 1);
            bool const with_word = !pair && space != std::string::npos && text.size() <= 22 &&
                                   second.find(' ') == std::string_view::npos && text::word_count(name, 3) >= 3 &&
                                   ((short_form(first_word) && capitalised(second)) || (short_form(second) && capitalised(first_word)));
            if (pair || with_word || acronyms_by_slash(text)) {
                s.acronym = text;
                continue;
            }
            // "(DRA e.V.)", "(IPPNW e.V.)": an acronym and the name's legal form, the acronym its
            // short form.
            if (space != std::string::npos && second.find(' ') == std::string_view::npos && short_form(first_word) &&
                is_legal_form(second)) {
                s.acronym = std::string(first_word);
                continue;
            }
            if (single || looks_like_acronym(text) ||
                (looks_like_acronym(first_word) && std::count(text.begin(), text.end(), ' ') >= 2)) {
                s.acronym = std::string(single ? std::string_view(text) : first_word);
                continue;
            }
        }
        name += name.empty() ? "(" : " (";
        name += text;
        name += ')';
    }
    // "London-based Marine Defenders Collective": the place before the name is the signer's (its
    // country where it is one), the name what follows it.
    if (auto const base = name.find('-') == std::string::npos ? std::nullopt : place_based_before_name(name)) {
        auto const c = as_country(*base);
        if ((c && !s.country) || (!c && !s.place && looks_like_place(*base))) {
            if (c) c->give_to(s);
            else s.place = std::string(*base);
            name.erase(0, name.find(' ') + 1);
        }
    }
    // "Coastal Rights Trust, based in London", "Observatoire des libertés, basé à Tunis": where
    // the organisation is based, after its name's last comma, as in parentheses: its country
    // where the place is one, its place where it looks like a town (no country made of it);
    // none of its name.
    if (name.find(',') != std::string::npos)
        if (auto const comma = rfind_short(name, ", "); comma != std::string::npos && comma > 0)
            if (auto const base = after_base_phrase(std::string_view(name).substr(comma + 2))) {
                if (auto const c = as_country(*base)) {
                    if (!s.country) {
                        c->give_to(s);
                        name.erase(comma);
                    }
                } else if (!s.place && (looks_like_place(*base) || looks_like_place_of_words(*base))) {
                    s.place = std::string(*base);
                    name.erase(comma);
                }
            }
    // "Immigrant Legal Resource Center, San Francisco, CA", "Faith in Action – Houston, TX": the
    // town and US state after the name are its place (not a second signer, nor an acronym).
    if (!s.country && !s.place)
        if (auto const separator = us_style_town_and_state_after_name(name)) {
            s.place = name.substr(separator->at + separator->length);
            name.erase(separator->at);
        }
    if (!s.country) {
        if (auto cut = country_tail(name)) {
            as_country(std::string_view(name).substr(*cut + separator_length(name, *cut)))->give_to(s);
            name = std::string(trim_list_punctuation(std::string_view(name).substr(0, *cut)));
            // "Amber Lantern Association, Yerevan, Armenia", "… – Yerevan, Armenia": a town between
            // the name and its country, after a comma or a dash.
            std::size_t cut_at = std::string::npos, town_at = 0;
            for (std::string_view separator : {", ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
                if (auto const at = rfind_short(name, separator);
                    at != std::string::npos && at > 0 && (cut_at == std::string::npos || at > cut_at))
                    cut_at = at, town_at = at + separator.size();
            if (!s.place && cut_at != std::string::npos) {
                auto const town = trim(std::string_view(name).substr(town_at));
                if (looks_like_place(town) && !is_legal_form(town) && !one_name_with_enumeration(name, s.acronym ? *s.acronym : "")) {
                    s.place = std::string(town);
                    name.erase(cut_at);
                    // "Crude Justice, Alexandria, Virginia, USA": a town before its region.
                    if (auto const comma = rfind_short(name, ", "); comma != std::string::npos && comma > 0)
                        if (auto const before = trim(std::string_view(name).substr(comma + 2));
                            looks_like_place(before) && !is_legal_form(before)) {
                            s.place = std::string(before) + ", " + *s.place;
                            name.erase(comma);
                        }
                }
            }
        }
    }
    // "Amber Water Watch, Kenya, Nairobi", "Coral Forum, Perú, Lima": the country, then the town
    // in it, after the name, as a form's fields are written in that order (the town after the
    // country made it a signer of its own, and the country a third).
    if (!s.country && !s.place && std::memchr(name.data(), ',', name.size()))
        if (auto const town_at = country_then_town(name)) {
            as_country(std::string_view(name).substr(town_at->country, town_at->town - 2 - town_at->country))->give_to(s);
            s.place = trim_list_punctuation(std::string_view(name).substr(town_at->town));
            name.erase(town_at->country - 2);
        }
    // "Héritiers de la Justice, Bukavu, Sud-Kivu", "Centro Paso del Norte, Ciudad Juárez,
    // Chihuahua": a town and its region after an organisation's name of a few words, with no
    // country, the signer's place (a town alone stays in the name, "Dune Press Centre, Tbilisi";
    // after a person, "Dr. Mira Tallow, Sozialexpertin, Armutsforum", the words are a role).
    if (!s.country && !s.place)
        if (auto const region = rfind_short(name, ", "); region != std::string::npos && region > 0)
            if (auto const town = rfind_short(std::string_view(name).substr(0, region), ", ");
                town != std::string::npos && town > 0 && text::word_count(std::string_view(name).substr(0, town), 3) >= 2 &&
                town_and_region(std::string_view(name).substr(town + 2)) && !starts_with_person_title(name) &&
                !looks_like_person_name(std::string_view(name).substr(0, town)) &&
                !one_name_with_enumeration(name, s.acronym ? *s.acronym : "")) {
                s.place = name.substr(town + 2);
                name.erase(town);
            }
    // "Центр громадянських свобод, м. Київ", "Мемориал, г. Москва": a town after the word that
    // says it is one, whatever follows the name.
    if (!s.place)
        if (auto const at = town_after_name(name)) {
            s.place = std::string(trim_list_punctuation(std::string_view(name).substr(*at)));
            name = std::string(trim_list_punctuation(std::string_view(name).substr(0, *at)));
        }
    // The steps below look for ", " or a dash (" - ", " – ", " — ") and keep a part of the name
    // at most: a name without ',' or without a dash's bytes (most) has none now or after, and
    // is not searched for them.
    bool const may_have_comma = name.find(',') != std::string::npos;
    bool const may_have_dash = name.find('-') != std::string::npos || name.find('\xE2') != std::string::npos;
    // "Australia – Uyghur Association of Australia": the country first, then a dash and the
    // name (which no country is: "Georgia – Armenia" stays as written).
    if (may_have_dash && !s.country)
        for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
            auto const pos = find_short(name, dash);
            if (pos == std::string::npos || pos == 0 || pos > 40) continue;
            auto const tail = trim(std::string_view(name).substr(pos + dash.size()));
            auto const c = as_country(std::string_view(name).substr(0, pos));
            bool const named = !tail.empty() && (utf8::is_upper_letter(utf8::decode(tail, 0).cp) || utf8::is_quote(utf8::decode(tail, 0).cp));
            if (c && c->code && named && !as_country(tail)) {
                c->give_to(s);
                name = std::string(tail);
            }
            break;
        }
    // "Reporters Without Borders, RSF": an acronym after a comma.
    if (!s.acronym && !s.country && may_have_comma) {
        auto comma = rfind_short(name, ", ");
        if (comma != std::string::npos) {
            auto tail = trim(std::string_view(name).substr(comma + 2));
            bool capitals = std::none_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            auto const head = std::string_view(name).substr(0, comma);
            // "Anna Berg, CNRS", "Dr. Mira Tallow, EPFL": a person, shown by a given name or a title,
            // and the organisation they work for.
            bool const person_and_group =
                ((person_by_name_shape(head) || starts_with_person_title(head)) && !abbreviates(tail, head)) ||
                person_and_title_after(head, tail);
            if (tail.size() <= 10 && looks_like_acronym(tail) && (capitals || abbreviates(tail, head)) && !person_and_group &&
                !is_legal_form(tail)) {
                s.acronym = std::string(tail);
                name = std::string(trim(std::string_view(name).substr(0, comma)));
            }
        }
    }
    // "InfoGnuEureka - IGE", "Idec - Instituto Brasileiro de Defesa do Consumidor": one side of
    // a dash is a single word that abbreviates the other, or a short word in capitals after it.
    if (!s.acronym && may_have_dash) {
        for (std::string_view dash : {" - ", " \xE2\x80\x93 "}) {
            auto pos = find_short(name, dash);
            if (pos == std::string::npos || find_short(name, dash, pos + 1) != std::string::npos) continue;
            auto head = trim(std::string_view(name).substr(0, pos));
            auto tail = trim(std::string_view(name).substr(pos + dash.size()));
            auto single = [](std::string_view w) { return !w.empty() && w.find(' ') == std::string_view::npos; };
            // "The Freedom Initiative – USA", "Media Defence Network – UK": a country in capitals
            // is the signer's country, as "– Germany" is, not its acronym.
            bool capitals_after = single(tail) && tail.size() <= 8 && looks_like_acronym(tail) &&
                                  std::none_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                                  !as_country(tail);
            if (capitals_after || (single(tail) && abbreviates(tail, head))) {
                s.acronym = std::string(tail);
                name = std::string(head);
            } else if (single(head) && (abbreviates(head, tail) || opens_abbreviated_organisation(head, tail))) {
                s.acronym = std::string(head);
                name = std::string(tail);
            }
            break;
        }
    }
    // "Eliso Chapidze – Journalist", "Jane Wanjiru – Haki Network": a person with a role or an
    // affiliation. What follows the dash must name a role or an organisation, or "Helsinki
    // Circle – Lviv" would be a person in Lviv.
    if (may_have_dash) {
        for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
            auto pos = find_short(name, dash);
            if (pos == std::string::npos) continue;
            auto head = std::string_view(name).substr(0, pos);
            auto tail = std::string_view(name).substr(pos + dash.size());
            // A role in lower case names no place ("Svetlana Alexievich – writer"); the country
            // may follow it after a dash of its own ("… – writer – Germany"). Its words are few,
            // counted up to a comma before a capital where the affiliation follows it ("— кандидат
            // исторических наук, Европейский университет в Санкт-Петербурге").
            auto const lower_role = [](std::string_view t) {
                t = trim(t);
                if (t.empty() || !utf8::is_lower_letter(utf8::decode(t, 0).cp)) return false;
                auto const comma = t.find(", ");
                if (comma != std::string_view::npos && comma + 2 < t.size() && utf8::is_upper_letter(utf8::decode(t, comma + 2).cp))
                    t = t.substr(0, comma);
                return text::word_count(t, 7) <= 6;
            };
            // An organisation after the dash makes a person only of a name that opens with a
            // given name or a title ("CEJIL Mesoamérica – Centro por la Justicia …" is one name).
            bool const titled_or_given = starts_with_person_title(head) || is_given_name(head.substr(0, head.find(' ')));
            // "Правительство России — освободить задержанных": an organ of a state and what it is
            // asked, no person and role.
            if ((looks_like_person_name(head) || starts_with_person_title(head)) &&
                !lang::opens_with_phrase<&lang::language_table::state_words>(head) &&
                (names_a_role(tail) || lower_role(tail) ||
                 (titled_or_given && has_organisation_word(tail) && text::word_count(tail, 2) >= 2 && !as_country(tail)))) {
                auto role = trim(tail);
                if (auto const d = last_spaced_dash(role))
                    if (auto const c = as_country(role.substr(d->at + d->length))) {
                        c->give_to(s);
                        role = trim(role.substr(0, d->at));
                    }
                s.role = std::string(role);
                name = std::string(head);
                s.type = signatory_type::person;
            }
            break;
        }
    }
    // "Michael Buraimoh Director, Action for Southern Africa": a name, then a role word.
    if (s.type != signatory_type::person) {
        if (auto cut = role_after_name(name)) {
            s.role = std::string(trim(std::string_view(name).substr(*cut)));
            name = std::string(trim(std::string_view(name).substr(0, *cut)));
            s.type = signatory_type::person;
        }
    }
    // "Alessandro Acquisti, Carnegie Mellon University", "BEAUFILS Bruno, enseignant, Université":
    // a person and what they are; before what the parentheses said of them ("Prof. John Smith,
    // University of Amberland (in personal capacity)").
    if ((s.type != signatory_type::person || role_in_parentheses) && may_have_comma) {
        auto comma = find_short(name, ", ");
        if (comma != std::string::npos) {
            auto head = std::string_view(name).substr(0, comma);
            auto tail = std::string_view(name).substr(comma + 2);
            bool const titled = starts_with_person_title(head);
            // "Access Now, Brussels": a name of a person's shape and one word of a place after
            // it is an organisation, the place kept in its name as after any organisation's
            // ("Dune Press Centre, Tbilisi"), unless a title or a given name shows the person
            // ("Anna Berg, Memorial").
            auto const organisation_and_place = [&] {
                return !titled && looks_like_place(trim(tail)) && !person_by_name_shape(head);
            };
            // "Reporters Without Borders, RSF": an acronym after a name that neither a title nor a
            // given name shows to be a person's is the name's ("Anna Berg, MP" keeps her title).
            // A legal form after the comma ("Causa Común, A.C.", "CIRÉ, ASBL") stays the name's.
            if (auto const office = office_before_holder(head, trim(tail))) {
                s.role = std::string(*office);
                name = std::string(trim(tail));
                s.type = signatory_type::person;
            } else if (!titled && !s.acronym && looks_like_acronym(trim(tail)) && !is_given_name(head.substr(0, head.find(' '))) &&
                !names_a_role(trim(tail)) && !is_legal_form(trim(tail)) && !person_and_title_after(head, trim(tail))) {
                s.acronym = std::string(trim(tail));
                name = std::string(head);
            } else if ((titled || looks_like_person_name(head) || person_before_lower_role(head, tail) ||
                        person_with_particles_before_role(head, tail)) &&
                       !is_legal_form(tail) && !organisation_and_place() &&
                       // "Uganda Hotels, Food, Tourism, Supermarkets and Allied Workers' Union": a
                       // name's own enumeration after its first words, no person and a role.
                       !one_name_with_enumeration(name, s.acronym ? *s.acronym : "")) {
                auto role = std::string(trim(std::string_view(name).substr(comma + 2)));
                if (role_in_parentheses && s.role) role += " (" + *s.role + ")";
                s.role = std::move(role);
                name = std::string(head);
                s.type = signatory_type::person;
            }
        }
    }
    // "Союз журналистов Велории и др.", "Birchwood Circle and others", "PEN America and 30
    // other organisations": the closer of the list after its last name is none of it (one of
    // its last four words opens it). A closer ends in a full stop or a word in lower case;
    // most names end otherwise, and are not read.
    if (auto const last_space = name.rfind(' ');
        last_space != std::string::npos && last_space > 0 && last_space + 1 < name.size() &&
        (name.back() == '.' || utf8::is_lower_letter(utf8::decode(name, last_space + 1).cp))) {
        std::size_t space = last_space;
        // A count in the closer ("and 30 other …") makes a start's fold too short to tell: a
        // name with a digit has its tails folded whole.
        bool const counted = std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
        for (int words = 0; words < (counted ? 4 : 3) && space != std::string::npos && space > 0; ++words) {
            auto const tail = std::string_view(name).substr(space + 1);
            auto const rest = counted ? counted_closer_rest(utf8::fold(tail))
                                      : lang::with_fold_start<&lang::language_table::list_closers>(
                                            tail, [](std::string_view folded) -> std::optional<std::size_t> {
                                                auto const m = lang::starts_with_any<&lang::language_table::list_closers>(folded);
                                                if (!m) return std::nullopt;
                                                return folded.size() - m.phrase.size();
                                            });
            if (rest && *rest <= 1) {
                name = std::string(trim_list_punctuation(std::string_view(name).substr(0, space)));
                break;
            }
            space = name.rfind(' ', space - 1);
        }
    }
    // "MOVIMIENTO DE LOS PUEBLOS MOVIMIENTO DE LOS PUEBLOS": a scraped page writes a name twice
    // (a logo's text and its link's); once is the name.
    if (auto const half = name.size() / 2; name.size() >= 9 && name.size() % 2 == 1 && name[half] == ' ' &&
                                           name.compare(0, half, name, half + 1, half) == 0 &&
                                           name.find(' ') < half)
        name.erase(half);
    // "Голова правління ГО «Центр прав людини» Іван Петренко", "Director of the Amber Centre
    // Anna Berg": a role, then the person's name, its last two or three words (with a
    // patronymic), when the words before open with a role of the tables and the name with a
    // given name ("Coordinadora Nacional de Derechos Humanos" names no one), or follow the
    // quotation mark that closes the organisation's name ("Голова ГО «Центр свобод» Олександра
    // Матвійчук"). Three words are tried before two: a person of two given names ("Diputada
    // María Fernanda López") is all three.
    if (s.type != signatory_type::person && !s.role && opens_with_role(name)) {
        std::size_t starts[2] = {std::string::npos, std::string::npos};  // where the last three words, the last two start
        if (auto const last = name.rfind(' '); last != std::string::npos && last > 0)
            if ((starts[1] = name.rfind(' ', last - 1)) != std::string::npos && starts[1] > 0) starts[0] = name.rfind(' ', starts[1] - 1);
        for (auto const space : starts) {
            if (space == std::string::npos || space == 0) continue;
            auto const person = std::string_view(name).substr(space + 1);
            bool const after_quoted_name = utf8::is_quote(utf8::decode_before(name, space).cp);
            if ((after_quoted_name || is_given_name(person.substr(0, person.find(' ')))) && looks_like_person_name(person) &&
                !has_organisation_word(person)) {
                s.role = std::string(trim(std::string_view(name).substr(0, space)));
                name = std::string(person);
                s.type = signatory_type::person;
                break;
            }
        }
    }
    // "Coral Bay Press Forum [CBPF] (Kenya)", "Lantern Legal Aid Network [LLAN], Uganda": an
    // acronym in square brackets after the name, before its country, is its acronym as one in
    // parentheses is (with_bracketed_part reads one that ends the entry), none of its name.
    if (!s.acronym && !name.empty() && name.back() == ']')
        if (auto const open = name.rfind(" ["); open != std::string::npos && open > 0 && name.find(']', open) == name.size() - 1)
            if (auto const inside = std::string_view(name).substr(open + 2, name.size() - open - 3); looks_like_acronym(inside)) {
                s.acronym = std::string(inside);
                name.erase(open);
            }
    // The name is settled: the fold made from here on is the signatory's name's.
    fold.forget();
    if (s.type != signatory_type::person &&
        ((starts_with_person_title(name, fold) && !title_opens_organisation_name(name, fold)) || person_by_name_shape(name, fold) ||
         (may_have_comma && inverted_person_name(name, true)) || person_with_post_nominals(name)))
        s.type = signatory_type::person;
    // "Marco Bellini, Human Rights House Foundation (HRHF)", "Mick Whelan General secretary,
    // ASLEF": the acronym is the organisation's, which the person's role names, not the
    // person's; it joins the role as it was written, in parentheses or after a comma.
    if (s.type == signatory_type::person && s.acronym && s.role) {
        bool const parenthesised = std::any_of(entry.groups.begin(), entry.groups.end(),
                                               [&](std::string_view g) { return trim(g) == *s.acronym; });
        *s.role += (parenthesised ? " (" + *s.acronym + ")" : ", " + *s.acronym);
        s.acronym.reset();
    }
    // "🇰🇪 Amber Lantern Association": the flag before the name is its country, as written,
    // where nothing else gives one ("🇺🇦 UKRAINE" is a country's heading, its name the country).
    // Most names open with an ASCII byte or a letter, and are passed at one test.
    if (!s.country && !entry.name.empty() && (entry.name.front() == ' ' || entry.name.front() == '\xF0'))
        if (auto const flag = geo::country_of_flag(entry.name); flag && !as_country(name)) {
            s.country.emplace(entry.name.substr(entry.name.find('\xF0'), 8));
            s.country_code.emplace(flag->alpha2);
        }
    s.name = std::move(name);
    return s;
}

inline signatory interpret(entry_text const& entry) {
    name_fold fold;
    return interpret(entry, fold);
}

// A list written in capitals ("POLO OBRERO- MTR VOTAMOS LUCHAR - FDU"): most letters upper case.
inline bool in_capitals(std::string_view raw) {
    using namespace text::swar;
    std::size_t upper = 0, lower = 0;
    for (std::size_t i = 0; i < raw.size();) {
        if (raw.size() - i >= 8) {  // eight ASCII bytes counted at once, most of any list
            auto const w = load8(raw.data() + i);
            if ((w & highs) == 0) {
                upper += count_marked(in_range(w, 'A', 'Z'));
                lower += count_marked(in_range(w, 'a', 'z'));
                i += 8;
                if (lower * 5 > upper + (raw.size() - i)) return false;
                continue;
            }
        }
        auto d = utf8::decode(raw, i);
        i += d.length;
        upper += utf8::is_upper_letter(d.cp);
        lower += utf8::is_lower_letter(d.cp);
        // Each byte left adds at most one capital: once they cannot outweigh the small letters
        // (prose, after a fifth of it), the answer is known.
        if (lower * 5 > upper + (raw.size() - i)) return false;
    }
    return upper >= 8 && lower * 5 <= upper;
}

// In a list in capitals, a dash with a space on either side separates entries ("OBRERO- MTR",
// "LUCHA) -MOVIMIENTO"); a dash inside a word ("M29", "T.Or.Re-") does not.
inline std::vector<std::string_view> split_capitals_list(std::string_view raw) {
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    int depth = 0;
    for (std::size_t i = 0; i < raw.size();) {
        auto d = utf8::decode(raw, i);
        if (d.cp == '(') ++depth;
        else if (d.cp == ')' && depth > 0) --depth;
        bool space_before = i > 0 && raw[i - 1] == ' ';
        bool space_after = i + d.length < raw.size() && raw[i + d.length] == ' ';
        if (depth == 0 && (d.cp == '-' || d.cp == 0x2013 || d.cp == 0x2014) && (space_before || space_after)) {
            parts.push_back(raw.substr(from, i - from));
            from = i + d.length;
        }
        i += d.length;
    }
    parts.push_back(raw.substr(from));
    return parts;
}

// "COORDINADORA POR EL CAMBIO SOCIAL: FOL …": a group heading before the first entry of a
// line is not an entry.
inline std::string_view without_group_heading(std::string_view raw) {
    auto colon = raw.find(": ");
    if (colon == std::string_view::npos || colon > 60 || raw.substr(0, colon).find('(') != std::string_view::npos)
        return raw;
    return text::word_count(raw.substr(0, colon), 7) <= 6 ? raw.substr(colon + 2) : raw;
}

// The separators of glued entries, in the order they are tried.
struct glue_separator {
    std::string_view text;
    std::size_t minimum;  // how many make a list
};
inline constexpr glue_separator glue_separators[] = {
    {" \xE2\x80\x93 ", 2}, {" \xE2\x80\x94 ", 2}, {" - ", 2}, {" \xC2\xB7 ", 2}, {" | ", 1}, {" / ", 2},
    {"; ", 1},          {", ", 2}};
inline constexpr std::size_t en_dash = 0, em_dash = 1, hyphen = 2, middle_dot = 3, bar = 4, slash = 5, semicolon = 6,
                             comma = 7;

// Calls found(at, kind) for each separator outside parentheses, in the order of the line,
// until it returns false. The scan looks at the byte of each separator that is not a space
// (',', ';', '-', '/', '|', a dash's or a middle dot's lead byte) and at parentheses: spaces, a
// sixth of prose, pass with the other bytes in one table lookup.
template <class Found>
void for_each_glue_separator(std::string_view raw, Found&& found) {
    static constexpr auto acted_on = [] {
        std::array<bool, 256> a{};
        for (unsigned char c : {'(', ')', ',', ';', '-', '/', '|', '\xE2', '\xC2'}) a[c] = true;
        return a;
    }();
    auto const spaced = [&raw](std::size_t i, std::size_t length) {  // a space before raw[i] and after its `length` bytes
        return i > 0 && raw[i - 1] == ' ' && i + length < raw.size() && raw[i + length] == ' ';
    };
    auto const* const p = reinterpret_cast<unsigned char const*>(raw.data());
    std::size_t const n = raw.size();
    int depth = 0;  // parentheses and quotation marks open: a separator inside one parts nothing
    bool curly = false;  // inside „…“ or “…”
    auto const outside = [&] { return depth == 0 && !curly; };
    for (std::size_t i = 0; i < n; ++i) {
        // Eight bytes at once, to the first that may be acted on: '(' ')' ',' '-' '/' (in the
        // range '(' to '/', with '*', '+' and '.'), ';', '|' and the lead bytes 0xE2 (dashes) and
        // 0xC2 (the middle dot). The marks may hold bytes that the table then passes ('*', '.',
        // a byte beside a lead byte), but no byte acted on goes unmarked. Most words of a line
        // hold none and pass whole.
        if (n - i >= 8) {
            using namespace text::swar;
            auto const w = load8(raw.data() + i);
            auto const ascii = w & ~highs;  // in_range reads bytes with bit 7 clear
            auto const dash_lead = w ^ (ones * 0xE2);  // zero where a byte is 0xE2
            auto const dot_lead = w ^ (ones * 0xC2);   // zero where a byte is 0xC2
            auto const marks = ((in_range(ascii, '(', '/') | in_range(ascii, ';', ';') | in_range(ascii, '|', '|')) & ~w) |
                               ((dash_lead - ones) & ~dash_lead & highs) | ((dot_lead - ones) & ~dot_lead & highs);
            if (marks == 0) {
                i += 7;
                continue;
            }
            i += first_marked(marks);
        }
        if (!acted_on[p[i]]) continue;
        switch (p[i]) {
        case '(': ++depth; break;
        case ')': depth -= depth > 0; break;
        case ',':
        case ';':
            if (outside() && i + 1 < n && p[i + 1] == ' ' && !found(i, p[i] == ',' ? comma : semicolon)) return;
            break;
        case '-':
            if (outside() && spaced(i, 1) && !found(i - 1, hyphen)) return;
            break;
        case '|':
            if (outside() && spaced(i, 1) && !found(i - 1, bar)) return;
            break;
        case '/':
            if (outside() && spaced(i, 1) && !found(i - 1, slash)) return;
            break;
        case 0xC2:  // "·" is C2 B7; "«" C2 AB and "»" C2 BB: "Фонд «Память, Право и Свобода», Москва"
            if (i + 1 < n && p[i + 1] == 0xAB) ++depth;
            if (i + 1 < n && p[i + 1] == 0xBB) depth -= depth > 0;
            if (outside() && i + 1 < n && p[i + 1] == 0xB7 && spaced(i, 2) && !found(i - 1, middle_dot)) return;
            break;
        default:  // 0xE2: "–" is E2 80 93, "—" E2 80 94
            // "„…“", "„…”", "“…”": "Fundația „Speranța, Sprijin și Incluziune”, Iași"
            if (i + 2 < n && p[i + 1] == 0x80) {
                if (p[i + 2] == 0x9E) curly = true;
                else if (p[i + 2] == 0x9C) curly = !curly;
                else if (p[i + 2] == 0x9D) curly = false;
            }
            if (outside() && i > 0 && p[i - 1] == ' ' && i + 3 < n && p[i + 1] == 0x80 &&
                (p[i + 2] == 0x93 || p[i + 2] == 0x94) && p[i + 3] == ' ' &&
                !found(i - 1, p[i + 2] == 0x93 ? en_dash : em_dash))
                return;
            break;
        }
    }
}


// Whether a part of a line split at a separator can be a name: short and capitalised.
inline bool may_be_glued_name(std::string_view part) {
    auto const t = trim(part);
    if (t.empty()) return false;
    auto const first = utf8::decode(t, 0).cp;
    if (!utf8::is_upper_letter(first) && !utf8::is_digit(first) && !utf8::is_quote(first)) return false;
    auto const words = text::word_count(t, 17);
    if (words <= 8) return true;
    // "Red Nacional de Mujeres Defensoras de Derechos Humanos del Pacífico Colombiano": a long
    // name that opens with its organisation word (names in Spanish, French, Russian …).
    auto const second = t.find(' ', t.find(' ') + 1);
    return words <= 16 && has_organisation_word(t.substr(0, second));
}

// "Epsilon Legal Aid Network; Zeta Foundation for Open Society.": the last line of names apart
// by semicolons, its full stop the list's: every part a name as may_be_glued_name takes one,
// and the last word capitalised, as a name ends. A sentence apart by semicolons ends on a word
// of its own ("… the release of the journalists; the authorities must act."). Not where a
// conjunction stands between words ("…; Coral Bay Press Forum and Dune Watch."): the sentence's
// reader parts its names (take_names_apart_by_semicolons).
inline bool names_apart_by_semicolons(std::string_view text) {
    if (text.find("; ") == std::string_view::npos) return false;
    auto const last_space = text.rfind(' ');
    if (last_space == std::string_view::npos || !utf8::is_upper_letter(utf8::decode(text, last_space + 1).cp)) return false;
    if (conjunction_between_words(utf8::lower_same_length(text))) return false;
    for (std::size_t from = 0;;) {
        auto const at = text.find("; ", from);
        if (!may_be_glued_name(text.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from))) return false;
        if (at == std::string_view::npos) return true;
        from = at + 2;
    }
}

// Whether a half of an item split at its conjunction is one word with small letters, a word of
// a name ("Servicios", "Democracy") rather than an acronym that names one ("PEN").
inline bool one_word_of_name(std::string_view half) {
    half = trim(half);
    return half.find(' ') == std::string_view::npos &&
           std::any_of(half.begin(), half.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "Association Tchadienne pour la Promotion et la Défense des Droits de l'Homme (ATPDH)": the
// acronym after the second half of an item split at its conjunction opens with the letter the
// first half opens with, and not with that of the second half's first capitalised word; it
// is the short form of the whole item, one name ("… (APDHR)" after "Association for the
// Promotion and Defence of Human Rights"). "PEN Norway and Index on Censorship (IoC)" are two.
inline bool acronym_of_whole(std::string_view first, std::string_view second) {
    second = trim(second);
    auto const open = second.rfind(" (");
    if (second.empty() || second.back() != ')' || open == std::string_view::npos) return false;
    auto const acronym = second.substr(open + 2, second.size() - open - 3);
    if (!looks_like_acronym(acronym)) return false;
    std::size_t word = 0;  // the second half's first capitalised word
    while (word < open && !utf8::is_upper_letter(utf8::decode(second, word).cp)) {
        word = second.find(' ', word);
        if (word == std::string_view::npos) return false;
        ++word;
    }
    if (word >= open) return false;
    auto const letter = utf8::decode(acronym, 0).cp;
    return letter == utf8::decode(trim(first), 0).cp && letter != utf8::decode(second, word).cp;
}

// "…; PEN Norway and Index on Censorship": the last item of a list apart by semicolons may hold
// the last two names, joined by a conjunction; where it does, the conjunction. Not where the
// item has parts of its own after a comma ("Dr. Mira Tallow, Faculty of Law and Economics"),
// where a half is one word, a name's first ("Servicios y Asesoría para la Paz") unless an
// acronym, after a compound's first part cut short ("Kinder- und Jugendhilfe"), nor where the
// acronym after it stands for the whole item.
inline lang::phrase_match conjunction_of_last_two(std::string_view item) {
    if (item.find(", ") != std::string_view::npos) return {};
    auto const conjunction = conjunction_between_words(utf8::lower_same_length(item));
    if (!conjunction) return {};
    auto const first = item.substr(0, conjunction.position - 1);
    auto const second = item.substr(conjunction.position + conjunction.phrase.size());
    if (first.empty() || first.back() == '-' || one_word_of_name(first) || one_word_of_name(second) ||
        acronym_of_whole(first, second))
        return {};
    return conjunction;
}

// "Centre for Law", "Fundacja Wolności", "Bündnis Solidarität": a name that opens with its kind,
// an organisation word, and holds no other.
inline bool opens_with_its_only_kind(std::string_view name) {
    return utf8::with_fold(name, [](std::string_view folded) {
        auto const kind = lang::starts_with_any<&lang::language_table::organisation_words>(folded);
        return kind && !organisation_word_in_fold(folded.substr(kind.phrase.size()));
    });
}

// "Centre for Law and Democracy", "Collectif Justice et Libertés", "Bündnis Solidarität und
// Menschenrechte": a name that opens with its kind, an organisation word, and names what it
// stands for, the last of it one word after a conjunction. Whole before it is a name with a
// second organisation word ("Amnesty International and Greenpeace") or a country last
// ("Amnesty Kenya and Oxfam"), and an acronym after it is one ("… and PEN").
inline bool conjunction_joins_one_name(std::string_view first, std::string_view second) {
    return one_word_of_name(second) && opens_with_its_only_kind(first) && !named_after_country(first);
}

// "…; Coral Bay Press Forum (CBPF) and Dune Media and Law Centre (DMLC).": the last part of
// a list glued with semicolons, too long for a name, may be the last two. Splits it in two
// where both halves can be names.
inline bool split_last_two_names(std::vector<std::string_view>& parts) {
    auto const last = parts.back();
    auto const conjunction = conjunction_of_last_two(last);
    if (!conjunction) return false;
    auto const first = last.substr(0, conjunction.position - 1);
    auto const second = last.substr(conjunction.position + conjunction.phrase.size() + 1);
    if (!may_be_glued_name(first) || !may_be_glued_name(second)) return false;
    parts.back() = first;
    parts.push_back(second);
    return true;
}

// "A, B, and C": the conjunction that opens a list's last part after its comma; the name past it,
// or the part itself where none opens it.
inline std::string_view past_leading_conjunction(std::string_view part) {
    auto const t = trim(part);
    auto const m = lang::starts_with_any<&lang::language_table::conjunctions>(utf8::lower_same_length(t.substr(0, 16)));
    if (!m || m.phrase.size() >= t.size() || t[m.phrase.size()] != ' ' || t.substr(0, m.phrase.size()) != m.phrase)
        return part;
    return t.substr(m.phrase.size() + 1);
}

// Whether a name has a word in lower case after its first, a function word of a name that says
// what it stands for ("Institute for Peace", "Fundacja na rzecz Równości").
inline bool has_word_in_lower_case(std::string_view name) {
    for (auto at = name.find(' '); at != std::string_view::npos; at = name.find(' ', at + 1))
        if (at + 1 < name.size() && utf8::is_lower_letter(utf8::decode(name, at + 1).cp)) return true;
    return false;
}

// "Balkan Investigative Reporting Lab, Open Society Bihać and Green Drina", "…, Demokratische
// Juristen Zürich und Kurdisches Kulturzentrum Luzern": a line of names apart by commas joins its
// last two with a conjunction, as a sentence does. Splits the last part in two where both halves
// are whole names; whether it did. Not where the conjunction goes on within one name: a half of
// one word ("Centre for Law and Democracy": conjunction_of_last_two), a name whose kind follows
// the conjunction ("Human Rights and Democracy Centre") or comes before it alone ("Fundacja
// Wolności i Demokracji Obywatelskiej"), or one that names what it stands for before it
// ("Institute for Peace and Conflict Studies") unless the half after it opens with a kind of
// its own ("… for Justice and Centre for Media Freedom").
inline bool split_last_of_comma_list(std::vector<std::string_view>& parts) {
    auto const last = trim(parts.back());
    // A conjunction between words has a space on each side: a line's last part of one or two
    // words ("Amber Coalition, Kenya", "Jo Bloggs, Amnesty International") holds none, and is
    // passed before it is looked up as a country and lowered.
    auto const space = last.find(' ');
    if (space == std::string_view::npos || last.find(' ', space + 1) == std::string_view::npos) return false;
    if (as_country(last)) return false;  // "…, Bosnia and Herzegovina"
    auto const conjunction = conjunction_of_last_two(last);
    if (!conjunction) return false;
    auto const first = trim(last.substr(0, conjunction.position - 1));
    auto const second = trim(last.substr(conjunction.position + conjunction.phrase.size() + 1));
    if (!may_be_glued_name(first) || !may_be_glued_name(second)) return false;
    // The last word before an acronym in parentheses ("… Monitoring Center (EMC)").
    auto const named = second.substr(0, std::min(second.find(" ("), second.size()));
    auto const last_word_of_second = named.substr(named.rfind(' ') + 1);
    if (!has_organisation_word(first) && has_organisation_word(last_word_of_second)) return false;
    if (opens_with_its_only_kind(first) && !has_organisation_word(second)) return false;
    if (has_word_in_lower_case(first) && !lang::opens_with_phrase<&lang::language_table::organisation_words>(second)) return false;
    parts.back() = first;
    parts.push_back(second);
    return true;
}

// "International Society for Fair Courts" / "and Democracy (ISFC), Georgia": a PDF's cell that goes
// on with the name in the cell above it, wrapped in its column. It opens with a function word in
// lower case, as no name does, and goes on with a name's capitalised words (the list joins it to
// the name above: document_reader::join_wrapped_cell).
inline bool continues_cell_above(std::string_view cell) {
    auto const t = trim(cell);
    if (t.empty() || !utf8::is_lower_letter(utf8::decode(t, 0).cp) ||
        !lang::opens_with_phrase<&lang::language_table::stop_words>(t))
        return false;
    for (auto at = t.find(' '); at != std::string_view::npos; at = t.find(' ', at + 1))
        if (at + 1 < t.size() && utf8::is_upper_letter(utf8::decode(t, at + 1).cp)) return true;
    return false;
}

// Whether a cell holds a letter (not only a row's number or punctuation).
using text::has_letter;

// Text from a PDF whose list stands in columns, or a table pasted without its header row: the
// cells of a line are apart by a gap, a tab or three spaces or more ("Amber Lantern Association
// <gap>Birchwood Institute", "1.<tab>Amber Lantern Association<tab>Yerevan<tab>Armenia"). The
// line's entries, when it has gaps and each entry's first cell can be a name: a cell that names
// a country after a name's is that name's country column, and a town's cell between them its
// place's (the entry keeps them, for interpret() to read); a cell without a letter (the row's
// number) goes with the cell after it.
inline std::optional<line_parts> split_columns(std::string_view raw) {
    // Spaces after a line break indent the next line of a wrapped entry ("2. … the Rule of" /
    // "   Law (KIBHR), Kazakhstan"): no gap between cells.
    auto const gap_from = [](std::string_view t, std::size_t from) {
        auto spaces = t.find("   ", from);
        while (spaces != std::string_view::npos && spaces > 0 && t[spaces - 1] == '\n')
            spaces = t.find("   ", t.find_first_not_of(' ', spaces));
        return std::min(t.find('\t', from), spaces);
    };
    auto const text = trim(raw);
    auto gap = gap_from(text, 0);
    if (gap == std::string_view::npos) return std::nullopt;
    std::vector<std::string_view> cells;
    for (std::size_t from = 0;;) {
        auto const cell = text.substr(from, gap == std::string_view::npos ? gap : gap - from);
        // "Amber Network (AN)     Côte d'Ivoire  Coral Bay Forum      Sweden", "Coral Bay Network
        // (CBN)  Côte d'Ivoire  Dune Press Centre": a long cell narrows the gaps beside it to two
        // spaces. A country between such gaps, after a name, is the name's country column, a cell
        // of its own; the names on either side, others. Most cells have no such gap.
        std::size_t name = 0;  // where the piece not yet a cell begins
        for (std::size_t piece = 0; piece < cell.size();) {
            auto const end = std::min(cell.find("  ", piece), cell.size());
            if ((piece > name || !cells.empty()) && end - piece < cell.size() && as_country(cell.substr(piece, end - piece))) {
                if (piece > name) cells.push_back(trim(cell.substr(name, piece - name)));
                cells.push_back(cell.substr(piece, end - piece));
                name = end;
            }
            piece = end == cell.size() ? end : cell.find_first_not_of(' ', end);
        }
        if (name == 0) cells.push_back(cell);
        else if (auto const rest = trim(cell.substr(name)); !rest.empty()) cells.push_back(rest);
        if (gap == std::string_view::npos) break;
        from = text.find_first_not_of(" \t", gap);
        gap = gap_from(text, from);
    }
    // Which cells begin an entry: each lettered one but a country after a name's cell, and a
    // town's between the two.
    std::vector<bool> starts(cells.size(), false);
    std::size_t previous = cells.size();  // the last lettered cell before, none yet
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (!has_letter(cells[k])) continue;
        bool const country_column = previous != cells.size() && starts[previous] && as_country(trim(cells[k]));
        if (country_column) {
            // "Name<gap>Town<gap>Country": the town's cell was taken for a name's; it is not one.
            if (previous > 0 && looks_like_place(trim(cells[previous])))
                for (std::size_t b = previous; b-- > 0;)
                    if (has_letter(cells[b])) {
                        if (starts[b]) starts[previous] = false;
                        break;
                    }
        } else {
            if (!may_be_glued_name(cells[k]) && !continues_cell_above(cells[k])) return std::nullopt;
            starts[k] = true;
        }
        previous = k;
    }
    // Each entry from the first cell without a letter before its start to the next's.
    std::vector<std::string_view> parts;
    std::size_t begin = 0;  // the first cell of the entry being gathered
    bool started = false;   // whether that entry has its start yet
    auto const close = [&](std::size_t end_cell) {  // the entry of cells [begin, end_cell)
        auto first = cells[begin].data();
        auto const last = cells[end_cell - 1].data() + cells[end_cell - 1].size();
        // "1.  Amber Coalition      5.  Birchwood Institute": a list numbered down its two
        // columns; the number opens the cell of the second, the list's, not the name's.
        if (*first >= '0' && *first <= '9')
            if (auto const marker = grammar::parse_list_marker(std::string_view(first, static_cast<std::size_t>(last - first)));
                marker && marker->kind == grammar::ast::marker_kind::number && marker->last < last)
                first = marker->last;
        parts.push_back(raw.substr(static_cast<std::size_t>(first - raw.data()), static_cast<std::size_t>(last - first)));
    };
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (!starts[k]) continue;
        if (started) {
            std::size_t b = k;
            while (b > begin && !has_letter(cells[b - 1])) --b;
            close(b);
            begin = b;
        }
        started = true;
    }
    close(cells.size());
    return line_parts(std::move(parts));
}

// "Afrique de l'Ouest", "Asia del Sur": how many words of `text` are neither function words of
// the tables nor particles between a name's words ("de", "del"): a region's name in French or
// Spanish is two words and the ones between.
inline std::size_t words_besides_function_words(std::string_view text) {
    std::size_t words = 0;
    for (std::size_t at = 0; at < text.size();) {
        auto const end = std::min(text.find(' ', at), text.size());
        auto const word = text.substr(at, end - at);
        if (!word.empty() && !is_name_particle(word) && !lang::is_phrase<&lang::language_table::stop_words>(utf8::fold(word))) ++words;
        at = end + 1;
    }
    return words;
}

// "Dune Watch and Union of Bakers", "Coral Care and the Union of Bakers": the words before a
// name's enumeration may be a list's last two names, joined by a conjunction, the second an
// organisation's name that opens with its kind and the enumeration ("… Dune Watch and Union of
// Bakers, Cooks, Waiters and Allied Workers"). Where the first ends and the second starts (past
// its article); none where the words are one name ("Transport and General Workers' Union of
// Drivers" opens with no kind after its conjunction).
struct names_before_enumeration {
    std::size_t first_end = 0, second_start = 0;
};
inline std::optional<names_before_enumeration> name_after_conjunction_before_enumeration(std::string_view opening) {
    auto const conjunction = conjunction_between_words(utf8::lower_same_length(opening));
    if (!conjunction) return std::nullopt;
    auto const first = trim(opening.substr(0, conjunction.position));
    auto const second = lang::past_article(trim(opening.substr(conjunction.position + conjunction.phrase.size())));
    if (!may_be_glued_name(first) || first.back() == '-' || second.empty() || !utf8::is_upper_letter(utf8::decode(second, 0).cp) ||
        !lang::opens_with_phrase<&lang::language_table::organisation_words>(second) || !opens_enumeration(second))
        return std::nullopt;
    return names_before_enumeration{static_cast<std::size_t>(first.data() + first.size() - opening.data()),
                                    static_cast<std::size_t>(second.data() - opening.data())};
}

// "Federation of Food", "Beverage", "Tobacco and Allied Workers' Unions": the parts of a line
// split at its commas that are one name's enumeration (enumeration_closed_at) joined again into
// that name. `opening_needed`: only where the part before the first comma opens the enumeration
// itself (opens_enumeration), as a sentence's names must: there a name of two words, no
// enumeration's first item, stands before the commas ("appellieren PRO ASYL, Paritätischer
// Gesamtverband, Jesuiten-Flüchtlingsdienst, Republikanischer Anwaltsverein und Neue
// Richtervereinigung an …" are five names, whatever the last one's organisation word says).
// The name before a conjunction in its opening stays a part of its own
// (name_after_conjunction_before_enumeration).
inline void join_enumerations_in_names(std::vector<std::string_view>& parts, bool opening_needed = false) {
    for (std::size_t i = 0; i + 1 < parts.size(); ++i)
        if (auto const j = opening_needed && !opens_enumeration(parts[i]) ? 0 : enumeration_closed_at(parts, i)) {
            auto const end = parts[j].data() + parts[j].size();
            auto const opening = parts[i];
            parts[i] = std::string_view(parts[i].data(), static_cast<std::size_t>(end - parts[i].data()));
            parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, parts.begin() + static_cast<std::ptrdiff_t>(j) + 1);
            if (auto const two = name_after_conjunction_before_enumeration(opening)) {
                parts.insert(parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, parts[i].substr(two->second_start));
                parts[i] = opening.substr(0, two->first_end);
                ++i;
            }
        }
}

// "Philippines; Coral Network", "Kenya, Dune Watch": a part of a line split at its dashes that
// opens with a country and the separator of a list of another kind after it ("; ", ", "): the
// country ends the entry before the dash ("Bayanihan Workers Alliance – Philippines"), and the
// line is a list apart by that separator, not by its dashes.
inline bool opens_with_country_before_separator(std::string_view part) {
    auto const t = trim(part);
    auto const end = t.find_first_of(",;");
    return end != std::string_view::npos && end > 0 && end + 1 < t.size() && t[end + 1] == ' ' && as_country(trim(t.substr(0, end)));
}

// `may_have_gaps`: false where the caller knows that the line has no run of spaces (its
// collapsed text is as long as it), and the search for columns is spared.
inline line_parts split_glued_entries(std::string_view raw, bool may_have_gaps = true) {
    if (may_have_gaps)
        if (auto columns = split_columns(raw)) return std::move(*columns);
    if (in_capitals(raw)) {
        auto parts = split_capitals_list(without_group_heading(raw));
        if (parts.size() >= 3) return line_parts(std::move(parts));
    }
    constexpr std::size_t kinds = std::size(glue_separators);
    // How many of each kind the line holds, in one pass; the parts are gathered only for a
    // kind with enough to make a list, and given up at the first that is not a name.
    std::size_t counts[kinds] = {};
    for_each_glue_separator(raw, [&](std::size_t, std::size_t kind) {
        ++counts[kind];
        return true;
    });
    std::vector<std::string_view> parts;
    for (std::size_t k = 0; k < kinds; ++k) {
        auto const& sep = glue_separators[k];
        // "A, B and C": one comma, and a conjunction before the last name (split_last_of_comma_list).
        if (counts[k] < sep.minimum && !(k == comma && counts[k] == 1)) continue;
        // A list of names: every part short and capitalised (a comma list must not split
        // "Name, role, Organisation").
        parts.clear();
        parts.reserve(counts[k] + 1);
        std::size_t from = 0;
        bool names = true;
        for_each_glue_separator(raw, [&](std::size_t at, std::size_t kind) {
            if (kind != k) return true;
            // Overlapping separators (" - - ") give a part from `from` to the end, as substr does.
            parts.push_back(raw.substr(from, at - from));
            from = at + sep.text.size();
            return names = may_be_glued_name(parts.back());
        });
        if (!names) continue;
        parts.push_back(k == comma ? past_leading_conjunction(raw.substr(from)) : raw.substr(from));
        if (!may_be_glued_name(parts.back()) && !(k == semicolon && split_last_two_names(parts))) continue;
        // "Oren Vale, Director, Coral Institute; Chair, Dune Network": a person's second post after
        // a semicolon, a few words that open with a role of the tables before a comma, is hers,
        // none of a list's names.
        if (k == semicolon && std::any_of(parts.begin() + 1, parts.end(), [](std::string_view p) {
                auto const t = trim(p);
                auto const comma = find_short(t, ", ");
                if (comma == std::string_view::npos) return false;
                auto const post = t.substr(0, comma);
                return text::word_count(post, 5) <= 4 && opens_with_role(post) && !has_organisation_word(post);
            }))
            continue;
        // "Amber Press Foundation; Bayanihan Workers Alliance – Philippines; Coral Network – Kenya":
        // each dash parts a name from its country, which the list's own separator then closes.
        if ((k == en_dash || k == em_dash || k == hyphen) &&
            std::any_of(parts.begin() + 1, parts.end(), [](std::string_view p) { return opens_with_country_before_separator(p); }))
            continue;
        if (k == comma) {
            join_enumerations_in_names(parts);
            if (parts.size() == 1) continue;
        }
        if (k == comma && !split_last_of_comma_list(parts) && parts.size() < 3) continue;
        // "Name, University of California, Berkeley" is a person and an affiliation, and
        // "Org, Social and Ecological Justice, Indonesia" one name with its country.
        // Four names or more, none a role, are a list even where the first has a person's shape
        // ("Seebrücke Kassel, Refugee Law Clinic Marburg, Grüne Jugend Thüringen, …").
        auto const person_first = [&] {
            auto first = trim(parts.front());
            // "Prof. Anna Kowalczyk (Poland), Dean, Faculty of Law, University of Warsaw": a
            // person's country in parentheses after the name, where no part after it has
            // parentheses (a list gives each signer theirs: "A (Poland), B (Kenya), C (Peru)").
            if (auto const open = first.find(" ("); open != std::string_view::npos && first.back() == ')' &&
                std::none_of(parts.begin() + 1, parts.end(), [](std::string_view p) { return p.find('(') != std::string_view::npos; }) &&
                as_country(first.substr(open + 2, first.size() - open - 3)))
                first = first.substr(0, open);
            if (!titled_person_name(first) && !person_with_particles_before_role(first, trim(parts[1]))) return false;
            // "Светлана Ганнушкина, Лев Пономарёв, Валерий Борщёв": three people's names or more,
            // none a role, are a list of people.
            if (parts.size() >= 3 && std::all_of(parts.begin(), parts.end(), [](std::string_view p) {
                    auto t = trim(p);
                    t = trim(t.substr(0, t.find(" (")));  // without a remark ("Олег Орлов (в заключении)")
                    return titled_person_name(t) && !names_a_role(t);
                }))
                return false;
            if (parts.size() <= 3) return true;
            // Four parts or more after a person's shape: a person when a title or a given name of
            // the tables shows one ("Dr. Helen Kariuki, MD, MPH, …", "HERLIN-GIRET Camille, CNRS,
            // …"), or a part names a role.
            name_fold fold;
            return starts_with_person_title(first) || person_by_name_shape(first, fold) ||
                   std::any_of(parts.begin() + 1, parts.end(), [](std::string_view p) { return names_a_role(p); });
        };
        // "Immigrant Legal Resource Center, San Francisco, CA": a name, its town and its US state.
        auto const town_and_state = [&] {
            auto const town = trim(parts[parts.size() - 2]);
            return is_us_style_town_and_state(trim_list_punctuation(raw.substr(static_cast<std::size_t>(town.data() - raw.data()))));
        };
        // "Fundar, Centro de Análisis e Investigación, A.C.", "Action pour la Paix, ONG, Bukavu": a
        // part that is a legal form or an organisation word alone belongs to the name before it;
        // "Héritiers de la Justice, Bukavu, Sud-Kivu": a name of four words or more, a town and its
        // region (after a shorter name, two words may be names: "Amber Lantern Association,
        // Birchwood, Coral").
        auto const one_name_with_parts = [&] {
            if (std::any_of(parts.begin() + 1, parts.end(), [](std::string_view p) { return is_legal_form(trim(p)); }))
                return true;
            auto const town = trim(parts[1]);
            return parts.size() == 3 && text::word_count(trim(parts[0]), 4) >= 4 &&
                   town_and_region(raw.substr(static_cast<std::size_t>(town.data() - raw.data())));
        };
        // "Open Networks Alliance (ONA), Priya Raman, Executive Director": an organisation, then
        // the person who signs for it and their post.
        auto const organisation_and_representative = [&] {
            return parts.size() == 3 && ends_with_acronym(parts[0]) &&
                   representative_and_post(raw.substr(static_cast<std::size_t>(parts[1].data() - raw.data())));
        };
        // "Amber Water Watch, Kenya, Nairobi": a name, its country and its town, one signer.
        auto const country_and_town = [&] {
            return parts.size() == 3 && country_then_town(raw);
        };
        if (k == comma && (as_country(parts.back()) || person_first() || town_and_state() || one_name_with_parts() ||
                           organisation_and_representative() || country_and_town()))
            continue;
        // "Centre for Democracy | Bar Association Solidarity": two names apart by a bar; not a
        // row's name and its country or its role ("Amber Centre | Kenya"), nor a page's running
        // line ("Joint Statement | 8 March 2025").
        if (k == bar && parts.size() == 2 &&
            (as_country(trim(parts[1])) || looks_like_place(trim(parts[1])) || is_us_style_town_and_state(trim(parts[1])) ||
             text::has_digit(raw) ||
             text::word_count(trim(parts[0]), 2) < 2 ||
             text::word_count(trim(parts[1]), 2) < 2 || names_a_role(trim(parts[1]))))
            continue;
        // "Ana Ruiz – Directora – Colectivo Lumbre", "Oren Vale – Lawyer – Dune Legal Aid Centre
        // – Kenya": a person, her post of a few words that names a role of the tables and no
        // organisation, and where she holds it (and her country), one signer, not three.
        if ((k == en_dash || k == em_dash || k == hyphen) && (parts.size() == 3 || (parts.size() == 4 && as_country(trim(parts[3])))) &&
            titled_person_name(trim(parts[0])) && [&] {
                auto const post = trim(parts[1]);
                return text::word_count(post, 5) <= 4 && names_a_role(post) && !has_organisation_word(post);
            }())
            continue;
        // "Helsinki Citizens Assembly – Vanadzor – Armenia", "Peace Brigades – UK – United
        // Kingdom", "Coalition #KeepItOn – Afrique de l'Ouest – Régional": a name, its town or its
        // branch of a word or two (with the function words between), and its country.
        if (parts.size() == 3 && (k == en_dash || k == em_dash || k == hyphen) && as_country(trim(parts[2])) &&
            (looks_like_place(trim(parts[1])) || words_besides_function_words(trim(parts[1])) <= 2))
            continue;
        // "Green Capital Partners – UK – AUM $2.1bn": an investor's name, its country, and the
        // assets it manages, one signer.
        if ((k == en_dash || k == em_dash || k == hyphen) && parts.size() <= 3 && is_amount(trim(parts.back())) &&
            (parts.size() == 2 || as_country(trim(parts[1]))))
            continue;
        return line_parts(std::move(parts));
    }
    line_parts whole;
    whole.push_back(raw);
    return whole;
}

// "Brussels office", "bureau de Bruxelles", "Московское отделение": a few words that a branch
// word of the tables opens or ends, an organisation's branch.
inline bool names_a_branch(std::string_view text) {
    if (text.empty() || text.size() > 60 || text::word_count(text, 6) > 5) return false;
    if (lang::opens_with_phrase<&lang::language_table::branch_words>(text)) return true;
    auto const last = text.substr(text.rfind(' ') + 1);
    return utf8::with_fold(last, [](std::string_view folded) { return lang::is_phrase<&lang::language_table::branch_words>(folded); });
}

// "Dune Press Freedom Centre [Kazakhstan]": a country, a place or an acronym in square brackets
// at the end of an entry stands as one in parentheses would (anything else there is a note,
// which without_editors_note took off).
inline entry_text with_bracketed_part(std::string_view part) {
    auto entry = entry_text::whole(part);
    auto const t = trim(part);
    // "PEN Amber" / "  Estonia": a country on the entry's last line, under its name (a page's
    // "<li>Name<br>Country</li>"), is read as a country in parentheses would be.
    // Sought forward first, at the library's speed: most parts have no line break.
    if (auto const newline = t.find('\n') == std::string_view::npos ? std::string_view::npos : t.rfind('\n');
        newline != std::string_view::npos) {
        auto const last = trim(t.substr(newline + 1));
        if (!last.empty() && last.size() <= 40 && utf8::is_upper_letter(utf8::decode(last, 0).cp) && as_country(last)) {
            entry.name = t.substr(0, newline);
            entry.groups.push_back(last);
            return entry;
        }
    }
    // "[BHC] Belarusian Helsinki Committee, Vilnius": an acronym in square brackets before the name.
    if (t.size() > 6 && t.front() == '[') {
        auto const close = t.find(']');
        if (close != std::string_view::npos && close > 1 && close + 2 < t.size() && t[close + 1] == ' ' &&
            looks_like_acronym(t.substr(1, close - 1)) && utf8::is_upper_letter(utf8::decode(t, close + 2).cp)) {
            entry.name = t.substr(close + 2);
            entry.groups.push_back(t.substr(1, close - 1));
            return entry;
        }
    }
    if (t.size() < 4 || t.back() != ']') return entry;
    auto const open = t.rfind('[');
    if (open == std::string_view::npos || open == 0 || t.find(']') != t.size() - 1) return entry;
    auto const inside = trim(t.substr(open + 1, t.size() - open - 2));
    if (!as_country(inside) && !looks_like_place(inside) && !looks_like_acronym(inside)) return entry;
    entry.name = t.substr(0, open);
    entry.groups.push_back(inside);
    return entry;
}

// "Ligue guinéenne … (LGDH) / Guinean League … (LGDH)", "Правозащитный центр «Мемориал»
// (Москва) / Human Rights Centre Memorial": a name given in two languages, one slash between
// them, with the same parentheses after each or in two scripts with parentheses after the
// first: the first. In two scripts without them ("Фонд «Правова ініціатива» / Legal Initiative Foundation
// (Ukraine)", "Правозащитный центр «Мемориал» / Human Rights Centre Memorial"), the part as
// written: one signer under both its names, and what follows the second (its country, its
// acronym) is the signer's, where the first alone lost it.
inline std::string_view first_of_two_languages(std::string_view part) {
    // The slash sought alone first, at the library's speed: most parts have none.
    auto const any = part.find('/');
    if (any == std::string_view::npos || any == 0) return part;
    auto const slash = part.find(" / ", any - 1);
    if (slash == std::string_view::npos || slash == 0 || part.find(" / ", slash + 3) != std::string_view::npos) return part;
    auto const left = trim(part.substr(0, slash)), right = trim(part.substr(slash + 3));
    if (text::word_count(left, 2) < 2 || text::word_count(right, 2) < 2) return part;
    if (utf8::has_cyrillic(left) != utf8::has_cyrillic(right)) return left.find('(') == std::string_view::npos ? part : left;
    auto const last_parentheses = [](std::string_view t) {
        auto const open = t.back() == ')' ? t.rfind('(') : std::string_view::npos;
        return open == std::string_view::npos ? std::string_view{} : t.substr(open);
    };
    auto const after_left = last_parentheses(left);
    return !after_left.empty() && after_left == last_parentheses(right) ? left : part;
}

// "Name (Country) [added 17 May]", "Name [new]": an editor's note in square brackets after an
// entry, as a sign-on sheet grows, is no part of it, nor a scraper's "[email protected]"; a
// country, a place or an acronym there is ("Name [Czech Republic]", read by with_bracketed_part).
inline std::string_view without_editors_note(std::string_view part) {
    auto const t = trim(part);
    if (t.size() < 4 || t.back() != ']') return part;
    constexpr std::size_t longest_note = 48;
    auto const open = t.rfind('[');
    if (open == std::string_view::npos || open == 0 || t[open - 1] != ' ' || t.size() - open > longest_note ||
        t.find(']', open) != t.size() - 1)
        return part;
    auto const inside = trim(t.substr(open + 1, t.size() - open - 2));
    if (inside.empty() || (inside.find_first_not_of("0123456789") == std::string_view::npos) || as_country(inside) ||
        looks_like_place(inside) || looks_like_acronym(inside))
        return part;
    return trim(t.substr(0, open));
}

// The entries of one part of a line: the grammar's, with a country written after the
// parentheses joined to its entry ("Name (ACR), Country", "Name (ACR) – Country", "Name (ACR),
// Tbilisi, Georgia"), and so are a place ("Name (ACR), Berlin") and an address ("Name (ACR) –
// www.acr.example"); a part the grammar cannot read (unbalanced parentheses) is one entry.
inline line_entries parse_entries(std::string_view part) {
    line_entries entries;
    part = first_of_two_languages(without_editors_note(part));
    // Without '(' the grammar reads the part as one name without parentheses, the whole part
    // (or fails on a stray ')', and the part is one entry again): most parts, read without it.
    auto const line = part.find('(') == std::string_view::npos ? std::nullopt : grammar::parse_signatory_line(part);
    if (!line) {
        entries.push_back(with_bracketed_part(part));
        return entries;
    }
    // "Justice (R) Amber Khan, former judge", "Ambassador (ret.) Mira Tallow", "Chief (Dr.) Ivo
    // Marsh": a title and the mark of its holder's retirement, or a title's part, open a
    // person's name; the parentheses end no entry. The rest is read as a part of its own, and
    // the title joined to its first entry. Not where words in lower case go on after the
    // parentheses ("SURNAME Given, teacher (retired) mathematics").
    auto const rest_at = static_cast<std::size_t>((*line)[0].last - part.data());
    auto const rest_text = trim(part.substr(rest_at));
    if (line->size() >= 2 && (*line)[0].groups.size() == 1 && !rest_text.empty() &&
        utf8::is_upper_letter(utf8::decode(rest_text, 0).cp) && title_with_mark((*line)[0].name, (*line)[0].groups[0].text)) {
        auto rest = parse_entries(part.substr(rest_at));
        auto& first = rest.front();
        first.name = part.substr(0, static_cast<std::size_t>(first.name.data() + first.name.size() - part.data()));
        first.first = part.data();
        return rest;
    }
    // "SURNAME Given, teacher (retired) mathematics, University": text that goes on in lower
    // case after the parentheses is not a new entry; the part is one. But "A (Armenia) and B
    // (Poland)": a conjunction and a capital open the next. Where every entry after the first
    // so goes on, the parentheses before them are words of one name ("Union (Nord) des
    // Journalistes (France)"), and those after its last words its parts: its country, its
    // acronym.
    auto const after_conjunction = [](std::string_view text) -> std::size_t {
        auto const c = lang::starts_with_any<&lang::language_table::conjunctions>(utf8::lower_same_length(text.substr(0, 16)));
        if (!c || c.phrase.size() + 1 >= text.size() || text[c.phrase.size()] != ' ') return 0;
        auto const next = c.phrase.size() + 1;
        return utf8::is_upper_letter(utf8::decode(text, next).cp) || utf8::is_quote(utf8::decode(text, next).cp) ? next : 0;
    };
    auto const goes_on = [&](std::size_t k) {
        auto const next = trim((*line)[k].name);
        return !next.empty() && utf8::is_lower_letter(utf8::decode(next, 0).cp) && !after_conjunction(next);
    };
    for (std::size_t k = 1; k < line->size(); ++k) {
        if (!goes_on(k)) continue;
        bool all_go_on = true;
        for (std::size_t j = 1; j < line->size() && all_go_on; ++j) all_go_on = goes_on(j);
        auto e = entry_text::whole(part);
        if (all_go_on) {
            auto const& last = line->back();
            e.name = part.substr(0, static_cast<std::size_t>(last.name.data() + last.name.size() - part.data()));
            for (auto const& g : last.groups) e.groups.push_back(g.text);
        }
        entries.push_back(e);
        return entries;
    }
    // "Bridge Bureau (Kazakhstan).", "Amnesty Partners Kenya (Kenya); and": an entry, and the
    // list's punctuation or the conjunction before its last entry.
    if (line->size() == 2 && (*line)[1].groups.empty()) {
        auto const rest = trim((*line)[1].name);
        auto words = rest;
        while (!words.empty() && (words.front() == ';' || words.front() == ',' || words.front() == ' '))
            words.remove_prefix(1);
        bool const conjunction =
            !words.empty() && words.size() <= 4 && words != rest &&
            lang::starts_with_any<&lang::language_table::conjunctions>(utf8::lower_same_length(words)).phrase.size() ==
                words.size();
        if (rest == "." || rest == ";" || rest == "," || conjunction ||
            (!rest.empty() && text::footnote_mark_at_end(rest) == rest.size())) {
            entries.push_back(entry_text::of((*line)[0]));
            return entries;
        }
        // "Fundasaun Mahein (FM) [TL]", "… (FORUM-ASIA) [Regional]": a country or a region in
        // square brackets after the parentheses is one more part of the entry.
        // Not a note's or a comment's mark ("[c]", "[1]").
        if (rest.size() > 3 && rest.front() == '[' && rest.back() == ']' && rest.find('[', 1) == std::string_view::npos &&
            utf8::is_upper_letter(utf8::decode(rest, 1).cp)) {
            auto entry = entry_text::of((*line)[0]);
            if (entry.groups.size() < 2) {
                entry.groups.push_back(rest.substr(1, rest.size() - 2));
                entry.last = rest.data() + rest.size();
                entries.push_back(entry);
                return entries;
            }
        }
        // "Alain Mbarga (Cameroun), juriste", "Prof. Dr. Anna Berg (Germany), University of Vell": a
        // person's role or affiliation after the country's parentheses, read as the parentheses are.
        auto const person = [&] {
            auto const name = trim((*line)[0].name);
            return starts_with_person_title(name) || looks_like_person_name(name);
        };
        // So is what follows a person's pronouns or their name in another script ("Jordan Reyes
        // (he/him), archivist, Mexico").
        auto const group = (*line)[0].groups.empty() ? std::string_view() : (*line)[0].groups[0].text;
        if (rest.size() > 2 && rest[0] == ',' && rest[1] == ' ' && (*line)[0].groups.size() == 1 &&
            (utf8::is_lower_letter(utf8::decode(rest, 2).cp) || person()) &&
            (as_country(group) || (is_aside_to_name(group, trim((*line)[0].name)) && person()))) {
            auto e = entry_text::of((*line)[0]);
            e.groups.push_back(rest.substr(2));
            e.last = (*line)[1].last;
            entries.push_back(e);
            return entries;
        }
        // "International Civil Liberties Monitoring Group (ICLMG), Tim McSorley, National
        // Coordinator": the person who signs for the organisation and their post, after its
        // acronym, are a part of its entry, not two more signers.
        if (rest.size() > 2 && rest[0] == ',' && rest[1] == ' ' && (*line)[0].groups.size() == 1 &&
            looks_like_acronym(group) && representative_and_post(rest.substr(2))) {
            auto e = entry_text::of((*line)[0]);
            e.groups.push_back(rest.substr(2));
            e.last = (*line)[1].last;
            entries.push_back(e);
            return entries;
        }
        // "Emin Huseynov, Institute for Reporters' Freedom and Safety (IRFS)" / "   Switzerland",
        // "Amber Centre (AC) Kazakhstan": a country after the parentheses, the entry's own.
        if (!rest.empty() && rest.size() <= 40 && (*line)[1].name.front() != ',' &&
            utf8::is_upper_letter(utf8::decode(rest, 0).cp) && as_country(rest)) {
            auto e = entry_text::of((*line)[0]);
            e.groups.push_back(rest);
            e.last = (*line)[1].last;
            entries.push_back(e);
            return entries;
        }
        // "Reporters Without Borders (RSF) Eastern Europe office": a name that goes on after its
        // acronym, with no part of its own, names a branch of that organisation, not a second.
        // After a comma, only words that name a branch ("Human Rights Watch (HRW), Brussels
        // office"): most names there are a second signer's.
        auto const acronym = (*line)[0].groups.size() == 1 ? (*line)[0].groups[0].text : std::string_view();
        bool const branch_after_comma = rest.size() > 2 && rest[0] == ',' && rest[1] == ' ' && names_a_branch(rest.substr(2));
        if (!acronym.empty() && looks_like_acronym(acronym) && !as_country(acronym) && !rest.empty() &&
            (branch_after_comma || (leading_country_separator(rest) == 0 && (*line)[1].name.front() == ' ' &&
                                    utf8::is_upper_letter(utf8::decode(rest, 0).cp) && text::word_count(rest, 6) <= 5 &&
                                    !as_country(rest) && !looks_like_place(rest)))) {
            auto e = entry_text::whole(part);
            // "(HRC) Human Rights Centre": the acronym first, the name after it alone.
            if (trim((*line)[0].name).empty()) e.name = rest;
            e.groups.push_back(acronym);
            entries.push_back(e);
            return entries;
        }
    }
    for (auto const& parsed : *line) {
        auto text = trim(parsed.name);
        if (auto const skip = &parsed != &line->front() && !text.empty() && utf8::is_lower_letter(utf8::decode(text, 0).cp)
                                  ? after_conjunction(text)
                                  : 0) {
            auto e = entry_text::of(parsed);
            e.name = text.substr(skip);
            e.first = e.name.data();  // the signer's span leaves the conjunction out
            entries.push_back(e);
            continue;
        }
        // "Center for Media Freedom (CMF)*, Armenia", "(CEJAM)[3], Peru", "(CEJAM)³, Peru": the mark
        // of a footnote after the parentheses, before the separator, is none of what follows.
        if (!entries.empty() && parsed.groups.empty() && !text.empty() &&
            (text[0] == '*' || text[0] == '[' || static_cast<unsigned char>(text[0]) >= 0x80))
            if (auto const end = std::min(text.find_first_of(", "), text.size());
                end > 0 && end < text.size() && text::footnote_mark_at_end(text.substr(0, end)) == end)
                text = trim(text.substr(end));
        std::size_t const separator = leading_country_separator(text);
        // "Name (ACR)<tab>Kenya": a column's gap after the parentheses parts a country's cell as a
        // separator does.
        auto const gap = !entries.empty() && parsed.groups.empty() && separator == 0 && !parsed.name.empty() &&
                         (parsed.name.front() == '\t' || parsed.name.substr(0, 2) == "  ");
        // "Name (ACR), Myanmar (in exile)": a country after the separator may carry a remark on
        // where the signer works from; both are the entry's, the country no signer of its own.
        bool const remarked = separator != 0 && !parsed.groups.empty() && only_exile_remarks(parsed);
        if (!entries.empty() && (parsed.groups.empty() || remarked) && (separator != 0 || gap)) {
            auto rest = trim(text.substr(separator));
            bool const after_acronym = !entries.back().groups.empty() && looks_like_acronym(entries.back().groups.back());
            // After a slash, a bar or a middle dot, only a country or a town ("(SweFOR) / Suecia",
            // "(España) / Madrid"), not a page's words ("[Letter (PDF)] · [Leer en español]").
            bool const mark = separator != 0 && (text[0] == '/' || text[0] == '|' || text[0] == '\xC2');
            // "Arcadia Ethical Funds (Sweden) – EUR 120 bn": the assets an investor manages are its
            // entry's too.
            if (as_country(rest) || (!remarked && looks_like_place(rest) && !is_legal_form(rest)) ||
                (!mark && !remarked &&
                 ((after_acronym && as_country_code(rest)) || place_detail::names_place_and_country(rest) || town_and_region(rest) ||
                  is_address(rest) || (after_acronym && looks_like_place_of_words(rest)) || is_amount(rest)))) {
                entries.back().groups.push_back(rest);
                for (auto const& g : parsed.groups) entries.back().groups.push_back(g.text);
                entries.back().last = parsed.last;
                continue;
            }
        }
        // "(BHC) Belarusian Helsinki Committee (Lithuania)": an acronym in parentheses alone before
        // a name is that name's, and its parentheses after it are the same entry's.
        if (entries.size() == 1 && trim(entries.back().name).empty() && entries.back().groups.size() == 1 &&
            looks_like_acronym(entries.back().groups[0]) && !as_country(entries.back().groups[0]) && !text.empty() &&
            parsed.name.front() == ' ' && utf8::is_upper_letter(utf8::decode(text, 0).cp)) {
            auto& e = entries.back();
            e.name = text;
            for (auto const& g : parsed.groups) e.groups.push_back(g.text);
            e.last = parsed.last;
            continue;
        }
        auto e = entry_text::of(parsed);
        // "A (Country), B (Country), C, role", "A (UK); B (Lithuania).": the comma or semicolon
        // after a parenthesis opens the next entry's text, and is none of its name; the list's
        // full stop after the last is no entry.
        if (!entries.empty()) {
            auto name = e.name;
            while (!name.empty() && (name.front() == ' ' || name.front() == ',' || name.front() == ';')) name.remove_prefix(1);
            if (e.groups.empty() && name.size() <= 2 && (name == "." || trim_list_punctuation(name).empty())) {
                entries.back().last = parsed.last;
                continue;
            }
            if (name.size() != e.name.size() && !name.empty()) {
                e.name = name;
                e.first = name.data();
            }
        }
        entries.push_back(e);
    }
    return entries;
}



// A name in capitals: four capitals or more and no small letter ("PRO ASYL"). Eight ASCII
// bytes are counted at once.
inline bool in_capitals_only(std::string_view name) {
    using namespace text::swar;
    std::size_t upper = 0;
    for (std::size_t i = 0; i < name.size();) {
        if (name.size() - i >= 8) {
            auto const w = load8(name.data() + i);
            if ((w & highs) == 0) {
                if (in_range(w, 'a', 'z') != 0) return false;
                upper += count_marked(in_range(w, 'A', 'Z'));
                i += 8;
                continue;
            }
        }
        auto const d = utf8::decode(name, i);
        i += d.length;
        if (utf8::is_lower_letter(d.cp)) return false;
        upper += utf8::is_upper_letter(d.cp);
    }
    return upper >= 4;
}

// "netzpolitik.org", "epicenter.works", "dju in ver.di", "iRights.info": a name some
// organisations write in lower case, told from a line of prose by being a few words of which
// one is written as an address is (a stop between letters) or has a capital after its start.
// So is a name of one or two words of letters alone ("iuridicum remedium"), unless it opens
// with a function word ("and others", "of the").
inline bool written_in_lower_case(std::string_view name) {
    if (!utf8::is_lower_letter(utf8::decode(name, 0).cp) || text::word_count(name, 5) > 4) return false;
    if (text::word_count(name, 3) <= 2 && std::all_of(name.begin(), name.end(), [](char c) {
            return c == ' ' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80);
        })) {
        auto const first = utf8::lower_same_length(name.substr(0, std::min(name.find(' '), name.size())));
        auto const m = lang::starts_with_any<&lang::language_table::stop_words>(first);
        if (!(m && m.phrase.size() == first.size())) return true;
    }
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
        auto const c = name[i];
        if (c == '.' && name[i - 1] != ' ' && name[i + 1] != ' ' && utf8::is_letter(utf8::decode(name, i + 1).cp)) return true;
        if (c >= 'A' && c <= 'Z' && name[i - 1] != ' ') return true;
    }
    return false;
}

// "association des femmes de Kerbala", "centro de derechos humanos Alba Nueva", "réseau des jeunes
// leaders du Sahel": a name some organisations write all in lower case, the word of their kind
// first (an organisation word of the tables), a dozen words at most and no full stop at its end,
// as a list's line and no sentence's is written.
inline bool opens_with_kind_in_lower_case(std::string_view name, name_fold& fold) {
    constexpr auto kinds = &lang::language_table::organisation_words;
    if (name.back() == '.' || !may_open_with<kinds>(name) || text::word_count(name, 13) > 12) return false;
    auto const folded = fold.start_for<kinds>(name);
    auto const m = lang::starts_with_any<kinds>(folded);
    return m && m.phrase.size() < folded.size() && folded[m.phrase.size()] == ' ';
}

// Whether a name of many words in lower case is an organisation's: twelve words at most, an
// organisation word among the first three, and no full stop at the end.
// "Нижегородская областная общественная организация …": four words in, after the adjectives of
// its region and its standing.
inline bool opens_as_organisation(std::string_view name, name_fold& fold, std::size_t words) {
    if (words > 12 || name.back() == '.') return false;
    auto const folded = fold.whole(name);
    auto const word = lang::find_any<&lang::language_table::organisation_words>(folded);
    return word && std::count(folded.begin(), folded.begin() + static_cast<std::ptrdiff_t>(word.position), ' ') <= 3;
}

// "Правозащитный центр «Мемориал»", "Fundacja „Nasz Wybór”": a name in guillemets or low-high
// quotes inside the entry, the way organisations write their proper names in these languages.
inline bool has_quoted_name(std::string_view name) {
    auto const open = name.find("\xC2\xAB");  // «
    if (open != std::string_view::npos) return name.find("\xC2\xBB", open) != std::string_view::npos;
    auto const low = name.find("\xE2\x80\x9E");  // „
    return low != std::string_view::npos && name.find_first_of("\"\xE2", low + 3) != std::string_view::npos;
}

// "[Withheld] Women's Group", "[Name withheld], Kestrel Bay": a signer who withholds a name, the
// mark of the tables in square brackets at the start of the entry where the name would stand.
inline bool opens_with_withheld_mark(std::string_view name) {
    if (name.size() < 3 || name.front() != '[') return false;
    auto const close = name.find(']');
    return close != std::string_view::npos && utf8::with_fold(name.substr(1, close - 1), [](std::string_view folded) {
               return static_cast<bool>(lang::find_any<&lang::language_table::withheld_names>(folded));
           });
}

// "Amnistie pour les droits – section canadienne francophone", "Amnesty International – sección
// de Ciudad de México": a chapter of an organisation after a dash, written in lower case as its
// language writes a branch (a branch word of the tables first or last). Its words of lower case
// (of more than three code points, as weigh counts them) are the branch's, not a sentence's; so
// are a country's after a dash ("Internet sans frontières Afrique de l'Ouest – Côte d'Ivoire"),
// which the list reads as the signer's.
inline std::size_t lower_words_of_branch_after_dash(std::string_view name) {
    auto const dash = last_spaced_dash(name);
    if (!dash) return 0;
    auto const branch = name.substr(dash->at + dash->length);
    if (!names_a_branch(branch) && !as_country(trim(branch))) return 0;
    std::size_t lower_words = 0;
    for (std::size_t pos = 0; pos < branch.size();) {
        if (branch[pos] == ' ') {
            ++pos;
            continue;
        }
        std::size_t const end = text::word_end(branch, pos);
        std::size_t length = 0;
        for (std::size_t i = pos; i < end && length <= 3; i += utf8::decode(branch, i).length) ++length;
        lower_words += length > 3 && utf8::is_lower_letter(utf8::decode(branch, pos).cp);
        pos = end;
    }
    return lower_words;
}

// "lndex on Censorship, United Kingdom" (a scan's "l" for "I"), "l'Observatoire pour la
// Protection des Défenseurs, France", "the Observatory for Defenders (OFD)": a name in lower case
// at its first letter is weighed as a capitalised one where the entry has a list entry's shape,
// a country or an acronym after the name; a sentence cut at a line's end has neither.
inline bool entry_shaped(signatory const& s) {
    return (s.country || s.acronym) && s.name.find(", ") == std::string::npos;
}

// How much an interpreted entry looks like a signer. Strong evidence: a country, an
// acronym, a person with a role, an organisation word, a name in capitals.
// `fold` is the fold interpret() left of the signatory's name.
inline entry_likelihood weigh(signatory const& s, name_fold& fold) {
    auto const& name = s.name;
    if (name.empty()) return entry_likelihood::none;
    // "231 🔁 87 💬 14": a post's counts of reactions, numbers apart with no letter ("11.11.11"
    // is a name).
    if (utf8::is_digit(utf8::decode(name, 0).cp) && name.find(' ') != std::string::npos && !has_letter(name))
        return entry_likelihood::none;
    auto first = utf8::decode(name, 0).cp;
    // Scripts without case (Armenian, Georgian …) count as capitalised.
    bool caseless_letter = utf8::is_letter(first) && !utf8::is_lower_letter(first);
    // "prof. dr hab. Ewa Nowak", "sędzia w stanie spoczynku Jan Kowalczyk": a title or a role in
    // lower case before a person's name opens a name as a capital does.
    if (!(utf8::is_upper_letter(first) || utf8::is_digit(first) || utf8::is_quote(first) || first == '(' ||
          caseless_letter) &&
        !starts_with_person_title(name, fold) && !opens_with_role(name, fold) && !opens_with_name_particle(name) &&
        !opens_with_withheld_mark(name) && !entry_shaped(s))
        return written_in_lower_case(name) || opens_with_kind_in_lower_case(name, fold) ? entry_likelihood::possible
                                                                                        : entry_likelihood::none;
    // Too many words, or too many in lower case, make no name: a sentence. Read a word at a
    // time: a word counts in lower case when it starts with a small letter and has more than
    // three code points, so only such a word is walked, and only to its fourth.
    // An acronym or a country the entry gave shows a name however long it is ("Coalition des
    // organisations de la société civile pour le suivi des réformes … (CORAP)"). The words of
    // a part in parentheses are a remark on the name or its translation, and do not count.
    // Not a name with commas: names glued in a sentence ("The statement was signed by A, B, the
    // Committee to Protect Journalists (CPJ)").
    bool const marked = (s.country || s.acronym) && name.find(", ") == std::string::npos;
    std::size_t most_words = marked ? 24 : 14, most_lower = marked ? 14 : 8;
    // What the entry read shows it certain ("Association No 12 (Chile)", "Oren Vale, lawyer")
    // unless its words are too many or too many in lower case: a name of no more words than
    // the fewest that make it so (words are counted apart by spaces, so its spaces and one
    // bound them) is certain without a walk of its words. Marked, its lower-case words must
    // pass fourteen; otherwise five pass the test of many lower-case words below.
    if (s.country || s.acronym || (s.type == signatory_type::person && (s.role || s.place))) {
        std::size_t const fewest_too_many = marked ? most_lower + 1 : 5;
        if (static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1 < fewest_too_many)
            return entry_likelihood::certain;
    }
    // "Comité de défense des droits des migrants et des réfugiés de la région d'Agadez": a name
    // that opens with the word of its kind runs as long as a marked one, in a language that
    // writes its words in lower case (looked up only for a name that goes past the limits).
    bool opens_with_kind = false;
    auto const longer_as_organisation = [&] {
        if (marked || opens_with_kind || name.back() == '.' || name.find(", ") != std::string::npos) return false;
        auto const word = lang::starts_with_any<&lang::language_table::organisation_words>(fold.whole(name));
        if (!word) return false;
        opens_with_kind = true;
        most_words = 24;
        most_lower = 14;
        return true;
    };
    std::size_t words = 0, lower_words = 0;
    int depth = 0;
    for (std::size_t pos = 0; pos < name.size();) {
        if (name[pos] == ' ') {
            ++pos;
            continue;
        }
        std::size_t const end = text::word_end(name, pos);
        if (name[pos] == '(') ++depth;
        if (depth == 0) {
            if (++words > most_words && !longer_as_organisation()) return entry_likelihood::none;
            if (utf8::is_lower_letter(utf8::decode(name, pos).cp)) {
                std::size_t length = 0;
                for (std::size_t i = pos; i < end && length <= 3; i += utf8::decode(name, i).length) ++length;
                if (length > 3 && ++lower_words > most_lower && !longer_as_organisation()) return entry_likelihood::none;
            }
        }
        if (name[end - 1] == ')' && depth > 0) --depth;
        pos = end;
    }
    // A chapter or a country after a dash ("… – section canadienne francophone", "… – Côte
    // d'Ivoire") makes no sentence of the name: its words are not counted (sought only in a name
    // of several such words).
    if (lower_words > 3) lower_words -= lower_words_of_branch_after_dash(name);
    // Names in Russian, Ukrainian or French write most words in lower case ("Казахстанское
    // бюро по правам человека и соблюдению законности", "Association pour la défense des droits
    // de l'homme"): more such words make a name where an organisation word stands among its
    // first four and it ends as no sentence does, or where it quotes its proper name.
    bool const quoted = lower_words > 3 && name.back() != '.' && has_quoted_name(name);
    if (lower_words > 4 && !marked && !quoted && !opens_with_kind && !opens_as_organisation(name, fold, words) &&
        !longer_as_organisation())
        return entry_likelihood::none;
    // What the entry read says first, the name's words after.
    // A person's place shows them as their role does ("Rev. Anna Berg, Harrisburg, PA").
    if (s.country || s.acronym || (s.type == signatory_type::person && (s.role || s.place))) return entry_likelihood::certain;
    if (in_capitals_only(name)) return entry_likelihood::certain;
    // "Dyrektor Centrum Monitoringu …", "Journalist": the role line under a person's name.
    if (opens_with_kind || opens_with_role(name, fold) || (words <= 12 && fold.organisation_word(name))) return entry_likelihood::certain;
    return lower_words <= 3 || quoted ? entry_likelihood::possible : entry_likelihood::none;
}


}  // namespace signatory_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
