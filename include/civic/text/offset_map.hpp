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
class offset_map {
public:
    struct anchor {
        std::size_t clean;
        std::size_t original;
    };

    offset_map() { anchors_.push_back({0, 0}); }

    // Declares that cleaned position `clean` comes from original offset `original`.
    // Calls must come in non-decreasing order of `clean`.
    void add(std::size_t clean, std::size_t original) {
        auto& last = anchors_.back();
        if (last.clean == clean) {
            last.original = original;
            return;
        }
        if (last.original + (clean - last.clean) == original) return;  // already implied
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
        if (clean == 0) return to_original(0);
        auto it = std::lower_bound(anchors_.begin(), anchors_.end(), clean,
                                   [](anchor const& a, std::size_t c) { return a.clean < c; });
        --it;  // the last anchor strictly before `clean`; anchors_[0] is {0, 0}
        return it->original + (clean - it->clean);
    }

    std::vector<anchor> const& anchors() const noexcept { return anchors_; }

private:
    std::vector<anchor> anchors_;
};

CIVIC_NAMESPACE_END
