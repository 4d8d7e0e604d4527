"""Act numbers whose domain a text declines or types in two scripts: hr "Uredbom (EZ-a)
br. 2111/2005" (the Community's abbreviation with its case ending), bg "Регламент (eо)
№ 1059/2003" (a small Latin e and a Cyrillic о; data/lang/hr.toml, bg.toml domains)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "prava putnika propisana su Uredbom (EZ-a) br. 261/2004 Europskog parlamenta i Vijeća",
            ["CELEX:32004R0261"],
        ),
        ("hr", "članak 5. Uredbe (EZ-a) br. 261/2004", ["CELEX:32004R0261:5"]),
        ("bg", "Регламент (eо) № 1059/2003 на Европейския парламент", ["CELEX:32003R1059"]),
        ("bg", "член 3 от Регламент (ео) № 1888/2005", ["CELEX:32005R1888:3"]),
        # unchanged
        ("hr", "Uredba (EZ) br. 261/2004", ["CELEX:32004R0261"]),
        ("bg", "Регламент (ЕО) № 1059/2003", ["CELEX:32003R1059"]),
    ],
)
def test_a_declined_or_mixed_script_domain(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "u skladu s pravom EZ-a i nacionalnim zakonom br. 80/2013"),
        ("bg", "Закон за ДДС, обн. ДВ бр. 63/2006"),
    ],
)
def test_no_citation(lang: str, text: str) -> None:
    assert keys(text, lang) == []
