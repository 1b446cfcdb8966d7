// civic-bench-registry: how much memory civic::registry needs for a large archive. Loads a
// synthetic archive (by default 100,000 statements of 5 to 40 signatories each, drawn from
// 20,000 organisations, the popular ones far more often, each written in the variants real
// lists use: case, Centre/Center, quotes, legal forms, trailing country, bare acronyms) and
// prints the process's resident memory before and after, the registry's own estimate, and the
// time of loading and of the co-signer queries. A benchmark, not a test: it asserts nothing.
//
//   civic-bench-registry [STATEMENTS] [ORGANISATIONS]
#include <civic/civic.hpp>

#include <fmt/core.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

// Resident set size and its peak, in bytes, from /proc/self/status (Linux); 0 elsewhere.
struct memory_use {
    std::size_t resident = 0;
    std::size_t peak = 0;
};

memory_use current_memory() {
    memory_use m;
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        auto kb = [&](char const* field) { return std::strtoull(line.c_str() + std::char_traits<char>::length(field), nullptr, 10) * 1024; };
        if (line.rfind("VmRSS:", 0) == 0) m.resident = kb("VmRSS:");
        if (line.rfind("VmHWM:", 0) == 0) m.peak = kb("VmHWM:");
    }
    return m;
}

double mib(std::size_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

struct organisation {
    std::string name;     // "Centre for Civic Rights in Ashford 17"
    std::string acronym;  // "CCRA17"
    std::string country;  // "UA"
};

constexpr char const* kinds[] = {"Centre", "Foundation", "Committee", "Network", "Association", "Initiative", "Watch", "Union"};
constexpr char const* subjects[] = {"Civic Rights", "Press Freedom", "Legal Aid", "Human Rights", "Fair Trials",
                                    "Minority Rights", "Digital Rights", "Election Monitoring"};
constexpr char const* places[] = {"Ashford", "Birchvale", "Coldwater", "Dunmore", "Eastbrook", "Fairhaven",
                                  "Glenrock", "Hollowmere", "Ironbridge", "Juniper"};
constexpr char const* countries[] = {"UA", "GE", "AM", "KZ", "KG", "MD", "PL", "DE", "FR", "RO"};

std::vector<organisation> make_organisations(std::size_t n) {
    std::vector<organisation> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto const* kind = kinds[i % 8];
        auto const* subject = subjects[(i / 8) % 8];
        auto const* place = places[(i / 64) % 10];
        std::string number = std::to_string(i / 640);
        organisation o;
        o.name = fmt::format("{} for {} in {} {}", kind, subject, place, number);
        // Two letters of the kind keep acronyms apart ("Ce", "Co"): a shared acronym names no one.
        o.acronym = fmt::format("{}{}{}{}{}{}", kind[0], static_cast<char>(kind[1] - 32), subject[0],
                                subject[std::string_view(subject).find(' ') + 1], place[0], number);
        o.country = countries[i % 10];
        out.push_back(std::move(o));
    }
    return out;
}

// One of the ways a list writes `o`.
civic::signatory written(organisation const& o, std::mt19937& rng) {
    civic::signatory s;
    switch (rng() % 8) {
        case 0: s.name = o.name; break;
        case 1: s.name = o.name, s.acronym = o.acronym; break;
        case 2: {  // in capitals
            s.name = o.name;
            for (auto& c : s.name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
            break;
        }
        case 3: {  // American spelling
            s.name = o.name;
            if (auto p = s.name.find("Centre"); p != std::string::npos) s.name.replace(p, 6, "Center");
            break;
        }
        case 4: s.name = "\xE2\x80\x9C" + o.name + "\xE2\x80\x9D NGO"; break;  // “…” NGO
        case 5: s.name = o.name + " e.V."; break;
        case 6: s.name = o.acronym; break;  // a bare acronym
        default: s.name = o.name + " (" + o.acronym + ")"; break;
    }
    s.country_code = o.country;
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t const statements = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    std::size_t const organisations = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20000;
    auto const orgs = make_organisations(organisations);
    std::mt19937 rng(2024);
    // Popularity falls off as in real archives: a few networks sign almost everything.
    std::vector<double> weights(organisations);
    for (std::size_t i = 0; i < organisations; ++i) weights[i] = 1.0 / static_cast<double>(i + 1);
    std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
    std::uniform_int_distribution<std::size_t> list_length(5, 40);

    auto const before = current_memory();
    civic::registry r;
    std::size_t signatures = 0;
    auto const t0 = std::chrono::steady_clock::now();
    for (std::size_t k = 0; k < statements; ++k) {
        civic::statement st;
        std::size_t const n = list_length(rng);
        std::size_t at = 0;
        for (std::size_t j = 0; j < n; ++j) {
            auto s = written(orgs[pick(rng)], rng);
            s.span.begin = at;
            s.span.end = at + s.name.size();
            s.span.start.line = s.span.stop.line = static_cast<std::uint32_t>(20 + j);
            at = s.span.end + 1;
            st.signatories.push_back(std::move(s));
        }
        signatures += n;
        r.add(st, fmt::format("archive/{:06}.txt", k));
    }
    auto const t1 = std::chrono::steady_clock::now();
    auto const after = current_memory();

    auto const top = r.find(orgs[0].name);
    std::size_t co = 0;
    auto const t2 = std::chrono::steady_clock::now();
    if (top) co = r.co_signers(*top).size();
    auto const t3 = std::chrono::steady_clock::now();
    auto const pairs = r.top_pairs(10);
    auto const t4 = std::chrono::steady_clock::now();

    auto seconds = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    fmt::print("statements            {}\n", r.statement_count());
    fmt::print("signatures            {}\n", signatures);
    fmt::print("organisations         {} (of {} written in 8 ways)\n", r.organisation_count(), organisations);
    fmt::print("load                  {:.2f} s ({:.2f} us per signature)\n", seconds(t0, t1),
               1e6 * seconds(t0, t1) / static_cast<double>(signatures ? signatures : 1));
    fmt::print("resident memory       {:.1f} MiB before, {:.1f} MiB after (+{:.1f} MiB), peak {:.1f} MiB\n",
               mib(before.resident), mib(after.resident), mib(after.resident - before.resident), mib(after.peak));
    fmt::print("registry estimate     {:.1f} MiB ({:.1f} bytes per signature)\n", mib(r.memory_bytes()),
               static_cast<double>(r.memory_bytes()) / static_cast<double>(signatures ? signatures : 1));
    if (top)
        fmt::print("co_signers(top)       {} organisations in {:.3f} s ({}: {} statements)\n", co, seconds(t2, t3),
                   r.name(*top), r.statements_signed(*top));
    fmt::print("top_pairs(10)         {:.2f} s\n", seconds(t3, t4));
    for (auto const& p : pairs) fmt::print("  {:6}  {}  +  {}\n", p.statements, r.name(p.first), r.name(p.second));
    return 0;
}
