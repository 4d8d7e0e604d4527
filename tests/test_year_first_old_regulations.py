"""A regulation numbered serial first before 2015, written year first as EUR-Lex's
summaries write older acts ("Number legal act Regulation 1985/2137" for Regulation (EEC)
No 2137/85): a second part of four digits that no year can be; the act word decides, and a
second part that can be a year keeps the serial-then-year reading."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Legal instrument Regulation\nNumber legal act Regulation 1985/2137\nOriginal proposal",
            [("CELEX:31985R2137", "Regulation 1985/2137")],
        ),
        (
            "de",
            "Rechtsakt: Verordnung 1994/2100 über den gemeinschaftlichen Sortenschutz",
            [("CELEX:31994R2100", "Verordnung 1994/2100")],
        ),
        (
            "fr",
            "le règlement 1992/2913 établissant le code des douanes communautaire",
            [("CELEX:31992R2913", "règlement 1992/2913")],
        ),
        # Negatives: a second part that can be a year (serial then year, as before); a
        # directive or a national decision with such a number.
        ("en", "Regulation 1985/2013 applies", [("CELEX:32013R1985", "Regulation 1985/2013")]),
        ("en", "Directive 1985/2137 applies", []),
        ("nl", "het besluit 1999/2100 van de minister", []),
    ],
)
def test_year_first_old_regulations(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected
