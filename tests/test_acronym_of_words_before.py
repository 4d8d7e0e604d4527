"""An acronym in brackets that spells the words right before it abbreviates those words
(a body: "Europejski Bank Centralny (EBC)", "the European Central Bank (ECB)"), not the
act named before them: a later "EBC" is no mention of that act, and "that Regulation"
after it stands for the regulation cited last. Words that name an act themselves keep
the acronym the act's ("Capital Requirements Regulation (CRR)", "Data Governance Act
(DGA)")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Zgodnie z art. 7 rozporządzenia (WE) nr 2533/98 Europejski Bank Centralny (EBC) "
            "może nakładać sankcje. Zgodnie z art. 2 rozporządzenia (WE) nr 2532/98 EBC kieruje "
            "się zasadą proporcjonalności. Ponadto art. 3 tego rozporządzenia zawiera wykaz "
            "okoliczności, które EBC uwzględnia.",
        ),
        (
            "en",
            "Under Article 7 of Regulation (EC) No 2533/98 the European Central Bank (ECB) may "
            "impose sanctions. Under Article 2 of Regulation (EC) No 2532/98 the ECB respects "
            "proportionality. Furthermore, Article 3 of that Regulation lists the "
            "circumstances the ECB takes into account.",
        ),
        (
            "fr",
            "En vertu de l'article 7 du règlement (CE) no 2533/98, la Banque centrale "
            "européenne (BCE) peut infliger des sanctions. En vertu de l'article 2 du "
            "règlement (CE) no 2532/98, la BCE respecte la proportionnalité. En outre, "
            "l'article 3 dudit règlement énumère les circonstances que la BCE prend en compte.",
        ),
        (
            "it",
            "Ai sensi dell'articolo 7 del regolamento (CE) n. 2533/98 la Banca centrale "
            "europea (BCE) può irrogare sanzioni. Ai sensi dell'articolo 2 del regolamento "
            "(CE) n. 2532/98 la BCE rispetta la proporzionalità. Inoltre, l'articolo 3 di "
            "detto regolamento elenca le circostanze di cui la BCE tiene conto.",
        ),
    ],
)
def test_bank_acronym_is_no_name_of_the_act(lang: str, text: str) -> None:
    assert keys(text, lang) == [
        "CELEX:31998R2533:7",
        "CELEX:31998R2532:2",
        "CELEX:31998R2532:3",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Regulation (EU) No 575/2013, the Capital Requirements Regulation (CRR), applies "
            "from 1 January 2014. Article 92 CRR sets the own funds requirements.",
            ["CELEX:32013R0575", "CELEX:32013R0575:92"],
        ),
        (
            "it",
            "Il regolamento (UE) 2022/868, noto come Data Governance Act (DGA), si applica dal "
            "24 settembre 2023. L'articolo 26 del DGA designa le autorità.",
            ["CELEX:32022R0868", "CELEX:32022R0868:26"],
        ),
    ],
)
def test_words_that_name_the_act_keep_its_acronym(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
