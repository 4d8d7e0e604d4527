"""Handlers of the chain parser for points: point words, point letters (bare, in
brackets, glued to a number) and numbered points, which are dropped; the paragraphs and
subdivisions around them in :mod:`.chain_details`."""

from __future__ import annotations

from .chain_lists import annex_after, points_annex
from .chain_lookahead import letters_closed_by_point_word
from .chain_ordinals import OrdinalHandlers
from .chain_state import (
    NUMBERS,
    POINT_VALUES,
    Token,
    Unit,
    after_position,
    article_follows,
    is_sub_point,
    sibling_points,
)

# What a number may go on with that makes it a unit of its own, not a numbered point.
_OWN_DETAIL = frozenset({*POINT_VALUES, *NUMBERS, "PAR", "PARS", "PT", "RANGE"})


class PointHandlers(OrdinalHandlers):
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
        unit.points = sibling_points(cur.points, tok.value)
        self.last_end = tok.end
        return unit

    def _on_point_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if nxt is not None and nxt.kind in POINT_VALUES:
            if (cur is None or self.expect_article) and self.preface_points:
                self._preface_point(nxt)  # "point (a)(ii) and point (b) of Article 13(1)"
            elif cur is None or self.expect_article:
                self.preface_points.append(nxt.value)
            elif self.separated and (annex := annex_after(self.tokens, self.i + 2)):
                # "Articles 5(a) and 8(1), read in conjunction with point (a) of Annex
                # IV": the annex is the list's next item (an annex's points are dropped)
                self.annex_item = True
                return annex
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
            if (past := self._annex_or_recitals(cur)) is not None:
                return past
            lettered = self.i + 2 < self.n and self.tokens[self.i + 2].kind in POINT_VALUES
            if (
                lettered
                and (cur is None or self.expect_article)
                and article_follows(self.tokens, self.i + 3)
            ):
                # sl "točke 2(a) in (b) člena 63", "points 2(a) and (b) of Article 63":
                # a numbered and a lettered point before their article, as paragraph and
                # point (the contract's lt "5 straipsnio 1 punkto b")
                self.preface_paragraph = nxt.value
                self.preface_points.append(self.tokens[self.i + 2].value)
                return self.i + 3
            if self._point_of_numbered_point(cur):
                self.preface_paragraph = nxt.value  # pt "alínea a) do ponto 3 do artigo 63.º"
                return self.i + 2
            return self._numbered_point(cur, nxt)
        if cur is not None and self.tokens[self.i - 1].kind in ("LETP", "LETTER"):
            cur.end = self.last_end = tok.end  # "c) punktą"
            return self.i + 1
        return None

    def _annex_or_recitals(self, cur: Unit | None) -> int | None:
        """Where the numbered points after the point word at ``self.i`` are no points of
        ``cur``: of the annex after them ("Article 3(1), read in conjunction with points
        1(j) and 2(d) of the Annex", the list's next item, its points dropped: the annex
        word's index), or recitals (:meth:`_recitals_inside`); else None."""
        after_list = cur is not None and self.separated and not self.expect_article
        if after_list and (annex := points_annex(self.tokens, self.i + 1)):
            self.annex_item = True
            return annex
        return self._recitals_inside(cur)

    def _point_of_numbered_point(self, cur: Unit | None) -> bool:
        """Whether the numbered point after the point word at ``self.i`` holds the
        lettered point read before it, both before their article: pt "a alínea a) do
        ponto 3 do seu artigo 63.º", "point (a) of point 3 of Article 63" (63(3)(a), as
        "points 3(a) of Article 63"); in the genitive right after the letter: hr
        "podtočke (b) točke 1. članka 7.", sl "točke (b) točke 1 člena 7"."""
        prev = self.tokens[self.i - 1].kind
        return (
            (cur is None or self.expect_article)
            and bool(self.preface_points)
            and self.preface_paragraph is None
            and (prev in ("OF", "DET") or prev in POINT_VALUES)  # es "del punto 3"
            and article_follows(self.tokens, self.i + 2)
        )

    def _recitals_inside(self, cur: Unit | None) -> int | None:
        """cs "bod 26 odůvodnění", "body 3 a 5 odůvodnění": numbers between a point word
        and a recital word with no number of its own are recitals (the recital word
        around them); the index after the recital word, or None."""
        k, tokens = self.i + 1, self.tokens
        while k < self.n and tokens[k].kind in ("NUM", "AND", "COMMA"):
            k += 1
        if k >= self.n or tokens[k].kind != "RECITAL" or self.number_first:
            return None
        if (k + 1 < self.n and tokens[k + 1].kind in NUMBERS) or (cur and not self.separated):
            return None
        self.expect, self.noun_start = "recital", tokens[self.i].start
        numbers = [t for t in tokens[self.i + 1 : k] if t.kind == "NUM"]
        for number in numbers:
            self._new_unit(number.value, number, keep_span_start=number is numbers[0])
        self.units[-1].end = self.last_end = tokens[k].end
        self.expect = "article"
        return k + 1

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
                (j + 1 < self.n and tokens[j].kind == "PT" and tokens[j + 1].kind in POINT_VALUES)
                or (following < self.n and tokens[following].kind == "BLET")  # "point 8(c)"
                # fr "point 1, b)", "point 1) b)", "1°, b)", nl "punt 1, b)": its letter
                # in its bracket, with no point word of its own
                or (j < self.n and tokens[j].kind == "LETP")
            )
            if self.separated and cur.points and tokens[self.i - 1].kind == "AND":
                # it "articolo 2, punto 8, lettera c), e punto 9", "Article 2, point 8(c),
                # and point 9": the point word again after a lettered point starts the
                # list's next item, a point of the same article
                cur = self._continue_unit(Unit(cur.article, 0, 0), tokens[self.i])
                cur.end = nxt.end
            if lettered and nxt.kind == "NUM" and cur.paragraph is None and not cur.points:
                cur.paragraph = nxt.value
                self.separated = False
            self.last_end = nxt.end
            if not lettered and not self.plural_article:
                return self._numbered_point_list(cur, following)
            if not lettered and tokens[self.i].value == "plural":
                # it "Artt. 22, punto 1, 34, punti 1 e 2, 35": after a plural article
                # a plural point word's list ends at its "and"
                return self._numbered_point_list(cur, following, closed=True)
        return following

    def _numbered_point_list(self, cur: Unit, j: int, *, closed: bool = False) -> int:
        """The index after the numbers an "and" word or a comma joins to a numbered point
        from ``j`` ("Article 4, points 1 and 2", "points (1), (2) and (5)", de "Nummern 1
        und 2"): numbered points too, dropped as the first is, not articles or paragraphs,
        but each a citation of its own, like a list of lettered points (``cur``'s article
        and paragraph); ``j`` itself when one of them goes on with a detail of its own.
        ``closed``: the list ends after its "and" (the numbers after it are articles)."""
        tokens, k = self.tokens, j
        while (
            k + 1 < self.n and tokens[k].kind in ("AND", "COMMA") and tokens[k + 1].kind in NUMBERS
        ):
            k += 2
            if closed and tokens[k - 2].kind == "AND":
                break
        if closed and k > j and tokens[k - 2].kind != "AND":
            return j  # "punti 1, 2, 35": no "and", the numbers are the articles'
        if k == j or (k < self.n and tokens[k].kind in _OWN_DETAIL):
            return j
        if not article_follows(tokens, k):  # es "y los puntos 1 y 2 del artículo 6"
            for number in tokens[j + 1 : k : 2]:
                self._continue_unit(cur, number)
            self.separated = False
        self.last_end = tokens[k - 1].end
        return k

    def _sub_point_next(self, cur: Unit, tok: Token) -> bool:
        """Whether the point ``tok`` is a sub-point of the point just read, after a comma
        at most (after "and" it is another point: it "lettere a) e i)")."""
        if self.separated and self.tokens[self.i - 1].kind != "COMMA":
            return False
        return is_sub_point(cur.points, tok.value)

    def _sub_point(self, cur: Unit, tok: Token, prev: str) -> bool:
        """Whether ``tok`` is read as a sub-point of the point just read (and added)."""
        if prev in ("LETP", "COMMA") and self._sub_point_next(cur, tok):
            self.separated = False  # nl "onder b), i)", fr "point b) i)"
        elif not (
            prev == "PT"
            and not self.separated
            and is_sub_point(cur.points, tok.value)
            and letters_closed_by_point_word(self.tokens, self.i)
        ):
            # else hu "c) pontjának i. és ii. alpontja": a list of sub-points of the point
            # just read, its point word after the last; the next ones are its siblings
            return False
        cur.points.append(tok.value)
        cur.end = self.last_end = tok.end
        return True

    def _loose_letter_after_point_word(self, tok: Token, nxt: Token | None) -> bool:
        """Number first, bare point letters stand before their point word (lt "c ir d
        punktai"): a bare letter after a point word that closed the list, with no point
        word of its own after it, is a word of the sentence (lt "c punktas, o …")."""
        return (
            self.number_first
            and tok.kind == "LETTER"
            and self.i >= 2
            and self.tokens[self.i - 2].kind == "PT"
            and not (nxt is not None and nxt.kind == "PT")
            and not letters_closed_by_point_word(self.tokens, self.i)
        )

    def _point_closers(self, tok: Token, cur: Unit) -> tuple[str, ...]:
        """The kinds of word that may close the point letter ``tok``: a point word, and a
        paragraph word after a bracketed letter, which names no paragraph, so the word is
        the point's (lv "6. panta pirmās daļas f) punkts", "3. panta c) un d) punkts")."""
        if tok.kind == "LETP" and (cur.paragraph or self.number_first):
            return ("PT", "PAR")
        return ("PT",)

    def _on_letter(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        prev = self.tokens[self.i - 1].kind if self.i else ""
        if self.preface_points and prev in ("AND", "COMMA"):
            self._preface_point(tok)  # "písm. a) a b) článku 9", "букви а) и б) от член 9"
            return self.i + 1
        if cur is None or self._loose_letter_after_point_word(tok, nxt):
            return None
        if self._sub_point(cur, tok, prev):
            return self.i + 1
        closers = self._point_closers(tok, cur)
        if self.separated and (cur.points or self.point_range) and prev in ("AND", "COMMA"):
            # "букви г) и ж)", "písm. d) a g)", "Buchst. a und f", lv "a) un c)
            # apakšpunktu": the next point of the same paragraph, its point word after it
            unit = self._add_sibling_point(cur, tok)
            if nxt is not None and nxt.kind in closers:
                unit.end = self.last_end = nxt.end
                return self.i + 2
            return self.i + 1
        if nxt is not None and nxt.kind in closers:
            # "c) punktą", lv "f) punkts"
            cur.points.append(tok.value)
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if (
            tok.kind == "LETTER"
            and prev in ("PAR", "ART")
            and letters_closed_by_point_word(self.tokens, self.i)
        ):
            # bare letters a point word closes: lt "3 dalies d, e ir f punktuose", also
            # right after the article: lt "4 straipsnio a ir b punktai", fi "4 artiklan
            # a ja b alakohta"
            cur.points.append(tok.value)
            cur.end = self.last_end = tok.end
            return self.i + 1
        if tok.kind != "LETP":
            return None
        if (not self.separated or tok.marked) and (
            prev in ("NUM", "BNUM", "COMMA")
            or (
                prev in ("PAR", "ART")
                and letters_closed_by_point_word(self.tokens, self.i, "PAR" in closers)
            )
            or after_position(self.tokens, self.i)  # sv "artikel 6.1 första stycket f"
        ):
            cur.points.append(tok.value)
            cur.end = self.last_end = tok.end
            return self.i + 1
        return None
