// civic::layout::segment: blocks, list items, headings, hard-wrap joining, after_blank.
#include <civic/layout/segment.hpp>
#include <civic/text/cleanup.hpp>
#include <civic/text/words.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace civic;
using layout::block_kind;
using layout::marker_kind;

namespace {

// The blocks of a text, with the cleaned text whose characters their texts view.
struct segmented_text {
    std::unique_ptr<cleaned_text> cleaned;
    layout::segmentation segmentation;

    std::size_t size() const { return segmentation.blocks.size(); }
    bool empty() const { return segmentation.blocks.empty(); }
    layout::block const& operator[](std::size_t i) const { return segmentation.blocks[i]; }
    auto begin() const { return segmentation.blocks.begin(); }
    auto end() const { return segmentation.blocks.end(); }
};

segmented_text blocks_of(std::string const& s) {
    segmented_text t{std::make_unique<cleaned_text>(text::wrap(s)), {}};
    t.segmentation = layout::segment(*t.cleaned);
    return t;
}

}  // namespace

TEST_CASE("layout: blank lines separate blocks; ranges exclude indentation and the line end") {
    std::string const s = "First block\n\n  Second block  \n\n\nThird";
    auto b = blocks_of(s);
    REQUIRE(b.size() == 3);
    CHECK(b[0].text == "First block");
    CHECK(b[0].begin == 0);
    CHECK(b[0].end == 11);
    CHECK(b[1].text == "Second block");
    CHECK(b[1].begin == s.find("Second"));
    CHECK(b[1].end == s.find("Second") + 12);
    CHECK(b[1].content_begin == b[1].begin);
    CHECK(b[2].text == "Third");
    for (auto const& x : b) {
        CHECK(x.kind == block_kind::text);
        CHECK(x.after_blank);
        CHECK(x.lines == 1);
    }
}

TEST_CASE("layout: list items and their marker kinds") {
    std::string const s =
        "Intro:\n\xE2\x80\x93 Dash item\n\xE2\x80\xA2 Bullet item\n3. Number item\niv) Roman item\nb) Letter item\n";
    auto b = blocks_of(s);
    REQUIRE(b.size() == 6);
    CHECK(b[0].kind == block_kind::text);
    struct expected {
        marker_kind marker;
        unsigned value;
        char const* text;
    };
    expected const e[] = {{marker_kind::dash, 0, "Dash item"},
                          {marker_kind::bullet, 0, "Bullet item"},
                          {marker_kind::number, 3, "Number item"},
                          {marker_kind::roman, 4, "Roman item"},
                          {marker_kind::letter, 2, "Letter item"}};
    for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(i);
        auto const& x = b[i + 1];
        CHECK(x.kind == block_kind::list_item);
        CHECK(x.marker == e[i].marker);
        CHECK(x.marker_value == e[i].value);
        CHECK(x.text == e[i].text);
        CHECK(s.substr(x.content_begin, x.end - x.content_begin) == e[i].text);
        CHECK_FALSE(x.after_blank);
    }
}

TEST_CASE("layout: PDF text's bullets: the Private Use Area's, and 'o' beside its siblings only") {
    // U+F0A7 and U+F0D8, what a word processor's Wingdings bullets become.
    auto pua = blocks_of("We call on them to:\n\xEF\x82\xA7 Release the defenders;\n\xEF\x83\x98 Drop the charges.\n");
    REQUIRE(pua.size() == 3);
    CHECK(pua[1].kind == block_kind::list_item);
    CHECK(pua[1].marker == marker_kind::bullet);
    CHECK(pua[1].text == "Release the defenders;");
    CHECK(pua[2].text == "Drop the charges.");

    auto letter = blocks_of("We call on them to:\no Release the defenders;\no drop the charges.\n");
    REQUIRE(letter.size() == 3);
    for (std::size_t i : {1, 2}) {
        CHECK(letter[i].kind == block_kind::list_item);
        CHECK(letter[i].marker == marker_kind::bullet);
    }
    CHECK(letter[2].text == "drop the charges.");

    // Alone, "o" is a word: a Spanish sentence wrapped before "o" ("or").
    auto word = blocks_of("Exigimos que el gobierno\no la sociedad civil respondan.\n");
    REQUIRE_FALSE(word.empty());
    for (auto const& b : word) CHECK(b.kind == block_kind::text);
    CHECK(word[word.size() - 1].text.find("o la sociedad civil") != std::string_view::npos);
}

TEST_CASE("layout: a scan's bullets read as 'e', before a capital and beside their siblings only") {
    auto scanned = blocks_of("We call on them to:\ne Release the defenders;\ne Drop the charges.\n");
    REQUIRE(scanned.size() == 3);
    for (std::size_t i : {1, 2}) {
        CHECK(scanned[i].kind == block_kind::list_item);
        CHECK(scanned[i].marker == marker_kind::bullet);
    }
    CHECK(scanned[1].text == "Release the defenders;");
    // Alone, or before a word in lower case, "e" is a word ("… del Estado" / "e instituciones").
    auto alone = blocks_of("Exigimos respuestas de Veloria\ne Italia sobre los hechos.\n");
    for (auto const& b : alone) CHECK(b.kind == block_kind::text);
    auto lower = blocks_of("Exigimos respuestas del Estado\ne instituciones;\ne organismos.\n");
    for (auto const& b : lower) CHECK(b.kind == block_kind::text);
}

TEST_CASE("layout: a post's pictographs as bullets, beside the same one only") {
    // "📌 We demand:" / "✅ release …" / "✅ drop …": the line with a colon introduces them.
    auto b = blocks_of("\xF0\x9F\x93\x8C We demand:\n\xE2\x9C\x85 release the journalists;\n\xE2\x9C\x85 drop the charges.\n\n"
                       "\xF0\x9F\x93\xA2 Joint statement\n\n"
                       "1\xEF\xB8\x8F\xE2\x83\xA3 create a commission;\n2\xEF\xB8\x8F\xE2\x83\xA3 publish its findings.\n\n"
                       "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 Amber Rights Centre\n\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 Birchwood Forum\n");
    REQUIRE(b.size() == 8);
    CHECK(b[0].kind == block_kind::text);
    CHECK(b[1].kind == block_kind::list_item);
    CHECK(b[1].text == "release the journalists;");
    CHECK(b[2].kind == block_kind::list_item);
    CHECK(b[3].kind == block_kind::text);  // a headline's pictograph, alone
    CHECK(b[4].kind == block_kind::list_item);
    CHECK(b[4].text == "create a commission;");
    CHECK(b[5].kind == block_kind::list_item);
    CHECK(b[6].kind == block_kind::text);  // a flag names a country: the line keeps it
    // the text's last line, with no line break after it, has no line under it to ask about
    auto const last = blocks_of("We demand:\n\xE2\x9C\x85 release the journalists");
    REQUIRE(last.size() == 2);
    CHECK(last[1].kind == block_kind::text);
}

TEST_CASE("layout: a marker alone on a line is text, not an empty item") {
    auto b = blocks_of("-\n");
    REQUIRE(b.size() == 1);
    CHECK(b[0].kind == block_kind::text);
}

TEST_CASE("layout: a PDF's marker on a line of its own marks the item on the next") {
    auto b = blocks_of("We call on the authorities to:\n\xE2\x80\xA2\nRelease the journalists;\n\xE2\x80\xA2\n"
                       "Drop the charges.\n1.\nAmber Rights Centre\n2.\nBirchwood Watch\n-\n\n1.\n2.\n");
    REQUIRE(b.size() >= 5);
    CHECK(b[1].kind == block_kind::list_item);
    CHECK(b[1].marker == marker_kind::bullet);
    CHECK(b[1].text == "Release the journalists;");
    CHECK(b[2].text == "Drop the charges.");
    CHECK(b[3].kind == block_kind::list_item);
    CHECK(b[3].marker_value == 1);
    CHECK(b[3].text == "Amber Rights Centre");
    CHECK(b[4].marker_value == 2);
    CHECK(b[4].text == "Birchwood Watch");
    // Under a marker alone, another marker or a blank line: no item takes it.
    REQUIRE(b.size() == 8);
    CHECK(b[5].kind == block_kind::text);
    CHECK(b[5].text == "-");
    CHECK(b[6].text == "1.");
}

TEST_CASE("layout: a marker alone over a blank line, or an 'o' or a dash alone, marks the item after it beside a sibling") {
    auto b = blocks_of("We call on the authorities to:\n\n\xE2\x80\xA2\n\nRelease the journalists;\n\n\xE2\x80\xA2\n\n"
                       "Drop the charges.\n\no\nRepeal the law;\no\nFund the courts.\n\n\xE2\x80\x93\nEnd the raids;\n"
                       "\xE2\x80\x93\nOpen the archives.\n");
    REQUIRE(b.size() == 7);
    for (std::size_t i = 1; i < b.size(); ++i) CHECK(b[i].kind == block_kind::list_item);
    CHECK(b[1].marker == marker_kind::bullet);
    CHECK(b[1].text == "Release the journalists;");
    CHECK(b[2].text == "Drop the charges.");
    CHECK(b[3].marker == marker_kind::bullet);
    CHECK(b[3].text == "Repeal the law;");
    CHECK(b[4].text == "Fund the courts.");
    CHECK(b[5].marker == marker_kind::dash);
    CHECK(b[5].text == "End the raids;");
    CHECK(b[6].text == "Open the archives.");
}

TEST_CASE("layout: without a sibling, an 'o' or a dash alone, or a bullet over a blank line, marks nothing") {
    // a Spanish sentence wrapped before its "or"; a table's empty cell; an ornament between parts;
    // a page's separators between its author, the time to read it and its date, each with a
    // sibling, but under neither an introduction nor an item
    auto b = blocks_of("Convocamos a las organizaciones de la sociedad civil\no\nlos sindicatos de Valmont.\n\n"
                       "Amber Rights Centre\n\xE2\x80\x93\nBirchwood Watch\n\n\xE2\x80\xA2\n\nSignatories:\n\n"
                       "Amber Rights Centre\n\n\xC2\xB7\n\n4 min read\n\n\xC2\xB7\n\nMay 3, 2026\n");
    for (auto const& block : b) CHECK(block.kind == block_kind::text);
}

TEST_CASE("layout: Wingdings' bullets as PDF text keeps them ('§ ', 'Ø '), beside their siblings only") {
    auto b = blocks_of("\xC2\xA7 Withdraw the draft law;\n\xC2\xA7 Engage with civil society.\n\n"
                       "\xC3\x98 Release the journalists;\n\xC3\x98 Drop the charges.\n\n"
                       "\xC2\xA7 3 of the Act applies.\n\n-- Establish a mission;\n-- Fund it.\n\n\xC2\xBB overturn the convictions\n");
    REQUIRE(b.size() == 8);
    CHECK(b[0].kind == block_kind::list_item);
    CHECK(b[0].text == "Withdraw the draft law;");
    CHECK(b[3].kind == block_kind::list_item);
    CHECK(b[3].text == "Drop the charges.");
    CHECK(b[4].kind == block_kind::text);  // a reference to a section alone
    CHECK(b[5].kind == block_kind::list_item);
    CHECK(b[5].marker == marker_kind::dash);
    CHECK(b[5].text == "Establish a mission;");
    CHECK(b[7].kind == block_kind::list_item);
    CHECK(b[7].text == "overturn the convictions");
}

TEST_CASE("layout: Markdown headings") {
    auto b = blocks_of("# Joint statement\n\n### Signatories\n\n#hashtag\n\n####### seven\n");
    REQUIRE(b.size() == 4);
    CHECK(b[0].kind == block_kind::heading);
    CHECK(b[0].heading_level == 1);
    CHECK(b[0].text == "Joint statement");
    CHECK(b[1].kind == block_kind::heading);
    CHECK(b[1].heading_level == 3);
    CHECK(b[1].text == "Signatories");
    CHECK(b[2].kind == block_kind::text);
    CHECK(b[2].text == "#hashtag");
    CHECK(b[3].kind == block_kind::text);
}

TEST_CASE("layout: hard-wrapped lines are joined into one block") {
    std::string const s =
        "The students were detained in Tamarind Falls after a\npeaceful march against the new tuition fees and were held\n"
        "without a lawyer.\nNext sentence.";
    auto b = blocks_of(s);
    REQUIRE(b.size() == 2);
    CHECK(b[0].text ==
          "The students were detained in Tamarind Falls after a peaceful march against the new tuition fees and were "
          "held without a lawyer.");
    CHECK(b[0].lines == 3);
    CHECK(b[0].begin == 0);
    CHECK(b[0].end == s.find("\nNext"));
    CHECK(b[1].text == "Next sentence.");
    CHECK_FALSE(b[1].after_blank);
}

TEST_CASE("layout: a PDF's page mark, alone or after a running header, is a block of its own") {
    // The text is hard-wrapped (long lines that stop in mid-sentence go on in lower case), so
    // a line after a long one would join it but for the page mark.
    std::string const s =
        "The students were detained in Tamarind Falls after a peaceful march against the\n"
        "new tuition fees and were held without a lawyer for three days and three nights, their\n"
        "families told the press on the day of their release from the central police station\n"
        "Lakeshore Rights Watch Public Statement        Page 2 of 3\n"
        "Coral Bay Human Rights Forum (Armenia)\n"
        "and the students' union of the university, who spoke to the press on the same day and\n"
        "2/3\n"
        "Dune Press Freedom Centre\n";
    auto b = blocks_of(s);
    REQUIRE(b.size() == 6);
    CHECK(b[1].text == "Lakeshore Rights Watch Public Statement Page 2 of 3");
    CHECK(b[2].text == "Coral Bay Human Rights Forum (Armenia)");
    CHECK(b[3].text == "and the students' union of the university, who spoke to the press on the same day and");
    CHECK(b[4].text == "2/3");
    CHECK(b[5].text == "Dune Press Freedom Centre");
    // Numbers at a line's end without the gap before them are text: "… in 2 of 3 regions 12".
    CHECK(blocks_of("The committee met in 2 of 3 regions of the country last year, and in 4 of 5").size() == 1);
}

TEST_CASE("layout: a running header that repeats with each page's number is page furniture") {
    // Only the whole text shows it: the same words on each page, the number rising, at the end
    // after a gap or a bar, or at the start.
    for (auto const& [first, second] : {std::pair{"Joint statement on the detention of journalists           1",
                                                  "Joint statement on the detention of journalists           2"},
                                        std::pair{"Joint statement on the detention of journalists | 1",
                                                  "Joint statement on the detention of journalists | 2"},
                                        std::pair{"3 \xE2\x80\x94 Joint statement on the detention of journalists",
                                                  "4 \xE2\x80\x94 Joint statement on the detention of journalists"}}) {
        std::string const one = first, two = second;
        CAPTURE(one);
        std::string const s = one + "\n\nThe students were detained in Tamarind Falls after a peaceful march against the\n"
                                    "new tuition fees and were held without a lawyer for three days and three nights, their\n" +
                              two + "\n" + "families told the press on the day of their release.\n";
        auto b = blocks_of(s);
        REQUIRE(b.size() == 4);
        CHECK(b[0].page_mark);
        CHECK(b[2].page_mark);
        CHECK_FALSE(b[1].page_mark);
        CHECK(b[1].lines == 2);  // the page's last line did not take the header in
        CHECK(b[3].text == "families told the press on the day of their release.");
    }
    // Headings numbered in turn are no header ("Article 19", "Recommendation 2": fewer than
    // three words besides the number), nor lines whose numbers do not rise, nor a line once.
    for (char const* text : {"Article 19\n\nArticle 20\n", "Recommendation number 2\n\nRecommendation number 1\n",
                             "Joint statement on the detention 1\n\nAnother line of the text 2\n"}) {
        std::string const s = text;
        CAPTURE(s);
        for (auto const& block : blocks_of(s)) CHECK_FALSE(block.page_mark);
    }
}

TEST_CASE("layout: a line that breaks inside a parenthesis goes on on the next, whatever its case") {
    // A sentence of signers wrapped by a PDF: the break falls inside an entry's country, or
    // before it.
    auto b = blocks_of("Signatories: Amber Lantern Association (Georgia), Freedom Now (United\n"
                       "States), Birchwood Institute for Civic Rights\n(Poland), Coral Bay Forum (Armenia).\n"
                       "Next Line");
    REQUIRE(b.size() == 2);
    CHECK(b[0].lines == 3);
    CHECK(b[0].text == "Signatories: Amber Lantern Association (Georgia), Freedom Now (United States), Birchwood "
                       "Institute for Civic Rights (Poland), Coral Bay Forum (Armenia).");
    // A line whose parentheses are closed ends an entry; the capital after it starts the next.
    CHECK(blocks_of("Amber Lantern Association for Civic Rights (Georgia)\nBirchwood Institute (Poland)").size() == 2);
    CHECK(blocks_of("Amber Lantern Association for Civic Rights in Georgia\nBirchwood Institute (Poland)").size() == 2);
}

TEST_CASE("layout: in a text wrapped throughout, two lines much shorter than its width are lines of their own") {
    std::string const body =
        "The undersigned organisations are alarmed by the arrest of eleven members of an\n"
        "environmental movement of the Amber Valley, detained on 3 March after a protest\n"
        "against the felling of the old forest. They have been held without access to their\n"
        "lawyers and their families have not been told where they are being kept by police.\n"
        "We call on the authorities of the region to release them at once and to drop all\n"
        "charges brought against them for their peaceful opposition to the felling plans,\n"
        "which the courts of the region have twice found to break the law on forests.\n"
        "Signatories:\n";
    auto b = blocks_of(body + "Independent Association of Amber Valley Lawyers\nCoral Bay Psychiatry Without Violence\n");
    REQUIRE(b.size() == 5);
    CHECK(b[3].text == "Independent Association of Amber Valley Lawyers");
    CHECK(b[4].text == "Coral Bay Psychiatry Without Violence");
    // A short name that closes its quotation, or is half the width at most, over a long one:
    // the long one's first word would have fitted after it, so the two are two lines.
    for (char const* first : {"Human Rights Movement \"Bir Amber\"\n", "Amber Valley Lawyers\n"}) {
        CAPTURE(first);
        auto c = blocks_of(body + first + "Coral Bay International Bureau for Human Rights and the Rule of Law (CBIB)\n");
        REQUIRE(c.size() == 5);
        CHECK(c[4].text == "Coral Bay International Bureau for Human Rights and the Rule of Law (CBIB)");
    }
    // A headline in a larger type, wrapped shorter, goes on where its next line is long.
    auto t = blocks_of("Written statement by the Partnership for Amber Human\n"
                       "Rights (PAHR, Belgium) and the Coral Bay Bureau for Human Rights and the\n"
                       "Rule of Law to the annual meeting of the regional human rights forum.\n\n" +
                       body);
    CHECK(t[0].lines == 3);
}

TEST_CASE("layout: a line that ends with a function word goes on on the next, whatever its case") {
    // A signer's name or an item wrapped by a PDF in a text that is not wrapped throughout.
    auto b = blocks_of("1. Amber International Bureau for Human Rights and the Rule of\nLaw (Kazakhstan)\n"
                       "2. Birchwood Association for the Defence of Civic Rights und\nFreiheiten (Germany)\n"
                       "3. \xD0\xA0\xD0\xB5\xD0\xB3\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB0\xD1\x8F \xD0\xB0\xD1\x81\xD1\x81\xD0\xBE\xD1\x86\xD0\xB8\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F "
                       "\xD0\xB7\xD0\xB0\xD1\x89\xD0\xB8\xD1\x82\xD1\x8B \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2 "
                       "\xD0\xB3\xD1\x80\xD0\xB0\xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBD \xD0\xB8\n"  // Региональная ассоциация защиты прав граждан и
                       "\xD0\x91\xD0\xB5\xD0\xB6\xD0\xB5\xD0\xBD\xD1\x86\xD0\xB5\xD0\xB2\n"  // Беженцев
                       "4. Coral Bay Forum (Armenia)");
    REQUIRE(b.size() == 4);
    CHECK(b[0].text == "Amber International Bureau for Human Rights and the Rule of Law (Kazakhstan)");
    CHECK(b[1].text == "Birchwood Association for the Defence of Civic Rights und Freiheiten (Germany)");
    CHECK(b[2].lines == 2);
    // A capitalised last word ends the line's name: the next line is the next signer.
    CHECK(blocks_of("Amber International Bureau for Human Rights and Rule of Law\nBirchwood Institute (Poland)").size() == 2);
}

TEST_CASE("layout: an item that stops in mid-sentence goes on on a shorter line that ends as items do") {
    auto b = blocks_of("1. Conduct an independent investigation into the use of force during the July\n2026 events;\n"
                       "2. Cease the prosecution of the staff of the newspaper published as\n\xC2\xAB" "Amber Herald\xC2\xBB;\n"
                       "3. Renew the mandate of the Group of Experts\n"
                       "The Group's work is essential to document ongoing violations and to preserve the evidence.\n");
    REQUIRE(b.size() == 4);
    CHECK(b[0].text == "Conduct an independent investigation into the use of force during the July 2026 events;");
    CHECK(b[1].lines == 2);
    // a paragraph that explains the item, longer than its line, is a block of its own
    CHECK(b[3].kind == block_kind::text);
    // a sentence of its own under the last item is no part of it
    auto c = blocks_of("- return the equipment seized during the searches of the newspaper's office\nJournalism is not a crime.\n");
    CHECK(c.size() == 2);
}

TEST_CASE("layout: a short line is a line of its own, not the start of a wrapped paragraph") {
    auto b = blocks_of("Nino Kavtaradze\njournalist, Tamarind Falls");
    REQUIRE(b.size() == 2);
    CHECK(b[0].text == "Nino Kavtaradze");
    CHECK(b[1].text == "journalist, Tamarind Falls");
}

TEST_CASE("layout: a line after a full stop, a colon or a blank line is not joined") {
    CHECK(blocks_of("This line is long enough to be wrapped and it ends here.\nlower case goes on").size() == 2);
    CHECK(blocks_of("We call on the authorities of the republic to do this:\nrelease everyone").size() == 2);
    CHECK(blocks_of("This line is long enough to be wrapped but has a blank\n\nlower case goes on").size() == 2);
    CHECK(blocks_of("# Heading\nlower case").size() == 2);
}

TEST_CASE("layout: a block joined from many lines is collapsed whole, beside blocks with nothing to collapse") {
    // A hard-wrapped paragraph whose lines end with spaces and start indented, joined into one
    // block, between a heading and a line that needs no collapsing: each text as its words
    // joined by one space.
    std::string text = "Joint statement on the Riverside Press\n\n";
    std::string expected;
    for (int line = 0; line < 12; ++line) {
        std::string const words = "the authorities of Veloria closed the independent newspaper line" + std::to_string(line);
        text += (line % 3 == 0 ? "  " : "") + words + (line % 2 == 0 ? " \t" : "") + "\n";
        expected += (line ? " " : "") + words;
    }
    text += "\nCoastal Rights Trust (Veloria)\n";
    auto b = blocks_of(text);
    REQUIRE(b.size() == 3);
    CHECK(b[0].text == "Joint statement on the Riverside Press");
    CHECK(b[1].text == expected);
    CHECK(b[2].text == "Coastal Rights Trust (Veloria)");
}

TEST_CASE("layout: after_blank tells whether a blank line comes before") {
    auto b = blocks_of("One\nTwo\n\nThree\n   \nFour");
    REQUIRE(b.size() == 4);
    CHECK(b[0].after_blank);  // the start of the text counts
    CHECK_FALSE(b[1].after_blank);
    CHECK(b[2].after_blank);
    CHECK(b[3].after_blank);  // a line of spaces is blank
}

TEST_CASE("layout: white space inside a block is collapsed") {
    auto b = blocks_of("Many   spaces\there");
    REQUIRE(b.size() == 1);
    CHECK(b[0].text == "Many spaces here");
    CHECK(layout::collapse_spaces("  a \n b\t ") == "a b");
    // With nothing to collapse the text is copied as it is, trimmed.
    CHECK(layout::collapse_spaces("one space each") == "one space each");
    CHECK(layout::collapse_spaces(" \n trimmed only\t") == "trimmed only");
    CHECK(layout::collapse_spaces("") == "");
    CHECK(layout::collapse_spaces(" \t\n ") == "");
    CHECK(layout::collapse_spaces("a  b") == "a b");
    CHECK(layout::collapse_spaces("a\tb\nc") == "a b c");
}

TEST_CASE("layout: a block joined from wrapped lines reads as its lines joined by single spaces") {
    auto b = blocks_of("1. The members of the coalition call on the   government of the\n"
                       "     republic to   release\tthe detained activists\nand to end the raids.\n");
    REQUIRE(b.size() == 1);
    CHECK(b[0].lines == 3);
    CHECK(b[0].text ==
          "The members of the coalition call on the government of the republic to release the detained activists "
          "and to end the raids.");
}

TEST_CASE("layout: a text with nothing to collapse is a view of the cleaned text; the others are of one buffer") {
    auto t = blocks_of("Nothing to collapse here\n\nTwo  spaces\n\n- An item\n\nA line long enough to be wrapped, it goes\non here");
    REQUIRE(t.size() == 4);
    auto const within = [](std::string_view part, char const* first, std::size_t size) {
        return part.data() >= first && part.data() + part.size() <= first + size;
    };
    std::string_view const cleaned = t.cleaned->text;
    CHECK(within(t[0].text, cleaned.data(), cleaned.size()));
    CHECK(within(t[2].text, cleaned.data(), cleaned.size()));
    CHECK(t[2].text == "An item");
    REQUIRE(t.segmentation.collapsed);
    // Exactly the collapsed texts, one after the other.
    auto const* buffer = t.segmentation.collapsed.get();
    CHECK(t[1].text.data() == buffer);
    CHECK(t[3].text.data() == buffer + t[1].text.size());
    CHECK(t[1].text == "Two spaces");
    CHECK(t[3].text == "A line long enough to be wrapped, it goes on here");
    // The views stay good when the segmentation moves: the buffer does not move with it.
    auto const moved = std::move(t.segmentation);
    CHECK(moved.blocks[1].text == "Two spaces");
    CHECK(moved.blocks[3].text.data() == buffer + moved.blocks[1].text.size());
    // A text with nothing to collapse anywhere needs no buffer.
    CHECK_FALSE(blocks_of("One\n\nTwo lines").segmentation.collapsed);
}

TEST_CASE("layout: empty and blank text give no blocks") {
    CHECK(blocks_of("").empty());
    CHECK(blocks_of("\n\n  \n").empty());
}

TEST_CASE("layout: the lines after the first 64, which the survey does not keep, are read as the first ones") {
    // Each unit is three lines: an indented one, a list item with spaces to collapse, a blank
    // one; so the lines the survey keeps end inside a unit, and a unit crosses the boundary.
    std::string s;
    std::size_t const units = 40;
    for (std::size_t u = 0; u < units; ++u) s += "  Line " + std::to_string(u) + "  \n- item   " + std::to_string(u) + "\n\n";
    auto const blocks = blocks_of(s);
    REQUIRE(blocks.size() == 2 * units);
    std::string_view const text = blocks.cleaned->text;
    for (std::size_t u = 0; u < units; ++u) {
        CAPTURE(u);
        auto const& line = blocks[2 * u];
        auto const& item = blocks[2 * u + 1];
        CHECK(line.text == "Line " + std::to_string(u));
        CHECK(text.substr(line.begin, line.end - line.begin) == line.text);
        CHECK(line.after_blank == true);
        CHECK(item.kind == block_kind::list_item);
        CHECK(item.text == "item " + std::to_string(u));
        CHECK(text.substr(item.begin, item.end - item.begin) == "- item   " + std::to_string(u));
        CHECK(item.after_blank == false);
    }
}

TEST_CASE("word_count: one more than the spaces, counted up to a limit") {
    CHECK(text::word_count("") == 0);
    CHECK(text::word_count("one") == 1);
    CHECK(text::word_count("one two  three") == 4);  // spaces, not runs of them, as the rules count
    CHECK(text::word_count("a b c d e f g h i", 7) == 7);
    CHECK(text::word_count("a b c", 7) == 3);
}

TEST_CASE("word_count: spaces counted eight bytes at a time give the count of a byte at a time") {
    // Spaces at every place of texts longer than a word of eight, every byte value beside them,
    // and every limit up to past the count.
    auto const plain = [](std::string_view s, std::size_t at_most) {
        if (s.empty()) return std::size_t{0};
        std::size_t n = 1;
        for (char c : s)
            if (c == ' ' && n < at_most) ++n;
        return n;
    };
    std::vector<std::string> samples = {"Мы призываем  власти\tи\xA0требуем", std::string(40, ' '), std::string(3, '\0') + " a "};
    for (std::size_t at = 0; at < 26; ++at)
        for (int byte : {0x20, 0x00, 0x1F, 0x21, 0x60, 0x7F, 0x80, 0xA0, 0xFF}) {
            std::string text = "Tamarind Falls assembly met";
            text[at] = static_cast<char>(byte);
            samples.push_back(text);
            samples.push_back(text.substr(at));
        }
    for (auto const& text : samples)
        for (std::size_t at_most : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{5}, std::size_t{9}, std::size_t{40}, std::string_view::npos}) {
            CAPTURE(text);
            CAPTURE(at_most);
            CHECK(text::word_count(text, at_most) == plain(text, at_most));
        }
}

TEST_CASE("digit_groups_end: a number's digits and its groups of thousands") {
    CHECK(text::digit_groups_end("") == 0);
    CHECK(text::digit_groups_end("signatures") == 0);
    CHECK(text::digit_groups_end(",204 signatures") == 0);  // no digit before the separator
    CHECK(text::digit_groups_end("87 signatories") == 2);
    CHECK(text::digit_groups_end("1,204 signatures") == 5);
    CHECK(text::digit_groups_end("12.500 Unterschriften") == 6);
    CHECK(text::digit_groups_end("1,234,567 signatures") == 9);
    CHECK(text::digit_groups_end("1,20 signatures") == 1);  // a group has three digits
    CHECK(text::digit_groups_end("1,20") == 1);
    CHECK(text::digit_groups_end("1,204") == 5);
    CHECK(text::digit_groups_end("1,2045 signatures") == 6);  // digits run on after a group
    CHECK(text::digit_groups_end("2024: a year") == 4);
}

TEST_CASE("has_gap: three spaces or more in a row, wherever they stand") {
    CHECK_FALSE(text::has_gap(""));
    CHECK_FALSE(text::has_gap("  "));
    CHECK_FALSE(text::has_gap("one two  three four  five"));
    CHECK(text::has_gap("   "));
    CHECK(text::has_gap("Organisation   Country"));
    CHECK(text::has_gap("Organisation    Country"));
    CHECK(text::has_gap("a   b"));
    CHECK(text::has_gap("ab   "));
    CHECK(text::has_gap("   ab"));
    // Three spaces put at every place of a line make a gap; two make one only beside a space.
    std::string const line = "Amber Lantern Association of Pelham Vale";
    for (std::size_t at = 0; at <= line.size(); ++at) {
        CAPTURE(at);
        CHECK(text::has_gap(line.substr(0, at) + "   " + line.substr(at)));
        bool const beside_space = (at > 0 && line[at - 1] == ' ') || (at < line.size() && line[at] == ' ');
        CHECK(text::has_gap(line.substr(0, at) + "  " + line.substr(at)) == beside_space);
    }
}

TEST_CASE("word_end: the next space at or after a place, or the end") {
    CHECK(text::word_end("", 0) == 0);
    CHECK(text::word_end("one two", 0) == 3);
    CHECK(text::word_end("one two", 3) == 3);  // at a space: it ends there
    CHECK(text::word_end("one two", 4) == 7);
    CHECK(text::word_end("one  Жж", 5) == 9);
    CHECK(text::word_end("one", 7) == 7);      // past the end: where it is asked
}
