// What the grammars produce: plain structs, each tagged with the range it was read from.
// Ranges are pointers into the text handed to the grammar; recognisers turn them into
// source spans right away, so no AST outlives the text it points into.
#pragma once
#include <civic/config.hpp>
#include <civic/grammar/inline_list.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace grammar { namespace ast {

struct tagged {
    char const* first = nullptr;
    char const* last = nullptr;
};

enum class marker_kind { none, bullet, dash, number, letter, roman, decimal };

// "– ", "• ", "1. ", "1) ", "a) ", "iv. " at the start of a line.
struct list_marker : tagged {
    marker_kind kind = marker_kind::none;
    unsigned value = 0;  // the number, letter (a = 1) or roman numeral, a decimal's last number; 0 for bullets
};

// "(Georgia)", "(GCRT)", "(ACR, Country)": one parenthesised part after a name, the range
// with its parentheses and the text without them.
struct paren_group : tagged {
    std::string_view text;
};

// "Human Rights Centre (HRC) (Georgia)": a name and the parenthesised parts after it, as
// views of the line read.
struct signatory_entry : tagged {
    std::string_view name;
    inline_list<paren_group, 2> groups;
};

using signatory_line = inline_list<signatory_entry, 2>;

// "members of the Civic Solidarity Platform (CSP)".
struct coalition_mention : tagged {
    std::string name;
    std::optional<std::string> acronym;
};

// "7 January 2022", "January 7, 2022", "07.01.2022", "2022-01-07", "7 января 2022 г.".
struct date : tagged {
    int year = 0;
    int month = 0;
    int day = 0;
};

// "… call on protesters to refrain … and on the authorities of Kazakhstan to:": the
// addressees after a call verb.
struct call_introduction : tagged {
    std::vector<std::string> addressees;
};

}}  // namespace grammar::ast
CIVIC_NAMESPACE_END
