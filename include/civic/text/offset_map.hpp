// Maps positions in cleaned text back to byte offsets of the original input.
#pragma once
#include <civic/config.hpp>

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
        auto it = std::upper_bound(anchors_.begin(), anchors_.end(), clean,
                                   [](std::size_t c, anchor const& a) { return c < a.clean; });
        --it;  // the first anchor is {0, 0}, so `it` is never begin() - 1
        return it->original + (clean - it->clean);
    }

    // The original offset for the END of a range that stops at cleaned `clean`: read from the
    // left, so that bytes the clean-up removed right after the range ("</li>") stay out of it.
    std::size_t to_original_end(std::size_t clean) const noexcept {
        auto it = std::lower_bound(anchors_.begin(), anchors_.end(), clean,
                                   [](anchor const& a, std::size_t c) { return a.clean < c; });
        if (it != anchors_.end() && it->clean == clean) return it->original;  // the first of a pair
        --it;  // the last anchor before `clean`; anchors_[0] is {0, 0}
        return it->original + (clean - it->clean);
    }

    std::vector<anchor> const& anchors() const noexcept { return anchors_; }

private:
    std::vector<anchor> anchors_;
};

CIVIC_NAMESPACE_END
