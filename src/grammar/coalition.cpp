// Compiles the coalition grammar once for the compiled library.
#include <civic/grammar/coalition_def.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
BOOST_SPIRIT_INSTANTIATE(coalition_type, iterator_type, context_type)
}
CIVIC_NAMESPACE_END
