""" "thereof" points to the instrument its clause is about. A name that only completed
an article cited earlier in the clause ("brought under Article 270 TFEU") is not that
instrument when the clause names another one before the chain ("applicable to the EAEC
Treaty pursuant to Article 106a thereof" is `EAEC:106a`). The Euratom Treaty by its
abbreviation ("EAEC Treaty", fr "traité CEEA") and in Maltese spellings is a name."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Action brought under Article 270 TFEU, applicable to the EAEC Treaty "
            "pursuant to Article 106a thereof, for annulment of the decision",
        ),
        (
            "fr",
            "Recours introduit au titre de l'article 270 TFUE, applicable au traité CEEA "
            "en vertu de l'article 106 bis de celui-ci, et tendant à l'annulation",
        ),
        (
            "it",
            "Ricorso proposto ai sensi dell'articolo 270 TFUE, applicabile al trattato CEEA "
            "in forza dell'articolo 106 bis dello stesso, diretto all'annullamento",
        ),
        (
            "es",
            "Recurso interpuesto con arreglo al artículo 270 TFUE, aplicable al Tratado CEEA "
            "en virtud del artículo 106 bis del mismo, por el que se solicita",
        ),
    ],
)
def test_thereof_is_the_treaty_named_after_a_completed_article(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TFEU:270", "EAEC", "EAEC:106a"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the name the clause opens with is still its head
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union, and in "
            "particular Article 114 thereof,",
            ["TFEU", "TFEU:114"],
        ),
        # no other instrument in the clause: the completed name is the only candidate
        (
            "en",
            "as set out in Article 16 TFEU and in Article 8 thereof",
            ["TFEU:16", "TFEU:8"],
        ),
    ],
)
def test_thereof_otherwise_unchanged(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "skond l-Artikolu 191 tat-Trattat li jistabbilixxi l-Komunità Ewropea ta' l-Enerġija "
        "Atomika (KEEA), l-Unjoni",
        "skond l-Artikolu 191 tat-Trattat li jistabbilixxi l-Komunita' Ewropea ta' l-Enerġija "
        "Atomika, l-Unjoni",
        "skond l-Artikolu 191 tat-Trattat KEEA, l-Unjoni",
    ],
)
def test_maltese_euratom_treaty_spellings(text: str) -> None:
    assert keys(text, "mt") == ["EAEC:191"]
