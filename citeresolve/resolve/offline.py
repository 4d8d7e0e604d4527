"""Resolve citation keys to stable URLs, offline and deterministically.

``resolve(key_or_citation, lang=..., date=...)`` turns a canonical key (see
``shared/spec/citation-keys.md``) into a :class:`Resolution`: the primary URL,
alternatives (ELI, PDF, the whole instrument …), CELEX and ELI where they
exist, a label in the requested language and a status.  Nothing here touches
the network; :mod:`citeresolve.online` adds what only the services know.

Facts live in data files, not in code branches:

* ``data/urls.toml`` — every URL template, with its evidence mark;
* ``data/identifiers.toml`` — EP terms, procedure types, OJ and court limits;
* ``data/ep_rules.toml`` — the versions of the EP Rules of Procedure;
* ``data/instruments.toml`` — treaties and international instruments.

A key that parses but cannot name a real document (Article 174 TEU,
``TA-9-2018-0001``, an OJ act-by-act number from 2021) resolves to status
``invalid`` with a ``reason`` and no URL, rather than to a URL to nowhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import attrs
from attrs import frozen

from ..dates import parse_date
from ..errors import UnknownLanguageError
from ..knowledge.lang import EU_LANGUAGES

# Names that callers import from here, kept where they were before each family's
# resolver moved to its own module (``available_languages`` is what a test replaces
# to simulate a language without its file).
from ..knowledge.lang import available_languages as available_languages
from ..model.citation import Citation
from ..model.family import family
from ..model.keys import KeyParts, format_key, parse_key
from .ep_rules import RulesVersion as RulesVersion
from .ep_rules import max_rule_number as max_rule_number
from .ep_rules import rules_version_at as rules_version_at
from .ep_rules import rules_versions as rules_versions
from .eu_acts import eli_of_celex as eli_of_celex
from .eu_acts import eli_typedoc as eli_typedoc
from .labels import make_label as make_label
from .toolkit import Built, Invalid, Link, Request, Unknown
from .toolkit import label_data as label_data
from .treaties import TreatyVersion as TreatyVersion
from .treaties import correspondence as correspondence
from .treaties import lisbon_date as lisbon_date
from .treaties import treaty_version_at as treaty_version_at
from .treaties import treaty_versions as treaty_versions

Status = Literal["ok", "unconfirmed", "invalid", "unknown"]


@frozen
class Resolution:
    """What a key resolves to.  ``status`` is one of:

    * ``ok`` — ``url`` is built from verified or documented URL schemes;
    * ``unconfirmed`` — set by the online layer only: a service did not confirm
      the key (an empty answer, a document not yet indexed); ``url`` is the
      offline one, kept, and a warning says why;
    * ``invalid`` — the key cannot name a real document; ``reason`` says why
      and ``url`` is ``None``;
    * ``unknown`` — the key may be right but no URL scheme is known for it
      (EP documents of terms 1–4, Rules cited before the first listed
      version); ``reason`` says why.

    ``warnings`` carry caveats that do not change the status (a Rule resolved
    against today's version for lack of a date, an online check that failed).
    ``title`` and ``exists`` are only set by the online layer.

    ``current`` is the key of today's equivalent of an old treaty article
    (``TEC:177`` dated 1994 → ``TFEU:267``) and ``lineage`` its path through
    the renumberings, as labels ("Article 177 EEC", "Article 234 EC",
    "Article 267 TFEU"); the current article's URL is among the alternatives
    (kind ``current_equivalent``).
    """

    key: str
    type: str
    status: Status
    label: str
    lang: str
    url: str | None = None
    alternatives: tuple[Link, ...] = ()
    celex: str | None = None
    eli: str | None = None
    reason: str | None = None
    title: str | None = None
    exists: bool | None = None
    warnings: tuple[str, ...] = ()
    current: str | None = None
    lineage: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def linkable(self) -> bool:
        """Whether ``url`` may be linked: ``ok``, or ``unconfirmed`` with its offline URL."""
        return self.status in ("ok", "unconfirmed") and self.url is not None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; empty optional fields are left out."""
        record: dict[str, Any] = {
            "key": self.key,
            "type": self.type,
            "status": self.status,
            "url": self.url,
            "label": self.label,
            "lang": self.lang,
        }
        optional = {
            "celex": self.celex,
            "eli": self.eli,
            "reason": self.reason,
            "title": self.title,
            "exists": self.exists,
            "current": self.current,
        }
        record.update({k: v for k, v in optional.items() if v is not None})
        if self.alternatives:
            record["alternatives"] = [{"kind": a.kind, "url": a.url} for a in self.alternatives]
        if self.lineage:
            record["lineage"] = list(self.lineage)
        if self.warnings:
            record["warnings"] = list(self.warnings)
        return record


# ------------------------------------------------------------------ the resolver


def resolve(
    citation_or_key: Citation | str,
    *,
    lang: str = "en",
    date: dt.date | str | None = None,
) -> Resolution:
    """Resolve a :class:`Citation` or a canonical key, offline.

    ``lang`` is the language of the URLs and the label (one of
    :data:`~citeresolve.EU_LANGUAGES`, the languages that have a language file).
    ``date`` is the date of the citing text (``date`` or ISO string); it picks
    the version of a treaty and of the EP Rules in force, rules out impossible
    references and warns about anachronisms (a document cited before it
    existed). A :class:`Citation` also brings what its text says about the act
    (implementing, delegated, proposal), which picks ELI types and CELEX.
    Raises :class:`InvalidKeyError` for a string that is not a key,
    :class:`UnknownLanguageError` and :class:`InvalidDateError` for bad arguments.
    """
    request = _request(citation_or_key, lang, date)
    key, parts = request.key, request.parts
    label = make_label(parts, request.lang, request.date)
    resolver = family(parts.type).resolve
    if resolver is None:
        raise TypeError(f"citation family {parts.type!r} registers no resolver")
    try:
        built = resolver(request)
    except Invalid as exc:
        return Resolution(key, parts.type, "invalid", label, request.lang, reason=str(exc))
    except Unknown as exc:
        return Resolution(key, parts.type, "unknown", label, request.lang, reason=str(exc))
    return _resolved(request, label, built)


def _request(citation_or_key: Citation | str, lang: str, date: dt.date | str | None) -> Request:
    """What a family's resolver is asked: the key parsed, the arguments checked."""
    if isinstance(citation_or_key, Citation):
        key, parts = citation_or_key.key, citation_or_key.parts
        act_kind = citation_or_key.act_kind
    else:
        key, parts, act_kind = citation_or_key, parse_key(citation_or_key), None
    return Request(key, parts, _check_lang(lang), parse_date(date), act_kind)


def _resolved(request: Request, label: str, built: Built) -> Resolution:
    """The resolution of a key its family resolved, warned if the text is older."""
    anachronism = anachronism_reason(request.parts, request.date)
    if anachronism:
        built = attrs.evolve(built, warnings=(*built.warnings, anachronism))
    return Resolution(
        request.key,
        request.parts.type,
        "ok",
        label,
        request.lang,
        url=built.url,
        alternatives=built.alternatives,
        celex=built.celex,
        eli=built.eli,
        warnings=built.warnings,
        current=built.current,
        lineage=built.lineage,
    )


def _check_lang(lang: str) -> str:
    code = lang.lower()
    if code not in EU_LANGUAGES:
        raise UnknownLanguageError(
            f"unknown language {lang!r}; use one of the {len(EU_LANGUAGES)} codes that have "
            f"a language file: {', '.join(EU_LANGUAGES)}"
        )
    return code


# --- citing dates


def citable_from(parts: KeyParts) -> dt.date | None:
    """The earliest date a text can cite what ``parts`` names (its family's
    ``citable_from``: the signature of a treaty, the year of a document, act,
    case or OJ issue); None when unknown (EP Rules are dated by their versions;
    consolidated texts by their base act)."""
    dating = family(parts.type).citable_from
    return dating(parts) if dating is not None else None


def anachronism_reason(parts: KeyParts, date: dt.date | None) -> str | None:
    """Why a text dated ``date`` cannot cite ``parts`` (it did not exist yet), or None."""
    first = citable_from(parts)
    if date is None or first is None or date >= first:
        return None
    return (
        f"{format_key(parts)} did not exist before {first.isoformat()}, "
        f"but the citing text is dated {date.isoformat()}: check the reference or the date"
    )
