"""Bare point letters listed before the point word that closes them, number first: lt
"3 straipsnio 3 dalies d, e ir f punktuose", fi "3 artiklan 3 kohdan d ja e
alakohdassa" (points (d), (e) and (f) of Article 3(3)), as lv writes them with brackets
("d), e) un f) apakšpunktā")."""

from __future__ import annotations

import pytest

import citeresolve

_DEF = ["CELEX:32014L0053:3(3)(d)", "CELEX:32014L0053:3(3)(e)", "CELEX:32014L0053:3(3)(f)"]


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "esminiai reikalavimai, nurodyti direktyvos 2014/53/ES 3 straipsnio 3 dalies d, e "
            "ir f punktuose, taikomi",
            _DEF,
        ),
        ("lt", "direktyvos 2014/53/ES 3 straipsnio 3 dalies d ir f punktuose", [_DEF[0], _DEF[2]]),
        (
            "fi",
            "direktiivin 2014/53/EU 3 artiklan 3 kohdan d, e ja f alakohdassa tarkoitetut "
            "olennaiset vaatimukset",
            _DEF,
        ),
        (
            "lv",
            "Direktīvas 2014/53/ES 3. panta 3. punkta d), e) un f) apakšpunktā minētās prasības",
            _DEF,
        ),
    ],
)
def test_letters_a_point_word_closes_are_points(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no point word after the letters: the paragraph alone, as before
        (
            "fi",
            "direktiivin 2014/53/EU 3 artiklan 3 kohdan a ja b mukaan",
            ["CELEX:32014L0053:3(3)"],
        ),
        # a single letter with its point word
        ("lt", "direktyvos 2014/53/ES 3 straipsnio 3 dalies d punkte", [_DEF[0]]),
    ],
)
def test_other_letters_keep_their_reading(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
