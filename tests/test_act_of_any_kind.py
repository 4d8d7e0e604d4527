"""Three ways a document names the act it is about without its number, read as that act:

* a name defined after an act's title stands for the title's act, not for an act the
  title amends or repeals ("Regulation (EU) 2024/1309 …, amending Regulation (EU)
  2015/2120 and repealing Directive 2014/61/EU (‘the Gigabit Regulation’)");
* a defined name opening a sentence or in a heading in capitals is still that name
  (fi "jäljempänä gigabittiasetus" … "Gigabittiasetus tuli voimaan", cs „nařízení“ …
  "ČL. 4 ODST. 3 NAŘÍZENÍ");
* a reference word of no act kind ("säädöksen", de "des genannten Rechtsakts") points
  back to the act of any kind cited last.
"""

from __future__ import annotations

import pytest
import regex

from citeresolve import extract
from citeresolve.pipeline.definition_patterns import as_written


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "en",
            "This note concerns Regulation (EU) 2024/1309 on measures to reduce the cost of "
            "deploying networks, amending Regulation (EU) 2015/2120 and repealing Directive "
            "2014/61/EU (hereinafter ‘the Gigabit Regulation’). Article 5(6) of the Gigabit "
            "Regulation applies early.",
            "CELEX:32024R1309:5(6)",
        ),
        (
            "de",
            "Die Notiz betrifft die Verordnung (EU) 2024/1309 über Maßnahmen zur Senkung der "
            "Kosten, zur Änderung der Verordnung (EU) 2015/2120 und zur Aufhebung der "
            "Richtlinie 2014/61/EU (im Folgenden „Gigabit-Verordnung“). Artikel 5 Absatz 6 "
            "der Gigabit-Verordnung gilt früher.",
            "CELEX:32024R1309:5(6)",
        ),
        (
            "fi",
            "Muistio koskee asetusta (EU) 2024/1309 kustannusten vähentämiseksi, asetuksen "
            "(EU) 2015/2120 muuttamisesta ja direktiivin 2014/61/EU kumoamisesta, jäljempänä "
            "tukiasetus. Tukiasetuksen 5 artiklan 6 kohtaa sovelletaan aiemmin.",
            "CELEX:32024R1309:5(6)",
        ),
    ],
)
def test_name_defined_after_a_title_is_the_titles_act(lang: str, text: str, pin: str) -> None:
    found = keys(text, lang)
    assert pin in found
    assert not any(k.startswith("CELEX:32015R2120:") for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "cs",
            "Články 6 a 7 nařízení (EU) 2021/821 (dále jen „nařízení“) stanoví povinnosti.\n\n"
            "1. OPATŘENÍ PODLE ČL. 4 ODST. 3 NAŘÍZENÍ\n\nText.",
            "CELEX:32021R0821:4(3)",
        ),
        (
            "en",
            "Articles 6 and 7 of Directive 2009/43/EC (‘the Transfers Directive’) apply.\n\n"
            "2. MEASURES UNDER ARTICLE 4(2) OF THE TRANSFERS DIRECTIVE\n\nText.",
            "CELEX:32009L0043:4(2)",
        ),
        (
            "fi",
            "Asetus (EU) 2021/821, jäljempänä vientiasetus, koskee vientiä. Vientiasetuksen "
            "4 artiklan 3 kohta sallii lisätoimet.",
            "CELEX:32021R0821:4(3)",
        ),
        (
            "sk",
            "Nariadenie (EÚ) 2021/821 (ďalej len „nariadenie o vývoze“) platí. Nariadenie o "
            "vývoze v článku 9 dovoľuje ďalšie opatrenia.",
            "CELEX:32021R0821",
        ),
    ],
)
def test_defined_name_capitalised_or_in_capitals(lang: str, text: str, pin: str) -> None:
    assert pin in keys(text, lang)


@pytest.mark.parametrize(
    ("name", "use", "read"),
    [
        ("gigabittiasetus", "Gigabittiasetus", True),
        ("nařízení", "NAŘÍZENÍ", True),
        ("the Directive", "‘THE DIRECTIVE’", True),
        ("the Directive", "The Directive", True),
        ("Directive", "directive", False),
        ("tukiasetus", "TukiAsetus", False),
    ],
)
def test_a_defined_name_as_written(name: str, use: str, read: bool) -> None:
    pattern = regex.compile(r"[‘’]?" + regex.escape(name) + r"[‘’]?")
    assert as_written(pattern, use) is read


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Asetus (EU) 2022/2065 tuli voimaan vuonna 2022. Säädöksen 5 artiklan 2 kohtaa ja "
            "säädöksen 9 artiklaa sovelletaan heti.",
            ["CELEX:32022R2065", "CELEX:32022R2065:5(2)", "CELEX:32022R2065:9"],
        ),
        (
            "de",
            "Die Richtlinie 2014/61/EU wurde 2014 erlassen. Artikel 7 des genannten Rechtsakts "
            "regelt die Genehmigungen.",
            ["CELEX:32014L0061", "CELEX:32014L0061:7"],
        ),
        (
            "da",
            "Forordning (EU) 2022/2065 trådte i kraft i 2022. Artikel 5 i nævnte retsakt "
            "gælder straks.",
            ["CELEX:32022R2065", "CELEX:32022R2065:5"],
        ),
        (
            "sv",
            "Förordning (EU) 2022/2065 trädde i kraft 2022. Artikel 5 i nämnda rättsakt "
            "gäller omedelbart.",
            ["CELEX:32022R2065", "CELEX:32022R2065:5"],
        ),
        # with no act cited before it the word names nothing
        ("fi", "Säädöksen 5 artiklan 2 kohtaa sovelletaan heti.", []),
    ],
)
def test_reference_word_of_no_kind_is_the_last_act(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
