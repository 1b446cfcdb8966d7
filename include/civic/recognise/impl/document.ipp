// Definitions for <civic/recognise/document.hpp>: the order in which the recognisers read a
// document. The stages live beside this file: document_structure.ipp (front matter,
// headline, chrome, opening), signatory_lists.ipp, statement_fields.ipp (date, coalition,
// kind); calls.ipp reads the demands.
#pragma once
#include <civic/recognise/addresses.hpp>
#include <civic/recognise/calls.hpp>
#include <civic/recognise/document.hpp>
#include <civic/recognise/impl/document_reader.hpp>
#include <civic/recognise/impl/document_structure.ipp>
#include <civic/recognise/impl/signatory_lists.ipp>
#include <civic/recognise/impl/statement_fields.ipp>
#include <civic/registry/impl/acronym_shape.hpp>

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

inline document_reader::document_reader(document_input const& in, diagnostics& diags, cleaned_text* spent_cleaned,
                                        layout::segmentation* spent_segmentation)
    : in_(in),
      diags_(diags),
      spent_cleaned_(spent_cleaned),
      spent_segmentation_(spent_segmentation),
      blocks(in.blocks),
      n(in.blocks.size()),
      folded(in.blocks),
      roles(n, block_role::paragraph) {
    table = lang::find_language(in.language);
    auto const code = table ? in.language : lang::detect_language_code(in.cleaned.text);
    if (!table) table = lang::find_language(code);
    st.language = std::string(code);
    footer_start = n;
}

inline statement document_reader::read() && {
    read_front_matter();
    find_headline();
    find_footer();
    find_opening();
    find_signing_invitations();
    find_lists_of_people_and_tables();
    find_calls();
    find_signatory_lists();
    give_signers_their_links();
    find_date();
    // The fields are decided before the blocks are collected, and what only the reading needed
    // goes first: the statement's copies of the blocks' texts are made with the least beside them.
    decide_fields();
    // After the fields: what the kind's questions learnt of the blocks (which say "we") spares
    // reading the others sentence by sentence.
    find_addresses();
    name_the_reader();
    ask_whom_the_text_addresses();
    name_each_body_once();
    list_calls_addressees();
    release_reading_aids();
    // The outline needs only where each block lies: kept apart, the spent blocks can go before
    // the statement's copies of their texts are made (collect_blocks() releases them).
    auto const placed = original_ranges();
    collect_blocks();
    release_texts();
    note_unrecognised_blocks();
    build_outline(placed);
    report_doubts();
    return std::move(st);
}

inline text_block document_reader::text_of(std::size_t i) const {
    return {std::string(blocks[i].text), in_.spans(blocks[i].begin, blocks[i].end)};
}

inline bool document_reader::has_paragraphs() const {
    return std::find(roles.begin(), roles.end(), block_role::paragraph) != roles.end();
}

inline std::string_view document_reader::raw_of(std::size_t i) const {
    return std::string_view(in_.cleaned.text).substr(blocks[i].content_begin, blocks[i].end - blocks[i].content_begin);
}

inline std::string_view document_reader::line_of(std::size_t i) const {
    return std::string_view(in_.cleaned.text).substr(blocks[i].begin, blocks[i].end - blocks[i].begin);
}

// Whether block i's fold holds a phrase of one of `fields`, learnt with what the same pass
// meets of the others (lang::phrase_presence); the room for it is made at the first question.
inline bool document_reader::block_has(std::size_t i, std::uint8_t fields) const {
    if (phrases_.empty()) phrases_.resize(n);
    return phrases_[i].any(folded[i], fields);
}

// An invitation to sign is about the statement, not of it: metadata, read before the lists so
// that none takes it ("Pour signer l'appel : appel@…" under the signers). One that ends with a
// colon over the signers ("The statement is open for joining:") heads them, as a header does
// (starts_signatory_list()). An invitation stands apart from the text's prose: at its start,
// or beside a line that is no prose (a signer, a header); a paragraph amid paragraphs is not
// searched.
inline void document_reader::find_signing_invitations() {
    for (std::size_t i = body_start; i < footer_start; ++i) {
        if (roles[i] != block_role::paragraph || blocks[i].text.empty()) continue;
        // A letter's copy list ("Cc:" / "The Ombudsperson", "C.c.p.: Comisión Nacional …"): who
        // else receives it, no signer and no addressee; the lines under a key alone are its
        // names, and so are those right under a key and its first name ("Cc: Mr. A, President
        // of …" / "    Ms. B, Ombudsman of …"), up to a sentence or a greeting after them.
        if (auto const key = copy_list_key(folded[i])) {
            roles[i] = block_role::metadata;
            bool const alone = key == folded[i].size();
            for (std::size_t k = i + 1; k < footer_start && !blocks[k].after_blank && roles[k] == block_role::paragraph &&
                                        (alone || continues_copy_list(blocks[k], folded[k]));
                 ++k)
                roles[k] = block_role::metadata;
            continue;
        }
        // "Published: 12 March 2025 | 4 min read" under the signers: the page's date, no signer.
        if (is_page_date_field(blocks[i])) {
            roles[i] = block_role::metadata;
            continue;
        }
        if (blocks[i].text.back() == ':') continue;
        bool const amid_prose = is_prose(blocks[i]) && i >= body_start + 3 && is_prose(blocks[i - 1]) &&
                                i + 1 < footer_start && is_prose(blocks[i + 1]);
        if (!amid_prose && is_signing_invitation(blocks[i], folded[i])) roles[i] = block_role::metadata;
    }
}

// "The Steering Committee of the Amber Coalition:", "Координационный совет:", "Vorstand:": a
// line with a colon that names a body governing a network, under the text's last prose, over
// the names of its members, who sign for it (the body itself signs nothing). Where in block i's
// raw text the body's phrase ends, past an article; 0 for any other line. A body named in the
// text ("The Board of the Amber Foundation decided:") has prose after it.
inline std::size_t document_reader::governing_body_over_list(std::size_t i) const {
    auto const& b = blocks[i];
    if (b.kind != block_kind::text || b.text.empty() || b.text.back() != ':' || b.text.size() > 160 ||
        i + 1 >= footer_start || text::word_count(b.text, 11) > 10)
        return 0;
    auto const raw = raw_of(i);
    auto const named = lang::past_article(raw);
    auto const lowered = utf8::lower_same_length(named.substr(0, 64));
    auto const body = lang::starts_with_any<&lang::language_table::governing_bodies>(lowered);
    if (!body || body.phrase.size() >= lowered.size() || (lowered[body.phrase.size()] != ' ' && lowered[body.phrase.size()] != ':'))
        return 0;
    for (std::size_t k = i + 1; k < footer_start; ++k)
        if (is_prose(blocks[k])) return 0;
    return static_cast<std::size_t>(named.data() - raw.data()) + body.phrase.size();
}

// Whether block i heads a list of signatories: a header ("Signatories:"), or a short line that
// ends with a colon after an invitation to sign ("The statement is open for joining:") or a
// signing cue ("This statement is signed by the following organisations:"), or an oral
// statement's line over the names of those it is made for ("Lue par Mme Mira Tallow au nom des
// organisations suivantes :"), or a body that governs a network over its members' names.
inline bool document_reader::starts_signatory_list(std::size_t i) const {
    if (is_signatory_header(folded[i]) || entries_after_header(raw_of(i))) return true;
    if (governing_body_over_list(i) != 0) return true;
    // "ORGANISATION<gap>COUNTRY": a PDF's column headings over the list, apart by a tab or a
    // gap of spaces (the line a list of such rows starts with; most lines have no gap).
    // Four columns' headings ("Organisation   Country   Organisation   Country") run wide.
    if (auto const raw = raw_of(i); raw.size() <= 160 && (raw.find('\t') != std::string_view::npos || text::has_gap(raw)) &&
                                    is_column_heading_line(raw))
        return true;
    auto const& b = blocks[i];
    if (b.kind != block_kind::text || b.text.empty() || b.text.back() != ':' || b.text.size() > 160) return false;
    return is_signing_invitation(b, folded[i]) || heads_those_spoken_for(b, folded[i]) ||
           (text::word_count(b.text, 15) <= 14 && lang::find_any<&lang::language_table::signing_cues>(folded[i]) &&
            !lang::find_any<&lang::language_table::call_verbs>(folded[i]));
}

inline void document_reader::find_calls() {
    call_scan scan{blocks, folded, roles, body_start, footer_start, in_.cleaned, in_.spans, table};
    st.call_groups = recognise_calls(scan);
    // "The authorities must:" over the demands names whom they bind, as a headline that puts its
    // demand on its subject does ("Norvia: the authorities must release …"); "We must:" names no one.
    for (auto& g : st.call_groups) {
        if (!g.addressees.empty() || !g.introduction || g.introduction->text.empty() || g.introduction->text.back() != ':')
            continue;
        auto const& intro = g.introduction->text;
        auto const r = headline_obligation_addressee(intro);
        if (!r) continue;
        // Only the modal between the subject and the colon: "Such measures should include:" lists
        // what is demanded, of whoever the text named before.
        auto modal = std::string_view(intro).substr(r->end, intro.size() - 1 - r->end);
        while (!modal.empty() && modal.front() == ' ') modal.remove_prefix(1);
        while (!modal.empty() && modal.back() == ' ') modal.remove_suffix(1);
        if (modal.empty() || modal.find(' ') != std::string_view::npos) continue;
        g.addressees.push_back(intro.substr(r->begin, r->end - r->begin));
        for (auto& c : g.calls)
            if (!c.addressee) c.addressee = g.addressees.front();
    }
    drop_translated_calls();
}

// "We call on the authorities to: …" … "Мы призываем власти: …": a statement given again in
// another language repeats its demands. They are the first language's, once: a group in a
// language other than the first group's goes when it answers a group of the first language with
// as many demands (a translation, not demands of its own), and its blocks are kept as text.
inline void document_reader::drop_translated_calls() {
    auto& groups = st.call_groups;
    if (groups.size() < 2) return;
    auto const language_of = [](call_group const& g) {
        std::string text = g.introduction ? g.introduction->text + '\n' : std::string();
        for (auto const& c : g.calls) (text += c.text) += '\n';
        auto const guess = lang::detect_language(text);
        return guess.confidence >= 0.3 ? guess.code : std::string_view{};
    };
    std::vector<std::string_view> languages;
    for (auto const& g : groups) languages.push_back(language_of(g));
    auto const first = languages.front();
    if (first.empty()) return;
    // Each group in another language answers one of the first language's before it, with as
    // many demands: "We also call on the UN to:" after demands in Spanish asks something else.
    std::vector<bool> answered(groups.size(), false), translation(groups.size(), false);
    for (std::size_t k = 1; k < groups.size(); ++k) {
        if (languages[k].empty() || languages[k] == first) continue;
        for (std::size_t j = 0; j < k && !translation[k]; ++j)
            if (languages[j] == first && !answered[j] && groups[j].calls.size() == groups[k].calls.size())
                answered[j] = translation[k] = true;
    }
    if (std::find(translation.begin(), translation.end(), true) == translation.end()) return;
    std::size_t kept = 0;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        if (!translation[k]) {
            if (kept != k) groups[kept] = std::move(groups[k]);
            ++kept;
            continue;
        }
        auto const span = groups[k].span;
        for (std::size_t i = body_start; i < footer_start; ++i)
            if ((roles[i] == block_role::call || roles[i] == block_role::call_introduction) &&
                in_.cleaned.to_original(blocks[i].begin) >= span.begin && in_.cleaned.to_original(blocks[i].end) <= span.end)
                roles[i] = block_role::paragraph;
    }
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(kept), groups.end());
}

inline void document_reader::find_addresses() {
    // Address lines stand before the opening, or before the body's first paragraph of prose.
    std::size_t head_end = opening_block;
    if (head_end == none)
        for (head_end = body_start; head_end < footer_start; ++head_end)
            if (roles[head_end] == block_role::paragraph && is_prose(blocks[head_end])) break;
    // "The Coalition urges …": the network the statement speaks for may speak of itself by the
    // organisation word of its name.
    std::string author;
    if (st.coalition) {
        auto const name = utf8::lower_same_length(st.coalition->name);
        if (auto const m = lang::find_any<&lang::language_table::organisation_words>(name, table))
            if (m.position + m.phrase.size() == name.size() || name[m.position + m.phrase.size()] == ' ')
                author = std::string(m.phrase);
    }
    // Calls in paragraphs are made where the authors speak: a block that the kind's questions
    // read to its end without "we" or an opening phrase is not read again sentence by sentence
    // (unless the network may speak of itself).
    constexpr auto we = static_cast<std::uint8_t>(block_phrases::bit_of<&lang::language_table::first_person_plural>() |
                                                  block_phrases::bit_of<&lang::language_table::opening_phrases>());
    std::vector<std::size_t> may_speak;
    for (std::size_t i = body_start; i < footer_start; ++i)
        if ((roles[i] == block_role::paragraph || roles[i] == block_role::opening) &&
            (!author.empty() || phrases_.empty() || !phrases_[i].answered(we) || block_has(i, we)))
            may_speak.push_back(i);
    // A post's front matter may title it as a letter to someone ("title: Open Letter to the
    // European Commission") over a headline of its own.
    auto const titled_to = front_matter_title ? headline_addressee(front_matter_title->text) : std::nullopt;
    address_scan scan{blocks, roles, front_matter_end, title, kind_label, head_end, may_speak, st.call_groups, author,
                      titled_to.has_value(), in_.cleaned, in_.spans};
    st.addresses = recognise_addresses(scan);
    // "A and B urged the authorities of X to …": what the authors a press release names ask, of whom.
    // A call reported of unnamed authors is the text's only where the text makes none itself.
    bool const text_calls =
        !st.addresses.empty() || std::any_of(st.call_groups.begin(), st.call_groups.end(),
                                             [](call_group const& g) { return !g.addressees.empty(); });
    if (!reported_call_ && !text_calls) find_group_call();
    if (reported_call_) {
        auto const& rc = *reported_call_;
        auto const raw = raw_of(rc.block);
        for (auto const r : reported_call_addressees(raw, rc.verb_begin, rc.verb_end, rc.asked)) {
            address a;
            a.addressee = layout::collapse_spaces(raw.substr(r.begin, r.end - r.begin));
            a.source = address_source::paragraph;
            a.span = in_.spans(blocks[rc.block].content_begin + r.begin, blocks[rc.block].content_begin + r.end);
            auto const place = std::upper_bound(st.addresses.begin(), st.addresses.end(), a.span.begin,
                                                [](std::size_t at, address const& o) { return at < o.span.begin; });
            st.addresses.insert(place, std::move(a));
        }
    }
    if (titled_to) {
        address a;
        a.addressee = front_matter_title->text.substr(titled_to->begin, titled_to->end - titled_to->begin);
        a.source = address_source::headline;
        a.span = front_matter_title->span;
        if (std::none_of(st.addresses.begin(), st.addresses.end(), [&](address const& o) { return o.addressee == a.addressee; }))
            st.addresses.insert(st.addresses.begin(), std::move(a));
    }
}

// A press release whose authors are a number of organisations not named one by one
// ("Twelve organisations today called on the Prosecutor General of X to …"): their call, in
// its first three paragraphs or else its headline ("Rights groups urge X to …", shorter), names whom
// it is made of. Sought only where the text names no one else.
inline void document_reader::find_group_call() {
    constexpr auto we = static_cast<std::uint8_t>(block_phrases::bit_of<&lang::language_table::first_person_plural>() |
                                                  block_phrases::bit_of<&lang::language_table::opening_phrases>());
    for (std::size_t i = front_matter_end, paragraphs = 0; !reported_call_ && i < footer_start && paragraphs < 3; ++i) {
        if (roles[i] != block_role::paragraph) continue;
        ++paragraphs;
        // Where the authors say "we", they make their own call. The kind's questions have
        // mostly learnt that of the first paragraphs already; where not, it is asked only of a
        // block that reports a call, as its fold's phrases cost more than the search.
        bool const known = !phrases_.empty() && phrases_[i].answered(we);
        if (known && block_has(i, we)) continue;
        auto const r = read_group_call(raw_of(i));
        if (r.asked != std::string_view::npos && (known || !block_has(i, we)))
            reported_call_ = reported_call{i, r.verb_begin, r.verb_end, r.asked};
    }
    if (!reported_call_ && title != none)
        if (auto const r = read_group_call(raw_of(title)); r.asked != std::string_view::npos)
            reported_call_ = reported_call{title, r.verb_begin, r.verb_end, r.asked};
}

// Whether a table of any language lists `word` in `Field`, as written in lower case (not folded:
// "dumneavoastră", "waszą" keep their marks in the tables).
template <auto Field>
bool listed_in_any_language(std::string_view word) {
    return std::any_of(std::begin(lang::all_languages), std::end(lang::all_languages), [&](lang::language_table const* t) {
        auto const& words = t->*Field;
        return std::find(words.begin(), words.end(), word) != words.end();
    });
}

// "Dear Ministers, … we urge you to:": a letter that names its reader over its text (in address
// lines, or else in its headline) says "you" to that reader. A call group's addressee that is
// the pronoun is the reader so named (each, when the lines name several), and so is its calls'
// (all of them, when the lines name several); a call made in a paragraph to the pronoun names no
// one anew. A letter that names no reader keeps "you" as written.
inline void document_reader::name_the_reader() {
    // The pronoun, alone or first ("you as soon as possible to sign": what follows is no name;
    // "you, the members of …" names them after a comma, and stays).
    // An object pronoun of the reader's ("le solicitamos"), only alone: "les autorités" is French.
    auto const object_pronoun = [](std::string const& addressee) {
        if (addressee.size() > 8) return false;
        return listed_in_any_language<&lang::language_table::reader_object_pronouns>(utf8::lower_same_length(addressee));
    };
    // "We urge your government to:", "Guvernului dumneavoastră": the reader's own body, in a
    // few words one of which is a possessive of the reader's, is asked as the reader is.
    auto const readers_own = [](std::string const& addressee) {
        if (addressee.size() > 48 || text::word_count(addressee, 4) > 3) return false;
        auto const lowered = utf8::lower_same_length(addressee);
        std::string_view const low(lowered);
        for (std::size_t at = 0; at < low.size();) {
            auto const end = std::min(low.size(), low.find(' ', at));
            auto const word = low.substr(at, end - at);
            if (listed_in_any_language<&lang::language_table::reader_possessives>(word)) return true;
            at = end + 1;
        }
        return false;
    };
    auto const second_person = [&](std::string const& addressee) {
        auto const word = std::string_view(addressee).substr(0, addressee.find(' '));
        if (word.size() > 32) return false;
        auto const lowered = utf8::lower_same_length(word);
        return object_pronoun(addressee) || readers_own(addressee) ||
               listed_in_any_language<&lang::language_table::second_person>(lowered);
    };
    std::vector<std::string> readers;
    for (auto const source : {address_source::address_line, address_source::headline}) {
        for (auto const& a : st.addresses)
            if (a.source == source && std::find(readers.begin(), readers.end(), a.addressee) == readers.end())
                readers.push_back(a.addressee);
        if (!readers.empty()) break;
    }
    // Else the letter's greeting names its reader ("Dear President Tinubu,", "Sehr geehrte Frau
    // Bundesministerin,"), when the text speaks to them ("we urge you to …"): an address line.
    bool const spoken_to = std::any_of(st.addresses.begin(), st.addresses.end(), [&](address const& a) {
        return a.source == address_source::paragraph && second_person(a.addressee);
    }) || std::any_of(st.call_groups.begin(), st.call_groups.end(), [&](call_group const& g) {
        return std::any_of(g.addressees.begin(), g.addressees.end(), second_person);
    });
    if (readers.empty() && spoken_to)
        for (std::size_t i = body_start; i < footer_start && i < body_start + 8; ++i) {
            auto const text = blocks[i].text;
            if (roles[i] != block_role::paragraph || text.size() > 120) continue;
            auto const greeted = greeted_readers(text);
            if (greeted.empty()) continue;
            for (auto const r : greeted) readers.emplace_back(text.substr(r.begin, r.end - r.begin));
            // Each an address line, in the greeting's order, before the addresses of the body.
            for (std::size_t r = 0; r < readers.size(); ++r)
                st.addresses.insert(st.addresses.begin() + static_cast<std::ptrdiff_t>(r),
                                    address{readers[r], address_source::address_line, in_.spans(blocks[i].begin, blocks[i].end)});
            break;
        }
    // Else the one body the text turned to before it asks "you" ("Мы … обращаемся к руководству
    // Telegram и YouTube …" / "Просим вас:"): the reader it names in its own words.
    if (readers.empty() && spoken_to) {
        auto const first_asked = std::find_if(st.call_groups.begin(), st.call_groups.end(), [&](call_group const& g) {
            return std::any_of(g.addressees.begin(), g.addressees.end(), second_person);
        });
        if (first_asked != st.call_groups.end()) {
            std::vector<std::string> before;
            for (auto const& a : st.addresses)
                if (a.source == address_source::paragraph && a.span.begin < first_asked->span.begin && !second_person(a.addressee))
                    before.push_back(a.addressee);
            if (before.size() == 1) readers = std::move(before);
        }
    }
    // Unlike "you", an object pronoun alone ("les") says nothing of whom it stands for.
    if (readers.empty()) {
        for (auto& g : st.call_groups) {
            g.addressees.erase(std::remove_if(g.addressees.begin(), g.addressees.end(), object_pronoun), g.addressees.end());
            for (auto& c : g.calls)
                if (c.addressee && object_pronoun(*c.addressee)) c.addressee.reset();
        }
        return;
    }
    for (auto& g : st.call_groups) {
        auto const you = std::find_if(g.addressees.begin(), g.addressees.end(), second_person);
        if (you == g.addressees.end()) continue;
        std::string const pronoun = *you;
        g.addressees.erase(you);
        for (auto const& r : readers)
            if (std::find(g.addressees.begin(), g.addressees.end(), r) == g.addressees.end()) g.addressees.push_back(r);
        // Each call asked of the pronoun is asked of the readers: of the one, or of all of them
        // as one introduction's several addressees are, the last its addressee ("Dear Minister and
        // Commissioner," / "We ask you to:" asks both).
        for (auto& c : g.calls) {
            if (c.addressee != pronoun) continue;
            c.addressee = readers.back();
            auto const at = std::find(c.addressees.begin(), c.addressees.end(), pronoun);
            if (at != c.addressees.end()) {
                auto const place = c.addressees.erase(at);
                c.addressees.insert(place, readers.begin(), readers.end());
            } else if (readers.size() > 1) {
                c.addressees = readers;
            }
        }
    }
    st.addresses.erase(std::remove_if(st.addresses.begin(), st.addresses.end(),
                                      [&](address const& a) {
                                          return a.source == address_source::paragraph && second_person(a.addressee);
                                      }),
                       st.addresses.end());
}

// "Uzbekistan must free journalist Dilnoza Karimova" over "The undersigned organisations
// demand:" / "- Release Dilnoza Karimova …": where the headline is all that names whom the text
// addresses, a group of demands none of whose lines names anyone asks them of whom it names.
// "Президенту Республики Пелам" / … / "Просим:" / "1) …": so do a letter's readers, named in
// its address lines, whatever its paragraphs name: the letter asks its readers.
inline void document_reader::ask_whom_the_text_addresses() {
    // The letter's readers, each named in its address lines ("Кому: Министру …, Уполномоченному
    // …" names two), or else the headline's one addressee.
    std::vector<std::string> readers;
    for (auto const& a : st.addresses)
        if (a.source == address_source::address_line && std::find(readers.begin(), readers.end(), a.addressee) == readers.end())
            readers.push_back(a.addressee);
    if (readers.empty() && st.addresses.size() == 1 && st.addresses.front().source == address_source::headline)
        readers.push_back(st.addresses.front().addressee);
    // A name, or an organ of a state ("the authorities"), not what is asked for ("Appel à la
    // libération des leaders du FNDC").
    auto const names_someone = [](std::string const& whom) {
        auto const named = lang::past_article(whom);
        return !named.empty() &&
               (utf8::is_upper_letter(utf8::decode(named, 0).cp) ||
                lang::starts_with_any<&lang::language_table::state_words>(utf8::lower_same_length(named.substr(0, 40))));
    };
    if (readers.empty() || !std::all_of(readers.begin(), readers.end(), names_someone)) return;
    for (auto& g : st.call_groups) {
        if (!g.addressees.empty() || g.calls.empty() ||
            std::any_of(g.calls.begin(), g.calls.end(), [](call const& c) { return c.addressee.has_value(); }))
            continue;
        g.addressees = readers;
        // Several readers are each asked every call, as those one introduction names together.
        for (auto& c : g.calls) {
            c.addressee = readers.back();
            if (readers.size() > 1) c.addressees = readers;
        }
    }
}

// "Обращение … к ПАСЕ" over "… обращаемся к Парламентской ассамблее Совета Европы", "the UN
// Human Rights Council (HRC)" beside "the HRC": one body named by its name and by its acronym.
// The acronym goes where the name that spells it, or holds it in parentheses, is named too: among
// the addresses and among a group's addressees (the name says more).
inline void document_reader::name_each_body_once() {
    auto const acronym_of = [](std::string_view acronym, std::string_view name) {
        if (acronym.size() >= name.size() || !registry_detail::looks_like_acronym(acronym)) return false;
        return name.find("(" + std::string(acronym) + ")") != std::string_view::npos ||
               spells_acronym(lang::past_article(name), acronym);
    };
    // A long page names its bodies again and again (a page of many statements, each to "the
    // HRC"): each distinct name is read once, and each acronym asked of them once, where every
    // addressee asked every other made the page's cost grow with the square of its addressees.
    std::vector<std::string_view> names;
    for (auto const& a : st.addresses) names.push_back(a.addressee);
    for (auto const& g : st.call_groups) names.insert(names.end(), g.addressees.begin(), g.addressees.end());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::unordered_map<std::string, bool> spelt;
    auto const spelt_elsewhere = [&](std::string const& acronym) {
        if (!registry_detail::looks_like_acronym(acronym)) return false;
        auto [answer, fresh] = spelt.try_emplace(acronym, false);
        if (fresh)
            answer->second =
                std::any_of(names.begin(), names.end(), [&](std::string_view n) { return acronym_of(acronym, n); });
        return answer->second;
    };
    st.addresses.erase(std::remove_if(st.addresses.begin(), st.addresses.end(),
                                      [&](address const& a) { return spelt_elsewhere(a.addressee); }),
                       st.addresses.end());
    // A group's own names only: the acronym goes where the group names the body too.
    for (auto& g : st.call_groups) {
        auto const group_names = g.addressees;
        g.addressees.erase(std::remove_if(g.addressees.begin(), g.addressees.end(),
                                          [&](std::string const& a) {
                                              return std::any_of(group_names.begin(), group_names.end(),
                                                                 [&](std::string const& n) { return acronym_of(a, n); });
                                          }),
                           g.addressees.end());
    }
}

// A call's addressees end with its addressee: those an introduction asks together were listed
// with it, and stay while it does; a call that has one alone (its own, a reader named for "you")
// lists that one.
inline void document_reader::list_calls_addressees() {
    for (auto& g : st.call_groups)
        for (auto& c : g.calls) {
            if (!c.addressee) c.addressees.clear();
            else if (c.addressees.empty() || c.addressees.back() != *c.addressee) c.addressees = {*c.addressee};
        }
}

// Nothing after decide_fields() reads the folded texts, the entry readings or the phrases
// learnt of each block: released here, before the statement's lists are filled, they do not
// add to the peak of a long document.
inline void document_reader::release_reading_aids() {
    { auto const gone = std::move(folded); }  // assigning an empty one would keep the buffer
    readings_.release();
    { auto const gone = std::move(phrases_); }
}

// The blocks' texts view the cleaned characters and the collapsed texts: once the statement
// has its copies, nothing reads them (spans need only the offset map, the outline only the
// blocks' ranges).
inline void document_reader::release_texts() {
    if (spent_cleaned_) std::string().swap(spent_cleaned_->text);
    if (spent_segmentation_) spent_segmentation_->collapsed.reset();
}

inline void document_reader::collect_blocks() {
    // Each list with the place of its first new entry, reserved at its exact size, counted
    // first: a growing vector of a long document holds up to twice its entries and copies them
    // at every step. `next` counts the entries first, then is the place of the next one.
    text_block_cursors cursors(st);
    std::size_t total = 0;
    for (auto const r : roles)
        if (auto* c = cursors.of(text_blocks_of(r))) ++c->next, ++total;
    for (auto& c : cursors) {
        auto const first = c.list->size();
        c.list->reserve(first + c.next);
        c.next = first;
    }
    // Two steps, so that the spent blocks are gone before the copies are made, which with the
    // cleaned text they copy are the peak of a long text of short paragraphs: first each
    // block's span goes into its list and the text it will copy is noted (a view, 16 bytes
    // where a block is 56); then, the blocks released, the texts are copied in the same order.
    std::vector<std::string_view> texts;
    texts.reserve(total);
    for (std::size_t i = 0; i < n; ++i)
        if (auto* list = text_blocks_of(roles[i])) {
            list->push_back({std::string(), in_.spans(blocks[i].begin, blocks[i].end)});
            texts.push_back(blocks[i].text);
        }
    release_blocks();
    release_offset_map();
    auto text = texts.begin();
    for (auto const r : roles)
        if (auto* c = cursors.of(text_blocks_of(r))) {
            (*c->list)[c->next++].text = std::string(*text);
            ++text;
        }
}

inline std::vector<text_block>* document_reader::text_blocks_of(block_role role) {
    switch (role) {
        case block_role::paragraph: return &st.paragraphs;
        case block_role::chrome_header: return &st.header;
        case block_role::chrome_footer: return &st.footer;
        case block_role::unrecognised: return &st.unrecognised;
        default: return nullptr;
    }
}

// Block i's begin at 2i, its end at 2i + 1: an offset_list, 32 bits an offset in a text under
// 4 GiB, for the ranges live until the outline is made, beside the statement's copies of the
// texts at the peak of a long text (a 23 MB page has some 320,000 blocks: 5 MB in pairs of
// 64-bit offsets).
inline text::offset_list document_reader::original_ranges() const {
    text::offset_list ranges;
    ranges.reserve(2 * n);
    std::size_t hint = 0;  // the blocks come in order: each search starts where the last ended
    for (auto const& b : blocks) {
        ranges.push_back(in_.cleaned.to_original(b.begin, hint));
        ranges.push_back(in_.cleaned.to_original(b.end, hint));
    }
    return ranges;
}

inline void document_reader::release_blocks() {
    if (spent_segmentation_) std::vector<block>().swap(spent_segmentation_->blocks);
}

// Once collect_blocks() has made the spans of the texts the statement keeps, every span is made
// (the outline's come from the blocks' original ranges and the line index): the map, hundreds
// of thousands of anchors in a long scraped page, is released before the texts are copied.
inline void document_reader::release_offset_map() {
    if (spent_cleaned_) spent_cleaned_->map = offset_map();
}

// A note for each run of unrecognised blocks, at the run's span: blocks that follow one another
// with nothing but blank lines between them are one stretch of text the reader did not
// understand, and one note says so where a note a block would repeat itself (a long text that
// is not a statement has hundreds of thousands of such blocks, and a note costs some 200 bytes).
// Each block of the run is in the statement's list with its own span. Made from that list (only
// collect_blocks() fills it) and the roles, so that the blocks can be gone by then.
inline void document_reader::note_unrecognised_blocks() {
    auto const for_each_run = [&](auto&& note) {
        std::size_t taken = 0;  // unrecognised blocks met so far: the index of the next in the list
        for (std::size_t i = 0; i < n; ++i) {
            if (roles[i] != block_role::unrecognised) continue;
            std::size_t run = 1;
            while (i + run < n && roles[i + run] == block_role::unrecognised) ++run;
            note(taken, run);
            taken += run, i += run - 1;
        }
    };
    std::size_t runs = 0;
    for_each_run([&](std::size_t, std::size_t) { ++runs; });
    // Exactly reserved, with room for report_doubts(): a diagnostics list that had to grow
    // past this point would be copied whole at twice its size. Its notes of signers are for
    // countries without a code, few if any: room for one a signer was 5 MB beside a list of
    // 50,000, all of it unused.
    auto const uncoded = static_cast<std::size_t>(std::count_if(
        st.signatories.begin(), st.signatories.end(), [](signatory const& s) { return s.country && !s.country_code; }));
    diags_.reserve(diags_.size() + runs + 3 + uncoded);
    for_each_run([&](std::size_t first, std::size_t count) {
        auto const& from = st.unrecognised[first].span;
        auto const& to = st.unrecognised[first + count - 1].span;
        source_span const span{from.begin, to.end, from.start, to.stop};
        if (count == 1)
            diags_.push_back({severity::note, "layout.unrecognised-block",
                              "this block was kept as text: it is neither body, call, signatory nor chrome", span});
        else
            diags_.push_back({severity::note, "layout.unrecognised-block",
                              "these " + std::to_string(count) +
                                  " blocks were kept as text: they are neither body, call, signatory nor chrome",
                              span});
    });
}

// Every byte of the input in exactly one entry of the outline, blank runs included.
// `placed` is where each block lies in the input (original_ranges()).
inline void document_reader::build_outline(text::offset_list const& placed) {
    // Two passes: the first counts the entries, so that the outline (up to two entries a
    // block) is allocated once at its size.
    auto const original_size = in_.cleaned.original_size;
    auto const walk = [&](auto&& entry) {
        std::size_t covered = 0;
        for (std::size_t i = 0; i < n; ++i) {
            auto b = placed[2 * i], e = placed[2 * i + 1];
            if (b < covered) b = covered;
            if (e < b) e = b;
            if (b > covered) entry(block_role::blank, covered, b);
            if (e > b) entry(roles[i], b, e);
            covered = e;
        }
        if (covered < original_size) entry(block_role::blank, covered, original_size);
    };
    std::size_t entries = 0;
    walk([&](block_role, std::size_t, std::size_t) { ++entries; });
    st.outline.reserve(st.outline.size() + entries);
    // A position depends on its offset alone, and most are known already: an entry starts
    // where the one before it stops, and a text block of the statement (collect_blocks()) has
    // the stop of the entry that covers it, whose columns would otherwise be counted a second
    // time. Only the others are asked of the line index. The text blocks of each role are in
    // the order of the outline, so one cursor a list finds them.
    auto const& lines = in_.spans.lines;
    text_block_cursors cursors(st);
    auto const stop_of = [&](block_role role, std::size_t e) {
        if (auto* c = cursors.of(text_blocks_of(role))) {
            auto const& list = *c->list;
            while (c->next < list.size() && list[c->next].span.end < e) ++c->next;
            if (c->next < list.size() && list[c->next].span.end == e) return list[c->next].span.stop;
        }
        return lines.position(e);
    };
    std::size_t previous_end = 0;
    source_position previous_stop = lines.position(0);
    walk([&](block_role role, std::size_t b, std::size_t e) {
        source_span s;
        s.begin = b;
        s.end = e;
        s.start = b == previous_end ? previous_stop : lines.position(b);
        s.stop = stop_of(role, e);
        st.outline.push_back({role, s});
        previous_end = e, previous_stop = s.stop;
    });
}

// Doubtful decisions, for a person to check.
inline void document_reader::report_doubts() {
    if (st.signatories.empty())
        diags_.push_back({severity::note, "statement.no-signatories", "no list of signatories was found", {}});
    if (!st.title) diags_.push_back({severity::note, "statement.no-title", "no headline was found", {}});
    if (!kind_named && st.kind != statement_kind::unknown) {
        // Written once at its size: a string of the sentence plus one of the kind would be two
        // more allocations, and a copy, for each statement that does not name its kind.
        constexpr std::string_view inferred = "the text does not name its kind; it was read as ";
        auto const kind = to_string(st.kind);
        std::string message;
        message.reserve(inferred.size() + kind.size());
        message.append(inferred).append(kind);
        diags_.push_back({severity::note, "statement.kind-inferred", std::move(message),
                          st.title ? st.title->span : source_span{}});
    }
    for (auto const& s : st.signatories)
        // Not of a signer of several countries ("Italy / Malta", "Mali et Niger"), which has none.
        if (s.country && !s.country_code && !geo::is_pseudo_country(*s.country) && !is_country_line(*s.country))
            diags_.push_back({severity::note, "signatory.unknown-country",
                             "'" + *s.country + "' is not a country civic knows; the signatory has no country code", s.span});
}

}  // namespace document_detail

CIVIC_FUNC statement recognise_document(document_input const& in, diagnostics& diags) {
    return document_detail::document_reader(in, diags).read();
}

namespace detail {
CIVIC_FUNC statement recognise_spent_document(document_input const& in, cleaned_text& cleaned,
                                              layout::segmentation& segmented, diagnostics& diags) {
    return document_detail::document_reader(in, diags, &cleaned, &segmented).read();
}
}  // namespace detail

}  // namespace recognise
CIVIC_NAMESPACE_END
