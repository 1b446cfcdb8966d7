// What an acronym looks like; shared by the organisation key and the registry (internal).
#pragma once
#include <civic/text/utf8.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace registry_detail {

// "IPHR", "Promo-LEX", "eXO.cat" is not: a single word of 2 to 16 characters, at least two
// capitals and no more small letters than capitals.
inline bool looks_like_acronym(std::string_view t) {
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    if (t.size() < 2 || t.size() > 16) return false;
    std::size_t upper = 0, lower = 0;
    for (std::size_t i = 0; i < t.size();) {
        auto const d = utf8::decode(t, i);
        i += d.length;
        if (utf8::is_upper_letter(d.cp)) ++upper;
        else if (utf8::is_lower_letter(d.cp)) ++lower;
        else if (!utf8::is_digit(d.cp) && d.cp != '-' && d.cp != '&' && d.cp != '.') return false;
    }
    return upper >= 2 && lower <= upper;
}

}  // namespace registry_detail
CIVIC_NAMESPACE_END
