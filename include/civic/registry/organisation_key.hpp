// The identity of an organisation across statements. Lists write one organisation many ways
// ("Centre for Civil Liberties", "CENTER FOR CIVIL LIBERTIES", "«Центр гражданских свобод»",
// "Human Rights Matter e.V.", "For Equal Rights NGO"); the organisation key is the same
// string for all the ways of writing one name, so that a registry can bring them together.
#pragma once
#include <civic/config.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

// The key of an organisation's name as written:
//   - case folded, quotes of every style («» “” „“ '' ") and punctuation dropped, hyphens and
//     white space read as one space, Romanian ş/ţ (cedilla) read as ș/ț (comma);
//   - the spelling variants of the language tables written one way ("centre" → "center");
//   - the conjunctions of the language tables ("and", "и", "und", "&") written as "&";
//   - single letters with full stops joined ("e. V." and "e.V." → "ev");
//   - legal forms of the language tables ("e.V.", "NGO", "Public Association", "ОО", "ГО",
//     "AO") dropped where they open or close the name, as long as a word is left;
//   - a trailing acronym in parentheses dropped ("… Human Rights (IPHR)"), and a trailing
//     country after a comma or in parentheses ("…, Ukraine", "… (Georgia)").
// A country written after a plain space or a dash stays: "Amnesty International Moldova" is
// a national section, not "Amnesty International". Words like "Foundation", "Фонд",
// "Stowarzyszenie" stay too: they are part of the names that use them. Empty when the name
// has no letters or digits.
CIVIC_FUNC std::string organisation_key(std::string_view name);

// The key of the same name with its quoted part moved to the other end, where lists disagree
// on the order: "Journalists’ Club “Asparez”" gives the key of "“Asparez” Journalists’ Club"
// and the other way round (which, without quotes, is also "Asparez Journalists Club"). Empty
// when the name has no quoted part, or nothing besides it. A registry looks names up by both
// keys.
CIVIC_FUNC std::string other_order_key(std::string_view name);

// The acronym a name carries in trailing parentheses ("International Partnership for Human
// Rights (IPHR)" → "IPHR"), or an empty view. Only a single word with at least two capitals
// and no more small letters than capitals counts ("(Georgia)" is no acronym).
CIVIC_FUNC std::string_view trailing_acronym(std::string_view name);

// The key of an acronym ("IPHR", "I.P.H.R.", "Promo-LEX" → "iphr", "iphr", "promolex"):
// letters and digits only, folded. Empty when `acronym` has no letters or digits.
CIVIC_FUNC std::string acronym_key(std::string_view acronym);

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/registry/impl/organisation_key.ipp>
#endif
