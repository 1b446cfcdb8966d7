// The file name of an image that a scraper left where a page showed a logo ("logo-amnesty.png",
// "HRW-logo.SVG"): one word that ends with an image's extension.
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

}  // namespace text
CIVIC_NAMESPACE_END
