// Compiles the signatory-line grammar once for the compiled library.
#include <civic/grammar/signatory_def.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
BOOST_SPIRIT_INSTANTIATE(signatory_line_type, iterator_type, context_type)
}
CIVIC_NAMESPACE_END
