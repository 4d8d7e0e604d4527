"""Greek extraction on real sentences from EU texts (europarl doceo, EUR-Lex)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="el")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TA-7-2014-0231_EL: whole treaty, "ιδίως ... αυτής" (thereof)
        (
            "–  έχοντας υπόψη τη Συνθήκη για την Ευρωπαϊκή Ένωση, και ιδίως τα άρθρα 2, 6 και 7 "
            "αυτής,",
            ["TEU", "TEU:2", "TEU:6", "TEU:7"],
        ),
        # TA-9-2020-0355_EL: Greek point letter
        (
            "– έχοντας υπόψη το άρθρο 294 παράγραφος 2, το άρθρο 177 και το άρθρο 322 "
            "παράγραφος 1, στοιχείο α) της Συνθήκης για τη Λειτουργία της Ευρωπαϊκής Ένωσης,",
            ["TFEU:294(2)", "TFEU:177", "TFEU:322(1)(a)"],
        ),
        (
            "άρθρο 5 παράγραφος 1 στοιχείο στ) του κανονισμού (ΕΕ) 2016/679",
            ["CELEX:32016R0679:5(1)(f)"],
        ),
        # B-9-2019-0118_EL header and a Rules visa
        ("σύμφωνα με το άρθρο 132 παράγραφος 2 του Κανονισμού", ["EP-RULES:132(2)"]),
        ("–  έχοντας υπόψη το άρθρο 54 του Κανονισμού του,", ["EP-RULES:54"]),
        # REC-2003-54_EL: subparagraph dropped, "της συνθήκης" points back
        (
            "τη συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας, και ιδίως το άρθρο 152 "
            "παράγραφος 4 δεύτερο εδάφιο,",
            ["TEC", "TEC:152(4)"],
        ),
        (
            "–  έχοντας υπόψη το άρθρο 6 της Ευρωπαϊκής Σύμβασης Δικαιωμάτων του Ανθρώπου,",
            ["ECHR:6"],
        ),
        # a defined short name in quotes is not a citation
        (
            "–  έχοντας υπόψη τον Χάρτη των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης («ο "
            "Χάρτης των Θεμελιωδών Δικαιωμάτων»),",
            ["CFR"],
        ),
        # OJ: footnote, EUR-Lex metadata line, old EUR-Lex header
        ("(1) ΕΕ L 222 της 20.8.2008, σ. 1.", ["OJ:L:2008:222:1"]),
        ("ΕΕ C 177E της 27.6.2000, s. 96—97", ["OJ:C:2000:177E:96"]),
        ("Επίσημη Εφημερίδα αριθ. L 022 της 25/01/2003 σ. 0031 - 0034", ["OJ:L:2003:022:31"]),
        ("(2) Κείμενα που εγκρίθηκαν, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
        ("άρθρα 28 ΕΚ και 30 ΕΚ", ["TEC:28", "TEC:30"]),
    ],
)
def test_greek_citations(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "this Regulation" and a lower-case "regulation" are not the EP Rules
        "Το άρθρο 5 του παρόντος κανονισμού εφαρμόζεται από την 1η Ιανουαρίου 2021.",
        "άρθρο 7 του κανονισμού του Συμβουλίου",
        "Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 20ής Ιανουαρίου 2021",
    ],
)
def test_greek_negatives(text: str) -> None:
    assert keys(text) == []


def test_decision_number_under_title() -> None:
    # EUR-Lex 2009/882/EU: the capitalised heading names the act, not the subject line
    text = (
        "ΑΠΌΦΑΣΗ ΤΟΥ ΕΥΡΩΠΑΪΚΟΫ ΣΥΜΒΟΥΛΊΟΥ\n\n    της 1ης Δεκεμβρίου 2009\n\n"
        "    για τη θέσπιση του εσωτερικού του κανονισμού\n\n    (2009/882/ΕΕ)\n\n"
        "    ΤΟ ΕΥΡΩΠΑΪΚΟ ΣΥΜΒΟΥΛΙΟ,\n\n    Έχοντας υπόψη τη συνθήκη για τη λειτουργία της "
        "Ευρωπαϊκής Ένωσης, και ιδίως το άρθρο 235, παράγραφος 3,"
    )
    assert keys(text) == ["CELEX:32009D0882", "TFEU", "TFEU:235(3)"]


def test_point_letter_with_keraia() -> None:
    # CJEU C-70/95 (docplayer transcript): older style point "στοιχείο ζ'" inside a list
    text = (
        "κατ' εφαρμογήν του άρθρου 177 της Συνθήκης ΕΚ, με την οποία ζητείται, στο πλαίσιο της "
        "διαφοράς που εκκρεμεί ενώπιον του αιτούντος δικαστηρίου μεταξύ Sodemare SA, Anni Azzurri "
        "Holding SpA, Anni Azzurri Rezzato Sri, υποστηριζόμενων από τη Fédération des maisons de "
        "repos privées de Belgique (Femarbel) ASBL, και Regione Lombardia, η έκδοση προδικαστικής "
        "αποφάσεως ως προς την ερμηνεία των άρθρων 3, στοιχείο ζ', 5, 52, 58, 59, 85, 86, 90 και "
        "190 της Συνθήκης ΕΚ, * Γλώσσα διαδικασίας: η ιταλική."
    )
    assert keys(text) == [
        "TEC:177",
        "TEC:3(g)",
        "TEC:5",
        "TEC:52",
        "TEC:58",
        "TEC:59",
        "TEC:85",
        "TEC:86",
        "TEC:90",
        "TEC:190",
    ]
