"""Footnotes of law reviews cite the OJ the Bluebook's way, the year before the
abbreviation and the series and issue in brackets ("2003 O.J. (L 1) 1"); that year is
no article of the list before it ("art. 8, 2012 O.J. (C 326) 391"). A footnote that
cites an act again points back to its full citation between the act and the pinpoint
("Regulation 2016/679, supra note 2, art. 17", fr "préc.", ro/hr "op. cit.", it
"cit."): the pinpoint is the act's."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1 Council Regulation 1/2003, 2003 O.J. (L 1) 1 (EC).",
            ["CELEX:32003R0001", "OJ:L:2003:001:1"],
        ),
        (
            "3 Charter of Fundamental Rights of the European Union art. 8, 2012 O.J. (C 326) 391.",
            ["CFR:8", "OJ:C:2012:326:391"],
        ),
        (
            "6 Consolidated Version of the Treaty on the Functioning of the European Union "
            "art. 102, May 9, 2008, 2008 O.J. (C 115) 47.",
            ["TFEU:102", "OJ:C:2008:115:47"],
        ),
        # the other forms of the abbreviation with dots are read as before
        ("See O.J. L 119, 4.5.2016, p. 1.", ["OJ:L:2016:119:1"]),
    ],
)
def test_bluebook_official_journal(text: str, expected: list[str]) -> None:
    assert keys(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "15 Regulation 2016/679, supra note 2, art. 17(1)(a).",
            ["CELEX:32016R0679", "CELEX:32016R0679:17(1)(a)"],
        ),
        ("en", "16 GDPR, supra note 2, art. 21.", ["CELEX:32016R0679:21"]),
        (
            "en",
            "17 Directive 2011/83/EU, above n 4, art 9.",
            ["CELEX:32011L0083", "CELEX:32011L0083:9"],
        ),
        (
            "fr",
            "12 Règlement 2016/679, préc., art. 17.",
            ["CELEX:32016R0679", "CELEX:32016R0679:17"],
        ),
        (
            "ro",
            "14 Regulamentul (UE) 2016/679, op. cit., art. 17.",
            ["CELEX:32016R0679", "CELEX:32016R0679:17"],
        ),
        (
            "hr",
            "18 Uredba (EU) 2016/679, op. cit., čl. 17.",
            ["CELEX:32016R0679", "CELEX:32016R0679:17"],
        ),
        (
            # a book cited "op. cit." is no act: its page stays uncited
            "ro",
            "20 Regulamentul (UE) 2016/679 se aplică. V. Pătulea, op. cit., p. 17.",
            ["CELEX:32016R0679"],
        ),
    ],
)
def test_precited_act_pinpoint(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
