// civic-bench: the cost of each stage of the pipeline, with Google Benchmark.
//
//   civic-bench [--benchmark_filter=REGEX] [--benchmark_repetitions=N] …
//
// Two inputs:
//   sample  the statement bundled with the examples (examples/data/sample-statement.txt);
//   corpus  a synthetic corpus of statements: every fixture under tests/fixtures is one
//           statement, and the set is repeated until it holds CIVIC_BENCH_CORPUS_MB
//           megabytes (32 by default). Each statement is parsed on its own, as a batch would.
//           CIVIC_BENCH_CORPUS_DIR names another folder of statements to repeat (real ones:
//           every file under it but the .json annotations).
// Every benchmark counts the bytes of the input statements it covered (bytes_per_second:
// MB/s of input, whatever the stage reads) and the statements (items_per_second), in CPU
// time of the one thread (steadier than wall time on a busy machine), so that
// the stages add up to the whole parse. The stages are fed what the stage before them
// produced, prepared outside the timed loop.
#include <civic/civic.hpp>
#include <civic/grammar/signatory.hpp>
#include <civic/layout/segment.hpp>
#include <civic/recognise/calls.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/line_index.hpp>
#include <civic/text/utf8.hpp>

#include "inputs.hpp"

#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

namespace {

using namespace civic_bench;

// What each stage needs, computed once per statement outside the timed loops.
struct prepared {
    std::string const* input;
    std::unique_ptr<civic::line_index> lines;
    // Behind a pointer, as the lines: the blocks' texts view its characters, which must not
    // move with the prepared statement (a short string's would).
    std::unique_ptr<civic::cleaned_text> cleaned;
    civic::layout::segmentation segmented;
    civic::recognise::folded_texts folded;
    std::vector<std::size_t> signatory_blocks;  // blocks the signatory grammar says are entries
    civic::parse_result result;
};

std::vector<prepared> const& prepare(input_set const& in) {
    static std::vector<prepared> sample_prepared, corpus_prepared;
    auto& out = &in == &sample() ? sample_prepared : corpus_prepared;
    if (!out.empty()) return out;
    // The corpus repeats its fixtures: prepare each distinct text once and share it.
    std::vector<prepared> distinct;
    for (std::size_t i = 0; i < in.distinct; ++i) {
        auto const& t = in.texts[i];
        prepared p;
        p.input = &t;
        p.lines = std::make_unique<civic::line_index>(t);
        civic::diagnostics diags;
        p.cleaned = std::make_unique<civic::cleaned_text>(civic::text::clean_up(t, diags));
        p.segmented = civic::layout::segment(*p.cleaned);
        p.folded = civic::recognise::folded_texts(p.segmented.blocks);  // as the document reader folds them
        for (std::size_t i = 0; i < p.segmented.blocks.size(); ++i) {
            auto const& b = p.segmented.blocks[i];
            auto raw = std::string_view(p.cleaned->text).substr(b.content_begin, b.end - b.content_begin);
            if (!b.text.empty() && civic::recognise::signatory_likelihood(b, raw) != civic::recognise::entry_likelihood::none)
                p.signatory_blocks.push_back(i);
        }
        p.result = civic::parse(t);
        distinct.push_back(std::move(p));
    }
    for (std::size_t i = 0; i < in.texts.size(); ++i) {
        auto const& d = distinct[i % distinct.size()];
        prepared p;
        p.input = &in.texts[i];
        p.lines = std::make_unique<civic::line_index>(*p.input);
        p.cleaned = std::make_unique<civic::cleaned_text>(*d.cleaned);
        p.segmented = civic::layout::segment(*p.cleaned);  // its texts view its own copy of the characters
        p.folded = d.folded;
        p.signatory_blocks = d.signatory_blocks;
        p.result = d.result;
        out.push_back(std::move(p));
    }
    return out;
}

void BM_cleanup(benchmark::State& state) {
    auto const& in = input_of(state);
    for (auto _ : state)
        for (auto const& t : in.texts) {
            civic::diagnostics diags;
            benchmark::DoNotOptimize(civic::text::clean_up(t, diags));
        }
    count(state, in);
}

void BM_segment(benchmark::State& state) {
    auto const& in = input_of(state);
    auto const& ps = prepare(in);
    for (auto _ : state)
        for (auto const& p : ps) benchmark::DoNotOptimize(civic::layout::segment(*p.cleaned));
    count(state, in);
}

// The signatory grammar and reader over the blocks that are entries of a list: how likely
// each is to be one, then its signatories, as the list finder does.
void BM_signatory_lines(benchmark::State& state) {
    auto const& in = input_of(state);
    auto const& ps = prepare(in);
    for (auto _ : state)
        for (auto const& p : ps) {
            civic::recognise::span_maker spans{*p.cleaned, *p.lines};
            for (auto i : p.signatory_blocks) {
                auto const& b = p.segmented.blocks[i];
                auto raw = std::string_view(p.cleaned->text).substr(b.content_begin, b.end - b.content_begin);
                benchmark::DoNotOptimize(civic::recognise::signatory_likelihood(b, raw));
                benchmark::DoNotOptimize(civic::recognise::read_signatories(raw, b.content_begin, spans));
            }
        }
    count(state, in);
}

// The Spirit X3 signatory-line grammar alone, over the same blocks.
void BM_signatory_grammar(benchmark::State& state) {
    auto const& in = input_of(state);
    auto const& ps = prepare(in);
    for (auto _ : state)
        for (auto const& p : ps)
            for (auto i : p.signatory_blocks) benchmark::DoNotOptimize(civic::grammar::parse_signatory_line(p.segmented.blocks[i].text));
    count(state, in);
}

void BM_calls(benchmark::State& state) {
    auto const& in = input_of(state);
    auto const& ps = prepare(in);
    std::vector<civic::block_role> roles;
    for (auto _ : state)
        for (auto const& p : ps) {
            roles.assign(p.segmented.blocks.size(), civic::block_role::paragraph);
            civic::recognise::call_scan scan{p.segmented.blocks, p.folded, roles, 0, p.segmented.blocks.size(), *p.cleaned,
                                             civic::recognise::span_maker{*p.cleaned, *p.lines}};
            benchmark::DoNotOptimize(civic::recognise::recognise_calls(scan));
        }
    count(state, in);
}

void BM_parse(benchmark::State& state) {
    auto const& in = input_of(state);
    for (auto _ : state)
        for (auto const& t : in.texts) benchmark::DoNotOptimize(civic::parse(t));
    count(state, in);
}

// The whole parse of a caller that knows each statement's language (options::language): here
// the language detection found, so that the statements are read as BM_parse reads them.
void BM_parse_language_given(benchmark::State& state) {
    auto const& in = input_of(state);
    auto const& ps = prepare(in);
    std::vector<civic::options> given(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) given[i].language = ps[i].result.statement.language;
    for (auto _ : state)
        for (std::size_t i = 0; i < ps.size(); ++i) benchmark::DoNotOptimize(civic::parse(*ps[i].input, given[i]));
    count(state, in);
}

void BM_json(benchmark::State& state) {
    auto const& in = input_of(state);
    auto const& ps = prepare(in);
    for (auto _ : state)
        for (auto const& p : ps) benchmark::DoNotOptimize(boost::json::serialize(civic::to_json(p.result)));
    count(state, in);
}

// The same text written an element at a time (what civic-parse --json does).
void BM_json_stream(benchmark::State& state) {
    auto const& in = input_of(state);
    auto const& ps = prepare(in);
    for (auto _ : state)
        for (auto const& p : ps) {
            std::string out;
            civic::write_json(out, p.result);
            benchmark::DoNotOptimize(out.data());
        }
    count(state, in);
}

// Arg 0: the sample; arg 1: the corpus, a few seconds per pass, so a few passes are enough.
#define CIVIC_STAGE(fn) BENCHMARK(fn)->Arg(0)->Unit(benchmark::kMicrosecond); \
    BENCHMARK(fn)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2)

CIVIC_STAGE(BM_cleanup);
CIVIC_STAGE(BM_segment);
CIVIC_STAGE(BM_signatory_lines);
CIVIC_STAGE(BM_signatory_grammar);
CIVIC_STAGE(BM_calls);
CIVIC_STAGE(BM_parse);
CIVIC_STAGE(BM_parse_language_given);
CIVIC_STAGE(BM_json);
CIVIC_STAGE(BM_json_stream);

}  // namespace

BENCHMARK_MAIN();
