"""Names damaged in conversion, still cited:

* a case number that lost its hyphen before the urgent procedure's or an appeal's
  letters and the case word after them (hu "C648/20. PPU. sz. ügy");
* a Treaty's full name glued to the word before it, its space lost (en
  "theTreaty on the Functioning of the European Union");
* ga "Conradh Maastricht ar an Aontas Eorpach" written without the lenition."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a C711/21. PPU. sz. ügyben hozott ítélet", ["CJEU:C-711/21"]),
        ("C711/21. PPU. sz. ügy", ["CJEU:C-711/21"]),
        ("a T312/19. P. sz. ügyben", ["CJEU:T-312/19"]),
        ("a C711/21. sz. ügyben", ["CJEU:C-711/21"]),
    ],
)
def test_hu_case_number_without_hyphen_before_procedure_letters(
    text: str, expected: list[str]
) -> None:
    assert keys(text, "hu") == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 2021. évi PPU. sz. ügy",  # no case number
        "a C711/21. PPU. sz. törvény",  # no case word after it
    ],
)
def test_hu_no_case_without_number_or_case_word(text: str) -> None:
    assert not any(k.startswith("CJEU:") for k in keys(text, "hu"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the obligations under theTreaty on the Functioning of the European Union", ["TFEU"]),
        (
            "under the Treaty on European Union, theTreaty on the Functioning of the European "
            "Union, and Union law",
            ["TEU", "TFEU"],
        ),
        ("as laid down inTreaty on European Union rules", ["TEU"]),
    ],
)
def test_en_treaty_name_glued_to_the_word_before(text: str, expected: list[str]) -> None:
    assert keys(text, "en") == expected


def test_en_national_treaty_glued_is_no_treaty() -> None:
    assert keys("theTreaty of Waitangi", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conradh Maastricht ar an Aontas Eorpach\n\nACHOIMRE AR:", ["TEU"]),
        ("Airteagal 6 den gConradh Maastricht ar an Aontas Eorpach", ["TEU:6"]),
        ("An Conradh ar an Aontas Eorpach", ["TEU"]),
    ],
)
def test_ga_maastricht_unlenited(text: str, expected: list[str]) -> None:
    assert keys(text, "ga") == expected
