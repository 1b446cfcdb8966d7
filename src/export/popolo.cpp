// Compiles <civic/export/popolo.hpp> once for the compiled library.
#include <civic/export/popolo.hpp>
#include <civic/export/impl/popolo.ipp>
