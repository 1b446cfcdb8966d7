// The signatory-line grammar. Only src/grammar/signatory.cpp (and header-only builds)
// include this file.
#pragma once
#include <civic/grammar/ast.hpp>
#include <civic/grammar/signatory.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace signatory_detail {

// The grammar yields views of the line, not copies: each node is filled by a semantic action
// from the range it read (x3::raw, of iterator_type char const*), and a rule whose definition
// has actions passes its node to them as _val rather than filling it by sequence.
template <class Range>
std::string_view view_of(Range const& r) {
    return std::string_view(r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
}

struct paren_group_class {};
struct entry_class {};
struct parts_only_class {};

x3::rule<class nested_class> const nested = "nested parentheses";
x3::rule<paren_group_class, ast::paren_group> const paren_group = "parenthesised part";
x3::rule<entry_class, ast::signatory_entry> const entry = "signatory entry";
x3::rule<parts_only_class, ast::signatory_entry> const parts_only = "parenthesised parts without a name";

auto const blank = x3::lit(' ') | '\t';

// One byte or more up to a parenthesis: the text of a name, or of a part between its nested
// parentheses. Nearly every byte of a line is such text; passed in one loop, it costs a
// comparison or two a byte, where `+(x3::char_ - x3::char_("()"))` made parser calls for each.
struct text_run_parser : x3::parser<text_run_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        auto i = first;
        while (i != last && *i != '(' && *i != ')') ++i;
        if (i == first) return false;
        first = i;
        return true;
    }
};
text_run_parser const text_run{};

auto const set_group = [](auto& ctx) {
    auto const whole = view_of(x3::_attr(ctx));
    auto& group = x3::_val(ctx);
    group.first = whole.data();
    group.last = whole.data() + whole.size();
    group.text = whole.substr(1, whole.size() - 2);
};
auto const set_name = [](auto& ctx) { x3::_val(ctx).name = view_of(x3::_attr(ctx)); };
auto const set_range = [](auto& ctx) {
    auto const whole = view_of(x3::_attr(ctx));
    x3::_val(ctx).first = whole.data();
    x3::_val(ctx).last = whole.data() + whole.size();
};
auto const add_group = [](auto& ctx) { x3::_val(ctx).groups.push_back(x3::_attr(ctx)); };
auto const add_entry = [](auto& ctx) { x3::_val(ctx).push_back(x3::_attr(ctx)); };

// Parentheses inside a parenthesised part ("(FOL (FRENTE DE ORGANIZACIONES))") are kept as text.
auto const nested_def = '(' >> *(nested | text_run) >> ')';
auto const paren_group_def = x3::raw['(' >> *(nested | text_run) >> ')'][set_group];
// A name is the text up to the first '('; the parts follow, separated by blanks only.
auto const entry_def = x3::raw[x3::raw[text_run][set_name] >> *(x3::omit[*blank] >> paren_group[add_group])][set_range];
// An entry may also be nothing but its parts: "(Georgia)" when the name sits on the line
// before, or a name in parentheses, "(Civic Media Rights Union)". Its range is its parts, so
// that a signer read from them has a span.
auto const parts_only_def = x3::raw[+paren_group[add_group]][set_range];

BOOST_SPIRIT_DEFINE(nested, paren_group, entry, parts_only)

}  // namespace signatory_detail

signatory_line_type const signatory_line_rule = "signatory line";
auto const signatory_line_rule_def =
    +(signatory_detail::entry[signatory_detail::add_entry] | signatory_detail::parts_only[signatory_detail::add_entry]);

BOOST_SPIRIT_DEFINE(signatory_line_rule)

CIVIC_FUNC signatory_line_type const& signatory_line() { return signatory_line_rule; }

// "Association No 12 (Chile)", "Coral Bay Forum (CBF) (Georgia)": a name, then parts without
// parentheses inside them, apart by blanks only, the last closing the line. Most lines with
// parentheses are so, and are read here as the grammar reads them (one entry, its name up to
// the first '(' with the blanks before it), without the rules' calls for each part; nullopt for
// any other line, which the grammar reads.
inline std::optional<ast::signatory_line> one_entry_with_simple_parts(std::string_view line) {
    auto const open = line.find('(');
    if (open == 0 || open == std::string_view::npos || line.back() != ')' ||
        line.substr(0, open).find(')') != std::string_view::npos)
        return std::nullopt;
    ast::signatory_entry entry;
    entry.name = line.substr(0, open);
    entry.first = line.data();
    entry.last = line.data() + line.size();
    for (std::size_t at = open; at < line.size();) {
        if (line[at] != '(') return std::nullopt;  // text between parts: another entry
        auto close = at + 1;
        while (close < line.size() && line[close] != '(' && line[close] != ')') ++close;
        if (close == line.size() || line[close] != ')') return std::nullopt;  // a nested part
        ast::paren_group group;
        group.first = line.data() + at;
        group.last = line.data() + close + 1;
        group.text = line.substr(at + 1, close - at - 1);
        entry.groups.push_back(group);
        at = close + 1;
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
    }
    ast::signatory_line result;
    result.push_back(entry);
    return result;
}

// Parentheses nested deeper than this are no signatory line: the nested rule recurses once
// per level, and ten thousand levels overflow the stack.
constexpr std::size_t max_paren_depth = 16;

CIVIC_FUNC std::optional<ast::signatory_line> parse_signatory_line(std::string_view line) noexcept {
    // No deeper than the line has '(': most lines have one or two, found by a memchr each,
    // and their count spares the walk.
    std::size_t opening = 0;
    for (auto at = line.find('('); at != std::string_view::npos && opening <= max_paren_depth; at = line.find('(', at + 1))
        ++opening;
    if (opening > max_paren_depth) {
        std::size_t depth = 0;
        for (char c : line) {
            if (c == '(' && ++depth > max_paren_depth) return std::nullopt;
            if (c == ')' && depth) --depth;
        }
    }
    try {
        if (auto simple = one_entry_with_simple_parts(line)) return simple;
        ast::signatory_line result;
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
