"""Numbers that only look like act numbers or OJ references lose their shape to
damage or to a date: a date written with slashes between an act word and the act's
number, a number whose year would lie in the future (a digit lost), and a page word
after the page that lost its dot."""

from __future__ import annotations

import datetime

import pytest

from citeresolve import extract
from citeresolve.families import act_years


def _keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A national portal's heading: the date of adoption before the act's number.
        (
            "it",
            "Gazzetta - Direttiva 14/06/2019, n. 2019/1023/UE (ristrutturazione)",
            [("CELEX:32019L1023", "Direttiva 14/06/2019, n. 2019/1023/UE")],
        ),
        (
            "nl",
            "Overzicht: Richtlijn 20/06/2019 nr. 2019/1023/EU inzake herstructurering",
            [("CELEX:32019L1023", "Richtlijn 20/06/2019 nr. 2019/1023/EU")],
        ),
        (
            "pt",
            "Diretiva 20/06/2019, n.º 2019/1023/UE relativa aos regimes",
            [("CELEX:32019L1023", "Diretiva 20/06/2019, n.º 2019/1023/UE")],
        ),
        # The date alone is no act.
        ("en", "Directive 12/05/2019 was discussed at length.", []),
        # Negatives: numbers that cannot be a day and a month stay acts; a dotted
        # date before the number still keeps its act word.
        (
            "en",
            "Council Directive 93/13/EEC applies.",
            [("CELEX:31993L0013", "Directive 93/13/EEC")],
        ),
        (
            "it",
            "Reg. CEE 6.2.1962, n. 17/62; ",
            [("CELEX:31962R0017", "Reg. CEE 6.2.1962, n. 17/62")],
        ),
    ],
)
def test_a_date_with_slashes_is_no_act_number(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "de Richtlijn 200/35/EG van 29 juni 2000 betreffende betalingsachterstand"),
        ("en", "Directive 2090/12/EU of the European Parliament"),
        ("de", "die Verordnung (EU) 2090/5 des Rates"),
    ],
)
def test_an_act_year_in_the_future_is_damage(lang: str, text: str) -> None:
    assert [k for k, _ in _keys(text, lang) if k.startswith("CELEX:")] == []


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("nl", "Richtlijn 2000/35/EG van 29 juni 2000", "CELEX:32000L0035"),
        ("en", "Regulation (EU) 2024/1689 of the European Parliament", "CELEX:32024R1689"),
        ("de", "die Richtlinie 2011/7/EU des Parlaments", "CELEX:32011L0007"),
    ],
)
def test_past_years_stay_acts(lang: str, text: str, key: str) -> None:
    assert [k for k, _ in _keys(text, lang)] == [key]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "(OV L 186, 11.7.2019., 1. lpp)",
            [("OJ:L:2019:186:1", "OV L 186, 11.7.2019., 1. lpp")],
        ),
        (
            "hu",
            "(HL L 186., 2019.7.11., 1. o)",
            [("OJ:L:2019:186:1", "HL L 186., 2019.7.11., 1. o")],
        ),
        # Negatives: a word that only begins like the page word is no page word.
        ("lv", "(OV L 186, 11.7.2019., 1. lppx)", [("OJ:L:2019:186", "OV L 186, 11.7.2019.")]),
        ("hu", "(HL L 186., 2019.7.11., 1. osztály)", [("OJ:L:2019:186", "HL L 186., 2019.7.11.")]),
    ],
)
def test_a_page_word_after_the_page_may_lose_its_dot(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A directive's number is year first: a long serial before a two-digit year is damage.
        ("en", "medical products as defined in Directive 221/83/EC; animals", []),
        ("de", "Arzneimittel im Sinne der Richtlinie 221/83/EG und Tiere", []),
        ("fr", "au sens de la directive 221/83/CE ; les animaux", []),
        # Unchanged: year first, a decision numbered number first, a regulation's year.
        (
            "en",
            "Directive 85/374/EEC, Decision No 2119/98/EC and Regulation (EEC) No 1408/71",
            ["CELEX:31985L0374", "CELEX:31998D2119", "CELEX:31971R1408"],
        ),
        ("it", "la direttiva CEE 36/2005 sulle qualifiche", ["CELEX:32005L0036"]),
    ],
)
def test_directive_serial_before_two_digit_year(lang: str, text: str, expected: list[str]) -> None:
    assert [k for k, _ in _keys(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "de Richtlijn 2031/7/EU van het Europees Parlement"),
        ("en", "Directive 2031/7/EU of the European Parliament"),
        ("de", "die Richtlinie 2031/7/EU des Rates"),
    ],
)
def test_the_latest_act_year_follows_the_clock_past_new_year(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The year is read from the local date once, then kept until the clock passes the
    # next New Year: a kept year that has run out is read again.
    monkeypatch.setattr(act_years, "_CURRENT_YEAR", (2031, float("inf")))
    assert "CELEX:32031L0007" in [k for k, _ in _keys(text, lang)]
    monkeypatch.setattr(act_years, "_CURRENT_YEAR", (2031, 0.0))
    assert act_years.latest_act_year() == datetime.date.today().year
    assert [k for k, _ in _keys(text, lang) if k.startswith("CELEX:")] == []
