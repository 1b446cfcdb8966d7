// What kind of text a statement is, as its title or its first lines say.
#pragma once
#include <civic/config.hpp>

#include <optional>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

enum class statement_kind {
    unknown,
    statement,
    joint_statement,
    open_letter,
    appeal,
    declaration,
    press_release,
    petition,
};

constexpr std::string_view to_string(statement_kind k) noexcept {
    switch (k) {
        case statement_kind::unknown: return "unknown";
        case statement_kind::statement: return "statement";
        case statement_kind::joint_statement: return "joint_statement";
        case statement_kind::open_letter: return "open_letter";
        case statement_kind::appeal: return "appeal";
        case statement_kind::declaration: return "declaration";
        case statement_kind::press_release: return "press_release";
        case statement_kind::petition: return "petition";
    }
    return "unknown";
}

inline std::optional<statement_kind> statement_kind_from_string(std::string_view s) noexcept {
    for (auto k : {statement_kind::unknown, statement_kind::statement, statement_kind::joint_statement,
                   statement_kind::open_letter, statement_kind::appeal, statement_kind::declaration,
                   statement_kind::press_release, statement_kind::petition})
        if (to_string(k) == s) return k;
    return std::nullopt;
}

CIVIC_NAMESPACE_END
