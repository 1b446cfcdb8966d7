// What every civic fuzz target shares: an assertion that stops the run with a message
// (libFuzzer then saves the input as crash-*), and the checks of civic's invariants.
#pragma once
#include <civic/civic.hpp>
#include <civic/text/cleaned_text.hpp>
#include <civic/text/utf8.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#define CIVIC_FUZZ_CHECK(cond)                                                                    \
    do {                                                                                          \
        if (!(cond)) {                                                                            \
            std::fprintf(stderr, "civic fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                         \
        }                                                                                         \
    } while (0)

namespace civic_fuzz {

inline void check_span(civic::source_span const& s, std::size_t input_size) {
    CIVIC_FUZZ_CHECK(s.begin <= s.end);
    CIVIC_FUZZ_CHECK(s.end <= input_size);
    CIVIC_FUZZ_CHECK(s.start.line >= 1 && s.start.column >= 1);
    CIVIC_FUZZ_CHECK(s.stop.line >= s.start.line);
}

// The offset map of a cleaned text: original offsets never decrease as cleaned positions
// grow, and never pass the input's end. Two anchors may share a cleaned position where bytes
// were deleted (the end of what precedes, then the start of what follows), never more.
inline void check_offsets(civic::cleaned_text const& t, std::size_t input_size) {
    CIVIC_FUZZ_CHECK(t.original_size == input_size);
    auto const& anchors = t.map.anchors();
    CIVIC_FUZZ_CHECK(!anchors.empty() && anchors[0].clean == 0);
    for (std::size_t k = 1; k < anchors.size(); ++k) {
        CIVIC_FUZZ_CHECK(anchors[k - 1].clean <= anchors[k].clean);
        CIVIC_FUZZ_CHECK(anchors[k - 1].original <= anchors[k].original);
        if (anchors[k - 1].clean == anchors[k].clean) {
            CIVIC_FUZZ_CHECK(anchors[k - 1].original < anchors[k].original);
            CIVIC_FUZZ_CHECK(k < 2 || anchors[k - 2].clean < anchors[k].clean);
        }
        CIVIC_FUZZ_CHECK(anchors[k].original <= input_size);
    }
    std::size_t previous = 0;
    for (std::size_t pos = 0; pos <= t.text.size(); ++pos) {
        auto o = t.to_original(pos), e = t.to_original_end(pos);
        CIVIC_FUZZ_CHECK(o <= input_size && e <= input_size);
        CIVIC_FUZZ_CHECK(o >= previous);
        previous = o;
    }
}

inline bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto d = civic::utf8::decode(s, i);
        if (!d.valid) return false;
        i += d.length;
    }
    return true;
}

}  // namespace civic_fuzz
