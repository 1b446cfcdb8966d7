// The statement as an Akoma Ntoso 3.0 document (OASIS LegalDocML, namespace
// http://docs.oasis-open.org/legaldocml/ns/akn/3.0), of document type `statement`:
//
//   meta         FRBR work / expression / manifestation (country, date, language, author),
//                classification keywords (the subject countries), references
//                (TLCOrganization / TLCPerson per signatory with showAs and shortForm,
//                TLCOrganization for the coalition, TLCLocation per country, TLCRole per
//                role of a person)
//   preface      publisher, title, kind, date
//   preamble     the opening ("We, the undersigned …")
//   mainBody     the paragraphs; each call group as a blockList whose listIntroduction is
//                the group's introduction and whose items are the calls
//   conclusions  one signature per signatory: organization or person (and role), location
//
// Web chrome and unrecognised text are left out: they are not part of the statement.
// eIds are stable: they depend only on positions in the model ("para_3", "calls_2__item_4",
// "sig_12"). The output validates against akomantoso30.xsd whatever the text holds.
#pragma once
#include <civic/model/statement.hpp>

#include <string>

CIVIC_NAMESPACE_BEGIN

CIVIC_FUNC std::string to_akoma_ntoso(statement const& s);

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/export/impl/akoma_ntoso.ipp>
#endif
