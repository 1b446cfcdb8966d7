// Russian: the words Russian-language statements use to name their kind, date themselves,
// open, demand, list their signatories, and the web-page chrome scraped around them.
// Every phrase is in utf8::fold form (lower case, ё written е, '"' for quotes).
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace ru_detail {

using sk = statement_kind;

inline constexpr kind_word kind_words[] = {
    {"совместное заявление", sk::joint_statement},
    {"совместное устное заявление", sk::joint_statement},  // spoken at a session of a UN body
    {"коллективное заявление", sk::joint_statement},
    {"совместное представление", sk::joint_statement},  // to a review: "Совместное представление к Универсальному периодическому обзору"
    {"совместное открытое письмо", sk::open_letter},
    {"открытое письмо", sk::open_letter},
    {"коллективное письмо", sk::open_letter},
    {"совместное обращение", sk::appeal},
    {"открытое обращение", sk::appeal},
    {"публичное обращение", sk::appeal},
    {"обращение", sk::appeal},
    {"воззвание", sk::appeal},
    {"призыв", sk::appeal},
    {"декларация", sk::declaration},
    {"манифест", sk::declaration},
    {"пресс-релиз", sk::press_release},
    {"петиция", sk::petition},
    {"петицию", sk::petition},  // "Подпишите петицию: …", "направили петицию": the accusative
    {"публичное заявление", sk::statement},
    {"заявление", sk::statement},
    {"коммюнике", sk::statement},
};

// Nominative (headings), genitive ("5 января 2021"), prepositional ("в январе") and the
// abbreviations of news-site datelines ("10 окт 2020").
inline constexpr month_name months[] = {
    {"январь", 1},   {"февраль", 2},   {"март", 3},     {"апрель", 4},  {"май", 5},
    {"июнь", 6},     {"июль", 7},      {"август", 8},   {"сентябрь", 9}, {"октябрь", 10},
    {"ноябрь", 11},  {"декабрь", 12},
    {"января", 1},   {"февраля", 2},   {"марта", 3},    {"апреля", 4},  {"мая", 5},
    {"июня", 6},     {"июля", 7},      {"августа", 8},  {"сентября", 9}, {"октября", 10},
    {"ноября", 11},  {"декабря", 12},
    {"январе", 1},   {"феврале", 2},   {"марте", 3},    {"апреле", 4},  {"мае", 5},
    {"июне", 6},     {"июле", 7},      {"августе", 8},  {"сентябре", 9}, {"октябре", 10},
    {"ноябре", 11},  {"декабре", 12},
    {"янв", 1},      {"фев", 2},       {"февр", 2},     {"мар", 3},     {"апр", 4},
    {"авг", 8},      {"сен", 9},       {"сент", 9},     {"окт", 10},    {"ноя", 11},
    {"нояб", 11},    {"дек", 12},
    {"янв.", 1},     {"фев.", 2},      {"февр.", 2},    {"мар.", 3},    {"апр.", 4},
    {"авг.", 8},     {"сен.", 9},      {"сент.", 9},    {"окт.", 10},   {"нояб.", 11},
    {"дек.", 12},
};

// Words Ukrainian does not share: Ukrainian writes в/на/не/до/за/по as well, so those are
// left out and the detector is not pulled between the two by them.
inline constexpr std::string_view stop_words[] = {
    "и",       "что",     "это",    "как",     "от",      "для",     "которые", "который",
    "которая", "которых", "которое", "с",      "к",       "о",       "об",      "из",
    "его",     "ее",      "их",     "мы",      "он",      "она",     "они",     "был",
    "была",    "были",    "было",   "быть",    "также",   "уже",     "только",  "после",
    "или",     "но",      "чтобы",  "этого",   "этом",    "эти",     "этих",    "этой",
    "года",    "чем",     "со",     "бы",      "если",    "под",     "ли",      "является",
    "против",  "между",   "свои",   "своих",   "где",     "когда",   "всех",    "нашей",
};

inline constexpr std::string_view opening_phrases[] = {
    "мы, нижеподписавшиеся организации",
    "мы, нижеподписавшиеся",
    "мы нижеподписавшиеся",
    "нижеподписавшиеся организации",
    "мы, представители",
    "мы, члены",
    "мы, правозащитные организации",
};

inline constexpr std::string_view call_verbs[] = {
    "призываем",  "требуем",     "просим",      "настаиваем",  "обращаемся к",
    "призывают",  "требуют",     "просят",      "настаивают",  "обращаются к",
    "рекомендуем", "предлагаем", "считаем необходимым",
    // A network that speaks of itself: "Коалиция призывает:", "Сеть требует:".
    "призывает",  "требует",     "просит",      "настаивает",  "обращается к",
    // "Наши рекомендации правительству Республики Северия:": the noun, the addressee after it in
    // the dative, a line over the calls.
    "рекомендации",
};

inline constexpr std::string_view signatory_headers[] = {
    "список подписавших",         "список подписантов",  "подписавшие организации",
    "подписавшиеся организации",  "первые подписанты",   "подписали",
    "подписанты",                 "подписи",             "подписавшиеся",
    "подписавшие",
    "организации",
    "частные лица",
    "физические лица",
    "индивидуальные подписи",
    "список подписавших организаций", "список организаций",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "члены", "организации-члены",
    // The initiators of a statement, over its list or beside it.
    "инициаторы",
    "по инициативе",
    "совместно с", "вместе с",
    // Headers that say the statement was joined or supported.
    "заявление поддержали", "обращение поддержали", "при поддержке", "присоединились к заявлению", "присоединились", "организации, подписавшие заявление",
};

inline constexpr std::string_view chrome_phrases[] = {
    "другие новости",   "похожие новости", "последние новости", "читать далее",
    "читать также",     "читайте также",   "подробнее",         "поделиться",
    "комментарии",      "комментировать",  "оставить комментарий", "ошибка в тексте",
    "нашли ошибку",     "версия для печати", "печать",          "подписаться",
    "подпишитесь",      "рассылка",        "поддержать",        "пожертвовать",
    "меню",             "главная",         "поиск",             "все права защищены",
    "политика конфиденциальности",          "предыдущая запись", "следующая запись",
    "наверх",           "теги",            "метки",             "рубрики",
    "контакты",
    "контакт",
    "скачать", "скачать pdf",
    "похожие материалы", "похожие статьи", "следующая статья", "предыдущая статья",
    "ответить", "ответов", "метки записи", "комментария", "комментариев",
    // Skip links and links to the full text.
    "перейти к содержимому", "перейти к содержанию", "читать полностью", "полный текст заявления",
    // A post's contacts for the press and its channel.
    "контакты для сми", "подписаться на канал", "подпишитесь на канал", "поделиться в",
    "источник",
    "полный список подписантов",
    "полный список подписавших",
    "читать на",
    "присоединиться к обращению",
    "присоединиться к заявлению",
    "контакт для сми",
};

inline constexpr std::string_view person_titles[] = {
    "г-н", "г-жа", "д-р", "проф.", "проф", "господин", "госпожа", "депутат", "акад.", "акад",
    // A clergyman's rank before his name, in lower case as church letters write it ("прот. Иоанн
    // Петров", "иерей Алексей Уминский").
    "прот.", "протоиерей", "иерей", "свящ.", "священник", "диакон", "игумен", "игумения", "иеромонах",
    "еп.", "епископ", "архиеп.", "архиепископ", "митрополит",
    // An honorary title of the state before the name ("Заслуженный юрист России Анна Котова").
    "заслуженный", "заслуженная", "народный артист", "народная артистка",
};

inline constexpr std::string_view organisation_words[] = {
    "ассоциация", "центр",      "комитет",    "фонд",        "институт",  "сеть",
    "союз",       "совет",      "движение",   "общество",    "организация", "объединение",
    "правозащитный", "правозащитная", "правозащитное", "коалиция", "лига",  "клуб",
    "бюро",       "агентство",  "группа",     "проект",      "инициатива", "платформа",
    "форум",      "федерация",  "альянс",     "клиника",     "коллегия",  "мемориал",
    "партнерство", "палата",    "служба",     "студия",      "дом",       "академия",
    "ано",        "ооо",        "нко",        "оо",          "роо",       "мооо",
    "моо",        "бф",         "мбф",
    "комиссия",
    "отделение",
    // A university: an organisation, and the affiliation a scholar signs with
    // ("Иван Петров – Московский университет").
    "университет",
};

inline constexpr std::string_view conjunctions[] = {"и", "а также"};

inline constexpr std::string_view list_closers[] = {
    "и другие организации", "и другие правозащитники", "и другие активисты", "и другие",
    "и др.",
    "и еще", "а также еще",
    "и ряд других", "и ряд других организаций", "и ряд других правозащитных организаций",
};

inline constexpr std::string_view addressee_openers[] = {
    "к",           "ко",          "президенту",  "генеральному прокурору", "председателю", "министру",   "уполномоченному",
    "губернатору", "мэру",                   "прокурору",    "в адрес",    "уважаемый",
    "уважаемая",   "уважаемые",
    "кому",  // "Кому: Министру просвещения …", a form's label, as "To:"
};

inline constexpr std::string_view coalition_markers[] = {
    "члены",
    "участники",
    "организации-члены",
};

inline constexpr std::string_view name_column_words[] = {
    "имя",
    "название",
    "организация",
    "фио",
};

inline constexpr std::string_view country_column_words[] = {
    "страна",
};

inline constexpr std::string_view obligation_words[] = {
    "должны",
    "должен",
    "должна",
    "необходимо",
    "требования",
    "требуем",
    "рекомендации",
    "ожидания",
};

inline constexpr std::string_view reporting_markers[] = {
    "в своем",
    "в совместном",
    "направили",
    "опубликовали",
};

inline constexpr std::string_view appeal_cues[] = {
    "обращаемся к",
    "обращаемся с призывом",
    "присоединяйтесь к нам",
    "присоединяйтесь к акции",
    "призываем всех",
    "приглашаем всех",
    "просим поддержать",
};

inline constexpr std::string_view day_suffixes[] = {
    "-го",
    "-е",
};

inline constexpr std::string_view today_words[] = {
    "сегодня",
};

inline constexpr std::string_view role_words[] = {
    "журналист",
    "журналистка",
    "юрист",
    "адвокат",
    "директор",
    "профессор",
    "председатель",
    "президент",
    "координатор",
    "активист",
    "активистка",
    "правозащитник",
    "правозащитница",
    "эксперт",
    "член",
    "руководитель",
    "редактор",
    "главный редактор",
    "основатель",
    "психолог",
    "экономист",
    "депутат",
    "сопредседатель",
    "исполнительный директор",
    "директорка",
    "председатель правления",
    "руководительница",
    "координаторка",
    "основательница",
    "сооснователь",
    "экспертка",
    "наблюдатель",
};

inline constexpr std::string_view first_person_plural[] = {
    // a language that drops the pronoun says "we" with the verb
    "призываем",
    "требуем",
    "считаем",
    "выражаем",
    "осуждаем",
    "заявляем",
    "обращаемся",
    "поддерживаем",
    "мы",
    "нас",
    "наш",
    "наша",
    "наше",
    "наши",
    "нами",
    "нам",
    "нижеподписавшиеся",
    "просим",
    "настаиваем",
    "рекомендуем",
    "предлагаем",
};

inline constexpr std::string_view salutations[] = {
    "уважаемый",
    "дамы и господа",
    "уважаемые дамы и господа",
    "уважаемая",
    "уважаемые",
    "дорогой",
    "дорогие",
    // "Господин Председатель,": a statement read out greets the chair.
    "господин председатель",
    "госпожа председатель",
};

inline constexpr std::string_view subject_openers[] = {
    "по поводу",
    "относительно",
    "в связи с",
    "тема:",
};

inline constexpr std::string_view behalf_phrases[] = {
    "от имени",
};

inline constexpr std::string_view topic_markers[] = {
    "о",
    "об",
    "по поводу",
    "в связи с",
    "относительно",
    "против",
    "в защиту",
    "в поддержку",
    "от",
    // "Обращаемся к … с призывом:": what is asked opens with the word for the call itself
    "с призывом",
    "с требованием",
    "с просьбой",
};

inline constexpr std::string_view closings[] = {
    "с уважением",
    "с глубоким уважением",
    "с наилучшими пожеланиями",
    "искренне ваш",
    "искренне ваши",
    "в солидарности",
    "с солидарностью",
};

inline constexpr std::string_view signing_cues[] = {
    "подписали",
    "подписал",
    "подписала",
    "подписались",
    "подписанты",
    "организаторы",
    "организаторами выступили",
};

inline constexpr std::string_view call_prepositions[] = {
    "от",
    "к",
    "ко",
};

// A legal form before or after an organisation's name, dropped by the organisation key.
inline constexpr std::string_view legal_form_words[] = {
    "оо",
    "роо",
    "моо",
    "мооо",
    "ано",
    "нко",
    "оф",
    "оюл",
    "общественная организация",
    "общественное объединение",
    "региональная общественная организация",
    "межрегиональная общественная организация",
    "автономная некоммерческая организация",
    "некоммерческая организация",
    "общественный фонд",
};

// Endings of patronymics ("Иванович", "Петрівна", "Ivanovich"): a name with one is a person's.
inline constexpr std::string_view patronymic_endings[] = {
    "ович",
    "евич",
    "овна",
    "евна",
    "ична",
};

// Endings of the infinitive ("освободить", "звільнити"): a language that marks no infinitive
// with a word ends a call's addressee at the word with one ("призываем власти освободить").
// Those in "-ти" only where few nouns end so ("провести", "внести", "найти", "везти"), not
// where most do ("власти", "области", "части", "ответственности").
inline constexpr std::string_view infinitive_endings[] = {
    "ть",
    "ться",
    "чь",
    "чься",
    "ести",
    "йти",
    "зти",
};

// Prepositions: after a call verb, the addressee ends before one ("призываем суд при рассмотрении …").
inline constexpr std::string_view prepositions[] = {
    "в",
    "во",
    "на",
    "по",
    "за",
    "о",
    "об",
    "обо",
    "с",
    "со",
    "у",
    "к",
    "ко",
    "из",
    "до",
    "от",
    "при",
    "для",
    "без",
    "под",
    "над",
    "через",
    "после",
    "перед",
    "между",
};

// Endings of surnames ("Нургалиев", "Жумабаева", "Арутюнов", "Чхеидзе"), as Russian texts write
// the names of the region, Kazakh ones too ("Абайұлы"): the first or last of two or three
// capitalised words that ends so is a person's surname, whatever their given name.
inline constexpr std::string_view surname_endings[] = {
    "ов",   "ова",  "ев",    "ева",   "ёв",  "ёва", "ин",   "ина",  "ын",   "ына",
    "ский", "ская", "цкий",  "цкая",  "енко", "ян",  "дзе",  "швили", "ұлы", "қызы",
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "александр", "алексей", "андрей", "анатолий", "борис", "вадим", "валентин", "валерий",
    "василий", "виктор", "владимир", "вячеслав", "геннадий", "георгий", "григорий", "дмитрий",
    "евгений", "иван", "игорь", "илья", "кирилл", "константин", "лев", "леонид", "максим",
    "михаил", "никита", "николай", "олег", "павел", "пётр", "петр", "роман", "сергей",
    "станислав", "юрий", "ярослав", "анна", "алла", "валентина", "вера", "галина", "дарья",
    "екатерина", "елена", "ирина", "людмила", "мария", "марина", "наталья", "наталия",
    "надежда", "нина", "ольга", "светлана", "татьяна", "юлия", "ксения", "любовь", "лариса",
    "зоя", "софья", "полина",
    "артем",
    "денис",
    "анастасия",
};

inline constexpr std::string_view second_person[] = {
    "вас",
    "вы",
    "вам",
};

// "Призываем ваше правительство:": the reader's own government or body, which a letter that names
// its reader asks as it asks "you".
inline constexpr std::string_view reader_possessives[] = {
    "ваш",
    "ваше",
    "вашего",
    "вашему",
    "вашу",
    "вашей",
    "ваши",
    "ваших",
    "вашим",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    // A signing page's button ("Подпишите петицию"), which names the kind of the text it is over.
    "подпишите петицию",
    "подписать петицию",
    "открыто для подписания",
    "открыт для подписания",
    "открыта для подписания",
    "открыто для присоединения",
    "открыто для подписей",
    "чтобы подписать",
    "чтобы присоединиться",
    "желающие подписать",
    "хотите подписать",
    "хотите присоединиться",
    "список остается открытым",
    "список открыт",
    // Where the whole list is: "The full list of signatories is available at …".
    "полный список подписавших",
    "полный список подписантов",
    // "Список подписантов открыт. Присоединиться: …", "Список будет пополняться".
    "список подписантов открыт", "подписи продолжаем собирать", "продолжаем собирать подписи", "присоединиться", "для присоединения", "список будет пополняться", "список пополняется",
    // "Сбор подписей продолжается.", "Подписи продолжают собираться…", a signing page's button.
    "сбор подписей продолжается", "подписи продолжают собираться", "подписать заявление", "подписать обращение",
    "подписать письмо",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "подписавших: см.",
    "подписантов: см.",
    "подписи: см.",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "должны",
    "должен",
    "должна",
    "обязаны",
    "обязан",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "быть",
};

// "Центр громадянських свобод, м. Київ": the word that says a town's name follows, after a
// signer's name.
inline constexpr std::string_view town_markers[] = {
    "г.",
    "пгт",
    "с.",
    "город",
    "пос.",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "город",
    "населенный пункт",
    "регион",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "тип",
    "категория",
    "вид",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "организация",
    "аффилиация",
    "место работы",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "подписал",
    "подписано",
    "представитель",
    "руководитель",  // "№ | Организация | Город | Руководитель": the head who signs for it
    "контактное лицо",
};

// "ФИО | Должность | Организация": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "должность",
    "звание",
};

// "ФИО | Организация | Подпись": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "подпись",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "контакт",
    "контакты",
    "контактные данные",
    "e-mail",
    "email",
    "эл. почта",
    "электронная почта",
    "сайт",
    "веб-сайт",
    "телефон",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names); and said by them in the
// first, after the names beside their "we" ("Nous, A, B et C, dénonçons …"), where the two
// persons differ.
inline constexpr std::string_view author_verbs[] = {
    "осуждают",
    "осудили",
    "выражают",
    "выразили",
    "заявляют",
    "заявили",
    "приветствуют",
    "призвали",
    "потребовали",
    "обратились",
    "выступили",
    "выступают",
    "считают",
    "протестуют",
    "направили",
    "опубликовали",
    "призвало",
    "потребовало",
    // The first person plural: "we, A, B and C, condemn …".
    "осуждаем",
    "выражаем",
    "заявляем",
    "приветствуем",
    "считаем",
    "протестуем",
    "выступаем",
    "обращаемся",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "министерство",
    "министр",
    "правительство",
    "парламент",
    "госдума",
    "государственная дума",
    "прокуратура",
    "суд",
    "полиция",
    "мвд",
    "фсб",
    "президент",
    "посольство",
    "власти",
    "администрация",
    "международное сообщество",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "право на",
    "свои права",
    "иметь право",
    "быть свободны",
    "свободно",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "также",
    "тоже",
    "еще раз",
    "вновь",
    "поэтому",
    "настоятельно",
    "срочно",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "призвали",
    "потребовали",
    "обратились",
    "призвало",
    "потребовало",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "компания",
    "кооператив",
    "сми",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "чтобы",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "организации",
    "организаций",
    "правозащитники",
    "коалиция",
    "объединения",
    "объединений",
    "профсоюзы",
    "нко",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "справка",
    "контекст",
    "приложение",
    "предыстория",
    "для справки",
    "справочно",
    "о коалиции",
    "примечания", "сноски", "источники",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "частные лица",
    "физические лица",
    "граждане",
    "лица",
    "эксперты",
    "персональные подписи",
    // People named by what they do: "Правозащитники:".
    "правозащитники", "активисты", "журналисты", "адвокаты", "юристы", "ученые",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "буддийские",
    "иудейские",
    "католические",
    "межконфессиональные",
    "мусульманские",
    "православные",
    "протестантские",
    "христианские",
};

// A page's note that it was changed after it was published ("Обновлено 5 декабря 2026"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "обновлено", "обновление", "изменено",
};

// The key of a letter's copy list ("Копия: …"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "копия", "копии", "копия направлена", "cc",
};

inline constexpr std::string_view following_words[] = {
    "следующее",
    "следующем",
    "следующие",
    "следующих",
    "следующего",
};

// "Властям Велории:", "Генеральной прокуратуре:", "Международному сообществу:": the endings of a
// heading's first word in the dative, over the demands asked of whom it names.
inline constexpr std::string_view dative_endings[] = {
    "ам", "ям", "ому", "ему", "ой", "ей", "у", "ю",
};

// The label of a signing form's field of a person's name ("ФИО: Мира Таллоу").
inline constexpr std::string_view form_name_labels[] = {
    "фио",
    "ф.и.о.",
    "ф. и. о.",
    "имя",
    "имя и фамилия",
    "фамилия и имя",
};

// The label of a signing form's field of its signer's role ("Должность: директор").
inline constexpr std::string_view form_role_labels[] = {
    "должность",
};

// A word that stands for a handwritten signature in brackets ("(подпись)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "подпись",
    "подписано",
};

// A word of a short line that points to the text in another language:
// "Английская версия", "Заявление доступно на английском языке".
inline constexpr std::string_view version_words[] = {
    "версия", "версию", "доступно на", "доступна на",
};

// On a dateline, after its date and a comma: the occasion the day marks ("по случаю …").
inline constexpr std::string_view occasion_openers[] = {
    "по случаю",
    "в день",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "анонимно", "анонимная", "анонимный", "аноним",
};

// The word that numbers a demand standing as a paragraph of its own: "Рекомендация 1: Отменить …", "Требование 2: …".
inline constexpr std::string_view demand_labels[] = {
    "рекомендация",
    "требование",
    "предложение",
};

// "По электронной почте": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "направлено по электронной почте",
    "направлено электронной почтой",
    "по электронной почте",
    "электронной почтой",
    "по факсу",
};

// In parentheses after a title, its holder has retired: "(в отставке)"
// ("Генерал (в отставке) Иван Петров").
inline constexpr std::string_view retirement_marks[] = {
    "в отставке", "в отст.",
};

// "Зачитала: Мира Таллоу", "Выступает …": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "зачитал",
    "зачитала",
    "выступает",
    "выступил",
    "выступила",
};

// "О Правозащитном центре «Мемориал»": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "о", "об",
};

// "Нет войне", "Не выдавайте …": a demand that forbids opens so.
inline constexpr std::string_view prohibitions[] = {
    "нет",
    "не",
};

// "Фонд им. Андрея Сахарова", "Школа № 5 им. Пушкина": an abbreviation inside a name
// ("имени"), its full stop no sentence's.
inline constexpr std::string_view name_abbreviations[] = {
    "им.",
};

// The labels of a page's fields, each alone on its line over its value
// ("Формат" / "Пресс-релиз", "Страны:" / "Судан, Чад"): the
// page that republishes a statement (an aggregator's), not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "формат", "источник", "источники", "опубликовано", "страны", "темы", "вложения",
};

// "(в личном качестве)", "(лично)": after a signer, that they sign for themselves.
inline constexpr std::string_view capacity_remarks[] = {
    "в личном качестве",
    "в личном статусе",
    "лично",
    "от своего имени",
};

// "… (ПЦ), отделение в Москве", "… , Московское отделение": an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "отделение", "филиал", "офис", "представительство",
};

// A body that governs a network, over its members' names in the list (language_table.hpp).
inline constexpr std::string_view governing_bodies[] = {
    "координационный совет",
    "руководящий комитет",
    "исполнительный комитет",
    "совет директоров",
    "правление",
    "президиум",
};

// After a network's name, its members with it (language_table.hpp).
inline constexpr std::string_view member_phrases[] = {
    "и его организации-члены",
    "и ее организации-члены",
    "и его члены",
    "и ее члены",
    "и его участники",
    "и ее участники",
};

// "В деле о …", "По делу № …": a filing's caption, over its own heading ("Совместное
// заключение …").
inline constexpr std::string_view proceeding_captions[] = {
    "в деле",
    "по делу",
};

// "Премьер-" / "министр", "северо-" / "западный": the first part of a compound, whose hyphen at a
// line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"вице", "военно", "восточно", "генерал", "западно", "интернет", "контр", "лейб", "медиа", "научно", "обер", "общественно", "онлайн", "пресс", "премьер", "северо", "социально", "штаб", "юго"};

// "Уполномоченного по правам человека", "Комитет против пыток": a preposition after a body's
// title in capitals that opens its mandate, a part of its name, before the infinitive of a call.
inline constexpr std::string_view mandate_prepositions[] = {
    "по",
    "против",
    "при",
};

inline constexpr std::string_view signing_statuses[] = {
    "подписант",
    "подписантка",
    "наблюдатель",
    "наблюдатели",
    "поддерживает",
    "поддерживающая организация",
    "инициатор",
    "соинициатор",
    "партнер",
};

inline constexpr std::string_view group_scopes[] = {
    "европейский уровень",
    "национальный уровень",
    "федеральный уровень",
    "региональный уровень",
    "международный уровень",
    "местный уровень",
};

// "Ассоциация журналистов (в изгнании)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "в изгнании", "в эмиграции",
};

// "Письменное заявление*, представленное организацией «Альфа Вотч», неправительственной
// организацией со специальным консультативным статусом": what a UN statement's signers are to
// the UN, after their names.
inline constexpr std::string_view consultative_statuses[] = {
    "неправительственной организацией со специальным консультативным статусом",
    "неправительственной организацией с общим консультативным статусом",
    "неправительственными организациями со специальным консультативным статусом",
    "неправительственными организациями с общим консультативным статусом",
};

// "Правозащитный центр «Янтарь» (базируется в Вильнюсе)": the words that say where an
// organisation is based, in parentheses after its name, before the place.
inline constexpr std::string_view base_phrases[] = {
    "базируется в", "базирующийся в", "базирующаяся в", "со штаб-квартирой в",
};

// "Письмо в ООН", "Письмо Генеральному прокурору …": a headline that names a letter, its reader
// after it (often without a preposition), though it calls it neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "письмо",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "имя",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "фамилия",
};

// "| Фамилия | Имя | Отчество |": a signature sheet's column of each person's patronymic, beside their
// given name's and their surname's; the person is written given name, patronymic, surname.
inline constexpr std::string_view patronymic_column_words[] = {
    "отчество",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "отметка времени",
    "дата подписания",
};

// "Лига Бета и Форум Гамма также разделяют мнения, изложенные в настоящем заявлении.": the
// formula of a UN statement after the names of those who join it without submitting it.
inline constexpr std::string_view view_sharing_phrases[] = {
    "также разделяют мнения",
    "также разделяет мнения",
    "разделяют мнения, изложенные",
    "разделяет мнения, изложенные",
};

// "Фонд «Янтарь» (член IFEX)", "Центр «Янтарь» (статус наблюдателя)", "Инициатива «Янтарь» (в
// стадии создания)": what an organisation is to a body it belongs to, its status with one, or
// that it is still being founded; in parentheses after its name, none of it.
inline constexpr std::string_view standing_remarks[] = {
    "член",
    "члены",
    "членом",
    "членская организация",
    "статус",
    "статусом",
    "аккредитована",
    "аккредитованная",
    "в стадии создания",
    "в процессе создания",
    "в процессе регистрации",
    "в стадии регистрации",
    "незарегистрированная",
    "без регистрации",
};

// "Мы, Сеть X, коалиция, членами которой являются A, B и C, осуждаем …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "членами которой являются", "членами которого являются", "в которую входят", "в который входят",
    "в состав которой входят", "в состав которого входят", "объединяющая", "объединяющий", "объединяющее",
};

// "Универсальный периодический обзор Республики Велория", "УПО – 4-й цикл": the name of the
// UN's review of each state's human rights record, which opens a submission's cover line.
inline constexpr std::string_view review_names[] = {
    "универсальный периодический обзор",
    "упо",
};

// "4-й цикл", "47-я сессия Рабочей группы по УПО": after an ordinal, the round of a review or
// the sitting of the body that holds it, on a submission's cover.
inline constexpr std::string_view review_rounds[] = {
    "цикл",
    "цикла",
    "сессия",
    "сессии",
};

// "Обращаемся к депутатам от Партии Возрождения с призывом:": a topic marker that, before a
// capital, joins the name's complement (whom the deputies were elected for), where "от имени …"
// or "от правозащитников" names who wrote.
inline constexpr std::string_view complement_topic_markers[] = {
    "от",
};

// "Это заявление подписали …", "настоящее обращение": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "это",
    "этот",
    "эта",
    "эту",
    "данное",
    "данный",
    "данная",
    "данную",
    "настоящее",
    "настоящий",
    "настоящая",
    "настоящую",
};

// "Спасибо, господин Председатель.":
// the thanks before the greeting of the chair with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "спасибо",
    "благодарю",
    "благодарю вас",
};

// "освобождения", "отмены": what a call asks for, named by its noun ("Мы требуем освобождения
// активистов, приговорённых к шести годам"): no addressee, and its "к" is the sentence's.
inline constexpr std::string_view demanded_actions[] = {
    "освобождения",
    "освобождение",
    "освобождению",
    "отмены",
    "отмену",
    "отмене",
    "прекращения",
    "прекращение",
    "прекращению",
    "снятия",
    "снятие",
    "пересмотра",
    "пересмотр",
};

}  // namespace ru_detail

inline constexpr language_table ru{
    "ru",
    "Russian",
    ru_detail::kind_words,
    ru_detail::months,
    ru_detail::stop_words,
    ru_detail::opening_phrases,
    ru_detail::call_verbs,
    ru_detail::signatory_headers,
    ru_detail::chrome_phrases,
    ru_detail::person_titles,
    ru_detail::organisation_words,
    ru_detail::conjunctions,
    ru_detail::list_closers,
    ru_detail::addressee_openers,
    ru_detail::coalition_markers,
    ru_detail::name_column_words,
    ru_detail::country_column_words,
    ru_detail::obligation_words,
    ru_detail::reporting_markers,
    ru_detail::appeal_cues,
    {},  // infinitive_markers: the infinitive follows the addressee directly
    ru_detail::day_suffixes,
    {},  // date_linkers: the parts of a date follow each other
    ru_detail::today_words,
    ru_detail::role_words,
    ru_detail::first_person_plural,
    ru_detail::salutations,
    ru_detail::closings,
    ru_detail::subject_openers,
    ru_detail::behalf_phrases,
    ru_detail::topic_markers,
    ru_detail::signing_cues,
    ru_detail::call_prepositions,
    {},  // no articles
    ru_detail::legal_form_words,
    {},  // no spelling variants
    ru_detail::patronymic_endings,
    ru_detail::surname_endings,
    ru_detail::given_names,
    ru_detail::infinitive_endings,
    ru_detail::prepositions,
    ru_detail::second_person,
    {},  // reader_object_pronouns: the reader's object is a pronoun of address ("Просим вас")
    ru_detail::reader_possessives,
    ru_detail::signing_invitations,
    ru_detail::obligation_verbs,
    ru_detail::passive_auxiliaries,
    ru_detail::town_markers,
    ru_detail::place_column_words,
    ru_detail::type_column_words,
    ru_detail::affiliation_column_words,
    ru_detail::representative_column_words,
    ru_detail::post_column_words,
    ru_detail::signature_column_words,
    ru_detail::contact_column_words,
    ru_detail::author_verbs,
    ru_detail::state_words,
    ru_detail::entitlement_phrases,
    ru_detail::also_words,
    ru_detail::reported_call_verbs,
    ru_detail::organisation_kinds,
    ru_detail::clause_openers,
    ru_detail::author_groups,
    ru_detail::section_headings,
    ru_detail::person_groups,
    ru_detail::faith_groups,
    ru_detail::update_words,
    ru_detail::copy_keys,
    ru_detail::following_words,
    {},  // demand_verbs: the infinitive's ending tells a demand
    {},  // demand_endings: the infinitive's ending tells a demand
    ru_detail::dative_endings,
    ru_detail::form_name_labels,
    {},  // form_behalf_labels: the organisation a form's signer signs for is not labelled so
    ru_detail::form_role_labels,
    ru_detail::signature_words,
    {},  // signature_abbreviations: no abbreviation stands for a signature
    ru_detail::version_words,
    ru_detail::occasion_openers,
    ru_detail::withheld_names,
    ru_detail::demand_labels,
    ru_detail::delivery_phrases,
    ru_detail::retirement_marks,
    ru_detail::speaker_phrases,
    ru_detail::prohibitions,
    ru_detail::name_abbreviations,
    ru_detail::about_openers,
    ru_detail::page_field_labels,
    ru_detail::capacity_remarks,
    {},  // post_nominals: the English and German tables' letters are read in every language
    ru_detail::branch_words,
    ru_detail::governing_bodies,
    ru_detail::member_phrases,
    ru_detail::proceeding_captions,
    ru_detail::compound_heads,
    ru_detail::mandate_prepositions,
    ru_detail::signing_statuses,
    ru_detail::group_scopes,
    {},  // author_joiners: the genitive names the author without a word ("Заявление Правозащитного центра")
    ru_detail::exile_remarks,
    ru_detail::consultative_statuses,
    ru_detail::base_phrases,
    false,  // verb_second: the subject comes before the verb
    {},  // company_forms: a company's legal form is written without a full stop ("ООО")
    {},  // complement_prepositions: a complement declines, without a preposition
    ru_detail::letter_openers,
    ru_detail::given_name_column_words,
    ru_detail::surname_column_words,
    ru_detail::timestamp_column_words,
    ru_detail::view_sharing_phrases,
    ru_detail::patronymic_column_words,
    ru_detail::standing_remarks,
    ru_detail::member_introducers,
    ru_detail::review_names,
    ru_detail::review_rounds,
    ru_detail::complement_topic_markers,
    ru_detail::self_references,
    ru_detail::chair_thanks,
    ru_detail::demanded_actions,
};

}  // namespace lang
CIVIC_NAMESPACE_END
