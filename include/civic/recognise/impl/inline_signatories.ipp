// Signers named inside a sentence ("The appeal is signed by: A, B and C").
// Part of the signatory recogniser; included by signatories.ipp only.
#pragma once
#include <civic/recognise/impl/signatory_entry.ipp>

CIVIC_NAMESPACE_BEGIN
namespace recognise {
namespace signatory_detail {


// Where a sentence ends: ". " before a capital, or the end of the text.
// "Dr. Mahnaz Rahimi", "Prof. Lena Svensson", "J. Smith": a title's abbreviation or an initial,
// a capital and a few small letters at most before the stop, ends no sentence; nor does a
// longer title of the tables ("Assoc. Prof. Tane Rāwiri"); nor an abbreviation in lower case
// that the tables place inside a name ("Fundacja im. Stefana Batorego").
inline bool after_abbreviation(std::string_view text, std::size_t stop) {
    std::size_t start = stop;
    while (start > 0 && text[start - 1] >= 'a' && text[start - 1] <= 'z') --start;
    if (start == 0 || text[start - 1] < 'A' || text[start - 1] > 'Z') {
        // Cyrillic small letters are two bytes each: "им.", "ім.", and "św." has one of two.
        auto word = text.find_last_of(" (", stop - 1);
        word = word == std::string_view::npos ? 0 : word + 1;
        return stop - word <= 6 && utf8::with_fold(text.substr(word, stop - word + 1),
                                                  lang::is_phrase<&lang::language_table::name_abbreviations>);
    }
    if (start >= 2 && text[start - 2] != ' ' && text[start - 2] != '(') return false;
    if (stop - start <= 3) return true;
    return stop - start <= 8 && utf8::with_fold(text.substr(start - 1, stop - start + 2),
                                                lang::is_phrase<&lang::language_table::person_titles>);
}

// A stop inside guillemets is the quoted name's ("ГО «ZMINA. Центр прав людини»").
inline std::size_t sentence_end(std::string_view text, std::size_t from) {
    int quoted = 0;
    for (std::size_t i = from; i + 1 < text.size(); ++i)
        if (text[i] == '\xC2' && (text[i + 1] == '\xAB' || text[i + 1] == '\xBB'))
            quoted = text[i + 1] == '\xAB' ? quoted + 1 : std::max(quoted - 1, 0);
        else if (quoted == 0 && (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ' && i + 2 < text.size() &&
            utf8::is_upper_letter(utf8::decode(text, i + 2).cp) && !(i >= 2 && text[i - 2] == '.') &&
            !(text[i] == '.' && after_abbreviation(text, i)))
            return i;
    auto end = text.size();
    while (end > from && (text[end - 1] == '.' || text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
    return end;
}

// "A (Switzerland); B (Italy); C (France), and D (Denmark)": a list apart by semicolons may close
// with a serial comma before its conjunction, as English writes a list apart by commas. Where the
// last item holds ", and " (a conjunction of the tables after a comma), that conjunction.
inline lang::phrase_match serial_comma_conjunction(std::string_view item) {
    auto const lowered = utf8::lower_same_length(item);
    std::string_view const low(lowered);
    for (auto comma = low.find(", "); comma != std::string_view::npos; comma = low.find(", ", comma + 2)) {
        auto m = lang::starts_with_any<&lang::language_table::conjunctions>(low.substr(comma + 2));
        auto const after = comma + 2 + m.phrase.size();
        if (m && after < low.size() && low[after] == ' ') {
            m.position = comma + 2;
            return m;
        }
    }
    return {};
}

// Splits "A, B, C and D" (or "A; B; C") into items; separators inside parentheses or quotes
// do not count.
inline std::vector<std::string_view> inline_items(std::string_view list) {
    bool semicolons = false;
    for (char c : list) semicolons = semicolons || c == ';';
    std::string_view const separator = semicolons ? "; " : ", ";
    std::vector<std::string_view> items;
    int depth = 0, guillemets = 0;
    std::size_t from = 0;
    auto const guillemet_at = [&](std::size_t i, char second) {
        return list[i] == '\xC2' && i + 1 < list.size() && list[i + 1] == second;
    };
    // Parentheses and guillemets open: "Фонд «Мир, прогресс, права человека»" is one name.
    for (std::size_t i = 0; i < list.size(); ++i) {
        char c = list[i];
        if (c == '(') ++depth;
        else if (c == ')' && depth > 0) --depth;
        else if (guillemet_at(i, '\xAB')) ++guillemets;
        else if (guillemet_at(i, '\xBB') && guillemets > 0) {
            // "ОО «Центр «Социальное партнерство» (Беларусь); …": a name quoted inside a quoted
            // name is often closed once for both; a closing mark that the list's separator or
            // a parenthesis follows closes all of them.
            auto const after = i + 2;
            bool const ends_name = after == list.size() || list.compare(after, separator.size(), separator) == 0 ||
                                   list.compare(after, 2, " (") == 0;
            guillemets = ends_name ? 0 : guillemets - 1;
        } else if (depth == 0 && guillemets == 0 && list.compare(i, separator.size(), separator) == 0) {
            items.push_back(list.substr(from, i - from));
            from = i + separator.size();
        }
    }
    items.push_back(list.substr(from));
    // "signed by A, Union of Bakers, Cooks, Waiters and Allied Workers, and B": a union's name
    // that enumerates its trades apart by commas is one item, as on a line of a list, where its
    // words before the first comma open the enumeration ("Union of Bakers"); where it is the
    // last, its conjunction is its own.
    if (!semicolons && items.size() >= 3) {
        auto const last_before = items.back().size();
        join_enumerations_in_names(items, true);
        if (items.back().size() != last_before) return items;
    }
    // "… C and D": the last item holds two; between semicolons, where it reads as two names;
    // between commas, unless its conjunction joins the words of one ("…, Centre for Law and
    // Democracy.").
    auto const last = items.back();
    auto m = semicolons ? conjunction_of_last_two(last) : conjunction_between_words(utf8::lower_same_length(last));
    if (semicolons && !m) m = serial_comma_conjunction(last);
    // The half before the conjunction, without the serial comma that may close it.
    auto const first_half = [&] {
        auto half = last.substr(0, m.position - 1);
        while (!half.empty() && (half.back() == ',' || half.back() == ' ')) half.remove_suffix(1);
        return half;
    };
    if (m && !semicolons && conjunction_joins_one_name(first_half(), last.substr(m.position + m.phrase.size())))
        m = {};
    // "A (México); B (Guatemala); Servicio Paz y Justicia (Guatemala).": where every item before
    // the last closes with its own parentheses (its country, its acronym), so does each name of
    // the last; a half before the conjunction without them is no name of its own.
    auto const closes_with_parenthesis = [](std::string_view item) {
        item = trim(item);
        while (!item.empty() && item.back() == '.') item.remove_suffix(1);
        return !item.empty() && item.back() == ')';
    };
    if (m && items.size() >= 2 && std::all_of(items.begin(), items.end() - 1, closes_with_parenthesis) &&
        closes_with_parenthesis(last) && !closes_with_parenthesis(first_half()))
        m = {};
    if (m) {
        items.back() = first_half();
        items.push_back(last.substr(m.position + m.phrase.size()));
    }
    return items;
}

// "… and 39 other organisations": a closer of the tables with a count in it. Where the closer
// starts in `lowered`, if one does: at the word before a number that, taken out, leaves one.
inline std::optional<std::size_t> counted_closer(std::string_view lowered) {
    for (std::size_t p = lowered.find_first_of("0123456789"); p != std::string_view::npos;
         p = lowered.find_first_of("0123456789", p)) {
        std::size_t q = p;
        while (q < lowered.size() && lowered[q] >= '0' && lowered[q] <= '9') ++q;
        if (p >= 2 && lowered[p - 1] == ' ' && q < lowered.size() && lowered[q] == ' ') {
            auto const word = lowered.rfind(' ', p - 2);
            auto const from = word == std::string_view::npos ? 0 : word + 1;
            if (opens_with_counted_closer(lowered.substr(from))) return from;
        }
        p = q;
    }
    // "… and eight other organisations": the count written out, after a conjunction.
    for (std::size_t from = 0; from < lowered.size();) {
        auto const m = lang::find_any<&lang::language_table::conjunctions>(lowered.substr(from));
        if (!m) break;
        if (opens_with_counted_closer(lowered.substr(from + m.position))) return from + m.position;
        from += m.position + m.phrase.size();
    }
    return std::nullopt;
}

// The words between a cue and its list that are not part of it: "the statement were",
// "include", ", among others,".
inline bool filler_word(std::string_view word) {
    while (!word.empty() && (word.back() == ',' || word.back() == ':')) word.remove_suffix(1);
    while (!word.empty() && word.front() == ',') word.remove_prefix(1);
    if (word.empty()) return true;
    auto folded = utf8::fold(word);
    for (std::string_view w : {"include", "includes", "included", "including", "among", "others", "inter", "alia"})
        if (folded == w) return true;
    return lang::is_phrase<&lang::language_table::stop_words>(folded) ||
           lang::is_phrase<&lang::language_table::kind_words>(folded);
}

// "a", "une", "eine": an article of the tables that is indefinite, before an apposition.
inline bool is_indefinite_article(std::string_view article) {
    for (std::string_view a : {"a", "an", "un", "une", "una", "ein", "eine", "o"})
        if (article == a) return true;
    return false;
}

// "l'ACAT", "d'Amnesty": where the name starts after an article or a preposition cut short by
// its apostrophe before the name's capital, one word with it; 0 where `word` opens with none.
inline std::size_t past_elision(std::string_view word) {
    if (word.empty()) return 0;
    auto const after_letter = utf8::decode(word, 0).length;
    for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
        auto const name_at = after_letter + apostrophe.size();
        if (word.compare(after_letter, apostrophe.size(), apostrophe) == 0 && name_at < word.size())
            return utf8::is_upper_letter(utf8::decode(word, name_at).cp) ? name_at : 0;
    }
    return 0;
}

// "l'ACAT": an elided article of the tables that opens `text`; the sentence's, not the name's.
inline std::string_view past_elided_article(std::string_view text) {
    auto const name_at = past_elision(text);
    if (name_at == 0 || !lang::is_phrase<&lang::language_table::articles>(utf8::fold(text.substr(0, name_at)))) return text;
    return text.substr(name_at);
}

// Where the names before a cue at `cue` end, past the words that join them to it ("D and is |
// supported by", "A, B, was | endorsed by"): function words and conjunctions, a few at most, and
// the commas between. No further back than `start`.
inline std::size_t before_filler_words(std::string_view raw, std::size_t start, std::size_t cue) {
    auto end = cue;
    for (int words = 0; words <= 4; ++words) {
        while (end > start && (raw[end - 1] == ' ' || raw[end - 1] == ',' || raw[end - 1] == '\n')) --end;
        auto const space = raw.find_last_of(" \n", end == 0 ? 0 : end - 1);
        auto const word_at = space == std::string_view::npos || space < start ? start : space + 1;
        if (word_at >= end || words == 4 || !filler_word(raw.substr(word_at, end - word_at))) break;
        end = word_at;
    }
    return end;
}

// The signers a sentence names in raw[start, end): "A, B (Country) and C", up to a closer of
// the tables ("and other organisations"); `lowered` is raw in lower case. Empty unless each
// item is one name and there are two or more. `may_go_on`: the sentence may go on after the
// last name within raw[start, end) (not where `end` is the verb the names are the subject of).
// `fewest`: the names it takes to be a list (one where words after them say what they are).
inline std::vector<signatory> read_listed_names(std::string_view raw, std::string_view lowered, std::size_t start,
                                                std::size_t end, std::size_t raw_offset, span_maker const& spans,
                                                bool may_go_on = true, std::size_t fewest = 2) {
    auto const segment = lowered.substr(start, end - start);
    // A closer may end in the sentence's full stop ("… и др."), which `end` leaves out.
    auto closer = lang::find_any<&lang::language_table::list_closers>(
        lowered.substr(start, end - start + (end < lowered.size() && lowered[end] == '.')));
    if (closer) end = start + closer.position;
    else if (auto const counted = counted_closer(segment)) end = start + *counted;
    // "A, B, and 30 other organisations": the comma before the closer ends no name.
    while (end > start && (raw[end - 1] == ' ' || raw[end - 1] == ',')) --end;
    auto items = inline_items(raw.substr(start, end - start));
    if (items.size() < fewest) return {};
    bool const semicolons = items.front().data() + items.front().size() < raw.data() + end &&
                            items.front().data()[items.front().size()] == ';';
    // "… and F (AHRCA, France) to the 2019 OSCE meeting", "… and Tidewater Watch on the
    // closure of …": the sentence goes on after the last name, at a lower-case word after its
    // parenthesis or at a preposition of the tables before a lower-case word ("Committee to
    // Protect Journalists" goes on in capitals and keeps its "to").
    if (may_go_on) {
        auto& last = items.back();
        auto close = last.rfind(')');
        if (close != std::string_view::npos && close + 2 < last.size() && last[close + 1] == ' ' &&
            utf8::is_lower_letter(utf8::decode(last, close + 2).cp))
            last = last.substr(0, close + 1);
        auto const lowered_last = utf8::lower_same_length(last);
        for (std::size_t i = 1; i < last.size(); ++i) {
            if (last[i - 1] != ' ' || !utf8::is_lower_letter(utf8::decode(last, i).cp)) continue;
            auto preposition = lang::starts_with_any<&lang::language_table::call_prepositions>(
                std::string_view(lowered_last).substr(i));
            auto const next = i + preposition.phrase.size() + 1;
            if (preposition && next < last.size() && last[next - 1] == ' ' &&
                utf8::is_lower_letter(utf8::decode(last, next).cp)) {
                last = trim(last.substr(0, i));
                break;
            }
        }
    }
    std::vector<signatory> out;
    std::size_t last_begin = 0;  // where the last name read starts, in the cleaned text
    // "…, medico international und PRO ASYL": a name in lower case of a few words among names
    // with capitals, one in three items at most.
    std::size_t lower_names = 0;
    for (auto item : items) {
        auto text = trim(item);
        bool named = false;  // a name has a capital or a quotation mark somewhere
        for (std::size_t i = 0; i < text.size();) {
            auto d = utf8::decode(text, i);
            named = named || utf8::is_upper_letter(d.cp) || utf8::is_quote(d.cp);
            i += d.length;
        }
        // "A; B; and the C": the conjunction before the last item belongs to the sentence.
        auto conjunction = lang::starts_with_any<&lang::language_table::conjunctions>(utf8::lower_same_length(text));
        auto const space_at = [&text](std::size_t i) { return text[i] == ' ' || text[i] == '\n' || text[i] == '\t'; };
        if (conjunction && text.size() > conjunction.phrase.size() && space_at(conjunction.phrase.size()))
            text = trim(text.substr(conjunction.phrase.size()));
        // "Beatriz Lemos, diputada provincial (MC), Dr. Ramiro Alcorta, abogado de la APDH": a
        // part in lower case after a person is the person's role, not a signer; so is one that
        // opens with a role's word in capitals ("Dr. Amina Yusuf, Director of Alpha Watch, and …").
        if (!conjunction && !out.empty() && out.back().type == signatory_type::person && !out.back().role &&
            (utf8::is_lower_letter(utf8::decode(text, 0).cp) || opens_with_role(text)) && text::word_count(text, 9) <= 8) {
            out.back().role = std::string(text);
            out.back().span = spans(last_begin, raw_offset + static_cast<std::size_t>(text.data() - raw.data()) + text.size());
            continue;
        }
        // "the Committee to Protect Journalists": the article belongs to the sentence; one with
        // a capital after another name belongs to the name ("…, La Cimade, Die Falken").
        auto article = lang::starts_with_any<&lang::language_table::articles>(utf8::lower_same_length(text));
        bool const article_of_name = article && !out.empty() && utf8::is_upper_letter(utf8::decode(text, 0).cp);
        if (article && !article_of_name && text.size() > article.phrase.size() && space_at(article.phrase.size()))
            text = trim(text.substr(article.phrase.size()));
        else if (!article)
            text = past_elided_article(text);  // "la LDH, la FIDH et l'ACAT"
        // "The Danube Civic Platform (DCP), a network of 80 NGOs from 11 countries, calls on …":
        // after a name, an indefinite article and its kind say what it is, and name no one else.
        if (!out.empty() && article && !text.empty() && utf8::is_lower_letter(utf8::decode(text, 0).cp) &&
            is_indefinite_article(article.phrase) &&
            lang::starts_with_any<&lang::language_table::organisation_words>(utf8::fold(text.substr(0, 40))))
            continue;
        // "…, Centre for Strategic Litigation, Kenya, Uganda Women's Network, …": a country alone
        // between the commas is the country of the name before it.
        if (!out.empty() && !out.back().country && !conjunction)
            if (auto const c = as_country(text)) {
                c->give_to(out.back());
                auto const b = raw_offset + static_cast<std::size_t>(text.data() - raw.data());
                out.back().span = spans(last_begin, b + text.size());
                continue;
            }
        auto entries = parse_entries(text);
        // Not a role after a name not read as a person's ("Amber Lantern, coordinadora"), nor words of a
        // sentence the authors speak ("We, the undersigned organisations, call on …").
        if (!named && (items.size() < 3 || text::word_count(text, 5) > 4 || ++lower_names * 3 > items.size() ||
                       opens_with_role(text) || lang::find_any<&lang::language_table::first_person_plural>(segment)))
            return {};
        if (entries.empty()) return {};
        // "Oren Vale (Amberland) – Co-Chair, AHR; former Member of Parliament": a role after a
        // semicolon is the person's second one, and the line one person's, not a list of names.
        if (semicolons && utf8::is_lower_letter(utf8::decode(text, 0).cp) && opens_with_role(text)) return {};
        auto s = interpret(entries.front());
        if (entries.size() > 1) {
            // "Prof. Mark Andrews (Law), Monash University; Dr. …": between semicolons an item
            // is one signer, and a person's name first has the rest of it for affiliation.
            auto const rest = trim(text.substr(static_cast<std::size_t>(entries.front().last - text.data())));
            if (!semicolons || s.type != signatory_type::person || s.role || rest.size() < 2) return {};
            s.role = std::string(trim(rest.front() == ',' ? rest.substr(1) : rest));
        }
        // After a cue a name may start in lower case ("правозащитный центр «Весна»"), but it
        // is still a name, not a clause. A clause has long words in lower case; so has a name
        // in a language that capitalises its first word only, where an organisation's word
        // tells it ("Казахстанское международное бюро по правам человека и соблюдению
        // законности"). A word's length is counted in letters, not bytes: a Cyrillic letter
        // takes two.
        std::size_t words = 1, lower_words = 0;
        for (std::size_t i = 0; i < s.name.size(); ++i)
            if (s.name[i] == ' ') {
                ++words;
                std::size_t j = i + 1, letters = 0;
                bool lower = j < s.name.size() && utf8::is_lower_letter(utf8::decode(s.name, j).cp);
                for (; j < s.name.size() && s.name[j] != ' '; ++j) letters += (static_cast<unsigned char>(s.name[j]) & 0xC0) != 0x80;
                lower_words += lower && letters > 3;
            }
        if (s.name.empty() || words > 12 || (lower_words > 4 && (words > 10 || !has_organisation_word(s.name)))) return {};
        // "председатель правления Союза Николай Козырев": a role, then the person's name.
        if (utf8::is_lower_letter(utf8::decode(s.name, 0).cp)) {
            auto last_space = s.name.rfind(' ');
            auto second_space = last_space == std::string::npos || last_space == 0 ? std::string::npos
                                                                                     : s.name.rfind(' ', last_space - 1);
            if (second_space != std::string::npos) {
                auto person = std::string_view(s.name).substr(second_space + 1);
                if (looks_like_person_name(person) && names_a_role(std::string_view(s.name).substr(0, second_space))) {
                    s.role = s.name.substr(0, second_space);
                    s.name = std::string(person);
                    s.type = signatory_type::person;
                }
            }
        }
        auto b = raw_offset + static_cast<std::size_t>(text.data() - raw.data());
        // "…, Asia Forum on Women, Law and Development (AFWLD), …": a name with a comma of its
        // own goes on after it, where the acronym after the rest abbreviates the words before
        // the comma too, and not the rest alone. A part that opens with an article starts a
        // name ("…, Defenders Coalition, the Human Rights Network (DHRN), …").
        if (!out.empty() && s.acronym && !out.back().acronym && !out.back().country &&
            out.back().type == signatory_type::organisation && !conjunction && !article && !out.back().name.empty() &&
            s.acronym->front() == out.back().name.front() && !abbreviates(*s.acronym, s.name) &&
            abbreviates(*s.acronym, out.back().name + ' ' + s.name)) {
            auto& name = out.back();
            name.name += ", " + s.name;
            name.acronym = std::move(s.acronym);
            name.country = std::move(s.country), name.country_code = std::move(s.country_code);
            name.span = spans(last_begin, b + text.size());
            continue;
        }
        s.span = spans(b, b + text.size());
        last_begin = b;
        out.push_back(std::move(s));
    }
    read_people_by_list(out, 0);
    return out;
}

// "Alpha Watch, a non-governmental organization in special consultative status", "A, B,
// non-governmental organizations in special consultative status, C, a non-governmental
// organization on the roster": a UN statement names its submitters, and those who share its
// views, a group at a time, each group before its status with the UN (a status of the tables),
// which says what the names before it are: one name so set off is a signer, as two are. The
// names in raw[start, end); `lowered` is raw in lower case.
inline std::vector<signatory> read_names_before_statuses(std::string_view raw, std::string_view lowered, std::size_t start,
                                                         std::size_t end, std::size_t raw_offset, span_maker const& spans) {
    // "… a non-governmental organization on the" / "          roster": a status wrapped onto the
    // next line, indented as a heading's lines are. It is sought in a copy of raw[start, end) with
    // each run of white space one space, whose places map back to raw's.
    std::string one_line;
    std::vector<std::size_t> at;  // one_line[i] is lowered[at[i]]; one more: `end`
    for (std::size_t i = start; i < end; ++i) {
        bool const blank = lowered[i] == ' ' || lowered[i] == '\n' || lowered[i] == '\t';
        if (blank && !one_line.empty() && one_line.back() == ' ') continue;
        one_line += blank ? ' ' : lowered[i];
        at.push_back(i);
    }
    at.push_back(end);
    std::vector<signatory> out;
    for (std::size_t from = start; from < end;) {
        while (from < end && !utf8::is_letter(utf8::decode(raw, from).cp) && !utf8::is_quote(utf8::decode(raw, from).cp))
            from += utf8::decode(raw, from).length;  // "* Beta League, …": a footnote's mark
        auto const copied = static_cast<std::size_t>(std::lower_bound(at.begin(), at.end(), from) - at.begin());
        auto const status =
            lang::find_any<&lang::language_table::consultative_statuses>(std::string_view(one_line).substr(copied));
        if (!status) break;
        auto const status_at = at[copied + status.position];
        auto const status_end = at[copied + status.position + status.phrase.size() - 1] + 1;
        // ", a non-governmental organization …", ", an NGO …": the comma and the article
        // before the status set it off from the names.
        auto names_end = status_at;
        while (names_end > from && raw[names_end - 1] == ' ') --names_end;
        if (auto const space = raw.rfind(' ', names_end - 1); names_end > from && space != std::string_view::npos && space > from &&
                                                               is_indefinite_article(lowered.substr(space + 1, names_end - space - 1)))
            names_end = space;
        auto names = read_listed_names(raw, lowered, from, names_end, raw_offset, spans, false, 1);
        if (names.empty()) break;
        std::move(names.begin(), names.end(), std::back_inserter(out));
        from = status_end;
        while (from < end && (raw[from] == ',' || raw[from] == ' ' || raw[from] == '\n')) ++from;
    }
    return out;
}

// Whether `item` reads as a name among a sentence's words: its words in lower case are short
// function words ("Committee to Protect Journalists", "Ligue des droits de l'Homme" has an
// organisation word, "l'ACAT" an elided article), where a clause that opens the sentence has
// words of its own ("Following the arrest of …", "In a joint letter", "Today").
inline bool reads_as_name(std::string_view item) {
    item = trim(item);
    while (!item.empty() && !utf8::is_letter(utf8::decode(item, 0).cp) && !utf8::is_quote(utf8::decode(item, 0).cp))
        item.remove_prefix(utf8::decode(item, 0).length);
    if (item.empty()) return false;
    auto const folded = utf8::fold(item);
    if (lang::is_phrase<&lang::language_table::today_words>(folded)) return false;
    auto const article = lang::starts_with_any<&lang::language_table::articles>(folded);
    auto const stop = lang::starts_with_any<&lang::language_table::stop_words>(folded);
    // "In a joint letter": a function word first; a name opens with an article at most.
    if (stop && stop.phrase.size() > article.phrase.size()) return false;
    if (organisation_word_in_fold(folded)) return true;
    for (std::size_t i = 0; i < item.size();) {
        std::size_t j = item.find(' ', i);
        if (j == std::string_view::npos) j = item.size();
        auto const word = item.substr(i, j - i);
        if (word.size() > 4 && utf8::is_lower_letter(utf8::decode(word, 0).cp) && past_elision(word) == 0 &&
            lang::starts_with_any<&lang::language_table::stop_words>(utf8::fold(word)).phrase.size() != word.size())
            return false;
        i = j + 1;
    }
    return true;
}

// "A, B and C (together, the "Consumer Groups") submit …", "A et B (ci-après « les
// Organisations ») …": a filing names its authors and then the term it calls them by, in
// parentheses after the last name. Where raw[start, end) ends without such a term: a
// parenthesis that closes `end` and holds a quotation mark (no acronym or country does).
inline std::size_t before_defined_term(std::string_view raw, std::size_t start, std::size_t end) {
    if (end <= start || raw[end - 1] != ')') return end;
    auto const open = raw.rfind('(', end - 1);
    if (open == std::string_view::npos || open <= start) return end;
    auto const inside = raw.substr(open, end - open);
    bool const quoted = inside.find('"') != std::string_view::npos ||
                        inside.find("\xE2\x80\x9C") != std::string_view::npos ||  // “
                        inside.find("\xE2\x80\x9E") != std::string_view::npos ||  // „
                        inside.find("\xC2\xAB") != std::string_view::npos;         // «
    if (!quoted) return end;
    auto cut = open;
    while (cut > start && raw[cut - 1] == ' ') --cut;
    return cut;
}

// Where the clause holding `pos` starts: after the last ". ", "! ", "? ", ": " or line break
// before it ("Vote in the Bundesrat: Amnesty International and PRO ASYL turn to …").
inline std::size_t clause_start(std::string_view text, std::size_t pos) {
    for (std::size_t i = std::min(pos, text.size()); i-- > 1;) {
        if (text[i] == '\n') return i + 1;
        char const before = text[i - 1];
        if (text[i] == ' ' && (before == '!' || before == '?' || before == ':')) return i + 1;
        // Not after an abbreviation: "Stowarzyszenie im. Prof. Zbigniewa Hołdy", "e.V.".
        if (text[i] == ' ' && before == '.') {
            std::size_t word = i - 1;
            while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '\n') --word;
            if (i - 1 - word > 4 || (i - 1 > word && text[i - 2] >= '0' && text[i - 2] <= '9')) return i + 1;
        }
    }
    return 0;
}

// The next phrase of a table in a lowered text from a place on, sought again only once the
// scan has passed it: a text read verb by verb looks each table through once.
struct next_verb {
    lang::phrase_match match;
    std::size_t at = std::string_view::npos;  // in the text; npos when none is left
    bool sought = false;

    template <auto Field>
    void seek(std::string_view lowered, std::size_t from) {
        if (sought && (!match || at >= from)) return;  // none further on, or still ahead
        match = lang::find_any<Field>(lowered.substr(from));
        sought = true;
        at = match ? from + match.position : std::string_view::npos;
    }
};

// Where the subject of the clause that starts at `start` begins, before the verb at `verb`:
// past a dateline and its dash ("Tbilisi, 21 April 2024 – More than 80 organisations …",
// "Ciudad de México, 5 de marzo de 2026 – A, B y C exigieron …").
inline std::size_t past_dateline(std::string_view text, std::size_t start, std::size_t verb) {
    for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "})
        if (auto const at = text.substr(start, verb - start).rfind(dash); at != std::string_view::npos)
            start += at + dash.size();
    return start;
}

// The first sentence or two of a block, where a text names its authors: only so far is a block
// read (a long paragraph's verbs further on are others'), and cut at a character's start.
inline std::string_view lede_of(std::string_view raw) {
    constexpr std::size_t reach = 400;
    return utf8::head_at_character(raw, reach);
}

// Whether any of `names` is a state or an organ of one ("Russia and China called on …", "the
// Ministry of Justice and the Prosecutor's Office demand …"): a text that reports on them, not
// signed by them.
inline bool names_a_state(std::vector<signatory> const& names) {
    return std::any_of(names.begin(), names.end(), [](signatory const& s) {
        return as_country(s.name) || lang::find_any<&lang::language_table::state_words>(utf8::fold(s.name));
    });
}

// Whether the subject that ends at `end` closes with a comma before its verb, as names in
// apposition do ("Relatives of the detained, Mira Tallow and Oren Vale, said …").
inline bool in_apposition(std::string_view raw, std::size_t end) {
    while (end > 0 && raw[end - 1] == ' ') --end;
    return end > 0 && raw[end - 1] == ',';
}

// "members of the Amber Coalition", "membres de la Coalition X": where the network's own name
// starts in raw from `start`, past an article and the words that say the authors are its
// members (a coalition marker of the tables); `start` itself where they open with none. `low`
// is raw in lower case.
inline std::size_t past_members_of(std::string_view raw, std::string_view low, std::size_t start) {
    auto const from = static_cast<std::size_t>(lang::past_article(raw.substr(start)).data() - raw.data());
    auto const marker = lang::starts_with_any<&lang::language_table::coalition_markers>(low.substr(from));
    auto const name = from + marker.phrase.size() + 1;
    return marker && name < raw.size() && raw[name - 1] == ' ' ? name : start;
}

// "the Amber Network, a coalition whose members are …", "la Coalition X, dont les membres sont
// …": where the name of the network ends before the words at `at` that introduce its members,
// in raw from `start`: at its first comma, where the words after it up to them say what it is
// ("a coalition", "коалиция", "ein Bündnis": an indefinite article and its noun, or words in
// lower case), or there are none; right before them where no comma stands between. None where
// other words follow the comma: names, not what one is ("A, B and the Coral Union comprising …").
inline std::optional<std::size_t> name_before_introducer(std::string_view raw, std::size_t start, std::size_t at) {
    auto end = at;
    while (end > start && (raw[end - 1] == ' ' || raw[end - 1] == ',')) --end;
    if (end == start) return std::nullopt;
    auto const comma = raw.substr(start, end - start).find(", ");
    if (comma == std::string_view::npos) return end;
    auto const first = start + comma + 2;
    if (is_indefinite_article(utf8::lower_same_length(raw.substr(first, text::word_end(raw, first) - first))))
        return start + comma;
    for (std::size_t word = first; word < end; word = text::word_end(raw, word) + 1)
        if (!utf8::is_lower_letter(utf8::decode(raw, word).cp)) return std::nullopt;
    return start + comma;
}

// "the Amber Network, a coalition whose members are: A, B and C", "la Coalition X, dont les
// membres sont A, B et C": in raw[start, end), the network named before the words that
// introduce its members (lower-case words and a colon, name_before_members; or words of the
// tables' member_introducers), one organisation, past "members of" where the authors say they
// are its members; and where its members begin. None where raw names no network so. `lowered`
// is raw in lower case.
struct network_and_members {
    signatory network;
    std::size_t members = 0;
};
inline std::optional<network_and_members> read_network_before_members(std::string_view raw, std::string_view lowered,
                                                                      std::size_t start, std::size_t end,
                                                                      std::size_t raw_offset, span_maker const& spans) {
    auto const network_at = [&](std::size_t network_end, std::size_t members) -> std::optional<network_and_members> {
        auto network = read_listed_names(raw, lowered, past_members_of(raw, lowered, start), network_end, raw_offset, spans, false, 1);
        if (network.size() != 1 || network.front().type != signatory_type::organisation) return std::nullopt;
        return network_and_members{std::move(network.front()), members};
    };
    if (auto const colon = raw.substr(start, end - start).find(": "); colon != std::string_view::npos)
        if (auto const network_end = name_before_members(raw.substr(start, colon + 1)))
            if (auto found = network_at(start + *network_end, start + colon + 2)) return found;
    // "Nous, membres de la Coalition X, dont les membres sont A, B et C, dénonçons …": the words
    // that introduce the members, without a colon; the network before them and the words that
    // say what it is ("…, a coalition whose members are A, …").
    auto const intro = lang::find_any<&lang::language_table::member_introducers>(lowered.substr(start, end - start));
    if (!intro) return std::nullopt;
    auto const at = start + intro.position;
    auto const network_end = name_before_introducer(raw, start, at);
    if (!network_end) return std::nullopt;
    auto members = at + intro.phrase.size();
    while (members < end && raw[members] == ' ') ++members;
    return network_at(*network_end, members);
}

// "A (CSL), B (LSDH-S) et C (AJD) ont appris …": where the names that open the first sentence of
// `raw` end, the last closed by a parenthesis (its acronym, its country) and a word in lower case
// right after it, no conjunction ("… (LSDH-S) et l'Association …" goes on with a name): the
// verb, whatever it is. npos where no such word follows. `lowered` is raw in lower case.
inline std::size_t names_closed_before_verb(std::string_view raw, std::string_view lowered) {
    auto const stop = sentence_end(raw, 0);
    for (auto close = raw.find(") "); close != std::string_view::npos && close < stop; close = raw.find(") ", close + 1)) {
        auto const word = close + 2;
        if (word < raw.size() && utf8::is_lower_letter(utf8::decode(raw, word).cp) &&
            !lang::starts_with_any<&lang::language_table::conjunctions>(lowered.substr(word)))
            return close + 1;
    }
    return std::string_view::npos;
}

// Whether the verb after the authors makes a call whose addressee follows: a call verb, or an
// author's verb that reports one ("urged", "called on"); "said", "condemned" ask no one, and
// leave the text's call to be sought elsewhere ("Organisations today called on the Government
// to act." / "In a joint statement, A, B and C said …").
inline bool asks_of(next_verb const& verb, bool call_verb) {
    if (call_verb) return true;
    auto const& reporting = verb.match.table->reported_call_verbs;
    return std::find(reporting.begin(), reporting.end(), verb.match.phrase) != reporting.end();
}

// The speaker an oral statement names in raw[start, end), after its speaker's phrase: one name,
// or a person and the organisation she speaks from ("Mira Tallow, Amber Watch"), one signer, the
// person with the organisation for role. Empty where it names more, or no one. A name alone of a
// person's shape is a person's ("Oren Vale"): a statement is read out by someone, and an
// organisation that speaks shows its word ("Amber Lantern Association").
inline std::vector<signatory> read_speaker_named(std::string_view raw, std::string_view lowered, std::size_t start,
                                                 std::size_t end, std::size_t raw_offset, span_maker const& spans) {
    auto speaker = read_listed_names(raw, lowered, start, end, raw_offset, spans, false, 1);
    if (speaker.size() > 2) return {};
    if (speaker.size() == 1 && speaker.front().type == signatory_type::organisation && !speaker.front().country &&
        !speaker.front().acronym && looks_like_person_name(speaker.front().name))
        speaker.front().type = signatory_type::person;
    if (speaker.size() < 2) return speaker;
    auto& person = speaker.front();
    if (speaker.back().type == signatory_type::organisation && !person.role &&
        (person.type == signatory_type::person || looks_like_person_name(person.name))) {
        auto const& organisation = speaker.back();
        person.type = signatory_type::person;
        person.role = organisation.name;
        person.span.end = organisation.span.end, person.span.stop = organisation.span.stop;
        speaker.pop_back();
    }
    return speaker;
}

// "Delivered by: Ms Mira Tallow, on behalf of A, B and C", "This statement was delivered by
// Amber Watch on behalf of A and B.": an oral statement's speaker, after a speaker's phrase of
// the tables that ends at `start`, and those it speaks for, after a behalf phrase in the same
// sentence, each a signer; a person and the organisation they speak for ("Mira Tallow, Amber
// Watch") one, the person with the organisation for role. Empty without a behalf phrase ("read
// by millions") or where either part names no one, or where those spoken for are a state ("on
// behalf of the Government of …"). `lowered` is raw in lower case; where the sentence ends goes
// to `sentence`.
inline std::vector<signatory> read_speaker_and_represented(std::string_view raw, std::string_view lowered,
                                                           std::size_t start, std::size_t raw_offset,
                                                           span_maker const& spans, std::size_t& sentence) {
    while (start < raw.size() && (raw[start] == ' ' || raw[start] == ':')) ++start;
    sentence = sentence_end(raw, start);
    auto const behalf = lang::find_any<&lang::language_table::behalf_phrases>(lowered.substr(start, sentence - start));
    if (!behalf) return {};
    auto const behalf_at = start + behalf.position;
    auto speaker = read_speaker_named(raw, lowered, start, before_filler_words(raw, start, behalf_at), raw_offset, spans);
    if (speaker.empty()) return {};
    // "On behalf of: A, B and C": the field's colon opens the names, and they fill the field, the
    // last of them to its end ("… et Club de presse de Coral Bay" goes on after no preposition).
    auto represented_at = behalf_at + behalf.phrase.size();
    bool field = false;
    for (; represented_at < sentence && (raw[represented_at] == ' ' || raw[represented_at] == ':'); ++represented_at)
        field = field || raw[represented_at] == ':';
    auto represented = read_listed_names(raw, lowered, represented_at, sentence, raw_offset, spans, !field, 1);
    if (represented.empty() || names_a_state(represented)) return {};
    std::move(represented.begin(), represented.end(), std::back_inserter(speaker));
    return speaker;
}

}  // namespace signatory_detail

CIVIC_FUNC std::vector<signatory> read_inline_signatories(std::string_view raw, std::size_t raw_offset,
                                                          span_maker const& spans) {
    using namespace signatory_detail;
    auto lowered = utf8::lower_same_length(raw);
    std::string_view const low(lowered);
    // "This statement is co-sponsored by A, B and C. It was drafted by D and is supported by E and
    // F.": a UN statement names its authors in turns, a cue for each; once names are read, the
    // next cue of the block goes on with more.
    std::vector<signatory> out;
    std::size_t sentence_of_last = std::string_view::npos;  // where the sentence of the names read last ends
    for (std::size_t from = 0; from < raw.size();) {
        auto const cue = lang::find_any<&lang::language_table::signing_cues>(low.substr(from));
        // An oral statement's speaker, before the cue if any, and those it speaks for.
        if (auto const speaker = lang::find_any<&lang::language_table::speaker_phrases>(low.substr(from));
            speaker && (!cue || speaker.position < cue.position)) {
            auto const after = from + speaker.position + speaker.phrase.size();
            std::size_t sentence = after;
            auto names = read_speaker_and_represented(raw, lowered, after, raw_offset, spans, sentence);
            from = names.empty() ? after : sentence;
            if (!names.empty()) sentence_of_last = sentence;
            std::move(names.begin(), names.end(), std::back_inserter(out));
            continue;
        }
        if (!cue) break;
        std::size_t start = from + cue.position + cue.phrase.size();
        // "Organisers of the rally: A, B": a colon close after the cue opens the list.
        auto const colon_at = raw.substr(start, 40).find(':');
        bool const colon = colon_at != std::string_view::npos &&
                           raw.substr(start, colon_at).find_first_of(".;") == std::string_view::npos;
        if (colon) start += colon_at + 1;
        while (start < raw.size() && raw[start] == ' ') ++start;
        // Without a colon, skip the cue's own phrase: "signed the statement were …".
        for (std::size_t skipped = 0; !colon && skipped < 6 && start < raw.size(); ++skipped) {
            auto space = raw.find(' ', start);
            if (space == std::string_view::npos || !filler_word(raw.substr(start, space - start))) break;
            start = space + 1;
        }
        auto const sentence = sentence_end(raw, start);
        // "drafted by D and is supported by E": a cue further in the sentence ends the names of
        // this one, and the words that join the two ("and is", ", was") are neither's. Names so
        // parted are each a signer of their own, one as well as two.
        auto end = sentence;
        auto const next = lang::find_any<&lang::language_table::signing_cues>(low.substr(start, sentence - start));
        if (next) end = before_filler_words(raw, start, start + next.position);
        bool const parted = next || sentence_of_last == sentence;
        std::vector<signatory> names;
        if (lang::find_any<&lang::language_table::consultative_statuses>(utf8::fold(raw.substr(start, end - start))))
            names = read_names_before_statuses(raw, lowered, start, end, raw_offset, spans);
        else
            // After a colon the names run to the sentence's end ("Organisations signataires : A, B,
            // Ligue des droits de l'Homme."): their last does not stop at a preposition.
            names = read_listed_names(raw, lowered, start, end, raw_offset, spans, !colon && !next, parted ? 1 : 2);
        if (names.empty()) break;
        std::move(names.begin(), names.end(), std::back_inserter(out));
        sentence_of_last = sentence;
        from = next ? start + next.position : sentence;
    }
    return out;
}

CIVIC_FUNC std::vector<signatory> read_speaker(std::string_view raw, std::size_t raw_offset, span_maker const& spans) {
    using namespace signatory_detail;
    auto lowered = utf8::lower_same_length(raw);
    std::string_view const low(lowered);
    auto const phrase = lang::starts_with_any<&lang::language_table::speaker_phrases>(low);
    if (!phrase) return {};
    auto start = phrase.phrase.size();
    while (start < raw.size() && (raw[start] == ' ' || raw[start] == ':')) ++start;
    // Up to the behalf phrase if the line goes on with one ("… au nom des organisations
    // suivantes :"), else to its end.
    auto end = raw.size();
    if (auto const behalf = lang::find_any<&lang::language_table::behalf_phrases>(low.substr(start)))
        end = before_filler_words(raw, start, start + behalf.position);
    while (end > start && (raw[end - 1] == ' ' || raw[end - 1] == ':' || raw[end - 1] == '.' || raw[end - 1] == ',')) --end;
    if (end <= start) return {};
    return read_speaker_named(raw, lowered, start, end, raw_offset, spans);
}

CIVIC_FUNC std::vector<signatory> read_status_sharers(std::string_view raw, std::size_t raw_offset, span_maker const& spans) {
    using namespace signatory_detail;
    auto const lowered = utf8::lower_same_length(raw);
    std::string_view const low(lowered);
    auto const status = lang::find_any<&lang::language_table::consultative_statuses>(low);
    // "Viasna, the Belarusian Association of Journalists and Libereco also share the views
    // expressed in this statement.": without a status, the names are the subject of the UN's
    // formula, one of them as well as more.
    if (!status) {
        auto const shares = lang::find_any<&lang::language_table::view_sharing_phrases>(low);
        if (!shares) return {};
        auto const start = clause_start(raw, shares.position);
        return read_listed_names(raw, lowered, start, before_filler_words(raw, start, shares.position), raw_offset, spans,
                                 false, 1);
    }
    // The names are the sentence's subject, their status set off by commas before its verb.
    auto const status_end = status.position + status.phrase.size();
    if (status_end >= raw.size() || raw[status_end] != ',') return {};
    return read_names_before_statuses(raw, low, clause_start(raw, status.position), status_end, raw_offset, spans);
}

CIVIC_FUNC std::vector<signatory> read_signatory_sentence(std::string_view raw, std::size_t raw_offset,
                                                          span_maker const& spans) {
    auto const lowered = utf8::lower_same_length(raw);
    std::size_t start = 0;
    while (start < raw.size() && raw[start] == ' ') ++start;
    return signatory_detail::read_listed_names(raw, lowered, start, signatory_detail::sentence_end(raw, start), raw_offset,
                                               spans, false);
}

CIVIC_FUNC reported_authors read_reported_authors(std::string_view raw, std::size_t raw_offset, span_maker const& spans,
                                                  bool verb_second) {
    using namespace signatory_detail;
    // The authors open the text: "A, B and C today urged …" is its first sentence or two.
    raw = lede_of(raw);
    auto const lowered = utf8::lower_same_length(raw);
    std::string_view const low(lowered);
    // The next call verb and the next author's verb, each sought again only once passed.
    next_verb call, said;
    // The names, unless one is a state's, and where their verb's addressee may begin (the
    // addresses read it, if the verb is a call's).
    auto const found = [&](std::vector<signatory> names, std::size_t verb, std::size_t verb_end, std::size_t asked) {
        reported_authors r;
        if (names_a_state(names)) return r;
        r.names = std::move(names);
        if (asked != std::string_view::npos) r.verb_begin = verb, r.verb_end = verb_end, r.asked = asked;
        return r;
    };
    for (std::size_t from = 0; from < raw.size();) {
        call.seek<&lang::language_table::call_verbs>(low, from);
        said.seek<&lang::language_table::author_verbs>(low, from);
        auto const& next = call.at <= said.at ? call : said;
        if (!next.match) break;
        std::size_t const verb = next.at, after = verb + next.match.phrase.size();
        from = after;
        auto start = past_dateline(raw, clause_start(raw, verb), verb);
        // "A, B and C [today] urge": the names end before the verb.
        auto end = verb;
        while (end > start && raw[end - 1] == ' ') --end;
        if (auto const space = raw.rfind(' ', end - 1); end > start && space != std::string_view::npos && space > start) {
            auto const last_word = utf8::fold(raw.substr(space + 1, end - space - 1));
            if (lang::is_phrase<&lang::language_table::today_words>(last_word)) end = space;
        }
        end = before_defined_term(raw, start, end);
        // Two names at least: a comma or a conjunction between them ("We urge" has neither).
        auto const subject = raw.substr(start, end - start);
        if (subject.find(", ") != std::string_view::npos || conjunction_between_words(low.substr(start, end - start))) {
            // "The Amber Coalition, whose members are A, B and C, condemns …": the network speaks
            // for its members, who are the names.
            auto network = read_network_before_members(raw, low, start, end, raw_offset, spans);
            if (network) start = network->members;
            auto items = inline_items(raw.substr(start, end - start));
            // "In a joint letter, A, B and C urge …": the clause before the names is not one.
            // Names set off by commas after it ("Relatives of the detained, Mira Tallow and Oren
            // Vale, said …") say who the clause's people are, not who writes.
            if (items.size() > 2 && !reads_as_name(items.front())) {
                if (in_apposition(raw, end)) continue;
                start = static_cast<std::size_t>(items[1].data() - raw.data());
                items.erase(items.begin());
            }
            if (std::all_of(items.begin(), items.end(), reads_as_name))
                if (auto names = read_listed_names(raw, lowered, start, end, raw_offset, spans, false); !names.empty()) {
                    auto r = found(std::move(names), verb, after, asks_of(next, &next == &call) ? after : std::string_view::npos);
                    if (network && !r.names.empty()) r.network = std::move(network->network);
                    return r;
                }
        }
        // "Zum Weltflüchtlingstag appellieren A, B und C an die …": after an opening phrase, the
        // verb comes second and the names after it, up to the item after their conjunction.
        if (!verb_second || verb == start || reads_as_name(raw.substr(start, verb - start))) continue;
        auto const opener = utf8::fold(raw.substr(start, verb - start));
        if (lang::starts_with_any<&lang::language_table::first_person_plural>(opener) ||
            lang::starts_with_any<&lang::language_table::second_person>(opener))
            continue;
        auto names_start = after;
        while (names_start < raw.size() && raw[names_start] == ' ') ++names_start;
        auto const stop = sentence_end(raw, names_start);
        if (stop <= names_start) continue;
        auto const conjunction = conjunction_between_words(low.substr(0, stop), names_start);
        if (!conjunction) continue;
        auto const names_end = std::min(stop, raw.find(", ", conjunction.position));
        auto const items = inline_items(raw.substr(names_start, names_end - names_start));
        if (std::all_of(items.begin(), items.end() - 1, reads_as_name))
            if (auto names = read_listed_names(raw, lowered, names_start, names_end, raw_offset, spans); !names.empty()) {
                // The addressee follows the last name ("… Neue Richtervereinigung an die …").
                auto const last = raw.substr(names_start, names_end - names_start).rfind(names.back().name);
                auto const asked = last == std::string_view::npos ? std::string_view::npos
                                                                  : names_start + last + names.back().name.size();
                return found(std::move(names), verb, after, asked);
            }
    }
    // "Le Collectif des Syndicats Libres (CSL), la Ligue … (LSDH-S) et l'Association … (AJD) ont
    // appris avec consternation …", "A (CODEHUPY), B (CEAM) y C (REMUR) expresan …", "A (LBA), B
    // (CLE) and C (JWA) have learned with alarm …": the authors of a press release do more than
    // the tables' verbs say. A first sentence that opens with organisations, each with its acronym
    // or country in parentheses, and goes on in lower case after the last, names them so, its verb
    // whatever it is (people so named are whom the text reports on: "… (Radio Amber) were detained").
    if (auto const end = names_closed_before_verb(raw, low); end != std::string_view::npos) {
        auto const start = past_dateline(raw, 0, end);
        auto names = read_listed_names(raw, lowered, start, end, raw_offset, spans, false);
        bool const organisations = std::all_of(names.begin(), names.end(), [](signatory const& s) {
            return s.type == signatory_type::organisation && (s.acronym || s.country);
        });
        if (!names.empty() && organisations) return found(std::move(names), end, end, std::string_view::npos);
    }
    return {};
}

CIVIC_FUNC authors_beside_we read_authors_beside_we(std::string_view raw, std::size_t raw_offset, span_maker const& spans) {
    using namespace signatory_detail;
    raw = lede_of(raw);
    auto const lowered = utf8::lower_same_length(raw);
    std::string_view const low(lowered);
    auto opener = lang::starts_with_any<&lang::language_table::opening_phrases>(low);
    if (!opener) opener = lang::starts_with_any<&lang::language_table::first_person_plural>(low);
    if (!opener) return {};
    // The names stand between commas, dashes or parentheses right after the opener.
    std::size_t start = opener.phrase.size();
    while (start < raw.size() && raw[start] == ' ') ++start;
    if (start >= raw.size()) return {};
    std::string_view close;
    if (raw[start] == ',' || raw[start] == '(') {
        close = raw[start] == ',' ? std::string_view(", ") : std::string_view(")");
        ++start;
    } else if (auto const dash = text::dash_length_at(raw, start); dash != 0 && start > opener.phrase.size()) {
        close = raw.substr(start, dash);
        start += dash;
    } else {
        return {};
    }
    while (start < raw.size() && raw[start] == ' ') ++start;
    // What they do: the first call verb or author's verb after the names, in their sentence.
    auto const sentence = sentence_end(raw, start);
    auto const call = lang::find_any<&lang::language_table::call_verbs>(low.substr(start, sentence - start));
    auto const said = lang::find_any<&lang::language_table::author_verbs>(low.substr(start, sentence - start));
    std::size_t verb = sentence;
    if (call) verb = start + call.position;
    if (said) verb = std::min(verb, start + said.position);
    if (verb == sentence) return {};
    // The names end at the separator that closes them: the last comma before the verb, or the
    // dash or parenthesis that matches the opening one, with a few words at most after it
    // ("…, today call on").
    auto const end = close == ", " ? raw.substr(0, verb).rfind(close) : raw.find(close, start);
    if (end == std::string_view::npos || end <= start || end > verb || verb - end > 24) return {};
    // "the Amber Network, a coalition whose members are: A, B and C": the network they make,
    // before its members; they are the names.
    authors_beside_we out;
    if (auto network = read_network_before_members(raw, low, start, end, raw_offset, spans)) {
        out.network = std::move(network->network);
        start = network->members;
    }
    auto const items = inline_items(raw.substr(start, end - start));
    if (items.size() < 2 || !std::all_of(items.begin(), items.end(), reads_as_name)) return {};
    // Names, not what the authors are ("We, civil society organisations from A, B and C"): the
    // first opens with a capital, or past its article.
    auto const first = lang::past_article(trim(items.front()));
    if (first.empty() || !(utf8::is_upper_letter(utf8::decode(first, 0).cp) || utf8::is_quote(utf8::decode(first, 0).cp)))
        return {};
    out.names = read_listed_names(raw, lowered, start, end, raw_offset, spans, false);
    if (names_a_state(out.names)) return {};
    if (out.names.empty()) out.network.reset();
    return out;
}

CIVIC_FUNC reported_authors read_group_call(std::string_view raw) {
    using namespace signatory_detail;
    constexpr std::size_t within = 400;  // a lede's first sentences
    auto const head = raw.substr(0, within);
    auto const low = utf8::lower_same_length(head);
    std::string_view lowered(low);
    // Most paragraphs name no group of authors: one search says so. The verb is sought in the
    // group's sentence only.
    auto const group = lang::find_any<&lang::language_table::author_groups>(lowered);
    if (!group) return {};
    lowered = lowered.substr(0, sentence_end(head, group.position));
    // The next call verb and the next of the authors' verbs, each sought again only once passed.
    next_verb call, said;
    for (std::size_t from = group.position; from < lowered.size();) {
        call.seek<&lang::language_table::call_verbs>(lowered, from);
        said.seek<&lang::language_table::author_verbs>(lowered, from);
        bool const calls = call.at <= said.at;
        auto const& m = (calls ? call : said).match;
        if (!m) break;
        std::size_t const verb = calls ? call.at : said.at, after = verb + m.phrase.size();
        from = after;
        // "… today condemned …" reports no call; "… today urged …" does.
        if (!calls && std::find(m.table->reported_call_verbs.begin(), m.table->reported_call_verbs.end(), m.phrase) ==
                          m.table->reported_call_verbs.end())
            continue;
        auto const start = past_dateline(head, clause_start(head, verb), verb);
        if (group.position >= verb) continue;  // no group before the verb
        auto const subject = utf8::fold(head.substr(start, verb - start));
        if (subject.empty() || text::word_count(subject, 12) > 10) continue;
        if (!lang::find_any<&lang::language_table::author_groups>(subject) ||
            lang::find_any<&lang::language_table::state_words>(subject) ||
            lang::starts_with_any<&lang::language_table::first_person_plural>(subject))
            continue;
        reported_authors r;
        r.verb_begin = verb, r.verb_end = after, r.asked = after;
        return r;
    }
    return {};
}

}  // namespace recognise
CIVIC_NAMESPACE_END
