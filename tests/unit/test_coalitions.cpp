// The coalition a statement speaks for, as its opening, headline or first paragraphs name it.
// Every organisation and place here is invented.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace civic;

TEST_CASE("coalition: named after a body of it ('members of the steering committee of the X')") {
    auto const s = parse(
                       "Statement by members of the steering committee and experts of the Lakeshore Civic Forum\n\n"
                       "The members of the steering committee and experts of the Lakeshore Civic Forum (LCF) condemn "
                       "the searches at the homes of three election observers in Pelham Vale.\n\n"
                       "We call on the prosecutor to return the seized computers.\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Lakeshore Civic Forum");
    CHECK(s.coalition->acronym == std::optional<std::string>("LCF"));
}

TEST_CASE("coalition: lower-case words alone name none ('members of civil society')") {
    auto const s = parse(
                       "Joint statement on the searches in Pelham Vale\n\n"
                       "We, members of civil society in Pelham Vale, condemn the searches at the homes of three "
                       "election observers.\n")
                       .statement;
    CHECK_FALSE(s.coalition.has_value());
}

TEST_CASE("coalition: the author a headline names after its kind ('Statement by the X Forum')") {
    auto const input = std::string("Statement by the Lakeshore Civic Forum\n\n"
                                   "The Lakeshore Civic Forum, a coalition of 28 civil society organisations, condemns "
                                   "the violent dispersal of a peaceful rally in Port Amber on 1 May 2026.\n\n"
                                   "The Lakeshore Civic Forum\n"
                                   "Port Amber, 3 May 2026\n");
    auto const s = parse(input).statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Lakeshore Civic Forum");
    CHECK(s.coalition->span.begin == input.find("Lakeshore"));
    // The signing line under the signer dates the statement and signs nothing.
    REQUIRE(s.signatories.size() == 1);
    CHECK(s.signatories[0].name == "The Lakeshore Civic Forum");
    REQUIRE(s.date.has_value());
    CHECK(s.date->day == 3);
    // A headline about someone else's words names no author: "Statement on …", "… by the police".
    CHECK_FALSE(parse("Statement on the raid by the Pelham Vale police\n\nWe, the undersigned, condemn the raid.\n")
                    .statement.coalition.has_value());
}

TEST_CASE("coalition: a headline's authors named by what they are are no coalition ('Joint Statement by Civil Society Organisations')") {
    for (auto const* headline : {"Joint Statement by Civil Society Organisations on the Assembly Bill",
                                 "JOINT STATEMENT BY CIVIL SOCIETY ORGANISATIONS FROM NORLAND AND PELHAM VALE"}) {
        CAPTURE(headline);
        auto const s = parse(std::string(headline) + "\n\nWe, the undersigned, condemn the Assembly Bill.\n\n"
                                                     "Signatories:\nAmber Lantern Association\nBirchwood Institute\n")
                           .statement;
        CHECK_FALSE(s.coalition.has_value());
    }
    // A word of an organisation's name beside the group's keeps it a name ("Coalition").
    auto const named = parse("Joint Statement by the Lakeshore Coalition of Civic Associations\n\n"
                             "We, the undersigned, condemn the Assembly Bill.\n")
                           .statement;
    REQUIRE(named.coalition.has_value());
    CHECK(named.coalition->name == "Lakeshore Coalition of Civic Associations");
}

TEST_CASE("coalition: a body of the network in the headline speaks for the network ('Statement of the Steering Committee of the X')") {
    auto const input = std::string("STATEMENT OF THE STEERING COMMITTEE OF THE LAKESHORE CIVIC FORUM\n\n"
                                   "The Steering Committee of the Lakeshore Civic Forum (LCF) expresses its solidarity with "
                                   "the people of Norland.\n\n"
                                   "We call upon the Norland authorities to stop the violence.\n");
    auto const s = parse(input).statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "LAKESHORE CIVIC FORUM");
    CHECK(s.coalition->acronym == std::optional<std::string>("LCF"));
    CHECK(input.substr(s.coalition->span.begin, s.coalition->span.end - s.coalition->span.begin) == "LAKESHORE CIVIC FORUM");
    // A body of a place is no network of its own: "the Helsinki Committee of Pelham Vale" is whole.
    auto const t = parse("Statement by the Helsinki Committee of Pelham Vale\n\n"
                         "The Helsinki Committee of Pelham Vale condemns the arrest of three activists.\n")
                       .statement;
    REQUIRE(t.coalition.has_value());
    CHECK(t.coalition->name == "Helsinki Committee of Pelham Vale");
}

TEST_CASE("coalition: a name after the word that says what it is ('membres du collectif ambre.tech', 'the coalition Stop Censorship')") {
    auto const fr = parse("Lettre ouverte\n\n"
                          "Nous, membres du collectif [ambre.tech](https://ambre.tech), demandons le retrait de la plainte "
                          "déposée par la présidence et l'abandon de toutes les procédures disciplinaires.\n\n"
                          "Signataires :\n- DUPONT Marie, enseignante\n- MARTIN Paul, étudiant\n")
                        .statement;
    REQUIRE(fr.coalition.has_value());
    CHECK(fr.coalition->name == "ambre.tech");
    auto const en = parse("Open letter\n\n"
                          "We, members of the coalition Stop Censorship, demand the withdrawal of the complaint against "
                          "the editors of the Port Amber Gazette.\n\n"
                          "Signatories:\n- Marie Dupont, lecturer\n- Paul Martin, student\n")
                        .statement;
    REQUIRE(en.coalition.has_value());
    CHECK(en.coalition->name == "Stop Censorship");
    // Words in lower case after the kind are no name.
    CHECK_FALSE(parse("Open letter\n\n"
                      "We, members of the network for human rights in Vell, demand the withdrawal of the complaint "
                      "against the editors of the Port Amber Gazette.\n\n"
                      "Signatories:\n- Marie Dupont, lecturer\n- Paul Martin, student\n")
                    .statement.coalition.has_value());
}

TEST_CASE("coalition: the members a call is made of are no coalition ('urge the members of the Council to …')") {
    auto const s = parse("Joint appeal on the situation in Veloria\n\n"
                         "We, the undersigned organisations, urge the members of the Lakeshore Rights Council to establish "
                         "an independent mechanism on Veloria.\n\nSignatories:\nAmber Lantern Association\nLens Watch\n")
                       .statement;
    CHECK_FALSE(s.coalition.has_value());
    // Named before the verb, they are the authors.
    auto const authors = parse("Joint appeal on the situation in Veloria\n\n"
                               "We, the undersigned members of the Lakeshore Civic Forum, urge the Council to establish "
                               "an independent mechanism on Veloria.\n")
                             .statement;
    REQUIRE(authors.coalition.has_value());
    CHECK(authors.coalition->name == "Lakeshore Civic Forum");
}

TEST_CASE("coalition: members by whom an act was done are no coalition ('the arrest of the lawyer by members of the X')") {
    auto const s = parse("Joint statement on the arrest of lawyer Mira Tallow\n\n"
                         "We, the undersigned organisations, condemn the arrest of the lawyer Mira Tallow by members of "
                         "the National Task Force on Internal Security on 18 May 2026.\n\n"
                         "Signed:\n\nAmber Lawyers Network\nCentre for Legal Empowerment\n")
                       .statement;
    CHECK_FALSE(s.coalition.has_value());
    // After the text's kind, they are its authors.
    for (std::string const headline : {"Joint statement by members of the Lakeshore Civic Forum on the arrest of lawyers",
                                       "Free the lawyers of Veloria: a statement by members of the Lakeshore Civic Forum"}) {
        auto const authors = parse(headline + "\n\n12 May 2026\n\nWe, the undersigned, call for the release of the lawyers.\n")
                                 .statement;
        CAPTURE(headline);
        REQUIRE(authors.coalition.has_value());
        CHECK(authors.coalition->name == "Lakeshore Civic Forum");
    }
}

TEST_CASE("coalitions: a name in quotation marks after a word of the name") {
    auto const s = parse("Statement of the Coalition \"Amber 5 AM\"\n\nThe Coalition calls on the Prosecutor General to "
                         "investigate the attack.\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Coalition \"Amber 5 AM\"");
    auto const t = parse("\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n\xD0\x9C\xD1\x8B, "
                         "\xD1\x87\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x8B \xD0\x9A\xD0\xBE\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB8\xD0"
                         "\xB8 \xC2\xAB\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB0 \xD1\x81\xD0\xB5\xD0\xB9\xD1\x87\xD0\xB0\xD1\x81"
                         "\xC2\xBB, \xD0\xBE\xD1\x81\xD1\x83\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xB5\xD0\xBC \xD0\xBD\xD0\xB0\xD0\xBF\xD0"
                         "\xB0\xD0\xB4\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5.\n")
                       .statement;
    REQUIRE(t.coalition.has_value());
    CHECK(t.coalition->name == "\xD0\x9A\xD0\xBE\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB8\xD0\xB8 \xC2\xAB\xD0\x9F\xD1\x80\xD0\xB0"
                               "\xD0\xB2\xD0\xB0 \xD1\x81\xD0\xB5\xD0\xB9\xD1\x87\xD0\xB0\xD1\x81\xC2\xBB");
}

TEST_CASE("coalitions: a headline's members speak at its start or after its kind word, not as those it is about") {
    auto const about = parse("Release the detained members of the Amber Water Users Council\n\n"
                             "We, the undersigned organisations, call on the authorities of Lakeshore to release them.\n")
                           .statement;
    CHECK_FALSE(about.coalition.has_value());
    auto const to = parse("Appeal of civil society organisations to the participants of the Amber Ministerial Council\n\n"
                          "We, the undersigned organisations, call on the Council to act.\n")
                        .statement;
    CHECK_FALSE(to.coalition.has_value());
    auto const by = parse("Statement issued by the members of the Lakeshore Civic Forum on the searches\n\n"
                          "The searches of the homes of three activists were carried out on 7 June.\n")
                        .statement;
    REQUIRE(by.coalition.has_value());
    CHECK(by.coalition->name == "Lakeshore Civic Forum");
}

TEST_CASE("coalitions: a name that goes on in lower case after its organisation word (ru, fr)") {
    // "Мы, члены Платформы гражданской солидарности, осуждаем …"
    auto const s = parse("\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n"
                         "\xD0\x9C\xD1\x8B, \xD1\x87\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x8B \xD0\x9F\xD0\xBB\xD0\xB0\xD1\x82\xD1\x84"
                         "\xD0\xBE\xD1\x80\xD0\xBC\xD1\x8B \xD0\xB3\xD1\x80\xD0\xB0\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBD\xD1\x81"
                         "\xD0\xBA\xD0\xBE\xD0\xB9 \xD1\x81\xD0\xBE\xD0\xBB\xD0\xB8\xD0\xB4\xD0\xB0\xD1\x80\xD0\xBD\xD0\xBE"
                         "\xD1\x81\xD1\x82\xD0\xB8, \xD0\xBE\xD1\x81\xD1\x83\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xB5\xD0\xBC "
                         "\xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5.\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "\xD0\x9F\xD0\xBB\xD0\xB0\xD1\x82\xD1\x84\xD0\xBE\xD1\x80\xD0\xBC\xD1\x8B \xD0\xB3\xD1\x80\xD0"
                               "\xB0\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBD\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 \xD1\x81\xD0\xBE\xD0\xBB"
                               "\xD0\xB8\xD0\xB4\xD0\xB0\xD1\x80\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8");
    auto const t = parse("D\xC3\xA9" "claration\n\nNous, membres de la Plateforme francophone des droits humains (PFDH), "
                         "condamnons l'arrestation des militants.\n")
                       .statement;
    REQUIRE(t.coalition.has_value());
    CHECK(t.coalition->name == "Plateforme francophone des droits humains");
    CHECK(t.coalition->acronym == std::optional<std::string>("PFDH"));
}

TEST_CASE("coalition: an adjective before the organisation word, where the acronym closes the name (ru)") {
    // "Мы, нижеподписавшиеся члены Гражданской платформы солидарности (ГПС), осуждаем задержания."
    auto const s = parse("\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n"
                         "\xD0\x9C\xD1\x8B, \xD0\xBD\xD0\xB8\xD0\xB6\xD0\xB5\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81"
                         "\xD0\xB0\xD0\xB2\xD1\x88\xD0\xB8\xD0\xB5\xD1\x81\xD1\x8F \xD1\x87\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x8B "
                         "\xD0\x93\xD1\x80\xD0\xB0\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBD\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 "
                         "\xD0\xBF\xD0\xBB\xD0\xB0\xD1\x82\xD1\x84\xD0\xBE\xD1\x80\xD0\xBC\xD1\x8B "
                         "\xD1\x81\xD0\xBE\xD0\xBB\xD0\xB8\xD0\xB4\xD0\xB0\xD1\x80\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 "
                         "(\xD0\x93\xD0\x9F\xD0\xA1), \xD0\xBE\xD1\x81\xD1\x83\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xB5\xD0\xBC "
                         "\xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F.\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->acronym == std::optional<std::string>("\xD0\x93\xD0\x9F\xD0\xA1"));  // ГПС
    CHECK(s.coalition->name.rfind("\xD0\x93\xD1\x80\xD0\xB0\xD0\xB6\xD0\xB4", 0) == 0);   // Гражд…
}

TEST_CASE("coalition: a body that governs it heads its members' names under the text ('The Steering Committee of X:')") {
    auto const s = parse("Statement on the arrest of Oren Vale\n\n21 April 2031\n\n"
                         "The Steering Committee of the Lakeshore Civic Coalition is deeply concerned by the arrest of "
                         "the lawyer Oren Vale on 18 April in Pelham Vale.\n\n"
                         "We call on the authorities to release Oren Vale immediately.\n\n"
                         "The Steering Committee of the Lakeshore Civic Coalition:\n"
                         "Mira Tallow\nAmber Lantern\nKetevan Birch\nOlga Dune\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Mira Tallow");
    CHECK(s.signatories[3].name == "Olga Dune");
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Lakeshore Civic Coalition");
    // Alone, in Russian: the members still sign.
    auto const r = parse("Заявление об аресте Олега Вале\n\n21 апреля 2031 г.\n\n"
                         "Мы глубоко обеспокоены арестом адвоката Олега Вале и призываем власти немедленно его "
                         "освободить.\n\n"
                         "Координационный совет:\n"
                         "Мира Таллоу\nАнна Берёзова\nКетеван Бирч\n")
                       .statement;
    CHECK(r.signatories.size() == 3);
    // A body named in the text, with prose under it, heads no list.
    auto const t = parse("Statement on the budget of the Amber Foundation\n\n"
                         "The Board of the Amber Foundation:\n\n"
                         "The board met on 3 May and decided to cut the grants to rural groups, a decision we call on "
                         "it to reverse before the next funding round begins in the autumn of this year.\n\n"
                         "Signatories:\nBirchwood Rights Centre\nCoral Bay Forum\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[0].name == "Birchwood Rights Centre");
}

TEST_CASE("coalition: a network that opens the text with its members ('X (XN) and its members condemn …')") {
    auto const s = parse("Joint statement: Free the journalists detained in Port Amber\n\n12 March 2031\n\n"
                         "The Coastal Press Freedom Network (CPFN) and its members condemn the arrest of four reporters "
                         "of the Amber Herald on 9 March and the seizure of their equipment.\n\n"
                         "We call on the authorities to release the four reporters immediately.\n\n"
                         "Signatories:\nBirchwood Media Watch\nCoral Journalists' Union\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Coastal Press Freedom Network");
    CHECK(s.coalition->acronym == std::optional<std::string>("CPFN"));
    // After a dateline, in French, a name that goes on in lower case.
    auto const f = parse("Déclaration sur les arrestations à Valmonde\n\n"
                         "Valmonde, le 8 janvier 2031 – La Plateforme citoyenne pour des élections apaisées (PCEA) et "
                         "ses membres dénoncent les arrestations d'opposants à la veille du scrutin présidentiel.\n\n"
                         "Nous demandons au Gouvernement de libérer les militants détenus.\n")
                       .statement;
    REQUIRE(f.coalition.has_value());
    CHECK(f.coalition->name == "Plateforme citoyenne pour des élections apaisées");
    CHECK(f.coalition->acronym == std::optional<std::string>("PCEA"));
    // A state and its members is no network of the authors' ("… the Council of Europe and its members").
    auto const t = parse("Statement on the detained reporters\n\n"
                         "We regret that the authorities and its members of staff ignored the appeal of the press.\n\n"
                         "We call on the authorities to release the reporters.\n\nSignatories:\nBirchwood Media Watch\nCoral Forum\n")
                       .statement;
    CHECK_FALSE(t.coalition.has_value());
}

TEST_CASE("coalition: the members gathered in it speak in the third person, in Russian genitive, in quotation marks, in capitals") {
    // "Les organisations … réunies au sein de la Plateforme …": the authors are a group of the
    // coalition's members that names itself, not "we".
    auto const f = parse("Accès à l'eau potable : les quartiers de Valmonde oubliés\n\nValmonde, le 22 mars 2031\n\n"
                         "Les organisations de la société civile réunies au sein de la Plateforme des citoyens pour l'eau "
                         "(PCEV) expriment leur vive préoccupation face aux coupures d'eau dans les quartiers de la ville.\n\n"
                         "La PCEV appelle la société des eaux à publier un calendrier de desserte.\n")
                       .statement;
    REQUIRE(f.coalition.has_value());
    CHECK(f.coalition->name == "Plateforme des citoyens pour l'eau");
    CHECK(f.coalition->acronym == std::optional<std::string>("PCEV"));
    // Two short words in a row inside a name in capitals: the acronym closes the whole name.
    auto const c = parse("Pour des élections apaisées à Valmonde\n\nValmonde, le 8 janvier 2031\n\n"
                         "Les organisations de la société civile réunies au sein de la Plateforme Citoyenne pour des "
                         "Élections Transparentes (PCET) expriment leur profonde inquiétude face aux arrestations.\n")
                       .statement;
    REQUIRE(c.coalition.has_value());
    CHECK(c.coalition->name == "Plateforme Citoyenne pour des Élections Transparentes");
    CHECK(c.coalition->acronym == std::optional<std::string>("PCET"));
    // Russian names the coalition in the genitive, its organisation word after an adjective.
    auto const r = parse("Заявление о преследовании правозащитников в Янтарной области\n\n15 января 2031 года\n\n"
                         "Мы, члены Гражданского форума Янтарь–Берёза, выражаем глубокую обеспокоенность уголовным "
                         "преследованием трёх сотрудников экологической организации.\n\n"
                         "Мы призываем освободить задержанных и прекратить уголовное дело.\n")
                       .statement;
    REQUIRE(r.coalition.has_value());
    CHECK(r.coalition->name == "Гражданского форума Янтарь–Берёза");
    // A name in quotation marks after the inflected word of what it is.
    auto const q = parse("Обращение к участникам переговоров о перемирии\n\n3 марта 2031 года\n\n"
                         "Мы, участники коалиции «Право на помощь», обращаемся к сторонам конфликта с требованием "
                         "обеспечить доступ гуманитарных конвоев в осаждённые районы.\n\n"
                         "Мы требуем немедленно открыть гуманитарные коридоры.\n")
                       .statement;
    REQUIRE(q.coalition.has_value());
    CHECK(q.coalition->name == "Право на помощь");
    // A French headline names its author after "du", in capitals.
    auto const h = parse("DÉCLARATION DU COLLECTIF DES ORGANISATIONS DE LA SOCIÉTÉ CIVILE POUR LES ÉLECTIONS (COSEV)\n\n"
                         "Valmonde, le 9 février 2031\n\n"
                         "Le COSEV constate que de nombreux primo-votants n'ont pas pu s'inscrire sur les listes.\n\n"
                         "Le COSEV demande à la Direction générale des élections de prolonger la révision de quinze jours.\n")
                       .statement;
    REQUIRE(h.coalition.has_value());
    CHECK(h.coalition->name == "COLLECTIF DES ORGANISATIONS DE LA SOCIÉTÉ CIVILE POUR LES ÉLECTIONS");
    CHECK(h.coalition->acronym == std::optional<std::string>("COSEV"));
    // Those a text reports on, gathered elsewhere, are not its authors.
    auto const t = parse("Valmonde : la grève des enseignants se poursuit\n\nValmonde, le 9 février 2031\n\n"
                         "Hier, deux enseignants réunis au sein de la Coordination des enseignants de Valmonde ont été "
                         "arrêtés devant le rectorat.\n\n"
                         "Nous demandons leur libération immédiate.\n")
                       .statement;
    CHECK_FALSE(t.coalition.has_value());
}

TEST_CASE("coalition: members the authors speak of are none ('condemn the detention of members of the movement X')") {
    // After the authors' verb, the members are those the sentence reports on: the detained.
    auto const s = parse("Joint Statement on the Detention of Activists in Amberland\n\n"
                         "We, the undersigned organisations, condemn the detention of eight members of the citizen "
                         "movement Coral Tide since 10 May 2031.\n\n"
                         "Signatories:\nLakeshore Civic Forum, Amberland\nBirchwood Rights League, Amberland\n")
                       .statement;
    CHECK_FALSE(s.coalition.has_value());
    auto const a = parse("Joint Statement on the Arrests in Amberland\n\n"
                         "We, the undersigned organisations, are alarmed by the arrest of six members of the Lake Basin "
                         "Water Committee on 2 March 2031.\n\n"
                         "Signatories:\nLakeshore Civic Forum, Amberland\nBirchwood Rights League, Amberland\n")
                       .statement;
    CHECK_FALSE(a.coalition.has_value());
    // An organ of the state that did the act is no network of the authors.
    auto const p = parse("Pronunciamiento\n\n"
                         "Las organizaciones firmantes condenamos la golpiza a dos periodistas por parte de miembros "
                         "de la Polic\xC3\xAD" "a Nacional en Puerto \xC3\x81mbar.\n\n"
                         "Firman: Red Lagos Abiertos; Red Coral.\n")
                       .statement;
    CHECK_FALSE(p.coalition.has_value());
    // A passive verb names its agent: the authors.
    auto const i = parse("Statement issued by the members of the Lakeshore Civic Forum in connection with the searches "
                         "in Pelham Vale\n\n"
                         "Today the police searched the homes of three election observers in Pelham Vale.\n\n"
                         "We call on the prosecutor to return the seized computers.\n")
                       .statement;
    REQUIRE(i.coalition.has_value());
    CHECK(i.coalition->name == "Lakeshore Civic Forum");
}

TEST_CASE("coalition: a network named by its acronym, its kind after it in lower case ('members of the ABCX network')") {
    for (std::string const opening :
         {"The undersigned members of the AMBEX network and partner organisations condemn the sentencing of the "
          "journalist Oren Vale to nine years in prison by the Port Coral City Court on 29 October 2031.",
          "The undersigned members of the AMBEX network condemn the sentencing.",
          "We, the undersigned members of the AMBEX network, condemn the sentencing."}) {
        auto const s = parse("Amberland: journalist sentenced to nine years\n\n" + opening +
                             "\n\nSigned:\nLakeshore Press Forum\nBirchwood Media Watch\n")
                           .statement;
        REQUIRE(s.coalition.has_value());
        CHECK(s.coalition->name == "AMBEX");
    }
    auto const t = parse("Joint statement on Amberland\n\n"
                         "We, the undersigned affiliates of the International Coral Union Confederation (ICUC), condemn "
                         "the sentencing.\n\nSigned:\nLakeshore Press Forum\nBirchwood Media Watch\n")
                       .statement;
    REQUIRE(t.coalition.has_value());
    CHECK(t.coalition->name == "International Coral Union Confederation");
}

TEST_CASE("coalition: the network the authors make, before its members ('We, the X, a coalition whose members are: A, B and C')") {
    auto const s = parse("Joint statement on the detention of journalists in Pelham Vale\n\n"
                         "We, the Amber Free Expression Network, a coalition whose members are: Birchwood Press Watch, "
                         "Coral Bay Media Centre and the Dune Association of Rural Journalists, condemn the detention "
                         "of three journalists in Pelham Vale.\n\n"
                         "We call on the authorities of Pelham Vale to release the journalists.\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Amber Free Expression Network");
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Birchwood Press Watch");
    CHECK(s.signatories[1].name == "Coral Bay Media Centre");
    CHECK(s.signatories[2].name == "Dune Association of Rural Journalists");
}

TEST_CASE("coalition: the network before the words of the tables that introduce its members, without a colon, in each language") {
    struct case_ {
        char const* text;
        char const* network;
        char const* first;
        char const* last;
    };
    case_ const cases[] = {
        {"Déclaration commune sur la liberté de la presse en Pelham Vale\n\n"
         "Nous, membres de la Coalition pour la presse libre de Pelham Vale, dont les membres sont la Ligue "
         "ambrée des droits civiques, l'Observatoire de Coralbaie et le Collectif Dune et Paix, dénonçons "
         "l'arrestation de trois journalistes.\n\n"
         "Nous demandons aux autorités de Pelham Vale de libérer les journalistes.\n",
         "Coalition pour la presse libre de Pelham Vale", "Ligue ambrée des droits civiques", "Collectif Dune et Paix"},
        {"Joint statement on the detention of journalists in Pelham Vale\n\n"
         "We, members of the Amber Shore Free Expression Coalition, whose members are Birchwood Press Watch, "
         "Coral Bay Media Centre and Dune Voices Foundation, condemn the detention of three journalists.\n\n"
         "We call on the authorities of Pelham Vale to release the journalists.\n",
         "Amber Shore Free Expression Coalition", "Birchwood Press Watch", "Dune Voices Foundation"},
        {"Declaración conjunta sobre la libertad de prensa en Pelham Vale\n\n"
         "Nosotros, la Red Ámbar de Periodistas, una coalición cuyos miembros son Fundación Voces de Coral, "
         "Centro de Medios Abedul y Asociación de Periodistas de la Duna, condenamos la detención de tres "
         "periodistas.\n\n"
         "Pedimos a las autoridades de Pelham Vale que liberen a los periodistas.\n",
         "Red Ámbar de Periodistas", "Fundación Voces de Coral", "Asociación de Periodistas de la Duna"},
        {"Совместное заявление о свободе прессы в Пелхэм-Вейле\n\n"
         "Мы, Янтарная сеть свободной прессы, коалиция, членами которой являются Фонд «Коралловые голоса», "
         "Центр медиа «Береза» и Ассоциация журналистов Дюны, осуждаем задержание трёх журналистов.\n\n"
         "Мы призываем власти Пелхэм-Вейла освободить журналистов.\n",
         "Янтарная сеть свободной прессы", "Фонд «Коралловые голоса»", "Ассоциация журналистов Дюны"},
    };
    for (auto const& c : cases) {
        CAPTURE(c.text);
        auto const s = parse(c.text).statement;
        REQUIRE(s.coalition.has_value());
        CHECK(s.coalition->name == c.network);
        REQUIRE(s.signatories.size() == 3);
        CHECK(s.signatories.front().name == c.first);
        CHECK(s.signatories.back().name == c.last);
    }
}

TEST_CASE("coalition: words of the tables that introduce members after a name read none where names stand before them") {
    // "A, B and the Coral Union, comprising …": capitals after the first comma, names and not
    // what a network is; the three are the signers as before.
    auto const s = parse("Joint statement on the detention of journalists in Pelham Vale\n\n"
                         "We, Amber Press Watch, Birchwood Media Centre and the Coral Union, comprising "
                         "journalists and editors, condemn the detention of three journalists.\n")
                       .statement;
    CHECK_FALSE(s.coalition.has_value());
}

TEST_CASE("coalition: a network that speaks in the third person for the members it introduces ('The X, whose members are A, B and C, condemns')") {
    auto const s = parse("Joint statement on the detention of journalists in Pelham Vale\n\n"
                         "The Amber Shore Free Expression Coalition, whose members are Birchwood Press Watch, Coral Bay "
                         "Media Centre and Dune Voices Foundation, condemns the detention of three journalists.\n\n"
                         "The coalition calls on the authorities of Pelham Vale to release the journalists.\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Amber Shore Free Expression Coalition");
    REQUIRE(s.signatories.size() == 3);
    CHECK(s.signatories[0].name == "Birchwood Press Watch");
    CHECK(s.signatories[2].name == "Dune Voices Foundation");
}
