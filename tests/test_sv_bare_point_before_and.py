"""Swedish writes points as bare letters after a dotted paragraph ("artikel 4.2 viii") and
its preposition "i" ("in") is also the numeral i: before "och"/"eller" and the next point
("artikel 4.2 i och 4.2 viii i förordning …") it is point (i) of a list, never "in", also
where "i" stands before the article word too ("definitionen i artikel …"); before a word
("artikel 4.2 i förordning …") it stays "in". Only Swedish writes bare point letters."""

from __future__ import annotations

import pytest

import citeresolve

EBA = "CELEX:32010R1093"


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="sv")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "behöriga myndigheter enligt definitionen i artikel 4.2 i och 4.2 viii i förordning "
            "(EU) nr 1093/2010 och finansiella institut",
            [f"{EBA}:4(2)(i)", f"{EBA}:4(2)(viii)"],
        ),
        (
            "myndigheter enligt artikel 4.2 i eller 4.3 i förordning (EU) nr 1093/2010 gäller",
            [f"{EBA}:4(2)(i)", f"{EBA}:4(3)"],
        ),
        (
            "enligt definitionen i artikel 4.2 i och ii i förordning (EU) nr 1093/2010 gäller",
            [f"{EBA}:4(2)(i)", f"{EBA}:4(2)(ii)"],
        ),
        # "i" before a word is "in": the paragraph of the act after it
        (
            "enligt definitionen i artikel 4.2 i förordning (EU) nr 1093/2010 och finansiella",
            [f"{EBA}:4(2)"],
        ),
    ],
)
def test_bare_point_i_before_and(text: str, expected: list[str]) -> None:
    keys = _keys(text)
    assert [k for k in keys if k != EBA] == expected
