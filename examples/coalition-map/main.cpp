// Who signs with whom: reads many statements, brings the organisations that signed them
// together however each list wrote their names (civic::registry), and prints each
// organisation with the statements it signed, then the pairs that signed together most often.
//   coalition-map [--top N] [--min M] FILE|DIR...
// A directory is read for every *.txt below it (statement.txt in each folder of an archive).
#include <civic/civic.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

int usage() {
    fmt::print(stderr, "usage: coalition-map [--top N] [--min M] FILE|DIR...\n"
                       "  --top N  the N most frequent pairs of co-signers (10)\n"
                       "  --min M  list only organisations that signed at least M statements (1)\n");
    return 2;
}

std::vector<fs::path> statement_files(std::vector<std::string> const& args) {
    std::vector<fs::path> files;
    for (auto const& a : args) {
        std::error_code ec;
        if (fs::is_directory(a, ec)) {
            for (auto const& e : fs::recursive_directory_iterator(a, ec))
                if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
        } else {
            files.emplace_back(a);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t top = 10, min_statements = 1;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if ((a == "--top" || a == "--min") && i + 1 < argc) {
            (a == "--top" ? top : min_statements) = std::strtoull(argv[++i], nullptr, 10);
        } else if (a == "--help" || a == "-h" || (!a.empty() && a[0] == '-')) {
            return usage();
        } else {
            inputs.emplace_back(a);
        }
    }
    if (inputs.empty()) return usage();

    civic::registry registry;
    int status = 0;
    for (auto const& file : statement_files(inputs)) {
        auto const result = civic::parse_file(file);
        for (auto const& d : result.diagnostics)
            if (d.level == civic::severity::error) fmt::print(stderr, "{}: {}\n", file.string(), d.message), status = 1;
        registry.add(result.statement, file.string());
    }

    // The organisations that signed most first.
    auto organisations = registry.organisations();
    std::stable_sort(organisations.begin(), organisations.end(), [&](auto a, auto b) {
        return registry.statements_signed(a) > registry.statements_signed(b);
    });
    fmt::print("{} statements, {} organisations\n\n", registry.statement_count(), registry.organisation_count());
    for (auto const o : organisations) {
        auto const n = registry.statements_signed(o);
        if (n < min_statements) continue;
        auto const acronym = registry.acronym(o);
        auto const country = registry.country_code(o);
        fmt::print("{}{}{} — {} statement{}\n", registry.name(o), acronym.empty() ? "" : fmt::format(" ({})", acronym),
                   country.empty() ? "" : fmt::format(" [{}]", country), n, n == 1 ? "" : "s");
        auto const variants = registry.variants(o);
        if (variants.size() > 1) {
            fmt::print("  also written:");
            for (std::size_t i = 1; i < variants.size(); ++i) fmt::print("{} \"{}\"", i == 1 ? "" : ",", variants[i].written);
            fmt::print("\n");
        }
        for (auto const& s : registry.signings(o)) fmt::print("  {}:{}\n", s.statement_id, s.line);
    }

    auto const pairs = registry.top_pairs(top);
    if (!pairs.empty()) fmt::print("\nmost frequent co-signers:\n");
    for (auto const& p : pairs)
        fmt::print("  {:4}  {}  +  {}\n", p.statements, registry.name(p.first), registry.name(p.second));
    return status;
}
