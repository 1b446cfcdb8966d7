// Polish: the words Polish-language statements use to name their kind, date themselves,
// open, demand, list their signatories, and the web-page chrome scraped around them.
// Every phrase is in utf8::fold form (lower case, '"' for quotes, '-' for dashes).
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace pl_detail {

using sk = statement_kind;

inline constexpr kind_word kind_words[] = {
    {"wspólne oświadczenie", sk::joint_statement},
    {"wspólne stanowisko", sk::joint_statement},
    {"wspólny list otwarty", sk::open_letter},
    {"list otwarty", sk::open_letter},
    {"otwarty list", sk::open_letter},
    {"wspólny list", sk::open_letter},
    {"wspólny apel", sk::appeal},
    {"apel", sk::appeal},
    {"odezwa", sk::appeal},
    {"deklaracja", sk::declaration},
    {"manifest", sk::declaration},
    {"komunikat prasowy", sk::press_release},
    {"informacja prasowa", sk::press_release},
    {"oświadczenie", sk::statement},
    {"stanowisko", sk::statement},
    {"komunikat", sk::statement},
    {"petycja", sk::petition},
    {"petycję", sk::petition},  // "Podpisz petycję: …", "podpisały petycję": the accusative
};

// Nominative, genitive ("9 września 2018"), locative ("we wrześniu") and abbreviations.
inline constexpr month_name months[] = {
    {"styczeń", 1},   {"luty", 2},      {"marzec", 3},    {"kwiecień", 4},  {"maj", 5},
    {"czerwiec", 6},  {"lipiec", 7},    {"sierpień", 8},  {"wrzesień", 9},  {"październik", 10},
    {"listopad", 11}, {"grudzień", 12},
    {"stycznia", 1},  {"lutego", 2},    {"marca", 3},     {"kwietnia", 4},  {"maja", 5},
    {"czerwca", 6},   {"lipca", 7},     {"sierpnia", 8},  {"września", 9},  {"października", 10},
    {"listopada", 11}, {"grudnia", 12},
    {"styczniu", 1},  {"lutym", 2},     {"marcu", 3},     {"kwietniu", 4},  {"maju", 5},
    {"czerwcu", 6},   {"lipcu", 7},     {"sierpniu", 8},  {"wrześniu", 9},  {"październiku", 10},
    {"listopadzie", 11}, {"grudniu", 12},
    {"sty.", 1},      {"lut.", 2},      {"mar.", 3},      {"kwi.", 4},      {"cze.", 6},
    {"lip.", 7},      {"sie.", 8},      {"wrz.", 9},      {"paź.", 10},     {"lis.", 11},
    {"gru.", 12},
};

// "to" and "we" are left out (English writes them far more often); "do" is kept although
// English has it, as Polish uses it several times more.
inline constexpr std::string_view stop_words[] = {
    "i",     "w",      "na",     "się",    "nie",    "z",      "do",     "że",     "jest",
    "oraz",  "o",      "od",     "po",     "przez",  "dla",    "jak",    "są",     "jego",
    "jej",   "ich",    "który",  "która",  "które",  "których", "także", "również", "tym",
    "tego",  "ten",    "przy",   "za",     "ze",     "czy",    "być",    "został", "została",
    "zostały", "może", "już",    "tylko",  "pod",    "wobec",  "aby",    "lub",    "nas",
    "naszym", "wszystkich", "tej", "jako",   "ma",     "mają",   "tak",
};

inline constexpr std::string_view opening_phrases[] = {
    "my, niżej podpisani",
    "my, niżej podpisane organizacje",
    "my niżej podpisani",
    "niżej podpisane organizacje",
    "niżej podpisani",
    "my, przedstawiciele",
    "organizacje podpisane poniżej",
};

inline constexpr std::string_view call_verbs[] = {
    "wzywamy",    "apelujemy",  "domagamy się", "żądamy",    "prosimy",   "zwracamy się",
    "postulujemy", "wnosimy",   "oczekujemy",   "wzywają",   "apelują",   "domagają się",
    "żądają",     "zwracają się",
    // A network that speaks of itself: "Koalicja apeluje do …", "Sieć wzywa …".
    "wzywa",      "apeluje",    "domaga się",   "żąda",      "zwraca się",
};

inline constexpr std::string_view signatory_headers[] = {
    "lista sygnatariuszy", "sygnatariusze listu", "sygnatariusze apelu", "sygnatariusze",
    "podpisane przez",     "podpisali",           "podpisy",             "podpisane organizacje",
    "organizacje",         "w imieniu",
    "osoby indywidualne",
    "osoby prywatne",
    "lista organizacji",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "członkowie", "organizacje członkowskie",
    // The initiators of a statement, over its list or beside it.
    "inicjatorzy",
    "z inicjatywy",
    "wspólnie z", "razem z",
    "organizacje podpisane pod apelem", "podpisane pod apelem", "sygnatariusze oświadczenia",
    // "Podpisały:", "Pod apelem podpisały się:": the verb in its feminine plural, for organisations.
    "podpisały", "podpisali się", "podpisały się", "pod apelem podpisali się", "pod apelem podpisały się", "pod listem podpisali się", "pod listem podpisały się", "organizacje podpisane", "organizacje podpisujące",
};

inline constexpr std::string_view chrome_phrases[] = {
    "skan oryginału",   "inne wiadomości",  "zobacz także",    "zobacz też",      "czytaj więcej",
    "czytaj dalej",     "więcej",          "udostępnij",      "udostępnij na facebooku",
    "drukuj",           "komentarze",      "dodaj komentarz", "odpowiedz",
    "tagi",             "kategorie",       "subskrybuj",      "zapisz się do newslettera",
    "wesprzyj",         "przekaż darowiznę", "menu",          "strona główna",
    "szukaj",           "przejdź do treści", "poprzedni wpis", "następny wpis",
    "powrót",           "do góry",         "wszelkie prawa zastrzeżone", "polityka prywatności",
    "kontakt",
    "pobierz", "pobierz pdf",
    // Skip links and links to the full text.
    "przejdź do zawartości", "pomiń i przejdź do treści", "przejdź do głównej treści",
    "źródło",
    "kontakt dla mediów",
    "kontakt dla mediow",
    "obserwuj nas",
    "więcej informacji",
    "kontakt prasowy",
    "czytaj też",
    "czytaj także",
    "reklama",
    "udostępnij artykuł",
    // A blog's links to its other posts, and its press contact, under the text.
    "powiązane wpisy",
    "podobne artykuły",
    "podobne wpisy",
    "informacje dla mediów",
};

inline constexpr std::string_view person_titles[] = {
    "pan", "pani", "państwo", "mec.", "dr", "dr.", "prof.", "prof", "hab.", "red.",
    "ks.", "posłanka", "poseł",
    "mgr", "mgr inż.", "inż.", "adw.", "lek.", "lek. med.", "r. pr.",
    // Radca prawny written without the space ("r.pr. Anna Nowak"), and a bishop's rank ("bp Jan
    // Kowal", "abp Adam Nowak").
    "r.pr.", "bp", "abp",
};

inline constexpr std::string_view organisation_words[] = {
    "stowarzyszenie", "fundacja",   "związek",    "komitet",    "ruch",       "kongres",
    "instytut",       "ośrodek",    "centrum",    "porozumienie", "koalicja", "federacja",
    "sieć",           "rada",       "towarzystwo", "forum",     "inicjatywa", "grupa",
    "klub",           "kampania",   "liga",       "platforma",  "akademia",   "obywatele",
    "biuro",          "kolektyw",   "spółdzielnia", "helsińska", "sp.",       "z o.o.",
    // A university: an organisation, and the affiliation a scholar signs with
    // ("Anna Nowak – Uniwersytet Warszawski").
    "uniwersytet",
};

inline constexpr std::string_view conjunctions[] = {"i", "oraz"};

inline constexpr std::string_view list_closers[] = {
    "i inne organizacje", "oraz inne organizacje", "i wiele innych", "i inni", "i inne",
    "i in.",
    "i ponad",
    "oraz ponad",
};

inline constexpr std::string_view addressee_openers[] = {
    "do", "szanowny", "szanowna", "szanowni", "szanowni państwo", "pan", "pani",
};

inline constexpr std::string_view coalition_markers[] = {
    "członkowie",
    "organizacje członkowskie",
};

inline constexpr std::string_view name_column_words[] = {
    "imię",
    "nazwa",
    "organizacja",
};

inline constexpr std::string_view country_column_words[] = {
    "kraj",
    "państwo",
};

inline constexpr std::string_view obligation_words[] = {
    "powinny",
    "powinien",
    "muszą",
    "musi",
    "postulaty",
    "żądania",
    "rekomendacje",
    "oczekiwania",
};

inline constexpr std::string_view reporting_markers[] = {
    "w liście",
    "w apelu",
    "w oświadczeniu",
    "w stanowisku",
    "opublikowały",
    "podpisały",
};

inline constexpr std::string_view appeal_cues[] = {
    "apelujemy",
    "zwracamy się z apelem",
    "dołącz do nas",
    "dołączcie do nas",
    "przyłącz się",
};

inline constexpr std::string_view infinitive_markers[] = {
    "do",
};

inline constexpr std::string_view today_words[] = {
    "dziś",
    "dzisiaj",
};

inline constexpr std::string_view role_words[] = {
    "dziennikarz",
    "dziennikarka",
    "prawnik",
    "adwokat",
    "mecenas",
    "dyrektor",
    "doradca",
    "wiceprzewodniczący",
    "sekretarz",
    "profesor",
    "przewodniczący",
    "przewodnicząca",
    "prezes",
    "prezeska",
    "koordynator",
    "koordynatorka",
    "aktywista",
    "aktywistka",
    "ekspert",
    "ekspertka",
    "członek",
    "członkini",
    "redaktor",
    "redaktor naczelny",
    "założyciel",
    "założycielka",
    "poseł",
    "posłanka",
    "rzecznik",
    "sędzia",
    "sędzina",
    "radca prawny",
    "adwokatka",
    "prawniczka",
    "obserwator",
    "obserwatorka",
};

inline constexpr std::string_view first_person_plural[] = {
    // a language that drops the pronoun says "we" with the verb
    "wzywamy",
    "apelujemy",
    "żądamy",
    "uważamy",
    "wyrażamy",
    "domagamy",
    "potępiamy",
    "popieramy",
    "my",
    "nas",
    "nasz",
    "nasza",
    "nasze",
    "nasi",
    "naszym",
    "naszej",
    "niżej podpisane",
    "niżej podpisani",
    "prosimy",
    "postulujemy",
    "wnosimy",
    "oczekujemy",
};

inline constexpr std::string_view salutations[] = {
    "szanowny",
    "szanowni państwo",
    "panie i panowie",
    "szanowna",
    "szanowni",
    "szanowne",
    "drogi",
    "droga",
    // "Panie Przewodniczący,": a statement read out greets the chair.
    "panie przewodniczący",
    "pani przewodnicząca",
};

inline constexpr std::string_view subject_openers[] = {
    "dotyczy:",
    "dot.",
    "w związku z",
};

inline constexpr std::string_view behalf_phrases[] = {
    "w imieniu",
};

inline constexpr std::string_view topic_markers[] = {
    "w sprawie",
    "ws.",
    "dotyczący",
    "dotyczące",
    "przeciwko",
    "o",
    "od",
    // "Zwracamy się do … z apelem:": what is asked opens with the word for the call itself
    "z apelem",
    "z wezwaniem",
    "z prośbą",
};

inline constexpr std::string_view closings[] = {
    "z poważaniem",
    "z wyrazami szacunku",
    "łączymy wyrazy szacunku",
    "łączę wyrazy szacunku",
    "z szacunkiem",
    "z pozdrowieniami",
    "pozdrawiamy",
    "z solidarnymi pozdrowieniami",
};

inline constexpr std::string_view signing_cues[] = {
    "podpisali",
    "podpisany przez",
    "podpisane przez",
    "sygnatariusze",
    "organizatorzy",
};

inline constexpr std::string_view call_prepositions[] = {
    "do",
    "od",
    "wobec",
};

// A legal form before or after an organisation's name, dropped by the organisation key.
inline constexpr std::string_view legal_form_words[] = {
    "organizacja pozarządowa",
    "opp",
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "piotr", "krzysztof", "andrzej", "tomasz", "paweł", "jan", "michał", "marcin", "marek",
    "grzegorz", "adam", "łukasz", "zbigniew", "jerzy", "tadeusz", "mateusz", "dariusz",
    "mariusz", "wojciech", "ryszard", "jakub", "kamil", "maciej", "anna", "maria", "katarzyna",
    "małgorzata", "agnieszka", "barbara", "ewa", "krystyna", "elżbieta", "magdalena", "joanna",
    "aleksandra", "monika", "zofia", "teresa", "danuta", "natalia", "karolina", "marta",
    "beata", "dorota", "justyna",
    "józef",
};

inline constexpr std::string_view second_person[] = {
    "pana",
    "panią",
    "panów",
    "państwa",
    "pan",
    "pani",
    "panowie",
};

// "Wzywamy wasz rząd do:": the reader's own government or body, which a letter that names its
// reader asks as it asks "you".
inline constexpr std::string_view reader_possessives[] = {
    "wasz",
    "wasza",
    "wasze",
    "waszego",
    "waszemu",
    "waszą",
    "waszej",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    // A signing page's button ("Podpisz petycję"), which names the kind of the text it is over.
    "podpisz petycję",
    "podpisz apel",
    "otwarty do podpisu",
    "otwarta do podpisu",
    "otwarte do podpisu",
    "aby podpisać",
    "chcesz podpisać",
    "chcą podpisać",
    "chcesz dołączyć",
    "aby dołączyć",
    "lista pozostaje otwarta",
    "lista jest otwarta",
    // Where the whole list is: "The full list of signatories is available at …".
    "pełna lista sygnatariuszy",
    "pełna lista podpisanych",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "sygnatariuszy: zobacz",
    "sygnatariusze: zobacz",
    "podpisy: zobacz",
    "podpisów: zobacz",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "musi",
    "muszą",
    "powinien",
    "powinna",
    "powinny",
    "powinni",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "być",
    "zostać",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "miasto",
    "miejscowość",
    "region",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "typ",
    "rodzaj",
    "kategoria",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "organizacja",
    "instytucja",
    "afiliacja",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "podpisał",
    "podpisane przez",
    "przedstawiciel",
    "przedstawicielka",
    "osoba kontaktowa",
};

// "Imię i nazwisko | Stanowisko | Instytucja": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "tytuł",
    "funkcja",
    "stanowisko",
};

// "Lp. | Organizacja | Miejscowość | Podpis": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "podpis",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "kontakt",
    "dane kontaktowe",
    "e-mail",
    "email",
    "adres e-mail",
    "strona www",
    "strona internetowa",
    "telefon",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names); and said by them in the
// first, after the names beside their "we" ("Nous, A, B et C, dénonçons …"), where the two
// persons differ.
inline constexpr std::string_view author_verbs[] = {
    "potępiają",
    "potępiły",
    "potępili",
    "wyrażają",
    "apelowały",
    "apelowali",
    "wezwały",
    "wezwali",
    "zwróciły się",
    "zwrócili się",
    "protestują",
    "oświadczają",
    "sprzeciwiają się",
    "domagały się",
    "domagali się",
    "wystosowały",
    "wystosowali",
    "opublikowały",
    "opublikowali",
    "zaapelowały",
    "zaapelowali",
    "zaapelowało",
    "wezwało",
    "domagało się",
    "zwróciło się",
    // The first person plural: "we, A, B and C, condemn …".
    "potępiamy",
    "wyrażamy",
    "protestujemy",
    "oświadczamy",
    "sprzeciwiamy się",
    "zwracamy się",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "ministerstwo",
    "minister",
    "rząd",
    "parlament",
    "sejm",
    "senat",
    "prokuratura",
    "sąd",
    "policja",
    "prezydent",
    "ambasada",
    "władze",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "prawo do",
    "swoich praw",
    "mieć prawo",
    "być wolni",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "również",
    "także",
    "ponadto",
    "ponownie",
    "dlatego",
    "stanowczo",
    "pilnie",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "wezwały",
    "wezwali",
    "apelowały",
    "apelowali",
    "zwróciły się",
    "zwrócili się",
    "domagały się",
    "domagali się",
    "zaapelowały",
    "zaapelowali",
    "zaapelowało",
    "wezwało",
    "domagało się",
    "zwróciło się",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "firma",
    "spółdzielnia",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "aby",
    "żeby",
    "by",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "organizacje",
    "organizacji",
    "stowarzyszenia",
    "koalicja",
    "związki",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "kontekst",
    "załącznik",
    "tło",
    "informacje dla redakcji",
    "o koalicji",
    "nota dla redakcji",
    "przypisy", "źródła",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "osoby prywatne",
    "osoby indywidualne",
    "osoby",
    "obywatele",
    "sygnatariusze indywidualni",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "chrześcijańskie",
    "ekumeniczne",
    "ewangelickie",
    "katolickie",
    "międzywyznaniowe",
    "muzułmańskie",
    "prawosławne",
    "protestanckie",
    "żydowskie",
};

// A page's note that it was changed after it was published ("Zaktualizowano 5 marca 2024"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "zaktualizowano", "aktualizacja", "ostatnia aktualizacja",
};

// The key of a letter's copy list ("Do wiadomości: …"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "do wiadomości", "dw", "kopia do", "cc",
};

inline constexpr std::string_view following_words[] = {
    "następujące",
    "następujących",
    "co następuje",
};

// The label of a signing form's field of a person's name ("Imię i nazwisko: Mira Tallow").
inline constexpr std::string_view form_name_labels[] = {
    "imię i nazwisko",
    "nazwisko",
};

// The label of a signing form's field of its signer's role ("Stanowisko: prezeska").
inline constexpr std::string_view form_role_labels[] = {
    "stanowisko",
    "funkcja",
};

// A word that stands for a handwritten signature in brackets ("(podpis)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "podpis",
};

// A word of a short line that points to the text in another language:
// "Wersja angielska", "Oświadczenie dostępne w języku angielskim".
inline constexpr std::string_view version_words[] = {
    "wersja", "wersji", "dostępne w", "dostępna w",
};

// On a dateline, after its date and a comma: the occasion the day marks ("z okazji …").
inline constexpr std::string_view occasion_openers[] = {
    "z okazji",
    "w rocznicę",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "anonimowo", "anonimowa", "anonimowy", "anonim",
};

// "Wzywamy posłów do:" / "Wprowadzenia realnych sankcji …." / "Wycofać projekt.": the endings
// of a word that opens a demand standing as a paragraph, an action's noun (after "do" or "o") or
// an infinitive.
inline constexpr std::string_view demand_endings[] = {
    "ania", "enia", "ęcia", "anie", "enie", "ęcie", "ać", "ić", "yć", "eć", "ąć",
};

// The word that numbers a demand standing as a paragraph of its own: "Rekomendacja 1: Uchylić …", "Postulat 2: …".
inline constexpr std::string_view demand_labels[] = {
    "rekomendacja",
    "postulat",
    "żądanie",
    "wniosek",
};

// "Drogą elektroniczną": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "przesłane drogą elektroniczną",
    "przesłano drogą elektroniczną",
    "drogą elektroniczną",
    "drogą mailową",
    "pocztą elektroniczną",
    "e-mailem",
    "faksem",
};

// In parentheses after a title, its holder has retired: "(w st. spocz.)", "(emer.)"
// ("Sędzia (w st. spocz.) Jan Nowak").
inline constexpr std::string_view retirement_marks[] = {
    "w st. spocz.", "w stanie spoczynku", "emer.",
};

// "Wygłoszone przez: Mira Tallow": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "wygłoszone przez",
    "odczytane przez",
    "przedstawione przez",
};

// "O Fundacji Helsińskiej": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "o",
};

// "Nie dla …", "Nie deportujcie …": a demand that forbids opens so.
inline constexpr std::string_view prohibitions[] = {
    "nie",
};

// "Fundacja im. Stefana Batorego", "Parafia św. Anny": an abbreviation inside a name ("imienia",
// "święty"), its full stop no sentence's.
inline constexpr std::string_view name_abbreviations[] = {
    "im.", "św.",
};

// The labels of a page's fields, each alone on its line over its value
// ("Format" / "Komunikat prasowy", "Kraje:" / "Polska, Ukraina"): the
// page that republishes a statement (an aggregator's), not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "format", "źródło", "źródła", "opublikowano", "kraje", "tematy", "załączniki",
};

// "(w imieniu własnym)", "(prywatnie)": after a signer, that they sign for themselves.
inline constexpr std::string_view capacity_remarks[] = {
    "w imieniu własnym",
    "we własnym imieniu",
    "prywatnie",
    "osobiście",
};

// "… (AI), oddział w Krakowie", "… , biuro w Warszawie": an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "oddział", "biuro", "sekcja", "filia",
};

// A body that governs a network, over its members' names in the list (language_table.hpp).
inline constexpr std::string_view governing_bodies[] = {
    "rada koordynacyjna",
    "komitet sterujący",
    "komitet koordynacyjny",
    "zarząd",
    "prezydium",
};

// After a network's name, its members with it (language_table.hpp).
inline constexpr std::string_view member_phrases[] = {
    "i jej organizacje członkowskie",
    "i jego organizacje członkowskie",
    "i jej członkowie",
    "i jego członkowie",
};

// "Przed Trybunałem Konstytucyjnym", "Przed Sądem Najwyższym": a filing's caption, over its own
// heading ("Wspólne stanowisko …").
inline constexpr std::string_view proceeding_captions[] = {
    "przed trybunałem",
    "przed sądem",
};

// "polsko-" / "niemiecki", "społeczno-" / "polityczny": the first part of a compound, whose hyphen
// at a line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"ekonomiczno", "polsko", "prawno", "społeczno"};

inline constexpr std::string_view signing_statuses[] = {
    "sygnatariusz",
    "sygnatariuszka",
    "współsygnatariusz",
    "obserwator",
    "obserwatorka",
    "popierający",
    "popierająca",
    "wspierający",
    "wspierająca",
    "inicjator",
    "inicjatorka",
    "partner",
};

inline constexpr std::string_view group_scopes[] = {
    "poziom europejski",
    "poziom krajowy",
    "poziom ogólnopolski",
    "poziom regionalny",
    "poziom międzynarodowy",
    "poziom lokalny",
};

// "Stowarzyszenie Dziennikarzy (na wygnaniu)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "na wygnaniu", "na emigracji", "w emigracji",
};

// A company's legal form, abbreviated with full stops ("Orlen S.A.", "Kopex sp. z o.o.").
inline constexpr std::string_view company_forms[] = {
    "s.a.",
    "o.o.",
};

// "Fundacja Bursztyn (z siedzibą w Gdańsku)": the words that say where an
// organisation is based, in parentheses after its name, before the place.
inline constexpr std::string_view base_phrases[] = {
    "z siedzibą w", "z siedzibą we", "mająca siedzibę w",
};

// "List do Ministra Sprawiedliwości …": a headline that names a letter by its reader, though it
// calls it neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "list do",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "imię", "imiona",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "nazwisko",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "sygnatura czasowa",
    "data podpisania", "podpisano dnia",
};

// "Fundacja Bursztyn (członek IFEX)", "Centrum Bursztyn (status obserwatora)", "Stowarzyszenie
// Bursztyn (w organizacji)": what an organisation is to a body it belongs to, its status with one,
// or that it is still being founded; in parentheses after its name, none of it.
inline constexpr std::string_view standing_remarks[] = {
    "członek",
    "członkini",
    "członkowie",
    "status",
    "akredytowana",
    "w organizacji",
    "w trakcie rejestracji",
    "w trakcie tworzenia",
    "niezarejestrowana",
};

// "My, Sieć X, koalicja, której członkami są A, B i C, potępiamy …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "której członkami są", "którego członkami są", "w skład której wchodzą", "w skład którego wchodzą",
    "zrzeszająca", "zrzeszający", "skupiająca", "skupiający",
};

// "Powszechny Przegląd Okresowy Republiki Velorii", "UPR – 4. cykl": the name of the UN's review
// of each state's human rights record, which opens a submission's cover line.
inline constexpr std::string_view review_names[] = {
    "powszechny przegląd okresowy",
    "upr",
};

// "4. cykl", "47. sesja Grupy Roboczej UPR": after an ordinal, the round of a review or the
// sitting of the body that holds it, on a submission's cover.
inline constexpr std::string_view review_rounds[] = {
    "cykl",
    "cyklu",
    "sesja",
    "sesji",
};

// "Ten apel podpisały …", "niniejszy list": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "ten",
    "ta",
    "to",
    "tę",
    "niniejszy",
    "niniejsza",
    "niniejsze",
    "niniejszą",
};

// "Dziękuję, Panie Przewodniczący.":
// the thanks before the greeting of the chair with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "dziękuję",
    "dziękuję bardzo",
};

// "uwolnienia", "uchylenia": what a call asks for, named by its noun ("Domagamy się uwolnienia
// działaczy skazanych do sześciu lat"): no addressee, and its "do" is the sentence's.
inline constexpr std::string_view demanded_actions[] = {
    "uwolnienia",
    "uwolnienie",
    "uchylenia",
    "uchylenie",
    "zniesienia",
    "zniesienie",
    "wycofania",
    "wycofanie",
    "zaprzestania",
    "zaprzestanie",
};

}  // namespace pl_detail

inline constexpr language_table pl{
    "pl",
    "Polish",
    pl_detail::kind_words,
    pl_detail::months,
    pl_detail::stop_words,
    pl_detail::opening_phrases,
    pl_detail::call_verbs,
    pl_detail::signatory_headers,
    pl_detail::chrome_phrases,
    pl_detail::person_titles,
    pl_detail::organisation_words,
    pl_detail::conjunctions,
    pl_detail::list_closers,
    pl_detail::addressee_openers,
    pl_detail::coalition_markers,
    pl_detail::name_column_words,
    pl_detail::country_column_words,
    pl_detail::obligation_words,
    pl_detail::reporting_markers,
    pl_detail::appeal_cues,
    pl_detail::infinitive_markers,
    {},  // day_suffixes: the day is written without a suffix
    {},  // date_linkers: the parts of a date follow each other
    pl_detail::today_words,
    pl_detail::role_words,
    pl_detail::first_person_plural,
    pl_detail::salutations,
    pl_detail::closings,
    pl_detail::subject_openers,
    pl_detail::behalf_phrases,
    pl_detail::topic_markers,
    pl_detail::signing_cues,
    pl_detail::call_prepositions,
    {},  // no articles
    pl_detail::legal_form_words,
    {},  // no spelling variants
    {},  // no patronymics
    {},  // surname_endings: "-ska" ends "Polska" too, in many an organisation's name
    pl_detail::given_names,
    {},  // infinitive_endings: a word marks the infinitive (infinitive_markers)
    {},  // prepositions: read only with infinitive_endings
    pl_detail::second_person,
    {},  // reader_object_pronouns: the reader's object is a form of address ("Prosimy Pana")
    pl_detail::reader_possessives,
    pl_detail::signing_invitations,
    pl_detail::obligation_verbs,
    pl_detail::passive_auxiliaries,
    {},  // town_markers: a town follows a comma without a word for it
    pl_detail::place_column_words,
    pl_detail::type_column_words,
    pl_detail::affiliation_column_words,
    pl_detail::representative_column_words,
    pl_detail::post_column_words,
    pl_detail::signature_column_words,
    pl_detail::contact_column_words,
    pl_detail::author_verbs,
    pl_detail::state_words,
    pl_detail::entitlement_phrases,
    pl_detail::also_words,
    pl_detail::reported_call_verbs,
    pl_detail::organisation_kinds,
    pl_detail::clause_openers,
    pl_detail::author_groups,
    pl_detail::section_headings,
    pl_detail::person_groups,
    pl_detail::faith_groups,
    pl_detail::update_words,
    pl_detail::copy_keys,
    pl_detail::following_words,
    {},  // demand_verbs: none listed; their endings tell demands (demand_endings)
    pl_detail::demand_endings,
    {},  // dative_endings: an article or a preposition marks the addressee
    pl_detail::form_name_labels,
    {},  // form_behalf_labels: the organisation a form's signer signs for is not labelled so
    pl_detail::form_role_labels,
    pl_detail::signature_words,
    {},  // signature_abbreviations: no abbreviation stands for a signature
    pl_detail::version_words,
    pl_detail::occasion_openers,
    pl_detail::withheld_names,
    pl_detail::demand_labels,
    pl_detail::delivery_phrases,
    pl_detail::retirement_marks,
    pl_detail::speaker_phrases,
    pl_detail::prohibitions,
    pl_detail::name_abbreviations,
    pl_detail::about_openers,
    pl_detail::page_field_labels,
    pl_detail::capacity_remarks,
    {},  // post_nominals: the English and German tables' letters are read in every language
    pl_detail::branch_words,
    pl_detail::governing_bodies,
    pl_detail::member_phrases,
    pl_detail::proceeding_captions,
    pl_detail::compound_heads,
    {},  // mandate_prepositions: the addressee ends at the infinitive's marker, not at a preposition
    pl_detail::signing_statuses,
    pl_detail::group_scopes,
    {},  // author_joiners: the genitive names the author without a word ("Oświadczenie Fundacji …")
    pl_detail::exile_remarks,
    {},  // consultative_statuses: the UN publishes no statements in Polish
    pl_detail::base_phrases,
    false,  // verb_second: the subject comes before the verb
    pl_detail::company_forms,
    {},  // complement_prepositions: a complement declines, without a preposition
    pl_detail::letter_openers,
    pl_detail::given_name_column_words,
    pl_detail::surname_column_words,
    pl_detail::timestamp_column_words,
    {},  // view_sharing_phrases: the UN publishes no statements in Polish
    {},  // patronymic_column_words: Polish names carry no patronymic
    pl_detail::standing_remarks,
    pl_detail::member_introducers,
    pl_detail::review_names,
    pl_detail::review_rounds,
    {},  // complement_topic_markers: a complement declines, without a preposition
    pl_detail::self_references,
    pl_detail::chair_thanks,
    pl_detail::demanded_actions,
};

}  // namespace lang
CIVIC_NAMESPACE_END
