"""The Euratom Treaty's abbreviation after an article's number, as the Court's
judgments write it beside "236 EC" (en "Articles 236 EC and 152 EA", ro "236 CE și 152
EA", da "236 EF og 152 EA", sk "236 ES a 152 AE", sl "236 ES in 152 AE"): only right
after the number, where nothing else is meant."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "ktorej predmetom je žaloba podaná podľa článkov 236 ES a 152 AE, Peter Novák",
            ["TEC:236", "EAEC:152"],
        ),
        ("sk", "žaloba podaná podľa článku 146 AE proti rozhodnutiu", ["EAEC:146"]),
        (
            "sl",
            "katere predmet je tožba na podlagi členov 236 ES in 152 AE, Ana Novak",
            ["TEC:236", "EAEC:152"],
        ),
        (
            "da",
            "angående et søgsmål i henhold til artikel 236 EF og artikel 152 EA, Jens Hansen",
            ["TEC:236", "EAEC:152"],
        ),
        (
            "ro",
            "având ca obiect o acțiune formulată în temeiul articolelor 236 CE și 152 EA,",
            ["TEC:236", "EAEC:152"],
        ),
    ],
)
def test_euratom_abbreviation_after_number(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Not after an article's number: no Treaty.
        ("sk", "spoločnosť AE Energy a. s. podala žalobu", []),
        ("da", "EA-rapporten fra 2019 om miljøet", []),
        # A national law's section before the letters.
        ("sl", "po 152. členu zakona AE", []),
        # A number with no article word before it: a code, a page, a date.
        ("sk", "Kód 152 AE bol pridelený žiadateľovi", []),
        ("da", "se side 152 EA i rapporten", []),
        ("sk", "dňa 12. mája 2010 AE prevzala", []),
    ],
)
def test_euratom_abbreviation_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
