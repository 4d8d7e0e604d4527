"""Article chains: "Articles 2, 3(5) and 21", "artikel 3, lid 5", "Artikel 7 Absatz 3",
"3 artiklan 5 kohta", "5. cikkének (5) bekezdésére", "Rules 144(5) and 132(4)".

A chain is read in two steps.  A lexer, built from the language file, turns
the text after a trigger into role tokens (article word, number, paragraph
word, "(5)", "and" ...).  One interpreter, the same for every language, turns
the tokens into units (article, paragraph, points).  Languages that put the
number before the noun (Finnish, Hungarian, Latvian, Lithuanian) are handled
by holding numbers until the noun after them says what they are.

Which instrument a chain belongs to is decided later, in :mod:`attach`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import regex
from attrs import define, field

from ..knowledge.lang import Language, alternation, load, phrase_key
from ..limits import CALL_TIMEOUT, scan_timeout
from ..text.scan import Trigger

_LATIN_SUFFIXES = "bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies"
# Role tokens, in the order the lexer tries them at a position.
_WORD_ROLES = (
    ("RANGE", "range"),
    ("AND", "and"),
    ("RULE", None),
    ("ART", "article"),
    ("PARS", "paragraphs"),
    ("PAR", "paragraph"),
    ("POS", "position"),
    ("SUB", "subparagraph"),
    ("PT", "point"),
    ("DET", "determiners"),
    ("OF", "of"),
)
MAX_TOKENS = 400  # a chain longer than this is split; keeps hostile lists linear
# Tokens that carry a value; a chain with many words and no value in a row has ended
# ("and and and …"), which keeps every trigger's work bounded on hostile text.
_VALUE_KINDS = frozenset({"NUM", "BNUM", "BLET", "LETP", "LETTER", "ORD"})
_MAX_WORDS_WITHOUT_VALUE = 6
_NUMBER_RUN = frozenset({"NUM", "COMMA", "AND", "RANGE"})
_DIGIT = regex.compile(r"\d")
# How far after a trigger word the first number of a chain may stand ("the
# first and third subparagraphs of the second paragraph of Article 218").
_DIGIT_REACH = 200


@define
class Token:
    kind: str
    start: int
    end: int
    value: str = ""


@define
class Unit:
    """One cited article (or range) with its paragraph and points."""

    article: str
    start: int
    end: int
    paragraph: str | None = None
    points: list[str] = field(factory=list)
    article_end: str | None = None


@define
class Chain:
    units: list[Unit]
    start: int
    end: int
    rules: bool  # introduced by a Rules word ("Rule 144"): the instrument is the EP Rules


class ChainReader:
    """Lexer and interpreter for one language."""

    def __init__(self, language: Language) -> None:
        art: Mapping[str, Any] = language.articles
        self.number_first: bool = art["number_first"]
        # Matched case-insensitively, and looked up by phrase_key of the matched text:
        # the pattern accepts any white space inside "al treilea" ("al\ntreilea").
        ordinal_phrases = [k.lower() for k in art["ordinals"]]
        self.ordinals: dict[str, int] = {phrase_key(k): v for k, v in art["ordinals"].items()}
        self.point_letters: dict[str, str] = dict(art.get("point_letters", {}))
        # sv "punkt 1 c", "artikel 322.1 a": a bare letter after a number is a point.
        self.bare_point_letters: bool = art.get("bare_point_letters", False)
        # Marks stand glued to the number ("1er", "3.º"): no word boundary before them.
        marks = (
            alternation(art["article_marks"]).replace(r"(?<!\w)", "")
            if art["article_marks"]
            else r"(?!)"
        )
        dot = r"\.(?!\d)" if art["ordinal_dot"] else r"(?!)"
        dot_paragraph = (
            r"\.(?P<dotpar>\d{1,3})(?!\d)" if art.get("dot_paragraph") else r"(?P<dotpar>(?!))"
        )
        # An inserted article's letter may be written in the language's own script
        # (bg "член 149а"): the point letters map it to Latin.
        own = "".join(regex.escape(k) for k in self.point_letters if len(k) == 1)
        suffix_letter = f"[a-z{own}]"
        # With ordinal dots the letter of an inserted article may follow the dot (lv "74.a").
        dot_letter = (
            r"|\.(?P<dsuffix>[a-z])(?![^\W\d_])" if art["ordinal_dot"] else r"|(?P<dsuffix>(?!))"
        )
        # Older texts write an inserted article's letter as a spaced capital: da "EF-traktatens
        # artikel 73 B, artikel 73 C, stk. 1" (English "Article 73b").
        capital = r"|[ \u00a0](?P<csuffix>[A-Z])(?![^\W\d_])(?![-‑/.])"
        number = (
            rf"(?P<num>\d{{1,4}})(?:(?P<suffix>{suffix_letter}(?![^\W\d_])|\s?(?:{_LATIN_SUFFIXES})(?!\w)(?!\s?\d)){dot_letter}{capital})?"
            rf"(?:{dot_paragraph})?(?:{marks}|{dot})?"
        )
        words = {
            "RULE": language.section("rules")["words"],
            **{kind: art[key] for kind, key in _WORD_ROLES if key is not None},
        }
        word_groups = "|".join(f"(?P<{kind}>{alternation(words[kind])})" for kind, _ in _WORD_ROLES)
        letter = r"[^\W\d_]"
        # Marks that close a point letter besides ")": el "στοιχείο ζ'" (older style).
        point_close = "|".join([r"\)", *(regex.escape(m) for m in art.get("point_marks", []))])
        self._token = regex.compile(
            rf"""
              (?P<BNUM>\(\s?(?P<bnum>\d{{1,3}})\s?\))
            | (?P<BLET>\((?P<blet>{letter}{{1,2}}|[ivx]{{1,5}})\))
            | (?P<NUM>{number})
            | (?P<LETP>(?P<letp>\p{{Ll}}{{1,2}}|[ivx]{{1,5}})(?:{point_close}))
            | (?P<ORD>{alternation(ordinal_phrases)})
            | {word_groups}
            | (?P<COMMA>,)
            | (?P<LETTER>(?P<letter>{letter})(?![^\W_]))
            """,
            regex.VERBOSE,
        )
        self._space = regex.compile(r"[ \t\r\n\u00a0]*")
        self._trigger = Trigger(
            art["article"]
            + language.section("rules")["words"]
            + ordinal_phrases
            + art["point"]
            + art["paragraph"]
        )
        # An abbreviation after an article, then a list separator before the next number.
        self._continuation = regex.compile(
            rf"\s?\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,6}}(?!\w)\s?(?:,|\s{alternation(art['and'])})\s*(?=\d)"
        )

    # -- lexer ---------------------------------------------------------------

    def tokens(self, view: str, pos: int) -> list[Token]:
        out: list[Token] = []
        wordy = 0  # tokens since the last number or letter
        while len(out) < MAX_TOKENS:
            gap_start = pos
            pos = self._space.match(view, pos, timeout=CALL_TIMEOUT).end()  # type: ignore[union-attr]
            if out and view.count("\n", gap_start, pos) >= 2:
                break  # a blank line ends the chain ("artikel 226,\n\n1.  vedtager ...")
            m = self._token.match(view, pos, timeout=CALL_TIMEOUT)
            if m is None or m.end() == pos:
                break
            kind = m.lastgroup or ""
            if kind in ("ART", "RULE") and out and out[-1].kind in ("ART", "RULE"):
                break  # "Article Article": no chain, and hostile runs stay linear
            wordy = 0 if kind in _VALUE_KINDS else wordy + 1
            if wordy > _MAX_WORDS_WITHOUT_VALUE:
                break
            if kind == "NUM":
                suffix = (m["suffix"] or m["dsuffix"] or (m["csuffix"] or "").lower()).strip()
                if len(suffix) == 1:
                    suffix = self._latin(suffix)
                token = Token("NUM", m.start(), m.end(), m["num"] + suffix)
                out.append(token)
                if m["dotpar"]:
                    out.append(Token("BNUM", m.start("dotpar"), m.end(), m["dotpar"]))
            elif kind == "BNUM":
                out.append(Token(kind, m.start(), m.end(), m["bnum"]))
            elif kind in ("BLET", "LETP", "LETTER"):
                raw = m["blet"] or m["letp"] or m["letter"] or ""
                if (
                    kind == "LETTER"
                    and self.bare_point_letters
                    and out
                    and out[-1].kind in ("NUM", "BNUM")
                ):
                    kind = "LETP"
                out.append(Token(kind, m.start(), m.end(), self._latin(raw)))
            elif kind == "ORD":
                out.append(
                    Token(kind, m.start(), m.end(), str(self.ordinals[phrase_key(m.group())]))
                )
            else:
                out.append(Token(kind, m.start(), m.end()))
            pos = m.end()
        return out

    def _latin(self, letters: str) -> str:
        letters = letters.lower()
        if letters in self.point_letters:  # a point written with two letters: el "στ)"
            return self.point_letters[letters]
        return "".join(self.point_letters.get(ch, ch) for ch in letters)

    # -- interpreter ---------------------------------------------------------

    def chains(self, view: str) -> list[Chain]:
        found: list[Chain] = []
        pos = 0
        for start in self._starts(view):
            if start < pos:
                continue
            m_end = start + 1
            # Every chain cites a number; without a digit in reach there is nothing
            # to lex ("Article Article …", "the Treaty" in prose).
            if _DIGIT.search(view, start, start + _DIGIT_REACH, timeout=CALL_TIMEOUT) is None:
                continue
            tokens = self.tokens(view, start)
            chain = interpret(tokens, number_first=self.number_first) if tokens else None
            if chain is None:
                # A failed run of bare numbers ("1, 2, 3 …" with no article word
                # after it) fails from each of its numbers too: skip it whole, so
                # that number-first languages stay linear on long number runs.
                run_end = m_end
                for token in tokens:
                    if token.kind not in _NUMBER_RUN:
                        break
                    run_end = max(run_end, token.end)
                pos = run_end
                continue
            found.append(chain)
            pos = max(chain.end, m_end)
            # "Articles 28 EC, 31 EC and 86(2) EC": each item names its treaty, and
            # the items after the first carry no article word.
            cont = self._continuation.match(view, chain.end, timeout=CALL_TIMEOUT)
            while cont is not None and not self.number_first:
                tokens = self.tokens(view, cont.end())
                chain = interpret(tokens, number_first=False, article_word_seen=True)
                if chain is None:
                    break
                chain.rules = found[-1].rules
                found.append(chain)
                pos = chain.end
                cont = self._continuation.match(view, chain.end, timeout=CALL_TIMEOUT)
        return found

    def _starts(self, view: str) -> list[int]:
        """Where a chain may start: article words (and the like) and, in languages
        that put the number first, every free-standing number."""
        starts = list(self._trigger.positions(view))
        if self.number_first:
            numbers = _FREE_NUMBER.finditer(view, timeout=scan_timeout(view))
            starts = sorted({*starts, *(m.start() for m in numbers)})
        return starts


# A number that may begin a number-first chain: not part of a date, a decimal or an id.
_FREE_NUMBER = regex.compile(r"(?<![\d.,/])\d{1,4}(?![\d/])")


_PREFACE_FILLERS = ("BLET", "LETP", "LETTER", "ORD", "SUB", "POS", "OF", "DET", "PT")


def _article_follows(tokens: list[Token], j: int) -> bool:
    """Whether an article word comes next, after point letters and filler words."""
    while j < len(tokens) and tokens[j].kind in _PREFACE_FILLERS:
        j += 1
    return j < len(tokens) and tokens[j].kind == "ART"


def _paragraph_preface(tokens: list[Token], i: int) -> tuple[list[str], int] | None:
    """Paragraph numbers before their article ("n.ºs 6, 8 e 10 do artigo 218.º"): the
    numbers and the index of the "of" word, when an article word follows it."""
    values: list[str] = []
    j = i + 1
    n = len(tokens)
    while j < n and tokens[j].kind in ("NUM", "BNUM"):
        values.append(tokens[j].value)
        j += 1
        if (
            j < n
            and tokens[j].kind in ("COMMA", "AND")
            and j + 1 < n
            and tokens[j + 1].kind in ("NUM", "BNUM")
        ):
            j += 1
    if not values or j >= n or tokens[j].kind != "OF":
        return None
    k = j + 1
    while k < n and tokens[k].kind == "DET":
        k += 1
    if k >= n or tokens[k].kind != "ART":
        return None
    return values, j


def interpret(
    tokens: list[Token], *, number_first: bool, article_word_seen: bool = False
) -> Chain | None:
    """Turn role tokens into a chain of units; None when they cite no article.

    ``article_word_seen`` reads a list that continues after an article word
    further back, so that the first number is an article.
    """
    units: list[Unit] = []
    pending: list[Token] = []  # numbers whose role a later noun will tell
    pending_range = False
    range_starts: set[int] = set()  # pending[k] and pending[k + 1] form a range
    rules = False
    expect_article = article_word_seen
    separated = False  # a comma or "and" since the last unit
    paragraph_list = False  # bare numbers after "paragraphs"/"Absätze" are paragraphs
    preface_paragraph: str | None = None
    extra_paragraphs: list[str] = []  # "os n.ºs 6, 8 e 10 do artigo 218.º": one unit each
    ordinal_paragraphs = False  # "articolo 257, primo e secondo comma": paragraphs by position
    preface_points: list[str] = []
    prefaced: Unit | None = None  # the unit that took its points from a preface
    chain_start = tokens[0].start
    noun_start = chain_start  # where the last article word (or preface) began
    last_end = chain_start
    i = 0
    n = len(tokens)

    def new_unit(article: str, token: Token, *, keep_span_start: bool = False) -> Unit:
        nonlocal separated, preface_paragraph, preface_points, prefaced, extra_paragraphs
        start = noun_start if keep_span_start else token.start
        unit = Unit(article, start, token.end)
        if preface_paragraph is not None:
            unit.paragraph = preface_paragraph
            preface_paragraph = None
        if preface_points:
            unit.points.extend(preface_points)
            preface_points = []
            prefaced = unit  # "point (a) of Article 218(6)": (6) may still follow
        units.append(unit)
        for value in extra_paragraphs:
            units.append(Unit(article, start, token.end, value))
        extra_paragraphs = []
        separated = False
        return unit

    def continue_unit(base: Unit, token: Token) -> Unit:
        nonlocal separated
        unit = Unit(base.article, token.start, token.end, base.paragraph, [])
        units.append(unit)
        separated = False
        return unit

    def flush_pending_as_articles(noun: Token) -> None:
        nonlocal pending, pending_range
        k = 0
        while k < len(pending):
            tok = pending[k]
            unit = new_unit(tok.value, tok)
            if k in range_starts and k + 1 < len(pending):
                # "119., 120–126. és 352. cikk": each range is one unit of the list
                unit.article_end = pending[k + 1].value
                unit.end = pending[k + 1].end
                k += 1
            k += 1
        units[-1].end = noun.end
        pending = []
        pending_range = False
        range_starts.clear()

    def flush_pending_as_paragraphs(noun: Token) -> bool:
        nonlocal pending
        range_starts.clear()
        if not units or not pending:
            pending = []
            return False
        if pending_range:
            pending = []  # a range of paragraphs keeps the article only
            units[-1].end = noun.end
            return True
        for k, tok in enumerate(pending):
            if k == 0 and units[-1].paragraph is None:
                units[-1].paragraph = tok.value
                units[-1].end = tok.end
            else:
                continue_unit(units[-1], tok).paragraph = tok.value
        units[-1].end = noun.end
        pending = []
        return True

    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        kind = tok.kind
        cur = units[-1] if units else None
        if kind in ("ART", "RULE"):
            if kind == "RULE":
                rules = True
            if number_first and pending:
                flush_pending_as_articles(tok)
                last_end = tok.end
            else:
                if not expect_article and not (preface_paragraph or preface_points):
                    noun_start = tok.start
                expect_article = True
                paragraph_list = False
        elif kind == "NUM":
            if number_first:
                if nxt is not None and nxt.kind in (
                    "ART",
                    "RULE",
                    "PAR",
                    "PARS",
                    "POS",
                    "AND",
                    "COMMA",
                    "RANGE",
                    "NUM",
                    "BNUM",
                ):
                    if pending and not separated and not pending_range:
                        pending = []
                        range_starts.clear()
                    pending.append(tok)
                    separated = False
                elif expect_article:
                    new_unit(tok.value, tok, keep_span_start=True)
                    expect_article = False
                    last_end = tok.end
                else:
                    break
            elif expect_article or (cur is not None and separated and not paragraph_list):
                unit = new_unit(tok.value, tok, keep_span_start=expect_article)
                expect_article = False
                if (
                    nxt is not None
                    and nxt.kind == "RANGE"
                    and i + 2 < n
                    and tokens[i + 2].kind == "NUM"
                ):
                    unit.article_end = tokens[i + 2].value
                    unit.end = tokens[i + 2].end
                    i += 2
                last_end = units[-1].end
            elif cur is not None and separated and paragraph_list:
                continue_unit(cur, tok).paragraph = tok.value
                last_end = tok.end
            else:
                break
        elif kind == "BNUM":
            if number_first and pending and nxt is not None and nxt.kind in ("PAR", "PARS"):
                pending.append(tok)
            elif cur is None:
                break
            elif (
                separated
                and number_first
                and cur.paragraph is None
                and not cur.points
                and nxt is not None
                and nxt.kind == "PAR"
            ):
                # hu summary "7. cikk, (1) bekezdés": the paragraph of the article just read
                cur.paragraph = tok.value
                cur.end = last_end = tok.end
                separated = False
            elif separated:
                continue_unit(cur, tok).paragraph = tok.value
                last_end = tok.end
            elif cur.paragraph is None and (not cur.points or cur is prefaced):
                cur.paragraph = tok.value
                cur.end = last_end = tok.end
            elif number_first and nxt is not None and nxt.kind in ("PAR", "PARS"):
                pass  # "(5) bekezdés" repeats the paragraph already read
            else:
                break
        elif kind == "BLET":
            if preface_points:  # "point (a)(v) of ... Article 218(6)": still before the article
                preface_points.append(tok.value)
                i += 1
                continue
            if cur is None:
                break
            target = continue_unit(cur, tok) if separated else cur
            if separated:
                target.points = list(cur.points[:-1])
            target.points.append(tok.value)
            target.end = last_end = tok.end
        elif kind in ("PAR", "PARS"):
            if number_first and pending:
                if flush_pending_as_paragraphs(tok):
                    last_end = tok.end
            elif (cur is None or expect_article or separated) and (
                preface := _paragraph_preface(tokens, i)
            ) is not None:
                # Paragraphs before their article, also after a unit and in a list:
                # "o n.º 2 do artigo 216.º, os n.ºs 6, 8 e 10 do artigo 218.º".
                values, i = preface
                preface_paragraph, extra_paragraphs = values[0], values[1:]
                noun_start = tok.start
                continue
            elif nxt is not None and nxt.kind in ("NUM", "BNUM") and cur is not None:
                value_tok = nxt
                if cur.paragraph is None:
                    cur.paragraph = value_tok.value
                    cur.end = value_tok.end
                else:
                    continue_unit(cur, value_tok).paragraph = value_tok.value
                last_end = value_tok.end
                paragraph_list = kind == "PARS"
                i += 1
                if kind == "PARS" and i + 2 < n and tokens[i + 1].kind == "RANGE":
                    cur.paragraph = None  # "Absätze 1 bis 4": the article only
                    i += 2
                    cur.end = last_end = tokens[i].end
            elif (
                kind == "PAR"
                and nxt is not None
                and nxt.kind in ("NUM", "BNUM")
                and (cur is None or expect_article)
                and i + 2 < n
                and tokens[i + 2].kind == "OF"
            ):
                # A paragraph before its article: "n.º 2 do artigo 6.º", "paragraph 2 of Article 6".
                preface_paragraph = nxt.value
                i += 1
            elif cur is not None and tokens[i - 1].kind in ("BNUM",):
                cur.end = last_end = tok.end
            else:
                break
        elif kind == "ORD":
            if nxt is not None and nxt.kind in ("PAR", "PARS", "POS"):
                if cur is None or expect_article:
                    preface_paragraph = tok.value
                elif cur.paragraph is None:
                    cur.paragraph = tok.value
                    cur.end = last_end = nxt.end
                elif ordinal_paragraphs and separated:
                    unit = continue_unit(cur, tok)
                    unit.paragraph = tok.value
                    unit.end = last_end = nxt.end
                else:  # a subparagraph of a numbered paragraph: "paragrafo 2, secondo comma"
                    last_end = max(last_end, nxt.end)
                i += 1
            elif nxt is not None and nxt.kind == "SUB":
                i += 1
                if cur is not None:
                    last_end = max(last_end, nxt.end)
            elif (
                nxt is not None
                and nxt.kind in ("AND", "COMMA")
                and i + 2 < n
                and tokens[i + 2].kind in ("ORD",)
            ):
                # "first and third subparagraphs" (dropped); "primo e secondo comma" of an
                # article without numbered paragraphs: unnumbered paragraphs, one unit each.
                j = i
                while j < n and tokens[j].kind in ("ORD", "AND", "COMMA"):
                    j += 1
                if (
                    j < n
                    and tokens[j].kind in ("PAR", "PARS", "POS")
                    and cur is not None
                    and not expect_article
                    and cur.paragraph is None
                    and not cur.points
                ):
                    cur.paragraph = tok.value
                    cur.end = last_end = tok.end
                    ordinal_paragraphs = True
            else:
                break
        elif (
            kind in ("POS", "SUB")
            and not number_first
            and nxt is not None
            and nxt.kind == "ORD"
            and cur is not None
            and not expect_article
        ):
            # Noun before ordinal ("akapit pierwszy"): an unnumbered paragraph of an
            # article without one, otherwise a subparagraph (dropped).
            if kind == "POS" and cur.paragraph is None and not cur.points:
                cur.paragraph = nxt.value
                cur.end = nxt.end
            last_end = max(last_end, nxt.end)
            i += 1
        elif kind == "SUB":
            if (
                cur is not None
                and not number_first
                and not expect_article
                and nxt is not None
                and nxt.kind in ("NUM", "BNUM")
            ):
                # "Artikel 3 Absatz 3 Unterabsatz 2": the subparagraph number is dropped
                last_end = max(last_end, nxt.end)
                i += 1
        elif kind == "PT":
            point_tok = nxt
            if point_tok is not None and point_tok.kind in ("BLET", "LETP", "LETTER"):
                if cur is None or expect_article:
                    preface_points.append(point_tok.value)
                elif separated and _article_follows(tokens, i + 2):
                    # "Article 43(2) and point (a) of Article 218(6)": the point is a
                    # preface of the next article, not a point of the last one.
                    preface_points.append(point_tok.value)
                    noun_start = tok.start
                elif separated and cur.points:
                    unit = continue_unit(cur, point_tok)
                    unit.points = [*cur.points[:-1], point_tok.value]
                else:
                    cur.points.append(point_tok.value)
                    cur.end = point_tok.end
                last_end = point_tok.end if cur is not None else last_end
                separated = False
                i += 1
            elif point_tok is not None and point_tok.kind in ("BNUM", "NUM") and cur is not None:
                i += 1  # numbered points are dropped
                last_end = point_tok.end
            elif point_tok is not None and point_tok.kind == "BNUM":
                i += 1
            elif cur is not None and tokens[i - 1].kind in ("LETP", "LETTER"):
                cur.end = last_end = tok.end
            else:
                break
        elif kind in ("LETP", "LETTER"):
            if cur is not None and nxt is not None and nxt.kind == "PT":
                cur.points.append(tok.value)
                cur.end = last_end = nxt.end
                i += 1
            elif (
                cur is not None
                and kind == "LETP"
                and not separated
                and tokens[i - 1].kind in ("NUM", "BNUM", "COMMA")
            ):
                cur.points.append(tok.value)
                cur.end = last_end = tok.end
            elif (
                cur is not None
                and kind == "LETP"
                and separated
                and cur.points
                and tokens[i - 1].kind in ("AND", "COMMA")
            ):
                # "букви г) и ж)", "písm. d) a g)": the next point of the same paragraph
                unit = continue_unit(cur, tok)
                unit.points = [*cur.points[:-1], tok.value]
                last_end = tok.end
            else:
                break
        elif kind in ("AND", "COMMA"):
            separated = True
        elif kind == "RANGE":
            if number_first and pending:
                pending_range = True
                range_starts.add(len(pending) - 1)
            elif cur is not None and nxt is not None and nxt.kind == "NUM" and not cur.paragraph:
                cur.article_end = nxt.value
                cur.end = last_end = nxt.end
                i += 1
            elif (
                cur is not None
                and cur.points
                and nxt is not None
                and nxt.kind in ("BLET", "LETP", "LETTER")
            ):
                # "Article 45, points (a) to (e)": like a range of paragraphs, a range
                # of points keeps what stands above it.
                cur.points.pop()
                cur.end = last_end = nxt.end
                i += 1
            else:
                break
        elif kind == "DET":
            pass
        elif kind == "OF" and preface_paragraph is None and not preface_points:
            break  # "of" belongs to a chain only inside a preface ("the third paragraph of …")
        i += 1

    if not units:
        return None
    return Chain(units, units[0].start, max(last_end, units[-1].end), rules)


@functools.cache
def reader(code: str) -> ChainReader:
    return ChainReader(load(code))
