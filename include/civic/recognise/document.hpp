// The whole document: which block is what (chrome, title, opening, body, calls,
// signatories), and the statement's fields read from those blocks.
#pragma once
#include <civic/layout/block.hpp>
#include <civic/model/diagnostic.hpp>
#include <civic/model/statement.hpp>
#include <civic/recognise/span_maker.hpp>

#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

struct document_input {
    cleaned_text const& cleaned;
    std::vector<layout::block> const& blocks;
    span_maker spans;
};

CIVIC_FUNC statement recognise_document(document_input const& in, diagnostics& diags);

}  // namespace recognise
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/recognise/impl/document.ipp>
#endif
