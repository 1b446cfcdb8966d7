// Compiles the recognisers once for the compiled library.
#include <civic/recognise/addresses.hpp>
#include <civic/recognise/calls.hpp>
#include <civic/recognise/document.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/recognise/impl/addresses.ipp>
#include <civic/recognise/impl/calls.ipp>
#include <civic/recognise/impl/document.ipp>
#include <civic/recognise/impl/signatories.ipp>
