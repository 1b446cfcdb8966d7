// Signers named inside a sentence rather than in a list: a heading that names its authors,
// "signed by A, B and C". Every organisation and place here is invented.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <optional>
#include <string>

using namespace civic;
using civic_test::names_of;

TEST_CASE("inline signatories: a heading that names its authors, hard-wrapped, '(ACR, Country)' and exile") {
    // A PDF's hard wraps split a name ("Civic\nRights") and a parenthesis.
    auto const s = parse(
                       "Written statement by Lakeshore Partnership for Civic Rights (LPCR, Belgium); the\n"
                       "Amber Lantern Association (ALA, Georgia); Birchwood Circle (Poland); and the\n"
                       "Tidewater Monitor for Human Rights (TMHR, based in exile in Austria) to the\n"
                       "2031 meeting of the Regional Forum on Civic Space\n"
                       "Civic space in the region keeps narrowing as the authorities restrict freedom\n"
                       "of association, peaceful assembly and expression in ways that contradict their\n"
                       "international obligations and the commitments they made at the last meeting.\n"
                       "The response of the authorities to the protests after the elections of last\n"
                       "spring cast a shadow over the first months of the new government, and the\n"
                       "investigations into the violence against peaceful protesters have not been\n"
                       "completed. Since taking office, the new president has adopted a more open\n"
                       "approach to civil society, but the laws that restrict the work of independent\n"
                       "organisations remain in force, and several organisations were fined this year.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Lakeshore Partnership for Civic Rights");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("LPCR"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("BE"));
    CHECK(s.signatories[1].name == "Amber Lantern Association");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("GE"));
    CHECK(s.signatories[2].name == "Birchwood Circle");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("PL"));
    CHECK(s.signatories[3].name == "Tidewater Monitor for Human Rights");
    CHECK(s.signatories[3].acronym == std::optional<std::string>("TMHR"));
    CHECK(s.signatories[3].country == std::optional<std::string>("based in exile in Austria"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("AT"));
}

TEST_CASE("inline signatories: a headline 'Joint statement by A and B on …'") {
    auto const s = parse("Joint statement by the Amber Lantern Association and Tidewater Watch on the closure of the shelter\n\n"
                         "We are alarmed by the decision of the council to close the shelter.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[1].name == "Tidewater Watch");
}

TEST_CASE("inline signatories: 'statement by' one author names no list") {
    auto const s = parse("Statement by the Lakeshore Partnership for Civic Rights on the closure of the shelter\n\n"
                         "We are alarmed by the decision of the council to close the shelter.\n")
                       .statement;
    CHECK(s.signatories.empty());
}

TEST_CASE("inline signatories: 'signed by A, B, C and 39 other organisations' in a sentence that goes on") {
    auto const s = parse("Civil society groups urge Parliament to reject surveillance bill\n\n"
                         "Port Amber, 12 January 2026 \xE2\x80\x93 A coalition of 42 civil society organisations has called on "
                         "Parliament to reject the draft law on communications surveillance.\n\n"
                         "The appeal, signed by the Amber Lantern Association, the Birchwood Institute for Civic Rights, "
                         "the Coral Bay Human Rights Forum and 39 other organisations, warns that the bill would allow "
                         "bulk interception of communications without judicial oversight.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[1].name == "Birchwood Institute for Civic Rights");
    CHECK(s.signatories[2].name == "Coral Bay Human Rights Forum");
    CHECK(s.kind == statement_kind::press_release);
}

TEST_CASE("inline signatories: '… and eight other organisations', the count written out") {
    auto const s = parse("Human rights groups condemn attack on activist\n\n"
                         "4 December 2026 \xE2\x80\x93 Eleven organisations today condemned the attack on activist Tomas Vell "
                         "in Port Amber.\n\n"
                         "The statement was signed by the Amber Lantern Association, the Birchwood Institute for Civic "
                         "Rights, the Coral Bay Human Rights Forum and eight other organisations.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Coral Bay Human Rights Forum");
}

TEST_CASE("inline signatories: the count of the others after a comma, or ending a signed line") {
    // "…, and 30 other organisations.": the comma before the closer ends no name.
    auto const s = parse("Joint statement on Port Amber\n\n"
                         "We call on the Ruritanian authorities to release everyone detained at the protest.\n\n"
                         "Signatories: Amber Lantern Association, Birchwood Institute, Coral Bay Forum, and 30 other "
                         "organisations.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Coral Bay Forum");
    // "… Coral Bay Forum and 30 other organisations": the closer with a count is none of the
    // last name.
    auto const t = parse("Joint statement on Port Amber\n\n"
                         "We call on the Ruritanian authorities to release everyone detained at the protest.\n\n"
                         "Signatories: Amber Lantern Association, Birchwood Institute, Coral Bay Forum and 30 other "
                         "organisations\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[2].name == "Coral Bay Forum");
}

TEST_CASE("inline signatories: 'The organisations are: A, B, and C.' in a press release") {
    auto const s = parse("Rights groups urge Borduria to drop charges\n\n"
                         "Twelve organisations today called on the Prosecutor General to drop the charges.\n\n"
                         "The organisations are: Amber Lantern Association, Birchwood Institute, and Coral Bay Forum.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Coral Bay Forum");
}

TEST_CASE("inline signatories: a text scraped onto one line names its signers in its opening") {
    auto const s = parse("Joint statement on Port Amber. We, the undersigned organisations, call on the authorities to "
                         "release the journalists. Signatories: Amber Lantern Association (Kenya), Birchwood Institute "
                         "(Uganda), Coral Bay Forum (Latvia).")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].country_code == std::optional<std::string>("LV"));
}

// A press release names its authors as the subject of its first sentences: "A, B and C today
// urged …". Where nothing else names signers, they are those.
TEST_CASE("reported authors: 'A, B (ACR) and C today urged …' in a press release's first paragraph") {
    auto const s = parse("Ruritania: rights groups urge release of detained journalists\n\n"
                         "12 March 2026\n\n"
                         "The Lakeshore Helsinki Committee, Free Press Centre (FPC) and Lantern Rights Watch today urged "
                         "the authorities of Ruritania to release the five journalists detained last week in Vell.\n\n"
                         "The journalists were arrested after covering a protest against the new mining law.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Lakeshore Helsinki Committee");
    CHECK(s.signatories[1].name == "Free Press Centre");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("FPC"));
    CHECK(s.signatories[2].name == "Lantern Rights Watch");
    CHECK(s.kind == statement_kind::press_release);
}

TEST_CASE("reported authors: an opening clause before the names, a name ending in lower case") {
    auto const en = parse("Open letter on the draft law on foreign funding\n\n"
                          "In a joint letter, the Coral Bay Forum, Tidewater Watch and the Committee to Protect Reporters "
                          "call on the Parliament of Veloria to reject the draft law.\n")
                        .statement;
    REQUIRE(en.signatories.size() == 3);
    CHECK(en.signatories[0].name == "Coral Bay Forum");
    CHECK(en.signatories[2].name == "Committee to Protect Reporters");
    auto const fr = parse("Communiqué de presse\n\n"
                          "La Ligue pour les libertés civiles, Amber Lantern France et le Syndicat de la presse libre "
                          "dénoncent la prolongation de l'état d'urgence.\n")
                        .statement;
    REQUIRE(fr.signatories.size() == 3);
    CHECK(fr.signatories[0].name == "Ligue pour les libertés civiles");
    CHECK(fr.signatories[2].name == "Syndicat de la presse libre");
}

TEST_CASE("reported authors: organisations with their acronyms open the first sentence, whatever their verb") {
    auto const fr = parse("Communiqué de presse conjoint\n\nArrestation d'un avocat à Port Ambre\n\n"
                          "Le Collectif des Syndicats Libres (CSL), la Ligue Ambrienne des Droits de l'Homme (LADH) et "
                          "l'Association des Juristes pour la Démocratie (AJD) ont appris avec consternation "
                          "l'arrestation de Maître Oren Vale.\n\nMaître Vale a été conduit dans un lieu inconnu.\n")
                        .statement;
    REQUIRE(fr.signatories.size() == 3);
    CHECK(fr.signatories[0].name == "Collectif des Syndicats Libres");
    CHECK(fr.signatories[2].acronym == std::optional<std::string>("AJD"));
    auto const es = parse("Comunicado conjunto\n\nDetención de defensoras en Costa Ámbar\n\n"
                          "Puerto Ámbar, 9 de mayo de 2026 – La Coordinadora de Derechos Humanos (CODEHU), el Centro de "
                          "Estudios Ambientales (CEAM) y la Red de Mujeres Rurales (REMUR) se reunieron con las familias "
                          "de las defensoras detenidas.\n\nLas defensoras fueron detenidas el 7 de mayo.\n")
                        .statement;
    REQUIRE(es.signatories.size() == 3);
    CHECK(es.signatories[1].name == "Centro de Estudios Ambientales");
    auto const en = parse("Joint press release\n\nLawyer arrested in Port Amber\n\n"
                          "The Lakeshore Bar Association (LBA), the Centre for Legal Empowerment (CLE) and Justice Watch "
                          "Amberland (JWA) have learned with alarm of the arrest of lawyer Mira Tallow.\n\n"
                          "Ms Tallow was taken to an unknown location.\n")
                        .statement;
    REQUIRE(en.signatories.size() == 3);
    CHECK(en.signatories[0].name == "Lakeshore Bar Association");
    // People so named are whom the text reports on.
    auto const reported = parse("Journalists detained in Port Amber\n\n"
                                "Mira Tallow (Radio Amber) and Oren Vale (Coral Daily) were detained on Monday at the "
                                "airport.\n\nThe authorities must release them.\n")
                              .statement;
    CHECK(reported.signatories.empty());
}

TEST_CASE("reported authors: a headline's clause after its colon, and an abbreviation inside a name") {
    auto const de = parse("Abstimmung im Landtag: Amber Lantern International (ALI) und Tidewater Asyl wenden sich in einem "
                          "offenen Brief an die Abgeordneten\n\n"
                          "Beide Organisationen haben mehrfach auf die Lage der Schutzsuchenden hingewiesen.\n")
                        .statement;
    REQUIRE(de.signatories.size() == 2);
    CHECK(de.signatories[0].name == "Amber Lantern International");
    CHECK(de.signatories[0].acronym == std::optional<std::string>("ALI"));
    CHECK(de.signatories[1].name == "Tidewater Asyl");
    auto const pl = parse("Apel do Sejmu\n\n"
                          "Fundacja Praw Obywatelskich i Stowarzyszenie im. Prof. Jana Brzozy apelują do posłów o "
                          "odrzucenie projektu ustawy.\n")
                        .statement;
    REQUIRE(pl.signatories.size() == 2);
    CHECK(pl.signatories[1].name == "Stowarzyszenie im. Prof. Jana Brzozy");
}

TEST_CASE("reported authors: German puts the verb second, the names after it") {
    auto const s = parse("Pressemitteilung\n\n"
                         "Zum heutigen Weltflüchtlingstag appellieren der Flüchtlingsrat Bernstein, Pro Menschenrecht e.V. "
                         "und die Aktion Bleiberecht an den Landtag, die Abschiebungen auszusetzen.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Flüchtlingsrat Bernstein");
    CHECK(s.signatories[1].name == "Pro Menschenrecht e.V.");
    CHECK(s.signatories[2].name == "Aktion Bleiberecht");
}

TEST_CASE("reported authors: states, their organs, addressees and later paragraphs are no authors") {
    CHECK(parse("Border talks resume\n\n"
                "Armenia and Azerbaijan called on the commission to meet again.\n\n"
                "The Ministry of Justice and the Prosecutor General's Office demand that the trial be moved.\n\n"
                "President Aldo Marr and Prime Minister Lena Vosk urged calm.\n")
              .statement.signatories.empty());
    // The words before a German verb are its subject: what follows it is the addressee.
    CHECK(parse("Gemeinsame Erklärung\n\n"
                "Die Organisationen fordern die Bundesregierung und den Bundestag auf, das Gesetz zu stoppen.\n\n"
                "Wir fordern die Länder und die Kommunen auf, Schutzsuchende aufzunehmen.\n")
              .statement.signatories.empty());
    // One name alone is as often a government's or a court's as the authors'.
    CHECK(parse("Statement\n\nThe Lakeshore Helsinki Committee today urged the authorities to release the journalists.\n")
              .statement.signatories.empty());
    // Past the lede, a text reports on others.
    CHECK(parse("Update on the trial\n\n"
                "The trial of the five journalists resumed in Vell on Monday.\n\n"
                "Their lawyers were not allowed to see them before the hearing.\n\n"
                "The court adjourned the hearing until May.\n\n"
                "The Coral Bay Forum and Tidewater Watch urged the court to release them.\n")
              .statement.signatories.empty());
}

TEST_CASE("reported authors: a list of signatories wins over the names in the first paragraph") {
    auto const s = parse("Joint statement\n\n"
                         "The Coral Bay Forum and Tidewater Watch call on the authorities to release the journalists.\n\n"
                         "Signatories:\n"
                         "1. Amber Lantern Association (Armenia)\n"
                         "2. Birchwood Circle (Poland)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
}

TEST_CASE("inline signatories: a closer that ends in the sentence's full stop ('… и др.')") {
    auto const s = parse("Заявление\n\nМы, нижеподписавшиеся, требуем освободить задержанных активистов.\n\n"
                         "Подписали: Правозащитный центр «Янтарь», Хельсинкская группа Березового края, Союз журналистов "
                         "Велории и др.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Союз журналистов Велории");
}

TEST_CASE("reported authors: whom their call asks is an addressee ('A and B today urged the authorities of X to …')") {
    auto const s = parse("Ruritania: rights groups urge release of detained journalists\n\n"
                         "The Lakeshore Helsinki Committee and Lantern Rights Watch today urged the authorities of "
                         "Ruritania to release the five journalists detained last week.\n\n"
                         "The journalists were arrested after covering a protest against the new mining law.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.addressees() == std::vector<std::string>{"the authorities of Ruritania"});
    REQUIRE(s.addresses.size() == 1);
    CHECK(s.addresses[0].source == address_source::paragraph);
    auto const pl = parse("Apel do Sejmu\n\n"
                          "Fundacja Praw Obywatelskich i Stowarzyszenie Wolnego Słowa wezwały posłów do odrzucenia "
                          "projektu ustawy.\n")
                        .statement;
    REQUIRE(pl.signatories.size() == 2);
    auto const asked = pl.addressees();
    CHECK(std::find(asked.begin(), asked.end(), std::string("posłów")) != asked.end());
    // What the authors condemn is no one they address.
    auto const condemn = parse("Rights groups condemn arrests\n\n"
                               "The Lakeshore Helsinki Committee and Lantern Rights Watch condemned the arrests of "
                               "journalists to silence the press.\n")
                             .statement;
    CHECK(condemn.signatories.size() == 2);
    CHECK(condemn.addresses.empty());
}

TEST_CASE("authors beside 'we': 'We, A, B and C, call on …', between dashes or in parentheses") {
    auto const names = [](std::string const& opening) {
        auto const s = parse("Joint letter on the Digital Services Bill\n\n" + opening +
                             "\n\nThe bill would allow the blocking of websites without a court order.\n")
                           .statement;
        std::vector<std::string> out;
        for (auto const& x : s.signatories) out.push_back(x.name);
        return out;
    };
    std::vector<std::string> const three{"Amber Lantern Association", "Birchwood Institute", "Coral Bay Forum"};
    CHECK(names("We, Amber Lantern Association, Birchwood Institute and Coral Bay Forum, call on the Parliament of "
                "Lakeshore to reject Article 12 of the bill.") == three);
    CHECK(names("The undersigned organisations \xE2\x80\x94 Amber Lantern Association, Birchwood Institute and Coral Bay "
                "Forum \xE2\x80\x94 call on the Parliament of Lakeshore to reject Article 12.") == three);
    CHECK(names("The undersigned organisations (Amber Lantern Association, Birchwood Institute and Coral Bay Forum) "
                "urge the Parliament of Lakeshore to reject Article 12.") == three);
    CHECK(names("Nous, Amber Lantern Association et Birchwood Institute, demandons au Parlement de rejeter l'article 12.") ==
          std::vector<std::string>{"Amber Lantern Association", "Birchwood Institute"});
    // Words that say what the authors are, not who: no names.
    CHECK(names("We, the undersigned, call on the Parliament of Lakeshore to reject Article 12.").empty());
    CHECK(names("We, civil society organisations from Lakeshore, Amberland and Coral Bay, call on the Parliament to "
                "reject Article 12.")
              .empty());
}

TEST_CASE("inline signatories: after a colon, the last name keeps its prepositions ('… Ligue des droits de l'Homme.')") {
    auto const s = parse("Communiqu\xC3\xA9\n\nNous condamnons l'arrestation des militants de Port-Ambre.\n\n"
                         "Organisations signataires : Alliance Ambre, Comit\xC3\xA9 Bouleau, Ligue des droits de l'Homme "
                         "de Port-Ambre.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[2].name == "Ligue des droits de l'Homme de Port-Ambre");
    auto const t = parse("Communiqu\xC3\xA9\n\nNous condamnons l'arrestation des militants de Port-Ambre.\n\n"
                         "Signataires : R\xC3\xA9seau euro-m\xC3\xA9" "diterran\xC3\xA9" "en (France) ; Observatoire "
                         "m\xC3\xA9" "diterran\xC3\xA9" "en des libert\xC3\xA9s (Italie)\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[1].name == "Observatoire m\xC3\xA9" "diterran\xC3\xA9" "en des libert\xC3\xA9s");
    CHECK(t.signatories[1].country_code == std::optional<std::string>("IT"));
}

TEST_CASE("reported authors: an apposition after a name ('X (ACR), a network of 80 NGOs, calls on …') names no one else") {
    auto const s = parse("Lakeshore: release the detained journalists\n\n5 March 2026\n\n"
                         "The Amber Civic Platform (ACP), a network of 80 NGOs from 11 countries, calls on the authorities "
                         "of Lakeshore to release the detained journalists.\n\n"
                         "The journalists were detained on 2 March while covering a protest in Port Amber.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 1);
    CHECK(s.signatories[0].name == "Amber Civic Platform");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("ACP"));
}

TEST_CASE("inline signatories: a UN written statement's submitters before their consultative status") {
    auto const s = parse("Human Rights Council\nFifty-fifth session\n\n"
                         "Joint written statement* submitted by Amber Justice International, Birchwood Legal Assistance "
                         "Network, non-governmental organizations in special consultative status\n\n"
                         "Enforced disappearances in Lakeshore must end\n\n"
                         "Amber Justice International and Birchwood Legal Assistance Network are deeply concerned about "
                         "the continuing practice of enforced disappearances in Lakeshore.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].name == "Amber Justice International");
    CHECK(s.signatories[1].name == "Birchwood Legal Assistance Network");
}

TEST_CASE("inline signatories: a UN written statement's one submitter, and those who share its views") {
    auto const s = parse("Human Rights Council\nSixty-first session\nAgenda item 4\n\n"
                         "Written statement* submitted by Amber Watch, a non-governmental organization in special "
                         "consultative status\n\n"
                         "The Secretary-General has received the following written statement which is circulated in "
                         "accordance with Economic and Social Council resolution 1996/31.\n\n"
                         "[15 January 2026]\n\n"
                         "* Issued as received, in the language(s) of submission only.\n\n"
                         "Detention of defenders in Lakeshore\n\n"
                         "Amber Watch is deeply concerned about the continued detention of human rights defenders in "
                         "Lakeshore.\n\n"
                         "The Birchwood Rights Trust, the Coral Bay Peace Forum, NGOs without consultative status, also "
                         "share the views expressed in this statement.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Watch");
    CHECK(s.signatories[1].name == "Birchwood Rights Trust");
    CHECK(s.signatories[2].name == "Coral Bay Peace Forum");
}

TEST_CASE("inline signatories: UN submitters each group before its own status") {
    auto const s = parse("Human Rights Council\nFifty-eighth session\n\n"
                         "Joint written statement* submitted by Amber Centre for Media Freedom, non-governmental "
                         "organization in special consultative status, Birchwood Human Rights Forum, a "
                         "non-governmental organization on the roster\n\n"
                         "Safety of exiled journalists\n\n"
                         "Exiled journalists face transnational repression.\n\n"
                         "* Dune Press Alliance, an NGO without consultative status, also shares the views expressed "
                         "in this statement.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Centre for Media Freedom");
    CHECK(s.signatories[1].name == "Birchwood Human Rights Forum");
    CHECK(s.signatories[2].name == "Dune Press Alliance");
}

TEST_CASE("inline signatories: a status in a sentence of a text that names no submitters names no one") {
    auto const s = parse("Lakeshore: free the defenders\n\n5 March 2026\n\n"
                         "Amber Watch, an NGO without consultative status, has documented fourteen arrests since "
                         "January.\n\nThe authorities must release them.\n")
                       .statement;
    CHECK(s.signatories.empty());
}

TEST_CASE("inline signatories: 'signed by, among others, …' and 'Signatories include …'") {
    for (std::string const sentence : {"The letter was signed by, among others, Amber Defenders International, the Birch "
                                       "Association and Coral Watch.",
                                       "Signatories include Amber Defenders International, the Birch Association and Coral "
                                       "Watch."}) {
        auto const s = parse("Groups urge release of activists\n\n5 March 2026\n\nForty-five organisations today urged the "
                             "authorities of Lakeshore to release the activists. " + sentence +
                             "\n\nThe activists were detained in May.\n")
                           .statement;
        CAPTURE(sentence);
        REQUIRE(s.signatories.size() == 3);
        CHECK(s.signatories[0].name == "Amber Defenders International");
    }
}

TEST_CASE("inline signatories: a name in lower case among names with capitals, and an article with a capital") {
    auto const s = parse("Gemeinsame Erkl\xC3\xA4rung\n\nWir, die unterzeichnenden Organisationen, fordern die Bundesregierung auf, "
                         "die Abschiebungen zu stoppen.\n\n"
                         "Unterzeichnet von: Amber Fl\xC3\xBC" "chtlingsrat e.V., birchwood hilft, Coral Bay Kinderhilfswerk, "
                         "La Cimade Amber und Dune Netzwerk.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "birchwood hilft");
    CHECK(s.signatories[3].name == "La Cimade Amber");
    // A role after a person's name is none.
    auto const t = parse("Pronunciamiento\n\nLas organizaciones firmantes exigimos la liberaci\xC3\xB3n de los defensores.\n\n"
                         "Adhesiones personales: Nora Amber (Madres de Plaza Coral), Luc\xC3\xAD" "a Cedro, diputada provincial\n")
                       .statement;
    CHECK(t.signatories.size() == 2);
}

TEST_CASE("inline signatories: a longer header on their line ('The statement was signed by the following organisations: A; B')") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\n"
                         "The statement was signed by the following organisations: Amber Rights Centre (Kenya); "
                         "Birchwood Watch (Uganda); Coral Bay Forum (Tanzania).\n")
                       .statement;
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Amber Rights Centre");
    CHECK(s.signatories[0].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[2].name == "Coral Bay Forum");
}

TEST_CASE("inline signatories: a long header of one clause on their line names the network they belong to ('signed by the undersigned members of the X Coalition: A, B and C')") {
    auto const s = parse("Rights groups demand an inquiry into the Coral Bay mine collapse\n\n"
                         "The coalition calls on the Government of Pelham Vale to open an independent inquiry.\n\n"
                         "The statement is signed by the undersigned members of the Amber Coalition for Mining Justice: "
                         "Birchwood Workers' Rights Centre, Coral Bay Widows Association, Green Earth Pelham and the "
                         "Lakeshore Community Forum.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Birchwood Workers' Rights Centre", "Coral Bay Widows Association",
                                                  "Green Earth Pelham", "Lakeshore Community Forum"});
    // A sentence of clauses apart by commas before its colon is no header of names.
    auto const t = parse("Joint statement\n\nWe, the undersigned organisations, condemn the arrests.\n\n"
                         "Signed:\nAmber Rights Centre\nBirchwood Watch\n\n"
                         "Since the statement was signed by the organisations in March, the situation has changed, "
                         "and the authorities have answered: Coral Bay Forum, Tidewater Watch.\n")
                       .statement;
    CHECK(names_of(t) == std::vector<std::string>{"Amber Rights Centre", "Birchwood Watch"});
}

TEST_CASE("inline signatories: a title's abbreviation ends no sentence of names ('Individuals: A; Dr. B, researcher; Prof. C')") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, condemn the executions.\n\nSignatories:\n"
                         "Amber Rights Centre\nBirchwood Watch\n\n"
                         "Individuals: Mira Tallow (lawyer, Paris); Dr. Oren Vale, human rights researcher; "
                         "Jonas Fenn, journalist, London; Prof. Lena Amber (University of Seeburg)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[3].name == "Dr. Oren Vale");
    CHECK(s.signatories[3].type == signatory_type::person);
    CHECK(s.signatories[5].name == "Prof. Lena Amber");
}

TEST_CASE("inline signatories: a country alone between the commas is the name's before it") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, condemn the arrests.\n\n"
                         "This statement is signed by Amber Rights Centre, Centre for Strategic Litigation, Kenya, "
                         "Coral Bay Women's Network and Birchwood Watch.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Centre for Strategic Litigation");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[2].name == "Coral Bay Women's Network");
}

TEST_CASE("inline signatories: a network over its members on their line signs with them ('X and its member organisations: A, B')") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, condemn the killings of land defenders.\n\nSignatories:\n\n"
                         "Amber Network of Land Defenders (ANLD) and its member organisations: Consejo Amber del Sur (Honduras), "
                         "Movimiento de Mujeres de Birchwood (Honduras), Colectivo Coral Norte (Guatemala)\n\n"
                         "Friends of the Lenca People (USA)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[0].name == "Amber Network of Land Defenders");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("ANLD"));
    CHECK(s.signatories[1].name == "Consejo Amber del Sur");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("HN"));
    CHECK(s.signatories[4].name == "Friends of the Lenca People");
    auto const t = parse("Joint statement\n\nWe, the undersigned, condemn the killings.\n\n"
                         "Amber Network and its members: Birchwood Watch, Coral Bay Forum, Dune Press Club\n")
                       .statement;
    REQUIRE(t.signatories.size() == 4);
    CHECK(t.signatories[0].name == "Amber Network");
}

TEST_CASE("inline signatories: a comma inside guillemets parts no names ('Фонд «Мир, прогресс, права человека»')") {
    auto const s = parse("\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n"
                         "We, the undersigned, condemn the arrests.\n\n"
                         "Signed by: Amber Centre, Fund \xC2\xABPeace, Progress, Human Rights\xC2\xBB, Birchwood Watch, "
                         "Centre \xC2\xABLaw, Memory, Dignity\xC2\xBB and Coral Bay Forum.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[1].name == "Fund \xC2\xABPeace, Progress, Human Rights\xC2\xBB");
    CHECK(s.signatories[3].name == "Centre \xC2\xABLaw, Memory, Dignity\xC2\xBB");
}

TEST_CASE("inline signatories: the last item with its country in parentheses, like every item before it, keeps its conjunction") {
    // Each item closes with "(Country)": the last one's "y", "et", "и" is inside its name.
    auto const es = parse("Carta\n\nExigimos justicia para las familias.\n\n"
                          "Firman: Centro Amber Sur (M\xC3\xA9xico); Red Birchwood (Chile); Servicio Paz y Justicia Coral (Guatemala).\n")
                        .statement;
    CHECK(names_of(es) == std::vector<std::string>{"Centro Amber Sur", "Red Birchwood", "Servicio Paz y Justicia Coral"});
    auto const fr = parse("D\xC3\xA9" "claration\n\nNous demandons justice pour les familles.\n\n"
                          "Signataires : Centre Amber (Mali) ; Ligue des droits et libert\xC3\xA9s Birch (Canada).\n")
                        .statement;
    CHECK(names_of(fr) == std::vector<std::string>{"Centre Amber", "Ligue des droits et libert\xC3\xA9s Birch"});
    // Two names after the last separator, each with its own country, are two.
    auto const two = parse("Carta\n\nExigimos justicia para las familias.\n\n"
                           "Firman: Centro Amber Sur (M\xC3\xA9xico); Red Birchwood (Chile) y Colectivo Dune (Per\xC3\xBA).\n")
                         .statement;
    CHECK(names_of(two) == std::vector<std::string>{"Centro Amber Sur", "Red Birchwood", "Colectivo Dune"});
}

TEST_CASE("inline signatories: a letter's signers on one line apart by semicolons, a quoted name inside a quoted one") {
    // A name quoted inside a quoted name closed once for both ("«Центр «Янтарь»"), and a long
    // name in lower case but for its first word, in a language that writes names so.
    auto const s = parse("Открытое письмо\n"
                         "Мы, представители правозащитных организаций, просим Вас освободить задержанных.\n"
                         "С уважением,\n"
                         "ОО «Центр «Янтарное партнерство» (Беларусь); Правозащитный центр «Берёза» (Россия); "
                         "ОФ «Правовая инициатива» (Кыргызстан); Велорийское международное бюро по правам человека и "
                         "соблюдению законности (Казахстан); ГО «Центр гражданских свобод» (Украина); Промо-Лекс (Молдова).\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"ОО «Центр «Янтарное партнерство»", "Правозащитный центр «Берёза»",
                                                  "ОФ «Правовая инициатива»",
                                                  "Велорийское международное бюро по правам человека и соблюдению законности",
                                                  "ГО «Центр гражданских свобод»", "Промо-Лекс"});
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[0].country_code == std::optional<std::string>("BY"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("KZ"));
}

TEST_CASE("inline signatories: a newspaper letter's signers in one paragraph apart by semicolons, no header over them") {
    auto const s = parse("Letters\n\nSir, We write as clinicians and former officials to urge the government to reconsider "
                         "its decision to cut the country's contribution to the Amber Health Fund.\n\n"
                         "We call on the Foreign Secretary to restore the pledge in full.\n\n"
                         "Professor Mira Tallow, University of Seeburg; Sir Oren Vale, former Chief Medical Officer; "
                         "Lord Birch of Hove; Baroness Coral-Evans; Dr Anna Dune, Amber School of Tropical Medicine; "
                         "Yvonne Marsh, journalist\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Professor Mira Tallow", "Sir Oren Vale", "Lord Birch of Hove",
                                                  "Baroness Coral-Evans", "Dr Anna Dune", "Yvonne Marsh"});
    for (auto const& sig : s.signatories) CHECK(sig.type == signatory_type::person);
    // A sentence of the text with semicolons is no such list.
    auto const t = parse("Letters\n\nSir, We write as clinicians to urge the government to reconsider its decision.\n\n"
                         "The court sentenced Mira Tallow to five years; Oren Vale to three years; and Anna Dune to two "
                         "years, after a trial that lasted one day.\n")
                       .statement;
    CHECK(t.signatories.empty());
}

TEST_CASE("inline signatories: between semicolons a person's item keeps its affiliation ('Assoc. Prof. …', '… (Law), Monash')") {
    auto const s = parse("Joint letter\n\nWe, the undersigned academics, call for an end to the surveillance of students.\n\n"
                         "Signed:\n\n"
                         "Prof. Mira Tallow, Seeburg National University; Assoc. Prof. Oren Vale, University of Amberton; "
                         "Dr. Anna Dune, University of Coral Bay; Prof. Birch Marsh (Law), Dune University.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Prof. Mira Tallow", "Assoc. Prof. Oren Vale", "Dr. Anna Dune",
                                                  "Prof. Birch Marsh"});
}

TEST_CASE("inline signatories: a paragraph that opens with the cue of its signing ('Заявление подписали …', 'Под заявлением подписались …')") {
    auto const s = parse("Правозащитники потребовали освободить задержанных\n\n"
                         "Двадцать неправительственных организаций выступили с совместным заявлением.\n\n"
                         "«Мы, нижеподписавшиеся организации, выражаем решительный протест против задержаний».\n\n"
                         "Заявление подписали Ассоциация молодых юристов Велории (AYLV), «Transparency Amber – Велория», "
                         "Центр социальной справедливости, Центр по правам человека и «Права Велории».\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Ассоциация молодых юристов Велории", "«Transparency Amber – Велория»",
                                                  "Центр социальной справедливости", "Центр по правам человека",
                                                  "«Права Велории»"});
    // "ряд других организаций" closes the list; a stop inside guillemets ends no sentence
    auto const t = parse("Организации призвали власти пересмотреть законопроект\n\n"
                         "«Мы, нижеподписавшиеся, призываем отозвать законопроект», — говорится в заявлении.\n\n"
                         "Под заявлением подписались Комитет по защите свободы слова, Янтарный пресс-клуб, "
                         "ГО «AMBER. Центр прав людини», Союз журналистов Велории и ряд других организаций.\n")
                       .statement;
    CHECK(names_of(t) == std::vector<std::string>{"Комитет по защите свободы слова", "Янтарный пресс-клуб",
                                                  "ГО «AMBER. Центр прав людини»", "Союз журналистов Велории"});
}

TEST_CASE("inline signatories: a long name of eleven words among names apart by commas") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, call for an independent investigation.\n\n"
                         "Signed by: Amber Agenda, Birchwood Rights Watch, the Coral Center for Human Rights (CCHR), "
                         "Association of the Families of the Victims of the Port Explosion, Dune Forum, and the "
                         "International Commission of Amber Jurists (ICAJ).\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Agenda", "Birchwood Rights Watch", "Coral Center for Human Rights",
                                                  "Association of the Families of the Victims of the Port Explosion",
                                                  "Dune Forum", "International Commission of Amber Jurists"});
}

TEST_CASE("inline signatories: a letter's signers in one sentence after its closing, with no full stop") {
    // A letter signed by a few organisations names them on one line under "Sincerely,", and
    // leaves the sentence's stop out after the last name.
    auto const s = parse("Letter to the Minister of Housing on the eviction moratorium\n\nJune 3, 2031\n\n"
                         "Dear Minister,\n\n"
                         "We write to ask you to extend the eviction moratorium that expires on June 30, as thousands "
                         "of families in the Amber district still wait for the housing assistance promised in January.\n\n"
                         "Sincerely,\n\n"
                         "The Amber Tenants Network, Birchwood Housing Watch, Legal Aid Society of Coral Bay, and the "
                         "Centre for Urban Equity\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Tenants Network", "Birchwood Housing Watch",
                                                  "Legal Aid Society of Coral Bay", "Centre for Urban Equity"});
}

TEST_CASE("reported authors: a joint filing's authors before the term they are called by ('(together, the \"Consumer Groups\") submit')") {
    auto const s = parse("Joint Intervention on the Broadband Affordability Review\n\n15 May 2031\n\n"
                         "The Amber Consumers Association, Birchwood Digital Rights Alliance, Coral Seniors Action Council "
                         "and the Rural Connectivity Coalition (together, the \"Consumer Groups\") submit these comments in "
                         "response to the Commission's call for comments on the affordability of broadband services.\n\n"
                         "The Consumer Groups submit that current prices for basic internet service are out of reach for "
                         "low-income households.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Amber Consumers Association", "Birchwood Digital Rights Alliance",
                                                  "Coral Seniors Action Council", "Rural Connectivity Coalition"});
    // An acronym in parentheses before the verb stays the name's.
    auto const t = parse("Joint comments on the draft spectrum plan\n\n15 May 2031\n\n"
                         "The Amber Consumers Association, Birchwood Digital Rights Alliance and the Coral Seniors Council "
                         "(CSC) submit these comments on the draft spectrum plan published by the Regulator in April.\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[2].name == "Coral Seniors Council");
    CHECK(t.signatories[2].acronym == std::optional<std::string>("CSC"));
}

TEST_CASE("reported authors: the names after a clause that opens the sentence, with 'said' and an elided article ('l'ACAT')") {
    // A press release quotes its authors: "In a joint statement issued today, A, B and C said …".
    auto const s = parse("Amberland: End the siege of Port Coral now\n\n12 March 2031\n\n"
                         "In a joint statement issued today, the East Amber Human Rights Defenders Forum, the Horn of "
                         "Birchwood Civic Network and the Coral Lawyers Forum said that the siege of Port Coral has cut "
                         "more than 300,000 civilians off from food, water and medicine.\n\n"
                         "The organisations documented the shelling of the city's last hospital on 4 March.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"East Amber Human Rights Defenders Forum", "Horn of Birchwood Civic Network",
                                                  "Coral Lawyers Forum"});
    // Their "said" asks no one: the call of the paragraph before keeps its addressee.
    auto const g = parse("FOR IMMEDIATE RELEASE\n\nPort Coral, 4 June 2031 \xE2\x80\x94 Civil society organisations today "
                         "called on the Government to act.\n\n"
                         "In a joint statement issued today, the Amber Rights Forum (ARF), the Birchwood Civic Network and "
                         "the Coral Border Monitoring Group said that one million people remain displaced.\n")
                       .statement;
    CHECK(names_of(g) == std::vector<std::string>{"Amber Rights Forum", "Birchwood Civic Network", "Coral Border Monitoring Group"});
    REQUIRE(g.addresses.size() == 1);
    CHECK(g.addresses[0].addressee == "the Government");
    // French elides the article before a vowel: "la LDH, la FIDH et l'ACAT".
    auto const f = parse("Liberté d'association : le projet de loi sur les ONG doit être retiré\n\nParis, le 14 avril 2031\n\n"
                         "Dans une déclaration commune, la LAVD, la FIDA et l'ACAB demandent au gouvernement de retirer le "
                         "projet de loi relatif au contrôle des financements étrangers des associations.\n\n"
                         "Ce texte imposerait aux associations un enregistrement comme agent d'influence.\n")
                       .statement;
    CHECK(names_of(f) == std::vector<std::string>{"LAVD", "FIDA", "ACAB"});
    // People a press release quotes are its witnesses, not its authors.
    auto const t = parse("Amberland: Investigate the killings in Port Coral\n\n12 March 2031\n\n"
                         "Relatives of the detained, Mira Tallow and Oren Vale, said that the police had refused to tell "
                         "them where their sons were held.\n\n"
                         "The organisations documented eleven arrests in the week after the protest.\n")
                       .statement;
    CHECK(t.signatories.empty());
}

TEST_CASE("inline signatories: persons signed in a sentence, each with a role in capitals ('Dr. A, Director of X, and Prof. B, Chair of Y')") {
    auto const s = parse("Open letter on the closure of the Northern Archive\n\n20 January 2031\n\n"
                         "To the Minister of Culture,\n\n"
                         "We ask you to keep the Northern Archive open until a digitisation plan is agreed with its users.\n\n"
                         "Signed by Dr. Amina Yusuf, Director of Amber Watch, and Prof. Jonas Berg, Chair of Birchwood Forum.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Dr. Amina Yusuf", "Prof. Jonas Berg"});
    REQUIRE(s.signatories.size() == 2);
    for (auto const& sig : s.signatories) CHECK(sig.type == signatory_type::person);
    CHECK(s.signatories[0].role == std::optional<std::string>("Director of Amber Watch"));
    CHECK(s.signatories[1].role == std::optional<std::string>("Chair of Birchwood Forum"));
}

TEST_CASE("inline signatories: a list apart by semicolons closes with a serial comma ('…; C (France), and D (Denmark).')") {
    auto const s = parse("Investor statement on deep sea mining\n\n"
                         "The undersigned investors call on governments to support a moratorium on deep sea mining.\n\n"
                         "Signatories: Lumen Asset Management (Switzerland); Banca Popolare Verde (Italy); Solidaire "
                         "Cr\xC3\xA9" "dit Coop\xC3\xA9rative (France), and Nordhavn Capital A/S (Denmark).\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Lumen Asset Management", "Banca Popolare Verde",
                                                  "Solidaire Cr\xC3\xA9" "dit Coop\xC3\xA9rative", "Nordhavn Capital A/S"});
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[2].country_code == std::optional<std::string>("FR"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("DK"));
}

TEST_CASE("inline signatories: an oral statement's authors in turns ('co-sponsored by A, B and C. It was drafted by D and is supported by E and F.')") {
    auto const s = parse("Human Rights Council, 61st session\nItem 4 \xE2\x80\x93 General Debate\n\n"
                         "Joint oral statement on Amberland\n\nMr. President,\n\n"
                         "More than 900 people remain imprisoned in Amberland for political reasons. We call on the "
                         "Council to renew the mandate of the Special Rapporteur on Amberland.\n\nThank you.\n\n"
                         "This statement is co-sponsored by Coral Rights Centre, the Amberland Association of Journalists "
                         "and Lumen \xE2\x80\x93 Partnership for Civic Rights. It was drafted by Birchwood House Foundation "
                         "and is supported by Tidewater Livelihood and Civic Defenders Network.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Coral Rights Centre", "Amberland Association of Journalists",
                                                  "Lumen \xE2\x80\x93 Partnership for Civic Rights",
                                                  "Birchwood House Foundation", "Tidewater Livelihood",
                                                  "Civic Defenders Network"});
}

TEST_CASE("inline signatories: those who share a UN statement's views, without submitters above them") {
    auto const s = parse("Joint oral statement, HRC 61, Item 4\n\nMr. President,\n\n"
                         "We call on the Council to renew the mandate.\n\nThank you.\n\n"
                         "Coral Rights Centre, the Amberland Association of Journalists and Lumen Forum also share the "
                         "views expressed in this statement.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Coral Rights Centre", "Amberland Association of Journalists",
                                                  "Lumen Forum"});
    auto const t = parse("Safety of exiled journalists from Amberland\n\nExiled journalists face transnational repression.\n\n"
                         "Baltic Centre for Press Freedom, Nordic Civic Rights Forum and Free Press Alliance of Amberland, "
                         "NGOs without consultative status, also share the views expressed in this statement.\n")
                       .statement;
    CHECK(names_of(t) == std::vector<std::string>{"Baltic Centre for Press Freedom", "Nordic Civic Rights Forum",
                                                  "Free Press Alliance of Amberland"});
}

TEST_CASE("inline signatories: a UN status wrapped onto an indented line ('on the' / '    roster')") {
    auto const s = parse("Human Rights Council\nSixty-first session\nAgenda item 3\n\n"
                         "          Joint written statement* submitted by Baltic Centre for Press Freedom,\n"
                         "          non-governmental organization in special consultative status,\n"
                         "          Nordic Civic Rights Forum, a non-governmental organization on the\n"
                         "          roster\n\n"
                         "          The Secretary-General has received the following written statement\n"
                         "          which is circulated in accordance with Economic and Social Council\n"
                         "          resolution 1996/31.\n\n"
                         "Exiled journalists from Amberland face transnational repression in the region.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Baltic Centre for Press Freedom", "Nordic Civic Rights Forum"});
}

TEST_CASE("inline signatories: an oral statement's speaker and those it speaks for ('delivered by X on behalf of A, B and C')") {
    // The speaker, a person and the organisation she speaks for, is one signer, and each name
    // after "on behalf of" another, where none was read.
    auto const s = parse("Joint oral statement on Lakeshore\n\n"
                         "Mr President, we remain alarmed by the crackdown on civil society in Lakeshore and urge the "
                         "Council to renew the mandate of the Special Rapporteur.\n\n"
                         "This statement was delivered by Mira Tallow, Amber Lantern Association, on behalf of the "
                         "Birchwood Institute for Civic Rights, Coral Bay Forum and Dune Press Centre.\n")
                       .statement;
    CHECK(names_of(s) == std::vector<std::string>{"Mira Tallow", "Birchwood Institute for Civic Rights", "Coral Bay Forum",
                                                  "Dune Press Centre"});
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.signatories[0].role == std::optional<std::string>("Amber Lantern Association"));
    // A speaker's line of metadata, "Delivered by:" and an organisation.
    auto const line = parse("Human Rights Council, 61st session\n\n"
                            "Delivered by: Amber Lantern Association, on behalf of Coral Bay Forum and Dune Press Centre\n\n"
                            "Mr President,\n\nWe urge the Council to renew the mandate of the Special Rapporteur on "
                            "Lakeshore.\n\nThank you.\n")
                          .statement;
    CHECK(names_of(line) == std::vector<std::string>{"Amber Lantern Association", "Coral Bay Forum", "Dune Press Centre"});
    // Without a behalf phrase, a speaker's phrase names no one ("read by millions").
    auto const prose = parse("Joint statement on Lakeshore\n\n"
                             "We call on the authorities of Lakeshore to release the editors of a newspaper read by "
                             "Amber Valley, Birchwood and Coral Bay alike.\n")
                           .statement;
    CHECK(prose.signatories.empty());
}

TEST_CASE("inline signatories: a union's name that enumerates its trades apart by commas is one signer of the sentence") {
    auto const s = parse("Joint statement on the right to strike\n\nWe call on the Government of Amberland to withdraw "
                         "the anti-strike bill.\n\nThe statement is signed by Amber Press Foundation, Union of Bakers, "
                         "Cooks, Waiters and Allied Workers (Kenya), Coral Network and Dune Watch.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Union of Bakers, Cooks, Waiters and Allied Workers");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[3].name == "Dune Watch");
    // Last in the sentence, its conjunction is its own.
    auto const t = parse("Joint statement on the right to strike\n\nWe call on the Government of Amberland to withdraw "
                         "the anti-strike bill.\n\nThe statement is signed by Amber Press Foundation, Coral Network, "
                         "Union of Bakers, Cooks, Waiters and Allied Workers.\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[2].name == "Union of Bakers, Cooks, Waiters and Allied Workers");
    // After the list's conjunction and an article, the name before the conjunction is a signer of
    // its own.
    auto const u = parse("Joint statement on the right to strike\n\nWe call on the Government of Amberland to withdraw "
                         "the anti-strike bill.\n\nThis statement is signed by Dune Watch, Coral Care and the Union of "
                         "Bakers, Cooks and Allied Workers (Kenya).\n")
                       .statement;
    REQUIRE(u.signatories.size() == 3);
    CHECK(u.signatories[1].name == "Coral Care");
    CHECK(u.signatories[2].name == "Union of Bakers, Cooks and Allied Workers");
    CHECK(u.signatories[2].country_code == std::optional<std::string>("KE"));
}
