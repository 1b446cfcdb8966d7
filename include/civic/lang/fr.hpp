// French: the words French-language statements use to name their kind, date themselves,
// open, demand, list their signatories, and the web-page chrome scraped around them.
// Every phrase is in utf8::fold form: the apostrophe of "d'autres" folds to '"'.
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace fr_detail {

using sk = statement_kind;

// "communiqué de presse" and "communiqué commun" before the bare "communiqué".
inline constexpr kind_word kind_words[] = {
    {"communiqué de presse commun", sk::press_release},
    {"communiqué de presse", sk::press_release},
    {"communiqué commun", sk::joint_statement},
    // Spoken at a session of a UN body, not a "déclaration" of principles.
    {"déclaration orale conjointe", sk::joint_statement},
    {"declaration orale conjointe", sk::joint_statement},
    {"intervention orale conjointe", sk::joint_statement},
    {"déclaration orale", sk::statement},
    {"declaration orale", sk::statement},
    {"intervention orale", sk::statement},
    {"déclaration commune", sk::joint_statement},
    {"declaration commune", sk::joint_statement},
    {"déclaration conjointe", sk::joint_statement},
    {"declaration conjointe", sk::joint_statement},
    {"contribution conjointe", sk::joint_statement},  // to a review: "Contribution conjointe à l'Examen périodique universel"
    {"soumission conjointe", sk::joint_statement},
    {"communiqué conjoint", sk::joint_statement},
    {"communique conjoint", sk::joint_statement},
    {"prise de position commune", sk::joint_statement},
    {"lettre ouverte commune", sk::open_letter},
    {"lettre ouverte", sk::open_letter},
    {"lettre commune", sk::open_letter},
    {"tribune collective", sk::open_letter},
    {"tribune", sk::open_letter},
    {"appel commun", sk::appeal},
    {"appel urgent", sk::appeal},
    {"appel", sk::appeal},
    {"manifeste", sk::declaration},
    {"déclaration", sk::declaration},
    {"declaration", sk::declaration},
    {"prise de position", sk::statement},
    {"communiqué", sk::statement},
    {"communique", sk::statement},
    {"pétition", sk::petition},
    {"petition", sk::petition},
};

// Full names (also unaccented, as scraped texts often are) and the dotted abbreviations.
inline constexpr month_name months[] = {
    {"janvier", 1},   {"février", 2},   {"fevrier", 2},   {"mars", 3},     {"avril", 4},
    {"mai", 5},       {"juin", 6},      {"juillet", 7},   {"août", 8},     {"aout", 8},
    {"septembre", 9}, {"octobre", 10},  {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
    {"janv.", 1},     {"janv", 1},      {"févr.", 2},     {"févr", 2},     {"fév.", 2},
    {"fevr.", 2},     {"avr.", 4},      {"avr", 4},       {"juil.", 7},    {"juil", 7},
    {"sept.", 9},     {"sept", 9},      {"oct.", 10},     {"oct", 10},     {"nov.", 11},
    {"nov", 11},      {"déc.", 12},     {"déc", 12},      {"dec.", 12},
};

// The detector splits words at apostrophes, so the elided articles "l'", "d'", "qu'" are
// words of their own here, and strongly French ones.
inline constexpr std::string_view stop_words[] = {
    "le",    "la",    "les",   "des",   "et",     "du",    "pour",   "que",   "qui",
    "une",   "un",    "est",   "sont",  "dans",   "sur",   "au",     "aux",   "par",
    "pas",   "ne",    "ce",    "cette", "ces",    "il",    "elle",   "ils",   "nous",
    "vous",  "leur",  "leurs", "se",    "sa",     "son",   "ses",    "avec",  "mais",
    "ou",    "été",   "être",  "en",    "plus",   "contre", "sans",  "depuis", "entre",
    "aussi", "tout",  "tous",  "toutes", "dont",  "ont",   "l",      "d",     "qu",
    "notre", "nos",   "lors",  "ainsi",
};

inline constexpr std::string_view opening_phrases[] = {
    "nous, soussignés",
    "nous, soussignées",
    "nous soussignés",
    "nous, organisations soussignées",
    "nous, les organisations soussignées",
    "les organisations soussignées",
    "les associations soussignées",
    "les organisations signataires",
    "les soussignés",
    "nous, signataires",
};

inline constexpr std::string_view call_verbs[] = {
    "appelons",   "demandons",  "exhortons",   "exigeons",   "réclamons",  "invitons",
    "prions",     "recommandons", "enjoignons", "appellent", "demandent",  "exhortent",
    "exigent",    "réclament",  "invitent",    "appelle",    "demande",    "exige",
    "exhorte",
    "recommande",
    "recommandent",
    "réclame",
    // "Nos recommandations au gouvernement de la Solarie :", a heading or a line over the calls.
    "recommandations au", "recommandations aux",
    // "Nous formulons les recommandations suivantes au gouvernement de la Solarie :".
    "recommandations suivantes au", "recommandations suivantes aux", "recommandations suivantes à",
    // "Nous adressons les revendications suivantes au gouvernement de la Veloria :".
    "revendications suivantes au", "revendications suivantes aux", "revendications suivantes à",
};

inline constexpr std::string_view signatory_headers[] = {
    "liste des signataires",  "organisations signataires", "associations signataires",
    "premiers signataires",   "premières signataires",     "les signataires",
    "signataires",            "signé par",                 "ont signé",
    "signatures",
    "organisations",
    "associations",
    "personnalités",
    "individus",
    "à titre individuel",
    "signataires individuels",
    "liste des organisations signataires", "liste des associations signataires", "liste des premiers signataires",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "membres", "organisations membres",
    // The initiators of a statement, over its list or beside it.
    "à l\"initiative de",
    // A petition page's author, under its text ("Lancée par : Collectif Phare Solidaire").
    "lancée par", "pétition lancée par",
    "initiateurs",
    "organisations initiatrices",
    "conjointement avec", "en partenariat avec", "avec le soutien de",
};

inline constexpr std::string_view chrome_phrases[] = {
    "autres actualités",  "actualités",     "à lire aussi",     "lire aussi",
    "lire la suite",      "en savoir plus", "partager",         "partager sur facebook",
    "partager sur twitter", "imprimer",     "commentaires",     "laisser un commentaire",
    "répondre",           "étiquettes",     "catégories",       "s\"abonner",
    "abonnez-vous",       "lettre d\"information", "faire un don", "menu",
    "accueil",            "rechercher",     "aller au contenu", "article précédent",
    "article suivant",    "haut de page",   "tous droits réservés", "mentions légales",
    "politique de confidentialité", "nous contacter", "suivez-nous",
    "pour diffusion immédiate", "contact presse", "contacts presse", "pour plus d\"informations",
    "contact",
    "contacts",
    "télécharger", "télécharger le pdf",
    "mots-clés", "mots clés", "articles similaires", "articles liés", "sur le même sujet",
    "dans la même rubrique", "inscrivez-vous à notre lettre d\"information", "soutenez-nous",
    "retour en haut", "écrit par", "publié dans", "classé dans", "réponses",
    "sous embargo jusqu\"au", "sous embargo", "embargo",
    // Skip links and links to the full text.
    "passer au contenu", "aller directement au contenu", "accéder au contenu principal", "accéder au contenu", "lire le texte intégral", "lire la lettre",
    "source",
    "voir la liste complète des signataires",
    "lire en",
    "signatures récentes",
    "derniers signataires",
    // A site's menu items for its own pages ("ACCUEIL ACTUALITÉS COMMUNIQUÉS RAPPORTS NOUS SOUTENIR"),
    // as "about us" and "donate" are in English.
    "nous soutenir",
    "qui sommes-nous",
};

inline constexpr std::string_view person_titles[] = {
    "m.", "mme", "mme.", "mlle", "me", "me.", "dr", "dr.", "pr", "pr.", "prof.",
    "monsieur", "madame", "maître",
    // A clergyman's style before his name, as church bodies sign ("Abbé Didier Mukendi", "Mgr Paul Kasongo").
    "abbé", "père", "pasteur", "mgr", "mgr.", "monseigneur",
};

inline constexpr std::string_view organisation_words[] = {
    "association", "ligue",      "syndicat",    "collectif",  "fédération", "comité",
    "observatoire", "union",     "confédération", "coordination", "réseau", "centre",
    "institut",    "fondation",  "mouvement",   "conseil",    "alliance",  "plateforme",
    "groupe",      "forum",      "coalition",   "cercle",     "maison",
    "amis",        "action",     "ong",        "asso",      "assemblée",
    "commission",  "bureau",     "clinique",    "front",      "intersyndicale",
    // A university: an organisation, and the affiliation a scholar signs with
    // ("Awa Diallo – Université Cheikh Anta Diop").
    "université",
};

inline constexpr std::string_view conjunctions[] = {"et", "ainsi que"};

inline constexpr std::string_view list_closers[] = {
    "et d\"autres organisations", "et d\"autres associations", "et d\"autres",
    "et bien d\"autres",          "et autres",                 "etc.",
    "et plus de",
    // A list still open, or whole elsewhere ("Signatures en cours…", "La liste complète des
    // signataires est disponible sur www…").
    "signatures en cours", "liste non exhaustive", "autres signataires à venir", "d\"autres signataires à venir",
    "la liste complète des signataires", "liste complète des signataires",
};

inline constexpr std::string_view addressee_openers[] = {
    "à l\"attention de", "à", "au", "aux", "madame", "monsieur", "mesdames", "messieurs",
};

inline constexpr std::string_view coalition_markers[] = {
    "membres de",
    "membres du",
    "organisations membres de",
    "organisations membres du",
    // "Les organisations de la société civile réunies au sein de la Plateforme …": the members
    // gathered in a coalition, who speak of themselves in the third person.
    "réunies au sein de",
    "réunies au sein du",
    "réunis au sein de",
    "réunis au sein du",
    "regroupées au sein de",
    "regroupées au sein du",
};

inline constexpr std::string_view name_column_words[] = {
    "nom",
    "organisation",
    "signataire",
};

inline constexpr std::string_view country_column_words[] = {
    "pays",
};

inline constexpr std::string_view obligation_words[] = {
    "doivent",
    "doit",
    "devraient",
    "il faut",
    "exigences",
    "revendications",
    "recommandations",
    "attentes",
};

inline constexpr std::string_view reporting_markers[] = {
    "dans une",
    "dans un",
    "dans leur",
    "ont publié",
    "ont signé",
    "ont adressé",
};

inline constexpr std::string_view appeal_cues[] = {
    "nous lançons un appel",
    "lançons un appel",
    "nous en appelons",
    "rejoignez-nous",
    "nous appelons toutes et tous",
    "nous appelons tous",
};

inline constexpr std::string_view day_suffixes[] = {
    "er",
    // "1ᵉʳ mars 2025": the ordinal in superscript letters, as typeset pages and word processors
    // write the first of the month.
    "\xE1\xB5\x89\xCA\xB3",
};

inline constexpr std::string_view infinitive_markers[] = {
    "à",
    "de ne pas",
};

inline constexpr std::string_view today_words[] = {
    "aujourd\"hui",
    "ce jour",
};

inline constexpr std::string_view role_words[] = {
    "journaliste",
    "avocat",
    "avocate",
    "directeur",
    "directrice",
    "professeur",
    "professeure",
    "président",
    "présidente",
    "coordinateur",
    "coordinatrice",
    "militant",
    "militante",
    "chercheur",
    "chercheuse",
    "expert",
    "experte",
    "membre",
    "rédacteur",
    "rédactrice",
    "fondateur",
    "fondatrice",
    "enseignant",
    "enseignante",
    "député",
    "députée",
    // "Coordonnateur", "Secrétaire exécutive": the words African and Canadian French use for the
    // coordinator and the executive secretary who sign for their organisation.
    "coordonnateur",
    "coordonnatrice",
    "secrétaire exécutif",
    "secrétaire exécutive",
    "secrétaire permanent",
    "secrétaire permanente",
    "secrétaire général",
    "secrétaire générale",
    "ingénieur",
    "maître de conférences",
    "observateur",
    "observatrice",
    // Scholars and artists who sign as themselves ("Laure Vell, sociologue").
    "sociologue",
    "historien", "historienne",
    "écrivain", "écrivaine",
    "artiste",
    "chanteur", "chanteuse",
};

inline constexpr std::string_view first_person_plural[] = {
    "nous",
    "notre",
    "nos",
    "soussignés",
    "soussignées",
    // "Les organisations signataires demandent …": the authors, named so.
    "signataires",
};

inline constexpr std::string_view salutations[] = {
    "madame",
    "mesdames et messieurs",
    "mesdames, messieurs",
    "monsieur",
    "mesdames",
    "messieurs",
    "cher",
    "chère",
    "chers",
    "votre excellence",
    "excellence",
};

inline constexpr std::string_view subject_openers[] = {
    "concernant",
    "objet :",
    "objet:",
    "au sujet de",
    "à propos de",
    "relatif à",
    "relative à",
};

inline constexpr std::string_view behalf_phrases[] = {
    "au nom de",
    "au nom du",
    "au nom des",
};

inline constexpr std::string_view topic_markers[] = {
    "sur",
    "concernant",
    "au sujet de",
    "à propos de",
    "contre",
    "relatif à",
    "relative à",
    "pour demander",
    "pour exiger",
    "en soutien à",
    "de la part de",
};

inline constexpr std::string_view closings[] = {
    "cordialement",
    "bien cordialement",
    "très cordialement",
    "bien à vous",
    "respectueusement",
    "salutations distinguées",
    "avec nos salutations distinguées",
    "avec nos salutations",
    "solidairement",
    "en solidarité",
    // An e-mail's sign-off ("Merci," / "L\'équipe").
    "merci",
};

inline constexpr std::string_view signing_cues[] = {
    "signé par",
    "signée par",
    "signataires",
    "organisateurs",
    "organisé par",
};

inline constexpr std::string_view call_prepositions[] = {
    "à",
    "aux",
    "au",
    "de",
    "des",
};

inline constexpr std::string_view articles[] = {
    "le",
    "la",
    "les",
    "l\"",
};

// A legal form before or after an organisation's name, dropped by the organisation key.
inline constexpr std::string_view legal_form_words[] = {
    "ong",
    "asbl",
    "aisbl",
    "sarl",
    "sas",
    "scop",
};

// Endings of the infinitive ("retirer", "liberar"): after the addressee of a verb that takes it
// with a preposition ("demandons au gouvernement de retirer", "pedimos al gobierno de liberar").
inline constexpr std::string_view infinitive_endings[] = {
    "er",
    "ir",
    "re",
};

// Prepositions: within an addressee they go on with its name ("Alto Comisionado para los Derechos
// Humanos"), where another function word ends it ("a las autoridades su liberación").
inline constexpr std::string_view prepositions[] = {
    "de",
    "du",
    "des",
    "d",
    "en",
    "pour",
    "par",
    "sur",
    "avec",
    "dans",
    "contre",
    "sans",
    "entre",
    "chez",
    "auprès",
    "vers",
    "à",
    "au",
    "aux",
    "afin",  // "afin de", "afin que": never a name's
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "jean", "pierre", "michel", "jacques", "philippe", "alain", "bernard", "patrick", "nicolas",
    "françois", "louis", "olivier", "laurent", "christophe", "stéphane", "sébastien", "julien",
    "antoine", "thomas", "vincent", "éric", "marc", "luc", "benoît", "bruno", "henri", "yves",
    "marie", "isabelle", "nathalie", "sylvie", "catherine", "françoise", "anne", "christine",
    "sophie", "valérie", "sandrine", "céline", "julie", "camille", "claire", "hélène", "élise",
    "aurélie", "juliette", "chloé", "margaux", "agnès",
    "stéphanie",
    "émilie",
};

inline constexpr std::string_view second_person[] = {
    "vous",
};

// "Nous appelons votre gouvernement à :": the reader's own government or body, which a letter that
// names its reader asks as it asks "you".
inline constexpr std::string_view reader_possessives[] = {
    "votre",
    "vos",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    // A signing page's button ("Signez la pétition"), which names the kind of the text it is over.
    "signez la pétition",
    "signer la pétition",
    "ouvert à la signature",
    "ouverte à la signature",
    "ouvert aux signatures",
    "ouverte aux signatures",
    "pour signer",
    "souhaitez signer",
    "souhaite signer",
    "voulez signer",
    "pour rejoindre l\"appel",
    "pour ajouter votre signature",
    "signez l\"appel",
    "signer l\"appel",
    "la liste reste ouverte",
    "liste des signataires reste ouverte",
    // Where the whole list is: "The full list of signatories is available at …".
    "liste complète des signataires",
    "liste complète des signatures",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "signataires : voir",
    "signataires: voir",
    "signatures : voir",
    "signatures: voir",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "doit",
    "doivent",
    "devrait",
    "devraient",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "être",
    "pas être",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "ville",
    "lieu",
    "localité",
    "région",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "type",
    "catégorie",
    "secteur",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "affiliation",
    "institution",
    "organisation",
    "organisme",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "signé par",
    "représentant",
    "représentante",
    "représenté par",
    "personne de contact",
    "personne-ressource",
};

// "Nom | Fonction | Institution": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "titre",
    "fonction",
    "poste",
    "qualité",
};

// "Nom | Organisation | Signature": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "signature",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "contact",
    "contacts",
    "courriel",
    "e-mail",
    "email",
    "adresse électronique",
    "site web",
    "site internet",
    "téléphone",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names); and said by them in the
// first, after the names beside their "we" ("Nous, A, B et C, dénonçons …"), where the two
// persons differ.
inline constexpr std::string_view author_verbs[] = {
    "condamnent",
    "dénoncent",
    "soumettent",
    "saluent",
    "expriment",
    "considèrent",
    "estiment",
    "rappellent",
    "déclarent",
    "affirment",
    "alertent",
    "protestent",
    "a appelé",
    "a demandé",
    "a exhorté",
    "ont exhorté",
    "ont appelé",
    "ont demandé",
    "ont dénoncé",
    "ont condamné",
    "ont adressé",
    "adressent",
    "publient",
    "lancent",
    "interpellent",
    "s\"inquiètent",
    "s\"opposent",
    "se mobilisent",
    // The first person plural: "we, A, B and C, condemn …".
    "condamnons",
    "dénonçons",
    "saluons",
    "exprimons",
    "considérons",
    "estimons",
    "rappelons",
    "déclarons",
    "affirmons",
    "alertons",
    "protestons",
    "nous opposons",
    "nous inquiétons",
    "nous mobilisons",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "ministère",
    "ministre",
    "gouvernement",
    "parlement",
    "assemblée nationale",
    "parquet",
    "procureur",
    "tribunal",
    "cour",
    "police",
    "président",
    "présidente",
    "ambassade",
    "autorités",
    "préfecture",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "le droit de",
    "le droit à",
    "leurs droits",
    "être libres de",
    "être libre de",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "également",
    "aussi",
    "en outre",
    "de plus",
    "encore",
    "donc",
    "ainsi",
    "instamment",
    "solennellement",
    "fermement",
    "respectueusement",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "a appelé",
    "a demandé",
    "a exhorté",
    "ont exhorté",
    "ont appelé",
    "ont demandé",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "entreprise",
    "coopérative",
    "société",
    "média",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "que",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "organisations",
    "associations",
    "ong",
    "collectif",
    "coalition",
    "syndicats",
    "fédérations",
    "réseaux",
    "signataires",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "contexte",
    "annexe",
    "annexes",
    "note aux rédactions",
    "notes aux rédactions",
    "notes aux rédacteurs",
    "à propos",
    "pour aller plus loin",
    "rappel des faits",
    "notes", "notes de bas de page", "sources",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "personnalités",
    "particuliers",
    "individus",
    "personnes",
    "citoyens",
    "citoyennes",
    "signataires individuels",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "bouddhiste",
    "bouddhistes",
    "catholique",
    "catholiques",
    "chrétien",
    "chrétiens",
    "évangélique",
    "évangéliques",
    "interreligieux",
    "juif",
    "juifs",
    "musulman",
    "musulmans",
    "œcuménique",
    "orthodoxe",
    "orthodoxes",
    "protestant",
    "protestants",
};

// A page's note that it was changed after it was published ("Mis à jour le 5 février 2024"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "mis à jour", "mise à jour", "modifié le", "dernière mise à jour",
};

// The key of a letter's copy list ("Copie : Commission nationale"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "copie à", "copie", "copies", "cc", "c.c.",
};

inline constexpr std::string_view following_words[] = {
    "ce qui suit",
    "les mesures suivantes",
    "suivantes",
    "suivants",
    "suit",
};

// The label of a signing form's field of a person's name ("Nom : Mira Tallow").
inline constexpr std::string_view form_name_labels[] = {
    "nom",
    "nom complet",
    "nom et prénom",
    "prénom et nom",
    "nom et prénoms",
};

// The label of the organisation a signing form's person signs for ("Pour : Coalition Ambre").
inline constexpr std::string_view form_behalf_labels[] = {
    "pour",
};

// The label of a signing form's field of its signer's role ("Fonction : directrice").
inline constexpr std::string_view form_role_labels[] = {
    "fonction",
    "titre",
    "qualité",
};

// A word that stands for a handwritten signature in brackets ("(signé)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "signature",
    "signé",
    "signée",
};

// A word of a short line that points to the text in another language:
// "Version arabe", "Cette déclaration est également disponible en arabe".
inline constexpr std::string_view version_words[] = {
    "version", "disponible en",
};

// On a dateline, after its date and a comma: the occasion the day marks ("à l'occasion de …").
inline constexpr std::string_view occasion_openers[] = {
    "à l\"occasion de",
    "à l\"occasion du",
    "à l\"occasion des",
    "pour marquer",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "anonyme", "anonymes",
};

// The word that numbers a demand standing as a paragraph of its own: "Recommandation 1 : Abroger …", "Revendication 2 : …".
inline constexpr std::string_view demand_labels[] = {
    "recommandation",
    "revendication",
    "demande",
    "proposition",
    "exigence",
};

// "Par courriel", "Envoyé par e-mail": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "envoyé par courriel",
    "envoyé par e-mail",
    "envoyée par courriel",
    "envoyée par e-mail",
    "par courriel",
    "par e-mail",
    "par voie électronique",
    "par courrier électronique",
    "par courrier recommandé",
    "par fax",
    "par porteur",
};

// In parentheses after a title, its holder has retired: "(e.r.)", "(retraité)"
// ("Général (e.r.) Paul Vire").
inline constexpr std::string_view retirement_marks[] = {
    "e.r.", "er", "retraité", "retraitée",
};

// "Prononcée par : Mme Mira Tallow", "Lue par …": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "prononcé par",
    "prononcée par",
    "lu par",
    "lue par",
    "présentée par",
    "présenté par",
};

// "À propos de la FIDH", "A propos du CODDH": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "à propos de", "à propos du", "à propos des", "a propos de", "a propos du", "a propos des",
};

// "Ne laissons pas …", "N'extradez pas …": a demand that forbids opens so (the apostrophe folds to '"').
inline constexpr std::string_view prohibitions[] = {
    "ne",
    "n\"",
};

// The labels of a page's fields, each alone on its line over its value
// ("Format" / "Communiqué de presse", "Pays :" / "Tchad, Soudan"): the
// page that republishes a statement (an aggregator's), not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "format", "source", "sources", "publié", "date de publication", "publié à l\"origine", "origine", "voir l\"original", "pays", "thèmes", "type de catastrophe", "pièces jointes",
};

// "(à titre personnel)", "(à titre individuel)": after a signer, that they sign for themselves.
inline constexpr std::string_view capacity_remarks[] = {
    "à titre personnel",
    "a titre personnel",
    "à titre individuel",
    "a titre individuel",
    "en son nom propre",
    "en son nom personnel",
};

// "… (FIDH), bureau de Bruxelles", "… (AI), section française": an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "bureau", "section", "antenne", "délégation", "secrétariat",
};

// A body that governs a network, over its members' names in the list (language_table.hpp).
inline constexpr std::string_view governing_bodies[] = {
    "comité de pilotage",
    "comité de coordination",
    "comité directeur",
    "comité exécutif",
    "conseil d\"administration",
    "bureau exécutif",
    "bureau national",
    "bureau",
};

// After a network's name, its members with it (language_table.hpp).
inline constexpr std::string_view member_phrases[] = {
    "et ses organisations membres",
    "et ses membres",
    "et ses affiliés",
};

// "DEVANT LE CONSEIL DE LA RADIODIFFUSION ET DES TÉLÉCOMMUNICATIONS CANADIENNES", "Dans l'affaire
// de": a filing's caption, over its own heading ("INTERVENTION CONJOINTE DE …").
inline constexpr std::string_view proceeding_captions[] = {
    "devant le",
    "devant la",
    "devant l\"",
    "dans l\"affaire",
    "en l\"affaire",
};

// "vice-" / "président", "demi-" / "heure": the first part of a compound, whose hyphen at a
// line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"anti", "demi", "vice"};

inline constexpr std::string_view signing_statuses[] = {
    "signataire",
    "cosignataire",
    "co-signataire",
    "premier signataire",
    "première signataire",
    "soutien",
    "en soutien",
    "organisation de soutien",
    "observateur",
    "observatrice",
    "initiateur",
    "initiatrice",
    "partenaire",
};

inline constexpr std::string_view group_scopes[] = {
    "niveau européen",
    "niveau national",
    "niveau régional",
    "niveau international",
    "niveau local",
    "au niveau européen",
    "au niveau national",
    "au niveau régional",
    "au niveau international",
    "au niveau local",
};

// "DÉCLARATION DU COLLECTIF DES ORGANISATIONS … (COSCE)", "Déclaration de la Coalition …": after
// the headline's kind, the words before its author's name.
inline constexpr std::string_view author_joiners[] = {
    "du",
    "de la",
};

// "Union des journalistes (en exil)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "en exil", "exilé", "exilée",
};

// "Exposé écrit* présenté par Alpha Watch, organisation non gouvernementale dotée du statut
// consultatif spécial", "Beta League, ONG sans statut consultatif, partage également les vues
// exprimées dans la présente déclaration.": what a UN statement's signers are to the UN, after
// their names.
inline constexpr std::string_view consultative_statuses[] = {
    "organisation non gouvernementale dotée du statut consultatif spécial",
    "organisation non gouvernementale dotée du statut consultatif général",
    "organisations non gouvernementales dotées du statut consultatif spécial",
    "organisations non gouvernementales dotées du statut consultatif général",
    "organisation non gouvernementale inscrite sur la liste",
    "organisations non gouvernementales inscrites sur la liste",
    "ong sans statut consultatif",
    "ong dotée du statut consultatif spécial",
    "ong dotées du statut consultatif spécial",
};

// A company's legal form, abbreviated with full stops ("Verdier S.A.").
inline constexpr std::string_view company_forms[] = {
    "s.a.",
    "s.a.s.",
};

// "la Commission africaine des droits de l'homme et des peuples", "forces de défense et de sécurité":
// after "et", more of a name's complement, no addressee of its own.
inline constexpr std::string_view complement_prepositions[] = {
    "de",
    "des",
    "du",
};

// "Observatoire des libertés (basée à Tunis)": the words that say where an
// organisation is based, in parentheses after its name, before the place.
inline constexpr std::string_view base_phrases[] = {
    "basé à", "basée à", "basés à", "basées à", "basé en",  "basée en",
    "basé au", "basée au", "basé aux", "basée aux", "établi à", "établie à",
};

// "Lettre au Président de la République …", "Lettre à la Rapporteuse spéciale …": a headline
// that names a letter by its reader, though it calls it neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "lettre à",
    "lettre au",
    "lettre aux",
    "lettre adressée",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "prénom", "prénoms",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "nom", "nom de famille",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "horodateur", "horodatage",
    "signé le", "date de signature",
};

// "La Ligue Beta et le Forum Gamma partagent également les vues exprimées dans la présente
// déclaration.": the formula of a UN statement after the names of those who join it without
// submitting it.
inline constexpr std::string_view view_sharing_phrases[] = {
    "partagent également les vues",
    "partage également les vues",
    "partagent également les opinions",
    "partage également les opinions",
    "partagent les vues exprimées",
    "partage les vues exprimées",
};

// "Association Ambre (membre de l'IFEX)", "Centre Ambre (statut d'observateur)", "Collectif Ambre
// (en cours de création)": what an organisation is to a body it belongs to, its status with one,
// or that it is still being founded; in parentheses after its name, none of it.
inline constexpr std::string_view standing_remarks[] = {
    "membre",
    "membres",
    "statut",
    "accrédité",
    "accréditée",
    "affilié",
    "affiliée",
    "en formation",
    "en cours de création",
    "en cours de constitution",
    "en cours d\"enregistrement",
    "non enregistré",
    "non enregistrée",
};

// "Nous, membres de la Coalition X, dont les membres sont A, B et C, dénonçons …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "dont les membres sont", "dont les organisations membres sont", "qui regroupe", "qui réunit",
    "regroupant", "réunissant", "composée de", "composé de", "constituée de", "constitué de",
};

// "Examen périodique universel de la République de Veloria", "EPU – 4e cycle": the name of the
// UN's review of each state's human rights record, which opens a submission's cover line.
inline constexpr std::string_view review_names[] = {
    "examen périodique universel",
    "epu",
};

// "4e cycle", "47e session du Groupe de travail sur l'EPU": after an ordinal, the round of a
// review or the sitting of the body that holds it, on a submission's cover.
inline constexpr std::string_view review_rounds[] = {
    "cycle",
    "session",
};

// "Cette déclaration est signée par …", "la présente lettre": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "ce",
    "cet",
    "cette",
    "la présente",
    "le présent",
};

// "Merci, Monsieur le Président.":
// the thanks before the greeting of the chair with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "merci",
    "merci beaucoup",
    "je vous remercie",
};

// "libération", "abrogation": what a call asks for, named by its noun ("Nous demandons la libération
// des syndicalistes condamnés à six ans"): no addressee, and its "à" is the sentence's.
inline constexpr std::string_view demanded_actions[] = {
    "libération",
    "abrogation",
    "retrait",
    "fin",
    "levée",
    "suspension",
    "annulation",
    "abandon",
    "arrêt",
    "cessation",
    "relaxe",
};

}  // namespace fr_detail

inline constexpr language_table fr{
    "fr",
    "French",
    fr_detail::kind_words,
    fr_detail::months,
    fr_detail::stop_words,
    fr_detail::opening_phrases,
    fr_detail::call_verbs,
    fr_detail::signatory_headers,
    fr_detail::chrome_phrases,
    fr_detail::person_titles,
    fr_detail::organisation_words,
    fr_detail::conjunctions,
    fr_detail::list_closers,
    fr_detail::addressee_openers,
    fr_detail::coalition_markers,
    fr_detail::name_column_words,
    fr_detail::country_column_words,
    fr_detail::obligation_words,
    fr_detail::reporting_markers,
    fr_detail::appeal_cues,
    fr_detail::infinitive_markers,
    fr_detail::day_suffixes,
    {},  // date_linkers: the parts of a date follow each other
    fr_detail::today_words,
    fr_detail::role_words,
    fr_detail::first_person_plural,
    fr_detail::salutations,
    fr_detail::closings,
    fr_detail::subject_openers,
    fr_detail::behalf_phrases,
    fr_detail::topic_markers,
    fr_detail::signing_cues,
    fr_detail::call_prepositions,
    fr_detail::articles,
    fr_detail::legal_form_words,
    {},  // no spelling variants
    {},  // no patronymics
    {},  // surname_endings: a French surname has no ending of its own
    fr_detail::given_names,
    fr_detail::infinitive_endings,
    fr_detail::prepositions,
    fr_detail::second_person,
    {},  // reader_object_pronouns: the reader's object is a pronoun of address ("nous vous demandons")
    fr_detail::reader_possessives,
    fr_detail::signing_invitations,
    fr_detail::obligation_verbs,
    fr_detail::passive_auxiliaries,
    {},  // town_markers: a town follows a comma without a word for it
    fr_detail::place_column_words,
    fr_detail::type_column_words,
    fr_detail::affiliation_column_words,
    fr_detail::representative_column_words,
    fr_detail::post_column_words,
    fr_detail::signature_column_words,
    fr_detail::contact_column_words,
    fr_detail::author_verbs,
    fr_detail::state_words,
    fr_detail::entitlement_phrases,
    fr_detail::also_words,
    fr_detail::reported_call_verbs,
    fr_detail::organisation_kinds,
    fr_detail::clause_openers,
    fr_detail::author_groups,
    fr_detail::section_headings,
    fr_detail::person_groups,
    fr_detail::faith_groups,
    fr_detail::update_words,
    fr_detail::copy_keys,
    fr_detail::following_words,
    {},  // demand_verbs: the infinitive's ending tells a demand
    {},  // demand_endings: the infinitive's ending tells a demand
    {},  // dative_endings: an article or a preposition marks the addressee
    fr_detail::form_name_labels,
    fr_detail::form_behalf_labels,
    fr_detail::form_role_labels,
    fr_detail::signature_words,
    {},  // signature_abbreviations: no abbreviation stands for a signature
    fr_detail::version_words,
    fr_detail::occasion_openers,
    fr_detail::withheld_names,
    fr_detail::demand_labels,
    fr_detail::delivery_phrases,
    fr_detail::retirement_marks,
    fr_detail::speaker_phrases,
    fr_detail::prohibitions,
    {},  // name_abbreviations: an abbreviation inside a name has a capital ("St-Denis")
    fr_detail::about_openers,
    fr_detail::page_field_labels,
    fr_detail::capacity_remarks,
    {},  // post_nominals: the English and German tables' letters are read in every language
    fr_detail::branch_words,
    fr_detail::governing_bodies,
    fr_detail::member_phrases,
    fr_detail::proceeding_captions,
    fr_detail::compound_heads,
    {},  // mandate_prepositions: the addressee ends at the infinitive's marker, not at a preposition
    fr_detail::signing_statuses,
    fr_detail::group_scopes,
    fr_detail::author_joiners,
    fr_detail::exile_remarks,
    fr_detail::consultative_statuses,
    fr_detail::base_phrases,
    false,  // verb_second: the subject comes before the verb
    fr_detail::company_forms,
    fr_detail::complement_prepositions,
    fr_detail::letter_openers,
    fr_detail::given_name_column_words,
    fr_detail::surname_column_words,
    fr_detail::timestamp_column_words,
    fr_detail::view_sharing_phrases,
    {},  // patronymic_column_words: French names carry no patronymic
    fr_detail::standing_remarks,
    fr_detail::member_introducers,
    fr_detail::review_names,
    fr_detail::review_rounds,
    {},  // complement_topic_markers: a name's complement ("de", "du") opens no topic
    fr_detail::self_references,
    fr_detail::chair_thanks,
    fr_detail::demanded_actions,
};

}  // namespace lang
CIVIC_NAMESPACE_END
