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


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("fr", "• CJCE, 6 oct. 1982, Cilfit, 283/81\n• Art. 47 de la Charte", "CJEU:C-283/81"),
        ("fr", "Voir CJCE, 15 juillet 1964, Costa c/ E.N.E.L., 6/64.", "CJEU:C-6/64"),
        ("de", "Vgl. EuGH, Urt. v. 6.10.1982 – 283/81, CILFIT.", "CJEU:C-283/81"),
        ("de", "Vgl. EuGH, Urt. v. 15.7.1964, Costa/E.N.E.L., 6/64.", "CJEU:C-6/64"),
        ("en", "See ECJ, judgment of 5 February 1963, Van Gend en Loos, 26/62.", "CJEU:C-26/62"),
        ("nl", "Zie HvJ 9 maart 1978, Simmenthal, 106/77.", "CJEU:C-106/77"),
    ],
)
def test_the_number_after_the_parties_of_a_dated_judgment_is_a_case(
    lang: str, text: str, key: str
) -> None:
    """A note lists an old judgment by court, date, the parties' short name and number,
    or with the judgment's word abbreviated (de "Urt. v.")."""
    assert key in [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "CJCE, 6 oct. 1982, Cilfit, p. 3415, point 21."),
        ("de", "EuGH, Urt. v. 6.10.1982, CILFIT, Slg. 1982, 3415."),
        ("en", "ECJ, judgment of 6 October 1982, CILFIT, paragraph 21."),
    ],
)
def test_no_case_after_the_parties_without_a_number(lang: str, text: str) -> None:
    assert not [c for c in citeresolve.extract(text, lang=lang) if c.type == "case"]
