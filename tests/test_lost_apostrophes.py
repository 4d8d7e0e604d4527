"""Text converted without its apostrophes writes an elision as a space (it "trattato sul
funzionamento dell Unione europea", "in particolare l articolo 5", fr "de l Union
européenne"): a phrase's apostrophe after a letter also matches a space, and at the
phrase's end only before a vowel or h, where elision happens (it "lettera l del
regolamento" is point l, no determiner). A visa that lost its line break before a
recital number ("paragrafo 5, (3) Per garantire") ends there: the paragraphs of one
list go up."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


R1829 = "CELEX:32003R1829"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "visto il trattato sul funzionamento dell Unione europea, visto il regolamento (CE) "
            "n. 1829/2003, in particolare l articolo 5, paragrafo 7, e l articolo 11, "
            "paragrafo 5, (3) Per garantire la coerenza",
            ["TFEU", R1829, f"{R1829}:5(7)", f"{R1829}:11(5)"],
        ),
        (
            "fr",
            "vu le traité sur le fonctionnement de l Union européenne, et notamment son "
            "article 16,",
            ["TFEU", "TFEU:16"],
        ),
        (
            "it",
            "vista la Carta dei diritti fondamentali dell Unione europea, in particolare l "
            "articolo 8,",
            ["CFR", "CFR:8"],
        ),
        ("ga", "de bhun d Airteagal 5 de Rialachán (AE) 2016/679", ["CELEX:32016R0679:5"]),
    ],
)
def test_an_elision_written_as_a_space(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a letter before a consonant is no elision: point l
        (
            "it",
            "all articolo 5, lettera l del regolamento (UE) 2016/679",
            ["CELEX:32016R0679:5(l)"],
        ),
        ("fr", "l'article 5, point l du règlement (UE) 2016/679", ["CELEX:32016R0679:5(l)"]),
        # a list of paragraphs going up is still one list
        (
            "en",
            "Article 23(3), (5) and (6) of Regulation (EC) No 1829/2003",
            [f"{R1829}:23(3)", f"{R1829}:23(5)", f"{R1829}:23(6)"],
        ),
    ],
)
def test_no_elision_before_a_consonant(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
