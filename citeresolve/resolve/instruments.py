"""Resolver and label of registered instruments (``ECHR:6(1)``), and the label of
any named instrument, treaties included, from ``data/instruments.toml`` and the
label words (its registration: :mod:`citeresolve.families.named`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..knowledge.registry import instruments
from ..model.keys import KeyParts
from .labels import article_phrase, name_then_article, with_abbreviation
from .toolkit import Built, Invalid, Link, Request, Unknown, check_pin, label_data, word


def registry_entry(code: str) -> Mapping[str, Any]:
    """The entry of ``code`` in ``data/instruments.toml``; :class:`Invalid` when it has none."""
    entry = instruments().get(code)
    if entry is None:
        raise Invalid(f"{code} is not a registered instrument (see data/instruments.toml)")
    return entry


def resolve_instrument(req: Request) -> Built:
    code = str(req.parts.instrument)
    entry = registry_entry(code)
    if "url" not in entry:
        raise Unknown(f"no URL is registered for {code}")
    url = str(entry["url"])
    pin = req.parts.pin
    if pin is None:
        return Built(url)
    check_pin(pin, code, entry.get("articles"))
    anchor = entry.get("article_anchor")
    if anchor is None:
        return Built(url)
    return Built(url + anchor.format(article=pin.article), (Link("instrument", url),))


def label_named(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    """ "Article 6(1) ECHR", or the instrument's name then the article where the
    language has no abbreviation for it."""
    code = str(parts.instrument)
    entry: Mapping[str, Any] = label_data(lang).get(code, {})
    field = f"instruments.{code}"
    abbreviation = entry.get("abbreviation") or word(lang, "", f"{field}.abbreviations")
    name = (
        entry.get("name")
        or word(lang, "", f"{field}.names")
        or str(instruments().get(code, {}).get("title", code))
    )
    if parts.pin is None:
        return str(name)
    if abbreviation:
        return with_abbreviation(lang, parts.pin, str(abbreviation))
    return name_then_article(lang, str(name), article_phrase(lang, parts.pin))
