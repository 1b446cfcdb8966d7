// A signer's link as the exports write it: a mail address, or a web address as a URL.
#pragma once
#include <civic/config.hpp>

#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace export_detail {

// "info@amber.example": a mail address, not a page.
inline bool is_mail_link(std::string_view link) {
    return link.find("://") == std::string_view::npos && link.rfind("www.", 0) != 0 && link.find('@') != std::string_view::npos;
}

// A web address as a URL: written without its scheme ("www.amber.example"), http, which a
// site on https redirects from.
inline std::string link_url(std::string_view link) {
    return (link.rfind("www.", 0) == 0 ? "http://" : "") + std::string(link);
}

}  // namespace export_detail
CIVIC_NAMESPACE_END
