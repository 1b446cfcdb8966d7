// utf8::fold, which folds most letters with table lookups and writes through a buffer on the
// stack, against a plain fold that decodes every code point and applies the rules one by
// one: every two- and three-byte code point alone and between words, every lead byte
// before every next byte (invalid and cut sequences), mixed texts, and texts long enough to
// fill the buffer many times, whole and as prefixes of every length.
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

// The rules of fold written out plainly: white space runs become one ' ' (none at the ends),
// quotes '"', dashes '-', ё е, and everything lower case.
std::string plain_fold(std::string_view s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        auto const d = utf8::decode(s, i);
        i += d.length;
        char32_t c = d.cp;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ', space = false;
        if (utf8::is_quote(c)) c = '"';
        else if (utf8::is_dash(c)) c = '-';
        else if (c == 0x451) c = 0x435;
        utf8::append(out, utf8::to_lower(c));
    }
    return out;
}

std::string encoded(char32_t c) {
    std::string s;
    utf8::append(s, c);
    return s;
}

// Checks fold(raw) against the plain fold, and fold_prefix at every length against its
// contract: a prefix of the fold, at least that long unless the fold is shorter.
void check_fold(std::string const& raw, bool every_prefix = false) {
    auto const expected = plain_fold(raw);
    auto const folded = utf8::fold(raw);
    CAPTURE(raw);
    REQUIRE(folded == expected);
    std::string appended = "kept";
    utf8::fold_append(appended, raw);
    CHECK(appended == "kept" + expected);
    if (!every_prefix) return;
    for (std::size_t at_least = 0; at_least <= expected.size() + 1; ++at_least) {
        auto const start = utf8::fold_prefix(raw, at_least);
        CAPTURE(at_least);
        CHECK(expected.compare(0, start.size(), start) == 0);
        CHECK(start.size() >= std::min(at_least, expected.size()));
    }
}

}  // namespace

TEST_CASE("fold folds every two-byte code point as the plain fold does, alone and between words") {
    for (char32_t c = 0x80; c < 0x800; ++c) {
        auto const e = encoded(c);
        check_fold(e);
        check_fold("Ab " + e + e + " Cd" + e + "\t" + e + "x");
    }
}

TEST_CASE("fold folds every three-byte code point as the plain fold does") {
    for (char32_t c = 0x800; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates do not encode
        auto const e = encoded(c);
        check_fold("A" + e + " " + e + "\xD0\x81");
    }
}

TEST_CASE("fold treats invalid and cut sequences as the plain fold does") {
    for (int b0 = 0x80; b0 < 0x100; ++b0) {
        std::string const lead(1, static_cast<char>(b0));
        check_fold(lead);                 // cut at the end of the text
        check_fold("a" + lead + " b");   // followed by ASCII
        for (int b1 = 0; b1 < 0x100; ++b1) {
            std::string pair = lead;
            pair += static_cast<char>(b1);
            check_fold(pair + "\xD0\x90");
        }
    }
    check_fold(std::string(100, '\xFF'));
    check_fold(std::string("\xE2\x80", 2));
    check_fold(std::string("\xF0\x9F\x98", 3));
}

TEST_CASE("fold of long mixed texts, whole and as prefixes, fills its buffer many times") {
    std::vector<std::string> const pieces = {
        "We call on the Government of Westland to release all detained activists. ",
        "Мы призываем власти Республики Вестланд — и требуем освободить задержанных:  ",
        "«Правозащитный центр»\xC2\xA0\xE2\x80\x9C" "Civic Forum\xE2\x80\x9D \xE2\x80\x93 Chair\n",
        "Nous appelons les autorités à libérer les défenseurs ÉTÉ Ÿ Ș Ț Ґ Ё ё ΑΒΓ. ",
        "  Dr.   Anna   Novak\t\tJournalist ,  'Human' `Rights` Centre  ",
        std::string("bad \xFF bytes \xE2\x80 and a cut \xD0", 26),
    };
    std::string text;
    for (int round = 0; round < 20; ++round)
        for (std::size_t k = 0; k < pieces.size(); ++k) {
            text += pieces[(k + round) % pieces.size()];
            if (round % 3 == 0) text += std::string(static_cast<std::size_t>(round), ' ');
        }
    check_fold(text, true);
    for (auto const& piece : pieces) check_fold(piece, true);
    // A text of invalid bytes only: its fold is three times longer than the text.
    check_fold(std::string(1000, '\x80'), true);
    // Two-byte letters only, and white space only.
    std::string cyrillic;
    for (int k = 0; k < 700; ++k) cyrillic += k % 11 == 10 ? " " : "Ж";
    check_fold(cyrillic, true);
    check_fold(std::string(600, ' ') + "\xC2\xA0\t\n\r");
}

// The ASCII words of a text fold eight bytes at a time: whatever stops a word of eight (a
// quote, a second space, a tab, a line break, a control, a byte beyond ASCII, the end of the
// text or of a prefix) must fold as the plain fold does at every position of the eight.
TEST_CASE("fold of ASCII words eight bytes at a time stops where the plain fold needs more") {
    std::vector<std::string> const stoppers = {
        "'", "`", "\"", "  ", " '", "' ", " `", "\t", "\n", "\r", " \t ", std::string(1, '\0'), "\x01", "\x7F",
        "\xC2\xA0", " \xC2\xA0 ", "\xE2\x80\x99", "\xFF", "\xD0", "\xD0\x90", "\xE2\x80\x93", "-", " - ", "@", "Z", "[",
    };
    std::string const letters = "AbCdEfGhIjKlMnOpQrStUvWxYz aZ@[`{";
    for (auto const& stopper : stoppers) {
        for (std::size_t before = 0; before <= 17; ++before) {
            for (std::size_t after = 0; after <= 10; after += (after < 3 ? 1 : 7)) {
                std::string const text = letters.substr(0, before) + stopper + letters.substr(letters.size() - after);
                check_fold(text, true);
                check_fold("Word " + text);
                check_fold(text + " Word");
            }
        }
    }
    // Single spaces at every place of a word of eight, and at its last byte before each stopper.
    for (std::size_t at = 0; at < 16; ++at) {
        std::string text = "ABCDEFGHIJKLMNOPQRSTUVWX";
        text[at] = ' ';
        check_fold(text, true);
        for (auto const& stopper : stoppers) check_fold(text.substr(0, at + 1) + stopper + "Tail", true);
    }
}

// Where the processor reads sixteen bytes at once, the ASCII words fold sixteen bytes at a
// time first: whatever stops a run of sixteen must fold as the plain fold does at every
// position of it, and at every length of a prefix.
TEST_CASE("fold of ASCII words sixteen bytes at a time stops where the plain fold needs more") {
    std::vector<std::string> const stoppers = {
        "'", "`", "  ", "\t", "\n", std::string(1, '\0'), "\x1F", "\x7F", "\xC2\xA0", " \xD0\x90", "\xFF", "\xE2\x80\x99", "@", "Z", "[",
    };
    std::string const words = "The Tamarind Falls ASSEMBLY met again today, and discussed 12 tariffs";
    for (auto const& stopper : stoppers)
        for (std::size_t before = 0; before <= 40; ++before) {
            check_fold(words.substr(0, before) + stopper + words.substr(before), before % 8 == 0);
            check_fold(words.substr(0, before) + stopper);
        }
}

// Two-byte letters and the single spaces between their words fold in a loop of their own: it
// must stop as the general way does at a second space, a space at the end, a space before
// anything but a two-byte letter, and at every length of a prefix.
TEST_CASE("fold of words of two-byte letters stops where the plain fold needs more") {
    std::vector<std::string> const stoppers = {
        " ", "  ", " \xC2\xA0", "\xC2\xA0", " \xD0", "\xD0", " a", "a", " '", "\xE2\x80\x99", " \xE2\x80\x93 ",
        "\t", " \xD0\x81", "\xC2\xAD", std::string(" \0", 2),
    };
    for (auto const& stopper : stoppers)
        for (std::string const words : {"Ж", "Жж Ёё", "Ёё Жж Ωω Éé Ș ș", "a Жж b"}) {
            check_fold(words + stopper, true);
            check_fold(words + stopper + "Ђђ Ω", true);
            check_fold("Word " + words + stopper + "x");
        }
}

// utf8::lower_same_length lowers eight ASCII bytes at a time: the bytes beyond ASCII among
// them (lead bytes 0xC1 to 0xDA look like capitals without their bit 7) must stay as they are.
TEST_CASE("lower_same_length lowers as a decode of every code point does, at every place of a word of eight") {
    auto const plain_lower = [](std::string_view s) {
        std::string out(s);
        for (std::size_t i = 0; i < s.size();) {
            auto const d = utf8::decode(s, i);
            if (d.valid && utf8::to_lower(d.cp) != d.cp) {
                std::string const lower = encoded(utf8::to_lower(d.cp));
                if (lower.size() == d.length) out.replace(i, d.length, lower);
            }
            i += d.length;
        }
        return out;
    };
    std::vector<std::string> const pieces = {"Ж", "ж", "É", "Ω", "Ș", "\xE2\x80\x99", "\xC1", "\xDA", "\xD0", "\xFF", "\xC3\x9F",
                                             "\xF0\x9F\x98\x80", "Z", " "};
    std::string const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ[@`az";
    for (auto const& piece : pieces)
        for (std::size_t before = 0; before <= 17; ++before) {
            std::string const text = letters.substr(0, before) + piece + "QRSTUVWXYZ" + piece + piece;
            CAPTURE(text);
            CHECK(utf8::lower_same_length(text) == plain_lower(text));
        }
    // Sixteen bytes at a time where the processor reads them at once: a byte beyond ASCII at
    // every place of two such steps.
    std::string const long_letters = letters + "BCDEFGHIJKLMNOP";
    for (auto const& piece : pieces)
        for (std::size_t before = 0; before <= 40; ++before) {
            std::string const text = long_letters.substr(0, before) + piece + long_letters + piece;
            CAPTURE(text);
            CHECK(utf8::lower_same_length(text) == plain_lower(text));
        }
    // Every two-byte code point is lowered by a table: each as the decode lowers it, alone,
    // in a word of them, and cut short (its lead byte last, or before a byte that continues none).
    for (char32_t c = 0x80; c < 0x800; ++c) {
        std::string const one = encoded(c);
        CAPTURE(static_cast<unsigned>(c));
        CHECK(utf8::lower_same_length(one) == plain_lower(one));
        std::string const word = "x" + one + one + "Y";
        CHECK(utf8::lower_same_length(word) == plain_lower(word));
        std::string const cut = one.substr(0, 1);
        CHECK(utf8::lower_same_length(cut) == plain_lower(cut));
        CHECK(utf8::lower_same_length(cut + "A") == plain_lower(cut + "A"));
    }
}

// with_fold hands the fold over on the stack for a short text and in a string for a long one:
// the same fold either way, at every length around the stack's room.
TEST_CASE("with_fold gives fold() on the stack and off it") {
    for (std::string const unit : {"Ab ", "Жж ", "\xE2\x80\x9CQ\xE2\x80\x9D ", "\xFF"})
        for (std::size_t n = 0; n <= 120; ++n) {
            std::string text;
            for (std::size_t k = 0; k < n; ++k) text += unit;
            CAPTURE(text.size());
            CHECK(utf8::with_fold(text, [](std::string_view folded) { return std::string(folded); }) == utf8::fold(text));
        }
}
