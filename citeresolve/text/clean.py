"""Clean: a normalised view of the input for matching, plus an offset map.

Grammars run on the view; every span they find is mapped back to the
caller's original string with :meth:`CleanText.to_original`.  The view
differs from the original only at *edits* (a piece of the original replaced
by another, possibly empty, string), so the map is a sorted list of edits and
a bisect, not a per-character table: memory stays proportional to the number
of edits.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lazy_patterns import lazy_pattern
from .amendment_markers import blank_amendment_markers
from .domain_expansions import blank_domain_expansions
from .footnotes import mask_markers
from .glued_labels import unglue_article_words, unglue_prepositions, unglue_treaty_names
from .homoglyphs import fold_homoglyphs
from .line_wraps import spaced_wrap, two_hyphen_dashes
from .polytonic import fold_polytonic
from .scan import matches_from, occurrences
from .split_act_words import join_split_act_words

# Single characters that stand for others in the view (see _CHAR_MAP), as regex escapes:
# in VERBOSE mode a literal no-break space would be taken for layout.
_NOISE_CHARS = (
    r"\u00a0\u2007\u202f\u2009\u200a\u2010\u2011\u2012\u2013\u2212\u00ad\u200b\u200c\u200d\ufeff"
    r"\u2018\u2019\u201a\u201b\u02bc\u2032\u0060\u00b4\r\u2015\u00b5"
)
# Each alternative is one kind of noise that hides a citation from the grammars.
_NOISE = lazy_pattern(
    r"""
      (?P<sup><sup\b[^<>]{0,200}>[^<>]{0,20}</sup>)   # footnote markers: <sup>1</sup>
    # any other tag, its attributes as HTML writes them: a template's placeholder in
    # angle brackets ("<Article 3 of Commission Regulation (EC) No 847/2000>") is text
    | (?P<tag></?[A-Za-z][A-Za-z0-9]{0,10}
        (?:\s+[A-Za-z_:][-\w:.]{0,40}(?:\s*=\s*(?:"[^"<>]{0,500}"|'[^'<>]{0,500}'|[^\s"'<>`]{1,500}))?){0,40}
        \s*/?>)
    | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
    | (?P<escape>\\[\\`*_{}\[\]()\#+.!|<>~-])           # Markdown backslash escapes
    # a word hyphenated at a line end ("habi-\ntatdirektivets", "for-\nordning"), also
    # where a conversion made the line break a space ("Com- munity"): the break's hyphen
    | (?P<wrap>(?<=\p{Ll})-(?:\r?\n[ \t]*|"""
    + spaced_wrap()
    + r""")(?=\p{Ll}))
    # a compound's hyphen after a capital abbreviation at a line end (da "EU-\nTidende",
    # de "EU-\nVerordnung", fi "EU-\ntuomioistuin"): the hyphen stays, the break goes
    | (?P<joined>(?<=(?<![^\W\d_])\p{Lu}{2,6})-\r?\n[ \t]*(?=[^\W\d_]))
    | (?P<spaced>(?<=[^\W_])\x20(?=[.,]\x20))   # old EUR-Lex summaries: "CEE , ART . 119"
    | (?P<char>["""
    + _NOISE_CHARS
    + r"""])
    """,
    regex.VERBOSE,
)

# What each single noise character becomes in the view.
_CHAR_MAP = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen (B9\u20110128/2021, C\u2011623/17)
    "\u2012": "-",
    "\u2013": "-",  # en dash: ranges "p. 51\u201355" and "C8\u20130271/2015"
    "\u2212": "-",  # minus sign, a converter's hyphen ("C\u2212311/18", "ust. 1\u22122")
    "\u00ad": "",  # soft hyphen
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\u2018": "'",
    "\u2019": "'",  # l\u2019article, \u2018Charter\u2019
    "\u201a": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\r": " ",
    "\u00b5": "\u03bc",  # micro sign, a Greek font's mu in converted PDFs ("Κανονισµός")
    "\u2206": "\u0394",  # increment sign, a Greek font's capital delta ("Ο\u2206ΗΓΙΑ")
    "\u2015": "\u2014",  # horizontal bar: pt keyword lines "Diretiva … \u2015 Artigo 3.°"
}

# Tags after which words must not run together in the view.
_BLOCK_TAGS = lazy_pattern(
    r"</?(?:p|div|br|li|ul|ol|td|th|tr|table|h[1-6]|section|article|blockquote|dd|dt|hr)\b",
    regex.IGNORECASE,
)


class Edit(NamedTuple):
    """Original ``[orig_start, orig_end)`` appears in the view as ``[view_start, view_end)``."""

    view_start: int
    view_end: int
    orig_start: int
    orig_end: int


class CleanText:
    """The normalised view of a text and the way back to the original offsets."""

    __slots__ = ("_edit_starts", "_edits", "original", "view")

    def __init__(self, original: str, view: str, edits: list[Edit]) -> None:
        self.original = original
        self.view = view
        self._edits = edits
        self._edit_starts = [e.view_start for e in edits]

    def _locate(self, pos: int, *, is_end: bool) -> int:
        # The last edit starting at or before pos (strictly before, for an end
        # position, so that an end exactly at an edit's start stays outside it).
        idx = (
            bisect.bisect_left(self._edit_starts, pos)
            if is_end
            else bisect.bisect_right(self._edit_starts, pos)
        )
        idx -= 1
        if idx < 0:
            return pos
        edit = self._edits[idx]
        if pos >= edit.view_end and not (is_end and pos == edit.view_end):
            return edit.orig_end + (pos - edit.view_end)
        if is_end:
            return edit.orig_end if pos > edit.view_start else edit.orig_start
        return edit.orig_start

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span to the smallest original span that covers it."""
        if not self._edits:  # most texts: the view has the original's offsets
            return start, end
        return self._locate(start, is_end=False), self._locate(end, is_end=True)


def _replacement(match: regex.Match[str]) -> str:
    kind = match.lastgroup
    text = match.group()
    if kind == "sup":
        return " "
    if kind == "tag":
        return " " if _BLOCK_TAGS.match(text) else ""
    if kind == "entity":
        import html  # here: its entity table costs a millisecond, and most texts have none

        decoded = html.unescape(text)
        return "".join(_CHAR_MAP.get(ch, ch) for ch in decoded)
    if kind == "escape":
        return text[1]
    if kind == "joined":
        return "-"
    if kind in ("wrap", "spaced"):
        return ""
    return _CHAR_MAP[text]


# The characters that stand for one other character: the view keeps its length there,
# so they need no edit (the offset map is the same without one), only a replacement in
# the runs of text between the edits.
_SAME_LENGTH = {ch: to for ch, to in _CHAR_MAP.items() if len(to) == 1}
# The first characters of the other noise matches: tags, entities, escapes, and the
# characters the view drops. Most texts hold none of them, and one ``in`` test per
# character (a memchr) costs a tenth of a scan for a class of characters.
_EDIT_FIRST = tuple(ch for ch in "<&\\" + "".join(_CHAR_MAP) if ch not in _SAME_LENGTH)
_EDIT_START = re.compile("[" + re.escape("".join(_EDIT_FIRST)) + "]")


def _edit_starts(text: str) -> list[int]:
    """Where a match of _NOISE that is no character of _SAME_LENGTH may start
    (tests/test_scan.py checks the matches against those of the whole pattern)."""
    # "\r" is looked for first: one character is found several times faster than three.
    ends = ("-\n", "- ", " , ", " . ") + (("-\r\n",) if "\r" in text else ())
    wraps = [p for end in ends for p in occurrences(text, end)]
    if not any(ch in text for ch in _EDIT_FIRST):
        return wraps
    return [m.start() for m in _EDIT_START.finditer(text)] + wraps


def _replaced(run: str, chars: set[str]) -> str:
    """``run`` with each of ``chars`` (those of _SAME_LENGTH the text has) replaced."""
    for ch in chars:
        run = run.replace(ch, _SAME_LENGTH[ch])
    return run


def clean(text: str) -> CleanText:
    """Build the matching view of ``text``; cost is linear in its length."""
    pieces: list[str] = []
    edits: list[Edit] = []
    orig_pos = 0
    view_pos = 0
    # A character of _SAME_LENGTH is a noise match of its own, which ends before any
    # other starts: leaving it to _replaced changes no other match.
    same = {ch for ch in _SAME_LENGTH if ch in text}
    for match in matches_from(_NOISE, text, _edit_starts(text)):
        start, end = match.span()
        if start > orig_pos:
            pieces.append(_replaced(text[orig_pos:start], same))
            view_pos += start - orig_pos
        replacement = _replacement(match)
        pieces.append(replacement)
        if (
            not replacement
            and edits
            and edits[-1].orig_end == start
            and not (edits[-1].view_end - edits[-1].view_start)
        ):
            # A run of deleted characters is one edit: a text of soft hyphens and
            # zero-width spaces must not cost an object per character.
            edits[-1] = Edit(view_pos, view_pos, edits[-1].orig_start, end)
        else:
            edits.append(Edit(view_pos, view_pos + len(replacement), start, end))
        view_pos += len(replacement)
        orig_pos = end
    if not edits:
        view = two_hyphen_dashes(fold_homoglyphs(fold_polytonic(_replaced(text, same))))
        return CleanText(text, mask_markers(_glued_link_labels(view)), [])
    pieces.append(_replaced(text[orig_pos:], same))
    view = two_hyphen_dashes(fold_homoglyphs(fold_polytonic("".join(pieces))))
    return CleanText(text, mask_markers(_glued_link_labels(view)), edits)


# A web page's link label glued to the number it links: sv "Artiklarna 59-63PDF i
# tullkodexen", "bilaga 22-01PDF" (the label of the link to each article's PDF).
_GLUED_LINK_LABEL = lazy_pattern(r"(?<=\d)PDF(?![^\W\d_])")


@functools.cache
def _link_label_phrases() -> tuple[str, ...]:
    """The link labels of ``data/link_labels.toml``, every language's."""
    labels = table("link_labels.toml")["labels"]
    return tuple(sorted({label for words in labels.values() for label in words}))


@functools.cache
def _link_label_pattern() -> regex.Pattern[str]:
    phrases = "|".join(regex.escape(p) for p in _link_label_phrases())
    return compile_pattern(rf"(?<![^\W_])(?:{phrases})(?![^\W_])")


def _glued_link_labels(view: str) -> str:
    """The view with a database's link label read as spaces (the same length): one
    glued to a number ("59-63PDF") or one of ``data/link_labels.toml`` standing as a
    phrase ("artículos 21 Vínculo a legislación y 23")."""
    if "PDF" in view:
        view = _GLUED_LINK_LABEL.sub(lambda m: " " * len(m.group()), view)
    if any(label in view for label in _link_label_phrases()):
        view = _link_label_pattern().sub(lambda m: " " * len(m.group()), view)
    view = unglue_article_words(blank_amendment_markers(view))
    view = join_split_act_words(unglue_prepositions(unglue_treaty_names(view)))
    return blank_domain_expansions(view) if " (" in view else view
