"""The registry of output formats: what each kind of output can be written as.

Every kind of output — a linked document (:mod:`.link`), a table of authorities
(:mod:`.authority_table`), the findings of ``check``, the records of ``extract`` and
``resolve`` — keeps one :class:`Writers`: its formats by name, each a function
registered under that name. Callers look a format up (``writers[name]``) and list
them (``writers.names()``, the command line's choices); no stage lists formats in
an if-chain. Adding a format is one function and its registration.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

from ..errors import ConfigError

W = TypeVar("W", bound=Callable[..., object])


class Writers(Generic[W]):
    """The formats of one kind of output, in the order they were registered."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._writers: dict[str, W] = {}

    def register(self, name: str) -> Callable[[W], W]:
        """A decorator that registers a function as the writer of format ``name``."""

        def add(write: W) -> W:
            if name in self._writers:
                raise ValueError(f"{self.kind} format {name!r} is registered twice")
            self._writers[name] = write
            return write

        return add

    def names(self) -> tuple[str, ...]:
        return tuple(self._writers)

    def __contains__(self, name: object) -> bool:
        return name in self._writers

    def __iter__(self) -> Iterator[str]:
        return iter(self._writers)

    def __getitem__(self, name: str) -> W:
        """The writer of ``name``; a :class:`ConfigError` naming the known formats
        for any other name."""
        try:
            return self._writers[name]
        except KeyError:
            known = ", ".join(self._writers)
            raise ConfigError(f"unknown format {name!r}; use one of: {known}") from None


def json_line(record: Mapping[str, object]) -> str:
    """One record as a line of JSON Lines (compact, letters as they are): the one
    form of every command and batch run that writes JSON Lines."""
    import json  # here: a text report needs none

    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
