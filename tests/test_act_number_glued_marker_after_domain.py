"""A footnote marker glued to an act number after its bracketed domain: no act's serial
has five digits, and "(EU)" before the number makes it an EU act's, so the last digit is
the marker (fi "Neuvoston päätöksen (EU) 2015/15231 mukaisesti", note 1). Without the
bracketed domain a five-digit serial is some other file number."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fi", "Neuvoston päätöksen (EU) 2016/17541 mukaisesti siirretään", ["CELEX:32016D1754"]),
        ("en", "under Council Decision (EU) 2016/17541 relocated persons", ["CELEX:32016D1754"]),
        ("de", "nach dem Beschluss (EU) 2016/17541 des Rates", ["CELEX:32016D1754"]),
        ("sv", "enligt rådets beslut (EU) 2016/17542 ska", ["CELEX:32016D1754"]),
    ],
)
def test_marker_after_bracketed_domain(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the court's file 2016/17541 of the applicant"),
        ("fi", "asian 2016/17541 mukaisesti"),
    ],
)
def test_five_digit_serial_without_domain_is_no_act(lang: str, text: str) -> None:
    assert not any(k.startswith("CELEX:") for k in keys(text, lang))
