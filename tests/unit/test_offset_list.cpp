// A list of offsets keeps 32 bits an offset while they fit, and every offset it was given,
// at any width, once one does not.
#include <civic/text/offset_list.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using civic::text::offset_list;

TEST_CASE("offset list: the offsets it was given, in order, 32 bits each while they fit") {
    offset_list list;
    CHECK(list.empty());
    list.reserve(4);
    for (std::size_t v : {0u, 7u, 4096u, 0xFFFFFFFFu}) list.push_back(v);
    REQUIRE(list.size() == 4);
    CHECK(list[0] == 0);
    CHECK(list[1] == 7);
    CHECK(list[2] == 4096);
    CHECK(list[3] == 0xFFFFFFFFu);
    CHECK_FALSE(list.wide());
    list.visit([](auto const& values) { CHECK(sizeof(values[0]) == sizeof(std::uint32_t)); });
    list.clear();
    CHECK(list.empty());
}

TEST_CASE("offset list: an offset past 4 GiB widens the list and keeps what it held") {
    if constexpr (sizeof(std::size_t) > sizeof(std::uint32_t)) {
        offset_list list;
        list.push_back(3);
        list.push_back(0xFFFFFFFFu);
        auto const far = std::size_t{0xFFFFFFFFu} + 5;
        list.push_back(far);
        list.push_back(far + 1);
        CHECK(list.wide());
        REQUIRE(list.size() == 4);
        CHECK(list[0] == 3);
        CHECK(list[1] == 0xFFFFFFFFu);
        CHECK(list[2] == far);
        CHECK(list[3] == far + 1);
        // The standard searches see the same values through visit().
        auto const found = list.visit([&](auto const& values) {
            return static_cast<std::size_t>(std::upper_bound(values.begin(), values.end(), far) - values.begin());
        });
        CHECK(found == 3);
        list.clear();
        CHECK(list.empty());
        CHECK_FALSE(list.wide());
        list.push_back(9);
        CHECK(list[0] == 9);
    }
}
