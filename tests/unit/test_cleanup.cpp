// The clean-up stages of civic::text, one at a time, and the offset map each keeps back to
// the original bytes.
#include <civic/text/cleanup.hpp>
#include <civic/text/page_marks.hpp>
#include <civic/text/running_headers.hpp>

#include <doctest/doctest.h>

#include "fixtures.hpp"

#include <string>
#include <string_view>

using namespace civic;
using namespace std::string_literals;
using civic_test::has_code;

namespace {

// The text split_glued_list_items makes of `input`.
std::string split(std::string const& input) { return text::split_glued_list_items(text::wrap(input)).text; }

}  // namespace

TEST_CASE("cleanup: wrap keeps the input and maps every position to itself") {
    auto t = text::wrap("abc\ndef");
    CHECK(t.text == "abc\ndef");
    CHECK(t.original_size == 7);
    for (std::size_t i = 0; i <= 7; ++i) CHECK(t.to_original(i) == i);
}

TEST_CASE("cleanup: CRLF, lone CR and form feed become LF") {
    std::string const input = "one\r\ntwo\rthree\ffour";
    auto t = text::normalise_line_endings(text::wrap(input));
    CHECK(t.text == "one\ntwo\nthree\nfour");
    // "two" starts at 5 in the original, 4 in the output
    CHECK(t.text.substr(4, 3) == "two");
    CHECK(t.to_original(4) == 5);
    CHECK(t.to_original(8) == input.find("three"));
    CHECK(t.to_original(14) == input.find("four"));
    CHECK(t.to_original(t.text.size()) == input.size());
}

TEST_CASE("cleanup: text without CR or FF is returned unchanged") {
    auto t = text::normalise_line_endings(text::wrap("a\nb"));
    CHECK(t.text == "a\nb");
    CHECK(t.to_original(2) == 2);
}

TEST_CASE("cleanup: a UTF-8 BOM is removed") {
    std::string const input = "\xEF\xBB\xBFWe call";
    diagnostics d;
    auto t = text::decode_input(text::wrap(input), d);
    CHECK(t.text == "We call");
    CHECK(t.to_original(0) == 3);  // 'W'
    CHECK(t.to_original(3) == 6);  // 'c'
    CHECK(d.empty());
}

TEST_CASE("cleanup: NBSP and thin space become a plain space") {
    std::string const input = "a\xC2\xA0" "b\xE2\x80\x89" "c\xE2\x80\xAF" "d";
    diagnostics d;
    auto t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "a b c d");
    CHECK(t.to_original(2) == input.find('b'));
    CHECK(t.to_original(4) == input.find('c'));
    CHECK(t.to_original(6) == input.find('d'));
    CHECK(d.empty());
}

TEST_CASE("cleanup: a table's box-drawing characters become bars and dashes") {
    std::string const input = "\xE2\x94\x8C\xE2\x94\x80\xE2\x94\xAC\xE2\x94\x80\xE2\x94\x90\n"  // ┌─┬─┐
                              "\xE2\x94\x82 a \xE2\x94\x82 b \xE2\x94\x82";                              // │ a │ b │
    diagnostics d;
    auto t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "-----\n| a | b |");
    CHECK(t.to_original(8) == input.find('a'));
    CHECK(d.empty());
}

TEST_CASE("cleanup: soft hyphens and zero-width characters are removed") {
    std::string const input = "prosecu\xC2\xADtion of\xE2\x80\x8B editors";
    diagnostics d;
    auto t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "prosecution of editors");
    CHECK(t.to_original(7) == input.find("tion"));
    CHECK(t.to_original(15) == input.find("editors"));
}

TEST_CASE("cleanup: the marks and controls of writing direction are removed") {
    // An RLM at both ends of a name copied from a right-to-left page, an LRM, an isolate.
    std::string const input = "\xE2\x80\x8F" "Amber Centre\xE2\x80\x8F (Jordan), \xE2\x80\x8E" "Coral\xE2\x81\xA8 Forum\xE2\x81\xA9";
    diagnostics d;
    auto t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "Amber Centre (Jordan), Coral Forum");
    CHECK(t.to_original(0) == input.find("Amber"));
    CHECK(t.to_original(t.text.find("Coral")) == input.find("Coral"));
    CHECK(d.empty());
    auto const s = civic::parse("Joint statement on the closure of Radio Amber\n\n"
                                "We, the undersigned organisations, call on the regulator to restore the licence of Radio Amber.\n\n"
                                "Signatories:\n\xE2\x80\x8FLantern Rights Centre\xE2\x80\x8F (Jordan)\n"
                                "\xE2\x80\x8E" "Dune Civic Union\xE2\x80\x8E (Tunisia)\n")
                       .statement.signatories;
    REQUIRE(s.size() == 2);
    CHECK(s[0].name == "Lantern Rights Centre");
    CHECK(s[1].name == "Dune Civic Union");
}

TEST_CASE("cleanup: a PDF's ligatures become their letters") {
    std::string const input = "Amber Of\xEF\xAC\x81" "ce, Ba\xEF\xAC\x84" "ing \xEF\xAC\x82ows";  // Ofﬁce, Baﬄing ﬂows
    diagnostics d;
    auto t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "Amber Office, Baffling flows");
    CHECK(d.empty());
    CHECK(t.to_original(t.text.find(", Ba")) == input.find(", Ba"));
}

TEST_CASE("cleanup: invalid UTF-8 becomes U+FFFD with a text.invalid-utf8 diagnostic") {
    // UTF-8 (the "é" of "Liberté") with bytes of another encoding: damage, not a text in it.
    std::string const input = "Caf\xE9 Libert\xC3\xA9 and \x80 end";
    diagnostics d;
    auto t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "Caf\xEF\xBF\xBD Libert\xC3\xA9 and \xEF\xBF\xBD end");
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "text.invalid-utf8");
    CHECK(d[0].level == severity::warning);
    CHECK(d[0].span.begin == 3);  // the first bad byte
    CHECK(d[0].span.end == 4);
    // positions after a replacement still map to the right original bytes
    CHECK(t.to_original(t.text.find("and")) == input.find("and"));
    CHECK(t.to_original(t.text.find("end")) == input.find("end"));
}

TEST_CASE("cleanup: a letter and its combining accent (NFD) become the one letter, spanning both") {
    // As macOS and some PDFs write them: e + U+0301, u + U+0308, o + U+0302, Cyrillic и + U+0306,
    // і + U+0308, е + U+0308, s + U+0326.
    std::string const input = "Me\xCC\x81xico, Tu\xCC\x88rkiye, Co\xCC\x82te d'Ivoire, "
                              "\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD1\x96\xCC\x88\xD0\xBD\xD0\xB0, "    // Україна
                              "\xD0\x90\xD0\xB7\xD0\xB5\xD1\x80\xD0\xB1\xD0\xB0\xD0\xB8\xCC\x86\xD0\xB4\xD0\xB6\xD0\xB0\xD0\xBD, "  // Азербайджан
                              "\xD0\x95\xCC\x88\xD0\xBB\xD0\xBA\xD0\xB0, Rom\xC3\xA2nia, Asocia\xC8\x9Bia Pro Democras\xCC\xA6ia";
    diagnostics d;
    auto const t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "México, Türkiye, Côte d'Ivoire, Україна, Азербайджан, Ёлка, România, Asociația Pro Democrașia");
    CHECK(d.empty());
    auto const e = t.text.find("\xC3\xA9");
    CHECK(t.to_original(e) == input.find("e\xCC\x81"));
    CHECK(t.to_original_end(e + 2) == input.find("xico"));
    CHECK(t.to_original(t.text.find("xico")) == input.find("xico"));
    CHECK(t.to_original(t.text.find("rkiye")) == input.find("rkiye"));
    CHECK(t.to_original(t.text.size()) == input.size());
}

TEST_CASE("cleanup: a combining mark the table does not compose, or with no letter of the text before it, stays") {
    for (std::string const kept : {"q\xCC\x81", "\xCC\x81" "e", "e\xCC\xA3", "1\xCC\x81", "\xE2\x80\x94\xCC\x88"}) {
        CAPTURE(kept);
        diagnostics d;
        CHECK(text::normalise_characters(text::wrap(kept), d).text == kept);
    }
    diagnostics d;
    // One mark composes with the letter; a second stays after it.
    CHECK(text::normalise_characters(text::wrap("e\xCC\x81\xCC\x81"), d).text == "\xC3\xA9\xCC\x81");
    // A no-break space the stage made a space is no letter to compose with.
    CHECK(text::normalise_characters(text::wrap("a\xC2\xA0\xCC\x81"), d).text == "a \xCC\x81");
    // A ligature the stage wrote out neither.
    CHECK(text::normalise_characters(text::wrap("\xEF\xAC\x81\xCC\x81"), d).text == "fi\xCC\x81");
}

TEST_CASE("cleanup: a vertical tab and NEL break lines, as U+2028 does") {
    // Word writes its manual line break as a vertical tab; NEL (U+0085) is a line break too.
    std::string const input = "Amber Lantern (Georgia)\vCoral Bay Forum (Armenia)\xC2\x85" "Dawn Network (Moldova)"
                              "\xE2\x80\xA8" "End";
    diagnostics d;
    auto const t = text::normalise_characters(text::wrap(input), d);
    CHECK(t.text == "Amber Lantern (Georgia)\nCoral Bay Forum (Armenia)\nDawn Network (Moldova)\nEnd");
    CHECK(d.empty());  // line breaks, not control characters
    CHECK(t.to_original(t.text.find("Coral")) == input.find("Coral"));
    CHECK(t.to_original(t.text.find("Dawn")) == input.find("Dawn"));
    CHECK(t.to_original(t.text.find("End")) == input.find("End"));
}

TEST_CASE("cleanup: other control characters become spaces and are reported") {
    diagnostics d;
    auto t = text::normalise_characters(text::wrap("a\x01" "b\tc"), d);
    CHECK(t.text == "a b\tc");
    CHECK(has_code(d, "text.control-characters"));
}

TEST_CASE("cleanup: text quoted in an e-mail loses its quotation marks where most lines are quoted") {
    std::string const input = "On Monday Mira wrote:\n> We call on the authorities to:\n> > 1. release the journalists;\n"
                              ">\n> Amber Rights Centre (Georgia)\n";
    auto t = text::unquote_mail(text::wrap(input));
    CHECK(t.text == "On Monday Mira wrote:\nWe call on the authorities to:\n1. release the journalists;\n\n"
                    "Amber Rights Centre (Georgia)\n");
    auto const at = t.text.find("1. release");
    CHECK(t.to_original(at) == input.find("1. release"));
    // A quotation of a sentence in a statement of many lines stays as it is.
    std::string const statement = "Headline\n\nFirst paragraph.\n\n> A quoted sentence.\n\nSecond paragraph.\n\nThird.\n\n"
                                  "Fourth.\n\nFifth.\n";
    CHECK(text::unquote_mail(text::wrap(statement)).text == statement);
}

TEST_CASE("cleanup: a mail's quoted-printable body is decoded where it shows, each run spanning its bytes") {
    std::string const input = "We call on the Government to release Arif Baloch=E2=80=99s colleagues and to implement the "
                              "Act of 20=\n21.\nR=C3=A9seau des journalistes=C2=A0libres, S=C3=A9n=C3=A9gal\n";
    auto t = text::decode_quoted_printable(text::wrap(input));
    CHECK(t.text == "We call on the Government to release Arif Baloch\xE2\x80\x99s colleagues and to implement the "
                    "Act of 2021.\nR\xC3\xA9seau des journalistes libres, S\xC3\xA9n\xC3\xA9gal\n");
    CHECK(t.to_original(t.text.find("s colleagues")) == input.find("s colleagues"));
    CHECK(t.to_original(t.text.find("21.")) == input.find("21."));
    CHECK(t.to_original(t.text.find("seau")) == input.find("seau"));
    // A part's header says so: a soft line break and "=3D" are read without a wide character.
    std::string const declared = "Content-Transfer-Encoding: quoted-printable\n\nWe call for a ban on pesti=\ncides "
                                 "(limit =3D 0).\n";
    CHECK(text::decode_quoted_printable(text::wrap(declared)).text ==
          "Content-Transfer-Encoding: quoted-printable\n\nWe call for a ban on pesticides (limit = 0).\n");
    // A plain text's signs of equality, a line that ends in one, and a run that is no UTF-8 stay.
    for (std::string plain : {"Budget 2025: 1 EUR =\n1.08 USD, see =ABC.\n"s, "Le r=E9seau =3D ONG\n"s,
                              "<a href=\"https://x.example/?a=1&b=2\">Read</a>\n"s}) {
        CAPTURE(plain);
        CHECK(text::decode_quoted_printable(text::wrap(plain)).text == plain);
    }
    // In a pasted mail the quotation marks go first: the soft break's next line opened with one.
    diagnostics d;
    auto const quoted = text::clean_up("> The authorities must free the jour=\n> nalist;\n> - free the editor=E2=80=99s "
                                       "staff;\n> - reopen the media.\n", d);
    CHECK(quoted.text == "The authorities must free the journalist;\n- free the editor\xE2\x80\x99s staff;\n"
                         "- reopen the media.\n");
}

TEST_CASE("cleanup: alt text glued to the first word is put on a line of its own") {
    std::string const input = "logo_web_23We, the undersigned";
    auto t = text::separate_glued_alt_text(text::wrap(input));
    CHECK(t.text == "logo_web_23\nWe, the undersigned");
    auto const w = t.text.find("We");
    CHECK(t.to_original(w) == input.find("We"));
    CHECK(t.to_original(w + 4) == input.find("the"));
}

TEST_CASE("cleanup: identifiers without a glued capitalised word are left alone") {
    for (std::string input : {"snake_case words here"s, "file_name_v2 text"s, "Plain words only"s}) {
        CAPTURE(input);
        CHECK(text::separate_glued_alt_text(text::wrap(input)).text == input);
    }
}

TEST_CASE("cleanup: a paragraph broken by a blank line in mid-sentence is rejoined") {
    std::string const first = "We welcome the statements of concern made by the Council of Europe and";
    std::string const input = first + "\n\nother international bodies, and call on them.";
    auto t = text::rejoin_broken_paragraphs(text::wrap(input));
    CHECK(t.text == first + " other international bodies, and call on them.");
    auto const o = t.text.find("other");
    CHECK(t.to_original(o) == input.find("other"));
}

TEST_CASE("cleanup: paragraphs that end a sentence, or short lines, are not rejoined") {
    std::string const a = "This first paragraph is long enough to be prose and it ends properly.\n\nthen lower case";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(a)).text == a);
    std::string const b = "Short line and\n\nother words";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(b)).text == b);
    std::string const c = "A long line that stops in the middle of a sentence like this one and\n\nUpper case next";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(c)).text == c);
}

TEST_CASE("cleanup: a page's number between the halves of a sentence is a page break inside a paragraph") {
    std::string const first = "the defenders were arrested after they published a report on torture and have been held without access";
    for (std::string const page : {"Page 1 of 2", "2/5", "- 2 -", "3"}) {
        CAPTURE(page);
        std::string const input = first + "\n\n" + page + "\n\nto their lawyers or families.";
        auto t = text::rejoin_broken_paragraphs(text::wrap(input));
        CHECK(t.text == first + " to their lawyers or families.");
        CHECK(t.to_original(t.text.find("to their")) == input.find("to their"));
    }
    // Without a blank line around it too, as some PDFs' text has it.
    std::string const tight = first + "\nPage 1 of 2\nto their lawyers or families.";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(tight)).text == first + " to their lawyers or families.");
    // A number that is no page's, or a sentence that ends before it, stays.
    std::string const ended = "This first paragraph is long enough to be prose and it ends properly here.\n\nPage 1 of 2\n\nthen";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(ended)).text == ended);
    std::string const year = first + "\n\n2026 was the year\n\nthen lower case";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(year)).text == year);
}

TEST_CASE("cleanup: a running header that repeats the headline, a date after it or none, is a page break inside a paragraph") {
    std::string const headline = "Joint statement on the arrest of human rights lawyers in Pelham Vale";
    std::string const first = headline + "\n\n2. Guarantee the independence of the bar and the right of every lawyer to represent clients";
    // In capitals, or with the page's number before or after it, as the footer search knows it too.
    std::string const capitals = "JOINT STATEMENT ON THE ARREST OF HUMAN RIGHTS LAWYERS IN PELHAM VALE";
    for (std::string const& header : {headline + " \xE2\x80\x93 March 2031", headline, headline + " | 12 March 2031", capitals,
                                      capitals + "      2", "Page 2 | " + headline}) {
        CAPTURE(header);
        std::string const input = first + "\n\n" + header + "\n\nwithout fear of reprisal;";
        auto t = text::rejoin_broken_paragraphs(text::wrap(input));
        CHECK(t.text == first + " without fear of reprisal;");
        CHECK(t.to_original(t.text.find("without")) == input.find("without"));
    }
    // A line that goes on with more words than a date's after the headline is a line of the text.
    std::string const more = first + "\n\n" + headline + " \xE2\x80\x93 and the courts that tried them all.\n\nwithout fear";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(more)).text == more);
}

TEST_CASE("text: a line that repeats the folded headline as a running header does") {
    std::string_view const headline = "joint statement on the arrest of lawyers in pelham vale";
    std::string const h(headline);
    for (std::string const& line : {h, h + " - march 2031", h + " | 12 march 2031", h + "      2", h + " page 2 of 5",
                                    "2 | " + h, "page 2 of 5 " + h, "  " + h + "  "}) {
        CAPTURE(line);
        CHECK(text::repeats_headline(line, headline));
    }
    for (std::string const& line : {h + " - and the courts that tried them all, one by one", h + " and the courts",
                                    "the " + h, std::string("joint statement on the arrest"), h + " 2031 march"}) {
        CAPTURE(line);
        CHECK_FALSE(text::repeats_headline(line, headline));
    }
}

TEST_CASE("cleanup: a signer's line broken inside its parenthesis by a page's mark is one line") {
    std::string const input = "Signatories:\nAmber Civic Forum (Pelham Vale)\nRiverside Rights Centre (United\nPage 2 of 2\nKingdom)\nDune Watch";
    auto t = text::rejoin_broken_paragraphs(text::wrap(input));
    CHECK(t.text == "Signatories:\nAmber Civic Forum (Pelham Vale)\nRiverside Rights Centre (United Kingdom)\nDune Watch");
    CHECK(t.to_original(t.text.find("Kingdom")) == input.find("Kingdom"));
    // A parenthesis closed on its own line, or none closed on the next page's: two lines.
    std::string const closed = "Signatories:\nRiverside Rights Centre (United Kingdom) and\nPage 2 of 2\nKingdom Watch)";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(closed)).text == closed);
    std::string const unclosed = "Signatories:\nRiverside Rights Centre (United\nPage 2 of 2\nKingdom Watch";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(unclosed)).text == unclosed);
}

TEST_CASE("cleanup: the short last line of a narrow column's page goes on over the page's mark") {
    std::string const first = "sand mining on the river. They have been held without";
    for (std::string const page : {"3", "Page 2 of 4"}) {
        CAPTURE(page);
        std::string const input = first + "\n\n" + page + "\n\naccess to lawyers or their families.";
        auto t = text::rejoin_broken_paragraphs(text::wrap(input));
        CHECK(t.text == first + " access to lawyers or their families.");
        CHECK(t.to_original(t.text.find("access")) == input.find("access"));
    }
    // Without the page's mark, the short line ends its paragraph.
    std::string const no_page = first + "\n\naccess to lawyers or their families.";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(no_page)).text == no_page);
}

TEST_CASE("cleanup: a form feed that opens a page in mid-sentence joins the two pages' lines") {
    std::string const input = "The raid was ordered by a prosecutor\n\fwho had opened a case for defamation.";
    auto t = text::normalise_line_endings(text::wrap(input));
    CHECK(t.text == "The raid was ordered by a prosecutor who had opened a case for defamation.");
    CHECK(t.to_original(t.text.find("who")) == input.find("who"));
    // A page that opens with a capital, or a sentence ended before it: a line break still.
    std::string const ended = "The raid was ordered by a prosecutor.\n\fwho\nand\n\fThe next page";
    CHECK(text::normalise_line_endings(text::wrap(ended)).text == "The raid was ordered by a prosecutor.\n\nwho\nand\n\nThe next page");
}

TEST_CASE("cleanup: an item broken by a page's mark goes on in the line indented under its text") {
    std::string const item = "  3. Liberar a los defensores detenidos arbitrariamente, entre ellos Roc\xC3\xADo";
    std::string const rest = "Ferrer Salcedo y Javier Tarazona Moreno.\n  4. Permitir el retorno de la Oficina.";
    for (std::string const page : {"P\xC3\xA1gina 1 de 2", "Page 1 of 2\n-----------------------------", "1"}) {
        CAPTURE(page);
        std::string const input = item + "\n\n                        " + page + "\n\n     " + rest;
        auto t = text::rejoin_broken_paragraphs(text::wrap(input));
        CHECK(t.text == item + " " + rest);
        CHECK(t.to_original(t.text.find("Ferrer")) == input.find("Ferrer"));
    }
    // Broken after a wrapped line of the item, indented as it is.
    std::string const wrapped = "  b) Open an independent inquiry into the conduct of the officers who arrested them,\n"
                                "     including the officer in command of the Kisumu Central police station, Inspector";
    std::string const across = wrapped + "\n\n3\n\n     Wanjiru Odhiambo, and the officers under her command;";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(across)).text == wrapped + " Wanjiru Odhiambo, and the officers under her command;");
    // A line under the marker, not under the item's text, or without the page's mark, is another.
    std::string const under_marker = item + "\n\n  Page 1 of 2\n\n  Ferrer Salcedo y Javier Tarazona Moreno.";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(under_marker)).text == under_marker);
    std::string const no_page = item + "\n\n     " + rest;
    CHECK(text::rejoin_broken_paragraphs(text::wrap(no_page)).text == no_page);
    // Prose that goes on in a capital after a page's mark may be a new paragraph: it stays.
    std::string const prose = "The defenders were arrested after they published a report on torture in the\n\nPage 1 of 2\n\n     Northern Province.";
    CHECK(text::rejoin_broken_paragraphs(text::wrap(prose)).text == prose);
}

TEST_CASE("cleanup: a word hyphenated at the end of a line of prose is joined again") {
    std::string const input = "Ce texte permettrait \xC3\xA0 l'administration de retirer les sub-\n"
                              "ventions des associations, y compris des organisations russo-\n"
                              "ukrainiennes.";
    auto t = text::join_hyphenated_words(text::wrap(input));
    CHECK(t.text == "Ce texte permettrait \xC3\xA0 l'administration de retirer les subventions des associations, y "
                    "compris des organisations russoukrainiennes.");
    // The rest of the word points at its place after the break.
    CHECK(t.to_original(t.text.find("ventions")) == input.find("ventions"));
    CHECK(t.to_original(t.text.find("des associations")) == input.find("des associations"));
}

TEST_CASE("cleanup: compounds, a hyphen before a conjunction and short lines keep their hyphen") {
    // A capitalised or one-letter word before the hyphen: a compound, the break goes.
    CHECK(text::join_hyphenated_words(text::wrap("The organisations of the region, mostly Russian-\nspeaking ones"))
              .text == "The organisations of the region, mostly Russian-speaking ones");
    CHECK(text::join_hyphenated_words(text::wrap("Write to the secretariat of the forum by e-\nmail only")).text ==
          "Write to the secretariat of the forum by e-mail only");
    // "Staats- und Regierungschefs": the hyphen stands for a word's end.
    std::string const suspended = "Die Organisationen appellieren an die Staats-\nund Regierungschefs der EU";
    CHECK(text::join_hyphenated_words(text::wrap(suspended)).text == suspended);
    // A short line is no wrapped prose; a capitalised line after the break starts anew.
    std::string const short_line = "Anti-\ncorruption";
    CHECK(text::join_hyphenated_words(text::wrap(short_line)).text == short_line);
    std::string const list = "The lawyers of the five detained activists said on Monday -\nNone of them";
    CHECK(text::join_hyphenated_words(text::wrap(list)).text == list);
}

TEST_CASE("cleanup: a word hyphenated at the end of a short item of a list is joined again") {
    CHECK(text::join_hyphenated_words(text::wrap("We call on MPs to:\n1. Publish the draft.\n2. Hold hearings with defen-\nders.\n"))
              .text == "We call on MPs to:\n1. Publish the draft.\n2. Hold hearings with defenders.\n");
    // A word or two before it are no sentence's: the compound keeps its hyphen and its line break.
    std::string const two_words = "1. Anti-\ncorruption";
    CHECK(text::join_hyphenated_words(text::wrap(two_words)).text == two_words);
}

TEST_CASE("cleanup: a name of a list broken after its first word's first letters is joined again") {
    CHECK(text::join_hyphenated_words(text::wrap("Amber Lantern Association, Georgia\nInterna-\ntional Media Support Lantern Bay, Denmark\n"))
              .text == "Amber Lantern Association, Georgia\nInternational Media Support Lantern Bay, Denmark\n");
    CHECK(text::join_hyphenated_words(text::wrap("- Inter-\nnational Press Centre of Amberland\n")).text ==
          "- International Press Centre of Amberland\n");
    // A short word alone is a compound's head ("Anti-", "Pro-"), no name broken.
    for (std::string const head : {"Anti-\ncorruption Forum of Amberland\n", "Pro-\ndemocracy Forum of Amberland\n"})
        CHECK(text::join_hyphenated_words(text::wrap(head)).text == head);
}

TEST_CASE("cleanup: a capitalised Cyrillic word broken at a line's end is joined, a compound keeps its hyphen") {
    // A PDF breaks names of offices as any word: the part after the break is in lower case.
    CHECK(text::join_hyphenated_words(text::wrap("Ми, правозахисні організації, звертаємося до Верхов-\nної Ради України та Уповнова-\n"
                                                 "женого з прав людини"))
              .text == "Ми, правозахисні організації, звертаємося до Верховної Ради України та Уповноваженого з прав людини");
    // "Премьер-" / "министр": a compound whose first part a table lists, in either case; one that
    // names goes on with a capital ("Северо-" / "Западный").
    CHECK(text::join_hyphenated_words(text::wrap("Жалобы задержанных отказались рассматривать и Премьер-\nминистр"))
              .text == "Жалобы задержанных отказались рассматривать и Премьер-министр");
    CHECK(text::join_hyphenated_words(text::wrap("Жалобы задержанных отказались рассматривать и вице-\nпремьер"))
              .text == "Жалобы задержанных отказались рассматривать и вице-премьер");
    CHECK(text::join_hyphenated_words(text::wrap("Жалобы задержанных отказался рассматривать и Северо-\nЗападный суд"))
              .text == "Жалобы задержанных отказался рассматривать и Северо-Западный суд");
    // In English, a lower-case compound of the tables keeps its hyphen too.
    CHECK(text::join_hyphenated_words(text::wrap("The people of the territory have the right to self-\ndetermination"))
              .text == "The people of the territory have the right to self-determination");
}

TEST_CASE("cleanup: a name in title case broken at the end of a list's line is joined again") {
    // A PDF's narrow column of signers: the capitalised word is a broken one, in parentheses too.
    CHECK(text::join_hyphenated_words(text::wrap("Signatories:\nHelsinki Foundation for Hu-\nman Rights (Poland)\n"
                                                 "Lawyers for Lawyers (Nether-\nlands)\n"))
              .text == "Signatories:\nHelsinki Foundation for Human Rights (Poland)\nLawyers for Lawyers (Netherlands)\n");
    // Prose keeps its compounds: a lower-case word before the capitalised one.
    CHECK(text::join_hyphenated_words(text::wrap("Most of the organisations in Russian-\nspeaking regions")).text ==
          "Most of the organisations in Russian-speaking regions");
}

TEST_CASE("text: the shapes of a page mark at a line's end") {
    auto const at = [](std::string_view line) {
        auto const m = text::page_mark_at_end(line);
        return m ? std::string(line.substr(m->begin)) + (m->worded ? " (worded)" : "") : std::string("none");
    };
    CHECK(at("Page 2 of 5") == "Page 2 of 5 (worded)");
    CHECK(at("Header text   Seite 2 von 5  ") == "Seite 2 von 5   (worded)");
    CHECK(at("2/5") == "2/5 (worded)");
    CHECK(at("2 / 5") == "2 / 5 (worded)");
    CHECK(at("2 of 5") == "2 of 5");
    CHECK(at("Header text     2 | P a g e") == "2 | P a g e (worded)");
    CHECK(at("3 | Page ") == "3 | Page  (worded)");
    CHECK(at("Amber Lantern | Page") == "none");  // no page's number before the bar
    CHECK(at("3 | Share") == "none");
    CHECK(at("Page 6 of 5") == "none");      // a page past the last
    CHECK(at("Page 0 of 5") == "none");
    CHECK(at("Article 19") == "none");
    CHECK(at("in 2025 of 2026") == "none");  // four digits are a year
    CHECK(at("") == "none");
}

TEST_CASE("text: a line that is a page's number and nothing else") {
    for (std::string_view line : {"2", " 12 ", "Page 2 of 5", "Seite 2 von 5", "2/5", "2 / 5", "- 2 -",
                                  "\xE2\x80\x93 3 \xE2\x80\x93", "2 of 5", "Page 2", "p. 2", "Seite 3",
                                  "\xD0\xA1\xD1\x82\xD1\x80. 2", "\xD1\x81\xD1\x82\xD0\xBE\xD1\x80. 4", "3 | P a g e",
                                  " 12 | Page", "4|Seite"})
        CHECK_MESSAGE(text::is_page_number_alone(line), line);
    for (std::string_view line : {"", "0", "2026", "- -", "-", "- Free them -", "Article 19", "Page 2 of 5 Lakeshore",
                                  "Lakeshore Rights Watch Page 2 of 5", "Page 6 of 5", "2 -", "Watch 3 | Page",
                                  "3 | Amber", "| Page"})
        CHECK_FALSE_MESSAGE(text::is_page_number_alone(line), line);
}

TEST_CASE("text: a page's word after a bar, whichever letter or stop ends it") {
    // The page words end with "e", "a", a full stop or Cyrillic "а", ASCII in either case.
    for (std::string_view line : {"3 | PAGE", "3 | Seite", "3 | Strona", "3 | PAGINA", "3 | P\xC3\xA1gina", "3 | p.",
                                  "3 | Pg.", "3 | S.", "3 | Str.", "3 | P\xC3\xA1g.",
                                  "3 | \xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB0",     // страница
                                  "3 | \xD0\xA1\xD1\x82\xD0\xBE\xD1\x80\xD1\x96\xD0\xBD\xD0\xBA\xD0\xB0",     // Сторінка
                                  "3 | \xD0\xA1\xD1\x82\xD1\x80.", "3 | s t r o n a  "})
        CHECK_MESSAGE(text::is_page_number_alone(line), line);
    // Other last bytes end no page word: the line is passed at its last byte.
    for (std::string_view line : {"3 | Pages", "3 | Pagina,", "3 | \xD0\xA1\xD0\xA2\xD0\xA0\xD0\x90\xD0\x9D\xD0\x98\xD0\xA6\xD0\x90",  // СТРАНИЦА
                                  "Association No 12 (Chile)", "Amber Lantern | Media", "3 | Chile"})
        CHECK_FALSE_MESSAGE(text::is_page_number_alone(line), line);
    CHECK(text::ends_with_spaced_page_mark("Joint statement      2 | PAGE"));
    CHECK_FALSE(text::ends_with_spaced_page_mark("Joint statement      2 | Pager"));
}

TEST_CASE("cleanup: names numbered on one line without stops between them, three at least") {
    auto const three = text::split_glued_list_items(text::wrap("Signatories: 1. Amber Lantern 2. Lens Watch 3. Dune Press\n"));
    CHECK(three.text == "Signatories:\n1. Amber Lantern\n2. Lens Watch\n3. Dune Press\n");
    // Two such items are no list: a sentence may number two things without stops.
    auto const two = text::split_glued_list_items(text::wrap("Signatories: 1. Amber Lantern 2. Lens Watch\n"));
    CHECK(two.text == "Signatories: 1. Amber Lantern 2. Lens Watch\n");
    // Nor are words in lower case.
    auto const prose = text::split_glued_list_items(text::wrap("We ask: 1. release them 2. drop the case 3. report\n"));
    CHECK(prose.text == "We ask: 1. release them 2. drop the case 3. report\n");
}

TEST_CASE("cleanup: list items glued on one line each get a line") {
    std::string const input =
        "\xE2\x80\x93 Release everyone; \xE2\x80\x93 Ensure access; \xE2\x80\x93 Respect rights;";
    auto t = text::split_glued_list_items(text::wrap(input));
    CHECK(t.text == "\xE2\x80\x93 Release everyone;\n\xE2\x80\x93 Ensure access;\n\xE2\x80\x93 Respect rights;");
    auto const e = t.text.find("Ensure");
    CHECK(t.to_original(e) == input.find("Ensure"));
    // the marker of the second item maps to the original marker
    auto const m = t.text.find('\n') + 1;
    CHECK(t.to_original(m) == input.find("\xE2\x80\x93 Ensure"));
}

TEST_CASE("cleanup: items lettered in parentheses after a colon or a semicolon each get a line") {
    std::string const input = "We call on them to: (a) drop the charges; (b) free them; (12) report back.";
    auto t = text::split_glued_list_items(text::wrap(input));
    CHECK(t.text == "We call on them to:\n(a) drop the charges;\n(b) free them;\n(12) report back.");
    CHECK(t.to_original(t.text.find("(b)")) == input.find("(b)"));
    // A reference to a paragraph of a law, or parentheses after a word, are no items.
    std::string const law = "Under article 5 (a) of the law, and as the code says (b) applies; (see above) too.";
    CHECK(text::split_glued_list_items(text::wrap(law)).text == law);
}

TEST_CASE("cleanup: an enumeration written inside a paragraph gets a line an item") {
    // Lettered after the verb, numbered after a colon, numbered on from a marker that opens the
    // line; its items end with a comma or a semicolon, and a conjunction at most.
    CHECK(split("We call on them to (a) free the lawyers, (b) drop the charges, and (c) end the trials.") ==
          "We call on them to\n(a) free the lawyers,\n(b) drop the charges, and\n(c) end the trials.");
    CHECK(split("We urge them to: 1. free the lawyers; 2. drop the charges; 3. end the trials.") ==
          "We urge them to:\n1. free the lawyers;\n2. drop the charges;\n3. end the trials.");
    CHECK(split("1) free the lawyers; 2) drop the charges") == "1) free the lawyers;\n2) drop the charges");
    // Small roman numerals count too; after "(h)" comes the letter "(i)".
    CHECK(split("We urge them to (i) free the lawyers, (ii) drop the charges, and (iii) end the trials.") ==
          "We urge them to\n(i) free the lawyers,\n(ii) drop the charges, and\n(iii) end the trials.");
    CHECK(split("We urge them to (a) free A, (b) free B, (c) free C, (d) free D, (e) free E, (f) free F, (g) free G, "
                "(h) free H, (i) free I.")
              .find("\n(i) free I.") != std::string::npos);
    // A paragraph wrapped as a PDF wraps it: the line breaks inside an item become spaces.
    std::string const wrapped = "We call on them to (a) free the lawyers, (b) drop\nthe charges, and (c) end the trials.";
    auto const t = text::split_glued_list_items(text::wrap(wrapped));
    CHECK(t.text == "We call on them to\n(a) free the lawyers,\n(b) drop the charges, and\n(c) end the trials.");
    CHECK(t.to_original(t.text.find("the charges")) == wrapped.find("the charges"));
    // Items on lines of their own stay so, and a line between them stays a line.
    std::string const listed = "We call on the Minister to:\na) open an inquiry;\nb) punish the guilty;\n"
                               "and on the Prosecutor to:\nc) act.";
    CHECK(split(listed) == listed);
    // References, not enumerations: a single item, two without an item between them, items
    // out of turn.
    for (char const* text : {"Under article 5 (a) of the law they may appeal, as the code says.",
                             "Paragraphs (a) and (b) of article 5 apply here, the court said.",
                             "They cited points (a) of the law, (c) of the code and more.",
                             "In 2020: 1. in the spring of the year, and 3. in autumn.",
                             // the prose goes on after the last item: a part of the paragraph
                             "Two kinds are discussed: (1) ensuring tools, and (2) ensuring no misuse. For the former, "
                             "open models help."}) {
        std::string const same = text;
        CHECK(split(same) == same);
    }
}

TEST_CASE("cleanup: bullets and dashes glued after a colon or a semicolon, the items in lower case") {
    CHECK(split("We call on them to: \xE2\x80\xA2 free the lawyers; \xE2\x80\xA2 drop the charges.") ==
          "We call on them to:\n\xE2\x80\xA2 free the lawyers;\n\xE2\x80\xA2 drop the charges.");
    CHECK(split("We call on them to: \xE2\x80\x93 free the lawyers; \xE2\x80\x93 drop the charges.") ==
          "We call on them to:\n\xE2\x80\x93 free the lawyers;\n\xE2\x80\x93 drop the charges.");
    // A dash after a colon without another after a semicolon is punctuation of a sentence.
    std::string const sentence = "Their reply was short: \xE2\x80\x93 no, and no again \xE2\x80\x93 they said.";
    CHECK(split(sentence) == sentence);
    // A run of bullets on one line: each after the first opens an item, whatever ends the last.
    CHECK(split("We demand: \xE2\x80\xA2 the release of the protesters \xE2\x80\xA2 an inquiry \xE2\x80\xA2 the "
                "repeal of the ban\nSigned:") ==
          "We demand:\n\xE2\x80\xA2 the release of the protesters\n\xE2\x80\xA2 an inquiry\n\xE2\x80\xA2 the repeal of "
          "the ban\nSigned:");
}

TEST_CASE("cleanup: a bullet after a name that ends in a letter of more than one byte opens an item") {
    // "Mira Kovačević • Tom Reed": the letter before the bullet is "ć", two bytes; "Гай", Cyrillic.
    CHECK(split("Signed by: Ada Novak \xE2\x80\xA2 Mira Kova\xC4\x8D" "evi\xC4\x87 \xE2\x80\xA2 \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE "
                "\xD0\x93\xD0\xB0\xD0\xB9 \xE2\x80\xA2 Tom Reed") ==
          "Signed by: Ada Novak\n\xE2\x80\xA2 Mira Kova\xC4\x8D" "evi\xC4\x87\n\xE2\x80\xA2 \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE "
          "\xD0\x93\xD0\xB0\xD0\xB9\n\xE2\x80\xA2 Tom Reed");
}

TEST_CASE("cleanup: a dash inside a name is not a glued list item") {
    std::string const input = "Helsinki Citizens' Assembly \xE2\x80\x93 Vanadzor (Armenia)";
    CHECK(text::split_glued_list_items(text::wrap(input)).text == input);
}

TEST_CASE("cleanup: clean_up decodes UTF-16LE with a BOM") {
    std::string const utf8 = "We, the undersigned \xD0\x9F\xD1\x80\xD0\xB8";  // "… При"
    std::string input = "\xFF\xFE"s;
    // encode as UTF-16LE by hand: ASCII, then U+041F U+0440 U+0438
    for (char c : std::string("We, the undersigned ")) input += c, input += '\0';
    input += "\x1F\x04\x40\x04\x38\x04"s;
    diagnostics d;
    auto t = text::clean_up(input, d);
    CHECK(t.text == utf8);
    CHECK(has_code(d, "text.utf16-decoded"));
    CHECK_FALSE(has_code(d, "text.invalid-utf16"));
    CHECK(t.to_original(0) == 2);                        // 'W' after the 2-byte BOM
    CHECK(t.to_original(t.text.find("the")) == 2 + 2 * 4);  // each code unit is 2 bytes
    CHECK(t.to_original(t.text.find("\xD0\x9F")) == 2 + 2 * 20);
    CHECK(t.to_original(t.text.size()) == input.size());
}

TEST_CASE("cleanup: clean_up runs every stage and keeps the way back") {
    std::string const input = "\xEF\xBB\xBF" "logo_1We, the\xC2\xA0undersigned\r\n\xE2\x80\x93 One;\r\n";
    diagnostics d;
    auto t = text::clean_up(input, d);
    CHECK(t.text == "logo_1\nWe, the undersigned\n\xE2\x80\x93 One;\n");
    CHECK(t.to_original(0) == 3);
    CHECK(t.to_original(t.text.find("We")) == input.find("We"));
    CHECK(t.to_original(t.text.find("undersigned")) == input.find("undersigned"));
    CHECK(t.to_original(t.text.find("One")) == input.find("One"));
    CHECK(d.empty());
}

TEST_CASE("cleanup: to_original never points past the input") {
    auto t = text::wrap("abc");
    CHECK(t.to_original(100) == 3);
}

TEST_CASE("cleanup: sentences glued across a lost line break get their space back") {
    std::string const input = "We ask the ministry to drop this proposal.The new rule is unlawful.";
    auto t = text::separate_glued_sentences(text::wrap(input));
    CHECK(t.text == "We ask the ministry to drop this proposal. The new rule is unlawful.");
    // "The" keeps pointing at its own bytes.
    auto the = t.text.find("The");
    CHECK(t.to_original(the) == input.find("The"));
}

TEST_CASE("cleanup: abbreviations and addresses are not glued sentences") {
    for (std::string input : {"Riverside Rights e.V. (Germany)", "See www.example.Org for details", "T.Or.Re and U.S.A.",
                              "write to press@rivers.Org today"}) {
        auto t = text::separate_glued_sentences(text::wrap(input));
        CHECK(t.text == input);
    }
}

TEST_CASE("cleanup: a name written with dots between its capitalised words keeps them ('Stadt.Land.Flucht')") {
    for (std::string input : {"Initiativkreis: Menschen.Würdig. Leipzig", "Bündnis Stadt.Land.Flucht e.V."}) {
        auto t = text::separate_glued_sentences(text::wrap(input));
        CHECK(t.text == input);
    }
    // Two sentences glued after a capitalised word still part.
    auto t = text::separate_glued_sentences(text::wrap("We stand with Ukraine.The war must end."));
    CHECK(t.text == "We stand with Ukraine. The war must end.");
}

TEST_CASE("cleanup: Markdown and HTML are read for their structure") {
    std::string const input = "<p>We, the <b>undersigned</b> &amp; friends</p><ul><li>[Dawn Network](https://x.example)</li></ul>**Signed:**";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "\nWe, the undersigned & friends\n\n\n- Dawn Network\nSigned:");
    // The link text keeps pointing at its own bytes.
    CHECK(t.to_original(t.text.find("Dawn")) == input.find("Dawn"));
    // The named references of Latin-1 letters and signs and of a page's punctuation; a soft
    // hyphen names nothing; a name the tables do not know stays as written.
    auto const named = text::strip_markup(text::wrap("<p>&copy; 2026 Ligue des droits de l&rsquo;Homme</p>"
                                                      "<p>D&eacute;claration&nbsp;commune &ndash; pri&shy;vacy &unknown; &euro;5</p>"));
    CHECK(named.text == "\n\xC2\xA9 2026 Ligue des droits de l\xE2\x80\x99Homme\n\n"
                        "D\xC3\xA9" "claration commune \xE2\x80\x93 privacy &unknown; \xE2\x82\xAC" "5\n");
}

TEST_CASE("cleanup: a paragraph at a list item's start opens no line; a line break inside it goes on with it") {
    auto t = text::strip_markup(text::wrap("<ul><li><p>Quash the sentence;</p></li><li>release them;<br>drop the charges</li></ul>"
                                           "<p>Amber<br>Birch</p>"));
    CHECK(t.text == "\n\n- Quash the sentence;\n\n- release them;\n  drop the charges\n\nAmber\nBirch\n");
}

TEST_CASE("cleanup: Markdown emphasis with one mark goes, bullets and footnote marks stay") {
    std::string const input = "# Statement\n\n"
                              "*Published on 3 May by the [Network](https://n.example)*\n\n"
                              "Les logiciels libres et *open source* des appels ouverts (_open calls_).\n\n"
                              "* Amber Lantern Association*\n"
                              "logo_web_23 and 2*3\n";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "# Statement\n\n"
                    "Published on 3 May by the Network\n\n"
                    "Les logiciels libres et open source des appels ouverts (open calls).\n\n"
                    "* Amber Lantern Association*\n"
                    "logo_web_23 and 2*3\n");
    CHECK(t.to_original(t.text.find("open source")) == input.find("open source"));
    CHECK(t.to_original(t.text.find("Network")) == input.find("Network"));
}

TEST_CASE("cleanup: Markdown's escapes lose their backslash; the marks after them are text") {
    // What pandoc and html2text write: escaped list markers, parentheses, emphasis marks, and a
    // hard line break as a backslash at the line's end.
    std::string const input = "1\\. Revoke the decision;\n\\- Amber Lantern Association \\(ALA\\), Belgium\\\n"
                              "Klimasch\xC3\xBCtzer\\*innen and C:\\Users stay\n";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "1. Revoke the decision;\n- Amber Lantern Association (ALA), Belgium\n"
                    "Klimasch\xC3\xBCtzer*innen and C:\\Users stay\n");
    CHECK(t.to_original(t.text.find("(ALA)")) == input.find("(ALA"));
}

TEST_CASE("cleanup: plain text with a lone '<' or '&' is not markup") {
    std::string const input = "Costs rose 5 < 7 percent & more";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == input);
}

TEST_CASE("cleanup: character references outside markup become their characters, each spanning its reference") {
    std::string const input = "Legal Aid &amp; Justice Network&nbsp;(Armenia)\n"
                              "Women&#8217;s League &#x2013; &quot;Open Word&quot; &#8211; Kyiv\n";
    auto const t = text::decode_character_references(text::wrap(input));
    CHECK(t.text == "Legal Aid & Justice Network (Armenia)\nWomen\xE2\x80\x99s League \xE2\x80\x93 \"Open Word\" "
                    "\xE2\x80\x93 Kyiv\n");
    auto const amp = t.text.find('&');
    CHECK(t.to_original(amp) == input.find("&amp;"));
    CHECK(t.to_original_end(amp + 1) == input.find("&amp;") + 5);
    CHECK(t.to_original(t.text.find(" Justice")) == input.find(" Justice"));
    auto const apostrophe = t.text.find("\xE2\x80\x99");
    CHECK(t.to_original(apostrophe) == input.find("&#8217;"));
    CHECK(t.to_original(apostrophe + 3) == input.find("s League"));
    CHECK(t.to_original(t.text.find("(Armenia)")) == input.find("(Armenia)"));
}

TEST_CASE("cleanup: only a well-formed character reference is decoded, once, as the character itself would be") {
    for (std::string const kept : {"AT&T", "R & D", "&amp without its semicolon", "&bogus;", "&#;", "&#x;", "&#xZZ;",
                                   "&#12a;", "&#0;", "&#xD800;", "&#1114112;", "& amp;", "&", "&&;"}) {
        CAPTURE(kept);
        CHECK(text::decode_character_references(text::wrap(kept)).text == kept);
    }
    CHECK(text::decode_character_references(text::wrap("&amp;lt;")).text == "&lt;");
    // A no-break space is a space, a zero-width space nothing, a line separator a line break, a
    // control a space, as normalise_characters writes them raw.
    CHECK(text::decode_character_references(text::wrap("a&#160;b&#8203;c&#x2028;d&#1;e&shy;f")).text == "a bc\nd ef");
}

TEST_CASE("cleanup: clean_up decodes references where it reads no markup, and those in markup once") {
    diagnostics d;
    CHECK(text::clean_up("Legal Aid &amp; Justice Network (Armenia)\n", d).text ==
          "Legal Aid & Justice Network (Armenia)\n");
    // Markdown with emphasis: strip_markup decodes "&amp;", and the "&lt;" it makes stays.
    CHECK(text::clean_up("**Signed:** Legal Aid &amp;lt; Justice\n", d).text == "Signed: Legal Aid &lt; Justice\n");
    CHECK(text::clean_up("Legal Aid &amp;lt; Justice\n", d).text == "Legal Aid &lt; Justice\n");
}

TEST_CASE("cleanup: a script whose closing tag has no '>' runs to the end of the text") {
    // Found by civic-fuzz-cleanup: the text after the script was copied again from the start,
    // and the offset map went backwards.
    std::string const input = "<p>Before</p><script>var x = 1;</script";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "\nBefore\n");
    auto const& anchors = t.map.anchors();
    for (std::size_t k = 1; k < anchors.size(); ++k) {
        CHECK(anchors[k - 1].clean <= anchors[k].clean);
        CHECK(anchors[k - 1].original <= anchors[k].original);
    }
    CHECK(t.to_original(t.text.size()) == input.size());
}

TEST_CASE("cleanup: a script never closed ends at its line's end, and is reported; the text after it is read") {
    // The closing tag found is the next script's: all between was lost without a word.
    std::string const input = "<script>var s = \"<p>We call on nobody</p>\"; if (a<b) {}\n"
                              "</head><body><h1>Joint statement on the Saltmarsh Gazette</h1>\n"
                              "<p>We, the undersigned</p>\n<script src=\"app.js\"></script>\n<p>Amber Lantern Association</p>";
    diagnostics diags;
    auto t = text::strip_markup(text::wrap(input), diags);
    CHECK(t.text == "\n\n\n\n# Joint statement on the Saltmarsh Gazette\n\n\nWe, the undersigned\n\n\n\nAmber Lantern Association\n");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].code == "markup.unterminated-script");
    CHECK(diags[0].level == severity::warning);
    CHECK(diags[0].span.begin == 0);
    CHECK(diags[0].span.end == input.find('\n'));
    // A script that writes a script's tag in a string is closed by its own closing tag.
    diagnostics none;
    auto const written = text::strip_markup(
        text::wrap("<script>\ndocument.write('<script src=\"x.js\"></scr' + 'ipt>');\nvar y = 2;\n</script><p>Amber</p>"), none);
    CHECK(written.text == "\nAmber\n");
    // A closing tag in capitals closes it too.
    auto const capitals = text::strip_markup(text::wrap("<SCRIPT>var s = \"<P>x</P>\";</SCRIPT><STYLE>p{}</Style><P>Amber</P>"), none);
    CHECK(capitals.text == "\nAmber\n");
    CHECK(none.empty());
    // On a page written on one line, the next block ends it.
    diagnostics one;
    auto const minified = text::strip_markup(
        text::wrap("<script>var a = 1;" + std::string(2100, ' ') + "<div><p>Amber Lantern Association</p></div>"), one);
    CHECK(minified.text == "\n\nAmber Lantern Association\n\n");
    CHECK(one.size() == 1);
}

TEST_CASE("cleanup: a Markdown code fence's lines are markup; what they enclose is read") {
    std::string const input = "```markdown\n# Joint statement on the Saltmarsh Gazette\n\nSignatories:\n\n"
                              "Amber Lantern Association\n   ````\n";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "\n# Joint statement on the Saltmarsh Gazette\n\nSignatories:\n\nAmber Lantern Association\n   \n");
    CHECK(t.to_original(t.text.find("Amber")) == input.find("Amber"));
    // Inline code at a line's start, and backticks indented as code or inside a line, fence nothing.
    for (std::string plain : {"```x``` is a word\n", "Amber ``` Birch\n", "    ```\n"})
        CHECK(text::strip_markup(text::wrap(plain)).text == plain);
}

TEST_CASE("cleanup: a table's row is one line: a line break in a cell is a space, a bar in a cell its text") {
    // Markdown: "<br>" alone is markup enough; an escaped bar is a broken bar (U+00A6), no border.
    std::string const input = "| Organisation | Country |\n|---|---|\n| Amber Lantern Association<br>Yerevan Office | Armenia |\n"
                              "| Rights \\| Birchwood | Poland |\nAmber \\| Birch<br/>Coral\n";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "| Organisation | Country |\n|---|---|\n| Amber Lantern Association Yerevan Office | Armenia |\n"
                    "| Rights \xC2\xA6 Birchwood | Poland |\nAmber | Birch\nCoral\n");
    CHECK(t.to_original(t.text.find("Yerevan")) == input.find("Yerevan"));
    CHECK(t.to_original(t.text.find("\xC2\xA6")) == input.find("\\|"));
    // HTML: a bar written in a cell.
    CHECK(text::strip_markup(text::wrap("<table><tr><td>Rights | Birchwood</td><td>Poland</td></tr></table>")).text ==
          "\n\n | Rights \xC2\xA6 Birchwood | Poland\n\n");
}

TEST_CASE("cleanup: a page's chrome by its markup is kept apart, and its stretch of the original handed on") {
    std::string const input = "<ul><li>Birchwood Institute</li></ul><footer>Saltmarsh Watch <nav>Home</nav> \xC2\xB7 Privacy</footer>"
                              "<p>Amber</p><div class=\"post social-share\"><div>Share</div></div><section class='related-posts'>"
                              "Other news</section><div class=\"shareable\">Coral</div>";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "\n\n- Birchwood Institute\n\n\nSaltmarsh Watch \nHome\n \xC2\xB7 Privacy\n\n\nAmber\n\n\n\nShare\n\n\n\n\n"
                    "Other news\n\n\nCoral\n");
    // Three stretches: the footer with the menu inside it, the share bar, the related posts;
    // a class that only opens with a chrome word ("shareable") is none.
    REQUIRE(t.chrome.size() == 3);
    CHECK(input.substr(t.chrome[0].begin, t.chrome[0].end - t.chrome[0].begin) ==
          "<footer>Saltmarsh Watch <nav>Home</nav> \xC2\xB7 Privacy</footer>");
    CHECK(input.substr(t.chrome[1].begin, 8) == "<div cla");
    CHECK(input.substr(t.chrome[1].end - 12, 12) == "</div></div>");
    CHECK(input.substr(t.chrome[2].begin, t.chrome[2].end - t.chrome[2].begin) ==
          "<section class='related-posts'>Other news</section>");
    // Never closed, or holding the page's headline: no chrome, and the text is read as ever.
    auto const unclosed = text::strip_markup(text::wrap("<aside><p>Amber</p><p>Birch</p>"));
    CHECK(unclosed.chrome.empty());
    CHECK(unclosed.text == "\n\nAmber\n\nBirch\n");
    auto const page = text::strip_markup(text::wrap("<nav><h1>Joint statement</h1><p>Amber</p></nav>"));
    CHECK(page.chrome.empty());
    // At a list item's start, the item's line goes with it.
    std::string const comment = "<ol><li><footer>Aigerim says:</footer><p>Thank you!</p></li></ol>";
    auto const item = text::strip_markup(text::wrap(comment));
    CHECK(item.text == "\n\n- Aigerim says:\n\n\nThank you!\n\n");
    REQUIRE(item.chrome.size() == 1);
    CHECK(comment.substr(item.chrome[0].begin, item.chrome[0].end - item.chrome[0].begin) == "<li><footer>Aigerim says:</footer>");
    // clean_up keeps the stretches through the later stages.
    diagnostics diags;
    CHECK(text::clean_up(input, diags).chrome.size() == 3);
}

TEST_CASE("cleanup: a table's cell that spans rows is written again in each row it spans, at its column") {
    std::string const input = "<table><tr><th>Organisation</th><th>Country</th></tr>"
                              "<tr><td>Amber</td><td rowspan=\"2\"><b>Armenia</b></td></tr><tr><td>Birch</td></tr>"
                              "<tr><td colspan=2>Georgia</td></tr>"
                              "<tr><td rowspan=3>Poland</td><td>Coral</td></tr><tr><td>Dune</td></tr><tr><td>Elm</td></tr></table>"
                              "<table><tr><td>Fir</td><td>Greece</td></tr></table>";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "\n\n | Organisation | Country\n\n | Amber | Armenia\n\n | Birch | Armenia\n\n | Georgia\n\n"
                    " | Poland | Coral\n\n | Poland | Dune\n\n | Poland | Elm\n\n\n\n | Fir | Greece\n\n");
    // Written again, a cell points at the tag it stands before in its row; the map goes forward.
    CHECK(t.to_original(t.text.find("Armenia", t.text.find("Birch"))) == input.find("</tr>", input.find("Birch")));
    CHECK(t.to_original(t.text.find("Poland", t.text.find("Coral"))) == input.find("<td>Dune"));
    auto const& anchors = t.map.anchors();
    for (std::size_t k = 1; k < anchors.size(); ++k) CHECK(anchors[k - 1].original <= anchors[k].original);
}

TEST_CASE("cleanup: a table's row of one cell is a line of its own, but under a header's cell or spanning columns") {
    auto const lines = text::strip_markup(text::wrap("<table><tr><td>Amber (Armenia)</td></tr><tr><td>Birch</td></tr></table>"));
    CHECK(lines.text == "\n\nAmber (Armenia)\n\nBirch\n\n");
    auto const headed = text::strip_markup(text::wrap("<table><tr><th>Organisation</th></tr><tr><td>Amber</td></tr></table>"
                                                      "<table><tr><td>Birch</td><td>Poland</td></tr><tr><td colspan=\"2\">Coral</td></tr></table>"
                                                      "<table><tr><td>Dune</td></tr></table>"));
    CHECK(headed.text == "\n\n | Organisation\n\n | Amber\n\n\n\n | Birch | Poland\n\n | Coral\n\n\n\nDune\n\n");
}

TEST_CASE("cleanup: a '>' inside an attribute's quoted value does not end the tag") {
    std::string const input = "<h1 data-x=\"a>b\" title='c>d'>Joint statement on the Saltmarsh Gazette</h1>"
                              "<p class = \"lede\" data-rule=\"x > y\">We, the undersigned</p>"
                              "<img alt=Don't>Amber's <b>list</b>";
    auto t = text::strip_markup(text::wrap(input));
    CHECK(t.text == "\n# Joint statement on the Saltmarsh Gazette\n\nWe, the undersigned\nAmber's list");
    CHECK(t.to_original(t.text.find("Joint")) == input.find("Joint"));
    // A quote left open ends the tag at its first '>', as a tag without quotes.
    CHECK(text::strip_markup(text::wrap("<p title=\"open>Amber</p><p>Birch</p>")).text == "\nAmber\n\nBirch\n");
}

TEST_CASE("cleanup: a text browser's link marks glued to the links' text, or alone on a line, go; a note's mark stays") {
    auto const t = text::strip_link_reference_marks(
        text::wrap("Sincerely,\n   [5]Access Now\n   * [6]Amber Rights Centre (Kenya)\nthe [12]UN Special Rapporteur;\n"
                   "[1] See our report.\ndetained[3].\n[2024] annual report\n   [12]\nEnd\n"));
    CHECK(t.text ==
          "Sincerely,\n   Access Now\n   * Amber Rights Centre (Kenya)\nthe UN Special Rapporteur;\n[1] See our report.\n"
          "detained[3].\n[2024] annual report\n   \nEnd\n");
    // Each place in the output maps back to the input.
    CHECK(t.to_original(t.text.find("Access")) == std::string_view("Sincerely,\n   [5]Access").find("Access"));
}

TEST_CASE("cleanup: demands numbered in a paragraph's run without punctuation between them, three at least") {
    auto const t = text::split_glued_list_items(text::wrap(
        "We call on the authorities to: 1) order the forces to stop using lethal force against protesters. "
        "2) conduct prompt and impartial investigations 3) release everyone detained for protesting peacefully.\n"));
    CHECK(t.text ==
          "We call on the authorities to:\n1) order the forces to stop using lethal force against protesters.\n"
          "2) conduct prompt and impartial investigations\n3) release everyone detained for protesting peacefully.\n");
    // Two such items are no list; nor a law's paragraphs numbered in a sentence that goes on.
    auto const two = text::wrap("The law amends (1) the Penal Code of the republic (2) the Code of Criminal Procedure.\n");
    CHECK(text::split_glued_list_items(two).text == two.text);
}

TEST_CASE("cleanup: demands numbered in the paragraph after their introduction's colon, without punctuation") {
    auto const t = text::split_glued_list_items(
        text::wrap("We demand that the Government of Lakeshore:\n\n1) restore the legal status of all organisations "
                   "2) release all political prisoners 3) allow the return of the IACHR 4) repeal the Foreign Agents Law.\n"));
    CHECK(t.text ==
          "We demand that the Government of Lakeshore:\n\n1) restore the legal status of all organisations\n"
          "2) release all political prisoners\n3) allow the return of the IACHR\n4) repeal the Foreign Agents Law.\n");
}
