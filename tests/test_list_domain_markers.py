"""Footnote markers glued to the domains of a list's act numbers ("2011/61/EU36,
2014/65/EU37") show the list's numbering: the next marker glued to the last number,
written without its domain, is no part of its serial ("(EU) 2016/9738" is 2016/97)."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Directives 2003/41/EC12, 2010/24/EU13 and (EU) 2019/8814 of the Council apply.",
            ["CELEX:32003L0041", "CELEX:32010L0024", "CELEX:32019L0088"],
        ),
        (
            "de",
            "Die Richtlinien 2003/41/EG7, 2010/24/EU8 und (EU) 2019/889 des Rates gelten.",
            ["CELEX:32003L0041", "CELEX:32010L0024", "CELEX:32019L0088"],
        ),
        (
            "fr",
            "Les directives 2003/41/CE20, 2010/24/UE21 et (UE) 2019/8822 du Conseil.",
            ["CELEX:32003L0041", "CELEX:32010L0024", "CELEX:32019L0088"],
        ),
        (
            "nl",
            "De richtlijnen 2003/41/EG3, 2010/24/EU4 en (EU) 2019/885 van de Raad.",
            ["CELEX:32003L0041", "CELEX:32010L0024", "CELEX:32019L0088"],
        ),
        # Markers out of sequence show no numbering: the serial is read as written.
        (
            "en",
            "Directives 2003/41/EC12, 2010/24/EU15 and (EU) 2019/1614 of the Council.",
            ["CELEX:32003L0041", "CELEX:32010L0024", "CELEX:32019L1614"],
        ),
    ],
)
def test_the_next_marker_of_a_list(lang: str, text: str, expected: list[str]) -> None:
    assert acts(text, lang) == expected
