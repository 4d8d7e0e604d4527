"""Hungarian writes a regulation's number before its word, serial first, with the
domain after the year ("az 1/2003/EK tanácsi rendelet"): a serial of one digit is read
when a full year follows it, never in "2/2/EK"."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Az 1/2003/EK tanácsi rendelet 3. cikke szerint a hatóságok eljárnak.",
            ["CELEX:32003R0001:3"],
        ),
        (
            "Az állatok szállítására az 1/2005/EK rendelet vonatkozik.",
            ["CELEX:32005R0001"],
        ),
        (
            "A 3/2008/EK tanácsi rendelet 5. cikkének (2) bekezdése szerint.",
            ["CELEX:32008R0003:5(2)"],
        ),
        (
            "Az 1/2003/EK rendelet 3. cikke kötelez. Ugyanezen rendelet 5. cikke "
            "a hatásköröket rögzíti.",
            ["CELEX:32003R0001:3", "CELEX:32003R0001:5"],
        ),
    ],
)
def test_single_digit_serial_before_full_year(text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang="hu")] == keys


def test_no_year_no_act() -> None:
    assert [c.key for c in extract("A 2/2/EK jelölésű tétel.", lang="hu")] == []
