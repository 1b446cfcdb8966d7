// What the parser wants a person to know about the input: never an exception.
#pragma once
#include <civic/model/source_span.hpp>

#include <string>
#include <vector>

CIVIC_NAMESPACE_BEGIN

enum class severity { note, warning, error };

// `code` is stable across versions (for example "text.invalid-utf8") so that host programs
// can filter on it; `message` is for people and may change.
struct diagnostic {
    severity level = severity::note;
    std::string code;
    std::string message;
    source_span span;

    friend bool operator==(diagnostic const& a, diagnostic const& b) {
        return a.level == b.level && a.code == b.code && a.message == b.message && a.span == b.span;
    }
    friend bool operator!=(diagnostic const& a, diagnostic const& b) { return !(a == b); }
};

using diagnostics = std::vector<diagnostic>;

constexpr char const* to_string(severity s) noexcept {
    switch (s) {
        case severity::note: return "note";
        case severity::warning: return "warning";
        case severity::error: return "error";
    }
    return "note";
}

CIVIC_NAMESPACE_END
