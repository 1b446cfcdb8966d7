// The clean-up pipeline on any bytes: the whole of text::clean_up and each stage alone.
// The result is valid UTF-8 and its offset map is monotonic and inside the input.
#include "fuzz_check.hpp"

#include <civic/text/cleanup.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    using namespace civic;
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    diagnostics diags;
    auto const cleaned = text::clean_up(input, diags);
    civic_fuzz::check_offsets(cleaned, size);
    CIVIC_FUZZ_CHECK(civic_fuzz::valid_utf8(cleaned.text));
    for (auto const& d : diags) civic_fuzz::check_span(d.span, size);

    // Every stage alone, on the raw bytes and on the output of the stages before it.
    auto const raw = text::wrap(input);
    auto const decoded = text::decode_input(raw, diags);
    auto const chars = text::normalise_characters(text::normalise_line_endings(decoded), diags);
    CIVIC_FUZZ_CHECK(civic_fuzz::valid_utf8(chars.text));
    for (auto const* in : {&raw, &chars}) {
        civic_fuzz::check_offsets(text::normalise_line_endings(*in), size);
        civic_fuzz::check_offsets(text::unquote_mail(*in), size);
        civic_fuzz::check_offsets(text::strip_markup(*in), size);
        civic_fuzz::check_offsets(text::decode_character_references(*in), size);
        civic_fuzz::check_offsets(text::separate_glued_alt_text(*in), size);
        civic_fuzz::check_offsets(text::separate_glued_sentences(*in), size);
        civic_fuzz::check_offsets(text::split_glued_list_items(*in), size);
        civic_fuzz::check_offsets(text::rejoin_broken_paragraphs(*in), size);
    }
    civic_fuzz::check_offsets(decoded, size);
    civic_fuzz::check_offsets(text::decode_legacy_encoding(raw, diags), size);
    civic_fuzz::check_offsets(chars, size);
    return 0;
}
