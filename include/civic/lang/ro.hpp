// Romanian: the words Romanian-language statements use to name their kind, date
// themselves, open, demand, list their signatories, and the web-page chrome around them.
// Romanian text is written with comma-below ș ț and, just as often, cedilla ş ţ (and
// without diacritics on many sites); each phrase that has those letters is listed in both
// spellings, the most common ones also without diacritics.
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace ro_detail {

using sk = statement_kind;

inline constexpr kind_word kind_words[] = {
    {"declarație comună", sk::joint_statement},
    // Spoken at a session of a UN body, not a "declarație" of principles.
    {"declarație orală comună", sk::joint_statement},
    {"declaraţie orală comună", sk::joint_statement},
    {"declarație orală", sk::statement},
    {"declaraţie orală", sk::statement},
    {"declaraţie comună", sk::joint_statement},
    {"declarația comună", sk::joint_statement},
    {"declaraţia comună", sk::joint_statement},
    {"declaratie comuna", sk::joint_statement},
    {"poziție comună", sk::joint_statement},
    {"poziţie comună", sk::joint_statement},
    {"scrisoare deschisă", sk::open_letter},
    {"scrisoarea deschisă", sk::open_letter},
    {"scrisoare deschisa", sk::open_letter},
    {"apel public", sk::appeal},
    {"apel comun", sk::appeal},
    {"apel", sk::appeal},
    {"comunicat de presă", sk::press_release},
    {"comunicat de presa", sk::press_release},
    {"declarație", sk::declaration},
    {"declaraţie", sk::declaration},
    {"declarația", sk::declaration},
    {"declaraţia", sk::declaration},
    {"declaratie", sk::declaration},
    {"luare de poziție", sk::statement},
    {"luare de poziţie", sk::statement},
    {"comunicat", sk::statement},
    {"petiție", sk::petition},
    {"petiţie", sk::petition},
    {"petiția", sk::petition},
    {"petiţia", sk::petition},
    {"petitie", sk::petition},
};

inline constexpr month_name months[] = {
    {"ianuarie", 1},  {"februarie", 2}, {"martie", 3},     {"aprilie", 4},   {"mai", 5},
    {"iunie", 6},     {"iulie", 7},     {"august", 8},     {"septembrie", 9}, {"octombrie", 10},
    {"noiembrie", 11}, {"decembrie", 12},
    {"ian.", 1},      {"feb.", 2},      {"febr.", 2},      {"mar.", 3},      {"apr.", 4},
    {"iun.", 6},      {"iul.", 7},      {"aug.", 8},       {"sept.", 9},     {"sep.", 9},
    {"oct.", 10},     {"nov.", 11},     {"noi.", 11},      {"dec.", 12},
};

// Both spellings of și and să-like words; "în" is distinctive (its ASCII form "in" is
// English and German and is left out). "la", "se", "ce", "au", "un" are shared with French
// or Spanish and weighted down by the detector.
inline constexpr std::string_view stop_words[] = {
    "și",     "şi",     "în",     "cu",     "pentru", "care",   "este",   "să",     "din",
    "nu",     "al",     "ale",    "lui",    "mai",    "sau",    "sunt",   "fost",   "pe",
    "prin",   "după",   "despre", "privind", "acest", "această", "aceste", "acestor", "fi",
    "fie",    "dintre", "între",  "asupra", "noastre", "noi",   "precum", "către",  "iar",
    "însă",   "deja",   "la",     "se",     "ce",     "au",     "un",     "unei",   "unui",
    "că",     "cum",    "ca",     "dar",    "aceasta", "societății", "societăţii", "ei",
    "lor",    "pot",    "trebuie",
};

inline constexpr std::string_view opening_phrases[] = {
    "noi, subsemnații",
    "noi, subsemnaţii",
    "noi, subsemnatii",
    "noi, organizațiile semnatare",
    "noi, organizaţiile semnatare",
    "organizațiile semnatare",
    "organizaţiile semnatare",
    "organizatiile semnatare",
    "subsemnații",
    "subsemnaţii",
    "noi, reprezentanții",
    "noi, reprezentanţii",
};

inline constexpr std::string_view call_verbs[] = {
    "solicităm", "cerem",     "îndemnăm",  "facem apel", "chemăm",   "insistăm",
    "recomandăm", "pledăm",   "solicită",  "cer",        "fac apel", "îndeamnă",
    "solicitam", "indemnam",
};

inline constexpr std::string_view signatory_headers[] = {
    "lista semnatarilor",     "organizații semnatare", "organizaţii semnatare",
    "organizatii semnatare",  "organizațiile semnatare", "organizaţiile semnatare",
    "semnatarii",             "semnatari",             "semnează",
    "semneaza",               "semnat de",
    "organizații",
    "organizaţii",
    "persoane fizice",
    "persoane individuale",
    "lista organizațiilor semnatare", "lista organizaţiilor semnatare",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "membri", "organizații membre", "organizaţii membre",
    // The initiators of a statement, over its list or beside it.
    "inițiatori",
    "la inițiativa",
    "împreună cu", "impreuna cu",
    // "Au semnat:": those who signed.
    "au semnat", "au semnat următoarele organizații", "au semnat următoarele organizaţii",
};

inline constexpr std::string_view chrome_phrases[] = {
    "alte știri",      "alte ştiri",      "știri similare",  "ştiri similare",
    "citește mai mult", "citeşte mai mult", "citește și",    "citeşte şi",
    "citeste mai mult", "distribuie",     "distribuie pe facebook", "printează",
    "comentarii",      "lasă un comentariu", "răspunde",     "etichete",
    "categorii",       "abonează-te",     "abonare",         "newsletter",
    "donează",         "meniu",           "acasă",           "caută",
    "căutare",         "articolul anterior", "articolul următor",
    "toate drepturile rezervate", "politica de confidențialitate",
    "politica de confidenţialitate", "contact",
    "descarcă", "descarca",
    // Skip links and links to the full text.
    "sari la conținut", "sari la conţinut", "salt la conținut", "salt la conţinut", "treci la conținut", "treci la conţinut", "mergi la conținut", "mergi la conţinut",
    "sursa",
    "pentru presă",
    "urmărește-ne",
    "pentru informații suplimentare",
    "contact presă",
    "înapoi la știri",
    "înapoi la ştiri",
    "înapoi",
    "vezi și",
    "vezi şi",
    "articole similare",
    "articole recente",
    "descarcă declarația",
    "descarcă documentul",
    "distribuie articolul",
    // A press contact under the text ("Pentru mai multe informații: presa@… | 0721 000 000").
    "pentru mai multe informații",
    "pentru mai multe informaţii",
    "persoană de contact",
    "persoana de contact",
};

inline constexpr std::string_view person_titles[] = {
    "dl.", "dl", "dna.", "dna", "d-na", "d-l", "dr.", "prof.", "prof", "av.", "conf.",
    "domnul", "doamna",
};

inline constexpr std::string_view organisation_words[] = {
    "asociația",  "asociaţia",  "asociatia",   "centrul",    "fundația",   "fundaţia",
    "fundatia",   "institutul", "liga",        "uniunea",    "comitetul",  "consiliul",
    "federația",  "federaţia",  "alianța",     "alianţa",    "coaliția",   "coaliţia",
    "rețeaua",    "reţeaua",    "platforma",   "mișcarea",   "mişcarea",   "grupul",
    "clubul",     "forumul",    "societatea",  "organizația", "organizaţia", "asociație",
    "asociaţie",  "centru",     "fundație",    "fundaţie",   "institut",   "ong",
    "a.o.",       "ao",         "o.o.",        "sindicatul", "biroul",     "inițiativa",
    "iniţiativa",
    // A university: an organisation, and the affiliation a scholar signs with
    // ("Ana Popescu – Universitatea din București").
    "universitatea",
};

inline constexpr std::string_view conjunctions[] = {"și", "şi", "si", "precum și"};

inline constexpr std::string_view list_closers[] = {
    "și alte organizații", "şi alte organizaţii", "și altele", "şi altele", "și alții",
    "şi alţii",            "etc.",
};

inline constexpr std::string_view addressee_openers[] = {
    "către", "domnului", "doamnei", "stimate", "stimată", "stimați", "stimaţi",
    "stimate domnule", "stimată doamnă",
};

inline constexpr std::string_view coalition_markers[] = {
    "membrii",
    "membre ale",
    "membri ai",
};

inline constexpr std::string_view name_column_words[] = {
    "nume",
    "denumire",
    "organizație",
    "organizaţie",
};

inline constexpr std::string_view country_column_words[] = {
    "țara",
    "ţara",
    "tara",
    "țară",
};

inline constexpr std::string_view obligation_words[] = {
    "trebuie",
    "ar trebui",
    "solicitări",
    "solicitari",
    "revendicări",
    "recomandări",
    "așteptări",
    "asteptari",
};

inline constexpr std::string_view reporting_markers[] = {
    "într-o",
    "într-un",
    "printr-o",
    "printr-un",
    "au semnat",
    "au publicat",
};

inline constexpr std::string_view appeal_cues[] = {
    "facem apel",
    "lansăm un apel",
    "apelăm la",
    "alăturați-vă",
};

inline constexpr std::string_view infinitive_markers[] = {
    "să",
    "sa",
};

inline constexpr std::string_view today_words[] = {
    "astăzi",
    "astazi",
    "azi",
};

inline constexpr std::string_view role_words[] = {
    "jurnalist",
    "jurnalistă",
    "avocat",
    "avocată",
    "director",
    "directoare",
    "profesor",
    "profesoară",
    "președinte",
    "presedinte",
    "coordonator",
    "coordonatoare",
    "activist",
    "activistă",
    "cercetător",
    "expert",
    "expertă",
    "membru",
    "redactor",
    "redactor-șef",
    "fondator",
    "fondatoare",
    "deputat",
    "observator",
    "membră",
};

inline constexpr std::string_view first_person_plural[] = {
    // a language that drops the pronoun says "we" with the verb
    "îndemnăm",
    "solicităm",
    "cerem",
    "considerăm",
    "susținem",
    "salutăm",
    "condamnăm",
    "facem apel",
    "noi",
    "nostru",
    "noastră",
    "noștri",
    "noastre",
    "subsemnatele",
    "subsemnații",
    // "Organizațiile semnatare solicită …": the authors, named so.
    "semnatare",
    "semnatari",
    "chemăm",
    "insistăm",
    "recomandăm",
    "pledăm",
};

inline constexpr std::string_view salutations[] = {
    "stimate",
    "doamnelor și domnilor",
    "stimate doamne și stimați domni",
    "stimată",
    "stimați",
    "dragă",
    "dragi",
    // "Domnule Președinte,": a statement read out greets the chair.
    "domnule președinte",
    "doamnă președinte",
};

inline constexpr std::string_view subject_openers[] = {
    "referitor la",
    "cu privire la",
    "în legătură cu",
    "privind",
};

inline constexpr std::string_view behalf_phrases[] = {
    "în numele",
    "in numele",
};

inline constexpr std::string_view topic_markers[] = {
    "privind",
    "referitor la",
    "cu privire la",
    "despre",
    "împotriva",
    "în sprijinul",
    "de la",
};

inline constexpr std::string_view closings[] = {
    "cu stimă",
    "cu respect",
    "cu deosebită considerație",
    "cu deosebită consideraţie",
    "cu considerație",
    "cu consideraţie",
    "cu solidaritate",
    "cu drag",
};

inline constexpr std::string_view signing_cues[] = {
    "semnat de",
    "semnată de",
    "semnează",
    "semnatari",
    "organizatori",
};

inline constexpr std::string_view call_prepositions[] = {
    "la",
    "către",
    "pe",
    "de la",
};

// A legal form before or after an organisation's name, dropped by the organisation key.
inline constexpr std::string_view legal_form_words[] = {
    "ong",
    "ao",
    "asociația obștească",
    "asociatia obsteasca",
};

// Endings of surnames ("Popescu", "Ardeleanu"): the first or last of two or three capitalised
// words that ends so is a person's surname, whatever their given name.
inline constexpr std::string_view surname_endings[] = {
    "escu",
    "eanu",
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "ion", "ioan", "gheorghe", "vasile", "constantin", "nicolae", "mihai", "andrei",
    "alexandru", "dumitru", "florin", "adrian", "cristian", "daniel", "marian", "ștefan",
    "radu", "sorin", "bogdan", "cătălin", "vlad", "maria", "elena", "ioana", "ana", "mihaela",
    "andreea", "cristina", "gabriela", "alina", "daniela", "irina", "monica", "oana", "laura",
    "simona", "roxana", "raluca", "georgiana", "corina", "natalia", "veronica", "doina",
    "liliana",
    "dan",
    "mădălina",
    "diana",
};

inline constexpr std::string_view second_person[] = {
    "dumneavoastră",
    "vă",
};

// "Solicităm Guvernului dumneavoastră:": the reader's own government or body, which a letter that
// names its reader asks as it asks "you".
inline constexpr std::string_view reader_possessives[] = {
    "dumneavoastră",
    "voastră",
    "vostru",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    "deschisă pentru semnare",
    "deschis pentru semnare",
    "deschisă spre semnare",
    "pentru a semna",
    "doriți să semnați",
    "pentru a vă alătura",
    "lista rămâne deschisă",
    // Where the whole list is: "The full list of signatories is available at …".
    "lista completă a semnatarilor",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "semnatari: vezi",
    "semnatarilor: vezi",
    "semnături: vezi",
    "semnăturile: vezi",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "trebuie",
    "ar trebui",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "să fie",
    "fie",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "oraș",
    "oraş",
    "localitate",
    "regiune",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "tip",
    "tipul",
    "categorie",
    "categoria",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "organizație",
    "organizaţie",
    "instituție",
    "instituţie",
    "afiliere",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "semnat de",
    "reprezentant",
    "persoană de contact",
    "persoana de contact",
};

// "Nume | Funcția | Instituția": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "titlu",
    "funcție",
    "funcția",
    "poziție",
};

// "Nume | Organizația | Semnătura": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "semnătura",
    "semnătură",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "contact",
    "date de contact",
    "e-mail",
    "email",
    "adresă de e-mail",
    "site",
    "site web",
    "telefon",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names); and said by them in the
// first, after the names beside their "we" ("Nous, A, B et C, dénonçons …"), where the two
// persons differ.
inline constexpr std::string_view author_verbs[] = {
    "condamnă",
    "salută",
    "își exprimă",
    "au cerut",
    "au solicitat",
    "denunță",
    "au lansat",
    "au adresat",
    "se adresează",
    "protestează",
    "avertizează",
    "consideră",
    "au îndemnat",
    "au făcut apel",
    // The first person plural: "we, A, B and C, condemn …".
    "condamnăm",
    "salutăm",
    "ne exprimăm",
    "denunțăm",
    "protestăm",
    "considerăm",
    "ne adresăm",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "ministerul",
    "ministrul",
    "guvernul",
    "parlamentul",
    "parchetul",
    "tribunalul",
    "curtea",
    "poliția",
    "președintele",
    "ambasada",
    "autoritățile",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "dreptul de",
    "dreptul la",
    "drepturile lor",
    "să fie liberi",
    "să poată",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "de asemenea",
    "totodată",
    "din nou",
    "prin urmare",
    "urgent",
    "insistent",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "au cerut",
    "au solicitat",
    "au îndemnat",
    "au făcut apel",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "companie",
    "cooperativă",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "ca",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "organizații",
    "organizațiile",
    "organizatii",
    "asociații",
    "coaliția",
    "sindicatele",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "context",
    "anexă",
    "anexa",
    "informații de fond",
    "notă pentru editori",
    "despre noi",
    "despre coaliție",
    "note", "surse",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "persoane fizice",
    "persoane",
    "semnatari individuali",
    "cetățeni",
    "cetăţeni",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "catolic",
    "catolice",
    "creștin",
    "creștine",
    "ecumenic",
    "evanghelic",
    "evanghelice",
    "interconfesional",
    "musulman",
    "musulmane",
    "ortodox",
    "ortodoxe",
    "protestant",
    "protestante",
};

// A page's note that it was changed after it was published ("Actualizat la 5 martie 2024"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "actualizat", "actualizare", "ultima actualizare",
};

// The key of a letter's copy list ("Copie către: …"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "copie către", "copie", "cc",
};

inline constexpr std::string_view following_words[] = {
    "următoarele",
    "următoarelor",
    "următorul",
};

// The label of a signing form's field of a person's name ("Nume: Mira Tallow").
inline constexpr std::string_view form_name_labels[] = {
    "nume",
    "numele",
    "nume și prenume",
    "nume şi prenume",
    "nume si prenume",
    "numele și prenumele",
    "numele şi prenumele",
};

// The label of the organisation a signing form's person signs for ("Pentru: Coaliția Chihlimbar").
inline constexpr std::string_view form_behalf_labels[] = {
    "pentru",
};

// The label of a signing form's field of its signer's role ("Funcția: directoare").
inline constexpr std::string_view form_role_labels[] = {
    "funcția",
    "funcţia",
    "functia",
    "calitatea",
};

// A word that stands for a handwritten signature in brackets ("(semnătura)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "semnătura",
    "semnătură",
    "semnat",
};

// An abbreviation that stands for a signature on a line of its own ("ss").
inline constexpr std::string_view signature_abbreviations[] = {
    "ss",
};

// A word of a short line that points to the text in another language:
// "Versiunea în limba engleză", "Declarația este disponibilă în engleză".
inline constexpr std::string_view version_words[] = {
    "versiunea", "versiune", "disponibil în", "disponibilă în",
};

// On a dateline, after its date and a comma: the occasion the day marks ("cu ocazia …").
inline constexpr std::string_view occasion_openers[] = {
    "cu ocazia",
    "cu prilejul",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "anonim", "anonimă",
};

// "Solicităm:" / "Retragerea proiectului de lege …." / "Organizarea unei dezbateri …": the
// endings of the long infinitive, an action's noun that opens a demand standing as a paragraph.
inline constexpr std::string_view demand_endings[] = {
    "area", "erea", "irea", "ârea", "urea",
};

// The word that numbers a demand standing as a paragraph of its own: "Recomandarea 1: Abrogarea …", "Cererea 2: …".
inline constexpr std::string_view demand_labels[] = {
    "recomandarea",
    "recomandare",
    "revendicarea",
    "cererea",
    "propunerea",
};

// "Prin e-mail": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "transmis prin e-mail",
    "transmisă prin e-mail",
    "transmis prin poștă electronică",
    "transmisă prin poștă electronică",
    "prin e-mail",
    "prin poștă electronică",
    "prin fax",
};

// In parentheses after a title, its holder has retired: "(r)", "(rez.)"
// ("General (r) Ion Vidu").
inline constexpr std::string_view retirement_marks[] = {
    "r", "r.", "rez.", "în rezervă",
};

// "Susținută de: Mira Tallow", "Citită de …": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "susținută de",
    "citită de",
    "prezentată de",
};

// "Despre APADOR-CH": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "despre",
};

// "Nu extrădați …", "Nu legii …": a demand that forbids opens so.
inline constexpr std::string_view prohibitions[] = {
    "nu",
};

// The labels of a page's fields, each alone on its line over its value
// ("Format" / "Comunicat de presă", "Țări:" / "România, Moldova"): the
// page that republishes a statement (an aggregator's), not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "format", "sursa", "sursă", "surse", "publicat", "țări", "teme", "atașamente",
};

// "(în nume personal)", "(cu titlu personal)": after a signer, that they sign for themselves.
inline constexpr std::string_view capacity_remarks[] = {
    "în nume personal",
    "în nume propriu",
    "cu titlu personal",
    "cu titlu individual",
};

// "… (AI), filiala Cluj", "… , biroul din Iași": an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "filiala", "filială", "biroul", "sucursala", "secția",
};

// A body that governs a network, over its members' names in the list (language_table.hpp).
inline constexpr std::string_view governing_bodies[] = {
    "comitetul director",
    "comitetul de coordonare",
    "consiliul director",
    "consiliul de coordonare",
    "biroul executiv",
};

// After a network's name, its members with it (language_table.hpp).
inline constexpr std::string_view member_phrases[] = {
    "și organizațiile sale membre",
    "și organizațiile membre",
    "și membrii săi",
};

// "În fața Curții Constituționale", "În dosarul nr. …": a filing's caption, over its own
// heading ("Intervenție comună a …").
inline constexpr std::string_view proceeding_captions[] = {
    "în fața",
    "în dosarul",
};

// "social-" / "democrat", "nord-" / "vest": the first part of a compound, whose hyphen at a
// line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"nord", "social", "sud"};

inline constexpr std::string_view signing_statuses[] = {
    "semnatar",
    "semnatară",
    "cosemnatar",
    "observator",
    "observatoare",
    "susținător",
    "susținătoare",
    "susţinător",
    "inițiator",
    "iniţiator",
    "partener",
};

inline constexpr std::string_view group_scopes[] = {
    "nivel european",
    "nivel național",
    "nivel naţional",
    "nivel regional",
    "nivel internațional",
    "nivel internaţional",
    "nivel local",
};

// "Asociația Jurnaliștilor (în exil)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "în exil", "in exil",
};

// A company's legal form, abbreviated with full stops ("Minexport S.A.", "Agro Vest S.R.L.").
inline constexpr std::string_view company_forms[] = {
    "s.a.",
    "s.r.l.",
};

// "Asociația Chihlimbar (cu sediul în Iași)": the words that say where an
// organisation is based, in parentheses after its name, before the place.
inline constexpr std::string_view base_phrases[] = {
    "cu sediul în", "cu sediul la", "având sediul în",
};

// "Scrisoare către Parlamentul României …": a headline that names a letter by its reader, though
// it calls it neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "scrisoare către",
    "scrisoare catre",
    "scrisoarea către",
    "scrisoare adresată",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "prenume",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "nume", "nume de familie",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "marcaj de timp", "marcă temporală",
    "data semnării", "semnat la",
};

// "Fundația Chihlimbar (membru IFEX)", "Centrul Chihlimbar (statut de observator)", "Asociația
// Chihlimbar (în curs de înființare)": what an organisation is to a body it belongs to, its
// status with one, or that it is still being founded; in parentheses after its name, none of it
// (in comma-below, cedilla and plain spellings, as the rest of the table).
inline constexpr std::string_view standing_remarks[] = {
    "membru",
    "membră",
    "membri",
    "statut",
    "acreditată",
    "afiliată",
    "în curs de înregistrare",
    "în curs de înființare",
    "în curs de înfiinţare",
    "in curs de infiintare",
    "în formare",
    "neînregistrată",
};

// "Noi, Rețeaua X, o coaliție ai cărei membri sunt A, B și C, condamnăm …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "ai cărei membri sunt", "ai cărui membri sunt", "din care fac parte", "formată din", "format din",
    "compusă din", "compus din", "care reunește",
};

// "Evaluarea Periodică Universală a Republicii Veloria", "EPU – ciclul 4": the name of the UN's
// review of each state's human rights record, which opens a submission's cover line.
inline constexpr std::string_view review_names[] = {
    "evaluarea periodică universală",
    "evaluare periodică universală",
    "epu",
};

// "Ciclul 4", "Sesiunea 47", "4-lea ciclu": the round of a review or the sitting of the body that
// holds it, on a submission's cover, before or after its number.
inline constexpr std::string_view review_rounds[] = {
    "ciclu",
    "ciclul",
    "sesiune",
    "sesiunea",
};

// "Facem apel către autoritățile de la Chișinău să …": a topic marker that, before a capital,
// joins the name's complement (where the body sits), where "de la organizațiile semnatare" names
// who wrote.
inline constexpr std::string_view complement_topic_markers[] = {
    "de la",
};

// "Această declarație este semnată de …", "prezenta scrisoare": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "acest",
    "această",
    "aceste",
    "prezenta",
    "prezentul",
};

// "Mulțumesc, domnule Președinte.":
// the thanks before the greeting of the chair with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "mulțumesc",
    "vă mulțumesc",
};

// "eliberarea", "abrogarea": what a call asks for, named by its noun ("Cerem eliberarea
// activiștilor condamnați la șase ani"): no addressee, and its "la" is the sentence's.
inline constexpr std::string_view demanded_actions[] = {
    "eliberarea",
    "eliberării",
    "abrogarea",
    "abrogării",
    "retragerea",
    "retragerii",
    "încetarea",
    "încetării",
    "anularea",
    "anulării",
    "suspendarea",
    "suspendării",
};

}  // namespace ro_detail

inline constexpr language_table ro{
    "ro",
    "Romanian",
    ro_detail::kind_words,
    ro_detail::months,
    ro_detail::stop_words,
    ro_detail::opening_phrases,
    ro_detail::call_verbs,
    ro_detail::signatory_headers,
    ro_detail::chrome_phrases,
    ro_detail::person_titles,
    ro_detail::organisation_words,
    ro_detail::conjunctions,
    ro_detail::list_closers,
    ro_detail::addressee_openers,
    ro_detail::coalition_markers,
    ro_detail::name_column_words,
    ro_detail::country_column_words,
    ro_detail::obligation_words,
    ro_detail::reporting_markers,
    ro_detail::appeal_cues,
    ro_detail::infinitive_markers,
    {},  // day_suffixes: the day is written without a suffix
    {},  // date_linkers: the parts of a date follow each other
    ro_detail::today_words,
    ro_detail::role_words,
    ro_detail::first_person_plural,
    ro_detail::salutations,
    ro_detail::closings,
    ro_detail::subject_openers,
    ro_detail::behalf_phrases,
    ro_detail::topic_markers,
    ro_detail::signing_cues,
    ro_detail::call_prepositions,
    {},  // no articles
    ro_detail::legal_form_words,
    {},  // no spelling variants
    {},  // no patronymics
    ro_detail::surname_endings,
    ro_detail::given_names,
    {},  // infinitive_endings: a word marks the infinitive (infinitive_markers)
    {},  // prepositions: read only with infinitive_endings
    ro_detail::second_person,
    {},  // reader_object_pronouns: the reader's object is a pronoun of address ("Vă solicităm")
    ro_detail::reader_possessives,
    ro_detail::signing_invitations,
    ro_detail::obligation_verbs,
    ro_detail::passive_auxiliaries,
    {},  // town_markers: a town follows a comma without a word for it
    ro_detail::place_column_words,
    ro_detail::type_column_words,
    ro_detail::affiliation_column_words,
    ro_detail::representative_column_words,
    ro_detail::post_column_words,
    ro_detail::signature_column_words,
    ro_detail::contact_column_words,
    ro_detail::author_verbs,
    ro_detail::state_words,
    ro_detail::entitlement_phrases,
    ro_detail::also_words,
    ro_detail::reported_call_verbs,
    ro_detail::organisation_kinds,
    ro_detail::clause_openers,
    ro_detail::author_groups,
    ro_detail::section_headings,
    ro_detail::person_groups,
    ro_detail::faith_groups,
    ro_detail::update_words,
    ro_detail::copy_keys,
    ro_detail::following_words,
    {},  // demand_verbs: none listed; their endings tell demands (demand_endings)
    ro_detail::demand_endings,
    {},  // dative_endings: an article or a preposition marks the addressee
    ro_detail::form_name_labels,
    ro_detail::form_behalf_labels,
    ro_detail::form_role_labels,
    ro_detail::signature_words,
    ro_detail::signature_abbreviations,
    ro_detail::version_words,
    ro_detail::occasion_openers,
    ro_detail::withheld_names,
    ro_detail::demand_labels,
    ro_detail::delivery_phrases,
    ro_detail::retirement_marks,
    ro_detail::speaker_phrases,
    ro_detail::prohibitions,
    {},  // name_abbreviations: an abbreviation inside a name has a capital ("Sf. Maria")
    ro_detail::about_openers,
    ro_detail::page_field_labels,
    ro_detail::capacity_remarks,
    {},  // post_nominals: the English and German tables' letters are read in every language
    ro_detail::branch_words,
    ro_detail::governing_bodies,
    ro_detail::member_phrases,
    ro_detail::proceeding_captions,
    ro_detail::compound_heads,
    {},  // mandate_prepositions: the addressee ends at the infinitive's marker, not at a preposition
    ro_detail::signing_statuses,
    ro_detail::group_scopes,
    {},  // author_joiners: the genitive names the author without a word ("Declarația Rețelei …")
    ro_detail::exile_remarks,
    {},  // consultative_statuses: the UN publishes no statements in Romanian
    ro_detail::base_phrases,
    false,  // verb_second: the subject comes before the verb
    ro_detail::company_forms,
    {},  // complement_prepositions: "și de la …" may open another addressee ("de la" asks from)
    ro_detail::letter_openers,
    ro_detail::given_name_column_words,
    ro_detail::surname_column_words,
    ro_detail::timestamp_column_words,
    {},  // view_sharing_phrases: the UN publishes no statements in Romanian
    {},  // patronymic_column_words: Romanian names carry no patronymic
    ro_detail::standing_remarks,
    ro_detail::member_introducers,
    ro_detail::review_names,
    ro_detail::review_rounds,
    ro_detail::complement_topic_markers,
    ro_detail::self_references,
    ro_detail::chair_thanks,
    ro_detail::demanded_actions,
};

}  // namespace lang
CIVIC_NAMESPACE_END
