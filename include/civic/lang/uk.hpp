// Ukrainian: the words Ukrainian-language statements use to name their kind, date
// themselves, open, demand, list their signatories, and the web-page chrome around them.
// Every phrase is in utf8::fold form: the apostrophe of "об'єднання" folds to '"'.
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace uk_detail {

using sk = statement_kind;

inline constexpr kind_word kind_words[] = {
    {"спільна заява", sk::joint_statement},
    {"спільна усна заява", sk::joint_statement},  // spoken at a session of a UN body
    {"колективна заява", sk::joint_statement},
    {"спільне подання", sk::joint_statement},  // to a review: "Спільне подання до Універсального періодичного огляду"
    {"спільний відкритий лист", sk::open_letter},
    {"відкритий лист", sk::open_letter},
    {"колективний лист", sk::open_letter},
    {"спільне звернення", sk::appeal},
    {"відкрите звернення", sk::appeal},
    {"публічне звернення", sk::appeal},
    {"звернення", sk::appeal},
    {"заклик", sk::appeal},
    {"декларація", sk::declaration},
    {"маніфест", sk::declaration},
    {"прес-реліз", sk::press_release},
    {"петиція", sk::petition},
    {"петицію", sk::petition},  // "Підпишіть петицію: …", "направили петицію": the accusative
    {"публічна заява", sk::statement},
    {"заява", sk::statement},
    {"комюніке", sk::statement},
};

// Nominative, genitive ("22 липня 2024"), locative ("у липні") and dotted abbreviations;
// the bare abbreviation of листопад is left out: "лист" is the word for a letter.
inline constexpr month_name months[] = {
    {"січень", 1},    {"лютий", 2},     {"березень", 3}, {"квітень", 4},  {"травень", 5},
    {"червень", 6},   {"липень", 7},    {"серпень", 8},  {"вересень", 9}, {"жовтень", 10},
    {"листопад", 11}, {"грудень", 12},
    {"січня", 1},     {"лютого", 2},    {"березня", 3},  {"квітня", 4},   {"травня", 5},
    {"червня", 6},    {"липня", 7},     {"серпня", 8},   {"вересня", 9},  {"жовтня", 10},
    {"листопада", 11}, {"грудня", 12},
    {"січні", 1},     {"лютому", 2},    {"березні", 3},  {"квітні", 4},   {"травні", 5},
    {"червні", 6},    {"липні", 7},     {"серпні", 8},   {"вересні", 9},  {"жовтні", 10},
    {"листопаді", 11}, {"грудні", 12},
    {"січ.", 1},      {"лют.", 2},      {"бер.", 3},     {"квіт.", 4},    {"трав.", 5},
    {"черв.", 6},     {"лип.", 7},      {"серп.", 8},    {"вер.", 9},     {"жовт.", 10},
    {"лист.", 11},    {"груд.", 12},
};

// Words Russian does not use as such; "для" is written by both and weighted down by the
// detector. в/на/не/до/за/по are left out (both languages, same frequency).
inline constexpr std::string_view stop_words[] = {
    "і",     "й",     "та",     "що",     "це",    "як",     "від",    "для",   "які",
    "який",  "яка",   "яких",   "яке",    "є",     "з",      "із",     "зі",    "у",
    "про",   "її",    "його",   "їх",     "ми",    "він",    "вона",   "вони",  "був",
    "була",  "були",  "було",   "бути",   "також", "вже",    "лише",   "тільки", "після",
    "або",   "але",   "щоб",    "цього",  "цьому", "ці",     "цих",    "цієї",  "року",
    "ніж",   "якщо",  "під",    "чи",     "проти", "між",    "своїх",  "свої",  "коли",
    "де",    "має",   "мають",  "щодо",   "саме",  "повинні", "нашої",
};

inline constexpr std::string_view opening_phrases[] = {
    "ми, що нижче підписалися",
    "ми, нижчепідписані організації",
    "ми, нижчепідписані",
    "ми, які підписалися нижче",
    "ми, що підписалися нижче",
    "ми нижчепідписані",
    "нижчепідписані організації",
    "ми, представники",
    "ми, правозахисні організації",
    "ми, громадські організації",
};

inline constexpr std::string_view call_verbs[] = {
    "закликаємо",  "вимагаємо",   "просимо",    "наполягаємо", "звертаємося до", "звертаємось до",
    "закликають",  "вимагають",   "просять",    "наполягають", "звертаються до",
    "рекомендуємо", "пропонуємо", "вважаємо за необхідне",
    // A network that speaks of itself: "Коаліція закликає:", "Мережа вимагає:".
    "закликає",    "вимагає",     "просить",    "наполягає",  "звертається до",
    // "Наші рекомендації уряду Республіки Северія:": the noun, the addressee after it in the
    // dative, a line over the calls.
    "рекомендації",
};

inline constexpr std::string_view signatory_headers[] = {
    "список підписантів",      "організації-підписанти", "перші підписанти",
    "підписали",               "підписалися",            "підписанти",
    "підписи",
    "організації",
    "приватні особи",
    "фізичні особи",
    "індивідуальні підписи",
    "список організацій", "список організацій-підписантів",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "члени", "організації-члени",
    // The initiators of a statement, over its list or beside it.
    "ініціатори",
    "з ініціативи",
    "спільно з", "разом з",
    // Headers that say the statement was joined or supported.
    "заяву підтримали", "звернення підтримали", "за підтримки", "долучилися до заяви", "долучилися", "організації, що підписали заяву",
};

inline constexpr std::string_view chrome_phrases[] = {
    "інші новини",   "схожі новини",   "останні новини",  "читати далі",
    "читайте також", "детальніше",     "поділитися",      "коментарі",
    "коментувати",   "залишити коментар", "помилка в тексті", "версія для друку",
    "друк",          "підписатися",    "підпишіться",     "розсилка",
    "підтримати",    "меню",           "головна",         "пошук",
    "усі права захищені", "всі права захищені", "політика конфіденційності",
    "попередній запис", "наступний запис", "нагору",      "теги",
    "мітки",         "рубрики",
    "контакти",
    "контакт",
    "завантажити", "завантажити pdf",
    "схожі матеріали", "схожі статті", "наступна стаття", "попередня стаття",
    "відповісти", "коментарів", "коментаря",
    // Skip links and links to the full text.
    "перейти до вмісту", "перейти до змісту", "читати повністю", "повний текст заяви",
    // A post's contacts for the press, its share button and its channel.
    "контакти для змі", "поширити", "підписатися на канал", "підпишіться на канал",
    "джерело",
    "повний список підписантів",
    "читати",
    "контакт для змі",
    "приєднатися до",
};

inline constexpr std::string_view person_titles[] = {
    "пан", "пані", "д-р", "проф.", "проф", "народний депутат", "депутат",
    // A clergyman's rank before his name, in lower case as church letters write it ("прот. Іоанн
    // Петренко", "о. Андрій Зелінський").
    "прот.", "протоієрей", "ієрей", "свящ.", "священник", "диякон", "ігумен", "ігуменя", "ієромонах",
    "о.", "отець", "єп.", "єпископ", "архиєп.", "архиєпископ", "митрополит",
    // An honorary title of the state before the name ("Заслужений юрист України Олена Коваль").
    "заслужений", "заслужена", "народний артист", "народна артистка",
};

inline constexpr std::string_view organisation_words[] = {
    "асоціація", "центр",      "комітет",    "фонд",       "інститут",   "мережа",
    "спілка",    "союз",       "рада",       "рух",        "організація", "об\"єднання",
    "правозахисна", "правозахисний", "коаліція", "ліга",   "клуб",       "бюро",
    "агенція",   "агентство",  "група",      "проєкт",     "проект",     "ініціатива",
    "платформа", "форум",      "федерація",  "альянс",     "клініка",    "товариство",
    "партнерство", "палата",   "служба",     "студія",     "дім",        "академія",
    "громадська", "го",        "бо",         "мго",        "вго",        "бф",
    "мбф",       "гс",
    "комісія",
    "відділення",
    // A university: an organisation, and the affiliation a scholar signs with
    // ("Іван Петренко – Київський університет").
    "університет",
};

inline constexpr std::string_view conjunctions[] = {"і", "та", "й", "а також"};

inline constexpr std::string_view list_closers[] = {
    "та інші організації", "та інші правозахисники", "та інші активісти", "та інші",
    "і інші",              "й інші",                 "тощо",
    "та ще",
    "і ще",
    "та низка інших", "та низка інших організацій", "та ряд інших",
};

inline constexpr std::string_view addressee_openers[] = {
    "президенту",  "генеральному прокурору", "голові",   "міністру",  "уповноваженому",
    "прем\"єр-міністру", "до",               "шановний", "шановна",   "шановні",
    "кому",  // "Кому: Міністру освіти …", a form's label, as "To:"
};

inline constexpr std::string_view coalition_markers[] = {
    "члени",
    "учасники",
    "організації-члени",
};

inline constexpr std::string_view name_column_words[] = {
    "ім\"я",
    "назва",
    "організація",
};

inline constexpr std::string_view country_column_words[] = {
    "країна",
};

inline constexpr std::string_view obligation_words[] = {
    "повинні",
    "повинен",
    "мають",
    "необхідно",
    "вимоги",
    "рекомендації",
    "очікування",
};

inline constexpr std::string_view reporting_markers[] = {
    "у своєму",
    "у спільному",
    "направили",
    "оприлюднили",
};

inline constexpr std::string_view appeal_cues[] = {
    "звертаємось до",
    "звертаємося до",
    "звертаємось із закликом",
    "звертаємося із закликом",
    "приєднуйтесь до нас",
    "долучайтеся до нас",
    "закликаємо всіх",
    "просимо підтримати",
};

inline constexpr std::string_view day_suffixes[] = {
    "-го",
};

inline constexpr std::string_view today_words[] = {
    "сьогодні",
};

inline constexpr std::string_view role_words[] = {
    "журналіст",
    "журналістка",
    "юрист",
    "адвокат",
    "директор",
    "професор",
    "голова",
    "президент",
    "координатор",
    "активіст",
    "активістка",
    "правозахисник",
    "правозахисниця",
    "експерт",
    "член",
    "керівник",
    "редактор",
    "головний редактор",
    "засновник",
    "психолог",
    "економіст",
    "депутат",
    "співголова",
    "директорка",
    "виконавчий директор",
    "виконавча директорка",
    "голова правління",
    "координаторка",
    "юристка",
    "адвокатка",
    "керівниця",
    "редакторка",
    "засновниця",
    "співзасновник",
    "співзасновниця",
    "експертка",
    "спостерігач",
};

inline constexpr std::string_view first_person_plural[] = {
    // a language that drops the pronoun says "we" with the verb
    "закликаємо",
    "вимагаємо",
    "вважаємо",
    "висловлюємо",
    "засуджуємо",
    "заявляємо",
    "звертаємося",
    "звертаємось",
    "підтримуємо",
    "ми",
    "нас",
    "наш",
    "наша",
    "наше",
    "наші",
    "нами",
    "нам",
    "нижчепідписані",
    "просимо",
    "наполягаємо",
    "рекомендуємо",
    "пропонуємо",
};

inline constexpr std::string_view salutations[] = {
    "шановний",
    "пані та панове",
    "шановні пані та панове",
    "шановна",
    "шановні",
    "дорогий",
    "дорогі",
    // "Пане Голово,": a statement read out greets the chair.
    "пане голово",
    "пані голово",
};

inline constexpr std::string_view subject_openers[] = {
    "щодо",
    "стосовно",
    "у зв\"язку з",
    "тема:",
};

inline constexpr std::string_view behalf_phrases[] = {
    "від імені",
};

inline constexpr std::string_view topic_markers[] = {
    "щодо",
    "про",
    "стосовно",
    "проти",
    "на захист",
    "на підтримку",
    "від",
    // "Звертаємося до … з закликом:": what is asked opens with the word for the call itself
    "з закликом",
    "із закликом",
    "з вимогою",
    "з проханням",
    "із проханням",
};

inline constexpr std::string_view closings[] = {
    "з повагою",
    "з глибокою повагою",
    "з найкращими побажаннями",
    "щиро ваш",
    "щиро ваші",
    "у солідарності",
    "в солідарності",
    "із солідарністю",
};

inline constexpr std::string_view signing_cues[] = {
    "підписали",
    "підписав",
    "підписала",
    "підписалися",
    "підписанти",
    "організатори",
};

inline constexpr std::string_view call_prepositions[] = {
    "від",
    "до",
};

// A legal form before or after an organisation's name, dropped by the organisation key.
inline constexpr std::string_view legal_form_words[] = {
    "го",
    "мго",
    "вго",
    "бф",
    "бо",
    "гс",
    "громадська організація",
    "громадська спілка",
    "міжнародна громадська організація",
    "всеукраїнська громадська організація",
    "благодійна організація",
    "благодійний фонд",
};

// Endings of patronymics ("Иванович", "Петрівна", "Ivanovich"): a name with one is a person's.
inline constexpr std::string_view patronymic_endings[] = {
    "ович",
    "йович",
    "евич",
    "івна",
    "ївна",
};

// Endings of the infinitive ("освободить", "звільнити"): a language that marks no infinitive
// with a word ends a call's addressee at the word with one ("призываем власти освободить").
inline constexpr std::string_view infinitive_endings[] = {
    "ти",
    "тися",
    "ть",
    "тись",
};

// Prepositions: after a call verb, the addressee ends before one ("призываем суд при рассмотрении …").
inline constexpr std::string_view prepositions[] = {
    "в",
    "у",
    "на",
    "по",
    "за",
    "о",
    "об",
    "з",
    "із",
    "зі",
    "до",
    "від",
    "при",
    "для",
    "без",
    "під",
    "над",
    "через",
    "після",
    "перед",
    "між",
    "щодо",
};

// Endings of surnames ("Мельничук", "Гончаренко", "Остапенко", "Тарасюк"): the first or last of
// two or three capitalised words that ends so is a person's surname, whatever their given name.
inline constexpr std::string_view surname_endings[] = {
    "енко", "ук", "юк", "ський", "ська", "цький", "цька", "ов", "ова", "ев", "ева", "єв", "єва", "ін", "іна",
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "олександр", "олексій", "андрій", "богдан", "василь", "віктор", "володимир", "дмитро",
    "євген", "іван", "ігор", "микола", "михайло", "олег", "остап", "павло", "петро", "роман",
    "сергій", "степан", "тарас", "юрій", "ярослав", "анна", "олена", "оксана", "ольга",
    "тетяна", "наталія", "ірина", "марія", "юлія", "людмила", "галина", "катерина", "вікторія",
    "софія", "мирослава", "оля", "христина", "леся", "світлана",
    "максим",
    "артем",
    "денис",
    "анастасія",
    "ганна",
};

inline constexpr std::string_view second_person[] = {
    "вас",
    "ви",
    "вам",
};

// "Закликаємо ваш уряд:": the reader's own government or body, which a letter that names its reader
// asks as it asks "you".
inline constexpr std::string_view reader_possessives[] = {
    "ваш",
    "ваша",
    "ваше",
    "вашого",
    "вашому",
    "вашу",
    "вашої",
    "вашій",
    "ваші",
    "ваших",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    // A signing page's button ("Підпишіть петицію"), which names the kind of the text it is over.
    "підпишіть петицію",
    "підписати петицію",
    "відкрите для підписання",
    "відкрита для підписання",
    "відкритий для підписання",
    "відкрито для підписання",
    "відкрито для приєднання",
    "відкрите для приєднання",
    "щоб підписати",
    "щоб долучитися",
    "щоб приєднатися",
    "бажаєте підписати",
    "бажаєте долучитися",
    "бажають підписати",
    "список залишається відкритим",
    "список відкритий",
    // Where the whole list is: "The full list of signatories is available at …".
    "повний список підписантів",
    "повний список тих, хто підписав",
    // "Підписи продовжуємо збирати.", "Приєднатися до заяви: …".
    "підписи продовжуємо збирати", "продовжуємо збирати підписи", "приєднатися до заяви", "приєднатися", "для приєднання", "список буде поповнюватися",
    // "Збір підписів триває.", a signing page's button.
    "збір підписів триває", "збір підписів продовжується", "підписати заяву", "підписати звернення", "підписати лист",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "підписантів: див.",
    "підписали: див.",
    "підписи: див.",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "повинні",
    "повинен",
    "повинна",
    "мусять",
    "зобов\"язані",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "бути",
};

// "Центр громадянських свобод, м. Київ": the word that says a town's name follows, after a
// signer's name.
inline constexpr std::string_view town_markers[] = {
    "м.",
    "смт",
    "с.",
    "місто",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "місто",
    "населений пункт",
    "регіон",
    "область",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "тип",
    "категорія",
    "вид",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "організація",
    "афіліація",
    "місце роботи",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "підписав",
    "підписано",
    "представник",
    "керівник",  // "№ | Назва організації | Місто | Керівник": the head who signs for it
    "керівниця",
    "контактна особа",
};

// "Ім'я | Посада | Організація": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "посада",
    "звання",
};

// "Ім'я | Організація | Підпис": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "підпис",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "контакт",
    "контакти",
    "контактні дані",
    "e-mail",
    "email",
    "ел. пошта",
    "електронна пошта",
    "сайт",
    "вебсайт",
    "веб-сайт",
    "телефон",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names); and said by them in the
// first, after the names beside their "we" ("Nous, A, B et C, dénonçons …"), where the two
// persons differ.
inline constexpr std::string_view author_verbs[] = {
    "засуджують",
    "засудили",
    "висловлюють",
    "висловили",
    "заявляють",
    "заявили",
    "вітають",
    "закликали",
    "вимагали",
    "звернулися",
    "звернулись",
    "виступили",
    "виступають",
    "вважають",
    "протестують",
    "направили",
    "оприлюднили",
    "закликало",
    "вимагало",
    // The first person plural: "we, A, B and C, condemn …".
    "засуджуємо",
    "висловлюємо",
    "заявляємо",
    "вітаємо",
    "вважаємо",
    "протестуємо",
    "виступаємо",
    "звертаємося",
    "звертаємось",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "міністерство",
    "міністр",
    "уряд",
    "парламент",
    "верховна рада",
    "прокуратура",
    "суд",
    "поліція",
    "мвс",
    "сбу",
    "президент",
    "посольство",
    "влада",
    "адміністрація",
    "міжнародна спільнота",
    "міжнародне співтовариство",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "право на",
    "свої права",
    "мати право",
    "бути вільними",
    "вільно",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "також",
    "теж",
    "ще раз",
    "знову",
    "тому",
    "наполегливо",
    "терміново",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "закликали",
    "вимагали",
    "звернулися",
    "звернулись",
    "закликало",
    "вимагало",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "компанія",
    "кооператив",
    "змі",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "щоб",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "організації",
    "організацій",
    "правозахисники",
    "коаліція",
    "профспілки",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "довідка",
    "контекст",
    "додаток",
    "передісторія",
    "для довідки",
    "довідково",
    "про коаліцію",
    "примітки", "виноски", "джерела",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "приватні особи",
    "фізичні особи",
    "громадяни",
    "особи",
    "експерти",
    // People named by what they do: "Правозахисники:".
    "правозахисники", "активісти", "журналісти", "адвокати", "юристи", "науковці",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "греко-католицькі",
    "католицькі",
    "міжконфесійні",
    "мусульманські",
    "православні",
    "протестантські",
    "християнські",
    "юдейські",
};

// A page's note that it was changed after it was published ("Оновлено 5 грудня 2026"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "оновлено", "оновлення", "змінено",
};

// The key of a letter's copy list ("Копія: …"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "копія", "копії", "cc",
};

inline constexpr std::string_view following_words[] = {
    "наступне",
    "наступному",
    "наступні",
    "наступних",
    "такого",
    "таке",
};

// "Верховній Раді України:", "Кабінету Міністрів:", "Міжнародним партнерам:": the endings of a
// heading's first word in the dative, over the demands asked of whom it names.
inline constexpr std::string_view dative_endings[] = {
    "ам", "ям", "ому", "ові", "еві", "ій", "і", "у", "ю",
};

// The label of a signing form's field of a person's name ("ПІБ: Міра Таллоу").
inline constexpr std::string_view form_name_labels[] = {
    "піб",
    "п.і.б.",
    "п. і. б.",
    "ім'я",
    "ім'я та прізвище",
    "прізвище та ім'я",
};

// The label of a signing form's field of its signer's role ("Посада: директорка").
inline constexpr std::string_view form_role_labels[] = {
    "посада",
};

// A word that stands for a handwritten signature in brackets ("(підпис)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "підпис",
    "підписано",
};

// A word of a short line that points to the text in another language:
// "Англійська версія", "Українська версія".
inline constexpr std::string_view version_words[] = {
    "версія", "версію",
};

// On a dateline, after its date and a comma: the occasion the day marks ("з нагоди …").
inline constexpr std::string_view occasion_openers[] = {
    "з нагоди",
    "у день",
    "в день",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "анонімно", "анонімна", "анонімний", "анонім",
};

// The word that numbers a demand standing as a paragraph of its own: "Рекомендація 1: Скасувати …", "Вимога 2: …".
inline constexpr std::string_view demand_labels[] = {
    "рекомендація",
    "вимога",
    "пропозиція",
};

// "Надіслано електронною поштою": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "надіслано електронною поштою",
    "надіслано на електронну пошту",
    "електронною поштою",
    "факсом",
};

// In parentheses after a title, its holder has retired: "(у відставці)"
// ("Генерал (у відставці) Іван Петренко").
inline constexpr std::string_view retirement_marks[] = {
    "у відставці", "у відст.",
};

// "Зачитала: Міра Таллоу", "Виголосив …": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "зачитав",
    "зачитала",
    "виголосив",
    "виголосила",
    "виступає",
};

// "Про Центр громадянських свобод": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "про",
};

// "Ні війні", "Не видавайте …": a demand that forbids opens so.
inline constexpr std::string_view prohibitions[] = {
    "ні",
    "не",
};

// "Фонд ім. Івана Франка": an abbreviation inside a name ("імені"), its full stop no
// sentence's.
inline constexpr std::string_view name_abbreviations[] = {
    "ім.",
};

// The labels of a page's fields, each alone on its line over its value
// ("Формат" / "Прес-реліз", "Країни:" / "Україна, Польща"): the
// page that republishes a statement (an aggregator's), not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "формат", "джерело", "джерела", "опубліковано", "країни", "теми", "вкладення",
};

// "(в особистому статусі)", "(особисто)": after a signer, that they sign for themselves.
inline constexpr std::string_view capacity_remarks[] = {
    "в особистому статусі",
    "в особистій якості",
    "в особистому порядку",
    "у особистому статусі",
    "особисто",
    "від власного імені",
};

// "… , відділення в Києві", "… , Київський офіс": an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "відділення", "філія", "офіс", "представництво", "осередок",
};

// A body that governs a network, over its members' names in the list (language_table.hpp).
inline constexpr std::string_view governing_bodies[] = {
    "координаційна рада",
    "керівний комітет",
    "виконавчий комітет",
    "наглядова рада",
    "правління",
    "президія",
};

// After a network's name, its members with it (language_table.hpp).
inline constexpr std::string_view member_phrases[] = {
    "та її організації-члени",
    "та її члени",
    "та його члени",
    "і її члени",
    "та її учасники",
    "та його учасники",
};

// "У справі …", "По справі № …": a filing's caption, over its own heading ("Спільний
// висновок …").
inline constexpr std::string_view proceeding_captions[] = {
    "у справі",
    "в справі",
    "по справі",
};

// "Віце-" / "президент", "північно-" / "західний": the first part of a compound, whose hyphen at a
// line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"віце", "військово", "генерал", "західно", "інтернет", "медіа", "науково", "онлайн", "південно", "північно", "соціально", "суспільно", "східно", "штаб"};

// "Уповноваженого з прав людини", "Комітет проти катувань": a preposition after a body's
// title in capitals that opens its mandate, a part of its name, before the infinitive of a call.
inline constexpr std::string_view mandate_prepositions[] = {
    "з",
    "із",
    "проти",
    "при",
};

inline constexpr std::string_view signing_statuses[] = {
    "підписант",
    "підписантка",
    "спостерігач",
    "спостерігачка",
    "підтримує",
    "організація підтримки",
    "ініціатор",
    "співініціатор",
    "партнер",
};

inline constexpr std::string_view group_scopes[] = {
    "європейський рівень",
    "національний рівень",
    "регіональний рівень",
    "міжнародний рівень",
    "місцевий рівень",
};

// "Асоціація журналістів (у вигнанні)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "у вигнанні", "в вигнанні", "на вигнанні", "в еміграції", "у еміграції",
};

// "Центр «Бурштин» (базується у Львові)": the words that say where an
// organisation is based, in parentheses after its name, before the place.
inline constexpr std::string_view base_phrases[] = {
    "базується в", "базується у", "з осідком у", "з осідком в", "зі штаб-квартирою в", "зі штаб-квартирою у",
};

// "Лист до Верховної Ради …": a headline that names a letter by its reader, though it calls it
// neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "лист до",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "ім\"я",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "прізвище",
};

// "| Прізвище | Ім'я | По батькові |": a signature sheet's column of each person's patronymic, beside their
// given name's and their surname's; the person is written given name, patronymic, surname.
inline constexpr std::string_view patronymic_column_words[] = {
    "по батькові",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "позначка часу",
    "дата підписання",
};

// "Фонд «Бурштин» (член IFEX)", "Центр «Бурштин» (статус спостерігача)", "Ініціатива «Бурштин» (в
// стадії створення)": what an organisation is to a body it belongs to, its status with one, or
// that it is still being founded; in parentheses after its name, none of it.
inline constexpr std::string_view standing_remarks[] = {
    "член",
    "члени",
    "членом",
    "членкиня",
    "статус",
    "статусом",
    "акредитована",
    "в стадії створення",
    "у стадії створення",
    "в процесі реєстрації",
    "у процесі реєстрації",
    "в стадії реєстрації",
    "у стадії реєстрації",
    "незареєстрована",
    "без реєстрації",
};

// "Ми, Мережа X, коаліція, членами якої є A, B та C, засуджуємо …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "членами якої є", "членами якого є", "до якої входять", "до якого входять", "до складу якої входять",
    "до складу якого входять", "у складі якої", "у складі якого",
};

// "Універсальний періодичний огляд Республіки Велорія", "УПО – 4-й цикл": the name of the
// UN's review of each state's human rights record, which opens a submission's cover line.
inline constexpr std::string_view review_names[] = {
    "універсальний періодичний огляд",
    "упо",
};

// "4-й цикл", "47-ма сесія Робочої групи з УПО": after an ordinal, the round of a review or
// the sitting of the body that holds it, on a submission's cover.
inline constexpr std::string_view review_rounds[] = {
    "цикл",
    "циклу",
    "сесія",
    "сесії",
};

// "Звертаємося до депутатів від Партії Відродження із закликом:": a topic marker that, before a
// capital, joins the name's complement (whom the deputies were elected for), where "від
// правозахисників" names who wrote.
inline constexpr std::string_view complement_topic_markers[] = {
    "від",
};

// "Цю заяву підписали …", "дане звернення": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "це",
    "цей",
    "ця",
    "цю",
    "дане",
    "даний",
    "дана",
    "дану",
};

// "Дякую, пане Голово.":
// the thanks before the greeting of the chair with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "дякую",
    "щиро дякую",
};

// "звільнення", "скасування": what a call asks for, named by its noun ("Вимагаємо звільнення
// активістів, засуджених до шести років"): no addressee, and its "до" is the sentence's.
inline constexpr std::string_view demanded_actions[] = {
    "звільнення",
    "скасування",
    "припинення",
    "зняття",
    "відкликання",
    "перегляду",
    "перегляд",
};

}  // namespace uk_detail

inline constexpr language_table uk{
    "uk",
    "Ukrainian",
    uk_detail::kind_words,
    uk_detail::months,
    uk_detail::stop_words,
    uk_detail::opening_phrases,
    uk_detail::call_verbs,
    uk_detail::signatory_headers,
    uk_detail::chrome_phrases,
    uk_detail::person_titles,
    uk_detail::organisation_words,
    uk_detail::conjunctions,
    uk_detail::list_closers,
    uk_detail::addressee_openers,
    uk_detail::coalition_markers,
    uk_detail::name_column_words,
    uk_detail::country_column_words,
    uk_detail::obligation_words,
    uk_detail::reporting_markers,
    uk_detail::appeal_cues,
    {},  // infinitive_markers: the infinitive follows the addressee directly
    uk_detail::day_suffixes,
    {},  // date_linkers: the parts of a date follow each other
    uk_detail::today_words,
    uk_detail::role_words,
    uk_detail::first_person_plural,
    uk_detail::salutations,
    uk_detail::closings,
    uk_detail::subject_openers,
    uk_detail::behalf_phrases,
    uk_detail::topic_markers,
    uk_detail::signing_cues,
    uk_detail::call_prepositions,
    {},  // no articles
    uk_detail::legal_form_words,
    {},  // no spelling variants
    uk_detail::patronymic_endings,
    uk_detail::surname_endings,
    uk_detail::given_names,
    uk_detail::infinitive_endings,
    uk_detail::prepositions,
    uk_detail::second_person,
    {},  // reader_object_pronouns: the reader's object is a pronoun of address ("Просимо вас")
    uk_detail::reader_possessives,
    uk_detail::signing_invitations,
    uk_detail::obligation_verbs,
    uk_detail::passive_auxiliaries,
    uk_detail::town_markers,
    uk_detail::place_column_words,
    uk_detail::type_column_words,
    uk_detail::affiliation_column_words,
    uk_detail::representative_column_words,
    uk_detail::post_column_words,
    uk_detail::signature_column_words,
    uk_detail::contact_column_words,
    uk_detail::author_verbs,
    uk_detail::state_words,
    uk_detail::entitlement_phrases,
    uk_detail::also_words,
    uk_detail::reported_call_verbs,
    uk_detail::organisation_kinds,
    uk_detail::clause_openers,
    uk_detail::author_groups,
    uk_detail::section_headings,
    uk_detail::person_groups,
    uk_detail::faith_groups,
    uk_detail::update_words,
    uk_detail::copy_keys,
    uk_detail::following_words,
    {},  // demand_verbs: the infinitive's ending tells a demand
    {},  // demand_endings: the infinitive's ending tells a demand
    uk_detail::dative_endings,
    uk_detail::form_name_labels,
    {},  // form_behalf_labels: the organisation a form's signer signs for is not labelled so
    uk_detail::form_role_labels,
    uk_detail::signature_words,
    {},  // signature_abbreviations: no abbreviation stands for a signature
    uk_detail::version_words,
    uk_detail::occasion_openers,
    uk_detail::withheld_names,
    uk_detail::demand_labels,
    uk_detail::delivery_phrases,
    uk_detail::retirement_marks,
    uk_detail::speaker_phrases,
    uk_detail::prohibitions,
    uk_detail::name_abbreviations,
    uk_detail::about_openers,
    uk_detail::page_field_labels,
    uk_detail::capacity_remarks,
    {},  // post_nominals: the English and German tables' letters are read in every language
    uk_detail::branch_words,
    uk_detail::governing_bodies,
    uk_detail::member_phrases,
    uk_detail::proceeding_captions,
    uk_detail::compound_heads,
    uk_detail::mandate_prepositions,
    uk_detail::signing_statuses,
    uk_detail::group_scopes,
    {},  // author_joiners: the genitive names the author without a word ("Заява Правозахисної мережі")
    uk_detail::exile_remarks,
    {},  // consultative_statuses: the UN publishes no statements in Ukrainian
    uk_detail::base_phrases,
    false,  // verb_second: the subject comes before the verb
    {},  // company_forms: a company's legal form is written without a full stop ("ТОВ")
    {},  // complement_prepositions: a complement declines, without a preposition
    uk_detail::letter_openers,
    uk_detail::given_name_column_words,
    uk_detail::surname_column_words,
    uk_detail::timestamp_column_words,
    {},  // view_sharing_phrases: the UN publishes no statements in Ukrainian
    uk_detail::patronymic_column_words,
    uk_detail::standing_remarks,
    uk_detail::member_introducers,
    uk_detail::review_names,
    uk_detail::review_rounds,
    uk_detail::complement_topic_markers,
    uk_detail::self_references,
    uk_detail::chair_thanks,
    uk_detail::demanded_actions,
};

}  // namespace lang
CIVIC_NAMESPACE_END
