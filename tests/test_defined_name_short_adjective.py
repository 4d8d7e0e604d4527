"""A defined name whose adjective has four letters declines with its act word as a
longer one does (sk "(ďalej len „nová smernica o OEEZ“)" … "článku 7 ods. 1 novej
smernice o OEEZ", cs "nová směrnice" … "nové směrnice", hr "nova Direktiva" … "nove
Direktive"): all but the adjective's last letter stay. Another adjective before the same
act word is no declined form of the name."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "Smernica 2012/19/EÚ (ďalej len „nová smernica o OEEZ“) nahrádza smernicu "
            "2002/96/ES. Podľa článku 4 novej smernice o OEEZ sa podporuje ekodizajn.",
            ["CELEX:32012L0019", "CELEX:32002L0096", "CELEX:32012L0019:4"],
        ),
        (
            "cs",
            "Směrnice 2012/19/EU (dále jen „nová směrnice o OEEZ“) nahrazuje směrnici "
            "2002/96/ES. Podle článku 4 nové směrnice o OEEZ se podporuje ekodesign.",
            ["CELEX:32012L0019", "CELEX:32002L0096", "CELEX:32012L0019:4"],
        ),
        (
            "hr",
            "Direktiva 2012/19/EU (dalje u tekstu: „nova Direktiva o OEEO”) zamjenjuje "
            "Direktivu 2002/96/EZ. Prema članku 4. nove Direktive o OEEO potiče se ekološki "
            "dizajn.",
            ["CELEX:32012L0019", "CELEX:32002L0096", "CELEX:32012L0019:4"],
        ),
    ],
)
def test_short_adjective_declines(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the old directive named with another adjective: not the defined new one
        (
            "sk",
            "Smernica 2012/19/EÚ (ďalej len „nová smernica o OEEZ“) nahrádza smernicu "
            "2002/96/ES. Podľa článku 4 zákona o odpadoch sa podporuje zber.",
            ["CELEX:32012L0019", "CELEX:32002L0096"],
        ),
    ],
)
def test_national_law_keeps_its_article(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
