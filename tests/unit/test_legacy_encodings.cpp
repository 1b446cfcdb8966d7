// Texts in the single-byte encodings of before UTF-8 (Windows-1251, KOI8-R, Windows-1252):
// decoded from the encoding a page declares or the one the bytes look like, each character
// mapped to its one byte; UTF-8 with a damaged byte or two, and binary data, keep U+FFFD.
#include <civic/parse.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/legacy_encodings.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace civic;
using civic_test::has_code;
using civic_test::call_texts;

namespace {

// `utf8_text` in `encoding`: each code point's byte, found in the encoding's table.
std::string encode(std::string_view utf8_text, text::legacy_encoding encoding) {
    std::string out;
    for (std::size_t i = 0; i < utf8_text.size();) {
        auto const d = utf8::decode(utf8_text, i);
        i += d.length;
        if (d.cp < 0x80) {
            out += static_cast<char>(d.cp);
            continue;
        }
        int found = 0;
        for (int b = 0x80; b < 0x100 && !found; ++b)
            if (text::legacy_code_point(encoding, static_cast<unsigned char>(b)) == d.cp) found = b;
        REQUIRE(found != 0);
        out += static_cast<char>(found);
    }
    return out;
}

// The UTF-8 of `bytes` in `encoding`, a character for each byte.
std::string decode(std::string_view bytes, text::legacy_encoding encoding) {
    std::string out;
    for (char c : bytes) utf8::append(out, text::legacy_code_point(encoding, static_cast<unsigned char>(c)));
    return out;
}

// An invented statement in Russian: a headline, a date, calls in a list, and signers with
// their countries, guillemets and the letter ё.
std::string const russian =
    "Совместное заявление о преследовании журналистов в Северной области\n\n"
    "3 марта 2024 года\n\n"
    "Мы, нижеподписавшиеся организации гражданского общества, выражаем глубокую обеспокоенность арестами "
    "независимых журналистов и давлением на объединённые редакции.\n\n"
    "Мы призываем власти:\n\n"
    "- немедленно освободить всех задержанных журналистов;\n"
    "- прекратить уголовное преследование редакции газеты «Вечерний звон»;\n"
    "- обеспечить доступ адвокатов к задержанным.\n\n"
    "Подписали:\n\n"
    "Правозащитный центр «Янтарь» (Россия)\n"
    "Фонд «Свободное перо» (Украина)\n"
    "Ассоциация независимых юристов (Казахстан)\n"
    "Клуб журналистов «Ёлка» (Кыргызстан)\n";

// The same statement parsed from its UTF-8 and from `bytes`, in `encoding`, gives the same
// headline, calls and signers, each signer's span over the bytes of its line.
void check_same_statement(std::string const& utf8_text, std::string const& bytes, text::legacy_encoding encoding) {
    auto const expected = parse(utf8_text);
    auto const r = parse(bytes);
    CHECK(has_code(r.diagnostics, "text.legacy-encoding"));
    CHECK_FALSE(has_code(r.diagnostics, "text.invalid-utf8"));
    REQUIRE(expected.statement.title);
    REQUIRE(r.statement.title);
    CHECK(r.statement.title->text == expected.statement.title->text);
    CHECK(call_texts(expected.statement).size() == 3);
    CHECK(call_texts(r.statement) == call_texts(expected.statement));
    REQUIRE(expected.statement.signatories.size() == 4);
    REQUIRE(r.statement.signatories.size() == expected.statement.signatories.size());
    for (std::size_t k = 0; k < r.statement.signatories.size(); ++k) {
        auto const& got = r.statement.signatories[k];
        auto const& want = expected.statement.signatories[k];
        CAPTURE(want.name);
        CHECK(got.name == want.name);
        CHECK(got.country_code == want.country_code);
        auto const line = [](std::string const& s, source_span const& sp) {
            return s.substr(sp.begin, sp.end - sp.begin);
        };
        CHECK(decode(line(bytes, got.span), encoding) == line(utf8_text, want.span));
        CHECK(got.span.start.line == want.span.start.line);
        CHECK(got.span.start.column == want.span.start.column);
    }
}

}  // namespace

TEST_CASE("legacy encodings: the tables read the letters and signs of each encoding") {
    using text::legacy_encoding;
    CHECK(decode("\xC7\xE0\xFF\xE2\xEB\xE5\xED\xE8\xE5 \xAB\xA8\xEB\xEA\xE0\xBB \x97 \xB9 5",
                 legacy_encoding::windows_1251) ==
          "Заявление «Ёлка» — № 5");
    CHECK(decode("\xB2\xB3\xAF\xBF\xAA\xBA\xA5\xB4", legacy_encoding::windows_1251) == "ІіЇїЄєҐґ");
    CHECK(decode("\xFA\xC1\xD1\xD7\xCC\xC5\xCE\xC9\xC5 \xB3\xCC\xCB\xC1", legacy_encoding::koi8_r) == "Заявление Ёлка");
    CHECK(decode("\x93Open\x94 \x96 Women\x92s \x95 \x80\xA0" "Caf\xE9", legacy_encoding::windows_1252) ==
          "“Open” – Women’s • €\xC2\xA0" "Café");
}

TEST_CASE("legacy encodings: a Russian statement in Windows-1251 parses as its UTF-8 does") {
    auto const encoding = text::legacy_encoding::windows_1251;
    check_same_statement(russian, encode(russian, encoding), encoding);
}

TEST_CASE("legacy encodings: a Russian statement in KOI8-R parses as its UTF-8 does") {
    // KOI8-R has no guillemets: the statement quotes with '"'.
    std::string quoted = russian;
    for (std::string_view guillemet : {"«", "»"})
        for (auto at = quoted.find(guillemet); at != std::string::npos; at = quoted.find(guillemet))
            quoted.replace(at, guillemet.size(), "\"");
    check_same_statement(quoted, encode(quoted, text::legacy_encoding::koi8_r), text::legacy_encoding::koi8_r);
}

TEST_CASE("legacy encodings: an English statement from a word processor in Windows-1252") {
    // Curly quotes and apostrophes, a dash, bullets (0x95), no-break spaces (0xA0), accents.
    std::string const input =
        "Joint statement on the closure of the Amber Lantern Radio\n\n"
        "We, the undersigned organisations, condemn the closure of the station \x96 the country\x92s last "
        "independent broadcaster.\n\n"
        "We call on the authorities to:\n\n"
        "\x95\treopen the station without delay;\n"
        "\x95\tdrop the charges against its editor, Ms Ir\xE8ne Dubois;\n"
        "\x95\trespect the \x93right to inform\x94 that the Constitution guarantees.\n\n"
        "Signatories:\n\n"
        "Caf\xE9 Libert\xE9 Collective (France)\n"
        "Press Freedom Watch\xA0(Germany)\n"
        "Women\x92s Voices Network (Ireland)\n"
        "\x93Open Word\x94 Association (Ukraine)\n";
    auto const r = parse(input);
    CHECK(has_code(r.diagnostics, "text.legacy-encoding"));
    CHECK_FALSE(has_code(r.diagnostics, "text.invalid-utf8"));
    auto const calls = call_texts(r.statement);
    REQUIRE(calls.size() == 3);
    CHECK(calls[1] == "drop the charges against its editor, Ms Irène Dubois;");
    CHECK(calls[2] == "respect the “right to inform” that the Constitution guarantees.");
    REQUIRE(r.statement.signatories.size() == 4);
    CHECK(r.statement.signatories[0].name == "Café Liberté Collective");
    CHECK(r.statement.signatories[1].name == "Press Freedom Watch");
    CHECK(r.statement.signatories[1].country_code == "DE");
    CHECK(r.statement.signatories[2].name == "Women’s Voices Network");
    CHECK(r.statement.signatories[3].name == "“Open Word” Association");
    // Each character is its one byte: the span of the line is the line's bytes.
    auto const& sp = r.statement.signatories[0].span;
    CHECK(input.substr(sp.begin, sp.end - sp.begin) == "Caf\xE9 Libert\xE9 Collective (France)");
    CHECK(sp.stop.column == sp.start.column + 32);
}

TEST_CASE("legacy encodings: each decoded character maps to its one byte") {
    std::string const input = "Fund \xAB\xCC\xE8\xF0\xBB: \xEF\xF0\xE0\xE2\xE0 \xF7\xE5\xEB\xEE\xE2\xE5\xEA\xE0 \xE8 "
                              "\xF1\xE2\xEE\xE1\xEE\xE4\xE0\r\n";
    diagnostics d;
    auto const t = text::clean_up(input, d);
    CHECK(t.text == "Fund «Мир»: права человека и свобода\n");
    CHECK(has_code(d, "text.legacy-encoding"));
    auto const mir = t.text.find("Мир");
    CHECK(t.to_original(mir) == 6);
    CHECK(t.to_original(mir + 2) == 7);  // и, after the two bytes of М
    CHECK(t.to_original(mir + 4) == 8);
    CHECK(t.to_original_end(mir + 6) == 9);
    CHECK(t.to_original(t.text.find('\n')) == input.find('\r'));
}

TEST_CASE("legacy encodings: a page's declared charset is read") {
    // One word of Cyrillic: too little to tell its encoding from the bytes alone.
    std::string const body = "<p>Peace, \xCC\xE8\xF0, Frieden</p>\n";
    SUBCASE("as windows-1251, in an http-equiv") {
        auto const page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                          "</head><body>\n" + body + "</body></html>\n";
        diagnostics d;
        auto const t = text::clean_up(page, d);
        CHECK(t.text.find("Peace, Мир, Frieden") != std::string::npos);
        REQUIRE(has_code(d, "text.legacy-encoding"));
        CHECK(d[0].message.find("charset=windows-1251") != std::string::npos);
    }
    SUBCASE("without a declaration the word stays unread") {
        diagnostics d;
        auto const t = text::clean_up("<html><body>\n" + body + "</body></html>\n", d);
        CHECK(t.text.find("Peace, \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD, Frieden") != std::string::npos);
        CHECK(has_code(d, "text.invalid-utf8"));
        CHECK_FALSE(has_code(d, "text.legacy-encoding"));
    }
    SUBCASE("ISO-8859-1, read as Windows-1252") {
        std::string const page = "<!DOCTYPE html><html><head><META CHARSET='ISO-8859-1'></head><body>"
                                 "<p>Observatoire des Libert\xE9s</p></body></html>";
        diagnostics d;
        auto const t = text::clean_up(page, d);
        CHECK(t.text.find("Observatoire des Libertés") != std::string::npos);
        REQUIRE(has_code(d, "text.legacy-encoding"));
        CHECK(d[0].message.find("Windows-1252") != std::string::npos);
    }
    SUBCASE("an encoding civic does not read") {
        std::string const page =
            "<html><head><meta charset=\"windows-1250\"></head><body><p>Wroc\xB3" "aw \xB3\xF3" "d\x9F</p>";
        diagnostics d;
        text::clean_up(page, d);
        CHECK(has_code(d, "text.invalid-utf8"));
        CHECK_FALSE(has_code(d, "text.legacy-encoding"));
    }
    SUBCASE("a declaration around a text in UTF-8 after all") {
        std::string const page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xC3\xA9 Libert\xC3\xA9 "
                                 "\xC3\x89" "cole \x80</p>";
        diagnostics d;
        auto const t = text::clean_up(page, d);
        CHECK(t.text.find("Café Liberté École \xEF\xBF\xBD") != std::string::npos);
        CHECK(has_code(d, "text.invalid-utf8"));
        CHECK_FALSE(has_code(d, "text.legacy-encoding"));
    }
}

TEST_CASE("legacy encodings: UTF-8 with a stray byte keeps U+FFFD and its warning") {
    std::string const input = "Joint statement of the Caf\xC3\xA9 Libert\xC3\xA9 network\n\n"
                              "We call on the authorities to release the journalists.\n\n"
                              "Signatories:\n\nAmber Lantern Association (Georgia)\nCoral Bay Forum\x80 (Armenia)\n";
    auto const r = parse(input);
    CHECK(has_code(r.diagnostics, "text.invalid-utf8"));
    CHECK_FALSE(has_code(r.diagnostics, "text.legacy-encoding"));
    REQUIRE(r.statement.title);
    CHECK(r.statement.title->text == "Joint statement of the Café Liberté network");
}

TEST_CASE("legacy encodings: stray bytes that say nothing of an encoding keep U+FFFD") {
    for (std::string const input : {
             "Transparency\xC3 Watch Romania (Romania)\n",        // a capital after a small letter
             "Transparency\xFF Watch Romania (Romania)\n",        // ÿ, the byte of a byte order mark
             "Signed by \xED\xA0\x80 the radio\n",                // a surrogate's bytes
             "Amber Lantern \xE2\x82(Georgia)\n",                 // a sequence cut short
             "Amber Lantern \xFE\xFE\xFF\xFF (Georgia) \xFE\xFE\xFF\xFF\n",
             "Amber \xC0\xAF Lantern \xF0\x9F\x98 Association\n",
         }) {
        CAPTURE(input);
        diagnostics d;
        text::clean_up(input, d);
        CHECK(has_code(d, "text.invalid-utf8"));
        CHECK_FALSE(has_code(d, "text.legacy-encoding"));
    }
    // Binary data: controls among the bytes.
    std::string binary;
    for (int k = 0; k < 4096; ++k) binary += static_cast<char>((k * 7919 + k / 3) & 0xFF);
    diagnostics d;
    text::clean_up(binary, d);
    CHECK(has_code(d, "text.invalid-utf8"));
    CHECK_FALSE(has_code(d, "text.legacy-encoding"));
}

TEST_CASE("legacy encodings: the declared charset and the evidence of the bytes") {
    CHECK(text::declared_charset("<meta charset=\"koi8-r\">") == std::string_view("koi8-r"));
    CHECK(text::declared_charset("<head>\n<META http-equiv=Content-Type content='text/html;charset=Windows-1251'>") ==
          std::string_view("Windows-1251"));
    CHECK_FALSE(text::declared_charset("<p>charset=windows-1251</p>"));
    CHECK(text::legacy_encoding_of_label("Windows-1251") == text::legacy_encoding::windows_1251);
    CHECK(text::legacy_encoding_of_label("latin1") == text::legacy_encoding::windows_1252);
    CHECK_FALSE(text::legacy_encoding_of_label("windows-1250"));
    // Valid UTF-8 is no legacy text, whatever its letters.
    CHECK_FALSE(text::likely_legacy_encoding(text::weigh_bytes(russian)));
}
