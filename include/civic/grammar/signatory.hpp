// A line of signatories: "Name [(ACRONYM)] [(Country)]", possibly several glued together
// ("… (Russian Federation) Citizens’ Watch (Russian Federation)"). The grammar finds the
// structure; the signatory recogniser decides what each parenthesised part means.
#pragma once
#include <civic/grammar/ast.hpp>
#include <civic/grammar/config.hpp>

#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

struct signatory_line_class;
using signatory_line_type = x3::rule<signatory_line_class, ast::signatory_line>;
BOOST_SPIRIT_DECLARE(signatory_line_type)

CIVIC_FUNC signatory_line_type const& signatory_line();

// Splits `line` into entries; nullopt when the parentheses do not balance (the recogniser
// then reads the line as one name). Never throws.
CIVIC_FUNC std::optional<ast::signatory_line> parse_signatory_line(std::string_view line) noexcept;

}  // namespace grammar
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/grammar/signatory_def.hpp>
#endif
