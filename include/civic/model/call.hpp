// The demands of a statement, grouped by the sentence that introduces them.
#pragma once
#include <civic/model/source_span.hpp>
#include <civic/model/text_block.hpp>

#include <optional>
#include <string>
#include <vector>

CIVIC_NAMESPACE_BEGIN

struct call {
    std::string text;                    // as written, without its list marker
    std::optional<std::string> addressee;  // who must act: "the authorities of Kazakhstan"
    source_span span;

    friend bool operator==(call const& a, call const& b) {
        return a.text == b.text && a.addressee == b.addressee && a.span == b.span;
    }
    friend bool operator!=(call const& a, call const& b) { return !(a == b); }
};

// "…and call on protesters to refrain … and on the authorities of Kazakhstan to:" followed by
// a list: the introduction, every addressee it names (in order), and the calls. The calls
// are addressed to the last addressee of the introduction.
struct call_group {
    std::optional<text_block> introduction;
    std::vector<std::string> addressees;
    std::vector<call> calls;
    source_span span;

    friend bool operator==(call_group const& a, call_group const& b) {
        return a.introduction == b.introduction && a.addressees == b.addressees &&
               a.calls == b.calls && a.span == b.span;
    }
    friend bool operator!=(call_group const& a, call_group const& b) { return !(a == b); }
};

CIVIC_NAMESPACE_END
