// Lines and columns of byte offsets: columns count code points whatever their length, an
// invalid byte is one column, and queries in any order give the same answer (the index
// remembers the last one and counts on from it).
#include <civic/text/line_index.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

using namespace civic;

namespace {

// The plain way: walk from the start, a code point (or an invalid byte) at a time. The CR
// of a CRLF is a character of its line; the LF after it ends the line.
source_position walk(std::string const& text, std::size_t offset) {
    std::uint32_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset;) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line, column = 1, ++i;
            continue;
        }
        i += utf8::decode(text, i).length;
        ++column;
    }
    return {line, column};
}

// The index's answer at `offset` is the walk's.
void check_position(line_index const& lines, std::string const& text, std::size_t offset) {
    CAPTURE(offset);
    auto const p = lines.position(offset);
    auto const expected = walk(text, offset);
    CHECK(p.line == expected.line);
    CHECK(p.column == expected.column);
}

std::vector<std::size_t> code_point_starts(std::string const& text) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); i += utf8::decode(text, i).length) starts.push_back(i);
    starts.push_back(text.size());
    return starts;
}

// One index of `text` asked for every code point's start onwards, then backwards, then in
// `jumps` jumps both ways across lines (and, with `every_byte`, for every byte offset, inside
// sequences too): each answer as the walk gives it, whatever the query before.
void check_in_every_order(std::string const& text, std::size_t jumps, bool every_byte = false) {
    auto const starts = code_point_starts(text);
    line_index const lines(text);
    auto const check = [&](std::size_t offset) {
        check_position(lines, text, offset);
    };
    for (auto offset : starts) check(offset);
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) check(*it);
    for (std::size_t k = 0, i = 0; k < jumps; ++k) {
        i = (i * 7919 + 104729) % starts.size();
        check(starts[i]);
    }
    if (every_byte)
        for (std::size_t offset = 0; offset <= text.size(); ++offset) check(offset);
}

}  // namespace

TEST_CASE("line index: columns count code points of one to four bytes, and invalid bytes one each") {
    std::string const text = std::string("Latin é, Кириллица, 中文, \xF0\x9F\x99\x82 end\n") +
                             "bad \xFF\xFE bytes, a cut \xD0\n" +  // a lead byte before a line feed
                             "CRLF line\r\nlone CR\rlast \xD0\xB1";
    line_index const lines(text);
    auto const starts = code_point_starts(text);
    // In order, as the recognisers ask; then backwards, which the remembered query must not spoil.
    for (auto offset : starts) check_position(lines, text, offset);
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
        CAPTURE(*it);
        CHECK(lines.position(*it).column == walk(text, *it).column);
    }
    CHECK(lines.position(text.find("end")).column == 27);
    CHECK(lines.position(text.find("bytes")).line == 2);
    CHECK(lines.position(text.find("bytes")).column == 8);  // "bad " and two invalid bytes and " "
    CHECK(lines.position(text.find("last")).line == 5);
}

TEST_CASE("line index: well-formed text is counted eight bytes at a time, as a walk counts it") {
    // Lines longer than a word of eight bytes, with sequences of every length straddling the
    // word boundaries, LF, CRLF and a lone CR; every byte offset, also inside a sequence.
    std::string const text = std::string("Zażółć gęślą jaźń — Съешь же ещё этих мягких французских булок\n") +
                             "中文和日本語の文 \xF0\x9F\x99\x82\xF0\x9F\x99\x82 x\xF0\x9F\x99\x82y end\r\n" +
                             "short\rαβγδεζηθικλμνξοπρστυφχψω ASCII only, long enough to span words\n\n" +
                             "last line without an end: é";
    auto const at_every_byte = [&](line_index const& lines, std::size_t offset) {
        check_position(lines, text, offset);
    };
    {
        line_index const lines(text);
        for (std::size_t offset = 0; offset <= text.size(); ++offset) at_every_byte(lines, offset);
        for (std::size_t offset = text.size() + 1; offset-- > 0;) at_every_byte(lines, offset);
    }
    {
        // Jumps back and forth, within a line and across lines, as spans of nested blocks ask.
        line_index const lines(text);
        for (std::size_t k = 0, offset = 0; k < 4 * text.size(); ++k) {
            offset = (offset * 37 + 11) % (text.size() + 1);
            at_every_byte(lines, offset);
        }
    }
}

TEST_CASE("line index: a byte order mark takes no column, whichever offset is asked first") {
    std::string const text = "\xEF\xBB\xBFOpen letter\nSecond line";
    // Asked alone, and after the start of the text (a span that opens it begins at 0): the
    // mark was once counted as a column when the second query counted on from the first.
    for (bool start_first : {false, true}) {
        CAPTURE(start_first);
        line_index lines(text);
        if (start_first) CHECK(lines.position(0).column == 1);
        CHECK(lines.position(3).column == 1);   // 'O'
        CHECK(lines.position(8).column == 6);   // ' ' after "Open"
        CHECK(lines.position(14).line == 1);    // the line feed
        CHECK(lines.position(14).column == 12);
        CHECK(lines.position(15).line == 2);
        CHECK(lines.position(15).column == 1);
    }
    // The same on the path that decodes (an invalid byte later in the text).
    std::string const invalid = text + "\xFF";
    line_index lines(invalid);
    CHECK(lines.position(0).column == 1);
    CHECK(lines.position(8).column == 6);
}

TEST_CASE("line index: two-byte sequences are checked eight bytes at a time, and an invalid one still counts a column a byte") {
    // Whether the text is well-formed is told a word of eight bytes at a time where it is ASCII
    // and two-byte sequences: a flaw among them (a stray continuation, an overlong lead, a lead
    // without its continuation, a longer sequence cut short) at any place of a word, and a
    // sequence across two words, must send the count the careful way, as a walk counts it.
    std::vector<std::string> const flaws = {
        "",          "\x80",      "\xBF",     "\xC1\x81",     "\xC0\x80",     "\xD0",     "\xD0\xD0\x90", "\xD0 ",
        "\xD0\x90\x90", "\xE2\x80", "\xE2\x80\x99", "\xF0\x9F\x99", "\xF8",   "\xFF",     "\xDF\xBF",     "\xC2\x80",
    };
    for (auto const& flaw : flaws)
        for (std::size_t before = 0; before <= 17; ++before) {
            std::string const text = std::string("Жж ab cd ef gh ij").substr(0, before + 2) + flaw + "Кк x Ωω yz é\nnext Ёё";
            CAPTURE(text);
            line_index const lines(text);
            for (auto offset : code_point_starts(text)) {
                check_position(lines, text, offset);
            }
        }
}

TEST_CASE("line index: an invalid byte on one line leaves the other lines counted as well-formed, and far jumps find their line") {
    // Many lines, one of them with a stray continuation byte and a cut sequence: the lines
    // before and after it are counted eight bytes at a time, that one a code point at a time,
    // and all of them as a walk counts them, whether the queries go on line by line, skip
    // many lines at once or go back.
    std::string text;
    for (int k = 0; k < 300; ++k) {
        text += "Line " + std::to_string(k) + ": Организация «Свобода» — é";
        if (k == 150) text += " stray \x80 and cut \xE2\x80";
        text += k % 7 == 0 ? "\r\n" : "\n";
    }
    check_in_every_order(text, 2000);
}

TEST_CASE("line index: columns far into long lines, of one to four bytes a code point, in any order") {
    // Lines of hundreds of bytes, counted on from the last query or from the line's start,
    // with sequences of every length across the words the count reads eight bytes at a time.
    std::string text;
    for (int k = 0; k < 12; ++k) {
        for (int w = 0; w < 15 + 7 * k; ++w) text += w % 3 == 0 ? "Заява " : w % 3 == 1 ? "中文 \xF0\x9F\x99\x82 " : "plain ";
        text += k % 4 == 3 ? "\r\n" : "\n";
    }
    text += "\xEF\xBB\xBF";  // a mark inside the text is a character like another
    check_in_every_order(text, 3000, true);
}

TEST_CASE("line index: answers the same once its input is gone") {
    // The index keeps no view of the input (a parse that owns its text frees it after the
    // clean-up): every answer is the walk's, asked after the text was overwritten and freed.
    auto text = std::make_unique<std::string>();
    for (int k = 0; k < 40; ++k)
        *text += "Заява " + std::to_string(k) + " — 中文 \xF0\x9F\x99\x82" + (k == 20 ? " stray \x80 byte" : "") + "\r\n";
    std::string const copy = *text;
    auto const starts = code_point_starts(copy);
    line_index const lines(*text);
    std::fill(text->begin(), text->end(), '\n');
    text.reset();
    for (auto offset : starts) check_position(lines, copy, offset);
}

TEST_CASE("line index: a span's begin and end on one line, line after line, as a list's signers ask") {
    // Each line's start, a place inside it and its end (the line feed's offset, which is the
    // line's), then the next line's start: the bounds of the line asked last answer the first
    // three, and the next line's start is the next line's, not the one before's. Empty lines,
    // CRLF, a lone CR and a last line without an end among them.
    std::string const text = "Amber Lantern Association (Armenia)\nCoral Forum \xE2\x80\x93 Kenya\n\n\n"
                             "Birchwood Institute\r\nZ\rЛига «Ясень» (Казахстан)\nlast";
    line_index const lines(text);
    std::size_t start = 0;
    for (;;) {
        auto end = text.find_first_of("\r\n", start);
        if (end == std::string::npos) end = text.size();
        for (std::size_t offset : {start, start + (end - start) / 2, end, end}) check_position(lines, text, offset);
        if (end == text.size()) break;
        start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        check_position(lines, text, start);
        check_position(lines, text, start > 0 ? start - 1 : 0);  // back to the line before's end
    }
    check_position(lines, text, text.size());
}
