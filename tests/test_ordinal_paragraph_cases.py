"""Paragraphs counted by position take the case their verb or postposition asks for, in
the languages that inflect an ordinal with its noun: et "artikli 23 teisele lõigule"
(allative, a ministry's letter on a reference for a preliminary ruling), "teisest
lõigust" (elative), fi "267 artiklan kolmanteen kohtaan" (illative), "toisesta
kohdasta" (elative), lv "263. panta ceturtajai daļai" (dative), lt "263 straipsnio
ketvirtajai pastraipai" (dative). Only the genitive, inessive and a few more cases were
listed, so the paragraph was dropped and the article stood alone. A subparagraph after a
numbered paragraph is still dropped, and an ordinal with no subdivision word is none."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Vastavalt Euroopa Liidu Kohtu põhikirja artikli 23 teisele lõigule koostoimes "
            "Euroopa Kohtu kodukorra artikliga 51 on pooltel õigus esitada seisukohti.",
            ["PROTOCOL-3:23(2)"],
        ),
        ("et", "Hagi esitati vastavalt ELTL artikli 263 neljandale lõigule.", ["TFEU:263(4)"]),
        ("et", "ELTL artikli 267 kolmandast lõigust tuleneb kohustus.", ["TFEU:267(3)"]),
        ("et", "kooskõlas ELL artikli 6 lõike 1 teisega", ["TEU:6(1)"]),
        ("fi", "Velvollisuus perustuu SEUT 267 artiklan kolmanteen kohtaan.", ["TFEU:267(3)"]),
        ("fi", "SEUT 263 artiklan neljännestä kohdasta ilmenee, että", ["TFEU:263(4)"]),
        ("fi", "SEUT 267 artiklan toisella kohdalla on merkitystä", ["TFEU:267(2)"]),
        ("lv", "Prasība celta saskaņā ar LESD 263. panta ceturtajai daļai.", ["TFEU:263(4)"]),
        ("lv", "LESD 263. panta piektajai daļai atbilstoši", ["TFEU:263(5)"]),
        ("lt", "pagal SESV 263 straipsnio ketvirtajai pastraipai", ["TFEU:263(4)"]),
        ("lt", "SESV 267 straipsnio antrajai pastraipai", ["TFEU:267(2)"]),
        # the forms listed before, unchanged
        ("et", "ELTL artikli 267 teise lõigu kohaselt", ["TFEU:267(2)"]),
        ("fi", "SEUT 267 artiklan kolmannessa kohdassa", ["TFEU:267(3)"]),
        # a subparagraph of a numbered paragraph is dropped
        ("et", "ELL artikli 6 lõike 1 teisele lõigule", ["TEU:6(1)"]),
        # an ordinal with no subdivision word: no paragraph
        ("et", "ELTL artikkel 263 annab teisele liikmesriigile õiguse", ["TFEU:263"]),
        ("fi", "SEUT 21 artiklan mukaan toisesta jäsenvaltiosta tuleva", ["TFEU:21"]),
    ],
)
def test_ordinal_paragraph_cases(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
