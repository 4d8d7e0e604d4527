"""The NIS 2 Directive written with a space ("NIS 2 direktiivi", "NIS 2 -direktiivin") and
by the short names of its own title in Latvian and Lithuanian ("TID 2 direktīva", "TIS 2
direktyva"); the Cyber Resilience Act by the names of its title (et "küberkerksuse
määrus", fi "kyberresilienssisäädös", lt "Kibernetinio atsparumo aktas"), whose articles
were read as the articles of the act named before them in the list."""

from __future__ import annotations

import pytest

import citeresolve

_NIS2 = "CELEX:32022L2555"
_CRA = "CELEX:32024R2847"
_DATA_ACT = "CELEX:32023R2854"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("et", "Riskihalduse meetmed on sätestatud NIS 2 direktiivi artiklis 21."),
        ("fi", "Riskienhallintatoimenpiteistä säädetään NIS 2 -direktiivin 21 artiklassa."),
        ("lv", "Riska pārvaldības pasākumi noteikti NIS 2 direktīvas 21. pantā."),
        ("lv", "Riska pārvaldības pasākumi noteikti TID 2 direktīvas 21. pantā."),
        ("lt", "Rizikos valdymo priemonės nustatytos TIS 2 direktyvos 21 straipsnyje."),
        ("lt", "Rizikos valdymo priemonės nustatytos TIS2 direktyvos 21 straipsnyje."),
    ],
)
def test_nis2_by_its_names(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{_NIS2}:21"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("et", "Kohaldatakse andmemääruse artiklit 3 ja küberkerksuse määruse artiklit 13."),
        ("fi", "Sovelletaan datasäädöksen 3 artiklaa ja kyberresilienssisäädöksen 13 artiklaa."),
        ("lt", "Taikomas Duomenų akto 3 straipsnis ir Kibernetinio atsparumo akto 13 straipsnis."),
    ],
)
def test_cyber_resilience_act_by_its_name(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{_DATA_ACT}:3", f"{_CRA}:13"]
