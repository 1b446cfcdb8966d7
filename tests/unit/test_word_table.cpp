// The word tables' hash for short words: a lookup finds exactly the words a plain search
// finds, whatever their length (the hash reads words of up to 16 bytes by whole loads, and
// hands longer ones to the standard hash), and it tells the tables' phrases apart.
#include <civic/lang/languages.hpp>
#include <civic/lang/word_table.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

// Every stop word, header word and organisation word of every table: short words of one to
// four bytes a letter, and a few phrases past 16 bytes.
std::vector<std::string_view> table_words() {
    std::vector<std::string_view> words;
    for (auto const* t : lang::all_languages) {
        words.insert(words.end(), t->stop_words.begin(), t->stop_words.end());
        words.insert(words.end(), t->signatory_headers.begin(), t->signatory_headers.end());
        words.insert(words.end(), t->organisation_words.begin(), t->organisation_words.end());
    }
    return words;
}

}  // namespace

TEST_CASE("word_set finds what a plain search finds, at every length") {
    auto const words = table_words();
    lang::word_set set(words.begin(), words.end());
    std::set<std::string_view> const plain(words.begin(), words.end());
    REQUIRE(set.size() == plain.size());

    // The words, and near misses of every length: each prefix, each word with one byte
    // changed (also to an invalid byte), and runs of one letter from empty to 40 bytes.
    std::vector<std::string> probes(words.begin(), words.end());
    for (std::string_view w : words) {
        for (std::size_t k = 0; k < w.size(); ++k) {
            probes.emplace_back(w.substr(0, k));
            std::string changed(w);
            changed[k] = static_cast<char>(changed[k] ^ 0x01);
            probes.push_back(changed);
            changed[k] = '\xFF';
            probes.push_back(changed);
        }
        probes.push_back(std::string(w) + "s");
    }
    for (std::size_t n = 0; n <= 40; ++n) probes.emplace_back(n, 'e');

    for (auto const& p : probes) {
        CAPTURE(p);
        CHECK((set.count(p) == 1) == (plain.count(p) == 1));
    }
}

TEST_CASE("word_hash tells apart every word of the tables") {
    std::set<std::string_view> distinct;
    for (auto w : table_words()) distinct.insert(w);
    std::set<std::size_t> hashes;
    for (auto w : distinct) hashes.insert(lang::word_hash{}(w));
    CHECK(hashes.size() == distinct.size());
    // The same bytes hash the same wherever they are stored.
    std::string const copy = "organisation";
    CHECK(lang::word_hash{}(copy) == lang::word_hash{}(std::string_view("organisation")));
}
