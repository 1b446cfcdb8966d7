// No loss: for every fixture and for thousands of generated inputs (deterministic
// pseudo-random mixes of statement fragments, markup, bullets and odd bytes), the outline
// covers every byte of the input exactly once, in order, without overlap, inside the input,
// and parsing the same input twice gives equal statements and diagnostics.
#include <civic/civic.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "hostile_support.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace civic;
using civic_test::outline_fault;

namespace {

void check_no_loss(std::string_view input) {
    auto const a = parse(input);
    CHECK_FALSE(civic_test::has_code(a, "internal.exception"));
    CHECK(outline_fault(a.statement, input) == "");
    auto const b = parse(input);
    CHECK(a.statement == b.statement);
    CHECK(a.diagnostics == b.diagnostics);
}

std::vector<std::filesystem::path> all_fixtures() {
    std::vector<std::filesystem::path> out;
    for (auto const& e : std::filesystem::recursive_directory_iterator(CIVIC_FIXTURES_DIR))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.') out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_file(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A small, fixed pseudo-random generator (splitmix64): the same inputs on every platform.
struct generator {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

char const* const fragments[] = {
    // statement parts
    "Joint statement on the arrests of students in Kyrgyzstan",
    "Open letter to the President of Georgia",
    "We, the undersigned members of the Lakeshore Freedom Network (LFN), ",
    "We call on the authorities of Kazakhstan to:",
    "We call upon the Government of Georgia not to adopt the law",
    "and on international partners to",
    "We urge",
    "Release all students detained solely for taking part in the march;",
    "Signatories:", "Signed by:", "Подписали:", "Organisers:",
    "Amber Lantern Association (Kyrgyzstan)",
    "Coral Bay Human Rights Forum (CBHRF)  (Georgia)",
    "Nino Kavtaradze \xE2\x80\x93 Journalist",
    "(FOL (FRENTE DE ORGANIZACIONES))",
    "7 January 2022", "January 7, 2022", "07.01.2022", "2022-01-07", "7 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2022 \xD0\xB3.",
    "Dear Minister,", "For immediate release", "Other news", "Share", "site_logo_7We",
    "\xD0\x97\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5",
    // markup
    "<p>", "</p>", "<li>", "</li>", "<ul>", "<br/>", "<script>x</script>", "<!-- c -->", "<td>", "</th>", "<",
    "&amp;", "&#8220;", "&#x201C;", "&#13;", "&#xFEFF;", "&nbsp;", "&bogus;", "&",
    "**", "__", "[link](http://example.org)", "![alt](img.png)", "[", "](", ")", "# ", "## Title", "| a | b |", "---",
    // bullets and markers
    "- ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "\xE2\x80\xA2 ", "\xE2\x80\xA2", "* ", "1. ", "2) ", "(a) ", "iv. ", "B) ",
    // odd bytes and characters
    "\xEF\xBB\xBF", "\xFF\xFE", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\x80", "\xC2\xA0", "\xC2\xAD",
    "\xE2\x80\x8B", "\xE2\x80\xA8", "\xCC\x81", "\xF0\x9F\x93\xA2", "\xD8\xA8\xD9\x8A", "\x01", "\x7F", "\f", "\v", "\t",
    "(", "((", ")", ";", ":", ".", ",", "'", "\"", "\xE2\x80\x9C", "\xC2\xAB",
};

std::string const separators[] = {" ", "\n", "\n\n", "\r\n", "\r", "", "\n  ", "\r\n\r\n"};

std::string generate(generator& g) {
    std::string out;
    std::size_t const parts = 1 + g.below(40);
    for (std::size_t i = 0; i < parts; ++i) {
        if (g.below(50) == 0) {
            out += static_cast<char>(g.below(256));  // any byte at all
        } else {
            out += fragments[g.below(std::size(fragments))];
        }
        out += separators[g.below(std::size(separators))];
    }
    return out;
}

}  // namespace

TEST_CASE("no loss: every fixture") {
    auto const files = all_fixtures();
    CHECK(files.size() >= 10);
    for (auto const& f : files) {
        CAPTURE(f.string());
        auto const input = read_file(f);
        check_no_loss(input);
        // Every prefix cut at a few points: a truncated download is still tiled.
        for (std::size_t cut : {input.size() / 3, input.size() / 2, input.size() - input.size() / 7}) {
            CAPTURE(cut);
            check_no_loss(std::string_view(input).substr(0, cut));
        }
    }
}

TEST_CASE("no loss: fixtures with CR line ends, with HTML around, and as UTF-16") {
    for (auto const& f : all_fixtures()) {
        CAPTURE(f.string());
        auto const input = read_file(f);
        std::string cr = input;
        std::replace(cr.begin(), cr.end(), '\n', '\r');
        check_no_loss(cr);
        std::string html = "<html><body><p>";
        for (char c : input) html += c == '\n' ? std::string("</p>\n<p>") : std::string(1, c);
        html += "</p></body></html>";
        check_no_loss(html);
        std::string u16 = "\xFF\xFE";
        for (char c : input) u16 += c, u16 += '\0';
        check_no_loss(u16);
    }
}

TEST_CASE("no loss: generated mixes of fragments, markup, bullets and odd bytes") {
    generator g{20240611u};
    for (int round = 0; round < 1500; ++round) {
        auto const input = generate(g);
        CAPTURE(round);
        CAPTURE(input);
        check_no_loss(input);
    }
}

TEST_CASE("no loss: generated inputs of single bytes from a small alphabet") {
    // Short strings over the bytes the clean-up stages look at: the corners of their rules.
    static constexpr char bytes[] = "<>/&#;!-*_[]()\n\r \t.:,aZ1\xE2\x80\x93\xC2\xAD\x00";
    std::string const alphabet(bytes, sizeof bytes - 1);  // with the NUL written, not the terminator
    generator g{7u};
    for (int round = 0; round < 3000; ++round) {
        std::string input;
        std::size_t const n = g.below(24);
        for (std::size_t i = 0; i < n; ++i) input += alphabet[g.below(alphabet.size())];
        CAPTURE(round);
        check_no_loss(input);
    }
}
