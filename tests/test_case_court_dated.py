"""An old case number after the Court's abbreviation, the judgment's word and its date
(``courts`` of each language file's [cases]; families/case_courts.py): pl "Wyrok TS z 15
lipca 1964 r., 6/64", de "EuGH, Urteil vom 15. Juli 1964, 6/64", fi "EYT, tuomio
15.7.1964, 6/64", it "Corte giust., 15 luglio 1964, 6/64" are Case 6/64."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("pl", "¹ Wyrok TS z 9 marca 1978 r., 106/77 Simmenthal, Rec. s. 629.", "CJEU:C-106/77"),
        ("pl", "Por. wyrok TSUE z dnia 20 lutego 1979 r., 120/78 Rewe-Zentral.", "CJEU:C-120/78"),
        ("de", "Vgl. EuGH, Urteil vom 20. Februar 1979, 120/78, Rewe-Zentral.", "CJEU:C-120/78"),
        ("fi", "Ks. EYT, tuomio 9.3.1978, 106/77, Simmenthal.", "CJEU:C-106/77"),
        ("fi", "Ks. EUT:n tuomio 5.2.1963, 26/62, Van Gend en Loos.", "CJEU:C-26/62"),
        ("it", "Cfr. Corte giust., 9 marzo 1978, 106/77, Simmenthal.", "CJEU:C-106/77"),
        ("el", "Βλ. ΔΕΚ, απόφαση της 9ης Μαρτίου 1978, 106/77, Simmenthal.", "CJEU:C-106/77"),
    ],
)
def test_the_number_after_the_dated_judgment_is_a_case(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Wyrok TS z 9 marca 1978 r., poz. 106/77 w rejestrze."),
        ("de", "EuGH, Urteil vom 20. Februar 1979, S. 649."),
        ("fi", "EYT, tuomio 9.3.1978, kohta 21."),
    ],
)
def test_no_case_without_its_number(lang: str, text: str) -> None:
    assert not [c for c in citeresolve.extract(text, lang=lang) if c.type == "case"]


def test_the_judgment_word_gives_no_decision() -> None:
    """el "απόφαση" is both a judgment and a decision: the number the Court's judgment
    holds is its case, not Decision 77/106."""
    text = "Βλ. ΔΕΚ, απόφαση της 9ης Μαρτίου 1978, 106/77, Simmenthal."
    assert [c.key for c in citeresolve.extract(text, lang="el")] == ["CJEU:C-106/77"]
