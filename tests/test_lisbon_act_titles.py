""" "the Treaty" in the title of an act adopted under the Treaty of Lisbon is the TFEU
("Regulation (EU) 2015/1588 of 13 July 2015 on the application of Articles 107 and 108
of the Treaty to certain categories of horizontal State aid"), whether the text named
no Treaty before or only the EC Treaty in an older act's title; a Treaty named in the
title of a pre-Lisbon act after the TFEU was named is that title's alone: "the Treaty"
in the text's own sentences stays the TFEU. Pre-Lisbon titles keep the EC Treaty."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Aid is granted under Commission Regulation (EU) No 1407/2013 of 18 December "
            "2013 on the application of Articles 107 and 108 of the Treaty to de minimis aid.",
            ["CELEX:32013R1407", "TFEU:107", "TFEU:108"],
        ),
        (
            "en",
            "See Council Regulation (EC) No 659/1999 of 22 March 1999 laying down detailed "
            "rules for the application of Article 93 of the EC Treaty, and Commission "
            "Regulation (EU) No 1407/2013 of 18 December 2013 on the application of "
            "Articles 107 and 108 of the Treaty to de minimis aid.",
            ["CELEX:31999R0659", "TEC:93", "CELEX:32013R1407", "TFEU:107", "TFEU:108"],
        ),
        (
            "pl",
            "Pomoc udzielana jest na podstawie rozporządzenia Komisji (UE) nr 1407/2013 z "
            "dnia 18 grudnia 2013 r. w sprawie stosowania art. 107 i 108 Traktatu do pomocy "
            "de minimis.",
            ["CELEX:32013R1407", "TFEU:107", "TFEU:108"],
        ),
        (
            "cs",
            "Podpora se poskytuje podle nařízení Komise (EU) č. 1407/2013, kterým se v "
            "souladu s články 107 a 108 Smlouvy stanoví pravidla pro podporu de minimis.",
            ["CELEX:32013R1407", "TFEU:107", "TFEU:108"],
        ),
        (
            "ro",
            "având în vedere Tratatul privind funcționarea Uniunii Europene, în special "
            "articolul 108 alineatul (4),\n"
            "având în vedere Regulamentul (CE) nr. 994/98 al Consiliului din 7 mai 1998 "
            "privind aplicarea articolelor 92 și 93 din Tratatul de instituire a Comunității "
            "Europene,\n"
            "(1) Potrivit articolului 109 din tratat, Consiliul poate stabili categoriile "
            "de ajutoare.",
            ["TFEU", "TFEU:108(4)", "CELEX:31998R0994", "TEC:92", "TEC:93", "TFEU:109"],
        ),
    ],
)
def test_the_treaty_in_a_lisbon_title_is_the_tfeu(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a pre-Lisbon title keeps the EC Treaty
        (
            "en",
            "Council Regulation (EC) No 994/98 of 7 May 1998 on the application of Articles "
            "92 and 93 of the Treaty to certain categories of horizontal State aid.",
            ["CELEX:31998R0994", "TEC:92", "TEC:93"],
        ),
        # a Euratom act's Treaty is not the TFEU
        (
            "en",
            "Council Regulation (Euratom) 2021/100 of 25 January 2021 establishing a "
            "programme under Article 7 of the Treaty for research.",
            ["CELEX:32021R0100"],
        ),
        # far into a long sentence, another Treaty's name may follow the word
        (
            "hr",
            "Odlukom Vijeća (EU) 2022/1211 od 12. srpnja 2022. o uvođenju eura u Hrvatskoj "
            "Vijeće je utvrdilo da Republika Hrvatska ispunjava sve potrebne uvjete za "
            "uvođenje eura kao službene valute i da će odstupanje u korist Hrvatske iz "
            "članka 5. Ugovora o pristupanju Republike Hrvatske prestati.",
            ["CELEX:32022D1211"],
        ),
        # outside the title, with no Treaty named, a bare word names nothing
        (
            "en",
            "Commission Regulation (EU) No 651/2014 applies. Article 107 of the Treaty is "
            "not cited by name here.",
            ["CELEX:32014R0651"],
        ),
    ],
)
def test_not_the_tfeu(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Tuki myönnetään de minimis -tukeen Euroopan unionin toiminnasta tehdyn "
            "perussopimuksen 107 ja 108 artiklan soveltamisesta annetun komission asetuksen "
            "(EU) N:o 1407/2013 mukaisesti. Lisäksi perussopimuksen 107 ja 108 artiklan "
            "mukaisesti annetun asetuksen (EU) N:o 651/2014 säännöt pätevät.",
            [
                "TFEU:107",
                "TFEU:108",
                "CELEX:32013R1407",
                "TFEU:107",
                "TFEU:108",
                "CELEX:32014R0651",
            ],
        ),
        (
            "hu",
            "A támogatás a Szerződés 107. és 108. cikkének a csekély összegű támogatásokra "
            "való alkalmazásáról szóló 1407/2013/EU bizottsági rendelet alapján nyújtható.",
            ["TFEU:107", "TFEU:108", "CELEX:32013R1407"],
        ),
        # before a pre-Lisbon act's number the word is not read as the TFEU
        (
            "fi",
            "Perussopimuksen 87 ja 88 artiklan soveltamisesta annetun asetuksen (EY) N:o "
            "1998/2006 mukaisesti.",
            ["CELEX:32006R1998"],
        ),
    ],
)
def test_the_treaty_in_a_title_before_a_lisbon_act(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected
