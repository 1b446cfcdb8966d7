#include <civic/geo/countries.hpp>
#include <civic/geo/impl/countries.ipp>
