"""Finnish writes a point right after its article with the paragraph word: "168 artikla
c kohta", "169 artiklan a kohdassa". A letter numbers no paragraph, so the paragraph
word after a bare letter right after the article word names the point."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Palautusoikeus vastasi sitä, mitä säädetään arvonlisäverodirektiivin 168 artiklan "
            "b kohdassa.",
            ["CELEX:32006L0112:168(b)"],
        ),
        (
            "Sovelletut säännökset: direktiivin 2006/112/EY 2 artikla 1 kohta a alakohta, "
            "170 artikla b kohta sekä 171 artikla a kohta",
            ["CELEX:32006L0112:2(1)(a)", "CELEX:32006L0112:170(b)", "CELEX:32006L0112:171(a)"],
        ),
        (
            "asetuksen (EU) 2016/679 9 artiklan e kohdan mukaisesti",
            ["CELEX:32016R0679:9(e)"],
        ),
        # unchanged: a numbered paragraph and its point, a point word after the letter
        (
            "asetuksen (EU) 2016/679 6 artiklan 1 kohdan c alakohta",
            ["CELEX:32016R0679:6(1)(c)"],
        ),
        ("arvonlisäverodirektiivin 169 artiklan a alakohdassa", ["CELEX:32006L0112:169(a)"]),
        ("asetuksen (EU) 2016/679 17 artiklan 3 kohdassa", ["CELEX:32016R0679:17(3)"]),
    ],
)
def test_a_point_letter_before_the_paragraph_word(text: str, expected: list[str]) -> None:
    assert keys(text, "fi") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a capital is no point: the Refugee Convention's Article 1D
        (
            "fi",
            "pakolaisten oikeusasemaa koskevan Geneven yleissopimuksen 1 artiklan D kohta",
            ["REFUGEE-CONVENTION:1"],
        ),
        # letters a point word closes, as before
        (
            "fi",
            "asetuksen (EU) 2016/679 4 artiklan a ja b alakohta",
            ["CELEX:32016R0679:4(a)", "CELEX:32016R0679:4(b)"],
        ),
        # national law's sections and points stay out
        ("fi", "Arvonlisäverolaki 131 § 1 momentti 2 kohta", []),
        # other number-first languages: a paragraph number after the letter
        ("hu", "a 2016/679/EU rendelet 6. cikk a (2) bekezdés", ["CELEX:32016R0679:6(2)"]),
        (
            "lv",
            "Regulas (ES) 2016/679 6. panta 1. punkta c) apakšpunkts",
            ["CELEX:32016R0679:6(1)(c)"],
        ),
    ],
)
def test_unchanged(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
