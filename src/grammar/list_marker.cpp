// Compiles the list-marker grammar once for the compiled library.
#include <civic/grammar/list_marker_def.hpp>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
BOOST_SPIRIT_INSTANTIATE(list_marker_type, iterator_type, context_type)
}
CIVIC_NAMESPACE_END
