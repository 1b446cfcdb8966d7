// The single-byte encodings that texts came in before UTF-8: Windows-1251 and KOI8-R for
// Cyrillic, Windows-1252 for Western European languages (and ISO-8859-1, which browsers read
// as Windows-1252). Which one a text that is not UTF-8 is in: the one its page declares, or
// the one its bytes look like.
#pragma once
#include <civic/config.hpp>
#include <civic/text/utf8.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

enum class legacy_encoding { windows_1251, windows_1252, koi8_r };

namespace legacy_detail {
// The code points of the bytes 0x80 to 0xFF, as the WHATWG Encoding Standard maps them: a byte
// an encoding leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252; 0x98 in
// Windows-1251) is the C1 control of its value, which normalise_characters reads as a space.
inline constexpr char16_t windows_1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,  // 88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,  // 98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,  // A0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,  // A8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,  // B0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,  // B8
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,  // C0 А Б В Г Д Е Ж З
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,  // C8
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,  // D0
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,  // D8
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,  // E0 а б в г д е ж з
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,  // E8
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,  // F0
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,  // F8
};

inline constexpr char16_t windows_1252[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,  // A0: from here on, Latin-1
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,  // A8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // B0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,  // B8
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,  // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,  // C8
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,  // D0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,  // D8
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,  // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,  // E8
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,  // F0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,  // F8
};

// Box drawing below 0xC0; the letters from 0xC0 on, lower case first, in the order of the
// Latin letters they sound like (0xC1 а, 0xC2 б, 0xD7 в …).
inline constexpr char16_t koi8_r[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,  // 80
    0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,  // 88
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,  // 90
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,  // 98
    0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,  // A0
    0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,  // A8
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,  // B0
    0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,  // B8
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,  // C0 ю а б ц д е ф г
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,  // C8
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,  // D0
    0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,  // D8
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,  // E0 Ю А Б Ц Д Е Ф Г
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,  // E8
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,  // F0
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,  // F8
};
}  // namespace legacy_detail

// The code point of byte `b` in `encoding`.
constexpr char32_t legacy_code_point(legacy_encoding encoding, unsigned char b) noexcept {
    if (b < 0x80) return b;
    switch (encoding) {
        case legacy_encoding::windows_1251: return legacy_detail::windows_1251[b - 0x80];
        case legacy_encoding::koi8_r: return legacy_detail::koi8_r[b - 0x80];
        case legacy_encoding::windows_1252: break;
    }
    return legacy_detail::windows_1252[b - 0x80];
}

constexpr char const* legacy_encoding_name(legacy_encoding encoding) noexcept {
    switch (encoding) {
        case legacy_encoding::windows_1251: return "Windows-1251";
        case legacy_encoding::koi8_r: return "KOI8-R";
        case legacy_encoding::windows_1252: break;
    }
    return "Windows-1252";
}

namespace legacy_detail {
constexpr bool same_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
        char const x = a[k] >= 'A' && a[k] <= 'Z' ? static_cast<char>(a[k] | 0x20) : a[k];
        if (x != b[k]) return false;
    }
    return true;
}

struct encoding_label {
    char const* label;  // in lower case
    legacy_encoding encoding;
};
// The names pages give the three encodings (the WHATWG Encoding Standard's labels): Latin-1
// and ASCII are read as Windows-1252, as browsers read them.
inline constexpr encoding_label encoding_labels[] = {
    {"windows-1251", legacy_encoding::windows_1251}, {"cp1251", legacy_encoding::windows_1251},
    {"x-cp1251", legacy_encoding::windows_1251},     {"windows-1252", legacy_encoding::windows_1252},
    {"cp1252", legacy_encoding::windows_1252},       {"x-cp1252", legacy_encoding::windows_1252},
    {"iso-8859-1", legacy_encoding::windows_1252},   {"iso8859-1", legacy_encoding::windows_1252},
    {"iso_8859-1", legacy_encoding::windows_1252},   {"iso88591", legacy_encoding::windows_1252},
    {"latin1", legacy_encoding::windows_1252},       {"l1", legacy_encoding::windows_1252},
    {"us-ascii", legacy_encoding::windows_1252},     {"ascii", legacy_encoding::windows_1252},
    {"koi8-r", legacy_encoding::koi8_r},             {"koi8_r", legacy_encoding::koi8_r},
    {"koi8", legacy_encoding::koi8_r},               {"koi", legacy_encoding::koi8_r},
};

constexpr bool is_label_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == ':';
}

// Where `needle` (in lower case) is in s[from, to), in any case, or npos.
constexpr std::size_t find_ignoring_case(std::string_view s, std::string_view needle, std::size_t from,
                                         std::size_t to) noexcept {
    for (std::size_t at = from; at + needle.size() <= to; ++at)
        if (same_ignoring_case(s.substr(at, needle.size()), needle)) return at;
    return std::string_view::npos;
}
}  // namespace legacy_detail

// The encoding a label names, or nothing for a label of another encoding.
constexpr std::optional<legacy_encoding> legacy_encoding_of_label(std::string_view label) noexcept {
    for (auto const& l : legacy_detail::encoding_labels)
        if (legacy_detail::same_ignoring_case(label, l.label)) return l.encoding;
    return std::nullopt;
}

constexpr bool is_utf8_label(std::string_view label) noexcept {
    return legacy_detail::same_ignoring_case(label, "utf-8") || legacy_detail::same_ignoring_case(label, "utf8");
}

// The charset a page declares in a <meta> tag of its first 1024 bytes, where the HTML
// standard's prescan looks: <meta charset="windows-1251">, or <meta http-equiv="Content-Type"
// content="text/html; charset=koi8-r">. The label as written, or nothing.
constexpr std::optional<std::string_view> declared_charset(std::string_view s) noexcept {
    using namespace legacy_detail;
    auto const head = s.substr(0, 1024);
    for (auto meta = find_ignoring_case(head, "<meta", 0, head.size()); meta != std::string_view::npos;
         meta = find_ignoring_case(head, "<meta", meta + 5, head.size())) {
        auto const tag_end = head.find('>', meta);
        if (tag_end == std::string_view::npos) break;
        auto at = find_ignoring_case(head, "charset", meta, tag_end);
        if (at == std::string_view::npos) continue;
        at += 7;
        while (at < tag_end && head[at] == ' ') ++at;
        if (at >= tag_end || head[at] != '=') continue;
        ++at;
        while (at < tag_end && (head[at] == ' ' || head[at] == '"' || head[at] == '\'')) ++at;
        auto const label_begin = at;
        while (at < tag_end && is_label_char(head[at])) ++at;
        if (at > label_begin) return head.substr(label_begin, at - label_begin);
    }
    return std::nullopt;
}

namespace legacy_detail {
// What the bytes of a text that is not UTF-8 tell of the encoding it is in.
struct byte_evidence {
    std::size_t size = 0;
    std::size_t controls = 0;         // C0 controls other than white space, and DEL: few in a text
    std::size_t valid_sequences = 0;  // well-formed UTF-8 sequences of two bytes or more
    std::size_t invalid_bytes = 0;    // bytes where no well-formed sequence starts
    std::size_t high_bytes = 0;       // 0x80 to 0xFF
    // Windows-1252's reading: a stretch of high bytes is a letter or two inside a word
    // ("Libert\xE9s", "Gr\xF6\xDF" "e"), a sign of prose beside a word ("don\x92t", "\x93Open"),
    // either one standing alone ("\xE0 la", " \x96 "), or what no Latin text writes (signs glued
    // to letters, long runs, a capital after a small letter, the bytes the encoding leaves
    // undefined).
    std::size_t latin_in_words = 0, latin_alone = 0, latin_odd = 0;
    // A Cyrillic encoding's reading: the letters of words of two letters or more, the words,
    // and the letters among them that Russian and Ukrainian write most (о е а и н т с р в л і).
    struct cyrillic_reading {
        std::size_t word_letters = 0, words = 0, common_letters = 0;
    };
    cyrillic_reading windows_1251, koi8_r;
};

constexpr bool is_common_cyrillic(char32_t c) noexcept {
    return c == 0x43E || c == 0x435 || c == 0x430 || c == 0x438 || c == 0x43D || c == 0x442 || c == 0x441 ||
           c == 0x440 || c == 0x432 || c == 0x43B || c == 0x456;
}

constexpr bool is_cyrillic_letter(char32_t c) noexcept { return c >= 0x400 && c <= 0x4FF && utf8::is_letter(c); }

constexpr bool is_ascii_alnum(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The words the high bytes s[from, to) make in a Cyrillic encoding.
constexpr void read_cyrillic(std::string_view s, std::size_t from, std::size_t to, legacy_encoding encoding,
                             byte_evidence::cyrillic_reading& r) noexcept {
    std::size_t letters = 0, common = 0;  // of the word going on
    auto const end_word = [&] {
        if (letters >= 2) r.word_letters += letters, r.common_letters += common, ++r.words;
        letters = common = 0;
    };
    for (std::size_t k = from; k < to; ++k) {
        auto const c = legacy_code_point(encoding, static_cast<unsigned char>(s[k]));
        if (!is_cyrillic_letter(c)) {
            end_word();
            continue;
        }
        ++letters;
        common += is_common_cyrillic(c);
    }
    end_word();
}

// The signs of prose in Windows-1252: quotes, dashes, the ellipsis, the bullet, the no-break
// space, guillemets, and the signs written beside a number or a name (€ £ § © ® ° ™ ·).
constexpr bool is_prose_sign(char32_t c) noexcept {
    return (c >= 0x2018 && c <= 0x201E) || c == 0x2013 || c == 0x2014 || c == 0x2022 || c == 0x2026 || c == 0x20AC ||
           c == 0x2122 || c == 0xA0 || c == 0xA3 || c == 0xA7 || c == 0xA9 || c == 0xAB || c == 0xAE || c == 0xB0 ||
           c == 0xB7 || c == 0xBB;
}

// What the stretch of high bytes s[a, b) is in Windows-1252, counted into `e`.
constexpr void read_latin_stretch(std::string_view s, std::size_t a, std::size_t b, byte_evidence& e) noexcept {
    auto const at = [&s](std::size_t k) {
        return legacy_code_point(legacy_encoding::windows_1252, static_cast<unsigned char>(s[k]));
    };
    bool const beside_word = (a > 0 && is_ascii_alnum(static_cast<unsigned char>(s[a - 1]))) ||
                             (b < s.size() && is_ascii_alnum(static_cast<unsigned char>(s[b])));
    if (b - a == 1 && !utf8::is_letter(at(a))) {
        auto const c = at(a);
        if (c >= 0x80 && c < 0xA0) ++e.latin_odd;  // a byte the encoding leaves undefined
        else if (is_prose_sign(c) && beside_word) ++e.latin_in_words;
        else ++e.latin_alone;
        return;
    }
    if (b - a > 2) {
        ++e.latin_odd;
        return;
    }
    // One letter or two: a capital right after a small letter ("Transparency\xC3") is no
    // word's; þ, ð and ÿ, the rarest, say nothing (0xFE and 0xFF are a byte order mark's).
    bool rare = false;
    char32_t before = a > 0 ? static_cast<unsigned char>(s[a - 1]) : ' ';
    for (std::size_t k = a; k < b; ++k) {
        auto const c = at(k);
        if (!utf8::is_letter(c) || (utf8::is_upper_letter(c) && utf8::is_lower_letter(before))) {
            ++e.latin_odd;
            return;
        }
        rare = rare || c == 0xFE || c == 0xDE || c == 0xF0 || c == 0xD0 || c == 0xFF;
        before = c;
    }
    if (beside_word && !rare) ++e.latin_in_words;
    else ++e.latin_alone;
}

// The Latin reading of the high bytes s[from, to): a no-break space at either end stands
// between words, a sign of its own; what is between is one stretch.
constexpr void read_latin(std::string_view s, std::size_t from, std::size_t to, byte_evidence& e) noexcept {
    for (; from < to && s[from] == '\xA0'; ++from) read_latin_stretch(s, from, from + 1, e);
    std::size_t end = to;
    while (end > from && s[end - 1] == '\xA0') --end;
    if (from < end) read_latin_stretch(s, from, end, e);
    for (; end < to; ++end) read_latin_stretch(s, end, end + 1, e);
}
}  // namespace legacy_detail

// What the bytes of `s` tell of its encoding: one pass, for a text already found not to be
// UTF-8.
constexpr legacy_detail::byte_evidence weigh_bytes(std::string_view s) noexcept {
    legacy_detail::byte_evidence e;
    e.size = s.size();
    for (std::size_t i = 0; i < s.size();) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            e.controls += (b < 0x20 && b != '\n' && b != '\t' && b != '\r' && b != '\f' && b != '\v') || b == 0x7F;
            ++i;
            continue;
        }
        std::size_t end = i;  // the run of high bytes: no UTF-8 sequence goes past it
        while (end < s.size() && static_cast<unsigned char>(s[end]) >= 0x80) ++end;
        e.high_bytes += end - i;
        auto const run = s.substr(0, end);
        for (std::size_t k = i; k < end;) {
            auto const d = utf8::decode(run, k);
            if (d.valid) ++e.valid_sequences;
            else ++e.invalid_bytes;
            k += d.length;
        }
        legacy_detail::read_latin(s, i, end, e);
        legacy_detail::read_cyrillic(s, i, end, legacy_encoding::windows_1251, e.windows_1251);
        legacy_detail::read_cyrillic(s, i, end, legacy_encoding::koi8_r, e.koi8_r);
        i = end;
    }
    return e;
}

// Whether the text is UTF-8 at all: a few of its high bytes invalid, among well-formed
// sequences, are damage, which U+FFFD marks; a text where nearly all are invalid is in some
// other encoding.
constexpr bool mostly_not_utf8(legacy_detail::byte_evidence const& e) noexcept {
    return e.invalid_bytes > 0 && e.valid_sequences * 10 <= e.invalid_bytes;
}

// The encoding the bytes of a text that is not UTF-8 look like, or nothing where they look
// like none (binary data, UTF-8 with damaged bytes, a stray byte or two that say nothing).
//  - Cyrillic (Windows-1251 or KOI8-R): the high bytes are letters of words, three words at
//    least, and two letters in five at least are the commonest (in either encoding the other's
//    text reads as rare letters and capitals).
//  - Windows-1252: some high byte is a letter inside a word or a sign beside one, and no more
//    than one stretch in ten is one that Latin text does not write.
constexpr std::optional<legacy_encoding> likely_legacy_encoding(legacy_detail::byte_evidence const& e) noexcept {
    if (!mostly_not_utf8(e) || e.controls * 20 > e.size) return std::nullopt;
    auto const cyrillic = [&e](legacy_detail::byte_evidence::cyrillic_reading const& r) {
        return r.words >= 3 && r.word_letters * 4 >= e.high_bytes * 3 && r.common_letters * 5 >= r.word_letters * 2;
    };
    bool const cp1251 = cyrillic(e.windows_1251), koi8 = cyrillic(e.koi8_r);
    if (cp1251 && (!koi8 || e.windows_1251.common_letters >= e.koi8_r.common_letters))
        return legacy_encoding::windows_1251;
    if (koi8) return legacy_encoding::koi8_r;
    std::size_t const stretches = e.latin_in_words + e.latin_alone + e.latin_odd;
    if (e.latin_in_words > 0 && e.latin_odd * 10 <= stretches) return legacy_encoding::windows_1252;
    return std::nullopt;
}

}  // namespace text
CIVIC_NAMESPACE_END
