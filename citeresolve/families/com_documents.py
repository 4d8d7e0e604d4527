"""Commission documents: COM(2021) 206 final, COM/2012/0150, SWD(2014) 271, JOIN(2020) 5;
older texts in many languages write "KOM(2010)0573", Maltese "KUMM(2010) 49" for COM
(the words per type are in data/identifiers.toml, [com_document_words])."""

from __future__ import annotations

import datetime as dt
import functools
import re

import regex

from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.toolkit import Built, Link, Request, identifiers, url, year_start
from ..text.scan import matches_from, occurrences


@functools.cache
def _doc_types() -> dict[str, str]:
    """How a document type is written ("KOM", "KUMM") -> the type of its key ("COM")."""
    return {w: doc for doc, words in identifiers()["com_document_words"].items() for w in words}


@functools.cache
def _pattern() -> regex.Pattern[str]:
    # EP texts pad the number to four digits ("COM(2017)0835") and may glue the
    # procedure number to it, so the number is at most four digits. A slash and digits
    # after the number make it another document's: fi "COM(2009) 83/01" is the OJ
    # notice 2009/C 83/01 written in COM form (round 4 gold leaves it out).
    # A year of the last century may have two digits ("COM(97) 49 def.", "/* COM/97/0049
    # DEF - SYN 97/0067 */"), from identifiers.toml short_year_first on.
    words = "|".join(sorted((regex.escape(w) for w in _doc_types()), key=len, reverse=True))
    year = rf"(?:19|20)\d{{2}}|{short_years()}"
    return deferred_pattern(
        rf"""(?<![A-Za-z])(?P<doc>{words})(?:-?\s?(?:{_number_words()}))?\s?
            (?:\(\s?(?P<year>{year}|{_this_century()})\s?\)|/(?P<year2>{year})/)
            \s?(?P<number>\d{{1,4}}+)(?!/\d)
            {_final()}""",
        regex.VERBOSE,
    )


@functools.cache
def _number_words() -> str:
    """The number word a document word may carry before its year (da "KOM-nr. (2024) 132",
    de "KOM-Nr.", en "COM No"): identifiers.toml com_document_number_words."""
    words = sorted(identifiers()["com_document_number_words"], key=len, reverse=True)
    return "|".join(regex.escape(w) for w in words)


def short_years() -> str:
    """Two-digit years from short_year_first to 99, as a pattern ("[5-9]\\d")."""
    tens, units = divmod(int(identifiers()["short_year_first"]), 10)
    whole = tens + 1 if units else tens  # the first ten whose every year is read
    parts = [f"{tens}[{units}-9]"] if units else []
    parts += [f"[{whole}-9]\\d"] if whole <= 9 else []
    return "|".join(parts) or "(?!)"


def _this_century() -> str:
    """Two-digit years from 00 to short_year_last_2000s, as a pattern ("[01]\\d|2[0-9]"):
    in a COM-family bracket only ("COM(16) 852")."""
    tens, units = divmod(int(identifiers()["short_year_last_2000s"]), 10)
    parts = [f"[0-{tens - 1}]\\d"] if tens else []
    return "|".join([*parts, f"{tens}[0-{units}]"])


def full_year(written: str) -> int:
    """The year a document number gives, "97" -> 1997, "16" -> 2016 (two digits from
    short_year_first are the last century's, lower ones this century's)."""
    if len(written) != 2:
        return int(written)
    return int(written) + (1900 if int(written) >= identifiers()["short_year_first"] else 2000)


@functools.cache
def _final() -> str:
    """The optional word "final" after a number, in every language and case, a trailing
    dot optional ("def.", "DEF"): identifiers.toml com_document_finals."""
    words = sorted(identifiers()["com_document_finals"], key=len, reverse=True)
    forms = "|".join(
        regex.escape(w[:-1]) + r"\.?" if w.endswith(".") else regex.escape(w) for w in words
    )
    return rf"(?i:\s?(?:{forms})(?!\w))?"


def _starts(view: str) -> list[int]:
    """Where a match of _pattern() may start: at its document word, which a literal
    search finds faster than the regex engine tries the pattern (tests/test_scan.py
    checks)."""
    words = _word_scan()
    if words is None:
        return [i for word in _doc_types() for i in occurrences(view, word)]
    return [m.start() for m in words.finditer(view)]


@functools.cache
def _word_scan() -> re.Pattern[str] | None:
    """Every document word in one pass of the standard library's engine (a plain
    alternation of literals: a third less than a ``str.find`` pass per word); None
    when one word's occurrence may overlap another's, which one pass would miss."""
    words = sorted(_doc_types(), key=len, reverse=True)
    for a in words:
        for offset in range(1, len(a)):
            rest = a[offset:]
            if any(b.startswith(rest) or rest.startswith(b) for b in words):
                return None
    return re.compile("|".join(re.escape(w) for w in words))


# More numbers of the same year after a document number, separated by commas: pl
# "COM(2025) 51, 52, 54 (art. 151 …)", a proposal's cover line "{SWD(2022) 345, 542,
# 545}". Each stands before a comma, a bracket, a semicolon or the line's end, or the
# full stop that ends the sentence (pl "COM(2018) 91, 133, 136, 250, 251. Czy …"), never
# before a word or a date ("COM(2020) 66, 10 March", "COM(2019) 640, 11.12.2019", de
# "KOM(2020) 66, 10. März 2020").
@functools.cache
def _listed() -> regex.Pattern[str]:
    return deferred_pattern(
        rf"\s?,[ \t]?(?P<number>\d{{1,4}})(?![\d/]|\.\d){_final()}"
        r"(?=[ \t]*(?:[,;()\[\]{}]|\n|$)"
        r"|(?P<stop>\.)(?:[ \t]*(?:\n|$)|[ \t]+\p{Lu}(?![^\n]{0,16}?(?<!\d)(?:19|20)\d\d(?!\d))))"
    )


def _label_form(view: str, m: regex.Match[str]) -> bool:
    """Whether a document word not in capitals stands as in a parliament's label ("kom
    (2019) 0087"), an old translation's note (ga "[Com (83) 217 críochnaitheach]") or a
    lower-cased site title (bg "com(2007) 823 окончателен"): a space before its bracketed
    year or after it, not inside an address after a slash or a dot ("kom(2020)0270/",
    "site.com (2007)")."""
    spaced = view.startswith(" (", m.end("doc")) or (
        m["year"] is not None and view[m.start("number") - 1].isspace()
    )
    return spaced and view[max(0, m.start() - 1) : m.start()] not in ("/", ".", "@")


def parse(view: str) -> list[Candidate]:
    found = []
    for m in matches_from(_pattern(), view, _starts(view)):
        if not m["doc"].isupper() and not _label_form(view, m):
            continue
        doc, year = _doc_types()[m["doc"]], full_year(m["year"] or m["year2"])
        items = [(m["number"], m.start(), m.end())]
        item = _listed().match(view, m.end())
        # After "final" a number before the full stop is a page: "COM(2019) 640 final, 11."
        final = m.end() > m.end("number")
        while item is not None and not (final and item["stop"]):
            items.append((item["number"], item.start("number"), item.end()))
            item = _listed().match(view, item.end())
        for number_text, start, end in items:
            number = int(number_text)
            if number == 0:
                continue
            parts = KeyParts(type="com_doc", doc=doc, year=year, number=str(number))
            found.append(Candidate(parts, start, end))
    return found


# ------------------------------------------------------------------ the family

_KEY = lazy_pattern(r"(?P<doc>COM|SWD|JOIN)\((?P<year>\d{4})\)(?P<number>[1-9]\d{0,4})")


def format_key(parts: KeyParts) -> str:
    return f"{parts.doc}({parts.year}){parts.number}"


# ------------------------------------------------------------- resolve and label


def com_document_celexes(parts: KeyParts) -> list[str]:
    """Candidate CELEX numbers of a COM/SWD/JOIN key, most likely first."""
    descriptors = identifiers()["com_documents"][str(parts.doc)]
    return [f"5{parts.year}{d}{int(str(parts.number)):04d}" for d in descriptors]


def resolve(req: Request) -> Built:
    """COM and SWD documents link by their own number (``?uri=COM:2019:640:FIN``),
    which is right for every document type; their CELEX depends on the type (a
    COM proposal is PC, a communication or report DC) and is given only where
    it is certain: SWD has one descriptor, a COM document only when its text
    says it is a proposal (or gives its procedure). JOIN documents link by
    their CELEX (one descriptor, JC): their by-number form is barely attested."""
    parts = req.parts
    fields = {"LANG": req.LANG, "doc": parts.doc, "year": parts.year, "number": parts.number}
    by_number = url("eurlex_com", **fields)
    pdf = Link("pdf", url("eurlex_com_pdf", **fields))
    candidates = com_document_celexes(parts)
    certain = len(candidates) == 1 or req.act_kind == "proposal"
    celex = candidates[0] if certain else None
    if celex is None:
        return Built(by_number, (pdf,), None)
    celex_url = url("eurlex_celex", LANG=req.LANG, celex=celex)
    if parts.doc in identifiers()["com_by_celex"]:
        return Built(celex_url, (Link("by_number", by_number), pdf), celex)
    return Built(by_number, (Link("eur-lex", celex_url), pdf), celex)


def label(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    """ "COM(2021) 206": the form the Commission prints, in every language."""
    return f"{parts.doc}({parts.year}) {parts.number}"


FAMILY = register(
    Family(
        "com_doc",
        format_key,
        pattern_parser("com_doc", _KEY),
        find=parse,
        resolve=resolve,
        label=label,
        citable_from=year_start,
        online_check="com_doc",
        key_prefixes=("COM(", "SWD(", "JOIN("),
        title="Commission document",
        key_example="COM(2021)206",
    )
)
