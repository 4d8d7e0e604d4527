"""Act numbers as EUR-Lex titles and Hungarian titles write them: the title form of an
act numbered without domain ("2012/776/: Council Decision"), a decision's number year
first with a two-digit serial and no domain ("decyzją 2010/48"), and hu "sz." between
the number and the act's title before its act word."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "2014/12/: Decisão do Conselho, de 14 de janeiro de 2014, relativa à",
            [("CELEX:32014D0012", "2014/12/")],
        ),
        (
            "en",
            "2013/451/: Council Decision of 9 September 2013 on the position",
            [("CELEX:32013D0451", "2013/451/")],
        ),
        (
            "de",
            "2011/305/: Beschluss der Kommission vom 20. Mai 2011 über",
            [("CELEX:32011D0305", "2011/305/")],
        ),
        # The title's act word as the end of a compound.
        (
            "de",
            "2012/13/EU: Durchführungsbeschluss der Kommission vom 9. Januar 2012 über",
            [("CELEX:32012D0013", "2012/13/EU")],
        ),
        (
            "nl",
            "2012/13/EU: Uitvoeringsbesluit van de Commissie van 9 januari 2012",
            [("CELEX:32012D0013", "2012/13/EU")],
        ),
        (
            "sv",
            "2012/13/EU: Kommissionens genomförandebeslut av den 9 januari 2012",
            [("CELEX:32012D0013", "2012/13/EU")],
        ),
        # No act word after the colon: no act; a Swedish bill's number is no title.
        ("en", "see 2012/776/: the first point", []),
        ("sv", "enligt prop. 2013/14: Regeringens proposition", []),
    ],
)
def test_a_title_of_an_act_numbered_without_domain(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "zgodnie z decyzją\n2011/21 Rady", [("CELEX:32011D0021", "decyzją\n2011/21")]),
        ("fr", "selon la décision 2009/37 du Conseil", [("CELEX:32009D0037", "décision 2009/37")]),
        ("de", "nach dem Beschluss 2012/19 des Rates", [("CELEX:32012D0019", "Beschluss 2012/19")]),
        # A two-digit year before 2000 is the year of a number written number first.
        ("en", "under Regulation 2011/93 on", [("CELEX:31993R2011", "Regulation 2011/93")]),
        ("es", "el Reglamento 3577/92 del Consejo", [("CELEX:31992R3577", "Reglamento 3577/92")]),
    ],
)
def test_a_two_digit_serial_after_a_year(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 2000/78/EK sz. foglalkoztatási irányelvvel foglalkozunk",
            [("CELEX:32000L0078", "2000/78/EK sz. foglalkoztatási irányelvvel")],
        ),
        (
            "a 2004/38/EK számú szabad mozgásról szóló irányelv szerint",
            [("CELEX:32004L0038", "2004/38/EK számú szabad mozgásról szóló irányelv")],
        ),
        (
            "a 1/2003/EK sz. versenyjogi végrehajtási rendelet",
            [("CELEX:32003R0001", "1/2003/EK sz. versenyjogi végrehajtási rendelet")],
        ),
        # A national authority's decision numbered so is no EU act.
        ("a 6442052718/2021/NAV számú határozat", []),
    ],
)
def test_a_number_mark_and_title_before_the_act_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, "hu") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Lithuanian EUR-Lex titles write the act's date before its institution.
        (
            "lt",
            "2012/490/ES: 2012 m. rugpjūčio 24 d. Komisijos sprendimas, kuriuo iš dalies",
            [("CELEX:32012D0490", "2012/490/ES")],
        ),
        (
            "lt",
            "2013/488/ES: 2013 m. rugsėjo 23 d. Tarybos sprendimas dėl ES įslaptintos informacijos",
            [("CELEX:32013D0488", "2013/488/ES")],
        ),
        (
            "lt",
            "2011/305/ES: 2011 m. gegužės 20 d. Komisijos įgyvendinimo sprendimas",
            [("CELEX:32011D0305", "2011/305/ES")],
        ),
        # The other languages' titles, the date after the act word, read as before.
        (
            "hu",
            "2012/490/EU: A Bizottság határozata (2012. augusztus 24.) a 715/2009/EK rendelet",
            [("CELEX:32012D0490", "2012/490/EU"), ("CELEX:32009R0715", "715/2009/EK rendelet")],
        ),
        (
            "lv",
            "2013/488/ES: Padomes lēmums (2013. gada 23. septembris)",
            [("CELEX:32013D0488", "2013/488/ES")],
        ),
        # A date after the colon and no act word after it: an infringement's number.
        ("lt", "pažeidimo procedūra Nr. 2016/2069: 2017 m. vasario 15 d. Komisija pradėjo", []),
    ],
)
def test_a_title_with_its_date_before_the_act_word(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected
