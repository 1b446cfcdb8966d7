// Maps positions in cleaned text back to byte offsets of the original input.
#pragma once
#include <civic/config.hpp>
#include <civic/text/search_from.hpp>

#include <algorithm>
#include <cstddef>
#include <vector>

CIVIC_NAMESPACE_BEGIN

// Piecewise-linear: between two anchors, cleaned and original bytes advance together.
// Clean-up stages only add an anchor where they insert, delete or replace bytes, so the map
// stays a few entries long for ordinary text instead of one entry per byte.
//
// Where bytes were deleted, one cleaned position stands for two original ones: the end of
// what came before the deletion and the start of what comes after it. The map keeps both
// (two anchors at the same cleaned position): to_original() gives the start of what follows,
// to_original_end() the end of what precedes.
class offset_map {
public:
    struct anchor {
        std::size_t clean;
        std::size_t original;
    };

    offset_map() {
        // Room for the few anchors of a stage that changes a few places, in one allocation.
        anchors_.reserve(8);
        anchors_.push_back({0, 0});
    }

    // Declares that cleaned position `clean` comes from original offset `original`. Calls
    // come in non-decreasing order of `clean`, and of `original` for one `clean`.
    void add(std::size_t clean, std::size_t original) {
        auto& last = anchors_.back();
        if (last.original + (clean - last.clean) == original) return;  // already implied
        // Deletions one after another ("</b></i>"): keep the first and the last original.
        if (anchors_.size() >= 2 && last.clean == clean && anchors_[anchors_.size() - 2].clean == clean) {
            last.original = original;
            return;
        }
        anchors_.push_back({clean, original});
    }

    // Like add(), but kept even where implied: the end of what precedes a deletion, so that
    // to_original_end() finds it beside the start of what follows.
    void add_deletion_start(std::size_t clean, std::size_t original) {
        auto const& last = anchors_.back();
        if (last.clean == clean) return;  // a deletion already starts here, or this one goes on
        anchors_.push_back({clean, original});
    }

    std::size_t to_original(std::size_t clean) const noexcept {
        std::size_t from = 0;
        return to_original(clean, from);
    }

    // The original offset for the END of a range that stops at cleaned `clean`: read from the
    // left, so that bytes the clean-up removed right after the range ("</li>") stay out of it.
    std::size_t to_original_end(std::size_t clean) const noexcept {
        std::size_t from = 0;
        return to_original_end(clean, from);
    }

    // The same, with the search for the anchor started at `hint`, where an earlier query left
    // it: the recognisers ask in nearly increasing order, and a scraped page of megabytes has
    // hundreds of thousands of anchors, a bisection of them a cache miss a step.
    std::size_t to_original(std::size_t clean, std::size_t& hint) const noexcept {
        hint = last_anchor_at(clean, hint);
        auto const& a = anchors_[hint];
        return a.original + (clean - a.clean);
    }
    std::size_t to_original_end(std::size_t clean, std::size_t& hint) const noexcept {
        auto k = last_anchor_at(clean, hint);
        hint = k;
        if (anchors_[k].clean == clean) {
            // The first of a pair at `clean`: the end of what precedes a deletion.
            while (k > 0 && anchors_[k - 1].clean == clean) --k;
            return anchors_[k].original;
        }
        return anchors_[k].original + (clean - anchors_[k].clean);
    }

    std::vector<anchor> const& anchors() const noexcept { return anchors_; }

private:
    // The index of the last anchor at or before cleaned position `clean` (anchors_[0] is at
    // 0), searched from `from`.
    std::size_t last_anchor_at(std::size_t clean, std::size_t from) const noexcept {
        auto const after = [](std::size_t c, anchor const& a) { return c < a.clean; };
        return text::upper_bound_from(anchors_.begin(), anchors_.size(), from, clean, after) - 1;
    }

    std::vector<anchor> anchors_;
};

CIVIC_NAMESPACE_END
