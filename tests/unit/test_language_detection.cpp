// detect_language against the plain way of reading a text the same way: decode every code
// point, fold each word into a string, and search every stop-word list for it. The
// detector's fast paths (runs of ASCII letters without decoding, one hash lookup a word,
// the weight of a word's place computed only when it counts) must give the same language
// and the same confidence to the last bit, on the fixtures and on texts made to meet every
// path: web addresses, words longer than any stop word, Cyrillic letters of one language,
// invalid bytes, a cut at 64 KiB.
#include <civic/lang/detect.hpp>
#include <civic/lang/languages.hpp>
#include <civic/text/utf8.hpp>

#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

// The rules of detect.ipp, written plainly; the constants and the order of the arithmetic
// are the detector's, so that the doubles compare equal.
lang::language_guess plain_detect(std::string_view text) {
    constexpr std::size_t n = std::size(lang::all_languages);
    if (text.size() > 64 * 1024) text = text.substr(0, 64 * 1024);
    std::size_t ru = n, uk = n;
    // The Latin alphabets with letters of their own, and those letters.
    struct own_letters {
        std::string_view code;
        std::u32string_view letters;
    };
    own_letters const alphabets[] = {{"pl", U"\u0105\u0119\u0142\u0144\u015B\u017A\u017C\u0107"},
                                     {"ro", U"\u0103\u0219\u021B\u015F\u0163"},
                                     {"de", U"\u00E4\u00F6\u00FC\u00DF"},
                                     {"es", U"\u00F1"},
                                     {"fr", U"\u00E7\u00E8\u00EA\u0153\u00F9\u00FB"}};
    std::size_t alphabet_table[std::size(alphabets)];
    for (std::size_t k = 0; k < std::size(alphabets); ++k) alphabet_table[k] = n;
    for (std::size_t t = 0; t < n; ++t) {
        if (lang::all_languages[t]->code == "ru") ru = t;
        if (lang::all_languages[t]->code == "uk") uk = t;
        for (std::size_t k = 0; k < std::size(alphabets); ++k)
            if (lang::all_languages[t]->code == alphabets[k].code) alphabet_table[k] = t;
    }
    double total[n] = {}, lead[n] = {}, line[n] = {};
    std::size_t line_start = 0;
    int line_lower = 0, line_upper = 0;
    std::string word;
    std::size_t letters = 0;
    bool initial_upper = false, initial_lower = false, uk_letter = false, ru_letter = false;
    bool alphabet_letter[std::size(alphabets)] = {};

    auto end_word = [&](std::size_t at) {
        if (letters == 0) return;
        double const position = 1.0 / (1.0 + static_cast<double>(at) / lang::detect_detail::position_scale);
        bool hit[n] = {};
        std::size_t k = 0;
        for (std::size_t t = 0; t < n; ++t) {
            auto const& sw = lang::all_languages[t]->stop_words;
            if (std::find(sw.begin(), sw.end(), std::string_view(word)) != sw.end()) hit[t] = true, ++k;
        }
        if (k > 0) {
            for (std::size_t t = 0; t < n; ++t)
                if (hit[t]) line[t] += position / static_cast<double>(k);
        } else {
            if (letters >= 4) {
                if (initial_upper) ++line_upper;
                else if (initial_lower) ++line_lower;
            }
            if (uk_letter && !ru_letter && uk < n) line[uk] += 0.5 * position;
            if (ru_letter && !uk_letter && ru < n) line[ru] += 0.5 * position;
            // The letters of one Latin alphabet alone: a quarter of a stop word.
            std::size_t alphabets_seen = 0, seen_one = 0;
            for (std::size_t a = 0; a < std::size(alphabets); ++a)
                if (alphabet_letter[a]) ++alphabets_seen, seen_one = a;
            if (alphabets_seen == 1 && alphabet_table[seen_one] < n) line[alphabet_table[seen_one]] += 0.25 * position;
        }
        word.clear();
        letters = 0;
        initial_upper = initial_lower = uk_letter = ru_letter = false;
        for (auto& seen : alphabet_letter) seen = false;
    };
    auto end_line = [&](std::size_t next_start) {
        int const content = line_lower + line_upper;
        double const weight = (content == 0 || line_lower * 4 >= content) ? 1.0 : line_lower == 0 ? 0.1 : 0.25;
        double const lead_weight = lang::detect_detail::line_lead(line_start, text.size());
        for (std::size_t t = 0; t < n; ++t) {
            total[t] += line[t] * weight;
            lead[t] += line[t] * weight * lead_weight;
            line[t] = 0;
        }
        line_start = next_start;
        line_lower = line_upper = 0;
    };
    auto url_length = [&](std::size_t i) -> std::size_t {
        auto const rest = text.substr(i);
        auto starts = [&](std::string_view p) {
            if (rest.size() < p.size()) return false;
            for (std::size_t j = 0; j < p.size(); ++j)
                if ((rest[j] | 0x20) != p[j]) return false;
            return true;
        };
        if (!starts("http://") && !starts("https://") && !starts("www.")) return 0;
        auto const end = rest.find_first_of(" \t\n\r)]>\"|");
        return end == std::string_view::npos ? rest.size() : end;
    };

    for (std::size_t i = 0; i < text.size();) {
        if (letters == 0) {
            if (auto const url = url_length(i)) {
                i += url;
                continue;
            }
        }
        auto const d = utf8::decode(text, i);
        i += d.length;
        if (d.valid && utf8::is_letter(d.cp)) {
            if (letters++ == 0) {
                initial_upper = utf8::is_upper_letter(d.cp);
                initial_lower = utf8::is_lower_letter(d.cp);
            }
            char32_t c = utf8::to_lower(d.cp);
            if (c == 0x451) ru_letter = true, c = 0x435;
            else if (c == 0x44B || c == 0x44D || c == 0x44A) ru_letter = true;
            else if (c == 0x456 || c == 0x457 || c == 0x454 || c == 0x491) uk_letter = true;
            for (std::size_t a = 0; a < std::size(alphabets); ++a)
                if (alphabets[a].letters.find(c) != std::u32string_view::npos) alphabet_letter[a] = true;
            utf8::append(word, c);
        } else {
            end_word(i);
            if (d.cp == '\n') end_line(i);
        }
    }
    end_word(text.size());
    end_line(text.size());

    std::size_t best = 0;
    double sum = 0;
    for (std::size_t t = 0; t < n; ++t) {
        sum += total[t];
        if (lead[t] > lead[best]) best = t;
    }
    if (!(total[best] > 0.0)) return {std::string_view{}, 0.0};
    return {lang::all_languages[best]->code, total[best] / sum * (sum / (sum + 2.0))};
}

void check_same(std::string_view text) {
    auto const fast = lang::detect_language(text);
    auto const plain = plain_detect(text);
    CHECK(fast.code == plain.code);
    CHECK(fast.confidence == plain.confidence);  // to the bit, not approximately
    // The code alone, read only as far as the rest could change it, is the whole reading's.
    CHECK(lang::detect_language_code(text) == plain.code);
}

// Pieces that exercise the detector's paths, joined in a pseudo-random order below.
std::vector<std::string> const pieces = {
    "the", "The", "THE", "and", "de", "la", "que", "und", "der", "die", "и", "в", "не", "на", "що", "та",
    "Мы", "призываем", "Ми", "закликаємо", "її", "ещё", "Ёлка", "объём", "єдність", "ґанок", "мыї",
    "NOUS", "appelons", "à", "été", "État", "Zażółć", "gęślą", "Şi", "în", "ţară", "Ελλάδα",
    "Anna", "Novak", "Maria", "Organisation", "Foundation", "Centre", "中文", "日本語", "\xF0\x9F\x99\x82",
    "http://example.org/le-financement-des-logiciels", "HTTPS://Example.COM/path)", "www.example.net|x",
    "hTtP:/not-a-url", "wwwx", "whom", "https", "l'état", "d’un", "co-operation", "x2", "2x",
    std::string(70, 'a'), std::string(64, 'b'), "ы" + std::string(62, 'c'), "\xD0\xB6\xD0\xB6\xD0\xB6",
    "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xC0\x80",
    " ", "  ", ", ", ". ", "\n", "\r\n", "\t", " - ", " — ", "; ", ": ", "(", ")", "\"", "12", "2021",
};

std::string pseudo_random_text(std::uint32_t seed, std::size_t count) {
    std::string text;
    for (std::size_t k = 0; k < count; ++k) {
        seed = seed * 1664525u + 1013904223u;
        text += pieces[(seed >> 8) % pieces.size()];
        if ((seed >> 4) % 3 != 0) text += ' ';
    }
    return text;
}

}  // namespace

TEST_CASE("detect_language gives what the plain reading gives, on every fixture") {
    std::vector<std::filesystem::path> files;
    for (auto const& e : std::filesystem::recursive_directory_iterator(CIVIC_FIXTURES_DIR))
        if (e.is_regular_file()) files.push_back(e.path());
    REQUIRE(!files.empty());
    for (auto const& f : files) {
        CAPTURE(f.string());
        auto const text = civic_test::read_fixture(std::filesystem::relative(f, CIVIC_FIXTURES_DIR).string());
        check_same(text);
        // And every start of it, a few hundred bytes apart: cuts inside words and sequences.
        for (std::size_t k = 1; k < text.size(); k += 397) check_same(std::string_view(text).substr(0, k));
    }
}

TEST_CASE("detect_language gives what the plain reading gives, on texts made to meet every path") {
    for (auto const& p : pieces) check_same(p);
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        auto const text = pseudo_random_text(seed, 5 + seed % 60);
        CAPTURE(text);
        check_same(text);
    }
    // Past 64 KiB: the cut, and the weight of a word's place far into the text.
    auto const long_text = pseudo_random_text(7, 20000);
    REQUIRE(long_text.size() > 64 * 1024);
    check_same(long_text);
}

TEST_CASE("detect_language: a short text without a stop word, by the letters only its alphabet writes") {
    // "Apel" / "Żądamy uwolnienia dziennikarza." / names: Polish by ą, ż, ł, ń.
    CHECK(lang::detect_language("Apel\n\n\xC5\xBB\xC4\x85" "damy uwolnienia dziennikarza.\n\nMaria Wi\xC5\x9Bniewska, Fundacja "
                                "Wolno\xC5\x9B\xC4\x87\n")
              .code == "pl");
    // Romanian, whose "de" and "la" French shares: by ă, ț, ș.
    CHECK(lang::detect_language("Scrisoare deschis\xC4\x83\n\nNe exprim\xC4\x83m \xC3\xAEngrijorarea fa\xC8\x9B\x61 de "
                                "modific\xC4\x83rile propuse la Legea nr. 47/1992.\n\nV\xC4\x83 solicit\xC4\x83m:\n")
              .code == "ro");
    check_same("Apel\n\n\xC5\xBB\xC4\x85" "damy uwolnienia dziennikarza. Se\xC3\xB1or, \xC3\xA7\x61 va, Stra\xC3\x9F" "e.\n");
}

TEST_CASE("detect_language: a statement followed by its translation is in the language of the original") {
    // Each half a kilobyte or more, as a statement's text is: a word counts less the later it comes.
    std::string const es = "Pronunciamiento conjunto: Lakeshore debe poner fin al estado de excepción\n\n"
                           "Las organizaciones abajo firmantes manifestamos nuestra preocupación por la prórroga del estado "
                           "de excepción, que ya dura tres años, y por las detenciones de personas sin pruebas suficientes "
                           "en todo el país.\n\nDurante estos tres años se han registrado miles de denuncias de "
                           "violaciones a los derechos humanos y decenas de muertes de personas bajo la custodia del "
                           "Estado, sin que las autoridades hayan investigado los hechos ni informado a las familias.\n\n"
                           "Exigimos al Estado que ponga fin al régimen de excepción y que revise la "
                           "situación de las personas detenidas.\n\nFirmantes:\n\nAsociación Ámbar\nCentro Abedul\n\n";
    std::string const en = "Joint statement: Lakeshore must end the state of exception\n\n"
                           "The undersigned organisations express their concern at the extension of the state of exception, "
                           "which has now lasted three years, and at the arrests of people without sufficient evidence "
                           "throughout the country.\n\nOver these three years thousands of complaints of human rights "
                           "violations and dozens of deaths of people in the custody of the State have been recorded, and "
                           "the authorities have neither investigated them nor informed the families.\n\nWe call on the State to end the state of exception and to review "
                           "the situation of the people who are detained.\n\nSignatories:\n\nAmber Association\nBirch Centre\n";
    CHECK(lang::detect_language(es + "---\n\n" + en).code == "es");
    CHECK(lang::detect_language(en + "---\n\n" + es).code == "en");
}

TEST_CASE("detect_language: a short text of two halves is in the language of the first, as sure as of one language") {
    // Some 200 bytes each: Spanish's stop words, which French and others share, weigh less than
    // English's.
    std::string const es = "Exigimos al Estado de Lakeshore que investigue los asesinatos de periodistas y que proteja a "
                           "quienes informan. Nos preocupa la impunidad y pedimos medidas urgentes para la prensa.\n\n";
    std::string const en = "We demand that the State of Lakeshore investigate the killings of journalists and protect those "
                           "who report. We are concerned about impunity and ask for urgent measures for the press now.\n\n";
    CHECK(lang::detect_language(es + en).code == "es");
    CHECK(lang::detect_language(en + es).code == "en");
    check_same(es + en);
    // A text in one language is as sure as before: the lines' places weigh only the guess.
    CHECK(lang::detect_language(en).confidence > 0.6);
    CHECK(lang::detect_language(en + en).confidence > lang::detect_language(en).confidence);
}

TEST_CASE("detect_language_code stops only where nothing after could change the code") {
    // Lines of English prose, then a long stretch of the shortest stop words of another
    // language, as close together as words can be: it overturns the lead only because it is
    // so long, and the code read in part must be the whole reading's either way.
    std::string const en = "We, the undersigned organisations, call on the authorities of Veloria to release the "
                           "journalists of the Riverside Press and to end the harassment of their families.\n";
    for (std::size_t lines : {1u, 4u, 16u, 64u}) {
        std::string english;
        for (std::size_t k = 0; k < lines; ++k) english += en;
        for (std::size_t words : {0u, 100u, 2000u, 30000u}) {
            std::string text = english;
            for (std::size_t k = 0; k < words; ++k) text += k % 40 == 39 ? "y\n" : "y ";
            CAPTURE(lines);
            CAPTURE(words);
            CHECK(lang::detect_language_code(text) == lang::detect_language(text).code);
        }
    }
    // A statement in one language is told from its first lines, the same as from the whole.
    std::string long_en;
    for (int k = 0; k < 200; ++k) long_en += en;
    CHECK(lang::detect_language_code(long_en) == "en");
}
