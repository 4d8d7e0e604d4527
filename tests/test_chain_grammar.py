"""The article-chain stage on its own: the lexer of each language (families/articles.py)
turns words into role tokens, the parser (families/chain_grammar.py) turns tokens into
units. Through extract the two are tested with everything after them; here alone."""

from __future__ import annotations

import pytest

from citeresolve.families.articles import reader
from citeresolve.families.chain_grammar import Token, parse_chain


def lexed(lang: str, text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.value) for t in reader(lang).tokens(text, 0)]


def units(chain_units: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(u.article, u.paragraph, tuple(u.points), u.article_end) for u in chain_units]


# --- the lexer: words of the language file become role tokens


@pytest.mark.parametrize(
    ("lang", "text", "tokens"),
    [
        (
            "en",
            "Articles 2, 3(5) and 21 TEU",
            [("ART", "plural"), ("NUM", "2"), ("COMMA", ""), ("NUM", "3"), ("BNUM", "5"),
             ("AND", ""), ("NUM", "21")],
        ),
        (
            "en",
            "Article 218(6), second subparagraph, point (a)",
            # a subparagraph word that would count a Treaty's unnumbered paragraph says so
            [("ART", ""), ("NUM", "218"), ("BNUM", "6"), ("COMMA", ""), ("ORD", "2"),
             ("SUB", "counted"), ("COMMA", ""), ("PT", ""), ("BLET", "a")],
        ),
        ("en", "Rules 144(5)", [("RULE", ""), ("NUM", "144"), ("BNUM", "5")]),
        ("en", "Articles 21 to 46",
         [("ART", "plural"), ("NUM", "21"), ("RANGE", ""), ("NUM", "46")]),
        ("en", "Article 100a", [("ART", ""), ("NUM", "100a")]),
        ("en", "Articles 12 ff.", [("ART", "plural"), ("NUM", "12"), ("SEQ", "")]),
        # ordinals carry their number; "Annex" with a capital is the noun
        ("en", "the first and eleventh recitals",
         [("DET", ""), ("ORD", "1"), ("AND", ""), ("ORD", "11"), ("RECITAL", "")]),
        ("en", "Annex II", [("ANNEX", "noun"), ("ROMAN", "II")]),
        # a title is not citable: its own token, which the parser skips
        ("en", "Title V and", [("NONCITE", ""), ("ROMAN", "V"), ("AND", "")]),
        # Dutch: "lid" is a paragraph word, "de artikelen" a determiner and an article word
        (
            "nl",
            "artikel 3, lid 5, en de artikelen 21",
            [("ART", ""), ("NUM", "3"), ("COMMA", ""), ("PAR", ""), ("NUM", "5"),
             ("COMMA", ""), ("AND", ""), ("DET", ""), ("ART", "plural"), ("NUM", "21")],
        ),
        # German spells the point letter out: "Buchstabe a"
        ("de", "Artikel 322 Absatz 1 Buchstabe a",
         [("ART", ""), ("NUM", "322"), ("PAR", ""), ("NUM", "1"), ("PT", ""), ("LETTER", "a")]),
        # Hungarian puts the number first, with an ordinal dot, and the letter before "pontja"
        ("hu", "a 2. cikk (1) bekezdésének a) pontja",
         [("DET", ""), ("NUM", "2"), ("ART", ""), ("BNUM", "1"), ("PAR", ""), ("LETP", "a"),
          ("PT", "")]),
    ],
)  # fmt: skip
def test_the_lexer_tags_words_by_role(lang: str, text: str, tokens: list) -> None:  # type: ignore[type-arg]
    assert lexed(lang, text) == tokens


def test_the_lexer_stops_where_a_chain_cannot_go_on() -> None:
    # "Article Article": no chain, and a hostile run of article words stays linear
    assert lexed("en", "Article Article 5") == [("ART", "")]
    # a blank line ends the chain ("artikel 226,\n\n1.  vedtager …")
    assert lexed("en", "Article 5\n\nArticle 6") == [("ART", ""), ("NUM", "5")]
    # a word that has no role ends the tokens ("thereof" is attach's, not the lexer's)
    assert lexed("en", "Kazakh Criminal Code") == []
    assert lexed("en", "Article 16(2) thereof") == [("ART", ""), ("NUM", "16"), ("BNUM", "2")]


def test_token_offsets_are_offsets_of_the_text() -> None:
    text = "see Article 16(2), point (b)"
    tokens = reader("en").tokens(text, 4)
    assert [text[t.start : t.end] for t in tokens] == ["Article", "16", "(2)", ",", "point", "(b)"]


# --- the parser: tokens become units, with no language in it


def parse(spec: str, **options: bool) -> tuple | None:  # type: ignore[type-arg]
    """``"ART NUM=5"``: tokens by kind and value, each two characters after the last."""
    tokens, pos = [], 0
    for item in spec.split():
        kind, _, value = item.partition("=")
        tokens.append(Token(kind, pos, pos + 1 + len(value), value))
        pos += 2 + len(value)
    chain = parse_chain(tokens, number_first=options.pop("number_first", False), **options)
    return None if chain is None else (units(chain.units), chain.start, chain.end, chain.rules)


def test_a_list_of_articles_with_a_paragraph() -> None:
    assert parse("ART NUM=2 COMMA NUM=3 BNUM=5 AND NUM=21") == (
        [("2", None, (), None), ("3", "5", (), None), ("21", None, (), None)], 0, 18, False
    )  # fmt: skip


def test_a_range_is_one_unit() -> None:
    assert parse("ART NUM=5 RANGE NUM=9") == ([("5", None, (), "9")], 0, 9, False)


def test_a_subparagraph_is_dropped_and_a_point_list_shares_its_article() -> None:
    assert parse("ART NUM=3 BNUM=2 COMMA ORD=2 SUB")[0] == [("3", "2", (), None)]  # type: ignore[index]
    assert parse("ART NUM=5 PAR NUM=2 PT LETTER=b AND LETTER=c")[0] == [  # type: ignore[index]
        ("5", "2", ("b",), None),
        ("5", "2", ("c",), None),
    ]


def test_a_rules_word_marks_the_chain_as_the_ep_rules() -> None:
    assert parse("RULE NUM=144 BNUM=5") == ([("144", "5", (), None)], 0, 9, True)


def test_recitals_and_annexes_are_units_without_an_article() -> None:
    chain = parse_chain(
        [Token("ORD", 0, 5, "1"), Token("AND", 6, 9), Token("ORD", 10, 18, "11"),
         Token("RECITAL", 19, 27)],
        number_first=False,
    )  # fmt: skip
    assert chain is not None
    assert [(u.article, u.recital) for u in chain.units] == [("", "1"), ("", "11")]
    annex = parse_chain(
        [Token("ANNEX", 0, 5, "noun"), Token("ROMAN", 6, 8, "IV")], number_first=False
    )
    assert annex is not None and [(u.article, u.annex) for u in annex.units] == [("", "IV")]


def test_number_first_languages_read_the_number_before_its_noun() -> None:
    assert parse("NUM=3 ART", number_first=True) == ([("3", None, (), None)], 0, 4, False)
    assert parse("NUM=3 ART") is None  # the same tokens cite nothing where the noun leads


def test_no_number_or_no_article_word_is_no_chain() -> None:
    assert parse("ART") is None
    assert parse_chain([], number_first=False) is None
    # bare numbers are a chain only when an article word stood further back
    assert parse("NUM=7 COMMA NUM=8") is None
    # a number alone, in either word order: the lexer skips parsing it (articles.chains)
    assert parse("NUM=7") is None and parse("NUM=7", number_first=True) is None
    assert parse("NUM=7 COMMA NUM=8", article_word_seen=True) == (
        [("7", None, (), None), ("8", None, (), None)], 0, 7, False
    )  # fmt: skip
