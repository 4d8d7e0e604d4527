"""A Treaty named alone, in a title or in the sentence that renames it, in the forms a
language declines it to: fi translative and allative after the official word order
("sopimukseksi Euroopan unionin toiminnasta", "unionin perusoikeuskirjalle"), ga the
short "Conradh AE" and the genitive "an Chonartha ag bunú an Chomhphobail Eorpaigh";
and a Treaty's name glued to a footnote mark after a table's heading (bg "ТАБЛИЦА НА
СЪОТВЕТСТВИЕТО1Договор за Европейския съюз", en "TABLE1Treaty on European Union").
Negatives: a national constitution, a national act's number, a plain "1" between
words."""

from __future__ import annotations

import pytest

from citeresolve import extract

POSITIVE = [
    (
        "fi",
        "Yhteisön perustamissopimus nimetään uudelleen sopimukseksi Euroopan unionin "
        "toiminnasta, ja sillä on sama oikeudellinen arvo.",
        "sopimukseksi Euroopan unionin toiminnasta",
        "TFEU",
    ),
    (
        "fi",
        "Sopimus antaa unionin perusoikeuskirjalle saman oikeudellisen arvon kuin "
        "perussopimuksille.",
        "unionin perusoikeuskirjalle",
        "CFR",
    ),
    (
        "fi",
        "Maastrichtissa allekirjoitettiin sopimus Euroopan unionista vuonna 1992.",
        "sopimus Euroopan unionista",
        "TEU",
    ),
    (
        "ga",
        "Tá an stádas dlíthiúil céanna ag an gCairt agus atá ag Conradh AE féin.",
        "Conradh AE",
        "TEU",
    ),
    (
        "ga",
        "Is é an teideal ná Conradh ag leasú an Chonartha ag Bunú an Chomhphobail "
        "Eorpaigh agus ionstraimí eile.",
        "Chonartha ag Bunú an Chomhphobail Eorpaigh",
        "TEC",
    ),
    (
        "bg",
        "ТАБЛИЦИ НА СЪОТВЕТСТВИЕТО2Договор за Европейския съюз\n\nПредишна номерация",
        "Договор за Европейския съюз",
        "TEU",
    ),
    (
        "en",
        "CORRELATION TABLES1Treaty on European Union\n\nOld numbering",
        "Treaty on European Union",
        "TEU",
    ),
    (
        "es",
        "TABLAS DE CORRESPONDENCIAS3Tratado de la Unión Europea\n\nAntigua numeración",
        "Tratado de la Unión Europea",
        "TEU",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "key"), POSITIVE)
def test_treaty_named_alone(lang: str, text: str, surface: str, key: str) -> None:
    found = [(c.key, text[c.start : c.end]) for c in extract(text, lang=lang)]
    assert (key, surface) in found


NEGATIVE = [
    ("fi", "Suomen perustuslain 22 §:n mukaan perusoikeudet turvataan.", set()),
    ("ga", "Tá an Bunreacht ag cosaint na gceart sin in Éirinn.", set()),
    ("bg", "Закон № 1 за ратифициране е обнародван.", set()),
    ("en", "The Act of 2004 c.1 has no treaty in it.", set()),
]


@pytest.mark.parametrize(("lang", "text", "keys"), NEGATIVE)
def test_no_treaty_named(lang: str, text: str, keys: set[str]) -> None:
    assert {c.key for c in extract(text, lang=lang)} == keys
