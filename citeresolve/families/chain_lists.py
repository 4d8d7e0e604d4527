"""Handlers of the chain parser for what joins the items of a list: commas, "and"
words and semicolons, ranges; and whether numbers after a paragraph word go on as
its paragraphs or begin the next article of the list."""

from __future__ import annotations

from .chain_state import POINT_VALUES, ParserState, Token, Unit

# The unit words a determiner may stand before (pt "e a alínea", "e a parte").
_WORDS_AFTER_ARTICLE_DETERMINER = frozenset({"ART", "PAR", "PARS", "PT", "ANNEX", "RECITAL", "SUB"})
# What gives a number a paragraph or point of its own: then it is an article.
_UNIT_DETAILS = frozenset({"BNUM", "BLET", "LETP", "PAR", "PARS", "POS", "PT"})
# After a plural paragraph word a point may follow the list's last number ("apartados 1
# y 2, letra a)" is 2(2)(a)); only a paragraph of its own makes that number an article.
_PARAGRAPH_DETAILS = frozenset({"BNUM", "PAR", "PARS", "POS"})
# What may follow the number after a semicolon for the list to go on: another item, or
# that article's paragraph ("artículos 1, apartados 1 y 2; 5; 6, apartado 1; … y 11").
_AFTER_SEMICOLON_ITEM = frozenset({"COMMA", "AND", "SEMI", "BNUM", "BLET", "PAR", "PARS"})
# Between the paragraphs of a list: da "stk. 1-3, 5, 7 og 11".
_PARAGRAPH_JOINTS = frozenset({"AND", "COMMA", "RANGE"})
# What a list of paragraphs and the points of its last paragraph are made of.
_PARAGRAPH_LIST_TAIL = frozenset({"NUM", "COMMA", "AND", "PT", *POINT_VALUES})


class ListHandlers(ParserState):
    """Each ``_on_KIND`` reads the token at ``self.i`` and returns the index of the
    next token to read, or ``None`` when the chain has ended."""

    def _on_separator(self, tok: Token, nxt: Token | None) -> int | None:
        self.separated = True
        return self.i + 1

    def _on_semicolon(self, tok: Token, nxt: Token | None) -> int | None:
        """A semicolon between the articles of a list whose article word is a plural
        (es "los artículos 1, apartados 1 y 2; 5; 6, apartado 1; 7 … de dicha
        Directiva"): the number after it is the next article, never a paragraph of the
        last; anywhere else the semicolon ends the chain."""
        after = self.tokens[self.i + 2] if self.i + 2 < self.n else None
        if not (
            self.plural_article
            and self.units
            and nxt is not None
            and nxt.kind == "NUM"
            and after is not None
            and after.kind in _AFTER_SEMICOLON_ITEM
        ):
            return None
        self.separated = True
        self.paragraph_list = False
        return self.i + 1

    def _on_range(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if (
            self.i > 0
            and self.tokens[self.i - 1].kind == "AND"
            and nxt is not None
            and nxt.kind in _WORDS_AFTER_ARTICLE_DETERMINER
        ):
            # pt "o artigo 114.º e a alínea c) do n.º 4 do artigo 168.º": after "and" the
            # range word "a" is the article "a" (the feminine determiner)
            return self.i + 1
        if self._dotted_range(cur):  # sv "artikel 3.1–3.3"
            return self.i + 3
        if self.number_first and self.pending:
            self.pending_range = True
            self.range_starts.add(len(self.pending) - 1)
            return self.i + 1
        if self.number_first and cur is not None and nxt is not None and nxt.kind == "NUM":
            # hu "2. cikk, h) pont – 8. cikk", fi "2 artiklan h alakohta – 8 artikla": the
            # article's word came after its number, so the unit is whole; a dash after it
            # separates the items of a keyword line ("2–8. cikk" is the range).
            return None
        if cur is not None and nxt is not None and nxt.kind == "NUM" and not cur.paragraph:
            cur.article_end = nxt.value
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if cur is not None and nxt is not None and self._listed_paragraph_range(cur, nxt):
            return self.i + 2
        if cur is not None and cur.paragraph and nxt is not None and nxt.kind == "BNUM":
            # "Article 4(3)-(4)": like "Absätze 1 bis 4", a range of paragraphs keeps
            # the article only.
            cur.paragraph = None
            cur.points = []
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if self.preface_points and nxt is not None and nxt.kind in POINT_VALUES:
            # "points (a) to (c) of Article 4(1)", sl "točkami (a) do (c) člena 4(1)": a
            # range of points before its article, not cited either (see below); its
            # first point holds the preface open for the "of" and the article after it
            self.preface_point_range = True
            return self.i + 2
        if cur is not None and cur.points and nxt is not None and nxt.kind in POINT_VALUES:
            # "Article 45, points (a) to (e)": a range of points is not cited (the
            # unit takes its instrument, and gives no citation); a list may go on
            # after it (pl "lit. a), e)-i), k) i l)").
            cur.points.pop()
            cur.point_range = self.point_range = True
            cur.end = self.last_end = nxt.end
            return self.i + 2
        return None

    def _dotted_range(self, cur: Unit | None) -> bool:
        """sv "artikel 3.1–3.3", es "artículo 3.1 a 3.3": after a paragraph joined by a
        dot, the range word, the same article's number and a paragraph joined to it
        (NUM 3 and BNUM 3 end together); a range of paragraphs keeps the article only,
        like "Absätze 1 bis 4". Whether it was read (``cur`` now ends with it)."""
        if self.pending or cur is None or not cur.paragraph or self.i + 2 >= self.n:
            return False
        number, paragraph = self.tokens[self.i + 1], self.tokens[self.i + 2]
        if not (
            number.kind == "NUM"
            and number.value == cur.article
            and paragraph.kind == "BNUM"
            and paragraph.end == number.end
        ):
            return False
        cur.paragraph = None
        cur.points = []
        cur.end = self.last_end = paragraph.end
        return True

    def _listed_paragraph_range(self, cur: Unit, nxt: Token) -> bool:
        """et "artikli 10 lõiked 1, 3–5, 7 ja 8", "paragraphs 1, 3 to 5, 7 and 8": a range
        inside a list of paragraphs keeps the article only, like "Absätze 1 bis 4"; the
        list goes on after it. Whether the range was read (``cur`` now ends with it)."""
        if not (
            self.paragraph_list
            and nxt.kind == "NUM"
            and cur.paragraph == self.tokens[self.i - 1].value
        ):
            return False
        cur.paragraph = None
        cur.points = []
        cur.end = self.last_end = nxt.end
        return True

    def _on_range_from(self, tok: Token, nxt: Token | None) -> int | None:
        """ "from" opening a range: sl "Členi od 2 do 4", bg "членове от 2 до 4" read as
        "Articles 2 to 4"; anywhere else it ends the chain."""
        after = self.tokens[self.i + 2] if self.i + 2 < self.n else None
        if nxt is not None and nxt.kind == "NUM" and after is not None and after.kind == "RANGE":
            return self.i + 1
        if (self.preface_paragraph is not None or self.preface_points) and nxt is not None:
            # bg "букви а) и б) от член 9": the word is "of" in a preface
            return self.i + 1 if nxt.kind == "ART" else None
        return None


def more_paragraphs(tokens: list[Token], j: int, value: Token, *, plural: bool = False) -> bool:
    """Whether the numbers after the paragraph ``value`` (its token ends before
    ``tokens[j]``) go on as paragraphs: "Artikel 83 Absatz 1 und 2", "article 83,
    paragraphe 1 et 2", "článek 83 odstavec 1 a 2" (paragraphs 1 and 2, never Article
    2), also after the first paragraph's points (fr "art. 9, § 1, a), et 2": 9(1)(a),
    9(2)). The numbers must follow the paragraph in order, and none may have a
    paragraph or point of its own: "Article 5 paragraph 1 and 6(2)", es "artículos 3,
    apartado 1, 4, apartado 1, y 7" name articles, and so do numbers out of order
    after an abbreviation that is singular too ("Art. 101 Abs. 1, 265 Abs. 3", cs "čl.
    23 odst. 5 a 31"). With ``plural`` (a plural paragraph word) the last number may
    have points ("apartados 1 y 2, letra a)" is 2(2)(a))."""
    n, last = len(tokens), value.value
    j = _past_points(tokens, j)
    while j + 1 < n and tokens[j].kind in _PARAGRAPH_JOINTS and tokens[j + 1].kind == "NUM":
        nxt = tokens[j + 1]
        if nxt.marked:
            break  # pt "n.os 1 e 2, 5.º e 11.º": a marked number is the next article
        if not _goes_up(last, nxt.value):
            return False
        last, j = nxt.value, j + 2
    if last == value.value:
        return False
    j += j < n and tokens[j].kind in ("COMMA", "AND")
    return j >= n or tokens[j].kind not in (_PARAGRAPH_DETAILS if plural else _UNIT_DETAILS)


def _past_points(tokens: list[Token], j: int) -> int:
    """The index after the points of a paragraph that start at ``tokens[j]`` (", a),",
    ", point (b)"), when an "and" and a number follow them; else ``j``."""
    n, k = len(tokens), j
    k += k < n and tokens[k].kind == "COMMA"
    k += k < n and tokens[k].kind == "PT"
    if k >= n or tokens[k].kind not in POINT_VALUES:
        return j
    k += 1
    k += k < n and tokens[k].kind == "COMMA"
    if k + 1 < n and tokens[k].kind == "AND" and tokens[k + 1].kind == "NUM":
        return k
    return j


def closes_paragraph_list(tokens: list[Token], i: int) -> bool:
    """Whether the number at ``i`` follows a comma and "and" after a list of paragraphs
    that an "and" already closed, with that list's points at most (es "9, apartados 1 y
    2, y 11", "aps. 1 y 2, letra a), y 3": Articles 11 and 3, the list's next items)."""
    if i < 3 or tokens[i - 1].kind != "AND" or tokens[i - 2].kind != "COMMA":
        return False
    k, closed = i - 3, False
    while k > 0 and tokens[k].kind in _PARAGRAPH_LIST_TAIL:
        closed = closed or (
            tokens[k].kind == "AND" and tokens[k - 1].kind == "NUM" and tokens[k + 1].kind == "NUM"
        )
        k -= 1
    return closed and tokens[k].kind in ("PAR", "PARS")


def _goes_up(last: str, value: str) -> bool:
    """Whether the paragraph ``value`` may follow ``last`` in a list: a higher number
    within nine of it, or an inserted one ("ust. 1 i 1a")."""
    a, b = last.rstrip(_LETTERS), value.rstrip(_LETTERS)
    if not (a.isdigit() and b.isdigit()) or a != last:
        return False
    return int(a) < int(b) <= int(a) + 9 or (a == b and b != value)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def annex_after(tokens: list[Token], j: int) -> int:
    """The index of the numbered annex word that ``tokens[j]`` leads to over "of" words
    and determiners (after a point: "point (a) of Annex IV"), or 0."""
    n = len(tokens)
    k = j
    while k < n and tokens[k].kind in ("OF", "DET"):
        k += 1
    if k == j or k + 1 >= n or tokens[k].kind != "ANNEX":
        return 0
    return k if tokens[k + 1].kind in ("NUM", "ROMAN") else 0


# What a list of numbered points runs over before the annex they are of: "points 1(j)
# and 2(d) of the Annex", es "los puntos 1, letra j), y 2, letra d), del anexo".
_ANNEX_POINT_RUN = frozenset({"NUM", "COMMA", "AND", "PT", "LETP", "BLET", "LETTER", "DET"})


def points_annex(tokens: list[Token], j: int) -> int:
    """The index of the annex word that the numbered points from ``tokens[j]`` are points
    of, after an "of" word, a determiner or as the word's genitive (hr "točkama 1.
    podtočkom (j) i 2. podtočkom (d) Priloga"), or 0."""
    n, k = len(tokens), j
    while k < n and tokens[k].kind in _ANNEX_POINT_RUN:
        k += 1
    while k < n and tokens[k].kind == "OF":
        k += 1
    if k >= n or k == j or tokens[k].kind != "ANNEX":
        return 0
    return k if tokens[k - 1].kind in ("OF", "DET") or tokens[k].value.startswith("of") else 0


def dotted_level(tokens: list[Token], j: int, end: int) -> bool:
    """Whether ``tokens[j]`` is a level of the number ending at ``end``, a dot joining
    them ("I.3"), also of a section "of" the next annex of a list (ga "Iarscríbhinn I,
    Roinn II.3 d'Iarscríbhinn II": chain_units._annex_of_previous)."""
    return j < len(tokens) and tokens[j].kind == "NUM" and tokens[j].start == end
