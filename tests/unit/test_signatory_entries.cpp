// What a signer's entry carries beside its name, and how one line of a list becomes one
// entry or several: names with commas of their own, where an organisation is based, a
// person's name over their role. Through the public API only; every organisation, person
// and place here is invented.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace civic;

TEST_CASE("entries: a union's name that enumerates its trades apart by commas is one signer, not one for each trade") {
    auto const s = parse("Joint statement on union rights\n\nWe, the undersigned trade unions, call on the Government of "
                         "Amberland to release the union leaders.\n\nSigned:\n"
                         "Amber Union of Domestic, Hotels, Educational Institutions, Hospitals and Allied Workers (AUDHEIHA)\n"
                         "Federation of Food, Beverage, Tobacco and Allied Workers' Unions, Kenya\n"
                         "Uganda Hotels, Food, Tourism, Supermarkets and Allied Workers' Union, Uganda\n"
                         "Gewerkschaft Nahrung, Genuss, Gastst\xC3\xA4tten (NGG), Germany\n"
                         "Sindicato de Trabajadores de la Industria, Comercio, Servicios (SITICS)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[0].name == "Amber Union of Domestic, Hotels, Educational Institutions, Hospitals and Allied Workers");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("AUDHEIHA"));
    CHECK(s.signatories[1].name == "Federation of Food, Beverage, Tobacco and Allied Workers' Unions");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[2].name == "Uganda Hotels, Food, Tourism, Supermarkets and Allied Workers' Union");
    CHECK(s.signatories[2].type == signatory_type::organisation);
    CHECK(s.signatories[2].country_code == std::optional<std::string>("UG"));
    CHECK(s.signatories[3].name == "Gewerkschaft Nahrung, Genuss, Gastst\xC3\xA4tten");
    CHECK(!s.signatories[3].place);
    CHECK(s.signatories[4].acronym == std::optional<std::string>("SITICS"));
    // Names of their own, apart by commas, are still several signers.
    auto const t = parse("Joint statement\n\nWe, the undersigned, call on the Government of Amberland to release the "
                         "journalists.\n\nSigned:\nAmber Press Union, Birchwood Media Centre, Coral Journalists Network\n"
                         "Dune Legal Aid, Oxfam, Greenpeace and Friends of the Earth Amberland\n")
                       .statement;
    CHECK(t.signatories.size() >= 6);
}

TEST_CASE("entries: where an organisation is based, after its name's comma, is its place or its country, none of its name") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the authorities of Amberland to "
                         "release the journalists.\n\nSignatories:\nCoastal Rights Trust, based in London\n"
                         "Observatoire des libert\xC3\xA9s, bas\xC3\xA9 \xC3\xA0 Tunis\nDune Media Watch, based in Kenya\n"
                         "Birchwood Press Forum\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Coastal Rights Trust");
    CHECK(s.signatories[0].place == std::optional<std::string>("London"));
    CHECK_FALSE(s.signatories[0].country.has_value());
    CHECK(s.signatories[1].name == "Observatoire des libert\xC3\xA9s");
    CHECK(s.signatories[1].place == std::optional<std::string>("Tunis"));
    CHECK(s.signatories[2].name == "Dune Media Watch");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("KE"));
}

TEST_CASE("entries: a name with particles after a given name no table lists, over a role line, is a person with that role") {
    auto const s = parse("Joint statement on banana workers' rights\n\nWe, the undersigned, call on the supermarkets to pay "
                         "a living wage.\n\nSignatories:\n\nPieter van Dijk\nCoordinator, Banana Link Europe\n\n"
                         "Anke de Vries\nResearcher, Coral Institute\n\nCasa de la Mujer\nBirchwood Rights Forum\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Pieter van Dijk");
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.signatories[0].role == std::optional<std::string>("Coordinator, Banana Link Europe"));
    CHECK(s.signatories[1].type == signatory_type::person);
    CHECK(s.signatories[1].role == std::optional<std::string>("Researcher, Coral Institute"));
    CHECK(s.signatories[2].type == signatory_type::organisation);
}

TEST_CASE("entries: an organisation's standing in parentheses is its role, none of its name, acronym or country") {
    auto const s = parse("Joint statement on press freedom in Veloria\n\nWe, the undersigned organisations, call on the "
                         "authorities of Veloria to release the journalists.\n\nSignatories:\n"
                         "Centre for Media Freedom in Eastern Regions (Observer Status 377)\n"
                         "Amberline Press Foundation (IFEX member)\n"
                         "Coral Rights Network (ECOSOC consultative status)\n"
                         "Lantern Civic Institute (in formation)\n"
                         "Meadow Legal Aid Group (on behalf of the Meadow Coalition)\n"
                         "Birchwood Journalists Forum (IFEX member, Kenya)\n"
                         "Fundacja Bursztyn (w organizacji)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 7);
    CHECK(s.signatories[0].name == "Centre for Media Freedom in Eastern Regions");
    CHECK(s.signatories[0].role == std::optional<std::string>("Observer Status 377"));
    CHECK(s.signatories[1].name == "Amberline Press Foundation");
    CHECK(s.signatories[1].role == std::optional<std::string>("IFEX member"));
    CHECK(s.signatories[2].name == "Coral Rights Network");
    CHECK_FALSE(s.signatories[2].acronym.has_value());  // not "ECOSOC"
    CHECK(s.signatories[3].name == "Lantern Civic Institute");
    CHECK(s.signatories[4].name == "Meadow Legal Aid Group");
    CHECK(s.signatories[4].role == std::optional<std::string>("on behalf of the Meadow Coalition"));
    CHECK(s.signatories[5].name == "Birchwood Journalists Forum");
    CHECK(s.signatories[5].role == std::optional<std::string>("IFEX member"));
    CHECK(s.signatories[5].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[6].name == "Fundacja Bursztyn");
    for (auto const& signer : s.signatories) CHECK(signer.type == signatory_type::organisation);
}

TEST_CASE("entries: a standing in another language, as a compound or after a long body's name, is the signer's role") {
    auto const s = parse("Gemeinsame Erkl\xC3\xA4rung zur Pressefreiheit\n\nWir fordern die Beh\xC3\xB6rden Veloriens auf, "
                         "die Journalisten freizulassen.\n\nUnterzeichnende:\n"
                         "Amberline Presse Stiftung (IFEX-Mitglied)\n"
                         "Korallen Medienhaus (Mitglied des Europ\xC3\xA4ischen Netzwerks)\n"
                         "Dr. Anna Berg (Mitglied des Netzwerks)\n"
                         "Veille des Dunes Association (statut d'observateur aupr\xC3\xA8s de la Commission africaine)\n"
                         "Институт Фонарь (статус наблюдателя при Совете Европы)\n"
                         "Access Now Amberland (IFEX member)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[0].name == "Amberline Presse Stiftung");
    CHECK_FALSE(s.signatories[0].acronym.has_value());  // not "IFEX-Mitglied"
    CHECK(s.signatories[0].role == std::optional<std::string>("IFEX-Mitglied"));
    // A name of a person's shape, no given name nor title before it: an organisation's standing.
    CHECK(s.signatories[1].name == "Korallen Medienhaus");
    CHECK(s.signatories[1].type == signatory_type::organisation);
    // A title shows a person, whose standing it is.
    CHECK(s.signatories[2].name == "Dr. Anna Berg");
    CHECK(s.signatories[2].type == signatory_type::person);
    CHECK(s.signatories[2].role == std::optional<std::string>("Mitglied des Netzwerks"));
    CHECK(s.signatories[3].name == "Veille des Dunes Association");
    CHECK(s.signatories[4].name == "Институт Фонарь");
    CHECK(s.signatories[5].name == "Access Now Amberland");
    CHECK(s.signatories[5].role == std::optional<std::string>("IFEX member"));
}

TEST_CASE("entries: a country's code alone in parentheses is the signer's country where the list gives countries") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the European Commission to "
                         "protect civic space.\n\nSignatories:\nAmber Press Foundation (Kenya)\nRights Watch Alpine (AT)\n"
                         "Coral Civic Network, Germany\nGreenpeace Amberland (GA)\nDune Media Centre \xE2\x80\x93 Uganda\n"
                         "Mira Tallow (MP)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[1].name == "Rights Watch Alpine");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("AT"));
    CHECK_FALSE(s.signatories[1].acronym.has_value());
    // A code that abbreviates its name, or opens with its first letter, is its short form.
    CHECK(s.signatories[3].acronym == std::optional<std::string>("GA"));
    CHECK_FALSE(s.signatories[3].country.has_value());
    // After a person's name, two capitals are their title.
    CHECK_FALSE(s.signatories[5].country.has_value());
    // Where the list gives no country, the code may be an acronym, and stays one.
    auto const t = parse("Joint statement\n\nWe call on the European Commission to protect civic space.\n\n"
                         "Signatories:\nAmber Press Foundation\nRights Watch Alpine (AT)\nCoral Civic Network\n")
                       .statement;
    REQUIRE(t.signatories.size() == 3);
    CHECK(t.signatories[1].acronym == std::optional<std::string>("AT"));
    CHECK_FALSE(t.signatories[1].country.has_value());
}

TEST_CASE("entries: names glued by semicolons or commas, some with a country after a dash, part at the list's separator") {
    auto const s = parse("Joint statement on migrant domestic workers\n\nWe call on the governments of the region to "
                         "abolish the sponsorship system.\n\nSignatories:\n\n"
                         "Amber Press Foundation; Bayanihan Workers Alliance \xE2\x80\x93 Philippines; Coral Care Network "
                         "\xE2\x80\x93 Kenya; Dune Watch.\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Amber Press Foundation");
    CHECK(s.signatories[1].name == "Bayanihan Workers Alliance");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("PH"));
    CHECK(s.signatories[2].name == "Coral Care Network");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[3].name == "Dune Watch");
    auto const t = parse("Joint statement on migrant domestic workers\n\nWe call on the governments of the region to "
                         "abolish the sponsorship system.\n\nSignatories:\n\n"
                         "Amber Press Foundation, Bayanihan Workers Alliance \xE2\x80\x93 Philippines, Coral Care Network "
                         "\xE2\x80\x93 Kenya, Dune Watch\n")
                       .statement;
    REQUIRE(t.signatories.size() == 4);
    CHECK(t.signatories[1].name == "Bayanihan Workers Alliance");
    CHECK(t.signatories[1].country_code == std::optional<std::string>("PH"));
    // A name, its town and its country, apart by dashes, stay one signer.
    auto const u = parse("Joint statement\n\nWe call on the authorities to act.\n\nSignatories:\n\n"
                         "Helsinki Citizens Circle \xE2\x80\x93 Vanadzor \xE2\x80\x93 Armenia\nAmber Press Foundation (Kenya)\n")
                       .statement;
    REQUIRE(u.signatories.size() == 2);
    CHECK(u.signatories[0].country_code == std::optional<std::string>("AM"));
}

TEST_CASE("entries: an organisation's name written in lower case is a signer of the list, not the rest of the line above") {
    auto const s = parse("D\xC3\xA9" "claration commune pour la lib\xC3\xA9ration des d\xC3\xA9" "fenseures\n\n8 mars 2024\n\n"
                         "Nous appelons les autorit\xC3\xA9s de Valmorie \xC3\xA0 lib\xC3\xA9rer les d\xC3\xA9" "fenseures "
                         "d\xC3\xA9tenues.\n\nSignataires :\n\n"
                         "Ligue valmorienne des droits humains\n"
                         "Association des femmes juristes de Valmorie\n"
                         "association des femmes de Kerbala\n"
                         "Collectif pour la justice sociale\n"
                         "centro de derechos humanos Alba Nueva\n"
                         "r\xC3\xA9seau des jeunes leaders du Sahel\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[1].name == "Association des femmes juristes de Valmorie");
    CHECK(s.signatories[2].name == "association des femmes de Kerbala");
    CHECK(s.signatories[4].name == "centro de derechos humanos Alba Nueva");
    CHECK(s.signatories[5].name == "r\xC3\xA9seau des jeunes leaders du Sahel");
    CHECK(s.unrecognised.empty());
}

TEST_CASE("entries: a parenthesis among a name's words is its own, the parentheses after its last word its parts") {
    auto const s = parse("Déclaration commune\n\nNous appelons les autorités de Valmorie à libérer "
                         "les syndicalistes.\n\nSignataires :\n"
                         "Union (Nord) des Journalistes (France)\n"
                         "Syndicat (Sud) des Enseignants du Rail (SSER) (Belgique)\n"
                         "Fédération (Ouest) des Travailleurs\n"
                         "Collectif Ambre (Suisse)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Union (Nord) des Journalistes");
    CHECK(s.signatories[0].country_code == std::optional<std::string>("FR"));
    CHECK(s.signatories[1].name == "Syndicat (Sud) des Enseignants du Rail");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("SSER"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("BE"));
    CHECK(s.signatories[2].name == "Fédération (Ouest) des Travailleurs");
    CHECK_FALSE(s.signatories[2].country.has_value());
}

TEST_CASE("entries: the name's first words in parentheses, beside its country, are its short form") {
    auto const s = parse("Joint statement\n\nWe call on the governments of the region to protect human rights "
                         "defenders.\n\nSignatories:\n"
                         "Lantern Rights (LR) – Armenia\n"
                         "Lantern Rights (Lantern) – Armenia\n"
                         "Front Line Watchers (Front Line) (Georgia)\n"
                         "Dunmore Lawyers Network (Dunmore)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].acronym == std::optional<std::string>("LR"));
    CHECK(s.signatories[1].name == "Lantern Rights");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("Lantern"));  // not a town
    CHECK_FALSE(s.signatories[1].place.has_value());
    CHECK(s.signatories[1].country_code == std::optional<std::string>("AM"));
    CHECK(s.signatories[2].acronym == std::optional<std::string>("Front Line"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("GE"));
    // Where no country stands beside them, the first words are the place the name opens with.
    CHECK(s.signatories[3].place == std::optional<std::string>("Dunmore"));
    CHECK_FALSE(s.signatories[3].acronym.has_value());
}

TEST_CASE("entries: an investor's name, its country and the assets it manages, apart by dashes, are one signer") {
    auto const s = parse("Investor statement on human rights due diligence\n\nWe, the undersigned investors, call on the "
                         "European Union to adopt a strong due diligence law.\n\nSignatories:\n"
                         "Green Capital Partners – UK – AUM $2.1bn\n"
                         "Amber Asset Management – Netherlands – AuM: €540m\n"
                         "Coral Pension Fund – Sweden\n"
                         "Dune Stewardship Trust (USD 2.1 bn AUM)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Green Capital Partners");
    CHECK(s.signatories[0].country_code == std::optional<std::string>("GB"));
    CHECK(s.signatories[1].name == "Amber Asset Management");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("NL"));
    CHECK(s.signatories[3].name == "Dune Stewardship Trust");
    CHECK_FALSE(s.signatories[3].acronym.has_value());
}

TEST_CASE("entries: a union's name that enumerates its trades after a list's conjunction is one signer, the name before it another") {
    auto const s = parse("Joint statement on union rights\n\nWe call on the authorities of Veloria to release the union "
                         "leaders.\n\nSignatories:\n"
                         "Amber Press Foundation, Coral Network, Dune Watch and Union of Bakers, Cooks, Waiters and Allied Workers\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[2].name == "Dune Watch");
    CHECK(s.signatories[3].name == "Union of Bakers, Cooks, Waiters and Allied Workers");
    // A name whose words before the enumeration hold a conjunction, no kind after it, is one.
    auto const t = parse("Joint statement on union rights\n\nWe call on the authorities of Veloria to release the union "
                         "leaders.\n\nSignatories:\n"
                         "Amber Press Foundation\n"
                         "Transport and General Workers' Union of Drivers, Porters and Dock Workers\n")
                       .statement;
    REQUIRE(t.signatories.size() == 2);
    CHECK(t.signatories[1].name == "Transport and General Workers' Union of Drivers, Porters and Dock Workers");
}

TEST_CASE("entries: a person's second post after a semicolon is hers, no signer of its own") {
    auto const s = parse("Open letter\n\nWe, the undersigned, urge the Government of Ruritania to repeal the NGO law.\n\n"
                         "Signatories:\n"
                         "Oren Vale, Director, Coral Institute; Chair, Dune Network\n"
                         "Mira Tallow, Professor of Law, Amber University\n"
                         "Amber Press Foundation; Coral Media Centre; Dune Watch\n")
                       .statement;
    REQUIRE(s.signatories.size() == 5);
    CHECK(s.signatories[0].name == "Oren Vale");
    CHECK(s.signatories[0].type == signatory_type::person);
    CHECK(s.signatories[0].role == std::optional<std::string>("Director, Coral Institute; Chair, Dune Network"));
    CHECK(s.signatories[2].name == "Amber Press Foundation");
    CHECK(s.signatories[4].name == "Dune Watch");
}

TEST_CASE("entries: a person, her post and where she holds it apart by dashes ('Ana Ruiz – Directora – Colectivo Lumbre') are one signer, not three") {
    auto const s = parse("Declaración conjunta sobre la detención de periodistas en Amberland\n\n"
                         "Las organizaciones y personas abajo firmantes exigimos al Gobierno de Amberland la liberación de los "
                         "periodistas.\n\nFirman:\n"
                         "Colectivo Lumbre (México)\n"
                         "Ana Ruiz \xE2\x80\x93 Directora \xE2\x80\x93 Colectivo Lumbre\n"
                         "Tom\xC3\xA1s Quispe \xE2\x80\x93 Coordinador \xE2\x80\x93 Red Coral de Periodistas (Per\xC3\xBA)\n"
                         "Marta Gil - Investigadora - Universidad de Coral\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Ana Ruiz");
    CHECK(s.signatories[1].type == signatory_type::person);
    CHECK(s.signatories[1].role == std::optional<std::string>("Directora \xE2\x80\x93 Colectivo Lumbre"));
    CHECK(s.signatories[2].name == "Tom\xC3\xA1s Quispe");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("PE"));
    CHECK(s.signatories[3].name == "Marta Gil");
    CHECK(s.signatories[3].role == std::optional<std::string>("Investigadora - Universidad de Coral"));
    // Three names apart by dashes, none a post, are still three signers.
    auto const t = parse("Joint statement\n\nWe, the undersigned, call on the Government of Amberland to release the "
                         "journalists.\n\nSigned:\nAmber Press Union \xE2\x80\x93 Birchwood Media Centre \xE2\x80\x93 Coral Journalists Network\n")
                       .statement;
    CHECK(t.signatories.size() == 3);
}

TEST_CASE("entries: a country's name alone in parentheses is the signer's country, what else a parenthesis holds is read as before") {
    auto const s = parse("Joint statement\n\nWe, the undersigned, call on the authorities of Amberland to release the "
                         "defenders.\n\nSignatories:\n"
                         "Amber Lantern Association (Chile)\n"
                         "Birchwood Rights Centre (Bosnia and Herzegovina)\n"
                         "Coral Press Union (Guinea-Bissau)\n"
                         "\xD0\x93\xD1\x80\xD0\xBE\xD0\xBC\xD0\xB0\xD0\xB4\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB0 \xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 "
                         "(\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD1\x97\xD0\xBD\xD0\xB0)\n"
                         "Dune Legal Aid (The Gambia)\n"
                         "Estuary Media Centre (Carneroon)\n"
                         "Digital Rights Collective (DRC)\n"
                         "Fjord Defenders Network (Kyiv)\n"
                         "Anna Berg (Birchwood Institute)\n"
                         "Granite Civic Forum (supporter)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 10);
    CHECK(s.signatories[0].name == "Amber Lantern Association");
    CHECK(s.signatories[0].country == std::optional<std::string>("Chile"));
    CHECK(s.signatories[0].country_code == std::optional<std::string>("CL"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("BA"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("GW"));
    CHECK(s.signatories[3].country_code == std::optional<std::string>("UA"));
    CHECK(s.signatories[4].country_code == std::optional<std::string>("GM"));
    // A country misread by a scanner is still looked up where a signer's country is sought.
    CHECK(s.signatories[5].country_code == std::optional<std::string>("CM"));
    // Letters in capitals that abbreviate the name are its acronym, though they may name a country.
    CHECK(s.signatories[6].acronym == std::optional<std::string>("DRC"));
    CHECK_FALSE(s.signatories[6].country.has_value());
    CHECK(s.signatories[7].place == std::optional<std::string>("Kyiv"));
    CHECK_FALSE(s.signatories[7].country.has_value());
    CHECK(s.signatories[8].type == signatory_type::person);
    CHECK(s.signatories[8].role == std::optional<std::string>("Birchwood Institute"));
    CHECK(s.signatories[9].role == std::optional<std::string>("supporter"));
}

TEST_CASE("entries: a role of the tables after a person's two or three names is hers, in ASCII or not") {
    auto const s = parse("Open letter\n\nWe, the undersigned, call on the Government of Veloria to reopen the Lakeshore "
                         "Press Council.\n\nSigned:\n"
                         "Oren Vale Director, Coral Institute\n"
                         "Tom\xC3\xA1s Birch Director, Coral Institute\n"
                         "Mira Tallow Campaigns officer, Dune Rights UK\n"
                         "Jonas Keel Executive Director, Open Networks Alliance\n"
                         "Ivan O'Neil Head of Programmes, Fjord Watch\n"
                         "Harbour Legal Aid Director\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    CHECK(s.signatories[0].name == "Oren Vale");
    CHECK(s.signatories[0].role == std::optional<std::string>("Director, Coral Institute"));
    CHECK(s.signatories[1].name == "Tom\xC3\xA1s Birch");
    CHECK(s.signatories[1].role == std::optional<std::string>("Director, Coral Institute"));
    // A post in sentence case opens at the capitalised word before its role word.
    CHECK(s.signatories[2].name == "Mira Tallow");
    CHECK(s.signatories[2].role == std::optional<std::string>("Campaigns officer, Dune Rights UK"));
    CHECK(s.signatories[3].name == "Jonas Keel");
    CHECK(s.signatories[3].role == std::optional<std::string>("Executive Director, Open Networks Alliance"));
    // A role of three words after a name with an apostrophe.
    CHECK(s.signatories[4].name == "Ivan O'Neil");
    CHECK(s.signatories[4].role == std::optional<std::string>("Head of Programmes, Fjord Watch"));
    // Words before a role that are no person's name stay an organisation's name.
    CHECK(s.signatories[5].name == "Harbour Legal Aid Director");
    CHECK(s.signatories[5].type == signatory_type::organisation);
}

TEST_CASE("entries: a remark in lower case in parentheses after an organisation is kept, as its role or its reach") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the authorities of Amberland to "
                         "protect river communities.\n\nSignatories:\n"
                         "Harbour Dune Network (international)\n"
                         "Saltmarsh Climate Action (global)\n"
                         "Balkan Coral Coalition (regional coalition)\n"
                         "Lantern Tide Collective (informal group)\n"
                         "Marsh Platform for Democracy (coalition of 40 organisations)\n"
                         "Birchwood Justice Centre (Kenya)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 6);
    // "(international)", a word that names networks too, is where the signer works, as
    // "(global)" is: its country as written, with no code.
    CHECK(s.signatories[0].name == "Harbour Dune Network");
    CHECK(s.signatories[0].country == std::optional<std::string>("international"));
    CHECK_FALSE(s.signatories[0].country_code.has_value());
    CHECK(s.signatories[1].country == std::optional<std::string>("global"));
    CHECK(s.signatories[2].name == "Balkan Coral Coalition");
    CHECK(s.signatories[2].role == std::optional<std::string>("regional coalition"));
    CHECK(s.signatories[3].role == std::optional<std::string>("informal group"));
    CHECK(s.signatories[4].name == "Marsh Platform for Democracy");
    CHECK(s.signatories[4].role == std::optional<std::string>("coalition of 40 organisations"));
    CHECK(s.signatories[5].country_code == std::optional<std::string>("KE"));
    // No remark is left out of every field.
    for (std::string const remark : {"international", "global", "regional coalition", "informal group", "coalition of 40"}) {
        bool kept = false;
        for (auto const& x : s.signatories)
            for (auto const& field : {std::optional<std::string>(x.name), x.role, x.country, x.place})
                kept = kept || (field && field->find(remark) != std::string::npos);
        CHECK_MESSAGE(kept, remark);
    }
}

TEST_CASE("entries: a signer of two countries keeps them as written, with no one code") {
    // A code names one country; the annotations give a signer of two none, and a reader counting
    // signers by country would place it in the first alone.
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the governments of Kenya and Uganda "
                         "to protect water defenders.\n\nSignatories:\n"
                         "Coral Lake Alliance (Kenya/Uganda)\n"
                         "Lantern River Network (Kenya, Uganda)\n"
                         "Birch Basin Forum (Uganda and Kenya)\n"
                         "Heron Watch (Kenya)\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].country == std::optional<std::string>("Kenya/Uganda"));
    CHECK_FALSE(s.signatories[0].country_code);
    CHECK(s.signatories[1].country == std::optional<std::string>("Kenya, Uganda"));
    CHECK_FALSE(s.signatories[1].country_code);
    CHECK(s.signatories[2].country == std::optional<std::string>("Uganda and Kenya"));
    CHECK_FALSE(s.signatories[2].country_code);
    CHECK(s.signatories[3].country_code == std::optional<std::string>("KE"));
}

TEST_CASE("entries: a country, then a town in it, after a name's commas, are its country and its place, one signer") {
    // Among entries of other shapes.
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the governments of East Africa to "
                         "protect water defenders.\n\nSignatories:\n"
                         "Heron Lake Forum (Uganda)\n"
                         "Amber Water Watch, Kenya, Nairobi\n"
                         "Dune River Forum, Tanzania, Dar es Salaam\n"
                         "Elm Delta Network\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].name == "Amber Water Watch");
    CHECK(s.signatories[1].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[1].place == std::optional<std::string>("Nairobi"));
    CHECK(s.signatories[2].name == "Dune River Forum");
    CHECK(s.signatories[2].country_code == std::optional<std::string>("TZ"));
    CHECK(s.signatories[2].place == std::optional<std::string>("Dar es Salaam"));
    // Every row so, as a form's export writes them: the town's cell is each one's place, and a
    // row that names its town first keeps its country.
    auto const rows = parse("Joint statement\n\nWe, the undersigned organisations, call on the governments of East Africa "
                            "to protect water defenders.\n\nSignatories:\n"
                            "Amber Water Watch, Kenya, Nairobi\n"
                            "Coral Lake Alliance, Uganda, Kampala\n"
                            "Fern Valley Trust, Nairobi, Kenya\n")
                          .statement;
    REQUIRE(rows.signatories.size() == 3);
    CHECK(rows.signatories[0].name == "Amber Water Watch");
    CHECK(rows.signatories[0].place == std::optional<std::string>("Nairobi"));
    CHECK(rows.signatories[1].country_code == std::optional<std::string>("UG"));
    CHECK(rows.signatories[1].place == std::optional<std::string>("Kampala"));
    CHECK(rows.signatories[2].name == "Fern Valley Trust");
    CHECK(rows.signatories[2].country_code == std::optional<std::string>("KE"));
    CHECK(rows.signatories[2].place == std::optional<std::string>("Nairobi"));
}

TEST_CASE("entries: an acronym in square brackets after a name, before its country, is its acronym") {
    auto const s = parse("Joint statement\n\nWe, the undersigned organisations, call on the authorities of Amberland to "
                         "respect the freedom of assembly.\n\nSignatories:\n"
                         "Harbour Rights Hub [HRH]\n"
                         "Coral Bay Press Forum [CBPF] (Kenya)\n"
                         "Lantern Legal Aid Network [LLAN], Uganda\n"
                         "Dune Watch [Tanzania]\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[0].name == "Harbour Rights Hub");
    CHECK(s.signatories[0].acronym == std::optional<std::string>("HRH"));
    CHECK(s.signatories[1].name == "Coral Bay Press Forum");
    CHECK(s.signatories[1].acronym == std::optional<std::string>("CBPF"));
    CHECK(s.signatories[1].country_code == std::optional<std::string>("KE"));
    CHECK(s.signatories[2].name == "Lantern Legal Aid Network");
    CHECK(s.signatories[2].acronym == std::optional<std::string>("LLAN"));
    CHECK(s.signatories[2].country_code == std::optional<std::string>("UG"));
    CHECK(s.signatories[3].name == "Dune Watch");
    CHECK(s.signatories[3].country_code == std::optional<std::string>("TZ"));
}
