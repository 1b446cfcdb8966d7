#include <civic/geo/countries.hpp>
#include <civic/geo/country_table.hpp>
#include <civic/parse.hpp>

#include <doctest/doctest.h>

#include "country_names_data.hpp"

#include <atomic>
#include <cstdlib>
#include <iterator>
#include <new>
#include <optional>
#include <string>
#include <string_view>

namespace geo = civic::geo;

// Counts the allocations of this thread while `counting` is set, so that a test can show
// that country lookup does not allocate. The replacement forwards to malloc/free, and replaces
// every plain and nothrow form, single and array, so that no memory is freed by a function
// other than the one its allocation pairs with (AddressSanitizer checks that).
namespace {
thread_local bool counting = false;
std::atomic<std::size_t> allocations{0};

void* counted_malloc(std::size_t size) noexcept {
    if (counting) ++allocations;
    return std::malloc(size ? size : 1);
}
}  // namespace

void* operator new(std::size_t size) {
    if (void* p = counted_malloc(size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    if (void* p = counted_malloc(size)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t size, std::nothrow_t const&) noexcept { return counted_malloc(size); }
void* operator new[](std::size_t size, std::nothrow_t const&) noexcept { return counted_malloc(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { std::free(p); }

namespace {

std::string code_of(std::string_view written) {
    auto const c = geo::find_country(written);
    return c ? std::string(c->alpha2) : std::string("<none>");
}

std::string fold(std::string_view written) {
    char buf[geo::country_key_capacity];
    return std::string(geo::fold_country_key(written, buf, sizeof buf));
}

}  // namespace

TEST_CASE("countries: every table entry resolves from its English name") {
    for (auto const& row : geo::generated::countries) {
        CAPTURE(row.name);
        auto const c = geo::find_country(row.name);
        REQUIRE(c.has_value());
        CHECK(c->alpha2 == row.alpha2);
        CHECK(c->alpha3 == row.alpha3);
        CHECK(c->name == row.name);
    }
}

TEST_CASE("countries: the keys are sorted and unique, as lower_bound needs") {
    auto const& keys = geo::generated::keys;
    for (std::size_t i = 1; i < std::size(keys); ++i) {
        CAPTURE(keys[i].key);
        REQUIRE(keys[i - 1].key < keys[i].key);
    }
    for (auto const& k : keys) REQUIRE(k.row < std::size(geo::generated::countries));
}

// The generator folds in Python; the library folds in C++. Every name the generator saw must
// fold to the same key here and find the same country, in every language.
TEST_CASE("countries: the C++ fold agrees with the generator on every source name") {
    for (auto const& n : civic_test::country_names) {
        CAPTURE(n.written);
        CHECK(fold(n.written) == n.key);
        CHECK(code_of(n.written) == n.alpha2);
    }
}

TEST_CASE("countries: names as signatories write them") {
    CHECK(code_of("The United States of America") == "US");
    CHECK(code_of("United States") == "US");
    CHECK(code_of("U.S.A.") == "US");
    CHECK(code_of("USA") == "US");
    CHECK(code_of("Russian Federation") == "RU");
    CHECK(code_of("North Macedonia") == "MK");
    CHECK(code_of("Moldova") == "MD");
    CHECK(code_of("UK") == "GB");
    CHECK(code_of("Türkiye") == "TR");
    CHECK(code_of("Turkey") == "TR");
    CHECK(code_of("Kosovo") == "XK");
    CHECK(code_of("Россия") == "RU");
    CHECK(code_of("России") == "RU");
    CHECK(code_of("Україна") == "UA");
    CHECK(code_of("України") == "UA");
    CHECK(code_of("Polska") == "PL");
    CHECK(code_of("Polski") == "PL");
    CHECK(code_of("Belgique") == "BE");
    CHECK(code_of("Sverige") == "SE");
    CHECK(code_of("france") == "FR");
    CHECK(code_of("  Germany. ") == "DE");
    CHECK(code_of("(Ukraine)") == "UA");
    CHECK(code_of("Côte d’Ivoire") == "CI");
    CHECK(code_of("РОССИЯ") == "RU");
    CHECK(code_of("Беларусь") == "BY");
    CHECK(code_of("Білорусь") == "BY");
    CHECK(code_of("Кыргызстан") == "KG");
    // Asia and the Pacific
    CHECK(code_of("Korea") == "KR");
    CHECK(code_of("Lao PDR") == "LA");
    CHECK(code_of("Hong Kong SAR") == "HK");
    CHECK(code_of("Aotearoa New Zealand") == "NZ");
    CHECK(code_of("Aotearoa") == "NZ");
    CHECK(code_of("Trinidad & Tobago") == "TT");
    CHECK(code_of("N. Macedonia") == "MK");
}

TEST_CASE("countries: what is not a country resolves to nothing") {
    for (std::string_view s : {"Regional", "International", "Global", "Earth", "", " ", "...", "the",
                               "America", "St. Nowhere"}) {
        CAPTURE(s);
        CHECK_FALSE(geo::find_country(s).has_value());
    }
    CHECK_FALSE(geo::find_country(std::string(400, 'a')).has_value());
    CHECK_FALSE(geo::find_country("\xff\xfe").has_value());
}

TEST_CASE("countries: pseudo-countries") {
    CHECK(geo::is_pseudo_country("Regional"));
    CHECK(geo::is_pseudo_country("International"));
    CHECK(geo::is_pseudo_country("  GLOBAL. "));
    CHECK(geo::is_pseudo_country("Worldwide"));
    CHECK(geo::is_pseudo_country("Europe"));
    CHECK(geo::is_pseudo_country("EU"));
    CHECK(geo::is_pseudo_country("E.U."));
    CHECK_FALSE(geo::is_pseudo_country("Ukraine"));
    CHECK_FALSE(geo::is_pseudo_country(""));
    // The same question of a key folded already, as for a text asked about both ways.
    for (std::string_view s : {"Regional", "  GLOBAL. ", "E.U.", "Международная", "Ukraine", "", "Amnesty"}) {
        CAPTURE(s);
        char buf[geo::country_key_capacity];
        CHECK(geo::is_pseudo_country_key(geo::fold_country_key(s, buf, sizeof buf)) == geo::is_pseudo_country(s));
    }
    CHECK(geo::is_pseudo_country_key("latin america"));
    CHECK_FALSE(geo::is_pseudo_country_key("Latin America"));  // not folded
    CHECK_FALSE(geo::is_pseudo_country_key(""));
    // Every word of the list, whatever byte it opens with (a key's first byte tells most apart),
    // and keys that open as one of them does but are none.
    for (std::string_view key : {"regional", "international", "global", "worldwide", "world", "europe", "eu", "european union",
                                 "transnational", "multinational", "multiple", "various", "online", "africa", "asia",
                                 "latin america", "middle east", "региональная", "международная", "глобальная", "регіональна",
                                 "міжнародна", "глобальна", "региональные", "международные", "глобальные", "регіональні",
                                 "міжнародні", "глобальні", "regionales", "internacional", "internacionales", "mundial",
                                 "europa", "régional", "internationale", "internationales"}) {
        CAPTURE(key);
        CHECK(geo::is_pseudo_country_key(key));
    }
    for (std::string_view key : {"kenya", "armenia", "georgia", "moldova", "россия", "україна", "région", "zimbabwe", "1"}) {
        CAPTURE(key);
        CHECK_FALSE(geo::is_pseudo_country_key(key));
    }
}

TEST_CASE("countries: folding") {
    CHECK(fold("  The  United\tStates. ") == "united states");
    CHECK(fold("U.S.A.") == "usa");
    CHECK(fold("St. Lucia") == "st. lucia");
    CHECK(fold("L’Ukraine") == "ukraine");
    CHECK(fold("Ёлкино") == "елкино");
    CHECK(fold("Guinea‐Bissau") == "guinea-bissau");
    CHECK(fold("the") == "the");
    char tiny[4];
    CHECK(geo::fold_country_key("Germany", tiny, sizeof tiny).empty());
    CHECK(geo::find_folded("germany")->alpha2 == "DE");
    CHECK_FALSE(geo::find_folded("Germany").has_value());
}

TEST_CASE("countries: every alias the issue names, and its forms in other languages") {
    struct alias {
        char const* written;
        char const* code;
    };
    alias const aliases[] = {
        {"Russia", "RU"},          {"USA", "US"},           {"US", "US"},
        {"UK", "GB"},              {"Great Britain", "GB"}, {"The Netherlands", "NL"},
        {"Kyrgyz Republic", "KG"}, {"Czech Republic", "CZ"}, {"Turkey", "TR"},
        {"Türkiye", "TR"},         {"Kosovo", "XK"},        {"Palestine", "PS"},
        {"Moldova", "MD"},         {"Macedonia", "MK"},     {"Byelorussia", "BY"},
        {"Ivory Coast", "CI"},     {"Republic of Georgia", "GE"}, {"Republic of Turkey", "TR"},
        // the same countries as French, German, Spanish, Polish and Romanian lists write them
        {"Turquie", "TR"},         {"Turquía", "TR"},       {"Turcia", "TR"},
        {"Türkei", "TR"},          {"Turcja", "TR"},        {"Palestina", "PS"},
        {"Palästina", "PS"},       {"Palestyna", "PS"},     {"Macédoine", "MK"},
        {"Mazedonien", "MK"},      {"Macedonia de Nord", "MK"}, {"Costa de Marfil", "CI"},
        {"Elfenbeinküste", "CI"},  {"Wybrzeże Kości Słoniowej", "CI"}, {"Grande-Bretagne", "GB"},
        {"Gran Bretaña", "GB"},    {"Pays-Bas", "NL"},      {"Niderlandy", "NL"},
        {"Țările de Jos", "NL"},   {"Tchéquie", "CZ"},      {"Republica Cehă", "CZ"},
        {"Kirghizistan", "KG"},    {"Kirghizstan", "KG"},   {"Kirgistan", "KG"},
        {"Biélorussie", "BY"},     {"Weißrussland", "BY"},  {"Belarús", "BY"},
        {"Moldavie", "MD"},        {"Moldau", "MD"},        {"Republica Moldova", "MD"},
        {"Россия", "RU"},          {"Кыргызстан", "KG"},    {"Киргизия", "KG"},
    };
    for (auto const& a : aliases) {
        CAPTURE(a.written);
        CHECK(code_of(a.written) == a.code);
    }
}

TEST_CASE("countries: case forms of signatory lines") {
    for (std::string_view written : {"России", "Россия", "Украины", "Украине", "Беларуси", "Казахстана",
                         "Молдовы", "Грузии", "Армении", "Великобритании", "Нидерландов", "Кыргызстана"}) {
        CAPTURE(written);
        CHECK(code_of(written) != "<none>");
    }
    CHECK(code_of("России") == "RU");
    CHECK(code_of("Україна") == "UA");
    CHECK(code_of("України") == "UA");
    CHECK(code_of("Україні") == "UA");
    CHECK(code_of("Білорусі") == "BY");
    CHECK(code_of("Польщі") == "PL");
    CHECK(code_of("Грузії") == "GE");
    CHECK(code_of("Polska") == "PL");
    CHECK(code_of("Polski") == "PL");
    CHECK(code_of("Niemiec") == "DE");
    CHECK(code_of("Ukrainy") == "UA");
    CHECK(code_of("Białorusi") == "BY");
    CHECK(code_of("Rosji") == "RU");
    CHECK(code_of("Mołdawii") == "MD");
    CHECK(code_of("României") == "RO");
    CHECK(code_of("Rusiei") == "RU");
}

TEST_CASE("countries: articles, official forms and typography") {
    CHECK(code_of("la France") == "FR");
    CHECK(code_of("la Moldavie") == "MD");
    CHECK(code_of("la République de Moldova") == "MD");
    CHECK(code_of("la République de Pologne") == "PL");
    CHECK(code_of("la République du Kazakhstan") == "KZ");
    CHECK(code_of("Le Royaume-Uni") == "GB");
    CHECK(code_of("L'Allemagne") == "DE");
    CHECK(code_of("die Schweiz") == "CH");
    CHECK(code_of("Bundesrepublik Deutschland") == "DE");
    CHECK(code_of("Reino de España") == "ES");
    CHECK(code_of("Rzeczpospolita Polska") == "PL");
    CHECK(code_of("El Salvador") == "SV");
    CHECK(code_of("THE NETHERLANDS") == "NL");
    CHECK(code_of("“Ukraine”") == "UA");
    CHECK(code_of("Côte d’Ivoire") == "CI");
    CHECK(code_of("Guinea‐Bissau") == "GW");  // U+2010 hyphen
}

TEST_CASE("countries: the United Nations' names, an ampersand, a word cut short and a list's letters") {
    // iso-codes' "Iran, Islamic Republic of" as the United Nations write it, its second half in
    // parentheses.
    CHECK(code_of("Iran (Islamic Republic of)") == "IR");
    CHECK(code_of("Bolivia (Plurinational State of)") == "BO");
    CHECK(code_of("Venezuela (Bolivarian Republic of)") == "VE");
    CHECK(code_of("Micronesia (Federated States of)") == "FM");
    CHECK(code_of("Netherlands (Kingdom of the)") == "NL");
    CHECK(code_of("Bosnia & Herzegovina") == "BA");
    CHECK(code_of("Czech Rep.") == "CZ");
    CHECK(code_of("Russian Fed.") == "RU");
    CHECK(code_of("KSA") == "SA");
    CHECK(code_of("OPT") == "PS");
    CHECK(code_of("Myanmar (Burma)") == "MM");
    CHECK(code_of("São Tomé and Príncipe") == "ST");
    CHECK(code_of("Taiwan ROC") == "TW");
    CHECK(code_of("Kurdistan Region of Iraq") == "IQ");
}

TEST_CASE("countries: a country's name with parentheses of its own, in a signer's parentheses, is the signer's country") {
    auto const s = civic::parse("Joint statement on the surveillance of journalists\n\n"
                                "We, the undersigned organisations, call on all governments to stop the surveillance of journalists.\n\n"
                                "Signatories:\n"
                                "Amber Writers in Exile (Iran (Islamic Republic of))\n"
                                "Coral Press Forum (Bolivia (Plurinational State of))\n"
                                "Lantern Media Centre (Bosnia & Herzegovina)\n"
                                "Dune Voices in Exile (KSA)\n")
                       .statement.signatories;
    REQUIRE(s.size() == 4);
    CHECK(s[0].name == "Amber Writers in Exile");
    CHECK(s[0].country == "Iran (Islamic Republic of)");
    CHECK(s[0].country_code == "IR");
    CHECK(s[1].name == "Coral Press Forum");
    CHECK(s[1].country_code == "BO");
    CHECK(s[2].name == "Lantern Media Centre");
    CHECK(s[2].country_code == "BA");
    CHECK(s[3].name == "Dune Voices in Exile");
    CHECK(s[3].country_code == "SA");
    CHECK_FALSE(s[3].acronym);
}

// The outcomes the README documents for sub-national and pseudo-countries.
TEST_CASE("countries: nations of the United Kingdom, pseudo-countries and cities") {
    for (std::string_view written : {"England", "Wales", "Scotland", "Northern Ireland", "Англия"}) {
        CAPTURE(written);
        CHECK(code_of(written) == "GB");
    }
    for (std::string_view written : {"Regional", "International", "Global", "Worldwide", "Europe", "EU", "Международная"}) {
        CAPTURE(written);
        CHECK(code_of(written) == "<none>");
        CHECK(geo::is_pseudo_country(written));
    }
    for (std::string_view written : {"Kyiv", "Tbilisi", "Moscow", "Москва", "Londres"}) {
        CAPTURE(written);
        CHECK(code_of(written) == "<none>");
        CHECK_FALSE(geo::is_pseudo_country(written));
    }
}

TEST_CASE("countries: a signatory's country field as parse() gives it") {
    auto const r = civic::parse(
        "Joint statement on the arrests in Moldova\n\n"
        "We, the undersigned organisations, call on the authorities of Moldova to release the detained students.\n\n"
        "Signatories:\n\n"
        "Amber Lantern Association (Kyiv)\n"
        "Birchwood Institute (England)\n"
        "Coral Bay Forum (Regional)\n"
        "Dune Press Centre (Молдова)\n");
    auto const& s = r.statement.signatories;
    REQUIRE(s.size() == 4);
    CHECK(s[0].name == "Amber Lantern Association");
    CHECK(s[0].place == "Kyiv");  // a town: the signer's place, not its country
    CHECK_FALSE(s[0].country);
    CHECK_FALSE(s[0].acronym);
    CHECK(s[1].country_code == "GB");
    CHECK(s[2].country == "Regional");
    CHECK_FALSE(s[2].country_code);
    CHECK(s[3].country_code == "MD");
    std::size_t notes = 0;
    for (auto const& d : r.diagnostics) notes += d.code == "signatory.unknown-country";
    CHECK(notes == 0);  // a town is no unknown country; a pseudo-country is no doubt
}

TEST_CASE("countries: a signer's country after each separator a list writes") {
    auto const r = civic::parse(
        "Joint statement on the river\n\nWe call on the government to act.\n\nSignatories:\n\n"
        "- Amber Lantern Centre, Kenya\n- Birch Lantern Centre \xE2\x80\x93 Kenya\n- Cedar Lantern Centre, Birchwood \xE2\x80\x93 Kenya\n"
        "- Dune Lantern Centre / Kenya\n- Elm Lantern Centre | Kenya\n- Fern Lantern Centre \xC2\xB7 Kenya\n"
        "- Moss Lantern Centre - Moldova\n- Nettle Lantern Centre, Birchwood - Moldova\n"
        "- Oak Lantern Centre, Ukraine / Moldova\n- Pine Lantern Centre, Regional\n");
    auto const& s = r.statement.signatories;
    REQUIRE(s.size() == 10);
    // A comma, a dash, a slash, a bar or a middle dot before the country, a town before it.
    for (std::size_t i = 0; i < 8; ++i) {
        CAPTURE(i);
        CHECK(s[i].name.find("Lantern Centre") + 14 == s[i].name.size());
        CHECK(s[i].country_code == (i < 6 ? "KE" : "MD"));
        CHECK(s[i].place == (i == 2 || i == 7 ? std::optional<std::string>("Birchwood") : std::nullopt));
    }
    CHECK(s[8].country == "Ukraine / Moldova");
    CHECK_FALSE(s[8].country_code);
    CHECK(s[9].country == "Regional");
    CHECK_FALSE(s[9].country_code);
}

TEST_CASE("countries: a note's mark or a conjunction after a signer's name is none of it") {
    auto const r = civic::parse(
        "Joint statement on the river\n\nWe call on the government to act.\n\nSignatories:\n\n"
        "- Gale Lantern Centre\xC2\xB9\n- Heath Lantern Centre\xC2\xB2\xC2\xB3\n- Iris Lantern Centre*\n- Juniper Lantern Centre [2]\n"
        "- Kestrel Lantern Centre (KLC)1\n- Larch Lantern Centre, and\n- Moss Lantern Centre, Kenya\xC2\xB9\n");
    auto const& s = r.statement.signatories;
    REQUIRE(s.size() == 7);
    // A superscript, a star, a number in brackets or glued to a parenthesis, and a conjunction
    // before the last entry.
    for (std::size_t i = 0; i < 6; ++i) {
        CAPTURE(i);
        CHECK(s[i].name.find("Lantern Centre") + 14 == s[i].name.size());
        CHECK_FALSE(s[i].country);
    }
    CHECK(s[6].name == "Moss Lantern Centre");
    CHECK(s[6].country_code == "KE");
}

TEST_CASE("countries: a scanner's misreading of one letter ('Carneroon', 'Nigerla') names the country") {
    auto const misread = [](std::string_view written) -> std::optional<std::string_view> {
        char buf[geo::country_key_capacity];
        auto const c = geo::find_misread_folded(geo::fold_country_key(written, buf, sizeof buf));
        return c ? std::optional<std::string_view>(c->alpha2) : std::nullopt;
    };
    CHECK(misread("Carneroon") == "CM");  // "rn" for "m"
    CHECK(misread("Nigerla") == "NG");    // "l" for "i"
    CHECK(misread("AIbania") == "AL");    // a capital "I" for "l"
    CHECK(misread("Ita1y") == "IT");      // "1" for "l"
    CHECK(misread("P0land") == "PL");     // "0" for "o"
    CHECK(misread("United Klngdom") == "GB");
    CHECK(misread("Kenva") == "KE");     // "v" for "y", the tail of a "y" lost
    CHECK(misread("Guvana") == "GY");
    CHECK(misread("Sloyakia") == "SK");  // "y" for "v"
    // Two misreadings, a word no misreading of a country, a short word near too many.
    CHECK_FALSE(misread("Carneroan"));
    CHECK_FALSE(misread("Carnerl00n"));
    CHECK_FALSE(misread("Kenvv"));
    CHECK_FALSE(misread("Kenv"));  // four letters: near too many words
    CHECK_FALSE(misread("Camelot"));
    CHECK_FALSE(misread("Mall"));
    CHECK_FALSE(misread("Cameroon"));  // no misreading: find_folded's
}

TEST_CASE("countries: a signer's country misread by a scanner is read where a country stands, not in the title") {
    auto const r = civic::parse(
        "Joint statement on the arrests in Carneroon\n\n"
        "We, the undersigned organisations, call on the authorities to release the detained reporters.\n\n"
        "Signatories:\n\n"
        "Amber Lantern Association (Carneroon)\n"
        "Birchwood Press Centre, Nigerla\n"
        "Coral Bay Forum (Kenya)\n");
    auto const& s = r.statement.signatories;
    REQUIRE(s.size() == 3);
    CHECK(s[0].name == "Amber Lantern Association");
    CHECK(s[0].country == "Carneroon");
    CHECK(s[0].country_code == "CM");
    CHECK_FALSE(s[0].place);
    CHECK(s[1].name == "Birchwood Press Centre");
    CHECK(s[1].country_code == "NG");
    CHECK_FALSE(s[1].place);
    CHECK(s[2].country_code == "KE");
    CHECK(r.statement.subject_countries.empty());  // the headline's words are prose's
}

TEST_CASE("countries: a signer's country whose \"y\" a scanner read as \"v\" ('Kenva', 'Guvana') is its country") {
    auto const r = civic::parse(
        "Joint statement on the detention of reporters\n\n"
        "We, the undersigned organisations, call on the authorities to release the detained reporters.\n\n"
        "Signatories:\n\n"
        "Amber Lantern Association (Kenva)\n"
        "Birchwood Press Centre, Guvana\n"
        "Coral Bay Forum (Ghana)\n");
    auto const& s = r.statement.signatories;
    REQUIRE(s.size() == 3);
    CHECK(s[0].name == "Amber Lantern Association");
    CHECK(s[0].country == "Kenva");
    CHECK(s[0].country_code == "KE");
    CHECK(s[1].name == "Birchwood Press Centre");
    CHECK(s[1].country_code == "GY");
    CHECK(s[2].country_code == "GH");
}

TEST_CASE("countries: lookup allocates nothing") {
    std::size_t found = 0;
    allocations = 0;
    counting = true;
    for (std::string_view written : {"The United States of America", "России", "Україна", "la République de Moldova", "Kyiv",
                         "Regional", "Türkiye"})
        found += geo::find_country(written).has_value() + geo::is_pseudo_country(written);
    // A misread country's index is built on first use; a lookup after that allocates nothing.
    counting = false;
    char buf[geo::country_key_capacity];
    (void)geo::find_misread_folded(geo::fold_country_key("Carneroon", buf, sizeof buf));
    counting = true;
    found += geo::find_misread_folded(geo::fold_country_key("Nigerla", buf, sizeof buf)).has_value();
    found += geo::is_us_state("NEW MEXICO") + geo::is_us_state("TX") + geo::is_province_or_state("Nova Scotia");
    counting = false;
    CHECK(found == 10);
    CHECK(allocations == 0);
}

TEST_CASE("countries: a region by its code or by its name, as written or in capitals, from its list's index") {
    // Every US state, as a list writes it after a signer's town: its code, its name, the name in
    // capitals; the district of the capital too.
    std::string_view const states[][2] = {
        {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
        {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
        {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
        {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
        {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
        {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
        {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
        {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
        {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
        {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
        {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}};
    auto const capitals = [](std::string_view t) {
        std::string c(t);
        for (auto& ch : c)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        return c;
    };
    auto const lower = [](std::string_view t) {
        std::string c(t);
        for (auto& ch : c)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return c;
    };
    for (auto const& state : states) {
        // Named, not bound: a structured binding can't be captured by CAPTURE's lambda in C++17.
        std::string_view const code = state[0], name = state[1];
        CAPTURE(name);
        CHECK(geo::is_us_state(code));
        CHECK(geo::is_us_state(name));
        CHECK(geo::is_us_state(capitals(name)));
        // Written otherwise, none: in lower case, a letter more or less, a code in lower case.
        CHECK_FALSE(geo::is_us_state(lower(name)));
        CHECK_FALSE(geo::is_us_state(std::string(name) + "s"));
        CHECK_FALSE(geo::is_us_state(name.substr(0, name.size() - 1)));
        CHECK_FALSE(geo::is_us_state(lower(code)));
    }
    // A name's capitals where its own are, the rest as the table writes it or in capitals.
    CHECK(geo::is_us_state("NEW Mexico"));
    CHECK(geo::is_us_state("District OF Columbia"));
    CHECK_FALSE(geo::is_us_state("New mexico"));
    CHECK_FALSE(geo::is_us_state("district of Columbia"));
    // Other texts after a signer's town: no state.
    for (std::string_view other : {"", "C", "Kenya", "Oakland", "USA", "CAL", "Ca", "Washington DC", "New  York", "Georgia "})
        CHECK_FALSE(geo::is_us_state(other));
    // Canada's provinces and Australia's states: codes of two letters and of three, the same code
    // in both lists ("NT"), a name written with an accent or without ("Québec", "Quebec").
    for (std::string_view region : {"ON", "BC", "QC", "NT", "NSW", "VIC", "ACT", "WA", "Ontario", "Quebec", "Québec", "QUEBEC",
                                    "QUéBEC", "Newfoundland and Labrador", "NEWFOUNDLAND AND LABRADOR", "Australian Capital Territory",
                                    "Northern Territory", "Northwest Territories", "Western Australia", "Yukon"})
        CHECK(geo::is_province_or_state(region));
    for (std::string_view other : {"", "O", "on", "Nsw", "QUÉBEC", "québec", "Ontario.", "Toronto", "Australia", "Kenya", "NY", "Texas"})
        CHECK_FALSE(geo::is_province_or_state(other));
    CHECK_FALSE(geo::is_us_state("ON"));
    CHECK_FALSE(geo::is_us_state("Ontario"));
}

TEST_CASE("countries: a code in capitals names its country; other text none") {
    REQUIRE(geo::country_of_code("KZ"));
    CHECK(geo::country_of_code("KZ")->alpha3 == "KAZ");
    CHECK(geo::country_of_code("UA")->name == "Ukraine");
    // The European Union's own codes.
    CHECK(geo::country_of_code("EL")->alpha2 == "GR");
    CHECK(geo::country_of_code("UK")->alpha2 == "GB");
    CHECK_FALSE(geo::country_of_code("XX"));
    CHECK_FALSE(geo::country_of_code("kz"));
    CHECK_FALSE(geo::country_of_code("KAZ"));
    CHECK_FALSE(geo::country_of_code(""));
}

TEST_CASE("countries: Spanish and French group headings that name no country ('Internacional', 'REGIONALES / INTERNACIONALES')") {
    auto const s = civic::parse("Pronunciamiento\n\nLas organizaciones firmantes exigimos la liberaci\xC3\xB3n de los defensores.\n\n"
                         "Firman:\n\nPER\xC3\x9A\nCentro Amber\nRed Birchwood\n\nREGIONALES / INTERNACIONALES\nColectivo Coral\n"
                         "Fundaci\xC3\xB3n Dune\n")
                       .statement;
    REQUIRE(s.signatories.size() == 4);
    CHECK(s.signatories[1].country_code == std::optional<std::string>("PE"));
    CHECK(s.signatories[2].name == "Colectivo Coral");
    CHECK_FALSE(s.signatories[2].country_code.has_value());
    CHECK(geo::is_pseudo_country("Internacional"));
}
