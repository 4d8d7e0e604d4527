"""Handlers of the chain parser for what is inside or before a unit: paragraph and
point words, point letters, ordinals ("second subparagraph", "the first and
eleventh recitals") and subdivisions that do not end a list."""

from __future__ import annotations

from .chain_state import (
    NUMBERS,
    PARAGRAPH_NOUNS,
    POINT_VALUES,
    ParserState,
    Token,
    Unit,
    article_follows,
    is_sub_point,
    paragraph_preface,
)


class DetailHandlers(ParserState):
    """Each ``_on_KIND`` reads the token at ``self.i`` and returns the index of the
    next token to read, or ``None`` when the chain has ended."""

    def _on_bracketed_letter(self, tok: Token, nxt: Token | None) -> int | None:
        if self.preface_points:  # "point (a)(v) of ... Article 218(6)": before the article
            self._preface_point(tok)
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

    def _add_sibling_point(self, cur: Unit, tok: Token) -> Unit:
        """ "Article 9(2)(a), (c) and (f)": the next point of the same paragraph."""
        unit = self._continue_unit(cur, tok)
        unit.points = [*cur.points[:-1], tok.value]
        self.last_end = tok.end
        return unit

    def _on_paragraph_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if nxt is not None and nxt.kind == "ORD" and not self.number_first:
            # hr "članak 175. stavak treći": a paragraph counted by position
            following = self._ordinals_after_noun(Token("POS", tok.start, tok.end), nxt, cur)
            if following is not None:
                return following
        if self.number_first and self.pending:
            if self._flush_pending_as_paragraphs(tok):
                self.last_end = tok.end
            return self.i + 1
        if cur is None or self.expect_article or self.separated:
            preface = paragraph_preface(self.tokens, self.i)
            if preface is not None:
                # Paragraphs before their article, also after a unit and in a list:
                # "o n.º 2 do artigo 216.º, os n.ºs 6, 8 e 10 do artigo 218.º".
                values, of_index = preface
                self.preface_paragraph, self.extra_paragraphs = values[0], values[1:]
                self.noun_start = tok.start
                return of_index
        if (
            tok.kind in ("PAR", "PARS")  # hr "stavka" is both
            and nxt is not None
            and nxt.kind in NUMBERS
            and self.i + 2 < self.n
            and (
                ((cur is None or self.expect_article) and self.tokens[self.i + 2].kind == "OF")
                or (
                    (cur is None or self.expect_article or self.separated)
                    and self.tokens[self.i + 2].kind == "ART"
                )
            )
        ):
            # A paragraph before its article: "paragraph 2 of Article 6", and where a
            # genitive says "of", hr "stavka 3. članka 6.", also further in a list
            # ("… u vezi sa stavkom 1. članka 14.").
            self.preface_paragraph = nxt.value
            if self.separated:
                self.noun_start = tok.start  # the next unit's span starts at its preface
            return self.i + 2
        if nxt is not None and nxt.kind in NUMBERS and cur is not None:
            return self._paragraph_value(tok, nxt, cur)
        if cur is not None and self.tokens[self.i - 1].kind == "BNUM":
            cur.end = self.last_end = tok.end  # "(5) bekezdés"
            return self.i + 1
        if cur is None and not self.number_first and nxt is not None and nxt.kind in NUMBERS:
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
        if nxt is not None and nxt.kind in PARAGRAPH_NOUNS:
            if (
                cur is None
                or self.expect_article
                or (self.separated and article_follows(self.tokens, self.i + 2))
            ):
                # also further in a list: sl "… v zvezi s prvim odstavkom 14. člena"
                self.preface_paragraph = tok.value
                if self.separated:
                    self.noun_start = tok.start
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
        if self.separated:
            self.noun_start = self.tokens[self.i].start
        return after

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
            and self.tokens[j].kind in PARAGRAPH_NOUNS
            and cur is not None
            and not self.expect_article
            and cur.paragraph is None
            and not cur.points
        ):
            self._paragraph_of(cur, tok)
            self.ordinal_paragraphs = True

    def _on_subdivision_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if nxt is not None and nxt.kind == "ORD":
            following = self._ordinals_after_noun(tok, nxt, cur)
            if following is not None:
                return following
        if tok.kind == "POS":
            if (
                not self.number_first
                and not self.expect_article
                and self._bare(cur)
                and nxt is not None
                and nxt.kind in NUMBERS
            ):
                # "Art 275 al. 2 TFUE", "articolo 263, comma 4", ro "art. 35 paragraful
                # (2)": an article whose paragraphs are not numbered, its paragraph
                # counted by position.
                self._paragraph_of(cur, nxt)
                self.separated = False
                return self.i + 2
            if nxt is not None and self._counts_subparagraphs(cur, nxt):
                self.last_end = max(self.last_end, nxt.end)
                return self.i + 2
            return None
        if (
            cur is not None
            and not self.number_first
            and not self.expect_article
            and nxt is not None
            and nxt.kind in NUMBERS
        ):
            # "Artikel 3 Absatz 3 Unterabsatz 2", "Satz 2": the number is dropped
            self.last_end = max(self.last_end, nxt.end)
            return self.i + 2
        if cur is not None and not self.expect_article:
            # the introductory words of a unit, not cited: nl "artikel 140, aanhef, van",
            # de "Art. 140 Einleitungssatz der": the chain reaches its instrument over them
            self.last_end = max(self.last_end, tok.end)
        return self.i + 1

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
            cur.paragraph = nxt.value
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

    def _counts_subparagraphs(self, cur: Unit | None, nxt: Token) -> bool:
        """de "Art. 3 Abs. 3 UAbs. 2", it "paragrafo 2, comma 4": after a numbered
        paragraph a position word counts its subparagraphs, which are dropped."""
        return (
            cur is not None
            and cur.paragraph is not None
            and nxt.kind == "NUM"
            and not self.number_first
            and not self.expect_article
        )

    def _on_point_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if nxt is not None and nxt.kind in POINT_VALUES:
            if cur is None or self.expect_article:
                self.preface_points.append(nxt.value)
            elif self.separated and article_follows(self.tokens, self.i + 2):
                # "Article 43(2) and point (a) of Article 218(6)": the point is a
                # preface of the next article, not a point of the last one.
                self.preface_points.append(nxt.value)
                self.noun_start = tok.start
            elif self.separated and cur.points and not self._sub_point_next(cur, nxt):
                self._add_sibling_point(cur, nxt)
            else:
                cur.points.append(nxt.value)
                cur.end = nxt.end
            if cur is not None:
                self.last_end = nxt.end
            self.separated = False
            return self.i + 2
        if nxt is not None and nxt.kind in NUMBERS:
            return self._numbered_point(cur, nxt)
        if cur is not None and self.tokens[self.i - 1].kind in ("LETP", "LETTER"):
            cur.end = self.last_end = tok.end  # "c) punktą"
            return self.i + 1
        return None

    def _numbered_point(self, cur: Unit | None, nxt: Token) -> int:
        """A numbered point is dropped, a range of them too (pl "ust. 5 pkt 2-23"),
        unless a lettered point follows it: then the two are paragraph and point of an
        article with no paragraph yet (pl "art. 2 pkt 12 lit. b)", it "art. 14, n. 1,
        lett. a)" → 2(12)(b), 14(1)(a); the contract's lt "5 straipsnio 1 punkto b")."""
        tokens, following = self.tokens, self.i + 2
        ranged = following + 1 < self.n and tokens[following].kind == "RANGE"
        if ranged and tokens[following + 1].kind == "NUM":
            if cur is not None:
                self.last_end = tokens[following + 1].end
            return following + 2
        if cur is not None:
            j = following + (following < self.n and tokens[following].kind == "COMMA")
            lettered = (
                j + 1 < self.n and tokens[j].kind == "PT" and tokens[j + 1].kind in POINT_VALUES
            )
            if lettered and nxt.kind == "NUM" and cur.paragraph is None and not cur.points:
                cur.paragraph = nxt.value
            self.last_end = nxt.end
        return following

    def _sub_point_next(self, cur: Unit, tok: Token) -> bool:
        """Whether the point ``tok`` is a sub-point of the point just read, after a comma
        at most (after "and" it is another point: it "lettere a) e i)")."""
        if self.separated and self.tokens[self.i - 1].kind != "COMMA":
            return False
        return is_sub_point(cur.points, tok.value)

    def _on_letter(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        prev = self.tokens[self.i - 1].kind if self.i else ""
        if self.preface_points and prev in ("AND", "COMMA"):
            self._preface_point(tok)  # "písm. a) a b) článku 9", "букви а) и б) от член 9"
            return self.i + 1
        if cur is None:
            return None
        if prev in ("LETP", "COMMA") and self._sub_point_next(cur, tok):
            cur.points.append(tok.value)  # nl "onder b), i)", fr "point b) i)"
            cur.end = self.last_end = tok.end
            self.separated = False
            return self.i + 1
        if self.separated and (cur.points or self.point_range) and prev in ("AND", "COMMA"):
            # "букви г) и ж)", "písm. d) a g)", "Buchst. a und f", lv "a) un c)
            # apakšpunktu": the next point of the same paragraph, its point word after it
            unit = self._add_sibling_point(cur, tok)
            if nxt is not None and nxt.kind == "PT":
                unit.end = self.last_end = nxt.end
                return self.i + 2
            return self.i + 1
        if nxt is not None and (
            nxt.kind == "PT"
            or (nxt.kind == "PAR" and tok.kind == "LETP" and cur.paragraph is not None)
        ):
            # "c) punktą"; a letter names no paragraph, so after one the paragraph
            # word before it is the point's (lv "6. panta pirmās daļas f) punkts")
            cur.points.append(tok.value)
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if (
            tok.kind == "LETTER"
            and prev == "PAR"
            and _letters_closed_by_point_word(self.tokens, self.i)
        ):
            # bare letters a point word closes: lt "3 dalies d, e ir f punktuose"
            cur.points.append(tok.value)
            cur.end = self.last_end = tok.end
            return self.i + 1
        if tok.kind != "LETP":
            return None
        if not self.separated and (
            prev in ("NUM", "BNUM", "COMMA")
            or (prev == "PAR" and _letters_closed_by_point_word(self.tokens, self.i))
        ):
            cur.points.append(tok.value)
            cur.end = self.last_end = tok.end
            return self.i + 1
        return None


def _letters_closed_by_point_word(tokens: list[Token], i: int) -> bool:
    """Whether the letters from ``tokens[i]`` are a list that a point word closes: lv
    "20. panta 2. punkta a) un c) apakšpunktu" (points (a) and (c) of Article 20(2)).
    Only the point word after the last letter says they are points."""
    j = i
    while j + 2 < len(tokens) and tokens[j + 1].kind in ("AND", "COMMA"):
        if tokens[j + 2].kind != tokens[i].kind:  # "a) un c)", bare "d, e ir f"
            break
        j += 2
    return j > i and j + 1 < len(tokens) and tokens[j + 1].kind == "PT"
