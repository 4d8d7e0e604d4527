"""A first call loads what its text needs: the stages imported on first use
(knowledge/lazy_modules.py) and the unions of every language's words kept across
processes (knowledge/lang.py, kept_union), so that a one-language text parses one
language file."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import citeresolve.families as families_package
from citeresolve.families import FAMILY_MODULES
from citeresolve.knowledge.lang import EU_LANGUAGES, kept_union, load, union_phrases
from citeresolve.knowledge.lazy_modules import lazy_modules, lazy_names
from citeresolve.model.family import citation_types

from .conftest import fresh_python

_FIRST_CALL = (
    "import json, sys\n"
    "import citeresolve\n"
    "from citeresolve.knowledge import lang\n"
    "found = citeresolve.extract(sys.argv[1], lang='en')\n"
    "stages = ('keyword_lines', 'title_owners', 'sentence_reach', 'comma_acts')\n"
    "print(json.dumps([[c.key for c in found], lang.load.cache_info().currsize,\n"
    "    [s for s in stages if f'citeresolve.pipeline.{s}' in sys.modules]]))"
)


def test_a_one_treaty_text_reads_one_language_file_and_imports_no_stage_it_lacks(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "CITERESOLVE_CACHE_DIR": str(tmp_path / "cache")}
    first = fresh_python(_FIRST_CALL, "Article 5 TEU", env=env)  # builds and keeps the unions
    assert first[0] == ["TEU:5"]
    assert fresh_python(_FIRST_CALL, "Article 5 TEU", env=env) == [["TEU:5"], 1, []]


def test_a_stand_in_imports_its_module_when_first_read_and_gives_way_to_it() -> None:
    namespace = {"__package__": "citeresolve.pipeline", "lazy_modules": lazy_modules}
    exec("lazy_modules('.keyword_lines')", namespace)  # as a module's body calls it
    stand_in = namespace["keyword_lines"]
    assert stand_in is not sys.modules.get("citeresolve.pipeline.keyword_lines")
    head = stand_in.keyword_line_head
    module = sys.modules["citeresolve.pipeline.keyword_lines"]
    assert head is module.keyword_line_head
    assert namespace["keyword_lines"] is module


def test_a_kept_union_is_the_union_it_was_built_from() -> None:
    assert kept_union("test-empty", list) == []
    assert kept_union("test-words", lambda: ["a b", "", "c*"]) == ["a b", "", "c*"]
    every = [p for code in EU_LANGUAGES for p in load(code).section("cases").get("reports", [])]
    assert union_phrases("cases", "reports") == every


_ACT_HELPERS = (
    "act_bare",
    "act_kind_fallbacks",
    "act_list_items",
    "act_lists",
    "act_qualifiers",
    "act_ranges",
    "act_word_language",
    "act_years",
    "corrigendum_labels",
)

_HELPERS_LOADED = (
    "import json, sys\n"
    "import citeresolve\n"
    "found = citeresolve.extract(sys.argv[1], lang='en')\n"
    f"helpers = {_ACT_HELPERS!r}\n"
    "print(json.dumps([[c.key for c in found],\n"
    "    [h for h in helpers if f'citeresolve.families.{h}' in sys.modules]]))"
)


def test_a_text_without_acts_imports_none_of_the_act_grammars_helpers(tmp_path: Path) -> None:
    env = {**os.environ, "CITERESOLVE_CACHE_DIR": str(tmp_path / "cache")}
    assert fresh_python(_HELPERS_LOADED, "Article 5 TEU", env=env) == [["TEU:5"], []]
    # ... and a text with an act imports those its act needs, and reads it as before.
    text = "Article 6 of Regulation (EU) 2016/679 and Regulation 17/62"
    keys, loaded = fresh_python(_HELPERS_LOADED, text, env=env)
    assert keys == ["CELEX:32016R0679:6", "CELEX:31962R0017"]
    assert "act_bare" in loaded and "act_years" in loaded


def test_a_stand_in_function_gives_way_to_the_function_where_it_is_called() -> None:
    namespace = {"__package__": "citeresolve.families", "lazy_names": lazy_names}
    exec("lazy_names('.act_years', 'latest_act_year')", namespace)  # as a module's body does
    stand_in = namespace["latest_act_year"]
    exec("def call(): return latest_act_year()", namespace)
    module = importlib.import_module("citeresolve.families.act_years")
    assert namespace["call"]() == module.latest_act_year()
    assert namespace["latest_act_year"] is not stand_in
    assert namespace["latest_act_year"] is module.latest_act_year


def test_every_module_that_registers_a_family_is_listed_in_registration_order() -> None:
    folder = Path(families_package.__file__).parent
    registering = {
        p.stem for p in folder.glob("*.py") if "= register(" in p.read_text(encoding="utf-8")
    }
    assert registering == set(FAMILY_MODULES)
    listed = [t for types_ in FAMILY_MODULES.values() for t in types_]
    assert list(citation_types()) == listed
