"""An identifier's letters typed in Cyrillic or Greek look-alikes, with no Latin letter
in the word to tell its script ("СОМ(2021) 206", "А9-0302/2021", "Р9_ТА(2020)0318",
el "Α9-0302/2021"): read in Latin before an identifier's shape only. The Bulgarian
OJ abbreviation "ОВ" and the domain "(ЕС)" stay Cyrillic, and the view keeps its
length."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.text.homoglyphs import fold_homoglyphs


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("bg", "Повече информация: СОМ(2021) 206 final.", ["COM(2021)206"]),
        ("bg", "като взе предвид доклада на комисията (А9-0302/2021),", ["A-9-2021-0302"]),
        ("bg", "(3) Приети текстове, Р9_ТА(2020)0318.", ["TA-9-2020-0318"]),
        ("bg", "Съвместно предложение за резолюция RC-В9-0065/2022", ["RC-9-2022-0065"]),
        ("el", "έχοντας υπόψη την έκθεση της Επιτροπής (Α9-0302/2021),", ["A-9-2021-0302"]),
        (
            "bg",
            "Регламент (ЕС) 2016/679 (ОВ L 119, 4.5.2016 г., стр. 1)",
            ["CELEX:32016R0679", "OJ:L:2016:119:1"],
        ),
    ],
)
def test_lookalike_identifier(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


def test_only_identifier_shapes_are_folded() -> None:
    text = "СОМ(2021) 206, ОВ L 119, (ЕС) и СОМ 206"
    folded = fold_homoglyphs(text)
    assert len(folded) == len(text)
    assert folded == "COM(2021) 206, ОВ L 119, (ЕС) и СОМ 206"
