"""An act's title after its number (lt "dėl …", lv "par …") ends with its sentence: the
article chain that opens the next sentence is not the titled act's, and the act named
before the full stop is still cited (lt "direktyva 93/13/EEB dėl … vartotojais. Pagal 3
straipsnio 1 dalį" read 93/13:3(1) and lost the Directive itself)."""

from __future__ import annotations

import pytest

import citeresolve

UNFAIR_TERMS = "CELEX:31993L0013"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Kontrolė grindžiama Tarybos direktyva 93/13/EEB dėl nesąžiningų sąlygų sutartyse "
            "su vartotojais. Pagal 3 straipsnio 1 dalį sąlyga laikoma nesąžininga.",
            [UNFAIR_TERMS],
        ),
        (
            "lv",
            "Kontroli regulē Padomes Direktīva 93/13/EEK par negodīgiem noteikumiem patērētāju "
            "līgumos. Saskaņā ar 3. panta 1. punktu noteikums ir negodīgs.",
            [UNFAIR_TERMS],
        ),
        (
            "lt",
            "Kontrolė grindžiama Tarybos direktyva 93/13/EEB dėl nesąžiningų sąlygų sutartyse "
            "su vartotojais. Pagal minėtos direktyvos 3 straipsnio 1 dalį sąlyga nesąžininga.",
            [UNFAIR_TERMS, f"{UNFAIR_TERMS}:3(1)"],
        ),
        # the title still reaches its chain inside the sentence
        (
            "lt",
            "pagal Reglamento (ES) Nr. 1151/2012 dėl žemės ūkio produktų kokybės sistemų 50 "
            "straipsnio 2 dalį",
            ["CELEX:32012R1151:50(2)"],
        ),
        (
            "lv",
            "saskaņā ar Direktīvas 2005/36/EK par profesionālo kvalifikāciju atzīšanu 21. pantu",
            ["CELEX:32005L0036:21"],
        ),
    ],
)
def test_title_ends_with_its_sentence(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
