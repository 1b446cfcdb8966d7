// Compiles <civic/export/csv.hpp> once for the compiled library.
#include <civic/export/csv.hpp>
#include <civic/export/impl/csv.ipp>
