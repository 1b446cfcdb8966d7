// Clean-up stages that run before layout and grammar. Each is a small pure function from
// cleaned_text to cleaned_text that keeps the offset map back to the original bytes, so
// every later element can point at the input exactly. They can be run and tested alone.
#pragma once
#include <civic/text/cleaned_text.hpp>

#include <string_view>

CIVIC_NAMESPACE_BEGIN
namespace text {

// The identity stage: wraps the input as it is.
CIVIC_FUNC cleaned_text wrap(std::string_view input);

// Removes a UTF-8 byte order mark and decodes UTF-16 input (with a BOM, or without one when
// the zero bytes make it certain); reports input that cannot be decoded. A text in a
// single-byte encoding is decoded where normalise_characters meets its first byte that is not
// UTF-8 (decode_legacy_encoding): UTF-8 input is not read once more to find out.
CIVIC_FUNC cleaned_text decode_input(cleaned_text const& in, diagnostics& diags);

// A text that is not UTF-8 but in one of the single-byte encodings of before it (Windows-1251,
// KOI8-R; Windows-1252, as which ISO-8859-1 is read) is decoded, each character mapped to its
// byte, with a note (text.legacy-encoding): from the encoding an HTML page declares in a <meta>
// tag, or from the one its bytes look like (Cyrillic words, or Latin letters and signs of
// prose). Any other text is left as it is: UTF-8, UTF-8 with a few damaged bytes (U+FFFD marks
// them), binary data. clean_up does not scan for it: normalise_characters calls it at the first
// byte that is not UTF-8.
CIVIC_FUNC cleaned_text decode_legacy_encoding(cleaned_text const& in, diagnostics& diags);

// CRLF and lone CR become LF; a form feed (a PDF page break) becomes a line break.
CIVIC_FUNC cleaned_text normalise_line_endings(cleaned_text const& in);

// Decodes a text in a single-byte encoding (decode_legacy_encoding) once it meets a byte that
// is not UTF-8; replaces invalid UTF-8 that is left with U+FFFD, no-break and other space
// variants with ' ', removes soft hyphens, zero-width characters, the marks and controls of
// writing direction (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and stray BOMs, turns other
// control characters into ' ' and other line breaks (U+2028, U+2029, NEL U+0085, a vertical
// tab: Word's manual line break) into '\n', writes a PDF's ligatures as their letters, and makes a letter and
// the combining accent after it (NFD: "e" and U+0301) the one letter they compose (NFC), for the
// accents of Latin and the Cyrillic й, ё, ї, ў (<civic/text/combining_marks.hpp>).
CIVIC_FUNC cleaned_text normalise_characters(cleaned_text const& in, diagnostics& diags);

// Text quoted in an e-mail reply or forward ("> We call on …"): where most lines are quoted,
// the quotation marks ("> ", "> > ") go and the lines read as the text they quote.
CIVIC_FUNC cleaned_text unquote_mail(cleaned_text const& in);

// A mail's body pasted in its quoted-printable transfer encoding ("Baloch=E2=80=99s", lines
// wrapped with a final '=' inside words and numbers): where the text says so in a part's
// header ("Content-Transfer-Encoding: quoted-printable"), or writes a character of more than
// one byte as its bytes, each run of "=XX" that is UTF-8 becomes its characters (spanning the
// run) and a line that ends in '=' goes on in the next. Any other text is left as it is.
CIVIC_FUNC cleaned_text decode_quoted_printable(cleaned_text const& in);

// A text browser's numbered link marks glued to the links' text ("[5]Access Now") go; a
// note's mark with a space after it ("[1] See …") stays.
CIVIC_FUNC cleaned_text strip_link_reference_marks(cleaned_text const& in);

// Image alt text glued to the first word ("logo_web_23We, the undersigned"): puts it on a
// line of its own so that layout keeps it as chrome and the sentence starts clean.
CIVIC_FUNC cleaned_text separate_glued_alt_text(cleaned_text const& in);

// A word hyphenated at the end of a line of wrapped prose ("sub-" / "ventions") is joined
// again ("subventions"); a compound ("Russian-" / "speaking") loses only the line break, and a
// hyphen before a conjunction ("Staats- und Regierungschefs") stays as it is.
CIVIC_FUNC cleaned_text join_hyphenated_words(cleaned_text const& in);

// A paragraph broken by a blank line in mid-sentence ("… the UN and" / blank /
// "other international institutions …") is joined back into one line.
CIVIC_FUNC cleaned_text rejoin_broken_paragraphs(cleaned_text const& in);

// Several list items glued on one line ("…; – Ensure …; – Respect …") each get a line.
CIVIC_FUNC cleaned_text split_glued_list_items(cleaned_text const& in);

// Markdown and HTML read for their structure and kept out of names and call texts: block
// tags become line breaks, <h1> a Markdown heading ("# "), <li> a list item, other tags and
// emphasis markers ("**", "*", "_") go, links keep their text, images go, character references
// are decoded, code fences' lines go. A table's row stays on a line, a row of one cell is a
// line alone, a cell that spans rows is written again in each, a bar in a cell is a '¦'. A
// page's <nav>, <footer>, <aside> and share bars are kept, set apart, and their stretches
// handed on in `chrome`. Plain text passes unchanged. A <script> or <style> that is never
// closed ends at its line's end (on a page written on one line, at the next block) and is
// reported (markup.unterminated-script).
CIVIC_FUNC cleaned_text strip_markup(cleaned_text const& in);
CIVIC_FUNC cleaned_text strip_markup(cleaned_text const& in, diagnostics& diags);

// Character references in a text that strip_markup does not read (plain text, Markdown without
// links or emphasis): a well-formed one ("&amp;", "&nbsp;", "&#8211;", "&#x2013;") becomes its
// character, as normalise_characters writes it, spanning the reference; a bare '&' or an unknown
// name stays. clean_up runs it only where strip_markup changed nothing, which decodes them in
// the text it reads: a reference is decoded once.
CIVIC_FUNC cleaned_text decode_character_references(cleaned_text const& in);

// Sentences glued across a lost line break ("… drop this proposal.The “I visa” is …") get
// their space back. Abbreviations ("e.V.", "T.Or.Re") and addresses are left alone.
CIVIC_FUNC cleaned_text separate_glued_sentences(cleaned_text const& in);

// All stages in order.
CIVIC_FUNC cleaned_text clean_up(std::string_view input, diagnostics& diags);

// The same, for a caller that needs its input no more (a file read whole to be parsed): the
// input's own memory is the first stage's text, where clean_up copies it. A long text is then
// held twice at the peak of the clean-up (a stage's input and its output), not three times.
CIVIC_FUNC cleaned_text clean_up_taking(std::string&& input, diagnostics& diags);

}  // namespace text
CIVIC_NAMESPACE_END

#if CIVIC_HEADER_ONLY
#include <civic/text/impl/cleanup.ipp>
#endif
