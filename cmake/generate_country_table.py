#!/usr/bin/env python3
"""Generates include/civic/geo/country_table.hpp from Debian's iso-codes.

The table holds every ISO 3166-1 entry (plus Kosovo, XK, which ISO leaves to user
assignment but statements list as a country) and a sorted array of folded keys: every
iso-codes name, official name and common name in the languages civic reads, the names
people actually write (ALIASES), and cheap Russian/Ukrainian/Polish/Romanian case forms
("России", "України", "Polski") because country fields are often written inflected.

A key naming two different countries is ambiguous and is dropped with a warning. Generated
case forms rank below real names: when one collides with a real name of another country,
only the case form is dropped.

Run through the civic-regenerate-countries target (cmake/CountryTable.cmake), or directly:
    python3 cmake/generate_country_table.py [--output HPP] [--test-data HPP]
Only the Python standard library is used.
"""

import argparse
import gettext
import json
import os
import subprocess
import sys
import unicodedata

LANGUAGES = ["en", "ru", "uk", "fr", "de", "es", "pl", "ro"]
FIELDS = ["name", "official_name", "common_name"]

# Must match civic::geo::country_key_capacity in include/civic/geo/countries.hpp: the C++
# side folds into a stack buffer of this many bytes.
KEY_CAPACITY = 160

# ISO reserves XK for user assignment; the EU, the IMF and civil society all use it.
EXTRA_COUNTRIES = [("XK", "XKX", "Kosovo")]

# Country fields that name no country. They must never resolve, so any key folding to one
# of them is dropped (is_pseudo_country recognises them on the C++ side).
NOT_COUNTRIES = ["Regional", "International", "Global", "Worldwide", "World", "Europe", "EU",
                 "Earth", "European Union",
                 # The same group headings in Spanish and French lists.
                 "Regionales", "Internacional", "Internacionales", "Mundial", "Europa",
                 "Régional", "Internationale", "Internationales"]

# (written, alpha-2, language). The language selects the case-form rules below.
ALIASES = [
    # English short forms and historical names.
    ("Russia", "RU", "en"), ("Russian Federation", "RU", "en"),
    ("USA", "US", "en"), ("US", "US", "en"), ("U.S.", "US", "en"), ("U.S.A.", "US", "en"),
    ("United States", "US", "en"), ("United States of America", "US", "en"),
    ("The United States of America", "US", "en"),
    ("UK", "GB", "en"), ("U.K.", "GB", "en"), ("United Kingdom", "GB", "en"),
    ("Great Britain", "GB", "en"), ("Britain", "GB", "en"), ("England", "GB", "en"),
    ("Wales", "GB", "en"), ("Scotland", "GB", "en"), ("Northern Ireland", "GB", "en"),
    ("The Netherlands", "NL", "en"), ("Holland", "NL", "en"),
    ("Kyrgyz Republic", "KG", "en"), ("Kyrgyzstan", "KG", "en"), ("Kirghizia", "KG", "en"),
    ("Czech Republic", "CZ", "en"), ("Czechia", "CZ", "en"),
    ("Turkey", "TR", "en"), ("Türkiye", "TR", "en"), ("Turkiye", "TR", "en"),
    ("Kosovo", "XK", "en"), ("Republic of Kosovo", "XK", "en"), ("Kosova", "XK", "sq"),
    ("Palestine", "PS", "en"), ("State of Palestine", "PS", "en"),
    ("Occupied Palestinian Territory", "PS", "en"), ("Palestinian Territories", "PS", "en"),
    ("Republic of Georgia", "GE", "en"), ("Republic of Turkey", "TR", "en"),
    ("Moldova", "MD", "en"), ("Republic of Moldova", "MD", "en"),
    ("Macedonia", "MK", "en"), ("North Macedonia", "MK", "en"),
    ("Republic of North Macedonia", "MK", "en"), ("FYROM", "MK", "en"),
    ("Byelorussia", "BY", "en"), ("Belorussia", "BY", "en"), ("Belarus", "BY", "en"),
    ("Republic of Belarus", "BY", "en"),
    ("Ivory Coast", "CI", "en"), ("Côte d'Ivoire", "CI", "en"), ("Cote d'Ivoire", "CI", "en"),
    ("South Korea", "KR", "en"), ("Republic of Korea", "KR", "en"),
    ("North Korea", "KP", "en"), ("DPRK", "KP", "en"),
    ("Iran", "IR", "en"), ("Syria", "SY", "en"), ("Laos", "LA", "en"),
    ("Vietnam", "VN", "en"), ("Viet Nam", "VN", "en"), ("Bolivia", "BO", "en"),
    ("Venezuela", "VE", "en"), ("Tanzania", "TZ", "en"),
    ("Republic of the Congo", "CG", "en"), ("Congo-Brazzaville", "CG", "en"),
    ("Congo Brazzaville", "CG", "en"), ("Congo Republic", "CG", "en"),
    ("Democratic Republic of the Congo", "CD", "en"), ("Democratic Republic of Congo", "CD", "en"),
    ("DR Congo", "CD", "en"), ("DRC", "CD", "en"), ("D.R.C.", "CD", "en"),
    ("Congo-Kinshasa", "CD", "en"), ("Congo Kinshasa", "CD", "en"),
    ("Vatican", "VA", "en"), ("Vatican City", "VA", "en"), ("Holy See", "VA", "en"),
    ("Taiwan", "TW", "en"), ("Hong Kong", "HK", "en"), ("Macau", "MO", "en"),
    ("Micronesia", "FM", "en"), ("Brunei", "BN", "en"), ("Cape Verde", "CV", "en"),
    ("Cabo Verde", "CV", "en"), ("Swaziland", "SZ", "en"), ("Eswatini", "SZ", "en"),
    ("Burma", "MM", "en"), ("Myanmar", "MM", "en"), ("East Timor", "TL", "en"),
    ("Timor-Leste", "TL", "en"), ("Bosnia", "BA", "en"), ("Bosnia and Herzegovina", "BA", "en"),
    ("Bosnia-Herzegovina", "BA", "en"), ("BiH", "BA", "bs"), ("B&H", "BA", "en"),
    ("UAE", "AE", "en"), ("U.A.E.", "AE", "en"),
    ("Gambia", "GM", "en"), ("Bahamas", "BS", "en"), ("Ukraine", "UA", "en"),
    ("Georgia", "GE", "en"), ("Kazakhstan", "KZ", "en"), ("Tajikistan", "TJ", "en"),
    ("Uzbekistan", "UZ", "en"), ("Turkmenistan", "TM", "en"), ("Azerbaijan", "AZ", "en"),
    ("Armenia", "AM", "en"), ("PRC", "CN", "en"), ("People's Republic of China", "CN", "en"),
    # Asia and the Pacific as their signatories write them ("Korea" is the Republic's).
    ("Korea", "KR", "en"), ("Lao PDR", "LA", "en"), ("Hong Kong SAR", "HK", "en"),
    ("Aotearoa", "NZ", "en"), ("Aotearoa New Zealand", "NZ", "en"), ("N. Macedonia", "MK", "en"),
    ("Trinidad & Tobago", "TT", "en"),
    # Names in the country's own language, as signatories write their own country.
    ("Brasil", "BR", "pt"), ("Deutschland", "DE", "de"), ("España", "ES", "es"),
    ("México", "MX", "es"), ("Sverige", "SE", "sv"), ("Polska", "PL", "pl"),
    ("România", "RO", "ro"), ("Belgique", "BE", "fr"), ("België", "BE", "nl"),
    ("Belgien", "BE", "de"), ("Schweiz", "CH", "de"), ("Suisse", "CH", "fr"),
    ("Svizzera", "CH", "it"), ("Österreich", "AT", "de"), ("Italia", "IT", "it"),
    ("Ελλάδα", "GR", "el"), ("Hellas", "GR", "el"), ("Česko", "CZ", "cs"),
    ("Česká republika", "CZ", "cs"), ("Slovensko", "SK", "sk"), ("Magyarország", "HU", "hu"),
    ("Lietuva", "LT", "lt"), ("Latvija", "LV", "lv"), ("Eesti", "EE", "et"),
    ("Suomi", "FI", "fi"), ("Norge", "NO", "no"), ("Danmark", "DK", "da"),
    ("Nederland", "NL", "nl"), ("Éire", "IE", "ga"), ("Hrvatska", "HR", "hr"),
    ("Srbija", "RS", "sr"), ("Србија", "RS", "sr"), ("Crna Gora", "ME", "sr"),
    ("Slovenija", "SI", "sl"), ("Shqipëria", "AL", "sq"), ("България", "BG", "bg"),
    ("Қазақстан", "KZ", "kk"), ("Кыргызстан", "KG", "ky"), ("Հայաստան", "AM", "hy"),
    ("საქართველო", "GE", "ka"), ("Azərbaycan", "AZ", "az"), ("Україна", "UA", "uk"),
    ("Беларусь", "BY", "be"), ("Sakartvelo", "GE", "ka"),
    # Russian short forms.
    ("Россия", "RU", "ru"), ("РФ", "RU", "ru"), ("Российской Федерации", "RU", "ru"),
    ("Беларусь", "BY", "ru"), ("Белоруссия", "BY", "ru"), ("Белорусь", "BY", "ru"),
    ("Республики Беларусь", "BY", "ru"),
    ("Молдова", "MD", "ru"), ("Молдавия", "MD", "ru"), ("Республики Молдова", "MD", "ru"),
    ("США", "US", "ru"), ("Соединённые Штаты Америки", "US", "ru"),
    ("Соединённых Штатов Америки", "US", "ru"), ("Соединённые Штаты", "US", "ru"),
    ("Соединённых Штатов", "US", "ru"),
    ("Великобритания", "GB", "ru"), ("Британия", "GB", "ru"), ("Англия", "GB", "ru"),
    ("Соединённого Королевства", "GB", "ru"),
    ("Киргизия", "KG", "ru"), ("Кыргызстан", "KG", "ru"), ("Киргизстан", "KG", "ru"),
    ("Казахстан", "KZ", "ru"), ("Украина", "UA", "ru"), ("Грузия", "GE", "ru"),
    ("Армения", "AM", "ru"), ("Азербайджан", "AZ", "ru"), ("Таджикистан", "TJ", "ru"),
    ("Узбекистан", "UZ", "ru"), ("Туркмения", "TM", "ru"), ("Туркменистан", "TM", "ru"),
    ("Чехия", "CZ", "ru"), ("Германия", "DE", "ru"), ("Франция", "FR", "ru"),
    ("Косово", "XK", "ru"), ("Палестина", "PS", "ru"), ("Турция", "TR", "ru"),
    ("Северная Македония", "MK", "ru"), ("Северной Македонии", "MK", "ru"),
    ("Македония", "MK", "ru"), ("Южная Корея", "KR", "ru"), ("Южной Кореи", "KR", "ru"),
    ("Северная Корея", "KP", "ru"), ("КНДР", "KP", "ru"), ("Иран", "IR", "ru"),
    ("Сирия", "SY", "ru"), ("Вьетнам", "VN", "ru"), ("Нидерланды", "NL", "ru"),
    ("Голландия", "NL", "ru"), ("Польша", "PL", "ru"), ("Литва", "LT", "ru"),
    ("Латвия", "LV", "ru"), ("Эстония", "EE", "ru"), ("Китай", "CN", "ru"),
    # Ukrainian short forms.
    ("Україна", "UA", "uk"), ("Білорусь", "BY", "uk"), ("Бєларусь", "BY", "uk"),
    ("Молдова", "MD", "uk"), ("Молдавія", "MD", "uk"), ("США", "US", "uk"),
    ("Сполучені Штати Америки", "US", "uk"), ("Сполучених Штатів Америки", "US", "uk"),
    ("Велика Британія", "GB", "uk"), ("Великої Британії", "GB", "uk"), ("Британія", "GB", "uk"),
    ("Киргизстан", "KG", "uk"), ("Киргизія", "KG", "uk"), ("Казахстан", "KZ", "uk"),
    ("Росія", "RU", "uk"), ("Російська Федерація", "RU", "uk"),
    ("Російської Федерації", "RU", "uk"), ("Грузія", "GE", "uk"), ("Вірменія", "AM", "uk"),
    ("Азербайджан", "AZ", "uk"), ("Польща", "PL", "uk"), ("Німеччина", "DE", "uk"),
    ("Франція", "FR", "uk"), ("Чехія", "CZ", "uk"), ("Туреччина", "TR", "uk"),
    ("Косово", "XK", "uk"), ("Палестина", "PS", "uk"), ("Нідерланди", "NL", "uk"),
    ("Китай", "CN", "uk"),
    # Polish, Romanian, French, German, Spanish short forms.
    ("Polska", "PL", "pl"), ("Niemcy", "DE", "pl"), ("Czechy", "CZ", "pl"),
    ("Rosja", "RU", "pl"), ("Białoruś", "BY", "pl"), ("Ukraina", "UA", "pl"),
    ("Mołdawia", "MD", "pl"), ("Wielka Brytania", "GB", "pl"), ("Stany Zjednoczone", "US", "pl"),
    ("Kosowo", "XK", "pl"), ("Gruzja", "GE", "pl"), ("Kazachstan", "KZ", "pl"),
    ("România", "RO", "ro"), ("Republica Moldova", "MD", "ro"), ("Rusia", "RU", "ro"),
    ("Ucraina", "UA", "ro"), ("Marea Britanie", "GB", "ro"), ("Statele Unite", "US", "ro"),
    ("SUA", "US", "ro"), ("Franța", "FR", "ro"), ("Germania", "DE", "ro"),
    ("Russie", "RU", "fr"), ("États-Unis", "US", "fr"), ("Etats-Unis", "US", "fr"),
    ("Royaume-Uni", "GB", "fr"), ("Allemagne", "DE", "fr"), ("Pays-Bas", "NL", "fr"),
    ("Biélorussie", "BY", "fr"), ("Bélarus", "BY", "fr"), ("Moldavie", "MD", "fr"),
    ("Russland", "RU", "de"), ("Vereinigte Staaten", "US", "de"), ("Großbritannien", "GB", "de"),
    ("Vereinigtes Königreich", "GB", "de"), ("Weißrussland", "BY", "de"),
    ("Niederlande", "NL", "de"), ("Türkei", "TR", "de"), ("Moldawien", "MD", "de"),
    # The aliases (Turkey, Palestine, Macedonia, Ivory Coast, Great Britain, the
    # Netherlands, Czech Republic, Belarus, Kyrgyzstan) in the languages iso-codes leaves out.
    ("Turquie", "TR", "fr"), ("Turquía", "TR", "es"), ("Turcia", "TR", "ro"),
    ("Palestina", "PS", "es"), ("Palästina", "PS", "de"), ("Palestyna", "PS", "pl"),
    ("Palestina", "PS", "ro"), ("Territoires palestiniens", "PS", "fr"),
    ("Macédoine", "MK", "fr"), ("Mazedonien", "MK", "de"), ("Macedonia de Nord", "MK", "ro"),
    ("Costa de Marfil", "CI", "es"), ("Elfenbeinküste", "CI", "de"),
    ("Grande-Bretagne", "GB", "fr"), ("Gran Bretaña", "GB", "es"), ("Niderlandy", "NL", "pl"),
    ("Țările de Jos", "NL", "ro"), ("Olanda", "NL", "ro"), ("Republica Cehă", "CZ", "ro"),
    ("Belarús", "BY", "es"), ("Kirghizstan", "KG", "fr"),
    # Official and short forms that signatories write, missing above.
    ("Кыргызская Республика", "KG", "ru"), ("Киргизская Республика", "KG", "ru"),
    ("Азербайджанская Республика", "AZ", "ru"), ("ФРГ", "DE", "ru"),
    ("Сполучене Королівство", "GB", "uk"), ("Киргизька Республіка", "KG", "uk"),
    ("Fédération de Russie", "RU", "fr"), ("République de Moldavie", "MD", "fr"),
    ("RDC", "CD", "fr"), ("RD Congo", "CD", "fr"), ("Centrafrique", "CF", "fr"),
    ("Estados Unidos", "US", "es"), ("EE. UU.", "US", "es"), ("EE.UU.", "US", "es"),
    ("EEUU", "US", "es"), ("Reino Unido", "GB", "es"), ("Alemania", "DE", "es"),
    ("Bielorrusia", "BY", "es"), ("Países Bajos", "NL", "es"), ("Rusia", "RU", "es"),
    # French short forms and abbreviations of West and Central African signatories' lists.
    ("RCA", "CF", "fr"), ("RCI", "CI", "fr"), ("Syrie", "SY", "fr"), ("Nigéria", "NG", "fr"),
    ("Egypte", "EG", "fr"), ("Erythrée", "ER", "fr"), ("Burkina", "BF", "fr"),
    ("Guinée-Conakry", "GN", "fr"), ("Guinée Conakry", "GN", "fr"), ("Congo-Brazzaville", "CG", "fr"),
    ("Congo-Kinshasa", "CD", "fr"), ("Côte-d'Ivoire", "CI", "fr"), ("CAR", "CF", "en"),
    # Short forms and abbreviations of English lists: an ampersand for "and", a word cut
    # short with its dot, the letters a list writes for a kingdom or a territory, and the
    # accents iso-codes' English names leave out.
    ("Bosnia & Herzegovina", "BA", "en"), ("Antigua & Barbuda", "AG", "en"),
    ("St Kitts & Nevis", "KN", "en"), ("St. Kitts & Nevis", "KN", "en"),
    ("St Vincent & the Grenadines", "VC", "en"), ("São Tomé & Príncipe", "ST", "en"),
    ("São Tomé and Príncipe", "ST", "en"), ("Sao Tome & Principe", "ST", "en"),
    ("Turks & Caicos Islands", "TC", "en"),
    ("Czech Rep.", "CZ", "en"), ("Slovak Rep.", "SK", "en"), ("Dominican Rep.", "DO", "en"),
    ("Central African Rep.", "CF", "en"), ("Russian Fed.", "RU", "en"),
    ("Dem. Rep. Congo", "CD", "en"), ("Dem. Rep. of the Congo", "CD", "en"),
    ("Rep. of Korea", "KR", "en"), ("Rep. of Moldova", "MD", "en"),
    ("KSA", "SA", "en"), ("Kingdom of Saudi Arabia", "SA", "en"),
    ("OPT", "PS", "en"), ("oPt", "PS", "en"), ("Occupied Palestinian Territories", "PS", "en"),
    ("Palestine (OPT)", "PS", "en"), ("Myanmar (Burma)", "MM", "en"), ("Burma (Myanmar)", "MM", "en"),
    ("Taiwan ROC", "TW", "en"), ("Taiwan (ROC)", "TW", "en"), ("Republic of China (Taiwan)", "TW", "en"),
    ("Netherlands (Kingdom of the)", "NL", "en"), ("Micronesia (Federated States of)", "FM", "en"),
    ("United Republic of Tanzania", "TZ", "en"), ("Syrian Arab Republic", "SY", "en"),
    ("Lao People's Democratic Republic", "LA", "en"),
    # A region a list writes in the country's place, of the state it belongs to.
    ("Kurdistan Region of Iraq", "IQ", "en"),
    ("Kurdistan Region - Iraq", "IQ", "en"), ("Iraqi Kurdistan", "IQ", "en"),
]

# Polish declension is too irregular for rules; the genitives signatory lists use.
POLISH_GENITIVE = {
    "Polska": "Polski", "Niemcy": "Niemiec", "Francja": "Francji", "Ukraina": "Ukrainy",
    "Rosja": "Rosji", "Białoruś": "Białorusi", "Czechy": "Czech", "Węgry": "Węgier",
    "Litwa": "Litwy", "Łotwa": "Łotwy", "Estonia": "Estonii", "Słowacja": "Słowacji",
    "Mołdawia": "Mołdawii", "Rumunia": "Rumunii", "Gruzja": "Gruzji", "Armenia": "Armenii",
    "Azerbejdżan": "Azerbejdżanu", "Kazachstan": "Kazachstanu", "Hiszpania": "Hiszpanii",
    "Włochy": "Włoch", "Wielka Brytania": "Wielkiej Brytanii",
    "Stany Zjednoczone": "Stanów Zjednoczonych", "Szwecja": "Szwecji", "Norwegia": "Norwegii",
    "Finlandia": "Finlandii", "Dania": "Danii", "Holandia": "Holandii", "Belgia": "Belgii",
    "Austria": "Austrii", "Szwajcaria": "Szwajcarii", "Turcja": "Turcji", "Serbia": "Serbii",
    "Bułgaria": "Bułgarii", "Grecja": "Grecji", "Chorwacja": "Chorwacji",
    "Słowenia": "Słowenii", "Kosowo": "Kosowa", "Kirgistan": "Kirgistanu",
}

ROMANIAN_GENITIVE = {"România": "României"}

# ---------------------------------------------------------------------------------------
# Folding. This mirrors civic::geo::fold_country_key (include/civic/geo/impl/countries.ipp)
# and the utf8::to_lower / is_letter / is_quote / is_dash it uses
# (include/civic/text/utf8.hpp) code point for code point. The two MUST stay in sync: a key
# folded differently here is a name the library can never find. The unit test
# tests/unit/test_countries.cpp checks every generated key against the C++ fold.


def to_lower(c):
    if ord("A") <= c <= ord("Z"):
        return c + 32
    if c < 0x80:
        return c
    if 0xC0 <= c <= 0xDE and c != 0xD7:
        return c + 32
    if 0x100 <= c <= 0x17F:
        if 0x139 <= c <= 0x148 or 0x179 <= c <= 0x17E:
            return c + 1 if c % 2 == 1 else c
        if c == 0x178:
            return 0xFF
        return c + 1 if c % 2 == 0 else c
    if 0x218 <= c <= 0x21B:
        return c + 1 if c % 2 == 0 else c
    if 0x391 <= c <= 0x3AB and c != 0x3A2:
        return c + 32
    if 0x410 <= c <= 0x42F:
        return c + 32
    if 0x400 <= c <= 0x40F:
        return c + 80
    if 0x490 <= c <= 0x4BF:
        return c + 1 if c % 2 == 0 else c
    return c


def is_letter(c):
    if c < 0x80:
        return ord("a") <= (c | 32) <= ord("z")
    if c < 0xC0:
        return c in (0xAA, 0xB5, 0xBA)
    if c in (0xD7, 0xF7):
        return False
    if c < 0x2000:
        return not (0x2B0 <= c <= 0x36F)
    if c < 0x3000:
        return False
    if 0xFE00 <= c <= 0xFE0F:
        return False
    if c >= 0x1F000:
        return False
    return True


def is_digit(c):
    return ord("0") <= c <= ord("9")


def is_quote(c):
    return (c in (ord('"'), ord("'"), 0xAB, 0xBB, 0x2039, 0x203A, ord("`"), 0xB4)
            or 0x2018 <= c <= 0x201F)


def is_dash(c):
    return c == ord("-") or 0x2010 <= c <= 0x2015 or c == 0x2212


WHITE = {ord(" "), ord("\t"), ord("\n"), ord("\r"), 0xA0}
EDGE_NOISE = ' .,;:()[]"'
ARTICLES = ["the ", "la ", "le ", 'l"', "die ", "el "]


def trim_noise(s):
    return s.strip(EDGE_NOISE)


def fold_raw(written):
    """The folded string before trimming: what the C++ side writes into its buffer."""
    out = []
    pending_space = False
    lone_letter = False
    word_start = True
    for ch in written:
        c = ord(ch)
        if c in WHITE:
            pending_space = len(out) != 0
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
            word_start = True
            lone_letter = False
        if c == ord(".") and lone_letter:
            lone_letter = False
            word_start = True
            continue
        if is_quote(c):
            c = ord('"')
        elif is_dash(c):
            c = ord("-")
        c = to_lower(c)
        if c == 0x451:
            c = 0x435
        letter = is_letter(c)
        lone_letter = letter and word_start
        word_start = not letter and not is_digit(c)
        out.append(chr(c))
    return "".join(out)


def fold_key(written):
    key = trim_noise(fold_raw(written))
    for article in ARTICLES:
        if len(key) > len(article) and key.startswith(article):
            key = trim_noise(key[len(article):])
            break
    return key


# ---------------------------------------------------------------------------------------
# Case forms. Deliberately naive: a wrong form costs one unused key, and any form that
# lands on another country's name is dropped.

RU_CONSONANTS = "бвгджзклмнпрстфхцчшщ"
UK_CONSONANTS = "бвгґджзклмнпрстфхцчшщ"
UK_VOWELS = "аеєиіїоуюя"


def declinable(w):
    return (w and " " not in w and "-" not in w and w[0].isupper() and not w.isupper()
            and len(w) > 2)


def russian_forms(w):
    """Genitive and prepositional: России, в Казахстане, Беларуси, Нидерландов."""
    if not declinable(w):
        return []
    stem = w[:-1]
    if w.endswith("ия"):
        return [w[:-2] + "ии"]
    if w.endswith("я"):
        return [stem + "и", stem + "е"]
    if w.endswith("а"):
        return [stem + ("и" if stem[-1] in "гкхжшчщ" else "ы"), stem + "е"]
    if w.endswith("ь"):
        return [stem + "и", stem + "я", stem + "е"]
    if w.endswith("й"):
        return [stem + "я", stem + "е"]
    if w.endswith("ы"):
        return [stem + "ов", stem + "ах"]
    if w[-1] in RU_CONSONANTS:
        return [w + "а", w + "е"]
    return []


def ukrainian_forms(w):
    """Genitive and locative: України, в Україні, Польщі, Білорусі, Казахстану."""
    if not declinable(w):
        return []
    stem = w[:-1]
    if w.endswith("ія"):
        return [w[:-2] + "ії"]
    if w.endswith("я"):
        return [stem + ("ї" if stem[-1] in UK_VOWELS else "і")]
    if w.endswith("а"):
        genitive = stem + ("і" if stem[-1] in "жчшщ" else "и")
        soft = {"к": "ц", "г": "з", "х": "с"}
        locative = stem[:-1] + soft[stem[-1]] + "і" if stem[-1] in soft else stem + "і"
        return [genitive, locative]
    if w.endswith("ь"):
        return [stem + "і", stem + "ю"]
    if w.endswith("й"):
        return [stem + "ю", stem + "ї"]
    if w.endswith("и"):
        return [stem + "ів", stem + "ах"]
    if w[-1] in UK_CONSONANTS:
        return [w + "у", w + "і", w + "а"]
    return []


def romanian_forms(w):
    """Genitive-dative with the article: Rusiei, Ucrainei, Franței."""
    if w in ROMANIAN_GENITIVE:
        return [ROMANIAN_GENITIVE[w]]
    if not declinable(w):
        return []
    if w.endswith("ea"):
        return [w[:-1] + "i"]
    if w.endswith("a"):
        return [w[:-1] + "ei"]
    return []


def polish_forms(w):
    return [POLISH_GENITIVE[w]] if w in POLISH_GENITIVE else []


CASE_FORMS = {"ru": russian_forms, "uk": ukrainian_forms, "pl": polish_forms,
              "ro": romanian_forms}


def english_inversions(name):
    """"Korea, Republic of" → "Republic of Korea"; "Virgin Islands, British" → "British …".
    A name whose second half ends in "of" also as the United Nations write it, that half in
    parentheses: "Iran, Islamic Republic of" → "Iran (Islamic Republic of)", "Bolivia
    (Plurinational State of)", "Venezuela (Bolivarian Republic of)"."""
    if ", " not in name:
        return []
    head, tail = name.split(", ", 1)
    if tail.endswith(" of") or tail.endswith(" of the"):
        return [tail + " " + head, head + " (" + tail + ")"]
    if " " not in tail:
        return [tail + " " + head]
    return []


# ---------------------------------------------------------------------------------------


def iso_codes_version(json_path):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    return "unknown (read from " + os.path.realpath(json_path) + ")"


def load_translations(locale_dir):
    translations = {}
    for lang in LANGUAGES:
        path = os.path.join(locale_dir, lang, "LC_MESSAGES", "iso_3166-1.mo")
        if os.path.exists(path):
            with open(path, "rb") as f:
                translations[lang] = gettext.GNUTranslations(f)
    return translations


def warn(message):
    print("generate_country_table: warning: " + message, file=sys.stderr)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def build(json_path, locale_dir):
    with open(json_path, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    rows = sorted([(e["alpha_2"], e["alpha_3"], e["name"]) for e in entries] + EXTRA_COUNTRIES)
    index = {a2: i for i, (a2, _, _) in enumerate(rows)}
    translations = load_translations(locale_dir)

    # (written, alpha2, language, tier): tier 0 are real names, tier 1 derived forms.
    sources = []
    for e in entries:
        for field in FIELDS:
            if field not in e:
                continue
            english = e[field]
            sources.append((english, e["alpha_2"], "en", 0))
            for lang, t in translations.items():
                translated = nfc(t.gettext(english))
                if translated != english:
                    sources.append((translated, e["alpha_2"], lang, 0))
    for written, a2, lang in ALIASES:
        if a2 not in index:
            sys.exit("generate_country_table: alias %r names unknown code %s" % (written, a2))
        sources.append((nfc(written), a2, lang, 0))
    derived = []
    for written, a2, lang, _ in sources:
        if lang == "en":
            derived += [(w, a2, lang, 1) for w in english_inversions(written)]
        rule = CASE_FORMS.get(lang)
        if rule:
            derived += [(w, a2, lang, 1) for w in rule(written)]
    sources += derived

    not_countries = {fold_key(w) for w in NOT_COUNTRIES}
    by_key = {}
    for written, a2, lang, tier in sources:
        if len(fold_raw(written).encode("utf-8")) > KEY_CAPACITY:
            warn("%r is longer than %d bytes folded; left out" % (written, KEY_CAPACITY))
            continue
        key = fold_key(written)
        if not key:
            continue
        if key in not_countries:
            warn("%r (%s) folds to the pseudo-country %r; left out" % (written, a2, key))
            continue
        by_key.setdefault(key, []).append((written, a2, lang, tier))

    keys = {}
    collisions = []
    for key, hits in by_key.items():
        real = {a2 for _, a2, _, tier in hits if tier == 0}
        made = {a2 for _, a2, _, tier in hits if tier == 1}
        if len(real) > 1 or (not real and len(made) > 1):
            collisions.append((key, hits))
            warn("%r names %s; dropped (%s)" % (
                key, " and ".join(sorted(real or made)),
                ", ".join("%s:%r→%s" % (l, w, a) for w, a, l, _ in hits)))
            continue
        if real and made - real:
            warn("generated form %r of %s collides with a name of %s; form dropped" % (
                key, "/".join(sorted(made - real)), next(iter(real))))
        a2 = next(iter(real or made))
        keep_tier = 0 if real else 1
        written_forms = []
        for w, a, _, tier in hits:
            if a == a2 and tier == keep_tier and w not in written_forms:
                written_forms.append(w)
        keys[key] = (a2, written_forms)

    for a2, _, name in rows:
        if keys.get(fold_key(name), (None,))[0] != a2:
            sys.exit("generate_country_table: English name %r of %s does not resolve" % (name, a2))
    return rows, index, keys, collisions


def cpp_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def render_table(version, rows, index, keys):
    ordered = sorted(keys, key=lambda k: k.encode("utf-8"))
    max_bytes = max(len(k.encode("utf-8")) for k in ordered)
    out = []
    out.append("// ISO 3166-1 countries and the folded names that find them.\n")
    out.append("// GENERATED by cmake/generate_country_table.py from iso-codes %s: do not edit.\n" % version)
    out.append("// Regenerate with the civic-regenerate-countries target.\n")
    out.append("#pragma once\n#include <civic/config.hpp>\n\n#include <cstddef>\n"
               "#include <cstdint>\n#include <string_view>\n\n")
    out.append("CIVIC_NAMESPACE_BEGIN\nnamespace geo {\nnamespace generated {\n\n")
    out.append("struct country_row {\n    std::string_view alpha2;\n    std::string_view alpha3;\n"
               "    std::string_view name;\n};\n\n")
    out.append("// Sorted by key bytes, so std::lower_bound finds a folded name.\n")
    out.append("struct country_key {\n    std::string_view key;\n    std::uint16_t row;  "
               "// index into countries\n};\n\n")
    out.append("inline constexpr char iso_codes_version[] = %s;\n" % cpp_string(version))
    out.append("inline constexpr std::size_t max_key_bytes = %d;\n\n" % max_bytes)
    out.append("inline constexpr country_row countries[] = {\n")
    for a2, a3, name in rows:
        out.append("    {%s, %s, %s},\n" % (cpp_string(a2), cpp_string(a3), cpp_string(name)))
    out.append("};\n\n")
    out.append("inline constexpr country_key keys[] = {\n")
    for k in ordered:
        out.append("    {%s, %d},\n" % (cpp_string(k), index[keys[k][0]]))
    out.append("};\n\n}  // namespace generated\n}  // namespace geo\nCIVIC_NAMESPACE_END\n")
    return "".join(out)


def render_test_data(version, keys):
    out = []
    out.append("// Every written name behind civic/geo/country_table.hpp, with the key the generator\n")
    out.append("// folded it to: the C++ fold must agree on each one.\n")
    out.append("// GENERATED by cmake/generate_country_table.py from iso-codes %s: do not edit.\n" % version)
    out.append("#pragma once\n\n#include <string_view>\n\nnamespace civic_test {\n\n")
    out.append("struct country_name_case {\n    std::string_view written;\n"
               "    std::string_view key;\n    std::string_view alpha2;\n};\n\n")
    out.append("inline constexpr country_name_case country_names[] = {\n")
    for k in sorted(keys, key=lambda k: k.encode("utf-8")):
        a2, written_forms = keys[k]
        for w in written_forms:
            out.append("    {%s, %s, %s},\n" % (cpp_string(w), cpp_string(k), cpp_string(a2)))
    out.append("};\n\n}  // namespace civic_test\n")
    return "".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    parser.add_argument("--output", default=os.path.join(root, "include", "civic", "geo",
                                                         "country_table.hpp"))
    parser.add_argument("--test-data", metavar="PATH",
                        help="also write the {written, key, alpha2} list the unit test checks")
    args = parser.parse_args()

    version = iso_codes_version(args.json)
    rows, index, keys, collisions = build(args.json, args.locale_dir)
    write_if_changed(args.output, render_table(version, rows, index, keys))
    if args.test_data:
        write_if_changed(args.test_data, render_test_data(version, keys))
    print("generate_country_table: %d countries, %d keys, %d ambiguous keys dropped, iso-codes %s"
          % (len(rows), len(keys), len(collisions), version))


if __name__ == "__main__":
    main()
