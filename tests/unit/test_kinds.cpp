// The kind of a statement when the text does not simply name it in its headline: reports on
// a statement, appeals that never say "appeal", quotations that say "we" for someone else.
// Every organisation, person and place here is invented.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>
#include <string_view>

using namespace civic;
using civic_test::read_fixture;

namespace {

statement parse_layout(std::string_view name) { return parse(read_fixture("layouts/" + std::string(name))).statement; }

bool has_diagnostic(parse_result const& r, std::string_view code) {
    for (auto const& d : r.diagnostics)
        if (d.code == code) return true;
    return false;
}

}  // namespace

TEST_CASE("kind: a news report on a statement is a press release, though the quotation says 'we' (ru)") {
    // "Заявление подписали A, B и C." names the signers of a statement the text reports on; the
    // quotation that says "мы" runs over two paragraphs and is not the text's own voice.
    auto const s = parse_layout("kind-news-report-ru.txt");
    CHECK(s.kind == statement_kind::press_release);
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "фонд «Северный берег»");
}

TEST_CASE("kind: a headline naming an open letter over a report on that letter is a press release (de)") {
    auto const s = parse_layout("kind-report-on-letter-de.md");
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Offener Brief der Lindenauer Klimagruppen:");
    CHECK(s.kind == statement_kind::press_release);
    // Three German compounds that end in an organisation word ("…forum", "…initiative") are
    // three organisations, not "Name, role, Organisation".
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Klimaforum Lindenau");
    CHECK(s.signatories[0].type == signatory_type::organisation);
    CHECK(s.signatories[1].name == "Radinitiative M\xC3\xBChlenviertel");
    CHECK(s.signatories[2].name == "Eichengrund e.V.");
}

TEST_CASE("kind: a statement that says it was signed by others is still what its headline says (en)") {
    // The statement speaks as "we" throughout, so "This statement was signed by …" is the
    // statement speaking of itself, not a report.
    auto const s = parse_layout("kind-statement-signed-by-en.txt");
    CHECK(s.kind == statement_kind::joint_statement);
}

TEST_CASE("kind: authors who turn to their readers make an appeal, named or not") {
    SUBCASE("'звертаємось до Верховної Ради' (uk)") {
        auto const r = parse(read_fixture("layouts/kind-appeal-unnamed-uk.txt"));
        CHECK(r.statement.kind == statement_kind::appeal);
        CHECK(r.statement.signatories.size() == 3);
        CHECK(has_diagnostic(r, "statement.kind-inferred"));
    }
    SUBCASE("'Join us.' (en)") {
        auto const r = parse(read_fixture("layouts/kind-appeal-join-en.txt"));
        CHECK(r.statement.kind == statement_kind::appeal);
        CHECK(r.statement.signatories.size() == 3);
        CHECK(has_diagnostic(r, "statement.kind-inferred"));
    }
}

TEST_CASE("kind: quotation marks of each style keep the quoted 'we' out of the text's voice") {
    // Each text reports in the third person and quotes its source saying "we"; none names a
    // kind, so the voice alone decides: a press release.
    char const* const reports[] = {
        // English curly quotes
        "Tenants of Linden Court protested on Monday.\n\n"
        "\xE2\x80\x9CWe will not leave our homes,\xE2\x80\x9D said Mira Holt, who has lived there for twenty years.\n\n"
        "The council will vote on the eviction next week.\n",
        // German low-high quotes: \xE2\x80\x9E opens, \xE2\x80\x9C closes
        "Die Mieterinnen und Mieter von Lindenhof protestierten am Montag.\n\n"
        "\xE2\x80\x9EWir verlassen unsere Wohnungen nicht\xE2\x80\x9C, sagte Mira Holt. Der Stadtrat stimmt "
        "n\xC3\xA4" "chste Woche ab.\n\n"
        "Die Polizei sprach von einer friedlichen Versammlung.\n",
        // straight quotes, a quotation over two paragraphs
        "Tenants of Linden Court protested on Monday.\n\n"
        "\"We will not leave our homes. We have lived here all our lives.\n\n"
        "We ask the council to listen to us\", said Mira Holt, who has lived there for twenty years.\n\n"
        "The council will vote on the eviction next week.\n",
    };
    for (auto const* text : reports) {
        CAPTURE(text);
        CHECK(parse(text).statement.kind == statement_kind::press_release);
    }
}

TEST_CASE("kind: a letter's greeting makes it an open letter: 'Your Excellencies,', a Spanish greeting's colon") {
    auto const en = parse("Re: Renewal of the mandate of the Special Rapporteur on Norvia\n\n"
                          "Your Excellencies,\n\n"
                          "We, the undersigned organisations, write to urge your delegation to support the renewal of the "
                          "mandate.\n\nSincerely,\n\nAmber Lantern Association\nBirchwood Institute\n")
                        .statement;
    CHECK(en.kind == statement_kind::open_letter);
    // The subject line's key is none of the title.
    REQUIRE(en.title.has_value());
    CHECK(en.title->text == "Renewal of the mandate of the Special Rapporteur on Norvia");
    CHECK(en.title->span.begin == 4);
    auto const es = parse("Norvia: liberen a los detenidos\n\n"
                          "Estimado señor Presidente:\n\n"
                          "Las organizaciones abajo firmantes le escribimos para pedirle la liberación de los detenidos.\n\n"
                          "Atentamente,\n\nCentro Ámbar (México)\nColectivo Abedul (Argentina)\n")
                        .statement;
    CHECK(es.kind == statement_kind::open_letter);
}

TEST_CASE("kind: a press release on a letter 'sent to X, was signed by …', under a dateline in parentheses") {
    auto const s = parse("GENEVA (26 May 2026) \xE2\x80\x93 Human rights groups today urged the UN Human Rights Council "
                         "to renew the mandate of the Special Rapporteur on Lakeshore.\n\n"
                         "\"Ending scrutiny now would send a dangerous signal,\" said Anna Berg of the Amber Lantern "
                         "Association.\n\n"
                         "The joint letter, sent to all member States of the Council, was signed by the Amber Lantern "
                         "Association, the Birchwood Institute and the Coral Bay Forum.\n\n###\n")
                       .statement;
    CHECK(s.kind == statement_kind::press_release);
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 26);
    CHECK(s.date->month == 5);
    CHECK(s.signatories.size() == 3);
}

TEST_CASE("kind: a page's date line with its author or tags after a separator dates the text") {
    for (std::string_view line : {"27 April 2026 \xC2\xB7 By Amber Rights Centre", "Published: 27 April 2026 | Tags: Lakeshore, war crimes"}) {
        CAPTURE(line);
        auto const s = parse("# Joint statement on Lakeshore\n\n" + std::string(line) +
                             "\n\nWe, the undersigned, urge the Government of Lakeshore to act.\n\nSigned:\n- Amber Forum\n- Birchwood Institute\n")
                           .statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->day == 27);
    }
}

TEST_CASE("kind: 'Déclaration conjointe', 'Communiqué conjoint' are joint statements (fr)") {
    for (std::string_view label : {"D\xC3\xA9" "claration conjointe", "Communiqu\xC3\xA9 conjoint"}) {
        CAPTURE(label);
        auto const s = parse(std::string(label) + " sur la dissolution de l'association Ambre\n\nNous, organisations "
                                                  "signataires, demandons aux autorit\xC3\xA9s de revenir sur cette "
                                                  "d\xC3\xA9" "cision.\n\nLigue des droits humains (Belgique)\nAmis de "
                                                  "la Terre (France)\n")
                           .statement;
        CHECK(s.kind == statement_kind::joint_statement);
    }
}

TEST_CASE("kind: a dateline that ends in a full stop dates the text ('Tbilisi, 5 December 2026. …', '2026.- Las …', '2026 г. …')") {
    for (std::string_view lede : {"Tbilisi, 5 December 2026. Georgian organisations call on the government to act.",
                                  "La Paz, 5 de diciembre de 2026.- Las organizaciones exigimos la liberaci\xC3\xB3n de los detenidos.",
                                  "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, 5 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80"
                                  "\xD1\x8F 2026 \xD0\xB3. \xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xB0\xD1\x89\xD0\xB8\xD1"
                                  "\x82\xD0\xBD\xD0\xB8\xD0\xBA\xD0\xB8 \xD1\x82\xD1\x80\xD0\xB5\xD0\xB1\xD1\x83\xD1\x8E\xD1\x82 "
                                  "\xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB7\xD0\xB0"
                                  "\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85."}) {
        CAPTURE(lede);
        auto const s = parse("Statement\n\n" + std::string(lede) + "\n\nThe second paragraph of the text.\n").statement;
        REQUIRE(s.date.has_value());
        CHECK(s.date->day == 5);
        CHECK(s.date->month == 12);
    }
    // A sentence that opens with a date is no dateline.
    CHECK_FALSE(parse("Statement\n\nOn 5 December 2026. The groups met.\n\nThe second paragraph.\n").statement.date.has_value());
}

TEST_CASE("kind: a 'Boletín de prensa' label and a 'Sign-on letter' headline name their kinds") {
    auto const s = parse("Bolet\xC3\xADn de prensa\n\nOrganizaciones exigen la liberaci\xC3\xB3n de periodistas en Amberia\n\n"
                         "Las organizaciones firmantes exigimos la liberaci\xC3\xB3n inmediata de los periodistas detenidos.\n\n"
                         "Firmantes:\nColectivo Ciudadano Amber\nRed Solidaria Birchwood\n")
                       .statement;
    CHECK(s.kind == statement_kind::press_release);
    auto const t = parse("Sign-on letter: Free the Amber Five\n\nWe, the undersigned organisations, are concerned about the trial.\n\n"
                         "Amber Rights Watch\nBirchwood Press Club\n")
                       .statement;
    CHECK(t.kind == statement_kind::open_letter);
    // The German gender gap with an underscore or a colon heads the list too.
    auto const u = parse("Offener Brief\n\nDie unterzeichnenden Organisationen fordern die Freilassung der Journalisten.\n\n"
                         "Erstunterzeichner:innen\nB\xC3\xBCrgerinitiative Amber\nSolidarit\xC3\xA4tskreis Birchwood\n")
                       .statement;
    REQUIRE(u.signatories.size() == 2);
    CHECK(u.signatories[0].name == "B\xC3\xBCrgerinitiative Amber");
}

TEST_CASE("kind: a joint oral statement or intervention at a UN body's session is a joint statement, in each language") {
    std::string const en = "\n\nThank you, Mr President.\n\nThe Amber Coalition and its partners are gravely concerned at the "
                           "crackdown on independent media in Pelham. The authorities must release the detained journalists.\n";
    // "Monsieur le Président, La Ligue et les organisations cosignataires sont préoccupées par les
    // enlèvements de journalistes. Les autorités doivent les libérer."
    std::string const fr = "\n\nMonsieur le Pr\xC3\xA9sident,\n\nLa Ligue de Pelham et les organisations cosignataires sont "
                           "pr\xC3\xA9occup\xC3\xA9" "es par les enl\xC3\xA8vements de journalistes. Les autorit\xC3\xA9s doivent "
                           "les lib\xC3\xA9rer sans condition.\n";
    for (auto const& text : {"Joint oral intervention\nItem 4: General Debate" + en,
                             "JOINT INTERVENTION OF CONSUMER AND COMMUNITY GROUPS" + en,
                             "Conseil des droits de l'homme\n\nD\xC3\xA9" "claration orale conjointe" + fr}) {
        INFO(text);
        CHECK(parse(text).statement.kind == statement_kind::joint_statement);
    }
    // Without a word for its kind, the line that names who delivers it says it is a statement.
    auto const spoken = parse("Item 4: General Debate\n\nDelivered by Mira Tallow, Amber Coalition" + en).statement;
    CHECK(spoken.kind != statement_kind::press_release);
    CHECK(spoken.kind != statement_kind::unknown);
}

TEST_CASE("kind: a signing page's button that keys the headline names a petition ('Sign the petition: …', 'Подпишите петицию: …')") {
    auto const s = parse("Sign the petition: Free the Sandbar Four\n\n14 May 2026\n\nWe, the undersigned, call on the authorities of "
                         "Pelham Vale to release the four defenders and drop all charges.\n\nSignatories:\nDelta Rights Watch\n"
                         "Coastal Defenders Network\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Sign the petition: Free the Sandbar Four");
    CHECK(s.kind == statement_kind::petition);
    // "Подпишите петицию: Свободу четверым из Песчаной косы", "Підпишіть петицію: …": the
    // petition in the accusative, as the button puts it.
    struct page {
        std::string_view headline, text;
    };
    for (auto const& p : {page{"Подпишите петицию: Свободу четверым из Песчаной косы",
                               "Мы требуем от властей немедленно освободить задержанных экологов."},
                          page{"Підпишіть петицію: Свободу чотирьом із Піщаної коси",
                               "Ми вимагаємо від влади негайно звільнити затриманих екологів."}}) {
        CAPTURE(p.headline);
        auto const t = parse(std::string(p.headline) + "\n\n" + std::string(p.text) + "\n").statement;
        REQUIRE(t.title.has_value());
        CHECK(t.title->text == p.headline);
        CHECK(t.kind == statement_kind::petition);
    }
    // A button with the address to sign at heads nothing; nor does one under the text's first
    // paragraph.
    auto const joined = parse("Join the statement: https://amber.example/sign\n\nStatement on the closure of the Amber Gazette\n\n"
                              "We, the undersigned organisations, call on the authorities to reopen the Amber Gazette.\n")
                            .statement;
    REQUIRE(joined.title.has_value());
    CHECK(joined.title->text == "Statement on the closure of the Amber Gazette");
    auto const under = parse("The Amber Gazette was closed on 3 May 2026 by a decision of the regional court, after a year of "
                             "pressure on its editors.\n\nSign the petition: Reopen the Amber Gazette\n\nWe, the undersigned, "
                             "call on the court to reverse its decision.\n")
                           .statement;
    CHECK_FALSE((under.title && under.title->text == "Sign the petition: Reopen the Amber Gazette"));
}

TEST_CASE("kind: a signing page's button over the headline names what it asks to sign, where nothing else names the kind") {
    struct page {
        std::string_view text;
        statement_kind kind;
    };
    for (auto const& p : {page{"Sign the petition\nFree the Harbour Five\n\nTo: The Prosecutor General of Norland\n\n"
                               "We, the undersigned, call on you to release the five dock workers arrested after a strike.\n",
                               statement_kind::petition},
                          page{"Sign the open letter\nKeep the Riverside library open\n\nWe, the undersigned residents, ask "
                               "the Council of Port Amber to keep the Riverside library open.\n",
                               statement_kind::open_letter},
                          page{"Signez la pétition\nSauvons les marais de Saltmarsh\n\nNous, soussignés, demandons au "
                               "ministre de l'Environnement d'annuler le permis de drainage.\n",
                               statement_kind::petition},
                          page{"Petition unterschreiben\nRettet die Bibliothek am Fluss\n\nWir, die Unterzeichnenden, "
                               "fordern den Rat der Stadt auf, die Bibliothek am Fluss offen zu halten.\n",
                               statement_kind::petition}}) {
        CAPTURE(p.text);
        CHECK(parse(p.text).statement.kind == p.kind);
    }
    // The headline's own kind outranks the box's button ("Joint statement" over "Sign our petition").
    auto const labelled = parse("Norvania: Free imprisoned poet Lian Teravo\nJoint statement\n9 April 2026\nTAKE ACTION\n"
                                "Sign our petition to the Minister of Justice\nAdd your name\n5,120 people have taken action\n"
                                "The undersigned organisations call on the authorities of Norvania to release the poet Lian "
                                "Teravo, who was sentenced on 1 April 2026 to six years in prison for a poem.\n")
                              .statement;
    CHECK(labelled.kind == statement_kind::joint_statement);
}

TEST_CASE("kind: a headline that names a letter by its reader is a letter, in its language, where the authors speak") {
    struct letter {
        std::string_view headline, text;
    };
    for (auto const& l : {letter{"Letter to the Special Rapporteur on the situation of human rights defenders",
                                 "We, the undersigned organisations, ask you to raise the detention of the Amber Five "
                                 "with the Government of Pelham."},
                          letter{"Investor letter to Birchwood Mining Group",
                                 "We, the undersigned investors, ask the Board to publish its human rights due diligence."},
                          // "Lettre au Président de la République de Pelham" / "Nous, organisations
                          // soussignées, vous demandons de libérer les journalistes détenus."
                          letter{"Lettre au Pr\xC3\xA9sident de la R\xC3\xA9publique de Pelham",
                                 "Nous, organisations soussign\xC3\xA9" "es, vous demandons de lib\xC3\xA9rer les "
                                 "journalistes d\xC3\xA9tenus depuis le mois de mai."},
                          // "Carta a la Comisión Interamericana de Derechos Humanos" / "Las
                          // organizaciones firmantes solicitamos una audiencia temática."
                          letter{"Carta a la Comisi\xC3\xB3n Interamericana de Derechos Humanos",
                                 "Las organizaciones firmantes solicitamos a la Comisi\xC3\xB3n una audiencia "
                                 "tem\xC3\xA1tica sobre la situaci\xC3\xB3n de las personas defensoras en Pelham."}}) {
        CAPTURE(l.headline);
        auto const s = parse(std::string(l.headline) + "\n\n" + std::string(l.text) + "\n\nAmber Rights Watch\n"
                             "Birchwood Press Club\n")
                           .statement;
        CHECK(s.kind == statement_kind::open_letter);
    }
    // A report that a letter was sent does not speak for its authors; nor is the letter's word
    // past a headline's first words a name of the text.
    auto const report = parse("Unions send letter to the Minister of Labour\n\nThe three largest unions of Pelham sent a "
                              "letter to the Minister of Labour on Monday, asking her to withdraw the draft code.\n")
                            .statement;
    CHECK(report.kind != statement_kind::open_letter);
    auto const about = parse("Pelham: the authorities must answer the families' letter to the President\n\nWe, the "
                             "undersigned organisations, call on the authorities to answer the families.\n\nAmber Rights "
                             "Watch\nBirchwood Press Club\n")
                           .statement;
    CHECK(about.kind == statement_kind::joint_statement);
}

TEST_CASE("kind: 'This statement is signed by A, B and C.' at the end names the text's own signers, no report") {
    // The body says "we" only in its introduction of the demands: the sentence that names the
    // signers is the statement naming itself, as "Signatories:" would be.
    auto const s = parse("Joint statement on the arrest of lawyers in Norvale\n\n12 May 2026\n\n"
                         "The arrest of lawyer Mira Sandor on 11 May 2026 is the latest in a series of attacks on the legal "
                         "profession in Norvale. Since 2024, at least nine lawyers have been prosecuted.\n\n"
                         "We urge the authorities of Norvale to:\n- release Mira Sandor immediately;\n"
                         "- drop all charges against lawyers.\n\n"
                         "This statement is signed by the Amber Lantern Association, the Birchwood Lawyers' Network, "
                         "Coral Press and the Dune Youth Forum.\n")
                       .statement;
    CHECK(s.kind == statement_kind::joint_statement);
    CHECK(s.signatories.size() == 4);
    // A report that another statement was signed stays a press release.
    auto const report = parse("Lawyers' groups condemn arrests in Norvale\n\n"
                              "Four organisations condemned the arrest of lawyer Mira Sandor on Monday.\n\n"
                              "The statement is signed by the Amber Lantern Association, the Birchwood Lawyers' Network, "
                              "Coral Press and the Dune Youth Forum.\n")
                            .statement;
    CHECK(report.kind == statement_kind::press_release);
}

TEST_CASE("kind: a joint submission to a review is a joint statement, in its languages") {
    for (char const* headline : {"Joint Submission to the Universal Periodic Review of Norland",
                                 "Joint Stakeholder Submission on Norland",
                                 "Contribution conjointe \xC3\xA0 l'Examen p\xC3\xA9riodique universel du Valmont",
                                 "Contribuci\xC3\xB3n conjunta al Examen Peri\xC3\xB3" "dico Universal de Pelamia"}) {
        std::string const input = std::string(headline) +
                                  "\n\nThis joint submission is made by the Norland Civic Space Coalition and the Amber Press "
                                  "Network. It covers the freedoms of expression and association since the last review.\n\n"
                                  "Recommendations:\n1. Repeal the Foreign Agents Act;\n2. Release all detained journalists.\n\n"
                                  "Submitted by:\nNorland Civic Space Coalition\nAmber Press Network\n";
        CAPTURE(input);
        CHECK(parse(input).statement.kind == statement_kind::joint_statement);
    }
}
