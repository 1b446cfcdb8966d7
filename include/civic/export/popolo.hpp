// The people and organisations behind a statement in the Popolo data specification
// (popoloproject.com), for tools that map who works with whom across many statements:
//
//   organizations  the coalition (classification "coalition"), the signatories of this
//                  statement as a group (classification "statement", id = the statement's
//                  id, founding_date = its date, parent_id = the coalition), and each
//                  signing organisation (classification "organisation")
//   persons        each signing person
//   memberships    each signatory in the statement's group (role "signatory"; a person's
//                  role such as "Journalist" is the label) and, when the statement names
//                  its coalition, in the coalition (role "member")
//   areas          the signatories' countries, by Open Civic Data id
//                  ("ocd-division/country:ge"), referred to by area_id
//
// Ids start with the statement's id ("kz-2022/signatory-3"), so the exports of many
// statements can be merged. Every object validates against Popolo's JSON Schemas.
#pragma once
#include <civic/model/statement.hpp>

#include <boost/json/value.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN

CIVIC_FUNC boost::json::value to_popolo(statement const& s, std::string_view statement_id);

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/export/impl/popolo.ipp>
#endif
