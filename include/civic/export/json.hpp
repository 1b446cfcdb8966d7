// JSON for the model, through Boost.JSON's conversion points: boost::json::value_from(x)
// and boost::json::value_to<T>(v) work for every model type, and reading back what was
// written gives a value equal to the original, spans, outline and diagnostics included.
// Field names follow the project's docs/statement-json.md (the scorer's fields plus spans,
// paragraphs, chrome, the outline and diagnostics); docs/statement.schema.json is the JSON
// Schema (draft 2020-12) of what to_json(parse_result) writes.
//
// Reading JSON of the wrong shape follows Boost.JSON's convention for value_to: it throws
// boost::system::system_error, here as its subclass civic::json_error, which also names
// the offending value by its JSON Pointer ("/signatories/3/span/begin"). try_from_json()
// reports the same error as a boost::system::result instead of throwing.
//
// write_json() writes the same text as boost::json::serialize(to_json(x)) without building
// the document: to_json() holds every paragraph, outline entry and span of the statement as
// a boost::json object at once (tens of times the input for a long one), write_json() only
// one element at a time.
#pragma once
#include <civic/model/diagnostic.hpp>
#include <civic/model/statement.hpp>
#include <civic/parse.hpp>

#include <boost/json.hpp>
#include <boost/system/result.hpp>
#include <boost/system/system_error.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

CIVIC_NAMESPACE_BEGIN

// JSON that does not have the shape to_json() writes. code() is a boost::json::error
// (not_object, not_string, not_found for a missing field, unknown_name for an unknown
// enumerator, not_exact for a number out of range, syntax for a malformed date or text);
// pointer() is where in the document the problem is.
class CIVIC_API json_error : public boost::system::system_error {
public:
    json_error(boost::system::error_code ec, std::string pointer)
        : boost::system::system_error(ec, pointer.empty() ? std::string("civic JSON at the root") : "civic JSON at " + pointer),
          pointer_(std::move(pointer)) {}
    std::string const& pointer() const noexcept { return pointer_; }

private:
    std::string pointer_;
};

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_position const& p);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_span const& s);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, text_block const& b);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, signatory const& s);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call const& c);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call_group const& g);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, address const& a);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, coalition const& c);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement_date const& d);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, outline_entry const& e);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, diagnostic const& d);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement const& s);

CIVIC_FUNC source_position tag_invoke(boost::json::value_to_tag<source_position>, boost::json::value const& v);
CIVIC_FUNC source_span tag_invoke(boost::json::value_to_tag<source_span>, boost::json::value const& v);
CIVIC_FUNC text_block tag_invoke(boost::json::value_to_tag<text_block>, boost::json::value const& v);
CIVIC_FUNC signatory tag_invoke(boost::json::value_to_tag<signatory>, boost::json::value const& v);
CIVIC_FUNC call tag_invoke(boost::json::value_to_tag<call>, boost::json::value const& v);
CIVIC_FUNC call_group tag_invoke(boost::json::value_to_tag<call_group>, boost::json::value const& v);
CIVIC_FUNC address tag_invoke(boost::json::value_to_tag<address>, boost::json::value const& v);
CIVIC_FUNC coalition tag_invoke(boost::json::value_to_tag<coalition>, boost::json::value const& v);
// A date alone is its ISO string; its span is read as statement_date::span stays empty
// (a statement keeps it beside, in "date_span").
CIVIC_FUNC statement_date tag_invoke(boost::json::value_to_tag<statement_date>, boost::json::value const& v);
CIVIC_FUNC outline_entry tag_invoke(boost::json::value_to_tag<outline_entry>, boost::json::value const& v);
CIVIC_FUNC diagnostic tag_invoke(boost::json::value_to_tag<diagnostic>, boost::json::value const& v);
// "addressees" and "calls" are derived from "call_groups" and "addresses" and are not read back.
CIVIC_FUNC statement tag_invoke(boost::json::value_to_tag<statement>, boost::json::value const& v);
// The statement and its "diagnostics" (none when the field is absent).
CIVIC_FUNC parse_result tag_invoke(boost::json::value_to_tag<parse_result>, boost::json::value const& v);

// The statement as a JSON object.
CIVIC_FUNC boost::json::value to_json(statement const& s);
// The statement with a "diagnostics" array beside its fields.
CIVIC_FUNC boost::json::value to_json(parse_result const& r);

// Appends to `out` exactly what boost::json::serialize(to_json(x)) (for the diagnostics,
// boost::json::serialize(boost::json::value_from(d))) gives. Boost.JSON writes every key and
// value; only one element of an array (a paragraph, a signatory, an outline entry, a
// diagnostic…) is a boost::json::value at a time, so the only memory beyond the text is
// that of the largest element.
CIVIC_FUNC void write_json(std::string& out, parse_result const& r);
CIVIC_FUNC void write_json(std::string& out, statement const& s);
CIVIC_FUNC void write_json(std::string& out, diagnostics const& d);
// The same text written to `out` as it is made, in chunks of 64 KiB: no copy of the whole
// text is kept either. Errors are the stream's (its state, or its exceptions if enabled).
CIVIC_FUNC void write_json(std::ostream& out, parse_result const& r);
CIVIC_FUNC void write_json(std::ostream& out, statement const& s);
CIVIC_FUNC void write_json(std::ostream& out, diagnostics const& d);

// Reads what to_json(parse_result) (or to_json(statement)) wrote. Throws json_error when
// the value does not have that shape.
CIVIC_FUNC parse_result from_json(boost::json::value const& v);
// The same from JSON text; malformed JSON is a json_error too (with the parser's code).
CIVIC_FUNC parse_result from_json(std::string_view json_text);
// A string literal is JSON text (boost::json::value could also be made from it).
inline parse_result from_json(char const* json_text) { return from_json(std::string_view(json_text)); }
// The same without exceptions for the shape: the error is in the result.
CIVIC_FUNC boost::system::result<parse_result> try_from_json(std::string_view json_text);

// "2022-01-07", or "2022-01" when the day is not known.
CIVIC_FUNC std::string to_iso_string(statement_date const& d);

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/export/impl/json.ipp>
#endif
