// The entry readings of a document's blocks, kept for the list finder (document_reader).
#pragma once
#include <civic/recognise/signatories.hpp>

#include <cstddef>
#include <deque>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

// The entry readings of a document's blocks, made on first use (document_reader::reading):
// thousands are made for a long list, and a deque allocates them a chunk at a time, not one
// allocation each, and never moves them, so that a reading stays where a caller holds it
// while others are made. `where_[i]` is block i's place in the pool plus one; 0: not read.
// The deque is made with the first reading: making one allocates its map and a chunk, and
// a text with no block that may be a list reads none.
// Most blocks of most texts (prose, demands) are ruled out, and a ruled-out reading holds only
// its verdict, one of three: it is kept as a mark in `where_`, not in the pool, where each
// took 40 bytes until the lists were found (2.7 MB of a 5 MB text of short paragraphs).
class entry_readings {
public:
    entry_reading const* find(std::size_t block) const noexcept {
        if (block >= where_.size() || where_[block] == 0) return nullptr;
        if (auto const* r = ruled_out(where_[block])) return r;
        return &(*pool_)[where_[block] - 1];
    }
    entry_reading const& add(std::size_t block, std::size_t blocks, entry_reading reading) {
        if (where_.size() != blocks) where_.resize(blocks);
        if (!reading.read && reading.likelihood == entry_likelihood::none) {
            auto const mark = mark_of(reading.person_entry);
            where_[block] = mark;
            return *ruled_out(mark);
        }
        if (!pool_) pool_.emplace();
        pool_->push_back(std::move(reading));
        where_[block] = pool_->size();
        return pool_->back();
    }
    // Block i's reading, to move from; it is forgotten, and read again if asked for again.
    entry_reading take(std::size_t block) {
        auto const at = std::exchange(where_[block], 0);
        if (auto const* r = ruled_out(at)) return *r;
        return std::move((*pool_)[at - 1]);
    }
    // Block i's reading is not needed again: its entries go now, not when all the readings do.
    void drop(std::size_t block) {
        if (find(block)) take(block);
    }
    void release() {
        decltype(where_)().swap(where_);
        pool_.reset();
    }

private:
    // The marks of the ruled-out readings, by what they say of is_person_entry (unknown, no,
    // yes): the three largest values, which no place in the pool reaches.
    static std::size_t mark_of(std::optional<bool> person_entry) noexcept {
        return static_cast<std::size_t>(-1) - (person_entry ? 1 + *person_entry : 0);
    }
    static entry_reading const* ruled_out(std::size_t at) noexcept {
        auto const k = static_cast<std::size_t>(-1) - at;
        if (k >= 3) return nullptr;
        static entry_reading const readings[] = {ruled_out_reading(std::nullopt), ruled_out_reading(false),
                                                 ruled_out_reading(true)};
        return &readings[k];
    }
    static entry_reading ruled_out_reading(std::optional<bool> person_entry) {
        entry_reading r;
        r.person_entry = person_entry;
        return r;
    }

    std::vector<std::size_t> where_;
    std::optional<std::deque<entry_reading>> pool_;
};

}  // namespace document_detail
}  // namespace recognise
CIVIC_NAMESPACE_END
