"""The engine code of patterns: what regex hands its engine, and many patterns'
kept code in one file, read at once.

:class:`Capture` records the arguments regex hands its engine (``_regex.compile``)
when it compiles a pattern, as plain data (:func:`plain`) that marshal keeps.

:func:`~citeresolve.knowledge.cache.compile_pattern` keeps each pattern's engine
code in a small file of its own.  A first ``extract`` reads about 160 of them,
and opening a file costs more than reading it: on a small virtual machine the
reads were a tenth of the first call.  The pack holds the bytes of those files,
exactly as written (the SHA-256 of the payload, then the payload), by file name,
in one marshal file beside their folder.  A process reads it once, and checks
each entry it uses as it checks the file the entry copies, before any of its code
reaches the engine: a damaged entry is no entry, and the file is read instead.

The files stay what is kept; the pack only saves opening them.  A process that
read files the pack lacks (or compiled new patterns) writes the pack again when
it exits, with those entries added to what the pack then holds; a pack that would
grow beyond :data:`MAX_BYTES` holds this process's entries alone.  Processes that
write together lose nothing but a few entries, which are read as files next time.
"""

from __future__ import annotations

import atexit
import marshal
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Beyond this, the pack starts over (every process reads it whole).
MAX_BYTES = 3_000_000


class Pack:
    """The packs of this process, by cache folder: the entries read from the pack
    file, and the entries this process used that it lacked."""

    def __init__(
        self,
        pack_name: str,
        read: Callable[[str], bytes],
        write: Callable[[Path, Path, bytes], None],
    ) -> None:
        self._name = pack_name
        self._read = read
        self._write = write
        self._lock = threading.Lock()
        self._loaded: dict[str, dict[str, bytes]] = {}
        self._hits: dict[str, set[str]] = {}
        self._added: dict[str, dict[str, bytes]] = {}
        self._registered = False

    def _path(self, folder: str) -> str:
        return os.path.join(folder, self._name)

    def _load(self, folder: str) -> dict[str, bytes]:
        try:
            entries = marshal.loads(self._read(self._path(folder)))
        except Exception:  # a missing, unreadable, foreign or damaged pack is none
            return {}
        if not isinstance(entries, dict):
            return {}
        # Only names and bytes: anything else is a damaged pack.
        return {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, bytes)}

    def get(self, folder: str, name: str) -> bytes | None:
        """The bytes the pack of ``folder`` holds for the file ``name`` (unchecked: the
        caller checks them as it checks the file)."""
        entries = self._loaded.get(folder)
        if entries is None:
            with self._lock:
                entries = self._loaded.get(folder)
                if entries is None:
                    self._hits[folder] = set()  # before the entries: others read both
                    entries = self._loaded[folder] = self._load(folder)
        raw = entries.get(name)
        if raw is not None:
            self._hits[folder].add(name)
        return raw

    def add(self, folder: str, name: str, raw: bytes) -> None:
        """Note a checked file the pack lacked, to be packed when the process exits."""
        with self._lock:
            if not self._registered:
                self._registered = True
                atexit.register(self.flush)
            self._added.setdefault(folder, {})[name] = raw

    def flush(self) -> None:
        """Write the pack of every folder where this process added entries."""
        with self._lock:
            added, self._added = self._added, {}
        for folder, entries in added.items():
            # The pack as it is now (other processes write it too), with these added.
            payload = marshal.dumps({**self._load(folder), **entries})
            if len(payload) > MAX_BYTES:  # start over with what this process used
                loaded = self._loaded.get(folder, {})
                used = {n: loaded[n] for n in sorted(self._hits.get(folder, ())) if n in loaded}
                payload = marshal.dumps({**used, **entries})
            self._write(Path(folder), Path(self._path(folder)), payload)


class Capture:
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
            self.args = plain(args)
        return self._engine.compile(pattern, *args)


def plain(value: Any) -> Any:
    """``value`` with flags (int subclasses) as ints, so that marshal can keep it."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(plain(v) for v in value)
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    return value
