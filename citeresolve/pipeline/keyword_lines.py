"""The instrument of an article chain in a judgment's keyword line, a series of
segments between dashes ("Air transport — Regulation (EC) No 261/2004 — Articles 5 to
7 — Montreal Convention — Articles 19 and 29 — Right to compensation"): a chain
segment's articles belong to the instrument of the segments before it, the act named
last, unless a segment between names another instrument the extractor does not key."""

from __future__ import annotations

import functools

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import REFERENCE, Mention
from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern
from . import comma_acts
from .anaphors import names_unregistered_kind
from .mention_index import MentionIndex

# How far back a keyword chain's dash may reach for its act (legitimate chains: < 200).
_DASH_REACH = 300
# How far it reaches when no segment between is a name, and the segments themselves.
_HEADNOTE_REACH = 1500
_SEGMENT_DASH = lazy_pattern(r"\s[—–-]\s")
# The same, searched backwards from a position: the nearest dash before it.
_SEGMENT_DASH_BEFORE = lazy_pattern(r"(?r)\s[—–-]\s")
# Where a keyword segment ends after a chain, and how far it is searched for a name.
_SEGMENT_END = lazy_pattern(r"\s[—–-]\s|\n|;|\.\s+\p{Lu}")
_SEGMENT_AFTER_REACH = 160
_WORD = lazy_pattern(r"[^\W\d_]+")
_DIGIT = lazy_pattern(r"\d")
# How far into a keyword segment its article may stand.
_SEGMENT_REACH = 80
# The most words of a segment that is an instrument's name ("Конвенция от Монреал",
# "Bernska konvencija"); a longer one is a descriptor that may mention a convention.
_NAME_WORDS = 6


def inside_segment(index: MentionIndex, pos: int, code: str) -> bool:
    """Whether ``pos`` is inside a segment of a judgment's keyword line, a few words
    after its dash, with two dashes before on the line (hu "– A 604/2013/EU rendelet
    értelmezése – … – A nemzetközi védelem iránti kérelemnek a 20. cikk (2) bekezdése
    alapján …"): the segment's article is the act's, as right after the dash, unless
    the segment names an instrument of its own."""
    view = index.view
    line_start = view.rfind("\n", 0, pos) + 1
    # The segment's own dash stands within reach of the chain; only then is the line
    # searched back for the dash before it (never from the line's start: on one long
    # line that would cost the line's length at every chain).
    last = _SEGMENT_DASH_BEFORE.search(view, max(line_start, pos - _SEGMENT_REACH - 3), pos)
    if last is None:
        return False
    segment = view[last.end() : pos]
    return (
        0 < len(segment) <= _SEGMENT_REACH
        and _no_digit_of_another_chain(view, segment, pos, code)
        and _SEGMENT_DASH_BEFORE.search(view, line_start, last.start()) is not None
        and index.first_in(last.end(), pos + 1) is None
    )


def _no_digit_of_another_chain(view: str, segment: str, pos: int, code: str) -> bool:
    """Whether the segment before ``pos`` holds no digit, or only a numbered point that
    opens it before the chain's article word (:func:`_point_before`). Not when a
    bracket follows the article in the segment (ga "Pointe 2 d'Airteagal 2(d)", whose
    numbered point is a paragraph before the lettered one, 2(2)(d)): left unread."""
    if not _DIGIT.search(segment):
        return True
    if _point_before(code).match(segment) is None:
        return False
    stop = _SEGMENT_END.search(view, pos, min(len(view), pos + _SEGMENT_AFTER_REACH))
    return "(" not in view[pos : stop.start() if stop is not None else pos + _SEGMENT_AFTER_REACH]


@functools.cache
def _point_before(code: str) -> regex.Pattern[str]:
    """A numbered point written before its article word, which opens the segment (mt
    "– Il-punt 1 tal-Artikolu 5", ga "– Pointe 1 d'Airteagal 5", en "– Point 1 of
    Article 5"): no digit of another chain, as the point is the article's own."""
    words = load(code).articles
    point, of = alternation(words["point"]), alternation(words["of"])
    return compile_pattern(rf"(?i)^(?:{point})\s+\d+\s*(?:{of})?\s*$")


def keyword_line_head(chain: Chain, index: MentionIndex, code: str) -> Mention | None:
    """The act a keyword line's dash links the chain to: the last mention of the clause,
    or the act it amends when "as amended by" joins them (sl "Direktiva 2006/112/ES,
    kakor je bila spremenjena z Direktivo 2008/8/ES – Členi 44, 45 in 47": the
    articles of 2006/112 as amended, as a comma's reference line reads them)."""
    head = index.nearest_before(chain.start, past_references=True)
    if head is not None and head.type == "eu_act":
        head = comma_acts.amended_before(code, index, head)
    if head is None or _convention_between(index.view, head.end, chain.start):
        # bg "Регламент (ЕО) № 261/2004 — Членове 5–7 — Конвенция от Монреал — Членове
        # 19 и 29", sl "Bernska konvencija – Člen 2(7)": the convention's articles.
        return None
    # Several keyword segments on, an article belongs to an instrument named
    # only by name ("Treoir 2004/38/CE – … – Cód Teorainneacha Schengen –
    # Airteagal 23"), not to the act far back.
    if chain.start - head.end <= _DASH_REACH:
        return head
    if chain.start - head.end <= _HEADNOTE_REACH and not _names_between(
        index.view, head.end, chain.start
    ):
        # Farther on, the act of a judgment's keyword line still owns the
        # articles of its later segments ("Directiva 95/46/CE — Articolul 2
        # litera (d) — Noțiunea de operator — … — Articolul 7 litera (f)"),
        # unless a segment between is a name (another instrument).
        return head
    return None


def segment_head(index: MentionIndex, pos: int, head: Mention | None) -> Mention | None:
    """The act named first in the keyword segment of ``pos``, when ``head`` (the first of
    its line) stands in a segment before: en "Directive 2006/112/EC – Article 17(2)(a) of
    the Sixth Directive 77/388/EEC, as amended by Article 28f(1) thereof": "thereof" is
    the act of its own segment (77/388), not the line's first act."""
    if head is None:
        return None
    view = index.view
    line_start = view.rfind("\n", 0, pos) + 1
    last = _SEGMENT_DASH_BEFORE.search(view, max(line_start, head.end), pos)
    if last is None or _SEGMENT_DASH_BEFORE.search(view, line_start, last.start()) is None:
        return head  # no keyword line: one dash may set off a clause's aside
    for k in range(index.first_at(last.end()), index.first_at(pos)):
        m = index.mentions[k]
        if m.type == "eu_act" and m.end <= pos and m.use != REFERENCE:
            return m
    return head


def segment_name_after(index: MentionIndex, pos: int) -> Mention | None:
    """The first instrument named between ``pos`` and the end of its keyword segment
    (the next dash, the line's or the sentence's end)."""
    view = index.view
    end = min(len(view), pos + _SEGMENT_AFTER_REACH)
    stop = _SEGMENT_END.search(view, pos, end)
    return index.first_in(pos, stop.start() if stop is not None else end)


def _names_between(view: str, start: int, end: int) -> bool:
    """Whether a keyword segment between ``start`` and ``end`` is a name written in
    title case ("– Cód Teorainneacha Schengen –", "— Schengen Borders Code —"): an
    instrument the extractor does not know, which owns the articles after it. A
    segment with digits is a chain; a descriptor has lower-case words."""
    for segment in _SEGMENT_DASH.split(view[start:end]):
        if _DIGIT.search(segment):
            continue
        words = _WORD.findall(segment)
        if len(words) >= 2 and all(w[0].isupper() for w in words):
            return True
    return False


def _convention_between(view: str, start: int, end: int) -> bool:
    """Whether a keyword segment between ``start`` and ``end`` (no mention stands
    there: ``start`` ends the last one) is a short name holding the noun of a
    registered instrument's reference word, or of an agreement (``agreement_nouns``
    of data/context_words.toml): another convention or agreement, not registered
    (de "– Übereinkommen zur Durchführung des Übereinkommens von Schengen – Art. 54",
    fi "– ETA-sopimuksen 31 artikla", whose article is the agreement's). Short words
    ("zur", "des", "von") are no words of the name's length."""
    return any(
        not _DIGIT.search(segment)
        and sum(len(word) > 3 for word in _WORD.findall(segment)) <= _NAME_WORDS
        and (names_unregistered_kind(segment) or _names_agreement(segment))
        for segment in _SEGMENT_DASH.split(view[start:end])
    )


@functools.cache
def _agreement_nouns() -> regex.Pattern[str]:
    words = table("context_words.toml").values()
    nouns = sorted({noun for lang in words for noun in lang.get("agreement_nouns", [])})
    return compile_pattern(alternation(nouns))


def _names_agreement(segment: str) -> bool:
    return _agreement_nouns().search(segment) is not None
