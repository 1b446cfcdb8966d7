// JSON for the model, through Boost.JSON's conversion points: boost::json::value_from(s)
// works for every model type. Field names follow docs/statement-json.md of the project:
// the scorer's fields plus spans, paragraphs, chrome, the outline and diagnostics.
#pragma once
#include <civic/model/diagnostic.hpp>
#include <civic/model/statement.hpp>
#include <civic/parse.hpp>

#include <boost/json.hpp>

CIVIC_NAMESPACE_BEGIN

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_position const& p);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_span const& s);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, text_block const& b);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, signatory const& s);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call const& c);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call_group const& g);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, coalition const& c);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement_date const& d);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, outline_entry const& e);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, diagnostic const& d);
CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement const& s);

// The statement as a JSON object.
CIVIC_FUNC boost::json::value to_json(statement const& s);
// The statement with a "diagnostics" array beside its fields.
CIVIC_FUNC boost::json::value to_json(parse_result const& r);

// "2022-01-07", or "2022-01" when the day is not known.
CIVIC_FUNC std::string to_iso_string(statement_date const& d);

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/export/impl/json.ipp>
#endif
