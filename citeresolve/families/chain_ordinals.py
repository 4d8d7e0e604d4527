"""Handlers of the chain parser for ordinals: paragraphs counted by position ("the
second and third paragraphs of Article 174", pl "akapity drugi i trzeci"), recitals by
position ("the first and eleventh recitals") and ordinals after a subdivision word
(subparagraphs, dropped)."""

from __future__ import annotations

import itertools

from .chain_state import COUNTED, PARAGRAPH_NOUNS, ParserState, Token, Unit, article_follows

# The subdivision words a "last" word may count (before or after it).
_SUBDIVISIONS = frozenset({"SUB", "POS", "PAR", "PARS", "PT"})
# What stands between the ordinals of a list of recitals counted by position.
_RECITAL_LIST = frozenset({"ORD", "AND", "COMMA", "DET", "RANGE"})


class OrdinalHandlers(ParserState):
    """Each ``_on_KIND`` reads the token at ``self.i`` and returns the index of the
    next token to read, or ``None`` when the chain has ended."""

    def _on_ordinal(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if (found := self._by_position(tok, nxt)) is not None:
            return found
        if nxt is not None and nxt.kind in PARAGRAPH_NOUNS:
            if (
                cur is None
                or self.expect_article
                or (self.separated and article_follows(self.tokens, self.i + 2))
            ):
                # also further in a list: sl "… v zvezi s prvim odstavkom 14. člena"
                self.preface_paragraph, self.preface_counted = tok.value, nxt.value == COUNTED
                if self.separated:
                    self.noun_start = tok.start
            elif cur.paragraph is None:
                cur.paragraph, cur.counted = tok.value, nxt.value == COUNTED
                cur.end = self.last_end = nxt.end
                self.by_position = cur
            elif self.ordinal_paragraphs and self.separated:
                unit = self._continue_unit(cur, tok)
                unit.paragraph = tok.value
                unit.end = self.last_end = nxt.end
            else:  # a subparagraph of a numbered paragraph: "paragrafo 2, secondo comma"
                self.last_end = max(self.last_end, nxt.end)
            return self.i + 2
        # A point counted by position is dropped as a subparagraph is (sk "Čl. 3 piaty
        # bod nariadenia …", en "Article 3, fifth point, of Regulation …").
        if nxt is not None and nxt.kind in ("SUB", "PT"):
            if cur is not None and self.separated and article_follows(self.tokens, self.i + 2):
                # "Article 300(2) and the second subparagraph of Article 300(3)": the next
                # article's, whose "of" goes on with the list
                self.preface_subdivision = True
            elif cur is not None:
                self.last_end = max(self.last_end, nxt.end)
            return self.i + 2
        if nxt is not None and nxt.kind in ("AND", "COMMA"):
            j = self._ordinal_run(self.i)
            if j < self.n and self.tokens[j].kind in PARAGRAPH_NOUNS:
                prefaced = self._ordinal_preface(cur, self.i, j + 1)
                if prefaced is not None:
                    return prefaced
        if (
            nxt is not None
            and nxt.kind in ("AND", "COMMA")
            and self.i + 2 < self.n
            and self.tokens[self.i + 2].kind == "ORD"
        ):
            self._ordinal_list(tok, cur)
            return self.i + 1
        return None

    def _counted_paragraph(self, tok: Token, cur: Unit | None) -> int | None:
        """An ordinal and a subparagraph word that counts a Treaty's unnumbered paragraph
        (en "Article 188, first subparagraph", "and the first subparagraph of Article
        188"), of an article with no numbered paragraph: its paragraph, which the key
        keeps for a Treaty only (pipeline/unit_keys); the index to read next, or None."""
        j = self.i + 2
        if article_follows(self.tokens, j) and (cur is None or self.separated):
            if _numbered_paragraph_after(self.tokens, j):
                return None  # "the second subparagraph of Article 19(1)": dropped
            self.preface_paragraph, self.preface_counted = tok.value, True
            if self.separated:
                self.noun_start = tok.start
            return j
        if cur is None or self.expect_article or cur.paragraph is not None or cur.points:
            return None
        cur.paragraph, cur.counted = tok.value, True
        cur.end = self.last_end = self.tokens[j - 1].end
        return j

    def _by_position(self, tok: Token, nxt: Token | None) -> int | None:
        """Recitals, points or a paragraph alone counted by position; the index to read
        next, or None."""
        if (found := self._ordinal_recitals()) is not None:
            return found
        counted = nxt is not None and nxt.kind == "SUB" and nxt.value == COUNTED
        if counted and (found := self._counted_paragraph(tok, self.current)) is not None:
            return found
        if (found := self._points_by_position(tok, nxt)) is not None:
            return found
        return self._paragraph_alone(tok, nxt)

    def _paragraph_alone(self, tok: Token, nxt: Token | None) -> int | None:
        """ "the third paragraph of that Article", nl "het derde lid van dat artikel": an
        unnumbered paragraph with no article of its own, as "paragraph 3" alone
        (chain_details); attach decides whose it is. Not a word that may count
        subparagraphs too (POS: es "párrafo tercero", it "terzo comma")."""
        if (
            nxt is None
            or nxt.kind not in ("PAR", "PARS")
            or self.current is not None
            or (self.number_first and self.i > 0)
            or article_follows(self.tokens, self.i + 2)
        ):
            return None
        self.units.append(Unit("", tok.start, nxt.end, tok.value))
        self.last_end = nxt.end
        # Where the number comes first, the article stands before the paragraph (fi
        # "mainitun artiklan ensimmäisessä kohdassa"): the chain ends with it.
        return None if self.number_first else self.i + 2

    def _points_by_position(self, tok: Token, nxt: Token | None) -> int | None:
        """Points before their article, in a subdivision counted by position: nl "letter d)
        van de tweede alinea van artikel 82, lid 1", fr "le point d) du deuxième alinéa de
        l'article 82": a subparagraph of the paragraph the article names (dropped), else
        the article's paragraph; the index after the subdivision word, or None."""
        if not (
            nxt is not None
            and nxt.kind == "POS"
            and self.preface_points
            and article_follows(self.tokens, self.i + 2)
        ):
            return None
        if _numbered_paragraph_after(self.tokens, self.i + 2):
            self.preface_subdivision = True
        else:
            self.preface_paragraph = tok.value
        return self.i + 2

    def _on_last(self, tok: Token, nxt: Token | None) -> int | None:
        """ "last" before a subdivision word after a unit (de "Absatz 1 letzter
        Unterabsatz und Absatz 6", nl "lid 1, laatste alinea, en lid 6", fi "1 kohdan
        viimeisen alakohdan ja 6 kohdan"): counted from the end, so never a key's
        paragraph; dropped, and the list goes on."""
        if nxt is None or nxt.kind not in _SUBDIVISIONS or self.current is None:
            return None
        if not self.expect_article:
            self.last_end = max(self.last_end, nxt.end)
        return self.i + 2

    def _last_after_noun(self, nxt: Token | None) -> int | None:
        """A subdivision word with "last" after it (pl "art. 4 ust. 1 akapit ostatni i
        art. 4 ust. 6"), after a unit: dropped; the index after "last", or None."""
        if nxt is None or nxt.kind != "LAST" or self.current is None or self.expect_article:
            return None
        if self.pending:
            return None  # number first, the numbers before the word are read first
        self.last_end = max(self.last_end, nxt.end)
        return self.i + 2

    def _ordinal_run(self, j: int) -> int:
        """The index after a list of ordinals from ``j`` ("second and third", it "il
        secondo e il terzo", "del secondo e del terzo")."""
        tokens, n = self.tokens, self.n
        while j < n and (
            tokens[j].kind in ("ORD", "AND", "COMMA")
            or (tokens[j].kind in ("DET", "OF") and j + 1 < n and tokens[j + 1].kind == "ORD")
        ):
            j += 1
        while j > 0 and tokens[j - 1].kind in ("AND", "COMMA"):
            j -= 1  # "párrafo tercero, su artículo 73": the comma ends the list
        return j

    def _ordinal_preface(self, cur: Unit | None, first: int, after: int) -> int | None:
        """ "the second and third paragraphs of Article 174", fr "deuxième et troisième
        alinéas de l'article", es "los párrafos segundo y tercero del artículo": the
        ordinals from ``first`` number unnumbered paragraphs of the article after
        ``after`` (the index past the ordinals and their paragraph word), one unit
        each; the index to read next, or None when no article follows."""
        values = [t.value for t in self.tokens[first:after] if t.kind == "ORD"]
        if (
            not values
            or not article_follows(self.tokens, after)
            or not (cur is None or self.expect_article or self.separated)
        ):
            return None
        self.preface_paragraph, self.extra_paragraphs = values[0], values[1:]
        self.preface_counted = self.tokens[after - 1].value == COUNTED
        if self.separated:
            self.noun_start = self.tokens[self.i].start
        return after

    def _ordinal_recitals(self) -> int | None:
        """ "the fourth recital", "the first and eleventh recitals": recitals by
        position, one unit each; the index after the recital word, or None. A range
        of them ("the first and the fourth to tenth recitals", fr "premier ainsi que
        quatrième à dixième considérants") has no key (a recital's pin is one number):
        its ends are not cited, the list goes on over it."""
        j = self.i
        while j < self.n and self.tokens[j].kind in _RECITAL_LIST:
            j += 1
        if j >= self.n or self.tokens[j].kind != "RECITAL":
            return None
        noun = self.tokens[j]
        self.expect = "recital"
        for k in range(self.i, j):
            tok = self.tokens[k]
            ranged = "RANGE" in (self.tokens[k - 1].kind if k else "", self.tokens[k + 1].kind)
            if tok.kind == "ORD" and not ranged:
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
            and self.tokens[j].kind in PARAGRAPH_NOUNS
            and cur is not None
            and not self.expect_article
            and cur.paragraph is None
            and not cur.points
        ):
            self._paragraph_of(cur, tok, self.tokens[j].value == COUNTED)
            self.ordinal_paragraphs = True

    def _paragraph_by_position(self, tok: Token, nxt: Token | None, cur: Unit | None) -> int | None:
        """hr "članak 175. stavak treći": a paragraph word before an ordinal counts the
        paragraph by position; the index to read next, or None."""
        if nxt is None or nxt.kind != "ORD" or self.number_first:
            return None
        return self._ordinals_after_noun(Token("POS", tok.start, tok.end), nxt, cur)

    def _ordinals_after_noun(self, tok: Token, nxt: Token, cur: Unit | None) -> int | None:
        """A subdivision word before its ordinal: paragraphs before their article (es
        "los párrafos segundo y tercero del artículo 174"), or after it ("akapit
        pierwszy"), an unnumbered paragraph of an article without one, otherwise a
        subparagraph (dropped); the index to read next, or None."""
        if tok.kind == "POS":
            prefaced = self._ordinal_preface(cur, self.i, self._ordinal_run(self.i + 1))
            if prefaced is not None:
                return prefaced
        if self.number_first or cur is None or self.expect_article:
            return None
        paragraphs = tok.kind == "POS" and cur.paragraph is None and not cur.points
        if paragraphs:
            cur.paragraph, cur.counted = nxt.value, tok.value == COUNTED
            cur.end = nxt.end
        self.last_end = max(self.last_end, nxt.end)
        return self._more_ordinals(cur if paragraphs else None, self.i + 2)

    def _more_ordinals(self, cur: Unit | None, j: int) -> int:
        """pl "art. 174 akapity drugi i trzeci", es "artículo 174, párrafos segundo y
        tercero": the other ordinals of the list after the paragraph word, each an
        unnumbered paragraph of ``cur``, or subparagraphs (dropped) when ``cur`` is None
        ("ust. 7 akapit pierwszy i drugi"); the index after the last."""
        while (
            j + 1 < self.n
            and self.tokens[j].kind in ("AND", "COMMA")
            and self.tokens[j + 1].kind == "ORD"
            and not (j + 2 < self.n and self.tokens[j + 2].kind in PARAGRAPH_NOUNS)
        ):
            ordinal = self.tokens[j + 1]
            if cur is not None:
                self._continue_unit(cur, ordinal).paragraph = ordinal.value
            self.last_end = ordinal.end
            j += 2
        return j


def _numbered_paragraph_after(tokens: list[Token], j: int) -> bool:
    """Whether the first article word from ``j`` is followed by its number and a numbered
    paragraph ("artikel 82, lid 1", "Article 82(1)")."""
    while j < len(tokens) and tokens[j].kind != "ART":
        j += 1
    kinds = [tok.kind for tok in tokens[j + 2 : j + 5]]
    return kinds[:1] == ["BNUM"] or any(
        a in ("PAR", "PARS") and b == "NUM" for a, b in itertools.pairwise(kinds)
    )
