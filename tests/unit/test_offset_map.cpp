// The map from cleaned positions back to the input: a query searched from a hint (where an
// earlier one left the search) gives what a search of the whole map gives, whatever order
// the queries come in.
#include <civic/text/offset_map.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

using namespace civic;

namespace {

// A map of many anchors: every few cleaned positions a deletion (a pair of anchors at one
// position, as "</b>" leaves), an insertion or a replacement that changes the length.
offset_map many_anchors(std::size_t& clean_size) {
    offset_map m;
    std::size_t clean = 0, original = 0;
    for (int k = 0; k < 400; ++k) {
        clean += 3 + static_cast<std::size_t>(k % 5);
        original += 3 + static_cast<std::size_t>(k % 5);
        switch (k % 3) {
            case 0:  // a deletion of four bytes: the end of what precedes, then the start of what follows
                m.add_deletion_start(clean, original);
                original += 4;
                m.add(clean, original);
                break;
            case 1:  // two bytes became one
                original += 1;
                m.add(clean, original);
                break;
            default:  // a byte inserted
                clean += 1;
                m.add(clean, original);
                break;
        }
    }
    clean_size = clean + 10;
    return m;
}

}  // namespace

TEST_CASE("offset map: queries from a hint give what a search of the whole map gives, in any order") {
    std::size_t size = 0;
    auto const m = many_anchors(size);
    REQUIRE(m.anchors().size() > 300);
    auto const check = [&](std::size_t clean, std::size_t& hint) {
        CAPTURE(clean);
        CHECK(m.to_original(clean, hint) == m.to_original(clean));
        CHECK(m.to_original_end(clean, hint) == m.to_original_end(clean));
    };
    std::size_t hint = 0;
    for (std::size_t c = 0; c <= size; ++c) check(c, hint);      // onwards, as the recognisers ask
    for (std::size_t c = size + 1; c-- > 0;) check(c, hint);     // backwards
    for (std::size_t k = 0, c = 0; k < 3000; ++k) {              // jumps both ways
        c = (c * 37 + 101) % (size + 1);
        check(c, hint);
    }
    std::size_t stale = m.anchors().size() + 5;  // a hint past the end is searched from the start
    check(size / 2, stale);
}

TEST_CASE("offset map: a deletion maps its cleaned position to the end of what precedes it and the start of what follows") {
    offset_map m;
    m.add_deletion_start(5, 5);  // "hello</b> world": the tag's four bytes go
    m.add(5, 9);
    std::size_t hint = 0;
    CHECK(m.to_original(5, hint) == 9);
    CHECK(m.to_original_end(5, hint) == 5);
    CHECK(m.to_original(7, hint) == 11);
    CHECK(m.to_original_end(3, hint) == 3);
}
