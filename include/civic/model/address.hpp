// Whom a statement speaks to outside its lists of demands: the headline's "Open letter to the
// European Commission", an address line over the text ("To: the Minister of Justice"), or a
// demand made within a paragraph ("We urge the Department of Homeland Security to drop …").
#pragma once
#include <civic/model/source_span.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

enum class address_source {
    headline,      // "Open letter to X", "Обращение к X"
    address_line,  // a line of its own before the text: "To X", "Al pueblo de México,"
    paragraph,     // a call made in prose: "We call on X to …"
};

constexpr std::string_view to_string(address_source s) noexcept {
    switch (s) {
        case address_source::headline: return "headline";
        case address_source::address_line: return "address_line";
        case address_source::paragraph: return "paragraph";
    }
    return "paragraph";
}

struct address {
    std::string addressee;  // as written, without the preposition before it: "the European Commission"
    address_source source = address_source::paragraph;
    source_span span;       // the addressee's words in the input

    friend bool operator==(address const& a, address const& b) {
        return a.addressee == b.addressee && a.source == b.source && a.span == b.span;
    }
    friend bool operator!=(address const& a, address const& b) { return !(a == b); }
};

CIVIC_NAMESPACE_END
