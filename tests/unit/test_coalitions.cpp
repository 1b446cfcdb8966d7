// The coalition a statement speaks for, as its opening, headline or first paragraphs name it.
// Every organisation and place here is invented.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace civic;

TEST_CASE("coalition: named after a body of it ('members of the steering committee of the X')") {
    auto const s = parse(
                       "Statement by members of the steering committee and experts of the Lakeshore Civic Forum\n\n"
                       "The members of the steering committee and experts of the Lakeshore Civic Forum (LCF) condemn "
                       "the searches at the homes of three election observers in Pelham Vale.\n\n"
                       "We call on the prosecutor to return the seized computers.\n")
                       .statement;
    REQUIRE(s.coalition.has_value());
    CHECK(s.coalition->name == "Lakeshore Civic Forum");
    CHECK(s.coalition->acronym == std::optional<std::string>("LCF"));
}

TEST_CASE("coalition: lower-case words alone name none ('members of civil society')") {
    auto const s = parse(
                       "Joint statement on the searches in Pelham Vale\n\n"
                       "We, members of civil society in Pelham Vale, condemn the searches at the homes of three "
                       "election observers.\n")
                       .statement;
    CHECK_FALSE(s.coalition.has_value());
}
