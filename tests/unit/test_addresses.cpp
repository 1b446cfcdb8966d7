// Whom a statement addresses outside its lists of calls: its headline, address lines over the
// text, calls made in paragraphs. Every organisation, person and place here is invented.
#include <civic/civic.hpp>
#include <civic/recognise/addresses.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

std::optional<std::string> in_headline(std::string_view headline) {
    auto const r = recognise::headline_addressee(headline);
    if (!r) return std::nullopt;
    return std::string(headline.substr(r->begin, r->end - r->begin));
}

std::optional<std::string> in_address_line(std::string_view line) {
    auto const r = recognise::address_line_addressee(line);
    if (!r) return std::nullopt;
    return std::string(line.substr(r->begin, r->end - r->begin));
}

std::vector<std::string> in_paragraph(std::string_view paragraph, std::string_view author = {}) {
    std::vector<std::string> out;
    for (auto const r : recognise::paragraph_addressees(paragraph, author))
        out.emplace_back(paragraph.substr(r.begin, r.end - r.begin));
    return out;
}

using strings = std::vector<std::string>;
using civic_test::call_texts;

}  // namespace

TEST_CASE("addresses: a headline's addressee ends where its topic begins") {
    CHECK(in_headline("Open letter to the European Commission on the Digital Rights Package") ==
          std::optional<std::string>("the European Commission"));
    CHECK(in_headline("OPEN LETTER TO THE LAKESHORE PARLIAMENT ON THE DRAFT LAW ON ASSOCIATIONS") ==
          std::optional<std::string>("THE LAKESHORE PARLIAMENT"));
    CHECK(in_headline("Open Appeal to the President of Pelham Vale from human rights organisations") ==
          std::optional<std::string>("the President of Pelham Vale"));
    CHECK(in_headline("Lettre ouverte à la présidence de l'Université de Port-Ambre : la plainte doit être retirée") ==
          std::optional<std::string>("la présidence de l'Université de Port-Ambre"));
    CHECK(in_headline("Обращение к Президенту Пеламской Республики о помиловании журналистов") ==
          std::optional<std::string>("Президенту Пеламской Республики"));
    CHECK(in_headline("Открытое письмо Президенту Пеламской Республики о помиловании") ==
          std::optional<std::string>("Президенту Пеламской Республики"));
    CHECK(in_headline("Offener Brief an die Landesregierung zur Abschiebungspraxis") ==
          std::optional<std::string>("die Landesregierung"));
    CHECK(in_headline("Joint statement to the UN Human Rights Council (61st session)") ==
          std::optional<std::string>("the UN Human Rights Council"));
}

TEST_CASE("addresses: a headline's demand on its subject ('X must …')") {
    auto const in_obligation = [](std::string_view headline) -> std::optional<std::string> {
        auto const r = recognise::headline_obligation_addressee(headline);
        if (!r) return std::nullopt;
        return std::string(headline.substr(r->begin, r->end - r->begin));
    };
    CHECK(in_obligation("Norvia: the authorities must release the eleven observers") == "the authorities");
    CHECK(in_obligation("PUBLIC DEVELOPMENT BANKS MUST DELIVER ON THE WORLD WE WANT") == "PUBLIC DEVELOPMENT BANKS");
    CHECK(in_obligation("Declaración conjunta: México debe proteger a las personas defensoras") == "México");
    CHECK(in_obligation("Власти Пеламщины должны прекратить преследование журналистов") == "Власти Пеламщины");
    CHECK(in_obligation("Joint statement \xE2\x80\x93 Pelham Vale must free its lawyers") == "Pelham Vale");
    // The authors, a passive, a modal with nothing after it: no one asked.
    CHECK_FALSE(in_obligation("We must not stay silent about Pelham Vale"));
    CHECK_FALSE(in_obligation("Human rights must be respected in Pelham Vale"));
    CHECK_FALSE(in_obligation("Why the law must"));
    CHECK_FALSE(in_obligation("Must the press be silent?"));
    // In a statement, only where nothing over the text names the reader.
    auto const s = parse("Norvia must free its lawyers\n\nWe, the undersigned organisations, condemn the arrest of six "
                         "lawyers.\n")
                       .statement;
    REQUIRE(s.addresses.size() == 1);
    CHECK(s.addresses[0].addressee == "Norvia");
    CHECK(s.addresses[0].source == address_source::headline);
    auto const letter = parse("Norvia must free its lawyers\n\nTo: The Minister of Justice of Norvia\n\n"
                              "We, the undersigned organisations, condemn the arrest of six lawyers.\n")
                            .statement;
    CHECK(letter.addressees() == strings{"The Minister of Justice of Norvia"});
}

TEST_CASE("addresses: a headline that names a letter by its reader, without a kind word, names whom it is addressed to") {
    CHECK(in_headline("Letter to the Minister of Justice on the detention of Teo Marlow") ==
          std::optional<std::string>("the Minister of Justice"));
    CHECK(in_headline("Investor expectations on digital rights: letter to Telvora Group") ==
          std::optional<std::string>("Telvora Group"));
    // Further on in a headline, the words name a letter the headline reports on.
    CHECK_FALSE(in_headline("Unions of Port Amber and the dockers send a letter to the minister"));
    auto const s = parse("Letter to the Minister of Justice on the detention of Teo Marlow\n\n4 May 2026\n\nDear Minister,\n\n"
                         "We ask you to release Teo Marlow, a lawyer detained since March.\n\nYours sincerely,\n\n"
                         "Amber Legal Aid Centre\n")
                       .statement;
    CHECK(s.addressees() == strings{"the Minister of Justice"});
    // Over the reader's name and office, the office the headline names is that reader: one.
    auto const named = parse("Letter to the Minister of Justice of Norland regarding the case of Teo Marlow\n\n3 May 2026\n\n"
                             "H.E. Mr. Oren Talbot\nMinister of Justice of Norland\n24a Harbour Street\nPort Amber 0114, Norland\n\n"
                             "Dear Minister,\n\nWe ask you to release Teo Marlow.\n\nSincerely,\n\nAmber Legal Aid Centre\n")
                           .statement;
    CHECK(named.addressees() == strings{"H.E. Mr. Oren Talbot, Minister of Justice of Norland"});
}

TEST_CASE("addresses: a headline without a kind word and an opener names no one") {
    CHECK_FALSE(in_headline("Free Aram Tevosyan now"));
    CHECK_FALSE(in_headline("Joint statement on the arrest of journalists to be released"));  // a topic first
    CHECK_FALSE(in_headline("Appeal to reason in the debate on associations"));              // not a name
    CHECK_FALSE(in_headline("Statement: to the barricades"));
}

TEST_CASE("addresses: an address line without its preposition and punctuation") {
    CHECK(in_address_line("To: Permanent Representatives of Member States of the UN Human Rights Council") ==
          std::optional<std::string>("Permanent Representatives of Member States of the UN Human Rights Council"));
    CHECK(in_address_line("To the Minister of Justice of Pelham Vale") ==
          std::optional<std::string>("the Minister of Justice of Pelham Vale"));
    CHECK(in_address_line("Al pueblo de Puerto Ámbar,") == std::optional<std::string>("pueblo de Puerto Ámbar"));
    CHECK(in_address_line("Aux organisations paysannes,") == std::optional<std::string>("organisations paysannes"));
    CHECK(in_address_line("Президенту Пеламской Республики") ==
          std::optional<std::string>("Президенту Пеламской Республики"));
    CHECK(in_address_line("An die Bürgermeisterin der Stadt Seeburg") ==
          std::optional<std::string>("die Bürgermeisterin der Stadt Seeburg"));
}

TEST_CASE("addresses: greetings, sentences and lines that only open with 'to' are no address") {
    CHECK_FALSE(in_address_line("Dear Minister,"));
    CHECK_FALSE(in_address_line("Sehr geehrte Frau Ministerin,"));
    CHECK_FALSE(in_address_line("To mark the International Day of the Disappeared"));
    CHECK_FALSE(in_address_line("To the authorities of Pelham Vale we say: enough."));
    CHECK_FALSE(in_address_line("Port Amber, 3 May 2026"));
}

TEST_CASE("addresses: the calls a paragraph makes where its authors speak") {
    CHECK(in_paragraph("A proposal threatens journalistic freedom. We, the undersigned, urge the Department of "
                       "Civic Affairs to drop this proposal. The visa is required for all foreign journalists.") ==
          strings{"the Department of Civic Affairs"});
    CHECK(in_paragraph("\xE2\x80\x9CWe urge the Lakeshore Parliament to amend the law,\xE2\x80\x9D said the director.") ==
          strings{"the Lakeshore Parliament"});
    CHECK(in_paragraph("Today, on the Day of radio and TV workers, we urge media workers to join the movement.") ==
          strings{"media workers"});
    CHECK(in_paragraph("We demand from the law enforcement bodies to take immediate measures.") ==
          strings{"the law enforcement bodies"});
    CHECK(in_paragraph("We call on all political forces, and other entities and initiatives, as well as individual "
                       "citizens to show restraint and exclude any harassment against the media.") ==
          strings{"all political forces, and other entities and initiatives, as well as individual citizens"});
    CHECK(in_paragraph("Wir fordern die Landesregierung auf, die Abschiebungen sofort auszusetzen.") ==
          strings{"die Landesregierung"});
    CHECK(in_paragraph("Nous appelons les autorités de Valmont à retirer le projet de loi.") ==
          strings{"les autorités de Valmont"});
    CHECK(in_paragraph("The undersigned organisations call on the Parliament of Pelham Vale to reject the draft law "
                       "and urge its international partners to monitor the situation.") ==
          strings{"the Parliament of Pelham Vale", "its international partners"});
    CHECK(in_paragraph("Les organisations soussignées appellent le Parlement à rejeter le projet.") ==
          strings{"le Parlement"});
    CHECK(in_paragraph("We therefore ask the Commission to withdraw the package and urge Member States to reject it.") ==
          strings{"the Commission", "Member States"});
}

TEST_CASE("addresses: calls for something, and calls the authors report, name no addressee") {
    CHECK(in_paragraph("We call for the release of Tariq Osmani and for an end to the trial.").empty());
    CHECK(in_paragraph("The opposition urged the Government to resign after the vote.").empty());
    CHECK(in_paragraph("We demand the release of all detainees and call on the courts to review their cases.") ==
          strings{"the courts"});
}

TEST_CASE("addresses: a statement names whom it addresses, from its headline to its paragraphs, in order") {
    auto const input = std::string(
        "Open letter to the Lakeshore Parliament on the draft law on associations\n\n"
        "To: Members of the Lakeshore Parliament\n\n"
        "We, the undersigned organisations, write to express our concern about the draft law on associations, which "
        "would require every association funded from abroad to register as a foreign agent.\n\n"
        "We urge the members of Parliament to reject the draft law in its first reading, and we call on the "
        "Government to withdraw it.\n\n"
        "Signatories:\n"
        "Lakeshore Civic Forum\n"
        "Pelham Vale Human Rights Centre\n");
    auto const s = parse(input).statement;
    REQUIRE(s.addresses.size() == 4);
    CHECK(s.addresses[0].addressee == "the Lakeshore Parliament");
    CHECK(s.addresses[0].source == address_source::headline);
    CHECK(s.addresses[1].addressee == "Members of the Lakeshore Parliament");
    CHECK(s.addresses[1].source == address_source::address_line);
    CHECK(s.addresses[2].addressee == "the members of Parliament");
    CHECK(s.addresses[2].source == address_source::paragraph);
    CHECK(s.addresses[3].addressee == "the Government");
    for (auto const& a : s.addresses)
        CHECK(input.substr(a.span.begin, a.span.end - a.span.begin) == a.addressee);
    CHECK(s.addressees() == strings{"the Lakeshore Parliament", "Members of the Lakeshore Parliament",
                                    "the members of Parliament", "the Government"});
    // The address line is no paragraph of the body; its bytes are the outline's "addressee".
    for (auto const& p : s.paragraphs) CHECK(p.text.find("To: Members") == std::string::npos);
    bool outlined = false;
    for (auto const& e : s.outline) outlined = outlined || (e.role == block_role::addressee && e.span.begin == input.find("To: Members"));
    CHECK(outlined);
    CHECK(s.call_groups.empty());
}

TEST_CASE("addresses: an addressee's span points into the input where a paragraph's lines were joined") {
    auto const input = std::string(
        "Joint statement on the searches in Pelham Vale\n\n"
        "We, the undersigned organisations, condemn the searches. We call on\n"
        "the   Prosecutor General of Pelham Vale to return the seized computers.\n");
    auto const s = parse(input).statement;
    REQUIRE(s.addresses.size() == 1);
    CHECK(s.addresses[0].addressee == "the Prosecutor General of Pelham Vale");
    CHECK(input.substr(s.addresses[0].span.begin, s.addresses[0].span.end - s.addresses[0].span.begin) ==
          "the   Prosecutor General of Pelham Vale");
}

TEST_CASE("addresses: two addressees of one call, joined by 'as well as'") {
    CHECK(in_paragraph("We call on the authorities of Pelham Vale, as well as on all the groups staking claims on "
                       "power, to respect the rights of protesters.") ==
          strings{"the authorities of Pelham Vale", "all the groups staking claims on power"});
    auto const s = parse("Joint statement on the crisis in Pelham Vale\n\n"
                         "We call on the authorities of Pelham Vale, as well as on all the groups staking claims on "
                         "power, to:\n"
                         "- end the violence;\n"
                         "- release the detained protesters.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == strings{"the authorities of Pelham Vale", "all the groups staking claims on power"});
}

TEST_CASE("addresses: an addressee does not run into the next sentence") {
    // "call for" names no one; the "to" of the next sentence is not the end of an addressee.
    CHECK(in_paragraph("We call for the return of constitutional order in Pelham Vale. As civil society we reiterate "
                       "that the transition must adhere to the Constitution.")
              .empty());
    CHECK(in_paragraph("We urge the U.S. Department of Civic Affairs to drop this proposal.") ==
          strings{"the U.S. Department of Civic Affairs"});
}

TEST_CASE("addresses: a run of address lines, the last without its comma") {
    auto const s = parse("Al pueblo de Puerto Ámbar,\n"
                         "A las autoridades sanitarias,\n"
                         "A los medios de comunicación\n\n"
                         "Las organizaciones firmantes, reunidas en Puerto Ámbar, exigimos al gobierno que garantice "
                         "el acceso al agua potable en todas las comunidades de la región durante la emergencia.\n")
                       .statement;
    std::vector<std::string> lines;
    for (auto const& a : s.addresses)
        if (a.source == address_source::address_line) lines.push_back(a.addressee);
    CHECK(lines == strings{"pueblo de Puerto Ámbar", "las autoridades sanitarias", "los medios de comunicación"});
}

TEST_CASE("addresses: a topic is told in the headline's own language") {
    // "de la" opens a topic in Romanian; in French it is part of the name.
    CHECK(in_headline("Lettre ouverte au Président de la République de Valmont sur la loi relative aux associations") ==
          std::optional<std::string>("Président de la République de Valmont"));
    // An address line under a kind label ends where its topic begins, and keeps its commas.
    CHECK(in_address_line("to the Parliament of Moldavia on the draft law on foreign agents") ==
          std::optional<std::string>("the Parliament of Moldavia"));
    CHECK(in_address_line("To: Ms. Hana Stoll, EU Special Representative for Human Rights") ==
          std::optional<std::string>("Ms. Hana Stoll, EU Special Representative for Human Rights"));
    CHECK(in_address_line("Pan insp. Zbigniew Marek") == std::optional<std::string>("Pan insp. Zbigniew Marek"));
}

TEST_CASE("addresses: where no word marks the infinitive, the addressee ends at the word before it") {
    CHECK(in_paragraph("Призываем Московский городской суд при рассмотрении апелляции учесть нормы Конвенции.") ==
          strings{"Московский городской суд"});
    CHECK(in_paragraph("Мы призываем власти Пеламской области немедленно освободить задержанных.") ==
          strings{"власти Пеламской области"});
    CHECK(in_paragraph("Закликаємо Верховну Раду скасувати це рішення.") == strings{"Верховну Раду"});
    CHECK(in_paragraph("Ми закликаємо Верховну Раду України не ухвалювати законопроєкт № 1234.") ==
          strings{"Верховну Раду України"});
    CHECK(in_paragraph("Призываем власти Пеламской области срочно освободить задержанных.") ==
          strings{"власти Пеламской области"});
    CHECK(in_paragraph("Мы требуем от властей Пеламской области прекратить преследование.") ==
          strings{"властей Пеламской области"});
    // Without an infinitive, the words say what is asked for, not of whom.
    CHECK(in_paragraph("Мы требуем освобождения всех задержанных журналистов.").empty());
    CHECK(in_paragraph("Призываем освободить всех задержанных.").empty());
    CHECK(in_paragraph("Мы требуем немедленно освободить его и прекратить преследование.").empty());
}

TEST_CASE("addresses: a verb that takes its addressee after a preposition ('demander à X de', 'exigir al X la')") {
    CHECK(in_paragraph("Nous demandons au gouvernement de Valmont de retirer le projet de loi.") ==
          strings{"gouvernement de Valmont"});
    CHECK(in_paragraph("Nous demandons aux autorités de la République de libérer les détenus.") ==
          strings{"autorités de la République"});
    CHECK(in_paragraph("Nous demandons à la présidence de l'Université de retirer sa plainte.") ==
          strings{"la présidence de l'Université"});
    CHECK(in_paragraph("Exigimos al gobierno del estado de San Lorenzo la liberación inmediata de los defensores.") ==
          strings{"gobierno del estado de San Lorenzo"});
    CHECK(in_paragraph("Exigimos a las autoridades su liberación inmediata y el fin del acoso.") ==
          strings{"las autoridades"});
    CHECK(in_paragraph("Pedimos al Alto Comisionado para los Derechos Humanos la apertura de una investigación.") ==
          strings{"Alto Comisionado para los Derechos Humanos"});
    CHECK(in_paragraph("Llamamos a la más amplia solidaridad con los detenidos.").empty());
    CHECK(in_paragraph("Nous vous demandons de fermer ce centre et de garantir l'accès des avocats.").empty());
    CHECK(in_paragraph("Nous demandons au maire de Valbrume de revenir sur sa décision.") == strings{"maire de Valbrume"});
    // Nothing asked of anyone: "de la libération" is what is asked for.
    CHECK(in_paragraph("Nous demandons la libération immédiate de Karim Benali.").empty());
}

TEST_CASE("addresses: 'and on X to:' under a call's items goes on with the call, to another addressee") {
    auto const s = parse("Joint statement on the attack on journalists\n\n"
                         "We call on the Minister of Interior to:\n"
                         "a) open an investigation into the attack;\n"
                         "b) bring those responsible to justice;\n"
                         "and on the Prosecutor General to:\n"
                         "c) ensure that the investigation is independent.\n\n"
                         "Signed by:\n"
                         "Lakeshore Press Club\n"
                         "Pelham Vale Union of Journalists\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 2);
    CHECK(s.call_groups[1].addressees == strings{"the Prosecutor General"});
    REQUIRE(s.call_groups[1].calls.size() == 1);
    CHECK(s.call_groups[1].calls[0].text == "ensure that the investigation is independent.");
    CHECK(s.call_groups[1].calls[0].addressee == std::optional<std::string>("the Prosecutor General"));
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("addresses: a kind label whose headline goes on in lower case over two lines") {
    auto const input = std::string("ЗВЕРНЕННЯ\n"
                                   "правозахисних організацій Пеламщини до Верховної Ради Пеламщини\n"
                                   "щодо законопроєкту № 5678\n\n"
                                   "Ми, представники громадських організацій, закликаємо народних депутатів не підтримувати "
                                   "законопроєкт № 5678.\n");
    auto const s = parse(input).statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "ЗВЕРНЕННЯ правозахисних організацій Пеламщини до Верховної Ради Пеламщини щодо "
                           "законопроєкту № 5678");
    REQUIRE_FALSE(s.addresses.empty());
    CHECK(s.addresses[0].addressee == "Верховної Ради Пеламщини");
    CHECK(s.addresses[0].source == address_source::headline);
    CHECK(input.substr(s.addresses[0].span.begin, s.addresses[0].span.end - s.addresses[0].span.begin) ==
          "Верховної Ради Пеламщини");
}

TEST_CASE("addresses: an addressee opened by a preposition ends where what is asked for opens ('do Sejmu o')") {
    CHECK(in_paragraph("Apelujemy do Sejmu o odrzucenie projektu w pierwszym czytaniu.") == strings{"Sejmu"});
    CHECK(in_paragraph("Apelujemy do Rady Miasta Seeburg w sprawie ochrony parku.") == strings{"Rady Miasta Seeburg"});
    // No preposition that opens an addressee: nothing named.
    CHECK(in_paragraph("Apelujemy o odrzucenie projektu.").empty());
}

TEST_CASE("addresses: what is asked for after 'do X o' holds a later 'do', which ends no addressee") {
    // The preposition that opens the addressee is also the infinitive marker ("do"): the topic
    // marker ("o") ends the addressee, and the "do" in what is asked is part of it.
    CHECK(in_paragraph("Apelujemy do Stra\xC5\xBCy Granicznej o zapewnienie dost\xC4\x99pu do procedury azylowej.") ==
          strings{"Stra\xC5\xBCy Granicznej"});
    CHECK(in_paragraph("Apelujemy do Rzecznika Praw Obywatelskich o skierowanie skarg do s\xC4\x85" "d\xC3\xB3w.") ==
          strings{"Rzecznika Praw Obywatelskich"});
    // A marker before the topic still ends the addressee; English names with "on" run on.
    CHECK(in_paragraph("Wzywamy rz\xC4\x85" "d do wycofania projektu ustawy o zgromadzeniach.") == strings{"rz\xC4\x85" "d"});
    CHECK(in_paragraph("We appeal to the Committee on Economic, Social and Cultural Rights to review the law.") ==
          strings{"the Committee on Economic, Social and Cultural Rights"});
    CHECK(in_paragraph("We appeal to the Special Rapporteur on the situation of human rights defenders to visit Pelham.") ==
          strings{"the Special Rapporteur on the situation of human rights defenders"});
}

TEST_CASE("addresses: 'do X o … oraz do Y o …' asks two addressees, each for its own") {
    CHECK(in_paragraph("Apelujemy do Krajowej Rady Radiofonii i Telewizji o przywr\xC3\xB3" "cenie pluralizmu oraz do Sejmu o "
                       "uchwalenie nowej ustawy.") == strings{"Krajowej Rady Radiofonii i Telewizji", "Sejmu"});
    // More of what is asked, in lower case, names no one.
    CHECK(in_paragraph("Apelujemy do Stra\xC5\xBCy Granicznej o zapewnienie dost\xC4\x99pu do procedury azylowej oraz do "
                       "informacji o prawach.") == strings{"Stra\xC5\xBCy Granicznej"});
}

TEST_CASE("addresses: a call group's addressee ends where what is asked opens, before its colon") {
    // "з закликом", "с призывом", "z apelem" (with the call) and a topic ("щодо") are no part of
    // whom the items are asked of.
    for (auto const& [introduction, addressee] :
         {std::pair{"Звертаємося до Міністерства закордонних справ Пеламщини з закликом:", "Міністерства закордонних справ Пеламщини"},
          std::pair{"Звертаємося до Верховної Ради Пеламщини щодо законопроєкту № 5678:", "Верховної Ради Пеламщини"},
          std::pair{"Обращаемся к Министерству юстиции Пеламщины с призывом:", "Министерству юстиции Пеламщины"},
          std::pair{"Zwracamy się do Rady Miasta Seeburg z apelem:", "Rady Miasta Seeburg"},
          // "Les instamos a:": the marker alone names no one (the pronoun stands before the verb).
          std::pair{"Les instamos a:", ""}}) {
        std::string const intro = introduction;
        CAPTURE(intro);
        auto const s = parse(intro + "\n- первое требование к властям;\n- второе требование к властям.\n").statement;
        REQUIRE(s.call_groups.size() == 1);
        CHECK(s.call_groups[0].addressees == (*addressee ? strings{addressee} : strings{}));
    }
}

TEST_CASE("addresses: 'you' in a letter is the reader it names over its text") {
    auto const letter = [](std::string const& over) {
        return parse(over +
                     "Dear Ministers,\n\n"
                     "We, the undersigned organisations, write to urge you to act before the vote on 4 June.\n\n"
                     "Specifically, we urge you to:\n"
                     "1. reject the draft law on foreign agents;\n"
                     "2. consult civil society before any new proposal.\n")
            .statement;
    };
    // One reader: the calls are asked of it, and it is named once, in the first spelling.
    auto const one = letter("Open letter to the ministers of Pelham Vale\n\nTo: The Ministers of Pelham Vale\n\n");
    REQUIRE(one.call_groups.size() == 1);
    CHECK(one.call_groups[0].addressees == strings{"The Ministers of Pelham Vale"});
    for (auto const& c : one.call_groups[0].calls) CHECK(c.addressee == "The Ministers of Pelham Vale");
    CHECK(one.addressees() == strings{"the ministers of Pelham Vale"});
    // Two readers over the text: the group is asked of both, and so is each call.
    auto const two = letter("To: Mira Tallow, Minister of Justice\nTo: Oren Vale, Minister of the Interior\n\n");
    REQUIRE(two.call_groups.size() == 1);
    strings const both{"Mira Tallow, Minister of Justice", "Oren Vale, Minister of the Interior"};
    CHECK(two.call_groups[0].addressees == both);
    CHECK(two.call_groups[0].calls[0].addressee == both.back());
    CHECK(two.call_groups[0].calls[0].addressees == both);
    CHECK(two.addressees() == both);
    // "we urge you as soon as possible to sign": the pronoun first, and no name after it.
    auto const soon = parse("To: The President of Pelham Vale\n\nDear Mr President,\n\n"
                            "We, the undersigned organisations, urge you as soon as possible to sign the law.\n")
                          .statement;
    REQUIRE(soon.addresses.size() == 1);
    CHECK(soon.addresses[0].source == address_source::address_line);
    // No reader named over the text: the greeting names it ("Dear Ministers,").
    auto const greeted = letter("");
    REQUIRE(greeted.call_groups.size() == 1);
    CHECK(greeted.call_groups[0].addressees == strings{"Ministers"});
    // Russian: "Вас" is the reader of "Генеральному прокурору …".
    auto const ru = parse("Генеральному прокурору Республики Пеламщина\n\n"
                          "Уважаемый господин Генеральный прокурор!\n\n"
                          "Мы, нижеподписавшиеся организации, призываем Вас:\n"
                          "- прекратить уголовное преследование журналистов;\n"
                          "- освободить задержанных.\n")
                        .statement;
    REQUIRE(ru.call_groups.size() == 1);
    CHECK(ru.call_groups[0].addressees == strings{"Генеральному прокурору Республики Пеламщина"});
}

TEST_CASE("addresses: 'your government' in a letter is the reader it names over its text") {
    auto const letter = [](std::string const& over, std::string const& asked) {
        return parse(over + "We, the undersigned organisations, write about the draft law on associations.\n\n" + asked +
                     "\n1. Withdraw the draft law;\n2. Consult civil society before any new proposal.\n")
            .statement;
    };
    auto const en = letter("Open letter on the draft NGO law\n\nH.E. Aren Vale\nPrime Minister of Pelham Vale\n\n"
                           "Dear Prime Minister Vale,\n\n",
                           "We urge your government to:");
    REQUIRE(en.call_groups.size() == 1);
    strings const reader{"H.E. Aren Vale, Prime Minister of Pelham Vale"};
    CHECK(en.call_groups[0].addressees == reader);
    for (auto const& c : en.call_groups[0].calls) CHECK(c.addressee == reader.front());
    auto const fr = parse("Lettre ouverte sur le projet de loi sur les associations\n\n"
                          "À : Monsieur le Premier ministre de la Pelhamie\n\n"
                          "Nous, organisations soussignées, vous écrivons au sujet du projet de loi sur les associations.\n\n"
                          "Nous appelons votre gouvernement à :\n"
                          "1. retirer le projet de loi ;\n2. consulter la société civile avant toute nouvelle proposition.\n")
                        .statement;
    REQUIRE(fr.call_groups.size() == 1);
    CHECK(fr.call_groups[0].addressees == strings{"Monsieur le Premier ministre de la Pelhamie"});
    // A letter that names no reader keeps the words as written.
    auto const unnamed = letter("Open letter on the draft NGO law\n\n", "We urge your government to:");
    REQUIRE(unnamed.call_groups.size() == 1);
    CHECK(unnamed.call_groups[0].addressees == strings{"your government"});
}

TEST_CASE("addresses: the office under an addressee's name is the addressee's") {
    auto const s = parse("Pan Marek Wiśniewski\n\nMinister Spraw Wewnętrznych Pelamii\n\n"
                         "Pani Anna Zielińska\n\nKomendant Główny Policji Pelamii\n\n"
                         "Szanowny Panie Ministrze,\n\n"
                         "Centrum Monitoringu Wolności Prasy wyraża zaniepokojenie zatrzymaniem dziennikarzy.\n")
                       .statement;
    REQUIRE(s.addresses.size() == 2);
    CHECK(s.addresses[0].addressee == "Pan Marek Wiśniewski, Minister Spraw Wewnętrznych Pelamii");
    CHECK(s.addresses[1].addressee == "Pani Anna Zielińska, Komendant Główny Policji Pelamii");
    CHECK(s.addresses[1].source == address_source::address_line);
    // A run of address lines is each its own; a copy line is no office.
    auto const run = parse("Al pueblo de Pelamia,\nA los medios de comunicación,\nAl Sr. Presidente de Pelamia\n"
                           "Cc: Comisión Nacional de Derechos Humanos\n\n"
                           "Las organizaciones abajo firmantes exigimos la liberación de los defensores detenidos.\n")
                         .statement;
    std::vector<std::string> names;
    for (auto const& a : run.addresses)
        if (a.source == address_source::address_line) names.push_back(a.addressee);
    CHECK(names == strings{"pueblo de Pelamia", "los medios de comunicación", "Sr. Presidente de Pelamia"});
}

TEST_CASE("addresses: the authors' verb after a long subject ('Las organizaciones y personas abajo firmantes exigimos')") {
    CHECK(in_paragraph("Las organizaciones y personas abajo firmantes exigimos al gobierno de Pelamia la liberación "
                       "inmediata de los defensores.") == strings{"gobierno de Pelamia"});
    // Eight words on, a verb is the sentence's, not its authors' opening.
    CHECK(in_paragraph("Según el informe de la comisión de la ONU sobre Pelamia exigimos al gobierno la liberación.").empty());
}

TEST_CASE("addresses: a network that speaks of itself ('The Coalition urges X to …')") {
    CHECK(in_paragraph("The Coalition urges the Central Election Commission to investigate all reported violations.",
                       "coalition") == strings{"the Central Election Commission"});
    // Without the network's word, a third party's call names no addressee of the statement.
    CHECK(in_paragraph("The Coalition urges the Central Election Commission to investigate all reported violations.")
              .empty());
    auto const s = parse("Statement of the Pelham Vale Coalition for Free Elections\n\n"
                         "The Pelham Vale Coalition for Free Elections, a network of 25 civil society organisations, "
                         "notes with concern numerous violations during the municipal elections.\n\n"
                         "The Coalition urges the Central Election Commission to investigate all reported violations "
                         "and calls on the prosecutor's office to open criminal cases.\n")
                       .statement;
    CHECK(s.addressees() == strings{"the Central Election Commission", "the prosecutor's office"});
}

TEST_CASE("addresses: Spanish calls 'a X para que …'") {
    CHECK(in_paragraph("Hacemos un llamado a la Asamblea Legislativa para que derogue la ley y al Poder Ejecutivo para "
                       "que se abstenga de aplicarla.") ==
          strings{"la Asamblea Legislativa", "Poder Ejecutivo"});
}

TEST_CASE("addresses: the call verb after a long Cyrillic subject") {
    CHECK(in_paragraph("Ми, нижчепідписані українські правозахисні організації, закликаємо Кабінет Міністрів України "
                       "невідкладно ухвалити постанову.") == strings{"Кабінет Міністрів України"});
}

TEST_CASE("addresses: the authors named as the signing organisations ('Les organisations signataires demandent …')") {
    CHECK(in_paragraph("Les organisations signataires demandent au gouvernement de retirer le projet de loi.") ==
          strings{"gouvernement"});
    CHECK(in_paragraph("Organizațiile semnatare solicită Parlamentului Republicii Moldova să retragă proiectul de lege.") ==
          strings{"Parlamentului Republicii Moldova"});
}

TEST_CASE("addresses: an adverb between the call verb and its addressee is the verb's ('appelons également l'Union')") {
    CHECK(in_paragraph("Nous appelons également l'Union européenne à suspendre l'accord.") == strings{"l'Union européenne"});
    CHECK(in_paragraph("Призываем также власти Велории освободить задержанных.") == strings{"власти Велории"});
    CHECK(in_paragraph("We urge once again the authorities of Veloria to release the detainees.") ==
          strings{"the authorities of Veloria"});
}

TEST_CASE("addresses: the Ukrainian verb's short form ('звертаємось до Верховної Ради …')") {
    CHECK(in_paragraph("Ми, представники організацій громадянського суспільства, звертаємось до Верховної Ради "
                       "з вимогою скасувати закон.") == strings{"Верховної Ради"});
}

TEST_CASE("addresses: 'The authorities must:' over the demands names whom they bind") {
    auto const s = parse("Veloria: End the crackdown\n\n"
                         "We, the undersigned organisations, are alarmed by the dispersal of peaceful protests.\n\n"
                         "The authorities of Veloria must:\n"
                         "- release all those detained for peaceful protest;\n"
                         "- investigate the use of force.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == std::vector<std::string>{"The authorities of Veloria"});
    CHECK(s.call_groups[0].calls[1].addressee == std::optional<std::string>("The authorities of Veloria"));
    // What the list holds, not whom it binds.
    auto const measures = parse("Veloria: End the crackdown\n\n"
                                "We, the undersigned organisations, are alarmed by the dispersal of peaceful protests.\n\n"
                                "Such measures should include:\n"
                                "- releasing all those detained for peaceful protest;\n"
                                "- investigating the use of force.\n")
                              .statement;
    REQUIRE(measures.call_groups.size() == 1);
    CHECK(measures.call_groups[0].addressees.empty());
}

TEST_CASE("addresses: German 'appellieren an X, … zu …': the addressee ends at the comma before what is asked") {
    CHECK(in_paragraph("Wir appellieren an die Staats- und Regierungschefs, für ein offenes Europa einzutreten.") ==
          strings{"die Staats- und Regierungschefs"});
    CHECK(in_paragraph("Wir appellieren an die Landesregierung, die Abschiebungen nach Velorien sofort zu stoppen.") ==
          strings{"die Landesregierung"});
}

TEST_CASE("addresses: items under 'We call:' that name their addressee before a dash") {
    auto const s = parse("Заява правозахисних організацій\n\n"
                         "Ми, представники правозахисних організацій, висловлюємо глибоке занепокоєння.\n\n"
                         "Закликаємо:\n"
                         "1. Владу Велорії \xE2\x80\x94 негайно звільнити затриманих;\n"
                         "2. Міжнародну спільноту \xE2\x80\x94 засудити переслідування активістів.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressee == std::optional<std::string>("Владу Велорії"));
    CHECK(s.call_groups[0].calls[1].addressee == std::optional<std::string>("Міжнародну спільноту"));
    // Whom the demand is for, after a dash, is no addressee: no infinitive follows.
    auto const people = parse("Statement\n\nWe, the undersigned, are alarmed by the arrests.\n\nWe demand:\n"
                              "- Release Mira Tallow \xE2\x80\x93 a journalist held since May;\n"
                              "- Drop the charges against Oren Vale \xE2\x80\x93 a lawyer.\n")
                            .statement;
    REQUIRE(people.call_groups.size() == 1);
    for (auto const& c : people.call_groups[0].calls) CHECK_FALSE(c.addressee.has_value());
}

TEST_CASE("addresses: 'demand that X release …': the clause's subject, an organ of a state or a name") {
    CHECK(in_paragraph("We demand that the authorities of Veloria immediately release the eleven activists.") ==
          strings{"the authorities of Veloria"});
    CHECK(in_paragraph("We urge that the European Commission suspend the talks.") == strings{"the European Commission"});
    CHECK(in_paragraph("We request that the Velorian authorities investigate the torture.") ==
          strings{"the Velorian authorities"});
    CHECK(in_paragraph("We demand that the General Prosecutor\xE2\x80\x99s Office of Veloria drop the case.") ==
          strings{"the General Prosecutor\xE2\x80\x99s Office of Veloria"});
    CHECK(in_paragraph("We demand that the authorities:") == strings{"the authorities"});
    // Other languages: the opener after the verb; German puts the verb last, Russian the
    // possessor after the noun without a link.
    CHECK(in_paragraph("Nous exigeons que le gouvernement de Velorie lib\xC3\xA8re les d\xC3\xA9tenus.") ==
          strings{"le gouvernement de Velorie"});
    CHECK(in_paragraph("Wir fordern, dass die Bundesregierung Abschiebungen nach Velorien stoppt.") ==
          strings{"die Bundesregierung"});
    CHECK(in_paragraph("\xD0\x9C\xD1\x8B \xD1\x82\xD1\x80\xD0\xB5\xD0\xB1\xD1\x83\xD0\xB5\xD0\xBC, \xD1\x87\xD1\x82\xD0\xBE"
                       "\xD0\xB1\xD1\x8B \xD0\xB2\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 \xD0\x92\xD0\xB5\xD0\xBB\xD0"
                       "\xBE\xD1\x80\xD0\xB8\xD0\xB8 \xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8"
                       "\xD0\xBB\xD0\xB8 \xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xBD\xD1"
                       "\x8B\xD1\x85.") ==  // Мы требуем, чтобы власти Велории освободили задержанных.
          strings{"\xD0\xB2\xD0\xBB\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 \xD0\x92\xD0\xB5\xD0\xBB\xD0\xBE\xD1\x80\xD0\xB8\xD0\xB8"});
    // No one named: a passive, what is asked for, an adjective in capitals, a subject that is
    // neither a state's organ nor a name.
    for (char const* none : {"We demand that the authorities be held to account.", "We demand that the charges be dropped.",
                             "We demand that the Velorian invasion forces cease fire.",
                             "We demand that the international community act now."}) {
        CAPTURE(none);
        CHECK(in_paragraph(none).empty());
    }
}

TEST_CASE("addresses: a Spanish infinitive right after the addressee's name ends it ('al Ministerio Público cesar …')") {
    CHECK(in_paragraph("Exigimos al Ministerio P\xC3\xBA" "blico cesar la persecuci\xC3\xB3n penal contra el periodista.") ==
          strings{"Ministerio P\xC3\xBA" "blico"});
    CHECK(in_paragraph("Pedimos al gobierno liberar a los detenidos de inmediato.") == strings{"gobierno"});
    // A word of the name after an article is the name's, whatever its ending.
    CHECK(in_paragraph("Exigimos a la Secretar\xC3\xAD" "a de la mujer garantizar la protecci\xC3\xB3n de las defensoras.") ==
          strings{"la Secretar\xC3\xAD" "a de la mujer"});
}

TEST_CASE("addresses: 'vous demandons de suspendre …' names no one after the verb") {
    CHECK(in_paragraph("Nous, associations, vous demandons de suspendre les ventes d'armes \xC3\xA0 destination des pays "
                       "impliqu\xC3\xA9s dans le conflit.")
              .empty());
    // "au maire de revenir": the preposition opens the addressee, whatever its noun's ending.
    CHECK(in_paragraph("Nous demandons au maire de revenir sur sa d\xC3\xA9" "cision.") == strings{"maire"});
}

TEST_CASE("addresses: 'appelons à libérer …' names no one; 'appelons à la communauté …' does") {
    CHECK(in_paragraph("Nous appelons \xC3\xA0 lib\xC3\xA9rer les journalistes d\xC3\xA9tenus.").empty());
    CHECK(in_paragraph("Llamamos a liberar a los periodistas detenidos.").empty());
    CHECK(in_paragraph("Nous demandons au ministre de la Justice de lib\xC3\xA9rer les journalistes.") ==
          strings{"ministre de la Justice"});
}

TEST_CASE("addresses: a press release's unnamed authors and the call they made") {
    // "Twelve organisations today called on X to …": the authors a number, not names.
    auto const s = parse("Rights groups urge Borduria to drop charges against lawyer\n\n"
                         "Port Amber, 4 April 2026 \xE2\x80\x93 Twelve organisations today called on the Prosecutor "
                         "General of Borduria to drop the charges against lawyer Anna Vell.\n\n"
                         "The charges followed her defence of protesters.\n")
                       .statement;
    CHECK(s.addressees() == std::vector<std::string>{"the Prosecutor General of Borduria"});
    CHECK(s.kind == statement_kind::press_release);
    // The headline, where the paragraphs report no such call.
    auto const t = parse("Rights groups urge Parliament to reject the surveillance bill\n\n"
                         "The bill would allow bulk interception without judicial oversight.\n")
                       .statement;
    CHECK(t.addressees() == std::vector<std::string>{"Parliament"});
    // A text that makes its own call keeps it: the report over it names no more.
    auto const u = parse("Rights groups urge Parliament to reject the surveillance bill\n\n"
                         "We, the undersigned organisations, call on the Senate to reject the bill.\n\n"
                         "Signed:\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    CHECK(u.addressees() == std::vector<std::string>{"the Senate"});
    // In other languages, the count's own verb forms ("zaapelowało", "закликало").
    auto const pl = parse("Organizacje apeluj\xC4\x85 do Sejmu\n\n"
                          "Warszawa, 5 marca 2026 r. \xE2\x80\x93 Ponad 40 organizacji zaapelowa\xC5\x82o do Sejmu o "
                          "odrzucenie projektu ustawy.\n\nProjekt zosta\xC5\x82 z\xC5\x82o\xC5\xBCony w styczniu.\n")
                        .statement;
    CHECK(pl.addressees() == std::vector<std::string>{"Sejmu"});
    // A state's organ that urges is reported on, not an author.
    auto const v = parse("Ministry urges calm\n\nThe Ministry of the Interior and the police groups today urged "
                         "residents to stay at home.\n")
                       .statement;
    CHECK(v.addressees().empty());
}

TEST_CASE("addresses: the greeting names the reader whom the letter calls 'you'") {
    auto const s = parse("Open letter on the detained journalists\n\nDear Members of the Velorian Parliament,\n\n"
                         "We, the undersigned organisations, urge you to vote against the draft law on foreign agents.\n\n"
                         "Yours sincerely,\nAmber Lantern Association\nLens Watch\n")
                       .statement;
    CHECK(s.addressees() == std::vector<std::string>{"Members of the Velorian Parliament"});
    REQUIRE(s.addresses.size() == 1);
    CHECK(s.addresses[0].source == address_source::address_line);
    // Two readers greeted on one line.
    auto const two = parse("Joint letter\n\nDear President Costa, Dear President von der Leyen,\n\n"
                           "We, the undersigned organisations, urge you to raise human rights in Samarkand.\n")
                         .statement;
    CHECK(two.addressees() == std::vector<std::string>{"President Costa", "President von der Leyen"});
    // A greeting to no one in particular, or a letter that does not speak to its reader, adds none.
    auto const friends = parse("Open letter\n\nDear friends,\n\nWe, the undersigned organisations, urge you to act.\n").statement;
    CHECK(friends.addressees() == std::vector<std::string>{"you"});
    auto const silent = parse("Open letter\n\nDear Minister,\n\nWe, the undersigned organisations, are alarmed by the arrests.\n")
                            .statement;
    CHECK(silent.addressees().empty());
}

TEST_CASE("addresses: the readers a greeting names, where they stand in its line") {
    auto const names = [](std::string_view line) {
        std::vector<std::string> out;
        for (auto const r : recognise::greeted_readers(line)) out.emplace_back(line.substr(r.begin, r.end - r.begin));
        return out;
    };
    CHECK(names("Dear President Tinubu,") == strings{"President Tinubu"});
    CHECK(names("Dear President Costa, Dear President von der Leyen,") == strings{"President Costa", "President von der Leyen"});
    CHECK(names("Sehr geehrte Frau Bundesministerin,") == strings{"Frau Bundesministerin"});
    CHECK(names("Dear friends,").empty());
    CHECK(names("To the Minister of Justice").empty());
    // An article or a form of address in lower case before the title.
    CHECK(names("Monsieur le Ministre,") == strings{"le Ministre"});
    CHECK(names("\xD0\xA8\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBD\xD0\xB8\xD0\xB9 \xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB5 "
                "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB5!")  // Шановний пане Президенте!
          .size() == 1);
}

TEST_CASE("addresses: a letter's address block that opens with the reader's title") {
    auto const s = parse("H.E. Mr. Oren Vale\nMinister of Foreign Affairs\nRepublic of Lakeshore\n\n12 March 2026\n\n"
                         "Dear Minister,\n\nWe, the undersigned organisations, write to urge you to release the detained "
                         "human rights defenders.\n\nSincerely,\n\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    // No headline: the address block is none.
    CHECK_FALSE(s.title.has_value());
    REQUIRE_FALSE(s.addresses.empty());
    CHECK(s.addresses[0].addressee == "H.E. Mr. Oren Vale");
    CHECK(s.addresses[0].source == address_source::address_line);
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("addresses: two addressees joined by a conjunction may be longer than one alone") {
    CHECK(in_paragraph("We call upon the UN Special Rapporteur on the situation of human rights defenders and the OSCE "
                       "Office for Democratic Institutions and Human Rights to monitor the trial.") ==
          strings{"the UN Special Rapporteur on the situation of human rights defenders and the OSCE Office for "
                  "Democratic Institutions and Human Rights"});
}

TEST_CASE("addresses: 'au gouvernement du Mali et à la communauté …': a conjunction and an addressee's preposition open the next") {
    CHECK(in_paragraph("Nous demandons au gouvernement du Mali et \xC3\xA0 la communaut\xC3\xA9 internationale de tout mettre "
                       "en \xC5\x93uvre pour retrouver les militants.") ==
          strings{"gouvernement du Mali", "la communaut\xC3\xA9 internationale"});
    CHECK(in_paragraph("Nous demandons au maire de Valmont et au pr\xC3\xA9" "fet de revenir sur leur d\xC3\xA9" "cision.") ==
          strings{"maire de Valmont", "pr\xC3\xA9" "fet"});
    CHECK(in_paragraph("Exigimos al Gobierno de Chile y al Congreso Nacional que detengan la militarizaci\xC3\xB3n.") ==
          strings{"Gobierno de Chile", "Congreso Nacional"});
}

TEST_CASE("calls: 'Exigimos:' under a paragraph that names two asks its items of both") {
    auto const s = parse("Chile: fin al estado de excepci\xC3\xB3n\n\n3 de marzo de 2026\n\nLas organizaciones firmantes exigimos al "
                         "Gobierno de Chile y al Congreso Nacional poner fin al estado de excepci\xC3\xB3n.\nExigimos:\n\n"
                         "- no solicitar una nueva pr\xC3\xB3rroga;\n- publicar un informe sobre las denuncias.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressees == std::vector<std::string>{"Gobierno de Chile", "Congreso Nacional"});
}

TEST_CASE("calls: an item in lower case that opens with the preposition of whom it asks and a comma ('• au Procureur …, de requérir')") {
    auto const addressees = [](std::string const& input) {
        std::vector<std::string> out;
        for (auto const& g : parse(input).statement.call_groups)
            for (auto const& c : g.calls) out.push_back(c.addressee ? *c.addressee : "(none)");
        return out;
    };
    CHECK(addressees("Communiqué\n\nDakar, le 11 mai 2026 – Trois organisations dénoncent l'arrestation de M. Ndiaye.\n\n"
                     "Elles demandent :\n\n"
                     "• au Procureur de la République, de requérir la mise en liberté de M. Ndiaye ;\n"
                     "• à l'Assemblée nationale, d'abroger l'article 255 du Code pénal ;\n"
                     "• aux partenaires techniques et financiers, de conditionner leur appui.\n") ==
          strings{"Procureur de la République", "l'Assemblée nationale", "partenaires techniques et financiers"});
    CHECK(addressees("Comunicado\n\nLas organizaciones firmantes exigen:\n\n"
                     "- al Gobierno del Estado, garantizar la preservación del sitio;\n"
                     "- a la Fiscalía General, atraer la investigación;\n"
                     "- a los ayuntamientos de la región, abstenerse de otorgar nuevos permisos.\n") ==
          strings{"Gobierno del Estado", "la Fiscalía General", "los ayuntamientos de la región"});
    // A clause in lower case before its comma asks no one ("- a la fecha, …": no demand after it).
    CHECK(addressees("Comunicado\n\nLas organizaciones firmantes exigen:\n\n"
                     "- a la brevedad, la liberación de los detenidos;\n"
                     "- al mismo tiempo, el cese del hostigamiento.\n") == strings{"(none)", "(none)"});
}

TEST_CASE("addresses: a Spanish infinitive with its reflexive pronoun ends the addressee ('a abstenerse de')") {
    CHECK(in_paragraph("Instamos al Congreso de la República a abstenerse de aprobar reformas.") ==
          strings{"Congreso de la República"});
    CHECK(in_paragraph("Instamos a la Policía Nacional a retirarse de la zona.") == strings{"la Policía Nacional"});
    CHECK(in_paragraph("Instamos a las autoridades a comprometerse con el diálogo.") == strings{"las autoridades"});
}

TEST_CASE("addresses: a Spanish 'que' further on ends no addressee before the infinitive asked ('al Ministerio Público a investigar …')") {
    CHECK(in_paragraph("Instamos al Congreso de la República a abstenerse de aprobar reformas que debiliten la carrera.") ==
          strings{"Congreso de la República"});
    CHECK(in_paragraph("Exhortamos al Ministerio Público a investigar el crimen con una línea que considere su labor.") ==
          strings{"Ministerio Público"});
    CHECK(in_paragraph("Instamos al Alto Comisionado para los Derechos Humanos a que visite el país.") ==
          strings{"Alto Comisionado para los Derechos Humanos"});
}

TEST_CASE("addresses: 'à' before a name is a preposition of place, not the marker of what is asked") {
    CHECK(in_paragraph("Nous demandons la lib\xC3\xA9ration imm\xC3\xA9" "diate des militants condamn\xC3\xA9s \xC3\xA0 Brenvik.")
              .empty());
    CHECK(in_paragraph("Nous appelons les autorit\xC3\xA9s de Valmont \xC3\xA0 lib\xC3\xA9rer les militants condamn\xC3\xA9s "
                       "\xC3\xA0 Brenvik.") == strings{"les autorit\xC3\xA9s de Valmont"});
}

TEST_CASE("addresses: what a call asks for, named by its noun, is not whom it asks ('the release of X sentenced to')") {
    // The marker after the noun's complement belongs to the sentence ("sentenced … to", "condamnés à",
    // "приговорённых к"), whatever follows it.
    CHECK(in_paragraph("We, the undersigned organisations, demand the release of the four trade unionists sentenced in "
                       "Harbourtown on 9 June 2025 to between six and nine years in prison.")
              .empty());
    CHECK(in_paragraph("We also urge the immediate and unconditional release of the journalists convicted last year to "
                       "long prison terms.")
              .empty());
    CHECK(in_paragraph("Nous demandons la lib\xC3\xA9ration des syndicalistes condamn\xC3\xA9s \xC3\xA0 six ans de prison.")
              .empty());
    CHECK(in_paragraph("\xD0\x9C\xD1\x8B \xD1\x82\xD1\x80\xD0\xB5\xD0\xB1\xD1\x83\xD0\xB5\xD0\xBC "
                       "\xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB6\xD0\xB4\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F "
                       "\xD0\xB0\xD0\xBA\xD1\x82\xD0\xB8\xD0\xB2\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2, "
                       "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD1\x91\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85 "
                       "\xD0\xBA \xD1\x88\xD0\xB5\xD1\x81\xD1\x82\xD0\xB8 \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xBC.")
              .empty());
    // A name that begins with such a word is a name, and whom a call asks is still read.
    CHECK(in_paragraph("We urge the Release Coalition to publish its findings.") == strings{"the Release Coalition"});
    CHECK(in_paragraph("We urge the authorities to order the release of the journalists sentenced to long prison terms.") ==
          strings{"the authorities"});
}

TEST_CASE("addresses: the reader's pronoun before the verb ('Nous vous demandons en particulier :') is whom the calls ask") {
    auto const s = parse("Lettre ouverte \xC3\xA0 la ministre de l'Int\xC3\xA9rieur\n\nMadame la Ministre,\n\n"
                         "Nous sommes pr\xC3\xA9occup\xC3\xA9s par la situation.\n\nNous vous demandons en particulier :\n"
                         "1. d'instaurer un r\xC3\xA9" "c\xC3\xA9piss\xC3\xA9 ;\n2. de publier des statistiques.\n\n"
                         "Signataires :\nLigue des droits humains\nAmis de la Terre\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    for (auto const& c : s.call_groups[0].calls)
        CHECK(c.addressee == std::optional<std::string>("la ministre de l'Int\xC3\xA9rieur"));
    CHECK(s.addressees() == std::vector<std::string>{"la ministre de l'Int\xC3\xA9rieur"});
}

TEST_CASE("addresses: recommendations that each open with whom they ask ('1. To the authorities: release …')") {
    auto const s = parse("Joint statement on Lakeshore\n\nWe, the undersigned organisations, make the following "
                         "recommendations:\n\n1. To the authorities of Lakeshore: release all political prisoners.\n"
                         "2. To EU Member States: expand humanitarian visa programmes.\n\n"
                         "Signed:\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    auto const& calls = s.call_groups[0].calls;
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].addressee == std::optional<std::string>("the authorities of Lakeshore"));
    CHECK(calls[1].addressee == std::optional<std::string>("EU Member States"));
    CHECK(s.addressees() == std::vector<std::string>{"the authorities of Lakeshore", "EU Member States"});
}

TEST_CASE("addresses: paragraphs that each open with whom they ask, without markers ('To the EU: suspend …')") {
    auto const s = parse("Joint statement on Lakeshore\n\nWe, the undersigned organisations, condemn the arrests of "
                         "protesters.\n\nWe make the following recommendations:\n\n"
                         "To the Government of Lakeshore: release all those detained and drop the charges.\n\n"
                         "To the European Union: suspend the budget support programme until they are released.\n\n"
                         "Signed:\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    auto const& g = s.call_groups[0];
    REQUIRE(g.introduction);
    CHECK(g.introduction->text == "We make the following recommendations:");
    REQUIRE(g.calls.size() == 2);
    CHECK(g.calls[0].text == "To the Government of Lakeshore: release all those detained and drop the charges.");
    CHECK(g.calls[0].addressee == std::optional<std::string>("the Government of Lakeshore"));
    CHECK(g.calls[1].addressee == std::optional<std::string>("the European Union"));
    CHECK(s.signatories.size() == 2);
    // Words to the reader or an address after the colon ask nothing.
    auto const u = parse("Joint statement on Lakeshore\n\nWe, the undersigned organisations, remember the victims.\n\n"
                         "To the families of the victims: we stand with you, and we have not forgotten them.\n\n"
                         "To the surviving workers: your testimony remains a record of what happened.\n\n"
                         "To the Minister of Justice: Mr Oren Vale, Ministry of Justice, 8 Amber Avenue, Port Amber.\n\n"
                         "Signed:\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    CHECK(u.call_groups.empty());
    // One such paragraph alone is prose.
    auto const t = parse("Joint statement on Lakeshore\n\nWe, the undersigned organisations, condemn the arrests.\n\n"
                         "To the Government of Lakeshore: we ask you to listen.\n\nThe arrests must end.\n\n"
                         "Signed:\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    CHECK(t.call_groups.empty());
}

TEST_CASE("calls: lines without markers after a blank line under their introduction, not a quotation's") {
    auto const s = parse("Lakeshore: End police killings\n\nWe, the undersigned organisations, condemn the killing of "
                         "protesters.\n\nThe draft law provides that registered persons must:\n\n"
                         "> submit quarterly reports on all funds received from abroad;\n> undergo annual audits.\n\n"
                         "We call on the authorities of Lakeshore to:\n\n"
                         "Release all detained protesters immediately and unconditionally;\n"
                         "Investigate all killings by police and prosecute those responsible;\n"
                         "Compensate the families of victims.\n\nSignatories:\n\nAmber Rights Centre\nBirchwood Watch\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    auto const& g = s.call_groups[0];
    REQUIRE(g.calls.size() == 3);
    CHECK(g.calls[0].text == "Release all detained protesters immediately and unconditionally;");
    CHECK(g.calls[2].text == "Compensate the families of victims.");
    CHECK(g.calls[2].addressee == std::optional<std::string>("the authorities of Lakeshore"));
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("calls: a network that speaks of itself in French ('La Coalition exhorte le gouvernement \xC3\xA0 :')") {
    for (auto const* verb : {"exhorte", "recommande au", "r\xC3\xA9" "clame au"}) {
        CAPTURE(verb);
        auto const s = parse(std::string("D\xC3\xA9" "claration\n\nLa Coalition Amber condamne les tueries.\n\n"
                                         "Au nom de ses membres, la Coalition ") + verb +
                             " gouvernement de transition :\n\n- diligenter une enqu\xC3\xAA" "te ind\xC3\xA9" "pendante ;\n"
                             "- assurer la protection des populations civiles.\n")
                           .statement;
        REQUIRE(s.call_groups.size() == 1);
        CHECK(s.call_groups[0].calls.size() == 2);
    }
}

TEST_CASE("addresses: under an office, another office is another reader; under a name, the name's office") {
    auto const two = parse("Joint letter: stop the surveillance of journalists\n\nTo: Minister of Internal Affairs of "
                           "Lakeshore\nDirector of the Security Information Agency\n\nWe write to express our alarm at the "
                           "surveillance of journalists.\n\nSigned:\nAmber Press Club\nBirchwood Media Watch\n")
                         .statement;
    CHECK(two.addressees() ==
          std::vector<std::string>{"Minister of Internal Affairs of Lakeshore", "Director of the Security Information Agency"});
    auto const one = parse("Open letter\n\nTo: Mr. Oren Vale\nMinister of Justice of Lakeshore\n\nWe write to express our "
                           "alarm at the surveillance of journalists.\n\nSigned:\nAmber Press Club\nBirchwood Media Watch\n")
                         .statement;
    CHECK(one.addressees() == std::vector<std::string>{"Mr. Oren Vale, Minister of Justice of Lakeshore"});
}

TEST_CASE("addresses: a network that speaks of itself in the singular ('Коаліція закликає:', 'Koalicja apeluje do …')") {
    auto const s = parse("\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB0 \xD0\x9A\xD0\xBE\xD0\xB0\xD0\xBB\xD1\x96\xD1\x86\xD1\x96\xD1\x97\n\n"
                         "\xD0\x9A\xD0\xBE\xD0\xB0\xD0\xBB\xD1\x96\xD1\x86\xD1\x96\xD1\x8F \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xBB\xD0\xB8"
                         "\xD0\xBA\xD0\xB0\xD1\x94:\n"
                         "1. \xD0\x92\xD0\xB5\xD1\x80\xD1\x85\xD0\xBE\xD0\xB2\xD0\xBD\xD1\x83 \xD0\xA0\xD0\xB0\xD0\xB4\xD1\x83 "
                         "\xE2\x80\x93 \xD1\x83\xD1\x85\xD0\xB2\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x82\xD0\xB8 \xD0\xB7\xD0\xB0\xD0\xBA"
                         "\xD0\xBE\xD0\xBD;\n"
                         "2. \xD0\x9E\xD1\x84\xD1\x96\xD1\x81 \xD0\x93\xD0\xB5\xD0\xBD\xD0\xB5\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8C"
                         "\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xBF\xD1\x80\xD0\xBE\xD0\xBA\xD1\x83\xD1\x80\xD0\xBE\xD1\x80\xD0"
                         "\xB0 \xE2\x80\x93 \xD1\x80\xD0\xBE\xD0\xB7\xD1\x81\xD0\xBB\xD1\x96\xD0\xB4\xD1\x83\xD0\xB2\xD0\xB0\xD1"
                         "\x82\xD0\xB8 \xD0\xB7\xD0\xBB\xD0\xBE\xD1\x87\xD0\xB8\xD0\xBD\xD0\xB8.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].calls.size() == 2);
    auto const p = parse("Apel Koalicji\n\nKoalicja zrzeszaj\xC4\x85" "ca 27 organizacji apeluje do Prezesa Rady Ministr\xC3\xB3w o "
                         "przyj\xC4\x99" "cie harmonogramu odej\xC5\x9B" "cia od w\xC4\x99gla do 2035 roku.\n")
                       .statement;
    CHECK(p.addressees() == std::vector<std::string>{"Prezesa Rady Ministr\xC3\xB3w"});
}

TEST_CASE("addresses: a demand whose subject a modal binds names whom it asks ('1. The President must veto …')") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the Parliament of Lakeshore to "
                         "act. Our demands:\n\n1. The Parliament of Lakeshore must withdraw the draft law.\n"
                         "2. The President of Lakeshore should veto the law.\n3. Ensure that journalists can work.\n\n"
                         "Signed:\nAmber Union\nBirchwood Centre\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    auto const& calls = s.call_groups[0].calls;
    REQUIRE(calls.size() == 3);
    CHECK(calls[0].addressee == std::optional<std::string>("The Parliament of Lakeshore"));
    CHECK(calls[1].addressee == std::optional<std::string>("The President of Lakeshore"));
    CHECK(calls[2].addressee != std::optional<std::string>("Ensure that journalists"));
}

TEST_CASE("addresses: 'on A to …, on B to …, and on C to …' names each; a comma before an apposition ends none") {
    CHECK(in_paragraph("We call on the Government of Amberland to release the journalists, on the Government of "
                       "Birchwood to investigate the attacks, and on the Government of Coral Bay to withdraw the law.") ==
          strings{"the Government of Amberland", "the Government of Birchwood", "the Government of Coral Bay"});
    CHECK(in_paragraph("We call on the authorities of Norland to release Lena Markova, a sociologist detained since "
                       "3 March 2026.") == strings{"the authorities of Norland"});
}

TEST_CASE("addresses: 'We respectfully request that you:' asks the letter's reader") {
    auto const s = parse("Open letter to the Minister of the Interior\n\nDear Minister,\n\nWe are concerned about the new "
                         "rules.\n\nWe respectfully request that you:\n1. withdraw the rules;\n2. consult civil society.\n\n"
                         "Sincerely,\nAmber Lantern Association\nBirchwood Institute\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    for (auto const& c : s.call_groups[0].calls) CHECK(c.addressee == std::optional<std::string>("the Minister of the Interior"));
}

TEST_CASE("addresses: 'Правительство России — освободить …': an organ of a state and what it is asked, no person") {
    auto const s = parse("\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n\n"
                         "\xD0\x9C\xD1\x8B \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB7\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB5\xD0\xBC:\n\n"
                         "1. \xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0\xB2"
                         "\xD0\xBE \xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8 \xE2\x80\x94 \xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE"
                         "\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0"
                         "\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85;\n"
                         "2. \xD0\x93\xD0\xBE\xD1\x81\xD1\x83\xD0\xB4\xD0\xB0\xD1\x80\xD1\x81\xD1\x82\xD0\xB2\xD0\xB5\xD0\xBD\xD0"
                         "\xBD\xD1\x83\xD1\x8E \xD0\x94\xD1\x83\xD0\xBC\xD1\x83 \xE2\x80\x94 \xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5"
                         "\xD0\xBD\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xBD.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].calls.size() == 2);
}

TEST_CASE("addresses: 'An open letter …' is a headline, 'An die …' an address") {
    auto const s = parse("An Open Letter to the President of Lakeshore\n\nDear Mr President,\n\n"
                         "We write to ask you to release the bloggers detained in Port Amber.\n\nSincerely,\n"
                         "Amber Rights Centre\nBirchwood Watch\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "An Open Letter to the President of Lakeshore");
    REQUIRE(s.addressees().size() == 1);
    CHECK(s.addressees()[0] == "the President of Lakeshore");
    auto const t = parse("An urgent appeal from scholars on the prosecution of Professor Ilya Varga\n\n"
                         "We, the undersigned scholars, call on the prosecutor to drop the charges.\n")
                       .statement;
    REQUIRE(t.title.has_value());
    CHECK(t.title->text == "An urgent appeal from scholars on the prosecution of Professor Ilya Varga");
    CHECK(recognise::address_line_addressee("An die Bundesregierung").has_value());
    CHECK_FALSE(recognise::address_line_addressee("An open letter to the Bundesregierung").has_value());
}

TEST_CASE("addresses: 'Au Tchad, la répression …' is a headline: a country before its clause's comma is no reader") {
    auto const s = parse("Au Tchad, la r\xC3\xA9" "pression des manifestations doit cesser\n\nD\xC3\xA9" "claration conjointe\n\n"
                         "Nous, organisations soussign\xC3\xA9" "es, condamnons la r\xC3\xA9" "pression.\n\nSignataires :\n"
                         "Ligue Amber des droits humains\nCentre Birchwood\n")
                       .statement;
    REQUIRE(s.title.has_value());
    CHECK(s.title->text == "Au Tchad, la r\xC3\xA9" "pression des manifestations doit cesser");
    CHECK(s.addressees().empty());
    CHECK_FALSE(recognise::address_line_addressee("Aux Comores, la libert\xC3\xA9" " de la presse recule").has_value());
    CHECK(recognise::address_line_addressee("Aux autorit\xC3\xA9" "s du Tchad,").has_value());
    CHECK(recognise::address_line_addressee("To the President, the Prime Minister and the Speaker").has_value());
}

TEST_CASE("calls: demands numbered with Spanish ordinals ('Primero.', 'SEGUNDO.-')") {
    auto const s = parse("Pronunciamiento\n\nLas organizaciones firmantes reclamamos al Gobierno de Lakeshore:\n\n"
                         "Primero. Declarar la emergencia habitacional.\nSegundo. Suspender los desalojos.\n"
                         "TERCERO.- Ampliar el parque p\xC3\xBA" "blico de vivienda.\n\nFirman:\nCentro Amber\nRed Birchwood\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 3);
    CHECK(s.call_groups[0].calls[0].text == "Declarar la emergencia habitacional.");
    CHECK(s.call_groups[0].calls[2].text == "Ampliar el parque p\xC3\xBA" "blico de vivienda.");
}

TEST_CASE("calls: an addressee whose name holds 'to' before an article or a capital runs on to the marker after it") {
    auto const s = parse("Joint statement on Amberland\n\nWe call on all parties to the conflict to:\n"
                         "- respect international humanitarian law;\n- allow humanitarian access.\n\n"
                         "We also urge the Committee to Protect Amber Journalists to visit the country.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == std::vector<std::string>{"all parties to the conflict"});
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[1].addressee == std::optional<std::string>("all parties to the conflict"));
    auto const t = parse("Joint statement\n\nWe therefore call on:\n\n1. The parties to the conflict to allow humanitarian access;\n"
                         "2. The Amber Council to adopt a resolution.\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    REQUIRE(t.call_groups[0].calls.size() == 2);
    CHECK(t.call_groups[0].calls[0].addressee == std::optional<std::string>("The parties to the conflict"));
}

TEST_CASE("calls: words that point at the list, an adverb, an aside and a preposition before the colon name no one") {
    auto const addressees = [](std::string const& introduction) {
        auto const s = parse("Joint statement\n\n" + introduction + "\n- release all detained defenders;\n- repeal the law.\n").statement;
        return s.call_groups.empty() ? std::vector<std::string>{"(no group)"} : s.call_groups[0].addressees;
    };
    CHECK(addressees("We demand the following from the authorities of Amberland:") ==
          std::vector<std::string>{"the authorities of Amberland"});
    CHECK(addressees("We ask for the following measures:").empty());
    CHECK(addressees("We call on the Government of Amberland, as a matter of urgency, to:") ==
          std::vector<std::string>{"the Government of Amberland"});
    CHECK(addressees("Les organisations appellent les autorit\xC3\xA9s amberiennes, birchiennes et coraliennes \xC3\xA0 :") ==
          std::vector<std::string>{"les autorit\xC3\xA9s amberiennes, birchiennes et coraliennes"});
    CHECK(addressees("Deshalb fordern wir:").empty());
    CHECK(addressees("Le solicitamos respetuosamente:").empty());
    CHECK(addressees("Hacemos un llamado a las autoridades para:") == std::vector<std::string>{"las autoridades"});
    CHECK(addressees("\xD0\x9D\xD0\xB0\xD1\x81\xD1\x82\xD0\xB0\xD0\xB8\xD0\xB2\xD0\xB0\xD0\xB5\xD0\xBC \xD0\xBD\xD0\xB0 "
                     "\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD1\x83\xD1\x8E\xD1\x89\xD0\xB5\xD0\xBC:")  // Настаиваем на следующем:
              .empty());
}

TEST_CASE("addresses: a Russian or Ukrainian body's mandate after its acronym is its name's ('Совет ООН по правам человека')") {
    CHECK(in_paragraph("Мы призываем Совет ООН по правам человека продлить мандат Специального докладчика.") ==
          strings{"Совет ООН по правам человека"});
    CHECK(in_paragraph("Мы призываем Комитет ООН по правам ребёнка запросить у Пеламии доклад.") ==
          strings{"Комитет ООН по правам ребёнка"});
    CHECK(in_paragraph("Ми закликаємо Раду ООН з прав людини створити механізм розслідування.") ==
          strings{"Раду ООН з прав людини"});
    CHECK(in_paragraph("Мы также призываем ОБСЕ и Представителя ОБСЕ по вопросам свободы СМИ внимательно следить за "
                       "ходом дела.") == strings{"ОБСЕ и Представителя ОБСЕ по вопросам свободы СМИ"});
    CHECK(in_paragraph("Мы также обращаемся к Специальному докладчику ООН по положению правозащитников с просьбой "
                       "направить запрос.") == strings{"Специальному докладчику ООН по положению правозащитников"});
    // After a name that is no acronym, a preposition still ends the addressee.
    CHECK(in_paragraph("Призываем Московский городской суд при рассмотрении апелляции учесть нормы Конвенции.") ==
          strings{"Московский городской суд"});
}

TEST_CASE("addresses: a Russian infinitive in '-ести', '-йти' ends the addressee ('призываем власти Пеламии провести …')") {
    CHECK(in_paragraph("Мы призываем власти Пеламии провести независимое расследование событий 2011 года.") ==
          strings{"власти Пеламии"});
    CHECK(in_paragraph("Мы требуем от прокуратуры Пеламской области провести проверку.") ==
          strings{"прокуратуры Пеламской области"});
    CHECK(in_paragraph("Призываем Генерального прокурора внести протест на приговор.") == strings{"Генерального прокурора"});
    // A noun in "-сти" goes on with the addressee.
    CHECK(in_paragraph("Мы призываем власти Пеламской области освободить задержанных.") == strings{"власти Пеламской области"});
}

TEST_CASE("addresses: 'demand that X:' where X's name has commas ('the Ministry of Environment, Forest and Climate Change:')") {
    CHECK(in_paragraph("We demand that the Ministry of Environment, Forest and Climate Change:") ==
          strings{"the Ministry of Environment, Forest and Climate Change"});
    CHECK(in_paragraph("We demand that the Ministry of Labour, Employment and Social Affairs of Veloria:") ==
          strings{"the Ministry of Labour, Employment and Social Affairs of Veloria"});
}

TEST_CASE("addresses: a Russian or Ukrainian 'Кому:' label opens an address line, as 'To:' does") {
    CHECK(in_address_line("Кому: Министру просвещения Пеламской Республики") ==
          std::optional<std::string>("Министру просвещения Пеламской Республики"));
    CHECK(in_address_line("Кому: Міністру освіти і науки Пеламії") == std::optional<std::string>("Міністру освіти і науки Пеламії"));
    // A question that opens with the word is no address.
    CHECK_FALSE(in_address_line("Кому выгодно это решение?").has_value());
}

TEST_CASE("addresses: an address line that names several offices names each ('To: the Minister of Justice, the Ombudsperson')") {
    auto const readers = [](std::string const& head) {
        return parse(head + "\n\nWe, the undersigned organisations, write to express our alarm at the detention of six "
                            "journalists of the Lakeshore Courier.\n\nSigned:\nAmber Press Club\nBirchwood Media Watch\n")
            .statement.addressees();
    };
    CHECK(readers("Joint letter on the detention of journalists\n\nTo: the Minister of Justice, the Ombudsperson") ==
          strings{"the Minister of Justice", "the Ombudsperson"});
    CHECK(readers("Open letter\n\nКому: Министру юстиции Пеламской Республики, Уполномоченному по правам человека") ==
          strings{"Министру юстиции Пеламской Республики", "Уполномоченному по правам человека"});
    // A name in capitals in parentheses is the office's; the readers are split after it.
    CHECK(readers("Open letter on forced returns\n\nTo: the Commissioner (Home Affairs), the Director of the Border Agency") ==
          strings{"the Commissioner (Home Affairs)", "the Director of the Border Agency"});
    // A person and the office after the comma are one reader.
    CHECK(readers("Open letter\n\nTo: Mira Tallow, Minister of Justice") == strings{"Mira Tallow, Minister of Justice"});
    // Three or more names of their own, companies as a rule, are as many readers.
    CHECK(readers("Open letter on network shutdowns\n\nTo: Telenor Asia, MPT (Myanma Posts and Telecommunications), "
                  "Irancell, MTN Group") ==
          strings{"Telenor Asia", "MPT (Myanma Posts and Telecommunications)", "Irancell", "MTN Group"});
    // A person, their role and their company; a reader, its town and country: one reader each.
    CHECK(readers("Open letter\n\nTo: Sundar Pichai, Chief Executive Officer, Alphabet").size() == 1);
    CHECK(readers("Open letter\n\nTo: Amber Media Group, Lakeside, Poland").size() == 1);
    CHECK(readers("Open letter\n\nTo: Ministry of Justice and Public Security") ==
          strings{"Ministry of Justice and Public Security"});
    // "To:" alone over the readers' lines: each line is one.
    CHECK(readers("Joint statement on the closure of the Amber Centre\n\nTo:\nthe Prime Minister of Lakeshore\n"
                  "the Minister of the Interior\nthe Prosecutor General of Lakeshore") ==
          strings{"the Prime Minister of Lakeshore", "the Minister of the Interior", "the Prosecutor General of Lakeshore"});
    // After the label's colon the field names the reader alone: no topic ends it.
    CHECK(in_address_line("To: Ms. Elena Varga, Special Rapporteur on the situation of human rights defenders") ==
          std::optional<std::string>("Ms. Elena Varga, Special Rapporteur on the situation of human rights defenders"));
}

TEST_CASE("addresses: 'To:' over a dash list of mandate holders names each item as a reader") {
    auto const s = parse("Urgent appeal on the detention of Lena Marsh\n\n"
                         "To:\n"
                         "- Ms. Elena Varga, Special Rapporteur on the situation of human rights defenders\n"
                         "- Working Group on Arbitrary Detention\n"
                         "• Special Rapporteur on the independence of judges and lawyers\n\n"
                         "We, the undersigned organisations, write to bring to your attention the detention of Lena Marsh.\n\n"
                         "We respectfully ask you to:\n"
                         "1. Communicate with the Government of Lakeshore on her case;\n"
                         "2. Call publicly for her immediate release.\n\n"
                         "Signed:\nAmber Press Club\nBirchwood Media Watch\n")
                       .statement;
    strings const mandates{"Ms. Elena Varga, Special Rapporteur on the situation of human rights defenders",
                           "Working Group on Arbitrary Detention", "Special Rapporteur on the independence of judges and lawyers"};
    CHECK(s.addressees() == mandates);
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == mandates);
    // A list under a line that names no reader stays what it was.
    auto const not_label = parse("Urgent appeal on the detention of Lena Marsh\n\n"
                                 "Contacts:\n"
                                 "- Working Group on Arbitrary Detention\n\n"
                                 "We, the undersigned organisations, write about the detention of Lena Marsh.\n")
                               .statement;
    CHECK(not_label.addressees().empty());
}

TEST_CASE("addresses: a body's mandate after its title is part of its name ('Комитет ООН против пыток', 'Уполномоченного по правам человека')") {
    CHECK(in_paragraph("Мы призываем Комитет ООН против пыток рассмотреть положение в Пеламской Республике.") ==
          strings{"Комитет ООН против пыток"});
    CHECK(in_paragraph("Мы призываем Уполномоченного по правам человека посетить колонию без уведомления.") ==
          strings{"Уполномоченного по правам человека"});
    CHECK(in_paragraph("Закликаємо Уповноваженого з прав людини відвідати колонію.") == strings{"Уповноваженого з прав людини"});
    // A second addressee after "а от", its verb left out, before a dash and its infinitive.
    CHECK(in_paragraph("Мы требуем от прокуратуры Пеламской области провести проверку, а от Уполномоченного по правам "
                       "человека — посетить колонию.") ==
          strings{"прокуратуры Пеламской области", "Уполномоченного по правам человека"});
    // Past the first word, a preposition ends the addressee, as one in lower case after it does.
    CHECK(in_paragraph("Призываем Генеральную прокуратуру Пеламии по итогам проверки возбудить дело.") ==
          strings{"Генеральную прокуратуру Пеламии"});
}

TEST_CASE("addresses: a heading without a colon between numbered calls asks the items under it, numbered on") {
    auto const s = parse("Amberland: protect the displaced\n\nJoint statement, 30 September 2026\n\n"
                         "Recommendations to the Government of Amberland\n\n"
                         "1. Allow humanitarian agencies into the northern districts.\n"
                         "2. Withdraw the units deployed since 2025.\n\n"
                         "Recommendations to the National Human Rights Commission (Komnas AMB)\n\n"
                         "3. Conduct an independent investigation into the deaths of displaced civilians.\n\n"
                         "Signed by:\n\nAmber Rights Coalition\nBirchwood Justice Forum\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 2);
    CHECK(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].addressees == strings{"the Government of Amberland"});
    REQUIRE(s.call_groups[1].calls.size() == 1);
    CHECK(s.call_groups[1].calls[0].addressee == "the National Human Rights Commission (Komnas AMB)");
    // "To the …" headings over items numbered on from the list before.
    auto const to = parse("Statement\n\nWe, the undersigned, are concerned.\n\nTo the Government of Amberland\n"
                          "1. Allow access of humanitarian agencies.\n2. Withdraw military units.\n\n"
                          "To the National Human Rights Commission\n3. Conduct an independent investigation.\n")
                        .statement;
    REQUIRE(to.call_groups.size() == 2);
    CHECK(to.call_groups[0].calls.size() == 2);
    REQUIRE(to.call_groups[1].calls.size() == 1);
    CHECK(to.call_groups[1].calls[0].addressee == "the National Human Rights Commission");
}

TEST_CASE("addresses: a Spanish item that opens with an infinitive is the demand ('2. Abrogar las normas que …')") {
    auto const s = parse("Pelamia: alto a los incendios\n\nSeñor Presidente de la República de Pelamia\n\n"
                         "Ante la pérdida de más de cuatro millones de hectáreas de bosque, las organizaciones firmantes pedimos:\n\n"
                         "1. Declarar desastre nacional y aceptar la ayuda internacional.\n"
                         "2. Abrogar las normas que autorizan quemas controladas en la región.\n"
                         "3. Sancionar a los responsables de los desmontes ilegales.\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 3);
    for (auto const& c : s.call_groups[0].calls) CHECK(c.addressee != std::optional<std::string>("Abrogar las normas"));
    CHECK(s.addressees() == strings{"Señor Presidente de la República de Pelamia"});
}

TEST_CASE("addresses: a body named by its acronym and by its name is one addressee ('к ПАСЕ' / 'к Парламентской ассамблее …')") {
    auto const s = parse("Обращение родственников политзаключённых Пеламии к ПАСЕ\n\n22 января 2026\n\n"
                         "Мы, родственники политзаключённых, обращаемся к Парламентской ассамблее Совета Европы с просьбой "
                         "не ратифицировать полномочия делегации Пеламии до освобождения всех политзаключённых.\n\n"
                         "Подписи:\nМира Таллова\nОрен Валев\n")
                       .statement;
    CHECK(s.addressees() == strings{"Парламентской ассамблее Совета Европы"});
    // Two bodies whose initials differ stay two.
    auto const two = parse("Open letter to the EU\n\nWe, the undersigned organisations, call on the Council of Europe to act "
                           "before the vote.\n\nSigned:\nAmber Press Club\nBirchwood Media Watch\n")
                         .statement;
    CHECK(two.addressees().size() == 2);
}

TEST_CASE("addresses: 'Просим вас:' after the text turned to one body in its own words asks that body") {
    auto const s = parse("Открытое письмо о блокировке каналов\n\n3 марта 2026 года\n\n"
                         "Мы, независимые СМИ и журналисты, обращаемся к руководству платформы Амбервью с призывом не "
                         "выполнять требования регулятора о блокировке каналов.\n\n"
                         "Просим вас:\n"
                         "• публиковать все требования регулятора в открытом доступе;\n"
                         "• не блокировать каналы независимых СМИ.\n\n"
                         "Издание «Северный ветер» (Пелам)\nИнтернет-журнал «Полдень» (Амбер)\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == strings{"руководству платформы Амбервью"});
    for (auto const& c : s.call_groups[0].calls) CHECK(c.addressee == "руководству платформы Амбервью");
}

TEST_CASE("addresses: demands that name no one ask each reader of the letter's address line ('Кому: A, B' / 'Мы требуем')") {
    auto const s = parse("# Открытое письмо в защиту учителя\n\n**Кому:** Министру просвещения Пеламской Республики, "
                         "Уполномоченному по правам человека\n\nУчительница истории была уволена после того, как "
                         "отказалась проводить занятия.\n\n## Мы требуем\n\n1. Восстановить учительницу в должности.\n"
                         "2. Прекратить давление на педагогов.\n")
                       .statement;
    strings const both{"Министру просвещения Пеламской Республики", "Уполномоченному по правам человека"};
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].addressees == both);
    for (auto const& c : s.call_groups[0].calls) CHECK(c.addressees == both);
}

TEST_CASE("addresses: two names joined by a conjunction, each after an article of its own, are two addressees") {
    CHECK(in_paragraph("We call on the Government of Ostreland and the European Union to release the journalists.") ==
          strings{"the Government of Ostreland", "the European Union"});
    CHECK(in_paragraph("Wir fordern die Bundesregierung und die Europ\xC3\xA4ische Union auf, humanit\xC3\xA4re Visa zu "
                       "erteilen.") == strings{"die Bundesregierung", "die Europ\xC3\xA4ische Union"});
    // The second in lower case is more of the first's name; after commas, the conjunction ends
    // an enumeration of the first's complements.
    CHECK(in_paragraph("We urge the Government and the people of Ostreland to reject the law.") ==
          strings{"the Government and the people of Ostreland"});
    CHECK(in_paragraph("We urge the governments of the United Kingdom, Canada and the United States to act.") ==
          strings{"the governments of the United Kingdom, Canada and the United States"});
    auto const s = parse("Ostreland: free the journalists\n\n12 March 2026\n\nWe are alarmed by the arrests of fourteen "
                         "reporters.\n\nWir fordern die Bundesregierung und die Europ\xC3\xA4ische Union auf:\n\n"
                         "1. humanit\xC3\xA4re Visa f\xC3\xBCr gef\xC3\xA4hrdete Journalisten zu erteilen;\n"
                         "2. unabh\xC3\xA4ngige Medien im Exil zu finanzieren.\n\nSigned:\nAmber Press Club\nBirchwood Media Watch\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    strings const both{"die Bundesregierung", "die Europ\xC3\xA4ische Union"};
    CHECK(s.call_groups[0].addressees == both);
    for (auto const& c : s.call_groups[0].calls) CHECK(c.addressees == both);
}

TEST_CASE("calls: an item's subject named in capitals may go on with what its office is about") {
    auto const s = parse("Valdoria: repeal the foreign agents law\n\n3 April 2026\n\nThe undersigned organisations are "
                         "concerned by the new law.\n\nWe make the following recommendations:\n\n"
                         "- The Government of Valdoria should withdraw the law.\n"
                         "- The UN Special Rapporteur on freedom of association should request a country visit.\n"
                         "- The Council on foreign funding must be abolished.\n\n"
                         "Signatories:\nAmber Press Club\nBirchwood Media Watch\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 3);
    CHECK(s.call_groups[0].calls[0].addressee == "The Government of Valdoria");
    CHECK(s.call_groups[0].calls[1].addressee == "The UN Special Rapporteur on freedom of association");
    // A passive names no one to act.
    CHECK_FALSE(s.call_groups[0].calls[2].addressee.has_value());
}

TEST_CASE("addresses: 'et des peuples' goes on with a French name's complement") {
    CHECK(in_paragraph("Nous appelons la Commission africaine des droits de l'homme et des peuples \xC3\xA0 demander des "
                       "informations aux autorit\xC3\xA9s.") ==
          strings{"Commission africaine des droits de l'homme et des peuples"});
    // "et à …" still opens the next.
    CHECK(in_paragraph("Nous demandons au gouvernement du Mali et \xC3\xA0 la communaut\xC3\xA9 internationale de tout mettre "
                       "en \xC5\x93uvre pour retrouver les militants.") ==
          strings{"gouvernement du Mali", "la communaut\xC3\xA9 internationale"});
}

TEST_CASE("calls: a line of recommendations over the calls names whom they are to") {
    auto const group_addressees = [](std::string_view intro, std::string_view items) {
        auto const s = parse(std::string("Declaration commune\n\n8 juin 2026\n\nLes manifestants pacifiques sont arr\xC3\xAAt\xC3\xA9s.\n\n") +
                             std::string(intro) + "\n\n" + std::string(items) + "\nAmber Press Club\nBirchwood Media Watch\n")
                           .statement;
        return s.call_groups.empty() ? strings{"(no calls)"} : s.call_groups[0].addressees;
    };
    CHECK(group_addressees("Nous formulons les recommandations suivantes au gouvernement de la Solarie :",
                           "1. Abroger la loi sur l'ordre public ;\n2. Lib\xC3\xA9rer les personnes d\xC3\xA9tenues.\n") ==
          strings{"gouvernement de la Solarie"});
    CHECK(group_addressees("Recomendamos al Estado de Costa Verde:",
                           "1. Investigar los asesinatos;\n2. Implementar el Acuerdo de Escaz\xC3\xBA.\n") ==
          strings{"Estado de Costa Verde"});
    // Наши рекомендации правительству Республики Северия: / 1. Освободить журналистов; / 2. Прекратить преследование.
    CHECK(group_addressees("\xD0\x9D\xD0\xB0\xD1\x88\xD0\xB8 \xD1\x80\xD0\xB5\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB4\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8 "
                           "\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0\xB2\xD1\x83 "
                           "\xD0\xA0\xD0\xB5\xD1\x81\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB8 "
                           "\xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB8\xD1\x8F:",
                           "1. \xD0\x9E\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C "
                           "\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2;\n"
                           "2. \xD0\x9F\xD1\x80\xD0\xB5\xD0\xBA\xD1\x80\xD0\xB0\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C "
                           "\xD0\xBF\xD1\x80\xD0\xB5\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5.\n") ==
          strings{"\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1\x82\xD0\xB2\xD1\x83 "
                  "\xD0\xA0\xD0\xB5\xD1\x81\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB8 "
                  "\xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB8\xD1\x8F"});
}

TEST_CASE("addresses: a headline's reader named again over the body keeps the body's spelling") {
    auto const s = parse("CARTA ABIERTA AL PRESIDENTE DE LA REP\xC3\x9A" "BLICA DE COLOMBIA\n\nBogot\xC3\xA1, 22 de abril de 2026\n\n"
                         "Se\xC3\xB1or\nMateo Ruiz Prado\nPresidente de la Rep\xC3\xBA" "blica de Colombia\nCasa de Nari\xC3\xB1o\n\n"
                         "Las organizaciones abajo firmantes nos dirigimos a usted para expresar nuestra preocupaci\xC3\xB3n por "
                         "los asesinatos de l\xC3\xAD" "deres sociales.\n\nAtentamente,\n\nComisi\xC3\xB3n Andina de Juristas\n"
                         "Fundaci\xC3\xB3n Tierra y Derechos\n")
                       .statement;
    for (auto const& a : s.addresses) CHECK(a.addressee != "PRESIDENTE DE LA REP\xC3\x9A" "BLICA DE COLOMBIA");
    CHECK(s.addressees() == strings{"Mateo Ruiz Prado"});
}

TEST_CASE("calls: a PDF's list in two columns gives each column's items, in their count") {
    auto const s = parse("JOINT STATEMENT ON CIVIC SPACE IN NORVANIA\n\nVienna, 30 January 2026\n\nThe undersigned organisations "
                         "are alarmed by the closure of independent NGOs.\n\nWe urge the Government of Norvania to:\n\n"
                         "1. Repeal the law on foreign funding;          4. Release detained activists;\n"
                         "2. Reinstate the registration of NGOs;         5. Allow peaceful assemblies;\n"
                         "3. End the surveillance of journalists;        6. Invite UN special procedures.\n\n"
                         "Signatories:\nAmber Press Club\nBirchwood Media Watch\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    auto const& calls = s.call_groups[0].calls;
    REQUIRE(calls.size() == 6);
    CHECK(calls[0].text == "Repeal the law on foreign funding;");
    CHECK(calls[2].text == "End the surveillance of journalists;");
    CHECK(calls[3].text == "Release detained activists;");
    CHECK(calls[5].text == "Invite UN special procedures.");
    for (auto const& c : calls) CHECK(c.addressee == "the Government of Norvania");
    CHECK(calls[3].span.start.line == 9);
    CHECK(calls[3].span.start.column == 51);
}

TEST_CASE("calls: under 'Nous appelons :', an item that opens with an address's preposition names whom it asks") {
    auto const s = parse("D\xC3\xA9" "claration conjointe sur le Kandaro\n\nLe 5 mai 2026\n\nNos organisations sont "
                         "pr\xC3\xA9occup\xC3\xA9" "es par l'arrestation de douze militants.\n\nNous appelons :\n\n"
                         "- Aux autorit\xC3\xA9s du Kandaro de lib\xC3\xA9rer les militants d\xC3\xA9tenus ;\n"
                         "- \xC3\x80 la Commission africaine des droits de l'homme et des peuples d'envoyer une mission.\n\n"
                         "Signataires :\nLigue kandaraise des droits de l'homme\nObservatoire de la libert\xC3\xA9 d'expression\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    REQUIRE(s.call_groups[0].calls.size() == 2);
    CHECK(s.call_groups[0].calls[0].addressee == "autorit\xC3\xA9s du Kandaro");
    CHECK(s.call_groups[0].calls[1].addressee == "la Commission africaine des droits de l'homme et des peuples");
}

TEST_CASE("calls: 'The Commission should:' over a list names whom its items ask") {
    auto const s = parse("Joint NGO Statement on Freedom of Association in Eswatini\n\n12 May 2026\n\nThe undersigned "
                         "organisations are concerned by the refusal to register trade unions.\n\nThe Commission should:\n"
                         "1. Adopt a resolution on freedom of association;\n2. Request a promotional visit to Eswatini.\n\n"
                         "Endorsed by:\nAmber Press Club\nBirchwood Media Watch\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    for (auto const& c : s.call_groups[0].calls) CHECK(c.addressee == "The Commission");
}

TEST_CASE("addresses: a conjunction before a marker that opens no addressee is no word of the one before") {
    CHECK(in_paragraph("We submit the following demands to the Intergovernmental Working Group and to all States "
                       "negotiating the treaty.") == strings{"the Intergovernmental Working Group"});
}

TEST_CASE("addresses: a headline's demand on a country the calls name within their addressee adds no addressee") {
    auto const s = parse("Statement: Ostreland must release detained journalists\n\n12 March 2026\n\nWe are alarmed by the "
                         "arrests of fourteen reporters.\n\nWe call on the Government of Ostreland to:\n\n"
                         "- release all journalists;\n- repeal Article 212 of the Criminal Code.\n\n"
                         "Signed:\nAmber Press Club\nBirchwood Media Watch\n")
                       .statement;
    CHECK(s.addressees() == strings{"the Government of Ostreland"});
}

TEST_CASE("addresses: three names or more, each with its article, the first ones apart by commas, are as many addressees") {
    auto const addressees_of = [](std::string const& introduction) {
        auto const s = parse("Joint statement on the judicial reform in Veloria\n\n12 March 2026\n\n" + introduction +
                             "\n\n1. withdraw the draft law on the Supreme Council of Justice;\n2. consult civil society on "
                             "any future reform.\n\nSignatories:\nVeloria Rights Centre\nJustice Watch Europe\n")
                           .statement;
        REQUIRE(s.call_groups.size() == 1);
        return s.call_groups[0].addressees;
    };
    CHECK(addressees_of("We call on the Government, the Parliament and the Judiciary of Veloria to:") ==
          strings{"the Government", "the Parliament", "the Judiciary of Veloria"});
    CHECK(addressees_of("We urge the European Union, the Council of Europe, and the OSCE to:") ==
          strings{"the European Union", "the Council of Europe", "the OSCE"});
    // Countries after the commas enumerate the first name's complements; so do names without an
    // article; a run of commas that no conjunction ends is a name and its apposition.
    CHECK(addressees_of("We call on the governments of the United Kingdom, the Netherlands and the United States to:") ==
          strings{"the governments of the United Kingdom, the Netherlands and the United States"});
    CHECK(addressees_of("We call on the governments of the United Kingdom, Canada and the United States to:") ==
          strings{"the governments of the United Kingdom, Canada and the United States"});
    CHECK(addressees_of("We call on the Minister of Justice, the Honourable Mira Tallow, to:") ==
          strings{"the Minister of Justice, the Honourable Mira Tallow"});
}

TEST_CASE("calls: a lettered heading that opens with an enumeration ('A. Free, prior and informed consent') titles the demands under it") {
    auto const s = parse("Joint civil society statement on the Velmar dams\n\nKuching, 12 April 2026\n\nTo the Government of "
                         "Velmaria:\n\nA. Free, prior and informed consent\n1. Suspend the Velmar-2 dam licence;\n2. Publish all "
                         "environmental impact assessments.\n\nB. Remedy\n3. Compensate the families displaced by the Velmar-1 "
                         "dam.\n\nSignatories:\nVelmar Rivers Network, Malaysia\nBorneo Forest Alliance, Malaysia\n")
                       .statement;
    std::vector<std::string> texts;
    for (auto const& g : s.call_groups)
        for (auto const& c : g.calls) texts.push_back(c.text);
    CHECK(texts == strings{"Suspend the Velmar-2 dam licence;", "Publish all environmental impact assessments.",
                           "Compensate the families displaced by the Velmar-1 dam."});
    // A demand that opens with the same word takes its object: it stays a demand.
    auto const t = parse("Statement on Velmaria\n\n12 April 2026\n\nWe call on the Government of Velmaria to:\n\n"
                         "1. Free the journalists;\n2. Drop the charges.\n\nSignatories:\nVelmar Rivers Network, Malaysia\n"
                         "Borneo Forest Alliance, Malaysia\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    CHECK(t.call_groups[0].calls.size() == 2);
}

TEST_CASE("calls: a footnote's mark at a demand's end is none of its words") {
    auto const s = parse("Open letter to Calder Bank\n\n10 March 2026\n\nWe ask Calder Bank to:\n"
                         "\xE2\x80\xA2 Withdraw from the Punta Gris financing[3];\n"
                         "\xE2\x80\xA2 Adopt a coal exclusion policy by the end of 2026;\xC2\xB2\n"
                         "\xE2\x80\xA2 Stop financing new coal mines;4\n"
                         "\xE2\x80\xA2 Publish its financed emissions for the energy sector.5\n\n"
                         "Signed:\nCoal Free Finance Network, Chile\nBankWatch South, Netherlands\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    std::vector<std::string> texts;
    for (auto const& c : s.call_groups[0].calls) texts.push_back(c.text);
    CHECK(texts == strings{"Withdraw from the Punta Gris financing;", "Adopt a coal exclusion policy by the end of 2026;",
                           "Stop financing new coal mines;", "Publish its financed emissions for the energy sector."});
    // A number's own digits stay: "Article 2.4", "Protocol No.4".
    auto const t = parse("Open letter to the Government of Ostreland\n\n10 March 2026\n\nWe call on the Government of "
                         "Ostreland to:\n- repeal Article 2.4\n- ratify Protocol No.4\n\nSigned:\nAmber Press Club\n"
                         "Birchwood Media Watch\n")
                       .statement;
    REQUIRE(t.call_groups.size() == 1);
    REQUIRE(t.call_groups[0].calls.size() == 2);
    CHECK(t.call_groups[0].calls[0].text == "repeal Article 2.4");
    CHECK(t.call_groups[0].calls[1].text == "ratify Protocol No.4");
}

TEST_CASE("calls: a bilingual text set side by side gives each demand once, in its left column's language") {
    auto const texts_of = [](std::string const& input) {
        std::vector<std::string> texts;
        for (auto const& g : parse(input).statement.call_groups)
            for (auto const& c : g.calls) texts.push_back(c.text);
        return texts;
    };
    CHECK(texts_of("D\xC3\x89" "CLARATION CONJOINTE\tJOINT STATEMENT\nNiamba : lib\xC3\xA9rez les journalistes\tNiamba: free the "
                   "journalists\nKossa, le 4 juillet 2026\tKossa, 4 July 2026\nNous appelons la junte \xC3\xA0 :\tWe call on the "
                   "junta to:\n- lib\xC3\xA9rer les trois journalistes ;\t- release the three journalists;\n- r\xC3\xA9tablir le "
                   "signal de Kossa TV.\t- restore the signal of Kossa TV.\nSignataires / Signatories\nUnion des journalistes du "
                   "Niamba, Niger\nMedia Freedom West Africa, Ghana\n") ==
          strings{"lib\xC3\xA9rer les trois journalistes ;", "r\xC3\xA9tablir le signal de Kossa TV."});
    CHECK(texts_of("Stop the killings in Velmaria\n\n10 June 2026\n\nWe call on the Government of Velmaria to:            Hacemos "
                   "un llamado al Gobierno de Velmaria a:\n1. Fully implement the Peace Agreement;            1. Implementar "
                   "plenamente el Acuerdo de Paz;\n2. Protect social leaders.            2. Proteger a los l\xC3\xAD" "deres "
                   "sociales.\n\nSignatories:\nVelmaria Land Observatory\nRed Andina de Defensores\n") ==
          strings{"Fully implement the Peace Agreement;", "Protect social leaders."});
    // A list set in two columns, numbered on from the left to the right, is two demands a line.
    CHECK(texts_of("Stop the killings in Velmaria\n\n10 June 2026\n\nWe call on the Government of Velmaria to:\n"
                   "1. Implement the Peace Agreement;            3. Protect social leaders;\n"
                   "2. Investigate the killings;            4. Compensate the families.\n\nSignatories:\n"
                   "Velmaria Land Observatory\nRed Andina de Defensores\n") ==
          strings{"Implement the Peace Agreement;", "Investigate the killings;", "Protect social leaders;",
                  "Compensate the families."});
}

TEST_CASE("calls: a heading that names the authors' expectations or demands titles the demands under it") {
    auto const s = parse("Joint statement on the Amber Press Club\n\n12 February 2026\n\nWe, the undersigned organisations, are "
                         "alarmed by the closure of the Amber Press Club.\n\nOur expectations\n\n- Reverse the decision to close "
                         "the club;\n- Drop the charges against its chair.\n\nSigned:\nLens Watch (Veloria)\nAmber Lantern "
                         "Association (Norland)\n")
                       .statement;
    CHECK(call_texts(s) == strings{"Reverse the decision to close the club;", "Drop the charges against its chair."});
    auto const fr = parse("D\xC3\xA9" "claration commune sur l'association Voix Claires\n\nLe 14 janvier 2026\n\nNos organisations "
                          "condamnent la dissolution de l'association Voix Claires.\n\nNos attentes\n\n- Abroger le d\xC3\xA9" "cret de "
                          "dissolution ;\n- Restituer ses locaux \xC3\xA0 l'association.\n\nSignataires :\nLigue des droits du "
                          "Norland\nCollectif Lanterne\n")
                        .statement;
    CHECK(call_texts(fr).size() == 2);
    // "Our demands" / "- Reverse the decision to close …": a demand that opens with its verb names
    // what it asks for, no one asked ("Reverse the decision" is no addressee).
    auto const demands = parse("Joint statement on the Amber Press Club\n\n12 February 2026\n\nOur demands\n\n- Reverse the "
                               "decision to close the club;\n- Drop the charges against its chair.\n\nSigned:\nLens Watch "
                               "(Veloria)\nAmber Lantern Association (Norland)\n")
                             .statement;
    CHECK(call_texts(demands).size() == 2);
    CHECK(demands.addressees().empty());
}

TEST_CASE("calls: the authors' demands addressed to a body name it ('the following demands to the Government of X:')") {
    auto const s = parse("Joint statement on the law on foreign agents\n\nThe undersigned organisations condemn the law adopted "
                         "on 2 February 2026.\n\nWe address the following demands to the Government of Veloria:\n\n- withdraw the "
                         "law;\n- stop the inspections of associations.\n\nSigned:\nLens Watch\nAmber Lantern Association\n")
                       .statement;
    CHECK(call_texts(s) == strings{"withdraw the law;", "stop the inspections of associations."});
    CHECK(s.addressees() == strings{"the Government of Veloria"});
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups[0].calls[0].addressee == "the Government of Veloria");
    auto const fr = parse("D\xC3\xA9" "claration commune sur la loi sur les agents \xC3\xA9trangers\n\nNos organisations condamnent "
                          "la loi.\n\nNous adressons les revendications suivantes au gouvernement de la Veloria :\n\n- retirer la "
                          "loi ;\n- cesser les inspections des associations.\n\nSignataires :\nLigue des droits du Norland\n"
                          "Collectif Lanterne\n")
                        .statement;
    CHECK(fr.addressees() == strings{"gouvernement de la Veloria"});
}

TEST_CASE("calls: a numbered heading over demands numbered anew from one is no demand") {
    auto const s = parse("Joint statement on the Port Aurel killings\n\nThe undersigned organisations call on the authorities of "
                         "Veloria to act on the following:\n\n1. Accountability\n1. Open an independent investigation into the "
                         "killings.\n2. Prosecute all those responsible.\n\n2. Reparations\n1. Compensate the families of the "
                         "victims.\n\nSigned:\nLens Watch\nAmber Lantern Association\n")
                       .statement;
    CHECK(call_texts(s) == strings{"Open an independent investigation into the killings.", "Prosecute all those responsible.",
                                   "Compensate the families of the victims."});
    REQUIRE(s.call_groups.size() == 1);
    for (auto const& c : s.call_groups[0].calls) CHECK(c.addressee == "the authorities of Veloria");
}

TEST_CASE("calls: an introduction set in two columns names its addressee in its left column's words") {
    auto const s = parse("Joint statement on the detained defenders\n\nWe, the undersigned organisations,        Nous, "
                         "organisations soussign\xC3\xA9" "es,\ncall on the Government of Norland to:     appelons le gouvernement "
                         "du Norland \xC3\xA0 :\n\n- release the defenders;         - lib\xC3\xA9rer les d\xC3\xA9" "fenseurs ;\n- end "
                         "the reprisals.             - mettre fin aux repr\xC3\xA9" "sailles.\n\nSigned:\nLens Watch\nLigue des "
                         "droits du Norland\n")
                       .statement;
    CHECK(call_texts(s) == strings{"release the defenders;", "end the reprisals."});
    CHECK(s.addressees() == strings{"the Government of Norland"});
}

TEST_CASE("calls: a scan's bullets read as 'e' mark demands") {
    auto const s = parse("Joint statement on political prisoners in Norland\n\nThe undersigned organisations call on the "
                         "authorities of Norland to:\n\ne Release all political prisoners;\ne Ensure that detainees see their "
                         "lawyers.\n\nSigned:\nLens Watch\nAmber Lantern Association\n")
                       .statement;
    CHECK(call_texts(s) == strings{"Release all political prisoners;", "Ensure that detainees see their lawyers."});
}

TEST_CASE("addresses: a greeting of two titles joined by a conjunction greets two readers") {
    auto const names = [](std::string_view line) {
        std::vector<std::string> out;
        for (auto const r : recognise::greeted_readers(line)) out.emplace_back(line.substr(r.begin, r.end - r.begin));
        return out;
    };
    CHECK(names("Dear Minister and Commissioner,") == strings{"Minister", "Commissioner"});
    CHECK(names("Dear President and Members of the Committee,") == strings{"President", "Members of the Committee"});
    // One title whose complement holds the conjunction, a couple under one name, readers at large.
    CHECK(names("Dear Minister of Justice and Human Rights,") == strings{"Minister of Justice and Human Rights"});
    CHECK(names("Dear Mr and Mrs Okafor,") == strings{"Mr and Mrs Okafor"});
    CHECK(names("Dear Ladies and Gentlemen,").empty());
    CHECK(names("Sehr geehrte Damen und Herren,").empty());
    auto const s = parse("Open letter on the Schools for All programme\n\nDear Minister and Commissioner,\n\nWe, the undersigned "
                         "organisations, ask you to:\n- keep the programme funded until 2028;\n- consult parents before any "
                         "change.\n\nYours sincerely,\nLens Watch\nAmber Lantern Association\n")
                       .statement;
    CHECK(s.addressees() == strings{"Minister", "Commissioner"});
}

TEST_CASE("calls: a letter's two readers are each asked the calls that say 'you', as its one reader is") {
    auto const asked = [](std::string_view greeting) {
        auto const s = parse("Open letter on the Lantern Bridge school\n\n" + std::string(greeting) +
                             "\n\nWe, the undersigned organisations, write to you about the school's closure.\n\nWe ask you "
                             "to:\n- keep the school open until 2028;\n- consult the parents before any change.\n\nYours "
                             "sincerely,\nLens Watch\nAmber Lantern Association\n")
                           .statement;
        REQUIRE(s.call_groups.size() == 1);
        return s.call_groups.front().calls;
    };
    auto const one = asked("Dear Minister,");
    REQUIRE(one.size() == 2);
    for (auto const& c : one) CHECK(c.addressee == std::optional<std::string>("Minister"));
    auto const two = asked("Dear Minister and Commissioner,");
    REQUIRE(two.size() == 2);
    for (auto const& c : two) {
        CHECK(c.addressee == std::optional<std::string>("Commissioner"));
        CHECK(c.addressees == strings{"Minister", "Commissioner"});
    }
}

TEST_CASE("calls: a scan's bullets read as 'e' on some lines and 'o' on others mark one list's demands") {
    auto const s = parse("Joint statement on political prisoners in Norland\n\nThe undersigned organisations call on the "
                         "authorities of Norland to:\n\ne Release all political prisoners;\ne Ensure that detainees see their "
                         "lawyers;\no Investigate the reports of torture;\no End solitary confinement.\n\nSigned:\nLens "
                         "Watch\nAmber Lantern Association\n")
                       .statement;
    CHECK(call_texts(s) == strings{"Release all political prisoners;", "Ensure that detainees see their lawyers;",
                                   "Investigate the reports of torture;", "End solitary confinement."});
}

TEST_CASE("calls: 'von' before a capital goes on with the addressee's name, as its complement") {
    auto const s = parse("Gemeinsame Erkl\xC3\xA4rung zum Mediengesetz\n\nDie unterzeichnenden Organisationen verurteilen das "
                         "Gesetz.\n\nWir richten folgende Forderungen an die Regierung von Veloria:\n\n- Das Gesetz "
                         "zur\xC3\xBC" "cknehmen;\n- Die Kontrollen der Vereine einstellen.\n\nUnterzeichnende:\nNetzwerk Bernstein\n"
                         "Verein Lanterna\n")
                       .statement;
    REQUIRE(s.call_groups.size() == 1);
    CHECK(s.call_groups.front().addressees == strings{"die Regierung von Veloria"});
    for (auto const& c : s.call_groups.front().calls) CHECK(c.addressee == std::optional<std::string>("die Regierung von Veloria"));
    // Before a word in lower case or a number it opens what is asked, or who asks, as it did.
    auto const paragraph = parse("Gemeinsame Erkl\xC3\xA4rung zum Mediengesetz\n\nWir appellieren an die Regierung von Veloria, "
                                 "die Verfahren einzustellen.\n\nWir appellieren an den Senat von Nordhafen:\n- das Gesetz "
                                 "aufzuheben;\n- die Vereine anzuh\xC3\xB6ren.\n\nUnterzeichnende:\nNetzwerk Bernstein\nVerein "
                                 "Lanterna\n")
                               .statement;
    CHECK(paragraph.addressees() == strings{"die Regierung von Veloria", "den Senat von Nordhafen"});
}

TEST_CASE("calls: a sentence that asks three things apart by semicolons makes a demand of each") {
    auto const s = parse("Joint statement on internet shutdowns in Norland\n\nThe undersigned organisations condemn the "
                         "shutdowns.\n\nWe call on the Government of Norland to restore access to the internet; to refrain "
                         "from further shutdowns; and to publish the orders issued to operators.\n\nSigned:\nLens Watch\nAmber "
                         "Lantern Association\n")
                       .statement;
    CHECK(call_texts(s) == strings{"restore access to the internet;", "refrain from further shutdowns;",
                                   "publish the orders issued to operators."});
    REQUIRE(s.call_groups.size() == 1);
    for (auto const& c : s.call_groups.front().calls) CHECK(c.addressee == std::optional<std::string>("the Government of Norland"));
    // Bare verbs after the first marker; a clause that opens with a name after a semicolon is prose.
    auto const bare = parse("Joint statement on Norland\n\nThe undersigned organisations condemn the shutdowns.\n\nWe urge the "
                            "authorities of Norland to release the bloggers; repeal the law; and allow the monitors in.\n\n"
                            "Signed:\nLens Watch\nAmber Lantern Association\n")
                          .statement;
    CHECK(call_texts(bare) == strings{"release the bloggers;", "repeal the law;", "allow the monitors in."});
    auto const prose = parse("Joint statement on Norland\n\nThe undersigned organisations condemn the shutdowns.\n\nWe urge the "
                             "authorities of Norland to act; Norland has signed the Covenant; its courts are silent.\n\nSigned:\n"
                             "Lens Watch\nAmber Lantern Association\n")
                           .statement;
    CHECK(call_texts(prose).empty());
}

TEST_CASE("calls: a demand cut by a page's running line reads on past it, and the line is the page's furniture") {
    auto const s = parse("Joint statement on the closure of media in Norland\n\nThe undersigned organisations condemn the "
                         "closures.\n\nWe call on the Government of Norland to:\n\n1. Reverse the decision to close the Lantern "
                         "and the Coastal\nJoint statement on media in Norland                12 March 2026\nGazette, and return "
                         "their equipment;\n2. Release the detained journalists.\n\nSigned:\nLens Watch\nAmber Lantern Association\n")
                       .statement;
    CHECK(call_texts(s) == strings{"Reverse the decision to close the Lantern and the Coastal Gazette, and return their equipment;",
                                   "Release the detained journalists."});
    auto const header = std::find_if(s.outline.begin(), s.outline.end(), [](outline_entry const& o) {
        return o.role == block_role::chrome_footer;
    });
    CHECK(header != s.outline.end());
    // A demand that ends with its punctuation over a line of the text is read as it was.
    auto const whole = parse("Joint statement on the closure of media in Norland\n\nThe undersigned organisations condemn the "
                             "closures.\n\nWe call on the Government of Norland to:\n\n1. Reverse the decision to close the "
                             "Lantern;\n2. Release the detained journalists.\n\nSigned:\nLens Watch\nAmber Lantern Association\n")
                           .statement;
    CHECK(call_texts(whole) == strings{"Reverse the decision to close the Lantern;", "Release the detained journalists."});
}

TEST_CASE("addresses: a town and its country under the readers' label is where they are, no reader") {
    auto const s = parse("Joint letter on the mandate of the Special Rapporteur on Norland\n\nTo:\nPermanent Representatives of "
                         "the Member States of the Council\nGeneva, Switzerland\n\nExcellencies,\n\nWe, the undersigned "
                         "organisations, write to urge your delegation to act.\n\nWe urge your delegation to:\n- vote for the "
                         "resolution;\n- raise the cases of political prisoners.\n\nSincerely,\nLens Watch\nAmber Lantern "
                         "Association\n")
                       .statement;
    strings const reader{"Permanent Representatives of the Member States of the Council"};
    CHECK(s.addressees() == reader);
    REQUIRE(s.call_groups.size() == 1);
    for (auto const& c : s.call_groups.front().calls) CHECK(c.addressee == std::optional<std::string>(reader.front()));
    // An office and its country is a reader.
    auto const office = parse("Joint letter on Norland\n\nTo:\nMinistry of Justice, Norway\n\nWe, the undersigned "
                              "organisations, write to you.\n")
                            .statement;
    CHECK(office.addressees() == strings{"Ministry of Justice, Norway"});
}

TEST_CASE("addresses: a reader's postal address under the name and office is the address line's, no paragraph") {
    auto const outlined_as_addressee = [](statement const& s, std::string_view input, std::string_view line) {
        auto const at = input.find(line);
        for (auto const& e : s.outline)
            if (e.role == block_role::addressee && e.span.begin <= at && at < e.span.end) return true;
        return false;
    };
    auto const in_paragraphs = [](statement const& s, std::string_view line) {
        for (auto const& p : s.paragraphs)
            if (p.text.find(line) != std::string::npos) return true;
        return false;
    };
    {
        std::string const input =
            "Open letter on the tailings dam at Amber Ridge\n\n30 June 2026\n\n"
            "Mr. Oren Talbot\nChief Executive Officer\nLanternstone Mining plc\n12 Harbour Row\nLondon EC1A 4JQ\nUnited Kingdom\n\n"
            "Dear Mr. Talbot,\n\nWe are writing to you about the tailings dam at Amber Ridge.\n\n"
            "Yours sincerely,\n\nAmber Ridge Herders' Council (Mongolia)\nClear Water Watch (United Kingdom)\n";
        auto const s = parse(input).statement;
        REQUIRE(s.addresses.size() == 1);
        CHECK(s.addresses[0].addressee == "Mr. Oren Talbot, Chief Executive Officer");
        for (auto const line : {"Lanternstone Mining plc", "12 Harbour Row", "London EC1A 4JQ", "United Kingdom"}) {
            CHECK_FALSE(in_paragraphs(s, line));
            CHECK(outlined_as_addressee(s, input, line));
        }
        CHECK(s.signatories.size() == 2);
    }
    {
        // "An das": a preposition and an article alone name no one; the body under them is the reader.
        std::string const input =
            "Offener Brief zur Abschiebehaft in Talheim\n\nAn das\nMinisterium des Innern des Landes Talheim\n"
            "Herrn Minister Gerold Amsel\nLindenplatz 3\n81234 Talstadt\n\nTalstadt, 14. Mai 2026\n\n"
            "Sehr geehrter Herr Minister,\n\nwir, die unterzeichnenden Organisationen, fordern Sie auf, die Abschiebehaft "
            "für Familien sofort zu beenden.\n\nMit freundlichen Grüßen\n\nFlüchtlingsrat Talheim e.V.\nInitiative Lindenhof\n";
        auto const s = parse(input).statement;
        REQUIRE(s.addresses.size() >= 1);
        CHECK(s.addresses[0].addressee == "Ministerium des Innern des Landes Talheim");
        for (auto const line : {"Herrn Minister Gerold Amsel", "Lindenplatz 3", "81234 Talstadt"}) {
            CHECK_FALSE(in_paragraphs(s, line));
            CHECK(outlined_as_addressee(s, input, line));
        }
    }
    {
        // "Avenida Libertad 450" / "Santiago" / "Chile": an address without a postcode, its street
        // and building's number, then its town and country up to the blank line, closes the name and
        // office over it as a postcode does.
        std::string const input =
            "Carta abierta sobre los defensores ambientales\n\nSra. Lucía Herrera Campos\nMinistra del Interior\n"
            "Avenida Libertad 450\nSantiago\nChile\n\nValparaíso, 5 de mayo de 2026\n\nEstimada Ministra:\n\n"
            "Las organizaciones firmantes le solicitamos que proteja a los defensores ambientales amenazados.\n\n"
            "Atentamente,\n\nRed Austral de Defensores\nColectivo Mar y Cordillera\n";
        auto const s = parse(input).statement;
        REQUIRE(s.addresses.size() == 1);
        CHECK(s.addresses[0].addressee == "Sra. Lucía Herrera Campos, Ministra del Interior");
        for (auto const line : {"Avenida Libertad 450", "Santiago", "Chile"}) {
            CHECK_FALSE(in_paragraphs(s, line));
            CHECK(outlined_as_addressee(s, input, line));
        }
        auto const town_only = parse("Carta abierta sobre la libertad de prensa\n\nSr. Martín Ocampo Ruiz\nMinistro de "
                                     "Comunicaciones\nAv. Central 88\nPelamia\n\nEstimado Ministro:\n\nLas organizaciones "
                                     "firmantes le solicitamos que retire el proyecto de ley de medios.\n")
                                   .statement;
        REQUIRE(town_only.addresses.size() == 1);
        CHECK(town_only.addresses[0].addressee == "Sr. Martín Ocampo Ruiz, Ministro de Comunicaciones");
    }
    {
        // A date under the address is no postcode: the lines over it stay as they were read.
        std::string const input = "Open letter on the river\n\nMr. Oren Talbot\nChief Executive Officer\n14.05.2026\n\n"
                                  "Dear Mr. Talbot,\n\nWe write about the river.\n";
        auto const s = parse(input).statement;
        CHECK_FALSE(outlined_as_addressee(s, input, "14.05.2026"));
    }
}

TEST_CASE("addresses: the names under a copy list's key and its first name are in copy, no addressees") {
    std::string const input =
        "Open letter on the detention of blogger Ilan Merov\n\n"
        "To: Mr. Oskar Venn, Minister of Justice of Norland\n\n"
        "Cc: Ms. Alia Ferro, Prosecutor General of Norland\n"
        "    Mr. Teo Brandt, Ombudsman of Norland\n\n"
        "Dear Minister,\n\nWe urge you to release Ilan Merov without delay.\n\n"
        "Sincerely,\n\nNorthern Press Watch (Norland)\nFree Voices Network (Sweden)\n";
    auto const s = parse(input).statement;
    CHECK(s.addressees() == strings{"Mr. Oskar Venn, Minister of Justice of Norland"});
    CHECK(s.signatories.size() == 2);
}

TEST_CASE("addresses: a city and its country under the readers after 'To:' is where they are, no reader") {
    std::string const input =
        "Joint letter on the renewal of the expert mandate on Norland\n\nTo:\n"
        "Permanent Representatives of Member States of the UN Human Rights Council\nGeneva, Switzerland\n\n"
        "3 March 2026\n\nExcellencies,\n\nWe, the undersigned organisations, write to urge your delegation to support "
        "the renewal of the mandate.\n\nSincerely,\n\nAmber Rights Group\nCoral Justice Centre\n";
    auto const s = parse(input).statement;
    CHECK(s.addressees() == strings{"Permanent Representatives of Member States of the UN Human Rights Council"});
    for (auto const& p : s.paragraphs) CHECK(p.text.find("Geneva") == std::string::npos);
}

TEST_CASE("addresses: a French letter's address block that opens with a title that also greets ('Madame Claire Fontaine')") {
    auto const s = parse("Lettre ouverte sur la fermeture des centres d'accueil\n\n"
                         "Madame Claire Fontaine\nMinistre des Solidarit\xC3\xA9s\n14 avenue Duquesne\n75007 Paris\n\n"
                         "Marseille, le 2 avril 2026\n\nMadame la Ministre,\n\n"
                         "Nous, associations signataires, vous demandons de maintenir ouverts les centres d'accueil de jour.\n\n"
                         "Veuillez agr\xC3\xA9" "er, Madame la Ministre, l'expression de notre haute consid\xC3\xA9ration.\n\n"
                         "Association Phare Solidaire\nCollectif Accueil Marseille\n")
                       .statement;
    REQUIRE_FALSE(s.addressees().empty());
    CHECK(s.addressees().front() == "Madame Claire Fontaine, Ministre des Solidarit\xC3\xA9s");
    CHECK(s.signatories.size() == 2);
    // The greeting itself, the title before an article, names no reader of its own line.
    for (auto const& a : s.addressees()) CHECK(a != "la Ministre");
}
