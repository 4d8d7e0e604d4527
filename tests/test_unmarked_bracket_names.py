"""A name in brackets right after an act, unquoted and with no marker, of several words
that an act word opens or closes (en "(Common Provisions Regulation)", hr "(Uredba o
zajedničkim odredbama)", ro "(Regulamentul privind dispozițiile comune)") is that act's
defined name: its articles cite the act, also declined ("članka 63. Uredbe o
zajedničkim odredbama"). A bracket whose words no act word opens or closes ("(Text
with EEA relevance)"), or the name of a national law ("(Zakon o provedbi Opće
uredbe)"), defines nothing."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Funding follows Regulation (EU) 2021/1060 (Common Provisions Regulation) and "
            "Regulation (EU) 2021/1058. Costs are eligible under Article 63 of the Common "
            "Provisions Regulation.",
            ["CELEX:32021R1060", "CELEX:32021R1058", "CELEX:32021R1060:63"],
        ),
        (
            "en",
            "The Court interpreted Directive 2008/95/EC (Trade Marks Directive) and "
            "Regulation (EC) No 207/2009. The reseller relied on Article 7(2) of the Trade "
            "Marks Directive.",
            ["CELEX:32008L0095", "CELEX:32009R0207", "CELEX:32008L0095:7(2)"],
        ),
        (
            "hr",
            "Potpora se dodjeljuje u skladu s Uredbom (EU) 2021/1060 (Uredba o zajedničkim "
            "odredbama) i Uredbom (EU) 2021/1058. Izdaci su prihvatljivi prema članku 63. "
            "Uredbe o zajedničkim odredbama.",
            ["CELEX:32021R1060", "CELEX:32021R1058", "CELEX:32021R1060:63"],
        ),
        (
            "ro",
            "Apelul este finanțat conform Regulamentului (UE) 2021/1060 (Regulamentul privind "
            "dispozițiile comune) și Regulamentului (UE) 2021/1058. Cheltuielile sunt "
            "eligibile conform art. 63 din Regulamentul privind dispozițiile comune.",
            ["CELEX:32021R1060", "CELEX:32021R1058", "CELEX:32021R1060:63"],
        ),
        (
            "en",
            "Regulation (EU) 2021/1060 (Text with EEA relevance) applies. Article 63 of the "
            "Text with EEA relevance is no citation.",
            ["CELEX:32021R1060"],
        ),
        (
            "hr",
            "Zakon o provedbi Uredbe (EU) 2016/679 (Zakon o provedbi Opće uredbe) stupio je "
            "na snagu. Prema članku 5. Zakona o provedbi Opće uredbe agencija nadzire obradu.",
            ["CELEX:32016R0679"],
        ),
    ],
)
def test_unmarked_bracket_name(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
