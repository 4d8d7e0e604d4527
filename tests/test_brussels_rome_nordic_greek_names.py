"""The private international law regulations are cited by their Brussels and Rome
names in Swedish, Danish, Greek and Finnish as in the other languages: sv "art. 39
Bryssel I bis-förordningen", "artikel 6.1 i Rom III-förordningen", da "artikel 24 i
Bruxelles I-forordningen", el "άρθρο 7 του Κανονισμού Βρυξέλλες Ια", fi "Bryssel I
-asetuksen 5 artikla" give the articles of Regulations 1215/2012, 44/2001, 2201/2003
and 1259/2010 (the names were missing in these languages). The name alone stays no
citation."""

from __future__ import annotations

import pytest

import citeresolve

BRUSSELS_I_BIS = "CELEX:32012R1215"
BRUSSELS_I = "CELEX:32001R0044"
BRUSSELS_IIA = "CELEX:32003R2201"
ROME_I = "CELEX:32008R0593"
ROME_II = "CELEX:32007R0864"
ROME_III = "CELEX:32010R1259"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Enligt HD förutsätter behörighetsregeln bestämmelsen om verkställighet av domar i "
            "art. 39 Bryssel I bis-förordningen.",
            [f"{BRUSSELS_I_BIS}:39"],
        ),
        (
            "sv",
            "Domstolen var behörig enligt artikel 4.1 i Bryssel Ia-förordningen.",
            [f"{BRUSSELS_I_BIS}:4(1)"],
        ),
        (
            "sv",
            "Frågan om tillämplig lag avgörs enligt artikel 8 i Rom III-förordningen.",
            [f"{ROME_III}:8"],
        ),
        (
            "sv",
            "Tingsrätten prövade behörigheten enligt artikel 3 i Bryssel IIa-förordningen.",
            [f"{BRUSSELS_IIA}:3"],
        ),
        (
            "da",
            "Sagsøgte gjorde gældende, at værnetinget i artikel 24 i Bruxelles I-forordningen "
            "ikke var opfyldt.",
            [f"{BRUSSELS_I}:24"],
        ),
        (
            "da",
            "Landsretten henviste til artikel 7, nr. 1, i Bruxelles Ia-forordningen.",
            [f"{BRUSSELS_I_BIS}:7"],
        ),
        (
            "el",
            "Η διεθνής δικαιοδοσία θεμελιώνεται στο άρθρο 7 του Κανονισμού Βρυξέλλες Ια.",
            [f"{BRUSSELS_I_BIS}:7"],
        ),
        (
            "el",
            "Το εφαρμοστέο δίκαιο κρίνεται κατά το άρθρο 4 του Κανονισμού Ρώμη Ι.",
            [f"{ROME_I}:4"],
        ),
        (
            "el",
            "Κατά το άρθρο 14 του Κανονισμού Ρώμη ΙΙ τα μέρη μπορούν να επιλέξουν το δίκαιο.",
            [f"{ROME_II}:14"],
        ),
        (
            "fi",
            "Käräjäoikeus katsoi olevansa toimivaltainen Bryssel I -asetuksen 5 artiklan "
            "perusteella.",
            [f"{BRUSSELS_I}:5"],
        ),
        ("sv", "Bryssel I bis-förordningen ersatte Bryssel I-förordningen år 2015.", []),
        ("el", "Ο Κανονισμός Βρυξέλλες Ια εφαρμόζεται από το 2015.", []),
    ],
)
def test_brussels_and_rome_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
