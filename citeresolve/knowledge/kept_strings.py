"""Built pattern text kept across processes: the alternations of the grammar.

:func:`~citeresolve.knowledge.lang.alternation` turns a list of phrases into one
pattern (each phrase escaped, its letters' accentless capitals and its marks
spelt out, neighbours sharing their boundaries).  A first English ``extract``
builds about 150 of them from about 570 phrases, in every fresh process, before
:func:`~citeresolve.knowledge.cache.compile_pattern` can even look up their kept
engine code.  The built text depends only on the phrases, on the data files (the
accentless capitals and date marks come from every language file) and on the code
that builds it, so it is kept like the rest of the user cache: one marshal file per
kind and part of the cache (the language of the text, see :mod:`.cache_parts`),
named by the SHA-256 of the package version, the stamps of the data files
(:func:`~citeresolve.knowledge.cache.data_stamp`) and those of the building code;
a change to any of them is another file, and the stale one is never read again.

A process reads a part's file once, when it first builds such a pattern for a text
of that part, and writes it at exit when it built patterns the file lacked (merged
with what the file then holds, so processes that write together lose at most a few
entries).  As the other
cache files: read only when this user alone can have written it, checked against
the length and CRC-32 at its head (a torn or damaged file is no file), written atomically, and
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
from .cache import _cache_folder, data_stamp
from .cache_parts import current_part, part_file
from .kept_objects import checked_payload, payload_of, source_stamp
from .own_files import read_own as _read_own
from .own_files import write_bytes as _write_bytes

# Beyond this, the file starts over (every process reads it whole).
MAX_BYTES = 2_000_000
# The file's payload after its length and CRC-32 since version 2 (see kept_objects.py).
_FORMAT = 2


class _Part:
    """The entries of one part's file (see :mod:`.cache_parts`)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.entries = _read(path) if path is not None else {}
        self.used: set[str] = set()
        self.added: dict[str, str] = {}


class KeptStrings:
    """Strings built from the data by the code in ``sources``, by a string key: one
    file per part of the cache (:mod:`.cache_parts`), read when the part first asks."""

    def __init__(self, kind: str, sources: tuple[str, ...]) -> None:
        self._kind = kind
        self._sources = sources
        self._lock = threading.Lock()
        self._parts: dict[str, _Part] = {}
        self._registered = False

    def _file(self, part: str) -> str | None:
        folder = _cache_folder()
        if folder is None:
            return None
        stamp = "\0".join((__version__, data_stamp(), source_stamp(*self._sources)))
        digest = hashlib.sha256(stamp.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        name = part_file(f"{self._kind}-{digest}.marshal", part)
        return os.path.join(folder, f"strings-v{_FORMAT}", name)

    def _open(self, name: str) -> _Part:
        with self._lock:
            part = self._parts.get(name)
            if part is None:
                part = self._parts[name] = _Part(self._file(name))
            return part

    def get(self, key: str, build: Callable[[], str]) -> str:
        """The string kept under ``key``, else ``build()`` (kept from now on)."""
        name = current_part()
        part = self._parts.get(name) or self._open(name)
        value = part.entries.get(key)
        if value is not None:
            part.used.add(key)
            return value
        # Built for another part of this process already: this part keeps it too.
        value = next((v for p in list(self._parts.values()) if (v := p.entries.get(key))), None)
        if value is None:
            value = build()
        part.entries[key] = value
        if part.path is not None:
            with self._lock:
                part.added[key] = value
                if not self._registered:
                    self._registered = True
                    atexit.register(self.flush)
        return value

    def flush(self) -> None:
        """Write the file of each part with what this process built added to what the
        file now holds."""
        for part in list(self._parts.values()):
            with self._lock:
                added, part.added = part.added, {}
                path, used = part.path, set(part.used)
            if not added or path is None:
                continue
            merged = {**_read(path), **added}
            payload = marshal.dumps(merged)
            if len(payload) > MAX_BYTES:  # start over with what this process used
                entries = part.entries
                payload = marshal.dumps(
                    {k: entries[k] for k in sorted(used) if k in entries} | added
                )
            _write_bytes(Path(os.path.dirname(path)), Path(path), checked_payload(payload))


def _read(path: str) -> dict[str, str]:
    """The entries of a kept file, or none when it is missing, foreign or damaged."""
    try:
        payload = payload_of(_read_own(path))
        if payload is None:
            return {}
        loaded = marshal.loads(payload)
    except Exception:  # a missing, unreadable or foreign file is no file
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str)}
