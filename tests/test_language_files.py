"""Every language file has every field, and every pattern built from it compiles."""

from __future__ import annotations

import copy
import os
import shutil
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from citeresolve.errors import LanguageDataError
from citeresolve.families.articles import reader
from citeresolve.families.instruments import matcher
from citeresolve.knowledge import lang, lang_schema
from citeresolve.knowledge.registry import instruments
from citeresolve.model.keys import TREATY_CODES
from citeresolve.pipeline.attach import attacher

from .conftest import fresh_python

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
    [(s or "", f) for s, fields in lang_schema.SCHEMA.items() for f in fields],
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
        # letters a language types bare (unaccented_letters) match bare in any case,
        # also only some of a word's ("Clánok": the caron lost, the acute kept)
        ("Tratatul privind funcționarea", "Tratatul privind functionarea", True),
        ("článok", "Clánok", True),
        ("článok", "CLANOK", True),
        # letters that drop their accent only in capitals do not match bare in lower case
        ("συνθήκη", "ΣΥΝΘΗΚΗ", True),
        ("συνθήκη", "συνθηκη", False),
    ],
)
def test_phrase_syntax(phrase: str, text: str, matches: bool) -> None:
    import regex

    assert bool(regex.search(lang.phrase_pattern(phrase), text)) is matches


def _phrases(node: object) -> list[str]:
    """Every phrase of a language file: list items and table keys, at any depth."""
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in [k, *_phrases(v)]]
    if isinstance(node, list):
        return [p for item in node for p in _phrases(item)]
    return [node] if isinstance(node, str) else []


def _spaced(phrase: str, gap: str) -> str:
    """``phrase`` as PDF conversion writes it: ``gap`` for each space."""
    return gap.join(phrase.strip().removeprefix("=").split(" "))


MULTI_WORD = sorted(
    {(code, p) for code in LANGUAGES for p in _phrases(raw(code)) if " " in p.strip()}
)
GAPS = ("\n", "  ", " \n", "\t", "\u00a0")


@pytest.mark.parametrize(("code", "phrase"), MULTI_WORD)
def test_multi_word_phrases_keep_their_key_across_white_space(code: str, phrase: str) -> None:
    """Whatever white space a phrase's pattern accepts, the text it matched looks
    the phrase up under the same key (issue 15, item 0: "al\\ntreilea")."""
    import regex

    pattern = regex.compile(lang.phrase_pattern(phrase))
    # an optional date ("{date}", test_name_dates.py) matches the phrase without one
    written = phrase.replace(" {date}", "")
    for gap in GAPS:
        variant = _spaced(written, gap)
        if "*" in phrase:
            continue  # an open ending matches more than the phrase itself
        assert pattern.fullmatch(variant), (phrase, gap)
        assert lang.phrase_key(variant) == lang.phrase_key(written), (phrase, gap)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_ordinal_reads_with_any_white_space(code: str) -> None:
    """Each ordinal, however it is spaced or capitalised, gives its number."""
    chains = reader(code)
    for phrase, value in raw(code)["articles"]["ordinals"].items():
        for gap in (" ", *GAPS):
            for variant in (_spaced(phrase, gap), _spaced(phrase, gap).upper()):
                tokens = chains.tokens(variant + " ", 0)
                assert tokens, (phrase, gap)
                assert (tokens[0].kind, tokens[0].value) == ("ORD", str(value)), (variant, tokens)


def test_a_line_break_inside_an_ordinal_does_not_stop_extraction() -> None:
    """The sentence of issue 15: "paragraful al\\ntreilea al articolului 5 …"."""
    from citeresolve import extract

    text = "paragraful al\ntreilea al articolului 5 din Tratatul privind Uniunea Europeană"
    # the paragraph counted by position, as the contract's "the third paragraph of Article 175"
    assert [c.key for c in extract(text, lang="ro")] == ["TEU:5(3)"]


@pytest.mark.parametrize(
    ("section", "field", "value", "message"),
    [
        # a misspelt field is not silently read as absent
        ("articles", "paragrahp", ["paragraph"], r"\[articles\] has unknown field\(s\) paragrahp"),
        ("", "officiel_journal", {}, r"\[top\] has unknown field\(s\) officiel_journal"),
        # list items and table values are typed
        ("articles", "and", ["and", 3], r"'and' holds 3, not a string"),
        ("articles", "ordinals", {"first": "1"}, r"'ordinals' holds '1', not a number"),
    ],
)
def test_unknown_fields_and_wrong_items_are_named(
    section: str, field: str, value: object, message: str
) -> None:
    data = copy.deepcopy(raw("en"))
    (data if section == "" else data[section])[field] = value
    with pytest.raises(LanguageDataError, match=message):
        lang.Language(data, "broken.toml")


def test_an_unknown_field_of_an_instrument_is_named() -> None:
    data = copy.deepcopy(raw("en"))
    data["instruments"]["TEU"]["abbreviation"] = ["TEU"]
    with pytest.raises(LanguageDataError, match=r"\[instruments\.TEU\] has unknown field"):
        lang.Language(data, "broken.toml")


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        ({"TEU": ["EU|FEU Treaties"]}, "two instrument codes"),
        ({"TEU+XYZ": ["EU|FEU Treaties"]}, "two instrument codes"),
        ({"TEU+TFEU": ["EU and FEU Treaties"]}, "'first|second'"),
        ({"TEU+TFEU": ["EU|"]}, "'first|second'"),
    ],
)
def test_a_malformed_instrument_pair_is_named(pairs: dict, message: str) -> None:
    data = copy.deepcopy(raw("en"))
    data["instrument_pairs"] = pairs
    with pytest.raises(LanguageDataError, match=rf"\[instrument_pairs\].*{message}"):
        lang.Language(data, "broken.toml")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_reference_kind_of_the_registry_has_words(code: str) -> None:
    """ "the Convention" and "the Protocol" are written in every language: each kind of
    reference word that registered instruments name (``reference`` in instruments.toml)
    is a [references] field of every language file, and the court of each such
    instrument that has one in any language is named in every language."""
    references = raw(code)["references"]
    kinds = {entry["reference"] for entry in instruments().values() if "reference" in entry}
    assert kinds == {"convention", "protocol"}
    for kind in kinds:
        assert isinstance(references.get(kind), list) and references[kind], (code, kind)
    assert lang.load(code).instruments["ECHR"].get("courts"), f"{code} lacks the ECtHR's names"


def test_an_unknown_instrument_field_is_reported() -> None:
    data = copy.deepcopy(raw("en"))
    data["instruments"]["ECHR"]["court"] = ["European Court of Human Rights"]
    with pytest.raises(LanguageDataError, match="unknown field"):
        lang.Language(data, "broken.toml")


@pytest.mark.parametrize(
    ("letters", "message"),
    [({"ș": "S"}, "'unaccented_letters' maps 'ș' to 'S'"), ({"ș": "sh"}, "maps 'ș' to 'sh'")],
)
def test_a_bare_letter_is_one_lower_case_letter(letters: dict, message: str) -> None:
    """The trigger automaton reads a folded copy of the text of the same length."""
    data = copy.deepcopy(raw("ro"))
    data["unaccented_letters"] = letters
    with pytest.raises(LanguageDataError, match=message):
        lang.Language(data, "broken.toml")


def test_a_word_typed_bare_has_the_key_of_the_word() -> None:
    """Ordinals and other looked-up phrases are found under the same key bare."""
    assert lang.phrase_key("al saselea") == lang.phrase_key("al șaselea")
    assert lang.phrase_key("Clánok") == lang.phrase_key("článok")
    assert {"článok", "clánok", "članok", "clanok"} == lang.spellings("článok")


def test_the_language_list_is_the_language_files() -> None:
    folder = resources.files("citeresolve") / "data" / "lang"
    files = sorted(
        f.name.removesuffix(".toml") for f in folder.iterdir() if f.name.endswith(".toml")
    )
    assert tuple(files) == lang.EU_LANGUAGES and len(files) == 24
    assert lang.available_languages() == files


# Run in a copy of the package with one more language file: the copy of en.toml under
# the code "xx", and its three-letter code for the Publications Office's URLs (the one
# shared entry without an English fallback). No Python file of the copy is changed.
_NEW_LANGUAGE = """
import json, citeresolve
text = "Article 16(2) TFEU and Regulation (EU) 2016/679, OJ L 119, 4.5.2016, p. 1"
found = citeresolve.resolve("OJ:L:2016:119:1", lang="xx")
print(json.dumps({
    "module": citeresolve.__file__,
    "languages": list(citeresolve.EU_LANGUAGES),
    "xx": [c.key for c in citeresolve.extract(text, lang="xx")],
    "en": [c.key for c in citeresolve.extract(text, lang="en")],
    "url": found.url,
    "label": found.label,
}))
"""


def test_a_new_language_file_is_a_new_language(tmp_path: Path) -> None:
    package = Path(lang.__file__).resolve().parent.parent
    copy_ = shutil.copytree(
        package, tmp_path / "citeresolve", ignore=shutil.ignore_patterns("__pycache__")
    )
    data = copy_ / "data"
    english = (data / "lang" / "en.toml").read_text(encoding="utf-8")
    assert english.count('code = "en"') == 1
    (data / "lang" / "xx.toml").write_text(english.replace('code = "en"', 'code = "xx"'), "utf-8")
    identifiers = data / "identifiers.toml"
    text = identifiers.read_text(encoding="utf-8")
    identifiers.write_text(
        text.replace("[cellar_languages]\n", '[cellar_languages]\nxx = "ENG"\n'), "utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "CITERESOLVE_CACHE_DIR": ""}
    out = fresh_python(_NEW_LANGUAGE, cwd=tmp_path, env=env)
    assert out["module"].startswith(str(tmp_path))  # the copy ran, not the package under test
    assert out["languages"] == sorted([*LANGUAGES, "xx"])
    assert out["xx"] == out["en"] == ["TFEU:16(2)", "CELEX:32016R0679", "OJ:L:2016:119:1"]
    assert out["label"] == "OJ L 119, 2016, p. 1"
    assert "/XX/" in out["url"]
