// The room a long list of signers takes: reserved once before the list is read, not grown by
// doublings (which hold the old room and the new side by side, and leave up to half unused),
// and no room in the diagnostics for notes that will not be written.
#include <civic/parse.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace civic;

namespace {

// A statement whose list of `signers` organisations, one a line, follows a header.
std::string statement_with_list(std::size_t signers) {
    static char const* const countries[] = {"Moldova", "Georgia", "Lithuania", "Romania", "Armenia"};
    std::string text =
        "Joint statement on the closure of the Riverside Legal Clinic\n\n"
        "We, the undersigned organisations, call on the authorities to reopen the clinic.\n\n"
        "Signatories:\n\n";
    for (std::size_t i = 0; i < signers; ++i)
        text += "Harbour Rights Centre " + std::to_string(i + 1) + " (" + countries[i % 5] + ")\n";
    return text;
}

}  // namespace

TEST_CASE("a list after a header is given its room once, not by doublings") {
    constexpr std::size_t signers = 1100;  // doublings from one would leave room for 2048
    auto const r = parse(statement_with_list(signers));
    auto const& list = r.statement.signatories;
    REQUIRE(list.size() == signers);
    CHECK(list.front().name == "Harbour Rights Centre 1");
    CHECK(list.front().country_code == "MD");
    CHECK(list.back().country_code == "AM");
    CHECK(list.capacity() < signers + signers / 10);
}

TEST_CASE("the diagnostics have no room for notes of signers whose countries are known") {
    auto const r = parse(statement_with_list(1100));
    REQUIRE(r.statement.signatories.size() == 1100);
    CHECK(r.diagnostics.size() < 10);
    CHECK(r.diagnostics.capacity() < 100);
}
