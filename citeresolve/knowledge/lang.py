"""Language knowledge: loading ``data/lang/*.toml`` and compiling patterns from it.

Every word list in a language file is a list of *phrases*.  A phrase is
literal text with three conveniences, so that translators never write
regular expressions:

* a space matches any run of white space (line breaks included);
* ``*`` matches the rest of a word (an inflected ending: ``rozporządzeni*``);
* an apostrophe matches both ``'`` and ``’``, after a letter also a space (text
  converted without apostrophes: it "dell Unione"; at a phrase's end only before a vowel).

A phrase with no lower-case letter (an abbreviation such as ``TFEU`` or
``VEU``) matches case-sensitively; any other phrase matches regardless of case,
also in capitals that drop an accent where a language file says its capitals
do (``unaccented_capitals``: Greek "ΣΥΝΘΗΚΗ" is "συνθήκη" in capitals), and also bare in
any case where texts are typed without them (``unaccented_letters``: ro "si" for "și").
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import UnknownLanguageError
from .cache import DATA, checked, parsed
from .folding import Folding, escape
from .kept_objects import source_stamp
from .kept_strings import KeptStrings
from .lang_schema import validate
from .phrase_dates import SPACED_MARK, optional_date


def _language_files() -> tuple[str, ...]:
    """The codes of the language files, sorted: a directory listing, nothing parsed
    (cheap enough for import time)."""
    return tuple(sorted(n[:-5] for n in os.listdir(DATA / "lang") if n.endswith(".toml")))


# The languages citeresolve knows, sorted: one file each in data/lang (the 24 EU
# languages). Adding a language is adding its file, not editing a list here.
EU_LANGUAGES: tuple[str, ...] = _language_files()


@functools.cache
def folding() -> Folding:
    """The letters written without their accent, over every language file (see
    :mod:`.folding`): a letter of one script belongs to the languages of that
    script, so the union is applied to every phrase."""
    return Folding(_kept_mapping("unaccented_capitals"), _kept_mapping("unaccented_letters"))


def _kept_mapping(name: str) -> dict[str, str]:
    """A table of every language file, later files over earlier ones (kept as its
    keys and values in turn, see :func:`kept_union`)."""

    def merged() -> list[str]:
        table: dict[str, str] = {}
        for language in all_languages():
            table.update(language.data.get(name, {}))
        return [item for pair in table.items() for item in pair]

    flat = kept_union(f"table\0{name}", merged)
    return dict(zip(flat[::2], flat[1::2], strict=True))


def capital_forms() -> dict[str, str]:
    """Letters written without their accent in capitals, over every language file:
    the lower-case letter -> its capital as written (el "ή" -> "Η", ro "ș" -> "S")."""
    return folding().capitals


def phrase_pattern(phrase: str) -> str:
    """The regular expression for one phrase (see the module docstring)."""
    before, body, after, case_sensitive = _phrase_parts(phrase)
    body = before + body + after
    return body if case_sensitive else f"(?i:{body})"


# The characters of a phrase that are no literal (see the module docstring).
_PHRASE_MARKS = re.compile("(" + re.escape(SPACED_MARK) + "|[ *'’])")
_MARK_PATTERNS = {" ": r"\s+", "*": r"\w*", "'": "['’]", "’": "['’]"}
_ELISION = r"(?:['’]|[ ](?=\w))"
# a phrase ending with its elision ("l'", "dell'") is followed by a vowel or h (elision
# happens before nothing else: it "lettera l del" is point l) or ends the text searched
_ELISION_LAST = r"(?:['’]|(?=[ ](?:[aeiouhàáâäèéêëìíîïòóôöùúûü]|\Z)))"


def _literal(piece: str, case_sensitive: bool) -> str:
    """The pattern of a run of literal text: escaped, and in a case-insensitive
    phrase with the letters that lose their accent (:meth:`Folding.literal`)."""
    return escape(piece) if case_sensitive else folding().literal(piece)


@functools.lru_cache(maxsize=20_000)
def _phrase_parts(phrase: str) -> tuple[str, str, str, bool]:
    """A phrase's pattern as (boundary before, body, boundary after, case-sensitive).

    Cached: the unions of every language's words and their subsets (per first
    character, per set of fired trigger words) take the same phrases many times,
    and every fresh process builds them."""
    phrase = phrase.strip()
    case_sensitive = not any(ch.islower() for ch in phrase)
    if phrase.startswith("="):  # "=Κανονισμού": exactly this capitalisation
        phrase, case_sensitive = phrase[1:], True
    out: list[str] = []
    # Literal runs are escaped whole (regex.escape works character by character).
    pieces = _PHRASE_MARKS.split(phrase)
    for k, piece in enumerate(pieces):
        mark = _date_pattern() if piece == SPACED_MARK else _MARK_PATTERNS.get(piece)
        if piece in ("'", "’") and k > 0 and pieces[k - 1][-1:].isalpha():
            # an elision after a letter, which converted text may write as a space (it
            # "dell Unione europea", "l articolo 5"): the space stands for it before a
            # letter of the phrase, or is left to what follows a phrase ending with it
            mark = _ELISION if "".join(pieces[k + 1 : k + 2]).strip() else _ELISION_LAST
        if mark is None:
            if piece:
                out.append(_literal(piece, case_sensitive))
        elif piece != " " or not out or out[-1] != r"\s+":
            out.append(mark)
    before = after = ""
    if phrase[:1].isalnum() or phrase[:1] == "_":
        before = r"(?<!\w)"
    if phrase[-1:].isalpha() or phrase[-1:] in "*_":
        # A digit may follow a word directly ("apartado1" in a judgment as printed).
        after = r"(?![^\W\d])"
    elif phrase[-1:].isdigit():
        after = r"(?!\w)"
    return before, "".join(out), after, case_sensitive


@functools.cache
def _date_pattern() -> str:
    """The pattern of a name's optional date (:mod:`.phrase_dates`), with the marks
    every language writes after a date's year or day."""
    marks = {
        field: [
            m for lang in all_languages() for m in lang.section("official_journal").get(field, [])
        ]
        for field in ("year_marks", "day_marks")
    }
    return optional_date(marks["year_marks"], marks["day_marks"])


@functools.lru_cache(maxsize=4096)  # a text writes the same few words again and again
def phrase_key(text: str) -> str:
    """The form shared by a phrase of the data and every text its pattern matches.

    :func:`phrase_pattern` lets any run of white space stand for a space, either
    apostrophe for the other and (for phrases with a lower-case letter) any
    capitalisation; so a value looked up by the text a pattern matched ("al\\n
    treilea", "AL  TREILEA") must be looked up under this key, built from the
    data the same way, never under the raw match. Capitals that drop an accent
    ("ΔΕΥΤΕΡΟ" for "δεύτερο", see :func:`capital_forms`) share the key too.
    """
    text = text.strip().removeprefix("=").replace("’", "'")
    return " ".join(text.translate(folding().key_table).split()).casefold()


def spellings(lowered: str) -> set[str]:
    """How a lower-cased word may be spelt in a lower-cased copy of a text whose
    capitals, or letters, lost their accents (:meth:`Folding.spellings`)."""
    return folding().spellings(lowered)


# The alternations built by earlier processes (the text depends on the phrases, the
# data files and the code of this module, folding.py and phrase_dates.py).
_KEPT = KeptStrings(
    "alternations",
    tuple(str(Path(__file__).with_name(n)) for n in ("lang.py", "folding.py", "phrase_dates.py")),
)


def alternation(phrases: Iterable[str]) -> str:
    r"""One pattern matching any of ``phrases``, longest first, never empty.

    Neighbouring phrases with the same boundaries and case rule share them:
    ``(?<!\w)(?i:a|b)(?![^\W\d])`` instead of one group per phrase. A
    backtracking engine tries ``X(?:A|B)Y`` exactly as ``XAY|XBY`` (A then B,
    each followed by Y), so the matches are the same; the pattern is a fraction
    of the size and compiles several times faster (unions of every language's
    act words have hundreds of phrases).  Kept across processes
    (:mod:`.kept_strings`): a first call builds about 150 of them."""
    listed = phrases if isinstance(phrases, list | tuple) else list(phrases)
    return _KEPT.get("\0".join(listed), lambda: _alternation(listed))


def _alternation(phrases: Sequence[str]) -> str:
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    if not unique:
        return r"(?!)"
    runs: list[tuple[tuple[str, str, bool], list[str]]] = []
    for phrase in unique:
        before, body, after, case_sensitive = _phrase_parts(phrase)
        shape = (before, after, case_sensitive)
        if runs and runs[-1][0] == shape:
            runs[-1][1].append(body)
        else:
            runs.append((shape, [body]))
    branches = []
    for (before, after, case_sensitive), bodies in runs:
        inner = bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
        if not case_sensitive:
            inner = f"(?i:{inner})"
        branches.append(before + inner + after)
    return "(?:" + "|".join(branches) + ")"


class Language:
    """One language's data file, validated, with its patterns compiled on first use."""

    def __init__(self, data: Mapping[str, Any], source: str, *, checked: bool = False) -> None:
        self.source = source
        if not checked:  # load() checks through the cache of checked files
            validate(data, source)
        self.data = data
        self.code: str = data["code"]
        self.name: str = data["name"]

    def section(self, name: str) -> Mapping[str, Any]:
        return self.data[name]  # type: ignore[no-any-return]

    @property
    def articles(self) -> Mapping[str, Any]:
        return self.section("articles")

    @property
    def instruments(self) -> Mapping[str, Mapping[str, list[str]]]:
        return self.data.get("instruments", {})  # type: ignore[no-any-return]

    def vocabulary(self) -> list[str]:
        """Distinctive words of this language, for guessing the language of a text."""
        words: list[str] = []
        words += self.articles["article"]
        words += self.section("rules")["names"] + self.section("rules").get("full_names", [])
        for entry in self.instruments.values():
            words += entry["names"] + entry["abbreviations"]  # sv "EUF-fördraget"
        words += self.section("cases")["words"]  # sv "målet", da "sagerne"
        acts = self.section("acts")
        for field in ("regulation", "directive", "decision"):
            words += acts[field]
        words += self.section("official_journal")["abbreviations"]
        words += self.data["texts_adopted"]
        words += self.articles["of"] + self.articles["in_particular"]
        return words


def available_languages() -> list[str]:
    """Codes of the languages that have a data file, sorted (:data:`EU_LANGUAGES`)."""
    return list(EU_LANGUAGES)


@functools.cache
def load(code: str) -> Language:
    """The :class:`Language` for an ISO 639-1 code such as ``"nl"``."""
    if code not in available_languages():
        known = ", ".join(available_languages())
        raise UnknownLanguageError(f"unknown language {code!r}; citeresolve knows: {known}")
    name, source = f"lang/{code}.toml", f"data/lang/{code}.toml"
    data = parsed(name)
    checked(name, lambda: validate(data, source))
    return Language(data, source, checked=True)


def all_languages() -> list[Language]:
    return [load(code) for code in available_languages()]


# What every language file holds together (see kept_union): built by the code of this
# module, and of the callers' modules named with their key.
_UNIONS = KeptStrings("unions", (str(Path(__file__)),))


def kept_union(key: str, build: Callable[[], list[str]], *sources: str) -> list[str]:
    """``build()``: phrases built from every language file, kept across processes
    (:mod:`.kept_strings`) under ``key`` and the stamps of ``sources`` (the code that
    builds them, besides this module's).

    A first call of one language asked a dozen such unions of every language's words
    (the Court's reports, the judgments' words, the page words ...), and so parsed all
    24 language files in every fresh process, where the unions alone are needed."""
    key = f"{key}\0{source_stamp(*sources)}" if sources else key
    # Each phrase after a NUL: no phrase holds one, and no phrase is no text at all.
    text = _UNIONS.get(key, lambda: "".join(f"\0{p}" for p in build()))
    return text.split("\0")[1:]


def union_phrases(section: str, field: str) -> list[str]:
    """One field's phrases over every language file, in their order (those of an optional
    field where a file has it; see :func:`union_pattern`), kept (:func:`kept_union`)."""
    return kept_union(f"field\0{section}\0{field}", lambda: _union(section, field))


def _union(section: str, field: str) -> list[str]:
    return [p for language in all_languages() for p in language.section(section).get(field, [])]


@functools.cache
def union_pattern(section: str, field: str) -> str:
    """An alternation of one field's phrases over every language file.

    Identifier-like families (OJ abbreviations, act words, case words) are
    matched in every language at once: EUR-Lex prints metadata lines in the
    interface language, not the document's.
    """
    return alternation(union_phrases(section, field))
