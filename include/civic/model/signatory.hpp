// One signer of a statement: an organisation or a person.
#pragma once
#include <civic/model/source_span.hpp>

#include <optional>
#include <string>

CIVIC_NAMESPACE_BEGIN

enum class signatory_type { organisation, person };

constexpr char const* to_string(signatory_type t) noexcept {
    return t == signatory_type::person ? "person" : "organisation";
}

struct signatory {
    std::string name;                         // as written, without acronym and country parts
    std::optional<std::string> acronym;       // "IPHR" when given beside the name
    std::optional<std::string> country;       // as written: "The United States of America"
    std::optional<std::string> country_code;  // ISO 3166-1 alpha-2, upper case: "US"
    std::optional<std::string> role;          // for people: "Journalist", "director of X"
    signatory_type type = signatory_type::organisation;
    source_span span;
    // A town or a region as written: "м. Київ", "Yerevan". Last, so that the members before it
    // keep their places in a brace-initialised signatory.
    std::optional<std::string> place;
    // A web or mail address written with the signer, as written: its site ("www.amber.example"),
    // the page where it published the statement, or its mail ("info@amber.example").
    std::optional<std::string> link;

    friend bool operator==(signatory const& a, signatory const& b) {
        return a.name == b.name && a.acronym == b.acronym && a.country == b.country &&
               a.country_code == b.country_code && a.place == b.place && a.role == b.role && a.type == b.type &&
               a.span == b.span && a.link == b.link;
    }
    friend bool operator!=(signatory const& a, signatory const& b) { return !(a == b); }
};

CIVIC_NAMESPACE_END
