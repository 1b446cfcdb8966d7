// Definitions for <civic/recognise/document.hpp>: the order in which the recognisers read a
// document, and the statement they build.
#pragma once
#include <civic/geo/countries.hpp>
#include <civic/grammar/coalition.hpp>
#include <civic/grammar/date.hpp>
#include <civic/lang/detect.hpp>
#include <civic/lang/phrases.hpp>
#include <civic/recognise/calls.hpp>
#include <civic/recognise/document.hpp>
#include <civic/recognise/signatories.hpp>

#include <algorithm>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace document_detail {

using layout::block;
using layout::block_kind;

inline std::size_t word_count(std::string_view s) {
    std::size_t n = s.empty() ? 0 : 1;
    for (char c : s) n += c == ' ';
    return n;
}

inline std::string_view strip_trailing_punctuation(std::string_view s) {
    while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ' ' || s.back() == '!' || s.back() == '|' ||
                          s.back() == '{' || s.back() == '}'))
        s.remove_suffix(1);
    return s;
}

// Site chrome: "Other news", "Share", an image name left by a scraper ("logo_web_23").
inline bool is_chrome(block const& b, std::string const& folded) {
    if (b.text.find(' ') == std::string::npos && b.text.find('_') != std::string::npos) return true;
    auto text = strip_trailing_punctuation(folded);
    if (text.size() > 60) return false;
    for (auto const* t : lang::all_languages)
        for (std::string_view p : t->chrome_phrases)
            if (lang::starts_with_phrase(text, p) && text.size() <= p.size() + 24) return true;
    return false;
}

// A line that can be a headline: short, no full stop at the end, starts like a title.
inline bool heading_like(block const& b) {
    if (b.kind == block_kind::heading) return true;
    if (b.kind != block_kind::text || b.text.size() > 300 || b.text.size() < 3) return false;
    char last = b.text.back();
    if (last == ',' || last == ';') return false;
    if (last == '.' && b.text.size() > 3 && b.text[b.text.size() - 2] != '.') return false;
    // A file name or an address is no headline ("Communique-commun-2019.pdf").
    if (b.text.find(' ') == std::string::npos && b.text.find_first_of("./_") != std::string::npos) return false;
    auto first = utf8::decode(b.text, 0).cp;
    return utf8::is_upper_letter(first) || utf8::is_digit(first) || utf8::is_quote(first);
}

// Prose: a long block, or one made of sentences.
inline bool is_prose(block const& b) {
    if (b.kind != block_kind::text) return false;
    return b.text.size() > 300 || (b.text.size() > 80 && (b.text.back() == '.' || b.text.back() == ':'));
}

// A line that is mostly a date ("16.11.2021, 10:50", "Tbilisi, July 14, 2009"); a
// headline that ends with its date is still a headline.
inline bool is_date_line(block const& b) {
    if (b.text.size() > 60 || word_count(b.text) > 6) return false;
    return grammar::find_date(utf8::lower_same_length(b.text)).has_value();
}

// Inside a list: "Technology Companies and Trade Associations:" heads a group of entries.
inline bool is_group_heading(block const& b) {
    if (b.kind != block_kind::text || b.text.back() != ':' || word_count(b.text) > 8) return false;
    auto first = utf8::decode(b.text, 0).cp;
    return utf8::is_upper_letter(first) || utf8::is_quote(first);
}

// A line that names its reader ("To the President …", "Aux autorités …", "Pan Mariusz …")
// or leads in to what follows ("Here is the joint statement:") is not a headline.
inline bool addresses_or_leads_in(block const& b, std::string const& folded) {
    if (b.kind == block_kind::heading) return false;
    if (b.text.back() == ':') return true;
    return lang::starts_with_any<&lang::language_table::addressee_openers>(folded) ||
           lang::starts_with_any<&lang::language_table::person_titles>(folded);
}

inline std::optional<statement_kind> kind_in(std::string const& folded, lang::language_table const* preferred) {
    auto m = lang::find_any<&lang::language_table::kind_words>(folded, preferred);
    if (!m) return std::nullopt;
    for (auto const& k : m.table->kind_words)
        if (k.phrase == m.phrase) return k.kind;
    return std::nullopt;
}

// "Dear Minister,", "Szanowny Panie Ministrze,", "Madame la Présidente,": a greeting line.
inline bool is_greeting(block const& b, std::string const& folded) {
    return b.text.size() <= 80 && (b.text.back() == ',' || b.text.back() == '!') &&
           lang::starts_with_any<&lang::language_table::salutations>(folded);
}

// The text without what it quotes: words between double quotation marks are someone else's.
inline std::string without_quotations(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    int depth = 0;
    bool straight_open = false;
    for (std::size_t i = 0; i < text.size();) {
        auto d = utf8::decode(text, i);
        bool opens = d.cp == 0x201C || d.cp == 0x201E || d.cp == 0xAB;
        bool closes = d.cp == 0x201D || d.cp == 0xBB;
        if (d.cp == '"') (straight_open ? closes : opens) = true, straight_open = !straight_open;
        if (opens) ++depth;
        else if (closes && depth > 0) --depth;
        else if (depth == 0) out.append(text.substr(i, d.length));
        i += d.length;
    }
    return out;
}

// Whether the authors speak for themselves: "we", "our", "мы", "nous" … outside quotations.
inline bool speaks_as_we(std::string_view text) {
    auto folded = utf8::fold(without_quotations(text));
    return static_cast<bool>(lang::find_any<&lang::language_table::first_person_plural>(folded)) ||
           static_cast<bool>(lang::find_any<&lang::language_table::opening_phrases>(folded));
}

// Whether the kind word at `position` is reported on ("… in einem offenen Brief",
// "in a joint statement"): a marker of the tables ends at most one word before it.
inline bool reported(std::string_view folded, std::size_t position) {
    auto before = folded.substr(0, position);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    // The marker may be followed by one word ("in einer gemeinsamen Erklärung").
    auto last_space = before.rfind(' ');
    std::string_view shorter = last_space == std::string_view::npos ? std::string_view() : before.substr(0, last_space);
    for (auto const* t : lang::all_languages)
        for (std::string_view marker : t->reporting_markers)
            for (auto candidate : {before, shorter})
                if (candidate.size() >= marker.size() &&
                    candidate.compare(candidate.size() - marker.size(), marker.size(), marker) == 0 &&
                    (candidate.size() == marker.size() || candidate[candidate.size() - marker.size() - 1] == ' '))
                    return true;
    return false;
}

// The kind, as the headline names it, or else as the first paragraphs do. A text that
// reports on a statement ("… signed an open letter") is a press release.
inline statement_kind decide_kind(std::string const& title, std::vector<std::string> const& paragraphs,
                                  lang::language_table const* table) {
    auto named = [&](std::string const& folded) -> std::optional<statement_kind> {
        auto m = lang::find_any<&lang::language_table::kind_words>(folded, table);
        if (!m) return std::nullopt;
        if (reported(folded, m.position)) return statement_kind::press_release;
        for (auto const& k : m.table->kind_words)
            if (k.phrase == m.phrase) return k.kind;
        return std::nullopt;
    };
    if (auto k = named(title)) return *k;
    for (auto const& p : paragraphs)
        if (auto k = named(p)) return *k;
    return statement_kind::unknown;
}

// The first block that reads as the headline, before the first paragraph of prose.
inline std::optional<std::size_t> find_title(std::vector<block> const& blocks, std::vector<std::string> const& folded,
                                             lang::language_table const* table, std::size_t from) {
    std::size_t const limit = blocks.size() < from + 12 ? blocks.size() : from + 12;
    std::optional<std::size_t> first_heading, dated_heading;
    bool prose_seen = false;
    int address_lines = 0;
    for (std::size_t i = from; i < limit; ++i) {
        auto const& b = blocks[i];
        if (is_prose(b)) {
            prose_seen = true;
            continue;
        }
        if (!heading_like(b) || is_chrome(b, folded[i]) || is_date_line(b)) continue;
        // An address block: its first line names the reader, the next two or so their office.
        if (addresses_or_leads_in(b, folded[i])) {
            address_lines = b.text.back() == ':' ? 0 : 3;
            continue;
        }
        if (address_lines > 0 && !kind_in(folded[i], table)) {
            --address_lines;
            continue;
        }
        address_lines = 0;
        if (b.kind == block_kind::heading && b.heading_level == 1) return i;
        // A headline that names the kind may follow a lede paragraph.
        if (kind_in(folded[i], table)) return i;
        if (prose_seen) continue;
        if (!first_heading && word_count(b.text) >= 3) first_heading = i;
        // A news page puts the date right under the headline.
        if (!dated_heading && word_count(b.text) >= 3 && i + 1 < blocks.size() && is_date_line(blocks[i + 1]))
            dated_heading = i;
    }
    return dated_heading ? dated_heading : first_heading;
}

// "We, the undersigned members of the Civic Solidarity Platform (CSP)": the coalition after
// one of the tables' member phrases, in the opening or the title.
// Outside an opening or a title, only the authors' own "We, members of …" counts (not "the
// leaders and members of the Congress of Trade Unions" they write about).
// `text` is a stretch of the cleaned text that starts at cleaned offset `offset`; the
// coalition's span covers its name and acronym.
inline std::optional<coalition> find_coalition(std::string_view text, std::size_t offset, span_maker const& spans,
                                               bool spoken_by_authors = false) {
    auto lowered = utf8::lower_same_length(text);
    auto m = lang::find_any<&lang::language_table::coalition_markers>(lowered);
    if (!m) return std::nullopt;
    if (spoken_by_authors) {
        auto before = std::string_view(lowered).substr(0, m.position);
        std::size_t words = 0, from = before.size();
        while (from > 0 && words < 4) {
            --from;
            if (before[from] == ' ' && from + 1 < before.size() && before[from + 1] != ' ') ++words;
        }
        if (!lang::find_any<&lang::language_table::first_person_plural>(utf8::fold(before.substr(from)))) return std::nullopt;
    }
    auto rest = text.substr(m.position + m.phrase.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    auto mention = grammar::parse_coalition(rest);
    if (!mention || word_count(mention->name) < 2) return std::nullopt;
    coalition c;
    c.name = layout::collapse_spaces(mention->name);
    c.acronym = mention->acronym;
    auto const begin = offset + static_cast<std::size_t>(mention->first - text.data());
    auto const end = offset + static_cast<std::size_t>(mention->last - text.data());
    c.span = spans(begin, end);
    return c;
}

// Countries named in the title ("… the alarming situation in Kazakhstan").
inline std::vector<std::string> countries_in(std::string_view text) {
    std::vector<std::string> codes;
    std::vector<std::string_view> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ' || text[i] == ',' || text[i] == ':' || text[i] == '.') {
            if (i > start) words.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!utf8::is_upper_letter(utf8::decode(words[i], 0).cp)) continue;
        for (std::size_t n = 4; n >= 1; --n) {
            if (i + n > words.size()) continue;
            auto const* first = words[i].data();
            auto const* last = words[i + n - 1].data() + words[i + n - 1].size();
            auto c = geo::find_country(std::string_view(first, static_cast<std::size_t>(last - first)));
            if (!c) continue;
            std::string code(c->alpha2);
            bool seen = false;
            for (auto& x : codes) seen = seen || x == code;
            if (!seen) codes.push_back(code);
            i += n - 1;
            break;
        }
    }
    return codes;
}

}  // namespace document_detail

CIVIC_FUNC statement recognise_document(document_input const& in, diagnostics& diags) {
    using namespace document_detail;
    auto const& blocks = in.blocks;
    std::size_t const n = blocks.size();
    statement st;

    std::vector<std::string> folded(n);
    for (std::size_t i = 0; i < n; ++i) folded[i] = utf8::fold(blocks[i].text);
    std::vector<block_role> roles(n, block_role::paragraph);

    auto guess = lang::detect_language(in.cleaned.text);
    st.language = std::string(guess.code);
    auto const* table = lang::find_language(guess.code);

    auto text_of = [&](std::size_t i) { return text_block{blocks[i].text, in.spans(blocks[i].begin, blocks[i].end)}; };

    // 0. Front matter of a Markdown post ("---" / "title: …" / "date: …" / "---").
    std::size_t front_matter_end = 0;
    std::optional<text_block> front_matter_title;
    std::optional<statement_date> front_matter_date;  // "date:", not "publishdate:" or "lastmod:"
    if (n > 1 && blocks[0].text == "---") {
        for (std::size_t i = 1; i < n && i < 60; ++i)
            if (blocks[i].text == "---") {
                front_matter_end = i + 1;
                break;
            }
        for (std::size_t i = 0; i < front_matter_end; ++i) {
            roles[i] = block_role::metadata;
            std::string_view t = blocks[i].text;
            if (t.compare(0, 6, "title:") == 0) {
                auto value = t.substr(6);
                while (!value.empty() && (value.front() == ' ' || value.front() == '"')) value.remove_prefix(1);
                while (!value.empty() && value.back() == '"') value.remove_suffix(1);
                auto b = blocks[i].begin + static_cast<std::size_t>(value.data() - t.data());
                front_matter_title = text_block{std::string(value), in.spans(b, b + value.size())};
            }
            if (t.compare(0, 5, "date:") == 0)
                if (auto d = grammar::find_date(t.substr(5))) {
                    statement_date sd;
                    sd.year = d->year, sd.month = d->month, sd.day = d->day;
                    sd.span = in.spans(blocks[i].begin, blocks[i].end);
                    front_matter_date = sd;
                }
        }
    }

    // 1. The headline, and what stands before it: site chrome, the publisher's line.
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t title = find_title(blocks, folded, table, front_matter_end).value_or(none);
    // A Markdown heading outranks the front matter's title; a line that only looks like one does not.
    if (front_matter_title && title != none && blocks[title].kind != block_kind::heading) title = none;
    std::size_t body_start = front_matter_end;
    if (front_matter_title && title == none) st.title = front_matter_title;
    if (title != none) {
        // What stands before the headline is chrome, but for a lede paragraph.
        for (std::size_t i = front_matter_end; i < title; ++i)
            roles[i] = is_prose(blocks[i]) ? block_role::paragraph : block_role::chrome_header;
        roles[title] = block_role::title;
        st.title = text_of(title);
        body_start = title + 1;
        // The publisher: the site's or organisation's name, the first short line above the
        // headline that is not a menu, a date or other chrome.
        for (std::size_t i = front_matter_end; i < title && !st.publisher; ++i)
            if (heading_like(blocks[i]) && !is_chrome(blocks[i], folded[i]) && !is_date_line(blocks[i]) &&
                blocks[i].text.size() <= 80 && word_count(blocks[i].text) <= 8)
                st.publisher = text_of(i);
    }
    // Chrome and date lines between the headline and the text.
    while (body_start < n && (is_chrome(blocks[body_start], folded[body_start]) || is_date_line(blocks[body_start]))) {
        roles[body_start] = is_date_line(blocks[body_start]) ? block_role::metadata : block_role::chrome_header;
        ++body_start;
    }

    // 2. The footer: from the first line of chrome after which no list of signatories
    //    begins (a "Share" bar may stand between the text and its list). Chrome lines
    //    before it stay chrome, without ending the text.
    std::vector<bool> chrome(n, false);
    for (std::size_t i = body_start; i < n; ++i) chrome[i] = is_chrome(blocks[i], folded[i]);
    std::size_t last_header = n;
    for (std::size_t i = body_start; i < n; ++i)
        if (is_signatory_header(folded[i])) last_header = i;
    std::size_t footer_start = n;
    for (std::size_t i = body_start + 1; i < n; ++i)
        if (chrome[i] && (last_header == n || i > last_header + 1)) {
            footer_start = i;
            break;
        }
    for (std::size_t i = body_start; i < n; ++i)
        if (i >= footer_start || chrome[i]) roles[i] = block_role::chrome_footer;

    // 3. The opening formula.
    if (body_start < footer_start) {
        auto m = lang::find_any<&lang::language_table::opening_phrases>(folded[body_start], table);
        if (m && m.position < 40) {
            roles[body_start] = block_role::opening;
            st.opening = text_of(body_start);
        }
    }

    // 5. The signatory list: after a header, or the run of entries that ends the text.
    std::size_t sig_begin = footer_start, sig_end = footer_start;
    std::optional<std::size_t> header;
    for (std::size_t i = body_start; i < footer_start; ++i)
        if (roles[i] == block_role::paragraph && is_signatory_header(folded[i]) && !header) header = i;
    auto raw_of = [&](std::size_t i) {
        return std::string_view(in.cleaned.text).substr(blocks[i].content_begin, blocks[i].end - blocks[i].content_begin);
    };
    auto likelihood = [&](std::size_t i) {
        if (roles[i] != block_role::paragraph) return entry_likelihood::none;
        return signatory_likelihood(blocks[i], raw_of(i));
    };
    // Reads block k of a list. A role line under a person's name ("Wiktor Świetlik" /
    // "Dyrektor Centrum …") is that person's role, not a signer of its own.
    auto take = [&](std::size_t k) {
        roles[k] = block_role::signatory;
        auto raw = raw_of(k);
        auto const& previous = st.signatories.empty() ? signatory{} : st.signatories.back();
        bool const bare_person = !previous.role && !previous.country && !previous.acronym &&
                                 (previous.type == signatory_type::person || looks_like_person(previous.name));
        if (!st.signatories.empty() && k > 0 && roles[k - 1] == block_role::signatory && bare_person && is_role_line(raw)) {
            auto& person = st.signatories.back();
            person.role = blocks[k].text;
            person.type = signatory_type::person;
            auto const role_span = in.spans(blocks[k].begin, blocks[k].end);
            person.span.end = role_span.end, person.span.stop = role_span.stop;
            return;
        }
        for (auto& s : read_signatories(raw, blocks[k].content_begin, in.spans)) st.signatories.push_back(std::move(s));
    };
    // A table of signatures is a list of its own.
    for (std::size_t i = body_start; i + 1 < footer_start; ++i) {
        if (blocks[i].kind != block_kind::table_row || roles[i] != block_role::paragraph ||
            !is_table_separator(blocks[i + 1].text))
            continue;
        auto columns = signatory_table_columns(blocks[i].text);
        if (!columns) continue;
        roles[i] = roles[i + 1] = block_role::signatory_header;
        std::size_t j = i + 2;
        for (; j < footer_start && blocks[j].kind == block_kind::table_row; ++j) {
            roles[j] = block_role::signatory;
            if (auto s = read_table_row(raw_of(j), blocks[j].content_begin, *columns, in.spans))
                st.signatories.push_back(std::move(*s));
        }
        i = j;
    }
    // A list whose items are mostly people with their affiliation is a list of signers, even
    // under an introduction that reads like a call.
    for (std::size_t i = body_start; i < footer_start; ++i) {
        if (blocks[i].kind != block_kind::list_item || roles[i] != block_role::paragraph) continue;
        std::size_t j = i, people = 0;
        while (j < footer_start && blocks[j].kind == block_kind::list_item && roles[j] == block_role::paragraph)
            people += is_person_entry(raw_of(j)) || likelihood(j) == entry_likelihood::certain, ++j;
        if (j - i >= 3 && people * 10 >= (j - i) * 6)
            for (std::size_t k = i; k < j; ++k) take(k);
        i = j;
    }

    // 4. Calls, in the body.
    call_scan scan{blocks, folded, roles, body_start, footer_start, in.cleaned, in.spans};
    st.call_groups = recognise_calls(scan);

    if (header) {
        // From the first header on: group headings and entries, until a block that is neither.
        sig_begin = *header;
        sig_end = sig_begin;
        while (sig_end < footer_start) {
            if (roles[sig_end] == block_role::paragraph &&
                (is_signatory_header(folded[sig_end]) || is_group_heading(blocks[sig_end])))
                roles[sig_end] = block_role::signatory_header;
            else if (roles[sig_end] != block_role::signatory && likelihood(sig_end) == entry_likelihood::none)
                break;
            ++sig_end;
        }
        ++sig_begin;
    }
    for (std::size_t i = sig_begin; i < sig_end; ++i) {
        if (roles[i] == block_role::signatory_header || roles[i] == block_role::signatory) continue;
        take(i);
    }
    if (!header) {
        // Without a header: runs of entries after some prose. A run whose entries mostly show
        // what their signer is (a country, an acronym, an organisation word, a person's role,
        // a name in capitals) is a list of signatories; after a line ending in ':' fewer do.
        bool prose_seen = false;  // the text itself: prose, the opening, calls
        for (std::size_t i = body_start; i < footer_start; ++i) {
            if (roles[i] == block_role::opening || roles[i] == block_role::call ||
                roles[i] == block_role::call_introduction)
                prose_seen = true;
            if (roles[i] != block_role::paragraph) continue;
            // A long line may be a whole list glued together rather than prose.
            if (is_prose(blocks[i]) && likelihood(i) != entry_likelihood::certain) {
                prose_seen = true;
                continue;
            }
            if (!prose_seen || likelihood(i) == entry_likelihood::none) continue;
            std::size_t j = i, certain = 0;
            for (; j < footer_start; ++j) {
                auto l = likelihood(j);
                if (l == entry_likelihood::none) break;
                // A name with its role on the next line is as good as a name with a country.
                bool named_role = j + 1 < footer_start && roles[j + 1] == block_role::paragraph && is_role_line(raw_of(j + 1));
                certain += l == entry_likelihood::certain || named_role;
            }
            std::size_t const length = j - i;
            bool introduced = i > 0 && !blocks[i - 1].text.empty() && blocks[i - 1].text.back() == ':';
            // One line may hold a whole list ("A – B – C – D").
            bool glued_list = length == 1 && certain == 1 &&
                              read_signatories(raw_of(i), blocks[i].content_begin, in.spans).size() >= 3;
            if ((length >= 2 && certain * 10 >= length * 6) || glued_list ||
                (introduced && certain >= 1 && certain * 2 >= length)) {
                if (sig_begin == footer_start) sig_begin = i;
                sig_end = j;
                for (std::size_t k = i; k < j; ++k) take(k);
            }
            i = j;
        }
    }
    // Whatever stands between the list and the footer was not understood.
    for (std::size_t i = sig_end; i < footer_start; ++i)
        if (i >= sig_begin && roles[i] == block_role::paragraph) roles[i] = block_role::unrecognised;

    // Without a list, the signers may be named in a sentence ("The appeal is signed by: …").
    for (std::size_t i = front_matter_end; st.signatories.empty() && i < footer_start; ++i)
        if (roles[i] == block_role::paragraph || roles[i] == block_role::metadata)
            st.signatories = read_inline_signatories(raw_of(i), blocks[i].content_begin, in.spans);

    // Lists found by different rules are reported in the order of the text.
    std::stable_sort(st.signatories.begin(), st.signatories.end(),
                     [](signatory const& a, signatory const& b) { return a.span.begin < b.span.begin; });

    // A text cut off in the middle of a list ends with a fragment ("Inst", "Robe"): a short
    // word at the very end of the input is not reported as a signer.
    if (!st.signatories.empty()) {
        auto const& last = st.signatories.back();
        auto const tail = std::string_view(in.cleaned.text).substr(std::min(in.cleaned.text.size(), blocks.back().end));
        bool at_end = in.cleaned.to_original(blocks.back().end) == last.span.end &&
                      tail.find_first_not_of(" \t\n") == std::string_view::npos;
        bool fragment = last.name.size() <= 5 && last.name.find(' ') == std::string::npos && !last.country &&
                        std::any_of(last.name.begin(), last.name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (at_end && fragment) {
            diags.push_back({severity::warning, "signatory.truncated",
                             "the text ends inside the list of signatories; the last fragment '" + last.name +
                                 "' was not taken as a signer",
                             last.span});
            st.signatories.pop_back();
        }
    }

    // The date. The statement's date stands on a line of its own or ends a signing line
    // ("Tbilisi, July 14, 2009"); dates inside prose are events. The last such line before the
    // footer wins: a page's own date comes first, the statement's date after it. Lines are read
    // whole, list marker included ("7. Januar 2022" is a date, not item 7).
    auto line_of = [&](std::size_t i) {
        return std::string_view(in.cleaned.text).substr(blocks[i].begin, blocks[i].end - blocks[i].begin);
    };
    auto date_at = [&](std::size_t i, grammar::ast::date const& d, std::string const& lowered) {
        statement_date sd;
        sd.year = d.year, sd.month = d.month, sd.day = d.day;
        auto const b = blocks[i].begin + static_cast<std::size_t>(d.first - lowered.data());
        sd.span = in.spans(b, b + static_cast<std::size_t>(d.last - d.first));
        return sd;
    };
    for (std::size_t i = 0; i < footer_start; ++i) {
        if (blocks[i].text.size() > 120) continue;
        auto lowered = utf8::lower_same_length(line_of(i));
        auto d = grammar::find_date(lowered);
        if (!d) continue;
        auto rest = std::string_view(lowered).substr(static_cast<std::size_t>(d->last - lowered.data()));
        bool ends_line = rest.find_first_not_of(" .,") == std::string_view::npos;
        if (!is_date_line(blocks[i]) && !ends_line) continue;
        st.date = date_at(i, *d, lowered);
        if (roles[i] == block_role::paragraph) roles[i] = block_role::metadata;
    }
    // What the text itself calls today ("Today, on 7 July 2015", "today Wednesday 15 November
    // 2017") outranks the dates of the page around it.
    for (std::size_t i = body_start, seen = 0; i < footer_start && seen < 4; ++i) {
        if (roles[i] != block_role::paragraph && roles[i] != block_role::opening && roles[i] != block_role::call_introduction)
            continue;
        ++seen;
        auto lowered = utf8::lower_same_length(line_of(i));
        auto today = lang::find_any<&lang::language_table::today_words>(lowered);
        if (!today) continue;
        auto d = grammar::find_date(std::string_view(lowered).substr(today.position, 60));
        if (!d || d->day == 0) continue;
        st.date = date_at(i, *d, lowered);
        break;
    }
    if (front_matter_date) st.date = front_matter_date;

    // 6. The fields read from the blocks.
    for (std::size_t i = 0; i < n; ++i) {
        switch (roles[i]) {
            case block_role::paragraph: st.paragraphs.push_back(text_of(i)); break;
            case block_role::chrome_header: st.header.push_back(text_of(i)); break;
            case block_role::chrome_footer: st.footer.push_back(text_of(i)); break;
            case block_role::unrecognised:
                st.unrecognised.push_back(text_of(i));
                diags.push_back({severity::note, "layout.unrecognised-block",
                                 "this block was kept as text: it is neither body, call, signatory nor chrome",
                                 in.spans(blocks[i].begin, blocks[i].end)});
                break;
            default: break;
        }
    }

    if (st.title) st.subject_countries = countries_in(st.title->text);
    // The coalition: named after "members of" in the opening, the title or the first paragraphs.
    auto coalition_in = [&](std::size_t i, bool spoken_by_authors) {
        return find_coalition(raw_of(i), blocks[i].content_begin, in.spans, spoken_by_authors);
    };
    if (st.opening) st.coalition = coalition_in(body_start, false);
    if (!st.coalition && title != none) st.coalition = coalition_in(title, false);
    for (std::size_t i = body_start, seen = 0; !st.coalition && i < footer_start && seen < 2; ++i)
        if ((roles[i] == block_role::paragraph && is_prose(blocks[i])) || roles[i] == block_role::call_introduction) {
            ++seen;
            st.coalition = coalition_in(i, true);
        }
    std::vector<std::string> first_paragraphs;
    for (std::size_t i = body_start; i < footer_start && first_paragraphs.size() < 3; ++i)
        if (roles[i] == block_role::paragraph || roles[i] == block_role::opening) first_paragraphs.push_back(folded[i]);
    st.kind = decide_kind(st.title ? utf8::fold(st.title->text) : std::string(), first_paragraphs, table);
    bool const kind_named = st.kind != statement_kind::unknown;
    if (st.kind == statement_kind::unknown) {
        // A text that does not name its kind: a letter greets its reader
        // ("Dear …,", "Szanowny Panie Ministrze,"); a text whose own words never say "we"
        // (quotations aside) reports on others: a press release.
        bool greets = false, speaks = false, body = false;
        for (std::size_t i = body_start < 2 ? 0 : body_start - 2; i < footer_start; ++i) {
            auto r = roles[i];
            if (r == block_role::chrome_header || r == block_role::chrome_footer || r == block_role::title) continue;
            greets = greets || (i < body_start + 8 && is_greeting(blocks[i], folded[i]));
            if (r == block_role::paragraph || r == block_role::opening || r == block_role::call_introduction ||
                r == block_role::call) {
                body = true;
                speaks = speaks || speaks_as_we(blocks[i].text);
            }
        }
        if (greets) st.kind = statement_kind::open_letter;
        else if (body && !speaks) st.kind = statement_kind::press_release;
    }
    // A "statement" with several signers is a joint statement.
    // A text that shows nothing else is taken for what civil society publishes most: a joint
    // statement (the statement.kind-inferred note says so).
    bool const has_text = !st.paragraphs.empty() || st.opening || !st.call_groups.empty() || !st.signatories.empty();
    if ((st.kind == statement_kind::statement && st.signatories.size() != 1) ||
        (st.kind == statement_kind::unknown && has_text))
        st.kind = statement_kind::joint_statement;



    // 7. The outline: every byte of the input in exactly one entry.
    std::size_t covered = 0;
    auto const original_size = in.cleaned.original_size;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t b = in.cleaned.to_original(blocks[i].begin), e = in.cleaned.to_original(blocks[i].end);
        if (b < covered) b = covered;
        if (e < b) e = b;
        if (b > covered) st.outline.push_back({block_role::blank, in.spans.lines.span(covered, b)});
        if (e > b) st.outline.push_back({roles[i], in.spans.lines.span(b, e)});
        covered = e;
    }
    if (covered < original_size) st.outline.push_back({block_role::blank, in.spans.lines.span(covered, original_size)});

    // Doubtful decisions, for a person to check.
    if (st.signatories.empty())
        diags.push_back({severity::note, "statement.no-signatories", "no list of signatories was found", {}});
    if (!st.title) diags.push_back({severity::note, "statement.no-title", "no headline was found", {}});
    if (!kind_named && st.kind != statement_kind::unknown)
        diags.push_back({severity::note, "statement.kind-inferred",
                         std::string("the text does not name its kind; it was read as ") + std::string(to_string(st.kind)),
                         st.title ? st.title->span : source_span{}});
    for (auto const& s : st.signatories)
        if (s.country && !s.country_code && !geo::is_pseudo_country(*s.country))
            diags.push_back({severity::note, "signatory.unknown-country",
                             "'" + *s.country + "' is not a country civic knows; the signatory has no country code", s.span});
    return st;
}

}  // namespace recognise
CIVIC_NAMESPACE_END
