// What the grammars produce: plain structs, each tagged with the range it was read from.
// Ranges are pointers into the text handed to the grammar; recognisers turn them into
// source spans right away, so no AST outlives the text it points into.
#pragma once
#include <civic/config.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace grammar { namespace ast {

struct tagged {
    char const* first = nullptr;
    char const* last = nullptr;
};

enum class marker_kind { none, bullet, dash, number, letter, roman };

// "– ", "• ", "1. ", "1) ", "a) ", "iv. " at the start of a line.
struct list_marker : tagged {
    marker_kind kind = marker_kind::none;
    unsigned value = 0;  // the number, letter (a = 1) or roman numeral; 0 for bullets
};

// Up to N items in place, more on the heap. A signatory line is read for every line of a
// list, and is mostly one entry with a part or two: a vector for the line and one for each
// entry's parts would be allocations for every line.
template <class T, std::size_t N>
class inline_list {
public:
    using value_type = T;

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

// "(Georgia)", "(GCRT)", "(ACR, Country)": one parenthesised part after a name, the range
// with its parentheses and the text without them.
struct paren_group : tagged {
    std::string_view text;
};

// "Human Rights Centre (HRC) (Georgia)": a name and the parenthesised parts after it, as
// views of the line read.
struct signatory_entry : tagged {
    std::string_view name;
    inline_list<paren_group, 2> groups;
};

using signatory_line = inline_list<signatory_entry, 2>;

// "members of the Civic Solidarity Platform (CSP)".
struct coalition_mention : tagged {
    std::string name;
    std::optional<std::string> acronym;
};

// "7 January 2022", "January 7, 2022", "07.01.2022", "2022-01-07", "7 января 2022 г.".
struct date : tagged {
    int year = 0;
    int month = 0;
    int day = 0;
};

// "… call on protesters to refrain … and on the authorities of Kazakhstan to:": the
// addressees after a call verb.
struct call_introduction : tagged {
    std::vector<std::string> addressees;
};

}}  // namespace grammar::ast
CIVIC_NAMESPACE_END
