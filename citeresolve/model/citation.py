"""The values that flow between stages: candidates (view offsets) and citations."""

from __future__ import annotations

from attrs import frozen

from .keys import format_key
from .parts import Candidate as Candidate
from .parts import KeyParts, Pin, slot_setters


@frozen(init=False)
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

    def __init__(
        self,
        type: str,
        key: str,
        start: int,
        end: int,
        text: str,
        parts: KeyParts,
        act_kind: str | None = None,
    ) -> None:
        # Each slot set by its own descriptor (see parts.slot_setters)
        _TYPE(self, type)
        _KEY(self, key)
        _START(self, start)
        _END(self, end)
        _TEXT(self, text)
        _PARTS(self, parts)
        _ACT_KIND(self, act_kind)

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


_TYPE, _KEY, _START, _END, _TEXT, _PARTS, _ACT_KIND = slot_setters(
    Citation, "type", "key", "start", "end", "text", "parts", "act_kind"
)
