"""Cold start: what a process loads is what its work needs.

A pre-commit hook starts a fresh interpreter for every commit, so the Markdown
parser, the HTTP stack and the checker must not be imported by a caller that
only extracts (timings are the benchmark's business, benchmarks/run.py; these
tests check which modules are loaded, which does not depend on the machine).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
from pathlib import Path

import pytest
import regex

import citeresolve
from citeresolve.cli.main import build_parser
from citeresolve.knowledge.lang import all_languages, alternation, phrase_pattern

from .conftest import ROOT, fresh_python


def _loaded_by(code: str) -> list[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    loaded: list[str] = fresh_python(script)
    return loaded


@functools.cache
def _loaded_at_startup() -> frozenset[str]:
    # What the interpreter loads before any code of ours runs: site-packages .pth files
    # may import modules of their own (a CA-injecting hook loads certifi, zipfile,
    # tempfile and random), and those are the machine's, not the caller's.
    return frozenset(_loaded_by("pass"))


def _modules_after(code: str) -> list[str]:
    return [m for m in _loaded_by(code) if m not in _loaded_at_startup()]


def _heavy(modules: list[str]) -> list[str]:
    prefixes = (
        "markdown_it",
        "requests",
        "urllib3",
        "citeresolve.outputs",
        "citeresolve.resolve.online",
    )
    return [m for m in modules if m.startswith(prefixes)]


def test_import_loads_no_output_stage_markdown_or_http() -> None:
    assert _heavy(_modules_after("import citeresolve")) == []


def test_extract_loads_no_output_stage_markdown_or_http() -> None:
    loaded = _modules_after(
        "import citeresolve\n"
        "found = citeresolve.extract('Article 6 of Regulation (EU) 2016/679', lang='en')\n"
        "assert [c.key for c in found], found"
    )
    assert _heavy(loaded) == []


def test_the_public_api_is_all_there() -> None:
    for name in citeresolve.__all__:
        assert getattr(citeresolve, name) is not None, name
    # The function, not the subpackage of the same name.
    assert callable(citeresolve.resolve)
    assert "link" in dir(citeresolve)


def _checked(draft: Path) -> list[str]:
    return _modules_after(
        "from citeresolve.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', '--no-config', {str(draft)!r}])"
    )


def test_check_of_markdown_loads_no_http_and_no_linker(tmp_path: Path) -> None:
    # A draft with a link and a table is read by the Markdown parser; one of headings,
    # lists and emphasis alone is read without it (tests/test_markdown_simple.py).
    draft = tmp_path / "draft.md"
    plain = (ROOT / "fixtures" / "drafts" / "en-clean.md").read_text("utf-8")
    draft.write_text(plain + "\n| see | [TEU](https://eur-lex.europa.eu) |\n|---|---|\n", "utf-8")
    loaded = _checked(draft)
    assert "markdown_it" in loaded
    assert [m for m in loaded if m.startswith(("requests", "citeresolve.outputs.link"))] == []
    assert "markdown_it" not in _checked(ROOT / "fixtures" / "drafts" / "en-clean.md")


def test_check_of_plain_text_loads_no_markdown_parser(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text((ROOT / "fixtures" / "drafts" / "en-clean.md").read_text("utf-8"), "utf-8")
    assert [m for m in _checked(draft) if m.startswith(("markdown_it", "requests"))] == []


def test_shared_boundaries_match_exactly_as_one_group_per_phrase() -> None:
    # alternation() factors the boundaries of neighbouring phrases; the matches must
    # be those of the plain alternation of every phrase, in the same order.
    text = "\n".join(
        json.loads(line)["text"]
        for path in sorted((ROOT / "fixtures" / "heldout").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    for section, field in (("acts", "regulation"), ("official_journal", "abbreviations")):
        phrases = [p for language in all_languages() for p in language.section(section)[field]]
        unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
        plain = regex.compile("(?:" + "|".join(phrase_pattern(p) for p in unique) + ")")
        grouped = regex.compile(alternation(phrases))
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], field
        assert any(True for _ in plain.finditer(text)), field  # the text has some


def test_check_loads_no_writer_or_word_reader(tmp_path: Path) -> None:
    # check reads and reports: the temporary-file machinery of the writers (tempfile
    # brings random and more) and the Word reader (zip, XML, classes of its own) are
    # not its: Word is known by name and suffix until a .docx is read, HTML until an
    # .html file or a Markdown HTML block is.
    draft = tmp_path / "draft.txt"
    draft.write_text((ROOT / "fixtures" / "drafts" / "en-clean.md").read_text("utf-8"), "utf-8")
    for path in (draft, ROOT / "fixtures" / "drafts" / "en-resolution.md"):
        loaded = _checked(path)
        unwanted = ("tempfile", "zipfile", "random", "citeresolve.text.docx", "html.parser")
        assert [m for m in loaded if m in unwanted] == [], path


def _gc_after(call: str) -> list[object]:
    # Read by an exit function: run as the command, check ends its process when done.
    script = (
        "import atexit, contextlib, gc, io, json, sys\n"
        "from citeresolve.cli import main\n"
        "atexit.register(lambda: sys.__stdout__.write(json.dumps([gc.isenabled(), "
        "gc.get_freeze_count()]) + '\\n'))\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = {call}\n"
        "sys.exit(status)"
    )
    out: list[object] = fresh_python(script, "check", "--no-config", "fixtures/drafts/en-clean.md")
    return out


def test_the_command_freezes_what_its_imports_built_and_collects_again() -> None:
    # Run as the command (argv from the process), what the imports built is frozen
    # and the collector runs again afterwards.
    enabled, frozen = _gc_after("main()")
    assert enabled is True
    assert isinstance(frozen, int) and frozen > 10_000


def test_a_caller_passing_argv_keeps_its_collector_as_it_was() -> None:
    enabled, frozen = _gc_after("main(sys.argv[1:])")
    assert enabled is True and frozen == 0


def test_loading_a_stage_leaves_the_collector_as_the_caller_had_it() -> None:
    # The collector is paused while a stage's modules load, then restored: on when it
    # was on, off when the caller had switched it off.
    script = (
        "import gc, json, citeresolve\n"
        "citeresolve.extract\n"
        "on = gc.isenabled()\n"
        "gc.disable()\n"
        "citeresolve.check\n"
        "print(json.dumps([on, gc.isenabled()]))"
    )
    assert fresh_python(script) == [True, False]


def _collector_after_a_first_call(freeze_first: bool) -> list[object]:
    script = (
        "import gc, json, weakref\n"
        "import citeresolve\n"
        "class Node:\n"
        "    pass\n"
        "a, b = Node(), Node()\n"
        "a.other, b.other = b, a\n"
        "freed = []\n"
        "weakref.finalize(a, freed.append, 'cycle')\n"
        "del a, b\n"
        f"if {freeze_first}:\n"
        "    gc.freeze()\n"
        "frozen = gc.get_freeze_count()\n"
        "found = citeresolve.extract('Article 6 of Regulation (EU) 2016/679', lang='en')\n"
        "state = [gc.isenabled(), gc.get_freeze_count() == frozen, bool(found)]\n"
        "gc.unfreeze()\n"
        "gc.collect()\n"
        "print(json.dumps([*state, freed]))\n"
    )
    result: list[object] = fresh_python(script)
    return result


def test_a_lazily_loaded_stage_leaves_the_collector_as_the_caller_had_it() -> None:
    # The first call's stage is loaded with the collector paused and its objects moved
    # to the oldest generation: the collector runs again, nothing of the caller's
    # stays frozen (or is unfrozen), and a garbage cycle made before is still freed.
    assert _collector_after_a_first_call(False) == [True, True, True, ["cycle"]]
    assert _collector_after_a_first_call(True) == [True, True, True, ["cycle"]]


def _collector_after_import(switched_off: bool) -> list[object]:
    script = (
        "import gc, json, weakref\n"
        "collections = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and collections.append(1))\n"
        "class Node:\n"
        "    pass\n"
        "a, b = Node(), Node()\n"
        "a.other, b.other = b, a\n"
        "freed = []\n"
        "weakref.finalize(a, freed.append, 'cycle')\n"
        "del a, b\n"
        f"if {switched_off}:\n"
        "    gc.disable()\n"
        "collections.clear()\n"
        "import citeresolve\n"
        "state = [gc.isenabled(), gc.get_freeze_count(), len(collections)]\n"
        "gc.collect()\n"
        "print(json.dumps([*state, freed]))\n"
    )
    result: list[object] = fresh_python(script)
    return result


def test_importing_the_package_pauses_the_collector_and_leaves_it_as_it_was() -> None:
    # No young collection scans the objects the package's import builds (some thirty
    # did; one may come as the interpreter loads the package's own module, before its
    # first line runs); the collector is on again afterwards (off when the caller had
    # switched it off), nothing stays frozen, and a garbage cycle made before the
    # import is still freed.
    for switched_off in (False, True):
        enabled, frozen, collections, freed = _collector_after_import(switched_off)
        assert enabled is not switched_off
        assert frozen == 0 and freed == ["cycle"]
        assert isinstance(collections, int) and collections <= 1


@pytest.mark.parametrize("columns", ["40", "80", "150"])
@pytest.mark.parametrize("command", [None, "check", "link", "extract"])
def test_help_is_argparse_s_own_at_every_width(
    columns: str, command: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command line's formatter looks the terminal's width up only when it writes.
    monkeypatch.setenv("COLUMNS", columns)
    ours = build_parser(command)
    plain = build_parser(command)
    for parser in [plain, *_subparsers(plain)]:
        parser.formatter_class = argparse.HelpFormatter
    for mine, theirs in zip([ours, *_subparsers(ours)], [plain, *_subparsers(plain)], strict=True):
        assert mine.format_help() == theirs.format_help()
        assert mine.format_usage() == theirs.format_usage()


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    return [
        p
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for p in action.choices.values()
    ]


def test_a_check_looks_no_terminal_width_up() -> None:
    loaded = _checked(ROOT / "fixtures" / "drafts" / "en-clean.md")
    assert "shutil" not in loaded


def test_a_check_with_a_filled_cache_parses_no_pattern(tmp_path: Path) -> None:
    # Every pattern of the grammar, the checks and the resolver comes from the engine
    # code kept by an earlier process: none is parsed by the regex module's Python
    # compiler (a fresh process compiled about twenty, a module-level regex.compile or a
    # regex.fullmatch with a pattern string each).
    draft = tmp_path / "draft.md"
    draft.write_text(
        "- having regard to Article 56 TEU and Regulation (EU) No 2016/679,\n"
        "- gestützt auf Artikel 56 des Vertrags über die Europäische Union,\n"
        "- vu l'article 56 du traité sur l'Union européenne, CELEX:32016R0679,\n",
        "utf-8",
    )
    script = (
        "import contextlib, io, json, sys\n"
        "import regex._main\n"
        "parsed = []\n"
        "parse = regex._main._parse_pattern\n"
        "regex._main._parse_pattern = lambda src, info: parsed.append(1) or parse(src, info)\n"
        "from citeresolve.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(sys.argv[1:])\n"
        "print(json.dumps(len(parsed)))"
    )
    env = {**os.environ, "CITERESOLVE_CACHE_DIR": str(tmp_path / "cache")}
    first = fresh_python(script, "check", "--no-config", str(draft), env=env)
    assert isinstance(first, int) and first > 0  # the first process compiles and keeps them
    assert fresh_python(script, "check", "--no-config", str(draft), env=env) == 0
