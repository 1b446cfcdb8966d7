// The state of the document recogniser while it reads one document, and its stages. Each
// stage decides the role of some blocks and fills part of the statement; recognise_document()
// (document.ipp) runs them in order. Included by document.ipp only.
#pragma once
#include <civic/lang/detect.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/recognise/document.hpp>
#include <civic/recognise/folded_texts.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/recognise/impl/block_predicates.hpp>
#include <civic/recognise/impl/entry_readings.hpp>
#include <civic/text/offset_list.hpp>

#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// A place in each of a statement's lists of text blocks (paragraphs, header, footer,
// unrecognised): the stages that go through the blocks in order (collecting their texts,
// building the outline) meet each list's entries one after another.
class text_block_cursors {
public:
    struct cursor {
        std::vector<text_block>* list;
        std::size_t next = 0;
    };
    explicit text_block_cursors(statement& st)
        : cursors_{{&st.paragraphs}, {&st.header}, {&st.footer}, {&st.unrecognised}} {}
    // The cursor in `list`, one of the statement's; nullptr for none (a role kept otherwise).
    cursor* of(std::vector<text_block>* list) noexcept {
        for (auto& c : cursors_)
            if (c.list == list) return &c;
        return nullptr;
    }
    cursor* begin() noexcept { return std::begin(cursors_); }
    cursor* end() noexcept { return std::end(cursors_); }

private:
    cursor cursors_[4];
};

class document_reader {
public:
    // `spent_cleaned` and `spent_segmentation`, when given, are in.cleaned and what holds in.blocks,
    // for the reader to release once no stage reads them (recognise_spent_document).
    document_reader(document_input const& in, diagnostics& diags, cleaned_text* spent_cleaned = nullptr,
                    layout::segmentation* spent_segmentation = nullptr);

    statement read() &&;

private:
    // The stages, in the order read() runs them.
    void read_front_matter();    // "---" / "title: …" / "date: …" / "---"
    void find_headline();        // the title, the chrome and the publisher above it, date lines under it
    void find_footer();          // the chrome after the text
    void find_opening();         // "We, the undersigned …"
    void find_lists_of_people_and_tables();  // before the calls: such lists may follow a call-like line
    void find_signing_invitations();  // "open for signature": metadata, or the header of the list under it
    void find_calls();
    void drop_translated_calls();
    void find_signatory_lists();  // after a header, runs of entries, signers named in a sentence
    void give_signers_their_links();  // "[Name](https://…)": the markup's link over a signer's name
    void find_date();
    void find_addresses();       // the headline's addressee, address lines, calls made in paragraphs
    void name_the_reader();      // "we urge you to": the reader a letter names over its text
    void ask_whom_the_text_addresses();  // demands that name no one, of the letter's reader or the headline's
    void name_each_body_once();  // "ПАСЕ" beside "Парламентская ассамблея Совета Европы": the name alone
    void list_calls_addressees();  // each call's addressees, once its addressee is final
    void decide_fields();        // subject countries, coalition, kind
    void release_reading_aids(); // what only the stages above read: folded texts, entry readings
    text::offset_list original_ranges() const;  // each block's begin and end in the input
    void collect_blocks();       // paragraphs, chrome and unrecognised blocks into the statement;
                                 // releases the spent blocks and offset map before their texts are copied
    void release_blocks();       // the spent blocks (collect_blocks)
    void release_offset_map();   // the spent offset map, once the statement's spans are made (collect_blocks)
    void release_texts();        // the characters the blocks' texts view, once collected
    void note_unrecognised_blocks();
    void build_outline(text::offset_list const& placed);  // every byte in one entry
    void report_doubts();

    // Helpers of the stages.
    text_block text_of(std::size_t i) const;
    void trim_headline();  // the title without a post's pictographs or a subject line's key ("Re: …")
    std::vector<text_block>* text_blocks_of(block_role role);  // the statement's list of such blocks, if any
    bool has_paragraphs() const;                    // a block is read as a paragraph of the body
    bool starts_signatory_list(std::size_t i) const;  // a header, or an invitation to sign over the list
    std::size_t governing_body_over_list(std::size_t i) const;  // "The Steering Committee of X:": past the body, or 0
    bool demands_follow(std::size_t from) const;      // a call's introduction over a list after it
    bool take_signatory_sentence(std::size_t k, std::size_t from);  // "A (Armenia), B (Poland) and C."
    bool take_names_apart_by_semicolons(std::size_t k);  // "Prof. A, University of X; Sir B, former …; …"
    template <class is_row>
    std::size_t take_table_of_names(std::size_t first, is_row const& row);  // "| Amber Lantern Association | Birchwood Institute |"
    bool opens_with_signing_cue(std::size_t k) const;    // "Заявление подписали A (GYLA), B и C."
    bool names_as_sentence(std::size_t k) const;  // "A (LHRC), B, C, and D." on one line
    bool join_wrapped_cell(signatory const& s, std::string_view added, bool in_columns);  // a name's rest in its column
    bool join_name_tail(std::size_t k, signatory const& s);  // "Kharkiv Human Rights Protection" / "Group (Ukraine)"
    // "Southeast Asia Free Expression Alli-      Regional" / "      ance (SAFEA)" in a PDF's table
    bool join_rest_of_name_cell(std::size_t k, std::size_t header, std::size_t headings, table_columns const& columns);
    bool join_flowing_name(std::size_t k, signatory const& s);  // "… ; Collectif des Journalistes" / "Indépendants (CJI) ; …"
    bool take_wrapped_countries(std::size_t k);     // "(Ukraine)      (Netherlands)" under their names
    bool take_biography(std::size_t k);             // "Anna Berg is professor of …" under her name
    bool headed_with_note(std::size_t k) const;     // "## Individuals (in personal capacity)"
    bool notes_added_signers(std::size_t k) const;  // "Additional signatories as of 14 March"
    bool text_section_at(std::size_t i) const;      // "Background", "Annex": the text's own heading
    std::string_view raw_of(std::size_t i) const;   // the block's content in the cleaned text
    std::string_view cleaned_of(source_span const& span) const;  // what a span of the input covers, cleaned
    std::string_view line_of(std::size_t i) const;  // the block's lines, list marker included
    entry_likelihood likelihood(std::size_t i) const;
    bool opens_with_marked_note(std::size_t i) const;  // "*Affiliations for identification only"
    bool opens_with_spaced_mark_note(std::size_t i) const;  // "* denotes steering committee member"
    bool carries_mark(std::size_t i) const;    // "Coral Bay Forum*"
    bool notes_the_mark(std::size_t i) const;  // "* Member of the Crisis Coalition" apart under it
    entry_reading const& reading(std::size_t i) const;  // block i read as list entries, once
    // Whether block i's fold holds a phrase of one of `fields` (block_phrases' bits).
    bool block_has(std::size_t i, std::uint8_t fields) const;
    bool speaks_as_we(std::size_t i) const;  // its authors say "we", outside quotations
    void take(std::size_t k);                       // reads block k of a list of signatories
    void take_entry(std::size_t k);                 // the same, block k read as an entry
    // "Media Movement" / "November 16th, 2021": block k is one organisation's name, a few words
    // with an organisation word and no sentence's punctuation, over a date line.
    bool organisation_over_date(std::size_t k) const;
    // Block k is a sentence of the text: a paragraph of eight words or more that ends as one.
    bool sentence_of_text(std::size_t k) const;
    // "Fair Trials Moldova" / "Chișinău": block k is an organisation's name over its town, and
    // the two end the text.
    bool organisation_over_town(std::size_t k) const;
    // Block k is a line of a few words that opens with a capital, without a sentence's punctuation.
    bool short_name_line(std::size_t k) const;
    void give_town(std::size_t k);  // block k, a town, is the place of the last signer
    bool town_under_signature(std::size_t k) const;  // block k is a town ("London", "Tbilisi, Georgia") under a signature's organisation line
    bool closes_list(std::size_t k) const;  // block k closes a list: "and others", "45 more organisations"
    // Block k is a headline that names a kind ("Joint statement on …", "Совместное заявление …",
    // its kind word first or second) over prose: a text begins there.
    bool opens_another_text(std::size_t k) const;
    // Another statement, or this one in another language, under the first list (from its header
    // on): its blocks kept as text, the text ending there.
    void set_apart_next_text(std::size_t first_header);
    // Block k ends a text cut off in the middle of a word ("Inst", "Open"): the last block, a
    // short word with letters in lower case, nothing after it.
    bool cut_off_fragment(std::size_t k) const;
    void drop_translated_signers();  // a list given again with the text in another language goes
    void drop_repeated_signers();  // a signer named again, word for word, is reported once
    bool text_ends_at_last_block() const;  // nothing but white space after the last block
    void take_signing_organisation(std::size_t k);  // take(k), and remember the organisation (decide_fields)
    // "Executive Director" / "Northern Rights Centre<gap>Jane Roe": a letter's signature set in two
    // columns from block k; past its last line, or none.
    std::size_t signature_beside_name_end(std::size_t k) const;
    void take_signature_beside_name(std::size_t k, std::size_t end);  // its one person, the left column their role
    void take_speaker_over(std::size_t header, std::size_t first);  // "Delivered by Mira Tallow on behalf of:" over the list
    void take_network_heading(std::size_t k);  // "Espacio OSC, integrado por:": the network heads the list
    std::size_t page_notes_end(std::size_t k) const;  // past the notes at a page's foot from block k, or none
    void drop_note_numbers(std::size_t first, std::size_t list_begin);  // "Centre3" over "3 Signing from exile."
    bool take_groups_above(std::size_t header);     // the groups over a group's heading found for a header
    bool country_under_name(std::size_t k) const;   // block k, a country alone, is the signer's above
    bool wrapped_before_country(std::size_t k) const;  // block k, a country, wrapped from the entry above
    bool is_contact_under_name(std::size_t k) const;  // "Tel. +44 …", "P.O. Box 905, Kaduna" under a name
    bool take_contact_under_name(std::size_t k);       // such a line given to the signer above
    bool wrapped_after_comma(std::size_t k) const;     // block k, a country, under a name's line ending with its comma
    void close_list_at(std::size_t k);              // block k says more signed than the list names
    void take_list(std::size_t begin, std::size_t end);  // take() of each block not taken yet
    void reserve_signatories(std::size_t expected);      // room for `expected` signers in all
    std::optional<coalition> coalition_in(std::size_t i, bool spoken_by_authors) const;
    std::optional<coalition> author_in_headline(std::size_t i) const;  // "Statement by the X Forum"
    std::optional<coalition> coalition_after_marker(std::size_t i, bool spoken_by_authors) const;  // a marker is in block i
    std::optional<coalition> network_of_governing_body(std::size_t i) const;  // "The Board of the X Network:"
    std::optional<coalition> network_before_members(std::size_t i) const;  // "X (ACR) and its members condemn …"
    statement_date date_at(std::size_t i, grammar::ast::date const& d, std::string_view lowered) const;
    std::optional<statement_date> dateline_date(std::size_t i) const;
    statement_kind kind_of_signing_button() const;  // "Sign the petition" over the text: petition
    bool entries_follow(std::size_t from) const;  // a run of entries from there, as a list without a header  // "Tbilisi, 21 April 2024 – …"

    document_input const& in_;
    diagnostics& diags_;
    cleaned_text* spent_cleaned_;
    layout::segmentation* spent_segmentation_;
    std::vector<block> const& blocks;
    std::size_t const n;
    folded_texts folded;  // utf8::fold of each block's text
    std::vector<block_role> roles;
    lang::language_table const* table = nullptr;  // the detected language's
    statement st;

    std::size_t front_matter_end = 0;
    std::optional<text_block> front_matter_title;
    std::optional<text_block> front_matter_author;  // "author:", an organisation's name or a person's
    std::optional<statement_date> front_matter_date;  // "date:", not "publishdate:" or "lastmod:"
    std::optional<statement_date> headline_date;      // "BAKU, 6 March 2026 – <headline>": cut from the title
    std::size_t title = none;
    std::optional<lang::phrase_match> title_kind_word;  // the title block's kind word, if find_headline() searched
    std::size_t kind_label = none;                      // "JOINT STATEMENT" over the headline, if any
    std::optional<lang::phrase_match> kind_label_word;  // its kind word
    std::size_t kind_label_lines = 1;                   // its lines: "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ" / "ПРАВОЗАЩИТНЫХ ОРГАНИЗАЦИЙ"
    std::size_t body_start = 0;
    std::size_t opening_block = none;  // "We, the undersigned …", if any
    std::size_t last_signatory_header = none;  // the last block that reads as "Signatories:", if any
    bool signatory_header_at(std::size_t i) const;  // block i (body_start or later) reads as "Signatories:"
    std::size_t footer_start = 0;
    bool kind_named = false;
    mutable entry_readings readings_;  // reading(i), filled on first use
    // The country of the line that heads the signers being taken ("Armenia" over the Armenian
    // organisations), read once from that line: none outside such a group.
    std::optional<std::string> group_country_, group_country_code_;
    std::optional<signatory_type> group_type_;  // what the group's heading says its signers are
    // The group's heading names a body that governs a network ("The Steering Committee of the
    // Amber Coalition:", "Board members:"): its members, people most often, sign under it.
    bool group_governs_ = false;
    // The group's country is line's, if it names one, and its type, unless the line says whom
    // its people sign for (`on_behalf`: "On behalf of the X Forum:").
    void head_group(std::size_t line, bool on_behalf);
    std::optional<signatory_type> group_type_of(std::size_t k) const;
    static std::optional<signatory_type> group_type_in(std::string_view folded_heading);
    bool is_group_title(std::size_t k) const;  // "National organisations": a heading without a colon
    bool group_title_apart(std::size_t k) const;  // "Non-members" apart over the lines of its group
    bool titled_group_heading(std::size_t k, std::string_view text) const;  // "Religious Leaders" over its group
    bool is_state_heading(std::size_t k) const;  // "Alabama", "NEW MEXICO" over the signers from there
    void take_group_type(signatory& s) const;  // the group's type given to a signer under it
    std::size_t signature_organisation_line_ = none;  // a signature's organisation line, read into its person
    std::optional<coalition> signing_organisation_;  // one organisation that signs over the date, if any
    std::optional<coalition> list_network_;  // the network whose members the list is, named over it
    // The call of the authors a press release names ("A and B urged the authorities to …"):
    // its block, and its verb and where what it asks begins in raw_of(block).
    struct reported_call {
        std::size_t block, verb_begin, verb_end, asked;
    };
    void find_group_call();  // a call reported of authors not named one by one ("Twelve organisations urged …")
    std::optional<reported_call> reported_call_;
    std::size_t role_line_ = none;  // the last block taken as the role line under a person's name
    bool take_card_location(std::size_t k);  // "Accra, Ghana" under its signer's name on a card
    bool take_latest_signatures(std::size_t k);  // "Tomas B. – Brno, 2 hours ago" under the list: chrome
    bool time_ago_signers_ = false;  // a line with the time it was signed ("…, 2 hours ago") signs
    // "Асель Токтогулова      Бакыт Осмонов" / "Фонд «Право»      Центр «Адилет»": block k's
    // `signers` are the organisations of the people side by side in the row above; whether so.
    bool give_organisations_to_row_above(std::size_t k, std::vector<signatory> const& signers);
    std::size_t card_location_line_ = none;  // the last block taken as such a line
    // The organisation that a header over the signers being taken names ("On behalf of the
    // Coral Bay Forum:"), if any: the people under it sign for it.
    std::string group_behalf_;
    std::string behalf_in(std::size_t header) const;  // that organisation in a header block, or ""
    // The phrases asked of every block whole, learnt on the first question asked of the block.
    using block_phrases = lang::phrase_presence<&lang::language_table::first_person_plural,
                                                &lang::language_table::opening_phrases,
                                                &lang::language_table::appeal_cues,
                                                &lang::language_table::signing_cues,
                                                &lang::language_table::view_sharing_phrases,
                                                &lang::language_table::speaker_phrases>;
    mutable std::vector<block_phrases> phrases_;  // a block's each, made at the first question
};

}  // namespace document_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
