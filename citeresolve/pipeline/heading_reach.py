"""An article chain that closes a heading which names its instrument: a notice's title
"Regulation (EU) 2021/821 … setting up a Union regime for … dual-use items: Information
on measures adopted by Member States in conformity with Articles 4, 5, 6 and 23", cs
"Nařízení … (EU) 2021/821, kterým se zavádí režim Unie … (1) : informace o opatřeních
přijatých členskými státy v souladu s články 4, 6, 7 a 23". The contract's "in reach":
the same heading names the instrument, with no other instrument named between them.

A heading is a line with no sentence in it: its first letter a capital, no sentence end
or semicolon, the chain its last words, and the next line not its continuation (a
wrapped sentence goes on in lower case). Between the instrument and the chain stand the
act's title and the heading's own words: no other instrument, no act word (an act the
extractor does not know), no number but a footnote marker in brackets, no table cell
border.

A heading block of the Treaties (EUR-Lex): the chain alone on its line (its former
number in brackets may follow, ga "Airteagal 48 (sean-Airteagal 48 CAE)"), under up to
three heading lines of the Treaty's Parts and Titles ("FEMTE DELEN - UNIONENS YTTRE
ÅTGÄRDER", "AVDELNING VII - SOLIDARITETSKLAUSUL"), under the line that names the Treaty
("Konsoliderad version av fördraget om Europeiska unionens funktionssätt"). Every line
of the block is a heading, and only a Treaty's block is read so; a line with a number
(an OJ page header "C 202/148 |") ends it.
"""

from __future__ import annotations

import functools

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import ATTACH_ONLY, OTHER_RULES, REFERENCE, instrument_type
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern
from .anaphors import names_unregistered_kind
from .mention_index import SENTENCE_END, MentionIndex

_TYPES = frozenset({"eu_act", "treaty", "instrument"})
# The longest heading read so.
_LINE_REACH = 600
# A footnote marker in brackets ("(1)"), the only number a heading's gap may hold.
_MARKER = lazy_pattern(r"\(\d{1,2}\)")
_NOT_IN_GAP = lazy_pattern(r"[\d;|]")
# The Part and Title lines a heading block may hold between the Treaty and the article.
_BLOCK_LINES = 3
# What may follow the article on its line in a block: its former number in brackets.
_FORMER_AFTER = lazy_pattern(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*")
# A line whose first letter is in lower case ("a processor within the meaning of …").
_LOWER_FIRST = lazy_pattern(r"[^\p{L}\n]*\p{Ll}")
# The act words that name another act between the instrument and the chain.
_KIND_FIELDS = ("regulation", "directive", "decision", "framework_decision")


def heading_instrument(
    chain: Chain, index: MentionIndex, resolved: dict[int, str | None], lang: str
) -> str | None:
    """The code of the one instrument the heading that ``chain`` closes names before it
    (see the module docstring); None when ``chain`` closes no heading or the heading
    names none, or several."""
    view = index.view
    if chain.rules or chain.continued:
        return None
    start = _line_start(view, chain.start)
    end = view.find("\n", chain.end)
    end = len(view) if end < 0 else end
    block = _block_start(view, start, chain, index)
    if block is None and (view[chain.end : end].strip(" \t)") or not _heading(view, start, end)):
        return None
    following = view[end:].lstrip()[:1]
    if following.islower():
        return None  # a sentence wrapped at the line's end goes on
    first = index.first_at(start if block is None else block)
    named = index.mentions[first : index.first_at(chain.start)]
    codes = {resolved.get(m.start) if m.use == REFERENCE else m.code for m in named}
    if len(codes) != 1 or any(m.use == ATTACH_ONLY for m in named):
        return None
    code = codes.pop()
    if code is None or code == OTHER_RULES or instrument_type(code) not in _TYPES:
        return None
    if block is not None and instrument_type(code) != "treaty":
        return None  # a block's article line is a Treaty's (see the module docstring)
    gap = _MARKER.sub("", view[named[-1].end : chain.start])
    if _NOT_IN_GAP.search(gap) or act_words(lang).search(gap) or names_unregistered_kind(gap):
        return None
    if (name := _name_after_comma(lang)) is not None and name.search(gap):
        return None  # pt "(Directiva 98/59, do Código do Trabalho, artigo 5.º)": the code's
    return code


def _heading(view: str, start: int, end: int) -> bool:
    """Whether the line from ``start`` to ``end`` reads as a heading: not too long, no
    sentence end or semicolon, its first letter a capital (not a sentence's fragment)."""
    if end - start > _LINE_REACH or ";" in view[start:end]:
        return False
    if SENTENCE_END.search(view, start, end) is not None:
        return False
    return _LOWER_FIRST.match(view, start) is None


def _line_start(view: str, pos: int) -> int:
    """Where the line holding ``pos`` starts; a "#" also parts the lines of a heading
    block, as EUR-Lex joins a Treaty article's title path on one line ("Consolidated
    version of the Treaty …#PART SEVEN - …#Article 352 (ex Article 308 TEC)")."""
    return max(view.rfind("\n", 0, pos), view.rfind("#", 0, pos)) + 1


def _block_start(view: str, start: int, chain: Chain, index: MentionIndex) -> int | None:
    """Where the heading block that ``chain`` closes opens: the start of the line that
    names an instrument, over at most ``_BLOCK_LINES`` heading lines with no number and
    no instrument (see the module docstring); None when the chain's line holds more than
    the chain (and its former number) or no such block stands over it."""
    end = view.find("\n", chain.end)
    end = len(view) if end < 0 else end
    if view[start : chain.start].strip() or not _FORMER_AFTER.fullmatch(view, chain.end, end):
        return None
    for _ in range(_BLOCK_LINES + 1):
        if start == 0:
            return None
        line_end, start = start - 1, _line_start(view, start - 1)
        line = view[start:line_end].rstrip()
        if not line.strip() or line[-1] in ".!?:" or not _heading(view, start, line_end):
            return None  # a sentence ends at the line's end, or no heading is there
        if index.first_at(start) != index.first_at(line_end):
            return start  # the line that names the instrument
        if _NOT_IN_GAP.search(view, start, line_end):
            return None
    return None


@functools.cache
def _name_after_comma(lang: str) -> regex.Pattern[str] | None:
    """An "of" word and a capital after a comma: the name of another instrument, whose
    article the chain is (pt ", do Código do Trabalho, artigo 5.º"); None for a language
    with no "of" word."""
    of = load(lang).articles["of"]
    return compile_pattern(rf",\s*(?:{alternation(of)})\s+\p{{Lu}}") if of else None


@functools.cache
def act_words(lang: str) -> regex.Pattern[str]:
    """Any act word of the language ("otsuse", "Richtlinie"): the name of an act the
    extractor may not know (et "komiteemenetluse otsuse")."""
    acts = load(lang).section("acts")
    return compile_pattern(alternation([p for f in _KIND_FIELDS for p in acts.get(f, [])]))
