// Definitions for <civic/recognise/calls.hpp>.
#pragma once
#include <civic/grammar/call_introduction.hpp>
#include <civic/geo/countries.hpp>
#include <civic/grammar/list_marker.hpp>
#include <civic/lang/demanded_action.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/layout/segment.hpp>
#include <civic/recognise/addresses.hpp>
#include <civic/recognise/calls.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/words.hpp>

#include <algorithm>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace call_detail {

inline text_block block_text(call_scan const& scan, std::size_t i) {
    auto const& b = scan.blocks[i];
    return {std::string(b.text), scan.spans(b.begin, b.end)};
}

// Drops a preposition of the tables at either end: "les autorités à" → "les autorités".
inline std::string without_prepositions(std::string text) {
    // One preposition off either end, as often as one is there.
    auto drop_one = [&text] {
        auto folded = utf8::lower_same_length(text);
        for (auto const* t : lang::all_languages)
            for (std::string_view p : t->call_prepositions) {
                if (folded.size() <= p.size()) continue;
                if (folded.compare(0, p.size(), p) == 0 && folded[p.size()] == ' ') {
                    text.erase(0, p.size() + 1);
                    return true;
                }
                if (folded.compare(folded.size() - p.size(), p.size(), p) == 0 && folded[folded.size() - p.size() - 1] == ' ') {
                    text.erase(text.size() - p.size() - 1);
                    return true;
                }
            }
        return false;
    };
    while (drop_one()) {
    }
    return text;
}

// A heading's words without its colon and the spaces before it; nothing when none are left or a
// sentence's punctuation stands among them.
inline std::optional<std::string_view> heading_words(std::string_view text) {
    auto body = text.substr(0, text.size() - (!text.empty() && text.back() == ':'));
    while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
    if (body.empty() || body.find_first_of("!?;") != std::string_view::npos) return std::nullopt;
    return body;
}

// "the Vietnamese authorities to": the words before an infinitive's marker of `language` that
// ends them; nothing when none does.
inline std::optional<std::string_view> before_final_marker(std::string_view words, lang::language_table const& language) {
    auto const lowered = utf8::lower_same_length(words);
    for (std::string_view m : language.infinitive_markers)
        if (lowered.size() > m.size() + 1 && lowered.compare(lowered.size() - m.size(), m.size(), m) == 0 &&
            lowered[lowered.size() - m.size() - 1] == ' ')
            return words.substr(0, words.size() - m.size() - 1);
    return std::nullopt;
}

// A heading's words as the addressee they name: without the prepositions at either end and the
// spaces around, or nothing when none is left ("To the Council of Europe:" gives "the Council
// of Europe").
inline std::optional<std::string> heading_addressee_text(std::string_view words) {
    auto addressee = without_prepositions(layout::collapse_spaces(words));
    while (!addressee.empty() && addressee.front() == ' ') addressee.erase(0, 1);
    while (!addressee.empty() && addressee.back() == ' ') addressee.pop_back();
    if (addressee.empty()) return std::nullopt;
    return addressee;
}

// The last call verb of a block, searched in its lowered text (same offsets as its text) with
// the phrases of every table: the last one wins ("we welcome … and call on X to:"). What follows
// it in the block's text is where its addressee stands.
struct last_verb {
    lang::phrase_match verb;
    std::string_view after;  // the block's text after the verb
};

// Whether `word` is one of `words` (a table of a few words: a search costs less than a set).
inline bool listed(std::string_view word, lang::table_view<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// The preposition that ends a call verb and opens whom it asks ("to" of "recommendations to",
// "appeal to"); empty when the verb ends with none. As a noun too such a verb names its
// addressee ("the following recommendations to the Government of Solaria:").
inline std::string_view preposition_ending(lang::phrase_match const& verb) {
    auto const space = verb.phrase.rfind(' ');
    if (space == std::string_view::npos) return {};
    auto const last = verb.phrase.substr(space + 1);
    return listed(last, verb.table->call_prepositions) ? last : std::string_view{};
}

inline bool names_whom_it_asks(lang::phrase_match const& verb) { return !preposition_ending(verb).empty(); }

// Whether the call verb `verb` found in `lowered` is a noun there: after an article or a word
// that points at a list ("to act on the following demands:", "to meet the demands of …"). Not
// where a preposition of a call and an article follow it: as "recommendations to" does, the noun
// names whom it asks ("We address the following demands to the Government of Veloria:").
inline bool verb_is_noun(std::string_view lowered, lang::phrase_match const& verb) {
    if (names_whom_it_asks(verb)) return false;
    auto before = lowered.substr(0, verb.position);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    auto const word = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
    auto const& language = *verb.table;
    if (!listed(word, language.articles) && !listed(word, language.following_words)) return false;
    auto rest = lowered.substr(verb.position + verb.phrase.size());
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(' ')));
    auto const space = rest.find(' ');
    if (space == std::string_view::npos) return true;
    auto const article = rest.substr(space + 1, rest.find(' ', space + 1) - space - 1);
    return !(listed(rest.substr(0, space), language.call_prepositions) && listed(article, language.articles));
}

inline last_verb last_call_verb(layout::block const& b) {
    auto const lowered = utf8::lower_same_length(b.text);
    auto verb = lang::find_last<&lang::language_table::call_verbs>(lowered);
    while (verb && verb_is_noun(lowered, verb))
        verb = lang::find_last<&lang::language_table::call_verbs>(std::string_view(lowered).substr(0, verb.position));
    if (!verb) return {verb, {}};
    return {verb, std::string_view(b.text).substr(verb.position + verb.phrase.size())};
}

// Whether a sentence ends at s[i]: a full stop, a question or an exclamation mark before a
// space or the end. A full stop after a short word or one with stops in it ends an
// abbreviation ("Mr.", "St.", "U.S.") and no sentence.
inline bool ends_sentence(std::string_view s, std::size_t i) {
    if (s[i] != '.' && s[i] != '!' && s[i] != '?') return false;
    if (i + 1 < s.size() && s[i + 1] != ' ') return false;
    if (s[i] != '.') return true;
    std::size_t w = i;
    while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '.') --w;
    return i - w > 3 && (w == 0 || s[w - 1] != '.');
}

// A sentence is read this far from a call verb at most: a text without full stops (a page on
// one line) is not read to its end once a verb.
constexpr std::size_t sentence_reach = 1000;

// The end of the sentence that goes on at `from`: the end of the text if no sentence ends
// before, and no further than sentence_reach.
inline std::size_t sentence_end(std::string_view s, std::size_t from) {
    auto const last = std::min(s.size(), from + sentence_reach);
    while (from < last && !ends_sentence(s, from)) ++from;
    return from;
}

// Whether `word` (lowered) ends with one of `endings`.
inline bool ends_with_any(std::string_view word, lang::table_view<std::string_view> endings) {
    return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) {
        return word.size() > e.size() && word.compare(word.size() - e.size(), e.size(), e) == 0;
    });
}

// "call for" asks for something ("the release of …"), of no one it names.
inline bool calls_for_something(lang::phrase_match const& verb) {
    return verb.phrase.size() > 4 && verb.phrase.compare(verb.phrase.size() - 4, 4, " for") == 0;
}

// Whether `lowered` opens with a topic marker of `language` ("on", "sur", "о", "w sprawie"):
// only the language's own count ("de la" opens a topic in Romanian, not in French).
inline bool opens_topic(std::string_view lowered, lang::language_table const& language) {
    return std::any_of(language.topic_markers.begin(), language.topic_markers.end(),
                       [&](std::string_view m) { return lang::starts_with_phrase(lowered, m); });
}

// Whether `word` is a pronoun of the reader in `language` ("you", "vous", "вас", "Sie").
inline bool names_reader(std::string_view word, lang::language_table const& language) {
    return !word.empty() && word.size() <= 16 && listed(utf8::lower_same_length(word), language.second_person);
}

// The words after a call verb, read one at a time by the walks below: its text (the start of
// the sentence) and the lower case of it at the same offsets, which the tables are compared with.
class word_walk {
public:
    explicit word_walk(std::string_view after) : text_(after.substr(0, 300)), lowered_(utf8::lower_same_length(text_)) {}

    std::string_view text() const noexcept { return text_; }
    std::size_t size() const noexcept { return text_.size(); }
    bool space(std::size_t i) const noexcept { return i < lowered_.size() && (lowered_[i] == ' ' || lowered_[i] == '\t'); }
    std::size_t skip_spaces(std::size_t i) const noexcept {
        while (space(i)) ++i;
        return i;
    }
    // Where the word at i ends: at a space or at punctuation (i itself if punctuation stands there).
    std::size_t word_end(std::size_t i) const noexcept {
        while (i < lowered_.size() && !space(i) && std::string_view(",.:;()!?").find(lowered_[i]) == std::string_view::npos) ++i;
        return i;
    }
    std::string_view word(std::size_t i, std::size_t end) const noexcept { return std::string_view(lowered_).substr(i, end - i); }
    // The lowered word that starts after the word ending at `end`, past spaces.
    std::string_view next_word(std::size_t end) const noexcept {
        auto const next = skip_spaces(end);
        return word(next, word_end(next));
    }
    bool lower_at(std::size_t i) const noexcept { return i < text_.size() && utf8::is_lower_letter(utf8::decode(text_, i).cp); }
    // "l'État", "d'Europe": an article or a preposition cut short before a name.
    bool elided_at(std::size_t i) const noexcept {
        if (i >= text_.size()) return false;
        auto const after = i + utf8::decode(text_, i).length;
        return after < lowered_.size() && (lowered_[after] == '\'' || lowered_.compare(after, 3, "\xE2\x80\x99") == 0);
    }

private:
    std::string_view text_;
    std::string lowered_;
};

// Whether the words at `pos` open what an addressee is asked about: a topic marker of `language`
// ("o", "w sprawie"), but not one that also joins a name's complement, before a capital ("an die
// Regierung von Veloria", "депутатам от Партии …", "autoritățile de la Chișinău"): a call's
// authors speak as its subject, so the marker names whose body is asked, never who wrote (as a
// headline's "Offener Brief … von PRO ASYL" does).
inline bool opens_asked_topic(word_walk const& w, std::size_t pos, lang::language_table const& language) {
    auto const rest = w.word(pos, w.size());
    if (!opens_topic(rest, language)) return false;
    for (std::string_view marker : language.complement_topic_markers) {
        if (!lang::starts_with_phrase(rest, marker)) continue;
        auto const next = w.skip_spaces(pos + marker.size());
        return next >= w.size() || !utf8::is_upper_letter(utf8::decode(w.text(), next).cp);
    }
    return true;
}

// In a language that marks the infinitive by its ending ("призываем власти Беларуси освободить
// …", "закликаємо владу звільнити …"), the addressee is the words after the verb (and its
// preposition: "обращаемся к …", "вимагаємо від …") up to the first that is no part of a name:
// an infinitive, a preposition ("суд при рассмотрении …"), a function word of the language,
// an adverb ("немедленно"), a particle before the infinitive ("не"). A call has an infinitive
// soon after; without one ("требуем освобождения задержанных") the words name what is asked,
// not of whom, as they do when they begin with an action's noun whatever follows ("требуем
// освобождения активистов, приговорённых к шести годам": "шести" only looks an infinitive).
inline std::optional<std::string_view> addressee_before_infinitive(std::string_view after, lang::language_table const& language) {
    if (language.infinitive_endings.empty() || !language.infinitive_markers.empty()) return std::nullopt;
    constexpr std::size_t most_words = 7, infinitive_within = 10;
    word_walk const w(after);
    auto const infinitive = [&](std::string_view word) { return ends_with_any(word, language.infinitive_endings); };
    std::size_t pos = w.skip_spaces(0);
    if (auto const e = w.word_end(pos); listed(w.word(pos, e), language.call_prepositions)) pos = w.skip_spaces(e);
    std::size_t const begin = pos;
    if (lang::names_demanded_action(w.text().substr(begin), language)) return std::nullopt;
    std::size_t end = pos, words = 0;
    bool closed = false;  // the addressee ended at punctuation
    bool after_acronym = false;  // the word before is an acronym ("ООН", "ОБСЕ")
    std::size_t mandates = 0;    // words of mandates read, past the words a name alone may have
    while (pos < w.size() && !closed) {
        auto const e = w.word_end(pos);
        if (e == pos) break;  // punctuation: the addressee ends before it
        auto const word = w.word(pos, e);
        // "а от Уполномоченного по правам человека — посетить колонию": a dash between the
        // addressee and what it is asked.
        if (word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94") break;
        std::size_t letters = 0;
        for (std::size_t i = 0; i < word.size(); i += utf8::decode(word, i).length) ++letters;
        // "Совет ООН по правам человека", "Комитет ООН против пыток", "Раду ООН з прав людини": a
        // preposition after an international body's acronym opens its mandate, part of its name;
        // so does one of the mandate's own after the body's title in capitals, its first word
        // ("Уполномоченного по правам человека", "Комитет против пыток"; "Московский городской
        // суд при рассмотрении …" is asked while it considers).
        bool const mandate = (after_acronym && (listed(word, language.prepositions) || listed(word, language.mandate_prepositions))) ||
                             (words == 1 && w.lower_at(pos) && !w.lower_at(begin) && listed(word, language.mandate_prepositions));
        bool const no_name = w.lower_at(pos) && !listed(word, language.conjunctions) && !mandate &&
                             (infinitive(word) || listed(word, language.prepositions) || listed(word, language.stop_words) ||
                              (letters >= 6 && word.compare(word.size() - 4, 4, "\xD0\xBD\xD0\xBE") == 0) ||  // "…но": an adverb
                              (letters <= 2 && infinitive(w.next_word(e))));  // "не" ("области" is a noun)
        if (no_name && words == 0) return std::nullopt;  // "требуем немедленно освободить …": no one named
        if (no_name) break;
        if (mandate || mandates > 0) ++mandates;  // "по вопросам свободы СМИ": longer, as the body's own name
        auto const capital = [&](std::size_t at) { return utf8::is_upper_letter(utf8::decode(w.text(), at).cp); };
        after_acronym = letters >= 2 && capital(pos) && capital(pos + utf8::decode(w.text(), pos).length);
        end = e;
        if (++words > most_words + std::min<std::size_t>(mandates, 4)) return std::nullopt;
        closed = e < w.size() && !w.space(e);
        pos = w.skip_spaces(e);
    }
    if (words == 0) return std::nullopt;
    // An infinitive within the next few words of the sentence makes it a call.
    for (std::size_t k = 0, p = end; k < infinitive_within && p < w.size(); ++k) {
        while (p < w.size() && (w.space(p) || w.text()[p] == ',')) ++p;
        auto const e = w.word_end(p);
        if (e == p) break;
        if (infinitive(w.word(p, e))) return w.text().substr(begin, end - begin);
        p = e;
    }
    return std::nullopt;
}

// "требуем от прокуратуры провести проверку, а от Уполномоченного по правам человека — посетить
// колонию": after a comma, a short conjunction and a preposition of a call ("а от", "а к"), a
// further addressee, its verb left out, asked an infinitive of its own as the first one is.
// Each such addressee in `rest`, the sentence after the first.
inline std::vector<std::string_view> elided_addressees(std::string_view rest, lang::language_table const& language) {
    std::vector<std::string_view> out;
    for (auto comma = rest.find(", "); comma != std::string_view::npos; comma = rest.find(", ", comma + 2)) {
        word_walk const w(rest.substr(comma + 2, 64));
        auto const conjunction_end = w.word_end(0);
        std::size_t letters = 0;
        for (std::size_t i = 0; i < conjunction_end; i += utf8::decode(w.text(), i).length) ++letters;
        auto const preposition = w.skip_spaces(conjunction_end);
        if (letters == 0 || letters > 2 || !w.lower_at(0) ||
            !listed(w.word(preposition, w.word_end(preposition)), language.call_prepositions))
            continue;
        if (auto const a = addressee_before_infinitive(rest.substr(comma + 2 + preposition), language)) out.push_back(*a);
    }
    return out;
}

// "d'envoyer", "d’agir": a preposition ("de") cut short before an infinitive in lower case, the
// word of `w` from `pos` to `end` ("d'Ivoire" goes on with a name; "l'ordre" is an article's).
inline bool elided_before_infinitive(word_walk const& w, std::size_t pos, std::size_t end, lang::language_table const& language) {
    if (!w.elided_at(pos)) return false;
    auto const word = w.word(pos, end);
    char const uncut[] = {word[0], 'e'};
    if (!listed(std::string_view(uncut, 2), language.call_prepositions)) return false;
    auto const apostrophe = word.compare(1, 1, "'") == 0 ? 1 : 3;  // ' or ’
    auto const rest = pos + 1 + static_cast<std::size_t>(apostrophe);
    return rest < end && w.lower_at(rest) && ends_with_any(word, language.infinitive_endings);
}

// "Nous demandons au gouvernement de Valmont de retirer …", "exigimos al gobierno del estado de
// San Lorenzo la liberación …": the addressee after a preposition of the verb's language ("au",
// "aux", "al", "a los"), up to what it is asked: an infinitive after a preposition ("de
// retirer"), or an article or another function word that opens the thing asked for ("la
// liberación", "su liberación"; "de la République" goes on with the name).
inline std::optional<std::string_view> addressee_after_preposition(std::string_view after, lang::language_table const& language) {
    if (language.infinitive_endings.empty() || language.articles.empty()) return std::nullopt;
    constexpr std::size_t most_words = 10;
    word_walk const w(after);
    std::size_t pos = w.skip_spaces(0);
    auto e = w.word_end(pos);
    // A preposition that opens an addressee ("au", "aux", "a las"): "de" opens what is asked
    // ("nous vous demandons de fermer …").
    if (!listed(w.word(pos, e), language.call_prepositions) ||
        !lang::starts_with_any<&lang::language_table::addressee_openers>(w.word(pos, w.size())))
        return std::nullopt;
    pos = w.skip_spaces(e);
    std::size_t const begin = pos;
    std::size_t end = pos, words = 0;
    bool after_preposition = true;
    bool named = false;  // a word that is no article or function word: "a la más amplia …" names no one
    bool last_named = false;  // the word before was such a word
    while (pos < w.size()) {
        e = w.word_end(pos);
        if (e == pos) return std::nullopt;  // punctuation before what is asked
        auto const word = w.word(pos, e);
        // "au gouvernement du Mali et à la communauté internationale de …": a conjunction and a
        // preposition that opens an addressee begin the next addressee, which this one ends before.
        if (words > 0 && listed(word, language.conjunctions)) {
            auto const next = w.skip_spaces(e);
            if (listed(w.next_word(e), language.call_prepositions) &&
                lang::starts_with_any<&lang::language_table::addressee_openers>(w.word(next, w.size())))
                break;
        }
        bool const article = listed(word, language.articles);
        if (words > 0 && article && !after_preposition) break;  // "… San Lorenzo la liberación"
        bool const preposition = listed(word, language.call_prepositions) || listed(word, language.infinitive_markers) ||
                                 listed(word, language.prepositions);
        bool const function_word = listed(word, language.stop_words);
        // Another function word opens what is asked ("a las autoridades su liberación"); "y", "et" join names.
        if (words > 0 && !article && !preposition && function_word && !listed(word, language.conjunctions)) break;
        if (words > 0 && preposition) {
            // "de retirer": the infinitive, in lower case, neither an article nor cut short
            auto const next = w.skip_spaces(e);
            auto const next_word = w.next_word(e);
            if (w.lower_at(next) && !listed(next_word, language.articles) && !w.elided_at(next) &&
                ends_with_any(next_word, language.infinitive_endings))
                break;
            // "de tout mettre en œuvre", "de bien vouloir": a short adverb before the infinitive.
            auto const after_next = w.next_word(w.word_end(next));
            if (w.lower_at(next) && next_word.size() <= 4 && !listed(next_word, language.articles) && !w.elided_at(next) &&
                after_next.size() >= 4 && ends_with_any(after_next, language.infinitive_endings))
                break;
        }
        // "… et des peuples d'envoyer une mission": the preposition cut short before the infinitive.
        if (words > 0 && elided_before_infinitive(w, pos, e, language)) break;
        // "exigimos al Ministerio Público cesar la persecución": an infinitive in lower case right
        // after a word of the name, with no marker before it ("de la mujer" is the name's).
        bool const name_word = !(article || preposition || function_word);
        if (words > 0 && name_word && last_named && w.lower_at(pos) && word.size() >= 4 &&
            ends_with_any(word, language.infinitive_endings))
            break;
        last_named = name_word;
        after_preposition = preposition || w.elided_at(pos);
        named = named || name_word;
        end = e;
        if (++words > most_words) return std::nullopt;
        pos = w.skip_spaces(e);
    }
    if (!named || pos >= w.size()) return std::nullopt;  // no one named, or nothing asked
    return w.text().substr(begin, end - begin);
}

// "exigimos al Gobierno de Chile y al Congreso Nacional que …", "demandons au maire et au préfet
// de …": the addressee after a preposition (`first`, in `after`) and those a conjunction and
// another such preposition join to it, each read as the first was.
inline std::vector<std::string> joined_after_preposition(std::string_view after, std::string_view first,
                                                         lang::language_table const& language) {
    std::vector<std::string> out{std::string(first)};
    constexpr std::size_t most = 4;
    for (auto rest = after.substr(static_cast<std::size_t>(first.data() - after.data()) + first.size()); out.size() < most;) {
        word_walk const w(rest);
        auto const c = w.skip_spaces(0), ce = w.word_end(c);
        if (ce == c || !listed(w.word(c, ce), language.conjunctions)) break;
        rest = rest.substr(ce);
        auto const next = addressee_after_preposition(rest, language);
        if (!next) break;
        out.emplace_back(*next);
        rest = rest.substr(static_cast<std::size_t>(next->data() - rest.data()) + next->size());
    }
    return out;
}

// "Wir appellieren an die Staats- und Regierungschefs, für ein offenes Europa einzutreten": where
// a word marks the infinitive that may be fused with its verb ("einzutreten"), an addressee
// opened by a preposition of the tables ends at the comma before what is asked.
inline std::optional<std::string_view> addressee_before_comma(std::string_view after, lang::language_table const& language) {
    if (language.infinitive_markers.empty() || !language.infinitive_endings.empty()) return std::nullopt;
    constexpr std::size_t most_words = 10;
    word_walk const w(after);
    std::size_t const pos = w.skip_spaces(0);
    auto const e = w.word_end(pos);
    if (!listed(w.word(pos, e), language.call_prepositions) ||
        !lang::starts_with_any<&lang::language_table::addressee_openers>(w.word(pos, w.size())))
        return std::nullopt;
    auto const begin = w.skip_spaces(e);
    auto const comma = after.find(',', begin);
    if (comma == std::string_view::npos || comma == begin) return std::nullopt;
    auto const addressee = after.substr(begin, comma - begin);
    if (addressee.find_first_of(".;:!?") != std::string_view::npos || text::word_count(addressee, most_words + 1) > most_words)
        return std::nullopt;
    return addressee;
}

// "vous demandons de suspendre les ventes …": a preposition that opens no addressee ("de",
// not "au") and an infinitive open what is asked; whom it is asked of came before the verb.
// Asked in languages that tell an infinitive by its ending and have articles.
inline bool asks_an_infinitive(std::string_view after, lang::language_table const& language) {
    if (language.infinitive_endings.empty() || language.articles.empty()) return false;
    word_walk const w(after.substr(0, 64));
    auto const p = w.skip_spaces(0), pe = w.word_end(p);
    auto const i = w.skip_spaces(pe), ie = w.word_end(i);
    return pe > p && listed(w.word(p, pe), language.call_prepositions) &&
           !lang::starts_with_any<&lang::language_table::addressee_openers>(w.word(p, w.size())) && w.lower_at(i) &&
           ie - i >= 4 && ends_with_any(w.word(i, ie), language.infinitive_endings);
}

// "appelons à libérer …", "llamamos a liberar …": a verb whose phrase ends in its preposition,
// then an infinitive: what is asked, of no one named (to whom the call is made, the phrase's
// preposition would have opened: "appelons à la communauté internationale").
// The preposition may also stand after the phrase ("appelons | à libérer"). A noun may end as an
// infinitive does ("demandons au maire de revenir …"): where a preposition and an infinitive
// follow within a few words, they are what is asked, and the word before them whom.
inline bool infinitive_after_verb(std::string_view after, lang::phrase_match const& verb) {
    auto const& language = *verb.table;
    if (language.infinitive_endings.empty()) return false;
    word_walk const w(after.substr(0, 120));
    auto i = w.skip_spaces(0), ie = w.word_end(i);
    auto const last_space = verb.phrase.rfind(' ');
    if (last_space == std::string_view::npos || !listed(verb.phrase.substr(last_space + 1), language.call_prepositions)) {
        if (ie == i || !listed(w.word(i, ie), language.call_prepositions)) return false;
        i = w.skip_spaces(ie), ie = w.word_end(i);
    }
    auto const infinitive = [&](std::size_t b, std::size_t e) {
        return w.lower_at(b) && e - b >= 4 && ends_with_any(w.word(b, e), language.infinitive_endings);
    };
    if (!infinitive(i, ie)) return false;
    for (int words = 0; words < 6 && ie < w.size(); ++words) {
        auto const p = w.skip_spaces(ie), pe = w.word_end(p);
        if (pe == p) break;
        auto const n = w.skip_spaces(pe), ne = w.word_end(n);
        if (listed(w.word(p, pe), language.call_prepositions) && ne > n && infinitive(n, ne)) return false;
        ie = pe;
    }
    return true;
}

// Where the clause a call verb asks begins in `after`, past its opener ("demand that | …",
// "exigeons que | …", "fordern, dass | …"); npos if the verb asks no clause.
inline std::size_t clause_start(std::string_view after, lang::phrase_match const& verb) {
    auto const& language = *verb.table;
    if (language.clause_openers.empty()) return std::string_view::npos;
    std::size_t pos = 0;
    while (pos < after.size() && (after[pos] == ' ' || after[pos] == ',')) ++pos;
    // The opener ends the verb's phrase ("demand that") or follows it ("exigeons que").
    auto const last_space = verb.phrase.rfind(' ');
    if (listed(verb.phrase.substr(last_space == std::string_view::npos ? 0 : last_space + 1), language.clause_openers))
        return pos;
    auto const end = after.find(' ', pos);
    if (end == std::string_view::npos || !listed(utf8::lower_same_length(after.substr(pos, end - pos)), language.clause_openers))
        return std::string_view::npos;
    return end + 1;
}

// "We demand that the authorities of Tajikistan immediately release …", "exigeons que le
// gouvernement retire …": what the verb asks is a clause, and its addressee the clause's
// subject. Told without a grammar of the language: the subject is an organ of a state (a state
// word of the tables, with the words in lower case before it: "the Kazakh authorities") or a
// name in capitals ("the European Commission"), a link word and a name after it ("of
// Tajikistan"), and the next word, the verb or its adverb, in lower case. No addressee where
// the subject is neither ("that the charges be dropped", "that the international community
// act"), or where the clause is passive ("that the authorities be held to account").
inline std::optional<std::string_view> addressee_as_subject(std::string_view clause, lang::language_table const& language) {
    constexpr std::size_t most_words = 10;
    word_walk const w(clause);
    std::size_t pos = w.skip_spaces(0);
    auto const capital_at = [&](std::size_t at) { return !w.lower_at(at) && utf8::is_letter(utf8::decode(w.text(), at).cp); };
    // A state word that is the words at `at` whole ("authorities", "prime minister"; not
    // "Prosecutor’s", whose name goes on): its end, or `at` for none.
    auto const state_word_end = [&](std::size_t at) {
        auto const rest = w.word(at, w.size());
        for (auto const& s : language.state_words)
            if (lang::starts_with_phrase(rest, s) && w.word_end(at + s.size()) == at + s.size()) return at + s.size();
        return at;
    };
    std::size_t const begin = pos;
    bool articled = false;
    if (auto const e = w.word_end(pos); listed(w.word(pos, e), language.articles)) {
        pos = w.skip_spaces(e);
        articled = true;
    }
    std::size_t end = pos;            // of the subject read so far
    bool state = false;               // a state word read
    bool just_state = false;          // the last word read was it
    std::size_t capitals = 0;         // words of a name in capitals read
    bool acronym = false;             // one of them all in capitals ("the UN")
    std::size_t pending_lower = 0;    // lower-case words read that a state word must follow
    // "the Ministry of Environment, Forest and Climate Change:": a name in capitals that goes on
    // past its commas, in capitals and the words that link them, up to the colon before the list
    // of what it is to do. Where its last word ends; npos if the words after the comma at `comma`
    // are no such part of the name.
    auto const name_to_colon = [&](std::size_t comma) {
        std::size_t last = std::string_view::npos;
        for (std::size_t p = comma, words = 0; p < w.size() && words <= most_words; ++words) {
            if (w.text()[p] == ',') p = w.skip_spaces(p + 1);
            auto const e = w.word_end(p);
            if (e == p) return p < w.size() && w.text()[p] == ':' ? last : std::string_view::npos;
            auto const word = w.word(p, e);
            if (!capital_at(p) && !listed(word, language.conjunctions) && !listed(word, language.stop_words) &&
                !listed(word, language.articles))
                return std::string_view::npos;
            if (capital_at(p)) last = e;
            p = w.skip_spaces(e);
        }
        return std::string_view::npos;
    };
    for (std::size_t words = 0; pos < w.size(); ++words) {
        auto const e = w.word_end(pos);
        if (e == pos && capitals > 0 && w.text()[pos] == ',')
            if (auto const whole = name_to_colon(pos); whole != std::string_view::npos) end = whole;
        if (e == pos || words > most_words) break;  // punctuation ends the subject
        bool const named = state || capitals > 0;
        if (!state) {
            if (auto const state_end = state_word_end(pos); state_end != pos) {
                end = state_end;
                state = just_state = true;
                pending_lower = 0;
                pos = w.skip_spaces(end);
                continue;
            }
        }
        if (capital_at(pos)) {
            // After the state word a name follows a link ("of Tajikistan") or, in a language
            // without articles, which marks the possessor by its case, directly ("власти
            // Казахстана"); German capitalises every noun ("die Bundesregierung Abschiebungen …").
            if (just_state && !language.articles.empty()) break;
            if (pending_lower > 0) break;  // "the relevant Ministry": no name after lower-case words
            acronym = acronym || (e - pos >= 2 && !w.lower_at(pos + 1) && utf8::is_letter(utf8::decode(w.text(), pos + 1).cp));
            end = e;
            ++capitals;
            just_state = false;
            pos = w.skip_spaces(e);
            continue;
        }
        // "of", "de", "der": a link between the name's parts, when a name in capitals follows
        // (past an article: "of the Republic").
        auto const word = w.word(pos, e);
        if (named && (listed(word, language.stop_words) || listed(word, language.prepositions) || listed(word, language.articles))) {
            auto next = w.skip_spaces(e);
            if (auto const ne = w.word_end(next); listed(w.word(next, ne), language.articles)) next = w.skip_spaces(ne);
            if (next < w.size() && capital_at(next)) {
                end = w.word_end(next);
                ++capitals;
                just_state = false;
                pos = w.skip_spaces(end);
                continue;
            }
            break;
        }
        if (named || pending_lower >= 2) break;
        ++pending_lower;  // "relevant", "kazakh": before the state word, or none is named
        pos = w.skip_spaces(e);
    }
    // A name alone after an article is a name of two words at least or an acronym ("the
    // European Commission", "the UN"): "the Russian invasion forces cease fire" names an adjective.
    // "We recommend that the Committee:": a colon right after it, before the list of what the
    // subject is to do, makes a name of one word a subject too.
    auto const next = w.skip_spaces(end);
    bool const colon = next < w.size() && w.text()[next] == ':';
    bool const named = state || (capitals > 0 && (!articled || capitals >= 2 || acronym || colon));
    bool const after_state = just_state;
    if (!named) return std::nullopt;
    // The verb, or its adverb, in lower case after the subject, not a passive ("be held"); or
    // a colon before what is asked ("We demand that the authorities:"). German puts the verb
    // last: after a state word, whatever follows.
    if (next >= w.size() || w.text()[next] == ':') return w.text().substr(begin, end - begin);
    if (!w.lower_at(next)) return after_state ? std::optional<std::string_view>(w.text().substr(begin, end - begin)) : std::nullopt;
    auto const rest = w.word(next, w.size());
    for (auto const& p : language.passive_auxiliaries)
        if (lang::starts_with_phrase(rest, p)) return std::nullopt;
    if (listed(w.word(next, w.word_end(next)), language.stop_words)) return std::nullopt;
    return w.text().substr(begin, end - begin);
}

// "Apelujemy do Sejmu o odrzucenie projektu", "zwracamy się do Panów o …": an addressee opened by
// a preposition of the tables ends where what is asked for opens, at a topic marker of the
// verb's language ("o", "w sprawie"), when no infinitive marker ends it before.
inline std::optional<std::string_view> addressee_before_topic(std::string_view after, lang::language_table const& language) {
    if (language.topic_markers.empty()) return std::nullopt;
    constexpr std::size_t most_words = 8;
    word_walk const w(after);
    std::size_t pos = w.skip_spaces(0);
    auto e = w.word_end(pos);
    if (!listed(w.word(pos, e), language.call_prepositions) ||
        !lang::starts_with_any<&lang::language_table::addressee_openers>(w.word(pos, w.size())))
        return std::nullopt;
    pos = w.skip_spaces(e);
    std::size_t const begin = pos;
    std::size_t end = pos;
    for (std::size_t words = 0; pos < w.size(); ++words) {
        e = w.word_end(pos);
        if (e == pos || words > most_words) return std::nullopt;  // punctuation, or too long for a name
        if (words > 0 && opens_asked_topic(w, pos, language)) return w.text().substr(begin, end - begin);
        end = e;
        pos = w.skip_spaces(e);
    }
    return std::nullopt;
}

// "Apelujemy do Straży Granicznej o zapewnienie dostępu do procedury azylowej": where the
// preposition that opens the addressee is also the infinitive marker ("do"), what the addressee
// is asked for opens at a topic marker ("o zapewnienie"), and a later marker ("do procedury") is
// part of what is asked, not the addressee's end. Only a topic marker before any infinitive
// marker and with a lower-case word after it other than an article: "the Committee on Economic
// …", "the Special Rapporteur on the situation of …" are names that run on.
inline std::optional<std::string_view> addressee_before_asked_topic(std::string_view after, lang::language_table const& language) {
    word_walk const w(after);
    auto const first = w.skip_spaces(0);
    if (!listed(w.word(first, w.word_end(first)), language.infinitive_markers)) return std::nullopt;
    auto const addressee = addressee_before_topic(after, language);
    if (!addressee) return std::nullopt;
    auto const end = static_cast<std::size_t>(addressee->data() - w.text().data()) + addressee->size();
    for (auto pos = static_cast<std::size_t>(addressee->data() - w.text().data()); pos < end; pos = w.skip_spaces(w.word_end(pos)))
        if (listed(w.word(pos, w.word_end(pos)), language.infinitive_markers)) return std::nullopt;
    auto const topic = w.skip_spaces(end);
    auto const rest = w.word(topic, w.size());
    for (std::string_view marker : language.topic_markers) {
        if (!lang::starts_with_phrase(rest, marker)) continue;
        auto const next = w.skip_spaces(topic + marker.size());
        return w.lower_at(next) && !listed(w.next_word(topic + marker.size()), language.articles) ? addressee : std::nullopt;
    }
    return std::nullopt;
}

// "Apelujemy do Krajowej Rady … o przywrócenie pluralizmu oraz do Sejmu o uchwalenie ustawy":
// after what the first addressee is asked, a conjunction and the same preposition open another
// addressee, asked for something of its own. The addressees `first` (in `after`) and those that
// follow it so; each a name, in capitals ("oraz do informacji o prawach" is more of what is asked).
inline std::vector<std::string> joined_before_asked_topics(std::string_view after, std::string_view first,
                                                           lang::language_table const& language) {
    std::vector<std::string> out{layout::collapse_spaces(first)};
    constexpr std::size_t most = 4;
    auto rest = after.substr(static_cast<std::size_t>(first.data() - after.data()) + first.size());
    word_walk const w(rest);
    for (std::size_t pos = w.skip_spaces(0); pos < w.size() && out.size() < most;) {
        auto const e = w.word_end(pos);
        if (e == pos) {
            pos = w.skip_spaces(pos + 1);
            continue;
        }
        if (listed(w.word(pos, e), language.conjunctions)) {
            auto const name = w.skip_spaces(w.word_end(w.skip_spaces(e)));
            auto const next = addressee_before_asked_topic(w.text().substr(e), language);
            if (next && name < w.size() && utf8::is_upper_letter(utf8::decode(w.text(), name).cp)) {
                out.push_back(layout::collapse_spaces(*next));
                pos = w.skip_spaces(static_cast<std::size_t>(next->data() - w.text().data()) + next->size());
                continue;
            }
        }
        pos = w.skip_spaces(e);
    }
    return out;
}

// "the Government of X, as a matter of urgency," / "…, without delay,": an aside between commas
// after the addressee, in lower case and a few words, that neither opens with an article or a
// conjunction nor holds one (not "the Government, the Parliament and the courts"), and the
// commas, go.
inline void without_aside(std::string& addressee, lang::language_table const& language) {
    while (!addressee.empty() && (addressee.back() == ',' || addressee.back() == ' ')) addressee.pop_back();
    auto const comma = addressee.rfind(", ");
    if (comma == std::string::npos || comma == 0) return;
    auto const aside = std::string_view(addressee).substr(comma + 2);
    for (std::size_t i = 0; i < aside.size();) {
        auto const d = utf8::decode(aside, i);
        if (utf8::is_upper_letter(d.cp)) return;
        i += d.length;
    }
    auto const lowered = utf8::lower_same_length(aside);
    auto const opens = [&](lang::table_view<std::string_view> words) {
        return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return lang::starts_with_phrase(lowered, w); });
    };
    // "les autorités tunisiennes, algériennes et marocaines": words joined by a conjunction go
    // on with the name.
    auto const joins = std::any_of(language.conjunctions.begin(), language.conjunctions.end(), [&](std::string_view c) {
        auto const at = lowered.find(c);
        return at != std::string::npos && at > 0 && lowered[at - 1] == ' ' && at + c.size() < lowered.size() &&
               lowered[at + c.size()] == ' ';
    });
    if (aside.empty() || joins || text::word_count(aside, 6) > 5 || !utf8::is_letter(utf8::decode(aside, 0).cp) ||
        opens(language.articles) || opens(language.conjunctions))
        return;
    addressee.erase(comma);
}

// "Просим Вас, уважаемый господин Президент:", "we ask you, dear Minister:": the reader's pronoun
// and a greeting after its comma are the pronoun: the greeting says how the reader is spoken to,
// and the letter names the reader ("you, the members of the Council" names them, and stays).
inline void without_greeting(std::string& addressee, lang::language_table const& language) {
    auto const comma = addressee.find(", ");
    if (comma == std::string::npos || !names_reader(std::string_view(addressee).substr(0, comma), language)) return;
    auto const lowered = utf8::lower_same_length(std::string_view(addressee).substr(comma + 2, 48));
    if (std::any_of(language.salutations.begin(), language.salutations.end(),
                    [&](std::string_view g) { return lang::starts_with_phrase(lowered, g); }))
        addressee.erase(comma);
}

// "appellent le Gouvernement du Niamba, pour qu'il :", "exigeons des autorités qu'elles :",
// "Apelujemy do rządu, aby:": a clause opener of `language` after the addressee, cut short
// before a vowel ("qu'") or after a comma or a preposition ("pour que", "afin que"), opens
// what the addressee is to do; "the States that have not ratified it:" goes on with the name.
// The words before it, without that comma or preposition; all of `head` when none opens so.
inline std::string_view before_purpose_clause(std::string_view head, lang::language_table const& language) {
    if (language.clause_openers.empty()) return head;
    word_walk const w(head);
    auto const elided = [](std::string_view word, std::string_view opener) {
        auto const stem = opener.size() - 1;
        return opener.back() == 'e' && word.size() > stem && word.compare(0, stem, opener, 0, stem) == 0 &&
               (word[stem] == '\'' || word.compare(stem, 3, "\xE2\x80\x99") == 0);
    };
    std::size_t last_end = 0;            // where the word before ends
    bool after_link = false;             // that word is a preposition, or a comma follows it
    for (std::size_t pos = w.skip_spaces(0), words = 0; pos < w.size(); ++words) {
        auto const e = w.word_end(pos);
        if (e == pos) {  // punctuation
            after_link = head[pos] == ',';
            pos = w.skip_spaces(pos + 1);
            continue;
        }
        auto const word = w.word(pos, e);
        bool const opens = std::any_of(language.clause_openers.begin(), language.clause_openers.end(),
                                       [&](std::string_view o) { return elided(word, o) || (after_link && word == o); });
        if (words > 0 && opens) {
            auto kept = head.substr(0, last_end);
            // "…, pour", "… afin": the link that leads the clause is none of the name's.
            if (auto const space = kept.rfind(' '); space != std::string_view::npos &&
                                                    listed(utf8::lower_same_length(kept.substr(space + 1)), language.prepositions))
                kept = kept.substr(0, space);
            while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',')) kept.remove_suffix(1);
            return kept;
        }
        after_link = listed(word, language.prepositions);
        last_end = e;
        pos = w.skip_spaces(e);
    }
    return head;
}

// "We call on the Government of Solaria and on the European Union:", "an die Bundesregierung
// und an die Europäische Union:": where a preposition opens the first addressee (the verb's
// last word, "call on", or the first after it), a conjunction and the same preposition open the
// next; another ("la Commission des droits de l'homme et des peuples", "forces de défense et de
// sécurité") joins a name's words. The parts of `head`, the words before a call's colon, so
// split; `head` alone when none is.
inline std::vector<std::string_view> heads_joined_by_preposition(std::string_view head, lang::phrase_match const& verb) {
    auto const& language = *verb.table;
    word_walk const w(head);
    auto const first = w.skip_spaces(0);
    auto opener = preposition_ending(verb);
    if (opener.empty()) opener = w.word(first, w.word_end(first));
    if (!listed(opener, language.call_prepositions)) return {head};
    std::vector<std::string_view> out;
    std::size_t begin = 0;
    for (std::size_t pos = first; pos < w.size();) {
        auto const e = w.word_end(pos);
        if (e == pos) {  // punctuation
            pos = w.skip_spaces(pos + 1);
            continue;
        }
        auto const next = w.skip_spaces(e), next_end = w.word_end(next);
        if (pos > first && listed(w.word(pos, e), language.conjunctions) && next_end > next && w.word(next, next_end) == opener) {
            out.push_back(head.substr(begin, pos - begin));
            begin = next;
        }
        pos = next;
    }
    out.push_back(head.substr(begin));
    return out;
}

// "We call on the Government of Ostreland and the European Union to:", "Wir fordern die
// Bundesregierung und die Europäische Union auf:": two names, each after an article of its own
// and the second in capitals, joined by a conjunction, are two addressees; so are three or more,
// the first ones apart by commas ("the Government, the Parliament and the Judiciary of Veloria").
// Not where the first names a topic ("the UN Special Rapporteur on the situation of human rights
// defenders and the OSCE Office …": the conjunction may join the topic's words), nor where the
// names after the commas are countries or lack an article ("the governments of the United
// Kingdom, Canada and the United States": an enumeration of the first's complements), nor where
// no conjunction ends the commas' run ("the Minister, the Hon. Mira Tallow": a name's
// apposition), nor where the second goes on in lower case ("the Government and the people of
// Ostreland"). The names of `addressee` so joined; `addressee` alone when none is.
inline std::vector<std::string> names_with_own_articles(std::string const& addressee, lang::language_table const& language) {
    word_walk const w(addressee);
    auto const first = w.skip_spaces(0);
    if (w.size() < addressee.size() || !listed(w.word(first, w.word_end(first)), language.articles)) return {addressee};
    // Whether a name of its own opens at `at`: an article, then a word in capitals.
    auto const opens_name = [&](std::size_t at) {
        auto const article_end = w.word_end(at);
        auto const name = w.skip_spaces(article_end);
        return article_end > at && listed(w.word(at, article_end), language.articles) && name < w.size() && !w.lower_at(name) &&
               utf8::is_letter(utf8::decode(w.text(), name).cp);
    };
    std::vector<std::string> out;
    std::size_t begin = first;
    bool after_comma = false;  // a name opened after a comma: a conjunction must end their run
    bool commas = false;
    auto const close_name = [&](std::size_t end) {
        out.emplace_back(addressee.substr(begin, addressee.find_last_not_of(" ,", end - 1) + 1 - begin));
    };
    for (std::size_t pos = first; pos < w.size();) {
        auto const e = w.word_end(pos);
        if (e == pos) {  // punctuation
            auto const next = w.skip_spaces(pos + 1);
            if (w.text()[pos] == ',') {
                // "…, and the Judiciary": the conjunction opens the last name.
                bool const conjunction_next = listed(w.word(next, w.word_end(next)), language.conjunctions);
                if (!conjunction_next) {
                    if (!opens_name(next)) return {addressee};
                    close_name(pos);
                    begin = next;
                    after_comma = commas = true;
                }
            }
            pos = next;
            continue;
        }
        if (opens_topic(w.word(pos, w.size()), language)) return {addressee};
        auto const next = w.skip_spaces(e);
        if (pos > begin && listed(w.word(pos, e), language.conjunctions) && opens_name(next)) {
            close_name(pos);
            begin = next;
            after_comma = false;
        }
        pos = next;
    }
    if (after_comma) return {addressee};
    out.emplace_back(addressee.substr(begin));
    if (commas && std::any_of(out.begin() + 1, out.end(), [](std::string const& name) { return geo::find_country(name).has_value(); }))
        return {addressee};
    return out;
}

// Each addressee of `addressees` as the names with their own articles it joins.
inline std::vector<std::string> each_name_with_own_article(std::vector<std::string> const& addressees,
                                                           lang::language_table const& language) {
    std::vector<std::string> out;
    for (auto const& a : addressees)
        for (auto& name : names_with_own_articles(a, language)) out.push_back(std::move(name));
    return out;
}

// The addressee that the words before a call's colon (`head`, one addressee's) name: without a
// topic after it, a purpose clause or the prepositions around it; none when a preposition or a
// marker alone is left.
inline std::optional<std::string> addressee_of_head(std::string_view head, lang::language_table const& language) {
    if (!language.topic_markers.empty()) {
        word_walk const w(head);
        for (std::size_t pos = w.skip_spaces(0), words = 0; pos < w.size(); ++words) {
            if (words >= 2 && opens_asked_topic(w, pos, language)) {
                head = head.substr(0, pos);
                break;
            }
            auto const e = w.word_end(pos);
            pos = w.skip_spaces(e == pos ? pos + 1 : e);  // past punctuation ("X, Y") as past a word
        }
    }
    head = before_purpose_clause(head, language);
    auto addressee = without_prepositions(layout::collapse_spaces(head));
    // "las autoridades para:": a preposition of the verb's language ends no addressee.
    if (auto const space = addressee.rfind(' '); space != std::string::npos &&
                                                 listed(utf8::lower_same_length(std::string_view(addressee).substr(space + 1)),
                                                        language.prepositions))
        addressee.erase(space);
    without_greeting(addressee, language);
    // "Les instamos a:": a preposition or the verb's infinitive marker alone names no one; nor
    // does a letter alone ("Apelujemy o:").
    auto const lowered = utf8::lower_same_length(addressee);
    if (addressee.size() < 2 || listed(lowered, language.infinitive_markers) ||
        listed(lowered, language.call_prepositions))
        return std::nullopt;
    return addressee;
}

// "Instamos al Congreso de la República a abstenerse de aprobar reformas que debiliten …": read
// up to a marker of the infinitive further on ("que"), an addressee still ends at the verb's
// preposition before an infinitive ("a abstenerse"), or before the marker ("… a que visite").
// Where such a preposition is itself a marker (French "à"), the addressee ended at it already.
inline void without_asked_infinitive(std::string& addressee, lang::language_table const& language) {
    if (language.infinitive_endings.empty() ||
        std::any_of(language.infinitive_markers.begin(), language.infinitive_markers.end(),
                    [&](std::string_view marker) { return listed(marker, language.call_prepositions); }))
        return;
    word_walk const w(addressee);
    for (std::size_t pos = w.skip_spaces(0), words = 0; pos < w.size(); ++words) {
        auto const e = w.word_end(pos);
        if (e == pos) {  // punctuation
            pos = w.skip_spaces(pos + 1);
            continue;
        }
        auto const word = w.word(pos, e);
        auto const next = w.skip_spaces(e);
        // ("… Derechos Humanos a" before "que visite": the preposition alone at the end.)
        if (words > 0 && listed(word, language.call_prepositions) &&
            (next >= w.size() ||
             (w.lower_at(next) && !w.elided_at(next) && ends_with_any(w.next_word(e), language.infinitive_endings)))) {
            addressee.erase(addressee.find_last_not_of(' ', pos - 1) + 1);
            return;
        }
        pos = next;
    }
}

// "… demands to the Intergovernmental Working Group and to all States negotiating the treaty": a
// marker that opens no addressee ("to all States") ends the one before after its conjunction,
// which is none of its words.
inline void without_last_conjunction(std::string& addressee, lang::language_table const& language) {
    auto const space = addressee.find_last_of(' ');
    if (space == std::string::npos || !listed(utf8::lower_same_length(std::string_view(addressee).substr(space + 1)), language.conjunctions))
        return;
    addressee.erase(addressee.find_last_not_of(' ', space) + 1);
}

// "appelons la Commission africaine des droits de l'homme et des peuples à …": a conjunction and
// a preposition of any table open another addressee for the grammar, but where the preposition
// is one of `language`'s that go on with a name's complement, the words after it are more of the
// name before. The addressees, found in order in `after`, so joined.
inline std::vector<std::string> with_complements_joined(std::string_view after, std::vector<std::string> const& addressees,
                                                        lang::language_table const& language) {
    if (language.complement_prepositions.empty() || addressees.size() < 2) return addressees;
    std::vector<std::string> out;
    std::size_t from = 0, last_begin = 0;
    for (auto const& a : addressees) {
        auto const at = after.find(a, from);
        if (at == std::string_view::npos) return addressees;
        if (!out.empty()) {
            word_walk const gap(after.substr(from, at - from));
            auto const conjunction = gap.skip_spaces(0), conjunction_end = gap.word_end(conjunction);
            auto const preposition = gap.skip_spaces(conjunction_end), preposition_end = gap.word_end(preposition);
            if (gap.skip_spaces(preposition_end) == gap.size() && listed(gap.word(conjunction, conjunction_end), language.conjunctions) &&
                listed(gap.word(preposition, preposition_end), language.complement_prepositions)) {
                from = at + a.size();
                out.back() = std::string(after.substr(last_begin, from - last_begin));
                continue;
            }
        }
        out.push_back(a);
        last_begin = at;
        from = at + a.size();
    }
    return out;
}

// The addressees after a call verb (`after`: the text that follows it), in the verb's sentence.
inline std::vector<std::string> addressees_after(lang::phrase_match const& verb, std::string_view after) {
    auto const* verb_language = verb.table;
    after = after.substr(0, sentence_end(after, 0));
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    // "appelons également l'Union européenne à", "призываем также власти": the adverb is the verb's.
    if (auto const also = lang::starts_with_any<&lang::language_table::also_words>(
            utf8::lower_same_length(after.substr(0, std::min<std::size_t>(after.size(), 32))));
        also && also.phrase.size() < after.size() && (after[also.phrase.size()] == ' ' || after[also.phrase.size()] == ':')) {
        after.remove_prefix(also.phrase.size());
        while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    }
    if (asks_an_infinitive(after, *verb_language) || infinitive_after_verb(after, verb)) return {};
    // "demand that X release …": the clause's subject, and no infinitive ("that X be held to").
    if (auto const clause = clause_start(after, verb); clause != std::string_view::npos) {
        if (auto a = addressee_as_subject(after.substr(clause), *verb_language)) return {layout::collapse_spaces(*a)};
        // "We respectfully request that you:": the reader, named after the letter's reader.
        auto const rest = after.substr(clause);
        if (auto const word = rest.substr(0, std::min(rest.size(), rest.find_first_of(" :,"))); names_reader(word, *verb_language))
            return {std::string(word)};
        return {};
    }
    if (auto a = addressee_before_asked_topic(after, *verb_language)) return joined_before_asked_topics(after, *a, *verb_language);
    // The addressee ends at an infinitive marker of the verb's language ("urge X to", "appelons X à").
    if (auto intro = grammar::parse_call_introduction(after, verb_language)) {
        std::vector<std::string> out;
        for (auto& a : with_complements_joined(after, intro->addressees, *verb_language)) {
            out.push_back(layout::collapse_spaces(a));
            without_last_conjunction(out.back(), *verb_language);
            without_aside(out.back(), *verb_language);
            without_asked_infinitive(out.back(), *verb_language);
        }
        return each_name_with_own_article(out, *verb_language);
    }
    // Languages without such a marker: the addressee is what stands between the verb and the colon,
    // without the prepositions around it ("appelons les autorités à :", "требуем от властей:").
    // After "call for" stands what is called for ("the release of four journalists:").
    if (calls_for_something(verb)) return {};
    auto colon = after.rfind(':');
    // A colon far on ends no addressee: 120 letters at most, which Cyrillic writes in twice the
    // bytes ("Призываем Генеральную прокуратуру Российской Федерации и Следственный комитет:").
    if (colon == std::string_view::npos || colon == 0 || utf8::at_least_code_points(after.substr(0, colon), 120)) {
        if (auto a = addressee_before_infinitive(after, *verb_language)) {
            std::vector<std::string> out{std::string(*a)};
            for (auto const more : elided_addressees(after.substr(static_cast<std::size_t>(a->data() - after.data()) + a->size()),
                                                     *verb_language))
                out.emplace_back(more);
            return out;
        }
        if (auto a = addressee_after_preposition(after, *verb_language)) return joined_after_preposition(after, *a, *verb_language);
        if (auto a = addressee_before_topic(after, *verb_language)) return {std::string(*a)};
        if (auto a = addressee_before_comma(after, *verb_language)) return {std::string(*a)};
        return {};
    }
    // "Звертаємося до Верховної Ради щодо законопроєкту:", "… до Міністерства з закликом:": what
    // is asked opens at a topic marker of the verb's language, after the addressee's first word.
    auto head = after.substr(0, colon);
    // "We demand the following from the authorities of X:", "We ask for the following measures:",
    // "Настаиваем на следующем:": words that point at the list name no one; a preposition after
    // them opens whom the list is asked of.
    {
        // In lower case at the same offsets: the words compared are letters, as the fold's.
        auto const lowered_head = utf8::lower_same_length(head);
        if (auto const following = lang::find_any<&lang::language_table::following_words>(lowered_head, verb_language)) {
            auto const after_following = following.position + following.phrase.size();
            auto tail = std::string_view(lowered_head).substr(after_following);
            while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
            if (!listed(tail.substr(0, std::min(tail.size(), tail.find(' '))), verb_language->call_prepositions)) return {};
            head = head.substr(lowered_head.size() - tail.size());
        }
    }
    std::vector<std::string> out;
    for (auto const part : heads_joined_by_preposition(head, verb))
        if (auto a = addressee_of_head(part, *verb_language)) out.push_back(std::move(*a));
    return each_name_with_own_article(out, *verb_language);
}

// The addressees of an introduction: parsed after the last call verb of its last sentence.
inline std::vector<std::string> addressees_of(layout::block const& b) {
    auto const [verb, after] = last_call_verb(b);
    if (!verb) return {};
    // "Nous vous demandons en particulier :", "Vă solicităm:": the reader's pronoun before the
    // verb is whom the call is made of, whatever follows it (the reader is named for it later).
    auto before = std::string_view(b.text).substr(0, verb.position);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    auto const word = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
    if (names_reader(word, *verb.table)) return {std::string(word)};
    auto addressees = addressees_after(verb, after);
    // "Por ello le solicitamos:": an object pronoun of the reader's, when the verb names no one
    // after it ("les exigimos a las autoridades …" names them).
    if (addressees.empty() && !word.empty() && word.size() <= 8 &&
        listed(utf8::lower_same_length(word), verb.table->reader_object_pronouns))
        return {std::string(word)};
    return addressees;
}

// Whether an infinitive marker of `language` ("to", "à", "să") follows, past blanks and a comma,
// at `at` of `lowered`: what an addressee is asked opens there.
inline bool marker_follows(std::string_view lowered, std::size_t at, lang::language_table const& language) {
    while (at < lowered.size() && (lowered[at] == ' ' || lowered[at] == ',')) ++at;
    auto const rest = lowered.substr(std::min(at, lowered.size()));
    return std::any_of(language.infinitive_markers.begin(), language.infinitive_markers.end(),
                       [&](std::string_view m) { return lang::starts_with_phrase(rest, m); });
}

// "We call on the Government of Veloria, on the European Union and on the UN Human Rights
// Council to:": the addressees the introduction's last marker follows, with nothing asked between
// them, are each asked the items; "on protesters to refrain from violence and on the authorities
// to:" asks them of the authorities alone. The last addressee and those before it back to one
// followed by a marker of its own, when that is two or more; else nothing.
inline std::vector<std::string> sharing_the_items(layout::block const& b, std::vector<std::string> const& addressees) {
    if (addressees.size() < 2) return {};
    auto const verb = last_call_verb(b).verb;
    if (!verb) return {};
    std::string_view const text(b.text);
    std::vector<std::size_t> ends;  // where each addressee ends in the text, found in order
    for (std::size_t k = 0, from = verb.position; k < addressees.size(); ++k) {
        auto const at = text.find(addressees[k], from);
        if (at == std::string_view::npos) return {};
        from = at + addressees[k].size();
        ends.push_back(from);
    }
    auto const lowered = utf8::lower_same_length(text);
    std::size_t first = addressees.size() - 1;
    while (first > 0 && !marker_follows(lowered, ends[first - 1], *verb.table)) --first;
    if (first + 1 == addressees.size()) return {};
    return {addressees.begin() + static_cast<std::ptrdiff_t>(first), addressees.end()};
}

// "We call upon the acting President of Belarus" / "• to ensure an independent recount …": an
// introduction without a colon whose items go on with the infinitive marker of the verb's
// language. The addressee is what stands after the verb.
inline std::optional<std::string> addressee_before_items(layout::block const& b, std::string_view first_item_folded) {
    if (b.text.empty() || b.text.back() == ':') return std::nullopt;
    auto [verb, after] = last_call_verb(b);
    if (!verb) return std::nullopt;
    if (std::none_of(verb.table->infinitive_markers.begin(), verb.table->infinitive_markers.end(),
                     [&](std::string_view m) { return lang::starts_with_phrase(first_item_folded, m); }))
        return std::nullopt;
    while (!after.empty() && (after.back() == '.' || after.back() == ',' || after.back() == ' ')) after.remove_suffix(1);
    auto addressee = without_prepositions(layout::collapse_spaces(after));
    while (!addressee.empty() && addressee.front() == ' ') addressee.erase(0, 1);
    if (addressee.empty() || text::word_count(addressee, 11) > 10) return std::nullopt;
    return addressee;
}

// "We call on:" / "- the authorities to stop …" / "- the European Union to impose …": an
// introduction that ends at its call verb leaves each item to name its addressee, as an item
// that goes on from the verb. The table of the verb's language, when the introduction ends so.
inline lang::language_table const* verb_ends_introduction(layout::block const& b) {
    auto const [verb, after] = last_call_verb(b);
    if (!verb) return nullptr;
    return after.find_first_not_of(" :") == std::string_view::npos ? verb.table : nullptr;
}

// "We demand that:" / "2. The Government of Kenya explains its role …", "Nous exigeons que :":
// an introduction that ends where the clause its verb asks begins leaves each item to be that
// clause, and the clause's subject whom the item asks. The table of the verb's language, when
// the introduction ends so.
inline lang::language_table const* clause_ends_introduction(layout::block const& b) {
    auto const [verb, after] = last_call_verb(b);
    if (!verb) return nullptr;
    auto const clause = clause_start(after, verb);
    return clause != std::string_view::npos && after.find_first_not_of(" :", clause) == std::string_view::npos ? verb.table
                                                                                                              : nullptr;
}

// "2. The Government of Kenya explains its role …" under "We demand that:": an item that is the
// clause its introduction's verb asks names whom it asks as the clause's subject. Its first word
// has its capital as a sentence's start and is read in lower case (an acronym's kept): "All
// outstanding awards be paid", "Verra and other standards refuse …" name no one by it.
inline std::optional<std::string> clause_item_addressee(std::string_view item, lang::language_table const& language) {
    auto const first_end = std::min(item.size(), item.find(' '));
    bool const acronym = first_end >= 2 && item[1] >= 'A' && item[1] <= 'Z';
    std::string const clause = (acronym ? std::string(item.substr(0, first_end)) : utf8::lower_same_length(item.substr(0, first_end))) +
                               std::string(item.substr(first_end));
    auto const subject = addressee_as_subject(clause, language);
    if (!subject) return std::nullopt;
    return layout::collapse_spaces(item.substr(static_cast<std::size_t>(subject->data() - clause.data()), subject->size()));
}

// The addressee an item names when it goes on from its introduction's verb ("the European
// Union to impose targeted sanctions"), if it does.
// "We demand:" / "- an end to the prosecution of journalists": a marker that an article follows
// is a preposition ("to the"), and what stands before it is asked for, not asked.
inline std::optional<std::string> item_addressee(layout::block const& item, lang::language_table const* verb_language) {
    // "Владу Велорії — негайно звільнити затриманих;", "The European Union – to impose …": the
    // addressee, a dash, and what is asked of it, an infinitive (its marker first, or a word of
    // the two first that ends as one): "Release Mira Tallow – a journalist held since May" names
    // whom the demand is for.
    for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
        auto const at = std::string_view(item.text).substr(0, 120).find(dash);
        if (at == std::string_view::npos || at == 0) continue;
        auto const head = std::string_view(item.text).substr(0, at);
        auto const rest = std::string_view(item.text).substr(at + dash.size());
        if (text::word_count(head, 7) > 6 || head.find_first_of(".,;:!?") != std::string_view::npos || rest.empty() ||
            !utf8::is_lower_letter(utf8::decode(rest, 0).cp))
            break;
        auto const lowered = utf8::lower_same_length(rest.substr(0, std::min<std::size_t>(rest.size(), 64)));
        word_walk const w(lowered);
        auto const first_end = w.word_end(w.skip_spaces(0));
        auto const first = w.word(w.skip_spaces(0), first_end);
        auto const second = w.next_word(first_end);
        if (listed(first, verb_language->infinitive_markers) || ends_with_any(first, verb_language->infinitive_endings) ||
            ends_with_any(second, verb_language->infinitive_endings))
            return std::string(head);
        break;
    }
    auto const intro = grammar::parse_call_introduction(item.text, verb_language);
    if (!intro || intro->addressees.empty()) {
        // "Nous appelons :" / "- Aux autorités du Kandaro de libérer …" / "- À l'Union africaine de
        // condamner …": an item that opens with the preposition of an address names whom it asks
        // up to what it is asked, as the words after the verb would.
        if (auto const a = addressee_after_preposition(item.text, *verb_language)) return layout::collapse_spaces(*a);
        return std::nullopt;
    }
    // "2. Abrogar las normas que autorizan …": an item that opens with an infinitive is the
    // demand, its marker a relative pronoun; whom it asks the introduction names. So is one that
    // opens with a verb of the language's demands ("## Our demands" / "- Reverse the decision to
    // close the club …": "Reverse the decision" is asked for, no one asked).
    if (word_walk const w(item.text.substr(0, 64)); ends_with_any(w.word(0, w.word_end(0)), verb_language->infinitive_endings) ||
                                                    listed(utf8::lower_same_length(w.word(0, w.word_end(0))), verb_language->demand_verbs))
        return std::nullopt;
    if (auto const at = item.text.find(intro->addressees.front()); at != std::string_view::npos) {
        word_walk const w(item.text.substr(at + intro->addressees.front().size()));
        auto const marker = w.skip_spaces(0);
        auto const next = w.next_word(w.word_end(marker));
        if (listed(next, verb_language->articles)) return std::nullopt;
    }
    auto addressee = layout::collapse_spaces(intro->addressees.front());
    // An addressee is a few words, not a clause that happens to hold "to".
    if (addressee.empty() || text::word_count(addressee, 9) > 8) return std::nullopt;
    return addressee;
}

// "To the authorities of Pelham Vale:" over a list of demands: a short line that opens with an
// addressee's opener of the tables and ends with a colon names whom the items are asked of;
// so does a heading, or a line without a sentence's punctuation, over them ("### To the UN
// Security Council", "**To the African Union**") when the list under it starts at its start,
// or goes on with the count of the items over the line ("2. Withdraw …" / "To the National Human
// Rights Commission" / "3. Conduct …": `numbered_on`, the number that goes on), not "An die
// Bundesregierung" / "z. H. Bundeskanzler …", an address's lines.
// The addressee, without the opener's preposition ("the authorities of Pelham Vale").
inline std::optional<std::string> addressed_heading(layout::block const& b, std::string_view folded, layout::block const& next,
                                                    unsigned numbered_on = 0) {
    if (b.text.size() < 4 || text::word_count(b.text, 14) > 12) return std::nullopt;
    bool const colon = b.text.back() == ':';
    if (!colon && (std::string_view(".!?;,").find(b.text.back()) != std::string_view::npos ||
                   next.kind != layout::block_kind::list_item ||
                   !(next.marker == layout::marker_kind::bullet || next.marker == layout::marker_kind::dash ||
                     next.marker_value == 1 || (numbered_on > 1 && next.marker_value == numbered_on))))
        return std::nullopt;
    // "#### 2. To host states": a heading numbered as the list of addressees it is part of.
    std::size_t number = 0;
    while (number < b.text.size() && b.text[number] >= '0' && b.text[number] <= '9') ++number;
    if (number > 0 && number + 1 < b.text.size() && (b.text[number] == '.' || b.text[number] == ')') && b.text[number + 1] == ' ')
        number += 2;
    else
        number = 0;
    if (!lang::starts_with_any<&lang::language_table::addressee_openers>(folded.substr(number))) return std::nullopt;
    return heading_addressee_text(std::string_view(b.text).substr(number, b.text.size() - colon - number));
}

// "Recommendations to the Government of Freedonia" over numbered demands: a heading, or a line
// of a few words without a sentence's punctuation, is read as if it ended with the colon that a
// line introducing a list has.
inline std::vector<std::string> heading_addressees(layout::block const& b) {
    if (b.text.empty() || std::string_view(".!?:;,").find(b.text.back()) != std::string_view::npos ||
        (b.kind != layout::block_kind::heading && text::word_count(b.text, 13) > 12))
        return {};
    auto const [verb, after] = last_call_verb(b);
    if (!verb) return {};
    return addressees_after(verb, std::string(after) + ':');
}

// "and on the Prosecutor General to:" over a list, after another call's items: a line that goes
// on with the call before it, opening with a conjunction and a preposition of the tables. Its
// addressees, if it is one.
inline std::vector<std::string> continued_call_addressees(layout::block const& b, std::string_view folded) {
    if (b.text.empty() || b.text.back() != ':' || text::word_count(b.text, 16) > 15) return {};
    auto const conjunction = lang::starts_with_any<&lang::language_table::conjunctions>(folded);
    if (!conjunction || conjunction.phrase.size() >= b.text.size() || b.text[conjunction.phrase.size()] != ' ') return {};
    auto const rest = std::string_view(b.text).substr(conjunction.phrase.size() + 1);
    if (!lang::starts_with_any<&lang::language_table::call_prepositions>(utf8::lower_same_length(rest.substr(0, 16))))
        return {};
    auto const intro = grammar::parse_call_introduction(rest, conjunction.table);
    if (!intro) return {};
    std::vector<std::string> out;
    for (auto const& a : intro->addressees) out.push_back(layout::collapse_spaces(a));
    return out;
}

// "1. Al Ministerio Público, que archive …", "2. A la Comisión Interamericana, otorgar …": an
// item that opens with a preposition of the statement's language that opens an addressee names
// whom a demand asks, however much the words after it look like a name and a role. In the
// statement's language only: "Al Gore, former Vice-President" in an English list is a person.
inline bool asks_after_preposition(std::string_view folded, lang::language_table const* language) {
    if (!language) return false;
    auto const first = folded.substr(0, std::min(folded.size(), folded.find(' ')));
    return first.size() < folded.size() && listed(first, language->call_prepositions) &&
           std::any_of(language->addressee_openers.begin(), language->addressee_openers.end(),
                       [&](std::string_view o) { return lang::starts_with_phrase(folded, o); });
}

// Whether the list items from `first` on are mostly people with a role or an affiliation.
// An item is read as an entry only while six in ten can still be people, and only when it is
// short: demands are sentences, and most lists are demands.
// `unmarked`: the items have no markers (unmarked_items), so many.
inline bool names_people(call_scan const& scan, std::size_t first, std::size_t unmarked) {
    std::size_t items = unmarked;
    while (!unmarked && first + items < scan.to && scan.blocks[first + items].kind == layout::block_kind::list_item &&
           !(items > 0 && layout::restarts_count(scan.blocks[first + items - 1], scan.blocks[first + items])))
        ++items;
    std::size_t people = 0;
    for (std::size_t k = first; k < first + items && (people + (first + items - k)) * 10 >= items * 6; ++k) {
        auto const& b = scan.blocks[k];
        // A person with a role: a capitalised name, then a comma, a parenthesis or a dash.
        if (b.text.size() > 120 || !utf8::is_upper_letter(utf8::decode(b.text, 0).cp) ||
            b.text.find_first_of(",(-\xE2") == std::string_view::npos || text::word_count(b.text, 13) > 12 ||
            asks_after_preposition(scan.folded[k], scan.language))
            continue;
        people += is_person_entry(std::string_view(scan.cleaned.text).substr(b.content_begin, b.end - b.content_begin));
    }
    return items > 0 && people * 10 >= items * 6;
}

inline bool has_call_verb(std::string_view folded) {
    return static_cast<bool>(lang::find_any<&lang::language_table::call_verbs>(folded));
}

// "Such measures should include:", "Требования митинга:": a list after such a line is demands;
// not after "citizens should be free to exercise their rights:", which lists rights.
inline bool has_obligation(std::string_view folded) {
    auto const obligation = lang::find_any<&lang::language_table::obligation_words>(folded);
    return obligation &&
           !lang::find_any<&lang::language_table::entitlement_phrases>(folded.substr(obligation.position + obligation.phrase.size()));
}

// Where the third space of `s` is (the end of its first three words), or its end: a walk of
// the few bytes of a line's first words.
inline std::size_t third_space(std::string_view s) {
    std::size_t at = text::word_end(s, 0);
    for (int spaces = 1; spaces < 3 && at < s.size(); ++spaces) at = text::word_end(s, at + 1);
    return at;
}

// "We call upon …", "We urge …", "Призываем …": the call verb among the first few words.
// Headings ("## Our demands") and introductions ("We call on X to:") make no call themselves.
inline lang::phrase_match opening_call_verb(layout::block const& b, std::string_view folded) {
    if (b.kind == layout::block_kind::heading || b.text.empty() || b.text.back() == ':') return {};
    // Only a verb that starts within the first bytes and the first three words counts, so the
    // search tries no later place (a signer's line, "Association No 12 (Chile)", is passed at
    // its third space), and reads no further than such a verb and the character after it can
    // reach.
    constexpr std::size_t latest = 24;
    auto const reach = latest + lang::phrase_index<&lang::language_table::call_verbs>::get().longest() + 4;
    auto const head = folded.substr(0, reach);
    return lang::find_any<&lang::language_table::call_verbs>(head, nullptr, std::min(latest, third_space(head)));
}
inline bool opens_with_call(layout::block const& b, std::string_view folded) { return static_cast<bool>(opening_call_verb(b, folded)); }

// "Instamos al Ministerio Público a …" / "Instamos a la Corte Suprema a …" / "Instamos al
// Congreso a …", a blank line apart: a letter that makes its demands one to a paragraph opens
// each with the same verb and keeps it short. Where the run of such paragraphs from block i
// ends.
inline std::size_t paragraphs_calling_alike(call_scan const& scan, std::size_t i) {
    constexpr std::size_t short_paragraph = 400;  // bytes: a sentence or two
    auto const verb = opening_call_verb(scan.blocks[i], scan.folded[i]);
    std::size_t j = i;
    for (; j < scan.to && scan.roles[j] == block_role::paragraph && scan.blocks[j].kind == layout::block_kind::text &&
           scan.blocks[j].text.size() < short_paragraph;
         ++j) {
        auto const next = j == i ? verb : opening_call_verb(scan.blocks[j], scan.folded[j]);
        if (!next || next.phrase != verb.phrase) break;
    }
    return j;
}

inline bool ends_with_colon(std::string_view text) { return !text.empty() && text.back() == ':'; }

// "We demand:", or "EXIGIMOS" / "ТРЕБУЕМ" alone on its line or after a few words: a line that
// introduces the lines under it. `folded`: its fold.
inline bool introduces(std::string_view text, std::string_view folded) {
    if (ends_with_colon(text)) return true;
    if (text.empty() || text.size() > 48 || std::string_view(".!?;,").find(text.back()) != std::string_view::npos)
        return false;
    // "EXIGIMOS", "POR TANTO, EXIGIMOS": the verb ends the line, its last word (looked up alone:
    // a list's short names ask this of every line, and most are told at its first two bytes);
    // the line's words are counted only after it.
    auto const space = folded.rfind(' ');
    auto const last = space == std::string_view::npos ? folded : folded.substr(space + 1);
    auto const verb = lang::starts_with_any<&lang::language_table::call_verbs>(last);
    return verb && verb.phrase.size() == last.size() && text::word_count(text, 5) <= 4;
}

// "The undersigned organisations make an urgent appeal:" / "- to the UN Security Council, to
// adopt …", "The undersigned organisations call:" / "- on the Government of X to …": a line that
// ends with a colon over items that each open with a preposition of a call, whom they ask and the
// infinitive's marker; the line's words need not call (a noun, "appeal", or a verb the tables do
// not hold alone). The statement's language, when the first item opens so.
inline lang::language_table const* items_ask_after_preposition(layout::block const& b, layout::block const& first_item,
                                                                lang::language_table const* language) {
    if (!language || !ends_with_colon(b.text) || first_item.text.empty() ||
        !utf8::is_lower_letter(utf8::decode(first_item.text, 0).cp))
        return nullptr;
    word_walk const w(first_item.text);
    if (!listed(w.word(0, w.word_end(0)), language->call_prepositions) || !item_addressee(first_item, language)) return nullptr;
    return language;
}

// "The coalition:" / "- calls on the President to respect …" / "- urges the Council to …": a
// line that ends with a colon over items that open with a call verb, a singular subject's; each
// such item makes its call, and the others ("- expresses its solidarity with …") stay prose.
inline bool items_open_with_calls(layout::block const& b, layout::block const& first_item, std::string_view first_folded) {
    return ends_with_colon(b.text) && opens_with_call(first_item, first_folded);
}

// "## Our demands", "Recommendations", "Nos revendications": a heading, or a line of a few words
// without a sentence's punctuation, that titles the list under it.
inline bool titles_list(layout::block const& b) {
    if (b.kind == layout::block_kind::heading) return true;
    return !b.text.empty() && text::word_count(b.text, 6) <= 5 &&
           std::string_view(".!?:;,").find(b.text.back()) == std::string_view::npos;
}

// Whether `language` tells a demand by the word that opens it: a verb of its demands, or an
// ending (of the infinitive, of an action's noun).
inline bool tells_demands(lang::language_table const& language) {
    return !language.infinitive_endings.empty() || !language.demand_verbs.empty() || !language.demand_endings.empty();
}

// Whether `text` opens as a demand in `language`: with a word of the language's demands ("Release",
// "Que el Estado garantice …"), with an infinitive among its first two words where endings mark
// it, or with a word of a demand's ending ("Wprowadzenia realnych sankcji …", "Retragerea …"); in
// a language with none of these, or none known, any text does.
inline bool opens_as_demand(std::string_view text, lang::language_table const* language) {
    if (!language || !tells_demands(*language)) return true;
    auto const lowered = utf8::lower_same_length(text.substr(0, std::min<std::size_t>(text.size(), 64)));
    word_walk const w(lowered);
    auto const first_end = w.word_end(0);
    auto const first = w.word(0, first_end);
    if (listed(first, language->demand_verbs) || ends_with_any(first, language->demand_endings)) return true;
    return ends_with_any(first, language->infinitive_endings) ||
           ends_with_any(w.next_word(first_end), language->infinitive_endings);
}

// "Release all political prisoners." / "Rule out any agreement …": a paragraph shaped as a
// demand standing alone: one sentence that opens with a capital, not with a function word ("The
// law …"), or a lead of a few words and the sentences that explain it ("Conduct human rights
// due diligence. Publish how you have …", a bold lead-in's paragraph). Not a note ("Update, 20
// March: …").
inline bool shaped_as_demand_paragraph(std::string_view text, lang::language_table const& language) {
    if (text.back() != '.' && text.back() != ';') return false;
    if (!utf8::is_upper_letter(utf8::decode(text, 0).cp)) return false;
    auto const lowered = utf8::lower_same_length(text.substr(0, std::min<std::size_t>(text.size(), 64)));
    word_walk const w(lowered);
    auto const first_end = w.word_end(0);
    auto const first = w.word(0, first_end);
    if (first_end < lowered.size() && (lowered[first_end] == ':' || lowered[first_end] == ',')) return false;
    constexpr std::size_t lead_words = 8;
    std::size_t lead_end = 0;  // where the first sentence ends, if another follows
    for (std::size_t k = 0; k + 1 < text.size() && lead_end == 0; ++k)
        if (ends_sentence(text, k)) lead_end = k;
    if (lead_end != 0 && text::word_count(text.substr(0, lead_end), lead_words + 1) > lead_words) return false;
    auto const m = lang::starts_with_any<&lang::language_table::stop_words>(first);
    return !(m && m.phrase.size() == first.size() && !listed(first, language.demand_verbs));
}

// "Release all political prisoners." / "End the practice of …": a paragraph that reads as a
// demand standing alone: shaped as one, and opening with what asks: in a language that marks its
// infinitives by their ending, one among its first two words ("Немедленно освободить …",
// "Ordonner un recensement …"); elsewhere a verb of the language's demands ("Release",
// "Immediately"). A language with neither reads no such paragraphs.
inline bool reads_as_demand_paragraph(std::string_view text, lang::language_table const* language) {
    if (!language || !tells_demands(*language)) return false;
    return shaped_as_demand_paragraph(text, *language) && opens_as_demand(text, language);
}

// Whether paragraph k, in a run of demands standing alone, is one of them: it reads as one, or
// is shaped as one and the paragraph after it reads as one ("We call on X to:" / "Rule out any
// agreement …" / "Invest in …": no table holds every verb a demand opens with). Only one that
// reads as a demand may speak to the reader ("Publish how you have …"; not "Thank you for …").
inline bool stands_as_demand(call_scan const& scan, std::size_t k, lang::language_table const* language) {
    auto const& text = scan.blocks[k].text;
    if (reads_as_demand_paragraph(text, language)) return true;
    if (!language || k + 1 >= scan.to || !shaped_as_demand_paragraph(text, *language) ||
        lang::find_any<&lang::language_table::second_person>(scan.folded[k], language))
        return false;
    auto const& next = scan.blocks[k + 1];
    return next.kind == layout::block_kind::text && scan.roles[k + 1] == block_role::paragraph && !next.text.empty() &&
           reads_as_demand_paragraph(next.text, language);
}

// "To the Parliament of Pelham Vale" / "The law breaks the Constitution." / "- Repeal …": the
// addressee of a heading whose items, after a paragraph that explains them, open as demands in
// the heading's language (not "- The draft law requires …", the concerns it explains).
inline std::optional<std::string> explained_heading(call_scan const& scan, std::size_t i) {
    auto whom = addressed_heading(scan.blocks[i], scan.folded[i], scan.blocks[i + 2]);
    if (!whom) return std::nullopt;
    auto const opener = lang::starts_with_any<&lang::language_table::addressee_openers>(scan.folded[i]);
    if (!opens_as_demand(scan.blocks[i + 2].text, opener ? opener.table : scan.language)) return std::nullopt;
    return whom;
}

// Whether an item under a heading reads as a demand: it opens as one, or ends as one of a
// sentence's length does (no list's verbs are all known).
inline bool reads_as_demand_item(std::string_view item, lang::language_table const* language) {
    return opens_as_demand(item, language) ||
           (!item.empty() && (item.back() == '.' || item.back() == ';') && text::word_count(item, 4) >= 4);
}

// "The authorities of Pelham Vale", "Kazakhstan's partners", "Властям Велории": a heading that
// can name whom the items under it ask, not a theme's ("Accountability", "Freedom of
// association") or a time's ("Immediately", "Within six months"): one that names an organ of a
// state; in a language with articles, one that opens with an article, an addressee's opener or
// a possessive; in one that declines its nouns instead, one that opens in the dative or names an
// organisation ("Міжнародний комітет Червоного Хреста"). In a language with neither, or none
// known, any heading.
inline bool names_addressee(std::string_view text, lang::language_table const* language) {
    if (!language || (language->articles.empty() && language->dative_endings.empty())) return true;
    auto const lowered = utf8::lower_same_length(text.substr(0, std::min<std::size_t>(text.size(), 120)));
    if (lang::find_any<&lang::language_table::state_words>(lowered)) return true;
    word_walk const w(lowered);
    auto const first = w.word(0, w.word_end(0));
    if (first.empty()) return false;
    if (!language->articles.empty())
        return listed(first, language->articles) || lang::starts_with_any<&lang::language_table::addressee_openers>(lowered) ||
               (first.size() > 2 && first.back() == 's' && (first[first.size() - 2] == '\'' || first.compare(first.size() - 4, 3, "\xE2\x80\x99") == 0));
    return (ends_with_any(first, language->dative_endings) && !listed(first, language->stop_words)) ||
           lang::find_any<&lang::language_table::organisation_words>(lowered);
}

// Whether `subject`, read from the start of `words`, is all of them but the spaces after it.
inline bool subject_of_all(std::string_view words, std::string_view subject) {
    return subject.data() == words.data() &&
           words.substr(subject.size()).find_first_not_of(' ') == std::string_view::npos;
}

// "The Commission should:" over a list: nothing between the modal and the colon, and the words
// before the modal (`subject`) whom the items ask, read as a subject before a list's colon is
// ("We recommend that the Committee:"), a name of one word too. None unless they are all of it.
inline std::optional<std::string> subject_before_colon(std::string_view subject, lang::language_table const& language) {
    std::string const line = std::string(subject) + ':';
    auto const name = addressee_as_subject(line, language);
    if (!name || !subject_of_all(std::string_view(line).substr(0, subject.size()), *name)) return std::nullopt;
    return layout::collapse_spaces(*name);
}

// "The EU should press the Vietnamese authorities to:", "Member states must ensure that the
// Commission:": an introduction that binds its subject by a modal of the tables, and whose verb
// (none of the call verbs) has another do what the list asks, names that other where the line
// ends: the words between the verb and the infinitive's marker before the colon, when they can
// name whom a list asks (not "should be required to:", a passive), or the subject of the clause
// the verb opens.
inline std::optional<std::string> addressee_after_modal(layout::block const& b) {
    if (!ends_with_colon(b.text) || text::word_count(b.text, 25) > 24) return std::nullopt;
    auto const modal = lang::find_any<&lang::language_table::obligation_verbs>(utf8::lower_same_length(b.text));
    if (!modal) return std::nullopt;
    auto const& language = *modal.table;
    auto const after = std::string_view(b.text).substr(modal.position + modal.phrase.size(),
                                                       b.text.size() - 1 - modal.position - modal.phrase.size());
    word_walk const w(after);
    auto const verb = w.skip_spaces(0), verb_end = w.word_end(verb);
    if (verb_end == verb) return subject_before_colon(b.text.substr(0, modal.position), language);
    if (!w.lower_at(verb) || listed(w.word(verb, verb_end), language.passive_auxiliaries)) return std::nullopt;
    auto const rest = w.skip_spaces(verb_end);
    if (listed(w.word(rest, w.word_end(rest)), language.clause_openers)) {
        auto const subject = addressee_as_subject(after.substr(w.word_end(rest)), language);
        if (!subject) return std::nullopt;
        return layout::collapse_spaces(*subject);
    }
    auto words = after.substr(rest);
    while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
    auto const whom = before_final_marker(words, language);
    if (!whom || (!names_addressee(*whom, &language) && w.lower_at(rest))) return std::nullopt;
    return heading_addressee_text(*whom);
}

// "We call on:" / "The authorities of Pelham Vale:" / "- release …" / "The European Union:" /
// "- …": a short line that ends with a colon (or a heading) over a list, right under calls or
// under a line that introduces them and names no one, names whom the items under it are asked
// of: as it stands, in the dative ("Властям Республики Беларусь:"), or as what goes on from the
// call verb up to the infinitive's marker ("the Government of Pelham Vale to:"). Not when the
// items under it do not open as demands (a list of contacts or of signers under the calls).
// A theme's heading ("Accountability:", "Within six months:"), or any under a line that names
// the addressee, heads demands too, and names no one. `language`: the table of the calls'
// verb, if known. The addressee, without its prepositions.
// What read_subheading found: a heading over demands, and the addressee it names, if any (a
// theme's heading, "Accountability:", names none: the demands under it are asked of whom the
// calls before asked).
struct subheading {
    bool found = false;
    std::optional<std::string> addressee;
};

inline subheading read_subheading(call_scan const& scan, std::size_t i, lang::language_table const* language) {
    auto const& b = scan.blocks[i];
    if (i == scan.from || b.text.size() < 3 || text::word_count(b.text, 13) > 12) return {};
    bool const colon = b.text.back() == ':';
    if (!colon && b.kind != layout::block_kind::heading) return {};
    auto const words = heading_words(b.text);
    if (!words) return {};
    auto const body = *words;
    auto const& before = scan.blocks[i - 1];
    bool const after_calls = scan.roles[i - 1] == block_role::call;
    bool named_before = false;  // the line over it names whom the calls ask
    if (!after_calls) {
        if (scan.roles[i - 1] != block_role::paragraph || !(ends_with_colon(before.text) || titles_list(before)) ||
            !(has_call_verb(scan.folded[i - 1]) || has_obligation(scan.folded[i - 1])))
            return {};
        named_before = !addressees_of(before).empty();
        if (auto const verb = last_call_verb(before).verb) language = verb.table;
    }
    auto const& folded = scan.folded[i];
    if (has_call_verb(folded) || is_signatory_header(folded) || lang::find_any<&lang::language_table::signing_cues>(folded) ||
        lang::find_any<&lang::language_table::first_person_plural>(folded))
        return {};
    auto const& item = scan.blocks[i + 1].text;
    if (!reads_as_demand_item(item, language)) return {};
    if (named_before || !names_addressee(body, language ? language : scan.language)) {
        // A theme's heading is a few words over items that open as demands, not the text's own
        // heading ("Notes to editors:" over "Read the opinion …").
        bool const theme = text::word_count(body, 6) <= 5 && opens_as_demand(item, language) &&
                           !lang::starts_with_any<&lang::language_table::section_headings>(folded) &&
                           !lang::starts_with_any<&lang::language_table::chrome_phrases>(folded);
        return {theme, std::nullopt};
    }
    return {true, heading_addressee_text(body)};
}

// "1. To the Government of Pelham Vale:" / "a) Repeal …" / "b) …", "- the Russian authorities
// to:" / "  - release …": an item that only names whom the items under it are asked of, with an
// addressee's opener (with its colon or without a sentence's end), or as what goes on from the
// introduction's verb up to the infinitive's marker and a colon (`items_go_on`: the verb's
// table, when the introduction ends at its verb). Under an introduction that names no one
// ("We make the following recommendations:"), "2. Parliament to:" / "(i) repeal …" names whom
// its parts ask as a sentence's subject does, with a capital, before the marker of the calls'
// `language` ("We urge the Government to:" is a call of its own).
inline std::optional<std::string> addressee_item(std::string_view text, lang::language_table const* items_go_on,
                                                 lang::language_table const* language) {
    if (text.size() < 4 || text::word_count(text, 17) > 16) return std::nullopt;
    bool const colon = text.back() == ':';
    if (!colon && std::string_view(".!?;,").find(text.back()) != std::string_view::npos) return std::nullopt;
    auto const words = heading_words(text);
    if (!words) return std::nullopt;
    auto body = *words;
    auto const lowered = utf8::lower_same_length(body);
    // Not "To ensure that:", a demand's infinitive.
    auto const opener = lang::starts_with_any<&lang::language_table::addressee_openers>(lowered);
    bool named = opener && opener.phrase.size() < body.size() &&
                 (!tells_demands(*opener.table) ||
                  !opens_as_demand(body.substr(opener.phrase.size() + 1), opener.table));
    if (!named && colon && items_go_on)
        if (auto const before = before_final_marker(body, *items_go_on)) {
            body = *before;
            named = true;
        }
    if (!named && colon && !items_go_on && language && utf8::is_upper_letter(utf8::decode(body, 0).cp) &&
        !lang::starts_with_any<&lang::language_table::first_person_plural>(lowered))
        if (auto const before = before_final_marker(body, *language); before && text::word_count(*before, 9) <= 8) {
            body = *before;
            named = true;
        }
    if (!named) return std::nullopt;
    return heading_addressee_text(body);
}

// How many digits end `text` right after its stop, a word's letter before the stop: "… the Rio
// Claro financing;3", "… in 2021 at the latest.4", a footnote's number whose superscript a paste
// from a word processor lost (not "Article 2.4", nor "Protocol No.4": a number's or an
// abbreviation's). 0 for none.
inline std::size_t plain_note_number_at_end(std::string_view text) {
    std::size_t digits = 0;
    while (digits < 2 && digits < text.size() && text[text.size() - 1 - digits] >= '0' && text[text.size() - 1 - digits] <= '9')
        ++digits;
    if (digits == 0 || text.size() < digits + 4) return 0;
    auto const stop = text[text.size() - 1 - digits];
    auto const before = text.substr(0, text.size() - 1 - digits);
    // After a semicolon, any word's end: a letter (of any script) or a parenthesis.
    auto const last = static_cast<unsigned char>(before.back());
    bool const word_end = last >= 0x80 || (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || last == ')';
    if (stop == ';') return word_end ? digits : 0;
    if (stop != '.') return 0;
    // The word before the stop: three lower-case letters at least.
    auto const word = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
    if (word.size() < 3) return 0;
    for (std::size_t k = word.size() - 3; k < word.size(); ++k)
        if (word[k] < 'a' || word[k] > 'z') return 0;
    return digits;
}

// "… in its entirety[1];", "… by the end of 2026;²", "… financing;3": the mark of a footnote at a
// demand's end, before its stop or after it, is none of its words (as it is none of a signer's).
inline std::string_view without_footnote_mark(std::string_view text) {
    if (auto const digits = plain_note_number_at_end(text)) return text.substr(0, text.size() - digits);
    if (auto const mark = text::footnote_mark_at_end(text); mark > 0 && mark < text.size())
        return text.substr(0, text.size() - mark);
    return text;
}

// The text of a demand, without a footnote's mark before its stop: "… in its entirety[1];" is
// "… in its entirety;".
inline std::string without_footnote_marks(std::string_view text) {
    text = without_footnote_mark(text);
    if (text.size() < 2 || (text.back() != ';' && text.back() != '.' && text.back() != ',')) return std::string(text);
    auto const words = text.substr(0, text.size() - 1);
    auto const mark = text::footnote_mark_at_end(words);
    if (mark == 0 || mark >= words.size()) return std::string(text);
    return std::string(words.substr(0, words.size() - mark)) + text.back();
}

// "drop all charges against them; and" over "c) allow monitors …": the conjunction before an
// enumeration's last item, after a semicolon or a comma, is the enumeration's, not the item's.
// A footnote's mark at its end is none of the item's words either.
inline std::string item_text(std::string_view text) {
    auto const space = text.rfind(' ');
    if (space == std::string_view::npos || space == 0 || text.size() - space > 8 ||
        (text[space - 1] != ';' && text[space - 1] != ','))
        return without_footnote_marks(text);
    auto const word = utf8::lower_same_length(text.substr(space + 1));
    bool const conjunction =
        !word.empty() && lang::is_phrase<&lang::language_table::conjunctions>(word);
    return without_footnote_marks(conjunction ? text.substr(0, space) : text);
}

// "We call on the authorities to:" / "Release the journalists." / "Drop the charges.": items
// whose markers were lost (a PDF's bullets, a page's list written without them). How many
// blocks after block i are such items: lines right under the introduction, up to a blank line,
// or paragraphs each after a blank line, all but the last ending in ';', or each a demand
// standing alone (stands_as_demand). Two at least (at most forty), and none that
// makes a call of its own or speaks as "we" ("Por esto también convocamos …"): the text goes
// on there (a demand standing alone may: "Press FIFA for remedy. Publicly call on FIFA to …").
inline std::size_t unmarked_items(call_scan const& scan, std::size_t i) {
    auto const& blocks = scan.blocks;
    if (i + 1 >= scan.to || !introduces(blocks[i].text, scan.folded[i])) return 0;
    // Lines one under the other, right under the introduction or after a blank line below it
    // ("We call on the authorities to:" / "" / "Release …;" / "Investigate …;").
    // After a blank, the first line ends as an item does: "To the Parliament of X" / "The law …"
    // is an addressee's heading over its explanation.
    auto const ends_item = [](std::string_view t) { return !t.empty() && (t.back() == ';' || t.back() == '.'); };
    bool const lines = !blocks[i + 1].after_blank ||
                       (i + 2 < scan.to && !blocks[i + 2].after_blank && blocks[i + 2].kind == layout::block_kind::text &&
                        ends_item(blocks[i + 1].text));
    // Demands standing alone as paragraphs, each read as such, when the first is.
    auto const* const language = lines ? nullptr : last_call_verb(blocks[i]).verb.table;
    bool const standing = !lines && blocks[i + 1].kind == layout::block_kind::text && !blocks[i + 1].text.empty() &&
                          blocks[i + 1].text.back() == '.' && stands_as_demand(scan, i + 1, language);
    std::size_t j = i + 1;
    constexpr std::size_t most = 40;  // demands, not a list of names
    for (bool last = false; j < scan.to && j <= i + most + 1 && !last; ++j) {
        auto const& b = blocks[j];
        if (b.kind != layout::block_kind::text || scan.roles[j] != block_role::paragraph || b.text.empty()) break;
        if (j > i + 1 && b.after_blank != !lines) break;
        auto const words = text::word_count(b.text, 41);
        // "> - submit quarterly reports …": a quotation's lines (of the law the text discusses).
        if (words > 40 || words < 2 || b.text.back() == ':' || b.text.front() == '>') break;
        bool const speaks_as_we = static_cast<bool>(lang::find_any<&lang::language_table::first_person_plural>(scan.folded[j]));
        // A demand standing alone asks, whatever verb its explanation has ("Press FIFA for
        // remedy. Publicly call on FIFA to …").
        if (standing) {
            if (speaks_as_we || !stands_as_demand(scan, j, language)) break;
            continue;
        }
        // An item may ask of someone in the imperative ("Call on the Government of X to …;"):
        // a call verb elsewhere in it makes a call of the text's own; not in a demand that
        // opens with its verb, where it is a noun ("Deny all pending waiver requests.").
        if (speaks_as_we || (has_call_verb(scan.folded[j]) && !lang::starts_with_any<&lang::language_table::call_verbs>(scan.folded[j]) &&
                             !(language && opens_as_demand(b.text, language))))
            break;
        // "Rescind the order …; and": the conjunction announces the last item.
        last = !lines && b.text.back() != ';' && item_text(b.text).back() != ';';
    }
    std::size_t const items = j - i - 1;
    return items >= 2 && items <= most ? items : 0;
}

// "- To governments: stop the use of lethal force …", "To investors and lenders: to suspend all
// financing …": whom a line asks, named by a common noun, goes on in lower case after its "To";
// it is an addressee when what follows the colon (or the comma: "au Procureur, de requérir …")
// opens as a demand of the opener's language (past the infinitive's marker: "to suspend").
// "To date: 40 journalists …" asks nothing.
inline bool demand_after_colon(std::string_view head, std::string_view after) {
    auto const opener = lang::with_fold_start<&lang::language_table::addressee_openers>(
        head, [](std::string_view start) { return lang::starts_with_any<&lang::language_table::addressee_openers>(start); });
    if (!opener || !tells_demands(*opener.table)) return false;
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    auto const lowered = utf8::lower_same_length(after.substr(0, std::min<std::size_t>(after.size(), 32)));
    for (std::string_view m : opener.table->infinitive_markers)
        if (lang::starts_with_phrase(lowered, m) && m.size() < after.size() && after[m.size()] == ' ') {
            after.remove_prefix(m.size() + 1);
            break;
        }
    return !after.empty() && utf8::is_lower_letter(utf8::decode(after, 0).cp) && opens_as_demand(after, opener.table);
}

// Where the words that open an item or a paragraph with whom it asks end: at its colon ("To the
// Belarusian authorities: release …"), or, with none near its start, at its first comma when
// the text opens as a sentence does, with a capital ("Al Ministerio Público, el cese …", "Aux
// autorités maliennes, de libérer …"; not "an immediate moratorium …, as a first step"), or
// goes on from its introduction ("Elles demandent :") in lower case with the preposition of
// an address line and a demand after the comma ("• au Procureur de la République, de requérir
// …", "- al Gobierno del Estado, garantizar …").
inline std::size_t addressee_separator(std::string_view text) {
    auto const opening = text.substr(0, 120);
    auto const colon = opening.find(':');
    if (colon != std::string_view::npos || text.empty()) return colon;
    auto const comma = opening.find(',');
    if (utf8::is_upper_letter(utf8::decode(text, 0).cp)) return comma;
    return comma != std::string_view::npos && demand_after_colon(text.substr(0, comma), text.substr(comma + 1)) ? comma
                                                                                                               : std::string_view::npos;
}

// "We call on:" / "- the President of the Philippines: abolish the NTF-ELCAC;", "- **the
// Department of Justice**: investigate …": under an introduction that ends at its verb, an item
// that names whom it asks before a colon, a few words without a sentence's punctuation, then
// what it asks in lower case (not "- Background: the law was …" under "We ask:": an addressee
// opens with an article or a capital).
inline std::optional<std::string> addressee_named_before_colon(std::string_view item, lang::language_table const& language) {
    auto const colon = item.substr(0, 120).find(':');
    if (colon == std::string_view::npos || colon < 2) return std::nullopt;
    auto const head = item.substr(0, colon);
    auto after = item.substr(colon + 1);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    if (after.empty() || !utf8::is_lower_letter(utf8::decode(after, 0).cp) || text::word_count(head, 9) > 8 ||
        head.find_first_of(".;!?,") != std::string_view::npos)
        return std::nullopt;
    word_walk const w(head);
    auto const first = w.word(0, w.word_end(0));
    if (!utf8::is_upper_letter(utf8::decode(head, 0).cp) && !listed(first, language.articles)) return std::nullopt;
    // "Al Ministerio de Energía y Minas: anular …", "A la Defensoría del Pueblo: …": the
    // preposition that opens the line is no word of the name (the article after it is).
    auto const name = listed(first, language.call_prepositions) ? head.substr(w.skip_spaces(w.word_end(0))) : head;
    if (name.empty()) return std::nullopt;
    auto addressee = layout::collapse_spaces(name);
    while (!addressee.empty() && addressee.back() == ' ') addressee.pop_back();
    return addressee;
}

// "1. To the Belarusian authorities: release all political prisoners …", "1. Al Organismo
// Judicial, garantizar …": an item that opens with whom it asks, an address line's words before
// its colon or comma.
inline std::optional<std::string> addressee_before_colon(std::string_view item) {
    auto const colon = addressee_separator(item);
    if (colon == std::string_view::npos || colon < 3 || colon + 1 >= item.size()) return std::nullopt;
    // With its comma, an address line's words in lower case end as one does ("Aux autorités
    // maliennes,").
    auto const head = item.substr(0, item[colon] == ',' ? colon + 1 : colon);
    auto r = address_line_addressee(head);
    if (!r && item[colon] == ':' && demand_after_colon(head, item.substr(colon + 1))) r = address_line_addressee(head, true);
    if (!r) return std::nullopt;
    return layout::collapse_spaces(head.substr(r->begin, r->end - r->begin));
}

// Whether an addressee read from an item's opening words names someone, as a name or an
// article opens it ("Instituto Nacional …", "la Comisión …"), not an infinitive ("To ensure the
// safety of journalists," read as "ensure the safety …").
inline bool names_someone(std::string_view addressee, lang::language_table const* language) {
    if (addressee.empty()) return false;
    if (utf8::is_upper_letter(utf8::decode(addressee, 0).cp)) return true;
    if (!language) return false;
    auto const lowered = utf8::lower_same_length(addressee.substr(0, std::min<std::size_t>(addressee.size(), 16)));
    return std::any_of(language->articles.begin(), language->articles.end(),
                       [&](std::string_view a) { return lang::starts_with_phrase(lowered, a); });
}

// "To the Government of Pelham Vale: release all those detained …": a paragraph that opens with
// whom it asks and, after the colon, asks it (three words at least). The colon is looked for
// first: most paragraphs have none near their start.
// What follows the colon asks: not words to the reader ("To the families of the victims: we stand
// with you", "your testimony …") nor a name and an address ("To the Minister of Justice: Mr
// Azamat …, Ministry of Justice, …"); in capitals, a demand's word of the opener's language.
// After a comma ("Al Estado de Nicaragua, restituir …", "À la CEDEAO, de maintenir …"), always
// one: a comma closes many an opening clause ("A la fecha, el Estado …").
inline bool addressed_paragraph(std::string_view text) {
    auto const colon = addressee_separator(text);
    if (colon == std::string_view::npos || text::word_count(text.substr(colon + 1), 3) < 3) return false;
    // After a comma only an opener of the tables makes the words before it whom the paragraph asks
    // (asked first: most paragraphs of prose have a comma near their start, and none opens so).
    // Its first two letters tell most paragraphs apart unfolded; then its start alone is folded,
    // without a string (only the table of the phrase found is kept).
    if (text[colon] == ',' && !lang::may_open_with<&lang::language_table::addressee_openers>(text)) return false;
    auto const opener = lang::with_fold_start<&lang::language_table::addressee_openers>(
        text, [](std::string_view start) { return lang::starts_with_any<&lang::language_table::addressee_openers>(start); });
    if (text[colon] == ',' && !opener) return false;
    auto after = text.substr(colon + 1);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    auto const lowered = utf8::lower_same_length(after.substr(0, std::min<std::size_t>(after.size(), 48)));
    if (lang::starts_with_any<&lang::language_table::first_person_plural>(lowered) ||
        lang::starts_with_any<&lang::language_table::second_person>(lowered))
        return false;
    if (!addressee_before_colon(text)) return false;
    if (text[colon] == ':' && !utf8::is_upper_letter(utf8::decode(after, 0).cp)) return true;
    return opener && opens_as_demand(after, opener.table) && tells_demands(*opener.table);
}

// "Recommendation 1: …": how many bytes of a text its first word, a number and a colon, a stop
// or a dash after it take, with the spaces after them, and the number.
struct demand_label {
    std::size_t length = 0;
    unsigned number = 0;
};

inline std::optional<demand_label> number_after_first_word(std::string_view text) {
    auto const space = text.substr(0, 24).find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    std::size_t i = space + 1;
    demand_label label;
    std::size_t const digits = i;
    for (; i < text.size() && i - digits < 3 && text[i] >= '0' && text[i] <= '9'; ++i)
        label.number = label.number * 10 + static_cast<unsigned>(text[i] - '0');
    if (i == digits) return std::nullopt;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && (text[i] == ':' || text[i] == '.' || text[i] == '-')) ++i;
    else if (text.compare(i, 3, "\xE2\x80\x93") == 0) i += 3;  // –
    else return std::nullopt;
    if (i >= text.size() || text[i] != ' ') return std::nullopt;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i == text.size()) return std::nullopt;
    label.length = i;
    return label;
}

// "Recommendation 1: Codify …", "Demand 2 – Repeal …", "Recommandation 3 : …": a paragraph that
// opens with a demand's label of the tables and its number; the demand follows them. The number
// is looked for first: most paragraphs have none after their first word. `folded`: the text's
// fold.
inline std::optional<demand_label> labelled_demand(std::string_view text, std::string_view folded) {
    auto const label = number_after_first_word(text);
    if (!label) return std::nullopt;
    auto const m = lang::starts_with_any<&lang::language_table::demand_labels>(folded);
    if (!m || folded.size() <= m.phrase.size() || folded[m.phrase.size()] != ' ') return std::nullopt;
    return label;
}

// "The UN Special Rapporteur on freedom of association should …": a subject named in capitals
// may go on with what its office is about, in lower case, and all of it names whom an item
// asks. The words `subject` (all before the modal), when those before a topic marker of
// `language` are a subject of their own, whole.
inline std::optional<std::string> named_before_topic(std::string_view subject, lang::language_table const& language) {
    word_walk const w(subject);
    for (std::size_t pos = w.skip_spaces(0), words = 0; pos < w.size(); ++words) {
        auto const e = w.word_end(pos);
        if (e == pos) return std::nullopt;  // punctuation: no name and its topic
        if (words >= 2 && opens_topic(w.word(pos, w.size()), language)) {
            auto const name = addressee_as_subject(subject.substr(0, pos), language);
            if (!name || !subject_of_all(subject.substr(0, pos), *name)) return std::nullopt;
            auto whole = layout::collapse_spaces(subject);
            while (!whole.empty() && whole.back() == ' ') whole.pop_back();
            return whole;
        }
        pos = w.skip_spaces(e);
    }
    return std::nullopt;
}

// "1. The President of Georgia must veto the law", "**Governments** must …": an item whose
// subject is bound by a modal of the tables among its first words names whom it asks, itself.
inline std::optional<std::string> item_subject(std::string_view item) {
    auto const head = item.substr(0, std::min<std::size_t>(item.size(), 96));
    auto const lowered = utf8::lower_same_length(head);
    auto const modal = lang::find_any<&lang::language_table::obligation_verbs>(lowered);
    if (!modal || modal.position == 0 || text::word_count(head.substr(0, modal.position), 10) > 9) return std::nullopt;
    // The words before the modal, read as a clause's subject, all of them.
    auto const before_modal = item.substr(0, modal.position);
    if (auto const subject = addressee_as_subject(before_modal, *modal.table); subject && subject_of_all(before_modal, *subject))
        return layout::collapse_spaces(*subject);
    // What the subject is about may follow its name, in lower case; not in a passive ("The
    // Council on Foreign Funding must be abolished"), which names no one to act.
    auto const after_modal = lowered.substr(std::min(lowered.size(), modal.position + modal.phrase.size() + 1));
    if (std::any_of(modal.table->passive_auxiliaries.begin(), modal.table->passive_auxiliaries.end(),
                    [&](std::string_view aux) { return lang::starts_with_phrase(after_modal, aux); }))
        return std::nullopt;
    return named_before_topic(before_modal, *modal.table);
}

// "Recommendations to the National Human Rights Commission (Komnas HAM)", "To the UN Special
// Rapporteur on …": a line of a few words, no sentence, that opens as an addressee's heading
// does or calls with words that go on after the call's (an item's explanation is a sentence).
inline bool names_whom_items_ask(layout::block const& b) {
    if (b.text.empty() || std::string_view(".!?;,").find(b.text.back()) != std::string_view::npos ||
        text::word_count(b.text, 17) > 16)
        return false;
    if (lang::starts_with_any<&lang::language_table::addressee_openers>(utf8::lower_same_length(b.text.substr(0, 32))))
        return true;
    auto const [verb, after] = last_call_verb(b);
    return verb && text::word_count(after, 2) >= 2;
}

// "1. Release the defenders." / "They were arrested for …" / "2. Repeal the law.": numbered
// demands each explained by a paragraph or a few under it (right under it, or after a blank). The list goes on where, after such
// paragraphs, the next item stands with the next number of the same marker; the index of that
// item, or 0. Only a count tells the items apart from a new list: bullets do not.
inline std::size_t item_after_explanation(call_scan const& scan, std::size_t item, std::size_t j,
                                          lang::language_table const* language) {
    auto const& blocks = scan.blocks;
    auto const& last = blocks[item];
    if (last.marker != layout::marker_kind::number && last.marker != layout::marker_kind::letter &&
        last.marker != layout::marker_kind::roman)
        return 0;
    constexpr std::size_t most_paragraphs = 3;
    for (std::size_t k = j; k < scan.to && k < j + most_paragraphs + 1; ++k) {
        auto const& b = blocks[k];
        if (scan.roles[k] != block_role::paragraph) return 0;
        // The next item opens as the item before it does: after a demand ("3. Release …"), a
        // note numbered on ("4. Human Rights Defender of Amber, Statement of 13 June") or a
        // victim's name does not.
        if (b.kind == layout::block_kind::list_item)
            return b.marker == last.marker && b.marker_value == last.marker_value + 1 &&
                           (!opens_as_demand(last.text, language) || opens_as_demand(b.text, language))
                       ? k
                       : 0;
        if (b.kind != layout::block_kind::text || ends_with_colon(b.text) || names_whom_items_ask(b)) return 0;
    }
    return 0;
}

// The spaces before block k's line in the cleaned text: how deep a list's item is nested.
// "2. Promptly investigate …;" / "11 BIRN, …, 2 November 2024." / "Joint Statement | Serbia   1" /
// "Joint Statement" / "Page 2 of 2" / "3. Drop charges …": a PDF's page break between two items,
// with the page's notes at its foot and its running lines (a page's number or mark among them,
// the others short lines or numbered notes). The item after it, when it goes on from `item`
// (the next number of the same marker, or the same bullet); 0 otherwise.
inline std::size_t item_after_page_break(call_scan const& scan, std::size_t item, std::size_t j) {
    auto const& blocks = scan.blocks;
    constexpr std::size_t most_lines = 8;
    bool page = false;
    std::size_t k = j;
    for (; k < scan.to && k < j + most_lines && blocks[k].kind != layout::block_kind::list_item; ++k) {
        auto const& t = blocks[k].text;
        // A page's mark: its number, or a line of the page's furniture with a number in it ("Page 2
        // of 2"); not a heading of what follows ("Media contacts:").
        if (blocks[k].page_mark || (scan.roles[k] == block_role::chrome_footer && text::has_digit(t) && !ends_with_colon(t))) {
            page = true;
            continue;
        }
        if (scan.roles[k] != block_role::paragraph && scan.roles[k] != block_role::chrome_header &&
            scan.roles[k] != block_role::chrome_footer)
            return 0;
        bool const note = !t.empty() && t.front() >= '0' && t.front() <= '9' && t.back() == '.';
        bool const running = !t.empty() && text::word_count(t, 9) <= 8 && std::string_view(".;:!?").find(t.back()) == std::string_view::npos;
        if (!note && !running) return 0;
    }
    if (!page || k >= scan.to || k == j + most_lines || blocks[k].kind != layout::block_kind::list_item ||
        scan.roles[k] != block_role::paragraph)
        return 0;
    auto const& last = blocks[item];
    auto const& next = blocks[k];
    if (next.marker != last.marker) return 0;
    bool const counted = last.marker == layout::marker_kind::number || last.marker == layout::marker_kind::letter ||
                         last.marker == layout::marker_kind::roman;
    return !counted || next.marker_value == last.marker_value + 1 ? k : 0;
}

// "1. Reverse the decision to close the Coastal" / "Joint statement on media in Norland      12
// March 2026" / "Gazette, and return its equipment;": a demand cut by a PDF's page break, the
// page's running line between its two parts (a page's mark, or a short line with a number, a
// date or a page's, that the page set apart by a gap or that was read as furniture or a date's
// line). The block that goes on with the demand after one or two such lines, or 0: the demand
// stops without its punctuation, and the line under the furniture is no item and ends as a
// demand does, or stands over the list's next item.
inline std::size_t demand_after_page_break(call_scan const& scan, std::size_t item) {
    auto const& blocks = scan.blocks;
    auto const& cut = blocks[item].text;
    if (cut.empty() || std::string_view(".;:!?").find(cut.back()) != std::string_view::npos) return 0;
    std::string_view const cleaned(scan.cleaned.text);
    constexpr std::size_t most_lines = 2;
    std::size_t k = item + 1;
    for (; k < scan.to && k <= item + most_lines; ++k) {
        auto const& b = blocks[k];
        auto const role = scan.roles[k];
        bool const furniture = role == block_role::chrome_footer || role == block_role::chrome_header || role == block_role::metadata;
        bool const set_apart = role == block_role::paragraph && b.end <= cleaned.size() &&
                               text::has_gap(cleaned.substr(b.begin, b.end - b.begin));
        if (!b.page_mark && !((furniture || set_apart) && b.kind == layout::block_kind::text && b.lines == 1 &&
                              text::has_digit(b.text) && text::word_count(b.text, 13) <= 12 && !ends_with_colon(b.text)))
            break;
    }
    if (k == item + 1 || k >= scan.to || k > item + most_lines) return 0;
    auto const& more = blocks[k];
    if (more.kind != layout::block_kind::text || scan.roles[k] != block_role::paragraph || more.text.empty() ||
        ends_with_colon(more.text))
        return 0;
    bool const ends_as_demand = more.text.back() == ';' || more.text.back() == '.';
    bool const over_item = k + 1 < scan.to && blocks[k + 1].kind == layout::block_kind::list_item && !blocks[k + 1].after_blank;
    return ends_as_demand || over_item ? k : 0;
}

inline std::size_t indentation(call_scan const& scan, std::size_t k) {
    std::string_view const text = scan.cleaned.text;
    std::size_t at = scan.blocks[k].begin, spaces = 0;
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at, ++spaces;
    return spaces;
}

// The marker of list item k as written ("•", "o", "", "1."): a word processor's levels of
// bullets differ by their sign. A marker on a line of its own keeps one line break, however
// many blank lines follow it ("•" / "" / "Revoke …"): a PDF sets all its list's markers so or
// none, and "•" alone over "Background" after items of "• …" is an ornament of the next part.
inline std::string_view marker_text(call_scan const& scan, std::size_t k) {
    auto const& b = scan.blocks[k];
    auto const marker = std::string_view(scan.cleaned.text).substr(b.begin, b.content_begin - b.begin);
    auto const end = marker.find_first_of(" \t\n");
    return marker.substr(0, end != std::string_view::npos && marker[end] == '\n' ? end + 1 : end);
}

// Whether items k and m are marked with the same sign, as one list's are: keycaps ("1️⃣", "2️⃣")
// differ by their digit only, a PDF's Private Use Area bullets by the font that drew them, and a
// scan's bullets "•" by the letter its text recognition read for each ("e Release …" / "o Ensure
// …"), but under an item that introduces a second level with its colon ("e Ensure:" / "o …").
inline bool same_bullet(call_scan const& scan, std::size_t k, std::size_t m) {
    auto const a = marker_text(scan, k), b = marker_text(scan, m);
    bool const sub_items = k > 0 && ends_with_colon(scan.blocks[k - 1].text);
    auto const kind = [&](std::string_view t) {
        if (!t.empty() && t[0] >= '0' && t[0] <= '9') return 1;
        if (t.size() >= 2 && t[0] == '\xEF' && static_cast<unsigned char>(t[1]) >= 0x80 && static_cast<unsigned char>(t[1]) <= 0x83) return 2;
        if ((t == "e" || t == "o") && !sub_items) return 3;
        return 0;
    };
    return a == b || (kind(a) != 0 && kind(a) == kind(b));
}

// "5. Coordinate the enforcement with the Commission." / "III. Conclusion": an item marked with
// another kind of marker than the list's first item and the item before it, at the depth of the
// latter, that titles what follows the sentence that item ends, is the heading of the document's
// next part, numbered as its parts are. ("1. On policing" / "   a) Adopt …;" / "2. On funding"
// goes back up a level; "3. To INTERPOL" after "- Investigate …." is the list's next heading.)
inline bool heads_next_part(call_scan const& scan, std::size_t first, std::size_t j) {
    auto const& b = scan.blocks[j];
    auto const& before = scan.blocks[j - 1];
    return b.marker != before.marker && b.marker != scan.blocks[first].marker && before.kind == layout::block_kind::list_item &&
           !before.text.empty() &&
           (before.text.back() == '.' || before.text.back() == ';') && titles_list(b) &&
           indentation(scan, j) == indentation(scan, j - 1);
}

// "1. Accountability" / "1. Open an investigation …" / "2. Prosecute …" / "2. Reparations": an
// item whose next item, marked as it is, counts again from one heads a count of its own, its
// parts (a word processor's numbered list under each numbered heading, set flat).
inline bool counts_anew_under(layout::block const& item, layout::block const& next) {
    bool const counted = next.marker == layout::marker_kind::number || next.marker == layout::marker_kind::letter ||
                         next.marker == layout::marker_kind::roman;
    return counted && next.kind == layout::block_kind::list_item && next.marker == item.marker && next.marker_value == 1;
}

// "1. End the state of emergency:" / "- lift the curfew;" / "- restore …": the items under an
// item that ends with a colon (or heads its parts: it only names an addressee or a theme),
// marked otherwise or indented past it, are its parts. The index of its last part (j itself
// when it has none).
inline std::size_t last_part(call_scan const& scan, std::size_t j, std::size_t unmarked, bool heads_parts) {
    auto const& blocks = scan.blocks;
    std::size_t last = j;
    if (unmarked) return last;
    // "1. Ban targeted advertising to children;" / "   - including contextual advertising …":
    // under any other item, the items both marked otherwise and indented past it are its parts.
    bool const heads = heads_parts || ends_with_colon(blocks[j].text);
    // Under a heading whose parts count anew, the parts are those that count on from one, up to
    // the next such heading ("3. Guarantees of non-repetition" after "2. Return …" counts on, but
    // the count under it starts anew).
    bool const counted_parts = heads && j + 1 < scan.to && counts_anew_under(blocks[j], blocks[j + 1]);
    auto const is_part = [&](std::size_t k) {
        if (counted_parts)
            return blocks[k].marker == blocks[j].marker && blocks[k].marker_value == k - j &&
                   !(k + 1 < scan.to && counts_anew_under(blocks[k], blocks[k + 1]));
        bool const marked_otherwise = blocks[k].marker != blocks[j].marker ||
                                      (blocks[j].marker == layout::marker_kind::bullet && marker_text(scan, k) != marker_text(scan, j));
        if (heads && marked_otherwise) return true;
        return (heads || marked_otherwise) && indentation(scan, k) > indentation(scan, j);
    };
    while (last + 1 < scan.to && blocks[last + 1].kind == layout::block_kind::list_item && is_part(last + 1) &&
           scan.roles[last + 1] == block_role::paragraph)
        ++last;
    return last;
}

// "Free, prior and informed consent", "Free, fair and transparent elections": a first word that a
// comma follows opens an enumeration of qualities, though it may be a demand's verb ("Free the
// journalists"), which takes its object after it.
inline bool opens_enumeration(std::string_view text) {
    auto const end = text::word_end(text, 0);
    return end > 1 && end < text.size() && text[end - 1] == ',';
}

// "1. Scope" / "1.1 Remove …" / "1.2 Exclude …", "1. On policing" / "   a) Adopt …": an item of a
// few words that titles the demands under it (marked otherwise, indented past it, or counted
// anew from one: "1. Accountability" / "1. Open …") and is no demand itself names their theme.
// `language`: the calls'.
inline bool titles_parts(call_scan const& scan, std::size_t j, lang::language_table const* language) {
    auto const& b = scan.blocks[j];
    if (j + 1 >= scan.to || !titles_list(b)) return false;
    auto const& part = scan.blocks[j + 1];
    return part.kind == layout::block_kind::list_item &&
           (part.marker != b.marker || indentation(scan, j + 1) > indentation(scan, j) || counts_anew_under(b, part)) &&
           (!opens_as_demand(b.text, language) || opens_enumeration(b.text)) && reads_as_demand_item(part.text, language);
}

// "We make the following recommendations:", "Recommendations" over paragraphs that each make a
// demand: the paragraph before block i introduces them when it ends with a colon, or titles them
// and calls or binds; it becomes g's introduction. The group's first block.
inline std::size_t introduce_paragraphs(call_scan const& scan, std::size_t i, call_group& g) {
    if (i == scan.from || scan.roles[i - 1] != block_role::paragraph) return i;
    auto const& before = scan.blocks[i - 1];
    if (!ends_with_colon(before.text) &&
        !(titles_list(before) && (has_call_verb(scan.folded[i - 1]) || has_obligation(scan.folded[i - 1]))))
        return i;
    g.introduction = block_text(scan, i - 1);
    scan.roles[i - 1] = block_role::call_introduction;
    return i - 1;
}

// "### 1. Release all detained journalists" / "The eleven journalists are held …" / "### 2. Drop
// the charges": a post's demands written as numbered headings, each over the paragraphs that
// explain it. Where the demand begins in block k's text, past its number, when k is such a
// heading numbered `number` whose words open as a demand of `language`; 0 when it is none.
inline std::size_t numbered_demand_heading(call_scan const& scan, std::size_t k, unsigned number,
                                           lang::language_table const* language) {
    auto const& b = scan.blocks[k];
    if (b.kind != layout::block_kind::heading || scan.roles[k] != block_role::paragraph) return 0;
    std::string_view const text = b.text;
    std::size_t i = 0;
    unsigned value = 0;
    for (; i < text.size() && i < 3 && text[i] >= '0' && text[i] <= '9'; ++i) value = value * 10 + static_cast<unsigned>(text[i] - '0');
    if (i == 0 || value != number || i + 2 >= text.size() || (text[i] != '.' && text[i] != ')') || text[i + 1] != ' ') return 0;
    i += 2;
    auto const demand = text.substr(i);
    if (!utf8::is_upper_letter(utf8::decode(demand, 0).cp) || !opens_as_demand(demand, language)) return 0;
    return i;
}

// How many paragraphs a demand's heading may have under it before the next.
constexpr std::size_t most_explaining_paragraphs = 4;

// The numbered headings of demands from block i on (numbered 1, 2, …), each at most a few
// explaining paragraphs after the one before: their blocks.
inline std::vector<std::size_t> demand_headings(call_scan const& scan, std::size_t i, lang::language_table const* language) {
    std::vector<std::size_t> headings;
    if (!numbered_demand_heading(scan, i, 1, language)) return headings;
    headings.push_back(i);
    for (std::size_t k = i + 1, explaining = 0; k < scan.to && explaining <= most_explaining_paragraphs; ++k) {
        if (numbered_demand_heading(scan, k, static_cast<unsigned>(headings.size() + 1), language)) {
            headings.push_back(k);
            explaining = 0;
            continue;
        }
        auto const& b = scan.blocks[k];
        if (b.kind != layout::block_kind::text || scan.roles[k] != block_role::paragraph || ends_with_colon(b.text)) break;
        ++explaining;
    }
    return headings;
}

// "1. Repeal the law on foreign funding;          4. Release detained activists;": a PDF's list
// set in two columns keeps two items on each line, the right column's after a gap of three
// spaces or more, counted on with a marker of the same kind. Where the gap begins in the cleaned
// text and where the right item's words do, when block k's line holds such an item.
// "1. Fully implement the Peace Agreement;      1. Implementar plenamente el Acuerdo de Paz;",
// "- libérer les trois journalistes ;<tab>- release the three journalists;": a bilingual text set
// side by side, the same demand in the other language to the right, under the same number, or
// under the same bullet where the introduction is set so too (`introduced_in_columns`): a
// translation, no demand of its own.
struct column_split {
    std::size_t gap = 0;
    std::size_t right = 0;
    bool translation = false;
};

// Where the first gap between two cells of `line` begins: a tab, or three spaces or more.
inline std::size_t cell_gap(std::string_view line) { return std::min(line.find('\t'), line.find("   ")); }

// "Nous appelons la junte à :<tab>We call on the junta to:", "We, the undersigned organisations,
// <gap>Nous, organisations soussignées," / "call on the Government of Norland to:<gap>appelons le
// gouvernement du Norland à :": an introduction set in two columns, each of its lines a left cell
// and a right one apart by a gap, the left column ending with its colon. The left column's
// words, its cells joined; none for an introduction set otherwise.
inline std::optional<std::string> left_column(call_scan const& scan, std::size_t i) {
    auto const& b = scan.blocks[i];
    if (!ends_with_colon(b.text) || b.end > scan.cleaned.text.size()) return std::nullopt;
    std::string left;
    for (auto rest = std::string_view(scan.cleaned.text).substr(b.begin, b.end - b.begin); !rest.empty();) {
        auto const line_end = std::min(rest.size(), rest.find('\n'));
        auto line = rest.substr(0, line_end);
        rest.remove_prefix(std::min(rest.size(), line_end + 1));
        line.remove_prefix(std::min(line.size(), line.find_first_not_of(" \t")));
        auto const gap = cell_gap(line);
        if (gap == std::string_view::npos || gap == 0) return std::nullopt;
        if (!left.empty()) left += ' ';
        left += line.substr(0, line.find_last_not_of(' ', gap - 1) + 1);
    }
    if (!ends_with_colon(left)) return std::nullopt;
    return left;
}

inline std::optional<column_split> second_column(call_scan const& scan, std::size_t k, bool introduced_in_columns) {
    auto const& b = scan.blocks[k];
    bool const counted = b.marker == layout::marker_kind::number || b.marker == layout::marker_kind::letter ||
                         b.marker == layout::marker_kind::roman;
    if ((!counted && !introduced_in_columns) || b.lines != 1 || b.end <= b.content_begin || b.end > scan.cleaned.text.size())
        return std::nullopt;
    std::string_view const line = std::string_view(scan.cleaned.text).substr(b.content_begin, b.end - b.content_begin);
    auto const gap = cell_gap(line);
    if (gap == std::string_view::npos || gap == 0) return std::nullopt;
    auto const cell = line.find_first_not_of(" \t", gap);
    if (cell == std::string_view::npos) return std::nullopt;
    auto const marker = grammar::parse_list_marker(line.substr(cell));
    if (!marker || static_cast<int>(marker->kind) != static_cast<int>(b.marker) || marker->last >= line.data() + line.size())
        return std::nullopt;
    bool const translation = counted ? marker->value == b.marker_value : introduced_in_columns;
    if (!translation && (!counted || marker->value < b.marker_value)) return std::nullopt;
    return column_split{b.content_begin + gap, b.content_begin + static_cast<std::size_t>(marker->last - line.data()), translation};
}

// Whether a row's text is cut into cells by tabs or gaps of spaces, as a pasted table's are.
inline bool has_cell_gaps(std::string_view row) { return row.find('\t') != std::string_view::npos || text::has_gap(row); }

// "Action<tab>Deadline" over "1. Engage Sarkan Textiles …<tab>31 October 2025": a table of
// demands pasted from a word processor keeps its header row between the line that introduces
// the demands and its rows. Block k is such a row: one line of two to four short headings apart
// by tabs or gaps, none a sentence nor the heading of a list of signers ("Organisation   Country"),
// over an item cut into as many cells.
inline bool heads_item_columns(call_scan const& scan, std::size_t k) {
    auto const& row = scan.blocks[k];
    auto const& item = scan.blocks[k + 1];
    std::string_view const cleaned(scan.cleaned.text);
    if (row.lines != 1 || item.lines != 1 || row.text.size() > 80 || row.end > cleaned.size() || item.end > cleaned.size())
        return false;
    auto const raw = cleaned.substr(row.begin, row.end - row.begin);
    auto const item_raw = cleaned.substr(item.content_begin, item.end - item.content_begin);
    if (!has_cell_gaps(raw) || !has_cell_gaps(item_raw) || is_column_heading_line(raw)) return false;
    auto const headings = table_cells(raw);
    if (headings.size() < 2 || headings.size() > 4) return false;
    for (auto const h : headings)
        if (h.empty() || text::word_count(h, 4) > 3 || !utf8::is_upper_letter(utf8::decode(h, 0).cp) ||
            h.back() == '.' || h.back() == ':' || h.back() == ';' || h.back() == ',')
            return false;
    return table_cells(item_raw).size() == headings.size();
}

// Whom the group asks, each once, in the order the text names them.
inline void add_addressee(call_group& g, std::string const& addressee) {
    if (std::find(g.addressees.begin(), g.addressees.end(), addressee) == g.addressees.end()) g.addressees.push_back(addressee);
}

// Block k, a demand of one block, asked of `addressee`.
inline void add_call(call_scan const& scan, std::size_t k, call_group& g, std::optional<std::string> addressee) {
    call c;
    c.text = item_text(scan.blocks[k].text);
    if (addressee) add_addressee(g, *addressee);
    c.addressee = std::move(addressee);
    c.span = scan.spans(scan.blocks[k].content_begin, scan.blocks[k].end);
    g.calls.push_back(std::move(c));
    scan.roles[k] = block_role::call;
}

// A block that makes a call by itself ("We call upon X to …"): its addressee is its own. One
// sentence that asks several ("We call on the National Assembly to repeal the law and on the
// Executive to refrain from …") is a call of them all.
inline void add_self_addressed_call(call_scan const& scan, std::size_t k, call_group& g) {
    auto addressees = addressees_of(scan.blocks[k]);
    for (auto const& a : addressees) add_addressee(g, a);
    add_call(scan, k, g, addressees.empty() ? std::nullopt : std::optional<std::string>(addressees.back()));
    if (addressees.size() > 1) g.calls.back().addressees = std::move(addressees);
}

// "We call on the Government of Norland to restore access …; to refrain from …; and to publish
// …." / "… to release X; repeal Y; and allow Z.": a sentence that asks its addressee three things
// or more, apart by semicolons after the marker of its infinitive, is a list written on one line:
// each part a demand, without the conjunction and the marker before it, as "- release X;" stands
// under "… to:". The parts' ranges in the block's text, each with its semicolon or full stop;
// none where a part opens with no word in lower case (no verb: "…; Norland has …").
inline std::vector<text_range> demands_apart_by_semicolons(layout::block const& b, std::string const& addressee) {
    auto const [verb, after] = last_call_verb(b);
    if (!verb) return {};
    auto const& language = *verb.table;
    auto const named = after.find(addressee);
    if (named == std::string_view::npos) return {};
    // The sentence from the addressee on, in lower case at the same offsets (longer than a
    // word_walk reads: three demands in one sentence).
    auto const end = std::min(after.size(), sentence_end(after, named) + 1);
    auto const lowered = utf8::lower_same_length(after.substr(0, end));
    std::string_view const low(lowered);
    auto const skip_spaces = [&](std::size_t i) {
        while (i < end && low[i] == ' ') ++i;
        return i;
    };
    // Past a word of the table `words` and the spaces after it, if one stands at `pos`.
    auto const past = [&](std::size_t pos, lang::table_view<std::string_view> words) {
        auto e = pos;
        while (e < end && low[e] != ' ' && low[e] != ';' && low[e] != ',') ++e;
        return e > pos && listed(low.substr(pos, e - pos), words) ? skip_spaces(e) : pos;
    };
    auto const marker = skip_spaces(named + addressee.size());
    auto const first = past(marker, language.infinitive_markers);
    if (first == marker || low.find(';', first) == std::string_view::npos) return {};
    std::vector<text_range> parts;
    for (std::size_t from = first; from < end;) {
        auto const semicolon = low.find(';', from);
        auto const stop = semicolon < end ? semicolon + 1 : end;
        auto const begin = parts.empty() ? from : past(past(skip_spaces(from), language.conjunctions), language.infinitive_markers);
        if (begin >= stop || !utf8::is_lower_letter(utf8::decode(after, begin).cp)) return {};
        parts.push_back({begin, stop});
        from = stop;
    }
    if (parts.size() < 3) return {};
    auto const offset = static_cast<std::size_t>(after.data() - b.text.data());
    for (auto& p : parts) {
        p.begin += offset;
        p.end += offset;
    }
    return parts;
}

}  // namespace call_detail

CIVIC_FUNC std::vector<call_group> recognise_calls(call_scan const& scan) {
    using layout::block_kind;
    std::vector<call_group> groups;
    auto const& blocks = scan.blocks;
    lang::language_table const* calls_language = nullptr;  // the last introduction's verb's
    for (std::size_t i = scan.from; i < scan.to; ++i) {
        auto const& b = blocks[i];
        // The opening sentence may itself introduce the calls ("We, the undersigned, urge the
        // authorities to:"); it keeps its role and also becomes the group's introduction.
        bool const opening = scan.roles[i] == block_role::opening;
        if (scan.roles[i] != block_role::paragraph && !opening) continue;

        // An introduction with a call verb, followed by list items (the items are looked at
        // first: most paragraphs are followed by none, and their text need not be searched).
        // A pasted table's header row may stand between them ("Action<tab>Deadline").
        bool const header_row = b.kind == block_kind::text && i + 2 < scan.to && blocks[i + 1].kind == block_kind::text &&
                                blocks[i + 2].kind == block_kind::list_item && scan.roles[i + 1] == block_role::paragraph &&
                                call_detail::ends_with_colon(b.text) && call_detail::heads_item_columns(scan, i + 1);
        bool const before_marked = ((b.kind == block_kind::text || b.kind == block_kind::heading) && i + 1 < scan.to &&
                                    blocks[i + 1].kind == block_kind::list_item) ||
                                   header_row;
        // Items without markers are sought only under a line that calls or binds, and ends with
        // a colon: a list's "Signatories:" over 2,000 short lines is none.
        std::size_t const unmarked =
            !before_marked && b.kind == block_kind::text && i + 1 < scan.to && blocks[i + 1].kind == block_kind::text &&
                    call_detail::introduces(b.text, scan.folded[i]) &&
                    (call_detail::has_call_verb(scan.folded[i]) || call_detail::has_obligation(scan.folded[i]))
                ? call_detail::unmarked_items(scan, i)
                : 0;
        // "To the Parliament of Pelham Vale" / "The law breaks the Constitution." / "- Repeal …": an
        // addressee's heading whose items come after a paragraph that explains them.
        std::optional<std::string> heading_addressee =
            !before_marked && !unmarked && (b.kind == block_kind::text || b.kind == block_kind::heading) && i + 2 < scan.to &&
                    blocks[i + 1].kind == block_kind::text && blocks[i + 2].kind == block_kind::list_item &&
                    scan.roles[i + 1] == block_role::paragraph && !blocks[i + 1].text.empty() &&
                    !call_detail::ends_with_colon(blocks[i + 1].text) && blocks[i + 1].text.size() < 600
                ? call_detail::explained_heading(scan, i)
                : std::nullopt;
        std::size_t const first = i + 1 + heading_addressee.has_value() + header_row;  // the first item
        bool const before_items = before_marked || unmarked > 0 || heading_addressee;
        std::vector<std::string> continued;  // "and on X to:" under the items of a call
        call_detail::subheading sub;          // a heading over demands, under calls or their introduction
        // Under a line with a colon that does not call: items that call with a verb of their own,
        // or ask after a preposition in this language.
        bool items_call = false;
        lang::language_table const* items_calling = nullptr;
        bool const intro = before_items &&
                           (heading_addressee || call_detail::has_call_verb(scan.folded[i]) ||
                            ((call_detail::ends_with_colon(b.text) || call_detail::titles_list(b)) &&
                             call_detail::has_obligation(scan.folded[i])) ||
                            (heading_addressee = call_detail::addressed_heading(
                                 b, scan.folded[i], blocks[i + 1],
                                 i > scan.from && scan.roles[i - 1] == block_role::call && blocks[i - 1].marker == blocks[i + 1].marker
                                     ? blocks[i - 1].marker_value + 1
                                     : 0)) ||
                            (!groups.empty() && i > 0 && scan.roles[i - 1] == block_role::call &&
                             !(continued = call_detail::continued_call_addressees(b, scan.folded[i])).empty()) ||
                            (sub = call_detail::read_subheading(scan, i, calls_language)).found ||
                            (before_marked &&
                             ((items_call = call_detail::items_open_with_calls(b, blocks[first], scan.folded[first])) ||
                              (items_calling = call_detail::items_ask_after_preposition(b, blocks[first], scan.language)))));
        if (sub.addressee) heading_addressee = std::move(sub.addressee);
        // "We call for the release of four journalists:" over their names: items that name
        // people ("Mira Tallow, editor of the Gazette;") are whom the call is for, no demands.
        // Items another reading took (a list of signers under the calls' line) are no demands.
        if (intro && (call_detail::names_people(scan, first, unmarked) ||
                      (!unmarked && !heading_addressee && scan.roles[first] != block_role::paragraph))) {
            i += unmarked;
            while (!unmarked && i + 1 < scan.to && blocks[i + 1].kind == block_kind::list_item &&
                   !(i + 1 > first && layout::restarts_count(blocks[i], blocks[i + 1])))
                ++i;
            continue;
        }
        if (intro) {
            call_group g;
            g.introduction = call_detail::block_text(scan, i);
            // An introduction set in two columns, a language each, is read in its left column's
            // words: the right column's translation names its addressee again, in its own words.
            auto const left_column = call_detail::left_column(scan, i);
            layout::block said = b;
            if (left_column) {
                said.text = *left_column;
                said.separators = layout::every_separator;
            }
            g.addressees = heading_addressee     ? std::vector<std::string>{*heading_addressee}
                           : !continued.empty() ? std::move(continued)
                                                : call_detail::addressees_of(said);
            if (g.addressees.empty())
                if (auto a = call_detail::addressee_before_items(b, scan.folded[i + 1])) g.addressees.push_back(std::move(*a));
            if (g.addressees.empty()) g.addressees = call_detail::heading_addressees(b);
            if (g.addressees.empty())
                if (auto a = call_detail::addressee_after_modal(b)) g.addressees.push_back(std::move(*a));
            // A theme's heading over demands asks of whom the calls before it asked, or the
            // heading over it names ("## Recommendations to the Parliament" / "### Freedom of
            // association").
            if (g.addressees.empty() && sub.found) {
                if (scan.roles[i - 1] == block_role::call && !groups.empty()) g.addressees = groups.back().addressees;
                else if (g.addressees = call_detail::addressees_of(blocks[i - 1]); g.addressees.empty())
                    g.addressees = call_detail::heading_addressees(blocks[i - 1]);
            }
            // "Such measures should include:" names no one: the paragraph before it does
            // ("… and call on the Government of Moldova to end these violations."). "We call
            // on:" over items that name theirs ("- the UN to ensure …") leaves it to them, as
            // "We demand that:" does to the subjects of its clauses.
            auto const* const ending_verb =
                g.addressees.empty() ? (items_calling ? items_calling : call_detail::verb_ends_introduction(b)) : nullptr;
            auto const* const clause_items = g.addressees.empty() ? call_detail::clause_ends_introduction(b) : nullptr;
            bool const items_name_theirs =
                clause_items || items_call || items_calling ||
                (ending_verb && (call_detail::item_addressee(blocks[first], ending_verb) ||
                                 call_detail::addressee_named_before_colon(blocks[first].text, *ending_verb)));
            std::size_t named_in = i;  // the block that names the addressees
            for (std::size_t k = i; g.addressees.empty() && !items_name_theirs && k > scan.from && k + 2 > i; --k) {
                auto const role = scan.roles[k - 1];
                if (role == block_role::paragraph || role == block_role::opening)
                    if (g.addressees = call_detail::addressees_of(blocks[k - 1]); !g.addressees.empty()) named_in = k - 1;
            }
            if (!opening) scan.roles[i] = block_role::call_introduction;
            if (header_row) scan.roles[i + 1] = block_role::call_introduction;
            // The language of the calls: the introduction's verb's, or that of the line over an
            // addressee's heading ("Мы призываем:" / "Властям Велории:").
            if (auto const verb = call_detail::last_call_verb(said).verb) calls_language = verb.table;
            else if (auto const over = i > scan.from ? call_detail::last_call_verb(blocks[i - 1]).verb : lang::phrase_match{})
                calls_language = over.table;
            std::optional<std::string> addressee;
            if (!g.addressees.empty()) addressee = g.addressees.back();
            // All asked the items, if several; those of the paragraph over "Exigimos:" as well.
            auto const shared = call_detail::sharing_the_items(named_in == i ? said : blocks[named_in], g.addressees);
            auto const* const items_go_on = addressee ? nullptr : ending_verb;
            std::size_t j = first;
            std::vector<call> right_column;  // the items of a list's right column, where it has two
            bool const in_two_columns = left_column.has_value();
            auto const item = [&](std::size_t k) { return unmarked ? k <= i + unmarked : blocks[k].kind == block_kind::list_item; };
            for (; j < scan.to; ++j) {
                // A PDF's page break between two items ("Page 2 of 3", a running header): the
                // list goes on on the next page; not under a heading of what follows ("Media
                // contacts:").
                if (!unmarked && scan.roles[j] == block_role::chrome_footer && j > first && j + 1 < scan.to &&
                    !call_detail::ends_with_colon(blocks[j].text) &&
                    item(j + 1) && scan.roles[j + 1] == block_role::paragraph)
                    continue;
                if (!unmarked && !item(j) && j > first && scan.roles[j - 1] == block_role::call) {
                    if (auto const next = call_detail::item_after_explanation(scan, j - 1, j, call_detail::last_call_verb(b).verb.table)) {
                        j = next - 1;
                        continue;
                    }
                    if (auto const next = call_detail::item_after_page_break(scan, j - 1, j)) {
                        j = next - 1;
                        continue;
                    }
                }
                if (!item(j) || scan.roles[j] != block_role::paragraph) break;
                if (!unmarked && j > first && layout::restarts_count(blocks[j - 1], blocks[j])) break;
                // "✅ release …" / "✅ drop …" / "🔗 Read the statement: …": another bullet's sign
                // starts another list.
                if (!unmarked && j > first && blocks[j].marker == layout::marker_kind::bullet && blocks[first].marker == layout::marker_kind::bullet &&
                    !call_detail::same_bullet(scan, j, first))
                    break;
                if (!unmarked && j > first && call_detail::heads_next_part(scan, first, j)) break;
                // "Our demands:" names no one; an item that makes its own call does.
                if (!addressee && call_detail::opens_with_call(blocks[j], scan.folded[j])) {
                    call_detail::add_self_addressed_call(scan, j, g);
                    continue;
                }
                if (items_call) continue;  // "- expresses its solidarity with …" among them: prose
                auto whom = unmarked ? std::nullopt : call_detail::addressee_item(blocks[j].text, items_go_on,
                                                                                 calls_language ? calls_language : scan.language);
                bool const theme = !unmarked && !whom && call_detail::titles_parts(scan, j, calls_language ? calls_language : scan.language);
                std::size_t last = call_detail::last_part(scan, j, unmarked, whom || theme);
                // "1. To the Government of Pelham Vale:" over its parts: each part is a demand of
                // whom the item names; "1. On policing" over its parts: each is a demand of whom
                // the list's are.
                if (last > j && (whom || theme)) {
                    scan.roles[j] = block_role::call_introduction;
                    for (std::size_t k = j + 1; k <= last; ++k) call_detail::add_call(scan, k, g, whom ? whom : addressee);
                    j = last;
                    continue;
                }
                call c;
                c.text = call_detail::item_text(blocks[j].text);
                c.addressee = addressee;
                if (clause_items) {
                    c.addressee = call_detail::clause_item_addressee(blocks[j].text, *clause_items);
                } else if (items_go_on) {
                    c.addressee = call_detail::item_addressee(blocks[j], items_go_on);
                    if (!c.addressee) c.addressee = call_detail::addressee_named_before_colon(blocks[j].text, *items_go_on);
                }
                // An item's own subject outranks the introduction's addressee, and so does whom it
                // names before its colon or comma ("exigimos al Gobierno de Chile y al Congreso
                // Nacional …" / "Exigimos:" / "3. Al Instituto Nacional de Derechos Humanos, publicar …").
                if (auto subject = call_detail::item_subject(blocks[j].text)) c.addressee = std::move(subject);
                else if (auto own = call_detail::addressee_before_colon(blocks[j].text);
                         own && (!c.addressee || call_detail::names_someone(*own, scan.language)))
                    c.addressee = std::move(own);
                if (c.addressee && c.addressee != addressee) call_detail::add_addressee(g, *c.addressee);
                if (c.addressee == addressee) c.addressees = shared;
                for (std::size_t k = j + 1; k <= last; ++k) {
                    c.text += ' ';
                    c.text += blocks[k].text;
                    scan.roles[k] = block_role::call;
                }
                // The demand read on past a page's running line, which is the page's furniture.
                if (auto const more = unmarked ? 0 : call_detail::demand_after_page_break(scan, last)) {
                    for (std::size_t k = last + 1; k < more; ++k) scan.roles[k] = block_role::chrome_footer;
                    c.text += ' ';
                    c.text += blocks[more].text;
                    scan.roles[more] = block_role::call;
                    last = more;
                }
                c.span = scan.spans(blocks[j].content_begin, blocks[last].end);
                // Two columns' items on one line: each is a call, the right column's read after the
                // left's, as its numbers go on; the right column's translation of the left's is none.
                if (auto const columns = last == j && !unmarked ? call_detail::second_column(scan, j, in_two_columns) : std::nullopt) {
                    std::string_view const cleaned(scan.cleaned.text);
                    c.text = call_detail::item_text(layout::collapse_spaces(cleaned.substr(blocks[j].content_begin, columns->gap - blocks[j].content_begin)));
                    c.span = scan.spans(blocks[j].content_begin, columns->gap);
                    if (!columns->translation) {
                        call right;
                        right.text = call_detail::item_text(layout::collapse_spaces(cleaned.substr(columns->right, blocks[j].end - columns->right)));
                        right.addressee = addressee;
                        right.addressees = shared;
                        right.span = scan.spans(columns->right, blocks[j].end);
                        right_column.push_back(std::move(right));
                    }
                }
                g.calls.push_back(std::move(c));
                scan.roles[j] = block_role::call;
                j = last;
            }
            for (auto& c : right_column) g.calls.push_back(std::move(c));
            g.span = scan.spans(b.begin, blocks[j - 1].end);
            groups.push_back(std::move(g));
            i = j - 1;
            continue;
        }

        // (A paragraph's two semicolons are sought before its verb: a long paragraph's survey
        // tells nothing, and most hold none.)
        if (auto const semicolon = b.kind == block_kind::text && b.may_hold<';'>() ? b.text.find(';') : std::string_view::npos;
            semicolon != std::string_view::npos && b.text.find(';', semicolon + 1) != std::string_view::npos &&
            call_detail::has_call_verb(scan.folded[i])) {
            auto const addressees = call_detail::addressees_of(b);
            auto const parts = addressees.empty() ? std::vector<text_range>{}
                                                  : call_detail::demands_apart_by_semicolons(b, addressees.back());
            if (!parts.empty()) {
                call_group g;
                g.addressees = addressees;
                auto const shared = call_detail::sharing_the_items(b, addressees);
                // The parts' spans are their own where the block's text is the cleaned text's.
                std::string_view const cleaned(scan.cleaned.text);
                bool const own = !std::less<char const*>{}(b.text.data(), cleaned.data()) &&
                                 std::less<char const*>{}(b.text.data(), cleaned.data() + cleaned.size());
                auto const base = own ? static_cast<std::size_t>(b.text.data() - cleaned.data()) : 0;
                for (auto const p : parts) {
                    call c;
                    c.text = std::string(b.text.substr(p.begin, p.end - p.begin));
                    c.addressee = addressees.back();
                    c.addressees = shared;
                    c.span = own ? scan.spans(base + p.begin, base + p.end) : scan.spans(b.content_begin, b.end);
                    g.calls.push_back(std::move(c));
                }
                g.span = scan.spans(b.begin, b.end);
                groups.push_back(std::move(g));
                if (!opening) scan.roles[i] = block_role::call;
                continue;
            }
        }

        if (opening) continue;

        // A list without such an introduction: the items that make a call themselves
        // ("1. … we urge President X to …", "5. We call on SADC to …").
        if (b.kind == block_kind::list_item) {
            std::size_t j = i, calling = 0;
            for (; j < scan.to && blocks[j].kind == block_kind::list_item && scan.roles[j] == block_role::paragraph; ++j)
                calling += call_detail::has_call_verb(scan.folded[j]);
            if (calling >= 2 && calling * 2 >= j - i) {
                call_group g;
                for (std::size_t k = i; k < j; ++k)
                    if (call_detail::has_call_verb(scan.folded[k])) call_detail::add_self_addressed_call(scan, k, g);
                g.span = scan.spans(b.begin, blocks[j - 1].end);
                groups.push_back(std::move(g));
            }
            i = j - 1;
            continue;
        }

        // Two or more lines in a row that each open with a call verb, one under the other as a
        // list without markers; paragraphs apart that each make a call are prose, but for a run
        // of them alike.
        if (b.text.size() < 600 && call_detail::opens_with_call(b, scan.folded[i])) {
            std::size_t j = i;
            while (j < scan.to && scan.roles[j] == block_role::paragraph && blocks[j].text.size() < 600 &&
                   (j == i || !blocks[j].after_blank) && call_detail::opens_with_call(blocks[j], scan.folded[j]))
                ++j;
            // Three such paragraphs or more in a row, each short and opening with the same verb,
            // are a list whose items are paragraphs; one or two among prose stay prose.
            if (j - i < 2)
                if (auto const alike = call_detail::paragraphs_calling_alike(scan, i); alike - i >= 3) j = alike;
            if (j - i >= 2) {
                call_group g;
                for (std::size_t k = i; k < j; ++k) call_detail::add_self_addressed_call(scan, k, g);
                g.span = scan.spans(b.begin, blocks[j - 1].end);
                groups.push_back(std::move(g));
                i = j - 1;
            }
        }

        // "To the Government of Pelham Vale: release …" / "To the European Union: suspend …":
        // paragraphs that each open with whom they ask, as items do ("1. To the authorities: …")
        // but without markers; two at least, one under the other. The line over them that ends
        // with a colon ("We make the following recommendations:"), or titles them and calls
        // ("Recommendations"), introduces them.
        // (The first after a blank line, as a paragraph stands: a list's lines are passed at once.)
        if (b.kind == block_kind::text && b.after_blank && call_detail::addressed_paragraph(b.text)) {
            std::size_t j = i + 1;
            while (j < scan.to && scan.roles[j] == block_role::paragraph && blocks[j].kind == block_kind::text &&
                   call_detail::addressed_paragraph(blocks[j].text))
                ++j;
            if (j - i >= 2) {
                call_group g;
                std::size_t const begin = call_detail::introduce_paragraphs(scan, i, g);
                for (std::size_t k = i; k < j; ++k)
                    call_detail::add_call(scan, k, g, call_detail::addressee_before_colon(blocks[k].text));
                g.span = scan.spans(blocks[begin].begin, blocks[j - 1].end);
                groups.push_back(std::move(g));
                i = j - 1;
                continue;
            }
        }

        // "We call on the authorities to act on these demands." / "### 1. Release all detained
        // journalists" / "They are held …" / "### 2. Drop the charges": numbered headings that each
        // open as a demand, two at least, under a paragraph that calls; it names whom they ask.
        // The paragraphs that explain them stay prose.
        if (b.kind == block_kind::heading && i > scan.from &&
            (scan.roles[i - 1] == block_role::paragraph || scan.roles[i - 1] == block_role::opening) &&
            blocks[i - 1].kind == block_kind::text &&
            (call_detail::has_call_verb(scan.folded[i - 1]) || call_detail::has_obligation(scan.folded[i - 1]))) {
            auto const verb = call_detail::last_call_verb(blocks[i - 1]).verb;
            auto const* const language = verb ? verb.table : scan.language;
            if (auto const headings = call_detail::demand_headings(scan, i, language); headings.size() >= 2) {
                call_group g;
                g.addressees = call_detail::addressees_of(blocks[i - 1]);
                // A paragraph that names whom it asks introduces them; one that does not here stays
                // prose, where the addresses are read sentence by sentence.
                if (!g.addressees.empty()) {
                    g.introduction = call_detail::block_text(scan, i - 1);
                    if (scan.roles[i - 1] == block_role::paragraph) scan.roles[i - 1] = block_role::call_introduction;
                }
                std::optional<std::string> addressee;
                if (!g.addressees.empty()) addressee = g.addressees.back();
                auto const shared = call_detail::sharing_the_items(blocks[i - 1], g.addressees);
                std::string_view const cleaned(scan.cleaned.text);
                for (auto const k : headings) {
                    auto const& heading = blocks[k];
                    auto const number = call_detail::numbered_demand_heading(scan, k, static_cast<unsigned>(g.calls.size() + 1), language);
                    call c;
                    c.text = call_detail::item_text(heading.text.substr(number));
                    c.addressee = addressee;
                    c.addressees = shared;
                    // The span is the demand's, past the heading's marks and number, where its text
                    // is the cleaned text's own.
                    bool const own = !std::less<char const*>{}(heading.text.data(), cleaned.data()) &&
                                     std::less<char const*>{}(heading.text.data(), cleaned.data() + cleaned.size());
                    auto const begin = own ? static_cast<std::size_t>(heading.text.data() - cleaned.data()) + number : heading.content_begin;
                    c.span = scan.spans(begin, heading.end);
                    g.calls.push_back(std::move(c));
                    scan.roles[k] = block_role::call;
                }
                g.span = scan.spans(blocks[g.introduction ? i - 1 : i].begin, blocks[headings.back()].end);
                groups.push_back(std::move(g));
                i = headings.back();
                continue;
            }
        }

        // "Recommendation 1: Codify …" / "Recommendation 2: Exclude …": paragraphs that each open
        // with a demand's label and its number, counted on from the first; two at least. The
        // demand is what follows the label.
        if (b.kind == block_kind::text) {
            auto const label = call_detail::labelled_demand(b.text, scan.folded[i]);
            if (!label) continue;
            std::size_t j = i + 1;
            for (auto number = label->number; j < scan.to && scan.roles[j] == block_role::paragraph && blocks[j].kind == block_kind::text;
                 ++j, ++number) {
                auto const next = call_detail::labelled_demand(blocks[j].text, scan.folded[j]);
                if (!next || next->number != number + 1) break;
            }
            if (j - i >= 2) {
                call_group g;
                std::size_t const begin = call_detail::introduce_paragraphs(scan, i, g);
                for (std::size_t k = i; k < j; ++k) {
                    auto const& item = blocks[k];
                    call c;
                    c.text = call_detail::item_text(item.text.substr(call_detail::labelled_demand(item.text, scan.folded[k])->length));
                    c.addressee = call_detail::item_subject(c.text);
                    if (c.addressee) call_detail::add_addressee(g, *c.addressee);
                    // The label is the demand's marker: its span starts after it, as an item's does.
                    auto const written = call_detail::number_after_first_word(
                        std::string_view(scan.cleaned.text).substr(item.content_begin, item.end - item.content_begin));
                    c.span = scan.spans(item.content_begin + (written ? written->length : 0), item.end);
                    g.calls.push_back(std::move(c));
                    scan.roles[k] = block_role::call;
                }
                g.span = scan.spans(blocks[begin].begin, blocks[j - 1].end);
                groups.push_back(std::move(g));
                i = j - 1;
            }
        }
    }
    return groups;
}

}  // namespace recognise
CIVIC_NAMESPACE_END
