"""Which language a text, or one line of it, is written in, from citation vocabulary.

Every language file's distinctive phrases (article words, treaty names and
abbreviations, case words, act words, Official Journal abbreviations, "of" words:
:meth:`Language.vocabulary`) go into one Aho-Corasick automaton. A phrase found at a
word start scores its length for every language that has it; the language with the
highest score is the guess.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import ahocorasick

from ..knowledge import folding as folding_module
from ..knowledge import lang as lang_module
from ..knowledge.cache import data_stamp
from ..knowledge.data import table
from ..knowledge.kept_objects import kept_object, source_stamp
from ..knowledge.lang import available_languages, folding, load
from ..knowledge.lazy_patterns import lazy_pattern
from . import vocabulary_entries as vocabulary_module
from .vocabulary_entries import Vocabulary

# Language guessing reads this much of a text: the vocabulary is dense in the
# opening visas, and reading more would make lang=None cost as much as extraction.
_DETECT_SPAN = 20_000


@functools.cache
def _vocabulary() -> Vocabulary:
    """Every language's distinctive phrases, lower-cased, each with its languages."""
    # Built from every language file (loading all 24 is most of the cost) by this
    # module and knowledge/lang.py: kept across processes under their stamps, the
    # keys and entries apart from the automaton, which short texts do without.
    key = data_stamp() + source_stamp(
        __file__,
        lang_module.__file__,
        folding_module.__file__,
        vocabulary_module.__file__,
        ahocorasick.__file__ or "",
    )
    vocabulary = kept_object("vocabulary", key, _built_vocabulary)
    if vocabulary.automaton is None:
        vocabulary.load_automaton = functools.partial(
            kept_object, "vocabulary-automaton", key, lambda: _built_vocabulary().automaton
        )
    return vocabulary


@functools.cache
def _built_vocabulary() -> Vocabulary:
    return _build_vocabulary()


# What a phrase of the vocabulary says of the language of the line it stands in.
_ABBREVIATION = 0  # nothing: abbreviations travel ("CNUDPH" on a Romanian page)
_WEAK = 1  # a little: "of" words ("in de" starts German "in den") and the one-word
# stems of instrument names ("cart…", "international…")
_STRONG = 2  # article, act, case and journal words, names of several words
_UNIT = 3  # a unit word ("paragrafo"): whole words only, strong before a number only
_ARTICLE = 4  # an article word: strong; before a number ("Article 114") a chain
_CHAIN = 5  # an article or unit word before its number: enough alone, however short


def _literal(phrase: str) -> tuple[str, str]:
    """(as written, lower-cased with single spaces) up to its first pattern mark."""
    written = phrase.removeprefix("=").split("*", 1)[0].split("{", 1)[0]
    return written, " ".join(written.lower().split())


# The unit words a chain holds after its article word ("paragrafo", "Absatz", "point"):
# they tell the language of a line, not of a text (the guess of a whole text keeps to
# Language.vocabulary).
_LINE_WORDS = ("paragraph", "paragraphs", "subparagraph", "point", "recital", "annex")


def _build_vocabulary() -> Vocabulary:
    owners: dict[str, set[str]] = {}  # the languages that have it
    guessing: dict[str, set[str]] = {}  # those whose Language.vocabulary has it
    weight: dict[str, int] = {}
    for code in available_languages():
        language = load(code)
        weak = set(language.articles["of"] + language.articles["in_particular"])
        for entry in language.instruments.values():
            names = entry["names"] + entry["abbreviations"]
            weak.update(p for p in names if " " not in _literal(p)[1])
        units = [p for field in _LINE_WORDS for p in language.articles[field]]
        articles = set(language.articles["article"])
        for phrase, guess in [
            *((p, True) for p in language.vocabulary()),
            *((p, False) for p in units),
        ]:
            written, literal = _literal(phrase)
            if len(literal) < 4:
                continue
            if written == written.upper():
                kind = _ABBREVIATION
            elif not guess:
                kind = _UNIT
            elif phrase in articles:
                kind = _ARTICLE
            else:
                kind = _WEAK if phrase in weak else _STRONG
            # Also as written in capitals that drop accents ("ΑΡΘΡΟ" for "άρθρο") or
            # typed without them ("clanok" for "článok"); a guess needs no spelling
            # with only some letters bare.
            for spelling in {literal, folding().folded(literal)}:
                owners.setdefault(spelling, set()).add(code)
                if guess:
                    guessing.setdefault(spelling, set()).add(code)
                # a unit word that is also a word of the guess counts as the latter
                known = weight.get(spelling, kind)
                weight[spelling] = (
                    kind if known == _UNIT else known if kind == _UNIT else max(known, kind)
                )
    return _automaton(owners, guessing, weight)


# A phrase counts only at a word start. The automaton walks a copy of the text in which
# every character that is no letter or digit is a space, and each phrase is kept as a
# space and its letters and digits with a space for the others: a walk that meets no
# phrase stays at the automaton's root, where the text itself made it follow the
# phrases that the letters of every word start (and a pass over them for each letter).
# ASCII is done by bytes.translate over the UTF-8 bytes (every byte of a multi-byte
# character is >= 128 and kept), the few distinct non-ASCII characters that are no
# letter or digit ("–", "„", "§") by str.replace, as the triggers' copy is made
# (text/trigger_keys.py); stdlib re, whose \w is exactly str.isalnum() or "_", finds them.
_ASCII_MARKS = bytes(b if chr(b).isalnum() or b >= 128 else ord(" ") for b in range(256))
_ASCII = bytes(range(128))
_OTHER = re.compile(r"[\W_]")
_REPLACED = 16  # at most this many str.replace passes over a text


def _marked(low: str) -> str:
    """A space, then ``low`` with a space for every character that is no letter or
    digit: the characters the automaton walks, the text's ``i`` at ``i + 1``."""
    raw = low.encode("utf-8", "surrogatepass")
    marked = raw.translate(_ASCII_MARKS).decode("utf-8", "surrogatepass")
    found = set(_OTHER.findall(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")))
    if len(found) > _REPLACED:
        marked = _OTHER.sub(" ", marked)  # many kinds: one pass, still linear
    else:
        for ch in found:
            marked = marked.replace(ch, " ")
    return " " + marked


# What the automaton holds for a phrase: (length, languages that have it, kind,
# languages whose guess has it, the phrase where it has other characters than letters
# and digits, to be compared with the text's, else None), a tuple of them for each key
# (phrases that differ only there share their key: "go ep", "go-ep").
_Entry = tuple[int, frozenset[str], int, frozenset[str], "str | None"]


def _automaton(
    owners: dict[str, set[str]], guessing: dict[str, set[str]], weight: dict[str, int]
) -> Vocabulary:
    # One object per set of languages: the kept automaton loads the faster (a first call).
    sets: dict[frozenset[str], frozenset[str]] = {}
    keys: dict[str, list[_Entry]] = {}
    for literal, codes in owners.items():
        owned, guessed = frozenset(codes), frozenset(guessing.get(literal, ()))
        key = "".join(ch if ch.isalnum() else " " for ch in literal)
        entry = (
            len(literal),
            sets.setdefault(owned, owned),
            weight[literal],
            sets.setdefault(guessed, guessed),
            None if literal.isalnum() else literal,
        )
        keys.setdefault(" " + key, []).append(entry)
    return Vocabulary({key: tuple(entries) for key, entries in keys.items()})


def _phrases(low: str) -> Iterator[tuple[int, int, _Entry]]:
    """(start, end, entry) of each phrase of the vocabulary at a word start of ``low``
    (the text lower-cased), in the order of their ends, the longest first."""
    for last, entries in _vocabulary().iter(_marked(low)):
        end = last - 1
        for entry in entries:
            start = end - entry[0] + 1
            literal = entry[4]
            if literal is not None and not low.startswith(literal, start):
                continue
            yield start, end, entry


def detect_language(text: str, default: str = "en") -> str:
    """Guess the language of ``text`` from citation vocabulary; ``default`` if none is seen.

    One Aho-Corasick pass over the first 20,000 characters: each phrase found
    at a word start (a prefix, for inflected words) scores its length for every
    language that has it.
    """
    sample = " ".join(text[:_DETECT_SPAN].lower().split())
    scores: dict[str, int] = {}
    for _, _, (length, _, _, codes, _) in _phrases(sample):
        for code in codes:
            scores[code] = scores.get(code, 0) + length
    if not scores:
        return default
    return max(sorted(scores), key=lambda code: scores[code])


def foreign_lines(text: str, code: str) -> list[tuple[int, int, str]]:
    """(start, end, language) of every line of ``text`` written in another language
    than ``code``, in text order: an English keyword line on a French page, an Italian
    title quoted in a French article, "the EEC Treaty" in a Slovak paragraph.

    One pass of the vocabulary over the text. A line is another language's when that
    language's phrases that ``code``'s do not explain (a phrase overlapping one of
    ``code``'s explains nothing more: Lithuanian "reglamento" is its "reglament…"
    before it is Spanish, Italian "regolamentata" its own word before Maltese
    "regolament") score more than ``code``'s, and one of them is an article, act,
    case or journal word or a name of several words."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ")
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    out: list[tuple[int, int, str]] = []
    size = len(low)
    line = _Line(code, 0, _line_end(text, 0))
    # _phrases and _Line.add written out: two calls a phrase (tens a KB) cost a tenth
    line_end, own_spans, foreign, hits = line.end, line.own_spans, line.foreign, line.hits
    loaded = (vocabulary := _vocabulary()).entries  # each key's entries, None till found
    for last, index in vocabulary.found(_marked(low)):
        end = last - 1
        for length, codes, kind, _, literal in loaded[index] or vocabulary.load(index):
            start = end - length + 1
            if literal is not None and not low.startswith(literal, start):
                continue
            if kind >= _UNIT:
                said = _unit_kind(low, end + 1, kind)
                if said is None:
                    continue
                kind = said
            if kind == _STRONG and end + 1 < size and low[end + 1].isalnum():
                kind = _WEAK  # the start of a longer word: Maltese "regolament" of "regolamentata"
            if start >= line_end:
                line.close(out, low)
                begin = low.rfind("\n", 0, start) + 1
                line = _Line(code, begin, _line_end(text, begin))
                line_end, own_spans = line.end, line.own_spans
                foreign, hits = line.foreign, line.hits
            hit = (start, end, length, codes, kind)
            if code in codes:  # _Line.add
                line.own += length
                own_spans.append((start, end))
                if kind == _CHAIN and len(codes) > 1:
                    line.shared = True
            elif kind != _ABBREVIATION:
                foreign.append(hit)
            hits.append(hit)
    line.close(out, low)
    return out


# A line's foreign phrases weigh more than this (their letters): one short word of a
# related language ("člen" starting Czech "členské", "byla" in a Czech sentence, "str."
# in a Slovenian footnote) makes no line another language's.
_LEAST = 9


def _unit_kind(low: str, after: int, kind: int) -> int | None:
    """What an article or unit word ending before ``after`` says: a chain before a
    unit's number ("paragrafo 2", "Article 114"); else an article word is strong, a
    unit word weak (Estonian "kohta", "about", is Finnish "paragraph": "kohta 2016"),
    and says nothing inside a longer word ("commi" starting "commission")."""
    if after < len(low) and low[after].isalnum():
        return None if kind == _UNIT else _STRONG
    while after < len(low) and low[after] in " \u00a0":
        after += 1
    digits = after
    while digits < len(low) and low[digits].isdigit():
        digits += 1
    if 0 < digits - after < 4:
        return _CHAIN
    return _WEAK if kind == _UNIT else _STRONG


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# A quotation inside a line: its words between the marks of one pair, at least a few
# words long (one character class each: linear).
_QUOTED = lazy_pattern(
    r"«\s*([^«»\n]{12,}?)\s*»|“([^“”\n]{12,}?)”|„([^„“”\n]{12,}?)[“”]|\"([^\"\n]{12,}?)\""
)
# The marks that open one: a line without any has none (str.find, not the engine).
_OPENING = ("«", "“", "„", '"')


class _Line:
    """The vocabulary found in one line, and whose language it is."""

    __slots__ = ("code", "end", "foreign", "hits", "own", "own_spans", "shared", "start")

    def __init__(self, code: str, start: int, end: int) -> None:
        self.code, self.start, self.end = code, start, end
        self.own = 0
        self.own_spans: list[tuple[int, int]] = []
        self.foreign: list[tuple[int, int, int, frozenset[str], int]] = []
        # (start, end, length, languages, kind) of each phrase
        self.hits: list[tuple[int, int, int, frozenset[str], int]] = []
        # whether an article or unit word that another language has too stands before a
        # number ("Article 5" on a French page)
        self.shared = False

    def add(self, start: int, end: int, length: int, codes: frozenset[str], kind: int) -> None:
        if self.code in codes:
            self.own += length
            self.own_spans.append((start, end))
            self.shared = self.shared or (kind == _CHAIN and len(codes) > 1)
        elif kind != _ABBREVIATION:
            self.foreign.append((start, end, length, codes, kind))
        self.hits.append((start, end, length, codes, kind))

    def close(self, out: list[tuple[int, int, str]], low: str) -> None:
        other = self._language()
        if other is not None:
            out.append((self.start, self.end, other))
        elif (self.foreign or self.shared) and any(
            low.find(mark, self.start, self.end) >= 0 for mark in _OPENING
        ):
            # A quotation of another language inside a line of the text's: « Member
            # States shall ensure compliance with Article 3(2) of Directive 2003/88/EC »
            # in a French sentence, judged on its own phrases.
            for m in _QUOTED.finditer(low, self.start, self.end):
                start, end = m.span(m.lastindex or 0)
                quoted = _Line(self.code, start, end)
                for hit in self.hits:
                    if start <= hit[0] and hit[1] < end:
                        quoted.add(*hit)
                other = quoted._language()
                if other is not None:
                    out.append((start, end, other))

    def _language(self) -> str | None:
        other = self._unexplained() if self.foreign else None
        if other is None and self.shared:
            other = self._guessed()
        return other

    def _unexplained(self) -> str | None:
        """The language whose phrases that the text's language does not explain
        outweigh the text's."""
        scores: dict[str, int] = {}
        anchored: set[str] = set()
        chained: set[str] = set()  # an article or unit word before its number
        # The text's phrases in order of their ends (the automaton's), with the least
        # start from each on: whether one overlaps a phrase is a bisection, not a pass
        # over the line's phrases for each (a long line of both languages: quadratic).
        ends = [e for _, e in self.own_spans]
        least = [s for s, _ in self.own_spans]
        for i in range(len(least) - 2, -1, -1):
            least[i] = min(least[i], least[i + 1])
        for start, end, length, codes, kind in self.foreign:
            first = bisect.bisect_left(ends, start)  # those ending at or after its start
            if first < len(least) and least[first] <= end:
                continue
            for other in codes:
                scores[other] = scores.get(other, 0) + length
                if kind >= _STRONG:
                    anchored.add(other)
                if kind == _CHAIN:
                    chained.add(other)
        if not anchored:
            return None
        best = max(sorted(anchored), key=lambda other: scores[other])
        if scores[best] > (self.own if best in chained else max(self.own, _LEAST)):
            return best
        return None

    def _guessed(self) -> str | None:
        """The guess of :func:`detect_language` on the line when another language shares
        the word of its chain: an English keyword line on a French page, "Article 5 of
        the Directive 2003/88/EC and Article 7", "Articles 43 EC and 48 EC – …" (a tie
        goes to the first language in alphabetical order, as a text's guess does); only
        for the languages of ``whole_line_guess`` in data/passages.toml (English): a
        related language would take the text's own lines ("Art. 18" of a German line
        is Danish too)."""
        scores: dict[str, int] = {}
        for _, _, length, codes, _ in self.hits:
            for code in codes:
                scores[code] = scores.get(code, 0) + length
        best = max(sorted(scores), key=lambda code: scores[code])
        return best if best != self.code and best in _whole_line_guesses() else None


@functools.cache
def _whole_line_guesses() -> frozenset[str]:
    return frozenset(table("passages.toml")["whole_line_guess"])
