"""A regulation word followed by an abbreviation in capitals names that regulation (es
"del Reglamento ESMA", pt "do Regulamento EIOPA", it "del regolamento SSM"): the
agencies' founding regulations by their popular names, and an abbreviation the popular
names do not know is no reference to the last regulation cited, nor the EP Rules."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "La CNMV aplica el Reglamento Delegado (UE) 2017/565. El artículo 16 del "
            "Reglamento ESMA le permite emitir directrices.",
            ["CELEX:32017R0565", "CELEX:32010R1095:16"],
        ),
        (
            "es",
            "conforme a los artículos 8 y 9 del Reglamento de la ABE",
            ["CELEX:32010R1093:8", "CELEX:32010R1093:9"],
        ),
        (
            "pt",
            "O Regulamento Delegado (UE) 2015/35 aplica-se. Nos termos do artigo 16.º, n.º 3, "
            "do Regulamento EIOPA, a autoridade notifica.",
            ["CELEX:32015R0035", "CELEX:32010R1094:16(3)"],
        ),
        ("it", "ai sensi dell'articolo 17 del regolamento ESMA", ["CELEX:32010R1095:17"]),
        ("ro", "potrivit art. 16 alin. (3) din Regulamentul ESMA", ["CELEX:32010R1095:16(3)"]),
        ("el", "σύμφωνα με το άρθρο 16 του Κανονισμού ΕΑΚΑΑ", ["CELEX:32010R1095:16"]),
        ("sv", "enligt artikel 9 i Eiopaförordningen", ["CELEX:32010R1094:9"]),
        ("fr", "en vertu de l'article 16 du règlement AEMF", ["CELEX:32010R1095:16"]),
    ],
)
def test_agency_regulations_by_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an abbreviation no popular name knows: neither the EP Rules nor the last act
        ("es", "los artículos 54 y 55 del Reglamento XYZ", []),
        (
            "es",
            "El Reglamento (UE) 2017/565 regula la idoneidad. Véase el artículo 16 del "
            "Reglamento XYZ.",
            ["CELEX:32017R0565"],
        ),
        (
            "it",
            "Il regolamento (UE) 2017/565 si applica. Si veda l'articolo 16 del regolamento SSM.",
            ["CELEX:32017R0565"],
        ),
        ("fr", "l'article 16 du règlement SSM", []),
        (
            "pt",
            "O Regulamento (UE) 2017/565 regula. Ver o artigo 16.º do Regulamento XYZ.",
            ["CELEX:32017R0565"],
        ),
        # a known abbreviation still names its act, a domain is read with the act's number
        ("es", "el artículo 9 del Reglamento EMIR", ["CELEX:32012R0648:9"]),
        ("es", "el artículo 5 del Reglamento UE 2016/679", ["CELEX:32016R0679:5"]),
        ("es", "el artículo 5 del Reglamento CE n.º 1049/2001", ["CELEX:32001R1049:5"]),
        # the bare word is still the EP Rules in an EP text
        ("es", "de conformidad con el artículo 54 del Reglamento.", ["EP-RULES:54"]),
    ],
)
def test_unknown_abbreviation_after_a_regulation_word(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
