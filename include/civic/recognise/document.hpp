// The whole document: which block is what (chrome, title, opening, body, calls,
// signatories), and the statement's fields read from those blocks.
#pragma once
#include <civic/layout/block.hpp>
#include <civic/model/diagnostic.hpp>
#include <civic/model/statement.hpp>
#include <civic/recognise/span_maker.hpp>

#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

struct document_input {
    cleaned_text const& cleaned;
    std::vector<layout::block> const& blocks;
    span_maker spans;
    // The code of the language to read the text in (lang::find_language knows it), when the
    // caller knows it; empty: detected (lang::detect_language).
    std::string_view language = {};
};

CIVIC_FUNC statement recognise_document(document_input const& in, diagnostics& diags);

namespace detail {
// parse()'s reading of a document: the same, for a caller that has no more use for the cleaned
// text's characters and the blocks once the document is read. `cleaned` is in.cleaned and
// `segmented` holds in.blocks. What no later stage reads is released as soon as it is done
// with: the blocks and the offset map once the statement's spans are made and the outline knows
// where the blocks lie, the cleaned characters and the collapsed texts once the statement has
// copied the texts it keeps (a caller that makes spans after the reading makes them before).
CIVIC_FUNC statement recognise_spent_document(document_input const& in, cleaned_text& cleaned,
                                              layout::segmentation& segmented, diagnostics& diags);
}  // namespace detail

}  // namespace recognise
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/recognise/impl/document.ipp>
#endif
