"""Recitals counted by an ordinal word past the tenth ("the twelfth recital"), in every
language's ``ordinals`` (eleventh to twentieth; Spanish, Portuguese and Greek also
compose "décimo segundo"), and recitals numbered with the ordinal mark of Spanish and
Italian ("considerandos 2º y 3º", "considerando 4°"), the ``article_marks`` those
languages now have like Portuguese."""

from __future__ import annotations

import pytest

import citeresolve

D123 = "CELEX:32006L0123"
R679 = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Nach dem zwölften Erwägungsgrund der Richtlinie 2006/123/EG gilt",
            [f"{D123}:recital-12"],
        ),
        (
            "de",
            "der siebzehnte Erwägungsgrund der Verordnung (EU) 2016/679",
            [f"{R679}:recital-17"],
        ),
        (
            "fr",
            "le quinzième considérant de la directive 2006/123/CE précise",
            [f"{D123}:recital-15"],
        ),
        (
            "fr",
            "les onzième et dix-huitième considérants du règlement (UE) 2016/679",
            [f"{R679}:recital-11", f"{R679}:recital-18"],
        ),
        ("it", "il tredicesimo considerando della direttiva 2006/123/CE", [f"{D123}:recital-13"]),
        ("nl", "de veertiende overweging van richtlijn 2006/123/EG", [f"{D123}:recital-14"]),
        ("sv", "det tolfte skälet i direktiv 2006/123/EG", [f"{D123}:recital-12"]),
        ("es", "el decimoquinto considerando de la Directiva 2006/123/CE", [f"{D123}:recital-15"]),
        ("pl", "w szesnastym motywie dyrektywy 2006/123/WE", [f"{D123}:recital-16"]),
        ("cs", "ve dvanáctém bodě odůvodnění směrnice 2006/123/ES", [f"{D123}:recital-12"]),
        ("hu", "a 2006/123/EK irányelv tizenkettedik preambulumbekezdése", [f"{D123}:recital-12"]),
    ],
)
def test_recital_by_an_ordinal_past_ten(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Según los considerandos 4º y 7º de la Directiva 2006/123/CE, los Estados",
            [f"{D123}:recital-4", f"{D123}:recital-7"],
        ),
        ("es", "el artículo 9º, apartado 1, de la Directiva 2006/123/CE", [f"{D123}:9(1)"]),
        (
            "it",
            "come ricorda il considerando 4° della direttiva 2006/123/CE",
            [f"{D123}:recital-4"],
        ),
        # Portuguese had its marks already: unchanged
        (
            "pt",
            "os considerandos 4.º e 7.º da Diretiva 2006/123/CE",
            [f"{D123}:recital-4", f"{D123}:recital-7"],
        ),
    ],
)
def test_recital_numbers_with_an_ordinal_mark(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an ordinal that counts no recital or article cites nothing of the act
        ("de", "Der zwölfte Bericht über die Richtlinie 2006/123/EG", [D123]),
        ("fr", "la douzième réunion consacrée à la directive 2006/123/CE", [D123]),
        # a date's "1º" is no article
        ("es", "desde el 1º de enero de 2010, fecha de la Directiva 2006/123/CE", [D123]),
        ("it", "il 1° gennaio 2010 la direttiva 2006/123/CE", [D123]),
    ],
)
def test_ordinals_that_count_nothing(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
