"""Annex lists joined to their act by a genitive: el writes the genitive plural
"των παραρτημάτων I και II του κανονισμού" with the accent moved ("παραρτημάτων", not
"παραρτήματ…"), which no annex word matched (the bare act was found); et writes the
numeral before the annex word and a part after it as an ordinal: "VI lisa 3. osa" is
Annex VI (Part 3), not Annex 3 (the bare act was found). en, fr and de read the same
lists already: kept here as the reference."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


ASF = "CELEX:32023R0594"
CLP = "CELEX:32008R1272"
SUD = "CELEX:32009L0128"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "Εκτελεστικός κανονισμός της Επιτροπής για την τροποποίηση των παραρτημάτων I "
            "και II του εκτελεστικού κανονισμού (ΕΕ) 2023/594 σχετικά με ειδικά μέτρα.",
            [f"{ASF}:annex-I", f"{ASF}:annex-II"],
        ),
        (
            "el",
            "Τα κράτη μέλη εφαρμόζουν τις απαιτήσεις των παραρτημάτων II και III της "
            "οδηγίας 2009/128/ΕΚ.",
            [f"{SUD}:annex-II", f"{SUD}:annex-III"],
        ),
        (
            "el",
            "Οι περιοχές του παραρτήματος I του κανονισμού (ΕΕ) 2023/594 επανεξετάζονται.",
            [f"{ASF}:annex-I"],
        ),
        (
            "en",
            "Implementing Regulation amending Annexes I and II to Implementing Regulation "
            "(EU) 2023/594 laying down special control measures.",
            [f"{ASF}:annex-I", f"{ASF}:annex-II"],
        ),
        (
            "fr",
            "Règlement d’exécution modifiant les annexes I et II du règlement d’exécution "
            "(UE) 2023/594 établissant des mesures spéciales.",
            [f"{ASF}:annex-I", f"{ASF}:annex-II"],
        ),
        (
            "de",
            "Durchführungsverordnung zur Änderung der Anhänge I und II der "
            "Durchführungsverordnung (EU) 2023/594 mit besonderen Maßnahmen.",
            [f"{ASF}:annex-I", f"{ASF}:annex-II"],
        ),
        (
            "et",
            "Ainete loetelu on esitatud määruse (EÜ) nr 1272/2008 VI lisa 3. osa tabelis 3.",
            [f"{CLP}:annex-VI"],
        ),
        (
            "et",
            "Ained on loetletud määruse (EÜ) nr 1272/2008 VI lisa 3. osas ning need "
            "põhinevad kõnealuse määruse I lisa kriteeriumidel.",
            [f"{CLP}:annex-VI", f"{CLP}:annex-I"],
        ),
        ("et", "Vt määruse (EÜ) nr 1272/2008 lisa VI 3. osa.", [f"{CLP}:annex-VI"]),
        # the same ordinal parts after a number-first annex in lv, lt, hu
        (
            "lv",
            "Saraksts ir sniegts Regulas (EK) Nr. 1272/2008 VI pielikuma 3. daļā.",
            [f"{CLP}:annex-VI"],
        ),
        (
            "hu",
            "Az 1272/2008/EK rendelet VI. mellékletének 3. részében szereplő anyagok.",
            [f"{CLP}:annex-VI"],
        ),
    ],
)
def test_annex_lists_joined_by_genitive(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a plural annex word without numbers is the act, not an annex
        ("el", "σύμφωνα με τις διατάξεις των παραρτημάτων του κανονισμού (ΕΕ) 2023/594", [ASF]),
        # an Arabic annex number after the word, with no numeral before it, stays the number
        ("et", "Vt direktiivi 2009/128/EÜ lisa 3 kohaselt.", [f"{SUD}:annex-3"]),
        # national law: nothing
        ("et", "Vt seaduse VI lisa 3. osa.", []),
        ("el", "των παραρτημάτων I και II του νόμου 4624/2019", []),
    ],
)
def test_annex_genitive_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
