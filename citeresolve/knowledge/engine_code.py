"""The engine code of patterns: what regex hands its engine, and many patterns'
kept code in one file, read at once.

:class:`Capture` records the arguments regex hands its engine (``_regex.compile``)
when it compiles a pattern, as plain data (:func:`plain`) that marshal keeps.

:func:`~citeresolve.knowledge.cache.compile_pattern` keeps each pattern's engine
code in a small file of its own.  A first ``extract`` reads about 160 of them,
and opening a file costs more than reading it: on a small virtual machine the
reads were a tenth of the first call.  The pack holds the bytes of those files,
exactly as written (the length and CRC-32 of the payload, then the payload), by name,
in one file beside their folder.  A process opens it once and reads only the
entries it uses (the pack starts with an index of where each entry lies, see
:func:`packed`): a pack that a process of every language wrote holds megabytes,
and reading and unmarshalling all of it cost a first English call more than the
entries it needed.  Each entry used is checked as the file it copies, before any
of its code reaches the engine: a damaged entry is no entry, and the file is read
instead.

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
from typing import Any, Protocol

from .cache_parts import current_part, part_file

# Beyond this, the pack starts over.  A reader copies only the entries it uses, so
# the pack may hold what processes of every language use (about 12 MB) without
# slowing one that needs a few hundred entries.
MAX_BYTES = 24_000_000

# What a pack starts with; then the length of the index (4 bytes, little-endian),
# the index (marshal: file name -> (offset, length) after the index) and the entries.
_MAGIC = b"citeresolve engine code pack 2\n"
_LENGTH = 4


class Buffer(Protocol):
    """What a pack is read as: its bytes, or its file open to read by ranges."""

    def __getitem__(self, index: slice, /) -> bytes: ...


# A pack read: the index, the pack's contents and where its entries begin.
_Loaded = tuple[dict[Any, Any], Buffer, int]
_NONE: _Loaded = ({}, b"", 0)


def packed(entries: dict[str, bytes]) -> bytes:
    """The pack of ``entries`` (file name -> the file's bytes)."""
    index, offset = {}, 0
    for name, raw in entries.items():
        index[name] = (offset, len(raw))
        offset += len(raw)
    head = marshal.dumps(index)
    return b"".join((_MAGIC, len(head).to_bytes(_LENGTH, "little"), head, *entries.values()))


def _index(buffer: Buffer) -> _Loaded:
    """The index of a pack, the pack and where its entries begin (ValueError if the
    pack does not start as one does)."""
    begin = len(_MAGIC) + _LENGTH
    if buffer[: len(_MAGIC)] != _MAGIC:
        raise ValueError("not a pack of engine code")
    end = begin + int.from_bytes(buffer[len(_MAGIC) : begin], "little")
    index = marshal.loads(buffer[begin:end])
    if not isinstance(index, dict):
        raise ValueError("not a pack of engine code")
    return index, buffer, end


def _entry(loaded: _Loaded, name: str) -> bytes | None:
    """The bytes of entry ``name``, or None; unchecked (an index that lies gives bytes
    the caller's check refuses)."""
    index, buffer, base = loaded
    where = index.get(name)
    if not (isinstance(where, tuple) and len(where) == 2):
        return None
    offset, length = where
    if not (isinstance(offset, int) and isinstance(length, int) and offset >= 0 and length >= 0):
        return None
    return buffer[base + offset : base + offset + length]


def unpack(buffer: Buffer) -> dict[str, bytes]:
    """Every entry of a pack, by file name (ValueError if it is none)."""
    loaded = _index(buffer)
    entries = {}
    for name in loaded[0]:
        raw = _entry(loaded, name) if isinstance(name, str) else None
        if raw is not None:
            entries[name] = raw
    return entries


class Pack:
    """The packs of this process, by cache folder and part of the cache (one file
    each, see :mod:`.cache_parts`): the entries read from the pack file, and the
    entries this process used that it lacked."""

    def __init__(
        self,
        pack_name: str,
        read: Callable[[str], Buffer],
        write: Callable[[Path, Path, bytes], None],
    ) -> None:
        self._name = pack_name
        self._read = read
        self._write = write
        self._lock = threading.Lock()
        self._loaded: dict[tuple[str, str], _Loaded] = {}
        self._hits: dict[tuple[str, str], set[str]] = {}
        self._added: dict[tuple[str, str], dict[str, bytes]] = {}
        self._registered = False

    def _path(self, where: tuple[str, str]) -> str:
        folder, part = where
        return os.path.join(folder, part_file(self._name, part))

    def _load(self, where: tuple[str, str]) -> _Loaded:
        try:
            return _index(self._read(self._path(where)))
        except Exception:  # a missing, unreadable, foreign or damaged pack is none
            return _NONE

    def get(self, folder: str, name: str) -> bytes | None:
        """The bytes the pack of ``folder`` holds for the file ``name`` (unchecked: the
        caller checks them as it checks the file); the pack of the current part."""
        where = (folder, current_part())
        loaded = self._loaded.get(where)
        if loaded is None:
            with self._lock:
                loaded = self._loaded.get(where)
                if loaded is None:
                    self._hits[where] = set()  # before the entries: others read both
                    loaded = self._loaded[where] = self._load(where)
        # Bytes this process checked already (read or written for the other variant of a
        # pattern, see cache.compile_pattern), also in another part: those, in this one too.
        added = [e[name] for (f, _), e in list(self._added.items()) if f == folder and name in e]
        if added:
            self.add(folder, name, added[0])
        raw = added[0] if added else _entry(loaded, name)
        if raw is not None:
            self._hits[where].add(name)
        return raw

    def add(self, folder: str, name: str, raw: bytes) -> None:
        """Note a checked file the pack lacked, to be packed when the process exits."""
        with self._lock:
            if not self._registered:
                self._registered = True
                atexit.register(self.flush)
            self._added.setdefault((folder, current_part()), {})[name] = raw

    def flush(self) -> None:
        """Write the pack of every folder and part where this process added entries."""
        with self._lock:
            added, self._added = self._added, {}
        for where, entries in added.items():
            # The pack as it is now (other processes write it too), with these added.
            try:
                now = unpack(self._read(self._path(where)))
            except Exception:  # a missing, unreadable, foreign or damaged pack is none
                now = {}
            payload = packed({**now, **entries})
            if len(payload) > MAX_BYTES:  # start over with what this process used
                loaded = self._loaded.get(where, _NONE)
                used = {
                    n: raw for n in sorted(self._hits.get(where, ())) if (raw := _entry(loaded, n))
                }
                payload = packed({**used, **entries})
            self._write(Path(where[0]), Path(self._path(where)), payload)


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
