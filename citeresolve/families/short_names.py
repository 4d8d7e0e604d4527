"""Where an instrument's name is the definition of a short name, not a citation:
"(TFEU)", "(hereinafter 'Charter of Fundamental Rights')", "(a továbbiakban: EUSZ)",
and after the instrument's own Official Journal reference in the same brackets, "(OJ C
326, 26.10.2012, p. 47; hereinafter TFEU)", pl "(Dz.U. z 2004 r. nr 90, poz. 864/2;
dalej: TFUE)". The markers ("hereinafter", "dalej") are data:
``definition_markers`` of ``data/context_words.toml``.
"""

from __future__ import annotations

import functools
import itertools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import lazy_pattern
from .mentions import ATTACH_ONLY, CITABLE, Mention

QUOTES = frozenset("'\"“”„«»‹›‚")
# "(hereinafter – ES sutartis)", "(a továbbiakban: EUSZ)": a name that closes a
# parenthesis after a dash or colon is the definition of a short name.
_DEFINED_AFTER = lazy_pattern(r"[(\[][^()\[\]\n]{1,30}(?:\s[–—-]|:)\s?$")
_CLOSING = {")": "(", "]": "["}
# An opening quote, perhaps with an article inside it: «ο Χάρτης …», «la Carta».
_QUOTED_ARTICLE = lazy_pattern(
    r"(?:^|[\s(])[" + regex.escape("".join(sorted(QUOTES))) + r"]\s?\p{Ll}{1,3}\s$"  # not "FN’s "
)
# French quotes hold a space: "« TFUE »".
_SPACED_QUOTES = frozenset(q + " " for q in QUOTES) | frozenset(q + "\u00a0" for q in QUOTES)
# How far back a marker after a semicolon or comma is looked for.
_MARKER_REACH = 60


@functools.cache
def _marker_after_separator(lang: str) -> regex.Pattern[str] | None:
    """A definition marker that opens the bracket or its last part, after a semicolon, a
    comma or a dash ("; hereinafter", ", ci-après le", "; dalej:", sl "MP, št. 7/94 – v
    nadaljevanju EKČP"), right before the name: the
    bracket's first part is something else (the name's OJ reference). A marker that
    opens the bracket defines an unquoted name too (sv "(nedan kallat Parisavtalet)",
    en "(hereinafter the Paris Agreement)")."""
    markers = table("context_words.toml").get(lang, {}).get("definition_markers")
    if not markers:
        return None
    return compile_pattern(
        rf"(?:[;,(\[]|\s[-–—])\s*(?:{alternation(markers)})\s*[:,–—-]?\s*(?:\p{{Ll}}{{1,3}}\s)?$"
    )


@functools.cache
def _marker_after_comma(lang: str) -> regex.Pattern[str] | None:
    """A definition marker right after a comma, outside brackets, right before the name:
    ro "…, denumit în continuare TFUE, …", en "…, hereinafter TFEU, …", de "…, im
    Folgenden AEUV, …"."""
    markers = table("context_words.toml").get(lang, {}).get("definition_markers")
    if not markers:
        return None
    return compile_pattern(rf",\s*(?:{alternation(markers)})\s*[:–—-]?\s*$")


# What closes a name defined between commas: the next comma, a semicolon, the
# sentence's end or the bracket the sentence stands in.
_COMMA_NAME_END = lazy_pattern(r"[ \t]*[,;.)]")


def defined_between_commas(view: str, start: int, end: int, lang: str) -> bool:
    """Whether the name at ``start``-``end`` is a short name defined between commas
    after a marker ("…, hereinafter TFEU, …"): a defined short name standing alone is
    no citation (contract: short forms), in brackets or not."""
    marker = _marker_after_comma(lang)
    if marker is None or _COMMA_NAME_END.match(view, end) is None:
        return False
    return marker.search(view, max(0, start - _MARKER_REACH), start) is not None


def _elided(view: str, start: int) -> bool:
    """Whether the apostrophe right before ``start`` ends an elided article glued to a
    letter (fr "l'accord de Paris", it "dell'accordo di Parigi"), not a quote opening a
    defined name ("the 'Charter'", "(« TFUE »)")."""
    return view[start - 1 : start] == "'" and view[start - 2 : start - 1].isalpha()


def _closes(view: str, quote: int) -> bool:
    """Whether the quote mark at ``quote`` closes a quotation: glued to the word or the
    ellipsis before it (sk "na „znenie… ustanovení“ Zmluvy o založení EHS", sl "»besedilo
    določb« Pogodbe o Evropski uniji", pl "„brzmienie przepisów” Traktatu"); the name
    after it and a space is then cited, not a short name the quote opens ("(« TFUE »)")."""
    before = view[quote - 1 : quote]
    return bool(before) and not before.isspace() and before not in "([{" and before not in QUOTES


def defined_short_name(view: str, start: int, end: int, lang: str) -> bool:
    """Whether the name at ``start``-``end`` is defined as a short name there, in
    brackets or quotes ("(TFEU)", "(hereinafter 'Charter of Fundamental Rights')")."""
    if view[start - 1 : start] == "(" and view[end : end + 1] == ")":
        return True
    quoted = view[start - 1 : start] in QUOTES and not _elided(view, start)
    if quoted or (view[start - 2 : start] in _SPACED_QUOTES and not _closes(view, start - 2)):
        return True
    if _QUOTED_ARTICLE.search(view, max(0, start - 7), start) is not None:
        return True
    if defined_between_commas(view, start, end, lang):
        return True
    # A definition in square brackets is one too: pl "(tekst skonsolidowany: Dz. Urz. UE
    # 2016 C 202, s. 47 [dalej: TFUE])".
    closing = view[end : end + 1]
    if closing not in _CLOSING:
        return False
    opening = _CLOSING[closing]
    defined_after = _DEFINED_AFTER.search(view, max(0, start - 40), start)
    if defined_after is not None and defined_after[0][0] == opening:
        return True
    marker = _marker_after_separator(lang)
    if marker is None:
        return False
    # Inside one bracket: its opening within reach, no closing after it.
    opened = view.rfind(opening, max(0, start - _MARKER_REACH), start)
    if opened < 0 or closing in view[opened:start]:
        return False
    return marker.search(view, opened, start) is not None


# A bracket opening a quoted name with words before the name's position, and the quote
# and bracket that close it: "(« Règlement délégué MIF 2»)".
_QUOTED_NAME_OPEN = lazy_pattern(r"\([ \t]?[«“‘„\"'‚‹][ \t]?[^()\n«»“”‘’„\"]{1,60}$")
_QUOTED_NAME_CLOSE = lazy_pattern(r"[ \t]?[»”’\"'›][ \t]?\)")


def tail_of_defined_name(view: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` ends a longer name a text defines in quotes
    in brackets: fr "Règlement délégué (UE) 2017/565 (« Règlement délégué MIF 2 »)"
    defines the delegated regulation, not MiFID II ("MIF 2")."""
    return (
        _QUOTED_NAME_CLOSE.match(view, end) is not None
        and _QUOTED_NAME_OPEN.search(view, max(0, start - 64), start) is not None
    )


# A quote that opens a lower-case word inside a name: "the ‘services’ directive".
_QUOTED_LOWER = lazy_pattern(r"(?:^|\s)[„“”«»‘’‚'\"`]\s?\p{Ll}")
_QUOTE_MARKS = frozenset("„“”«»‘’‚'\"`")  # the pattern's quotes: most names hold none


def quoted_lower(name: str) -> bool:
    """Whether a name holds a quoted word in lower case: a popular name quoted keeps its
    capital (ro "Directiva „Habitate”", en "the ‘Habitats’ Directive"); "the ‘services’
    directive" is a name a document defines for itself, of whatever act it says."""
    return not _QUOTE_MARKS.isdisjoint(name) and _QUOTED_LOWER.search(name) is not None


# An abbreviation as one word: "CDPD", "CNUDPD", "EVRM".
_ABBREVIATION = lazy_pattern(r"[^\W\d_][\w.\-]{1,11}")


def defined_abbreviations_alone(view: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each abbreviation of a registered international instrument
    that the text defined in brackets after the instrument's name ("Convención sobre
    los Derechos de las Personas con Discapacidad (CDPD)") made attach-only where it
    stands alone later ("El propósito de la CDPD es …"): a defined short name standing
    alone is no citation (contract: short forms). An article still takes it ("artículo
    9 de la CDPD"). The Treaties' abbreviations ("TFUE") are their names and stay cited;
    an abbreviation the text never defines ("la CEDH") stays cited too."""
    defined: set[tuple[str, str]] = set()
    out: list[Mention] = []
    for m in mentions:
        surface = view[m.start : m.end]
        if m.type == "instrument" and m.use == CITABLE:
            if (m.code, surface) in defined and _ABBREVIATION.fullmatch(surface):
                m = m._replace(use=ATTACH_ONLY)
            elif surface.endswith(")") and (opened := surface.rfind("(")) > 0:
                defined.add((m.code, surface[opened + 1 : -1].strip()))
        out.append(m)
    return out


# Between an abbreviation and the name that glosses it: spaces on the same line.
_GLOSS_GAP = lazy_pattern(r"[ \t]{1,2}")
# Between a name and the bracket its abbreviation opens.
_BRACKET_GAP = lazy_pattern(r"[ \t]?\(")


def restated_names(
    view: str, mentions: list[Mention], article_after: regex.Pattern[str] | None = None
) -> list[Mention]:
    """``mentions`` with a name that restates the same instrument right beside it made
    attach-only: the name glossing the abbreviation just cited (it "articolo 267 del TFUE
    Trattato sul funzionamento dell'Unione europea"), or the name whose abbreviation opens
    the bracket after it before an article (it "dal Trattato sull'Unione europea (TUE,
    art. 2)"): one citation, not two (the article's, or the abbreviation's).
    ``article_after`` matches the language's article word after the comma; where given,
    a bracket that goes on with anything else ("(EURATOM, Rome, 25 March 1957)") keeps
    the name cited, for no article takes the abbreviation there."""
    out = list(mentions)
    order = sorted(range(len(out)), key=lambda i: (out[i].start, -out[i].end))
    for a, b in itertools.pairwise(order):
        first, second = out[a], out[b]
        if not _same_instrument(first, second) or second.start < first.end:
            continue
        short_first = _ABBREVIATION.fullmatch(view[first.start : first.end]) is not None
        short_second = _ABBREVIATION.fullmatch(view[second.start : second.end]) is not None
        if short_first and not short_second and _GLOSS_GAP.fullmatch(view, first.end, second.start):
            out[b] = second._replace(use=ATTACH_ONLY)
        elif (
            short_second
            and not short_first
            and _BRACKET_GAP.fullmatch(view, first.end, second.start)
            and view[second.end : second.end + 1] == ","
            and (article_after is None or article_after.match(view, second.end + 1))
        ):
            out[a] = first._replace(use=ATTACH_ONLY)
    return out


def _same_instrument(first: Mention, second: Mention) -> bool:
    """Whether two mentions name one Treaty or instrument, the abbreviation perhaps
    attach-only (it "TUE"), one of them citable."""
    return (
        first.code == second.code
        and first.type in ("treaty", "instrument")
        and {first.use, second.use} <= {CITABLE, ATTACH_ONLY}
        and CITABLE in (first.use, second.use)
    )


def names_defined_for_others(view: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """``mentions`` without a Treaty's abbreviation that a definition bracket gives to
    something else: pt "do “Caderno de encargos” (doravante «CE»)", en "the tender
    specifications (hereinafter ‘EC’)" name the tender file "CE", not the EC Treaty, so
    neither the annex nor the article that follows ("Anexo I à referida Resolução", "o
    artigo 5.º do mesmo") is the Treaty's. A bracket that defines the Treaty's own short
    name right after its name ("Treaty establishing the European Community (hereinafter
    ‘EC’)") keeps it."""
    marker = _marker_after_separator(lang)
    if marker is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        opened = _definition_bracket(view, m, marker)
        if opened is not None and not any(
            p.code == m.code and opened - _NAME_TO_BRACKET <= p.end <= opened for p in out
        ):
            continue
        out.append(m)
    return out


# How far a name may end before the bracket that defines its short name (a space, a
# footnote marker).
_NAME_TO_BRACKET = 4


def _definition_bracket(view: str, m: Mention, marker: regex.Pattern[str]) -> int | None:
    """Where the definition bracket holding the quoted, attach-only Treaty abbreviation
    ``m`` opens ("(hereinafter ‘EC’)"), or None when ``m`` is no such abbreviation."""
    if m.use != ATTACH_ONLY or m.type != "treaty":
        return None
    quote = m.start - 1 if view[m.start - 1 : m.start] in QUOTES else m.start - 2
    if view[quote : quote + 1] not in QUOTES or view[m.end : m.end + 2].strip()[:1] not in QUOTES:
        return None
    opened = view.rfind("(", max(0, m.start - _MARKER_REACH), m.start)
    if opened < 0 or ")" in view[opened : m.start] or not marker.search(view, opened, quote):
        return None
    return opened
