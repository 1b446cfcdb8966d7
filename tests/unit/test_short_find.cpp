// The inline searches of short texts give what std::string_view's find and rfind give, for
// every needle of the entry reader and every start, in texts that hold them at the edges,
// twice, overlapping and cut off.
#include <civic/text/short_find.hpp>

#include <doctest/doctest.h>

#include <string_view>

using namespace civic;

TEST_CASE("find_short and rfind_short agree with string_view's find and rfind") {
    std::string_view const needles[] = {", ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ",", "aa"};
    std::string_view const texts[] = {
        "",
        ",",
        ", ",
        "Name, role, Organisation",
        "A - B - C",
        "Head \xE2\x80\x93 Tail \xE2\x80\x94 End",
        "ends with a cut dash \xE2\x80",
        "aaa, ,, ,  - -  aaaa",
        "  - ",
        "- ",
    };
    for (auto text : texts)
        for (auto needle : needles) {
            CAPTURE(text);
            CAPTURE(needle);
            CHECK(text::rfind_short(text, needle) == text.rfind(needle));
            for (std::size_t from = 0; from <= text.size() + 1; ++from) {
                CAPTURE(from);
                CHECK(text::find_short(text, needle, from) == text.find(needle, from));
            }
        }
}
