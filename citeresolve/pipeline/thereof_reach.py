""" "thereof" in a sentence that names no instrument before its chain, or a possessive
that opens it: it points back to the instrument named last before the sentence
("Recital 11 of Directive 2000/78 states … . Article 2 thereof provides", "Regulation
(EEC) No 95/93 lays down … . Its Article 10 defines")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import REFERENCE, Mention
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_modules import lazy_modules
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.keys import PROTOCOL_PREFIX
from .anaphors import names_unregistered_kind
from .chain_links import ChainLinks
from .mention_index import SENTENCE_END, MentionIndex

if TYPE_CHECKING:
    from . import keyword_lines
else:  # imported when first used
    lazy_modules(".keyword_lines")

# How far before the sentence of a "thereof" its instrument may be named.
_THEREOF_REACH = 400
# What may open a sentence before its chain: a paragraph number or a list item's Roman
# numeral and dash, two words and an article ("5 Under the", "L'", "Según el", pt "II -
# Nos termos dos", es "En virtud del", it "Ai sensi dell'", mt "Kif spjegat fil-").
_SENTENCE_OPENING = lazy_pattern(
    r"\s*(?:\d{1,3}\.?\s+|[IVX]{1,5}[ \t]*[-–—][ \t]*)?(?:[^\W\d]+[ \t]+){0,2}"
    r"(?:[^\W\d]{1,4}['’-][ \t]*|[^\W\d]{1,3}[ \t]+)?"
)
# A capitalised word right after "thereof": the name it began ("della stessa Legge").
_NAME_GOES_ON = lazy_pattern(r"[ \t]+\p{Lu}")
# The act kinds a "thereof" may name, by their CELEX letter (framework decisions first:
# their word holds the decision's).
_KIND_LETTERS = (
    ("framework_decision", "F"),
    ("regulation", "R"),
    ("directive", "L"),
    ("decision", "D"),
)
# How far before its sentence an act a "thereof" names by kind may end, when it is in
# the sentence right before.
_THEREOF_LONGEST = 1000
# How many mentions back the sentence before a "thereof" is read.
_ACTS_BACK = 12
# How far before the sentence of an opening possessive its instrument may be named.
_POSSESSIVE_REACH = 300
_FIRST_WORD = lazy_pattern(r"\s*[^\W\d]+[ \t]+")
_AFTER_FULL_STOP = lazy_pattern(r"[.!?…][\"'”’»)]*\s*$")
# How long the plain words before a "thereof" chain further in its sentence may be.
_LEAD_REACH = 120
_PLAIN = lazy_pattern(r"[^\d()\[\]:;\n]*")
_LAST_WORD = lazy_pattern(r"[^\W\d]+[ \t]+$")
_PHRASE_END = lazy_pattern(r"[ \t]*(?:[.,;:)]|\n|$)")
# How far before its chain the sentence of a possessive standing for a kind word may begin.
_KIND_LEAD_REACH = 240
# How far before that sentence the act of its kind word may be named (in the sentence
# right before: a judgment's long sentences).
_KIND_REACH = 600
# The comma that ends a fronted phrase and the determiner of the subject after it (fr
# ", le ", mt ", ir-"), on the same line.
_SUBJECT_GAP = lazy_pattern(
    r"[ \t]*,[ \t]*(?P<det>(?:[^\W\d]{1,3}[ \t]+|[^\W\d]{1,4}['’-][ \t]*)?)"
)


def thereof_across(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """ "thereof" in a sentence that names no instrument before its chain points to the
    one named last before the sentence: "Recital 11 of Directive 2000/78 states … .
    Article 2 thereof provides", bg "… Регламент (ЕО) № 1049/2001 … . Според член 4
    от него"; not when the words after the chain are a reference word of their own
    ("of that Treaty"), whose kind decides. Only a chain that opens its sentence (after
    a paragraph number and a word or two: "Under the", "L'", "Според") and a "thereof"
    that no name goes on from (it "della stessa Legge"): in the middle of a sentence,
    "Article 62(1)(a) thereof" or pt "artigo 23.º do mesmo diploma legal" pin an
    instrument the extractor does not know, named in that sentence."""
    view = index.view
    found = links.thereof.match(view, chain.end)
    if found is None or index.first_in(chain.end, found.end()) is not None:
        return None
    start = index.clause_start(chain.start)
    if _NAME_GOES_ON.match(view, found.end()):
        return None
    if _SENTENCE_OPENING.fullmatch(view, start, chain.start):
        return index.last_named_before(start, _THEREOF_REACH)
    of_kind = _act_of_kind_before(links, found[0], index, start, chain.start)
    if of_kind is not None:
        return of_kind
    # further in: only where nothing before the chain may name an instrument, the one
    # the sentence before names alone (mt "Il-prodotti koperti huma elenkati fl-Artikolu
    # 2(1) tagħha", en "… are listed in Article 2(1) thereof")
    if chain.start - start > _LEAD_REACH + 8 or _PHRASE_END.match(view, found.end()) is None:
        return None  # pt "do mesmo diploma legal": a word goes on, another act's name
    if not _plain_lead(links, view, start, chain.start):
        return None
    return _sole_before(index, start)


def _act_of_kind_before(
    links: ChainLinks, thereof: str, index: MentionIndex, start: int, pos: int
) -> Mention | None:
    """A "thereof" that names an act's kind (de "dieser Richtlinie", es "de dicha
    Directiva") in the middle of a sentence that names no instrument before its chain:
    the act of that kind the sentence before cites last, or the act whose title names
    it (de "… Art. 8 Abs. 4 der Richtlinie 2011/83/EU … zur Abänderung der Richtlinie
    93/13/EWG … und der Richtlinie 97/7/EG …, ist … zu beurteilen. Hierbei … alle in Art.
    6 Abs. 1 dieser Richtlinie genannten Informationen" is 2011/83's Article 6(1))."""
    letter = next((c for p, c in _kind_words(links.code) if p.search(thereof)), None)
    if letter is None or index.first_in(start, pos) is not None:
        return None
    view = index.view
    head = None
    for k in range(index.first_at(start) - 1, max(-1, index.first_at(start) - _ACTS_BACK), -1):
        m = index.mentions[k]
        if head is None and _out_of_reach(view, m.end, start):
            return None
        if head is not None and SENTENCE_END.search(view, m.end, head.start):
            break
        if m.type == "eu_act" and m.use != REFERENCE and _letter(m) == letter:
            head = m  # back to the first of its kind in that sentence: the title's act
    return head


def _out_of_reach(view: str, end: int, start: int) -> bool:
    """Whether an act that ends at ``end`` is too far before the sentence at ``start``
    for a "thereof" there to point to it: farther than the reach, unless in the sentence
    right before (a judgment's long operative part), and never beyond the longest."""
    far = start - end
    if far > _THEREOF_LONGEST:
        return True
    return far > _THEREOF_REACH and SENTENCE_END.search(view, end, max(end, start - 1)) is not None


def names_kind_of(links: ChainLinks, chain: Chain, index: MentionIndex, act: Mention) -> bool:
    """Whether the "thereof" after ``chain`` names ``act``'s kind (de "dieser Richtlinie")."""
    found = links.thereof.match(index.view, chain.end)
    if found is None or act.type != "eu_act":
        return False
    return any(p.search(found[0]) and c == _letter(act) for p, c in _kind_words(links.code))


def head_of_kind(
    links: ChainLinks, chain: Chain, index: MentionIndex, head: Mention | None
) -> Mention | None:
    """The instrument a "thereof" that names an act's kind pins, when the one its clause
    is about is no act of that kind: the act of that kind the clause names last before
    the chain (de "… die Verjährungsfrist des Art 17 Abs 1 VO (EU) 2015/1589 [über … Art
    108 AEUV] …, sodass sie nach Art 17 Abs 3 dieser Verordnung …", in a clause that opens
    with "Art 108 Abs 3 AEUV", is 2015/1589's Article 17(3)); ``head`` where it names
    none, or the clause no act of that kind."""
    head = keyword_lines.segment_head(index, chain.start, head)
    if head is None:
        return None
    if head.type == "treaty":
        head = _protocol_after_treaties(index, head, chain.start)
    found = links.thereof.match(index.view, chain.end)
    if found is None or (head.type == "eu_act" and names_kind_of(links, chain, index, head)):
        return head
    letter = next((c for p, c in _kind_words(links.code) if p.search(found[0])), None)
    if letter is None:
        return head
    first = index.first_at(index.clause_start(chain.start))
    for k in range(index.first_at(chain.start) - 1, first - 1, -1):
        m = index.mentions[k]
        if m.type == "eu_act" and m.use != REFERENCE and _letter(m) == letter:
            return m
    return head


def _protocol_after_treaties(index: MentionIndex, head: Mention, pos: int) -> Mention:
    """The Protocol a clause names after the Treaties it is annexed to, where a language
    names them first (de "gestützt auf das dem Vertrag über die Europäische Union und dem
    Vertrag über die Arbeitsweise der Europäischen Union beigefügte Protokoll (Nr. 37) …,
    insbesondere auf Artikel 2", hu "… szerződéshez csatolt … (37.) jegyzőkönyvre és
    különösen annak 2. cikke"): the clause is about the Protocol, the last mention before
    the chain, with only Treaties between ``head`` and it; else ``head``."""
    named = [
        m
        for m in index.mentions[index.first_at(head.end) : index.first_at(pos)]
        if m.end <= pos and m.use != REFERENCE
    ]
    if (
        named
        and named[-1].code.startswith(PROTOCOL_PREFIX)
        and all(m.type == "treaty" and not m.code.startswith(PROTOCOL_PREFIX) for m in named[:-1])
    ):
        return named[-1]
    return head


def _letter(m: Mention) -> str:
    """The CELEX descriptor of an act's mention ("L" for a directive)."""
    return m.code.removeprefix("CELEX:")[5:6]


@functools.cache
def _kind_words(code: str) -> list[tuple[regex.Pattern[str], str]]:
    """The act words of each kind in the language ``code``, with its CELEX letter."""
    acts = load(code).section("acts")
    return [
        (compile_pattern(rf"(?i:{alternation(acts[field])})"), letter)
        for field, letter in _KIND_LETTERS
    ]


def possessive_across(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """A possessive that opens a sentence right before its chain points to the one
    instrument the sentence before names: cs "Nařízení (EHS) č. 95/93 … stanoví pravidla
    … . Jeho článek 10 vymezuje", lv "Tās 10. pants", lt "Jo 10 straipsnis", en "Its
    Article 10". Not when that sentence names another too (whose article it might be),
    nor when an "of" word or a name follows the chain (another's article)."""
    view = index.view
    pattern = links.possessive_opening
    start = index.clause_start(chain.start)
    if pattern is None:
        return None
    if not pattern.fullmatch(view, start, chain.start):
        # further in, where nothing before it may name an instrument (es "Los productos
        # figuran en su artículo 2"): the possessive right before the chain
        if chain.start - start > _LEAD_REACH + 8:
            return None  # searched only in a short lead: linear on long clauses
        word = _LAST_WORD.search(view, start, chain.start)
        if word is None or not pattern.fullmatch(view, word.start(), chain.start):
            return None
        if not _plain_lead(links, view, start, chain.start):
            return None
    first = _FIRST_WORD.match(view, start, chain.start)
    if (
        first is not None
        and pattern.fullmatch(view, first.end(), chain.start)
        and _AFTER_FULL_STOP.search(view, max(0, start - 12), start) is None
    ):
        # words before the possessive (lt "Pagal jo"): only where a sentence ended
        # before, not a broken line (fr "… européenne et\nnotamment son article 100")
        return None
    if (
        links.of_after.match(view, chain.end)
        or _NAME_GOES_ON.match(view, chain.end)
        or links.act_word_after.match(view, chain.end)
    ):
        return None
    return _sole_before(index, start)


def possessive_of_kind(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """A possessive right before a chain further in a sentence that names no instrument
    before it, where the sentence's only act words are the bare kind of the one act the
    sentence before names: the kind word is an anaphor of that act, and the possessive
    stands for it (sl "… Direktive Sveta 98/59/ES … . Ta direktiva se uporablja, če so
    izpolnjeni pogoji iz njenega člena 1", lv "… saskaņā ar Direktīvu 85/374 … .
    Valsts tiesai … ir jāievēro direktīvas … joma atbilstoši tās 1. un 3. pantam")."""
    view, pattern = index.view, links.possessive_opening
    word = _LAST_WORD.search(view, max(0, chain.start - 24), chain.start)
    if pattern is None or word is None or not pattern.fullmatch(view, word.start(), chain.start):
        return None
    start = _sentence_start(index, chain.start)
    if start is None or index.first_in(start, chain.start) is not None:
        return None
    lead = view[start : word.start()]
    letter = _lead_kind(links, lead)
    if letter is None or any(ch.isdigit() for ch in lead) or names_unregistered_kind(lead):
        return None
    if (
        links.of_after.match(view, chain.end)
        or _NAME_GOES_ON.match(view, chain.end)
        or links.act_word_after.match(view, chain.end)
    ):
        return None  # another's article
    # the sentence before, also where it ended its line (the full stop is its clause's)
    named = _sole_before(index, len(view[:start].rstrip()), _KIND_REACH)
    return named if named is not None and _letter(named) == letter else None


def _sentence_start(index: MentionIndex, pos: int) -> int | None:
    """Where the sentence holding ``pos`` begins (after the last full stop of its clause),
    or None when that is farther than the reach of a kind word's possessive."""
    clause = index.clause_start(pos)
    lo = max(clause, pos - _KIND_LEAD_REACH)
    ends = list(SENTENCE_END.finditer(index.view, lo, pos))
    if ends:
        return ends[-1].end()
    return clause if clause == lo else None


def _lead_kind(links: ChainLinks, lead: str) -> str | None:
    """The CELEX letter of the act words in ``lead`` when it has some and all are the
    bare word of one kind of act (sl "Ta direktiva"); otherwise None."""
    letters = set()
    for found in links.act_word_after.finditer(lead):
        kind = found.group().strip()
        letter = next((c for p, c in _kind_words(links.code) if p.fullmatch(kind)), None)
        if letter is None:
            return None
        letters.add(letter)
    return letters.pop() if len(letters) == 1 else None


def subject_after(links: ChainLinks, chain: Chain, index: MentionIndex) -> Mention | None:
    """A possessive or "thereof" in a phrase that opens its sentence, when the comma that
    ends the phrase is followed by the sentence's subject, an instrument: the subject
    owns the chain (fr "Conformément à son considérant 6, le règlement n° 1346/2000 se
    limite …", mt "Kif spjegat fil-Premessa 10 tiegħu, ir-Regolament Interim huwa …"),
    whatever the sentence before names. Nothing may be named before the chain in its
    sentence, and no other word stands between the phrase's comma and the subject."""
    view = index.view
    start = index.clause_start(chain.start)
    if not _SENTENCE_OPENING.fullmatch(view, start, chain.start):
        return None
    if index.first_in(start, chain.start) is not None:
        return None
    after = chain.end
    owner = links.thereof.match(view, chain.end)
    if owner is not None:
        after = owner.end()
    else:
        word = _LAST_WORD.search(view, start, chain.start)
        opening = links.possessive_opening
        if (
            word is None
            or opening is None
            or not opening.fullmatch(view, word.start(), chain.start)
        ):
            return None
    gap = _SUBJECT_GAP.match(view, after)
    if gap is None:
        return None
    # the subject's mention may hold its determiner (mt "ir-Regolament") or follow it
    subject = index.first_in(gap.start("det"), gap.end() + 1)
    return (
        subject if subject is not None and subject.start in (gap.start("det"), gap.end()) else None
    )


def _plain_lead(links: ChainLinks, view: str, start: int, end: int) -> bool:
    """Whether the sentence's words from ``start`` to a chain at ``end`` are plain: short,
    in lower case after the first, with no digit, bracket, act word or noun of an
    instrument's kind (a national law or an unknown convention may be named there), and
    the sentence before ended with a full stop."""
    lead = view[start:end].lstrip()
    return (
        len(lead) <= _LEAD_REACH
        and _PLAIN.fullmatch(lead) is not None
        and not any(ch.isupper() for ch in lead[1:])
        and _AFTER_FULL_STOP.search(view, max(0, start - 12), start) is not None
        and links.act_word_after.search(lead) is None
        and not names_unregistered_kind(lead)
    )


def _sole_before(index: MentionIndex, start: int, reach: int = _POSSESSIVE_REACH) -> Mention | None:
    """The instrument the sentence before ``start`` names, when it names no other."""
    named = index.last_named_before(start, reach)
    if named is None or named.start < index.clause_start(max(0, start - 1)):
        return None
    for m in index.mentions[index.first_at(named.start) : index.first_at(start)]:
        if m.use != REFERENCE and m.code != named.code:
            return None
    before = index.mentions[
        index.first_at(index.clause_start(named.start)) : index.first_at(named.start)
    ]
    if any(m.use != REFERENCE and m.code != named.code for m in before):
        return None
    return named


def wrapped_line_head(links: ChainLinks, index: MentionIndex, pos: int) -> Mention | None:
    """A sentence hard-wrapped inside an act's title: a line that opens in lower case goes
    on with the line before (el "… την απόφαση 2010/87/ΕΕ για την" then "προστασία …, και
    ιδίως το άρθρο 4"), whose act the "in particular" after the line's comma pins, when
    the line names nothing before the chain."""
    view = index.view
    start = index.clause_start(pos)
    if start < 2 or view[start - 1] != "\n" or not view[start : start + 1].islower():
        return None
    comma = view.rfind(",", start, pos)
    if comma < 0 or index.first_in(start, pos) is not None:
        return None
    after = comma + 1
    while after < pos and view[after] in " \t":
        after += 1
    if not links.backward_link.fullmatch(view, after, pos):
        return None
    return index.clause_head(start - 1)
