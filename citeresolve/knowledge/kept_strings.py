"""Built pattern text kept across processes: the alternations of the grammar.

:func:`~citeresolve.knowledge.lang.alternation` turns a list of phrases into one
pattern (each phrase escaped, its letters' accentless capitals and its marks
spelt out, neighbours sharing their boundaries).  A first English ``extract``
builds about 150 of them from about 570 phrases, in every fresh process, before
:func:`~citeresolve.knowledge.cache.compile_pattern` can even look up their kept
engine code.  The built text depends only on the phrases, on the data files (the
accentless capitals and date marks come from every language file) and on the code
that builds it, so it is kept like the rest of the user cache: one marshal file per
kind, named by the SHA-256 of the package version, the stamps of the data files
(:func:`~citeresolve.knowledge.cache.data_stamp`) and those of the building code;
a change to any of them is another file, and the stale one is never read again.

A process reads the file once, when it first builds such a pattern, and writes it
at exit when it built patterns the file lacked (merged with what the file then
holds, so processes that write together lose at most a few entries).  As the other
cache files: read only when this user alone can have written it, checked against
the SHA-256 at its head (a torn or damaged file is no file), written atomically, and
ignored (built afresh) when missing, unreadable or unwritable; nothing with caching
switched off.  A file that would grow beyond :data:`MAX_BYTES` keeps the entries
this process used alone.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import threading
from collections.abc import Callable
from pathlib import Path

from .._version import __version__
from .cache import _cache_folder, data_stamp, source_stamp
from .own_files import read_own as _read_own
from .own_files import write_bytes as _write_bytes

# Beyond this, the file starts over (every process reads it whole).
MAX_BYTES = 2_000_000
_FORMAT = 1
_DIGEST = 32


class KeptStrings:
    """Strings built from the data by the code in ``sources``, by a string key."""

    def __init__(self, kind: str, sources: tuple[str, ...]) -> None:
        self._kind = kind
        self._sources = sources
        self._lock = threading.Lock()
        self._entries: dict[str, str] | None = None
        self._path: str | None = None
        self._used: set[str] = set()
        self._added: dict[str, str] = {}
        self._registered = False

    def _file(self) -> str | None:
        folder = _cache_folder()
        if folder is None:
            return None
        stamp = "\0".join((__version__, data_stamp(), source_stamp(*self._sources)))
        digest = hashlib.sha256(stamp.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return os.path.join(folder, f"strings-v{_FORMAT}", f"{self._kind}-{digest}.marshal")

    def _open(self) -> dict[str, str]:
        with self._lock:
            if self._entries is None:
                self._path = self._file()
                self._entries = _read(self._path) if self._path is not None else {}
            return self._entries

    def get(self, key: str, build: Callable[[], str]) -> str:
        """The string kept under ``key``, else ``build()`` (kept from now on)."""
        entries = self._entries if self._entries is not None else self._open()
        value = entries.get(key)
        if value is not None:
            self._used.add(key)
            return value
        value = build()
        entries[key] = value
        if self._path is not None:
            with self._lock:
                self._added[key] = value
                if not self._registered:
                    self._registered = True
                    atexit.register(self.flush)
        return value

    def flush(self) -> None:
        """Write the file with what this process built added to what it now holds."""
        with self._lock:
            added, self._added = self._added, {}
            path, used = self._path, set(self._used)
        if not added or path is None:
            return
        merged = {**_read(path), **added}
        payload = marshal.dumps(merged)
        if len(payload) > MAX_BYTES:  # start over with what this process used
            entries = self._entries or {}
            payload = marshal.dumps({k: entries[k] for k in sorted(used) if k in entries} | added)
        raw = hashlib.sha256(payload).digest() + payload
        _write_bytes(Path(os.path.dirname(path)), Path(path), raw)


def _read(path: str) -> dict[str, str]:
    """The entries of a kept file, or none when it is missing, foreign or damaged."""
    try:
        raw = _read_own(path)
        if hashlib.sha256(raw[_DIGEST:]).digest() != raw[:_DIGEST]:
            return {}
        loaded = marshal.loads(raw[_DIGEST:])
    except Exception:  # a missing, unreadable or foreign file is no file
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str)}
