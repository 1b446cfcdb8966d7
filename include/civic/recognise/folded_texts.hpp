// The case-folded text of each block (utf8::fold), the form the recognisers compare with
// their phrase tables, kept in one buffer.
#pragma once
#include <civic/layout/block.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

// A long document has hundreds of thousands of blocks: a string each would cost an allocation
// and a 32-byte header apiece, and all of them are read until the document is.
class folded_texts {
public:
    folded_texts() = default;

    // Each block folded straight into the buffer (utf8::detail::fold_into), not through a
    // fold's own buffer and an append a block. The buffer is not a string, which would zero
    // the room a fold may need before the fold writes it; it is sized once for the usual
    // case, where folding keeps the size (but for a few letters and marks), with the room the
    // largest block could need past that, and grows only for a text whose folds grow.
    explicit folded_texts(std::vector<layout::block> const& blocks) {
        constexpr std::size_t all = std::string_view::npos;
        std::size_t bytes = 0, largest = 0;
        for (auto const& b : blocks) {
            bytes += b.text.size();
            largest = std::max(largest, b.text.size());
        }
        make_room(bytes + bytes / 32 + utf8::detail::fold_room(largest, all));
        starts_.reserve(blocks.size() + 1);
        for (auto const& b : blocks) {
            make_room(utf8::detail::fold_room(b.text.size(), all));
            size_ += utf8::detail::fold_into(text_.get() + size_, b.text, all);
            starts_.push_back(size_);
        }
        // The room left over is given back when it is more than a sixteenth of the texts and
        // more than a few pages: a copy of the texts for less would cost more than it saves.
        if (capacity_ - size_ > size_ / 16 && capacity_ - size_ > 4096) reallocate(size_);
    }

    folded_texts(folded_texts const& other) : starts_(other.starts_) {
        reallocate_from(other.text_.get(), other.size_, other.size_);
    }
    folded_texts(folded_texts&& other) noexcept
        : text_(std::move(other.text_)),
          size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)),
          starts_(std::move(other.starts_)) {
        other.starts_.clear();
    }
    folded_texts& operator=(folded_texts const& other) { return *this = folded_texts(other); }
    folded_texts& operator=(folded_texts&& other) noexcept {
        text_ = std::move(other.text_);
        size_ = std::exchange(other.size_, 0);
        capacity_ = std::exchange(other.capacity_, 0);
        starts_ = std::move(other.starts_);
        other.starts_.clear();
        return *this;
    }

    // Adds the next block's folded text.
    void push_back(std::string_view folded) {
        make_room(folded.size());
        if (!folded.empty()) std::memcpy(text_.get() + size_, folded.data(), folded.size());
        size_ += folded.size();
        starts_.push_back(size_);
    }

    std::string_view operator[](std::size_t i) const noexcept {
        auto const from = i == 0 ? 0 : starts_[i - 1];
        return std::string_view(text_.get() + from, starts_[i] - from);
    }

    std::size_t size() const noexcept { return starts_.size(); }
    bool empty() const noexcept { return starts_.empty(); }

private:
    // At least `bytes` of room past the texts; grown by half at least, as a string would.
    void make_room(std::size_t bytes) {
        if (capacity_ - size_ < bytes) reallocate(std::max(size_ + bytes, capacity_ + capacity_ / 2));
    }
    void reallocate(std::size_t capacity) { reallocate_from(text_.get(), size_, capacity); }
    void reallocate_from(char const* text, std::size_t size, std::size_t capacity) {
        std::unique_ptr<char[]> grown(capacity == 0 ? nullptr : new char[capacity]);  // not zeroed
        if (size != 0) std::memcpy(grown.get(), text, size);
        text_ = std::move(grown);
        size_ = size;
        capacity_ = capacity;
    }

    std::unique_ptr<char[]> text_;     // the folded texts one after another, then room
    std::size_t size_ = 0;             // bytes of the texts
    std::size_t capacity_ = 0;         // bytes of text_
    std::vector<std::size_t> starts_;  // where each text ends (and the next starts) in text_
};

}  // namespace recognise
CIVIC_NAMESPACE_END
