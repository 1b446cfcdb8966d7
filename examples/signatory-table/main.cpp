// The least a host program needs: parse a statement and list who signed it.
//   signatory-table statement.txt
#include <civic/civic.hpp>

#include <fmt/core.h>

int main(int argc, char** argv) {
    if (argc != 2) {
        fmt::print(stderr, "usage: signatory-table FILE\n");
        return 2;
    }
    auto result = civic::parse_file(argv[1]);
    for (auto const& d : result.diagnostics)
        if (d.level == civic::severity::error) fmt::print(stderr, "{}: {}\n", argv[1], d.message);
    for (auto const& s : result.statement.signatories)
        fmt::print("{}\t{}\t{}\n", s.name, s.acronym.value_or(""), s.country_code.value_or(""));
    return result.ok() ? 0 : 1;
}
