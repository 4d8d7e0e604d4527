"""The Euratom Treaty by its national abbreviation after an article (pl "art. 152
EWEA", as cs "článku 152 ESAE", sl "člena 152 AE") and by the Maltese title with
"jwaqqaf … għall-Enerġija Atomika" (not the EC Treaty, whose title it starts with)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("pl", "Skarga na podstawie art. 91 WE i art. 146 EWEA, w której", ["TEC:91", "EAEC:146"]),
        ("pl", "zgodnie z art. 152 EWEA oraz art. 5 ustawy", ["EAEC:152"]),
        ("cs", "žaloba podle článku 236 ES a článku 152 ESAE", ["TEC:236", "EAEC:152"]),
        ("sl", "tožba na podlagi člena 236 ES in člena 152 AE", ["TEC:236", "EAEC:152"]),
        (
            "mt",
            "Wara li kkunsidrat it-Trattat li jwaqqaf il-Komunità Ewropea għall-Enerġija "
            "Atomika, u b'mod partikolari l-Artikolu 106a tiegħu,",
            ["EAEC", "EAEC:106a"],
        ),
        (
            "mt",
            "Wara li kkunsidrat it-Trattat li jwaqqaf il-Komunità Ewropea, u b'mod "
            "partikolari l-Artikolu 95 tiegħu,",
            ["TEC", "TEC:95"],
        ),
    ],
)
def test_euratom_treaty_forms(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_wind_energy_association_is_no_treaty() -> None:
    text = "Europejskie Stowarzyszenie Energetyki Wiatrowej (EWEA) ogłosiło dane za 2012 r."
    assert _keys(text, "pl") == []
