// civic::parse() on any bytes: no crash, no exception, the outline tiles the input exactly,
// every span lies inside the input, and a second parse gives the same result.
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    auto const r = civic::parse(input);
    for (auto const& d : r.diagnostics) {
        CIVIC_FUZZ_CHECK(d.code != "internal.exception");
        civic_fuzz::check_span(d.span, size);
    }
    auto const& s = r.statement;
    std::size_t covered = 0;
    for (auto const& e : s.outline) {
        CIVIC_FUZZ_CHECK(e.span.begin == covered);
        CIVIC_FUZZ_CHECK(e.span.end > e.span.begin);
        civic_fuzz::check_span(e.span, size);
        covered = e.span.end;
    }
    CIVIC_FUZZ_CHECK(covered == size);
    auto check_block = [&](civic::text_block const& b) { civic_fuzz::check_span(b.span, size); };
    if (s.title) check_block(*s.title);
    if (s.publisher) check_block(*s.publisher);
    if (s.opening) check_block(*s.opening);
    if (s.date) civic_fuzz::check_span(s.date->span, size);
    if (s.coalition) civic_fuzz::check_span(s.coalition->span, size);
    for (auto const* v : {&s.paragraphs, &s.header, &s.footer, &s.unrecognised})
        for (auto const& b : *v) check_block(b);
    for (auto const& g : s.call_groups) {
        if (g.introduction) check_block(*g.introduction);
        for (auto const& c : g.calls) civic_fuzz::check_span(c.span, size);
    }
    for (auto const& x : s.signatories) civic_fuzz::check_span(x.span, size);

    auto const again = civic::parse(input);
    CIVIC_FUZZ_CHECK(again.statement == s);
    CIVIC_FUZZ_CHECK(again.diagnostics == r.diagnostics);
    return 0;
}
