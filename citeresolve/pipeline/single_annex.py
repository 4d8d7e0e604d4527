"""The single, unnumbered annex of an act named next to the annex word with no "of" word
and no number (contract: "the Annex to Decision 2010/131/EU" is ``annex-1``), in the
languages that join them by case or by a "to" word the chain grammar does not read:

* the annex word right after the act in the genitive (genitive-first languages): lv
  "groza Īstenošanas regulas (ES) Nr. 540/2011 pielikumu", fi "asetuksen (EU) N:o
  540/2011 (3) liitteessä";
* the annex word before the act's "to" word (``annex_to``): bg "изменение на
  приложението към Регламент за изпълнение (ЕС) № 540/2011", cs "příloha k nařízení".

The forms that may stand for the single annex are the language file's ``annex_single``
(singular forms only: a plural is never "the Annex"). The act named so only completes
the annex reference: its whole citation becomes the annex's, spanning both."""

from __future__ import annotations

import functools

import attrs
import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation, load
from ..model.citation import Candidate
from ..model.keys import Pin
from .genitive_gap import MARKER

# How far before an act its annex word and "to" word may start (the word, "to" and an
# act's qualifier written before its act word: bg "приложение към Делегиран регламент").
_BEFORE_REACH = 60


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
        numbered = r"(?![ \t]+(?:[IVXLC]{1,6}(?![^\W\d])|\d{1,3}(?![\d.])))"
        after = compile_pattern(rf"[ \t]*(?:{MARKER})?(?P<word>{single}){numbered}", anchored=True)
    before = None
    if art.get("annex_to"):
        qualifiers = _qualifiers(lang)
        before = compile_pattern(
            rf"(?<![^\W\d])(?P<word>{single})[ \t]+(?:{alternation(art['annex_to'])})[ \t]+"
            rf"(?:(?:{qualifiers})\w*[ \t]+)?\Z"
        )
    return after, before


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
    return compile_pattern(rf"(?:{_qualifiers(lang)})\w*[ \t]+")


def single_annexes(view: str, candidates: list[Candidate], lang: str) -> list[Candidate]:
    """``candidates`` with each whole act that an annex word of ``annex_single`` joins
    (see the module) cited as its single annex instead."""
    after, before = _patterns(lang)
    if after is None and before is None:
        return candidates
    out = []
    for cand in candidates:
        parts = cand.parts
        if parts.type != "eu_act" or parts.pin is not None or parts.celex is None:
            out.append(cand)
            continue
        start, end = cand.start, cand.end
        found = after.match(view, end) if after is not None else None
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
