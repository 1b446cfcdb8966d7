// The grammars on any bytes, each on the whole input and on every line of it: no crash,
// no exception, and every range a grammar reports lies inside the text it was given.
#include "fuzz_check.hpp"

#include <civic/grammar/call_introduction.hpp>
#include <civic/grammar/coalition.hpp>
#include <civic/grammar/date.hpp>
#include <civic/grammar/list_marker.hpp>
#include <civic/grammar/signatory.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

namespace {

void check_range(std::string_view text, char const* first, char const* last) {
    CIVIC_FUZZ_CHECK(first != nullptr && last != nullptr);
    CIVIC_FUZZ_CHECK(text.data() <= first && first <= last && last <= text.data() + text.size());
}

void run_grammars(std::string_view s) {
    using namespace civic::grammar;
    if (auto m = parse_list_marker(s)) {
        check_range(s, m->first, m->last);
        CIVIC_FUZZ_CHECK(m->first == s.data());
    }
    if (auto line = parse_signatory_line(s)) {
        for (auto const& e : *line) {
            if (e.first) check_range(s, e.first, e.last);
            CIVIC_FUZZ_CHECK(e.name.size() <= s.size());
            for (auto const& g : e.groups) {
                check_range(s, g.first, g.last);
                CIVIC_FUZZ_CHECK(g.text.size() + 2 == static_cast<std::size_t>(g.last - g.first));
            }
        }
    }
    auto const lowered = civic::utf8::lower_same_length(s);
    CIVIC_FUZZ_CHECK(lowered.size() == s.size());
    if (auto d = find_date(lowered)) {
        check_range(lowered, d->first, d->last);
        CIVIC_FUZZ_CHECK(d->year >= 1900 && d->year <= 2100 && d->month >= 1 && d->month <= 12);
    }
    if (auto c = parse_coalition(s)) {
        check_range(s, c->first, c->last);
        CIVIC_FUZZ_CHECK(!c->name.empty());
    }
    if (auto ci = parse_call_introduction(s)) {
        check_range(s, ci->first, ci->last);
        CIVIC_FUZZ_CHECK(!ci->addressees.empty());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    run_grammars(input);
    for (std::size_t pos = 0; pos < size;) {
        auto eol = input.find('\n', pos);
        if (eol == std::string_view::npos) eol = size;
        if (eol > pos && eol < size) {
            // Each line in a buffer of its own size, so that a read past its end is caught.
            auto const n = eol - pos;
            std::unique_ptr<char[]> line(new char[n]);
            std::memcpy(line.get(), data + pos, n);
            run_grammars(std::string_view(line.get(), n));
        }
        pos = eol + 1;
    }
    return 0;
}
