// Finding the lists of signatories in a document: tables of signatures, lists of people,
// lists after a header, runs of entries at the end of the text, signers named in a sentence.
// Part of the document recogniser; included by document.ipp only.
#pragma once
#include <civic/recognise/impl/document_reader.hpp>
#include <civic/recognise/impl/place_and_country.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

inline bool opens_speech(block const& b, std::string_view folded);  // statement_fields.ipp

// "*Members of the Amber Platform", "*Affiliations for identification only": the note on the mark
// of the entries over it, a star glued to its first word; none of them.
inline bool document_reader::opens_with_marked_note(std::size_t i) const {
    auto const line = line_of(i);
    return line.size() > 1 && line[0] == '*' && line[1] != ' ' && line[1] != '*' && reads_as_note(blocks[i].text);
}

// "* denotes steering committee member": the same note with a space after the star, told from an
// item of a list bulleted with stars by its first word in lower case.
inline bool document_reader::opens_with_spaced_mark_note(std::size_t i) const {
    auto const line = line_of(i);
    return line.size() > 2 && line[0] == '*' && line[1] == ' ' && utf8::is_lower_letter(utf8::decode(line, 2).cp) &&
           reads_as_note(blocks[i].text);
}

// "Coral Bay Forum*", "Lantern Rights* (Tanzania)", "Aida Tallow*, lawyer": block i's entry
// carries the mark of a note, at its end or glued to a word inside it (a star that follows a
// space inside the line is no mark: "Amber * Coral").
inline bool document_reader::carries_mark(std::size_t i) const {
    auto const raw = raw_of(i);
    if (!raw.empty() && raw.back() == '*') return true;
    // Most lines hold no star, which their survey tells without a search.
    if (!blocks[i].may_hold<'*'>()) return false;
    for (auto star = raw.find('*'); star != std::string_view::npos; star = raw.find('*', star + 1))
        if (star > 0 && raw[star - 1] != ' ' && raw[star - 1] != '\t') return true;
    return false;
}

// "* Member of the Crisis Coalition", "*Steering Committee member": a line apart that opens with
// a star, the note on the mark that the entries over it carry, which ends their list.
inline bool document_reader::notes_the_mark(std::size_t i) const {
    return blocks[i].after_blank && line_of(i).substr(0, 1) == "*";
}

inline entry_likelihood document_reader::likelihood(std::size_t i) const {
    if (roles[i] != block_role::paragraph) return entry_likelihood::none;
    if (opens_with_marked_note(i) || is_parenthesised_note(blocks[i].text)) return entry_likelihood::none;
    return reading(i).likelihood;
}

// The rules below ask about a block several times and then read it; the grammar reads it once.
inline entry_reading const& document_reader::reading(std::size_t i) const {
    if (auto const* r = readings_.find(i)) return *r;
    auto r = read_entry_block(blocks[i], raw_of(i));
    // "Background", "Annex": a heading of the text's own names no signer, nor does a group's
    // heading ("National organisations").
    // Asked only of a line read as one bare name: a heading has no country or acronym.
    bool const bare = r.signatories.size() != 1 || (!r.signatories[0].country && !r.signatories[0].acronym);
    // So does a line that points to the text in another language ("Arabic version: https://…",
    // "This statement is also available in Arabic").
    if (r.likelihood != entry_likelihood::none && bare &&
        ((blocks[i].text.size() <= 60 && (text_section_at(i) || is_group_title(i))) ||
         (blocks[i].text.size() > 60 && blocks[i].text.size() <= max_about_heading_bytes && i + 1 < n &&
          is_prose(blocks[i + 1]) && text_section_at(i)) ||
         (r.signatories.size() == 1 && points_to_other_version(blocks[i], folded[i])))) {
        r.likelihood = entry_likelihood::none;
        r.read = false;
        r.signatories = {};
    }
    // "Port Amber, 3 May 2026": the signing line under the signers reads as a person and a
    // role, and is their date, not one of them; "45 more organisations" counts them. Asked only
    // of a line of one entry without a country, or of two where a column's gap parts the place
    // from the date ("Port Amber,      14 May 2026"), and a date only with a digit among its
    // last bytes ("… 2026", "… 2026 г.", "… 2026 року"), not of every entry.
    if (r.likelihood != entry_likelihood::none && (r.signatories.size() == 1 || r.signatories.size() == 2) &&
        !r.signatories[0].country && !r.signatories.back().country) {
        auto const& text = blocks[i].text;
        auto const tail = std::string_view(text).substr(text.size() - std::min<std::size_t>(text.size(), 14));
        if ((text::has_digit(tail) && is_signing_date_line(blocks[i])) || is_count_line(text)) {
            r.likelihood = entry_likelihood::none;
            r.read = false;
            r.signatories = {};
        }
    }
    return readings_.add(i, n, std::move(r));
}

// "Background", "Notes to editors:", "Annex: Timeline": block i is a heading of the text's own.
// Such a heading stands over the text: a paragraph, or items when it is no item itself (a
// line of a list has another line after it), or it ends in a colon or the text, or it stands
// apart over the lines under it ("Notes to editors" / "Mira Tallow, press officer"); only such
// a block is looked up.
inline bool document_reader::text_section_at(std::size_t i) const {
    auto const& b = blocks[i];
    if (b.text.empty() || b.text.size() > max_about_heading_bytes) return false;
    bool const over_prose = i + 1 < n && is_prose(blocks[i + 1]);
    // "Acerca de la Alianza Regional por la Vivienda Digna", "Об Альянсе за право на жильё и
    // городскую среду": the name an about-heading gives may be long, where the text's other
    // headings are a few words.
    if (b.text.size() > 60) return over_prose && is_about_heading(b, folded[i]);
    bool const over_text = i + 1 >= n || over_prose ||
                           (blocks[i + 1].kind == block_kind::list_item && b.kind != block_kind::list_item) ||
                           b.text.back() == ':' || (b.after_blank && !blocks[i + 1].after_blank);
    // "About ALTSEAN-Burma" over "ALTSEAN-Burma is a network of …": a heading over a paragraph
    // on an organisation; over a name it may be a name itself ("About Face").
    return over_text && (is_section_heading(b, folded[i]) || (over_prose && is_about_heading(b, folded[i])));
}

// find_footer() asked every block from the body's start whether it reads as a list's header,
// and kept the last that does: a block after it is none, and is not asked again (a list of
// thousands of signers asked each of its lines twice).
inline bool document_reader::signatory_header_at(std::size_t i) const {
    return last_signatory_header != none && i <= last_signatory_header && is_signatory_header(folded[i]);
}

// Whether the blocks from `from` on are a run of entries as a list without a header is found:
// two at least, and six in ten of them certain.
inline bool document_reader::entries_follow(std::size_t from) const {
    std::size_t length = 0, certain = 0;
    for (std::size_t j = from; j < footer_start && roles[j] == block_role::paragraph; ++j, ++length) {
        auto const l = likelihood(j);
        if (l == entry_likelihood::none) break;
        certain += l == entry_likelihood::certain;
    }
    return length >= 2 && certain * 10 >= length * 6;
}

// "Dr. Amina Yusuf" / "Professor of Law, Nigeria", "Director, Centro de Estudios Sociales,
// Argentina": a role line under a person's name that ends with a country after a comma, as a
// card of a web page sets it; the country is the person's, the role the words before it.
inline void take_country_from_role(signatory& person) {
    auto const comma = person.role->rfind(", ");
    if (comma == std::string::npos || person.country) return;
    auto const last = std::string_view(*person.role).substr(comma + 2);
    if (!is_country_line(last)) return;
    give_country_of_line(last, person);
    person.role->resize(comma);
}

// "Ассоциация «Права человека в Центральной Азии – Европа» –": the length of the dash that ends
// a name's line after a space, the country it parts from the name wrapped onto the next line; 0
// where none does ("Centre for Women-" is a word broken in two).
inline std::size_t spaced_dash_at_end(std::string_view name) {
    auto const dash = text::closing_dash_length(name);
    return dash != 0 && name.size() > dash && name[name.size() - dash - 1] == ' ' ? dash : 0;
}

// The name without that dash and the space before it.
inline void drop_closing_dash(std::string& name) {
    if (auto const dash = spaced_dash_at_end(name)) name.erase(name.size() - dash - 1);
}

// "Recent signatures:" / "Tomas B. – Brno, 2 hours ago" / "Anna K. – Graz, 5 hours ago": a
// petition page's widget of its latest signatures, each line with the time it was signed,
// under the list of the text's signers, is the page's furniture, its heading with it. A page
// that lists no other signers names them there: they sign (the first such line sets
// time_ago_signers_). Whether block k was such a line under the list.
inline bool document_reader::take_latest_signatures(std::size_t k) {
    if (blocks[k].lines != 1) return false;
    // The whole line: the clean-up may have cut it at its dash as a list item glued on ("Ольга
    // С." / "– Берлин, 2 часа назад").
    std::string_view const text = in_.cleaned.text;
    auto const from = blocks[k].begin == 0 ? 0 : text.rfind('\n', blocks[k].begin - 1) + 1;
    auto const line = text.substr(from, std::min(text.find('\n', blocks[k].end), text.size()) - from);
    if (!ends_with_time_ago(line)) return false;
    if (st.signatories.empty() || time_ago_signers_) {
        time_ago_signers_ = true;
        return false;
    }
    roles[k] = block_role::chrome_footer;
    if (k > 0 && roles[k - 1] == block_role::signatory_header) roles[k - 1] = block_role::chrome_footer;
    readings_.drop(k);
    return true;
}

// Reads block k of a list: a petition's widget line, a contact line under the signer above,
// or an entry.
inline void document_reader::take(std::size_t k) {
    if (take_latest_signatures(k) || take_contact_under_name(k)) return;
    take_entry(k);
}

// Reads block k of a list as an entry. A role line under a person's name ("Wiktor Świetlik" /
// "Dyrektor Centrum …") is that person's role, not a signer of its own.
inline void document_reader::take_entry(std::size_t k) {
    roles[k] = block_role::signatory;
    auto raw = raw_of(k);
    // The previous signer by reference: `empty() ? signatory{} : back()` was a copy of it.
    auto const bare_person = [&] {
        auto const& previous = st.signatories.back();
        return !previous.role && !previous.country && !previous.acronym &&
               (previous.type == signatory_type::person || looks_like_person(previous.name));
    };
    // "Pieter van Dijk" / "Coordinator, Banana Link Europe": a name with particles after a given
    // name no table lists shows its person by the role under it.
    auto const person_over_role = [&] {
        auto const& previous = st.signatories.back();
        return !previous.role && !previous.country && !previous.acronym && person_over_role_line(previous.name, raw);
    };
    if (!st.signatories.empty() && k > 0 && roles[k - 1] == block_role::signatory && (bare_person() || person_over_role()) &&
        is_role_line(raw)) {
        auto& person = st.signatories.back();
        person.role = std::string(role_of_line(blocks[k].text));
        person.type = signatory_type::person;
        take_country_from_role(person);
        auto const role_span = in_.spans(blocks[k].begin, blocks[k].end);
        person.span.end = role_span.end, person.span.stop = role_span.stop;
        role_line_ = k;
        return;
    }
    // A letter's signature in three lines, "Mira Tallow" / "Director" / "Amber Lantern
    // Association": the organisation under the role, with no blank line between, is the
    // person's, not a signer of its own; its country, the person's ("…, Hungary").
    if (k > 0 && role_line_ == k - 1 && !blocks[k].after_blank && !st.signatories.empty()) {
        auto const& read = reading(k);
        if (read.read && read.signatories.size() == 1 && read.signatories[0].type == signatory_type::organisation &&
            read.likelihood != entry_likelihood::none) {
            auto& person = st.signatories.back();
            auto const& organisation = read.signatories[0];
            *person.role += ", ";
            if (organisation.country && !person.country) {
                *person.role += organisation.name;
                person.country = organisation.country, person.country_code = organisation.country_code;
            } else {
                *person.role += blocks[k].text;
            }
            auto const line_span = in_.spans(blocks[k].begin, blocks[k].end);
            person.span.end = line_span.end, person.span.stop = line_span.stop;
            readings_.drop(k);
            signature_organisation_line_ = k;
            return;
        }
    }
    // "… / Director / Amber Refugee Council / London": the town under a signature's organisation
    // is the person's place.
    if (town_under_signature(k)) {
        give_town(k);
        readings_.drop(k);
        return;
    }
    if (take_card_location(k)) return;
    // Signatures of two lines set apart by blank lines, "Prof. Anna Berg" / "University of Vell":
    // the line right under a person's name, with a blank line or the list's end after it, is
    // what the person signs as (not itself a name: "Anna Berg" / "Oren Vale" are two signers, and
    // so are "Green Drina" / "Roma Rights Centre Zenica", an organisation's name under a name that
    // shows no person by a title or a given name; and a row of titled people in columns, "Prof.
    // Mira Tallow      Dr. Oren Vale" / "Prof. Hana Keller      Dr. Jonas Pike").
    auto const organisation_under_unknown_name = [&] {
        auto const& previous = st.signatories.back();
        return previous.type != signatory_type::person && !opens_with_person_title(previous.name) &&
               !person_by_given_name(previous.name) && names_organisation(blocks[k].text);
    };
    // Nor are "PEN Kazakhstan" / "Index on Censorship", a name that shows no person by a title
    // or a given name over one that shows no organisation a person works for: two names of a
    // short list set apart by a blank line under its header.
    auto const name_under_unknown_name = [&] {
        auto const& previous = st.signatories.back();
        return !opens_with_person_title(previous.name) && !person_by_given_name(previous.name) &&
               !names_organisation(blocks[k].text);
    };
    if (k > 0 && roles[k - 1] == block_role::signatory && blocks[k - 1].after_blank && !blocks[k].after_blank &&
        (k + 1 >= footer_start || blocks[k + 1].after_blank) && !st.signatories.empty() && bare_person() &&
        !looks_like_person(blocks[k].text) && !is_country_line(blocks[k].text) && word_count(blocks[k].text, 13) <= 12 &&
        !organisation_under_unknown_name() && !name_under_unknown_name() && !is_row_of_titled_people(raw)) {
        auto& person = st.signatories.back();
        person.role = blocks[k].text;
        person.type = signatory_type::person;
        take_country_from_role(person);
        auto const line_span = in_.spans(blocks[k].begin, blocks[k].end);
        person.span.end = line_span.end, person.span.stop = line_span.stop;
        readings_.drop(k);
        return;
    }
    // "On behalf of Amber Lantern Association," / "Anna Berg, Director": a signature that says
    // whom its person signs for; the line heads the people under it, as a header does.
    if (k + 1 < footer_start && roles[k + 1] == block_role::paragraph && !blocks[k].text.empty() &&
        (blocks[k].text.back() == ',' || blocks[k].text.back() == ':'))
        if (auto behalf = behalf_in(k); !behalf.empty()) {
            roles[k] = block_role::signatory_header;
            group_behalf_ = std::move(behalf);
            readings_.drop(k);
            return;
        }
    // A line that is a country alone heads the signers from there ("Armenia" / "Helsinki
    // Committee of Armenia" / "Journalists' Club Asparez" / "Georgia" / …), or, where each
    // name has its country on the line under it, is the country of the signer above. Only
    // a line read as one bare name is looked up: most have a country, or several words.
    auto const& read = reading(k);
    bool const bare_name = read.read && read.signatories.size() == 1 && !read.signatories[0].country &&
                           !read.signatories[0].acronym && read.signatories[0].type == signatory_type::organisation &&
                           read.signatories[0].name.size() <= 60;
    if (bare_name && is_country_line(blocks[k].text)) {
        readings_.drop(k);
        if (country_under_name(k)) {
            auto& signer = st.signatories.back();
            give_country_of_line(blocks[k].text, signer);
            drop_closing_dash(signer.name);  // "Ассоциация «…» –" / "Франция"
            auto const line_span = in_.spans(blocks[k].begin, blocks[k].end);
            signer.span.end = line_span.end, signer.span.stop = line_span.stop;
        } else {
            roles[k] = block_role::signatory_header;
            head_group(k, false);
        }
        return;
    }
    // A block is taken once, and its reading is not needed after: its signatories move out.
    auto r = readings_.take(k);
    // "Pour la Ligue … (LICODEL)" / "Me Jean-Pierre Mbuyi Kalonji" / "Président": a signature
    // block's first line names the organisation its person signs for after "Pour la", "For the",
    // "От имени"; the organisation signs, under its name without those words.
    auto const over_signing_person = [&] {
        return k + 1 < footer_start && roles[k + 1] == block_role::paragraph && !blocks[k + 1].after_blank &&
               (opens_with_person_title(blocks[k + 1].text) || looks_like_person(blocks[k + 1].text));
    };
    // (The label first: most organisations open with none, and the person under it costs more.)
    if (r.read && r.signatories.size() == 1 && r.signatories[0].type == signatory_type::organisation)
        if (auto const label = behalf_label_length(r.signatories[0].name); label != 0 && over_signing_person()) {
            auto& organisation = r.signatories[0];
            organisation.span.begin += behalf_label_length(raw.substr(organisation.span.begin));
            organisation.name.erase(0, label);
        }
    // "and Democracy (ISFC), Georgia": the entries that go on with a name wrapped in its column,
    // each with what it adds to that name ("and Democracy": the reading leaves "and" out).
    std::vector<std::pair<std::size_t, std::string_view>> wrapped;
    if (r.read)
        for (std::size_t i = 0; i < r.signatories.size(); ++i) {
            auto const& s = r.signatories[i];
            if (auto added = continued_cell(raw.substr(s.span.begin, s.span.end - s.span.begin), s.name); !added.empty())
                wrapped.emplace_back(i, added);
        }
    auto signers = r.read ? signatories_of(std::move(r), blocks[k].content_begin, in_.spans)
                          : read_signatories(raw, blocks[k].content_begin, in_.spans);
    if (give_organisations_to_row_above(k, signers)) return;
    // "Fundacja Panoptykon;" / "Akcja Demokracja.", "A ; B.": the full stop after a list's last signer.
    if (!signers.empty())
        end_sentence_of_names(k > 0 && roles[k - 1] == block_role::signatory ? std::string_view(blocks[k - 1].text) : std::string_view(),
                              blocks[k].text, signers.back());
    for (std::size_t i = 0; i < signers.size(); ++i) {
        auto& s = signers[i];
        auto const w = std::find_if(wrapped.begin(), wrapped.end(), [&](auto const& c) { return c.first == i; });
        if (join_wrapped_cell(s, w != wrapped.end() ? w->second : std::string_view(), signers.size() > 1)) continue;
        if (i == 0 && (join_name_tail(k, s) || join_flowing_name(k, s))) continue;
        if (group_country_ && !s.country) {
            s.country = group_country_, s.country_code = group_country_code_;
            read_town_after_dash(s);
        }
        // The organisation joins the person's role, unless the role names it already
        // ("przewodniczący KORD" under "W imieniu KORD:").
        if (!group_behalf_.empty() && s.type == signatory_type::person &&
            (!s.role || s.role->find(group_behalf_) == std::string::npos))
            s.role = s.role ? *s.role + ", " + group_behalf_ : group_behalf_;
        take_group_type(s);
        st.signatories.push_back(std::move(s));
    }
}

// A letter signed by several people side by side, each with the organisation under the name
// in its column, the two rows apart from the text by blank lines: "Асель Токтогулова      Бакыт
// Осмонов" / "Фонд «Право»      Центр «Адилет»", "Mira Tallow      Jonas Pike" / "Amber Lantern
// League      Birchwood Legal Aid Network". Each organisation is the role of the person above it,
// as in a signature of two lines, and signs nothing of its own. A list of signers in columns
// goes on past two rows, and mixes people and organisations in a row.
inline bool document_reader::give_organisations_to_row_above(std::size_t k, std::vector<signatory> const& signers) {
    if (signers.size() < 2 || k == 0 || roles[k - 1] != block_role::signatory || blocks[k].after_blank ||
        st.signatories.size() < signers.size())
        return false;
    bool const row_apart = (blocks[k - 1].after_blank || k < 2 || roles[k - 2] != block_role::signatory) &&
                           (k + 1 >= footer_start || blocks[k + 1].after_blank);
    if (!row_apart) return false;
    auto const people = st.signatories.end() - static_cast<std::ptrdiff_t>(signers.size());
    for (std::size_t i = 0; i < signers.size(); ++i) {
        auto const& person = people[static_cast<std::ptrdiff_t>(i)];
        auto const& organisation = signers[i];
        bool const above = person.span.stop.line == person.span.start.line &&
                           person.span.start.line + 1 == organisation.span.start.line &&
                           organisation.span.start.column + 4 >= person.span.start.column &&
                           organisation.span.start.column <= person.span.start.column + 4;
        bool const bare = !person.role && !person.country && !person.acronym &&
                          (person.type == signatory_type::person || looks_like_person(person.name));
        if (!above || !bare || organisation.type != signatory_type::organisation || looks_like_person(organisation.name) ||
            (!names_organisation(organisation.name) && !organisation.acronym))
            return false;
    }
    for (std::size_t i = 0; i < signers.size(); ++i) {
        auto& person = people[static_cast<std::ptrdiff_t>(i)];
        auto const& organisation = signers[i];
        person.type = signatory_type::person;
        person.role = organisation.acronym ? organisation.name + " (" + *organisation.acronym + ")" : organisation.name;
        if (organisation.country) person.country = organisation.country, person.country_code = organisation.country_code;
        person.span.end = organisation.span.end, person.span.stop = organisation.span.stop;
    }
    return true;
}

// "Green Future Initiative" / "Accra, Ghana", "Maria Fernández" / "Lima, Peru": a web page's card
// of a signer, its name on one line and where it is on the next, a town and its country; cards
// apart by blank lines, or one under another. Block k, such a line under the name opening a
// card, gives the signer above its place and country and is no signer of its own (a town signs
// nothing); whether it was. "Amber Forum" / "Coral Bay Network, Kenya" are two signers: a town
// is one word ("Ivano-Frankivsk"), or two to four on a card of two lines apart by blank lines
// ("New York, USA").
inline bool document_reader::take_card_location(std::size_t k) {
    if (k < 2 || blocks[k].after_blank || roles[k - 1] != block_role::signatory || st.signatories.empty()) return false;
    auto& signer = st.signatories.back();
    if (signer.country || signer.place || signer.role) return false;
    // The name opens its card: after a blank line, right under the list's header, or right
    // under the card before.
    bool const opens_card = blocks[k - 1].after_blank || roles[k - 2] == block_role::signatory_header ||
                            card_location_line_ == k - 2;
    if (!opens_card) return false;
    auto const& read = reading(k);
    if (!read.read || read.signatories.size() != 1) return false;
    auto const& where = read.signatories[0];
    if (!where.country_code || where.acronym || where.role || where.place) return false;
    // Written "Town, Country": "Birchwood Circle (Poland)" is a signer's entry.
    auto const& line = blocks[k].text;
    if (line.find(", ") != where.name.size() || line.find('(') != std::string_view::npos) return false;
    bool const apart = blocks[k - 1].after_blank && (k + 1 >= footer_start || blocks[k + 1].after_blank);
    if (!is_town_line(where.name) && !(apart && is_town_of_words(where.name)))
        return false;
    roles[k] = block_role::signatory;
    signer.place = where.name;
    signer.country = where.country, signer.country_code = where.country_code;
    auto const line_span = in_.spans(blocks[k].begin, blocks[k].end);
    signer.span.end = line_span.end, signer.span.stop = line_span.stop;
    readings_.drop(k);
    card_location_line_ = k;
    return true;
}

// A name wrapped in its column of a PDF's list, the rest on the next line in the same column:
// "International Society for Fair Courts" / "and Democracy (ISFC), Georgia" (`added`: what the
// second line adds to the name, from continued_cell), "Coral Forum on Women, Law and" /
// "Development (CFWLD)", or "Kestrel Committee to Protect" / "Writers (KCPW)", whose acronym
// spells the two lines' words together and not the second's alone. `in_columns`: the signer's
// line has other cells. Joins signer `s` to the organisation right above it in its column;
// whether it did.
inline bool document_reader::join_wrapped_cell(signatory const& s, std::string_view added, bool in_columns) {
    auto const line = s.span.start.line, column = s.span.start.column;
    auto const recent = st.signatories.rbegin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(st.signatories.size(), 8));
    // In its column, or indented a little under it ("Committee for Free Elections" / "   in Lakeshore").
    auto const t = std::find_if(st.signatories.rbegin(), recent, [&](signatory const& o) {
        return o.span.start.line + 1 == line && o.span.stop.line == o.span.start.line && column + 1 >= o.span.start.column &&
               column <= o.span.start.column + 4;
    });
    if (t == recent) return false;
    auto& above = *t;
    if (above.type != signatory_type::organisation || above.acronym || above.country) return false;
    // One name a line that ends in a comma and a lower-case "and" goes on with the list, not the
    // name ("Coral Bay Forum," / "and Dune Press Centre."): only a list in columns wraps its cells.
    bool const columns = in_columns || std::any_of(st.signatories.rbegin(), recent, [&](signatory const& o) {
                             return &o != &above && o.span.start.line == above.span.start.line;
                         });
    // "Carolina Worker Center      National Council for Occupational" / "      Safety and Health
    // (COSH)": the line's one cell stands under the right-hand cell of the line above, its left
    // column empty; a list in two columns fills its left column on every line but where a
    // right-hand name wraps.
    bool const right_cell_alone = !in_columns && std::any_of(st.signatories.rbegin(), recent, [&](signatory const& o) {
        return &o != &above && o.span.start.line == above.span.start.line && o.span.start.column < above.span.start.column;
    });
    bool const wraps = columns && (!added.empty() || ends_with_function_word(above.name) || right_cell_alone);
    if (!wraps && !(s.acronym && spells_acronym(above.name + ' ' + s.name, *s.acronym) && !spells_acronym(s.name, *s.acronym)))
        return false;
    above.name += ' ';
    above.name += added.empty() ? std::string_view(s.name) : added;
    above.acronym = s.acronym;
    above.country = s.country, above.country_code = s.country_code;
    if (!above.place) above.place = s.place;
    above.span.end = s.span.end, above.span.stop = s.span.stop;
    return true;
}

// "Kharkiv Human Rights Protection" / "Group (Ukraine)": a name wrapped before its last word,
// which a PDF puts on the next line, after a page's break or a blank line at times. A word that
// names a kind of organisation and nothing else is no signer's whole name: with the country or
// the acronym the entry ends with, it ends the name of the signer on the list's line above,
// which has neither. Joins signer `s`, the first of block k, to that signer; whether it did.
// So does the rest of a name that goes on in lower case after such a break ("Kharkiv Human
// Rights Protection" / "" / "group for victims (Ukraine)"); a line in lower case right under
// another is one of its own, the break read already ("lndex on Censorship, United Kingdom", a
// scan's "l" for "I").
inline bool document_reader::join_name_tail(std::size_t k, signatory const& s) {
    if (st.signatories.empty() || s.type != signatory_type::organisation || (!s.country && !s.acronym)) return false;
    // The line above in the list, the page's furniture between left out.
    std::size_t above_line = k;
    while (above_line > 0 && (roles[above_line - 1] == block_role::chrome_footer || roles[above_line - 1] == block_role::chrome_header))
        --above_line;
    if (above_line == 0 || roles[above_line - 1] != block_role::signatory) return false;
    auto& above = st.signatories.back();
    if (above.type != signatory_type::organisation || above.acronym || above.country || above.place ||
        above.span.begin < in_.cleaned.to_original(blocks[above_line - 1].content_begin))
        return false;
    // The signer's words asked last: in a list whose signers each have a country, the signer
    // above has one too, and no line is asked.
    bool const rest_in_lower_case =
        blocks[k].after_blank && !s.name.empty() && utf8::is_lower_letter(utf8::decode(s.name, 0).cp);
    if (!rest_in_lower_case && (text::word_count(s.name, 2) != 1 || !names_organisation(s.name))) return false;
    above.name += ' ';
    above.name += s.name;
    above.acronym = s.acronym;
    above.country = s.country, above.country_code = s.country_code;
    above.span.end = s.span.end, above.span.stop = s.span.stop;
    return true;
}

// "… ; Collectif des Journalistes" / "Indépendants (CJI) ; Kandé Solidarité.": names apart by
// semicolons flow over the lines of a PDF as a sentence does; where a line ends with no
// semicolon, its last name may go on at the start of the next, up to its first semicolon.
// Taken so where the two make one name: the acronym after them spells both lines' words (not
// the second's alone), or the line above ends with a word that ends no name ("… du" / "Sahel").
// A list of two names a line ("Amber Forum; Birchwood Institute" / "Coral Network; …") keeps
// its names apart. So do names apart by commas, each closed by its parenthesis ("…, Just Centre
// of Women Lawyers (South Africa), Rural" / "Institute for Climate Action (Colombia), …"): a line
// that ends with a name without its parenthesis wrapped it, and the entry that opens the next
// line, with one, ends it. Joins signer `s`, the first of block k, to the last of the block
// above; whether it did.
inline bool document_reader::join_flowing_name(std::size_t k, signatory const& s) {
    if (k == 0 || st.signatories.empty() || blocks[k].after_blank || roles[k - 1] != block_role::signatory) return false;
    std::string_view const above_line = blocks[k - 1].text;
    if (above_line.empty() || above_line.back() == ';' || above_line.back() == ',' || above_line.back() == '.')
        return false;
    bool const closed_by_parentheses = above_line.back() != ')' && above_line.find("), ") != std::string_view::npos;
    // The semicolon sought only where the line's survey holds one: most lines of a list hold none.
    if ((!blocks[k - 1].may_hold<';'>() || above_line.find(';') == std::string_view::npos) && !closed_by_parentheses) return false;
    auto& above = st.signatories.back();
    if (above.type != signatory_type::organisation || above.acronym || above.country ||
        above.span.begin < in_.cleaned.to_original(blocks[k - 1].content_begin))
        return false;
    bool const spelled = s.acronym && spells_acronym(above.name + ' ' + s.name, *s.acronym) && !spells_acronym(s.name, *s.acronym);
    // The entry that opens this line, written with its parentheses ("Institute for Climate Action
    // (Colombia), …"), not one given its country by a heading ("Belgium: Ligue belge …").
    auto const opens_line_with_parentheses = [&] {
        auto entry = std::string_view(blocks[k].text).substr(0, blocks[k].text.find(", "));
        while (!entry.empty() && (entry.back() == '.' || entry.back() == ';')) entry.remove_suffix(1);
        return !entry.empty() && entry.back() == ')' && s.span.begin == in_.cleaned.to_original(blocks[k].content_begin);
    };
    bool const closes_name = closed_by_parentheses && (s.acronym || s.country) && opens_line_with_parentheses();
    if (!spelled && !closes_name && !ends_with_function_word(above.name)) return false;
    above.name += ' ';
    above.name += s.name;
    above.acronym = s.acronym;
    above.country = s.country, above.country_code = s.country_code;
    above.span.end = s.span.end, above.span.stop = s.span.stop;
    return true;
}

// "(Ukraine)      (Netherlands)": the countries of a line that holds parenthesised countries
// alone, each with its offset in `raw`; none for any other line (most open with no parenthesis).
inline std::vector<std::pair<std::size_t, std::string_view>> parenthesised_countries(std::string_view raw) {
    std::vector<std::pair<std::size_t, std::string_view>> countries;
    if (raw.empty() || raw.front() != '(') return countries;
    for (std::size_t open = 0; open < raw.size(); open = raw.find_first_not_of(" \t", open)) {
        auto const close = raw.find(')', open);
        if (raw[open] != '(' || close == std::string_view::npos || !is_country_line(raw.substr(open + 1, close - open - 1)))
            return {};
        countries.emplace_back(open, raw.substr(open + 1, close - open - 1));
        open = close + 1;
    }
    return countries;
}

// "Coral Bay Human Rights Union      Dune Press Centre" / "(Ukraine)      (Netherlands)": a PDF's
// list in columns whose names' countries, in parentheses, wrapped onto the next line, each in
// its name's column (or one column: "Coral Bay Human Rights Union" / "(Ukraine)"). Block k, a
// line of such countries alone, gives each to the signer above it that has none; whether it was.
inline bool document_reader::take_wrapped_countries(std::size_t k) {
    if (k == 0 || roles[k - 1] != block_role::signatory || blocks[k].lines != 1) return false;
    auto const countries = parenthesised_countries(raw_of(k));
    if (countries.empty()) return false;
    auto const recent = st.signatories.rbegin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(st.signatories.size(), 8));
    std::vector<std::pair<signatory*, source_span>> above_each;  // given only when each has its signer
    for (auto const& [at, country] : countries) {
        auto const cell = in_.spans(blocks[k].content_begin + at, blocks[k].content_begin + at + country.size() + 2);
        auto const above = std::find_if(st.signatories.rbegin(), recent, [&](signatory const& o) {
            return o.span.stop.line + 1 == cell.start.line && cell.start.column + 1 >= o.span.start.column &&
                   cell.start.column <= o.span.start.column + 4;
        });
        if (above == recent || above->country) return false;
        above_each.emplace_back(&*above, cell);
    }
    for (std::size_t i = 0; i < countries.size(); ++i) {
        auto& [signer, cell] = above_each[i];
        give_country_of_line(countries[i].second, *signer);
        signer->span.end = cell.end, signer->span.stop = cell.stop;
    }
    roles[k] = block_role::signatory;
    readings_.drop(k);
    return true;
}

// "On behalf of the Coral Bay Human Rights Forum:", "От имени Центра «Весна»:": the
// organisation after a behalf phrase of the tables, without the article and the colon.
inline std::string document_reader::behalf_in(std::size_t header) const {
    std::string_view const text = blocks[header].text;
    auto const lowered = utf8::lower_same_length(text.substr(0, std::min<std::size_t>(text.size(), 64)));
    auto const phrase = lang::starts_with_any<&lang::language_table::behalf_phrases>(lowered);
    if (!phrase || phrase.phrase.size() >= text.size() || text[phrase.phrase.size()] != ' ') return {};
    auto name = text.substr(phrase.phrase.size() + 1);
    while (!name.empty() && (name.back() == ':' || name.back() == ' ' || name.back() == ',')) name.remove_suffix(1);
    return std::string(lang::past_article(name));
}

inline void document_reader::head_group(std::size_t line, bool on_behalf) {
    signatory heading;
    // A state's heading gives no country ("Georgia" among "Alabama" and "Texas" is the state).
    if (!is_state_heading(line)) give_country_of_line(blocks[line].text, heading);
    group_country_ = std::move(heading.country);
    group_country_code_ = std::move(heading.country_code);
    // "Від імені організацій:" names whom its people sign for, not what they are; "The Steering
    // Committee of the Amber Coalition:" names a body of people, whatever its network's word.
    group_governs_ = governing_body_over_list(line) != 0;
    group_type_ = on_behalf || group_governs_ ? std::nullopt : group_type_of(line);
}

// What signers a group's heading names: "Individuals", "Частные лица" people; "National
// organisations", "Networks" organisations; neither for any other heading ("Armenia:").
inline std::optional<signatory_type> document_reader::group_type_of(std::size_t k) const {
    return folded[k].size() > 80 ? std::nullopt : group_type_in(folded[k]);
}

// The same, of a heading's fold.
inline std::optional<signatory_type> document_reader::group_type_in(std::string_view f) {
    if (lang::find_any<&lang::language_table::person_groups>(f)) return signatory_type::person;
    // "Signatories:", "Signataires :" name signers of either kind: a word of the signing cues.
    auto const group = lang::find_any<&lang::language_table::author_groups>(f);
    if (!group || lang::is_phrase<&lang::language_table::signing_cues>(group.phrase))
        return std::nullopt;
    return signatory_type::organisation;
}

// "Networks", "National organisations", "Individuals (affiliations for identification only)",
// "Российские организации": a group's heading without a colon, a few words in sentence case
// (a note in parentheses after them) that name what its signers are.
// "Civil Society Organisations", "Religious Leaders", "Networks and Coalitions": a few words in
// title case over the lines of their group, that end with a group of authors or of people and
// hold no word of an organisation's name. One such line alone may be a name ("Funky
// Citizens"); two or more in the list head its groups. They stand over their lines, after a
// blank line or not ("Labor federations" / the federations / "Labor NGOs" / the NGOs), or apart
// over a heading of states under them ("State and Local Organizations" / "Alabama" / …);
// another of the list may end in a colon ("National Organizations:" / … / "Faith Organizations").
inline bool document_reader::titled_group_heading(std::size_t k, std::string_view t) const {
    auto const shaped = [&](std::size_t i, std::string_view text) {
        auto const& b = blocks[i];
        if (i + 1 >= footer_start || text.size() > 40 ||
            // over a heading of states or countries, only apart after a blank line
            (blocks[i + 1].after_blank && !(b.after_blank && (is_state_heading(i + 1) || is_country_line(blocks[i + 1].text)))) ||
            text::word_count(text, 5) > 4 || text.find_first_of("0123456789,;.:()\"") != std::string_view::npos ||
            // "Projects & Organisations": an ampersand between two words is their "and", not a name's ("AT&T")
            (text.find('&') != std::string_view::npos && text.find(" & ") == std::string_view::npos) ||
            !utf8::is_upper_letter(utf8::decode(text, 0).cp))
            return false;
        auto const f = utf8::fold(text);
        if (names_beside_author_groups(f)) return false;
        auto const last = std::string_view(f).substr(f.rfind(' ') + 1);
        auto const whole = [&](lang::phrase_match const& m) { return m && m.phrase.size() == last.size(); };
        if (whole(lang::starts_with_any<&lang::language_table::author_groups>(last))) return true;
        // A name may end with a group of people ("Funky Citizens", "Alternative Espaces
        // Citoyens"): such a line heads a group only apart after a blank line.
        return b.after_blank && whole(lang::starts_with_any<&lang::language_table::person_groups>(last));
    };
    if (!shaped(k, t)) return false;
    std::size_t const from = k > 200 ? k - 200 : body_start, to = std::min(footer_start, k + 200);
    for (std::size_t i = std::max(from, body_start); i < to; ++i) {
        std::string_view other = blocks[i].text;
        if (i == k || other.size() > 41 || other.empty()) continue;
        if (other.back() == ':') other.remove_suffix(1);
        if (shaped(i, other)) return true;
    }
    return false;
}

// "Alabama", "NEW MEXICO": a US state's name alone, apart after a blank line (or a Markdown
// heading), heads the signers from that state in a US letter's list, and so does a Canadian
// province's or an Australian state's in theirs ("Ontario", "Québec", "Queensland"). "Georgia"
// names a country too, and heads a state's group only among the headings of states that name none.
inline bool document_reader::is_state_heading(std::size_t k) const {
    auto const state_alone = [&](std::size_t i) {
        auto const& b = blocks[i];
        return (b.after_blank || b.kind == block_kind::heading) && b.text.size() > 2 &&
               (geo::is_us_state(b.text) || geo::is_province_or_state(b.text));
    };
    if (!state_alone(k)) return false;
    if (!is_country_line(blocks[k].text)) return true;
    std::size_t const from = std::max(body_start, k > 200 ? k - 200 : 0), to = std::min(footer_start, k + 200);
    for (std::size_t i = from; i < to; ++i)
        if (i != k && state_alone(i) && !is_country_line(blocks[i].text)) return true;
    return false;
}

// "IFEX members" / "Amber Forum" / "Birchwood Institute" / "" / "Non-members" / …: a group's
// heading apart after a blank line, over the lines of its group, that shows nothing of a
// signer (no country, acronym or organisation's word) but its capital; its last word may join
// the group's word to what sets the group apart by a hyphen ("Non-members").
inline bool document_reader::group_title_apart(std::size_t k) const {
    if (!blocks[k].after_blank || k + 1 >= footer_start || blocks[k + 1].after_blank || roles[k + 1] != block_role::paragraph ||
        likelihood(k) == entry_likelihood::certain)
        return false;
    std::string_view const f = folded[k];
    auto const hyphen = f.rfind('-');
    auto const group = hyphen == std::string_view::npos ? std::string_view() : f.substr(hyphen + 1);
    bool const group_after_hyphen = !group.empty() && f.size() <= 40 && group.find(' ') == std::string_view::npos &&
                                    (is_signatory_header(group) || group_type_in(group));
    return group_after_hyphen || is_group_title(k);
}

inline bool document_reader::is_group_title(std::size_t k) const {
    auto const& b = blocks[k];
    if ((b.kind != block_kind::text && b.kind != block_kind::heading) || b.text.empty() || b.text.size() > 80) return false;
    std::string_view t = b.text;
    if (t.back() == ')') {  // the note's parenthesis, sought back from the end
        std::size_t open = t.size() - 1;
        while (open > 0 && t[open] != '(') --open;
        // "Collectif des associations citoyennes (CAC)": an acronym, not a note, follows a name.
        auto const inside = t.substr(open + 1, t.size() - open - 2);
        // "Individual signatories (3)": a count is a note.
        if (!inside.empty() && inside.size() <= 12 &&
            std::all_of(inside.begin(), inside.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
            std::any_of(inside.begin(), inside.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            return false;
        if (open > 1 && t[open - 1] == ' ') t = t.substr(0, open - 1);
    }
    if (t.empty() || t.size() > 40 || !utf8::is_upper_letter(utf8::decode(t, 0).cp)) return false;
    // "Asia-Pacific", "Latin America and the Caribbean": a region's name heads its signers.
    if (is_region_line(t) || is_state_heading(k) || is_faith_heading(b, folded[k])) return true;
    // "ENDORSED IN PERSONAL CAPACITY": a heading in capitals, after a blank line, whose last
    // words name its group (a list in capitals has names such as "NETWORK OF HUMAN RIGHTS
    // DEFENDERS" too, one under the other).
    bool capitals = b.after_blank;
    for (std::size_t i = 0; capitals && i < t.size();) {
        auto const d = utf8::decode(t, i);
        capitals = !utf8::is_lower_letter(d.cp);
        i += d.length;
    }
    // Its shape first: most lines of a list are names in title case, told at their second word.
    // But "Civil Society Organisations", "Religious Leaders", "Networks and Coalitions": a few
    // words in title case, apart after a blank line over the lines of its group, that end with
    // a group of authors or of people and hold no word of an organisation's name, head them.
    if (!capitals && titled_group_heading(k, t)) return true;
    // A Markdown heading is set in title case as often as not ("### Projects & Organisations").
    bool const heading = b.kind == block_kind::heading;
    if (auto const space = t.find(' '); !capitals && !heading && space != std::string_view::npos && space + 1 < t.size() &&
                                        t[space + 1] != '&' && !utf8::is_lower_letter(utf8::decode(t, space + 1).cp))
        return false;
    std::size_t words = 1;
    bool title_case = false;  // a heading's later word in capitals
    for (std::size_t i = 0; i < t.size(); ++i) {
        char const c = t[i];
        // "NGOs & networks": an ampersand between two words is their "and".
        bool const ampersand = c == '&' && i > 0 && t[i - 1] == ' ' && i + 1 < t.size() && t[i + 1] == ' ';
        if ((c >= '0' && c <= '9') || c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == ')' ||
            (c == '&' && !ampersand) || c == '"')
            return false;
        if (c != ' ') continue;
        if (++words > 5 || i + 1 >= t.size()) return false;
        if (capitals || t[i + 1] == '&' || utf8::is_lower_letter(utf8::decode(t, i + 1).cp)) continue;
        if (!heading) return false;
        title_case = true;
    }
    // The words before the parentheses say it ("FOL (Frente de Organizaciones en Lucha)" is a name),
    // or end as a header does ("Additional signatories (added after publication)"). Four words
    // or five end with it ("Global and regional organisations"; "Collectif des associations
    // citoyennes" is a name).
    auto const folded_words = t.size() == b.text.size() ? std::string(folded[k]) : utf8::fold(t);
    if (is_list_closer(folded_words)) return false;  // "And twelve other organisations"
    if (is_signatory_header(folded_words + ":")) return true;
    // "Additional signatories after publication", "Signatures received after the launch": a
    // header's words, then when its signers joined.
    if (holds_signatory_header(folded_words)) return true;
    if (!group_type_in(folded_words)) return false;
    if (words <= 3 && !capitals && !title_case) return true;
    // "Endorsed in personal capacity", "Projects & Organisations": the words of a group end it.
    std::string_view const f = folded_words;
    auto const ends_title = [&](lang::phrase_match const& m) { return m && m.position + m.phrase.size() == f.size(); };
    auto const last = f.substr(f.rfind(' ') + 1);
    return lang::is_phrase<&lang::language_table::author_groups>(last) ||
           lang::is_phrase<&lang::language_table::person_groups>(last) ||
           ends_title(lang::find_any<&lang::language_table::person_groups>(f));
}

// Under a heading of people, a signer read as an organisation is a person ("Ketevan Gelashvili",
// "Mariam Kurtanidze, Kutaisi": the part after the comma their role); under one of
// organisations, a name read as a person's and a role is an organisation's name
// ("Fundar Norte, Centro de Análisis e Investigación").
inline void document_reader::take_group_type(signatory& s) const {
    // Under a governing body, a name of a person's shape is a member's ("Jonas Berg"); an
    // organisation on its board keeps its name's word or acronym ("Amber Network (AN)").
    if (group_governs_ && s.type != signatory_type::person && !s.acronym && !names_organisation(s.name) &&
        looks_like_person(s.name)) {
        s.type = signatory_type::person;
        return;
    }
    if (!group_type_ || s.type == *group_type_) return;
    if (*group_type_ == signatory_type::person) {
        // "Pacifique Nininahazwe, FOCODE, Burundi", "Armel Niyongere (ACAT-Burundi)": a person's
        // name with the acronym of the organisation they work for, their affiliation.
        if (s.acronym && !s.role && !names_organisation(s.name) && looks_like_person(s.name)) {
            s.type = signatory_type::person;
            s.role = std::move(*s.acronym);
            s.acronym.reset();
            return;
        }
        if (s.acronym || names_organisation(s.name)) return;
        s.type = signatory_type::person;
        if (auto const comma = s.name.find(", "); comma != std::string::npos && !s.role) {
            s.role = s.name.substr(comma + 2);
            s.name.erase(comma);
        }
        return;
    }
    // "Labor NGOs" / … / "Church" / "Rev. Fr. Nonoy Dizon, Diocese of Imus": a person's title
    // says a person signs, whatever the heading above (a group's heading read as a signer leaves
    // the people under it in the group before).
    if (s.type == signatory_type::person && opens_with_person_title(s.name)) return;
    s.type = signatory_type::organisation;
    if (s.role) {
        s.name += ", " + *s.role;
        s.role.reset();
    }
}

// "Ассоциация «Права человека в Центральной Азии – Европа» –" / "Франция", "Association for
// Human Rights in Central Asia" / "– France": a PDF's entry "Name – Country" wrapped before its
// country, the dash that parts them at the end of the name's line or opening the country's
// (where the line above opens with none: a list of dashes as bullets opens each line so).
inline bool document_reader::wrapped_before_country(std::size_t k) const {
    auto const opens_with_dash = [&](std::size_t i) {
        auto const line = line_of(i);
        auto const first = line.find_first_not_of(' ');
        return first != std::string_view::npos && text::dash_length_at(line, first) != 0;
    };
    return spaced_dash_at_end(blocks[k - 1].text) != 0 || (opens_with_dash(k) && !opens_with_dash(k - 1));
}

// Whether a contact (a digit, "+", "@" or "www.") stands in the first three words of `line`,
// read up to its third space and no further: this is asked of every line of a list, and most
// are names, longer than their first words.
inline bool contact_in_first_words(std::string_view line) {
    std::size_t spaces = 0;
    for (std::size_t at = 0; at < line.size(); ++at) {
        char const c = line[at];
        if (c == ' ') {
            if (++spaces > 2) return false;
        } else if ((c >= '0' && c <= '9') || c == '+' || c == '@' || (c == 'w' && line.compare(at, 4, "www.") == 0)) {
            return true;
        }
    }
    return false;
}

// "National Union of Textile Workers" / "Plot 12, Textile House, Kaduna" / "Nigeria", "Banana
// Link Europe" / "Tel. +44 1603 765670": the address and contacts a letter gives under each
// signer's name, with no blank line between. Block k is such a line under the line above it: a
// number first ("18 Ring Road Central, Accra"), a postcode, a mail or web address, a telephone
// number, or a number right before the first comma ("P.O. Box 905, Kaduna"); but a line whose
// last comma a country follows is an entry ("Article 19, United Kingdom").
inline bool document_reader::is_contact_under_name(std::size_t k) const {
    auto const& b = blocks[k];
    if (k <= body_start || b.after_blank || b.lines != 1 || b.text.empty() || roles[k - 1] == block_role::signatory_header)
        return false;
    // The contact opens the line, after a key of a word or two ("Tel.", "Email:", "P.O. Box"): a
    // line that opens with a name is an entry ("Dune Press Centre – www.dune.example").
    if (!contact_in_first_words(b.text)) return false;
    if (holds_phone_number(b.text)) return true;
    // The comma sought where the line's survey holds one (a list's "Name No 12 (Country)" holds none).
    auto const comma = b.may_hold<','>() ? b.text.find(", ") : std::string_view::npos;
    bool const number_before_comma = comma != std::string_view::npos && comma > 0 && b.text[comma - 1] >= '0' && b.text[comma - 1] <= '9';
    if (!number_before_comma && !is_contact_line(b)) return false;
    // "11.11.11, Belgium", "350 Pilipinas, Philippines": an entry's name and its country.
    return comma == std::string_view::npos || !is_country_line(b.text.substr(b.text.rfind(", ") + 2));
}

// Block k, a contact line under a signer's bare name (or under another such line), is that
// signer's: it goes into the signer's span, and signs nothing of its own; whether it was. (A
// person's signature with a role has its own contact lines: "Maria Jiménez" / "Coordinator" /
// "maria@amber.example".)
inline bool document_reader::take_contact_under_name(std::size_t k) {
    if (st.signatories.empty() || roles[k - 1] != block_role::signatory ||
        (st.signatories.back().type == signatory_type::person && st.signatories.back().role) || !is_contact_under_name(k))
        return false;
    roles[k] = block_role::signatory;
    auto& signer = st.signatories.back();
    auto const line_span = in_.spans(blocks[k].begin, blocks[k].end);
    signer.span.end = line_span.end, signer.span.stop = line_span.stop;
    readings_.drop(k);
    return true;
}

// "Committee for the Safety of Journalists in Balochistan," / "Pakistan": an entry "Name,
// Country" wrapped after its comma, the name's line ending with it; no heading of a group
// ends a line of names so.
inline bool document_reader::wrapped_after_comma(std::size_t k) const {
    return !blocks[k].after_blank && !blocks[k - 1].text.empty() && blocks[k - 1].text.back() == ',';
}

// Whether block k, a country alone, gives the country of the signer on the block above it
// rather than heading the signers under it: the signer above has none, and the list goes on
// name, country, name, country (or ends here). "Armenia" over two or more names heads them, and
// so does "Kenya (3)", "AFRICA — 23 organisations": the count of the signers under it.
inline bool document_reader::country_under_name(std::size_t k) const {
    if (k == 0 || roles[k - 1] != block_role::signatory || st.signatories.empty() || st.signatories.back().country)
        return false;
    if (ends_with_signer_count(blocks[k].text)) return false;
    // "Plot 12, Textile House, Kaduna" / "Nigeria": an address ends with its country.
    if (wrapped_before_country(k) || wrapped_after_comma(k) || (!blocks[k].after_blank && is_contact_under_name(k - 1)))
        return true;
    if (k + 1 >= footer_start || roles[k + 1] != block_role::paragraph || likelihood(k + 1) == entry_likelihood::none)
        return true;
    return k + 2 < footer_start && is_country_line(blocks[k + 2].text);
}

// "…and 23 other organisations": the line that says more signed than the list names is part
// of the list, not a signer, and the statement notes it.
inline void document_reader::close_list_at(std::size_t k) {
    roles[k] = block_role::signatory_header;
    readings_.drop(k);
    diags_.push_back({severity::note, "signatory.others-not-named",
                      "the list of signatories says that more signed than it names: '" + std::string(blocks[k].text) + "'",
                      in_.spans(blocks[k].begin, blocks[k].end)});
}

// Room for `expected` signatories in all, reserved at once before a list is taken: a list of
// tens of thousands of signers grown one doubling at a time holds up to twice the room it
// needs, and three times while it is copied to the next size. A text of many lists (a long
// page of statements one after another) still grows by doublings: room reserved exactly for
// each next list would copy all the signers before it each time, a cost that grows with the
// square of the text.
inline void document_reader::reserve_signatories(std::size_t expected) {
    if (expected > st.signatories.capacity())
        st.signatories.reserve(st.signatories.empty() ? expected : std::max(expected, 2 * st.signatories.capacity()));
}

// Takes the blocks of a list that no rule has taken yet, with room for their signatories
// reserved at once.
inline void document_reader::take_list(std::size_t begin, std::size_t end) {
    auto const untaken = [&](std::size_t k) {
        // a signature's mark among the names ("(Signed)") stays the page's furniture
        return roles[k] != block_role::signatory_header && roles[k] != block_role::signatory &&
               roles[k] != block_role::chrome_footer;
    };
    std::size_t expected = st.signatories.size();
    for (std::size_t k = begin; k < end; ++k) {
        if (!untaken(k)) continue;
        auto const& r = reading(k);  // take() reads it anyway
        expected += r.read ? r.signatories.size() : 1;
    }
    reserve_signatories(expected);
    auto const first = st.signatories.size();
    group_country_.reset();
    group_type_.reset();
    group_governs_ = false;
    // "On behalf of the X Forum:" over the run: its people sign for X; "Україна:" or "### Belarus"
    // over it: they are from there, and the line is the heading of their group.
    bool const introduced = begin > 0 && !blocks[begin - 1].text.empty() && blocks[begin - 1].text.back() == ':';
    group_behalf_ = introduced ? behalf_in(begin - 1) : std::string();
    if (begin > 0 && roles[begin - 1] == block_role::paragraph && blocks[begin - 1].text.size() <= 60 &&
        (introduced || blocks[begin - 1].kind == block_kind::heading ||
         (begin < end && blocks[begin].kind == block_kind::list_item)) &&
        is_country_line(blocks[begin - 1].text)) {
        roles[begin - 1] = block_role::signatory_header;
        head_group(begin - 1, !group_behalf_.empty());
    } else if (begin > 0 && roles[begin - 1] == block_role::paragraph && is_group_title(begin - 1)) {
        // "Networks" / the run: the heading of the run's group, without a colon.
        roles[begin - 1] = block_role::signatory_header;
        head_group(begin - 1, !behalf_in(begin - 1).empty());
        // "State and Local Organizations" / "Alabama" / the run: a heading over its groups' headings.
        if (begin > 1 && roles[begin - 2] == block_role::paragraph && is_group_title(begin - 2))
            roles[begin - 2] = block_role::signatory_header;
    } else if (introduced && group_behalf_.empty() && word_count(blocks[begin - 1].text, 6) <= 5) {
        group_type_ = group_type_of(begin - 1);  // "Individuals:" over the run
    }
    for (std::size_t k = begin; k < end; ++k)
        if (untaken(k) && !take_wrapped_countries(k)) take(k);
    // The town under the last signature's organisation, which reads as no entry ("г. Шымкент").
    if (end > begin && end < footer_start && roles[end] == block_role::paragraph && town_under_signature(end)) give_town(end);
    group_behalf_.clear();
    read_places_after_names(st.signatories, first);
    read_people_by_list(st.signatories, first);
    read_towns_after_roles(st.signatories, first);
    drop_note_numbers(first, begin);
}

// A signer whose entry opens with a link of the markup ("- [Amber Lantern Association](https://…)
// (Georgia)", "<a href=…>Name</a>, Poland") has it for its link, unless its entry wrote one. The
// links and the signers are both in the text's order: one walk over the two.
inline void document_reader::give_signers_their_links() {
    auto const& links = in_.cleaned.links;
    if (links.empty()) return;
    auto link = links.begin();
    for (auto& s : st.signatories) {
        while (link != links.end() && link->begin < s.span.begin) ++link;
        if (link == links.end()) return;
        if (link->begin == s.span.begin && link->end <= s.span.end && !s.link) s.link = link->address;
    }
}

// "Anna Berg" / "Anna Berg is professor of sociology at the University of Vell.": a sentence on
// the signer right above, that opens with its name, is the signer's ("Amber Forum is a network
// of …" too). A person's role is what follows a short verb ("is", "est", "ist", "jest").
inline bool document_reader::take_biography(std::size_t k) {
    if (k == 0 || roles[k - 1] != block_role::signatory || st.signatories.empty()) return false;
    auto& person = st.signatories.back();
    auto const& text = blocks[k].text;
    auto const& name = person.name;
    // The word after the name first: most lines under a name are other names, and stop there.
    if (text.size() <= name.size() + 2 || text[name.size()] != ' ' ||
        !utf8::is_lower_letter(utf8::decode(text, name.size() + 1).cp) || text.compare(0, name.size(), name) != 0 ||
        person.span.end > in_.cleaned.to_original(blocks[k].begin))
        return false;
    roles[k] = block_role::signatory;
    readings_.drop(k);
    auto const line_span = in_.spans(blocks[k].begin, blocks[k].end);
    person.span.end = line_span.end, person.span.stop = line_span.stop;
    auto const verb = name.size() + 1, verb_end = text::word_end(text, verb);
    if (person.role || verb_end - verb > 4 || verb_end + 1 >= text.size() ||
        (person.type != signatory_type::person && !looks_like_person(name)))
        return true;
    person.type = signatory_type::person;
    auto role = std::string_view(text).substr(verb_end + 1);
    if (!role.empty() && role.back() == '.') role.remove_suffix(1);
    role = lang::past_article(role);
    if (!role.empty()) person.role = std::string(role);
    return true;
}

// Takes block k's signers where it names them as a sentence under the list's header ("A
// (Armenia), B (Poland) and C (Georgia)."), or after the header glued to them from `from` on
// ("Signed by: A, B (Country) and C."), which no entry reading takes whole; whether it did.
// "A (LHRC), B, C, and D.", "A, B, C, D.": block k names four signers or more apart by commas
// in a sentence of one line: it ends with a full stop, or its last name follows a conjunction
// after the last comma.
inline bool document_reader::names_as_sentence(std::size_t k) const {
    auto const& b = blocks[k];
    if (b.kind != block_kind::text || b.lines != 1 || b.text.empty()) return false;
    std::size_t commas = 0, last = std::string::npos;
    for (auto at = b.text.find(", "); at != std::string::npos; at = b.text.find(", ", at + 2)) ++commas, last = at;
    if (commas < 3) return false;
    if (b.text.back() == '.') return true;
    // The conjunction as a word of its own: its start alone folded.
    return lang::with_fold_start<&lang::language_table::conjunctions>(
        std::string_view(b.text).substr(last + 2), [](std::string_view after) {
            auto const conjunction = lang::starts_with_any<&lang::language_table::conjunctions>(after);
            return conjunction && conjunction.phrase.size() < after.size() && after[conjunction.phrase.size()] == ' ';
        });
}

inline bool document_reader::take_signatory_sentence(std::size_t k, std::size_t from) {
    auto signers = read_signatory_sentence(raw_of(k).substr(from), blocks[k].content_begin + from, in_.spans);
    if (signers.size() < 2) return false;
    roles[k] = block_role::signatory;
    readings_.drop(k);
    for (auto& s : signers) st.signatories.push_back(std::move(s));
    return true;
}

// "Professor Amber Lantern, University of Seeburg; Sir Oren Vale, former Chief Medical Officer;
// Coral Bay Forum (CBF); …": a paragraph that is only names apart by semicolons signs the text
// as a list does, with no header or closing over it (a newspaper prints its letters' signers
// so), when it has three names or more, each a person's ("Baroness Amber") or showing what it
// is, and half of them at least show it: a role, an organisation's word, an acronym or a
// country. A sentence of the text apart by semicolons has clauses, which show none of it.
inline bool document_reader::take_names_apart_by_semicolons(std::size_t k) {
    auto const& text = blocks[k].text;
    if (blocks[k].kind != block_kind::text || std::count(text.begin(), text.end(), ';') < 2) return false;
    auto signers = read_signatory_sentence(raw_of(k), blocks[k].content_begin, in_.spans);
    if (signers.size() < 3) return false;
    std::size_t shown = 0;
    for (auto const& s : signers) {
        bool const shows = s.role || s.country || s.acronym || names_organisation(s.name);
        if (!shows && s.type != signatory_type::person) return false;
        shown += shows;
    }
    if (shown * 2 < signers.size()) return false;
    roles[k] = block_role::signatory;
    readings_.drop(k);
    for (auto& s : signers) st.signatories.push_back(std::move(s));
    return true;
}

// "Заявление подписали A (GYLA), B, … и «C».", "The statement was signed by A, B and C.": a
// paragraph whose first words are a cue of the signing is a sentence of names, which the
// sentence's reader reads (read_inline_signatories), not a line of entries: as one, its cue
// stayed in the first name and its conjunction joined the last two.
inline bool document_reader::opens_with_signing_cue(std::size_t k) const {
    if (blocks[k].kind != block_kind::text || !block_has(k, block_phrases::bit_of<&lang::language_table::signing_cues>()))
        return false;
    auto const head = std::string_view(folded[k]).substr(0, 64);
    auto const cue = lang::find_any<&lang::language_table::signing_cues>(head);
    return cue && text::word_count(head.substr(0, cue.position), 5) <= 4;
}

// "## Individuals (in personal capacity)": a heading of the list's that names a group, with a
// note in parentheses (a colon marks such a note in a line of text: is_signatory_header).
// "Additional signatories as of 14 March", "UPDATE 24/02/2026: new signatories", "Updated 27
// January: 3 new signatories": a note of when signers joined, or how many, over those who
// joined then or under the list: a header's words among the digits of a date or a count, in a
// short line that ends no sentence and is no entry ("Network of 40 Organisations, Kenya"), nor
// the count of all who signed ("Total: 45 organisations"), which closes the list.
inline bool document_reader::notes_added_signers(std::size_t k) const {
    auto const& b = blocks[k];
    if (b.kind != block_kind::text || b.lines != 1 || b.text.size() > 60 || b.text.back() == '.') return false;
    // The reading's likelihood before the line's bytes: the list's loop has asked it of this
    // block already (its reading is kept, and the answer is a look-up), and most of a list's
    // lines are certain entries, where the digits and the words were counted for each of them
    // ("Association No 12 (Chile)" has a digit and four words) and the header's words sought
    // among every run of its words.
    if (likelihood(k) == entry_likelihood::certain) return false;
    return text::has_digit(b.text) && word_count(b.text, 9) <= 8 && holds_signatory_header(folded[k]) &&
           !lang::find_any<&lang::language_table::organisation_words>(folded[k]) && !closes_list(k);
}

inline bool document_reader::headed_with_note(std::size_t k) const {
    if (blocks[k].kind != block_kind::heading || blocks[k].text.empty() || blocks[k].text.back() != ')') return false;
    auto const& f = folded[k];
    auto const open = f.rfind(" (");
    return open != std::string::npos && open > 0 && is_signatory_header(std::string_view(f).substr(0, open));
}

// Whether the text's demands come after block `from` ("We demand:" over a list): the people of
// a list before them are those the text speaks of ("Among them are:" / "- Oren Vale, lawyer,
// detained on 3 January;"), for signers sign under the demands, not over them. The demands are
// sought a few dozen blocks on, not to the end: a page of many such lists is not read again for each.
inline bool document_reader::demands_follow(std::size_t from) const {
    for (std::size_t k = from; k + 1 < footer_start && k < from + 60; ++k)
        if (roles[k] == block_role::paragraph && !blocks[k].text.empty() && blocks[k].text.back() == ':' &&
            blocks[k + 1].kind == block_kind::list_item && lang::find_any<&lang::language_table::call_verbs>(folded[k]))
            return true;
    return false;
}

// "Signatories:" / "| Amber Lantern Association | Birchwood Institute (BI) |" / …: a Markdown or
// HTML table with a name in each cell, as a page sets a long list in columns, under the list's
// header or a letter's closing; without
// a header row, or under one that is empty ("| | |") or names the group ("| Organisations | |").
// Its rows from block `first` on are taken, each cell a signer; where they end, or `first`
// where they are no such table: a cell that names a country alone ("Amber Rights Centre |
// Kenya"), a person beside what is no person ("Dr Mira Tallow | University of Seeburg"), are
// entries of a name and what it shows; a header over groups ("| Organisations | Individuals |")
// has their names run together in its cells, a browser's lines apart.
template <class is_row>
std::size_t document_reader::take_table_of_names(std::size_t first, is_row const& row) {
    auto const heads_names = [](std::string_view cell) {
        if (cell.empty()) return true;
        auto const f = utf8::fold(cell);
        return lang::is_phrase<&lang::language_table::author_groups>(f) ||
               lang::is_phrase<&lang::language_table::person_groups>(f) || is_signatory_header(f + ":");
    };
    std::vector<signatory> signers;
    bool headed = false;  // the first row is the header's
    std::size_t end = first;
    for (; end < footer_start && row(end); ++end) {
        auto const raw = raw_of(end);
        auto const cells = table_cells(raw);
        if (is_table_separator(blocks[end].text)) continue;
        if (end == first && std::all_of(cells.begin(), cells.end(), heads_names)) {
            if (std::count_if(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty(); }) > 1) return first;
            headed = true;
            continue;
        }
        table_columns columns;
        bool person = false;  // the row's cell before is a person's
        for (columns.name = 0; columns.name < cells.size(); ++columns.name) {
            if (cells[columns.name].empty()) continue;
            if (is_country_line(cells[columns.name])) return first;
            auto s = read_table_row(raw, blocks[end].content_begin, columns, in_.spans);
            if (!s) continue;
            if (person && s->type != signatory_type::person) return first;
            person = s->type == signatory_type::person;
            signers.push_back(std::move(*s));
        }
    }
    for (std::size_t j = first; j < end; ++j)
        roles[j] = (j == first && headed) || is_table_separator(blocks[j].text) ? block_role::signatory_header : block_role::signatory;
    reserve_signatories(st.signatories.size() + signers.size());
    for (auto& s : signers) st.signatories.push_back(std::move(s));
    return end;
}

// "3     Southeast Asia Free Expression Alli-      Regional" / "      ance (SAFEA)": a PDF's table
// wraps a long name in its cell, and the rest stands alone under the name's heading on the
// next line, every other cell empty. Block k, such a line under the row of the last signer in
// the table of header row `header` (of `headings` cells), goes on with that signer's name,
// read again whole; whether it did.
inline bool document_reader::join_rest_of_name_cell(std::size_t k, std::size_t header, std::size_t headings,
                                                    table_columns const& columns) {
    auto const& b = blocks[k];
    if (b.kind != block_kind::text || b.lines != 1 || b.after_blank || b.page_mark || roles[k] != block_role::paragraph ||
        roles[k - 1] != block_role::signatory || st.signatories.empty())
        return false;
    // The line whole, with its indent: where the cell stands tells its column.
    std::string_view const text = in_.cleaned.text;
    auto const newline = b.begin == 0 ? std::string_view::npos : text.rfind('\n', b.begin - 1);
    auto const line_start = newline == std::string_view::npos ? 0 : newline + 1;
    auto const rest = cells_under_headings(text.substr(line_start, b.end - line_start), raw_of(header));
    if (rest.size() <= columns.name || rest[columns.name].empty()) return false;
    for (std::size_t c = 0; c < rest.size(); ++c)
        if (c != columns.name && !rest[c].empty()) return false;
    // The row above read again, its name's cell with the rest ("Alli-" / "ance": one word).
    auto const above = raw_of(k - 1);
    auto cells = table_cells(above);
    if (cells.size() != headings) cells = cells_under_headings(above, raw_of(header));
    if (cells.size() <= columns.name || cells[columns.name].empty()) return false;
    std::string name(cells[columns.name]);
    auto const tail = rest[columns.name];
    if (name.size() > 2 && name.back() == '-' && utf8::is_letter(utf8::decode_before(name, name.size() - 1).cp) &&
        utf8::is_lower_letter(utf8::decode(tail, 0).cp))
        name.pop_back();
    else
        name += ' ';
    name += tail;
    cells[columns.name] = name;
    auto s = read_table_cells(cells, columns);
    if (!s) return false;
    auto& signer = st.signatories.back();
    s->span = signer.span;
    auto const line_span = in_.spans(b.begin, b.end);
    s->span.end = line_span.end, s->span.stop = line_span.stop;
    signer = std::move(*s);
    roles[k] = block_role::signatory;
    return true;
}

inline void document_reader::find_lists_of_people_and_tables() {
    // A table of signatures is a list of its own: its header row, the row of dashes under it
    // in Markdown, then its rows. An HTML table has no such row; its header must then name a
    // country column, or a signatory header stand above it, for a table of people held or
    // charged ("Name | Date of arrest") is no list of signers. A table pasted from a
    // spreadsheet or a word processor has its cells between tabs, a line a row; one typed
    // by hand, between bars with no bar at the line's start ("Organisation | Country").
    // "1<tab>Amber Coalition<tab>Kenya" under "No.<tab>Organisation<tab>Country": a numbered row
    // reads as a list's item, its number the marker; the row is its line whole.
    auto const row_text = [&](std::size_t k) { return blocks[k].kind == block_kind::list_item ? line_of(k) : raw_of(k); };
    auto const numbered_item = [&](std::size_t k) {
        auto const line = line_of(k);
        auto const first = line.find_first_not_of(" \t");
        return blocks[k].kind == block_kind::list_item && first != std::string_view::npos && line[first] >= '0' &&
               line[first] <= '9';
    };
    auto const tab_row = [&](std::size_t k) {
        if ((blocks[k].kind != block_kind::text && !numbered_item(k)) || blocks[k].lines != 1 || blocks[k].text.size() > 300)
            return false;
        auto const raw = row_text(k);
        // The bar found by the library's search first, where the line's survey holds one: most
        // lines have none. A numbered row's line holds its marker too, which its survey has not seen.
        bool const surveyed = blocks[k].kind == block_kind::text;
        auto const bar = !surveyed || blocks[k].may_hold<'|'>() ? raw.find('|') : std::string_view::npos;
        if (bar != std::string_view::npos && raw.find(" | ", bar == 0 ? 0 : bar - 1) != std::string_view::npos) return true;
        auto const tab = !surveyed || blocks[k].may_hold<'\t'>() ? raw.find('\t') : std::string_view::npos;
        return tab != std::string_view::npos && tab > 0 && raw.find_first_not_of(" \t", tab) != std::string_view::npos;
    };
    // A table without bars or tabs: each row as many cells as its header row's headings.
    auto const has_cells = [&](std::size_t k, std::size_t cells) { return table_cells(raw_of(k)).size() == cells; };
    // Or fewer, a PDF's row that leaves a column blank ("Open Net Foundation      NGO"): two cells
    // at least, each under a heading of header row `header`.
    auto const under_headings = [&](std::size_t k, std::size_t header) {
        auto const cells = cells_under_headings(raw_of(k), raw_of(header));
        return std::count_if(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty(); }) >= 2;
    };
    // "Timestamp,Organisation name,Country" / "12/1/2023 9:14:22,Amber Coalition,Kenya": a form's
    // export, its cells between commas, a line a row. Its header row has no space after a comma
    // (a line of prose, or a list's "Amber Coalition, Kenya", has). A comma first: most lines
    // have none.
    auto const comma_row = [&](std::size_t k) {
        if (blocks[k].kind != block_kind::text || blocks[k].lines != 1 || blocks[k].text.size() > 300 ||
            (!blocks[k].may_hold<','>() && !blocks[k].may_hold<';'>()))
            return false;
        auto const raw = raw_of(k);
        return (blocks[k].may_hold<','>() && raw.find(',') != std::string_view::npos) ||
               (blocks[k].may_hold<';'>() && raw.find(';') != std::string_view::npos);
    };
    // "Organization name, Country, Contact person" / "Samahan ng Mangingisda ng Navotas,
    // Philippines, Rodel Santiago", "Comité de Tocoa; Honduras; Reynaldo Domínguez": a sign-on
    // form's rows typed out, three cells or more apart by a comma or a semicolon and a space,
    // over a row of as many: a table, each row one signer (its contact person none), with a
    // header row of the columns' headings or without one.
    // Most lines with commas are prose or a list's entries: a sentence is passed at its length
    // or its last mark, and the separators are counted on both rows before the cells are cut.
    auto const typed_form_row = [&](std::size_t k) {
        auto const raw = raw_of(k);
        if (raw.empty() || raw.size() > 200 || raw.back() == '.' || raw.back() == ':' || raw.back() == ';' || k + 1 >= footer_start ||
            !comma_row(k + 1))
            return false;
        std::string_view const separator = raw.find(',') == std::string_view::npos ? "; " : ", ";
        auto const separators = [&](std::string_view row) {
            std::size_t n = 0;
            for (auto at = row.find(separator); at != std::string_view::npos; at = row.find(separator, at + 2)) ++n;
            return n;
        };
        auto const between = separators(raw);
        if (between < 2 || separators(raw_of(k + 1)) != between) return false;
        auto const cells = table_cells(raw).size();
        return cells >= 3 && has_cells(k + 1, cells);
    };
    // "Organisation      Country      Type" / "Amber Coalition      Kenya      NGO": a PDF's
    // table, its cells apart by gaps of spaces (or a tab), a line a row, with no blank line
    // between rows; a page's running header ("Joint Statement on …      2") ends it, and the
    // rows on the next page are a table again.
    auto const gap_row = [&](std::size_t k) {
        if (blocks[k].kind != block_kind::text || blocks[k].lines != 1 || blocks[k].text.size() > 300 ||
            blocks[k].page_mark || roles[k] != block_role::paragraph)
            return false;
        auto const raw = raw_of(k);
        // Collapsing its white space shortened the text only where its line has a run of
        // spaces: a line of prose, its text as long as it, is not searched for a gap.
        return (raw.size() != blocks[k].text.size() && text::has_gap(raw)) ||
               (blocks[k].may_hold<'\t'>() && raw.find('\t') != std::string_view::npos);
    };
    // "+--------+-------+" (layout::is_drawn_rule): a rule drawn over, between or under a table's
    // rows typed between bars, which heads none of them and parts none.
    auto const drawn_rule = [&](std::size_t k) {
        return blocks[k].kind == block_kind::table_row && layout::is_drawn_rule(blocks[k].text);
    };
    for (std::size_t i = body_start; i + 1 < footer_start; ++i) {
        if (roles[i] != block_role::paragraph) continue;
        bool const piped = blocks[i].kind == block_kind::table_row;
        if (piped && drawn_rule(i)) continue;
        bool const typed = !piped && blocks[i].kind == block_kind::text && tab_row(i);
        // A header row of headings is short (is_column_heading_line takes 160 bytes at most):
        // a paragraph is passed at its length.
        // (Whether the row has gaps, and commas, is asked once of each line: most lines of a
        // list have neither, and were asked twice.)
        bool const gaps = !piped && !typed && gap_row(i);
        bool const spaced = gaps && blocks[i].text.size() <= 160 && is_column_heading_line(raw_of(i));
        bool const commas = !piped && !typed && !spaced && comma_row(i);
        bool const typed_form = commas && typed_form_row(i);
        bool const exported = typed_form || (commas && raw_of(i).find(", ") == std::string_view::npos);
        // "Prof. Adam Kowalczyk      University of Warsaw": a PDF's table of people without a
        // header row, its cells apart by gaps; told by its rows (headerless_person_columns).
        bool const gapped = gaps && !spaced && !exported;
        if (!piped && !typed && !spaced && !exported && !gapped) continue;
        // The header's cells, that each row of a table without bars or tabs has.
        std::size_t const headings = spaced || exported || gapped ? table_cells(raw_of(i)).size() : 0;
        auto const row = [&](std::size_t k) {
            return piped ? blocks[k].kind == block_kind::table_row
                         : typed ? tab_row(k)
                                 : spaced ? !blocks[k].after_blank && gap_row(k) &&
                                                (has_cells(k, headings) || under_headings(k, i))
                                          : gapped ? (k == i || !blocks[k].after_blank) && gap_row(k) && has_cells(k, headings)
                                                   : comma_row(k) && has_cells(k, headings);
        };
        if (!row(i + 1)) continue;
        std::optional<table_columns> columns;
        if (!gapped) columns = signatory_table_columns(piped ? blocks[i].text : raw_of(i));
        // A typed form's first row heads its columns when each of its cells is a heading; else
        // it is a signer's ("Organisation for Fisherfolk, Philippines, Rodel Santiago").
        if (typed_form && columns && !is_column_heading_line(raw_of(i))) columns.reset();
        // An export's header row names its columns: rows of names and countries between commas
        // without one are a list's ("Amber Coalition,Kenya"), read as its entries.
        if (exported && !typed_form && !columns) continue;
        // A PDF's headings each name a column of one signer's: a line of two signers apart by
        // gaps has its headings twice ("Organisation   Country   Organisation   Country"), and
        // is read as a list in columns.
        if (spaced && (!columns || std::size_t{1} + columns->country.has_value() + columns->type.has_value() +
                                           columns->place.has_value() + columns->affiliation.has_value() +
                                           columns->representative.has_value() + columns->number.has_value() +
                                           columns->signature.has_value() + columns->contact.has_value() +
                                           columns->timestamp.has_value() +
                                           columns->given_name.has_value() + columns->patronymic.has_value() !=
                                       headings))
            continue;
        // Under "Signatories:", or under "Sincerely," as a letter's signers stand; the rule drawn
        // over the table between them.
        std::size_t top = i;
        while (piped && top > body_start && drawn_rule(top - 1)) --top;
        bool const under_header = top > body_start && (signatory_header_at(top - 1) || is_letter_closing(folded[top - 1]));
        // "Signatories:" over rows of names and countries without a header row, or three rows
        // or more whose cell in that place each names a country: the first row is a signer's.
        bool headerless = false;
        if (!columns && !gapped)
            if (auto guessed = headerless_table_columns(raw_of(i))) {
                std::size_t countries = 0;
                for (std::size_t k = i; (!under_header || typed_form) && k < footer_start && row(k); ++k) {
                    auto const cells = table_cells(raw_of(k));
                    if (*guessed->country >= cells.size() || !is_country_line(cells[*guessed->country])) break;
                    ++countries;
                }
                // A typed form's rows each name a country right after the name, two of them at
                // least ("Mira Tallow, lawyer, Kenya" is a person's entry, their role before it).
                if (typed_form ? *guessed->country == 1 && countries >= 2 : under_header || countries >= 3)
                    columns = guessed, headerless = true;
            }
        // "Prof. Adam Kowalczyk      University of Warsaw": rows of people, each with the
        // organisation they sign for, under "Signed:", or three rows or more of them (six rows
        // in ten at least: a given name the tables do not know hides a person). Not a typed
        // form's rows: "Mira Tallow, lawyer, Philippines" is a person's entry, read as the list's.
        if (!columns && !piped && !typed_form)
            if (auto guessed = headerless_person_columns(raw_of(i))) {
                std::size_t people = 0, rows = 0;
                for (std::size_t k = i; k < footer_start && row(k); ++k, ++rows)
                    people += headerless_person_columns(raw_of(k)).has_value();
                if (people * 10 >= rows * 6 && (people >= 3 || (under_header && people >= 2)))
                    columns = guessed, headerless = true;
            }
        if (!columns) {
            if (under_header && piped)
                if (auto const end = take_table_of_names(i, row); end > i) i = end - 1;
            continue;
        }
        // The row of dashes under the header, with bars at the line's ends or not ("--- | ---").
        bool const separated = !headerless && is_table_separator(blocks[i + 1].text);
        // A column of who signs for each ("Signed by") says so as a country's does, and so do
        // headings that each name a column of signers' ("Name | Title | Institution").
        if (!separated && !columns->country && !columns->representative && !under_header && !headerless &&
            !heads_signer_table(piped ? blocks[i].text : raw_of(i)))
            continue;
        std::size_t j = i + (headerless ? 0 : 1);
        for (std::size_t k = top; k < i; ++k) roles[k] = block_role::signatory_header;
        if (!headerless) roles[i] = block_role::signatory_header;
        if (separated) roles[j++] = block_role::signatory_header;
        bool read_last = false;  // whether the row before j gave a signer
        for (; j < footer_start; ++j) {
            if (!row(j)) {
                if (spaced && read_last && join_rest_of_name_cell(j, i, headings, *columns)) continue;
                break;
            }
            if (piped && drawn_rule(j)) {
                roles[j] = block_role::signatory_header;
                read_last = false;
                continue;
            }
            // "| Name | Country |" / "|---|---|" again: a second table's header, read as a signer
            // a row ago, and the dashes under it.
            if (j > i + 1 && is_table_separator(blocks[j].text)) {
                if (read_last) st.signatories.pop_back();
                roles[j - 1] = roles[j] = block_role::signatory_header;
                if (auto next = signatory_table_columns(raw_of(j - 1))) columns = next;
                read_last = false;
                continue;
            }
            // "Organisation   Country   Type" again: a PDF prints its table's headings atop each page.
            if (spaced && is_column_heading_line(raw_of(j))) {
                roles[j] = block_role::signatory_header;
                read_last = false;
                continue;
            }
            roles[j] = block_role::signatory;
            read_last = false;
            auto const raw = row_text(j);
            auto cells = table_cells(raw);
            if (spaced && cells.size() != headings) cells = cells_under_headings(raw, raw_of(i));
            // "Dune Media Lab<tab><tab>Senegal" under "Coral Press Initiative<tab>Mali<tab>Bamako":
            // rows lined up by tabs with no header row take a tab more after a short name, and
            // the country stands a cell further on than the first row's.
            if (headerless && columns->country && *columns->country < cells.size() && cells[*columns->country].empty())
                for (std::size_t c = *columns->country + 1; c < cells.size(); ++c)
                    if (!cells[c].empty()) {
                        if (is_country_line(cells[c])) cells[*columns->country] = cells[c], cells[c] = {};
                        break;
                    }
            // "Elm Delta Network, Nairobi, Kenya" under "Amber Water Watch, Kenya, Nairobi": a row
            // that names its town before its country, the two cells the other way round; the
            // country is the signer's still, the town its place ("Nairobi" was its country).
            if (headerless && columns->country && columns->place && *columns->country < cells.size() &&
                *columns->place < cells.size() && !is_country_line(cells[*columns->country]) &&
                is_country_line(cells[*columns->place]) &&
                (is_town_line(cells[*columns->country]) || is_town_of_words(cells[*columns->country])))
                std::swap(cells[*columns->country], cells[*columns->place]);
            auto const row_offset = static_cast<std::size_t>(raw.data() - in_.cleaned.text.data());
            if (auto s = read_table_row(raw, cells, row_offset, *columns, in_.spans)) {
                st.signatories.push_back(std::move(*s));
                read_last = true;
            }
        }
        i = j;
    }
    // A list whose items are mostly people with their affiliation is a list of signers, even
    // under an introduction that reads like a call; but not before the header of the list of
    // signers: people named in the text ("- Mira Tallow, editor of the Gazette;") are those
    // it speaks of.
    std::size_t const people_from =
        last_signatory_header != none && last_signatory_header < footer_start ? last_signatory_header : body_start;
    for (std::size_t i = people_from; i < footer_start; ++i) {
        if (blocks[i].kind != block_kind::list_item || roles[i] != block_role::paragraph) continue;
        std::size_t j = i;
        // "• Coral Bay Forum*" … "* Member of the Crisis Coalition": the note on the mark the items
        // carry ends them.
        for (bool marked = false; j < footer_start && blocks[j].kind == block_kind::list_item && roles[j] == block_role::paragraph; ++j) {
            if (marked && notes_the_mark(j)) break;
            if (j > i && layout::restarts_count(blocks[j - 1], blocks[j])) break;  // the demands, then the people
            marked = marked || carries_mark(j);
        }
        // A run of fewer than three items is no list of people, and is not read here: a text of
        // demands one by one between paragraphs (most lists of one or two items) kept a reading
        // of each, with its entries, until the demands were found. Nor is a run under a heading
        // of the text's own ("Endnotes" / "1. Mira Tallow, Prison Capital (2023)."): its notes.
        if (j - i >= 3 && !(i > body_start && roles[i - 1] == block_role::paragraph && text_section_at(i - 1))) {
            std::size_t const items = j - i;
            std::size_t people = 0;
            // The block's reading first: it is kept for take(), and tells is_person_entry's
            // answer when it read the block whole. The items are read only while six in ten
            // can still be people: most such runs are demands, and once enough of them are
            // not, the rest need not be read (as entries, each a long sentence).
            for (std::size_t k = i; k < j && (people + (j - k)) * 10 >= items * 6; ++k) {
                bool const certain = likelihood(k) == entry_likelihood::certain;
                auto const& person = reading(k).person_entry;
                people += certain || (person ? *person : is_person_entry(raw_of(k)));
            }
            // A last item that can be no entry ("The list remains open. To add your
            // organisation, write to …") ends the list rather than joining it.
            std::size_t end = j;
            while (people * 10 >= items * 6 && end > i && likelihood(end - 1) == entry_likelihood::none) --end;
            if (people * 10 >= items * 6 && end > i && !demands_follow(j)) take_list(i, end);
        }
        // An item that counts again from 1 opens the next run: it is read as its first.
        i = j < footer_start && blocks[j].kind == block_kind::list_item ? j - 1 : j;
    }

}

// Signatories in the order of their places in the text, those at the same place in the order
// they were found. The places are sorted with their indices, and the signatories then moved
// once each along the cycles of that order: a stable sort of the signatories themselves moved
// each of them (232 bytes) in and out of a buffer as large as the list at every merge pass.
inline void sort_by_place(std::vector<signatory>& signers) {
    std::vector<std::pair<std::size_t, std::size_t>> order;  // (place, index)
    order.reserve(signers.size());
    for (std::size_t i = 0; i < signers.size(); ++i) order.emplace_back(signers[i].span.begin, i);
    std::sort(order.begin(), order.end());  // by index among equal places: stable
    for (std::size_t i = 0; i < order.size(); ++i) {
        // The cycle through i: position j receives the signatory at order[j].second.
        if (order[i].second == i) continue;
        signatory held = std::move(signers[i]);
        std::size_t j = i;
        for (;;) {
            std::size_t const from = order[j].second;
            order[j].second = j;  // placed
            if (from == i) {
                signers[j] = std::move(held);
                break;
            }
            signers[j] = std::move(signers[from]);
            j = from;
        }
    }
}

// Whether two signers of one name may be one: no country tells them apart. "Helsinki
// Committee (Poland)" and "Helsinki Committee (Moldova)" are two; "Amber Centre" among the
// initiators and "Amber Centre, Armenia" among all the signers are one.
inline bool same_country_if_any(signatory const& a, signatory const& b) {
    if (a.country_code && b.country_code) return *a.country_code == *b.country_code;
    if (a.country && b.country) return *a.country == *b.country;
    return true;
}

// Whether two signers of one name are told apart by what their entries add to it: another
// acronym or place, or each something the other does not say ("Youth Initiative for Human
// Rights (YIHR)" and "Youth Initiative for Human Rights (Kosovo)": the network and a branch).
// "Amber Centre" and "Amber Centre (AC), Armenia" may be one: the first adds nothing.
inline bool told_apart_by_entry(signatory const& a, signatory const& b) {
    if ((a.acronym && b.acronym && *a.acronym != *b.acronym) || (a.place && b.place && *a.place != *b.place)) return true;
    auto const adds_to = [](signatory const& x, signatory const& y) {
        return (x.acronym && !y.acronym) || (x.country && !y.country) || (x.place && !y.place);
    };
    return adds_to(a, b) && adds_to(b, a);
}

// The same signer named again, word for word, with the same role if any, no other country and
// nothing else that tells the two apart (told_apart_by_entry)
// (a page with the text in two languages lists its signers twice; the initiators stand again
// among all the signers): the first is the list's, and a note says where the others are, one
// for each run of them.
// "Stowarzyszenie Sędziów „Temida” (Kraków)" / … / the text in English / "Judges' Association
// "Temida" (Kraków)" / …: a page that gives its text again in another language lists its signers
// again, translated or transliterated, as many and in the same order. They are the first list's,
// once. The last of two lists goes when it names as many signers as the first, prose in another
// language than the statement's stands between them (the text again, not a heading over a second
// group), and no pair of them is told apart by its country or its acronym. Its blocks are kept
// as text, with a note. Asked before the repeats are dropped: a name the same in both languages
// would leave the lists uneven.
inline void document_reader::drop_translated_signers() {
    auto& signers = st.signatories;
    if (signers.size() < 4 || signers.size() % 2 != 0) return;
    // The runs of the lists' blocks, a page's furniture inside one going on with it.
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t i = body_start; i < footer_start; ++i) {
        if (roles[i] != block_role::signatory && roles[i] != block_role::signatory_header) continue;
        if (!runs.empty()) {
            auto k = runs.back().second;
            while (k < i && roles[k] == block_role::chrome_footer) ++k;
            if (k == i) {
                runs.back().second = i + 1;
                continue;
            }
        }
        if (runs.size() == 2) return;
        runs.emplace_back(i, i + 1);
    }
    if (runs.size() != 2) return;
    auto const half = signers.size() / 2;
    auto const second_begin = in_.cleaned.to_original(blocks[runs[1].first].begin);
    if (signers[half - 1].span.begin >= second_begin || signers[half].span.begin < second_begin) return;
    std::string between;
    for (std::size_t i = runs[0].second; i < runs[1].first; ++i)
        if (roles[i] != block_role::chrome_footer && roles[i] != block_role::chrome_header && is_prose(blocks[i]))
            (between += blocks[i].text) += '\n';
    if (between.empty()) return;
    auto const language = lang::detect_language(between);
    if (language.confidence < 0.3 || language.code == st.language) return;
    for (std::size_t i = 0; i < half; ++i) {
        auto const& a = signers[i];
        auto const& b = signers[half + i];
        if ((a.country_code && b.country_code && a.country_code != b.country_code) ||
            (a.acronym && b.acronym && a.acronym != b.acronym))
            return;
    }
    auto const& first_dropped = signers[half].span;
    auto const& last_dropped = signers.back().span;
    diags_.push_back({severity::note, "signatory.listed-again",
                      "the same " + std::to_string(half) + " signers are listed again with the text in another language (" +
                          std::string(language.code) + "); they are reported once",
                      {first_dropped.begin, last_dropped.end, first_dropped.start, last_dropped.stop}});
    signers.erase(signers.begin() + static_cast<std::ptrdiff_t>(half), signers.end());
    for (std::size_t i = runs[1].first; i < runs[1].second; ++i)
        if (roles[i] == block_role::signatory || roles[i] == block_role::signatory_header) roles[i] = block_role::unrecognised;
}

// The cleaned text of what `span` covers in the input, found back by the order of the cleaned
// positions (each maps to an offset of the input no smaller than the one before).
inline std::string_view document_reader::cleaned_of(source_span const& span) const {
    auto const& cleaned = in_.cleaned;
    auto const first_at_or_after = [&](std::size_t original) {
        std::size_t lo = 0, hi = cleaned.text.size();
        while (lo < hi) {
            auto const mid = lo + (hi - lo) / 2;
            if (cleaned.to_original(mid) < original) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    };
    auto const begin = first_at_or_after(span.begin), end = first_at_or_after(span.end);
    return std::string_view(cleaned.text).substr(begin, end > begin ? end - begin : 0);
}

inline void document_reader::drop_repeated_signers() {
    auto& signers = st.signatories;
    if (signers.size() < 2) return;
    // The names seen, by their hash in a table of open addressing: one allocation for a list
    // of any length (a set's node a name cost more than the rest of this).
    std::size_t slots = 4;
    while (slots < signers.size() * 2) slots <<= 1;
    constexpr auto empty = static_cast<std::uint32_t>(-1);
    std::vector<std::uint32_t> seen(slots, empty);
    std::vector<bool> repeated(signers.size(), false);
    bool any = false;
    // "Zarkan Women's Voice (Canada)" and "Zarkan Women's Voice (in exile)": a remark on the exile
    // of one, where the other says something the first does not (its country here), tells the
    // organisation in exile from its branch abroad. Asked only of two signers of one name.
    auto const told_apart_by_exile = [&](signatory const& a, signatory const& b) {
        bool const a_exiled = remarks_on_exile(cleaned_of(a.span)), b_exiled = remarks_on_exile(cleaned_of(b.span));
        auto const says_more = [](signatory const& x) { return x.country || x.place || x.acronym; };
        return a_exiled != b_exiled && says_more(a_exiled ? b : a);
    };
    for (std::size_t i = 0; i < signers.size(); ++i) {
        // The same name with another role or affiliation is another signer ("Carlos Mendoza –
        // Red de Comunicadores" beside "Carlos Mendoza – Instituto …"): two people, or one who
        // signs twice for two organisations.
        auto const& name = signers[i].name;
        auto const& role = signers[i].role;
        auto at = std::hash<std::string_view>{}(name) & (slots - 1);
        while (seen[at] != empty && (signers[seen[at]].name != name || signers[seen[at]].role != role ||
                                     !same_country_if_any(signers[seen[at]], signers[i]) ||
                                     told_apart_by_entry(signers[seen[at]], signers[i]) ||
                                     told_apart_by_exile(signers[seen[at]], signers[i])))
            at = (at + 1) & (slots - 1);
        if (seen[at] == empty) seen[at] = static_cast<std::uint32_t>(i);
        // "Anonymous organisation, Hong Kong" twice: two signers who give no name, not one named twice.
        else if (!lang::find_any<&lang::language_table::withheld_names>(utf8::fold(name))) repeated[i] = any = true;
    }
    // "Ligue Sahélienne des Droits de l'Homme (LSDH)" … "Sahelian League for Human Rights (LSDH)":
    // an organisation named again in another language keeps its acronym (of two capitals at
    // least), which the initials of one of the two names do not spell: the same acronym and
    // country, if any, is the same signer then. "Human Rights Club (HRC)" beside "Human Rights
    // Center (HRC)" is another organisation: the initials of both spell their acronym.
    std::fill(seen.begin(), seen.end(), empty);
    for (std::size_t i = 0; i < signers.size(); ++i) {
        auto const& acronym = signers[i].acronym;
        if (repeated[i] || !acronym || signers[i].type != signatory_type::organisation ||
            std::count_if(acronym->begin(), acronym->end(), [](char c) { return c >= 'A' && c <= 'Z'; }) < 2)
            continue;
        auto at = std::hash<std::string_view>{}(*acronym) & (slots - 1);
        while (seen[at] != empty && (signers[seen[at]].acronym != acronym || !same_country_if_any(signers[seen[at]], signers[i])))
            at = (at + 1) & (slots - 1);
        if (seen[at] == empty) {
            seen[at] = static_cast<std::uint32_t>(i);
            continue;
        }
        auto const& first = signers[seen[at]];
        bool const spelled = spells_acronym(signers[i].name, *acronym), spelled_first = spells_acronym(first.name, *acronym);
        // "Mira Tallow (NARM)" after "National Alliance of Rural Movements (NARM)": a person named
        // with the acronym of where they work, which the organisation's name spells, is not the
        // organisation again.
        bool const person_of = (spelled_first && !spelled && looks_like_person(signers[i].name)) ||
                               (spelled && !spelled_first && looks_like_person(first.name));
        if ((!spelled || !spelled_first) && !person_of) repeated[i] = any = true;
    }
    if (!any) return;
    // One note for each run of repeats (a list given again is one run), spanning it.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < signers.size();) {
        if (!repeated[i]) {
            if (kept != i) signers[kept] = std::move(signers[i]);
            ++kept, ++i;
            continue;
        }
        std::size_t run = i;
        while (run < signers.size() && repeated[run]) ++run;
        auto span = signers[i].span;
        span.end = signers[run - 1].span.end, span.stop = signers[run - 1].span.stop;
        auto const others = run - i - 1;
        diags_.push_back({severity::note, "signatory.repeated",
                          "'" + signers[i].name + "'" +
                              (others == 0 ? std::string(" is named") : " and " + std::to_string(others) + " more are named") +
                              " again among the signatories; each is reported once",
                          span});
        i = run;
    }
    signers.erase(signers.begin() + static_cast<std::ptrdiff_t>(kept), signers.end());
}

inline bool document_reader::text_ends_at_last_block() const {
    auto const tail = std::string_view(in_.cleaned.text).substr(std::min(in_.cleaned.text.size(), blocks.back().end));
    return tail.find_first_not_of(" \t\n") == std::string_view::npos;
}

inline bool document_reader::cut_off_fragment(std::size_t k) const {
    auto const& text = blocks[k].text;
    return k + 1 == n && text_ends_at_last_block() && !in_.cleaned.text.empty() && in_.cleaned.text.back() != '\n' &&
           text.size() <= 5 &&
           text.find(' ') == std::string::npos &&
           std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

inline bool document_reader::opens_another_text(std::size_t k) const {
    if (k + 1 >= footer_start) return false;
    // "Amberland: Release the journalists" / "Port Amber, 3 March 2026" / the text again: its
    // dateline may stand between the headline and its first paragraph.
    std::size_t body = k + 1;
    if (k + 2 < footer_start && !is_prose(blocks[body]) && word_count(blocks[k].text, 4) >= 3 && is_date_line(blocks[body]))
        ++body;
    bool const headline = is_prose(blocks[body]) && word_count(blocks[k].text, 4) >= 3;
    // "Совместное заявление" alone, its kind and nothing else: the label over the text again.
    bool const label = word_count(blocks[k].text, 4) <= 3 && blocks[k].text.find(':') == std::string_view::npos;
    if (!headline && !label) return false;
    // "Амберия: освободите журналистов" over "Мы, нижеподписавшиеся …": a headline over the
    // text's opening again.
    if (headline && lang::find_any<&lang::language_table::opening_phrases>(folded[body])) return true;
    auto const kind = lang::find_any<&lang::language_table::kind_words>(std::string_view(folded[k]).substr(0, 48));
    if (!kind) return false;
    if (headline) return word_count(std::string_view(folded[k]).substr(0, kind.position), 3) <= 1;
    return kind.position == 0 && kind.phrase.size() == folded[k].size();
}

// "7 HKSAR v Lai Chee Ying, HCCC 51/2022." / "8 Hong Kong Watch, Trial Monitoring Report, March
// 2025." / "Page 1 of 2": the notes at a page's foot in text taken from a PDF, each its number and
// a space before a sentence, right over the page's furniture or at the text's end. Where the
// blocks after such notes start, or none.
inline std::size_t document_reader::page_notes_end(std::size_t k) const {
    auto const note = [](std::string_view t) { return !note_number(t).empty(); };
    auto const& first = blocks[k].text;
    if (first.empty() || first.front() < '0' || first.front() > '9' || !note(first)) return none;
    std::size_t j = k + 1;
    while (j < footer_start && roles[j] == block_role::paragraph && note(blocks[j].text)) ++j;
    return j == footer_start || blocks[j].page_mark || roles[j] == block_role::chrome_footer ? j : none;
}

// "Election Monitoring Centre3", "Association UMDPL4, Ukraine" over "3 Signing from exile.": a
// PDF's note number, its superscript lost, glued to a name's last word, where a note from the
// list's first block on opens with it; a name that ends in its own number keeps it ("Charter
// 97", "Generation 2030" set it apart; "Radio B92" has no such note, nor three letters).
inline void document_reader::drop_note_numbers(std::size_t first, std::size_t list_begin) {
    // The number glued to the name's last word of three letters or more ("Centre3", "UMDPL4");
    // empty for none, as most names end.
    auto const glued_number = [](std::string_view name) {
        std::size_t digits = 0;
        while (digits < name.size() && digits < 3 && name[name.size() - digits - 1] >= '0' && name[name.size() - digits - 1] <= '9')
            ++digits;
        if (digits == 0 || digits > 2) return std::string_view{};
        std::size_t letters = 0, at = name.size() - digits;
        while (letters < 3 && at > 0) {
            auto const d = utf8::decode_before(name, at);
            if (!utf8::is_letter(d.cp)) break;
            at -= d.length;
            ++letters;
        }
        return letters == 3 ? name.substr(name.size() - digits) : std::string_view{};
    };
    std::vector<std::string_view> notes;  // the numbers the notes after the list open with, read once
    bool notes_read = false;
    for (auto k = first; k < st.signatories.size(); ++k) {
        auto& name = st.signatories[k].name;
        auto const number = glued_number(name);
        if (number.empty()) continue;
        if (!notes_read) {
            for (auto j = list_begin; j < n; ++j)
                if (auto const note = note_number(blocks[j].text); !note.empty()) notes.push_back(note);
            notes_read = true;
        }
        if (std::find(notes.begin(), notes.end(), number) != notes.end()) name.erase(name.size() - number.size());
    }
}

inline bool document_reader::sentence_of_text(std::size_t k) const {
    auto const& t = blocks[k].text;
    return roles[k] == block_role::paragraph && !t.empty() && (t.back() == '.' || t.back() == '!') &&
           text::word_count(t, 8) > 7;
}

inline bool document_reader::organisation_over_date(std::size_t i) const {
    return i + 1 < footer_start && roles[i + 1] == block_role::paragraph && short_name_line(i) &&
           lang::find_any<&lang::language_table::organisation_words>(folded[i]) && is_date_line(blocks[i + 1]);
}

inline bool document_reader::short_name_line(std::size_t i) const {
    auto const& text = blocks[i].text;
    return roles[i] == block_role::paragraph && !text.empty() && text.find('\n') == std::string::npos &&
           word_count(text, 7) <= 6 && text.find_last_of(".:;,!?") == std::string::npos &&
           utf8::is_upper_letter(utf8::decode(text, 0).cp);
}

inline bool document_reader::organisation_over_town(std::size_t i) const {
    if (i == 0 || i + 2 != footer_start || roles[i + 1] != block_role::paragraph || blocks[i + 1].after_blank ||
        !blocks[i].after_blank || roles[i - 1] != block_role::paragraph || !short_name_line(i) ||
        !is_town_line(blocks[i + 1].text))
        return false;
    // Each word capitalised, or an organisation word: a name, not a line of the text.
    auto const& text = blocks[i].text;
    bool capitalised = word_count(text, 3) >= 2;
    for (std::size_t at = 0; capitalised; at = text::word_end(text, at) + 1) {
        capitalised = utf8::is_upper_letter(utf8::decode(text, at).cp);
        if (text::word_end(text, at) == text.size()) break;
    }
    return capitalised || lang::find_any<&lang::language_table::organisation_words>(folded[i]);
}

inline bool document_reader::town_under_signature(std::size_t k) const {
    return k > 0 && signature_organisation_line_ == k - 1 && !blocks[k].after_blank && !st.signatories.empty() &&
           !st.signatories.back().place &&
           (is_town_line(blocks[k].text) || place_detail::names_place_and_country(blocks[k].text));
}

inline bool document_reader::closes_list(std::size_t k) const {
    return is_list_closer(folded[k]) || is_count_line(blocks[k].text);
}

inline void document_reader::give_town(std::size_t k) {
    if (k == 0 || st.signatories.empty() || roles[k - 1] != block_role::signatory) return;
    roles[k] = block_role::signatory;
    auto& signer = st.signatories.back();
    // "Tbilisi, Georgia": the town and its country, the signer's country where none was given.
    auto const text = blocks[k].text;
    if (auto const country = place_detail::country_after_place(text); country != std::string_view::npos) {
        signer.place = std::string(text.substr(0, country - 2));
        if (!signer.country) give_country_of_line(text.substr(country), signer);
    } else {
        signer.place = std::string(text);
    }
    auto const line_span = in_.spans(blocks[k].begin, blocks[k].end);
    signer.span.end = line_span.end, signer.span.stop = line_span.stop;
}

inline void document_reader::take_signing_organisation(std::size_t i) {
    auto const before = st.signatories.size();
    take(i);
    if (st.signatories.size() != before + 1 || st.signatories.back().type != signatory_type::organisation) return;
    auto const& organisation = st.signatories.back();
    signing_organisation_ = coalition{organisation.name, organisation.acronym, organisation.span};
}

// "Председатель правления" / "ПЦ «Уральская инициатива»<gap>А. С. Рябов", "Executive Director" /
// "Northern Rights Centre<gap>Jane Roe": a letter's signature as a PDF or a word processor sets it
// in two columns, what the signer is on the left (a role, the organisation under it) and the name
// on the right of the last line, where the hand signs. Two or three lines without a blank line
// between them, the first a role, apart from what follows; the name a person's of four words at
// most. One line alone is such a signature when its left column is a role alone ("Executive
// Director<gap>Jane Roe"). Read as lines of entries, each column is a signer of its own.
inline std::size_t document_reader::signature_beside_name_end(std::size_t i) const {
    constexpr std::size_t most_lines = 3;
    auto const short_line = [&](std::size_t k) {
        return roles[k] == block_role::paragraph && blocks[k].kind == block_kind::text && blocks[k].lines == 1 &&
               !blocks[k].text.empty() && blocks[k].text.size() <= 120;
    };
    if (!blocks[i].after_blank || !short_line(i)) return none;
    // The line with the gap: collapsing its spaces shortened it.
    std::size_t last = i;
    while (raw_of(last).size() == blocks[last].text.size()) {
        if (++last >= footer_start || last - i >= most_lines || blocks[last].after_blank || !short_line(last)) return none;
    }
    std::size_t const end = last + 1;
    if (end < footer_start && roles[end] == block_role::paragraph && !blocks[end].after_blank) return none;
    auto const raw = raw_of(last);
    if (!text::has_gap(raw)) return none;
    auto const cells = table_cells(raw);
    if (cells.size() != 2 || !looks_like_person(cells[1]) || text::word_count(cells[1], 5) > 4) return none;
    return is_role_line(i == last ? cells[0] : raw_of(i)) ? end : none;
}

inline void document_reader::take_signature_beside_name(std::size_t i, std::size_t end) {
    auto const last = end - 1;
    auto const cells = table_cells(raw_of(last));
    signatory person;
    person.type = signatory_type::person;
    person.name = std::string(cells[1]);
    std::string role;
    for (std::size_t k = i; k < last; ++k) role.append(role.empty() ? "" : ", ").append(blocks[k].text);
    role.append(role.empty() ? "" : ", ").append(layout::collapse_spaces(cells[0]));
    person.role = std::move(role);
    person.span = in_.spans(blocks[i].begin, blocks[last].end);
    for (std::size_t k = i; k < end; ++k) {
        roles[k] = block_role::signatory;
        readings_.drop(k);
    }
    st.signatories.push_back(std::move(person));
}

// "Delivered by Mira Tallow on behalf of the following organisations:" / the list, "Delivered by:
// Mira Tallow, Amber Watch" / "On behalf of:" / the list: an oral statement's speaker, named on the
// list's header or on the line right over it, signs with those she speaks for, first (as she does
// where one sentence names them: read_inline_signatories()). `first` is where the list's signers
// begin in st.signatories; a header that took none names no speaker of theirs either.
inline void document_reader::take_speaker_over(std::size_t header, std::size_t first) {
    if (st.signatories.size() == first || !heads_those_spoken_for(blocks[header], folded[header])) return;
    std::size_t line = header;
    if (!is_speaker_line(blocks[header], folded[header])) {
        if (header == body_start || !is_speaker_line(blocks[header - 1], folded[header - 1]) ||
            (roles[header - 1] != block_role::paragraph && roles[header - 1] != block_role::metadata))
            return;
        line = header - 1;
    }
    auto speaker = read_speaker(raw_of(line), blocks[line].content_begin, in_.spans);
    if (speaker.size() != 1) return;
    if (line != header) roles[line] = block_role::metadata;
    st.signatories.insert(st.signatories.begin() + static_cast<std::ptrdiff_t>(first), std::move(speaker.front()));
}

// "Espacio OSC, integrado por:" / its members, right under the text: the network whose members
// sign heads their list, and is the one the text speaks for (decide_fields), no signer of it.
inline void document_reader::take_network_heading(std::size_t i) {
    auto const before = st.signatories.size();
    take(i);
    roles[i] = block_role::signatory_header;
    if (st.signatories.size() != before + 1) return;
    auto const& network = st.signatories.back();
    list_network_ = coalition{network.name, network.acronym, network.span};
    st.signatories.pop_back();
}

// "Regional networks:" / its entries / "National organisations:" / …: the list's header found is
// a group's heading ("National organisations:" names what its signers are), and the groups over
// it, each a heading with a colon and its entries, stand right under the text's last prose or
// demands with headings no table names ("Redes y articulaciones:"). Those groups are the list's
// too: each heading heads its entries. Most of their entries show what their signer is.
inline bool document_reader::take_groups_above(std::size_t header) {
    if (header == body_start || !group_type_of(header)) return false;
    std::size_t k = header, first_heading = none, entries = 0, certain = 0;
    // A group's heading names a group in a few words, without a sentence's article or
    // preposition first or a date ("Organisations cancelled on 19 August include:", "The
    // following organisations were raided:", "Among the outlets blocked are:" list others).
    auto const names_group = [&](std::size_t h) {
        auto const& t = blocks[h].text;
        if (text::word_count(t, 7) > 6 || text::has_digit(t)) return false;
        auto const first = std::string_view(folded[h]).substr(0, folded[h].find(' '));
        auto const stop = lang::starts_with_any<&lang::language_table::stop_words>(first);
        return !(stop && stop.phrase.size() == first.size());
    };
    while (k > body_start && header - k < 200 && roles[k - 1] == block_role::paragraph) {
        if (is_group_heading(blocks[k - 1])) {
            first_heading = k - 1;
        } else {
            if (is_prose(blocks[k - 1])) break;
            auto const l = likelihood(k - 1);
            if (l == entry_likelihood::none) break;
            ++entries;
            certain += l == entry_likelihood::certain;
        }
        --k;
    }
    if (first_heading != k || k == body_start || !names_group(k) || !blocks[k].after_blank || certain * 2 < entries || certain == 0 ||
        !(roles[k - 1] == block_role::call || roles[k - 1] == block_role::call_introduction || sentence_of_text(k - 1)))
        return false;
    for (std::size_t h = k; h < header;) {
        std::size_t next = h + 1;
        while (next < header && !is_group_heading(blocks[next])) ++next;
        take_list(h + 1, next);
        roles[h] = block_role::signatory_header;
        h = next;
    }
    return true;
}

inline void document_reader::find_signatory_lists() {
    // The readings this stage will not take go as soon as that is known, not all at its end: a
    // long text has a reading with its entries for most of its blocks (demands, lines of
    // prose, one-line lists that are no list), and they stood beside the rest of its peak.
    // Only paragraphs are taken: the readings of the blocks that earlier rules gave a role
    // (the demands of a list among them) go first.
    for (std::size_t i = 0; i < n; ++i)
        if (roles[i] != block_role::paragraph) readings_.drop(i);
    // After a header ("Signatories:") or, without one, the runs of entries after some prose.
    std::size_t sig_begin = footer_start, sig_end = footer_start;
    std::optional<std::size_t> header;
    for (std::size_t i = body_start; i < footer_start && !header; ++i)  // the first header
        if (roles[i] == block_role::paragraph && starts_signatory_list(i)) header = i;
    if (header) {
        // A letter's signers may stand under its closing line, before the first header: "Yours
        // faithfully," / the organisations / "Individual signatories:" / the people. The
        // closing is looked for first (a lookup in the fold of a short line): the lines between
        // are read as entries only when there is one.
        std::size_t closing = none;
        for (std::size_t k = *header; k > body_start && roles[k - 1] == block_role::paragraph && *header - k < 100; --k)
            if (is_letter_closing(folded[k - 1])) {
                closing = k - 1;
                break;
            }
        if (closing != none && closing + 1 < *header) {
            std::size_t certain = 0;
            bool entries = true;
            for (std::size_t k = closing + 1; k < *header && entries; ++k) {
                auto const l = likelihood(k);
                entries = l != entry_likelihood::none;
                certain += l == entry_likelihood::certain;
            }
            if (entries && certain >= 1 && certain * 2 >= *header - closing - 1) take_list(closing + 1, *header);
        } else if (closing == none && take_groups_above(*header)) {
            // the groups over a group's heading taken for the list's header
        } else if (closing == none) {
            // The lead signers over those who join them ("Nordic Rights Watch" / "Danube
            // Helsinki Group" / "Endorsed by:" / …): a few entries right under the text's last
            // prose or demands, each showing what it is, sign first.
            std::size_t k = *header, certain = 0;
            while (k > body_start && *header - k < 6 && roles[k - 1] == block_role::paragraph && !is_prose(blocks[k - 1]) &&
                   blocks[k - 1].lines == 1 && likelihood(k - 1) != entry_likelihood::none) {
                certain += likelihood(k - 1) == entry_likelihood::certain;
                --k;
            }
            bool const after_text = k > body_start && k < *header && blocks[k].after_blank &&
                                    (roles[k - 1] == block_role::call || roles[k - 1] == block_role::call_introduction ||
                                     sentence_of_text(k - 1));
            if (after_text && certain * 2 >= *header - k && certain >= 1) take_list(k, *header);
        }
        // "Media Movement" / "November 16th, 2021" / "Signed by:": one organisation signs over the
        // date, over the header of the people who sign with it.
        if (*header >= body_start + 3 && roles[*header - 3] == block_role::paragraph && organisation_over_date(*header - 2))
            take_signing_organisation(*header - 2);
        for (std::size_t i = 0; i < *header; ++i) readings_.drop(i);  // no list is sought before it
        // From the first header on: group headings and entries, until a block that is neither.
        // A later header goes on with the list ("Individual signatories:" after a line such as
        // "The list remains open for endorsements"): what stands between is not understood.
        // Every entry up to the first block that is neither is a signer, whatever follows: each
        // is taken as soon as it is read, and its reading goes. Read first and taken after, the
        // readings of a list of 50,000 signers (a signer each) stood beside the list they went
        // into, and doubled the peak of a text that is mostly that list.
        sig_begin = *header;
        sig_end = sig_begin;
        // Its blocks are read and taken one at a time, so the signers they hold are not known
        // ahead; a block a signer is the estimate (most lists have one a line), prose left out,
        // and room for that many is reserved before the first is taken. A longer list grows
        // from there by doublings; the room a shorter one leaves unused is not touched.
        std::size_t lines = 0;
        for (std::size_t k = sig_begin; k < footer_start; ++k)
            lines += roles[k] == block_role::paragraph && !is_prose(blocks[k]);
        reserve_signatories(st.signatories.size() + lines);
        auto const first = st.signatories.size();
        group_country_.reset();
    group_type_.reset();
        group_governs_ = false;
        group_behalf_.clear();
        bool marked_entry = false;  // an entry taken carries a footnote's mark ("Name*")
        while (sig_end < footer_start) {
            // "Совместное заявление об арестах …" over prose is no signer: the text again, in
            // another language, on a page with two versions; what follows is not understood, up
            // to a later header.
            bool const another_text = blocks[sig_end].after_blank && opens_another_text(sig_end);
            // The header found (a cue's line too: "This statement is signed by the following
            // organisations:"), and the headers of groups under it.
            // "Background", "Notes to editors:": the text's own heading ends the list; what
            // follows is the text's.
            if (roles[sig_end] == block_role::paragraph && sig_end > *header && text_section_at(sig_end)) break;
            // "Delivered on behalf of the following organisations:" / the list / "Honourable
            // Chairperson,", "Thank you, Mr. President.": a statement read out names its signers
            // first, and greets its hearers under them; the greeting ends the list, and the
            // speech follows.
            if (roles[sig_end] == block_role::paragraph && sig_end > *header && opens_speech(blocks[sig_end], folded[sig_end]))
                break;
            std::optional<std::size_t> glued;  // "Signatories: A, B": the header and its first entries
            // The list's header, or a later group's ("Adhesiones personales: A - B - C").
            if (roles[sig_end] == block_role::paragraph &&
                (sig_end == *header || blocks[sig_end].text.substr(0, 48).find(": ") != std::string_view::npos))
                glued = entries_after_header(raw_of(sig_end));
            // "Amber Network (AN), comprising:" / "    Birchwood Institute" / …: a network over
            // the lines of its members heads them as a group's heading would, but signs too.
            bool const network_over_members = sig_end > *header && roles[sig_end] == block_role::paragraph &&
                                              blocks[sig_end].text.back() == ':' &&
                                              names_network_over_members(blocks[sig_end].text);
            if (network_over_members) {
                take(sig_end);
            } else if (glued) {
                // A sentence of names after the header, else entries as a list's; entries apart
                // by bars or middle dots ("Organisations: A | B | C") are a list's, however long.
                auto const raw = raw_of(sig_end);
                bool const barred = raw.find(" | ") != raw.rfind(" | ") || raw.find(" \xC2\xB7 ") != raw.rfind(" \xC2\xB7 ");
                // "Personnalités : Aminata Diallo (Sénégal), Kofi Mensah (Ghana)": a group's heading
                // glued to its entries says what they are, as a heading over them does, for them.
                auto const group_above = group_type_;
                auto const glued_type = group_type_in(utf8::fold(raw.substr(0, *glued)));
                if (glued_type) group_type_ = glued_type;
                auto const first = st.signatories.size();
                if (barred || !take_signatory_sentence(sig_end, *glued)) take(sig_end);
                if (glued_type)
                    for (auto i = first; i < st.signatories.size(); ++i) take_group_type(st.signatories[i]);
                group_type_ = group_above;
            } else if (roles[sig_end] == block_role::paragraph &&
                (sig_end == *header || signatory_header_at(sig_end) || is_group_heading(blocks[sig_end]) ||
                 (sig_end > *header && is_index_letter(blocks[sig_end])) ||
                 headed_with_note(sig_end) || (likelihood(sig_end) == entry_likelihood::none && is_group_title(sig_end)) ||
                 // "Additional signatories after publication" after the first signers, read as a
                 // name for its capital and its few words: a later group's heading
                 (sig_end > *header && blocks[sig_end].after_blank &&
                  holds_signatory_header(folded[sig_end]) && is_group_title(sig_end)) ||
                 (sig_end > *header && notes_added_signers(sig_end)) ||
                 (sig_end > *header && group_title_apart(sig_end)) ||
                 // "### Belarus", "### Individuals": a Markdown heading of a group
                 (blocks[sig_end].kind == block_kind::heading && (is_country_line(blocks[sig_end].text) || is_group_title(sig_end))) ||
                 (roles[sig_end - 1] == block_role::signatory_header &&
                  (is_column_heading_line(raw_of(sig_end)) ||
                   // "(in alphabetical order)": a note on the list under its header
                   is_parenthesised_note(blocks[sig_end].text))))) {
                roles[sig_end] = block_role::signatory_header;
                // "Armenia:" heads the signers from Armenia, "On behalf of the X Forum:" those who
                // sign for it; another heading ends such a group.
                group_behalf_ = behalf_in(sig_end);
                head_group(sig_end, !group_behalf_.empty());
            } else if (roles[sig_end] == block_role::signatory || roles[sig_end] == block_role::signatory_header) {
                // taken by a rule before: a list of people and its group's heading, a table
                marked_entry = marked_entry || carries_mark(sig_end);
            } else if (roles[sig_end] == block_role::chrome_footer || roles[sig_end] == block_role::metadata) {
                // a PDF's page furniture (a page number, a running header, a rule) inside the
                // list, an invitation to sign: it ends nothing, and stays what it is. But for a
                // rule that no group's heading follows: a mailing list's footer stands under one
                // ("_____" / "Members mailing list" / "To unsubscribe, …"). A rule under a page's
                // footer is the page break's, and one over signers that show what they are
                // ("Prof. Elspeth Amber, University of Seeburg") goes on with the list.
                if (sig_end > *header && is_rule_line(blocks[sig_end], folded[sig_end]) &&
                    !is_signature_line(blocks[sig_end], folded[sig_end]) && sig_end + 1 < footer_start &&
                    roles[sig_end - 1] != block_role::chrome_footer &&
                    (likelihood(sig_end + 1) != entry_likelihood::certain || word_count(blocks[sig_end + 1].text, 2) < 2) &&
                    !signatory_header_at(sig_end + 1) && !is_group_heading(blocks[sig_end + 1]) &&
                    !is_group_title(sig_end + 1))
                    break;
                // "Подписать письмо можно по ссылке …" / "Подробнее о деле читайте …": an invitation
                // under the list ends it, but for a later header ("Список открыт для подписания" /
                // "Присоединились после публикации:").
                if (roles[sig_end] == block_role::metadata && sig_end + 1 < footer_start && roles[sig_end + 1] == block_role::paragraph &&
                    !starts_signatory_list(sig_end + 1) && !is_group_heading(blocks[sig_end + 1]) &&
                    is_signing_invitation(blocks[sig_end], folded[sig_end]))
                    break;
            } else if (take_wrapped_countries(sig_end)) {
                // "(Ukraine)      (Netherlands)": the countries of the names above, wrapped
                // onto the line under them in their columns: they are taken, and the list goes on.
            } else if ((likelihood(sig_end) != entry_likelihood::certain ||
                        lang::starts_with_any<&lang::language_table::conjunctions>(folded[sig_end])) &&
                       closes_list(sig_end)) {
                // "And twelve other organisations" reads as an organisation: its "and" says it is none.
                close_list_at(sig_end);
            } else if (st.signatories.size() == first && roles[sig_end - 1] == block_role::signatory_header &&
                       (opens_with_marked_note(sig_end) || opens_with_spaced_mark_note(sig_end))) {
                // "Signed," / "* denotes steering committee member" / the entries: the note on the
                // mark, right under the header, is the list's legend; it stays text, and the list
                // goes on under it.
                readings_.drop(sig_end);
            } else if ((marked_entry && line_of(sig_end).substr(0, 1) == "*") || opens_with_marked_note(sig_end)) {
                // "Coral Bay Forum*" … "* Member of the Steering Committee": the note on the mark
                // an entry carries ends the list, and is the text's; so does a note that opens
                // with the mark itself ("*Affiliations for identification purposes only").
                break;
            } else if (is_footnote_line(line_of(sig_end)) ||
                       (sig_end > 0 && is_rule_line(blocks[sig_end - 1], folded[sig_end - 1]) && is_numbered_note(blocks[sig_end].text))) {
                // "Notes:" / "[1] Amnesty International, …": the text's notes end the list, and
                // the line over them heads no group of signers.
                if (sig_end > *header && roles[sig_end - 1] == block_role::signatory_header) roles[sig_end - 1] = block_role::paragraph;
                // "References" / "1. https://…": a word alone right over them, taken for a
                // signer, is their heading.
                if (sig_end > *header && roles[sig_end - 1] == block_role::signatory && !st.signatories.empty() &&
                    st.signatories.back().span.begin >= in_.cleaned.to_original(blocks[sig_end - 1].content_begin) &&
                    word_count(blocks[sig_end - 1].text, 2) == 1 &&
                    !st.signatories.back().country && !st.signatories.back().acronym &&
                    !lang::find_any<&lang::language_table::organisation_words>(folded[sig_end - 1])) {
                    st.signatories.pop_back();
                    roles[sig_end - 1] = block_role::paragraph;
                }
                break;
            } else if (is_sum_line(blocks[sig_end])) {
                // "Total AUM represented: USD 755.6 billion": the sum under a table of signers
                // ends it, and is the text's.
                break;
            } else if (auto const notes_end = page_notes_end(sig_end); notes_end != none) {
                // "7 HKSAR v Lai Chee Ying, HCCC 51/2022." / "Page 1 of 2": a page's notes at its
                // foot, inside the list that the page break cut; the text's, and the list goes on.
                sig_end = notes_end;
                continue;
            } else if (take_biography(sig_end)) {
                // a sentence on the person above, under their name
            } else if (roles[sig_end - 1] == block_role::signatory_header && names_as_sentence(sig_end) &&
                       take_signatory_sentence(sig_end, 0)) {
                // "A (LHRC), B, C, and D.": names as a sentence under the header, which the entries'
                // reading would take for a name and its parts after the conjunction
            } else if (take_contact_under_name(sig_end)) {
                // "Tel. +44 1603 765670", "Email: info@amber.example" under a signer's name: its own
            } else if (!another_text && likelihood(sig_end) != entry_likelihood::none) {
                marked_entry = marked_entry || carries_mark(sig_end);
                // take() less its contact line, which the branch above has asked for
                if (!take_latest_signatures(sig_end)) take_entry(sig_end);
            } else if (sig_end > 0 && roles[sig_end - 1] == block_role::signatory_header &&
                       blocks[sig_end].kind == block_kind::text && take_signatory_sentence(sig_end, 0)) {
                // "A (Armenia), B (Poland) and C (Georgia).": the names as a sentence, right under the header
            } else if (st.signatories.size() == first && roles[sig_end - 1] == block_role::signatory_header &&
                       blocks[sig_end].kind == block_kind::text && blocks[sig_end].lines == 1 &&
                       !blocks[sig_end].text.empty() && blocks[sig_end].text.back() == '.' && sig_end + 2 < footer_start &&
                       likelihood(sig_end + 1) != entry_likelihood::none && likelihood(sig_end + 2) != entry_likelihood::none) {
                // "## Signatories" / "To sign, open a pull request adding your name below." / the
                // entries: a line on how to sign, right under the header that said the list
                // follows, is the header's; it stays text, and the entries under it are the list.
                roles[sig_end] = block_role::unrecognised;
                readings_.drop(sig_end);
            } else if (!another_text && (entries_follow(sig_end + 1) ||
                                         (st.signatories.size() > first && sig_end + 1 < footer_start &&
                                          likelihood(sig_end + 1) == entry_likelihood::certain))) {
                // One block among the entries that the reader cannot take ("Org (ACR), a remark
                // of its own"): kept as text, and the list goes on after it. Between entries
                // taken and one more that shows what its signer is ("Japan Council of Textile
                // Unions – Japan" / the line it cannot read / "Trade Union Congress of the
                // Philippines – Philippines"), the list goes on too: one line it cannot read
                // does not lose the signers after it.
                roles[sig_end] = block_role::unrecognised;
                readings_.drop(sig_end);
            } else {
                // "Additional signatories (added after publication)": a later header may carry a note.
                std::size_t next = sig_end + 1;
                while (next < footer_start && !(roles[next] == block_role::paragraph &&
                                                (signatory_header_at(next) ||
                                                 (blocks[next].after_blank && is_group_title(next) &&
                                                  lang::find_any<&lang::language_table::signing_cues>(folded[next])))))
                    ++next;
                if (next == footer_start) break;
                for (std::size_t k = sig_end; k < next; ++k)
                    if (roles[k] == block_role::paragraph) roles[k] = block_role::unrecognised;
                sig_end = next;
                continue;
            }
            ++sig_end;
        }
        read_places_after_names(st.signatories, first);
        read_people_by_list(st.signatories, first);
        read_towns_after_roles(st.signatories, first);
        drop_note_numbers(first, sig_begin);
        take_speaker_over(*header, first);
        ++sig_begin;
    } else {
        take_list(sig_begin, sig_end);
    }
    if (!header) {
        // Without a header: runs of entries after some prose. A run whose entries mostly show
        // what their signer is (a country, an acronym, an organisation word, a person's role,
        // a name in capitals) is a list of signatories; after a line ending in ':' fewer do.
        bool prose_seen = false;  // the text itself: prose, the opening, calls
        // "Steppe Watch (Kazakhstan)" / "Open Rivers Network (Kyrgyzstan)" / …: a text that is
        // nothing but signers' entries, three or more, six in ten showing what their signer is
        // (a sheet of them pasted alone), is their list with no prose over it. The blocks are
        // read as entries only where none is prose nor has a role: most texts have a paragraph.
        auto const entries_alone = [&] {
            if (st.opening || footer_start < body_start + 3) return false;
            for (std::size_t k = body_start; k < footer_start; ++k)
                if (roles[k] != block_role::paragraph || is_prose(blocks[k])) return false;
            std::size_t certain = 0;
            for (std::size_t k = body_start; k < footer_start; ++k) {
                auto const l = likelihood(k);
                if (l == entry_likelihood::none) return false;
                certain += l == entry_likelihood::certain;
            }
            return certain * 10 >= (footer_start - body_start) * 6;
        };
        if (st.signatories.empty() && entries_alone()) prose_seen = true;
        // People named in the text ("The detained journalists are:" / "Mira Tallow, editor of
        // the Gazette" / …), and the text goes on after them: the runs taken so far, people
        // only, are given back to the text when a later run is taken after a sentence of it.
        std::size_t runs_block = none, runs_signer = none;  // where the runs taken so far begin
        bool text_after_runs = false;
        // "We, the undersigned …", "We, civil society organisations of Veloria, …": the text's
        // first paragraph says it speaks for many.
        auto const opened_as_many = [&] {
            if (st.opening) return true;
            for (std::size_t k = body_start; k < footer_start; ++k)
                if (roles[k] == block_role::paragraph) {
                    auto const head = std::string_view(folded[k]).substr(0, 80);
                    return lang::opens_with_phrase<&lang::language_table::first_person_plural>(head) &&
                           static_cast<bool>(lang::find_any<&lang::language_table::author_groups>(head));
                }
            return false;
        };
        auto const give_back_runs = [&](std::size_t before) {
            bool const people = std::all_of(st.signatories.begin() + static_cast<std::ptrdiff_t>(runs_signer),
                                            st.signatories.end(),
                                            [](signatory const& x) { return x.type == signatory_type::person; });
            if (!people) return;
            st.signatories.erase(st.signatories.begin() + static_cast<std::ptrdiff_t>(runs_signer), st.signatories.end());
            for (std::size_t k = runs_block; k < before; ++k)
                if (roles[k] == block_role::signatory || roles[k] == block_role::signatory_header)
                    roles[k] = block_role::paragraph;
            sig_begin = footer_start;
        };
        for (std::size_t i = body_start; i < footer_start; ++i) {
            if (roles[i] == block_role::opening || roles[i] == block_role::call ||
                roles[i] == block_role::call_introduction)
                prose_seen = true;
            if (roles[i] != block_role::paragraph) continue;
            // "Yours sincerely,": the letter's text ends there, and its signers follow, as a list
            // or as a sentence of names ("Sincerely," / "A, B, C and D."), whose full stop a
            // letter often leaves out ("The Amber Network, Birch Watch, and the Coral Centre").
            // One that opens with a cue ("Thank you." / "This statement is co-sponsored by A, B
            // and C.") is read past its cue, as a sentence of names after a cue is; one with the
            // UN's formula after the names ("A, B and C also share the views …"), up to it.
            if (is_letter_closing(folded[i])) {
                prose_seen = true;
                if (i + 1 < footer_start && roles[i + 1] == block_role::paragraph && blocks[i + 1].kind == block_kind::text &&
                    !opens_with_signing_cue(i + 1) &&
                    !block_has(i + 1, block_phrases::bit_of<&lang::language_table::view_sharing_phrases>()) &&
                    (is_prose(blocks[i + 1]) || names_as_sentence(i + 1)) &&
                    (blocks[i + 1].text.find(", ") != std::string_view::npos || blocks[i + 1].text.find("; ") != std::string_view::npos) &&
                    !speaks_as_we(i + 1) && take_signatory_sentence(i + 1, 0))
                    ++i;
                continue;
            }
            if (prose_seen)
                if (auto const end = signature_beside_name_end(i); end != none) {
                    if (sig_begin == footer_start) sig_begin = i;
                    sig_end = end;
                    take_signature_beside_name(i, end);
                    i = end - 1;
                    continue;
                }
            if (prose_seen && is_prose(blocks[i]) && take_names_apart_by_semicolons(i)) {
                if (sig_begin == footer_start) sig_begin = i;
                sig_end = i + 1;
                continue;
            }
            // A long line may be a whole list glued together rather than prose.
            if (is_prose(blocks[i]) && (likelihood(i) != entry_likelihood::certain || opens_with_signing_cue(i))) {
                prose_seen = true;
                text_after_runs = text_after_runs || runs_block != none;
                readings_.drop(i);
                continue;
            }
            // A short text's one sentence where its authors speak ("We demand the release of …").
            if (!prose_seen && !blocks[i].text.empty() && (blocks[i].text.back() == '.' || blocks[i].text.back() == '!') &&
                speaks_as_we(i)) {
                prose_seen = true;
                readings_.drop(i);
                continue;
            }
            if (!prose_seen || likelihood(i) == entry_likelihood::none) {
                readings_.drop(i);
                continue;
            }
            // "ShareAction" / "1 European Commission, Work Programme 2025." / "2 See also …": the
            // notes at a page's foot under a run are the text's, neither its entries nor a run.
            if (auto const notes_end = page_notes_end(i); notes_end != none) {
                for (; i + 1 < notes_end; ++i) readings_.drop(i);
                readings_.drop(i);
                continue;
            }
            std::size_t j = i, certain = 0;
            // So is a name with its country on the line under it ("Freedom Now" / "United
            // States"), and that line: each alone shows little. Asked of short lines only, and of
            // each once (a line is asked as the one under a name, then as itself).
            std::size_t asked = none;
            bool asked_country = false;
            auto const country_line = [&](std::size_t k) {
                if (k != asked)
                    asked = k, asked_country = k < footer_start && roles[k] == block_role::paragraph &&
                                               blocks[k].text.size() <= 40 && is_country_line(blocks[k].text);
                return asked_country;
            };
            std::size_t marks = 0;  // signatures' marks inside the run
            bool marked = false;  // an entry of the run carries a note's mark ("Coral Bay Forum*")
            for (; j < footer_start; ++j) {
                // "Mira Tallow" / "(Signed)" / "Oren Vale": the mark a copy leaves of a
                // signature stands over the next name, and ends no run.
                if (j > i && j + 1 < footer_start && roles[j] == block_role::chrome_footer && roles[j + 1] == block_role::paragraph &&
                    is_signature_line(blocks[j], folded[j])) {
                    ++marks;
                    continue;
                }
                if (j > i && (page_notes_end(j) != none || (marked && notes_the_mark(j)))) break;
                // "Excellencies,", "Honourable Chairperson,", "Thank you, Madam President.": the
                // greeting of a statement read out under the names of those it speaks for ends
                // their run.
                if (j > i && opens_speech(blocks[j], folded[j])) break;
                // "Coral Bay Human Rights Union" / "(Ukraine)": a name's country wrapped under it
                // ends no run, and is no entry of its own.
                if (j > i && blocks[j].lines == 1 && !parenthesised_countries(raw_of(j)).empty()) {
                    ++marks;
                    continue;
                }
                // "Banana Link Europe" / "Tel. +44 1603 765670": a signer's contacts under its
                // name end no run, and are no entry of their own.
                if (j > i && is_contact_under_name(j)) {
                    ++marks;
                    continue;
                }
                marked = marked || carries_mark(j);
                auto l = likelihood(j);
                if (l == entry_likelihood::none) break;
                // A name with its role on the next line is as good as a name with a country.
                bool named_role = j + 1 < footer_start && roles[j + 1] == block_role::paragraph && is_role_line(raw_of(j + 1));
                bool const paired_country = l != entry_likelihood::certain && !named_role && blocks[j].text.size() <= 60 &&
                                            ((j > i && country_line(j)) || country_line(j + 1));
                certain += l == entry_likelihood::certain || named_role || paired_country;
            }
            std::size_t const length = j - i - marks;
            // "Sincerely," / "Letter re: Linden Court … Page 2 of 3" / the signers: a page's number or
            // running header that a PDF's page break left between them introduces nothing, and
            // parts nothing.
            std::size_t over = i > 0 ? i - 1 : 0;
            // Nor does a note on how the list is set ("Sincerely," / "(Organizations listed
            // alphabetically)" / the signers).
            while (over > body_start && ((roles[over] == block_role::chrome_footer && is_page_furniture(blocks[over])) ||
                                         (roles[over] == block_role::paragraph && is_parenthesised_note(blocks[over].text))))
                --over;
            bool const after_closing = i > 0 && is_letter_closing(folded[over]);
            bool introduced = i > 0 && !blocks[over].text.empty() &&
                              (blocks[over].text.back() == ':' || after_closing || is_group_title(over));
            // One line may hold a whole list ("A – B – C – D"); signers may sign over the place and
            // date of the signing ("The Lakeshore Civic Forum" / "Port Amber, 3 May 2026").
            bool glued_list = length == 1 && certain == 1 && reading(i).signatories.size() >= 3;
            // A few names over the date of the signing ("ПЦ «Мемориал»" / "МХГ" / "3 декабря 2026 г.")
            // sign, however little each shows by itself.
            bool const organisation_line = length == 1 && certain == 0 && organisation_over_date(i);
            bool signed_and_dated = (certain >= 1 || length >= 2 || organisation_line) && length <= 6 && j < footer_start &&
                                    roles[j] == block_role::paragraph && is_date_line(blocks[j]);
            // One organisation over its town ends the text ("Fair Trials Moldova" / "Chișinău"):
            // the text's only signer.
            bool const signed_with_town = st.signatories.empty() && length <= 2 && j == footer_start && certain <= 1 && organisation_over_town(i);
            // Under "Sincerely," or "Mit freundlichen Grüßen" stand the letter's signers, whatever
            // shows them less ("Reporters Without Borders" / "PEN Berlin"): two names or more are enough.
            // A text cut off inside its list ends in a fragment ("Helsinki Citizens Assembly" /
            // "Open"): it shows the list goes on, and is weighed neither way.
            std::size_t const weighed = length - (j == n && j > i && cut_off_fragment(j - 1) ? 1 : 0);
            // A run of three names or more that ends the text signs it when half of them show
            // what they are ("Belarusian Association of Journalists" / "Belarusian PEN" / "Lawtrend");
            // two are enough where the text opened as its undersigned ("Die unterzeichnenden
            // Organisationen fordern …" / "Amnesty Nordmark" / "Flüchtlingsrat e.V.").
            bool const closing_run = j == footer_start && (length >= 3 || (length == 2 && st.opening)) &&
                                     certain * 2 >= weighed;
            // One name that shows what it is ends the text, under its last sentence: the text's
            // one signer ("… drop all charges." / "Danube Civic Platform (DCP)"). Not where the
            // text opened as many ("We, civil society organisations of …"): there, one name is
            // what is left of a list.
            bool const signed_alone = st.signatories.empty() && !opened_as_many() && length == 1 && certain == 1 && j == footer_start &&
                                      i > body_start && blocks[i].after_blank && blocks[i].lines == 1 &&
                                      blocks[i].text.size() <= 100 &&
                                      (sentence_of_text(i - 1) || roles[i - 1] == block_role::call) &&
                                      !names_by_whom(folded[i]);
            if (signed_alone || signed_with_town) {
                if (sig_begin == footer_start) sig_begin = i;
                sig_end = footer_start;
                take_signing_organisation(i);
                if (signed_with_town) give_town(i + 1);
                break;
            }
            // "Alabama" / … / "California" / "Oakland Privacy (Oakland)": a group's heading right
            // under the entries of a run taken goes on with its list, whatever its entries show.
            bool const next_group = over > body_start && roles[over - 1] == block_role::signatory && is_group_title(over);
            // "Investors" / "Amber Capital" / … / "Civil society organisations": a run between the
            // headings of two groups is the first group of a list without a header, whatever its
            // entries show.
            bool const between_groups = introduced && j < footer_start && roles[j] == block_role::paragraph &&
                                        is_group_title(j) && is_group_title(over);
            if ((length >= 2 && certain * 10 >= weighed * 6) || glued_list || signed_and_dated || closing_run ||
                (introduced && certain >= 1 && certain * 2 >= length) || (after_closing && length >= 2) || next_group ||
                between_groups) {
                if (text_after_runs) give_back_runs(i);
                if (runs_block == none || text_after_runs) runs_block = i, runs_signer = st.signatories.size();
                text_after_runs = false;
                bool const first_run = sig_begin == footer_start;
                if (first_run) sig_begin = i;
                sig_end = j;
                if (organisation_line) {
                    take_signing_organisation(i);
                } else if (first_run && j > i + 1 && !after_closing && blocks[i].text.back() == ':' &&
                           names_network_over_members(blocks[i].text)) {
                    take_network_heading(i);
                    take_list(i + 1, j);
                } else {
                    take_list(i, j);
                }
                if (j < footer_start && roles[j] == block_role::paragraph && closes_list(j)) {
                    close_list_at(j);
                    sig_end = ++j;
                }
            }
            if (j < footer_start && runs_block != none && sentence_of_text(j)) text_after_runs = true;
            // The run is taken or not, and the block after it ended it: the scan goes on past both.
            for (std::size_t k = i; k <= j && k < footer_start; ++k) readings_.drop(k);
            // "Sincerely," / the signers / "Endnotes" / "1. Mira Tallow, Prison Capital (2023).":
            // a heading of the text's own under a list taken ends the lists, as under a header;
            // what follows is the text's.
            if (sig_begin != footer_start && j < footer_start && roles[j] == block_role::paragraph && text_section_at(j)) break;
            i = j;
        }
    }
    readings_.release();  // the lists are found: the readings of the blocks go

    // Whatever stands between the list and the footer was not understood, but the text's notes
    // ("[1] See our report …"), and where the authors speak ("We urge the President of COP29
    // to …": a text that names its signers first): they are the text's, wherever they stand.
    // A page's line that says "our" ("Subscribe to our newsletter") is not where they speak:
    // their sentence opens with "we", or with an opening phrase ("The undersigned …").
    auto const note = [](std::string_view t) {
        return (t.size() > 2 && t[0] == '*') || is_footnote_line(t);  // "* Member of the Steering Committee"
    };
    // The start's fold is asked first: most such blocks open with neither.
    auto const authors_speak = [&](std::size_t i) {
        auto const& text = blocks[i].text;
        return lang::opens_with_phrase<&lang::language_table::opening_phrases>(text) ||
               (lang::opens_with_phrase<&lang::language_table::first_person_plural>(text) && speaks_as_we(i));
    };
    // A list that stands before any of the text ("Signatories: A, B, C." under the headline)
    // names the signers first: the text follows it.
    bool const text_before = std::any_of(roles.begin() + static_cast<std::ptrdiff_t>(body_start),
                                         roles.begin() + static_cast<std::ptrdiff_t>(std::min(sig_begin, footer_start)),
                                         [](block_role r) {
                                             return r == block_role::paragraph || r == block_role::opening ||
                                                    r == block_role::call || r == block_role::call_introduction;
                                         });
    // From a heading of the text's own ("Background", "Notes to editors:") on, the text goes on.
    for (std::size_t i = sig_end; text_before && i < footer_start; ++i) {
        if (roles[i] == block_role::paragraph && text_section_at(i)) break;
        if (i >= sig_begin && roles[i] == block_role::paragraph && !note(line_of(i)) && !authors_speak(i))
            roles[i] = block_role::unrecognised;
    }

    // "JOINT STATEMENT" / "Amber Lantern Association (Armenia)" / "Birchwood … (Poland)" / the
    // headline: the signers listed under the kind's label, over the headline, as a letterhead
    // of their names; each line shows what its signer is.
    if (st.signatories.empty() && kind_label != none && title != none && kind_label + 3 <= title) {
        bool listed = true;
        for (std::size_t k = kind_label + kind_label_lines; k < title && listed; ++k)
            listed = roles[k] == block_role::chrome_header && reading(k).likelihood == entry_likelihood::certain;
        if (listed) {
            for (std::size_t k = kind_label + kind_label_lines; k < title; ++k) roles[k] = block_role::paragraph;
            take_list(kind_label + kind_label_lines, title);
            if (st.publisher && st.publisher->span.begin >= st.signatories.front().span.begin) st.publisher.reset();
        }
    }

    // "The following organisations have endorsed this statement:" / "Amber Watch – Brazil" / … /
    // "Joint statement: …": a text that names its signers first, under their header, over its
    // headline; the lines between the two are their entries, whatever stands above the header.
    if (st.signatories.empty() && title != none)
        for (std::size_t k = front_matter_end; k < title; ++k) {
            if (roles[k] != block_role::chrome_header || !starts_signatory_list(k)) continue;
            // "Signatories: Amber Watch (Kenya), Birchwood Forum (Uganda)": the header and its
            // names on one line.
            bool const glued = entries_after_header(raw_of(k)).has_value();
            std::size_t const begin = glued ? k : k + 1;
            std::size_t end = k + 1;
            while (!glued && end < title && roles[end] == block_role::chrome_header &&
                   reading(end).likelihood != entry_likelihood::none)
                ++end;
            if (end > begin) {
                if (!glued) roles[k] = block_role::signatory_header;
                for (std::size_t j = begin; j < end; ++j) roles[j] = block_role::paragraph;
                take_list(begin, end);
                if (st.publisher && st.publisher->span.begin >= blocks[k].begin) st.publisher.reset();
            }
            break;
        }

    // Without a list, the signers may be named in a sentence ("The appeal is signed by: …").
    // They follow a signing cue, or an oral statement's speaker and a behalf phrase ("delivered
    // by X on behalf of A, B and C"), and a block whose fold holds neither names none: the cues
    // are in fold form, so one in the lower-case text that read_inline_signatories searches is
    // one in the fold too. Most blocks are ruled out by the fold made already, without a copy.
    constexpr auto cues = static_cast<std::uint8_t>(block_phrases::bit_of<&lang::language_table::signing_cues>() |
                                                    block_phrases::bit_of<&lang::language_table::speaker_phrases>());
    std::size_t submitters = none;  // the block that names a UN statement's submitters, if they were read so
    for (std::size_t i = front_matter_end; st.signatories.empty() && i < footer_start; ++i)
        if ((roles[i] == block_role::paragraph || roles[i] == block_role::metadata || roles[i] == block_role::title ||
             roles[i] == block_role::opening) &&
            block_has(i, cues)) {
            // "Delivered by: Mira Tallow, Amber Watch" / "On behalf of: A, B and C": the speaker's
            // line and the field of those she speaks for under it are read as one sentence.
            auto raw = raw_of(i);
            if (i + 1 < footer_start && is_behalf_line(blocks[i + 1], folded[i + 1]) && is_speaker_line(blocks[i], folded[i]))
                raw = std::string_view(in_.cleaned.text)
                          .substr(blocks[i].content_begin, blocks[i + 1].end - blocks[i].content_begin);
            st.signatories = read_inline_signatories(raw, blocks[i].content_begin, in_.spans);
            if (!st.signatories.empty() && lang::find_any<&lang::language_table::consultative_statuses>(folded[i]))
                submitters = i;
        }
    // "Written statement* submitted by Alpha Watch, a non-governmental organization in special
    // consultative status" / … / "Beta League, Gamma Forum, NGO(s) without consultative status,
    // also share the views expressed in this statement.": organisations without the status join
    // the submitters of a UN statement in a sentence of their own, under its note or at its end.
    // An oral statement without a heading of submitters may name its signers so alone, at its end
    // ("Viasna, the B and C also share the views expressed in this statement.").
    bool const sharers_alone = submitters == none && st.signatories.empty();
    if (submitters != none || sharers_alone)
        for (std::size_t k = front_matter_end; k < blocks.size(); ++k)
            if (k != submitters &&
                ((!sharers_alone && lang::find_any<&lang::language_table::consultative_statuses>(folded[k])) ||
                 block_has(k, block_phrases::bit_of<&lang::language_table::view_sharing_phrases>()))) {
                auto sharers = read_status_sharers(raw_of(k), blocks[k].content_begin, in_.spans);
                std::move(sharers.begin(), sharers.end(), std::back_inserter(st.signatories));
            }

    // Nor in a sentence after a cue, the signers of a press release are who its headline or its
    // first paragraphs say speaks ("A and B condemn …"): later paragraphs report others. A block
    // where the authors say "we" names them beside it ("We, A and B, call on …"), if at all.
    constexpr auto we = static_cast<std::uint8_t>(block_phrases::bit_of<&lang::language_table::first_person_plural>() |
                                                  block_phrases::bit_of<&lang::language_table::opening_phrases>());
    for (std::size_t i = 0, paragraphs = 0; st.signatories.empty() && i < footer_start && paragraphs < 3; ++i) {
        bool const lede = i >= front_matter_end && roles[i] == block_role::paragraph;
        bool const opening = i >= front_matter_end && roles[i] == block_role::opening;
        if (i != title && !lede && !opening) continue;
        paragraphs += lede;
        if (opening || block_has(i, we)) {
            if (i != title) {
                auto authors = read_authors_beside_we(raw_of(i), blocks[i].content_begin, in_.spans);
                st.signatories = std::move(authors.names);
                if (auto const& network = authors.network; network && !st.signatories.empty())
                    list_network_ = coalition{network->name, network->acronym, network->span};
            }
            continue;
        }
        auto reported = read_reported_authors(raw_of(i), blocks[i].content_begin, in_.spans, table && table->verb_second);
        st.signatories = std::move(reported.names);
        if (auto const& network = reported.network; network && !st.signatories.empty())
            list_network_ = coalition{network->name, network->acronym, network->span};
        if (!st.signatories.empty() && reported.asked != std::string_view::npos)
            reported_call_ = reported_call{i, reported.verb_begin, reported.verb_end, reported.asked};
    }

    // Lists found by different rules are reported in the order of the text. Most documents
    // have one list, read in that order already: a check spares the sort.
    auto const earlier = [](signatory const& a, signatory const& b) { return a.span.begin < b.span.begin; };
    if (!std::is_sorted(st.signatories.begin(), st.signatories.end(), earlier))
        sort_by_place(st.signatories);
    drop_translated_signers();
    drop_repeated_signers();

    // A text cut off in the middle of a list ends with a fragment ("Inst", "Robe"): a short
    // word at the very end of the input is not reported as a signer; a parenthesis opened and
    // never closed there ("FOB AUTÓNOMA (FEDERACIÓN DE") is no part of the name.
    if (!st.signatories.empty()) {
        auto& last = st.signatories.back();
        bool const at_end = in_.cleaned.to_original(blocks.back().end) == last.span.end && text_ends_at_last_block();
        // A list that ends its text with a line break ("- Gisti" / "") ends whole: a cut falls
        // inside a line.
        bool fragment = last.name.size() <= 5 && last.name.find(' ') == std::string::npos && !last.country &&
                        std::any_of(last.name.begin(), last.name.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                        !in_.cleaned.text.empty() && in_.cleaned.text.back() != '\n';
        if (at_end && fragment) {
            diags_.push_back({severity::warning, "signatory.truncated",
                             "the text ends inside the list of signatories; the last fragment '" + last.name +
                                 "' was not taken as a signer",
                             last.span});
            st.signatories.pop_back();
        } else if (auto const open = last.name.rfind(" ("); at_end && open != std::string::npos && open > 0 &&
                                                           last.name.find(')', open) == std::string::npos) {
            diags_.push_back({severity::warning, "signatory.truncated",
                             "the text ends inside the parentheses of the last signatory; '" + last.name.substr(open + 1) +
                                 "' was left out of its name",
                             last.span});
            last.name.erase(open);
        }
    }

}

}  // namespace document_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
