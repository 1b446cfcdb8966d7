// Parses a two-signatory statement with the packaged civic; non-zero exit if it finds otherwise.
#include <civic/civic.hpp>

#include <iostream>

int main() {
    auto const r = civic::parse(
        "Open letter on the river crossing at Millbrook\n\n"
        "We, the undersigned organisations, call on the regional authorities to:\n\n"
        "- keep the Millbrook ferry running;\n"
        "- consult residents before any closure.\n\n"
        "Signed by:\n\n"
        "Millbrook Residents Union (MRU)\n"
        "Valley Transport Watch (VTW)\n");
    for (auto const& s : r.statement.signatories) std::cout << s.name << '\n';
    std::cout << "civic " << CIVIC_VERSION_STRING << ": " << r.statement.signatories.size() << " signatories\n";
    return r.ok() && r.statement.signatories.size() == 2 ? 0 : 1;
}
