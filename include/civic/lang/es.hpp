// Spanish: the words Spanish-language statements use to name their kind, date themselves,
// open, demand, list their signatories, and the web-page chrome scraped around them.
// Every phrase is in utf8::fold form (lower case, '"' for quotes, '-' for dashes).
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace es_detail {

using sk = statement_kind;

inline constexpr kind_word kind_words[] = {
    {"declaración conjunta", sk::joint_statement},
    // Spoken at a session of a UN body, not a "declaración" of principles.
    {"declaración oral conjunta", sk::joint_statement},
    {"intervención oral conjunta", sk::joint_statement},
    {"declaración oral", sk::statement},
    {"intervención oral", sk::statement},
    {"comunicado conjunto", sk::joint_statement},
    {"contribución conjunta", sk::joint_statement},  // to a review: "Contribución conjunta al Examen Periódico Universal"
    {"pronunciamiento conjunto", sk::joint_statement},
    {"posicionamiento conjunto", sk::joint_statement},
    {"carta abierta", sk::open_letter},
    {"carta pública", sk::open_letter},
    {"carta conjunta", sk::open_letter},
    {"llamamiento urgente", sk::appeal},
    {"llamado urgente", sk::appeal},
    {"llamamiento", sk::appeal},
    {"comunicado de prensa", sk::press_release},
    {"nota de prensa", sk::press_release},
    {"boletín de prensa", sk::press_release},
    {"manifiesto", sk::declaration},
    {"declaración", sk::declaration},
    {"pronunciamiento", sk::statement},
    {"posicionamiento", sk::statement},
    {"comunicado", sk::statement},
    {"petición", sk::petition},
};

// Peru, Chile and Uruguay write "setiembre".
inline constexpr month_name months[] = {
    {"enero", 1},      {"febrero", 2},  {"marzo", 3},       {"abril", 4},      {"mayo", 5},
    {"junio", 6},      {"julio", 7},    {"agosto", 8},      {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10},   {"noviembre", 11}, {"diciembre", 12},
    {"ene.", 1},       {"feb.", 2},     {"mar.", 3},        {"abr.", 4},       {"may.", 5},
    {"jun.", 6},       {"jul.", 7},     {"ago.", 8},        {"sep.", 9},       {"sept.", 9},
    {"set.", 9},       {"oct.", 10},    {"nov.", 11},       {"dic.", 12},
    {"ene", 1},        {"abr", 4},      {"ago", 8},         {"dic", 12},
};

// "la", "que", "en", "un" are shared with French and weighted down by the detector; "de"
// is left out of every table (French, Spanish and Romanian all write it most often).
inline constexpr std::string_view stop_words[] = {
    "el",      "los",    "las",    "y",      "del",     "para",   "que",    "una",    "por",
    "con",     "se",     "su",     "sus",    "es",      "son",    "al",     "lo",     "como",
    "más",     "pero",   "este",   "esta",   "estos",   "estas",  "ha",     "han",    "sido",
    "sin",     "sobre",  "entre",  "también", "ya",     "fue",    "nos",    "nuestro", "nuestra",
    "nuestros", "hacia", "desde",  "contra", "cuando",  "muy",    "hay",    "la",     "en",
    "un",      "ante",   "donde",   "así",    "quienes", "mediante",
};

inline constexpr std::string_view opening_phrases[] = {
    "nosotros, los abajo firmantes",
    "nosotras y nosotros, abajo firmantes",
    "los abajo firmantes",
    "las y los abajo firmantes",
    "las organizaciones abajo firmantes",
    "las organizaciones firmantes",
    "las organizaciones sociales abajo firmantes",
    "quienes suscribimos",
    "los suscritos",
    "las organizaciones y personas abajo firmantes",
};

inline constexpr std::string_view call_verbs[] = {
    "exigimos",   "llamamos",  "instamos",  "pedimos",    "demandamos", "exhortamos",
    "solicitamos", "reclamamos", "urgimos", "hacemos un llamado", "hacemos un llamamiento",
    "convocamos", "exigen",    "instan",    "piden",      "llaman",     "exhortan",
    "demandan",   "solicitan", "reclaman",
    // A network that speaks of itself: "La Red exige:", "La Coalición insta a …".
    "exige",      "insta",     "exhorta",   "reclama",
    "para solicitar",
    "para exigir",
    "para pedir",
    "para demandar",
    "para reclamar",
    // "Recomendamos al Estado de Costa Verde:", "Nuestras recomendaciones al Gobierno de …:", a
    // line over the calls.
    "recomendamos",
    "recomiendan",
    "recomendaciones al",
    "recomendaciones a",
    // "Dirigimos las siguientes exigencias al Gobierno de Veloria:".
    "exigencias al",
    "exigencias a",
    "demandas al",
};

inline constexpr std::string_view signatory_headers[] = {
    "lista de firmantes",     "organizaciones firmantes", "personas firmantes",
    "primeras firmas",        "firmantes",                "firman",
    "firmado por",            "adhieren",                 "adhesiones",
    "suscriben",              "firmas",
    // "Firmamos:", "Suscribimos:": the signers say "we sign" over their names.
    "firmamos",               "suscribimos",
    "organizaciones",
    "personas",
    "a título individual",
    "lista de organizaciones firmantes", "lista de adhesiones",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "miembros", "organizaciones miembro", "organizaciones miembros",
    // The initiators of a statement, over its list or beside it.
    "por iniciativa de",
    // A petition page's author, under its text ("Iniciada por: Colectivo Voz Libre").
    "iniciada por", "petición iniciada por",
    "impulsores",
    "organizaciones impulsoras",
    "junto con", "conjuntamente con",
    "adhesiones personales", "adhesiones individuales", "adhesiones institucionales", "a título personal",
    "firmas individuales", "firmas institucionales",
};

inline constexpr std::string_view chrome_phrases[] = {
    "otras noticias",   "noticias relacionadas", "artículos relacionados", "leer más",
    "seguir leyendo",   "ver más",        "compartir",       "compartir en facebook",
    "lee también",      "te puede interesar",
    "imprimir",         "comentarios",    "deja un comentario", "dejar un comentario",
    "responder",        "etiquetas",      "categorías",      "suscríbete",
    // Not "boletín" alone: "Boletín de prensa" names a press release.
    "suscribirse",      "boletín informativo", "suscríbete a nuestro boletín", "donar", "dona",
    "menú",             "inicio",         "buscar",          "ir al contenido",
    "entrada anterior", "entrada siguiente", "volver arriba", "todos los derechos reservados",
    "política de privacidad", "aviso legal", "contacto",     "síguenos",
    "para publicación inmediata", "para difusión inmediata", "contacto de prensa", "para más información",
    "descargar", "descargar pdf",
    "entradas relacionadas", "publicado en", "archivado en", "respuestas", "apóyanos",
    "embargado hasta", "bajo embargo hasta", "embargo",
    // Skip links and links to the full text.
    "saltar al contenido", "saltar a contenido", "ir al contenido principal", "lee el texto completo", "leer el comunicado completo",
    // A page's share bar, labels and links after the text.
    "compartir en", "comparte esta noticia", "haz tu donación", "más noticias", "lecturas relacionadas", "contacto para medios", "también disponible en",
    "fuente",
    "ver la lista completa de firmantes",
    "leer en",
    "firmantes recientes",
    "firmas recientes",
    "compartir este artículo",
    "compartir esta nota",
    // The share bar's imperative ("Comparte esta nota: Facebook | X | WhatsApp").
    "comparte",
    "comparte en",
    "sigue leyendo",
    "anterior",
    "siguiente",
    "publicado por",
    "foto",
    "ver versión en",
    "para adhesiones",
    "descargar el pronunciamiento",
    "descargar el comunicado",
};

inline constexpr std::string_view person_titles[] = {
    "sr.", "sra.", "srta.", "dr.", "dra.", "lic.", "ing.", "prof.", "profa.", "mtro.",
    "mtra.", "don", "doña", "señor", "señora",
    // A legislator's office cut short before the name ("Dip. Luis Ramos", "Sen. Patricia Gómez").
    "dip.", "sen.",
};

inline constexpr std::string_view organisation_words[] = {
    "asociación",  "colectivo",   "frente",       "movimiento",  "coordinadora", "organización",
    "fundación",   "red",         "centro",       "comité",      "comisión",     "consejo",
    "instituto",   "observatorio", "federación",  "confederación", "unión",      "liga",
    "alianza",     "plataforma",  "foro",         "coalición",   "sindicato",    "cooperativa",
    "agrupación",  "articulación", "asamblea",    "colectiva",   "grupo",        "mesa",
    "iniciativa",  "proyecto",    "clínica",      "oficina",     "servicio",     "programa",
    "ong",         "a.c.",        "ac",           "corporación", "agrupaciones", "organizaciones",
    // A university: an organisation, and the affiliation a scholar signs with
    // ("Jorge Menéndez – Universidad de El Salvador").
    "universidad",
};

inline constexpr std::string_view conjunctions[] = {"y", "e", "así como"};

inline constexpr std::string_view list_closers[] = {
    "y otras organizaciones", "y otros colectivos", "y otras personas", "y muchas más",
    "y otras",                "y otros",            "entre otras",      "entre otros",
    "y más",
    "siguen firmas",
    "siguen más firmas",
    "siguen las firmas",
    "y siguen firmas",
    "continúan firmas",
    "continúan las firmas",
    // The list whole elsewhere: "Más firmas en www…", "Ver lista completa en www…".
    "más firmas en",
    "ver lista completa",
    "ver la lista completa",
};

inline constexpr std::string_view addressee_openers[] = {
    "a la opinión pública", "al", "a la", "a los", "a las", "señor", "señora", "estimado",
    "estimada", "estimados",
};

inline constexpr std::string_view coalition_markers[] = {
    "miembros de",
    "miembros del",
    "integrantes de",
    "integrantes del",
};

inline constexpr std::string_view name_column_words[] = {
    "nombre",
    "organización",
};

inline constexpr std::string_view country_column_words[] = {
    "país",
    "pais",
};

inline constexpr std::string_view obligation_words[] = {
    "deben",
    "debe",
    "deberían",
    "exigencias",
    "demandas",
    "reivindicaciones",
    "recomendaciones",
    "expectativas",
};

inline constexpr std::string_view reporting_markers[] = {
    "en una",
    "en un",
    "en su",
    "publicaron",
    "firmaron",
};

inline constexpr std::string_view appeal_cues[] = {
    "hacemos un llamado",
    "hacemos un llamamiento",
    "convocamos",
    "únete",
    "súmate",
    "súmense",
    "únanse",
};

inline constexpr std::string_view day_suffixes[] = {
    "º",
    "°",
    // "1ro de diciembre", "1ero de mayo": the first of the month, as Argentina and Mexico write it.
    "ro",
    "ero",
};

inline constexpr std::string_view date_linkers[] = {
    "de",
    "del",
    // "A los 5 días del mes de diciembre de 2026", as formal letters date themselves.
    "días del mes de",
    "día del mes de",
};

inline constexpr std::string_view infinitive_markers[] = {
    "que",
    "para que",  // "hacemos un llamado a la Asamblea para que derogue …"
};

inline constexpr std::string_view today_words[] = {
    "hoy",
};

inline constexpr std::string_view role_words[] = {
    "periodista",
    "abogado",
    "abogada",
    "director",
    "directora",
    "profesor",
    "profesora",
    "presidente",
    "presidenta",
    "coordinador",
    "coordinadora",
    "activista",
    "investigador",
    "investigadora",
    "experto",
    "experta",
    "miembro",
    "integrante",
    "editor",
    "editora",
    "fundador",
    "fundadora",
    "diputado",
    "diputada",
    "senador",
    "senadora",
    "concejal",
    "concejala",
    "legislador",
    "legisladora",
    "defensor",
    "defensora",
    "delegado",
    "delegada",
    "militante",
    "secretario general",
    "secretaria general",
    "observador",
    "observadora",
};

inline constexpr std::string_view first_person_plural[] = {
    // a language that drops the pronoun says "we" with the verb
    "exigimos",
    "llamamos",
    "denunciamos",
    "rechazamos",
    "consideramos",
    "manifestamos",
    "expresamos",
    "convocamos",
    "nosotros",
    "nosotras",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "firmantes",
    "pedimos",
    "instamos",
    "solicitamos",
    "reclamamos",
    "demandamos",
    "exhortamos",
    "urgimos",
    "hacemos un llamado",
    "hacemos un llamamiento",
};

inline constexpr std::string_view salutations[] = {
    "estimado",
    "señoras y señores",
    "estimados señores y señoras",
    "estimadas señoras y señores",
    "estimada",
    "estimados",
    "estimadas",
    "querido",
    "querida",
};

inline constexpr std::string_view subject_openers[] = {
    "asunto:",
    "respecto a",
    "con respecto a",
    "en relación con",
    "referente a",
};

inline constexpr std::string_view behalf_phrases[] = {
    "en nombre de",
    "en nombre del",
    "en representación de",
};

inline constexpr std::string_view topic_markers[] = {
    "sobre",
    "respecto a",
    "en relación con",
    "contra",
    "en apoyo a",
    "en defensa de",
    "de parte de",
    "por la",
    "por el",
};

inline constexpr std::string_view closings[] = {
    "atentamente",
    "muy atentamente",
    "cordialmente",
    "saludos cordiales",
    "un saludo cordial",
    "un saludo",
    "saludos",
    "respetuosamente",
    "solidariamente",
    "en solidaridad",
    "con solidaridad",
};

inline constexpr std::string_view signing_cues[] = {
    "firmado por",
    "firmada por",
    "firman",
    "firmantes",
    "organizadores",
};

inline constexpr std::string_view call_prepositions[] = {
    "a",
    "al",
    "de",
    "del",
};

inline constexpr std::string_view articles[] = {
    "el",
    "la",
    "los",
    "las",
};

// A legal form before or after an organisation's name, dropped by the organisation key.
inline constexpr std::string_view legal_form_words[] = {
    "ong",
    "a.c.",
    "a. c.",
    "s.c.",
    "i.a.p.",
};

// Endings of the infinitive ("retirer", "liberar"): after the addressee of a verb that takes it
// with a preposition ("demandons au gouvernement de retirer", "pedimos al gobierno de liberar").
// A reflexive infinitive carries its pronoun ("instamos al Congreso a abstenerse de …", "a
// retirarse", "a comprometerse").
inline constexpr std::string_view infinitive_endings[] = {
    "ar",
    "er",
    "ir",
    "arse",
    "erse",
    "irse",
};

// Prepositions: within an addressee they go on with its name ("Alto Comisionado para los Derechos
// Humanos"), where another function word ends it ("a las autoridades su liberación").
inline constexpr std::string_view prepositions[] = {
    "de",
    "del",
    "en",
    "para",
    "por",
    "con",
    "sin",
    "sobre",
    "contra",
    "entre",
    "ante",
    "desde",
    "hacia",
    "mediante",
    "a",
    "al",
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "josé", "juan", "carlos", "luis", "jorge", "miguel", "javier", "manuel", "antonio",
    "francisco", "pedro", "alejandro", "fernando", "ricardo", "sergio", "pablo", "diego",
    "andrés", "raúl", "rafael", "eduardo", "roberto", "gustavo", "martín", "david", "maría",
    "ana", "carmen", "laura", "lucía", "marta", "patricia", "isabel", "elena", "rosa", "sofía",
    "paula", "gabriela", "daniela", "valentina", "camila", "andrea", "mónica", "silvia",
    "beatriz", "verónica", "claudia", "natalia", "adriana", "fernanda",
    "oscar",
    "óscar",
    "alberto",
    "álvaro",
    "ángel",
    "enrique",
    "ignacio",
    "jaime",
    "joaquín",
    "rubén",
    "víctor",
    "hugo",
    "mario",
    "ernesto",
    "guillermo",
    "héctor",
    "julio",
    "arturo",
    "lorena",
    "teresa",
    "pilar",
    "rocío",
    "cristina",
    "alejandra",
    "mariana",
    "ximena",
    "julia",
    "sara",
    "irene",
    "nuria",
    "inés",
    "alicia",
    "susana",
    "guadalupe",
};

inline constexpr std::string_view second_person[] = {
    "usted",
    "ustedes",
};

// "Por ello le solicitamos:", "les pedimos": the reader, whom "usted" names, as the object of the
// verb after.
inline constexpr std::string_view reader_object_pronouns[] = {
    "le",
    "les",
};

// "Instamos a vuestro gobierno a:": the reader's own government or body, which a letter that names
// its reader asks as it asks "you".
inline constexpr std::string_view reader_possessives[] = {
    "vuestro",
    "vuestra",
    "vuestros",
    "vuestras",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    // A signing page's button ("Firma la petición"), which names the kind of the text it is over.
    "firma la petición",
    "firme la petición",
    "abierta a firmas",
    "abierto a firmas",
    "abierta a adhesiones",
    "abierto a adhesiones",
    "abierta a la firma",
    "abierto a la firma",
    "para firmar",
    "desea firmar",
    "desean firmar",
    "quiere firmar",
    "para sumarse",
    "para adherirse",
    "para adherir",
    "la lista sigue abierta",
    "la lista permanece abierta",
    // Where the whole list is: "The full list of signatories is available at …".
    "lista completa de firmantes",
    "lista completa de organizaciones firmantes",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "firmantes: ver",
    "firmantes: véase",
    "firmas: ver",
    "adhesiones: ver",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "debe",
    "deben",
    "debería",
    "deberían",
    "tiene que",
    "tienen que",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "ser",
    "estar",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "ciudad",
    "localidad",
    "región",
    "lugar",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "tipo",
    "categoría",
    "sector",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "organización",
    "institución",
    "afiliación",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "firmado por",
    "representante",
    "persona de contacto",
};

// "Nombre | Cargo | Institución": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "título",
    "cargo",
    "puesto",
    "función",
};

// "Nombre | Organización | Firma": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "firma",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "contacto",
    "contactos",
    "correo",
    "correo electrónico",
    "e-mail",
    "email",
    "sitio web",
    "página web",
    "web",
    "teléfono",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names); and said by them in the
// first, after the names beside their "we" ("Nous, A, B et C, dénonçons …"), where the two
// persons differ.
inline constexpr std::string_view author_verbs[] = {
    "condenan",
    "denuncian",
    "rechazan",
    "expresan",
    "manifiestan",
    "saludan",
    "advierten",
    "alertan",
    "se dirigen",
    "han exigido",
    "exigieron",
    "pidieron",
    "hicieron un llamado",
    "hacen un llamado",
    "hacen un llamamiento",
    "publicaron",
    "emitieron",
    "se pronuncian",
    "se pronunciaron",
    "instaron",
    "exhortaron",
    "solicitaron",
    "han pedido",
    // The first person plural: "we, A, B and C, condemn …".
    "condenamos",
    "denunciamos",
    "rechazamos",
    "expresamos",
    "manifestamos",
    "saludamos",
    "advertimos",
    "alertamos",
    "nos dirigimos",
    "nos pronunciamos",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "ministerio",
    "ministro",
    "ministra",
    "gobierno",
    "parlamento",
    "congreso",
    "fiscalía",
    "tribunal",
    "corte",
    "policía",
    "presidente",
    "presidenta",
    "embajada",
    "autoridades",
    "ejército",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "el derecho a",
    "el derecho de",
    "sus derechos",
    "ser libres de",
    "ser libre de",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "también",
    "asimismo",
    "además",
    "nuevamente",
    "de nuevo",
    "por ello",
    "por tanto",
    "urgentemente",
    "enérgicamente",
    "respetuosamente", "encarecidamente", "firmemente",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "exigieron",
    "pidieron",
    "hicieron un llamado",
    "instaron",
    "exhortaron",
    "solicitaron",
    "han pedido",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "empresa",
    "cooperativa",
    "medio de comunicación",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "que",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "organizaciones",
    "colectivos",
    "asociaciones",
    "ong",
    "ongs",
    "coalición",
    "redes",
    "sindicatos",
    "federaciones",
    "firmantes",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "antecedentes",
    "contexto",
    "anexo",
    "anexos",
    "nota para editores",
    "notas para editores",
    "sobre nosotros",
    "acerca de",
    "notas", "fuentes",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "personas",
    "individuales",
    "particulares",
    "personalidades",
    "firmas individuales",
    "ciudadanos",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "católicas",
    "católico",
    "católicos",
    "cristiano",
    "cristianos",
    "ecuménico",
    "evangélico",
    "evangélicos",
    "interreligioso",
    "judío",
    "judíos",
    "musulmán",
    "musulmanes",
    "ortodoxo",
    "protestante",
    "protestantes",
};

// A page's note that it was changed after it was published ("Actualizado el 5 de marzo de 2024"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "actualizado", "actualizada", "última actualización", "actualizado el",
};

// The key of a letter's copy list ("C.c.p.: …", "Con copia a: …"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "c.c.p.", "c.c.", "con copia a", "con copia", "copia a", "copia", "cc",
    "c.c.o.",  // con copia oculta: a blind copy
};

inline constexpr std::string_view following_words[] = {
    "lo siguiente",
    "las siguientes",
    "los siguientes",
    "siguientes",
    "siguiente",
};

// "Que el Estado garantice …": a demand in the subjunctive opens with "que"; the infinitive's
// ending tells the others ("Liberar a …").
inline constexpr std::string_view demand_verbs[] = {
    "que",
};

// The label of a signing form's field of a person's name ("Nombre: Mira Tallow").
inline constexpr std::string_view form_name_labels[] = {
    "nombre",
    "nombre completo",
    "nombre y apellido",
    "nombre y apellidos",
};

// The label of the organisation a signing form's person signs for ("Por: Coalición Ámbar").
inline constexpr std::string_view form_behalf_labels[] = {
    "por",
};

// The label of a signing form's field of its signer's role ("Cargo: directora").
inline constexpr std::string_view form_role_labels[] = {
    "cargo",
    "puesto",
};

// A word that stands for a handwritten signature in brackets ("(firmado)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "firma",
    "firmado",
};

// An abbreviation that stands for a signature on a line of its own ("Fdo.").
inline constexpr std::string_view signature_abbreviations[] = {
    "fdo",
};

// A word of a short line that points to the text in another language:
// "Versión en árabe", "Esta declaración también está disponible en inglés".
inline constexpr std::string_view version_words[] = {
    "versión", "disponible en",
};

// On a dateline, after its date and a comma: the occasion the day marks ("con motivo de …").
inline constexpr std::string_view occasion_openers[] = {
    "con motivo de",
    "con motivo del",
    "con ocasión de",
    "con ocasión del",
    "en ocasión de",
    "en ocasión del",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "anónimo", "anónima", "anónimos", "anónimas", "nombre reservado",
};

// The word that numbers a demand standing as a paragraph of its own: "Recomendación 1: Derogar …", "Exigencia 2: …".
inline constexpr std::string_view demand_labels[] = {
    "recomendación",
    "demanda",
    "exigencia",
    "propuesta",
    "petición",
};

// "Por correo electrónico": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "enviado por correo electrónico",
    "enviada por correo electrónico",
    "por correo electrónico",
    "vía correo electrónico",
    "por fax",
    "por correo certificado",
};

// In parentheses after a title, its holder has retired: "(r)", "(retirado)"
// ("General (r) Tomás Vidal").
inline constexpr std::string_view retirement_marks[] = {
    "r", "r.", "ret.", "retirado", "retirada",
};

// "Pronunciada por: Mira Tallow", "Leída por …": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "pronunciada por",
    "pronunciado por",
    "leída por",
    "leído por",
    "presentada por",
    "presentado por",
};

// "Sobre la Red TDT", "Acerca de Espacio OSC": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "sobre", "acerca de", "acerca del",
};

// "No a la ley …", "No extraditen a …": a demand that forbids opens so.
inline constexpr std::string_view prohibitions[] = {
    "no",
};

// The labels of a page's fields, each alone on its line over its value
// ("Formato" / "Comunicado de prensa", "Países:" / "Sudán, Chad"): the
// page that republishes a statement (an aggregator's), not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "formato", "fuente", "fuentes", "publicado", "publicado originalmente", "origen", "ver original", "países", "temas", "tipo de desastre", "adjuntos",
};

// "(a título personal)", "(a título individual)": after a signer, that they sign for themselves.
inline constexpr std::string_view capacity_remarks[] = {
    "a título personal",
    "a titulo personal",
    "a título individual",
    "a titulo individual",
    "en nombre propio",
};

// "… (AI), oficina de Madrid", "… , sección española": an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "oficina", "sección", "seccion", "delegación", "capítulo", "sede",
};

// A body that governs a network, over its members' names in the list (language_table.hpp).
inline constexpr std::string_view governing_bodies[] = {
    "comité directivo",
    "comité coordinador",
    "comité de coordinación",
    "consejo directivo",
    "junta directiva",
    "mesa directiva",
};

// After a network's name, its members with it (language_table.hpp).
inline constexpr std::string_view member_phrases[] = {
    "y sus organizaciones miembro",
    "y sus organizaciones miembros",
    "y sus miembros",
    "y sus afiliadas",
};

// "ANTE LA COMISIÓN INTERAMERICANA DE DERECHOS HUMANOS", "En el asunto": a filing's caption,
// over its own heading ("Escrito conjunto de …").
inline constexpr std::string_view proceeding_captions[] = {
    "ante la",
    "ante el",
    "en el asunto",
    "en el caso",
};

// "político-" / "social", "teórico-" / "práctico": the first part of a compound, whose hyphen at a
// line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"economico", "juridico", "politico", "teorico"};

inline constexpr std::string_view signing_statuses[] = {
    "firmante",
    "adherente",
    "adhiere",
    "adhesión",
    "observador",
    "observadora",
    "iniciador",
    "iniciadora",
    "impulsor",
    "impulsora",
    "socio",
    "socia",
};

inline constexpr std::string_view group_scopes[] = {
    "nivel europeo",
    "nivel nacional",
    "nivel regional",
    "nivel internacional",
    "nivel local",
    "ámbito nacional",
    "ámbito estatal",
    "ámbito regional",
    "ámbito internacional",
    "ámbito local",
};

// "Asociación de Periodistas (en el exilio)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "en el exilio", "en exilio", "exiliada", "exiliado",
};

// "Exposición presentada por Alpha Watch, organización no gubernamental reconocida como entidad
// consultiva especial", "Beta League, ONG sin estatus consultivo, también comparte las opiniones
// expresadas en esta declaración.": what a UN statement's signers are to the UN, after their
// names.
inline constexpr std::string_view consultative_statuses[] = {
    "organización no gubernamental reconocida como entidad consultiva especial",
    "organización no gubernamental reconocida como entidad consultiva general",
    "organizaciones no gubernamentales reconocidas como entidades consultivas especiales",
    "organizaciones no gubernamentales reconocidas como entidades consultivas generales",
    "organización no gubernamental reconocida como entidad consultiva especial y general",
    "organización no gubernamental incluida en la lista",
    "organizaciones no gubernamentales incluidas en la lista",
    "ong sin estatus consultivo",
    "ong sin reconocimiento como entidad consultiva",
};

// A company's legal form, abbreviated with full stops ("Minera Andina S.A.", "Pesquera del Sur S.A.C.").
inline constexpr std::string_view company_forms[] = {
    "s.a.",
    "s.a.c.",
    "s.l.",
    "s.r.l.",
};

// "la Comisión de Derechos Humanos y de Asuntos Indígenas": after "y", more of a name's complement,
// no addressee of its own.
inline constexpr std::string_view complement_prepositions[] = {
    "de",
    "del",
};

// "Colectivo Ámbar (con sede en Quito)": the words that say where an
// organisation is based, in parentheses after its name, before the place.
inline constexpr std::string_view base_phrases[] = {
    "con sede en", "basada en", "basado en", "radicada en", "radicado en",
};

// "Carta a la Comisión Interamericana …", "Carta al Directorio de …": a headline that names a
// letter by its reader, though it calls it neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "carta a",
    "carta al",
    "carta dirigida",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "nombre", "nombres",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "apellido", "apellidos",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "marca temporal",
    "firmado el", "fecha de firma",
};

// "La Liga Beta y el Foro Gamma también comparten las opiniones expresadas en esta declaración.":
// the formula of a UN statement after the names of those who join it without submitting it.
inline constexpr std::string_view view_sharing_phrases[] = {
    "también comparten las opiniones",
    "también comparte las opiniones",
    "comparten las opiniones expresadas",
    "comparte las opiniones expresadas",
};

// "Fundación Ámbar (miembro de IFEX)", "Centro Ámbar (estatus de observador)", "Colectivo Ámbar
// (en formación)": what an organisation is to a body it belongs to, its status with one, or that
// it is still being founded; in parentheses after its name, none of it.
inline constexpr std::string_view standing_remarks[] = {
    "miembro",
    "miembros",
    "integrante",
    "estatus",
    "estatuto",
    "acreditada",
    "acreditado",
    "afiliada",
    "afiliado",
    "en formación",
    "en proceso de registro",
    "en proceso de constitución",
    "sin registro",
};

// "Nosotros, la Red X, una coalición cuyos miembros son A, B y C, condenamos …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "cuyos miembros son", "cuyas organizaciones miembros son", "cuyos integrantes son", "cuyas integrantes son",
    "integrada por", "integrado por", "conformada por", "conformado por", "compuesta por", "compuesto por",
    "que agrupa a", "que reúne a",
};

// "Examen Periódico Universal de la República de Veloria", "EPU – 4.º ciclo": the name of the
// UN's review of each state's human rights record, which opens a submission's cover line.
inline constexpr std::string_view review_names[] = {
    "examen periódico universal",
    "epu",
};

// "4.º ciclo", "47.º período de sesiones del Grupo de Trabajo sobre el EPU": after an ordinal,
// the round of a review or the sitting of the body that holds it, on a submission's cover.
inline constexpr std::string_view review_rounds[] = {
    "ciclo",
    "período de sesiones",
    "periodo de sesiones",
    "sesión",
};

// "Esta declaración está firmada por …", "la presente carta": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "esta",
    "este",
    "la presente",
    "el presente",
};

// "Gracias, señoras y señores.", "Gracias, señor Presidente.": the thanks before a greeting of
// the salutations above, or before a person's title and the chair's office ("señor presidente" is
// no salutation here, as it also opens an addressee's line: "Señor Presidente de la República de
// …"), with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "gracias",
    "muchas gracias",
};

// "liberación", "derogación": what a call asks for, named by its noun ("Exigimos la liberación de
// los sindicalistas condenados a seis años"): no addressee, and its "a" is the sentence's.
inline constexpr std::string_view demanded_actions[] = {
    "liberación",
    "excarcelación",
    "derogación",
    "retiro",
    "retirada",
    "fin",
    "cese",
    "suspensión",
    "anulación",
    "levantamiento",
};

}  // namespace es_detail

inline constexpr language_table es{
    "es",
    "Spanish",
    es_detail::kind_words,
    es_detail::months,
    es_detail::stop_words,
    es_detail::opening_phrases,
    es_detail::call_verbs,
    es_detail::signatory_headers,
    es_detail::chrome_phrases,
    es_detail::person_titles,
    es_detail::organisation_words,
    es_detail::conjunctions,
    es_detail::list_closers,
    es_detail::addressee_openers,
    es_detail::coalition_markers,
    es_detail::name_column_words,
    es_detail::country_column_words,
    es_detail::obligation_words,
    es_detail::reporting_markers,
    es_detail::appeal_cues,
    es_detail::infinitive_markers,
    es_detail::day_suffixes,
    es_detail::date_linkers,
    es_detail::today_words,
    es_detail::role_words,
    es_detail::first_person_plural,
    es_detail::salutations,
    es_detail::closings,
    es_detail::subject_openers,
    es_detail::behalf_phrases,
    es_detail::topic_markers,
    es_detail::signing_cues,
    es_detail::call_prepositions,
    es_detail::articles,
    es_detail::legal_form_words,
    {},  // no spelling variants
    {},  // no patronymics
    {},  // surname_endings: a Spanish surname has no ending of its own
    es_detail::given_names,
    es_detail::infinitive_endings,
    es_detail::prepositions,
    es_detail::second_person,
    es_detail::reader_object_pronouns,
    es_detail::reader_possessives,
    es_detail::signing_invitations,
    es_detail::obligation_verbs,
    es_detail::passive_auxiliaries,
    {},  // town_markers: a town follows a comma without a word for it
    es_detail::place_column_words,
    es_detail::type_column_words,
    es_detail::affiliation_column_words,
    es_detail::representative_column_words,
    es_detail::post_column_words,
    es_detail::signature_column_words,
    es_detail::contact_column_words,
    es_detail::author_verbs,
    es_detail::state_words,
    es_detail::entitlement_phrases,
    es_detail::also_words,
    es_detail::reported_call_verbs,
    es_detail::organisation_kinds,
    es_detail::clause_openers,
    es_detail::author_groups,
    es_detail::section_headings,
    es_detail::person_groups,
    es_detail::faith_groups,
    es_detail::update_words,
    es_detail::copy_keys,
    es_detail::following_words,
    es_detail::demand_verbs,
    {},  // demand_endings: the infinitive's ending tells a demand
    {},  // dative_endings: an article or a preposition marks the addressee
    es_detail::form_name_labels,
    es_detail::form_behalf_labels,
    es_detail::form_role_labels,
    es_detail::signature_words,
    es_detail::signature_abbreviations,
    es_detail::version_words,
    es_detail::occasion_openers,
    es_detail::withheld_names,
    es_detail::demand_labels,
    es_detail::delivery_phrases,
    es_detail::retirement_marks,
    es_detail::speaker_phrases,
    es_detail::prohibitions,
    {},  // name_abbreviations: an abbreviation inside a name has a capital ("Sta. María")
    es_detail::about_openers,
    es_detail::page_field_labels,
    es_detail::capacity_remarks,
    {},  // post_nominals: the English and German tables' letters are read in every language
    es_detail::branch_words,
    es_detail::governing_bodies,
    es_detail::member_phrases,
    es_detail::proceeding_captions,
    es_detail::compound_heads,
    {},  // mandate_prepositions: the addressee ends at the infinitive's marker, not at a preposition
    es_detail::signing_statuses,
    es_detail::group_scopes,
    {},  // author_joiners: none read yet ("Declaración de la Red …" would name its author so)
    es_detail::exile_remarks,
    es_detail::consultative_statuses,
    es_detail::base_phrases,
    false,  // verb_second: the subject comes before the verb
    es_detail::company_forms,
    es_detail::complement_prepositions,
    es_detail::letter_openers,
    es_detail::given_name_column_words,
    es_detail::surname_column_words,
    es_detail::timestamp_column_words,
    es_detail::view_sharing_phrases,
    {},  // patronymic_column_words: Spanish names carry no patronymic
    es_detail::standing_remarks,
    es_detail::member_introducers,
    es_detail::review_names,
    es_detail::review_rounds,
    {},  // complement_topic_markers: a name's complement ("de", "del") opens no topic
    es_detail::self_references,
    es_detail::chair_thanks,
    es_detail::demanded_actions,
};

}  // namespace lang
CIVIC_NAMESPACE_END
