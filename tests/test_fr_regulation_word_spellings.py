"""French web pages, product notices and labels write the regulation's word with an
acute accent or none ("réglement européen UE 2016/425", "le reglement (UE) 2016/679"):
both spellings are act words of the French data beside "règlement"; "réglementation"
(rules in general) and the Dutch and Danish "reglement" (rules of procedure) stay no act
word."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str = "fr") -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La fabrication d’Equipements de Protection Individuelle (EPI) est régit par le "
            "réglement européen UE 2016/425.",
            ["CELEX:32016R0425"],
        ),
        (
            "Chaque vêtement est livré avec une notice d’utilisation garantissant qu’ils "
            "satisfont aux dispositions essentielles du réglement UE 2016/425.",
            ["CELEX:32016R0425"],
        ),
        ("Réglement (CE) n° 1907/2006 (REACH), article 31", ["CELEX:32006R1907:31"]),
        ("conformément à l'article 6 du reglement (UE) 2016/679", ["CELEX:32016R0679:6"]),
        ("les réglements (UE) 2017/745 et 2017/746", ["CELEX:32017R0745", "CELEX:32017R0746"]),
        # the accented word as written in EU texts, unchanged
        ("le règlement (UE) 2016/679", ["CELEX:32016R0679"]),
        # rules in general, a national regulation, another language's word
        ("la réglementation 2016/679 du secteur", []),
        ("le réglement intérieur de l'association du 12 mars 2019", []),
    ],
)
def test_french_regulation_word_spellings(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "het reglement 2016/679 van de vereniging"), ("da", "reglement 2016/679")],
)
def test_other_languages_reglement_is_no_act_word(lang: str, text: str) -> None:
    assert keys(text, lang) == []
