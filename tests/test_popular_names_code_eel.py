"""Popular names added to data/popular_names.toml. The European Electronic Communications
Code (Directive (EU) 2018/1972) in the languages that had no name for it: ga "den Chód
um Chumarsáid Leictreonach Eorpach" (with its initial mutations) and the abbreviations
Irish texts use ("CEEC", the English "EECC"), sv "den europeiska kodexen för elektronisk
kommunikation", cs, hr, sl, fi, da; a national electronic communications act is not the
Code. The Eel Regulation (Council Regulation (EC) No 1100/2007): sv "Ålförordningens
Artikel 2 punkt 4", da, de, fi, en."""

from __future__ import annotations

import pytest

import citeresolve

CODE = "CELEX:32018L1972"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "i gcomhréir le hAirteagal 97(1) den Chód um Chumarsáid Leictreonach Eorpach, ní mór",
            [f"{CODE}:97(1)"],
        ),
        ("ga", "Faoi Airteagal 61(3) EECC, féadfaidh na húdaráis", [f"{CODE}:61(3)"]),
        ("ga", "Faoi Airteagal 61(3) CEEC, féadfaidh na húdaráis", [f"{CODE}:61(3)"]),
        (
            "sv",
            "enligt artikel 61.3 i den europeiska kodexen för elektronisk kommunikation ska",
            [f"{CODE}:61(3)"],
        ),
        (
            "cs",
            "podle čl. 61 odst. 3 evropského kodexu pro elektronické komunikace",
            [f"{CODE}:61(3)"],
        ),
        (
            "hr",
            "u skladu s člankom 61. stavkom 3. Europskog zakonika elektroničkih komunikacija",
            [f"{CODE}:61(3)"],
        ),
        (
            "sl",
            "v skladu s členom 61(3) Evropskega zakonika o elektronskih komunikacijah",
            [f"{CODE}:61(3)"],
        ),
        (
            "fi",
            "eurooppalaisen sähköisen viestinnän säännöstön 61 artiklan 3 kohdan",
            [f"{CODE}:61(3)"],
        ),
        (
            "da",
            "artikel 61, stk. 3, i den europæiske kodeks for elektronisk kommunikation",
            [f"{CODE}:61(3)"],
        ),
    ],
)
def test_code_named(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "članak 5. Zakona o elektroničkim komunikacijama"),
        ("sl", "člen 5 Zakona o elektronskih komunikacijah"),
        ("sv", "enligt 5 kap. 6 § lagen (2022:482) om elektronisk kommunikation"),
        ("ga", "Airteagal 5 den Acht Cumarsáide 2002"),
    ],
)
def test_national_act_is_no_code(lang: str, text: str) -> None:
    assert not [k for k in keys(text, lang) if k.startswith(CODE)]


EEL = "CELEX:32007R1100"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the Eel Regulation (Council Regulation (EC) No 1100/2007), its genitive first
        ("sv", "Ålförordningens Artikel 2 punkt 9 anger målet.", [f"{EEL}:2(9)"]),
        ("sv", "enligt artikel 2.4 i ålförordningen ska", [f"{EEL}:2(4)"]),
        ("da", "ålforordningens artikel 2, stk. 4, fastsætter", [f"{EEL}:2(4)"]),
        ("de", "nach Art. 2 Abs. 4 der Aal-Verordnung", [f"{EEL}:2(4)"]),
        ("fi", "ankeriasasetuksen 2 artiklan 4 kohdassa", [f"{EEL}:2(4)"]),
        ("en", "Article 2(4) of the Eel Regulation", [f"{EEL}:2(4)"]),
    ],
)
def test_eel_regulation_named(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # other fish, and a national eel ordinance
        ("sv", "Fiskeförordningens artikel 5 gäller"),
        ("sv", "enligt 2 § förordningen (1994:1716) om fisket, vattenbruket och fiskerinäringen"),
        ("de", "nach § 2 der Landesfischereiverordnung"),
    ],
)
def test_no_eel_regulation(lang: str, text: str) -> None:
    assert not [k for k in keys(text, lang) if k.startswith(EEL)]
