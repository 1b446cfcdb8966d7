// The call-introduction grammar. Only src/grammar/call_introduction.cpp (and header-only
// builds) include this file.
#pragma once
#include <civic/grammar/call_introduction.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace call_introduction_detail {

auto const blank = x3::lit(' ') | '\t';
auto const blanks = +blank;
// "to" or "not to" ("upon the Government not to adopt …").
auto const to = -(x3::no_case[x3::lit("not")] >> blanks) >> x3::no_case[x3::lit("to")] >> (blanks | &x3::lit(':') | x3::eoi);
auto const preposition = x3::no_case[x3::lit("upon") | "on"] >> blanks;
auto const next_clause = blanks >> x3::no_case["and"] >> blanks >> preposition;
auto const push_addressee = [](auto& ctx) {
    auto const& r = x3::_attr(ctx);
    x3::_val(ctx).addressees.emplace_back(r.begin(), r.end());
};

// An addressee runs up to "to"; what it is asked to do runs up to the next "and on …".
auto const addressee = x3::raw[+(!(blanks >> to) >> !x3::lit(':') >> x3::char_)];
auto const clause = addressee[push_addressee] >> blanks >> to >> *(!next_clause >> x3::char_);

}  // namespace call_introduction_detail

call_introduction_type const call_introduction_rule = "call introduction";
auto const call_introduction_rule_def =
    x3::omit[-call_introduction_detail::preposition] >>
    (call_introduction_detail::clause % call_introduction_detail::next_clause);
BOOST_SPIRIT_DEFINE(call_introduction_rule)

CIVIC_FUNC call_introduction_type const& call_introduction() { return call_introduction_rule; }

CIVIC_FUNC std::optional<ast::call_introduction> parse_call_introduction(std::string_view after_verb) noexcept {
    try {
        ast::call_introduction result;
        char const* first = after_verb.data();
        char const* const last = after_verb.data() + after_verb.size();
        if (!x3::parse(first, last, call_introduction(), result) || result.addressees.empty()) return std::nullopt;
        result.first = after_verb.data();
        result.last = first;
        return result;
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace grammar
CIVIC_NAMESPACE_END
