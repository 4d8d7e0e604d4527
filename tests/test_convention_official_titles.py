"""Registered conventions under the titles national treaty series give them: fi the
convention's word first ("Yleissopimus vammaisten henkilöiden oikeuksista 24 artikla",
a court's list of the provisions applied), et "naiste diskrimineerimise kõigi vormide
likvideerimise konventsioon" (Riigi Teataja's CEDAW), ga the ECHR's Irish title without
"Eorpach" ("an Coinbhinsiún chun Cearta an Duine agus Saoirsí Bunúsacha a Chosaint") and
the press's "an Coinbhinsiún um Chosaint Cearta an Duine agus Saoirsí Bunúsacha"."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Yhdenvertaisuuslaki 8 § ja 15 § 1 momentti\n\nYleissopimus vammaisten henkilöiden "
            "oikeuksista 24 artikla\n\nKHO 2006:10",
            ["CRPD:24"],
        ),
        (
            "fi",
            "Suomi on sitoutunut noudattamaan yleissopimusta kaikkinaisen naisten syrjinnän "
            "poistamisesta.",
            ["CEDAW"],
        ),
        (
            "et",
            "Eesti ühines naiste diskrimineerimise kõigi vormide likvideerimise konventsiooniga "
            "1991. aastal ning esitab komiteele aruandeid konventsiooni artikli 18 alusel.",
            ["CEDAW"],
        ),
        (
            "et",
            "Vt naiste diskrimineerimise kõigi vormide likvideerimise konventsiooni artikkel 11.",
            ["CEDAW:11"],
        ),
        (
            "ga",
            "Cuimsíonn sé 46 breitheamh, duine amháin ó gach ceann de bhallstáit Chomhairle na "
            "hEorpa a dhaingnigh an Coinbhinsiún um Chosaint Cearta an Duine agus Saoirsí "
            "Bunúsacha.",
            ["ECHR"],
        ),
        (
            "ga",
            "faoi Airteagal 8 den Choinbhinsiún chun Cearta an Duine agus Saoirsí Bunúsacha a "
            "Chosaint",
            ["ECHR:8"],
        ),
    ],
)
def test_convention_under_its_official_title(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
