#pragma once
#include <civic/registry/impl/acronym_shape.hpp>
#include <civic/registry/organisation_key.hpp>
#include <civic/registry/registry.hpp>

#include <algorithm>
#include <deque>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <utility>

CIVIC_NAMESPACE_BEGIN
namespace registry_detail {

constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

// Every string of the registry (names as written, keys, acronyms, statement ids) stored
// once, in large chunks, and named by a 32-bit id. 100,000 statements repeat the same few
// thousand names millions of times.
class string_pool {
public:
    std::uint32_t intern(std::string_view s) {
        if (auto it = index_.find(s); it != index_.end()) return it->second;
        auto const stored = store(s);
        auto const id = static_cast<std::uint32_t>(strings_.size());
        strings_.push_back(stored);
        index_.emplace(stored, id);
        return id;
    }
    std::uint32_t find(std::string_view s) const {
        auto it = index_.find(s);
        return it == index_.end() ? none : it->second;
    }
    std::string_view operator[](std::uint32_t id) const { return id == none ? std::string_view() : strings_[id]; }

    std::size_t memory_bytes() const {
        return chunk_bytes_ + strings_.capacity() * sizeof(std::string_view) +
               index_.size() * (sizeof(std::pair<std::string_view, std::uint32_t>) + 2 * sizeof(void*)) +
               index_.bucket_count() * sizeof(void*);
    }

private:
    static constexpr std::size_t chunk_size = 64 * 1024;

    std::string_view store(std::string_view s) {
        if (s.size() > chunk_size / 4) {  // a long string gets a chunk of its own
            chunks_.push_back(std::make_unique<char[]>(s.size()));
            chunk_bytes_ += s.size();
            std::copy(s.begin(), s.end(), chunks_.back().get());
            auto stored = std::string_view(chunks_.back().get(), s.size());
            std::swap(chunks_.back(), chunks_[chunks_.size() > 1 ? chunks_.size() - 2 : 0]);
            if (chunks_.size() == 1) left_ = 0;
            return stored;
        }
        if (left_ < s.size()) {
            chunks_.push_back(std::make_unique<char[]>(chunk_size));
            chunk_bytes_ += chunk_size;
            left_ = chunk_size;
        }
        char* const at = chunks_.back().get() + (chunk_size - left_);
        std::copy(s.begin(), s.end(), at);
        left_ -= s.size();
        return std::string_view(at, s.size());
    }

    std::vector<std::unique_ptr<char[]>> chunks_;  // the last one is being filled
    std::size_t left_ = 0;                          // free bytes in the last chunk
    std::size_t chunk_bytes_ = 0;
    std::vector<std::string_view> strings_;
    std::unordered_map<std::string_view, std::uint32_t> index_;
};

// One signature: 24 bytes.
struct appearance {
    std::uint32_t statement;
    std::uint32_t organisation;  // as first resolved; merged entries point further on
    std::uint32_t written;       // pool id of the name as written
    std::uint32_t begin;
    std::uint32_t end;
    std::uint32_t line;
};

struct statement_record {
    std::uint32_t id;     // pool id
    std::uint32_t first;  // its appearances are [first, first + count)
    std::uint32_t count;
};

struct entry {
    std::uint32_t key;
    std::uint32_t acronym = none;        // pool id, as first written
    std::uint32_t merged_into = none;    // another entry now speaks for this one
    bool acronym_only = false;           // created from a bare acronym ("IPHR") with no name yet
    char country[2] = {0, 0};
    std::vector<std::pair<std::uint32_t, std::uint32_t>> variants;  // pool id, count
    std::vector<std::uint32_t> appearances;                          // indices, ascending
};

inline std::uint32_t clamp32(std::size_t v) {
    return v > std::numeric_limits<std::uint32_t>::max() ? std::numeric_limits<std::uint32_t>::max()
                                                         : static_cast<std::uint32_t>(v);
}

// A bare acronym written as the whole name: "IPHR", "Promo-LEX".
inline bool is_bare_acronym(std::string_view name) { return looks_like_acronym(name); }

}  // namespace registry_detail

struct registry::state {
    registry_detail::string_pool pool;
    std::vector<registry_detail::entry> entries;
    // A deque, not a vector: millions of signatures grow in blocks, never copied to a buffer
    // twice the size (which would double the peak memory of a large load).
    std::deque<registry_detail::appearance> appearances;
    std::vector<registry_detail::statement_record> statements;
    std::unordered_map<std::uint32_t, std::uint32_t> by_key;      // pool id of a key → entry
    std::unordered_map<std::uint32_t, std::uint32_t> by_acronym;  // pool id of an acronym key → entry, or none when two share it
    std::size_t live = 0;

    std::uint32_t resolve(std::uint32_t o) const {
        while (entries[o].merged_into != registry_detail::none) o = entries[o].merged_into;
        return o;
    }

    void add_variant(registry_detail::entry& e, std::uint32_t written) {
        for (auto& v : e.variants)
            if (v.first == written) {
                ++v.second;
                return;
            }
        e.variants.emplace_back(written, 1);
    }

    // `from` and `into` are one organisation: `into` takes over everything `from` had.
    void merge(std::uint32_t from, std::uint32_t into) {
        auto& f = entries[from];
        auto& t = entries[into];
        for (auto const& v : f.variants) {
            bool found = false;
            for (auto& w : t.variants)
                if (w.first == v.first) w.second += v.second, found = true;
            if (!found) t.variants.push_back(v);
        }
        auto const middle = static_cast<std::ptrdiff_t>(t.appearances.size());
        t.appearances.insert(t.appearances.end(), f.appearances.begin(), f.appearances.end());
        std::inplace_merge(t.appearances.begin(), t.appearances.begin() + middle, t.appearances.end());
        if (t.acronym == registry_detail::none) t.acronym = f.acronym;
        if (!t.country[0]) std::copy(f.country, f.country + 2, t.country);
        by_key[f.key] = into;
        f.merged_into = into;
        std::vector<std::pair<std::uint32_t, std::uint32_t>>().swap(f.variants);
        std::vector<std::uint32_t>().swap(f.appearances);
        --live;
    }

    std::uint32_t create(std::uint32_t key) {
        auto const id = static_cast<std::uint32_t>(entries.size());
        entries.emplace_back();
        entries.back().key = key;
        by_key.emplace(key, id);
        ++live;
        return id;
    }

    // Records that `o` goes by `acronym`; merges a bare-acronym entry into the named one.
    std::uint32_t note_acronym(std::uint32_t o, std::string_view acronym) {
        auto const ak = acronym_key(acronym);
        if (ak.empty()) return o;
        auto const akey = pool.intern(ak);
        if (entries[o].acronym == registry_detail::none) entries[o].acronym = pool.intern(acronym);
        auto const it = by_acronym.find(akey);
        if (it == by_acronym.end()) {
            by_acronym.emplace(akey, o);
            return o;
        }
        if (it->second == registry_detail::none) return o;  // already known to be shared
        auto const other = resolve(it->second);
        if (other == o) return o;
        if (entries[other].acronym_only) {
            merge(other, o);
            it->second = o;
            return o;
        }
        if (entries[o].acronym_only) {
            merge(o, other);
            return other;
        }
        it->second = registry_detail::none;  // two organisations write the same acronym
        return o;
    }
};

CIVIC_FUNC registry::registry() : state_(std::make_unique<state>()) {}
CIVIC_FUNC registry::~registry() = default;
CIVIC_FUNC registry::registry(registry&&) noexcept = default;
CIVIC_FUNC registry& registry::operator=(registry&&) noexcept = default;

CIVIC_FUNC void registry::add(statement const& s, std::string statement_id) {
    auto& st = *state_;
    auto const statement_index = static_cast<std::uint32_t>(st.statements.size());
    st.statements.push_back({st.pool.intern(statement_id), static_cast<std::uint32_t>(st.appearances.size()), 0});
    for (auto const& sig : s.signatories) {
        if (sig.type == signatory_type::person) continue;
        auto const key = organisation_key(sig.name);
        if (key.empty()) continue;
        std::string acronym = sig.acronym.value_or(std::string(trailing_acronym(sig.name)));
        bool const bare = registry_detail::is_bare_acronym(sig.name);

        std::uint32_t o = registry_detail::none;
        auto const key_id = st.pool.find(key);
        if (key_id != registry_detail::none)
            if (auto it = st.by_key.find(key_id); it != st.by_key.end()) o = st.resolve(it->second);
        // "“Asparez” Journalists’ Club" after "Journalists’ Club “Asparez”": the other order.
        auto const reordered = other_order_key(sig.name);
        if (o == registry_detail::none && !reordered.empty()) {
            auto const r = st.pool.find(reordered);
            if (r != registry_detail::none)
                if (auto it = st.by_key.find(r); it != st.by_key.end()) o = st.resolve(it->second);
            if (o != registry_detail::none) st.by_key.emplace(st.pool.intern(key), o);
        }
        if (o == registry_detail::none && bare) {
            // "IPHR" alone: the organisation whose acronym it is, when one is known.
            auto const ak = st.pool.find(acronym_key(sig.name));
            if (ak != registry_detail::none)
                if (auto it = st.by_acronym.find(ak); it != st.by_acronym.end() && it->second != registry_detail::none)
                    o = st.resolve(it->second);
        }
        if (o == registry_detail::none) {
            o = st.create(st.pool.intern(key));
            if (!reordered.empty()) st.by_key.emplace(st.pool.intern(reordered), o);
            if (bare && acronym.empty()) {
                st.entries[o].acronym_only = true;
                acronym = sig.name;
            }
        }
        if (!acronym.empty()) o = st.note_acronym(o, acronym);
        if (!bare) st.entries[o].acronym_only = false;

        auto& e = st.entries[o];
        auto const written = st.pool.intern(sig.name);
        st.add_variant(e, written);
        if (!e.country[0] && sig.country_code && sig.country_code->size() == 2) {
            e.country[0] = (*sig.country_code)[0];
            e.country[1] = (*sig.country_code)[1];
        }
        e.appearances.push_back(static_cast<std::uint32_t>(st.appearances.size()));
        st.appearances.push_back({statement_index, o, written, registry_detail::clamp32(sig.span.begin),
                                  registry_detail::clamp32(sig.span.end), sig.span.start.line});
        ++st.statements.back().count;
    }
}

CIVIC_FUNC std::size_t registry::statement_count() const noexcept { return state_->statements.size(); }
CIVIC_FUNC std::size_t registry::organisation_count() const noexcept { return state_->live; }

CIVIC_FUNC std::vector<registry::organisation_id> registry::organisations() const {
    std::vector<organisation_id> out;
    out.reserve(state_->live);
    for (std::uint32_t i = 0; i < state_->entries.size(); ++i)
        if (state_->entries[i].merged_into == registry_detail::none) out.push_back(i);
    return out;
}

CIVIC_FUNC std::optional<registry::organisation_id> registry::find(std::string_view name_or_acronym) const {
    auto const& st = *state_;
    for (auto const& key : {organisation_key(name_or_acronym), other_order_key(name_or_acronym)}) {
        auto const key_id = key.empty() ? registry_detail::none : st.pool.find(key);
        if (key_id != registry_detail::none)
            if (auto it = st.by_key.find(key_id); it != st.by_key.end()) return st.resolve(it->second);
    }
    auto const ak = st.pool.find(acronym_key(name_or_acronym));
    if (ak != registry_detail::none)
        if (auto it = st.by_acronym.find(ak); it != st.by_acronym.end() && it->second != registry_detail::none)
            return st.resolve(it->second);
    return std::nullopt;
}

CIVIC_FUNC std::string_view registry::key(organisation_id o) const {
    return state_->pool[state_->entries[state_->resolve(o)].key];
}

CIVIC_FUNC std::string_view registry::name(organisation_id o) const {
    auto const& e = state_->entries[state_->resolve(o)];
    std::uint32_t best = registry_detail::none, count = 0;
    for (auto const& v : e.variants)
        if (v.second > count) best = v.first, count = v.second;  // the first seen wins a tie
    return state_->pool[best];
}

CIVIC_FUNC std::string_view registry::acronym(organisation_id o) const {
    return state_->pool[state_->entries[state_->resolve(o)].acronym];
}

CIVIC_FUNC std::string_view registry::country_code(organisation_id o) const {
    auto const& e = state_->entries[state_->resolve(o)];
    return e.country[0] ? std::string_view(e.country, 2) : std::string_view();
}

CIVIC_FUNC std::vector<registry::variant> registry::variants(organisation_id o) const {
    auto const& e = state_->entries[state_->resolve(o)];
    std::vector<variant> out;
    for (auto const& v : e.variants) out.push_back({state_->pool[v.first], v.second});
    std::stable_sort(out.begin(), out.end(), [](variant const& a, variant const& b) { return a.count > b.count; });
    return out;
}

CIVIC_FUNC std::vector<registry::signing> registry::signings(organisation_id o) const {
    auto const& st = *state_;
    std::vector<signing> out;
    for (auto const i : st.entries[st.resolve(o)].appearances) {
        auto const& a = st.appearances[i];
        out.push_back({st.pool[st.statements[a.statement].id], st.pool[a.written], a.begin, a.end, a.line});
    }
    return out;
}

CIVIC_FUNC std::size_t registry::statements_signed(organisation_id o) const {
    auto const& st = *state_;
    std::size_t n = 0;
    std::uint32_t last = registry_detail::none;
    for (auto const i : st.entries[st.resolve(o)].appearances) {
        n += st.appearances[i].statement != last;
        last = st.appearances[i].statement;
    }
    return n;
}

namespace registry_detail {

// For each organisation that signed a statement with `o`, the number of such statements,
// counted into `counts` (indexed by entry, all zero on entry); returns the entries touched.
template <class State>
std::vector<std::uint32_t> count_co_signers(State const& st, std::uint32_t o, std::vector<std::uint32_t>& counts) {
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> in_statement;
    std::uint32_t last = none;
    for (auto const i : st.entries[o].appearances) {
        auto const s = st.appearances[i].statement;
        if (s == last) continue;  // one statement counts once, however often o signed it
        last = s;
        auto const& rec = st.statements[s];
        in_statement.clear();
        for (std::uint32_t k = rec.first; k < rec.first + rec.count; ++k) {
            auto const other = st.resolve(st.appearances[k].organisation);
            if (other != o) in_statement.push_back(other);
        }
        std::sort(in_statement.begin(), in_statement.end());
        in_statement.erase(std::unique(in_statement.begin(), in_statement.end()), in_statement.end());
        for (auto const other : in_statement) {
            if (counts[other]++ == 0) touched.push_back(other);
        }
    }
    return touched;
}

}  // namespace registry_detail

CIVIC_FUNC std::vector<registry::co_signer> registry::co_signers(organisation_id o) const {
    auto const& st = *state_;
    o = st.resolve(o);
    std::vector<std::uint32_t> counts(st.entries.size(), 0);
    std::vector<co_signer> out;
    for (auto const other : registry_detail::count_co_signers(st, o, counts)) out.push_back({other, counts[other]});
    std::sort(out.begin(), out.end(), [](co_signer const& a, co_signer const& b) {
        return a.statements != b.statements ? a.statements > b.statements : a.organisation < b.organisation;
    });
    return out;
}

CIVIC_FUNC std::vector<registry::pair> registry::top_pairs(std::size_t n) const {
    auto const& st = *state_;
    std::vector<pair> best;  // a min-heap of the n best so far
    if (n == 0) return best;
    auto worse = [](pair const& a, pair const& b) {  // heap order: the weakest on top
        return a.statements != b.statements ? a.statements > b.statements
                                            : std::tie(a.first, a.second) < std::tie(b.first, b.second);
    };
    std::vector<std::uint32_t> counts(st.entries.size(), 0);
    for (std::uint32_t o = 0; o < st.entries.size(); ++o) {
        if (st.entries[o].merged_into != registry_detail::none) continue;
        for (auto const other : registry_detail::count_co_signers(st, o, counts)) {
            if (other > o) {  // each pair once
                pair p{o, other, counts[other]};
                if (best.size() < n) {
                    best.push_back(p);
                    std::push_heap(best.begin(), best.end(), worse);
                } else if (worse(p, best.front())) {
                    std::pop_heap(best.begin(), best.end(), worse);
                    best.back() = p;
                    std::push_heap(best.begin(), best.end(), worse);
                }
            }
            counts[other] = 0;
        }
    }
    std::sort_heap(best.begin(), best.end(), worse);
    return best;
}

CIVIC_FUNC std::size_t registry::memory_bytes() const {
    auto const& st = *state_;
    std::size_t bytes = sizeof(state) + st.pool.memory_bytes();
    bytes += st.entries.capacity() * sizeof(registry_detail::entry);
    for (auto const& e : st.entries)
        bytes += e.variants.capacity() * sizeof(e.variants[0]) + e.appearances.capacity() * sizeof(std::uint32_t);
    bytes += st.appearances.size() * sizeof(registry_detail::appearance);
    bytes += st.statements.capacity() * sizeof(registry_detail::statement_record);
    auto const map_bytes = [](auto const& m) {
        return m.size() * (2 * sizeof(std::uint32_t) + 2 * sizeof(void*)) + m.bucket_count() * sizeof(void*);
    };
    return bytes + map_bytes(st.by_key) + map_bytes(st.by_acronym);
}

CIVIC_NAMESPACE_END
