"""Alternations kept across processes (citeresolve/knowledge/kept_strings.py): a process
that finds them builds none and gets the same patterns and the same citations; a change
of the package version, of a data file or of the building code is a new file; a
damaged, foreign or unwritable file is no error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from citeresolve.knowledge import kept_strings
from citeresolve.knowledge.cache_parts import cache_part
from citeresolve.knowledge.kept_strings import KeptStrings

from .conftest import fresh_python

# Counts the alternations a process builds, and prints its citations of three drafts.
_SCRIPT = """
import json, citeresolve
from citeresolve.knowledge import lang
built = []
build = lang._alternation
lang._alternation = lambda phrases: built.append(1) or build(phrases)
drafts = (("en-resolution", "en"), ("fr-resolution", "fr"), ("de-entschliessung", None))
found = [
    (c.key, c.start, c.end)
    for name, code in drafts
    for c in citeresolve.extract(open(f"fixtures/drafts/{name}.md").read(), lang=code)
]
print(json.dumps([len(built), found]))
"""


def test_a_process_that_finds_the_alternations_builds_none(tmp_path: Path) -> None:
    env = dict(os.environ, CITERESOLVE_CACHE_DIR=str(tmp_path))
    built, found = fresh_python(_SCRIPT, env=env)
    kept = sorted(tmp_path.glob("strings-v*/alternations-*.marshal"))
    # One file per language whose text was read, and none for what no text asked: the
    # lines of another language are found by the language guess's automaton, which
    # builds no alternation.
    parts = sorted(path.name.split(".")[-2] for path in kept)
    assert parts == ["de", "en", "fr"] and len(kept) == 3
    assert built > 100 and found
    assert all(path.stat().st_mode & 0o077 == 0 for path in kept)  # this user's alone
    assert fresh_python(_SCRIPT, env=env) == [0, found]
    # Damaged: built afresh, the same citations, and the files written whole again.
    for path in kept:
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        path.write_bytes(bytes(raw))
    assert fresh_python(_SCRIPT, env=env) == [built, found]
    assert fresh_python(_SCRIPT, env=env) == [0, found]
    # Switched off: nothing read, nothing written.
    off = dict(os.environ, CITERESOLVE_CACHE_DIR="")
    assert fresh_python(_SCRIPT, env=off) == [built, found]


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path / "cache"))
    code = tmp_path / "builder.py"
    code.write_text("# the code that builds\n", encoding="utf-8")
    return code


def _kept(kind: str, source: Path, key: str, value: str, built: list[str]) -> str:
    """What a fresh process (a new KeptStrings) gives for ``key``, and whether it built."""
    strings = KeptStrings(kind, (str(source),))

    def build() -> str:
        built.append(key)
        return value

    got = strings.get(key, build)
    strings.flush()  # as at the exit of the process
    return got


def test_a_new_version_data_or_code_is_another_file(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    assert _kept("test", source, "la\0le", "(?:la|le)", built) == "(?:la|le)"
    assert _kept("test", source, "la\0le", "other", built) == "(?:la|le)"
    assert built == ["la\0le"]
    monkeypatch.setattr(kept_strings, "__version__", "99.0")
    assert _kept("test", source, "la\0le", "(?:le|la)", built) == "(?:le|la)"
    monkeypatch.setattr(kept_strings, "data_stamp", lambda: "another copy of the data")
    assert _kept("test", source, "la\0le", "(?:der|die)", built) == "(?:der|die)"
    source.write_text("# the code that builds, changed\n", encoding="utf-8")
    assert _kept("test", source, "la\0le", "(?:il|lo)", built) == "(?:il|lo)"
    assert len(built) == 4
    assert len(list((tmp_path / "cache").glob("strings-v*/test-*.marshal"))) == 4


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners are a POSIX notion")
def test_a_file_others_may_write_is_not_read(source: Path, tmp_path: Path) -> None:
    built: list[str] = []
    _kept("test", source, "art", "(?i:art)", built)
    (kept,) = (tmp_path / "cache").glob("strings-v*/test-*.marshal")
    kept.chmod(0o666)
    assert _kept("test", source, "art", "(?i:art)", built) == "(?i:art)"
    assert built == ["art", "art"]


def test_an_unwritable_cache_is_no_error(source: Path, tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder would be", encoding="utf-8")
    built: list[str] = []
    assert _kept("test", source, "článek", "(?i:článek)", built) == "(?i:článek)"
    assert _kept("test", source, "článek", "(?i:článek)", built) == "(?i:článek)"
    assert built == ["článek", "článek"]


def test_a_file_that_grows_too_large_keeps_what_this_process_used(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kept_strings, "MAX_BYTES", 200)
    built: list[str] = []
    for word in ("artikel", "artículo", "άρθρο"):
        _kept("test", source, word, word * 20, built)
    strings = KeptStrings("test", (str(source),))
    assert strings.get("άρθρο", lambda: "built") == "άρθρο" * 20  # the last one written
    assert strings.get("Artikel", lambda: "artikel") == "artikel"
    strings.flush()
    later = KeptStrings("test", (str(source),))
    assert later.get("άρθρο", lambda: "built") == "άρθρο" * 20
    assert later.get("Artikel", lambda: "built") == "artikel"
    assert later.get("artículo", lambda: "built") == "built"


def test_a_text_reads_and_adds_to_its_language_part_only(source: Path, tmp_path: Path) -> None:
    built: list[str] = []
    with cache_part("nl"):
        assert _kept("test", source, "artikel", "(?i:artikel)", built) == "(?i:artikel)"
    with cache_part("sv"):
        assert _kept("test", source, "artikel", "(?i:artikel)", built) == "(?i:artikel)"
    assert built == ["artikel", "artikel"]  # two processes, two parts
    with cache_part("sv"):
        assert _kept("test", source, "artikel", "other", built) == "(?i:artikel)"
    assert _kept("test", source, "artikel", "(?i:artikel)", built) == "(?i:artikel)"
    assert built == ["artikel", "artikel", "artikel"]  # the part of no text is its own
    names = sorted(p.name.split(".")[-2] for p in (tmp_path / "cache").glob("strings-v*/*"))
    assert len(names) == 3 and names[:2] == ["nl", "sv"]
    # Within a process, a string built for one part is not built again for another.
    strings = KeptStrings("test", (str(source),))
    with cache_part("et"):
        assert strings.get("artikkel", lambda: "(?i:artikkel)") == "(?i:artikkel)"
    with cache_part("lv"):
        assert strings.get("artikkel", lambda: "built") == "(?i:artikkel)"
    strings.flush()
    with cache_part("lv"):
        assert KeptStrings("test", (str(source),)).get("artikkel", lambda: "x") == "(?i:artikkel)"
