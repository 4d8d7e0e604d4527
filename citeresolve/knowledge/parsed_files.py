"""The parsed data files of a process, each unpickled when first asked for.

The cache of parsed data files (:mod:`.cache`) keeps each file's contents pickled
on their own.  A first English call reads every language file but not the popular
names (a third of the cache: the instrument names kept with their phrases spare
them), the labels, the URL templates or the schemas, so those stay bytes.
"""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

_ABSENT = object()


def parse_file(path: Path) -> Any:
    """The parsed contents of one TOML data file."""
    import tomllib  # here, not at import (about 2 ms): most processes parse nothing

    return tomllib.loads(path.read_bytes().decode("utf-8"))


def pickled_file(value: Any) -> bytes:
    """One file's parsed contents as kept, with equal strings as one object."""
    from .shared_strings import shared  # here: only a process that writes needs it

    return pickle.dumps(shared(value), protocol=pickle.HIGHEST_PROTOCOL)


class ParsedFiles(Mapping[str, Any]):
    """Data files by name (relative to ``data/``): parsed already, or pickled."""

    def __init__(
        self, paths: dict[str, Path], parsed: dict[str, Any], pickled: dict[str, bytes]
    ) -> None:
        self._paths = paths
        self._parsed = parsed
        self._pickled = pickled

    def __getitem__(self, name: str) -> Any:
        value = self._parsed.get(name, _ABSENT)
        if value is not _ABSENT:
            return value
        raw = self._pickled[name]
        # Unpickling makes many small objects; the cyclic collector would run on
        # them again and again (a third of the time) and finds nothing to free.
        collecting = gc.isenabled()
        gc.disable()
        try:
            value = pickle.loads(raw)
        except Exception:  # a damaged entry is no entry: the file itself, then
            value = parse_file(self._paths[name])
        finally:
            if collecting:
                gc.enable()
        return self._parsed.setdefault(name, value)  # one object for every thread

    def __contains__(self, name: object) -> bool:
        return name in self._parsed or name in self._pickled

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)
