"""No issue of the Official Journal is numbered 0: an OJ reference whose issue reads 0
(ga "( IO L 0, 25.2.2021 )", a corrigendum notice whose issue number was lost in
conversion) names no issue and is no citation (round-38 precedent). Issues 1 to 9 and
zero-padded issues ("L 065") stay keyed."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ga", "Ceartúchán ar Rialachán Tarmligthe ( IO L 0, 12.3.2021 )"),
        ("en", "Corrigendum to the Delegated Regulation (OJ L 0, 12.3.2021, p. 4)"),
        ("fr", "Rectificatif au règlement délégué (JO L 0 du 12.3.2021, p. 4)"),
        ("de", "Berichtigung der Delegierten Verordnung (ABl. L 00 vom 12.3.2021, S. 4)"),
        ("en", "the summary (OJ C 000, 4.5.2005, p. 2)"),
    ],
)
def test_issue_zero_is_no_citation(lang: str, text: str) -> None:
    assert [k for k in keys(text, lang) if k.startswith("OJ:")] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ga", "( IO L 65, 12.3.2021 )", ["OJ:L:2021:065"]),
        ("en", "(OJ L 1, 4.1.2020, p. 2)", ["OJ:L:2020:001:2"]),
        ("fr", "(JO L 065 du 12.3.2021, p. 4)", ["OJ:L:2021:065:4"]),
        ("de", "(ABl. L 10 vom 12.1.2021, S. 5)", ["OJ:L:2021:010:5"]),
    ],
)
def test_other_issues_stay_keyed(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
