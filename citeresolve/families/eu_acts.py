"""EU acts to CELEX: "Regulation (EU) 2016/679", "Directive 2011/83/EU",
"Regulation (EC) No 1049/2001", "(EU) 2024/1246 határozata", and bare CELEX numbers.

The act number is found first (its shapes are the same in every language);
the kind of act (regulation, directive ...) comes from the nearest act word
before it in the same clause, or right after it (Hungarian puts it last).
"""

from __future__ import annotations

import bisect
import functools

import attrs
import regex
from attrs import frozen

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import Dispatched, all_languages, alternation, union_pattern, union_phrases
from ..limits import check_deadline, scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import CELEX_NUMBER, KeyParts, pattern_parser, with_pin
from ..resolve.eu_acts import act_citable_from, label_eu_act, resolve_eu_act
from ..resolve.toolkit import identifiers
from ..text.clean import glued_footnote
from ..text.scan import PhraseGroups, matches_from


@frozen
class ActKind:
    """One kind of act from ``data/act_kinds.toml``."""

    descriptor: str  # CELEX descriptor of sector 3: R, L, D, H, F, E, O
    year_first: bool  # a bare number after its word is read year first
    needs_domain: bool  # only a number with a domain is an act of this kind


def _load_kinds() -> dict[str, ActKind]:
    return {name: ActKind(**entry) for name, entry in table("act_kinds.toml")["kinds"].items()}


# Act word field of the language files -> its kind, in the order the words are tried.
ACT_KINDS = _load_kinds()
# How far before the number an act word may stand ("Council Implementing
# Regulation (EU) 2020/1999", "rozporządzenie Parlamentu Europejskiego i Rady (UE) ...").
_WORD_WINDOW = 90
# How far apart two items of one list of acts may be (dates and OJ references between).
_LIST_REACH = 120


@functools.cache
def _cfsp_domains() -> frozenset[str]:
    return frozenset(table("act_domains.toml")["cfsp"])


# After an act number, the colon of a EUR-Lex title and up to two words (the institution).
_TITLE_AFTER = compile_pattern(r":[ \t]*(?:[^\W\d_]+[ \t]+){0,2}")
# A CELEX number of any sector, its digits as EUR-Lex writes them: four for the
# number, six in sector 9 (written questions: "92001E000165").
_BARE_CELEX = compile_pattern(
    r"""(?<![\w/])(?:CELEX\s?:?\s?)?
        (?P<celex>(?:9\d{4}[A-Z]{1,2}\d{6}|[1-8C]\d{4}[A-Z]{1,2}\d{4})(?:\(\d{2}\))?)(?!\d)""",
    regex.VERBOSE,
)
# What every CELEX number starts with: scanned for instead of the whole pattern, whose
# look-behind the engine would try at every position.
_CELEX_DIGITS = compile_pattern(r"[1-9C]\d{4}[A-Z]")


def _celex_starts(view: str) -> list[int]:
    """Where a match of _BARE_CELEX may start: at its digits or 5 to 8 characters
    before them ("CELEX: "); tests/test_scan.py checks that the matches are the same."""
    found = _CELEX_DIGITS.finditer(view, overlapped=True, timeout=scan_timeout(view))
    return [m.start() - d for m in found for d in (0, 5, 6, 7, 8)]


# The numeric core of an act number; what stands around it says which form it is.
# Digit-slash-digit is rare in prose, so this pattern is the cheap first pass. A
# space may stand beside the slash ("2019/ 1150"); converted judgments write hyphens
# for slashes ("directive 2006-123-CE"), read only with a domain after or an act word
# right before (see _Number), never as a date ("2006-12-31") or a period ("2014-2020/21").
# A dot right before the number only ends a word ("nr.1093/2010" as ro texts write it),
# never a number ("1.5/2010").
# One digit more after the second part is a glued footnote marker ("Nr. 1829/20031"),
# read only where the document cites the number whole elsewhere (parse); two more are
# a page number of a table of contents ("Nru 1605/200211").
_CORE = compile_pattern(
    r"""(?<![\d/\-])(?<![^\p{L}]\.)(?P<a>\d{1,4})
        (?:[ \t]?/[ \t]?(?P<b>\d{1,4})(?P<bglue>\d)?(?!\d)
          | (?P<hyphen>-)(?P<hb>\d{1,4})(?![\d/]|-\d))""",
    regex.VERBOSE,
)
_PREFIX_WINDOW = 40
_DIGIT = compile_pattern(r"\d")
_LETTER = compile_pattern(r"\p{L}")
# What ends a list of acts: a clause or sentence end, a blank line, a new dashed item.
_LIST_END = compile_pattern(r";|\n\s*\n|\n\s*[–—•-]|[.!?]\s+\p{Lu}")
# A date between an act word and its number: "18 giugno 1992", "19.5.2020", es/pt
# "de 18 de junio de 1992".
_DATE = compile_pattern(
    r"\d{1,2}\.?\s?(?:(?:\p{Ll}{1,3}\s)?\p{L}+(?:\s\p{Ll}{1,3})?|\d{1,2}\.)\s?\d{4}"
)
# How far up a title an act number standing alone on its line may find its act word.
_TITLE_WINDOW = 600


@functools.cache
def number_words() -> str:
    """ "No", "Nr.", "n°" … of every language file, also with a stray space before a
    dot ("nr . 1234/2007", "n .º"); a pattern (the checker reads the same words)."""
    words: list[str] = []
    for language in all_languages():
        for word in language.section("acts")["number_words"]:
            words.append(word)
            if "." in word and " ." not in word:
                words.append(word.replace(".", " .", 1))
    return alternation(words)


@functools.cache
def _prefix_pattern() -> regex.Pattern[str]:
    """What may stand right before the core: "(EU) No ", "(EU, Euratom) ", "No ", and
    the domain without brackets ("Verordening EU 2019/1150")."""
    domains = union_pattern("acts", "domains")
    return compile_pattern(
        rf"""(?:(?:\((?P<pdom>{domains}(?:\s?,\s?{domains})*)\)|(?P<udom>{domains}))\s*)?
            (?P<no>{number_words()}\s*)?$""",
        # Matched backwards from the number: one attempt instead of one per position.
        regex.VERBOSE | regex.REVERSE,
    )


@functools.cache
def _suffix_pattern() -> regex.Pattern[str]:
    """What may stand right after the core: the "/EU" of "2011/83/EU", also with a
    second domain ("2008/114/EC, Euratom")."""
    domains = union_pattern("acts", "domains")
    # A footnote marker may be glued to the domain ("2008/98/EC2 OJ L 88"); a
    # converted text may put spaces around the slash ("95/46 / ΕΚ").
    return compile_pattern(rf"(?:[/-]|[ ]/[ ])(?P<sdom>{domains}(?:\s?,\s?{domains})*)(?![^\W\d])")


class _Number:
    """One act number as written: its parts and the form they come in."""

    __slots__ = ("a", "b", "domain", "end", "form", "hyphen", "numbered", "start")

    def __init__(self, view: str, core: regex.Match[str]) -> None:
        self.hyphen = bool(core["hyphen"])
        self.a, self.b = core["a"], core["hb"] if self.hyphen else core["b"]
        self.start, self.end = core.start(), core.end("b") if core["bglue"] else core.end()
        window_start = max(0, self.start - _PREFIX_WINDOW)
        prefix = _prefix_pattern().search(view, window_start, self.start)
        suffix = _suffix_pattern().match(view, self.end)
        if suffix is None and not self.hyphen and _glued_marker(view, self.a, self.b, self.end):
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
        if suffix is not None and len(self.a) >= 2:
            self.form, self.domain, self.end = "slash", suffix["sdom"], suffix.end()
        elif self.hyphen:
            pass  # a hyphenated number without its domain: only right after an act word
        elif prefix is not None and (prefix["pdom"] or prefix["udom"]):
            self.form, self.domain = "paren", prefix["pdom"] or prefix["udom"]
        elif self.numbered:
            self.form = "numbered"


def _glued_marker(view: str, a: str, b: str, end: int) -> bool:
    """Whether the last digit of a year-first number without domain is a footnote
    marker glued to it: the serial number is too long for any year ("2018/9371"), or
    the digit fits the document's footnote numbering ("2011/1991" before marker 2),
    the same evidence case numbers are read with (text.clean.glued_footnote)."""
    if len(a) != 4 or not _plausible_year(a) or len(b) != 4:
        return False
    if int(b) > int(identifiers()["act_serial_max"]):
        return True
    if _cited_again(view, f"{a}/{b}"):
        return False  # the number stands in full elsewhere: it is the act's own
    return glued_footnote(view, end - 1, int(b[-1]))


def _cited_again(view: str, number: str, more_than: int = 1) -> bool:
    """Whether the document writes ``number`` whole more than ``more_than`` times: a
    marker glued to one citation of an act is not glued to all of them, and de
    "Verordnung (EG) Nr. 1829/20031" carries marker 1 where the title cites
    "Nr. 1829/2003"."""
    pattern = rf"(?<![\d/]){regex.escape(number)}(?!\d)"
    found = regex.findall(pattern, view, timeout=scan_timeout(view))
    return len(found) > more_than


@functools.cache
def _word_pattern() -> Dispatched:
    # Framework decisions and common positions are longer phrases than their heads
    # ("decision"): ACT_KINDS lists them first, and alternatives are tried in order.
    # Compiled per first character on first need: the union of 24 languages is large.
    return Dispatched([(field, union_phrases("acts", field)) for field in ACT_KINDS])


@functools.cache
def _bare_prefix_pattern() -> regex.Pattern[str]:
    """ "Reglamento 3577/92": an act word right before a number without domain, also
    with the number in brackets after a short name ("the Brussels I bis Regulation
    (1215/2012)", "directive [2018/1972]") or with a domain standing loose between
    them ("Verordening EU 2019/1150" is read as "paren" form by _Number)."""
    words = "|".join(f"(?:{union_pattern('acts', field)})" for field in ACT_KINDS)
    domains = union_pattern("acts", "domains")
    # Reference lists put the domain and the act's date between the word and its
    # number: it "Reg. CEE 6.2.1962, n. 17/62", "Reg. CEE 19 luglio 1968, n. 1017/68".
    dated = rf"(?:\(?(?:{domains})\)?\s*)?(?:{_DATE.pattern},?\s*)?"
    # The author may stand between the word and "No" (cs "nařízení Rady č. 1/2003", fr
    # "règlement du Conseil n° 17/62", de "Verordnung des Rates Nr. 17/62"): up to
    # three words, only before a number word (which _Number has already taken into
    # the number's span when there is one).
    author = rf"(?:{words})(?P<author>(?:\s+[^\W\d_]{{2,}}){{1,3}})\s*(?:(?:{number_words()})\s*)?"
    return compile_pattern(
        rf"(?:(?:{words})\s*{dated}(?:(?:{number_words()})\s*)?(?P<open>[\[(]\s?)?|{author})$",
        regex.REVERSE,
    )


@functools.cache
def _national_pattern() -> regex.Pattern[str]:
    """A national act word right before a number: lv "likuma Nr. 12/1999", "loi n° 78-17"."""
    national = union_pattern("acts", "national_acts")
    return compile_pattern(
        rf"(?:{national})\s*(?:(?:{number_words()})\s*)?(?:[\[(]\s?)?$", regex.REVERSE
    )


# The group of national act words in _word_groups: never an act word hit.
_NATIONAL = "national_acts"


@functools.cache
def _word_groups() -> PhraseGroups:
    """Every language's act words, one group per kind in the order of _word_pattern,
    then the national act words (found in the same pass, so that the searches for
    a word before or after a number run only where one of these words starts)."""
    return PhraseGroups(
        [
            (field, [p for language in all_languages() for p in language.section("acts")[field]])
            for field in (*ACT_KINDS, _NATIONAL)
        ]
    )


@functools.cache
def _national_keys() -> frozenset[str | None]:
    groups = _word_groups()
    phrases = [p for language in all_languages() for p in language.section("acts")[_NATIONAL]]
    return frozenset(groups.key_of(p) for p in phrases)


class _ActWords:
    """The act words of a view, and where a trigger of an act word or a national act
    word starts: no act word pattern can match anywhere else (see text/scan.py)."""

    def __init__(self, view: str) -> None:
        self.hits: list[tuple[int, int, str]] = []  # (start, end, kind), in text order
        self.starts: list[int] = []
        self.keys: list[frozenset[str]] = []  # the trigger keys that fired at each start
        self.national: list[int] = []
        national = _national_keys()
        groups = _word_groups()
        # A phrase the trigger cannot see may match anywhere: then every search runs.
        self._complete = groups.complete
        for pos, keys in groups.trigger.hits(view):
            self.starts.append(pos)
            self.keys.append(keys)
            if not national.isdisjoint(keys):
                self.national.append(pos)
            m = groups.match(view, pos, keys)
            if m is not None and m.lastgroup is not None and m.lastgroup != _NATIONAL:
                if self.hits and m.start() < self.hits[-1][1]:
                    continue  # "Decision" inside "Framework Decision": the longer word holds
                self.hits.append((m.start(), m.end(), m.lastgroup))
        self._start_set = frozenset(self.starts)

    def word_at(self, view: str, pos: int) -> regex.Match[str] | None:
        """_word_pattern matched at ``pos``, tried only where a trigger fired."""
        if self._complete and pos not in self._start_set:
            return None
        return _word_pattern().match(view, pos)

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


def _national(view: str, start: int, words: _ActWords) -> bool:
    """Whether the number at ``start`` is that of a national act."""
    window = max(0, start - _PREFIX_WINDOW)
    if not words.any_in(words.national, window, start):
        return False
    return _national_pattern().search(view, window, start) is not None


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 1900 + value if value >= 50 else 2000 + value
    return value


def _plausible_year(text: str) -> bool:
    return (len(text) == 4 and 1950 <= int(text) <= 2099) or len(text) == 2


def _numbered_regulation(kind: str, a: str, b: str) -> bool:
    """Whether ``a/b``, both four-digit years, is a regulation's number then year:
    before acts were numbered year first (2015) regulations never were, so
    "2006/2004/EK rendelet" is Regulation No 2006/2004, not one of 2006."""
    return (
        ACT_KINDS[kind].descriptor == "R"
        and len(a) == 4
        and _plausible_year(a)
        and len(b) == 4
        and _plausible_year(b)
        and int(b) < int(identifiers()["new_act_numbering_year"])
    )


def _old_style_year(text: str) -> bool:
    """Whether ``text`` can be the year of a number-first act number: four digits, or
    two before 1999, when act numbers began to write years in full ("17" in
    "No 2012/17/EU" is a serial number, not 2017)."""
    return (len(text) == 4 and _plausible_year(text)) or (len(text) == 2 and _year(text) < 2000)


def _act_word(view: str, start: int, end: int, words: _ActWords) -> tuple[str | None, int]:
    """The act kind for a number at ``[start, end)`` and where its surface starts."""
    hits = words.hits
    standalone = _standalone(view, start, end)
    window_start = max(0, start - (_TITLE_WINDOW if standalone else _WORD_WINDOW))
    if not standalone:
        before = view[window_start:start]
        cut = max(before.rfind(";"), before.rfind("\n"), before.rfind(". "))
        if cut >= 0 and _wrapped_after_word(view, window_start + cut, start, hits):
            # sv "rådets förordning\n(EG) nr 1383/2003": a hard-wrapped line ends
            # with the act word and the next one opens with its number.
            cut = max(
                before.rfind(";", 0, cut), before.rfind("\n", 0, cut), before.rfind(". ", 0, cut)
            )
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
    after = words.word_at(view, end + 1) if view[end : end + 1] == " " else None
    for word_start, word_end, kind in reversed(hits[first:]):
        if word_end > start:
            continue
        if after is not None and not standalone and _LETTER.search(view, word_end, start):
            # hu "Iránymutatások a 2014/59/EU irányelv": the number's own act word
            # follows it; the word before, with words between, names another document.
            break
        # Digits between the word and the number mean the word belongs elsewhere;
        # dates do not ("direttive del Consiglio 18 giugno 1992, 92/50/CEE").
        if standalone or not _DIGIT.search(_DATE.sub("", view[word_end:start])):
            return kind, word_start if not standalone else start
        break
    if after is not None:
        return after.lastgroup, start
    # EUR-Lex title "1999/435/EY: Neuvoston päätös", "2004/512/EG: Beschikking van de Raad"
    title = _TITLE_AFTER.match(view, end)
    if title is not None:
        after = words.word_at(view, title.end())
        if after is not None:
            return after.lastgroup, start
    return None, start


def _wrapped_after_word(view: str, cut: int, start: int, hits: list[tuple[int, int, str]]) -> bool:
    """Whether the clause break at ``cut`` is a line break between an act word that
    ends its line and the number that opens the next one."""
    if view[cut] != "\n" or view[cut + 1 : start].strip():
        return False
    word_end = len(view[:cut].rstrip())
    i = bisect.bisect_left(hits, (cut, -1, "")) - 1
    return i >= 0 and hits[i][1] == word_end


def _standalone(view: str, start: int, end: int) -> bool:
    """Whether the number stands alone in parentheses on its line, as under the
    title of an act in the Official Journal ("(1999/435/EY)")."""
    line_start = view.rfind("\n", 0, start) + 1
    line_end = view.find("\n", end)
    line = view[line_start : len(view) if line_end < 0 else line_end].strip()
    return line.startswith("(") and line.endswith(")") and len(line) - (end - start) <= 4


def parse(view: str) -> list[Candidate]:
    """Acts with a known kind, and bare CELEX numbers."""
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    # kind, domain, end of the last act, and whether its act word followed its number
    previous: tuple[str, str, int, bool] | None = None
    group = 0  # acts of one list share a group: an article before the list cites each
    words = _ActWords(view)
    # Numbers with no act word yet: hu "az 549/2004/EK, az 550/2004/EK és az
    # 552/2004/EK rendeletnek" names the kind once, after the last number of the list.
    # Each may carry the kind of the list it continues, used when no word comes.
    pending: list[_Pending] = []
    list_end = 0  # end of the last number of the current list, act or pending

    def emit_fallbacks(items: list[_Pending]) -> None:
        for item in items:
            if item.kind is not None:
                celex = _celex(item.kind, item.domain, _year(item.year), int(item.serial))
                found.append(
                    Candidate(
                        KeyParts(type="eu_act", celex=celex),
                        item.number.start,
                        item.number.end,
                        item.group,
                    )
                )

    # A list first: the timeout covers the matching, not the work done per number.
    for core in list(_CORE.finditer(view, timeout=scan_timeout(view))):
        check_deadline()  # anchored calls below carry no regex timeout
        if _national(view, core.start(), words):
            continue  # lv "likuma Nr. 12/1999": a national law, also inside a list of acts
        if core["bglue"] and not _cited_again(view, f"{core['a']}/{core['b']}", 0):
            continue  # more digits than an act number has, and no marker in evidence
        number = _Number(view, core)
        if not number.form:
            bare_act = _bare_act(view, number, words)
            if (
                bare_act is None
                and previous is not None
                and _tight_list(view, max(previous[2], list_end), number.start, number.end)
            ):
                # "las Directivas 92/50, 93/36 y 93/37/CEE": a bare member of a list
                # of acts is an act of the list's kind.
                bare_act = (previous[0], number.start, number.end, False)
            reading = _bare_reading(number, bare_act[0]) if bare_act else None
            if bare_act is None or reading is None:
                continue
            bare_kind, bare_start, bare_end, own_word = bare_act
            if own_word:
                group += 1
            celex = _celex(bare_kind, "", _year(reading[0]), int(reading[1]))
            found.append(
                Candidate(KeyParts(type="eu_act", celex=celex), bare_start, bare_end, group)
            )
            previous = (bare_kind, "", bare_end, False)
            list_end = bare_end
            continue
        a, b, numbered, domain = number.a, number.b, number.numbered, number.domain
        if number.form == "paren":
            # "(EU) 2016/679"; also "(EU) 2013/524", written year first for an act
            # numbered "No 524/2013": the number after the slash is no year.
            # "(UE) n° 2019/945": since 2015 acts are numbered year first, and a
            # stray "No" before such a number does not make it number first.
            year_first = (
                _plausible_year(a)
                and len(a) == 4
                and (
                    (not numbered and (int(a) >= 2015 or not _plausible_year(b)))
                    or (int(a) >= 2015 and not _plausible_year(b))
                )
            )
        elif number.form == "slash":
            # "No 1639/2006/EC" is number first; sk "smernica č. 2012/17/EÚ" is not:
            # since 1999 act numbers carry four-digit years, so "17" is no year there.
            year_first = not numbered or (
                len(a) == 4 and _plausible_year(a) and not _old_style_year(b)
            )
        else:
            # "No 2222/85" with no domain: only as the next item of a list of acts
            year_first = False
        if (
            year_first
            and number.form == "slash"
            and not (len(a) == 4 and _plausible_year(a))
            and _plausible_year(b)
            and (len(b) == 4 or not _plausible_year(a))
        ):
            # hu. "az 1049/2001/EK rendelet", "a 44/2001/EK rendelet", "az 1612/68/EGK
            # rendelet": number, then year
            year_first = False
        year_text, number_text = (a, b) if year_first else (b, a)
        if not _plausible_year(year_text) and number.form != "numbered":
            continue
        kind, start = _act_word(view, number.start, number.end, words)
        after = words.word_at(view, number.end + 1)
        if start != number.start and previous is not None and start < previous[2]:
            if after is not None and view[number.end : number.end + 1] == " ":
                # hu "az 1070/2009/EK rendelettel módosított 549/2004/EK rendelet": the
                # word before belongs to the act before; the number's own word follows it.
                kind, start = after.lastgroup, number.start
            elif previous[3]:
                # hu "az 1612/68/EGK rendelet módosításáról, továbbá a 64/221/EGK, …
                # és a 93/96/EGK irányelv": the word before is the last act's own.
                kind, start = None, number.start
        if number.form == "numbered" and start == number.start and not _plausible_year(year_text):
            continue
        if number.form == "numbered" and start != number.start:
            # "Regulation No 17/62" has its own act word: read like a bare number
            bare_act = _bare_act(view, number, words)
            reading = _bare_reading(number, bare_act[0]) if bare_act else None
            if bare_act is not None and reading is not None:
                bare_kind, bare_start, bare_end, _ = bare_act
                group += 1
                celex = _celex(bare_kind, "", _year(reading[0]), int(reading[1]))
                found.append(
                    Candidate(KeyParts(type="eu_act", celex=celex), bare_start, bare_end, group)
                )
                previous = (bare_kind, "", bare_end, False)
                list_end = bare_end
            continue
        end = number.end
        in_list = previous is not None and _same_list(
            view, max(previous[2], list_end), number.start
        )
        if kind is None and previous is not None and in_list:
            if previous[3]:
                # The list's act word follows its last number (hu): wait for it, and
                # fall back on the kind of the act the list continues.
                pending.append(
                    _Pending(
                        number, year_text, number_text, previous[0], domain or previous[1], group
                    )
                )
                list_end = number.end
                continue
            kind, domain = previous[0], domain or previous[1]
        if kind is None:
            if number.form != "numbered":
                pending.append(_Pending(number, year_text, number_text, None, "", group))
                list_end = number.end
            continue
        if ACT_KINDS[kind].needs_domain and not domain:
            continue
        after = words.word_at(view, end + 1)
        own_after = after is not None and view[end : end + 1] == " " and start == number.start
        if not in_list or start != number.start or own_after:
            group += 1  # an act with its own word starts a new list
        if after is not None and own_after:
            end = after.end()
            # The act word after the last number of a list names the numbers before it.
            listed: list[_Pending] = []
            nxt = number.start
            for item in reversed(pending):
                if not _same_list(view, item.number.end, nxt):
                    break
                listed.append(item)
                nxt = item.number.start
            pending = pending[: len(pending) - len(listed)]
            emit_fallbacks([attrs.evolve(item, kind=kind, group=group) for item in listed])
        emit_fallbacks(pending)
        pending = []
        if year_first and number.form == "slash" and _numbered_regulation(kind, a, b):
            year_text, number_text = b, a  # hu "a 2006/2004/EK rendelet": No 2006/2004
        celex = _celex(kind, domain, _year(year_text), int(number_text))
        found.append(Candidate(KeyParts(type="eu_act", celex=celex), start, end, group))
        taken.append((number.start, number.end))
        previous = (kind, domain, end, own_after)
        list_end = end
    emit_fallbacks(pending)
    for m in matches_from(_BARE_CELEX, view, _celex_starts(view)):
        found.append(Candidate(KeyParts(type="eu_act", celex=m["celex"]), m.start(), m.end()))
    found.sort(key=lambda c: c.start)
    return found


def _bare_act(view: str, number: _Number, words: _ActWords) -> tuple[str, int, int, bool] | None:
    """The kind of a number with no domain from the act word right before it
    ("Reglamento 3577/92", "Reg. CEE 6.2.1962, n. 17/62"), with the surface's start
    and end, or None."""
    window = max(0, number.start - _PREFIX_WINDOW)
    if not words.any_in(words.starts, window, number.start):
        return _bare_act_after(view, number, words)  # no act word can stand before it
    prefix = _bare_prefix_pattern().search(view, window, number.start)
    if prefix is not None and prefix["author"] is not None and not number.numbered:
        prefix = None  # words between an act word and a number only before "No"
    word = words.word_at(view, prefix.start()) if prefix is not None else None
    if word is None:
        return _bare_act_after(view, number, words)
    if word.lastgroup is None or ACT_KINDS[word.lastgroup].needs_domain:
        return None
    if number.numbered and word.lastgroup == "decision":
        # "Decision No 1/80 of the Association Council", lv "EEZ Apvienotās komitejas
        # Lēmums Nr. 326/2023": numbered with no domain, a decision of a body set up
        # by an agreement, not an EU act (those carry "/EC", "(EU)").
        return None
    end = number.end
    if prefix is not None and prefix["open"] and view[end : end + 1] in ")]":
        end += 1  # "Regulation (1215/2012)": the surface keeps both brackets
    return word.lastgroup, word.start(), end, True


def _bare_act_after(
    view: str, number: _Number, words: _ActWords
) -> tuple[str, int, int, bool] | None:
    """The kind of a number with no domain from the act word right after it, where
    the language names the kind last, the author possibly between (hu "a 2004/38
    irányelv", "a 2004/38 európai parlamenti és tanácsi irányelv"), or None."""
    if view[number.end : number.end + 1] != " " or number.numbered:
        return None
    a, b = number.a, number.b
    if len(a) == 4 and len(b) == 2 and (int(a) + 1) % 100 == int(b):
        return None  # a period, not an act: "the 2014/15 regulation"
    word = words.word_at(view, number.end + 1)
    if word is None or word.lastgroup is None or ACT_KINDS[word.lastgroup].needs_domain:
        return None
    return word.lastgroup, number.start, word.end(), True


def _bare_reading(number: _Number, kind: str) -> tuple[str, str] | None:
    """Year and serial number of a number with no domain, read for an act of ``kind``."""
    a, b = number.a, number.b
    if len(a) == 4 and 2015 <= int(a) <= 2035:
        year_text, number_text = a, b  # "Regolament 2018/1718"
    elif len(b) == 4 and int(b) >= int(identifiers()["new_act_numbering_year"]):
        # Since 2015 every EU act is numbered year first: "Leitlinien 8/2022",
        # "Empfehlungen 1/2022" are a body's own series (EDPB), not EU acts.
        return None
    elif len(b) in (2, 4) and _plausible_year(b):
        year_text, number_text = b, a  # "Reglamento 3577/92"
    elif len(a) == 4 and _plausible_year(a) and len(b) in (1, 3):
        year_text, number_text = a, b  # "Deċiżjoni 2011/199": three digits are no year
    else:
        year_text = number_text = ""  # perhaps year first: the act word decides
    if (
        ACT_KINDS[kind].year_first
        and _plausible_year(a)
        and not (len(b) == 4 and _plausible_year(b))
    ):
        # "Directive 2001/29", "Directive 96/9": directives are numbered year first
        year_text, number_text = a, b
    return (year_text, number_text) if year_text else None


@functools.cache
def _tight_pattern() -> regex.Pattern[str]:
    """Between two members of one list: a comma, a conjunction of any language ("y",
    "and", "és") and perhaps an article ("és a")."""
    conjunctions = union_pattern("articles", "and")
    return compile_pattern(rf"\s*,?\s*(?:(?:{conjunctions})\s+(?:\p{{Ll}}{{1,2}}\s+)?)?")


# A number that goes on with a slash or a dot and digits is a date ("of 12/12/2012").
_DATE_GOES_ON = compile_pattern(r"[/.]\d")


def _tight_list(view: str, previous_end: int, start: int, end: int) -> bool:
    """Whether only a comma or a conjunction stands between the end of the last act and
    the number at ``[start, end)``: a number without domain or act word continues a
    list only that closely, and never as part of a date."""
    return (
        0 < start - previous_end <= 16
        and _tight_pattern().fullmatch(view, previous_end, start) is not None
        and _DATE_GOES_ON.match(view, end) is None
    )


@frozen
class _Pending:
    """An act number waiting for the act word after its list, with the kind of the
    list it continues (None when it continues none)."""

    number: _Number
    year: str
    serial: str
    kind: str | None
    domain: str
    group: int


def _same_list(view: str, previous_end: int, start: int) -> bool:
    """Whether an act number continues the list of acts that ended at ``previous_end``
    ("Regulations (EU) No 1296/2013, (EU) No 1301/2013 ... and No 2160/87")."""
    between = view[previous_end:start]
    # A lone line break is a hard wrap ("2001/111/EF,\n2001/113/EF"); a blank line or
    # a new dashed item ends the list.
    return len(between) <= _LIST_REACH and not _LIST_END.search(between)


def _celex(kind: str, domain: str, year: int, number: int) -> str:
    domains = {d.strip() for d in domain.split(",")}
    if kind == "common_position" and not domains & _cfsp_domains():
        # Council common positions in the co-decision procedure are preparatory acts.
        return f"5{year}AG{number:04d}"
    return f"3{year}{ACT_KINDS[kind].descriptor}{number:04d}"


# ------------------------------------------------------------------ the family

# Sector 9 numbers have six digits ("92001E000165").
_KEY = compile_pattern(rf"CELEX:(?P<celex>{CELEX_NUMBER})(?::(?P<pin>.+))?")


def format_key(parts: KeyParts) -> str:
    return with_pin(f"CELEX:{parts.celex}", parts.pin)


# The extractor runs this family itself: acts also give year-less OJ citations
# their year and article chains their instrument.
FAMILY = register(
    Family(
        "eu_act",
        format_key,
        pattern_parser("eu_act", _KEY),
        resolve=resolve_eu_act,
        label=label_eu_act,
        citable_from=act_citable_from,
        invalid_code="CR001",  # an article 0 of an act
        online_check="celex_title",
        key_prefixes=("CELEX:",),
        title="CELEX",
        key_example="CELEX:32016R0679 or CELEX:32016R0679:17(1)",
    )
)


# --- the act word: implementing, delegated (data/act_words.toml)

# How far before an act's span its act word may stand: "Commission Implementing
# Regulation (EU) 2019/947" is cited from "Regulation", and German glues the word
# on ("Durchführungsverordnung" is cited from "verordnung").
_KIND_WINDOW = 40
_PROPOSAL_WINDOW = 150


@functools.cache
def _kind_patterns(lang: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    words_of = table("act_words.toml")
    patterns = []
    for kind in ("implementing", "delegated", "proposal"):
        words = words_of.get(kind, {}).get(lang, [])
        if words:
            alternatives = "|".join(regex.escape(w) for w in words)
            patterns.append((kind, compile_pattern(rf"(?<!\w)(?:{alternatives})", regex.I)))
    return tuple(patterns)


# A COM number followed by the procedure of a proposal ("COM(2021)0206 –
# C9-0146/2021 – 2021/0106(COD)") is a proposal whatever words stand before it.
_PROPOSAL_PROCEDURE = compile_pattern(
    r"[^()]{0,40}?\d{4}/\d{4}[A-Z]?\s?\((?:COD|CNS|APP|NLE|SYN|AVC)\)"
)
_DIGIT_IN_GAP = compile_pattern(r"\d")


def act_kind(text: str, start: int, end: int, lang: str, kinds: tuple[str, ...]) -> str | None:
    """ "implementing", "delegated" or "proposal" when the words just before or
    inside ``text[start:end]`` say so (only the ``kinds`` asked for), else None.

    A word counts only when no number stands between it and the citation, so
    "Implementing Regulation (EU) 2019/947 and Regulation (EU) 2016/679" makes
    only the first act an implementing one."""
    # "Proposal for a Regulation … on artificial intelligence (COM(2021) 206 final)":
    # the proposal word stands before the title, the act words next to the number.
    reach = _PROPOSAL_WINDOW if "proposal" in kinds else _KIND_WINDOW
    offset = max(0, start - reach)
    window = text[offset:end]
    found: tuple[int, str] | None = None
    for kind, pattern in _kind_patterns(lang):
        if kind not in kinds:
            continue
        for m in pattern.finditer(window):
            if _DIGIT_IN_GAP.search(window, m.end(), max(m.end(), start - offset)):
                continue
            if found is None or m.start() > found[0]:
                found = (m.start(), kind)  # the word nearest the number wins
    if found is None and "proposal" in kinds and _PROPOSAL_PROCEDURE.match(text, end):
        return "proposal"
    return found[1] if found else None


# How far after an article its act's number may stand ("Article 5(1), first
# subparagraph, of Commission Implementing Decision (EU) 2021/914").
_NUMBER_REACH = 160


def act_kind_of_number(
    text: str, after: int, celex: str, lang: str, kinds: tuple[str, ...]
) -> str | None:
    """The act word of the act ``celex`` cited by number soon after ``after``
    (an article pinned to it): the words just before that number decide."""
    match = regex.fullmatch(r"3(\d{4})[A-Z](\d{4})", celex)
    if match is None:
        return None
    year, number = match[1], str(int(match[2]))
    # "2021/914" or, before 2015, "914/2021" and "No 914/2021": the first that no
    # digit touches (a pattern compiled per act cost more than all the rest).
    stop = min(len(text), after + _NUMBER_REACH)
    found: tuple[int, int] | None = None
    for literal in (f"{year}/{number}", f"{number}/{year}"):
        i = text.find(literal, after, stop)
        while i >= 0:
            end = i + len(literal)
            if not text[i - 1 : i].isdecimal() and (end == stop or not text[end].isdecimal()):
                if found is None or i < found[0]:
                    found = (i, end)
                break
            i = text.find(literal, i + 1, stop)
    if found is None:
        return None
    return act_kind(text, found[0], found[1], lang, kinds)
