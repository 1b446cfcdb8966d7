// Compiled-mode home of lang/detect: the definitions are compiled once here.
#include <civic/lang/detect.hpp>
#include <civic/lang/impl/detect.ipp>
