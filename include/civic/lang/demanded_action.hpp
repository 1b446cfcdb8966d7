// Whether words name what a call asks for rather than whom it asks.
#pragma once
#include <civic/lang/language_table.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace lang {

// "We urge the immediate and unconditional release of the journalists convicted last year to
// long prison terms", "Мы требуем освобождения активистов, приговорённых к шести годам": what a
// call asks for, named by its noun (language_table::demanded_actions), stands where an addressee
// would, and the marker or the infinitive-like word after it belongs to the sentence
// ("sentenced … to", "к шести"), not to a call. Whether one of `words`' first five, before any
// that begins with a capital or a digit (a name: "the Release Coalition"), is such a noun.
inline bool names_demanded_action(std::string_view words, language_table const& language) {
    if (language.demanded_actions.empty()) return false;
    constexpr int most_words = 5;  // "the immediate and unconditional release"
    for (int counted = 0; !words.empty() && counted < most_words;) {
        auto const space = words.find(' ');
        auto word = words.substr(0, space);
        while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
        if (!word.empty()) {
            if ((word.front() >= '0' && word.front() <= '9') || utf8::is_upper_letter(utf8::decode(word, 0).cp))
                return false;
            if (std::find(language.demanded_actions.begin(), language.demanded_actions.end(), word) !=
                language.demanded_actions.end())
                return true;
            ++counted;
        }
        if (space == std::string_view::npos) break;
        words.remove_prefix(space + 1);
    }
    return false;
}

}  // namespace lang
CIVIC_NAMESPACE_END
