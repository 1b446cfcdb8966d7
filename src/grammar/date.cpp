// Compiles the date grammar once for the compiled library.
#include <civic/grammar/date_def.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
}
CIVIC_NAMESPACE_END
