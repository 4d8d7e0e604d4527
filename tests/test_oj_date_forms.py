"""Official Journal references and act numbers beside dates written in more ways: a
connector that says "dated" between the issue and its date (it "L9 datata 14 gennaio
2009"), the year first and the month in words (hu "2003. május 20.", lt "2016 m.
gruodžio 23 d."), a date whose slashes have spaces beside them, which is no act number
("01 /02 / 2019"), and a consolidated text's corrigendum line whose bracketed act number
keeps its title's comma (fi "(2017/1128,)")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Sulla Gazzetta ufficiale dell'Unione europea L 20 datata 3 marzo 2011 è uscito",
            ["OJ:L:2011:020"],
        ),
        ("it", "pubblicato nella GU L 20 in data 3.3.2011, pag. 5", ["OJ:L:2011:020:5"]),
        (
            "fr",
            "paru au Journal officiel de l'Union européenne L 20 en date du 3 mars 2011",
            ["OJ:L:2011:020"],
        ),
        (
            "es",
            "publicado en el Diario Oficial de la Unión Europea L 20 de fecha 3 de marzo de 2011",
            ["OJ:L:2011:020"],
        ),
        (
            "de",
            "im Amtsblatt der Europäischen Union L 20 datiert vom 3. März 2011 veröffentlicht",
            ["OJ:L:2011:020"],
        ),
    ],
)
def test_a_dated_connector_joins_issue_and_date(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hu", "az ajánlást [HL L 20, 2011. március 3.] tette közzé", ["OJ:L:2011:020"]),
        ("hu", "(HL L 20, 2011. március 3., 5. o.)", ["OJ:L:2011:020:5"]),
        ("lt", "(OL L 20, 2011 m. kovo 3 d., p. 5)", ["OJ:L:2011:020:5"]),
        # A year alone after the issue is no date of the issue.
        ("hu", "a HL L 20, 2011. évi kiadása", []),
    ],
)
def test_year_first_with_the_month_in_words(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Regulation (EU) 2020/12\n\n03 /02 / 2020\n\nBy this act", ["CELEX:32020R0012"]),
        ("fr", "Règlement (UE) 2020/12\n\n03 /02 / 2020\n\nPar cet acte", ["CELEX:32020R0012"]),
        (
            "de",
            "Verordnung (EU) 2020/12\n\n03 /02 / 2020\n\nMit diesem Rechtsakt",
            ["CELEX:32020R0012"],
        ),
        # A number with spaces beside its slash and no date after it is still read.
        (
            "en",
            "Regulation 2020/12 and Regulation No 1 /2003",
            ["CELEX:32020R0012", "CELEX:32003R0001"],
        ),
    ],
)
def test_a_date_with_spaced_slashes_is_no_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "ASETUS (EU) 2019/881,\n\nOikaisu, EUVL L 33, 5.2.2020, s.  15 (2019/881,)\n▼B\n"),
        (
            "sv",
            "FÖRORDNING (EU) 2019/881,\n\nRättelse, EUT L 33, 5.2.2020, s.  15 (2019/881,)\n▼B\n",
        ),
        ("et", "MÄÄRUS (EL) 2019/881,\n\nParandus, ELT L 33, 5.2.2020, lk 15 (2019/881,)\n▼B\n"),
    ],
)
def test_a_corrigendum_number_with_its_titles_comma(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32019R0881", "OJ:L:2020:033:15", "CELEX:32019R0881"]
