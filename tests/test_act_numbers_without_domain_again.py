"""An act cited again without its domain: a number a document writes after an EU domain
is that act where the same number stands elsewhere with only the act word, even where
the order (number first, after 2015) or the act word (et "määrus nr", also a minister's)
would otherwise make it a body's or a national act; and el "αριθμ." as the number word
right after a bracketed domain."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il Regolamento UE 452/2019 è in vigore. Il nuovo Regolamento 452/2019 istituisce"),
        ("de", "Die Verordnung (EU) Nr. 452/2019 gilt seit April. Die Verordnung 452/2019 schafft"),
        ("pl", "Rozporządzenie (UE) 452/2019 weszło w życie. Rozporządzenie 452/2019 ustanawia"),
    ],
)
def test_a_number_first_after_2015_cited_again_without_domain(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32019R0452", "CELEX:32019R0452"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il Regolamento 40/2018 dell'IVASS e il Regolamento 40/2018 sono citati."),
        ("de", "Die Leitlinien 8/2022 und erneut die Leitlinien 8/2022 des Ausschusses."),
    ],
)
def test_a_body_series_cited_twice_stays_unkeyed(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


def test_a_national_act_word_before_a_number_cited_with_a_domain_et() -> None:
    text = "Nõukogu määrus (EL) nr 267/2012 kehtestati. Määrus nr 267/2012 muudeti hiljem."
    assert _keys(text, "et") == ["CELEX:32012R0267", "CELEX:32012R0267"]


def test_a_national_act_cited_twice_stays_national_et() -> None:
    text = "Majandusministri määrus nr 28/2010 kehtestati. Määrus nr 28/2010 muudeti."
    assert _keys(text, "et") == []


def test_national_law_beside_an_eu_act_it() -> None:
    text = "Il Regolamento UE 452/2019 e la Legge 241/1990 sul procedimento."
    assert _keys(text, "it") == ["CELEX:32019R0452"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("εφαρμογή του Κανονισμού (ΕΚ) αριθμ. 883/04 για τον συντονισμό", ["CELEX:32004R0883"]),
        ("σύμφωνα με την Οδηγία (ΕΕ) αριθμ. 2019/1937 για την προστασία", ["CELEX:32019L1937"]),
        # alone, "αριθμ." numbers the decisions of national authorities
        ("της υπ' αριθμ. 52/2022 απόφασης της Αρχής", []),
        ("τον Κανονισμό αριθμ. 14/2011 του Δήμου", []),
    ],
)
def test_el_number_word_after_a_domain(text: str, expected: list[str]) -> None:
    assert _keys(text, "el") == expected
