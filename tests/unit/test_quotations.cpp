// text::without_quotations, which passes over the bytes that cannot begin a quotation mark
// and keeps or leaves the runs between marks whole, against the plain way: every code point
// decoded in turn, the one before each straight '"' remembered as the walk goes.
#include <civic/text/quotations.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

using namespace civic;

namespace {

std::string plain_without_quotations(std::string_view text) {
    std::string out;
    int depth = 0, low_opened = 0;
    char32_t before = ' ';
    for (std::size_t i = 0; i < text.size();) {
        auto const d = utf8::decode(text, i);
        bool opens = false, closes = false;
        if (text::is_quotation_mark(d.cp)) {
            if (d.cp == 0xAB || d.cp == 0x201E) opens = true;
            else if (d.cp == 0xBB || d.cp == 0x201D) closes = true;
            else if (d.cp == 0x201C) (low_opened > 0 ? closes : opens) = true;
            else {
                bool const after_word = !(before == ' ' || before == '\n' || before == '\t' || before == '(' ||
                                          before == '[' || utf8::is_dash(before));
                (after_word ? closes : opens) = true;
            }
        }
        if (d.cp == 0x201E) ++low_opened;
        if (d.cp == 0x201C && closes) --low_opened;
        if (opens) ++depth;
        else if (closes) {
            if (depth > 0) --depth;
            else out.clear();
        } else if (depth == 0) {
            out.append(text.substr(i, d.length));
        }
        before = d.cp;
        i += d.length;
    }
    return out;
}

struct generator {
    std::uint64_t state;
    std::size_t below(std::size_t n) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return static_cast<std::size_t>((state >> 33) % n);
    }
};

}  // namespace

TEST_CASE("quotations: without_quotations keeps what the plain walk keeps") {
    // Marks of every kind, what may stand before a straight '"' (a space, a bracket, a dash of
    // one byte or three, a letter of two bytes), other characters whose first byte is one a
    // mark begins with (© and — begin as « and “ do), and cut or invalid sequences.
    static char const* const pieces[] = {
        "\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", " ", "\n", "\t", "(", "[",
        "-", "\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xA9", "\xC2\xA0", "\xD0\xBC\xD1\x8B", "we", "said", ".",
        "\xC2", "\xE2\x80", "\xE2", "\x80", "\xFF", "\xF0\x9F\x98\x80"};
    generator g{7};
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        for (std::size_t n = g.below(24); n > 0; --n) s += pieces[g.below(std::size(pieces))];
        CAPTURE(s);
        CHECK(text::without_quotations(s) == plain_without_quotations(s));
    }
}

TEST_CASE("quotations: what a text quotes is left out, whatever its marks") {
    CHECK(text::without_quotations("They wrote \"we demand\" yesterday") == "They wrote  yesterday");
    CHECK(text::without_quotations("Он сказал «мы требуем» вчера") == "Он сказал  вчера");
    CHECK(text::without_quotations("Sie schrieben \xE2\x80\x9E" "wir fordern\xE2\x80\x9C heute") ==
          "Sie schrieben  heute");
    CHECK(text::without_quotations("He said \xE2\x80\x9Cwe ask\xE2\x80\x9D then") == "He said  then");
    // A straight mark after a dash opens; after a word it closes.
    CHECK(text::without_quotations("the call \xE2\x80\x94\"we ask\" ends") == "the call \xE2\x80\x94 ends");
    // A closing mark with nothing open: what came before it was quoted in an earlier paragraph.
    CHECK(text::without_quotations("we will act,\xC2\xBB said the group") == " said the group");
    CHECK(text::without_quotations("no marks here \xC2\xA9 2024") == "no marks here \xC2\xA9 2024");
}
