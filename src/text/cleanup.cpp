// Compiles <civic/text/cleanup.hpp> once for the compiled library.
#include <civic/text/cleanup.hpp>
#include <civic/text/impl/cleanup.ipp>
