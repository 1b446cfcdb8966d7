// The case-folded text of each block (utf8::fold), the form the recognisers compare with
// their phrase tables, kept in one buffer.
#pragma once
#include <civic/layout/block.hpp>
#include <civic/text/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {

// A long document has hundreds of thousands of blocks: a string each would cost an allocation
// and a 32-byte header apiece, and all of them are read until the document is.
class folded_texts {
public:
    folded_texts() = default;

    explicit folded_texts(std::vector<layout::block> const& blocks) {
        std::size_t bytes = 0;
        for (auto const& b : blocks) bytes += b.text.size();
        text_.reserve(bytes + bytes / 32 + 8);  // folding keeps the size, but for a few letters and marks
        starts_.reserve(blocks.size() + 1);
        for (auto const& b : blocks) {
            utf8::fold_append(text_, b.text);
            starts_.push_back(text_.size());
        }
        if (text_.capacity() - text_.size() > text_.size() / 16) text_.shrink_to_fit();
    }

    // Adds the next block's folded text.
    void push_back(std::string_view folded) {
        text_.append(folded);
        starts_.push_back(text_.size());
    }

    std::string_view operator[](std::size_t i) const noexcept {
        auto const from = i == 0 ? 0 : starts_[i - 1];
        return std::string_view(text_).substr(from, starts_[i] - from);
    }

    std::size_t size() const noexcept { return starts_.size(); }
    bool empty() const noexcept { return starts_.empty(); }

private:
    std::string text_;                // the folded texts one after another
    std::vector<std::size_t> starts_;  // where each text ends (and the next starts) in text_
};

}  // namespace recognise
CIVIC_NAMESPACE_END
