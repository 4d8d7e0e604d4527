"""Resolver and label of EU acts by CELEX (``CELEX:32016R0679:17(1)``): EUR-Lex
and ELI links (the ELI type only where it is certain), and labels that write the
act number as the Official Journal does ("Directive 2011/83/EU", "Regulation
(EEC) No 1408/71"), or name the treaty article, case or Commission document a
CELEX belongs to. Registered by :mod:`citeresolve.families.eu_acts`.
"""

from __future__ import annotations

import datetime as dt

from ..knowledge.lazy_patterns import lazy_pattern
from ..model.keys import KeyParts
from .labels import article_phrase, make_label, name_then_article
from .toolkit import Built as _Built
from .toolkit import Link, check_pin, identifiers, label_data
from .toolkit import Request as _Request
from .toolkit import url as _url
from .treaties import lisbon_date, treaty_article_of_celex, treaty_versions

# The CELEX number of an act (sector 3) of a kind ELI types: a regulation, directive or
# decision; of a regulation or decision alone.
_ACT_CELEX = lazy_pattern(r"3\d{4}[RLD]\d{4}")
_REGULATION_OR_DECISION_CELEX = lazy_pattern(r"3\d{4}[RD]\d{4}")


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
    if celex[0] != "3" or base is None or not _ACT_CELEX.fullmatch(celex):
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


def resolve_eu_act(req: _Request) -> _Built:
    celex = str(req.parts.celex)
    typedoc = eli_typedoc(celex, req.act_kind)
    eli = eli_of_celex(celex, req.act_kind)
    alternatives = [Link("pdf", _url("eurlex_celex_pdf", LANG=req.LANG, celex=celex))]
    if eli:
        alternatives.insert(0, Link("eli", eli))
    elif _REGULATION_OR_DECISION_CELEX.fullmatch(celex):
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
        check_pin(pin, f"CELEX {celex}", None)
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


def act_citable_from(parts: KeyParts) -> dt.date | None:
    """1 January of the act's year (sectors 1 and 0 carry the year of a
    consolidation, not of the act: not known)."""
    celex = str(parts.celex)
    return dt.date(int(celex[1:5]), 1, 1) if celex[0] not in "01" else None


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
    if kind is None or not _ACT_CELEX.fullmatch(celex):
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


def label_eu_act(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    celex = str(parts.celex)
    treaty = treaty_article_of_celex(celex)
    if treaty is not None and parts.pin is None:
        starts = [
            v.start for v in treaty_versions(str(treaty.instrument)) if celex.startswith(v.celex)
        ]
        return make_label(treaty, lang, starts[0] if starts else None)
    label = _act_number_label(lang, celex) or _document_of_celex(lang, celex) or f"CELEX {celex}"
    if parts.pin is None:
        return label
    return name_then_article(lang, label, article_phrase(lang, parts.pin))


# A judgment, order or opinion of a case: 6 + year + court letter + document
# type + number ("62018CJ0311" is a document of Case C-311/18); a Commission
# document: 5 + year + PC/DC (COM), SC (SWD) or JC (JOIN) + number.
_CASE_CELEX = lazy_pattern(r"6(\d{4})([CTF])[A-Z](\d{4})")
_COM_CELEX = lazy_pattern(r"5(\d{4})(PC|DC|SC|JC)(\d{4})")


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
