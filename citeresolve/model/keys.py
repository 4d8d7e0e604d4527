"""Canonical citation keys: the one place where keys are built and parsed.

This module mirrors ``shared/spec/citation-keys.md``.  Every other module
builds a :class:`KeyParts` and calls :func:`format_key`; nothing else
concatenates key strings.  ``parse_key(format_key(parts)) == parts`` holds for
every ``KeyParts`` that :func:`format_key` accepts.
"""

from __future__ import annotations

import regex
from attrs import frozen

from ..errors import InvalidKeyError
from ..knowledge.registry import instruments

TREATY_CODES = frozenset({"TEU", "TFEU", "CFR", "EAEC", "TEC"})
RULES_CODE = "EP-RULES"
CITATION_TYPES = (
    "treaty",
    "rules",
    "instrument",
    "oj",
    "ep_doc",
    "procedure",
    "eu_act",
    "case",
    "com_doc",
)
EP_DOC_KINDS = ("TA", "A", "B", "RC")
COM_DOC_KINDS = ("COM", "SWD", "JOIN")

# An article number: digits plus an optional inserted-article suffix, either a
# single lower-case letter (EU style, "136a") or a Latin ordinal ("8bis").
_ARTICLE = r"\d{1,4}(?:[a-z]|bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)?"
_PIN_RE = regex.compile(
    rf"""
    (?P<article>{_ARTICLE})
    (?:
        -(?P<article_end>{_ARTICLE})
      | (?:\((?P<paragraph>\d{{1,3}})\))?
        (?P<points>(?:\([a-z]{{1,6}}\))*)
    )
    """,
    regex.VERBOSE,
)


@frozen
class Pin:
    """An article-level pinpoint: ``3``, ``3(5)``, ``107(3)(c)`` or a range ``21-46``."""

    article: str
    paragraph: str | None = None
    points: tuple[str, ...] = ()
    article_end: str | None = None

    def __str__(self) -> str:
        if self.article_end is not None:
            return f"{self.article}-{self.article_end}"
        text = self.article
        if self.paragraph is not None:
            text += f"({self.paragraph})"
        return text + "".join(f"({p})" for p in self.points)


@frozen
class KeyParts:
    """The structured content of a key; which fields are set depends on ``type``.

    * treaty, rules, instrument: ``instrument`` and optional ``pin``
    * eu_act: ``celex`` and optional ``pin``
    * oj: ``series`` (L/C), ``year`` and either ``issue`` (classic, e.g. ``"023"``,
      ``"251E"``) with optional ``page``, or ``number`` (act-by-act)
    * ep_doc: ``doc`` (TA/A/B/RC), ``term``, ``year``, ``number`` (4 digits)
    * procedure: ``year``, ``number`` (4 digits), ``suffix`` (letter or None),
      ``proc_type``
    * case: ``series`` (court C/T/F), ``number``, ``issue`` (2-digit year), or ``ecli``
    * com_doc: ``doc`` (COM/SWD/JOIN), ``year``, ``number``
    """

    type: str
    instrument: str | None = None
    pin: Pin | None = None
    celex: str | None = None
    series: str | None = None
    year: int | None = None
    issue: str | None = None
    number: str | None = None
    page: int | None = None
    term: int | None = None
    doc: str | None = None
    suffix: str | None = None
    proc_type: str | None = None
    ecli: str | None = None


def parse_pin(text: str) -> Pin:
    """Parse a pin such as ``3(5)``, ``107(3)(c)``, ``21-46``."""
    match = _PIN_RE.fullmatch(text)
    if match is None:
        raise InvalidKeyError(f"not an article pin: {text!r} (expected e.g. 3, 3(5), 21-46)")
    points = tuple(regex.findall(r"\(([a-z]+)\)", match["points"] or ""))
    return Pin(match["article"], match["paragraph"], points, match["article_end"])


def _with_pin(head: str, pin: Pin | None) -> str:
    return head if pin is None else f"{head}:{pin}"


def format_key(parts: KeyParts) -> str:
    """Build the canonical key string of ``parts``."""
    t = parts.type
    if t in ("treaty", "rules", "instrument"):
        if not parts.instrument:
            raise InvalidKeyError(f"a {t} key needs an instrument")
        return _with_pin(parts.instrument, parts.pin)
    if t == "eu_act":
        return _with_pin(f"CELEX:{parts.celex}", parts.pin)
    if t == "oj":
        if parts.number is not None:
            return f"OJ:{parts.series}:{parts.year}/{parts.number}"
        page = "" if parts.page is None else f":{parts.page}"
        return f"OJ:{parts.series}:{parts.year}:{parts.issue}{page}"
    if t == "ep_doc":
        return f"{parts.doc}-{parts.term}-{parts.year}-{parts.number}"
    if t == "procedure":
        return f"PROC:{parts.year}/{parts.number}{parts.suffix or ''}({parts.proc_type})"
    if t == "case":
        if parts.ecli is not None:
            return parts.ecli
        return f"CJEU:{parts.series}-{parts.number}/{parts.issue}"
    if t == "com_doc":
        return f"{parts.doc}({parts.year}){parts.number}"
    raise InvalidKeyError(f"unknown citation type {t!r}; expected one of {CITATION_TYPES}")


_KEY_RES: list[tuple[str, regex.Pattern[str]]] = [
    ("oj", regex.compile(r"OJ:(?P<series>[LC]):(?P<year>\d{4})/(?P<number>\d{1,5})")),
    (
        "oj",
        regex.compile(
            r"OJ:(?P<series>[LC]):(?P<year>\d{4}):(?P<issue>\d{3,4}[A-Z]?)(?::(?P<page>\d{1,5}))?"
        ),
    ),
    (
        "ep_doc",
        regex.compile(r"(?P<doc>TA|A|B|RC)-(?P<term>\d{1,2})-(?P<year>\d{4})-(?P<number>\d{4})"),
    ),
    (
        "procedure",
        regex.compile(
            r"PROC:(?P<year>\d{4})/(?P<number>\d{4})(?P<suffix>[A-Z])?\((?P<proc_type>[A-Z]{3})\)"
        ),
    ),
    (
        "eu_act",
        regex.compile(
            r"CELEX:(?P<celex>[0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?)(?::(?P<pin>.+))?"
        ),
    ),
    ("case", regex.compile(r"CJEU:(?P<series>[CTF])-(?P<number>\d{1,4})/(?P<issue>\d{2})")),
    ("case", regex.compile(r"(?P<ecli>ECLI:EU:[CTF]:\d{4}:\d{1,5})")),
    ("com_doc", regex.compile(r"(?P<doc>COM|SWD|JOIN)\((?P<year>\d{4})\)(?P<number>[1-9]\d{0,4})")),
    ("rules", regex.compile(rf"(?P<instrument>{RULES_CODE})(?::(?P<pin>.+))?")),
    ("named", regex.compile(r"(?P<instrument>[A-Z][A-Z-]*[A-Z])(?::(?P<pin>.+))?")),
]

_INT_FIELDS = ("year", "term", "page")


def parse_key(key: str) -> KeyParts:
    """Parse a canonical key; raises :class:`InvalidKeyError` when it is not one."""
    for typ, pattern in _KEY_RES:
        match = pattern.fullmatch(key)
        if match is None:
            continue
        fields: dict[str, object] = {k: v for k, v in match.groupdict().items() if v is not None}
        for name in _INT_FIELDS:
            if name in fields:
                fields[name] = int(str(fields[name]))
        if "pin" in fields:
            fields["pin"] = parse_pin(str(fields["pin"]))
        if typ == "named":
            if fields["instrument"] not in instruments():
                break
            typ = "treaty" if fields["instrument"] in TREATY_CODES else "instrument"
        parts = KeyParts(type=typ, **fields)  # type: ignore[arg-type]
        if format_key(parts) != key:
            break
        return parts
    raise InvalidKeyError(f"not a canonical citation key: {key!r} (see citation-keys.md)")
