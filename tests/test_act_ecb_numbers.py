"""Before 2015 an ECB act's title gives the Bank's own number right before the Official
Journal number; EUR-Lex numbers the act after the former (families/act_ecb_numbers.py,
data/ecb_numbers.toml)."""

from __future__ import annotations

import pytest

from .conftest import eu_act_spans as acts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "OBECNÉ ZÁSADY EVROPSKÉ CENTRÁLNÍ BANKY ze dne 5. prosince 2012 o "
            "transevropském expresním automatizovaném systému zúčtování plateb v reálném "
            "čase (TARGET2) (přepracované znění)\n(ECB/2012/27)\n(2013/47/EU)\n"
            "RADA GUVERNÉRŮ EVROPSKÉ CENTRÁLNÍ BANKY,",
            [("CELEX:32012O0027", "2013/47/EU")],
        ),
        (
            "de",
            "LEITLINIE DER EUROPÄISCHEN ZENTRALBANK vom 15. Mai 2014 zur Änderung der "
            "Leitlinie EZB/2012/27 über TARGET2\n(EZB/2014/25)\n(2014/340/EU)\nDER EZB-RAT —",
            [("CELEX:32014O0025", "2014/340/EU")],
        ),
        (
            "lt",
            "EUROPOS CENTRINIO BANKO SPRENDIMAS 2010 m. spalio 14 d. dėl Sąjungos "
            "skolinimosi ir skolinimo operacijų administravimo\n\n(ECB/2010/17)\n\n"
            "(2010/624/ES)\n\nEUROPOS CENTRINIO BANKO VALDANČIOJI TARYBA,",
            [("CELEX:32010D0017", "2010/624/ES")],
        ),
    ],
)
def test_act_after_ecb_number_takes_it(lang: str, text: str, expected: list) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the ECB number alone, the OJ number of another act elsewhere
        (
            "en",
            "Guideline ECB/2012/27 (OJ L 30, 30.1.2013, p. 1) and Decision 2013/47/EU of "
            "the Council",
            [("CELEX:32013D0047", "Decision 2013/47/EU")],
        ),
        # another body's number before the bracket
        (
            "cs",
            "OBECNÉ ZÁSADY EVROPSKÉ CENTRÁLNÍ BANKY ze dne 5. prosince 2012 o systému "
            "TARGET2\n(CON/2012/27)\n(2013/47/EU)\nRADA GUVERNÉRŮ",
            [("CELEX:32013O0047", "2013/47/EU")],
        ),
    ],
)
def test_other_numbers_keep_their_act(lang: str, text: str, expected: list) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the title run into one line, the two numbers after its asides
        (
            "en",
            "GUIDELINE OF THE EUROPEAN CENTRAL BANK of 3 May 2001 on a payment system "
            "(TARGET) (ECB/2001/3) (2001/401/EC) THE GOVERNING COUNCIL OF THE ECB,",
            [("CELEX:32001O0003", "2001/401/EC")],
        ),
        (
            "cs",
            "OBECNÉ ZÁSADY EVROPSKÉ CENTRÁLNÍ BANKY ze dne 3. května 2001 o platebním "
            "systému (TARGET) (ECB/2001/3) (2001/401/ES) RADA GUVERNÉRŮ EVROPSKÉ CENTRÁLNÍ "
            "BANKY,",
            [("CELEX:32001O0003", "2001/401/ES")],
        ),
        (
            "de",
            "BESCHLUSS DER EUROPÄISCHEN ZENTRALBANK vom 14. Oktober 2010 über die "
            "Verwaltung von Darlehen (EZB/2010/17) (2010/624/EU) DER EZB-RAT —",
            [("CELEX:32010D0017", "2010/624/EU")],
        ),
        # both numbers on a line of their own under a title line in capitals
        (
            "fr",
            "ORIENTATION DE LA BANQUE CENTRALE EUROPÉENNE du 5 décembre 2012 relative à "
            "un système de paiement (TARGET2) (refonte)\n(BCE/2012/27) (2013/47/UE) Le "
            "système TARGET2",
            [("CELEX:32012O0027", "2013/47/UE")],
        ),
    ],
)
def test_ecb_number_is_no_other_act_in_the_title(lang: str, text: str, expected: list) -> None:
    assert acts(text, lang) == expected


def test_own_suffixed_celex_number_tells_which_act() -> None:
    text = (
        "Document 32010D0017(01)\n\nEUROPOS CENTRINIO BANKO SPRENDIMAS\n\n2010 m. spalio "
        "14 d.\n\ndėl Sąjungos skolinimosi operacijų\n\n(ECB/2010/17)\n\n(2010/624/ES)\n\n"
        "EUROPOS CENTRINIO BANKO VALDANČIOJI TARYBA,"
    )
    assert acts(text, "lt") == [
        ("CELEX:32010D0017(01)", "32010D0017(01)"),
        ("CELEX:32010D0017(01)", "2010/624/ES"),
    ]


def test_a_national_number_before_the_bracket_is_no_ecb_number() -> None:
    text = (
        "ROZHODNUTÍ RADY ze dne 3. května 2001 o systému (Nr. 12/1999) (2001/401/ES) "
        "RADA EVROPSKÉ UNIE,"
    )
    assert all("1999" not in key and "0012" not in key for key, _ in acts(text, "cs"))
