"""Greek texts dot the letters of an act's domain, in Greek or in Latin look-alikes: a
municipality's privacy policy "σε συμμόρφωση με τον Γενικό Κανονισμό Προστασίας Δεδομένων
(E.E. 2016/679) και το Νόμο 4624/2019" gave nothing, as did "τον Κανονισμό (Ε.Ε.)
2016/679" and "Κανονισμός (Ε.Κ.) αριθ. 1907/2006". The dotted forms are Greek domains now.
A dotted "Ε.Ε." elsewhere (the Cyprus Gazette, "Ε.Ε. Παρ.Ι(i)") cites nothing."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang="el") if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "παρακαλούμε διαβάστε προσεκτικά την παρούσα Πολιτική Προστασίας Δεδομένων "
            "Προσωπικού Χαρακτήρα σε συμμόρφωση με τον Γενικό Κανονισμό Προστασίας Δεδομένων "
            "(E.E. 2016/679) και το Νόμο 4624/2019 (ΦΕΚ Α 137/29.08.2019).",
            [("CELEX:32016R0679", "Γενικό Κανονισμό Προστασίας Δεδομένων (E.E. 2016/679")],
        ),
        (
            "σύμφωνα με τον Κανονισμό (Ε.Ε.) 2016/679 του Ευρωπαϊκού Κοινοβουλίου",
            [("CELEX:32016R0679", "Κανονισμό (Ε.Ε.) 2016/679")],
        ),
        (
            "Δελτίο δεδομένων ασφαλείας σύμφωνα με τον Κανονισμό (Ε.Κ.) αριθ. 1907/2006",
            [("CELEX:32006R1907", "Κανονισμό (Ε.Κ.) αριθ. 1907/2006")],
        ),
        # the undotted forms, unchanged
        (
            "σύμφωνα με τον Κανονισμό (ΕΕ) 2016/679",
            [("CELEX:32016R0679", "Κανονισμό (ΕΕ) 2016/679")],
        ),
        # the Cyprus Gazette, a national law, a dotted Official Journal with no act
        ("Ε.Ε. Παρ.Ι(i), Αρ.3837, 16/4/2004", []),
        ("Ο περί Ίσης Μεταχείρισης Νόμος του 2004 (Ν. 58(Ι)/2004) Ε.Ε. Παρ. Ι(Ι)", []),
        ("ο νόμος 4624/2019 Ε.Ε. και", []),
    ],
)
def test_dotted_domains(text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text) == expected
