// The entry points: civic::parse() and civic::parse_file().
#pragma once
#include <civic/model/diagnostic.hpp>
#include <civic/model/statement.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

// How a text is read. Limits keep a hostile input from exhausting the machine; going past one
// is reported as an error diagnostic, never as a crash or an exception.
struct options {
    std::size_t max_input_bytes = std::size_t{256} << 20;  // 256 MiB
    std::size_t max_signatories = 100000;
    // A block of layout (a line, or hard-wrapped lines joined) longer than this, in bytes of
    // the cleaned text, is kept whole as one unrecognised block: no grammar or recogniser
    // reads it, and a "limit.line-length" warning points at it. 0 turns the limit off.
    std::size_t max_line_bytes = std::size_t{1} << 20;  // 1 MiB
    // The text's language, when the caller knows it (an archive's metadata, a feed of one
    // language): an ISO 639-1 code of one of civic's languages ("ru"). Its phrase tables read
    // the text, and the language is not detected, which spares a tenth of a statement's parse
    // and cannot guess wrong on a short text or one of many names. Empty (the default): the
    // language is detected. A code civic has no tables for is detected too, with a warning.
    std::string language;
};

// The statement and what the parser has to say about the input. A result always holds a
// statement (possibly empty); ok() tells whether any diagnostic is an error.
class parse_result {
public:
    civic::statement statement;
    civic::diagnostics diagnostics;

    bool ok() const noexcept {
        for (auto const& d : diagnostics)
            if (d.level == severity::error) return false;
        return true;
    }
    explicit operator bool() const noexcept { return ok(); }

    friend bool operator==(parse_result const& a, parse_result const& b) {
        return a.statement == b.statement && a.diagnostics == b.diagnostics;
    }
    friend bool operator!=(parse_result const& a, parse_result const& b) { return !(a == b); }
};

// Parses one statement. Never throws, whatever the input: problems are diagnostics.
CIVIC_FUNC parse_result parse(std::string_view text, options const& opts = {}) noexcept;

// Reads a file and parses it; an unreadable file gives an error diagnostic ("io.read").
CIVIC_FUNC parse_result parse_file(std::filesystem::path const& path, options const& opts = {}) noexcept;

// Whether civic has phrase tables for the language of this ISO 639-1 code ("ru", "RU"): the
// codes options::language takes. statement::language writes them in lower case.
CIVIC_FUNC bool is_supported_language(std::string_view code) noexcept;

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/impl/parse.ipp>
#endif
