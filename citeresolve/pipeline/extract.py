"""extract(): text -> clean -> family parsers -> attach -> citations in text order."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from ..errors import ExtractionTimeoutError
from ..families import eu_acts, official_journal
from ..families.act_words import eu_author_at
from ..families.articles import reader
from ..families.instruments import matcher
from ..families.mentions import Mention, names_joined_to_acts, qualifiers_joined_to_acts
from ..knowledge.lang import load
from ..knowledge.lazy_modules import lazy_modules
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import document_deadline
from ..model.citation import Candidate, Citation
from ..model.family import families
from ..model.keys import format_key
from ..model.parts import by_span, by_start
from ..model.records import Record
from ..text.clean import CleanText, clean
from ..text.scan import trigger_group
from . import collector
from .act_word_domains import without_act_domains
from .attach import act_mention, attacher
from .bare_articles import bare_articles
from .context import context_reader, with_context
from .dated_acts import authored_act, dated_act, last_date_year
from .distributed_articles import distributed_articles
from .language_guess import detect_language, foreign_lines
from .legal_basis import coded_articles
from .mention_index import SENTENCE_END
from .passages import with_passages
from .single_annex import single_annexes
from .unit_keys import without_point_ranges
from .unit_treaties import unit_abbreviations

if TYPE_CHECKING:
    from ..families import act_qualifiers
else:  # read where a text has an act (lazy_modules)
    lazy_modules("..families.act_qualifiers")


class Orphan(Record):
    """An article reference with no instrument in reach ("Article 12" alone)."""

    __slots__ = ("end", "start", "text")
    _FIELDS = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


class Analysis(Record):
    """Everything the extractor saw in one text, with offsets into that text.

    ``citations`` is what :func:`extract` returns.  ``named_instruments`` are
    instrument names that only completed an article reference ("of the Treaty
    on European Union" in "Article 2 of the Treaty on European Union"), as
    whole-instrument citations, for linking them.  ``orphans`` are article
    references that were dropped for want of an instrument.
    """

    __slots__ = ("citations", "lang", "named_instruments", "orphans")
    _FIELDS = ("lang", "citations", "named_instruments", "orphans")

    def __init__(
        self,
        lang: str,
        citations: list[Citation],
        named_instruments: list[Citation],
        orphans: list[Orphan],
    ) -> None:
        self.lang = lang
        self.citations = citations
        self.named_instruments = named_instruments
        self.orphans = orphans


def analyse(text: str, *, lang: str | None = None) -> Analysis:
    """Run the whole pipeline on ``text`` (see :class:`Analysis`).

    Raises :class:`ExtractionTimeoutError` when a grammar runs out of time
    (see :mod:`citeresolve.limits`), :class:`UnknownLanguageError` for ``lang``.
    """
    try:
        with collector.paused(), document_deadline(text):
            return _analyse(text, lang)
    except TimeoutError as exc:
        raise ExtractionTimeoutError(
            f"gave up on a pathological stretch of text ({len(text):,} characters): {exc}; "
            "the document was not processed"
        ) from None


# Which act words matter for which citation type: the ELI type of an EU act,
# the CELEX of a COM document (a proposal is PC, other COM documents DC).
_ACT_KINDS = {"eu_act": ("implementing", "delegated"), "com_doc": ("proposal",)}


def _analyse(
    text: str, lang: str | None, passages: bool = True, shared: _Shared | None = None
) -> Analysis:
    """``shared``: what an earlier reading of the same ``text`` in another language found
    that no language changes."""
    shared = _Shared(text) if shared is None else shared
    view = shared.view_text.view
    code = lang if lang is not None else detect_language(view)
    load(code)  # an unknown language fails here, with the list of known ones
    if code in _BUILT:
        with trigger_group(code):  # a language's texts ask the same triggers
            analysis = _analyse_view(text, shared, code)
    else:
        analysis = _first_analysis(text, shared, code)
    if not passages:
        return analysis
    # An English abstract in a Greek thesis, an Italian title quoted on a French page:
    # such lines are read with their own language's grammar too.
    citations = with_passages(
        text,
        code,
        analysis.citations,
        analysis.named_instruments,
        functools.partial(_passage_citations, shared=shared),
        foreign_lines,
        detect_language,
    )
    if citations is analysis.citations:
        return analysis
    return Analysis(analysis.lang, citations, analysis.named_instruments, analysis.orphans)


# The languages this process has read a text of: the first builds their grammar.
_BUILT: set[str] = set()


def _first_analysis(text: str, shared: _Shared, code: str) -> Analysis:
    """The first text of a language builds its grammar, tables and triggers: thousands
    of long-lived objects, moved to the oldest generation when the call is done
    (:mod:`.collector`)."""
    with trigger_group(code):
        analysis = _analyse_view(text, shared, code)
    _BUILT.add(code)
    collector.built()
    return analysis


class _Shared:
    """What a text's reading finds the same in every language: its view, the candidates
    of the families that read the view alone, its OJ references. A line read in another
    language that is the whole text (a one-line text, a 1 MB line of mixed scripts) or
    a text read whole in its body's language reads them once."""

    __slots__ = ("_found", "_journals", "text", "view_text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.view_text: CleanText = clean(text)
        self._found: list[Candidate] | None = None
        self._journals: list[Candidate] | None = None

    def found(self) -> list[Candidate]:
        """The candidates of the families with a ``find`` of their own, in their order."""
        if self._found is None:
            view = self.view_text.view
            self._found = [c for f in families() if f.find is not None for c in f.find(view)]
        return list(self._found)

    def journals(self) -> list[Candidate]:
        """The OJ references, before they take the year of an act."""
        if self._journals is None:
            self._journals = official_journal.parse(self.view_text.view)
        return list(self._journals)


def _passage_citations(
    line: str, code: str, shared: _Shared | None = None
) -> tuple[list[Citation], list[Citation]]:
    """``line`` read in ``code``; ``shared``: the text's, used where the line is the text."""
    same = shared if shared is not None and line == shared.text else None
    analysis = _analyse(line, code, passages=False, shared=same)
    return analysis.citations, analysis.named_instruments


def _analyse_view(text: str, shared: _Shared, code: str) -> Analysis:
    view_text = shared.view_text
    view = view_text.view
    candidates: list[Candidate] = shared.found()
    # A number that the cases read as a case (hu "az 1/2003/EK rendelet és a 6/64. sz.
    # Costa-ügy": its case word after it) is no member of the list of acts before it;
    # nor is the number of an act word that also means a judgment (el "ΔΕΚ, απόφαση της
    # 9ης Μαρτίου 1978, 106/77": the act ends where the case does).
    cases = {(c.start, c.end) for c in candidates if c.parts.type == "case"}
    case_ends = {end for _, end in cases}
    acts = [a for a in eu_acts.parse(view, code) if a.end not in case_ends]
    journals = _with_act_years(shared.journals(), acts, view)
    candidates += journals
    acts = _outside_journals(acts, journals)
    act_mentions = qualifiers_joined_to_acts(view, [act_mention(a) for a in acts], code)
    # "(EC)" inside "Regulation (EC) No 539/2001" is the act's domain, not the EC Treaty.
    named, act_mentions = names_joined_to_acts(view, matcher(code).find(view), act_mentions)
    # ... and so is "EC" in "the EC Regulation", fr "la directive CE"
    named = without_act_domains(view, named, code)
    # ... "Chapter 2 of Title V TEU": the abbreviation completes a title, which is no citation
    named = unit_abbreviations(view, named, code)
    mentions = _outside(named, act_mentions) + act_mentions
    mentions.sort(key=by_start)
    # What the document names for itself: defined names, anaphors, "this Regulation".
    mentions = with_context(mentions, context_reader(code).mentions(view, mentions))
    # "Rules of Procedure EP 170", "TFEU 091": OEIL's legal basis, the article coded
    coded, mentions = coded_articles(view, mentions)
    candidates += coded
    chains = reader(code).chains(_without_leading_years(view, journals))
    # "; 102 TFEU ;", "SEUT 107 (3) mukaiset": articles with no article word
    bare = bare_articles(code).find(view, chains, mentions)
    # "Articles 11 of the Charter and 10 of the ECHR": the second number's article word
    bare += distributed_articles(code).find(view, chains, mentions)
    if bare:
        chains = sorted([*chains, *bare], key=by_start)
    attached = attacher(code).attach(view, chains, mentions)
    # "regulas (ES) Nr. 540/2011 pielikumu", bg "приложението към Регламент …": annex-1
    candidates += single_annexes(view, without_point_ranges(attached.candidates, chains), code)
    candidates.sort(key=by_span)
    orphans = []
    for chain in attached.orphans:
        start, end = view_text.to_original(chain.start, chain.end)
        orphans.append(Orphan(start, end, text[start:end]))
    keys: dict[int, str] = {}
    return Analysis(
        code,
        _citations(candidates, text, view_text, code, keys),
        _citations(attached.named_instruments, text, view_text, code, keys),
        orphans,
    )


def _without_leading_years(view: str, journals: list[Candidate]) -> str:
    """``view`` with the year that opens an OJ citation blanked (the Bluebook's "art. 8,
    2012 O.J. (C 326) 391"): no article of a list before it; offsets are kept."""
    starts = [j.start for j in journals if view[j.start : j.start + 1].isdigit()]
    if not starts:
        return view
    # One copy for the whole text, not one per citation: a page of footnotes in this
    # form would otherwise cost time quadratic in its length.
    chars = list(view)
    for start in starts:
        chars[start : start + 4] = " " * len(chars[start : start + 4])
    return "".join(chars)


def _citations(
    candidates: list[Candidate], text: str, view_text: CleanText, code: str, keys: dict[int, str]
) -> list[Citation]:
    """The citations of ``candidates`` in the caller's ``text``, in one loop (a dense text
    has tens of thousands). ``keys`` holds the key of each parts value by identity: the
    families share one frozen value per act and per unit of an instrument, which a dense
    text cites again and again (the document's candidates keep every value, and so its
    id, alive while ``keys`` lives)."""
    out = []
    to_original = view_text.to_original
    for cand in candidates:
        start, end = to_original(cand.start, cand.end)
        parts = cand.parts
        kinds = _ACT_KINDS.get(parts.type)
        kind = None
        if kinds is not None:
            kind = act_qualifiers.act_kind(text, start, end, code, kinds)
            if kind is None and parts.pin is not None and parts.celex:
                # "Article 5 of Implementing Decision (EU) 2021/914": the act word
                # stands before the act's number, after the article.
                kind = act_qualifiers.act_kind_of_number(text, end, str(parts.celex), code, kinds)
        key = keys.get(id(parts))
        if key is None:
            key = keys[id(parts)] = format_key(parts)
        out.append(Citation(parts.type, key, start, end, text[start:end], parts, kind))
    return out


def extract(text: str, *, lang: str | None = None) -> list[Citation]:
    """Every citation in ``text``, in text order; offsets index ``text`` itself.

    ``lang`` is an ISO 639-1 code ("nl"); ``None`` guesses it from the text.
    """
    return analyse(text, lang=lang).citations


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


def _outside_journals(acts: list[Candidate], journals: list[Candidate]) -> list[Candidate]:
    """The acts that do not start inside an OJ reference: since 2023 the OJ numbers
    each act as it numbers the act ("(UL L št. 2024/886 z dne 19. 3. 2024)"), and the
    number after the OJ abbreviation is the reference, not an act cited again (an act
    list before it would otherwise take it in as its member). Both lists in text order."""
    if not journals:
        return acts
    kept = []
    i = 0
    for act in acts:
        while i < len(journals) and journals[i].end <= act.start:
            i += 1
        if i < len(journals) and journals[i].start < act.start:
            continue
        kept.append(act)
    return kept


def _with_act_years(
    journals: list[Candidate], acts: list[Candidate], view: str = ""
) -> list[Candidate]:
    """Give a year-less OJ citation the year of the act cited just before it."""
    out = []
    i = 0
    last_act: Candidate | None = None
    closed = 0  # where the last OJ reference ended: the acts before it have theirs
    for oj in journals:
        while i < len(acts) and acts[i].end <= oj.start:
            last_act = acts[i]
            i += 1
        if oj.parts.year is None:
            if last_act is not None and _apart(view, last_act, oj):
                continue
            if last_act is None or last_act.parts.celex is None:
                # No act before it: an instrument cited by its date only ("konventionen
                # av den 9 oktober 1978 om … anslutning (EGT nr L 304, s. 1)").
                dated = last_date_year(view, oj.start)
                if dated is None:
                    continue
                out.append(attrs.evolve(oj, parts=attrs.evolve(oj.parts, year=dated)))
                continue
            act = (
                dated_act(view, acts[:i], oj.start, _has_celex, closed, number_year=_celex_year)
                or authored_act(view, acts[:i], oj.start, _has_celex, eu_author_at, closed)
                or last_act
            )
            assert act.parts.celex is not None
            year = int(act.parts.celex[1:5])
            oj = attrs.evolve(oj, parts=attrs.evolve(oj.parts, year=year))
        closed = oj.end
        out.append(oj)
    return out


# An empty date field: a comma after a space ("L 252, , pp. 27", "L 111 vom , S. 13").
_EMPTY_FIELD = lazy_pattern(r"\s,")


def _apart(view: str, act: Candidate, oj: Candidate) -> bool:
    """Whether a year-less reference after a comma stands in a later sentence than the
    act before it (nl "… Richtlijn, vastgesteld. Dit betreft … Richtlijn 200/35/EG …,
    Pb. EG, L 200/35": the act it publishes is not the one read)."""
    # A reference whose date field a conversion emptied, a blank line after the act: the
    # act is in another paragraph, and the reference publishes something cited with no
    # number (mt "… 81/691/KEE …⏎⏎… Il-Konvenzjoni … (ĠU L 252, , pp. 27-35)").
    if "\n\n" in view[act.end : oj.start] and _EMPTY_FIELD.search(view, oj.start, oj.end):
        return True
    if view[max(0, oj.start - 2) : oj.start] != ", ":
        return False
    return SENTENCE_END.search(view, act.end, oj.start) is not None


def _has_celex(act: Candidate) -> bool:
    return act.parts.celex is not None


def _celex_year(act: Candidate) -> int | None:
    celex = act.parts.celex
    return int(celex[1:5]) if celex is not None and celex[1:5].isdecimal() else None
