"""Every language file has every field, and every pattern built from it compiles."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources

import pytest

from citeresolve import lang
from citeresolve.articles import reader
from citeresolve.attach import attacher
from citeresolve.errors import LanguageDataError
from citeresolve.instruments import matcher
from citeresolve.keys import TREATY_CODES
from citeresolve.registry import instruments

LANGUAGES = lang.available_languages()


def raw(code: str) -> dict:
    path = resources.files("citeresolve") / "data" / "lang" / f"{code}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


@pytest.mark.parametrize("code", LANGUAGES)
def test_file_is_complete_and_compiles(code: str) -> None:
    language = lang.load(code)
    assert language.code == code
    assert language.name
    reader(code)
    matcher(code)
    attacher(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_treaty_is_named(code: str) -> None:
    named = lang.load(code).instruments
    for treaty in TREATY_CODES:
        assert treaty in named and named[treaty]["names"], f"{code} lacks names for {treaty}"
    assert set(named) <= set(instruments()) - {"EP-RULES"}


@pytest.mark.parametrize(
    ("section", "field"),
    [(s or "", f) for s, fields in lang.SCHEMA.items() for f in fields],
)
def test_a_missing_field_is_named_in_the_error(section: str, field: str) -> None:
    data = copy.deepcopy(raw("en"))
    del (data if section == "" else data[section])[field]
    with pytest.raises(LanguageDataError, match=field):
        lang.Language(data, "broken.toml")


def test_a_mistyped_field_is_reported() -> None:
    data = copy.deepcopy(raw("en"))
    data["articles"]["article"] = "Article"
    with pytest.raises(LanguageDataError, match="'article' must be a list"):
        lang.Language(data, "broken.toml")


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        ("rozporządzeni*", "rozporządzenia Parlamentu", True),
        ("TFEU", "tfeu", False),
        ("the Treaty", "THE TREATY", True),
        ("l'article", "l’article", True),
        ("Verdrag betreffende", "Verdrag\n betreffende", True),
        ("art.", "start.", False),
    ],
)
def test_phrase_syntax(phrase: str, text: str, matches: bool) -> None:
    import regex

    assert bool(regex.search(lang.phrase_pattern(phrase), text)) is matches
