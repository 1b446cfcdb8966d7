// Line and column of byte offsets in the original input.
#pragma once
#include <civic/model/source_span.hpp>
#include <civic/text/byte_scan.hpp>
#include <civic/text/search_from.hpp>
#include <civic/text/swar.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN

// Lines end at LF, CRLF or a lone CR, as in the input (not the cleaned text). Columns count
// code points. Queries usually come in increasing order, so the last one is remembered: its
// line is searched onwards from there, and a column is counted on from it instead of from
// the start of a long line. On a line of well-formed UTF-8 the count is of bytes that start a
// sequence, eight at a time; only a line with an invalid byte is decoded.
class line_index {
public:
    explicit line_index(std::string_view input)
        : input_(input), bom_(input.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0) {
        // A line starts after a line feed, and after a carriage return that no line feed
        // follows. The breaks are found with memchr (text::byte_scan), which passes over a
        // line in a few instructions where a test of every byte takes a few a byte; they are
        // counted first, so that the list is allocated once at its size.
        auto const for_each_start = [&](auto&& f) {
            text::byte_scan breaks(input, "\n\r");
            for (std::size_t at = breaks.next(0); at < input.size(); at = breaks.next(at + 1))
                if (input[at] == '\n' || at + 1 >= input.size() || input[at + 1] != '\n') f(at + 1);
        };
        std::size_t lines = 1;
        for_each_start([&](std::size_t) { ++lines; });
        starts_.reserve(lines);
        starts_.push_back(0);
        for_each_start([&](std::size_t start) { starts_.push_back(start); });
        // One invalid byte must not send every line the careful way: a scraped page of tens of
        // megabytes with a stray byte somewhere once counted every column a byte at a time.
        // Only the lines that hold one are marked.
        for_each_invalid(input, [&](std::size_t at) {
            if (well_formed_) malformed_lines_.resize(starts_.size());
            well_formed_ = false;
            malformed_lines_[line_of(at) - 1] = true;
        });
    }

    source_position position(std::size_t offset) const noexcept {
        if (offset > input_.size()) offset = input_.size();
        std::size_t const line = line_of(offset);
        std::size_t const line_start = starts_[line - 1];
        // A byte order mark takes no column: an editor does not show it.
        std::size_t const bom = line == 1 && offset >= 3 ? bom_ : 0;
        std::size_t from = line_start + bom, column = 1;
        // The last query counts on only from a place past the mark: an offset inside the mark
        // (0 for a span that opens the text) was counted from the line start, the mark included.
        if (cached_line_ == line && cached_offset_ <= offset && cached_offset_ >= from)
            from = cached_offset_, column = cached_column_;
        if (well_formed_ || !malformed_lines_[line - 1]) {
            column += sequence_starts(from, offset);
        } else {
            for (std::size_t i = from; i < offset; ++column) {
                // ASCII is one byte a column, and so is a two-byte letter (Latin accents, Greek,
                // Cyrillic) two bytes; only other bytes need decoding.
                auto const b = static_cast<unsigned char>(input_[i]);
                if (b < 0x80) ++i;
                else if (b >= 0xC2 && b <= 0xDF && i + 1 < input_.size() && (static_cast<unsigned char>(input_[i + 1]) & 0xC0) == 0x80)
                    i += 2;
                else i += utf8::decode(input_, i).length;
            }
        }
        cached_line_ = line, cached_offset_ = offset, cached_column_ = column;
        return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
    }

    source_span span(std::size_t begin, std::size_t end) const noexcept {
        source_span s;
        s.begin = begin;
        s.end = end < begin ? begin : end;
        s.start = position(s.begin);
        s.stop = position(s.end);
        return s;
    }

private:
    // The 1-based line of `offset`, searched onwards from the last query's line.
    std::size_t line_of(std::size_t offset) const noexcept {
        std::size_t const last = cached_line_;  // 1-based; 0 before the first query
        return text::upper_bound_from(starts_.begin(), starts_.size(), last == 0 ? starts_.size() : last - 1, offset,
                                      std::less<>());
    }

    // Calls f(offset) for each byte that is not part of a well-formed sequence, as utf8::decode
    // judges it. Nearly every input has none; an invalid byte is a column of its own, which
    // only decoding can tell.
    template <class F>
    static void for_each_invalid(std::string_view s, F&& f) {
        for (std::size_t i = 0; i < s.size();) {
            if (s.size() - i >= 8) {
                std::uint64_t const w = text::swar::load8(s.data() + i);
                if ((w & text::swar::highs) == 0) {  // eight ASCII bytes
                    i += 8;
                    continue;
                }
                if (std::size_t const valid = ascii_and_two_byte8(w)) {
                    i += valid;
                    continue;
                }
            }
            // Not all ASCII: these eight bytes (or the last few) a sequence at a time, before
            // the next eight are tried at once.
            for (std::size_t const end = std::min(i + 8, s.size()); i < end;) {
                auto const d = utf8::decode(s, i);
                if (!d.valid) f(i);
                i += d.length;
            }
        }
    }

    // How many of the eight bytes of `w`, which start at the start of a sequence, are ASCII
    // and whole two-byte sequences (the letters of Latin accents, Greek, Cyrillic): 8, or 7
    // when the last byte starts a sequence the next word goes on with; 0 when the bytes need
    // decoding (a longer sequence, an invalid byte). Told at once instead of a code point at
    // a time, where the text is not ASCII.
    static std::size_t ascii_and_two_byte8(std::uint64_t w) noexcept {
        using namespace text::swar;
        std::uint64_t const beyond = w & highs;
        std::uint64_t const continuations = beyond & ~(w << 1);                 // 10xxxxxx
        std::uint64_t const leads = beyond & in_range(w & ~highs, 0x42, 0x5F);  // 0xC2 to 0xDF
        // Every byte beyond ASCII a lead or a continuation, and every continuation right after
        // a lead and every lead (but the last byte) right before one.
        if (beyond != (leads | continuations) || continuations != to_next(leads)) return 0;
        return last_marked(leads) ? 7 : 8;
    }

    // The code points that start in input_[from, to) of well-formed UTF-8: the bytes that do
    // not continue a sequence (10xxxxxx), counted eight at a time without decoding. What a
    // walk from the line start decodes, and the same whatever offset the count resumes from.
    std::size_t sequence_starts(std::size_t from, std::size_t to) const noexcept {
        auto const continuations = [](std::uint64_t w) {
            return text::swar::count_marked(w & ~(w << 1) & text::swar::highs);  // bit 7 set, bit 6 clear
        };
        std::size_t count = to - from, i = from;
        for (; to - i >= 8; i += 8) count -= continuations(text::swar::load8(input_.data() + i));
        if (i == to) return count;
        if (to < 8) {  // a count at the very start of a short input: no word to end at `to`
            for (; i < to; ++i) count -= (static_cast<unsigned char>(input_[i]) & 0xC0) == 0x80;
            return count;
        }
        // The last few bytes as the end of the word that ends at `to`, the bytes before them
        // (counted already, or before `from`) shifted out: zero bytes are no continuation.
        auto const w = text::swar::load8(input_.data() + to - 8);
        return count - continuations(text::swar::drop_first(w, 8 - (to - i)));
    }

    std::string_view input_;
    bool well_formed_ = true;
    std::size_t bom_;  // 3 when the input starts with a byte order mark
    std::vector<std::size_t> starts_;
    std::vector<bool> malformed_lines_;  // by line, 0-based; empty when the whole input is well-formed
    mutable std::size_t cached_line_ = 0, cached_offset_ = 0, cached_column_ = 1;
};

CIVIC_NAMESPACE_END
