"""extract(): text -> clean -> family parsers -> attach -> citations in text order."""

from __future__ import annotations

import functools

import attrs
import regex

from . import cases, com_documents, ep_documents, eu_acts, official_journal, procedures
from .articles import reader
from .attach import act_mention, attacher
from .citation import Candidate, Citation
from .clean import clean
from .instruments import Mention, matcher
from .lang import alternation, available_languages, load

# Language guessing reads this much of a text: the vocabulary is dense in the
# opening visas, and reading more would make lang=None cost as much as extraction.
_DETECT_SPAN = 20_000


@functools.cache
def _vocabulary_pattern(code: str) -> regex.Pattern[str]:
    return regex.compile(alternation(load(code).vocabulary()))


def detect_language(text: str, default: str = "en") -> str:
    """Guess the language of ``text`` from citation vocabulary; ``default`` if none is seen."""
    sample = text[:_DETECT_SPAN]
    best, best_score = default, 0
    for code in available_languages():
        score = sum(len(m.group()) for m in _vocabulary_pattern(code).finditer(sample))
        if score > best_score:
            best, best_score = code, score
    return best


def extract(text: str, *, lang: str | None = None) -> list[Citation]:
    """Every citation in ``text``, in text order; offsets index ``text`` itself.

    ``lang`` is an ISO 639-1 code ("nl"); ``None`` guesses it from the text.
    """
    view_text = clean(text)
    view = view_text.view
    code = lang if lang is not None else detect_language(view)
    load(code)  # an unknown language fails here, with the list of known ones
    candidates: list[Candidate] = []
    for family in (ep_documents, procedures, com_documents, cases):
        candidates += family.parse(view)
    acts = eu_acts.parse(view)
    candidates += _with_act_years(official_journal.parse(view), acts)
    act_mentions = [act_mention(a) for a in acts]
    # "(EC)" inside "Regulation (EC) No 539/2001" is the act's domain, not the EC Treaty.
    mentions = _outside(matcher(code).find(view), act_mentions) + act_mentions
    chains = reader(code).chains(view)
    candidates += attacher(code).attach(view, chains, mentions)
    candidates.sort(key=lambda c: (c.start, c.end))
    citations = []
    for cand in candidates:
        start, end = view_text.to_original(cand.start, cand.end)
        citations.append(Citation.from_parts(cand.parts, start, end, text[start:end]))
    return citations


def _outside(mentions: list[Mention], acts: list[Mention]) -> list[Mention]:
    """The mentions not inside an act citation; both lists are in text order."""
    kept = []
    i = 0
    for mention in mentions:
        while i < len(acts) and acts[i].end <= mention.start:
            i += 1
        if i < len(acts) and acts[i].start <= mention.start and mention.end <= acts[i].end:
            continue
        kept.append(mention)
    return kept


def _with_act_years(journals: list[Candidate], acts: list[Candidate]) -> list[Candidate]:
    """Give a year-less OJ citation the year of the act cited just before it."""
    out = []
    for oj in journals:
        if oj.parts.year is None:
            before = [a for a in acts if a.end <= oj.start]
            if not before or before[-1].parts.celex is None:
                continue
            year = int(before[-1].parts.celex[1:5])
            oj = attrs.evolve(oj, parts=attrs.evolve(oj.parts, year=year))
        out.append(oj)
    return out
