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
    std::size_t run = 0;
    for (char c : text) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run == 4) return true;
    }
    return false;
}

}  // namespace grammar
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/grammar/date_def.hpp>
#endif
