// Definitions for <civic/recognise/signatories.hpp>: lists of signatories, block by block.
// Reading one entry is in signatory_entry.ipp, tables in signatory_tables.ipp, signers named
// in a sentence in inline_signatories.ipp.
#pragma once
#include <civic/lang/word_table.hpp>
#include <civic/text/page_marks.hpp>
#include <civic/recognise/impl/inline_signatories.ipp>
#include <civic/recognise/impl/signatory_tables.ipp>

#include <bitset>
#include <cstring>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

namespace signatory_detail {
// The signatory headers of every table, for one lookup instead of a comparison with each, and
// the pairs of bytes they end with: a text whose last two bytes end no header is none, nor
// ends in one, and most texts are told so without a lookup.
struct header_set {
    lang::word_set headers;
    std::bitset<256 * 256> last_pairs;
    static std::size_t last_pair(std::string_view s) noexcept {
        auto const last = static_cast<unsigned char>(s.back());
        auto const before = s.size() >= 2 ? static_cast<unsigned char>(s[s.size() - 2]) : 0;
        return static_cast<std::size_t>(before) << 8 | last;
    }
};

inline header_set const& signatory_headers() {
    static header_set const set = [] {
        header_set h;
        for (auto const* t : lang::all_languages)
            for (std::string_view header : t->signatory_headers)
                if (!header.empty()) {
                    h.headers.insert(header);
                    h.last_pairs.set(header_set::last_pair(header));
                    // After a space, a one-byte header ends the text with any byte before it.
                    if (header.size() == 1)
                        for (std::size_t b = 0; b < 256; ++b) h.last_pairs.set(b << 8 | static_cast<unsigned char>(header[0]));
                }
        return h;
    }();
    return set;
}
}  // namespace signatory_detail

CIVIC_FUNC bool is_signatory_header(std::string_view folded) {
    bool colon = false;
    // "Signatories:", "**Signed by**", "Signed," (a letter's "Signed," over its signers).
    while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ' || folded.back() == '*' || folded.back() == ',')) {
        colon = colon || folded.back() == ':';
        folded.remove_suffix(1);
    }
    while (!folded.empty() && (folded.front() == '*' || folded.front() == ' ')) folded.remove_prefix(1);
    folded = utf8::without_leading_pictographs(folded);  // "## ✍️ Signatories": a README's emoji before it
    // "S I G N A T O R I E S": a PDF's heading with its letters spaced out, read closed up.
    char closed_up[128];
    if (folded.size() <= sizeof closed_up)
        if (auto const closed = text::close_spaced_letters(folded, closed_up); !closed.empty()) folded = closed;
    // "Signatories (in alphabetical order):", "Signed by (as of 5 June):": the header before
    // its note in parentheses, and its colon (an entry "Name (Country)" has none); without the
    // colon, a note that ends with the date of the list ("Unterzeichnende Organisationen (Stand:
    // 26.02.2024)").
    if (!folded.empty() && folded.back() == ')' && folded.size() <= 100 &&
        (colon || (folded.size() >= 2 && folded[folded.size() - 2] >= '0' && folded[folded.size() - 2] <= '9'))) {
        auto const open = folded.rfind('(');
        if (open != std::string_view::npos && open > 0) {
            folded = folded.substr(0, open);
            while (!folded.empty() && folded.back() == ' ') folded.remove_suffix(1);
        }
    }
    if (folded.empty() || folded.size() > 60) return false;
    auto const& set = signatory_detail::signatory_headers();
    if (!set.last_pairs[signatory_detail::header_set::last_pair(folded)]) return false;
    // "Annex: List of signatories", "Annex 1 – Signatories": a section's label (its number or
    // Roman numeral) before the header, apart by a colon or a dash.
    // Looked up only for a line that ends as a header does (its last two letters, above).
    if (auto const label = lang::starts_with_any<&lang::language_table::section_headings>(folded);
        label && label.phrase.size() < folded.size()) {
        auto rest = folded.substr(label.phrase.size());
        std::size_t at = 0;
        while (at < rest.size() && at < 8 &&
               (rest[at] == ' ' || (rest[at] >= '0' && rest[at] <= '9') || rest[at] == 'i' || rest[at] == 'v' || rest[at] == 'x'))
            ++at;
        if (at > 0 && rest[0] != ' ') at = 0;  // "annexes", not "annex" and a numeral
        std::size_t mark = 0;
        if (at < rest.size() && (rest[at] == ':' || rest[at] == '-')) mark = 1;
        else if (rest.compare(at, 3, "\xE2\x80\x93") == 0 || rest.compare(at, 3, "\xE2\x80\x94") == 0) mark = 3;
        if (mark) {
            rest = rest.substr(at + mark);
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            if (!rest.empty()) {
                folded = rest;
                colon = true;
            }
        }
    }
    auto const& headers = set.headers;
    if (headers.count(folded)) return true;
    // "SIGNATORlES": a scan's text recognition reads a capital I as a small l, and the heading
    // in capitals folds to a word no table has. A word alone, its l's read as i's.
    if (folded.size() <= 24 && folded.find(' ') == std::string_view::npos && folded.find('l') != std::string_view::npos) {
        char read_as_i[24];
        std::replace_copy(folded.begin(), folded.end(), read_as_i, 'l', 'i');
        if (headers.count(std::string_view(read_as_i, folded.size()))) return true;
    }
    // "Signataires / Signatories", "Подписали / Signed": a page in two languages heads its list
    // with the header in each, apart by a slash, and no colon after either.
    if (auto const slash = folded.find(" / "); slash != std::string_view::npos)
        return headers.count(folded.substr(0, slash)) && headers.count(folded.substr(slash + 3));
    // "Civil Society Organizations:", "Individual signatories:": a short group heading that
    // ends in a header word and a colon, so the words after some space are a header.
    if (!colon) return false;
    if (text::word_count(folded, 7) > 6) return false;
    // Not after a comma: "Elm Foundation, together with:" is a signer over those it signs with.
    for (auto space = folded.find(' '); space != std::string_view::npos; space = folded.find(' ', space + 1))
        if (folded[space - 1] != ',' && headers.count(folded.substr(space + 1))) return true;
    // "Organisations nationales :", "Organizacje lokalne:", "Osoby indywidualne:": a header word
    // first, then a word or two that qualify it, as French, Polish or Romanian put them.
    if (text::word_count(folded, 4) <= 3)
        for (auto space = folded.find(' '); space != std::string_view::npos; space = folded.find(' ', space + 1))
            if (headers.count(folded.substr(0, space))) return true;
    return false;
}

// "Additional signatories after publication", "Signatures received since the launch": a short
// line that holds a header's words among others (a phrase of whole words), not only at its end.
CIVIC_FUNC bool holds_signatory_header(std::string_view folded) {
    if (folded.size() > 60) return false;
    auto const& set = signatory_detail::signatory_headers();
    // Every run of the text's words is a candidate, but a run that is a header ends with a
    // header's last two bytes (a one-byte header's with any byte before it): most places where
    // a run may end are passed by that bit, and only the runs that end there are looked up.
    std::size_t starts[61];
    std::size_t start_count = 0;
    for (std::size_t at = 0;;) {
        starts[start_count++] = at;
        auto const space = folded.find(' ', at);
        auto const end = space == std::string_view::npos ? folded.size() : space;
        if (end > 0 && set.last_pairs[signatory_detail::header_set::last_pair(folded.substr(0, end))])
            for (std::size_t k = 0; k < start_count && starts[k] <= end; ++k)
                if (set.headers.count(folded.substr(starts[k], end - starts[k]))) return true;
        if (space == std::string_view::npos) return false;
        at = space + 1;
    }
}

namespace signatory_detail {
// "Kazakhstan: Amber Lantern Association; Steppe Rights Centre": a country that heads the
// entries of its line, and the entries after it; "Signatories: Amber Lantern Association •
// Steppe Rights Centre": the list's header glued to its entries, and the entries after it; or
// neither, and the whole line.
struct line_heading {
    std::optional<country_value> country;
    std::string_view entries;
    bool header = false;     // the list's header: it says the entries are signers
    std::string_view lead = {};  // a network that signs before its members ("X and its members: …")
};

inline line_heading country_heading_of(std::string_view raw) {
    auto const colon = raw.substr(0, 42).find(": ");  // a country's name, a header, is short
    // A network over its members on their line: it signs, and they do.
    auto const members_of = [&](std::size_t at) -> std::optional<line_heading> {
        if (auto const lead = name_before_member_list(raw.substr(0, at)); !lead.empty())
            return line_heading{std::nullopt, raw.substr(at + 2), true, lead};
        return std::nullopt;
    };
    if (colon == std::string_view::npos) {
        // "The statement was signed by the following organisations: A; B", "Заявление подписали
        // следующие организации: …": a longer header, a cue to sign of a few words; or of more
        // in one clause, without a comma, where a press release names the network its signers
        // belong to ("The statement is signed by the undersigned members of the Delta Coalition
        // for Mining Justice: A, B and C."; a sentence of clauses has commas).
        auto const cue = raw.substr(0, 160).find(": ");
        if (cue == std::string_view::npos) return {std::nullopt, raw};
        bool const header = utf8::with_fold(raw.substr(0, cue + 1), [](std::string_view folded) {
            auto const words = text::word_count(folded, 25);
            return is_signatory_header(folded) ||
                   ((words <= 14 || (words <= 24 && folded.find(',') == std::string_view::npos)) &&
                    lang::find_any<&lang::language_table::signing_cues>(folded) &&
                    !lang::find_any<&lang::language_table::call_verbs>(folded));
        });
        if (header) return {std::nullopt, raw.substr(cue + 2), true};
        if (auto const network = members_of(cue)) return *network;
        return {std::nullopt, raw};
    }
    if (colon == 0) return {std::nullopt, raw};
    auto const head = raw.substr(0, colon + 1);
    if (auto country = as_country(head.substr(0, colon))) return {country, raw.substr(colon + 2)};
    if (utf8::with_fold(head, [](std::string_view folded) { return is_signatory_header(folded); })) {
        if (auto const network = members_of(colon)) return *network;
        return {std::nullopt, raw.substr(colon + 2), true};
    }
    // "European level: Alpha Network, Beta Forum", "Niveau national : …": the level its group's
    // signers work at, a heading of them glued before the first.
    // Most labels are no scope's, told by their first two letters unfolded.
    if (auto const label = trim(head.substr(0, colon));
        may_open_with<&lang::language_table::group_scopes>(label) && utf8::with_fold(label, [](std::string_view folded) {
            return lang::is_phrase<&lang::language_table::group_scopes>(folded);
        }))
        return {std::nullopt, raw.substr(colon + 2), true};
    return {std::nullopt, raw};
}

// "Georgia: Georgian Young Lawyers' Association, Human Rights Education and Monitoring Center
// (EMC)": under a country's heading an entry needs no country of its own, so a comma between two
// names parts two entries (after the list's header on the line too, "Signatories: A, B"):
// names that each say what they are (an organisation word), or a capitalised name after one
// that shows no person ("Kyrgyzstan: Bir Duino, Justice for Journalists"; "Anna Berg,
// Director" and "Dr. Oren Vale, Lawtrend" are a person and a role).
// A list without the heading parts at two commas or more (split_glued_entries).
inline line_parts named_parts_after_heading(line_parts parts, line_heading const& heading) {
    if (!(heading.country || heading.header) || parts.size() != 1) return parts;
    auto const only = parts.front();
    std::size_t at = std::string_view::npos, commas = 0;
    for_each_glue_separator(only, [&](std::size_t where, std::size_t kind) {
        if (kind == comma) at = where, ++commas;
        return commas < 2;
    });
    if (commas != 1) return parts;
    auto const left = trim(only.substr(0, at)), right = trim(only.substr(at + 2));
    if (!may_be_glued_name(left) || !may_be_glued_name(right) || as_country(right) || looks_like_place(right))
        return parts;
    bool const named = has_organisation_word(left) && has_organisation_word(right);
    bool const no_person = !starts_with_person_title(left) && !is_given_name(left.substr(0, left.find(' '))) &&
                           !opens_with_role(right) && !is_legal_form(right);
    if (!named && !no_person) return parts;
    line_parts both;
    both.push_back(only.substr(0, at));
    both.push_back(only.substr(at + 2));
    return both;
}

// "Nicaragua: A; B; C.", "VENEZUELA: Acción Ciudadana, Observatorio del Zulia, Defensores en Red
// Lara.", "MÉXICO: Centro de Derechos Humanos Tepeyac Sur.": a country's heading over names, each
// after a semicolon or a comma opening with a capital, or over one name whose words in lower case
// are a name's function words ("por la"); the full stop ends the line's list, and the line is no
// sentence ("Uganda: Police raided the offices of …" is one).
inline bool names_after_country_heading(line_heading const& heading) {
    if (!heading.country) return false;
    auto const entries = trim(heading.entries);
    bool apart = false;
    for (std::size_t at = entries.find_first_of(",;"); at != std::string_view::npos; at = entries.find_first_of(",;", at + 1)) {
        if (at + 2 >= entries.size() || entries[at + 1] != ' ') continue;
        if (!utf8::is_upper_letter(utf8::decode(entries, at + 2).cp)) return false;
        apart = true;
    }
    if (apart) return true;
    for (std::size_t at = 0; at < entries.size();) {
        auto const end = std::min(entries.find(' ', at), entries.size());
        auto word = entries.substr(at, end - at);
        if (!word.empty() && word.back() == '.') word.remove_suffix(1);
        if (word.size() > 3 && utf8::is_lower_letter(utf8::decode(word, 0).cp) &&
            !lang::is_phrase<&lang::language_table::stop_words>(utf8::fold(word)))
            return false;
        at = end + 1;
    }
    return true;
}

// A remark after an entry rather than an entry: it starts in lower case and has some words
// ("within the framework of the Observatory", "member of the Steering Committee"), or opens
// with a role of the tables ("Global Network Initiative (GNI) – observer"); a name written in
// lower case ("epicenter.works") is one word, and no role.
inline bool is_remark(std::string_view written) {
    return !written.empty() && utf8::is_lower_letter(utf8::decode(written, 0).cp) &&
           (text::word_count(written, 3) >= 3 || opens_with_role(written));
}

// "The Government of Paravia should repeal the NGO law;", "To the European Union: suspend budget
// support;": a demand, a subject and an obligation verb before a word in lower case, or an
// addressee and a colon before one, is no name.
inline bool reads_as_demand(std::string_view text) {
    return utf8::with_fold(text, [](std::string_view folded) {
        auto const lower_after = [&](std::size_t at) {
            while (at < folded.size() && folded[at] == ' ') ++at;
            return at < folded.size() && utf8::is_lower_letter(utf8::decode(folded, at).cp);
        };
        if (auto const verb = lang::find_any<&lang::language_table::obligation_verbs>(folded); verb && verb.position > 0)
            return lower_after(verb.position + verb.phrase.size());
        if (lang::starts_with_any<&lang::language_table::addressee_openers>(folded))
            if (auto const colon = folded.find(": "); colon != std::string_view::npos) return lower_after(colon + 2);
        return false;
    });
}

// Where a line leaves a blank to fill in by hand: four underscores or five dots; npos for none.
// A blank that fills a table's cell ("1 | Mira Tallow | ________") is the table's to read.
inline std::size_t fill_in_blank_at(std::string_view line) {
    auto const blank = std::min(line.find("____"), line.find("....."));
    if (blank == std::string_view::npos) return blank;
    auto const before = line.find_last_not_of(' ', blank == 0 ? 0 : blank - 1);
    return blank > 0 && before != std::string_view::npos && (line[before] == '|' || line[before] == '\t') ? std::string_view::npos : blank;
}

// The length of a signing form's label of `Field` that opens `text`, with its colon and the
// space after ("Name: ", "Nom : ", "ФИО: "); 0 where none does, or nothing follows it.
template <auto Field>
std::size_t form_label_length(std::string_view text) {
    auto const colon = text.substr(0, 48).find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon + 2 >= text.size()) return 0;
    auto const label = trim(text.substr(0, colon));
    return utf8::with_fold(label, lang::is_phrase<Field>) ? colon + 2 : 0;
}

// Whether `text` is a form's label alone: "Name", "Name:", "Signature", "Podpis:".
inline bool is_form_label(std::string_view text) {
    if (!text.empty() && text.back() == ':') text.remove_suffix(1);
    return utf8::with_fold(trim(text), [](std::string_view folded) {
        return lang::is_phrase<&lang::language_table::signature_words>(folded) ||
               lang::is_phrase<&lang::language_table::form_name_labels>(folded) ||
               lang::is_phrase<&lang::language_table::name_column_words>(folded);
    });
}

// Whether a form's field of a person's name opens `text` ("Name: Mira Tallow").
inline bool opens_with_name_label(std::string_view text) {
    return form_label_length<&lang::language_table::form_name_labels>(text) != 0;
}

// `text` without a form's label before a name ("Name: Mira Tallow" gives "Mira Tallow", "For:
// Amber Coalition (AC)" the organisation a form's person signs for).
inline std::string_view without_form_label(std::string_view text) {
    auto label = form_label_length<&lang::language_table::form_name_labels>(text);
    if (label == 0) label = form_label_length<&lang::language_table::form_behalf_labels>(text);
    return label == 0 ? text : trim(text.substr(label));
}

// What a form's line gives before its blank: "Name: Mira Tallow Signature: ____" gives "Mira
// Tallow", the labels of the name and of the blank left out.
inline std::string_view before_fill_in_blank(std::string_view line, std::size_t blank) {
    auto text = trim(line.substr(0, blank));
    if (!text.empty() && text.back() == ':') text = trim(text.substr(0, text.find_last_of(" \t") + 1));
    return without_form_label(text);
}

// Whether the entries of a line are one person with a role or an affiliation.
inline bool one_person_with_role(line_entries const& entries, signatory const& first) {
    return entries.size() == 1 && first.type == signatory_type::person && first.role;
}

// A signature block written on one line: "Pour la LICODEL : Me Jean-Pierre Mbuyi, Président",
// "On behalf of Pravo Foundation – Chair Asel Toktogulova", "От имени Фонда «Право» –
// председатель Асель Токтогулова". The organisation after the label, then its person after a
// colon or a spaced dash, with the role after a comma or before the name.
struct signature_on_one_line {
    std::string_view organisation, person, role;
};

// "Chair Asel Toktogulova", "Executive Director Anna Berg": the role of one to three words
// that opens `text`, the longest before a person's name; none where no such name follows.
inline std::optional<signature_on_one_line> role_before_person(std::string_view text) {
    if (!opens_with_role(text)) return std::nullopt;
    std::size_t spaces[3], found = 0;
    for (auto at = text.find(' '); at != std::string_view::npos && found < 3; at = text.find(' ', at + 1)) spaces[found++] = at;
    for (auto i = found; i-- > 0;) {
        auto const role = trim(text.substr(0, spaces[i]));
        auto const person = trim(text.substr(spaces[i]));
        if (looks_like_person_name(person) && names_a_role(role)) return signature_on_one_line{{}, person, role};
    }
    return std::nullopt;
}

inline std::optional<signature_on_one_line> read_signature_on_one_line(std::string_view line) {
    if (line.size() > 160) return std::nullopt;
    auto const label = behalf_label_length(line);
    if (label == 0) return std::nullopt;
    auto const rest = line.substr(label);
    // The colon after the organisation ("Pour la LICODEL : …"), or the last spaced dash: the
    // name may hold one ("Права человека в Центральной Азии – Европа").
    std::size_t cut = std::string_view::npos, after = 0;
    if (auto const colon = find_short(rest, ": "); colon != std::string_view::npos) {
        cut = colon, after = colon + 2;
    } else if (auto const dash = last_spaced_dash(rest)) {
        cut = dash->at, after = dash->at + dash->length;
    }
    if (cut == std::string_view::npos) return std::nullopt;
    auto const organisation = trim(rest.substr(0, cut));
    auto const signer = trim(rest.substr(after));
    if (organisation.empty() || signer.empty()) return std::nullopt;
    if (representative_and_post(signer)) {
        auto const comma = find_short(signer, ", ");
        return signature_on_one_line{organisation, trim(signer.substr(0, comma)), trim(signer.substr(comma + 2))};
    }
    if (auto reading = role_before_person(signer)) {
        reading->organisation = organisation;
        return reading;
    }
    if (starts_with_person_title(signer) || looks_like_person_name(signer)) return signature_on_one_line{organisation, signer, {}};
    return std::nullopt;
}
}  // namespace signatory_detail

CIVIC_FUNC bool names_organisation(std::string_view name) { return signatory_detail::has_organisation_word(name); }

CIVIC_FUNC bool ends_with_time_ago(std::string_view line) {
    // The time follows a spaced dash. A line without a dash's byte (a hyphen, the lead byte of an
    // en or em dash), sought with memchr, has none: most of a list's lines, numbered ones too,
    // where the dash's search from the line's end reads each of its bytes. The dash's bytes
    // before the digits: memchr reads a line of a list in a step or two, where the search of a
    // digit reads it a byte at a time, and a list's numbered names hold a digit each
    // ("Association No 12 (Chile)") but no dash.
    return (line.find('-') != std::string_view::npos || line.find('\xE2') != std::string_view::npos) && text::has_digit(line) &&
           signatory_detail::before_time_ago(line) != line.size();
}

CIVIC_FUNC bool names_network_over_members(std::string_view text) {
    return static_cast<bool>(signatory_detail::name_before_members(text));
}

CIVIC_FUNC std::optional<std::size_t> entries_after_header(std::string_view raw) {
    if (raw.substr(0, 160).find(": ") == std::string_view::npos) return std::nullopt;
    auto const heading = signatory_detail::country_heading_of(raw);
    // A network over its members is read as entries, the network's first (read_entry_block).
    if (!heading.header || !heading.lead.empty() || signatory_detail::trim(heading.entries).empty()) return std::nullopt;
    return static_cast<std::size_t>(heading.entries.data() - raw.data());
}

CIVIC_FUNC bool is_person_entry(std::string_view raw) {
    auto entries = signatory_detail::parse_entries(raw);
    if (entries.size() != 1) return false;
    return signatory_detail::one_person_with_role(entries, signatory_detail::interpret(entries.front()));
}


CIVIC_FUNC entry_reading read_entry_block(layout::block const& block, std::string_view raw) {
    entry_reading r;
    if (block.kind == layout::block_kind::heading || block.text.empty()) return r;
    std::string_view text = block.text;
    auto const line_start = raw.data();  // spans are counted from the line's start
    // "- name: Amber Forum" / "  country: Kenya" / "  type: organisation": a data file's record
    // of one signer, read as a table's row.
    if (auto const record = signatory_detail::record_of(raw)) {
        if (auto s = read_table_cells(record->cells, record->columns)) {
            auto const name = record->cells[record->columns.name];
            s->span.begin = static_cast<std::size_t>(name.data() - line_start);
            s->span.end = s->span.begin + name.size();
            r.read = true;
            r.likelihood = entry_likelihood::certain;
            r.signatories.push_back(std::move(*s));
        }
        return r;
    }
    // "Pour la LICODEL : Me Jean-Pierre Mbuyi, Président": the organisation signs, and its
    // person with the role, as in the block of three lines "Pour la …" / a name / a role.
    if (auto const signature = signatory_detail::read_signature_on_one_line(signatory_detail::trim(raw)))
        if (auto const entries = signatory_detail::parse_entries(signature->organisation); entries.size() == 1) {
            auto organisation = signatory_detail::interpret(entries.front());
            if (!organisation.name.empty()) {
                organisation.type = signatory_type::organisation;
                organisation.span.begin = static_cast<std::size_t>(signature->organisation.data() - line_start);
                organisation.span.end = organisation.span.begin + signature->organisation.size();
                signatory person;
                person.name = std::string(signature->person);
                person.type = signatory_type::person;
                if (!signature->role.empty()) person.role = std::string(signature->role);
                // The span runs from the role or the name, whichever comes first, to the other's end.
                auto const first = signature->role.empty() || signature->person.data() < signature->role.data() ? signature->person : signature->role;
                auto const last = first.data() == signature->person.data() && !signature->role.empty() ? signature->role : signature->person;
                person.span.begin = static_cast<std::size_t>(first.data() - line_start);
                person.span.end = static_cast<std::size_t>(last.data() + last.size() - line_start);
                r.read = true;
                r.likelihood = entry_likelihood::certain;
                r.signatories.push_back(std::move(organisation));
                r.signatories.push_back(std::move(person));
                return r;
            }
        }
    // "Rev. Amber Banda ______ (Signature)", "Name: Mira Tallow     Signature: ______": a
    // signing form's line. The signer is what is written before the blank to sign in, without
    // the field's label; a line of labels and blanks alone names no one.
    // The line's survey of separators (block::separators, of `raw` and so of the block's text
    // and every part of them) answers first, without a search, what most lines hold none of:
    // the underscores or dots of a blank, a label's colon, a tab.
    bool const may_have_blank = block.may_hold<'_'>() || block.may_hold<'.'>();
    bool const may_have_colon = block.may_hold<':'>();
    bool signs_by_hand = false;  // a blank to sign in follows the name: a person's
    if (auto const blank = may_have_blank ? signatory_detail::fill_in_blank_at(text) : std::string_view::npos;
        blank != std::string_view::npos) {
        signs_by_hand = true;
        text = signatory_detail::before_fill_in_blank(text, blank);
        raw = signatory_detail::before_fill_in_blank(raw, signatory_detail::fill_in_blank_at(raw));
        if (text.empty() || raw.empty() || signatory_detail::is_form_label(text)) return r;
    } else if (auto const unlabelled = may_have_colon ? signatory_detail::without_form_label(text) : text;
               unlabelled.size() != text.size()) {
        text = unlabelled;
        raw = signatory_detail::without_form_label(signatory_detail::trim(raw));
    }
    // "Name: Mira Tallow": the form's field holds a person's name.
    bool const labelled_person = (may_have_colon && signatory_detail::opens_with_name_label(block.text)) ||
                                 (signs_by_hand && !signatory_detail::has_organisation_word(text));
    auto last = text.back();
    if (last == '?' || last == '!') return r;
    if (last == ',' && signatory_detail::opens_with_members_of(text)) return r;
    // "Amber Network (AN), comprising:": the network's name alone is read, without the words
    // that introduce its members.
    if (last == ':') {
        auto const members = signatory_detail::name_before_members(text);
        auto const raw_members = signatory_detail::name_before_members(signatory_detail::trim(raw));
        if (!members || !raw_members) return r;
        text = text.substr(0, *members);
        raw = signatory_detail::trim(raw).substr(0, *raw_members);
        last = text.back();
    }
    // A sentence is not a name: it ends with a full stop after a lower-case word and has
    // several words ("e.V." and "Inc." are abbreviations). Not a country's heading over its
    // entries apart by semicolons ("Nicaragua: A; B; C.").
    if (last == '.' && text.size() > 2 &&
        !(may_have_colon && raw.substr(0, 42).find(": ") != std::string_view::npos &&
          signatory_detail::names_after_country_heading(signatory_detail::country_heading_of(raw)))) {
        auto c = utf8::decode_before(text, text.size() - 1).cp;  // the code point before the stop
        bool abbreviation = text.size() >= 4 && text[text.size() - 3] == '.';
        // Words counted only as far as the rule asks (a seventh): a paragraph is hundreds of bytes.
        // Not an entry whose name comes first, its parts after commas ("Oren Vale, lawyer,
        // Birchwood Human Rights Centre."), nor names apart by semicolons ("A; B Foundation for Open Society.").
        if (utf8::is_lower_letter(c) && !abbreviation && text::word_count(text, 7) > 6 &&
            !signatory_detail::name_and_parts_apart_by_commas(text) && !signatory_detail::names_apart_by_semicolons(text))
            return r;
        // "Endorsements continue to be added.", "More signatures are being collected.": a short
        // sentence too, every word after the first in lower case (not "Союз журналистов
        // Велории и др.", a name of a language that capitalises its first word only).
        if (utf8::is_lower_letter(c) && !abbreviation && text::word_count(text, 4) >= 4) {
            bool capital = false;
            for (auto at = text.find(' '); at != std::string_view::npos && !capital; at = text.find(' ', at + 1))
                capital = at + 1 < text.size() && !utf8::is_lower_letter(utf8::decode(text, at + 1).cp);
            if (!capital) return r;
        }
    }
    if (signatory_detail::is_closing_line(text)) return r;
    // Asked of list items only, where demands stand.
    if (block.kind == layout::block_kind::list_item &&
        (last == ';' || last == '.' || (may_have_colon && text.find(": ") != std::string_view::npos)) &&
        text::word_count(text, 5) >= 4 && signatory_detail::reads_as_demand(text))
        return r;
    // Only now split: the checks above rule out most prose without it.
    // Collapsing its white space shortened the text only where it had a run of spaces; a tab
    // is one space collapsed, and is searched for.
    // A heading before its entries ends with a colon.
    auto heading = may_have_colon ? signatory_detail::country_heading_of(raw) : signatory_detail::line_heading{std::nullopt, raw};
    // "Nicaragua: A; B; C.", "MÉXICO: A, B.": the full stop ends the line's list, not its last name.
    if (heading.country) {
        auto& entries = heading.entries;
        while (!entries.empty() && (entries.back() == ' ' || entries.back() == '\n')) entries.remove_suffix(1);
        if (entries.size() > 1 && entries.back() == '.' &&
            utf8::is_lower_letter(utf8::decode_before(entries, entries.size() - 1).cp) &&
            signatory_detail::names_after_country_heading(heading))
            entries.remove_suffix(1);
    }
    bool const may_have_gaps = raw.size() != text.size() || (block.may_hold<'\t'>() && raw.find('\t') != std::string_view::npos);
    auto parts = signatory_detail::named_parts_after_heading(
        signatory_detail::split_glued_entries(heading.entries, may_have_gaps), heading);
    if (!heading.lead.empty()) {
        signatory_detail::line_parts with_lead;
        with_lead.push_back(heading.lead);
        for (auto part : parts) with_lead.push_back(part);
        parts = std::move(with_lead);
    }
    if (parts.size() == 1 && block.text.size() > 400) return r;
    // Any entry that cannot be a name rules the block out; most entries must show what their
    // signer is for the block to be certain ("POLO OBRERO - MAR - FDU": short acronyms show little).
    r.read = true;
    r.signatories.reserve(parts.size());  // a part holds one entry but for a few
    std::size_t certain = 0;
    bool impossible = false;
    signatory_detail::name_fold fold;  // of each name in turn, from interpret to weigh
    for (auto part : parts) {
        // "Lawyers for Lawyers (L4L) https://l4l.example", "Bahrain Institute (BID) @BIDemocracy":
        // an address after the entry's parentheses is its link, and the parentheses end it.
        std::string_view link;
        // "(CIHRS)1", "(EIPR)*": a note's mark after the parentheses is no entry of its own.
        if (auto const mark = text::footnote_mark_at_end(part); mark && mark < part.size() && part[part.size() - mark - 1] == ')')
            part = part.substr(0, part.size() - mark);
        if (auto const close = part.rfind(')'); close != std::string_view::npos && close + 2 < part.size() &&
                                                part.find('(') < close && part[close + 1] == ' ') {
            auto tail = signatory_detail::trim(part.substr(close + 1));
            if (auto const dash = text::dash_length_at(tail, 0); dash && dash < tail.size() && tail[dash] == ' ')
                tail = signatory_detail::trim(tail.substr(dash));
            if (signatory_detail::is_address(tail) || signatory_detail::is_handle_or_domain(tail)) {
                link = tail;
                part = part.substr(0, close + 1);
            }
        }
        auto const entries = signatory_detail::parse_entries(part);
        for (auto const& e : entries) {
            auto written = signatory_detail::trim(std::string_view(e.first, static_cast<std::size_t>(e.last - e.first)));
            if (!written.empty() && (written.front() == ',' || written.front() == ';'))
                written = signatory_detail::trim(written.substr(1));
            else if (auto const dash = text::dash_length_at(written, 0); dash != 0 && &e != &entries.front())
                written = signatory_detail::trim(written.substr(dash));  // "(Belarus) – member of FIDH"
            // "International Federation for Human Rights (FIDH), within the framework of the
            // Observatory for …": words in lower case after a signer of the line remark on it,
            // and sign nothing. The remark is the signer's role, and its span goes on over it.
            if (&e != &entries.front() && !r.signatories.empty() && signatory_detail::is_remark(written)) {
                auto& before = r.signatories.back();
                before.role = before.role ? *before.role + ", " + std::string(written) : std::string(written);
                before.span.end = static_cast<std::size_t>(written.data() - line_start) + written.size();
                continue;
            }
            auto s = signatory_detail::interpret(e, fold);
            if (!link.empty() && !s.link && &e == &entries.back()) s.link = std::string(link);
            if (heading.country && !s.country) heading.country->give_to(s);
            // Read whole, the block's entries are those is_person_entry(raw) would read.
            if (parts.size() == 1 && &e == &entries.front())
                r.person_entry = signatory_detail::one_person_with_role(entries, s);
            if (s.name.empty()) continue;
            auto w = signatory_detail::weigh(s, fold);
            // "for Human Rights and Rule of Law, Kazakhstan": a column's cell that goes on with the
            // name above it is no name by itself, and the list joins it to that name.
            if (w == entry_likelihood::none && parts.size() > 1 && signatory_detail::continues_cell_above(part))
                w = entry_likelihood::possible;
            impossible = impossible || w == entry_likelihood::none;
            certain += w == entry_likelihood::certain;
            // The span covers the entry without the white space around it.
            auto trimmed = signatory_detail::trim(std::string_view(e.first, static_cast<std::size_t>(e.last - e.first)));
            s.span.begin = static_cast<std::size_t>(trimmed.data() - line_start);
            s.span.end = s.span.begin + trimmed.size();
            // The address taken off after the parentheses is the entry's too.
            if (!link.empty() && &e == &entries.back()) s.span.end = static_cast<std::size_t>(link.data() - line_start) + link.size();
            r.signatories.push_back(std::move(s));
        }
    }
    auto const read = r.signatories.size();
    if (labelled_person && read == 1) r.signatories.front().type = signatory_type::person;
    if (read == 0 || impossible) {
        // No entry list holds a block ruled out, but one rule (a list of people) may take one
        // among its items: read_signatories reads it then. Kept, the entries of every ruled-out
        // block (demands in a list, lines of prose) stood until the lists were found: 21 MB of
        // a 20 MB text's peak.
        r.likelihood = entry_likelihood::none;
        r.read = false;
        r.signatories = {};
        return r;
    }
    // "Signed: A · B · C": the header glued to the entries says what they are, however little
    // each shows by itself.
    r.likelihood = certain * 10 >= read * 6 || (heading.header && read >= 2) ? entry_likelihood::certain
                                                                            : entry_likelihood::possible;
    return r;
}

CIVIC_FUNC entry_likelihood signatory_likelihood(layout::block const& block, std::string_view raw) {
    return read_entry_block(block, raw).likelihood;
}

CIVIC_FUNC std::vector<signatory> signatories_of(entry_reading reading, std::size_t raw_offset, span_maker const& spans) {
    for (auto& s : reading.signatories) s.span = spans(raw_offset + s.span.begin, raw_offset + s.span.end);
    return std::move(reading.signatories);
}

CIVIC_FUNC std::vector<signatory> read_signatories(std::string_view raw, std::size_t raw_offset,
                                                   span_maker const& spans) {
    std::vector<signatory> out;
    auto add = [&](signatory s, char const* first, char const* last) {
        if (s.name.empty()) return;
        // The span covers the entry without the white space around it.
        std::string_view range(first, static_cast<std::size_t>(last - first));
        auto trimmed = signatory_detail::trim(range);
        auto b = raw_offset + static_cast<std::size_t>(trimmed.data() - raw.data());
        s.span = spans(b, b + trimmed.size());
        out.push_back(std::move(s));
    };
    auto const heading = signatory_detail::country_heading_of(raw);
    for (auto part : signatory_detail::named_parts_after_heading(signatory_detail::split_glued_entries(heading.entries), heading))
        for (auto const& e : signatory_detail::parse_entries(part)) {
            auto s = signatory_detail::interpret(e);
            if (heading.country && !s.country) heading.country->give_to(s);
            add(std::move(s), e.first, e.last);
        }
    return out;
}

namespace signatory_detail {
// "Helsinki Citizens' Assembly – Vanadzor": the last dash of an organisation's name that a town
// follows (no country), if there is one and the signer has no place yet.
inline std::optional<spaced_dash> town_after_dash(signatory const& s) {
    if (s.place || s.type == signatory_type::person) return std::nullopt;
    auto const dash = last_spaced_dash(s.name);
    if (!dash || dash->at == 0) return std::nullopt;
    auto const town = trim(std::string_view(s.name).substr(dash->at + dash->length));
    if (!looks_like_place(town) || as_country(town)) return std::nullopt;
    return dash;
}

// Moves the town after `dash` out of the name into the signer's place.
inline void take_town_after(signatory& s, spaced_dash dash) {
    s.place = std::string(trim(std::string_view(s.name).substr(dash.at + dash.length)));
    s.name.erase(dash.at);
}
}  // namespace signatory_detail

CIVIC_FUNC void read_town_after_dash(signatory& s) {
    if (auto const dash = signatory_detail::town_after_dash(s)) signatory_detail::take_town_after(s, *dash);
}

CIVIC_FUNC void read_places_after_names(std::vector<signatory>& signers, std::size_t from) {
    using namespace signatory_detail;
    // A signer whose name ends in a dash between words (" – ", " — ", " - ") and a country.
    struct dashed_name {
        std::size_t signer, at, length;  // the dash with its spaces
        std::string_view country(std::vector<signatory> const& all) const {
            return trim(std::string_view(all[signer].name).substr(at + length));
        }
        std::optional<country_value> found;  // the country it names, read once
    };
    // The last such dash (last_spaced_dash).
    auto const last_dash = [](std::size_t k, std::string_view name) -> std::optional<dashed_name> {
        if (auto const d = last_spaced_dash(name)) return dashed_name{k, d->at, d->length, std::nullopt};
        return std::nullopt;
    };
    // A town after the name's last comma, of one word or two ("Flüchtlingsrat e.V., Kiel",
    // "Amber Forum, Port Amber"): where the comma stands, as a dashed name's dash.
    auto const town_after_comma = [](std::size_t k, std::string_view name) -> std::optional<dashed_name> {
        auto const comma = rfind_short(name, ", ");
        if (comma == std::string_view::npos || comma == 0) return std::nullopt;
        auto const town = name.substr(comma + 2);
        auto const space = town.find(' ');
        bool const place = space == std::string_view::npos
                               ? looks_like_place(town) && !is_legal_form(town)
                               : town.find(' ', space + 1) == std::string_view::npos && looks_like_place(town.substr(0, space)) &&
                                     looks_like_place(town.substr(space + 1));
        if (!place) return std::nullopt;
        return dashed_name{k, comma, 2, std::nullopt};
    };
    std::vector<dashed_name> dashed, placed, comma_placed;
    std::vector<std::pair<std::size_t, spaced_dash>> town_dashed;
    std::vector<std::size_t> coded;
    // "California Immigrant Policy Center (CA)", "Legal Aid of Arkansas, AR": US states' codes
    // where acronyms stand, or read as countries after an acronym ("(CIPC, CA)"); `american`
    // once a code names no country ("TX") or a place is a town and its state ("Houston, TX"),
    // `foreign` once a code is a country's (not the US's) and no state's.
    std::vector<std::size_t> state_coded;
    bool american = false, foreign = false;
    std::size_t without = 0, with = 0;
    std::size_t placed_otherwise = 0;  // organisations without a country whose place was read ("Name (Calais)")
    for (std::size_t k = from; k < signers.size(); ++k) {
        auto const& s = signers[k];
        with += s.country.has_value();
        bool const country_as_code = s.country && s.country->size() == 2 && s.country_code == s.country;
        if (country_as_code || (!s.country && s.type != signatory_type::person && s.acronym && s.acronym->size() == 2)) {
            auto const& code = country_as_code ? *s.country : *s.acronym;
            if (geo::is_us_state(code)) {
                state_coded.push_back(k);
                american = american || !geo::country_of_code(code);
            } else {
                foreign = foreign || (country_as_code ? code != "US" : geo::country_of_code(code) && !code_abbreviates(code, s.name));
            }
        }
        // "Houston, TX", "(ATU, TX)": a place that ends in a state's code, a town's or the
        // signer's acronym's.
        if (s.place && (s.place->size() == 2 || (s.place->size() > 4 && (*s.place)[s.place->size() - 4] == ',')) &&
            geo::is_us_state(std::string_view(*s.place).substr(s.place->size() - 2)))
            american = true;
        // "Amber Forum – Tbilisi (Georgia)": a town after a dash, with the country given. Most
        // names have no dash's byte, found by the library's search at once.
        bool const dash_byte = std::memchr(s.name.data(), '-', s.name.size()) || std::memchr(s.name.data(), '\xE2', s.name.size());
        if (s.country && dash_byte)
            if (auto const d = town_after_dash(s)) town_dashed.emplace_back(k, *d);
        // "Steppe Rights Centre (KZ)": a country's code where an acronym stands, not the name's.
        if (!s.country && s.type != signatory_type::person && s.acronym && s.acronym->size() == 2 &&
            geo::country_of_code(*s.acronym) && !code_abbreviates(*s.acronym, s.name))
            coded.push_back(k);
        if (s.country || s.type == signatory_type::person) continue;
        ++without;
        if (auto d = last_dash(k, s.name)) {
            if ((d->found = as_country(d->country(signers)))) dashed.push_back(*d);
            else if (looks_like_place(d->country(signers))) placed.push_back(*d);
        } else if (s.place) {
            ++placed_otherwise;
            continue;
        } else if (auto c = town_after_comma(k, s.name)) {
            comma_placed.push_back(*c);
        }
    }
    // Most of a list so: the towns are the signers' places, the codes their countries.
    if (town_dashed.size() >= 2 && town_dashed.size() * 2 > with)
        for (auto const& [k, dash] : town_dashed) take_town_after(signers[k], dash);
    // A list of US states' codes, that shows itself American, gives the states, no country
    // (a wrong country is worse than none): the codes are the signers' places.
    if (american && !foreign && !state_coded.empty()) {
        for (auto k : state_coded) {
            auto& s = signers[k];
            auto& code = s.country ? s.country : s.acronym;
            with -= s.country.has_value();
            s.place = std::move(code);
            code.reset();
            s.country_code.reset();
        }
        coded.clear();  // none but states' codes
    }
    // A country's code where an acronym stands, which abbreviates no name, is the signer's
    // country where most of the list is so, or, however few, where the list gives its signers'
    // countries in another way ("Amber Press Foundation (Kenya)" / "Rights Watch (AT)" / "Coral
    // Civic Network, Germany"): such a list names countries, and an acronym there abbreviates
    // its name ("Amnesty International (AI)" is no code). Where no signer's country is given,
    // "Rights Watch (AT)" keeps its acronym; so, in a list of few codes, does a code that opens
    // with the name's first letter, as a short form does ("Greenpeace (GP)"), or one after a
    // name of a person's shape, their title ("Oren Vale (MP)").
    bool const codes_of_most = coded.size() >= 2 && coded.size() * 2 > signers.size() - from;
    if (codes_of_most || (!coded.empty() && with > 0))
        for (auto k : coded) {
            auto& s = signers[k];
            bool const opens_as_name = !s.name.empty() && utf8::to_lower(utf8::decode(s.name, 0).cp) ==
                                                              utf8::to_lower(static_cast<unsigned char>((*s.acronym)[0]));
            if (!codes_of_most && (opens_as_name || looks_like_person_name(s.name))) continue;
            s.country_code.emplace(geo::country_of_code(*s.acronym)->alpha2);  // "EL": GR
            s.country = std::move(s.acronym);
            s.acronym.reset();
            --without, ++with;
        }
    // A list whose names end in a comma and a town, most of them: the towns are their places
    // ("Seebrücke Vallin, Vallin"). So are they, however few, where the list places its other
    // signers in another way, by a country or a town in parentheses ("Lumen Collective, Lyon" /
    // "Amber Forum (Calais)" / "Coral Care (Belgique)"): such a list says where its signers are,
    // and the words after the comma say it of this one. One name so among names that say no
    // place ("Amber Forum, Europe") keeps its words.
    // There the town is one word, after a name of more: a name of one word before the comma
    // ("Tanaka, Yui") is a person's written surname first as often, and two words after it may
    // be the name's own ("Saltmarsh Press Union, Gorod Vale").
    bool const others_located = with + placed_otherwise > 0;
    bool const most_comma_placed = comma_placed.size() >= 2 && comma_placed.size() * 2 > without;
    if (most_comma_placed || (!comma_placed.empty() && others_located))
        for (auto const& c : comma_placed) {
            if (!most_comma_placed && (signers[c.signer].name.rfind(' ', c.at) == std::string::npos ||
                                       c.country(signers).find(' ') != std::string_view::npos))
                continue;
            signers[c.signer].place.emplace(c.country(signers));
            signers[c.signer].name.erase(c.at);
        }
    // A list that gives the others' countries in another way ("Name (Country)", "Name,
    // Country") gives it so too where the only names without one end in a dash and a country.
    bool const all_others_given = with >= 2 && dashed.size() == without;
    bool const countries = !dashed.empty() && ((dashed.size() >= 2 && dashed.size() * 2 >= without) || all_others_given);
    // A list whose names end in a dash and a town or a country, most of them ("Правозащитный
    // центр «Мемориал» — Москва", "Crude Accountability – Kazakhstan"): the towns are their
    // places, the countries theirs.
    bool const towns = placed.size() >= 2 && (placed.size() + dashed.size()) * 2 > without;
    auto const give_dashed_country = [&](dashed_name const& d) {
        d.found->give_to(signers[d.signer]);  // views of the name, copied before it is cut
        signers[d.signer].name.erase(d.at);
        read_town_after_dash(signers[d.signer]);  // "Helsinki Citizens Assembly – Vanadzor – Armenia"
    };
    if (!countries && !towns) {
        // A list that gives a signer's country in another way ("Delta Youth for Climate
        // (Bangladesh)") names countries: a country civic knows after a dash is the signer's
        // then, however few names end so ("Coastal Justice Forum – South Africa"). Where no
        // signer's country is given, "Transparency Watch – Moldova" names a chapter, and keeps it.
        if (with > 0)
            for (auto const& d : dashed)
                if (d.found->code) give_dashed_country(d);
        // So does a town after a dash ("Fundacja Wolne Zgromadzenia – Warszawa" among "Name
        // (Polska)"): where the list places its other signers, it is this one's place.
        if (others_located)
            for (auto const& d : placed) {
                signers[d.signer].place.emplace(d.country(signers));
                signers[d.signer].name.erase(d.at);
            }
        return;
    }
    for (auto const& d : dashed) give_dashed_country(d);
    // In such a list, a place civic does not know after a dash stands where the others' country
    // does ("Ruritanian Civil Liberties Union – Ruritania", "Helsinki Citizens' Assembly –
    // Vanadzor"): a town or a region, the signer's place, as in "Name (Vanadzor)".
    for (auto const& d : placed) {
        signers[d.signer].place.emplace(d.country(signers));
        signers[d.signer].name.erase(d.at);
    }
}

namespace signatory_detail {
// "правозащитник, Алматы", "avocat, Lyon", "maîtresse de conférences, Clermont-Ferrand": a
// person's role in lower case, then after its last comma a town of one word or two, each
// capitalised ("Кривий Ріг"; "Amber Lantern Press" is longer); where that comma stands. A role in lower case is a profession, not an
// organisation's name, and what follows it is where the person lives more often than whom
// they work for ("researcher, Oxfam" is read so too: only a list shows which, see
// read_towns_after_roles).
inline std::optional<std::size_t> town_after_role(signatory const& s) {
    if (s.type != signatory_type::person || !s.role || s.place || s.country) return std::nullopt;
    std::string_view const role = *s.role;
    if (role.empty() || !utf8::is_lower_letter(utf8::decode(role, 0).cp)) return std::nullopt;
    auto const comma = rfind_short(role, ", ");
    if (comma == std::string_view::npos || comma == 0) return std::nullopt;
    auto const town = role.substr(comma + 2);
    auto const space = town.find(' ');
    bool const place = space == std::string_view::npos
                           ? looks_like_place(town) && !is_legal_form(town)
                           : town.find(' ', space + 1) == std::string_view::npos && looks_like_town(town);
    if (!place || as_country(town)) return std::nullopt;
    return comma;
}
}  // namespace signatory_detail

CIVIC_FUNC void read_towns_after_roles(std::vector<signatory>& signers, std::size_t from) {
    using namespace signatory_detail;
    // The people whose role has a part after a comma, and those of them whose last part is a town.
    std::size_t parted = 0;
    std::vector<std::pair<std::size_t, std::size_t>> towns;  // the signer, the comma before its town
    for (std::size_t k = from; k < signers.size(); ++k) {
        auto const& s = signers[k];
        if (s.type != signatory_type::person || !s.role || s.role->find(", ") == std::string::npos) continue;
        ++parted;
        if (auto const comma = town_after_role(s)) towns.emplace_back(k, *comma);
    }
    // "Иван Петров, правозащитник, Алматы" / "Асель Нурланова, журналистка, Астана": most of a
    // list's people so, two at least, the towns are their places.
    if (towns.size() < 2 || towns.size() * 2 <= parted) return;
    for (auto const& [k, comma] : towns) {
        auto& s = signers[k];
        s.place.emplace(s.role->substr(comma + 2));
        s.role->erase(comma);
    }
}

namespace signatory_detail {
// "Both ENDS": a word of two letters or more in capitals, an organisation's way of writing it.
inline bool has_word_in_capitals(std::string_view name) {
    std::size_t letters = 0;
    bool capitals = true;  // the word's letters so far
    for (std::size_t i = 0; i < name.size();) {
        auto const d = utf8::decode(name, i);
        i += d.length;
        if (d.cp == ' ') {
            if (capitals && letters >= 2) return true;
            letters = 0, capitals = true;
        } else if (utf8::is_letter(d.cp)) {
            ++letters;
            capitals = capitals && utf8::is_upper_letter(d.cp);
        }
    }
    return capitals && letters >= 2;
}
}  // namespace signatory_detail

CIVIC_FUNC void read_people_by_list(std::vector<signatory>& signers, std::size_t from) {
    using namespace signatory_detail;
    // The people first: most lists have fewer than three, and are passed at one count.
    std::size_t people = 0;
    for (std::size_t k = from; k < signers.size(); ++k) people += signers[k].type == signatory_type::person;
    if (people == 0) return;
    auto const person_shaped = [](signatory const& s) {
        return !s.acronym && text::word_count(s.name, 4) <= 3 && looks_like_person_name(s.name) && !has_word_in_capitals(s.name) &&
               !every_word_ends_as_surname(s.name);
    };
    std::size_t organisations = 0, shaped = 0;
    for (std::size_t k = from; k < signers.size(); ++k) {
        auto const& s = signers[k];
        if (s.type == signatory_type::person) continue;
        ++(person_shaped(s) ? shaped : organisations);
        // A list of organisations, a few people among them, is passed as soon as its
        // organisations outnumber what the rest of it could make people.
        if (organisations * 4 > people && organisations * 2 > people + shaped + (signers.size() - k - 1)) return;
    }
    // A list of people, where few organisations sign: the names of a person's shape are people
    // too. So is a list most of whose entries have a person's shape, one of them at least shown
    // a person by a title, a role or a given name of the tables ("Adaeze Okonkwo (Nigeria)",
    // "Kwame Osei-Tutu", "Rev. Sister Grace Eze", "Coral Youth Assembly", "Yaw Boateng"): their
    // organisations have an organisation's word, and a name of two or three capitalised words
    // without one is a person's far more often than not ("Global Witness" is the rarer case).
    if (shaped == 0) return;
    bool const few_organisations = people >= 3 && organisations * 4 <= people;
    bool const mostly_people_shaped = people + shaped >= 4 && people + shaped >= 2 * organisations;
    if (!few_organisations && !mostly_people_shaped) return;
    for (std::size_t k = from; k < signers.size(); ++k)
        if (signers[k].type != signatory_type::person && person_shaped(signers[k])) signers[k].type = signatory_type::person;
}

namespace signatory_detail {
// "Kazakhstan (2)", "GLOBAL / INTERNATIONAL (2 signatories)", "AFRICA — 23 organisations",
// "Україна – 12 організацій": a group's heading and the count of its signers after it, in
// parentheses or after a dash, a number and words (in any language) of no other digit or mark;
// the heading without it. Other text is returned whole.
inline std::string_view without_signer_count(std::string_view text) {
    auto const number = static_cast<std::size_t>(
        std::find_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) - text.begin());
    if (number == text.size() || number < 3) return text;
    auto const count = text.substr(number);
    auto heading = text.substr(0, number);
    bool const parenthesised = heading.back() == '(' && count.back() == ')';
    if (count.find_first_of(parenthesised ? "(,;:" : "(),;:") != std::string_view::npos) return text;
    if (parenthesised) {
        heading.remove_suffix(1);
    } else {
        if (heading.back() != ' ') return text;
        while (!heading.empty() && heading.back() == ' ') heading.remove_suffix(1);
        auto const dash = text::closing_dash_length(heading);
        if (dash == 0) return text;
        heading.remove_suffix(dash);
    }
    while (!heading.empty() && heading.back() == ' ') heading.remove_suffix(1);
    return heading;
}

// The country a line names without its heading's colon and emphasis ("**Armenia:**").
inline std::optional<country_value> country_of_line(std::string_view text) {
    text = utf8::without_leading_pictographs(text);  // "🇺🇦 UKRAINE"
    while (!text.empty() && (text.back() == ':' || text.back() == '*' || text.back() == ' ')) text.remove_suffix(1);
    // "KYRGYZSTAN (3):", "AFRICA — 23 organisations": the count of the group's signers after it;
    // "Kazakhstan –", "Kenya —": a dash the names were to follow; "— Kenya —": dashes that set
    // the heading off, an en or an em dash as a hyphen.
    text = without_signer_count(text);
    while (!text.empty() && (text.back() == ' ' || text.back() == '-')) text.remove_suffix(1);
    if (text.size() > 4 && text::closing_dash_length(text) == 3) text.remove_suffix(3);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    while (!text.empty() && (text.front() == '*' || text.front() == ' ')) text.remove_prefix(1);
    if (text.size() > 4 && text::dash_length_at(text, 0) == 3) {
        text.remove_prefix(3);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    }
    // Most lines asked about are names, whose first word begins no country's name (nor are
    // they "International", "Regional" …).
    auto const first = text.substr(0, text.find(' '));
    if (!geo::may_begin_country(first) && !geo::is_pseudo_country(first) &&  // "REGIONALES / INTERNACIONALES"
        (text::word_count(text, 3) > 2 || !geo::is_pseudo_country(text)))    // "Latin America" at most
        return std::nullopt;
    return as_country(text);
}
}  // namespace signatory_detail

CIVIC_FUNC bool is_letter_closing(std::string_view folded) {
    // A closing is short: a fold is at most a few bytes longer than its text.
    return folded.size() <= 80 && signatory_detail::closing_in_fold(folded);
}

CIVIC_FUNC bool is_list_closer(std::string_view folded) {
    // "and 45 other organisations that have chosen not to be named for security reasons.": a
    // closer may say why.
    if (folded.size() > 160) return false;
    // Without what leads in ("...", "…", "+ ", "– ") and the count: "and 23 other
    // organisations" reads as the closer "and other organisations".
    while (!folded.empty()) {
        char const c = folded.front();
        if (c == '.' || c == '+' || c == '-' || c == '(' || c == '*' || c == ' ') {
            folded.remove_prefix(1);
        } else if (folded.size() >= 3 && folded.compare(0, 2, "\xE2\x80") == 0) {
            folded.remove_prefix(3);  // an ellipsis or a dash
        } else {
            break;
        }
    }
    if (lang::starts_with_any<&lang::language_table::list_closers>(folded)) return true;
    return signatory_detail::opens_with_counted_closer(folded);  // "and 23 other …", "and twelve other …"
}

// "Organisation name, Country", "Name – City – Country", "Name   Title / Position   Institution",
// "Organisation | Country | Contact": the headings of a list's columns typed over its entries,
// without a table: two cells or more apart by a separator, each a short heading of the tables'
// column words, one of them the name's.
CIVIC_FUNC bool is_column_heading_line(std::string_view line) {
    line = signatory_detail::trim(line);
    if (line.size() > 160) return false;  // a PDF's headings of four columns apart by gaps
    std::size_t cells = 0;
    bool name = false;
    auto const cell = [&](std::string_view c) {
        c = signatory_detail::trim(c);
        if (c.empty() || text::word_count(c, 4) > 3) return false;
        // "Name: Mira Tallow      Signature: ________": a signing form's fields, each its value after its label.
        if (auto const colon = c.find(':'); colon != std::string_view::npos && colon + 1 < c.size()) return false;
        auto const folded = utf8::fold(c);
        bool const names = static_cast<bool>(lang::find_any<&lang::language_table::name_column_words>(folded));
        name = name || names;
        ++cells;
        return names || lang::find_any<&lang::language_table::country_column_words>(folded) ||
               lang::find_any<&lang::language_table::place_column_words>(folded) ||
               lang::find_any<&lang::language_table::type_column_words>(folded) ||
               lang::find_any<&lang::language_table::affiliation_column_words>(folded) ||
               lang::find_any<&lang::language_table::representative_column_words>(folded) ||
               lang::find_any<&lang::language_table::post_column_words>(folded) ||       // "Title / Position"
               lang::find_any<&lang::language_table::signature_column_words>(folded) ||  // "Podpis"
               lang::find_any<&lang::language_table::contact_column_words>(folded) ||    // "Contact", "E-mail"
               lang::is_phrase<&lang::language_table::timestamp_column_words>(folded) || // "Signed on"
               signatory_detail::is_number_heading(folded);  // "No.   Organisation   Country"
    };
    std::size_t from = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        std::size_t const dash = text::dash_length_at(line, i);
        bool const spaced_dash = dash > 0 && i > 0 && line[i - 1] == ' ' && i + dash < line.size() && line[i + dash] == ' ';
        std::size_t gap = 0;  // a PDF's columns: three spaces or more
        while (i + gap < line.size() && line[i + gap] == ' ') ++gap;
        char const c = line[i];
        if (!spaced_dash && gap < 3 && c != ',' && c != '|' && c != '\t' && c != ';' && c != '/') continue;
        if (!cell(line.substr(from, i - from))) return false;
        from = i + (spaced_dash ? dash : gap >= 3 ? gap : 1);
        i = from - 1;
    }
    return cell(line.substr(from)) && cells >= 2 && name;
}

CIVIC_FUNC bool is_country_line(std::string_view text) { return signatory_detail::country_of_line(text).has_value(); }

CIVIC_FUNC bool is_town_line(std::string_view text) {
    return signatory_detail::looks_like_place(text) ||
           (text.size() <= 40 && signatory_detail::opens_with_town_marker(text) && text::word_count(text, 4) <= 3);
}

CIVIC_FUNC bool is_town_of_words(std::string_view text) { return signatory_detail::looks_like_place_of_words(text); }

CIVIC_FUNC bool ends_with_signer_count(std::string_view text) {
    return signatory_detail::without_signer_count(text).size() != text.size();
}

CIVIC_FUNC void give_country_of_line(std::string_view text, signatory& s) {
    if (auto const c = signatory_detail::country_of_line(text)) c->give_to(s);
}

CIVIC_FUNC bool remarks_on_exile(std::string_view entry) {
    for (auto open = entry.find('('); open != std::string_view::npos; open = entry.find('(', open + 1)) {
        auto const close = entry.find(')', open);
        if (close == std::string_view::npos) return false;
        if (signatory_detail::after_exile_remark(signatory_detail::trim(entry.substr(open + 1, close - open - 1)))) return true;
    }
    return false;
}

CIVIC_FUNC bool looks_like_person(std::string_view name) { return signatory_detail::looks_like_person_name(name); }

CIVIC_FUNC bool opens_with_person_title(std::string_view name) { return signatory_detail::starts_with_person_title(name); }

CIVIC_FUNC bool person_by_given_name(std::string_view name) { return signatory_detail::person_by_name_shape(name); }

CIVIC_FUNC bool spells_acronym(std::string_view name, std::string_view acronym) {
    std::string letters;
    for (std::size_t at = 0; at < acronym.size();) {
        auto const d = utf8::decode(acronym, at);
        if (utf8::is_letter(d.cp)) utf8::append(letters, utf8::to_lower(d.cp));
        at += d.length;
    }
    if (letters.empty()) return false;
    std::string capitals, words;
    for (std::size_t at = 0; at < name.size();) {
        auto const space = name.find(' ', at);
        auto word = name.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
        at = space == std::string_view::npos ? name.size() : space + 1;
        if (word.empty()) continue;
        auto const c = utf8::decode(word, 0).cp;
        if (utf8::is_upper_letter(c)) utf8::append(capitals, utf8::to_lower(c));
        for (std::string_view apostrophe : {"'", "\xE2\x80\x99"})
            if (auto const a = word.find(apostrophe); a != std::string_view::npos && a <= 2) word.remove_prefix(a + apostrophe.size());
        if (word.empty()) continue;
        auto const first = utf8::decode(word, 0).cp;
        if (!utf8::is_letter(first) || (utf8::is_lower_letter(first) && word.size() <= 3)) continue;
        utf8::append(words, utf8::to_lower(first));
    }
    return capitals == letters || words == letters;
}

CIVIC_FUNC void end_sentence_of_names(std::string_view line_above, std::string_view line, signatory& last) {
    if (!line.empty() && line.back() == '.' &&
        (signatory_detail::ends_with_list_punctuation(line_above) || line.find(';') != std::string_view::npos))
        signatory_detail::drop_sentence_stop(last.name);
}

CIVIC_FUNC bool ends_with_function_word(std::string_view name) {
    auto const space = name.rfind(' ');
    if (space == std::string_view::npos || space + 1 >= name.size()) return false;
    auto const last = name.substr(space + 1);
    return utf8::is_lower_letter(utf8::decode(last, 0).cp) &&
           lang::is_phrase<&lang::language_table::stop_words>(utf8::fold(last));
}

CIVIC_FUNC std::string_view continued_cell(std::string_view cell, std::string_view name) {
    if (cell.empty() || (cell[0] >= 'A' && cell[0] <= 'Z') || !signatory_detail::continues_cell_above(cell)) return {};
    auto const at = cell.find(name);
    return at == std::string_view::npos ? name : cell.substr(0, at + name.size());
}


namespace signatory_detail {
// "Coordonnateur diocésain" gives "Coordonnateur": `words` without the last two words at most
// that are an adjective's shape, a word of letters in lower case longer than a function word's
// ("de", "la", "del" stay: "Directeur de la" is no role).
inline std::string_view before_trailing_adjectives(std::string_view words) {
    for (int taken = 0; taken < 2; ++taken) {
        auto const space = words.rfind(' ');
        if (space == std::string_view::npos) break;
        auto const last = words.substr(space + 1);
        bool const adjective =
            last.size() > 3 && utf8::is_lower_letter(utf8::decode(last, 0).cp) &&
            std::all_of(last.begin(), last.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z'); }) &&
            !lang::is_phrase<&lang::language_table::stop_words>(utf8::fold(last));
        if (!adjective) break;
        words = trim(words.substr(0, space));
    }
    return words;
}
}  // namespace signatory_detail

CIVIC_FUNC std::size_t behalf_label_length(std::string_view line) {
    // Most names open with none of the labels, which their first two letters tell.
    if (!lang::may_open_with<&lang::language_table::behalf_phrases>(line) &&
        !lang::may_open_with<&lang::language_table::form_behalf_labels>(line))
        return 0;
    auto const lowered = utf8::lower_same_length(line.substr(0, std::min<std::size_t>(line.size(), 32)));
    auto label = lang::starts_with_any<&lang::language_table::behalf_phrases>(lowered);
    if (!label) label = lang::starts_with_any<&lang::language_table::form_behalf_labels>(lowered);
    if (!label || label.phrase.size() >= line.size() || line[label.phrase.size()] != ' ') return 0;
    auto const name = signatory_detail::past_elided_article(lang::past_article(signatory_detail::trim(line.substr(label.phrase.size()))));
    if (name.empty()) return 0;
    auto const first = utf8::decode(name, 0).cp;
    return utf8::is_upper_letter(first) || utf8::is_quote(first) ? static_cast<std::size_t>(name.data() - line.data()) : 0;
}

CIVIC_FUNC std::string_view role_of_line(std::string_view text) {
    auto const label = signatory_detail::form_label_length<&lang::language_table::form_role_labels>(text);
    return label == 0 ? text : signatory_detail::trim(text.substr(label));
}

CIVIC_FUNC bool is_row_of_titled_people(std::string_view raw) {
    if (!text::has_gap(raw)) return false;
    return signatory_detail::starts_with_person_title(signatory_detail::trim(raw.substr(raw.rfind("   ") + 3)));
}

CIVIC_FUNC bool person_over_role_line(std::string_view name, std::string_view role_line) {
    // The particles are words in lower case: most names of a list have none, and are not looked up.
    return signatory_detail::has_word_in_lower_case(name) &&
           signatory_detail::person_with_particles_before_role(name, signatory_detail::trim(role_line));
}

CIVIC_FUNC bool is_role_line(std::string_view raw) {
    // "Title: Executive Director": a form's field of the signer's role.
    if (auto const role = role_of_line(raw); role.size() != raw.size()) return !role.empty();
    // "Prof. Hana Keller      Dr. Jonas Pike": two people of a list in columns, no role.
    if (is_row_of_titled_people(raw)) return false;
    // A title such as "Prof." opens a role too ("Professor of Law").
    auto entries = signatory_detail::parse_entries(raw);
    if (entries.size() != 1) return false;
    auto const name = signatory_detail::trim(entries.front().name);
    // "Judge (ret.) Marco Bellandi": a title a person held opens a name, not a role.
    if (signatory_detail::opens_with_role(name)) return !signatory_detail::opens_with_retired_title(name);
    // "Policy Director", "National Coordinator", "President and CEO": a few words that end with
    // a role, and no organisation's word ("Board of Directors" is a body), nor a person's title,
    // a comma, a bar or a dash ("Dame Amber Lantern MP", "Mira Tallow, journalist", "Anna Marsh –
    // Investigadora" are names). A role of two or three letters ends a role only after another
    // ("Oren Vale MP" is a name too).
    auto const dash_between_words = [&] {
        for (auto space = name.find(' '); space != std::string_view::npos; space = name.find(' ', space + 1))
            if (text::dash_length_at(name, space + 1) != 0) return true;
        return false;
    };
    if (name.size() > 48 || name.find_first_of(",|\t") != std::string_view::npos || text::word_count(name, 5) > 4 ||
        signatory_detail::starts_with_person_title(name) || dash_between_words())
        return false;
    auto const ends_with_role = [](std::string_view words) {
        return utf8::with_fold(words, [](std::string_view folded) {
            auto const role = lang::find_last<&lang::language_table::role_words>(folded);
            if (!role || role.position + role.phrase.size() != folded.size() || signatory_detail::organisation_word_in_fold(folded))
                return false;
            return role.phrase.size() > 3 || lang::find_any<&lang::language_table::role_words>(folded.substr(0, role.position));
        });
    };
    if (ends_with_role(name)) return true;
    // "Coordonnateur diocésain", "Secrétaire exécutive adjointe", "Directora ejecutiva": French and
    // Spanish put the adjectives after the role they qualify.
    auto const head = signatory_detail::before_trailing_adjectives(name);
    return head.size() != name.size() && ends_with_role(head);
}


}  // namespace recognise
CIVIC_NAMESPACE_END
