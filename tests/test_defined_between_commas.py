"""A Treaty's abbreviation defined between commas after a definition marker ("…, hereinafter
TFEU, …", ro "…, denumit în continuare TFUE, …") is a defined short name, no citation of
the whole Treaty (contract: short forms), as it is in brackets; an article cited of it
later still takes it."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "Consiliul Concurenţei aplică prevederile art. 101 şi/sau 102 din Tratatul privind "
            "funcţionarea Uniunii Europene, denumit în continuare TFUE, aplică în mod paralel "
            "legislaţia naţională şi prevederile art. 101 şi/sau 102 din TFUE.",
            ["TFEU:101", "TFEU:102", "TFEU:101", "TFEU:102"],
        ),
        (
            "en",
            "The authority applies Article 101 of the Treaty on the Functioning of the European "
            "Union, hereinafter TFEU, in parallel with national law.",
            ["TFEU:101"],
        ),
        (
            "de",
            "Die Behörde wendet Artikel 102 des Vertrags über die Arbeitsweise der Europäischen "
            "Union, im Folgenden AEUV, neben dem nationalen Recht an.",
            ["TFEU:102"],
        ),
        (
            "it",
            "L'Autorità applica l'articolo 101 del trattato sul funzionamento dell'Unione "
            "europea, di seguito TFUE, e il diritto nazionale.",
            ["TFEU:101"],
        ),
        # not after a marker: the abbreviation between commas is cited
        (
            "en",
            "The rules of the Treaties, TFEU, TEU, apply.",
            ["TFEU", "TEU"],
        ),
    ],
)
def test_defined_between_commas(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
