// Definition of text::strip_markup (declared in <civic/text/cleanup.hpp>).
#pragma once
#include <civic/text/byte_scan.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/rewriter.hpp>
#include <civic/text/utf8.hpp>

#include <cstring>
#include <string>

CIVIC_NAMESPACE_BEGIN
namespace text {
namespace markup_detail {

inline bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "<p", "</li", "<br/": the name of the tag at s[i] (lower case), or "" when it is no tag.
inline std::string tag_name(std::string_view s, std::size_t i, std::size_t& end) {
    if (s[i] != '<' || i + 1 >= s.size()) return {};
    std::size_t j = i + 1;
    if (s[j] == '/') ++j;
    if (j >= s.size() || !is_alpha(s[j])) {
        if (s.compare(i, 4, "<!--") == 0) {
            auto close = s.find("-->", i + 4);
            if (close == std::string_view::npos) return {};
            end = close + 3;
            return "!--";
        }
        return {};
    }
    std::string name;
    while (j < s.size() && (is_alpha(s[j]) || (s[j] >= '0' && s[j] <= '9'))) name += static_cast<char>(s[j++] | 0x20);
    // The tag ends at '>' on the same few lines; attributes may hold quoted '>' rarely enough.
    auto close = s.find('>', j);
    if (close == std::string_view::npos || close - i > 2000) return {};
    end = close + 1;
    return name;
}

inline bool is_block_tag(std::string const& n) {
    static char const* const names[] = {"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                                        "tr", "table", "section", "article", "header", "footer", "blockquote",
                                        "hr", "main", "nav", "aside", "figure", "figcaption", "dl", "dt", "dd",
                                        "title", "time", "template", "body", "html", "head"};
    for (auto const* b : names)
        if (n == b) return true;
    return false;
}

struct entity {
    char const* name;
    char const* text;
};
inline entity const entities[] = {{"amp", "&"},          {"lt", "<"},          {"gt", ">"},
                                  {"quot", "\""},        {"apos", "'"},        {"nbsp", " "},
                                  {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"rdquo", "\xE2\x80\x9D"},
                                  {"ldquo", "\xE2\x80\x9C"}, {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"},
                                  {"laquo", "\xC2\xAB"},  {"raquo", "\xC2\xBB"},  {"hellip", "\xE2\x80\xA6"}};

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
        for (auto const& e : entities)
            if (body == e.name) out = e.text;
        if (out.empty()) return false;
    }
    end = semi + 1;
    return true;
}

// Plain text stays plain: markup is only read when the text has some.
inline bool has_markup(std::string_view s) {
    byte_scan starts(s, "<]*");
    std::size_t tags = 0, links = 0;
    for (std::size_t i = starts.next(0); i + 1 < s.size(); i = starts.next(i + 1)) {
        if (s[i] == '<') {
            std::size_t end = 0;
            if (!tag_name(s, i, end).empty()) ++tags;
        } else if (s[i] == ']' && s[i + 1] == '(') {
            ++links;
        } else if (s[i] == '*' && s[i + 1] == '*') {
            ++links;
        }
        if (tags >= 2 || links >= 1) return true;
    }
    return false;
}

}  // namespace markup_detail

namespace detail {
// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> strip_markup_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    using namespace markup_detail;
    std::string_view const s = in.text;
    if (!has_markup(s)) return std::nullopt;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    std::string decoded;
    std::size_t skip_until = 0;  // inside <script>, <style>
    byte_scan starts(s, "<&[!*_");  // the bytes markup starts with: the rest is text
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i < skip_until) i = skip_until;
        i = starts.next(i);
        if (i >= s.size()) break;
        char const c = s[i];
        if (c == '<') {
            std::size_t end = 0;
            auto name = tag_name(s, i, end);
            if (name.empty()) continue;
            w.keep(kept, i);
            bool closing = s[i + 1] == '/';
            if ((name == "script" || name == "style") && !closing) {
                auto close = s.find(name == "script" ? "</script" : "</style", end);
                // A closing tag cut off before its '>' ("</scriptS…" at the end of a page) closes
                // the script at the end of the text (npos + 1 was 0: the text went backwards).
                if (close != std::string_view::npos) {
                    auto const gt = s.find('>', close);
                    end = gt == std::string_view::npos ? s.size() : gt + 1;
                }
            }
            if (name == "li" && !closing) w.replace(i, end, "\n- ");
            else if (name == "td" || name == "th") w.replace(i, end, closing ? "" : " | ");
            else if (is_block_tag(name)) w.replace(i, end, "\n");
            else w.replace(i, end, "");
            kept = end;
            skip_until = end;
            continue;
        }
        if (c == '&') {
            std::size_t end = 0;
            if (decode_entity(s, i, decoded, end)) {
                w.keep(kept, i);
                w.replace(i, end, decoded);
                kept = end;
                skip_until = end;
            }
            continue;
        }
        // Markdown: ![alt](url) goes; [text](url) keeps its text.
        if (c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '[')) {
            std::size_t open = c == '!' ? i + 1 : i;
            auto close = s.find(']', open);
            auto nl = s.find('\n', open);
            if (close == std::string_view::npos || (nl != std::string_view::npos && nl < close) || close + 1 >= s.size() ||
                s[close + 1] != '(')
                continue;
            auto paren = s.find(')', close);
            auto nl2 = s.find('\n', close);
            if (paren == std::string_view::npos || (nl2 != std::string_view::npos && nl2 < paren)) continue;
            w.keep(kept, i);
            if (c == '!') {
                w.replace(i, paren + 1, "");
            } else {
                w.replace(i, open + 1, "");
                w.keep(open + 1, close);
                w.replace(close, paren + 1, "");
            }
            kept = paren + 1;
            skip_until = paren + 1;
            continue;
        }
        // Emphasis: ** and __ around words.
        if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
            w.keep(kept, i);
            w.replace(i, i + 2, "");
            kept = i + 2;
            skip_until = i + 2;
            continue;
        }
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text strip_markup(cleaned_text const& in) {
    auto out = detail::strip_markup_changes(in);
    return out ? std::move(*out) : in;
}

}  // namespace text
CIVIC_NAMESPACE_END
