// The one way clean-up stages produce their output: keep or replace ranges of the input
// text, left to right, and the offset map is composed for them.
#pragma once
#include <civic/text/cleaned_text.hpp>

#include <optional>
#include <string>
#include <string_view>

CIVIC_NAMESPACE_BEGIN

class rewriter {
public:
    // `buffer`, when given, is a string whose memory the output may take over (its content is
    // dropped): clean_up passes the text of the stage before last, so that a long input is
    // written into memory already in use rather than into fresh pages at every stage.
    // The output is made at the first change: most stages change nothing in most texts, and
    // an output made up front cost an allocation (its offset map's) for nothing.
    explicit rewriter(cleaned_text const& in, std::string* buffer = nullptr) : in_(in), buffer_(buffer) {}

    // Copies in.text[from, to) unchanged.
    void keep(std::size_t from, std::size_t to) {
        if (from >= to) return;
        // Until the first change the output is a prefix of the input: nothing is copied, so a
        // stage that finds nothing to do costs a scan and no copy.
        if (!out_ && from == unchanged_) {
            unchanged_ = to;
            return;
        }
        start();
        copy(from, to);
    }

    // Writes `replacement` in place of in.text[from, to) (either may be empty).
    // Every byte of the replacement maps to the start of what it replaces, so a block that
    // starts inside it ("\n- " for "<li>") starts its span at the replaced markup.
    void replace(std::size_t from, std::size_t to, std::string_view replacement) {
        start();
        auto& out = *out_;
        auto const origin = in_.map.to_original(from);
        if (replacement.empty() && to > from) out.map.add_deletion_start(out.text.size(), origin);
        for (std::size_t k = 0; k < replacement.size() || k == 0; ++k) out.map.add(out.text.size() + k, origin);
        out.text.append(replacement);
        out.map.add(out.text.size(), in_.map.to_original(to));
    }

    // What the output holds so far: the input's prefix until the first change.
    std::string_view written() const noexcept {
        return out_ ? std::string_view(out_->text) : std::string_view(in_.text).substr(0, unchanged_);
    }

    // Whether anything was replaced: without, the output is the input.
    bool changed() const noexcept { return out_.has_value(); }

    // The output, or nothing when it is the input unchanged (the caller keeps the input).
    std::optional<cleaned_text> finish_changes() && {
        return std::move(out_);
    }

    cleaned_text finish() && {
        if (!out_) return in_;
        return std::move(*out_);
    }

private:
    void start() {
        if (out_) return;
        // Room for the input and a little growth. The buffer is taken only when it is large
        // enough: reserve() beyond a string's capacity doubles it (a 20 MB text got a 40 MB
        // buffer that the cleaned text then kept), while a fresh string gets the exact size.
        auto const wanted = in_.text.size() + in_.text.size() / 16;
        auto& out = out_.emplace();
        out.original_size = in_.original_size;
        if (buffer_) {
            if (buffer_->capacity() >= wanted) out.text.swap(*buffer_);
            else std::string().swap(*buffer_);  // released before the new one is allocated
            out.text.clear();
        }
        out.text.reserve(wanted);
        copy(0, unchanged_);
    }

    void copy(std::size_t from, std::size_t to) {
        if (from >= to) return;
        auto& out = *out_;
        out.map.add(out.text.size(), in_.map.to_original(from));
        // Carry over the input's own anchors inside the range.
        auto const& anchors = in_.map.anchors();
        while (cursor_ < anchors.size() && anchors[cursor_].clean <= from) ++cursor_;
        for (auto k = cursor_; k < anchors.size() && anchors[k].clean < to; ++k) {
            auto const at = out.text.size() + (anchors[k].clean - from);
            bool const deletion_start = k + 1 < anchors.size() && anchors[k + 1].clean == anchors[k].clean;
            if (deletion_start) out.map.add_deletion_start(at, anchors[k].original);
            else out.map.add(at, anchors[k].original);
        }
        out.text.append(in_.text, from, to - from);
    }

    cleaned_text const& in_;
    std::string* buffer_;
    std::optional<cleaned_text> out_;  // made at the first change (start()); none while the output is the input
    std::size_t cursor_ = 0;
    std::size_t unchanged_ = 0;  // before the first change: in.text[0, unchanged_) is the output
};

CIVIC_NAMESPACE_END
