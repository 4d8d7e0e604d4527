"""Canonical citation keys: the one place where keys are built and parsed.

This module mirrors ``shared/spec/citation-keys.md``: the parts every key is
made of (:class:`KeyParts`, :class:`Pin`, defined in :mod:`.parts`) and the two
entry points.  The grammar
of each type belongs to its family (``citeresolve/families/``), which registers
it in :mod:`citeresolve.model.family`; :func:`format_key` and :func:`parse_key`
dispatch through that registry.  Every other module builds a :class:`KeyParts`
and calls :func:`format_key`; nothing else concatenates key strings.
``parse_key(format_key(parts)) == parts`` holds for every ``KeyParts`` that
:func:`format_key` accepts.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ..errors import InvalidKeyError
from ..knowledge.cache import compile_pattern
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import latin_suffixes
from .family import families, family
from .parts import KeyParts as KeyParts
from .parts import Pin as Pin

TREATY_CODES = frozenset({"TEU", "TFEU", "CFR", "EAEC", "TEC"})
RULES_CODE = "EP-RULES"
# A CELEX number of any sector, as EUR-Lex writes it (identifiers.md §1.3):
# sector 1 treaties, whole ("12016M/TXT") or by article ("12016M002") or
# Protocol ("12016E/PRO/03"); sector 9 written questions with six digits
# ("92001E000165"); OJ C notices with five ("52024XC05687"); the other
# sectors with four, then a sequence "(01)", a corrigendum "R(01)" or, for
# consolidated texts (sector 0), the date "-20210302".
CELEX_NUMBER = (
    r"(?:1\d{4}[A-Z](?:\d{3}|/TXT|/PRO/\d{2})"
    r"|9\d{4}[A-Z]\d{6}"
    r"|[0-9CE]\d{4}[A-Z]{1,2}\d{4,5}(?:R?\(\d{2}\))?(?:-\d{8})?)"
)
# Protocols annexed to the Treaties (citation-keys.md, contract version 2).
PROTOCOL_CODE = lazy_pattern(r"PROTOCOL-[1-9]\d?")
PROTOCOL_PREFIX = "PROTOCOL-"
# A point of a pin ("(a)" of "3(5)(a)(ii)").
_POINT = lazy_pattern(r"\(([a-z]+)\)")


def is_treaty(code: str) -> bool:
    """The Treaties, the Charter and the Protocols annexed to the Treaties (``PROTOCOL-n``)."""
    return code in TREATY_CODES or code.startswith(PROTOCOL_PREFIX)


@functools.cache
def _pin_pattern() -> regex.Pattern[str]:
    # An article number: digits plus an optional inserted-article suffix, either a
    # single lower-case letter (EU style, "136a") or a Latin ordinal ("8bis", the
    # suffixes of data/identifiers.toml).
    article = rf"\d{{1,4}}(?:[a-z]|{'|'.join(latin_suffixes())})?"
    unit = rf"""
        (?P<article>{article})
        (?:
            -(?P<article_end>{article})
          | (?:\((?P<paragraph>\d{{1,3}})\))?
            (?P<points>(?:\([a-z]{{1,6}}\))*)
        )
    """
    # Contract version 2: "annex-II", "annex-I/3(5)" (an article of an annex), "recital-26".
    return compile_pattern(
        rf"""
          recital-(?P<recital>\d{{1,4}})
        | annex-(?P<annex>[IVXLC]{{1,7}}[a-z]?|\d{{1,3}}[a-z]?)(?:/{unit})?
        | {unit}
        """,
        regex.VERBOSE,
    )


# Where the key grammar is written down for users (shipped with the repository).
KEY_CONTRACT = "docs/citation-keys.md"
# How much of a rejected key an error message quotes: enough to recognise it,
# never a whole document pasted by mistake.
_QUOTED = 60


def quoted(text: str) -> str:
    """``text`` quoted for an error message, cut to a readable length."""
    if len(text) <= _QUOTED:
        return repr(text)
    return f"{text[:_QUOTED]!r}… ({len(text):,} characters)"


def parse_pin(text: str) -> Pin:
    """Parse a pin such as ``3(5)``, ``107(3)(c)``, ``21-46``, ``annex-I/3``, ``recital-26``."""
    match = _pin_pattern().fullmatch(text)
    if match is None:
        raise InvalidKeyError(
            f"not a pin: {quoted(text)} "
            "(expected e.g. 3, 3(5), 21-46, annex-II, annex-I/3(5), recital-26)"
        )
    if match["recital"] is not None:
        return Pin("", recital=match["recital"])
    points = tuple(_POINT.findall(match["points"] or ""))
    return Pin(
        match["article"] or "",
        match["paragraph"],
        points,
        match["article_end"],
        annex=match["annex"],
    )


def with_pin(head: str, pin: Pin | None) -> str:
    """``head`` or ``head:pin``: the key of an instrument or act, cited whole or pinpointed."""
    return head if pin is None else f"{head}:{pin}"


def format_key(parts: KeyParts) -> str:
    """Build the canonical key string of ``parts``."""
    return family(parts.type).format_key(parts)


_INT_FIELDS = ("year", "term", "page")


def parts_from_match(type_: str, match: regex.Match[str]) -> KeyParts:
    """The :class:`KeyParts` of a key matched by a family's key pattern: the named
    groups are ``KeyParts`` fields; ``year``, ``term``, ``page`` become numbers and
    ``pin`` a :class:`Pin`."""
    fields: dict[str, object] = {k: v for k, v in match.groupdict().items() if v is not None}
    for name in _INT_FIELDS:
        if name in fields:
            fields[name] = int(str(fields[name]))
    if "pin" in fields:
        fields["pin"] = parse_pin(str(fields["pin"]))
    return KeyParts(type=type_, **fields)  # type: ignore[arg-type]


def pattern_parser(type_: str, *patterns: regex.Pattern[str]) -> Callable[[str], KeyParts | None]:
    """A family's ``parse_key`` from its key patterns (tried in order, whole key)."""

    def parse(key: str) -> KeyParts | None:
        for pattern in patterns:
            match = pattern.fullmatch(key)
            if match is not None:
                return parts_from_match(type_, match)
        return None

    return parse


def parse_key(key: str) -> KeyParts:
    """Parse a canonical key; raises :class:`InvalidKeyError` when it is not one.

    The message names the family the key looks like (by its prefix), quotes at
    most the first 60 characters of it and points to the key contract.
    """
    problem: InvalidKeyError | None = None
    for candidate in families():
        try:
            parts = candidate.parse_key(key)
        except InvalidKeyError as exc:  # "TEU:3x1": the pin is no pin
            problem = problem or exc
            continue
        if parts is not None and format_key(parts) == key:
            return parts
    for candidate in families():
        if candidate.key_prefixes and key.startswith(candidate.key_prefixes):
            raise InvalidKeyError(
                f"not a canonical {candidate.title} key: {quoted(key)} (expected e.g. "
                f"{candidate.key_example}; see {KEY_CONTRACT})"
            )
    detail = f": {problem}" if problem is not None else ""
    raise InvalidKeyError(
        f"not a canonical citation key: {quoted(key)}{detail} (see {KEY_CONTRACT})"
    )
