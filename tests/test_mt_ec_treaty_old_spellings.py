"""Maltese texts from before the 2008 orthography: the article word spelt "Artiklu"
("l-Artiklu 95", "fl-Artiklu 251") and the EC Treaty's verb spelt with a double l
("it-Trattat li jistabbillixxi il-Komunità Ewropea") are read like the present spellings."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str) -> list[str]:
    return [c.key for c in extract(text, lang="mt")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wara li kkunsidraw it-Trattat li jistabbillixxi il-Komunità Ewropea, u "
            "partikularment l-Artiklu 95 tiegħu,",
            ["TEC", "TEC:95"],
        ),
        (
            "Wara li kkunsidraw it-Trattat li jistabbillixxi l-Komunità Ewropea, u "
            "partikularment l-Artiklu 175(1) tiegħu,\n\nHuma jaġixxu skond il-proċedura "
            "imfassla fl-Artiklu 251 tat-Trattat [3],",
            ["TEC", "TEC:175(1)", "TEC:251"],
        ),
        (
            "Wara li kkunsidraw it-Trattat li jistabbillixxi il-Komunità Ewropea tal-Enerġija "
            "Atomika, u partikularment l-Artiklu 31 tiegħu,",
            ["EAEC", "EAEC:31"],
        ),
    ],
)
def test_old_maltese_spellings_are_read(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_the_present_spellings_still_read() -> None:
    text = (
        "Wara li kkunsidraw it-Trattat li jistabbilixxi l-Komunità Ewropea, u "
        "partikularment l-Artikolu 95 tiegħu,"
    )
    assert keys(text) == ["TEC", "TEC:95"]
