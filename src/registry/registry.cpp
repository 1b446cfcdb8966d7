// Compiles <civic/registry/registry.hpp> once for the compiled library.
#include <civic/registry/registry.hpp>
#include <civic/registry/impl/registry.ipp>
