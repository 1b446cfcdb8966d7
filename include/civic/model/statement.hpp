// The statement: the typed model that civic::parse() produces.
#pragma once
#include <civic/model/address.hpp>
#include <civic/model/call.hpp>
#include <civic/model/signatory.hpp>
#include <civic/model/source_span.hpp>
#include <civic/model/statement_kind.hpp>
#include <civic/model/text_block.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN

// A publication date. `day` is 0 when only the month is stated.
struct statement_date {
    int year = 0;
    int month = 0;
    int day = 0;
    source_span span;

    friend bool operator==(statement_date const& a, statement_date const& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day && a.span == b.span;
    }
    friend bool operator!=(statement_date const& a, statement_date const& b) { return !(a == b); }
};

// The network in whose name the statement is made: "Civic Solidarity Platform" (CSP).
struct coalition {
    std::string name;
    std::optional<std::string> acronym;
    source_span span;

    friend bool operator==(coalition const& a, coalition const& b) {
        return a.name == b.name && a.acronym == b.acronym && a.span == b.span;
    }
    friend bool operator!=(coalition const& a, coalition const& b) { return !(a == b); }
};

// What a stretch of the input was read as. The outline of a statement is a list of these
// that covers every byte of the input exactly once, in order: nothing is silently dropped.
enum class block_role {
    blank,             // white space between blocks
    chrome_header,     // site name, menus, breadcrumbs before the statement
    title,
    metadata,          // date lines, places, "For immediate release", front matter
    addressee,         // "To the President of …" blocks before the body
    opening,           // "We, the undersigned …"
    paragraph,
    call_introduction,
    call,
    signatory_header,  // "Signatories:", "Signed by:"
    signatory,
    chrome_footer,     // "Other news", "Share", comments, teasers of other posts
    unrecognised,
};

constexpr char const* to_string(block_role r) noexcept {
    switch (r) {
        case block_role::blank: return "blank";
        case block_role::chrome_header: return "chrome_header";
        case block_role::title: return "title";
        case block_role::metadata: return "metadata";
        case block_role::addressee: return "addressee";
        case block_role::opening: return "opening";
        case block_role::paragraph: return "paragraph";
        case block_role::call_introduction: return "call_introduction";
        case block_role::call: return "call";
        case block_role::signatory_header: return "signatory_header";
        case block_role::signatory: return "signatory";
        case block_role::chrome_footer: return "chrome_footer";
        case block_role::unrecognised: return "unrecognised";
    }
    return "unrecognised";
}

struct outline_entry {
    block_role role = block_role::unrecognised;
    source_span span;

    friend bool operator==(outline_entry const& a, outline_entry const& b) {
        return a.role == b.role && a.span == b.span;
    }
    friend bool operator!=(outline_entry const& a, outline_entry const& b) { return !(a == b); }
};

struct statement {
    std::optional<text_block> publisher;      // the site or organisation line above the title
    std::optional<text_block> title;
    statement_kind kind = statement_kind::unknown;
    std::string language;                     // ISO 639-1: "en", "ru", …; empty if unknown
    std::optional<statement_date> date;
    std::optional<civic::coalition> coalition;
    std::vector<std::string> subject_countries;  // ISO 3166-1 alpha-2 codes of the countries it is about
    std::optional<text_block> opening;        // "We, the undersigned …"
    std::vector<text_block> paragraphs;       // the body, in order
    std::vector<call_group> call_groups;
    std::vector<address> addresses;           // whom it speaks to outside the call groups, in order
    std::vector<signatory> signatories;
    std::vector<text_block> header;           // web chrome before the statement
    std::vector<text_block> footer;           // web chrome after it
    std::vector<text_block> unrecognised;     // kept as text, never dropped
    std::vector<outline_entry> outline;       // every byte of the input, by role

    // Whom the statement addresses, in the order the text names them, without repeats: every
    // addressee of every call group (at the group's place) and every address. A repeat is the
    // same words in another case ("Open letter to EU foreign ministers" / "To: EU Foreign
    // Ministers"): the first spelling stays.
    std::vector<std::string> addressees() const {
        std::vector<std::pair<std::size_t, std::string const*>> named;
        for (auto const& g : call_groups)
            for (auto const& a : g.addressees) named.emplace_back(g.span.begin, &a);
        for (auto const& a : addresses) named.emplace_back(a.span.begin, &a.addressee);
        std::stable_sort(named.begin(), named.end(), [](auto const& x, auto const& y) { return x.first < y.first; });
        std::vector<std::string> out, lowered;
        for (auto const& n : named) {
            auto lower = utf8::lower_same_length(*n.second);
            if (std::find(lowered.begin(), lowered.end(), lower) != lowered.end()) continue;
            lowered.push_back(std::move(lower));
            out.push_back(*n.second);
        }
        return out;
    }

    friend bool operator==(statement const& a, statement const& b) {
        return a.publisher == b.publisher && a.title == b.title && a.kind == b.kind &&
               a.language == b.language && a.date == b.date && a.coalition == b.coalition &&
               a.subject_countries == b.subject_countries && a.opening == b.opening &&
               a.paragraphs == b.paragraphs && a.call_groups == b.call_groups && a.addresses == b.addresses &&
               a.signatories == b.signatories && a.header == b.header && a.footer == b.footer &&
               a.unrecognised == b.unrecognised && a.outline == b.outline;
    }
    friend bool operator!=(statement const& a, statement const& b) { return !(a == b); }
};

CIVIC_NAMESPACE_END
