// German: the words German-language statements use to name their kind, date themselves,
// open, demand, list their signatories, and the web-page chrome scraped around them.
// Every phrase is in utf8::fold form (lower case: "offener brief", not "Offener Brief").
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace de_detail {

using sk = statement_kind;

// "Erklärung" is what German NGOs call a statement; "Deklaration" is the declaration.
// Inflected forms ("einen offenen Brief", "gemeinsamen Erklärung") are listed because
// kind words are also found in running text.
inline constexpr kind_word kind_words[] = {
    {"gemeinsame pressemitteilung", sk::press_release},
    {"gemeinsame presseerklärung", sk::press_release},
    {"gemeinsame erklärung", sk::joint_statement},
    {"gemeinsame mündliche erklärung", sk::joint_statement},  // spoken at a session of a UN body
    {"gemeinsamen erklärung", sk::joint_statement},
    {"gemeinsame stellungnahme", sk::joint_statement},
    {"gemeinsamer offener brief", sk::open_letter},
    {"offener brief", sk::open_letter},
    {"offenen brief", sk::open_letter},
    {"gemeinsamer brief", sk::open_letter},
    {"gemeinsamer appell", sk::appeal},
    {"gemeinsamer aufruf", sk::appeal},
    {"appell", sk::appeal},
    {"aufruf", sk::appeal},
    {"deklaration", sk::declaration},
    {"pressemitteilung", sk::press_release},
    {"presseerklärung", sk::press_release},
    {"erklärung", sk::statement},
    {"stellungnahme", sk::statement},
    {"positionspapier", sk::statement},
    {"petition", sk::petition},
};

// Austrian "Jänner" and "Feber" and the transliterated "maerz" included.
inline constexpr month_name months[] = {
    {"januar", 1},    {"jänner", 1},    {"februar", 2},  {"feber", 2},      {"märz", 3},
    {"maerz", 3},     {"april", 4},     {"mai", 5},      {"juni", 6},       {"juli", 7},
    {"august", 8},    {"september", 9}, {"oktober", 10}, {"november", 11},  {"dezember", 12},
    {"jan.", 1},      {"jän.", 1},      {"feb.", 2},     {"febr.", 2},      {"mär.", 3},
    {"märz.", 3},     {"apr.", 4},      {"jun.", 6},     {"jul.", 7},       {"aug.", 8},
    {"sep.", 9},      {"sept.", 9},     {"okt.", 10},    {"nov.", 11},      {"dez.", 12},
};

// "in" is shared with English and weighted down by the detector; "es" is left out (the
// Spanish verb is as frequent).
inline constexpr std::string_view stop_words[] = {
    "und",    "der",     "die",    "das",    "nicht",  "mit",    "für",    "den",    "dem",
    "des",    "ein",     "eine",   "einer",  "eines",  "einen",  "ist",    "sind",   "wird",
    "werden", "wurde",   "wurden", "auf",    "sich",   "von",    "zu",     "zum",    "zur",
    "auch",   "im",      "bei",    "nach",   "als",    "aus",    "wir",    "sie",    "um",
    "oder",   "aber",    "durch",  "über",   "dass",   "daß",    "noch",   "wie",    "nur",
    "vor",    "gegen",   "unter",  "haben",  "hat",    "kein",   "keine",  "diese",  "dieser",
    "sowie",  "bereits", "insbesondere", "in", "unsere", "uns",
};

inline constexpr std::string_view opening_phrases[] = {
    "wir, die unterzeichnenden organisationen",
    "wir, die unterzeichnenden",
    "wir, die unterzeichner",
    "wir, die unterzeichnerinnen und unterzeichner",
    "wir unterzeichnenden organisationen",
    "die unterzeichnenden organisationen",
    "die unterzeichnenden",
    "die unterzeichner*innen",
    "die unterzeichnerinnen und unterzeichner",
};

// Separable verbs are listed by their finite part ("rufen … auf", "fordern … auf").
inline constexpr std::string_view call_verbs[] = {
    "fordern",   "fordert",   "appellieren", "appelliert", "rufen",     "ruft",
    "bitten",    "bittet",    "verlangen",   "verlangt",   "drängen",   "drängt",
    "empfehlen", "empfiehlt", "auffordern",  "mahnen",
    // "Wir richten folgende Forderungen an die Regierung von Veloria:": the noun, its addressee
    // after it.
    "forderungen an",
};

inline constexpr std::string_view signatory_headers[] = {
    "unterzeichnende organisationen", "unterzeichnet von",     "unterstützt von",
    "erstunterzeichner*innen",        "erstunterzeichnerinnen", "erstunterzeichnende",
    "erstunterzeichner",              "unterzeichner*innen",   "unterzeichnerinnen",
    "unterzeichnende",                "unterzeichner",         "mitzeichnende",
    "unterzeichnet",                  "unterschriften",
    "organisationen",
    "einzelpersonen",
    "vereine",
    "liste der unterzeichnenden organisationen", "liste der unterzeichnenden", "liste der unterzeichner",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "mitglieder", "mitgliedsorganisationen",
    // The initiators of a statement, over its list or beside it.
    "initiiert von",
    // A petition page's author, under its text ("Gestartet von: Weserkreis Solidarität").
    "gestartet von", "petition gestartet von",
    "initiator*innen",
    "initiatoren",
    "gemeinsam mit", "zusammen mit",
    "unterstützer*innen", "unterstützerinnen", "unterstützer", "die unterzeichnenden", "unterstützende organisationen",
    "mitzeichner*innen",
    // The gender gap written with an underscore or a colon ("Unterzeichner_innen", "Erstunterzeichner:innen").
    "unterzeichner_innen", "unterzeichner:innen", "erstunterzeichner_innen", "erstunterzeichner:innen",
    "unterstützer_innen", "unterstützer:innen", "mitzeichner_innen", "mitzeichner:innen",
    "initiator_innen", "initiator:innen",
};

inline constexpr std::string_view chrome_phrases[] = {
    "weitere nachrichten", "weitere artikel", "das könnte sie auch interessieren",
    "weiterlesen",       "mehr lesen",       "mehr erfahren",    "teilen",
    "lesen sie auch",    "auch interessant",
    "auf facebook teilen", "drucken",        "kommentare",       "kommentar schreiben",
    "antworten",         "schlagwörter",     "kategorien",       "abonnieren",
    "newsletter",        "newsletter abonnieren", "jetzt spenden", "spenden",
    "menü",              "startseite",       "suche",            "zum inhalt springen",
    "vorheriger beitrag", "nächster beitrag", "nach oben",       "alle rechte vorbehalten",
    "impressum",         "datenschutz",      "datenschutzerklärung", "kontakt",
    "zur sofortigen veröffentlichung", "pressekontakt", "für weitere informationen",
    "herunterladen", "download",
    "ähnliche beiträge", "verwandte artikel", "veröffentlicht in",
    "sperrfrist",
    // Skip links and links to the full text.
    "springe zum inhalt", "zum inhalt wechseln", "zum hauptinhalt springen", "zum hauptinhalt", "direkt zum inhalt",
    // A page's share bar, labels and links after the text.
    "artikel teilen", "mehr zum thema", "schlagworte", "pdf herunterladen", "auch verfügbar in",
    "quelle",
    "ansprechpartnerin",
    "ansprechpartner",
    "weitere informationen",
    "folgen sie uns",
    "medienkontakt",
    "rückfragehinweis",
    "rückfragen",
    "presseanfragen",
    "jetzt appell unterzeichnen",
    "jetzt unterzeichnen",
    "diesen beitrag teilen",
    "teilen auf",
    "zurück zur übersicht",
    "zurück",
};

inline constexpr std::string_view person_titles[] = {
    "dr.", "dr", "prof.", "prof", "herr", "frau", "pfarrer", "pfarrerin", "rechtsanwalt",
    "rechtsanwältin", "mdb", "mdep",
    // Austrian and German academic titles, written before the name and often chained ("Univ.-Prof.
    // Mag. Dr. Peter Huber", "MMag. Eva Berger", "Dipl.-Ing. Karl Auer", "Mag. iur. Lena Gruber").
    "mag.", "mmag.", "dipl.-ing.", "dipl.-kfm.", "dipl.-psych.", "univ.-prof.", "ao. univ.-prof.",
    "priv.-doz.", "hon.-prof.",
};

inline constexpr std::string_view organisation_words[] = {
    "verein",   "verband",    "bündnis",     "stiftung",   "netzwerk",   "initiative",
    "gruppe",   "gesamtverband", "arbeitsgemeinschaft", "gesellschaft", "vereinigung",
    "bund",     "rat",        "komitee",     "zentrum",    "institut",   "forum",
    "kampagne", "flüchtlingsrat", "dienst",  "werk",       "haus",       "büro",
    "e.v.",     "e. v.",      "ev",          "ggmbh",      "gmbh",       "ag",
    "partei",   "gewerkschaft", "aktionsbündnis", "akademie", "liga",     "union",
    // Short words that end a compound ("Presseclub", "Naturschutzbund", "Hilfswerk",
    // "Menschenrechtsbüro"), written with their hyphen: no surname ends in them.
    "club",     "klub",       "-club",       "-klub",      "-bund",      "-werk",      "-büro",
    // A university: an organisation, and the affiliation a scholar signs with
    // ("Anna Berg – Universität Wien").
    "universität",
};

inline constexpr std::string_view conjunctions[] = {"und", "sowie"};

inline constexpr std::string_view list_closers[] = {
    "und weitere organisationen", "und weitere", "und viele weitere", "und andere",
    "u.a.",                       "usw.",
    "und mehr als",
    "sowie weitere",
};

inline constexpr std::string_view addressee_openers[] = {
    "an die", "an den", "an das", "an", "sehr geehrte damen und herren", "sehr geehrte",
    "sehr geehrter", "liebe", "lieber",
};

inline constexpr std::string_view coalition_markers[] = {
    "mitglieder des",
    "mitglieder der",
    "mitgliedsorganisationen des",
    "mitgliedsorganisationen der",
};

inline constexpr std::string_view name_column_words[] = {
    "name",
    "organisation",
};

inline constexpr std::string_view country_column_words[] = {
    "land",
    "staat",
};

inline constexpr std::string_view obligation_words[] = {
    "müssen",
    "muss",
    "sollen",
    "sollte",
    "sollten",
    "forderungen",
    "empfehlungen",
    "erwartungen",
};

inline constexpr std::string_view reporting_markers[] = {
    "in einem",
    "in einer",
    "in ihrem",
    "in ihrer",
    "haben einen",
    "haben eine",
    // the kind word as the object of a verb or a preposition ("haben dazu einen offenen
    // Brief erarbeitet"): a title names its kind in the nominative, a report in these cases
    "einen",
    "einem",
    "einer",
};

inline constexpr std::string_view appeal_cues[] = {
    "wir appellieren",
    "schließen sie sich uns an",
    "schließt euch uns an",
    "macht mit",
    "wir rufen alle",
};

inline constexpr std::string_view infinitive_markers[] = {
    "dazu",
    "auf",
};

inline constexpr std::string_view today_words[] = {
    "heute",
};

inline constexpr std::string_view role_words[] = {
    "journalist",
    "journalistin",
    "rechtsanwalt",
    "rechtsanwältin",
    "anwalt",
    "anwältin",
    "direktor",
    "direktorin",
    "professor",
    "professorin",
    "vorsitzender",
    "vorsitzende",
    "präsident",
    "präsidentin",
    "koordinator",
    "koordinatorin",
    "aktivist",
    "aktivistin",
    "forscher",
    "forscherin",
    "experte",
    "expertin",
    "mitglied",
    "redakteur",
    "redakteurin",
    "gründer",
    "gründerin",
    "geschäftsführer",
    "geschäftsführerin",
    "abgeordneter",
    "abgeordnete",
    "sprecher",
    "sprecherin",
    "beobachter",
    "beobachterin",
};

inline constexpr std::string_view first_person_plural[] = {
    "wir",
    "uns",
    "unser",
    "unsere",
    "unseren",
    "unserer",
    "unterzeichnenden",
    "unterzeichnende",
};

inline constexpr std::string_view salutations[] = {
    "sehr geehrte",
    "sehr geehrte damen und herren",
    "damen und herren",
    "sehr geehrter",
    "sehr geehrtes",
    "liebe",
    "lieber",
    // "Herr Präsident,", "Danke, Frau Vorsitzende.": a statement read out greets the chair.
    "herr präsident",
    "frau präsidentin",
    "herr vorsitzender",
    "frau vorsitzende",
};

inline constexpr std::string_view subject_openers[] = {
    "betreff:",
    "betrifft:",
    "bezüglich",
    "zum thema",
    "im zusammenhang mit",
};

inline constexpr std::string_view behalf_phrases[] = {
    "im namen von",
    "im namen der",
    "im namen des",
};

inline constexpr std::string_view topic_markers[] = {
    "zu",
    "zum",
    "zur",
    "über",
    "wegen",
    "gegen",
    "betreffend",
    "bezüglich",
    "von",
    "vom",
};

inline constexpr std::string_view closings[] = {
    "mit freundlichen grüßen",
    "mit freundlichem gruß",
    "freundliche grüße",
    "hochachtungsvoll",
    "mit solidarischen grüßen",
    "solidarische grüße",
    "beste grüße",
    "viele grüße",
    "mit besten grüßen",
};

inline constexpr std::string_view signing_cues[] = {
    "unterzeichnet von",
    "unterzeichnet",
    "unterzeichner",
    "veranstalter",
};

inline constexpr std::string_view call_prepositions[] = {
    "an",
    "auf",
    "zu",
    "von",
};

inline constexpr std::string_view articles[] = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
};

// A legal form before or after an organisation's name, dropped by the organisation key.
inline constexpr std::string_view legal_form_words[] = {
    "e.v.",
    "ggmbh",
    "gmbh",
    "gug",
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "hans", "peter", "klaus", "wolfgang", "jürgen", "michael", "thomas", "andreas", "stefan",
    "frank", "uwe", "dieter", "günter", "karl", "heinz", "werner", "jens", "matthias", "markus",
    "martin", "christian", "sebastian", "tobias", "jan", "lukas", "felix", "ursula", "monika",
    "petra", "sabine", "andrea", "claudia", "susanne", "birgit", "gabriele", "renate", "ingrid",
    "katharina", "julia", "anja", "heike", "barbara", "christine", "karin", "brigitte", "elke",
    "ulrike", "annette", "jutta",
    "maximilian",
    "anna",
    "lena",
    "sarah",
    "laura",
    "lisa",
    "johanna",
};

inline constexpr std::string_view second_person[] = {
    "sie",
    "ihnen",
    "euch",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    // A signing page's button ("Petition unterschreiben"), which names the kind of the text it is over.
    "petition unterschreiben",
    "unterschreiben sie die petition",
    "offen zur unterzeichnung",
    "offen für weitere unterzeichnende",
    "unterzeichnen möchten",
    "unterzeichnen möchte",
    "zum unterzeichnen",
    "mitzeichnen möchten",
    "jetzt mitzeichnen",
    "jetzt unterzeichnen",
    "liste bleibt offen",
    // Where the whole list is: "The full list of signatories is available at …".
    "vollständige liste der unterzeichnenden",
    "vollständige liste der unterzeichner",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "unterschriften: siehe",
    "unterzeichnende: siehe",
    "unterzeichner: siehe",
    "unterzeichnenden: siehe",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "muss",
    "müssen",
    "soll",
    "sollen",
    "sollte",
    "sollten",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "sein",
    "werden",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "stadt",
    "ort",
    "region",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "typ",
    "art",
    "kategorie",
    "bereich",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "organisation",
    "institution",
    "zugehörigkeit",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "unterzeichnet von",
    "vertreten durch",
    "vertreter",
    "vertreterin",
    "kontaktperson",
    "ansprechperson",
};

// "Name | Funktion | Ort": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "titel",
    "funktion",
    "position",
    "amt",
};

// "Name | Ort | Unterschrift": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "unterschrift",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "kontakt",
    "kontaktdaten",
    "e-mail",
    "email",
    "webseite",
    "website",
    "internetseite",
    "telefon",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names).
inline constexpr std::string_view author_verbs[] = {
    "wenden sich",
    "wandten sich",
    "richten sich",
    "verurteilen",
    "verurteilten",
    "kritisieren",
    "kritisierten",
    "begrüßen",
    "warnen",
    "warnten",
    "erklären",
    "erklärten",
    "protestieren",
    "appellierten",
    "forderten",
    "riefen",
    "schreiben",
    "schrieben",
    "veröffentlichen",
    "veröffentlichten",
    "lehnen",
    "äußern",
    "sind besorgt",
    "haben sich",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "ministerium",
    "minister",
    "ministerin",
    "regierung",
    "bundesregierung",
    "bundestag",
    "bundesrat",
    "parlament",
    "landtag",
    "staatsanwaltschaft",
    "gericht",
    "polizei",
    "präsident",
    "präsidentin",
    "botschaft",
    "behörden",
    "bundeswehr",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "das recht",
    "recht auf",
    "ihre rechte",
    "frei sein",
    "in der lage sein",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "auch",
    "außerdem",
    "zudem",
    "ferner",
    "erneut",
    "daher",
    "deshalb",
    "nachdrücklich",
    "dringend",
    "eindringlich",
    "wir",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "appellierten",
    "forderten",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "unternehmen",
    "genossenschaft",
    "firma",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "dass",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "organisationen",
    "verbände",
    "gruppen",
    "bündnis",
    "initiativen",
    "vereine",
    "ngos",
    "gewerkschaften",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "hintergrund",
    "anhang",
    "anlage",
    "hinweis für redaktionen",
    "hinweise für redaktionen",
    "über uns",
    "kontext",
    "anmerkungen", "fußnoten", "quellen",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "einzelpersonen",
    "privatpersonen",
    "persönlichkeiten",
    "personen",
    "unterzeichnende personen",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "buddhistisch",
    "christlich",
    "evangelisch",
    "interreligiös",
    "islamisch",
    "jüdisch",
    "katholisch",
    "muslimisch",
    "ökumenisch",
    "orthodox",
};

// A page's note that it was changed after it was published ("Zuletzt aktualisiert am 5. März 2024"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "aktualisiert", "zuletzt aktualisiert", "aktualisiert am", "geändert am",
};

// The key of a letter's copy list ("Nachrichtlich an: …"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "nachrichtlich an", "nachrichtlich", "kopie an", "kopie", "cc",
};

inline constexpr std::string_view following_words[] = {
    "folgendes",
    "folgende",
    "folgenden",
};

// The label of a signing form's field of a person's name ("Name: Mira Tallow").
inline constexpr std::string_view form_name_labels[] = {
    "name",
    "vor- und nachname",
    "vorname und name",
    "vor- und zuname",
};

// The label of the organisation a signing form's person signs for ("Für: Bündnis Bernstein").
inline constexpr std::string_view form_behalf_labels[] = {
    "für",
};

// The label of a signing form's field of its signer's role ("Funktion: Vorsitzende").
inline constexpr std::string_view form_role_labels[] = {
    "funktion",
    "position",
};

// A word that stands for a handwritten signature in brackets ("(Unterschrift)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "unterschrift",
    "gezeichnet",
};

// An abbreviation that stands for a signature on a line of its own ("gez.").
inline constexpr std::string_view signature_abbreviations[] = {
    "gez",
};

// A word of a short line that points to the text in another language:
// "Arabische Fassung", "Diese Erklärung ist auch auf Englisch verfügbar".
inline constexpr std::string_view version_words[] = {
    "fassung", "version", "verfügbar in", "verfügbar auf",
};

// On a dateline, after its date and a comma: the occasion the day marks ("anlässlich …").
inline constexpr std::string_view occasion_openers[] = {
    "anlässlich",
    "zum anlass",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "anonym", "anonyme",
};

// The word that numbers a demand standing as a paragraph of its own: "Empfehlung 1: Streichen …", "Forderung 2: …".
inline constexpr std::string_view demand_labels[] = {
    "empfehlung",
    "forderung",
    "vorschlag",
};

// "Per E-Mail", "Vorab per Fax": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "per e-mail",
    "per fax",
    "per post",
    "per boten",
    "vorab per e-mail",
    "vorab per fax",
    "übermittelt per e-mail",
    "auf elektronischem wege",
};

// In parentheses after a title, its holder has retired: "(a. D.)", "(i. R.)"
// ("General (a. D.) Jan Horn").
inline constexpr std::string_view retirement_marks[] = {
    "a. d.", "a.d.", "i. r.", "i.r.",
};

// "Vorgetragen von Mira Tallow": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "vorgetragen von",
    "verlesen von",
    "gehalten von",
};

// "Über Amnesty International": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "über",
};

// "Keine Abschiebung nach …", "Kein Freibrief für …": a demand that forbids opens so.
inline constexpr std::string_view prohibitions[] = {
    "keine",
    "kein",
};

// The labels of a page's fields, each alone on its line over its value
// ("Format" / "Pressemitteilung", "Länder:" / "Sudan, Tschad"): the
// page that republishes a statement (an aggregator's), not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "format", "quelle", "quellen", "veröffentlicht", "ursprünglich veröffentlicht", "länder", "themen", "anhänge",
};

// "(in persönlicher Eigenschaft)", "(als Privatperson)": after a signer, that they sign for themselves.
inline constexpr std::string_view capacity_remarks[] = {
    "in persönlicher eigenschaft",
    "als privatperson",
    "persönlich",
    "privat",
};

// "Anna Berg MdB", "Oren Vale MdEP": a member's letters after a person's name, no acronym of
// an organisation.
inline constexpr std::string_view post_nominals[] = {
    "mdb", "mdl", "mdep", "mda",
    // Degrees written after the name in Austria and Germany ("Mag. iur. Lena Gruber, LL.M.").
    "ll.m.", "mba", "m.a.", "b.a.", "msc", "bsc",
};

// "… (AI), Büro Berlin", "… (AI), Sektion Deutschland": an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "büro", "sektion", "zweigstelle", "geschäftsstelle", "landesverband",
};

// A body that governs a network, over its members' names in the list (language_table.hpp).
inline constexpr std::string_view governing_bodies[] = {
    "vorstand",
    "koordinierungskreis",
    "koordinierungsrat",
    "lenkungsausschuss",
    "lenkungskreis",
    "sprecherrat",
    "präsidium",
};

// After a network's name, its members with it (language_table.hpp).
inline constexpr std::string_view member_phrases[] = {
    "und seine mitgliedsorganisationen",
    "und ihre mitgliedsorganisationen",
    "und seine mitglieder",
    "und ihre mitglieder",
};

// "Vor dem Bundesverwaltungsgericht", "In der Sache": a filing's caption, over its own heading
// ("Gemeinsame Stellungnahme von …").
inline constexpr std::string_view proceeding_captions[] = {
    "vor dem",
    "vor der",
    "in der sache",
    "in sachen",
};

// "Vize-" / "präsident", "anti-" / "demokratisch": the first part of a compound, whose hyphen at a
// line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"anti", "vize"};

inline constexpr std::string_view signing_statuses[] = {
    "unterstützer",
    "unterstützerin",
    "unterstützer*in",
    "unterstützer:in",
    "unterstützende",
    "unterstützend",
    "unterstützende organisation",
    "unterzeichner",
    "unterzeichnerin",
    "erstunterzeichner",
    "erstunterzeichnerin",
    "erstunterzeichnende",
    "mitunterzeichner",
    "mitunterzeichnerin",
    "mitzeichner",
    "mitzeichnerin",
    "initiator",
    "initiatorin",
    "beobachter",
    "beobachterin",
};

inline constexpr std::string_view group_scopes[] = {
    "europäische ebene",
    "eu-ebene",
    "nationale ebene",
    "bundesebene",
    "landesebene",
    "regionale ebene",
    "internationale ebene",
    "lokale ebene",
    "kommunale ebene",
    "auf europäischer ebene",
    "auf bundesebene",
    "auf landesebene",
};

// "Presseclub Drava (im Exil)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "im exil",
};

// A legal form abbreviated with full stops ("Amber Verein e.V."); "GmbH" and "AG" take none.
inline constexpr std::string_view company_forms[] = {
    "e.v.",
};

// "Flüchtlingshilfe Drava (mit Sitz in Graz)": the words that say where an
// organisation is based, in parentheses after its name, before the place.
inline constexpr std::string_view base_phrases[] = {
    "mit sitz in", "mit sitz im", "ansässig in",
};

// "Brief an die Bundesregierung", "Schreiben an den Vorstand der …": a headline that names a
// letter by its reader, though it calls it neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "brief an",
    "schreiben an",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "vorname", "vornamen",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "name", "nachname", "familienname",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "zeitstempel",
    "unterzeichnet am", "datum der unterzeichnung",
};

// "Bernstein Stiftung (IFEX-Mitglied)", "Bernstein Zentrum (Beobachterstatus)", "Bernstein
// Initiative (in Gründung)": what an organisation is to a body it belongs to, its status with
// one, or that it is still being founded; in parentheses after its name, none of it.
inline constexpr std::string_view standing_remarks[] = {
    "mitglied",
    "mitglieder",
    "mitgliedsorganisation",
    "status",
    "beobachterstatus",
    "konsultativstatus",
    "akkreditiert",
    "in gründung",
    "i. g.",
    "i.g.",
};

// "Wir, das Netzwerk X, ein Bündnis bestehend aus A, B und C, verurteilen …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "bestehend aus", "zusammengesetzt aus", "mit den mitgliedern", "mit den mitgliedsorganisationen",
};

// "Universelles Periodisches Überprüfungsverfahren zu Veloria", "UPR – 4. Zyklus": the name of
// the UN's review of each state's human rights record, which opens a submission's cover line.
inline constexpr std::string_view review_names[] = {
    "universelles periodisches überprüfungsverfahren",
    "universelle periodische überprüfung",
    "allgemeine regelmäßige überprüfung",
    "upr",
};

// "4. Zyklus", "47. Tagung der UPR-Arbeitsgruppe": after an ordinal, the round of a review or
// the sitting of the body that holds it, on a submission's cover.
inline constexpr std::string_view review_rounds[] = {
    "zyklus",
    "runde",
    "tagung",
    "sitzung",
};

// "Wir richten folgende Forderungen an die Regierung von Veloria:": a topic marker that, before
// a capital, joins the name's complement ("der Senat von Berlin"), where a headline's "… von PRO
// ASYL" names who wrote.
inline constexpr std::string_view complement_topic_markers[] = {
    "von",
};

// "Diese Erklärung wird unterzeichnet von …", "der vorliegende Brief": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "diese",
    "dieser",
    "dieses",
    "diesen",
    "die vorliegende",
    "der vorliegende",
    "das vorliegende",
    "den vorliegenden",
};

// "Danke, Herr Präsident.":
// the thanks before the greeting of the chair with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "danke",
    "vielen dank",
    "danke sehr",
};

}  // namespace de_detail

inline constexpr language_table de{
    "de",
    "German",
    de_detail::kind_words,
    de_detail::months,
    de_detail::stop_words,
    de_detail::opening_phrases,
    de_detail::call_verbs,
    de_detail::signatory_headers,
    de_detail::chrome_phrases,
    de_detail::person_titles,
    de_detail::organisation_words,
    de_detail::conjunctions,
    de_detail::list_closers,
    de_detail::addressee_openers,
    de_detail::coalition_markers,
    de_detail::name_column_words,
    de_detail::country_column_words,
    de_detail::obligation_words,
    de_detail::reporting_markers,
    de_detail::appeal_cues,
    de_detail::infinitive_markers,
    {},  // day_suffixes: the day is written without a suffix
    {},  // date_linkers: the parts of a date follow each other
    de_detail::today_words,
    de_detail::role_words,
    de_detail::first_person_plural,
    de_detail::salutations,
    de_detail::closings,
    de_detail::subject_openers,
    de_detail::behalf_phrases,
    de_detail::topic_markers,
    de_detail::signing_cues,
    de_detail::call_prepositions,
    de_detail::articles,
    de_detail::legal_form_words,
    {},  // no spelling variants
    {},  // no patronymics
    {},  // surname_endings: a German surname has no ending of its own
    de_detail::given_names,
    {},  // infinitive_endings: a word marks the infinitive (infinitive_markers)
    {},  // prepositions: read only with infinitive_endings
    de_detail::second_person,
    {},  // reader_object_pronouns: the reader's object is a pronoun of address ("Wir fordern Sie auf")
    {},  // reader_possessives: "Ihre Regierung" is also "their government" in lower case
    de_detail::signing_invitations,
    de_detail::obligation_verbs,
    de_detail::passive_auxiliaries,
    {},  // town_markers: a town follows a comma without a word for it
    de_detail::place_column_words,
    de_detail::type_column_words,
    de_detail::affiliation_column_words,
    de_detail::representative_column_words,
    de_detail::post_column_words,
    de_detail::signature_column_words,
    de_detail::contact_column_words,
    de_detail::author_verbs,
    de_detail::state_words,
    de_detail::entitlement_phrases,
    de_detail::also_words,
    de_detail::reported_call_verbs,
    de_detail::organisation_kinds,
    de_detail::clause_openers,
    de_detail::author_groups,
    de_detail::section_headings,
    de_detail::person_groups,
    de_detail::faith_groups,
    de_detail::update_words,
    de_detail::copy_keys,
    de_detail::following_words,
    {},  // demand_verbs: none listed; demands as paragraphs are not read
    {},  // demand_endings: a demand closes with its verb ("… sofort auszusetzen."); not read
    {},  // dative_endings: an article or a preposition marks the addressee
    de_detail::form_name_labels,
    de_detail::form_behalf_labels,
    de_detail::form_role_labels,
    de_detail::signature_words,
    de_detail::signature_abbreviations,
    de_detail::version_words,
    de_detail::occasion_openers,
    de_detail::withheld_names,
    de_detail::demand_labels,
    de_detail::delivery_phrases,
    de_detail::retirement_marks,
    de_detail::speaker_phrases,
    de_detail::prohibitions,
    {},  // name_abbreviations: an abbreviation inside a name has a capital or a second stop ("e.V.")
    de_detail::about_openers,
    de_detail::page_field_labels,
    de_detail::capacity_remarks,
    de_detail::post_nominals,
    de_detail::branch_words,
    de_detail::governing_bodies,
    de_detail::member_phrases,
    de_detail::proceeding_captions,
    de_detail::compound_heads,
    {},  // mandate_prepositions: the addressee ends at the infinitive's marker, not at a preposition
    de_detail::signing_statuses,
    de_detail::group_scopes,
    {},  // author_joiners: none read yet ("Erklärung des Netzwerks …" would name its author so)
    de_detail::exile_remarks,
    {},  // consultative_statuses: the UN publishes no statements in German
    de_detail::base_phrases,
    true,  // verb_second: "Heute fordern A und B …" names its subject after the verb
    de_detail::company_forms,
    {},  // complement_prepositions: "und von …" may open another addressee
    de_detail::letter_openers,
    de_detail::given_name_column_words,
    de_detail::surname_column_words,
    de_detail::timestamp_column_words,
    {},  // view_sharing_phrases: the UN publishes no statements in German
    {},  // patronymic_column_words: German names carry no patronymic
    de_detail::standing_remarks,
    de_detail::member_introducers,
    de_detail::review_names,
    de_detail::review_rounds,
    de_detail::complement_topic_markers,
    de_detail::self_references,
    de_detail::chair_thanks,
    {},  // demanded_actions: nouns are capitalised like names, and not told apart from them
};

}  // namespace lang
CIVIC_NAMESPACE_END
