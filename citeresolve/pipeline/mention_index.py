"""The mentions of one text, indexed for attach: which mention starts, ends or heads
a clause near a position, in logarithmic time (which mentions the chains attached so far
have taken: :mod:`.taken`)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from ..families.mentions import REFERENCE, Mention
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..limits import scan_timeout
from ..model.keys import PROTOCOL_PREFIX
from ..text.phrase_groups import PhraseGroups
from ..text.scan import occurrences
from .genitive_gap import number_bracketed

if TYPE_CHECKING:
    from ..families.chain_grammar import Chain

# What "thereof" may point back to across a sentence: an act, a treaty or a convention.
_NAMED_TYPES = frozenset({"eu_act", "treaty", "instrument"})
# How many mentions back a gap (a footnote marker, a title) is tried: bounded work per
# chain on dense text.
_GAP_TRIES = 3
# A sentence that starts right after a chain: the chain is the article line of a section.
_SENTENCE_AFTER = lazy_pattern(r"\.[ \t]+[\p{Lu}\d]")


class MentionIndex:
    """Lookups over one text's mentions and clauses in logarithmic time, so that
    attaching stays linear however many chains and mentions a document has."""

    def __init__(
        self, view: str, mentions: list[Mention], openers: PhraseGroups | None = None
    ) -> None:
        self.view = view
        self.mentions = mentions  # sorted by start, not overlapping
        self.starts = [m.start for m in mentions]
        self.by_start = {m.start: m for m in mentions}
        self._openers = openers
        # Found on the first clause_start: most chains of prose are named by what
        # follows them ("Article 5 TFEU"), and then no clause is asked for.
        self._breaks: list[int] | None = None

    @property
    def breaks(self) -> list[int]:
        """Where a clause ends, in text order (see :func:`_clause_breaks`); before an
        opener ("having regard to") too."""
        if self._breaks is not None:
            return self._breaks
        breaks = _clause_breaks(self.view)
        # a full stop inside a mention is its abbreviation's, never a sentence's end
        # (fr "Conv. EDH, art. 8": the convention the article after the comma belongs to)
        spans = [(m.start, m.end) for m in self.mentions if "." in self.view[m.start : m.end]]
        if spans:
            breaks = _outside_spans(self.view, breaks, spans)
        # a line break inside a name is the name's, wrapped: the clause goes on (sv "… av
        # Europeiska" then "gemenskapen, särskilt artikel 95,")
        wrapped = [m for m in self.mentions if "\n" in self.view[m.start : m.end]]
        if wrapped:
            inside = {
                breaks[i]
                for m in wrapped
                for i in range(
                    bisect.bisect_left(breaks, m.start), bisect.bisect_left(breaks, m.end)
                )
            }
            breaks = [b for b in breaks if b not in inside]
        if self._openers is not None:
            # a clause starts at the opener itself (clause_start adds one to a break)
            found: list[int] = []
            end = 0
            quotes = sorted(i for mark in _QUOTES for i in occurrences(self.view, mark))
            for m in self._openers.matches(self.view):
                if quotes and _quoted(self.view, m.start(), quotes):
                    continue  # lt "… tikėtis, atsižvelgdamas į …“": words quoted, no visa
                if m.start() >= end:  # not overlapping, as in a scan of the whole text
                    found.append(m.start() - 1)
                    end = m.end()
            if found:
                breaks = _visa_lines_whole(self.view, breaks, found)
            breaks = sorted({*breaks, *found})
        self._breaks = breaks
        return breaks

    def clause_start(self, pos: int) -> int:
        """Where the clause (line or ";"-part) containing ``pos`` begins."""
        breaks = self.breaks
        k = bisect.bisect_left(breaks, pos)
        return breaks[k - 1] + 1 if k else 0

    def first_at(self, pos: int) -> int:
        """Index of the first mention that starts at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def first_in(self, start: int, end: int) -> Mention | None:
        """The first mention that starts in ``[start, end)``."""
        idx = self.first_at(start)
        if idx < len(self.mentions) and self.mentions[idx].start < end:
            return self.mentions[idx]
        return None

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
        for k in range(self.first_at(pos) - 1, -1, -1):
            m = self.mentions[k]
            if m.end == gap_start:
                return m
            if (
                gap is not None
                and m.end == gap_start - 1
                and view[m.end] == ")"
                and (
                    view[m.start - 1 : m.start] == "("
                    or _MARKED.search(view, max(0, m.start - 40), m.start)
                    or number_bracketed(view, m)
                )
                and m.type != "oj"
            ):
                # The abbreviation defined in brackets right before the chain: hu "az
                # Európai Unió Működéséről szóló Szerződés (EUMSZ) 258. cikke"; the name
                # it abbreviates, right before the bracket, is the one the chain takes
                # (et "Euroopa Liidu toimimise lepingu (ELi toimimise leping) artikli 169").
                outer = self.mentions[k - 1] if k else None
                if (
                    outer is not None
                    and outer.code == m.code
                    and not view[outer.end : m.start - 1].strip(" \t")
                ):
                    return outer
                return m
            if m.end > gap_start:
                continue
            tries += 1
            # Three mentions back at most: bounded work per chain on dense text.
            if gap is None or pos - m.end > 260 or tries > _GAP_TRIES:
                return None
            found = gap.fullmatch(view, m.end, pos)
            if found is not None and self._gap_fits(found, m):
                return m
        return None

    def new_section(self, before: Mention, chain: Chain) -> bool:
        """Whether ``chain`` opens its line after the line ``before`` closes and a sentence
        starts right after it: the article line of a section, not an instrument's genitive
        wrapped to the next line (lv a title line "… ar ko groza Eiropas Kopienas
        dibināšanas līgumu", then "1.pants. 2007.gada …": a national law that names the
        Treaty in its title)."""
        if "\n" not in self.view[before.end : chain.start]:
            return False
        return _SENTENCE_AFTER.match(self.view, chain.end) is not None

    def act_before_its_bracketed_name(self, named: Mention) -> Mention | None:
        """The act whose short or popular name ``named`` is, in brackets after the act's
        title in the same sentence: lv "Regulas (ES) 2016/679 par … un ar ko atceļ
        Direktīvu 95/46/EK (Vispārīgā datu aizsardzības regula) 6. panta" (the name only
        completes the article's reference, as the act does)."""
        view = self.view
        if named.type != "eu_act" or view[named.start - 1 : named.start] != "(":
            return None
        k = self.first_at(named.start) - 1
        for m in self.mentions[max(0, k - 3) : k + 1][::-1]:
            if m.end >= named.start or named.start - m.end > 320:
                continue
            if SENTENCE_END.search(view, m.end, named.start - 1):
                return None
            if m.code == named.code and m.type == "eu_act" and m.use != REFERENCE:
                return m
        return None

    def act_in_brackets_before(self, pos: int) -> Mention | None:
        """The act named in the brackets that close right before ``pos``, right after a
        name (its short name, da "FDI-forordningens (Europa-Parlamentets og Rådets
        forordning (EU) 2019/452 om … i Unionen) artikel 2"), when it is the only
        mention there and opens them (after its authors)."""
        view = self.view
        close = pos - 1
        while close > 0 and view[close] in " \t":
            close -= 1
        if view[close] != ")":
            return None
        depth, k = 0, close
        while k > max(0, close - _BRACKET_REACH):
            depth += {")": 1, "(": -1}.get(view[k], 0)
            if depth == 0:
                break
            k -= 1
        if depth or not view[k - 2 : k].strip(" ").isalpha():
            return None
        inside = [m for m in self.mentions if k < m.start and m.end <= close]
        if len(inside) != 1 or inside[0].type != "eu_act" or inside[0].start - k > 60:
            return None
        return inside[0]

    def _gap_fits(self, found: regex.Match[str], m: Mention) -> bool:
        """Whether the gap ``found`` after ``m`` may link it to the chain: a title or an
        OJ reference only follows an act, or a Protocol's title its number (lv "Protokola
        Nr. 2 par subsidiaritātes … piemērošanu 6. pants", lt "Protokolo Nr. 2 dėl …"), or a
        Treaty its article's, with no date (hu "az EUSZ-nek a közös … szóló 42. cikke")."""
        treaty = m.type == "treaty" and not found["date"]
        return (
            not found["title"] or m.type == "eu_act" or treaty or m.code.startswith(PROTOCOL_PREFIX)
        )

    def ending_before(self, pos: int, reach: int) -> Mention | None:
        """The last mention that ends at or before ``pos``, at most ``reach`` before it."""
        for k in range(self.first_at(pos) - 1, max(-1, self.first_at(pos) - 4), -1):
            m = self.mentions[k]
            if m.end <= pos:
                return m if pos - m.end <= reach and m.use != REFERENCE else None
        return None

    def last_named_before(self, pos: int, reach: int) -> Mention | None:
        """The last instrument or act named (no reference word) that ends at most
        ``reach`` before ``pos``."""
        for k in range(self.first_at(pos) - 1, -1, -1):
            m = self.mentions[k]
            if pos - m.end > reach:
                return None
            if m.end <= pos and m.use != REFERENCE and m.type in _NAMED_TYPES:
                return m
        return None

    def named_before(self, pos: int, code: str, reach: int) -> Mention | None:
        """The last mention of ``code`` that ends at most ``reach`` before ``pos``."""
        for k in range(self.first_at(pos) - 1, -1, -1):
            m = self.mentions[k]
            if pos - m.end > reach:
                return None
            if m.code == code and m.end <= pos and m.use != REFERENCE:
                return m
        return None

    def clause_head(self, pos: int, after: int | None = None) -> Mention | None:
        """The first mention of the clause that contains ``pos``; with ``after`` (where
        an earlier pinpoint of the clause ended), the first one named after that, if
        any (an instrument named on, then pinpointed in its turn)."""
        if not self.first_at(pos):
            return None  # no mention before ``pos``: the clause is not looked for
        clause_start = self.clause_start(pos)
        if after is not None and after > clause_start:
            for k in range(self.first_at(after), self.first_at(pos)):
                m = self.mentions[k]
                if m.end <= pos and m.use != REFERENCE:
                    return m
        reference = None  # "El Reglamento dispone en su artículo 1": only a reference heads it
        for k in range(self.first_at(clause_start), self.first_at(pos)):
            m = self.mentions[k]
            if m.end <= pos:
                if m.use != REFERENCE:
                    return m
                reference = reference or m
        return reference

    def named_between(self, start: int, end: int, skip: set[int]) -> Mention | None:
        """The first mention inside ``[start, end)`` that is no reference word and does
        not start at a position in ``skip``."""
        for k in range(self.first_at(start), self.first_at(end)):
            m = self.mentions[k]
            if m.end <= end and m.use != REFERENCE and m.start not in skip:
                return m
        return None

    def nearest_before(self, pos: int, *, past_references: bool = False) -> Mention | None:
        """The last mention of the clause before ``pos``; with ``past_references`` the
        last one that is not a reference word (a keyword line's descriptor segment may
        hold one: bg "… предмет на договора —", "of the contract", read as "the Treaty")."""
        clause_start = None  # found for the first mention that ends before ``pos``
        for k in range(self.first_at(pos) - 1, -1, -1):
            m = self.mentions[k]
            if m.end > pos:
                continue
            if clause_start is None:
                clause_start = self.clause_start(pos)
            if m.start < clause_start:
                return None
            if m.use != REFERENCE:
                return m
            if not past_references:
                return None
        return None


# A bracket opened by a definition's marker right before an act that ends the bracket:
# lt "(toliau – Reglamentas (ES) Nr. 575/2013) 4 straipsnio" is that act's article.
_MARKED = lazy_pattern(r"\([ \t]*[^\W\d_]{2,}\.?(?:[ \t][^\W\d_]{2,}){0,2}[ \t]*[:–-][ \t]*$")
# How long the brackets holding an act and its title before a chain may be.
_BRACKET_REACH = 300
_CLAUSE_BREAKS = "\n;"
# A sentence ends a clause too (a full stop before a capital, after a word, a bracket or
# a number of three digits or more, not a day: "vom 22. September"): "in particular" and
# keyword commas never reach into the sentence before.
_BEFORE_END = r"(?:[^\W\d_]{2}|\d{3}|\))"
_AFTER_END = r"\s+\p{Lu}"
SENTENCE_END = lazy_pattern(rf"(?<={_BEFORE_END})[.!?](?={_AFTER_END})")
# The same, one pattern per mark that opens with the mark: for the scan of a whole
# text the engine skips to a literal far faster than it tries a look-behind everywhere.
# The look-ahead first: most dots of citations ("Art. 5", "p. 1") fail it at once.
_SENTENCE_ENDS = tuple(
    deferred_pattern(rf"{regex.escape(mark)}(?={_AFTER_END})(?<={_BEFORE_END}.)") for mark in ".!?"
)


def sentence_ends(view: str) -> list[int]:
    """Where SENTENCE_END matches in ``view``, in text order (a mark the text does
    not hold is not scanned for: most texts have no "!")."""
    timeout = scan_timeout(view)
    return sorted(
        m.start()
        for p, mark in zip(_SENTENCE_ENDS, ".!?", strict=True)
        if mark in view
        for m in p.finditer(view, timeout=timeout)
    )


# How long a visa line may be for a full stop inside it to be an abbreviation.
_VISA_LINE = 1000
# A line break that wraps a visa's line: after a word or number, before a word or a
# year (not before a footnote marker: "… No 1295/2013" then "2, and in …"; a new visa's
# opener is a break of its own).
_WRAP = lazy_pattern(r"(?<=[^\W_][ \t]*)\n(?=[ \t]*(?:[^\W\d_]|(?:19|20)\d\d(?!\d)))")


def _visa_lines_whole(view: str, breaks: list[int], openers: list[int]) -> list[int]:
    """``breaks`` without the sentence ends inside a visa line (from an opener, "having
    regard to", to the line's end): it names one act with its title, so a full stop
    before a capital there is an abbreviation's (pl "Agencji Unii Europejskiej ds.
    Bezpieczeństwa Lotniczego … , w szczególności jego art. 58" pins the act the line
    opens with)."""
    spans, wraps = [], set()
    for opener in openers:
        line_end = view.find("\n", opener + 1)
        line_end = len(view) if line_end < 0 else line_end
        # a PDF's hard wrap inside the visa (a word at the line's end, a word or a year
        # opening the next): da "… af 27. april" then "2016 om … direktiv
        # 95/46/EF (generel" then "forordning …)1, særlig artikel 28" pins the visa's act
        while _WRAP.match(view, line_end) and line_end - opener <= _VISA_LINE:
            wraps.add(line_end)
            following = view.find("\n", line_end + 1)
            line_end = len(view) if following < 0 else following
        if line_end - opener <= _VISA_LINE:
            spans.append((opener + 1, line_end))
    if not spans:
        return breaks
    return [b for b in _outside_spans(view, breaks, spans) if b not in wraps]


def _outside_spans(view: str, breaks: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """``breaks`` (in text order) without the sentence marks (not a line break or ";")
    that lie in the last of ``spans`` (in order of start) that starts at or before them:
    two bisections a span, not one a break (a long text has thousands of breaks and a
    few spans)."""
    out: list[int] = []
    done = 0  # breaks[:done] are decided
    for k, (start, end) in enumerate(spans):
        if k + 1 < len(spans):
            end = min(end, spans[k + 1][0])  # from there on the next span is the last
        if end <= start:
            continue
        lo = bisect.bisect_left(breaks, start, done)
        hi = bisect.bisect_left(breaks, end, lo)
        out += breaks[done:lo]
        out += [b for b in breaks[lo:hi] if view[b] in _CLAUSE_BREAKS]
        done = hi
    out += breaks[done:]
    return out


# Quotation marks that only open a quotation (lt, de, cs "„", fr "«") and those that close
# one or, in other languages, open it.
_OPENING_QUOTES = "„«"
_QUOTES = "„«“”»"
_QUOTE_REACH = 300


def _quoted(view: str, pos: int, quotes: list[int]) -> bool:
    """Whether ``pos`` is inside a quotation its line opened with an opening-only mark: a
    keyword line's quoted descriptor (lt "– Prekės, kuri „… gali pagrįstai tikėtis,
    atsižvelgdamas į tų prekių pobūdį“, sąvoka –") holds no visa's opener. ``quotes``:
    where the text's _QUOTES stand, in text order (the nearest one before ``pos`` by
    bisection, not by a loop over the characters before it)."""
    k = bisect.bisect_left(quotes, pos) - 1
    if k < 0:
        return False
    start = max(view.rfind("\n", 0, pos) + 1, pos - _QUOTE_REACH)
    return quotes[k] >= start and view[quotes[k]] in _OPENING_QUOTES


def _clause_breaks(view: str) -> list[int]:
    """Where a line, a ";"-part or a sentence ends, in text order: lines and ";" by
    ``str.find``, which costs less than splitting the text and a third of a regex scan
    for the two characters; sentence ends from a scan that starts only at ".", "!"
    and "?"; and the comma that closes an act's enacting formula."""
    out = [i for ch in _CLAUSE_BREAKS for i in occurrences(view, ch)]
    out += sentence_ends(view)
    out += _formula_ends(view)
    out.sort()
    return out


# A word in capitals right before a comma: where an enacting formula may end (the comma
# first: the engine skips to a literal far faster than it tries a class everywhere).
_CAPITALS_COMMA = lazy_pattern(r",(?<=\p{Lu}\p{Lu},)")
# The formula: three words or more in capitals (with the glued article and apostrophes
# of mt "IL-KUNSILL TA' L-UNJONI EWROPEA") right before the comma.
_FORMULA = lazy_pattern(r"(?<![\w'’-])(?:\p{Lu}[\p{Lu}'’-]*[ \t]+){2,12}\p{Lu}[\p{Lu}'’-]*\Z")
_FORMULA_REACH = 160
_WORD_MARKS = str.maketrans("", "", "'’-")


def _formula_ends(view: str) -> list[int]:
    """The comma after an enacting formula ("THE COUNCIL OF THE EUROPEAN UNION,", el "ΤΟ
    ΕΥΡΩΠΑΪΚΟ ΚΟΙΝΟΒΟΥΛΙΟ ΚΑΙ ΤΟ ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ,"): it ends the act's
    title, so that in a text whose lines were run together the first visa ("τη συνθήκη
    …, και ιδίως το άρθρο 61") is a clause of its own, not the title's."""
    out = []
    for hit in _CAPITALS_COMMA.finditer(view, timeout=scan_timeout(view)):
        comma = hit.start()
        start = max(0, comma - _FORMULA_REACH)
        # most are an abbreviation ("TFEU,"): the three words before the comma first
        last = view[start:comma].rsplit(None, 3)[-3:]
        capitals = all(w.isupper() and w.translate(_WORD_MARKS).isalpha() for w in last)
        if len(last) == 3 and capitals and _FORMULA.search(view, start, comma):
            out.append(comma)
    return out
