"""The single, unnumbered annex of an act named next to the annex word with no "of" word
and no number (contract: "the Annex to Decision 2010/131/EU" is ``annex-1``), in the
languages that join them by case or by a "to" word the chain grammar does not read:

* the annex word right after the act in the genitive (genitive-first languages): lv
  "groza Īstenošanas regulas (ES) Nr. 540/2011 pielikumu", fi "asetuksen (EU) N:o
  540/2011 (3) liitteessä";
* the annex word before the act's "to" word (``annex_to``): bg "изменение на
  приложението към Регламент за изпълнение (ЕС) № 540/2011", cs "příloha k nařízení";
* the annex word alone between commas after its act, in a judgment summary's reference
  line: fr "(Directive du Conseil 1999/70, annexe, clause 8, § 3)", el "(Οδηγία 1999/70
  του Συμβουλίου, παράρτημα, ρήτρα 5 …)". There the act is named by itself too (as in
  "(Directive 2000/78, art. 6)"): it stays cited, and the annex word is cited as
  ``annex-1`` of its own; the clause or point after it is dropped, like an annex's points.

The forms that may stand for the single annex are the language file's ``annex_single``
(singular forms only: a plural is never "the Annex"). In the first two forms the act
named so only completes the annex reference: its whole citation becomes the annex's,
spanning both."""

from __future__ import annotations

import functools

import attrs
import regex

from ..knowledge.data import table
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import deferred_pattern
from ..model.citation import Candidate
from ..model.keys import Pin
from .genitive_gap import MARKER

# How far before an act its annex word and "to" word may start (the word, "to" and an
# act's qualifier written before its act word: bg "приложение към Делегиран регламент").
_BEFORE_REACH = 60
# How far before its act a reference line's bracket may open.
_LINE_REACH = 200
# The annex's number or letter after its word, which makes it no single annex
_NUMBERED = r"(?![ \t]+(?:[IVXLC]{1,6}(?![^\W\d])|\d{1,3}(?![\d.])))"


@functools.cache
def _patterns(lang: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """The annex word after an act (genitive first), and the annex word and "to" word
    ending right before an act; None where the language has neither."""
    art = load(lang).articles
    words = art.get("annex_single", [])
    if not words:
        return None, None
    single = alternation(words)
    # ... not followed by the annex's number or letter (cs "příloha II", "příloha A")
    after = None
    if art["number_first"] or art.get("annex_numeral_first"):
        # ... not followed by the annex's number (fi "liitteessä I"); a part's letter or a
        # point's number may follow (lv "pielikuma A daļā", "pielikuma 3. punktā")
        after = deferred_pattern(
            rf"[ \t]*(?:{MARKER})?(?P<word>{single}){_NUMBERED}", anchored=True
        )
    before = None
    if art.get("annex_to"):
        qualifiers = _qualifiers(lang)
        before = deferred_pattern(
            rf"(?<![^\W\d])(?P<word>{single})[ \t]+(?:{alternation(art['annex_to'])})[ \t]+"
            rf"(?:(?:{qualifiers})\w*[ \t]+)?\Z"
        )
    return after, before


@functools.cache
def _reference_line(lang: str) -> regex.Pattern[str] | None:
    """The annex word alone between commas right after an act and the words that may
    follow its number on a reference line (its author: el "του Συμβουλίου"), with a
    comma, a semicolon or a closing bracket after it; None where the language has no
    single annex word."""
    words = load(lang).articles.get("annex_single", [])
    if not words:
        return None
    return deferred_pattern(
        r"(?:[ \t]+[^\W\d][^\d,;:()\[\]\n]{0,60}?)?[ \t]*,[ \t]*"
        rf"(?P<word>{alternation(words)}){_NUMBERED}(?=[ \t]*[,;)\]])",
        anchored=True,
    )


def _qualifiers(lang: str) -> str:
    """The words that make an act implementing or delegated (data/act_words.toml), which
    may stand between the "to" word and the act's word (bg "Делегиран регламент")."""
    words_of = table("act_words.toml")
    starts = [w for kind in ("implementing", "delegated") for w in words_of[kind].get(lang, [])]
    return "|".join(f"(?i:{regex.escape(w)})" for w in starts) or "(?!)"


@functools.cache
def act_qualifier(lang: str) -> regex.Pattern[str]:
    """An act's qualifier word and the blanks after it, which a language writes before
    the act's word where no mention starts (bg "приложение II към Делегиран регламент
    (ЕС) № 1062/2014": the act is read from "регламент")."""
    return deferred_pattern(rf"(?:{_qualifiers(lang)})\w*[ \t]+")


def single_annexes(view: str, candidates: list[Candidate], lang: str) -> list[Candidate]:
    """``candidates`` with each whole act that an annex word of ``annex_single`` joins
    (see the module) cited as its single annex instead."""
    after, before = _patterns(lang)
    line = _reference_line(lang)
    if after is None and before is None and line is None:
        return candidates
    out = []
    for cand in candidates:
        parts = cand.parts
        if parts.type != "eu_act" or parts.pin is not None or parts.celex is None:
            out.append(cand)
            continue
        start, end = cand.start, cand.end
        found = after.match(view, end) if after is not None else None
        alone = line.match(view, end) if line is not None and found is None else None
        if (
            alone is not None
            and _in_brackets(view, start)
            and not _taken(candidates, alone.start("word"), alone.end("word"))
        ):
            # the act stays cited, and its single annex is cited at the annex word
            pinned = attrs.evolve(parts, pin=Pin("", annex="1"))
            word = alone.span("word")
            out += [cand, attrs.evolve(cand, parts=pinned, start=word[0], end=word[1])]
            continue
        if found is not None:
            end = found.end("word")
        elif before is not None:
            joined = before.search(view, max(0, start - _BEFORE_REACH), start)
            if joined is not None:
                start = joined.start("word")
        if (start, end) == (cand.start, cand.end):
            out.append(cand)
            continue
        pinned = attrs.evolve(parts, pin=Pin("", annex="1"))
        out.append(attrs.evolve(cand, parts=pinned, start=start, end=end))
    return out


def _in_brackets(view: str, start: int) -> bool:
    """Whether ``start`` is inside a bracket opened on its line (a summary's reference
    line, "(Directive du Conseil 1999/70, annexe, …)"), not in running text."""
    line = view[max(0, start - _LINE_REACH) : start].rsplit("\n", 1)[-1]
    opened = max(line.rfind("("), line.rfind("["))
    return opened >= 0 and max(line.rfind(")"), line.rfind("]")) < opened


def _taken(candidates: list[Candidate], start: int, end: int) -> bool:
    """Whether a citation already covers part of ``start``–``end`` (sv "beslut 2001/937,
    bilaga, artiklarna 3 och 4": the articles of the single annex)."""
    return any(c.start < end and start < c.end for c in candidates)
