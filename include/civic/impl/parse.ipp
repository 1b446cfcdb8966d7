// Definitions for <civic/parse.hpp>: the pipeline text → clean-up → blocks → statement.
#pragma once
#include <civic/lang/languages.hpp>
#include <civic/layout/segment.hpp>
#include <civic/parse.hpp>
#include <civic/recognise/document.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/line_index.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

CIVIC_NAMESPACE_BEGIN

namespace detail {

inline diagnostic error(char const* code, std::string message) {
    diagnostic d;
    d.level = severity::error;
    d.code = code;
    d.message = std::move(message);
    return d;
}

inline diagnostic warning(char const* code, std::string message, source_span span) {
    diagnostic d;
    d.level = severity::warning;
    d.code = code;
    d.message = std::move(message);
    d.span = span;
    return d;
}

// A block longer than opts.max_line_bytes, set aside from the recognisers. Its text is a copy:
// the reading releases the cleaned text and the collapsed texts that the block's view points into.
// Its span is made before the reading too, which releases the offset map that spans are made of.
struct long_block {
    std::size_t begin = 0, end = 0;
    std::string text;
    source_span span;
};

// Blocks longer than opts.max_line_bytes go around the recognisers: taken out of `blocks`
// and returned, to be put back as unrecognised text.
inline std::vector<long_block> take_long_blocks(std::vector<layout::block>& blocks, options const& opts) {
    std::vector<long_block> taken;
    if (!opts.max_line_bytes) return taken;
    auto too_long = [&](layout::block const& b) { return b.end - b.begin > opts.max_line_bytes; };
    if (std::none_of(blocks.begin(), blocks.end(), too_long)) return taken;
    std::vector<layout::block> kept;
    kept.reserve(blocks.size());
    for (auto& b : blocks) {
        if (too_long(b))
            taken.push_back({b.begin, b.end, std::string(b.text), {}});
        else
            kept.push_back(b);
    }
    blocks = std::move(kept);
    return taken;
}

// Puts a block the recognisers did not read back into the statement: as unrecognised text,
// and in the outline, where it fell in a gap (a "blank" entry) between the blocks they read.
inline void put_back_long_block(statement& st, source_span const& span, std::string text, line_index const& lines) {
    auto at = std::find_if(st.unrecognised.begin(), st.unrecognised.end(),
                           [&](text_block const& u) { return u.span.begin > span.begin; });
    st.unrecognised.insert(at, text_block{std::move(text), span});
    if (span.empty()) return;
    std::vector<outline_entry> outline;
    outline.reserve(st.outline.size() + 2);
    for (auto const& e : st.outline) {
        if (e.role != block_role::blank || e.span.end <= span.begin || e.span.begin >= span.end) {
            outline.push_back(e);
            continue;
        }
        auto const b = std::max(e.span.begin, span.begin), end = std::min(e.span.end, span.end);
        if (e.span.begin < b) outline.push_back({block_role::blank, lines.span(e.span.begin, b)});
        outline.push_back({block_role::unrecognised, lines.span(b, end)});
        if (end < e.span.end) outline.push_back({block_role::blank, lines.span(end, e.span.end)});
    }
    st.outline = std::move(outline);
}

// The rest of the stream in one string. With the size known it is one allocation of that size
// and one read: an istreambuf_iterator copy grows by doubling (31 MB for a 20 MB file) and
// goes a byte at a time. A stream that cannot tell its size is read in chunks.
inline std::string read_all(std::istream& file) {
    std::string content;
    auto const start = file.tellg();
    if (start != std::streampos(-1) && file.seekg(0, std::ios::end)) {
        auto const end = file.tellg();
        file.seekg(start);
        if (end != std::streampos(-1) && end > start) {
            content.resize(static_cast<std::size_t>(end - start));
            file.read(content.data(), static_cast<std::streamsize>(content.size()));
            content.resize(static_cast<std::size_t>(file.gcount()));
        }
    }
    file.clear(file.rdstate() & std::ios::badbit);  // a failed seek or a short read is no error here
    // The rest, if any: a file that grew, or a stream that cannot tell its size.
    char chunk[1 << 16];
    while (file.read(chunk, sizeof chunk) || file.gcount() > 0)
        content.append(chunk, static_cast<std::size_t>(file.gcount()));
    return content;
}

// The code of opts.language as civic writes it (lower case), when civic has tables for it;
// otherwise empty, with a warning for a code that was given: the language is then detected.
inline std::string known_language(options const& opts, diagnostics& diags) {
    if (opts.language.empty()) return {};
    if (is_supported_language(opts.language)) return utf8::lower_same_length(opts.language);
    std::string known;
    for (auto const* t : lang::all_languages) known.append(known.empty() ? "" : ", ").append(t->code);
    diags.push_back(warning("options.unknown-language",
                            "'" + opts.language + "' is not a language civic has tables for (" + known +
                                "); the language was detected",
                            {}));
    return {};
}

// `owned_input`, when given, holds the text and is not needed by the caller after: the clean-up
// takes its memory for its first text (text::clean_up_taking), a copy of the text fewer at
// the peak of a long one (the line index keeps no view of the input).
inline parse_result run_pipeline(std::string_view text, options const& opts, std::string* owned_input = nullptr) {
    parse_result result;
    if (text.size() > opts.max_input_bytes) {
        result.diagnostics.push_back(error("limit.input-size", "the input has " + std::to_string(text.size()) +
                                                                   " bytes, more than the limit of " +
                                                                   std::to_string(opts.max_input_bytes)));
        return result;
    }
    line_index lines(text);
    // `text` is not read after this: it views the owned input, which the clean-up takes.
    auto cleaned = owned_input ? text::clean_up_taking(std::move(*owned_input), result.diagnostics)
                               : text::clean_up(text, result.diagnostics);
    auto segmented = layout::segment(cleaned);
    auto long_blocks = take_long_blocks(segmented.blocks, opts);
    auto const language = known_language(opts, result.diagnostics);
    recognise::document_input in{cleaned, segmented.blocks, {cleaned, lines}, language};
    for (auto& b : long_blocks) b.span = in.spans(b.begin, b.end);
    // The cleaned characters, their offset map and the blocks are not needed after the reading:
    // released by it as soon as it is done with them.
    result.statement = recognise::detail::recognise_spent_document(in, cleaned, segmented, result.diagnostics);
    for (auto& b : long_blocks) {
        auto const& span = b.span;
        result.diagnostics.push_back(warning("limit.line-length",
                                             "a line of " + std::to_string(b.end - b.begin) +
                                                 " bytes, more than the limit of " + std::to_string(opts.max_line_bytes) +
                                                 "; it was kept as text without being read",
                                             span));
        put_back_long_block(result.statement, span, std::move(b.text), lines);
    }
    if (result.statement.signatories.size() > opts.max_signatories) {
        result.statement.signatories.resize(opts.max_signatories);
        result.diagnostics.push_back(error("limit.signatories", "more signatories than the limit of " +
                                                                    std::to_string(opts.max_signatories) +
                                                                    "; the rest were dropped from the list"));
    }
    // Clean-up stages report byte offsets only; lines and columns are filled in here, once.
    for (auto& d : result.diagnostics)
        if (d.span.start.line == 1 && d.span.start.column == 1 && (d.span.begin || d.span.end))
            d.span = lines.span(d.span.begin, d.span.end);
    return result;
}

// The pipeline with every exception turned into a diagnostic: parse() never throws.
template <class Run>
parse_result guarded(Run&& run) noexcept {
    try {
        return run();
    } catch (std::exception const& e) {
        parse_result r;
        r.diagnostics.push_back(error("internal.exception", std::string("parsing stopped: ") + e.what()));
        return r;
    } catch (...) {
        parse_result r;
        r.diagnostics.push_back(error("internal.exception", "parsing stopped on an unknown error"));
        return r;
    }
}

}  // namespace detail

CIVIC_FUNC bool is_supported_language(std::string_view code) noexcept {
    // Every code civic knows has two letters: a longer text is none, and is not lowered (so
    // the lowered copy is a short string, made without an allocation).
    if (code.empty() || code.size() > 3) return false;
    return lang::find_language(utf8::lower_same_length(code)) != nullptr;
}

CIVIC_FUNC parse_result parse(std::string_view text, options const& opts) noexcept {
    return detail::guarded([&] { return detail::run_pipeline(text, opts); });
}

CIVIC_FUNC parse_result parse_file(std::filesystem::path const& path, options const& opts) noexcept {
    try {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            parse_result r;
            r.diagnostics.push_back(detail::error("io.read", "cannot open " + path.string()));
            return r;
        }
        auto content = detail::read_all(file);
        if (file.bad()) {
            parse_result r;
            r.diagnostics.push_back(detail::error("io.read", "cannot read " + path.string()));
            return r;
        }
        // The file's text is the parse's own: freed after the clean-up.
        return detail::guarded([&] { return detail::run_pipeline(content, opts, &content); });
    } catch (...) {
        parse_result r;
        r.diagnostics.push_back(detail::error("io.read", "cannot read the file"));
        return r;
    }
}

CIVIC_NAMESPACE_END
