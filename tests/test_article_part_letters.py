"""The Sixth VAT Directive splits some articles into lettered parts ("Article
13A(1)(b)"), which national texts write with a part word or a bare capital between
commas: da "artikel 13, punkt A, stk. 1, litra b)", de "Art. 13 Teil A Abs. 1
Buchst. b", pl "art. 13 część A ust. 1 lit. b)", cs "čl. 13 části A", bg "член 13,
част А", fr "article 13, A, paragraphe 1, sous b)". The part is the article's letter:
`13a(1)(b)`."""

from __future__ import annotations

import pytest

import citeresolve

SIXTH = "CELEX:31977L0388"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("da", "artikel 13, punkt A, stk. 1, litra b), i direktiv 77/388/EØF", ["13a(1)(b)"]),
        ("de", "Art. 13 Teil B Buchst. d der Richtlinie 77/388/EWG", ["13b(d)"]),
        ("pl", "art. 13 część A ust. 1 lit. c) dyrektywy 77/388/EWG", ["13a(1)(c)"]),
        ("cs", "čl. 13 části B písm. d) směrnice 77/388/EHS", ["13b(d)"]),
        ("sk", "článku 13 časti A ods. 1 písm. g) smernice 77/388/EHS", ["13a(1)(g)"]),
        ("bg", "член 13, част А, параграф 1, буква б) от Директива 77/388/ЕИО", ["13a(1)(b)"]),
        ("fr", "l'article 13, A, paragraphe 1, sous b), de la directive 77/388/CEE", ["13a(1)(b)"]),
        ("nl", "artikel 13, B, sub d, van richtlijn 77/388/EEG", ["13b(d)"]),
        (
            "it",
            "articolo 13, parte A, paragrafo 1, lettera b), della direttiva 77/388/CEE",
            ["13a(1)(b)"],
        ),
    ],
)
def test_a_lettered_part_is_the_article_letter(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == [f"{SIXTH}:{pin}" for pin in expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a numbered point, not a part
        ("da", "artikel 4, nr. 1, i forordning (EU) 2016/679", ["CELEX:32016R0679:4"]),
        # a list of articles
        ("fr", "les articles 5, 6 et 7 du règlement (UE) 2016/679", ["5", "6", "7"]),
        ("pl", "art. 5 i 6 rozporządzenia (UE) 2016/679", ["5", "6"]),
    ],
)
def test_no_part_without_its_capital(lang: str, text: str, expected: list[str]) -> None:
    found = keys(text, lang)
    assert found == [k if k.startswith("CELEX") else f"CELEX:32016R0679:{k}" for k in expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Article 13A(1)(b) of Directive 77/388/EEC", "13a(1)(b)"),
        ("en", "Article 13B(d) of the Sixth Directive", "13b(d)"),
        ("mt", "l-Artikolu 13A(1)(b) tad-Direttiva 77/388/KEE", "13a(1)(b)"),
        ("ga", "Airteagal 13A(1)(b) de Threoir 77/388/CEE", "13a(1)(b)"),
        ("sl", "člen 13B(d) Direktive 77/388/EGS", "13b(d)"),
    ],
)
def test_a_capital_glued_before_the_bracket(lang: str, text: str, expected: str) -> None:
    assert keys(text, lang) == [f"{SIXTH}:{expected}"]
