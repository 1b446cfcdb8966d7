// Definitions for <civic/parse.hpp>: the pipeline text → clean-up → blocks → statement.
#pragma once
#include <civic/layout/segment.hpp>
#include <civic/parse.hpp>
#include <civic/recognise/document.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/line_index.hpp>

#include <fstream>
#include <iterator>
#include <string>

CIVIC_NAMESPACE_BEGIN

namespace detail {

inline diagnostic error(char const* code, std::string message) {
    diagnostic d;
    d.level = severity::error;
    d.code = code;
    d.message = std::move(message);
    return d;
}

inline parse_result run_pipeline(std::string_view text, options const& opts) {
    parse_result result;
    if (text.size() > opts.max_input_bytes) {
        result.diagnostics.push_back(error("limit.input-size", "the input has " + std::to_string(text.size()) +
                                                                   " bytes, more than the limit of " +
                                                                   std::to_string(opts.max_input_bytes)));
        return result;
    }
    line_index lines(text);
    auto cleaned = text::clean_up(text, result.diagnostics);
    auto blocks = layout::segment(cleaned);
    recognise::document_input in{cleaned, blocks, {cleaned, lines}};
    result.statement = recognise::recognise_document(in, result.diagnostics);
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

}  // namespace detail

CIVIC_FUNC parse_result parse(std::string_view text, options const& opts) noexcept {
    try {
        return detail::run_pipeline(text, opts);
    } catch (std::exception const& e) {
        parse_result r;
        r.diagnostics.push_back(detail::error("internal.exception", std::string("parsing stopped: ") + e.what()));
        return r;
    } catch (...) {
        parse_result r;
        r.diagnostics.push_back(detail::error("internal.exception", "parsing stopped on an unknown error"));
        return r;
    }
}

CIVIC_FUNC parse_result parse_file(std::filesystem::path const& path, options const& opts) noexcept {
    try {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            parse_result r;
            r.diagnostics.push_back(detail::error("io.read", "cannot open " + path.string()));
            return r;
        }
        std::string content((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        if (file.bad()) {
            parse_result r;
            r.diagnostics.push_back(detail::error("io.read", "cannot read " + path.string()));
            return r;
        }
        return parse(content, opts);
    } catch (...) {
        parse_result r;
        r.diagnostics.push_back(detail::error("io.read", "cannot read the file"));
        return r;
    }
}

CIVIC_NAMESPACE_END
