"""Act numbers as written: "2016/679", "(EU) No 1049/2001", "2011/83/EU", "nr . 1234/2007",
"2006-123-CE" — their shapes are the same in every language — and the kinds of act
(data/act_kinds.toml); which part is the year is read in :mod:`.act_years`."""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.dispatched import letter_cases
from ..knowledge.lang import all_languages, alternation, union_pattern, union_phrases
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..text.scan import occurrences
from .act_markers import glued_marker, list_marker_digits


class ActKind(NamedTuple):
    """One kind of act from ``data/act_kinds.toml``."""

    descriptor: str  # CELEX descriptor of sector 3: R, L, D, H, F, E, O
    year_first: bool  # a bare number after its word is read year first
    needs_domain: bool  # only a number with a domain is an act of this kind


def _load_kinds() -> dict[str, ActKind]:
    return {name: ActKind(**entry) for name, entry in table("act_kinds.toml")["kinds"].items()}


# Act word field of the language files -> its kind, in the order the words are tried.
ACT_KINDS = _load_kinds()

# The numeric core of an act number; what stands around it says which form it is.
# Digit-slash-digit is rare in prose, so this pattern is the cheap first pass. A
# space may stand beside the slash ("2019/ 1150"); converted judgments write hyphens
# for slashes ("directive 2006-123-CE"), read only with a domain after or an act word
# right before (see ActNumber), never as a date ("2006-12-31") or a period ("2014-2020/21").
# A dot right before the number only ends a word ("nr.1093/2010" as ro texts write it),
# never a number ("1.5/2010").
# One digit more after the second part is a glued footnote marker ("Nr. 1829/20031"),
# read only where the document cites the number whole elsewhere (parse); two more are
# a page number of a table of contents ("Nru 1605/200211").
# A first part of four digits may carry a thousands separator ("nr. 1.301/2013",
# "n.º 1.303/2013", "Nr. 1.408/71"): exactly three digits after the dot, so never a
# decimal ("1.5/2010"); read only after a number word (ActNumber.grouped). So may a
# serial of four digits after a year ("(UE) 2017/1.939", "2021/1.240"), never a dot
# that ends a sentence ("2017/1. The").
# A slash doubled by a conversion is one ("Reglamento (UE) nº 910//2014").
# Two year-first numbers glued by a conversion that lost the separator between them
# ("2019/9472021/664"): the first ends where a year and a slash begin, read so only
# where no longer first number fits (the engine tries the longest first), and the second
# starts there.
# A space inside the second part, its domain after the rest ("dyrektywy Rady 90/42
# 5/EWG" for 90/425/EWG), is damage no key reads through: no number.
# The year may also follow a word after "No" (data/act_words.toml, number_year: it "n. 465
# del 2012"), read only with evidence (eu_acts).
_YEAR_WORDS = sorted({w for ws in table("act_words.toml")["number_year"].values() for w in ws})
NUMBER_CORE = lazy_pattern(
    r"""(?:(?<![\d/\-])|(?<=\d/\d{1,4})(?=(?:19|20)\d{2}/\d))(?<![^\p{L}]\.)(?P<a>\d{1,4}|\d\.\d{3})
        (?:[ \t]?//?[ \t]?(?P<b>\d\.\d{3}(?!\d)|\d{1,4})(?P<bglue>\d)?
          (?:(?!\d)|(?=(?:19|20)\d{2}/\d))(?![ \t]\d{1,3}/\p{Lu})
          | (?P<hyphen>-)(?P<hb>\d{1,4})(?![\d/]|-\d)
          | (?P<spelt>[ ](?:"""
    + "|".join(map(regex.escape, _YEAR_WORDS or ["(?!)"]))
    + r""")[ ])(?P<b>(?:19|20)\d{2})(?![\d/]))""",
    regex.VERBOSE,
)
PREFIX_WINDOW = 40

# The slash or hyphen between the parts, right after a digit: literals the engine
# skips to, where it would try NUMBER_CORE's look-behinds at every position.
_SLASH = lazy_pattern(r"(?<=\d[ \t]?)/")
_HYPHEN = lazy_pattern(r"(?<=\d)-")
# A domain's brackets: round, square (pl "[UE] nr 910/2014"), slashes not after a digit
_OPEN, _CLOSE = r"(?:[(\[]|(?<![\d/])/)", r"[)\]/]"


def number_starts(view: str) -> list[int]:
    r"""Where a match of NUMBER_CORE may start: 1 to 5 characters (its first part)
    before the hyphen, the slash or the space or tab before the slash, not right
    after a decimal digit (every one is a ``\d`` of the look-behind), and at a
    digit: an ASCII character that is none cannot start the first part, so only
    those are left out (tests/test_scan.py checks that the matches are the same).
    Each start left is an anchored match tried; most numbers now have one."""
    timeout = scan_timeout(view)
    ends = [m.start() for m in _HYPHEN.finditer(view, timeout=timeout)]
    for m in _SLASH.finditer(view, timeout=timeout):
        ends.append(m.start() - 1 if view[m.start() - 1] in " \t" else m.start())
    for word in _YEAR_WORDS:  # " del 2012": found by its literal, a digit before it
        for year in ("19", "20"):
            ends += [p for p in occurrences(view, f" {word} {year}") if view[p - 1 : p].isdigit()]
    starts = [end - 4 for end in ends if _glued_year_before(view, end)]
    for end in ends:
        before = view[end - 6] if end >= 6 else ""  # the character before each start
        for start in range(max(end - 5, 0), end):
            ch = view[start]
            # str.isdecimal and the engine's \d may differ outside ASCII: kept there.
            if (ch.isdecimal() or not ch.isascii()) and not before.isdecimal():
                starts.append(start)
            before = ch
    return starts


_GLUED_YEAR = lazy_pattern(r"\d/\d{1,4}(?:19|20)\d{2}", regex.REVERSE)


def _glued_year_before(view: str, end: int) -> bool:
    """Whether the slash at ``end`` follows a year glued to an earlier number
    ("2019/9472021/664"): the start NUMBER_CORE's second look-behind allows. Slices
    first (most slashes fail them): the century, and the slash 6 to 9 characters back."""
    return (
        view[end : end + 1] == "/"
        and view[max(0, end - 4) : end - 2] in ("19", "20")
        and "/" in view[max(0, end - 9) : end - 5]
        and _GLUED_YEAR.match(view, max(0, end - 10), end) is not None
    )


@functools.cache
def _number_word_phrases() -> tuple[str, ...]:
    words: list[str] = []
    for language in all_languages():
        for word in language.section("acts")["number_words"]:
            words.append(word)
            if "." in word and " ." not in word:
                words.append(word.replace(".", " .", 1))
            if len(word) == 3 and word[:2].isalpha() and word[2] == ".":
                # A PDF copy's letter spacing inside the abbreviation: lv "Regula (EK)
                # N r. 1007/2009".
                words.append(f"{word[0]} {word[1:]}")
            elif word[-1:].isalpha() and f"{word}." not in words:
                # An abbreviation written with a dot it does not take: mt "Nru. 1408/71",
                # sv, et, pl "nr. 1234/2007".
                words.append(f"{word}.")
    return tuple(words)


@functools.cache
def number_words() -> str:
    """ "No", "Nr.", "n°" … of every language file, also with a stray space before a
    dot ("nr . 1234/2007", "n .º"); a pattern (the checker reads the same words)."""
    return alternation(_number_word_phrases())


@functools.cache
def _domain_word_ends() -> str:
    """The last letters, lower-cased, of the number words read only after a domain."""
    return "".join(w[-1].lower() for w in union_phrases("acts", "domain_number_words"))


@functools.cache
def _domain_word_prefix() -> regex.Pattern[str]:
    """_prefix_pattern's branch of a number word read only after a bracketed domain
    (``domain_number_words``: el "(ΕΚ) αριθμ. 631/2004"; "αριθμ." alone is national)."""
    domains = union_pattern("acts", "domains")
    words = union_phrases("acts", "domain_number_words")
    bracketed = rf"{_OPEN}[ ]?(?P<pdom>{domains}(?:\s?,\s?{domains})*)[ ]?{_CLOSE}"
    pattern = rf"(?P<udom>(?!))?{bracketed}\s*(?P<no>{alternation(words) or '(?!)'})\s*$"
    return compile_pattern(pattern, regex.REVERSE, anchored=True)


@functools.cache
def _prefix_pattern() -> regex.Pattern[str]:
    """What may stand right before the core: "(EU) No ", "(EU, Euratom) ", "No ", the
    domain without brackets ("Verordening EU 2019/1150"), a space inside them (et "( EL)")."""
    domains = union_pattern("acts", "domains")
    bracketed = rf"{_OPEN}[ ]?(?P<pdom>{domains}(?:\s?,\s?{domains})*)[ ]?{_CLOSE}"
    return compile_pattern(
        # A comma may part a bracketed domain from a number word only: it "(UE), n.
        # 1093/2010" (a bare domain before a comma ends an earlier number: "1719/2006/CE,").
        # "No" may stand before the bracketed domain too: cs "nařízení č. (EU)2016/424".
        rf"""{bracketed}\s*,\s*(?P<no>{number_words()}\s*)$
            |(?P<no>{number_words()})\s*{bracketed}\s*$
            |{_domain_word_prefix().pattern.removeprefix("(?P<udom>(?!))?")}
            |(?:(?:{bracketed}|(?P<udom>{domains}))\s*)?(?P<no>{number_words()}\s*)?$""",
        # Matched backwards from the number: one attempt instead of one per position.
        regex.VERBOSE | regex.REVERSE,
    )


def prefix_before(view: str, lo: int, hi: int) -> regex.Match[str] | None:
    """``_prefix_pattern().search(view, lo, hi)`` where it matches more than nothing,
    else None (an empty prefix is no prefix).

    The match ends at ``hi``; a non-empty one ends, before its white space, with a
    number word, a closing bracket or a domain. Only the words and domains that can
    end with that character take part (none at all before most numbers): the union
    of every language's words, tried backwards alternative by alternative, cost
    3-4 µs a number. Left out are only alternatives that cannot match there, in an
    alternation tried in order, so the match is the same (tests/test_act_scans.py)."""
    j = hi
    while j > lo and view[j - 1].isspace():  # every character of \s is isspace()
        j -= 1
    if j == lo:
        return None
    with_word, without_word = _prefix_for(view[j - 1])
    found = with_word.match(view, lo, hi) if with_word is not None else None
    if found is None and view[j - 1].lower() in _domain_word_ends():
        found = _domain_word_prefix().match(view, lo, hi)
    if found is None and without_word is not None:
        # The pattern tries its number word first; with none, the domain ends there.
        found = without_word.match(view, lo, hi)
    return found


@functools.cache
def _prefix_for(ch: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """_prefix_pattern's halves for a prefix that ends with ``ch``: with its number
    word (and any domain before it), and a domain alone."""
    words = _phrases_ending_with("number_words", ch)
    own = _phrases_ending_with("domains", ch)
    domains = union_pattern("acts", "domains")
    # A list of domains in brackets, written with its last domain apart: matched
    # backwards, that one is read once, where "D(?:,D)*" reads the last one twice when
    # the list has one domain (the repetition first, then the head).
    listed = rf"{_OPEN}[ ]?(?P<pdom>(?:{domains}\s?,\s?)*{domains})[ ]?{_CLOSE}"
    flags = regex.VERBOSE | regex.REVERSE
    with_word = None
    if words:
        with_word = compile_pattern(
            rf"(?:{listed}\s*,?\s*|(?P<udom>{domains})\s*)?"
            rf"(?P<no>{alternation(words)}\s*)$",
            flags,
            anchored=True,
        )
    # With no number word after the domain, one may stand before it ("č. (EU) 2016/424").
    branches = [rf"(?:(?P<no>{number_words()})\s*)?{listed}"] if ch in ")]/" else []
    if own:
        branches.append(rf"(?P<udom>{alternation(own)})")
    # The groups a branch lacks never match, so that every match has all three.
    lacking = "".join(
        rf"(?P<{name}>(?!))?"
        for name in ("pdom", "udom", "no")
        if f"<{name}>" not in "".join(branches)
    )
    without_word = None
    if branches:
        without_word = compile_pattern(rf"{lacking}(?:{'|'.join(branches)})\s*$", flags, True)
    return with_word, without_word


@functools.cache
def _ending_with(field: str) -> tuple[dict[str, list[str]], list[str]]:
    """The phrases of ``field`` (number words, domains) by each character a match of
    them can end with, and those that can end with any (read once: a first call
    meets a few of these characters, each of them asked of every phrase)."""
    phrases = _number_word_phrases() if field == "number_words" else union_phrases("acts", field)
    by_char: dict[str, list[str]] = {}
    anything: list[str] = []
    for phrase in phrases:
        chars = last_characters(phrase)
        if chars is None:
            anything.append(phrase)
        for ch in sorted(chars or ()):
            by_char.setdefault(ch, []).append(phrase)
    return by_char, anything


def _phrases_ending_with(field: str, ch: str) -> list[str]:
    """The phrases of ``field`` whose match can end with ``ch`` (alternation() puts
    them in its own order)."""
    by_char, anything = _ending_with(field)
    return by_char.get(ch, []) + anything


def last_characters(phrase: str) -> frozenset[str] | None:
    """The characters a match of ``phrase`` (lang.phrase_pattern) can end with; None
    for any (a final ``*``, or no case table)."""
    phrase = phrase.strip()
    case_sensitive = not any(c.islower() for c in phrase)
    if phrase.startswith("="):
        phrase, case_sensitive = phrase[1:], True
    last = phrase[-1:]
    if last in ("*", ""):
        return None
    if last in "'’":
        return frozenset("'’")
    if case_sensitive:
        return frozenset(last)
    return letter_cases(last)


@functools.cache
def _suffix_pattern() -> regex.Pattern[str]:
    """What may stand right after the core: the "/EU" of "2011/83/EU", also with a
    second domain ("2008/114/EC, Euratom")."""
    domains = union_pattern("acts", "domains")
    # A footnote marker may be glued to the domain ("2008/98/EC2 OJ L 88"); a
    # converted text may put spaces around the slash ("95/46 / ΕΚ"); a title in capitals
    # may end with the domain and run into the heading after it (mt "2004/585/KEIL-
    # PARLAMENT EWROPEW", en "…/ECTHE EUROPEAN PARLIAMENT"): a capital domain, then a
    # word of capitals that a space or hyphen ends. A conversion may leave a space or
    # a line break or two after the slash (pl "91/414/ EWG", nl "Verordening
    # 2012/1219/\n\nEU").
    glued = domains.replace(r"(?![^\W\d])", "")
    return compile_pattern(
        rf"(?:[/-]|[ ]/[ ]|/\s{{1,3}})(?:(?P<sdom>{domains}(?:\s?,\s?{domains})*)(?![^\W\d])"
        rf"|(?P<sdom>{glued})(?<=\p{{Lu}})(?=\p{{Lu}}{{2,}}[ \t\n-]))"
    )


class ActNumber:
    """One act number as written: its parts and the form they come in."""

    __slots__ = ("a", "b", "domain", "end", "form", "grouped", "hyphen", "numbered", "start")

    def __init__(self, view: str, core: regex.Match[str]) -> None:
        self.hyphen = bool(core["hyphen"])
        # "1.301/2013", "2017/1.939": the dot groups thousands; the number is 1301/2013.
        # A grouped serial after a year is an act's whatever stands before it; a grouped
        # first part only after "No" (eu_acts reads ``grouped`` so).
        b = core["hb"] if self.hyphen else core["b"]
        self.grouped = "." in core["a"] or ("." in b and not _year_first(core["a"]))
        self.a = core["a"].replace(".", "")
        self.b = b.replace(".", "")
        self.start, self.end = core.start(), core.end("b") if core["bglue"] else core.end()
        # The prefix stands before a copy of the number that lost its slash, if any.
        before = _damaged_copy_before(view, self.start, core["a"] + b)
        window_start = max(0, before - PREFIX_WINDOW)
        prefix = prefix_before(view, window_start, before)
        suffix = _suffix_pattern().match(view, self.end)
        full = self.b + (core["bglue"] or "")  # en "2014/65/EU37 and (EU) 2016/9738"
        bare = suffix is None and not self.hyphen
        if bare and (cut := list_marker_digits(view, self.start, full)):
            self.b, self.end = full[:-cut], core.end() - cut
        elif bare and _year_first(self.a) and glued_marker(view, self.a, self.b, self.end, prefix):
            # ga "(AE) 2018/9371", mt "Deċiżjoni 2011/1991": the last digit is a
            # footnote marker, not part of the act's serial number.
            self.b, self.end = self.b[:-1], self.end - 1
        if suffix is not None and (view[self.end] == "-") != self.hyphen:
            suffix = None  # "2006-123-CE" and "2006/123/CE", never a mix
        self.numbered = bool(prefix and prefix["no"])
        self.domain = ""
        self.form = ""
        if prefix is not None and prefix.start() < self.start:
            self.start = prefix.start()
        # A serial of one digit takes a domain only before a year in full: hu
        # "1/2003/EK rendelet" (Regulation (EC) No 1/2003), never "1/2/EK".
        if suffix is not None and (len(self.a) >= 2 or _full_year(self.b)):
            self.form, self.domain, self.end = "slash", suffix["sdom"], suffix.end()
        elif self.hyphen:
            pass  # a hyphenated number without its domain: only right after an act word
        elif prefix is not None and (prefix["pdom"] or prefix["udom"]):
            self.form, self.domain = "paren", prefix["pdom"] or prefix["udom"]
        elif view[self.end : self.end + 2] in _NO_DOMAIN and _full_year(self.a):
            # A EUR-Lex title of an act numbered without domain: pt "2012/776/: Decisão do
            # Conselho" (its kind is the title's act word after the colon); a domain a
            # conversion lost after its slash: hr "(2011/7/)", hu "a 2001/413/ tanácsi …".
            self.form, self.end = "slash", self.end + 1
        elif self.numbered:
            self.form = "numbered"


# A slash with no domain after it: a EUR-Lex title's colon, a space, a closing bracket.
_NO_DOMAIN = ("/:", "/ ", "/\t", "/)", "/]")


def _damaged_copy_before(view: str, start: int, digits: str) -> int:
    """Where the number starting at ``start`` begins with a copy of it that lost its
    slash before it, as a conversion leaves one: en "Regulation (EU) 2020405 2020/405"
    is Regulation (EU) 2020/405; ``start`` when there is none."""
    copy = start - len(digits) - 1
    if (
        copy > 0
        and view[start - 1 : start] == " "
        and view.startswith(digits, copy)
        and not view[copy - 1].isalnum()
    ):
        return copy
    return start


def _year_first(a: str) -> bool:
    """Whether the first part of a number is a year of four digits ("2017" of
    "2017/1.939"), the only place a grouped serial or a glued marker follows."""
    return len(a) == 4 and a.isdecimal() and plausible_year(a)


# A date going on after the second part: ro "Regulamentul 1307/17-dec-2013" (number 1307
# of 17 December 2013, as Romanian legal portals write it), "1307/17.12.2013": the second
# part is a day, and no year of the act is written where the forms expect it.
_DATE_TAIL = lazy_pattern(r"(?:-\p{L}{3,9}\.?-|[./-]\d{1,2}[./-])(?:19|20)\d{2}(?!\d)")
# A date's slashes may have spaces beside them as its number's may ("01 /02 / 2019").
_YEAR_TAIL = lazy_pattern(r"(?:[./-]|[ \t]?/[ \t]?)(?:19|20)\d{2}(?!\d)")
# A national act's date in brackets, its month in Roman numerals: hu "143/2010. (VII.
# 14.) AB határozat", "205/2011. (X. 7.) Korm. rendelet" (the act's own number and day).
_NATIONAL_DATE = lazy_pattern(r"\.[ \t\u00a0]*\([IVX]{1,4}\.[ \t\u00a0]*\d{1,2}\.\)")


def date_goes_on(view: str, core: regex.Match[str]) -> bool:
    """Whether a date goes on right after the number ``core``: a day after it, a year
    after a number that can be a day and a month (it "Direttiva 10/05/2023"), or a
    national act's date in brackets (hu "45/2012. (XII. 29.)")."""
    end = core.end()
    # Every match opens with "-", "." or "/": most numbers are followed by none.
    if view[end : end + 1] not in "-./" and view[end : end + 2].lstrip(" \t")[:1] != "/":
        return False
    if _NATIONAL_DATE.match(view, end) is not None:
        return True  # a national act's number, whatever word comes before it
    day, month = core["a"] or "", core["b"] or ""
    if _day_and_month(day, month):
        return _YEAR_TAIL.match(view, end) is not None or _DATE_TAIL.match(view, end) is not None
    return _DATE_TAIL.match(view, end) is not None


def _day_and_month(day: str, month: str) -> bool:
    return (
        len(day) <= 2
        and len(month) <= 2
        and day.isdecimal()
        and month.isdecimal()
        and 0 < int(day) <= 31
        and 0 < int(month) <= 12
    )


def year_of(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 1900 + value if value >= 50 else 2000 + value
    return value


def _full_year(text: str) -> bool:
    return len(text) == 4 and plausible_year(text)


def plausible_year(text: str) -> bool:
    return (len(text) == 4 and 1950 <= int(text) <= 2099) or len(text) == 2
