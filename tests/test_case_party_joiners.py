"""An old case number in brackets after parties' names joined as the literature writes them:
a slash ("Costa/ENEL (6/64)"), or, after a case word, "&", a dash or a conjunction
("el asunto COSTA y E.N.E.L (6/64)") (families/case_parties.py)."""

from __future__ import annotations

import pytest

import citeresolve


def cases(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (c.key, text[c.start : c.end])
        for c in citeresolve.extract(text, lang=lang)
        if c.type == "case"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "— de 5 de febrero de 1963, en el asunto VAN GEND & LOOS (26/62) — de 15 de julio "
            "de 1964, en el asunto COSTA y E.N.E.L (6/64) —",
            [("CJEU:C-26/62", "26/62"), ("CJEU:C-6/64", "6/64")],
        ),
        (
            "es",
            "de 16 de diciembre de 1976, as. REWE - Zentralfinanz y Rewe-Zentral (33/76) y",
            [("CJEU:C-33/76", "33/76")],
        ),
        (
            "de",
            "Schon das Urteil Costa/ENEL (6/64) begründete den Vorrang.",
            [("CJEU:C-6/64", "6/64")],
        ),
        (
            "nl",
            "Sinds het arrest Costa/ENEL (6/64) staat de voorrang vast.",
            [("CJEU:C-6/64", "6/64")],
        ),
        (
            "en",
            "the Court's ruling in Case Van Gend & Loos (26/62) established direct effect",
            [("CJEU:C-26/62", "26/62")],
        ),
        (
            "fr",
            "dans l'affaire Defrenne et Sabena (43/75), la Cour a jugé",
            [("CJEU:C-43/75", "43/75")],
        ),
    ],
)
def test_case_after_joined_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a slash inside one word is no joiner of names
        ("de", "die Richtlinie über Produkthaftung (85/37) gilt"),
        # the case word's name runs into a digit: the bracket is too far from it
        ("es", "en el asunto tratado en 1990 y la Directiva (77/62)"),
        # a lower-case word after the case word is no name
        ("en", "in that case the directive (77/62) applies"),
    ],
)
def test_what_is_no_case_after_joined_names(lang: str, text: str) -> None:
    assert cases(text, lang) == []
