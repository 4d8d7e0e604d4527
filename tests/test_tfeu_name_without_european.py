"""The TFEU named with "the Union" for "the European Union" (hr "Ugovora o
funkcioniranju Unije", pl "Traktatu o funkcjonowaniu Unii", cs "Smlouvy o fungování
Unie"), as en "the Treaty on the Functioning of the Union" already is: the name, and
"the Treaty" after it, are the TFEU."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Prijedlog se temelji na članku 46. Ugovora o funkcioniranju Unije („Ugovor”). "
            "Člankom 45. Ugovora osigurava se sloboda kretanja radnika.",
            ["TFEU:46", "TFEU:45"],
        ),
        (
            "pl",
            "Wniosek opiera się na art. 46 Traktatu o funkcjonowaniu Unii („Traktat”). "
            "Art. 45 Traktatu zapewnia swobodę przepływu pracowników.",
            ["TFEU:46", "TFEU:45"],
        ),
        (
            "cs",
            "Návrh vychází z článku 46 Smlouvy o fungování Unie. Článek 45 Smlouvy "
            "zajišťuje volný pohyb pracovníků.",
            ["TFEU:46", "TFEU:45"],
        ),
        ("sk", "Návrh vychádza z článku 46 Zmluvy o fungovaní Únie.", ["TFEU:46"]),
        ("sl", "Predlog temelji na členu 46 Pogodbe o delovanju Unije.", ["TFEU:46"]),
        (
            "ro",
            "Propunerea se bazează pe articolul 46 din Tratatul privind funcționarea Uniunii.",
            ["TFEU:46"],
        ),
        # the full names are unchanged
        ("pl", "Na podstawie art. 46 Traktatu o funkcjonowaniu Unii Europejskiej.", ["TFEU:46"]),
        ("hr", "Na temelju članka 46. Ugovora o funkcioniranju Europske unije.", ["TFEU:46"]),
        # negatives: a national act on the functioning of a union, a trade union's rules
        ("cs", "Podle § 5 zákona o fungování Unie bankovních dohledů.", []),
        ("hr", "Prema članku 12. Pravilnika o funkcioniranju Unije sindikata.", []),
    ],
)
def test_tfeu_named_with_the_union(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
