// The hand-annotated corpus beside the checkout (../shared/corpus, or $CIVIC_CORPUS_DIR):
// the reference case 000-csp-kazakhstan-2022 must match its gold.json exactly, and the
// figures over every case, computed as ../shared/tools/score.py computes them, must not
// drop below the floors below. Without the corpus the tests print CIVIC-CORPUS-MISSING,
// which CTest reports as skipped.
#include <civic/civic.hpp>
#include <civic/text/utf8.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

// --- floors ------------------------------------------------------------------------------
// The corpus test fails when a summary figure (the same figure score.py prints) is below
// its floor. The targets are those of the project's accuracy issue. Where the build does
// not reach a target yet, the floor is the figure measured when the floor was set, rounded
// down to two decimals: a guard against regressions, to be raised as the figure improves
// until it reaches the target. Figures without a target (precision, recall, fuzzy F1,
// acronym, type, coalition) are printed, not gated.
namespace {
struct figure_floor {
    char const* figure;  // a key of corpus_score::value(), named as in score.py's --json-out
    double floor;        // the test fails below this
    double target;       // the accuracy issue's target
};
// clang-format off
constexpr figure_floor floors[] = {
    // figure                    floor   target
    {"signatory_f1",             0.95,   0.95},  // met (0.951 when set)
    {"call_f1",                  0.90,   0.90},  // met (0.945)
    {"country_code_accuracy",    0.98,   0.98},  // met (1.000)
    {"title_accuracy",           0.90,   0.90},  // met (1.000)
    {"kind_accuracy",            0.90,   0.90},  // met (0.933, 42/45)
    {"language_accuracy",        0.98,   0.98},  // met (1.000)
    {"date_accuracy",            0.90,   0.90},  // met (0.978, 44/45)
};
// clang-format on
// And, as score.py exits 1 when the parser fails on a case, no case may fail (an error
// diagnostic, which makes civic-parse exit non-zero, or an exception).
constexpr int max_failed_cases = 0;
}  // namespace

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

// --- score.py, re-implemented ------------------------------------------------------------
// Text is compared as code points (Python str), so the scorer works on std::u32string.
namespace {
namespace scorer {

using text = std::u32string;

text decode(std::string_view s) {
    text out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto const d = civic::utf8::decode(s, i);
        out += d.valid ? d.cp : civic::utf8::replacement;
        i += d.length;
    }
    return out;
}

std::string encode(text const& s) {
    std::string out;
    for (char32_t c : s) civic::utf8::append(out, c);
    return out;
}

// Python's str.isspace(), hence re's \s and str.split().
bool is_space(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

// unicodedata.normalize("NFKC", …), approximated: the compatibility characters statements
// and annotations actually contain (spaces, ligatures, full-width forms, ellipsis, №, ™,
// double primes, spacing accents, fractions). Canonical composition is not done: the
// corpus has no decomposed text (NFC leaves every gold and predicted string unchanged).
void nfkc_append(text& out, char32_t c) {
    if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) {
        out += U' ';
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
        out += c - 0xFF01 + 0x21;  // full-width ASCII
    } else {
        switch (c) {
        case 0x00A8: out += U" \u0308"; break;
        case 0x00AA: out += U'a'; break;
        case 0x00AF: out += U" \u0304"; break;
        case 0x00B2: out += U'2'; break;
        case 0x00B3: out += U'3'; break;
        case 0x00B4: out += U" \u0301"; break;  // so ´ never reaches the quote table
        case 0x00B5: out += U'\u03BC'; break;
        case 0x00B8: out += U" \u0327"; break;
        case 0x00B9: out += U'1'; break;
        case 0x00BA: out += U'o'; break;
        case 0x00BC: out += U"1\u20444"; break;
        case 0x00BD: out += U"1\u20442"; break;
        case 0x00BE: out += U"3\u20444"; break;
        case 0x0132: out += U"IJ"; break;
        case 0x0133: out += U"ij"; break;
        case 0x013F: out += U"L\u00B7"; break;
        case 0x0140: out += U"l\u00B7"; break;
        case 0x0149: out += U"\u02BCn"; break;
        case 0x017F: out += U's'; break;
        case 0x2011: out += U'\u2010'; break;
        case 0x2024: out += U'.'; break;
        case 0x2025: out += U".."; break;
        case 0x2026: out += U"..."; break;
        case 0x2033: out += U"\u2032\u2032"; break;
        case 0x2034: out += U"\u2032\u2032\u2032"; break;
        case 0x2036: out += U"\u2035\u2035"; break;
        case 0x2037: out += U"\u2035\u2035\u2035"; break;
        case 0x2116: out += U"No"; break;
        case 0x2120: out += U"SM"; break;
        case 0x2122: out += U"TM"; break;
        case 0xFB00: out += U"ff"; break;
        case 0xFB01: out += U"fi"; break;
        case 0xFB02: out += U"fl"; break;
        case 0xFB03: out += U"ffi"; break;
        case 0xFB04: out += U"ffl"; break;
        case 0xFB05:
        case 0xFB06: out += U"st"; break;
        default: out += c;
        }
    }
}

// str.lower(): civic's lowering (Latin, Greek, Cyrillic) with what it leaves out or does
// otherwise — ĸ and ſ are already lower case, İ lowers to i + combining dot, accented
// Greek capitals, Armenian, Georgian, Latin Extended-B/Additional and Cyrillic pairs.
void lower_append(text& out, char32_t c) {
    auto pair_even_upper = [&](char32_t lo, char32_t hi) { return c >= lo && c <= hi && c % 2 == 0; };
    auto pair_odd_upper = [&](char32_t lo, char32_t hi) { return c >= lo && c <= hi && c % 2 == 1; };
    if (c == 0x130) out += U"i\u0307";
    else if (c == 0x138 || c == 0x17F) out += c;
    else if (c == 0x386) out += 0x3AC;
    else if (c >= 0x388 && c <= 0x38A) out += c + 37;
    else if (c == 0x38C) out += 0x3CC;
    else if (c == 0x38E || c == 0x38F) out += c + 63;
    else if (c >= 0x531 && c <= 0x556) out += c + 0x30;     // Armenian
    else if (c >= 0x10A0 && c <= 0x10C5) out += c + 0x1C60;  // Georgian Asomtavruli
    else if (c >= 0x1C90 && c <= 0x1CBF && c != 0x1CBB && c != 0x1CBC) out += c - 0x0BC0;  // Mtavruli
    else if (c == 0x4C0) out += 0x4CF;
    else if (pair_odd_upper(0x4C1, 0x4CE) || pair_odd_upper(0x1CD, 0x1DC)) out += c + 1;
    else if (pair_even_upper(0x460, 0x481) || pair_even_upper(0x4D0, 0x52F) || pair_even_upper(0x1DE, 0x1EF) ||
             pair_even_upper(0x1F8, 0x21F) || pair_even_upper(0x222, 0x233) || pair_even_upper(0x1E00, 0x1E95) ||
             pair_even_upper(0x1EA0, 0x1EFF))
        out += c + 1;
    else if (c == 0x1E9E) out += 0xDF;
    else out += civic::utf8::to_lower(c);
}

// Unicode's Cased and Case_Ignorable properties, for the letters and marks above.
bool cased(char32_t c) {
    return civic::utf8::is_upper_letter(c) || civic::utf8::is_lower_letter(c) || c == 0xAA || c == 0xBA ||
           c == 0x386 || (c >= 0x388 && c <= 0x38F) || (c >= 0x531 && c <= 0x556) || (c >= 0x560 && c <= 0x588) ||
           (c >= 0x10A0 && c <= 0x10C5) || (c >= 0x1C90 && c <= 0x1CBF) || (c >= 0x2D00 && c <= 0x2D25) ||
           (c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFB13 && c <= 0xFB17);
}
bool case_ignorable(char32_t c) {
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD || c == 0xAF ||
           c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) || c == 0x2018 || c == 0x2019 ||
           c == 0x2024 || c == 0x2027 || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) ||
           c == 0xFEFF;
}
// str.lower()'s Final_Sigma condition for the Σ at s[i], within s[b, e).
bool final_sigma(text const& s, std::size_t i, std::size_t b, std::size_t e) {
    std::size_t k = i;
    while (k > b && case_ignorable(s[k - 1])) --k;
    if (k == b || !cased(s[k - 1])) return false;
    k = i + 1;
    while (k < e && case_ignorable(s[k])) ++k;
    return k == e || !cased(s[k]);
}

// str.casefold(): lower() plus the full foldings that matter (ß → ss, final sigma …).
void casefold_append(text& out, char32_t c) {
    switch (c) {
    case 0xDF:
    case 0x1E9E: out += U"ss"; return;
    case 0x3C2: out += 0x3C3; return;
    case 0x3D0: out += 0x3B2; return;
    case 0x3D1: out += 0x3B8; return;
    case 0x3D5: out += 0x3C6; return;
    case 0x3D6: out += 0x3C0; return;
    case 0x3F0: out += 0x3BA; return;
    case 0x3F1: out += 0x3C1; return;
    case 0x3F5: out += 0x3B5; return;
    case 0x587: out += U"\u0565\u0582"; return;  // Armenian ligature ew
    default: lower_append(out, c);
    }
}

// QUOTES and DASHES of score.py.
bool in_quotes(char32_t c) {
    return c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB || c == 0x2018 ||
           c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032 || c == 0x2033 || c == '`' || c == 0xB4;
}
bool in_dashes(char32_t c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

text strip(text const& s, text const& chars) {
    auto const b = s.find_first_not_of(chars);
    if (b == text::npos) return {};
    return s.substr(b, s.find_last_not_of(chars) - b + 1);
}

// Python's str(s) for a JSON value; nullopt for None (a missing key or null).
std::optional<std::string> py_str(json::value const* v) {
    if (!v || v->is_null()) return std::nullopt;
    if (v->is_string()) return std::string(v->as_string());
    if (v->is_bool()) return std::string(v->as_bool() ? "True" : "False");
    return json::serialize(*v);
}

json::value const* get(json::value const& obj, char const* key) {
    return obj.is_object() ? obj.as_object().if_contains(key) : nullptr;
}

// norm(): case-, quote-, dash- and space-insensitive form used for matching.
text norm(std::optional<std::string> const& in) {
    if (!in) return {};
    text s;
    for (char32_t c : decode(*in)) nfkc_append(s, c);
    for (char32_t& c : s) {
        if (in_quotes(c)) c = U'"';
        else if (in_dashes(c)) c = U'-';
    }
    text t;  // .replace('""', '"'): left to right, not overlapping
    for (std::size_t i = 0; i < s.size(); ++i) {
        t += s[i];
        if (s[i] == U'"' && i + 1 < s.size() && s[i + 1] == U'"') ++i;
    }
    t.erase(std::remove(t.begin(), t.end(), char32_t(0xAD)), t.end());
    text u;  // re.sub(r"\s+", " ", s).strip()
    bool space = false;
    for (char32_t c : t) {
        if (is_space(c)) {
            space = !u.empty();
            continue;
        }
        if (space) u += U' ', space = false;
        u += c;
    }
    text f;
    for (char32_t c : u) casefold_append(f, c);
    return strip(f, U" .,;:");
}
text norm(json::value const* v) { return norm(py_str(v)); }

std::vector<text> split(text const& s) {
    std::vector<text> out;
    text cur;
    for (char32_t c : s) {
        if (is_space(c)) {
            if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

// words(s, n): the first n words of norm(s), quotes removed.
text words(std::optional<std::string> const& s, std::size_t n) {
    text t = norm(s);
    t.erase(std::remove(t.begin(), t.end(), U'"'), t.end());
    auto const w = split(t);
    text out;
    for (std::size_t i = 0; i < w.size() && i < n; ++i) out += (i ? U" " : U"") + w[i];
    return out;
}

// kind_norm(): re.sub(r"[\s_\-]+", "_", (s or "").strip().lower()).
text kind_norm(std::optional<std::string> const& in) {
    text const s = decode(in.value_or(""));
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    text lowered;
    for (std::size_t i = b; i < e; ++i) {
        if (s[i] == 0x3A3 && final_sigma(s, i, b, e)) lowered += 0x3C2;
        else lower_append(lowered, s[i]);
    }
    text out;
    bool run = false;
    for (char32_t c : lowered) {
        bool const sep = is_space(c) || c == U'_' || c == U'-';
        if (!sep) out += c;
        else if (!run) out += U'_';
        run = sep;
    }
    return out;
}
text kind_norm(json::value const* v) { return kind_norm(py_str(v)); }

// difflib.SequenceMatcher(None, a, b).ratio(): Ratcliff/Obershelp as difflib does it —
// the longest matching block (earliest in a, then in b), recursively on both sides;
// ratio = 2 * matches / (len(a) + len(b)). With difflib's autojunk: when b has 200 or
// more elements, those occurring more than len(b) / 100 + 1 times are "popular" and only
// found by extending a match.
double ratio(text const& a, text const& b) {
    std::size_t const la = a.size(), lb = b.size();
    if (la + lb == 0) return 1.0;
    std::unordered_map<char32_t, std::vector<std::size_t>> b2j;
    for (std::size_t j = 0; j < lb; ++j) b2j[b[j]].push_back(j);
    if (lb >= 200) {
        std::size_t const ntest = lb / 100 + 1;
        for (auto it = b2j.begin(); it != b2j.end();) it = it->second.size() > ntest ? b2j.erase(it) : std::next(it);
    }
    auto longest = [&](std::size_t alo, std::size_t ahi, std::size_t blo, std::size_t bhi) {
        std::size_t besti = alo, bestj = blo, bestsize = 0;
        std::unordered_map<std::size_t, std::size_t> j2len, newj2len;
        for (std::size_t i = alo; i < ahi; ++i) {
            newj2len.clear();
            if (auto it = b2j.find(a[i]); it != b2j.end()) {
                for (std::size_t j : it->second) {
                    if (j < blo) continue;
                    if (j >= bhi) break;
                    std::size_t k = 1;
                    if (j > 0)
                        if (auto p = j2len.find(j - 1); p != j2len.end()) k += p->second;
                    newj2len[j] = k;
                    if (k > bestsize) besti = i - k + 1, bestj = j - k + 1, bestsize = k;
                }
            }
            std::swap(j2len, newj2len);
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) --besti, --bestj, ++bestsize;
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize])
            ++bestsize;
        return std::make_tuple(besti, bestj, bestsize);
    };
    std::size_t matches = 0;
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> queue{{0, la, 0, lb}};
    while (!queue.empty()) {
        auto const [alo, ahi, blo, bhi] = queue.back();
        queue.pop_back();
        auto const [i, j, k] = longest(alo, ahi, blo, bhi);
        if (!k) continue;
        matches += k;
        if (alo < i && blo < j) queue.emplace_back(alo, i, blo, j);
        if (i + k < ahi && j + k < bhi) queue.emplace_back(i + k, ahi, j + k, bhi);
    }
    return 2.0 * static_cast<double>(matches) / static_cast<double>(la + lb);
}

// match_names(): greedy one-to-one matching of signatory names, exact pass first, then
// (fuzzy) the best ratio >= 0.9 for each gold name left. Returns (gold, predicted) pairs.
std::vector<std::pair<std::size_t, std::size_t>> match_names(json::array const& gold, std::vector<json::value> const& pred,
                                                             bool fuzzy) {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<bool> used(pred.size()), matched_g(gold.size());
    std::vector<text> gn, pn;
    for (auto const& g : gold) gn.push_back(norm(get(g, "name")));
    for (auto const& p : pred) pn.push_back(norm(get(p, "name")));
    for (std::size_t gi = 0; gi < gn.size(); ++gi)
        for (std::size_t pi = 0; pi < pn.size(); ++pi)
            if (!used[pi] && !gn[gi].empty() && gn[gi] == pn[pi]) {
                pairs.emplace_back(gi, pi), used[pi] = true, matched_g[gi] = true;
                break;
            }
    if (fuzzy) {
        for (std::size_t gi = 0; gi < gn.size(); ++gi) {
            if (matched_g[gi] || gn[gi].empty()) continue;
            std::optional<std::size_t> best;
            double best_r = 0.0;
            for (std::size_t pi = 0; pi < pn.size(); ++pi) {
                if (used[pi] || pn[pi].empty()) continue;
                double const r = ratio(gn[gi], pn[pi]);
                if (r > best_r) best = pi, best_r = r;
            }
            if (best && best_r >= 0.9) pairs.emplace_back(gi, *best), used[*best] = true;
        }
    }
    return pairs;
}

// match_calls(): a gold call matches the first unused predicted call whose first words
// (as many as the gold's first 8) are equal or have a ratio >= 0.9.
std::size_t match_calls(std::vector<std::optional<std::string>> const& gold,
                        std::vector<std::optional<std::string>> const& pred) {
    std::size_t tp = 0;
    std::vector<bool> used(pred.size());
    for (auto const& g : gold) {
        text const gw = words(g, 8);
        std::size_t const n = split(gw).size();
        for (std::size_t pi = 0; pi < pred.size(); ++pi) {
            if (used[pi]) continue;
            text const pw = words(pred[pi], n);
            if (!gw.empty() && (pw == gw || ratio(gw, pw) >= 0.9)) {
                ++tp, used[pi] = true;
                break;
            }
        }
    }
    return tp;
}

struct prf_t {
    double p, r, f;
};
prf_t prf(std::size_t tp, std::size_t n_pred, std::size_t n_gold) {
    double const p = n_pred ? double(tp) / double(n_pred) : (n_gold == 0 ? 1.0 : 0.0);
    double const r = n_gold ? double(tp) / double(n_gold) : 1.0;
    return {p, r, p + r != 0.0 ? 2 * p * r / (p + r) : 0.0};
}

// Python's f"{x:.3f}" (nan for an empty denominator).
std::string f3(double x) { return std::isnan(x) ? std::string("nan") : fmt::format("{:.3f}", x); }

// Python's repr() of a str or None, near enough for a report.
std::string py_repr(std::optional<std::string> const& s) { return s ? "'" + *s + "'" : std::string("None"); }

}  // namespace scorer
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

namespace {

// score.py's summary over a set of cases, and its printed report.
struct corpus_score {
    std::size_t cases = 0, failed = 0;
    std::vector<std::pair<std::string, double>> figures;  // named as in score.py's --json-out
    std::string report;                                    // per case, then score.py's last lines

    double value(std::string const& name) const {
        for (auto const& [k, v] : figures)
            if (k == name) return v;
        FAIL("no figure named ", name);
        return 0.0;
    }
};

// score.py's main loop, with civic::parse_file and civic::to_json in place of running
// civic-parse --json: a case whose parse reports an error fails (civic-parse exits 1 or 3
// then) and is scored as an empty prediction.
corpus_score score_corpus(fs::path const& root) {
    using namespace scorer;
    std::vector<fs::path> cases;
    for (auto const& e : fs::directory_iterator(root))
        if (e.is_directory() && fs::is_regular_file(e.path() / "gold.json")) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());

    struct {
        std::size_t sig_gold = 0, sig_pred = 0, sig_tp = 0, sig_tp_fuzzy = 0;
        std::size_t cc_n = 0, cc_ok = 0, acr_n = 0, acr_ok = 0, type_n = 0, type_ok = 0;
        std::size_t call_gold = 0, call_pred = 0, call_tp = 0;
    } tot;
    static constexpr char const* fields[] = {"title", "kind", "language", "date", "coalition"};
    std::size_t field_n[5] = {}, field_ok[5] = {};
    std::vector<std::string> failures;
    corpus_score out;

    for (auto const& dir : cases) {
        std::string const name = dir.filename().string();
        ++out.cases;
        json::value const gold = json::parse(read(dir / "gold.json"));
        json::value pred = json::object();
        std::optional<std::string> err;
        try {
            auto const r = civic::parse_file(dir / "statement.txt");
            for (auto const& d : r.diagnostics)
                if (d.code == "io.read" || d.level == civic::severity::error) {
                    err = fmt::format("{}: {}", d.code, d.message);
                    break;
                }
            if (!err) pred = civic::to_json(r);
        } catch (std::exception const& e) {
            err = std::string("exception: ") + e.what();
        }
        if (err) failures.push_back("FAILED " + name + ": " + *err);

        json::array gs;
        if (auto const* v = get(gold, "signatories"); v && v->is_array()) gs = v->as_array();
        std::vector<json::value> ps;
        if (auto const* v = get(pred, "signatories"); v && v->is_array())
            for (auto const& p : v->as_array())
                if (p.is_object()) ps.push_back(p);
        auto const exact = match_names(gs, ps, false);
        auto const loose = match_names(gs, ps, true);
        tot.sig_gold += gs.size(), tot.sig_pred += ps.size();
        tot.sig_tp += exact.size(), tot.sig_tp_fuzzy += loose.size();
        for (auto const& [gi, pi] : loose) {
            auto const& g = gs[gi];
            auto const& p = ps[pi];
            if (auto const cc = py_str(get(g, "country_code")); cc && !cc->empty()) {
                ++tot.cc_n;
                auto upper = [](std::string s) {
                    for (char& c : s)
                        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
                    return s;
                };
                tot.cc_ok += upper(py_str(get(p, "country_code")).value_or("")) == upper(*cc);
            }
            if (auto const acr = py_str(get(g, "acronym")); acr && !acr->empty()) {
                ++tot.acr_n;
                tot.acr_ok += norm(get(p, "acronym")) == norm(acr);
            }
            if (auto const type = py_str(get(g, "type")); type && !type->empty()) {
                ++tot.type_n;
                tot.type_ok += kind_norm(get(p, "type")).rfind(kind_norm(type).substr(0, 6), 0) == 0;
            }
        }

        std::vector<std::optional<std::string>> gc, pc;
        if (auto const* v = get(gold, "calls"); v && v->is_array())
            for (auto const& c : v->as_array()) gc.push_back(py_str(&c));
        if (auto const* v = get(pred, "calls"); v && v->is_array())
            for (auto const& c : v->as_array()) pc.push_back(py_str(c.is_object() ? get(c, "text") : &c));
        std::size_t const ctp = match_calls(gc, pc);
        tot.call_gold += gc.size(), tot.call_pred += pc.size(), tot.call_tp += ctp;

        std::string misses;
        for (std::size_t k = 0; k < 5; ++k) {
            auto const* g = get(gold, fields[k]);
            if (!g) continue;
            json::value const* p = get(pred, fields[k]);
            if (k == 4 && p && p->is_object()) p = get(*p, "name");  // coalition_name()
            bool const ok = k == 1 ? kind_norm(g) == kind_norm(p) : norm(g) == norm(p);
            ++field_n[k], field_ok[k] += ok;
            if (!ok) misses += fmt::format("   {}: want {} got {}\n", fields[k], py_repr(py_str(g)), py_repr(py_str(p)));
        }
        out.report += fmt::format("== {}: signatories {}/{} exact, {} fuzzy, {} predicted; calls {}/{} ({} predicted){}\n",
                                  name, exact.size(), gs.size(), loose.size(), ps.size(), ctp, gc.size(), pc.size(),
                                  err ? "; ERROR " + *err : std::string());
        out.report += misses;
    }

    out.failed = failures.size();
    auto const s = prf(tot.sig_tp, tot.sig_pred, tot.sig_gold);
    auto const fz = prf(tot.sig_tp_fuzzy, tot.sig_pred, tot.sig_gold);
    auto const c = prf(tot.call_tp, tot.call_pred, tot.call_gold);
    auto ratio_of = [](std::size_t ok, std::size_t n) { return n ? double(ok) / double(n) : std::nan(""); };
    out.figures = {
        {"signatory_precision", s.p},
        {"signatory_recall", s.r},
        {"signatory_f1", s.f},
        {"signatory_f1_fuzzy", fz.f},
        {"country_code_accuracy", ratio_of(tot.cc_ok, tot.cc_n)},
        {"acronym_accuracy", ratio_of(tot.acr_ok, tot.acr_n)},
        {"signatory_type_accuracy", ratio_of(tot.type_ok, tot.type_n)},
        {"call_precision", c.p},
        {"call_recall", c.r},
        {"call_f1", c.f},
    };
    for (std::size_t k = 0; k < 5; ++k)
        out.figures.emplace_back(std::string(fields[k]) + "_accuracy", ratio_of(field_ok[k], field_n[k]));

    for (auto const& f : failures) out.report += f + "\n";
    out.report += fmt::format("cases {}  failed {}\n", out.cases, out.failed);
    out.report += fmt::format("signatories  P {}  R {}  F1 {}   (fuzzy F1 {}; gold {}, predicted {})\n", f3(s.p),
                              f3(s.r), f3(s.f), f3(fz.f), tot.sig_gold, tot.sig_pred);
    out.report += fmt::format("  of matched: country code {}  acronym {}  type {}\n",
                              f3(out.value("country_code_accuracy")), f3(out.value("acronym_accuracy")),
                              f3(out.value("signatory_type_accuracy")));
    out.report += fmt::format("calls        P {}  R {}  F1 {}   (gold {}, predicted {})\n", f3(c.p), f3(c.r),
                              f3(c.f), tot.call_gold, tot.call_pred);
    out.report += "fields       ";
    for (std::size_t k = 0; k < 5; ++k)
        out.report += fmt::format("{}{} {}", k ? "  " : "", fields[k], f3(out.value(std::string(fields[k]) + "_accuracy")));
    out.report += fmt::format("\nsummary: signatory_f1={} call_f1={} country_code={} title={} failed={}/{}\n", f3(s.f),
                              f3(c.f), f3(out.value("country_code_accuracy")), f3(out.value("title_accuracy")),
                              out.failed, out.cases);
    return out;
}

}  // namespace

TEST_CASE("score.py's normalisation and matching, re-implemented") {
    // Expected values printed by score.py's own norm(), words(), kind_norm() and by
    // difflib.SequenceMatcher(None, a, b).ratio().
    using scorer::encode;
    auto norm = [](char const* s) { return encode(scorer::norm(std::optional<std::string>(s))); };
    auto words = [](char const* s, std::size_t n) { return encode(scorer::words(std::string(s), n)); };
    CHECK(norm("  \u201cFoo\u201d\u2014Bar\u00ad  ,") == "\"foo\"-bar");
    CHECK(words("  \u201cFoo\u201d\u2014Bar\u00ad  ,", 3) == "foo-bar");
    CHECK(norm("Stra\u00dfe \u0391\u03a3\u039f\u03a6\u038a\u0391 \u0392\u03ac\u03c1\u03bf\u03c2") ==
          "strasse \u03b1\u03c3\u03bf\u03c6\u03af\u03b1 \u03b2\u03ac\u03c1\u03bf\u03c3");
    CHECK(norm("\u2116 5 \ufb01ne\u2026") == "no 5 fine");
    CHECK(norm("\u2033Quoted\u2033 \u00ab\u041e\u041e\u041e\u00bb") == "\"quoted\" \"\u043e\u043e\u043e\"");
    CHECK(words("\u2033Quoted\u2033 \u00ab\u041e\u041e\u041e\u00bb", 3) == "quoted \u043e\u043e\u043e");
    CHECK(norm("\u0531\u0550\u0544\u0535\u0546\u053b\u0531 \u0587") ==
          "\u0561\u0580\u0574\u0565\u0576\u056b\u0561 \u0565\u0582");
    CHECK(norm(" ; The NGO \"\"X\"\" . ") == "the ngo \"x\"");
    CHECK(words(" ; The NGO \"\"X\"\" . ", 3) == "the ngo x");
    CHECK(norm("a\u00a0\u2009b\u3000c\t\u0434") == "a b c \u0434");
    CHECK(words("a\u00a0\u2009b\u3000c\t\u0434", 3) == "a b c");
    CHECK(norm("\uff21\uff22\uff23 \u00bd") == "abc 1\u20442");
    CHECK(scorer::norm(std::nullopt).empty());
    CHECK(encode(scorer::kind_norm(std::string(" Joint  Statement "))) == "joint_statement");
    CHECK(encode(scorer::kind_norm(std::string("open-letter"))) == "open_letter");
    CHECK(scorer::kind_norm(std::optional<std::string>()).empty());

    auto ratio = [](std::string const& a, std::string const& b) {
        return scorer::ratio(scorer::decode(a), scorer::decode(b));
    };
    CHECK(ratio("abcd", "bcde") == 0.75);
    CHECK(ratio("civic solidarity platform", "civic solidarity platfrom") == 0.96);
    CHECK(ratio("norwegian helsinki committee", "the norwegian helsinki committee") == doctest::Approx(0.9333333333333333));
    CHECK(ratio("helsinki foundation for human rights", "helsinki foundation for human right") ==
          doctest::Approx(0.9859154929577465));
    CHECK(ratio("", "abc") == 0.0);
    CHECK(ratio("", "") == 1.0);
    CHECK(ratio("amnesty international", "international amnesty") == doctest::Approx(0.6190476190476191));
    CHECK(ratio("qwertyuiop", "poiuytrewq") == doctest::Approx(0.1));
    CHECK(ratio("ensure that the fundamental rights and freedoms", "ensure the fundamental rights and freedoms of all") ==
          0.875);
    CHECK(ratio("\u0430\u0441\u0441\u043e\u0446\u0438\u0430\u0446\u0438\u044f \u00ab\u043f\u0440\u0430\u0432\u043e"
                "\u0432\u0430\u044f \u0438\u043d\u0438\u0446\u0438\u0430\u0442\u0438\u0432\u0430\u00bb",
                "\u0430\u0441\u0441\u043e\u0446\u0438\u0430\u0446\u0438\u044f \"\u043f\u0440\u0430\u0432\u043e"
                "\u0432\u0430\u044f \u0438\u043d\u0438\u0446\u0438\u0430\u0442\u0438\u0432\u0430\"") == 0.9375);
    // autojunk: b of 200 elements or more
    std::string x150(150, 'x'), ab60, the60, the55;
    for (int i = 0; i < 60; ++i) ab60 += "ab", the60 += "the ";
    for (int i = 0; i < 55; ++i) the55 += "the ";
    CHECK(ratio(x150 + ab60, ab60 + x150 + "y") == 0.0);
    CHECK(ratio(the60 + "end", the55 + " end of it") == doctest::Approx(0.9471458773784355));
    CHECK(ratio(std::string(10, 'a') + std::string(250, 'b'), std::string(240, 'b') + std::string(10, 'a') + "c") ==
          0.0);
}

TEST_CASE("the corpus figures, computed as score.py computes them, meet their floors") {
    if (corpus_missing()) return;
    auto const score = score_corpus(corpus_dir());
    REQUIRE(score.cases > 0);
    std::string table = "\n" + score.report + "floors (the accuracy issue's targets; see the top of test_corpus.cpp)\n";
    for (auto const& f : floors) {
        double const v = score.value(f.figure);
        table += fmt::format("  {:<24} {}  floor {:.2f}  target {:.2f}  {}\n", f.figure, scorer::f3(v), f.floor,
                             f.target, !(v >= f.floor) ? "BELOW FLOOR" : v >= f.target ? "ok" : "ok (below target)");
    }
    MESSAGE(table);
    for (auto const& f : floors) {
        double const v = score.value(f.figure);
        CHECK_MESSAGE(v >= f.floor, fmt::format("{} = {} is below its floor {:.2f} (target {:.2f})", f.figure,
                                                scorer::f3(v), f.floor, f.target));
    }
    CHECK_MESSAGE(score.failed <= max_failed_cases, score.failed, " case(s) failed to parse (see FAILED lines)");
}
