"""A page in one language whose body is English (an Irish, Maltese or Croatian EUR-Lex
page of an act never translated): its lines are read in English, and the whole body
too, so that "Article 189c of the Treaty" finds the Treaty its visa named lines before;
in a text whose body is its own language an English line is read alone."""

from __future__ import annotations

import pytest

from citeresolve import extract

_BODY = (
    "Having regard to the Treaty establishing the European Community, and in particular "
    "Article 130s(1) thereof,\n\n"
    "Having regard to the proposal from the Commission(1),\n\n"
    "Acting in accordance with the procedure laid down in Article 189c of the Treaty(3),\n\n"
    "(1) Whereas the Community strategy document invites the Commission to act;\n"
)


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        (
            "ga",
            "Foilsíodh an doiciméad seo in eagrán speisialta\n\n",
        ),
        (
            "mt",
            "Dan id-dokument huwa estratt mis-sit web EUR-Lex\n\n",
        ),
        (
            "hr",
            "Ovaj dokument je izvadak s internetske stranice EUR-Lex\n\n",
        ),
    ],
)
def test_an_english_body_reads_the_treaty_of_its_visa(lang: str, heading: str) -> None:
    text = heading + "THE COUNCIL OF THE EUROPEAN UNION,\n\n" + _BODY
    keys = [c.key for c in extract(text, lang=lang)]
    assert keys == ["TEC", "TEC:130s(1)", "TEC:189c"]


def test_an_english_line_in_a_french_text_is_read_alone() -> None:
    text = (
        "vu le traité instituant la Communauté européenne,\n"
        "considérant que la Cour a jugé que la directive s'applique;\n"
        "Keywords: Article 5 of the Treaty\n"
        "considérant que les États membres doivent prendre les mesures nécessaires;\n"
    )
    assert [c.key for c in extract(text, lang="fr")] == ["TEC"]
