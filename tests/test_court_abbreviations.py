"""An abbreviation the European Convention on Human Rights shares with its Court (fr
"CEDH", ro "CEDO", it "CEDU") names the Court where a judgment's date or chamber follows
it after a comma: "CEDH, 4 déc. 2008, S. et Marper c/ Royaume-Uni" cites a judgment, not
the Convention (language field ``other_instrument_tails``, a tail that opens with a
comma). The Convention and its articles are still read."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Adde CEDH, 4 déc. 2008, S. et Marper c/ Royaume-Uni, req. no 30562/04."),
        ("fr", "CEDH, gr. ch., 12 sept. 2023, arrêt Halet c/ Luxembourg."),
        ("ro", "CEDO, Hotărârea din 4 decembrie 2008, S. și Marper împotriva Regatului Unit."),
        ("ro", "A se vedea CEDO, 4 decembrie 2008, S. și Marper."),
        ("it", "Cfr. CEDU, 4 dicembre 2008, S. e Marper c. Regno Unito."),
        ("it", "CEDU, Grande Camera, 12 settembre 2023, Halet c. Lussemburgo."),
    ],
)
def test_the_court_before_its_judgment(lang: str, text: str) -> None:
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La CEDH, qui protège la vie privée, s'applique.", ["ECHR"]),
        ("fr", "V. art. 6 CEDH, 1er alinéa.", ["ECHR:6"]),
        ("ro", "Potrivit articolului 8 din CEDO, viața privată este protejată.", ["ECHR:8"]),
        ("it", "L'art. 8 CEDU, che tutela la vita privata, si applica.", ["ECHR:8"]),
    ],
)
def test_the_convention_is_still_read(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
