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
    // Everyone who must act, in the order named: more than one where an introduction asks several
    // the same ("We call on the Government of X, on the European Union and on the UN Human
    // Rights Council to:"). Empty when `addressee` is; else `addressee` is the last of them.
    // Last, so that the members before it keep their places in a brace-initialised call.
    std::vector<std::string> addressees;

    friend bool operator==(call const& a, call const& b) {
        return a.text == b.text && a.addressee == b.addressee && a.addressees == b.addressees && a.span == b.span;
    }
    friend bool operator!=(call const& a, call const& b) { return !(a == b); }
};

// "…and call on protesters to refrain … and on the authorities of Kazakhstan to:" followed by
// a list: the introduction, every addressee it names (in order), and the calls. The calls
// are addressed to the addressees of the introduction's last clause: the authorities alone
// here, all three in "We call on X, on Y and on Z to:".
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
