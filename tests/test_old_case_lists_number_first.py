"""Old case numbers (before 1989, no court letter) listed before the number mark and case
word that follow them: hu "a 314/81. és 315/81. sz. egyesített ügyekben" cites both cases,
not the last one only. A number the cases read so is no member of a list of acts before
it ("az 1/2003/EK rendelet és a 6/64. sz. Costa-ügy" is no Regulation No 6/64)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "a 205/82. és 206/82. sz. egyesített ügyekben hozott ítélet",
            ["CJEU:C-205/82", "CJEU:C-206/82"],
        ),
        (
            "hu",
            "a 314/81., 315/81., 316/81. és 83/82. sz. Waterkeyn és társai egyesített ügyekben",
            ["CJEU:C-314/81", "CJEU:C-315/81", "CJEU:C-316/81", "CJEU:C-83/82"],
        ),
        (
            "hu",
            "az 1/2003/EK rendelet és a 26/62. sz. Van Gend en Loos ügy",
            ["CELEX:32003R0001", "CJEU:C-26/62"],
        ),
        (
            "en",
            "Regulation No 17/62 and Case 6/64 Costa",
            ["CELEX:31962R0017", "CJEU:C-6/64"],
        ),
        # national numbers of a later year before the mark are no cases
        ("hu", "a Kúria 2/2019. és 3/2020. sz. jogegységi határozatai", []),
        ("hu", "a 12/2019. és 3/90. sz. ügyekben", []),
    ],
)
def test_old_case_list_before_its_case_word(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
