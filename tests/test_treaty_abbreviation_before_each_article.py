"""The EC Treaty's abbreviation before each article of a list and the article word after
the last, in the languages that write the abbreviation first: hu "EK 43. és EK 48. cikk",
fi "EY 43 ja EY 48 artikla", lt "EB 43 ir EB 48 straipsniai", lv "EKL 43. un EKL 48.
pants". Each number is an article of the Treaty; before, the first was lost (the
abbreviation is also an act number's domain, "2004/38/EK", so it reads no article before
it and none without an article word after the list)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("hu", "Áruk szabad mozgása – EK 28. és EK 30. cikk", ["TEC:28", "TEC:30"]),
        (
            "hu",
            "Előzetes döntéshozatal – Az EK 10., EK 43. és EK 234. cikk értelmezése",
            ["TEC:10", "TEC:43", "TEC:234"],
        ),
        ("fi", "Tavaroiden vapaa liikkuvuus – EY 28 ja EY 30 artikla", ["TEC:28", "TEC:30"]),
        ("lt", "Laisvas prekių judėjimas – EB 28 ir EB 30 straipsniai", ["TEC:28", "TEC:30"]),
        ("lv", "Preču brīva aprite – EKL 28. un EKL 30. pants", ["TEC:28", "TEC:30"]),
    ],
)
def test_abbreviation_before_each_article(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the domain of an act number is no Treaty
        ("hu", "a 2004/38/EK irányelv 5. cikke", ["CELEX:32004L0038:5"]),
        ("fi", "asetuksen (EY) 1907/2006 mukaisesti", ["CELEX:32006R1907"]),
        # a year after the abbreviation is no article (the Treaty has 314)
        ("hu", "az EK 2006. évi jelentése szerint", []),
        # a number with no article word after the list: no article
        ("hu", "Az EK 43 tagállama", []),
    ],
)
def test_no_article(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
