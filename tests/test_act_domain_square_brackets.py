"""The domain of an act number in square brackets, as some national and court texts
write it ("rozporządzenie [UE] nr 910/2014"), is read as in round ones, in every
language; square brackets without an act word or around other things stay unread."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "przepisy rozporządzenia [UE] nr 910/2014 oraz dyrektywy [UE] 2018/1972 stosuje się",
            [
                ("CELEX:32014R0910", "rozporządzenia [UE] nr 910/2014"),
                ("CELEX:32018L1972", "dyrektywy [UE] 2018/1972"),
            ],
        ),
        (
            "pl",
            "Dyrektywa Parlamentu Europejskiego i Rady [UE] 2022/2555 w sprawie środków",
            [("CELEX:32022L2555", "Dyrektywa Parlamentu Europejskiego i Rady [UE] 2022/2555")],
        ),
        (
            "de",
            "nach der Verordnung [EU] Nr. 910/2014 und der Verordnung [EU, Euratom] 2018/1046",
            [
                ("CELEX:32014R0910", "Verordnung [EU] Nr. 910/2014"),
                ("CELEX:32018R1046", "Verordnung [EU, Euratom] 2018/1046"),
            ],
        ),
        (
            "fr",
            "au sens du règlement [UE] 2016/679 du Parlement européen",
            [("CELEX:32016R0679", "règlement [UE] 2016/679")],
        ),
        (
            "en",
            "under Regulation [EU] No 604/2013 of the European Parliament",
            [("CELEX:32013R0604", "Regulation [EU] No 604/2013")],
        ),
        (
            "cs",
            "podle nařízení Evropského parlamentu a Rady [EU] 2016/679 ze dne 27. dubna 2016",
            [("CELEX:32016R0679", "nařízení Evropského parlamentu a Rady [EU] 2016/679")],
        ),
        (
            "sv",
            "enligt förordning [EU] nr 604/2013 om kriterier",
            [("CELEX:32013R0604", "förordning [EU] nr 604/2013")],
        ),
    ],
)
def test_square_bracketed_domain(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "see [EU] 2016/679 for the figures"),
        ("pl", "art. 5 ustawy z 5 lipca 2018 r. [Dz.U. 2018 poz. 1560] i wyrok [2019] 12/2019"),
        ("fr", "la décision [2019] 12/2019 du tribunal administratif"),
        ("de", "die Entscheidung [2020] 15/2020 des Landgerichts"),
    ],
)
def test_square_brackets_without_act(lang: str, text: str) -> None:
    assert acts(text, lang) == []
