"""Lists and points: articles in apposition to a unit of an instrument that a few words
describe ("Title VI of the Charter governing its interpretation and application, such
as Article 52(3)"); a range of points, which is not cited (sk "písm. b) až d)", en
"points (b) to (d)", de "lit. a bis c": the reviews of rounds 5, 6, 8, 27 and 30 key
neither its points nor what stands above them); a number with an ordinal ending before
a subparagraph word (fr "2e alinéa", nl "2e alinea"), no article."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "the rules in Title VII of the Charter governing its interpretation and application,"
            " such as Article 52(3) on the meaning of rights and Article 52(1) on limitations.",
            ["CFR:52(3)", "CFR:52(1)"],
        ),
        (
            "fr",
            "les règles du titre VII de la Charte régissant son interprétation, telles que"
            " l'article 52, paragraphe 3, sur la portée des droits.",
            ["CFR:52(3)"],
        ),
    ],
)
def test_articles_of_a_described_unit(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "sk",
            "Nariadenie (EÚ) č. 1215/2012 – Článok 7 ods. 2 písm. a) až c) – Článok 25 ods. 1",
            ["CELEX:32012R1215", "CELEX:32012R1215:25(1)"],
        ),
        (
            "en",
            "Regulation (EU) No 1215/2012 – Article 7(2)(a) to (c) – Article 25(1)",
            ["CELEX:32012R1215", "CELEX:32012R1215:25(1)"],
        ),
        # the range takes its act, which is not cited whole either
        ("de", "Nach Art. 6 Abs. 1 lit. a bis c der Verordnung (EU) 2016/679 gilt das.", []),
        # a list of points is cited point by point
        (
            "de",
            "Nach Art. 6 Abs. 1 lit. a und c der Verordnung (EU) 2016/679 gilt das.",
            ["CELEX:32016R0679:6(1)(a)", "CELEX:32016R0679:6(1)(c)"],
        ),
    ],
)
def test_a_range_of_points_is_not_cited(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fr",
            "Article 17, § 1, 2e alinéa, du règlement (UE) n° 604/2013 – Article 4 de la Charte",
            ["CELEX:32013R0604:17(1)", "CFR:4"],
        ),
        (
            "nl",
            "artikel 17, lid 1, 2e alinea, van Verordening (EU) nr. 604/2013",
            ["CELEX:32013R0604:17(1)"],
        ),
        # no subparagraph word after it: an inserted article's letter stays one
        ("fr", "l'article 2e du règlement (UE) n° 604/2013", ["CELEX:32013R0604:2e"]),
    ],
)
def test_an_ordinal_number_before_a_subparagraph_word(
    lang: str, text: str, keys: list[str]
) -> None:
    assert _keys(text, lang) == keys
