"""The page of an OJ citation after a semicolon that follows its date: hr "(SL L 1,
4. 1. 2003.; str. 1.– 25.)", en "(OJ L 1, 4.1.2003; p. 1)", de "(ABl. L 1 vom
4.1.2003; S. 1)": the page belongs to the issue, as after a comma."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "hr",
            "člancima 81. i 82. Ugovora (SL L 1, 4. 1. 2003.; str. 1.– 25., u daljnjem "
            "tekstu: Uredba Vijeća (EZ) br. 1/2003)",
        ),
        ("en", "Articles 81 and 82 of the Treaty (OJ L 1, 4.1.2003; p. 1), as amended."),
        ("de", "Artikel 81 und 82 des Vertrags (ABl. L 1 vom 4.1.2003; S. 1), zuletzt geändert."),
        ("fr", "articles 81 et 82 du traité (JO L 1 du 4.1.2003; p. 1), modifié."),
    ],
)
def test_page_after_semicolon(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["OJ:L:2003:001:1"]
