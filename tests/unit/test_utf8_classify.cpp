// utf8::leading_ascii_letters, which classifies eight bytes at once, against a test of one
// byte at a time: every byte value at every one of the eight places, after runs of letters
// of every length, and the upper- and lower-case ends of the alphabet next to their
// neighbours ('@' '[' '`' '{') and to bytes that are not ASCII.
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <string>

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
