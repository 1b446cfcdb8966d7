// Compiles <civic/layout/segment.hpp> once for the compiled library.
#include <civic/layout/segment.hpp>
#include <civic/layout/impl/segment.ipp>
