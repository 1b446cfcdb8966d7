// The X3 grammars through their parse functions: list markers, signatory lines, dates,
// coalitions and call introductions.
#include <civic/grammar/call_introduction.hpp>
#include <civic/grammar/coalition.hpp>
#include <civic/grammar/date.hpp>
#include <civic/grammar/list_marker.hpp>
#include <civic/grammar/signatory.hpp>
#include <civic/lang/languages.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <string_view>

using namespace civic;
using grammar::ast::marker_kind;

namespace {

struct marker_case {
    std::string_view line;
    marker_kind kind;
    unsigned value;
    std::size_t length;  // bytes the marker and the blanks after it take
};

std::optional<grammar::ast::date> date_in(std::string_view text) {
    auto lowered = utf8::lower_same_length(text);
    auto d = grammar::find_date(lowered);
    if (d) d->first = d->last = nullptr;  // pointers into `lowered`, gone after return
    return d;
}

struct date_case {
    std::string_view text;
    int year, month, day;  // month or day 0: not given
};

// Each text's date is found, and is the one the case gives.
void check_dates(std::initializer_list<date_case> cases) {
    for (auto const& c : cases) {
        CAPTURE(c.text);
        auto d = date_in(c.text);
        REQUIRE(d.has_value());
        CHECK(d->year == c.year);
        CHECK(d->month == c.month);
        CHECK(d->day == c.day);
    }
}

}  // namespace

TEST_CASE("grammar: list markers") {
    marker_case const cases[] = {
        {"\xE2\x80\x93 Release everyone", marker_kind::dash, 0, 4},
        {"\xE2\x80\x94 Release everyone", marker_kind::dash, 0, 4},
        {"- Release everyone", marker_kind::dash, 0, 2},
        {"\xE2\x80\xA2 Release everyone", marker_kind::bullet, 0, 4},
        {"\xE2\x80\xA2Release everyone", marker_kind::bullet, 0, 3},
        {"* Release everyone", marker_kind::bullet, 0, 2},
        {"\xC2\xB7 Release everyone", marker_kind::bullet, 0, 3},
        {"\xE2\x97\x8B Release everyone", marker_kind::bullet, 0, 4},  // ○
        {"\xE2\x96\xA0 Release everyone", marker_kind::bullet, 0, 4},  // ■
        {"\xE2\x9E\xA2 Release everyone", marker_kind::bullet, 0, 4},  // ➢
        {"\xE2\x9C\x94 Release everyone", marker_kind::bullet, 0, 4},  // ✔
        {"1. Release everyone", marker_kind::number, 1, 3},
        {"12.  Release everyone", marker_kind::number, 12, 5},
        {"1) Release everyone", marker_kind::number, 1, 3},
        {"(2) Release everyone", marker_kind::number, 2, 4},
        {"i. Release everyone", marker_kind::roman, 1, 3},
        {"iv) Release everyone", marker_kind::roman, 4, 4},
        {"a) Release everyone", marker_kind::letter, 1, 3},
        {"(c) Release everyone", marker_kind::letter, 3, 4},
        {"B) Release everyone", marker_kind::letter, 2, 3},
        {"(B) Release everyone", marker_kind::letter, 2, 4},
        {"B. Release everyone", marker_kind::letter, 2, 3},
        {"Primero. Declarar la emergencia", marker_kind::number, 1, 9},
        {"SEGUNDO.- Suspender los desalojos", marker_kind::number, 2, 10},
        {"Quinto: Ampliar el parque", marker_kind::number, 5, 8},
        {"1.- La liberaci\xC3\xB3n inmediata", marker_kind::number, 1, 4},
        {"2.\xE2\x80\x93 El cese", marker_kind::number, 2, 6},
        {"3\xC2\xBA Una investigaci\xC3\xB3n", marker_kind::number, 3, 4},  // 3º
        {"4\xC2\xB0. Un registro", marker_kind::number, 4, 5},             // 4°.
        {"\xE2\x88\x92 Release everyone", marker_kind::dash, 0, 4},          // − (U+2212)
        {"\xEF\x83\xBC Release everyone", marker_kind::bullet, 0, 4},        // U+F0FC, Wingdings' check mark
        {"\xE2\x86\x92 Release everyone", marker_kind::bullet, 0, 4},        // →
        {"S\xC3\xA9ptimo. Garantizar el agua", marker_kind::number, 7, 10},  // Séptimo.
        {"D\xC3\x89\x43IMO.- Publicar los datos", marker_kind::number, 10, 10},  // DÉCIMO.-
        {"12\tAmber Centre\tKenya", marker_kind::number, 12, 3},
        {"\xD0\xB0) \xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C", marker_kind::letter, 1, 4},
        {"(\xD0\xB2) \xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C", marker_kind::letter, 3, 5},
        {"\xD0\x91) \xD0\xBE\xD1\x81\xD0\xB2\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82\xD1\x8C", marker_kind::letter, 2, 4},  // Б)
        {"\xD2\x91) \xD1\x81\xD1\x82\xD0\xB2\xD0\xBE\xD1\x80\xD0\xB8\xD1\x82\xD0\xB8", marker_kind::letter, 4, 4},  // ґ)
        {"\xD1\x94) \xD1\x81\xD1\x82\xD0\xB2\xD0\xBE\xD1\x80\xD0\xB8\xD1\x82\xD0\xB8", marker_kind::letter, 6, 4},  // є)
        {"12.", marker_kind::number, 12, 3},  // a PDF's marker on a line of its own
        {"3 - Coral Bay Human Rights Forum", marker_kind::number, 3, 4},
        {"3- Coral Bay Human Rights Forum", marker_kind::number, 3, 3},
        {"14 \xE2\x80\x93 Coral Bay Human Rights Forum", marker_kind::number, 14, 7},
        {"1.2 Exclude encrypted services", marker_kind::decimal, 2, 4},
        {"2.10. Publish the drafts", marker_kind::decimal, 10, 6},
        {"3.1) Publish the drafts", marker_kind::decimal, 1, 5},
    };
    for (auto const& c : cases) {
        CAPTURE(c.line);
        auto m = grammar::parse_list_marker(c.line);
        REQUIRE(m.has_value());
        CHECK(m->kind == c.kind);
        CHECK(m->value == c.value);
        CHECK(m->first == c.line.data());
        CHECK(static_cast<std::size_t>(m->last - m->first) == c.length);
    }
}

TEST_CASE("grammar: lines that only look like list markers") {
    // "A. Smith signed the letter" is read as a marker here: segmentation keeps it only beside
    // its siblings (test_layouts).
    for (std::string_view line : {"Primero, la ley", "Primeros pasos.", "Segundo Congreso", "2022 was a hard year", "-5 degrees outside", "Release everyone",
                                  "", "1.5 million people", "iv", "-", "(Georgia)", "2 - 3 May 2024", "2-3 May",
                                  "1234 - Name", "3 -", "2.5 km from the border",
                                  "12.03 \xE2\x80\x93 Amber Coalition", "12.03.2024 Amber Coalition"}) {
        CAPTURE(line);
        CHECK_FALSE(grammar::parse_list_marker(line).has_value());
    }
}

TEST_CASE("grammar: a single signatory entry") {
    auto line = grammar::parse_signatory_line("Amber Lantern Association (Kyrgyzstan)");
    REQUIRE(line.has_value());
    REQUIRE(line->size() == 1);
    CHECK((*line)[0].name == "Amber Lantern Association ");
    REQUIRE((*line)[0].groups.size() == 1);
    CHECK((*line)[0].groups[0].text == "Kyrgyzstan");
}

TEST_CASE("grammar: a signatory with an acronym and a country") {
    std::string_view const text = "Coral Bay Human Rights Forum (CBHRF)  (Georgia)";
    auto line = grammar::parse_signatory_line(text);
    REQUIRE(line.has_value());
    REQUIRE(line->size() == 1);
    auto const& e = (*line)[0];
    CHECK(e.name == "Coral Bay Human Rights Forum ");
    REQUIRE(e.groups.size() == 2);
    CHECK(e.groups[0].text == "CBHRF");
    CHECK(e.groups[1].text == "Georgia");
    CHECK(e.first == text.data());
    CHECK(e.last == text.data() + text.size());
}

TEST_CASE("grammar: a parenthesised part records where it was read from") {
    // ast::paren_group derives from ast::tagged like the entry, but its first/last stay null.
    std::string_view const text = "Coral Bay Human Rights Forum (CBHRF)  (Georgia)";
    auto line = grammar::parse_signatory_line(text);
    REQUIRE(line.has_value());
    REQUIRE(line->size() == 1);
    REQUIRE((*line)[0].groups.size() == 2);
    auto const& g = (*line)[0].groups[1];
    REQUIRE(g.first != nullptr);
    CHECK(std::string_view(g.first, static_cast<std::size_t>(g.last - g.first)) == "(Georgia)");
}

TEST_CASE("grammar: three signatories glued on one line") {
    std::string_view const text = "Dune Press Centre (Romania) Elmstead Watch (Ukraine) Foxglove Initiative (LFI) (Lithuania)";
    auto line = grammar::parse_signatory_line(text);
    REQUIRE(line.has_value());
    REQUIRE(line->size() == 3);
    CHECK((*line)[0].name == "Dune Press Centre ");
    CHECK((*line)[1].name == " Elmstead Watch ");
    CHECK((*line)[2].name == " Foxglove Initiative ");
    REQUIRE((*line)[2].groups.size() == 2);
    CHECK((*line)[2].groups[0].text == "LFI");
    CHECK((*line)[2].groups[1].text == "Lithuania");
    CHECK(std::string_view((*line)[1].first, static_cast<std::size_t>((*line)[1].last - (*line)[1].first)) ==
          " Elmstead Watch (Ukraine)");
}

TEST_CASE("grammar: more parts and entries than a line holds in place") {
    // ast::inline_list keeps two entries and two parts of each in place; more move to the heap.
    std::string_view const text = "Amber (A) (B) (C) Birch (D) Cedar (E) (F) (G) (H)";
    auto line = grammar::parse_signatory_line(text);
    REQUIRE(line.has_value());
    REQUIRE(line->size() == 3);
    CHECK((*line)[0].name == "Amber ");
    REQUIRE((*line)[0].groups.size() == 3);
    CHECK((*line)[0].groups[2].text == "C");
    CHECK((*line)[1].name == " Birch ");
    CHECK((*line)[2].name == " Cedar ");
    std::string parts;
    for (auto const& g : (*line)[2].groups) parts += g.text;
    CHECK(parts == "EFGH");
    CHECK((*line)[2].last == text.data() + text.size());
}

TEST_CASE("grammar: nested parentheses stay inside one part") {
    auto line = grammar::parse_signatory_line("Front of Groups (FOG (FRONT OF GROUPS)) (Argentina)");
    REQUIRE(line.has_value());
    REQUIRE(line->size() == 1);
    REQUIRE((*line)[0].groups.size() == 2);
    CHECK((*line)[0].groups[0].text == "FOG (FRONT OF GROUPS)");
    CHECK((*line)[0].groups[1].text == "Argentina");
}

TEST_CASE("grammar: unbalanced parentheses give nullopt") {
    CHECK_FALSE(grammar::parse_signatory_line("Amber Lantern Association (Kyrgyzstan").has_value());
    CHECK_FALSE(grammar::parse_signatory_line("Amber Lantern Association Kyrgyzstan)").has_value());
    CHECK_FALSE(grammar::parse_signatory_line("((Georgia)").has_value());
}

TEST_CASE("grammar: a line of parts only, for a name on the line before") {
    auto line = grammar::parse_signatory_line("(Georgia)");
    REQUIRE(line.has_value());
    REQUIRE(line->size() == 1);
    CHECK((*line)[0].name.empty());
    REQUIRE((*line)[0].groups.size() == 1);
    CHECK((*line)[0].groups[0].text == "Georgia");
}

TEST_CASE("grammar: dates in the forms and languages statements use") {
    check_dates({
        {"Published on 7 January 2022", 2022, 1, 7},
        {"January 7, 2022", 2022, 1, 7},
        {"Bogot\xC3\xA1, diciembre 5 de 2026", 2026, 12, 5},
        {"07.01.2022", 2022, 1, 7},
        {"Port Amber, 07-01-2022", 2022, 1, 7},
        {"2022-01-07", 2022, 1, 7},
        {"2022/01/07", 2022, 1, 7},
        {"2022.01.07", 2022, 1, 7},
        {"7 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2022 \xD0\xB3.", 2022, 1, 7},  // 7 января 2022 г.
        {"7 \xD1\x81\xD1\x96\xD1\x87\xD0\xBD\xD1\x8F 2022", 2022, 1, 7},                    // 7 січня 2022
        {"7 janvier 2022", 2022, 1, 7},
        {"7. Januar 2022", 2022, 1, 7},
        {"7 stycznia 2022", 2022, 1, 7},
        {"7 de enero de 2022", 2022, 1, 7},
        {"21st March 2021", 2021, 3, 21},
        {"12 DECEMBER 2019", 2019, 12, 12},
        {"1er mars 2020", 2020, 3, 1},
        {"November 16th, 2021", 2021, 11, 16},
        {"the 5th of May 2026", 2026, 5, 5},
        {"Dated this 5th day of December, 2026", 2026, 12, 5},
        {"Washington, 11/22/2022", 2022, 11, 22},
        {"Buenos Aires, 1ro de diciembre de 2026", 2026, 12, 1},
        {"A los 5 d\xC3\xAD\x61s del mes de diciembre de 2026", 2026, 12, 5},  // días
        {"1-\xD0\xB3\xD0\xBE \xD0\xBC\xD0\xB0\xD1\x8F 2021", 2021, 5, 1},  // 1-го мая 2021
        {"marzo de 2020", 2020, 3, 0},
    });
}

TEST_CASE("grammar: a day's suffix may be abbreviated with a full stop ('1ro. de marzo del 2025')") {
    for (std::string_view text : {"Managua, 1ro. de marzo del 2025", "Managua, 1ro de marzo del 2025", "1er. mars 2025"}) {
        CAPTURE(text);
        auto d = date_in(text);
        REQUIRE(d.has_value());
        CHECK(d->year == 2025);
        CHECK(d->month == 3);
        CHECK(d->day == 1);
    }
}

TEST_CASE("grammar: the first of the month with its ordinal in superscript letters ('1ᵉʳ mars 2025')") {
    for (std::string_view text : {"Cotonou, le 1\xE1\xB5\x89\xCA\xB3 mars 2025", "1\xE1\xB5\x89\xCA\xB3 mars 2025"}) {
        CAPTURE(text);
        auto d = date_in(text);
        REQUIRE(d.has_value());
        CHECK(d->year == 2025);
        CHECK(d->month == 3);
        CHECK(d->day == 1);
    }
}

TEST_CASE("grammar: a scanned day's suffix set apart by a space ('1 er mars 2026'), a word of its own") {
    check_dates({
        {"Port Amber, le 1 er mars 2026", 2026, 3, 1},
        {"1 er. avril 2026", 2026, 4, 1},
        {"21 st May 2026", 2026, 5, 21},
        // "st" opening a month's name is none of its day's suffix.
        {"7 stycznia 2026", 2026, 1, 7},
    });
}

TEST_CASE("grammar: a month's name scanned with a '1' for a small 'l' ('2 Apri1 2025', 'Ju1y 15, 2025', '3 jui11et 2025')") {
    check_dates({
        {"Yaound\xC3\xA9, 2 Apri1 2025", 2025, 4, 2},
        {"Ju1y 15, 2025", 2025, 7, 15},
        {"3 jui11et 2025", 2025, 7, 3},
        {"3 juil1et 2025", 2025, 7, 3},
        {"Berlin, 4. Ju1i 2025", 2025, 7, 4},
    });
    // A '1' for the first letter is a number before a word, no month.
    CHECK_FALSE(date_in("5 1ipca 2025").has_value());
}

TEST_CASE("grammar: a month and a year alone give day 0") {
    // "march 2021": the month-day-year alternative reads "20" as the day before it fails on
    // "21", and the day it set on the shared attribute survives into the month-year match.
    for (std::string_view text : {"March 2021", "Tamarind Falls, March 2021", "January 2022"}) {
        CAPTURE(text);
        auto d = date_in(text);
        REQUIRE(d.has_value());
        CHECK(d->day == 0);
    }
}

TEST_CASE("grammar: find_date reports where the date is") {
    std::string const lowered = utf8::lower_same_length("Tamarind Falls, 7 January 2022. The assembly met.");
    auto d = grammar::find_date(lowered);
    REQUIRE(d.has_value());
    CHECK(std::string_view(d->first, static_cast<std::size_t>(d->last - d->first)) == "7 january 2022");
}

TEST_CASE("grammar: every month name of every table starts a date where it stands") {
    // find_date tries the grammar only where a day, a year or a month name may begin: each
    // name, written as the tables write it, after other words and before a year, is found.
    for (auto const* table : lang::all_languages)
        for (auto const& m : table->months) {
            if (m.name.empty()) continue;
            for (std::string const& text : {"Signed " + std::string(m.name) + " 2021", std::string(m.name) + " 2021",
                                           "(" + std::string(m.name) + " 2021)"}) {
                CAPTURE(text);
                auto d = date_in(text);
                REQUIRE(d.has_value());
                CHECK(d->month == m.month);
                CHECK(d->year == 2021);
            }
        }
}

TEST_CASE("grammar: no date") {
    for (std::string_view text : {"5 January", "In 2022 we met", "Room 12.34", "marzo", "1.2.3", "32.13.2022", "7-01.2022", ""}) {
        CAPTURE(text);
        CHECK_FALSE(date_in(text).has_value());
    }
}

TEST_CASE("grammar: coalition names with and without an acronym") {
    auto c = grammar::parse_coalition("the Lakeshore Freedom Network (LFN) and other NGOs, are concerned");
    REQUIRE(c.has_value());
    CHECK(c->name == "Lakeshore Freedom Network");
    REQUIRE(c->acronym.has_value());
    CHECK(*c->acronym == "LFN");

    c = grammar::parse_coalition("the International Coalition for Democratic Renewal and partners");
    REQUIRE(c.has_value());
    CHECK(c->name == "International Coalition for Democratic Renewal");
    CHECK_FALSE(c->acronym.has_value());

    c = grammar::parse_coalition("Riverside Rights Network");
    REQUIRE(c.has_value());
    CHECK(c->name == "Riverside Rights Network");

    // An acronym of two words ("EaP CSN"), each with two capitals at least.
    c = grammar::parse_coalition("the Eastern Lakes Civil Society Network (EaL CSN) express solidarity");
    REQUIRE(c.has_value());
    CHECK(c->name == "Eastern Lakes Civil Society Network");
    CHECK(c->acronym == std::optional<std::string>("EaL CSN"));
    // Words in parentheses that are no acronym are none.
    c = grammar::parse_coalition("the Eastern Lakes Civil Society Network (Human Rights) express solidarity");
    REQUIRE(c.has_value());
    CHECK_FALSE(c->acronym.has_value());
}

TEST_CASE("grammar: the article before a coalition's name is left out, in each language") {
    for (char const* text : {"la Plateforme Lumi\xC3\xA8re (PL) et ses partenaires", "die Plateforme Lumi\xC3\xA8re (PL)",
                             "The Plateforme Lumi\xC3\xA8re (PL)"}) {
        std::string const mention = text;
        CAPTURE(mention);
        auto c = grammar::parse_coalition(text);
        REQUIRE(c.has_value());
        CHECK(c->name == "Plateforme Lumi\xC3\xA8re");
        CHECK(c->acronym == std::optional<std::string>("PL"));
    }
}

TEST_CASE("grammar: no coalition where no capitalised name starts the text") {
    CHECK_FALSE(grammar::parse_coalition("the undersigned organisations").has_value());
    CHECK_FALSE(grammar::parse_coalition("").has_value());
}

TEST_CASE("grammar: a call introduction with two addressees") {
    auto intro = grammar::parse_call_introduction(
        "on protesters to refrain from violence and on the authorities of Kyrgyzstan to:");
    REQUIRE(intro.has_value());
    REQUIRE(intro->addressees.size() == 2);
    CHECK(intro->addressees[0] == "protesters");
    CHECK(intro->addressees[1] == "the authorities of Kyrgyzstan");
}

TEST_CASE("grammar: two addressees of one call, the second after 'and to' ('on the EU and to the UN to:')") {
    auto const& en = lang::en;
    auto intro = grammar::parse_call_introduction("on the European Union and to the United Nations Environment Programme to:", &en);
    REQUIRE(intro.has_value());
    REQUIRE(intro->addressees.size() == 2);
    CHECK(intro->addressees[0] == "the European Union");
    CHECK(intro->addressees[1] == "the United Nations Environment Programme");
    // After the marker, "and to the families" is what the addressee is asked.
    auto asked = grammar::parse_call_introduction("on the authorities to grant access to lawyers and to the families of detainees", &en);
    REQUIRE(asked.has_value());
    REQUIRE(asked->addressees.size() == 1);
    CHECK(asked->addressees[0] == "the authorities");
}

TEST_CASE("grammar: a call introduction with \"upon … not to\"") {
    auto intro = grammar::parse_call_introduction("upon the Government not to adopt the draft law");
    REQUIRE(intro.has_value());
    REQUIRE(intro->addressees.size() == 1);
    CHECK(intro->addressees[0] == "the Government");
}

TEST_CASE("grammar: a call introduction without a preposition") {
    auto intro = grammar::parse_call_introduction("the authorities to:");
    REQUIRE(intro.has_value());
    REQUIRE(intro->addressees.size() == 1);
    CHECK(intro->addressees[0] == "the authorities");
}

TEST_CASE("grammar: text without \"to\" is no call introduction") {
    CHECK_FALSE(grammar::parse_call_introduction("").has_value());
    CHECK_FALSE(grammar::parse_call_introduction("the authorities").has_value());
}

TEST_CASE("grammar: a call introduction's words come from the language of its verb") {
    struct sample {
        char const* after_verb;
        lang::language_table const* language;
        char const* addressee;
    };
    sample const samples[] = {
        {"from the prosecutor's office to drop the charges", &lang::en, "the prosecutor's office"},
        {"les autorités de la ville à libérer les militants", &lang::fr, "les autorités de la ville"},
        {"autoritățile locale să elibereze jurnaliștii", &lang::ro, "autoritățile locale"},
        {"die Landesregierung dazu auf, die Räumung zu stoppen", &lang::de, "die Landesregierung"},
        {"władze miasta do wycofania decyzji", &lang::pl, "władze miasta"},
        {"a las autoridades que liberen a los detenidos", &lang::es, "las autoridades"},
    };
    for (auto const& s : samples) {
        std::string const text = s.after_verb;
        CAPTURE(text);
        auto intro = grammar::parse_call_introduction(s.after_verb, s.language);
        REQUIRE(intro.has_value());
        REQUIRE(intro->addressees.size() == 1);
        CHECK(intro->addressees[0] == s.addressee);
    }
    // "and to continue" goes on with the same addressee; "and on X to" names another one.
    auto same = grammar::parse_call_introduction("on the council to stop the eviction and to continue the talks", &lang::en);
    REQUIRE(same.has_value());
    CHECK(same->addressees.size() == 1);
}

TEST_CASE("grammar: another language's marker does not end an addressee") {
    // "do" ends a Polish addressee ("władze do …"), not an English one.
    CHECK_FALSE(grammar::parse_call_introduction("those who do not act", &lang::en).has_value());
    // Russian has no such marker: its introductions are read up to their colon instead.
    CHECK_FALSE(grammar::parse_call_introduction("власти освободить задержанных", &lang::ru).has_value());
}

TEST_CASE("grammar: a month in Roman numerals, a day in quotation marks") {
    for (std::string_view text : {"05.XII.2026", "Warszawa, 5.XII.2026 r.", "5 XII 2026",
                                  "\xC2\xAB" "5\xC2\xBB \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F 2026 \xD0\xB3."}) {
        CAPTURE(text);
        auto const d = date_in(text);
        REQUIRE(d.has_value());
        CHECK(d->day == 5);
        CHECK(d->month == 12);
        CHECK(d->year == 2026);
    }
    // A numeral that is no month is none.
    CHECK_FALSE(date_in("5.XIII.2026").has_value());
}

TEST_CASE("grammar: a date's year is four digits from 1900 to 2100; other numbers of four digits hold none") {
    CHECK_FALSE(date_in("Association No 1024 (Chile)"));
    CHECK_FALSE(date_in("Tel. +48 22 5550 1234, ul. Polna 3100"));
    CHECK_FALSE(date_in("5 May 1899"));
    CHECK_FALSE(date_in("5 May 2101"));
    CHECK_FALSE(date_in("5 May 20261"));
    auto const d = date_in("Association No 1024, Warsaw, 5 May 2026");
    REQUIRE(d);
    CHECK(d->year == 2026);
    CHECK(d->day == 5);
    REQUIRE(date_in("1.1.2100"));
    CHECK(date_in("1.1.2100")->year == 2100);
    REQUIRE(date_in("December 1900"));
    CHECK(date_in("December 1900")->year == 1900);
    REQUIRE(date_in("Ref. 40412/2025-03-04"));
}

TEST_CASE("grammar: a text holds the same years before it is lowered as after, and no date without one") {
    // The recognisers ask holds_plausible_year of a line before they lower it for find_date:
    // lowering keeps the digits where they are, in ASCII, Latin accents and Cyrillic.
    for (std::string_view text : {"Association No 1024 (Chile)", "ASSOCIATION NO 1950 (CHILE)", "Cooperative 2101 (Peru)",
                                  "Bureau 0001 (Norway)", "Dune Watch 12024 (Senegal)", "\xC3\x9CNION 1987 \xC3\x84RZTE",
                                  "\xD0\x94\xD0\x95\xD0\x9A\xD0\x90\xD0\x91\xD0\xA0\xD0\xAC 1999",  // ДЕКАБРЬ 1999
                                  "5 MAY 2026", "12.01.2026", "Updated 1899-05-12", "1.1.2100", "Tel. +48 22 5550 1234"}) {
        CAPTURE(text);
        auto const lowered = utf8::lower_same_length(text);
        CHECK(grammar::holds_plausible_year(text) == grammar::holds_plausible_year(lowered));
        if (!grammar::holds_plausible_year(text)) CHECK_FALSE(grammar::find_date(lowered));
    }
    CHECK_FALSE(grammar::holds_plausible_year("Association No 1024 (Chile)"));
    CHECK_FALSE(grammar::holds_plausible_year("Dune Watch 12024 (Senegal)"));
    CHECK(grammar::holds_plausible_year("ASSOCIATION NO 1950 (CHILE)"));
    CHECK(grammar::holds_plausible_year("1.1.2100"));
}
