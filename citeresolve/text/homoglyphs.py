"""Conversion damage across scripts: a word that mixes Latin with Cyrillic or Greek
look-alike letters ("ОВ" with a Latin O, "ЕО" with a Latin E) is read in one script
(:func:`fold_homoglyphs`, which :mod:`.clean` applies to its view), letter for letter,
so the view keeps its length."""

from __future__ import annotations

import functools
import re

import regex

from ..knowledge.data import table
from ..knowledge.lazy_patterns import lazy_pattern


@functools.cache
def _lookalikes() -> tuple[dict[str, str], dict[str, str]]:
    """Other-script letter -> Latin look-alike, and Latin letter -> its look-alikes
    (as "script:letter" pairs) from ``data/homoglyphs.toml``."""
    data = table("homoglyphs.toml")
    to_latin: dict[str, str] = {}
    from_latin: dict[str, str] = {}
    for script, pairs in data.items():
        for other, latin in pairs.items():
            to_latin[other] = latin
            from_latin[f"{script}:{latin}"] = other
    return to_latin, from_latin


# Letters of the three scripts, as ranges: much faster to scan than Unicode properties.
_LATIN = r"A-Za-z\u00C0-\u024F"
_GREEK = r"\u0370-\u03FF\u1F00-\u1FFF"
_CYRILLIC = r"\u0400-\u04FF"


# Two letters of different scripts side by side: the only place folding can apply.
# The match starts at a Greek or Cyrillic letter, so a Latin text costs one quick
# pass and a Cyrillic or Greek one a look at each letter's neighbours.
# The stdlib engine scans this one-character pattern (fixed-width look-arounds, no
# backtracking) several times faster than ``regex``. Compiled on first need (about
# 0.7 ms of a first call): most texts hold no Greek or Cyrillic letter.
@functools.cache
def _mixed() -> re.Pattern[str]:
    return re.compile(
        rf"""[{_CYRILLIC}{_GREEK}]
            (?:(?<=[{_LATIN}].) | (?=[{_LATIN}])
              | (?<=[{_CYRILLIC}].)(?=[{_GREEK}]) | (?<=[{_GREEK}].)(?=[{_CYRILLIC}]))""",
        re.VERBOSE,
    )


_WORD_LETTERS = lazy_pattern(rf"[{_LATIN}{_GREEK}{_CYRILLIC}]+")
_IS_CYRILLIC = lazy_pattern(rf"[{_CYRILLIC}]")
_IS_GREEK = lazy_pattern(rf"[{_GREEK}]")
_IS_LATIN = lazy_pattern(rf"[{_LATIN}]")
_SCRIPT_REACH = 100  # letters around a word that say which script its text is in
# The UTF-8 bytes that only a Greek or Cyrillic letter's encoding holds: the lead bytes
# of U+0380-U+04FF. U+0370-U+037F share their lead byte 0xCD with combining marks
# (U+0340-U+036F), and U+1F00-U+1FFF (Greek Extended) theirs, 0xE1, with other letters:
# the byte after it tells them. A test for one byte is a memchr: a Latin text is done in
# a few passes of a fraction of a millisecond per MB, where a scan for a class of
# characters cost several milliseconds.
_OTHER_SCRIPT_LEADS = tuple(bytes([b]) for b in range(0xCE, 0xD4))
_SHARED_LEADS = (b"\xcd", b"\xe1")


# Compiled on first need, as _mixed(): most texts hold neither shared lead byte, and most
# no Greek or Cyrillic letter.
@functools.cache
def _shared_lead_pairs() -> re.Pattern[bytes]:
    return re.compile(rb"\xcd[\xb0-\xbf]|\xe1[\xbc-\xbf]")


# Two letters of different scripts side by side, which every match of _mixed() has: a
# Latin letter before or after a Greek or Cyrillic one, or a Cyrillic letter beside a
# Greek one. Each pattern starts with a class, which the engine tests at every position
# without the look-arounds of _mixed(); most Greek and Cyrillic texts have none.
@functools.cache
def _side_by_side() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(f"[{a}][{b}]")
        for a, b in (
            (_LATIN, _CYRILLIC + _GREEK),
            (_CYRILLIC, _GREEK),
            (_GREEK, _CYRILLIC),
            (_CYRILLIC + _GREEK, _LATIN),
        )
    )


def _other_script(view: str) -> int:
    """0 when ``view`` holds no Greek or Cyrillic letter (no character of _CYRILLIC or
    _GREEK), read from its UTF-8 bytes; else 2 when most of its characters take more
    than one byte (a Greek or Cyrillic text), 1 when not (a Latin text with a few)."""
    raw = view.encode("utf-8", "surrogatepass")
    if not any(lead in raw for lead in _OTHER_SCRIPT_LEADS) and not (
        any(lead in raw for lead in _SHARED_LEADS) and _shared_lead_pairs().search(raw)
    ):
        return 0
    return 2 if 2 * len(raw) > 3 * len(view) else 1


def _script(ch: str) -> str:
    if _IS_CYRILLIC.match(ch):
        return "cyrillic"
    if _IS_GREEK.match(ch):
        return "greek"
    return "latin"


def fold_homoglyphs(view: str) -> str:
    """Read a word that mixes Latin with Cyrillic or Greek letters in one script.

    Conversion damage puts look-alike letters of another script inside words
    ("ОВ" with a Latin O, "ЕО" with a Latin E). A word with a letter that has no
    look-alike is in that letter's script; a word made only of look-alikes is in
    the script of the text around it. Letters are replaced one for one, so the
    view keeps its length and the offset map stays exact.
    """
    other = 0 if view.isascii() else _other_script(view)
    if not other:
        return view
    view = _identifier_prefixes(view)
    if other == 2 and not any(pattern.search(view) for pattern in _side_by_side()):
        # No two scripts side by side: nothing for _mixed() to find. Checked in a Greek
        # or Cyrillic text only, where _mixed() tries its look-arounds at every letter;
        # in a Latin text these scans cost more than _mixed() itself.
        return view
    hits = list(_mixed().finditer(view))
    if not hits:
        return view
    to_latin, from_latin = _lookalikes()
    chars = list(view)
    done = -1
    for hit in hits:
        if hit.start() < done:
            continue
        start = hit.start()
        while start > 0 and _WORD_LETTERS.match(view, start - 1, start):
            start -= 1
        word = _WORD_LETTERS.match(view, start)
        assert word is not None
        done = word.end()
        target = _target_script(view, word, to_latin)
        if target is None:
            continue
        for i in range(word.start(), word.end()):
            ch = view[i]
            script = _script(ch)
            if script == target:
                continue
            latin = to_latin.get(ch, ch) if script != "latin" else ch
            chars[i] = latin if target == "latin" else from_latin.get(f"{target}:{latin}", ch)
    return "".join(chars)


def _identifier_prefixes(view: str) -> str:
    """A word made only of capital look-alikes that opens an identifier is Latin, in any
    text: bg "СОМ(2021) 206" and "А9-0001/2022" typed in Cyrillic are COM(2021) 206 and
    A9-0001/2022, "Р9_ТА(2021)0056" P9_TA(2021)0056. Only before an identifier's shape:
    a year in brackets, or an EP term's digit and "_" or "-0001/2022"; "ОВ L" and "(ЕС)"
    stay Cyrillic. One letter for one, so the view keeps its length."""
    pattern = _lookalike_identifier()
    if pattern.search(view) is None:
        return view
    to_latin, _ = _lookalikes()
    return pattern.sub(lambda m: "".join(to_latin.get(ch, ch) for ch in m[0]), view)


@functools.cache
def _lookalike_identifier() -> re.Pattern[str]:
    capitals = "".join(ch for ch in _lookalikes()[0] if ch.isupper())
    return re.compile(
        rf"(?<![^\W_])[{capitals}]{{1,4}}(?=\(\s?(?:19|20)\d\d\s?\)|\d{{1,2}}(?:_|-\d{{4}}/\d{{4}}))"
    )


def _target_script(view: str, word: regex.Match[str], to_latin: dict[str, str]) -> str | None:
    """The script a mixed word is written in, or None when that is unclear."""
    _, from_latin = _lookalikes()
    fixed: set[str] = set()  # scripts of letters that have no look-alike
    for ch in word.group():
        script = _script(ch)
        if script == "latin":
            if not any(f"{other}:{ch}" in from_latin for other in ("cyrillic", "greek")):
                fixed.add(script)
        elif ch not in to_latin:
            fixed.add(script)
    if len(fixed) > 1:
        return None
    if fixed:
        return fixed.pop()
    around = view[max(0, word.start() - _SCRIPT_REACH) : word.end() + _SCRIPT_REACH]
    counts = {
        "cyrillic": len(_IS_CYRILLIC.findall(around)),
        "greek": len(_IS_GREEK.findall(around)),
        "latin": len(_IS_LATIN.findall(around)),
    }
    return max(counts, key=lambda script: counts[script])
