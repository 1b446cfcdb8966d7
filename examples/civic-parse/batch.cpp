// civic-parse's batch mode (see batch.hpp): an ordered, bounded pipeline of statements.
#include "batch.hpp"

#include <civic/civic.hpp>

#include <boost/json.hpp>
#include <fmt/core.h>

#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace civic_parse {
namespace {

// How the inputs are grouped into units of work for the threads: a unit is up to `inputs`
// inputs or `bytes` of them (by the caller's measure), whichever comes first. A statement
// takes some tens of microseconds to parse; handing threads one at a time cost more in
// locking and waking than the parse itself.
struct chunking {
    std::size_t inputs = 1;
    std::size_t bytes = 0;  // 0: no limit by size
};
constexpr chunking units{32, 256 * 1024};

// Runs work() over the inputs next() gives, on `jobs` threads, and hands the outputs to
// emit() in the order of the inputs. The calling thread reads and writes; at most `window`
// units of work are between being read and being written, so memory stays flat however
// long the stream is. One thread: no threads at all.
template <class In, class Out>
void run_ordered(unsigned jobs, std::size_t window, chunking chunk, std::function<bool(In&)> const& next,
                 std::function<Out(In&)> const& work, std::function<void(Out&)> const& emit,
                 std::function<std::size_t(In const&)> const& size_of = {}) {
    if (jobs <= 1) {
        In in;
        while (next(in)) {
            Out out = work(in);
            emit(out);
        }
        return;
    }
    using unit = std::vector<In>;
    using results = std::vector<Out>;
    std::mutex m;
    std::condition_variable work_ready, result_ready;
    std::deque<std::pair<std::size_t, unit>> queue;
    std::vector<std::optional<results>> slots(window);  // the results of unit s are in slots[s % window]
    std::size_t submitted = 0, written = 0;
    bool closed = false;

    std::vector<std::thread> workers;
    for (unsigned j = 0; j < jobs; ++j)
        workers.emplace_back([&] {
            std::unique_lock<std::mutex> lock(m);
            for (;;) {
                work_ready.wait(lock, [&] { return closed || !queue.empty(); });
                if (queue.empty()) return;
                auto item = std::move(queue.front());
                queue.pop_front();
                lock.unlock();
                results out;
                out.reserve(item.second.size());
                for (auto& in : item.second) {
                    out.push_back(work(in));
                    in = In{};  // the input's memory goes back before the next one is read
                }
                item.second = unit{};
                lock.lock();
                slots[item.first % window] = std::move(out);
                if (item.first == written) result_ready.notify_one();
            }
        });

    // Writes the results that are next in order, outside the lock.
    auto flush = [&](std::unique_lock<std::mutex>& lock) {
        while (slots[written % window]) {
            results out = std::move(*slots[written % window]);
            slots[written % window].reset();
            ++written;
            lock.unlock();
            for (auto& o : out) emit(o);
            lock.lock();
        }
    };
    auto submit = [&](unit& u) {
        std::unique_lock<std::mutex> lock(m);
        flush(lock);
        while (submitted - written >= window) {
            result_ready.wait(lock, [&] { return slots[written % window].has_value(); });
            flush(lock);
        }
        queue.emplace_back(submitted++, std::move(u));
        u = unit{};
        work_ready.notify_one();
    };
    unit pending;
    std::size_t pending_bytes = 0;
    In in;
    while (next(in)) {
        if (chunk.bytes && size_of) pending_bytes += size_of(in);
        pending.push_back(std::move(in));
        in = In{};
        if (pending.size() >= chunk.inputs || (chunk.bytes && pending_bytes >= chunk.bytes)) {
            submit(pending);
            pending_bytes = 0;
        }
    }
    if (!pending.empty()) submit(pending);
    {
        std::unique_lock<std::mutex> lock(m);
        closed = true;
        work_ready.notify_all();
        while (written < submitted) {
            result_ready.wait(lock, [&] { return slots[written % window].has_value(); });
            flush(lock);
        }
    }
    for (auto& t : workers) t.join();
}

unsigned threads_for(batch_settings const& s) {
    if (s.jobs) return s.jobs;
    auto const n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

std::size_t window_for(batch_settings const& s, unsigned jobs) { return s.window ? s.window : std::size_t{4} * jobs; }

bool has_errors(civic::parse_result const& r) { return !r.ok(); }

void append(std::string& out, std::string_view text) { out += text; }
void append(std::ostream& out, std::string_view text) { out << text; }

// {"<key>":<value>,"statement":{…},"diagnostics":[…]}, the line of a parsed statement, into
// a string or a stream. The statement's JSON comes from civic::write_json, never built as
// one boost::json value beside the parse result; Boost.JSON writes the key and value in front.
template <class Out>
void write_statement_line(Out& out, boost::json::string_view key, boost::json::value const& value,
                          civic::parse_result const& r) {
    append(out, "{");
    append(out, boost::json::serialize(key));
    append(out, ":");
    append(out, boost::json::serialize(value));
    append(out, ",\"statement\":");
    civic::write_json(out, r.statement);
    append(out, ",\"diagnostics\":");
    civic::write_json(out, r.diagnostics);
    append(out, "}");
}

std::string statement_line(boost::json::string_view key, boost::json::value const& value, civic::parse_result const& r) {
    std::string line;
    write_statement_line(line, key, value, r);
    return line;
}

// On one thread a statement's line goes to standard output as it is made (a long statement's
// JSON is many times its size); several threads make their lines in parallel and the lines
// wait for their turn as text.
void print_statement_line(boost::json::string_view key, boost::json::value const& value, civic::parse_result const& r) {
    write_statement_line(std::cout, key, value, r);  // std::cout writes through to stdout, in order with write_line
    std::cout << '\n';
}

void write_line(std::string const& line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
}

// --- files ------------------------------------------------------------------------------

// The size of a file, 0 when it cannot be told (parse_file reports the file then).
std::size_t file_size_or_zero(std::string const& path) {
    std::error_code ec;
    auto const size = std::filesystem::file_size(path, ec);
    return ec ? std::size_t{0} : static_cast<std::size_t>(size);
}

// A file whose JSON line should not wait as text in the ordering window (4 MiB of input
// makes tens of megabytes of JSON).
bool long_input(std::string const& path) { return file_size_or_zero(path) > 4 * 1024 * 1024; }

struct file_result {
    std::string const* path = nullptr;
    civic::parse_result result;  // kept only for a JSON line printed as it is made
    std::string unreadable;      // the io.read message, when the file could not be read
    std::string text;            // what is printed: the JSON line, or the rendered statement
    bool errors = false;         // an error diagnostic: the input broke a limit or could not be decoded
    bool print_as_made = false;  // one thread: emit() prints the JSON line from `result`
};

}  // namespace

int parse_files(std::vector<std::string> const& files, bool json, renderer const& render,
                batch_settings const& settings) {
    auto const jobs = threads_for(settings);
    std::size_t next_file = 0;
    int rc = 0;
    std::function<bool(std::string const*&)> next = [&](std::string const*& path) {
        if (next_file == files.size()) return false;
        path = &files[next_file++];
        return true;
    };
    std::function<file_result(std::string const*&)> work = [&](std::string const*& path) {
        file_result r;
        r.path = path;
        r.result = civic::parse_file(*path, settings.options);
        for (auto const& d : r.result.diagnostics)
            if (d.code == "io.read") r.unreadable = d.message;
        r.errors = has_errors(r.result);
        if (json && !r.unreadable.empty()) {
            r.text = boost::json::serialize(boost::json::object{{"file", *path}, {"error", r.unreadable}});
        } else if (json && (jobs <= 1 || long_input(*path))) {
            // The JSON of a long file is many times its size: it is written as it is made, by
            // the writing thread, rather than held as text while it waits for its turn.
            r.print_as_made = true;
            return r;
        } else if (json) {
            r.text = statement_line("file", boost::json::value(*path), r.result);
        } else if (r.unreadable.empty()) {
            r.text = render(r.result, *path);
        }
        r.result = {};  // only the text waits for its turn to be written
        return r;
    };
    std::function<void(file_result&)> emit = [&](file_result& r) {
        if (!r.unreadable.empty()) {
            fmt::print(stderr, "civic-parse: {}\n", r.unreadable);
            rc = 3;
        } else if (r.errors && rc == 0) {
            rc = 1;
        }
        if (r.print_as_made) {
            print_statement_line("file", boost::json::value(*r.path), r.result);
        } else if (json) {
            write_line(r.text);
        } else if (r.unreadable.empty()) {
            fmt::print("==> {} <==\n", *r.path);
            write_line(r.text);
        }
    };
    // Files go to the threads by the few dozen, or by the quarter megabyte: a long file is a
    // unit of its own. Handed over one at a time, 20,000 short files took twice as long on two
    // threads as on one, in locking and waking.
    std::function<std::size_t(std::string const* const&)> size_of = [](std::string const* const& path) {
        return file_size_or_zero(*path);
    };
    run_ordered<std::string const*, file_result>(jobs, window_for(settings, jobs), units, next, work, emit, size_of);
    std::fflush(stdout);
    return rc;
}

// --- NDJSON -----------------------------------------------------------------------------

namespace {

// The lines of a stream, read a block at a time. std::getline on std::cin, which is kept in
// step with C's stdin, takes a character at a time through getc and ungetc, each of them
// locking the stream once the program has threads: with --jobs 2 that reading took two fifths
// of the program's time and made it slower than one thread.
class line_reader {
public:
    explicit line_reader(std::istream& in) : in_(in) {}

    // The next line without its '\n' (the last one may have none); false at the end.
    bool next(std::string& line) {
        for (;;) {
            if (auto const* nl = static_cast<char const*>(
                    std::memchr(buffer_.data() + scanned_, '\n', buffer_.size() - scanned_))) {
                auto const end = static_cast<std::size_t>(nl - buffer_.data());
                line.assign(buffer_, start_, end - start_);
                start_ = scanned_ = end + 1;
                return true;
            }
            scanned_ = buffer_.size();  // a long line is not searched again from its start
            if (at_end_) {
                if (start_ == buffer_.size()) return false;
                line.assign(buffer_, start_, std::string::npos);
                start_ = scanned_ = buffer_.size();
                return true;
            }
            fill();
        }
    }

private:
    void fill() {
        constexpr std::size_t block = 64 * 1024;
        buffer_.erase(0, start_);  // what was read of the line so far moves to the front
        scanned_ -= start_;
        start_ = 0;
        auto const kept = buffer_.size();
        buffer_.resize(kept + block);
        in_.read(buffer_.data() + kept, static_cast<std::streamsize>(block));
        auto const got = static_cast<std::size_t>(in_.gcount());
        buffer_.resize(kept + got);
        if (got == 0) at_end_ = true;
    }

    std::istream& in_;
    std::string buffer_;
    std::size_t start_ = 0;    // where the next line starts in buffer_
    std::size_t scanned_ = 0;  // buffer_[start_, scanned_) holds no '\n'
    bool at_end_ = false;
};

struct ndjson_input {
    std::size_t line_number = 0;
    std::string line;
};

struct ndjson_output {
    std::string line;
    bool failed = false;  // a bad line, or a statement with errors
    // One thread: the statement whose line emit() prints as it is made, instead of `line`.
    std::optional<civic::parse_result> result;
    boost::json::value id;
};

ndjson_output error_line(boost::json::value const& id, std::size_t line_number, std::string const& message) {
    boost::json::object o;
    o["id"] = id;
    o["line"] = line_number;
    o["error"] = message;
    return {boost::json::serialize(o), true, std::nullopt, nullptr};
}

// The result line of one input line; with `print_as_made`, the parsed statement for emit()
// to print rather than its line.
ndjson_output parse_ndjson_line(ndjson_input& in, civic::options const& options, bool print_as_made) {
    boost::system::error_code ec;
    auto v = boost::json::parse(in.line, ec);
    in.line = std::string();
    if (ec) return error_line(nullptr, in.line_number, "not JSON: " + ec.message());
    auto const* obj = v.if_object();
    if (!obj) return error_line(nullptr, in.line_number, "not a JSON object");
    boost::json::value id = nullptr;
    if (auto const* i = obj->if_contains("id")) id = *i;
    auto const* text = obj->if_contains("text");
    if (!text || !text->is_string()) return error_line(id, in.line_number, "no \"text\" string");
    auto const* language = obj->if_contains("language");
    if (language && !language->is_string() && !language->is_null())
        return error_line(id, in.line_number, "\"language\" is not a string");
    // The line's own language, over --language: the settings copied only for a line that has one.
    civic::options line_options;
    auto const* read_as = &options;
    if (language && language->is_string()) {
        line_options = options;
        line_options.language = std::string(language->get_string());
        read_as = &line_options;
    }
    auto result = civic::parse(std::string_view(text->get_string()), *read_as);
    bool const failed = has_errors(result);
    if (print_as_made) return {std::string(), failed, std::move(result), std::move(id)};
    return {statement_line("id", id, result), failed, std::nullopt, nullptr};
}

}  // namespace

int parse_ndjson(std::istream& in, batch_settings const& settings) {
    auto const jobs = threads_for(settings);
    std::size_t line_number = 0;
    bool failed = false;
    line_reader lines(in);
    std::function<bool(ndjson_input&)> next = [&](ndjson_input& item) {
        std::string line;
        while (lines.next(line)) {
            ++line_number;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // a blank line
            item.line_number = line_number;
            item.line = std::move(line);
            return true;
        }
        return false;
    };
    std::function<ndjson_output(ndjson_input&)> work = [&](ndjson_input& item) {
        return parse_ndjson_line(item, settings.options, jobs <= 1);
    };
    std::function<void(ndjson_output&)> emit = [&](ndjson_output& out) {
        failed = failed || out.failed;
        if (out.result)
            print_statement_line("id", out.id, *out.result);
        else
            write_line(out.line);
    };
    // Lines go to the threads by the few dozen, or by the quarter megabyte when they are long.
    std::function<std::size_t(ndjson_input const&)> size_of = [](ndjson_input const& i) { return i.line.size(); };
    run_ordered<ndjson_input, ndjson_output>(jobs, window_for(settings, jobs), units, next, work, emit, size_of);
    std::fflush(stdout);
    return failed ? 1 : 0;
}

bool read_jobs(std::string const& value, unsigned& jobs) {
    if (value.empty() || value.size() > 4 || value.find_first_not_of("0123456789") != std::string::npos) return false;
    jobs = static_cast<unsigned>(std::stoul(value));
    return true;
}

}  // namespace civic_parse
