// Compiles <civic/export/markdown.hpp> once for the compiled library.
#include <civic/export/markdown.hpp>
#include <civic/export/impl/markdown.ipp>
