#pragma once
#include <civic/geo/countries.hpp>
#include <civic/lang/languages.hpp>
#include <civic/registry/impl/acronym_shape.hpp>
#include <civic/registry/organisation_key.hpp>
#include <civic/text/utf8.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace registry_detail {

struct word {
    std::string text;
    bool dotted = false;  // a full stop right after it: "e." of "e.V."
};

// Romanian is written with both the cedilla letters (ş ţ, what old keyboards type) and the
// comma-below letters (ș ț, the correct ones); one name must give one key.
constexpr char32_t romanian_comma_form(char32_t c) noexcept {
    if (c == 0x15F) return 0x219;
    if (c == 0x163) return 0x21B;
    return c;
}

inline bool is_letter_or_digit(char32_t c) noexcept { return utf8::is_letter(c) || utf8::is_digit(c); }

// Words of an already folded text: letters and digits, with apostrophes inside a word kept
// out ("people's" → "peoples": lists write it with and without); '&' is a word of its own.
inline std::vector<word> split_words(std::string_view folded) {
    std::vector<word> words;
    std::string current;
    auto finish = [&](bool dotted) {
        if (!current.empty()) words.push_back({std::move(current), dotted});
        current.clear();
    };
    char32_t previous = 0;
    for (std::size_t i = 0; i < folded.size();) {
        auto const d = utf8::decode(folded, i);
        i += d.length;
        char32_t const c = romanian_comma_form(d.cp);
        if (is_letter_or_digit(c)) {
            utf8::append(current, c);
        } else if (c == '"' && utf8::is_letter(previous) && i < folded.size() &&
                   utf8::is_letter(utf8::decode(folded, i).cp)) {
            // an apostrophe inside a word: nothing
        } else if (c == '.') {
            finish(true);
        } else {
            finish(false);
            if (c == '&') words.push_back({"&", false});
        }
        previous = c;
    }
    finish(false);
    return words;
}

// "e. V.", "e.V.", "U.S.A.": a run of single letters with full stops is one word.
inline std::vector<std::string> join_initials(std::vector<word> words) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < words.size();) {
        auto single = [&](std::size_t k) { return utf8::length(words[k].text) == 1 && !utf8::is_digit(utf8::decode(words[k].text, 0).cp); };
        std::size_t j = i;
        while (j < words.size() && single(j) && words[j].dotted) ++j;
        if (j < words.size() && j > i && single(j)) ++j;  // "e.V": the last letter may lack its stop
        if (j - i >= 2) {
            std::string joined;
            for (std::size_t k = i; k < j; ++k) joined += words[k].text;
            out.push_back(std::move(joined));
            i = j;
        } else {
            out.push_back(std::move(words[i].text));
            ++i;
        }
    }
    return out;
}

inline std::vector<std::string> key_words(std::string_view text) {
    return join_initials(split_words(utf8::fold(text)));
}

// The words of the language tables the key needs, split the way names are split.
struct key_tables {
    std::vector<std::vector<std::string>> legal_forms;  // longest first
    std::unordered_map<std::string, std::string> spellings;
    std::unordered_set<std::string> conjunctions;

    static key_tables const& get() {
        static key_tables const tables;  // built on first use; thread-safe
        return tables;
    }

private:
    key_tables() {
        for (auto const* t : lang::all_languages) {
            for (std::string_view w : t->legal_form_words) {
                auto words = key_words(w);
                if (!words.empty()) legal_forms.push_back(std::move(words));
            }
            for (auto const& v : t->spelling_variants) spellings.emplace(std::string(v.variant), std::string(v.canonical));
            for (std::string_view c : t->conjunctions) {
                auto words = key_words(c);
                if (words.size() == 1) conjunctions.insert(words.front());
            }
        }
        std::stable_sort(legal_forms.begin(), legal_forms.end(),
                         [](auto const& a, auto const& b) { return a.size() > b.size(); });
    }
};

inline std::string_view trim_spaces_and_commas(std::string_view s) {
    auto edge = [](char c) { return c == ' ' || c == '\t' || c == ',' || c == ';'; };
    while (!s.empty() && edge(s.front())) s.remove_prefix(1);
    while (!s.empty() && edge(s.back())) s.remove_suffix(1);
    return s;
}

// The text inside the trailing parentheses of `s`, and where they open; npos when `s` does
// not end with a closing parenthesis.
inline std::size_t last_group_open(std::string_view s) {
    if (s.empty() || s.back() != ')') return std::string_view::npos;
    int depth = 0;
    for (std::size_t i = s.size(); i-- > 0;) {
        if (s[i] == ')') ++depth;
        else if (s[i] == '(' && --depth == 0) return i;
    }
    return std::string_view::npos;
}

// The name without a country after a comma or in parentheses: "…, Ukraine", "… (Georgia)".
inline std::string_view without_trailing_country(std::string_view name) {
    name = trim_spaces_and_commas(name);
    auto const open = last_group_open(name);
    if (open != std::string_view::npos && open > 0 &&
        geo::find_country(name.substr(open + 1, name.size() - open - 2)))
        return trim_spaces_and_commas(name.substr(0, open));
    auto const comma = name.rfind(',');
    if (comma != std::string_view::npos && comma > 0 && geo::find_country(name.substr(comma + 1)))
        return trim_spaces_and_commas(name.substr(0, comma));
    return name;
}

// The name without what lists add after it: "(IPHR)", ", Ukraine", "(Georgia)".
inline std::string_view without_trailing_parts(std::string_view name) {
    name = trim_spaces_and_commas(name);
    for (bool changed = true; changed && !name.empty();) {
        changed = false;
        auto const open = last_group_open(name);
        if (open != std::string_view::npos && open > 0) {
            auto const inner = trim_spaces_and_commas(name.substr(open + 1, name.size() - open - 2));
            if (looks_like_acronym(inner) || geo::find_country(inner)) {
                name = trim_spaces_and_commas(name.substr(0, open));
                changed = true;
                continue;
            }
        }
        auto const comma = name.rfind(',');
        if (comma != std::string_view::npos && comma > 0 && geo::find_country(name.substr(comma + 1))) {
            name = trim_spaces_and_commas(name.substr(0, comma));
            changed = true;
        }
    }
    return name;
}

inline bool starts_with_words(std::vector<std::string> const& words, std::size_t from,
                              std::vector<std::string> const& phrase) {
    if (words.size() - from < phrase.size()) return false;
    return std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(from));
}

// Drops legal forms at both ends, leaving at least one word.
inline void drop_legal_forms(std::vector<std::string>& words, key_tables const& tables) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (auto const& form : tables.legal_forms) {
            if (words.size() <= form.size()) continue;
            if (starts_with_words(words, 0, form)) {
                words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(form.size()));
                changed = true;
                break;
            }
            if (starts_with_words(words, words.size() - form.size(), form)) {
                words.resize(words.size() - form.size());
                changed = true;
                break;
            }
        }
    }
}

}  // namespace registry_detail

CIVIC_FUNC std::string organisation_key(std::string_view name) {
    auto const& tables = registry_detail::key_tables::get();
    auto words = registry_detail::key_words(registry_detail::without_trailing_parts(name));
    for (auto& w : words) {
        if (tables.conjunctions.count(w)) w = "&";
        else if (auto it = tables.spellings.find(w); it != tables.spellings.end()) w = it->second;
    }
    registry_detail::drop_legal_forms(words, tables);
    std::string key;
    for (auto const& w : words) {
        if (!key.empty()) key += ' ';
        key += w;
    }
    return key;
}

CIVIC_FUNC std::string other_order_key(std::string_view name) {
    auto const folded = utf8::fold(registry_detail::without_trailing_parts(name));
    auto const word_char = [&](std::size_t i) {
        if (i >= folded.size()) return false;
        auto const c = utf8::decode(folded, i).cp;
        return utf8::is_letter(c) || utf8::is_digit(c);
    };
    // An opening quote starts the name or follows a space, and precedes a word; an apostrophe
    // ("Journalists’ Club") follows a letter and is neither.
    std::size_t open = std::string::npos;
    for (std::size_t i = 0; i < folded.size() && open == std::string::npos; ++i)
        if (folded[i] == '"' && (i == 0 || folded[i - 1] == ' ' || folded[i - 1] == '(') && word_char(i + 1)) open = i;
    if (open == std::string::npos) return {};
    std::size_t close = std::string::npos;
    for (std::size_t i = open + 1; i < folded.size() && close == std::string::npos; ++i)
        if (folded[i] == '"' && !word_char(i + 1)) close = i;
    if (close == std::string::npos) return {};
    auto const quoted = std::string_view(folded).substr(open, close - open + 1);
    auto const before = std::string_view(folded).substr(0, open);
    auto const after = std::string_view(folded).substr(close + 1);
    std::string reordered;
    if (open > 0) {  // "Journalists’ Club “Asparez”" → "“Asparez” Journalists’ Club"
        reordered.append(quoted).append(" ").append(before).append(" ").append(after);
    } else {  // "“Asparez” Journalists’ Club" → "Journalists’ Club “Asparez”"
        reordered.append(after).append(" ").append(quoted);
    }
    auto key = organisation_key(reordered);
    return key == organisation_key(name) ? std::string() : key;
}

CIVIC_FUNC std::string_view trailing_acronym(std::string_view name) {
    name = registry_detail::without_trailing_country(name);
    auto const open = registry_detail::last_group_open(name);
    if (open == std::string_view::npos || open == 0) return {};
    auto const inner = registry_detail::trim_spaces_and_commas(name.substr(open + 1, name.size() - open - 2));
    return registry_detail::looks_like_acronym(inner) ? inner : std::string_view();
}

CIVIC_FUNC std::string acronym_key(std::string_view acronym) {
    std::string key;
    auto const folded = utf8::fold(acronym);
    for (std::size_t i = 0; i < folded.size();) {
        auto const d = utf8::decode(folded, i);
        i += d.length;
        auto const c = registry_detail::romanian_comma_form(d.cp);
        if (registry_detail::is_letter_or_digit(c)) utf8::append(key, c);
    }
    return key;
}

CIVIC_NAMESPACE_END
