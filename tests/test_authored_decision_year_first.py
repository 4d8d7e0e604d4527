"""A decision cited by its year-first number with its author between the act word and
the number and no domain (sl "Sklep Sveta 2015/1601", de "Beschluss des Rates
2015/1601"): the EU's own decision, as a regulation written so is ("Uredba Komisije
2018/140"). A serial-first number after an author stays a decision of a body set up by
an agreement ("Beschluss des Rates 1/2003", "Decision No 1/80 of the Association
Council"), and "No" keeps it so."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # curia summary (sl): the provisions line of the relocation judgment
        (
            "sl",
            "3. Mejni nadzor, azil in priseljevanje – Ukrepi morajo biti začasni\n\n"
            "(člen 78(2) in (3) PDEU; Sklep Sveta 2015/1601)",
            ["TFEU:78(2)", "TFEU:78(3)", "CELEX:32015D1601"],
        ),
        (
            "hr",
            "Premještanje je uređeno Odlukom Vijeća 2015/1601 i Odlukom Vijeća 2015/1523.",
            ["CELEX:32015D1601", "CELEX:32015D1523"],
        ),
        (
            "bg",
            "Съгласно Решение на Съвета 2015/1601 държавите членки приемат кандидати.",
            ["CELEX:32015D1601"],
        ),
        (
            "mt",
            "Id-Deċiżjoni tal-Kunsill 2015/1601 tipprevedi r-rilokazzjoni ta’ applikanti.",
            ["CELEX:32015D1601"],
        ),
        (
            "ga",
            "Foráiltear le Cinneadh ón gComhairle 2015/1601 do bhearta sealadacha.",
            ["CELEX:32015D1601"],
        ),
        (
            "de",
            "Der Beschluss des Rates 2015/1601 sieht die Umsiedlung von 120 000 Personen vor.",
            ["CELEX:32015D1601"],
        ),
        (
            "sl",
            "Sklep Komisije 2010/131 o ustanovitvi skupine strokovnjakov.",
            ["CELEX:32010D0131"],
        ),
    ],
)
def test_authored_year_first_decision(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # serial first: a decision of an association council or joint committee
        ("de", "Nach dem Beschluss des Rates 1/2003 gilt die Regel weiter."),
        ("hr", "Odluka Vijeća 1/80 o razvoju pridruživanja."),
        ("sl", "Sklep Sveta 2/2019 o spremembi poslovnika."),
        # "No" before the number: likewise
        ("de", "Beschluss des Rates Nr. 2015/1601 der Gemeinde."),
        ("lv", "EEZ Apvienotās komitejas Lēmums Nr. 326/2023 par grozījumiem."),
        # a national body's decision
        ("sl", "Sklep Vlade 2015/1601 o določitvi cen."),
    ],
)
def test_not_eu_decision(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith("CELEX:")]
