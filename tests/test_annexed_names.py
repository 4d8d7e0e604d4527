"""An act's annex cited by a popular name whose articles are not the act's (the Staff
Regulations, annexed to Regulation No 31 (EEC), 11 (EAEC); ``annexed`` in
data/popular_names.toml): "Article 90 of the Staff Regulations" is no citation, and no
other act named after it takes the article (held-out precedent since round 8)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a judgment's keyword line and summary
        (
            "en",
            "Officials — Actions — Admissibility (Staff Regulations, Arts 90 and 91;"
            " Conditions of Employment of Other Servants, Art. 117)",
            [],
        ),
        (
            "en",
            "Articles 90 and 91 of the Staff Regulations apply by analogy to contract staff"
            " and Regulation (EU) 2018/1725 to the processing of their data.",
            [("CELEX:32018R1725", "Regulation (EU) 2018/1725")],
        ),
        (
            "fr",
            "la réclamation prévue à l'article 90 du statut des fonctionnaires et le"
            " règlement (UE) 2018/1725",
            [("CELEX:32018R1725", "règlement (UE) 2018/1725")],
        ),
        (
            "nl",
            "een klacht op grond van artikel 90 van het Ambtenarenstatuut en Verordening"
            " (EU) 2018/1725",
            [("CELEX:32018R1725", "Verordening (EU) 2018/1725")],
        ),
        (
            "de",
            "eine Beschwerde nach Artikel 90 des Beamtenstatuts und die Verordnung (EU) 2018/1725",
            [("CELEX:32018R1725", "Verordnung (EU) 2018/1725")],
        ),
    ],
)
def test_staff_regulations_articles_are_no_citation(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # negatives: an act's own articles and a popular name's stay cited
        (
            "en",
            "Article 24 of the Staff Regulations and Article 6 GDPR",
            [("CELEX:32016R0679:6", "Article 6")],
        ),
        (
            "en",
            "Article 24 of the Staff Regulations and Article 3 of Directive 2000/78/EC",
            [("CELEX:32000L0078:3", "Article 3")],
        ),
        (
            "fr",
            "l'article 5 du RGPD et l'article 90 du statut des fonctionnaires",
            [("CELEX:32016R0679:5", "article 5")],
        ),
    ],
)
def test_other_articles_stay_cited(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected
