"""Pins printed after their act, as judgment summaries print them: "(Act, art. 5, § 1)".

The paragraph and point words of those pins are abbreviations a running text rarely
uses: es plural "aps.", it "n." for a paragraph, and a point letter a comma sets after
its number ("Art. 3, h)").
"""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # es plural paragraph abbreviations: the paragraphs are the last article's
        (
            "es",
            "(Reglamento (UE) 2016/679, arts. 4 y 6, aps. 1 y 4)",
            [
                "CELEX:32016R0679",
                "CELEX:32016R0679:4",
                "CELEX:32016R0679:6(1)",
                "CELEX:32016R0679:6(4)",
            ],
        ),
        (
            "es",
            "(Directiva 2006/123/CE, arts. 9, 10 y 14, apdos. 2 y 3)",
            [
                "CELEX:32006L0123",
                "CELEX:32006L0123:9",
                "CELEX:32006L0123:10",
                "CELEX:32006L0123:14(2)",
                "CELEX:32006L0123:14(3)",
            ],
        ),
        # it "n." right after the article is its paragraph (the Court's older style)
        ("it", "(Artt. 43, n. 2, CE e 49 CE)", ["TEC:43(2)", "TEC:49"]),
        (
            "it",
            "(Direttiva del Consiglio 93/13/CEE, art. 6, nn. 1 e 2)",
            ["CELEX:31993L0013", "CELEX:31993L0013:6(1)", "CELEX:31993L0013:6(2)"],
        ),
        (
            "it",
            "[Regolamento (CEE) n. 1612/68, art. 7, n. 2, lett. b)]",
            ["CELEX:31968R1612", "CELEX:31968R1612:7(2)(b)"],
        ),
        # ... but a number its bracket closes is a numbered point, dropped
        (
            "it",
            "l'articolo 2, paragrafo 1, n. 5) del regolamento (UE) 2017/745",
            ["CELEX:32017R0745:2(1)"],
        ),
        # a point letter set after its number by a comma, ending the pin
        (
            "de",
            "(Richtlinie 2003/88/EG Art. 17, b).",
            ["CELEX:32003L0088:17(b)"],
        ),
        (
            "fr",
            "(Règlement (CE) n° 883/2004, art. 11, § 3, e))",
            ["CELEX:32004R0883", "CELEX:32004R0883:11(3)(e)"],
        ),
        ("fr", "(Art. 49 CE et 86, § 2, a), CE)", ["TEC:49", "TEC:86(2)(a)"]),
        (
            "es",
            "(Directiva 2004/38/CE, art. 7, ap. 1, c), y art. 24)",
            ["CELEX:32004L0038", "CELEX:32004L0038:7(1)(c)", "CELEX:32004L0038:24"],
        ),
    ],
)
def test_pin_after_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a letter that words follow opens the text's own enumeration
        (
            "de",
            "Gemäß der Richtlinie 2003/88/EG, Artikel 3, a) die Mitgliedstaaten treffen",
            ["CELEX:32003L0088", "CELEX:32003L0088:3"],
        ),
        (
            "en",
            "Article 6 of Directive 2003/88/EC lists two limits, a) the weekly limit",
            ["CELEX:32003L0088:6"],
        ),
        # "n." before an act number stays the number word
        ("it", "il regolamento n. 1612/68", ["CELEX:31968R1612"]),
    ],
)
def test_letter_that_words_follow_is_no_point(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
