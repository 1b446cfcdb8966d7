// Compiles <civic/export/json.hpp> once for the compiled library.
#include <civic/export/json.hpp>
#include <civic/export/impl/json.ipp>
