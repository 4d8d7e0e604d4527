"""What the tokens ahead of the chain parser's position say, for the handlers of
:mod:`.chain_details` and :mod:`.chain_points`: whether an article with a number follows
(or an anaphor's article word without one), whether it has a paragraph of its own,
whether a point word closes a list of letters."""

from __future__ import annotations

from .chain_state import NUMBERS, Token


def article_may_follow(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` exists and no article word without a number follows."""
    return j < len(tokens) and not numberless_article(tokens, j)


def numberless_article(tokens: list[Token], j: int) -> bool:
    """Whether an article word with no number (or nothing) follows from ``tokens[j]`` over
    "of" words and determiners: an anaphor's ("paragraph 1 of that Article", es "apartado 1 de
    dicho artículo"), so the paragraph before it is no preface."""
    n = len(tokens)
    while j < n and tokens[j].kind in ("OF", "DET"):
        j += 1
    if j >= n:
        return True  # en "of that Article": "that" ends the tokens
    return tokens[j].kind == "ART" and (j + 1 >= n or tokens[j + 1].kind not in NUMBERS)


def bare_article_at(tokens: list[Token], j: int) -> bool:
    """Whether the article from ``tokens[j]`` (an "of" word or the article word) has no
    paragraph of its own: a subparagraph counted before an article with a paragraph
    ("Unterabsatz 2 des Artikels 5 Absatz 1") is dropped, not made its paragraph."""
    n = len(tokens)
    while j < n and tokens[j].kind in ("OF", "DET"):
        j += 1
    if j + 1 >= n or tokens[j].kind != "ART" or tokens[j + 1].kind not in NUMBERS:
        return False
    return j + 2 >= n or tokens[j + 2].kind not in ("BNUM", "PAR", "PARS", "POS")


def letters_closed_by_point_word(tokens: list[Token], i: int, paragraph_word: bool = False) -> bool:
    """Whether the letters from ``tokens[i]`` are a list that a point word closes: lv
    "20. panta 2. punkta a) un c) apakšpunktu" (points (a) and (c) of Article 20(2)),
    also a range of them (lv "a)–c) apakšpunktu", lt "a–c punktai"). Only the point
    word after the last letter says they are points. With ``paragraph_word`` a
    paragraph word closes them too: a letter names no paragraph (lv "3. panta c) un d)
    punkts", points (c) and (d) of Article 3)."""
    j = i
    while j + 2 < len(tokens) and tokens[j + 1].kind in ("AND", "COMMA", "RANGE"):
        if tokens[j + 2].kind != tokens[i].kind:  # "a) un c)", bare "d, e ir f"
            break
        j += 2
    closers = ("PT", "PAR") if paragraph_word else ("PT",)
    return j > i and j + 1 < len(tokens) and tokens[j + 1].kind in closers
