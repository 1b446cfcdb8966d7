// Compiles civic::parse() once for the compiled library.
#include <civic/parse.hpp>
#include <civic/impl/parse.ipp>
