"""The word for an unnumbered paragraph cited by its position is read in the
instrumental case too (pl "zgodnie z art. 288, akapitem 4 TFUE", cs "odstavcem", sk
"odsekom"): a paragraph of the article, as in the nominative."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Zgodnie z art. 288, akapitem 4 Traktatu o funkcjonowaniu Unii Europejskiej "
            "(TFUE) do wiążących aktów prawa pochodnego należą dyrektywy.",
            ["TFEU:288(4)"],
        ),
        (
            "pl",
            "Zgodnie z art. 288 akapitem czwartym TFUE dyrektywa wiąże co do rezultatu.",
            ["TFEU:288(4)"],
        ),
        (
            "pl",
            "Zgodnie z art. 17 ust. 1 akapitem drugim rozporządzenia (UE) nr 1380/2013 "
            "państwa członkowskie stosują kryteria.",
            ["CELEX:32013R1380:17(1)"],
        ),
        (
            "cs",
            "V souladu s článkem 288 odstavcem 3 Smlouvy o fungování Evropské unie je "
            "směrnice závazná.",
            ["TFEU:288(3)"],
        ),
        (
            "sk",
            "V súlade s článkom 288 odsekom 3 Zmluvy o fungovaní Európskej únie je "
            "smernica záväzná.",
            ["TFEU:288(3)"],
        ),
    ],
)
def test_position_word_instrumental(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
