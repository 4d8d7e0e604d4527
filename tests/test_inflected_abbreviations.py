"""Abbreviated paragraph, point and article words with a case ending after a hyphen, as
Estonian courts write them ("art 27 lg-le 3", "lg-st 3", "p-s b": lõikele, lõikest,
punktis), read as the words they abbreviate (``abbreviation_endings``); and the
paragraph words with case endings of the other number-first or genitive languages (hu,
fi, lv, lt), which their word lists already hold."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "et",
            "Kaebaja tugines määruse (EL) nr 604/2013 art 29 lg-le 2, mitte art 27 lg-st 1.",
            ["CELEX:32013R0604:29(2)", "CELEX:32013R0604:27(1)"],
        ),
        (
            "et",
            "Isikuandmete töötlemine on lubatud määruse (EL) 2016/679 art 6 lg-s 1 p-st e.",
            ["CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "et",
            "Direktiivi 2004/38/EÜ art-s 7 lg-s 1 p-s b nimetatud tingimus on täidetud.",
            ["CELEX:32004L0038:7(1)(b)"],
        ),
        (
            "hu",
            "Az 1408/71/EGK rendelet 13. cikkének (2) bekezdésében foglalt szabály irányadó.",
            ["CELEX:31971R1408:13(2)"],
        ),
        (
            "fi",
            "Direktiivin 2004/38/EY 7 artiklan 1 kohdassa ja 24 artiklan 2 kohdasta ilmenee.",
            ["CELEX:32004L0038:7(1)", "CELEX:32004L0038:24(2)"],
        ),
        (
            "lv",
            "Direktīvas 2004/38/EK 7. panta 1. punktā un 24. panta 2. punktam atbilstoši.",
            ["CELEX:32004L0038:7(1)", "CELEX:32004L0038:24(2)"],
        ),
        (
            "lt",
            "Direktyvos 2004/38/EB 7 straipsnio 1 dalyje ir 24 straipsnio 2 dalimi remiantis.",
            ["CELEX:32004L0038:7(1)", "CELEX:32004L0038:24(2)"],
        ),
    ],
)
def test_inflected_paragraph_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    "text",
    [
        # a national code's section: no EU instrument
        "Vastavalt TsMS § 488 lg-st 5 ja VÕS § 71 lg-le 2 tuleb kaebus tagastada.",
        # the judgment's own points ("p-d"), no article
        "Kohus on seda varem selgitanud (p-d 16, 17 ja 20).",
    ],
)
def test_et_no_eu_citation(text: str) -> None:
    assert _keys(text, "et") == []


def test_et_ending_needs_a_number_after_it() -> None:
    # "lg-le" before a word is no paragraph: the chain is the article alone
    assert _keys("Määruse (EL) 2016/679 art 6 lg-le vastavalt.", "et") == ["CELEX:32016R0679:6"]
