// The coalition grammar. Only src/grammar/coalition.cpp (and header-only builds) include it.
#pragma once
#include <civic/grammar/ast_adapted.hpp>
#include <civic/grammar/code_point.hpp>
#include <civic/grammar/coalition.hpp>
#include <civic/grammar/table_words.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace coalition_detail {

auto const blanks = +(x3::lit(' ') | '\t');
auto const word_tail = *(letter | x3::digit | x3::char_("'.-"));
auto const capitalised_word = upper >> word_tail;
// Short lower-case words join capitalised ones inside a name: "Platform for Democracy",
// "Coalition for Democratic Renewal", "Forum de la société civile".
auto const connector = lower >> x3::repeat(0, 3)[lower];
// A name in quotation marks after a word of the name: the Coalition "Ukraine 5 AM", Коалиция
// «Права сейчас», Koalicja „Prawa Teraz”.
auto const quoted = (x3::lit("\xC2\xAB") >> +(x3::char_ - x3::lit("\xC2\xBB")) >> x3::lit("\xC2\xBB")) |
                    (x3::lit("\xE2\x80\x9E") >> +(x3::char_ - x3::lit("\xE2\x80\x9C") - x3::lit("\xE2\x80\x9D")) >>
                     (x3::lit("\xE2\x80\x9C") | x3::lit("\xE2\x80\x9D"))) |
                    (x3::lit("\xE2\x80\x9C") >> +(x3::char_ - x3::lit("\xE2\x80\x9D")) >> x3::lit("\xE2\x80\x9D")) |
                    (x3::lit('"') >> +(x3::char_ - '"') >> x3::lit('"'));
auto const name = x3::raw[capitalised_word >> *(blanks >> (capitalised_word | quoted | (connector >> &(blanks >> upper))))];
// "(CSP)", "(EaP CSF)": a word of capitals, or two capitals a word at least with lower-case
// letters between ("EaP"), one word or a few.
auto const acronym_word = (upper >> +(upper | x3::digit | x3::char_("&-"))) |
                          (upper >> +lower >> upper >> *(upper | lower | x3::digit | x3::char_("&-")));
auto const acronym = '(' >> x3::raw[acronym_word >> x3::repeat(0, 2)[x3::lit(' ') >> acronym_word]] >> ')';
// "the", "la", "die" before the name are not part of it (the tables' articles).
auto const article = table_words<&lang::language_table::articles>() >> blanks;

}  // namespace coalition_detail

coalition_type const coalition_rule = "coalition";
auto const coalition_rule_def = x3::omit[-coalition_detail::article] >> coalition_detail::name >>
                                -(x3::omit[*x3::lit(' ')] >> coalition_detail::acronym);
BOOST_SPIRIT_DEFINE(coalition_rule)

CIVIC_FUNC coalition_type const& coalition() { return coalition_rule; }

CIVIC_FUNC std::optional<ast::coalition_mention> parse_coalition(std::string_view text) noexcept {
    try {
        ast::coalition_mention result;
        char const* first = text.data();
        char const* const last = text.data() + text.size();
        if (!x3::parse(first, last, coalition(), result)) return std::nullopt;
        // The range starts at the name, after the article the rule skips.
        result.first = text.data() + text.find(result.name);
        result.last = first;
        return result;
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace grammar
CIVIC_NAMESPACE_END
