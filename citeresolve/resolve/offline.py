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
import functools
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs
import regex
from attrs import frozen

from ..dates import parse_date
from ..errors import UnknownLanguageError
from ..knowledge.data import table
from ..knowledge.lang import EU_LANGUAGES, available_languages
from ..knowledge.registry import instruments
from ..model.citation import Citation
from ..model.family import family
from ..model.keys import PROTOCOL_CODE, KeyParts, Pin, format_key, parse_key
from .toolkit import Built as _Built
from .toolkit import Invalid as _Invalid
from .toolkit import Link, identifiers
from .toolkit import Request as _Request
from .toolkit import Unknown as _Unknown
from .toolkit import language_or_english as _language_or_english
from .toolkit import url as _url
from .toolkit import word as _word

_data = table  # every data file is read through knowledge.data

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


# --------------------------------------------------------------------------- data


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
    rows = _data("ep_rules.toml")["versions"]
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
    return int(_data("ep_rules.toml")["max_rule"])


def rules_version_at(date: dt.date | None) -> RulesVersion | None:
    """The version of the Rules in force on ``date`` (the latest one when ``date`` is None)."""
    versions = rules_versions()
    if date is None:
        return versions[-1]
    in_force = [v for v in versions if v.date <= date]
    return in_force[-1] if in_force else None


# ------------------------------------------------------------------ the resolver


def resolve(
    citation_or_key: Citation | str,
    *,
    lang: str = "en",
    date: dt.date | str | None = None,
) -> Resolution:
    """Resolve a :class:`Citation` or a canonical key, offline.

    ``lang`` is the language of the URLs and the label (one of the 24 EU
    languages; labels fall back to English where no language file exists).
    ``date`` is the date of the citing text (``date`` or ISO string); it picks
    the version of a treaty and of the EP Rules in force, rules out impossible
    references and warns about anachronisms (a document cited before it
    existed). A :class:`Citation` also brings what its text says about the act
    (implementing, delegated, proposal), which picks ELI types and CELEX.
    Raises :class:`InvalidKeyError` for a string that is not a key,
    :class:`UnknownLanguageError` and :class:`InvalidDateError` for bad arguments.
    """
    act_kind = None
    if isinstance(citation_or_key, Citation):
        key, parts = citation_or_key.key, citation_or_key.parts
        act_kind = citation_or_key.act_kind
    else:
        key, parts = citation_or_key, parse_key(citation_or_key)
    request = _Request(key, parts, _check_lang(lang), parse_date(date), act_kind)
    label = make_label(parts, request.lang, request.date)
    try:
        built = _resolver(parts.type)(request)
    except _Invalid as exc:
        return Resolution(key, parts.type, "invalid", label, request.lang, reason=str(exc))
    except _Unknown as exc:
        return Resolution(key, parts.type, "unknown", label, request.lang, reason=str(exc))
    anachronism = anachronism_reason(parts, request.date)
    if anachronism:
        built = attrs.evolve(built, warnings=(*built.warnings, anachronism))
    return Resolution(
        key,
        parts.type,
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
            f"unknown language {lang!r}; use one of the 24 EU codes: {', '.join(EU_LANGUAGES)}"
        )
    return code


def _resolver(type_: str) -> Callable[[_Request], _Built]:
    """A family's own resolver; the families that predate the registry are in the
    table of this module (``_RESOLVERS``) until their resolvers move to them."""
    own = family(type_).resolve
    return own if own is not None else _RESOLVERS[type_]


def _labeler(type_: str) -> Callable[[KeyParts, str], str]:
    """A family's own label; else the table of this module (``_LABELS``)."""
    own = family(type_).label
    return own if own is not None else _LABELS[type_]


_LEADING_DIGITS = regex.compile(r"\d+")


def _article_number(article: str) -> int:
    match = _LEADING_DIGITS.match(article)
    assert match is not None  # the key grammar guarantees leading digits
    return int(match.group())


def _check_pin(pin: Pin, code: str, count: int | None) -> None:
    """Reject articles that the instrument cannot have (an annex's own articles and
    recitals are not counted against the instrument's articles)."""
    if not pin.article or pin.annex is not None:
        return
    numbers = [_article_number(pin.article)]
    if pin.article_end is not None:
        numbers.append(_article_number(pin.article_end))
        if numbers[1] < numbers[0]:
            raise _Invalid(f"range {pin} runs backwards")
    if min(numbers) == 0:
        raise _Invalid("there is no Article 0")
    if count is not None and max(numbers) > count:
        raise _Invalid(f"Article {max(numbers)} is beyond the {code}, which has {count} articles")


# --- treaties and international instruments


def _registry_entry(code: str) -> Mapping[str, Any]:
    entry = instruments().get(code)
    if entry is None:
        raise _Invalid(f"{code} is not a registered instrument (see data/instruments.toml)")
    return entry


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
    rows = _data("treaties.toml")["versions"].get(code, [])
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


def _primary_version(version: TreatyVersion) -> TreatyVersion:
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
    value: dt.date = _data("treaties.toml")["lisbon"]
    return value


def _is_article(pin: Pin) -> bool:
    """Whether ``pin`` names an article of the instrument itself (not an annex,
    an article of an annex or a recital)."""
    return bool(pin.article) and pin.annex is None and pin.recital is None


def _protocol_number(code: str) -> int | None:
    return int(code.split("-")[1]) if PROTOCOL_CODE.fullmatch(code) else None


def _resolve_treaty(req: _Request) -> _Built:
    code = str(req.parts.instrument)
    number = _protocol_number(code)
    if number is not None:
        return _resolve_protocol(req, number)
    version = treaty_version_at(code, req.date)
    if version is None:
        return _resolve_registered_treaty(req, code)
    primary = _primary_version(version)
    warnings: list[str] = []
    if primary.evidence == "I":
        warnings.append(
            f"the CELEX form of the {primary.name} ({primary.celex}…) was not confirmed "
            "in public use; check the link"
        )
    if req.date is None and code == "TEC":
        warnings.append(
            f"no date given: read as the {version.name} ({version.celex}, Amsterdam numbering); "
            "texts before 1 May 1999 number the EC Treaty otherwise, pass the date of the "
            "citing text"
        )
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
    if not _is_article(pin):
        # An annex or a recital of a treaty: no address of its own is known.
        return _Built(whole_url, (), f"{primary.celex}/TXT", whole_eli, tuple(warnings))
    if version.lettered:
        raise _Invalid(
            f"the {version.name} ({version.celex}), in force on {req.date}, numbers its "
            f"articles with letters: there is no Article {pin.article}"
        )
    _check_pin(pin, version.name if version.code == "TEC" else code, version.articles)
    current, lineage = _current_equivalent(version, pin, req)
    alternatives = []
    if current is not None:
        alternatives.append(Link("current_equivalent", str(resolve(current, lang=req.lang).url)))
        if req.date is not None and req.date >= lisbon_date():
            warnings.append(
                f"the {version.name} was replaced on {lisbon_date().isoformat()}; "
                f"the current equivalent is {lineage[-1]}"
            )
    if not pin.article.isdigit():
        # Article-level CELEX numbers are treaty CELEX + 3 digits; no form is
        # known for inserted articles ("100a"), so link the whole text.
        warnings.append(
            f"no article-level CELEX is known for Article {pin.article}; "
            f"linked the whole {version.name}"
        )
        return _Built(
            whole_url,
            tuple(alternatives),
            f"{primary.celex}/TXT",
            whole_eli,
            tuple(warnings),
            current,
            lineage,
        )
    celex = f"{primary.celex}{int(pin.article):03d}"
    eli = None
    if primary.eli:
        eli = _url("eli_treaty_article", eli=primary.eli, article=int(pin.article))
        alternatives.insert(0, Link("eli", eli))
    alternatives.append(Link("instrument", whole_url))
    if primary is not version:
        in_force = f"{version.celex}{int(pin.article):03d}"
        alternatives.append(
            Link("version_in_force", _url("eurlex_celex", LANG=req.LANG, celex=in_force))
        )
    url = _url("eurlex_celex", LANG=req.LANG, celex=celex)
    return _Built(url, tuple(alternatives), celex, eli, tuple(warnings), current, lineage)


def _resolve_registered_treaty(req: _Request, code: str) -> _Built:
    """A treaty with one text only (the Charter, Euratom): ``data/instruments.toml``."""
    entry = _registry_entry(code)
    whole_url = _url("eurlex_celex", LANG=req.LANG, celex=entry["celex"])
    whole_eli = _url("eli_treaty", eli=entry["eli"]) if "eli" in entry else None
    pin = req.parts.pin
    if pin is None:
        alternatives = [Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=entry["celex"]))]
        if whole_eli:
            alternatives.insert(0, Link("eli", whole_eli))
        return _Built(whole_url, tuple(alternatives), celex=entry["celex"], eli=whole_eli)
    _check_pin(pin, code, entry.get("articles"))
    if not _is_article(pin):
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
    table = _data("treaties.toml")["protocols"]
    if not 1 <= number <= int(table["count"]):
        raise _Invalid(f"the Treaties have Protocols No 1 to {table['count']}, not No {number}")
    celex = str(table["celex"]).format(number=number)
    url = _url("eurlex_celex", LANG=req.LANG, celex=celex)
    warnings: tuple[str, ...] = ()
    if req.parts.pin is not None:
        _check_pin(req.parts.pin, f"Protocol No {number}", None)
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
    for row in _data("treaties.toml")["correspondence"]:
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


def _current_equivalent(
    version: TreatyVersion, pin: Pin, req: _Request
) -> tuple[str | None, tuple[str, ...]]:
    """The Lisbon key of an old article and its path through the renumberings."""
    if version.numbering == "lisbon" or pin.article_end is not None or not _is_article(pin):
        return None, ()
    row = correspondence(version.numbering, pin.article)
    if row is None:
        return None, ()
    steps: list[str] = []
    if version.numbering in ("eec", "maastricht"):
        era = "EEC" if version.numbering == "eec" else "TEC"
        steps.append(_old_article_label(req.lang, era, str(row[version.numbering])))
        if "amsterdam" in row and str(row["amsterdam"]) != str(row[version.numbering]):
            steps.append(_old_article_label(req.lang, "TEC", str(row["amsterdam"])))
    elif version.numbering == "amsterdam":
        steps.append(_old_article_label(req.lang, "TEC", str(row["amsterdam"])))
    else:  # the EU Treaty after Amsterdam
        steps.append(
            make_label(KeyParts("treaty", "TEU", Pin(str(row["teu_amsterdam"]))), req.lang)
        )
    current = str(row["lisbon"])
    steps.append(make_label(parse_key(current), req.lang))
    return current, tuple(step[:1].upper() + step[1:] for step in steps)


def _resolve_instrument(req: _Request) -> _Built:
    code = str(req.parts.instrument)
    entry = _registry_entry(code)
    if "url" not in entry:
        raise _Unknown(f"no URL is registered for {code}")
    url = str(entry["url"])
    pin = req.parts.pin
    if pin is None:
        return _Built(url)
    _check_pin(pin, code, entry.get("articles"))
    anchor = entry.get("article_anchor")
    if anchor is None:
        return _Built(url)
    return _Built(url + anchor.format(article=pin.article), (Link("instrument", url),))


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral ("XIV" → 14); None for anything else."""
    if not numeral or any(ch not in _ROMAN for ch in numeral):
        return None
    values = [_ROMAN[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _rules_annex(
    version: RulesVersion,
    annex: str,
    fields: Mapping[str, object],
    index: str,
    warnings: tuple[str, ...],
) -> _Built:
    """An annex of the EP Rules: its doceo page ``ANN-04`` (annexes are numbered
    in Roman numerals; one with a letter, "IIa", has no known page of its own)."""
    number = _roman(annex) if not annex.isdigit() else int(annex)
    if number is None:
        return _Built(index, warnings=warnings)
    warnings = _within_rules_counts(
        version, f"Annex {annex}", number, int(_data("ep_rules.toml")["max_annex"]),
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


def _resolve_rules(req: _Request) -> _Built:
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
    _check_pin(pin, "Rules of Procedure", None)
    highest = max(_article_number(n) for n in (pin.article, pin.article_end) if n)
    warnings = _within_rules_counts(
        version, f"Rule {highest}", highest, max_rule_number(), version.rules, "Rules", warnings
    )
    width = int(_data("ep_rules.toml")["rule_number_width"])
    digits = _article_number(pin.article)
    rule = f"{digits:0{width}d}" + pin.article[len(str(digits)) :]
    url = _url("doceo_rule", rule=rule, **fields)
    return _Built(url, (Link("index", index),), warnings=warnings)


# --- EU acts, Commission documents


def eli_typedoc(celex: str, act_kind: str | None = None) -> str | None:
    """The ELI type of a sector-3 regulation, directive or decision when it is
    certain, else None.

    Implementing and delegated acts have types of their own (``reg_impl``,
    ``reg_del``, ``dir_impl`` …). Acts before 2010 are never either (the
    Lisbon Treaty brought them), and the register lists ``dir`` as an alias
    of ``dir_impl``/``dir_del``; a later regulation or decision whose text did
    not say which it is has no certain type.
    """
    table = identifiers()["eli_typedoc"]
    base = table.get(celex[5:6])
    if celex[0] != "3" or base is None or not regex.fullmatch(r"3\d{4}[RLD]\d{4}", celex):
        return None
    if act_kind in ("implementing", "delegated"):
        return f"{base}_{'impl' if act_kind == 'implementing' else 'del'}"
    if base == "dir" or int(celex[1:5]) < int(identifiers()["eli_typed_acts_from"]):
        return str(base)
    return None


def eli_of_celex(celex: str, act_kind: str | None = None) -> str | None:
    """The ELI of a sector-3 regulation, directive or decision when its type is
    certain (see :func:`eli_typedoc`); None for anything else."""
    typedoc = eli_typedoc(celex, act_kind)
    if typedoc is None:
        return None
    return _url("eli_act", typedoc=typedoc, year=celex[1:5], number=int(celex[6:10]))


def _resolve_eu_act(req: _Request) -> _Built:
    celex = str(req.parts.celex)
    typedoc = eli_typedoc(celex, req.act_kind)
    eli = eli_of_celex(celex, req.act_kind)
    alternatives = [Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=celex))]
    if eli:
        alternatives.insert(0, Link("eli", eli))
    elif regex.fullmatch(r"3\d{4}[RD]\d{4}", celex):
        # A regulation or decision since 2010 whose text did not say whether it
        # is an implementing or delegated act: the basic-act ELI is a guess.
        guess = _url(
            "eli_act",
            typedoc=identifiers()["eli_typedoc"][celex[5]],
            year=celex[1:5],
            number=int(celex[6:10]),
        )
        alternatives.append(Link("eli_unconfirmed", guess))
    pin = req.parts.pin
    if pin is not None:
        _check_pin(pin, f"CELEX {celex}", None)
        if typedoc and pin.article_end is None and pin.article and pin.annex is None:
            article = _url(
                "eli_act_article",
                typedoc=typedoc,
                year=celex[1:5],
                number=int(celex[6:10]),
                article=pin.article,
            )
            # EUR-Lex gives article-level ELIs to recent acts and extends them to
            # older ones progressively; whether this act has one is not known
            # offline, so the link says it is unconfirmed.
            alternatives.insert(1 if eli else 0, Link("eli_article_unconfirmed", article))
    url = _url("eurlex_celex", LANG=req.LANG, celex=celex)
    return _Built(url, tuple(alternatives), celex=celex, eli=eli)


def com_document_celexes(parts: KeyParts) -> list[str]:
    """Candidate CELEX numbers of a COM/SWD/JOIN key, most likely first."""
    descriptors = identifiers()["com_documents"][str(parts.doc)]
    return [f"5{parts.year}{d}{int(str(parts.number)):04d}" for d in descriptors]


def _resolve_com_doc(req: _Request) -> _Built:
    """COM and SWD documents link by their own number (``?uri=COM:2019:640:FIN``),
    which is right for every document type; their CELEX depends on the type (a
    COM proposal is PC, a communication or report DC) and is given only where
    it is certain: SWD has one descriptor, a COM document only when its text
    says it is a proposal (or gives its procedure). JOIN documents link by
    their CELEX (one descriptor, JC): their by-number form is barely attested."""
    parts = req.parts
    fields = {"LANG": req.LANG, "doc": parts.doc, "year": parts.year, "number": parts.number}
    by_number = _url("eurlex_com", **fields)
    pdf = Link("pdf", _url("eurlex_com_pdf", **fields))
    candidates = com_document_celexes(parts)
    certain = len(candidates) == 1 or req.act_kind == "proposal"
    celex = candidates[0] if certain else None
    if celex is None:
        return _Built(by_number, (pdf,), None)
    celex_url = _url("eurlex_celex", LANG=req.LANG, celex=celex)
    if parts.doc in identifiers()["com_by_celex"]:
        return _Built(celex_url, (Link("by_number", by_number), pdf), celex)
    return _Built(by_number, (Link("eur-lex", celex_url), pdf), celex)


# --- citing dates


def case_year(two_digit_year: str) -> int:
    """The four-digit year of a case number's ``/yy``."""
    yy = int(two_digit_year)
    pivot = int(identifiers()["courts"]["century_pivot"])
    return 2000 + yy if yy < pivot else 1900 + yy


def citable_from(parts: KeyParts) -> dt.date | None:
    """The earliest date a text can cite what ``parts`` names: the signature of
    a treaty, the year of a document, act, case or OJ issue; None when unknown
    (EP Rules are dated by their versions; consolidated texts by their base act)."""
    if parts.type == "treaty":
        dates = _data("treaties.toml")["citable_from"]
        code = str(parts.instrument)
        value = dates.get("PROTOCOL" if _protocol_number(code) is not None else code)
        return value if isinstance(value, dt.date) else None
    if parts.type == "case":
        if parts.ecli is not None:
            return dt.date(int(parts.ecli.split(":")[3]), 1, 1)
        return dt.date(case_year(str(parts.issue)), 1, 1)
    if parts.type == "eu_act":
        celex = str(parts.celex)
        # Sectors 1 and 0 carry the year of a consolidation, not of the act.
        return dt.date(int(celex[1:5]), 1, 1) if celex[0] not in "01" else None
    if parts.type in ("ep_doc", "com_doc", "procedure", "oj") and parts.year:
        return dt.date(int(parts.year), 1, 1)
    return None


def anachronism_reason(parts: KeyParts, date: dt.date | None) -> str | None:
    """Why a text dated ``date`` cannot cite ``parts`` (it did not exist yet), or None."""
    first = citable_from(parts)
    if date is None or first is None or date >= first:
        return None
    return (
        f"{format_key(parts)} did not exist before {first.isoformat()}, "
        f"but the citing text is dated {date.isoformat()}: check the reference or the date"
    )


_RESOLVERS: dict[str, Callable[[_Request], _Built]] = {
    "treaty": _resolve_treaty,
    "instrument": _resolve_instrument,
    "rules": _resolve_rules,
    "eu_act": _resolve_eu_act,
    "com_doc": _resolve_com_doc,
}


# ------------------------------------------------------------------------ labels


def _article_phrase(lang: str, pin: Pin, *, before_abbreviation: bool = False) -> str:
    """ "Article 3(5)", or in the language's own style when its file has a
    ``pin_label`` ("artikel 3, lid 5" in Dutch, "Artikel 3 Absatz 5" in German)."""
    if pin.recital is not None:
        return f"{_word(lang, 'articles', 'recital')} {pin.recital}"
    if pin.annex is not None:
        annex = f"{_word(lang, 'articles', 'annex')} {pin.annex}"
        if not pin.article:
            return annex
        inner = _article_phrase(lang, attrs.evolve(pin, annex=None))
        return f"{annex}, {inner}"
    style = _language_or_english(lang).articles.get("pin_label") or label_data(lang).get(
        "pin_label"
    )
    if not style or pin.article_end is not None:
        return f"{_word(lang, 'articles', 'article')} {pin}"
    phrase = str(style["article"]).format(pin.article)
    if pin.paragraph is not None:
        phrase += str(style["paragraph"]).format(pin.paragraph)
    for point in pin.points:
        phrase += str(style["point"]).format(point)
    if before_abbreviation and (pin.paragraph is not None or pin.points):
        phrase += str(style.get("before_abbreviation", ""))
    return phrase


def _strip_determiner(lang: str, name: str) -> str:
    """ "het Reglement van …" → "Reglement van …", so that "van het" is not doubled."""
    language = _language_or_english(lang)
    for determiner in language.articles.get("determiners", []):
        if name.lower().startswith(determiner.lower() + " "):
            return name[len(determiner) + 1 :]
    return name


def make_label(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    """A human-readable label such as "Article 3(5) TEU" in ``lang`` (English
    fallback); ``date`` picks the treaty's name of the time ("Article 177 EEC")."""
    if parts.type == "treaty":
        label = _label_treaty(parts, lang, date)
    elif parts.type == "eu_act":
        label = _label_eu_act(parts, lang, date)
    else:
        label = _labeler(parts.type)(parts, lang)
    return label[:1].upper() + label[1:]


def label_data(lang: str) -> Mapping[str, Any]:
    """The label words of ``lang`` in ``data/labels.toml`` (English where it has none)."""
    table = _data("labels.toml")
    if lang not in available_languages():
        # Without the language file the article words are English: so is the rest.
        return table["en"]  # type: ignore[no-any-return]
    return table.get(lang) or table["en"]  # type: ignore[no-any-return]


def _label_field(lang: str, field: str, default: str = "") -> str:
    value = label_data(lang).get(field)
    if value is None:
        value = label_data("en").get(field, default)
    return str(value)


def _label_named(parts: KeyParts, lang: str) -> str:
    code = str(parts.instrument)
    entry: Mapping[str, Any] = label_data(lang).get(code, {})
    field = f"instruments.{code}"
    abbreviation = entry.get("abbreviation") or _word(lang, "", f"{field}.abbreviations")
    name = (
        entry.get("name")
        or _word(lang, "", f"{field}.names")
        or str(instruments().get(code, {}).get("title", code))
    )
    if parts.pin is None:
        return str(name)
    if abbreviation:
        return _with_abbreviation(lang, parts.pin, str(abbreviation))
    return _name_then_article(lang, str(name), _article_phrase(lang, parts.pin))


def _with_abbreviation(lang: str, pin: Pin, abbreviation: str) -> str:
    """ "Article 3(5) TEU", or with the abbreviation first ("EUSZ 3. cikk")."""
    if label_data(lang).get("abbreviation_first"):
        return f"{abbreviation} {_article_phrase(lang, pin)}"
    return f"{_article_phrase(lang, pin, before_abbreviation=True)} {abbreviation}"


def _label_treaty(parts: KeyParts, lang: str, date: dt.date | None) -> str:
    code = str(parts.instrument)
    number = _protocol_number(code)
    if number is not None:
        name = _label_field(lang, "protocol").format(n=number)
        if parts.pin is None:
            return name
        return _name_then_article(lang, name, _article_phrase(lang, parts.pin))
    if code == "TEC":
        version = treaty_version_at(code, date)
        era = "EEC" if version is not None and version.numbering == "eec" else "TEC"
        if parts.pin is None:
            return str(label_data(lang).get(era, label_data("en")[era])["name"])
        return _old_article_label(lang, era, str(parts.pin), parts.pin)
    return _label_named(parts, lang)


def _old_article_label(lang: str, era: str, article: str, pin: Pin | None = None) -> str:
    """ "Article 177 EEC", "Artikel 234 EG": an article of the EEC or EC Treaty."""
    entry = label_data(lang).get(era) or label_data("en")[era]
    return _with_abbreviation(lang, pin or Pin(article), str(entry["abbreviation"]))


def _name_then_article(lang: str, name: str, article: str) -> str:
    """ "Charter of Fundamental Rights …, Article 11".

    Joining "Article 11" + "of" + name needs the name's grammatical case and
    gender ("des"/"der" in German), which the language files do not record;
    the name-first form is correct in every language.
    """
    return f"{_strip_determiner(lang, name)}, {article}"


def _label_rules(parts: KeyParts, lang: str) -> str:
    named = label_data(lang).get("rules")
    name = (
        str(named) if named else _strip_determiner(lang, _word(lang, "rules", "names", "longest"))
    )
    if parts.pin is None:
        return name
    # Only English and Irish have a word of their own for a Rule; other
    # languages cite Rules as articles ("artikel 144 van het Reglement").
    language = _language_or_english(lang)
    words = [w for w in language.section("rules").get("words", []) if "*" not in w]
    rule = words and _is_article(parts.pin)  # an annex is not a Rule
    phrase = f"{words[0]} {parts.pin}" if rule else _article_phrase(lang, parts.pin)
    return _name_then_article(lang, name, phrase)


def _act_year(year: int) -> str:
    """Act numbers before 1999 write the year with two digits ("88/576/EEC")."""
    return f"{year % 100:02d}" if year < 1999 else str(year)


def _period_domain(lang: str, year: int) -> str | None:
    """The domain of an act number by period (EEC, EC, EU in ``lang``); None in
    1993 and 2009, the years the domain changed in the course of."""
    domains = label_data(lang).get("domains") or label_data("en")["domains"]
    if year < 1993:
        return str(domains["EEC"])
    if 1993 < year < 2009:
        return str(domains["EC"])
    if year > 2009:
        return str(domains["EU"])
    return None


def _act_number_label(lang: str, celex: str) -> str | None:
    """ "Directive 2011/83/EU", "Richtlijn 88/576/EEG", "Beschluss 2020/1999",
    "Regulation No 1049/2001" for a sector-3 CELEX of a regulation, directive or
    decision; None for anything else.

    Since 2015 acts are numbered "year/number"; before, directives and
    decisions "year/number/domain" and regulations "No number/year", with
    two-digit years before 1999. The domain of a directive follows from its
    year (EEC, EC, EU); that of a regulation or decision may be another (CFSP,
    JHA, Euratom), which the CELEX does not say, so it is left out.
    """
    kind = {"R": "regulation", "L": "directive", "D": "decision"}.get(celex[5:6])
    if kind is None or not regex.fullmatch(r"3\d{4}[RLD]\d{4}", celex):
        return None
    year, number = int(celex[1:5]), int(celex[6:10])
    data = label_data(lang)
    word = str(data.get(kind) or label_data("en")[kind])
    if kind == "decision" and year < lisbon_date().year + 1:
        word = str(data.get("decision_before_lisbon", word))
    if year >= int(identifiers()["new_act_numbering_year"]):
        numbered = f"{year}/{number}"
    elif kind == "regulation":
        number_word = str(data.get("number", "No"))
        numbered = f"{number_word} {number}/{_act_year(year)}".strip()
    else:
        domain = _period_domain(lang, year) if kind == "directive" else None
        numbered = f"{_act_year(year)}/{number}" + (f"/{domain}" if domain else "")
    if data.get("act_order") == "number_first":
        return f"{numbered} {word}"
    return f"{word} {numbered}"


def _treaty_article_of_celex(celex: str) -> KeyParts | None:
    """ "12016M002" → TEU:2: a sector-1 article CELEX of a listed treaty version."""
    match = regex.fullmatch(r"(1\d{4}[A-Z])(\d{3})", celex)
    if match is None or int(match[2]) == 0:
        return None
    for code in _data("treaties.toml")["versions"]:
        if any(v.celex == match[1] for v in treaty_versions(code)):
            return KeyParts("treaty", code, Pin(str(int(match[2]))))
    for code, entry in instruments().items():  # the Charter, Euratom: one text each
        if entry.get("celex_article") == match[1]:
            return KeyParts("treaty", code, Pin(str(int(match[2]))))
    return None


def _label_eu_act(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    celex = str(parts.celex)
    treaty = _treaty_article_of_celex(celex)
    if treaty is not None and parts.pin is None:
        starts = [
            v.start for v in treaty_versions(str(treaty.instrument)) if celex.startswith(v.celex)
        ]
        return make_label(treaty, lang, starts[0] if starts else None)
    label = _act_number_label(lang, celex) or _document_of_celex(lang, celex) or f"CELEX {celex}"
    if parts.pin is None:
        return label
    return _name_then_article(lang, label, _article_phrase(lang, parts.pin))


# A judgment, order or opinion of a case: 6 + year + court letter + document
# type + number ("62018CJ0311" is a document of Case C-311/18); a Commission
# document: 5 + year + PC/DC (COM), SC (SWD) or JC (JOIN) + number.
_CASE_CELEX = regex.compile(r"6(\d{4})([CTF])[A-Z](\d{4})")
_COM_CELEX = regex.compile(r"5(\d{4})(PC|DC|SC|JC)(\d{4})")


def _document_of_celex(lang: str, celex: str) -> str | None:
    """The label of the case or Commission document a CELEX number belongs to."""
    case = _CASE_CELEX.fullmatch(celex)
    if case is not None and int(case[3]) > 0:
        year = int(case[1])
        parts = KeyParts(
            "case", series=case[2], number=str(int(case[3])), issue=f"{year % 100:02d}"
        )
        return make_label(parts, lang)
    com = _COM_CELEX.fullmatch(celex)
    if com is not None and int(com[3]) > 0:
        doc = {"PC": "COM", "DC": "COM", "SC": "SWD", "JC": "JOIN"}[com[2]]
        return make_label(
            KeyParts("com_doc", doc=doc, year=int(com[1]), number=str(int(com[3]))), lang
        )
    return None


_LABELS: dict[str, Callable[[KeyParts, str], str]] = {
    "instrument": _label_named,
    "rules": _label_rules,
    "com_doc": lambda parts, lang: f"{parts.doc}({parts.year}) {parts.number}",
}
