"""Handlers of the chain parser for numbers that carry their pin in themselves: a
number joined to the next by a hyphen ("22-01"), and, number first (fi), a paragraph
joined by a dot after an article word written first ("artiklat 24.1 ja 38.2")."""

from __future__ import annotations

from .chain_state import ParserState, Token


class PinHandlers(ParserState):
    """Helpers of :class:`.chain_units.UnitHandlers` for numbers with a joined pin."""

    def _hyphenated_number(self, tok: Token, nxt: Token | None) -> bool:
        """Whether ``tok``, a hyphen and a number glued to both are one number: the
        second has a leading zero or is not above the first ("22-01", "22-02")."""
        if nxt is None or nxt.kind != "RANGE" or self.i + 2 >= self.n:
            return False
        end = self.tokens[self.i + 2]
        if end.kind != "NUM" or nxt.start != tok.end or end.start != nxt.end:
            return False
        if end.value.startswith("0"):
            return True
        return tok.value.isdigit() and end.value.isdigit() and int(end.value) <= int(tok.value)

    def _word_first_dotted(self, tok: Token, nxt: Token | None) -> bool:
        """Number first, whether ``tok`` comes after an article word written first and
        a dot joins a paragraph to it (fi "artiklat 24.1.v ja 38.2", "artikla 12.1"):
        no noun after it will say what it is, so it is the word's article now."""
        return (
            self.expect_article
            and nxt is not None
            and nxt.kind == "BNUM"
            and nxt.start < tok.end  # inside the number's token: joined by its dot
        )

    def _word_first_pin(self, tok: Token) -> int:
        """The article of :meth:`_word_first_dotted`; the article word still waits for
        the numbers of its list ("ja 38.2"), which are articles too."""
        waiting = bool(self.pending) and self.pending[0].start > self.noun_start
        if waiting and not self.units:
            self._flush_word_first(tok)  # "artiklat 24, 26 ja 38.2": 24 and 26 waited
            return self.i + 1
        if waiting:
            self._flush_pending_as_articles(self.pending[-1])  # "24.1, 26 ja 38.2"
        first = self.i > 0 and self.tokens[self.i - 1].kind == "ART"
        self._new_unit(tok.value, tok, keep_span_start=first)
        self.last_end = tok.end
        return self.i + 1
