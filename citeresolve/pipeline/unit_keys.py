"""The citation of one unit of an article chain in its instrument: its pinpoint (the
key grammar's article, paragraph, points, annex or recital) and its parts, kept per
instrument and unit so that a unit cited again costs a look-up (used by :mod:`.attach`)."""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..families.chain_grammar import Chain, Unit
from ..families.mentions import instrument_type
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import keeps_latin_suffixes, latin_suffixes
from ..model.citation import Candidate
from ..model.keys import KeyParts, Pin

_LEADING_DIGITS = lazy_pattern(r"\d{1,3}")
_POINT = lazy_pattern(r"[a-z]{1,6}")


class _UnitPin(NamedTuple):
    """What a unit's pinpoint is made of: the fields of a :class:`Unit`, hashable (its
    points a tuple), so that :func:`unit_candidate` can keep what it built under them."""

    article: str
    paragraph: str | None
    points: tuple[str, ...]
    article_end: str | None
    annex: str | None
    recital: str | None
    counted: bool


def _pin(code: str, unit: _UnitPin) -> Pin:
    """The pinpoint of a unit in the instrument ``code``."""
    if unit.recital is not None:
        return Pin("", recital=_LEADING_DIGITS.match(unit.recital).group())  # type: ignore[union-attr]

    def number(text: str) -> str:
        digits = text.rstrip("abcdefghijklmnopqrstuvwxyz")
        suffix = text[len(digits) :]
        if suffix in latin_suffixes() and not keeps_latin_suffixes(code):
            suffix = chr(ord("a") + latin_suffixes().index(suffix))  # "bis" -> "a"
        return digits + suffix

    if not unit.article:
        return Pin("", annex=unit.annex)
    if unit.article_end is not None:
        return Pin(number(unit.article), article_end=number(unit.article_end), annex=unit.annex)
    # The key grammar allows a numbered paragraph and Latin point letters only; a
    # garbled "paragrafi 2e" keeps its number, an unmapped letter of another
    # script is dropped rather than producing a key that does not parse.
    # An unnumbered paragraph counted by a subparagraph word is a paragraph of a Treaty,
    # which calls it so, and a subparagraph of any other instrument: dropped.
    counted = unit.counted and instrument_type(code) != "treaty"
    found = None if counted else _LEADING_DIGITS.match(unit.paragraph or "")
    kept = tuple(p for p in unit.points if _POINT.fullmatch(p))
    return Pin(number(unit.article), found.group() if found else None, kept, annex=unit.annex)


def without_point_ranges(candidates: list[Candidate], chains: list[Chain]) -> list[Candidate]:
    """``candidates`` but the citations of units that are a range of points ("Článok 18
    ods. 1 písm. b) až d)"): the contract cites none of its points, nor the paragraph or
    article above them; the unit took its instrument all the same, which is not cited
    whole either."""
    ranged = {(u.start, u.end) for chain in chains for u in chain.units if u.point_range}
    if not ranged:
        return candidates
    return [c for c in candidates if (c.start, c.end) not in ranged]


def unit_candidate(
    unit: Unit, code: str, start: int | None = None, end: int | None = None
) -> Candidate:
    points, annex, recital = tuple(unit.points), unit.annex, unit.recital
    key = (
        code,
        unit.article,
        unit.paragraph,
        points,
        unit.article_end,
        annex,
        recital,
        unit.counted,
    )
    parts = _UNIT_PARTS.get(key)
    if parts is None:
        if len(_UNIT_PARTS) >= _MAX_UNIT_PARTS:
            _UNIT_PARTS.clear()
        parts = _UNIT_PARTS[key] = _parts(code, _pin(code, _UnitPin._make(key[1:])))
    # The units of one article cited in several acts are spanned on each act number.
    return Candidate(
        parts, unit.start if start is None else start, unit.end if end is None else end
    )


# Frozen, so one value serves every citation of the same unit of the same instrument
# ("Article 5 TFEU" cited again): building a pin and its parts cost more than the
# rest of a unit's citation. Kept under the instrument and the unit's fields as a plain
# tuple: a look-up there costs a third of a named tuple built and an lru_cache call.
_UNIT_PARTS: dict[tuple[str | tuple[str, ...] | bool | None, ...], KeyParts] = {}
_MAX_UNIT_PARTS = 8192


# Frozen, so one value per instrument serves every citation of it: a document cites
# few instruments many times, and building the parts cost more than the rest of a
# whole citation.
@functools.lru_cache(maxsize=4096)
def whole(code: str) -> KeyParts:
    return _parts(code)


def _parts(code: str, pin: Pin | None = None) -> KeyParts:
    """The parts of a citation of the instrument ``code`` (an act's "CELEX:…" or an
    instrument code), pinned or whole."""
    if code.startswith("CELEX:"):
        return KeyParts(type="eu_act", celex=code.removeprefix("CELEX:"), pin=pin)
    return KeyParts(type=instrument_type(code), instrument=code, pin=pin)
