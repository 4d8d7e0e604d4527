"""Popular names of acts as Finnish, Estonian, Latvian and Danish practitioners write
them, the Finnish ones with a spaced hyphen before the act word ("Dublin III -asetuksen
17 artiklan 1 kohta"): an article pinned to one is the act's."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Dublin III -asetuksen 17 artiklan 1 kohta antaa harkintavaltaa.",
            ["CELEX:32013R0604:17(1)"],
        ),
        ("lv", "Saskaņā ar Dublinas III regulas 3. panta 2. punktu.", ["CELEX:32013R0604:3(2)"]),
        (
            "fi",
            "Rooma I -asetuksen 6 artiklan 2 kohta suojaa kuluttajaa.",
            ["CELEX:32008R0593:6(2)"],
        ),
        ("et", "Rooma II määruse artikkel 4 sätestab üldnormi.", ["CELEX:32007R0864:4"]),
        (
            "fi",
            "Kuluttajanoikeusdirektiivin 9 artikla koskee peruuttamisoikeutta.",
            ["CELEX:32011L0083:9"],
        ),
        (
            "et",
            "Tarbijaõiguste direktiivi artikkel 9 annab taganemisõiguse.",
            ["CELEX:32011L0083:9"],
        ),
        (
            "lv",
            "Patērētāju tiesību direktīvas 9. pants paredz atteikuma tiesības.",
            ["CELEX:32011L0083:9"],
        ),
        ("lv", "Negodīgas komercprakses direktīvas 5. panta 2. punkts.", ["CELEX:32005L0029:5(2)"]),
        (
            "da",
            "Efter fusionsforordningens artikel 2, stk. 3, er fusionen uforenelig.",
            ["CELEX:32004R0139:2(3)"],
        ),
        (
            "fi",
            "Sulautuma-asetuksen 2 artiklan 3 kohdan mukaan keskittymä on kielletty.",
            ["CELEX:32004R0139:2(3)"],
        ),
        ("da", "Opholdsdirektivets artikel 7, stk. 1, litra b.", ["CELEX:32004L0038:7(1)(b)"]),
        (
            "fi",
            "Paluudirektiivin 15 artiklan 1 kohta rajoittaa säilöönottoa.",
            ["CELEX:32008L0115:15(1)"],
        ),
        ("lv", "Atgriešanas direktīvas 15. panta 1. punkts.", ["CELEX:32008L0115:15(1)"]),
        (
            "fi",
            "Ilmoittajansuojeludirektiivin 5 artikla määrittelee rikkomiset.",
            ["CELEX:32019L1937:5"],
        ),
        # the name with the act's number: one act, not two
        (
            "fi",
            "Asetuksen (EU) N:o 604/2013 (Dublin III -asetus) 3 artikla.",
            ["CELEX:32013R0604:3"],
        ),
    ],
)
def test_nordic_baltic_popular_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
