"""A numbered Protocol with its title, subject of the sentence that cites its article
("Protocol (No 22) on the position of Denmark annexed to the Treaties provides in
Article 5", de "Das Protokoll (Nr. 22) über die Position Dänemarks sieht in Artikel 5
vor"): the title's words with a capital (a country, "the Treaties") stood between the
Protocol and the article, and the article was left without an instrument. The title
opens with one of the language's [protocols] title_openers; another instrument named
after the title, or a capital word left after it, still keeps the article away."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Protocol (No 21) on the position of the United Kingdom and Ireland annexed to "
            "the Treaties lays down in Article 3 the procedure for a notification.",
            ["PROTOCOL-21", "PROTOCOL-21:3"],
        ),
        (
            "en",
            "Protocol (No 22) on the position of Denmark states, in Article 4, first "
            "paragraph, the period within which Denmark shall decide.",
            ["PROTOCOL-22", "PROTOCOL-22:4(1)"],
        ),
        (
            "de",
            "Das Protokoll (Nr. 21) über die Position des Vereinigten Königreichs und Irlands "
            "regelt in Artikel 3 die Mitteilung der Teilnahme.",
            ["PROTOCOL-21", "PROTOCOL-21:3"],
        ),
        (
            "fr",
            "Le protocole (no 22) sur la position du Danemark dispose à l'article 4 que le "
            "Danemark décide dans un délai de six mois.",
            ["PROTOCOL-22", "PROTOCOL-22:4"],
        ),
        (
            "nl",
            "Protocol (nr. 21) betreffende de positie van het Verenigd Koninkrijk en Ierland "
            "regelt in artikel 3 de kennisgeving.",
            ["PROTOCOL-21", "PROTOCOL-21:3"],
        ),
        (
            "cs",
            "Protokol (č. 22) o postavení Dánska upravuje v článku 4 lhůtu pro rozhodnutí.",
            ["PROTOCOL-22", "PROTOCOL-22:4"],
        ),
    ],
)
def test_title_between_protocol_and_article(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a national law named after the title owns the article
        (
            "en",
            "Protocol (No 22) on the position of Denmark was discussed; the Danish Act on "
            "Courts provides in Article 5 that judges sit alone.",
            ["PROTOCOL-22"],
        ),
        (
            "de",
            "Das Protokoll (Nr. 22) über die Position Dänemarks gilt neben dem Grundgesetz, "
            "das in Artikel 5 die Pressefreiheit schützt.",
            ["PROTOCOL-22"],
        ),
        # no title opener: the capital word stays a gap of another phrase
        (
            "fr",
            "Le protocole (no 22) et la Constitution danoise prévoient à l'article 20 un "
            "référendum.",
            ["PROTOCOL-22"],
        ),
    ],
)
def test_other_instrument_after_the_title(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Teismas, turėdamas jurisdikciją pagal Protokolo Nr. 4 dėl Europos centrinių "
            "bankų sistemos ir Europos Centrinio Banko statuto, pridėto prie SESV (toliau – "
            "ECBS ir ECB statutas)(3), 14 straipsnio 2 dalį, nagrinėja ieškinius.",
            ["TFEU", "PROTOCOL-4:14(2)"],
        ),
        (
            "lv",
            "Tiesa saskaņā ar Protokolu Nr. 4 par Eiropas Centrālo banku sistēmas un Eiropas "
            "Centrālās bankas statūtiem (turpmāk – ECBS un ECB statūti)(2), 14. panta 2. "
            "punktu izskata prasības.",
            ["PROTOCOL-4:14(2)"],
        ),
        (
            "lt",
            "Teismas rėmėsi Reglamento (ES) 2016/679 (toliau – BDAR)(7), 6 straipsniu.",
            ["CELEX:32016R0679:6"],
        ),
        # a national code defined with its footnote marker: no EU citation
        (
            "lt",
            "Teismas rėmėsi Baudžiamojo proceso kodekso (toliau – BPK)(2), 29 straipsniu.",
            [],
        ),
        (
            "hu",
            "A büntetőeljárásról szóló törvény (a továbbiakban: Be.)(3) 29. §-a szerint jár el.",
            [],
        ),
    ],
)
def test_definition_with_footnote_marker(lang: str, text: str, expected: list[str]) -> None:
    """A definition naming the Protocol (or act) it defines, then a footnote marker
    glued to its bracket, before the article: the defined instrument's article."""
    assert _keys(text, lang) == expected
