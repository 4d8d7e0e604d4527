""" "of the Treaty" owns its article even where an act's title goes on with another act
after it: "Regulation (EC) No 219/2009 … adapting a number of instruments subject to the
procedure referred to in Article 251 of the Treaty to Council Decision 1999/468/EC" cites
Article 251 of the EC Treaty (the Treaty of an act adopted before Lisbon) and the
decision on its own, not Article 251 of the decision."""

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
            "Regulation (EC) No 219/2009 of the European Parliament and of the Council of 11"
            " March 2009 adapting a number of instruments subject to the procedure referred to"
            " in Article 251 of the Treaty to Council Decision 1999/468/EC",
            ["CELEX:32009R0219", "TEC:251", "CELEX:31999D0468"],
        ),
        (
            "en",
            "Article 95 of the EC Treaty. The Council then applied Article 202 of the Treaty to"
            " Commission Decision 2004/452/EC.",
            ["TEC:95", "TEC:202", "CELEX:32004D0452"],
        ),
        (
            "fr",
            "Règlement (CE) no 219/2009 du Parlement européen et du Conseil du 11 mars 2009"
            " portant adaptation de certains actes soumis à la procédure visée à l'article 251"
            " du traité à la décision 1999/468/CE du Conseil",
            ["CELEX:32009R0219", "TEC:251", "CELEX:31999D0468"],
        ),
        (
            "es",
            "Reglamento (CE) n.º 219/2009 del Parlamento Europeo y del Consejo, de 11 de marzo"
            " de 2009, por el que se adaptan determinados actos sujetos al procedimiento"
            " establecido en el artículo 251 del Tratado a la Decisión 1999/468/CE del Consejo",
            ["CELEX:32009R0219", "TEC:251", "CELEX:31999D0468"],
        ),
    ],
)
def test_treaty_article_before_another_act(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_an_act_right_after_the_of_word_keeps_its_article() -> None:
    # no Treaty after "of": the act it names is the article's
    text = "Article 7 of Council Decision 1999/468/EC to the committee"
    assert _keys(text, "en") == ["CELEX:31999D0468:7"]
