// The words of one language that the recognisers look for. Adding a language is adding one
// table (lang/<code>.hpp) and listing it in lang/languages.hpp; no recogniser names a word.
#pragma once
#include <civic/config.hpp>
#include <civic/model/statement_kind.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace lang {

// A read-only view of a constexpr array (C++17 has no std::span).
template <class T>
struct table_view {
    T const* first = nullptr;
    std::size_t count = 0;

    constexpr table_view() = default;
    template <std::size_t N>
    constexpr table_view(T const (&a)[N]) noexcept : first(a), count(N) {}

    constexpr T const* begin() const noexcept { return first; }
    constexpr T const* end() const noexcept { return first + count; }
    constexpr std::size_t size() const noexcept { return count; }
    constexpr bool empty() const noexcept { return count == 0; }
};

// A phrase that names a kind of statement ("joint statement", "Offener Brief").
struct kind_word {
    std::string_view phrase;
    statement_kind kind;
};

// A month name in any form a date uses (nominative, genitive, abbreviated).
struct month_name {
    std::string_view name;
    int month;  // 1..12
};

// Two spellings of one word in organisation names ("centre" / "center"): the organisation key
// writes every variant as its canonical form.
struct spelling_variant {
    std::string_view variant;
    std::string_view canonical;
};

// All phrases are matched case-insensitively (ASCII, Latin-1/Latin Extended and Cyrillic
// letters) against whole words. Phrases are UTF-8.
struct language_table {
    std::string_view code;  // ISO 639-1
    std::string_view name;  // English name of the language

    table_view<kind_word> kind_words;            // longest/most specific first
    table_view<month_name> months;
    table_view<std::string_view> stop_words;     // frequent function words, for detection
    table_view<std::string_view> opening_phrases;    // "we, the undersigned", "nous, soussignés"
    table_view<std::string_view> call_verbs;         // "call on", "call upon", "urge", "demand"
    table_view<std::string_view> signatory_headers;  // "signatories", "signed by" (without ':')
    table_view<std::string_view> chrome_phrases;     // "other news", "share", "leave a comment"
    table_view<std::string_view> person_titles;      // "Dr", "Mr", "Prof."
    table_view<std::string_view> organisation_words; // "association", "centre", "committee"
    table_view<std::string_view> conjunctions;       // "and", "und", "et", "и"
    table_view<std::string_view> list_closers;       // "and other organisations"
    table_view<std::string_view> addressee_openers;  // "to", "to the" (addressee lines: "To the President")
    table_view<std::string_view> coalition_markers;  // "members of" (… the Civic Solidarity Platform)
    table_view<std::string_view> name_column_words;     // table headers of a signatory's name: "name", "nom"
    table_view<std::string_view> country_column_words;  // table headers of its country: "country", "pays"
    table_view<std::string_view> obligation_words;      // "should", "must", "demands", "our expectations": a list
                                                        // after them is calls
    table_view<std::string_view> reporting_markers;     // "in a" (joint statement): a text that reports on a statement
    table_view<std::string_view> appeal_cues;           // "we appeal to", "join us", "звертаємось до": the authors
                                                        // turn to their readers for help: an appeal
    table_view<std::string_view> infinitive_markers;    // "to", "not to", "să": after a call verb, the addressee
                                                        // ends where one follows ("urge the Government to …")
    table_view<std::string_view> day_suffixes;          // "th", "er", "-го": after the day of a date ("7th May")
    table_view<std::string_view> date_linkers;          // "de": between the parts of a date ("7 de enero de 2022")
    table_view<std::string_view> today_words;           // "today": the date right after it is the statement's
    table_view<std::string_view> role_words;            // "journalist", "director": what a person signs as
    table_view<std::string_view> first_person_plural;   // "we", "our": the authors speak for themselves
    table_view<std::string_view> salutations;           // "dear", "szanowny": a letter greets its reader
    table_view<std::string_view> closings;              // "yours sincerely", "с уважением": a letter's last words before its signers
    table_view<std::string_view> subject_openers;       // "regarding", "щодо", "objet :": a letter's subject line opens so
    table_view<std::string_view> behalf_phrases;        // "on behalf of", "от имени": a group of signers signs for the organisation after it
    table_view<std::string_view> topic_markers;         // "on", "sur", "о": after a headline's addressee, what it is about
    table_view<std::string_view> signing_cues;          // "signed by", "подписали": signers named in a sentence follow
    table_view<std::string_view> call_prepositions;     // "à", "от": around an addressee, not part of it
    table_view<std::string_view> articles;              // "the", "die": not part of a name in running text
    table_view<std::string_view> legal_form_words;      // "e.v.", "ngo", "public association": a legal form
                                                        // before or after an organisation's name, not part of it
    table_view<spelling_variant> spelling_variants;     // "centre" → "center": one spelling for the organisation key
    table_view<std::string_view> patronymic_endings;    // "ович", "івна": a word ending so is a person's patronymic
    table_view<std::string_view> surname_endings;       // "ов", "енко", "escu": the first or last of two or three
                                                        // capitalised words that ends so is a person's surname
    table_view<std::string_view> given_names;           // "anna", "иван", "jean": a name that starts with one is a person's
    table_view<std::string_view> infinitive_endings;    // "ть", "ти": where no word marks the infinitive, a call's
                                                        // addressee ends at the word that ends so; "er", "ar":
                                                        // after "au gouvernement de", "al gobierno de"
    table_view<std::string_view> prepositions;          // "при", "para": with infinitive_endings: a call's addressee
                                                        // ends before one (ru, uk) or goes on after one (fr, es)
    table_view<std::string_view> second_person;         // "you", "вас", "pana": a letter's reader, named over its text
    table_view<std::string_view> reader_object_pronouns;  // "le", "les": before a call verb, the reader as its object
                                                          // ("Le solicitamos:"), words that are no pronouns of address
    table_view<std::string_view> reader_possessives;    // "your", "votre", "ваше": the reader's own ("your government"),
                                                        // asked as the reader is
    table_view<std::string_view> signing_invitations;   // "open for signature", "pour signer": the text invites signers
    table_view<std::string_view> obligation_verbs;      // "must", "doit", "должны": a headline's demand on the words before
    table_view<std::string_view> passive_auxiliaries;   // "be", "être", "быть": after a modal, a passive (no one named)
    table_view<std::string_view> town_markers;          // "м.", "г.": a town's name follows (uk, ru)
    table_view<std::string_view> place_column_words;    // "city", "місто": a table's column of towns
    table_view<std::string_view> type_column_words;     // "type", "тип": a table's column of what each signer is
    table_view<std::string_view> affiliation_column_words;     // "affiliation", "organisation": beside a column of
                                                               // people's names, the organisation each signs for
    table_view<std::string_view> representative_column_words;  // "signed by", "contact person": beside a column of
                                                               // organisations, who signs for each, no signer
    table_view<std::string_view> post_column_words;       // "title", "position": a table's column of each
                                                          // signing person's post
    table_view<std::string_view> signature_column_words;  // "signature", "podpis": a printed sheet's blank column
                                                          // for each signer's hand
    table_view<std::string_view> contact_column_words;    // "contact", "e-mail", "сайт": a table's column of each
                                                          // signer's address, no signer nor what it is
    table_view<std::string_view> author_verbs;          // "condemn", "wenden sich": with call_verbs, what the
                                                        // authors a press release names do ("A and B condemn …"),
                                                        // or the authors beside their "we" ("Nous, A et B,
                                                        // dénonçons …")
    table_view<std::string_view> state_words;           // "ministry", "prosecutor's office": an organ of a state,
                                                        // reported on, not a signer
    table_view<std::string_view> entitlement_phrases;   // "be free to", "the right to": after an obligation word,
                                                        // a list of rights follows, not demands
    table_view<std::string_view> also_words;            // "also", "également", "также": between a call verb and
                                                        // its addressee, no part of it
    table_view<std::string_view> reported_call_verbs;   // "urged", "призвали": author_verbs that report a call,
                                                        // its addressee after them
    table_view<std::string_view> organisation_kinds;    // "company", "hackerspace": in a table's column of kinds,
                                                        // an organisation, beside organisation_words
    table_view<std::string_view> clause_openers;        // "that", "que", "чтобы": after a call verb, a clause
                                                        // whose subject is the addressee
    table_view<std::string_view> author_groups;         // "organisations", "coalition": a press release's unnamed
                                                        // authors ("Twelve organisations today urged …")
    table_view<std::string_view> section_headings;      // "Background", "Notes to editors": the text's own
                                                        // heading after its list of signers
    table_view<std::string_view> person_groups;         // "Individuals", "Частные лица": a group of people
    table_view<std::string_view> faith_groups;          // "Catholic", "Interfaith", "Православные": alone on a
                                                        // line, the heading of a list's signers of one faith
    table_view<std::string_view> update_words;          // "last updated", "mis à jour": a page changed after it was published
    table_view<std::string_view> copy_keys;             // "cc", "con copia a": a letter's copy list
                                                        // among the signers
    table_view<std::string_view> following_words;       // "the following", "следующем": words that point
                                                        // at the list under them, no addressee
    table_view<std::string_view> demand_verbs;          // "release", "ensure", "que": a word that opens a
                                                        // demand standing as a paragraph of its own (an
                                                        // imperative where no ending marks the infinitive)
    table_view<std::string_view> demand_endings;        // "enia", "area": where no table lists the verbs, the
                                                        // ending of a word that opens a demand standing as a
                                                        // paragraph, an action's noun ("Wprowadzenia …",
                                                        // "Retragerea …") or an infinitive ("Wycofać …")
    table_view<std::string_view> dative_endings;        // "ам", "ому": where nouns decline and no article
                                                        // stands before them, a heading over demands
                                                        // names their addressee in the dative
    table_view<std::string_view> form_name_labels;      // "name", "nom", "фио": a signing form's field of a
                                                        // person's name ("Name: Mira Tallow")
    table_view<std::string_view> form_behalf_labels;    // "for", "pour": the organisation a form's person signs for
    table_view<std::string_view> form_role_labels;      // "title", "fonction", "посада": a form's field of a role
    table_view<std::string_view> signature_words;       // "signature", "signé", "подпись": in brackets, a
                                                        // handwritten signature ("(Signed)")
    table_view<std::string_view> signature_abbreviations;  // "sgd", "gez", "fdo": alone on a line, a signature
    table_view<std::string_view> version_words;         // "version", "available in": a short line that points
                                                        // to the text in another language ("Arabic version: …")
    table_view<std::string_view> occasion_openers;      // "on the occasion of", "à l'occasion de": after a
                                                        // dateline's date, the day's occasion
    table_view<std::string_view> withheld_names;        // "anonymous", "name withheld": a signer who gives no
                                                        // name; two such are two signers
    table_view<std::string_view> demand_labels;         // "recommendation", "forderung": with a number, opens
                                                        // a demand's paragraph ("Recommendation 1: Codify …")
    table_view<std::string_view> delivery_phrases;      // "submitted via", "via electronic mail", "par courriel":
                                                        // a letter's line that says how it was sent, no headline
    table_view<std::string_view> retirement_marks;      // "rtd", "retd.", "в отставке": in parentheses after a
                                                        // title, its holder has retired ("Justice (Rtd) Thomas Masuku")
    table_view<std::string_view> speaker_phrases;       // "delivered by", "lu par": an oral statement's line that
                                                        // names who speaks it, no headline
    table_view<std::string_view> prohibitions;          // "do not", "don't", "nie": a demand that forbids opens
                                                        // so, no address ("Do not extradite …")
    table_view<std::string_view> name_abbreviations;    // "im.", "им.": an abbreviation in lower case inside a
                                                        // name, whose full stop ends no sentence
                                                        // ("Fundacja im. Stefana Batorego")
    table_view<std::string_view> about_openers;         // "about", "à propos de", "über": with a name after
                                                        // them, the heading of a paragraph about an
                                                        // organisation ("About Amber Network")
    table_view<std::string_view> page_field_labels;     // "format", "countries", "pays": alone on a line, the
                                                        // label of a page's field, its value on the next line
    table_view<std::string_view> capacity_remarks;      // "in a personal capacity", "à titre personnel": in
                                                        // parentheses after a signer, that they sign for
                                                        // themselves; none of their name, role or country
    table_view<std::string_view> post_nominals;         // "phd", "obe", "qc", "mdb": letters after a person's
                                                        // name ("Mary Lee OBE QC"), no organisation's acronym
    table_view<std::string_view> branch_words;          // "office", "bureau", "отделение": first or last in
                                                        // words after an organisation's name, a branch of it
                                                        // ("Human Rights Watch (HRW), Brussels office")
    table_view<std::string_view> governing_bodies;      // "steering committee", "координационный совет": a body
                                                        // that governs a network, a line over its members' names
                                                        // ("The Steering Committee of the Amber Coalition:")
    table_view<std::string_view> member_phrases;        // "and its members", "et ses membres": after a network's
                                                        // name, its members speak with it ("The Amber Network
                                                        // (AN) and its members condemn …")
    table_view<std::string_view> proceeding_captions;   // "before the", "in the matter of", "devant le": a
                                                        // filing's caption opens so, naming the tribunal or
                                                        // the proceeding, over the filing's own heading
    table_view<std::string_view> compound_heads;        // "vice", "премьер", "северо": the first part of a
                                                        // compound, whose hyphen at a line's end stays
                                                        // ("Премьер-" / "министр"), no word broken in two
    table_view<std::string_view> mandate_prepositions;  // "по", "против": after a body's title in capitals, a
                                                        // preposition that opens its mandate, part of its name
                                                        // ("Уполномоченного по правам человека", "Комитет
                                                        // против пыток"), where a preposition ends an addressee
    table_view<std::string_view> signing_statuses;      // "supporter", "endorsing", "Erstunterzeichner": in
                                                        // parentheses after a signer, the part it takes in
                                                        // the signing, its role ("Amber Forum (observer)")
    table_view<std::string_view> group_scopes;          // "european level", "niveau national", "landesebene":
                                                        // a group's label of the level its signers work at,
                                                        // glued before them ("National level: A, B")
    table_view<std::string_view> author_joiners;        // "by the", "of the", "du", "de la": in a headline, the
                                                        // words between its kind and its author's name
                                                        // ("Statement by the Amber Forum", "Déclaration du
                                                        // Collectif …")
    table_view<std::string_view> exile_remarks;         // "in exile", "en exil", "в изгнании": in parentheses
                                                        // after an organisation, that it works from abroad;
                                                        // none of its name, and no person's role
    table_view<std::string_view> consultative_statuses;  // "non-governmental organization in special consultative
                                                         // status", "ngo without consultative status": after the
                                                         // names of a UN statement's submitters, or of those who
                                                         // share its views, what they are to the UN
    table_view<std::string_view> base_phrases;          // "based in", "basée à", "mit Sitz in": in parentheses
                                                        // after an organisation, where it is based; the
                                                        // place after them its place ("(based in London)")
    bool verb_second = false;  // a main clause may put its subject after the verb: "Heute fordern A und B …" (de)
    table_view<std::string_view> company_forms;         // "corp.", "s.a.": a company's legal form written with
                                                        // a full stop, which ends no sentence where it ends a
                                                        // headline ("Open letter to … Orinoco Gold Corp.")
    table_view<std::string_view> complement_prepositions;  // "de", "des", "del": after a conjunction, more of
                                                           // a name's complement, no addressee of its own ("la
                                                           // Commission des droits de l'homme et des peuples")
    table_view<std::string_view> letter_openers;        // "letter to", "lettre au", "carta a": a headline that
                                                        // names a letter by its reader, a letter though it
                                                        // calls it neither open nor joint
    table_view<std::string_view> given_name_column_words;  // "first name", "prénom": a form's column of each
                                                           // person's given name, beside their surname's
    table_view<std::string_view> surname_column_words;     // "last name", "nom": beside a column of given
                                                           // names, each person's surname
    table_view<std::string_view> timestamp_column_words;   // "timestamp", "horodateur": a form's export's column
                                                           // of when each signer answered or signed
    table_view<std::string_view> view_sharing_phrases;  // "also share the views expressed", "partagent également
                                                        // les vues exprimées": the UN's formula after the names
                                                        // of those who join a statement without submitting it
    table_view<std::string_view> patronymic_column_words;  // "отчество", "по батькові": beside the columns of
                                                           // given names and surnames, each person's patronymic
    table_view<std::string_view> standing_remarks;      // "member", "observer status", "in formation": in
                                                        // parentheses after an organisation, what it is to a
                                                        // body it belongs to, its status with one, or that it
                                                        // is still being founded; none of its name ("Amber
                                                        // Press Foundation (IFEX member)")
    table_view<std::string_view> member_introducers;    // "whose members are", "dont les membres sont",
                                                        // "членами которой являются": after the name of
                                                        // the network beside the authors' "we", the words
                                                        // that introduce its members, the signers ("We,
                                                        // the Amber Network, whose members are A, B and C,
                                                        // condemn …"); the network signs none itself
    table_view<std::string_view> review_names;          // "universal periodic review", "упо": the UN's review
                                                        // of a state's record, opening a submission's cover
                                                        // line ("Universal Periodic Review of Veloria")
    table_view<std::string_view> review_rounds;         // "cycle", "session", "período de sesiones": after an
                                                        // ordinal, a review's round or its body's sitting
                                                        // ("4TH CYCLE", "47th session of the UPR Working Group")
    table_view<std::string_view> complement_topic_markers;  // "von": a topic marker that also joins a name's
                                                            // complement before a capital; in a call, the
                                                            // addressee goes on ("an die Regierung von Veloria")
    table_view<std::string_view> self_references;  // "this", "the present", "cette", "настоящее": before a kind's
                                                   // word, the text naming itself ("This statement is signed
                                                   // by …" is no report on another)
    table_view<std::string_view> chair_thanks;     // "thank you", "merci", "спасибо": before a greeting of the
                                                   // chair ("Thank you, Mr. President."), a statement read
                                                   // out begins its speech so, under the names it speaks for
    table_view<std::string_view> demanded_actions;  // "release", "libération", "освобождения": an action's
                                                    // noun that names what a call asks for, never whom
                                                    // it asks ("We urge the release of X sentenced … to")
};

}  // namespace lang
CIVIC_NAMESPACE_END
