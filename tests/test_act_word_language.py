"""Act words of other languages in a text of a known language (families/act_word_language.py):
a lower-case word that is an act word only in another language is an ordinary word of
the text (fr "orientation", an ECB guideline, in English "sexual orientation"); a
capitalised one is the name of an act cited in its own language."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.families.act_word_language import counts_in


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the text's own lower-case act words name acts
        ("fr", "Voir l'orientation (UE) 2016/1994 de la Banque centrale européenne.",
         [("CELEX:32016O1994", "orientation (UE) 2016/1994")]),
        ("es", "Véase la orientación (UE) 2016/1994 del Banco Central Europeo.",
         [("CELEX:32016O1994", "orientación (UE) 2016/1994")]),
        ("it", "Si veda l'indirizzo (UE) 2015/510 della Banca centrale europea.",
         [("CELEX:32015O0510", "indirizzo (UE) 2015/510")]),
        ("en", "A regulation (EU) 2016/679 and the directive 95/46/EC.",
         [("CELEX:32016R0679", "regulation (EU) 2016/679"),
          ("CELEX:31995L0046", "directive 95/46/EC")]),
        # another language's act names, capitalised, keep their kind
        ("en", "It follows Richtlinie 2000/78/EG of the Council.",
         [("CELEX:32000L0078", "Richtlinie 2000/78/EG")]),
        ("en", "The Bank adopted Orientación (UE) 2016/1994 in Spanish.",
         [("CELEX:32016O1994", "Orientación (UE) 2016/1994")]),
        # a number named before with its act word is that act, the foreign word ignored
        ("en", "The Employment Equality Directive 2000/78/EC applies. It prohibits "
               "discrimination on grounds of sexual orientation (2000/78/EC).",
         [("CELEX:32000L0078", "Employment Equality Directive 2000/78/EC"),
          ("CELEX:32000L0078", "2000/78/EC")]),
    ],
)  # fmt: skip
def test_act_words_of_the_text_and_capitalised_names(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It prohibits discrimination on grounds of sexual orientation (2000/78/EC)."),
        ("nl", "Het verbod op discriminatie op grond van seksuele orientation (2000/78/EG)."),
        ("de", "Verboten ist Diskriminierung wegen sexueller orientation (2000/78/EG)."),
    ],
)
def test_lower_case_word_of_another_language_gives_no_kind(lang: str, text: str) -> None:
    # fr "orientation" (an ECB guideline, O) is no act word in these texts: the number has
    # no act word, so no kind and no act (as without any word before it), rather than
    # a guideline 32000O0078.
    assert acts(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "surface", "counts"),
    [
        ("en", "orientation", False),
        ("fr", "orientation", True),
        ("de", "orientation", False),
        ("en", "Orientation", True),  # capitalised: a name
        ("nl", "indirizzo", False),
        ("it", "indirizzo", True),
        ("da", "forordningen", True),  # own word with an inflected ending ("forordning*")
        ("da", "ændringsforordning", True),  # "*forordning*"
        ("en", "règlement", False),
        ("cs", "společné postoje", True),
        (None, "orientation", True),  # language unknown: every word counts
    ],
)
def test_which_lower_case_act_words_count(lang: str | None, surface: str, counts: bool) -> None:
    assert counts_in(lang, surface) is counts
