"""A chain after another one of its sentence takes the instrument that one took, also
when that one passed over the act an amending title names between them (et "direktiivi
1999/32/EÜ, … millega muudetakse direktiivi 93/12/EMÜ (…), artiklitele 4c ja 4e,
piiramata artikli 3a": Directive 1999/32's Article 3a, not 93/12's)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "et",
            "vastavalt nõukogu direktiivi 2003/87/EÜ, millega muudetakse direktiivi "
            "96/61/EÜ, artiklitele 12 ja 14, piiramata artikli 10a kohaldamist.",
            "CELEX:32003L0087:10a",
        ),
        (
            "lv",
            "saskaņā ar Direktīvas 2003/87/EK, ar ko groza Direktīvu 96/61/EK, 12. un "
            "14. pantu, neskarot 10.a pantu.",
            "CELEX:32003L0087:10a",
        ),
        (
            "lt",
            "pagal Direktyvos 2003/87/EB, kuria iš dalies keičiama Direktyva 96/61/EB, 12 ir "
            "14 straipsnius, nepažeidžiant 10a straipsnio.",
            "CELEX:32003L0087:10a",
        ),
    ],
)
def test_next_chain_takes_the_same_instrument(lang: str, text: str, key: str) -> None:
    found = _keys(text, lang)
    assert key in found, found
    assert not [k for k in found if k.startswith("CELEX:31996L0061:")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a new sentence: no instrument in reach
        (
            "et",
            "vastavalt direktiivi 2003/87/EÜ, millega muudetakse direktiivi 96/61/EÜ, "
            "artiklitele 12 ja 14. Artikli 10a kohaldamine on piiratud.",
        ),
        # the national law after the chain is its own
        (
            "et",
            "vastavalt direktiivi 2003/87/EÜ, millega muudetakse direktiivi 96/61/EÜ, "
            "artiklitele 12 ja 14, piiramata atmosfääriõhu kaitse seaduse artikli 10a "
            "kohaldamist.",
        ),
    ],
)
def test_no_instrument_for_the_chain(lang: str, text: str) -> None:
    assert "CELEX:32003L0087:10a" not in _keys(text, lang), _keys(text, lang)
