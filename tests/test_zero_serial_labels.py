"""A board's or agency's decision label, year and serial joined by a hyphen with a
leading zero (et "KOLLEEGIUMI OTSUS 2020-04"), is no EU act: EU act serials are
written without a leading zero. A hyphenated act number with its domain is still read."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("CELEX:")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "et",
            "L 287/1\n\n\nKOLLEEGIUMI OTSUS 2020-04,\n\n15. juuli 2020,\n\nsise-eeskirjade kohta",
        ),
        ("en", "Decision 2020-04 of the Management Board of 15 July 2020 on internal rules"),
        ("fr", "la décision 2019-03 du conseil d'administration du 15 juillet 2019"),
        ("de", "der Beschluss 2021-07 des Verwaltungsrats vom 15. Juli 2021"),
    ],
)
def test_a_zero_serial_label_is_no_act(lang: str, text: str) -> None:
    assert acts(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "la directive 2006-123-CE relative aux services", ["CELEX:32006L0123"]),
        ("en", "Directive 2006-123-EC on services", ["CELEX:32006L0123"]),
    ],
)
def test_a_hyphenated_act_with_its_domain_is_read(
    lang: str, text: str, expected: list[str]
) -> None:
    assert acts(text, lang) == expected
