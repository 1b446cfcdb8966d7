// A list that holds its first items in place: the grammar's nodes and the recogniser's parts
// of a signatory line.
#pragma once
#include <civic/config.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace grammar { namespace ast {

// Up to N items in place, more on the heap. A signatory line is read for every line of a
// list, and is mostly one part, of one entry with a part in parentheses or two: a vector for
// the line, its entries and each entry's parts would be allocations for every line.
template <class T, std::size_t N>
class inline_list {
public:
    using value_type = T;

    inline_list() = default;
    // The items of `items`, which stay on the heap where they are when there are more than N.
    explicit inline_list(std::vector<T> items) : size_(items.size()) {
        if (size_ <= N) std::copy(items.begin(), items.end(), in_place_.begin());
        else heap_ = std::move(items);
    }

    void push_back(T const& item) {
        if (size_ < N) {
            in_place_[size_++] = item;
            return;
        }
        if (size_ == N) heap_.assign(in_place_.begin(), in_place_.end());
        heap_.push_back(item);
        ++size_;
    }

    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    T* begin() noexcept { return size_ <= N ? in_place_.data() : heap_.data(); }
    T* end() noexcept { return begin() + size_; }
    T const* begin() const noexcept { return size_ <= N ? in_place_.data() : heap_.data(); }
    T const* end() const noexcept { return begin() + size_; }
    T& operator[](std::size_t i) noexcept { return begin()[i]; }
    T const& operator[](std::size_t i) const noexcept { return begin()[i]; }
    T& front() noexcept { return *begin(); }
    T const& front() const noexcept { return *begin(); }
    T& back() noexcept { return end()[-1]; }
    T const& back() const noexcept { return end()[-1]; }

private:
    std::array<T, N> in_place_{};
    std::size_t size_ = 0;
    std::vector<T> heap_;  // all the items, once there are more than N
};

}}  // namespace grammar::ast
CIVIC_NAMESPACE_END
