// What follows a call verb: "on protesters to refrain from … and on the authorities of
// Kazakhstan to:", "upon the Georgian Government not to adopt …", "les autorités à …". The
// words around an addressee come from the language tables.
#pragma once
#include <civic/grammar/ast.hpp>
#include <civic/grammar/config.hpp>
#include <civic/lang/language_table.hpp>

#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {

struct call_introduction_class;
using call_introduction_type = x3::rule<call_introduction_class, ast::call_introduction>;
BOOST_SPIRIT_DECLARE(call_introduction_type)

CIVIC_FUNC call_introduction_type const& call_introduction();

// Reads the addressees from the text right after a call verb ("on the authorities to …").
// With `language` (the call verb's), each addressee must end at one of that language's
// infinitive markers; without, at any language's. Never throws.
CIVIC_FUNC std::optional<ast::call_introduction> parse_call_introduction(
    std::string_view after_verb, lang::language_table const* language = nullptr) noexcept;

}  // namespace grammar
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/grammar/call_introduction_def.hpp>
#endif
