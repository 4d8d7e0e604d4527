"""Danish extraction on real sentences from EU texts (europarl doceo, EUR-Lex, ISG)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="da")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TA-9-2022-0012_DA (Kazakhstan): the article noun repeated before a paragraph
        (
            "– der henviser til artikel 2, artikel 3, stk. 5, artikel 21, 24, 29 og 31 i "
            "traktaten om Den Europæiske Union og til artikel 10 og 215 i traktaten om Den "
            "Europæiske Unions funktionsmåde,",
            ["TEU:2", "TEU:3(5)", "TEU:21", "TEU:24", "TEU:29", "TEU:31", "TFEU:10", "TFEU:215"],
        ),
        # TA-9-2020-0054_DA: EP Rules cited genitive-first
        (
            "–  der henviser til forretningsordenens artikel 132, stk. 2 og 4,",
            ["EP-RULES:132(2)", "EP-RULES:132(4)"],
        ),
        # PV-7-2013-04-15: "i forretningsordenen" after the article
        (
            "I overensstemmelse med artikel 211, stk. 3, i forretningsordenen underrettede "
            "Formanden Parlamentet",
            ["EP-RULES:211(3)"],
        ),
        # TA-7-2013-0350_DA: the Charter
        (
            "—  der henviser til artikel 21, stk. 1, og artikel 22 i chartret om grundlæggende "
            "rettigheder,",
            ["CFR:21(1)", "CFR:22"],
        ),
        # COM(2012) 150: the treaty named before, then "traktatens artikel"
        (
            "artikel 290 og 291 i traktaten om Den Europæiske Unions funktionsmåde (TEUF) ... "
            "jf. traktatens artikel 290, stk. 1,",
            ["TFEU:290", "TFEU:291", "TFEU:290(1)"],
        ),
        # TA-8-2015-0092_DA
        ("der henviser til EF-traktatens artikel 150,", ["TEC:150"]),
        # TA-8-2017-0165_DA: act with "særlig artikel"
        (
            "–  der henviser til Europa-Parlamentets og Rådets forordning (EU, Euratom) nr. "
            "966/2012 af 25. oktober 2012, særlig artikel 208,",
            ["CELEX:32012R0966", "CELEX:32012R0966:208"],
        ),
        # ISG 3.2.3: point "litra"
        (
            "artikel 1, stk. 2, litra a), i forordning (EU) nr. 1303/2013",
            ["CELEX:32013R1303:1(2)(a)"],
        ),
        # ISG 1.1 footnote and the old EUR-Lex header line
        ("(1) EUT L 222 af 20.8.2008, s. 1.", ["OJ:L:2008:222:1"]),
        ("EU-Tidende nr. C 326 af 26/10/2012 s. 0001 - 0390", ["OJ:C:2012:326:1"]),
        # REG-2022-262-CORR_DA: an OJ reference dated with a month name
        ("( Den Europæiske Unions Tidende L 42 I af 23. februar 2022 )", ["OJ:L:2022:042I"]),
        # Texts adopted footnote
        ("(2) Vedtagne tekster, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
        ("Rådets fælles holdning 2001/931/FUSP", ["CELEX:32001E0931"]),
        # adoption.dk: "FN’s" is a genitive, not a quoted defined name
        ("i FN’s konvention om barnets rettigheder (Børnekonventionen) fra 1989", ["CRC"]),
        (
            "der henviser til verdenserklæringen om menneskerettighederne og den europæiske "
            "menneskerettighedskonvention,",
            ["UDHR", "ECHR"],
        ),
    ],
)
def test_danish_citations(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "jf. artikel 405 i den kasakhiske straffelov",
        "der henviser til, at Europa-Parlamentet den 15. januar 2020 vedtog en beslutning",
        "Traktaten skelner mellem på den ene side de beføjelser, der tillægges Kommissionen",
    ],
)
def test_danish_negatives(text: str) -> None:
    assert keys(text) == []


# Held-out audit (real sentences, not in the dev corpus).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doceo TA-8-2015-0295: a blank line ends the article chain before "1.  vedtager".
        (
            "–  der henviser til forretningsordenens artikel 226,\n\n1.  vedtager at vedføje følgende "
            "fortolkning til forretningsordenens artikel 130, stk. 3:",
            ["EP-RULES:226", "EP-RULES:130(3)"],
        ),
        # EUR-Lex 62014CJ0614: "andet afsnit" right after the article is its second paragraph;
        # the Court's own Rules of Procedure ("Domstolens procesreglement") get no key.
        (
            "Præjudiciel forelæggelse – artikel 267 TEUF – artikel 94 i Domstolens procesreglement – "
            "indholdet af en anmodning om præjudiciel afgørelse – Den Europæiske Unions charter om "
            "grundlæggende rettigheder – artikel 47, andet afsnit, og artikel 48, stk. 1.",
            ["TFEU:267", "CFR", "CFR:47(2)", "CFR:48(1)"],
        ),
        # ... after a numbered paragraph "afsnit" stays a sub-paragraph (dropped).
        ("i medfør af forretningsordenens artikel 130, stk. 3, andet afsnit,", ["EP-RULES:130(3)"]),
    ],
)
def test_danish_heldout(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_danish_second_audit_spaced_capital_article_letter() -> None:
    # CJEU C-163/94 (Sanz de Lera), docplayer.dk: old Danish EC Treaty numbering writes an
    # inserted article's letter as a spaced capital ("artikel 73 B" = English "Article 73b").
    text = (
        "vedrørende fortolkningen af EF-traktatens artikel 73 B, artikel 73 C, stk. 1, og "
        "artikel 73 D, stk. 1, litra b), har DOMSTOLEN sammensat af præsidenten"
    )
    assert keys(text) == ["TEC:73b", "TEC:73c(1)", "TEC:73d(1)(b)"]
