// Letters written apart from their accents (NFD, as macOS and some PDFs give them: "e" and
// U+0301 for "é"), and the one code point they make (NFC): the letters of Latin and the
// Cyrillic й, ё, ї, ў with the accents of the languages statements are written in.
#pragma once
#include <civic/config.hpp>
#include <civic/text/utf8.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace utf8 {

// Whether `c` is one of the combining diacritical marks (U+0300 to U+036F).
constexpr bool is_combining_mark(char32_t c) noexcept { return c >= 0x300 && c <= 0x36F; }

namespace detail {
// For each mark, the letters it composes with and, character for character, the letters they
// make (Unicode's canonical compositions, of Latin up to U+024F, and of Cyrillic).
struct mark_compositions {
    char32_t mark;
    std::string_view letters, composed;
};
inline constexpr mark_compositions compositions[] = {
    {0x0300, "AEINOUaeinou", "ÀÈÌǸÒÙàèìǹòù"},                                              // grave
    {0x0301, "ACEGILNORSUYZacegilnorsuyz", "ÁĆÉǴÍĹŃÓŔŚÚÝŹáćéǵíĺńóŕśúýź"},                  // acute
    {0x0302, "ACEGHIJOSUWYaceghijosuwy", "ÂĈÊĜĤÎĴÔŜÛŴŶâĉêĝĥîĵôŝûŵŷ"},                      // circumflex
    {0x0303, "AINOUainou", "ÃĨÑÕŨãĩñõũ"},                                                  // tilde
    {0x0304, "AEIOUYaeiouy", "ĀĒĪŌŪȲāēīōūȳ"},                                              // macron
    {0x0306, "AEGIOUaegiouИУиу", "ĂĔĞĬŎŬăĕğĭŏŭЙЎйў"},                                      // breve
    {0x0307, "ACEGIOZacegoz", "ȦĊĖĠİȮŻȧċėġȯż"},                                            // dot above
    {0x0308, "AEIOUYaeiouyЕІеі", "ÄËÏÖÜŸäëïöüÿЁЇёї"},                                      // diaeresis
    {0x030A, "AUau", "ÅŮåů"},                                                              // ring above
    {0x030B, "OUou", "ŐŰőű"},                                                              // double acute
    {0x030C, "ACDEGHIKLNORSTUZacdeghijklnorstuz", "ǍČĎĚǦȞǏǨĽŇǑŘŠŤǓŽǎčďěǧȟǐǰǩľňǒřšťǔž"},    // caron
    {0x0326, "STst", "ȘȚșț"},                                                              // comma below
    {0x0327, "CEGKLNRSTcegklnrst", "ÇȨĢĶĻŅŖŞŢçȩģķļņŗşţ"},                                  // cedilla
    {0x0328, "AEIOUaeiou", "ĄĘĮǪŲąęįǫų"},                                                  // ogonek
};
}  // namespace detail

// The one code point that `letter` and the combining `mark` after it make, or 0 where the
// table has none (the mark then stays as it is).
constexpr char32_t composed(char32_t letter, char32_t mark) noexcept {
    for (auto const& row : detail::compositions) {
        if (row.mark != mark) continue;
        for (std::size_t i = 0, j = 0; i < row.letters.size();) {
            auto const l = decode(row.letters, i), c = decode(row.composed, j);
            if (l.cp == letter) return c.cp;
            i += l.length, j += c.length;
        }
        return 0;
    }
    return 0;
}

}  // namespace utf8
CIVIC_NAMESPACE_END
