// The signatories and the calls of a statement as CSV tables (RFC 4180, UTF-8), for
// spreadsheets and for merging many statements into one table: every row starts with the
// statement's id.
//
//   signatories: statement_id, position, name, acronym, country, country_code, type, role, place, link
//   (place and link last: they came after the others, and readers by position keep working)
//   calls:       statement_id, group, addressee, position, text, addressees
//   (addressee is the last of a call's addressees; addressees all of them, "; " between, last
//   as place and link are)
//
// Positions and groups count from 1. A missing value is an empty field. Text is written as
// it is, never rewritten: a cell that starts with "=" stays as it is (so that a CSV reader
// gets back exactly the statement's text); spreadsheets should import such files as text.
#pragma once
#include <civic/model/statement.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

struct csv_options {
    bool header = true;            // a first row with the column names
    bool byte_order_mark = false;  // U+FEFF first, for spreadsheets that guess the encoding
};

// One field: quoted (with " doubled) when it holds a comma, a quote, CR or LF, or starts
// or ends with a space; as it is otherwise.
CIVIC_FUNC std::string csv_field(std::string_view value);

CIVIC_FUNC std::string signatories_csv(statement const& s, std::string_view statement_id, csv_options const& opts = {});
CIVIC_FUNC std::string calls_csv(statement const& s, std::string_view statement_id, csv_options const& opts = {});

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/export/impl/csv.ipp>
#endif
