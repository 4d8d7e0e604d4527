"""A range written with its article word twice after a "from" word ("from Article 101
to Article 109", de "von Artikel 101 bis Artikel 109", fr "de l'article 101 à l'article
109"): one citation of the range, as "Articles 101 to 109" gives; before, the first
article was lost and de "Artikel 101 bis" read as Article 101a."""

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
            "State aid is governed by the rules laid down from Article 107 to Article 109 TFEU.",
            ["TFEU:107-109"],
        ),
        (
            "en",
            "The rights set out from Article 15 to Article 22 of Regulation (EU) 2016/679 "
            "may be restricted.",
            ["CELEX:32016R0679:15-22"],
        ),
        (
            "de",
            "Die Beihilfevorschriften von Artikel 107 bis Artikel 109 AEUV bleiben unberührt.",
            ["TFEU:107-109"],
        ),
        (
            "de",
            "Die Rechte von Art. 15 bis Art. 22 der Verordnung (EU) 2016/679 können "
            "beschränkt werden.",
            ["CELEX:32016R0679:15-22"],
        ),
        (
            "fr",
            "Les aides relèvent des règles de l'article 107 à l'article 109 du TFUE.",
            ["TFEU:107-109"],
        ),
        (
            "es",
            "Los derechos previstos del artículo 15 al artículo 22 del Reglamento (UE) "
            "2016/679 pueden limitarse.",
            ["CELEX:32016R0679:15-22"],
        ),
        (
            "it",
            "I diritti previsti dall'articolo 15 all'articolo 22 del regolamento (UE) "
            "2016/679 possono essere limitati.",
            ["CELEX:32016R0679:15-22"],
        ),
        (
            "pt",
            "Os direitos previstos do artigo 15.º ao artigo 22.º do Regulamento (UE) "
            "2016/679 podem ser limitados.",
            ["CELEX:32016R0679:15-22"],
        ),
        (
            "nl",
            "De rechten van artikel 15 tot en met artikel 22 van Verordening (EU) 2016/679 "
            "kunnen worden beperkt.",
            ["CELEX:32016R0679:15-22"],
        ),
        (
            "pl",
            "Prawa określone od art. 15 do art. 22 rozporządzenia (UE) 2016/679 mogą "
            "zostać ograniczone.",
            ["CELEX:32016R0679:15-22"],
        ),
        (
            "el",
            "Τα δικαιώματα από το άρθρο 15 έως το άρθρο 22 του Κανονισμού (ΕΕ) 2016/679 "
            "μπορούν να περιοριστούν.",
            ["CELEX:32016R0679:15-22"],
        ),
    ],
)
def test_range_with_the_article_word_twice(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # no "from" word: the reference in one article to another names two articles
        (
            "en",
            "The reference in Article 2 to Article 5 of Regulation (EU) 2016/679 shall be "
            "read as a reference to Article 6 of that Regulation.",
            ["CELEX:32016R0679:5", "CELEX:32016R0679:6"],
        ),
        # the second number below the first: no range
        (
            "en",
            "It moved from Article 9 to Article 5 of Regulation (EU) 2016/679.",
            ["CELEX:32016R0679:5"],
        ),
        # an inserted article's Latin suffix stays one
        ("fr", "l'article 8 bis du règlement (UE) 2016/679", ["CELEX:32016R0679:8a"]),
        ("it", "all'articolo 8 bis del regolamento (UE) 2016/679", ["CELEX:32016R0679:8a"]),
        # national law: the range takes no EU key
        ("de", "Die Vorschriften von Artikel 3 bis Artikel 7 des Grundgesetzes gelten.", []),
    ],
)
def test_no_range(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
