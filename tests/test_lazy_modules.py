"""A first call loads what its text needs: the stages imported on first use
(knowledge/lazy_modules.py) and the unions of every language's words kept across
processes (knowledge/lang.py, kept_union), so that a one-language text parses one
language file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from citeresolve.knowledge.lang import EU_LANGUAGES, kept_union, load, union_phrases
from citeresolve.knowledge.lazy_modules import lazy_modules

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
