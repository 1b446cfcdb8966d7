// The fast paths of the statement-fields stage, each checked against the plain way of
// answering the same question: a coalition marker is looked for in a block's fold before the
// block is lowered in place and searched again; the date pre-check reads every fourth byte.
#include <civic/grammar/date.hpp>
#include <civic/lang/languages.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

bool is_word_char(char32_t c) { return utf8::is_letter(c) || utf8::is_digit(c); }

// Upper case for the letters of the markers (ASCII, Latin-1, Cyrillic): the forms a text may
// write them in.
std::string upper(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        auto const d = utf8::decode(s, i);
        char32_t c = d.cp;
        if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x430 && c <= 0x44F)) c -= 32;
        else if (c >= 0x450 && c <= 0x45F) c -= 80;
        utf8::append(out, c);
        i += d.length;
    }
    return out;
}

std::string capitalised(std::string_view s) {
    auto const first = utf8::decode(s, 0).length;
    return upper(s.substr(0, first)) + std::string(s.substr(first));
}

std::string with_spaces(std::string_view s, std::string_view space) {
    std::string out;
    for (char c : s) {
        if (c == ' ') out += space;
        else out += c;
    }
    return out;
}

std::vector<std::string_view> all_markers() {
    std::vector<std::string_view> out;
    for (auto const* t : lang::all_languages)
        for (std::string_view m : t->coalition_markers) out.push_back(m);
    return out;
}

bool marker_in(std::string_view folded_or_lowered) {
    return static_cast<bool>(lang::find_any<&lang::language_table::coalition_markers>(folded_or_lowered));
}

}  // namespace

// What the fast path's proof rests on (statement_fields.ipp, may_name_coalition).
TEST_CASE("statement fields: coalition markers are folded words joined by single spaces or hyphens") {
    auto const markers = all_markers();
    REQUIRE_FALSE(markers.empty());
    for (auto m : markers) {
        CAPTURE(m);
        REQUIRE_FALSE(m.empty());
        CHECK(utf8::fold(m) == m);
        CHECK(utf8::lower_same_length(m) == m);
        CHECK(m.front() != ' ');
        CHECK(m.back() != ' ');
        CHECK(m.find("  ") == std::string_view::npos);
        for (std::size_t i = 0; i < m.size();) {
            auto const d = utf8::decode(m, i);
            CHECK(d.valid);
            CHECK((utf8::is_letter(d.cp) || d.cp == ' ' || d.cp == '-'));
            i += d.length;
        }
        // A longer marker that begins with this one goes on with a word character: where this
        // one ends before a non-word character, the longer one cannot match.
        for (auto longer : markers)
            if (longer.size() > m.size() && longer.compare(0, m.size(), m) == 0)
                CHECK(is_word_char(utf8::decode(longer, m.size()).cp));
    }
}

TEST_CASE("statement fields: a coalition marker found in the lowered text is found in its fold") {
    std::vector<std::string> const edges = {
        "", " ", "  ", "\t", "\n", "\r\n", "\xC2\xA0", "x", "l", "s", "1", "(", "\"", "'",
        "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x94", "\xE2\x80\x93", "-", "-x", ":", ".",
        "\xD1\x91", "\xD0\x81", "\xFF", "\xD0", "\xE2\x80", " the", " del", "l ", " x y"};
    std::vector<std::string_view> const spaces = {" ", "  ", "\t", "\n", " \n ", "\xC2\xA0"};
    std::size_t found = 0, texts = 0;
    for (auto marker : all_markers()) {
        for (auto const& written : {std::string(marker), upper(marker), capitalised(marker)}) {
            for (auto space : spaces) {
                auto const spaced = with_spaces(written, space);
                for (auto const& before : edges) {
                    for (auto const& after : edges) {
                        std::string const text = "Text " + before + spaced + after + " end";
                        for (std::string_view t : {std::string_view(text), std::string_view(text).substr(5),
                                                   std::string_view(text).substr(0, text.size() - 4)}) {
                            ++texts;
                            if (!marker_in(utf8::lower_same_length(t))) continue;
                            ++found;
                            CAPTURE(t);
                            CHECK(marker_in(utf8::fold(t)));
                        }
                    }
                }
            }
        }
    }
    CHECK(found > texts / 10);  // the check is not vacuous
    CHECK(marker_in(utf8::fold("Joint statement by MEMBERS  OF the Lakeshore Freedom Network")));
    CHECK_FALSE(marker_in(utf8::fold("A statement by the Lakeshore Freedom Network")));
}

TEST_CASE("statement fields: could_hold_date finds four digits in a row wherever they stand") {
    // The plain way: a run of digits counted over every byte.
    auto const plain = [](std::string_view text) {
        std::size_t run = 0;
        for (char c : text)
            if ((run = (c >= '0' && c <= '9') ? run + 1 : 0) == 4) return true;
        return false;
    };
    // Every string of up to 13 bytes of digits and other bytes ('7', 'x', '.'): every run, at
    // every place modulo 4, at both ends.
    for (std::size_t length = 0; length <= 13; ++length) {
        std::string text(length, ' ');
        std::size_t combinations = 1;
        for (std::size_t k = 0; k < length; ++k) combinations *= 3;
        for (std::size_t n = 0; n < combinations; ++n) {
            for (std::size_t k = 0, v = n; k < length; ++k, v /= 3) text[k] = "7x."[v % 3];
            CAPTURE(text);
            REQUIRE(grammar::could_hold_date(text) == plain(text));
        }
    }
    CHECK(grammar::could_hold_date("Tbilisi, July 14, 2009"));
    CHECK_FALSE(grammar::could_hold_date("July 14, 209"));
}
