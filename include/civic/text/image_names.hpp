// What a scraper leaves where a page showed a logo: the image's file name ("logo-amnesty.png",
// "HRW-logo.SVG"), or a placeholder in square brackets ("[logo]", "[image: Amber logo]").
#pragma once
#include <civic/config.hpp>

#include <cstddef>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

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
    for (std::string_view e : {"png", "jpg", "jpeg", "gif", "svg", "webp"}) {
        if (extension.size() != e.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < e.size() && same; ++i) {
            char const c = extension[i];
            same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == e[i];
        }
        if (same) return true;
    }
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
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i) {
            char const c = line[1 + i];
            same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == word[i];
        }
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

}  // namespace text
CIVIC_NAMESPACE_END
