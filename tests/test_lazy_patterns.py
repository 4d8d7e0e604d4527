"""Lazy grammar and the data cache: a first call compiles and parses only what the
text needs, and gets exactly what the whole grammar would give.

``Dispatched`` compiles an alternation of phrases per first character of a
position; these tests compare it, position by position, with the one big
pattern it stands for, on the real texts of every held-out file.
"""

from __future__ import annotations

import json
import marshal
import os
import pickle
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import ahocorasick
import pytest
import regex

from citeresolve.families import act_numbers
from citeresolve.knowledge import cache, kept_objects, own_files, parsed_files
from citeresolve.knowledge.dispatched import Dispatched
from citeresolve.knowledge.lang import alternation, available_languages, union_phrases

from .conftest import ROOT, fresh_python

_WORD_START = regex.compile(r"(?<!\w)\w")


def _texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted((ROOT / "fixtures" / "heldout").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _same_matches(dispatched: Dispatched, whole: regex.Pattern[str], text: str) -> int:
    """Compare both at every word start of ``text``; the number of matches."""
    found = 0
    for start in _WORD_START.finditer(text):
        pos = start.start()
        lazy, full = dispatched.match(text, pos), whole.match(text, pos)
        assert (lazy and (lazy.span(), lazy.lastgroup)) == (
            full and (full.span(), full.lastgroup)
        ), (text[pos : pos + 40], pos)
        found += full is not None
    return found


def test_act_words_of_every_language_match_as_the_whole_union() -> None:
    groups = [(field, union_phrases("acts", field)) for field in act_numbers.ACT_KINDS]
    whole = regex.compile("|".join(f"(?P<{f}>{alternation(p)})" for f, p in groups))
    dispatched = Dispatched(groups)
    assert sum(_same_matches(dispatched, whole, text) for text in _texts()) > 500


def test_case_insensitive_starts_follow_the_engine() -> None:
    # The engine matches "I" with "ı" and "i", "s" with "ſ", "σ" with "ς": a phrase
    # must be tried at every position the whole pattern would match it.
    phrases = ["Iso norm", "ısa", "sigma", "σύμβαση", "EU", "=Rom", "'t Hof", "*verordnung"]
    dispatched = Dispatched([("g", phrases)])
    whole = regex.compile(f"(?P<g>{alternation(phrases)})")
    text = (
        "ISO norm, ıso norm, ıSA, ſigma, ΣΎΜΒΑΣΗ, ςύμβαση, eu EU, rom Rom, ’t hof, Grundverordnung"
    )
    assert _same_matches(dispatched, whole, text) >= 7


def test_nothing_is_compiled_for_a_letter_the_text_never_starts_with() -> None:
    dispatched = Dispatched([("g", ["Treaty", "Charter", "Regulation"])])
    assert dispatched.match("the Charter", 4) is not None
    assert dispatched.match("xylophone", 0) is None
    assert dispatched.pattern_for("x") is None  # no phrase starts so: no pattern at all
    assert len({id(p) for p in dispatched._by_phrases.values() if p is not None}) == 1


# ---------------------------------------------------------------- the data cache


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    shutil.copytree(cache.DATA, data, ignore=shutil.ignore_patterns("*.md"))
    monkeypatch.setattr(cache, "DATA", data)
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path / "cache"))
    return data


def test_the_cache_gives_what_the_files_say(data_copy: Path, tmp_path: Path) -> None:
    first = cache._load_all()[0]
    files = list((tmp_path / "cache").glob("data-*.pickle"))
    assert len(files) == 1
    assert cache._load_all()[0] == first
    assert first["lang/en.toml"]["code"] == "en"


def test_a_cached_file_is_not_parsed_again(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache._load_all()[0]

    def refuse(text: str) -> dict[str, object]:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(tomllib, "loads", refuse)  # imported where it parses
    assert cache._load_all()[0]["urls.toml"]


def test_an_edited_file_is_parsed_again(data_copy: Path) -> None:
    before = cache._load_all()[0]["lang/en.toml"]["name"]
    path = data_copy / "lang" / "en.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f'name = "{before}"', 'name = "Edited"', 1), encoding="utf-8")
    assert cache._load_all()[0]["lang/en.toml"]["name"] == "Edited"


def test_a_broken_or_foreign_cache_is_ignored(data_copy: Path, tmp_path: Path) -> None:
    fresh = cache._load_all()[0]
    (target,) = (tmp_path / "cache").glob("data-*.pickle")
    for junk in (b"not a pickle", pickle.dumps(["a list"]), pickle.dumps({"urls.toml": 1})):
        target.write_bytes(junk)
        assert cache._load_all()[0] == fresh


def test_no_cache_when_switched_off(data_copy: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", "")
    assert cache.cache_dir() is None
    assert cache._load_all()[0]["lang/en.toml"]["code"] == "en"
    assert not (tmp_path / "cache").exists()


def test_an_unwritable_cache_directory_is_no_error(
    data_copy: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(blocker / "cache"))
    assert cache._load_all()[0]["lang/en.toml"]["code"] == "en"


# ---------------------------------------------------------------- threads


def test_lazy_compilation_under_threads_gives_the_sequential_results(tmp_path: Path) -> None:
    """Fresh process: eight threads make the first calls at once, in several languages
    and with ``lang=None``; the results are those of the same calls made one by one."""
    texts = [t for t in _texts() if t][:48]
    source = tmp_path / "texts.json"
    source.write_text(json.dumps(texts), encoding="utf-8")
    script = f"""
import json, sys
from concurrent.futures import ThreadPoolExecutor
import citeresolve
texts = json.load(open({str(source)!r}, encoding="utf-8"))
langs = [None, "en", "fr", "de"]
def run(i):
    return [(c.key, c.start, c.end) for c in citeresolve.extract(texts[i], lang=langs[i % 4])]
with ThreadPoolExecutor(8) as pool:
    together = list(pool.map(run, range(len(texts))))
alone = [run(i) for i in range(len(texts))]
print(json.dumps([together == alone, sum(map(len, alone))]))
"""
    same, found = fresh_python(script)
    assert same
    assert found > 40
    assert available_languages()


# ---------------------------------------------------------------- compiled patterns


def test_a_pattern_from_the_kept_engine_code_matches_as_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_compiled", {})
    source = r"(?P<word>(?i:r[eè]glement|regulation))\s+\((?P<dom>EU|CE)\)\s*(?:n[°o]\s*)?\d+"
    fresh = cache.compile_pattern(source, regex.VERBOSE)
    assert len(list(tmp_path.rglob("*.marshal"))) == 1
    # As in a new process: the file has the engine code, regex compiles nothing.
    monkeypatch.setattr(cache, "_compiled", {})

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although kept")

    monkeypatch.setattr(regex, "compile", refuse)
    kept = cache.compile_pattern(source, regex.VERBOSE)
    monkeypatch.undo()
    text = "Règlement (CE) n° 1049/2001 and REGULATION (EU) 2016/679; regulation (EC) 1"
    assert [(m.span(), m.groupdict()) for m in kept.finditer(text)] == [
        (m.span(), m.groupdict()) for m in fresh.finditer(text)
    ]
    assert len(list(kept.finditer(text))) == 2
    assert kept.groupindex == fresh.groupindex


def test_a_kept_file_of_another_pattern_or_engine_is_compiled_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_compiled", {})

    def signed(payload: bytes) -> bytes:
        return own_files.checked_payload(payload)

    for junk in (
        signed(marshal.dumps(("a+b", 0, ("not", "engine", "code")))),  # the engine refuses it
        signed(marshal.dumps(("x+y", 0, ()))),  # another pattern (a name collision)
        signed(b"not marshal at all"),
        marshal.dumps(("a+b", 0, ())),  # no length and CRC-32
    ):
        target = Path(cache._pattern_file(tmp_path, ("a+b", 0)))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(junk)
        cache._compiled.clear()
        assert cache.compile_pattern("a+b").match("aab") is not None
        assert cache.compile_pattern("a+b").match("xy") is None


def test_every_process_builds_the_same_patterns(tmp_path: Path) -> None:
    """Patterns are kept by their text: one built from a set in hash order would be
    new in every process (and the cache would only grow)."""
    script = (
        "import citeresolve\n"
        "citeresolve.extract(open('fixtures/drafts/en-resolution.md').read(), lang='en')\n"
        "citeresolve.extract(open('fixtures/drafts/fr-resolution.md').read())\n"
    )
    kept = []
    for seed in (1, 2, 3):
        subprocess.run(
            [sys.executable, "-c", script],
            check=True,
            cwd=ROOT,
            env=dict(os.environ, CITERESOLVE_CACHE_DIR=str(tmp_path), PYTHONHASHSEED=str(seed)),
        )
        kept.append(sorted(p.name for p in tmp_path.rglob("*.marshal")))
    assert len(kept[0]) > 20  # the first process compiles and keeps them
    assert kept[1] == kept[2] == kept[0]  # later ones, with other hash seeds, add none


def test_two_installed_copies_keep_their_own_data_cache(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache._load_all()[0]
    other = tmp_path / "other" / "data"
    shutil.copytree(data_copy, other)
    (other / "lang" / "en.toml").write_text(
        (other / "lang" / "en.toml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    monkeypatch.setattr(cache, "DATA", other)
    cache._load_all()[0]
    assert len(list((tmp_path / "cache").glob("data-*.pickle"))) == 2
    # and neither rewrote the other's: the first copy finds its own cache whole
    monkeypatch.setattr(cache, "DATA", data_copy)
    monkeypatch.setattr(tomllib, "loads", lambda text: pytest.fail("parsed again"))
    assert cache._load_all()[0]["lang/en.toml"]["code"] == "en"


def test_a_file_that_passed_its_schema_is_not_checked_again_until_it_changes(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_STORE", cache._Store())
    calls: list[str] = []
    cache.checked("lang/en.toml", lambda: calls.append("first"))
    monkeypatch.setattr(cache, "_STORE", cache._Store())  # as in a new process
    cache.checked("lang/en.toml", lambda: calls.append("again"))
    assert calls == ["first"]
    path = data_copy / "lang" / "en.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_STORE", cache._Store())
    cache.checked("lang/en.toml", lambda: calls.append("changed"))
    assert calls == ["first", "changed"]


def test_a_file_that_fails_its_schema_fails_every_time(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise ValueError("bad data")

    for _ in range(2):
        monkeypatch.setattr(cache, "_STORE", cache._Store())
        with pytest.raises(ValueError, match="bad data"):
            cache.checked("urls.toml", broken)


def test_damaged_kept_files_never_reach_the_engine(tmp_path: Path) -> None:
    """Every kept file with bytes flipped in the middle: the patterns are compiled
    afresh (a damaged code list handed to the engine could crash the process) and
    the citations are the same."""
    script = (
        "import json, citeresolve\n"
        "found = citeresolve.extract(open('fixtures/drafts/en-resolution.md').read(), lang='en')\n"
        "print(json.dumps([(c.key, c.start, c.end) for c in found]))\n"
    )
    env = dict(os.environ, CITERESOLVE_CACHE_DIR=str(tmp_path))

    def run() -> list[list[object]]:
        return fresh_python(script, env=env)  # type: ignore[no-any-return]

    first = run()
    files = list(tmp_path.rglob("*.marshal"))
    assert len(files) > 20 and first
    for path in files:
        raw = bytearray(path.read_bytes())
        middle = len(raw) // 2
        raw[middle : middle + 8] = bytes(b ^ 0xFF for b in raw[middle : middle + 8])
        path.write_bytes(bytes(raw))
    for pack in tmp_path.glob("*.pack"):  # the files themselves, not their copies
        pack.unlink()  # (tests/test_pattern_pack.py damages the pack)
    assert run() == first


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners are a POSIX notion")
def test_cache_files_others_may_write_are_not_read(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pickle runs code when loaded and kept engine code goes to the C engine: a
    cache file that another user may have written (group- or world-writable) is
    never read; the files citeresolve writes are this user's alone."""
    cache._load_all()
    (data_file,) = (tmp_path / "cache").glob("data-*.pickle")
    assert data_file.stat().st_mode & 0o077 == 0
    data_file.chmod(0o666)

    def refuse(raw: bytes) -> object:
        raise AssertionError("read a file others may write")

    monkeypatch.setattr(cache.pickle, "loads", refuse)
    assert cache._load_all()[0]["lang/en.toml"]["code"] == "en"
    monkeypatch.undo()

    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "_compiled", {})
    cache.compile_pattern("(?P<x>ab+c)")
    # what this process wrote it serves from memory (engine_code.Pack.get): a new process
    monkeypatch.setattr(cache._PACK, "_added", {})
    (kept,) = (tmp_path / "cache").rglob("*.marshal")
    kept.chmod(0o666)
    assert cache._kept(tmp_path / "cache", ("(?P<x>ab+c)", 0)) is None
    kept.chmod(0o600)
    assert cache._kept(tmp_path / "cache", ("(?P<x>ab+c)", 0)) is not None


# ---------------------------------------------------------------- kept automata


def test_a_kept_object_is_built_once_per_key_and_rebuilt_when_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", str(tmp_path))
    builds: list[str] = []

    def build(word: str) -> object:
        def do() -> object:
            builds.append(word)
            automaton = ahocorasick.Automaton()
            automaton.add_word(word, (len(word), frozenset({"en"})))
            automaton.make_automaton()
            return automaton

        return do

    def found(automaton: object, text: str) -> list[object]:
        return list(automaton.iter(text))  # type: ignore[attr-defined]

    first = kept_objects.kept_object("test", "key one", build("treaty"))
    again = kept_objects.kept_object("test", "key one", build("treaty"))
    assert builds == ["treaty"]
    assert found(again, "the treaty") == found(first, "the treaty") == [(9, (6, frozenset({"en"})))]
    (kept,) = tmp_path.rglob("test-*.pickle")
    assert kept.stat().st_mode & 0o077 == 0

    # Another key is another object; a damaged file is built afresh and rewritten.
    kept_objects.kept_object("test", "key two", build("charter"))
    assert builds == ["treaty", "charter"]
    raw = bytearray(kept.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 8] = bytes(b ^ 0xFF for b in raw[middle : middle + 8])
    kept.write_bytes(bytes(raw))
    assert found(kept_objects.kept_object("test", "key one", build("treaty")), "a treaty") == [
        (7, (6, frozenset({"en"})))
    ]
    assert builds == ["treaty", "charter", "treaty"]
    kept_objects.kept_object("test", "key one", build("treaty"))
    assert builds == ["treaty", "charter", "treaty"]

    # A file others may write is not read.
    kept.chmod(0o666)
    kept_objects.kept_object("test", "key one", build("treaty"))
    assert builds == ["treaty", "charter", "treaty", "treaty"]

    monkeypatch.setenv("CITERESOLVE_CACHE_DIR", "")
    kept_objects.kept_object("test", "key one", build("treaty"))
    assert builds[-1] == "treaty" and len(builds) == 5


def test_kept_trigger_automata_give_the_same_citations(tmp_path: Path) -> None:
    """A process that builds the triggers and the language guesser and one that
    reads them kept (and one whose kept files are all damaged) find the same."""
    script = (
        "import json, citeresolve\n"
        "en = citeresolve.extract(open('fixtures/drafts/en-resolution.md').read(), lang='en')\n"
        "fr = citeresolve.extract(open('fixtures/drafts/fr-resolution.md').read())\n"
        # a second text of a language combines its triggers (their kept entries)
        "draft = open('fixtures/drafts/en-resolution.md').read()\n"
        "again = citeresolve.extract(draft + ' ', lang='en')\n"
        "print(json.dumps([(c.key, c.start, c.end) for c in en + fr + again]))\n"
    )
    env = dict(os.environ, CITERESOLVE_CACHE_DIR=str(tmp_path))

    def run() -> list[list[object]]:
        return fresh_python(script, env=env)  # type: ignore[no-any-return]

    first = run()
    kept = sorted(tmp_path.glob("objects-*/*.pickle"))
    assert any(p.name.startswith("vocabulary-") for p in kept)
    assert any(p.name.startswith("instrument-matcher-") for p in kept)
    assert sum(p.name.startswith("trigger-") for p in kept) > 5
    stamps = {p: p.stat().st_mtime_ns for p in kept}
    assert run() == first
    assert {p: p.stat().st_mtime_ns for p in kept} == stamps  # read, not rebuilt
    kept = sorted(tmp_path.glob("objects-*/*.pickle"))
    assert any(p.name.startswith("trigger-values-") for p in kept)  # read only to combine
    assert run() == first
    for path in kept:
        raw = bytearray(path.read_bytes())
        middle = len(raw) // 2
        raw[middle : middle + 8] = bytes(b ^ 0xFF for b in raw[middle : middle + 8])
        path.write_bytes(bytes(raw))
    for pack in tmp_path.glob("*.pack"):  # the files themselves, not their copies
        pack.unlink()  # (tests/test_pattern_pack.py damages the pack)
    assert run() == first


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_cache_writes_each_distinct_string_once(data_copy: Path, tmp_path: Path) -> None:
    """The pickled files hold what the files say, each file on its own with equal
    strings as one object (a language file repeats its keys: a pickle writes a
    shared one once)."""
    parsed = cache._load_all()[0]
    (written,) = (tmp_path / "cache").glob("data-*.pickle")
    loaded = {
        name: pickle.loads(raw) for name, (_, raw) in pickle.loads(written.read_bytes()).items()
    }
    assert loaded == dict(parsed)
    strings = _strings(loaded["lang/en.toml"])
    assert len(strings) > len(set(strings))  # "names", "abbreviations" … again and again
    assert len({id(s) for s in strings}) == len(set(strings))


def test_a_file_is_unpickled_when_first_asked_for(data_copy: Path, tmp_path: Path) -> None:
    """A process that finds the cache unpickles only the files it reads (a first English
    call reads no popular names); a damaged entry is read from its file instead."""
    fresh = dict(cache._load_all()[0])
    files = cache._load_all()[0]
    assert isinstance(files, parsed_files.ParsedFiles)
    assert "popular_names.toml" in files and "popular_names.toml" not in files._parsed
    assert files["popular_names.toml"] == fresh["popular_names.toml"]
    assert "popular_names.toml" in files._parsed and "urls.toml" not in files._parsed
    (written,) = (tmp_path / "cache").glob("data-*.pickle")
    kept = pickle.loads(written.read_bytes())
    stamp, raw = kept["urls.toml"]
    kept["urls.toml"] = (stamp, raw[: len(raw) // 2])  # torn: no pickle
    written.write_bytes(pickle.dumps(kept))
    assert cache._load_all()[0]["urls.toml"] == fresh["urls.toml"]
    assert dict(cache._load_all()[0]) == fresh


_CASE_PATTERNS = (
    "import json, sys, citeresolve\n"
    "from citeresolve.families import case_lists, cases\n"
    "found = [c.key for c in citeresolve.extract(sys.argv[1], lang=sys.argv[2])]\n"
    "built = [f.cache_info().currsize for f in (cases._case_list_pattern,\n"
    "    case_lists._report_word, case_lists._number_before)]\n"
    "print(json.dumps([found, built]))\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "keys", "built"),
    [
        (
            "The Commission adopted Regulation (EU) 2016/679 on 27 April 2016.",
            "en",
            ["CELEX:32016R0679"],
            [0, 0, 0],
        ),
        (
            "Die Kommission verweist auf die Rechtssache 26/62 und die Verordnung (EU) 2016/679.",
            "de",
            ["CJEU:C-26/62", "CELEX:32016R0679"],
            [1, 0, 0],
        ),
        (
            "Voir l'arrêt Costa, 6/64, Rec. 1964, p. 1141, et le règlement (UE) 2016/679.",
            "fr",
            ["CJEU:C-6/64", "CELEX:32016R0679"],
            [0, 1, 1],
        ),
        (
            "Zie de zaken 46/87 en 227/88 [1989] Jurispr. 2859.",
            "nl",
            ["CJEU:C-46/87", "CJEU:C-227/88"],
            [1, 1, 0],
        ),
    ],
)
def test_case_patterns_of_every_language_are_built_where_a_text_needs_them(
    text: str, lang: str, keys: list[str], built: list[int]
) -> None:
    """The case-list grammar (every language's case and number words) is built at the
    first case word with a number after it, the report words' pattern where one may
    start and the number words before a number only for a number read before a report:
    a first call on a text with none builds none of them (issue 14)."""
    assert fresh_python(_CASE_PATTERNS, text, lang) == [keys, built]
