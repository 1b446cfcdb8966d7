// Hash tables of words: views into the constexpr language tables, looked up once for every
// word or suffix of a text. Boost's open-addressing tables, with a hash made for short words.
#pragma once
#include <civic/config.hpp>
#include <civic/text/word_hash.hpp>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace lang {

using text::word_hash;

using word_set = boost::unordered_flat_set<std::string_view, word_hash>;

template <class Value>
using word_map = boost::unordered_flat_map<std::string_view, Value, word_hash>;

}  // namespace lang
CIVIC_NAMESPACE_END
