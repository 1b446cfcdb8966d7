// The signatory-line grammar. Only src/grammar/signatory.cpp (and header-only builds)
// include this file.
#pragma once
#include <civic/grammar/ast_adapted.hpp>
#include <civic/grammar/signatory.hpp>

#include <type_traits>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace signatory_detail {

// Records the range a tagged node was read from.
struct annotate {
    template <class Iterator, class Attribute, class Context>
    void on_success(Iterator const& first, Iterator const& last, Attribute& node, Context const&) const {
        if constexpr (std::is_base_of_v<ast::tagged, Attribute>) {
            node.first = first;
            node.last = last;
        }
    }
};

struct paren_group_class {};
struct entry_class : annotate {};

x3::rule<class nested_class> const nested = "nested parentheses";
x3::rule<paren_group_class, ast::paren_group> const paren_group = "parenthesised part";
x3::rule<entry_class, ast::signatory_entry> const entry = "signatory entry";

auto const blank = x3::lit(' ') | '\t';
auto const name_char = x3::char_ - x3::char_("()");

// Parentheses inside a parenthesised part ("(FOL (FRENTE DE ORGANIZACIONES))") are kept as text.
auto const nested_def = '(' >> *(nested | (x3::char_ - x3::char_("()"))) >> ')';
// The semantic action records the range itself: a rule with an action does not pass its
// attribute to on_success.
auto const paren_group_def = x3::raw['(' >> *(nested | name_char) >> ')'][([](auto& ctx) {
    auto const& r = x3::_attr(ctx);
    auto& group = x3::_val(ctx);
    group.first = &*r.begin();
    group.last = &*r.begin() + (r.end() - r.begin());
    group.text.assign(r.begin() + 1, r.end() - 1);
})];
// A name is the text up to the first '('; the parts follow, separated by blanks only.
auto const entry_def = x3::raw[+name_char] >> *(x3::omit[*blank] >> paren_group);

BOOST_SPIRIT_DEFINE(nested, paren_group, entry)

}  // namespace signatory_detail

signatory_line_type const signatory_line_rule = "signatory line";
// An entry may also be nothing but its parts ("(Georgia)") when the name sits on the line before.
auto const signatory_line_rule_def = +(signatory_detail::entry | (x3::attr(std::string()) >> +signatory_detail::paren_group));

BOOST_SPIRIT_DEFINE(signatory_line_rule)

CIVIC_FUNC signatory_line_type const& signatory_line() { return signatory_line_rule; }

// Parentheses nested deeper than this are no signatory line: the nested rule recurses once
// per level, and ten thousand levels overflow the stack.
constexpr std::size_t max_paren_depth = 16;

CIVIC_FUNC std::optional<ast::signatory_line> parse_signatory_line(std::string_view line) noexcept {
    std::size_t depth = 0;
    for (char c : line) {
        if (c == '(' && ++depth > max_paren_depth) return std::nullopt;
        if (c == ')' && depth) --depth;
    }
    try {
        ast::signatory_line result;
        result.reserve(4);  // room for the entries of most lines, allocated once
        char const* first = line.data();
        char const* const last = line.data() + line.size();
        if (!x3::parse(first, last, signatory_line(), result) || first != last) return std::nullopt;
        return result;
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace grammar
CIVIC_NAMESPACE_END
