"""An abbreviated case word before an old case number with no court letter (pt
"proc. 283/81", es "as. 283/81", as fr "aff." and de "Rs." already read): a case of the
Court of Justice; the years after 1988 stay unread, whatever the word (a national
court's "proc. 0456/17")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Acórdão de 6 de outubro de 1982, Cilfit, proc. 283/81, n.º 21."),
        ("es", "STJCE de 6 de octubre de 1982, as. 283/81, Cilfit, apartado 21."),
        ("fr", "CJCE, 6 octobre 1982, Cilfit, aff. 283/81, point 21."),
        ("de", "EuGH, Urteil vom 6. Oktober 1982, Rs. 283/81, Cilfit, Rn. 21."),
    ],
)
def test_abbreviated_case_word(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CJEU:C-283/81"]


def test_joined_old_cases_after_plural_abbreviation() -> None:
    assert _keys("Ver os procs. 6/64 e 26/62.", "pt") == ["CJEU:C-6/64", "CJEU:C-26/62"]


@pytest.mark.parametrize(
    "text", ["Acórdão do STA, proc. 0456/17, de 2018.", "proc. 1234/21.0T8LSB"]
)
def test_national_process_numbers_stay_unread(text: str) -> None:
    assert _keys(text, "pt") == []
