"""Official Journal references spaced apart by conversion,
a month word after a connector with an apostrophe, and the year of a year-less
reference after an act that already had its own."""

from __future__ import annotations

import pytest

import citeresolve


def oj(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A doubled space after the page word.
        (
            "es",
            "Rectificación,, DO L 150, 17.6.2015, p.  24 (2014/40/UE)",
            [("OJ:L:2015:150:24", "DO L 150, 17.6.2015, p.  24")],
        ),
        (
            "en",
            "OJ L 12, 4 May 2010, p.  7",
            [("OJ:L:2010:012:7", "OJ L 12, 4 May 2010, p.  7")],
        ),
        # mt: the month after "ta'" (either apostrophe), the day glued to "tal-".
        (
            "mt",
            "(Il-Ġurnal Uffiċjali tal-Unjoni Ewropea L 152 tal-11 ta’ Ġunju 2019)",
            [("OJ:L:2019:152", "Ġurnal Uffiċjali tal-Unjoni Ewropea L 152 tal-11 ta’ Ġunju 2019")],
        ),
        (
            "mt",
            "(ĠU L 152 tal-11 ta' Ġunju 2019, p. 1)",
            [("OJ:L:2019:152:1", "ĠU L 152 tal-11 ta' Ġunju 2019, p. 1")],
        ),
        # An empty date field ("L 331, , s. 120") is read past: the page follows it and
        # the year is the act's, as when no date is written at all.
        (
            "sv",
            "direktiv 2010/78/EU (EUT L 331, , s. 120, Celex 32010L0078)",
            [("OJ:L:2010:331:120", "EUT L 331, , s. 120")],
        ),
        (
            "de",
            "Richtlinie 2010/78/EU (ABl. L 331, , S. 120).",
            [("OJ:L:2010:331:120", "ABl. L 331, , S. 120")],
        ),
        (
            "fr",
            "le règlement (UE) 2016/679 (JO L 119, , p. 1)",
            [("OJ:L:2016:119:1", "JO L 119, , p. 1")],
        ),
        # Negatives: an empty field with no page after it; one in a footnote of its own,
        # with no act before it to give the year; three spaces part a page word from a
        # number that is no page.
        ("fr", "la directive 2002/24/CE (JO C 197, , p", []),
        ("cs", "Podle směrnice 2014/24/EU.\n1 Úř. věst. C 209, , s. 1. Vážený pane", []),
        ("en", "the 2013 Guidelines.\n2 OJ C 209, , p. 1.", []),
        ("pl", "uchylającej dyrektywę 97/5/WE (Dz.U. L 319, , s. 1 36), dalej", []),
        (
            "en",
            "Regulation 2016/679 (OJ L 119, 4.5.2016, p.   12)",
            [("OJ:L:2016:119", "OJ L 119, 4.5.2016")],
        ),
    ],
)
def test_gaps_in_classic_references(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "direktiv 2005/60/EG av den 26 oktober 2005 om åtgärder (EUT L 309, s. 15), senast "
            "ändrat genom direktiv 2010/78/EU (EUT L 331, s. 120) samt",
            ["OJ:L:2005:309:15", "OJ:L:2010:331:120"],
        ),
        (
            "en",
            "Directive 2005/60/EC of 26 October 2005 on money laundering (OJ L 309, p. 15), "
            "as amended by Directive 2010/78/EU (OJ L 331, p. 120)",
            ["OJ:L:2005:309:15", "OJ:L:2010:331:120"],
        ),
        (
            "fr",
            "la directive 2005/60/CE du 26 octobre 2005 relative au blanchiment (JO L 309, p. 15), "
            "modifiée par la directive 2010/78/UE (JO L 331, p. 120)",
            ["OJ:L:2005:309:15", "OJ:L:2010:331:120"],
        ),
    ],
)
def test_an_act_with_its_own_reference_gives_no_year_to_the_next(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [k for k, _ in oj(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A publisher's metadata page joins the series to the abbreviation with a hyphen
        # and pads issue and pages with zeros.
        (
            "de",
            "zur Aufhebung der Richtlinie 89/686/EWG\n\nOJ-L 081 vom 31.03.2016, S. 0051 - 0098\n",
            [("OJ:L:2016:081:51", "OJ-L 081 vom 31.03.2016, S. 0051")],
        ),
        (
            "en",
            "OJ-L 119 of 04.05.2016, p. 0001 - 0088",
            [("OJ:L:2016:119:1", "OJ-L 119 of 04.05.2016, p. 0001")],
        ),
        (
            "fr",
            "JO-C 202 du 07.06.2016, p. 0047 - 0360",
            [("OJ:C:2016:202:47", "JO-C 202 du 07.06.2016, p. 0047")],
        ),
        # The year first with its ordinal dot before the comma (hr).
        (
            "hr",
            "Direktive Vijeća 98/59/EZ (SL 1998., L 225, str. 16.) (SL, posebno izdanje",
            [("OJ:L:1998:225:16", "SL 1998., L 225, str. 16")],
        ),
        (
            "hr",
            "Uredba (EZ) br. 1907/2006 (SL 2006., L 396, str. 1.)",
            [("OJ:L:2006:396:1", "SL 2006., L 396, str. 1")],
        ),
        # The year's ordinal dot right before the series, as the Court writes it in
        # Hungarian (the languages that write a year with one: hu, hr).
        (
            "hu",
            "a 2004/38/EK irányelv (HL 2004. L 158., 77. o.; helyesbítés: HL 2004. L 229., 35. o.)",
            [
                ("OJ:L:2004:158:77", "HL 2004. L 158., 77. o."),
                ("OJ:L:2004:229:35", "HL 2004. L 229., 35. o."),
            ],
        ),
        (
            "hr",
            "Direktive Vijeća 98/59/EZ (SL 1998. L 225, str. 16.)",
            [("OJ:L:1998:225:16", "SL 1998. L 225, str. 16")],
        ),
        # Negatives: a hyphen before a word, a year that ends a sentence.
        ("en", "the OJ-Lex 2016 archive, 119 pages", []),
        ("hu", "a HL 2009. Leírás 5 pontja", []),
        ("hr", "objavljeno u SL 1998. Nakon toga, L 225 je", []),
    ],
)
def test_publisher_and_year_first_forms(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected
