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

import hashlib
import os
import pickle
import sys
import threading
import tomllib
from pathlib import Path
from typing import Any

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
    return folder / f"data-v{_FORMAT}-py{version}.pickle"


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
        _write(folder, fresh)
    return out


def _write(folder: Path, contents: dict[str, tuple[str, Any]]) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A name of this process and thread: writers never share a temporary file.
        tmp = folder / f".data-{os.getpid()}-{threading.get_ident()}.tmp"
        try:
            with tmp.open("wb") as fh:
                pickle.dump(contents, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, _cache_file(folder))
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only home or a full disk: parse again next time


_STORE = _Store()


def parsed(name: str) -> dict[str, Any]:
    """The parsed contents of ``citeresolve/data/<name>``; callers must not mutate it."""
    return _STORE.get(name)
