// phrase_index, the trie of every phrase of a field, against a plain search over the tables:
// for every phrase of every field, and the near misses around it (cut short, extended by a
// letter, a multi-byte letter, a space and a word, punctuation, at the end of the text and
// after other text), at() names the same phrase and table: the longest phrase, no shorter one
// when the longest ends inside a word, and the preferred table where it lists the phrase.
#include <civic/lang/languages.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

// Every phrase of every table tried in turn: the longest that `text` has at `pos` wins, the
// first table that lists it names it unless `preferred` lists it too.
template <auto Field>
lang::phrase_match plain_at(std::string_view text, std::size_t pos, lang::language_table const* preferred) {
    std::string_view best;
    lang::language_table const* table = nullptr;
    for (auto const* t : lang::all_languages)
        for (auto const& item : t->*Field) {
            std::string_view const p = lang::phrase_of(item);
            if (p.empty() || text.substr(pos, p.size()) != p) continue;
            if (p.size() > best.size()) best = p, table = t;
            else if (p == best && t == preferred) table = t;
        }
    if (best.empty()) return {};
    if (lang::detail::phrase_edge_is_word(best, true) && lang::detail::word_char_at(text, pos + best.size()))
        return {};
    return {pos, best, table};
}

// The phrase without its last code point.
std::string_view cut_short(std::string_view p) {
    std::size_t end = p.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(p[end]) & 0xC0) == 0x80) --end;
    return p.substr(0, end);
}

template <auto Field>
void check_against_plain_search() {
    auto const& index = lang::phrase_index<Field>::get();
    std::vector<std::string> texts;
    for (auto const* t : lang::all_languages)
        for (auto const& item : t->*Field) {
            std::string const p(lang::phrase_of(item));
            if (p.empty()) continue;
            for (char const* after : {"", "x", " word", "\xD0\xB6" /* ж */, "\xC3\xA9" /* é */, ", and", "-"})
                texts.push_back(p + after);
            texts.emplace_back(cut_short(p));
            texts.push_back(p.substr(0, p.size() - 1));  // maybe inside a code point
        }
    std::size_t const tables = std::size(lang::all_languages);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        // Every table preferred in turn, and none.
        auto const* preferred = i % (tables + 1) < tables ? lang::all_languages[i % (tables + 1)] : nullptr;
        for (std::string const before : {"", "x ", "\xC2\xAB"}) {
            std::string const text = before + texts[i];
            auto const a = index.at(text, before.size(), preferred);
            auto const b = plain_at<Field>(text, before.size(), preferred);
            if (a.position == b.position && a.phrase == b.phrase && a.table == b.table) continue;
            CAPTURE(text);
            CHECK(a.position == b.position);
            CHECK(a.phrase == b.phrase);
            CHECK(a.table == b.table);
        }
    }
}

template <auto... Fields>
void check_fields() {
    (check_against_plain_search<Fields>(), ...);
}

}  // namespace

TEST_CASE("phrase_index finds what a plain longest-prefix search over the tables finds") {
    using lt = lang::language_table;
    check_fields<&lt::kind_words, &lt::months, &lt::stop_words, &lt::opening_phrases, &lt::call_verbs,
                 &lt::signatory_headers, &lt::chrome_phrases, &lt::person_titles, &lt::organisation_words,
                 &lt::conjunctions, &lt::list_closers, &lt::addressee_openers, &lt::coalition_markers,
                 &lt::name_column_words, &lt::country_column_words, &lt::obligation_words, &lt::reporting_markers,
                 &lt::appeal_cues, &lt::infinitive_markers, &lt::day_suffixes, &lt::date_linkers, &lt::today_words,
                 &lt::role_words, &lt::first_person_plural, &lt::salutations, &lt::closings, &lt::subject_openers, &lt::behalf_phrases,
                 &lt::topic_markers, &lt::signing_cues,
                 &lt::call_prepositions, &lt::articles, &lt::legal_form_words, &lt::patronymic_endings,
                 &lt::given_names>();
}

TEST_CASE("phrase_index: the longest phrase, or none when it ends inside a word") {
    auto const& index = lang::phrase_index<&lang::language_table::call_verbs>::get();
    auto const m = index.at("we call upon you", 3, nullptr);
    REQUIRE(m);
    CHECK(m.phrase == "call upon");
    CHECK(m.table == &lang::en);
    CHECK_FALSE(index.at("we call uponx", 3, nullptr));  // not "call" instead
    CHECK_FALSE(index.at("", 0, nullptr));
}
