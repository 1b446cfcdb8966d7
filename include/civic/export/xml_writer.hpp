// A small streaming XML writer for the exports: it escapes every piece of text and every
// attribute value, so that no export ever builds XML by concatenating unescaped strings.
#pragma once
#include <civic/config.hpp>

#include <string>
#include <string_view>
#include <vector>

CIVIC_NAMESPACE_BEGIN

// `text` escaped for XML 1.0 character data (in_attribute false) or for an attribute value
// in double quotes (in_attribute true). & < > are always escaped, " and ' in attributes, and
// tab, line feed and carriage return in attributes as character references (a parser would
// otherwise normalise them to spaces). What XML 1.0 cannot carry at all (C0 controls other
// than tab, LF and CR, U+FFFE, U+FFFF) and bytes that are not UTF-8 become U+FFFD, so the
// output is always well-formed whatever the input: the statement's text is never dropped.
CIVIC_FUNC std::string xml_escape(std::string_view text, bool in_attribute = false);

// Writes elements into a string. Elements that hold only elements are indented; once an
// element holds text, its children are written inline so no white space is added to mixed
// content:
//
//   xml_writer w(out);
//   w.declaration();
//   w.open("p").attribute("eId", "para_1").text("Tom & Jerry").close();
class xml_writer {
public:
    CIVIC_FUNC explicit xml_writer(std::string& out, int indent = 2);

    // <?xml version="1.0" encoding="UTF-8"?>
    CIVIC_FUNC xml_writer& declaration();
    // Starts an element; attributes may follow until the first content or close().
    CIVIC_FUNC xml_writer& open(std::string_view name);
    CIVIC_FUNC xml_writer& attribute(std::string_view name, std::string_view value);
    CIVIC_FUNC xml_writer& text(std::string_view content);
    // Marks the innermost element as mixed content before its first child element, so that
    // "<p><organization>…</organization>, <location>…</location></p>" gets no indentation.
    CIVIC_FUNC xml_writer& mixed();
    // Ends the innermost open element (as <x/> when it is empty).
    CIVIC_FUNC xml_writer& close();
    // open(name), text(content), close().
    CIVIC_FUNC xml_writer& element(std::string_view name, std::string_view content);

    // Closes what is still open and ends the document with a line feed.
    CIVIC_FUNC void finish();
    std::size_t depth() const noexcept { return open_.size(); }

private:
    struct frame {
        std::string name;
        bool has_text = false;
        bool has_children = false;
    };
    CIVIC_FUNC void end_start_tag();
    CIVIC_FUNC void newline_indent();

    std::string& out_;
    int indent_;
    bool in_start_tag_ = false;
    std::vector<frame> open_;
};

CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/export/impl/xml_writer.ipp>
#endif
