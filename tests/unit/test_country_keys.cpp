// The fast ways of country lookup, each checked against the plain way of answering the same
// question: a key folded in pieces against the key folded whole, and the hashed key index
// against a binary search of the sorted table.
#include <civic/geo/countries.hpp>
#include <civic/geo/country_table.hpp>

#include <doctest/doctest.h>

#include "country_names_data.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geo = civic::geo;

namespace {

// Texts in the shapes lookup meets: every name the table was generated from, titles that
// name countries among other capitalised words, acronym dots, articles, quotes, dashes, white
// space, invalid bytes and cut multi-byte sequences.
std::vector<std::string> texts() {
    std::vector<std::string> out = {
        "",
        " ",
        "Joint statement on the detention of river guides in Moldova",
        "Open Letter: The Republic of Moldova, the U.S.A. and D.R. Congo",
        "St. Lucia, St Kitts and Nevis; (Ukraine) [Georgia] \"Armenia\"",
        "L\xE2\x80\x99Ukraine et la R\xC3\xA9publique de Moldova \xE2\x80\x93 Guinea\xE2\x80\x90" "Bissau",
        "\xD0\x9E\xD0\xB1\xD1\x80\xD0\xB0\xD1\x89\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xBF\xD0\xBE \xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB8 \xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0",
        "The  United\tStates\xC2\xA0of America. ",
        "U. S. A.",
        "a.b.c. the the the",
        std::string("bad \xFF bytes \xE2\x80 and a cut \xD0", 26),
        std::string(170, 'a') + " Moldova",
    };
    for (auto const& n : civic_test::country_names) out.emplace_back(n.written);
    return out;
}

std::string whole_key(std::string_view text, std::size_t capacity) {
    std::vector<char> buf(capacity);
    return std::string(geo::fold_country_key(text, buf.data(), buf.size()));
}

// Whether a piece may begin at `i`: not on a continuation byte.
bool may_split_at(std::string_view text, std::size_t i) {
    return i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

// The plain way: a binary search of the sorted keys.
std::optional<std::string_view> searched(std::string_view key) {
    auto const first = std::begin(geo::generated::keys);
    auto const last = std::end(geo::generated::keys);
    auto const it = std::lower_bound(first, last, key, [](auto const& k, std::string_view v) { return k.key < v; });
    if (it == last || it->key != key) return std::nullopt;
    return geo::generated::countries[it->row].alpha2;
}

void check_lookup(std::string_view key) {
    auto const found = geo::find_folded(key);
    auto const expected = searched(key);
    CAPTURE(key);
    REQUIRE(found.has_value() == expected.has_value());
    if (found) CHECK(found->alpha2 == *expected);
}

}  // namespace

TEST_CASE("country keys: a text folded in two pieces gives the key of the whole, at every split") {
    for (auto const& text : texts()) {
        for (std::size_t capacity : {std::size_t{4}, std::size_t{12}, geo::country_key_capacity}) {
            auto const whole = whole_key(text, capacity);
            for (std::size_t split = 0; split <= text.size(); ++split) {
                if (!may_split_at(text, split)) continue;
                std::vector<char> buf(capacity);
                geo::country_key_folder folder(buf.data(), buf.size());
                folder.append(std::string_view(text).substr(0, split));
                // The key so far is the key of the first piece alone, and stays as it was.
                auto const first = folder.key();
                std::string const first_copy(first);
                CHECK(first_copy == whole_key(std::string_view(text).substr(0, split), capacity));
                folder.append(std::string_view(text).substr(split));
                CAPTURE(text);
                CAPTURE(split);
                CAPTURE(capacity);
                CHECK(std::string(folder.key()) == whole);
                CHECK(std::string(first) == first_copy);
            }
        }
    }
}

TEST_CASE("country keys: a text folded word by word gives the key of each stretch") {
    for (auto const& text : texts()) {
        char buf[geo::country_key_capacity];
        geo::country_key_folder folder(buf, sizeof buf);
        std::size_t from = 0;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != ' ' && text[i] != ',') continue;
            folder.append(std::string_view(text).substr(from, i - from));
            from = i;
            CAPTURE(text);
            CAPTURE(i);
            CHECK(std::string(folder.key()) == whole_key(std::string_view(text).substr(0, i), sizeof buf));
        }
    }
}

TEST_CASE("country keys: the key index finds what a binary search of the table finds") {
    for (auto const& k : geo::generated::keys) {
        check_lookup(k.key);
        // Near misses: cut short, one byte longer, a byte changed, which collide in the hash
        // or sit next to a key in the table.
        check_lookup(k.key.substr(0, k.key.size() - 1));
        check_lookup(std::string(k.key) + "s");
        std::string changed(k.key);
        changed[changed.size() / 2] ^= 1;
        check_lookup(changed);
    }
    for (auto const& text : texts()) check_lookup(whole_key(text, geo::country_key_capacity));
    check_lookup("");
    check_lookup(std::string(1, '\0'));
    CHECK(geo::find_folded("moldova")->alpha2 == "MD");
}
