"""An act's number with a possessive ending glued to it owns the article after it: da
"direktiv 95/46/EF's artikel 12", en "Directive 95/46/EC's Article 12(b)", sv
"direktiv 95/46/EG:s artikel 6.1 c". The act only completes the article's reference;
so does a genitive anaphor (da "nævnte direktivs artikel 28", sv "nämnda direktivs")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "Efter direktiv 2003/88/EF's artikel 7, stk. 1, har arbejdstageren ret til ferie.",
            ["CELEX:32003L0088:7(1)"],
        ),
        (
            "en",
            "Under Regulation (EU) 2019/1150's Article 5(1) a provider must disclose it.",
            ["CELEX:32019R1150:5(1)"],
        ),
        (
            "sv",
            "Enligt förordning (EU) 2016/679:s artikel 6.1 c är behandlingen laglig.",
            ["CELEX:32016R0679:6(1)(c)"],
        ),
        # a genitive anaphor points back to the act named before
        (
            "da",
            "Direktiv 2003/88/EF blev vedtaget i 2003. Nævnte direktivs artikel 7 giver "
            "ret til ferie.",
            ["CELEX:32003L0088", "CELEX:32003L0088:7"],
        ),
        (
            "sv",
            "Förordning (EG) nr 1/2003 gäller. Samma förordnings artikel 23 ger "
            "kommissionen rätt att ålägga böter.",
            ["CELEX:32003R0001", "CELEX:32003R0001:23"],
        ),
    ],
)
def test_possessive_act_numbers(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an apostrophe in a word after the number is no possessive of the act
        (
            "en",
            "Directive 2003/88/EC's scope and Article 7 of the Charter.",
            ["CELEX:32003L0088", "CFR:7"],
        ),
        # a national act's possessive stays national
        ("da", "Lovens § 7 og direktiv 2003/88/EF.", ["CELEX:32003L0088"]),
    ],
)
def test_possessive_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
