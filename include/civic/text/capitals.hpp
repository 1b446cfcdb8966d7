// Whether a text is written in capitals, in any script.
#pragma once
#include <civic/config.hpp>
#include <civic/text/utf8.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// "APPEAL OF LAWYERS", "ОБРАЩЕНИЕ ПРАВОЗАЩИТНИКОВ", "PRESIDENTE DE LA REPÚBLICA": a capital
// letter in `text` and no small one.
inline bool written_in_capitals(std::string_view text) {
    bool upper = false;
    for (std::size_t at = 0; at < text.size();) {
        auto const d = utf8::decode(text, at);
        if (utf8::is_lower_letter(d.cp)) return false;
        upper = upper || utf8::is_upper_letter(d.cp);
        at += d.length;
    }
    return upper;
}

}  // namespace text
CIVIC_NAMESPACE_END
