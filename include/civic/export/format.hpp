// {fmt} formatters for the model, so that fmt::print("{}", signatory) prints something a
// person can read:
//
//   source_position  3:12
//   source_span      3:12-3:40
//   statement_kind, severity, signatory_type, block_role
//                    their names ("joint_statement"); width and alignment work as for strings
//   statement_date   2022-01-07, or 2022-01
//   coalition        Civic Solidarity Platform (CSP)
//   signatory        Coral Bay Human Rights Forum (CBHRF) — Georgia [GE]
//                    Nino Kavtaradze, Journalist — Georgia [GE]
//   call             Release all students detained …; → the authorities of Kyrgyzstan
//   call_group       3 calls to the protesters, the authorities of Kyrgyzstan
//   diagnostic       4:1: warning [text.invalid-utf8] …
//   statement        joint_statement "Title" (en, 2022-01-07): 2 call groups, 5 calls, 14 signatories
//
// Formatters are templates, so this header is the whole of it (no impl/ file): it is the
// same in the header-only and the compiled flavour.
#pragma once
#include <civic/export/json.hpp>  // to_iso_string
#include <civic/model/call.hpp>
#include <civic/model/diagnostic.hpp>
#include <civic/model/signatory.hpp>
#include <civic/model/source_span.hpp>
#include <civic/model/statement.hpp>

#include <fmt/format.h>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace format_detail {
// The model types take no format spec: "{}" only.
struct plain_formatter {
    constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it != '}') throw fmt::format_error("civic model types take no format spec");
        return it;
    }
};
}  // namespace format_detail
CIVIC_NAMESPACE_END

// Enumerations format as their names, with the options of a string ("{:<16}").
#define CIVIC_ENUM_FORMATTER(type)                                                                  \
    template <>                                                                                     \
    struct fmt::formatter<type> : fmt::formatter<std::string_view> {                                \
        template <class FormatContext>                                                              \
        auto format(type value, FormatContext& ctx) const -> decltype(ctx.out()) {                  \
            return fmt::formatter<std::string_view>::format(std::string_view(civic::to_string(value)), ctx); \
        }                                                                                           \
    };
CIVIC_ENUM_FORMATTER(civic::statement_kind)
CIVIC_ENUM_FORMATTER(civic::severity)
CIVIC_ENUM_FORMATTER(civic::signatory_type)
CIVIC_ENUM_FORMATTER(civic::block_role)
CIVIC_ENUM_FORMATTER(civic::address_source)
#undef CIVIC_ENUM_FORMATTER

template <>
struct fmt::formatter<civic::source_position> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::source_position const& p, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::format_to(ctx.out(), "{}:{}", p.line, p.column);
    }
};

template <>
struct fmt::formatter<civic::source_span> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::source_span const& s, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::format_to(ctx.out(), "{}:{}-{}:{}", s.start.line, s.start.column, s.stop.line, s.stop.column);
    }
};

template <>
struct fmt::formatter<civic::statement_date> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::statement_date const& d, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::format_to(ctx.out(), "{}", civic::to_iso_string(d));
    }
};

template <>
struct fmt::formatter<civic::coalition> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::coalition const& c, FormatContext& ctx) const -> decltype(ctx.out()) {
        auto out = fmt::format_to(ctx.out(), "{}", c.name);
        if (c.acronym) out = fmt::format_to(out, " ({})", *c.acronym);
        return out;
    }
};

template <>
struct fmt::formatter<civic::signatory> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::signatory const& s, FormatContext& ctx) const -> decltype(ctx.out()) {
        auto out = fmt::format_to(ctx.out(), "{}", s.name);
        if (s.acronym) out = fmt::format_to(out, " ({})", *s.acronym);
        if (s.role) out = fmt::format_to(out, ", {}", *s.role);
        if (s.place) out = fmt::format_to(out, ", {}", *s.place);
        if (s.country) out = fmt::format_to(out, " \u2014 {}", *s.country);
        if (s.country_code) out = fmt::format_to(out, s.country ? " [{}]" : " \u2014 [{}]", *s.country_code);
        return out;
    }
};

template <>
struct fmt::formatter<civic::call> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::call const& c, FormatContext& ctx) const -> decltype(ctx.out()) {
        auto out = fmt::format_to(ctx.out(), "{}", c.text);
        if (c.addressee) out = fmt::format_to(out, " \u2192 {}", *c.addressee);
        return out;
    }
};

template <>
struct fmt::formatter<civic::call_group> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::call_group const& g, FormatContext& ctx) const -> decltype(ctx.out()) {
        auto out = fmt::format_to(ctx.out(), "{} call{}", g.calls.size(), g.calls.size() == 1 ? "" : "s");
        for (std::size_t i = 0; i < g.addressees.size(); ++i)
            out = fmt::format_to(out, "{}{}", i == 0 ? " to " : ", ", g.addressees[i]);
        return out;
    }
};

// "the European Commission (headline)"
template <>
struct fmt::formatter<civic::address> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::address const& a, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::format_to(ctx.out(), "{} ({})", a.addressee, civic::to_string(a.source));
    }
};

template <>
struct fmt::formatter<civic::diagnostic> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::diagnostic const& d, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::format_to(ctx.out(), "{}:{}: {} [{}] {}", d.span.start.line, d.span.start.column,
                              civic::to_string(d.level), d.code, d.message);
    }
};

template <>
struct fmt::formatter<civic::statement> : civic::format_detail::plain_formatter {
    template <class FormatContext>
    auto format(civic::statement const& s, FormatContext& ctx) const -> decltype(ctx.out()) {
        std::size_t calls = 0;
        for (auto const& g : s.call_groups) calls += g.calls.size();
        auto out = fmt::format_to(ctx.out(), "{}", civic::to_string(s.kind));
        if (s.title) out = fmt::format_to(out, " \"{}\"", s.title->text);
        out = fmt::format_to(out, " ({}, {})", s.language.empty() ? "language unknown" : s.language,
                             s.date ? civic::to_iso_string(*s.date) : std::string("no date"));
        return fmt::format_to(out, ": {} call group{}, {} call{}, {} signator{}", s.call_groups.size(),
                              s.call_groups.size() == 1 ? "" : "s", calls, calls == 1 ? "" : "s", s.signatories.size(),
                              s.signatories.size() == 1 ? "y" : "ies");
    }
};
