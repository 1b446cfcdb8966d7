// Signatory lists: how likely a block is to be an entry of one, and reading the entries of
// a block into signatories (name, acronym, country as written, ISO code, person or
// organisation).
#pragma once
#include <civic/lang/language_table.hpp>
#include <civic/layout/block.hpp>
#include <civic/model/signatory.hpp>
#include <civic/recognise/span_maker.hpp>

#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

enum class entry_likelihood {
    none,      // prose, a call, a heading: not an entry
    possible,  // shaped like a name; an entry inside a list
    certain,   // a name with a country beside it
};

// `raw` is the block's content in the cleaned text (from content_begin to end).
CIVIC_FUNC entry_likelihood signatory_likelihood(layout::block const& block, std::string_view raw);

// Whether a block is a header that opens a list: "Signatories:", "Signed by:", "Подписали:".
CIVIC_FUNC bool is_signatory_header(std::string_view folded_block_text);

// Reads the entries of a block. `raw` starts at cleaned offset `raw_offset`.
CIVIC_FUNC std::vector<signatory> read_signatories(std::string_view raw, std::size_t raw_offset,
                                                   span_maker const& spans);

}  // namespace recognise
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/recognise/impl/signatories.ipp>
#endif
