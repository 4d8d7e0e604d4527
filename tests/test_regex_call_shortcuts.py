"""Tests that skip a regex call give the answer the call gives: the chain lexer's comma,
the glued year before an act number's slash, a quoted word in lower case in a name."""

from __future__ import annotations

import itertools
import random

import pytest

from citeresolve import available_languages
from citeresolve.families import act_numbers, short_names
from citeresolve.families.articles import reader
from citeresolve.families.chain_tokens import comma_alone

# Lists of articles with commas, written for these tests, in several languages.
_LISTS = {
    "en": "Articles 3, 5(1), (2) and 7, first subparagraph, point (a), of Directive 2001/29/EC",
    "fr": "les articles 4, 6, paragraphe 2, et 9, point b), du règlement (UE) 2016/679",
    "de": "Art. 5 Abs. 1, 2 und 4, Art. 7, Art. 9 Abs. 3 Buchst. c, der Richtlinie",
    "da": "artikel 3, stk. 2, artikel 4, sammenholdt med artikel 8, i forordningen",
    "pl": "art. 6 ust. 1, 2, 3, lit. a, art. 9 ust. 2 rozporządzenia",
    "it": "articoli 3, 4, paragrafo 1, e 12, del regolamento , , , , , , , , 7",
}


def _regex_path(code: str, text: str) -> list[tuple[str, int, int, str]]:
    lexer = reader(code)
    kept = lexer._comma_alone
    lexer._comma_alone = False  # every comma through the pattern, as before the shortcut
    try:
        return [(t.kind, t.start, t.end, t.value) for t in lexer.tokens(text, 0)]
    finally:
        lexer._comma_alone = kept


@pytest.mark.parametrize("code", sorted(_LISTS))
def test_a_comma_read_without_the_pattern_is_the_token_the_pattern_reads(code: str) -> None:
    text = _LISTS[code]
    lexer = reader(code)
    tokens = [(t.kind, t.start, t.end, t.value) for t in lexer.tokens(text, 0)]
    assert any(kind == "COMMA" for kind, *_ in tokens)
    assert tokens == _regex_path(code, text)


@pytest.mark.parametrize("code", available_languages())
def test_the_comma_shortcut_holds_where_only_the_separators_start_with_a_comma(
    code: str,
) -> None:
    lexer = reader(code)._token
    if not comma_alone(lexer):
        # da ", sammenholdt med" is an "and": the pattern is asked there
        assert len(lexer.branches_for(",")) > 1
        return
    for after in (" 5", "5", " a)", "\n(2)", " and", ", ,", ""):
        m = lexer.match("," + after, 0)
        assert m is not None and m.lastgroup == "COMMA" and m.span() == (0, 1)


def test_danish_keeps_its_comma_word() -> None:
    assert not comma_alone(reader("da")._token)
    kinds = [t.kind for t in reader("da").tokens(_LISTS["da"], 0)]
    assert "AND" in kinds  # ", sammenholdt med": one "and" token, no comma


def _slashed_texts() -> list[str]:
    rng = random.Random(11)
    texts = [
        "2019/9472021/664",
        "Regulation (EU) 2016/679 and 2019/9472021/664/EU",
        "1/19001/",
        "5/2020/",
        "x/12342099/ 7/1999/ 7/ 1999/",
        "/2019/",
        "12/201/",
        "٣/١٢٢٠١٩/",  # digits of another script: \d, not the century's literal
    ]
    alphabet = "0123456789/19 20a"
    texts += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(400)]
    return texts


def test_a_glued_year_is_found_before_every_slash_where_the_pattern_finds_one() -> None:
    pattern = act_numbers._GLUED_YEAR
    for text in _slashed_texts():
        for end in (i for i, ch in enumerate(text) if ch == "/"):
            expected = pattern.match(text, max(0, end - 10), end) is not None
            assert act_numbers._glued_year_before(text, end) == expected, (text, end)


@pytest.mark.parametrize(
    "name",
    [
        "the ‘services’ directive",
        "the “Habitats” Directive",
        "Directiva „Habitate”",
        "la directive « services »",
        "de 'dienstenrichtlijn' richtlijn",
        "Treaty on the Functioning of the European Union",
        "Vertrag über die Arbeitsweise der Europäischen Union",
        "TFUE",
        "l'accord de Paris",
        "`x",
    ],
)
def test_a_name_without_quotes_is_no_quoted_lower_case_word(name: str) -> None:
    expected = short_names._QUOTED_LOWER.search(name) is not None
    assert short_names.quoted_lower(name) == expected


def test_every_quote_of_the_pattern_is_looked_for() -> None:
    for quote, letter in itertools.product(short_names._QUOTE_MARKS, "aé"):
        name = f"the {quote}{letter}"
        assert short_names.quoted_lower(name)
