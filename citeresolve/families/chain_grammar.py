"""The chain grammar: role tokens in, cited units out.

A chain such as "Articles 2, 3(5) and 21", "artikel 3, lid 5, onder c)",
"5. cikkének (5) bekezdése" or "Annex I, Article 3(5)" is a sequence of role
tokens (made by the lexer in :mod:`articles` from the language file).  The
parser reads them left to right with one small handler per token kind; the
handlers share a little state (the units so far, numbers waiting for their
noun, a paragraph or points read before their article).  Nothing here knows a
language: word orders come in as flags, words as token kinds.

What the grammar recognises:

* units: an article (or range) with its paragraph and points, a recital, an
  annex (and articles nested under it);
* lists and ranges: "," and the language's "and" words separate units, its
  "to" words and hyphens make ranges, points lists give one unit per point;
* prefaces: a paragraph or point named before its article ("paragraph 2 of
  Article 6", "n.º 2 do artigo 6.º", "point (a) of Article 218(6)");
* number-first languages (fi, hu, lt, lv): numbers wait until the noun after
  them says what they are;
* filler that does not end a list: subparagraphs and sentences (dropped),
  non-citable units such as titles and chapters, and descriptors ("on sincere
  cooperation").
"""

from __future__ import annotations

from collections.abc import Callable

from attrs import define, field


@define
class Token:
    kind: str
    start: int
    end: int
    value: str = ""


@define
class Unit:
    """One cited unit: an article (or range) with its paragraph and points, a
    recital (``recital`` set, ``article`` empty) or an annex (``annex`` set; an
    ``article`` then numbers an article of that annex)."""

    article: str
    start: int
    end: int
    paragraph: str | None = None
    points: list[str] = field(factory=list)
    article_end: str | None = None
    annex: str | None = None
    recital: str | None = None


@define
class Chain:
    units: list[Unit]
    start: int
    end: int
    rules: bool  # introduced by a Rules word ("Rule 144"): the instrument is the EP Rules


# Tokens that only fill a preface ("the third paragraph of", "point (a)(v) of").
_PREFACE_FILLERS = frozenset({"BLET", "LETP", "LETTER", "ORD", "SUB", "POS", "OF", "DET", "PT"})
_POINT_VALUES = frozenset({"BLET", "LETP", "LETTER"})
_NUMBERS = frozenset({"NUM", "BNUM"})
# After a number in a number-first language, these say the number waits for its noun.
_PENDING_FOLLOWERS = frozenset(
    {"ART", "RULE", "PAR", "PARS", "POS", "AND", "COMMA", "RANGE", "NUM", "BNUM"}
)
_PARAGRAPH_NOUNS = frozenset({"PAR", "PARS", "POS"})
# Tokens the parser passes over without ending the chain.
_PASS_OVER = frozenset({"DET", "DESC", "REMARK"})


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
    while j < n and tokens[j].kind in _NUMBERS:
        values.append(tokens[j].value)
        j += 1
        if j + 1 < n and tokens[j].kind in ("COMMA", "AND") and tokens[j + 1].kind in _NUMBERS:
            j += 1
    if not values or j >= n or tokens[j].kind != "OF":
        return None
    k = j + 1
    while k < n and tokens[k].kind == "DET":
        k += 1
    if k >= n or tokens[k].kind != "ART":
        return None
    return values, j


# Which handler reads a token of each kind, by name: a table of bound methods built
# for every parser cost more than the parsing of a short chain.
_HANDLERS: dict[str, str] = {
    "ART": "_on_article_word",
    "RULE": "_on_article_word",
    "RECITAL": "_on_unit_word",
    "ANNEX": "_on_unit_word",
    "NUM": "_on_number",
    "BNUM": "_on_bracketed_number",
    "BLET": "_on_bracketed_letter",
    "PAR": "_on_paragraph_word",
    "PARS": "_on_paragraph_word",
    "ORD": "_on_ordinal",
    "POS": "_on_subdivision_word",
    "SUB": "_on_subdivision_word",
    "PT": "_on_point_word",
    "LETP": "_on_letter",
    "LETTER": "_on_letter",
    "AND": "_on_separator",
    "COMMA": "_on_separator",
    "RANGE": "_on_range",
    "OF": "_on_of",
    "NONCITE": "_on_noncitable",
    "ROMAN": "_on_roman",
    "SEQ": "_on_following",
}


class ChainParser:
    """Reads one run of tokens into a :class:`Chain` (see :func:`parse_chain`).

    Each ``_on_KIND`` handler looks at the token at ``self.i`` and returns the
    index of the next token to read, or ``None`` when the chain has ended.
    """

    def __init__(self, tokens: list[Token], *, number_first: bool, article_word_seen: bool):
        self.tokens = tokens
        self.n = len(tokens)
        self.number_first = number_first
        self.units: list[Unit] = []
        self.pending: list[Token] = []  # numbers whose role a later noun will tell
        self.pending_range = False
        self.range_starts: set[int] = set()  # pending[k] and pending[k + 1] form a range
        self.rules = False
        self.expect_article = article_word_seen
        self.expect: str = "article"  # what the next bare number is: article, recital, annex
        self.separated = False  # a comma or "and" since the last unit
        self.paragraph_list = False  # bare numbers after "paragraphs"/"Absätze" are paragraphs
        self.preface_paragraph: str | None = None
        self.extra_paragraphs: list[str] = []  # "os n.ºs 6, 8 e 10 do artigo 218.º"
        self.ordinal_paragraphs = False  # "articolo 257, primo e secondo comma"
        self.preface_points: list[str] = []
        self.prefaced: Unit | None = None  # the unit that took its points from a preface
        self.noun_start = tokens[0].start  # where the last article word (or preface) began
        self.last_end = tokens[0].start
        self.i = 0

    # -- driver ----------------------------------------------------------------

    def parse(self) -> Chain | None:
        while self.i < self.n:
            tok = self.tokens[self.i]
            nxt = self.tokens[self.i + 1] if self.i + 1 < self.n else None
            if tok.kind in _PASS_OVER:
                self.i += 1
                continue
            name = _HANDLERS.get(tok.kind)
            handler: Callable[[Token, Token | None], int | None] | None = (
                getattr(self, name) if name is not None else None
            )
            following = handler(tok, nxt) if handler is not None else None
            if following is None:
                break
            self.i = following
        if not self.units:
            return None
        units = self.units
        return Chain(units, units[0].start, max(self.last_end, units[-1].end), self.rules)

    # -- building units ----------------------------------------------------------

    @property
    def current(self) -> Unit | None:
        return self.units[-1] if self.units else None

    def _new_unit(self, value: str, token: Token, *, keep_span_start: bool = False) -> Unit:
        start = self.noun_start if keep_span_start else token.start
        unit = Unit(value, start, token.end)
        if self.expect == "recital":
            unit.article, unit.recital = "", value
        elif self.expect == "annex":
            unit.article, unit.annex = "", value
        if self.preface_paragraph is not None:
            unit.paragraph = self.preface_paragraph
            self.preface_paragraph = None
        if self.preface_points:
            unit.points.extend(self.preface_points)
            self.preface_points = []
            self.prefaced = unit  # "point (a) of Article 218(6)": (6) may still follow
        self.units.append(unit)
        for paragraph in self.extra_paragraphs:
            self.units.append(Unit(value, start, token.end, paragraph))
        self.extra_paragraphs = []
        self.separated = False
        return unit

    def _continue_unit(self, base: Unit, token: Token) -> Unit:
        """A sibling of ``base`` in a list: same article, same paragraph."""
        unit = Unit(
            base.article,
            token.start,
            token.end,
            base.paragraph,
            [],
            annex=base.annex,
            recital=base.recital,
        )
        self.units.append(unit)
        self.separated = False
        return unit

    def _flush_pending_as_articles(self, noun: Token) -> None:
        pending = self.pending
        k = 0
        while k < len(pending):
            unit = self._new_unit(pending[k].value, pending[k])
            if k in self.range_starts and k + 1 < len(pending):
                # "119., 120–126. és 352. cikk": each range is one unit of the list
                unit.article_end = pending[k + 1].value
                unit.end = pending[k + 1].end
                k += 1
            k += 1
        self.units[-1].end = noun.end
        self.pending = []
        self.pending_range = False
        self.range_starts.clear()

    def _flush_pending_as_paragraphs(self, noun: Token) -> bool:
        self.range_starts.clear()
        pending, self.pending = self.pending, []
        if not self.units or not pending:
            return False
        last = self.units[-1]
        if self.pending_range:
            last.end = noun.end  # a range of paragraphs keeps the article only
            return True
        for k, tok in enumerate(pending):
            if k == 0 and last.paragraph is None:
                last.paragraph = tok.value
                last.end = tok.end
            else:
                self._continue_unit(self.units[-1], tok).paragraph = tok.value
        self.units[-1].end = noun.end
        return True

    # -- handlers ------------------------------------------------------------------

    def _on_article_word(self, tok: Token, nxt: Token | None) -> int | None:
        if tok.kind == "RULE":
            self.rules = True
        self.expect = "article"
        if self.number_first and self.pending:
            self._flush_pending_as_articles(tok)
            self.last_end = tok.end
        else:
            if not self.expect_article and not (self.preface_paragraph or self.preface_points):
                self.noun_start = tok.start
            self.expect_article = True
            self.paragraph_list = False
        return self.i + 1

    def _on_unit_word(self, tok: Token, nxt: Token | None) -> int | None:
        """A recital or annex word: the numbers after it are recitals or annexes."""
        kind = "recital" if tok.kind == "RECITAL" else "annex"
        if self.number_first and self.pending:
            self.expect = kind
            self._flush_pending_as_articles(tok)
            self.last_end = tok.end
            return self.i + 1
        if kind == "annex" and self.units and self._annex_of_previous(tok, nxt):
            return self.i + 2
        if nxt is None or nxt.kind not in ("NUM", "LETTER", "ROMAN"):
            # "to" is a range word too in English: "the Annex to Decision …"
            if (
                kind == "annex"
                and tok.value == "noun"
                and not self.units
                and nxt is not None
                and nxt.kind in ("OF", "RANGE")
            ):
                # "the Annex to Decision 2010/131/EU": the single, unnumbered annex
                self.expect = "annex"
                self._new_unit("1", tok)
                self.expect = "article"
                self.last_end = tok.end
                return self.i + 1
            return None
        self.expect = kind
        self.noun_start = tok.start
        self.expect_article = True
        self.paragraph_list = False
        return self.i + 1

    def _annex_of_previous(self, tok: Token, nxt: Token | None) -> bool:
        """ "Article 3(5) of Annex I": the articles read so far belong to the annex."""
        prev = self.tokens[self.i - 1] if self.i else None
        if prev is None or prev.kind != "OF" or nxt is None or nxt.kind not in ("NUM", "ROMAN"):
            return False
        for unit in self.units:
            if unit.annex is None and unit.recital is None:
                unit.annex = nxt.value
        self.units[-1].end = self.last_end = nxt.end
        return True

    def _on_number(self, tok: Token, nxt: Token | None) -> int | None:
        if self.number_first:
            return self._on_number_first(tok, nxt)
        cur = self.current
        if self.expect_article or (cur is not None and self.separated and not self.paragraph_list):
            unit = self._new_unit(tok.value, tok, keep_span_start=self.expect_article)
            self.expect_article = False
            following = self.i + 1
            if (
                nxt is not None
                and nxt.kind == "RANGE"
                and self.i + 2 < self.n
                and self.tokens[self.i + 2].kind == "NUM"
            ):
                end_tok = self.tokens[self.i + 2]
                unit.article_end = end_tok.value
                unit.end = end_tok.end
                following = self.i + 3
            self.last_end = self.units[-1].end
            return following
        if cur is not None and self.separated and self.paragraph_list:
            self._continue_unit(cur, tok).paragraph = tok.value
            self.last_end = tok.end
            return self.i + 1
        return None

    def _on_number_first(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if nxt is not None and nxt.kind == "PT" and cur is not None and not self.pending:
            # lt "5 straipsnio 1 punkto b papunktis": a numbered point is dropped, unless a
            # lettered point follows it; then the two are paragraph and point (5(1)(b)).
            after = self.tokens[self.i + 2] if self.i + 2 < self.n else None
            if after is not None and after.kind in _POINT_VALUES and cur.paragraph is None:
                cur.paragraph = tok.value
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if nxt is not None and nxt.kind in _PENDING_FOLLOWERS:
            if self.pending and not self.separated and not self.pending_range:
                self.pending = []
                self.range_starts.clear()
            self.pending.append(tok)
            self.separated = False
            return self.i + 1
        if self.expect_article:
            self._new_unit(tok.value, tok, keep_span_start=True)
            self.expect_article = False
            self.last_end = tok.end
            return self.i + 1
        return None

    def _on_bracketed_number(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        next_is_paragraph = nxt is not None and nxt.kind in ("PAR", "PARS")
        if self.number_first and self.pending and next_is_paragraph:
            self.pending.append(tok)
        elif cur is None:
            return None
        elif (
            self.separated
            and self.number_first
            and cur.paragraph is None
            and not cur.points
            and nxt is not None
            and nxt.kind == "PAR"
        ):
            # hu summary "7. cikk, (1) bekezdés": the paragraph of the article just read
            cur.paragraph = tok.value
            cur.end = self.last_end = tok.end
            self.separated = False
        elif self.separated:
            self._continue_unit(cur, tok).paragraph = tok.value
            self.last_end = tok.end
        elif cur.paragraph is None and (not cur.points or cur is self.prefaced):
            cur.paragraph = tok.value
            cur.end = self.last_end = tok.end
        elif not (self.number_first and next_is_paragraph):
            return None  # "(5) bekezdés" after "(5)" repeats the paragraph already read
        return self.i + 1

    def _on_bracketed_letter(self, tok: Token, nxt: Token | None) -> int | None:
        if self.preface_points:  # "point (a)(v) of ... Article 218(6)": before the article
            self.preface_points.append(tok.value)
            return self.i + 1
        cur = self.current
        if cur is None:
            return None
        if self.separated:
            self._add_sibling_point(cur, tok)
        else:
            cur.points.append(tok.value)
            cur.end = self.last_end = tok.end
        return self.i + 1

    def _add_sibling_point(self, cur: Unit, tok: Token) -> None:
        """ "Article 9(2)(a), (c) and (f)": the next point of the same paragraph."""
        unit = self._continue_unit(cur, tok)
        unit.points = [*cur.points[:-1], tok.value]
        self.last_end = tok.end

    def _on_paragraph_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if self.number_first and self.pending:
            if self._flush_pending_as_paragraphs(tok):
                self.last_end = tok.end
            return self.i + 1
        if cur is None or self.expect_article or self.separated:
            preface = _paragraph_preface(self.tokens, self.i)
            if preface is not None:
                # Paragraphs before their article, also after a unit and in a list:
                # "o n.º 2 do artigo 216.º, os n.ºs 6, 8 e 10 do artigo 218.º".
                values, of_index = preface
                self.preface_paragraph, self.extra_paragraphs = values[0], values[1:]
                self.noun_start = tok.start
                return of_index
        if nxt is not None and nxt.kind in _NUMBERS and cur is not None:
            return self._paragraph_value(tok, nxt, cur)
        if (
            tok.kind == "PAR"
            and nxt is not None
            and nxt.kind in _NUMBERS
            and (cur is None or self.expect_article)
            and self.i + 2 < self.n
            and self.tokens[self.i + 2].kind == "OF"
        ):
            # A paragraph before its article: "paragraph 2 of Article 6".
            self.preface_paragraph = nxt.value
            return self.i + 2
        if cur is not None and self.tokens[self.i - 1].kind == "BNUM":
            cur.end = self.last_end = tok.end  # "(5) bekezdés"
            return self.i + 1
        if cur is None and not self.number_first and nxt is not None and nxt.kind in _NUMBERS:
            # "…, in particular paragraph 7 thereof": a paragraph of an article cited
            # just before; attach decides whether there is one.
            unit = Unit("", tok.start, nxt.end, nxt.value)
            self.units.append(unit)
            self.last_end = nxt.end
            return self.i + 2
        return None

    def _paragraph_value(self, tok: Token, value: Token, cur: Unit) -> int:
        """ "paragraph 5", "paragraphs 2 and 3", "Absätze 1 bis 4" after an article."""
        if cur.paragraph is None:
            cur.paragraph = value.value
            cur.end = value.end
        else:
            self._continue_unit(cur, value).paragraph = value.value
        self.last_end = value.end
        self.paragraph_list = tok.kind == "PARS"
        following = self.i + 2
        if tok.kind == "PARS" and following + 1 < self.n and self.tokens[following].kind == "RANGE":
            cur.paragraph = None  # "Absätze 1 bis 4": the article only
            cur.end = self.last_end = self.tokens[following + 1].end
            following += 2
        return following

    def _on_ordinal(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        recitals = self._ordinal_recitals()
        if recitals is not None:
            return recitals
        if nxt is not None and nxt.kind in _PARAGRAPH_NOUNS:
            if cur is None or self.expect_article:
                self.preface_paragraph = tok.value
            elif cur.paragraph is None:
                cur.paragraph = tok.value
                cur.end = self.last_end = nxt.end
            elif self.ordinal_paragraphs and self.separated:
                unit = self._continue_unit(cur, tok)
                unit.paragraph = tok.value
                unit.end = self.last_end = nxt.end
            else:  # a subparagraph of a numbered paragraph: "paragrafo 2, secondo comma"
                self.last_end = max(self.last_end, nxt.end)
            return self.i + 2
        if nxt is not None and nxt.kind == "SUB":
            if cur is not None:
                self.last_end = max(self.last_end, nxt.end)
            return self.i + 2
        if (
            nxt is not None
            and nxt.kind in ("AND", "COMMA")
            and self.i + 2 < self.n
            and self.tokens[self.i + 2].kind == "ORD"
        ):
            self._ordinal_list(tok, cur)
            return self.i + 1
        return None

    def _ordinal_recitals(self) -> int | None:
        """ "the fourth recital", "the first and eleventh recitals": recitals by
        position, one unit each; the index after the recital word, or None."""
        j = self.i
        while j < self.n and self.tokens[j].kind in ("ORD", "AND", "COMMA"):
            j += 1
        if j >= self.n or self.tokens[j].kind != "RECITAL":
            return None
        noun = self.tokens[j]
        self.expect = "recital"
        for tok in self.tokens[self.i : j]:
            if tok.kind == "ORD":
                self._new_unit(tok.value, tok).end = noun.end
        self.expect = "article"
        self.last_end = noun.end
        return j + 1

    def _ordinal_list(self, tok: Token, cur: Unit | None) -> None:
        """ "first and third subparagraphs" (dropped); "primo e secondo comma" of an
        article without numbered paragraphs: unnumbered paragraphs, one unit each."""
        j = self.i
        while j < self.n and self.tokens[j].kind in ("ORD", "AND", "COMMA"):
            j += 1
        if (
            j < self.n
            and self.tokens[j].kind in _PARAGRAPH_NOUNS
            and cur is not None
            and not self.expect_article
            and cur.paragraph is None
            and not cur.points
        ):
            cur.paragraph = tok.value
            cur.end = self.last_end = tok.end
            self.ordinal_paragraphs = True

    def _on_subdivision_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if (
            not self.number_first
            and nxt is not None
            and nxt.kind == "ORD"
            and cur is not None
            and not self.expect_article
        ):
            # Noun before ordinal ("akapit pierwszy"): an unnumbered paragraph of an
            # article without one, otherwise a subparagraph (dropped).
            if tok.kind == "POS" and cur.paragraph is None and not cur.points:
                cur.paragraph = nxt.value
                cur.end = nxt.end
            self.last_end = max(self.last_end, nxt.end)
            return self.i + 2
        if tok.kind == "POS":
            if (
                cur is not None
                and not self.number_first
                and not self.expect_article
                and cur.paragraph is None
                and not cur.points
                and nxt is not None
                and nxt.kind == "NUM"
            ):
                # "Art 275 al. 2 TFUE", "articolo 263, comma 4": an article whose
                # paragraphs are not numbered, its paragraph counted by position.
                cur.paragraph = nxt.value
                cur.end = self.last_end = nxt.end
                self.separated = False
                return self.i + 2
            return None
        if (
            cur is not None
            and not self.number_first
            and not self.expect_article
            and nxt is not None
            and nxt.kind in _NUMBERS
        ):
            # "Artikel 3 Absatz 3 Unterabsatz 2", "Satz 2": the number is dropped
            self.last_end = max(self.last_end, nxt.end)
            return self.i + 2
        return self.i + 1

    def _on_point_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if nxt is not None and nxt.kind in _POINT_VALUES:
            if cur is None or self.expect_article:
                self.preface_points.append(nxt.value)
            elif self.separated and _article_follows(self.tokens, self.i + 2):
                # "Article 43(2) and point (a) of Article 218(6)": the point is a
                # preface of the next article, not a point of the last one.
                self.preface_points.append(nxt.value)
                self.noun_start = tok.start
            elif self.separated and cur.points:
                self._add_sibling_point(cur, nxt)
            else:
                cur.points.append(nxt.value)
                cur.end = nxt.end
            if cur is not None:
                self.last_end = nxt.end
            self.separated = False
            return self.i + 2
        if nxt is not None and nxt.kind in _NUMBERS:
            if cur is not None:
                self.last_end = nxt.end  # numbered points are dropped
            return self.i + 2
        if cur is not None and self.tokens[self.i - 1].kind in ("LETP", "LETTER"):
            cur.end = self.last_end = tok.end  # "c) punktą"
            return self.i + 1
        return None

    def _on_letter(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if cur is None:
            return None
        prev = self.tokens[self.i - 1].kind
        if nxt is not None and nxt.kind == "PT":
            cur.points.append(tok.value)
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if self.separated and cur.points and prev in ("AND", "COMMA"):
            # "букви г) и ж)", "písm. d) a g)", "Buchst. a und f": the next point of the
            # same paragraph
            self._add_sibling_point(cur, tok)
            return self.i + 1
        if tok.kind != "LETP":
            return None
        if not self.separated and prev in ("NUM", "BNUM", "COMMA"):
            cur.points.append(tok.value)
            cur.end = self.last_end = tok.end
            return self.i + 1
        return None

    def _on_separator(self, tok: Token, nxt: Token | None) -> int | None:
        self.separated = True
        return self.i + 1

    def _on_range(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if self.number_first and self.pending:
            self.pending_range = True
            self.range_starts.add(len(self.pending) - 1)
            return self.i + 1
        if cur is not None and nxt is not None and nxt.kind == "NUM" and not cur.paragraph:
            cur.article_end = nxt.value
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if cur is not None and cur.points and nxt is not None and nxt.kind in _POINT_VALUES:
            # "Article 45, points (a) to (e)": like a range of paragraphs, a range
            # of points keeps what stands above it.
            cur.points.pop()
            cur.end = self.last_end = nxt.end
            return self.i + 2
        return None

    def _on_of(self, tok: Token, nxt: Token | None) -> int | None:
        # "of" belongs to a chain only inside a preface ("the third paragraph of …")
        # or before an annex ("Article 3(5) of Annex I").
        if self.preface_paragraph is not None or self.preface_points:
            return self.i + 1
        if nxt is not None and nxt.kind == "ANNEX" and self.units:
            return self.i + 1
        return None

    def _on_noncitable(self, tok: Token, nxt: Token | None) -> int | None:
        """ "Title VI", "Chapter III": not citations, and they do not end a list."""
        if nxt is not None and nxt.kind in ("NUM", "ROMAN", "LETTER") and self.units:
            self.last_end = nxt.end
            return self.i + 2
        return None

    def _on_roman(self, tok: Token, nxt: Token | None) -> int | None:
        """An annex numbered in Roman numerals: "Annex II", "Annexes I and III", and
        number first, lv "I pielikums"."""
        if self.number_first and nxt is not None and nxt.kind == "ANNEX":
            self.expect = "annex"
            self._new_unit(tok.value, tok).end = nxt.end
            self.expect = "article"
            self.last_end = nxt.end
            return self.i + 2
        if self.expect != "annex":
            return None
        cur = self.current
        if self.expect_article or (cur is not None and cur.annex is not None and self.separated):
            self._new_unit(tok.value, tok, keep_span_start=self.expect_article)
            self.expect_article = False
            self.last_end = tok.end
            return self.i + 1
        return None

    def _on_following(self, tok: Token, nxt: Token | None) -> int | None:
        """ "Art. 101 ff. AEUV", "Article 5 et seq.": the article cited, and the chain
        reaches over the abbreviation to its instrument."""
        if self.current is None:
            return None
        self.last_end = tok.end
        return self.i + 1


def parse_chain(
    tokens: list[Token], *, number_first: bool, article_word_seen: bool = False
) -> Chain | None:
    """Turn role tokens into a chain of units; None when they cite nothing.

    ``article_word_seen`` reads a list that continues after an article word
    further back, so that the first number is an article.
    """
    if not tokens:
        return None
    parser = ChainParser(tokens, number_first=number_first, article_word_seen=article_word_seen)
    return parser.parse()
