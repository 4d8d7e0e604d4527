"""A ministry, a government or a parliament in the genitive right before an act word
makes the act national (data/act_words.toml [national_authors]): fi "maa- ja
metsätalousministeriön asetuksen (226/2006)", sv "Jordbruksdepartementets förordning
12/2006", da "Justitsministeriets bekendtgørelse 2006/226" name no EU act. The same
number after the bare act word is still read as the EU act."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "muutetaan 31 päivänä maaliskuuta 2006 annetun maa- ja metsätalousministeriön "
            "asetuksen (226/2006) 2 § seuraavasti:",
        ),
        ("fi", "Valtioneuvoston asetuksen (2006/226) 3 §:ssä säädetään tukien maksamisesta."),
        ("sv", "Enligt Jordbruksdepartementets förordning 2006/226 ska ansökan lämnas in."),
        ("da", "Efter Justitsministeriets bekendtgørelse 2006/226 skal anmeldelsen indgives."),
    ],
)
def test_national_author_makes_act_national(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fi", "Komission asetuksen (226/2006) mukaisesti tuki maksetaan.", ["CELEX:32006R0226"]),
        ("sv", "Enligt förordning 2006/226 ska ansökan lämnas in.", ["CELEX:32006R0226"]),
    ],
)
def test_bare_act_word_still_eu(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
