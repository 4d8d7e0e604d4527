"""A lettered point of a numbered point, both before their article ("point (b) of point
1 of Article 7", fr "point b) du point 1 de l'article 7", hr "podtočke (b) točke 1.
članka 7."): the numbered point is the paragraph, as in chain order ("Article 7(1)(b)",
the contract's lt "5 straipsnio 1 punkto b papunktis"). A numbered point after "and" is
another point of the list, not the lettered point's."""

from __future__ import annotations

import pytest

from citeresolve import extract

BRUSSELS = "CELEX:32012R1215"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "under point (b) of point 1 of Article 7 of Regulation (EU) No 1215/2012"),
        ("fr", "au sens du point b) du point 1 de l'article 7 du règlement (UE) no 1215/2012"),
        ("es", "según la letra b) del punto 1 del artículo 7 del Reglamento (UE) n.º 1215/2012"),
        ("it", "ex lettera b) del punto 1 dell'articolo 7 del regolamento (UE) n. 1215/2012"),
        ("pt", "segundo a alínea b) do ponto 1 do artigo 7.º do Regulamento (UE) n.º 1215/2012"),
        ("hr", "iz podtočke (b) točke 1. članka 7. Uredbe (EU) br. 1215/2012 proizlazi"),
        ("sl", "iz točke (b) točke 1 člena 7 Uredbe (EU) št. 1215/2012 izhaja"),
        ("mt", "skont il-punt (b) tal-punt 1 tal-Artikolu 7 tar-Regolament (UE) Nru 1215/2012"),
    ],
)
def test_point_of_a_numbered_point(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == [f"{BRUSSELS}:7(1)(b)"]


def test_points_of_a_numbered_point() -> None:
    text = "points (a) and (b) of point 2 of Article 3 of Regulation (EU) 2016/679"
    keys = [c.key for c in extract(text, lang="en")]
    assert keys == ["CELEX:32016R0679:3(2)(a)", "CELEX:32016R0679:3(2)(b)"]


def test_paragraph_between_stays_the_paragraph() -> None:
    keys = [c.key for c in extract("point (b) of paragraph 4 of Article 152 TFEU", lang="en")]
    assert keys == ["TFEU:152(4)(b)"]
