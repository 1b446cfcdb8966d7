// The structure of a document: front matter, headline, chrome around the text, the opening.
// Part of the document recogniser; included by document.ipp only.
#pragma once
#include <civic/recognise/impl/document_reader.hpp>
#include <civic/text/capitals.hpp>
#include <civic/text/quotations.hpp>
#include <civic/text/short_find.hpp>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

// The block that reads as the headline, and the kind word in its fold when the search for
// the headline looked for one there (decide_kind() asks the same of the headline: the fold is
// not searched twice).
struct headline {
    std::optional<std::size_t> block;
    std::optional<lang::phrase_match> kind_word;  // find_any<kind_words> over the block's fold, if searched
    // A line above the headline that only names the kind ("JOINT STATEMENT", "Communiqué de
    // presse commun"), and its kind word: the kind is the label's, the headline the line under it.
    std::optional<std::size_t> label{};
    std::optional<lang::phrase_match> label_kind_word{};
    std::size_t label_lines = 1;  // the label's lines: two when it wraps before its authors' word
    // The line between the headline's label and its subject that names its author ("Спільна заява"
    // / "Кримська правозахисна мережа" / "щодо …"): no part of the headline.
    std::optional<std::size_t> author_line{};
};

// Whether a block that names its kind does nothing else: its kind phrase and at most one more
// word ("PUBLIC LETTER", "Communiqué de presse commun"), no colon or exclamation. "Open letter
// to the Minister of Justice" and "Apel do polityków!" are headlines.
// So does a kind phrase with the authors' kind put in it or before it, the phrase ending the
// line: "JOINT CSO STATEMENT", "Joint Advocacy Statement" ("joint statement" once the word in
// it is left out), "CIVIL SOCIETY PRESS STATEMENT".
// So does a label named twice, apart by a slash, in other words or another language ("Media
// advisory / Press release", "Заява / Statement"): each side as short.
inline bool is_kind_label(block const& b, std::string_view folded, lang::phrase_match const& kind_word) {
    if (b.text.find_first_of(":!") != std::string_view::npos) return false;
    auto const kind_words = word_count(kind_word.phrase);
    if (auto const slash = folded.find(" / "); slash != std::string_view::npos) {
        bool const kind_after = kind_word.position > slash;
        auto const kind_side = kind_after ? folded.substr(slash + 3) : folded.substr(0, slash);
        auto const other_side = kind_after ? folded.substr(0, slash) : folded.substr(slash + 3);
        return word_count(kind_side, 6) <= kind_words + 1 && word_count(other_side, 6) <= kind_words + 1;
    }
    auto const words = word_count(folded, 6);
    if (words <= kind_words + 1) return true;
    if (words > kind_words + 2 || kind_word.position + kind_word.phrase.size() != folded.size()) return false;
    auto const before = folded.substr(0, kind_word.position > 0 ? kind_word.position - 1 : 0);
    if (before.empty() || lang::is_phrase<&lang::language_table::author_groups>(before)) return true;
    auto const joined = std::string(before.substr(0, before.find(' '))) + ' ' + std::string(kind_word.phrase);
    return lang::is_phrase<&lang::language_table::kind_words>(joined);
}

// Whether `folded` holds a word of `table`'s topic markers ("on", "sur"): another language's
// that is a common group of words in this one is none ("de la", Romanian for "from", in "Lettre
// ouverte au Président de la République"). Without a table, any language's.
inline bool has_topic_marker(std::string_view folded, lang::language_table const* table) {
    for (std::size_t from = 0; from < folded.size();) {
        auto const m = lang::find_any<&lang::language_table::topic_markers>(folded.substr(from), table);
        if (!m) return false;
        if (table == nullptr || m.table == table) return true;
        from += m.position + m.phrase.size();
    }
    return false;
}

// "* submitted by Alpha Rights, …, non-governmental organizations in special consultative status":
// after a kind's word, past a footnote's mark, the names after a signing cue of the tables, without
// a full stop at the end; empty where no cue opens the rest. `after_kind` is folded.
inline std::string_view submitters_after_kind(std::string_view after_kind) {
    while (!after_kind.empty() && (after_kind.front() == '*' || after_kind.front() == ' ')) after_kind.remove_prefix(1);
    auto const cue = lang::starts_with_any<&lang::language_table::signing_cues>(after_kind);
    if (!cue || cue.phrase.size() == after_kind.size() || after_kind[cue.phrase.size()] != ' ') return {};
    auto names = after_kind.substr(cue.phrase.size() + 1);
    while (!names.empty() && (names.back() == '.' || names.back() == ' ')) names.remove_suffix(1);
    return names;
}

// "Written statement* submitted by …" / … / "* Issued as received, in the language(s) of
// submission only.": the note on a label's footnote mark, set under it, heads nothing. Its mark
// may have been read as a bullet; `cleaned` is the text the blocks lie in.
inline bool notes_label_mark(block const& label, block const& b, std::string_view cleaned) {
    auto const line = cleaned.substr(b.begin, b.end - b.begin);
    auto const first = line.find_first_not_of(' ');
    return first != std::string_view::npos && line[first] == '*' && label.text.find('*') != std::string_view::npos;
}

// "The Secretary-General has received the following written statement which is circulated in
// accordance with …": a note over a text, which names its kind right after a word that points at
// what stands under it.
inline bool introduces_text_below(std::string_view folded, lang::language_table const* table) {
    auto const kind = lang::find_any<&lang::language_table::kind_words>(folded, table);
    if (!kind || kind.position < 2) return false;
    auto const before = folded.substr(0, kind.position - 1);
    auto const space = before.rfind(' ');
    auto const word = before.substr(space == std::string_view::npos ? 0 : space + 1);
    return lang::is_phrase<&lang::language_table::following_words>(word);
}

// A line under the headline that names the kind and only its authors after it ("Joint statement
// by 15 press freedom organisations", "An open letter from 20 NGOs"): a few words that end with
// a word for a group of authors ("Joint statement … on the situation in Kazakhstan" says what it
// is about). The headline's subtitle, as a label is.
// So does one whose words after the kind are names and the words that join them ("Joint statement
// by Amnesty International and Human Rights Watch", "… by members of the Civic Solidarity
// Platform and other organisations").
// Names and their acronyms may run long ("Joint statement by the International Trade Union
// Confederation (ITUC), IndustriALL Global Union and the European Trade Union Confederation (ETUC)").
// `under_headline`: the line stands under a headline already seen; above one, only a label that
// ends with its group of authors ("JOINT STATEMENT OF HUMAN RIGHTS ORGANISATIONS") is read so.
inline bool names_only_authors(block const& b, std::string_view folded, lang::phrase_match const& kind_word,
                               bool under_headline) {
    if (b.text.find_first_of(":!") != std::string_view::npos) return false;
    auto const words = word_count(folded, 34);
    if (words > 32 || kind_word.position + kind_word.phrase.size() + 1 >= folded.size()) return false;
    auto last = folded;
    while (!last.empty() && (last.back() == '.' || last.back() == ' ')) last.remove_suffix(1);
    last = last.substr(last.rfind(' ') + 1);
    auto const whole = [](lang::phrase_match const& m, std::string_view word) { return m && m.phrase.size() == word.size(); };
    if (words <= 10 && whole(lang::starts_with_any<&lang::language_table::author_groups>(last), last)) return true;
    // "Statement on behalf of the Coalition for Free Elections in Serbia": whose behalf it is made
    // on, right after the kind, is all it says; above the headline too.
    auto const after_kind = folded.substr(kind_word.position + kind_word.phrase.size() + 1);
    if (words <= 16 && lang::starts_with_any<&lang::language_table::behalf_phrases>(after_kind)) return true;
    // "Joint written statement* submitted by Alpha Rights, Beacon Justice Initiative,
    // non-governmental organizations in special consultative status": a UN written statement's
    // line names its submitters after a signing cue and their status last (a list closer of the
    // tables); above the headline too.
    if (auto const submitted = submitters_after_kind(after_kind); !submitted.empty()) {
        auto const status = lang::find_any<&lang::language_table::list_closers>(submitted);
        if (status && status.position + status.phrase.size() == submitted.size()) return true;
    }
    if (!under_headline) return false;
    // "Statement signed by 6 academics and journalists", "Statement of national trade union
    // centres": under the headline, a few words after the kind that end with a group of people
    // or of organisations (a word for a kind of organisation in the plural), and say nothing of
    // a topic ("Statement on the arrest of journalists" is a headline).
    auto const group_word = [&](std::string_view word) {
        return whole(lang::starts_with_any<&lang::language_table::person_groups>(word), word) ||
               (word.size() > 4 && word.back() == 's' &&
                lang::is_phrase<&lang::language_table::organisation_words>(word.substr(0, word.size() - 1)));
    };
    if (words <= 10 && group_word(last) && !has_topic_marker(after_kind, kind_word.table))
        return true;
    // In capitals, names and other words look alike.
    if (std::none_of(b.text.begin(), b.text.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
        !std::any_of(b.text.begin(), b.text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return false;
    // The words after the kind, in the text (its words are the fold's, one for one).
    auto const skip = word_count(folded.substr(0, kind_word.position + kind_word.phrase.size()));
    std::size_t index = 0, named = 0;
    for (std::size_t at = 0; at < b.text.size(); ++index) {
        auto end = b.text.find(' ', at);
        if (end == std::string_view::npos) end = b.text.size();
        auto const word = b.text.substr(at, end - at);
        at = end + 1;
        if (index < skip || word.empty()) continue;
        auto const first = utf8::decode(word, 0).cp;
        // "(ITUC),": a name's acronym in parentheses.
        auto const acronym = first == '(' && word.size() > 1 && utf8::is_upper_letter(utf8::decode(word, 1).cp);
        bool const capitalised = utf8::is_upper_letter(first) || utf8::is_digit(first) || utf8::is_quote(first) || acronym;
        if (capitalised && index != skip) {
            ++named;
            continue;
        }
        auto const lowered = utf8::lower_same_length(word);
        // "… to the Board of MetaLink on Content Moderation": whom it is addressed to, or what
        // it is about, in a headline in title case; right after the kind, in capitals too ("JOINT
        // STATEMENT ON THE CYBER SECURITY ACT No. 3 …", where a word in lower case is an
        // abbreviation's).
        if (whole(lang::starts_with_any<&lang::language_table::topic_markers>(lowered), lowered) ||
            whole(lang::starts_with_any<&lang::language_table::addressee_openers>(lowered), lowered))
            return false;
        if (capitalised) {
            ++named;
            continue;
        }
        if (!whole(lang::starts_with_any<&lang::language_table::stop_words>(lowered), lowered) &&
            !whole(lang::starts_with_any<&lang::language_table::author_groups>(lowered), lowered) &&
            !lang::starts_with_any<&lang::language_table::coalition_markers>(utf8::lower_same_length(b.text.substr(at - word.size() - 1))))
            return false;
    }
    return named > 0;
}

// "Open letter to President Mira Tallow", "A joint letter to the Governments of the States
// Members of …": a line that opens with its kind, an article or a word of the authors' at most
// before it ("Joint NGO letter to …"), and goes on with whom it is addressed to and nothing else.
// Under a headline ("Amberland: Protect social leaders …"), it is the headline's subtitle. One that
// says what it is about ("Open letter to the President on the Closure of …", "Open letter to the
// Minister: Repeal …") is a headline itself; one that reports a letter ("NGOs sign open letter to
// …"), a news page's.
inline bool names_addressee_after_kind(block const& b, std::string_view folded, lang::phrase_match const& kind_word) {
    auto const after = kind_word.position + kind_word.phrase.size() + 1;
    if (after >= folded.size() || folded[after - 1] != ' ' || b.text.find(':') != std::string_view::npos ||
        word_count(folded.substr(0, kind_word.position), 3) > 2)
        return false;
    auto const addressee = folded.substr(after);
    return lang::starts_with_any<&lang::language_table::addressee_openers>(addressee) &&
           !has_topic_marker(addressee, kind_word.table);
}

// "Index on Censorship", "Central Asia Rights Monitor": a name, five words at most, each
// capitalised but for short function words, with no digit and no punctuation.
inline bool reads_as_name(std::string_view text) {
    if (text.empty() || word_count(text, 6) > 5) return false;
    for (std::size_t at = 0; at < text.size();) {
        auto end = text.find(' ', at);
        if (end == std::string_view::npos) end = text.size();
        auto const word = text.substr(at, end - at);
        auto const first = utf8::decode(word, 0).cp;
        if (!utf8::is_upper_letter(first) && !(utf8::is_lower_letter(first) && word.size() <= 3)) return false;
        for (char c : word)
            if ((c >= '0' && c <= '9') || c == ':' || c == ',' || c == '.' || c == '!' || c == '?' || c == '|') return false;
        at = end + 1;
    }
    return true;
}

// "EuroRights Network – Statement", "Southeast Asia Press Alliance (SEAPA-Net) statement": a
// label that ends with the kind, its author's name before it, apart by a dash or closed by the
// name's acronym. The name reads as one, with an organisation's word in it; the label stands
// over the headline as a label without a name does.
inline bool names_author_before_kind(block const& b, std::string_view folded, lang::phrase_match const& kind_word) {
    if (kind_word.position + kind_word.phrase.size() != folded.size() || b.text.find_first_of(":!") != std::string_view::npos)
        return false;
    auto name = b.text;
    for (auto kind_words = word_count(kind_word.phrase); kind_words > 0 && !name.empty(); --kind_words) {
        auto const space = name.rfind(' ');
        name = space == std::string_view::npos ? std::string_view() : name.substr(0, space);
    }
    auto const last_space = name.rfind(' ');
    auto const tail = name.substr(last_space + 1);
    bool const dashed = last_space != std::string_view::npos && !tail.empty() &&
                        (tail == "-" || text::dash_length_at(tail, 0) == tail.size());
    if (dashed) name = name.substr(0, last_space);
    if (name.empty() || word_count(name, 8) > 7) return false;
    if (name.back() == ')') {
        auto const open = name.rfind(" (");
        return open != std::string_view::npos && open > 0 && utf8::is_upper_letter(utf8::decode(name, open + 2).cp) &&
               utf8::is_upper_letter(utf8::decode(name, 0).cp);
    }
    return dashed && reads_as_name(name) && lang::find_any<&lang::language_table::organisation_words>(utf8::fold(name));
}

// "Joint statement on Georgia – Civil Rights Defenders": a page's title with its publisher's name
// after a dash. The name reads as one (a few capitalised words, no digit) with an organisation's
// word in it, and opens a line of the text again (the publisher signs, or heads the page's
// footer): a subtitle after a dash ("… – Release the protesters now") says something, and whom
// the text is addressed to ("… – Committee of Ministers") opens no line of it. The dash's
// position in `headline`, or npos. `text` is the whole text the headline stands in.
inline std::size_t publisher_after_dash(std::string_view headline, std::string_view text) {
    for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
        auto const at = headline.rfind(dash);
        if (at == std::string_view::npos || word_count(headline.substr(0, at), 3) < 3) continue;
        auto const name = headline.substr(at + dash.size());
        if (text::has_digit(name) || !reads_as_name(name) ||
            !lang::find_any<&lang::language_table::organisation_words>(utf8::fold(name)))
            return std::string_view::npos;
        for (auto found = text.find(name); found != std::string_view::npos; found = text.find(name, found + 1))
            if (found == 0 || text[found - 1] == '\n') return at;
        return std::string_view::npos;
    }
    return std::string_view::npos;
}

// "Home › News › Joint letter to the EU on the protection of defenders": where a breadcrumb
// (is_breadcrumb_line) is all that names the page, its last part is the page's title; a part of
// three words at least, not a section's name ("Home › News › Statements"). Where that part
// starts in `raw`, the breadcrumb's text, or npos.
inline std::size_t last_crumb_at(std::string_view raw) {
    std::size_t at = std::string_view::npos;
    for (std::string_view separator : {" \xE2\x80\xBA ", " > ", " \xC2\xBB ", " / "})
        if (auto const found = raw.rfind(separator); found != std::string_view::npos)
            if (at == std::string_view::npos || found + separator.size() > at) at = found + separator.size();
    if (at == std::string_view::npos || word_count(raw.substr(at), 3) < 3) return std::string_view::npos;
    return at;
}

// "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ" / "ПРАВОЗАЩИТНЫХ ОРГАНИЗАЦИЙ", "JOINT STATEMENT" / "OF HUMAN RIGHTS
// ORGANISATIONS": a kind's label in capitals wrapped before the word for its authors, the line
// right under it a few words in capitals too, one of them that word, and none that says what the
// text is about ("ON THE DETENTION OF …" goes on into the headline). The headline stands under both.
inline bool wraps_label_authors(block const& label, block const& next, std::string_view next_folded) {
    if (next.after_blank || next.lines != 1 || word_count(next.text, 6) > 5 || !text::written_in_capitals(label.text) ||
        !text::written_in_capitals(next.text) || has_topic_marker(next_folded, nullptr))
        return false;
    for (std::size_t at = 0; at < next_folded.size();) {
        auto end = next_folded.find(' ', at);
        if (end == std::string_view::npos) end = next_folded.size();
        auto const word = next_folded.substr(at, end - at);
        if (lang::starts_with_any<&lang::language_table::author_groups>(word).phrase.size() == word.size() && !word.empty())
            return true;
        at = end + 1;
    }
    return false;
}

// "«О некоммерческих организациях»", "\"On Non-Commercial Organisations\"": a text that opens
// with a quotation mark and closes with one, and holds no other opening one (not two quotations
// side by side).
inline bool quoted_whole(std::string_view text) {
    if (text.size() < 4) return false;
    auto const open = utf8::decode(text, 0), close = utf8::decode_before(text, text.size());
    if (!utf8::is_quote(open.cp) || !utf8::is_quote(close.cp)) return false;
    auto const inside = text.substr(open.length, text.size() - open.length - close.length);
    return !inside.empty() && !utf8::is_quote(utf8::decode(inside, 0).cp) &&
           inside.find(text.substr(0, open.length)) == std::string_view::npos;
}

// "Open letter on the case of the «Memorial", "… „Freie Presse": a text that opens a quotation
// and does not close it: guillemets, curly marks (German's „ closed by “) or straight ones.
inline bool leaves_quotation_open(std::string_view text) {
    std::size_t guillemets = 0, low = 0, left = 0, right = 0, straight = 0;
    for (std::size_t at = 0; at < text.size();) {
        auto const d = utf8::decode(text, at);
        at += d.length;
        if (!text::is_quotation_mark(d.cp)) continue;
        guillemets += d.cp == 0xAB;
        guillemets -= d.cp == 0xBB && guillemets > 0;
        low += d.cp == 0x201E;
        left += d.cp == 0x201C;
        right += d.cp == 0x201D;
        straight += d.cp == '"';
    }
    bool const curly_open = low > 0 ? low > left + right : left > right;
    return guillemets > 0 || curly_open || straight % 2 == 1;
}

// "Спільна заява" / "Кримська правозахисна мережа" / "щодо переслідування …", "JOINT STATEMENT" /
// "Lakeshore Civic Forum" / "on the arrest of …": under a label of the kind, a line that only names
// its author, an organisation (a few words, one of them an organisation's, no mark of a sentence
// or a list), over the line right under it that says what the text is about, in lower case from
// a topic's word. The label and the subject make the headline; the author's line is none of it.
inline bool names_author_over_topic(block const& author, std::string_view author_folded, block const& topic,
                                    std::string_view topic_folded) {
    if (author.kind != block_kind::text || author.lines != 1 || !heading_like(author) || topic.kind != block_kind::text ||
        topic.after_blank || word_count(author.text, 7) > 6 ||
        author.text.find_first_of(",:;.!?") != std::string_view::npos || text::has_digit(author.text))
        return false;
    if (!utf8::is_lower_letter(utf8::decode(topic.text, 0).cp) ||
        (!lang::starts_with_any<&lang::language_table::topic_markers>(topic_folded) &&
         !lang::starts_with_any<&lang::language_table::subject_openers>(topic_folded)))
        return false;
    return static_cast<bool>(lang::find_any<&lang::language_table::organisation_words>(author_folded));
}

// "APPEAL" / "ON THE DETENTION OF JOURNALISTS IN CHAD": a line in capitals and the line right
// under it, in capitals too, that opens with a word for what the text is about, and is no
// line of its authors ("JOINT STATEMENT" / "OF HUMAN RIGHTS ORGANISATIONS").
inline bool wraps_onto_topic(block const& line, block const& next, std::string_view next_folded) {
    return next.kind == block_kind::text && !next.after_blank && next.lines == 1 && text::written_in_capitals(line.text) &&
           text::written_in_capitals(next.text) && lang::starts_with_any<&lang::language_table::topic_markers>(next_folded) &&
           !wraps_label_authors(line, next, next_folded) && !is_date_line(next);
}

// "… la reforma a la Ley de", "… контроля над": a text whose last word, in lower case, is a
// preposition of the tables (those that list them: French, Spanish, Russian, Ukrainian).
inline bool ends_with_preposition(std::string_view text) {
    auto const space = text.rfind(' ');
    if (space == std::string_view::npos) return false;
    auto const word = text.substr(space + 1);
    if (word.empty() || word.size() > 12 || !utf8::is_lower_letter(utf8::decode(word, 0).cp)) return false;
    return lang::is_phrase<&lang::language_table::prepositions>(utf8::fold(word));
}

// "Hungarian civil society organisations on the Sovereignty" / "Protection Office law": a
// headline wrapped inside the name it opens after an article ("the Sovereignty", "the Foreign
// Influence", three capitalised words at most), the name going on in capitals on the line
// under it. The headline is a phrase as long as a wrapped line, not a name over the headline
// ("Friends of the Earth" / "Kyrgyzstan: Free …").
inline bool wraps_inside_name(std::string_view headline) {
    if (headline.size() < 40 || reads_as_name(headline)) return false;
    auto before = headline;
    for (int capitalised = 0; capitalised < 4; ++capitalised) {
        auto const space = before.rfind(' ');
        if (space == std::string_view::npos || space + 1 == before.size()) return false;
        auto const word = before.substr(space + 1);
        if (!utf8::is_upper_letter(utf8::decode(word, 0).cp))
            return capitalised > 0 && utf8::is_lower_letter(utf8::decode(word, 0).cp) &&
                   lang::is_phrase<&lang::language_table::articles>(utf8::fold(word));
        before = before.substr(0, space);
    }
    return false;
}

// A headline wrapped over two short lines ("PUBLIC DEVELOPMENT BANKS MUST" / "DELIVER ON THE
// WORLD WE WANT"): the line right under it, without a blank line between, goes on with it
// when the headline stops in mid-sentence and both are in capitals, or the line goes on in
// lower case. Lines shorter than a wrapped paragraph's are not joined by the segmentation.
// A blank line may stand before a subject in lower case ("ЗВЕРНЕННЯ ПРАВОЗАХИСНИХ ОРГАНІЗАЦІЙ" /
// "щодо переслідування журналістів"): no text's first sentence opens so. Under a label that
// only names the kind, in capitals, it may stand before the rest of the headline, whatever word
// opens it ("ЗАЯВЛЕНИЕ" / "правозащитных организаций о преследовании …"): the label alone says
// nothing.
inline bool continues_headline(block const& headline, block const& next, std::string_view next_folded) {
    // The line under it may itself have been joined with the next ("ЗВЕРНЕННЯ" / "правозахисних
    // організацій … до Верховної Ради України" / "щодо законопроєкту № 5678").
    if (headline.kind != block_kind::text || next.kind != block_kind::text || headline.lines > 2 || next.lines > 3 ||
        (next.text.size() > 200 && utf8::at_least_code_points(next.text, 201)))
        return false;
    auto const bare_label_over = [&] {  // the headline a label of the kind alone, the line some words, no sentence
        return next.text.back() != '.' && word_count(next.text, 3) >= 3 && text::written_in_capitals(headline.text) &&
               lang::is_phrase<&lang::language_table::kind_words>(utf8::fold(headline.text));
    };
    if (next.after_blank && !(utf8::is_lower_letter(utf8::decode(next.text, 0).cp) &&
                              (lang::starts_with_any<&lang::language_table::subject_openers>(next_folded) || bare_label_over())))
        return false;
    auto const last = headline.text.back();
    if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?' || last == ',') return false;
    // "… «Азаттыка»" / "г. Ереван, 22 января 2024 года": a dateline, which opens in lower case
    // after a town's mark, or in title case ("Published on 10 December 2024, Human Rights Day").
    if (layout::opens_dateline(next.text)) return false;
    // "… rechazan la reforma a la Ley de" / "Protección de Periodistas …", "… усиления контроля над"
    // / "Независимыми СМИ": a headline that stops at a preposition of the tables stops in
    // mid-phrase, and the line right under it goes on with it, whatever its case.
    if (!next.after_blank && next.lines == 1 && ends_with_preposition(headline.text) && !is_date_line(next) &&
        !is_page_furniture(next) && !is_byline(next))
        return true;
    // The name goes on under a headline wrapped inside it: a line of its own that opens with a
    // capital and ends as no sentence does, not one that says something else (a date, a
    // byline, "Kyrgyzstan: …" under a publisher's name).
    if (!next.after_blank && next.lines == 1 && wraps_inside_name(headline.text) &&
        utf8::is_upper_letter(utf8::decode(next.text, 0).cp) && next.text.find(':') == std::string::npos &&
        std::string_view(".!?;,").find(next.text.back()) == std::string_view::npos && !is_date_line(next) &&
        !is_byline(next) && !is_author_line(next) && !is_page_furniture(next) &&
        !lang::find_any<&lang::language_table::kind_words>(next_folded))
        return true;
    if (text::written_in_capitals(headline.text) && text::written_in_capitals(next.text))
        return !is_date_line(next) && !is_page_furniture(next);
    // "Kyrgyzstan: Authorities Must Drop Criminal Charges Against" / "Journalists of Independent
    // Outlet …": a headline in title case wrapped right under itself, a line in title case too,
    // that ends as no sentence does.
    auto const title_case = [](std::string_view t) {
        std::size_t long_words = 0, capitalised = 0;
        for (std::size_t at = 0; at < t.size();) {
            auto end = t.find(' ', at);
            if (end == std::string_view::npos) end = t.size();
            auto word = t.substr(at, end - at);
            while (!word.empty() && utf8::is_quote(utf8::decode(word, 0).cp)) word.remove_prefix(utf8::decode(word, 0).length);
            if (word.size() >= 4) {
                ++long_words;
                capitalised += utf8::is_upper_letter(utf8::decode(word, 0).cp);
            }
            at = end + 1;
        }
        return long_words >= 2 && capitalised * 10 >= long_words * 8;
    };
    // Not a line that says something else: the kind's label ("Joint statement by 41
    // organisations"), an address's next line ("The Honorable …" / "Secretary of State", "To: …",
    // "Attn: …"), the headline again or in another script.
    // Nor a menu of capitalised words ("Inicio Nosotros Organizaciones Comunicados"): a line of
    // more than three words has one in lower case.
    auto const menu_like = [](std::string_view t) {
        if (word_count(t, 4) <= 3) return false;
        for (std::size_t at = 0; at < t.size(); at = t.find(' ', at) == std::string_view::npos ? t.size() : t.find(' ', at) + 1)
            if (utf8::is_lower_letter(utf8::decode(t, at).cp)) return false;
        return true;
    };
    if (!next.after_blank && next.lines == 1 && headline.text.size() >= 40 && next.text != headline.text && !menu_like(next.text) &&
        next.text.find(':') == std::string::npos && !is_date_line(next) && !is_byline(next) && !is_page_furniture(next) &&
        std::string_view(".!?:;,").find(next.text.back()) == std::string_view::npos &&
        utf8::has_cyrillic(headline.text) == utf8::has_cyrillic(next.text) && title_case(headline.text) &&
        title_case(next.text) && !lang::find_any<&lang::language_table::kind_words>(next_folded) &&
        !lang::starts_with_any<&lang::language_table::addressee_openers>(next_folded))
        return true;
    // "… о проекте закона" / "«О некоммерческих организациях»", "… on the draft law" / "\"On
    // Non-Commercial Organisations\"": the name of a law or a campaign that the headline stops
    // before, wrapped onto a line of its own and quoted whole.
    if (!next.after_blank && next.lines == 1 && utf8::is_letter(utf8::decode_before(headline.text, headline.text.size()).cp) &&
        quoted_whole(next.text))
        return true;
    // "Open letter on the case of the «Memorial" / "Human Rights Centre»": a name quoted in the
    // headline, wrapped before its closing mark, which the line under it sets.
    if (!next.after_blank && next.lines == 1 && leaves_quotation_open(headline.text) && text::has_quotation_marks(next.text) &&
        !leaves_quotation_open(std::string(headline.text) + ' ' + std::string(next.text)) && !is_date_line(next))
        return true;
    return utf8::is_lower_letter(utf8::decode(next.text, 0).cp) && !is_prose_in_characters(next);
}

// "Skip to main content" / "Log in" / "Updates" / "Countries" / "Jobs" / …: a site's menu that a
// copy of the page wrote an item a line, over the headline of a statement the site republishes.
// A run of four lines or more at the text's top (items of a list or not), each a word or three
// without a mark or a digit, or a chrome phrase, two of them chrome ("Log in", "Home"). Where
// the run ends: the headline is sought after it, the menu's lines filling the lines it is
// sought in. `from` when there is none.
inline std::size_t past_line_menu(std::vector<block> const& blocks, folded_texts const& folded, std::size_t from) {
    std::size_t end = from, chrome_items = 0;
    for (; end < blocks.size(); ++end) {
        auto const& b = blocks[end];
        if ((b.kind != block_kind::text && b.kind != block_kind::list_item) || b.lines != 1 || b.text.size() > 30) break;
        bool const chrome = is_chrome(b, folded[end]);  // "Skip to main content", of more words
        if (!chrome && (word_count(b.text, 4) > 3 || b.text.find_first_of(".,;:!?|()0123456789") != std::string_view::npos))
            break;
        chrome_items += chrome;
    }
    return end - from >= 4 && chrome_items >= 2 ? end : from;
}

// "Sign the petition: Protect academic freedom at …", "Sign this letter: Free the Sandbar Four": a
// signing page's button set as the key of the page's headline, which follows its colon: words
// that open with a capital, three at least, and no address to sign at ("Join the statement:
// https://…", "To sign the letter: write to sign@…"). The line is the headline, and the button
// names its kind.
inline bool invitation_keys_headline(block const& b, std::string_view folded) {
    auto const key = lang::starts_with_any<&lang::language_table::signing_invitations>(folded);
    if (!key) return false;
    auto const colon = folded.find_first_not_of(' ', key.phrase.size());
    if (colon == std::string_view::npos || folded[colon] != ':') return false;
    auto const headline_start = b.text.find(": ");
    if (headline_start == std::string_view::npos) return false;
    auto const words = b.text.substr(headline_start + 2);
    return utf8::is_upper_letter(utf8::decode(words, 0).cp) && word_count(words, 3) >= 3 &&
           words.find('@') == std::string_view::npos && words.find("://") == std::string_view::npos &&
           words.find("www.") == std::string_view::npos;
}

// "From: …", "Sent: …", "Date: …": a line of an e-mail's header, a short key (a word or two)
// and its value after a colon.
inline bool opens_with_mail_key(std::string_view text) {
    auto const colon = text.find(':');
    return colon != std::string_view::npos && colon > 0 && colon <= 12 && colon + 1 < text.size() && text[colon + 1] == ' ' &&
           word_count(text.substr(0, colon), 3) <= 2;
}

// "From: …" / "Sent: …" / "To: …" / "Subject: FW: For signature - Joint appeal on …": an e-mail's
// header, lines of a key and its value that open the text, no blank line between them, one of
// them its subject. Where the header ends (`from` where there is none). The subject names the
// mail, often by the statement's kind; the statement's own headline in the body (a forwarded
// text under "-----Original Message-----") is the title, the subject only where the body has
// none. A letter's subject line stands under its address or salutation.
// "From: …" / "Date: …" / "" / "Subject: …" / "To: …": a copy of the mail may break its header
// with a blank line, once, after two of its lines at least (a letter's "To: …" / "" / "Re: …" is
// its address and its subject line, no mail's).
inline std::size_t mail_header_end(std::vector<block> const& blocks, folded_texts const& folded, std::size_t from) {
    bool subject = false, broken = false;
    std::size_t end = from;
    for (; end < blocks.size() && opens_with_mail_key(blocks[end].text); ++end) {
        if (end > from && blocks[end].after_blank) {
            if (broken || end < from + 2) break;
            broken = true;
        }
        subject = subject || opens_with_subject_key(folded[end]);
    }
    return subject ? end : from;
}

// Whether the mail header from `begin` to `end` (mail_header_end) is a mail's whole header: a
// sender, a date and the subject at least, where a letter has its "To:" and "Re:" lines.
inline bool whole_mail_header(std::size_t begin, std::size_t end) { return end >= begin + 3; }

// Where the text that a mail forwards begins, before block `to`: under the last whole header
// of a mail (whole_mail_header) that opens at `first` or further down, under other lines (the
// forwarder's note: "Dear members, see below." / "Kind regards," / "Programme Team"); 0 where
// there is none.
inline std::size_t forwarded_text_start(std::vector<block> const& blocks, folded_texts const& folded, std::size_t first,
                                        std::size_t to) {
    std::size_t start = 0;
    for (std::size_t i = first; i < to; ++i)
        if (auto const end = mail_header_end(blocks, folded, i); whole_mail_header(i, end)) start = end, i = end - 1;
    return start;
}

// "OPEN LETTER", "COMUNICADO CONJUNTO", "JOINT NGO STATEMENT": a label that opens with a kind's
// phrase and has a word more at most; its kind word, or none.
inline lang::phrase_match kind_phrase_label(std::string_view label, lang::language_table const* table) {
    auto const folded = utf8::fold(label);
    auto const m = lang::find_any<&lang::language_table::kind_words>(folded, table);
    if (!m || m.position != 0 || word_count(folded, 6) > word_count(m.phrase) + 1) return {};
    return m;
}

// Whether `right` is `left` again in another script or another language, as a bilingual page
// sets a headline beside or after its translation. A headline is short: the guess of each side,
// however little it rests on; or each side a kind's label, in two languages' words ("JOINT
// STATEMENT" / "DÉCLARATION COMMUNE", which name no stop word to guess from).
inline bool translates_headline(std::string_view left, std::string_view right, lang::language_table const* table) {
    if (utf8::has_cyrillic(left) != utf8::has_cyrillic(right)) return true;
    auto const a = lang::detect_language(left).code, b = lang::detect_language(right).code;
    if (!a.empty() && !b.empty() && a != b) return true;
    auto const left_kind = kind_phrase_label(left, table), right_kind = kind_phrase_label(right, table);
    return left_kind && right_kind && left_kind.table != right_kind.table;
}

// "Free the Lakeside journalists now      Libérez les journalistes de Lakeside", "JOINT STATEMENT
// <gap> DÉCLARATION COMMUNE": a line of a bilingual page set in two columns, its words in another
// language to the right after a gap (layout::has_column_gap), a line's parts that a running header
// ("Lakeshore Rights Watch      Joint Statement") are not. Where the left column's words end in
// `line`, npos where the line is no such pair: the text is the left column's.
inline std::size_t translated_column_gap(std::string_view line, lang::language_table const* table) {
    auto const gap = line.find("    ");
    if (gap == std::string_view::npos || gap == 0) return std::string_view::npos;
    auto const right_at = line.find_first_not_of(' ', gap);
    if (right_at == std::string_view::npos) return std::string_view::npos;
    auto const left = line.substr(0, gap), right = line.substr(right_at);
    if (right.find("    ") != std::string_view::npos || word_count(left, 2) < 2 || word_count(right, 2) < 2 ||
        !translates_headline(left, right, table))
        return std::string_view::npos;
    return gap;
}

// The block that reads as the headline: a level-1 Markdown heading, a line that names the
// kind (it may follow a lede paragraph), or the first heading-like line before the prose;
// failing those, a page title with its site's name or a PDF's running header. `mail_end` is
// where an e-mail's header from `from` ends (mail_header_end); `cleaned` is the text the blocks
// lie in.
inline headline find_title(std::vector<block> const& blocks, folded_texts const& folded,
                           lang::language_table const* table, std::size_t from, std::size_t mail_end,
                           std::string_view cleaned) {
    std::size_t limit = blocks.size() < from + 12 ? blocks.size() : from + 12;
    auto const raw_line = [&](block const& b) { return cleaned.substr(b.content_begin, b.end - b.content_begin); };
    // A level-1 heading (Markdown's "# ", an HTML page's <h1>) is the headline, whatever stands
    // before it: an HTML <title> that names the kind is the page's name, the <h1> the text's.
    // One of a word or two is the site's name in a page's header ("Northwind Rights"), or a
    // label; it is the headline only when no other line is.
    auto const site_heading = [&](std::size_t i) {
        return blocks[i].kind == block_kind::heading && blocks[i].heading_level == 1 && word_count(blocks[i].text) < 3;
    };
    for (std::size_t i = from; i < limit; ++i)
        if (blocks[i].kind == block_kind::heading && blocks[i].heading_level == 1 && !site_heading(i) &&
            !is_chrome(blocks[i], folded[i]))
            return {i, std::nullopt};
    std::optional<headline> first_heading, dated_heading, site_titled, short_heading, name_heading, mail_subject;
    bool prose_seen = false, site_name_passed = false;
    // "BEFORE THE … COMMISSION" / "Telecom Notice of Consultation CRTC 2025-118" / "JOINT
    // INTERVENTION OF …": under a filing's caption, the lines over the filing's heading name
    // the tribunal and the proceeding; none is a headline over the heading's label.
    bool captioned = false;
    int address_lines = 0;
    for (std::size_t i = from; i < limit; ++i) {
        auto const& b = blocks[i];
        if (i < mail_end) {
            if (!mail_subject && opens_with_subject_key(folded[i])) mail_subject = headline{i, std::nullopt};
            continue;
        }
        // "---------- Forwarded message ---------" / "From: …" / "Subject: FOR SIGN-ON: Joint
        // statement on …" / the forwarded text: a header further down names a mail as the first
        // does, and the headline is sought under it; two lines at least ("Re: …" alone is a letter's
        // subject line). A mail's whole header (not a letter's "To:" and "Re:") has the
        // forwarder's note over it ("Dear members, see below." / "Kind regards," / "Programme
        // Team"), no part of the forwarded text: the search begins again under it, and reaches
        // as far down as from the first line.
        if (auto const forwarded_end = i > from ? mail_header_end(blocks, folded, i) : i; forwarded_end > i + 1) {
            if (whole_mail_header(i, forwarded_end)) {
                first_heading.reset(), dated_heading.reset(), site_titled.reset(), short_heading.reset(), name_heading.reset();
                prose_seen = site_name_passed = captioned = false;
                address_lines = 0;
                limit = std::min(blocks.size(), forwarded_end + 12);
            }
            for (; i < forwarded_end; ++i)
                if (!mail_subject && opens_with_subject_key(folded[i])) mail_subject = headline{i, std::nullopt};
            --i;
            continue;
        }
        // "Hi all — final text below, 22 orgs signed on. Thanks!", "Bonjour,": the cover note right
        // under an e-mail's header, the sender's sentences, is prose however short.
        if (i == mail_end && mail_end > from &&
            (b.text.find(". ") != std::string_view::npos || b.text.find("! ") != std::string_view::npos || b.text.back() == ',')) {
            prose_seen = true;
            continue;
        }
        if (is_prose_in_characters(b)) {
            prose_seen = true;
            continue;
        }
        // "Signed:" / "Rights Watch" / "Free Press (FP)": the signers' header ends the search,
        // and the names under it head nothing (a short text's headline may be a page title's
        // shape, "JOINT STATEMENT | Release the detained defenders", its one sentence no prose).
        // A text that names its signers first, over any line of its own ("Signatories:" / the
        // names / "Joint statement: …" / its text), has its headline under their run: the
        // search goes on past it. So it does past a line of the header and its names
        // ("Signatories: Amber Watch (Kenya), Birchwood Forum (Uganda)").
        bool const nothing_yet = !prose_seen && !first_heading && !dated_heading && !site_titled && !short_heading &&
                                 !name_heading;
        bool const glued_names = nothing_yet && entries_after_header(cleaned.substr(b.content_begin, b.end - b.content_begin));
        if ((is_signatory_header(folded[i]) || heads_those_spoken_for(b, folded[i])) && !glued_names) {
            if (!nothing_yet) break;
            std::size_t names_end = i + 1;
            while (names_end + 1 < limit && !blocks[names_end + 1].after_blank) ++names_end;
            i = names_end;
            continue;
        }
        if (glued_names) continue;
        // "Coral Institute (Kenya)" / "Dune Watch (Tanzania)" / …: a text that opens with signers'
        // entries, each a name and its country in parentheses or after a dash ("Dune Watch –
        // Tanzania"), lists them under no headline.
        if (nothing_yet && i + 1 < blocks.size() && names_with_country(b) && names_with_country(blocks[i + 1])) {
            while (i + 1 < limit && names_with_country(blocks[i + 1])) ++i;
            continue;
        }
        if (!prose_seen && is_proceeding_caption(b, folded[i])) {
            captioned = true;
            continue;
        }
        // "JAMnews" or "Новости Армении — NEWS.am" / "Georgia Armenia Azerbaijan Russia World" /
        // the article: a menu of the site's sections on the page's first or second line ends its
        // header, and what stands over it is the site's name. So does a menu of its pages ("AFU ·
        // Amber Federation of Unions" / "Home  News  Campaigns  Contact"), chrome as it is.
        // Further down, a line of capitalised words is more often an address's or a name's.
        if (i <= from + 1 && (is_section_menu(b, folded[i]) || is_spaced_menu_line(b, folded[i]))) {
            first_heading.reset(), dated_heading.reset(), name_heading.reset();
            continue;
        }
        // "Other organisations can join the statement by writing to info@…": an invitation to
        // sign names the kind, and heads nothing; but for a signing page's button that keys the
        // headline over the text ("Sign the petition: Free the Sandbar Four").
        // "12,487 have signed. Let's get to 15,000!": a signing page's counter heads nothing either.
        if (!heading_like(b) || is_chrome(b, folded[i]) || is_date_line(b) || is_page_furniture(b) || is_byline(b) ||
            is_count_line(b.text) ||
            is_dated_chrome(b, folded[i]) || is_dashed_breadcrumb(b, folded[i]) || is_delivery_line(b, folded[i]) ||
            is_speaker_line(b, folded[i]) || is_behalf_line(b, folded[i]) || is_sender_line(b, folded[i]) ||
            is_review_cover_line(b, folded[i]) ||
            (is_signing_invitation(b, folded[i]) && (prose_seen || !invitation_keys_headline(b, folded[i]))))
            continue;
        // "Format" / "News and Press Release": a page's field, its value under its label, names
        // the page's kind of content, and heads nothing.
        if (i > from && is_field_label(blocks[i - 1], folded[i - 1]) && is_field_value(b)) continue;
        // A letterhead or a reader's address: a name over its address or contacts, no headline.
        // The name may stand a few lines over a postal address ("Rt Hon Mira Tallow MP" /
        // "Secretary of State" / "King Charles Street" / "London SW1A 2AH"), which ends with its
        // last postcode. Not a line dated right under it, a headline as on a news page ("Open
        // letter to …" / "Port Amber, 25 April 2026" / "The Hon. Mira Tallow" / … / "Pelham 0001"
        // in a text without blank lines). A UPR submission's cover line under a headline is no
        // line of an address, though "4TH CYCLE" has a postcode's shape.
        std::size_t address_end = i;
        auto const postal = [&](std::size_t j) { return is_postal_line(blocks[j]) && !is_review_cover_line(blocks[j], folded[j]); };
        if (i + 1 < blocks.size() && !blocks[i + 1].after_blank && is_contact_line(blocks[i + 1]) &&
            !is_review_cover_line(blocks[i + 1], folded[i + 1]))
            address_end = i + 1;
        else if (i + 1 < blocks.size() && !is_date_line(blocks[i + 1]))
            for (std::size_t j = i + 1; address_end == i && j < blocks.size() && j <= i + 4 && !blocks[j].after_blank &&
                                        !is_prose_in_characters(blocks[j]);
                 ++j)
                if (postal(j)) address_end = j;
        if (address_end > i) {
            for (i = address_end; i + 1 < limit && !blocks[i + 1].after_blank && is_contact_line(blocks[i + 1]);) ++i;
            continue;
        }
        // "Statement | Rights Watch": the page's title with the site's name after a bar (an
        // HTML <title>), taken only when no other line reads as the headline, as the page's
        // own heading follows it; so is a PDF's running header, its parts apart by a gap
        // ("Lakeshore Rights Watch            Joint Statement").
        // Not "STATEMENT | Stop the red-tagging of community journalists in Negros": a kind's
        // label before the bar and words after it that read as no site's name, the headline under
        // its section's label (trim_headline() takes the label off).
        auto const headline_after_label = [&] {
            auto const bar = b.text.find(" | ");
            auto const after = b.text.substr(bar + 3);
            return bar <= 48 && word_count(after, 3) >= 3 && !reads_as_name(after) &&
                   kind_phrase_label(b.text.substr(0, bar), table);
        };
        // A line in two columns, the left one's words and their translation, is read as its left
        // column: a kind's label over the headline under it, or the headline (trim_headline()
        // keeps its left column).
        std::size_t translated_gap = std::string_view::npos;
        if (b.kind != block_kind::heading && b.lines == 1 && layout::has_column_gap(raw_line(b))) {
            translated_gap = translated_column_gap(raw_line(b), table);
            if (auto const label = translated_gap == std::string_view::npos
                                       ? lang::phrase_match{}
                                       : kind_phrase_label(raw_line(b).substr(0, translated_gap), table);
                label && i + 1 < limit && heading_like(blocks[i + 1]) && word_count(blocks[i + 1].text, 3) >= 3 &&
                !is_date_line(blocks[i + 1]) && !is_chrome(blocks[i + 1], folded[i + 1]))
                return {i + 1, std::nullopt, i, label};
        }
        if (b.kind != block_kind::heading &&
            ((b.text.find(" | ") != std::string_view::npos && !headline_after_label()) ||
             (b.lines == 1 && translated_gap == std::string_view::npos && layout::has_column_gap(raw_line(b))))) {
            if (!site_titled) site_titled = headline{i, std::nullopt};
            continue;
        }
        std::optional<lang::phrase_match> kind_word;
        auto const names_kind = [&] {
            if (!kind_word) kind_word = lang::find_any<&lang::language_table::kind_words>(folded[i], table);
            return static_cast<bool>(*kind_word);
        };
        // An address block: its first line names the reader, the next two or so their office.
        if (addresses_or_leads_in(b, folded[i])) {
            address_lines = b.text.back() == ':' ? 0 : 3;
            continue;
        }
        // "Re: Ban on the Pride March": a subject line under the address is no line of it.
        if (address_lines > 0 && !names_kind() && !opens_with_subject_key(folded[i])) {
            --address_lines;
            continue;
        }
        address_lines = 0;
        if (site_heading(i) && !names_kind()) {
            if (!short_heading) short_heading = headline{i, kind_word};
            continue;
        }
        if (b.kind == block_kind::heading && b.heading_level == 1) return {i, kind_word};
        // A headline that names the kind may follow a lede paragraph. A label that only names
        // it stands over the headline, a date or chrome between them at most.
        if (names_kind()) {
            // "Заява беларускіх праваабаронцаў" / "Заявление белорусских правозащитников о …": the
            // headline in another language right over the text's own, which names the kind in the
            // text's words, is no headline of it (a label that only names the kind stays one).
            if (table != nullptr && kind_word->table != table && i + 1 < limit && !blocks[i + 1].after_blank &&
                heading_like(blocks[i + 1]) && !is_kind_label(b, folded[i], *kind_word)) {
                auto const own = lang::find_any<&lang::language_table::kind_words>(folded[i + 1], table);
                if (own && own.table == table) continue;
            }
            // "APPEAL OF LAWYERS AND HUMAN RIGHTS DEFENDERS" / "IN SUPPORT OF THE IMPRISONED LAWYERS
            // OF BELARUS", "GLOBAL UNION FEDERATIONS – JOINT STATEMENT" / "ON THE RIGHT TO STRIKE …":
            // a line that names the kind and its authors, wrapped on into the line right under it, which goes on with
            // what it is about (a topic's word or a function word first), is the headline's first
            // line; find_headline() joins the rest.
            if (b.kind != block_kind::heading && i + 1 < limit && !blocks[i + 1].after_blank &&
                !is_kind_label(b, folded[i], *kind_word) &&
                (names_only_authors(b, folded[i], *kind_word, false) || names_author_before_kind(b, folded[i], *kind_word)) &&
                continues_headline(b, blocks[i + 1], folded[i + 1]) &&
                (lang::starts_with_any<&lang::language_table::topic_markers>(folded[i + 1]) ||
                 lang::starts_with_any<&lang::language_table::stop_words>(folded[i + 1])))
                return {i, kind_word};
            // "ОБРАЩЕНИЕ ПРАВОЗАЩИТНИКОВ" / "В ЗАЩИТУ ЖУРНАЛИСТОВ ЧАДА", "APPEAL" / "ON THE DETENTION OF
            // JOURNALISTS IN CHAD": a label in capitals wrapped right over what the text is about,
            // in capitals too, is the headline's first line.
            if (b.kind != block_kind::heading && i + 1 < limit && is_kind_label(b, folded[i], *kind_word) &&
                wraps_onto_topic(b, blocks[i + 1], folded[i + 1]))
                return {i, kind_word};
            if (b.kind != block_kind::heading &&
                (is_kind_label(b, folded[i], *kind_word) || names_only_authors(b, folded[i], *kind_word, first_heading.has_value()) ||
                 names_author_before_kind(b, folded[i], *kind_word))) {
                bool address_passed = false;
                std::size_t label_lines = 1;
                // A label low among the lines searched has its headline a few lines under it all
                // the same (a UN statement's submitters' line, under its session's heading and
                // agenda item, over the Secretary-General's note, its date and the note on its mark).
                std::size_t const below = std::min(blocks.size(), std::max(limit, i + 6));
                for (std::size_t j = i + 1; j < below; ++j) {
                    auto const& next = blocks[j];
                    if (j == i + 1 && wraps_label_authors(b, next, folded[j])) {
                        label_lines = 2;
                        continue;
                    }
                    if (j == i + 1 && j + 1 < below && is_kind_label(b, folded[i], *kind_word) &&
                        names_author_over_topic(next, folded[j], blocks[j + 1], folded[j + 1]))
                        return {i, kind_word, std::nullopt, std::nullopt, 1, j};
                    // "Joint Oral Statement" / "Delivered by: Ms …" / "On behalf of: A, B and C": who
                    // speaks it, and for whom. Over the names of those it speaks for ("Delivered by
                    // Mira Tallow on behalf of the following organisations:", "On behalf of:"), such
                    // a line ends the search: the names under it head nothing.
                    if (heads_those_spoken_for(next, folded[j])) break;
                    if (is_speaker_line(next, folded[j]) || is_behalf_line(next, folded[j])) continue;
                    // "Tbilisi – Yerevan – Baku, 22 December 2023": a dateline of a few places; "Beirut,
                    // 3 May 2024 – World Press Freedom Day": one with its day's occasion.
                    // "TAKE ACTION" / "Sign our petition to the Prosecutor General" / "Add your name" /
                    // "3,412 people have taken action": a signing page's box under the label, its
                    // buttons (of any length: the one that names whom the petition is to too) and
                    // its counter, stands over the text and heads nothing.
                    if (is_signing_date_line(next) || is_chrome(next, folded[j]) || is_page_furniture(next) ||
                        lang::starts_with_any<&lang::language_table::signing_invitations>(folded[j]) ||
                        is_count_line(next.text) ||
                        is_dated_chrome(next, folded[j]) || is_byline(next) || layout::opens_dateline(next.text) ||
                        introduces_text_below(folded[j], table) || notes_label_mark(b, next, cleaned))
                        continue;
                    // "JOINT STATEMENT" / "Amber Lantern Association (Armenia)" / "Birchwood …
                    // (Poland)" / the headline: the signers listed under the label, lines of
                    // names with their countries, stand over the headline.
                    if (!next.text.empty() && next.text.back() == ')' && j + 1 < below && !blocks[j + 1].after_blank &&
                        !blocks[j + 1].text.empty() && blocks[j + 1].text.back() == ')') {
                        while (j + 1 < below && !blocks[j + 1].after_blank) ++j;
                        continue;
                    }
                    // "OPEN LETTER" / "To Ms Mira Tallow, President of …" / "Port Amber, 2 December
                    // 2026" / "Subject: …": a letter's subject line under its key is the headline, the
                    // lines of its address passed ("To:" / "Members of the Committee on …", no
                    // blank line between them).
                    if (heading_like(next) && opens_with_subject_key(folded[j]) && word_count(next.text, 3) >= 3)
                        return {j, std::nullopt, i, kind_word, label_lines};
                    if (addresses_or_leads_in(next, folded[j])) {
                        address_passed = true;
                        while (j + 1 < below && !blocks[j + 1].after_blank && !is_prose_in_characters(blocks[j + 1]) &&
                               !opens_with_subject_key(folded[j + 1]))
                            ++j;
                        continue;
                    }
                    // "STATEMENT" / "Regarding the attack on …": a subject line without its key is
                    // no headline, nor a line under an address or right over an address line (the
                    // address's in another language: "Ашық хат / Открытое письмо" / "<the
                    // President, in Kazakh>" / "Президенту …"). Not the opening ("We, the
                    // undersigned …"), however it ends.
                    bool const over_address = j + 1 < below && !blocks[j + 1].after_blank &&
                                              addresses_or_leads_in(blocks[j + 1], folded[j + 1]);
                    if (!address_passed && !over_address && heading_like(next) && !is_prose_in_characters(next) &&
                        word_count(next.text) >= 3 && next.text.find(" | ") == std::string_view::npos &&
                        !lang::find_any<&lang::language_table::opening_phrases>(folded[j]) &&
                        !lang::starts_with_any<&lang::language_table::subject_openers>(folded[j]))
                        return {j, std::nullopt, i, kind_word, label_lines};
                    break;
                }
                // "ARMENIA: AUTHORITIES MUST …" / "Press release": a headline over the label.
                if (first_heading && !prose_seen && !captioned) return {first_heading->block, first_heading->kind_word, i, kind_word};
            }
            // "Iran: Release …" / "Statement of solidarity – 16 September 2024 – Second anniversary
            // of …": a line that names the kind and dates it is the subtitle of the headline right
            // above it (under a site's name: "Ligue des droits humains – Bruxelles" / "Belgique : …" /
            // "Communiqué de presse conjoint – 18 novembre 2024"). So is one that names its
            // addressee after the kind ("Open letter to President Mira Tallow").
            if (first_heading && !prose_seen && b.kind != block_kind::heading && *first_heading->block < i &&
                (dated_after_separator(b) || names_addressee_after_kind(b, folded[i], *kind_word))) {
                auto const above = i - 1;
                if (above == *first_heading->block) return {above, first_heading->kind_word, i, kind_word};
                if (heading_like(blocks[above]) && word_count(blocks[above].text, 3) >= 3 && !is_chrome(blocks[above], folded[above]) &&
                    !is_date_line(blocks[above]) && !is_prose_in_characters(blocks[above]))
                    return {above, std::nullopt, i, kind_word};
            }
            return {i, kind_word};
        }
        if (prose_seen) continue;
        // "Kestania Rights Watch" over "Kestania: free the activists now": a name of a few
        // capitalised words with an organisation word is the letterhead, the next line the headline.
        auto const letterhead = [&] {
            if (word_count(b.text, 6) > 5 || b.text.find(':') != std::string_view::npos ||
                !lang::find_any<&lang::language_table::organisation_words>(folded[i]))
                return false;
            for (std::size_t at = 0; at != std::string_view::npos; at = b.text.find(' ', at + 1)) {
                auto const start = at == 0 ? 0 : at + 1;
                if (start < b.text.size() && !utf8::is_upper_letter(utf8::decode(b.text, start).cp)) return false;
            }
            return true;
        };
        if (!first_heading && word_count(b.text) >= 3) {
            if (!letterhead()) first_heading = headline{i, kind_word};
            else if (!name_heading) name_heading = headline{i, kind_word};
        } else if (first_heading && !site_name_passed && word_count(b.text, 6) >= 5 && b.text.back() != ')' &&
                   !reads_as_name(b.text) && reads_as_name(blocks[*first_heading->block].text) &&
                   !lang::find_any<&lang::language_table::first_person_plural>(folded[i]) &&
                   !lang::find_any<&lang::language_table::kind_words>(folded[*first_heading->block], table)) {
            // "Index on Censorship" / "Azerbaijan: Stop the crackdown …": a site's name over the
            // page's headline, a few capitalised words that say nothing (not "Joint Submission on
            // Tajikistan" over its signers, nor "Elections in Armenia" over "We, the members …").
            site_name_passed = true;
            if (dated_heading && dated_heading->block == first_heading->block) dated_heading.reset();
            first_heading = headline{i, kind_word};
        }
        // A news page puts the date right under the headline, or its author ("By Staff Writer").
        // Not the last line of a headline wrapped over it ("TAJIKISTAN: … MUST END" / "FROM THE
        // EUROPEAN UNION" / "12 March 2026"): the headline's first line. A UPR submission's cover
        // lines may stand between them ("JOINT SUBMISSION TO THE UNIVERSAL PERIODIC REVIEW OF …" /
        // "4TH CYCLE" / "Submitted by … on 15 April 2026").
        auto const dated_under = [&] {
            std::size_t under = i + 1;
            while (under < blocks.size() && under < i + 4 && is_review_cover_line(blocks[under], folded[under])) ++under;
            return under < blocks.size() && (is_date_line(blocks[under]) || is_author_line(blocks[under]));
        };
        if (!dated_heading && word_count(b.text) >= 3 && dated_under()) {
            std::size_t start = i;
            while (start > from && start + 2 > i && !blocks[start].after_blank &&
                   continues_headline(blocks[start - 1], blocks[start], folded[start]))
                --start;
            dated_heading = first_heading && *first_heading->block == start && start != i ? *first_heading : headline{i, kind_word};
        }
    }
    if (dated_heading) return *dated_heading;
    if (first_heading) return *first_heading;
    if (mail_subject) return *mail_subject;
    if (name_heading) return *name_heading;
    if (short_heading) return *short_heading;
    if (site_titled) return *site_titled;
    return {};
}

// "We, the undersigned members of the Civic Solidarity Platform (CSP)": the coalition after
// one of the tables' member phrases, in the opening or the title.
// Outside an opening or a title, only the authors' own "We, members of …" counts (not "the
// leaders and members of the Congress of Trade Unions" they write about).
inline void document_reader::read_front_matter() {
    if (n > 1 && blocks[0].text == "---") {
        for (std::size_t i = 1; i < n && i < 60; ++i)
            if (blocks[i].text == "---") {
                front_matter_end = i + 1;
                break;
            }
        for (std::size_t i = 0; i < front_matter_end; ++i) {
            roles[i] = block_role::metadata;
            std::string_view t = blocks[i].text;
            // The value of "key: value", without its quotes, as a text block.
            auto const value_of = [&](std::size_t key_length) {
                auto value = t.substr(key_length);
                while (!value.empty() && (value.front() == ' ' || value.front() == '"')) value.remove_prefix(1);
                while (!value.empty() && value.back() == '"') value.remove_suffix(1);
                auto b = blocks[i].begin + static_cast<std::size_t>(value.data() - t.data());
                return text_block{std::string(value), in_.spans(b, b + value.size())};
            };
            if (t.compare(0, 6, "title:") == 0) front_matter_title = value_of(6);
            if (t.compare(0, 7, "author:") == 0) front_matter_author = value_of(7);
            if (t.compare(0, 5, "date:") == 0)
                if (auto d = grammar::find_date(t.substr(5))) {
                    statement_date sd;
                    sd.year = d->year, sd.month = d->month, sd.day = d->day;
                    sd.span = in_.spans(blocks[i].begin, blocks[i].end);
                    front_matter_date = sd;
                }
        }
    }

}


// "OPEN LETTERProtect civic space in …", "JOINT STATEMENTAzerbaijan: Release …": a PDF's kicker,
// a kind's label in capitals set over the headline, whose line break the copy lost. The label
// ends with a capital glued to the headline's first word, a capital and a small letter; it is
// all a kind's phrase and a word at most. The label's length in `text`, 0 if there is none;
// `kind_word` is its kind word, found at the label's start.
inline std::size_t glued_kind_label(std::string_view text, lang::language_table const* table,
                                    std::optional<lang::phrase_match>& kind_word) {
    constexpr std::size_t reach = 48;  // a label of a few words
    std::size_t previous = 0, before_previous = std::string_view::npos;
    for (std::size_t at = 0; at < text.size() && at < reach;) {
        auto const d = utf8::decode(text, at);
        if (utf8::is_lower_letter(d.cp)) {
            // The label ends before the capital that opens the headline's first word.
            if (at == 0 || before_previous == std::string_view::npos || !utf8::is_upper_letter(utf8::decode(text, previous).cp) ||
                !utf8::is_upper_letter(utf8::decode(text, before_previous).cp))
                return 0;
            auto const m = kind_phrase_label(text.substr(0, previous), table);
            if (!m) return 0;
            kind_word = m;
            return previous;
        }
        if (!utf8::is_upper_letter(d.cp) && d.cp != ' ') return 0;
        before_previous = at == 0 ? std::string_view::npos : previous;
        previous = at;
        at += d.length;
    }
    return 0;
}

// "Free the Harbour Five 12,345 signatures", "Stop the closure of the library 4,210 people have
// signed": a signing page's counter glued to the headline it stands under, where the copy lost the
// line between them. The counter is a count of the line's end (is_count_line), its last words the
// tables' word for signers, and three words of the headline at least stand before it ("Free the
// 1,200 prisoners" counts whom it is about); its number no year ("… updated 20 May 2025 with new
// signatories"). Where the counter starts in `headline`, npos if none.
inline std::size_t glued_counter_at(std::string_view headline) {
    // The counter's number is the last word that opens with a digit: one search from the end.
    std::size_t at = std::string_view::npos;
    for (auto space = headline.rfind(' '); space != std::string_view::npos && space > 0; space = headline.rfind(' ', space - 1))
        if (space + 1 < headline.size() && headline[space + 1] >= '0' && headline[space + 1] <= '9') {
            at = space;
            break;
        }
    if (at == std::string_view::npos) return at;
    auto const counter = headline.substr(at + 1);
    // "… updated 20 May 2025 with new signatories": a year is no count.
    auto const number = counter.substr(0, counter.find(' '));
    bool const year = number.size() == 4 && (number.compare(0, 2, "19") == 0 || number.compare(0, 2, "20") == 0) &&
                      std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (year || word_count(headline.substr(0, at), 3) < 3 || !is_count_line(counter)) return std::string_view::npos;
    auto words = utf8::fold(counter);
    while (!words.empty() && (words.back() == '.' || words.back() == '!' || words.back() == ' ')) words.pop_back();
    auto const signers = lang::find_last<&lang::language_table::signatory_headers>(words);
    return signers && signers.position + signers.phrase.size() == words.size() ? at : std::string_view::npos;
}

// The headline's words: without a post's pictographs before them ("❗️Заява …"), and without
// the key of a letter's subject line that is its headline ("Re: Joint NGO letter on the
// dialogue", "Subject: …", "Objet : …", "Betreff: …"); both stay in the title's block of the
// outline.
inline void document_reader::trim_headline() {
    auto const raw = raw_of(title);
    auto value = static_cast<std::size_t>(utf8::without_leading_pictographs(raw).data() - raw.data());
    auto const key = lang::starts_with_any<&lang::language_table::subject_openers>(folded[title]);
    if (key && key.phrase.back() == ':')
        if (auto const colon = raw.find(':', value); colon != std::string_view::npos) {
            value = raw.find_first_not_of(" \t", colon + 1);
            // "Subject: Fwd: [SIGN-ON] Letter to …": what a mail program or a mailing list puts
            // before an e-mail's subject, a forward's or a reply's mark and a list's tag, is no
            // part of it either.
            for (bool skipped = true; skipped && value != std::string_view::npos;) {
                skipped = false;
                auto const rest = raw.substr(value);
                auto const close = rest.find(']');
                std::size_t mark = rest.front() == '[' && close != std::string_view::npos && close <= 24 ? close + 1 : 0;
                for (std::string_view prefix : {"fw:", "fwd:", "re:", "tr:", "wg:", "aw:"})
                    if (mark == 0 && rest.size() > prefix.size() && utf8::lower_same_length(rest.substr(0, prefix.size())) == prefix)
                        mark = prefix.size();
                if (mark > 0 && mark < rest.size()) {
                    value = raw.find_first_not_of(" \t", value + mark);
                    skipped = true;
                }
            }
        }
    if (value == std::string_view::npos) value = 0;
    // The kind named by a kicker glued to the headline is the headline's kind.
    if (value == 0) value = glued_kind_label(raw, table, title_kind_word);
    // "COMUNICADO CONJUNTO | Exigimos la liberación …", "JOINT STATEMENT | Release the detained
    // defenders": a kind's label before a bar, as a page's section is written over its headline,
    // names the kind; the headline is what follows it.
    if (auto const bar = value == 0 ? raw.find(" | ") : std::string_view::npos;
        bar != std::string_view::npos && bar <= 48 && word_count(raw.substr(bar + 3), 3) >= 3 &&
        kind_phrase_label(raw.substr(0, bar), table))
        value = raw.find_first_not_of(' ', bar + 3);
    // "BAKU, 6 March 2026 – <headline>", "12.02.2026 | <headline>": a dateline before the
    // headline on its line is no part of it. A date after it ("<headline> | 12 February 2026",
    // "<headline> (12 February 2026)", "Communiqué commun des URIF - 5 décembre 2019") is
    // written as part of it, as the annotations keep it. Either dates the statement where
    // nothing else does.
    auto const date_of = [&](std::size_t from, std::size_t to) -> std::optional<grammar::ast::date> {
        auto const lowered = utf8::lower_same_length(raw.substr(from, to - from));
        auto d = grammar::find_date(lowered);
        if (!d) return std::nullopt;
        // Held as offsets into raw: the lowered copy goes.
        auto const first = from + static_cast<std::size_t>(d->first - lowered.data());
        auto const last = from + static_cast<std::size_t>(d->last - lowered.data());
        d->first = raw.data() + first, d->last = raw.data() + last;
        return d;
    };
    auto const keep_date = [&](grammar::ast::date const& d) {
        statement_date sd;
        sd.year = d.year, sd.month = d.month, sd.day = d.day;
        auto const b = blocks[title].content_begin + static_cast<std::size_t>(d.first - raw.data());
        sd.span = in_.spans(b, b + static_cast<std::size_t>(d.last - d.first));
        headline_date = sd;
    };
    auto const separator_at = [&](std::size_t at) -> std::size_t {  // " – ", " | ", ": " … and its spaces
        std::size_t i = at;
        while (i < raw.size() && raw[i] == ' ') ++i;
        if (i >= raw.size()) return 0;
        std::size_t const mark = raw[i] == '|' || raw[i] == ':' || raw[i] == '-' ? 1 : text::dash_length_at(raw, i);
        if (mark == 0 || i + mark >= raw.size() || raw[i + mark] != ' ') return 0;
        i += mark;
        while (i < raw.size() && raw[i] == ' ') ++i;
        return i - at;
    };
    if (grammar::could_hold_date(raw.substr(value, 64)))
        if (auto const d = date_of(value, std::min(raw.size(), value + 64))) {
            auto const before = raw.substr(value, static_cast<std::size_t>(d->first - raw.data()) - value);
            auto const after = static_cast<std::size_t>(d->last - raw.data());
            bool const placed = before.empty() || (before.size() >= 2 && before.substr(before.size() - 2) == ", " &&
                                                   word_count(before, 4) <= 3);
            if (auto const skip = placed ? separator_at(after) : 0; skip && after + skip < raw.size()) {
                keep_date(*d);
                value = after + skip;
            }
        }
    // "Joint statement of 18 June 2025 on …", "Déclaration commune du 3 mars 2026 sur …",
    // "Заявление от 5 мая 2026 года о …": the date the kind's words give themselves, right after
    // them and a short word in lower case, is the statement's; the headline keeps it. (A date
    // further on in a headline is what it is about: "… on the events of 2 June 2025".)
    if (!headline_date && grammar::could_hold_date(raw.substr(value, 96)))
        if (auto const d = date_of(value, std::min(raw.size(), value + 96))) {
            auto before = raw.substr(value, static_cast<std::size_t>(d->first - raw.data()) - value);
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            auto const space = before.rfind(' ');
            auto const word = space == std::string_view::npos ? std::string_view() : before.substr(space + 1);
            auto const kind = before.substr(0, space == std::string_view::npos ? 0 : space);
            if (!word.empty() && word.size() <= 4 && utf8::is_lower_letter(utf8::decode(word, 0).cp) &&
                word_count(kind, 4) <= 3 && lang::find_any<&lang::language_table::kind_words>(utf8::lower_same_length(kind), table))
                keep_date(*d);
        }
    if (!headline_date && raw.size() > value + 12 && raw.back() >= '0' && raw.back() <= '9') {
        // "… | 12 February 2026": a separator, then the date alone.
        for (std::string_view separator : {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "})
            if (auto const at = text::rfind_short(raw, separator); at != std::string_view::npos && at > value && raw.size() - at <= 40)
                if (auto const d = date_of(at + separator.size(), raw.size());
                    d && d->first == raw.data() + at + separator.size() && d->last == raw.data() + raw.size()) {
                    keep_date(*d);
                    break;
                }
    }
    if (!headline_date && raw.size() > value + 12 && raw.back() == ')')
        // "… (12 February 2026)"
        if (auto const open = text::rfind_short(raw, " ("); open != std::string_view::npos && open > value && raw.size() - open <= 40)
            if (auto const d = date_of(open + 2, raw.size() - 1);
                d && d->first == raw.data() + open + 2 && d->last == raw.data() + raw.size() - 1) {
                keep_date(*d);
            }
    // "<headline> | Northern Rights Watch": a page's title with its site's name after a bar. The
    // name (a few words without a digit: not a date) is the site's, no part of the headline.
    // "ОБРАЩЕНИЕ БЕЛОРУССКИХ КУЛЬТУРНЫХ ДЕЯТЕЛЕЙ ⚡️": a post's pictographs after the headline
    // are no part of it either.
    std::size_t const words_end = std::max(value, utf8::without_trailing_pictographs(raw).size());
    std::size_t end = words_end;
    if (auto const bar = text::rfind_short(raw, " | "); bar != std::string_view::npos && bar > value) {
        auto const site = raw.substr(bar + 3);
        if (!site.empty() && !text::has_digit(site) && word_count(site, 6) <= 5 &&
            word_count(raw.substr(value, bar - value), 3) >= 3)
            end = bar;
    }
    if (end == words_end)
        if (auto const dash = publisher_after_dash(raw.substr(value), in_.cleaned.text); dash != std::string_view::npos)
            end = value + dash;
    if (end == words_end)
        if (auto const counter = glued_counter_at(raw.substr(value, end - value)); counter != std::string_view::npos)
            end = value + counter;
    // "Carta abierta a la Asamblea Nacional / Open letter to the National Assembly": the headline
    // and its translation after a slash, in another script or another language; the first.
    if (auto const slash = end == words_end ? raw.find(" / ", value) : std::string_view::npos;
        slash != std::string_view::npos && raw.find(" / ", slash + 3) == std::string_view::npos) {
        auto const left = raw.substr(value, slash - value), right = raw.substr(slash + 3, end - slash - 3);
        if (word_count(left, 3) >= 3 && word_count(right, 3) >= 3 && translates_headline(left, right, table)) end = slash;
    }
    // "Free the Lakeside journalists now      Libérez les journalistes de Lakeside": the headline
    // and its translation in two columns; the left one.
    if (blocks[title].lines == 1 && end == words_end)
        if (auto const gap = translated_column_gap(raw.substr(value), table); gap != std::string_view::npos) end = value + gap;
    if (value == 0 && end == raw.size()) return;
    auto const begin = blocks[title].content_begin + value;
    st.title = text_block{layout::collapse_spaces(raw.substr(value, end - value)),
                          in_.spans(begin, blocks[title].content_begin + end)};
}

inline void document_reader::find_headline() {
    // What stands before the headline: site chrome, the publisher's line.
    // A site's menu a line an item is the page's, over the headline; the publisher's name is not among it.
    auto const menu_end = past_line_menu(blocks, folded, front_matter_end);
    // An e-mail's header where the headline's search begins (`menu_end` where there is none).
    auto const mail_end = mail_header_end(blocks, folded, menu_end);
    auto const found = find_title(blocks, folded, table, menu_end, mail_end, in_.cleaned.text);
    title = found.block.value_or(none);
    title_kind_word = found.kind_word;
    kind_label = found.label.value_or(none);
    kind_label_word = found.label_kind_word;
    kind_label_lines = found.label_lines;
    // A Markdown heading outranks the front matter's title; a line that only looks like one does not.
    if (front_matter_title && title != none && blocks[title].kind != block_kind::heading) {
        title = none;
        title_kind_word.reset();
    }
    body_start = front_matter_end;
    if (front_matter_title && title == none) st.title = front_matter_title;
    // No headline, but a breadcrumb before the text: its last part names the page.
    for (std::size_t i = front_matter_end; title == none && !st.title && i < n && i < front_matter_end + 12; ++i) {
        if (is_prose_in_characters(blocks[i])) break;
        if (!is_breadcrumb_line(blocks[i], folded[i])) continue;
        auto const raw = raw_of(i);
        if (auto const at = last_crumb_at(raw); at != std::string_view::npos)
            st.title = text_block{layout::collapse_spaces(raw.substr(at)),
                                  in_.spans(blocks[i].content_begin + at, blocks[i].content_begin + raw.size())};
        break;
    }
    if (title != none) {
        // What stands before the headline is chrome, but for a lede paragraph (outside the
        // page's chrome by its markup). Over a text that a mail forwards, the headers' lines
        // are the mails' metadata (their "To:" names the forwarder's readers, none of the
        // text's), and the forwarder's note is the mail's, no lede.
        auto const forwarded_start = forwarded_text_start(blocks, folded, std::max(mail_end, menu_end + 1), title);
        // A UPR submission's cover lines over it ("Universal Periodic Review of …" / "4th Cycle")
        // are its metadata.
        for (std::size_t i = front_matter_end; i < title; ++i)
            roles[i] = i < forwarded_start ? (opens_with_mail_key(blocks[i].text) ? block_role::metadata : block_role::chrome_header)
                       : is_review_cover_line(blocks[i], folded[i])                ? block_role::metadata
                       : is_prose(blocks[i]) && !blocks[i].site_chrome             ? block_role::paragraph
                                                                                   : block_role::chrome_header;
        for (std::size_t i = kind_label; i != none && i < kind_label + kind_label_lines; ++i) roles[i] = block_role::metadata;
        roles[title] = block_role::title;
        st.title = text_of(title);
        trim_headline();
        body_start = title + 1;
        // The author's line under the label, over the subject the headline goes on with.
        if (found.author_line) {
            roles[*found.author_line] = block_role::metadata;
            body_start = *found.author_line + 1;
        }
        // A headline wrapped over three lines at most.
        for (int more = 0; more < 2 && body_start < n &&
                           continues_headline(blocks[body_start - 1], blocks[body_start], folded[body_start]) &&
                           !is_chrome(blocks[body_start], folded[body_start]) &&
                           !is_review_cover_line(blocks[body_start], folded[body_start]);
             ++more) {
            roles[body_start] = block_role::title;
            st.title->text += ' ';
            st.title->text += blocks[body_start].text;
            auto const whole = in_.spans(blocks[title].begin, blocks[body_start].end);
            st.title->span.end = whole.end, st.title->span.stop = whole.stop;
            ++body_start;
        }
        // The publisher: the site's or organisation's name, the first short line above the
        // headline that is not a menu, a date, a page title with a site's name or other chrome.
        // Nor a PDF's page furniture ("Page 1 of 2", a running header with its page's number),
        // a line that names the reader ("To: the Minister …"), one that leads in, a key and its
        // value ("Cc: …"). Nor one that dates something, a deadline for signing over the headline
        // ("Подписи принимаются до 15 марта 2024 года"): a name holds no day's date.
        // Nor a line of the cover note under an e-mail's header ("Cordialement," / "Le secrétariat"):
        // the mail's sender is not the statement's publisher. Nor a filing's caption and what
        // stands under it ("Before the" / "Federal Communications Commission"): the tribunal's.
        // Nor the headline in another language right over it ("Заява беларускіх праваабаронцаў" /
        // "Заявление белорусских правозащитников о …"), which names the kind as it does.
        auto const headline_in_other_words = [&](std::size_t i) {
            return i + 1 == title && !blocks[title].after_blank &&
                   lang::find_any<&lang::language_table::kind_words>(folded[i], table);
        };
        // Nor a line over the text that a mail forwards (the forwarder's note and name: "Best," /
        // "Mira Tallow" / "Amber Civic Network" / "---------- Forwarded message ---------" / …).
        for (std::size_t i = std::max(menu_end, forwarded_start);
             i < title && !st.publisher && mail_end == menu_end && !is_proceeding_caption(blocks[i], folded[i]); ++i)
            if ((kind_label == none || i < kind_label || i >= kind_label + kind_label_lines) && heading_like(blocks[i]) &&
                !is_chrome(blocks[i], folded[i]) && !is_date_line(blocks[i]) &&
                !holds_day_date(blocks[i]) &&
                !is_byline(blocks[i]) && !is_dated_chrome(blocks[i], folded[i]) &&
                blocks[i].text.size() <= 80 && word_count(blocks[i].text) <= 8 &&
                blocks[i].text.find(" | ") == std::string_view::npos && !is_page_furniture(blocks[i]) &&
                !text::page_mark_at_end(blocks[i].text) && !addresses_or_leads_in(blocks[i], folded[i]) &&
                blocks[i].text.find(": ") == std::string_view::npos && !headline_in_other_words(i) &&
                !is_review_cover_line(blocks[i], folded[i]))
                st.publisher = text_of(i);
    }
    // Chrome, page numbers, date lines, bylines and a UPR submission's cover lines ("4th Cycle")
    // between the headline and the text.
    for (; body_start < n; ++body_start) {
        bool const date = is_date_line(blocks[body_start]) || is_byline(blocks[body_start]) ||
                          is_review_cover_line(blocks[body_start], folded[body_start]);
        if (!date && !is_chrome(blocks[body_start], folded[body_start]) && !is_page_furniture(blocks[body_start])) break;
        roles[body_start] = date ? block_role::metadata : block_role::chrome_header;
        // "Format" / "News and Press Release", "Source" / "CARE, IRC, NRC": a page's field, its
        // label alone on its line and its value a short line right under it.
        if (is_field_label(blocks[body_start], folded[body_start]) && body_start + 1 < n &&
            is_field_value(blocks[body_start + 1])) {
            ++body_start;
            roles[body_start] = is_date_line(blocks[body_start]) ? block_role::metadata : block_role::chrome_header;
        }
    }

}

inline void document_reader::find_footer() {
    // The footer: from the first line of chrome after which no list of signatories
    //    begins (a "Share" bar may stand between the text and its list). Chrome lines
    //    before it stay chrome, without ending the text.
    //    A page number copied from a PDF and a rule drawn across the text are chrome wherever
    //    they stand, and end nothing.
    // A byte a flag, not a bit: every line of a list is asked and set here, and read by the
    // passes below.
    std::vector<char> chrome(n, false), furniture(n, false);
    // A PDF's running header may be its headline again, on each page after the first: a
    // line that repeats the headline of three words or more, word for word, in capitals or
    // not, with the page's number or a date or none, is such a header (text::repeats_headline).
    std::string_view const headline = title != none && word_count(blocks[title].text, 3) >= 3 ? folded[title] : "";
    // The first header and the last, in the same pass over the blocks.
    std::size_t first_header = n, last_header = n;
    for (std::size_t i = body_start; i < n; ++i) {
        furniture[i] = is_page_furniture(blocks[i]) || is_rule_line(blocks[i], folded[i]) || is_signature_line(blocks[i], folded[i]) ||
                       (!headline.empty() && text::repeats_headline(folded[i], headline));
        chrome[i] = !furniture[i] && is_chrome(blocks[i], folded[i]);
        if (is_signatory_header(folded[i])) {
            if (first_header == n) first_header = i;
            last_header = i;
        }
    }
    // A signing form's fields: "Name" (a table's word for a name column, alone on its line)
    // over "Email", "Sign now".
    for (std::size_t i = n; i-- > body_start;)
        if (i + 1 < n && !chrome[i] && chrome[i + 1] && blocks[i].kind == block_kind::text && word_count(blocks[i].text, 3) <= 2) {
            chrome[i] = lang::is_phrase<&lang::language_table::name_column_words>(strip_trailing_punctuation(folded[i]));
        }
    // A running header without the page's number ("Joint Letter to the OSCE … – October 2023" /
    // "Page 2 of 4"): a line beside a page's number that stands twice or more, word for word.
    for (std::size_t i = body_start; i < n; ++i) {
        if (!furniture[i] || !is_page_number_line(blocks[i])) continue;
        for (std::size_t k : {i - 1, i + 1}) {
            if (k < body_start || k >= n || furniture[k] || blocks[k].lines != 1 || blocks[k].text.size() > 120 ||
                word_count(blocks[k].text, 3) < 3)
                continue;
            std::size_t same = 0;
            for (std::size_t j = body_start; j < n && same < 2; ++j)
                same += j != k && blocks[j].text.size() == blocks[k].text.size() && blocks[j].text == blocks[k].text;
            if (same == 0) continue;
            // "No.   Organisation   Country" beside "Page 1 of 2": a table's header row that a PDF
            // prints atop each page is the table's, read with the rows under it.
            if (is_column_heading_line(raw_of(k))) continue;
            for (std::size_t j = body_start; j < n; ++j)
                if (blocks[j].text.size() == blocks[k].text.size() && blocks[j].text == blocks[k].text)
                    furniture[j] = true, chrome[j] = false;
        }
    }
    // "Page 2 of 2" / "www.amber.example" / "14 Harbour Street, Port Amber · Tel. +44 …": a
    // letterhead's footer under the last page's number, where the text ends: the site, the
    // address and the telephone of the organisation whose paper it is, printed on each page,
    // neither text nor signer. A few lines, each a web or mail address, a postal line or a
    // telephone number.
    for (std::size_t i = n; i-- > body_start && n - i <= 4;) {
        if (furniture[i] && is_page_number_line(blocks[i])) {
            for (std::size_t k = i + 1; k < n; ++k) furniture[k] = true, chrome[k] = false;
            break;
        }
        if (furniture[i] || blocks[i].kind != block_kind::text ||
            !(is_contact_line(blocks[i]) || holds_phone_number(blocks[i].text)))
            break;
    }
    // "Search for Common Ground Kenya", "SHARE Digital Rights Friends": a name of three words or
    // more, two of them capitalised, that opens with a button's word, between two lines of a
    // list (no blank line around it, neither chrome) is the list's, not a page's button.
    auto const capitalised_words = [](std::string_view text) {
        std::size_t count = 0;
        for (std::size_t at = text.find(' '); at != std::string_view::npos && at + 1 < text.size(); at = text.find(' ', at + 1))
            count += utf8::is_upper_letter(utf8::decode(text, at + 1).cp);
        return count;
    };
    for (std::size_t i = body_start + 1; i + 1 < n; ++i)
        if (chrome[i] && !chrome[i - 1] && !chrome[i + 1] && !furniture[i - 1] && !furniture[i + 1] && !blocks[i].after_blank &&
            !blocks[i + 1].after_blank && blocks[i - 1].text.size() <= 100 && blocks[i + 1].text.size() <= 100 &&
            word_count(blocks[i].text, 3) >= 3 && capitalised_words(blocks[i].text) >= 2)
            chrome[i] = false;
    last_signatory_header = last_header == n ? none : last_header;
    // "Yours faithfully," / "Marrowland Garment Workers' Union" / "Email: info@mgwu.example" /
    // "" / "Saltmarsh Clean Clothes Network" / …: the mail address or telephone a letter gives
    // under each signer's name, with no blank line between, is that signer's, not the page's
    // contact; the signers under it go on. Only under the list's header or the letter's
    // closing, sought once a line is found that may be such a contact.
    std::size_t signing = none;
    bool sought_signing = false;
    for (std::size_t i = body_start + 1; i < n; ++i) {
        if (!chrome[i] || blocks[i].after_blank || chrome[i - 1] || furniture[i - 1] || !is_contact_under_name(i)) continue;
        if (!sought_signing) {
            sought_signing = true;
            for (std::size_t k = body_start; k < i && signing == none; ++k)
                if (k == first_header || is_letter_closing(folded[k])) signing = k;
        }
        if (signing != none && signing < i) chrome[i] = false;
    }
    // "Share" / "Subscribe" under a news page's first lines, and then the letter ("Dear …", "We,
    // the undersigned …"): a widget in the text, not the end of it.
    auto const text_follows = [&](std::size_t i) {
        constexpr std::size_t within = 16;
        for (std::size_t k = i + 1; k < n && k <= i + within; ++k)
            if (!chrome[k] && !furniture[k] && blocks[k].kind == block_kind::text &&
                (lang::starts_with_any<&lang::language_table::salutations>(folded[k]) ||
                 (is_prose(blocks[k]) && lang::find_any<&lang::language_table::opening_phrases>(folded[k]))))
                return true;
        return false;
    };
    // Under the list of signers (after its first header), a widget ends the text whatever
    // follows ("Share" / "Dear readers, …").
    footer_start = n;
    for (std::size_t i = body_start + 1; i < n; ++i)
        if (chrome[i] && (last_header == n || i > last_header + 1) && (i > first_header || !text_follows(i))) {
            footer_start = i;
            break;
        }
    for (std::size_t i = body_start; i < n; ++i)
        if (i >= footer_start || chrome[i] || furniture[i]) roles[i] = block_role::chrome_footer;
    if (first_header != n) set_apart_next_text(first_header);
}

// "Joint statement on X" / its text / "Signatories:" / its list / "Related: Joint statement on Y" /
// its date / its text / its list: a news page or an archive sets another statement under the
// first one's list, or the same statement again in another language. The document is the first:
// the other one's headline, date, demands and signers are not pooled with the first's, and its
// blocks are kept as text, with a note. Sought only under the first list's header and an entry
// of it, where a headline that names a kind opens prose again (opens_another_text()); a page's
// "Related: Joint statement on …" reads as its chrome, and opens one as well. A label over the
// list alone ("Совместное заявление" / "Подписали:" / the names again) gives no text: its
// names are the repeats of the first list's.
inline void document_reader::set_apart_next_text(std::size_t first_header) {
    auto const prose_under = [&](std::size_t k) {
        for (std::size_t j = k + 1; j < footer_start && j <= k + 3; ++j)
            if (is_prose(blocks[j])) return true;
        return false;
    };
    for (std::size_t k = first_header + 2; k < footer_start; ++k) {
        if ((roles[k] != block_role::paragraph && roles[k] != block_role::chrome_footer) || !blocks[k].after_blank ||
            !opens_another_text(k) || !prose_under(k))
            continue;
        auto const end = footer_start;
        roles[k] = block_role::unrecognised;
        for (std::size_t i = k + 1; i < end; ++i)
            if (roles[i] == block_role::paragraph) roles[i] = block_role::unrecognised;
        footer_start = k;
        auto const language = lang::detect_language(blocks[k].text);
        bool const translated = language.confidence >= 0.3 && language.code != st.language;
        diags_.push_back({severity::note, "statement.another-text",
                          translated ? "the text stands again in another language under its signers; that version was kept "
                                       "as text, its signers not counted twice"
                                     : "another statement stands under this one's signers; it was kept as text, its date, "
                                       "demands and signers not taken",
                          in_.spans(blocks[k].begin, blocks[end - 1].end)});
        return;
    }
}

inline void document_reader::find_opening() {
    // An opening phrase counts only near the start of the block: places past that are not
    // tried, and a long first paragraph is not read to its end. The opening is the first block
    // of the body, or one of the next few after an address line or a short heading ("To: the
    // City Council" / "Why is this important?" / …), before the text's first long paragraph.
    constexpr std::size_t opening_within = 40;
    for (std::size_t i = body_start, seen = 0; i < footer_start && seen < 4; ++i) {
        if (roles[i] != block_role::paragraph) continue;
        ++seen;
        auto m = lang::find_any<&lang::language_table::opening_phrases>(folded[i], table, opening_within - 1);
        if (m) {
            roles[i] = block_role::opening;
            st.opening = text_of(i);
            opening_block = i;
            return;
        }
        if (is_prose(blocks[i])) return;
    }
}

}  // namespace document_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
