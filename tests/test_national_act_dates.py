"""A Hungarian national act is cited by its number and the day of its publication in
brackets, the month in Roman numerals ("143/2010. (VII. 14.) AB határozat", "205/2011.
(X. 7.) Korm. rendelet"). Such a number is never an EU act's, also when an act word
stands right before it: a heading repeated on the next line, a list of decisions."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "143/2010. (VII. 14.) AB határozat\n143/2010. (VII. 14.) AB határozat\n2010.07.14.\n"
            "A MAGYAR KÖZTÁRSASÁG NEVÉBEN!",
            [],
        ),
        (
            "hu",
            "Az Alkotmánybíróság a 22/2016. (XII. 5.) AB határozat 45/2012. (XII. 29.) AB "
            "határozatban kifejtett álláspontját követte, és a 2015/1601/EU tanácsi "
            "határozatot nem vizsgálta.",
            ["CELEX:32015D1601"],
        ),
        (
            "hu",
            "A támogatásról a Korm. rendelet 205/2011. (X. 7.) pontja rendelkezik, az "
            "1/2003/EK rendelet 5. cikke szerint.",
            ["CELEX:32003R0001:5"],
        ),
        (
            "hu",
            "A Bizottság határozata\n15/2012. (IV. 3.) BM rendelet módosításáról, valamint "
            "a 2010/131/EU határozat melléklete.",
            ["CELEX:32010D0131:annex-1"],
        ),
    ],
)
def test_national_act_dates(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
