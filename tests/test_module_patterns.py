"""Module-level patterns compiled on first use (knowledge/lazy_patterns.py): the
stand-in matches as the compiled pattern does, compiles once, and pickles as it."""

from __future__ import annotations

import pickle
import types

import regex

from citeresolve.knowledge.cache import compile_pattern
from citeresolve.knowledge.lazy_patterns import deferred_pattern, lazy_pattern

from .conftest import fresh_python


def test_lazy_pattern_matches_as_the_compiled_pattern() -> None:
    source = r"(?P<word>\p{L}+)\s(?P<number>\d{1,4}/\d{2})"
    lazy = lazy_pattern(source, regex.IGNORECASE)
    real = compile_pattern(source, regex.IGNORECASE)
    for text in ("zaak C-311/18", "Rechtssache 120/78", "asunto 41/74, causa 6/64"):
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert bool(lazy.search(text)) is bool(real.search(text))
    assert lazy.groupindex == real.groupindex
    assert lazy.pattern == source and lazy.flags == real.flags


def test_lazy_pattern_keeps_what_it_read() -> None:
    lazy = lazy_pattern(r"Artikel\s\d+")
    assert "match" not in vars(lazy)
    assert lazy.match("Artikel 5") is not None
    assert vars(lazy)["match"] == compile_pattern(r"Artikel\s\d+").match


def test_lazy_pattern_pickles_as_the_compiled_pattern() -> None:
    restored = pickle.loads(pickle.dumps(lazy_pattern(r"článek\s\d+")))
    assert restored.match("článek 12") is not None


def test_importing_the_extractor_compiles_few_patterns() -> None:
    # Family modules hold their patterns lazily: importing them compiles almost none.
    count = fresh_python(
        "import json, citeresolve\n"
        "citeresolve.extract\n"
        "from citeresolve.knowledge import cache\n"
        "print(json.dumps(len(cache._compiled)))"
    )
    assert count < 40


def test_first_use_puts_the_compiled_pattern_in_the_module() -> None:
    # The module that made the stand-in reads the pattern itself after its first use;
    # what another module imported (here, the stand-in kept below) still works.
    module = types.ModuleType("patterns_of_a_family")
    exec(
        "from citeresolve.knowledge.lazy_patterns import lazy_pattern\n"
        "ARTICLE = lazy_pattern(r'(?:Article|Artikel|artículo)\\s(\\d+)')\n"
        "def numbers(text):\n"
        "    return [m.group(1) for m in ARTICLE.finditer(text)]\n",
        vars(module),
    )
    stand_in = module.ARTICLE
    assert not isinstance(stand_in, regex.Pattern)
    assert module.numbers("Artikel 5 und artículo 7") == ["5", "7"]
    assert isinstance(module.ARTICLE, regex.Pattern)
    assert module.ARTICLE is compile_pattern(r"(?:Article|Artikel|artículo)\s(\d+)")
    assert stand_in.match("Article 12").group(1) == "12"
    assert module.numbers("Article 9") == ["9"]


def test_deferred_pattern_compiles_on_first_use_and_once() -> None:
    # A language's grammar builds its patterns deferred: nothing is compiled until one
    # is used, one stand-in stands for each pattern, and it matches as compile_pattern's.
    source = r"(?:Protocol|Protokoll|protocole)\s+(?:No|Nr\.?|n°)\s*(?P<n>\d+)"
    deferred = deferred_pattern(source, regex.IGNORECASE)
    assert "finditer" not in vars(deferred)
    assert deferred_pattern(source, regex.IGNORECASE) is deferred
    real = compile_pattern(source, regex.IGNORECASE)
    for text in ("Protocol No 2 and protocole n° 36", "Protokoll Nr. 1; no protocol 3"):
        assert [m.groupdict() for m in deferred.finditer(text)] == [
            m.groupdict() for m in real.finditer(text)
        ]
    assert vars(deferred)["finditer"] == real.finditer
    assert deferred.groupindex == real.groupindex


def test_deferred_anchored_pattern_is_the_anchored_one() -> None:
    # anchored=True drops the required-literal search (see compile_pattern): the stand-in
    # compiles that engine, and pickles with it.
    source = r"\s+(?:of|de)\s+the\s+(?P<name>Treaty)"
    deferred = deferred_pattern(source, anchored=True)
    assert deferred is not deferred_pattern(source)
    text = "Article 5 of the Treaty"
    assert (
        deferred.match(text, 9).span()
        == compile_pattern(source, anchored=True).match(text, 9).span()
    )
    restored = pickle.loads(pickle.dumps(deferred))
    assert restored is compile_pattern(source, anchored=True)
    assert restored.match(text, 9).group("name") == "Treaty"
