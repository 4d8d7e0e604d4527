"""A number with no domain beside its act word: "Reglamento 3577/92", "Reg. CEE
6.2.1962, n. 17/62", "the Brussels I bis Regulation (1215/2012)", hu "a 2004/38
irányelv" (the word after), and a compound ending in an act word, sv
"växtskyddsmedelsförordning nr 1107/2009"."""

from __future__ import annotations

import bisect
import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation, union_pattern, union_phrases
from ..knowledge.lazy_patterns import lazy_pattern
from .act_numbers import ACT_KINDS, PREFIX_WINDOW, ActNumber, number_words, plausible_year
from .act_words import DATE, ActWords, word_groups
from .oj_words import optional_words

# A colon glued to the number and what follows it: the id of a national document (sv
# "2013/14:FPM40", "prop. 2013/14:123"); an act number's title colon has a space after it.
_DOCUMENT_ID = lazy_pattern(r":\w")
# Where the word at a position ends.
_WORD_END = lazy_pattern(r"(?![\w-])")


@functools.cache
def _bare_prefix_pattern(keys: frozenset[str]) -> regex.Pattern[str]:
    """ "Reglamento 3577/92": an act word right before a number without domain, also
    with the number in brackets after a short name ("the Brussels I bis Regulation
    (1215/2012)", "directive [2018/1972]") or with a domain standing loose between
    them ("Verordening EU 2019/1150" is read as "paren" form by ActNumber).

    Only the act words whose trigger keys are among ``keys`` (those that fired in the
    window searched) take part, and those the trigger cannot see: an act word matches
    only where its key fired, so the search finds what the whole union finds, and the
    union of every language's act words, tried backwards, cost 36 µs a number."""
    words = "|".join(f"(?:{alternation(_fired_words(field, keys))})" for field in ACT_KINDS)
    # A word after the act word that names no other act: mt "Regolament ta'
    # Implimentazzjoni 987/2009", it "regolamento delegato 2019/980", ro "Regulamentul
    # european 528/2012".
    words = rf"(?:{words})(?:\s+{_words_between()})?"
    domains = union_pattern("acts", "domains")
    # Reference lists put the domain and the act's date between the word and its
    # number: it "Reg. CEE 6.2.1962, n. 17/62", "Reg. CEE 19 luglio 1968, n. 1017/68".
    # A plural act word may open a list with a colon after its domain: pl "w
    # rozporządzeniach Parlamentu i Rady (WE): nr 883/2004 … oraz nr 987/2009".
    domain = rf"(?:\(?(?:{domains})\)?:?\s*)?"
    # The date with its connector and year mark, as the OJ's words write them: pl
    # "rozporządzenie … (UE) z dnia 11 grudnia 2018 r. Nr 2019/6".
    connectors = union_pattern("official_journal", "date_connectors")
    marks = optional_words("official_journal", "year_marks")
    date = rf"(?:(?:(?:{connectors})\s+)?{DATE.pattern}(?:\s?(?:{marks}))?,?\s*)?"
    dated = rf"{domain}{date}"
    # The author may stand between the word and "No" (cs "nařízení Rady č. 1/2003", fr
    # "règlement du Conseil n° 17/62", de "Verordnung des Rates Nr. 17/62"): only an EU
    # institution of the language files' ``authors``; any other author makes the act
    # national (it "regolamento del Garante n. 1/2000", sk "usmernením NBS č. 4/2023").
    authors = union_pattern("acts", "authors")
    # The domain may come first: it "Regolamenti (CEE) del Consiglio n. 1408/71", fr
    # "règlement (CEE) du Conseil n° 1408/71".
    # A plural act word may open a list with a colon after its author too: pl
    # "dyrektywy Parlamentu Europejskiego i Rady: 2010/65, 2016/680".
    # A qualifier the language writes after the author: cs "nařízením Komise v přenesené
    # pravomoci 2020/687".
    author = (
        rf"(?:{words})\s*{domain}\s*(?<=\s)(?P<author>{authors})"
        rf"(?:\s+{_words_between()})?:?\s*{dated}"
        rf"(?:(?:{number_words()})\s*)?"
    )
    titled, subject = _titled_forms(words)
    return compile_pattern(
        rf"(?:(?:{words})\s*{dated}(?:(?:{number_words()})\s*)?(?P<open>[\[(]\s?)?"
        rf"|{author}|{titled}|{subject})$",
        regex.REVERSE,
    )


def _titled_forms(words: str) -> tuple[str, str]:
    """The act word, then a short title or subject, then the number: the "titled" and
    "subject" alternatives of ``_bare_prefix_pattern``."""
    # A short title between the act word and the number in brackets: fi "EU-asetusta
    # lääkinnällisistä laitteista (2017/745)" (bare_act checks the title names no act),
    # mt "Id-Direttiva dwar id-Drittijiet tal-Konsumatur (2011/83)" (a hyphen's article).
    title_word = r"[^\W\d_]+(?:[-'’][^\W\d_]+)?"
    titled = rf"(?:{words})(?P<title>(?:[^\S\n]+{title_word}){{1,4}}?)[^\S\n]*(?P<open>\()"
    # A short subject in lower case between a plural act word and a list of numbers: fr
    # "directives marchés 2004/17 et 2004/18", it "direttive appalti 2004/17 e 2004/18"
    # (_subject_list checks the list and that the subject names no act).
    subject = rf"(?:{words})(?P<subject>[^\S\n]+\p{{Ll}}{{4,}})[^\S\n]+"
    return titled, subject


# The sections of data/act_words.toml whose words may stand between an act word and its
# number: qualifiers written after the act word, and "European".
_BETWEEN = ("implementing", "delegated", "adjectives")


@functools.cache
def _between_phrases() -> tuple[str, ...]:
    words_of = table("act_words.toml")
    return tuple(w for field in _BETWEEN for ws in words_of.get(field, {}).values() for w in ws)


@functools.cache
def _words_between() -> str:
    """A word of data/act_words.toml that may stand between an act word and its
    number: each entry is the start of a word, matched in any case."""
    starts = sorted({regex.escape(w).replace("\\ ", r"\s+") for w in _between_phrases()})
    return rf"(?i:(?<![^\W\d])(?:{'|'.join(starts)})[^\W\d_]*)"


def _fired_words(field: str, keys: frozenset[str]) -> list[str]:
    """The act words of ``field`` in every language that can match where ``keys`` fired."""
    groups = word_groups()
    return [
        p for p in union_phrases("acts", field) if (key := groups.key_of(p)) is None or key in keys
    ]


@functools.cache
def _bare_prefix_window() -> int:
    """How far before a number its act word may start: the reach of a prefix, and an
    author's name between them ("rozporządzenie Parlamentu Europejskiego i Rady nr")."""
    longest = max((len(p) for p in union_phrases("acts", "authors")), default=0)
    return PREFIX_WINDOW + longest + max((len(p) + 8 for p in _between_phrases()), default=0)


def bare_act(
    view: str, number: ActNumber, words: ActWords, known: bool = False
) -> tuple[str, int, int, bool] | None:
    """The kind of a number with no domain from the act word right before it
    ("Reglamento 3577/92", "Reg. CEE 6.2.1962, n. 17/62"), with the surface's start
    and end, or None; ``known``: the text cited the same number as an EU act before."""
    if _DOCUMENT_ID.match(view, number.end):
        return None  # sv "förordning 2013/14:FPM40": a national document's id, no act
    window = max(0, number.start - _bare_prefix_window())
    if not words.any_in(words.starts, window, number.start):
        return _bare_act_after(view, number, words)  # no act word can stand before it
    prefix = _bare_prefix_pattern(words.keys_in(window, number.start)).search(
        view, window, number.start
    )
    # An EU institution between the act word and the number, with or without "No"
    # (pl "rozporządzenia Rady 74/2004", cs "nařízení Rady č. 1/2003").
    authored = prefix is not None and prefix["author"] is not None
    word = _word_opening(view, prefix.start(), words, number, known) if prefix else None
    if word is None:
        return _bare_act_after(view, number, words)
    if prefix is not None and prefix["title"] and not _titled(view, number, words, word.end()):
        return None
    if prefix is not None and prefix["subject"] and not _subject_list(view, number, words, prefix):
        return None
    kind = words.kind_of(word)
    if kind is None or ACT_KINDS[kind].needs_domain or _national_author(view, word.start()):
        return None
    year_first = len(number.a) == 4 and plausible_year(number.a)
    if kind == "decision" and (number.numbered or (authored and not year_first)):
        # "Decision No 1/80 of the Association Council", lv "EEZ Apvienotās komitejas
        # Lēmums Nr. 326/2023": numbered with no domain, a decision of a body set up
        # by an agreement, not an EU act (those carry "/EC", "(EU)"); "Council
        # Decision 1/2003" likewise. The EU's own decisions put the year first, and a
        # reference leaves their domain out: sl "Sklep Sveta 2015/1601", de "Beschluss
        # des Rates 2015/1601".
        return None
    end = number.end
    if prefix is not None and prefix["open"] and view[end : end + 1] in ")]":
        end += 1  # "Regulation (1215/2012)": the surface keeps both brackets
    return kind, word.start(), end, True


def _word_opening(
    view: str, pos: int, words: ActWords, number: ActNumber, known: bool = False
) -> regex.Match[str] | None:
    """The act word of a prefix that starts at ``pos``: the word there, or the act word
    that ends the compound starting there, where the trigger fires, before "No" (sv
    "växtskyddsmedelsförordning nr 1107/2009", da "…forordning nr. 1107/2009") or a
    number in the EU's year-first shape (de "Produkthaftungsrichtlinie 2024/2853"); a
    bare number after a compound is otherwise a national body's ("subsidieverordening
    3/2014", "beleidsrichtlijn 12/98"), unless the text cited it as an EU act before
    (``known``: fi "asetus (EU) N:o 528/2012 … biosidiasetuksen 528/2012")."""
    word = words.word_at(view, pos)
    year_first = len(number.a) == 4 and plausible_year(number.a)
    if word is not None or not (number.numbered or year_first or known):
        return word
    end = _WORD_END.search(view, pos)
    hit = bisect.bisect_right(words.hits, (pos, len(view), ""))
    if hit < len(words.hits) and end is not None and words.hits[hit][0] < end.start():
        return words.word_at(view, words.hits[hit][0])
    return None


@functools.cache
def _national_authors() -> regex.Pattern[str]:
    """A national author's word in the genitive ending right before an act word."""
    ends = sorted({w for ws in table("act_words.toml")["national_authors"].values() for w in ws})
    return compile_pattern(rf"(?i)(?:{'|'.join(regex.escape(w) for w in ends)})[^\S\n]+$")


def _national_author(view: str, pos: int) -> bool:
    """Whether a ministry, government or parliament names the act word at ``pos`` (fi
    "ministeriön asetuksen (226/2006)"): the act is national, its number no EU act's."""
    return _national_authors().search(view, max(0, pos - 40), pos) is not None


@functools.cache
def _next_number() -> regex.Pattern[str]:
    """Another number without domain right after a list's first: ", 2004/18", "et 2004/18"."""
    conjunctions = union_pattern("articles", "and")
    return compile_pattern(
        rf"[^\S\n]*(?:,|[^\S\n](?:{conjunctions}))[^\S\n]*\d{{1,4}}/\d{{1,4}}\b(?![/.]\d)"
    )


@functools.cache
def _subject_not() -> regex.Pattern[str]:
    starts = sorted({w for ws in table("act_words.toml")["subject_not"].values() for w in ws})
    return compile_pattern(rf"(?i)[^\S\n]+(?:{'|'.join(regex.escape(w) for w in starts)})")


def _subject_list(view: str, number: ActNumber, words: ActWords, prefix: regex.Match[str]) -> bool:
    """Whether a number after an act word and a short subject opens a list of numbers
    (fr "directives marchés 2004/17 et 2004/18": the plural word names both) and the
    subject holds no act word; a single number after a subject is left alone (fr
    "directive services 2006" is no number, "règlement intérieur 12/2020" a body's)."""
    a, b = number.a, number.b
    if _next_number().match(view, number.end) is None or not plausible_year(a) or len(b) == 4:
        return False
    subject = prefix.start("subject")
    if (len(b) == 2 and (int(a) + 1) % 100 == int(b)) or _subject_not().match(view, subject):
        return False  # a period ("2004/05"), or a national subject
    k = bisect.bisect_left(words.starts, subject)
    return all(words.word_at(view, pos) is None for pos in words.starts[k:] if pos < number.start)


def _titled(view: str, number: ActNumber, words: ActWords, title: int) -> bool:
    """Whether a number in brackets after an act word and a title is that act's: a
    year first and the bracket closed right after it, or "No" before it (sl "Uredbe o
    splošnih skupinskih izjemah (št. 651/2014 s spremembami …"), no act word in the
    title ("Regulation amending Directive (2019/1)" names the Directive's number).
    After "No" the title is all lower case: "Regulation of the Garante (No 1/2000)" is
    a national body's."""
    if number.numbered and any(ch.isupper() for ch in view[title : number.start]):
        return False
    if not number.numbered and (
        len(number.a) != 4
        or not plausible_year(number.a)
        or view[number.end : number.end + 1] != ")"
    ):
        return False
    k = bisect.bisect_right(words.starts, title)
    return all(words.word_at(view, pos) is None for pos in words.starts[k:] if pos < number.start)


# The series letter of an OJ issue right before a number: "L 70/11" is the issue and
# page of an OJ masthead, whatever act word the title after it opens with.
_OJ_SERIES_BEFORE = lazy_pattern(r"(?:^|[^\w.])[LC] $")


def _bare_act_after(
    view: str, number: ActNumber, words: ActWords
) -> tuple[str, int, int, bool] | None:
    """The kind of a number with no domain from the act word right after it, where
    the language names the kind last, the author possibly between (hu "a 2004/38
    irányelv", "a 2004/38 európai parlamenti és tanácsi irányelv"), or None. A label
    that opens its line with the number may put a comma before the word, a title's
    capital (cs "1924/2006, Nařízení Evropského parlamentu a Rady (ES) o výživových …",
    not "123/2006, nařízení vlády")."""
    if _OJ_SERIES_BEFORE.search(view[max(0, number.start - 3) : number.start]):
        return None  # "L 70/11 DIRECTIVE 2009/12/EC": an OJ masthead's issue and page
    gap = 1 if view[number.end : number.end + 1] == " " else 0
    label = view[number.end : number.end + 2] == ", " and view[number.end + 2 : number.end + 3]
    if not gap and label and label.isupper() and _opens_line(view, number.start):
        gap = 2
    # hu writes the ordinal full stop after the number ("a 974/98. rendelettel"): read
    # on when the act word after it is in lower case (a capital opens a new sentence).
    dotted = not gap and view[number.end : number.end + 2] == ". "
    if dotted and view[number.end + 2 : number.end + 3].islower():
        gap = 2
    if not gap or number.numbered:
        return None
    a, b = number.a, number.b
    if len(a) == 4 and len(b) == 2 and (int(a) + 1) % 100 == int(b):
        return None  # a period, not an act: "the 2014/15 regulation"
    # After a space or a dot the word counts only where the language names the kind last;
    # a label's capital title after its comma in every language.
    word = words.word_at(view, number.end + gap, after=gap == 1 or dotted)
    kind = None if word is None else words.kind_of(word)
    if word is None or kind is None or ACT_KINDS[kind].needs_domain:
        return None
    return kind, number.start, word.end(), True


def _opens_line(view: str, pos: int) -> bool:
    """Whether only spaces stand between the line's start and ``pos``."""
    line = view.rfind("\n", 0, pos) + 1
    return not view[line:pos].strip()
