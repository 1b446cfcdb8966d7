// The inputs every export is checked on: each fixture under tests/fixtures (recursively)
// and, when the corpus is there, each case's statement.txt (found as tests/corpus finds it:
// $CIVIC_CORPUS_DIR, else the CIVIC_CORPUS_DIR the build defines).
#pragma once
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace civic_test {

struct export_input {
    std::string name;  // "fixture layouts/lang-de.txt", "corpus 000-csp-kazakhstan-2022"
    std::string text;
};

inline std::string read_file(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline std::filesystem::path export_corpus_dir() {
    if (char const* env = std::getenv("CIVIC_CORPUS_DIR"); env && *env) return env;
#ifdef CIVIC_CORPUS_DIR
    return CIVIC_CORPUS_DIR;
#else
    return {};
#endif
}

inline std::vector<export_input> export_inputs() {
    namespace fs = std::filesystem;
    std::vector<export_input> out;
    fs::path const fixtures = CIVIC_FIXTURES_DIR;
    for (auto const& e : fs::recursive_directory_iterator(fixtures))
        if (e.is_regular_file())
            out.push_back({"fixture " + fs::relative(e.path(), fixtures).generic_string(), read_file(e.path())});
    std::error_code ec;
    auto const corpus = export_corpus_dir();
    if (!corpus.empty() && fs::is_directory(corpus, ec))
        for (auto const& e : fs::directory_iterator(corpus))
            if (fs::is_regular_file(e.path() / "statement.txt"))
                out.push_back({"corpus " + e.path().filename().string(), read_file(e.path() / "statement.txt")});
    std::sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.name < b.name; });
    return out;
}

}  // namespace civic_test
