// "Tbilisi, Georgia": a place and the country it lies in, one test that the address recogniser
// (where a reader is) and the signatory recognisers (where a signer is) share; included by
// addresses.ipp, signatory_entry.ipp and signatory_lists.ipp.
#pragma once
#include <civic/geo/countries.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/text/utf8.hpp>
#include <civic/text/words.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace place_detail {

// "Geneva, Switzerland", "Tbilisi, Georgia", "Ciudad de México, México": where the country
// starts in a place of a few words, a comma and its country; npos where `text` is none. The
// place opens with a capital and its words are capitalised but for a short one between two
// ("Ciudad de México", "Dar es Salaam"), three words at most, no parenthesis or comma; it is
// neither a person ("President Tallow, Norland") nor an organ of a state ("Ministry of Justice,
// Norland"), a reader or a signer and their country. The country may end a list's line (",",
// ";", ".").
inline std::size_t country_after_place(std::string_view text) {
    constexpr std::size_t most_bytes = 60, place_bytes = 30;
    while (!text.empty() && (text.back() == ' ' || text.back() == '.' || text.back() == ',' || text.back() == ';'))
        text.remove_suffix(1);
    if (text.size() > most_bytes) return std::string_view::npos;
    auto const comma = text.rfind(", ");
    if (comma == std::string_view::npos || comma == 0 || comma > place_bytes) return std::string_view::npos;
    auto const place = text.substr(0, comma);
    if (!utf8::is_upper_letter(utf8::decode(place, 0).cp) || place.find_first_of("()[],") != std::string_view::npos ||
        text::word_count(place, 4) > 3)
        return std::string_view::npos;
    // Each word after the first capitalised, or a short one in lower case before a capitalised one.
    for (std::size_t space = place.find(' '); space != std::string_view::npos; space = place.find(' ', space + 1)) {
        auto const next = space + 1;
        if (next >= place.size()) return std::string_view::npos;
        if (utf8::is_upper_letter(utf8::decode(place, next).cp)) continue;
        auto const word_end = place.find(' ', next);
        if (word_end == std::string_view::npos || word_end - next > 3) return std::string_view::npos;
    }
    auto const country = text.substr(comma + 2);
    if (!geo::find_country(country) && !geo::is_pseudo_country(country)) return std::string_view::npos;
    auto const lowered = utf8::lower_same_length(place);
    if (lang::starts_with_any<&lang::language_table::person_titles>(lowered) ||
        lang::starts_with_any<&lang::language_table::state_words>(lowered))
        return std::string_view::npos;
    return comma + 2;
}

inline bool names_place_and_country(std::string_view text) { return country_after_place(text) != std::string_view::npos; }

}  // namespace place_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
