"""A defined short name used with another owner after it is another instrument: a
genitive and a capital ("the Charter of the United Nations" rule for instruments' short
forms), or a number of its own. An Italian data-protection authority's decisions define
the GDPR as "Regolamento" and then cite their own rules of procedure as "Regolamento del
Garante n. 1/2019": "art. 15 del Regolamento del Garante" is no GDPR article."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "VISTO il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 "
            "aprile 2016 (di seguito, “Regolamento”); VISTO il Regolamento n. 1/2019 concernente "
            "le procedure interne (di seguito “Regolamento del Garante n. 1/2019”); Viste le "
            "osservazioni formulate dal segretario generale ai sensi dell’art. 15 del "
            "Regolamento del Garante n. 1/2019; rilevata la violazione dell’art. 5 del "
            "Regolamento.",
            [GDPR, f"{GDPR}:5"],
        ),
        (
            "en",
            "Regulation (EU) 2016/679 of the European Parliament and of the Council (the "
            "‘Regulation’). Under Article 5 of the Regulation and Article 12 of the Regulation "
            "of the Data Protection Commission.",
            [GDPR, f"{GDPR}:5"],
        ),
        (
            "pt",
            "Regulamento (UE) 2016/679 do Parlamento Europeu e do Conselho (doravante "
            "«Regulamento»). Nos termos do artigo 5.º do Regulamento e do artigo 12.º do "
            "Regulamento da Comissão Nacional de Proteção de Dados.",
            [GDPR, f"{GDPR}:5"],
        ),
    ],
)
def test_defined_name_with_another_owner(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the defined name alone, in lower case after it, or before a date: still the act
        (
            "it",
            "Il Regolamento (UE) 2016/679 (di seguito “Regolamento”) si applica; ai sensi "
            "dell’art. 6 del Regolamento del 2016 e dell’art. 9 del Regolamento, il "
            "trattamento è lecito.",
            [GDPR, f"{GDPR}:6", f"{GDPR}:9"],
        ),
        (
            "en",
            "Directive 2002/24/EC (‘the Directive’) applies. Article 1 of the Directive of "
            "18 March 2002 defines its scope.",
            ["CELEX:32002L0024", "CELEX:32002L0024:1"],
        ),
    ],
)
def test_defined_name_still_its_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
