// The list marker at the start of a line: "–", "-", "•", "*", "·", "1.", "1)", "i.", "a)".
#pragma once
#include <civic/grammar/ast.hpp>
#include <civic/grammar/config.hpp>

#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

struct list_marker_class;
using list_marker_type = x3::rule<list_marker_class, ast::list_marker>;
BOOST_SPIRIT_DECLARE(list_marker_type)

CIVIC_FUNC list_marker_type const& list_marker();

// Reads the marker (and the white space after it) at the start of `line`; nullopt when
// the line does not start with one. Never throws.
CIVIC_FUNC std::optional<ast::list_marker> parse_list_marker(std::string_view line) noexcept;

}  // namespace grammar
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/grammar/list_marker_def.hpp>
#endif
