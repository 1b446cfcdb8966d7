#pragma once
#include <civic/geo/countries.hpp>
#include <civic/geo/country_table.hpp>
#include <civic/text/utf8.hpp>
#include <civic/text/word_hash.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace geo {
namespace detail {

static_assert(generated::max_key_bytes <= country_key_capacity,
              "regenerate with a larger country_key_capacity: a key would never match");

// utf8::encode into the key's buffer: matching must not allocate.
inline bool put_utf8(char32_t cp, char* out, std::size_t capacity, std::size_t& n) noexcept {
    char bytes[4];
    std::size_t const len = utf8::encode(cp, bytes);
    if (capacity - n < len) return false;
    for (std::size_t k = 0; k < len; ++k) out[n++] = bytes[k];
    return true;
}

constexpr bool is_white(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

// Signatory lists wrap countries in brackets and end them with commas or full stops.
constexpr bool is_edge_noise(char c) noexcept {
    return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
           c == '[' || c == ']' || c == '"';
}

constexpr std::string_view trim_noise(std::string_view s) noexcept {
    while (!s.empty() && is_edge_noise(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_edge_noise(s.back())) s.remove_suffix(1);
    return s;
}

// After folding, so "L’Ukraine" arrives as l"ukraine.
constexpr std::string_view articles[] = {"the ", "la ", "le ", "l\"", "die ", "el "};

// Rows of a static table by the hash of a key each row has: open addressing with linear
// probing over fixed storage, built once without allocating. Each index of the country table
// (its keys, their first words, their look-alike folds) and the regions' names and codes is
// one: a hash and a probe or two, where a binary search compared a dozen times and a walk of
// a list compared with every row. What a row's key is, and when two rows are the same, the
// caller says; a row is kept as 1 + its number, 0 marking an empty slot.
template <unsigned SlotBits>
class row_slots {
public:
    static constexpr std::size_t slots = std::size_t{1} << SlotBits;
    static constexpr std::uint16_t no_row = UINT16_MAX;

    // Adds `row` under `key`, unless a row that `same(other)` says is the same is in already
    // (the first one stays). The rows fill at most half of the slots: short probes.
    template <class Same>
    void insert(std::string_view key, std::size_t row, Same&& same) noexcept {
        std::size_t slot = slot_of(key);
        while (slots_[slot] != 0 && !same(static_cast<std::size_t>(slots_[slot] - 1u))) slot = (slot + 1) % slots;
        if (slots_[slot] == 0) slots_[slot] = static_cast<std::uint16_t>(row + 1);
    }
    void insert(std::string_view key, std::size_t row) noexcept {
        insert(key, row, [](std::size_t) { return false; });
    }

    // The first row, in the order of the probe from `key`'s slot, that `matches(row)`; no_row
    // where none does. Every row added under a key of the same hash is on that probe.
    template <class Matches>
    std::size_t find(std::string_view key, Matches&& matches) const noexcept {
        for (std::size_t slot = slot_of(key);; slot = (slot + 1) % slots) {
            auto const id = slots_[slot];
            if (id == 0) return no_row;
            if (matches(static_cast<std::size_t>(id - 1u))) return static_cast<std::size_t>(id - 1u);
        }
    }

private:
    // The short-string hash, spread by one more multiplication whose high bits pick the slot.
    static std::size_t slot_of(std::string_view key) noexcept {
        std::uint64_t const h = text::word_hash{}(key);
        return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15u) >> (64 - SlotBits));
    }

    std::uint16_t slots_[slots] = {};  // 1 + the row; 0 is an empty slot
};

// The table's keys by hash: thousands of them, and a lookup of most stretches of text finds
// none.
class key_index {
public:
    static key_index const& get() noexcept {
        static key_index const index;  // built on first use; thread-safe
        return index;
    }

    // The key equal to `folded_key`, or nullptr.
    generated::country_key const* find(std::string_view folded_key) const noexcept {
        auto const k = slots_.find(folded_key, [&](std::size_t row) { return generated::keys[row].key == folded_key; });
        return k == slots_.no_row ? nullptr : &generated::keys[k];
    }

private:
    static constexpr std::size_t key_count = std::size(generated::keys);
    static constexpr unsigned slot_bits = 13;
    static_assert(key_count * 2 <= row_slots<slot_bits>::slots && key_count < UINT16_MAX, "regrow the country key index");

    key_index() noexcept {
        for (std::size_t k = 0; k < key_count; ++k) slots_.insert(generated::keys[k].key, k);
    }

    row_slots<slot_bits> slots_;
};

// The first word of every key: the key up to its first space, ',', ':' or '.', or all of
// it. Kept as key_index keeps the keys (a view is the start of a key: its row and length),
// and built the same way, in one pass over the keys without allocating.
class first_word_index {
public:
    static first_word_index const& get() noexcept {
        static first_word_index const index;  // built on first use; thread-safe
        return index;
    }

    bool contains(std::string_view word) const noexcept {
        return slots_.find(word, [&](std::size_t k) { return first_word_of(k) == word; }) != slots_.no_row;
    }

private:
    static constexpr std::size_t key_count = std::size(generated::keys);
    static constexpr unsigned slot_bits = 13;
    static_assert(key_count * 2 <= row_slots<slot_bits>::slots && key_count < UINT16_MAX, "regrow the first word index");

    static std::string_view first_word_of(std::size_t k) noexcept {
        auto const key = generated::keys[k].key;
        // The separators are below ';', which letters, and the bytes of other scripts, are not.
        for (std::size_t end = 0; end < key.size(); ++end) {
            char const c = key[end];
            if (static_cast<unsigned char>(c) <= ':' && (c == ' ' || c == ',' || c == ':' || c == '.')) return key.substr(0, end);
        }
        return key;
    }

    first_word_index() noexcept {
        for (std::size_t k = 0; k < key_count; ++k) {
            auto const word = first_word_of(k);
            slots_.insert(word, k, [&](std::size_t other) { return first_word_of(other) == word; });
        }
    }

    row_slots<slot_bits> slots_;
};

// A scanned page's letters that look alike, each written one way: "m" for "rn" (and "rn" for
// "m"), "i" for "l" and "1" (a capital I folds to "i"), "o" for "0", "y" for "v" (a "y" whose
// tail the scan lost: "Kenva", "Guvana"). Two keys that fold so to the same text are a
// misreading apart. `out` holds key.size() bytes; the length written is returned.
inline std::size_t fold_look_alikes(std::string_view key, char* out) noexcept {
    std::size_t n = 0;
    for (std::size_t at = 0; at < key.size(); ++at) {
        char c = key[at];
        if (c == 'r' && at + 1 < key.size() && key[at + 1] == 'n') c = 'm', ++at;
        else if (c == 'l' || c == '1') c = 'i';
        else if (c == '0') c = 'o';
        else if (c == 'v') c = 'y';
        out[n++] = c;
    }
    return n;
}

// Whether `written` is `key` misread once: the two differ at one place only, where one look-alike
// stands for the other (fold_look_alikes folds both to the same text).
inline bool one_look_alike_apart(std::string_view written, std::string_view key) noexcept {
    std::size_t i = 0, j = 0, misread = 0;
    while (i < written.size() && j < key.size()) {
        if (written[i] == key[j]) {
            ++i, ++j;
            continue;
        }
        if (++misread > 1) return false;
        if (written.compare(i, 2, "rn") == 0 && key[j] == 'm') i += 2, ++j;
        else if (key.compare(j, 2, "rn") == 0 && written[i] == 'm') ++i, j += 2;
        else ++i, ++j;
    }
    return i == written.size() && j == key.size() && misread == 1;
}

// The keys by their look-alikes folded (fold_look_alikes), for a country a scanner misread:
// built on first use, as key_index is; a lookup allocates nothing.
class look_alike_index {
public:
    static look_alike_index const& get() {
        static look_alike_index const index;  // built on first use; thread-safe
        return index;
    }

    // The key that `folded_key` is one misreading of, or nullptr.
    generated::country_key const* find(std::string_view folded_key) const noexcept {
        char folded[longest + 1];
        if (folded_key.size() > longest) return nullptr;
        std::string_view const look(folded, fold_look_alikes(folded_key, folded));
        auto const k = slots_.find(look, [&](std::size_t row) { return folded_of(row) == look; });
        if (k == slots_.no_row) return nullptr;
        return one_look_alike_apart(folded_key, generated::keys[k].key) ? &generated::keys[k] : nullptr;
    }

    // Longest key asked about: a country's name written after a signer, not a sentence.
    static constexpr std::size_t longest = 40;

private:
    static constexpr std::size_t key_count = std::size(generated::keys);
    static constexpr unsigned slot_bits = 13;
    static_assert(key_count * 2 <= row_slots<slot_bits>::slots && key_count < UINT16_MAX, "regrow the look-alike index");

    std::string_view folded_of(std::size_t k) const noexcept {
        return std::string_view(pool_).substr(starts_[k], starts_[k + 1] - starts_[k]);
    }

    look_alike_index() {
        starts_.reserve(key_count + 1);
        starts_.push_back(0);
        for (auto const& k : generated::keys) {
            auto const at = pool_.size();
            pool_.resize(at + k.key.size());
            pool_.resize(at + fold_look_alikes(k.key, &pool_[at]));
            starts_.push_back(static_cast<std::uint32_t>(pool_.size()));
        }
        // Two keys that fold alike ("mali" and a name written so) keep the first's slot: a text
        // equal to either is found by key_index before it is asked here.
        for (std::size_t k = 0; k < key_count; ++k) {
            if (generated::keys[k].key.size() > longest) continue;
            auto const look = folded_of(k);
            slots_.insert(look, k, [&](std::size_t other) { return folded_of(other) == look; });
        }
    }

    std::string pool_;                  // the folded keys, one after the other
    std::vector<std::uint32_t> starts_;  // where key k's fold starts in pool_; one more at the end
    row_slots<slot_bits> slots_;
};

}  // namespace detail

CIVIC_FUNC void country_key_folder::append(std::string_view more) noexcept {
    if (overflowed_) return;
    auto const ascii_letter = [](char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (std::size_t i = 0; i < more.size();) {
        auto const d = utf8::decode(more, i);
        char32_t c = d.cp;
        if (detail::is_white(c)) {
            i += d.length;
            pending_space_ = n_ != 0;
            continue;
        }
        if (pending_space_) {
            pending_space_ = false;
            word_start_ = true;
            lone_letter_ = false;
            if (!detail::put_utf8(' ', out_, capacity_, n_)) {
                overflowed_ = true;
                return;
            }
        }
        if (ascii_letter(c)) {
            // A run of ASCII letters, most of any name, lowered in a tight loop as the ASCII
            // case below would lower each one; the state after it is the state after its last.
            std::size_t const from = i;
            std::size_t n = n_;
            do {
                if (n == capacity_) {
                    overflowed_ = true;
                    return;
                }
                out_[n++] = static_cast<char>(more[i++] | 0x20);
            } while (i < more.size() && ascii_letter(static_cast<unsigned char>(more[i])));
            n_ = n;
            lone_letter_ = i - from == 1 && word_start_;
            word_start_ = false;
            continue;
        }
        i += d.length;
        if (c == '.' && lone_letter_) {
            lone_letter_ = false;
            word_start_ = true;
            continue;
        }
        if (c < 0x80 && c != '"' && c != '\'' && c != '`') {  // ASCII without the general tables
            if (c >= 'A' && c <= 'Z') c += 32;
            bool const letter = c >= 'a' && c <= 'z';
            lone_letter_ = letter && word_start_;
            word_start_ = !letter && !(c >= '0' && c <= '9');
            if (n_ == capacity_) {
                overflowed_ = true;
                return;
            }
            out_[n_++] = static_cast<char>(c);
            continue;
        }
        if (utf8::is_quote(c)) c = '"';
        else if (utf8::is_dash(c)) c = '-';
        c = utf8::to_lower(c);
        if (c == 0x451) c = 0x435;  // ё → е: Russian writes both
        bool const letter = utf8::is_letter(c);
        lone_letter_ = letter && word_start_;
        word_start_ = !letter && !utf8::is_digit(c);
        if (!detail::put_utf8(c, out_, capacity_, n_)) {
            overflowed_ = true;
            return;
        }
    }
}

CIVIC_FUNC std::string_view country_key_folder::key() const noexcept {
    if (overflowed_) return {};
    auto key = detail::trim_noise(std::string_view(out_, n_));
    for (auto article : detail::articles) {
        if (key.size() > article.size() && key.substr(0, article.size()) == article) {
            key = detail::trim_noise(key.substr(article.size()));
            break;
        }
    }
    return key;
}

CIVIC_FUNC std::string_view fold_country_key(std::string_view written, char* out,
                                             std::size_t capacity) noexcept {
    country_key_folder folder(out, capacity);
    folder.append(written);
    return folder.key();
}

CIVIC_FUNC bool may_begin_country(std::string_view word) noexcept {
    // A word of letters folds letter by letter (to lower case, ё as е: what append() does to a
    // letter), and its separator to itself (a dot after two letters is no acronym dot): the
    // key of the stretch, unless an article is taken off its start, begins with exactly that
    // fold, then the end or a separator. The articles are ASCII words.
    if (word.size() < 2) return true;
    char folded[generated::max_key_bytes + 4];
    std::size_t n = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < word.size();) {
        if (auto const b = static_cast<unsigned char>(word[i]); b < 0x80) {  // ASCII, most headlines
            if (static_cast<unsigned char>((b | 0x20) - 'a') >= 26) return true;
            if (n > generated::max_key_bytes) return false;
            folded[n++] = static_cast<char>(b | 0x20);
            ++i;
            continue;
        }
        auto const d = utf8::decode(word, i);
        if (!d.valid || !utf8::is_letter(d.cp)) return true;  // the fold may differ
        if (n > generated::max_key_bytes) return false;        // longer than any key
        char32_t c = utf8::to_lower(d.cp);
        if (c == 0x451) c = 0x435;
        n += utf8::encode(c, folded + n);
        ascii = ascii && d.length == 1;
        i += d.length;
    }
    if (n > generated::max_key_bytes) return false;
    std::string_view const key_start(folded, n);
    if (ascii)
        for (auto article : detail::articles)
            if (article.size() == n + 1 && article.substr(0, n) == key_start) return true;
    return detail::first_word_index::get().contains(key_start);
}

CIVIC_FUNC std::optional<country> find_folded(std::string_view folded_key) noexcept {
    auto const* k = detail::key_index::get().find(folded_key);
    if (!k) return std::nullopt;
    auto const& row = generated::countries[k->row];
    return country{row.alpha2, row.alpha3, row.name};
}

CIVIC_FUNC std::optional<country> find_misread_folded(std::string_view folded_key) noexcept {
    // A word of four letters or fewer is a misreading away from too many others ("Mall", "Mali").
    if (folded_key.size() < 5 || folded_key.size() > detail::look_alike_index::longest) return std::nullopt;
    auto const* k = detail::look_alike_index::get().find(folded_key);
    if (!k) return std::nullopt;
    auto const& row = generated::countries[k->row];
    return country{row.alpha2, row.alpha3, row.name};
}

namespace detail {
// The country of an ISO 3166-1 code alone: a flag's letters are one.
inline std::optional<country> country_of_iso_code(std::string_view alpha2) noexcept {
    if (alpha2.size() != 2) return std::nullopt;
    for (auto const& row : generated::countries)
        if (row.alpha2 == alpha2) return country{row.alpha2, row.alpha3, row.name};
    return std::nullopt;
}
}  // namespace detail

CIVIC_FUNC std::optional<country> country_of_flag(std::string_view text) noexcept {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    // A regional indicator is U+1F1E6 … U+1F1FF: F0 9F 87 A6 … BF in UTF-8, a letter each.
    auto const letter = [&](std::size_t at) -> char {
        if (text.size() < at + 4 || text.compare(at, 3, "\xF0\x9F\x87") != 0) return 0;
        auto const last = static_cast<unsigned char>(text[at + 3]);
        return last >= 0xA6 && last <= 0xBF ? static_cast<char>('A' + (last - 0xA6)) : 0;
    };
    char const code[2] = {letter(0), letter(4)};
    if (code[0] == 0 || code[1] == 0) return std::nullopt;
    return detail::country_of_iso_code(std::string_view(code, 2));
}

CIVIC_FUNC std::optional<country> country_of_code(std::string_view alpha2) noexcept {
    if (auto const c = detail::country_of_iso_code(alpha2)) return c;
    // "Birchwood Lawyers Union – EL": the European Union writes Greece's code and the
    // United Kingdom's its own way, and its lists of members follow it.
    if (alpha2 == "EL") return detail::country_of_iso_code("GR");
    if (alpha2 == "UK") return detail::country_of_iso_code("GB");
    return std::nullopt;
}

namespace detail {
struct region_name {
    std::string_view code, name;
};

// The bytes a region's name may have: the index's keys are made in a buffer of this size.
constexpr std::size_t region_name_room = 40;

template <std::size_t N>
constexpr bool region_names_fit(region_name const (&regions)[N]) noexcept {
    for (auto const& r : regions)
        if (r.name.size() > region_name_room) return false;
    return true;
}

// The ASCII letters of `text` in capitals, into `out` (text.size() bytes): the key a region is
// found by, whether the text writes its name as the table does or in capitals.
inline std::string_view ascii_capitals(std::string_view text, char* out) noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        out[i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return std::string_view(out, text.size());
}

// The regions of one list by their codes and by their names in capitals, built once: a text is
// looked up, where it was compared with every region's code or name in turn (most texts asked
// about after a signer's town are no region).
template <std::size_t N>
class region_index {
public:
    explicit region_index(region_name const (&regions)[N]) noexcept : regions_(regions) {
        for (std::size_t k = 0; k < N; ++k) {
            codes_.insert(regions[k].code, k);
            char capitals[region_name_room];
            names_.insert(ascii_capitals(regions[k].name, capitals), k);
            longest_ = std::max(longest_, regions[k].name.size());
        }
    }

    // Whether `written` is one of the regions: by its code (two or three capitals), or by its
    // name as written or in capitals ("NEW MEXICO": a heading in capitals writes the name so).
    bool names(std::string_view written) const noexcept {
        // Most texts asked about are no region: a code is capitals, a name longer and capitalised.
        if (written.size() < 2 || written[0] < 'A' || written[0] > 'Z') return false;
        if (written.size() <= 3)
            return codes_.find(written, [&](std::size_t k) { return regions_[k].code == written; }) != codes_.no_row;
        if (written.size() > longest_) return false;
        // A name written so has the capitals of the table's: it is among the names of its key's
        // probe, each compared byte by byte.
        auto const same_name = [&](std::size_t k) {
            auto const name = regions_[k].name;
            if (name.size() != written.size()) return false;
            for (std::size_t i = 0; i < name.size(); ++i)
                if (written[i] != name[i] && !(name[i] >= 'a' && name[i] <= 'z' && written[i] == name[i] - 'a' + 'A')) return false;
            return true;
        };
        char capitals[region_name_room];
        return names_.find(ascii_capitals(written, capitals), same_name) != names_.no_row;
    }

private:
    static_assert(N * 2 <= row_slots<7>::slots, "regrow the region index");

    region_name const (&regions_)[N];
    row_slots<7> codes_, names_;
    std::size_t longest_ = 0;
};
}  // namespace detail

CIVIC_FUNC bool is_us_state(std::string_view written) noexcept {
    static constexpr detail::region_name states[] = {
        {"AL", "Alabama"},      {"AK", "Alaska"},        {"AZ", "Arizona"},        {"AR", "Arkansas"},
        {"CA", "California"},   {"CO", "Colorado"},      {"CT", "Connecticut"},    {"DE", "Delaware"},
        {"DC", "District of Columbia"},                  {"FL", "Florida"},        {"GA", "Georgia"},
        {"HI", "Hawaii"},       {"ID", "Idaho"},         {"IL", "Illinois"},       {"IN", "Indiana"},
        {"IA", "Iowa"},         {"KS", "Kansas"},        {"KY", "Kentucky"},       {"LA", "Louisiana"},
        {"ME", "Maine"},        {"MD", "Maryland"},      {"MA", "Massachusetts"},  {"MI", "Michigan"},
        {"MN", "Minnesota"},    {"MS", "Mississippi"},   {"MO", "Missouri"},       {"MT", "Montana"},
        {"NE", "Nebraska"},     {"NV", "Nevada"},        {"NH", "New Hampshire"},  {"NJ", "New Jersey"},
        {"NM", "New Mexico"},   {"NY", "New York"},      {"NC", "North Carolina"}, {"ND", "North Dakota"},
        {"OH", "Ohio"},         {"OK", "Oklahoma"},      {"OR", "Oregon"},         {"PA", "Pennsylvania"},
        {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},  {"TN", "Tennessee"},
        {"TX", "Texas"},        {"UT", "Utah"},          {"VT", "Vermont"},        {"VA", "Virginia"},
        {"WA", "Washington"},   {"WV", "West Virginia"}, {"WI", "Wisconsin"},      {"WY", "Wyoming"}};
    static_assert(detail::region_names_fit(states), "a region's name longer than the index's room");
    static detail::region_index<std::size(states)> const index(states);  // built on first use; thread-safe
    return index.names(written);
}

CIVIC_FUNC bool is_province_or_state(std::string_view written) noexcept {
    static constexpr detail::region_name regions[] = {
        // Canada's provinces and territories.
        {"AB", "Alberta"}, {"BC", "British Columbia"}, {"MB", "Manitoba"}, {"NB", "New Brunswick"},
        {"NL", "Newfoundland and Labrador"}, {"NS", "Nova Scotia"}, {"NT", "Northwest Territories"},
        {"NU", "Nunavut"}, {"ON", "Ontario"}, {"PE", "Prince Edward Island"}, {"QC", "Quebec"},
        {"QC", "Québec"}, {"SK", "Saskatchewan"}, {"YT", "Yukon"},
        // Australia's states and territories.
        {"ACT", "Australian Capital Territory"}, {"NSW", "New South Wales"}, {"NT", "Northern Territory"},
        {"QLD", "Queensland"}, {"SA", "South Australia"}, {"TAS", "Tasmania"}, {"VIC", "Victoria"},
        {"WA", "Western Australia"}};
    static_assert(detail::region_names_fit(regions), "a region's name longer than the index's room");
    static detail::region_index<std::size(regions)> const index(regions);  // built on first use; thread-safe
    return index.names(written);
}

CIVIC_FUNC std::optional<country> find_country(std::string_view written) noexcept {
    char buf[country_key_capacity];
    return find_folded(fold_country_key(written, buf, sizeof buf));
}

CIVIC_FUNC bool is_pseudo_country_key(std::string_view key) noexcept {
    // Kept out of the generated table on purpose: these must never yield a code.
    static constexpr std::string_view pseudo[] = {
        "regional",    "international", "global",      "worldwide",     "world",
        "europe",      "eu",            "european union", "transnational", "multinational",
        "multiple",    "various",       "online",      "africa",        "asia",
        "latin america", "middle east", "региональная", "международная", "глобальная",
        "регіональна", "міжнародна",    "глобальна",
        // The same as a group's heading writes them, of its signers ("Міжнародні (2)").
        "региональные", "международные", "глобальные", "регіональні", "міжнародні", "глобальні",
        // The same group headings in Spanish and French lists.
        "regionales",  "internacional", "internacionales", "mundial", "europa", "régional", "internationale",
        "internationales"};
    // Most keys asked are a name's or a country's, told at their first byte: none of the words
    // begins with it ("association …", "kenya").
    static constexpr auto first_bytes = [] {
        std::array<bool, 256> a{};
        for (auto w : pseudo) a[static_cast<unsigned char>(w[0])] = true;
        return a;
    }();
    if (key.empty() || !first_bytes[static_cast<unsigned char>(key[0])]) return false;
    return std::find(std::begin(pseudo), std::end(pseudo), key) != std::end(pseudo);
}

CIVIC_FUNC bool is_pseudo_country(std::string_view written) noexcept {
    char buf[country_key_capacity];
    return is_pseudo_country_key(fold_country_key(written, buf, sizeof buf));
}

}  // namespace geo
CIVIC_NAMESPACE_END
