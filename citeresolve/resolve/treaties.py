"""Resolver and label of the treaties (``TEU:3(5)``, ``TEC:177``, ``PROTOCOL-2``):
the versions of each treaty by date, the correspondence of old article numbers
with today's, and the Protocols (``data/treaties.toml``; a treaty with one text
only, such as the Charter, is in ``data/instruments.toml``). Registered by
:mod:`citeresolve.families.named`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import frozen

from ..knowledge.data import table
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import instruments
from ..model.keys import PROTOCOL_CODE, KeyParts, Pin, parse_key
from .instruments import label_named, registry_entry
from .labels import article_phrase, make_label, name_then_article, with_abbreviation
from .toolkit import Built as _Built
from .toolkit import Invalid as _Invalid
from .toolkit import Link, check_pin, is_article, label_data, label_field
from .toolkit import Request as _Request
from .toolkit import url as _url


@frozen
class TreatyVersion:
    """One version of a treaty (``data/treaties.toml``): the text in force from ``start``."""

    code: str
    name: str
    celex: str
    start: dt.date
    articles: int
    numbering: str
    lettered: bool = False
    consolidation: bool = False
    eli: str | None = None
    evidence: str = "I"


@functools.cache
def treaty_versions(code: str) -> tuple[TreatyVersion, ...]:
    """The versions of treaty ``code``, oldest first (empty for an unversioned one)."""
    rows = table("treaties.toml")["versions"].get(code, [])
    versions = [
        TreatyVersion(
            code,
            str(r["name"]),
            str(r["celex"]),
            r["from"],
            int(r["articles"]),
            str(r["numbering"]),
            bool(r.get("lettered", False)),
            bool(r.get("consolidation", False)),
            r.get("eli"),
            str(r.get("evidence", "I")),
        )
        for r in rows
    ]
    return tuple(sorted(versions, key=lambda v: v.start))


def treaty_version_at(code: str, date: dt.date | None) -> TreatyVersion | None:
    """The version of ``code`` in force on ``date``: the latest one without a date,
    the first one for a date before it (a text citing a treaty signed but not
    yet in force); None for a treaty without versions."""
    versions = treaty_versions(code)
    if not versions:
        return None
    if date is None:
        return versions[-1]
    in_force = [v for v in versions if v.start <= date]
    return in_force[-1] if in_force else versions[0]


def primary_version(version: TreatyVersion) -> TreatyVersion:
    """The version to link for ``version``: itself, unless another version with
    the same numbering is better attested. A Lisbon consolidation numbers its
    articles as the latest one does, so the latest is linked; an old version
    whose CELEX form was not seen in public use gives way to a sibling whose
    form was (12002E for 11997E and 12006E). The version in force is then an
    alternative (``version_in_force``)."""
    siblings = [v for v in treaty_versions(version.code) if v.numbering == version.numbering]
    if version.consolidation:
        return siblings[-1]
    if version.evidence != "I":
        return version
    attested = [v for v in siblings if v.evidence != "I"]
    return attested[-1] if attested else version


def lisbon_date() -> dt.date:
    """1 December 2009: the Lisbon numbering is the one in force from this day."""
    value: dt.date = table("treaties.toml")["lisbon"]
    return value


def protocol_number(code: str) -> int | None:
    return int(code.split("-")[1]) if PROTOCOL_CODE.fullmatch(code) else None


def resolve_treaty(req: _Request) -> _Built:
    code = str(req.parts.instrument)
    number = protocol_number(code)
    if number is not None:
        return _resolve_protocol(req, number)
    version = treaty_version_at(code, req.date)
    if version is None:
        return _resolve_registered_treaty(req, code)
    primary = primary_version(version)
    warnings = _version_warnings(req, version, primary)
    whole_url = _url("eurlex_celex", LANG=req.LANG, celex=f"{primary.celex}/TXT")
    whole_eli = _url("eli_treaty", eli=primary.eli) if primary.eli else None
    pin = req.parts.pin
    if pin is None:
        alternatives = [
            Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=f"{primary.celex}/TXT"))
        ]
        if whole_eli:
            alternatives.insert(0, Link("eli", whole_eli))
        return _Built(
            whole_url, tuple(alternatives), f"{primary.celex}/TXT", whole_eli, tuple(warnings)
        )
    if not is_article(pin):
        # An annex or a recital of a treaty: no address of its own is known.
        return _Built(whole_url, (), f"{primary.celex}/TXT", whole_eli, tuple(warnings))
    return _treaty_article(req, version, primary, pin, warnings)


def _version_warnings(req: _Request, version: TreatyVersion, primary: TreatyVersion) -> list[str]:
    """What the reader of a link to ``primary`` (for ``version`` in force) must know."""
    warnings: list[str] = []
    if primary.evidence == "I":
        warnings.append(
            f"the CELEX form of the {primary.name} ({primary.celex}…) was not confirmed "
            "in public use; check the link"
        )
    if req.date is None and version.code == "TEC":
        warnings.append(
            f"no date given: read as the {version.name} ({version.celex}, Amsterdam numbering); "
            "texts before 1 May 1999 number the EC Treaty otherwise, pass the date of the "
            "citing text"
        )
    return warnings


def _treaty_article(
    req: _Request, version: TreatyVersion, primary: TreatyVersion, pin: Pin, warnings: list[str]
) -> _Built:
    """An article of the treaty ``version`` in force, linked in ``primary``; with
    today's equivalent of an old article (``current``, ``lineage``)."""
    if version.lettered:
        raise _Invalid(
            f"the {version.name} ({version.celex}), in force on {req.date}, numbers its "
            f"articles with letters: there is no Article {pin.article}"
        )
    check_pin(pin, version.name if version.code == "TEC" else version.code, version.articles)
    current, lineage = current_equivalent(version, pin, req)
    equivalent: tuple[Link, ...] = ()
    if current is not None:
        equivalent = (Link("current_equivalent", str(_current_url(current, req.lang))),)
        if req.date is not None and req.date >= lisbon_date():
            warnings.append(
                f"the {version.name} was replaced on {lisbon_date().isoformat()}; "
                f"the current equivalent is {lineage[-1]}"
            )
    if pin.article.isdigit():
        built = _article_of(req, version, primary, int(pin.article), equivalent)
    else:
        # Article-level CELEX numbers are treaty CELEX + 3 digits; no form is
        # known for inserted articles ("100a"), so link the whole text.
        warnings.append(
            f"no article-level CELEX is known for Article {pin.article}; "
            f"linked the whole {version.name}"
        )
        whole_eli = _url("eli_treaty", eli=primary.eli) if primary.eli else None
        built = _Built(
            _whole_treaty_url(req, primary), equivalent, f"{primary.celex}/TXT", whole_eli
        )
    return attrs.evolve(built, warnings=tuple(warnings), current=current, lineage=lineage)


def _article_of(
    req: _Request,
    version: TreatyVersion,
    primary: TreatyVersion,
    article: int,
    equivalent: tuple[Link, ...],
) -> _Built:
    """A numbered article by its article-level CELEX in ``primary``: its ELI first,
    the whole treaty after, and the article in the ``version`` in force if another."""
    alternatives = list(equivalent)
    eli = None
    if primary.eli:
        eli = _url("eli_treaty_article", eli=primary.eli, article=article)
        alternatives.insert(0, Link("eli", eli))
    alternatives.append(Link("instrument", _whole_treaty_url(req, primary)))
    if primary is not version:
        in_force = f"{version.celex}{article:03d}"
        alternatives.append(
            Link("version_in_force", _url("eurlex_celex", LANG=req.LANG, celex=in_force))
        )
    celex = f"{primary.celex}{article:03d}"
    url = _url("eurlex_celex", LANG=req.LANG, celex=celex)
    return _Built(url, tuple(alternatives), celex, eli)


def _whole_treaty_url(req: _Request, treaty: TreatyVersion) -> str:
    return _url("eurlex_celex", LANG=req.LANG, celex=f"{treaty.celex}/TXT")


def _resolve_registered_treaty(req: _Request, code: str) -> _Built:
    """A treaty with one text only (the Charter, Euratom): ``data/instruments.toml``."""
    entry = registry_entry(code)
    whole_url = _url("eurlex_celex", LANG=req.LANG, celex=entry["celex"])
    whole_eli = _url("eli_treaty", eli=entry["eli"]) if "eli" in entry else None
    pin = req.parts.pin
    if pin is None:
        alternatives = [Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=entry["celex"]))]
        if whole_eli:
            alternatives.insert(0, Link("eli", whole_eli))
        return _Built(whole_url, tuple(alternatives), celex=entry["celex"], eli=whole_eli)
    check_pin(pin, code, entry.get("articles"))
    if not is_article(pin):
        return _Built(whole_url, (), celex=entry["celex"], eli=whole_eli)
    if not pin.article.isdigit():
        note = f"no article-level CELEX is known for Article {pin.article}; linked the whole {code}"
        return _Built(whole_url, (), celex=entry["celex"], eli=whole_eli, warnings=(note,))
    celex = f"{entry['celex_article']}{int(pin.article):03d}"
    # No article-level ELI of the Charter was found in public use: only the
    # treaties whose entry says so get one (data/instruments.toml).
    eli = None
    alternatives = [Link("instrument", whole_url)]
    if whole_eli and entry.get("article_eli", False):
        eli = _url("eli_treaty_article", eli=entry["eli"], article=int(pin.article))
        alternatives.insert(0, Link("eli", eli))
    return _Built(_url("eurlex_celex", LANG=req.LANG, celex=celex), tuple(alternatives), celex, eli)


def _resolve_protocol(req: _Request, number: int) -> _Built:
    protocols = table("treaties.toml")["protocols"]
    if not 1 <= number <= int(protocols["count"]):
        raise _Invalid(f"the Treaties have Protocols No 1 to {protocols['count']}, not No {number}")
    celex = str(protocols["celex"]).format(number=number)
    url = _url("eurlex_celex", LANG=req.LANG, celex=celex)
    warnings: tuple[str, ...] = ()
    if req.parts.pin is not None:
        check_pin(req.parts.pin, f"Protocol No {number}", None)
        # No article-level CELEX of a Protocol is known: the whole Protocol.
        warnings = (
            f"no article-level link is known inside a Protocol; linked Protocol No {number}",
        )
    alternatives = (Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=celex)),)
    return _Built(url, alternatives, celex, warnings=warnings)


@functools.cache
def _correspondence_index() -> dict[str, dict[str, Mapping[str, Any]]]:
    """numbering → article number → row of the correspondence table."""
    index: dict[str, dict[str, Mapping[str, Any]]] = {}
    for row in table("treaties.toml")["correspondence"]:
        columns = dict(row)
        if "eec" in columns:
            columns.setdefault("maastricht", columns["eec"])
        for numbering in ("eec", "maastricht", "amsterdam", "teu_amsterdam"):
            if numbering in columns:
                index.setdefault(numbering, {})[str(columns[numbering])] = columns
    return index


def correspondence(numbering: str, article: str) -> Mapping[str, Any] | None:
    """The row of ``data/treaties.toml`` for ``article`` in ``numbering`` (eec,
    maastricht, amsterdam, teu_amsterdam), or None when it is not listed."""
    return _correspondence_index().get(numbering, {}).get(article)


def current_equivalent(
    version: TreatyVersion, pin: Pin, req: _Request
) -> tuple[str | None, tuple[str, ...]]:
    """The Lisbon key of an old article and its path through the renumberings."""
    if version.numbering == "lisbon" or pin.article_end is not None or not is_article(pin):
        return None, ()
    row = correspondence(version.numbering, pin.article)
    if row is None:
        return None, ()
    steps: list[str] = []
    if version.numbering in ("eec", "maastricht"):
        era = "EEC" if version.numbering == "eec" else "TEC"
        steps.append(old_article_label(req.lang, era, str(row[version.numbering])))
        if "amsterdam" in row and str(row["amsterdam"]) != str(row[version.numbering]):
            steps.append(old_article_label(req.lang, "TEC", str(row["amsterdam"])))
    elif version.numbering == "amsterdam":
        steps.append(old_article_label(req.lang, "TEC", str(row["amsterdam"])))
    else:  # the EU Treaty after Amsterdam
        steps.append(
            make_label(KeyParts("treaty", "TEU", Pin(str(row["teu_amsterdam"]))), req.lang)
        )
    current = str(row["lisbon"])
    steps.append(make_label(parse_key(current), req.lang))
    return current, tuple(step[:1].upper() + step[1:] for step in steps)


def label_treaty(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    """ "Article 3(5) TEU"; an article of the EC Treaty is named by the treaty of
    ``date`` ("Article 177 EEC" before 1993)."""
    code = str(parts.instrument)
    number = protocol_number(code)
    if number is not None:
        name = label_field(lang, "protocol").format(n=number)
        if parts.pin is None:
            return name
        return name_then_article(lang, name, article_phrase(lang, parts.pin))
    if code == "TEC":
        version = treaty_version_at(code, date)
        era = "EEC" if version is not None and version.numbering == "eec" else "TEC"
        if parts.pin is None:
            return str(label_data(lang).get(era, label_data("en")[era])["name"])
        return old_article_label(lang, era, str(parts.pin), parts.pin)
    return label_named(parts, lang)


def old_article_label(lang: str, era: str, article: str, pin: Pin | None = None) -> str:
    """ "Article 177 EEC", "Artikel 234 EG": an article of the EEC or EC Treaty."""
    entry = label_data(lang).get(era) or label_data("en")[era]
    return with_abbreviation(lang, pin or Pin(article), str(entry["abbreviation"]))


# The CELEX number of a treaty article (sector 1): the treaty version, the article.
_ARTICLE_CELEX = lazy_pattern(r"(1\d{4}[A-Z])(\d{3})")


def treaty_article_of_celex(celex: str) -> KeyParts | None:
    """ "12016M002" → TEU:2: a sector-1 article CELEX of a listed treaty version."""
    match = _ARTICLE_CELEX.fullmatch(celex)
    if match is None or int(match[2]) == 0:
        return None
    for code in table("treaties.toml")["versions"]:
        if any(v.celex == match[1] for v in treaty_versions(code)):
            return KeyParts("treaty", code, Pin(str(int(match[2]))))
    for code, entry in instruments().items():  # the Charter, Euratom: one text each
        if entry.get("celex_article") == match[1]:
            return KeyParts("treaty", code, Pin(str(int(match[2]))))
    return None


def treaty_citable_from(parts: KeyParts) -> dt.date | None:
    """The signature of the treaty (of the Protocols, for a Protocol)."""
    dates = table("treaties.toml")["citable_from"]
    code = str(parts.instrument)
    value = dates.get("PROTOCOL" if protocol_number(code) is not None else code)
    return value if isinstance(value, dt.date) else None


def _current_url(key: str, lang: str) -> str | None:
    """The URL of today's equivalent ``key`` of an old article (undated: the text in force)."""
    return resolve_treaty(_Request(key, parse_key(key), lang, None)).url
