"""Glued footnote markers and repeated act numbers: which numbers of a list carry
markers in sequence ("2021/21151 en … 2021/21162"), whether the last digit of a
year-first serial is a marker, and whether a document cites a number whole more than
once (a marker glued to one citation is not glued to all)."""

from __future__ import annotations

import functools

import regex

from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..resolve.toolkit import identifiers
from ..text.footnotes import glued_footnote


def markers_in_sequence(cores: list[regex.Match[str]]) -> set[int]:
    """The starts of the numbers among ``cores`` (in text order) whose glued digit
    continues the digits glued to the numbers next to them: nl "Verordening (EU)
    2021/21151 en Verordening (EU) 2021/21162" carry footnote markers 1 and 2."""
    glued = [(core.start(), int(core["bglue"])) for core in cores if core["bglue"]]
    fits = set()
    for k, (start, value) in enumerate(glued):
        before = k > 0 and glued[k - 1][1] == value - 1
        if before or (k + 1 < len(glued) and glued[k + 1][1] == value + 1):
            fits.add(start)
    return fits


def marker_in_evidence(view: str, core: regex.Match[str], in_sequence: set[int]) -> bool:
    """Whether the digit glued after a number's second part ("Nr. 1829/20031", group
    ``bglue``) is a footnote marker in evidence: the numbers beside it carry markers in
    sequence (``in_sequence``), the document cites the number whole, or the digit fits
    the document's footnote numbering (bg "Регламент (ЕО) № 178/20024." after markers 1 to
    3 glued to the words of its visas)."""
    number = f"{core['a']}/{core['b']}"
    return (
        core.start() in in_sequence
        or cited_again(view, number, 0)
        or glued_footnote(view, core.start("bglue"), int(core["bglue"]))
    )


def cited_again(view: str, number: str, more_than: int = 1) -> bool:
    """Whether the document writes ``number`` ("1829/2003") whole more than
    ``more_than`` times: a marker glued to one citation of an act is not glued to all
    of them, and de "Verordnung (EG) Nr. 1829/20031" carries marker 1 where the title
    cites "Nr. 1829/2003"."""
    if len(view) <= _COUNT_REACH and view.count(number) <= more_than:
        # Every whole number is an occurrence of the literal, which str.count counts
        # far faster than a pass over the text: most numbers stand once. A count per
        # number would make a long text quadratic: there the numbers are counted once.
        return False
    return _whole_numbers(view).get(number, 0) > more_than


# Texts up to this long count each number with str.count (see cited_again).
_COUNT_REACH = 100_000


# A number standing whole: no digit or slash before it, no digit after it. Counted
# once per text: a document that cites an act again cites it many times.
_WHOLE_NUMBER = lazy_pattern(r"(?<![\d/])\d+/\d+(?!\d)")


@functools.lru_cache(maxsize=4)
def _whole_numbers(view: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in _WHOLE_NUMBER.finditer(view, timeout=scan_timeout(view)):
        counts[m[0]] = counts.get(m[0], 0) + 1
    return counts


# A footnote marker glued to the domain of an act number of a list (en "Directives (EU)
# 2009/65/EC34, 2009/138/EC35"): a domain is letters, so the digits after it are no
# part of the number.
# Matched from the slash, a literal the engine skips to (a look-behind before the digits
# was tried at every position of the window); the search starts the slash and domain
# earlier, and only digits inside the window count.
_DOMAIN_MARKER = lazy_pattern(r"(?<=\d)/\p{Lu}{2,8}(?P<n>\d{1,2})(?=[ \t,;:.)])")
_DOMAIN_SPAN = 9  # the slash and the longest domain before a marker
# How far before a number the markers of its list stand.
_LIST_REACH = 160


def list_marker_digits(view: str, start: int, b: str) -> int:
    """How many digits at the end of ``b``, the second part of a number without domain
    starting at ``start``, are the next footnote marker of its list: the two items
    before it carry markers glued to their domains in sequence (en "2011/61/EU36,
    2014/65/EU37 and (EU) 2016/9738": marker 38, the act 2016/97). 0 if none."""
    lo = max(0, start - _LIST_REACH)
    found = [
        m
        for m in _DOMAIN_MARKER.finditer(view, max(0, lo - _DOMAIN_SPAN), start)
        if m.start("n") >= lo
    ]
    if len(found) < 2 or int(found[-2]["n"]) != int(found[-1]["n"]) - 1:
        return 0
    if "\n" in view[found[-2].start("n") : start]:
        return 0
    digits = str(int(found[-1]["n"]) + 1)
    return len(digits) if b.endswith(digits) and len(b) > len(digits) else 0


def glued_marker(view: str, a: str, b: str, end: int, prefix: regex.Match[str] | None) -> bool:
    """Whether the last digit of a number whose first part ``a`` is a year is a footnote
    marker glued to it: the serial is too long for any year ("2018/9371"), or the digit
    fits the footnote numbering (text.footnotes.glued_footnote) going on after it
    ("2011/1991" before marker 2; markers before it alone: en "copies2 … Regulation
    (EU) 2017/1563"). With its domain bracketed in ``prefix``, a marker before it too:
    sl "(EU) 2016/1011 (v"."""
    if len(b) != 4:
        return False
    if int(b) > int(identifiers()["act_serial_max"]):
        return True
    # A number that stands in full elsewhere is the act's own. The footnote numbering
    # first: it rules out most numbers, and the whole numbers are then never counted.
    marker = glued_footnote(
        view, end - 1, int(b[-1]), continued=True, preceded=bool(prefix and prefix["pdom"])
    )
    return marker and not cited_again(view, f"{a}/{b}")
