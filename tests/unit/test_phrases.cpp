// The searches that the recognisers run over every block: the phrase searches of the
// language tables, folding a text's start only, the date pre-check and the signatory
// header. Each fast path is checked against the plain way of answering the same question.
#include <civic/grammar/date.hpp>
#include <civic/lang/languages.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

// Texts in the shapes the recognisers meet: prose in several languages, lists, quotes,
// dashes, runs of white space, invalid bytes and a cut multi-byte sequence.
std::vector<std::string> const texts = {
    "",
    "We call on the Government of Westland to release all detained activists.",
    "We welcome the decision and call upon the authorities and urge the parliament to act:",
    "Мы призываем власти Республики Вестланд и требуем от властей освободить задержанных:",
    "Ми закликаємо уряд та вимагаємо від влади негайно звільнити активістів.",
    "Nous appelons les autorités à libérer les défenseurs et exhortons le gouvernement à agir.",
    "Wir fordern die Regierung dazu auf, und appellieren an den Bundestag:",
    "«Правозащитный центр» — директор, \xE2\x80\x9C" "Civic Forum\xE2\x80\x9D \xE2\x80\x93 Chair",
    "  Dr.   Anna   Novak\t\tJournalist ,  Human Rights Centre  ",
    "call-on calling upon\xC2\xA0" "call on",
    std::string("bad \xFF bytes \xE2\x80 and a cut \xD0", 26),
};

}  // namespace

TEST_CASE("find_last gives what a search for every call verb of every table gives") {
    for (auto const& raw : texts) {
        auto const lowered = utf8::lower_same_length(raw);
        // The plain way: every verb of every table, every place it stands as whole words;
        // the last place wins, then the longest verb, then the first table that lists it.
        std::size_t best = std::string::npos, best_len = 0;
        lang::language_table const* best_table = nullptr;
        for (auto const* t : lang::all_languages)
            for (std::string_view verb : t->call_verbs)
                for (auto pos = lang::find_phrase(lowered, verb); pos != std::string::npos;
                     pos = lang::find_phrase(lowered, verb, pos + 1))
                    if (best == std::string::npos || pos > best || (pos == best && verb.size() > best_len))
                        best = pos, best_len = verb.size(), best_table = t;
        auto const m = lang::find_last<&lang::language_table::call_verbs>(lowered);
        CAPTURE(raw);
        CHECK(m.position == best);
        if (best != std::string::npos) {
            CHECK(m.phrase.size() == best_len);
            CHECK(m.table == best_table);
        }
    }
    auto const m = lang::find_last<&lang::language_table::call_verbs>(
        utf8::lower_same_length("We welcome the decision and call upon the authorities and urge the parliament to act:"));
    REQUIRE(m);
    CHECK(m.phrase == "urge");
}

TEST_CASE("find_any finds the earliest phrase at a word start, and only there") {
    auto const folded = utf8::fold("Recalling the letter, we call upon the authorities");
    auto const m = lang::find_any<&lang::language_table::call_verbs>(folded);
    REQUIRE(m);
    CHECK(folded.substr(m.position, 9) == "call upon");  // "recalling" holds "call" inside a word
    CHECK_FALSE(lang::find_any<&lang::language_table::call_verbs>(std::string("recalling the letter")));
    CHECK_FALSE(lang::find_any<&lang::language_table::call_verbs>(std::string()));
}

TEST_CASE("fold_prefix is a prefix of fold, long enough, and all of it for short texts") {
    for (auto const& raw : texts) {
        auto const whole = utf8::fold(raw);
        for (std::size_t at_least : {0u, 1u, 3u, 7u, 16u, 40u, 200u}) {
            auto const start = utf8::fold_prefix(raw, at_least);
            CAPTURE(raw);
            CAPTURE(at_least);
            CHECK(whole.compare(0, start.size(), start) == 0);
            CHECK(start.size() >= std::min(at_least, whole.size()));
            CHECK(start.size() <= at_least + 5);
        }
        CHECK(utf8::fold_prefix(raw, std::string_view::npos) == whole);
    }
    // Invalid bytes grow into U+FFFD: the buffer must make room rather than overflow.
    std::string const invalid(100, '\xFF');
    CHECK(utf8::fold(invalid).size() == 300);
}

// starts_with_any<Field> on fold_start_for<Field>(raw) against it on the whole fold: the same
// phrase, and the same character after it (starts_with_person_title reads it).
template <auto Field>
void check_fold_start(std::string const& raw) {
    auto const whole = utf8::fold(raw);
    auto const start = lang::fold_start_for<Field>(raw);
    auto const a = lang::starts_with_any<Field>(whole);
    auto const b = lang::starts_with_any<Field>(start);
    CAPTURE(raw);
    CHECK(whole.compare(0, start.size(), start) == 0);
    CHECK(static_cast<bool>(a) == static_cast<bool>(b));
    CHECK(a.phrase == b.phrase);
    if (a) CHECK(whole.substr(a.phrase.size(), 1) == start.substr(b.phrase.size(), 1));
}

// Texts that begin with each phrase of `Field`, in capitals, cut short, run on into a word, or
// followed by more text, a long name, white space or a letter past ASCII: the folds of
// every length around the steps of fold_start_for.
template <auto Field>
void check_fold_start_around_phrases() {
    for (auto const& raw : texts) check_fold_start<Field>(raw);
    for (auto const* t : lang::all_languages)
        for (std::string_view p : t->*Field) {
            std::string upper(p);
            for (auto& c : upper)
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            for (std::string const& phrase : {std::string(p), upper, std::string(p.substr(0, p.size() - 1))})
                for (char const* after : {"", "s", " ", ", Centre for Civil Liberties", "  \t Journalist",
                                          "\xC2\xA0" "Anna", "\xD0\x96", " of the International Partnership for Human Rights"})
                    check_fold_start<Field>(phrase + after);
        }
}

TEST_CASE("a check of how a text begins answers the same on the folded start as on the whole fold") {
    check_fold_start_around_phrases<&lang::language_table::role_words>();
    check_fold_start_around_phrases<&lang::language_table::person_titles>();
    CHECK(lang::starts_with_any<&lang::language_table::role_words>(
        lang::fold_start_for<&lang::language_table::role_words>("Director, Action for Southern Africa")));
}

// starts_with_any<Field> against the walk down the trie alone, on every phrase of `Field`
// whole, cut to its first one or two bytes, run on into a word or followed by more, and on
// texts that open with no phrase: the test of the first two bytes before the walk turns no
// answer.
template <auto Field>
void check_first_pair_before_walk() {
    auto const& trie = lang::phrase_index<Field>::get();
    auto const same = [&](std::string const& folded) {
        CAPTURE(folded);
        auto const a = lang::starts_with_any<Field>(folded);
        auto const b = folded.empty() ? lang::phrase_match{} : trie.at(folded, 0, nullptr);
        CHECK(static_cast<bool>(a) == static_cast<bool>(b));
        CHECK(a.phrase == b.phrase);
        CHECK(a.table == b.table);
    };
    for (auto const* t : lang::all_languages)
        for (std::string_view p : t->*Field) {
            std::string const phrase = utf8::fold(p);
            for (std::string const& start : {phrase, phrase.substr(0, 1), phrase.substr(0, 2)})
                for (char const* after : {"", "s", " ", ": Mira Tallow", " 12", "\xD0\x96"}) same(start + after);
        }
    for (char const* text : {"association no 12 (chile)", "amber lantern association", "a", "\xC2\xA9", "12 comments",
                             "\xD0\xB0\xD1\x81\xD1\x81\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F", ""})
        same(text);
}

TEST_CASE("the places a phrase may start are the code points after no word character, read sixteen bytes at a time") {
    // The plain way: each code point that no word character precedes.
    auto const plain = [](std::string_view text) {
        std::vector<std::size_t> places;
        for (std::size_t pos = 0; pos < text.size(); pos += utf8::decode(text, pos).length)
            if (!lang::detail::word_char_before(text, pos)) places.push_back(pos);
        return places;
    };
    auto const read = [](std::string_view text, std::size_t last_start) {
        std::vector<std::size_t> places;
        lang::detail::for_each_phrase_start(text, last_start, [&](std::size_t pos, unsigned char b0, unsigned char b1) {
            CHECK(b0 == static_cast<unsigned char>(text[pos]));
            CHECK(b1 == (pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0));
            places.push_back(pos);
            return false;
        });
        return places;
    };
    std::vector<std::string> samples;
    for (auto const& raw : texts) samples.push_back(raw), samples.push_back(utf8::fold(raw));
    // Every kind of character at every place of a window of sixteen and across two: a letter,
    // a digit, a space, punctuation, a two-byte letter and one that is no letter, a three-byte
    // dash, an invalid byte, a cut sequence.
    for (char const* inserted : {"a", "Z", "7", " ", ",", "-", "\xD0\x96", "\xC2\xAB", "\xE2\x80\x93", "\xFF", "\xD0", "  ", ". "})
        for (std::size_t at = 0; at <= 34; ++at) {
            std::string text = "abcdefghijklmnopqrstuvwxyz0123456789 call upon";
            text.insert(at, inserted);
            samples.push_back(text);
            samples.push_back(text.substr(at));
        }
    for (auto const& text : samples) {
        CAPTURE(text);
        auto const all = plain(text);
        CHECK(read(text, std::string_view::npos) == all);
        for (std::size_t last_start : {std::size_t{0}, std::size_t{15}, std::size_t{16}, std::size_t{17}, std::size_t{31}}) {
            std::vector<std::size_t> upto;
            for (auto pos : all)
                if (pos <= last_start) upto.push_back(pos);
            CHECK(read(text, last_start) == upto);
        }
    }
}

TEST_CASE("a text is asked for a phrase at its start by its first two bytes first, with the walk's answer") {
    check_first_pair_before_walk<&lang::language_table::chrome_phrases>();
    check_first_pair_before_walk<&lang::language_table::role_words>();
    check_first_pair_before_walk<&lang::language_table::closings>();
    check_first_pair_before_walk<&lang::language_table::conjunctions>();
    // "Association No 12 (Chile)": its first pair opens no chrome phrase.
    CHECK_FALSE(lang::starts_with_any<&lang::language_table::chrome_phrases>("association no 12 (chile)"));
}

TEST_CASE("could_hold_date is false only where the date grammar finds nothing") {
    std::vector<std::string> const lines = {"7 January 2022", "January 2022", "07.01.2022", "2022-01-07",
                                            "7 января 2022 г.", "Tbilisi, July 14, 2009", "July 14",
                                            "Item 12, page 345", "no digits at all", ""};
    for (auto const& line : lines) {
        auto const lowered = utf8::lower_same_length(line);
        CAPTURE(line);
        if (!grammar::could_hold_date(line)) CHECK_FALSE(grammar::find_date(lowered));
    }
    CHECK(grammar::could_hold_date("7 January 2022"));
    CHECK_FALSE(grammar::could_hold_date("July 14, 209"));
}

TEST_CASE("a signatory header is a table's header, or a short heading with a colon that ends in one") {
    CHECK(recognise::is_signatory_header("signatories:"));
    CHECK(recognise::is_signatory_header("** signatories **"));
    CHECK(recognise::is_signatory_header("civil society organizations signatories:"));
    CHECK_FALSE(recognise::is_signatory_header("civil society organizations signatories"));  // no colon
    CHECK_FALSE(recognise::is_signatory_header("the nine words of this heading are too many signatories:"));
    CHECK_FALSE(recognise::is_signatory_header(""));
}

TEST_CASE("find_any finds what a try at every code point after a non-word character finds") {
    // The plain way: try the index at each code point that no word character precedes.
    auto plain = [](std::string_view folded, auto const& index) {
        for (std::size_t pos = 0; pos < folded.size(); pos += utf8::decode(folded, pos).length)
            if (!lang::detail::word_char_before(folded, pos))
                if (auto m = index.at(folded, pos, nullptr)) return m;
        return lang::phrase_match{};
    };
    std::vector<std::string> samples;
    for (auto const& raw : texts) samples.push_back(utf8::fold(raw));
    // Long words, digits and letters past ASCII inside words, where the scan skips ahead.
    samples.push_back("extraordinarilycallupon call9upon 12345678call upon xxxxxxxxxxxxxxxxxurge urge");
    samples.push_back("призываемпризываем abcdefghé call upon défenseursdéfenseurs призываем");
    samples.push_back("supercoalitionnetwork coalition7 network");
    for (auto const& folded : samples) {
        CAPTURE(folded);
        auto const a = lang::find_any<&lang::language_table::call_verbs>(folded);
        auto const b = plain(folded, lang::phrase_index<&lang::language_table::call_verbs>::get());
        CHECK(a.position == b.position);
        CHECK(a.phrase == b.phrase);
        auto const c = lang::find_any<&lang::language_table::coalition_markers>(folded);
        auto const d = plain(folded, lang::phrase_index<&lang::language_table::coalition_markers>::get());
        CHECK(c.position == d.position);
        CHECK(c.phrase == d.phrase);
    }
}

// fields_at on one trie of several fields against at() on each field's own trie, at every
// place of texts that hold each phrase of the fields whole, cut short, run on into a word or
// followed by more: where one field's phrase begins another's ("we" and "we call on"), the
// longer may run on into a word and the shorter still stand whole.
template <auto... Fields>
void check_fields_at_every_place() {
    lang::phrase_trie const trie(std::vector<lang::phrase_trie::listing>{lang::listed_phrases<Fields>()...});
    lang::phrase_trie const* const own[] = {&lang::phrase_index<Fields>::get()...};
    constexpr std::size_t field_count = sizeof...(Fields);
    auto const same = [&](std::string const& folded) {
        for (std::size_t pos = 0; pos < folded.size(); ++pos) {
            std::uint8_t expected = 0;
            for (std::size_t k = 0; k < field_count; ++k)
                if (own[k]->at(folded, pos, nullptr)) expected |= static_cast<std::uint8_t>(1u << k);
            CAPTURE(folded);
            CAPTURE(pos);
            CHECK(int{trie.fields_at(folded, pos, 0xFF)} == int{expected});
            CHECK(int{trie.fields_at(folded, pos, 0x05)} == int{expected & 0x05});
        }
    };
    for (auto const& raw : texts) same(utf8::fold(raw));
    auto const around = [&](std::string_view p) {
        std::string const phrase = utf8::fold(p);
        for (std::string const& start : {phrase, phrase.substr(0, phrase.size() - 1)})
            for (char const* after : {"", "s", " ", " the authorities", "ing", ", we", "\xD0\x96"}) same("x " + start + after);
    };
    for (auto const* t : lang::all_languages) (..., [&] {
        for (auto const& item : t->*Fields) around(lang::phrase_of(item));
    }());
}

TEST_CASE("one trie of several fields answers for each field as the field's own trie does") {
    check_fields_at_every_place<&lang::language_table::first_person_plural, &lang::language_table::opening_phrases,
                                &lang::language_table::appeal_cues, &lang::language_table::signing_cues>();
    lang::phrase_trie const trie(std::vector<lang::phrase_trie::listing>{
        lang::listed_phrases<&lang::language_table::first_person_plural>(),
        lang::listed_phrases<&lang::language_table::opening_phrases>()});
    // "we" stands whole where an opening phrase that begins with it runs on into a word.
    CHECK(trie.fields_at("we, the undersigned, call", 0, 3) == 3);
    CHECK(trie.fields_at("we, the undersignedx", 0, 3) == 1);
    CHECK(trie.fields_at("the tariffs", 0, 3) == 0);
}

TEST_CASE("find_each finds for each field what find_any finds, with the table preferred") {
    std::vector<std::string> samples;
    for (auto const& raw : texts) samples.push_back(utf8::fold(raw));
    // A kind word and a coalition marker, each early, late, alone or run on into a word.
    for (char const* raw : {"Joint statement of the members of the Amber Coalition", "Open letters: the network's members",
                            "Statementary networking", "Déclaration commune des membres du réseau",
                            "Совместное заявление членов коалиции", "Spólne oświadczenie członków sieci"})
        samples.push_back(utf8::fold(raw));
    for (auto const& folded : samples)
        for (auto const* preferred : {static_cast<lang::language_table const*>(nullptr), lang::all_languages[0],
                                      lang::all_languages[3], lang::all_languages[1]}) {
            CAPTURE(folded);
            auto const [kind, marker] =
                lang::find_each<&lang::language_table::kind_words, &lang::language_table::coalition_markers>(folded, preferred);
            auto const kind_alone = lang::find_any<&lang::language_table::kind_words>(folded, preferred);
            auto const marker_alone = lang::find_any<&lang::language_table::coalition_markers>(folded, preferred);
            CHECK(kind.position == kind_alone.position);
            CHECK(kind.phrase == kind_alone.phrase);
            CHECK(kind.table == kind_alone.table);
            CHECK(marker.position == marker_alone.position);
            CHECK(marker.phrase == marker_alone.phrase);
            CHECK(marker.table == marker_alone.table);
        }
}

TEST_CASE("phrase_presence answers each question as find_any does, in any order of questions") {
    using presence = lang::phrase_presence<&lang::language_table::first_person_plural, &lang::language_table::appeal_cues,
                                           &lang::language_table::signing_cues>;
    constexpr auto we = presence::bit_of<&lang::language_table::first_person_plural>();
    constexpr auto appeal = presence::bit_of<&lang::language_table::appeal_cues>();
    constexpr auto signing = presence::bit_of<&lang::language_table::signing_cues>();
    static_assert(we == 1 && appeal == 2 && signing == 4);
    static_assert(presence::bit_of<&lang::language_table::call_verbs>() == 0, "not one of its fields");
    auto plain = [](std::string_view folded, std::uint8_t asked) {
        bool any = false;
        if (asked & we) any = any || lang::find_any<&lang::language_table::first_person_plural>(folded);
        if (asked & appeal) any = any || lang::find_any<&lang::language_table::appeal_cues>(folded);
        if (asked & signing) any = any || lang::find_any<&lang::language_table::signing_cues>(folded);
        return any;
    };
    std::vector<std::string> samples;
    for (auto const& raw : texts) samples.push_back(utf8::fold(raw));
    // "we" early and a signing cue late: a question about "we" ends its pass at the start, and
    // the signing cue is learnt by a later pass; and texts that hold none (read to the end once).
    samples.push_back(utf8::fold("We regret this. The letter was signed by the Westland Civic Forum and join us."));
    samples.push_back(utf8::fold("The Tamarind Falls assembly met again today and discussed the new tariffs."));
    samples.push_back(utf8::fold("Подписали: Вестландский гражданский форум; мы призываем присоединиться."));
    std::uint8_t const orders[][3] = {{we, appeal, signing}, {signing, we, appeal}, {appeal, signing, we},
                                      {static_cast<std::uint8_t>(we | signing), appeal, we}};
    for (auto const& folded : samples)
        for (auto const& order : orders) {
            CAPTURE(folded);
            presence p;
            for (auto const asked : order) {
                CAPTURE(int{asked});
                CHECK(p.any(folded, asked) == plain(folded, asked));
                CHECK(p.any(folded, asked) == plain(folded, asked));  // asked again: the same
            }
        }
}

TEST_CASE("phrase_presence: a later question reads on from where the last pass ended, and answers as find_any does") {
    using presence = lang::phrase_presence<&lang::language_table::first_person_plural, &lang::language_table::appeal_cues,
                                           &lang::language_table::signing_cues>;
    constexpr auto we = presence::bit_of<&lang::language_table::first_person_plural>();
    constexpr auto appeal = presence::bit_of<&lang::language_table::appeal_cues>();
    constexpr auto signing = presence::bit_of<&lang::language_table::signing_cues>();
    auto plain = [](std::string_view folded, std::uint8_t asked) {
        bool any = false;
        if (asked & we) any = any || lang::find_any<&lang::language_table::first_person_plural>(folded);
        if (asked & appeal) any = any || lang::find_any<&lang::language_table::appeal_cues>(folded);
        if (asked & signing) any = any || lang::find_any<&lang::language_table::signing_cues>(folded);
        return any;
    };
    // The phrases of the fields in each order, one phrase at the start, one at the end, two at
    // one place ("signed by us"), and none of a field: each pass ends at a phrase, the next one
    // goes on from it.
    std::string const texts[] = {
        utf8::fold("Signed by the Westland Civic Forum. We regret this, and join us."),
        utf8::fold("The letter was signed by us on behalf of the Amber Network."),
        utf8::fold("Our partners met today; the statement is signed by the forum; we"),
        utf8::fold("The forum met today and discussed the tariffs, the port and the arrests."),
        utf8::fold("Мы призываем присоединиться. Подписали: Вестландский гражданский форум."),
    };
    std::uint8_t const orders[][3] = {{we, appeal, signing}, {signing, we, appeal}, {appeal, signing, we},
                                      {signing, appeal, we}, {we, signing, appeal}};
    for (auto const& folded : texts)
        for (auto const& order : orders) {
            CAPTURE(folded);
            presence p;
            for (auto const asked : order) {
                CAPTURE(int{asked});
                CHECK(p.any(folded, asked) == plain(folded, asked));
                CHECK(p.answered(asked));
            }
            for (auto const asked : order) CHECK(p.any(folded, asked) == plain(folded, asked));
        }
}
