// The single source of truth for the types every grammar is instantiated with. A rule
// declared with BOOST_SPIRIT_DECLARE, instantiated in src/grammar/*.cpp and called by the
// recognisers must agree on these exactly, or the link fails.
#pragma once
#include <civic/config.hpp>

#include <boost/spirit/home/x3.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace x3 = boost::spirit::x3;

// Grammars read UTF-8 as bytes; the few places that need Unicode classes use the
// code-point parsers of code_point.hpp.
using iterator_type = char const*;
// No skipper: white space is significant in the layouts civic reads.
using context_type = x3::unused_type;

}  // namespace grammar
CIVIC_NAMESPACE_END
