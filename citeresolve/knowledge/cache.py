"""A cache of the parsed data files, so that a fresh process does not parse TOML.

Parsing the 24 language files and the shared files with :mod:`tomllib` costs
about 80 ms, more than the rest of a cold ``citeresolve check`` of a one-page
draft.  The parsed contents of every data file are kept in one pickle in the
user's cache directory (each file's contents pickled on their own, unpickled when
first asked for: see :mod:`.parsed_files`), with the size, modification time (in
nanoseconds) and inode of each file: a file that changed (an edited word list,
another version of the package) is parsed again and the cache rewritten.  Each
installed copy of the package has its own file.

Where: ``$CITERESOLVE_CACHE_DIR`` if set (empty: no cache), else
``$XDG_CACHE_HOME/citeresolve`` or ``~/.cache/citeresolve``.  A cache that
cannot be read or written is ignored: the files are then parsed as before.
Writes are atomic (a temporary file renamed into place), so processes that
start together never read half a cache.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import marshal
import os
import pickle
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import regex

from .engine_code import Capture, Pack
from .own_files import checked_payload, payload_of
from .own_files import open_own as _open_own
from .own_files import read_own as _read_own
from .own_files import write_bytes as _write_bytes
from .parsed_files import ParsedFiles, parse_file, pickled_file

# Bump when the layout of the cache changes.
# 2: engine code named and checked by BLAKE2b instead of SHA-256.
# 3: engine code checked by its length and CRC-32 (still named by BLAKE2b).
_FORMAT = 3
# The file of parsed data files: each file pickled on its own since version 2.
_DATA_FORMAT = 2
DATA = Path(__file__).resolve().parent.parent / "data"


def cache_dir() -> Path | None:
    """The directory of the cache, or None when caching is switched off."""
    folder = _cache_folder()
    return Path(folder) if folder is not None else None


def _cache_folder() -> str | None:
    # As a string: the kept patterns and objects look it up on every load (more than
    # two hundred a first call), and pathlib's joins cost more than reading the file.
    explicit = os.environ.get("CITERESOLVE_CACHE_DIR")
    if explicit is not None:
        return explicit if explicit.strip() else None
    return _default_folder(os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))


@functools.lru_cache(maxsize=16)
def _default_folder(xdg_cache_home: str | None, home: str | None) -> str:
    """Once per pair of values (``~`` is ``$HOME`` when set), not at each lookup."""
    base = xdg_cache_home or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "citeresolve")


def _cache_file(folder: Path) -> Path:
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    # One file per installed copy: two environments with different data files would
    # otherwise rewrite each other's cache on every start.
    where = hashlib.sha256(str(DATA).encode("utf-8")).hexdigest()[:12]
    return folder / f"data-v{_DATA_FORMAT}-py{version}-{where}.pickle"


class _Store:
    """Parsed data files by name relative to ``data/`` ("lang/en.toml", "urls.toml")."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parsed: Mapping[str, Any] | None = None
        self.stamps: dict[str, tuple[int, int, int]] = {}
        self._checked: dict[str, Any] | None = None

    def _all(self) -> Mapping[str, Any]:
        parsed = self._parsed
        if parsed is None:
            with self._lock:
                if self._parsed is None:
                    self._parsed, self.stamps = _load_all()
                parsed = self._parsed
        return parsed

    def get(self, name: str) -> dict[str, Any]:
        parsed = self._all()
        if name not in parsed:
            # Not a data file of the package (tests write their own): parse it alone.
            import tomllib  # here: a process that finds the cache never parses TOML

            with (DATA / name).open("rb") as fh:
                return tomllib.load(fh)
        return parsed[name]  # type: ignore[no-any-return]


def _data_files() -> dict[str, tuple[Path, tuple[int, int, int]]]:
    """Every data file by name, with its size, modification time in nanoseconds and
    inode (a file replaced by another, as an install or a checkout does, is new)."""
    # os.walk (scandir), not Path.rglob: half the cost, and every process walks it.
    base, found = os.fspath(DATA), []
    for folder, _, names in os.walk(base, followlinks=True):
        prefix = folder[len(base) + 1 :].replace(os.sep, "/")
        found += [f"{prefix}/{n}" if prefix else n for n in names if n.endswith(".toml")]
    files: dict[str, tuple[Path, tuple[int, int, int]]] = {}
    for name in sorted(found, key=lambda n: n.split("/")):  # by parts, as Path sorts
        stat = os.stat(path := DATA / name)
        files[name] = (path, (stat.st_size, stat.st_mtime_ns, stat.st_ino))
    return files


def _load_all() -> tuple[Mapping[str, Any], dict[str, tuple[int, int, int]]]:
    """The parsed data files by name, and the stamp of each (see _data_files)."""
    files = _data_files()
    folder = cache_dir()
    cached: dict[str, tuple[Any, Any]] = {}
    if folder is not None:
        try:
            loaded = pickle.loads(_read_own(_cache_file(folder)))
            if isinstance(loaded, dict):
                cached = loaded
        except Exception:  # a missing, unreadable or foreign cache is no cache
            cached = {}
    parsed: dict[str, Any] = {}
    pickled: dict[str, bytes] = {}
    stale = set(cached) != set(files)
    for name, (path, stamp) in files.items():
        entry = cached.get(name)
        raw = entry[1] if isinstance(entry, tuple) and len(entry) == 2 else None
        if isinstance(raw, bytes) and entry[0] == stamp:  # type: ignore[index]
            pickled[name] = raw
        else:
            parsed[name] = parse_file(path)
            stale = True
    out = ParsedFiles({name: path for name, (path, _) in files.items()}, parsed, pickled)
    if folder is not None and stale:
        kept = {
            n: (stamp, pickled.get(n) or pickled_file(parsed[n])) for n, (_, stamp) in files.items()
        }
        _write_file(folder, _cache_file(folder), kept)
    return out, {name: stamp for name, (_, stamp) in files.items()}


def _write_file(folder: Path, target: Path, contents: object) -> None:
    _write_bytes(folder, target, pickle.dumps(contents, protocol=pickle.HIGHEST_PROTOCOL))


_STORE = _Store()


# ---------------------------------------------------------------- checked data
#
# Every process checked every data file against its schema (about 20 ms for the
# 24 language files and the shared ones).  A file that passed is recorded with its
# stamp, the stamp of the checking code (knowledge/schema.py, lang.py and
# lang_schema.py) and that of the data file its schema is in (data/schemas.toml),
# and is not checked again until one of them changes.

_VALIDATORS = ("schema.py", "lang.py", "lang_schema.py")


def _checked_file(folder: Path) -> Path:
    data = _cache_file(folder)
    return data.with_name(data.stem.replace("data-", "checked-", 1) + ".marshal")


@functools.cache  # the code of this process does not change under it
def _validators_stamp() -> tuple[tuple[int, int], ...]:
    here = Path(__file__).resolve().parent
    stamps = []
    for name in _VALIDATORS:
        stat = (here / name).stat()
        stamps.append((stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


def checked(name: str, check: Callable[[], None], also: str | None = None) -> None:
    """Run ``check`` (which raises on bad data) on the data file ``name`` unless it
    passed before with the same file, the same checking code and the same data file
    ``also`` (the file of its schema)."""
    folder = cache_dir()
    _STORE._all()
    stamp = _STORE.stamps.get(name)
    if folder is None or stamp is None:
        check()
        return
    record = _STORE._checked
    if record is None:
        try:
            loaded = marshal.loads(_read_own(_checked_file(folder)))
        except Exception:  # a missing or unreadable record: check everything
            loaded = {}
        record = _STORE._checked = loaded if isinstance(loaded, dict) else {}
    mark = (stamp, _validators_stamp(), _STORE.stamps.get(also) if also else None)
    if record.get(name) == mark:
        return
    check()
    record[name] = mark
    _write_bytes(folder, _checked_file(folder), marshal.dumps(dict(record)))


def data_stamp() -> str:
    """The stamps of every data file (see _data_files), as part of a key of
    :func:`kept_object` for something built from the data."""
    _STORE._all()
    return repr(sorted(_STORE.stamps.items()))


def parsed(name: str) -> dict[str, Any]:
    """The parsed contents of ``citeresolve/data/<name>``; callers must not mutate it."""
    return _STORE.get(name)


# ---------------------------------------------------------------- compiled patterns
#
# The regex module compiles in Python (parsing, optimising, emitting the engine's
# code): the grammar built from the data files costs tens of milliseconds in every
# fresh process.  What it hands the engine at the end is plain data (the code as a
# list of integers, the group names, the required string), so that is kept across
# processes and given straight to the engine next time: one small marshal file per
# pattern and flags, named by their digest (see _digest), in a folder named by the version of
# the regex module (the code is the engine's own format).  A process reads only
# the files of the patterns it compiles.  A file that does not hold that pattern,
# or code the engine refuses, is compiled as usual and written again.

_patterns_lock = threading.Lock()
# The module that hands the compiled code to the engine (its ``_regex``).
_MAIN: Any = importlib.import_module("regex._main")
# Compiled in this process (as regex's own cache, which compile_pattern bypasses).
_compiled: dict[tuple[str, int, bool], regex.Pattern[str]] = {}
_MAX_COMPILED = 2_000


_PATTERNS_FOLDER = (
    f"patterns-v{_FORMAT}-regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
)


def _pattern_name(key: tuple[str, int]) -> str:
    """The name of the file of ``key`` in the patterns folder (and in the pack)."""
    name = _digest(f"{key[1]}\0{key[0]}".encode("utf-8", "surrogatepass")).hex()
    return f"{name[:2]}/{name[2:34]}.marshal"


def _pattern_file(folder: str | Path, key: tuple[str, int]) -> str:
    return os.path.join(folder, _PATTERNS_FOLDER, *_pattern_name(key).split("/"))


# The kept files of many patterns, read at once (knowledge/engine_code.py).
_PACK = Pack(f"{_PATTERNS_FOLDER}.indexed.pack", _open_own, _write_bytes)

# A kept file is its payload checked by length and CRC-32 (own_files.checked_payload):
# engine code from a torn or damaged file never reaches the engine (bad code could
# crash the process, which no exception handler catches); which user may have written
# it is checked apart (read_own). Checked by BLAKE2b (hashlib's reference code), the
# payloads cost a first call some 1% of its instructions: they are larger than the
# patterns' texts (the OJ grammar's 140 KB for one character).
_DIGEST = 32


def _digest(data: bytes) -> bytes:
    """The BLAKE2b digest (32 bytes) that names a pattern's file.
    Not SHA-256: OpenSSL looks its algorithm up by name at every hashlib.sha256(),
    which cost more than hashing the few hundred bytes of a pattern (a first call
    digests some 150 of them); BLAKE2b is hashlib's own."""
    return hashlib.blake2b(data, digest_size=_DIGEST).digest()


def _kept(folder: str | Path, key: tuple[str, int]) -> tuple[Any, ...] | None:
    """The engine arguments kept for ``key``: from the pack when it holds them, else
    from their file (which the pack then gains)."""
    folder = os.fspath(folder)
    name = _pattern_name(key)
    packed = _PACK.get(folder, name)
    args = _checked_args(packed, key) if packed is not None else None
    if args is not None:
        return args
    try:
        raw = _read_own(os.path.join(folder, _PATTERNS_FOLDER, *name.split("/")))
    except Exception:  # a missing, unreadable or foreign file is no cache
        return None
    args = _checked_args(raw, key)
    if args is not None:
        _PACK.add(folder, name, raw)
    return args


def _checked_args(raw: bytes, key: tuple[str, int]) -> tuple[Any, ...] | None:
    """The engine arguments of a kept file's bytes, if they are whole and for ``key``."""
    payload = payload_of(raw)
    if payload is None:
        return None
    try:
        kept = marshal.loads(payload)
    except Exception:  # not what a kept file holds
        return None
    if isinstance(kept, tuple) and len(kept) == 3 and (kept[0], kept[1]) == key:
        args = kept[2]
        return args if isinstance(args, tuple) else None
    return None


def compile_pattern(pattern: str, flags: int = 0, anchored: bool = False) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the engine code kept by an earlier
    process when there is one.  For grammar built from the data files, not for
    patterns built from a document's own words (each would be a new file).

    ``anchored`` (only matched at a position): without the required string, a literal the
    engine seeks to the text's end before each match (pt "da Carta": 0.5 ms a match)."""
    key = (pattern, int(flags), anchored)
    done = _compiled.get(key)
    if done is not None:
        return done
    compiled = _compile((pattern, int(flags)), anchored)
    if len(_compiled) >= _MAX_COMPILED:
        _compiled.clear()
    _compiled[key] = compiled
    return compiled


def _engine(pattern: str, args: tuple[Any, ...], anchored: bool) -> regex.Pattern[str]:
    # Arguments 6 to 8 of the engine are the required string's offset, characters, flags.
    if anchored and len(args) == 10:
        args = (*args[:6], 0, (), 0, *args[9:])
    return _MAIN._regex.compile(pattern, *args)  # type: ignore[no-any-return]


def _compile(key: tuple[str, int], anchored: bool = False) -> regex.Pattern[str]:
    pattern, flags = key
    folder = _cache_folder()
    args = _kept(folder, key) if folder is not None else None
    if args is not None:
        try:
            return _engine(pattern, args, anchored)
        except Exception:  # another engine's code: compile it afresh
            pass
    with _patterns_lock:
        engine = _MAIN._regex
        capture = Capture(engine)
        _MAIN._regex = capture
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _MAIN._regex = engine
    if capture.args is not None and folder is not None:
        target = _pattern_file(folder, key)
        try:
            payload = marshal.dumps((pattern, flags, capture.args))
        except ValueError:  # not plain data: an engine this code does not know
            return compiled
        raw = checked_payload(payload)
        _write_bytes(Path(os.path.dirname(target)), Path(target), raw)
        _PACK.add(folder, _pattern_name(key), raw)
    return _engine(pattern, capture.args, True) if anchored and capture.args else compiled
