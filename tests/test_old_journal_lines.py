"""Official Journal references in the styles of national and consolidated texts: the
abbreviation with its dots ("J.O L 226 du 25/06/2004"), the title in quotes before the
series, the issue's date before its number word and number (it "L del 27 maggio 2019,
n. 139")."""

from __future__ import annotations

import pytest

import citeresolve


def journal(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (c.key, text[c.start : c.end])
        for c in citeresolve.extract(text, lang=lang)
        if c.type == "oj"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a consolidated text's list of amendments: dots, "n°", a page range in zeros,
        # no page at all
        (
            "fr",
            "modifié par : rectificatif J.O L 41 du 14/02/2003 p. 0012 - 0014 | "
            "règlement du 5.3.2009 J.O n° L 62 du 06/03/2009 p. 7 | J.O L 88 du 02.04.2016",
            [
                ("OJ:L:2003:041:12", "J.O L 41 du 14/02/2003 p. 0012"),
                ("OJ:L:2009:062:7", "J.O n° L 62 du 06/03/2009 p. 7"),
                ("OJ:L:2016:088", "J.O L 88 du 02.04.2016"),
            ],
        ),
        (
            "fr",
            "(J.O.C.E. C 364 du 18.12.2000, p. 1)",
            [("OJ:C:2000:364:1", "J.O.C.E. C 364 du 18.12.2000, p. 1")],
        ),
        (
            "pt",
            "publicado no J.O. L 94 de 28.3.2014, p. 65",
            [("OJ:L:2014:094:65", "J.O. L 94 de 28.3.2014, p. 65")],
        ),
        (
            "es",
            "(D.O.C.E. L 12 de 16.1.2001, p. 1)",
            [("OJ:L:2001:012:1", "D.O.C.E. L 12 de 16.1.2001, p. 1")],
        ),
        # the title in quotes, the series after them
        (
            "pt",
            "(«Jornal Oficial da União Europeia» L 226 de 25 de Junho de 2004)",
            [("OJ:L:2004:226", "Jornal Oficial da União Europeia» L 226 de 25 de Junho de 2004")],
        ),
        (
            "de",
            "(„Amtsblatt der Europäischen Union“ L 30 vom 31. Januar 2019)",
            [("OJ:L:2019:030", "Amtsblatt der Europäischen Union“ L 30 vom 31. Januar 2019")],
        ),
        # French guillemets set apart by spaces, English single quotes
        (
            "fr",
            "(« Journal officiel de l'Union européenne » L 41 du 14 février 2003)",
            [("OJ:L:2003:041", "Journal officiel de l'Union européenne » L 41 du 14 février 2003")],
        ),
        (
            "en",
            "(‘Official Journal of the European Union’ L 41 of 14 February 2003)",
            [("OJ:L:2003:041", "Official Journal of the European Union’ L 41 of 14 February 2003")],
        ),
        # the date before its number word and number
        (
            "it",
            "pubblicato sulla G.U.C.E. L del 12 marzo 2021, n. 88 il regolamento",
            [("OJ:L:2021:088", "G.U.C.E. L del 12 marzo 2021, n. 88")],
        ),
        (
            "it",
            "in Gazzetta Ufficiale Comunità Europea serie C del 3 ottobre 2016 n. 362 è",
            [
                (
                    "OJ:C:2016:362",
                    "Gazzetta Ufficiale Comunità Europea serie C del 3 ottobre 2016 n. 362",
                )
            ],
        ),
    ],
)
def test_old_journal_lines(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert journal(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a quote after a title is no series when no issue follows it
        ("pt", "o «Jornal Oficial» L da semana"),
        # the dated form needs its number word: a bare number after the date is a page
        # header's or another reference's
        ("it", "G.U.C.E. L del 12 marzo 2021 88"),
        # dots of another abbreviation ("J.-O." is a name's initials)
        ("fr", "selon J.-O. Martin L 41 du 14/02/2003"),
    ],
)
def test_what_is_no_old_journal_line(lang: str, text: str) -> None:
    assert journal(text, lang) == []
