"""Act words: which kind of act a number is ("Regulation", "irányelv", "VO", "règl."),
from the act word before it in the same clause or right after it (Hungarian names the
kind last), or from the act word of the title it stands under; and national act words
("likuma Nr.", "loi n°"), whose numbers are no EU acts."""

from __future__ import annotations

import bisect
import functools
import heapq
from collections.abc import Iterator

import regex

from ..knowledge.dispatched import Dispatched
from ..knowledge.lang import all_languages, alternation, union_pattern, union_phrases
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..text.phrase_groups import PhraseGroups
from .act_headings import TITLE_WINDOW, heading_closed, standalone_number
from .act_numbers import ACT_KINDS, PREFIX_WINDOW, number_words
from .act_word_helpers import (
    cited_with_domain,
    counts_in,
    lead_in_kind,
    line_opening_qualifier_end,
    own_kind,
)
from .oj_words import optional_words, title_colon

# How far before the number an act word may stand ("Council Implementing
# Regulation (EU) 2020/1999", "rozporządzenie Parlamentu Europejskiego i Rady (UE) ...").
_WORD_WINDOW = 90

# After an act number, the colon of a EUR-Lex title, then the act word after up to two
# words (the institution: "1999/435/EY: Neuvoston päätös", "2004/512/EC: Council
# Decision", "2007/200/ΕΚ: Απόφαση της Επιτροπής").
_TITLE_WORD = lazy_pattern(r"[^\W\d_]+[ \t]+")
_TITLE_WORDS = 2
_DIGIT = lazy_pattern(r"\d")
_NUMBER = lazy_pattern(r"\d+/\d+")
# A letter, or a dash between spaces: the separator of a court's keyword line (hu
# "Európai nyomozási határozat – 2014/41/EU irányelv") ends the phrase of the word before.
_APART = lazy_pattern(r"\p{L}|\s[–—-]\s")
# A date between an act word and its number: "18 giugno 1992", "19.5.2020", es/pt
# "de 18 de junio de 1992"; with slashes or hyphens, as national portals write it: it
# "Direttiva 10/05/2023, n. 2023/970/UE", "Reg. (CE) 23-7-2014 n. 911/2014".
DATE = lazy_pattern(
    r"(?:\d{1,2}\.?\s?(?:(?:\p{Ll}{1,3}\s)?\p{L}+(?:\s\p{Ll}{1,3})?|\d{1,2}\.)\s?\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4})"
)


@functools.cache
def _word_pattern() -> Dispatched:
    # Framework decisions and common positions are longer phrases than their heads
    # ("decision"): ACT_KINDS lists them first, and alternatives are tried in order.
    # Compiled per first character on first need: the union of 24 languages is large.
    return Dispatched([(field, union_phrases("acts", field)) for field in ACT_KINDS])


@functools.cache
def _author_after() -> regex.Pattern[str]:
    # A longer name that goes on in capitals is another body's (es "del Consejo General
    # del Poder Judicial").
    authors = union_pattern("acts", "authors")
    return deferred_pattern(rf"\s+(?:{authors})(?![^\S\n]+\p{{Lu}})")


def eu_author_at(view: str, pos: int) -> bool:
    """Whether an EU institution follows ``pos`` as an act's author (el "273/2009 του
    Συμβουλίου", it "regolamento del Consiglio"): the language files' ``authors``."""
    return _author_after().match(view, pos) is not None


def eu_author_after(view: str, pos: int) -> int:
    """Where the act's author right after ``pos`` ends (ro "2006/112/CE a Consiliului"),
    or ``pos`` when none stands there (see eu_author_at)."""
    author = _author_after().match(view, pos)
    return author.end() if author is not None else pos


def eu_author_end(view: str, pos: int, end: int) -> bool:
    """Whether ``view[pos:end]`` is an act's author and nothing else (pt "Directiva 94/45
    do Conselho, artigo 4.°")."""
    return _author_after().fullmatch(view, pos, end) is not None


@functools.cache
def _national_pattern() -> regex.Pattern[str]:
    """A national act word right before a number: lv "likuma Nr. 12/1999", "loi n° 78-17",
    also with a comma after a gazette's name (hr "Narodne novine, br. 100/18")."""
    national = union_pattern("acts", "national_acts")
    return deferred_pattern(
        rf"(?:{national}),?\s*(?:(?:{number_words()})\s*)?(?:[\[(]\s?)?$", regex.REVERSE
    )


# The group of national act words in word_groups: never an act word hit.
_NATIONAL = "national_acts"


@functools.cache
def word_groups() -> PhraseGroups:
    """Every language's act words, one group per kind in the order of _word_pattern,
    then the national act words (found in the same pass, so that the searches for
    a word before or after a number run only where one of these words starts)."""
    return PhraseGroups(
        [(field, union_phrases("acts", field)) for field in (*ACT_KINDS, _NATIONAL)]
    )


@functools.cache
def national_keys() -> frozenset[str | None]:
    groups = word_groups()
    phrases = union_phrases("acts", _NATIONAL)
    return frozenset(groups.key_of(p) for p in phrases)


class ActWords:
    """The act words of a view, and where a trigger of an act word or a national act
    word starts: no act word pattern can match anywhere else (see text/scan.py). In a
    text of language ``lang`` a lower-case word of other languages only is no act word."""

    def __init__(
        self,
        view: str,
        until: int | None = None,
        lang: str | None = None,
        glued: list[int] | None = None,
    ) -> None:
        # The act words that start before ``until`` (all by default): a number's act
        # word stands before it, and one word's match depends only on those before it
        # (a longer word holds), so the reader needs none after its last number.
        until = len(view) if until is None else until
        self.hits: list[tuple[int, int, str]] = []  # (start, end, kind), in text order
        self.starts: list[int] = []
        self.keys: list[frozenset[str]] = []  # the trigger keys that fired at each start
        self.national: list[int] = []
        national = national_keys()
        groups = word_groups()
        # A phrase the trigger cannot see may match anywhere: then every search runs.
        self._complete = groups.complete
        self._lang = lang
        # Where a title runs into an act number's capital domain ("2010/53/EUSměrnice"):
        # no word starts there for the trigger, so those places are tried as glued words.
        glued_at = frozenset(glued or ())
        for pos, keys in _with_glued(groups, view, glued_at):
            self.starts.append(pos)
            self.keys.append(keys)
            if not national.isdisjoint(keys):
                self.national.append(pos)
            if pos >= until:
                continue
            hit = _kept_hit(groups, view, pos, keys, pos in glued_at)
            if hit is not None and hit[2] != _NATIONAL and counts_in(lang, view[hit[0] : hit[1]]):
                if self.hits and hit[0] < self.hits[-1][1]:
                    continue  # "Decision" inside "Framework Decision": the longer word holds
                kind = own_kind(lang, view[hit[0] : hit[1]])
                self.hits.append(hit if kind is None else (hit[0], hit[1], kind))
        self._start_set = frozenset(self.starts)

    def word_at(self, view: str, pos: int, after: bool = False) -> regex.Match[str] | None:
        """_word_pattern matched where a trigger fired; ``after``: right after a number."""
        if self._complete and pos not in self._start_set:
            return None
        m = _word_pattern().match(view, pos)
        return m if m is None or counts_in(self._lang, m[0], after) else None

    def kind_of(self, word: regex.Match[str]) -> str | None:
        """The kind of act a matched act word names, read in the text's language first."""
        return own_kind(self._lang, word[0]) or word.lastgroup

    def keys_in(self, lo: int, hi: int) -> frozenset[str]:
        """The trigger keys that fired in [lo, hi): only phrases with one of these keys
        can match inside that window."""
        k = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi, k)
        return frozenset().union(*self.keys[k:j])

    def any_in(self, starts: list[int], lo: int, hi: int) -> bool:
        """Whether one of ``starts`` lies in [lo, hi)."""
        k = bisect.bisect_left(starts, lo)
        return not self._complete or (k < len(starts) and starts[k] < hi)


# How much text after a word glued to digits is read to match it (the longest act word
# with its author: "Směrnice Evropského parlamentu a Rady").
_GLUED_REACH = 120


@functools.cache
def _glued_title() -> regex.Pattern[str]:
    """A capital domain closing an act number, run into the capitalised title after it."""
    domains = union_pattern("acts", "domains").replace(r"(?![^\W\d])", "")
    return deferred_pattern(rf"[/-](?:{domains})(?<=\p{{Lu}})(?=\p{{Lu}}\p{{Ll}})")


def glued_titles(view: str, ends: list[int]) -> list[int]:
    """Where a title starts that a conversion ran into the domain of the act number
    ending at one of ``ends`` (cs "2010/53/EUSměrnice Evropského parlamentu a Rady
    2010/53/EU": the title's act word is the second number's)."""
    pattern = _glued_title()
    return [m.end() for end in ends if (m := pattern.match(view, end)) is not None]


def _with_glued(
    groups: PhraseGroups, view: str, glued: frozenset[int]
) -> Iterator[tuple[int, frozenset[str]]]:
    """The trigger's hits, and the ``glued`` places each with the keys of the word that
    starts there, in text order."""
    extra = []
    for pos in sorted(glued):
        first = next(iter(groups.trigger.hits(view[pos : pos + _GLUED_REACH])), None)
        if first is not None and first[0] == 0:
            extra.append((pos, first[1]))
    if not extra:
        yield from groups.trigger.hits(view)
        return
    yield from heapq.merge(groups.trigger.hits(view), extra, key=lambda hit: hit[0])


# The act word at each trigger position of the text read last: the act numbers' reader
# and the year-less acts ask the same positions (a dense text's act words were matched
# twice). A new text replaces it; threads reading two texts at once only miss it.
_Found = dict[tuple[int, frozenset[str], bool], "tuple[int, int, str] | None"]
_LAST_TEXT: list[tuple[str, _Found]] = [("", {})]


def _kept_hit(
    groups: PhraseGroups, view: str, pos: int, keys: frozenset[str], glued: bool
) -> tuple[int, int, str] | None:
    """_hit_at, asked once per position of a text."""
    last = _LAST_TEXT[0]
    if last[0] is not view:
        last = _LAST_TEXT[0] = (view, {})
    found = last[1]
    key = (pos, keys, glued)
    if key not in found:
        found[key] = _hit_at(groups, view, pos, keys, glued)
    return found[key]


def _hit_at(
    groups: PhraseGroups, view: str, pos: int, keys: frozenset[str], glued: bool = False
) -> tuple[int, int, str] | None:
    """The act word (or national act word) at ``pos`` as (start, end, group). A
    capitalised word of five letters or more may be glued to the digits before it, as
    a conversion runs a number into the title after it: cs "(EU) 2023/2225Směrnice
    Evropského parlamentu a Rady (EU) 2023/2225" (the word's boundary is read on the
    text from the word on); never a short one ("2RL", "3Dir.")."""
    m = groups.match(view, pos, keys)
    if m is None and (glued or view[pos - 1 : pos].isdecimal()) and view[pos : pos + 5].istitle():
        m = groups.match(view[pos : pos + _GLUED_REACH], 0, keys)
        if m is not None and m.end() >= 5 and m.lastgroup is not None:
            return pos, pos + m.end(), m.lastgroup
        return None
    return (m.start(), m.end(), m.lastgroup) if m is not None and m.lastgroup else None


@functools.cache
def _domain_before() -> regex.Pattern[str]:
    """An EU domain word ending right before a national act word, perhaps with one word
    between or joined by a hyphen: et "EL määrus nr 66/2010", "EL ökomärgise määrus nr
    1980/2000" (the Union's regulation, not a minister's "määrus nr 12")."""
    # ... or an EU body named before it, where the language names the author first
    # (et "nõukogu määrus nr 44/2001": the Council's, not the Government's)
    sections = [lang.section("acts") for lang in all_languages()]
    authors = [p for acts in sections for p in acts.get("eu_authors_before", [])]
    domains = alternation([*union_phrases("acts", "domains"), *authors])
    return deferred_pattern(rf"(?<![^\W\d_])(?:{domains})(?:[ \t]+\p{{Ll}}+)?(?:[ \t]+|-)$")


def is_national(view: str, start: int, words: ActWords) -> bool:
    """Whether the number at ``start`` is that of a national act (not after an EU
    domain word: et "EL määrus nr 66/2010", nor one cited after a domain elsewhere)."""
    if not words.any_in(words.national, window := max(0, start - PREFIX_WINDOW), start):
        return False
    found = _national_pattern().search(view, window, start)
    if found is None:
        return False
    near = _domain_before().search(view, max(0, found.start() - 40), found.start())
    number = _NUMBER.search(view, start, start + 20)
    return near is None and (number is None or not cited_with_domain(view, number[0]))


def act_word(view: str, start: int, end: int, words: ActWords) -> tuple[str | None, int]:
    """The act kind for a number at ``[start, end)`` and where its surface starts."""
    hits = words.hits
    standalone = standalone_number(view, start, end)
    window_start = max(0, start - (TITLE_WINDOW if standalone else _WORD_WINDOW))
    if not standalone:
        before = view[window_start:start]
        cut = _clause_cut(before, len(before))
        if cut >= 0 and _wrapped_after_word(view, window_start + cut, start, hits):
            # sv "rådets förordning\n(EG) nr 1383/2003": a hard-wrapped line ends
            # with the act word and the next one opens with its number.
            cut = _clause_cut(before, cut)
        if cut >= 0:
            window_start = window_start + cut + 1
            # The dot of an abbreviated act word ("règl. (CE) n° 1049/2001") ends no clause.
            last = bisect.bisect_left(hits, (window_start, -1, "")) - 1
            if last >= 0 and hits[last][1] == window_start:
                window_start = hits[last][0]
    first = bisect.bisect_left(hits, (window_start, -1, ""))
    if standalone:
        # Under an OJ title the act word of the heading is in capitals ("DECISION
        # OF THE EUROPEAN COUNCIL ... on its Rules of Procedure (2009/882/EU)");
        # a lower-case act word in the subject line names another act.
        heading = [h for h in hits[first:] if h[1] <= start and view[h[0] : h[1]].isupper()]
        if heading:
            return heading[-1][2], start
    after = word_after(view, end, words)
    # The last act word of the window that ends before the number (kept words do not
    # overlap, so their ends grow with their starts).
    i = bisect.bisect_left(hits, (start, -1, "")) - 1
    while i >= first and hits[i][1] > start:
        i -= 1
    if i >= first:
        word_start, word_end, kind = hits[i]
        if after is not None and not standalone and _APART.search(view, word_end, start):
            # hu "Iránymutatások a 2014/59/EU irányelv": the number's own act word
            # follows it; the word before, with words between, names another document.
            pass
        elif standalone or not _digits_between(view, word_end, start):
            return kind, word_start if not standalone else start
    if after is not None:
        return words.kind_of(after), start
    # EUR-Lex title "1999/435/EY: Neuvoston päätös", "2004/512/EG: Beschikking van de Raad"
    title = _title_word(view, end, words)
    if title is not None:
        return words.kind_of(title), start
    # sv "följande direktiv:\n\n• 2008/121/EG": an item of a list whose lead-in names the kind
    return heading_closed(view, start, end, hits) or lead_in_kind(view, start, hits), start


def _clause_cut(before: str, end: int) -> int:
    """Where the last clause of ``before[:end]`` starts after: a semicolon, a line end
    or a full stop, not a dot of a date (pl "rozporządzenie … (UE) z dnia 11 grudnia
    2018 r. Nr 2019/6", cs "nařízení … (EU) ze dne 11. prosince 2018 č. 2019/6": the
    date stands between the act word and "No")."""
    cut = max(before.rfind(";", 0, end), before.rfind("\n", 0, end), before.rfind(". ", 0, end))
    while cut > 0 and before[cut] == "." and _date_dot(before, cut):
        cut = max(before.rfind(";", 0, cut), before.rfind("\n", 0, cut), before.rfind(". ", 0, cut))
    return cut


def _date_dot(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` is a day's ("11. prosince 2018") or a year's mark's."""
    if text[dot - 1].isdigit():
        day = _DAY_DOT.search(text, max(0, dot - 2), dot + 1)
        return day is not None and DATE.match(text, day.start()) is not None
    return _year_mark_dot().search(text, max(0, dot - 9), dot + 1) is not None


_DAY_DOT = lazy_pattern(r"(?<!\d)\d{1,2}\.\Z")


@functools.cache
def _year_mark_dot() -> regex.Pattern[str]:
    marks = optional_words("official_journal", "year_marks")
    return deferred_pattern(rf"(?<!\d)(?:19|20)\d{{2}}\s?(?:{marks})\Z")


def _digits_between(view: str, word_end: int, start: int) -> bool:
    """Whether digits stand between an act word and its number: then the word belongs
    elsewhere; dates do not ("direttive del Consiglio 18 giugno 1992, 92/50/CEE").
    Most gaps hold no digit, and taking the dates out leaves none."""
    if _DIGIT.search(view, word_end, start) is None:
        return False
    return _DIGIT.search(DATE.sub("", view[word_end:start])) is not None


# A number mark after an act number and the words of a title before its act word: hu
# "a 2000/43/EK sz. faji diszkrimináció elleni irányelvvel" (the racial equality directive).
_TITLE_WORDS_MARKED = 4
_LOWER_WORD = lazy_pattern(r"\p{Ll}+[ ]")


@functools.cache
def _mark_after() -> regex.Pattern[str]:
    return deferred_pattern(rf"(?:{optional_words('acts', 'marks_after')})[ ]", anchored=True)


def word_after(view: str, end: int, words: ActWords) -> regex.Match[str] | None:
    """The act word after a space after the number ending at ``end`` (hu "a 2004/38/EK
    irányelv"), or after a number mark there and up to four lower-case words of the
    act's title ([acts] marks_after)."""
    if view[end : end + 1] != " ":
        return None
    found = words.word_at(view, end + 1)
    mark = _mark_after().match(view, end + 1) if found is None else None
    pos = mark.end() if mark is not None else -1
    for _ in range(_TITLE_WORDS_MARKED + 1 if mark is not None else 0):
        found = words.word_at(view, pos)
        word = _LOWER_WORD.match(view, pos) if found is None else None
        if word is None:
            break
        pos = word.end()
    return found


def _title_word(view: str, end: int, words: ActWords) -> regex.Match[str] | None:
    """The act word of a EUR-Lex title after the number ending at ``end``: first after
    the colon, or after one or two words; also the end of a compound ("*beschluss": de
    "2011/305/EU: Durchführungsbeschluss der Kommission")."""
    colon = title_colon().match(view, end)
    if colon is None:
        return None
    pos = colon.end()
    for _ in range(_TITLE_WORDS + 1):
        found = words.word_at(view, pos)
        word = _TITLE_WORD.match(view, pos) if found is None else None
        k = bisect.bisect_right(words.starts, pos)
        while word is not None and found is None and k < len(words.starts):
            if words.starts[k] >= word.end():
                break
            found, k = words.word_at(view, words.starts[k]), k + 1
        if found is not None or word is None:
            return found
        pos = word.end()
    return None


def _wrapped_after_word(view: str, cut: int, start: int, hits: list[tuple[int, int, str]]) -> bool:
    """Whether the clause break at ``cut`` is a line break between an act word and its
    number, after the act's author (sk "smernice\nEurópskeho parlamentu a Rady (EÚ) …")."""
    if view[cut] != "\n":
        return False
    word_end = cut  # len(view[:cut].rstrip()), without copying the text up to the break
    while word_end > 0 and view[word_end - 1].isspace():
        word_end -= 1
    i = bisect.bisect_left(hits, (cut, -1, "")) - 1
    if i < 0 or hits[i][1] != word_end:  # else the break may fall inside the author after it
        s = view[hits[i][1] if i >= 0 else start : start].replace("\n", " ")
        return i >= 0 and eu_author_end(s, 0, len(s.rstrip()))
    cut = line_opening_qualifier_end(view, cut, start)
    if view[cut + 1 : start].strip().lstrip("(["):
        author = _author_after().match(view, cut, start)
        return author is not None and not view[author.end() : start].strip()
    return True
