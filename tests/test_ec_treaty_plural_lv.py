"""Latvian national texts name the EC Treaty with the Communities in the plural:
"Eiropas Kopienu dibināšanas līguma 249.pantu" (a ministry's report) is TEC:249, as
"Eiropas Kopienas dibināšanas līguma" is."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's report: "the Treaty establishing the European Communities", plural
        (
            "Saskaņā ar Eiropas Kopienu dibināšanas līguma 249.pantu direktīvas ir adresētas "
            "dalībvalstīm.",
            ["TEC:249"],
        ),
        ("Eiropas Kopienu dibināšanas līgums", ["TEC"]),
        ("Eiropas Kopienas dibināšanas līguma 81. pants", ["TEC:81"]),
        # the Court of the Communities is no Treaty
        ("Eiropas Kopienu Tiesa", []),
    ],
)
def test_lv_ec_treaty_plural_name(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="lv")] == expected
