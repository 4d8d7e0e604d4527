"""An OJ issue joined to its date by a slash, with no page: el "με στοιχεία O.J. C
392/19.12.2012", en "OJ C 392/19.12.2012", de "ABl. C 392/19.12.2012": the number
after the slash is the date's day, not a page."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "δημοσιεύτηκε με στοιχεία O.J. C 392/19.12.2012, ενώ θα ισχύσει", ["OJ:C:2012:392"]),
        ("el", "δημοσιεύτηκε στην ΕΕ C 392/19.12.2012, ενώ θα ισχύσει", ["OJ:C:2012:392"]),
        ("en", "It was published in OJ C 392/19.12.2012, and applies.", ["OJ:C:2012:392"]),
        ("de", "Sie wurde im ABl. C 392/19.12.2012 veröffentlicht.", ["OJ:C:2012:392"]),
        ("en", "See OJ L 70/11, 12.3.2009, for the text.", ["OJ:L:2009:070:11"]),
    ],
)
def test_issue_slash_date(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
