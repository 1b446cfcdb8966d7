// The coalition named after "members of" in an opening formula or a title:
// "the Civic Solidarity Platform (CSP)", "the International Coalition for Democratic Renewal".
#pragma once
#include <civic/grammar/ast.hpp>
#include <civic/grammar/config.hpp>

#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

struct coalition_class;
using coalition_type = x3::rule<coalition_class, ast::coalition_mention>;
BOOST_SPIRIT_DECLARE(coalition_type)

CIVIC_FUNC coalition_type const& coalition();

// Reads a capitalised name (and an acronym in parentheses) at the start of `text`. Never throws.
CIVIC_FUNC std::optional<ast::coalition_mention> parse_coalition(std::string_view text) noexcept;

}  // namespace grammar
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/grammar/coalition_def.hpp>
#endif
