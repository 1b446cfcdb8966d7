// A list of byte offsets into a text, 32 bits each while every one of them fits.
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace text {

// The lists with an offset for each line or each block of a text (where the lines start,
// where each block's fold ends) live as long as the text is read, and at 64 bits an offset
// those of a text of short lines weigh a fifth of the text. Any text under 4 GiB, as every
// statement is, needs only 32; a list that is given a larger offset keeps all of its offsets
// in 64 bits from then on.
class offset_list {
public:
    void reserve(std::size_t n) {
        if (wide_) wide_values_.reserve(n);
        else narrow_values_.reserve(n);
    }

    void push_back(std::size_t offset) {
        if (!wide_ && !fits_narrow(offset)) widen();
        if (wide_) wide_values_.push_back(offset);
        else narrow_values_.push_back(static_cast<std::uint32_t>(offset));
    }

    void clear() noexcept {
        narrow_values_.clear();
        wide_values_.clear();
        wide_ = false;
    }

    std::size_t operator[](std::size_t i) const noexcept { return wide_ ? wide_values_[i] : narrow_values_[i]; }
    std::size_t size() const noexcept { return wide_ ? wide_values_.size() : narrow_values_.size(); }
    bool empty() const noexcept { return size() == 0; }
    bool wide() const noexcept { return wide_; }

    // f(the offsets, as the vector of whichever width holds them): for a search over them
    // with the standard algorithms, which a call of operator[] each step would slow.
    template <class F>
    decltype(auto) visit(F&& f) const {
        return wide_ ? f(wide_values_) : f(narrow_values_);
    }

private:
    static constexpr bool fits_narrow(std::size_t offset) noexcept {
        if constexpr (sizeof(std::size_t) > sizeof(std::uint32_t))
            return offset <= std::numeric_limits<std::uint32_t>::max();
        else
            return true;
    }

    void widen() {
        wide_values_.reserve(narrow_values_.capacity());
        wide_values_.assign(narrow_values_.begin(), narrow_values_.end());
        std::vector<std::uint32_t>().swap(narrow_values_);
        wide_ = true;
    }

    std::vector<std::uint32_t> narrow_values_;
    std::vector<std::size_t> wide_values_;
    bool wide_ = false;
};

}  // namespace text
CIVIC_NAMESPACE_END
