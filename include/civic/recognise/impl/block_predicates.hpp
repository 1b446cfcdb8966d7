// What a single block of a document looks like: chrome, a headline, prose, a date line …
// Small predicates that the document recogniser's stages share; included by document.ipp.
#pragma once
#include <civic/grammar/date.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/layout/block.hpp>
#include <civic/text/words.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

using layout::block;
using layout::block_kind;

using text::word_count;

inline std::string_view strip_trailing_punctuation(std::string_view s) {
    while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ' ' || s.back() == '!' || s.back() == '|' ||
                          s.back() == '{' || s.back() == '}'))
        s.remove_suffix(1);
    return s;
}

// Site chrome: "Other news", "Share", an image name left by a scraper ("logo_web_23").
inline bool is_chrome(block const& b, std::string_view folded) {
    if (b.text.find(' ') == std::string::npos && b.text.find('_') != std::string::npos) return true;
    auto text = strip_trailing_punctuation(folded);
    if (text.size() > 60) return false;
    // The longest chrome phrase the block starts with, found in the tables' symbol tree.
    auto m = lang::starts_with_any<&lang::language_table::chrome_phrases>(text);
    return m && text.size() <= m.phrase.size() + 24;
}

// A line that can be a headline: short, no full stop at the end, starts like a title.
inline bool heading_like(block const& b) {
    if (b.kind == block_kind::heading) return true;
    if (b.kind != block_kind::text || b.text.size() > 300 || b.text.size() < 3) return false;
    char last = b.text.back();
    if (last == ',' || last == ';') return false;
    if (last == '.' && b.text.size() > 3 && b.text[b.text.size() - 2] != '.') return false;
    // A file name or an address is no headline ("Communique-commun-2019.pdf").
    if (b.text.find(' ') == std::string::npos && b.text.find_first_of("./_") != std::string::npos) return false;
    auto first = utf8::decode(b.text, 0).cp;
    return utf8::is_upper_letter(first) || utf8::is_digit(first) || utf8::is_quote(first);
}

// Prose: a long block, or one made of sentences.
inline bool is_prose(block const& b) {
    if (b.kind != block_kind::text) return false;
    return b.text.size() > 300 || (b.text.size() > 80 && (b.text.back() == '.' || b.text.back() == ':'));
}

// A line that is mostly a date ("16.11.2021, 10:50", "Tbilisi, July 14, 2009"); a
// headline that ends with its date is still a headline.
inline bool is_date_line(block const& b) {
    if (b.text.size() > 60 || !grammar::could_hold_date(b.text) || word_count(b.text) > 6) return false;
    return grammar::find_date(utf8::lower_same_length(b.text)).has_value();
}

// Inside a list: "Technology Companies and Trade Associations:" heads a group of entries.
inline bool is_group_heading(block const& b) {
    if (b.kind != block_kind::text || b.text.back() != ':' || word_count(b.text) > 8) return false;
    auto first = utf8::decode(b.text, 0).cp;
    return utf8::is_upper_letter(first) || utf8::is_quote(first);
}

// A line that names its reader ("To the President …", "Aux autorités …", "Pan Mariusz …")
// or leads in to what follows ("Here is the joint statement:") is not a headline.
inline bool addresses_or_leads_in(block const& b, std::string_view folded) {
    if (b.kind == block_kind::heading) return false;
    if (b.text.back() == ':') return true;
    return lang::starts_with_any<&lang::language_table::addressee_openers>(folded) ||
           lang::starts_with_any<&lang::language_table::person_titles>(folded);
}

}  // namespace document_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
