// Definition of text::strip_markup (declared in <civic/text/cleanup.hpp>).
#pragma once
#include <civic/text/byte_scan.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/image_names.hpp>
#include <civic/text/rewriter.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

CIVIC_NAMESPACE_BEGIN
namespace text {
namespace markup_detail {

inline bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// s.find(c, from), the library's search called at once: the stage's loop is long, and a view's
// find was no longer inlined into it but called, a call more for each link's four searches.
inline std::size_t find_byte(std::string_view s, char c, std::size_t from) noexcept {
    if (from >= s.size()) return std::string_view::npos;
    auto const* p = static_cast<char const*>(std::memchr(s.data() + from, c, s.size() - from));
    return p ? static_cast<std::size_t>(p - s.data()) : std::string_view::npos;
}

// What a tag stands for in the text: most tags go without a trace, a block tag ends a line,
// an item of a list starts one with a dash, a cell of a table is set off with a bar, and the
// page's main heading (<h1>) starts a line as a Markdown heading does ("# ").
enum class tag_kind { none, other, block, line_break, list_item, cell, script, style, heading };

// A tag name (letters and digits, lower case) as a number, a byte a character from the low
// one: the names the stage knows are told apart by one switch instead of a string comparison
// each (comparing every tag with some thirty names was most of the stage's cost).
constexpr std::uint64_t name_key(std::string_view name) noexcept {
    std::uint64_t key = 0;
    for (std::size_t k = 0; k < name.size() && k < 8; ++k) key |= std::uint64_t{static_cast<unsigned char>(name[k])} << (8 * k);
    return key;
}

// The kind of the tag named `head` (its first eight characters) and `tail` (the next eight).
inline tag_kind classify_tag(std::uint64_t head, std::uint64_t tail) noexcept {
    if (tail != 0)  // the two block tags of more than eight characters
        return (head == name_key("figcapti") && tail == name_key("on")) ||
                       (head == name_key("blockquo") && tail == name_key("te"))
                   ? tag_kind::block
                   : tag_kind::other;
    switch (head) {
        case name_key("li"): return tag_kind::list_item;
        case name_key("td"): case name_key("th"): return tag_kind::cell;
        case name_key("script"): return tag_kind::script;
        case name_key("style"): return tag_kind::style;
        case name_key("h1"): return tag_kind::heading;
        case name_key("br"): return tag_kind::line_break;
        case name_key("p"): case name_key("div"): case name_key("h2"):
        case name_key("h3"): case name_key("h4"): case name_key("h5"): case name_key("h6"): case name_key("ul"):
        case name_key("ol"): case name_key("tr"): case name_key("table"): case name_key("section"):
        case name_key("article"): case name_key("header"): case name_key("footer"): case name_key("hr"):
        case name_key("main"): case name_key("nav"): case name_key("aside"): case name_key("figure"):
        case name_key("dl"): case name_key("dt"): case name_key("dd"): case name_key("title"): case name_key("time"):
        case name_key("template"): case name_key("body"): case name_key("html"): case name_key("head"):
            return tag_kind::block;
        default: return tag_kind::other;
    }
}

// The '>' that closes the tag opened at s[i] whose name ends before s[from], or npos: the
// first '>' outside the attributes' quoted values ('<h1 data-x="a>b" title=\'c>d\'>', where the
// first '>' would leak 'b" title=…' into the text), on the same few lines. A quote opens a
// value only right after its '=' ("alt=Don't>" has none); an unbalanced one ('class="x>')
// leaves the tag ending at its first '>', as a tag without quotes does.
inline std::size_t tag_close(std::string_view s, std::size_t i, std::size_t from) noexcept {
    constexpr std::size_t longest_tag = 2000;
    // Sought that far only: a text of many '<' and no '>' ("a<b, c<d …") is not searched to its
    // end for each.
    auto const reach = s.substr(0, std::min(s.size(), i + longest_tag + 1));
    auto const find = [&](char c, std::size_t at) { return find_byte(reach, c, at); };
    auto const first = find('>', from);
    if (first == std::string_view::npos) return std::string_view::npos;
    // The values found from their '=', a byte at a time: most tags have none or a few short
    // ones ("</p>", '<div class="x">'), and an '=' inside a value ("href=\"?a=b\"") is passed
    // with its value.
    auto close = first;
    for (auto at = from; at < close; ++at) {
        if (s[at] != '=') continue;
        auto quote = at + 1;
        while (quote < close && (s[quote] == ' ' || s[quote] == '\t' || s[quote] == '\n')) ++quote;
        if (s[quote] != '"' && s[quote] != '\'') continue;
        auto const closing = find(s[quote], quote + 1);
        if (closing == std::string_view::npos) return first;
        at = closing;
        if (closing > close) {
            close = find('>', closing + 1);
            if (close == std::string_view::npos) return first;
        }
    }
    return close;
}

// "<p", "</li", "<br/", "<!-- … -->": the kind of the tag at s[i] and where it ends, or
// tag_kind::none when there is no tag there.
inline tag_kind read_tag(std::string_view s, std::size_t i, std::size_t& end) noexcept {
    if (s[i] != '<' || i + 1 >= s.size()) return tag_kind::none;
    std::size_t j = i + 1;
    if (s[j] == '/') ++j;
    if (j >= s.size() || !is_alpha(s[j])) {
        if (s.compare(i, 4, "<!--") == 0) {
            auto close = s.find("-->", i + 4);
            if (close == std::string_view::npos) return tag_kind::none;
            end = close + 3;
            return tag_kind::other;
        }
        return tag_kind::none;
    }
    // The name in lower case, as far as it can be a known one: a longer name is some other tag.
    std::uint64_t head = 0, tail = 0;
    std::size_t const name_begin = j;
    for (; j < s.size() && (is_alpha(s[j]) || (s[j] >= '0' && s[j] <= '9')); ++j) {
        auto const k = j - name_begin;
        auto const c = std::uint64_t{static_cast<unsigned char>(s[j] | 0x20)};
        if (k < 8) head |= c << (8 * k);
        else if (k < 16) tail |= c << (8 * (k - 8));
    }
    bool const long_name = j - name_begin > 16;
    // The tag ends at '>' on the same few lines, outside its attributes' quoted values.
    auto const close = tag_close(s, i, j);
    if (close == std::string_view::npos) return tag_kind::none;
    end = close + 1;
    return long_name ? tag_kind::other : classify_tag(head, tail);
}

struct entity {
    char const* name;
    char const* text;
};
// The named references of the Latin-1 letters and signs ("&eacute;", "&copy;") and of the
// punctuation a page's text uses ("&ndash;", "&rsquo;", "&euro;"); a zero-width mark names
// nothing. Other names are kept as written.
inline entity const entities[] = {
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""},
    {"apos", "'"}, {"nbsp", " "}, {"Aacute", "\xC3\x81"}, {"aacute", "\xC3\xA1"},
    {"Acirc", "\xC3\x82"}, {"acirc", "\xC3\xA2"}, {"acute", "\xC2\xB4"}, {"AElig", "\xC3\x86"},
    {"aelig", "\xC3\xA6"}, {"Agrave", "\xC3\x80"}, {"agrave", "\xC3\xA0"}, {"Aring", "\xC3\x85"},
    {"aring", "\xC3\xA5"}, {"Atilde", "\xC3\x83"}, {"atilde", "\xC3\xA3"}, {"Auml", "\xC3\x84"},
    {"auml", "\xC3\xA4"}, {"bdquo", "\xE2\x80\x9E"}, {"brvbar", "\xC2\xA6"}, {"bull", "\xE2\x80\xA2"},
    {"Ccedil", "\xC3\x87"}, {"ccedil", "\xC3\xA7"}, {"cedil", "\xC2\xB8"}, {"cent", "\xC2\xA2"},
    {"copy", "\xC2\xA9"}, {"curren", "\xC2\xA4"}, {"Dagger", "\xE2\x80\xA1"}, {"dagger", "\xE2\x80\xA0"},
    {"deg", "\xC2\xB0"}, {"divide", "\xC3\xB7"}, {"Eacute", "\xC3\x89"}, {"eacute", "\xC3\xA9"},
    {"Ecirc", "\xC3\x8A"}, {"ecirc", "\xC3\xAA"}, {"Egrave", "\xC3\x88"}, {"egrave", "\xC3\xA8"},
    {"emsp", " "}, {"ensp", " "}, {"ETH", "\xC3\x90"}, {"eth", "\xC3\xB0"},
    {"Euml", "\xC3\x8B"}, {"euml", "\xC3\xAB"}, {"euro", "\xE2\x82\xAC"}, {"frac12", "\xC2\xBD"},
    {"frac14", "\xC2\xBC"}, {"frac34", "\xC2\xBE"}, {"hellip", "\xE2\x80\xA6"}, {"Iacute", "\xC3\x8D"},
    {"iacute", "\xC3\xAD"}, {"Icirc", "\xC3\x8E"}, {"icirc", "\xC3\xAE"}, {"iexcl", "\xC2\xA1"},
    {"Igrave", "\xC3\x8C"}, {"igrave", "\xC3\xAC"}, {"iquest", "\xC2\xBF"}, {"Iuml", "\xC3\x8F"},
    {"iuml", "\xC3\xAF"}, {"laquo", "\xC2\xAB"}, {"ldquo", "\xE2\x80\x9C"}, {"lrm", ""},
    {"lsaquo", "\xE2\x80\xB9"}, {"lsquo", "\xE2\x80\x98"}, {"macr", "\xC2\xAF"}, {"mdash", "\xE2\x80\x94"},
    {"micro", "\xC2\xB5"}, {"middot", "\xC2\xB7"}, {"minus", "\xE2\x88\x92"}, {"ndash", "\xE2\x80\x93"},
    {"not", "\xC2\xAC"}, {"Ntilde", "\xC3\x91"}, {"ntilde", "\xC3\xB1"}, {"Oacute", "\xC3\x93"},
    {"oacute", "\xC3\xB3"}, {"Ocirc", "\xC3\x94"}, {"ocirc", "\xC3\xB4"}, {"OElig", "\xC5\x92"},
    {"oelig", "\xC5\x93"}, {"Ograve", "\xC3\x92"}, {"ograve", "\xC3\xB2"}, {"ordf", "\xC2\xAA"},
    {"ordm", "\xC2\xBA"}, {"Oslash", "\xC3\x98"}, {"oslash", "\xC3\xB8"}, {"Otilde", "\xC3\x95"},
    {"otilde", "\xC3\xB5"}, {"Ouml", "\xC3\x96"}, {"ouml", "\xC3\xB6"}, {"para", "\xC2\xB6"},
    {"permil", "\xE2\x80\xB0"}, {"plusmn", "\xC2\xB1"}, {"pound", "\xC2\xA3"}, {"Prime", "\xE2\x80\xB3"},
    {"prime", "\xE2\x80\xB2"}, {"raquo", "\xC2\xBB"}, {"rdquo", "\xE2\x80\x9D"}, {"reg", "\xC2\xAE"},
    {"rlm", ""}, {"rsaquo", "\xE2\x80\xBA"}, {"rsquo", "\xE2\x80\x99"}, {"sbquo", "\xE2\x80\x9A"},
    {"Scaron", "\xC5\xA0"}, {"scaron", "\xC5\xA1"}, {"sect", "\xC2\xA7"}, {"shy", ""},
    {"sup1", "\xC2\xB9"}, {"sup2", "\xC2\xB2"}, {"sup3", "\xC2\xB3"}, {"szlig", "\xC3\x9F"},
    {"thinsp", " "}, {"THORN", "\xC3\x9E"}, {"thorn", "\xC3\xBE"}, {"times", "\xC3\x97"},
    {"trade", "\xE2\x84\xA2"}, {"Uacute", "\xC3\x9A"}, {"uacute", "\xC3\xBA"}, {"Ucirc", "\xC3\x9B"},
    {"ucirc", "\xC3\xBB"}, {"Ugrave", "\xC3\x99"}, {"ugrave", "\xC3\xB9"}, {"uml", "\xC2\xA8"},
    {"Uuml", "\xC3\x9C"}, {"uuml", "\xC3\xBC"}, {"Yacute", "\xC3\x9D"}, {"yacute", "\xC3\xBD"},
    {"yen", "\xC2\xA5"}, {"Yuml", "\xC5\xB8"}, {"yuml", "\xC3\xBF"}, {"zwj", ""},
    {"zwnj", ""}};

// "&amp;", "&#8220;", "&#x201C;": the decoded text, and where the reference ends.
inline bool decode_entity(std::string_view s, std::size_t i, std::string& out, std::size_t& end) {
    auto semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) return false;
    auto body = s.substr(i + 1, semi - i - 1);
    out.clear();
    if (body[0] == '#') {
        unsigned long cp = 0;
        bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        for (std::size_t k = hex ? 2 : 1; k < body.size(); ++k) {
            char c = body[k];
            int v = (c >= '0' && c <= '9') ? c - '0' : hex && (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
            if (v < 0) return false;
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
            if (cp > 0x10FFFF) return false;
        }
        if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        utf8::append(out, static_cast<char32_t>(cp));
    } else {
        auto const e = std::find_if(std::begin(entities), std::end(entities), [&](entity const& x) { return body == x.name; });
        if (e == std::end(entities)) return false;
        out = e->text;
    }
    end = semi + 1;
    return true;
}

// "1\.", "\- ", "\(RSF\)", a line that ends in "\": what Markdown's converters (pandoc,
// html2text) escape, a backslash before a mark of the syntax or a line break. Where the byte
// after s[i], a backslash, is one.
inline bool escapes(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size()) return true;
    return std::string_view("\\`*_{}[]()#+-.!|<>~&\"'\n").find(s[i + 1]) != std::string_view::npos;
}

// Where the line of a Markdown code fence ("```", "```markdown") whose backticks start at s[i]
// ends (its '\n', or the text's end), or npos when there is no fence there: three backticks or
// more at the line's start, indented three spaces at most, and none after them (inline code
// that opens a line, "```x``` is …", fences nothing).
inline std::size_t fence_line_end(std::string_view s, std::size_t i) noexcept {
    std::size_t indent = 0;
    while (indent < i && indent <= 3 && s[i - indent - 1] == ' ') ++indent;
    if (indent > 3 || (indent < i && s[i - indent - 1] != '\n') || s.compare(i, 3, "```") != 0) return std::string_view::npos;
    auto const end = std::min(s.find('\n', i), s.size());
    auto marks = i;
    while (marks < end && s[marks] == '`') ++marks;
    return s.substr(marks, end - marks).find('`') == std::string_view::npos ? end : std::string_view::npos;
}

// Whether the mark at `i` ('*' or '_') opens an emphasis that a mark of its kind closes on
// the same line: after the line's start, a space or an opening bracket or quote, before a
// word; the closing mark after a word, before the line's end, a space or punctuation. Sets
// `close` to it. "* item" (a bullet), "Name*" (a footnote's mark) and "logo_web_23" open none.
inline bool opens_emphasis(std::string_view s, std::size_t i, std::size_t& close) {
    char const mark = s[i];
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '(' && s[i - 1] != '"') return false;
    if (i + 2 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == mark) return false;
    // An emphasis is a few words: the closing mark is sought that far, not to the end of a line
    // that may be a whole page (minified HTML), for every mark.
    constexpr std::size_t reach = 200;
    auto const window = s.substr(0, std::min(s.size(), i + reach));
    auto const line_end = std::min(window.find('\n', i), window.size());
    for (auto at = s.find(mark, i + 1); at < line_end; at = s.find(mark, at + 1)) {
        if (s[at - 1] == ' ') continue;
        char const after = at + 1 < s.size() ? s[at + 1] : ' ';
        if (after == ' ' || after == '\n' || after == '.' || after == ',' || after == ';' || after == ':' ||
            after == '!' || after == '?' || after == ')' || after == '"') {
            close = at;
            return true;
        }
    }
    return false;
}

// Plain text stays plain: markup is only read when the text has some.
inline bool has_markup(std::string_view s) {
    byte_scan starts(s, "<]*\\`");
    std::size_t tags = 0, links = 0;
    for (std::size_t i = starts.next(0); i + 1 < s.size(); i = starts.next(i + 1)) {
        if (s[i] == '\\') {
            // An escape before a mark or a line break: "1\. ", "\- ", "\(", "Belgium\" at a line's end.
            if (s[i + 1] != '\\' && escapes(s, i)) return true;
            continue;
        }
        if (s[i] == '`') {
            if (fence_line_end(s, i) != std::string_view::npos) return true;
            continue;
        }
        if (s[i] == '<') {
            // A line break's tag is markup alone ("| Amber<br>Birch | Poland |"); another tag
            // may be a word in angle brackets.
            std::size_t end = 0;
            auto const kind = read_tag(s, i, end);
            if (kind == tag_kind::line_break) return true;
            if (kind != tag_kind::none) ++tags;
        } else if (s[i] == ']' && s[i + 1] == '(') {
            ++links;
        } else if (s[i] == '*' && s[i + 1] == '*') {
            ++links;
        } else if (s[i] == '*' && (i == 0 || s[i - 1] == '\n')) {
            // "*ZIMBABWE: FREE THE JOURNALIST*", "*Signed:*": a message's line in bold, as a
            // chat writes it, the marks around its words.
            std::size_t close = 0;
            if (opens_emphasis(s, i, close)) return true;
        }
        if (tags >= 2 || links >= 1) return true;
    }
    return false;
}

inline std::string_view trim_spaces(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Whether the tag at `i` is an anchor, "<a …>" or "</a>".
inline bool is_anchor(std::string_view s, std::size_t i) {
    std::size_t const at = i + 1 < s.size() && s[i + 1] == '/' ? i + 2 : i + 1;
    return at + 1 < s.size() && (s[at] == 'a' || s[at] == 'A') && (s[at + 1] == ' ' || s[at + 1] == '>' || s[at + 1] == '\t');
}

// The value of a tag's attribute, `name` written with its '=' ("href="), quoted or not.
inline std::optional<std::string_view> attribute_value(std::string_view tag, std::string_view name) {
    auto const at = tag.find(name);
    if (at == std::string_view::npos) return std::nullopt;
    auto value = tag.substr(at + name.size());
    if (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
        auto const quote = value.find(value.front(), 1);
        if (quote == std::string_view::npos) return std::nullopt;
        value = value.substr(1, quote - 1);
    } else {
        value = value.substr(0, std::min(value.find_first_of(" >\t"), value.size()));
    }
    return trim_spaces(value);
}

// The address of an anchor's tag: its href's value, quoted or not.
inline std::optional<std::string_view> href_of(std::string_view tag) {
    auto const value = attribute_value(tag, "href=");
    if (!value || value->empty() || value->find(' ') != std::string_view::npos) return std::nullopt;
    return value;
}

// Whether the tag at `i` is an image's, "<img …>", in any case.
inline bool is_image_tag(std::string_view s, std::size_t i) noexcept {
    return i + 4 < s.size() && (s[i + 1] | 0x20) == 'i' && (s[i + 2] | 0x20) == 'm' && (s[i + 3] | 0x20) == 'g' &&
           (s[i + 4] == ' ' || s[i + 4] == '\t' || s[i + 4] == '\n' || s[i + 4] == '/');
}

// Whether an image stands alone on its line, or as a list's item: nothing but spaces or a
// bullet ("- ", "* ") written before it on its line (`written`, the text so far), and nothing
// but spaces after it (from s[to]) to the line's end or to a tag that closes its block or
// breaks the line ("</p>", "<br>"). A logo so shown is one of a wall of logos; an image in a
// sentence's line is a picture of it.
inline bool stands_alone(std::string_view written, std::string_view s, std::size_t to) noexcept {
    for (std::size_t k = written.size(); k-- > 0 && written[k] != '\n';)
        if (written[k] != ' ' && written[k] != '\t' && written[k] != '-' && written[k] != '*' && written[k] != '+') return false;
    for (std::size_t k = to; k < s.size() && s[k] != '\n'; ++k) {
        if (s[k] == '<') return k + 2 < s.size() && (s[k + 1] == '/' || ((s[k + 1] | 0x20) == 'b' && (s[k + 2] | 0x20) == 'r'));
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r') return false;
    }
    return true;
}

// Whether the tag name at s[at] is "ul" or "ol", in any case.
inline bool names_list(std::string_view s, std::size_t at) noexcept {
    if (at + 2 >= s.size()) return false;
    char const first = static_cast<char>(s[at] | 0x20), second = static_cast<char>(s[at + 1] | 0x20), after = s[at + 2];
    return (first == 'u' || first == 'o') && second == 'l' && (after == '>' || after == ' ' || after == '\t' || after == '\n');
}

// Whether the tag name at s[at] is "tr", in any case.
inline bool names_row(std::string_view s, std::size_t at) noexcept {
    if (at + 2 >= s.size()) return false;
    char const after = s[at + 2];
    return (s[at] | 0x20) == 't' && (s[at + 1] | 0x20) == 'r' && (after == '>' || after == ' ' || after == '\t' || after == '\n');
}

// Whether the row opened before s[from] is a row of data that fits on a line: closed within a
// few hundred characters, with no list, heading or table in it and two paragraphs at most (a
// page laid out in a table's cells holds its whole text in one row). `cells` is set to the
// number of its cells.
inline bool row_is_flat(std::string_view s, std::size_t from, std::size_t& cells) noexcept {
    constexpr std::size_t longest_row = 800;
    auto const window = s.substr(from, longest_row);
    std::size_t paragraphs = 0;
    cells = 0;
    for (auto at = window.find('<'); at != std::string_view::npos; at = window.find('<', at + 1)) {
        auto const name = [&](std::size_t k) { return at + k < window.size() ? static_cast<char>(window[at + k] | 0x20) : '\0'; };
        bool const closing = name(1) == '/';
        char const a = name(1 + closing), b = name(2 + closing);
        if (closing && a == 't' && b == 'r') return true;
        if (!closing && a == 't' && (b == 'd' || b == 'h')) {
            char const after = name(3);
            cells += after == '>' || after == ' ' || after == '\t' || after == '\n';
        }
        if (!closing && a == 'p' && (b == '>' || b == ' ') && ++paragraphs > 2) return false;
        if ((a == 'u' && b == 'l') || (a == 'o' && b == 'l') || (a == 'l' && b == 'i') || (a == 'h' && b >= '1' && b <= '6') ||
            (a == 't' && (b == 'r' || (b == 'a' && name(3 + closing) == 'b'))))
            return false;
    }
    return false;
}

// The first place in s[from, to) of `tag` ("</script", in lower case), in any case: a tag's
// name is one whatever its case ("</SCRIPT>"); npos if none.
inline std::size_t find_tag(std::string_view s, std::size_t from, std::size_t to, std::string_view tag) noexcept {
    auto const lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; };
    to = std::min(to, s.size());
    for (auto at = s.substr(0, to).find('<', from); at != std::string_view::npos; at = s.substr(0, to).find('<', at + 1)) {
        if (to - at < tag.size()) return std::string_view::npos;
        std::size_t k = 1;
        while (k < tag.size() && lower(s[at + k]) == tag[k]) ++k;
        if (k == tag.size()) return at;
    }
    return std::string_view::npos;
}

// Whether a tag opened by `opener` ("<script") stands in s[from, to) as a page's own tag: at
// its line's start or right after another tag ('</footer><script src=…>'). One inside a
// script's string ('document.write("<script src=…>")') stands after a quote or code.
inline bool opens_again(std::string_view s, std::size_t from, std::size_t to, std::string_view opener) noexcept {
    for (auto at = find_tag(s, from, to, opener); at != std::string_view::npos; at = find_tag(s, at + 1, to, opener)) {
        auto const after = at + opener.size() < s.size() ? s[at + opener.size()] : '>';
        if (after != '>' && after != ' ' && after != '\t' && after != '\n') continue;
        auto before = at;
        while (before > from && (s[before - 1] == ' ' || s[before - 1] == '\t')) --before;
        if (before == 0 || s[before - 1] == '\n' || s[before - 1] == '>') return true;
    }
    return false;
}

// Where a script (or a style sheet) that is never closed ends, its content starting at
// s[from]: at its line's end, as code is written a statement a line (the line may hold tags
// in the script's strings, '"<p>…</p>"', which are no text); on a long line, a page written
// on one line, at the first tag after it that starts a block ("<p", "<div", "<h1" …), for its
// line's end would be the page's end. A browser shows nothing after such a script: the text
// there is read rather than silently lost.
inline std::size_t unterminated_script_end(std::string_view s, std::size_t from) noexcept {
    constexpr std::size_t long_line = 2000;
    auto const line_end = std::min(s.find('\n', from), s.size());
    if (line_end - from <= long_line) return line_end;
    for (auto at = s.substr(0, line_end).find('<', from); at != std::string_view::npos;
         at = s.substr(0, line_end).find('<', at + 1)) {
        std::size_t end = 0;
        auto const kind = read_tag(s, at, end);
        if (kind == tag_kind::block || kind == tag_kind::heading || kind == tag_kind::list_item) return at;
    }
    return line_end;
}

// A bar that is a cell's text, not the border between two cells: a Markdown table's escaped
// bar ("| Rights \\| Georgia | Georgia |") or a bar written in an HTML cell ("<td>Rights |
// Georgia</td>"). The reader of a table takes every '|' of a row for a border, and the one
// cell would be two ("Rights", "Georgia", the columns after it shifted). The broken bar
// (U+00A6) is the sign nearest to the one written, and no border.
constexpr std::string_view bar_in_cell = "\xC2\xA6";

// Keeps s[from, to) of the text inside a table's row on the row's line: a run of white space
// with a line break in it (a page's source written a cell a line, "<td>\n  Name\n</td>") is
// one space, and a bar is a bar_in_cell.
inline void keep_on_one_line(rewriter& w, std::string_view s, std::size_t from, std::size_t to) {
    auto const row = s.substr(0, to);
    for (auto nl = row.find_first_of("\n|", from); nl != std::string_view::npos; nl = row.find_first_of("\n|", from)) {
        if (s[nl] == '|') {
            w.keep(from, nl);
            w.replace(nl, nl + 1, bar_in_cell);
            from = nl + 1;
            continue;
        }
        auto run_begin = nl, run_end = nl + 1;
        while (run_begin > from && (s[run_begin - 1] == ' ' || s[run_begin - 1] == '\t' || s[run_begin - 1] == '\r')) --run_begin;
        while (run_end < to && (s[run_end] == ' ' || s[run_end] == '\t' || s[run_end] == '\r' || s[run_end] == '\n')) ++run_end;
        w.keep(from, run_begin);
        w.replace(run_begin, run_end, " ");
        from = run_end;
    }
    w.keep(from, to);
}

// Whether the tag name at s[at] is `name` (in lower case), in any case, and ends there.
inline bool names_tag(std::string_view s, std::size_t at, std::string_view name) noexcept {
    if (s.size() - std::min(at, s.size()) <= name.size()) return false;
    for (std::size_t k = 0; k < name.size(); ++k)
        if (static_cast<char>(s[at + k] | 0x20) != name[k]) return false;
    return !is_alpha(s[at + name.size()]) && !(s[at + name.size()] >= '0' && s[at + name.size()] <= '9');
}

// Whether the class attribute of `tag` names a share bar or a list of related posts, the
// chrome a site puts under its posts: a class whose words (apart by '-' or '_') include one of
// a few ("share", "social-share", "sharedaddy", "jp-relatedposts", "related-posts"). Whole
// words only: "shareable" or "unrelated" say nothing of the kind.
inline bool has_chrome_class(std::string_view tag) noexcept {
    auto const at = tag.find("class=");
    if (at == std::string_view::npos) return false;
    auto value = tag.substr(at + 6);
    if (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
        value = value.substr(1, value.find(value.front(), 1) - 1);
    } else {
        value = value.substr(0, value.find_first_of(" \t\n/>"));
    }
    // Most classes have neither beginning ("entry-content", "wp-block-table").
    if (value.find("shar") == std::string_view::npos && value.find("relat") == std::string_view::npos) return false;
    constexpr std::string_view words[] = {"share", "sharing", "sharedaddy", "sharethis", "shariff", "related", "relatedposts"};
    for (std::size_t from = 0; from < value.size();) {
        auto const stop = std::min(value.find_first_of(" \t\n-_", from), value.size());
        auto const word = value.substr(from, stop - from);
        if (word.size() >= 5 && (word[0] == 's' || word[0] == 'r') &&
            std::find(std::begin(words), std::end(words), word) != std::end(words))
            return true;
        from = stop + 1;
    }
    return false;
}

// The elements a page's markup marks as its site's chrome: a menu (<nav>), the page's or a
// post's footer (<footer>), a sidebar (<aside>) and, by their class (has_chrome_class), a
// share bar or a list of related posts in a <div>, <section> or <ul>. The name of the one whose
// opening tag is s[i, end), if it is one.
constexpr std::string_view chrome_elements[] = {"nav", "footer", "aside", "div", "section", "ul"};
constexpr std::size_t chrome_by_class = 3;  // the elements from here on are chrome by their class alone
inline std::size_t chrome_element(std::string_view s, std::size_t i, std::size_t end) noexcept {
    constexpr std::size_t none = sizeof(chrome_elements) / sizeof(chrome_elements[0]);
    char const first = static_cast<char>(s[i + 1] | 0x20);
    if (first != 'n' && first != 'f' && first != 'a' && first != 'd' && first != 's' && first != 'u') return none;
    for (std::size_t k = 0; k < none; ++k) {
        auto const name = chrome_elements[k];
        if (first != name[0] || !names_tag(s, i + 1, name)) continue;
        if (k < chrome_by_class) return k;
        // An attribute at least: "<div>" has no class.
        return end - i > name.size() + 2 && has_chrome_class(s.substr(i, end - i)) ? k : none;
    }
    return none;
}

// Where the element named `name` whose opening tag ends at s[from] ends: the '<' of its
// closing tag, the elements of its name opened inside it counted. npos when it is never
// closed, or when it holds an <h1>: the page's headline in it says that what the markup calls
// chrome holds the page (a page's markup may close its elements anywhere, and a misplaced
// closing tag would make the text chrome).
inline std::size_t element_close(std::string_view s, std::size_t from, std::string_view name) noexcept {
    std::size_t depth = 1;
    for (auto at = s.find('<', from); at != std::string_view::npos; at = s.find('<', at + 1)) {
        bool const closing = at + 1 < s.size() && s[at + 1] == '/';
        auto const name_at = at + 1 + closing;
        if (names_tag(s, name_at, name)) {
            if (!closing) ++depth;
            else if (--depth == 0) return at;
        } else if (!closing && names_tag(s, name_at, "h1")) {
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

// The number an attribute of `tag` gives ('rowspan="3"', "colspan=2"), or `otherwise` when
// it gives none; at most `most`.
inline std::size_t attribute_number(std::string_view tag, std::string_view name, std::size_t otherwise, std::size_t most) noexcept {
    auto at = tag.find(name);
    if (at == std::string_view::npos) return otherwise;
    at += name.size();
    while (at < tag.size() && (tag[at] == ' ' || tag[at] == '=' || tag[at] == '"' || tag[at] == '\'')) ++at;
    if (at >= tag.size() || tag[at] < '0' || tag[at] > '9') return otherwise;
    std::size_t n = 0;
    for (; at < tag.size() && tag[at] >= '0' && tag[at] <= '9'; ++at) n = std::min(most, n * 10 + static_cast<std::size_t>(tag[at] - '0'));
    return n;
}

// The cells of a table that span rows under their own ('<td rowspan="3">Belarus</td>'): a
// browser shows them beside each row they span, and the reader of a table takes a row's cells
// by their place, so each such row would have its cells a column short (the organisation read
// as the country, the signer without one). Their text is written again in each row they span,
// at their column: the rows keep their columns, and the signers their country. The bytes
// written again point at the tag they stand before in that row (the next cell's, or the row's
// end): the offset map only goes forward, and they are no bytes of the row's own.
class row_spans {
public:
    bool empty() const noexcept { return spans_.empty() && capture_ == none; }

    void start_row() noexcept { column_ = 0; }

    // Before the tag of a cell of the row: the cells spanned into the row at the place it
    // stands, " | Belarus" each, appended to `out`.
    void before_cell(std::string& out) {
        for (auto* span = at(column_); span; span = at(column_)) {
            out += " | ";
            out += span->text;
            ++column_;
        }
    }

    // A cell whose tag is `tag` opens; its text is written from `text_from` on in the output.
    void open_cell(std::string_view tag, std::size_t text_from) {
        constexpr std::size_t most_rows = 1000, most_columns = 100;
        std::size_t rows = 1, columns = 1;
        if (tag.size() > 4) {  // "<td>" has no attribute
            rows = attribute_number(tag, "rowspan", 1, most_rows);
            if (rows == 0) rows = most_rows;  // "rowspan=0": to the end of the table
            columns = std::max<std::size_t>(1, attribute_number(tag, "colspan", 1, most_columns));
        }
        if (rows > 1) {
            spans_.push_back({column_, rows - 1, std::string(), true});
            capture_ = spans_.size() - 1;
            capture_from_ = text_from;
        }
        column_ += columns;
    }

    // A cell's or the row's tag: the cell that spans rows, if it was the last opened, has its
    // text in `written` since it opened.
    void close_cell(std::string_view written) {
        if (capture_ == none) return;
        auto text = written.substr(std::min(capture_from_, written.size()));
        while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
        spans_[capture_].text.assign(text.data(), text.size());
        capture_ = none;
    }

    // The row ends: the cells spanned into it after its last cell, appended to `out`; each
    // span has a row fewer to go.
    void end_row(std::string& out, std::string_view written) {
        close_cell(written);
        for (std::size_t k = 0; k < spans_.size(); ++k) {
            std::size_t next = none;  // the spans after the row's last cell, in their columns' order
            for (std::size_t j = 0; j < spans_.size(); ++j)
                if (!spans_[j].fresh && spans_[j].column >= column_ && (next == none || spans_[j].column < spans_[next].column))
                    next = j;
            if (next == none) break;
            out += " | ";
            out += spans_[next].text;
            column_ = spans_[next].column + 1;
        }
        for (auto& span : spans_) {
            if (span.fresh) span.fresh = false;
            else --span.rows_left;
        }
        spans_.erase(std::remove_if(spans_.begin(), spans_.end(), [](span const& x) { return x.rows_left == 0; }), spans_.end());
    }

    void clear() noexcept {
        spans_.clear();
        capture_ = none;
    }

private:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    struct span {
        std::size_t column, rows_left;
        std::string text;
        bool fresh;  // opened in the row being read, which has the cell itself
    };
    span* at(std::size_t column) noexcept {
        for (auto& x : spans_)
            if (!x.fresh && x.column == column) return &x;
        return nullptr;
    }
    std::vector<span> spans_;
    std::size_t column_ = 0;
    std::size_t capture_ = none, capture_from_ = 0;
};

// The start of the line of each position asked, asked in increasing order: the text between
// two questions is searched once, so that a page written on one line is not searched back to
// its start at every question.
class line_starts {
public:
    explicit line_starts(std::string_view s) noexcept : s_(s) {}
    std::size_t of(std::size_t i) noexcept {
        if (auto const nl = s_.substr(asked_, i - asked_).rfind('\n'); nl != std::string_view::npos) start_ = asked_ + nl + 1;
        asked_ = i;
        return start_;
    }

private:
    std::string_view s_;
    std::size_t asked_ = 0, start_ = 0;
};

// Whether the line that starts at s[line_start] is a row of a Markdown table: a bar first,
// after its indentation.
inline bool is_table_line(std::string_view s, std::size_t line_start) noexcept {
    while (line_start < s.size() && (s[line_start] == ' ' || s[line_start] == '\t')) ++line_start;
    return line_start < s.size() && s[line_start] == '|';
}

// The organisation an image's tag at s[i, end) names, a logo's alt text standing alone on its
// line ('<p><img src="/logos/rsf.png" alt="Reporters Without Borders logo"></p>'); empty for
// any other tag or image.
inline std::string_view named_logo_image(std::string_view s, std::size_t i, std::size_t end, std::string_view written) {
    if (!is_image_tag(s, i)) return {};
    auto const alt = attribute_value(s.substr(i, end - i), " alt=");
    return alt && stands_alone(written, s, end) ? text::logo_name(*alt) : std::string_view{};
}

// The markup at s[from, to) goes but for `name`, a view into it, which is kept as text.
inline void keep_only(rewriter& w, std::string_view s, std::size_t from, std::size_t to, std::string_view name) {
    auto const at = static_cast<std::size_t>(name.data() - s.data());
    w.replace(from, at, "");
    w.keep(at, at + name.size());
    w.replace(at + name.size(), to, "");
}

}  // namespace markup_detail

namespace detail {
// The stage's output, or nothing when it leaves the text as it is.
// `diags`, when given, is told of a script never closed.
inline std::optional<cleaned_text> strip_markup_changes(cleaned_text const& in, std::string* buffer = nullptr,
                                                        diagnostics* diags = nullptr) {
    using namespace markup_detail;
    std::string_view const s = in.text;
    if (!has_markup(s)) return std::nullopt;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    std::string decoded;
    std::size_t skip_until = 0;  // inside <script>, <style>
    std::size_t emphasis_close = std::string_view::npos;  // the mark that closes an emphasis opened
    byte_scan starts(s, "<&[!*_\\`");  // the bytes markup starts with: the rest is text
    std::vector<text_link> links;
    std::optional<text_link> open_anchor;  // "<a href=…>" until its "</a>"
    // Where the text of the open list item begins, npos outside one: a paragraph right at its
    // start ("<li><p>Quash …") opens no line of its own, and a line break inside it
    // ("<li>release …;<br>drop …</li>") goes on with the item, on a line indented under it.
    std::size_t item_text = std::string_view::npos;
    std::size_t item_tag = 0;  // where the open list item's tag starts
    // How deep the lists open here are nested: an item of a list inside an item is written
    // indented under it ("- Abolish …, including:" / "  - statements by …"), as Markdown does.
    std::size_t list_depth = 0;
    // Inside a table's row (<tr> to </tr>): its cells stay on one line, whatever breaks lines
    // in them, as the table's reader takes a line for a row.
    bool in_row = false;
    // A row of one cell is a line of its own, without the bar that sets a cell apart: a table
    // of one column ("<tr><td>Amber Lantern Association (Armenia)</td></tr>" a name) is a list
    // of lines as a browser shows it, and no table to read by its columns. But for a table with
    // a header's cell (<th>), which is read as a table by it ("| Organisation" over its rows),
    // and a cell that spans columns ("<td colspan=\"2\">Armenia</td>", a group's heading over
    // the rows of a wider table), which keeps its bar.
    bool one_cell_row = false, table_headed = false;
    row_spans spans;        // the cells of the table read that span rows under their own
    std::string spanned;    // the text of such cells written again before a tag
    // A Markdown table's row is one line too: a line break in a cell ("| Dushanbe Legal Aid
    // Bureau<br>Khujand Office | Tajikistan |") is a space in it, and an escaped bar its text.
    line_starts lines(s);
    // The chrome element open here (chrome_element()), from its opening tag to its closing
    // tag's '<' (npos outside one): its text is kept, set apart by a blank line before and after
    // it, and its stretch of the original is handed to the layout (cleaned_text::chrome), which
    // marks its blocks as chrome. An element of a name never closed (or holding the headline)
    // is not sought again: a page's markup broken there would cost a search to its end each.
    std::size_t chrome_close = std::string_view::npos;
    std::uint8_t chrome_unclosed = 0;  // a bit for each of chrome_elements
    std::vector<chrome_range> chrome;
    auto const keep = [&](std::size_t from, std::size_t to) {
        if (in_row) keep_on_one_line(w, s, from, to);
        else w.keep(from, to);
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i < skip_until) i = skip_until;
        i = starts.next(i);
        if (i >= s.size()) break;
        char const c = s[i];
        if (c == '<') {
            std::size_t end = 0;
            auto const kind = read_tag(s, i, end);
            if (kind == tag_kind::none) continue;
            keep(kept, i);
            bool closing = s[i + 1] == '/';
            if ((kind == tag_kind::script || kind == tag_kind::style) && !closing) {
                bool const script = kind == tag_kind::script;
                auto const close = find_tag(s, end, s.size(), script ? "</script" : "</style");
                // A script that another opens before its closing tag is never closed: the
                // closing tag found is the other's ('<script>var s = …' / … the page … /
                // '<script src="app.js"></script>'), and all between would go.
                if (close != std::string_view::npos && !opens_again(s, end, close, script ? "<script" : "<style")) {
                    // A closing tag cut off before its '>' ("</scriptS…" at the end of a page) closes
                    // the script at the end of the text (npos + 1 was 0: the text went backwards).
                    auto const gt = s.find('>', close);
                    end = gt == std::string_view::npos ? s.size() : gt + 1;
                } else {
                    auto const stop = unterminated_script_end(s, end);
                    if (diags) {
                        diagnostic d;
                        d.level = severity::warning;
                        d.code = "markup.unterminated-script";
                        d.message = script ? "a <script> is never closed: it was ended at its line's end or the next block, "
                                             "and the text after it was read"
                                           : "a <style> is never closed: it was ended at its line's end or the next block, "
                                             "and the text after it was read";
                        d.span.begin = in.to_original(i);
                        d.span.end = in.to_original(stop);
                        diags->push_back(std::move(d));
                    }
                    end = stop;
                }
            }
            if (is_anchor(s, i)) {
                if (!closing) {
                    open_anchor.reset();
                    if (auto address = href_of(s.substr(i, end - i)))
                        open_anchor = text_link{in.to_original(end), 0, std::string(*address)};
                } else if (open_anchor) {
                    open_anchor->end = in.to_original(i);
                    if (open_anchor->end > open_anchor->begin) links.push_back(std::move(*open_anchor));
                    open_anchor.reset();
                }
            }
            bool const in_item = item_text != std::string_view::npos;
            bool const at_item_start =
                in_item && s.substr(item_text, i - item_text).find_first_not_of(" \t\n") == std::string_view::npos;
            // A chrome element opens: inside one, its elements are its own. One at a list item's
            // start ("<li><footer>Aigerim says: …", a comment's heading) takes the item's line
            // with it: its marker is no line of its own.
            bool opens_chrome = false;
            if (chrome_close != std::string_view::npos && i > chrome_close) chrome_close = std::string_view::npos;  // its closing tag passed unread
            if (kind == tag_kind::block && !closing && chrome_close == std::string_view::npos && !in_row) {
                auto const element = chrome_element(s, i, end);
                if (element < std::size(chrome_elements) && !(chrome_unclosed & (1u << element))) {
                    auto const close = element_close(s, end, chrome_elements[element]);
                    if (close == std::string_view::npos) {
                        chrome_unclosed = static_cast<std::uint8_t>(chrome_unclosed | (1u << element));
                    } else {
                        auto const close_end = std::min(s.find('>', close), s.size() - 1) + 1;
                        chrome.push_back({in.to_original(at_item_start ? item_tag : i), in.to_original(close_end)});
                        chrome_close = close;
                        opens_chrome = true;
                    }
                }
            }
            bool const closes_chrome = i == chrome_close;
            if (closes_chrome) chrome_close = std::string_view::npos;
            bool const row_tag = kind == tag_kind::block && names_row(s, i + 1 + closing);
            bool const table_end = closing && kind == tag_kind::block && end - i >= 8 && (s[i + 2] | 0x20) == 't' &&
                                   (s[i + 3] | 0x20) == 'a' && (s[i + 4] | 0x20) == 'b';
            // A row ends at its closing tag, at the next row's tag when it has none, or at the
            // table's end; the cells spanned into it after its last cell are written there.
            if (in_row && !spans.empty()) {
                if (row_tag || table_end) spans.end_row(spanned, w.written());
                else if (kind == tag_kind::cell) spans.close_cell(w.written());
            }
            if (row_tag) {
                std::size_t cells = 0;
                in_row = !closing && row_is_flat(s, end, cells);
                one_cell_row = in_row && cells == 1;
                if (in_row) spans.start_row();
            }
            // "</table>" closes a row left open.
            if (table_end) {
                in_row = one_cell_row = table_headed = false;
                spans.clear();
            }
            if (in_row && kind == tag_kind::cell && !closing && !spans.empty()) spans.before_cell(spanned);
            if (!spanned.empty()) {
                w.replace(i, i, spanned);
                spanned.clear();
            }
            if (kind == tag_kind::list_item) {
                item_text = closing ? std::string_view::npos : end;
                item_tag = i;
            }
            else if (kind == tag_kind::block && names_list(s, i + 1 + closing)) {
                if (!closing) ++list_depth;
                else {
                    item_text = std::string_view::npos;
                    if (list_depth > 0) --list_depth;
                }
            }
            if (opens_chrome && at_item_start) {
                w.replace(i, end, "");
                item_text = end;
            } else if (opens_chrome || closes_chrome) {
                w.replace(i, end, "\n\n");
            } else if (kind == tag_kind::list_item && !closing) {
                constexpr std::string_view item_starts[] = {"\n- ", "\n  - ", "\n    - ", "\n      - "};
                w.replace(i, end, item_starts[std::min<std::size_t>(list_depth > 0 ? list_depth - 1 : 0, 3)]);
            } else if (kind == tag_kind::cell) {
                if (!closing && (s[i + 2] | 0x20) == 'h') table_headed = true;
                bool const alone = one_cell_row && !closing && !table_headed && spans.empty() &&
                                   s.substr(i, end - i).find("span") == std::string_view::npos;  // "colspan", "rowspan"
                w.replace(i, end, closing || alone ? "" : " | ");
                if (in_row && !closing) spans.open_cell(s.substr(i, end - i), w.written().size());
            }
            else if (kind == tag_kind::block && at_item_start) {
                w.replace(i, end, "");
                item_text = end;
            } else if (in_row && (kind == tag_kind::line_break || (kind == tag_kind::block && !row_tag)))
                w.replace(i, end, " ");
            else if (kind == tag_kind::line_break && is_table_line(s, lines.of(i)))
                w.replace(i, end, " ");
            else if (kind == tag_kind::line_break) w.replace(i, end, in_item ? "\n  " : "\n");
            else if (kind == tag_kind::block) w.replace(i, end, "\n");
            else if (kind == tag_kind::heading) w.replace(i, end, closing ? "\n" : "\n# ");
            else if (auto const name = named_logo_image(s, i, end, w.written()); !name.empty())
                keep_only(w, s, i, end, name);
            else w.replace(i, end, "");
            kept = end;
            skip_until = end;
            continue;
        }
        if (c == '&') {
            std::size_t end = 0;
            if (decode_entity(s, i, decoded, end)) {
                keep(kept, i);
                w.replace(i, end, decoded);
                kept = end;
                skip_until = end;
            }
            continue;
        }
        // A code fence's line ("```", "```markdown") is markup: it goes, and its line stays, blank.
        // What the fences enclose is read as the rest of the text: a statement wrapped in a
        // fence, as a chat's answer gives it, is still Markdown.
        if (c == '`') {
            auto const line_end = fence_line_end(s, i);
            if (line_end == std::string_view::npos) continue;
            keep(kept, i);
            w.replace(i, line_end, "");
            kept = line_end;
            skip_until = line_end;
            continue;
        }
        // Markdown's escape: the backslash goes, the mark after it stays as text (it opens no
        // emphasis, no link, no list); before a line break it only broke the line.
        if (c == '\\') {
            if (!escapes(s, i)) continue;
            keep(kept, i);
            if (i + 1 < s.size() && s[i + 1] == '|' && is_table_line(s, lines.of(i))) {
                w.replace(i, i + 2, bar_in_cell);
                kept = i + 2;
                skip_until = i + 2;
                continue;
            }
            w.replace(i, i + 1, "");
            kept = i + 1;
            skip_until = i + 1 < s.size() && s[i + 1] != '\n' ? i + 2 : i + 1;
            continue;
        }
        // Markdown: ![alt](url) goes, and a linked image ("[![alt](url)](link)") with its link;
        // [text](url) keeps its text. A logo standing alone on its line keeps its name.
        if (c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '[')) {
            if (c == '[' && i + 2 < s.size() && s[i + 1] == '!' && s[i + 2] == '[') continue;  // the image's, read at its '!'
            std::size_t open = c == '!' ? i + 1 : i;
            auto close = find_byte(s, ']', open);
            auto nl = find_byte(s, '\n', open);
            if (close == std::string_view::npos || (nl != std::string_view::npos && nl < close) || close + 1 >= s.size() ||
                s[close + 1] != '(')
                continue;
            auto paren = find_byte(s, ')', close);
            auto nl2 = find_byte(s, '\n', close);
            if (paren == std::string_view::npos || (nl2 != std::string_view::npos && nl2 < paren)) continue;
            std::size_t from = i, to = paren + 1;
            if (c == '!' && i > kept && s[i - 1] == '[' && paren + 2 < s.size() && s[paren + 1] == ']' && s[paren + 2] == '(') {
                auto const link_end = find_byte(s, ')', paren + 2);
                if (link_end != std::string_view::npos && (nl2 == std::string_view::npos || link_end < nl2))
                    from = i - 1, to = link_end + 1;
            }
            keep(kept, from);
            auto const logo = c == '!' && stands_alone(w.written(), s, to)
                                  ? text::logo_name(s.substr(open + 1, close - open - 1))
                                  : std::string_view{};
            if (!logo.empty()) {
                keep_only(w, s, from, to, logo);
            } else if (c == '!') {
                w.replace(from, to, "");
            } else {
                auto const address = trim_spaces(s.substr(close + 2, paren - close - 2));
                if (close > open + 1 && !address.empty() && address.find(' ') == std::string_view::npos)
                    links.push_back({in.to_original(open + 1), in.to_original(close), std::string(address)});
                w.replace(i, open + 1, "");
                w.keep(open + 1, close);
                w.replace(close, paren + 1, "");
            }
            kept = to;
            skip_until = to;
            continue;
        }
        // Emphasis: ** and __ around words.
        if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
            keep(kept, i);
            w.replace(i, i + 2, "");
            kept = i + 2;
            skip_until = i + 2;
            continue;
        }
        // Emphasis with one mark, "*Published on 3 May*", "_The list remains open._": the mark
        // that closes it is taken out when the scan reaches it, so that links inside are read.
        if (i == emphasis_close || ((c == '*' || c == '_') && markup_detail::opens_emphasis(s, i, emphasis_close))) {
            if (i == emphasis_close) emphasis_close = std::string_view::npos;
            keep(kept, i);
            w.replace(i, i + 1, "");
            kept = i + 1;
            skip_until = i + 1;
            continue;
        }
    }
    keep(kept, s.size());
    auto out = std::move(w).finish_changes();
    if (out) {
        out->links = std::move(links);
        out->chrome = std::move(chrome);
    }
    return out;
}
}  // namespace detail

CIVIC_FUNC cleaned_text strip_markup(cleaned_text const& in) {
    auto out = detail::strip_markup_changes(in);
    return out ? std::move(*out) : in;
}

CIVIC_FUNC cleaned_text strip_markup(cleaned_text const& in, diagnostics& diags) {
    auto out = detail::strip_markup_changes(in, nullptr, &diags);
    return out ? std::move(*out) : in;
}

}  // namespace text
CIVIC_NAMESPACE_END
