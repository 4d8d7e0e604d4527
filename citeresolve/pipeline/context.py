"""Document context: what a document names for itself, read in one pass.

* Defined names: "Directive 2002/24/EC (‘the Directive’)", "(hereinafter
  ‘GDPR’)", "(the ‘services’ directive)". A name defined right after an
  instrument stands for it in the rest of the document: each later use of the
  name is a mention of that instrument, so that "Article 1 of the Directive"
  gets the directive's key. A name may also be defined first, the instrument
  after it (sv "med ”mervärdesskattedirektivet” avses rådets direktiv
  2006/112/EG", en "‘the VAT Directive’ means Council Directive 2006/112/EC").
  The name alone is never a citation (contract version 2); it is linked.
* Anaphors ("that Regulation", "dudit règlement", "dicha Directiva"): words
  that point back to the last act of their kind, as reference mentions.
* Self-references ("this Regulation", "le présent règlement") are not read as
  such: in judgments and visas the same words point back to the act just cited
  (cs "článek 9 tohoto rozhodnutí", de "Artikel 4 dieser Richtlinie"), and an
  article of the document itself finds no instrument anyway.

All words come from ``data/context_words.toml``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Mapping
from typing import Any

import regex

from ..families.mentions import CITABLE, NAMED, REFERENCE, Mention, instrument_type
from ..knowledge.data import table
from ..knowledge.lang import alternation, load, phrase_pattern
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..limits import CALL_TIMEOUT
from ..model.parts import Spans, by_span, by_start
from ..text.scan import Trigger, matches_from, occurrences
from .acronym_owners import spells_national_act, spells_words_before
from .anaphors import ONLY as _ONLY
from .anaphors import OTHER_ACT, latter_of_kind, only_of_kind, subject_of_kind
from .compound_names import compound_names
from .dated_acts import dated_act, defined_after_title
from .definition_patterns import (
    DeclinedForms,
    act_word_at_edge,
    after_comma,
    amended_act,
    amended_by,
    as_written,
    defined_first,
    definition,
    definition_owner,
    digit_first,
    name_body,
    national_act,
    other_owner,
    title_head,
)
from .later_matches import LaterMatches

# How far after the defining verb of a name defined first its instrument may start: the
# author and an article ("avses Rådets direktiv …", "désigne la directive …").
_DEFINED_FIRST_REACH = 40
# An unquoted acronym of three or more capitals in brackets right after an act names
# it (it "Regolamento 2022/868, noto come Data Governance Act (DGA)", en "(MiFID)"
# is not one: mixed case stays quoted-only); "(EU)", "(CE)" are too short.
_ACRONYM = lazy_pattern(r"\p{Lu}{3}[\p{Lu}\d-]{0,9}")


class ContextReader:
    """Definitions and anaphors of one language."""

    def __init__(self, lang: str) -> None:
        words = table("context_words.toml").get(lang, {})
        language = load(lang)
        self._lang = lang
        acts = language.section("acts")
        self._kind_letters = _kind_letters(acts)
        kinds = [p for f in _DEFINED_KINDS for p in acts[f]]
        self._stems = _stems(kinds)
        self._forms = DeclinedForms(acts, _DEFINED_KINDS, language.section("references"))
        kinds += [p for ps in language.section("references").values() for p in ps]
        self._instrument_word = _instrument_word(kinds)
        # Kept per name: the search tries the whole alternation at each position of
        # the name, and a dense text defines the same few names again and again.
        self._names_instrument: Callable[[str], bool] = functools.lru_cache(maxsize=4096)(
            self._says_instrument
        )
        quotes: list[list[str]] = words.get("quotes", [])
        markers = words.get("definition_markers", [])
        # A definition holds no "(" but its first unless a marker or quote of the
        # language does: then the definitions at different "(" cannot overlap.
        marks = [*markers, *(q for pair in quotes for q in pair)]
        self._one_bracket = not any("(" in mark for mark in marks)
        # Then a definition never opens "(" right before a digit (no marker or quote is
        # one, and a name starts with a letter): "5(1)" is tried no further.
        self._no_digit_after = (
            self._one_bracket
            and all(m[:1].isalpha() for m in markers)
            and not any(o[:1].isdecimal() for o, _ in quotes)
        )
        self._definition = definition(quotes, markers, language.articles["determiners"])
        self._after_comma = after_comma(quotes, markers)
        # Where a definition after a comma may start: its marker's literal words.
        self._marker_words = sorted({m.split("*", 1)[0].strip().lower() for m in markers})
        self._compounds = compound_names(lang)
        self._defined_first = defined_first(quotes, words)
        self._fusions = words.get("article_fusions", [])
        self._amended_by = amended_by(words.get("amended_by", []))
        self._openings = [o for o, _ in quotes] or ["‘"]
        self._national = national_act(acts.get("national_acts", []))
        self._other_owner = other_owner(language.articles)  # "Regolamento del Garante"
        anaphors = _anaphor_phrases(words)
        self._anaphor_kinds = {f"a{i}": kind for i, (kind, _) in enumerate(anaphors)}
        groups = [f"(?P<a{i}>{alternation([p])})" for i, (_, p) in enumerate(anaphors)]
        self._words = deferred_pattern("|".join(groups)) if groups else None
        # The alternation runs anchored where an anaphor's first word starts: tried at
        # every position of the text, it cost a fifth of the extractor's time. Only the
        # anaphors match there, so a first word fires only before their next words.
        self._trigger = Trigger((p for _, p in anaphors), whole_phrases=True)

    def _says_instrument(self, name: str) -> bool:
        """Whether a defined name stands for an instrument (see _instrument_word)."""
        return self._instrument_word.search(name, timeout=CALL_TIMEOUT) is not None

    def mentions(self, view: str, instruments: list[Mention]) -> list[Mention]:
        """Mentions that the document's own context adds (see the module docstring)."""
        # Each defined name is looked for once in the rest of the text, however often
        # the document defines it (see later_matches).
        later = LaterMatches(view)
        found = self._defined_names(later, instruments) + self._word_mentions(view)
        return sorted(found, key=by_span)

    def _word_mentions(self, view: str) -> list[Mention]:
        if self._words is None:
            return []
        out = []
        end = 0  # matches do not overlap, as in a scan of the whole text
        for pos in self._trigger.positions(view):
            if pos < end:
                continue
            m = self._words.match(view, pos)
            if m is None:
                continue
            kind = self._anaphor_kinds[m.lastgroup or ""]
            out.append(Mention(m.start(), m.end(), kind, REFERENCE, "reference"))
            end = m.end()
        return out

    def _defined_names(self, later: LaterMatches, instruments: list[Mention]) -> list[Mention]:
        view = later.view
        out: list[Mention] = []
        starts = [m.end for m in instruments]
        # Every definition opens a parenthesis: the pattern runs anchored at each "(",
        # and only where an instrument stands within reach before it (a definition
        # there names nothing), unless definitions may overlap (see __init__).
        brackets = occurrences(view, "(")
        if self._no_digit_after:
            brackets = (p for p in brackets if not digit_first(view, p))
        if self._one_bracket:
            brackets = (p for p in brackets if definition_owner(view, None, instruments, starts, p))
        definitions = [
            *matches_from(self._definition, view, brackets),
            *matches_from(self._after_comma, view, self._comma_starts(view)),
        ]
        spans = Spans((m.start, m.end) for m in instruments)
        for d in definitions:
            lone = d["lone"]
            compound = bool(lone) and self._marked_or_compound(d, lone)
            acronym = bool(lone) and not compound and _ACRONYM.fullmatch(lone) is not None
            if (
                lone
                and not d["quoted"]
                and not ("bare" in d.re.groupindex and d["bare"])
                and not compound
                and not acronym
            ):
                continue  # "(EU)", "(Directive)": a bare word names an act as a compound only
            titled = d.groupdict().get("titled")
            if titled and not act_word_at_edge(titled, self._instrument_word):
                continue
            owner = definition_owner(view, self._national, instruments, starts, d.start())
            if owner is None or (acronym and not _acronym_of(d, owner, spans, self)):
                continue
            owner = amended_act(view, owner, instruments, starts, self._amended_by)
            owner = defined_after_title(view, owner, instruments, self._lang)
            groups = d.groupdict()
            name = groups["quoted"] or groups.get("bare") or groups["lone"] or titled or ""
            if groups["quoted"] and groups.get("after"):
                name = f"{name}’{groups['after']}"  # "the ‘services’ directive"
            if not self._names_instrument(name) or spells_national_act(d, name, self._national):
                continue
            owner = self._of_named_kind(view, name, owner, instruments, d.start())
            out += self._uses(later, name, d.end(), owner)
        return (
            out
            + self._names_of_acts(later, instruments)
            + self._names_defined_first(later, instruments)
        )

    def _marked_or_compound(self, d: regex.Match[str], lone: str) -> bool:
        """Whether an unquoted word ``lone`` is the name ``d`` defines: after a marker,
        whatever its first part (sv "…, i denna lag kallad EU-förordningen.", et
        "(edaspidi määrus)"); in brackets without one, only a compound of an act word."""
        return (
            d.re is self._after_comma
            or d["marker"] is not None
            or self._compounds.prefix(lone) is not None
        )

    def _comma_starts(self, view: str) -> list[int]:
        """Where a marker stands after a comma (fi "…, jäljempänä tukiasetus, …"):
        found by its literal, in lower case as it is inside a sentence."""
        found = []
        for word in self._marker_words:
            for pos in occurrences(view, word) if word else ():
                before = view[max(0, pos - 3) : pos].rstrip(" \t")
                if before.endswith(","):
                    found.append(pos)
        return found

    def _names_of_acts(self, later: LaterMatches, instruments: list[Mention]) -> list[Mention]:
        """A compound name that opens an act's mention names that act in the rest of
        the document (et "linnudirektiivi (2009/147/EÜ)" … "linnudirektiivi I lisas",
        de "Vogelschutzrichtlinie 2009/147/EG")."""
        out: list[Mention] = []
        seen: set[str] = set()  # a name cited again with its number is defined once
        view = later.view
        for m in instruments:
            if m.use != CITABLE or not m.code.startswith("CELEX:"):
                continue
            name = self._compounds.at(view, m.start) or self._compounds.before(view, m.start, m.end)
            if name is not None and name.casefold() not in seen:
                seen.add(name.casefold())
                out += self._uses(later, name, m.end, m)
        return out

    def _of_named_kind(
        self, view: str, name: str, owner: Mention, instruments: list[Mention], pos: int
    ) -> Mention:
        """The act of the kind the defined name says (a regulation for "nariadenie
        MAR"), the last one within reach before ``pos``, when the last instrument is an
        act of another kind; else ``owner``. Of the acts of that kind, the one the
        sentence cites with its own date, whose title names the others (sv "förordning
        (EU) 2023/1114 av den 31 maj 2023 … om ändring av förordningarna (EU) nr
        1093/2010 … och (EU) 2019/1937, i denna lag kallad EU-förordningen")."""
        letter = next((c for p, c in self._kind_letters if p.search(name)), None)
        if letter is None or not owner.code.startswith("CELEX:") or _letter(owner) == letter:
            return owner
        before = [m for m in instruments if m.end <= pos]
        dated = dated_act(view, before, pos, lambda m: _of_letter(m, letter))
        if dated is not None:
            return dated
        head = title_head(view, before, pos, lambda m: _of_letter(m, letter))
        return owner if head is None else head

    def _names_defined_first(
        self, later: LaterMatches, instruments: list[Mention]
    ) -> list[Mention]:
        """Names defined before their instrument: each later use stands for the
        instrument that starts right after the defining verb."""
        if self._defined_first is None:
            return []
        view = later.view
        out: list[Mention] = []
        starts = [m.start for m in instruments]
        opened = (pos for mark in self._openings for pos in occurrences(view, mark))
        for d in matches_from(self._defined_first, view, opened):
            k = bisect.bisect_left(starts, d.end())
            while k < len(instruments) and instruments[k].use == REFERENCE:
                k += 1  # "die Richtlinie" of "die Richtlinie 2006/112/EG": the act names it
            if k == len(instruments):
                continue
            owner = instruments[k]
            gap = view[d.end() : owner.start]
            if len(gap) > _DEFINED_FIRST_REACH or "\n" in gap:
                continue
            name = d["quoted"]
            if self._names_instrument(name):
                out += self._uses(later, name, owner.end, owner)
        return out

    def _uses(self, later: LaterMatches, name: str, after: int, owner: Mention) -> list[Mention]:
        """Every later use of a defined name, quoted or not."""
        raw = regex.split(r"[‘’'\"“”«»]?\s+[‘’'\"“”«»]?", name)
        words = [regex.escape(w) for w in raw]
        prefix = self._compounds.prefix(name)
        if prefix is not None:
            words = [self._compounds.forms(prefix)]  # fi "tukiasetus" … "tukiasetuksen"
        # A name of one word declines too when it is an act word by itself (fi
        # "jäljempänä ’direktiivi’" … "direktiivin 21 artiklan").
        for k, word in enumerate(raw if len(raw) > 1 or prefix is None else ()):
            stem = next((n for p, n in self._stems if p.fullmatch(word)), None)
            if stem is not None:
                words[k] = regex.escape(word[:stem]) + r"\w*"
            elif (forms := self._forms.of(word, owner.code)) is not None:
                words[k] = forms  # lv "IIS regula" … "IIS regulas", sk "dohovor" … "dohovoru"
        quote = r"[‘’'\"“”«»]?"
        body = name_body(raw, words, quote, self._fusions)
        ending = r"(?:[-‑:]\p{Ll}{1,4})?" if _ACRONYM.fullmatch(name) else ""  # hr "DUR-a"
        pattern = rf"(?<![\w-]){quote}{body}{quote}{ending}(?![\w-])"
        kind = "eu_act" if owner.code.startswith("CELEX:") else instrument_type(owner.code)
        # A use may open a sentence or stand in a heading in capitals (fi "jäljempänä
        # gigabittiasetus" … "Gigabittiasetus tuli voimaan", cs „nařízení“ … "ČL. 4 ODST. 3
        # NAŘÍZENÍ"): read in any case, kept as written, capitalised or in capitals.
        written = regex.compile(pattern)
        return [
            Mention(m.start(), m.end(), owner.code, NAMED, kind)
            for m in later.after(f"(?i:{pattern})", after)
            if as_written(written, m[0]) and not self._other_owner.match(later.view, m.end())
        ]


def _anaphor_phrases(words: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(kind, phrase) of every anaphor of a language: "that Regulation", a bare kind
    word ("the Directive", only of its kind), the act in question (its subject), a
    proposal (no act)."""
    anaphors: list[tuple[str, str]] = []
    for kind, phrases in words.get("anaphors", {}).items():
        anaphors += [(kind, p) for p in phrases]
    for kind, phrases in words.get("kind_words", {}).items():
        anaphors += [(only_of_kind(kind), p) for p in phrases]
    for kind, phrases in words.get("subject_anaphors", {}).items():
        anaphors += [(subject_of_kind(kind), p) for p in phrases]
    for kind, phrases in words.get("latter_anaphors", {}).items():
        anaphors += [(latter_of_kind(kind), p) for p in phrases]
    # a proposal named by its kind (an EP amendment's "Proposition de directive" over
    # "Article 3 – paragraphe 1"): its own articles, no act cited before (``proposals``)
    anaphors += [(OTHER_ACT, p) for p in words.get("proposals", [])]
    # Longest first: the groups are tried in order, and one kind's phrase may begin
    # another's (pt "referida decisão" in "referida decisão-quadro", fr "ladite
    # décision-cadre", es "dicha Decisión Marco"): the whole phrase decides the kind.
    return sorted(anaphors, key=lambda item: -len(item[1]))


# The act word fields of the language files and the CELEX letter of their acts.
_KIND_LETTERS = {"framework_decision": "F", "regulation": "R", "directive": "L", "decision": "D"}
# The act words a defined name may say it is, in the order their stems are tried.
_DEFINED_KINDS = ("regulation", "directive", "decision", "framework_decision")


def _of_letter(m: Mention, letter: str) -> bool:
    return m.use != REFERENCE and m.code.startswith("CELEX:") and _letter(m) == letter


def _letter(act: Mention) -> str:
    """The CELEX sector letter of an act mention ("CELEX:32014R0596" -> "R")."""
    return act.code.removeprefix("CELEX:")[5:6]


def _acronym_of(
    d: regex.Match[str], owner: Mention, instruments: Spans, reader: ContextReader
) -> bool:
    """Whether an unquoted acronym in brackets names the act before it: only an act
    cited by number, and only an acronym that names nothing itself ("(TFEU)" after
    "Treaty on the Functioning of the European Union" is that treaty's own name) nor
    the words before it (pl "Europejski Bank Centralny (EBC)": the bank's acronym)."""
    if not owner.code.startswith("CELEX:") or instruments.overlap(d.start(), d.end()):
        return False
    return not spells_words_before(d.string, d.start(), d["lone"], reader._says_instrument)


def with_context(mentions: list[Mention], context: list[Mention]) -> list[Mention]:
    """``mentions`` with the context's added; a defined name or anaphor replaces a word
    mention it overlaps ("the Directive" read generically), except an act cited by number
    ("la predetta direttiva 2001/114/CE", "‘Directive’" … "Directive 2003/59/EC"), a popular
    name after its act word (cs "směrnice Solventnost II") and a Treaty's abbreviation that
    a text defines as its short name (da "(»TEUF«)" … "TEUF"): the Treaty's own name."""
    if not context:
        return mentions
    treaties = {m[:3] for m in mentions if m.type == "treaty" and m.use == CITABLE}
    numbered = Spans((m.start, m.end) for m in mentions if m.type == "eu_act" and m.use == CITABLE)
    popular = Spans((m.start, m.end) for m in mentions if m.type == "eu_act" and m.use == NAMED)
    # a bare kind word inside a reference phrase is that phrase's (hr "te Direktive")
    phrases = Spans((m.start, m.end) for m in mentions if m.use == REFERENCE)
    context = [
        m
        for m in context
        if not (m.code.endswith(_ONLY) and phrases.contain(m.start, m.end))
        and (m.use not in (REFERENCE, NAMED) or not numbered.overlap(m.start, m.end))
        and (m.use != REFERENCE or not popular.overlap(m.start, m.end))
        and m[:3] not in treaties
    ]
    chosen: list[Mention] = []
    for m in sorted(context, key=lambda m: (m.start, -(m.end - m.start))):
        if not chosen or m.start >= chosen[-1].end:  # overlapping: the longest wins
            chosen.append(m)
    ends = [m.end for m in chosen]
    kept = [m for m in mentions if not _overlaps(chosen, ends, m)]
    return sorted(kept + chosen, key=by_start)


def _overlaps(chosen: list[Mention], ends: list[int], m: Mention) -> bool:
    """Whether ``m`` overlaps one of ``chosen`` (in text order and not overlapping, so
    their ends grow with their starts): only the first that ends after ``m`` starts
    can. A bisect per mention: a dense text has as many defined-name uses as acts."""
    k = bisect.bisect_right(ends, m.start)
    return k < len(chosen) and chosen[k].start < m.end


@functools.cache
def context_reader(lang: str) -> ContextReader:
    return ContextReader(lang)


def _kind_letters(acts: Mapping[str, Any]) -> list[tuple[regex.Pattern[str], str]]:
    """The kind a defined name says its act is, by the CELEX letter of that kind: the
    definition closing a title that names other acts is the title's act's (sk
    "nariadenie … a o zrušení smernice … 2003/6/ES a … 2004/72/ES (ďalej len „nariadenie
    MAR“)" defines the regulation, not the last directive)."""
    return [
        (deferred_pattern(alternation(acts[field])), letter)
        for field, letter in _KIND_LETTERS.items()
    ]


def _stems(kinds: list[str]) -> list[tuple[regex.Pattern[str], int]]:
    """A defined name of several words declines with its act word (lv "(turpmāk –
    Preču zīmju direktīva)" … "Preču zīmju direktīvas 45. pants", sl "Direktiva o
    blagovnih znamkah" … "Direktive o blagovnih znamkah"): the act words given as a
    stem ("direktīv*") say how much of the word stays."""
    return [
        (deferred_pattern(phrase_pattern(p)), len(p.rstrip("*")))
        for p in kinds
        if p.endswith("*") and " " not in p.strip() and not p.startswith(("*", "="))
    ]


def _instrument_word(kinds: list[str]) -> regex.Pattern[str]:
    """What a defined name must be to stand for an instrument: a name that says what
    it is ("the Directive", "the Charter") or an acronym ("GDPR"); "(‘the
    Commission’)" after an act defines something else. An act word may also end a
    compound name (sv "mervärdesskattedirektivet", de "Mehrwertsteuersystemrichtlinie")."""
    endings = "|".join(
        regex.escape(p.removeprefix("=").rstrip("*")) + (r"\w*" if p.endswith("*") else "")
        for p in kinds
        if " " not in p.strip() and not p.startswith("*")
    )
    return deferred_pattern(
        rf"{alternation(kinds)}|^\p{{Lu}}[\p{{Lu}}\d-]{{1,11}}$|(?i:{endings})$"
    )
