"""What every resolver works with: the offline resolver's own and a family's
(:attr:`citeresolve.model.family.Family.resolve` and ``label``).

A resolver receives a :class:`Request` (``key``, ``parts``, ``lang``, ``date``,
and ``LANG``/``LANG3`` for URL templates) and returns a :class:`Built` (``url``,
``alternatives``, ``celex``, ``eli``, ``warnings``), or raises :class:`Invalid`
(the key cannot name a real document) or :class:`Unknown` (no URL scheme is
known). URL templates come from ``data/urls.toml`` through :func:`url`; label
words from the language files through :func:`word` and from ``data/labels.toml``
through :func:`label_data`; :func:`check_pin` rules out articles an instrument
cannot have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from attrs import frozen

from ..errors import LanguageDataError
from ..knowledge.data import table
from ..knowledge.lang import Language, available_languages, load
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.keys import KeyParts, Pin


@frozen
class Link:
    """One URL with what it points at: ``eli``, ``pdf``, ``instrument``, ``curia`` …"""

    kind: str
    url: str


# --------------------------------------------------------------------------- data


def url_template(name: str) -> str:
    """The URL template ``name`` of ``data/urls.toml`` (shared with the online layer)."""
    return str(table("urls.toml")[name]["template"])


def url_evidence(name: str) -> str:
    """The evidence mark (P, C or I) of URL template ``name``."""
    return str(table("urls.toml")[name]["evidence"])


def url(name: str, **fields: object) -> str:
    """The URL template ``name`` of ``data/urls.toml`` filled with ``fields``."""
    return url_template(name).format(**fields)


def identifiers() -> dict[str, Any]:
    """The lookup tables of ``data/identifiers.toml``."""
    return table("identifiers.toml")


# ------------------------------------------------------------- request and result


class Invalid(Exception):
    """Raised inside a type resolver: the key cannot name a real document."""


class Unknown(Exception):
    """Raised inside a type resolver: no URL scheme is known for this key."""


@frozen
class Request:
    key: str
    parts: KeyParts
    lang: str
    date: dt.date | None
    act_kind: str | None = None

    @property
    def LANG(self) -> str:
        return self.lang.upper()

    @property
    def LANG3(self) -> str:
        return str(identifiers()["cellar_languages"][self.lang])


@frozen
class Built:
    """What a type resolver returns on success."""

    url: str | None
    alternatives: tuple[Link, ...] = ()
    celex: str | None = None
    eli: str | None = None
    warnings: tuple[str, ...] = ()
    current: str | None = None
    lineage: tuple[str, ...] = ()


# ------------------------------------------------------------------------ labels


def language_or_english(lang: str) -> Language:
    if lang in available_languages():
        try:
            return load(lang)
        except LanguageDataError:
            pass  # a file being written may be incomplete: English labels are better than none
    return load("en")


def word(lang: str, section: str, field: str, choose: str = "first") -> str:
    """A plain word from a language file's phrase list, falling back to English.

    Only fields documented in ``data/lang/README.md`` are read; phrases with a
    ``*`` wildcard are patterns, not words, and are skipped.
    """
    for language in (language_or_english(lang), load("en")):
        found: Any = language.data if section == "" else language.data.get(section, {})
        for name in field.split("."):
            found = found.get(name, {}) if isinstance(found, Mapping) else {}
        words = [w for w in found if isinstance(w, str) and "*" not in w] if found else []
        if not words:
            continue
        if choose == "shortest":
            return min(words, key=len)
        if choose == "longest":
            return max(words, key=len)
        return words[0]
    return ""


def label_data(lang: str) -> Mapping[str, Any]:
    """The label words of ``lang`` in ``data/labels.toml`` (English where it has none)."""
    labels = table("labels.toml")
    if lang not in available_languages():
        # Without the language file the article words are English: so is the rest.
        return labels["en"]  # type: ignore[no-any-return]
    return labels.get(lang) or labels["en"]  # type: ignore[no-any-return]


def label_field(lang: str, field: str, default: str = "") -> str:
    """One label word of ``data/labels.toml`` in ``lang``, else in English, else ``default``."""
    value = label_data(lang).get(field)
    if value is None:
        value = label_data("en").get(field, default)
    return str(value)


def year_start(parts: KeyParts) -> dt.date | None:
    """1 January of the key's year: the earliest date a document, procedure or OJ
    issue of that year can be cited (a family's ``citable_from``)."""
    return dt.date(int(parts.year), 1, 1) if parts.year else None


# ------------------------------------------------------------------------ pins

_LEADING_DIGITS = lazy_pattern(r"\d+")


def article_number(article: str) -> int:
    """The number of an article as the key writes it ("100a" → 100)."""
    match = _LEADING_DIGITS.match(article)
    assert match is not None  # the key grammar guarantees leading digits
    return int(match.group())


def is_article(pin: Pin) -> bool:
    """Whether ``pin`` names an article of the instrument itself (not an annex,
    an article of an annex or a recital)."""
    return bool(pin.article) and pin.annex is None and pin.recital is None


def check_pin(pin: Pin, code: str, count: int | None) -> None:
    """Reject articles that the instrument cannot have (an annex's own articles and
    recitals are not counted against the instrument's articles)."""
    if not pin.article or pin.annex is not None:
        return
    numbers = [article_number(pin.article)]
    if pin.article_end is not None:
        numbers.append(article_number(pin.article_end))
        if numbers[1] < numbers[0]:
            raise Invalid(f"range {pin} runs backwards")
    if min(numbers) == 0:
        raise Invalid("there is no Article 0")
    if count is not None and max(numbers) > count:
        raise Invalid(f"Article {max(numbers)} is beyond the {code}, which has {count} articles")
