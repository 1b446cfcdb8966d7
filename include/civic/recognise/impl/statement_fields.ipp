// The fields of a statement read from its blocks once their roles are known: date,
// coalition, countries it is about, kind. Part of the document recogniser; included by
// document.ipp only.
#pragma once
#include <civic/geo/countries.hpp>
#include <civic/grammar/coalition.hpp>
#include <civic/layout/segment.hpp>
#include <civic/recognise/impl/document_reader.hpp>
#include <civic/registry/impl/acronym_shape.hpp>
#include <civic/text/page_marks.hpp>
#include <civic/text/quotations.hpp>
#include <civic/text/short_find.hpp>
#include <civic/text/words.hpp>

#include <algorithm>
#include <iterator>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

// "Dear Minister,", "Szanowny Panie Ministrze,", "Madame la Présidente,", "Estimado señor
// Presidente:" (a Spanish letter greets with a colon): a greeting line.
inline bool is_greeting(block const& b, std::string_view folded) {
    return b.text.size() <= 80 && (b.text.back() == ',' || b.text.back() == '!' || b.text.back() == ':') &&
           lang::starts_with_any<&lang::language_table::salutations>(folded);
}

// "Thank you, Mr. President.", "Merci, Madame la Présidente.", "Danke, Herr Präsident.": a
// statement read out thanks the chair for the floor and greets it in one short sentence, under
// the names of those it speaks for; like a greeting alone ("Mr. President,"), it ends their list.
// The chair is greeted as a letter greets its reader, or by a person's title before the office
// ("Gracias, señor Presidente.", "Gracias, Sra. Presidenta."), words a language may not count
// among its salutations, as they open an addressee's line there too ("Señor Presidente de la
// República …").
inline bool thanks_the_chair(block const& b, std::string_view folded) {
    if (b.text.size() > 80) return false;
    auto const last = b.text.back();
    if (last != '.' && last != ',' && last != '!' && last != ':') return false;
    auto const thanks = lang::starts_with_any<&lang::language_table::chair_thanks>(folded);
    if (!thanks) return false;
    auto const rest = folded.substr(thanks.phrase.size());
    if (rest.size() <= 2 || rest[0] != ',' || rest[1] != ' ') return false;
    auto const greeting = rest.substr(2);
    if (lang::starts_with_any<&lang::language_table::salutations>(greeting)) return true;
    // A title and one word after it, the office: "señor Presidente.", not "Sr. Oren Vale y otros".
    auto const title = lang::starts_with_any<&lang::language_table::person_titles>(greeting);
    if (!title || title.phrase.size() + 1 >= greeting.size() || greeting[title.phrase.size()] != ' ') return false;
    auto const office = greeting.substr(title.phrase.size() + 1, greeting.size() - title.phrase.size() - 2);
    return !office.empty() && office.find(' ') == std::string_view::npos;
}

// A greeting of the reader or the chair, or the chair's thanks: where a statement read out begins
// its speech under the names of those it speaks for.
inline bool opens_speech(block const& b, std::string_view folded) {
    return is_greeting(b, folded) || thanks_the_chair(b, folded);
}

// Whether the authors speak for themselves: "we", "our", "мы", "nous" … outside quotations.
// The block's fold answers when the block quotes nothing; the opening, in whose fold
// find_opening() found an opening phrase already, answers so unless a quotation may hold it.
inline bool document_reader::speaks_as_we(std::size_t i) const {
    constexpr auto we = static_cast<std::uint8_t>(block_phrases::bit_of<&lang::language_table::first_person_plural>() |
                                                  block_phrases::bit_of<&lang::language_table::opening_phrases>());
    auto const& text = blocks[i].text;
    if (text::has_quotation_marks(text))
        return lang::has_any_of<&lang::language_table::first_person_plural, &lang::language_table::opening_phrases>(
            utf8::fold(text::without_quotations(text)));
    return roles[i] == block_role::opening || block_has(i, we);
}

// The reporting markers of every table by their last byte, built on first use (thread-safe):
// a text is compared only with the markers it may end with, not with every table's in turn.
struct reporting_marker_index {
    std::vector<std::string_view> by_last_byte[256];
    bool has_empty = false;  // an empty marker, which every text ends with

    static reporting_marker_index const& get() {
        static reporting_marker_index const index = [] {
            reporting_marker_index built;
            for (auto const* t : lang::all_languages)
                for (std::string_view marker : t->reporting_markers) {
                    if (marker.empty()) built.has_empty = true;
                    else built.by_last_byte[static_cast<unsigned char>(marker.back())].push_back(marker);
                }
            return built;
        }();
        return index;
    }

    // Whether `test` holds for one of the markers that `text` may end with.
    template <class Test>
    bool any_of(std::string_view text, Test&& test) const {
        if (has_empty && test(std::string_view())) return true;
        if (text.empty()) return false;
        auto const& candidates = by_last_byte[static_cast<unsigned char>(text.back())];
        return std::any_of(candidates.begin(), candidates.end(), test);
    }
};

// Whether the kind word at `position` is reported on ("… in einem offenen Brief",
// "in a joint statement"): a marker of the tables ends at most one word before it.
inline bool reported_by_marker(std::string_view folded, std::size_t position) {
    auto before = folded.substr(0, position);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    // The marker may be followed by one word ("in einer gemeinsamen Erklärung").
    auto last_space = before.rfind(' ');
    std::string_view shorter = last_space == std::string_view::npos ? std::string_view() : before.substr(0, last_space);
    auto const& index = reporting_marker_index::get();
    for (auto candidate : {before, shorter})
        if (index.any_of(candidate, [candidate](std::string_view marker) {
                return candidate.size() >= marker.size() &&
                       candidate.compare(candidate.size() - marker.size(), marker.size(), marker) == 0 &&
                       (candidate.size() == marker.size() || candidate[candidate.size() - marker.size() - 1] == ' ');
            }))
            return true;
    return false;
}

// Whether the kind word that ends at `end` is the subject of its signing, told in a sentence
// that goes on to name the signers ("Обращение властям подписали центр «Весна», …",
// "the statement was signed by A and B", "the letter, sent to X, was signed by …"). A statement
// that introduces its own list ends that sentence with a colon ("Заявление подписали:"), and
// the list follows on its own lines.
inline bool reported_as_signed(std::string_view folded, std::size_t end) {
    // "The statement was signed by the following organisations:" introduces its own list too.
    if (!folded.empty() && folded.back() == ':') return false;
    auto const signed_in = [](std::string_view rest) {
        for (int skipped = 0; skipped <= 2; ++skipped) {
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            if (auto cue = lang::starts_with_any<&lang::language_table::signing_cues>(rest)) {
                auto after = rest.substr(cue.phrase.size());
                while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
                return !after.empty() && after.front() != ':' &&
                       (lang::detail::word_char_at(after, 0) || after.front() == '"');
            }
            auto space = rest.find(' ');  // one more word between ("… властям подписали", "… was signed")
            if (space == std::string_view::npos) return false;
            rest = rest.substr(space);
        }
        return false;
    };
    auto const rest = folded.substr(end);
    if (signed_in(rest)) return true;
    // "The joint letter, sent to all member States of the Council, was signed by …": a clause
    // between commas after the kind word.
    if (rest.empty() || rest.front() != ',') return false;
    auto const close = rest.substr(0, 120).find(", ", 1);
    return close != std::string_view::npos && signed_in(rest.substr(close + 1));
}

// Whether the kind word at `position` in `folded` follows a word by which the text names itself
// ("This statement is signed by A, B and C.", "Настоящее обращение подписали …"): its own
// signers named in a sentence, not a report that another text was signed. The word is of the
// kind word's language (Polish "to" is no English word before "letter").
inline bool names_itself(std::string_view folded, lang::phrase_match const& kind_word) {
    auto before = folded.substr(0, kind_word.position);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    auto const from = before.size() > 24 ? before.size() - 24 : 0;
    auto const tail = before.substr(from);
    auto const m = lang::find_last<&lang::language_table::self_references>(tail);
    return m && m.table == kind_word.table && m.position + m.phrase.size() == tail.size() &&
           (from + m.position == 0 || before[from + m.position - 1] == ' ');
}

// A kind word found in the headline or the first paragraphs.
struct kind_mention {
    statement_kind kind = statement_kind::unknown;
    bool reported = false;  // a report on the document, not the document naming itself
};

// `m` is find_any<kind_words> over `folded`.
inline kind_mention kind_mention_of(lang::phrase_match const& m, std::string_view folded, bool in_body) {
    if (!m) return {};
    kind_mention found;
    for (auto const& k : m.table->kind_words)
        if (k.phrase == m.phrase) found.kind = k.kind;
    found.reported = reported_by_marker(folded, m.position) ||
                     (in_body && reported_as_signed(folded, m.position + m.phrase.size()) &&
                      !names_itself(folded, m));
    return found;
}

// A text that decide_kind() reads: its fold, and the kind word in it (find_any<kind_words>
// with the document's table) when a search made for another purpose found it already.
struct kind_source {
    std::string_view folded;
    std::optional<lang::phrase_match> kind_word;
};

inline kind_mention find_kind_mention(kind_source const& text, lang::language_table const* table, bool in_body) {
    auto const m = text.kind_word ? *text.kind_word : lang::find_any<&lang::language_table::kind_words>(text.folded, table);
    return kind_mention_of(m, text.folded, in_body);
}

// "Letter to the Special Rapporteur on …", "Investor letter to Telvora Group", "Carta a la
// Comisión Interamericana …", "Investor expectations on digital rights: letter to Telvora
// Group": a headline that names a letter by its reader, in its first words (two before it at
// most) or first after its colon, and in the text's language (German's "Brief an" is no
// English brief).
inline bool headline_names_letter(std::string_view title_folded, lang::language_table const* table) {
    auto const m = letter_opener_in_headline(title_folded, table);
    return m && (table == nullptr || m.table == table);
}

// The kind, as the headline names it, or else as the first paragraphs do. A text that
// reports on a statement ("… signed an open letter") is a press release; so is one whose
// headline names a kind when its body only reports on that document and does not speak for
// itself ("Offener Brief der Klimagruppen:" over "Die Gruppen haben einen offenen Brief
// erarbeitet …").
// `speaks_for_itself()` is asked only when the body reports on a statement. `paragraphs` are
// the first paragraphs, `paragraph_count` of them.
template <class SpeaksForItself>
statement_kind decide_kind(kind_source const& title, kind_source const* paragraphs, std::size_t paragraph_count,
                           lang::language_table const* table, SpeaksForItself speaks_for_itself) {
    kind_mention in_body;
    for (std::size_t k = 0; k < paragraph_count; ++k)
        if ((in_body = find_kind_mention(paragraphs[k], table, true)).kind != statement_kind::unknown) break;
    if (in_body.reported && !speaks_for_itself()) return statement_kind::press_release;
    auto in_title = find_kind_mention(title, table, false);
    for (auto const& mention : {in_title, in_body})
        if (mention.kind != statement_kind::unknown)
            return mention.reported ? statement_kind::press_release : mention.kind;
    return statement_kind::unknown;
}

// Whether `word`, folded, is an organisation word of the tables in any of its cases: the word,
// or one that differs from it in its last two letters at most ("платформы" for "платформа",
// "коалиции" for "коалиция").
inline bool inflects_organisation_word(std::string_view word) {
    auto const letters = utf8::length(word);
    for (auto const* t : lang::all_languages)
        for (std::string_view w : t->organisation_words) {
            auto const w_letters = utf8::length(w);
            if (w_letters < 5 || w_letters + 2 < letters || letters + 2 < w_letters) continue;
            std::size_t common = 0, i = 0;
            while (i < w.size() && i < word.size() && w[i] == word[i]) ++i;
            common = utf8::length(w.substr(0, i));
            if (common + 2 >= w_letters && common + 2 >= letters) return true;
        }
    return false;
}

// "Платформы гражданской солидарности,", "Coalition francophone pour la liberté de la presse
// (CFLP)": a name that goes on in lower case after its organisation word, as names in Russian,
// Ukrainian or French do, up to a comma, a colon or its acronym's parenthesis, eight words at
// most.
// "Гражданской платформы солидарности (ГПС)": the organisation word may be the second, after an
// adjective, where the name's acronym closes it, or anywhere right after a coalition's marker
// ("Мы, члены Гражданского форума ЕС–Россия, …": `after_marker`).
inline std::optional<grammar::ast::coalition_mention> name_in_lower_case(std::string_view rest, bool after_marker = false) {
    if (rest.empty() || !utf8::is_upper_letter(utf8::decode(rest, 0).cp)) return std::nullopt;
    auto const first_end = std::min(rest.size(), rest.find(' '));
    if (first_end == rest.size()) return std::nullopt;
    auto const end = rest.find_first_of(",;:()\n.");
    if (end == std::string_view::npos || end <= first_end) return std::nullopt;
    if (!inflects_organisation_word(utf8::fold(rest.substr(0, first_end)))) {
        auto const second_end = std::min(rest.size(), rest.find(' ', first_end + 1));
        if ((rest[end] != '(' && !after_marker) || second_end >= end ||
            !inflects_organisation_word(utf8::fold(rest.substr(first_end + 1, second_end - first_end - 1))))
            return std::nullopt;
    }
    auto name = rest.substr(0, end);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    auto const words = text::word_count(name, 10);
    if (words < 2 || words > 8) return std::nullopt;
    grammar::ast::coalition_mention m;
    m.name = std::string(name);
    m.first = name.data();
    m.last = name.data() + name.size();
    if (rest[end] == '(') {
        auto const close = rest.find(')', end);
        auto const inside = close == std::string_view::npos ? std::string_view() : rest.substr(end + 1, close - end - 1);
        if (!inside.empty() && inside.size() <= 12 && utf8::is_upper_letter(utf8::decode(inside, 0).cp) &&
            inside.find(' ') == std::string_view::npos) {
            m.acronym = std::string(inside);
            m.last = rest.data() + close + 1;
        }
    }
    return m;
}

// «Право на помощь», „Prawa Teraz”, "Stop Censorship": a name in quotation marks that opens
// `text`, eight words at most, with a capital first; the mention's name is what the marks hold,
// its range reaches the closing mark.
inline std::optional<grammar::ast::coalition_mention> quoted_name(std::string_view text) {
    struct marks {
        std::string_view open, close, other_close;
    };
    for (auto const& m : {marks{"\xC2\xAB", "\xC2\xBB", "\xC2\xBB"}, marks{"\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9D"},
                          marks{"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9D"}, marks{"\"", "\"", "\""}}) {
        if (text.compare(0, m.open.size(), m.open) != 0) continue;
        auto const inside = text.substr(m.open.size(), 120);
        auto const close = std::min(inside.find(m.close), inside.find(m.other_close));
        if (close == std::string_view::npos || close == 0) return std::nullopt;
        auto const name = inside.substr(0, close);
        if (!utf8::is_upper_letter(utf8::decode(name, 0).cp) || name.find('\n') != std::string_view::npos ||
            text::word_count(name, 10) > 8)
            return std::nullopt;
        grammar::ast::coalition_mention mention;
        mention.name = std::string(name);
        mention.first = name.data();
        mention.last = name.data() + close + m.close.size();
        return mention;
    }
    return std::nullopt;
}

// "Les organisations de la société civile réunies au sein de …": a sentence that opens with the
// group of its authors, past its article, who speak of themselves in the third person.
// `lowered` runs from the paragraph's start to the coalition's marker.
inline bool opens_with_author_group(std::string_view lowered) {
    auto const stop = lowered.rfind(". ");
    auto sentence = lowered.substr(stop == std::string_view::npos ? 0 : stop + 2);
    while (!sentence.empty() && sentence.front() == ' ') sentence.remove_prefix(1);
    return static_cast<bool>(lang::starts_with_any<&lang::language_table::author_groups>(lang::past_article(sentence)));
}

// Whether a phrase of the tables' `Field` ends `lowered`, among its last few words.
template <auto Field>
inline bool ends_with_phrase(std::string_view lowered) {
    constexpr std::size_t reach = 48;  // a phrase of a few words
    auto tail = lowered;
    if (tail.size() > reach) {
        tail = tail.substr(tail.size() - reach);
        tail = tail.substr(tail.find(' ') == std::string_view::npos ? tail.size() : tail.find(' ') + 1);
    }
    for (std::size_t from = 0; from < tail.size();) {
        auto const m = lang::find_any<Field>(tail.substr(from));
        if (!m) return false;
        if (from + m.position + m.phrase.size() == tail.size()) return true;
        from += m.position + 1;
    }
    return false;
}

// Whether the word at `at` in `text`, past spaces, is an organisation word of the tables in lower
// case ("network", "coalition"): the kind a network named by its acronym alone is written with
// ("the IFEX network and partner organisations", "the ABC coalition condemn …"), no part of its
// name.
inline bool kind_in_lower_case_at(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    if (at >= text.size() || !utf8::is_lower_letter(utf8::decode(text, at).cp)) return false;
    auto const end = std::min(text.size(), text.find_first_of(" ,;:.()\n", at));
    auto const word = utf8::fold(text.substr(at, end - at));
    return lang::starts_with_any<&lang::language_table::organisation_words>(word).phrase.size() == word.size();
}

// The coalition a mention found in `text` names: its name with runs of spaces collapsed, its
// acronym, and its span in the source (`text` starts at `offset` of the cleaned text).
inline coalition coalition_of(grammar::ast::coalition_mention const& mention, std::string_view text, std::size_t offset,
                              span_maker const& spans) {
    coalition c;
    c.name = layout::collapse_spaces(mention.name);
    c.acronym = mention.acronym;
    c.span = spans(offset + static_cast<std::size_t>(mention.first - text.data()),
                   offset + static_cast<std::size_t>(mention.last - text.data()));
    return c;
}

// `text` is a stretch of the cleaned text that starts at cleaned offset `offset`; the
// coalition's span covers its name and acronym.
inline std::optional<coalition> find_coalition(std::string_view text, std::size_t offset, span_maker const& spans,
                                               bool spoken_by_authors = false) {
    auto lowered = utf8::lower_same_length(text);
    auto m = lang::find_any<&lang::language_table::coalition_markers>(lowered);
    if (!m) return std::nullopt;
    // "Open letter to members of the European Parliament", "Dear members of the Council": the
    // members are the letter's readers, not its authors. The word before the marker is one
    // that opens an addressee.
    {
        auto before = std::string_view(lowered).substr(0, m.position);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        auto const word = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
        for (auto const* t : lang::all_languages)
            for (std::string_view opener : t->addressee_openers)
                if (!word.empty() && opener == word) return std::nullopt;
        // "We, the undersigned organisations, urge the members of the Council to …": after a
        // call verb of its sentence, the members are whom the call is made of; after an author's
        // verb, whom the authors speak of ("We … condemn the detention of eight members of the
        // citizen movement Wakit Tama"). The authors' own group stands before their verb ("We,
        // the undersigned members of the X Network, condemn …"), or after it where the verb is
        // passive and names its agent ("Statement issued by the members of the X Forum").
        auto const sentence = before.substr(before.rfind(". ") == std::string_view::npos ? 0 : before.rfind(". ") + 2);
        if (lang::find_any<&lang::language_table::call_verbs>(sentence)) return std::nullopt;
        if (auto const said = lang::find_any<&lang::language_table::author_verbs>(sentence)) {
            // The agent's word and the marker right after the verb ("issued by the members of"),
            // not the act the authors speak of ("are alarmed by the arrest of six members of").
            auto agent = sentence.substr(said.position + said.phrase.size());
            while (!agent.empty() && agent.front() == ' ') agent.remove_prefix(1);
            while (!agent.empty() && agent.back() == ' ') agent.remove_suffix(1);
            if (!lang::is_phrase<&lang::language_table::author_joiners>(agent)) return std::nullopt;
        }
        // "… condemn the arrest of the lawyer Mira Tallow by members of the National Task Force":
        // after the word that names who did an act, the members did what the sentence reports.
        // They are the authors where the text's kind stands before that word ("Joint statement by
        // members of the Civic Forum") or a signing cue ends with it ("signed by members of …").
        if (!word.empty() && lang::is_phrase<&lang::language_table::author_joiners>(word)) {
            auto head = before.substr(0, before.size() - word.size());
            while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
            if (!ends_with_phrase<&lang::language_table::kind_words>(head) &&
                !ends_with_phrase<&lang::language_table::signing_cues>(before))
                return std::nullopt;
        }
    }
    if (spoken_by_authors) {
        auto before = std::string_view(lowered).substr(0, m.position);
        std::size_t words = 0, from = before.size();
        while (from > 0 && words < 4) {
            --from;
            if (before[from] == ' ' && from + 1 < before.size() && before[from + 1] != ' ') ++words;
        }
        if (!lang::find_any<&lang::language_table::first_person_plural>(utf8::fold(before.substr(from))) &&
            !opens_with_author_group(before))
            return std::nullopt;
    }
    auto rest = text.substr(m.position + m.phrase.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    auto mention = grammar::parse_coalition(rest);
    // "members of the organising committee and experts of the X Forum (XF)": a body of the
    // coalition comes first, in lower case; the coalition's name is the first capitalised
    // words after at most six such words, when they name an organisation ("Forum", not the
    // place of "members of civil society in Pelham Vale").
    // After a word that says what the coalition is ("membres du collectif onestla.tech", "members
    // of the coalition Stop Censorship"), the name need not say it again, and may be one word.
    bool named_after_its_kind = false;
    for (int skipped = 0; !mention && skipped < 6 && !rest.empty(); ++skipped) {
        auto const first = utf8::decode(rest, 0).cp;
        if (!utf8::is_lower_letter(first)) break;
        auto space = rest.find(' ');
        if (space == std::string_view::npos) break;
        auto const word = utf8::fold(rest.substr(0, space));
        named_after_its_kind = lang::starts_with_any<&lang::language_table::organisation_words>(word).phrase.size() == space;
        rest = rest.substr(space);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        // "участники коалиции «Право на помощь»": after the word of what it is, inflected as it
        // may be, the name in quotation marks (sought first: the inflection costs more).
        if (auto quoted = quoted_name(rest); quoted && (named_after_its_kind || inflects_organisation_word(word))) {
            mention = std::move(quoted);
            named_after_its_kind = true;
            break;
        }
        mention = grammar::parse_coalition(rest);
        if (mention && !named_after_its_kind &&
            !lang::find_any<&lang::language_table::organisation_words>(utf8::fold(mention->name)))
            mention.reset();
        // A name written as its web address, in lower case: "onestla.tech".
        if (!mention && named_after_its_kind) {
            auto const end = std::min(rest.size(), rest.find_first_of(" ,;:()\n"));
            auto token = rest.substr(0, end);
            while (!token.empty() && token.back() == '.') token.remove_suffix(1);
            auto const dot = token.find('.');
            if (dot != std::string_view::npos && dot > 0 && dot + 2 < token.size()) {
                mention.emplace();
                mention->name = std::string(token);
                mention->first = token.data();
                mention->last = token.data() + token.size();
            }
        }
    }
    // The name that goes on in lower case after the marker, past an article ("la Coalition …"):
    // the first capital within two short words.
    auto const name_going_on_in_lower_case = [&]() -> std::optional<grammar::ast::coalition_mention> {
        auto const from = text.substr(m.position + m.phrase.size());
        auto start = from.find_first_not_of(' ');
        if (start == std::string_view::npos) return std::nullopt;
        for (int skipped = 0; skipped < 2 && !utf8::is_upper_letter(utf8::decode(from, start).cp); ++skipped) {
            auto const space = from.find(' ', start);
            if (space == std::string_view::npos || space - start > 4) break;
            start = from.find_first_not_of(' ', space);
            if (start == std::string_view::npos) return std::nullopt;
        }
        return name_in_lower_case(from.substr(start), true);
    };
    // "la Plateforme Citoyenne pour des Élections Transparentes (PCET)": two short words in a row
    // end the grammar's name ("Plateforme Citoyenne"); the name its acronym closes is the whole,
    // where what it adds joins no second name ("the Amber Network and the Birch Forum (BF)").
    auto const acronym_closes = [&] {  // the grammar's name, not a comma or a stop, meets a parenthesis first
        auto const after = text.substr(static_cast<std::size_t>(mention->last - text.data()));
        auto const stop = after.find_first_of(",;:()\n.");
        return stop != std::string_view::npos && after[stop] == '(';
    };
    if (mention && !mention->acronym && !named_after_its_kind && acronym_closes())
        if (auto whole = name_going_on_in_lower_case();
            whole && whole->acronym && whole->first == mention->first && whole->name.size() > mention->name.size() &&
            !lang::find_any<&lang::language_table::conjunctions>(utf8::fold(std::string_view(whole->name).substr(mention->name.size()))))
            mention = std::move(whole);
    // "the IFEX network": one acronym, its kind after it, names the network as a longer name does.
    bool const acronym_before_its_kind = mention && !mention->acronym &&
                                         registry_detail::looks_like_acronym(mention->name) &&
                                         kind_in_lower_case_at(text, static_cast<std::size_t>(mention->last - text.data()));
    if (!mention || (!named_after_its_kind && !acronym_before_its_kind && word_count(mention->name) < 2)) {
        mention = name_going_on_in_lower_case();
        if (!mention) return std::nullopt;
    }
    // "… la golpiza a dos periodistas por parte de miembros de la Policía Nacional": an organ of a
    // state is whom a text reports on, never the network of its authors.
    if (lang::find_any<&lang::language_table::state_words>(utf8::fold(mention->name))) return std::nullopt;
    return coalition_of(*mention, text, offset, spans);
}

// The words of a headline as countries_in() reads them: split at spaces, ',', ':' and '.',
// one at a time, so that no list of them is made.
struct headline_words {
    std::string_view text;
    std::size_t pos = 0;

    static bool is_separator(char c) noexcept { return c == ' ' || c == ',' || c == ':' || c == '.'; }

    // The next word; empty at the end.
    std::string_view next() noexcept {
        while (pos < text.size() && is_separator(text[pos])) ++pos;
        std::size_t const start = pos;
        while (pos < text.size() && !is_separator(text[pos])) ++pos;
        return text.substr(start, pos - start);
    }
};

// Countries named in the title ("… the alarming situation in Kazakhstan"): at each
// capitalised word, the longest stretch of up to six words that names a country (the
// "Democratic Republic of the Congo" is five, whose last word alone names its neighbour).
inline std::vector<std::string> countries_in(std::string_view text) {
    constexpr std::size_t longest = 6;
    std::vector<std::string> codes;
    headline_words words{text};
    for (auto word = words.next(); !word.empty(); word = words.next()) {
        if (!utf8::is_upper_letter(utf8::decode(word, 0).cp) || !geo::may_begin_country(word)) continue;
        // The stretches from here, up to `longest` words.
        std::string_view stretch[longest] = {word};
        std::size_t stretches = 1;
        for (headline_words ahead = words; stretches < longest; ++stretches)
            if ((stretch[stretches] = ahead.next()).empty()) break;
        // Their keys, folded once: each word is appended with the separators before it, which
        // are ASCII, so no piece splits a code point.
        char buf[geo::country_key_capacity];
        geo::country_key_folder folder(buf, sizeof buf);
        std::string_view keys[longest];
        char const* from = word.data();
        for (std::size_t n = 0; n < stretches; ++n) {
            char const* const to = stretch[n].data() + stretch[n].size();
            folder.append(std::string_view(from, static_cast<std::size_t>(to - from)));
            keys[n] = folder.key();
            from = to;
        }
        for (std::size_t n = stretches; n >= 1; --n) {
            auto c = geo::find_folded(keys[n - 1]);
            if (!c) continue;
            if (std::find(codes.begin(), codes.end(), c->alpha2) == codes.end()) codes.emplace_back(c->alpha2);
            for (std::size_t k = 1; k < n; ++k) words.next();  // the stretch's other words
            break;
        }
    }
    return codes;
}

// Whether a text whose fold is `folded` may name a coalition: find_coalition() finds its
// marker in the text lowered in place, and a marker found there is found in the fold as well.
// The markers are lower-case words joined by single spaces or hyphens, which the fold writes as
// the lowered text does; the character after a marker, a non-word one there, stays a non-word
// one in the fold (white space becomes a space, quotes '"', dashes '-'); and no marker is
// another followed by such a character, so the longest marker at that place is the same one.
// (tests/unit/test_statement_fields.cpp checks the markers and the claim.) Most blocks name no
// coalition, and their fold is at hand: they are not lowered again.
inline bool may_name_coalition(std::string_view folded) {
    return static_cast<bool>(lang::find_any<&lang::language_table::coalition_markers>(folded));
}

inline std::optional<coalition> document_reader::coalition_in(std::size_t i, bool spoken_by_authors) const {
    // folded[i] folds the block's text, which is raw_of(i) with its runs of white space
    // collapsed and its ends trimmed: folding does both anyway, so it is the fold of raw_of(i).
    if (!may_name_coalition(folded[i])) return std::nullopt;
    return coalition_after_marker(i, spoken_by_authors);
}

inline std::optional<coalition> document_reader::author_in_headline(std::size_t i) const {
    auto const raw = raw_of(i);
    auto const lowered = utf8::lower_same_length(raw);
    auto const kind = lang::find_any<&lang::language_table::kind_words>(lowered, table);
    if (!kind) return std::nullopt;
    auto rest = std::string_view(raw).substr(kind.position + kind.phrase.size());
    auto const lowered_rest = std::string_view(lowered).substr(kind.position + kind.phrase.size());
    std::size_t skip = 0;
    // "Statement by the Lakeshore Civic Forum", "DÉCLARATION DU COLLECTIF DES ORGANISATIONS …
    // (COSCE)": the words of the tables that join the author to the kind, a space on each side.
    if (!lowered_rest.empty() && lowered_rest.front() == ' ')
        if (auto const joiner = lang::starts_with_any<&lang::language_table::author_joiners>(lowered_rest.substr(1));
            joiner && lowered_rest.size() > joiner.phrase.size() + 1 && lowered_rest[joiner.phrase.size() + 1] == ' ')
            skip = joiner.phrase.size() + 2;
    // "Statement on behalf of the Coalition for Free Elections in Serbia", "Déclaration au nom de
    // la Coalition …": the network it is made on behalf of.
    if (skip == 0 && !lowered_rest.empty() && lowered_rest.front() == ' ')
        if (auto const behalf = lang::starts_with_any<&lang::language_table::behalf_phrases>(lowered_rest.substr(1))) {
            skip = 1 + behalf.phrase.size();
            while (skip < rest.size() && rest[skip] == ' ') ++skip;
            // An article before the name ("the", "la", "der"): a short word in lower case.
            auto const word_end = rest.find(' ', skip);
            if (word_end != std::string_view::npos && word_end - skip <= 3 && utf8::is_lower_letter(utf8::decode(rest, skip).cp))
                skip = word_end + 1;
        }
    if (skip == 0) return std::nullopt;
    rest.remove_prefix(skip);
    auto const mention = grammar::parse_coalition(rest);
    if (!mention || word_count(mention->name) < 2) return std::nullopt;
    // "Joint Statement by Civil Society Organisations on …", "… BY CIVIL SOCIETY ORGANISATIONS
    // FROM KOSOVO AND SERBIA": a group of authors, named by what they are, is no coalition.
    if (!names_beside_author_groups(utf8::fold(mention->name))) return std::nullopt;
    coalition c;
    // The name without its acronym's parenthesis ("… Forum (LCF)"), which the span still covers.
    std::string_view name(mention->first, mention->name.size());
    // "Statement of the Steering Committee of the Lakeshore Civic Forum": a body of the network
    // speaks for it, and the network is the coalition.
    if (!mention->acronym) {
        auto const lowered_name = utf8::lower_same_length(name);
        auto const of = lowered_name.rfind(" of the ");
        if (of != std::string::npos) {
            auto const network = name.substr(of + 8);
            if (word_count(network) >= 2 && lang::find_any<&lang::language_table::organisation_words>(utf8::fold(network)))
                name = network;
        }
    }
    c.name = layout::collapse_spaces(name);
    bool const whole = name.data() == mention->first;
    if (whole) c.acronym = mention->acronym;
    auto const begin = blocks[i].content_begin + static_cast<std::size_t>(name.data() - raw.data());
    auto const end = whole ? blocks[i].content_begin + static_cast<std::size_t>(mention->last - raw.data()) : begin + name.size();
    c.span = in_.spans(begin, end);
    return c;
}

// "The Steering Committee of the Amber Civic Coalition:" over the list: its members sign, and the
// network the body governs is the one they speak for; its name follows the body past short
// words in lower case ("of the", "de la"), two words or more.
inline std::optional<coalition> document_reader::network_of_governing_body(std::size_t i) const {
    auto const body_end = governing_body_over_list(i);
    if (body_end == 0) return std::nullopt;
    auto const raw = raw_of(i);
    auto rest = raw.substr(body_end);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    for (int skipped = 0; skipped < 3 && !rest.empty() && utf8::is_lower_letter(utf8::decode(rest, 0).cp); ++skipped) {
        auto const space = rest.find(' ');
        if (space == std::string_view::npos || space > 4) return std::nullopt;
        rest.remove_prefix(space + 1);
    }
    auto const mention = grammar::parse_coalition(rest);
    if (!mention || word_count(mention->name) < 2) return std::nullopt;
    return coalition_of(*mention, raw, blocks[i].content_begin, in_.spans);
}

// "The Coastal Press Network (CPN) and its members condemn …", "La Plateforme citoyenne pour des
// élections apaisées (PCEA) et ses membres dénoncent …": a network named in the text's first
// sentences with its members, who speak with it; the network is the coalition. Its name is the
// clause right before the phrase (after a dateline's dash, a comma or a sentence's stop), past
// its article, two words or more, and reaches the phrase.
inline std::optional<coalition> document_reader::network_before_members(std::size_t i) const {
    constexpr std::size_t within = 400;  // the paragraph's first sentences
    if (!lang::find_any<&lang::language_table::member_phrases>(std::string_view(folded[i]).substr(0, within))) return std::nullopt;
    auto const raw = utf8::head_at_character(raw_of(i), within);
    auto const lowered = utf8::lower_same_length(raw);
    auto const phrase = lang::find_any<&lang::language_table::member_phrases>(lowered);
    if (!phrase || phrase.position == 0) return std::nullopt;
    auto const before = raw.substr(0, phrase.position);
    std::size_t start = 0;
    for (std::string_view stop : {". ", ", ", ": ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "})
        if (auto const at = before.rfind(stop); at != std::string_view::npos) start = std::max(start, at + stop.size());
    auto const clause = lang::past_article(raw.substr(start));
    auto mention = grammar::parse_coalition(clause);
    auto const reaches_phrase = [&](grammar::ast::coalition_mention const& m) {
        auto const end = static_cast<std::size_t>(m.last - raw.data());
        return end <= phrase.position && raw.substr(end, phrase.position - end).find_first_not_of(' ') == std::string_view::npos;
    };
    if (!mention || !reaches_phrase(*mention)) mention = name_in_lower_case(clause);
    if (!mention || !reaches_phrase(*mention) || word_count(mention->name) < 2) return std::nullopt;
    return coalition_of(*mention, raw, blocks[i].content_begin, in_.spans);
}

inline std::optional<coalition> document_reader::coalition_after_marker(std::size_t i, bool spoken_by_authors) const {
    return find_coalition(raw_of(i), blocks[i].content_begin, in_.spans, spoken_by_authors);
}

inline statement_date document_reader::date_at(std::size_t i, grammar::ast::date const& d, std::string_view lowered) const {
    statement_date sd;
    sd.year = d.year, sd.month = d.month, sd.day = d.day;
    auto const b = blocks[i].begin + static_cast<std::size_t>(d.first - lowered.data());
    sd.span = in_.spans(b, b + static_cast<std::size_t>(d.last - d.first));
    return sd;
}

// A press release's dateline: the place, the date and a dash before the first sentence
// ("Tbilisi, 21 April 2024 – More than 80 organisations …", "PARIS, 3 mars 2023 : …"). Its date is
// the statement's, where a date further into the prose is an event's.
inline std::optional<statement_date> document_reader::dateline_date(std::size_t i) const {
    constexpr std::size_t reach = 80;  // room for a place and a date
    auto const head = line_of(i).substr(0, reach);
    if (!grammar::holds_plausible_year(head)) return std::nullopt;
    auto const lowered = utf8::lower_same_length(head);
    auto const d = grammar::find_date(lowered);
    if (!d || d->day == 0) return std::nullopt;
    // Before the date, nothing or a place of a few words and a comma, capitalised.
    auto place = std::string_view(lowered).substr(0, static_cast<std::size_t>(d->first - lowered.data()));
    while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
    auto rest = std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data()));
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    // A page's metadata glued to the text: one word and a date written year first ("date
    // 2019-02-15 We are deeply concerned …"), before the first sentence's capital.
    auto const written = std::string_view(d->first, static_cast<std::size_t>(d->last - d->first));
    bool const year_first = written.size() >= 10 && std::all_of(written.begin(), written.begin() + 4, [](char c) {
        return c >= '0' && c <= '9';
    }) && written[4] == '-';
    if (year_first && text::word_count(place, 2) <= 1 && place.find(',') == std::string_view::npos && !rest.empty()) {
        auto const after = head.substr(static_cast<std::size_t>(rest.data() - lowered.data()));
        if (utf8::is_upper_letter(utf8::decode(after, 0).cp)) return date_at(i, *d, lowered);
    }
    // "Paris, le 5 mars 2026", "Berlin, den 5. März 2026": a short word of the date's own
    // between the comma and the date.
    if (auto const space = place.rfind(' '); !place.empty() && place.back() != ',' && space != std::string_view::npos &&
                                             space > 0 && place[space - 1] == ',' && place.size() - space - 1 <= 3 &&
                                             utf8::is_lower_letter(utf8::decode(place, space + 1).cp))
        place = place.substr(0, space);
    // "GENEVA (26 May 2026) – …": the date in parentheses after the place.
    if (!place.empty() && place.back() == '(' && !rest.empty() && rest.front() == ')') {
        place.remove_suffix(1);
        while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
        if (place.empty() || place.back() == ',') return std::nullopt;
        rest.remove_prefix(1);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    } else if (!place.empty() && place.back() != ',') {
        return std::nullopt;
    }
    if (!place.empty() && (text::word_count(place, 6) > 5 || !utf8::is_upper_letter(utf8::decode(head, 0).cp)))
        return std::nullopt;
    // After it, a dash or a colon that opens the first sentence; or a full stop ("Tbilisi, 5
    // December 2026. Georgian …", "La Paz, 5 de diciembre de 2026.- Las …", "… 2026 г. Правозащитники")
    // before the capital of the sentence's first word, after a place.
    // A newswire's name between slashes after the date ("March 12, 2026 /PRNewswire/ -- …").
    if (rest.size() > 2 && rest.front() == '/')
        if (auto const close = rest.find('/', 1); close != std::string_view::npos && close <= 32 &&
                                                  rest.substr(1, close - 1).find(' ') == std::string_view::npos) {
            rest.remove_prefix(close + 1);
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        }
    // "--", a typewriter's dash, as a newswire writes it.
    std::size_t mark = !rest.empty() && rest.front() == ':'    ? 1
                       : rest.size() > 2 && rest.compare(0, 2, "--") == 0 ? 2
                                                                        : text::dash_length_at(rest, 0);
    if (mark == 0 && !place.empty()) {
        std::size_t at = 0;
        // The year's own word and its stop ("г.", "r.", "року"): a short word of letters.
        if (auto const space = rest.find(' '); !rest.empty() && rest.front() != '.' && space != std::string_view::npos &&
                                               space <= 8 && rest[space - 1] == '.')
            at = space - 1;
        if (at < rest.size() && rest[at] == '.') {
            mark = at + 1 + text::dash_length_at(rest, at + 1);
            auto const after = head.substr(static_cast<std::size_t>(rest.data() - lowered.data()) + std::min(mark + 1, rest.size()));
            if (mark >= rest.size() || rest[mark] != ' ' || after.empty() || !utf8::is_upper_letter(utf8::decode(after, 0).cp))
                return std::nullopt;
            return date_at(i, *d, lowered);
        }
    }
    if (mark == 0 || rest.size() == mark || rest[mark] != ' ') return std::nullopt;
    return date_at(i, *d, lowered);
}

// "5 декабря 2026 года", "5 грудня 2026 р.", "5 grudnia 2026 r.": the rest of a line after
// its date, past the year's own word, lowered.
inline std::string_view past_year_word(std::string_view rest) {
    auto after = rest;
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    for (std::string_view word : {"\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0", "\xD1\x80\xD0\xBE\xD0\xBA\xD1\x83", "\xD0\xB3.",
                                  "\xD1\x80.", "roku", "r.", "\xD0\xB3", "\xD1\x80"})  // года, року, г., р., roku, r., г, р
        if (after.substr(0, word.size()) == word &&
            (after.size() == word.size() || after[word.size()] == ' ' || after[word.size()] == '.' || after[word.size()] == ','))
            return after.substr(word.size());
    return rest;
}

// "Buenos Aires, 13 de marzo de 2025.-", "Lima, 3 de marzo de 2026 –": a dateline that, as
// Spanish letters write it, closes with a dash after its full stop. `rest` is what follows the
// date; without the dash (and the spaces around it) that closes it.
inline std::string_view without_closing_dash(std::string_view rest) {
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    rest.remove_suffix(text::closing_dash_length(rest));
    return rest;
}

// Where the second version of a line's date may start in `rest`, the line after the first: past a
// slash ("29 de julio de 2025 / 29 July 2025"), or past a tab or a gap of three spaces or more,
// the next column where a PDF or a table sets two languages side by side ("Conakry, le 4 juillet
// 2025<tab>Conakry, 4 July 2025"); npos where neither follows.
inline std::size_t second_version_at(std::string_view rest) {
    auto const first = rest.find_first_not_of(' ');
    if (first == std::string_view::npos) return first;
    if (rest[first] == '/') return first + 1;
    return rest[first] == '\t' || first >= 3 ? first : std::string_view::npos;
}

// The words before a date's second version, without the spaces around them and the article
// French and German write before a day ("N'Djamena, le 20 mai 2025", "Berlin, den 20. Mai
// 2025"): "n'djamena,", or nothing.
inline std::string_view without_day_article(std::string_view between) {
    auto const space_or_tab = [](char c) { return c == ' ' || c == '\t'; };
    while (!between.empty() && space_or_tab(between.front())) between.remove_prefix(1);
    while (!between.empty() && space_or_tab(between.back())) between.remove_suffix(1);
    auto const space = between.rfind(' ');
    auto const last_word = space == std::string_view::npos ? between : between.substr(space + 1);
    if (last_word.size() > 3 || !text::has_letter(last_word)) return between;
    if (space == std::string_view::npos) return {};
    return space > 0 && between[space - 1] == ',' ? between.substr(0, space) : between;
}

// "warsaw, 30 september –", "almaty, 12–", "september 30 -": before a date, the start of a range
// it ends, a day (with its month or not) and a dash. `before` is the line before the date, lowered,
// without the spaces at its end.
inline bool ends_date_range(std::string_view before) {
    auto const dash = text::closing_dash_length(before);
    if (dash == 0) return false;
    before.remove_suffix(dash);
    auto const last_word = [](std::string_view t) {
        while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
        auto const space = t.rfind(' ');
        return space == std::string_view::npos ? t : t.substr(space + 1);
    };
    auto const is_day = [](std::string_view w) {
        return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    auto const word = last_word(before);
    // The day, at the end ("12–") or before its month's word ("30 september –").
    return is_day(word) || (!word.empty() && !text::has_digit(word) &&
                            is_day(last_word(before.substr(0, static_cast<std::size_t>(word.data() - before.data())))));
}

// "Published on Substack by Rainbow Caucasus Watch · 21 May 2025 · 4 min read": a page's byline
// that names its author before the date, more words than a dateline's place, the page's chrome
// after it. `before` and `rest` are the line before and after the date, lowered.
inline bool names_author_before_page_date(std::string_view before, std::string_view rest) {
    return names_by_whom(before) && text::word_count(before, 13) <= 12 && ends_in_page_chrome(rest);
}

inline void document_reader::find_date() {
    // The date. The statement's date stands on a line of its own or ends a signing line
    // ("Tbilisi, July 14, 2009"); dates inside prose are events. The last such line before the
    // footer wins: a page's own date comes first, the statement's date after it. Lines are read
    // whole, list marker included ("7. Januar 2022" is a date, not item 7).
    bool listed = false;  // a list of signers stands before
    std::optional<statement_date> updated;
    // Each line asked is lowered on the stack where it fits, as nearly all do (a text of 120
    // bytes at most, its marker and its runs of spaces beside it): a string of its own was an
    // allocation and its release for every line of a list whose names hold a number.
    char on_stack[256];
    std::string spilled;
    for (std::size_t i = 0; i < footer_start; ++i) {
        // The text's own sections after its list ("Background", "Annex: Timeline") date events.
        listed = listed || roles[i] == block_role::signatory;
        if (listed && text_section_at(i)) break;
        if (blocks[i].text.size() > 120 || !grammar::holds_plausible_year(line_of(i))) continue;
        // "Published: 12 March 2025 | 4 min read" under the signers dates the page: the text's
        // date when none stands above.
        if (listed && st.date && is_page_date_field(blocks[i])) continue;
        // "Signatories (as of 12 May 2026):" dates the list, not the statement; a running header
        // inside the text ("Joint Letter … – October 2023" over "Page 2 of 4"), a page.
        auto const beside_page_number = [&] {
            return (i > 0 && is_page_number_line(blocks[i - 1])) || (i + 1 < n && is_page_number_line(blocks[i + 1]));
        };
        // "1. Derogar la ley aprobada el 15 de agosto de 2024.": a demand dates what it asks about.
        if (roles[i] == block_role::signatory_header || roles[i] == block_role::call ||
            (i >= body_start && roles[i] == block_role::chrome_footer && beside_page_number()))
            continue;
        // "¹ Joined on 5 March 2026.", "[2] Report of 3 May 2025": a note dates what it notes.
        if (is_footnote_line(line_of(i))) continue;
        auto const line = line_of(i);
        std::string_view lowered;
        if (line.size() <= sizeof on_stack) {
            utf8::lower_same_length_into(on_stack, line);
            lowered = std::string_view(on_stack, line.size());
        } else {
            lowered = spilled = utf8::lower_same_length(line);
        }
        auto d = grammar::find_date(lowered);
        if (!d) continue;
        auto rest = past_year_word(std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data())));
        // "12/1/2023 9:14:22,Amber Coalition,Kenya": a signer's row with its name after the date
        // tells when it signed, not when the statement was made.
        if (roles[i] == block_role::signatory && text::has_letter(rest)) continue;
        // "| Coral Institute | Kenya | 13 March 2026 |", "Coral Institute      Kenya      13 March
        // 2026": a signer's row of a table with a column of the day each signed tells when that
        // one signed, not when the statement was made (the text's date above it lost to the last
        // row's). Not a signature's place and date apart by a gap ("Port Amber,      14 May 2026").
        if (roles[i] == block_role::signatory &&
            (blocks[i].kind == block_kind::table_row || line.find('\t') != std::string_view::npos ||
             (text::has_gap(line) && table_cells(line).size() >= 3)))
            continue;
        // "29 de julio de 2025 / 29 July 2025": the same date again after a slash, in another
        // language, ends the line as the first would; so does the same date in a column of its
        // own beside it ("Bogotá, 10 June 2025      Bogotá, 10 de junio de 2025").
        if (auto const second = second_version_at(rest); second != std::string_view::npos) {
            // "Ottawa, le 18 avril 2025 / Ottawa, April 18, 2025": the place again too, and its comma.
            auto const again = grammar::find_date(rest.substr(second));
            auto const place_again = [&] {
                auto const between = without_day_article(rest.substr(second, static_cast<std::size_t>(again->first - rest.data()) - second));
                return between.empty() || (between.back() == ',' && text::word_count(between, 4) <= 3);
            };
            if (again && again->year == d->year && again->month == d->month && again->day == d->day && place_again())
                rest = past_year_word(rest.substr(static_cast<std::size_t>(again->last - rest.data())));
        }
        // A signing line ends in the date: a few words before it on its line ("Tbilisi, July
        // 14, 2009", "Uczestnicy KONGRESU … Łódź, 9 września 2018"), or more without a full stop
        // after it ("Adopted at the annual meeting of the Forum, Vilnius, 25 October 2025"). A
        // sentence that ends in a date, or a footnote ("[1] See our report …, January 2025."),
        // cites it.
        auto before = std::string_view(lowered).substr(0, static_cast<std::size_t>(d->first - lowered.data()));
        if (auto const newline = before.rfind('\n'); newline != std::string_view::npos) before.remove_prefix(newline + 1);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        // "Warsaw, 30 September – 11 October 2024", "Almaty, 12–14 May 2026": the end of a range
        // dates an event, a conference or a session, not the text.
        if (ends_date_range(before)) continue;
        // A PDF's note has lost its superscript: its number and a space first ("2 Mammadli v.
        // Azerbaijan, no. 47145/14, 19 April 2018."), the notes of a page one block.
        auto const date_line = [&] {
            auto const start = static_cast<std::size_t>(before.data() - lowered.data());
            auto const end = std::min(lowered.size(), lowered.find('\n', static_cast<std::size_t>(d->last - lowered.data())));
            return line_of(i).substr(start, end - start);
        };
        if (!before.empty() && is_numbered_note(date_line())) continue;
        bool const footnote = !before.empty() && (before.front() == '[' || before.front() == '(' || before.front() == '*');
        bool const sentence = rest.find('.') != std::string_view::npos;
        auto const words_before = text::word_count(before, 7);
        // "… abducted in Douma in December 2013": a month of a year right after more words is when
        // an event took place; a signing line gives its day, or a comma before the month ("47th
        // Session of the UPR Working Group, November 2024"). "We request a written response by
        // August 31, 2023.": a sentence in the authors' voice asks for a date, it signs none.
        bool ends_line = without_closing_dash(rest).find_first_not_of(" .,") == std::string_view::npos && !footnote &&
                         (d->day != 0 || words_before <= 6 || before.back() == ',') &&
                         (!sentence || (words_before <= 6 && !lang::find_any<&lang::language_table::first_person_plural>(before)));
        // "Posted by admin on 12 May 2026 · 3 min read", "Posted on 3 April 2024 in News",
        // "Publié le 3 février 2024 – Mis à jour le 5 février 2024", "Publié le 5 décembre 2024 à
        // 12h00": a page's date, then its chrome, its category, the note of a later change or the
        // time it was posted. "Published on 10 December 2024, Human Rights Day", "Rabat, le 3 mai
        // 2024, à l'occasion de …": a dateline, then its occasion.
        // "Published on Substack by Amber Watch · 21 May 2025 · 4 min read": a byline, its author
        // named before the date.
        // A headline has no post's category: "Joint statement on the events of 2 June 2026 in Port
        // Amber" names where its event took place.
        bool const page_date = (words_before <= 6 && (ends_in_page_chrome(rest) ||
                                                      (roles[i] != block_role::title && ends_in_category(rest)) || notes_update(rest) ||
                                                      ends_in_clock_time(rest) ||
                                                      names_occasion(line_of(i).substr(static_cast<std::size_t>(rest.data() - lowered.data()))))) ||
                               names_author_before_page_date(before, rest);
        // "Updated 3 June 2026 (first published 28 May 2026)": the note of a change, then the
        // publication's date, which closes the line; the latter is the statement's.
        auto const published_after_update = [&] {
            if (words_before > 3 || !lang::find_any<&lang::language_table::update_words>(before)) return false;
            auto const published = grammar::find_date(rest);
            return published && std::string_view(published->last, static_cast<std::size_t>(rest.data() + rest.size() - published->last))
                                        .find_first_not_of(" .,)") == std::string_view::npos;
        };
        if (!is_date_line(blocks[i]) && !ends_line && !published_after_update() && !ends_in_byline(rest, line_of(i).substr(static_cast<std::size_t>(rest.data() - lowered.data()), rest.size())) && !page_date) continue;
        // "Last updated: 19 February 2024" dates a change of the page, not the statement: it
        // serves only where nothing else dates it.
        if (lang::find_any<&lang::language_table::update_words>(before)) {
            // "Updated 16 March 2024 | Published 15 March 2024": the date after the change's on its
            // line, without a note of another change, is the publication's.
            auto const published = grammar::find_date(rest);
            if (published && !lang::find_any<&lang::language_table::update_words>(
                                 rest.substr(0, static_cast<std::size_t>(published->first - rest.data())))) {
                d = published;
            } else {
                if (!updated) updated = date_at(i, *d, lowered);
                continue;
            }
        }
        // "Lima, marzo de 2025" under the list, after "Lima, 14 de marzo de 2025": the month of the
        // date found already says less of it.
        bool const vaguer = d->day == 0 && st.date && st.date->day != 0 && st.date->year == d->year && st.date->month == d->month;
        if (!vaguer) st.date = date_at(i, *d, lowered);
        // A date line under a list of signers was left not understood by the list: it is the date.
        if (roles[i] == block_role::paragraph || roles[i] == block_role::unrecognised) roles[i] = block_role::metadata;
    }
    if (!st.date) st.date = std::move(updated);
    if (!st.date) st.date = headline_date;
    // The dateline that opens the first paragraph outranks them: the page's dates stand around
    // the statement, the dateline is its own.
    // The paragraph it opens may introduce the calls ("Geneva, 10 October 2028 – We call on …
    // to:").
    for (std::size_t i = body_start, seen = 0; i < footer_start && seen < 2; ++i) {
        if (roles[i] != block_role::paragraph && roles[i] != block_role::opening && roles[i] != block_role::call_introduction)
            continue;
        ++seen;
        if (auto d = dateline_date(i)) {
            st.date = d;
            break;
        }
    }
    // What the text itself calls today ("Today, on 7 July 2015", "today Wednesday 15 November
    // 2017") outranks the dates of the page around it.
    for (std::size_t i = body_start, seen = 0; i < footer_start && seen < 4; ++i) {
        if (roles[i] != block_role::paragraph && roles[i] != block_role::opening && roles[i] != block_role::call_introduction)
            continue;
        ++seen;
        if (!grammar::could_hold_date(line_of(i))) continue;
        auto lowered = utf8::lower_same_length(line_of(i));
        auto today = lang::find_any<&lang::language_table::today_words>(lowered);
        if (!today) continue;
        auto d = grammar::find_date(std::string_view(lowered).substr(today.position, 60));
        if (!d || d->day == 0) continue;
        st.date = date_at(i, *d, lowered);
        break;
    }
    if (front_matter_date) st.date = front_matter_date;

}

// "Sign the petition" / "Free the Harbour Five" / …, "Signez l'appel": a signing page's button
// over the text, or in it, names the kind of what it asks to sign, where neither the headline nor
// the first paragraphs do. A button is a short line that opens with an invitation to sign (not a
// sentence that invites in passing), over the footer (a site's own "Sign our petitions" under
// the text is the site's).
inline statement_kind document_reader::kind_of_signing_button() const {
    for (std::size_t i = front_matter_end; i < footer_start; ++i) {
        if ((roles[i] != block_role::metadata && roles[i] != block_role::chrome_header) || blocks[i].text.size() > 60 ||
            !lang::starts_with_any<&lang::language_table::signing_invitations>(folded[i]))
            continue;
        if (auto const kind = kind_mention_of(lang::find_any<&lang::language_table::kind_words>(folded[i], table), folded[i], false);
            kind.kind != statement_kind::unknown)
            return kind.kind;
    }
    return statement_kind::unknown;
}

inline void document_reader::decide_fields() {
    if (st.title) st.subject_countries = countries_in(st.title->text);
    // The first paragraphs, which decide_kind() reads for a kind word: at most three, so no
    // vector (an allocation or three a statement) holds them.
    kind_source first_paragraphs[3];
    std::size_t first_paragraph_blocks[3];
    std::size_t paragraph_count = 0;
    for (std::size_t i = body_start; i < footer_start && paragraph_count < std::size(first_paragraphs); ++i)
        if (roles[i] == block_role::paragraph || roles[i] == block_role::opening) {
            first_paragraph_blocks[paragraph_count] = i;
            first_paragraphs[paragraph_count++] = {folded[i], std::nullopt};
        }
    std::optional<lang::phrase_match> title_kind = title_kind_word;

    // The coalition: named after "members of" in the opening, the title or the first paragraphs.
    // A block that decide_kind() reads too (the headline, a first paragraph, which the opening
    // is) and has not been searched for a kind word yet is read once for both.
    auto const kind_word_of = [&](std::size_t i) -> std::optional<lang::phrase_match>* {
        if (i == title) return &title_kind;
        for (std::size_t k = 0; k < paragraph_count; ++k)
            if (first_paragraph_blocks[k] == i) return &first_paragraphs[k].kind_word;
        return nullptr;
    };
    auto const coalition_and_kind_in = [&](std::size_t i, bool spoken_by_authors) -> std::optional<coalition> {
        auto* const kind_word = kind_word_of(i);
        if (!kind_word || *kind_word) return coalition_in(i, spoken_by_authors);
        auto const [found_kind_word, marker] =
            lang::find_each<&lang::language_table::kind_words, &lang::language_table::coalition_markers>(folded[i], table);
        *kind_word = found_kind_word;
        if (!marker) return std::nullopt;
        return coalition_after_marker(i, spoken_by_authors);  // as coalition_in() would
    };
    if (opening_block != none) st.coalition = coalition_and_kind_in(opening_block, false);
    // A headline names the network whose members speak at its start ("Members of the X Forum
    // call …") or after its kind word ("Statement by members of the X Forum"); elsewhere, those
    // it speaks of or to ("Release the detained members of the Y Council", "Open letter to the
    // members of the European Parliament").
    auto const members_speak_in_title = [&] {
        auto const marker = lang::find_any<&lang::language_table::coalition_markers>(folded[title], table);
        if (!marker) return false;
        auto before = std::string_view(folded[title]).substr(0, marker.position);
        // The kind word, or the start, after up to two short words ("by the", "de la", "von
        // den") and, after a kind word, a word more ("issued by the"); none that opens an
        // addressee ("to the").
        bool only_short = true;
        for (int words = 0;; ++words) {
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            auto const kind = lang::find_any<&lang::language_table::kind_words>(before, table);
            if (kind && kind.position + kind.phrase.size() == before.size()) return true;
            if (before.empty()) return only_short;
            if (words == 3) return false;
            auto const space = before.rfind(' ');
            auto const word = before.substr(space == std::string_view::npos ? 0 : space + 1);
            if (lang::starts_with_any<&lang::language_table::addressee_openers>(word).phrase.size() == word.size())
                return false;
            only_short = only_short && utf8::length(word) <= 4;
            before.remove_suffix(word.size());
        }
    };
    if (!st.coalition && title != none && members_speak_in_title()) st.coalition = coalition_and_kind_in(title, false);
    for (std::size_t i = body_start, seen = 0; !st.coalition && i < footer_start && seen < 2; ++i)
        if ((roles[i] == block_role::paragraph && is_prose(blocks[i])) || roles[i] == block_role::call_introduction) {
            ++seen;
            st.coalition = coalition_and_kind_in(i, true);
        }
    // "The X Network (XN) and its members condemn …": the network that opens the text with its members.
    if (!st.coalition && opening_block != none) st.coalition = network_before_members(opening_block);
    for (std::size_t i = body_start, seen = 0; !st.coalition && i < footer_start && seen < 2; ++i)
        if (roles[i] == block_role::paragraph && is_prose(blocks[i])) {
            ++seen;
            st.coalition = network_before_members(i);
        }
    // "Members of the Civic Rights Network:": the line over the list names the coalition whose
    // members sign, a header or a line that introduces it with a colon.
    for (std::size_t i = body_start; !st.coalition && i + 1 < footer_start; ++i)
        if (roles[i + 1] == block_role::signatory &&
            (roles[i] == block_role::signatory_header || (roles[i] == block_role::paragraph && blocks[i].text.back() == ':'))) {
            st.coalition = coalition_in(i, false);
            if (!st.coalition) st.coalition = network_of_governing_body(i);
            break;
        }
    // "Espacio OSC, integrado por:" over the list: its members sign.
    if (!st.coalition) st.coalition = list_network_;
    // "Statement by the Lakeshore Civic Forum", "Open letter from the X Network": a headline
    // names its author after its kind; an organisation there is the one the text speaks for.
    if (!st.coalition && title != none) st.coalition = author_in_headline(title);
    // "Statement on behalf of the X Coalition" over the headline: the label names its author.
    if (!st.coalition && kind_label != none) st.coalition = author_in_headline(kind_label);
    // A post's front matter names its author ("author: Göttinger Klimabündnis"): an
    // organisation there is the one the statement speaks for; a person is only its writer.
    if (!st.coalition && front_matter_author && word_count(front_matter_author->text) >= 2 &&
        !looks_like_person(front_matter_author->text))
        st.coalition = coalition{front_matter_author->text, std::nullopt, front_matter_author->span};
    // One organisation that signs over the date, with people listed as signers too: they sign as
    // its members ("Media Movement" / "November 16th, 2021" / "Signed by:" / "Name, outlet").
    if (!st.coalition && signing_organisation_) {
        std::size_t organisations = 0, people = 0;
        for (auto const& s : st.signatories) (s.type == signatory_type::person ? people : organisations) += 1;
        if (organisations == 1 && people >= 1) st.coalition = signing_organisation_;
    }
    // A headline names the coalition without its acronym, perhaps in capitals; the body often
    // adds the acronym ("… of the Lakeshore Civic Forum (LCF) condemn …").
    auto const coalition_name = st.coalition ? utf8::lower_same_length(st.coalition->name) : std::string();
    for (std::size_t i = body_start; st.coalition && !st.coalition->acronym && i < footer_start && i < body_start + 4; ++i) {
        auto const& name = coalition_name;
        auto const at = utf8::lower_same_length(blocks[i].text).find(name);
        if (at == std::string::npos) continue;
        auto again = grammar::parse_coalition(std::string_view(blocks[i].text).substr(at));
        if (again && again->acronym && utf8::lower_same_length(layout::collapse_spaces(again->name)) == name)
            st.coalition->acronym = again->acronym;
    }

    // The voice of the text: a statement speaks as "we" (quotations aside) in its own words; a
    // report speaks of others, and at most a glued headline or a stray line says "we". Each
    // part is read only when the kind depends on it, and only as far as its answer needs.
    std::size_t const voice_from = body_start < 2 ? 0 : body_start - 2;
    auto const in_body = [&](std::size_t i) {
        auto const r = roles[i];
        return r == block_role::paragraph || r == block_role::opening || r == block_role::call_introduction ||
               r == block_role::call;
    };
    std::size_t body_blocks = 0;
    for (std::size_t i = voice_from; i < footer_start; ++i) body_blocks += in_body(i);
    std::optional<std::size_t> speaking;  // body blocks that say "we", counted up to two: all a rule asks
    auto const speaking_blocks = [&] {
        if (!speaking) {
            speaking = 0;
            for (std::size_t i = voice_from; i < footer_start && *speaking < 2; ++i)
                if (in_body(i) && speaks_as_we(i)) ++*speaking;
        }
        return *speaking;
    };
    auto const greets = [&] {
        for (std::size_t i = voice_from; i < footer_start && i < body_start + 8; ++i) {
            auto const r = roles[i];
            if (r == block_role::chrome_header || r == block_role::chrome_footer || r == block_role::title) continue;
            if (is_greeting(blocks[i], folded[i])) return true;
        }
        return false;
    };
    auto const appeals = [&] {
        for (std::size_t i = voice_from; i < footer_start; ++i)
            if (in_body(i) && block_has(i, block_phrases::bit_of<&lang::language_table::appeal_cues>())) return true;
        return false;
    };
    // "Delivered by: Ms Mira Tallow, Amber Coalition" over "Thank you, Mr President.": a text
    // spoken at a session of a UN body, a statement, though it neither names its kind nor says "we".
    auto const delivered = [&] {
        for (std::size_t i = front_matter_end; i < footer_start && i < body_start + 4; ++i)
            if (is_speaker_line(blocks[i], folded[i])) return true;
        return false;
    };
    auto const speaks_for_itself = [&] {
        auto const s = speaking_blocks();
        return s >= 2 || (s > 0 && s * 3 >= body_blocks);
    };

    // The headline's fold: its block's, unless the title comes from the front matter.
    std::string front_matter_title_folded;
    std::string_view title_folded;
    if (title != none) title_folded = folded[title];
    else if (st.title) title_folded = front_matter_title_folded = utf8::fold(st.title->text);
    // A label over the headline ("JOINT STATEMENT") names the kind in the headline's place.
    if (kind_label != none) {
        title_folded = folded[kind_label];
        title_kind = kind_label_word;
    }
    st.kind = decide_kind({title_folded, title_kind}, first_paragraphs, paragraph_count, table, speaks_for_itself);
    if (st.kind == statement_kind::unknown) st.kind = kind_of_signing_button();
    kind_named = st.kind != statement_kind::unknown;
    if (st.kind == statement_kind::unknown) {
        // A text that does not name its kind: a letter greets its reader ("Dear …,",
        // "Szanowny Panie Ministrze,"), or its headline names it by its reader where its authors
        // speak (not "Unions send letter to the minister" over a report of it); an appeal turns
        // to its readers ("we appeal to", "join us"); a text whose own words never say "we"
        // reports on others: a press release.
        if (delivered()) st.kind = statement_kind::statement;
        else if (greets() || (headline_names_letter(title_folded, table) && speaking_blocks() > 0))
            st.kind = statement_kind::open_letter;
        else if (appeals()) st.kind = statement_kind::appeal;
        else if (body_blocks > 0 && speaking_blocks() == 0) st.kind = statement_kind::press_release;
    }
    // A "statement" with several signers is a joint statement.
    // A text that shows nothing else is taken for what civil society publishes most: a joint
    // statement (the statement.kind-inferred note says so).
    bool const has_text = has_paragraphs() || st.opening || !st.call_groups.empty() || !st.signatories.empty();
    if ((st.kind == statement_kind::statement && st.signatories.size() != 1) ||
        (st.kind == statement_kind::unknown && has_text))
        st.kind = statement_kind::joint_statement;
}

}  // namespace document_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
