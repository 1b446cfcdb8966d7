// A block's reading as list entries also answers is_person_entry for the block when it read
// the block whole: the list-of-people rule asks both, and the answer must be the one a fresh
// reading gives.
#include <civic/layout/segment.hpp>
#include <civic/recognise/impl/entry_readings.hpp>
#include <civic/recognise/signatories.hpp>
#include <civic/text/cleanup.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

using namespace civic;

TEST_CASE("entry reading: the person_entry it records is what is_person_entry says") {
    std::string_view const lines[] = {
        "- Anna Kowalska, journalist, Gazeta Lubelska",
        "- Dr. Jane Roe – Director, Institute of Open Records",
        "- Maria Ionescu, Universitatea din Iași",
        "- Human Rights Centre (HRC) (Georgia)",
        "- Coalition for Open Radio; Willowmere Listeners' Guild",
        "- Ivan Petrenko – Olena Shevchuk – Taras Bondar",
        "- Oliver",
        "- Journalist",
        "- Amnesty International, Reporters Without Borders, Article 19",
        "- (unbalanced (parentheses",
        "- we call on the government to act now",
    };
    std::size_t recorded = 0;
    for (auto line : lines) {
        CAPTURE(line);
        diagnostics diags;
        auto const cleaned = text::clean_up(line, diags);
        auto const segmented = layout::segment(cleaned);
        auto const& blocks = segmented.blocks;
        REQUIRE(blocks.size() == 1);
        auto const& b = blocks.front();
        auto const raw = std::string_view(cleaned.text).substr(b.content_begin, b.end - b.content_begin);
        auto const reading = recognise::read_entry_block(b, raw);
        if (!reading.person_entry) continue;
        ++recorded;
        CHECK(*reading.person_entry == recognise::is_person_entry(raw));
    }
    CHECK(recorded >= 6);
    // And both ways round: a person with a role is one, an organisation is not.
    diagnostics diags;
    auto const cleaned = text::clean_up("- Anna Kowalska, journalist, Gazeta Lubelska", diags);
    auto const segmented = layout::segment(cleaned);
    auto const& blocks = segmented.blocks;
    auto const raw = std::string_view(cleaned.text).substr(blocks[0].content_begin, blocks[0].end - blocks[0].content_begin);
    auto const reading = recognise::read_entry_block(blocks[0], raw);
    REQUIRE(reading.person_entry);
    CHECK(*reading.person_entry);
}

TEST_CASE("entry reading: a block ruled out keeps no entries, and a list that takes it reads them again") {
    // A demand among list items: no entry list holds it, so its reading is the likelihood
    // alone. Every ruled-out block of a long text kept its entries until the lists were found.
    diagnostics diags;
    auto const cleaned = text::clean_up("- we call on the government to act now", diags);
    auto const segmented = layout::segment(cleaned);
    auto const& b = segmented.blocks.at(0);
    auto const raw = std::string_view(cleaned.text).substr(b.content_begin, b.end - b.content_begin);
    auto const reading = recognise::read_entry_block(b, raw);
    CHECK(reading.likelihood == recognise::entry_likelihood::none);
    CHECK_FALSE(reading.read);
    CHECK(reading.signatories.empty());
    // A likely entry keeps what it read.
    auto const org = text::clean_up("- Human Rights Centre (HRC) (Georgia)", diags);
    auto const org_blocks = layout::segment(org);
    auto const& ob = org_blocks.blocks.at(0);
    auto const org_reading =
        recognise::read_entry_block(ob, std::string_view(org.text).substr(ob.content_begin, ob.end - ob.content_begin));
    CHECK(org_reading.likelihood != recognise::entry_likelihood::none);
    CHECK(org_reading.read);
    REQUIRE(org_reading.signatories.size() == 1);
    CHECK(org_reading.signatories[0].name == "Human Rights Centre");
}

TEST_CASE("entry reading: the readings kept for a document, ruled out ones as marks") {
    using recognise::entry_likelihood;
    using recognise::entry_reading;
    recognise::document_detail::entry_readings readings;
    CHECK(readings.find(0) == nullptr);

    auto ruled_out = [](std::optional<bool> person) {
        entry_reading r;
        r.person_entry = person;
        return r;
    };
    entry_reading likely;
    likely.likelihood = entry_likelihood::certain;
    likely.read = true;
    likely.signatories.resize(2);
    likely.signatories[1].name = "Lakeshore Freedom Network";

    constexpr std::size_t blocks = 6;
    readings.add(0, blocks, ruled_out(std::nullopt));
    readings.add(1, blocks, ruled_out(false));
    readings.add(2, blocks, ruled_out(true));
    auto const& kept = readings.add(3, blocks, likely);
    CHECK(kept.signatories.size() == 2);

    // Each is found as it was given: the verdict, and what it says of is_person_entry.
    for (std::size_t i = 0; i < 3; ++i) {
        CAPTURE(i);
        auto const* r = readings.find(i);
        REQUIRE(r != nullptr);
        CHECK(r->likelihood == entry_likelihood::none);
        CHECK_FALSE(r->read);
        CHECK(r->signatories.empty());
    }
    CHECK_FALSE(readings.find(0)->person_entry.has_value());
    CHECK(readings.find(1)->person_entry == std::optional<bool>(false));
    CHECK(readings.find(2)->person_entry == std::optional<bool>(true));
    REQUIRE(readings.find(3) == &kept);
    CHECK(readings.find(4) == nullptr);

    // Taken, a reading is forgotten; a ruled-out one is taken as it was given too.
    auto const taken = readings.take(3);
    CHECK(taken.signatories.at(1).name == "Lakeshore Freedom Network");
    CHECK(readings.find(3) == nullptr);
    auto const mark = readings.take(2);
    CHECK(mark.person_entry == std::optional<bool>(true));
    CHECK(readings.find(2) == nullptr);
    readings.drop(1);
    CHECK(readings.find(1) == nullptr);
    CHECK(readings.find(0) != nullptr);
    readings.release();
    CHECK(readings.find(0) == nullptr);
}

namespace {
// A line and how much it looks like a signer once cleaned up and segmented alone.
struct weighed {
    std::string_view line;
    recognise::entry_likelihood expected;
};

template <std::size_t N>
void check_weighed(weighed const (&cases)[N]) {
    for (auto const& c : cases) {
        CAPTURE(c.line);
        diagnostics diags;
        auto const cleaned = text::clean_up(c.line, diags);
        auto const segmented = layout::segment(cleaned);
        REQUIRE(segmented.blocks.size() == 1);
        auto const& b = segmented.blocks.front();
        auto const raw = std::string_view(cleaned.text).substr(b.content_begin, b.end - b.content_begin);
        CHECK(recognise::signatory_likelihood(b, raw) == c.expected);
    }
}
}  // namespace

TEST_CASE("entry reading: how much a line looks like a signer, by its words and its capitals") {
    // A name: at most fourteen words, and at most three in lower case (of more than three code
    // points) for one that shows nothing else; a name in capitals (four or more, no small
    // letter) is certain by itself.
    using l = recognise::entry_likelihood;
    weighed const cases[] = {
        {"PRO ASYL", l::certain},
        {"ACME", l::certain},
        {"ACM", l::possible},
        {"ABCDEFGHIJKLMNOP QRSTx", l::possible},      // a small letter past the first eight bytes
        {"ПРАВО НА ЗАЩИТУ", l::certain},              // capitals of two bytes
        {"ПРАВО НА ЗАЩИТу", l::possible},
        {"Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Za", l::possible},  // fourteen words
        {"Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx Yz Za Bc", l::none},   // fifteen
        {"Tamarind over under above", l::possible},                  // three words in lower case
        {"Tamarind over under above below", l::none},                // four
        {"Tamarind over under above below again", l::none},          // five: ruled out on the way
        {"Tamarind was the and its for", l::possible},               // short words do not count
        {"Tamarind über öfen ähre", l::possible},                     // four code points, not bytes
        {"Tamarind über öfen ähre ünde", l::none},
        {"Tamarind übe öfe ähr ünd ach", l::possible},                // three code points each
        {"Tamarind  over   under above", l::possible},               // runs of spaces
        {"Tamarind  over   under above  below", l::none},
        // A name written in lower case: an address's stop or a capital inside its words.
        {"netzpolitik.org", l::possible},
        {"dju in ver.di", l::possible},
        {"iRights Seeburg", l::possible},
        {"iuridicum seeburg", l::possible},                          // two words of letters
        {"de Vries, Marieke", l::possible},                         // a family name's particle
        {"van der Linden, Pieter", l::possible},
        // Names of many words in lower case: an organisation word four words in, a quoted
        // proper name, or an acronym the entry gives; a part in parentheses does not count.
        {"Seeburger regionale öffentliche Organisation für Menschenrechte und Freiheit", l::certain},
        {"Seeburger regionale öffentliche «stimme gegen folter und willkür»", l::possible},
        {"Seeburger regionale öffentliche stimme gegen folter und willkür", l::none},
        {"Conférence amberoise des barreaux de tradition juridique commune (CABT)", l::certain},
        {"Coalition des organisations de la société civile pour le suivi des réformes et de l'action publique (CORAP)",
         l::certain},
        {"Amber Defenders (Projet des défenseurs des droits humains de l'Est et de la Corne de l'Amber)", l::certain},
        {"of the", l::none},                                         // a function word first
        {"<!DOCTYPE html>", l::none},                                // no letter opens it
        {"see the list at www.example.org below", l::none},          // more than four words
    };
    check_weighed(cases);
}

TEST_CASE("entry reading: an entry a country, an acronym or a person's role shows, by its number of words") {
    // Such an entry is certain unless its words are too many: more than fourteen in lower case
    // where nothing in the name is parted by a comma, more than four (and a sentence) where it
    // is. Its words are counted by its spaces up to where they could be; the answers at the
    // bounds and past them.
    using l = recognise::entry_likelihood;
    weighed const cases[] = {
        {"Amber Lantern Association (Chile)", l::certain},
        {"Oren Vale, lawyer, Port Amber", l::certain},
        {"Mira Tallow – journalist", l::certain},
        // Thirteen words in lower case (fourteen words), fourteen (fifteen), fifteen (sixteen).
        {"Amberfield birchen corals dunes estuary fjords granite harbours irises juniper kestrel lumens meadows nettles (Chile)",
         l::certain},
        {"Amberfield birchen corals dunes estuary fjords granite harbours irises juniper kestrel lumens meadows nettles "
         "oakmoss (Chile)",
         l::certain},
        {"Amberfield birchen corals dunes estuary fjords granite harbours irises juniper kestrel lumens meadows nettles "
         "oakmoss pinewood (Chile)",
         l::none},
        {"Amberfield birchen corals dunes estuary fjords granite harbours irises juniper kestrel lumens meadows nettles "
         "oakmoss (ABCD)",
         l::certain},
        {"Amberfield birchen corals dunes estuary fjords granite harbours irises juniper kestrel lumens meadows nettles "
         "oakmoss pinewood (ABCD)",
         l::none},
    };
    check_weighed(cases);
}
