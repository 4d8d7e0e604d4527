"""A chain alone in brackets after a statement about one instrument in its clause
(the last step of :func:`.instrument_before.named_before`)."""

from __future__ import annotations

import functools

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import REFERENCE, Mention
from ..knowledge.data import table
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from .chain_links import ChainLinks
from .mention_index import SENTENCE_END, MentionIndex
from .taken import Taken

OPEN_BRACKET = lazy_pattern(r"[ \t]*\([ \t]*$")
CLOSE_BRACKET = lazy_pattern(r"[ \t]*\)")
# How far before the chain its bracket may open, a "see" word between them.
_OPENING_REACH = 24


@functools.cache
def _opening(code: str) -> regex.Pattern[str]:
    """The bracket before a chain, perhaps with a word that refers the reader to it
    (``see_words`` of data/context_words.toml: "(see recital 32)", pt "(cf.
    Considerando 32)", de "(vgl. Art. 7)")."""
    words = table("context_words.toml").get(code, {}).get("see_words", [])
    see = rf"(?:(?:{alternation(words)})[ \t]+)?" if words else ""
    return deferred_pattern(rf"[ \t]*\([ \t]*{see}$")


def bracketed_statement(
    links: ChainLinks, chain: Chain, index: MentionIndex, taken: Taken
) -> Mention | None:
    """A chain alone in brackets after a statement about one instrument: it "Il Capo III
    del regolamento suddetto disciplina il cabotaggio (articoli da 8 a 10)", "Regulation
    (EC) No 1072/2009 governs cabotage (Articles 8 to 10)". The instrument is not taken:
    it stays cited where the sentence names it. Instruments that an earlier article of
    the clause took ("Article 2 TEU and several provisions of the Charter, including
    … (Article 7)") name no statement of their own; a national act named between
    ("transposed by the Data Protection Act 2018 (Articles 29 to 81)") owns the chain.
    A statement that names an instrument begins after the chain in brackets of the
    statement before it (fr "la Charte … (art. 24), depuis … le Traité sur l'Union
    européenne qui … (art. 3, § 3)": the TEU's article). A word that refers the reader
    may open the bracket ("(see recital 32)", pt "(cf. Considerando 32)"). A bracket
    right after the instrument that an article took refers to that instrument too
    ("Article 82(4) GDPR (see also recital 146)")."""
    view = index.view
    opening = _opening(links.code).search(view, max(0, chain.start - _OPENING_REACH), chain.start)
    if opening is None or not CLOSE_BRACKET.match(view, chain.end):
        return None
    if not index.first_at(chain.start):
        return None  # no mention before the chain: the clause is not looked for
    clause = index.clause_start(opening.start())
    named = _statement_names(index, max([clause, *taken.statements]), opening.start())
    named = named or _statement_names(index, clause, opening.start())
    free = [m for m in named if m.start not in taken.consumed]
    if not named:
        return None
    beside = not view[named[-1].end : opening.start()].strip()  # "Art. 82 DS-GVO (vgl. …)"
    single = len({m.code for m in (free or named)}) == 1 and named[-1] in free
    if not beside and not single:
        return None
    if SENTENCE_END.search(view, named[-1].end, opening.start()):  # not "(cf. Article 7)"
        return None
    if _national_between(links, view, named[-1].end, opening.start()):
        return None
    taken.statements.append(chain.end)
    return named[-1]


@functools.cache
def _definition(code: str) -> regex.Pattern[str] | None:
    """A bracket that defines a short name (``definition_markers`` of
    data/context_words.toml): hr "(… u daljnjem tekstu: Zakonik ili CZU)"."""
    markers = table("context_words.toml").get(code, {}).get("definition_markers")
    if not markers:
        return None
    return deferred_pattern(
        rf"\([^()\n]{{0,80}}(?<![^\W\d])(?:{alternation(markers)})[^()\n]{{0,80}}\)"
    )


def _national_between(links: ChainLinks, view: str, start: int, end: int) -> bool:
    """Whether a national act's word stands between ``start`` and ``end`` outside the
    brackets that define a short name: the short name is the instrument's own (hr
    "Uredba (EU) br. 952/2013 … (… u daljnjem tekstu: Zakonik) … (čl. 89.-100.)")."""
    pos, definition = start, _definition(links.code)
    for found in definition.finditer(view, start, end) if definition is not None else ():
        if links.national_titles.named_between(view, pos, found.start()):
            return True
        pos = found.end()
    return links.national_titles.named_between(view, pos, end)


def _statement_names(index: MentionIndex, start: int, end: int) -> list[Mention]:
    """The mentions of acts, Treaties and registered instruments (and reference words)
    from ``start`` to ``end``. An instrument is a statement's subject as an act is (hr
    "Konvencija za zaštitu ljudskih prava i temeljnih sloboda Vijeća Europe (čl. 6.)"),
    and one named after an act keeps the bracket from the act (es "la Directiva 2008/56 …
    de conformidad con la Convención … sobre el Derecho del Mar … (artículos 2 y 4)")."""
    return [
        m
        for m in index.mentions[index.first_at(start) : index.first_at(end)]
        if m.end <= end and (m.use == REFERENCE or m.type in _STATEMENT_TYPES)
    ]


_STATEMENT_TYPES = frozenset({"eu_act", "treaty", "instrument"})
