// Definitions for <civic/export/json.hpp>.
#pragma once
#include <civic/export/json.hpp>

#include <charconv>
#include <cstdio>
#include <initializer_list>
#include <ostream>
#include <type_traits>

CIVIC_NAMESPACE_BEGIN

namespace json_detail {
template <class T>
boost::json::value optional_value(std::optional<T> const& o) {
    if (!o) return nullptr;
    return boost::json::value_from(*o);
}
}  // namespace json_detail

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_position const& p) {
    v = {{"line", p.line}, {"column", p.column}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_span const& s) {
    v = {{"begin", s.begin}, {"end", s.end}, {"start", boost::json::value_from(s.start)},
         {"stop", boost::json::value_from(s.stop)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, text_block const& b) {
    v = {{"text", b.text}, {"span", boost::json::value_from(b.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, signatory const& s) {
    v = {{"name", s.name},
         {"acronym", json_detail::optional_value(s.acronym)},
         {"country", json_detail::optional_value(s.country)},
         {"country_code", json_detail::optional_value(s.country_code)},
         {"type", to_string(s.type)},
         {"role", json_detail::optional_value(s.role)},
         {"span", boost::json::value_from(s.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call const& c) {
    v = {{"text", c.text}, {"addressee", json_detail::optional_value(c.addressee)}, {"span", boost::json::value_from(c.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call_group const& g) {
    v = {{"introduction", json_detail::optional_value(g.introduction)},
         {"addressees", boost::json::value_from(g.addressees)},
         {"calls", boost::json::value_from(g.calls)},
         {"span", boost::json::value_from(g.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, coalition const& c) {
    v = {{"name", c.name}, {"acronym", json_detail::optional_value(c.acronym)}, {"span", boost::json::value_from(c.span)}};
}

CIVIC_FUNC std::string to_iso_string(statement_date const& d) {
    char buf[48];
    if (d.day > 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    return buf;
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement_date const& d) {
    v = boost::json::value(to_iso_string(d));
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, outline_entry const& e) {
    v = {{"role", to_string(e.role)}, {"span", boost::json::value_from(e.span)}};
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, diagnostic const& d) {
    v = {{"severity", to_string(d.level)}, {"code", d.code}, {"message", d.message}, {"span", boost::json::value_from(d.span)}};
}

namespace json_detail {

// Calls element(x) for every x of `list`, in order.
template <class List>
auto each_of(List const& list) {
    return [&list](auto&& element) {
        for (auto const& x : list) element(x);
    };
}

// The fields of a statement's JSON object in the order they are written, each handed to
// `fields`: fields.value(key, v) for a field written whole, fields.array(key, each) for a
// list of elements, where each(element) calls element(x) for every one of them. to_json()
// builds its object from them and write_json() writes them as they come, so the two cannot
// drift apart.
template <class Fields>
void statement_fields(statement const& s, Fields& fields) {
    fields.value("title", s.title ? boost::json::value(s.title->text) : boost::json::value(nullptr));
    fields.value("title_span", s.title ? boost::json::value_from(s.title->span) : boost::json::value(nullptr));
    fields.value("publisher", optional_value(s.publisher));
    fields.value("kind", boost::json::value(to_string(s.kind)));
    fields.value("language", s.language.empty() ? boost::json::value(nullptr) : boost::json::value(s.language));
    fields.value("date", s.date ? boost::json::value_from(*s.date) : boost::json::value(nullptr));
    fields.value("date_span", s.date ? boost::json::value_from(s.date->span) : boost::json::value(nullptr));
    fields.value("coalition", optional_value(s.coalition));
    fields.value("subject_countries", boost::json::value_from(s.subject_countries));
    fields.value("opening", optional_value(s.opening));
    fields.value("addressees", boost::json::value_from(s.addressees()));
    // Every call of every group, flattened for readers that do not care about the groups.
    fields.array("calls", [&s](auto&& element) {
        for (auto const& g : s.call_groups)
            for (auto const& c : g.calls) element(c);
    });
    fields.array("call_groups", each_of(s.call_groups));
    fields.array("signatories", each_of(s.signatories));
    fields.array("paragraphs", each_of(s.paragraphs));
    fields.array("header", each_of(s.header));
    fields.array("footer", each_of(s.footer));
    fields.array("unrecognised", each_of(s.unrecognised));
    fields.array("outline", each_of(s.outline));
}

// statement_fields() into a boost::json::object.
class object_fields {
public:
    explicit object_fields(boost::json::object& o) : o_(o) {}

    void value(boost::json::string_view key, boost::json::value v) { o_.emplace(key, std::move(v)); }

    template <class Each>
    void array(boost::json::string_view key, Each const& each) {
        boost::json::array a(o_.storage());
        each([&a](auto const& x) { a.push_back(boost::json::value_from(x)); });
        o_.emplace(key, std::move(a));
    }

private:
    boost::json::object& o_;
};

}  // namespace json_detail

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement const& s) {
    boost::json::object o(v.storage());
    json_detail::object_fields fields(o);
    json_detail::statement_fields(s, fields);
    v = std::move(o);
}

CIVIC_FUNC boost::json::value to_json(statement const& s) { return boost::json::value_from(s); }

CIVIC_FUNC boost::json::value to_json(parse_result const& r) {
    auto v = boost::json::value_from(r.statement);
    v.as_object()["diagnostics"] = boost::json::value_from(r.diagnostics);
    return v;
}

// --- writing text, an element at a time ------------------------------------------------

namespace json_detail {

// JSON text made a piece at a time into `out`. Boost.JSON serialises every key and value;
// this class only puts the brackets, commas and colons between them. With a stream, the
// text is handed to it each time a chunk is full, so it never waits in memory whole.
class text_writer {
public:
    text_writer(std::string& out, std::ostream* stream) : out_(out), stream_(stream) {}
    text_writer(text_writer const&) = delete;
    text_writer& operator=(text_writer const&) = delete;

    void put(char c) { out_ += c; }
    void put(boost::json::value const& v) {
        serializer_.reset(&v);
        drain();
    }
    // A string (an object's key), as Boost.JSON escapes it.
    void put(boost::json::string_view s) {
        serializer_.reset(s);
        drain();
    }

    // One element of an array: its value is made, written and dropped.
    template <class T>
    void element(T const& x) {
        put(boost::json::value_from(x));
        hand_over(chunk_size);
    }

    // The text so far goes to the stream once there is at least `at_least` of it.
    void hand_over(std::size_t at_least = 0) {
        if (!stream_ || out_.size() < at_least || out_.empty()) return;
        stream_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
        out_.clear();
    }

private:
    static constexpr std::size_t chunk_size = 64 * 1024;

    void drain() {
        while (!serializer_.done()) {
            auto const piece = serializer_.read(read_buffer_, sizeof read_buffer_);
            out_.append(piece.data(), piece.size());
        }
    }

    std::string& out_;
    std::ostream* stream_;
    boost::json::serializer serializer_;
    char read_buffer_[4096];
};

// An array, each(element) giving its elements.
template <class Each>
void write_array(text_writer& w, Each const& each) {
    w.put('[');
    bool first = true;
    each([&](auto const& x) {
        if (!first) w.put(',');
        first = false;
        w.element(x);
    });
    w.put(']');
}

// statement_fields() written as an object's members: the caller puts the braces.
class written_fields {
public:
    explicit written_fields(text_writer& w) : w_(w) {}

    void value(boost::json::string_view key, boost::json::value const& v) {
        name(key);
        w_.put(v);
    }

    template <class Each>
    void array(boost::json::string_view key, Each const& each) {
        name(key);
        write_array(w_, each);
    }

private:
    void name(boost::json::string_view key) {
        if (!first_) w_.put(',');
        first_ = false;
        w_.put(key);
        w_.put(':');
    }

    text_writer& w_;
    bool first_ = true;
};

// What to_json(s), with "diagnostics" at the end when `d` is given, serialises to.
inline void write_statement(text_writer& w, statement const& s, diagnostics const* d) {
    w.put('{');
    written_fields fields(w);
    statement_fields(s, fields);
    if (d) fields.array("diagnostics", each_of(*d));
    w.put('}');
}

// Runs write(text_writer&) with its text going to `out` a chunk at a time.
template <class Write>
void write_to_stream(std::ostream& out, Write const& write) {
    std::string chunk;
    text_writer w(chunk, &out);
    write(w);
    w.hand_over();
}

}  // namespace json_detail

CIVIC_FUNC void write_json(std::string& out, parse_result const& r) {
    json_detail::text_writer w(out, nullptr);
    json_detail::write_statement(w, r.statement, &r.diagnostics);
}

CIVIC_FUNC void write_json(std::string& out, statement const& s) {
    json_detail::text_writer w(out, nullptr);
    json_detail::write_statement(w, s, nullptr);
}

CIVIC_FUNC void write_json(std::string& out, diagnostics const& d) {
    json_detail::text_writer w(out, nullptr);
    json_detail::write_array(w, json_detail::each_of(d));
}

CIVIC_FUNC void write_json(std::ostream& out, parse_result const& r) {
    json_detail::write_to_stream(out, [&r](json_detail::text_writer& w) {
        json_detail::write_statement(w, r.statement, &r.diagnostics);
    });
}

CIVIC_FUNC void write_json(std::ostream& out, statement const& s) {
    json_detail::write_to_stream(out, [&s](json_detail::text_writer& w) { json_detail::write_statement(w, s, nullptr); });
}

CIVIC_FUNC void write_json(std::ostream& out, diagnostics const& d) {
    json_detail::write_to_stream(out, [&d](json_detail::text_writer& w) { json_detail::write_array(w, json_detail::each_of(d)); });
}

// --- reading back ----------------------------------------------------------------------

namespace json_detail {

[[noreturn]] inline void fail(boost::json::error e, std::string pointer = {}) {
    throw json_error(boost::json::make_error_code(e), std::move(pointer));
}

// A reference token of a JSON Pointer (RFC 6901): "~" and "/" escaped.
inline std::string pointer_token(std::string_view key) {
    std::string out = "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// Runs `read`; a json_error from inside gets `token` put in front of its pointer, so that
// the error names the full path although each conversion only sees its own value.
template <class Read>
auto under(std::string_view token, Read&& read) -> decltype(read()) {
    try {
        return read();
    } catch (json_error const& e) {
        throw json_error(e.code(), pointer_token(token) + e.pointer());
    }
}

inline boost::json::object const& object_of(boost::json::value const& v) {
    if (!v.is_object()) fail(boost::json::error::not_object);
    return v.get_object();
}

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

template <class T>
T convert(boost::json::value const& v) {
    if constexpr (std::is_same_v<T, std::string>) {
        if (!v.is_string()) fail(boost::json::error::not_string);
        return std::string(v.get_string());
    } else if constexpr (is_optional<T>::value) {
        if (v.is_null()) return std::nullopt;
        return convert<typename T::value_type>(v);
    } else if constexpr (is_vector<T>::value) {
        if (!v.is_array()) fail(boost::json::error::not_array);
        T out;
        auto const& a = v.get_array();
        out.reserve(a.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            out.push_back(under(std::to_string(i), [&] { return convert<typename T::value_type>(a[i]); }));
        return out;
    } else if constexpr (std::is_integral_v<T>) {
        if (!v.is_number()) fail(boost::json::error::not_number);
        boost::system::error_code ec;
        auto n = v.to_number<T>(ec);
        if (ec) fail(boost::json::error::not_exact);
        return n;
    } else {
        return boost::json::value_to<T>(v);
    }
}

// The field `key` of `o`, which must be there.
template <class T>
T get(boost::json::object const& o, std::string_view key) {
    return under(key, [&]() -> T {
        auto const* v = o.if_contains(key);
        if (!v) fail(boost::json::error::not_found);
        return convert<T>(*v);
    });
}

template <class Enum>
Enum enumerator(boost::json::value const& v, std::initializer_list<Enum> all) {
    auto const name = convert<std::string>(v);
    for (auto e : all)
        if (name == to_string(e)) return e;
    fail(boost::json::error::unknown_name);
}

template <class Enum>
Enum get_enumerator(boost::json::object const& o, std::string_view key, std::initializer_list<Enum> all) {
    return under(key, [&] {
        auto const* v = o.if_contains(key);
        if (!v) fail(boost::json::error::not_found);
        return enumerator<Enum>(*v, all);
    });
}

// Reads a decimal integer from the front of `s`, which it shortens.
inline bool take_int(std::string_view& s, int& out) {
    auto const r = std::from_chars(s.data(), s.data() + s.size(), out);
    if (r.ec != std::errc() || r.ptr == s.data()) return false;
    s.remove_prefix(static_cast<std::size_t>(r.ptr - s.data()));
    return true;
}

// The inverse of to_iso_string: "2022-01-07" or "2022-01".
inline statement_date parse_iso_date(std::string_view s) {
    statement_date d;
    bool ok = take_int(s, d.year) && !s.empty() && s.front() == '-';
    if (ok) s.remove_prefix(1);
    ok = ok && take_int(s, d.month);
    if (ok && !s.empty()) {
        ok = s.front() == '-';
        if (ok) s.remove_prefix(1);
        ok = ok && take_int(s, d.day) && d.day > 0;
    }
    if (!ok || !s.empty()) fail(boost::json::error::syntax);
    return d;
}

}  // namespace json_detail

CIVIC_FUNC source_position tag_invoke(boost::json::value_to_tag<source_position>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    source_position p;
    p.line = json_detail::get<std::uint32_t>(o, "line");
    p.column = json_detail::get<std::uint32_t>(o, "column");
    return p;
}

CIVIC_FUNC source_span tag_invoke(boost::json::value_to_tag<source_span>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    source_span s;
    s.begin = json_detail::get<std::size_t>(o, "begin");
    s.end = json_detail::get<std::size_t>(o, "end");
    s.start = json_detail::get<source_position>(o, "start");
    s.stop = json_detail::get<source_position>(o, "stop");
    return s;
}

CIVIC_FUNC text_block tag_invoke(boost::json::value_to_tag<text_block>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    text_block b;
    b.text = json_detail::get<std::string>(o, "text");
    b.span = json_detail::get<source_span>(o, "span");
    return b;
}

CIVIC_FUNC signatory tag_invoke(boost::json::value_to_tag<signatory>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    signatory s;
    s.name = json_detail::get<std::string>(o, "name");
    s.acronym = json_detail::get<std::optional<std::string>>(o, "acronym");
    s.country = json_detail::get<std::optional<std::string>>(o, "country");
    s.country_code = json_detail::get<std::optional<std::string>>(o, "country_code");
    s.type = json_detail::get_enumerator<signatory_type>(o, "type", {signatory_type::organisation, signatory_type::person});
    s.role = json_detail::get<std::optional<std::string>>(o, "role");
    s.span = json_detail::get<source_span>(o, "span");
    return s;
}

CIVIC_FUNC call tag_invoke(boost::json::value_to_tag<call>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    call c;
    c.text = json_detail::get<std::string>(o, "text");
    c.addressee = json_detail::get<std::optional<std::string>>(o, "addressee");
    c.span = json_detail::get<source_span>(o, "span");
    return c;
}

CIVIC_FUNC call_group tag_invoke(boost::json::value_to_tag<call_group>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    call_group g;
    g.introduction = json_detail::get<std::optional<text_block>>(o, "introduction");
    g.addressees = json_detail::get<std::vector<std::string>>(o, "addressees");
    g.calls = json_detail::get<std::vector<call>>(o, "calls");
    g.span = json_detail::get<source_span>(o, "span");
    return g;
}

CIVIC_FUNC coalition tag_invoke(boost::json::value_to_tag<coalition>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    coalition c;
    c.name = json_detail::get<std::string>(o, "name");
    c.acronym = json_detail::get<std::optional<std::string>>(o, "acronym");
    c.span = json_detail::get<source_span>(o, "span");
    return c;
}

CIVIC_FUNC statement_date tag_invoke(boost::json::value_to_tag<statement_date>, boost::json::value const& v) {
    return json_detail::parse_iso_date(json_detail::convert<std::string>(v));
}

CIVIC_FUNC outline_entry tag_invoke(boost::json::value_to_tag<outline_entry>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    outline_entry e;
    e.role = json_detail::get_enumerator<block_role>(
        o, "role",
        {block_role::blank, block_role::chrome_header, block_role::title, block_role::metadata, block_role::addressee,
         block_role::opening, block_role::paragraph, block_role::call_introduction, block_role::call,
         block_role::signatory_header, block_role::signatory, block_role::chrome_footer, block_role::unrecognised});
    e.span = json_detail::get<source_span>(o, "span");
    return e;
}

CIVIC_FUNC diagnostic tag_invoke(boost::json::value_to_tag<diagnostic>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    diagnostic d;
    d.level = json_detail::get_enumerator<severity>(o, "severity", {severity::note, severity::warning, severity::error});
    d.code = json_detail::get<std::string>(o, "code");
    d.message = json_detail::get<std::string>(o, "message");
    d.span = json_detail::get<source_span>(o, "span");
    return d;
}

CIVIC_FUNC statement tag_invoke(boost::json::value_to_tag<statement>, boost::json::value const& v) {
    using json_detail::get;
    auto const& o = json_detail::object_of(v);
    statement s;
    if (auto title = get<std::optional<std::string>>(o, "title"))
        s.title = text_block{std::move(*title), get<source_span>(o, "title_span")};
    s.publisher = get<std::optional<text_block>>(o, "publisher");
    s.kind = json_detail::get_enumerator<statement_kind>(
        o, "kind",
        {statement_kind::unknown, statement_kind::statement, statement_kind::joint_statement, statement_kind::open_letter,
         statement_kind::appeal, statement_kind::declaration, statement_kind::press_release, statement_kind::petition});
    s.language = get<std::optional<std::string>>(o, "language").value_or(std::string());
    if ((s.date = get<std::optional<statement_date>>(o, "date"))) s.date->span = get<source_span>(o, "date_span");
    s.coalition = get<std::optional<coalition>>(o, "coalition");
    s.subject_countries = get<std::vector<std::string>>(o, "subject_countries");
    s.opening = get<std::optional<text_block>>(o, "opening");
    s.call_groups = get<std::vector<call_group>>(o, "call_groups");
    s.signatories = get<std::vector<signatory>>(o, "signatories");
    s.paragraphs = get<std::vector<text_block>>(o, "paragraphs");
    s.header = get<std::vector<text_block>>(o, "header");
    s.footer = get<std::vector<text_block>>(o, "footer");
    s.unrecognised = get<std::vector<text_block>>(o, "unrecognised");
    s.outline = get<std::vector<outline_entry>>(o, "outline");
    return s;
}

CIVIC_FUNC parse_result tag_invoke(boost::json::value_to_tag<parse_result>, boost::json::value const& v) {
    parse_result r;
    r.statement = boost::json::value_to<statement>(v);
    if (v.get_object().contains("diagnostics"))
        r.diagnostics = json_detail::get<diagnostics>(v.get_object(), "diagnostics");
    return r;
}

CIVIC_FUNC parse_result from_json(boost::json::value const& v) { return boost::json::value_to<parse_result>(v); }

CIVIC_FUNC parse_result from_json(std::string_view json_text) {
    boost::system::error_code ec;
    auto v = boost::json::parse(json_text, ec);
    if (ec) throw json_error(ec, std::string());
    return from_json(v);
}

CIVIC_FUNC boost::system::result<parse_result> try_from_json(std::string_view json_text) {
    try {
        return from_json(json_text);
    } catch (json_error const& e) {
        return e.code();
    }
}

CIVIC_NAMESPACE_END
