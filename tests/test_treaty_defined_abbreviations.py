"""A Treaty's abbreviation that a text defines in quotes as its short name ("(»TEUF«)",
"(‘TFEU’)") is the Treaty's own name: cited each time it stands alone later, as the
unquoted "(TFEU)" is. And a Treaty's abbreviation in the dative with its article after a
title (hu "az EUSZ-nek a … szóló 36. cikke") only completes the article: one citation."""

from __future__ import annotations

import pytest

import citeresolve


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "later"),
    [
        (
            "da",
            "Efter artikel 3 i traktaten om Den Europæiske Unions funktionsmåde (»TEUF«) har "
            "Unionen enekompetence. Reglerne skal anvendes i overensstemmelse med TEUF.",
            "TEUF",
        ),
        (
            "en",
            "Under the Treaty on the Functioning of the European Union (‘TFEU’) the Union has "
            "exclusive competence. The rules apply in accordance with the TFEU.",
            "TFEU",
        ),
        (
            "de",
            'Nach dem Vertrag über die Arbeitsweise der Europäischen Union ("AEUV") hat die '
            "Union die ausschließliche Zuständigkeit. Dies steht im Einklang mit dem AEUV.",
            "AEUV",
        ),
        (
            "da",
            "Traktaten om Den Europæiske Union (»TEU«) fastsætter målene. Dette følger af TEU.",
            "TEU",
        ),
    ],
)
def test_treaty_abbreviation_defined_in_quotes_is_cited_later(
    lang: str, text: str, later: str
) -> None:
    found = _found(text, lang)
    last = text.rindex(later)
    hits = [c for c in citeresolve.extract(text, lang=lang) if c.start == last]
    assert [c.key for c in hits] in (["TFEU"], ["TEU"]), found
    # the definition in quotes itself is no citation
    quoted = text.index(later)
    assert not [c for c in citeresolve.extract(text, lang=lang) if c.start == quoted], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a defined short name of the Charter standing alone is still no citation
        (
            "en",
            "The Charter of Fundamental Rights of the European Union (‘the Charter’) applies. "
            "This is in accordance with the Charter.",
        ),
        (
            "de",
            'Die Charta der Grundrechte der Europäischen Union ("Charta") gilt. Dies steht im '
            "Einklang mit der Charta.",
        ),
        # an act's defined short name standing alone is no citation either
        (
            "en",
            "Directive 2002/24/EC (‘the Directive’) applies. This is in accordance with the "
            "Directive.",
        ),
    ],
)
def test_other_defined_short_names_alone_stay_uncited(lang: str, text: str) -> None:
    found = _found(text, lang)
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "–  tekintettel az EUSZ-nek a közös kül-, biztonság- és védelempolitikában betöltött "
            "szerepéről szóló 36. cikkére,",
            [("TEU:36", "36. cikkére")],
        ),
        (
            "–  tekintettel az EUSZ-nek az Európai Parlament közös biztonság- és "
            "védelempolitikában betöltött szerepéről szóló 36. cikkére,",
            [("TEU:36", "36. cikkére")],
        ),
        (
            "–  tekintettel az EUMSZ-nak a belső piac működéséről szóló 114. cikkére,",
            [("TFEU:114", "114. cikkére")],
        ),
        # a comma after a hyphen lists compounds inside an act's title too
        (
            "tekintettel a 987/2009/EK rendeletnek a kül-, bel- és igazságügyi együttműködésről "
            "szóló 5. cikkére,",
            [("CELEX:32009R0987:5", "5. cikkére")],
        ),
        # negatives: the Treaty named on its own before an act's title stays cited; a
        # comma with no hyphen before it ends the title (the name is cited on its own)
        (
            "tekintettel az EUMSZ-re és a belső piacról szóló 2019/1150 rendeletre,",
            [("TFEU", "EUMSZ"), ("CELEX:32019R1150", "2019/1150 rendeletre")],
        ),
        (
            "tekintettel az EUSZ-nek a közös politikáról, valamint a szerepéről szóló 36. cikkére,",
            [("TEU", "EUSZ"), ("TEU:36", "36. cikkére")],
        ),
    ],
)
def test_hu_treaty_in_dative_before_titled_article(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "hu") == expected
