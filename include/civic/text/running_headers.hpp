// A PDF's running header that repeats the text's headline on each page after the first:
// "JOINT STATEMENT: STOP THE EVICTION …", "Joint statement on the arrest of lawyers in Veloria –
// March 2026", "Page 2 | Joint statement: …". The clean-up stage rejoins a sentence the page
// broke around such a line, and the search for a text's footer takes it for the page's
// furniture: one test serves both, so a shape one of them learns the other knows too.
#pragma once
#include <civic/config.hpp>
#include <civic/text/page_marks.hpp>
#include <civic/text/short_find.hpp>
#include <civic/text/words.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

namespace running_header_detail {
constexpr std::string_view trim_spaces_and_bars(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '|')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '|')) s.remove_suffix(1);
    return s;
}

// What a running header may add to the headline on its side: the page's number, with spaces or
// a bar between ("2", "| 2", "Page 2 of 5"); or, after the headline, a dash or a bar and a short
// tail of five words at most ("– March 2026", "| 12 May 2026").
inline bool is_header_tail(std::string_view rest, bool after_headline) noexcept {
    if (rest.empty()) return true;
    if (is_page_number_alone(trim_spaces_and_bars(rest))) return true;
    if (!after_headline) return false;
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty()) return true;
    std::size_t const mark = rest.front() == '|' || rest.front() == '-' ? 1 : dash_length_at(rest, 0);
    if (mark == 0 || rest.size() <= mark + 1 || rest[mark] != ' ') return false;
    return rest.size() - mark <= 40 && word_count(rest.substr(mark), 6) <= 5;
}
}  // namespace running_header_detail

// The longest a running header may be beyond the headline it repeats.
inline constexpr std::size_t running_header_tail_room = 48;

// Whether `line` repeats `headline` as a running header does: the headline alone, or with the
// page's number before or after it, or with a date or another short tail after a dash or a bar.
// Both are folded (utf8::fold: one case, one kind of dash, runs of white space one space), so
// "JOINT STATEMENT …" repeats "Joint statement …". The caller asks only about a headline of three
// words or more: a short one ("Statement", "Open letter") is also an ordinary line of a text.
inline bool repeats_headline(std::string_view line, std::string_view headline) noexcept {
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (headline.empty() || line.size() < headline.size() || line.size() > headline.size() + running_header_tail_room)
        return false;
    if (line.compare(0, headline.size(), headline) == 0)
        return running_header_detail::is_header_tail(line.substr(headline.size()), true);
    return line.compare(line.size() - headline.size(), headline.size(), headline) == 0 &&
           running_header_detail::is_header_tail(line.substr(0, line.size() - headline.size()), false);
}

}  // namespace text
CIVIC_NAMESPACE_END
