"""Handlers of the chain parser for what is inside or before a unit: paragraph words
and subdivisions that do not end a list; points in :mod:`.chain_points`, ordinals in
:mod:`.chain_ordinals`."""

from __future__ import annotations

from .chain_lists import more_paragraphs
from .chain_lookahead import (
    article_may_follow,
    bare_article_at,
)
from .chain_points import PointHandlers
from .chain_state import (
    COUNTED,
    NUMBERS,
    Token,
    Unit,
    paragraph_preface,
)


class DetailHandlers(PointHandlers):
    """Each ``_on_KIND`` reads the token at ``self.i`` and returns the index of the
    next token to read, or ``None`` when the chain has ended."""

    def _paragraphs_alone(self, tok: Token) -> None:
        """Numbers before a paragraph word and no article before them, where the number
        comes first (fi "saman artiklan 3 kohdan", lt "to straipsnio 1 dalyje", lv "tā
        paša panta 3. punktu"): paragraphs alone, as "paragraph 3" elsewhere, and attach
        gives them the article an anaphor before them names, or nothing. The chain ends
        with them: what follows is no part of a paragraph named so."""
        pending, self.pending = self.pending, []
        for number in pending:
            self.units.append(Unit("", number.start, tok.end, number.value))
        self.last_end = tok.end

    def _on_paragraph_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if (dropped := self._last_after_noun(nxt)) is not None:
            return dropped
        if (by_position := self._paragraph_by_position(tok, nxt, cur)) is not None:
            return by_position
        if self.number_first and self.pending:
            if not self.units and not self.pending_range:
                self._paragraphs_alone(tok)
                return None
            if self._flush_pending_as_paragraphs(tok):
                self.last_end = tok.end
            return self.i + 1
        if (prefaced := self._paragraphs_before_article(tok, cur)) is not None:
            return prefaced
        if (
            tok.kind in ("PAR", "PARS")  # hr "stavka" is both
            and nxt is not None
            and nxt.kind in NUMBERS
            and article_may_follow(self.tokens, self.i + 2)
            and (
                ((cur is None or self.expect_article) and self.tokens[self.i + 2].kind == "OF")
                or (
                    (cur is None or self.expect_article or self.separated or self.preface_points)
                    and self.tokens[self.i + 2].kind == "ART"
                )
            )
        ):
            # A paragraph before its article: "paragraph 2 of Article 6", and where a
            # genitive says "of", hr "stavka 3. članka 6.", also further in a list
            # ("… u vezi sa stavkom 1. članka 14.").
            self.preface_paragraph = nxt.value
            if self.separated and not self.preface_points:
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
            # "paragraphs 6 and 7 of that Article": the numbers after a plural word
            self.paragraph_list = tok.kind == "PARS"
            return self.i + 2
        return None

    def _paragraphs_before_article(self, tok: Token, cur: Unit | None) -> int | None:
        """Paragraphs before their article, also after a unit and in a list ("o n.º 2
        do artigo 216.º, os n.ºs 6, 8 e 10 do artigo 218.º") and after a point read
        before them (fr "l'article 37 et le point b) du paragraphe 4 de l'article 152"):
        the index of their "of" word, None when none of these."""
        if not (cur is None or self.expect_article or self.separated or self.preface_points):
            return None
        preface = paragraph_preface(self.tokens, self.i, comma=cur is None)
        if preface is None:
            return None
        values, of_index = preface
        self.preface_paragraph, self.extra_paragraphs = values[0], values[1:]
        # es "la letra b) del apartado 4 del artículo 152": the point keeps the span's start
        if not self.preface_points:
            self.noun_start = tok.start
        return of_index

    def _paragraph_value(self, tok: Token, value: Token, cur: Unit) -> int:
        """ "paragraph 5", "paragraphs 2 and 3", "Absätze 1 bis 4" after an article."""
        if cur.paragraph is None:
            cur.paragraph = value.value
            cur.end = value.end
            # fr "article 6, paragraphe 1 (c)": the comma was inside the unit, so a
            # point in brackets next is this paragraph's, not a sibling of a new item
            self.separated = False
        else:
            self._continue_unit(cur, value).paragraph = value.value
        self.last_end = value.end
        following = self.i + 2
        # After a plural article word only a plural paragraph word heads a list, and only
        # of numbers in order: cs "články 24 odst. 1, 25 a 86" are Articles 25 and 86; so
        # does a word that is singular too (de "Abs.") after any article word.
        plural_word = tok.kind == "PARS"
        comma = following < self.n and self.tokens[following].kind == "COMMA"
        if plural_word and not self.plural_article and tok.value != "either":
            self.paragraph_list = True  # it "paragrafi 3 e 15"
        elif self.plural_article and (not plural_word or (tok.value == "either" and comma)):
            # de "Artt. 6 Abs. 1, 7 DSGVO", cs "články 6 odst. 1, 7": after a comma, the
            # next article of the plural, where the paragraph word is singular too
            self.paragraph_list = False
        else:
            self.paragraph_list = more_paragraphs(self.tokens, following, value, plural=plural_word)
        if (
            tok.kind == "PARS"
            and following + 1 < self.n
            and self.tokens[following].kind == "RANGE"
            and self.tokens[following + 1].kind == "NUM"  # cs "odst. 1 - Článek 32": a dash
        ):
            cur.paragraph = None  # "Absätze 1 bis 4": the article only
            cur.end = self.last_end = self.tokens[following + 1].end
            following += 2
        return following

    def _on_subdivision_word(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        if (dropped := self._last_after_noun(nxt)) is not None:
            return dropped
        if nxt is not None and nxt.kind == "ORD":
            following = self._ordinals_after_noun(tok, nxt, cur)
            if following is not None:
                return following
        if tok.kind == "POS":
            if cur is None and (prefaced := self._position_preface(tok)) is not None:
                return prefaced
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
                self._paragraph_of(cur, nxt, tok.value == COUNTED)  # de "Art. 50 UAbs. 1"
                self.separated = False
                # it "commi 1 e 2", fr "alinéas 1 et 2", et "lõikude 1 ja 2": the
                # numbers after it are more paragraphs of the same article
                self.paragraph_list = more_paragraphs(self.tokens, self.i + 2, nxt)
                return self.i + 2
            if nxt is not None and self._counts_subparagraphs(cur, nxt):
                return self._dropped_numbers(self.i + 1)
            return None
        if (
            cur is not None
            and not self.number_first
            and not self.expect_article
            and nxt is not None
            and nxt.kind in NUMBERS
        ):
            # "Artikel 3 Absatz 3 Unterabsatz 2", "Satz 2": the number is dropped
            return self._dropped_numbers(self.i + 1)
        if cur is not None and not self.expect_article:
            # the introductory words of a unit, not cited: nl "artikel 140, aanhef, van",
            # de "Art. 140 Einleitungssatz der": the chain reaches its instrument over them
            self.last_end = max(self.last_end, tok.end)
        return self.i + 1

    def _position_preface(self, tok: Token) -> int | None:
        """it "comma 4 dell'articolo 12", "comma 4, articolo 12": the paragraph, counted by
        position, of an article whose paragraphs are not numbered, before it; the index
        of the article, or None."""
        if self.number_first:
            return None
        preface = paragraph_preface(self.tokens, self.i, comma=True)
        if preface is None or not bare_article_at(self.tokens, preface[1]):
            return None
        self.preface_paragraph, self.preface_counted = preface[0][0], tok.value == COUNTED
        self.noun_start = tok.start
        return preface[1]

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

    def _dropped_numbers(self, j: int) -> int:
        """The subparagraph or sentence number at ``j``, dropped, with the numbers an "and"
        or range word joins to it going up ("Satz 1 und 2", "UAbs. 1 bis 3", cs
        "pododstavce 1 a 2": more subparagraphs, no paragraph 2); the index after them."""
        tokens = self.tokens
        while (
            j + 2 < self.n
            and tokens[j + 1].kind in ("AND", "RANGE")
            and tokens[j + 2].kind == "NUM"
            and tokens[j].value.isdigit()
            and tokens[j + 2].value.isdigit()
            and int(tokens[j + 2].value) > int(tokens[j].value)
        ):
            j += 2
        self.last_end = max(self.last_end, tokens[j].end)
        return j + 1
