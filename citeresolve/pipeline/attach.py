"""Attach: bind article chains to their instrument and decide which mentions are
citations of a whole instrument.

An article chain finds its instrument, in this order:

1. "Rule 144" (a Rules word): the EP Rules of Procedure;
2. after it: "of the Treaty on European Union", "TFEU", "of Directive
   2011/83/EU", "of that Treaty", "thereof";
3. before it: "in particular [its] Article 11" or a dash links it to the first
   instrument of the clause; a mention right before it ("forretningsordenens
   artikel 59", "SEUT-sopimuksen 294 artiklan") is its instrument.

A chain with no instrument in reach is not a citation ("Article 14" of an NGO,
"article 405 of the Kazakh Criminal Code").  A mention consumed in step 2 or as
an adjacent genitive is only the instrument of its articles; any other
citable mention is cited as a whole (``TEU``).
"""

from __future__ import annotations

import bisect
import functools
from itertools import accumulate

import regex
from attrs import define

from ..families.chain_grammar import Chain, Unit
from ..families.instruments import (
    ATTACH_ONLY,
    CITABLE,
    NAMED,
    OTHER_RULES,
    REFERENCE,
    Mention,
    instrument_type,
)
from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import Language, alternation, load
from ..knowledge.registry import keeps_latin_suffixes, latin_suffixes
from ..limits import check_deadline, scan_timeout
from ..model.citation import Candidate
from ..model.keys import PROTOCOL_PREFIX, RULES_CODE, KeyParts, Pin
from ..text.scan import PhraseGroups

_LEADING_DIGITS = compile_pattern(r"\d{1,3}")
_POINT = compile_pattern(r"[a-z]{1,6}")
_FORWARD_REACH = 80
# What follows a linking phrase: white space, or nothing when the phrase ends glued
# to the next word ("tat-", "l-", "dell'").
_AFTER = r"(?:\s+|(?<=[-'’]))"
_BACKWARD_REACH = 80
# Which acts a reference word may point back to, by CELEX descriptor.
_REFERENCE_DESCRIPTORS = {
    "regulation": "R",
    "directive": "L",
    "decision": "D",
    "framework_decision": "F",
}
# A reference word that names the EP Rules of Procedure unless a regulation was
# cited before it (it. "del regolamento", fr. "du règlement"): [references] field.
_REGULATION_OR_RULES = "regulation_or_rules"


@define
class Attached:
    """What attach found: the citations, the instrument names that only completed
    an article reference (for linking them), and article chains left without
    an instrument (for the drafters' checker)."""

    candidates: list[Candidate]
    named_instruments: list[Candidate]
    orphans: list[Chain]


class Attacher:
    def __init__(self, language: Language) -> None:
        art = language.articles
        of = alternation(art["of"])
        determiners = alternation(art["determiners"])
        # A phrase ending in a hyphen or apostrophe is glued to the next word
        # (Maltese "tat-Trattat", "tar-Regoli"; "dell'Unione"): no space after it.
        # EUR-Lex HTML writes the marker with inner spaces:
        # "direktiivin 92/83/ETY ( 2 ) 27 artiklan".
        marker = r"(?:\( ?\d{1,3} ?\)|\[\d{1,3}\])[ \t]*"
        # A footnote marker may stand right after the chain: "Article 108(2) (1) of".
        self._forward_gap = compile_pattern(
            rf"[ \t]*(?:{marker})?,?\s*(?:(?:{of}){_AFTER}(?:(?:{determiners}){_AFTER})?"
            # up to three words, hyphenated ones too ("i Europa-Parlamentets og Rådets")
            rf"(?:[^\W\d][\w-]*\s+){{0,3}})?"
        )
        # "amending Regulation (EC) No 1907/2006 as regards Annex XVII": the chain after
        # "as regards" pins the act right before the phrase.
        as_regards = art.get("as_regards")
        self._as_regards = (
            compile_pattern(
                rf"(?<![^\W\d_])(?:{alternation(as_regards)}){_AFTER}"
                rf"(?:(?:{determiners}){_AFTER})?$"
            )
            if as_regards
            else None
        )
        self._of_after = compile_pattern(rf"\s+(?:{of})(?:\s+|(?<=['’]))")
        self._thereof = compile_pattern(rf"[ \t]*,?\s*(?:{alternation(art['thereof'])})")
        linkers = alternation(art["in_particular"])
        possessive = alternation(art["possessive"])
        self._backward_link = compile_pattern(
            rf"(?:(?:{linkers})[\s,]*(?:(?:{possessive}|{determiners}){_AFTER})*"
            rf"|(?:{possessive})\s+)$"
        )
        # What may stand between an instrument and the chain right after it (genitive
        # first): a footnote marker "(1)", a parenthesis "(jäljempänä ’perusoikeuskirja’)",
        # and after an act its title opened by an [articles] act_title word
        # (lt. "reglamento (ES) Nr. 1151/2012 dėl ... sistemų 50 straipsnio").
        title = alternation(art.get("act_title", []))
        # "former" before the old number the instrument's article had: lt "EB sutarties
        # ex 234 straipsnis" (the key is that number, TEC:234).
        former = alternation(art.get("former", []))
        former_gap = rf"(?:(?:{former})[ \t]+)?" if art.get("former") else ""
        self._genitive_gap = compile_pattern(
            rf"[ \t]*(?:{marker})?(?:\([^\d()\n]{{1,200}}\)[ \t]*"
            rf"|(?P<title>(?:{title})[ \t][^\d;:,()\[\]\n]{{1,200}}?[ \t]*"
            # a relative clause between commas: lt. "Reglamento (ES) 2017/1939, kuriuo
            # įgyvendinamas … srityje, 14 straipsnio"
            rf"|,[ \t]*(?:{title})[ \t][^\d;:,()\[\]\n]{{1,200}}?,[ \t]*"
            # the act's own date in a database's keyword line: pt "DIR … 2006/112/CE DE
            # 2006/11/28 ART9 ART73"
            rf"|(?:[^\W\d]{{1,3}}[ \t]+)?"
            rf"(?:\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})[ \t]+"
            rf"))?(?:{marker})?{former_gap}"
        )
        # In a language that links an article to its instrument with a word ("of",
        # "du", "der"), an act written right before a list of articles is a keyword
        # line's heading ("Directiva 2006/112/CE ART9 ART73"): cited itself, and
        # pinned; before a single article it only completes it ("77/388/EWG Art. 11").
        self._juxtaposed_heading = bool(art["of"])
        # A keyword chain of a judgment: "Regulation (EC) No 539/2001 — Article 1(4)(f)".
        self._dash_link = compile_pattern(r"\s[—–-]\s*$")
        self._linker_after = compile_pattern(rf"[\s,]*(?:{linkers})")
        self._in_particular_gap = compile_pattern(
            rf"[\s,;]*(?:{linkers})[\s,]*(?:{determiners}\s+)?"
        )
        # A citation opener ("having regard to", "gestützt auf") starts a new clause even
        # inside a line: a PDF transcript runs the title and all the visas together.
        openers = art.get("clause_openers", [])
        self._openers = PhraseGroups([("opener", openers)]) if openers else None
        # A definition between an act and its article: "1215/2012/EU rendelete … (a
        # továbbiakban: Brüsszel Ia. rendelet) 7. cikk", "asetuksen (EU) N:o 604/2013,
        # jäljempänä ’Dublin III -asetus’, 8 artiklan", "(… edaspidi „…”) artikli 10".
        markers = table("context_words.toml").get(language.code, {}).get("definition_markers")
        self._definition_end = (
            compile_pattern(
                rf"""(?:(?<![^\W\d])(?:{alternation(markers)})[^()\n]{{0,120}}\)[ \t]*,?
                    | ,[ \t]*(?:{alternation(markers)})[^,;()\n]{{1,80}},)[ \t]*$""",
                regex.VERBOSE,
            )
            if markers
            else None
        )

    def attach(self, view: str, chains: list[Chain], mentions: list[Mention]) -> Attached:
        mentions = _drop_references_in_acts(sorted(mentions, key=lambda m: m.start))
        resolved = _resolve_references(mentions, view)
        for m in mentions:
            # "del Reglamento de las Cortes": the rules of another body, not the EP's.
            if resolved.get(m.start) == RULES_CODE and self._of_after.match(view, m.end):
                resolved[m.start] = None
        by_start = {m.start: m for m in mentions}
        consumed: set[int] = set()
        # Mentions that closed a chain before them ("Art 267 Abs 3 AEUV"): not also the
        # genitive of the chain on the next line ("AEUV\nArt 73 EGRL 112/2006").
        closing: set[int] = set()
        out: list[Candidate] = []
        named: list[Candidate] = []
        orphans: list[Chain] = []
        index = _Index(view, mentions, self._openers)
        previous: _Previous | None = None
        for chain in chains:
            check_deadline()  # the gap patterns carry no regex timeout
            if not chain.units[0].article and chain.units[0].paragraph is not None:
                out += self._paragraphs_of_previous(view, chain, previous)
                continue
            before = len(consumed)
            target = self._instrument_for(view, chain, index, by_start, consumed, closing)
            if target is None:
                orphans.append(chain)
                continue
            code = (
                resolved.get(target.start, target.code) if target.use == REFERENCE else target.code
            )
            if code is None or code == OTHER_RULES:
                orphans.append(chain)
                continue
            for unit in chain.units:
                out.append(_unit_candidate(unit, code))
            previous = _Previous(chain.units[-1], code, max(chain.end, target.end))
            if len(consumed) > before and target.start != chain.start:
                named.append(Candidate(_whole(code), target.start, target.end))
                # "art. 1 delle direttive 92/50/CEE, 93/36/CEE e 93/37/CEE": the
                # article of each act of the list.
                for other in _same_group_after(target, mentions):
                    consumed.add(other.start)
                    for unit in chain.units:
                        out.append(_unit_candidate(unit, other.code, other.start, other.end))
        for m in mentions:
            if m.start in consumed:
                continue
            if m.use == CITABLE:
                out.append(Candidate(_whole(m.code), m.start, m.end))
            elif m.use == NAMED:
                named.append(Candidate(_whole(m.code), m.start, m.end))  # linked, not cited
        named.sort(key=lambda c: (c.start, c.end))
        return Attached(out, named, orphans)

    def _paragraphs_of_previous(
        self, view: str, chain: Chain, previous: _Previous | None
    ) -> list[Candidate]:
        """ "Article 168 TFEU, in particular paragraph 7 thereof": paragraphs of the
        article cited just before, linked to it by an "in particular" word."""
        if previous is None or chain.start < previous.end:
            return []
        if not self._in_particular_gap.fullmatch(view, previous.end, chain.start):
            return []
        base = previous.unit
        out = []
        for unit in chain.units:
            pinned = Unit(base.article, unit.start, unit.end, unit.paragraph, list(unit.points))
            pinned.annex = base.annex
            out.append(_unit_candidate(pinned, previous.code))
        return out

    def _instrument_for(
        self,
        view: str,
        chain: Chain,
        index: _Index,
        by_start: dict[int, Mention],
        consumed: set[int],
        closing: set[int],
    ) -> Mention | None:
        if chain.rules:
            gap = self._forward_gap.match(view, chain.end)
            following = by_start.get(gap.end()) if gap else None
            if following is not None and following.code == "EP-RULES":
                consumed.add(following.start)
            return Mention(chain.start, chain.end, "EP-RULES", ATTACH_ONLY, "rules")
        # "and in particular Article 19(3) of that Directive" after an act and the
        # acts named in its title: "that Directive" is the act the clause is about.
        if self._thereof.match(view, chain.end) and self._backward_link.search(
            view[max(0, chain.start - _BACKWARD_REACH) : chain.start]
        ):
            head = index.clause_head(chain.start)
            if head is not None and head.use != REFERENCE:
                return head
        # 2. after the chain
        gap = self._forward_gap.match(view, chain.end)
        if gap is not None and gap.end() - chain.end <= _FORWARD_REACH:
            following = by_start.get(gap.end())
            if following is None:
                # the optional words of the gap may have eaten the mention's first word
                following = self._first_mention_in(
                    gap.start(), gap.end() + 1, index.mentions, index.starts
                )
            if following is not None and not _crosses_line(view, chain.end, following.start):
                # Genitive first ("perusoikeuskirjan 7 artiklan, Euroopan
                # ihmisoikeussopimuksen ..."): a mention right before the chain beats
                # one after it that no "of" word links.
                preceding = None
                if not view[chain.end : following.start].strip(" \t\n,"):
                    preceding = index.ending_at(chain.start, self._genitive_gap)
                if preceding is not None:
                    consumed.add(preceding.start)
                    return preceding
                consumed.add(following.start)
                closing.add(following.start)
                return following
        if self._thereof.match(view, chain.end):
            return index.clause_head(chain.start)
        if chain.continued:
            return None
        # 3. before the chain
        # "Zmluvy o fungovaní Európskej únie (článok 15)": the chain in brackets right
        # after the instrument's name pins it.
        bracketed = _OPEN_BRACKET.search(view, max(0, chain.start - 4), chain.start)
        if bracketed is not None and _CLOSE_BRACKET.match(view, chain.end):
            named = index.ending_at(bracketed.start())
            if named is not None and named.use != REFERENCE:
                consumed.add(named.start)
                return named
        defined = self._defined_before(view, chain, index)
        if defined is not None:
            consumed.add(defined.start)
            return defined
        window_start = max(0, chain.start - _BACKWARD_REACH)
        before = view[window_start : chain.start]
        # ... unless an "of" word names another, unknown instrument after the chain
        # ("notamment l'article 38-1 du décret n° 91-1266").
        if self._backward_link.search(before) and not self._names_other(view, chain.end):
            return index.clause_head(chain.start)
        regarding = self._as_regards.search(before) if self._as_regards is not None else None
        if regarding is not None and not self._of_after.match(view, chain.end):
            act = index.nearest_before(window_start + regarding.start())
            if act is not None and act.type == "eu_act":
                return act
        # ... but not when an "of" word names another, unknown instrument after the
        # chain ("artikel 267 TEUF – artikel 94 i Domstolens procesreglement").
        if self._dash_link.search(before) and not self._of_after.match(view, chain.end):
            head = index.nearest_before(chain.start)
            # Several keyword segments on, an article belongs to an instrument named
            # only by name ("Treoir 2004/38/CE – … – Cód Teorainneacha Schengen –
            # Airteagal 23"), not to the act far back.
            if head is None or chain.start - head.end <= _DASH_REACH:
                return head
            if chain.start - head.end <= _HEADNOTE_REACH and not _names_between(
                view, head.end, chain.start
            ):
                # Farther on, the act of a judgment's keyword line still owns the
                # articles of its later segments ("Directiva 95/46/CE — Articolul 2
                # litera (d) — Noțiunea de operator — … — Articolul 7 litera (f)"),
                # unless a segment between is a name (another instrument).
                return head
            return None
        # A summary's keyword line names the act, then its articles after a comma:
        # "(Nõukogu direktiiv 77/388, artikkel 17, artikli 18 lõige 4 …)".
        comma = _COMMA_LINK.search(before)
        if comma is not None:
            act = index.nearest_before(chain.start)
            # also a treaty: hu "(EU-Szerződés, 2. cikk, (1) bekezdés)", lv "(EKL, 230. pants)"
            if (
                act is not None
                and act.type in ("eu_act", "treaty")
                and act.end == window_start + comma.start()
            ):
                return act
        preceding = index.ending_at(chain.start, self._genitive_gap)
        if preceding is not None and preceding.start not in closing:
            if not (
                self._juxtaposed_heading and preceding.type == "eu_act" and len(chain.units) > 1
            ):
                consumed.add(preceding.start)
            return preceding
        return None

    def _names_other(self, view: str, pos: int) -> bool:
        """Whether an "of" word after a chain names another instrument ("l'article 38-1
        du décret …"), not a link to the next article ("Artikel 219 Absatz 1 in
        Verbindung mit Artikel 228")."""
        return bool(self._of_after.match(view, pos)) and not self._linker_after.match(view, pos)

    def _defined_before(self, view: str, chain: Chain, index: _Index) -> Mention | None:
        """The act whose definition ("(hereinafter: X)", ", jäljempänä ’X’,") stands
        right before the chain: the act named in the definition, else the last
        instrument before the definition."""
        if self._definition_end is None:
            return None
        window_start = max(0, chain.start - _DEFINITION_WINDOW)
        found = self._definition_end.search(view, window_start, chain.start)
        if found is None:
            return None
        close = view.rfind(")", found.start(), chain.start)
        if close > found.start():
            start = _opening_bracket(view, close, window_start)
            if start is None:
                return None
            inside = [
                m
                for m in index.mentions[index.first_at(start) : index.first_at(close)]
                if m.type == "eu_act" and m.use != REFERENCE
            ]
            if inside:
                # The name is the act ("(turpmāk – regula Nr. 702/2014), 39. pantu"): the
                # act it defines, named before with its title, completes the article.
                named = inside[-1]
                owner = index.named_before(start, named.code, _DEFINITION_OWNER_REACH)
                return owner or named
        else:
            start = found.start()
        owner = index.ending_before(start, _DEFINITION_OWNER_REACH)
        return owner if owner is not None and owner.type in ("eu_act", "treaty") else None

    @staticmethod
    def _first_mention_in(
        start: int, end: int, mentions: list[Mention], starts: list[int]
    ) -> Mention | None:
        idx = bisect.bisect_left(starts, start)
        if idx < len(mentions) and mentions[idx].start < end:
            return mentions[idx]
        return None


@define
class _Previous:
    """The last unit attached, its instrument, and where its citation ends."""

    unit: Unit
    code: str
    end: int


def _crosses_line(view: str, start: int, end: int) -> bool:
    return "\n\n" in view[start:end]


class _Index:
    """Lookups over one text's mentions and clauses in logarithmic time, so that
    attaching stays linear however many chains and mentions a document has."""

    def __init__(
        self, view: str, mentions: list[Mention], openers: PhraseGroups | None = None
    ) -> None:
        self.view = view
        self.mentions = mentions  # sorted by start, not overlapping
        self.starts = [m.start for m in mentions]
        self.breaks = _clause_breaks(view)
        if openers is not None:
            # a clause starts at the opener itself (clause_start adds one to a break)
            found: list[int] = []
            end = 0
            for m in openers.matches(view):
                if m.start() >= end:  # not overlapping, as in a scan of the whole text
                    found.append(m.start() - 1)
                    end = m.end()
            self.breaks = sorted({*self.breaks, *found})

    def clause_start(self, pos: int) -> int:
        """Where the clause (line or ";"-part) containing ``pos`` begins."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k - 1] + 1 if k else 0

    def _before(self, pos: int) -> int:
        """Index of the first mention that starts at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def ending_at(self, pos: int, gap: regex.Pattern[str] | None = None) -> Mention | None:
        """A mention that ends right before ``pos``: only spaces between or, with
        ``gap``, a footnote marker, a parenthesis or (after an act) the act's title."""
        view = self.view
        gap_start = pos
        while gap_start > 0 and view[gap_start - 1] in " \t":
            gap_start -= 1
        if (
            view[gap_start - 1 : gap_start] == "\n"
            and view[gap_start - 2 : gap_start - 1].isalpha()
        ):
            gap_start -= 1  # a hard-wrapped line: "jf. traktatens\nartikel 290"
        tries = 0
        for k in range(self._before(pos) - 1, -1, -1):
            m = self.mentions[k]
            if m.end == gap_start:
                return m
            if (
                gap is not None
                and m.end == gap_start - 1
                and view[m.end] == ")"
                and view[m.start - 1 : m.start] == "("
            ):
                # The abbreviation defined in brackets right before the chain: hu "az
                # Európai Unió Működéséről szóló Szerződés (EUMSZ) 258. cikke".
                return m
            if m.end > gap_start:
                continue
            tries += 1
            # Three mentions back at most: bounded work per chain on dense text.
            if gap is None or pos - m.end > 260 or tries > _GAP_TRIES:
                return None
            found = gap.fullmatch(view, m.end, pos)
            if found is not None and (found["title"] is None or m.type == "eu_act"):
                return m
        return None

    def first_at(self, pos: int) -> int:
        """Index of the first mention that starts at or after ``pos``."""
        return self._before(pos)

    def ending_before(self, pos: int, reach: int) -> Mention | None:
        """The last mention that ends at or before ``pos``, at most ``reach`` before it."""
        for k in range(self._before(pos) - 1, max(-1, self._before(pos) - 4), -1):
            m = self.mentions[k]
            if m.end <= pos:
                return m if pos - m.end <= reach and m.use != REFERENCE else None
        return None

    def named_before(self, pos: int, code: str, reach: int) -> Mention | None:
        """The last mention of ``code`` that ends at most ``reach`` before ``pos``."""
        for k in range(self._before(pos) - 1, -1, -1):
            m = self.mentions[k]
            if pos - m.end > reach:
                return None
            if m.code == code and m.end <= pos and m.use != REFERENCE:
                return m
        return None

    def clause_head(self, pos: int) -> Mention | None:
        """The first mention of the clause that contains ``pos``."""
        reference = None  # "El Reglamento dispone en su artículo 1": only a reference heads it
        for k in range(self._before(self.clause_start(pos)), self._before(pos)):
            m = self.mentions[k]
            if m.end <= pos:
                if m.use != REFERENCE:
                    return m
                reference = reference or m
        return reference

    def nearest_before(self, pos: int) -> Mention | None:
        """The last mention of the clause before ``pos``."""
        clause_start = self.clause_start(pos)
        for k in range(self._before(pos) - 1, -1, -1):
            m = self.mentions[k]
            if m.end <= pos:
                return m if m.start >= clause_start and m.use != REFERENCE else None
        return None


_CLAUSE_BREAKS = "\n;"
# A sentence ends a clause too (a full stop before a capital, after a word, a bracket or
# a number of three digits or more, not a day: "vom 22. September"): "in particular" and
# keyword commas never reach into the sentence before.
_SENTENCE_END = compile_pattern(r"(?<=[^\W\d_]{2}|\d{3}|\))[.!?](?=\s+\p{Lu})")


def _clause_breaks(view: str) -> list[int]:
    """Where a line, a ";"-part or a sentence ends, in text order: lines and ";" from
    ``str.split`` and running sums, which cost half of a regex scan for the two
    characters; sentence ends from a scan that starts only at ".", "!" and "?"."""
    out: list[int] = []
    for ch in _CLAUSE_BREAKS:
        parts = view.split(ch)
        # The k-th break stands after the first k + 1 parts and the k breaks between them.
        out += map(int.__add__, accumulate(map(len, parts[:-1])), range(len(parts) - 1))
    out += [m.start() for m in _SENTENCE_END.finditer(view, timeout=scan_timeout(view))]
    out.sort()
    return out


_OPEN_BRACKET = compile_pattern(r"[ \t]*\([ \t]*$")
_CLOSE_BRACKET = compile_pattern(r"[ \t]*\)")
# How far before a chain a definition is looked for, and how far before the definition
# its act may end (the act's title comes in between).
_DEFINITION_WINDOW = 300
_DEFINITION_OWNER_REACH = 400


def _opening_bracket(view: str, close: int, limit: int) -> int | None:
    """Where the bracket closed at ``close`` opens (nested brackets counted)."""
    depth = 0
    for k in range(close, limit - 1, -1):
        if view[k] == ")":
            depth += 1
        elif view[k] == "(":
            depth -= 1
            if depth == 0:
                return k
    return None


# ... or a colon: "Directive 2006/112/EC: Article 9".
_COMMA_LINK = compile_pattern(r"(?:,|[ \t\u00a0]?:)[ \t]*$")
# How far back a keyword chain's dash may reach for its act (legitimate chains: < 200).
_DASH_REACH = 300
# How far it reaches when no segment between is a name, and the segments themselves.
_HEADNOTE_REACH = 1500
_SEGMENT_DASH = compile_pattern(r"\s[—–-]\s")
_WORD = compile_pattern(r"[^\W\d_]+")
_DIGIT = compile_pattern(r"\d")


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


_GAP_TRIES = 3


def _drop_references_in_acts(mentions: list[Mention]) -> list[Mention]:
    """Drop a reference ("du règlement") that overlaps the act it introduces
    ("du règlement (CE) no 1698/2005"): the act itself is the mention."""
    acts = [m for m in mentions if m.type == "eu_act"]  # sorted by start
    act_starts = [a.start for a in acts]

    def inside_act(m: Mention) -> bool:
        idx = bisect.bisect_left(act_starts, m.end)  # acts starting before m ends
        return any(acts[k].end > m.start for k in range(max(0, idx - 3), idx))

    return [m for m in mentions if m.use != REFERENCE or not inside_act(m)]


def _resolve_references(mentions: list[Mention], view: str = "") -> dict[int, str | None]:
    """What each reference mention ("the Treaty", "that Regulation") points back to."""
    out: dict[int, str | None] = {}
    last_treaty: str | None = None
    last_act: dict[str, str] = {}
    act_before: Mention | None = None
    for m in mentions:
        if m.use == REFERENCE:
            if m.code == "treaty":
                out[m.start] = last_treaty or _treaty_of_act_title(view, act_before, m)
            elif m.code == _REGULATION_OR_RULES:
                out[m.start] = last_act.get("R", RULES_CODE)
            else:
                out[m.start] = last_act.get(_REFERENCE_DESCRIPTORS.get(m.code, "?"))
        elif m.type == "treaty" and not m.code.startswith(PROTOCOL_PREFIX):
            last_treaty = m.code  # "the Treaty" never means a Protocol
        elif m.type == "eu_act":
            celex = m.code.removeprefix("CELEX:")
            last_act[celex[5:6]] = m.code
            act_before = m
    return out


# How far into an act's title "the Treaty" may stand ("Regulation (EC) No 1/2003 of 16
# December 2002 on the implementation of the rules on competition laid down in Articles
# 81 and 82 of the Treaty").
_TITLE_REACH = 250
# The first year of acts adopted under the Treaty of Lisbon.
_LISBON_YEAR = 2010


def _treaty_of_act_title(view: str, act: Mention | None, reference: Mention) -> str | None:
    """ "the Treaty" in the title of an act adopted before the Treaty of Lisbon, with no
    Treaty named before it, is the EC Treaty (the EEC Treaty before 1993, same code)."""
    if act is None or not act.code.startswith("CELEX:3"):
        return None
    if reference.start - act.end > _TITLE_REACH or int(act.code[7:11]) >= _LISBON_YEAR:
        return None
    if (
        _SENTENCE_END.search(view, act.end, reference.start)
        or "\n" in view[act.end : reference.start]
    ):
        return None
    return "TEC"


def _pin(unit: Unit, code: str) -> Pin:
    if unit.recital is not None:
        return Pin("", recital=_LEADING_DIGITS.match(unit.recital).group())  # type: ignore[union-attr]

    def article(text: str) -> str:
        digits = text.rstrip("abcdefghijklmnopqrstuvwxyz")
        suffix = text[len(digits) :]
        if suffix in latin_suffixes() and not keeps_latin_suffixes(code):
            suffix = chr(ord("a") + latin_suffixes().index(suffix))  # "bis" -> "a"
        return digits + suffix

    if not unit.article:
        return Pin("", annex=unit.annex)
    if unit.article_end is not None:
        return Pin(article(unit.article), article_end=article(unit.article_end), annex=unit.annex)
    # The key grammar allows a numbered paragraph and Latin point letters only; a
    # garbled "paragrafi 2e" keeps its number, an unmapped letter of another
    # script is dropped rather than producing a key that does not parse.
    paragraph = _LEADING_DIGITS.match(unit.paragraph or "")
    points = tuple(p for p in unit.points if _POINT.fullmatch(p))
    return Pin(
        article(unit.article), paragraph.group() if paragraph else None, points, annex=unit.annex
    )


def _same_group_after(target: Mention, mentions: list[Mention]) -> list[Mention]:
    if target.group is None:
        return []
    return [m for m in mentions if m.group == target.group and m.start > target.start]


def _unit_candidate(
    unit: Unit, code: str, start: int | None = None, end: int | None = None
) -> Candidate:
    pin = _pin(unit, code)
    if code.startswith("CELEX:"):
        parts = KeyParts(type="eu_act", celex=code.removeprefix("CELEX:"), pin=pin)
    else:
        parts = KeyParts(type=instrument_type(code), instrument=code, pin=pin)
    # The units of one article cited in several acts are spanned on each act number.
    return Candidate(
        parts, unit.start if start is None else start, unit.end if end is None else end
    )


def _whole(code: str) -> KeyParts:
    if code.startswith("CELEX:"):
        return KeyParts(type="eu_act", celex=code.removeprefix("CELEX:"))
    return KeyParts(type=instrument_type(code), instrument=code)


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
