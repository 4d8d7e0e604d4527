"""An article chain after "the said" with no instrument of its own is an anaphor of the
article cited before it in the text (the contract's "in reach": an anaphor points to the
instrument): pl "Związek między przepisami ustanowionymi we wspomnianym art. 82 a
przepisami zawartymi we wspomnianych art. 83 i 84" after "art. 82 … art. 83 i 84 RODO",
da "annullation af nævnte artikel 17", es "del citado artículo 82", en "the said
Article 82". Before, these chains took no instrument: a bare "Article 82" in a
later sentence borrows nothing, and nothing read the word "said"."""

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
            "pl",
            "Art. 82 RODO przyznaje prawo do odszkodowania, a art. 83 i 84 RODO przewidują "
            "kary. Przepisy zawarte we wspomnianym art. 82 różnią się od przepisów "
            "zawartych we wspomnianych art. 83 i 84, które mają charakter represyjny.",
            [
                (f"{GDPR}:82", "Art. 82"),
                (f"{GDPR}:83", "art. 83"),
                (f"{GDPR}:84", "84"),
                (f"{GDPR}:82", "art. 82"),
                (f"{GDPR}:83", "art. 83"),
                (f"{GDPR}:84", "84"),
            ],
        ),
        (
            "da",
            "Sagsøgeren har nedlagt påstand om annullation af artikel 17, stk. 4, i direktiv "
            "(EU) 2019/790. Rækkevidden af nævnte artikel 17 skal derfor fastlægges.",
            [
                ("CELEX:32019L0790:17(4)", "artikel 17, stk. 4"),
                ("CELEX:32019L0790:17", "artikel 17"),
            ],
        ),
        (
            "es",
            "El artículo 82 del RGPD establece un derecho a indemnización. Los requisitos "
            "del citado artículo 82 son acumulativos.",
            [(f"{GDPR}:82", "artículo 82"), (f"{GDPR}:82", "artículo 82")],
        ),
        (
            "en",
            "Article 82 GDPR confers a right to compensation. The conditions laid down in "
            "the said Article 82 are cumulative.",
            [(f"{GDPR}:82", "Article 82"), (f"{GDPR}:82", "Article 82")],
        ),
        (
            "fr",
            "L'article 82 du RGPD prévoit un droit à réparation. Les conditions prévues par "
            "ledit article 82 sont cumulatives.",
            [(f"{GDPR}:82", "article 82"), (f"{GDPR}:82", "article 82")],
        ),
        # negatives: an article never cited before, one cited with a national act right
        # after, or followed by another instrument's name; a bare repeat
        ("en", "The said Article 12 requires consent.", []),
        (
            "en",
            "Article 5 of Directive 2011/83/EU applies. Under the said Article 5 of the "
            "Consumer Protection Act, traders must inform.",
            [("CELEX:32011L0083:5", "Article 5")],
        ),
        (
            "pl",
            "Zgodnie z art. 5 RODO dane muszą być prawidłowe. Wspomniany art. 5 ustawy o "
            "ochronie danych osobowych stanowi inaczej.",
            [(f"{GDPR}:5", "art. 5")],
        ),
        (
            "de",
            "Art. 5 DSGVO gilt unmittelbar. Der genannte Art. 5 BDSG regelt anderes.",
            [(f"{GDPR}:5", "Art. 5")],
        ),
        (
            "fr",
            "L'article 5 du RGPD s'applique. Ledit article 5 du code civil dispose autrement.",
            [(f"{GDPR}:5", "article 5")],
        ),
        (
            "en",
            "Article 82 GDPR confers a right to compensation. Article 82 was discussed at "
            "length on 12 May 2023.",
            [(f"{GDPR}:82", "Article 82")],
        ),
    ],
)
def test_said_articles(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected
