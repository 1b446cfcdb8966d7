// The call-introduction grammar. Only src/grammar/call_introduction.cpp (and header-only
// builds) include this file.
#pragma once
#include <civic/grammar/call_introduction.hpp>
#include <civic/grammar/table_words.hpp>
#include <civic/lang/demanded_action.hpp>
#include <civic/lang/phrases.hpp>

#include <algorithm>
#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace grammar {
namespace call_introduction_detail {

auto const blank = x3::lit(' ') | '\t';
auto const blanks = +blank;
// "to", "not to" ("upon the Government not to adopt …"), "să", "dazu": the addressee ends here.
auto const to = table_words<&lang::language_table::infinitive_markers>() >>
                (blanks | &x3::lit(':') | &x3::lit(',') | x3::eoi);
// "on", "upon", "к": before an addressee.
auto const preposition = table_words<&lang::language_table::call_prepositions>() >> blanks;
// "… and on the authorities to …", "…, as well as on the groups …" begin another addressee;
// "… and to continue" does not (a marker that can also be a preposition, like "to", is read
// as the marker).
// "…, on the Government of Armenia to …": after a comma, the conjunction may be left out.
auto const next_clause = ((x3::lit(',') >> blanks >> -(table_words<&lang::language_table::conjunctions>() >> blanks)) |
                          (blanks >> table_words<&lang::language_table::conjunctions>() >> blanks)) >>
                         !to >> preposition;
// "We call on the European Union and to the UN Environment Programme to:": among the
// addressees, before what they are asked, a marker that is also a preposition ("to", "à",
// "do") opens another addressee when an article or a capital follows it, not an infinitive.
// Only there: after the marker, "… and to the families" is what the addressees are asked.
auto const article = table_words<&lang::language_table::articles>() >> blanks;
auto const another_addressee =
    next_clause | (((x3::lit(',') >> blanks >> -(table_words<&lang::language_table::conjunctions>() >> blanks)) |
                    (blanks >> table_words<&lang::language_table::conjunctions>() >> blanks)) >>
                   &(to >> (article | x3::char_('A', 'Z'))) >> preposition);
auto const push_addressee = [](auto& ctx) {
    auto const& r = x3::_attr(ctx);
    x3::_val(ctx).addressees.emplace_back(r.begin(), r.end());
};

// An addressee runs up to "to", or to the next addressee of the same call ("on the authorities
// of X, as well as on the groups … to"); what they are asked to do runs up to the next "and on …".
auto const addressee = x3::raw[+(!(-x3::lit(',') >> blanks >> to) >> !another_addressee >> !x3::lit(':') >> x3::char_)];
auto const clause = (addressee[push_addressee] % another_addressee) >> -x3::lit(',') >> blanks >> to >>
                    *(!next_clause >> x3::char_);

}  // namespace call_introduction_detail

call_introduction_type const call_introduction_rule = "call introduction";
auto const call_introduction_rule_def =
    x3::omit[-call_introduction_detail::preposition] >>
    (call_introduction_detail::clause % call_introduction_detail::next_clause);
BOOST_SPIRIT_DEFINE(call_introduction_rule)

CIVIC_FUNC call_introduction_type const& call_introduction() { return call_introduction_rule; }

namespace call_introduction_detail {
// The symbol sets of the grammar hold every language's words: "do" or "que" must not end an
// English or a French addressee, so each addressee found is checked against its own language.
// Whether addressee `a`, found in `text` from `from` on (which it moves past it), is followed by
// an infinitive marker of `language`, or by a conjunction or a preposition that opens the next
// addressee ("X, as well as on Y to", "X, on Y to").
inline bool marked(std::string_view text, std::string_view a, std::size_t& from, lang::language_table const& language) {
    auto at = text.find(a, from);
    if (at == std::string_view::npos) return false;
    from = at + a.size();
    auto rest = text.substr(from);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    if (!rest.empty() && rest.front() == ',') rest.remove_prefix(1);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    auto const lowered = utf8::lower_same_length(rest.substr(0, 32));
    auto const starts = [&](std::string_view m) { return lang::starts_with_phrase(lowered, m); };
    auto const marker = std::find_if(language.infinitive_markers.begin(), language.infinitive_markers.end(), starts);
    if (marker == language.infinitive_markers.end())
        return std::any_of(language.conjunctions.begin(), language.conjunctions.end(), starts) ||
               std::any_of(language.call_prepositions.begin(), language.call_prepositions.end(), starts);
    // Where an infinitive is told by its ending, the marker opens one ("appelons les autorités
    // à libérer"), not a name ("demandons la libération des militants condamnés à Brenvik": a
    // preposition of place); nor does a number follow it ("apeluje do Prezesa … o przyjęcie
    // harmonogramu do 2035 roku").
    auto after = rest.substr(std::min(rest.size(), marker->size()));
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    return after.empty() || !((after.front() >= '0' && after.front() <= '9') ||
                              (!language.infinitive_endings.empty() && utf8::is_upper_letter(utf8::decode(after, 0).cp)));
}

// Whether every addressee of `r`, found in order in `text`, is marked. An addressee a clause
// pushed before the clause failed (", a sociologist detained …" read as another addressee after
// "a") is not, and stands last: it is dropped.
inline bool markers_of(std::string_view text, ast::call_introduction& r, lang::language_table const& language) {
    std::size_t from = 0;
    for (std::size_t k = 0; k < r.addressees.size(); ++k) {
        auto const& a = r.addressees[k];
        if (!marked(text, a, from, language)) {
            if (k == 0) return false;
            r.addressees.resize(k);
            return true;
        }
    }
    return true;
}

// "all parties to the conflict to:", "the Committee to Protect Journalists to": where no ending
// tells an infinitive (English), a marker before an article or a capital is part of the name,
// and the addressee runs on to the next marker. Where, in `text`, the words after addressee
// `a`'s marker begin when it is such a one; npos when it is not.
inline std::size_t past_marker_inside_name(std::string_view text, std::string_view a, lang::language_table const& language) {
    if (!language.infinitive_endings.empty()) return std::string_view::npos;
    auto const at = text.find(a);
    if (at == std::string_view::npos) return std::string_view::npos;
    auto rest = text.substr(at + a.size());
    auto const blanks = rest.find_first_not_of(" \t");
    if (blanks == std::string_view::npos || blanks == 0) return std::string_view::npos;
    rest.remove_prefix(blanks);
    auto const lowered = utf8::lower_same_length(rest.substr(0, 40));
    for (std::string_view marker : language.infinitive_markers) {
        if (lowered.size() <= marker.size() + 1 || lowered.compare(0, marker.size(), marker) != 0 || lowered[marker.size()] != ' ')
            continue;
        auto const next = marker.size() + 1;
        bool const capital = utf8::is_upper_letter(utf8::decode(rest, next).cp);
        bool const article = std::any_of(language.articles.begin(), language.articles.end(), [&](std::string_view w) {
            return lowered.compare(next, w.size(), w) == 0 && next + w.size() < lowered.size() && lowered[next + w.size()] == ' ';
        });
        if (capital || article) return static_cast<std::size_t>(rest.data() - text.data()) + next;
    }
    return std::string_view::npos;
}
}  // namespace call_introduction_detail

CIVIC_FUNC std::optional<ast::call_introduction> parse_call_introduction(std::string_view after_verb,
                                                                         lang::language_table const* language) noexcept {
    try {
        ast::call_introduction result;
        char const* first = after_verb.data();
        char const* const last = after_verb.data() + after_verb.size();
        if (!x3::parse(first, last, call_introduction(), result) || result.addressees.empty()) return std::nullopt;
        if (language && !call_introduction_detail::markers_of(after_verb, result, *language)) return std::nullopt;
        if (language) {
            auto& found = result.addressees;
            found.erase(std::remove_if(found.begin(), found.end(),
                                       [&](std::string const& a) {
                                           return lang::names_demanded_action(a, *language);
                                       }),
                        found.end());
            if (found.empty()) return std::nullopt;
        }
        // The first addressee read on past a marker inside its name, where the rest parses too.
        for (int joined = 0; language && joined < 3; ++joined) {
            auto const& a = result.addressees.front();
            auto const past = call_introduction_detail::past_marker_inside_name(after_verb, a, *language);
            if (past == std::string_view::npos) break;
            ast::call_introduction more;
            char const* more_first = after_verb.data() + past;
            if (!x3::parse(more_first, last, call_introduction(), more) || more.addressees.empty() ||
                !call_introduction_detail::markers_of(after_verb.substr(past), more, *language))
                break;
            auto const begin = after_verb.find(a);
            auto const end = past + after_verb.substr(past).find(more.addressees.front()) + more.addressees.front().size();
            more.addressees.front() = std::string(after_verb.substr(begin, end - begin));
            result = std::move(more);
            first = more_first;
        }
        result.first = after_verb.data();
        result.last = first;
        return result;
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace grammar
CIVIC_NAMESPACE_END
