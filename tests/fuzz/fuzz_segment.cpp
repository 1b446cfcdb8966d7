// layout::segment on cleaned text (and on raw bytes): blocks are in order, do not overlap,
// and every range lies inside the text.
#include "fuzz_check.hpp"

#include <civic/layout/segment.hpp>
#include <civic/text/cleanup.hpp>

#include <cstddef>
#include <cstdint>

namespace {
void check_blocks(civic::cleaned_text const& t) {
    auto const segmented = civic::layout::segment(t);
    std::size_t previous_end = 0;
    for (auto const& b : segmented.blocks) {
        CIVIC_FUZZ_CHECK(b.begin >= previous_end);
        CIVIC_FUZZ_CHECK(b.begin < b.end);
        CIVIC_FUZZ_CHECK(b.begin <= b.content_begin && b.content_begin <= b.end);
        CIVIC_FUZZ_CHECK(b.end <= t.text.size());
        CIVIC_FUZZ_CHECK(b.lines >= 1);
        CIVIC_FUZZ_CHECK(b.heading_level >= 0 && b.heading_level <= 6);
        CIVIC_FUZZ_CHECK(b.text.size() <= b.end - b.begin);
        previous_end = b.end;
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    civic::diagnostics diags;
    check_blocks(civic::text::clean_up(input, diags));
    check_blocks(civic::text::wrap(input));
    auto const collapsed = civic::layout::collapse_spaces(input);
    CIVIC_FUZZ_CHECK(collapsed.size() <= size);
    return 0;
}
