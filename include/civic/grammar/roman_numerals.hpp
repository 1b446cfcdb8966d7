// Small Roman numerals in lower case, "i" to "xx", as the grammars read them: a list's item
// ("iv."), a date's month ("05.xii.2026").
#pragma once
#include <civic/grammar/config.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

struct roman_numeral_symbols : x3::symbols<unsigned> {
    roman_numeral_symbols() {
        char const* const names[] = {"i",  "ii",  "iii",  "iv",  "v",   "vi",  "vii",  "viii", "ix",  "x",
                                     "xi", "xii", "xiii", "xiv", "xv",  "xvi", "xvii", "xviii", "xix", "xx"};
        unsigned n = 1;
        for (auto name : names) add(name, n++);
    }
};
inline roman_numeral_symbols const roman_numeral;

}  // namespace grammar
CIVIC_NAMESPACE_END
