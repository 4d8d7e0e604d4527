"""A chain after a demonstrative ("this", lv "šajā", lt "šiame") that repeats the units
cited just before in the same sentence is that instrument's again: lv "… Direktīvas (ES)
2019/904 … 5. panta un 15. apsvēruma pieņemšanu, ciktāl šajā 5. pantā un 15. apsvērumā
…" cites Article 5 and recital 15 of the directive twice."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "lv",
            "Ar prasību, kas pamatota ar LESD 268. pantu, prasītājas lūdz atlīdzināt kaitējumu,"
            " kas nodarīts ar Direktīvas (ES) 2019/904 (OV 2019, L 155, 1. lpp.) 8. panta un 12."
            " apsvēruma pieņemšanu, ciktāl šajā 8. pantā un 12. apsvērumā paredzētais aizliegums"
            " attiecas uz ražotājiem.",
            [
                "TFEU:268",
                "OJ:L:2019:155:1",
                "CELEX:32019L0904:8",
                "CELEX:32019L0904:recital-12",
                "CELEX:32019L0904:8",
                "CELEX:32019L0904:recital-12",
            ],
        ),
        (
            "lt",
            "Ieškiniu, pagrįstu SESV 268 straipsniu, prašoma atlyginti žalą dėl Direktyvos (ES)"
            " 2019/904 8 straipsnio priėmimo, kiek šiame 8 straipsnyje numatyta pareiga taikoma"
            " gamintojams.",
            ["TFEU:268", "CELEX:32019L0904:8", "CELEX:32019L0904:8"],
        ),
        (
            "en",
            "By its action under Article 268 TFEU, the applicant seeks compensation for the"
            " adoption of Article 8 of Directive (EU) 2019/904, in so far as this Article 8"
            " imposes an obligation on producers.",
            ["TFEU:268", "CELEX:32019L0904:8", "CELEX:32019L0904:8"],
        ),
    ],
)
def test_a_demonstrative_repeats_the_units_before(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_another_article_after_the_demonstrative_is_not_repeated() -> None:
    text = (
        "Ar prasību, kas pamatota ar LESD 268. pantu, prasītājas lūdz atlīdzināt kaitējumu, kas"
        " nodarīts ar Direktīvas (ES) 2019/904 (OV 2019, L 155, 1. lpp.) 8. panta pieņemšanu,"
        " ciktāl šajā 9. pantā paredzētais aizliegums attiecas uz ražotājiem."
    )
    assert "CELEX:32019L0904:9" not in _keys(text, "lv")
