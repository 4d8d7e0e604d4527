"""Greek texts dot the Official Journal's abbreviation as they dot the Union's domain:
a committee rapporteur's speech on a transposition bill, "της Οδηγίας 2013/34/ΕΕ …
(Ε.Ε. L 189 της 29ης Ιουνίου 2013) … της Οδηγίας 2014/95/ΕΕ … (Ε.Ε. L 330/1 της 15ης
Νοεμβρίου 2014)". "Ε.Ε." is an OJ abbreviation of the el data; since the domain before
a year-first act number is the OJ's abbreviation too, such a number is the OJ's own
(an act-by-act issue with its series lost) only from the year that numbering began:
"(Ε.Ε. 2016/679)" and "(ΕΕ 2016/679)" after the GDPR's popular name stay the act, pl
"(Dz.Urz.UE 2024/1689)" stays no act."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "την κατάργηση των Οδηγιών 78/660/ΕΟΚ και 83/349/ΕΟΚ του Συμβουλίου» (Ε.Ε. L 189"
            " της 29ης Ιουνίου 2013) και στις διατάξεις της Οδηγίας 2014/95/ΕΕ (Ε.Ε. L 330/1"
            " της 15ης Νοεμβρίου 2014)",
            [
                "CELEX:31978L0660",
                "CELEX:31983L0349",
                "OJ:L:2013:189",
                "CELEX:32014L0095",
                "OJ:L:2014:330:1",
            ],
        ),
        ("el", "(Ε.Ε. L 119 της 4.5.2016, σ. 1)", ["OJ:L:2016:119:1"]),
        ("el", "(ΕΕ L 119 της 4.5.2016, σ. 1)", ["OJ:L:2016:119:1"]),
        # the domain before an act number of a year before act-by-act numbering
        (
            "el",
            "σε συμμόρφωση με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΕΕ 2016/679)",
            ["CELEX:32016R0679"],
        ),
        (
            "el",
            "σε συμμόρφωση με τον Γενικό Κανονισμό Προστασίας Δεδομένων (E.E. 2016/679)",
            ["CELEX:32016R0679"],
        ),
        # the Cyprus Gazette, and the OJ's act-by-act number without its series
        ("el", "Ε.Ε. Παρ.Ι(i), Αρ.3849, 30/4/2004", []),
        ("pl", "(Dz.Urz.UE 2024/1689)", []),
    ],
)
def test_dotted_greek_journal(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
