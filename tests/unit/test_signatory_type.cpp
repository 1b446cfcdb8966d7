// Person or organisation: signatories typed by titles, roles, patronymics and given names
// in every language civic reads (the words are in include/civic/lang/*.hpp), on fictional
// lists that mix people and organisations.
#include <civic/parse.hpp>
#include <civic/recognise/signatories.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

using typed = std::vector<std::pair<std::string, std::string>>;

typed types_of(std::string_view text) {
    typed out;
    for (auto const& s : civic::parse(text).statement.signatories) out.emplace_back(s.name, civic::to_string(s.type));
    return out;
}

void check_types(std::string_view text, typed const& expected) {
    auto const got = types_of(text);
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(expected[i].first);
        CHECK(got[i].first == expected[i].first);
        CHECK(got[i].second == expected[i].second);
    }
}

}  // namespace

TEST_CASE("signatory type: en (a title, a role, a given name, a patronymic)") {
    check_types(
        "Joint statement on the arrests of students in Moldova\n"
        "\n"
        "We, the undersigned organisations and individuals, call on the authorities of Moldova to release the detained students.\n"
        "\n"
        "Signatories:\n"
        "\n"
        "Amber Lantern Association (Moldova)\n"
        "Birchwood Institute for Civic Rights\n"
        "Dr Helen Marsh\n"
        "Thomas Reed, director of the Coastal Rights Clinic\n"
        "Anna Babinets\n"
        "Olga Petrovna Sidorova\n"
        "Riverside Press Labs\n",
        {{"Amber Lantern Association", "organisation"},
         {"Birchwood Institute for Civic Rights", "organisation"},
         {"Dr Helen Marsh", "person"},
         {"Thomas Reed", "person"},
         {"Anna Babinets", "person"},
         {"Olga Petrovna Sidorova", "person"},
         {"Riverside Press Labs", "organisation"}});
}

TEST_CASE("signatory type: ru (г-н, a patronymic, a given name, a role)") {
    check_types(
        "Совместное заявление об арестах студентов в Молдове\n"
        "\n"
        "Мы, нижеподписавшиеся организации, призываем власти Молдовы освободить задержанных студентов.\n"
        "\n"
        "Подписали:\n"
        "\n"
        "Правозащитный центр «Янтарный фонарь» (Россия)\n"
        "РОО «Правовая инициатива»\n"
        "Г-н Пётр Сидоров\n"
        "Иванов Иван Иванович\n"
        "Мария Петрова\n"
        "Ирина Смирнова, журналист\n",
        {{"Правозащитный центр «Янтарный фонарь»", "organisation"},
         {"РОО «Правовая инициатива»", "organisation"},
         {"Г-н Пётр Сидоров", "person"},
         {"Иванов Иван Иванович", "person"},
         {"Мария Петрова", "person"},
         {"Ирина Смирнова", "person"}});
}

TEST_CASE("signatory type: uk (пан, a patronymic, a given name)") {
    check_types(
        "Спільна заява щодо арештів студентів у Молдові\n"
        "\n"
        "Ми, організації, що підписалися нижче, закликаємо владу Молдови звільнити затриманих студентів.\n"
        "\n"
        "Підписали:\n"
        "\n"
        "ГО «Бурштиновий ліхтар» (Україна)\n"
        "Центр громадянських свобод\n"
        "Пан Тарас Шевчук\n"
        "Коваленко Олена Петрівна\n"
        "Оксана Мельник\n",
        {{"ГО «Бурштиновий ліхтар»", "organisation"},
         {"Центр громадянських свобод", "organisation"},
         {"Пан Тарас Шевчук", "person"},
         {"Коваленко Олена Петрівна", "person"},
         {"Оксана Мельник", "person"}});
}

TEST_CASE("signatory type: fr (Mme, M., a given name)") {
    check_types(
        "Déclaration commune sur les arrestations d'étudiants en Moldavie\n"
        "\n"
        "Nous, organisations soussignées, appelons les autorités moldaves à libérer les étudiants détenus.\n"
        "\n"
        "Signataires :\n"
        "\n"
        "Ligue des droits humains (Belgique)\n"
        "Observatoire des libertés civiques\n"
        "Mme Claire Dubois\n"
        "M. Jean Martin\n"
        "Sophie Lambert\n",
        {{"Ligue des droits humains", "organisation"},
         {"Observatoire des libertés civiques", "organisation"},
         {"Mme Claire Dubois", "person"},
         {"M. Jean Martin", "person"},
         {"Sophie Lambert", "person"}});
}

TEST_CASE("signatory type: de (Frau, Herr, a given name)") {
    check_types(
        "Gemeinsame Erklärung zu den Festnahmen von Studierenden in Moldau\n"
        "\n"
        "Wir, die unterzeichnenden Organisationen, fordern die Behörden der Republik Moldau auf, die festgenommenen Studierenden freizulassen.\n"
        "\n"
        "Unterzeichnende:\n"
        "\n"
        "Bernstein Laterne e.V. (Deutschland)\n"
        "Komitee für Grundrechte und Demokratie\n"
        "Frau Sabine Keller\n"
        "Herr Klaus Vogel\n"
        "Jürgen Hartmann\n",
        {{"Bernstein Laterne e.V.", "organisation"},
         {"Komitee für Grundrechte und Demokratie", "organisation"},
         {"Frau Sabine Keller", "person"},
         {"Herr Klaus Vogel", "person"},
         {"Jürgen Hartmann", "person"}});
}

TEST_CASE("signatory type: es (Sra., Sr., a given name)") {
    check_types(
        "Declaración conjunta sobre las detenciones de estudiantes en Moldavia\n"
        "\n"
        "Las organizaciones abajo firmantes exigimos a las autoridades de Moldavia que liberen a los estudiantes detenidos.\n"
        "\n"
        "Firmantes:\n"
        "\n"
        "Asociación Linterna de Ámbar (España)\n"
        "Centro de Derechos Civiles A.C.\n"
        "Sra. Carmen López\n"
        "Sr. Javier Ruiz\n"
        "Lucía Fernández\n",
        {{"Asociación Linterna de Ámbar", "organisation"},
         {"Centro de Derechos Civiles A.C.", "organisation"},
         {"Sra. Carmen López", "person"},
         {"Sr. Javier Ruiz", "person"},
         {"Lucía Fernández", "person"}});
}

TEST_CASE("signatory type: es (an office before its holder's name: Diputada, Senadora, Dip.)") {
    check_types(
        "Carta abierta por una ley de protección a personas defensoras\n"
        "\n"
        "Las y los abajo firmantes exigimos al Congreso aprobar una ley general de protección a personas defensoras.\n"
        "\n"
        "Firman:\n"
        "\n"
        "Diputada María Fernanda López\n"
        "Senadora Ana Lucía Herrera\n"
        "Concejal Roberto Díaz Muñoz\n"
        "Defensora Carmen Ortiz\n"
        "Dip. Luis Alberto Ramos\n"
        "Red de Defensoras del Sur\n",
        {{"María Fernanda López", "person"},
         {"Ana Lucía Herrera", "person"},
         {"Roberto Díaz Muñoz", "person"},
         {"Carmen Ortiz", "person"},
         {"Dip. Luis Alberto Ramos", "person"},
         {"Red de Defensoras del Sur", "organisation"}});
}

TEST_CASE("signatory type: pl (Pani, Pan, a given name)") {
    check_types(
        "Wspólne oświadczenie w sprawie aresztowań studentów w Mołdawii\n"
        "\n"
        "My, niżej podpisane organizacje, wzywamy władze Mołdawii do uwolnienia zatrzymanych studentów.\n"
        "\n"
        "Podpisali:\n"
        "\n"
        "Stowarzyszenie Bursztynowa Latarnia (Polska)\n"
        "Fundacja Praw Obywatelskich\n"
        "Pani Ewa Nowak\n"
        "Pan Piotr Zieliński\n"
        "Katarzyna Wójcik\n",
        {{"Stowarzyszenie Bursztynowa Latarnia", "organisation"},
         {"Fundacja Praw Obywatelskich", "organisation"},
         {"Pani Ewa Nowak", "person"},
         {"Pan Piotr Zieliński", "person"},
         {"Katarzyna Wójcik", "person"}});
}

TEST_CASE("signatory type: ro (Dl., Dna., a given name)") {
    check_types(
        "Declarație comună privind arestarea studenților în Republica Moldova\n"
        "\n"
        "Noi, organizațiile semnatare, cerem autorităților din Republica Moldova să elibereze studenții reținuți.\n"
        "\n"
        "Semnatari:\n"
        "\n"
        "Asociația Felinarul de Chihlimbar (România)\n"
        "Centrul pentru Drepturi Civile\n"
        "Dl. Ion Popescu\n"
        "Dna. Elena Ionescu\n"
        "Ioana Dumitrescu\n",
        {{"Asociația Felinarul de Chihlimbar", "organisation"},
         {"Centrul pentru Drepturi Civile", "organisation"},
         {"Dl. Ion Popescu", "person"},
         {"Dna. Elena Ionescu", "person"},
         {"Ioana Dumitrescu", "person"}});
}

TEST_CASE("signatory type: name shapes that are not people") {
    // No given name, no title, no role: two capitalised words stay an organisation.
    check_types(
        "Joint statement on the arrests of students in Moldova\n\n"
        "We, the undersigned organisations, call on the authorities of Moldova to release the detained students.\n\n"
        "Signatories:\n\n"
        "Homo Digitalis\n"
        "Louis Labs\n"
        "Anna Politkovskaya Foundation\n"
        "Oliver\n",
        {{"Homo Digitalis", "organisation"},
         {"Louis Labs", "organisation"},
         {"Anna Politkovskaya Foundation", "organisation"},
         {"Oliver", "person"}});
    // A school, a university, a party, a church, a newspaper: organisations with a place after
    // a comma (the list's places), not a person's name and role.
    check_types(
        "Joint statement on the arrests of students in Moldova\n\n"
        "We, the undersigned organisations, call on the authorities of Moldova to release the detained students.\n\n"
        "Signatories:\n\n"
        "Vell Sad Journalism School, Vell Sad\n"
        "Marta Green Party, Port Amber\n"
        "Ansel Evangelical Church, Lindau\n",
        {{"Vell Sad Journalism School", "organisation"},
         {"Marta Green Party", "organisation"},
         {"Ansel Evangelical Church", "organisation"}});
}

TEST_CASE("signatory type: a person and a group's acronym after a comma") {
    check_types(
        "Joint statement on the arrests of students in Moldova\n\n"
        "We, the undersigned organisations and individuals, call on the authorities of Moldova to release the detained students.\n\n"
        "Signatories:\n\n"
        "Reporters for Open Courts, ROC\n"
        "Daniela Ortega, FOL\n",
        {{"Reporters for Open Courts", "organisation"}, {"Daniela Ortega", "person"}});
}

TEST_CASE("signatory type: a person's title or letters in parentheses or after a comma ('(MP)', ', KC') leave a person a person") {
    check_types(
        "Open letter to the Prime Minister of Ruritania\n\n"
        "We, the undersigned, urge the Prime Minister to release the detained journalists.\n\n"
        "Signed:\n\n"
        "Oren Vale (MP)\n"
        "Sipho Dlamini (QC)\n"
        "Tomas Reyes (PhD)\n"
        "Amara Okafor, KC\n"
        "Meadow Press (MP)\n"
        "Coral Rights Network\n",
        {{"Oren Vale", "person"},
         {"Sipho Dlamini", "person"},
         {"Tomas Reyes", "person"},
         {"Amara Okafor", "person"},
         // Letters that abbreviate the name are its short form.
         {"Meadow Press", "organisation"},
         {"Coral Rights Network", "organisation"}});
    auto const s = civic::parse("Open letter\n\nWe urge the Prime Minister to act.\n\nSigned:\n\nOren Vale (MP)\nAmara Okafor, KC\n")
                       .statement;
    REQUIRE(s.signatories.size() == 2);
    CHECK(s.signatories[0].role == std::optional<std::string>("MP"));
    CHECK_FALSE(s.signatories[0].acronym.has_value());
    CHECK(s.signatories[1].role == std::optional<std::string>("KC"));
    CHECK_FALSE(s.signatories[1].acronym.has_value());
}

TEST_CASE("signatory type: which word of a name is a given name or a patronymic") {
    // A given name counts first or last among two or three words, a patronymic anywhere among
    // four; each word is read whole ("Annabel" is no "Anna"), with its apostrophe or hyphen.
    // Asked of each name alone: in a list, its neighbours' shapes tell too.
    namespace recognise = civic::recognise;
    for (std::string_view person : {"Anna O’Brien-Lake", "Marsh Helen", "Sidorov Pyotr Ivanovich Marsh"})
        CHECK_MESSAGE(recognise::person_by_given_name(person), person);
    for (std::string_view other : {"Tarn Helen Marsh", "Kestrel Valley Helen Marsh", "Annabel Quarry", "Helena Tarn"})
        CHECK_FALSE_MESSAGE(recognise::person_by_given_name(other), other);
}

TEST_CASE("signatory type: a given name's initial shows a person ('Amina J. Bello', 'A. K. Mensah'); particles are none of a name's words counted ('María de la Cruz Ortega')") {
    namespace recognise = civic::recognise;
    for (std::string_view person : {"Amina J. Bello", "A. K. Mensah", "Tallow K.", "Mar\xC3\xAD" "a de la Cruz Ortega", "Ana de la Cruz"})
        CHECK_MESSAGE(recognise::person_by_given_name(person), person);
    // A capitalised "Van" is a name of its own, no particle; nor is a full stop after more than
    // one letter an initial.
    for (std::string_view other : {"Tarn Van Marsh", "Kestrel St. Quarry", "Amber J. Lantern Association"})
        CHECK_FALSE_MESSAGE(recognise::person_by_given_name(other), other);
}

TEST_CASE("signatory type: in a list most of whose entries have a person's shape, one of them shown a person, names no table knows are people ('Adaeze Okonkwo (Nigeria)', 'Yaw Boateng')") {
    check_types(
        "Joint letter on the arrest of the Amber Valley protesters\n\n"
        "We, the undersigned, urge the Governor of Amber Valley to release the 40 protesters arrested on 18 July 2026.\n\n"
        "Signed,\n\n"
        "Adaobi Nwankwo (Nigeria)\n"
        "Coral Youth Assembly (Nigeria)\n"
        "Kwabena Osei-Tutu (Ghana)\n"
        "Dune Citizens Forum\n"
        "Ifeoma Chukwu\n"
        "Rev. Sister Grace Eze\n"
        "Yaw Boateng\n"
        "Savanna Freedom Monitor\n"
        "Chiamaka Obi\n",
        {{"Adaobi Nwankwo", "person"},
         {"Coral Youth Assembly", "organisation"},
         {"Kwabena Osei-Tutu", "person"},
         {"Dune Citizens Forum", "organisation"},
         {"Ifeoma Chukwu", "person"},
         {"Rev. Sister Grace Eze", "person"},
         {"Yaw Boateng", "person"},
         // A word that names what an organisation is ends its name, among people too.
         {"Savanna Freedom Monitor", "organisation"},
         {"Chiamaka Obi", "person"}});
    // A list of organisations with one person among them keeps a name of a person's shape an
    // organisation's.
    check_types(
        "Joint statement on the closure of the Coral Press Centre\n\n"
        "We, the undersigned, condemn the closure of the Coral Press Centre and call on the Ministry of Information to reverse it.\n\n"
        "Signatories:\n"
        "Amber Lantern Association\n"
        "Birchwood Institute\n"
        "Saltmarsh Accountability\n"
        "Coral Rights Network\n"
        "Dune Press Forum\n"
        "Mira Tallow, journalist\n",
        {{"Amber Lantern Association", "organisation"},
         {"Birchwood Institute", "organisation"},
         {"Saltmarsh Accountability", "organisation"},
         {"Coral Rights Network", "organisation"},
         {"Dune Press Forum", "organisation"},
         {"Mira Tallow", "person"}});
}

TEST_CASE("signatory type: under a heading of individuals, a name of a person's shape (accents, apostrophes, particles, hyphens) is a person's") {
    check_types(
        "Open letter on the closure of the Saltmarsh Gazette\n"
        "\n"
        "We, the undersigned journalists and editors, call on the regional administration of Pelham Vale to let the Saltmarsh "
        "Gazette publish again.\n"
        "\n"
        "Individual signatories:\n"
        "Zo\xC3\xAB O'Neill-Brady, editor\n"
        "Abdullah al-Hamid\n"
        "Jan van der Berg\n"
        "\xC5\x81ucja Wi\xC5\x9Bniewska-Kot\n"
        "Marek St. John\n"
        "Tom\xC3\xA1s \xC3\x93 Briain\n"
        "Ana de la Cruz\n"
        "Ndileka Mbeki-Tshabalala\n"
        "KESTREL MEDIA\n"
        "Brightwater Radio 2\n",
        {{"Zo\xC3\xAB O'Neill-Brady", "person"},
         {"Abdullah al-Hamid", "person"},
         {"Jan van der Berg", "person"},
         {"\xC5\x81ucja Wi\xC5\x9Bniewska-Kot", "person"},
         {"Marek St. John", "person"},
         {"Tom\xC3\xA1s \xC3\x93 Briain", "person"},
         {"Ana de la Cruz", "person"},
         {"Ndileka Mbeki-Tshabalala", "person"},
         {"KESTREL MEDIA", "organisation"},
         {"Brightwater Radio 2", "organisation"}});
}

TEST_CASE("signatory type: under a body that governs a network ('The Steering Committee of the Amber Coalition:'), names of a person's shape are its members, people") {
    check_types(
        "Statement of the Amber Coalition for Open Government\n"
        "\n"
        "The Amber Coalition for Open Government calls on the Ministry of Justice of Pelham Vale to publish the draft law on "
        "access to information for public consultation.\n"
        "\n"
        "The Steering Committee of the Amber Coalition:\n"
        "\n"
        "Jonas Tallow\n"
        "Aisha Vell\n"
        "Birchwood Rights Network (BRN)\n"
        "Coral Bay Forum\n",
        {{"Jonas Tallow", "person"},
         {"Aisha Vell", "person"},
         {"Birchwood Rights Network", "organisation"},
         {"Coral Bay Forum", "organisation"}});
}

TEST_CASE("signatory type: a person's name by its shape, whatever the length of its words") {
    namespace recognise = civic::recognise;
    // Words longer than eight letters, a word that ends inside eight bytes, and the name's last
    // few letters: a letter in lower case anywhere makes the shape a person's.
    for (std::string_view person : {"Konstantinos Papadimitriou", "PAPADIMITRIOU Konstantinos", "Bartholomew O'Callaghan-Fitzgerald",
                                    "Wolfgang-Amadeus Oberhauser", "Maximiliane Brightwater Okonkwo", "Ana Li", "ANA Li",
                                    "Ekaterina Vasilyevna Sokolova", "Jan van der Berg", "Ömer Ağaoğlu", "Şebnem Korur Fincancı"})
        CHECK_MESSAGE(recognise::looks_like_person(person), person);
    // Capitals only, a word that holds a digit or opens with one, one word, five words: no person.
    for (std::string_view other : {"KONSTANTINOS PAPADIMITRIOU", "BARTHOLOMEW O'CALLAGHAN", "Association No 12",
                                   "Christopher Featherstonehaugh9", "Christopher 9Featherstone", "Konstantinos",
                                   "Maximiliane Brightwater Okonkwo Adeyemi Fairweather", "Konstantinos (Papadimitriou)"})
        CHECK_FALSE_MESSAGE(recognise::looks_like_person(other), other);
}
