"""Act words the extractor did not know, so the kind came from elsewhere or nothing
was read: the abbreviated decision word in amendment lists (de "Entsch. 2009/240/EG",
es/pt "Dec. 2009/240/CE"), the Irish number word without its dot ("Rialachán (CE)
Uimh 1293/2013") and the Hungarian European Council decision ("(EU) 2018/937 európai
tanácsi határozatra"). All are data in data/lang/*.toml."""

from __future__ import annotations

import pytest

from .conftest import eu_act_spans as acts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Richtlinie 2008/68/EG, zuletzt geändert durch Entsch. 2010/61/EU der Kommission",
            [
                ("CELEX:32008L0068", "Richtlinie 2008/68/EG"),
                ("CELEX:32010D0061", "Entsch. 2010/61/EU"),
            ],
        ),
        (
            "es",
            "la Directiva 2008/68/CE, modificada por la Dec. 2010/61/UE de la Comisión",
            [
                ("CELEX:32008L0068", "Directiva 2008/68/CE"),
                ("CELEX:32010D0061", "Dec. 2010/61/UE"),
            ],
        ),
        (
            "pt",
            "a Diretiva 2008/68/CE, alterada pela Dec. 2010/61/UE da Comissão",
            [
                ("CELEX:32008L0068", "Diretiva 2008/68/CE"),
                ("CELEX:32010D0061", "Dec. 2010/61/UE"),
            ],
        ),
        (
            "ga",
            "Bunaíodh an clár le Rialachán (AE) Uimh 1303/2013 ó Pharlaimint na hEorpa",
            [("CELEX:32013R1303", "Rialachán (AE) Uimh 1303/2013")],
        ),
        (
            "hu",
            "tekintettel a 2013. június 28-i 2013/312/EU európai tanácsi határozatra,",
            [("CELEX:32013D0312", "2013/312/EU európai tanácsi határozatra")],
        ),
    ],
)
def test_act_word_gives_kind(lang: str, text: str, expected: list) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a date abbreviation and a national decision number are no EU acts
        ("es", "Madrid, 12 de dic. de 2010, sesión 2010/61"),
        ("de", "vgl. BVerfG, Entsch. vom 12.3.2010, Az. 2010/61"),
        ("ga", "Féach Uimh 12 den Acht 2010"),
    ],
)
def test_no_act(lang: str, text: str) -> None:
    assert acts(text, lang) == []
