// Definitions of the clean-up stages declared in <civic/text/cleanup.hpp>.
#pragma once
#include <civic/lang/languages.hpp>
#include <civic/text/byte_scan.hpp>
#include <civic/text/combining_marks.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/image_names.hpp>
#include <civic/text/legacy_encodings.hpp>
#include <civic/text/page_marks.hpp>
#include <civic/text/rewriter.hpp>
#include <civic/text/running_headers.hpp>
#include <civic/text/utf8.hpp>
#include <civic/text/words.hpp>
#include <civic/text/impl/markup.ipp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace text {

namespace detail {

inline diagnostic byte_diagnostic(severity level, char const* code, std::string message, std::size_t begin,
                                  std::size_t end) {
    diagnostic d;
    d.level = level;
    d.code = code;
    d.message = std::move(message);
    d.span.begin = begin;
    d.span.end = end;
    return d;  // line and column are filled in once, at the end of parse()
}

// Bit 7 of each of the eight bytes of `x` that is not printable ASCII (0x20 to 0x7E), and no
// other bit. Each byte is tested without bit 7, so that no sum carries into the next byte:
// below 0x20 the low seven bits stay below 0x80 when 0x60 is added, from 0x7F they reach it
// when 1 is; a byte with bit 7 set is not ASCII. The marks are exact, so the first one is
// where the scan goes next.
inline std::uint64_t not_printable_ascii8(std::uint64_t x) noexcept {
    using swar::ones;
    std::uint64_t const low7 = x & ~swar::highs;
    return (x | ~(low7 + ones * 0x60) | (low7 + ones)) & swar::highs;
}

inline bool is_ascii_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// UTF-16 → UTF-8, keeping a map anchor for every code unit so spans stay exact.
inline cleaned_text decode_utf16(cleaned_text const& in, std::size_t start, bool little_endian, diagnostics& diags) {
    cleaned_text out;
    out.original_size = in.original_size;
    auto const& s = in.text;
    auto unit = [&](std::size_t i) -> char32_t {
        auto lo = static_cast<unsigned char>(s[i + (little_endian ? 0 : 1)]);
        auto hi = static_cast<unsigned char>(s[i + (little_endian ? 1 : 0)]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    std::size_t bad = 0;
    std::size_t i = start;
    for (; i + 1 < s.size();) {
        out.map.add(out.text.size(), in.map.to_original(i));
        char32_t u = unit(i);
        std::size_t used = 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < s.size()) {
            char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                used = 4;
            } else {
                u = utf8::replacement, ++bad;
            }
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            u = utf8::replacement, ++bad;
        }
        utf8::append(out.text, u);
        i += used;
    }
    if (i < s.size()) {  // an odd trailing byte
        out.map.add(out.text.size(), in.map.to_original(i));
        utf8::append(out.text, utf8::replacement);
        ++bad;
    }
    out.map.add(out.text.size(), in.original_size);
    diags.push_back(byte_diagnostic(severity::note, "text.utf16-decoded",
                                    little_endian ? "the input is UTF-16LE; it was decoded to UTF-8"
                                                  : "the input is UTF-16BE; it was decoded to UTF-8",
                                    0, in.original_size));
    if (bad)
        diags.push_back(byte_diagnostic(severity::warning, "text.invalid-utf16",
                                        std::to_string(bad) + " invalid UTF-16 code unit(s) replaced by U+FFFD", 0,
                                        in.original_size));
    return out;
}

// UTF-16 without a BOM is only assumed when it is certain: most even (or odd) bytes are
// zero, which no UTF-8 text has.
inline int utf16_without_bom(std::string const& s) noexcept {
    std::size_t const n = s.size() < 4096 ? s.size() : 4096;
    if (n < 4 || n % 2) return 0;
    std::size_t const pairs = n / 2;
    // Either way needs nine zero bytes in ten on one side: once more than a tenth of the pairs
    // have a byte on each side that is not zero (the first pairs of any UTF-8 text), neither
    // can be, and the rest of the pairs are not read.
    std::size_t even_zero = 0, odd_zero = 0;
    for (std::size_t i = 0, seen = 1; i + 1 < n; i += 2, ++seen) {
        even_zero += s[i] == 0;
        odd_zero += s[i + 1] == 0;
        if ((seen - odd_zero) * 10 > pairs && (seen - even_zero) * 10 > pairs) return 0;
    }
    if (odd_zero * 10 >= pairs * 9 && even_zero == 0) return 1;  // little endian ASCII-range text
    if (even_zero * 10 >= pairs * 9 && odd_zero == 0) return 2;  // big endian
    return 0;
}

}  // namespace detail

CIVIC_FUNC cleaned_text wrap(std::string_view input) {
    cleaned_text t;
    t.text.assign(input.data(), input.size());
    t.original_size = input.size();
    return t;
}

namespace detail {
inline std::optional<cleaned_text> decode_input_changes(cleaned_text const& in, diagnostics& diags) {
    auto const& s = in.text;
    auto starts = [&](char const* bom, std::size_t n) { return s.size() >= n && s.compare(0, n, bom, n) == 0; };
    if (starts("\xEF\xBB\xBF", 3)) {
        rewriter w(in);
        w.replace(0, 3, "");
        w.keep(3, s.size());
        return std::move(w).finish_changes();
    }
    if (starts("\xFF\xFE", 2)) return detail::decode_utf16(in, 2, true, diags);
    if (starts("\xFE\xFF", 2)) return detail::decode_utf16(in, 2, false, diags);
    if (int kind = detail::utf16_without_bom(s)) return detail::decode_utf16(in, 0, kind == 1, diags);
    return std::nullopt;
}
}  // namespace detail

CIVIC_FUNC cleaned_text decode_input(cleaned_text const& in, diagnostics& diags) {
    auto out = detail::decode_input_changes(in, diags);
    return out ? std::move(*out) : in;
}

namespace detail {
// A text in one of the single-byte encodings of before UTF-8 (<civic/text/legacy_encodings.hpp>),
// decoded, each character mapped to its one byte: from the encoding its page declares, or from
// the one its bytes look like. Nothing where it is in neither: UTF-8 with damaged bytes, binary
// data, a page that declares an encoding civic does not read. normalise_characters asks at the
// first byte that is not UTF-8, so that a text in UTF-8 (nearly every input) costs no scan more.
inline std::optional<cleaned_text> decode_legacy_changes(cleaned_text const& in, diagnostics& diags) {
    auto const& s = in.text;
    auto const evidence = weigh_bytes(s);
    std::optional<legacy_encoding> encoding;
    std::string why;
    if (auto const label = declared_charset(s); label && !is_utf8_label(*label)) {
        // The page's word is taken, unless most of its high bytes are UTF-8 after all (a template
        // that still declares Latin-1 around a text in UTF-8).
        encoding = legacy_encoding_of_label(*label);
        if (evidence.invalid_bytes <= evidence.valid_sequences) encoding.reset();
        why = "as the page declares (charset=" + std::string(*label) + ")";
    } else {
        encoding = likely_legacy_encoding(evidence);
        why = "the encoding its bytes look like";
    }
    if (!encoding) return std::nullopt;
    rewriter w(in);
    std::size_t kept = 0;
    char bytes[4];
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) continue;
        w.keep(kept, i);
        w.replace(i, i + 1, std::string_view(bytes, utf8::encode(legacy_code_point(*encoding, b), bytes)));
        kept = i + 1;
    }
    w.keep(kept, s.size());
    diags.push_back(byte_diagnostic(severity::note, "text.legacy-encoding",
                                    std::string("the input is not UTF-8; it was decoded as ") +
                                        legacy_encoding_name(*encoding) + ", " + why,
                                    0, in.original_size));
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text decode_legacy_encoding(cleaned_text const& in, diagnostics& diags) {
    auto out = detail::decode_legacy_changes(in, diags);
    return out ? std::move(*out) : in;
}

namespace detail {
// The last non-space character before `pos`, and the first one from `pos`.
inline std::size_t last_non_space(std::string const& s, std::size_t pos) {
    while (pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '\t')) --pos;
    return pos;
}

inline bool ends_mid_sentence(std::string const& s, std::size_t line_end) {
    std::size_t e = last_non_space(s, line_end);
    if (e == 0) return false;
    char c = s[e - 1];
    if (c == ',') return true;
    return utf8::is_lower_letter(utf8::decode_before(s, e).cp);  // the last code point
}

// The next line goes on with a lower-case word (letters only: "other", not "logo_web_23").
inline bool starts_with_lower_word(std::string const& s, std::size_t pos) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    if (pos >= s.size() || !utf8::is_lower_letter(utf8::decode(s, pos).cp)) return false;
    while (pos < s.size()) {
        auto d = utf8::decode(s, pos);
        if (!utf8::is_letter(d.cp)) return d.cp == ' ' || d.cp == ',' || d.cp == '\n';
        pos += d.length;
    }
    return true;
}

// "… was ordered by a prosecutor" / form feed / "who had opened a case …": a PDF's page break
// inside a sentence, the page's last line stopping in mid-sentence and the next page going on
// in lower case. A short last line (a narrow column's) would end the paragraph were the break
// a line break.
inline bool page_break_inside_sentence(std::string const& s, std::size_t line_end, std::size_t next_page) {
    return ends_mid_sentence(s, line_end) && starts_with_lower_word(s, next_page);
}

}  // namespace detail

namespace detail {
// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> normalise_line_endings_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    auto const& s = in.text;
    // A scan for each of the two characters, each found again only once it is passed:
    // find_first_of("\r\f") looks every byte up in its set (a library call a byte), and was the
    // slowest part of the whole clean-up.
    std::size_t cr = s.find('\r'), ff = s.find('\f');
    auto next_break = [&](std::size_t from) {
        if (cr < from) cr = s.find('\r', from);
        if (ff < from) ff = s.find('\f', from);
        return std::min(cr, ff);
    };
    std::size_t i = next_break(0);
    if (i == std::string::npos) return std::nullopt;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    for (; i < s.size(); i = next_break(i + 1)) {
        // A page break as a PDF's text writes it, the form feed opening the next page's first
        // line ("…\n\fwho had …"), the line break before it one this stage has not rewritten.
        if (s[i] == '\f' && i > kept && s[i - 1] == '\n' && page_break_inside_sentence(s, i - 1, i + 1)) {
            w.keep(kept, i - 1);
            w.replace(i - 1, i + 1, " ");
            kept = i + 1;
            continue;
        }
        w.keep(kept, i);
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            w.replace(i, i + 2, "\n");
            ++i;
        } else {
            w.replace(i, i + 1, "\n");
        }
        kept = i + 1;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text normalise_line_endings(cleaned_text const& in) {
    auto out = detail::normalise_line_endings_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// What normalise_characters writes for a code point it replaces, and whether that is a control
// character (which it reports); no text for a code point that stays.
struct character_replacement {
    char const* text = nullptr;
    bool control = false;
};

inline character_replacement replacement_for(char32_t cp) noexcept {
    switch (cp) {
        case '\n':
        case '\t': return {};
        case 0xA0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
        case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F:
        case 0x205F: case 0x3000: return {" "};
        case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return {""};
        // The marks and controls of writing direction (LRM, RLM, the embeddings and overrides,
        // the isolates): invisible, they set how a line shows, none of its letters; a signer's
        // name copied from a right-to-left page keeps an RLM at both its ends.
        case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D:
        case 0x202E: case 0x2066: case 0x2067: case 0x2068: case 0x2069: return {""};
        // Line breaks of other names, as a form feed is one (normalise_line_endings): the line and
        // paragraph separators, NEL, and the vertical tab of a word processor's manual line break.
        case 0x2028: case 0x2029: case 0x85: case 0x0B: return {"\n"};
        // The Latin ligatures of a PDF's fonts, which its text keeps ("Ofﬁce"): their letters.
        case 0xFB00: return {"ff"};
        case 0xFB01: return {"fi"};
        case 0xFB02: return {"fl"};
        case 0xFB03: return {"ffi"};
        case 0xFB04: return {"ffl"};
        case 0xFB05: case 0xFB06: return {"st"};
        // A table drawn with box-drawing characters ("│ Coral Institute │ Kenya │" between
        // "┌───┬───┐" and "├───┼───┤"), as a terminal or a plain-text export draws one: its
        // upright lines the bars of a table typed by hand, every other piece of its rules a
        // dash, so that it reads as "| Coral Institute | Kenya |" under "|-------|".
        case 0x2502: case 0x2503: case 0x2506: case 0x2507: case 0x250A: case 0x250B: case 0x2551:
            return {"|"};
        default:
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return {" ", true};
            if (cp >= 0x2500 && cp <= 0x257F) return {"-"};
            return {};
    }
}

// The lead bytes of the two-byte letters normalise_characters passes over at once: U+00C0 to
// U+07FF (0xC3 to 0xDF), but for the combining marks U+0300 to U+036F (0xCC, 0xCD), which
// compose with the letter before them. A lookup, as cheap as the test of the range was.
struct two_byte_letter_leads {
    bool is[256];
    constexpr two_byte_letter_leads() : is() {
        for (int b = 0xC3; b <= 0xDF; ++b) is[b] = b != 0xCC && b != 0xCD;
    }
};
inline constexpr two_byte_letter_leads letter_leads{};

inline std::optional<cleaned_text> normalise_characters_changes(cleaned_text const& in, diagnostics& diags,
                                                         std::string* buffer = nullptr) {
    auto const& s = in.text;
    rewriter w(in, buffer);
    std::size_t kept = 0, invalid = 0, first_invalid = 0, controls = 0;
    auto const two_byte_letter = [&s](std::size_t i) {
        if (i + 1 >= s.size()) return false;
        return letter_leads.is[static_cast<unsigned char>(s[i])] && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80;
    };
    for (std::size_t i = 0; i < s.size();) {
        if (s.size() - i >= 8) {  // the common case, printable ASCII, eight bytes at once
            auto const others = detail::not_printable_ascii8(swar::load8(s.data() + i));
            if (others == 0) {
                i += 8;
                continue;
            }
            // Straight to the first byte that is not (a line break, a letter beyond ASCII …):
            // trying eight bytes at every byte up to it cost more than the bytes' own tests.
            i += swar::first_marked(others);
        }
        auto const b = static_cast<unsigned char>(s[i]);
        // Two-byte letters from U+00C0 on (accented Latin, Greek, Cyrillic …) are valid and
        // kept: none of them is replaced below (U+00A0 and U+00AD start with 0xC2), and none
        // composes with a mark before it. A word of them is passed over at once, not a letter
        // and an attempt at eight bytes in turn.
        if (two_byte_letter(i)) {
            do i += 2;
            while (two_byte_letter(i));
            continue;
        }
        // Printable ASCII (of the last seven bytes), and the two controls that stay as they are.
        if ((b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t') {
            ++i;
            continue;
        }
        auto d = utf8::decode(s, i);
        char const* replacement = nullptr;
        if (!d.valid) {
            if (!invalid++) {
                // The first byte that is not UTF-8: a text in an older encoding is decoded, and
                // its characters normalised as any text's are (the decoded text is UTF-8: the
                // stage does not come back here).
                if (auto decoded = detail::decode_legacy_changes(in, diags)) {
                    (void)std::move(w).finish_changes();  // what was written goes, and its memory
                    auto out = normalise_characters_changes(*decoded, diags, buffer);
                    return out ? std::move(out) : std::move(decoded);
                }
                first_invalid = in.to_original(i);
            }
            replacement = "\xEF\xBF\xBD";
        } else if (utf8::is_combining_mark(d.cp)) {
            // A letter and its accent apart ("Me\u0301xico", NFD as macOS and some PDFs write it):
            // the one letter they make, spanning both, where the table has it. Not a letter
            // this stage has written itself.
            auto const letter = i > kept ? utf8::decode_before(s, i) : utf8::decoded{};
            if (letter.valid && i - letter.length >= kept) {
                if (auto const c = utf8::composed(letter.cp, d.cp)) {
                    char bytes[4];
                    w.keep(kept, i - letter.length);
                    w.replace(i - letter.length, i + d.length, std::string_view(bytes, utf8::encode(c, bytes)));
                    kept = i + d.length;
                }
            }
        } else {
            auto const r = detail::replacement_for(d.cp);
            replacement = r.text;
            controls += r.control;
        }
        if (replacement) {
            w.keep(kept, i);
            w.replace(i, i + d.length, replacement);
            kept = i + d.length;
        }
        i += d.length;
    }
    w.keep(kept, s.size());
    if (invalid)
        diags.push_back(byte_diagnostic(
            severity::warning, "text.invalid-utf8",
            std::to_string(invalid) + " byte(s) of invalid UTF-8 replaced by U+FFFD (first shown here)", first_invalid,
            first_invalid + 1));
    if (controls)
        diags.push_back(byte_diagnostic(severity::note, "text.control-characters",
                                                std::to_string(controls) + " control character(s) read as spaces", 0,
                                                0));
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text normalise_characters(cleaned_text const& in, diagnostics& diags) {
    auto out = detail::normalise_characters_changes(in, diags);
    return out ? std::move(*out) : in;
}

namespace detail {
// The stage's output, or nothing when it leaves the text as it is. Three quoted lines at least,
// and four in ten of the lines with text: a Markdown quotation of a sentence or two in a
// statement stays as it is.
inline std::optional<cleaned_text> unquote_mail_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    auto const& s = in.text;
    if ((s.empty() || s[0] != '>') && s.find("\n>") == std::string::npos) return std::nullopt;
    std::size_t lines = 0, quoted = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        auto eol = s.find('\n', pos);
        if (eol == std::string::npos) eol = s.size();
        if (s.find_first_not_of(" \t", pos) < eol) {
            ++lines;
            quoted += s[pos] == '>';
        }
        pos = eol + 1;
    }
    if (quoted < 3 || quoted * 10 < lines * 4) return std::nullopt;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        auto eol = s.find('\n', pos);
        if (eol == std::string::npos) eol = s.size();
        if (s[pos] == '>') {
            std::size_t end = pos;
            while (end < eol && s[end] == '>') {
                ++end;
                if (end < eol && s[end] == ' ') ++end;
            }
            w.keep(kept, pos);
            w.replace(pos, end, "");
            kept = end;
        }
        pos = eol + 1;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text unquote_mail(cleaned_text const& in) {
    auto out = detail::unquote_mail_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// The value of the upper-case hexadecimal digit `c`, or -1: quoted-printable writes its bytes
// in upper case ("=C3=A9"), and a plain text's "=ab" is no byte of it.
inline int quoted_printable_digit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The byte written as "=XX" at s[i], or -1 where none is written there.
inline int quoted_printable_byte_at(std::string_view s, std::size_t i) noexcept {
    if (i + 2 >= s.size() || s[i] != '=') return -1;
    auto const high = quoted_printable_digit(s[i + 1]), low = quoted_printable_digit(s[i + 2]);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

// Where the run of "=XX" bytes that starts at s[i] ends; its bytes are written into `bytes`.
inline std::size_t quoted_printable_run(std::string_view s, std::size_t i, std::string& bytes) {
    bytes.clear();
    for (int b; (b = quoted_printable_byte_at(s, i)) >= 0; i += 3) bytes.push_back(static_cast<char>(b));
    return i;
}

// Whether a character of more than one byte is written in `bytes`, and nothing that is not
// UTF-8: "=E2=80=99" is a quoted-printable apostrophe, which no plain text writes.
inline bool holds_encoded_character(std::string_view bytes) noexcept {
    bool wide = false;
    for (std::size_t k = 0; k < bytes.size();) {
        auto const d = utf8::decode(bytes, k);
        if (!d.valid) return false;
        wide |= d.length > 1;
        k += d.length;
    }
    return wide;
}

// Whether the line that `at` is on opens with "Content-Transfer-Encoding:", in any case: the
// header of a mail's part, pasted with the part.
inline bool on_transfer_encoding_header(std::string_view s, std::size_t at) noexcept {
    constexpr std::string_view header = "content-transfer-encoding:";
    auto const line = s.rfind('\n', at) + 1;  // npos + 1: the first line
    if (at < line + header.size()) return false;
    for (std::size_t k = 0; k < header.size(); ++k)
        if ((s[line + k] | 0x20) != header[k]) return false;
    return true;
}

// Whether `s` is a mail's body in quoted-printable, pasted undecoded: it says so in the part's
// header, or a character of more than one byte is written as its bytes ("Baloch=E2=80=99s",
// "R=C3=A9seau").
inline bool looks_quoted_printable(std::string_view s, std::size_t first_equals) {
    for (auto at = s.find("quoted-printable"); at != std::string_view::npos; at = s.find("quoted-printable", at + 1))
        if (on_transfer_encoding_header(s, at)) return true;
    std::string bytes;
    for (auto at = first_equals; at != std::string_view::npos; at = s.find('=', at + 1)) {
        if (quoted_printable_byte_at(s, at) < 0) continue;
        auto const end = quoted_printable_run(s, at, bytes);
        if (holds_encoded_character(bytes)) return true;
        at = end - 1;
    }
    return false;
}

// The stage's output, or nothing when it leaves the text as it is. In a body that is quoted-
// printable, a run of "=XX" that writes UTF-8 is its characters, normalised as
// normalise_characters does raw ones (it has run: "=C2=A0" is a space), spanning the run; a
// line that ends in '=' (a soft line break, the mail's wrapping: "Act 20=" / "21.") goes on
// in the next. A run that is not UTF-8 (a body in Latin-1) stays as written.
inline std::optional<cleaned_text> decode_quoted_printable_changes(cleaned_text const& in,
                                                                  std::string* buffer = nullptr) {
    auto const& s = in.text;
    auto const first_equals = s.find('=');
    if (first_equals == std::string::npos || !looks_quoted_printable(s, first_equals)) return std::nullopt;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    std::string bytes, decoded;
    for (std::size_t at = first_equals, next = 0; at != std::string::npos; at = s.find('=', next)) {
        next = at + 1;
        auto const after = s.find_first_not_of(" \t", at + 1);  // a soft break may keep trailing spaces
        if (after == std::string::npos || s[after] == '\n') {
            next = after == std::string::npos ? s.size() : after + 1;
            w.keep(kept, at);
            w.replace(at, next, "");
            kept = next;
            continue;
        }
        auto const end = quoted_printable_run(s, at, bytes);
        if (end == at) continue;
        next = end;  // a run that is not UTF-8 stays whole: none of its bytes is decoded
        decoded.clear();
        bool valid = true;
        for (std::size_t k = 0; k < bytes.size() && valid;) {
            auto const d = utf8::decode(bytes, k);
            valid = d.valid;
            if (auto const r = replacement_for(d.cp); r.text) decoded += r.text;
            else decoded.append(bytes, k, d.length);
            k += d.length;
        }
        if (!valid) continue;
        w.keep(kept, at);
        w.replace(at, end, decoded);
        kept = end;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text decode_quoted_printable(cleaned_text const& in) {
    auto out = detail::decode_quoted_printable_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// The stage's output, or nothing when it leaves the text as it is. "Legal Aid &amp; Justice
// Network", "Women&#8217;s Rights": a reference well formed (a name of the HTML reader's table,
// or a code point in decimal or hexadecimal, and its ';') is its character, which spans the
// reference; a bare '&' or an unknown name stays. The character is normalised as
// normalise_characters does a raw one ("&#160;" a space, "&#8203;" nothing), which has run.
inline std::optional<cleaned_text> decode_character_references_changes(cleaned_text const& in,
                                                                       std::string* buffer = nullptr) {
    auto const& s = in.text;
    auto amp = s.find('&');
    if (amp == std::string::npos) return std::nullopt;  // most texts: a search and no more
    rewriter w(in, buffer);
    std::size_t kept = 0;
    std::string decoded;
    for (; amp != std::string::npos; amp = s.find('&', amp + 1)) {
        // A reference's ';' is ten bytes after its '&' at most: the search for it stops there,
        // where a text of many '&' and few ';' would be searched to its end for each.
        auto const reach = std::string_view(s).substr(0, std::min(s.size(), amp + 11));
        std::size_t end = 0;
        if (!markup_detail::decode_entity(reach, amp, decoded, end)) continue;
        if (!decoded.empty())  // one code point, or nothing ("&shy;")
            if (auto const r = replacement_for(utf8::decode(decoded, 0).cp); r.text) decoded = r.text;
        w.keep(kept, amp);
        w.replace(amp, end, decoded);
        kept = end;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text decode_character_references(cleaned_text const& in) {
    auto out = detail::decode_character_references_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> strip_link_reference_marks_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    // "[5]Access Now", "the [12]UN Special Rapporteur": a text browser's dump numbers each link
    // in square brackets glued to the link's text, and lists the addresses at the end. The mark
    // goes; a note's mark ("[1] See …", "detained[3].") has no letter glued after it and stays.
    auto const& s = in.text;
    std::optional<rewriter> w;
    std::size_t kept = 0;
    for (std::size_t b = s.find('['); b != std::string::npos; b = s.find('[', b + 1)) {
        std::size_t k = b + 1;
        while (k < s.size() && k < b + 5 && s[k] >= '0' && s[k] <= '9') ++k;
        if (k == b + 1 || k + 1 >= s.size() || s[k] != ']') continue;
        auto const after = utf8::decode(s, k + 1).cp;
        // "   [12]" alone on its line: an image's link, which leaves its mark only.
        std::size_t line_start = b;
        while (line_start > 0 && (s[line_start - 1] == ' ' || s[line_start - 1] == '\t')) --line_start;
        bool const alone = (line_start == 0 || s[line_start - 1] == '\n') && (k + 1 == s.size() || s[k + 1] == '\n');
        if (!alone && !utf8::is_letter(after) && !(after >= '0' && after <= '9') && !utf8::is_quote(after)) continue;
        if (!w) w.emplace(in, buffer);
        w->keep(kept, b);
        w->replace(b, k + 1, "");
        kept = k + 1;
    }
    if (!w) return std::nullopt;
    w->keep(kept, s.size());
    return std::move(*w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text strip_link_reference_marks(cleaned_text const& in) {
    auto out = detail::strip_link_reference_marks_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> separate_glued_alt_text_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    // An identifier with an underscore (a file or image name) glued to a capitalised word.
    // A word here: a run of letters, digits, '_' and '-' after white space (or at the start),
    // starting with a letter or digit. Only words with an underscore are looked at, so the
    // text is scanned for underscores and each one's word is found around it.
    auto const& s = in.text;
    auto in_word = [&s](std::size_t k) { return detail::is_ascii_alnum(s[k]) || s[k] == '_' || s[k] == '-'; };
    // "[logo] Amber Lantern Association": a scraper's placeholder for an image at a line's
    // start goes on a line of its own, and the name after it starts one. Where the text has
    // none (most), the list of such places stays empty.
    // A placeholder alone on its line that names a logo ("[Logo: CARE]", one of a wall of the
    // signers' logos) is the name: its brackets and words for an image go.
    std::vector<std::size_t> cuts;
    struct named_logo {
        std::size_t begin, end;  // the placeholder's brackets
        std::string_view name;
    };
    std::vector<named_logo> logos;
    for (std::size_t b = s.find('['); b != std::string::npos; b = s.find('[', b + 1)) {
        if (b > 0 && s[b - 1] != '\n') continue;
        auto const length = text::image_placeholder_length(std::string_view(s).substr(b, 130));
        std::size_t rest = b + length;
        while (length > 0 && rest < s.size() && (s[rest] == ' ' || s[rest] == '\t')) ++rest;
        if (length > 0 && rest < s.size() && s[rest] != '\n') cuts.push_back(rest);
        else if (auto const name = text::placeholder_logo_name(std::string_view(s).substr(b, length)); !name.empty())
            logos.push_back({b, b + length, name});
    }
    rewriter w(in, buffer);
    std::size_t kept = 0;
    std::size_t next_cut = 0, next_logo = 0;
    auto const cut_before = [&](std::size_t at) {  // the placeholders' cuts and names before `at`, in order
        for (;;) {
            bool const logo_first = next_logo < logos.size() && (next_cut == cuts.size() || logos[next_logo].begin < cuts[next_cut]);
            if (logo_first && logos[next_logo].begin <= at) {
                auto const& logo = logos[next_logo++];
                if (logo.begin < kept) continue;
                auto const name = static_cast<std::size_t>(logo.name.data() - s.data());
                w.keep(kept, logo.begin);
                w.replace(logo.begin, name, "");
                w.keep(name, name + logo.name.size());
                w.replace(name + logo.name.size(), logo.end, "");
                kept = logo.end;
                continue;
            }
            if (logo_first || next_cut == cuts.size() || cuts[next_cut] > at) return;
            auto const cut = cuts[next_cut++];
            if (cut < kept) continue;
            w.keep(kept, cut);
            w.replace(cut, cut, "\n");
            kept = cut;
        }
    };
    for (std::size_t u = s.find('_'); u != std::string::npos; u = s.find('_', u)) {
        std::size_t i = u, j = u;
        while (i > 0 && in_word(i - 1)) --i;
        while (j < s.size() && in_word(j)) ++j;
        u = j;  // the rest of this word's underscores are this word's
        bool const word_start = i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\t';
        if (!word_start || !detail::is_ascii_alnum(s[i])) continue;
        // Find the glued word: the last capital letter followed by a lower-case one, after a
        // digit or an underscore ("logo_web_23We", "header_imgThe").
        std::size_t cut = 0;
        for (std::size_t k = i + 1; k + 1 < j; ++k)
            if (s[k] >= 'A' && s[k] <= 'Z' && s[k + 1] >= 'a' && s[k + 1] <= 'z' &&
                ((s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == '_'))
                cut = k;
        if (cut && cut > i + 1) {
            cut_before(cut);
            if (cut < kept) continue;
            w.keep(kept, cut);
            w.replace(cut, cut, "\n");
            kept = cut;
        }
    }
    cut_before(s.size());
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text separate_glued_alt_text(cleaned_text const& in) {
    auto out = detail::separate_glued_alt_text_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {

// A line drawn across a PDF's page under its header or over its footer ("-----", "_____",
// "=====", spaces around it allowed): it divides pages, not a sentence.
inline bool is_drawn_rule(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.size() < 3 || (line[0] != '-' && line[0] != '_' && line[0] != '=')) return false;
    return line.find_first_not_of(line[0]) == std::string_view::npos;
}

// Defined with the list markers it reads, below.
inline std::size_t item_text_column(std::string const& s, std::size_t begin);

}  // namespace detail

namespace detail {
// The text's first line without the white space around it: its headline, where a PDF's text
// opens with it.
inline std::string_view first_line_of(std::string_view s) {
    auto const begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return {};
    auto line = s.substr(begin, s.find('\n', begin) - begin);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    return line;
}

// "Riverside Rights Centre (United" / "Page 2 of 2" / "Kingdom)": a parenthesis opened on a
// page's last line and closed on the next page's first line before any other opens, a country's
// or an acronym's words broken by the page. `before` and `after` are the two lines.
inline bool parenthesis_goes_on(std::string_view before, std::string_view after) {
    auto const open = before.rfind('(');
    if (open == std::string_view::npos || before.find(')', open) != std::string_view::npos) return false;
    auto const close = after.find(')');
    return close != std::string_view::npos && close <= 60 && after.substr(0, close).find('(') == std::string_view::npos;
}
}  // namespace detail

namespace detail {
// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> rejoin_broken_paragraphs_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    auto const& s = in.text;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    // Where the line that ends at i starts: after the last line break of the run before it
    // (found on the way, not searched back for).
    std::size_t line_start = 0;
    // The text's first line, folded, which a running header may repeat: sought when first
    // asked, and empty when it is shorter than three words.
    std::optional<std::string> first_line;
    auto const headline = [&]() -> std::string_view {
        if (!first_line) {
            auto const line = detail::first_line_of(s);
            first_line = word_count(line, 3) < 3 ? std::string() : utf8::fold(line);
        }
        return *first_line;
    };
    // "Joint statement on the arrest of lawyers in Veloria – March 2026", alone on its line between
    // the halves of a sentence: a running header that repeats the headline (text::repeats_headline).
    // A line is folded only where its first or last byte may fold to the headline's (a page's
    // number stands before the headline or after it, not on both sides): most lines a sentence
    // is broken around are prose, and folding each of them made the stage half as dear again.
    auto const repeats_headline = [&](std::string_view line) {
        auto const h = headline();
        if (h.empty()) return false;
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty()) return false;
        auto const may_fold_to = [](char raw, char folded) {
            auto const b = static_cast<unsigned char>(raw);
            return b >= 0x80 || static_cast<unsigned char>(folded) >= 0x80 || utf8::detail::ascii_fold.to[b] == folded;
        };
        if (!may_fold_to(line.front(), h.front()) && !may_fold_to(line.back(), h.back())) return false;
        return utf8::with_fold(line, [&](std::string_view folded) { return text::repeats_headline(folded, h); },
                               h.size() + text::running_header_tail_room + 1);
    };
    for (std::size_t i = s.find('\n'); i != std::string::npos; i = s.find('\n', i + 1)) {
        // a run of blank lines starting at i: "\n", spaces, "\n" (at least one blank line)
        std::size_t j = i + 1, newlines = 1, last_newline = i;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n')) {
            if (s[j] == '\n') ++newlines, last_newline = j;
            ++j;
        }
        if (j >= s.size()) break;  // white space to the end
        std::size_t const line_begin = line_start;
        line_start = last_newline + 1;
        // Only prose breaks: the line before is long enough to be a paragraph, ends in mid-sentence,
        // and the text goes on in lower case. The next line break to look at is after this run:
        // one inside it has only blank lines before it (and rescanning the run from each of its
        // breaks was quadratic).
        if (!detail::ends_mid_sentence(s, i)) {
            i = j - 1;
            continue;
        }
        // A shorter line ends its paragraph, but for the last line of a page in a narrow column
        // ("… They have been held without" / "3" / "access to lawyers …"): a page's mark under it
        // says the sentence goes on over the page.
        bool const short_line = i - line_begin < 60;
        // "… held without access" / "Page 1 of 2" / "to their lawyers …": a page's number
        // alone between the two halves of a sentence is a PDF's page break inside a paragraph,
        // and so is a running footer with the page's mark after a gap ("… on the chain of" /
        // "Joint Statement – Serbia        1 | P a g e" / "command that authorised it;").
        // A rule drawn under the page's mark ("Página 1 de 2" / "-----") is the same break. So is
        // a running header that repeats the headline, with a date after it or none ("… represent
        // clients" / "Joint statement on the arrest of lawyers in Veloria – March 2026" / "without
        // fear of reprisal;"): the page's furniture, no paragraph of the text.
        std::size_t goes_on = j;
        bool across_page = false;
        if (auto const page_end = std::string_view(s).substr(j, 200).find('\n');
            page_end != std::string_view::npos &&
            (text::is_page_number_alone(std::string_view(s).substr(j, page_end)) ||
             text::ends_with_spaced_page_mark(std::string_view(s).substr(j, page_end)) ||
             repeats_headline(std::string_view(s).substr(j, page_end)))) {
            std::size_t k = j + page_end;
            std::size_t continuation_line = k + 1;
            for (;;) {
                while (k < s.size() && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n')) {
                    if (s[k] == '\n') continuation_line = k + 1;
                    ++k;
                }
                auto const rule_end = std::min(s.find('\n', k), s.size());
                if (k == s.size() || !detail::is_drawn_rule(std::string_view(s).substr(k, rule_end - k))) break;
                k = rule_end;
            }
            if (k < s.size()) goes_on = k, newlines = 2, across_page = k - continuation_line > 0 &&
                                                            k - continuation_line == detail::item_text_column(s, line_begin);
        }
        if (short_line && goes_on == j) {
            i = j - 1;
            continue;
        }
        // "  3. Liberar …, entre ellos Rocío" / "Página 1 de 2" / "     Ferrer Salcedo y …": across
        // a page's mark, a line indented under the text of the item that ends before it (not
        // under its marker) goes on with the item, whatever its first letter (a name's).
        // "Riverside Rights Centre (United" / "Page 2 of 2" / "Kingdom)": a signer's line that the
        // page broke inside its parenthesis is one line, whatever the case of the words after.
        auto const parenthesis_across_page = [&] {
            if (goes_on == j) return false;
            auto const next_line = std::string_view(s).substr(goes_on, 200);
            return detail::parenthesis_goes_on(std::string_view(s).substr(line_begin, i - line_begin),
                                               next_line.substr(0, next_line.find('\n')));
        };
        if (newlines < 2 || !(detail::starts_with_lower_word(s, goes_on) || across_page || parenthesis_across_page())) {
            i = j - 1;
            continue;
        }
        std::size_t e = detail::last_non_space(s, i);
        w.keep(kept, e);
        w.replace(e, goes_on, " ");
        kept = goes_on;
        line_start = goes_on;
        i = goes_on - 1;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text rejoin_broken_paragraphs(cleaned_text const& in) {
    auto out = detail::rejoin_broken_paragraphs_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// A marker that numbers or letters an item inside a line: "(a) ", "(2) ", "b) ", "3) ", "3. ",
// and a word after it.
struct inline_marker {
    std::size_t begin = 0, end = 0;  // the marker, without the space after it
    int value = 0;                   // 1 for "1", "a" and "i", 2 for "2", "b" and "ii" …
    bool letter = false;
    bool roman = false;              // "(i)", "(ii)", "iv)": a small roman numeral
    char form = 0;  // '(' for "(a)", ')' for "a)", '.' for "1."
};

// The small roman numerals an enumeration counts with, from one.
inline constexpr std::string_view roman_numerals[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};

inline std::optional<inline_marker> inline_marker_at(std::string const& s, std::size_t at) {
    inline_marker m;
    m.begin = at;
    std::size_t i = at;
    bool const open = i < s.size() && s[i] == '(';
    i += open;
    std::size_t const start = i;
    while (i < s.size() && i < start + 2 && s[i] >= '0' && s[i] <= '9') m.value = m.value * 10 + (s[i++] - '0');
    if (i == start) {
        if (i >= s.size() || s[i] < 'a' || s[i] > 'z') return std::nullopt;
        // "(ii)": a roman numeral of two letters or more; "(i)" alone is the first of one (the
        // ninth letter follows "(h)", which inline_enumeration asks for as a letter).
        std::size_t j = i;
        while (j < s.size() && j < i + 5 && (s[j] == 'i' || s[j] == 'v' || s[j] == 'x')) ++j;
        std::string_view const run(s.data() + i, j - i);
        auto const roman = std::find(std::begin(roman_numerals), std::end(roman_numerals), run);
        if (roman != std::end(roman_numerals) && (run.size() > 1 || run == "i")) {
            m.value = static_cast<int>(roman - std::begin(roman_numerals)) + 1;
            m.roman = true;
            i = j;
        } else {
            m.value = s[i++] - 'a' + 1;
            m.letter = true;
        }
    }
    if (i >= s.size() || m.value == 0) return std::nullopt;
    if (s[i] == ')') m.form = open ? '(' : ')';
    else if (s[i] == '.' && !open && !m.letter && !m.roman) m.form = '.';  // "a." is as often an abbreviation's end
    else return std::nullopt;
    ++i;
    if (i + 1 >= s.size() || s[i] != ' ' || s[i + 1] == ' ' || s[i + 1] == '\n') return std::nullopt;
    m.end = i;
    return m;
}

// The column where the text of an item starts past its indentation and its list marker
// ("  3. Liberar", "  a) Free", "  • Stop"), if the line from `begin` opens one; 0 otherwise.
inline std::size_t marker_text_column(std::string const& s, std::size_t begin) {
    std::size_t at = begin;
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t')) ++at;
    if (at >= s.size()) return 0;
    if (auto const marker = inline_marker_at(s, at)) {
        at = marker->end;
    } else {
        auto const bullet = utf8::decode(s, at);
        if (!utf8::is_dash(bullet.cp) && bullet.cp != 0x2022 && bullet.cp != 0x25CF && bullet.cp != 0x25AA) return 0;
        at += bullet.length;
        if (at >= s.size() || s[at] != ' ') return 0;
    }
    while (at < s.size() && s[at] == ' ') ++at;
    return at - begin;
}

// The column a PDF indents an item's wrapped lines to, under the item's text: that of the
// item the line from `begin` opens ("  3. Liberar …"), or goes on as one of those wrapped lines
// ("     humanos, periodistas y …" under "  2. Cesar …"); 0 for a line of no item.
inline std::size_t item_text_column(std::string const& s, std::size_t begin) {
    if (auto const column = marker_text_column(s, begin)) return column;
    std::size_t indent = begin;
    while (indent < s.size() && s[indent] == ' ') ++indent;
    indent -= begin;
    if (indent == 0) return 0;
    // Up the lines of the same paragraph, as far as a few wrapped lines reach.
    constexpr int most_lines = 8;
    for (int k = 0; k < most_lines && begin > 0; ++k) {
        std::size_t const above = begin - 1 == 0 ? 0 : s.rfind('\n', begin - 2) + 1;  // npos + 1 is 0
        std::size_t text = above;
        while (text < begin - 1 && s[text] == ' ') ++text;
        if (text == begin - 1) return 0;  // a blank line: the paragraph starts below it
        if (auto const column = marker_text_column(s, above)) return column == indent ? indent : 0;
        if (text - above != indent) return 0;
        begin = above;
    }
    return 0;
}

// Whether the text of an item before the next marker reads as one: two words at least, ending
// with a comma, a semicolon or a colon, and at most a short word after it ("…, and (c)", "…;
// et c)", "…, и 3)").
inline bool ends_inline_item(std::string const& s, std::size_t from, std::size_t to) {
    auto const space = [](char c) { return c == ' ' || c == '\n'; };
    while (to > from && space(s[to - 1])) --to;
    auto const stop = [](char c) { return c == ',' || c == ';' || c == ':'; };
    if (to > from && !stop(s[to - 1])) {
        std::size_t word = to;
        while (word > from && !space(s[word - 1])) --word;
        if (to - word > 4) return false;
        for (std::size_t i = word; i < to; ++i)
            if (!((s[i] >= 'a' && s[i] <= 'z') || static_cast<unsigned char>(s[i]) >= 0x80)) return false;
        to = word;
        while (to > from && space(s[to - 1])) --to;
        if (to == from || !stop(s[to - 1])) return false;
    }
    std::size_t spaces = 0;
    for (std::size_t i = from; i < to; ++i) spaces += space(s[i]);
    return to > from && spaces >= 1;
}

// Whether the item [from, to) is a clause of four words at least, in one line's run, that ends
// with a word or a full stop ("restore the legal status of the association and return its
// assets", "order the forces to stop using lethal force.").
inline bool clause_between(std::string const& s, std::size_t from, std::size_t to) {
    while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\n')) --to;
    if (to <= from || to - from > 600) return false;
    char const last = s[to - 1];
    if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || last == '.' || static_cast<unsigned char>(last) >= 0x80))
        return false;
    std::size_t words = 1;
    for (std::size_t i = from; i < to; ++i) {
        if (i + 1 < to && (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ') return false;  // one sentence
        words += (s[i] == ' ' || s[i] == '\n') && i + 1 < to && s[i + 1] != ' ' && s[i + 1] != '\n';
    }
    return words >= 4;
}

// Whether the item [from, to) is a name's few words with no stop in them, and the item after
// the marker that ends at `next` opens with a capital: "1. Amnesty International 2. Human …".
inline bool names_between(std::string const& s, std::size_t from, std::size_t to, std::size_t next) {
    while (next < s.size() && s[next] == ' ') ++next;
    if (next >= s.size() || !utf8::is_upper_letter(utf8::decode(s, next).cp)) return false;
    while (from < to && s[from] == ' ') ++from;
    if (from >= to || !utf8::is_upper_letter(utf8::decode(s, from).cp) || to - from > 120) return false;
    std::size_t words = 1;
    for (std::size_t i = from; i < to; ++i) {
        if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == '\n') return false;
        words += s[i] == ' ' && i + 1 < to && s[i + 1] != ' ';
    }
    return words <= 10;
}

// Where the paragraph that goes on at `from` ends: at its blank line, or the text's end.
inline std::size_t paragraph_end(std::string const& s, std::size_t from) {
    for (std::size_t at = s.find('\n', from); at != std::string::npos; at = s.find('\n', at + 1)) {
        std::size_t next = at + 1;
        while (next < s.size() && (s[next] == ' ' || s[next] == '\t')) ++next;
        if (next >= s.size() || s[next] == '\n') return at;
    }
    return s.size();
}

// "We call on them to (a) free the lawyers, (b) drop the charges, and (c) …", "…: 1. free …;
// 2. drop …": the markers of an enumeration written in the run of a paragraph (its lines
// wrapped, perhaps, as a PDF's are), from its first (item 1 or a) on, each the next in turn and
// of the same form, after an item that ends as one. Two at least, or none: a single "(a)"
// refers to a paragraph of a law, "(a) and (b)" to two.
struct enumeration {
    std::vector<inline_marker> items;  // none when it is none, or a part of the prose
    bool in_prose = false;             // markers in turn that more sentences follow
};

inline enumeration inline_enumeration(std::string const& s, inline_marker const& first, std::size_t end) {
    std::vector<inline_marker> found{first};
    bool bare = false;  // an item without punctuation after it
    for (;;) {
        auto const& last = found.back();
        char token[8];
        std::size_t n = 0;
        if (last.form == '(') token[n++] = '(';
        int const value = last.value + 1;
        if (last.roman) {
            if (value > static_cast<int>(std::size(roman_numerals))) break;
            for (char c : roman_numerals[value - 1]) token[n++] = c;
        } else if (last.letter) {
            if (value > 26) break;
            token[n++] = static_cast<char>('a' + value - 1);
        } else {
            if (value > 99) break;
            if (value >= 10) token[n++] = static_cast<char>('0' + value / 10);
            token[n++] = static_cast<char>('0' + value % 10);
        }
        token[n++] = last.form == '.' ? '.' : ')';
        std::string_view const run = std::string_view(s).substr(0, end), wanted(token, n);
        auto at = run.find(wanted, last.end);
        while (at != std::string_view::npos && s[at - 1] != ' ' && s[at - 1] != '\n') at = run.find(wanted, at + 1);
        if (at == std::string_view::npos) break;
        auto next = inline_marker_at(s, at);
        if (!next) break;
        // "(h)", "(i)": the ninth letter after the eighth, not a roman one.
        if (last.letter && next->roman) next->roman = false, next->letter = true, next->value = value;
        if (!ends_inline_item(s, last.end, at)) {
            // "Signatories: 1. Amnesty International 2. Human Rights Watch 3. …": names without
            // punctuation between them, each short and the next capitalised; three at least.
            // "to: 1) restore the legal status … assets 2) release …": demands of a few words
            // each, a parenthesis closing their markers, or a full stop ending each; three too.
            if (!names_between(s, last.end, at, next->end) && !(last.form != '.' && clause_between(s, last.end, at)))
                break;
            bare = true;
        }
        found.push_back(*next);
    }
    // The last item ends the paragraph: an enumeration that more sentences follow is a part of
    // the prose ("… discussed: (1) ensuring …, and (2) ensuring … . For the former, …").
    if (found.size() < (bare ? 3u : 2u)) return {};
    for (std::size_t i = found.back().end; i + 2 < end; ++i)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && (s[i + 1] == ' ' || s[i + 1] == '\n')) {
            std::size_t next = i + 1;
            while (next < end && (s[next] == ' ' || s[next] == '\n')) ++next;
            if (next < end) return {{}, true};
            break;
        }
    return {std::move(found), false};
}

// Where an enumeration inside a line begins, when the scan's byte at `m` may stand before its
// first or second marker: "(a)" at a '(' ("to (a) free …"), "1." after a colon ("to: 1. free
// …"), or "2." after a semicolon when "1." opens the line ("1. free …; 2. drop …").
inline std::optional<inline_marker> enumeration_start(std::string const& s, std::size_t m) {
    auto const space = [&](std::size_t at) { return s[at] == ' ' || s[at] == '\n'; };
    std::size_t at = s[m] == '(' ? m : m + 1 + (m + 1 < s.size() && space(m + 1));
    // "… demand that the Government:" / "" / "1) restore … 2) release …": the enumeration in the
    // paragraph after the colon's, its first marker opening it.
    if (s[m] == ':' && at < s.size() && s[at] == '\n') {
        while (at < s.size() && at < m + 8 && (s[at] == '\n' || s[at] == ' ')) ++at;
        if (at >= s.size() || (!(s[at] >= '0' && s[at] <= '9') && s[at] != '(')) return std::nullopt;
    }
    auto const marker = at > m && at < s.size() && space(at - 1) ? inline_marker_at(s, at)
                        : s[m] == '(' && space(m - 1)          ? inline_marker_at(s, m)
                                                               : std::nullopt;
    if (!marker) return std::nullopt;
    if (marker->value == 1) return marker;
    if (s[m] != ';') return std::nullopt;
    std::size_t line = s.rfind('\n', m);
    line = line == std::string::npos ? 0 : line + 1;
    while (line < m && s[line] == ' ') ++line;
    auto const opening = inline_marker_at(s, line);
    if (opening && opening->value == 1 && opening->form == marker->form && opening->letter == marker->letter &&
        opening->roman == marker->roman)
        return opening;
    return std::nullopt;
}

// Writes an enumeration's items a line each, from the scan's place `from` on: a line break
// before each marker, and a line break inside an item that the next follows on its line (the
// paragraph was wrapped) made a space; the last item goes on over its line's end while its
// sentence does (the next line in lower case). Items already on lines of their own stay as
// they are ("b) …;" / "and on X to:" / "c) …").
inline void write_enumeration(std::string const& s, std::vector<inline_marker> const& items, std::size_t from, rewriter& w,
                              std::size_t& kept) {
    auto const join_at = [&](std::size_t at) {
        w.keep(kept, at);
        w.replace(at, at + 1, " ");
        kept = at + 1;
    };
    auto const own_line = [&](std::size_t marker) {
        auto const e = last_non_space(s, marker);
        return e == 0 || s[e - 1] == '\n';
    };
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (items[k].begin >= from && !own_line(items[k].begin)) {
            std::size_t const e = last_non_space(s, items[k].begin);
            w.keep(kept, e);
            w.replace(e, items[k].begin, "\n");
            kept = items[k].begin;
        }
        if (k + 1 == items.size() || own_line(items[k + 1].begin)) continue;
        std::size_t item_end = items[k + 1].begin;  // without the white space before the next
        while (item_end > items[k].end && (s[item_end - 1] == ' ' || s[item_end - 1] == '\n')) --item_end;
        for (std::size_t at = s.find('\n', items[k].end); at < item_end; at = s.find('\n', at + 1)) join_at(at);
    }
    if (own_line(items.back().begin)) return;
    auto const end = paragraph_end(s, items.back().end);
    for (std::size_t at = s.find('\n', items.back().end); at < end; at = s.find('\n', at + 1)) {
        char const last = s[last_non_space(s, at) - 1];
        if (last == '.' || last == ';' || last == ':' || last == '!' || last == '?' || !starts_with_lower_word(s, at + 1)) break;
        join_at(at);
    }
}

// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> split_glued_list_items_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    // "…; – Ensure" / "…. • Provide": a list marker after the end of a clause, followed by a
    // capitalised word, starts a new item.
    auto const& s = in.text;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    // Every marker is '-' or starts with the byte 0xE2 (U+2013, U+2014, U+2022, U+25CF,
    // U+25AA): the text is scanned for those bytes after a space, not for every space. A
    // marker at 1 has no space before it that the stage looks at (it starts at the second byte).
    // "… to: (a) drop the charges; (b) allow observers; (c) end …": a letter or a number in
    // parentheses after a colon or a semicolon starts an item too, before any word.
    // An enumeration numbered or lettered inside a line is sought where its first or second
    // marker may stand: at a '(' ("to (a) free …"), or after a colon or a semicolon ("to: 1.
    // free …", "1. free …; 2. drop …" after a marker at the line's start).
    byte_scan marker_starts(s, "-\xE2(:;");
    std::size_t bullet_run_end = std::string::npos;  // the end of the line of the last bullet split
    for (std::size_t m = marker_starts.next(2); m < s.size(); m = marker_starts.next(m + 1)) {
        if (s[m] == ':' || s[m] == ';' || s[m] == '(') {
            if (auto const first = detail::enumeration_start(s, m)) {
                auto const [items, in_prose] = detail::inline_enumeration(s, *first, detail::paragraph_end(s, first->begin));
                if (in_prose) continue;  // and no marker of it on a line of its own
                if (!items.empty()) {
                    detail::write_enumeration(s, items, m, w, kept);
                    m = std::max(items.back().begin, kept);  // the scan goes on after all it changed
                    continue;
                }
            }
            if (s[m] != '(') continue;
        }
        if (s[m - 1] != ' ') continue;
        std::size_t const i = m - 1;  // the spaces before the marker end here
        if (s[m] == '(') {
            std::size_t close = m + 1;
            while (close < s.size() && close < m + 3 && s[close] >= '0' && s[close] <= '9') ++close;
            if (close == m + 1 && close < s.size() && s[close] >= 'a' && s[close] <= 'z') ++close;
            if (close == m + 1 || close + 2 >= s.size() || s[close] != ')' || s[close + 1] != ' ') continue;
            std::size_t const e = detail::last_non_space(s, i + 1);
            if (e == 0 || (s[e - 1] != ';' && s[e - 1] != ':')) continue;
            w.keep(kept, e);
            w.replace(e, m, "\n");
            kept = m;
            continue;
        }
        auto marker = utf8::decode(s, m);
        bool bullet = marker.cp == 0x2022 || marker.cp == 0x25CF || marker.cp == 0x25AA;
        bool dash = marker.cp == '-' || marker.cp == 0x2013 || marker.cp == 0x2014;
        if (!bullet && !dash) continue;
        std::size_t after = m + marker.length;
        if (after >= s.size() || s[after] != ' ') continue;
        std::size_t word = after;
        while (word < s.size() && s[word] == ' ') ++word;
        if (word >= s.size()) continue;
        std::size_t e = detail::last_non_space(s, i + 1);
        char before = e > 0 ? s[e - 1] : '\n';
        if (before == '\n') continue;  // already at the start of a line
        // After a colon, a dash opens a list only where another follows a semicolon ("to: –
        // free the lawyers; – drop the charges"; "the reply: – no" is a sentence).
        auto const listed_after_colon = [&] {
            std::string glued = "; ";
            glued.append(s, m, marker.length);
            return s.find(glued, after) < detail::paragraph_end(s, after);
        };
        if (dash && before != ';' && before != '.' && !(before == ':' && listed_after_colon()))
            continue;  // "Assembly – Vanadzor" stays whole
        // "Flüchtlingsrat e.V. – Germany", "Amber Inc. – United States": the full stop of an
        // abbreviation (a stop inside it, or a capitalised word of four letters at most) ends no
        // sentence, and the dash stays with the name.
        if (dash && before == '.') {
            std::size_t token = e - 1;
            while (token > 0 && s[token - 1] != ' ' && s[token - 1] != '\n') --token;
            auto const abbreviation = std::string_view(s).substr(token, e - 1 - token);
            if (abbreviation.find('.') != std::string_view::npos ||
                (!abbreviation.empty() && abbreviation.size() <= 4 && abbreviation[0] >= 'A' && abbreviation[0] <= 'Z'))
                continue;
        }
        // "Marina Abramović • Tom Morello": the letter before the bullet may be written in more
        // than one byte, and is read as the code point that ends there.
        if (bullet && before != ';' && before != ':' && before != '.' && before != ',' && before != ')' &&
            !utf8::is_letter(utf8::decode_before(s, e).cp))
            continue;
        // "to: • free the lawyers; • drop the charges": items in lower case only after a colon or
        // a semicolon, or after a bullet of the same run ("We demand: • the release of … • an
        // investigation …": a bullet split before on the same line).
        auto const first = utf8::decode(s, word).cp;
        bool const in_bullet_run = bullet && bullet_run_end != std::string::npos && m < bullet_run_end;
        if (!utf8::is_upper_letter(first) &&
            !(utf8::is_lower_letter(first) && (before == ';' || before == ':' || in_bullet_run)))
            continue;
        // "- release the defenders;          - libérer les défenseurs ;": an item in lower case
        // after a gap of three blanks or more is a column set beside the line's (a text in two
        // languages side by side), which the line keeps; no item glued to it.
        if (utf8::is_lower_letter(first) && m - e >= 3) continue;
        if (bullet && !in_bullet_run) bullet_run_end = s.find('\n', m);
        w.keep(kept, e);
        w.replace(e, m, "\n");
        kept = m;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text split_glued_list_items(cleaned_text const& in) {
    auto out = detail::split_glued_list_items_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> separate_glued_sentences_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    auto const& s = in.text;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    auto lower = [&](std::size_t i) { return s[i] >= 'a' && s[i] <= 'z'; };
    byte_scan sentence_ends(s, ".!?");
    for (std::size_t i = sentence_ends.next(3); i + 2 < s.size(); i = sentence_ends.next(i + 1)) {
        if (!(s[i + 1] >= 'A' && s[i + 1] <= 'Z')) continue;
        auto next = utf8::decode(s, i + 2).cp;
        if (!utf8::is_lower_letter(next)) continue;
        // The word before: at least three lower-case letters, and a word of prose, not part of
        // an address ("www.Example.org", "user@Host.com").
        std::size_t b = i;
        while (b > 0 && lower(b - 1)) --b;
        if (i - b < 3) continue;
        std::size_t token = b;
        while (token > 0 && s[token - 1] != ' ' && s[token - 1] != '\n') --token;
        auto word = std::string_view(s).substr(token, i - token);
        if (word.find_first_of("./@:_0123456789") != std::string_view::npos) continue;
        // "Menschen.Würdig. Leipzig", "Bündnis Stadt.Land.Flucht e.V.": a name written with
        // dots between its capitalised words, another dot in the word after; not two sentences.
        if (utf8::is_upper_letter(utf8::decode(s, token).cp) &&
            std::string_view(s).substr(i + 1, s.find_first_of(" \n", i + 1) - (i + 1)).find('.') != std::string_view::npos)
            continue;
        w.keep(kept, i + 1);
        w.replace(i + 1, i + 1, " ");
        kept = i + 1;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text separate_glued_sentences(cleaned_text const& in) {
    auto out = detail::separate_glued_sentences_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// "Staats- und Regierungschefs", "pre- and post-war": before a conjunction of a language table
// the hyphen stands for the end of a word that comes after it, and is no word broken in two.
inline bool is_conjunction(std::string_view word) {
    for (auto const* t : lang::all_languages)
        for (std::string_view c : t->conjunctions)
            if (c == word) return true;
    return false;
}

// "Премьер-" / "министр", "vice-" / "president", "северо-" / "западный": the first part of a
// compound of a language table, whose hyphen stays where the line breaks after it, and the
// word after it is one of its own.
inline bool is_compound_head(std::string_view word) {
    auto const folded = utf8::fold(word);
    for (auto const* t : lang::all_languages)
        for (std::string_view head : t->compound_heads)
            if (head == folded) return true;
    return false;
}

// Whether the words of `text` are a name's in title case: one capitalised at least, and no
// word in lower case longer than a short function word ("for", "of", "des").
inline bool in_title_case(std::string_view text) {
    std::size_t capitalised = 0;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '(' || text[i] == '\t')) ++i;
        std::size_t const start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
        if (i == start) break;
        auto const first = utf8::decode(text, start).cp;
        if (utf8::is_upper_letter(first)) ++capitalised;
        else if (utf8::is_lower_letter(first) && utf8::length(text.substr(start, i - start)) > 3) return false;
    }
    return capitalised > 0;
}

// "Interna-" / "tional Media Support South Asia, Denmark", "Inter-" / "national Press Centre": a
// list's line that is only the start of a capitalised word and its hyphen (the hyphen at `m`,
// the word from `word`, after a bullet or a number at most), which the next line goes on in
// lower case (from `k`) and ends as a name in title case; a line of prose is not one word.
inline bool first_word_of_name_broken(std::string_view s, std::size_t line_start, std::size_t word, std::size_t m,
                                      std::size_t k) {
    if (word - line_start > 6 || !utf8::is_upper_letter(utf8::decode(s, word).cp) || !utf8::is_lower_letter(utf8::decode(s, k).cp))
        return false;
    for (std::size_t i = line_start; i < word; ++i)
        if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) return false;
    auto rest = s.substr(k, s.find('\n', k) - k);
    auto const space = rest.find(' ');
    if (space == std::string_view::npos || m - word < 5 || m - word > 20) return false;
    return in_title_case(rest.substr(space + 1));
}

// The stage's output, or nothing when it leaves the text as it is.
inline std::optional<cleaned_text> join_hyphenated_words_changes(cleaned_text const& in, std::string* buffer = nullptr) {
    // A word broken at the end of a line of wrapped prose ("retirer les sub-" / "ventions des
    // associations"): the line break and the hyphen go ("subventions"). Where the word before
    // the hyphen is capitalised or one letter ("Russian-" / "speaking", "e-" / "mail") it is
    // a compound, and only the line break goes. Only a line of 30 bytes or more is wrapped
    // prose, or a shorter one of three words or more, and only a lower-case word after the break goes on with the word, or a capitalised
    // one after a capitalised word ("Self-" / "Determination": a compound).
    auto const& s = in.text;
    rewriter w(in, buffer);
    std::size_t kept = 0;
    byte_scan hyphens(s, "-");
    for (std::size_t m = hyphens.next(1); m + 2 < s.size(); m = hyphens.next(m + 1)) {
        std::size_t j = m + 1;  // the line break, after any spaces
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
        if (j >= s.size() || s[j] != '\n') continue;
        std::size_t k = j + 1;  // the next line's first letter
        while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
        if (k >= s.size()) continue;
        // "Self-" / "Determination", "Timor-" / "Leste": a compound of capitalised words, broken
        // at its hyphen, keeps it.
        bool const capital_after = utf8::is_upper_letter(utf8::decode(s, k).cp);
        if (!capital_after && !utf8::is_lower_letter(utf8::decode(s, k).cp)) continue;
        // The word before the hyphen: letters only, after a space or at the line's start.
        std::size_t word = m, letters = 0;
        for (;;) {
            if (word == 0) break;
            auto const d = utf8::decode_before(s, word);
            if (!utf8::is_letter(d.cp)) break;
            word -= d.length;
            ++letters;
        }
        // After a space, a line's start, or what opens a part ("(Nether-" / "lands)").
        if (letters == 0 || (word > 0 && s[word - 1] != ' ' && s[word - 1] != '\n' && s[word - 1] != '(' &&
                             !utf8::is_quote(utf8::decode_before(s, word).cp)))
            continue;
        auto const line = s.rfind('\n', m);
        std::size_t const line_start = line == std::string::npos ? 0 : line + 1;
        // A name in title case broken at the end of its line ("Helsinki Foundation for Hu-" /
        // "man Rights"): a line of a list, short, whose capitalised word is a broken one.
        auto before_word = std::string_view(s).substr(line_start, word - line_start);
        // "Interna-" / "tional Media Support, Denmark": a name of a list broken after its first
        // word's first letters, a line of its own, the rest of the name in title case after it.
        bool const first_word_broken = first_word_of_name_broken(s, line_start, word, m, k);
        bool const name_line = first_word_broken || in_title_case(before_word);
        // A short item of a list wrapped as prose is ("2. Hold hearings with defen-" / "ders."):
        // three words at least before the broken one.
        while (!before_word.empty() && (before_word.back() == ' ' || before_word.back() == '\t')) before_word.remove_suffix(1);
        bool const sentence_line = word_count(before_word, 3) >= 3;
        if (m - line_start < (name_line || sentence_line ? (first_word_broken ? 4 : 8) : 30)) continue;
        std::size_t after = k;  // the word after the break
        while (after < s.size()) {
            auto const d = utf8::decode(s, after);
            if (!utf8::is_letter(d.cp)) break;
            after += d.length;
        }
        if (is_conjunction(std::string_view(s).substr(k, after - k))) continue;
        bool const capitalised = utf8::is_upper_letter(utf8::decode(s, word).cp);
        if (capital_after && (letters < 2 || !capitalised)) continue;
        // "Уполномо-" / "ченного", "Верхов-" / "ної Ради": a capitalised Cyrillic word broken at
        // its line's end goes on in lower case; a compound that names is capitalised on both sides
        // ("Северо-" / "Западный"), and one that does not opens with a word of the tables
        // ("Премьер-" / "министр"). A capitalised Latin word before the break is a compound's
        // ("Russian-" / "speaking").
        auto const before_hyphen = std::string_view(s).substr(word, m - word);
        bool const broken_word = !capital_after && letters >= 2 &&
                                 (name_line || !capitalised || utf8::has_cyrillic(before_hyphen)) &&
                                 !is_compound_head(before_hyphen);
        std::size_t const cut = broken_word ? m : m + 1;
        w.keep(kept, cut);
        w.replace(cut, k, "");
        kept = k;
    }
    w.keep(kept, s.size());
    return std::move(w).finish_changes();
}
}  // namespace detail

CIVIC_FUNC cleaned_text join_hyphenated_words(cleaned_text const& in) {
    auto out = detail::join_hyphenated_words_changes(in);
    return out ? std::move(*out) : in;
}

namespace detail {
// The stages in order, over the input wrapped as `t`.
inline cleaned_text run_stages(cleaned_text t, diagnostics& diags) {
    // A stage that changes nothing hands back no text: the one copy is the input's, and the
    // peak is two texts (a stage's input and output), however many stages there are. The two
    // take turns: a stage writes into the memory of the text the stage before it replaced.
    std::string spare;
    auto apply = [&t, &spare](std::optional<cleaned_text> changed) {
        if (!changed) return;
        spare = std::move(t.text);
        if (changed->links.empty()) changed->links = std::move(t.links);  // found by an earlier stage
        if (changed->chrome.empty()) changed->chrome = std::move(t.chrome);
        t = std::move(*changed);
    };
    apply(detail::decode_input_changes(t, diags));
    apply(detail::normalise_line_endings_changes(t, &spare));
    apply(detail::normalise_characters_changes(t, diags, &spare));
    apply(detail::unquote_mail_changes(t, &spare));
    // After the quotation marks: a soft line break's next line may have opened with one.
    apply(detail::decode_quoted_printable_changes(t, &spare));
    // Character references are decoded with the markup where strip_markup reads it, and by a
    // stage of their own where it reads none (plain text, Markdown without links or emphasis):
    // never twice, which would make "&amp;lt;" a '<'.
    auto marked = detail::strip_markup_changes(t, &spare, &diags);
    bool const markup_read = marked.has_value();
    apply(std::move(marked));
    if (!markup_read) apply(detail::decode_character_references_changes(t, &spare));
    apply(detail::strip_link_reference_marks_changes(t, &spare));
    apply(detail::separate_glued_alt_text_changes(t, &spare));
    apply(detail::join_hyphenated_words_changes(t, &spare));
    apply(detail::separate_glued_sentences_changes(t, &spare));
    apply(detail::split_glued_list_items_changes(t, &spare));
    apply(detail::rejoin_broken_paragraphs_changes(t, &spare));
    // The text is kept for the whole parse: without the room a stage reserved for growth (a
    // sixteenth), and the spare goes first so that the copy does not add to the peak.
    std::string().swap(spare);
    if (t.text.capacity() - t.text.size() > t.text.size() / 64) t.text.shrink_to_fit();
    return t;
}
}  // namespace detail

CIVIC_FUNC cleaned_text clean_up(std::string_view input, diagnostics& diags) {
    return detail::run_stages(wrap(input), diags);
}

CIVIC_FUNC cleaned_text clean_up_taking(std::string&& input, diagnostics& diags) {
    cleaned_text t;
    t.original_size = input.size();
    t.text = std::move(input);
    return detail::run_stages(std::move(t), diags);
}

}  // namespace text
CIVIC_NAMESPACE_END
