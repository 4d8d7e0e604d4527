"""Names of the implementing and delegated acts under a named act, and the names of
acts that one language's tax or market practice uses (data/popular_names.toml).

"Article 76 of the MiFID II Delegated Regulation" is Regulation (EU) 2017/565, not
an article of MiFID II: the longer name must win over the shorter one it starts
with, whatever else the two acts are called (the SFDR's longest name is longer than
"SFDR Delegated Regulation", and the names were tried act by act)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Investment firms record calls as Article 76 of the MiFID II Delegated "
            "Regulation requires, while Article 16(7) of MiFID II sets the duty.",
            ["CELEX:32017R0565:76", "CELEX:32014L0065:16(7)"],
        ),
        (
            "en",
            "The templates follow Article 14 of the SFDR Delegated Regulation; "
            "Article 8 of the SFDR itself defines the products concerned.",
            ["CELEX:32022R1288:14", "CELEX:32019R2088:8"],
        ),
        (
            "en",
            "The risk margin is computed under Article 37 of the Solvency II Delegated "
            "Regulation and Article 77(5) of Solvency II.",
            ["CELEX:32015R0035:37", "CELEX:32009L0138:77(5)"],
        ),
    ],
)
def test_a_delegated_act_name_is_not_its_parent_act(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the VAT Implementing Regulation, as each practice names it
        (
            "de",
            "Die Abgrenzung richtet sich nach Art. 32 Abs. 2 Buchst. a der MwStVO und "
            "nach Art. 31a MwSt-DVO.",
            ["CELEX:32011R0282:32(2)(a)", "CELEX:32011R0282:31a"],
        ),
        (
            "en",
            "Article 31a of the VAT Implementing Regulation lists services connected "
            "with immovable property.",
            ["CELEX:32011R0282:31a"],
        ),
        (
            "nl",
            "Dit volgt uit artikel 31 bis van de btw-uitvoeringsverordening.",
            ["CELEX:32011R0282:31a"],
        ),
        (
            "fr",
            "Le lieu de la prestation est précisé à l'article 31 bis du règlement d'exécution TVA.",
            ["CELEX:32011R0282:31a"],
        ),
        # UK practice abbreviates the Principal VAT Directive
        (
            "en",
            "The Tribunal read Article 135(1)(d) PVD narrowly.",
            ["CELEX:32006L0112:135(1)(d)"],
        ),
        # nl writes the Market Abuse Regulation as one word
        (
            "nl",
            "Op grond van artikel 17, lid 1, van de Marktmisbruikverordening maakt de "
            "uitgevende instelling voorwetenschap openbaar.",
            ["CELEX:32014R0596:17(1)"],
        ),
    ],
)
def test_names_of_practice(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
