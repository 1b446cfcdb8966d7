// civic-bench-linear: parse time per megabyte for inputs from 10 KB to 100 MB, built from
// the project's fixtures, to show that parsing stays linear (the time per MB flat, within
// 2x). A benchmark, not a test: it prints a table and asserts nothing.
//
//   civic-bench-linear FIXTURES_DIR [MAX_MB]
#include <civic/civic.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

// Every fixture's text, in a fixed order: realistic layouts (lists, calls, markup, chrome).
std::string fixture_text(std::filesystem::path const& dir) {
    std::vector<std::filesystem::path> files;
    for (auto const& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::string text;
    for (auto const& f : files) {
        std::ifstream in(f, std::ios::binary);
        text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        text += "\n\n";
    }
    return text;
}

// `size` bytes of statement-like text: the fixtures repeated, cut at a line end.
std::string input_of_size(std::string const& seed, std::size_t size) {
    std::string s;
    s.reserve(size + seed.size());
    while (s.size() < size) s += seed;
    auto cut = s.rfind('\n', size);
    s.resize(cut == std::string::npos ? size : cut + 1);
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: civic-bench-linear FIXTURES_DIR [MAX_MB]\n");
        return 2;
    }
    auto const seed = fixture_text(argv[1]);
    double const max_mb = argc > 2 ? std::stod(argv[2]) : 100.0;
    // The phrase and month tables are built on first use: not part of any measurement.
    (void)civic::parse(input_of_size(seed, 4096));
    fmt::print("{:>10}  {:>9}  {:>9}  {:>8}  {:>11}  {:>8}\n", "input", "seconds", "s per MB", "MB/s", "signatories",
               "blocks");
    for (double mb : {0.01, 0.1, 1.0, 10.0, 100.0}) {
        if (mb > max_mb) break;
        auto const input = input_of_size(seed, static_cast<std::size_t>(mb * 1024 * 1024));
        auto const start = std::chrono::steady_clock::now();
        auto const result = civic::parse(input);
        double const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        double const real_mb = static_cast<double>(input.size()) / (1024.0 * 1024.0);
        fmt::print("{:>7.2f} MB  {:>9.3f}  {:>9.3f}  {:>8.1f}  {:>11}  {:>8}\n", real_mb, seconds, seconds / real_mb,
                   real_mb / seconds, result.statement.signatories.size(), result.statement.outline.size());
    }
    return 0;
}
