"""Act words in forms the language files missed: the Greek abbreviation without its full
stop ("Καν (ΕΕ) 2015/262"), the Finnish codes that are regulations
("eläinterveyssäännöstön (EU) 2016/429"), the Maltese delegated act word
("Regolament ta’ Delega"), and number words written in full (ga "Uimhir", nl "nummer")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "το περιεχόμενο του διαβατηρίου όπως προβλέπεται από τον Καν (ΕΕ) 2015/262.",
            ["CELEX:32015R0262"],
        ),
        (
            "fi",
            "jolloin alkoi EU:n eläinterveyssäännöstön (EU) 2016/429 soveltaminen.",
            ["CELEX:32016R0429"],
        ),
        (
            "fi",
            "Schengenin rajasäännöstön (EU) 2016/399 mukaan tarkastukset tehdään",
            ["CELEX:32016R0399"],
        ),
        (
            "ga",
            "Clúdaíonn Rialachán (CE) Uimhir 1103/97 saincheisteanna amhail rátaí",
            ["CELEX:31997R1103"],
        ),
        (
            "ga",
            "  • Leagtar amach i Rialachán (CE) Uimh, 974/98 amchlár don aistriú chuig an euro.",
            ["CELEX:31998R0974"],
        ),
        (
            "nl",
            "Gedelegeerde Europese Houtverordening nummer 363/2012: over procedures",
            ["CELEX:32012R0363"],
        ),
        (
            "de",
            "gemäß der Verordnung (EU) Nummer 1093/2010 des Europäischen Parlaments",
            ["CELEX:32010R1093"],
        ),
    ],
)
def test_act_word_variants(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "mt",
            "Ir-Regolament (UE) Nru 236/2012 jipprevedi dan. Dawn huma ddefiniti fl-Artikolu"
            " 24(3) tar-Regolament ta’ Delega tal-Kummissjoni Nru 918/2012 ( 3 ).",
            ["CELEX:32012R0236", "CELEX:32012R0918:24(3)"],
        ),
        (
            "it",
            "Il regolamento (UE) n. 236/2012 si applica. L'articolo 24, paragrafo 3, del"
            " regolamento delegato (UE) n. 918/2012 della Commissione precisa",
            ["CELEX:32012R0236", "CELEX:32012R0918:24(3)"],
        ),
        (
            "en",
            "Regulation (EU) No 236/2012 applies. Article 24(3) of Commission Delegated"
            " Regulation No 918/2012 defines them.",
            ["CELEX:32012R0236", "CELEX:32012R0918:24(3)"],
        ),
    ],
)
def test_delegated_act_word_pins_the_named_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "säännöstön mukaan asia ratkaistaan"),
        ("el", "Καν και οι 12 από αυτούς"),
        ("nl", "het nummer 12/2010 van het tijdschrift"),
    ],
)
def test_without_act_number_nothing_is_read(lang: str, text: str) -> None:
    assert keys(text, lang) == []
