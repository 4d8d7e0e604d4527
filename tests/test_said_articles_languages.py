"""An article after "the said" in the languages beyond the first nine, and in those that
put the word after the chain: it "del predetto articolo 6", sk "v uvedenom článku 6",
ro "articolul 6 menționat anterior", bg "член 6 по-горе", fr "l'article 6 précité",
en "Article 6 cited above". The anaphor takes the instrument of the article cited
before, even when another unit named further on has one of its own: pt "do referido
artigo 6.º e do Título VII da Carta" is Article 6 of the Treaty, not of the Charter
(a title is no citation). Before, these chains took no instrument, or the Charter's."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "L'articolo 82 del RGPD prevede un diritto al risarcimento. Le condizioni "
            "previste dal predetto articolo 82 sono cumulative.",
            [(f"{GDPR}:82", "articolo 82"), (f"{GDPR}:82", "articolo 82")],
        ),
        (
            "sk",
            "Článok 82 GDPR zakladá právo na náhradu škody. Podmienky stanovené v "
            "uvedenom článku 82 sú kumulatívne.",
            [(f"{GDPR}:82", "Článok 82"), (f"{GDPR}:82", "článku 82")],
        ),
        (
            "cs",
            "Článek 82 GDPR zakládá právo na náhradu škody. Podmínky stanovené v "
            "uvedeném článku 82 jsou kumulativní.",
            [(f"{GDPR}:82", "Článek 82"), (f"{GDPR}:82", "článku 82")],
        ),
        (
            "ro",
            "Articolul 82 din RGPD prevede un drept la despăgubire. Condițiile "
            "articolului 82 menționat mai sus sunt cumulative.",
            [(f"{GDPR}:82", "Articolul 82"), (f"{GDPR}:82", "articolului 82")],
        ),
        (
            "bg",
            "Член 82 от ОРЗД предвижда право на обезщетение. Условията на член 82 "
            "по-горе са кумулативни, както и тези на посочения член 82.",
            [(f"{GDPR}:82", "Член 82"), (f"{GDPR}:82", "член 82"), (f"{GDPR}:82", "член 82")],
        ),
        (
            "fr",
            "L'article 82 du RGPD prévoit un droit à réparation. Les conditions de "
            "l'article 82 précité sont cumulatives.",
            [(f"{GDPR}:82", "article 82"), (f"{GDPR}:82", "article 82")],
        ),
        (
            "en",
            "Article 82 GDPR confers a right to compensation. The conditions in Article 82 "
            "cited above are cumulative.",
            [(f"{GDPR}:82", "Article 82"), (f"{GDPR}:82", "Article 82")],
        ),
        (
            "el",
            "Το άρθρο 82 του ΓΚΠΔ προβλέπει δικαίωμα αποζημίωσης. Οι προϋποθέσεις του "
            "προαναφερθέντος άρθρου 82 είναι σωρευτικές.",
            [(f"{GDPR}:82", "άρθρο 82"), (f"{GDPR}:82", "άρθρου 82")],
        ),
        (
            "mt",
            "L-Artikolu 82 tal-GDPR jipprevedi dritt għal kumpens. Il-kundizzjonijiet "
            "tal-imsemmi Artikolu 82 huma kumulattivi.",
            [(f"{GDPR}:82", "L-Artikolu 82"), (f"{GDPR}:82", "Artikolu 82")],
        ),
        (
            "hu",
            "A GDPR 82. cikke kártérítési jogot biztosít. Az említett 82. cikk feltételei "
            "kumulatívak.",
            [(f"{GDPR}:82", "82. cikke"), (f"{GDPR}:82", "82. cikk")],
        ),
        # a title after the said article does not lend it the Charter
        (
            "pt",
            "O artigo 6.º do Tratado da União Europeia reconhece os direitos. A Carta deve "
            "ser aplicada de acordo com o referido artigo 6.º e com o Título VII da Carta.",
            [("TEU:6", "artigo 6.º"), ("TEU:6", "artigo 6.º")],
        ),
        (
            "it",
            "L'articolo 6 del trattato sull'Unione europea riconosce i diritti. La Carta si "
            "applica conformemente al predetto articolo 6 e al titolo VII della Carta.",
            [("TEU:6", "articolo 6"), ("TEU:6", "articolo 6")],
        ),
        # negatives: a national act after the word, an article never cited before, a
        # participle with a preposition between, a name of its own after "cited above"
        (
            "it",
            "L'articolo 4 della direttiva 2011/83/UE si applica. Il suddetto articolo 4 "
            "della legge n. 241/1990 dispone altrimenti.",
            [("CELEX:32011L0083:4", "articolo 4")],
        ),
        ("ro", "Articolul 5 menționat anterior din Legea nr. 190/2018 dispune altfel.", []),
        (
            "sk",
            "Podmienky uvedené v článku 82 sú kumulatívne. V uvedenom článku 12 sa vyžaduje "
            "súhlas.",
            [],
        ),
        (
            "en",
            "Article 82 GDPR confers a right to compensation. The conditions in Article 82 "
            "cited above in the Civil Code differ.",
            [(f"{GDPR}:82", "Article 82")],
        ),
    ],
)
def test_a_said_article_is_the_one_cited_before(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected
