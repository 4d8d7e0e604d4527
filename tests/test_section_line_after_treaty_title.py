"""A national law's section line under its title: the title ends with a Treaty's name
and the next line opens with the law's own article, then a sentence ("1.pants. 2007.gada
…", "Article 1. The Treaty …"). That article is the law's, not the Treaty's; the Treaty
named in the title stays cited. A genitive wrapped to the next line with no sentence
starting after the article (lv "… līguma", a line break, "1.pants nosaka") and a
genitive on the same line still own the article."""

from __future__ import annotations

import pytest

from citeresolve import extract

SECTION_LINES = [
    (
        "lv",
        "Par grozījumiem Eiropas Kopienas dibināšanas līgumu\n"
        "1.pants. Saeima apstiprina 2007.gada 13.decembrī parakstīto līgumu.",
        "TEC",
    ),
    (
        "en",
        "An Act to approve the amendments to the Treaty on European Union\n"
        "Article 1. The amendments signed at Lisbon are approved.",
        "TEU",
    ),
    (
        "fi",
        "Laki Euroopan unionista tehdyn sopimuksen muuttamisesta\n"
        "1 artikla. Lissabonissa allekirjoitettu sopimus hyväksytään.",
        "TEU",
    ),
    (
        "lt",
        "Įstatymas dėl Europos bendrijos steigimo sutarties\n"
        "1 straipsnis. Ratifikuoti 2007 m. pasirašytą sutartį.",
        "TEC",
    ),
]


@pytest.mark.parametrize(("lang", "text", "treaty"), SECTION_LINES)
def test_section_line_is_not_the_treaty_article(lang: str, text: str, treaty: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == [treaty]


OWNED = [
    ("lv", "Eiropas Kopienas dibināšanas līguma\n1.pants nosaka Kopienas uzdevumus.", "TEC:1"),
    ("lv", "Eiropas Kopienas dibināšanas līguma 1.pants. Tas nosaka uzdevumus.", "TEC:1"),
    ("fi", "Euroopan unionista tehdyn sopimuksen\n1 artiklan mukaan unioni perustetaan.", "TEU:1"),
    ("lt", "Europos bendrijos steigimo sutarties\n1 straipsnio nuostatos taikomos.", "TEC:1"),
]


@pytest.mark.parametrize(("lang", "text", "key"), OWNED)
def test_wrapped_genitive_still_owns_the_article(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]
