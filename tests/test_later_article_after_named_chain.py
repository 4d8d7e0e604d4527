"""A bare article later in the sentence of a chain its instrument's name completes, past
a comma: es "Según el artículo 3, apartado 1, de dicha Directiva, una cláusula es
abusiva, mientras que conforme al artículo 4, apartado 2, …", el "κατά το άρθρο 21 της
Οδηγίας (ΕΕ) 2022/2555, αναφέρουν … κατά το άρθρο 23", mt "Skont l-Artikolu 3(1) ta'
dik id-Direttiva, …, filwaqt li skont l-Artikolu 4(2)" (the contract's "in reach": the
sentence names the instrument before the article, no other between). A comma after a
name that stands alone still opens its own clause."""

from __future__ import annotations

import pytest

import citeresolve

UNFAIR_TERMS = "CELEX:31993L0013"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "El control se basa en la Directiva 93/13/CEE del Consejo. Según el artículo 3, "
            "apartado 1, de dicha Directiva, una cláusula es abusiva, mientras que conforme al "
            "artículo 4, apartado 2, el objeto principal no se aprecia.",
            [UNFAIR_TERMS, f"{UNFAIR_TERMS}:3(1)", f"{UNFAIR_TERMS}:4(2)"],
        ),
        (
            "mt",
            "Skont l-Artikolu 3(1) tad-Direttiva tal-Kunsill 93/13/KEE, klawżola hija inġusta, "
            "filwaqt li skont l-Artikolu 4(2) l-oġġett ewlieni ma jiġix evalwat.",
            [f"{UNFAIR_TERMS}:3(1)", f"{UNFAIR_TERMS}:4(2)"],
        ),
        (
            "el",
            "Οι οντότητες λαμβάνουν μέτρα κατά το άρθρο 21 της Οδηγίας (ΕΕ) 2022/2555, "
            "αναφέρουν περιστατικά κατά το άρθρο 23 και συμμορφώνονται.",
            ["CELEX:32022L2555:21", "CELEX:32022L2555:23"],
        ),
        (
            "en",
            "Under Article 3 of Directive 93/13/EEC, a term is unfair, while under Article 4 "
            "the main subject matter is not assessed.",
            [f"{UNFAIR_TERMS}:3", f"{UNFAIR_TERMS}:4"],
        ),
    ],
)
def test_later_article_takes_the_named_chain_instrument(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the name alone, then a relative clause: its object is another act's article
        (
            "en",
            "Regulation (EU) 2018/1725, which amends Articles 12 to 23, applies.",
            ["CELEX:32018R1725"],
        ),
        # another act named after the chain
        (
            "es",
            "Según el artículo 3 de la Directiva 93/13/CEE, la cláusula es abusiva, y el "
            "artículo 5 de la Directiva 2011/83/UE exige información.",
            [f"{UNFAIR_TERMS}:3", "CELEX:32011L0083:5"],
        ),
    ],
)
def test_no_reach_past_a_clause_of_its_own(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
