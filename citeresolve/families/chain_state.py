"""The chain parser's values and state (:mod:`.chain_grammar` reads them): role tokens,
the units they make, and what the handlers share while reading a chain — the units
so far, numbers waiting for their noun, a paragraph or points read before their
article — with the few operations that build units from it."""

from __future__ import annotations

from typing import TypeGuard

from ..model.records import Record

# The three value classes below are plain slotted records, not attrs classes (see
# model/records.py: attrs compiled their methods in every process).


class Token(Record):
    __slots__ = ("end", "kind", "marked", "start", "value")
    _FIELDS = ("kind", "start", "end", "value", "marked")  # in the order of __init__

    def __init__(
        self, kind: str, start: int, end: int, value: str = "", marked: bool = False
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
        # A number with a mark only articles carry (pt "5.º"): an article, never a
        # paragraph of the list before it ("artigo 4.º, n.os 1 e 2, 5.º e 11.º"); a
        # point letter that a comma sets after its number and that ends the pin
        # ("Art. 3, h)").
        self.marked = marked


class Unit(Record):
    """One cited unit: an article (or range) with its paragraph and points, a
    recital (``recital`` set, ``article`` empty) or an annex (``annex`` set; an
    ``article`` then numbers an article of that annex)."""

    __slots__ = (
        "annex",
        "article",
        "article_end",
        "counted",
        "end",
        "paragraph",
        "point_range",
        "points",
        "recital",
        "start",
    )
    _FIELDS = (
        "article",
        "start",
        "end",
        "paragraph",
        "points",
        "article_end",
        "annex",
        "recital",
    )

    def __init__(
        self,
        article: str,
        start: int,
        end: int,
        paragraph: str | None = None,
        points: list[str] | None = None,
        article_end: str | None = None,
        annex: str | None = None,
        recital: str | None = None,
    ) -> None:
        self.article = article
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.points: list[str] = [] if points is None else points
        self.article_end = article_end
        self.annex = annex
        self.recital = recital
        # A range of its points ("písm. b) až d)", "points (a) to (e)"): the contract
        # keys none of them, nor what stands above them, so the unit is not cited.
        self.point_range = False
        # Its paragraph an unnumbered one, counted by a subparagraph word (cs "čl. 83 první
        # pododstavec"): a Treaty's paragraph, an act's subparagraph (pipeline/unit_keys).
        self.counted = False


class Chain(Record):
    __slots__ = ("continued", "end", "rules", "start", "units")
    _FIELDS = ("units", "start", "end", "rules", "continued")

    def __init__(
        self, units: list[Unit], start: int, end: int, rules: bool, continued: bool = False
    ) -> None:
        self.units = units
        self.start = start
        self.end = end
        # Introduced by a Rules word ("Rule 144"): the instrument is the EP Rules.
        self.rules = rules
        # The rest of a list after an instrument ("Articles 28 EC, 31 EC", "άρθρα 15
        # Οδηγίας 2002/58/ΕΚ, 7, 8 ΧΘΔΕΕ"): its instrument can only come after it.
        self.continued = continued


# Tokens that only fill a preface ("the third paragraph of", "point (a)(v) of").
PREFACE_FILLERS = frozenset({"BLET", "LETP", "LETTER", "ORD", "SUB", "POS", "OF", "DET", "PT"})
POINT_VALUES = frozenset({"BLET", "LETP", "LETTER"})
NUMBERS = frozenset({"NUM", "BNUM"})
# After a number in a number-first language, these say the number waits for its noun.
PENDING_FOLLOWERS = NUMBERS | frozenset(
    {"ART", "RULE", "PAR", "PARS", "POS", "AND", "COMMA", "RANGE", "RECITAL", "ANNEX"}
)
PARAGRAPH_NOUNS = frozenset({"PAR", "PARS", "POS"})
# The value of an "of" word that repeats the one before the chain's first article word.
REPEATED = "repeated"
# The value of a subparagraph word that counts a Treaty's unnumbered paragraph.
COUNTED = "counted"
# Tokens the parser passes over without ending the chain.
PASS_OVER = frozenset({"DET", "DESC", "REMARK"})


# Lower-case Roman numerals, as sub-points are numbered: i, ii, iv, ix, xii.
_ROMAN_POINTS = frozenset(
    tens + units
    for tens in ("", "x", "xx")
    for units in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
) - {""}


def is_sub_point(points: list[str], value: str) -> bool:
    """Whether the point ``value``, read after ``points`` with at most a comma between,
    numbers a sub-point of the last one (nl "onder b), i)", fr "point b) i)", es "letra
    b), inciso i)" → (b)(i)): a Roman numeral after a letter point that it does not
    continue alphabetically ("points (h), (i)" are two points)."""
    if not points or value not in _ROMAN_POINTS:
        return False
    last = points[-1]
    if last in _ROMAN_POINTS:
        return False  # "b), i), ii)": the next sub-point, a sibling
    return not (len(value) == 1 and len(last) == 1 and ord(value) == ord(last) + 1)


def sibling_points(points: list[str], value: str) -> list[str]:
    """The points of the next point ``value`` of a list after a unit with ``points``: it
    replaces the last point, or, when that is a sub-point and ``value`` a letter, the
    letter point above it ("Article 13(1)(a)(ii) and (b)", es "letra a), inciso ii), y
    letra b)", hu "a) pontja ii. alpontjában és b) pontjában" → 13(1)(b))."""
    if len(points) >= 2 and points[-1] in _ROMAN_POINTS and value not in _ROMAN_POINTS:
        return [*points[:-2], value]
    return [*points[:-1], value]


def after_and(tokens: list[Token], i: int) -> bool:
    """Whether the "of" words and determiners before ``tokens[i]`` follow "and": "Article
    6 and in Annex III to …", pt "no artigo 6.º e no anexo III do …", es "y en el anexo
    III" repeat the preposition for the list's next item, which the articles before it
    do not belong to."""
    j = i - 1
    while j > 0 and tokens[j].kind in ("OF", "DET"):
        j -= 1
    return j < i - 1 and tokens[j].kind == "AND"


def article_follows(tokens: list[Token], j: int) -> bool:
    """Whether an article word comes next, after point letters and filler words
    (and more point letters of a list: "points (a) and (b) of Article 9")."""
    n = len(tokens)
    while j < n and (
        tokens[j].kind in PREFACE_FILLERS
        or (tokens[j].kind in ("AND", "COMMA") and j + 1 < n and tokens[j + 1].kind in POINT_VALUES)
        # a paragraph between: "point (b) of paragraph 4 of Article 152"
        or (tokens[j].kind == "PAR" and j + 1 < n and tokens[j + 1].kind in NUMBERS)
    ):
        j += 1 + (tokens[j].kind == "PAR")
    return j < len(tokens) and tokens[j].kind == "ART"


def paragraph_preface(
    tokens: list[Token], i: int, *, comma: bool = False
) -> tuple[list[str], int] | None:
    """Paragraph numbers before their article ("n.ºs 6, 8 e 10 do artigo 218.º"): the
    numbers and the index of the "of" word, when an article word follows it. With
    ``comma`` (a chain's first words) a comma may stand for the "of": it "ai sensi del
    comma 4, articolo 12, del regolamento", fr "au paragraphe 4, article 12, du
    règlement" (the index is then the article word's)."""
    values: list[str] = []
    j = i + 1
    n = len(tokens)
    while j < n and tokens[j].kind in NUMBERS:
        values.append(tokens[j].value)
        j += 1
        if j + 1 < n and tokens[j].kind in ("COMMA", "AND") and tokens[j + 1].kind in NUMBERS:
            j += 1
    j += 4 * _ordinal_apposition(tokens, j)
    if comma and values and j + 1 < n and tokens[j].kind == "COMMA" and tokens[j + 1].kind == "ART":
        return values, j + 1
    # pt "do n.º 2, do artigo 35.º": a comma before the "of" at a chain's start
    if (
        comma
        and values
        and j + 1 < n
        and tokens[j].kind == "COMMA"
        and tokens[j + 1].kind in ("OF", "DET")
    ):
        j += 1
    # es/ro "apartado 3 del artículo 19", "al": a determiner glued to "of" links too
    if not values or j >= n or tokens[j].kind not in ("OF", "DET"):
        return None
    k = j + 1
    while k < n and tokens[k].kind == "DET":
        k += 1
    # an article word with no number is an anaphor's ("paragraph 1 of that Article")
    if k + 1 >= n or tokens[k].kind != "ART" or tokens[k + 1].kind not in NUMBERS:
        return None
    return values, j


def _ordinal_apposition(tokens: list[Token], j: int) -> bool:
    """Whether a subdivision by its ordinal stands between commas at ``j``, after the
    paragraph numbers (pt "o n.º 4, terceiro período, do artigo 109.º", "n.º 2, segundo
    parágrafo, do artigo"): a part of the paragraph, which the key does not cite."""
    kinds = [t.kind for t in tokens[j : j + 5]]
    return (
        len(kinds) == 5
        and kinds[0] == "COMMA"
        and kinds[1] == "ORD"
        and kinds[2] in ("SUB", "POS")
        and kinds[3] == "COMMA"
        and kinds[4] in ("OF", "DET")
    )


class ParserState:
    """What the handlers of :mod:`.chain_units` and :mod:`.chain_details` share."""

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
        self.plural_article = False  # the last article word was a plural ("Articles")
        self.point_range = False  # a range of points stood in a list of points: it goes on
        self.repeated_list = False  # "of Article 4, of Article 5": the "of" repeated
        self.annex_item = False  # "and point (a) of Annex IV": the annex is a new unit
        # the unit whose paragraph an ordinal counted by position ("63. panta pirmās
        # daļas"): a numbered paragraph right after it is the paragraph ("… 3. punkta")
        self.by_position: Unit | None = None
        self.preface_paragraph: str | None = None
        self.preface_counted = False  # counted by a subparagraph word (Unit.counted)
        self.extra_paragraphs: list[str] = []  # "os n.ºs 6, 8 e 10 do artigo 218.º"
        self.ordinal_paragraphs = False  # "articolo 257, primo e secondo comma"
        self.preface_points: list[str] = []
        self.preface_point_range = False  # "points (a) to (c) of": the next unit's points
        # "and the second subparagraph of Article 300(3)": a subdivision word before the
        # next article of the list (dropped from the key), whose "of" keeps the chain
        self.preface_subdivision = False
        # "points (a) and (b) of Article 9": the other points of a preface, one unit each
        self.preface_alternatives: list[str] = []
        self.prefaced: list[Unit] = []  # the units that took their points from a preface
        self.numbered_point: Unit | None = None  # the unit whose numbered point was last read
        # where "Annex, Articles 3 and 4" began: its articles are the single annex's
        self.annex_of_articles: int | None = None
        self.noun_start = tokens[0].start  # where the last article word (or preface) began
        self.last_end = tokens[0].start
        self.i = 0

    @property
    def current(self) -> Unit | None:
        return self.units[-1] if self.units else None

    def _juxtaposed(self, tok: Token) -> bool:
        """pt "artigos 294.º, 42.º 43.º, n.º 2": two numbers, each marked as an article,
        with no separator between them are two list items; the damaged joint does not
        end the list."""
        cur, prev = self.current, self.tokens[self.i - 1] if self.i else None
        return (
            tok.marked
            and prev is not None
            and prev.kind == "NUM"
            and prev.marked
            and cur is not None
            and cur.end == prev.end
            and cur.paragraph is None
            and not cur.points
        )

    def _single_annex(self, tok: Token) -> int:
        """The single, unnumbered annex (annex-1) that its noun ``tok`` names."""
        self.expect = "annex"
        self._new_unit("1", tok)
        self.expect = "article"
        self.last_end = tok.end
        return self.i + 1

    def _new_unit(self, value: str, token: Token, *, keep_span_start: bool = False) -> Unit:
        start = self.noun_start if keep_span_start else token.start
        unit = Unit(value, start, token.end)
        if self.expect == "recital":
            unit.article, unit.recital = "", value
        elif self.expect == "annex":
            unit.article, unit.annex = "", value
        elif self.annex_of_articles is not None:
            unit.annex = "1"
        if self.preface_paragraph is not None:
            unit.paragraph, unit.counted = self.preface_paragraph, self.preface_counted
            self.preface_paragraph, self.preface_counted = None, False
        self.preface_subdivision = False
        if self.preface_point_range:
            unit.point_range = True
            self.preface_point_range = False
        if self.preface_points:
            unit.points.extend(self.preface_points)
            self.preface_points = []
            self.prefaced = [unit]  # "point (a) of Article 218(6)": (6) may still follow
        self.units.append(unit)
        for point in self.preface_alternatives:
            sibling = Unit(
                value, start, token.end, unit.paragraph, sibling_points(unit.points, point)
            )
            self.units.append(sibling)
            self.prefaced.append(sibling)
        self.preface_alternatives = []
        for paragraph in self.extra_paragraphs:
            self.units.append(Unit(value, start, token.end, paragraph))
        self.extra_paragraphs = []
        self.separated = False
        return unit

    def _is_prefaced(self, unit: Unit) -> bool:
        return any(unit is other for other in self.prefaced)

    def _preface_point(self, tok: Token) -> None:
        """A point letter of a preface: after "and" or a comma another point of the
        same place ("points (a) and (b) of"), else a point inside the last one
        ("point (a)(v) of")."""
        if self.tokens[self.i - 1].kind in ("AND", "COMMA"):
            self.preface_alternatives.append(tok.value)
        else:
            self.preface_points.append(tok.value)

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
        unit.counted = base.counted
        self.units.append(unit)
        self.separated = False
        return unit

    @staticmethod
    def _bare(unit: Unit | None) -> TypeGuard[Unit]:
        """Whether ``unit`` is an article read without a paragraph or points yet."""
        return unit is not None and unit.paragraph is None and not unit.points

    def _paragraph_of(self, unit: Unit, token: Token, counted: bool = False) -> None:
        """``token`` is the paragraph of ``unit`` (``counted``: Unit.counted), which now ends
        with it."""
        unit.paragraph, unit.counted = token.value, counted
        unit.end = self.last_end = token.end

    def _flush_pending_as_articles(self, noun: Token) -> None:
        pending = self.pending
        k = 0
        while k < len(pending):
            if k > 0 and pending[k].kind == "BNUM" and pending[k].start < pending[k - 1].end:
                self.units[-1].paragraph = pending[k].value  # "12.1 artiklan": dotted
                k += 1
                continue
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

    def _flush_word_first(self, last: Token) -> None:
        """Number first, the numbers after an article word that no noun took, and the
        ``last`` that ends the chain: the word's articles (fi "artiklat 37–39",
        "artikloissa 43, 44 ja 59"), not the last one alone."""
        self.pending.append(last)
        first = len(self.units)
        self._flush_pending_as_articles(last)
        self.units[first].start = self.noun_start

    def _flush_pending_as_paragraphs(self, noun: Token) -> bool:
        self.range_starts.clear()
        pending, self.pending = self.pending, []
        if not self.units or not pending:
            return False
        last = self.units[-1]
        if self.pending_range:
            last.end = noun.end  # a range of paragraphs keeps the article only
            return True
        if last is self.by_position and not last.points:
            last.paragraph = None  # lv "pirmās daļas 3. punkta": the part above the paragraph
        for k, tok in enumerate(pending):
            if k == 0 and last.paragraph is None:
                last.paragraph = tok.value
                last.end = tok.end
            else:
                self._continue_unit(self.units[-1], tok).paragraph = tok.value
        self.units[-1].end = noun.end
        return True


def after_position(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[:i]`` ends with an ordinal and a position or subparagraph word:
    where points are bare letters, a letter after them is a point of that subparagraph
    (sv "artikel 6.1 första stycket f" is 6(1)(f))."""
    return i >= 2 and tokens[i - 1].kind in ("POS", "SUB") and tokens[i - 2].kind == "ORD"
