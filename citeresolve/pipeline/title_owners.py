"""The act that owns an article chain when a title names two acts: the act whose title
names another before its own number (hu "… módosításáról szóló … 575/2013/EU
rendeletre"), the act whose relative clause names the act it repeals or amends (lv "…
un ar ko atceļ Padomes Regulu (EK) Nr. 1698/2005 15. pantu", lt "…, kuriuo panaikinama
Direktyva 1999/93/EB, 19 straipsnyje")."""

from __future__ import annotations

import functools

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import CITABLE, NAMED, REFERENCE, Mention
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.keys import PROTOCOL_PREFIX
from .chain_links import ChainLinks
from .genitive_gap import MARKER
from .mention_index import SENTENCE_END, MentionIndex

# Between two acts of a list: their "and" or comma and their authors, no number, no end
# of a sentence or a clause (lv "direktīvu 84/450/EEK un Eiropas Parlamenta un Padomes
# direktīvas 97/7/EK, 98/27/EK").
_LIST_GAP = lazy_pattern(r"[^\d.;:()\[\]\n]{1,60}")
# How many acts back the list is walked.
_LIST_REACH = 8
# A name's abbreviation or definition in brackets; not a footnote marker, which closes
# the title of the act the clause names (it "regolamento … recante modifica del protocollo
# n. 3 sullo statuto della Corte di giustizia dell'Unione europea(1), in particolare il
# considerando 9": the act's recital)
_ASIDE = lazy_pattern(r"[ \t]*\((?!\d{1,3}\))[^()\n]{1,40}\)")
_SHORT_WORDS = lazy_pattern(r"(?:[ \t]+[^\W\d]{1,7}){0,3}[ \t]*")


def title_owner(
    links: ChainLinks, head: Mention | None, index: MentionIndex, pos: int
) -> Mention | None:
    """The act whose title names ``head``, where the language writes the title before
    the act's number: hu "… és a 648/2012/EU rendelet módosításáról szóló, 2013. június
    26-i 575/2013/EU … rendeletre …, és különösen annak 113. cikke" is 575/2013's. A
    title may name several acts (fi "direktiivien 2002/65/EY, 2009/110/EY … muuttamisesta
    ja direktiivin 2007/64/EY kumoamisesta … annetun … direktiivin (EU) 2015/2366 (1) ja
    erityisesti sen 98 artiklan"): the closing word after any of them counts."""
    if head is not None and head.type == "eu_act":
        head = _treaty_before_linker(links, index, pos) or head
    if links.title_end is None or head is None:
        return head
    previous = head
    k = index.first_at(head.end)
    while k < len(index.mentions) and index.mentions[k].end <= pos:
        following = index.mentions[k]
        if following.use != REFERENCE and links.title_end.match(
            index.view, previous.end, following.start
        ):
            head = following
        previous = following
        k += 1
    return head


def _treaty_before_linker(links: ChainLinks, index: MentionIndex, pos: int) -> Mention | None:
    """A Treaty named on its own right before the "in particular" that links the chain
    at ``pos``, in a clause about an act: the chain pins the Treaty (it "il regolamento
    (CE) n. 450/2008 sia coerente con il trattato sul funzionamento dell'Unione europea
    (TFUE), in particolare con gli articoli 290 e 291 dello stesso", es "… con el TFUE,
    en particular con sus artículos 290 y 291"); not a Treaty that completed an article
    cited before it ("Articles 81 and 82 of the Treaty, and in particular Article 29")."""
    view = index.view
    k = index.first_at(pos) - 1
    if k > 0 and index.mentions[k].code == index.mentions[k - 1].code:
        k -= 1  # its abbreviation in brackets: sv "(EUF-fördraget)", lt "(toliau – SESV)"
    treaty = index.mentions[k] if k >= 0 else None
    if (
        treaty is None
        or treaty.type != "treaty"
        or treaty.code.startswith(PROTOCOL_PREFIX)  # amended in an act's title, mostly
        or treaty.use not in (CITABLE, NAMED)
        or treaty.end > pos
        or _completes(links, view, treaty.start)
    ):
        return None
    # its abbreviation or a definition in brackets after it: lt "(toliau – SESV)"
    aside = _ASIDE.match(view, treaty.end, pos)
    link = links.linker_after.match(view, aside.end() if aside else treaty.end, pos)
    # then a preposition, possessive or article: "con gli", "z jego", "mit dessen"
    if link is None or _SHORT_WORDS.fullmatch(view, link.end(), pos) is None:
        return None
    return treaty


def _completes(links: ChainLinks, view: str, start: int) -> bool:
    """Whether a number and at most an "of" word stand right before ``start``: the name
    there completes an article ("articoli 81 e 82 del trattato CE", pl "art. 81 Traktatu")."""
    before = view[max(0, start - 25) : start]
    digit = max(before.rfind(d) for d in "0123456789")
    if digit < 0:
        return False
    rest = max(0, start - 25) + digit + 1
    of = links.of_after.match(view, rest, start)
    return not view[of.end() if of else rest : start].strip()


def clause_object(links: ChainLinks, chain: Chain, index: MentionIndex, act: Mention) -> bool:
    """Whether ``act`` is named in a relative clause of an earlier act's title, which the
    chain after the comma belongs to: lt "reglamento (ES) Nr. 910/2014 dėl …, kuriuo
    panaikinama Direktyva 1999/93/EB, 19 straipsnyje" (the Regulation's Article 19)."""
    head = index.ending_at(chain.start, links.genitive_gap)
    return head is not None and head.end <= act.start


def _clause_before_list(
    links: ChainLinks, named: Mention, index: MentionIndex
) -> regex.Match[str] | None:
    """The title clause that names ``named`` or the list it ends: lv "… un ar ko groza
    Padomes direktīvu 84/450/EEK un … direktīvas 97/7/EK, 98/27/EK un 2002/65/EK un …
    regulu 2006/2004/EK, 3.pantā" (the acts the clause amends, the article the amending
    act's)."""
    assert links.title_clause is not None
    view = index.view
    head = named
    k = index.first_at(named.start)
    while True:
        clause = links.title_clause.search(view, max(0, head.start - 120), head.start)
        if clause is not None or k <= 0 or index.first_at(named.start) - k >= _LIST_REACH:
            return clause
        k -= 1
        before = index.mentions[k]
        gap = view[before.end : head.start]
        if (
            before.type != "eu_act"
            or before.use == REFERENCE
            or not _LIST_GAP.fullmatch(gap)
            or (links.and_after.match(view, before.end) is None and "," not in gap)
        ):
            return None
        head = before


def titling_act(
    links: ChainLinks, named: Mention, index: MentionIndex, pos: int | None = None
) -> Mention | None:
    """The act whose title names ``named`` in a relative clause with no comma around it:
    lv "Regulas (ES) Nr. 1305/2013 par … (ELFLA) un ar ko atceļ Padomes Regulu (EK) Nr.
    1698/2005 15. pantu" is 1305/2013's Article 15. That act is the last before the
    clause, of another list, in the same sentence. With the chain's start ``pos``, first
    the act whose clause between commas runs over ``named`` to the chain
    (:func:`_clause_head`)."""
    view = index.view
    if pos is not None and named.type == "eu_act":
        head = _clause_head(links, named, index, pos)
        if head is not None:
            return head
    if links.title_clause is None or named.type != "eu_act":
        return None
    clause = _clause_before_list(links, named, index)
    if clause is None:
        return None
    for k in range(
        index.first_at(clause.start()) - 1, max(-1, index.first_at(named.start) - 6), -1
    ):
        owner = index.mentions[k]
        if owner.end > clause.start():
            continue
        if SENTENCE_END.search(view, owner.end, clause.start()) or clause.start() - owner.end > 300:
            return None
        if owner.type == "eu_act" and owner.use != REFERENCE and owner.group != named.group:
            return _title_head(links, owner, index)
    return None


# How far a relative clause of a title may run from its act to the chain: a title that
# lists the acts it amends or repeals, closed by the act's Official Journal reference.
_CLAUSE_REACH = 600


def _clause_head(
    links: ChainLinks, named: Mention, index: MentionIndex, pos: int
) -> Mention | None:
    """The earliest act of the sentence whose relative clause, between commas and closed
    by its Official Journal reference, names ``named`` and ends right before the chain at
    ``pos``: the chain is that act's, in the genitive (et "määruse (EÜ) nr 1782/2003,
    millega … ning muudetakse määruseid (EMÜ) nr 2019/93, … ja (EÜ) 2529/2001 (ELT L 270,
    …), artiklite 143b ja 143c"; lt "reglamentu (ES) Nr. 1307/2013, kuriuo … panaikinami
    … reglamentai (EB) Nr. 637/2008 ir (EB) Nr. 73/2009 (OL …), 9 straipsnio"), not the
    last act of the list. The earliest: a clause may name an act with a clause of its own
    (et "määruse (EL) nr 639/2014, millega täiendatakse … määrust (EL) nr 1307/2013,
    millega kehtestatakse …, ning muudetakse … (ELT …), artikli 4")."""
    view, head = index.view, None
    first = index.first_at(named.start)
    for k in range(first - 1, max(-1, first - _HEAD_ACTS), -1):
        m = index.mentions[k]
        if pos - m.end > _CLAUSE_REACH or SENTENCE_END.search(view, m.end, named.start):
            break
        if m.type != "eu_act" or m.use == REFERENCE:
            continue
        gap = links.genitive_gap.fullmatch(view, m.end, pos)
        if gap is not None and gap.group("clause") and gap.start("clause") == m.end:
            head = m
    return head


# How far back, and across how many acts, the act whose title names the owner is looked for.
_HEAD_REACH = 900
_HEAD_ACTS = 16


@functools.cache
def _title_opener(code: str) -> regex.Pattern[str] | None:
    """A title's opening word right after an act (lt "dėl", lv "par"), perhaps after a
    footnote marker."""
    words = load(code).articles.get("act_title")
    return compile_pattern(rf"[ \t]*(?:{MARKER})?(?:{alternation(words)})[ \t]") if words else None


@functools.cache
def _clause_opener(code: str) -> regex.Pattern[str] | None:
    """A comma and a title clause's words (lt ", su paskutiniais pakeitimais, padarytais")."""
    words = load(code).articles.get("act_title_clause")
    return compile_pattern(rf",[ \t]*(?:{alternation(words)})[ \t]") if words else None


def amended_head(links: ChainLinks, act: Mention, index: MentionIndex, pos: int) -> Mention | None:
    """The act whose title ends with ``act`` and a title clause between commas that the
    chain at ``pos`` follows (lt "… bei Tarybos reglamentas (EEB) Nr. 3922/91, su
    paskutiniais pakeitimais, padarytais … reglamentu (ES) 2021/1087, 7 ir 8
    straipsnius"): the titled act (:func:`_title_head`); None when no such clause
    stands between ``act`` and the chain."""
    clause = _clause_opener(links.code)
    if clause is None or clause.match(index.view, act.end) is None:
        return None
    gap = links.genitive_gap.fullmatch(index.view, act.end, pos)
    if gap is None or gap.start("clause") != act.end:
        return None
    head = _title_head(links, act, index)
    return head if head is not act else None


def _title_head(links: ChainLinks, owner: Mention, index: MentionIndex) -> Mention:
    """The act whose title names ``owner`` in its list of the acts it amends or repeals,
    in the same sentence, when ``owner`` opens no title of its own: lt "reglamento (ES)
    2018/1139 dėl …, iš dalies keičiami … reglamentai … bei … Tarybos reglamentas (EEB) Nr.
    3922/91, su paskutiniais pakeitimais, padarytais … reglamentu (ES) 2021/1087, 7 ir 8
    straipsnius" (as last amended: 2018/1139's Articles 7 and 8). ``owner`` itself where
    no earlier act opens a title."""
    opener, view = _title_opener(links.code), index.view
    if opener is None or opener.match(view, owner.end):
        return owner
    first = index.first_at(owner.start)
    for k in range(first - 1, max(-1, first - _HEAD_ACTS), -1):
        m = index.mentions[k]
        if owner.start - m.end > _HEAD_REACH or SENTENCE_END.search(view, m.end, owner.start):
            return owner
        if m.type == "eu_act" and m.use != REFERENCE and opener.match(view, m.end):
            return m
    return owner
