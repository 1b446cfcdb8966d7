// Definitions for <civic/export/json.hpp>.
#pragma once
#include <civic/export/json.hpp>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <ostream>
#include <type_traits>

CIVIC_NAMESPACE_BEGIN

namespace json_detail {

// A list whose elements are handed out by each(element) rather than stored: the calls of all
// groups, flattened.
template <class Each>
struct sequence {
    Each each;
};
template <class Each>
sequence<Each> sequence_of(Each each) {
    return {std::move(each)};
}

// The members of each model type's JSON object in the order they are written, each handed to
// `f` as f(key, value). A value is a string, a number, a model type (an object of its own
// members), a date (its ISO string), an optional or a pointer (null when empty), a vector or
// a sequence (an array). object_builder makes a boost::json::object of them and
// text_writer writes them as text, so value_from(x) and write_json() cannot drift apart.
template <class F>
void members(source_position const& p, F& f) {
    f("line", p.line);
    f("column", p.column);
}

template <class F>
void members(source_span const& s, F& f) {
    f("begin", s.begin);
    f("end", s.end);
    f("start", s.start);
    f("stop", s.stop);
}

template <class F>
void members(text_block const& b, F& f) {
    f("text", b.text);
    f("span", b.span);
}

template <class F>
void members(signatory const& s, F& f) {
    f("name", s.name);
    f("acronym", s.acronym);
    f("country", s.country);
    f("country_code", s.country_code);
    f("place", s.place);
    f("type", std::string_view(to_string(s.type)));
    f("role", s.role);
    f("link", s.link);
    f("span", s.span);
}

template <class F>
void members(call const& c, F& f) {
    f("text", c.text);
    f("addressee", c.addressee);
    f("addressees", c.addressees);
    f("span", c.span);
}

template <class F>
void members(call_group const& g, F& f) {
    f("introduction", g.introduction);
    f("addressees", g.addressees);
    f("calls", g.calls);
    f("span", g.span);
}

template <class F>
void members(address const& a, F& f) {
    f("addressee", a.addressee);
    f("source", to_string(a.source));
    f("span", a.span);
}

template <class F>
void members(coalition const& c, F& f) {
    f("name", c.name);
    f("acronym", c.acronym);
    f("span", c.span);
}

template <class F>
void members(outline_entry const& e, F& f) {
    f("role", std::string_view(to_string(e.role)));
    f("span", e.span);
}

template <class F>
void members(diagnostic const& d, F& f) {
    f("severity", std::string_view(to_string(d.level)));
    f("code", d.code);
    f("message", d.message);
    f("span", d.span);
}

template <class F>
void members(statement const& s, F& f) {
    f("title", s.title ? &s.title->text : nullptr);
    f("title_span", s.title ? &s.title->span : nullptr);
    f("publisher", s.publisher);
    f("kind", to_string(s.kind));
    f("language", s.language.empty() ? nullptr : &s.language);
    f("date", s.date);
    f("date_span", s.date ? &s.date->span : nullptr);
    f("coalition", s.coalition);
    f("subject_countries", s.subject_countries);
    f("opening", s.opening);
    f("addressees", s.addressees());
    // Every call of every group, flattened for readers that do not care about the groups.
    f("calls", sequence_of([&s](auto&& element) {
          for (auto const& g : s.call_groups)
              for (auto const& c : g.calls) element(c);
      }));
    f("call_groups", s.call_groups);
    f("addresses", s.addresses);
    f("signatories", s.signatories);
    f("paragraphs", s.paragraphs);
    f("header", s.header);
    f("footer", s.footer);
    f("unrecognised", s.unrecognised);
    f("outline", s.outline);
}

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_sequence : std::false_type {};
template <class Each> struct is_sequence<sequence<Each>> : std::true_type {};

// The members of a model type as a boost::json::object.
class object_builder {
public:
    explicit object_builder(boost::json::object& o) : o_(o) {}

    template <class T>
    void operator()(boost::json::string_view key, T const& x) {
        o_.emplace(key, value_of(x, o_.storage()));
    }

    template <class T>
    static boost::json::value value_of(T const& x, boost::json::storage_ptr const& sp) {
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
            return boost::json::value(nullptr, sp);
        } else if constexpr (std::is_pointer_v<T> || is_optional<T>::value) {
            return x ? value_of(*x, sp) : boost::json::value(nullptr, sp);
        } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
            return boost::json::value(boost::json::string_view(x.data(), x.size()), sp);
        } else if constexpr (std::is_integral_v<T>) {
            return boost::json::value(x, sp);
        } else if constexpr (std::is_same_v<T, statement_date>) {
            return boost::json::value(to_iso_string(x), sp);
        } else if constexpr (is_vector<T>::value || is_sequence<T>::value) {
            boost::json::array a(sp);
            if constexpr (is_vector<T>::value) {
                a.reserve(x.size());
                for (auto const& e : x) a.push_back(value_of(e, sp));
            } else {
                x.each([&](auto const& e) { a.push_back(value_of(e, sp)); });
            }
            return a;
        } else {
            boost::json::object o(sp);
            object_builder b(o);
            members(x, b);
            return o;
        }
    }

private:
    boost::json::object& o_;
};

template <class T>
void from_members(boost::json::value& v, T const& x) {
    v = object_builder::value_of(x, v.storage());
}

}  // namespace json_detail

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_position const& p) {
    json_detail::from_members(v, p);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, source_span const& s) {
    json_detail::from_members(v, s);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, text_block const& b) {
    json_detail::from_members(v, b);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, signatory const& s) {
    json_detail::from_members(v, s);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call const& c) {
    json_detail::from_members(v, c);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, call_group const& g) {
    json_detail::from_members(v, g);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, address const& a) {
    json_detail::from_members(v, a);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, coalition const& c) {
    json_detail::from_members(v, c);
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
    json_detail::from_members(v, d);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, outline_entry const& e) {
    json_detail::from_members(v, e);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, diagnostic const& d) {
    json_detail::from_members(v, d);
}

CIVIC_FUNC void tag_invoke(boost::json::value_from_tag, boost::json::value& v, statement const& s) {
    json_detail::from_members(v, s);
}

CIVIC_FUNC boost::json::value to_json(statement const& s) { return boost::json::value_from(s); }

CIVIC_FUNC boost::json::value to_json(parse_result const& r) {
    auto v = boost::json::value_from(r.statement);
    v.as_object()["diagnostics"] = boost::json::value_from(r.diagnostics);
    return v;
}

// --- writing text, an element at a time ------------------------------------------------

namespace json_detail {

// JSON text written straight from the model into `out`, as the members() of each type give
// it: no boost::json::value is made. Strings are escaped by Boost.JSON's serializer; keys
// are the literals above, which need no escaping, and numbers are written with to_chars.
// The text is made in a buffer of its own and appended to `out` a buffer at a time: an
// append to a std::string is a library call, and JSON is written a few bytes at a time.
// With a stream, the text is handed to it each time a chunk is full, so it never waits in
// memory whole. finish() (or hand_over()) puts the last of it in `out`.
class text_writer {
public:
    text_writer(std::string& out, std::ostream* stream) : out_(out), stream_(stream) {}
    text_writer(text_writer const&) = delete;
    text_writer& operator=(text_writer const&) = delete;

    // A member of the object being written: a comma before all but the first. The key is a
    // literal, so that its length is known where it is copied.
    template <std::size_t N, class T>
    void operator()(char const (&key)[N], T const& x) {
        if (!first_) put(',');
        first_ = false;
        put('"');
        put(key);
        put("\":");
        value(x);
    }

    template <class T>
    void value(T const& x) {
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
            put("null");
        } else if constexpr (std::is_pointer_v<T> || is_optional<T>::value) {
            if (x) value(*x);
            else put("null");
        } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
            string(x);
        } else if constexpr (std::is_integral_v<T>) {
            constexpr std::size_t most_digits = 24;
            if (sizeof buffer_ - used_ < most_digits) flush();
            used_ = static_cast<std::size_t>(std::to_chars(buffer_ + used_, buffer_ + sizeof buffer_, x).ptr - buffer_);
        } else if constexpr (std::is_same_v<T, statement_date>) {
            string(to_iso_string(x));
        } else if constexpr (is_vector<T>::value || is_sequence<T>::value) {
            put('[');
            bool first = true;
            auto const element = [&](auto const& e) {
                if (!first) put(',');
                first = false;
                value(e);
                hand_over(chunk_size);
            };
            if constexpr (is_vector<T>::value) {
                for (auto const& e : x) element(e);
            } else {
                x.each(element);
            }
            put(']');
        } else {
            object(x);
        }
    }

    // An object of x's members, with `more` (this writer, to write further members) called
    // after them.
    template <class T, class More>
    void object(T const& x, More const& more) {
        bool const outer_first = first_;
        first_ = true;
        put('{');
        members(x, *this);
        more(*this);
        put('}');
        first_ = outer_first;
    }
    template <class T>
    void object(T const& x) {
        object(x, [](text_writer&) {});
    }

    // The text so far goes to `out`.
    void finish() { flush(); }

    // The text so far goes to the stream once there is at least `at_least` of it.
    void hand_over(std::size_t at_least = 0) {
        if (!stream_ || out_.size() + used_ < at_least) return;
        flush();
        if (out_.empty()) return;
        stream_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
        out_.clear();
    }

private:
    static constexpr std::size_t chunk_size = 64 * 1024;

    void flush() {
        out_.append(buffer_, used_);
        used_ = 0;
    }

    CIVIC_ALWAYS_INLINE void put(char c) {
        if (used_ == sizeof buffer_) flush();
        buffer_[used_++] = c;
    }

    // A literal: its length is known, and the copy of its bytes inlined.
    template <std::size_t N>
    CIVIC_ALWAYS_INLINE void put(char const (&literal)[N]) {
        static_assert(N - 1 <= sizeof buffer_);
        if (N - 1 > sizeof buffer_ - used_) flush();
        std::memcpy(buffer_ + used_, literal, N - 1);
        used_ += N - 1;
    }

    void string(std::string_view s) {
        serializer_.reset(boost::json::string_view(s.data(), s.size()));
        while (!serializer_.done()) {
            if (used_ == sizeof buffer_) flush();
            used_ += serializer_.read(buffer_ + used_, sizeof buffer_ - used_).size();
        }
    }

    std::string& out_;
    std::ostream* stream_;
    bool first_ = true;  // no member of the innermost object written yet
    boost::json::serializer serializer_;
    std::size_t used_ = 0;  // bytes of buffer_ not yet in out_
    char buffer_[8192];
};

// What to_json(s), with "diagnostics" at the end when `d` is given, serialises to.
inline void write_statement(text_writer& w, statement const& s, diagnostics const* d) {
    w.object(s, [d](text_writer& members) {
        if (d) members("diagnostics", *d);
    });
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
    w.finish();
}

CIVIC_FUNC void write_json(std::string& out, statement const& s) {
    json_detail::text_writer w(out, nullptr);
    json_detail::write_statement(w, s, nullptr);
    w.finish();
}

CIVIC_FUNC void write_json(std::string& out, diagnostics const& d) {
    json_detail::text_writer w(out, nullptr);
    w.value(d);
    w.finish();
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
    json_detail::write_to_stream(out, [&d](json_detail::text_writer& w) { w.value(d); });
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
    // Absent in JSON written before signatories had a place.
    if (o.contains("place")) s.place = json_detail::get<std::optional<std::string>>(o, "place");
    s.type = json_detail::get_enumerator<signatory_type>(o, "type", {signatory_type::organisation, signatory_type::person});
    s.role = json_detail::get<std::optional<std::string>>(o, "role");
    // Absent in JSON written before signatories had a link.
    if (o.contains("link")) s.link = json_detail::get<std::optional<std::string>>(o, "link");
    s.span = json_detail::get<source_span>(o, "span");
    return s;
}

CIVIC_FUNC call tag_invoke(boost::json::value_to_tag<call>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    call c;
    c.text = json_detail::get<std::string>(o, "text");
    c.addressee = json_detail::get<std::optional<std::string>>(o, "addressee");
    // Absent in JSON written before a call could have several addressees.
    if (o.contains("addressees")) c.addressees = json_detail::get<std::vector<std::string>>(o, "addressees");
    else if (c.addressee) c.addressees = {*c.addressee};
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

CIVIC_FUNC address tag_invoke(boost::json::value_to_tag<address>, boost::json::value const& v) {
    auto const& o = json_detail::object_of(v);
    address a;
    a.addressee = json_detail::get<std::string>(o, "addressee");
    a.source = json_detail::get_enumerator<address_source>(
        o, "source", {address_source::headline, address_source::address_line, address_source::paragraph});
    a.span = json_detail::get<source_span>(o, "span");
    return a;
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
    // Absent from the JSON of versions before it: none.
    if (o.contains("addresses")) s.addresses = get<std::vector<address>>(o, "addresses");
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
