// The words of one field of every language table as one X3 symbol set, so that a grammar
// names no word of any language itself: adding a language is adding a table.
#pragma once
#include <civic/grammar/config.hpp>
#include <civic/lang/languages.hpp>

#include <boost/spirit/home/x3/string/symbols.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

// Built on first use (the tables are constexpr, so this is safe during static
// initialisation too). The tables write their words in lower case; the set also holds the
// capitalised and upper-case forms where the letters are ASCII ("To", "TO"), as X3's no_case
// would not compare the bytes of other letters.
template <auto Field>
x3::symbols<unsigned char> const& table_words() {
    static x3::symbols<unsigned char> const words = [] {
        x3::symbols<unsigned char> set;
        auto add = [&set](std::string const& word) {
            if (!word.empty() && !set.find(word)) set.add(word, 0);
        };
        auto ascii_upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
        for (auto const* t : lang::all_languages)
            for (std::string_view w : t->*Field) {
                std::string word(w);
                add(word);
                if (word.empty()) continue;
                word[0] = ascii_upper(word[0]);
                add(word);
                for (auto& c : word) c = ascii_upper(c);
                add(word);
            }
        return set;
    }();
    return words;
}

}  // namespace grammar
CIVIC_NAMESPACE_END
