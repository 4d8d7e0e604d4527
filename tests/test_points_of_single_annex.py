"""Numbered points after an article and an "and" word that are points of the act's
single annex ("Article 3(1), read in conjunction with points 1(j) and 2(d) of the
Annex"): the annex is the list's next item (annex-1, its points dropped, as the
contract drops an annex's points); before, the points were read as the article's
paragraph and points (es, fr: 3(1)(j), 2(d)), nested the article under the annex (de,
hr: annex-1/3(1)(j)) or lost the article (en). Found in the keyword line of an Advocate
General's opinion on the Unfair Terms Directive (C-472/10, es); the other languages
write the same line in their own forms."""

from __future__ import annotations

import pytest

import citeresolve

DIRECTIVE = "CELEX:31993L0013"
EXPECTED = [
    DIRECTIVE,
    f"{DIRECTIVE}:3(1)",
    f"{DIRECTIVE}:annex-1",
    f"{DIRECTIVE}:6",
    f"{DIRECTIVE}:7",
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "«Defensa de los consumidores — Directiva 93/13/CEE — Artículo 3, apartado 1, en"
            " relación con los puntos 1, letra j), y 2, letra d), del anexo — Artículos 6 y 7"
            " — Cláusulas abusivas en los contratos celebrados con los consumidores»",
        ),
        (
            "en",
            "(Consumer protection — Directive 93/13/EEC — Article 3(1), read in conjunction"
            " with points 1(j) and 2(d) of the Annex — Articles 6 and 7 — Unfair terms in"
            " consumer contracts)",
        ),
        (
            "fr",
            "« Protection des consommateurs — Directive 93/13/CEE — Article 3, paragraphe 1,"
            " lu en combinaison avec les points 1, sous j), et 2, sous d), de l’annexe —"
            " Articles 6 et 7 — Clauses abusives »",
        ),
        (
            "de",
            "„Verbraucherschutz – Richtlinie 93/13/EWG – Art. 3 Abs. 1 in Verbindung mit Nr. 1"
            " Buchst. j und Nr. 2 Buchst. d des Anhangs – Art. 6 und 7 – Missbräuchliche"
            " Klauseln“",
        ),
        (
            "hr",
            "„Zaštita potrošača – Direktiva 93/13/EEZ – Članak 3. stavak 1. u vezi s točkama 1."
            " podtočkom (j) i 2. podtočkom (d) Priloga – Članci 6. i 7. – Nepošteni uvjeti“",
        ),
    ],
)
def test_points_of_the_single_annex_after_an_article(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == EXPECTED


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one point, the annex's act named after it
        (
            "es",
            "el artículo 3, apartado 3, y el punto 1, letra q), del anexo de la Directiva 93/13",
            [f"{DIRECTIVE}:3(3)", f"{DIRECTIVE}:annex-1"],
        ),
        (
            "de",
            "Art. 3 Abs. 3 und Nr. 1 Buchst. q des Anhangs der Richtlinie 93/13/EWG",
            [f"{DIRECTIVE}:3(3)", f"{DIRECTIVE}:annex-1"],
        ),
        # a numbered annex keeps its number
        (
            "en",
            "Article 3(1) and points 1(j) and 2(d) of Annex I to Directive 93/13/EEC",
            [f"{DIRECTIVE}:3(1)", f"{DIRECTIVE}:annex-I"],
        ),
        # numbered points of the article itself (each point of a list a citation), and
        # of another article
        (
            "en",
            "Article 4, points 1 and 2, of Regulation (EU) No 575/2013",
            ["CELEX:32013R0575:4", "CELEX:32013R0575:4"],
        ),
        (
            "es",
            "el artículo 5, apartado 1, y los puntos 1 y 2 del artículo 6 de la Directiva 93/13",
            [f"{DIRECTIVE}:5(1)", f"{DIRECTIVE}:6"],
        ),
        # a national act's annex
        ("en", "Article 10 and point 3 of the Annex to the national Act", []),
    ],
)
def test_points_that_stay(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
