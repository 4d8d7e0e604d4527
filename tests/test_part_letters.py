"""Lettered parts of an article cited as points ("artikel 25, onder A) en C)", cs "čl. 25
písm. A) a C)"): their capitals number no point, so they are not cited, like titles and
parts, and the chain goes on over them to its instrument: `…:25`, never the act alone."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Gelet op artikel 25, onder A) en C), van Verordening (EG) nr. 987/2009,"),
        ("cs", "s ohledem na čl. 25 písm. A) a C) nařízení (ES) č. 987/2009,"),
        ("de", "gestützt auf Artikel 25 Buchstaben A) und C) der Verordnung (EG) Nr. 987/2009,"),
        ("en", "Having regard to Article 25, points A) and C), of Regulation (EC) No 987/2009,"),
    ],
)
def test_lettered_parts_are_passed_over(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == ["CELEX:32009R0987:25"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Having regard to Article 25, point (a), of Regulation (EC) No 987/2009,",
            ["CELEX:32009R0987:25(a)"],
        ),
        (
            "en",
            "(AUTHORISATION REQUIREMENT ON THE EXPORT OF DUAL-USE ITEMS NOT LISTED IN ANNEX I) "
            "of Regulation (EU) 2021/821",
            ["CELEX:32021R0821"],
        ),
        (
            "fr",
            "les substances limitées (annexe II) du règlement (UE) 2019/1021",
            ["CELEX:32019R1021:annex-II"],
        ),
    ],
)
def test_small_points_and_annex_numerals_are_unchanged(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
