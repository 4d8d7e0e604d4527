"""An instrument named right after an elided article (fr "l'accord de Paris", it
"dell'accordo di Parigi"): the apostrophe glued to a letter ends the article, it opens
no quotation, so the name is cited, not read as a short name being defined."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "– vu l'accord de Paris conclu le 12 décembre 2015 à la COP 21,",
            ["PARIS-AGREEMENT"],
        ),
        (
            "fr",
            "Les engagements pris au titre de l'accord de Paris restent insuffisants.",
            ["PARIS-AGREEMENT"],
        ),
        ("it", "– visto l'accordo di Parigi sui cambiamenti climatici,", ["PARIS-AGREEMENT"]),
        (
            "it",
            "gli obiettivi dell'accordo di Parigi non sono ancora raggiunti",
            ["PARIS-AGREEMENT"],
        ),
        ("en", "– having regard to the Paris Agreement concluded at COP 21,", ["PARIS-AGREEMENT"]),
        (
            "nl",
            "– gezien de Overeenkomst van Parijs die op COP 21 is gesloten,",
            ["PARIS-AGREEMENT"],
        ),
    ],
)
def test_name_after_elided_article_is_cited(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a quotation mark set apart still opens a defined short name
        ("fr", "(ci-après l'« accord de Paris »)"),
        ("en", "the United Nations Framework Convention (the 'Paris Agreement')"),
    ],
)
def test_quoted_short_name_is_still_a_definition(lang: str, text: str) -> None:
    assert keys(text, lang) == []
