// Reading the fixtures of tests/fixtures (CIVIC_FIXTURES_DIR) and small helpers shared by
// the unit tests.
#pragma once
#include <civic/model/diagnostic.hpp>
#include <civic/model/source_span.hpp>
#include <civic/model/statement.hpp>
#include <civic/parse.hpp>

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

// Whether a diagnostic of this code was reported.
inline bool has_code(civic::diagnostics const& ds, std::string_view code) {
    for (auto const& d : ds)
        if (d.code == code) return true;
    return false;
}
inline bool has_code(civic::parse_result const& r, std::string_view code) { return has_code(r.diagnostics, code); }

inline bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

// Every call of every group, in order, and their texts.
inline std::vector<civic::call> all_calls(civic::statement const& s) {
    std::vector<civic::call> out;
    for (auto const& g : s.call_groups) out.insert(out.end(), g.calls.begin(), g.calls.end());
    return out;
}
inline std::vector<std::string> call_texts(civic::statement const& s) {
    std::vector<std::string> out;
    for (auto const& g : s.call_groups)
        for (auto const& c : g.calls) out.push_back(c.text);
    return out;
}

// Why the outline of `s` does not tile `input` (every byte once, in order, no overlap, no
// empty entry, all inside the input); empty when it does. One CHECK per input, not per entry.
inline std::string outline_fault(civic::statement const& s, std::string_view input) {
    std::size_t covered = 0;
    for (std::size_t i = 0; i < s.outline.size(); ++i) {
        auto const& e = s.outline[i].span;
        auto where = " (entry " + std::to_string(i) + ", role " + civic::to_string(s.outline[i].role) + ")";
        if (e.begin != covered) return "begins at " + std::to_string(e.begin) + ", not " + std::to_string(covered) + where;
        if (e.end <= e.begin) return "is empty or reversed" + where;
        if (e.end > input.size()) return "ends past the input" + where;
        covered = e.end;
    }
    if (covered != input.size())
        return "covers " + std::to_string(covered) + " of " + std::to_string(input.size()) + " bytes";
    return {};
}
inline void check_outline_covers(civic::statement const& s, std::string_view input) { CHECK(outline_fault(s, input) == ""); }

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
