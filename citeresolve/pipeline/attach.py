"""Attach: bind article chains to their instrument and decide which mentions are
citations of a whole instrument.

An article chain finds its instrument, in this order:

1. "Rule 144" (a Rules word): the EP Rules of Procedure;
2. after it: "of the Treaty on European Union", "TFEU", "of Directive
   2011/83/EU", "of that Treaty" (:mod:`.instrument_after`), "thereof";
3. before it: "in particular [its] Article 11" or a dash links it to the first
   instrument of the clause; a mention right before it ("forretningsordenens
   artikel 59", "SEUT-sopimuksen 294 artiklan") is its instrument
   (:mod:`.instrument_before`); in a row of EUR-Lex's table of the acts a document
   modifies, the row's act (:mod:`.related_acts`).

The linking words of each language are compiled in :mod:`.chain_links`, the mentions
indexed in :mod:`.mention_index`, and reference words ("the Treaty") resolved in
:mod:`.anaphors` ("as amended by" there too).

A chain with no instrument in reach is not a citation ("Article 14" of an NGO, "article 405
of the Kazakh Criminal Code").  A mention consumed in step 2 or as an adjacent genitive is
only the instrument of its articles; any other citable mention is cited as a whole (``TEU``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from ..families.chain_grammar import Chain, Unit
from ..families.instruments import matcher
from ..families.mentions import ATTACH_ONLY, CITABLE, NAMED, OTHER_RULES, REFERENCE, Mention
from ..knowledge.lang import Language, alternation, load
from ..knowledge.lazy_modules import lazy_modules
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..limits import DEADLINE_EVERY, check_deadline
from ..model.citation import Candidate
from ..model.keys import RULES_CODE
from ..model.parts import by_span, by_start
from .anaphors import (
    REGULATION_OR_RULES,
    amending_words,
    drop_references_in_acts,
    names_unregistered_kind,
    resolve_references,
)
from .chain_links import links_of
from .coordinated_after import cite_coordinated
from .dated_acts import title_amending_words
from .instrument_after import named_after, rules_instrument
from .instrument_before import (
    head_linked_by_thereof,
    named_before,
    pinned_head,
    relative_owner,
)
from .mention_index import SENTENCE_END, MentionIndex
from .possessive_apart import chains_apart
from .previous_units import Previous, of_previous
from .said_articles import SaidArticles
from .taken import Taken
from .unit_keys import unit_candidate, whole

if TYPE_CHECKING:
    from . import keyword_lines, related_acts, sentence_reach, thereof_reach, unread_names
else:  # the same modules, each imported when first used
    lazy_modules(".keyword_lines", ".related_acts", ".sentence_reach")
    lazy_modules(".thereof_reach", ".unread_names")


_INSERTED_PARAGRAPH = lazy_pattern(r"\d{1,3}[a-z]{1,10}")  # "2a", "1bis", "3quater"
# How far after a coordinated chain a name of its own may start.
_NAME_REACH = 16
# How far around a reference word the phrase of a self-reference may reach.
_SELF_REACH = 30


class Attached(NamedTuple):
    """What attach found: the citations, the instrument names that only completed an
    article reference (for linking them), and chains left without an instrument (for
    the drafters' checker)."""

    candidates: list[Candidate]
    named_instruments: list[Candidate]
    orphans: list[Chain]


class Attacher:
    def __init__(self, language: Language) -> None:
        self._links = links_of(language)
        self._code = language.code
        self._language = language
        self._amending = amending_words(language.code)
        self._titles = title_amending_words(language.code)  # "amending", "abrogeant"
        self._names = matcher(language.code)
        self._said = SaidArticles(language, self._links)  # "the said Article 82": cited before
        # Number first (fi "EIS:n 8 artiklan"), the word before a bare article may be an
        # instrument read as no mention: a repeat is never assumed there.
        self._repeats = not language.articles["number_first"]
        # lv "šajā 5. pantā": a demonstrative before a chain that repeats the units cited
        # just before
        demonstratives = language.articles.get("demonstratives", [])
        self._demonstrative = (
            deferred_pattern(rf"(?:{alternation(demonstratives)})[ \t]+\Z")
            if demonstratives
            else None
        )

    def attach(self, view: str, chains: list[Chain], mentions: list[Mention]) -> Attached:
        mentions = drop_references_in_acts(sorted(mentions, key=by_start))
        resolved = self._resolve_references(view, mentions)
        index = MentionIndex(view, mentions, self._links.openers)
        taken = Taken()
        found = Attached([], [], [])
        previous: Previous | None = None
        last_end = -1  # where the chain before ends, attached or not
        waiting: Chain | None = None  # the last chain left without an instrument
        parts = chains_apart(view, chains, self._links, _own_articles_apart)
        for i, chain in enumerate(parts):
            if not i % DEADLINE_EVERY:
                check_deadline()  # the gap patterns carry no regex timeout
            first = chain.units[0]
            # "paragraph 2 of Annex III to …" is the annex's, not the last article's
            if (
                not first.article
                and first.annex is None
                and (first.paragraph is not None or first.recital is None)
            ):
                # "paragraph 7 thereof", "points (b) and (c) of that paragraph"
                found.candidates.extend(of_previous(self._links, view, chain, previous))
                continue
            last_code = previous.code if previous and previous.end >= last_end >= 0 else None
            attached = self._attach_chain(chain, index, resolved, taken, found)
            # ... never one a national act right after it owns (pl "art. 385 k.c.")
            if (attached is None and not self._links.national_titles.after(view, chain.end)) and (
                (code := self._repeat(chain, previous, index)) is not None
                or (code := self._coordinated(chain, previous, index)) is not None
                or (
                    code := sentence_reach.sentence_instrument(
                        self._links, chain, index, resolved, last_end, self._code, last_code
                    )
                )
            ):
                found.orphans.pop()  # the chain _attach_chain kept as an orphan
                found.candidates.extend(unit_candidate(u, code) for u in chain.units)
                attached = Previous(chain.units[-1], code, chain.end)
            if attached is not None:
                args = (waiting, chain, attached.code, index, resolved)
                found.candidates.extend(cite_coordinated(self._links, *args, found.orphans))
                previous = attached
            waiting = chain if attached is None else None
            last_end = chain.end
        _citewhole(mentions, taken, found)
        found.named_instruments.sort(key=by_span)
        return found

    def _repeat(self, chain: Chain, previous: Previous | None, index: MentionIndex) -> str | None:
        """The instrument of the units cited just before, which the chain repeats: bare in
        the same clause (:func:`_repeat_of`), or after a demonstrative in the same sentence
        (lv "… 5. panta un 15. apsvēruma pieņemšanu, ciktāl šajā 5. pantā un 15.
        apsvērumā …": Article 5 and recital 15 of the directive again)."""
        if (
            self._repeats
            and (code := _repeat_of(chain, previous, index)) is not None
            and not self._links.national_titles.numbered_between(
                index.view, previous.end if previous else 0, chain.start
            )
        ):  # a national act named between with its number is the chain's (es "Ley 2/2023")
            return code
        pattern, view = self._demonstrative, index.view
        if pattern is None or previous is None or chain.rules or previous.end > chain.start:
            return None
        last, unit = previous.unit, chain.units[-1]
        if (unit.article, unit.recital, unit.annex) != (last.article, last.recital, last.annex):
            return None
        if not pattern.search(view, max(0, chain.start - 24), chain.start):
            return None
        if index.first_in(previous.end, chain.start) is not None or SENTENCE_END.search(
            view, previous.end, chain.start
        ):
            return None
        return previous.code

    def _coordinated(
        self, chain: Chain, previous: Previous | None, index: MentionIndex
    ) -> str | None:
        """ "asetuksen (EU) 2016/679 … 15 artiklan mukaista oikeutta … sekä 17 artiklan
        mukaista oikeutta": a chain with no instrument of its own, joined by an "and"
        word to the chain cited before it in the same sentence, with no instrument named
        between and no "of" word after it, cites the same instrument (the contract's "in
        reach": the sentence names it)."""
        if previous is None or chain.rules or previous.end > chain.start:
            return None
        view = index.view
        if not self._links.and_before.search(view, max(0, chain.start - 80), chain.start):
            return None
        if index.clause_start(chain.start) > previous.end or SENTENCE_END.search(
            view, previous.end, chain.start
        ):
            return None
        if index.first_in(previous.end, chain.start) is not None:
            return None
        # ... nor a name or an act's word right after it: its own instrument, one unknown
        # (sl "68. člen ZTuj-2", sk "článok 53 Dohody o EHP", "článku 5a rozhodnutia o
        # komitológii") or one a longer reading of the same words names ("s 83. členom GDPR")
        rest = view[chain.end : chain.end + _NAME_REACH].lstrip(" \t")
        gap = self._links.gap_after(view, chain.end)
        if (
            (gap is not None and gap["of"])
            or rest[:1].isupper()
            or self._links.act_word_after.match(view, chain.end) is not None
            or index.first_in(chain.end, chain.end + _NAME_REACH) is not None
        ):
            return None
        # ... nor when an "and" word joins it to a chain that names another instrument
        # (it "con l'articolo 16 TFUE e con gli articoli 7, 8 e con l'articolo 52,
        # paragrafo 1, della Carta": the Charter's, coordinated_after.py)
        joint = self._links.and_after.match(view, chain.end)
        after = joint.end() if joint is not None else len(view)
        named = keyword_lines.segment_name_after(index, after) if joint is not None else None
        if named is not None and named.code != previous.code:
            return None if any(ch.isdigit() for ch in view[after : named.start]) else previous.code
        return previous.code

    def _resolve_references(self, view: str, mentions: list[Mention]) -> dict[int, str | None]:
        """What each reference word points back to; None for one naming another body's rules."""
        resolved = resolve_references(mentions, view, self._amending, self._titles)
        # Two whole-text searches, made only where a reference word may be the rules of
        # another body (most texts: none).
        foreign = any(
            m.use == REFERENCE and resolved.get(m.start) == RULES_CODE for m in mentions
        ) and self._foreign_chamber(view)
        regulation_word_is_act = self._regulation_word_is_act(view, mentions)
        for m in mentions:
            # "del Reglamento de las Cortes": the rules of another body, not the EP's;
            # "ai sensi dell'articolo 126 del regolamento" in a Camera dei deputati text
            # that never names the Parliament: the Chamber's own Rules.
            # es "El art. 19 del Reglamento" with no regulation before it, in a text that
            # cites a regulation later and never names the Parliament: that regulation's
            # article, named too late to attach, not the EP Rules.
            # fr "l'article 53, paragraphe 2, du règlement" in an order of the Court: the
            # Court's own Rules (courts_own_text), no EP Rule.
            if resolved.get(m.start) == RULES_CODE and (
                self._links.of_after.match(view, m.end)
                or (foreign and m.use == REFERENCE)
                or (m.code == REGULATION_OR_RULES and regulation_word_is_act)
                or (m.use == REFERENCE and self._names.courts_own_text(view))
            ):
                resolved[m.start] = None
            elif m.use == REFERENCE and self._names_itself(view, m):
                resolved[m.start] = None  # mt "fl-Anness ta' dan ir-Regolament"
            elif m.use == REFERENCE and m.code == "treaty":
                # de "den Vertrag zur Gründung der Europäischen Atom gemeinschaft"
                named = unread_names.unread_name(self._language, view, m.end)
                if named is not None:
                    resolved[m.start] = named or None
        return resolved

    def _regulation_word_is_act(self, view: str, mentions: list[Mention]) -> bool:
        """Whether the word for both a regulation and the Rules ("Reglamento") is no EP
        Rules here: the text cites a regulation and never names the Parliament."""
        parliament = self._links.parliament
        if parliament is None or not any(m.code == REGULATION_OR_RULES for m in mentions):
            return False
        regulation = any(
            m.type == "eu_act" and m.code.removeprefix("CELEX:")[5:6] == "R" for m in mentions
        )
        return regulation and parliament.search(view) is None

    def _foreign_chamber(self, view: str) -> bool:
        """Whether ``view`` names a national chamber and never the European Parliament."""
        links = self._links
        if links.national_chamber is None or links.national_chamber.search(view) is None:
            return False
        return links.parliament is None or links.parliament.search(view) is None

    def _names_itself(self, view: str, m: Mention) -> bool:
        """Whether the reference word ``m`` is part of the document naming itself."""
        pattern = self._links.self_reference
        if pattern is None:
            return False
        found = pattern.search(view, max(0, m.start - _SELF_REACH), m.end + _SELF_REACH)
        while found is not None and found.start() <= m.start:
            if found.end() >= m.end:
                return True
            found = pattern.search(view, found.start() + 1, m.end + _SELF_REACH)
        return False

    def _attach_chain(
        self,
        chain: Chain,
        index: MentionIndex,
        resolved: dict[int, str | None],
        taken: Taken,
        found: Attached,
    ) -> Previous | None:
        """Cite the chain's units in its instrument (or keep it as an orphan); the last
        unit attached, for paragraphs that follow it."""
        said = self._said.instrument(index.view, chain, found.candidates)
        if said is not None:  # "the said Article 6 and Title VII of the Charter"
            found.candidates.extend(unit_candidate(unit, said) for unit in chain.units)
            return Previous(chain.units[-1], said, chain.end)
        before = len(taken.consumed)
        target = self._instrument_for(chain, index, taken)
        code = None
        if target is not None:
            code = (
                resolved.get(target.start, target.code) if target.use == REFERENCE else target.code
            )
        if target is None or code is None or code == OTHER_RULES:
            found.orphans.append(chain)
            return None
        taken.consume_inside(chain.start, chain.end, code, index)
        found.candidates.extend(
            unit_candidate(unit, code) for unit in chain.units if not _inserted_paragraph(unit)
        )
        if len(taken.consumed) > before and target.start != chain.start:
            found.named_instruments.append(Candidate(whole(code), target.start, target.end))
            # "art. 1 delle direttive 92/50/CEE, 93/36/CEE e 93/37/CEE": the
            # article of each act of the list.
            for other in _same_group_after(target, index.mentions):
                taken.consumed.add(other.start)
                for unit in chain.units:
                    found.candidates.append(
                        unit_candidate(unit, other.code, other.start, other.end)
                    )
        return Previous(chain.units[-1], code, max(chain.end, target.end))

    def _instrument_for(self, chain: Chain, index: MentionIndex, taken: Taken) -> Mention | None:
        """The chain's instrument, by the steps of the module's docstring; the mentions
        it takes are recorded in ``taken``."""
        links = self._links
        if chain.rules:
            if self._names.own_rule_words(index.view):
                # a Rule word in the Court's own text (its Rules' table of contents,
                # "Purport of these Rules 11") or in the Rules themselves: no EP Rule
                return Mention(chain.start, chain.end, OTHER_RULES, ATTACH_ONLY, "rules")
            return rules_instrument(links, chain, index, taken)
        head = head_linked_by_thereof(links, chain, index, taken)
        if head is not None:
            return None if links.own_after(index.view, chain.end, head) else head
        following = named_after(links, chain, index, taken)
        if following is not None:
            return following
        if links.thereof_after(index.view, chain.end):
            head = (
                pinned_head(links, chain, index, taken)
                or thereof_reach.subject_after(links, chain, index)
                or thereof_reach.thereof_across(links, chain, index)
            )  # a self-reference in a Treaty's clause: the document's own articles
            return None if head and links.own_after(index.view, chain.end, head) else head
        if chain.continued:
            return None
        # a row of EUR-Lex's table of related acts: its act cell is cited too (not taken)
        return (
            related_acts.row_act(chain, index)
            or relative_owner(links, chain, index)
            or named_before(links, chain, index, taken)
            or thereof_reach.subject_after(links, chain, index)
            or thereof_reach.possessive_across(links, chain, index)
            or thereof_reach.possessive_of_kind(links, chain, index)
        )


def _repeat_of(chain: Chain, previous: Previous | None, index: MentionIndex) -> str | None:
    """ "the influence of Article 47 of the Charter, and the way in which the
    requirements stemming from Article 47 are interpreted": the article just cited,
    repeated bare in the same clause with no instrument named between, is that one
    again (the contract's "in reach": the sentence names its instrument before it)."""
    if previous is None or len(chain.units) != 1 or chain.rules:
        return None
    unit, last = chain.units[0], previous.unit
    if unit.article != last.article or unit.annex != last.annex or unit.recital is not None:
        return None
    if index.clause_start(chain.start) > previous.end:
        return None
    if index.first_in(previous.end, chain.start) is not None:
        return None
    # nor a convention that has no key ("Bernska konvencija – Člen 2(7)"): its article
    return (
        None if names_unregistered_kind(index.view[previous.end : chain.start]) else previous.code
    )


def _citewhole(mentions: list[Mention], taken: Taken, found: Attached) -> None:
    """Mentions no chain took: a citable one is cited as a whole, a popular name is
    linked but not cited."""
    for m in mentions:
        if m.start in taken.consumed:
            continue
        if m.use == CITABLE:
            found.candidates.append(Candidate(whole(m.code), m.start, m.end))
        elif m.use == NAMED:
            found.named_instruments.append(Candidate(whole(m.code), m.start, m.end))


def _inserted_paragraph(unit: Unit) -> bool:
    """Whether the unit pins a paragraph inserted by an amendment ("Artikel 2 Abs. 1a", pl
    "ust. 1 i 1a", "8(2a)", fr "paragraphe 1 bis"): the key grammar numbers paragraphs
    with digits only and has no form for it, and its number alone would cite another
    paragraph (2(1) for 1a), so it is not cited; its instrument is still the one the
    chain names."""
    return unit.paragraph is not None and _INSERTED_PARAGRAPH.fullmatch(unit.paragraph) is not None


def _same_group_after(target: Mention, mentions: list[Mention]) -> list[Mention]:
    if target.group is None:
        return []
    return [m for m in mentions if m.group == target.group and m.start > target.start]


def act_mention(candidate: Candidate) -> Mention:
    return Mention(
        candidate.start,
        candidate.end,
        f"CELEX:{candidate.parts.celex}",
        CITABLE,
        "eu_act",
        candidate.group,
    )


@functools.cache
def attacher(code: str) -> Attacher:
    return Attacher(load(code))


def _own_articles_apart(view: str, chain: Chain) -> list[Chain]:
    """es "artículo 4 TUE, apartado 3, y el artículo 267 TFUE": paragraphs with no
    article of their own (the article's cited before them) and then articles named by
    their own article word are two chains, so that those articles find their own
    instrument and are never pinned to the article before. A bare number after the
    paragraphs ("paragrafi 3 e 4") stays in the chain."""
    units = chain.units
    own = next((k for k, unit in enumerate(units) if unit.article), 0)
    if own == 0 or any(u.paragraph is None or u.annex or u.recital for u in units[:own]):
        return [chain]
    if view[units[own].start : units[own].start + 1].isdigit():
        return [chain]
    head = Chain(units[:own], chain.start, units[own - 1].end, chain.rules)
    return [head, Chain(units[own:], units[own].start, chain.end, chain.rules)]
