"""An inserted article's letter set apart from its number before a Treaty's
abbreviation, as older and correlation texts write it ("ex Articles 11 and 11 a TEC",
"Articles 27 a to 27 e TEU"), is the article's (families/spaced_letters.py). Only
there: before an act's short name the letter after a paragraph's number is a point
("Art. 6 Abs. 1 c DSGVO", "čl. 6 odst. 1 c GDPR"), and a one-letter word of the
language is that word (sv "artikel 177 i EG-fördraget": "in")."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Article 30 (ex Articles 11 and 11 a TEC) applies", ["TEC:11", "TEC:11a"]),
        (
            "en",
            "(ex Articles 27 a to 27 e , 40 to 40 b and 43 to 45 TEU)",
            ["TEU:27a-27e", "TEU:40-40b", "TEU:43-45"],
        ),
        ("de", "(ex-Artikel 27 a bis 27 e EUV)", ["TEU:27a-27e"]),
        ("de", "auf der Grundlage von Artikel 100 a EGV erlassen", ["TEC:100a"]),
        ("nl", "op grond van artikel 100 a EG heeft de Raad", ["TEC:100a"]),
        ("fr", "(anciens articles 27 A à 27 E TUE)", ["TEU:27a-27e"]),
    ],
)
def test_spaced_letter_before_a_treaty(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a paragraph's letter before an act's short name is a point
        ("de", "gemäß Art. 6 Abs. 1 c DSGVO ist", [f"{GDPR}:6(1)(c)"]),
        ("cs", "podle čl. 6 odst. 1 c GDPR je", [f"{GDPR}:6(1)(c)"]),
        # ... and before a Treaty's too
        ("cs", "podle čl. 6 odst. 1 c ES je", ["TEC:6(1)(c)"]),
        # no paragraph 1c, no Article 6c
        ("en", "under Article 6(1) c of the GDPR is", []),
        ("en", "under Article 6 c GDPR is", []),
        # the language's one-letter words
        ("sv", "enligt artikel 177 i EG-fördraget (nu artikel 234 EG)", ["TEC:177", "TEC:234"]),
        ("da", "jf. artikel 151 i TEUF", ["TFEU:151"]),
    ],
)
def test_no_spaced_letter(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
