// Definitions for <civic/recognise/document.hpp>: the order in which the recognisers read a
// document. The stages live beside this file: document_structure.ipp (front matter,
// headline, chrome, opening), signatory_lists.ipp, statement_fields.ipp (date, coalition,
// kind); calls.ipp reads the demands.
#pragma once
#include <civic/recognise/calls.hpp>
#include <civic/recognise/document.hpp>
#include <civic/recognise/impl/document_reader.hpp>
#include <civic/recognise/impl/document_structure.ipp>
#include <civic/recognise/impl/signatory_lists.ipp>
#include <civic/recognise/impl/statement_fields.ipp>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

inline document_reader::document_reader(document_input const& in, diagnostics& diags)
    : in_(in), diags_(diags), blocks(in.blocks), n(in.blocks.size()), folded(n), roles(n, block_role::paragraph) {
    for (std::size_t i = 0; i < n; ++i) folded[i] = utf8::fold(blocks[i].text);
    auto guess = lang::detect_language(in.cleaned.text);
    st.language = std::string(guess.code);
    table = lang::find_language(guess.code);
    footer_start = n;
}

inline statement document_reader::read() && {
    read_front_matter();
    find_headline();
    find_footer();
    find_opening();
    find_lists_of_people_and_tables();
    find_calls();
    find_signatory_lists();
    find_date();
    collect_blocks();
    decide_fields();
    build_outline();
    report_doubts();
    return std::move(st);
}

inline text_block document_reader::text_of(std::size_t i) const {
    return {blocks[i].text, in_.spans(blocks[i].begin, blocks[i].end)};
}

inline std::string_view document_reader::raw_of(std::size_t i) const {
    return std::string_view(in_.cleaned.text).substr(blocks[i].content_begin, blocks[i].end - blocks[i].content_begin);
}

inline std::string_view document_reader::line_of(std::size_t i) const {
    return std::string_view(in_.cleaned.text).substr(blocks[i].begin, blocks[i].end - blocks[i].begin);
}

inline void document_reader::find_calls() {
    call_scan scan{blocks, folded, roles, body_start, footer_start, in_.cleaned, in_.spans};
    st.call_groups = recognise_calls(scan);
}

inline void document_reader::collect_blocks() {
    for (std::size_t i = 0; i < n; ++i) {
        switch (roles[i]) {
            case block_role::paragraph: st.paragraphs.push_back(text_of(i)); break;
            case block_role::chrome_header: st.header.push_back(text_of(i)); break;
            case block_role::chrome_footer: st.footer.push_back(text_of(i)); break;
            case block_role::unrecognised:
                st.unrecognised.push_back(text_of(i));
                diags_.push_back({severity::note, "layout.unrecognised-block",
                                 "this block was kept as text: it is neither body, call, signatory nor chrome",
                                 in_.spans(blocks[i].begin, blocks[i].end)});
                break;
            default: break;
        }
    }

}

// Every byte of the input in exactly one entry of the outline, blank runs included.
inline void document_reader::build_outline() {
    std::size_t covered = 0;
    auto const original_size = in_.cleaned.original_size;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t b = in_.cleaned.to_original(blocks[i].begin), e = in_.cleaned.to_original(blocks[i].end);
        if (b < covered) b = covered;
        if (e < b) e = b;
        if (b > covered) st.outline.push_back({block_role::blank, in_.spans.lines.span(covered, b)});
        if (e > b) st.outline.push_back({roles[i], in_.spans.lines.span(b, e)});
        covered = e;
    }
    if (covered < original_size) st.outline.push_back({block_role::blank, in_.spans.lines.span(covered, original_size)});

}

// Doubtful decisions, for a person to check.
inline void document_reader::report_doubts() {
    if (st.signatories.empty())
        diags_.push_back({severity::note, "statement.no-signatories", "no list of signatories was found", {}});
    if (!st.title) diags_.push_back({severity::note, "statement.no-title", "no headline was found", {}});
    if (!kind_named && st.kind != statement_kind::unknown)
        diags_.push_back({severity::note, "statement.kind-inferred",
                         std::string("the text does not name its kind; it was read as ") + std::string(to_string(st.kind)),
                         st.title ? st.title->span : source_span{}});
    for (auto const& s : st.signatories)
        if (s.country && !s.country_code && !geo::is_pseudo_country(*s.country))
            diags_.push_back({severity::note, "signatory.unknown-country",
                             "'" + *s.country + "' is not a country civic knows; the signatory has no country code", s.span});
}

}  // namespace document_detail

CIVIC_FUNC statement recognise_document(document_input const& in, diagnostics& diags) {
    return document_detail::document_reader(in, diags).read();
}

}  // namespace recognise
CIVIC_NAMESPACE_END
