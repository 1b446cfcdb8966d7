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

}  // namespace grammar
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/grammar/date_def.hpp>
#endif
