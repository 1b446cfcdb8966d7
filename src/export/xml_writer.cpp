// Compiles <civic/export/xml_writer.hpp> once for the compiled library.
#include <civic/export/xml_writer.hpp>
#include <civic/export/impl/xml_writer.ipp>
