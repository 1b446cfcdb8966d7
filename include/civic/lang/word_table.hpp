// Hash tables of words: views into the constexpr language tables, looked up once for every
// word or suffix of a text. Boost's open-addressing tables, with the standard library's hash
// of a string (it reads eight bytes at a time; Boost's mixes byte by byte).
#pragma once
#include <civic/config.hpp>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <functional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace lang {

using word_set = boost::unordered_flat_set<std::string_view, std::hash<std::string_view>>;

template <class Value>
using word_map = boost::unordered_flat_map<std::string_view, Value, std::hash<std::string_view>>;

}  // namespace lang
CIVIC_NAMESPACE_END
