"""Abbreviations written without their full stop, as English law reports and
footnotes (OSCOLA) write them: "Reg 1/2003", "Dir 2000/78", "Art 7", "paras 1 and 2";
and the plural paragraph marks of the other languages (fr "§§ 1er et 2", it "parr. 1 e
2", nl "§§ 1 en 2")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "See Arts 7 and 9 of Reg 1/2003 on commitments.",
            ["CELEX:32003R0001:7", "CELEX:32003R0001:9"],
        ),
        ("en", "under Art 2(2)(b) of Dir 2000/78/EC", ["CELEX:32000L0078:2(2)(b)"]),
        ("en", "the transfer rules of Reg (EU) 2016/679 apply", ["CELEX:32016R0679"]),
        (
            "en",
            "Article 5 paras 1 and 2 of Regulation (EU) 2016/679",
            ["CELEX:32016R0679:5(1)", "CELEX:32016R0679:5(2)"],
        ),
        (
            "fr",
            "Vu la directive (UE) 2019/633, notamment l'article 3, §§ 1er et 2;",
            ["CELEX:32019L0633", "CELEX:32019L0633:3(1)", "CELEX:32019L0633:3(2)"],
        ),
        ("it", "Cfr. l'art. 325, parr. 1 e 2, TFUE.", ["TFEU:325(1)", "TFEU:325(2)"]),
        (
            "nl",
            "Gelet op richtlijn 2019/633, artikel 3, §§ 1 en 2;",
            ["CELEX:32019L0633", "CELEX:32019L0633:3(1)", "CELEX:32019L0633:3(2)"],
        ),
    ],
)
def test_unpunctuated_and_plural_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a UK statutory instrument's regulation: no EU act number after "Reg"
        "Reg 13 of the Working Time Regulations 1998 implements the rule.",
        # paragraphs of a judgment after its case number are no article's
        "Case C-413/14 P Intel v Commission, paras 133-140.",
    ],
)
def test_negatives(text: str) -> None:
    assert [k for k in keys(text, "en") if k.startswith("CELEX")] == []
