"""A point of an annex numbered on several levels ("point 3.6.5 of Annex II") is one
point's number, which the key drops: never an article's number with its paragraph
("Article 6.1"), and never a second citation of the annex."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "según el anexo II, punto 3.8.2, del Reglamento (CE) n.º 1107/2009, la sustancia",
            [("CELEX:32009R1107:annex-II", "anexo II")],
        ),
        (
            "fr",
            "selon l'annexe II, point 3.8.2, du règlement (CE) no 1107/2009, la substance",
            [("CELEX:32009R1107:annex-II", "annexe II")],
        ),
        (
            "de",
            "gemäß Anhang II Nummer 3.8.2 der Verordnung (EG) Nr. 1107/2009 ist",
            [("CELEX:32009R1107:annex-II", "Anhang II")],
        ),
        # Two levels after a point word: still the point's number.
        (
            "pt",
            "o anexo II, ponto 3.8, do Regulamento (CE) n.º 1107/2009",
            [("CELEX:32009R1107:annex-II", "anexo II")],
        ),
        # After an article word two levels are an article and its paragraph.
        (
            "es",
            "el artículo 6.1 del Reglamento (CE) n.º 1107/2009",
            [("CELEX:32009R1107:6(1)", "artículo 6.1")],
        ),
    ],
)
def test_a_point_numbered_on_levels(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected
