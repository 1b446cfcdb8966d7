// Lets X3 (Boost 1.81) use std::optional as an attribute, as it does boost::optional, so the
// AST and the model share one optional type.
#pragma once
#include <boost/spirit/home/x3/support/traits/optional_traits.hpp>

#include <optional>

namespace boost { namespace spirit { namespace x3 { namespace traits {

template <typename T>
struct is_optional<std::optional<T>> : mpl::true_ {};

template <typename T>
struct build_optional<std::optional<T>> {
    using type = std::optional<T>;
};

template <typename T>
struct optional_value<std::optional<T>> {
    using type = T;
};

}}}}  // namespace boost::spirit::x3::traits
