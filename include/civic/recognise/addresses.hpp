// Whom a statement addresses outside its lists of demands: the headline ("Open letter to the
// European Commission"), address lines over the text ("To: the Minister of Justice", "Al
// pueblo de México,"), and calls made within paragraphs ("We urge the Department of Homeland
// Security to drop this proposal."). The call groups (calls.hpp) name the addressees of lists.
#pragma once
#include <civic/lang/phrases.hpp>
#include <civic/layout/block.hpp>
#include <civic/model/call.hpp>
#include <civic/model/statement.hpp>
#include <civic/recognise/span_maker.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

// Where an addressee stands in a text: [begin, end) in bytes.
struct text_range {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(text_range a, text_range b) noexcept { return a.begin == b.begin && a.end == b.end; }
};

// The addressee of a headline that names its kind and whom it is written to: "Open letter to
// the European Commission on …", "Обращение к Президенту о …", "Lettre ouverte à la présidence
// de l'Université : …". It ends at the headline's topic (topic_markers) or punctuation.
CIVIC_FUNC std::optional<text_range> headline_addressee(std::string_view headline);

// "Letter to the Special Rapporteur on …", "Investor expectations: letter to Telvora Group": the
// tables' words that name a letter by its reader (letter_openers), in a headline's first words (two
// before them at most) or first after its colon; none where they stand further on. `lowered` is
// the headline in lower case or folded; `preferred` the table whose phrase wins a tie.
CIVIC_FUNC lang::phrase_match letter_opener_in_headline(std::string_view lowered,
                                                     lang::language_table const* preferred = nullptr);

// The addressee of a headline that puts its demand on its subject: "Norvia: the authorities
// must release the journalists", "PUBLIC DEVELOPMENT BANKS MUST DELIVER ON …", "Declaración
// conjunta: México debe proteger …" — the words before a modal of the tables (obligation_verbs),
// after a label that a colon or a dash ends. None where the authors are the subject ("We must
// …") or a passive follows ("Human rights must be respected").
CIVIC_FUNC std::optional<text_range> headline_obligation_addressee(std::string_view headline);

// The readers a letter's greeting names, in order: "Dear President Tinubu," → "President
// Tinubu"; "Dear President Costa, Dear President von der Leyen," → both; "Dear Minister and
// Commissioner," → "Minister" and "Commissioner". A greeting to no one
// in particular ("Dear friends,") names none; a line that is no greeting neither.
CIVIC_FUNC std::vector<text_range> greeted_readers(std::string_view line);

// The addressee opener of the tables (addressee_openers) that a line, in lower case, opens
// with as an address line: "to the", "an die", "aux"; none for an article before a kind word
// ("An open letter …").
CIVIC_FUNC lang::phrase_match line_addressee_opener(std::string_view lowered);

// The addressee of an address line: a short line that opens with an addressee opener and is no
// greeting ("To: Permanent Representatives of …", "Aux organisations indigènes,", "Президенту
// Российской Федерации"), without its preposition and the punctuation after it. One in lower
// case is an address where it ends with a comma or follows an address line.
CIVIC_FUNC std::optional<text_range> address_line_addressee(std::string_view line, bool after_address_line = false);

// The addressees of the calls a paragraph makes in its own sentences, where the authors speak
// ("We, the undersigned, urge the Department of Homeland Security to drop this proposal.",
// "Wir fordern die Bundesregierung auf, …"); a call for something ("we call for the release of
// …") names no one. `author`, in lower case, is a word that names the network the statement
// speaks for ("coalition"), with which it may speak of itself ("The Coalition urges …").
CIVIC_FUNC std::vector<text_range> paragraph_addressees(std::string_view paragraph, std::string_view author = {});

// The addressees of the call that the authors a press release names make ("A and B urged the
// authorities of X to …", read_reported_authors): [verb_begin, verb_end) is their verb in
// `text` (a call verb, or an author verb that reports a call: reported_call_verbs), and what it
// asks begins at `asked`. None after another verb, or a call for something.
CIVIC_FUNC std::vector<text_range> reported_call_addressees(std::string_view text, std::size_t verb_begin,
                                                            std::size_t verb_end, std::size_t asked);

struct address_scan {
    std::vector<layout::block> const& blocks;
    std::vector<block_role>& roles;       // address lines become block_role::addressee
    std::size_t first;                    // the first block after any front matter
    std::size_t title;                    // the headline's block, or -1
    std::size_t kind_label;               // the line that names the kind beside the headline, or -1
                                          // ("Open letter to President …" under it)
    std::size_t head_end;                 // address lines stand before this block (the opening, or the body's first prose)
    // The body's paragraphs (and opening) in which the authors may speak, in order: only they
    // are read for calls made in a sentence.
    std::vector<std::size_t> const& may_speak;
    std::vector<call_group> const& groups;  // an introduction of one of them is not read again
    std::string_view author;                // the organisation word of the coalition's name, lowered, if any
    bool reader_named;                      // the front matter's title names whom the letter is to
    cleaned_text const& cleaned;
    span_maker spans;
};

CIVIC_FUNC std::vector<address> recognise_addresses(address_scan const& scan);

}  // namespace recognise
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/recognise/impl/addresses.ipp>
#endif
