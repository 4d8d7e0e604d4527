"""Pins written from the smallest unit up, each number an ordinal before its word
(Slovenian "(a) podtočka 18. točke 2. člena Uredbe 651/2014": point (a) of point 18
of Article 2; "a točke 13. člena Direktive": point (a) of Article 13): each ordinal
numbers the word after it, and the point letter before the first word, bracketed or
bare, is its value (families/ordinal_pins.py). Latvian, Lithuanian and Croatian, which
write the same pins in their own orders, read them as before."""

from __future__ import annotations

import pytest

import citeresolve

GBER = "CELEX:32014R0651"
WASTE = "CELEX:32008L0098"
GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bracketed letter, then a numbered point (kept before a lettered one)
        (
            "sl",
            "pomoč v skladu z (a) podtočko 18. točke 2. člena Uredbe 651/2014 ni",
            [f"{GBER}:2(18)(a)"],
        ),
        (
            "sl",
            "podjetje iz c) podtočke 4. točke 2. člena Uredbe 651/2014 lahko",
            [f"{GBER}:2(4)(c)"],
        ),
        # a bare letter before the point word
        ("sl", "za prenos a točke 13. člena Direktive 2008/98/ES so pristojni", [f"{WASTE}:13(a)"]),
        # a list of such pins, each with its own article
        (
            "sl",
            "zlasti c točke 13. člena in b) točke 4. člena Direktive 2008/98/ES so",
            [f"{WASTE}:13(c)", f"{WASTE}:4(b)"],
        ),
        # a numbered point alone is dropped (the contract), a paragraph kept
        ("sl", "v skladu s 5. točko 2. člena Uredbe 651/2014 je", [f"{GBER}:2"]),
        ("sl", "v skladu s 3. odstavkom 6. člena Uredbe (EU) 2016/679 je", [f"{GDPR}:6(3)"]),
        # the other languages' orders, as before
        (
            "lv",
            "saskaņā ar Regulas (ES) 2016/679 6. panta 1. punkta a) apakšpunktu",
            [f"{GDPR}:6(1)(a)"],
        ),
        (
            "lt",
            "pagal Reglamento (ES) 2016/679 6 straipsnio 1 dalies a punktą",
            [f"{GDPR}:6(1)(a)"],
        ),
        (
            "hr",
            "u skladu s točkom (a) stavka 1. članka 6. Uredbe (EU) 2016/679",
            [f"{GDPR}:6(1)(a)"],
        ),
    ],
)
def test_reverse_order_pins(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a one-letter preposition before a point word is no point letter
        ("sl", "kot je določeno v točke 13. člena Zakona o varstvu okolja"),
        # a national act's pins stay out, however they are written
        ("sl", "v skladu z a točko 13. člena Zakona o varstvu okolja in"),
        ("sl", "po (b) podtočki 5. točke 3. člena ZVO-2 je"),
        # a date before a point word is no ordinal
        ("sl", "dne 5. 12. 2018 je točka 4 veljala"),
    ],
)
def test_no_eu_pin(lang: str, text: str) -> None:
    assert keys(text, lang) == []


def test_the_conjunction_after_a_comma_is_no_letter() -> None:
    # "…, a točke 3. člena" ("but point … of Article 3"): the bare letter after a comma
    # is the conjunction; the article is still cited
    assert keys("v 13. členu, a točke 3. člena Direktive 2008/98/ES ne", "sl") == [f"{WASTE}:3"]
