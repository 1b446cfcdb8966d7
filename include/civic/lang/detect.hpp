// Which of civic's languages a text is written in, from its own words: no model, no data
// files, only the stop-word lists of the language tables and a few script letters.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace lang {

struct language_guess {
    std::string_view code;  // ISO 639-1 code of a table in all_languages; "" when no guess
    double confidence;      // 0..1: share of the evidence, damped when there is little of it
};

// The language of the prose of `utf8_text` (not of the names quoted or listed in it).
// Reads at most the first 64 KiB; allocates nothing.
CIVIC_FUNC language_guess detect_language(std::string_view utf8_text) noexcept;

// detect_language(utf8_text).code, read only as far as the rest of the text could change it:
// a statement in one language is told from its first lines.
CIVIC_FUNC std::string_view detect_language_code(std::string_view utf8_text) noexcept;

namespace detect_detail {
// A word counts less the later it ends: 1 / (1 + offset / position_scale), a half at this
// many bytes, a ninth at eight times as many. A text in two languages puts its original first
// ("Pronunciamiento …" / "---" / "Joint statement …"), and its halves are a few KiB each.
inline constexpr double position_scale = 512;

// A line counts for the guess, besides, the less the further into the text it starts, by the
// text's own length: a half a quarter of the way in, a fifth at its end. Two short halves
// ("<Spanish paragraph>" / "<English paragraph>", some 200 bytes each), which position_scale
// hardly tells apart, are in the language of the first, whose shared stop words ("de", "la",
// "que") weigh less than the other's ("the", "of"). The confidence is read from the words as
// position_scale weighs them alone: a text in one language keeps it.
inline double line_lead(std::size_t line_start, std::size_t text_size) {
    return 1.0 / (1.0 + 4.0 * static_cast<double>(line_start) / static_cast<double>(text_size));
}
}  // namespace detect_detail

}  // namespace lang
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/lang/impl/detect.ipp>
#endif
