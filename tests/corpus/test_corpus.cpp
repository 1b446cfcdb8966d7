// The hand-annotated corpus beside the checkout (../shared/corpus, or $CIVIC_CORPUS_DIR):
// the reference case 000-csp-kazakhstan-2022 must match its gold.json exactly; for the
// other cases the figures are printed, not asserted. Without the corpus the tests print
// CIVIC-CORPUS-MISSING, which CTest reports as skipped.
#include <civic/civic.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

fs::path corpus_dir() {
    if (char const* env = std::getenv("CIVIC_CORPUS_DIR"); env && *env) return env;
    return CIVIC_CORPUS_DIR;
}

bool corpus_missing() {
    std::error_code ec;
    if (fs::is_directory(corpus_dir(), ec)) return false;
    std::cout << "CIVIC-CORPUS-MISSING: no corpus at " << corpus_dir() << "; skipped\n";
    MESSAGE("no corpus at ", corpus_dir().string(), ": skipped");
    return true;
}

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Runs of white space (ASCII and U+00A0) as one space, trimmed.
std::string squash(std::string_view s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool ws = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
        if (!ws && s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') ws = true, ++i;
        if (ws) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ', space = false;
        out += s[i];
    }
    return out;
}

std::string kind_form(std::string s) {
    std::replace(s.begin(), s.end(), '_', ' ');
    return squash(s);
}

std::optional<std::string> string_field(json::value const& v, char const* key) {
    if (!v.is_object()) return std::nullopt;
    auto const* f = v.as_object().if_contains(key);
    if (!f || !f->is_string()) return std::nullopt;
    return std::string(f->as_string());
}

std::vector<std::string> gold_calls(json::value const& gold) {
    std::vector<std::string> out;
    if (auto const* c = gold.as_object().if_contains("calls"); c && c->is_array())
        for (auto const& x : c->as_array())
            if (x.is_string()) out.emplace_back(x.as_string());
    return out;
}

json::array gold_signatories(json::value const& gold) {
    if (auto const* s = gold.as_object().if_contains("signatories"); s && s->is_array()) return s->as_array();
    return {};
}

std::vector<civic::call> calls_of(civic::statement const& s) {
    std::vector<civic::call> out;
    for (auto const& g : s.call_groups) out.insert(out.end(), g.calls.begin(), g.calls.end());
    return out;
}

bool starts_with(std::string const& s, std::string const& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

TEST_CASE("the reference case 000-csp-kazakhstan-2022 matches its gold exactly") {
    if (corpus_missing()) return;
    auto const dir = corpus_dir() / "000-csp-kazakhstan-2022";
    REQUIRE(fs::exists(dir / "statement.txt"));
    auto const gold = json::parse(read(dir / "gold.json"));
    auto const r = civic::parse_file(dir / "statement.txt");
    CHECK(r.ok());
    auto const& st = r.statement;

    REQUIRE(st.title.has_value());
    CHECK(squash(st.title->text) == squash(*string_field(gold, "title")));
    CHECK(kind_form(std::string(civic::to_string(st.kind))) == kind_form(*string_field(gold, "kind")));
    REQUIRE(st.coalition.has_value());
    CHECK(squash(st.coalition->name) == squash(*string_field(gold, "coalition")));
    CHECK(st.language == *string_field(gold, "language"));

    auto const gs = gold_signatories(gold);
    REQUIRE(gs.size() == 41);
    REQUIRE(st.signatories.size() == gs.size());
    for (std::size_t i = 0; i < gs.size(); ++i) {
        auto const& p = st.signatories[i];
        CAPTURE(i);
        CAPTURE(p.name);
        CHECK(squash(p.name) == squash(*string_field(gs[i], "name")));
        CHECK(p.acronym == string_field(gs[i], "acronym"));
        CHECK(p.country_code == string_field(gs[i], "country_code"));
    }

    auto const gc = gold_calls(gold);
    auto const pc = calls_of(st);
    REQUIRE(gc.size() == 11);
    REQUIRE(pc.size() == gc.size());
    for (std::size_t i = 0; i < gc.size(); ++i) {
        CAPTURE(i);
        CAPTURE(pc[i].text);
        CHECK(starts_with(squash(pc[i].text), squash(gc[i])));
    }
}

TEST_CASE("figures for every case of the corpus (printed, not asserted)") {
    if (corpus_missing()) return;
    std::vector<fs::path> cases;
    for (auto const& e : fs::directory_iterator(corpus_dir()))
        if (e.is_directory() && fs::exists(e.path() / "statement.txt") && fs::exists(e.path() / "gold.json"))
            cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    CHECK_FALSE(cases.empty());
    std::size_t total_gold = 0, total_pred = 0, total_matched = 0, total_calls_gold = 0, total_calls_matched = 0;
    for (auto const& dir : cases) {
        json::value gold;
        try {
            gold = json::parse(read(dir / "gold.json"));
        } catch (std::exception const& e) {
            std::cout << dir.filename().string() << ": unreadable gold.json (" << e.what() << ")\n";
            continue;
        }
        auto const r = civic::parse_file(dir / "statement.txt");
        auto const& st = r.statement;
        // signatories matched by name, one to one
        auto const gs = gold_signatories(gold);
        std::vector<bool> used(st.signatories.size());
        std::size_t matched = 0;
        for (auto const& g : gs) {
            auto name = string_field(g, "name");
            if (!name) continue;
            for (std::size_t k = 0; k < st.signatories.size(); ++k)
                if (!used[k] && squash(st.signatories[k].name) == squash(*name)) {
                    used[k] = true, ++matched;
                    break;
                }
        }
        auto const gc = gold_calls(gold);
        auto const pc = calls_of(st);
        std::size_t calls_matched = 0;
        for (auto const& g : gc)
            for (auto const& p : pc)
                if (starts_with(squash(p.text), squash(g))) {
                    ++calls_matched;
                    break;
                }
        std::string const line = dir.filename().string() + ": signatories " + std::to_string(matched) + "/" +
                                 std::to_string(gs.size()) + " (predicted " + std::to_string(st.signatories.size()) +
                                 "), calls " + std::to_string(calls_matched) + "/" + std::to_string(gc.size()) +
                                 " (predicted " + std::to_string(pc.size()) + ")";
        MESSAGE(line);
        total_gold += gs.size(), total_pred += st.signatories.size(), total_matched += matched;
        total_calls_gold += gc.size(), total_calls_matched += calls_matched;
    }
    std::cout << "corpus: " << cases.size() << " cases; signatories " << total_matched << "/" << total_gold
              << " (predicted " << total_pred << "), calls " << total_calls_matched << "/" << total_calls_gold << '\n';
}
