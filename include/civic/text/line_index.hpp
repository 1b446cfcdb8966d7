// Line and column of byte offsets in the original input.
#pragma once
#include <civic/model/source_span.hpp>
#include <civic/text/byte_scan.hpp>
#include <civic/text/offset_list.hpp>
#include <civic/text/search_from.hpp>
#include <civic/text/swar.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN

// Lines end at LF, CRLF or a lone CR, as in the input (not the cleaned text). Columns count
// code points, an invalid byte one each. The index keeps, besides the lines' starts, one bit
// for each byte of the input: whether a column starts there. It holds no view of the input,
// which may go once the index is made (a parse that owns its input frees it after the
// clean-up, a copy of the text fewer at its peak), and a column is a count of bits, 64 bytes
// a step. Queries usually come in increasing order, so the last one is remembered: its line
// is searched onwards from there, and a column is counted on from it instead of from the
// start of a long line.
class line_index {
public:
    explicit line_index(std::string_view input)
        : size_(input.size()), bom_(input.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0) {
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
        mark_column_starts(input);
    }

    source_position position(std::size_t offset) const noexcept {
        if (offset > size_) offset = size_;
        // The last query's line first: a span's end is most often on its begin's line (a line of
        // a list, a signer's name), and the line's bounds then answer without a search.
        if (cached_line_ == 0 || offset < cached_line_start_ || offset >= cached_line_next_) {
            auto const [line, line_start] = line_and_start(offset);
            cached_line_start_ = line_start;
            cached_line_next_ = starts_.visit([line = line, this](auto const& starts) {
                return line < starts.size() ? static_cast<std::size_t>(starts[line]) : size_ + 1;
            });
            // Another line's column is counted from its start, not on from the last query.
            if (line != cached_line_) cached_line_ = line, cached_offset_ = 0, cached_column_ = 1;
        }
        std::size_t const line = cached_line_, line_start = cached_line_start_;
        // A byte order mark takes no column: an editor does not show it.
        std::size_t const bom = line == 1 && offset >= 3 ? bom_ : 0;
        std::size_t from = line_start + bom, column = 1;
        // The last query counts on only from a place past the mark: an offset inside the mark
        // (0 for a span that opens the text) was counted from the line start, the mark included.
        if (cached_offset_ <= offset && cached_offset_ >= from)
            from = cached_offset_, column = cached_column_;
        column += column_starts_between(from, offset);
        cached_offset_ = offset, cached_column_ = column;
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
    // The 1-based line of `offset` and where it starts, searched onwards from the last query's line.
    std::pair<std::size_t, std::size_t> line_and_start(std::size_t offset) const noexcept {
        std::size_t const last = cached_line_;  // 1-based; 0 before the first query
        return starts_.visit([&](auto const& starts) {
            std::size_t const line = text::upper_bound_from(starts.begin(), starts.size(),
                                                            last == 0 ? starts.size() : last - 1, offset, std::less<>());
            return std::pair<std::size_t, std::size_t>(line, starts[line - 1]);
        });
    }
    std::size_t line_of(std::size_t offset) const noexcept { return line_and_start(offset).first; }

    // Bit i % 64 of word i / 64: whether a column starts at byte i. In well-formed UTF-8 a
    // column starts at every byte that does not continue a sequence (10xxxxxx): marked 64
    // bytes to a word, eight at a time without a branch. A line that holds a byte that is not
    // part of a well-formed sequence (as utf8::decode judges) is then marked again by decoding
    // it from its start, as a walk over it counts (an invalid byte a column). One invalid byte
    // must not send every line the careful way: a scraped page of tens of megabytes with a
    // stray byte somewhere once counted every column a byte at a time.
    void mark_column_starts(std::string_view s) {
        using namespace text::swar;
        column_starts_.assign(s.size() / 64 + 1, 0);
        std::size_t i = 0;
        if constexpr (little_endian) {
            for (; s.size() - i >= 64; i += 64) {
                std::uint64_t word = 0;
                for (std::size_t k = 0; k < 8; ++k) {
                    std::uint64_t const w = load8(s.data() + i + 8 * k);
                    std::uint64_t const starts = ~(w & ~(w << 1)) & highs;  // not 10xxxxxx
                    // The eight marks gathered into a byte, byte k's as bit k: each lands on
                    // its own bit of the top byte, and no two sums meet.
                    word |= ((starts >> 7) * 0x0102040810204080u) >> 56 << (8 * k);
                }
                column_starts_[i / 64] = word;
            }
        }
        for (; i < s.size(); ++i)
            if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) column_starts_[i / 64] |= std::uint64_t{1} << (i % 64);
        std::size_t last_line = 0;  // 1-based: the last line marked again
        for_each_invalid(s, [&](std::size_t at) {
            std::size_t const line = line_of(at);
            if (line != last_line) last_line = line, remark_line(s, line);
        });
    }

    // Marks the column starts of one line (1-based) the careful way: decoded from its start.
    void remark_line(std::string_view s, std::size_t line) {
        std::size_t const begin = starts_[line - 1], end = line < starts_.size() ? starts_[line] : s.size();
        for (std::size_t k = begin; k < end; ++k) column_starts_[k / 64] &= ~(std::uint64_t{1} << (k % 64));
        for (std::size_t k = begin; k < end;) {
            column_starts_[k / 64] |= std::uint64_t{1} << (k % 64);
            // ASCII is one byte a column, and so is a two-byte letter (Latin accents, Greek,
            // Cyrillic) two bytes; only other bytes need decoding.
            if (static_cast<unsigned char>(s[k]) < 0x80) ++k;
            else if (utf8::two_byte_at(s, k) != 0) k += 2;
            else k += utf8::decode(s, k).length;
        }
    }

    // How many columns start in [from, to): the bits counted a word at a time.
    std::size_t column_starts_between(std::size_t from, std::size_t to) const noexcept {
        if (from >= to) return 0;
        auto const below = [](std::size_t n) { return n == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1; };
        std::size_t const first = from / 64, last = (to - 1) / 64;
        if (first == last) return count_bits(column_starts_[first] & below(to - 64 * first) & ~below(from % 64));
        std::size_t count = count_bits(column_starts_[first] & ~below(from % 64));
        for (std::size_t k = first + 1; k < last; ++k) count += count_bits(column_starts_[k]);
        return count + count_bits(column_starts_[last] & below(to - 64 * last));
    }

    // The bits set in `w` (boost::core::popcount is a library call without -mpopcnt).
    static std::size_t count_bits(std::uint64_t w) noexcept {
        w -= (w >> 1) & 0x5555555555555555u;
        w = (w & 0x3333333333333333u) + ((w >> 2) & 0x3333333333333333u);
        w = (w + (w >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
        return static_cast<std::size_t>((w * 0x0101010101010101u) >> 56);
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

    std::size_t size_;
    std::size_t bom_;  // 3 when the input starts with a byte order mark
    text::offset_list starts_;
    std::vector<std::uint64_t> column_starts_;
    mutable std::size_t cached_line_ = 0, cached_offset_ = 0, cached_column_ = 1;
    // The bounds of the last query's line: its start, and the next line's (past the text's end
    // for the last line).
    mutable std::size_t cached_line_start_ = 0, cached_line_next_ = 0;
};

CIVIC_NAMESPACE_END
