"""A hard-wrapped line that ends with the act word, the next one opening with the
kind's qualifier ("implementing", "delegated") and perhaps the author before the
number: pl "rozporządzenia\\nwykonawczego Komisji (UE) 2023/1080". The act word still
names the number's kind, as when the number opens the next line itself."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Inspekcja informuje o publikacji rozporządzenia\nwykonawczego Komisji (UE)"
            " 2021/605 z dnia 7 kwietnia 2021 r.",
            [("CELEX:32021R0605", "rozporządzenia\nwykonawczego Komisji (UE) 2021/605")],
        ),
        (
            "pl",
            "Zmiany wprowadza rozporządzenie\ndelegowane (UE) 2019/2035 w sprawie",
            [("CELEX:32019R2035", "rozporządzenie\ndelegowane (UE) 2019/2035")],
        ),
        (
            "it",
            "Il Ministero segnala la pubblicazione del regolamento\ndi esecuzione (UE)"
            " 2021/605 della Commissione.",
            [("CELEX:32021R0605", "regolamento\ndi esecuzione (UE) 2021/605")],
        ),
        (
            "fr",
            "Les zones sont fixées par le règlement\nd'exécution (UE) 2021/605 de la Commission.",
            [("CELEX:32021R0605", "règlement\nd'exécution (UE) 2021/605")],
        ),
        (
            "ro",
            "Zonele sunt stabilite prin regulamentul\nde punere în aplicare (UE) 2021/605"
            " al Comisiei.",
            [("CELEX:32021R0605", "regulamentul\nde punere în aplicare (UE) 2021/605")],
        ),
    ],
)
def test_the_qualifier_opens_the_next_line(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Other words opening the next line: the number is no act of the word before.
        ("pl", "Zgodnie z rozporządzeniem\nministra zdrowia z dnia 2021/605 w sprawie"),
        # A national implementing act: no EU act word ends the line before it.
        ("pl", "Zgodnie z ustawą\nwykonawczą nr 2021/605 ministra"),
    ],
)
def test_no_act_without_the_qualifier(lang: str, text: str) -> None:
    assert acts(text, lang) == []
