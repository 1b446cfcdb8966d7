// What a scraper leaves where a page showed a logo: the image's file name ("logo-amnesty.png",
// "HRW-logo.SVG"), or a placeholder in square brackets ("[logo]", "[image: Amber logo]").
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// Whether `s` is `lower` (a word in lower-case ASCII) in any case.
constexpr bool equals_ascii_folded(std::string_view s, std::string_view lower) noexcept {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char const c = s[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
    }
    return true;
}

constexpr bool is_image_file_name(std::string_view line) noexcept {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    // The extension's dot among the last five bytes, looked for first: most lines have none there.
    std::size_t dot = std::string_view::npos;
    for (std::size_t i = line.size(); i-- > 0 && line.size() - i <= 5;)
        if (line[i] == '.') {
            dot = i;
            break;
        }
    if (dot == std::string_view::npos || dot == 0 || line.size() - dot < 4 || line.size() > 120 ||
        line.find(' ') != std::string_view::npos)
        return false;
    auto const extension = line.substr(dot + 1);
    for (std::string_view e : {"png", "jpg", "jpeg", "gif", "svg", "webp"})
        if (equals_ascii_folded(extension, e)) return true;
    return false;
}

// The length of the placeholder in square brackets that `line` opens with ("[logo]", "[Image:
// Amber Centre logo]", "[photo]"), the brackets included; 0 for none. The placeholders are
// the scrapers' own words, in English whatever the page's language.
constexpr std::size_t image_placeholder_length(std::string_view line) noexcept {
    if (line.size() < 5 || line[0] != '[') return 0;
    std::size_t close = 1;
    while (close < line.size() && close <= 120 && line[close] != ']' && line[close] != '[' && line[close] != '\n') ++close;
    if (close >= line.size() || line[close] != ']') return 0;
    for (std::string_view word : {"logo", "image", "img", "photo", "picture", "icon"}) {
        if (close - 1 < word.size()) continue;
        bool const same = equals_ascii_folded(line.substr(1, word.size()), word);
        // The word whole: "[logo]", "[image: …]", not "[Logos of the signatories]" … nor "[Imagine]".
        char const after = line[1 + word.size()];
        if (same && !((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z'))) return close + 1;
    }
    return 0;
}

// Whether the whole of `line` is such a placeholder.
constexpr bool is_image_placeholder(std::string_view line) noexcept {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return !line.empty() && image_placeholder_length(line) == line.size();
}

// The organisation a logo's description names, the description's words but for "logo"
// ("Save the Children logo", "Logo of Human Rights House Foundation", "Logo: CARE", "ARTICLE
// 19's logo"): where a page shows its signers as a wall of logos, the scraper keeps only these
// descriptions (an image's alt text, a placeholder's words). Empty for a description that
// names no logo ("Share on Twitter", "Our team at the march", ""): a picture, or an icon.
constexpr std::string_view logo_name(std::string_view description) noexcept {
    auto const trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == ':' || s.front() == '-' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == '-' || s.back() == '\t')) s.remove_suffix(1);
        return s;
    };
    description = trim(description);
    if (description.size() < 6 || description.size() > 120) return {};
    // "Logo of X", "Logo: X", "Logo - X", the word and a joining word before the name.
    if (equals_ascii_folded(description.substr(0, 4), "logo") && (description[4] == ' ' || description[4] == ':')) {
        auto name = trim(description.substr(4));
        for (std::string_view joint : {"of ", "de ", "du ", "des ", "der ", "von "})
            if (equals_ascii_folded(name.substr(0, joint.size()), joint)) name = trim(name.substr(joint.size()));
        return name.size() >= 2 ? name : std::string_view{};
    }
    // "X logo", "X-Logo", "X's logo": the word last.
    auto const n = description.size();
    if (equals_ascii_folded(description.substr(n - 4), "logo") && (description[n - 5] == ' ' || description[n - 5] == '-')) {
        auto name = trim(description.substr(0, n - 5));
        if (name.size() >= 2 && name.substr(name.size() - 2) == "'s") name.remove_suffix(2);
        return name.size() >= 2 ? name : std::string_view{};
    }
    return {};
}

// The organisation a scraper's placeholder alone on its line names as a logo ("[Logo: CARE]",
// "[Image: Amber Centre logo]", "[image: logo of Amber]"): its words after the placeholder's
// own word, read by logo_name. Empty for a placeholder that names no logo ("[logo]", "[photo:
// the march]") or a line with more than one.
constexpr std::string_view placeholder_logo_name(std::string_view line) noexcept {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || image_placeholder_length(line) != line.size()) return {};
    auto inside = line.substr(1, line.size() - 2);
    // "Image: …": a word that says only that an image stood here goes; "Logo: …" stays for
    // logo_name, which reads "Logo" first as a logo's.
    for (std::string_view word : {"image", "img", "picture", "photo"})
        if (inside.size() > word.size() && equals_ascii_folded(inside.substr(0, word.size()), word) && inside[word.size()] == ':')
            inside.remove_prefix(word.size() + 1);
    return logo_name(inside);
}

}  // namespace text
CIVIC_NAMESPACE_END
