// Reference scans for civic-bench: what the machine does on the same inputs with no parsing
// to speak of, so that the figures of the stages read against the machine they ran on.
//
//  - BM_reference_memchr_lines: finds every line end with memchr, the floor of any pass over
//    the text;
//  - BM_reference_x3_lines: a minimal Spirit X3 grammar that splits the text into lines and
//    builds an AST of them (a vector of strings), the cost of the engine and of an allocation
//    a line before any rule of a real grammar.
#include "inputs.hpp"

#include <boost/spirit/home/x3.hpp>

#include <benchmark/benchmark.h>

#include <cstring>
#include <string>
#include <vector>

namespace {

using namespace civic_bench;

void BM_reference_memchr_lines(benchmark::State& state) {
    auto const& in = input_of(state);
    for (auto _ : state)
        for (auto const& t : in.texts) {
            std::size_t lines = 0;
            char const* p = t.data();
            char const* const end = p + t.size();
            while (auto const* nl = static_cast<char const*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) {
                ++lines;
                p = nl + 1;
            }
            benchmark::DoNotOptimize(lines);
        }
    count(state, in);
}

void BM_reference_x3_lines(benchmark::State& state) {
    namespace x3 = boost::spirit::x3;
    auto const& in = input_of(state);
    auto const line = *(x3::char_ - x3::eol);
    auto const lines = line % x3::eol;
    for (auto _ : state)
        for (auto const& t : in.texts) {
            std::vector<std::string> ast;
            auto first = t.begin();
            benchmark::DoNotOptimize(x3::parse(first, t.end(), lines, ast));
            benchmark::DoNotOptimize(ast.data());
        }
    count(state, in);
}

BENCHMARK(BM_reference_memchr_lines)->Arg(0)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_reference_memchr_lines)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_reference_x3_lines)->Arg(0)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_reference_x3_lines)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
