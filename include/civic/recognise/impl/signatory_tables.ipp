// Tables of signatures: "| Name | Type | Country |" rows, or rows of cells between tabs.
// Part of the signatory recogniser; included by signatories.ipp only.
#pragma once
#include <civic/recognise/impl/signatory_entry.ipp>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

namespace signatory_detail {
// "No.", "N°", "#", "Nr.", "Lp.", "№": the heading of a table's column of row numbers, written
// with these marks in every language of the tables (folded).
inline bool is_number_heading(std::string_view folded) {
    static constexpr std::string_view headings[] = {"no", "no.", "n°", "nº", "n.", "#", "nr", "nr.", "nr.crt.", "lp", "lp.", "№", "s/n", "sl. no.", "sr. no."};
    return folded.size() <= 8 && std::find(std::begin(headings), std::end(headings), folded) != std::end(headings);
}

// The same of a heading as written ("No.", "№").
inline bool heads_numbers(std::string_view heading) {
    return heading.size() <= 8 && utf8::with_fold(heading, [](std::string_view folded) { return is_number_heading(folded); });
}
}  // namespace signatory_detail

CIVIC_FUNC std::vector<std::string_view> table_cells(std::string_view row) {
    std::vector<std::string_view> cells;
    row = signatory_detail::trim(row);
    // Cells between bars ("| Name | Country |"), or between tabs in a row without bars, or
    // between gaps of three spaces or more in a row with neither (a PDF's columns, "Amber
    // Coalition      Kenya"), or between commas in a row without gaps (a form's export,
    // "12/1/2023 9:14:22,Amber Coalition,Kenya"), or between semicolons in a row without commas
    // ("Comité de Tocoa; Honduras; Reynaldo Domínguez").
    bool const barred = row.find('|') != std::string_view::npos;
    bool const tabbed = !barred && row.find('\t') != std::string_view::npos;
    bool const spaced = !barred && !tabbed && text::has_gap(row);
    bool const semicolons = !barred && !tabbed && !spaced && row.find(',') == std::string_view::npos &&
                            row.find(';') != std::string_view::npos;
    char const between = barred ? '|' : tabbed ? '\t' : spaced ? ' ' : semicolons ? ';' : ',';
    if (!row.empty() && row.front() == '|') row.remove_prefix(1);
    if (!row.empty() && row.back() == '|') row.remove_suffix(1);
    // The bars found by the library's search, which passes a cell's text many bytes at a time.
    for (std::size_t from = 0;;) {
        // "…,\"Birchwood Institute, Inc. (BI)\",Kenya": an export quotes a cell with a comma of
        // its own; the quotes are not the cell's.
        if (between == ',' && from < row.size() && row[from] == '"')
            if (auto const close = row.find('"', from + 1); close != std::string_view::npos &&
                                                           (close + 1 == row.size() || row[close + 1] == ',')) {
                cells.push_back(signatory_detail::trim(row.substr(from + 1, close - from - 1)));
                if (close + 1 == row.size()) break;
                from = close + 2;
                continue;
            }
        auto bar = std::min(spaced ? row.find("   ", from) : row.find(between, from), row.size());
        // "No.  Organisation      City": a PDF's column of row numbers is narrower than its
        // gaps, and its heading may stand two spaces from the next ("1    Amber Coalition"
        // under it); the number's heading is a cell of its own.
        if (spaced && from == 0)
            if (auto const two = row.find("  "); two < bar && signatory_detail::heads_numbers(row.substr(0, two))) bar = two;
        cells.push_back(signatory_detail::trim(row.substr(from, bar - from)));
        if (bar == row.size()) break;
        from = spaced ? row.find_first_not_of(' ', bar) : bar + 1;
    }
    return cells;
}

CIVIC_FUNC bool is_table_separator(std::string_view row) {
    bool dash = false;
    for (char c : row) {
        if (c == '-' || c == '=') dash = true;
        // "+------+------+": a rule drawn in plain text crosses the columns' bars with '+'.
        else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '+') return false;
    }
    return dash;
}

namespace signatory_detail {
// "Nom;Prénom", "Last name,First name", "Nombre;Apellidos": a form's export gives a person's
// name in two columns, their given name's and their surname's (the surname's heading the plain
// "Nom" or "Name" where a column of given names stands beside it). Both, or neither.
// A Russian or Ukrainian sheet adds a column of patronymics ("Фамилия | Имя | Отчество"), part
// of the same name: only beside the other two.
struct name_columns {
    std::size_t surname = 0;
    std::size_t given = 0;
    std::optional<std::size_t> patronymic;
};
inline std::optional<name_columns> split_name_columns(std::vector<std::string_view> const& headings) {
    std::optional<std::size_t> surname, given, patronymic;
    for (std::size_t i = 0; i < headings.size(); ++i) {
        auto const folded = utf8::fold(headings[i]);
        if (!given && lang::is_phrase<&lang::language_table::given_name_column_words>(folded)) given = i;
        else if (!surname && lang::is_phrase<&lang::language_table::surname_column_words>(folded)) surname = i;
        else if (!patronymic && lang::is_phrase<&lang::language_table::patronymic_column_words>(folded)) patronymic = i;
    }
    if (!surname || !given) return std::nullopt;
    return name_columns{*surname, *given, patronymic};
}

// "Organisation" over a column of names: a heading of the organisation each signs for, that a
// column of people's own names beside it ("Name") makes their affiliation.
inline bool heads_organisations(std::string_view folded) {
    return lang::is_phrase<&lang::language_table::affiliation_column_words>(folded);
}
}  // namespace signatory_detail

CIVIC_FUNC std::optional<table_columns> signatory_table_columns(std::string_view header_row) {
    auto cells = table_cells(header_row);
    table_columns columns;
    bool name = false;
    bool named_type = false;  // a header that says it ("Type", "Category"), not a column guessed
    bool name_of_organisations = false;  // the name's column headed "Organisation"
    auto const split = signatory_detail::split_name_columns(cells);
    if (split) columns.name = split->surname, columns.given_name = split->given, columns.patronymic = split->patronymic, name = true;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (split && (i == split->surname || i == split->given || i == split->patronymic)) continue;
        auto folded = utf8::fold(cells[i]);
        // "Timestamp", "Signed on": when each row was sent or signed, nothing of its signer.
        if (lang::is_phrase<&lang::language_table::timestamp_column_words>(folded)) {
            if (!columns.timestamp) columns.timestamp = i;
            continue;
        }
        if (!columns.number && !name && signatory_detail::is_number_heading(folded)) columns.number = i;
        else if (!columns.country && lang::find_any<&lang::language_table::country_column_words>(folded)) columns.country = i;
        else if (!name && lang::find_any<&lang::language_table::name_column_words>(folded)) {
            columns.name = i, name = true;
            name_of_organisations = signatory_detail::heads_organisations(folded);
        }
        // "Organisation,Name,Country": a form asks for the organisation and the person's name;
        // the person signs, for the organisation, and a row without a name is the organisation's.
        else if (name_of_organisations && !columns.affiliation &&
                 lang::is_phrase<&lang::language_table::name_column_words>(folded) &&
                 !signatory_detail::heads_organisations(folded)) {
            columns.affiliation = columns.name, columns.name = i;
            name_of_organisations = false;
        }
        else if (!columns.place && i != columns.name && lang::starts_with_any<&lang::language_table::place_column_words>(folded))
            columns.place = i;
        else if (!named_type && i != columns.name && lang::find_any<&lang::language_table::type_column_words>(folded))
            columns.type = i, named_type = true;
        // After the name's column only: "| Organisation | Country |" names its signers first.
        else if (name && !columns.representative && i != columns.name &&
                 lang::find_any<&lang::language_table::representative_column_words>(folded))
            columns.representative = i;
        else if (name && !columns.affiliation && i != columns.name &&
                 lang::find_any<&lang::language_table::affiliation_column_words>(folded))
            columns.affiliation = i;
        // "| Podpis |": the blank a printed sheet leaves for each hand says nothing of the signer.
        else if (!columns.signature && i != columns.name &&
                 lang::find_any<&lang::language_table::signature_column_words>(folded))
            columns.signature = i;
        // "| Contact |", "| E-mail |": each signer's address, which says nothing of what it is
        // (a site's or mail's cell gives the signer's link whatever its column).
        else if (!columns.contact && i != columns.name &&
                 lang::find_any<&lang::language_table::contact_column_words>(folded))
            columns.contact = i;
        // "| Title / Position |": each person's post.
        else if (!columns.type && i != columns.name && lang::find_any<&lang::language_table::post_column_words>(folded))
            columns.type = i, columns.post = true;
        // "City | State": a second column of places says nothing of what the signer is.
        else if (columns.place && lang::starts_with_any<&lang::language_table::place_column_words>(folded)) continue;
        else if (!columns.type && i != columns.name) columns.type = i;
    }
    if (!name && !columns.country) return std::nullopt;
    // A column after the country's says what each signer is only under such a header ("| Name |
    // Country | Type |"); another there ("Date", "Comment") says nothing of it.
    if (!named_type && !columns.post && columns.type && columns.country && *columns.type > *columns.country)
        columns.type.reset();
    // "| Signer Name | Title |": a column after the representative's is theirs ("Executive Director").
    if (!named_type && columns.type && columns.representative && *columns.type > *columns.representative) columns.type.reset();
    return columns;
}

CIVIC_FUNC std::optional<table_columns> headerless_table_columns(std::string_view first_row) {
    auto const cells = table_cells(first_row);
    std::optional<std::size_t> name;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (!signatory_detail::has_letter(cells[i])) continue;
        bool const country = signatory_detail::as_country(cells[i]).has_value();
        if (!name && !country) name = i;
        else if (name && country) {
            table_columns columns;
            columns.name = *name;
            columns.country = i;
            // "Amber Water Watch, Kenya, Nairobi", "Coral Press Initiative<tab>Mali<tab>Bamako": a
            // town's cell beside the country's, after the name, is each signer's place, where it
            // was left out of every field (not a person's name there, whom a form names to contact).
            for (std::size_t k = *name + 1; k < cells.size() && k <= i + 1; ++k)
                if (k != i && signatory_detail::town_after_country(cells[k]) && !signatory_detail::as_country(cells[k])) {
                    columns.place = k;
                    break;
                }
            return columns;
        }
    }
    return std::nullopt;
}

CIVIC_FUNC std::optional<table_columns> headerless_person_columns(std::string_view first_row) {
    auto const cells = table_cells(first_row);
    std::vector<std::size_t> lettered;
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (signatory_detail::has_letter(cells[i])) lettered.push_back(i);
    if (lettered.size() < 2 || lettered.size() > 3) return std::nullopt;
    auto const person = [](std::string_view cell) {
        return signatory_detail::starts_with_person_title(cell) || signatory_detail::looks_like_person_name(cell);
    };
    if (!person(cells[lettered.front()])) return std::nullopt;
    // "Mira Tallow      Oren Vale": a list of people in columns, each cell a signer.
    for (std::size_t k = 1; k < lettered.size(); ++k)
        if (person(cells[lettered[k]])) return std::nullopt;
    table_columns columns;
    columns.name = lettered.front();
    columns.affiliation = lettered.back();
    if (lettered.size() == 3) columns.type = lettered[1], columns.post = true;
    return columns;
}

CIVIC_FUNC bool heads_signer_table(std::string_view header_row) {
    header_row = signatory_detail::trim(header_row);
    if (!header_row.empty() && header_row.front() == '|') header_row.remove_prefix(1);
    if (!header_row.empty() && header_row.back() == '|') header_row.remove_suffix(1);
    return is_column_heading_line(header_row);
}

CIVIC_FUNC std::vector<std::string_view> cells_under_headings(std::string_view row, std::string_view header_row) {
    auto const headings = table_cells(header_row);
    auto const cells = table_cells(row);
    // Columns in characters from the line's start, as a PDF's text lines them up ("é" is two bytes).
    auto const column_of = [](std::string_view line, std::string_view cell) {
        return utf8::length(line.substr(0, static_cast<std::size_t>(cell.data() - line.data())));
    };
    std::vector<std::size_t> starts;
    for (auto heading : headings) starts.push_back(column_of(header_row, heading));
    std::vector<std::string_view> under(headings.size());
    std::size_t next = 0;  // the first heading no cell of the row has taken yet
    for (auto cell : cells) {
        if (cell.empty()) continue;
        // The heading the cell begins under, give or take two characters of its start.
        auto const at = column_of(row, cell);
        std::size_t h = next;
        while (h + 1 < starts.size() && starts[h + 1] <= at + 2) ++h;
        if (h < next || h >= starts.size() || starts[h] > at + 2 || !under[h].empty()) return {};
        under[h] = cell;
        next = h + 1;
    }
    return under;
}

CIVIC_FUNC std::optional<signatory> read_table_row(std::string_view row, std::size_t row_offset,
                                                   table_columns const& columns, span_maker const& spans) {
    return read_table_row(row, table_cells(row), row_offset, columns, spans);
}

namespace signatory_detail {
inline std::string_view cell_at(std::vector<std::string_view> const& cells, std::optional<std::size_t> column) {
    return column && *column < cells.size() ? cells[*column] : std::string_view{};
}

// The columns a row's signer is read from: its own, but for a form's row of an organisation that
// signs as itself, its person's cells left empty ("","Albanian Media Council"), read from the
// organisation's column as the signer's name.
inline table_columns columns_of_row(std::vector<std::string_view> const& cells, table_columns const& columns) {
    if (!cell_at(cells, columns.name).empty() || cell_at(cells, columns.affiliation).empty()) return columns;
    auto own = columns;
    own.name = *columns.affiliation;
    own.affiliation.reset(), own.given_name.reset(), own.patronymic.reset();
    return own;
}

// The cells of a row that write its signer's name: the name's cell, and before it the given
// name's where a form splits a person's name ("Claire" of "Durand;Claire").
inline std::pair<std::string_view, std::string_view> name_cells(std::vector<std::string_view> const& cells,
                                                                table_columns const& columns) {
    return {cell_at(cells, columns.given_name), cell_at(cells, columns.name)};
}
}  // namespace signatory_detail

CIVIC_FUNC std::optional<signatory> read_table_row(std::string_view row, std::vector<std::string_view> const& cells,
                                                   std::size_t row_offset, table_columns const& columns,
                                                   span_maker const& spans) {
    auto const own = signatory_detail::columns_of_row(cells, columns);
    auto s = read_table_cells(cells, own);
    if (!s) return s;
    // The span from the first cell of the name to the last: "Durand;Claire" both.
    auto const [given, surname] = signatory_detail::name_cells(cells, own);
    auto first = surname, last = surname;
    for (auto const part : {given, signatory_detail::cell_at(cells, own.patronymic)}) {
        if (part.empty()) continue;
        if (part.data() < first.data()) first = part;
        if (part.data() > last.data()) last = part;
    }
    auto b = row_offset + static_cast<std::size_t>(first.data() - row.data());
    auto e = row_offset + static_cast<std::size_t>(last.data() + last.size() - row.data());
    s->span = spans(b, e);
    return s;
}

CIVIC_FUNC std::optional<signatory> read_table_cells(std::vector<std::string_view> const& cells, table_columns const& given_columns) {
    auto const columns = signatory_detail::columns_of_row(cells, given_columns);
    if (columns.name >= cells.size() || cells[columns.name].empty()) return std::nullopt;
    auto cell = cells[columns.name];
    // "Durand;Claire": the given name first, then the surname, as a list writes a person;
    // "Иванова | Мария | Петровна": the patronymic between them.
    std::string joined;
    if (auto const given = signatory_detail::cell_at(cells, columns.given_name); !given.empty()) {
        joined.append(given).append(" ");
        if (auto const patronymic = signatory_detail::cell_at(cells, columns.patronymic); !patronymic.empty())
            joined.append(patronymic).append(" ");
        cell = joined.append(cell);
    }
    auto const line = grammar::parse_signatory_line(cell);
    auto s = signatory_detail::interpret(line && line->size() == 1 ? signatory_detail::entry_text::of(line->front())
                                                                   : signatory_detail::entry_text{cell, {}, nullptr, nullptr});
    if (s.name.empty()) return std::nullopt;
    // Two cells of a person's name make a person, whatever the names.
    if (!joined.empty()) s.type = signatory_type::person;
    if (columns.country && *columns.country < cells.size() && !cells[*columns.country].empty()) {
        auto written = cells[*columns.country];
        // "(Burkina Faso)": a country set in parentheses in its cell, as a list's entry writes
        // it after the name; the country is the words inside.
        if (written.size() > 2 && written.front() == '(' && written.back() == ')' &&
            written.find_first_of("()", 1) == written.size() - 1)
            written = signatory_detail::trim(written.substr(1, written.size() - 2));
        s.country = std::string(written);
        auto c = signatory_detail::as_country(written);
        s.country_code = c ? c->code_string() : std::nullopt;
        // "KG", "UA": a country's column may give its ISO code alone.
        if (!c && written.size() == 2)
            if (auto const by_code = geo::country_of_code(written)) s.country_code = std::string(by_code->alpha2);
    }
    if (columns.place && *columns.place < cells.size() && !cells[*columns.place].empty())
        s.place = std::string(cells[*columns.place]);
    // A column that says what each signer is ("Association", "Researcher") tells people from
    // organisations: an organisation word or kind there ("Company", "Hackerspace") keeps an
    // organisation of a name that has no given name ("Radically Open Security"); a role ("Artist",
    // "Free software developer") a person whatever the name ("Kuchenmampfer"); else a person's
    // name with no organisation word there is a person. Without such a column a name alone
    // does not make a person ("Stichting Wilgenkring").
    // "| Contact |" guessed to say what each signer is holds addresses ("board@efo.example"): no kind.
    if (columns.type && *columns.type < cells.size() && !cells[*columns.type].empty() &&
        !signatory_detail::is_address(cells[*columns.type])) {
        auto const what = cells[*columns.type];
        auto const names_a_kind = [](std::string_view text) {
            return utf8::with_fold(text, [](std::string_view folded) {
                return lang::find_any<&lang::language_table::organisation_kinds>(folded) ||
                       lang::find_any<&lang::language_table::legal_form_words>(folded);  // "ASBL", "e.V."
            });
        };
        // "Researcher, University of Tartu": a role first, its organisation after it, is a
        // person's post, whatever organisation it names; so is what a person's row has under
        // a heading of posts ("| Title |": "Former Justice of the Supreme Court"), where an
        // organisation's row says what it is ("Verband").
        bool const post = signatory_detail::opens_with_role(what) || (columns.post && s.type == signatory_type::person);
        // An organisation word or kind there leaves the name's own reading (a person only by a
        // given name, interpret's): "Radically Open Security" stays an organisation.
        bool const organisation = !post && (signatory_detail::has_organisation_word(what) || names_a_kind(what));
        // "Individual": a group of people there names a person.
        bool const people = !organisation && utf8::with_fold(what, [](std::string_view folded) {
            return lang::is_phrase<&lang::language_table::person_groups>(folded);
        });
        // "| European Digital Rights | EDRi |": a column of acronyms (a header the tables do not
        // know, "Acronym", "Sigle"), each the signer's own.
        bool const acronym = !organisation && !s.acronym && signatory_detail::looks_like_acronym(what);
        if (acronym) s.acronym = std::string(what);
        // Beside a column of the organisation each signs for ("Name | Title | Organisation"),
        // it holds their post, whatever words it has ("Endocrinologist").
        bool const role = !people && (post || (!organisation && (columns.affiliation || signatory_detail::names_a_role(what))));
        if (!organisation && !acronym && (people || role ||
                              (s.type == signatory_type::organisation && signatory_detail::looks_like_person_name(s.name) &&
                               !names_a_kind(s.name))))  // "Gitzaai Blog"
            s.type = signatory_type::person;
        // "| Liis Tamm | Researcher, University of Tartu |": the column's role is the one the
        // person signs in ("Individual" says only what the signer is).
        if (s.type == signatory_type::person && role && !s.role) s.role = std::string(what);
    }
    // "| Mira Tallow | Amber Digital Rights |" under "| Name | Organisation |": a person, who
    // signs for the organisation there, their role after a post of the type's column
    // ("Director, Amber Digital Rights").
    if (columns.affiliation && *columns.affiliation < cells.size() && !cells[*columns.affiliation].empty() &&
        !signatory_detail::is_address(cells[*columns.affiliation])) {
        auto const affiliation = cells[*columns.affiliation];
        s.type = signatory_type::person;
        s.role = s.role ? *s.role + ", " + std::string(affiliation) : std::string(affiliation);
    } else if (columns.affiliation && s.type == signatory_type::organisation && signatory_detail::looks_like_person_name(s.name) &&
               !signatory_detail::has_organisation_word(s.name)) {
        // "Besa Krasniqi,,Kosovo" under "Name,Organisation,Country": beside a column of the
        // organisation each signs for, a person's name is a person's who signs for none.
        s.type = signatory_type::person;
    }
    // "| https://amber.example/letter |": a cell that is a web or mail address alone, the
    // signer's link whatever its column's header ("Link", "Source", none).
    // A column guessed to say what each signer is (a header the tables do not know, "Website")
    // holds addresses too.
    auto const other_column = [&](std::size_t i) { return i != columns.name && i != columns.country && i != columns.place; };
    if (!s.link)
        for (std::size_t i = 0; i < cells.size(); ++i)
            if (other_column(i) && signatory_detail::is_address(cells[i])) {
                s.link = std::string(cells[i]);
                break;
            }
    return s;
}

namespace signatory_detail {
// "- name: Amber Forum" / "  country: Kenya" / "  type: organisation": a signer's record pasted
// from a site's data file (YAML), a field a line, with or without the dash. The fields are
// the cells of a table's row, their keys its header's ("name", "country", "type", "city",
// "website"): the cells and their columns; none unless every line is a field of a key in
// lower case and the first names the signer.
struct record_cells {
    std::vector<std::string_view> cells;
    table_columns columns;
};
inline std::optional<record_cells> record_of(std::string_view raw) {
    // Most blocks are passed at their first line: a key of the tables' names ("name:", "nom:").
    auto const key_of = [](std::string_view line) -> std::string_view {
        auto const colon = line.substr(0, 24).find(':');
        if (colon == std::string_view::npos || colon == 0) return {};
        auto const key = line.substr(0, colon);
        for (char c : key)
            if (!((c >= 'a' && c <= 'z') || c == '_')) return {};
        return key;
    };
    if (raw.size() >= 2 && raw[0] == '-' && raw[1] == ' ') raw.remove_prefix(2);
    if (raw.empty() || raw[0] < 'a' || raw[0] > 'z') return std::nullopt;  // most blocks open in capitals
    auto const first = key_of(raw);
    if (first.empty() || !lang::is_phrase<&lang::language_table::name_column_words>(first)) return std::nullopt;
    if (raw.find('\n') == std::string_view::npos) return std::nullopt;
    record_cells record;
    std::string header;
    for (std::size_t at = 0; at < raw.size();) {
        auto end = raw.find('\n', at);
        if (end == std::string_view::npos) end = raw.size();
        auto const line = trim(raw.substr(at, end - at));
        at = end + 1;
        if (line.empty()) continue;
        auto const key = key_of(line);
        if (key.empty()) return std::nullopt;
        record.cells.push_back(trim(line.substr(key.size() + 1)));
        (header += header.empty() ? "" : " | ") += key;
    }
    auto columns = signatory_table_columns(header);
    if (!columns || record.cells.size() < 2) return std::nullopt;
    record.columns = *columns;
    return record;
}
}  // namespace signatory_detail


}  // namespace recognise
CIVIC_NAMESPACE_END
