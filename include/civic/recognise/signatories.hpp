// Signatory lists: how likely a block is to be an entry of one, and reading the entries of
// a block into signatories (name, acronym, country as written, ISO code, person or
// organisation).
#pragma once
#include <civic/lang/language_table.hpp>
#include <civic/layout/block.hpp>
#include <civic/model/signatory.hpp>
#include <civic/recognise/span_maker.hpp>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

enum class entry_likelihood {
    none,      // prose, a call, a heading: not an entry
    possible,  // shaped like a name; an entry inside a list
    certain,   // a name with a country beside it
};

// `raw` is the block's content in the cleaned text (from content_begin to end).
CIVIC_FUNC entry_likelihood signatory_likelihood(layout::block const& block, std::string_view raw);

// A block read as the entries of a list, once: how likely it is to be one, and (unless its
// shape or one of its entries ruled it out) its signatories. The list finder asks for
// the likelihood of a block several times and then reads it; this keeps it to one reading of
// the grammar per block.
struct entry_reading {
    entry_likelihood likelihood = entry_likelihood::none;
    bool read = false;  // false: the block was ruled out (likelihood none); no entries are kept
    // Each span's begin and end are where the entry stands in `raw`, trimmed; its positions
    // are not set (signatories_of makes the spans). One vector, not a second of ranges: a
    // block is mostly one entry, and each vector an allocation for it.
    std::vector<signatory> signatories;
    // What is_person_entry(raw) says, where the reading tells it: the block was read whole, as
    // one part, so its entries are the ones is_person_entry reads. Empty otherwise.
    std::optional<bool> person_entry;
};

// signatory_likelihood() and the entries it read.
CIVIC_FUNC entry_reading read_entry_block(layout::block const& block, std::string_view raw);

// What read_signatories(raw, raw_offset, spans) gives, from a reading of the same raw text
// (moved from, when the reading is not needed after).
CIVIC_FUNC std::vector<signatory> signatories_of(entry_reading reading, std::size_t raw_offset, span_maker const& spans);

// A list that gives each signer's country after a dash ("Article 19 – United Kingdom", "Free
// Press Unlimited – Netherlands"). Read one at a time, such a country is part of the name
// ("Transparency International – Moldova" names a chapter); where at least two of a list's
// organisations without a country, and half of them, end so, the dash is the list's way of
// giving the country, and it is read out of their names; so it is where every other signer
// has a country given in another way ("Name (Country)"), two at least. A list whose names
// end, most of them, in a dash or a comma and a town ("Мемориал — Москва", "Flüchtlingsrat
// e.V., Kiel") gives the towns as places. Looks at signers[from, end).
CIVIC_FUNC void read_places_after_names(std::vector<signatory>& signers, std::size_t from);

// "Иван Петров, правозащитник, Алматы", "Jean Dupont, avocat, Lyon": a list whose people,
// most of them and two at least, give a role in lower case, a comma and a town of capitalised
// words gives the towns as their places, out of their roles. Looks at signers[from, end).
CIVIC_FUNC void read_towns_after_roles(std::vector<signatory>& signers, std::size_t from);

// "Kwame Asante (Ghana)" among "Anna Lindqvist (Sweden)", "Sophie Laurent (France)": a name of
// a person's shape (two or three capitalised words, no organisation word, no acronym, no word
// in capitals as in "Both ENDS") whose given name no table lists is a person's in a list of
// people, three at least, where one signer in four of them at most shows itself an
// organisation. Looks at signers[from, end).
CIVIC_FUNC void read_people_by_list(std::vector<signatory>& signers, std::size_t from);

// "ARMENIA" / "Helsinki Citizens' Assembly – Vanadzor": under a country's heading, a town after
// the name's last dash is the signer's place.
CIVIC_FUNC void read_town_after_dash(signatory& s);

// A line that names only a country ("Armenia", "ARMENIA:", "International"): in a list of
// signatories, the heading of the signers from that country, or the country of the signer
// on the line above. give_country_of_line() gives `s` that country (the line must be one).
CIVIC_FUNC bool is_country_line(std::string_view text);
CIVIC_FUNC void give_country_of_line(std::string_view text, signatory& s);

// A line that names only a town ("Chișinău", "Ivano-Frankivsk", "г. Алматы"): one word in
// title case, neither a role nor an organisation word, or a town marker of the tables and a name.
CIVIC_FUNC bool is_town_line(std::string_view text);

// "New York", "Ciudad de México": a town's name of two to four words, the first capitalised,
// neither a role nor an organisation word.
CIVIC_FUNC bool is_town_of_words(std::string_view text);

// "Tomas B. – Brno, 2 hours ago", "Anna K. — il y a 3 heures": whether a line ends with a
// petition page's time of the signature after a dash.
CIVIC_FUNC bool ends_with_time_ago(std::string_view line);

// "Kenya (3)", "GLOBAL / INTERNATIONAL (2 signatories)", "AFRICA — 23 organisations": whether a
// heading ends with the count of the signers under it.
CIVIC_FUNC bool ends_with_signer_count(std::string_view text);

// Whether a block is a letter's closing ("Yours sincerely,", "С уважением,"): its text ends
// there, and what follows it is its signers. `folded` is the block's fold (utf8::fold).
CIVIC_FUNC bool is_letter_closing(std::string_view folded);

// Whether a line of a list says that more signed than it names: "…and 23 other
// organisations", "and many others", "и другие организации". The line closes the list and
// names no signer. `folded` is the line's fold (utf8::fold).
CIVIC_FUNC bool is_list_closer(std::string_view folded);

// "Organisation name, Country", "Name – City – Country": the headings of a list's columns typed
// over its entries, without a table.
CIVIC_FUNC bool is_column_heading_line(std::string_view line);

// Whether a block is a header that opens a list: "Signatories:", "Signed by:", "Подписали:".
CIVIC_FUNC bool is_signatory_header(std::string_view folded_block_text);

// "Additional signatories after publication": whether a short line's fold holds a header's
// words among others, a phrase of whole words, not only at its end.
CIVIC_FUNC bool holds_signatory_header(std::string_view folded);

// Whether an entry is a person with an affiliation or role ("Name, role, Organisation").
CIVIC_FUNC bool is_person_entry(std::string_view raw);

// "Signatories: Amber Lantern Association, Birchwood Institute", "Initiated by: A • B": the
// list's header and its first entries on one line. Where in `raw` the entries start, if so.
CIVIC_FUNC std::optional<std::size_t> entries_after_header(std::string_view raw);

// Signers written as a sentence of names under a list's header: "A (Armenia), B (Poland) and C
// (Georgia)." Empty unless at least two are named.
CIVIC_FUNC std::vector<signatory> read_signatory_sentence(std::string_view raw, std::size_t raw_offset,
                                                          span_maker const& spans);

// Signers named inside a sentence after a cue of the tables: "The appeal is signed by: A,
// role, Org; B, …", "Among those who signed the statement were A, B and other activists",
// "Обращение подписали A, B и другие организации". Empty unless at least two are named, or
// one before a status with the UN ("Written statement* submitted by Alpha Watch, a
// non-governmental organization in special consultative status").
CIVIC_FUNC std::vector<signatory> read_inline_signatories(std::string_view raw, std::size_t raw_offset,
                                                          span_maker const& spans);

// "Delivered by: Mira Tallow, Amber Watch", "Lue par Mme Mira Tallow au nom des organisations
// suivantes :": the speaker an oral statement's line names after a speaker's phrase of the tables
// that opens `raw`, up to a behalf phrase if any, as a signer: a person with the organisation she
// speaks from for role, or a name alone. Empty where the line names no one so, or several.
CIVIC_FUNC std::vector<signatory> read_speaker(std::string_view raw, std::size_t raw_offset, span_maker const& spans);

// "Beta League, Gamma Forum, NGO(s) without consultative status, also share the views expressed
// in this statement.": the organisations that join a UN statement's submitters, named as the
// subject of a sentence of `raw`, each group before its status with the UN set off by commas,
// or, without a status, all of them before the UN's formula ("A and B also share the views …").
CIVIC_FUNC std::vector<signatory> read_status_sharers(std::string_view raw, std::size_t raw_offset,
                                                      span_maker const& spans);

// Signers a press release names as the subject of its verb (call_verbs, author_verbs): "Amnesty
// International (AI) und PRO ASYL wenden sich …", "A, B and C today urged …"; where the
// language puts the verb second (`verb_second`), after it too: "Zum Weltflüchtlingstag
// appellieren A, B und C an …", within the first 400 bytes of `raw`. Empty unless at least two
// are named: one name before a verb is as often a government or a court as the text's author.
// Where in `raw` their verb stands, and where what they ask of whom would begin if it is a call
// ("A and B urged | the authorities of X to …", "appellieren A, B und C | an die …"), for the
// addresses to read (reported_call_addressees).
struct reported_authors {
    std::vector<signatory> names;
    std::optional<signatory> network;  // "The Amber Coalition, whose members are A, B and C, condemns …":
                                       // the network the names are members of, which speaks for them
    std::size_t verb_begin = 0, verb_end = 0;    // their verb, if `asked` is not npos
    std::size_t asked = std::string_view::npos;  // where its addressee may begin
};
CIVIC_FUNC reported_authors read_reported_authors(std::string_view raw, std::size_t raw_offset, span_maker const& spans,
                                                  bool verb_second);

// "We, A, B and C, call on …", "The undersigned organisations — A, B and C — urge …", "Nous,
// A et B, demandons …": the authors named beside the "we" or the opening phrase that opens
// `raw`, two at least; empty where it names none so. "We, the Amber Network, a coalition whose
// members are: A, B and C, call on …", "Nous, membres de la Coalition X, dont les membres sont
// A, B et C, dénonçons …": the network they make, named before the words that introduce them
// (a colon, or words of the tables' member_introducers), is no signer; the text speaks for it.
struct authors_beside_we {
    std::vector<signatory> names;
    std::optional<signatory> network;  // the network the names are members of, if one is named so
};
CIVIC_FUNC authors_beside_we read_authors_beside_we(std::string_view raw, std::size_t raw_offset, span_maker const& spans);

// "Twelve organisations today urged the Prosecutor General to …", "A coalition of 40 groups has
// called on …": a press release's authors, named by what they are and not one by one, and the
// call they made; `names` stays empty. Where their verb stands and where its addressee may
// begin, as read_reported_authors() tells; `asked` is npos where `raw` reports no such call.
CIVIC_FUNC reported_authors read_group_call(std::string_view raw);

// Whether an entry's text remarks in parentheses on where the signer works from ("Zarkan
// Women's Voice (in exile)"), a remark no field of the signer keeps.
CIVIC_FUNC bool remarks_on_exile(std::string_view entry);

// Whether a name has the shape of a person's: two to four words with capitals, a given
// name in ordinary case, no organisation word ("Eliso Chapidze", "BEAUFILS Bruno").
CIVIC_FUNC bool looks_like_person(std::string_view name);

// Whether a name is a person's by its words alone: a given name or a patronymic of the tables
// ("Anna Babinets", "Иванов Иван Иванович"), not merely two capitalised words ("Green Drina").
CIVIC_FUNC bool person_by_given_name(std::string_view name);

// Whether a name opens with a person's title ("Rev. Fr. Nonoy Dizon", "Dr. Anna Berg", "Prof.
// Mira Tallow"): a person's, whatever else it holds.
CIVIC_FUNC bool opens_with_person_title(std::string_view name);

// Whether `acronym` is the initials of `name`: of its capitalised words, or of all its words but
// short ones in lower case after an elision's apostrophe ("Association marocaine des droits
// humains" spells AMDH, and so does "Association malienne des droits de l'Homme").
CIVIC_FUNC bool spells_acronym(std::string_view name, std::string_view acronym);

// "Fundacja Panoptykon;" / "Akcja Demokracja.", "Save the Children, and" / "Vostok SOS.": under a
// signer's line that the list's punctuation ends, the full stop of `line` ends the sentence of
// names, and `last`, the line's last signer, goes without it (an abbreviation keeps its own:
// "Amber Inc.", "Dune e.V."). So does the full stop of a line of names apart by semicolons
// ("Réseau des Juristes (RJ) ; Kandé Solidarité."), whatever is above it.
CIVIC_FUNC void end_sentence_of_names(std::string_view line_above, std::string_view line, signatory& last);

// "Coral Forum on Women, Law and": whether a name ends with a function word in lower case, as a
// name cut off by the end of its line does.
CIVIC_FUNC bool ends_with_function_word(std::string_view name);

// "and Democracy (ISFC), Georgia": where the entry read as `name` from `cell` goes on with a
// name wrapped in its column on the line above, what it adds to that name ("and Democracy":
// the reading leaves "and" out); empty where it does not.
CIVIC_FUNC std::string_view continued_cell(std::string_view cell, std::string_view name);

// Whether a name holds an organisation word of the tables ("Baku Press Club", "Fundacja …").
CIVIC_FUNC bool names_organisation(std::string_view name);

// Whether a line of a list names a network over the lines of its members ("Amber Network (AN),
// comprising:", "Amber Network and its members:"): the network signs, and they do.
CIVIC_FUNC bool names_network_over_members(std::string_view text);

// Whether a block is the role line under a signer's name ("Dyrektor Centrum …", a form's
// "Title: Executive Director").
CIVIC_FUNC bool is_role_line(std::string_view raw);

// "Pieter van Dijk" / "Coordinator, Banana Link Europe": whether a name of a person's shape,
// whose particles follow a given name no table lists, is a person's by the role that opens the
// line under it (no organisation's name is signed with a role under it).
CIVIC_FUNC bool person_over_role_line(std::string_view name, std::string_view role_line);

// Whether a line is a row of a list in columns whose last cell, after a gap, a person's title
// opens ("Prof. Hana Keller      Dr. Jonas Pike"): people, each a signer, and no role.
CIVIC_FUNC bool is_row_of_titled_people(std::string_view raw);

// "Pour la Ligue congolaise …", "For the Collective of …", "От имени ОФ «Право»": the length of
// the words that open a signature block's line over its person and say whom the person signs
// for, with the article after them ("la", "the", "l'"): the organisation's name follows; 0
// where the line opens with none of the tables' or no capital follows.
CIVIC_FUNC std::size_t behalf_label_length(std::string_view line);

// The role a role line gives: the line without a form's label ("Title: Executive Director"
// gives "Executive Director").
CIVIC_FUNC std::string_view role_of_line(std::string_view text);

// Reads the entries of a block. `raw` starts at cleaned offset `raw_offset`.
CIVIC_FUNC std::vector<signatory> read_signatories(std::string_view raw, std::size_t raw_offset,
                                                   span_maker const& spans);

// A table of signatures: which columns hold the name, the country and the kind of signer,
// read from the table's header row ("| Name | Type | Country |").
struct table_columns {
    std::size_t name = 0;
    std::optional<std::size_t> country;
    std::optional<std::size_t> type;
    std::optional<std::size_t> place;  // "| City |": each signer's town
    // "| Name | Organisation |": beside a column of people, the organisation each signs for
    // (the person's role, as "Mira Tallow, Amber Digital Rights" gives it).
    std::optional<std::size_t> affiliation;
    // "| Organisation | Signed by |": who signs for each organisation, no signer of their own.
    std::optional<std::size_t> representative;
    std::optional<std::size_t> number;  // "| No. |": the row's number
    std::optional<std::size_t> signature;  // "| Signature |": a printed sheet's blank for each hand
    std::optional<std::size_t> contact;    // "| Contact |", "| E-mail |": each signer's address
    std::optional<std::size_t> timestamp;  // "| Timestamp |", "| Signed on |": when each signed
    // "Nom;Prénom", "Last name,First name": a form's person's name in two columns, the name's
    // column their surname and this one their given name, written first.
    std::optional<std::size_t> given_name;
    // "| Фамилия | Имя | Отчество |": beside those two, each person's patronymic, written
    // between their given name and their surname ("Мария Петровна Иванова").
    std::optional<std::size_t> patronymic;
    // "| Name | Title | Institution |": the type's column, under such a heading, holds each
    // person's post, whatever words it has ("Former Justice of the Supreme Court").
    bool post = false;
};

// The cells of a table row, trimmed: between bars ("| Name | Country |"), or between tabs in a
// row without bars, or between gaps of three spaces or more in a row with neither (a PDF's
// columns), or between commas in a row without gaps (a quoted cell's comma its own).
CIVIC_FUNC std::vector<std::string_view> table_cells(std::string_view row);

// Whether a row is the separator under a header row ("|---|:-:|").
CIVIC_FUNC bool is_table_separator(std::string_view row);

// The columns of a header row, when it heads a list of signatories.
CIVIC_FUNC std::optional<table_columns> signatory_table_columns(std::string_view header_row);

// The columns of a table without a header row, told by its first row: the signer's name in the
// first cell with a letter that names no country, the country in a cell after it that does
// ("| 1 | Amber Centre | Kenya |"). None when no cell after the name names a country.
CIVIC_FUNC std::optional<table_columns> headerless_table_columns(std::string_view first_row);

// The columns of a table of people without a header row, told by its first row: a person's
// name in the first cell with a letter ("Prof. Adam Kowalczyk      University of Warsaw"), then
// one or two cells that name no person, the organisation they sign for last and their post
// between. None for other rows ("Mira Tallow      Oren Vale": a list of people in columns).
CIVIC_FUNC std::optional<table_columns> headerless_person_columns(std::string_view first_row);

// Whether a header row's every heading is a column of a table of signers, their name's among
// them ("| Name | Title / Position | Institution |", "Lp. | Organizacja | Miejscowość | Podpis"):
// such a table lists signers wherever it stands; one of people held or charged has headings
// of its own ("Date of arrest", "Charges").
CIVIC_FUNC bool heads_signer_table(std::string_view header_row);

// One signatory from a row; nullopt for an empty name cell.
CIVIC_FUNC std::optional<signatory> read_table_row(std::string_view row, std::size_t row_offset,
                                                   table_columns const& columns, span_maker const& spans);

// The same from a row's cells (or a record's fields, its columns by their keys), without a span.
CIVIC_FUNC std::optional<signatory> read_table_cells(std::vector<std::string_view> const& cells, table_columns const& columns);

// One signatory from a row's cells as given (cells_under_headings's).
CIVIC_FUNC std::optional<signatory> read_table_row(std::string_view row, std::vector<std::string_view> const& cells,
                                                   std::size_t row_offset, table_columns const& columns,
                                                   span_maker const& spans);

// "Open Net Foundation                      NGO" under "Organisation      Country      Type": the
// cells of a row of a table apart by gaps (a PDF's), each under the heading of the header row
// it begins under, an empty one where the row leaves its column blank; none when a cell
// begins under no heading.
CIVIC_FUNC std::vector<std::string_view> cells_under_headings(std::string_view row, std::string_view header_row);

}  // namespace recognise
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/recognise/impl/signatories.ipp>
#endif
