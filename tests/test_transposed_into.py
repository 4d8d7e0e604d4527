"""An article right after the words that say an instrument is transposed into it is
the national law's (language field ``transposed_into``): a Dutch explanatory
memorandum's "De artikelen 5 tot en met 7 van de richtlijn zijn omgezet in artikel 2.2"
cites Articles 5 to 7 only, not "Article 2(2)" of the directive. An instrument named
after that article still takes it."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Richtlijn (EU) 2022/2523 (hierna: de richtlijn) is bindend. De artikelen 5 tot "
            "en met 7 van de richtlijn zijn omgezet in artikel 2.2.",
            ["CELEX:32022L2523", "CELEX:32022L2523:5-7"],
        ),
        (
            "en",
            "Article 12 of Directive (EU) 2019/1937 is transposed by Article 4.",
            ["CELEX:32019L1937:12"],
        ),
        (
            "de",
            "Artikel 21 Absatz 2 der Richtlinie (EU) 2022/2555 wird umgesetzt durch Artikel 3.",
            ["CELEX:32022L2555:21(2)"],
        ),
        (
            "fr",
            "Les articles 5 et 6 de la directive (UE) 2019/1937 sont transposés à l'article 8.",
            ["CELEX:32019L1937:5", "CELEX:32019L1937:6"],
        ),
    ],
)
def test_the_article_a_directive_is_transposed_into(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Article 5 of Directive 2011/16/EU, as implemented by Article 7 of Regulation "
            "(EU) 2016/679, applies.",
            ["CELEX:32011L0016:5", "CELEX:32016R0679:7"],
        ),
        (
            "nl",
            "Richtlijn 2011/16/EU is omgezet in artikel 3 van Richtlijn (EU) 2018/822.",
            ["CELEX:32011L0016", "CELEX:32018L0822:3"],
        ),
    ],
)
def test_an_instrument_after_the_article_still_takes_it(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
