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
import tomllib
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, Literal

import regex
from attrs import frozen

from ..errors import InvalidDateError, LanguageDataError, UnknownLanguageError
from ..knowledge.lang import EU_LANGUAGES, Language, available_languages, load
from ..knowledge.registry import instruments
from ..model.citation import Citation
from ..model.family import family
from ..model.keys import KeyParts, Pin, parse_key

Status = Literal["ok", "invalid", "unknown"]
STATUSES: tuple[Status, ...] = ("ok", "invalid", "unknown")


@frozen
class Link:
    """One URL with what it points at: ``eli``, ``pdf``, ``instrument``, ``curia`` …"""

    kind: str
    url: str


@frozen
class Resolution:
    """What a key resolves to.  ``status`` is one of:

    * ``ok`` — ``url`` is built from verified or documented URL schemes;
    * ``invalid`` — the key cannot name a real document; ``reason`` says why
      and ``url`` is ``None``;
    * ``unknown`` — the key may be right but no URL scheme is known for it
      (EP documents of terms 1–4, Rules cited before the first listed
      version); ``reason`` says why.

    ``warnings`` carry caveats that do not change the status (a Rule resolved
    against today's version for lack of a date, an online check that failed).
    ``title`` and ``exists`` are only set by the online layer.
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

    @property
    def ok(self) -> bool:
        return self.status == "ok"

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
        }
        record.update({k: v for k, v in optional.items() if v is not None})
        if self.alternatives:
            record["alternatives"] = [{"kind": a.kind, "url": a.url} for a in self.alternatives]
        if self.warnings:
            record["warnings"] = list(self.warnings)
        return record


# --------------------------------------------------------------------------- data


@functools.cache
def _data(name: str) -> dict[str, Any]:
    path = resources.files("citeresolve") / "data" / name
    with path.open("rb") as fh:
        return tomllib.load(fh)


def url_template(name: str) -> str:
    """The URL template ``name`` of ``data/urls.toml`` (shared with the online layer)."""
    return str(_data("urls.toml")[name]["template"])


def _url(name: str, **fields: object) -> str:
    return url_template(name).format(**fields)


def identifiers() -> dict[str, Any]:
    """The lookup tables of ``data/identifiers.toml``."""
    return _data("identifiers.toml")


@frozen
class RulesVersion:
    """One consolidated version of the EP Rules of Procedure."""

    term: int
    date: dt.date
    index: str


@functools.cache
def rules_versions() -> tuple[RulesVersion, ...]:
    """Every listed version of the EP Rules, oldest first."""
    rows = _data("ep_rules.toml")["versions"]
    versions = [RulesVersion(int(r["term"]), r["date"], str(r["index"])) for r in rows]
    return tuple(sorted(versions, key=lambda v: v.date))


def rules_version_at(date: dt.date | None) -> RulesVersion | None:
    """The version of the Rules in force on ``date`` (the latest one when ``date`` is None)."""
    versions = rules_versions()
    if date is None:
        return versions[-1]
    in_force = [v for v in versions if v.date <= date]
    return in_force[-1] if in_force else None


# ------------------------------------------------------------------ the resolver


class _Invalid(Exception):
    """Raised inside a type resolver: the key cannot name a real document."""


class _Unknown(Exception):
    """Raised inside a type resolver: no URL scheme is known for this key."""


@frozen
class _Request:
    key: str
    parts: KeyParts
    lang: str
    date: dt.date | None

    @property
    def LANG(self) -> str:
        return self.lang.upper()

    @property
    def LANG3(self) -> str:
        return str(identifiers()["cellar_languages"][self.lang])


@frozen
class _Built:
    """What a type resolver returns on success."""

    url: str | None
    alternatives: tuple[Link, ...] = ()
    celex: str | None = None
    eli: str | None = None
    warnings: tuple[str, ...] = ()


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
    the version of the EP Rules and rules out impossible references.
    Raises :class:`InvalidKeyError` for a string that is not a key,
    :class:`UnknownLanguageError` and :class:`InvalidDateError` for bad arguments.
    """
    if isinstance(citation_or_key, Citation):
        key, parts = citation_or_key.key, citation_or_key.parts
    else:
        key, parts = citation_or_key, parse_key(citation_or_key)
    request = _Request(key, parts, _check_lang(lang), _check_date(date))
    label = make_label(parts, request.lang)
    try:
        built = _resolver(parts.type)(request)
    except _Invalid as exc:
        return Resolution(key, parts.type, "invalid", label, request.lang, reason=str(exc))
    except _Unknown as exc:
        return Resolution(key, parts.type, "unknown", label, request.lang, reason=str(exc))
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


def _check_date(date: dt.date | str | None) -> dt.date | None:
    if date is None or (isinstance(date, dt.date) and not isinstance(date, dt.datetime)):
        return date
    if isinstance(date, dt.datetime):
        return date.date()
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise InvalidDateError(f"not a date: {date!r} (expected YYYY-MM-DD)") from None


_LEADING_DIGITS = regex.compile(r"\d+")


def _article_number(article: str) -> int:
    match = _LEADING_DIGITS.match(article)
    assert match is not None  # the key grammar guarantees leading digits
    return int(match.group())


def _check_pin(pin: Pin, code: str, count: int | None) -> None:
    """Reject articles that the instrument cannot have."""
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


def _resolve_treaty(req: _Request) -> _Built:
    code = str(req.parts.instrument)
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
    if not pin.article.isdigit():
        # Article-level CELEX numbers are treaty CELEX + 3 digits; no form is
        # known for inserted articles ("106a"), so link the whole text.
        note = f"no article-level CELEX is known for Article {pin.article}; linked the whole {code}"
        return _Built(whole_url, (), celex=entry["celex"], eli=whole_eli, warnings=(note,))
    celex = f"{entry['celex_article']}{int(pin.article):03d}"
    eli = None
    if whole_eli:
        eli = _url("eli_treaty_article", eli=entry["eli"], article=int(pin.article))
    alternatives = [Link("instrument", whole_url)]
    if eli:
        alternatives.insert(0, Link("eli", eli))
    return _Built(_url("eurlex_celex", LANG=req.LANG, celex=celex), tuple(alternatives), celex, eli)


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
    _check_pin(pin, "Rules of Procedure", None)
    width = int(_data("ep_rules.toml")["rule_number_width"])
    digits = _article_number(pin.article)
    rule = f"{digits:0{width}d}" + pin.article[len(str(digits)) :]
    url = _url("doceo_rule", rule=rule, **fields)
    return _Built(url, (Link("index", index),), warnings=warnings)


# --- Official Journal


def _resolve_oj(req: _Request) -> _Built:
    parts = req.parts
    oj = identifiers()["official_journal"]
    year = int(parts.year or 0)
    series = str(parts.series)
    if parts.number is not None:  # act-by-act, since 1 October 2023
        if year < oj["act_by_act_first_year"]:
            raise _Invalid(f"act-by-act OJ numbers start in October 2023, not {year}")
        if req.date is not None and req.date < dt.date(2023, 10, 1):
            raise _Invalid(f"a text dated {req.date} cannot cite the act-by-act OJ (Oct 2023)")
        number = int(parts.number)
        if number == 0:
            raise _Invalid("OJ act number 0 does not exist")
        url = _url("eurlex_oj_act", LANG=req.LANG, series=series, year=year, number=f"{number:05d}")
        # The L-series ELI names the act type (reg, dir …), which the OJ
        # reference does not give; the C series has its own ELI.
        eli = _url("eli_oj_c", year=year, number=number) if series == "C" else None
        return _Built(url, (Link("eli", eli),) if eli else (), eli=eli)
    first, last = oj["classic_first_year"], oj["classic_last_year"]
    if not first <= year <= last:
        raise _Invalid(f"classic OJ issues run {first}–{last}, not {year}")
    issue = str(parts.issue)
    digits, subseries = issue.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), issue.lstrip("0123456789")
    if int(digits) == 0:
        raise _Invalid("OJ issue 0 does not exist")
    if subseries:
        rule = oj["subseries"].get(subseries)
        if rule is None:
            raise _Invalid(f"unknown OJ subseries {series} …{subseries}")
        if series not in rule["series"] or not (rule["first_year"] <= year <= rule["last_year"]):
            raise _Invalid(
                f"OJ {series} …{subseries} did not exist in {year} "
                f"({'/'.join(rule['series'])}, {rule['first_year']}–{rule['last_year']})"
            )
    if parts.page == 0:
        raise _Invalid("OJ page 0 does not exist")
    url = _url("eurlex_oj_issue", LANG=req.LANG, series=series, year=year, issue=issue)
    alternatives: tuple[Link, ...] = ()
    if parts.page is not None:
        # The document that starts at the cited page, if one does: a page inside
        # a document has no address of its own (the online layer can tell).
        document = _url(
            "eurlex_oj_document",
            LANG=req.LANG,
            LANG3=req.LANG3,
            subseries=f"{series}{subseries or '_'}",
            year=year,
            issue=f"{int(digits):03d}",
            page=f"{parts.page:04d}",
        )
        alternatives = (Link("document_at_page", document),)
    return _Built(url, alternatives)


# --- European Parliament


def _term_row(term: int) -> Mapping[str, Any]:
    row = identifiers()["ep_terms"].get(str(term))
    if row is None:
        known = ", ".join(identifiers()["ep_terms"])
        raise _Invalid(f"there is no EP term {term} (known terms: {known})")
    return row  # type: ignore[no-any-return]


def _resolve_ep_doc(req: _Request) -> _Built:
    parts = req.parts
    term, year = int(parts.term or 0), int(parts.year or 0)
    row = _term_row(term)
    if not row["first_year"] <= year <= row["last_year"]:
        raise _Invalid(
            f"EP term {term} ran {row['first_year']}–{row['last_year']}; "
            f"a document of {year} cannot carry it"
        )
    if int(str(parts.number)) == 0:
        raise _Invalid("EP document number 0000 does not exist")
    if not row["doceo"]:
        raise _Unknown(f"doceo is not known to hold documents of EP term {term}")
    fields = {"doc": parts.doc, "term": term, "year": year, "number": parts.number}
    url = _url("doceo_document", LANG=req.LANG, **fields)
    return _Built(url, (Link("pdf", _url("doceo_document_pdf", LANG=req.LANG, **fields)),))


def procedure_reference(parts: KeyParts) -> str:
    """The OEIL reference of a procedure key: ``2022/2505(RSP)``."""
    return f"{parts.year}/{parts.number}{parts.suffix or ''}({parts.proc_type})"


def _resolve_procedure(req: _Request) -> _Built:
    parts = req.parts
    types = identifiers()["procedure_types"]
    if parts.proc_type not in types:
        raise _Invalid(f"unknown procedure type {parts.proc_type!r} (known: {', '.join(types)})")
    if int(str(parts.number)) == 0:
        raise _Invalid("procedure number 0000 does not exist")
    languages = identifiers()["oeil"]["languages"]
    lang = req.lang if req.lang in languages else languages[0]
    return _Built(_url("oeil_procedure", lang=lang, reference=procedure_reference(parts)))


# --- EU acts, Commission documents


def eli_of_celex(celex: str) -> str | None:
    """The ELI of a sector-3 regulation, directive or decision; None for anything else."""
    typedoc = identifiers()["eli_typedoc"].get(celex[5:6])
    if celex[0] != "3" or typedoc is None or len(celex) != 10:
        return None
    return _url("eli_act", typedoc=typedoc, year=celex[1:5], number=int(celex[6:10]))


def _resolve_eu_act(req: _Request) -> _Built:
    celex = str(req.parts.celex)
    eli = eli_of_celex(celex)
    alternatives = [Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=celex))]
    if eli:
        alternatives.insert(0, Link("eli", eli))
    pin = req.parts.pin
    if pin is not None:
        _check_pin(pin, f"CELEX {celex}", None)
        if eli and pin.article_end is None:
            article = _url(
                "eli_act_article",
                typedoc=identifiers()["eli_typedoc"][celex[5]],
                year=celex[1:5],
                number=int(celex[6:10]),
                article=pin.article,
            )
            alternatives.insert(0, Link("eli_article", article))
    url = _url("eurlex_celex", LANG=req.LANG, celex=celex)
    return _Built(url, tuple(alternatives), celex=celex, eli=eli)


def com_document_celexes(parts: KeyParts) -> list[str]:
    """Candidate CELEX numbers of a COM/SWD/JOIN key, most likely first."""
    descriptors = identifiers()["com_documents"][str(parts.doc)]
    return [f"5{parts.year}{d}{int(str(parts.number)):04d}" for d in descriptors]


def _resolve_com_doc(req: _Request) -> _Built:
    primary, *others = com_document_celexes(req.parts)
    alternatives = [Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=primary))]
    alternatives += [Link("eur-lex", _url("eurlex_celex", LANG=req.LANG, celex=c)) for c in others]
    return _Built(_url("eurlex_celex", LANG=req.LANG, celex=primary), tuple(alternatives), primary)


# --- CJEU


def _court(letter: str) -> Mapping[str, Any]:
    return identifiers()["courts"][letter]  # type: ignore[no-any-return]


def _check_court_year(letter: str, year: int) -> None:
    court = _court(letter)
    first, last = court["first_year"], court.get("last_year")
    if year < first or (last is not None and year > last):
        span = f"{first}–{last}" if last else f"since {first}"
        raise _Invalid(f"the {court['name']} ({letter}) sat {span}, not in {year}")


def case_year(two_digit_year: str) -> int:
    """The four-digit year of a case number's ``/yy``."""
    yy = int(two_digit_year)
    pivot = int(identifiers()["courts"]["century_pivot"])
    return 2000 + yy if yy < pivot else 1900 + yy


def _resolve_case(req: _Request) -> _Built:
    parts = req.parts
    if parts.ecli is not None:
        _, _, court, ecli_year, ordinal = parts.ecli.split(":")
        _check_court_year(court, int(ecli_year))
        if int(ordinal) == 0:
            raise _Invalid("ECLI ordinal 0 does not exist")
        return _Built(_url("eurlex_ecli", LANG=req.LANG, ecli=parts.ecli))
    court, year = str(parts.series), case_year(str(parts.issue))
    _check_court_year(court, year)
    number = int(str(parts.number))
    if number == 0:
        raise _Invalid("case number 0 does not exist")
    # The curia page lists every document of the case (a case may close by
    # order, or still be pending), so it is the primary URL; the judgment's
    # CELEX is the usual EUR-Lex document.
    judgment = f"6{year}{_court(court)['judgment_descriptor']}{number:04d}"
    curia = _url("curia_case", case=f"{court}-{parts.number}/{parts.issue}", lang=req.lang)
    alternatives = (Link("judgment", _url("eurlex_celex", LANG=req.LANG, celex=judgment)),)
    return _Built(curia, alternatives, celex=judgment)


_RESOLVERS: dict[str, Callable[[_Request], _Built]] = {
    "treaty": _resolve_treaty,
    "instrument": _resolve_instrument,
    "rules": _resolve_rules,
    "oj": _resolve_oj,
    "ep_doc": _resolve_ep_doc,
    "procedure": _resolve_procedure,
    "eu_act": _resolve_eu_act,
    "com_doc": _resolve_com_doc,
    "case": _resolve_case,
}


# ------------------------------------------------------------------------ labels


def _language_or_english(lang: str) -> Language:
    if lang in available_languages():
        try:
            return load(lang)
        except LanguageDataError:
            pass  # a file being written may be incomplete: English labels are better than none
    return load("en")


def _word(lang: str, section: str, field: str, choose: str = "first") -> str:
    """A plain word from a language file's phrase list, falling back to English.

    Only fields documented in ``data/lang/README.md`` are read; phrases with a
    ``*`` wildcard are patterns, not words, and are skipped.
    """
    for language in (_language_or_english(lang), load("en")):
        table: Any = language.data if section == "" else language.data.get(section, {})
        for name in field.split("."):
            table = table.get(name, {}) if isinstance(table, Mapping) else {}
        words = [w for w in table if isinstance(w, str) and "*" not in w] if table else []
        if not words:
            continue
        if choose == "shortest":
            return min(words, key=len)
        if choose == "longest":
            return max(words, key=len)
        return words[0]
    return ""


def _article_phrase(lang: str, pin: Pin, *, before_abbreviation: bool = False) -> str:
    """ "Article 3(5)", or in the language's own style when its file has a
    ``pin_label`` ("artikel 3, lid 5" in Dutch, "Artikel 3 Absatz 5" in German)."""
    style = _language_or_english(lang).articles.get("pin_label")
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


def make_label(parts: KeyParts, lang: str) -> str:
    """A human-readable label such as "Article 3(5) TEU" in ``lang`` (English fallback)."""
    label = _labeler(parts.type)(parts, lang)
    return label[:1].upper() + label[1:]


def _label_named(parts: KeyParts, lang: str) -> str:
    code = str(parts.instrument)
    field = f"instruments.{code}"
    abbreviation = _word(lang, "", f"{field}.abbreviations")
    name = _word(lang, "", f"{field}.names") or str(instruments().get(code, {}).get("title", code))
    if parts.pin is None:
        return name
    if abbreviation:
        return f"{_article_phrase(lang, parts.pin, before_abbreviation=True)} {abbreviation}"
    return _name_then_article(lang, name, _article_phrase(lang, parts.pin))


def _name_then_article(lang: str, name: str, article: str) -> str:
    """ "Charter of Fundamental Rights …, Article 11".

    Joining "Article 11" + "of" + name needs the name's grammatical case and
    gender ("des"/"der" in German), which the language files do not record;
    the name-first form is correct in every language.
    """
    return f"{_strip_determiner(lang, name)}, {article}"


def _label_rules(parts: KeyParts, lang: str) -> str:
    name = _strip_determiner(lang, _word(lang, "rules", "names", "longest"))
    if parts.pin is None:
        return name
    # Only English and Irish have a word of their own for a Rule; other
    # languages cite Rules as articles ("artikel 144 van het Reglement").
    language = _language_or_english(lang)
    words = [w for w in language.section("rules").get("words", []) if "*" not in w]
    phrase = f"{words[0]} {parts.pin}" if words else _article_phrase(lang, parts.pin)
    return _name_then_article(lang, name, phrase)


def _label_oj(parts: KeyParts, lang: str) -> str:
    oj = _word(lang, "official_journal", "abbreviations")
    if parts.number is not None:
        return f"{oj} {parts.series}, {parts.year}/{parts.number}"
    issue = str(parts.issue).lstrip("0") or "0"
    label = f"{oj} {parts.series} {issue}, {parts.year}"
    if parts.page is not None:
        label += f", {_word(lang, 'official_journal', 'page')} {parts.page}"
    return label


def _label_ep_doc(parts: KeyParts, lang: str) -> str:
    t, y, n = parts.term, parts.year, parts.number
    if parts.doc == "TA":
        return f"{_word(lang, '', 'texts_adopted')} P{t}_TA({y}){n}"
    if parts.doc == "RC":
        return f"RC-B{t}-{n}/{y}"
    return f"{parts.doc}{t}-{n}/{y}"


def _label_eu_act(parts: KeyParts, lang: str) -> str:
    celex = str(parts.celex)
    act_field = {"R": "regulation", "L": "directive", "D": "decision"}.get(celex[5:6])
    if celex[0] != "3" or act_field is None or len(celex) != 10:
        label = f"CELEX {celex}"
    else:
        year, number = int(celex[1:5]), int(celex[6:10])
        word = _word(lang, "acts", act_field)
        if act_field == "regulation" and year < 2015:
            # Before 2015 regulations were numbered "No 1049/2001".
            label = f"{word} {_word(lang, 'acts', 'number_words')} {number}/{year}"
        else:
            label = f"{word} {year}/{number}"
    if parts.pin is None:
        return label
    return _name_then_article(lang, label, _article_phrase(lang, parts.pin))


def _label_case(parts: KeyParts, lang: str) -> str:
    if parts.ecli is not None:
        return parts.ecli
    return f"{_word(lang, 'cases', 'words')} {parts.series}-{parts.number}/{parts.issue}"


_LABELS: dict[str, Callable[[KeyParts, str], str]] = {
    "treaty": _label_named,
    "instrument": _label_named,
    "rules": _label_rules,
    "oj": _label_oj,
    "ep_doc": _label_ep_doc,
    "procedure": lambda parts, lang: procedure_reference(parts),
    "eu_act": _label_eu_act,
    "com_doc": lambda parts, lang: f"{parts.doc}({parts.year}) {parts.number}",
    "case": _label_case,
}
