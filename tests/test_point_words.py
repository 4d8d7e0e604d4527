"""Point words abbreviated without their dot before a bare point letter: de "Art. 2 lit b
VO-EG Nr. 261/2004", "Buchst b", cs/sk "písm b", pl "lit b" (the language files write
"lit.", "Buchst.", "písm.")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Das ist gemäß Art. 2 lit b VO-EG Nr. 261/2004 jenes, „das im Rahmen des Vertrages",
            ["CELEX:32004R0261:2(b)"],
        ),
        ("de", "gemäß Art 2 Abs 1 Buchst b VO (EG) Nr. 261/2004", ["CELEX:32004R0261:2(1)(b)"]),
        ("cs", "podle čl. 6 odst. 1 písm b nařízení (EU) 2016/679", ["CELEX:32016R0679:6(1)(b)"]),
        ("sk", "podľa čl. 6 ods. 1 písm f nariadenia (EÚ) 2016/679", ["CELEX:32016R0679:6(1)(f)"]),
        (
            "pl",
            "zgodnie z art. 6 ust. 1 lit b rozporządzenia (UE) 2016/679",
            ["CELEX:32016R0679:6(1)(b)"],
        ),
        # a word after the bare abbreviation is no point label ("bz"): it stops the list
        ("de", "gemäß Art. 2 lit bzw. Art. 3 VO (EG) Nr. 261/2004", ["CELEX:32004R0261:3"]),
    ],
)
def test_point_word_without_its_dot(lang: str, text: str, expected: list[str]) -> None:
    found = citeresolve.extract(text, lang=lang)
    assert [c.key for c in found if ":" in c.key[6:]] == expected
