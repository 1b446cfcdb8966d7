// Demands: a call introduction followed by a list ("… call on the authorities of X to:" then
// "– Ensure …"), or a run of lines that each make a call ("We call upon X to …").
#pragma once
#include <civic/lang/language_table.hpp>
#include <civic/layout/block.hpp>
#include <civic/model/call.hpp>
#include <civic/model/statement.hpp>
#include <civic/recognise/folded_texts.hpp>
#include <civic/recognise/span_maker.hpp>

#include <string>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

struct call_scan {
    std::vector<layout::block> const& blocks;
    folded_texts const& folded;              // utf8::fold of each block's text
    std::vector<block_role>& roles;          // roles already decided; calls are marked here
    std::size_t from;                        // the body: [from, to)
    std::size_t to;
    cleaned_text const& cleaned;
    span_maker spans;
    lang::language_table const* language = nullptr;  // the statement's, when known
};

CIVIC_FUNC std::vector<call_group> recognise_calls(call_scan const& scan);

}  // namespace recognise
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/recognise/impl/calls.ipp>
#endif
