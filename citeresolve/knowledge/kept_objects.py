"""Objects built from the data, kept across processes.

The trigger automata (pyahocorasick) are built in Python from thousands of
phrases in every fresh process: about 16 ms for an English call, and 10 ms more
for the language-guessing automaton of every language.  An automaton pickles
(its nodes as one block of bytes), so what was built is kept like the engine
code of compiled patterns (:mod:`.cache`): one file per kind and key, read only
when this user alone can have written it, rebuilt when anything is wrong.  Its
payload is checked by its length and CRC-32, which catch a torn or damaged file
as the SHA-256 of the engine code does (which user may write the file is checked
apart): an English first call reads some 700 KB of these, and hashing them cost
it 5%.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .cache import _cache_folder
from .own_files import checked_payload as checked_payload
from .own_files import payload_of as payload_of
from .own_files import read_own as _read_own
from .own_files import write_bytes as _write_bytes

_T = TypeVar("_T")


def source_stamp(*files: str | Path) -> str:
    """Size and modification time of each file: part of the key of an object built
    by the code in them, so that changed code builds afresh."""
    parts = []
    for file in files:
        try:
            stat = os.stat(file)
            parts.append(f"{file}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            parts.append(f"{file}:?")
    return "\0".join(parts)


# The objects' layout: their payload after its length and CRC-32 since version 2.
_OBJECTS_FORMAT = 2


def _object_file(folder: str, kind: str, digest: str) -> str:
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    where = f"objects-v{_OBJECTS_FORMAT}-py{version}"
    return os.path.join(folder, where, f"{kind}-{digest[:32]}.pickle")


def kept_object(kind: str, key: str, build: Callable[[], _T]) -> _T:
    """``build()``, or what an earlier process built for the same ``kind`` and ``key``.

    ``key`` must hold everything the result depends on (the phrases, the stamps of
    the data files and of the building code, see :func:`source_stamp`); the value
    must pickle.  With caching off, ``build()`` alone.
    """
    folder = _cache_folder()
    if folder is None:
        return build()
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    target = _object_file(folder, kind, digest)
    collecting = gc.isenabled()
    gc.disable()  # as in cache._load_all: unpickling makes many objects, none garbage
    try:
        payload = payload_of(_read_own(target))
        if payload is not None:
            loaded = pickle.loads(payload)
            if isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == digest:
                return loaded[1]  # type: ignore[no-any-return]
    except Exception:  # a missing, unreadable, foreign or damaged file is no cache
        pass
    finally:
        if collecting:
            gc.enable()
    value = build()
    try:
        payload = pickle.dumps((digest, value), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # not picklable after all: nothing to keep
        return value
    _write_bytes(Path(os.path.dirname(target)), Path(target), checked_payload(payload))
    return value
