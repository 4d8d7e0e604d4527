"""The Treaty on European Union called "the Treaty establishing the European Union" in
Slovak and Czech national texts (sk "čl. 2 Zmluvy o založení Európskej únie", cs "čl. 2
Smlouvy o založení Evropské unie") is the EU Treaty, not the EC Treaty the bare treaty
word would point back to; the EC Treaty's own founding name still reads as before."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "Zmluva o založení Európskeho spoločenstva. Je upravená v čl. 2 Zmluvy o založení "
            "Európskej únie v platnom znení.",
            ["TEC", "TEU:2"],
        ),
        (
            "cs",
            "Smlouva o založení Evropského společenství. Je upravena v čl. 2 Smlouvy o založení "
            "Evropské unie v platném znění.",
            ["TEC", "TEU:2"],
        ),
        (
            "sk",
            "Zmluva o založení Európskeho spoločenstva a Zmluva o založení Európskej únie",
            ["TEC", "TEU"],
        ),
        (
            "cs",
            "Podle čl. 2 Smlouvy o založení Evropského společenství",
            ["TEC:2"],
        ),
    ],
)
def test_the_founding_name_of_the_union_is_the_eu_treaty(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
