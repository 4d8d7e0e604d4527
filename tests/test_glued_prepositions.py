"""A preposition run into the article word after it by a conversion that lost the space
(bg "в обхвата начлен4 от Директива (ЕС) 2022/2555", cs "podlečlánku 5", hr "učlanku
5"): the article word is read, as after a space. Only a whole word made of one of the
language's [articles] glued_prepositions counts ("държавичленки" is no preposition and
article), and only before the article's number."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "bg",
            "Актовете попадат в обхвата начлен 2 от Директива (ЕС) 2022/2555 на "
            "Европейския парламент.",
            ["CELEX:32022L2555:2"],
        ),
        (
            "bg",
            "Задълженията се определят съгласночлен21 от Регламент (ЕС) 2016/679.",
            ["CELEX:32016R0679:21"],
        ),
        (
            "cs",
            "Správce postupuje podlečlánku 6 nařízení (EU) 2016/679 o ochraně osobních údajů.",
            ["CELEX:32016R0679:6"],
        ),
        (
            "sk",
            "Prevádzkovateľ postupuje podľačlánku 6 nariadenia (EÚ) 2016/679.",
            ["CELEX:32016R0679:6"],
        ),
        (
            "hr",
            "Voditelj obrade postupa kako je navedeno učlanku 6 Uredbe (EU) 2016/679.",
            ["CELEX:32016R0679:6"],
        ),
    ],
)
def test_glued_preposition(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "Държавичленки 4 пъти отказаха предложението."),  # member states, a count
        ("cs", "Podle zákona č. 110/2019 Sb., podlečlánku 5 tohoto zákona."),  # national law
        ("bg", "Съгласночлен 5 от Закона за защита на личните данни."),  # national law
        ("sl", "Vsi člani 12. maja 2020 so glasovali."),  # a date
    ],
)
def test_no_eu_article(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith(("CELEX:", "TFEU", "TEU"))]
