// Compiles <civic/export/akoma_ntoso.hpp> once for the compiled library.
#include <civic/export/akoma_ntoso.hpp>
#include <civic/export/impl/akoma_ntoso.ipp>
