"""A range inside a list of paragraphs (et "artikli 10 lõiked 1, 3–5, 7 ja 8", en
"paragraphs 1, 3 to 5, 7 and 8", de "Absätze 1, 3 bis 5, 7 und 8"): the range keeps the
article only, as "Absätze 1 bis 4" does, and the list goes on after it; before, the
chain ended at the range and took its first number for a paragraph."""

from __future__ import annotations

import pytest

import citeresolve

NIS2 = "CELEX:32022L2555"
LIST = [f"{NIS2}:10(1)", f"{NIS2}:10", f"{NIS2}:10(7)", f"{NIS2}:10(8)"]


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Liikmesriik tagab direktiivi (EL) 2022/2555 artikli 10 lõiked 1, 3–5, 7 ja 8 "
            "täitmise.",
            LIST,
        ),
        (
            "et",
            "Kohaldatakse direktiivi (EL) 2022/2555 artikli 11 lõikeid 1 ja 3–5 ning artikli 12 "
            "lõiget 1.",
            [f"{NIS2}:11(1)", f"{NIS2}:11", f"{NIS2}:12(1)"],
        ),
        (
            "en",
            "Member States shall apply Article 10, paragraphs 1, 3 to 5, 7 and 8, of Directive "
            "(EU) 2022/2555.",
            LIST,
        ),
        (
            "de",
            "Es gelten Artikel 10 Absätze 1, 3 bis 5, 7 und 8 der Richtlinie (EU) 2022/2555.",
            LIST,
        ),
        (
            "fr",
            "Il applique l'article 10, paragraphes 1, 3 à 5, 7 et 8, de la directive (UE) "
            "2022/2555.",
            LIST,
        ),
        ("pl", "Stosuje się art. 10 ust. 1, 3–5, 7 i 8 dyrektywy (UE) 2022/2555.", LIST),
        # a range alone after the paragraph word keeps the article, as before
        ("et", "direktiivi (EL) 2022/2555 artikli 10 lõiked 3–5", [f"{NIS2}:10"]),
        # articles, not paragraphs: a range after an article's paragraph
        (
            "en",
            "Articles 4(1), 6 to 8 and 10 of Directive (EU) 2022/2555",
            [f"{NIS2}:4(1)", f"{NIS2}:6-8", f"{NIS2}:10"],
        ),
    ],
)
def test_paragraph_ranges_in_lists(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("et", "karistusseadustiku § 10 lõiked 1, 3–5 ja 7 ei kohaldu"),
        ("de", "nach § 10 Absätze 1, 3 bis 5 und 7 BGB"),
        ("en", "section 10, paragraphs 1, 3 to 5 and 7, of the Companies Act 2006"),
    ],
)
def test_paragraph_ranges_in_lists_not_eu(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
