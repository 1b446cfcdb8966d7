// civic::registry — the organisations of many statements, one entry each: the ways their
// name was written, their acronym and country, the statements they signed (with the span of
// each signature), and who signed with whom how often. Built for researchers mapping
// coalitions over an archive: 100,000 statements fit in memory (strings are stored once,
// signatures as a few integers; see tests/bench/registry_memory.cpp for the figures).
#pragma once
#include <civic/config.hpp>
#include <civic/model/statement.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN

class registry {
public:
    // An organisation of the registry. Ids stay valid as statements are added; when two
    // entries turn out to be one organisation (a bare acronym seen before the full name),
    // the later id answers every query as the merged organisation.
    using organisation_id = std::uint32_t;

    struct variant {
        std::string_view written;  // the name as one list wrote it
        std::uint32_t count = 0;   // how many signatures wrote it so
    };

    struct signing {
        std::string_view statement_id;  // as given to add()
        std::string_view written;       // the name as this statement wrote it
        std::size_t begin = 0;          // the signatory's span: bytes [begin, end) of that statement's input
        std::size_t end = 0;
        std::uint32_t line = 0;         // 1-based line where the signature starts
    };

    struct co_signer {
        organisation_id organisation = 0;
        std::uint32_t statements = 0;  // statements both signed
    };

    struct pair {
        organisation_id first = 0;
        organisation_id second = 0;
        std::uint32_t statements = 0;  // statements both signed
    };

    CIVIC_FUNC registry();
    CIVIC_FUNC ~registry();
    CIVIC_FUNC registry(registry&&) noexcept;
    CIVIC_FUNC registry& operator=(registry&&) noexcept;
    registry(registry const&) = delete;
    registry& operator=(registry const&) = delete;

    // Adds the organisations that signed `s` (signatories typed person are not
    // organisations and are left out). `statement_id` names the statement in answers: a file
    // name, a URL.
    CIVIC_FUNC void add(statement const& s, std::string statement_id);

    CIVIC_FUNC std::size_t statement_count() const noexcept;
    CIVIC_FUNC std::size_t organisation_count() const noexcept;
    // Every organisation, in the order it was first seen.
    CIVIC_FUNC std::vector<organisation_id> organisations() const;

    // The organisation a name or an acronym as written stands for ("Centre for Civil
    // Liberties", "CCL"), by its organisation_key or its acronym_key. No answer when the
    // acronym belongs to two different organisations.
    CIVIC_FUNC std::optional<organisation_id> find(std::string_view name_or_acronym) const;

    CIVIC_FUNC std::string_view key(organisation_id o) const;
    CIVIC_FUNC std::string_view name(organisation_id o) const;  // the most frequent way of writing it
    CIVIC_FUNC std::string_view acronym(organisation_id o) const;  // empty when none was seen
    CIVIC_FUNC std::string_view country_code(organisation_id o) const;  // ISO 3166-1 alpha-2 or empty
    CIVIC_FUNC std::vector<variant> variants(organisation_id o) const;  // most frequent first
    CIVIC_FUNC std::vector<signing> signings(organisation_id o) const;  // in the order added
    CIVIC_FUNC std::size_t statements_signed(organisation_id o) const;

    // Who signed with `o`, how often: most statements first.
    CIVIC_FUNC std::vector<co_signer> co_signers(organisation_id o) const;
    // The `n` pairs of organisations that signed together most often, most first. Counts one
    // organisation at a time, so its memory stays in proportion to the organisations.
    CIVIC_FUNC std::vector<pair> top_pairs(std::size_t n) const;

    // The bytes the registry holds on the heap (strings, entries, signatures, indexes),
    // approximately: what a benchmark compares with the process's resident memory.
    CIVIC_FUNC std::size_t memory_bytes() const;

private:
    struct state;
    std::unique_ptr<state> state_;
};

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/registry/impl/registry.ipp>
#endif
