// English: the words English-language statements use to name their kind, date themselves,
// open, demand, list their signatories, and the web-page chrome scraped around them.
// Every phrase is in utf8::fold form (lower case, '"' for quotes, '-' for dashes).
#pragma once
#include <civic/lang/language_table.hpp>

CIVIC_NAMESPACE_BEGIN
namespace lang {
namespace en_detail {

using sk = statement_kind;

// Compound forms first: a matcher that stops at the first hit must see "joint statement"
// before "statement".
inline constexpr kind_word kind_words[] = {
    {"joint ngo statement", sk::joint_statement},
    {"joint civil society statement", sk::joint_statement},
    {"joint public statement", sk::joint_statement},
    {"joint written statement", sk::joint_statement},
    // A statement spoken at a session of a UN body ("Joint oral statement", "Item 4 General
    // Debate", "Delivered by …"), and a filing's ("Joint intervention of consumer groups").
    {"joint oral statement", sk::joint_statement},
    {"joint oral intervention", sk::joint_statement},
    {"joint intervention", sk::joint_statement},
    {"joint press statement", sk::joint_statement},
    {"joint media statement", sk::joint_statement},
    {"joint statement", sk::joint_statement},
    // A submission to a review by several organisations ("Joint Submission to the Universal
    // Periodic Review of …", "Joint Stakeholder Submission"), their joint statement to it.
    {"joint stakeholder submission", sk::joint_statement},
    {"joint submission", sk::joint_statement},
    {"stakeholder submission", sk::statement},
    {"joint ngo letter", sk::open_letter},
    {"joint open letter", sk::open_letter},
    {"joint letter", sk::open_letter},
    {"sign-on letter", sk::open_letter},
    {"sign on letter", sk::open_letter},
    {"coalition letter", sk::open_letter},
    {"open letter", sk::open_letter},
    {"public letter", sk::open_letter},
    {"joint appeal", sk::appeal},
    {"open appeal", sk::appeal},
    {"public appeal", sk::appeal},
    {"urgent appeal", sk::appeal},
    {"appeal", sk::appeal},
    {"joint declaration", sk::declaration},
    {"declaration", sk::declaration},
    {"manifesto", sk::declaration},
    {"joint press release", sk::press_release},
    {"press release", sk::press_release},
    {"media release", sk::press_release},
    {"news release", sk::press_release},
    {"press statement", sk::press_release},
    {"petition", sk::petition},
    {"written statement", sk::statement},
    {"oral statement", sk::statement},
    {"oral intervention", sk::statement},
    {"public statement", sk::statement},
    {"statement", sk::statement},
    {"communiqué", sk::statement},
    {"communique", sk::statement},
};

// Full names and the abbreviations of datelines ("Sept. 5, 2022", "5 Jan 2021").
inline constexpr month_name months[] = {
    {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},     {"august", 8},    {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12},
    {"jan", 1},       {"feb", 2},      {"mar", 3},       {"apr", 4},       {"jun", 6},
    {"jul", 7},       {"aug", 8},      {"sep", 9},       {"sept", 9},      {"oct", 10},
    {"nov", 11},      {"dec", 12},
    {"jan.", 1},      {"feb.", 2},     {"mar.", 3},      {"apr.", 4},      {"jun.", 6},
    {"jul.", 7},      {"aug.", 8},     {"sep.", 9},      {"sept.", 9},     {"oct.", 10},
    {"nov.", 11},     {"dec.", 12},
};

// Frequent function words that no other table's language uses as often; "in" is shared
// with German and the detector weights shared words down.
inline constexpr std::string_view stop_words[] = {
    "the",   "and",   "of",      "to",      "in",     "that",  "is",     "for",   "with",
    "on",    "are",   "was",     "were",    "be",     "been",  "being",  "this",  "these",
    "those", "by",    "from",    "at",      "as",     "it",    "its",    "we",    "our",
    "us",    "they",  "their",   "them",    "which",  "who",   "whom",   "has",   "have",
    "had",   "not",   "or",      "will",    "would",  "should", "must",  "shall", "all",
    "such",  "into",  "than",    "there",   "against", "under", "about", "other", "any",
    "can",   "more",  "including", "while",  "after", "since",  "between", "through",
};

inline constexpr std::string_view opening_phrases[] = {
    "we, the undersigned organisations",
    "we, the undersigned organizations",
    "we, the undersigned civil society organisations",
    "we, the undersigned civil society organizations",
    "we, the undersigned members",
    "we, the undersigned",
    "we the undersigned organisations",
    "we the undersigned organizations",
    "we the undersigned",
    "we, the below-signed",
    "we, the below signed",
    "we, the signatories",
    "the undersigned organisations",
    "the undersigned organizations",
    "the undersigned",
    "we, the members of",
};

inline constexpr std::string_view call_verbs[] = {
    "call on",   "call upon",   "calls on",  "calls upon", "calling on", "call for",
    "calls for", "urge",        "urges",     "urgently call on", "demand", "demands",
    "ask",       "asks",        "request",   "requests",   "appeal to",  "appeals to",
    "insist",    "insist that", "recommend", "recommends", "encourage",  "invite",     "invites",
    // "We demand that the authorities:": the addressee follows "that".
    "demand that", "demands that", "urge that", "request that", "ask that", "recommend that",
    // "Recommendations to the Government of Veloria:", a heading over the calls.
    "recommendations to",
    // Investors' letters: "We expect companies in the solar value chain to:".
    "expect", "expects",
};

inline constexpr std::string_view signatory_headers[] = {
    "list of signatories",       "signatory organisations", "signatory organizations",
    "signing organisations",     "signing organizations",   "organisational signatories",
    "organizational signatories", "individual signatories", "initial signatories",
    "first signatories",         "co-signatories",          "cosignatories",
    "co-signed by",              "cosigned by",             "signed by",
    // "Issued by:" over the organisations that issue a press statement; with its value on the
    // line ("Issued by: the Press Office") the line stays the page's chrome.
    "issued by",
    "endorsed by",               "supported by",            "signatories",
    "signatures",                "signed",                  "endorsers",
    "endorsements",              "the undersigned",         "organisations",
    "organizations",             "individuals",             "potpisnici",
    "endorsing organisations",   "endorsing organizations", "supporting organisations",
    "supporting organizations",  "signers",                 "co-signers",
    "list of endorsing organisations", "list of endorsing organizations", "list of signatory organisations",
    "list of signatory organizations", "list of supporting organisations", "list of supporting organizations",
    "list of endorsers",         "list of signers",
    // "Members:", "EaP CSN members:": a network's members sign its statement
    "members", "member organisations", "member organizations",
    // The initiators of a statement, over its list or beside it.
    "initiated by",
    // A petition page's author, under its text ("Started by: Amber Rivers Collective").
    "started by", "petition started by",
    "initiators",
    "initiating organisations",
    "initiating organizations",
    // Those who join the lead signers ("Nordic Rights Watch" / "Together with:" / …).
    "together with", "jointly with", "in partnership with",
};

inline constexpr std::string_view chrome_phrases[] = {
    "other news",        "related news",     "related posts",   "related articles",
    "related content",   "related stories",  "related",         "see also",
    "you may also like", "more on this topic",
    "latest news",       "read more",        "read also",       "also read",       "read next",
    "share",             "share this",      "share on",        "like this",       "like loading",
    "share on facebook", "share on twitter", "tweet",           "print",
    "print this page",   "leave a comment",  "leave a reply",   "comments",
    "no comments",       "tags",             "categories",      "subscribe",
    "newsletter",        "sign up for our newsletter",          "donate",
    "donate now",        "menu",             "main menu",       "home",
    "search",            "skip to content",  "skip to main content", "previous post",
    "next post",         "previous article", "next article",    "back to top",
    "all rights reserved", "cookie",         "cookies",         "privacy policy",
    "terms of use",      "contact us",       "follow us",       "posted in",
    "terms of service",  "terms and conditions",
    "[email protected]", "email protected",
    "for immediate release", "for more information", "media contact", "press contact",
    "contact",
    "contacts",
    "download", "download pdf", "download the statement", "download the full statement",
    // A signing form's fields and button under the list ("Email:", "Submit").
    "email", "e-mail", "submit", "first name", "last name", "sign now", "recent signatures",
    "most read", "most popular", "photo", "photo credit",
    // A blog's post footer, sidebar and comments ("4 Comments", "Reply"), after the text.
    "reply", "responses", "replies", "filed under", "tagged", "post navigation",
    "recent posts", "recent comments", "popular posts", "more statements", "more news",
    "older posts", "newer posts", "older entries", "newer entries", "about the author",
    "written by", "powered by", "support our work", "support us", "join our mailing list",
    "sign up for updates", "stay informed", "loading", "was this article helpful",
    "recommended from medium", "followers", "you might also like",
    "embargoed until", "embargoed", "under embargo until", "embargo",
    // Press contacts under the list, and a mailing list's or a mail program's lines.
    "media enquiries", "media inquiries", "press enquiries", "press inquiries", "for media enquiries",
    "for media inquiries", "for press enquiries", "for press inquiries", "contact for media", "for further information",
    "for more information contact", "for further information contact",
    "for interviews", "to unsubscribe", "unsubscribe", "view this email in your browser", "sent from my iphone",
    "sent from my android", "news provided by",
    // A site's menu: "About us  Our work  Publications  Get involved  Donate".
    "about us", "our work", "publications", "get involved", "who we are", "what we do", "take action",
    "our team", "our partners",
    // Skip links and links to the full text.
    "read the full", "read the joint", "read the statement", "read the open letter", "read the letter", "read the appeal", "full text of the", "skip to navigation", "jump to content",
    // A page's labels and links after the text.
    "press contacts", "contacts for media", "media contacts", "more reading", "further reading", "region / country", "topic", "topics", "also available in", "see the full list of signatories", "the full list of signatories",
    "source",
    "read this in",
    "read in",
    "become a member",
    "endorse this statement",
    "about the authors",
    "organisation name",
    "organization name",
    "latest statements",
    "other statements",
    "recent news",
    "more from",
    "more statements from",
    "issued by",
    "share this statement",
    "share this article",
    // A social network's post: its counts ("37 comments · 89 shares"), buttons and sort order.
    "shares", "likes", "views", "reactions", "reposts", "like · comment · share", "like comment share",
    "most relevant", "all comments", "top comments", "newest first", "write a comment",
    // A chat message's lines after the text ("_Please forward to your groups_", "Forwarded many times").
    "please share", "pls share", "kindly share", "please forward", "kindly forward", "forwarded", "forwarded many times",
    "forwarded as received",
    // A site's account links.
    "log in", "sign in", "sign up",
};

inline constexpr std::string_view person_titles[] = {
    "dr", "dr.",  "mr",   "mr.",       "mrs",  "mrs.", "ms",  "ms.",  "mx",
    "prof", "prof.", "professor", "sir", "dame", "rev", "rev.", "hon.", "mp",
    "mep", "lord", "lady", "judge", "sen.", "h.e.", "his excellency", "her excellency",
    "assoc. prof.", "asst. prof.", "assoc.", "asst.", "baroness", "baron", "rt hon", "rt. hon.", "rt rev", "rt. rev.",
    // A clergy's style with its article, as letters from churches write it ("The Rt. Rev. Anne
    // Whitfield", "The Most Rev. Paul Grant", "The Very Revd Alan Hart").
    "the rev", "the rev.", "the revd", "the rt rev", "the rt. rev.", "the rt revd", "the rt. revd", "the most rev",
    "the most rev.", "most rev.", "the very rev", "the very rev.", "the very revd", "very rev.", "revd", "the rt hon",
    "the rt. hon.", "the hon.",
    // Religious titles: "Fr. Miguel de la Cruz", "Sister Ann Birch".
    "fr.", "father", "sister", "imam", "rabbi", "bishop", "pastor", "br.", "brother",
};

inline constexpr std::string_view organisation_words[] = {
    "association", "associations", "centre",    "center",     "committee",  "foundation",
    "institute",   "network",      "union",     "council",    "coalition",  "movement",
    "league",      "society",      "forum",     "federation", "alliance",   "platform",
    "group",       "project",      "initiative", "clinic",    "office",     "watch",
    "fund",        "trust",        "ngo",       "e.v.",       "gmbh",       "ltd",
    "ltd.",        "inc",          "inc.",      "club",       "bureau",     "agency",
    "partnership", "campaign",     "mission",   "house",      "collective", "organisation",
    "organization", "international", "consortium", "assembly", "academy",   "lab",        "labs",
    "commission",  "chamber",      "service",   "services",   "program",    "programme",
    "defenders",   "advocates",    "lawyers",   "observatory", "monitor",
    "school",      "university",   "college",   "party",      "church",     "congress",
    "cooperative", "co-operative", "guild",     "museum",     "library",    "archive",
    "archives",    "company",      "corporation", "charity",  "radio",      "newspaper",
    "magazine",    "media",
    // Humanitarian organisations, whose names may open with a given name ("Christian Aid",
    // "Helen Keller Intl").
    "aid",         "relief",       "intl",      "intl.",
    // Amnesty International's sections sign by the movement's first word ("Amnesty Kenya").
    "amnesty",
};

inline constexpr std::string_view conjunctions[] = {"and", "&", "as well as"};

inline constexpr std::string_view list_closers[] = {
    "and other organisations", "and other organizations", "and other prominent activists",
    "and other activists",     "and many others",         "and others",
    "and more",                "et al.",
    // A list still open, or whole elsewhere ("More signatures to follow", "*List in formation",
    // "The full list of signatories is available at www…").
    "more signatures to follow", "signatures continue", "list in formation", "the full list of signatories",
    "full list of signatories",
    // The status a UN written statement gives its submitters after their names.
    "non-governmental organizations in special consultative status",
    "non-governmental organizations in general consultative status",
    "non-governmental organization in special consultative status",
    "non-governmental organization in general consultative status",
    "non-governmental organizations in general and special consultative status",
    "ngo(s) without consultative status",
    "ngos without consultative status",
};

inline constexpr std::string_view addressee_openers[] = {
    "to the", "to", "dear", "attn", "attn.", "attention", "for the attention of",
};

inline constexpr std::string_view coalition_markers[] = {
    "members of",
    "member organisations of",
    "member organizations of",
    "member groups of",
    "participants of",
    // "We, the undersigned affiliates of the International Trade Union Confederation (ITUC)": a
    // union federation's members.
    "affiliates of",
};

inline constexpr std::string_view name_column_words[] = {
    "name",
    "organisation",
    "organization",
    "signatory",
    "individual",
    "person",
};

inline constexpr std::string_view country_column_words[] = {
    "country",
};

inline constexpr std::string_view obligation_words[] = {
    "should",
    "must",
    "need to",
    "needs to",
    "have to",
    "has to",
    "demands",
    "recommendations",
    "requirements",
    "expectations",
};

inline constexpr std::string_view reporting_markers[] = {
    "in a",
    "in an",
    "in their",
    "in its",
    "issued a",
    "issued an",
    "signed a",
    "signed an",
    "published a",
    "published an",
    "sent a",
    "sent an",
    "released a",
};

inline constexpr std::string_view appeal_cues[] = {
    "we appeal to",
    "we are appealing to",
    "we make an appeal",
    "join us",
    "join our call",
    "we invite everyone",
    "we invite all",
};

// "the 5th of May 2026": a word between the day and its month.
inline constexpr std::string_view date_linkers[] = {
    "of",
    // "Dated this 5th day of December, 2026", as letters and affidavits sign off.
    "day of",
};

inline constexpr std::string_view day_suffixes[] = {
    "st",
    "nd",
    "rd",
    "th",
};

inline constexpr std::string_view infinitive_markers[] = {
    "to",
    "not to",
};

inline constexpr std::string_view today_words[] = {
    "today",
};

inline constexpr std::string_view role_words[] = {
    "honorary",
    "acting",
    "general secretary",
    "senior",
    "former",
    "journalist",
    "lawyer",
    "attorney",
    "director",
    "executive director",
    "professor",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "president",
    "vice-president",
    "coordinator",
    "activist",
    "researcher",
    "expert",
    "member",
    "head",
    "editor",
    "editor-in-chief",
    "founder",
    "co-founder",
    "psychologist",
    "economist",
    "analyst",
    "secretary",
    "secretary general",
    "mp",
    "mep",
    "senator",
    "deputy",
    "consultant",
    "advocate",
    "human rights defender",
    "lecturer",
    "scholar",
    "writer",
    "artist",
    "student",
    "teacher",
    "doctor",
    "physician",
    "priest",
    "representative",
    "spokesperson",
    "manager",
    "officer",
    "fellow",
    "leader",
    "ceo",
    "trustee",
    "board member",
    "developer",
    "engineer",
    "programmer",
    "designer",
    "individual",
    "freelancer",
    // A role named with what it is about ("Programme Coordinator", "Legal Officer"): the
    // first word alone names an organisation's part as often.
    "programme coordinator", "programme director", "programme manager", "programme officer",
    "program coordinator",   "program director",   "program manager",   "program officer",
    "project coordinator",   "project manager",    "project officer",   "legal officer",
    "legal adviser",         "legal advisor",      "policy officer",    "policy adviser",
    "policy advisor",        "advocacy officer",   "advocacy director", "managing director",
    "campaigns director",    "campaign coordinator", "communications officer",
    "country director",      "regional director",  "secretary-general", "adviser",
    "advisor",
    "observer",
    "barrister",
    "solicitor",
    "judge",
    "historian",
    "sociologist",
    "political scientist",
    "photographer",
    "filmmaker",
    "poet",
    "novelist",
    // Artists who sign as themselves ("Tamta, singer", "Bono, musician").
    "singer", "musician", "actor", "actress", "composer",
    // A charity's or a company's head, as a letters page signs them ("Naomi Achterberg Chief
    // executive, Fair Trade Foundation").
    "chief executive",
    "retired",
};

inline constexpr std::string_view first_person_plural[] = {
    "we",
    "our",
    "us",
    "ourselves",
    // "The undersigned organisations call on …": the authors, named so.
    "undersigned",
};

inline constexpr std::string_view salutations[] = {
    "dear",
    // "Dear Ladies and Gentlemen,": a greeting to its readers at large, which names none.
    "ladies and gentlemen",
    "dear ladies and gentlemen",
    "dear sir or madam",
    "to whom it may concern",
    "your excellency",
    "your excellencies",
    "excellency",
    "excellencies",
    "distinguished",
    // "Honourable Chairperson,", "Madam President,": a statement read out to a commission or a
    // council greets its chair.
    "mr. president",
    "mr president",
    "madam president",
    "mr. chair",
    "mr chair",
    "madam chair",
    "mr. chairperson",
    "madam chairperson",
    "mr. chairman",
    "mr chairman",
    "honourable chair",
    "honourable chairperson",
    "honourable chairman",
    "honourable commissioners",
    "honorable chair",
    "honorable chairperson",
    "honorable chairman",
    "honorable commissioners",
};

inline constexpr std::string_view subject_openers[] = {
    "regarding",
    "concerning",
    "re:",
    "subject:",
    "with regard to",
    "in connection with",
};

inline constexpr std::string_view behalf_phrases[] = {
    "on behalf of",
    "in the name of",
};

// "Open letter to the European Commission on …": the addressee of a headline ends where its topic begins.
inline constexpr std::string_view topic_markers[] = {
    "on",
    "about",
    "over",
    "from",
    "regarding",
    "concerning",
    "calling for",
    "urging",
    "demanding",
    "in support of",
    "in defence of",
    "in defense of",
    "against",
    "ahead of",
};

inline constexpr std::string_view closings[] = {
    "yours sincerely",
    "sincerely",
    "sincerely yours",
    "yours faithfully",
    "yours truly",
    "kind regards",
    "best regards",
    "warm regards",
    "with kind regards",
    "with best regards",
    "regards",
    "respectfully",
    "respectfully yours",
    "with respect",
    "in solidarity",
    "in peace and solidarity",
    "in hope and solidarity",
    "with solidarity",
    "with warm regards",
    "with warmest regards",
    "warmest regards",
    "with the highest respect",
    "with highest respect",
    "yours respectfully",
    "with best wishes",
    "best wishes",
    "respectfully submitted",  // a public comment's ("Respectfully submitted," / the commenters)
    "thank you",
    "with gratitude",
    "in gratitude",
    "with appreciation",
    // A faith leaders' letter's ("In faith," / "Rabbi …").
    "in faith",
    "in peace",
    "in faith and hope",
    "yours in faith",
    // A letter from Aotearoa New Zealand signs off in te reo Māori ("Ngā mihi nui," / "Nāku
    // noa, nā" over its signers), whatever its language.
    "ngā mihi",
    "ngā mihi nui",
    "nāku noa",
    "nāku noa, nā",
    "nā mātou noa, nā",
    "heoi anō",
    "mauri ora",
    // A letter's last sentence of thanks over its signers.
    "thank you for your attention",
    "thank you for your attention to this matter",
    "thank you for your consideration",
    "thank you for your time and consideration",
    "yours in faith and hope",
    "yours in solidarity",
    // An e-mail's sign-off ("Best," / "Olga").
    "best", "thanks", "many thanks", "cheers",
};

inline constexpr std::string_view signing_cues[] = {
    // a heading that names its authors: "Written statement by A (ACR, Country); B …"
    "statement by",
    "letter by",
    "appeal by",
    "signed by",
    "signed",
    "co-signed by",
    "endorsed by",
    "organised by",
    "organized by",
    "organisers",
    "organizers",
    "signatories",
    "the signatories are",
    "the undersigned are",
    "the organisations are",
    "the organizations are",
    "the groups are",
    // "The following organisations endorse this statement:" over the list.
    "following organisations",
    "following organizations",
    "endorse this statement",
    "endorse the statement",
    "endorsed this statement",
    "have endorsed",
    // A UN written statement: "Joint written statement* submitted by A, B, non-governmental
    // organizations in special consultative status".
    "submitted by",
    // An oral statement's: "This statement is delivered on behalf of A, B and C."
    "delivered on behalf of",
    // An oral statement's authors in turns: "This statement is co-sponsored by A, B and C. It was
    // drafted by D and is supported by E and F."
    "co-sponsored by",
    "cosponsored by",
    "drafted by",
    "supported by",
};

inline constexpr std::string_view call_prepositions[] = {
    "to",
    "on",
    "upon",
    "from",
};

inline constexpr std::string_view articles[] = {
    "the",
    "a",
    "an",
};

// A legal form written before or after an organisation's name ("For Equal Rights NGO",
// "Public Association \"Dignity\""); the organisation key drops it.
inline constexpr std::string_view legal_form_words[] = {
    "ngo",
    "npo",
    "public association",
    "public organization",
    "public organisation",
    "non-governmental organization",
    "non-governmental organisation",
    "non-profit organization",
    "non-profit organisation",
    "ltd",
    "limited",
    "inc",
    "llc",
    "cic",
};

// British and American spellings of one word in an organisation's name.
inline constexpr spelling_variant spelling_variants[] = {
    {"centre", "center"},
    {"centres", "centers"},
    {"organisation", "organization"},
    {"organisations", "organizations"},
    {"programme", "program"},
    {"programmes", "programs"},
    {"defence", "defense"},
    {"labour", "labor"},
    {"behaviour", "behavior"},
    {"honour", "honor"},
    {"neighbourhood", "neighborhood"},
    {"theatre", "theater"},
    {"counselling", "counseling"},
    {"favour", "favor"},
};

// Endings of patronymics ("Иванович", "Петрівна", "Ivanovich"): a name with one is a person's.
inline constexpr std::string_view patronymic_endings[] = {
    "ovich",
    "evich",
    "ovych",
    "ovna",
    "evna",
    "ivna",
    "yivna",
};

// Common given names: two or three capitalised words that start or end with one are a person's
// name ("Anna Babinets", "BEAUFILS Bruno"), not an organisation's.
inline constexpr std::string_view given_names[] = {
    "john", "james", "michael", "david", "robert", "william", "richard", "thomas", "peter",
    "paul", "mark", "daniel", "andrew", "george", "stephen", "simon", "christopher", "matthew",
    "jonathan", "edward", "oliver", "harry", "jack", "charles", "alexander", "mary", "sarah",
    "elizabeth", "anna", "anne", "emma", "emily", "jane", "helen", "kate", "catherine",
    "rachel", "rebecca", "laura", "lucy", "claire", "susan", "julia", "sophie", "maria",
    "alice", "hannah", "victoria", "natalia", "irina", "olga", "elena", "tatiana", "svetlana",
    "yulia", "ekaterina", "leonid", "sergei", "sergey", "dmitry", "dmitri", "andrei", "andrey",
    "mikhail", "nikolai", "ivan", "oleg", "igor", "yevgeniy", "evgeny", "vladimir", "boris",
    "yuri", "pavel", "maxim", "oleksandr", "oleksandra", "olena", "oksana", "mykola", "serhiy",
    "andriy", "volodymyr", "yevhen", "tetiana", "anastasia", "myroslava", "sevgil",
    "aliaksandr", "ales", "maryna", "giorgi", "nino", "tamar", "levan", "ana", "armen",
    "anahit", "aram", "gulnara", "aigerim", "bakyt", "nurlan", "dinara",
    "oscar",
    "joseph",
    "steven",
    "kevin",
    "brian",
    "timothy",
    "jennifer",
    "karen",
    "nancy",
    "lisa",
    "margaret",
    "betty",
    "sandra",
    "ashley",
    "michelle",
    "amanda",
    "melissa",
    "deborah",
    "stephanie",
    "olivia",
};

inline constexpr std::string_view second_person[] = {
    "you",
};

// "We urge your government to:": the reader's own government, board or parliament, which a
// letter that names its reader asks as it asks "you".
inline constexpr std::string_view reader_possessives[] = {
    "your",
};

// "The statement remains open for signature", "If you want to sign the letter, …": the text
// invites more signers, and is none of them.
inline constexpr std::string_view signing_invitations[] = {
    "open for signature",
    "open for signatures",
    "open for signing",
    "open for joining",
    "open for endorsement",
    "open for further signatures",
    "would like to sign",
    "want to sign",
    "wish to sign",
    "wishing to sign",
    "to add your signature",
    "add your name",
    // A signing page's button ("Sign this petition", "Join the appeal").
    "sign this petition",
    "sign the petition",
    "sign our petition",
    "sign the letter",
    "sign this letter",
    "sign the statement",
    "sign this statement",
    "sign the open letter",
    "sign the appeal",
    "join the appeal",
    "join the statement",
    "join this statement",
    "add your organisation",
    "add your organization",
    "to sign this statement",
    "to sign the statement",
    "to sign this letter",
    "to sign the letter",
    "to endorse this statement",
    "to endorse the statement",
    "to join this statement",
    "to sign, please",
    "to sign, contact",
    "to sign, write",
    "signatures are still being collected",
    "still accepting signatures",
    "list remains open",
    "signatories remains open",
    "remains open for",
    "to join, write",
    "to join, contact",
    "to join, please",
    "to join, email",
    "sign on here",
    "still sign on",
    // Where the whole list is: "The full list of signatories is available at …", "Total: 11 of
    // 540 signatories shown. Full list: https://…".
    "full list of signatories",
    "complete list of signatories",
    "full list:",
    "full list of signers",
    "full list of endorsers",
    "list of all signatories",
    // "Further signatures: see www.…": the rest of the list is at an address.
    "signatories: see",
    "signatures: see",
    "signers: see",
    "endorsements: see",
};

// "Norvia must free its lawyers", "México debe proteger …": a modal that puts what follows on
// the words before it.
inline constexpr std::string_view obligation_verbs[] = {
    "must",
    "should",
    "need to",
    "needs to",
    "have to",
    "has to",
};

// "Human rights must be respected": after the modal, a passive says what is to be done, not
// by whom.
inline constexpr std::string_view passive_auxiliaries[] = {
    "be",
    "not be",
    "never be",
};

// "| Organisation | City | Country |": the header of a table's column of towns.
inline constexpr std::string_view place_column_words[] = {
    "city",
    "town",
    "location",
    "place",
    "region",
    "state",  // a US or Australian list's column of states ("State/Territory")
    "province",
};

// "Type", "Category": a table's column of what each signer is (after its country too).
inline constexpr std::string_view type_column_words[] = {
    "type",
    "category",
    "sector",
    "kind",
};

// "Name | Organisation | Country": beside a column of people's names, the organisation each signs for.
inline constexpr std::string_view affiliation_column_words[] = {
    "affiliation",
    "institution",
    "organisation",
    "organization",
};

// "Organisation | Country | Signed by": beside a column of organisations, who signs for each.
inline constexpr std::string_view representative_column_words[] = {
    "signed by",
    "signer name",
    "signer's name",
    "representative",
    "head of organisation",  // "No. | Organisation | City | Head of organisation": the head who signs for it
    "head of organization",
    "contact person",
    "represented by",
};

// "Name | Title / Position | Institution": a table's column of the post each person signing holds.
inline constexpr std::string_view post_column_words[] = {
    "title",
    "job title",
    "position",
    "role",
    "function",
};

// "Name | Organisation | Signature": a printed sheet's blank column for each hand.
inline constexpr std::string_view signature_column_words[] = {
    "signature",
};

// "Organisation | Country | Contact": a table's column of each signer's address, mail or site,
// that names no signer and says nothing of what it is.
inline constexpr std::string_view contact_column_words[] = {
    "contact",
    "contacts",
    "contact details",
    "email",
    "e-mail",
    "email address",
    "website",
    "web site",
    "phone",
    "telephone",
};

// "A, B and C condemn …": what a statement's authors do, said of them in the third person
// (with call_verbs, the verb after the authors a press release names).
inline constexpr std::string_view author_verbs[] = {
    "condemn",
    "condemns",
    "condemned",
    "denounce",
    "denounced",
    "welcome",
    "welcomed",
    "express",
    "expressed",
    "warn",
    "warned",
    "urged",
    "called on",
    "called upon",
    "called for",
    "demanded",
    "appealed to",
    "asked",
    "have urged",
    "have called on",
    "have called for",
    "have written to",
    "wrote to",
    "write to",
    "have sent",
    "sent",
    "have issued",
    "issued",
    "released",
    "published",
    "stated",
    // "In a joint statement issued today, A, B and C said that …": the authors quoted by their
    // own press release (not "say", which a headline in title case ends with: "…, Groups Say").
    "said",
    "protest",
    "protested",
    "reject",
    "rejected",
    "oppose",
    "are concerned",
    "are alarmed",
    "are deeply concerned",
    "stand with",
    // a joint filing's authors: "A, B and C submit these comments on …"
    "submit",
    "submitted",
    "have submitted",
};

// "the Ministry of Justice", "the Prosecutor's Office": a word that names an organ of a state, which
// a text reports on rather than signs.
inline constexpr std::string_view state_words[] = {
    "ministry",
    "ministries",
    "minister",
    "government",
    "parliament",
    "prosecutor",
    "court",
    "police",
    "president",
    "prime minister",
    "embassy",
    "army",
    "authorities",
    "state department",
    "security service",
};

// "should be free to exercise their rights:": after an obligation word, what the people the
// text speaks of are entitled to; a list after it names rights, not demands.
inline constexpr std::string_view entitlement_phrases[] = {
    "be free to",
    "be able to",
    "have the right to",
    "has the right to",
    "the right to",
    "their rights",
    "entitled to",
    "enjoy",
};

// "Nous appelons également l'Union européenne à :": a word between a call verb and its addressee
// that is no part of the addressee.
inline constexpr std::string_view also_words[] = {
    "also",
    "further",
    "furthermore",
    "moreover",
    "again",
    "once again",
    "therefore",
    "thus",
    "hereby",
    "strongly",
    "urgently",
    "jointly",
    "respectfully", "firmly",
};

// "A and B urged the authorities to …": the author_verbs that report a call, whose addressee
// follows as a call verb's does.
inline constexpr std::string_view reported_call_verbs[] = {
    "urged",
    "have urged",
    "called on",
    "called upon",
    "have called on",
    "appealed to",
    "asked",
};

// "| Name | Type |" / "| Radically Open Security | Company |": what a table's column of kinds
// calls an organisation, beside the organisation words (no name says "company" of itself often
// enough for every name to be searched for it).
inline constexpr std::string_view organisation_kinds[] = {
    "company",
    "community",
    "cooperative",
    "hackerspace",
    "blog",
    "nonprofit",
    "non-profit",
    "business",
    "media outlet",
};

// "We demand that the authorities release …": the word that opens what a call verb asks as a
// clause, whose subject is the addressee.
inline constexpr std::string_view clause_openers[] = {
    "that",
};

// "Twelve organisations today urged …", "A coalition of 40 groups …": the words a press release
// names its authors by when it does not name them one by one.
inline constexpr std::string_view author_groups[] = {
    "organisations",
    "organizations",
    "groups",
    "ngos",
    "coalition",
    "unions",
    // "Labor federations", "Twelve federations today urged …"
    "federations",
    "confederations",
    "networks",
    "associations",
    "signatories",
    "campaigners",
    "activists",
    "defenders",
    "civil society",
    "coalitions",
    "csos",
    "cbos",
    "fbos",
    // "Companies & startups", "Businesses", "Open source projects": the groups of a tech letter's list
    "companies",
    "businesses",
    "startups",
    "projects",
    // "Asset owners", "Asset managers", "Trade unions and other investors": the groups of an
    // investors' statement's list
    "investors",
    "asset owners",
    "asset managers",
};

// "Background", "Notes to editors", "Annex": a heading of the text's own after its list of
// signers; what follows it is the text's, not more signers.
inline constexpr std::string_view section_headings[] = {
    "background",
    "annex",
    "annexes",
    "appendix",
    "notes to editors",
    "note to editors",
    "notes for editors",
    "editor\"s notes",
    "about the coalition",
    "about us",
    "about the organisers",
    "about the signatories",
    "context",
    "further reading",
    "media contacts",
    // The text's notes, under its list: "Notes", "Endnotes".
    "notes", "footnotes", "endnotes", "sources",
};

// "Individuals", "Частные лица", "Osoby prywatne": the heading of a group of people among the
// signers; the entries under it are persons, whatever their names show.
inline constexpr std::string_view person_groups[] = {
    "individuals",
    "individual signatories",
    "individual",
    "persons",
    "people",
    "citizens",
    "personal capacity",
    "academics",
    "scholars",
    "experts",
    // People named by what they do: "Human rights defenders:".
    "human rights defenders", "activists", "journalists", "lawyers",
    "leaders",
    "religious leaders",
    "traditional leaders",
};

// "Catholic", "Interfaith": a faith's word alone on a line, over the signers of that faith.
inline constexpr std::string_view faith_groups[] = {
    "anglican",
    "baptist",
    "buddhist",
    "catholic",
    "christian",
    "ecumenical",
    "episcopal",
    "evangelical",
    "hindu",
    "interfaith",
    "islamic",
    "jewish",
    "lutheran",
    "mennonite",
    "methodist",
    "multifaith",
    "muslim",
    "orthodox",
    "presbyterian",
    "protestant",
    "quaker",
    "roman catholic",
    "sikh",
    "unitarian",
};

// A page's note that it was changed after it was published ("Last updated: 19 February 2024"): the date after it is
// no statement's.
inline constexpr std::string_view update_words[] = {
    "updated", "last updated", "updated on", "last modified", "modified",
};

// The key of a letter's copy list ("Cc: the Ombudsperson"): who else receives it, not who signs it.
inline constexpr std::string_view copy_keys[] = {
    "cc", "c.c.", "cc.", "copy to", "copies to", "copy",
    "copied to",
    "bcc",  // a blind copy's key, its recipients no signers either
    "with copy to",
};

// "We demand the following:", "настаиваем на следующем:": words that point at the list under
// them, which name no addressee.
inline constexpr std::string_view following_words[] = {
    "the following",
    "following",
};

// "Release all political prisoners.", "End the practice of …": the verbs (and the adverbs before
// them) that open a demand standing as a paragraph of its own under "We call on X to:".
inline constexpr std::string_view demand_verbs[] = {
    "abolish",
    "adopt",
    "allow",
    "amend",
    "annul",
    "abandon",
    "apologise",
    "apologize",
    "bring",
    "cancel",
    "cease",
    "close",
    "comply",
    "conduct",
    "cooperate",
    "create",
    "criminalise",
    "criminalize",
    "decriminalise",
    "decriminalize",
    "deny",
    "drop",
    "end",
    "enable",
    "engage",
    "ensure",
    "establish",
    "expand",
    "extend",
    "facilitate",
    "free",
    "grant",
    "guarantee",
    "halt",
    "hold",
    "honour",
    "honor",
    "implement",
    "improve",
    "include",
    "increase",
    "introduce",
    "initiate",
    "inform",
    "investigate",
    "invest",
    "invite",
    "issue",
    "lift",
    "legalise",
    "legalize",
    "make",
    "monitor",
    "open",
    "prevent",
    "prioritise",
    "prioritize",
    "promote",
    "protect",
    "provide",
    "publish",
    "put",
    "quash",
    "raise",
    "ratify",
    "recognise",
    "recognize",
    "reform",
    "refrain",
    "reinstate",
    "reject",
    "release",
    "remove",
    "renew",
    "repeal",
    "require",
    "rescind",
    "respect",
    "restore",
    "return",
    "review",
    "revoke",
    "scrap",
    "secure",
    "stop",
    "strengthen",
    "suspend",
    "take",
    "terminate",
    "uphold",
    "urge",
    "use",
    "vacate",
    "withdraw",
    "immediately",
    "urgently",
    "promptly",
    "unconditionally",
    "fully",
    "publicly",
    "swiftly",
    "support",
    "continue",
    "press",
    "impose",
    "exclude",
    "develop",
    "condemn",
    "refer",
    "enact",
    "apply",
    "demand",
    "fund",
    "deliver",
    "step",
    "accept",
    "acknowledge",
    "address",
    "allocate",
    "appoint",
    "assess",
    "clarify",
    "commit",
    "compensate",
    "consult",
    "declare",
    "disclose",
    "dismantle",
    "disband",
    "enforce",
    "involve",
    "maintain",
    "mandate",
    "oppose",
    "order",
    "pass",
    "postpone",
    "prohibit",
    "prosecute",
    "recall",
    "redress",
    "refuse",
    "reopen",
    "reverse",
    "safeguard",
    "sanction",
    "set",
    "submit",
    "adequately",
};

// The label of a signing form's field of a person's name ("Name: Mira Tallow").
inline constexpr std::string_view form_name_labels[] = {
    "name",
    "full name",
    "print name",
    "printed name",
    "name and surname",
};

// The label of the organisation a signing form's person signs for ("For: Amber Coalition").
inline constexpr std::string_view form_behalf_labels[] = {
    "for",
};

// The label of a signing form's field of its signer's role ("Title: Executive Director").
inline constexpr std::string_view form_role_labels[] = {
    "title",
    "position",
    "designation",
};

// A word that stands for a handwritten signature in brackets ("(Signed)") or labels the blank to sign in.
inline constexpr std::string_view signature_words[] = {
    "signature",
    "signed",
};

// An abbreviation that stands for a signature on a line of its own ("Sgd.").
inline constexpr std::string_view signature_abbreviations[] = {
    "sgd",
    "sgd/-",
};

// A word of a short line that points to the text in another language:
// "Arabic version", "This statement is also available in Arabic: https://…".
inline constexpr std::string_view version_words[] = {
    "version", "available in",
};

// On a dateline, after its date and a comma: the occasion the day marks ("on the occasion of …").
inline constexpr std::string_view occasion_openers[] = {
    "on the occasion of",
    "to mark",
    "marking",
};

// "Anonymous organisation", "Name withheld": a signer who does not give a name.
inline constexpr std::string_view withheld_names[] = {
    "anonymous", "name withheld", "names withheld", "withheld",
};

// The word that numbers a demand standing as a paragraph of its own: "Recommendation 1: Codify …", "Demand 2 – Repeal …".
inline constexpr std::string_view demand_labels[] = {
    "recommendation",
    "demand",
    "request",
    "ask",
    "proposal",
};

// "Submitted via regulations.gov", "Via electronic mail": how a letter was sent, on a line of its own.
inline constexpr std::string_view delivery_phrases[] = {
    "submitted electronically via",
    "submitted electronically",
    "submitted via",
    "sent via",
    "sent by email",
    "sent by e-mail",
    "filed electronically",
    "filed via",
    "delivered via",
    "delivered by hand",
    "by electronic mail",
    "by email",
    "by e-mail",
    "by fax",
    "by facsimile",
    "by hand",
    "by courier",
    "by registered mail",
    "via electronic mail",
    "via electronic submission",
    "via email",
    "via e-mail",
    "via federal erulemaking portal",
    "via the federal erulemaking portal",
    "via regulations.gov",
    "via www.regulations.gov",
    "via fax",
    "via facsimile",
    "via hand delivery",
    "via courier",
    "via u.s. mail",
    "via first-class mail",
    "via certified mail",
    "via overnight mail",
};

// In parentheses after a title, its holder has retired: "(Rtd)", "(retd.)"
// ("Justice (Rtd) Thomas Masuku").
inline constexpr std::string_view retirement_marks[] = {
    "r", "r.", "ret", "ret.", "retd", "retd.", "rtd", "rtd.", "retired",
};

// "Delivered by: Ms Mira Tallow, on behalf of …", "Read by Oren Vale": who speaks an oral statement.
inline constexpr std::string_view speaker_phrases[] = {
    "delivered by",
    "read by",
    "presented by",
};

// "About Amnesty International", "About the signatories": under the list, the heading of a paragraph
// about an organisation, the word and its name.
inline constexpr std::string_view about_openers[] = {
    "about",
};

// "Do not extradite …", "Don't let …": a demand that forbids opens so (the apostrophe folds to '"').
inline constexpr std::string_view prohibitions[] = {
    "do not",
    "don\"t",
};

// The labels of a page's fields, each alone on its line over its value
// ("Format" / "News and Press Release", "Originally published" / "13 Mar 2024", "Themes:" /
// "Protection and Human Rights"): the page that republishes a statement (an aggregator's),
// not the statement.
inline constexpr std::string_view page_field_labels[] = {
    "format", "source", "sources", "posted", "published", "date published", "publication date", "originally published", "origin", "view original", "countries", "primary country", "themes", "disaster type", "disaster types", "attachments",
};

// "(in a personal capacity)", "(in an individual capacity)": after a signer, that they sign for
// themselves, not for where they work.
inline constexpr std::string_view capacity_remarks[] = {
    "in a personal capacity",
    "in personal capacity",
    "in my personal capacity",
    "in their personal capacity",
    "in an individual capacity",
    "in individual capacity",
    "personal capacity",
    "individual capacity",
    "signing in a personal capacity",
    "signed in a personal capacity",
    "in a private capacity",
    "personal",
};

// "Jane Doe AC CMG", "John Smith PhD", "Mary Lee OBE QC": the letters of degrees, honours and
// offices after a person's name, no acronym of an organisation.
inline constexpr std::string_view post_nominals[] = {
    "phd", "ph.d.", "dphil", "md", "m.d.", "mba", "llm", "ll.m.", "llb", "ll.b.", "lld", "msc", "bsc", "ma", "kc", "qc", "sc", "obe", "mbe", "cbe", "kbe", "dbe", "cmg", "kcmg", "cvo", "lvo", "ac", "ao", "om", "frs", "fba", "frsa", "freng", "frse", "jp", "dl", "pc", "mrcp", "frcp",
    // The letters of a religious order after a member's name ("Fr. Emmanuel Bautista SJ", "Sr. Mary
    // John Mananzan OSB", "Br. Armin Luistro FSC").
    "sj", "osb", "op", "ofm", "fsc", "sdb", "csc", "cssr", "ocd", "osa", "rgs", "rscj", "ofmcap", "ocso",
};

// "Human Rights Watch (HRW), Brussels office", "… (AI), Kenya section": words that make the
// words beside them an organisation's branch.
inline constexpr std::string_view branch_words[] = {
    "office", "branch", "chapter", "section", "bureau", "secretariat",
};

// "The Steering Committee of the Amber Coalition:", "Board:": a body that governs a network,
// heading its members' names in the list that signs for it; longest first.
inline constexpr std::string_view governing_bodies[] = {
    "steering committee",
    "coordinating committee",
    "coordination committee",
    "coordinating council",
    "coordination council",
    "executive committee",
    "executive board",
    "board of directors",
    "board of trustees",
    "board",
    "presidium",
};

// "The Amber Network (AN) and its members condemn …": after a network's name in the text's
// opening, its members speak with it, and the network is the coalition; longest first.
inline constexpr std::string_view member_phrases[] = {
    "and its member organisations",
    "and its member organizations",
    "and its member groups",
    "and its members",
    "and its affiliates",
};

// "BEFORE THE CANADIAN RADIO-TELEVISION AND TELECOMMUNICATIONS COMMISSION", "In the Matter of":
// a filing's caption, over its own heading ("JOINT INTERVENTION OF …").
inline constexpr std::string_view proceeding_captions[] = {
    "before the",
    "in the matter of",
    "in the matter between",
};

// "Vice-" / "president", "self-" / "determination": the first part of a compound, whose
// hyphen at a line's end stays (language_table.hpp).
inline constexpr std::string_view compound_heads[] = {"anti", "cross", "non", "self", "vice", "well"};

inline constexpr std::string_view signing_statuses[] = {
    "supporter",
    "supporters",
    "supporting",
    "supporting organisation",
    "supporting organization",
    "endorser",
    "endorsing",
    "endorsing organisation",
    "endorsing organization",
    "endorsed",
    "endorsement",
    "signatory",
    "co-signatory",
    "cosignatory",
    "co-signer",
    "initial signatory",
    "initiator",
    "co-initiator",
    "observer",
    "partner",
    "associate member",
};

inline constexpr std::string_view group_scopes[] = {
    "european level",
    "eu level",
    "eu-level",
    "national level",
    "regional level",
    "international level",
    "global level",
    "local level",
    "country level",
    "state level",
    "federal level",
    "grassroots level",
    "community level",
};

// "Statement by the Lakeshore Civic Forum", "Open letter from the Amber Network": after the
// headline's kind, the words before its author's name.
inline constexpr std::string_view author_joiners[] = {
    "by the",
    "from the",
    "of the",
    "by",
    "from",
};

// "Amber Press Club (in exile)": that an organisation works from abroad, in parentheses after its name.
inline constexpr std::string_view exile_remarks[] = {
    "in exile", "exiled",
};

// "Written statement* submitted by Alpha Watch, a non-governmental organization in special
// consultative status", "Beta League, Gamma Forum, NGO(s) without consultative status, also share
// the views expressed in this statement.": what a UN statement's signers are to the UN, after
// their names.
inline constexpr std::string_view consultative_statuses[] = {
    "non-governmental organization in special consultative status",
    "non-governmental organization in general consultative status",
    "non-governmental organizations in special consultative status",
    "non-governmental organizations in general consultative status",
    "non-governmental organizations in general and special consultative status",
    "non-governmental organization on the roster",
    "non-governmental organizations on the roster",
    "ngo in special consultative status",
    "ngo in general consultative status",
    "ngos in special consultative status",
    "ngos in general consultative status",
    "ngo(s) without consultative status",
    "ngos without consultative status",
    "ngo without consultative status",
};

// A company's legal form, abbreviated with a full stop ("Orinoco Gold Corp.", "Quantix Ltd.").
inline constexpr std::string_view company_forms[] = {
    "inc.",
    "corp.",
    "ltd.",
    "co.",
    "plc.",
    "llc.",
};

// "Ocean Guardians Network (based in London)", "London-based Marine Defenders Collective": the
// words that say where an organisation is based, in parentheses after its name, before the
// place; "-based" joins the place to the word before the name.
inline constexpr std::string_view base_phrases[] = {
    "based in", "headquartered in", "-based",
};

// "Letter to the Special Rapporteur on …", "Investor letter to Telvora Group": a headline that
// names a letter by its reader, though it calls it neither open nor joint.
inline constexpr std::string_view letter_openers[] = {
    "letter to",
    "letter addressed to",
};

// "Nom;Prénom", "Last name,First name": a form's column of each person's given name, beside
// their surname's (the surname's heading may be the plain "Nom", "Name", "Nume" of a name).
inline constexpr std::string_view given_name_column_words[] = {
    "first name", "first names", "given name", "given names", "forename", "forenames",
};

// Beside a column of given names, a column of each person's surname.
inline constexpr std::string_view surname_column_words[] = {
    "last name", "surname", "family name",
};

// "Timestamp", "Horodateur", "Signed on": a form's export's column of when each signer
// answered, or a table's of the day each signed, which says nothing of them.
inline constexpr std::string_view timestamp_column_words[] = {
    "timestamp", "time stamp",
    "signed on", "date signed", "date of signing", "signing date",
};

// "Beta League and the Gamma Forum also share the views expressed in this statement.": the
// formula of a UN statement after the names of those who join it without submitting it.
inline constexpr std::string_view view_sharing_phrases[] = {
    "also share the views",
    "also shares the views",
    "share the views expressed",
    "shares the views expressed",
};

// "Amber Press Foundation (IFEX member)", "Centre for Media Freedom (Observer Status 377)",
// "Lantern Civic Institute (in formation)": words that say what an organisation is to a body it
// belongs to, its status with one, or that it is still being founded; in parentheses after its
// name, none of it.
inline constexpr std::string_view standing_remarks[] = {
    "member",
    "members",
    "membership",
    "member organisation",
    "member organization",
    "status",
    "accredited",
    "accreditation",
    "affiliate",
    "affiliated",
    "in formation",
    "in the process of registration",
    "registration pending",
    "unregistered",
    "not registered",
};

// "We, the Amber Network, a coalition whose members are A, B and C, condemn …": after a network's name beside
// the authors' "we", the words that introduce its members, who sign (language_table.hpp).
inline constexpr std::string_view member_introducers[] = {
    "whose members are", "whose member organisations are", "whose member organizations are",
    "whose members include", "which brings together", "bringing together", "made up of", "consisting of",
    "comprising",
};

// "Universal Periodic Review of the Republic of Veloria", "UPR – 4th Cycle": the name of the UN's
// review of each state's human rights record, which opens a submission's cover line that names
// the review under review and its round, no headline nor publisher.
inline constexpr std::string_view review_names[] = {
    "universal periodic review",
    "upr",
};

// "4th Cycle", "47TH SESSION OF THE UPR WORKING GROUP", "Fourth cycle": after an ordinal, the
// round of a review or the sitting of the body that holds it, on a submission's cover.
inline constexpr std::string_view review_rounds[] = {
    "cycle",
    "session",
    "review cycle",
};

// "This statement is signed by …", "the present letter": the words before a kind's word by which a text names itself, not another
// text it reports on.
inline constexpr std::string_view self_references[] = {
    "this",
    "the present",
};

// "Thank you, Mr. President.":
// the thanks before the greeting of the chair with which a statement read out begins.
inline constexpr std::string_view chair_thanks[] = {
    "thank you",
    "thank you very much",
    "thanks",
};

// "release", "repeal": what a call asks for, named by its noun ("We urge the immediate release of
// the journalists convicted … to long prison terms"): no addressee, and its "to" is a sentence's.
inline constexpr std::string_view demanded_actions[] = {
    "release",
    "repeal",
    "withdrawal",
    "end",
    "abolition",
    "lifting",
    "suspension",
    "annulment",
    "revocation",
    "cancellation",
    "halt",
    "cessation",
    "closure",
    "quashing",
    "dropping",
};

}  // namespace en_detail

inline constexpr language_table en{
    "en",
    "English",
    en_detail::kind_words,
    en_detail::months,
    en_detail::stop_words,
    en_detail::opening_phrases,
    en_detail::call_verbs,
    en_detail::signatory_headers,
    en_detail::chrome_phrases,
    en_detail::person_titles,
    en_detail::organisation_words,
    en_detail::conjunctions,
    en_detail::list_closers,
    en_detail::addressee_openers,
    en_detail::coalition_markers,
    en_detail::name_column_words,
    en_detail::country_column_words,
    en_detail::obligation_words,
    en_detail::reporting_markers,
    en_detail::appeal_cues,
    en_detail::infinitive_markers,
    en_detail::day_suffixes,
    en_detail::date_linkers,
    en_detail::today_words,
    en_detail::role_words,
    en_detail::first_person_plural,
    en_detail::salutations,
    en_detail::closings,
    en_detail::subject_openers,
    en_detail::behalf_phrases,
    en_detail::topic_markers,
    en_detail::signing_cues,
    en_detail::call_prepositions,
    en_detail::articles,
    en_detail::legal_form_words,
    en_detail::spelling_variants,
    en_detail::patronymic_endings,
    {},  // surname_endings: an English surname has no ending of its own
    en_detail::given_names,
    {},  // infinitive_endings: "to" marks the infinitive (infinitive_markers)
    {},  // prepositions: read only with infinitive_endings
    en_detail::second_person,
    {},  // reader_object_pronouns: the reader's object is a pronoun of address ("we urge you")
    en_detail::reader_possessives,
    en_detail::signing_invitations,
    en_detail::obligation_verbs,
    en_detail::passive_auxiliaries,
    {},  // town_markers: a town follows a comma without a word for it
    en_detail::place_column_words,
    en_detail::type_column_words,
    en_detail::affiliation_column_words,
    en_detail::representative_column_words,
    en_detail::post_column_words,
    en_detail::signature_column_words,
    en_detail::contact_column_words,
    en_detail::author_verbs,
    en_detail::state_words,
    en_detail::entitlement_phrases,
    en_detail::also_words,
    en_detail::reported_call_verbs,
    en_detail::organisation_kinds,
    en_detail::clause_openers,
    en_detail::author_groups,
    en_detail::section_headings,
    en_detail::person_groups,
    en_detail::faith_groups,
    en_detail::update_words,
    en_detail::copy_keys,
    en_detail::following_words,
    en_detail::demand_verbs,
    {},  // demand_endings: the verbs are listed (demand_verbs)
    {},  // dative_endings: an article or a preposition marks the addressee
    en_detail::form_name_labels,
    en_detail::form_behalf_labels,
    en_detail::form_role_labels,
    en_detail::signature_words,
    en_detail::signature_abbreviations,
    en_detail::version_words,
    en_detail::occasion_openers,
    en_detail::withheld_names,
    en_detail::demand_labels,
    en_detail::delivery_phrases,
    en_detail::retirement_marks,
    en_detail::speaker_phrases,
    en_detail::prohibitions,
    {},  // name_abbreviations: an abbreviation inside a name has a capital ("St. Anne's Trust")
    en_detail::about_openers,
    en_detail::page_field_labels,
    en_detail::capacity_remarks,
    en_detail::post_nominals,
    en_detail::branch_words,
    en_detail::governing_bodies,
    en_detail::member_phrases,
    en_detail::proceeding_captions,
    en_detail::compound_heads,
    {},  // mandate_prepositions: the addressee ends at the infinitive's marker, not at a preposition
    en_detail::signing_statuses,
    en_detail::group_scopes,
    en_detail::author_joiners,
    en_detail::exile_remarks,
    en_detail::consultative_statuses,
    en_detail::base_phrases,
    false,  // verb_second: the subject comes before the verb
    en_detail::company_forms,
    {},  // complement_prepositions: "of" opens no addressee ("the Ministry of Justice and of the Interior")
    en_detail::letter_openers,
    en_detail::given_name_column_words,
    en_detail::surname_column_words,
    en_detail::timestamp_column_words,
    en_detail::view_sharing_phrases,
    {},  // patronymic_column_words: English names carry no patronymic
    en_detail::standing_remarks,
    en_detail::member_introducers,
    en_detail::review_names,
    en_detail::review_rounds,
    {},  // complement_topic_markers: a name's complement ("of") opens no topic
    en_detail::self_references,
    en_detail::chair_thanks,
    en_detail::demanded_actions,
};

}  // namespace lang
CIVIC_NAMESPACE_END
