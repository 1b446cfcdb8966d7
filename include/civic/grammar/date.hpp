// Dates as statements write them: "7 January 2022", "January 7, 2022", "07.01.2022",
// "2022-01-07", "7 января 2022 г.", "7. Januar 2022", "7 de enero de 2022", "January 2022".
#pragma once
#include <civic/grammar/ast.hpp>
#include <civic/grammar/config.hpp>

#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

struct date_class;
using date_type = x3::rule<date_class, ast::date>;
BOOST_SPIRIT_DECLARE(date_type)

CIVIC_FUNC date_type const& date();

// Finds the first date in `lowered` (text lower-cased without changing its length, so that
// month names of every supported language match); nullopt when there is none. Never throws.
CIVIC_FUNC std::optional<ast::date> find_date(std::string_view lowered) noexcept;

// Whether `text` could hold a date at all: every form above has a four-digit year. Most
// lines have none, and this answers without lower-casing them or running the grammar.
inline bool could_hold_date(std::string_view text) noexcept {
    auto const digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    // Four bytes in a row take every place modulo 4, so four digits have one at a place i with
    // i % 4 == 3: only those places are read, and the run is measured around a digit there.
    for (std::size_t i = 3; i < text.size(); i += 4) {
        if (!digit(i)) continue;
        std::size_t run = 1;
        for (std::size_t k = i; k > 0 && run < 4 && digit(k - 1); --k) ++run;
        for (std::size_t k = i + 1; k < text.size() && run < 4 && digit(k); ++k) ++run;
        if (run == 4) return true;
    }
    return false;
}

// Whether `text` holds a year that the grammar takes: four digits, no more, from 1900 to 2100.
// Every form's year is such a run (a separator or a word before it, not_more_digits after), and
// find_date finds no date without one. A numbered list ("Association No 1024"), a street's or a
// phone's number hold four digits but no such year. Read as could_hold_date reads: a run of four
// digits has one at a place i with i % 4 == 3. Lowering a text keeps its digits where they
// are, so a caller asks this of the text before it lowers it for find_date: a line of four
// digits that holds no year is neither lowered nor parsed.
inline bool holds_plausible_year(std::string_view text) noexcept {
    auto const digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    for (std::size_t i = 3; i < text.size(); i += 4) {
        if (!digit(i)) continue;
        std::size_t first = i, last = i + 1;
        while (first > 0 && digit(first - 1)) --first;
        while (last < text.size() && digit(last)) ++last;
        if (last - first != 4) continue;
        int const year = (text[first] - '0') * 1000 + (text[first + 1] - '0') * 100 + (text[first + 2] - '0') * 10 +
                         (text[first + 3] - '0');
        if (year >= 1900 && year <= 2100) return true;
    }
    return false;
}

}  // namespace grammar
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/grammar/date_def.hpp>
#endif
