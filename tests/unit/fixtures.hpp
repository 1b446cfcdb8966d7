// Reading the fixtures of tests/fixtures (CIVIC_FIXTURES_DIR) and small helpers shared by
// the unit tests.
#pragma once
#include <civic/model/source_span.hpp>
#include <civic/model/statement.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace civic_test {

inline std::string fixture_path(std::string_view name) { return std::string(CIVIC_FIXTURES_DIR) + "/" + std::string(name); }

inline std::string read_fixture(std::string_view name) {
    std::ifstream in(fixture_path(name), std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + std::string(name));
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The original bytes a span points at.
inline std::string_view original(std::string_view input, civic::source_span const& s) {
    return input.substr(s.begin, s.end - s.begin);
}

// The signatories' names, in order.
inline std::vector<std::string> names_of(civic::statement const& s) {
    std::vector<std::string> names;
    for (auto const& sig : s.signatories) names.push_back(sig.name);
    return names;
}

}  // namespace civic_test

// "3:12" in failure messages instead of "{?}".
namespace doctest {
template <>
struct StringMaker<civic::source_position> {
    static String convert(civic::source_position const& p) {
        return (std::to_string(p.line) + ":" + std::to_string(p.column)).c_str();
    }
};
}  // namespace doctest
