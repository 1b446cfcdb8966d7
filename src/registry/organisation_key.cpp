// Compiles <civic/registry/organisation_key.hpp> once for the compiled library.
#include <civic/registry/organisation_key.hpp>
#include <civic/registry/impl/organisation_key.ipp>
