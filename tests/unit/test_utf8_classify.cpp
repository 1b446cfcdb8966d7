// utf8::leading_ascii_letters, which classifies eight bytes at once, against a test of one
// byte at a time: every byte value at every one of the eight places, after runs of letters
// of every length, and the upper- and lower-case ends of the alphabet next to their
// neighbours ('@' '[' '`' '{') and to bytes that are not ASCII.
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace civic;

namespace {

std::size_t plain_leading_ascii_letters(std::string const& eight) {
    std::size_t k = 0;
    while (k < 8 && (((eight[k] | 0x20) >= 'a' && (eight[k] | 0x20) <= 'z') && static_cast<unsigned char>(eight[k]) < 0x80)) ++k;
    return k;
}

}  // namespace

TEST_CASE("leading_ascii_letters counts what a byte-by-byte test counts") {
    std::string const fillers[] = {"abcdefgh", "ABCDEFGH", "zZaAyYbB", "mnopqrst"};
    for (auto const& filler : fillers)
        for (std::size_t place = 0; place < 8; ++place)
            for (int b = 0; b < 256; ++b) {
                std::string eight = filler;
                eight[place] = static_cast<char>(b);
                CAPTURE(place);
                CAPTURE(b);
                CHECK(utf8::leading_ascii_letters(eight.data()) == plain_leading_ascii_letters(eight));
            }
    // Two bytes that are not letters: the first one counts.
    for (int a = 0; a < 256; ++a)
        for (int b = 0; b < 256; b += 7) {
            std::string eight = "abcdefgh";
            eight[2] = static_cast<char>(a);
            eight[5] = static_cast<char>(b);
            CHECK(utf8::leading_ascii_letters(eight.data()) == plain_leading_ascii_letters(eight));
        }
    CHECK(utf8::leading_ascii_letters("Word, an") == 4);
    CHECK(utf8::leading_ascii_letters("\xC3\xA9t\xC3\xA9 abc") == 0);
}

// utf8::decode_before against a walk from the start: at every place of texts of ASCII, two-,
// three- and four-byte sequences, the code point the walk decoded last before that place when
// one ends there; where the place falls inside a sequence or after a malformed byte, U+FFFD.
TEST_CASE("decode_before gives the code point a walk from the start ends with") {
    for (std::string const& text : {std::string("a\xC3\xA9" "b\xE2\x80\x94\xF0\x9F\x98\x80z"),
                                   std::string("\x80\xC3\xA9\xE2\x80" "x\xC3\xFF\xA9y")}) {
        std::vector<bool> ends(text.size() + 1, false);
        std::vector<char32_t> last(text.size() + 1, utf8::replacement);
        for (std::size_t i = 0; i < text.size();) {
            auto const d = utf8::decode(text, i);
            i += d.length;
            ends[i] = d.valid;
            if (d.valid) last[i] = d.cp;
        }
        for (std::size_t at = 1; at <= text.size(); ++at) {
            CAPTURE(at);
            auto const d = utf8::decode_before(text, at);
            CHECK(d.valid == ends[at]);
            CHECK(d.cp == (ends[at] ? last[at] : utf8::replacement));
        }
    }
}

// The letters of two bytes are told by a table made from the rules for every code point past
// ASCII: it must answer as the rules do, for each of them, and leave the others to the rules.
TEST_CASE("the two-byte letter table answers as the rules do") {
    for (char32_t c = 0x80; c < 0x800; ++c) {
        CAPTURE(static_cast<unsigned>(c));
        CHECK(utf8::is_upper_letter(c) == utf8::detail::is_upper_letter_beyond_ascii(c));
        CHECK(utf8::is_lower_letter(c) == utf8::detail::is_lower_letter_beyond_ascii(c));
        CHECK(utf8::is_letter(c) == utf8::detail::is_letter_beyond_ascii(c));
    }
    CHECK(utf8::is_upper_letter(U'Ж'));
    CHECK(utf8::is_lower_letter(U'ж'));
    CHECK(utf8::is_upper_letter(U'Ω'));
    CHECK_FALSE(utf8::is_letter(U'×'));
    CHECK_FALSE(utf8::is_letter(0x2B0));  // a modifier letter
    CHECK(utf8::is_letter(0x7FF));
    CHECK(utf8::is_letter(0x800));        // past the table: the rules
    CHECK_FALSE(utf8::is_letter(0x2014));
}

TEST_CASE("two_byte_at reads a two-byte sequence and nothing else") {
    for (char32_t c = 0x80; c < 0x800; ++c) {
        char bytes[4] = {};
        std::string const one(bytes, utf8::encode(c, bytes));
        CHECK(utf8::two_byte_at(one, 0) == c);
        CHECK(utf8::two_byte_at(one.substr(0, 1), 0) == 0);  // cut short
    }
    CHECK(utf8::two_byte_at("a", 0) == 0);
    CHECK(utf8::two_byte_at("\xE2\x80\x94", 0) == 0);  // three bytes
    CHECK(utf8::two_byte_at("\xC0\x80", 0) == 0);      // overlong
    CHECK(utf8::two_byte_at("\xD0 ", 0) == 0);         // no continuation
    CHECK(utf8::two_byte_at("x\xD0\x96", 1) == U'Ж');
}
