"""An article pinned to an act's popular name followed by the rest of its title and the
act's number in brackets (cs "čl. 2 bodu 1 šesté směrnice Rady o harmonizaci … jednotný
základ daně (77/388/EHS)"): the number only says which act the name stands for, so the
article is the one citation, as with the number right after the name (round 7
"l'article 5 de la directive ePrivacy (dir. 2002/58/CE)")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


SIXTH = "CELEX:31977L0388"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "I. V souladu s rozsudkem Soudního dvora Evropské unie ze dne 22. 6. 2016, Český"
            " rozhlas, C-11/15, není činnost veřejnoprávního vysílání poskytováním služeb za"
            " protiplnění ve smyslu čl. 2 bodu 1 šesté směrnice Rady o harmonizaci právních"
            " předpisů členských států týkajících se daní z obratu - Společný systém daně z"
            " přidané hodnoty: jednotný základ daně (77/388/EHS), resp. poskytnutím služby za"
            " úplatu ve smyslu čl. 2 odst. 1 písm. c) směrnice Rady 2006/112/ES",
            ["CJEU:C-11/15", f"{SIXTH}:2", "CELEX:32006L0112:2(1)(c)"],
        ),
        (
            "sk",
            "v zmysle článku 2 bodu 1 šiestej smernice Rady o harmonizácii právnych predpisov"
            " členských štátov týkajúcich sa daní z obratu - spoločný systém dane z pridanej"
            " hodnoty: jednotný základ jej stanovenia (77/388/EHS)",
            [f"{SIXTH}:2"],
        ),
        (
            "sl",
            "v smislu člena 2 Šeste direktive Sveta o usklajevanju zakonodaj držav članic v"
            " zvezi s prometnimi davki – skupni sistem davka na dodano vrednost: enotna osnova"
            " za odmero (77/388/EGS)",
            [f"{SIXTH}:2"],
        ),
        (
            "de",
            "im Sinne von Art. 2 Nr. 1 der Sechsten Richtlinie des Rates zur Harmonisierung der"
            " Rechtsvorschriften der Mitgliedstaaten über die Umsatzsteuern – Gemeinsames"
            " Mehrwertsteuersystem: einheitliche steuerpflichtige Bemessungsgrundlage"
            " (77/388/EWG)",
            [f"{SIXTH}:2"],
        ),
    ],
)
def test_the_bracketed_number_after_the_title_completes_the_article(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Another act in the brackets is cited on its own.
        (
            "cs",
            "čl. 2 šesté směrnice Rady o harmonizaci (viz též směrnici 2006/112/ES)",
            [f"{SIXTH}:2", "CELEX:32006L0112"],
        ),
        # The act's number in the next sentence is a citation of its own.
        (
            "cs",
            "čl. 2 šesté směrnice Rady. Směrnice 77/388/EHS byla zrušena.",
            [f"{SIXTH}:2", SIXTH],
        ),
        # The number right after the name, and the amending act cited (round 7).
        (
            "fr",
            "l'article 5 de la directive ePrivacy (dir. 2002/58/CE, mod. dir. 2009/136/CE)",
            ["CELEX:32002L0058:5", "CELEX:32009L0136"],
        ),
    ],
)
def test_other_brackets_and_sentences_keep_their_acts(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
