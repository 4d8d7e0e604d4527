"""The values that flow between stages: candidates (view offsets) and citations."""

from __future__ import annotations

from attrs import frozen

from .keys import format_key
from .parts import Candidate as Candidate
from .parts import KeyParts, Pin


@frozen
class Citation:
    """One cited unit. ``text[start:end]`` of the caller's string is its surface.

    ``key`` is the canonical key of ``citation-keys.md``; ``parts`` holds the
    same information structured (see :class:`citeresolve.keys.KeyParts`).
    """

    type: str
    key: str
    start: int
    end: int
    text: str
    parts: KeyParts
    # What the text says about the act that the key cannot: "implementing" or
    # "delegated" for EU acts (their ELI types differ), "proposal" for COM
    # documents (their CELEX differs). None when the text does not say.
    act_kind: str | None = None

    @classmethod
    def from_parts(
        cls, parts: KeyParts, start: int, end: int, text: str, act_kind: str | None = None
    ) -> Citation:
        return cls(parts.type, format_key(parts), start, end, text, parts, act_kind)

    @property
    def instrument(self) -> str | None:
        return self.parts.instrument or (self.parts.celex and f"CELEX:{self.parts.celex}")

    @property
    def pin(self) -> Pin | None:
        return self.parts.pin

    @property
    def article(self) -> str | None:
        return self.parts.pin.article if self.parts.pin else None

    @property
    def paragraph(self) -> str | None:
        return self.parts.pin.paragraph if self.parts.pin else None

    @property
    def points(self) -> tuple[str, ...]:
        return self.parts.pin.points if self.parts.pin else ()

    @property
    def series(self) -> str | None:
        return self.parts.series

    @property
    def year(self) -> int | None:
        return self.parts.year

    @property
    def number(self) -> str | None:
        return self.parts.number

    @property
    def page(self) -> int | None:
        return self.parts.page

    @property
    def term(self) -> int | None:
        return self.parts.term
