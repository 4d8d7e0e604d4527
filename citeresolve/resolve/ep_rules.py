"""Resolver and label of the EP Rules of Procedure (``EP-RULES:144(5)``,
``EP-RULES:ANN-IV``): the version in force on the citing date, the Rule and
annex counts of each version (``data/ep_rules.toml``), doceo pages. Registered
by :mod:`citeresolve.families.named`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping

from attrs import frozen

from ..knowledge.data import table
from ..model.keys import KeyParts
from ..model.numerals import roman_value
from .labels import article_phrase, name_then_article, strip_determiner
from .toolkit import Built as _Built
from .toolkit import Invalid as _Invalid
from .toolkit import (
    Link,
    article_number,
    check_pin,
    is_article,
    label_data,
    language_or_english,
    word,
)
from .toolkit import Request as _Request
from .toolkit import Unknown as _Unknown
from .toolkit import url as _url


@frozen
class RulesVersion:
    """One consolidated version of the EP Rules of Procedure."""

    term: int
    date: dt.date
    index: str
    rules: int | None = None  # the highest Rule number, where recorded
    annexes: int | None = None
    counts_verified: bool = False  # counts read from the version itself (P), not recalled (I)


@functools.cache
def rules_versions() -> tuple[RulesVersion, ...]:
    """Every listed version of the EP Rules, oldest first."""
    rows = table("ep_rules.toml")["versions"]
    versions = [
        RulesVersion(
            int(r["term"]),
            r["date"],
            str(r["index"]),
            r.get("rules"),
            r.get("annexes"),
            r.get("counts_evidence") == "P",
        )
        for r in rows
    ]
    return tuple(sorted(versions, key=lambda v: v.date))


def max_rule_number() -> int:
    """No version of the EP Rules has had a Rule above this number."""
    return int(table("ep_rules.toml")["max_rule"])


def rules_version_at(date: dt.date | None) -> RulesVersion | None:
    """The version of the Rules in force on ``date`` (the latest one when ``date`` is None)."""
    versions = rules_versions()
    if date is None:
        return versions[-1]
    in_force = [v for v in versions if v.date <= date]
    return in_force[-1] if in_force else None


def _rules_annex(
    version: RulesVersion,
    annex: str,
    fields: Mapping[str, object],
    index: str,
    warnings: tuple[str, ...],
) -> _Built:
    """An annex of the EP Rules: its doceo page ``ANN-04`` (annexes are numbered
    in Roman numerals; one with a letter, "IIa", has no known page of its own)."""
    number = roman_value(annex) if not annex.isdigit() else int(annex)
    if number is None:
        return _Built(index, warnings=warnings)
    warnings = _within_rules_counts(
        version, f"Annex {annex}", number, int(table("ep_rules.toml")["max_annex"]),
        version.annexes, "annexes", warnings,
    )  # fmt: skip
    url = _url("doceo_rules_annex", annex=f"{number:02d}", **fields)
    return _Built(url, (Link("index", index),), warnings=warnings)


def _within_rules_counts(
    version: RulesVersion,
    unit: str,
    number: int,
    cap: int,
    count: int | None,
    counted: str,
    warnings: tuple[str, ...],
) -> tuple[str, ...]:
    """Reject a Rule or annex that no version of the Rules has had (``cap``); beyond the
    version's own ``count`` reject it when that count is verified, else warn."""
    if number > cap:
        raise _Invalid(
            f"no version of the EP Rules of Procedure has {unit} "
            f"(none has had more than {cap} {counted})"
        )
    if count is not None and number > count:
        beyond = (
            f"{unit} is beyond the {count} {counted} of the version in force "
            f"from {version.date.isoformat()} ({version.term}th term)"
        )
        if version.counts_verified:
            raise _Invalid(beyond)
        warnings = (*warnings, f"{beyond}, a count not confirmed against the version itself")
    return warnings


def resolve_rules(req: _Request) -> _Built:
    version = rules_version_at(req.date)
    if version is None:
        first = rules_versions()[0].date.isoformat()
        raise _Unknown(
            f"no version of the EP Rules of Procedure is listed for {req.date}; "
            f"data/ep_rules.toml starts at {first}"
        )
    fields = {"term": version.term, "version": version.date.isoformat(), "LANG": req.LANG}
    index = _url("doceo_rules_index", index=version.index, **fields)
    warnings: tuple[str, ...] = ()
    if req.date is None:
        warnings = (
            f"no date given: resolved against the latest Rules ({version.date.isoformat()}); "
            "Rule numbers change every term, pass the date of the citing text",
        )
    pin = req.parts.pin
    if pin is None:
        return _Built(index, warnings=warnings)
    if pin.annex is not None:
        return _rules_annex(version, pin.annex, fields, index, warnings)
    check_pin(pin, "Rules of Procedure", None)
    highest = max(article_number(n) for n in (pin.article, pin.article_end) if n)
    warnings = _within_rules_counts(
        version, f"Rule {highest}", highest, max_rule_number(), version.rules, "Rules", warnings
    )
    width = int(table("ep_rules.toml")["rule_number_width"])
    digits = article_number(pin.article)
    rule = f"{digits:0{width}d}" + pin.article[len(str(digits)) :]
    url = _url("doceo_rule", rule=rule, **fields)
    return _Built(url, (Link("index", index),), warnings=warnings)


def label_rules(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    named = label_data(lang).get("rules")
    name = str(named) if named else strip_determiner(lang, word(lang, "rules", "names", "longest"))
    if parts.pin is None:
        return name
    # Only English and Irish have a word of their own for a Rule; other
    # languages cite Rules as articles ("artikel 144 van het Reglement").
    language = language_or_english(lang)
    words = [w for w in language.section("rules").get("words", []) if "*" not in w]
    rule = words and is_article(parts.pin)  # an annex is not a Rule
    phrase = f"{words[0]} {parts.pin}" if rule else article_phrase(lang, parts.pin)
    return name_then_article(lang, name, phrase)
