"""Italian "TCEE" (trattato CEE) before an old article number, as course materials write
it: "Il rinvio pregiudiziale, disciplinato dall’art. 267 TFUE (già art. 177 TCEE nonché
art. 234 TCE)" lost Article 177. It is the EEC Treaty (TEC), read abroad as every
language's treaty abbreviations are (es "artículo 85 TCEE", fr "l'article 177 TCEE").
"TCE" stays out of the Italian list: alone it also names the Constitutional Treaty."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Il rinvio pregiudiziale, disciplinato dall’art. 267 TFUE (già art. 177 TCEE nonché "
            "art. 234 TCE), rappresenta senza dubbio l’istituto giuridico di maggiore notorietà",
            [("TFEU:267", "art. 267"), ("TEC:177", "art. 177"), ("TEC:234", "art. 234")],
        ),
        ("it", "il divieto di intese di cui all'art. 85 TCEE", [("TEC:85", "art. 85")]),
        ("es", "el artículo 85 TCEE prohibía los acuerdos", [("TEC:85", "artículo 85")]),
        ("fr", "au sens de l'article 177 TCEE", [("TEC:177", "article 177")]),
        # negatives: a word that contains the letters, a lower-case form
        ("it", "l'art. 5 del regolamento TCEEX", []),
        ("it", "l'art. 5 tcee", []),
    ],
)
def test_tcee(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected
