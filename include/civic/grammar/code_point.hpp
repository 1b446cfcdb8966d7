// X3 primitives that read one UTF-8 code point and test its class: X3's own char classes
// are ASCII-only, and x3::unicode over a u32 iterator is slower and throws on invalid input.
#pragma once
#include <civic/grammar/config.hpp>
#include <civic/text/utf8.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

template <class Predicate>
struct code_point_parser : x3::parser<code_point_parser<Predicate>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last) return false;
        auto d = utf8::decode(std::string_view(&*first, static_cast<std::size_t>(last - first)), 0);
        if (!d.valid || !Predicate{}(d.cp)) return false;
        first += static_cast<std::ptrdiff_t>(d.length);
        return true;
    }
};

struct is_letter_fn { bool operator()(char32_t c) const noexcept { return utf8::is_letter(c); } };
struct is_upper_fn { bool operator()(char32_t c) const noexcept { return utf8::is_upper_letter(c); } };
struct is_lower_fn { bool operator()(char32_t c) const noexcept { return utf8::is_lower_letter(c); } };
struct is_quote_fn { bool operator()(char32_t c) const noexcept { return utf8::is_quote(c); } };
struct is_dash_fn { bool operator()(char32_t c) const noexcept { return utf8::is_dash(c); } };

inline code_point_parser<is_letter_fn> const letter{};
inline code_point_parser<is_upper_fn> const upper{};
inline code_point_parser<is_lower_fn> const lower{};
inline code_point_parser<is_quote_fn> const quote{};
inline code_point_parser<is_dash_fn> const dash{};

}  // namespace grammar
CIVIC_NAMESPACE_END
