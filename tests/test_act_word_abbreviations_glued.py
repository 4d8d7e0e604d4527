"""Abbreviated act words, as language data: pl "RozpWE" / "DyrUE" (act word and domain
written as one word, even glued to the number: "RozpWE1370/2007"), fi "NDir" / "KDir" /
"EPNDir" (neuvoston, komission, Euroopan parlamentin ja neuvoston direktiivi, as Finnish
statute notes cite directives). A number written with its adoption date and no year
(ro "Regulamentul 1060/24-iun-2021", a database's title) is no act number (round 8, 13,
15 and 17 reviews)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Przepisy RozpWE1370/2007 omówiono osobno.", ["CELEX:32007R1370"]),
        ("pl", "Zgodnie z RozpUE 2016/679 administrator danych", ["CELEX:32016R0679"]),
        ("pl", "wdrożenie DyrWE 2004/18 do prawa krajowego", ["CELEX:32004L0018"]),
        ("fi", "NDir 2013/59/Euratom säteilysuojelusta", ["CELEX:32013L0059"]),
        ("fi", "EPNDir 2008/98/EY jätteistä ja tiettyjen direktiivien", ["CELEX:32008L0098"]),
        ("fi", "KDir 2006/141/EY (32006L0141); EUVL L 401", ["CELEX:32006L0141"]),
    ],
)
def test_abbreviated_act_words(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Ustawa Nr. 12/1999 z dnia 5 marca"),
        ("fi", "laki 12/1999 ja asetus 1.1.2020"),
        ("fi", "standardi SFS-EN 1090-2/2018"),
        ("ro", "Regulamentul 1060/24-iun-2021 privind dispoziţiile comune"),
        ("ro", "Legea nr. 98/19-mai-2016 privind achiziţiile publice"),
    ],
)
def test_no_eu_act(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
