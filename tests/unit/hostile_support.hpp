// Shared by test_hostile.cpp and test_no_loss.cpp: what every hostile input must give, and a time budget.
#pragma once
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace civic_test {

// What every hostile input must give: no exception reached parse(), the outline tiles the
// input, every diagnostic points inside it, and a statement or one clear error.
inline void check_sound(civic::parse_result const& r, std::string_view input) {
    CHECK_FALSE(has_code(r, "internal.exception"));
    CHECK(outline_fault(r.statement, input) == "");
    bool inside = true;
    for (auto const& d : r.diagnostics) inside = inside && d.span.begin <= d.span.end && d.span.end <= input.size();
    CHECK(inside);
}

// The time one parse of a hostile input should take: 2 s in a Debug build (sanitizers slow
// civic down several times over, so they get more). A test only warns when it takes longer:
// speed is measured by the benchmarks (tests/bench), not asserted on a loaded machine, and a
// runaway path (quadratic, a hang) is caught by the CTest timeout of the unit tests.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CIVIC_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CIVIC_TEST_SANITIZED 1
#endif
#ifdef CIVIC_TEST_SANITIZED
constexpr double time_budget_seconds = 20.0;
#else
constexpr double time_budget_seconds = 2.0;
#endif

// parse() with the time it took, reported in the test log.
inline civic::parse_result timed_parse(std::string_view input, char const* what, double& seconds,
                                       civic::options const& opts = {}) {
    auto const t0 = std::chrono::steady_clock::now();
    auto r = civic::parse(input, opts);
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE(std::string(what) << ": " << input.size() << " bytes parsed in " << seconds << " s");
    return r;
}

}  // namespace civic_test
