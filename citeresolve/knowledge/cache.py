"""A cache of the parsed data files, so that a fresh process does not parse TOML.

Parsing the 24 language files and the shared files with :mod:`tomllib` costs
about 80 ms, more than the rest of a cold ``citeresolve check`` of a one-page
draft.  The parsed contents of every data file are kept in one pickle in the
user's cache directory, with the SHA-256 of each file's bytes: a file whose
bytes changed (an edited word list, another version of the package) is parsed
again and the cache rewritten; reading and hashing every file costs about 2 ms.

Where: ``$CITERESOLVE_CACHE_DIR`` if set (empty: no cache), else
``$XDG_CACHE_HOME/citeresolve`` or ``~/.cache/citeresolve``.  A cache that
cannot be read or written is ignored: the files are then parsed as before.
Writes are atomic (a temporary file renamed into place), so processes that
start together never read half a cache.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import os
import pickle
import sys
import threading
import tomllib
from pathlib import Path
from typing import Any

import regex

# Bump when the layout of the cache changes.
_FORMAT = 1
DATA = Path(__file__).resolve().parent.parent / "data"


def cache_dir() -> Path | None:
    """The directory of the cache, or None when caching is switched off."""
    explicit = os.environ.get("CITERESOLVE_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "citeresolve"


def _cache_file(folder: Path) -> Path:
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    # One file per installed copy: two environments with different data files would
    # otherwise rewrite each other's cache on every start.
    where = hashlib.sha256(str(DATA).encode("utf-8")).hexdigest()[:12]
    return folder / f"data-v{_FORMAT}-py{version}-{where}.pickle"


class _Store:
    """Parsed data files by name relative to ``data/`` ("lang/en.toml", "urls.toml")."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parsed: dict[str, Any] | None = None

    def get(self, name: str) -> dict[str, Any]:
        parsed = self._parsed
        if parsed is None:
            with self._lock:
                if self._parsed is None:
                    self._parsed = _load_all()
                parsed = self._parsed
        if name not in parsed:
            # Not a data file of the package (tests write their own): parse it alone.
            with (DATA / name).open("rb") as fh:
                return tomllib.load(fh)
        return parsed[name]  # type: ignore[no-any-return]


def _data_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted(DATA.rglob("*.toml")):
        files[path.relative_to(DATA).as_posix()] = path.read_bytes()
    return files


def _load_all() -> dict[str, Any]:
    files = _data_files()
    digests = {name: hashlib.sha256(raw).hexdigest() for name, raw in files.items()}
    folder = cache_dir()
    cached: dict[str, tuple[str, Any]] = {}
    if folder is not None:
        try:
            with _cache_file(folder).open("rb") as fh:
                loaded = pickle.load(fh)
            if isinstance(loaded, dict):
                cached = loaded
        except Exception:  # a missing, unreadable or foreign cache is no cache
            cached = {}
    out: dict[str, Any] = {}
    fresh: dict[str, tuple[str, Any]] = {}
    stale = set(cached) != set(files)
    for name, raw in files.items():
        entry = cached.get(name)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == digests[name]:
            out[name] = entry[1]
        else:
            out[name] = tomllib.loads(raw.decode("utf-8"))
            stale = True
        fresh[name] = (digests[name], out[name])
    if folder is not None and stale:
        _write_file(folder, _cache_file(folder), fresh)
    return out


def _write_file(folder: Path, target: Path, contents: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A name of this process and thread: writers never share a temporary file.
        tmp = folder / f".{target.name}-{os.getpid()}-{threading.get_ident()}.tmp"
        try:
            with tmp.open("wb") as fh:
                pickle.dump(contents, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only home or a full disk: parse again next time


_STORE = _Store()


def parsed(name: str) -> dict[str, Any]:
    """The parsed contents of ``citeresolve/data/<name>``; callers must not mutate it."""
    return _STORE.get(name)


# ---------------------------------------------------------------- compiled patterns
#
# The regex module compiles in Python (parsing, optimising, emitting the engine's
# code): the grammar built from the data files costs tens of milliseconds in every
# fresh process.  What it hands the engine at the end is plain data (the code as a
# list of integers, the group names, the required string), so that is kept across
# processes, per pattern and flags, in a second pickle next to the data cache, and
# given straight to the engine next time.  The file is keyed by the version of the
# regex module (the code is the engine's own format); a pattern the file does not
# have, or one the engine refuses, is compiled as usual.

_MAX_PATTERNS = 20_000  # a bound on the file: patterns compiled per text are many
_patterns_lock = threading.Lock()
_patterns: dict[tuple[str, int], tuple[Any, ...]] | None = None
_new_patterns: dict[tuple[str, int], tuple[Any, ...]] = {}
_registered = False  # _save_patterns is registered to run at exit
# Compiled in this process (as regex's own cache, which compile_pattern bypasses).
_compiled: dict[tuple[str, int], regex.Pattern[str]] = {}
_MAX_COMPILED = 2_000


def _patterns_file(folder: Path) -> Path:
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"patterns-v{_FORMAT}-regex{regex.__version__}-py{version}.pickle"


def _known_patterns() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _patterns
    if _patterns is None:
        with _patterns_lock:
            if _patterns is None:
                loaded: Any = {}
                folder = cache_dir()
                if folder is not None:
                    try:
                        with _patterns_file(folder).open("rb") as fh:
                            loaded = pickle.load(fh)
                    except Exception:  # a missing or unreadable cache is no cache
                        loaded = {}
                _patterns = loaded if isinstance(loaded, dict) else {}
    return _patterns


class _Capture:
    """Stands in for the engine module while one pattern is compiled, to record the
    arguments regex hands the engine (only those of the compiling thread)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._thread = threading.get_ident()
        self.args: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, pattern: Any, *args: Any) -> Any:
        if threading.get_ident() == self._thread:
            self.args = (int(args[0]), *args[1:])
        return self._engine.compile(pattern, *args)


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the engine code kept by an earlier
    process when there is one."""
    key = (pattern, int(flags))
    done = _compiled.get(key)
    if done is not None:
        return done
    compiled = _compile(key)
    if len(_compiled) >= _MAX_COMPILED:
        _compiled.clear()
    _compiled[key] = compiled
    return compiled


def _compile(key: tuple[str, int]) -> regex.Pattern[str]:
    pattern, flags = key
    _main: Any = importlib.import_module("regex._main")
    args = _known_patterns().get(key)
    if args is not None:
        try:
            return _main._regex.compile(pattern, *args)  # type: ignore[no-any-return]
        except Exception:  # another engine's code: compile it afresh
            pass
    with _patterns_lock:
        engine = _main._regex
        capture = _Capture(engine)
        _main._regex = capture
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _main._regex = engine
    if capture.args is not None and cache_dir() is not None:
        global _registered
        with _patterns_lock:
            if not _registered:
                atexit.register(_save_patterns)
                _registered = True
            _new_patterns[key] = capture.args
    return compiled


def _save_patterns() -> None:
    """At exit: add this process's new patterns to the file (merged with what other
    processes wrote meanwhile), atomically."""
    folder = cache_dir()
    if folder is None or not _new_patterns:
        return
    try:
        with _patterns_file(folder).open("rb") as fh:
            stored = pickle.load(fh)
        if not isinstance(stored, dict):
            stored = {}
    except Exception:
        stored = {}
    for key, args in _new_patterns.items():
        if len(stored) >= _MAX_PATTERNS:
            break
        stored[key] = args
    _write_file(folder, _patterns_file(folder), stored)
