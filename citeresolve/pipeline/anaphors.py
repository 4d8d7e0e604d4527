"""What a reference word points back to: "the Treaty", "that Regulation", "dudit
règlement" name the instrument of their kind cited last before them; "the Convention"
names the registered convention named last (or, with none, the one whose court the
document names), and nothing once a convention that is not registered was named."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

import regex
from regex import Pattern

from ..families.mentions import REFERENCE, Mention
from ..knowledge.data import table
from ..knowledge.lang import all_languages, alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..knowledge.registry import instruments
from ..model.keys import PROTOCOL_PREFIX, RULES_CODE
from ..text.phrase_groups import PhraseScan
from .dated_acts import dated_act, in_amending_title, quoted_title_end, undated_title_head
from .mention_index import SENTENCE_END
from .treaty_anaphors import TITLE_REACH as _TITLE_REACH
from .treaty_anaphors import NamedTreaties

# Which acts a reference word may point back to, by CELEX descriptor.
_REFERENCE_DESCRIPTORS = {
    "regulation": "R",
    "directive": "L",
    "decision": "D",
    "framework_decision": "F",
}
# A reference word of no kind ("that act", fi "säädöksen", de "des genannten
# Rechtsakts"): the act of any kind cited last before it.
ANY_ACT = "act"
# The code of a bare kind word ("rámcového rozhodnutia", "(článek 4 směrnice)"): it
# names the one act of its kind the document cites before it, and nothing when the
# document cites several (context_words.toml ``kind_words``).
ONLY = _ONLY = "/only"  # the suffix of a bare kind word's mention code


def only_of_kind(kind: str) -> str:
    """The mention code of a bare word of the act kind ``kind``."""
    return kind + _ONLY


# The code of a word for the act of a kind the text is about (context_words.toml
# ``subject_anaphors``: it "il regolamento in oggetto"): the first act of its kind the
# document cites, whatever was cited since.
_SUBJECT = "/subject"


def subject_of_kind(kind: str) -> str:
    """The mention code of a word for the act of the kind ``kind`` the text is about."""
    return kind + _SUBJECT


# The code of a word for the act of a kind named last (context_words.toml
# ``latter_anaphors``: "the latter Directive"), even one a title before amends.
_LATTER = "/latter"


def latter_of_kind(kind: str) -> str:
    """The mention code of a word for the act of the kind ``kind`` named last."""
    return kind + _LATTER


# A reference word with words that make it another act than the last of its kind (es
# "el Reglamento de aplicación"): [references] field, it points back to nothing.
OTHER_ACT = "other_act"
# A reference word that names the EP Rules of Procedure unless a regulation was
# cited before it (it. "del regolamento", fr. "du règlement"): [references] field.
REGULATION_OR_RULES = "regulation_or_rules"
# A section number opening a line ("5.2.1.    ").
_SECTION_NUMBER = lazy_pattern(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+")
# How many words may stand between "as amended by" and the amending act ("the
# Commission Delegated Regulation").
_AMENDING_WORDS = 4
# A date right after a reference word makes it a name ("the Convention of 27 September
# 1968", "la Convention du 19 juin 1990", "Dohovoru z 27. septembra 1968"): another
# instrument, not a reference to one named before.
_DATED = lazy_pattern(r"\s+\p{L}{1,4}\s+\d{1,2}\.?\s+\p{L}{3,12}\s+\d{4}(?!\d)")
# How far before an act the bracket of an aside that names it may open, and after it close.
_ASIDE_REACH = 200


def drop_references_in_acts(mentions: list[Mention]) -> list[Mention]:
    """Drop a reference ("du règlement") that overlaps the act it introduces
    ("du règlement (CE) no 1698/2005"): the act itself is the mention."""
    acts = [m for m in mentions if m.type == "eu_act"]  # sorted by start
    act_starts = [a.start for a in acts]

    def inside_act(m: Mention) -> bool:
        idx = bisect.bisect_left(act_starts, m.end)  # acts starting before m ends
        return any(acts[k].end > m.start for k in range(max(0, idx - 3), idx))

    return [m for m in mentions if m.use != REFERENCE or not inside_act(m)]


def resolve_references(
    mentions: list[Mention],
    view: str = "",
    amending: Pattern[str] | None = None,
    titles: Pattern[str] | None = None,
) -> dict[int, str | None]:
    """What each reference mention ("the Treaty", "that Regulation", "the Convention")
    points back to; an act named as amending the act before it (``amending`` words: "as
    amended by") is no antecedent (see :func:`_amending_acts`), nor one a dated act's
    title amends or repeals (``titles`` words: :func:`.dated_acts.in_amending_title`)."""
    out: dict[int, str | None] = {}
    treaties = NamedTreaties(view, mentions)
    acts = _CitedActs(view, titles)
    amending_acts = _amending_acts(view, mentions, amending)
    # Registered instruments by the reference word that stands for them ("the
    # Convention": ECHR, CRC, CRPD …): the last one named of each kind.
    kinds = instrument_reference_kinds()
    instruments_referred = _InstrumentReferences(view, mentions)
    ones = _acts_by_kind(mentions)
    for m in mentions:
        if m.use == REFERENCE:
            if m.code == "treaty":
                out[m.start] = treaties.referred(acts.before, m)
            elif m.code == OTHER_ACT:
                out[m.start] = None
            elif m.code == REGULATION_OR_RULES:
                out[m.start] = _regulation_or_rules(view, m, acts)
            elif m.code == ANY_ACT:
                out[m.start] = acts.last_any
            elif m.code in _REFERENCE_DESCRIPTORS:
                out[m.start] = acts.of_kind(_REFERENCE_DESCRIPTORS[m.code], m)
            elif m.code.endswith(_ONLY):
                out[m.start] = _only_of_kind(view, m, ones, acts.before, acts.last)
            elif m.code.endswith(_LATTER):
                out[m.start] = acts.named.get(_REFERENCE_DESCRIPTORS[m.code.removesuffix(_LATTER)])
            elif m.code.endswith(_SUBJECT):
                out[m.start] = acts.first.get(_REFERENCE_DESCRIPTORS[m.code.removesuffix(_SUBJECT)])
            else:
                out[m.start] = instruments_referred.target(m)
        elif m.type == "treaty" and not m.code.startswith(PROTOCOL_PREFIX):
            treaties.name(m, acts.before)  # "the Treaty" never means a Protocol
        elif m.type == "eu_act" and m.start not in amending_acts:
            acts.add(m)
        elif m.code in kinds:
            instruments_referred.last[kinds[m.code]] = m
    return out


_QUOTED_NAME_AFTER = lazy_pattern(r"[ \t\u00a0]?[«“„\"‘][ \t\u00a0]?\p{L}")


def _regulation_or_rules(view: str, m: Mention, acts: _CitedActs) -> str | None:
    """The regulation cited last; else the EP Rules, but not when a name in quotes
    follows the word (fr "du règlement « concentration »", it "del regolamento
    «concentrazioni»"): a regulation named by a name the extractor does not know."""
    if "R" in acts.last or _QUOTED_NAME_AFTER.match(view, m.end) is None:
        return acts.last.get("R", RULES_CODE)
    return None


class _CitedActs:
    """The acts a document cites up to where :func:`resolve_references` reads."""

    def __init__(self, view: str, titles: Pattern[str] | None = None) -> None:
        self._view, self._titles = view, titles
        self.last: dict[str, str] = {}  # CELEX descriptor -> the last act of that kind
        self.last_any: str | None = None  # the act of any kind cited last
        self.first: dict[str, str] = {}  # descriptor -> the first act of that kind cited
        self.named: dict[str, str] = {}  # descriptor -> the last act of that kind named
        self.before: Mention | None = None  # the act mention read last
        self._all: list[Mention] = []
        self._last_named: dict[str, Mention] = {}  # descriptor -> the mention of ``last``
        # Where the quoted title of the act cited last ends: the acts it names
        # ("Regulation (EU) 2024/886 «amending Regulations (EU) No 260/2012 and (EU)
        # 2021/1230 …»") are not the ones a reference word after it stands for.
        self._title_end = -1
        self._asides: set[int] = set()  # where the acts named in an aside start

    def add(self, act: Mention) -> None:
        descriptor = act.code.removeprefix("CELEX:")[5:6]
        aside = _aside(self._view, act, self._last_named.get(descriptor))
        if aside:
            self._asides.add(act.start)
        # not named in the quoted title of the one before, nor amended in a dated one's
        if (
            act.start >= self._title_end
            and not in_amending_title(self._view, self._all, act, self._titles)
            and undated_title_head(self._view, self._all, act, self._titles) is None
            and not aside
        ):
            self.last[descriptor] = self.last_any = act.code
            self._last_named[descriptor] = act
            self._title_end = max(self._title_end, quoted_title_end(self._view, act.end))
        self.first.setdefault(descriptor, act.code)
        self.named[descriptor] = act.code
        self.before = act
        self._all.append(act)

    def of_kind(self, descriptor: str, word: Mention) -> str | None:
        """The act of the CELEX ``descriptor``'s kind a reference word stands for: the
        last one cited, but in the sentence of an act cited with its own date whose title
        names others ("Directive 2009/28/EC of 23 April 2009 on … amending and
        subsequently repealing Directives 2001/77/EC and 2003/30/EC … Article 27(1) of that
        directive"), that act (:func:`.dated_acts.dated_act`); not one dated in an aside
        (fr "la directive 88/166/CEE … (annulation de la directive 86/113/CEE du Conseil du
        25 mars 1986 …); (2) l'article 9 de ladite directive" is 88/166's)."""
        head = dated_act(self._view, self._all, word.start, _of_kind(descriptor), number_year=_year)
        # not where an act the title names, not amends, follows it ("… supplementing Regulation
        # (EU) 2019/2033 … Article 15 of that Regulation"): the amended are never ``last``
        last = self._last_named.get(descriptor)
        if head is None or head.start in self._asides or (last and last.start > head.start):
            return self.last.get(descriptor)
        return head.code


def _aside(view: str, act: Mention, before: Mention | None) -> bool:
    """Whether ``act`` is named in brackets that open after ``before``, the act of its
    kind named earlier in the sentence: an aside (pt "… a Directiva … viu o seu prazo
    alargado (Directiva (UE) 2018/411, …). … a Directiva ficou-se …", fr "la directive
    88/166/CEE … (annulation de la directive 86/113/CEE …); (2) l'article 9 de ladite
    directive"), which a reference word after it does not stand for. Only an act named by
    its number is an aside: a name in brackets defines one."""
    if before is None or not any(c.isdigit() for c in view[act.start : act.end]):
        return False  # a name defined in brackets ("(hereinafter 'the Firearms Directive')")
    opening = view.rfind("(", max(before.end, act.start - _ASIDE_REACH), act.start)
    if opening < 0 or view.find(")", opening, act.start) >= 0:
        return False  # not in brackets, or in brackets closed before it
    if view.find(")", act.end, act.end + _ASIDE_REACH) < 0:
        return False
    return "\n" not in view[before.end : opening] and (
        SENTENCE_END.search(view, before.end, opening + 1) is None
    )


def _of_kind(descriptor: str) -> Callable[[Mention], bool]:
    """Whether an act mention is of the kind of the CELEX ``descriptor`` ("L": a directive)."""
    return lambda act: act.code.removeprefix("CELEX:")[5:6] == descriptor


def _year(act: Mention) -> int | None:
    """The year an act mention's number carries."""
    year = act.code.removeprefix("CELEX:")[1:5]
    return int(year) if year.isdigit() else None


def _only_of_kind(
    view: str, word: Mention, ones: dict[str, int], act_before: Mention | None, last: dict[str, str]
) -> str | None:
    """What a bare kind word names: the one act of its kind the text cites (not from a
    numbered contents line), or the act of its kind named before it in its sentence."""
    descriptor = _REFERENCE_DESCRIPTORS[word.code.removesuffix(_ONLY)]
    if ones[descriptor] == 1 and not _opens_numbered_line(view, word):
        return last.get(descriptor)
    return last.get(descriptor) if _in_reach(view, act_before, descriptor, word) else None


def _amending_acts(
    view: str, mentions: list[Mention], amending: regex.Pattern[str] | None
) -> set[int]:
    """Where the acts named as amending the act named right before them start: "la
    décision-cadre 2002/584/JAI …, telle que modifiée par la décision-cadre 2009/299/JAI
    … ladite décision-cadre" is 2002/584 (see :func:`_amends`)."""
    out: set[int] = set()
    amended: Mention | None = None  # the act named last that amends none
    for m in mentions:
        if m.type != "eu_act" or m.use == REFERENCE:
            continue
        if amended is not None and _amends(view, amended, m, amending):
            out.add(m.start)
            amended = None  # "A as amended by B and C": C is no amending act of B
        else:
            amended = m
    return out


def _amends(view: str, amended: Mention, act: Mention, amending: regex.Pattern[str] | None) -> bool:
    """Whether ``act`` is named as the act amending ``amended`` (the act named before
    it): "as amended by" and at most a few words (its kind, its author) before it, past
    the amended act's date and title, in one sentence and line."""
    if amending is None or act.start - amended.end > _TITLE_REACH:
        return False
    between = view[amended.end : act.start]
    if "\n" in between or SENTENCE_END.search(view, amended.end, act.start + 1) is not None:
        return False
    ends = [found.end() for found in amending.finditer(between)]
    return bool(ends) and len(between[ends[-1] :].split()) <= _AMENDING_WORDS


@functools.cache
def amending_words(code: str) -> regex.Pattern[str] | None:
    """The words between an act and the act amending it ("as amended by"), from
    ``amended_by`` of data/context_words.toml; None where the language has none."""
    words = table("context_words.toml").get(code, {}).get("amended_by", [])
    return deferred_pattern(alternation(words)) if words else None


def _opens_numbered_line(view: str, word: Mention) -> bool:
    """Whether a bare kind word opens a numbered heading, as in a report's table of
    contents ("5.2.1.    Direktiivin 3 artiklan 3 kohta …"): a contents line names no act
    of its own, and the act cited before it is not in its reach."""
    line_start = view.rfind("\n", 0, word.start) + 1
    return _SECTION_NUMBER.fullmatch(view, line_start, word.start) is not None


def _in_reach(view: str, act: Mention | None, descriptor: str, word: Mention) -> bool:
    """Whether the act named last before a bare kind word is of its kind and in its
    sentence and line, with no other act between: sl "ob upoštevanju Direktive
    2013/34/EU … in zlasti člena 29b Direktive" in a document that cites several
    directives names that one."""
    if act is None or act.code.removeprefix("CELEX:")[5:6] != descriptor:
        return False
    if "\n" in view[act.end : word.start]:
        return False
    # (its look-ahead reads the capital that opens the next sentence: the word's own)
    return SENTENCE_END.search(view, act.end, word.start + 1) is None


def _acts_by_kind(mentions: list[Mention]) -> dict[str, int]:
    """CELEX descriptor -> how many different acts of that kind the document cites."""
    acts: dict[str, set[str]] = {d: set() for d in _REFERENCE_DESCRIPTORS.values()}
    for m in mentions:
        if m.type == "eu_act" and m.use != REFERENCE:
            code = m.code.removeprefix("CELEX:")
            acts.setdefault(code[5:6], set()).add(code)
    return {d: len(codes) for d, codes in acts.items()}


class _InstrumentReferences:
    """What the reference words of registered instruments ("the Convention") stand
    for in one document; ``last`` is kept up to date by the caller as it reads."""

    def __init__(self, view: str, mentions: list[Mention]) -> None:
        self._view = view
        self._mentions = mentions
        self.last: dict[str, Mention] = {}  # kind -> the last registered one named
        self._by_court: dict[str, str | None] = {}  # kind -> the instrument of a court named
        self._others: dict[str, list[int]] = {}  # kind -> where unregistered ones are named

    def target(self, reference: Mention) -> str | None:
        """The registered instrument ``reference`` stands for: the last of its kind
        named before it, or with none named before it the one whose court the document
        names (:func:`_court_instrument`); nothing when a convention of that kind which
        is not registered ("the Brussels Convention", "the Schengen Convention") was
        named since."""
        kind, view = reference.code, self._view
        if _DATED.match(view, reference.end):
            return None
        if kind not in self._others:
            self._others[kind] = _unregistered_names(view, self._mentions, kind)
        others = self._others[kind]
        before = self.last.get(kind)
        k = bisect.bisect_left(others, before.end if before is not None else 0)
        if k < len(others) and others[k] < reference.start:
            return None  # another convention was named since: "the Convention" is ambiguous
        if before is not None:
            return before.code
        if kind not in self._by_court:
            self._by_court[kind] = _court_instrument(view, kind)
        return self._by_court[kind]


def _unregistered_names(view: str, mentions: list[Mention], kind: str) -> list[int]:
    """Where the noun of a reference word of ``kind`` ("Convention", "Konvention",
    "Dohovoru") stands outside every mention: the name of an instrument of that kind
    that is not registered ("the Brussels Convention", "la convention de Bruxelles",
    "Schengenského dohovoru")."""
    pattern = _kind_nouns().get(kind)
    if pattern is None:
        return []
    spans = [
        (m.start, m.end)
        for m in mentions
        if m.use != REFERENCE or m.code != kind or not _DATED.match(view, m.end)
    ]
    starts = [s for s, _ in spans]
    out = []
    for found in pattern.finditer(view):
        k = bisect.bisect_right(starts, found.start())
        if k and spans[k - 1][1] >= found.end():
            continue  # part of a mention: a registered name or a reference word
        out.append(found.start())
    return out


def names_unregistered_kind(text: str) -> bool:
    """Whether ``text`` (a short segment with no mention in it) holds the noun of a
    registered instrument's reference word ("Конвенция от Монреал", "Bernska
    konvencija"): the name of an instrument of that kind that is not registered."""
    return any(scan.pattern.search(text) for scan in _kind_nouns().values())


@functools.cache
def _kind_nouns() -> dict[str, PhraseScan]:
    """Reference kind -> the nouns of its reference words in every language (the last
    word of each phrase: "the Convention" and "=Dohovoru" give "convention" and
    "dohovoru" in any capitalisation, since names of other conventions are often
    written in lower case)."""
    nouns: dict[str, set[str]] = {}
    wanted = set(instrument_reference_kinds().values())
    for language in all_languages():
        for kind, phrases in language.section("references").items():
            if kind in wanted:
                nouns.setdefault(kind, set()).update(
                    p.removeprefix("=").split()[-1].lower() for p in phrases if p.strip()
                )
    return {kind: PhraseScan(words) for kind, words in nouns.items()}


@functools.cache
def instrument_reference_kinds() -> dict[str, str]:
    """Registered instrument code -> the [references] kind whose words stand for it
    (``reference`` in ``data/instruments.toml``: "convention" for the ECHR, the CRC …)."""
    return {
        code: entry["reference"] for code, entry in instruments().items() if "reference" in entry
    }


def _court_instrument(view: str, kind: str) -> str | None:
    """The instrument a reference word of ``kind`` stands for when none of its kind was
    named before it: the one whose court the document names anywhere ("the
    Convention" in a judgment or press release of the European Court of Human Rights
    is the ECHR); None when no such court is named, or the courts of several."""
    found = {
        code
        for code, pattern in _court_patterns().items()
        if instrument_reference_kinds().get(code) == kind and pattern.search(view) is not None
    }
    return found.pop() if len(found) == 1 else None


@functools.cache
def _court_patterns() -> dict[str, PhraseScan]:
    """Registered instrument code -> a pattern of the names of the court that applies
    it, in every language (``courts`` of [instruments.CODE] in the language files): a
    judgment is often printed with a header or a translation note in another language."""
    phrases: dict[str, list[str]] = {}
    for language in all_languages():
        for code, entry in language.instruments.items():
            phrases.setdefault(code, []).extend(entry.get("courts", []))
    return {code: PhraseScan(words) for code, words in phrases.items() if words}
