// detect_language looks a word up among the stop words only when some stop word has its
// length and its first and last bytes (a filter in front of the hash lookup). The filter
// must pass every stop word of every table: each one, alone, must be scored as the stop
// word it is, exactly as the plain rule scores it (1/k of the word's weight to each of the
// k tables that list it), and not as a word no table lists.
#include <civic/lang/detect.hpp>
#include <civic/lang/languages.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <iterator>
#include <string_view>

using namespace civic;

namespace {

// The guess for a text of one stop word: the detector's arithmetic for a single word on a
// single line, written out.
lang::language_guess one_stop_word(std::string_view word) {
    constexpr std::size_t n = std::size(lang::all_languages);
    bool listed[n] = {};
    std::size_t k = 0;
    for (std::size_t t = 0; t < n; ++t)
        for (auto sw : lang::all_languages[t]->stop_words)
            if (sw == word && !listed[t]) listed[t] = true, ++k;
    double const position = 1.0 / (1.0 + static_cast<double>(word.size()) / lang::detect_detail::position_scale);
    double const each = position / static_cast<double>(k);
    std::size_t best = n;
    double sum = 0;
    for (std::size_t t = 0; t < n; ++t)
        if (listed[t]) {
            sum += each;
            if (best == n) best = t;  // ties go to the earlier table
        }
    return {lang::all_languages[best]->code, each / sum * (sum / (sum + 2.0))};
}

}  // namespace

TEST_CASE("detect_language scores every stop word of every table as a stop word") {
    for (auto const* table : lang::all_languages)
        for (auto word : table->stop_words) {
            CAPTURE(word);
            auto const guess = lang::detect_language(word);
            auto const expected = one_stop_word(word);
            CHECK(guess.code == expected.code);
            CHECK(guess.confidence == expected.confidence);  // to the bit
        }
}
