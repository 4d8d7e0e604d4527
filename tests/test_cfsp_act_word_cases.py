"""CFSP acts in the cases and numbers of Finnish and Estonian: fi "yhteisellä
toiminnalla 2008/851/YUTP" (adessive), "yhteiset kannat 2006/318/YUTP ja 2007/750/YUTP"
(plural), et "nõukogu ühised seisukohad 2006/318 ja 2007/750" (plural) are common
positions and joint actions as the language files list them. In every language a line
may break between the act word and a number opening the next line in a bracket: en
"by Joint Action\\n(2008/851/CFSP)". A national act's number stays no EU act."""

from __future__ import annotations

import pytest

import citeresolve

E318, E750, E851 = "CELEX:32006E0318", "CELEX:32007E0750", "CELEX:32008E0851"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fi",
            "Operaatio käynnistettiin yhteisellä toiminnalla 2008/851/YUTP, jota "
            "muutettiin myöhemmin.",
            [E851],
        ),
        (
            "fi",
            "Neuvoston yhteiset kannat 2006/318/YUTP ja 2007/750/YUTP koskevat Burmaa/Myanmaria.",
            [E318, E750],
        ),
        (
            "fi",
            "Neuvoston yhteisellä kannalla 2006/318/YUTP uudistettiin rajoittavat toimenpiteet.",
            [E318],
        ),
        (
            "et",
            "Vaidlustatud on nõukogu ühised seisukohad 2006/318 ja 2007/750 Birma suhtes.",
            [E318, E750],
        ),
        ("et", "nõukogu ühiste seisukohtade 2006/318/ÜVJP ja 2007/750/ÜVJP alusel", [E318, E750]),
        (
            "fi",
            "operaatio perustettiin 10.11.2008 yhteisellä toiminnalla\n(2008/851/YUTP), "
            "jota on muutettu",
            [E851],
        ),
        (
            "en",
            "The operation was set up on 10 November 2008 by Council Joint Action\n"
            "(2008/851/CFSP) and extended since.",
            [E851],
        ),
        (
            "de",
            "Die Operation wurde am 10.11.2008 durch die Gemeinsame Aktion\n"
            "(2008/851/GASP) des Rates eingerichtet.",
            [E851],
        ),
        (
            "sv",
            "Insatsen inrättades den 10 november 2008 genom gemensam åtgärd\n"
            "(2008/851/Gusp) och har förlängts.",
            [E851],
        ),
    ],
)
def test_cfsp_act_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Asiasta säädetään lain 2008/851 mukaan."),
        ("et", "Asjale kohaldatakse seaduse nr 2006/318 sätteid."),
        ("de", "Es gilt nach dem Gesetz\n(2008/851) des Landes."),
        ("en", "as set out in the Act.\n(2008/851) on page 4"),
    ],
)
def test_national_numbers_stay_out(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
