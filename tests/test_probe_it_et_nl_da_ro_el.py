"""Classes found by blind probes in it, et, nl, da, ro and el texts (issue 11): a
Court's abbreviation before an old case number in encyclopaedia lists, the one-letter
Greek article abbreviation of textbooks, the micro sign that Greek PDF fonts give for
mu, and polytonic Greek (judgments of the early 1980s, older law texts)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # nl Wikipedia's list of judgments: "EHJ" (Europees Hof van Justitie)
        (
            "nl",
            " • EHJ 26/62 Van Gend en Loos – Europese Unie heeft eigen rechtsorde.\n"
            " • EHJ 6/64 Costa/ENEL – Voorrang van het gemeenschapsrecht.\n"
            " • EHJ 148/78 Ratti[3] – Voorschrift voor etikettering van oplosmiddelen.",
            ["CJEU:C-26/62", "CJEU:C-6/64", "CJEU:C-148/78"],
        ),
        (
            "nl",
            "Zie HvJEU 6/64, Costa/ENEL, en HvJEG 106/77 Simmenthal II.",
            ["CJEU:C-6/64", "CJEU:C-106/77"],
        ),
        # the same mechanism, already there: it "CGCE", ro "CJCE", el "ΔΕΚ"
        ("it", "Si veda CGCE 26/62, Van Gend en Loos.", ["CJEU:C-26/62"]),
        ("ro", "A se vedea CJCE 6/64 Costa/ENEL.", ["CJEU:C-6/64"]),
        ("el", "Βλ. ΔΕΚ 26/62 Van Gend en Loos.", ["CJEU:C-26/62"]),
    ],
)
def test_court_abbreviation_before_old_case(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the Court of Human Rights' abbreviation is not the Court of Justice's
        ("nl", "Zie EHRM 26/62 en het EVRM."),
        # a date and a national law number after the abbreviation-like word
        ("nl", "De EHJ-commissie vergaderde op 26/6 over wet 12/2020."),
    ],
)
def test_court_abbreviation_negatives(lang: str, text: str) -> None:
    assert [k for k in _keys(text, lang) if k.startswith("CJEU")] == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Οι νομικά δεσμευτικές πράξεις, πηγές του παραγώγου δικαίου κατά το ά. 288 ΣΛΕΕ "
            "είναι: ο Κανονισμός, η Οδηγία, η Απόφαση. Το ά. 288 ΣΛΕΕ δεν αποτελεί γενική "
            "εξουσιοδοτική διάταξη.",
            ["TFEU:288", "TFEU:288"],
        ),
        ("Κατά το ά. 4 παρ. 3 ΣΕΕ τα κράτη μέλη συνεργάζονται.", ["TEU:4(3)"]),
    ],
)
def test_greek_one_letter_article(text: str, keys: list[str]) -> None:
    assert _keys(text, "el") == keys


def test_greek_one_letter_article_negative() -> None:
    # "ά." is no article word without a number after it, nor a national law's article
    text = "Η ά. ποιότητα των προϊόντων και το ά. 5 του ν. 4412/2016 δεν αφορούν την Ένωση."
    assert _keys(text, "el") == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # docplayer.gr's conversion of a CONSLEG text: every mu is a micro sign
        (
            "B ΚΑΝΟΝΙΣΜΟΣ (ΕΟΚ) αριθ. 2037/93 ΤΗΣ ΕΠΙΤΡΟΠΗΣ περί λεπτοµερών κανόνων "
            "εφαρµογής του κανονισµού (ΕΟΚ) αριθ. 2081/92 του Συµβουλίου\n"
            "Τροποποιείται από: M1 M2 Κανονισµός (ΕΚ) αριθ. 1428/97 της Επιτροπής της 23ης "
            "Ιουλίου 1997 Κανονισµός (ΕΚ) αριθ. 1726/98 της Επιτροπής",
            ["CELEX:31993R2037", "CELEX:31992R2081", "CELEX:31997R1428", "CELEX:31998R1726"],
        ),
        (
            "σύµφωνα µε το άρθρο 5 παράγραφος 2 του Κανονισµού (ΕΕ) 2016/679",
            ["CELEX:32016R0679:5(2)"],
        ),
    ],
)
def test_greek_micro_sign_read_as_mu(text: str, keys: list[str]) -> None:
    assert _keys(text, "el") == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a micro sign stays a unit in other scripts: the citation beside it is unchanged
        (
            "en",
            "A limit of 5 µg/kg applies under Regulation (EC) No 1881/2006.",
            ["CELEX:32006R1881"],
        ),
        ("it", "Il limite di 5 µg/kg del regolamento (CE) n. 1881/2006.", ["CELEX:32006R1881"]),
        ("el", "Όριο 5 µg/kg σύμφωνα με τον κανονισμό (ΕΚ) αριθ. 1881/2006.", ["CELEX:32006R1881"]),
    ],
)
def test_micro_sign_units(lang: str, text: str, keys: list[str]) -> None:
    result = extract(text, lang=lang)
    assert [c.key for c in result] == keys
    assert all(text[c.start : c.end] for c in result)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a 1982 judgment in polytonic Greek (docplayer.gr)
        (
            "«Gritz» Ὑπόθεση 51/81\n\nὉπως προκύπτει ἀπό άρθρο 215 τῆς συνθήκης ΕΟΚ, ἡ γέννηση "
            "τῆς ἐξωσυμβατικῆς ευθύνης τῆς Κοινότητος εξαρτάται ἀπό προϋποθέσεις.",
            ["CJEU:C-51/81", "TEC:215"],
        ),
        ("Κατά τό ἄρθρο 177 τῆς Συνθήκης ΕΟΚ, τό Δικαστήριο ἀποφαίνεται.", ["TEC:177"]),
        ("Ὑποθέσεις 26/62 καί 6/64.", ["CJEU:C-26/62", "CJEU:C-6/64"]),
    ],
)
def test_greek_polytonic(text: str, keys: list[str]) -> None:
    result = extract(text, lang="el")
    assert [c.key for c in result] == keys
    # the spans are those of the text as written
    assert text[result[0].start : result[0].end].endswith(("51/81", "177", "26/62"))


def test_greek_polytonic_negative() -> None:
    # a national law in polytonic spelling stays a national law
    text = "Κατά τό ἄρθρο 5 τοῦ νόμου 1234/1982 καί τό ἄρθρο 7 τοῦ Συντάγματος."
    assert _keys(text, "el") == []
