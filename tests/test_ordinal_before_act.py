"""Where no "of" word joins an article to its act, an ordinal adjective may stand right
before the act's word: pl "art. 13 ust. 1 szóstej dyrektywy 77/388/EWG", cs "čl. 13
šesté směrnice", sk "článku 2 šiestej smernice", hr "članak 1. Treće direktive
90/232/EEZ" (the Sixth and the Third Directive); the article is that act's. The Sixth
VAT Directive is also named so alone ("art. 13 szóstej dyrektywy")."""

from __future__ import annotations

import pytest

import citeresolve

SIXTH = "CELEX:31977L0388"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "zgodnie z art. 13 ust. 1 szóstej dyrektywy 77/388/EWG", [f"{SIXTH}:13(1)"]),
        ("cs", "podle čl. 2 odst. 1 šesté směrnice 77/388/EHS", [f"{SIXTH}:2(1)"]),
        ("sk", "podľa článku 2 šiestej smernice 77/388/EHS", [f"{SIXTH}:2"]),
        ("sl", "v skladu s členom 4 šeste direktive 77/388/EGS", [f"{SIXTH}:4"]),
        ("hr", "članak 1. Treće direktive 90/232/EEZ", ["CELEX:31990L0232:1"]),
    ],
)
def test_ordinal_between_article_and_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "art. 13 szóstej dyrektywy", [f"{SIXTH}:13"]),
        ("cs", "čl. 17 šesté směrnice", [f"{SIXTH}:17"]),
        ("sk", "článok 17 šiestej smernice", [f"{SIXTH}:17"]),
        ("sl", "člen 17 šeste direktive", [f"{SIXTH}:17"]),
    ],
)
def test_the_sixth_directive_by_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
