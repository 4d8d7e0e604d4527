"""Slovenian texts shorten the EC Treaty's name to "Pogodba o Evropski skupnosti" (an
EESC opinion: "navedenih v členu 13 Pogodbe o Evropski skupnosti (PES)"), leaving out
"o ustanovitvi"; the short name gave nothing. It is now a name of the EC Treaty in the sl
data, beside the full one; the EU Treaty ("Pogodba o Evropski uniji") stays the TEU."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="sl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EESO pozdravlja predlog direktive, ki naj bi po celi EU zagotovil skladne "
            "standarde za zaščito pred diskriminacijo na podlagi vseh razlogov, navedenih v "
            "členu 13 Pogodbe o Evropski skupnosti (PES).",
            ["TEC:13"],
        ),
        ("člen 249 Pogodbe o Evropski gospodarski skupnosti", ["TEC:249"]),
        ("ob upoštevanju Pogodbe o ustanovitvi Evropske skupnosti", ["TEC"]),
        ("člen 6 Pogodbe o Evropski uniji", ["TEU:6"]),
        ("člen 3 Pogodbe o Evropski skupnosti za premog in jeklo", []),
    ],
)
def test_sl_ec_treaty_short_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
