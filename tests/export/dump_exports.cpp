// Writes every export of every fixture and corpus case into a directory, for the checks
// that need outside tools (tests/export/validate_exports.py: xmllint against the Akoma
// Ntoso schema, jsonschema against docs/statement.schema.json and Popolo's schemas,
// Python's csv module against the fields the model holds).
//
//   civic-export-dump OUT_DIR FIXTURES_DIR [CORPUS_DIR]
//
// For an input NAME it writes NAME.akn.xml, NAME.json, NAME.popolo.json,
// NAME.signatories.csv, NAME.calls.csv, and NAME.expected.json: the CSV rows as the model
// gives them, for the CSV check to compare with what it reads back. Besides the inputs it
// writes "awkward", a statement built by hand with text that is hard to export.
#include <civic/civic.hpp>

#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool write(fs::path const& p, std::string const& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
    return bool(out);
}

std::string field(std::optional<std::string> const& o) { return o.value_or(""); }

// The calls' last column: every addressee of a call apart by "; ", or its one addressee where
// it lists none (a call built by hand).
std::string addressees_field(civic::call const& c) {
    std::string out;
    for (auto const& a : c.addressees) out += (out.empty() ? "" : "; ") + a;
    return out.empty() ? field(c.addressee) : out;
}

json::value expected_rows(civic::statement const& s, std::string const& id) {
    json::array sigs, calls;
    for (std::size_t i = 0; i < s.signatories.size(); ++i) {
        auto const& g = s.signatories[i];
        sigs.push_back(json::array{id, std::to_string(i + 1), g.name, field(g.acronym), field(g.country),
                                   field(g.country_code), civic::to_string(g.type), field(g.role), field(g.place),
                                   field(g.link)});
    }
    for (std::size_t gi = 0; gi < s.call_groups.size(); ++gi)
        for (std::size_t i = 0; i < s.call_groups[gi].calls.size(); ++i) {
            auto const& c = s.call_groups[gi].calls[i];
            calls.push_back(json::array{id, std::to_string(gi + 1), field(c.addressee), std::to_string(i + 1), c.text,
                                        addressees_field(c)});
        }
    return {{"signatories", std::move(sigs)}, {"calls", std::move(calls)}};
}

// A statement no parse produces, with what the exports must survive: markup and quote
// characters, control characters XML cannot hold, CR LF inside a call, a person with a
// role, a country without a code, a month-only date, an impossible day.
civic::parse_result awkward() {
    using namespace std::string_literals;
    civic::parse_result r;
    auto& s = r.statement;
    s.title = civic::text_block{"Tom & Jerry <on> \"rights\" & 'wrongs' | *bold* ]]> #1", {}};
    s.kind = civic::statement_kind::open_letter;
    s.date = civic::statement_date{2023, 2, 30, {}};
    s.coalition = civic::coalition{"Network \"A,B\"", "N&B"s, {}};
    s.subject_countries = {"GE", "??"};
    s.opening = civic::text_block{"We, the undersigned,\x01 call\x0b for \xEF\xBF\xBE and \x7f.", {}};
    s.paragraphs = {civic::text_block{"- not a list\n# not a heading\ttab", {}}};
    civic::call_group g;
    g.addressees = {"the authorities"};
    g.calls = {civic::call{"Release \"them\", now;", "the authorities"s, {}, {"the authorities"}}, civic::call{"Stop\r\nit", std::nullopt, {}, {}}};
    s.call_groups = {g, civic::call_group{civic::text_block{"An introduction without calls:", {}}, {}, {}, {}}};
    s.signatories = {
        civic::signatory{"Org, with comma", "OWC"s, "Georgia"s, "GE"s, std::nullopt, civic::signatory_type::organisation, {}, std::nullopt,
                         "https://owc.example/?a=1&b=\"2\""s},
        civic::signatory{"Nino Kavtaradze", std::nullopt, "Atlantis"s, std::nullopt, "Journalist & <editor>"s,
                         civic::signatory_type::person, {}, std::nullopt, "nino@kavtaradze.example"s},
        civic::signatory{" =SUM(A1) ", std::nullopt, std::nullopt, "gb"s, std::nullopt, civic::signatory_type::organisation, {}, std::nullopt,
                         std::nullopt}};
    r.diagnostics = {civic::diagnostic{civic::severity::warning, "test.awkward", "built by hand", {}}};
    return r;
}

bool dump(fs::path const& out, std::string const& name, civic::parse_result const& r) {
    auto const base = out / name;
    bool ok = write(base.string() + ".akn.xml", civic::to_akoma_ntoso(r.statement));
    ok = write(base.string() + ".json", json::serialize(civic::to_json(r))) && ok;
    ok = write(base.string() + ".popolo.json", json::serialize(civic::to_popolo(r.statement, name))) && ok;
    ok = write(base.string() + ".signatories.csv", civic::signatories_csv(r.statement, name)) && ok;
    ok = write(base.string() + ".calls.csv", civic::calls_csv(r.statement, name)) && ok;
    ok = write(base.string() + ".expected.json", json::serialize(expected_rows(r.statement, name))) && ok;
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: civic-export-dump OUT_DIR FIXTURES_DIR [CORPUS_DIR]\n");
        return 2;
    }
    fs::path const out = argv[1];
    fs::path const fixtures = argv[2];
    fs::remove_all(out);
    fs::create_directories(out);
    int count = 1;
    bool ok = dump(out, "awkward", awkward());
    for (auto const& e : fs::recursive_directory_iterator(fixtures)) {
        if (!e.is_regular_file()) continue;
        auto name = "fixture-" + fs::relative(e.path(), fixtures).generic_string();
        for (auto& c : name)
            if (c == '/' || c == '.') c = '-';
        ok = dump(out, name, civic::parse(read(e.path()))) && ok;
        ++count;
    }
    std::error_code ec;
    if (argc > 3 && fs::is_directory(argv[3], ec)) {
        for (auto const& e : fs::directory_iterator(argv[3]))
            if (fs::is_regular_file(e.path() / "statement.txt")) {
                ok = dump(out, "corpus-" + e.path().filename().string(), civic::parse(read(e.path() / "statement.txt"))) && ok;
                ++count;
            }
    } else {
        std::cout << "no corpus: fixtures only\n";
    }
    std::cout << "wrote the exports of " << count << " inputs to " << out << "\n";
    return ok ? 0 : 1;
}
