// Compiles the call-introduction grammar once for the compiled library.
#include <civic/grammar/call_introduction_def.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
BOOST_SPIRIT_INSTANTIATE(call_introduction_type, iterator_type, context_type)
}
CIVIC_NAMESPACE_END
