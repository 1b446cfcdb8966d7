// Parses a small fictional statement through civic's public API and checks what it found.
// Prints the flavour it was built against; exits non-zero when anything is missing.
#include <civic/civic.hpp>

#include <cstdio>
#include <string>
#include <string_view>

#if CIVIC_HEADER_ONLY
#define CONSUMER_FLAVOUR "header-only"
#elif defined(CIVIC_SHARED)
#define CONSUMER_FLAVOUR "shared"
#else
#define CONSUMER_FLAVOUR "static"
#endif

namespace {
constexpr std::string_view statement_text = R"(Joint statement on the closure of the Lakeside Community Library

We, the undersigned organisations, call on the municipal council of Lakeside to:

- reopen the Lakeside Community Library without delay;
- publish the budget decisions that led to its closure.

Signed by:

Lakeside Readers Association (LRA)
Harbour Town Civic Forum (HTCF)
)";
}  // namespace

int main() {
    civic::parse_result const r = civic::parse(statement_text);
    auto const& signatories = r.statement.signatories;
    std::string const json = boost::json::serialize(civic::to_json(r));
    std::printf("civic %s (%s): %zu signatories, %zu calls\n", CIVIC_VERSION_STRING, CONSUMER_FLAVOUR,
                signatories.size(), r.statement.call_groups.empty() ? 0 : r.statement.call_groups[0].calls.size());
    bool const good = r.ok() && signatories.size() == 2 && signatories[0].name == "Lakeside Readers Association" &&
                      signatories[0].acronym.value_or("") == "LRA" &&
                      json.find("Harbour Town Civic Forum") != std::string::npos;
    if (!good) std::fprintf(stderr, "unexpected result: %s\n", json.c_str());
    return good ? 0 : 1;
}
