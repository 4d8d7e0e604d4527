"""An EU body named before a national-looking act word (``[acts] eu_authors_before``):
et "määrus nr" is a minister's or the Government's regulation, but "nõukogu määrus nr
44/2001" is the Council's, as Estonian judgments cite older regulations without a domain."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="et")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kohus kohaldas nõukogu määrus nr 44/2001 artiklit 5.", ["CELEX:32001R0044:5"]),
        ("Nõukogu määrus nr 1215/2012 asendas varasema korra.", ["CELEX:32012R1215"]),
        ("Vastavalt komisjoni määrus nr 1234/2007 sätetele", ["CELEX:32007R1234"]),
        (
            "Euroopa Parlamendi ja nõukogu määrus nr 1907/2006 (REACH) on kohaldatav.",
            ["CELEX:32006R1907"],
        ),
        # a minister's and the Government's regulations stay national
        ("Eesti õiguses kehtib majandusministri määrus nr 28/2010.", []),
        ("Kehtib Vabariigi Valitsuse määrus nr 12/2005.", []),
        ("Tallinna linnavolikogu määrus nr 15/2019 jõustus.", []),
    ],
)
def test_eu_author_before_the_national_word(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
