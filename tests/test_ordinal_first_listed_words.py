"""Slovenian keyword lines and grounds list articles each with its own word, the
number written first: "Direktiva Sveta 93/13/EGS, 3. člen, 6. člen" and "3. člen in
6. člen Direktive 93/13/EGS" cite Articles 3 and 6 of the Directive. The second
number is the ordinal of the next article word, not a third item of the first
article's list, and a list before its instrument takes that instrument for every
item."""

from __future__ import annotations

import pytest

import citeresolve

UCT = "CELEX:31993L0013"
GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the instrument first (a keyword line): no repeated article
        ("Zveza: Direktiva Sveta 93/13/EGS, 3. člen, 6. člen.", [UCT, f"{UCT}:3", f"{UCT}:6"]),
        ("Zveza: Direktiva Sveta 93/13/EGS, 3. člen in 6. člen.", [UCT, f"{UCT}:3", f"{UCT}:6"]),
        # the instrument after the list: every item is its article
        ("Kršena sta 3. člen in 6. člen Direktive 93/13/EGS.", [f"{UCT}:3", f"{UCT}:6"]),
        (
            "Upravljavec krši 5. člen, 6. člen in 9. člen Uredbe (EU) 2016/679.",
            [f"{GDPR}:5", f"{GDPR}:6", f"{GDPR}:9"],
        ),
        # a list after the article word, then an ordinal article: both read
        ("v skladu s členom 5, 6. člen Uredbe (EU) 2016/679 določa", [f"{GDPR}:5", f"{GDPR}:6"]),
    ],
)
def test_listed_ordinal_articles(text: str, expected: list[str]) -> None:
    assert keys(text, "sl") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that ends at an article's number: the next article word is no list
        ("v skladu s členom 5 Uredbe (EU) 2016/679. Člen 6 določa", [f"{GDPR}:5"]),
        # an article word with its own number after it
        (
            "v skladu s členom 5, člen 6 Uredbe (EU) 2016/679 določa",
            [f"{GDPR}:5", f"{GDPR}:6"],
        ),
    ],
)
def test_no_list_across_a_numbered_word(text: str, expected: list[str]) -> None:
    assert keys(text, "sl") == expected
