"""Names of treaties and registered instruments in the inflections and older spellings
texts use: fi "yleissopimuksessa lapsen oikeuksista" (the inessive of the CRC's name), mt
"ta' l-Unjoni" and "Fondamentali" (the spelling before the 2008 orthography), sk "zmluvu
zakladajúcu Európske spoločenstvo" (the EC Treaty as older texts name it)."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "fi",
            "kuten todetaan Yhdistyneiden Kansakuntien vuoden 1989 yleissopimuksessa lapsen "
            "oikeuksista ja perusoikeuskirjassa.",
            "CRC",
        ),
        (
            "mt",
            "wara li kkunsidra l-Konvenzjoni tan-Nazzjonijiet Uniti dwar id-Drittijiet tal-Persuni "
            "b’Diżabilità, li l-Unjoni hija parti minnha,",
            "CRPD",
        ),
        (
            "mt",
            "il-prinċipji rikonoxxuti mill-Karta tad-Drittijiet Fondamentali ta' l-Unjoni "
            "Ewropea. Din id-Deċiżjoni",
            "CFR",
        ),
        (
            "sk",
            "so zreteľom na zmluvu zakladajúcu Európske spoločenstvo a najmä na jej článok 175 "
            "ods. 1,",
            "TEC",
        ),
        (
            "sk",
            "so zreteľom na zmluvu zakladajúcu Európske spoločenstvo a najmä na jej článok 175 "
            "ods. 1,",
            "TEC:175(1)",
        ),
    ],
)
def test_inflected_and_older_names(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


def test_the_name_of_another_convention_on_children_is_not_the_crc() -> None:
    text = "lapsikaappauksen siviilioikeudellisia vaikutuksia koskevassa yleissopimuksessa"
    assert not any(c.key.startswith("CRC") for c in extract(text, lang="fi"))
