// The list-marker grammar. Only src/grammar/list_marker.cpp (and header-only builds)
// include this file.
#pragma once
#include <civic/grammar/list_marker.hpp>
#include <civic/grammar/roman_numerals.hpp>

#include <string>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace list_marker_detail {

using ast::marker_kind;

inline auto set(marker_kind kind) {
    return [kind](auto& ctx) { x3::_val(ctx).kind = kind; };
}
inline auto set_value(marker_kind kind) {
    return [kind](auto& ctx) {
        x3::_val(ctx).kind = kind;
        x3::_val(ctx).value = x3::_attr(ctx);
    };
}


// "а)", "б)", "(в)", "А)": Russian and Ukrainian letter their items in their own alphabet, in
// small letters or capitals. Ukrainian's own letters ("ґ)" after "г)", "є)" after "е)") count as
// the letter before them: a letter has one value, and Russian's order numbers the rest.
struct cyrillic_letter_symbols : x3::symbols<unsigned> {
    cyrillic_letter_symbols() {
        char const* const small[] = {"\xD0\xB0", "\xD0\xB1", "\xD0\xB2", "\xD0\xB3", "\xD0\xB4",
                                     "\xD0\xB5", "\xD0\xB6", "\xD0\xB7", "\xD0\xB8", "\xD0\xBA"};  // а … и, к
        char const* const capital[] = {"\xD0\x90", "\xD0\x91", "\xD0\x92", "\xD0\x93", "\xD0\x94",
                                       "\xD0\x95", "\xD0\x96", "\xD0\x97", "\xD0\x98", "\xD0\x9A"};  // А … И, К
        for (unsigned n = 1; n <= 10; ++n) {
            add(small[n - 1], n);
            add(capital[n - 1], n);
        }
        add("\xD2\x91", 4);  // ґ
        add("\xD1\x94", 6);  // є
        add("\xD1\x96", 9);  // і
    }
};
inline cyrillic_letter_symbols const cyrillic_letter;

// "Primero.", "SEGUNDO.-", "Tercero:": Spanish ordinals number the items of resolutions and
// demands, in lower case, capitalised or in capitals. Each form is listed rather than read
// with no_case: that directive folds no byte beyond ASCII ("Séptimo", "DÉCIMO"), and its
// lookups order those bytes otherwise than the symbol tree stores them.
struct ordinal_symbols : x3::symbols<unsigned> {
    ordinal_symbols() {
        char const* const names[] = {"primero", "segundo", "tercero", "cuarto", "quinto", "sexto",
                                     "s\xC3\xA9ptimo", "octavo", "noveno", "d\xC3\xA9\x63imo"};
        auto const upper = [](char c) {
            return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c == '\xA9' ? '\x89' : c;  // é → É
        };
        unsigned n = 1;
        for (std::string name : names) {
            add(name, n);
            name[0] = upper(name[0]);
            add(name, n);
            for (auto& c : name) c = upper(c);
            add(name, n);
            ++n;
        }
    }
};
inline ordinal_symbols const ordinal;

x3::rule<class bullet_class, ast::list_marker> const bullet = "bullet";
x3::rule<class dash_class, ast::list_marker> const dash_marker = "dash";
x3::rule<class number_class, ast::list_marker> const number = "number";
x3::rule<class roman_class, ast::list_marker> const roman = "roman";
x3::rule<class decimal_class, ast::list_marker> const decimal = "decimal";
x3::rule<class letter_class, ast::list_marker> const letter_marker = "letter";
x3::rule<class ordinal_class, ast::list_marker> const ordinal_marker = "ordinal";
x3::rule<class letter_bullet_class, ast::list_marker> const letter_bullet = "letter bullet";

auto const blank = x3::lit(' ') | '\t';
auto const item_end = x3::lit('.') | ')';

auto const bullet_def = (x3::lit("\xE2\x80\xA2")       // •
                         | "\xE2\x97\x8F"              // ●
                         | "\xE2\x96\xAA"              // ▪
                         | "\xE2\x97\xA6"              // ◦
                         | "\xE2\x96\xBA"              // ►
                         | "\xE2\x97\x8B"              // ○, a word processor's second level
                         | "\xE2\x96\xA0"              // ■, its third
                         | "\xE2\x96\xA1"              // □
                         | "\xE2\x97\x86"              // ◆
                         | "\xE2\x99\xA6"              // ♦
                         | "\xE2\x80\xA3"              // ‣
                         | "\xE2\x81\x83"              // ⁃
                         | "\xE2\x9E\xA2"              // ➢
                         | "\xE2\x9E\xA4"              // ➤
                         | "\xE2\x9C\x93"              // ✓
                         | "\xE2\x9C\x94"              // ✔
                         | "\xC2\xB7"                  // ·
                         | "\xE2\x88\x99"              // ∙
                         | "\xE2\x9E\x94"              // ➔
                         | "\xE2\x86\x92"              // →
                         | "\xE2\x96\xB6"              // ▶
                         | "\xC2\xBB"                  // », a newsletter's
                         // What PDF text keeps of a word processor's Symbol and Wingdings bullets:
                         // code points of the Private Use Area (U+F0B7 •, U+F0A7 ▪, U+F0D8 ➢,
                         // U+F0FC ✓, U+F076 ❖, U+F06E ■, U+F0A8 ◻).
                         | "\xEF\x82\xB7" | "\xEF\x82\xA7" | "\xEF\x83\x98" | "\xEF\x83\xBC" | "\xEF\x81\xB6"
                         | "\xEF\x81\xAE" | "\xEF\x82\xA8"
                         | '*' | '+')[set(marker_kind::bullet)];
// "o Release …": the letter a word processor's second-level bullet becomes in PDF text (which
// segmentation keeps only beside its siblings: alone it is a word, Spanish "or").
// The blank after it, as after every such marker, list_marker_rule asks.
// "§ …" and "Ø …": Wingdings' bullets as PDF text keeps them, beside their siblings too.
// "e Release …": the letter a scan's text recognition reads for a bullet "•", before an item's
// capital (and beside its siblings: "e Italia" may be a Spanish wrap).
auto const letter_bullet_def =
    (x3::lit('o') | "\xC2\xA7" | "\xC3\x98" | (x3::lit('e') >> &(+blank >> x3::char_("A-Z"))))[set(marker_kind::bullet)];
// "-- Establish …": a newswire's two hyphens for a dash.
auto const dash_marker_def = (x3::lit("\xE2\x80\x93") | "\xE2\x80\x94" | "\xE2\x88\x92" /* − */ | "--" | '-')[set(marker_kind::dash)];
// "3.", "(3)", "3)", and "3 - " or "3– " before a word (not "2 - 3 May", a range of days), or "3"
// before a tab. Spanish texts write "3.-", "3.–", "3.)" and the ordinal's "3º", "3°", "3ª".
auto const ordinal_indicator = x3::lit("\xC2\xBA") | "\xC2\xB0" | "\xC2\xAA";
auto const number_def = (-x3::lit('(') >> x3::uint_parser<unsigned, 10, 1, 3>()[set_value(marker_kind::number)] >>
                         ((item_end >> -(x3::lit('-') | "\xE2\x80\x93" | ')')) |
                          (ordinal_indicator >> -(x3::lit('.') | '-')))) |
                        (x3::uint_parser<unsigned, 10, 1, 3>()[set_value(marker_kind::number)] >> *blank >>
                         (x3::lit("\xE2\x80\x93") | '-') >> &(+blank >> !x3::digit)) |
                        // "1<tab>Amber Centre<tab>Kenya": a table's column of row numbers.
                        (x3::uint_parser<unsigned, 10, 1, 3>()[set_value(marker_kind::number)] >> &x3::lit('\t'));
// "1.1 Remove …", "2.3. Publish …", "1.2) …": an item of a list's second level, numbered after
// the item over it; its value is the last number. A capital (or a letter beyond ASCII) follows,
// not a number's unit or words in lower case ("1.5 million people", "2.5 km").
auto const capital_or_beyond_ascii = x3::char_("A-Z") | x3::char_('\xC3', '\xD3');
auto const decimal_def = x3::omit[x3::uint_parser<unsigned, 10, 1, 2>()] >> '.' >>
                         x3::uint_parser<unsigned, 10, 1, 2>()[set_value(marker_kind::decimal)] >> -item_end >>
                         &(+blank >> capital_or_beyond_ascii);
auto const roman_def = (-x3::lit('(') >> x3::no_case[roman_numeral][set_value(marker_kind::roman)] >> item_end);
// "Primero.", "PRIMERO.-", "Primero:": an ordinal word, its stop and perhaps a dash, or a colon.
auto const ordinal_marker_def = ordinal[set_value(marker_kind::number)] >>
                            ((x3::lit('.') >> -(x3::lit('-') | "\xE2\x80\x93")) | ':');
// "B)", "(B)", and "B." (which segmentation keeps only beside its siblings: alone it is a
// person's initial).
auto const capital_letter = x3::char_("A-Z")[([](auto& ctx) {
    x3::_val(ctx).kind = marker_kind::letter;
    x3::_val(ctx).value = static_cast<unsigned>(x3::_attr(ctx) - 'A' + 1);
})];
auto const letter_marker_def = (-x3::lit('(') >>
                         x3::char_("a-z")[([](auto& ctx) {
                             x3::_val(ctx).kind = marker_kind::letter;
                             x3::_val(ctx).value = static_cast<unsigned>(x3::_attr(ctx) - 'a' + 1);
                         })] >>
                         item_end) |
                        ((x3::lit('(') >> capital_letter >> ')') | (capital_letter >> (x3::lit(')') | '.'))) |
                        (-x3::lit('(') >> cyrillic_letter[set_value(marker_kind::letter)] >> ')');

BOOST_SPIRIT_DEFINE(bullet, dash_marker, number, roman, decimal, letter_marker, ordinal_marker, letter_bullet)

// Whether `line` can start with a marker, told from its first bytes. Most lines start with a
// word, and a word is a marker only as a letter or a Roman numeral (five letters at most)
// followed by '.' or ')': the rules below try every line in turn (a few hundred instructions
// each), where these tests pass over a word or a symbol at once. Never false for a line that
// starts with a marker; the grammar decides the rest.
inline bool may_start_with_marker(std::string_view line) noexcept {
    if (line.empty()) return false;
    auto is_ascii_letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    char const first = line.front();
    if (is_ascii_letter(first)) {
        std::size_t letters = 1;
        while (letters < line.size() && letters <= 5 && is_ascii_letter(line[letters])) ++letters;
        if (letters <= 5 && letters < line.size() && (line[letters] == '.' || line[letters] == ')')) return true;
        if (first == 'o' && letters == 1 && line.size() > 2 && (line[1] == ' ' || line[1] == '\t')) return true;
        if (first == 'e' && letters == 1 && line.size() > 2 && line[1] == ' ' && line[2] >= 'A' && line[2] <= 'Z') return true;
        // An ordinal word ("Primero.", "Quinto:"): five letters to seven, and the first one of
        // theirs.
        if (line.size() < 8) return false;
        char const f = static_cast<char>(first | 0x20);
        if (f != 'p' && f != 's' && f != 't' && f != 'c' && f != 'q' && f != 'o' && f != 'n' && f != 'd') return false;
        std::size_t end = 1;
        while (end < line.size() && end <= 9 && (is_ascii_letter(line[end]) || static_cast<unsigned char>(line[end]) >= 0x80)) ++end;
        return end >= 5 && end < line.size() && end <= 9 && (line[end] == '.' || line[end] == ':');
    }
    if (first == '\xC3') return line.size() > 2 && line[1] == '\x98';  // "Ø "
    // A Cyrillic letter, when a parenthesis closes it ("а)", "А)", "ґ)").
    if (first == '\xD0' || first == '\xD1' || first == '\xD2') return line.size() >= 3 && line[2] == ')';
    // A number, a parenthesis, '-', '*', '+', and the first bytes of the bullets and dashes
    // beyond ASCII (U+00B7, U+2013 … U+27A4, U+F0B7).
    return (first >= '0' && first <= '9') || first == '(' || first == '-' || first == '*' || first == '+' ||
           first == '\xC2' || first == '\xE2' || first == '\xEF';
}

}  // namespace list_marker_detail

list_marker_type const list_marker_rule = "list_marker";
// A marker is followed by white space; a bullet may also be glued to the text ("•Text"). A
// number or a letter may end the line ("1." / "Disclose …": a PDF's marker on a line of its
// own, which segmentation joins to the next); a dash or an "o" alone is no marker.
auto const list_marker_rule_def =
    ((list_marker_detail::decimal | list_marker_detail::number | list_marker_detail::roman | list_marker_detail::letter_marker) >>
     x3::omit[+list_marker_detail::blank | x3::eoi]) |
    ((list_marker_detail::ordinal_marker | list_marker_detail::dash_marker | list_marker_detail::letter_bullet) >>
     x3::omit[+list_marker_detail::blank]) |
    (list_marker_detail::bullet >> x3::omit[*list_marker_detail::blank]);

BOOST_SPIRIT_DEFINE(list_marker_rule)

CIVIC_FUNC list_marker_type const& list_marker() { return list_marker_rule; }

CIVIC_FUNC std::optional<ast::list_marker> parse_list_marker(std::string_view line) noexcept {
    if (!list_marker_detail::may_start_with_marker(line)) return std::nullopt;
    try {
        ast::list_marker marker;
        char const* first = line.data();
        char const* const last = line.data() + line.size();
        if (!x3::parse(first, last, list_marker(), marker)) return std::nullopt;
        marker.first = line.data();
        marker.last = first;
        return marker;
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace grammar
CIVIC_NAMESPACE_END
