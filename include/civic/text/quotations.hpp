// Quotations in a text: what the text says in its own words, without what it quotes.
#pragma once
#include <civic/config.hpp>
#include <civic/text/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// The double quotation marks a quotation opens or closes with: « », “ ” (English), „ “
// (German, Polish, Ukrainian) and the straight '"'.
constexpr bool is_quotation_mark(char32_t c) noexcept {
    return c == '"' || c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201D || c == 0x201E;
}

// The text without what it quotes: words between double quotation marks are someone else's.
// The straight '"' opens after a space, a bracket or a dash and closes after a word. A
// quotation that runs over several paragraphs closes in a later one: a closing mark with
// nothing open before it in its paragraph makes everything before it quoted as well.
// Only the bytes that may begin a mark ('"', and 0xC2 and 0xE2, the lead bytes of « » “ ” „)
// are looked at one by one; the runs between them are kept or left whole.
inline std::string without_quotations(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    int depth = 0;
    int low_opened = 0;  // open „ marks, which “ closes
    std::size_t kept_from = 0;  // the start of the run not yet kept or left
    auto const keep_run = [&](std::size_t to) {
        if (depth == 0) out.append(text.substr(kept_from, to - kept_from));
    };
    auto const may_begin_mark = [](char c) { return c == '"' || c == '\xC2' || c == '\xE2'; };
    for (std::size_t i = 0; i < text.size();) {
        if (!may_begin_mark(text[i])) {
            ++i;
            continue;
        }
        auto const d = utf8::decode(text, i);
        if (!is_quotation_mark(d.cp)) {
            i += d.length;
            continue;
        }
        keep_run(i);
        bool opens = false, closes = false;
        // Which way each quotation mark goes.
        switch (d.cp) {
        case 0xAB:
        case 0x201E: opens = true; break;
        case 0xBB:
        case 0x201D: closes = true; break;
        case 0x201C: (low_opened > 0 ? closes : opens) = true; break;
        default: {  // the straight '"'
            char32_t const before = i == 0 ? U' ' : utf8::decode_before(text, i).cp;
            bool const after_word = !(before == ' ' || before == '\n' || before == '\t' || before == '(' ||
                                      before == '[' || utf8::is_dash(before));
            (after_word ? closes : opens) = true;
            break;
        }
        }
        if (d.cp == 0x201E) ++low_opened;
        if (d.cp == 0x201C && closes) --low_opened;
        if (opens) {
            ++depth;
        } else if (depth > 0) {
            --depth;
        } else {
            out.clear();  // the end of a quotation begun in an earlier paragraph
        }
        i += d.length;
        kept_from = i;
    }
    keep_run(text.size());
    return out;
}

// Whether `text` has one of the quotation marks without_quotations() reads. Only the bytes
// that can begin one are looked for, each with the library's search (which reads many bytes
// at a time, where a loop over the text tests three values at every byte): '"', and the lead
// bytes of « » (0xC2) and “ ” „ (0xE2), which are decoded where they stand.
inline bool has_quotation_marks(std::string_view text) {
    if (text.find('"') != std::string_view::npos) return true;
    for (char const lead : {'\xC2', '\xE2'})
        for (auto i = text.find(lead); i != std::string_view::npos; i = text.find(lead, i + 1))
            if (is_quotation_mark(utf8::decode(text, i).cp)) return true;
    return false;
}

}  // namespace text
CIVIC_NAMESPACE_END
