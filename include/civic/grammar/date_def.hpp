// The date grammar. Only src/grammar/date.cpp (and header-only builds) include this file.
#pragma once
#include <civic/grammar/code_point.hpp>
#include <civic/grammar/date.hpp>
#include <civic/grammar/roman_numerals.hpp>
#include <civic/grammar/table_words.hpp>
#include <civic/lang/languages.hpp>

#include <bitset>
#include <string>
#include <utility>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace date_detail {

// Month names of every language table, in every form they list (the tables are constexpr,
// so this is safe during static initialisation). A scanned page's text reads a small 'l' as
// a '1' ("Yaoundé, 2 Apri1 2025", "15 ju1y 2025", "Ju1i"): a name is listed too with any one of
// its l's so read, and with all of them, but for the first letter ("1uty" would be a day's
// number before a word).
struct month_symbols : x3::symbols<int> {
    month_symbols() {
        for (auto const* table : lang::all_languages)
            for (auto const& m : table->months) {
                add_once(m.name, m.month);
                std::string all_read(m.name);
                for (auto at = m.name.find('l', 1); at != std::string_view::npos; at = m.name.find('l', at + 1)) {
                    std::string one_read(m.name);
                    one_read[at] = all_read[at] = '1';
                    add_once(one_read, m.month);
                }
                add_once(all_read, m.month);
            }
    }

private:
    void add_once(std::string_view name, int month) {
        if (!find(name)) add(name, month);
    }
};
inline month_symbols const month_table;

auto const set_day = [](auto& ctx) { x3::_val(ctx).day = static_cast<int>(x3::_attr(ctx)); };
auto const set_month = [](auto& ctx) { x3::_val(ctx).month = static_cast<int>(x3::_attr(ctx)); };
auto const set_year = [](auto& ctx) { x3::_val(ctx).year = static_cast<int>(x3::_attr(ctx)); };

x3::uint_parser<unsigned, 10, 4, 4> const year4;
x3::uint_parser<unsigned, 10, 1, 2> const day12;
x3::uint_parser<unsigned, 10, 2, 2> const digits2;

auto const blanks = +(x3::lit(' ') | '\t');
auto const opt_blanks = *(x3::lit(' ') | '\t');
auto const not_more_digits = !x3::digit;
// A month name ends its word ("mar" must not match the start of "marzo"); an abbreviation
// may carry a dot.
auto const month = month_table[set_month] >> !letter >> -x3::lit('.');
// The words around the numbers come from the language tables: "th", "er", "-го" after a day
// (day_suffixes), "de" between the parts (date_linkers).
auto const day_suffix = table_words<&lang::language_table::day_suffixes>();
auto const linker = table_words<&lang::language_table::date_linkers>() >> blanks;
// "1 er mars 2026", "21 st May": a scanned page's text sets the suffix apart from its day by a
// space; the suffix is a word of its own then (not "st" of "1 stycznia", a month's first letters).
auto const spaced_day_suffix = blanks >> day_suffix >> !letter;
// "7", "7.", "7th", "1er", "1-го" before a month name; "1ro. de marzo", its suffix abbreviated.
// "«5» декабря 2026 г.": a day in quotation marks, as Russian forms write it.
auto const day_before_month = day12[set_day] >> -x3::lit("\xC2\xBB") >>
                              -(((day_suffix | spaced_day_suffix) >> -x3::lit('.')) | '.') >> opt_blanks >> -linker;
auto const year_after_month = -x3::lit(',') >> opt_blanks >> -linker >> year4[set_year] >> not_more_digits;

// "2025-03-04", and as some sites write it, "2025/03/04" or "2025.03.04": the year first.
auto const iso = year4[set_year] >> (x3::lit('-') | '/' | '.') >> digits2[set_month] >> (x3::lit('-') | '/' | '.') >>
                 digits2[set_day] >> not_more_digits;
// "05.12.2026", "5/12/2026", and "05-12-2026" with hyphens both times (not a range of days "5-12").
auto const numeric = day12[set_day] >>
                     (((x3::lit('.') | '/') >> day12[set_month] >> (x3::lit('.') | '/')) | ('-' >> day12[set_month] >> '-')) >>
                     year4[set_year] >> not_more_digits;
// "05.XII.2026", "5 XII 2026": the month in Roman numerals, as Polish, Romanian and Ukrainian
// texts write it (the text is read in lower case; a numeral past "xii" is no month, plausible()).
auto const roman_separator = x3::lit('.') | '/' | ' ';
auto const roman = day12[set_day] >> roman_separator >> roman_numeral[set_month] >> !letter >> roman_separator >>
                   year4[set_year] >> not_more_digits;
auto const day_month_year = day_before_month >> month >> opt_blanks >> year_after_month;
// "December 5, 2026", and "diciembre 5 de 2026" as Colombia writes it.
auto const month_day_year = month >> blanks >> day12[set_day] >> -day_suffix >> -x3::lit(',') >>
                            blanks >> -linker >> year4[set_year] >> not_more_digits;
auto const month_year = month >> blanks >> -linker >> year4[set_year] >> not_more_digits;

}  // namespace date_detail

// Semantic actions are not undone when an alternative fails after a part matched ("july 20"
// of "july 2015"), so each alternative starts from an empty date.
auto const reset = x3::eps[([](auto& ctx) { x3::_val(ctx) = ast::date{}; })];

date_type const date_rule = "date";
auto const date_rule_def = (reset >> date_detail::iso) | (reset >> date_detail::numeric) | (reset >> date_detail::roman) |
                           (reset >> date_detail::day_month_year) | (reset >> date_detail::month_day_year) |
                           (reset >> date_detail::month_year);
BOOST_SPIRIT_DEFINE(date_rule)

CIVIC_FUNC date_type const& date() { return date_rule; }

namespace date_detail {
inline bool plausible(ast::date const& d) {
    return d.year >= 1900 && d.year <= 2100 && d.month >= 1 && d.month <= 12 && d.day >= 0 && d.day <= 31;
}
inline bool word_start(std::string_view s, std::size_t i) {
    if (i == 0) return true;
    auto c = static_cast<unsigned char>(s[i - 1]);
    // After "«" ("«5» декабря"): the quotation mark's last byte.
    if (c == 0xAB && i >= 2 && static_cast<unsigned char>(s[i - 2]) == 0xC2) return true;
    // After an en or an em dash ("12–14 may 2026", a range of days): the dash's last byte.
    if ((c == 0x93 || c == 0x94) && i >= 3 && static_cast<unsigned char>(s[i - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[i - 2]) == 0x80)
        return true;
    return !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && c < 0x80;
}

// The first two bytes a date may start with: a digit and anything (a day, a year), or those of
// a month name (a one-byte name with anything after it). Most words of a line that holds four
// digits ("Association No 1024", a street, a phone number) start neither, and the grammar's
// five alternatives are not tried there.
struct date_starts {
    std::bitset<256 * 256> pairs;
    date_starts() {
        auto const byte = [](char c) { return std::size_t{static_cast<unsigned char>(c)}; };
        auto const allow_any_after = [&](char first) {
            for (std::size_t second = 0; second < 256; ++second) pairs.set(byte(first) << 8 | second);
        };
        for (char d = '0'; d <= '9'; ++d) allow_any_after(d);
        for (auto const* table : lang::all_languages)
            for (auto const& m : table->months) {
                if (m.name.size() == 1) allow_any_after(m.name[0]);
                else if (m.name.size() > 1) pairs.set(byte(m.name[0]) << 8 | byte(m.name[1]));
            }
    }
    // Whether a date may start at s[i] (the byte after the text counts as zero).
    bool at(std::string_view s, std::size_t i) const noexcept {
        auto const b1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        return pairs[std::size_t{static_cast<unsigned char>(s[i])} << 8 | b1];
    }
};
inline date_starts const date_start_pairs;
}  // namespace date_detail

CIVIC_FUNC std::optional<ast::date> find_date(std::string_view lowered) noexcept {
    if (!holds_plausible_year(lowered)) return std::nullopt;
    try {
        char const* const end = lowered.data() + lowered.size();
        for (std::size_t i = 0; i < lowered.size(); ++i) {
            if (!date_detail::word_start(lowered, i) || !date_detail::date_start_pairs.at(lowered, i)) continue;
            ast::date d;
            char const* first = lowered.data() + i;
            if (!x3::parse(first, end, date(), d)) continue;
            // "11/22/2022": the month first, as the United States write it, in digits between
            // slashes, where the day cannot be a month.
            if (d.month > 12 && d.month <= 31 && d.day >= 1 && d.day <= 12) {
                std::string_view const written(lowered.data() + i, static_cast<std::size_t>(first - (lowered.data() + i)));
                if (written.find('/') != std::string_view::npos && written.find_first_of("ivxlcdm") == std::string_view::npos)
                    std::swap(d.day, d.month);
            }
            if (date_detail::plausible(d)) {
                d.first = lowered.data() + i;
                d.last = first;
                return d;
            }
        }
    } catch (...) {
    }
    return std::nullopt;
}

}  // namespace grammar
CIVIC_NAMESPACE_END
