// A search of a sorted sequence that starts where the last one ended.
#pragma once
#include <civic/config.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>

CIVIC_NAMESPACE_BEGIN
namespace text {

// std::upper_bound's answer, as an index, for `value` in the sorted [first, first + size),
// searched from `hint` (an earlier answer's neighbourhood). Onwards from it, a step of one
// element, then two, four … and a bisection of the last step; backwards, or with a hint past
// the end, a bisection of what lies before it. The line index and the offset map are asked in
// nearly increasing order: the answer is then a step or two on, where a bisection of a list of
// megabytes reads some twenty places, each a cache miss.
// `after(value, element)` is upper_bound's comparison: whether value comes before element.
template <class RandomIt, class T, class After>
std::size_t upper_bound_from(RandomIt first, std::size_t size, std::size_t hint, T const& value, After after) {
    auto const first_after = [&](std::size_t lo, std::size_t hi) {  // in [lo, hi)
        using diff = typename std::iterator_traits<RandomIt>::difference_type;
        return static_cast<std::size_t>(
            std::upper_bound(first + static_cast<diff>(lo), first + static_cast<diff>(hi), value, after) - first);
    };
    if (hint >= size || after(value, first[hint])) return first_after(0, std::min(hint, size));
    std::size_t step = 1;  // first[hint] is at or before value
    while (hint + step < size && !after(value, first[hint + step])) {
        hint += step;
        step *= 2;
    }
    return first_after(hint + 1, std::min(hint + step, size));
}

}  // namespace text
CIVIC_NAMESPACE_END
