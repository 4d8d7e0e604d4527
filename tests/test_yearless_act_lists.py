"""A year-less regulation in a plural act word's list ("Council Regulations No 17 …
and No 1/2003") names its listed companion too, and its author may stand between the
act word and the number (fr "règlements du Conseil n° 17")."""

from __future__ import annotations

import pytest

import citeresolve

R17 = "CELEX:31962R0017"
R1 = "CELEX:32003R0001"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "(Art. 102 TFEU; Council Regulations No 17, Art. 16(1), and No 1/2003, Art. 24(1))",
            ["TFEU:102", R17, f"{R17}:16(1)", R1, f"{R1}:24(1)"],
        ),
        ("en", "the Council Regulations No 17 and No 1/2003 on competition", [R17, R1]),
        (
            "fr",
            "(Art. 82 CE; règlements du Conseil n° 17, art. 16, et n° 1/2003, art. 24)",
            ["TEC:82", R17, f"{R17}:16", R1, f"{R1}:24"],
        ),
        (
            "de",
            "(Art. 82 EG; Verordnungen Nr. 17 des Rates, Art. 16, und Nr. 1/2003, Art. 24)",
            ["TEC:82", R17, f"{R17}:16", R1, f"{R1}:24"],
        ),
    ],
)
def test_the_companion_continues_the_list(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # its own act word: read as any act number, once
        ("en", "Council Regulation No 17 and Council Regulation (EC) No 1/2003", [R17, R1]),
        ("en", "Regulation No 17 and Directive No 1/2003", [R17, "CELEX:32003L0001"]),
        # on the next line, or after a semicolon: no longer the list
        ("en", "Council Regulations No 17 and 1/2003;\nsee No 1/2003", [R17]),
        # another act number between: the companion is not the list's
        ("en", "Council Regulations No 17 and No 2/2003 and No 1/2003", [R17]),
    ],
)
def test_what_does_not_continue_it(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
