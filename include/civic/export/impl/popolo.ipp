// Definitions for <civic/export/popolo.hpp>.
#pragma once
#include <civic/export/json.hpp>  // to_iso_string
#include <civic/export/impl/link_url.hpp>
#include <civic/export/popolo.hpp>

#include <set>

CIVIC_NAMESPACE_BEGIN

namespace popolo_detail {

inline boost::json::array acronym_names(std::optional<std::string> const& acronym) {
    boost::json::array names;
    if (acronym) names.push_back({{"name", *acronym}, {"note", "acronym"}});
    return names;
}

// Popolo dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD".
inline bool popolo_date(statement_date const& d) {
    return d.year >= 1000 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 0 && d.day <= 31;
}

inline std::string lower_ascii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

inline std::optional<std::string> area_id(signatory const& s) {
    if (!s.country_code || s.country_code->size() != 2) return std::nullopt;
    return "ocd-division/country:" + lower_ascii(*s.country_code);
}

// A signer's link: a mail address is a contact detail, a web address a link (its URL with a scheme).
inline void add_link(boost::json::object& entity, std::string const& link) {
    if (export_detail::is_mail_link(link))
        entity["contact_details"] = boost::json::array{{{"type", "email"}, {"value", link}}};
    else
        entity["links"] = boost::json::array{{{"url", export_detail::link_url(link)}}};
}

}  // namespace popolo_detail

CIVIC_FUNC boost::json::value to_popolo(statement const& s, std::string_view statement_id) {
    using namespace popolo_detail;
    std::string const id(statement_id);
    std::string const coalition_id = id + "/coalition";
    boost::json::array organizations, persons, memberships, areas;

    if (s.coalition)
        organizations.push_back({{"id", coalition_id},
                                 {"name", s.coalition->name},
                                 {"other_names", acronym_names(s.coalition->acronym)},
                                 {"classification", "coalition"}});

    boost::json::object group{{"id", id},
                              {"name", s.title ? "Signatories of \u201C" + s.title->text + "\u201D" : "Signatories of " + id},
                              {"classification", "statement"}};
    if (s.date && popolo_date(*s.date)) group["founding_date"] = to_iso_string(*s.date);
    if (s.coalition) group["parent_id"] = coalition_id;
    organizations.push_back(std::move(group));

    std::set<std::string> seen_areas;
    for (std::size_t i = 0; i < s.signatories.size(); ++i) {
        auto const& sig = s.signatories[i];
        bool const person = sig.type == signatory_type::person;
        std::string const sig_id = id + "/signatory-" + std::to_string(i + 1);
        auto const area = area_id(sig);
        if (area && seen_areas.insert(*area).second)
            areas.push_back({{"id", *area}, {"name", sig.country ? *sig.country : *sig.country_code}, {"classification", "country"}});

        boost::json::object entity{{"id", sig_id}, {"name", sig.name}, {"other_names", acronym_names(sig.acronym)}};
        if (sig.link) add_link(entity, *sig.link);
        if (person) {
            if (sig.country) entity["national_identity"] = *sig.country;
            persons.push_back(std::move(entity));
        } else {
            entity["classification"] = "organisation";
            if (area) entity["area_id"] = *area;
            organizations.push_back(std::move(entity));
        }

        // Popolo links a person by person_id, an organisation by a typed "member".
        auto membership = [&](std::string const& of, char const* role, std::size_t n) {
            boost::json::object m{{"id", id + "/membership-" + std::to_string(i + 1) + "-" + std::to_string(n)},
                                  {"organization_id", of},
                                  {"role", role}};
            if (person) m["person_id"] = sig_id;
            else m["member"] = {{"@type", "Organization"}, {"id", sig_id}};
            if (person && sig.role) m["label"] = *sig.role;
            return m;
        };
        auto signed_it = membership(id, "signatory", 1);
        if (s.date && popolo_date(*s.date)) signed_it["start_date"] = to_iso_string(*s.date);
        memberships.push_back(std::move(signed_it));
        if (s.coalition) memberships.push_back(membership(coalition_id, "member", 2));
    }

    return {{"organizations", std::move(organizations)},
            {"persons", std::move(persons)},
            {"memberships", std::move(memberships)},
            {"areas", std::move(areas)}};
}

CIVIC_NAMESPACE_END
