// The inputs of civic-bench: the bundled sample statement and a synthetic corpus of the
// fixtures (see stages.cpp), shared by the stage benchmarks and the reference scans.
#pragma once
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace civic_bench {

inline std::string read_file(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A set of statements, each parsed alone.
struct input_set {
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    std::size_t distinct = 1;  // texts[i] is texts[i % distinct]
};

inline input_set const& sample() {
    static input_set const s = [] {
        input_set r;
        r.texts.push_back(read_file(CIVIC_SAMPLE_FILE));
        r.bytes = r.texts.front().size();
        return r;
    }();
    return s;
}

// The statements of the corpus: every file under the fixtures, or under CIVIC_BENCH_CORPUS_DIR
// when it is set (a folder of real statements, one folder each, beside their annotations:
// files ending in .json are left out).
inline input_set const& corpus() {
    static input_set const s = [] {
        std::filesystem::path dir = CIVIC_FIXTURES_DIR;
        if (char const* env = std::getenv("CIVIC_BENCH_CORPUS_DIR"); env && *env) dir = env;
        std::vector<std::filesystem::path> files;
        for (auto const& e : std::filesystem::recursive_directory_iterator(dir))
            if (e.is_regular_file() && e.path().filename().string()[0] != '.' && e.path().extension() != ".json")
                files.push_back(e.path());
        std::sort(files.begin(), files.end());
        std::vector<std::string> seed;
        for (auto const& f : files) seed.push_back(read_file(f));
        double mb = 32;
        if (char const* env = std::getenv("CIVIC_BENCH_CORPUS_MB")) mb = std::atof(env);
        auto const target = static_cast<std::size_t>(mb * 1024 * 1024);
        input_set r;
        r.distinct = seed.size();
        while (r.bytes < target)
            for (auto const& t : seed) {
                r.texts.push_back(t);
                r.bytes += t.size();
            }
        return r;
    }();
    return s;
}

inline input_set const& input_of(benchmark::State const& state) { return state.range(0) == 0 ? sample() : corpus(); }

inline void count(benchmark::State& state, input_set const& in) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * in.bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * in.texts.size()));
    state.SetLabel(state.range(0) == 0 ? "sample" : "corpus");
}

}  // namespace civic_bench
