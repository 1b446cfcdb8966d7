// The fast paths of the clean-up and of block segmentation against the plain way, over many
// generated texts: eight bytes tested at once (printable ASCII in normalise_characters, white
// space to collapse in collapse_spaces), a word of two-byte letters passed over at once, tag
// names told apart by a switch, and the list-marker grammar tried only where a marker can
// start; a short block's separators surveyed once, and asked before a search. Each must give
// what testing a byte, a code point or a name at a time gives.
#include <civic/grammar/list_marker.hpp>
#include <civic/grammar/signatory.hpp>
#include <civic/layout/segment.hpp>
#include <civic/recognise/impl/block_predicates.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/combining_marks.hpp>
#include <civic/text/rewriter.hpp>
#include <civic/text/short_find.hpp>
#include <civic/text/utf8.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace civic;

namespace {

// A small deterministic generator, so that a failure shows the same text every run.
struct generator {
    std::uint64_t state;
    std::size_t below(std::size_t n) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return static_cast<std::size_t>((state >> 33) % n);
    }
};

// Lines joined from 1 to `most` of `parts` (after "- " where `marked` asks for a list's marker
// at random), cleaned and segmented, each block given to `check` as surveyed and as unsurveyed
// (every separator said to be there), with the cleaned text: a fast path that asks the survey
// must give what the slow one does.
template <std::size_t N, class Check>
void for_each_generated_block(char const* const (&parts)[N], std::uint64_t seed, int rounds, std::size_t most, bool marked,
                              Check&& check) {
    generator g{seed};
    for (int round = 0; round < rounds; ++round) {
        std::string line = marked && g.below(2) ? "- " : "";
        for (std::size_t k = 0, n = 1 + g.below(most); k < n; ++k) line += parts[g.below(N)];
        diagnostics diags;
        auto const cleaned = text::clean_up(line, diags);
        auto const segmented = layout::segment(cleaned);
        for (auto const& b : segmented.blocks) {
            auto unsurveyed = b;
            unsurveyed.separators = layout::every_separator;
            check(b, unsurveyed, std::string_view(cleaned.text));
        }
    }
}

// Texts built of pieces that each path treats apart: printable ASCII, line ends of every
// kind, tabs and other controls, two-byte letters and the two-byte characters that are
// replaced, longer sequences, cut and invalid sequences, markup.
std::string random_text(generator& g, std::size_t pieces) {
    static char const* const parts[] = {
        "a", "Word", " ", "  ", "\t", "\n", "\r\n", "\r", "\f", "\x0B", "\x01", "\x7F", "~",
        "\xC3\xA9",                  // é
        "e\xCC\x81", "\xCC\x88",      // a letter and a combining mark (NFD), a mark alone
        "\xD0\x9F\xD1\x80\xD0\xB8",  // При
        "\xC2\xA0", "\xC2\xAD", "\xC2\x85", "\xC2\xB7",
        "\xE2\x80\x8B", "\xE2\x80\xA8", "\xE2\x80\x93", "\xE3\x80\x80", "\xEF\xBB\xBF",
        "\xF0\x9F\x99\x82",
        "\xC3", "\xD0", "\x80", "\xBF", "\xFF", "\xE2\x80", "\xF0\x9F\x99", "\xC0\xAF", "\xED\xA0\x80",
        "<p>", "</li>", "&amp;", "**", "__", "[x](y)", "1. ", "iv) ", "- ",
        "the quick brown fox jumps", "0123456789"};
    constexpr std::size_t count = sizeof parts / sizeof parts[0];
    std::string s;
    for (std::size_t k = 0; k < pieces; ++k) s += parts[g.below(count)];
    return s;
}

// normalise_characters the plain way: every code point decoded and judged, and each one
// replaced written with the rewriter, as the stage does (once a text in a single-byte encoding
// is decoded: decode_legacy_encoding).
cleaned_text plain_normalise(cleaned_text const& in, std::size_t& invalid, std::size_t& controls) {
    auto const& s = in.text;
    rewriter w(in);
    std::size_t kept = 0;
    invalid = controls = 0;
    for (std::size_t i = 0; i < s.size();) {
        auto const d = utf8::decode(s, i);
        char const* replacement = nullptr;
        if (!d.valid) {
            ++invalid;
            replacement = "\xEF\xBF\xBD";
        } else if (utf8::is_combining_mark(d.cp)) {
            // With the letter before it, not one written here, the one letter they make.
            auto const letter = i > kept ? utf8::decode_before(s, i) : utf8::decoded{};
            char32_t const c = letter.valid && i - letter.length >= kept ? utf8::composed(letter.cp, d.cp) : 0;
            if (c != 0) {
                std::string bytes;
                utf8::append(bytes, c);
                w.keep(kept, i - letter.length);
                w.replace(i - letter.length, i + d.length, bytes);
                kept = i + d.length;
            }
        } else if (d.cp == 0xA0 || d.cp == 0x1680 || (d.cp >= 0x2000 && d.cp <= 0x200A) || d.cp == 0x202F ||
                   d.cp == 0x205F || d.cp == 0x3000) {
            replacement = " ";
        } else if (d.cp == 0xAD || (d.cp >= 0x200B && d.cp <= 0x200D) || d.cp == 0x2060 || d.cp == 0xFEFF) {
            replacement = "";
        } else if (d.cp == 0x2028 || d.cp == 0x2029 || d.cp == 0x85 || d.cp == 0x0B) {
            replacement = "\n";
        } else if (d.cp != '\n' && d.cp != '\t' && (d.cp < 0x20 || d.cp == 0x7F || (d.cp >= 0x80 && d.cp < 0xA0))) {
            ++controls;
            replacement = " ";
        }
        if (replacement) {
            w.keep(kept, i);
            w.replace(i, i + d.length, replacement);
            kept = i + d.length;
        }
        i += d.length;
    }
    w.keep(kept, s.size());
    return std::move(w).finish();
}

bool same_anchors(offset_map const& a, offset_map const& b) {
    auto const &x = a.anchors(), &y = b.anchors();
    if (x.size() != y.size()) return false;
    for (std::size_t k = 0; k < x.size(); ++k)
        if (x[k].clean != y[k].clean || x[k].original != y[k].original) return false;
    return true;
}

// collapse_spaces the plain way: the words between runs of spaces, tabs and line breaks,
// joined by one space.
std::string plain_collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace

TEST_CASE("fast paths: normalise_characters gives the text, the map and the counts of a code point at a time") {
    generator g{1};
    for (int round = 0; round < 3000; ++round) {
        auto const input = random_text(g, g.below(40));
        CAPTURE(input);
        // After the line ends are made LF, as in clean_up, and straight from the input.
        for (auto const& in : {text::wrap(input), text::normalise_line_endings(text::wrap(input))}) {
            diagnostics diags;
            auto const fast = text::normalise_characters(in, diags);
            std::size_t invalid = 0, controls = 0;
            diagnostics decoding;  // of a text the stage reads as a single-byte encoding
            auto const plain = plain_normalise(text::decode_legacy_encoding(in, decoding), invalid, controls);
            REQUIRE(fast.text == plain.text);
            CHECK(same_anchors(fast.map, plain.map));
            CHECK(diags.size() == decoding.size() + static_cast<std::size_t>(invalid > 0) +
                                      static_cast<std::size_t>(controls > 0));
            for (std::size_t i = 0; i <= fast.text.size(); ++i) CHECK(fast.to_original(i) == plain.to_original(i));
        }
    }
}

TEST_CASE("fast paths: normalise_characters finds a byte to replace at every place of an eight-byte word") {
    for (std::string const odd : {"\x01", "\x7F", "\xC2\xA0", "\xC2\x85", "\xFF", "\xE2\x80\x8B", "\xC3"}) {
        for (std::size_t at = 0; at < 20; ++at) {
            auto input = std::string(at, 'x') + odd + std::string(20, 'y');
            CAPTURE(input);
            diagnostics diags;
            auto const fast = text::normalise_characters(text::wrap(input), diags);
            std::size_t invalid = 0, controls = 0;
            auto const plain = plain_normalise(text::decode_legacy_encoding(text::wrap(input), diags), invalid, controls);
            CHECK(fast.text == plain.text);
            CHECK(same_anchors(fast.map, plain.map));
        }
    }
}

TEST_CASE("fast paths: collapse_spaces gives the words joined by one space") {
    generator g{2};
    static char const bytes[] = {' ', ' ', ' ', '\t', '\n', 'a', 'b', '.', '\x01', '\x1F', '\x7F', '\xC3', '\xA9'};
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        for (std::size_t n = g.below(40); n > 0; --n) s += bytes[g.below(sizeof bytes)];
        CAPTURE(s);
        CHECK(layout::collapse_spaces(s) == plain_collapse(s));
    }
    // Two spaces, a tab or a line break at every place of a text and of its last word.
    for (std::string_view white : {"  ", "\t", "\n"}) {
        for (std::size_t length = 2; length < 30; ++length) {
            for (std::size_t at = 1; at + 1 < length; ++at) {
                std::string s(length, 'x');
                s.replace(at, 1, white);
                CAPTURE(s);
                CHECK(layout::collapse_spaces(s) == plain_collapse(s));
            }
        }
    }
}

TEST_CASE("fast paths: collapse_spaces reads long texts sixteen bytes a step as it reads a byte at a time") {
    // Texts of several steps of sixteen bytes and a last few, and runs of white space that
    // cross from one step into the next.
    generator g{3};
    static char const bytes[] = {' ', ' ', '\t', '\n', 'a', 'b', 'c', 'd', 'e', '.', '\x01', '\x0B', '\x7F', '\xC3', '\xA9'};
    for (int round = 0; round < 20000; ++round) {
        std::string s;
        for (std::size_t n = g.below(80); n > 0; --n) s += bytes[g.below(sizeof bytes)];
        CAPTURE(s);
        CHECK(layout::collapse_spaces(s) == plain_collapse(s));
    }
    // A run of white space of one to three bytes, and a control character, at every place of
    // texts of up to three steps and a half, between words on both sides.
    for (std::string_view odd : {" ", "  ", "\t", "\n", " \n ", "\x01", "\n\x0C"}) {
        for (std::size_t length = 2; length < 58; ++length) {
            for (std::size_t at = 1; at + 1 < length; ++at) {
                std::string s(length, 'x');
                s.replace(at, 1, odd);
                CAPTURE(s);
                CHECK(layout::collapse_spaces(s) == plain_collapse(s));
            }
        }
    }
}

TEST_CASE("fast paths: parse_list_marker reads what the list-marker grammar reads") {
    auto grammar_reads = [](std::string_view line) -> std::optional<grammar::ast::list_marker> {
        grammar::ast::list_marker marker;
        char const* first = line.data();
        if (!grammar::x3::parse(first, line.data() + line.size(), grammar::list_marker(), marker)) return std::nullopt;
        marker.last = first;
        return marker;
    };
    std::vector<std::string> lines;
    for (std::string_view start : {"", "(", "1", "12", "123", "1234", "i", "iv", "xviii", "xviiii", "XIV", "a", "B", "z",
                                   "ab", "abc", "Abcdef", "-", "*", "+", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94",
                                   "\xE2\x97\x8F", "\xE2\x97\x8B", "\xE2\x9E\xA2", "\xC2\xB7", "\xD0\xB0", "(\xD0\xB2", "\xD0\xBE", "\xEF\x82\xB7", "\xC3\xA9", "#", "|", " ", "\t", ".", "1.2", "12.3", "1.23"})
        for (std::string_view end : {"", ".", ")", ". ", ") ", " ", "\t", "x", ".x", ")\tx", "  Release", " - Name", "- 3",
                                     " \xE2\x80\x93 Name"})
            lines.push_back(std::string(start) + std::string(end));
    for (int c = 0; c < 256; ++c)
        for (std::string_view end : {"", ".", ") ", " x", "x. y"}) lines.push_back(std::string(1, static_cast<char>(c)) + std::string(end));
    for (auto const& line : lines) {
        CAPTURE(line);
        auto const fast = grammar::parse_list_marker(line);
        auto const plain = grammar_reads(line);
        REQUIRE(fast.has_value() == plain.has_value());
        if (!fast) continue;
        CHECK(fast->kind == plain->kind);
        CHECK(fast->value == plain->value);
        CHECK(fast->last == plain->last);
    }
}

TEST_CASE("fast paths: strip_markup tells tag names apart as comparing them with the known ones does") {
    std::vector<std::string_view> const block = {
        "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "tr", "table", "section", "article", "header",
        "footer", "blockquote", "hr", "main", "nav", "aside", "figure", "figcaption", "dl", "dt", "dd", "title", "time",
        "template", "body", "html", "head"};
    auto is_block = [&](std::string_view name) {
        for (auto b : block)
            if (name == b) return true;
        return false;
    };
    std::vector<std::string> names = {"li", "td", "th", "a", "b", "span", "em", "pre", "lix", "h7", "h10", "tdx", "headers",
                                      "blockquotes", "blockquot", "figcaptio", "figcaptions", "templates", "templat",
                                      "figcapt1on", "abcdefghijklmnopq", "abcdefghijklmnop", "scripts", "x"};
    for (auto b : block) {
        names.emplace_back(b);
        names.push_back(std::string(b) + "x");
        names.push_back(std::string(b) + "1");
        if (b.size() > 1) names.emplace_back(b.substr(0, b.size() - 1));
    }
    for (auto const& name : names) {
        for (bool upper : {false, true}) {
            std::string written = name;
            if (upper)
                for (auto& c : written) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
            // Two tags, so that the text counts as markup.
            auto const input = "A<" + written + " class=\"k\">B</" + written + ">C";
            CAPTURE(input);
            std::string expected;
            if (name == "li") expected = "A\n- BC";
            else if (name == "h1") expected = "A\n# B\nC";  // the page's heading, as Markdown writes it
            else if (name == "td" || name == "th") expected = "A | BC";
            else if (name == "nav" || name == "footer" || name == "aside") expected = "A\n\nB\n\nC";  // chrome, set apart
            else if (is_block(name)) expected = "A\nB\nC";
            else expected = "ABC";
            CHECK(text::strip_markup(text::wrap(input)).text == expected);
        }
    }
}

TEST_CASE("fast paths: a block's survey holds the separators its content holds, which its fold keeps") {
    generator g{29};
    for (int round = 0; round < 300; ++round) {
        auto const input = random_text(g, 1 + g.below(40)) + ": a|b@c_d\t/e,f;(g).h>i&j[k*l\xC2\xA9";
        auto const cut = input.substr(0, g.below(input.size() + 1));
        diagnostics diags;
        auto const cleaned = text::clean_up(cut, diags);
        auto const segmented = layout::segment(cleaned);
        for (auto const& b : segmented.blocks) {
            auto const raw = std::string_view(cleaned.text).substr(b.content_begin, b.end - b.content_begin);
            CAPTURE(raw);
            if (raw.size() > layout::block::surveyed_size) {
                CHECK(b.separators == layout::every_separator);
                continue;
            }
            auto const folded = utf8::fold(b.text);
            auto const lowered = utf8::lower_same_length(b.text);
            for (std::size_t k = 0; k + 1 < sizeof layout::detail::surveyed_separators; ++k) {
                char const c = layout::detail::surveyed_separators[k];
                bool const surveyed = (b.separators & layout::detail::separator_bits.of[static_cast<unsigned char>(c)]) != 0;
                CAPTURE(c);
                CHECK(surveyed == (raw.find(c) != std::string_view::npos));
                if (!surveyed) {
                    CHECK(b.text.find(c) == std::string_view::npos);
                    CHECK(folded.find(c) == std::string::npos);
                    CHECK(lowered.find(c) == std::string::npos);
                }
            }
        }
    }
    // "©", "·", "«" and the no-break space share the lead byte 0xC2; the fold writes the space
    // and the quotation mark as ASCII and keeps the others.
    for (std::string_view line : {"Amber Forum \xC2\xA9 2026", "Home \xC2\xB7 News", "\xC2\xAB Amber \xC2\xBB", "Amber\xC2\xA0" "Forum"}) {
        diagnostics diags;
        auto const cleaned = text::clean_up(line, diags);
        auto const segmented = layout::segment(cleaned);
        auto const& b = segmented.blocks.at(0);
        CAPTURE(line);
        if (!b.may_hold<'\xC2'>()) CHECK(utf8::fold(b.text).find('\xC2') == std::string::npos);
    }
    // A block made by hand has no survey, and may hold any.
    layout::block made;
    made.text = "Name: Mira Tallow";
    CHECK(made.may_hold<':'>());
    CHECK(made.may_hold<'|'>());
}

TEST_CASE("fast paths: separators_in finds each separator at every place of a text, eight bytes a step") {
    auto const bit = [](char c) { return layout::detail::separator_bits.of[static_cast<unsigned char>(c)]; };
    for (std::size_t size = 0; size <= 26; ++size) {
        std::string const letters(size, 'a');
        CHECK(layout::separators_in(letters) == 0);
        for (std::size_t at = 0; at < size; ++at)
            for (std::size_t k = 0; k + 1 < sizeof layout::detail::surveyed_separators; ++k) {
                char const c = layout::detail::surveyed_separators[k];
                auto text = letters;
                text[at] = c;
                CAPTURE(size);
                CAPTURE(at);
                CAPTURE(c);
                CHECK(layout::separators_in(text) == bit(c));
                // With another one at the text's end: both, from the step and from the bytes after it.
                if (at + 1 == size) continue;
                text.back() = '|';
                CHECK(layout::separators_in(text) == (bit(c) | bit('|')));
            }
    }
}

TEST_CASE("fast paths: a line read as entries gives with its survey what it gives without") {
    // Lines of lists in the shapes the survey tells apart: labels and colons, blanks to sign in,
    // tabs, semicolons, bars, parentheses, addresses; and lines with none of them.
    static char const* const parts[] = {
        "Amber Coalition", "Mira Tallow", " (AC)", " (Kenya)", ", Kenya", ", journalist", ": ", "Name: ",
        "Signatories: ", "Kazakhstan: ", "For: ", " ______", " .....", "; ", " | ", "\t", " \xE2\x80\x93 ",
        "e.V.", "Dr. ", " info@amber.example", " https://amber.example", " and its members:", ".", ":", "?",
        " Steppe Rights Centre", ", Almaty", " \xC2\xB7 ", "Association No 12", " / ", "[1]", "*"};
    for_each_generated_block(parts, 31, 3000, 6, true, [](auto const& b, auto const& unsurveyed, std::string_view cleaned) {
        auto const raw = cleaned.substr(b.content_begin, b.end - b.content_begin);
        CAPTURE(raw);
        auto const surveyed_reading = recognise::read_entry_block(b, raw);
        auto const plain_reading = recognise::read_entry_block(unsurveyed, raw);
        CHECK(surveyed_reading.likelihood == plain_reading.likelihood);
        CHECK(surveyed_reading.read == plain_reading.read);
        CHECK(surveyed_reading.person_entry == plain_reading.person_entry);
        CHECK(surveyed_reading.signatories == plain_reading.signatories);
    });
}

TEST_CASE("fast paths: a line asked whether it is a page's chrome gives with its survey what it gives without") {
    // A page's chrome in the shapes the survey and the last letters tell apart (bars, a logo's
    // text, counted tags, a copyright's sign, keys before a colon, addresses), and the lines of
    // a list of signers beside them. A cookie banner's word, sought at its 'k', is found where a
    // search of the word finds it.
    static char const* const parts[] = {
        "Home", " | ", "Share", "Privacy Policy", " logo", "Sudan", " + 2 more", "Tags: ", "Contact: ",
        "\xC2\xA9 2026", " \xC2\xB7 ", "This website uses cookies", "4 Comments", "Posted in Statements",
        "Association No 12", " (Chile)", ", Kenya", "Mira Tallow", " info@amber.example", " / ", " > ", "News", ".", ":",
        "cookie", "Cook", "ie", "k", "Coo"};
    for_each_generated_block(parts, 37, 3000, 5, false, [](auto const& b, auto const& unsurveyed, std::string_view) {
        CAPTURE(b.text);
        auto const folded = utf8::fold(b.text);
        CHECK(recognise::document_detail::is_chrome(b, folded) == recognise::document_detail::is_chrome(unsurveyed, folded));
        CHECK(recognise::document_detail::holds_cookie(folded) == (text::find_short(folded, "cookie") != std::string_view::npos));
    });
}

TEST_CASE("fast paths: a line asked whether it holds a postcode gives after its byte test what its words give") {
    // Addresses' lines (postcodes of capitals and digits, of four digits and more, with a
    // country's letters and a dash, a building's number), years, and a list's numbered entries,
    // with words that open with a bracket, a lower-case or a non-ASCII letter, and runs of spaces.
    static char const* const words[] = {
        "London", "SW1A", "2AH", "DC", "20515", "DK-1456", "Copenhagen", "K", "2138", "Rayburn", "2026", "1999",
        "Association", "No", "12", "12.", "1024", "(Chile)", "Kenya,", "COVID-19", "A-12", "a1",
        ("\xC5\x81\xC3\xB3" "d\xC5\xBA"),  // "Łódź": two literals, or the 'd' would be read into the escape before it
        "\xD1\x83\xD0\xBB.", "050012,", "B-1000", "K1A", "0B1", "", "Watch", "www.amber.example", "+44", "2AHx"};
    constexpr std::size_t count = sizeof words / sizeof words[0];
    generator g{41};
    for (int round = 0; round < 5000; ++round) {
        std::string line;
        for (std::size_t k = 0, n = 1 + g.below(7); k < n; ++k) {
            if (k > 0) line += g.below(5) ? " " : "  ";
            line += words[g.below(count)];
        }
        CAPTURE(line);
        CHECK(recognise::document_detail::holds_postcode(line) == recognise::document_detail::words_hold_postcode(line));
    }
    CHECK(recognise::document_detail::holds_postcode("London SW1A 2AH"));
    CHECK(recognise::document_detail::holds_postcode("DK-1456 Copenhagen K"));
    CHECK(recognise::document_detail::holds_postcode("2138 Rayburn House Office Building"));
    CHECK_FALSE(recognise::document_detail::may_hold_postcode("Association No 12 (Chile)"));
    CHECK_FALSE(recognise::document_detail::may_hold_postcode("Association No 1024 (Chile)"));
    CHECK_FALSE(recognise::document_detail::may_hold_postcode("12. Alpha Watch, Kenya"));
}

TEST_CASE("fast paths: a line without a dash's byte ends with no time of a signature") {
    // The time of a petition's signature follows a spaced dash of each kind; a line with digits
    // and no dash (a numbered entry, a count) is passed before the dash is sought.
    CHECK(recognise::ends_with_time_ago("Tomas B. \xE2\x80\x93 Brno, 2 hours ago"));
    CHECK(recognise::ends_with_time_ago("Anna K. \xE2\x80\x94 il y a 3 heures"));
    CHECK(recognise::ends_with_time_ago("\xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0 \xD0\xA1. - \xD0\x91\xD0\xB5\xD1\x80\xD0\xBB\xD0\xB8\xD0\xBD, 2 "
                                        "\xD1\x87\xD0\xB0\xD1\x81\xD0\xB0 \xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xB4"));
    CHECK(recognise::ends_with_time_ago("Jonas K. - vor 2 Stunden"));
    CHECK_FALSE(recognise::ends_with_time_ago("Tomas B., Brno, 2 hours ago"));
    CHECK_FALSE(recognise::ends_with_time_ago("Association No 12 (Chile)"));
    CHECK_FALSE(recognise::ends_with_time_ago("Association No 1024 \xE2\x80\x93 Chile"));
    CHECK_FALSE(recognise::ends_with_time_ago("Tomas B. \xE2\x80\x93 Brno, hours ago"));
}

TEST_CASE("fast paths: a line of marks is told by its size and its first byte before it is read") {
    auto const block_of = [](std::string const& line) {
        layout::block b;
        b.text = line;
        b.end = line.size();
        return b;
    };
    std::string const across_the_page(100, '-');
    for (char const* rule : {"---", "* * *", "====", "........", "______", across_the_page.c_str()}) {
        std::string const line = rule;
        CAPTURE(line);
        CHECK(recognise::document_detail::may_be_mark_line(line));
        CHECK(recognise::document_detail::is_rule_line(block_of(line), line));
    }
    for (char const* end : {"###", "-30-", "- ends -", "--- end ---"}) {
        std::string const line = end;
        CAPTURE(line);
        CHECK(recognise::document_detail::is_end_mark(block_of(line), line));
        CHECK_FALSE(recognise::document_detail::is_rule_line(block_of(line), line));
    }
    // A list's lines: longer than a mark's line with a word, and opening with a letter.
    for (char const* entry : {"association no 12 (chile)", "amber lantern association", "ends of the earth network"}) {
        std::string const line = entry;
        CAPTURE(line);
        CHECK_FALSE(recognise::document_detail::may_be_mark_line(line));
        CHECK_FALSE(recognise::document_detail::is_rule_line(block_of(line), line));
        CHECK_FALSE(recognise::document_detail::is_end_mark(block_of(line), line));
    }
    // Short ones are read: a word of twelve bytes or fewer may stand between marks.
    CHECK(recognise::document_detail::may_be_mark_line("amber forum"));
    CHECK_FALSE(recognise::document_detail::is_end_mark(block_of("amber forum"), "amber forum"));
    CHECK_FALSE(recognise::document_detail::may_be_mark_line(""));
    CHECK_FALSE(recognise::document_detail::may_be_mark_line(std::string(241, '-')));
}

TEST_CASE("fast paths: a line asked whether it is a sum under a table gives with its survey what it gives without") {
    // Sums of amounts after a colon, and a list's lines that end with a number, with no colon.
    static char const* const parts[] = {"Total AUM represented", ": ", "USD 755.6 billion", "$1.2 trillion", "Association No 12",
                                        " (Chile)", " 2026", "Combined assets", ":", " \xE2\x82\xAC 40bn", "Amber Fund"};
    for_each_generated_block(parts, 43, 2000, 4, false, [](auto const& b, auto const& unsurveyed, std::string_view) {
        CAPTURE(b.text);
        CHECK(recognise::document_detail::is_sum_line(b) == recognise::document_detail::is_sum_line(b.text));
        CHECK(recognise::document_detail::is_sum_line(unsurveyed) == recognise::document_detail::is_sum_line(b.text));
    });
    CHECK(recognise::document_detail::is_sum_line(std::string_view("Total AUM represented: USD 755.6 billion")));
    CHECK_FALSE(recognise::document_detail::is_sum_line(std::string_view("Association No 12 (Chile) 2026")));
}

TEST_CASE("fast paths: a menu of capitalised items is told by each item's first byte, decoded only past ASCII") {
    auto const is_menu = [](std::string const& line) {
        diagnostics diags;
        auto const cleaned = text::clean_up(line, diags);
        auto const segmented = layout::segment(cleaned);
        REQUIRE(segmented.blocks.size() == 1);
        auto const& b = segmented.blocks.front();
        return recognise::document_detail::is_spaced_menu_line(b, utf8::fold(b.text));
    };
    CHECK(is_menu("Home About Members Resources News Contact"));
    // An item that opens with a capital past ASCII ("Über uns", its "Ü" two bytes) is decoded and
    // read as one.
    CHECK(is_menu("Home \xC3\x9C" "ber Uns News Contact Donate"));
    // One in lower case, ASCII or not, or a number, and it is no menu.
    CHECK_FALSE(is_menu("Home \xC3\xBC" "ber Uns News Contact Donate"));
    CHECK_FALSE(is_menu("Home about Members Resources News Contact"));
    CHECK_FALSE(is_menu("Home About Members 12 Resources News Contact"));
    CHECK_FALSE(is_menu("Association No 12 (Chile)"));
}

TEST_CASE("fast paths: parse_signatory_line reads a name and its simple parts as the grammar reads them") {
    // Names with parts in parentheses apart by blanks, and the shapes that leave the part to the
    // grammar: nested and unbalanced parentheses, text between parts or after the last, a line
    // of parts only, blanks at the end, more parts than a list holds in place.
    static char const* const pieces[] = {"Association No 12", " ", "  ", "\t", "(", ")", "(Chile)", "(CBF)", "()",
                                         "Coral Bay Forum", " (Georgia)", "(FOG (FRONT))", "Birch", ", ", "\xC2\xAB", "x"};
    constexpr std::size_t count = sizeof pieces / sizeof pieces[0];
    auto grammar_reads = [](std::string_view line) -> std::optional<grammar::ast::signatory_line> {
        grammar::ast::signatory_line result;
        char const* first = line.data();
        if (!grammar::x3::parse(first, line.data() + line.size(), grammar::signatory_line(), result) ||
            first != line.data() + line.size())
            return std::nullopt;
        return result;
    };
    auto same_view = [](std::string_view a, std::string_view b) { return a.data() == b.data() && a.size() == b.size(); };
    generator g{43};
    for (int round = 0; round < 6000; ++round) {
        std::string line;
        for (std::size_t k = 0, n = 1 + g.below(7); k < n; ++k) line += pieces[g.below(count)];
        CAPTURE(line);
        auto const fast = grammar::parse_signatory_line(line);
        auto const plain = grammar_reads(line);
        REQUIRE(fast.has_value() == plain.has_value());
        if (!fast) continue;
        REQUIRE(fast->size() == plain->size());
        for (std::size_t e = 0; e < fast->size(); ++e) {
            auto const& a = (*fast)[e];
            auto const& b = (*plain)[e];
            CHECK(same_view(a.name, b.name));
            CHECK(a.first == b.first);
            CHECK(a.last == b.last);
            REQUIRE(a.groups.size() == b.groups.size());
            for (std::size_t k = 0; k < a.groups.size(); ++k) {
                CHECK(same_view(a.groups[k].text, b.groups[k].text));
                CHECK(a.groups[k].first == b.groups[k].first);
                CHECK(a.groups[k].last == b.groups[k].last);
            }
        }
    }
    auto const simple = grammar::parse_signatory_line("Association No 12 (ANC) (Chile)");
    REQUIRE(simple.has_value());
    REQUIRE(simple->size() == 1);
    CHECK((*simple)[0].groups.size() == 2);
}
