"""An article heading on a line of its own is not the first unit of the chain on the
next line: an explanatory memorandum's "Article 7" (of the bill) above "Article 5 of
Directive 2011/16/EU is transposed …" cites Article 5 only. A chain wrapped over two
lines still goes on (with its connector, or a lower-case or non-article word)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Article 7\nArticle 5 of Directive 2011/16/EU is transposed by this provision.",
            ["CELEX:32011L0016:5"],
        ),
        (
            "nl",
            "Artikel 2.2\nDe artikelen 5 tot en met 7 van Richtlijn (EU) 2022/2523 worden "
            "hiermee omgezet.",
            ["CELEX:32022L2523:5-7"],
        ),
        (
            "de",
            "Artikel 4\nDie Artikel 21 und 23 der Richtlinie (EU) 2022/2555 werden durch "
            "diese Vorschrift umgesetzt.",
            ["CELEX:32022L2555:21", "CELEX:32022L2555:23"],
        ),
        (
            "fr",
            "Article 3\nLes articles 5 à 7 de la directive (UE) 2019/1937 sont transposés "
            "par cet article.",
            ["CELEX:32019L1937:5-7"],
        ),
    ],
)
def test_a_heading_is_not_joined_to_the_next_line(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Die Widersprechende stützte sich auf Artikel 8 Absatz 1\nBuchstabe b der "
            "Verordnung (EU) 2017/1001.",
            ["CELEX:32017R1001:8(1)(b)"],
        ),
        (
            "en",
            "This applies to Articles 5 and\nArticle 7 of Directive 2011/16/EU.",
            ["CELEX:32011L0016:5", "CELEX:32011L0016:7"],
        ),
        (
            "nl",
            "Dit volgt uit artikel 5,\nartikel 7 en artikel 9 van Richtlijn 2011/16/EU.",
            ["CELEX:32011L0016:5", "CELEX:32011L0016:7", "CELEX:32011L0016:9"],
        ),
    ],
)
def test_a_wrapped_chain_goes_on(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
