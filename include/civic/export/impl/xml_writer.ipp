// Definitions for <civic/export/xml_writer.hpp>.
#pragma once
#include <civic/export/xml_writer.hpp>
#include <civic/text/utf8.hpp>

CIVIC_NAMESPACE_BEGIN

namespace xml_detail {
// Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// (surrogates never come out of utf8::decode).
constexpr bool allowed_in_xml(char32_t c) noexcept {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}
}  // namespace xml_detail

CIVIC_FUNC std::string xml_escape(std::string_view text, bool in_attribute) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto const d = utf8::decode(text, i);
        auto const cp = d.valid && xml_detail::allowed_in_xml(d.cp) ? d.cp : utf8::replacement;
        switch (cp) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += in_attribute ? "&quot;" : "\""; break;
            case '\'': out += in_attribute ? "&apos;" : "'"; break;
            case '\t': out += in_attribute ? "&#9;" : "\t"; break;
            case '\n': out += in_attribute ? "&#10;" : "\n"; break;
            case '\r': out += "&#13;"; break;  // a parser would turn a literal CR into LF
            default:
                if (d.valid && cp == d.cp) out.append(text.substr(i, d.length));
                else utf8::append(out, cp);
        }
        i += d.length;
    }
    return out;
}

CIVIC_FUNC xml_writer::xml_writer(std::string& out, int indent) : out_(out), indent_(indent) {}

CIVIC_FUNC void xml_writer::end_start_tag() {
    if (in_start_tag_) {
        out_ += '>';
        in_start_tag_ = false;
    }
}

CIVIC_FUNC void xml_writer::newline_indent() {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent_) * open_.size(), ' ');
}

CIVIC_FUNC xml_writer& xml_writer::declaration() {
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    return *this;
}

CIVIC_FUNC xml_writer& xml_writer::open(std::string_view name) {
    end_start_tag();
    bool const inline_child = !open_.empty() && open_.back().has_text;
    if (!open_.empty()) open_.back().has_children = true;
    if (!inline_child && (!open_.empty() || !out_.empty())) newline_indent();
    out_ += '<';
    out_ += name;
    in_start_tag_ = true;
    open_.push_back({std::string(name)});
    // A child of mixed content is mixed content too: no indentation inside it either.
    if (inline_child) open_.back().has_text = true;
    return *this;
}

CIVIC_FUNC xml_writer& xml_writer::attribute(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += xml_escape(value, true);
    out_ += '"';
    return *this;
}

CIVIC_FUNC xml_writer& xml_writer::text(std::string_view content) {
    if (content.empty()) return *this;
    end_start_tag();
    if (!open_.empty()) open_.back().has_text = true;
    out_ += xml_escape(content, false);
    return *this;
}

CIVIC_FUNC xml_writer& xml_writer::mixed() {
    if (!open_.empty()) open_.back().has_text = true;
    return *this;
}

CIVIC_FUNC xml_writer& xml_writer::close() {
    if (open_.empty()) return *this;
    auto const f = std::move(open_.back());
    open_.pop_back();
    if (in_start_tag_) {
        out_ += "/>";
        in_start_tag_ = false;
        return *this;
    }
    if (f.has_children && !f.has_text) newline_indent();
    out_ += "</";
    out_ += f.name;
    out_ += '>';
    return *this;
}

CIVIC_FUNC xml_writer& xml_writer::element(std::string_view name, std::string_view content) {
    return open(name).text(content).close();
}

CIVIC_FUNC void xml_writer::finish() {
    while (!open_.empty()) close();
    out_ += '\n';
}

CIVIC_NAMESPACE_END
