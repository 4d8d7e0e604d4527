"""Handlers of the chain parser for the units themselves: article, recital and annex
words, numbers (also number first: fi, hu, lt, lv), bracketed paragraph numbers,
separators and ranges, "of", non-citable units, Roman numerals and "ff."."""

from __future__ import annotations

from .chain_lists import closes_paragraph_list, dotted_level
from .chain_pins import PinHandlers
from .chain_state import PENDING_FOLLOWERS, POINT_VALUES, REPEATED, Token, after_and

# What an annex word's genitive may follow to own the articles before it: a number
# or point of theirs, or a determiner (de "Artikel 4 des Anhangs I"); never "and"
# or a comma (sk "článok 5, prílohy I a II": a list of Annexes).
_BEFORE_GENITIVE = frozenset({"NUM", "BNUM", "BLET", "LETP", "LETTER", "DET"})


def _is(tok: Token | None, kind: str) -> bool:
    return tok is not None and tok.kind == kind


def _goes_down(paragraph: str | None, value: str) -> bool:
    """Whether ``value`` after ``paragraph`` does not go up, as a list of paragraphs
    does: the same number again ("lit. k) i l),\n(1) Rozporządzeniem") is a recital's."""
    numbers = paragraph is not None and paragraph.isdigit() and value.isdigit()
    return numbers and int(value) <= int(paragraph or 0)


def _roman_annex(annex: str | None, article: str) -> bool:
    """Whether a unit is an annex numbered in Roman numerals, whose list goes on with
    Roman numerals only."""
    return annex is not None and not article and annex.isalpha() and annex.isupper()


# An annex's point words (number first: after its number), and what may follow them.
_POINT_WORDS = ("PAR", "PT")
_POINT_DETAILS = frozenset({"PAR", "PT", "LETTER", "BLET", "LETP"})

# What may follow an annex's number in a list of annexes.
_LIST = frozenset({"COMMA", "AND"})


def _small_roman(value: str) -> bool:
    return len(value) > 1 and not value.strip("ivx")


class UnitHandlers(PinHandlers):
    """Each ``_on_KIND`` reads the token at ``self.i`` and returns the index of the
    next token to read, or ``None`` when the chain has ended."""

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
            if self.annex_of_articles is not None:
                self.noun_start = self.annex_of_articles
            self.expect_article = True
            self.paragraph_list = False
        self.plural_article = tok.value == "plural"
        return self.i + 1

    def _on_unit_word(self, tok: Token, nxt: Token | None) -> int | None:
        """A recital or annex word: the numbers after it are recitals or annexes."""
        kind = "recital" if tok.kind == "RECITAL" else "annex"
        if kind == "annex" and nxt is not None and nxt.kind == "LETTER" and _small_roman(nxt.value):
            # pt "anexo xvi": a Roman numeral in small letters (two or more: cs "přílohy v
            # nařízení" is "in") names the annex
            nxt = Token("ROMAN", nxt.start, nxt.end, nxt.value.upper())
            self.tokens[self.i + 1] = nxt
        if self.number_first and self.pending:
            self.expect = kind
            self._flush_pending_as_articles(tok)
            self.last_end = tok.end
            return self.i + 1
        if kind == "annex" and (point_end := self._single_annex_point(tok)) is not None:
            return point_end  # fi "sekä liitteen 1 kohdan q alakohta": annex-1, no 4(1)(q)
        if kind == "annex" and not self.units and self._annex_heading(nxt):
            # "beslut 2001/937, bilaga, artiklarna 3 och 4" (a summary's keyword line):
            # the articles after the comma are the single annex's
            self.annex_of_articles = tok.start
            return self.i + 2
        if self.annex_item:  # "and point (a) of Annex IV": the list's next item
            self.annex_item = False
            if nxt is None or nxt.kind not in ("NUM", "LETTER", "ROMAN"):
                return self._single_annex(tok)  # "... and point 1(e) of the Annex"
        elif kind == "annex" and self.units and nxt and self._annex_of_previous(tok, nxt):
            # past the annex's number; the single annex's "to" word is the instrument's
            return self.i + (2 if nxt.kind in ("NUM", "ROMAN") else 1)
        if nxt is None or nxt.kind not in ("NUM", "LETTER", "ROMAN"):
            if kind == "recital" and self.units and self.units[-1].recital is not None:
                self.last_end = tok.end  # pl "motyw 47 preambuły RODO": the preamble's
                return self.i + 1
            # "to" is a range word too in English: "the Annex to Decision …"
            if (
                kind == "annex"
                and "noun" in tok.value
                and not self.units
                and nxt is not None
                and nxt.kind in ("OF", "RANGE", "DET")
            ):
                return self._single_annex(tok)  # "the Annex to Decision 2010/131/EU"
            return None
        self.expect = kind
        self.noun_start = tok.start
        self.expect_article = True
        self.paragraph_list = False
        return self.i + 1

    def _single_annex_point(self, tok: Token) -> int | None:
        """The index past the single annex's point that its noun ``tok`` opens, read as
        its unit, or None: number first, a number and a point word (lt "priedo 3
        punktas", lv "pielikuma 3. punkts"), else a point word and its number (et "lisa
        punkti 1 alapunkt q")."""
        toks, j = self.tokens, self.i + 1
        if "noun" not in tok.value or j + 1 >= self.n:
            return None
        first, second = (("NUM",), _POINT_WORDS) if self.number_first else (("PT",), ("NUM",))
        if toks[j].kind not in first or toks[j + 1].kind not in second:
            return None
        j += 2
        while j < self.n and toks[j].kind in _POINT_DETAILS:
            j += 1
        self.expect = "annex"  # the single annex (annex-1), its points dropped
        self._new_unit("1", tok).end = self.last_end = toks[j - 1].end
        self.expect = "article"
        return j

    def _annex_heading(self, nxt: Token | None) -> bool:
        """Whether an annex word with no number is followed by a comma and an article
        word ("Annex, Articles 3 and 4")."""
        after = self.tokens[self.i + 2] if self.i + 2 < self.n else None
        return nxt is not None and nxt.kind == "COMMA" and after is not None and after.kind == "ART"

    def _annex_of_previous(self, tok: Token, nxt: Token | None) -> bool:
        """ "Article 3(5) of Annex I", sk "článok 3 ods. 2 a 3 prílohy I" (the annex
        word's genitive right after the articles): they belong to the annex."""
        prev = self.tokens[self.i - 1] if self.i else None
        if prev is None or nxt is None:
            return False
        genitive = tok.value.startswith("of") and prev.kind in _BEFORE_GENITIVE
        # es "artículo 3 del anexo I": a determiner that holds the "of" ("del", "al")
        # right after the article's number
        contracted = (
            prev.kind == "DET" and self.i > 1 and self.tokens[self.i - 2].kind in _BEFORE_GENITIVE
        )
        if not (prev.kind == "OF" or genitive or contracted) or after_and(self.tokens, self.i):
            return False
        # "Article 3 of the Annex to Decision 2001/937/EC": the single, unnumbered annex
        # (annex-1), when an "of" or "to" word goes on to its instrument; after an "of"
        # word the annex word is the noun (pt "do anexo da Decisão"), never "annexed"
        single = ("noun" in tok.value or prev.kind == "OF") and nxt.kind in ("OF", "RANGE", "DET")
        if (nxt.kind not in ("NUM", "ROMAN") and not single) or all(u.annex for u in self.units):
            return False  # "Annex I, Section II.3 of Annex II": a list of annexes
        # after an article word repeated in a list, the annex is the last article's
        # only (nl "artikel 305, lid 1, punt f), en van artikel 1 van bijlage IX")
        word = max((t.start for t in self.tokens[: self.i] if t.kind == "ART"), default=0)
        for unit in self.units:
            if unit.annex is None and unit.recital is None and unit.start >= word:
                unit.annex = "1" if single else nxt.value
        self.units[-1].end = self.last_end = tok.end if single else nxt.end
        return True

    def _on_number(self, tok: Token, nxt: Token | None) -> int | None:
        if self.number_first:
            return self._on_number_first(tok, nxt)
        cur = self.current
        roman_list = cur is not None and self.separated and _roman_annex(cur.annex, cur.article)
        if roman_list and not self.expect_article:
            return None  # annexes in Roman numerals: cs "přílohou V,\n8. umístit" ends there
        if self.expect_article or (
            cur is not None
            and (self.separated or self._juxtaposed(tok))
            and (tok.marked or not self.paragraph_list)
        ):
            if self._hyphenated_number(tok, nxt):
                # sv "bilaga 22-01": one number with a hyphen (the Union Customs Code's
                # annexes), no range; the pin grammar has no form for it, so not cited
                self.expect_article = False
                self.last_end = self.tokens[self.i + 2].end
                return self.i + 3
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
            if closes_paragraph_list(self.tokens, self.i):  # "apartados 1 y 2, y 11"
                self.paragraph_list = False
                return self.i
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
            if after is not None and after.kind in POINT_VALUES and cur.paragraph is None:
                cur.paragraph = tok.value
            cur.end = self.last_end = nxt.end
            return self.i + 2
        if self._plural_annex_number(nxt):
            # fi "liitteiden 1 ja 11": after a plural annex word each number is an annex
            self._new_unit(tok.value, tok, keep_span_start=self.expect_article)
            self.expect_article = False
            self.last_end = tok.end
            return self.i + 1
        if self._word_first_dotted(tok, nxt):
            return self._word_first_pin(tok)  # fi "artiklat 24.1.v ja 38.2"
        if nxt is not None and nxt.kind in PENDING_FOLLOWERS:
            if self.pending and not self.separated and not self.pending_range:
                self.pending = []
                self.range_starts.clear()
            self.pending.append(tok)
            self.separated = False
            return self.i + 1
        if self.expect_article:
            if self.pending and self.pending[0].start > self.noun_start:
                self._flush_word_first(tok)  # fi "artiklat 37–39": the word's articles
            else:
                self._new_unit(tok.value, tok, keep_span_start=True)
            self.expect_article = False
            self.last_end = tok.end
            return self.i + 1
        return None

    def _plural_annex_number(self, nxt: Token | None) -> bool:
        """Number first, whether the number at ``self.i`` is one of a list of annexes
        right after a plural annex word (fi "liitteet 1, 2 ja 11"), not a number that
        waits for its noun ("liitteen 3 kohta", the annex's point 3)."""
        if self.expect != "annex" or self.pending or (nxt is not None and nxt.kind not in _LIST):
            return False
        k = self.i - 1
        while k >= 0 and self.tokens[k].kind in ("NUM", "COMMA", "AND"):
            k -= 1
        return k >= 0 and self.tokens[k].kind == "ANNEX" and "plural" in self.tokens[k].value

    def _on_bracketed_number(self, tok: Token, nxt: Token | None) -> int | None:
        cur = self.current
        next_is_paragraph = nxt is not None and nxt.kind in ("PAR", "PARS")
        if self.number_first and self.pending and (next_is_paragraph or self._dotted(tok)):
            self.pending.append(tok)
        elif cur is None:
            return None
        elif (
            not self.number_first
            and cur.paragraph is not None
            and self.tokens[self.i - 1].kind in ("NUM", "BNUM")
            and tok.start > self.last_end
        ):
            # "artikel 108, stk. 2 (1), i traktaten", "Article 108(2) (1) of the Treaty":
            # a footnote mark written apart after the paragraph; attach reads past it
            pass
        elif self.separated and self.number_first and self._bare(cur) and _is(nxt, "PAR"):
            # hu summary "7. cikk, (1) bekezdés": the paragraph of the article just read
            self._paragraph_of(cur, tok)
            self.separated = False
        elif self.separated and self.numbered_point is cur:
            # "Article 4(1)(85) and (86)": the next numbered point, dropped like the first
            self._continue_unit(cur, tok).paragraph = cur.paragraph
            self.numbered_point = self.units[-1]
            self.last_end = tok.end
        elif self.separated and _goes_down(cur.paragraph, tok.value):
            return None  # a list goes up: "paragrafo 5, (3) Per …" is a recital's number
        elif self.separated:
            self._continue_unit(cur, tok).paragraph = tok.value
            self.last_end = tok.end
        elif (
            not self.number_first
            and cur.paragraph is not None
            and self.tokens[self.i - 1].kind in ("BNUM", "BLET")
            and tok.start == self.tokens[self.i - 1].end
        ):
            # "Article 4(1)(85)": a number glued after the paragraph is a numbered point,
            # which the key drops; the unit reaches over it.
            cur.end = self.last_end = tok.end
            self.numbered_point = cur
        elif cur.paragraph is None and (not cur.points or self._is_prefaced(cur)):
            for unit in self.prefaced if self._is_prefaced(cur) else [cur]:
                self._paragraph_of(unit, tok)  # "points (a) and (b) of Article 9(2)"
        elif not (self.number_first and next_is_paragraph):
            return None  # "(5) bekezdés" after "(5)" repeats the paragraph already read
        return self.i + 1

    def _dotted(self, tok: Token) -> bool:
        """Whether ``tok`` is the paragraph a dot joins to the number waiting for its
        article word (the ESCB Statute's fi "12.1 artiklan", hu "12.1. cikke")."""
        return tok.start < self.pending[-1].end

    def _on_of(self, tok: Token, nxt: Token | None) -> int | None:
        # "of" belongs to a chain only inside a preface ("the third paragraph of …")
        # or before an annex ("Article 3(5) of Annex I").
        if self.preface_paragraph is not None or self.preface_points or self.preface_subdivision:
            return self.i + 1
        if nxt is not None and nxt.kind == "ANNEX" and self.units:
            return self.i + 1
        j = self.i + 1
        while j < self.n and self.tokens[j].kind == "DET":
            j += 1
        if (
            self.units
            and self.tokens[self.i - 1].kind == "AND"
            and (
                self.tokens[self.i - 2].kind != "COMMA"
                or _apposition_closed(self.tokens, self.i - 2)
            )
            and j < self.n
            and self.tokens[j].kind == "ART"
        ):
            # "no artigo 4.º e nos artigos 9.º e 22.º do Regulamento …", "in Article 4
            # and in Articles 9 and 22 of …": a preposition repeated after "and" keeps
            # the list, so that its instrument is also the first article's ("…,
            # and in Article 35 of …" after a comma starts another clause, unless
            # the comma closes an apposition: "Article 20(2), first subparagraph,
            # point (a), and in Article 21 TFEU").
            return self.i + 1
        if self._repeats_preposition(tok, j):
            self.repeated_list = True
            return self.i + 1
        return None

    def _repeats_preposition(self, tok: Token, j: int) -> bool:
        """ "violazioni dell'articolo 4, paragrafo 1, dell'articolo 5, paragrafo 2, e
        dell'articolo 13, paragrafo 2, TUE": the preposition before the first article,
        repeated after a comma before the article word at ``j``, keeps the list whose
        instrument comes last; ", and in" only once the list has gone on so, or after a
        paragraph in apposition (fr "de l'article 127, paragraphe 4, et de l'article
        282, paragraphe 5, du traité"): "as in Article 20, and in Article 21 TFEU" is
        two phrases."""
        if tok.value != REPEATED or not self.units or j >= self.n:
            return False
        before = self.tokens[self.i - 1].kind
        closed = before == "AND" and (
            self.repeated_list or _apposition_closed(self.tokens, self.i - 2, True)
        )
        return self.tokens[j].kind == "ART" and (before == "COMMA" or closed)

    def _on_noncitable(self, tok: Token, nxt: Token | None) -> int | None:
        """ "Title VI", "Chapter III": not citations, and they do not end a list; "part
        of" before a unit (sl "del 7. člena ter del Priloge IV", pl "część załącznika
        IV") is that unit, whose parts are not cited."""
        if nxt is not None and nxt.kind in ("NUM", "ROMAN", "LETTER") and self.units:
            j = self.i + 2 + dotted_level(self.tokens, self.i + 2, nxt.end)  # "Section I.3"
            self.last_end = self.tokens[j - 1].end
            return j
        if nxt is not None and nxt.kind in ("ANNEX", "ART") and self.units and self.separated:
            return self.i + 1
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
        if self.number_first and nxt is not None and nxt.kind in ("COMMA", "AND"):
            noun = self._roman_list_noun()
            if noun is not None:
                # lt "I, II, IV ir V priedų": the numerals wait for the annex word
                self.pending.extend(t for t in self.tokens[self.i : noun] if t.kind == "ROMAN")
                return noun
        if self.expect != "annex":
            return None
        cur = self.current
        if self.expect_article or (cur is not None and cur.annex is not None and self.separated):
            self._new_unit(tok.value, tok, keep_span_start=self.expect_article)
            self.expect_article = False
            self.last_end = tok.end
            return self.i + 1
        return None

    def _roman_list_noun(self) -> int | None:
        """Number first, the index of the annex word after a list of Roman numerals
        that starts here (lt "I, II, IV ir V priedų"), or None: a list of numerals
        with no annex word after it is no annex."""
        j = self.i
        while (
            j + 2 < self.n
            and self.tokens[j + 1].kind in ("COMMA", "AND")
            and self.tokens[j + 2].kind == "ROMAN"
        ):
            j += 2
        noun = j + 1
        if self.pending or noun >= self.n or self.tokens[noun].kind != "ANNEX":
            return None
        return noun

    def _on_following(self, tok: Token, nxt: Token | None) -> int | None:
        """ "Art. 101 ff. AEUV", "Article 5 et seq.", a former number ("Article 108 (ex
        Article 88) TFEU"), a sentence (de "Art. 36 2 AEUV"): the article cited, and the
        chain reaches over what is not cited to its instrument."""
        if self.current is None:
            return None
        self.last_end = tok.end
        return self.i + 1


# Words of a subdivision written as an apposition between commas ("Article 20(2), first
# subparagraph, point (a), and …").
_APPOSITION_WORDS = frozenset({"SUB", "PT", "POS"})


def _apposition_closed(tokens: list[Token], comma: int, paragraph: bool = False) -> bool:
    """Whether the comma at ``comma`` closes an apposition of the article cited last: a
    comma after it opened a subdivision word (with ``paragraph``, also a paragraph
    word: "article 127, paragraphe 4,"), with no article word between."""
    words = _APPOSITION_WORDS | {"PAR"} if paragraph else _APPOSITION_WORDS
    for k in range(comma - 1, 0, -1):
        if tokens[k].kind == "ART":
            return False
        if tokens[k - 1].kind == "COMMA" and tokens[k].kind in words:
            return True
    return False
