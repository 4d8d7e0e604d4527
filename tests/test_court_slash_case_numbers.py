"""A case number joined to the Court's abbreviation by a slash, as legal databases list
related documents (el "Σχετικά Έγγραφα … ΔΕΚ/C-324/1998"), is that case."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "el",
            "Σχετικά Έγγραφα\n\nΔΕΚ/C-324/1998\n\nΠερίληψη Η οδηγία αφορά τις συμβάσεις.",
            ["CJEU:C-324/98"],
        ),
        (
            "el",
            "Βλ. επίσης ΔΕΕ/C-205/2012 και ΔΕΚ/C-31/1987 για την αρχή της διαφάνειας.",
            ["CJEU:C-205/12", "CJEU:C-31/87"],
        ),
        (
            "de",
            "Verwandte Entscheidungen: EuGH/C-324/98 (Telaustria) zur Transparenzpflicht.",
            ["CJEU:C-324/98"],
        ),
        (
            "es",
            "Jurisprudencia citada: TJUE/C-324/98, sobre la obligación de transparencia.",
            ["CJEU:C-324/98"],
        ),
    ],
)
def test_case_after_court_and_slash(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys


def test_commission_case_number_after_slash_is_no_court_case() -> None:
    # A competition case number: "COMP" is no court, "C‑3" no case of the Court.
    text = "Decisión de la Comisión (Asunto COMP/C‑3/37.990 — Intel)."
    assert not any(c.key.startswith("CJEU:") for c in extract(text, lang="es"))
