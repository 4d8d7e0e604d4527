"""Irish act words in the plural take the initial mutations of the singular: eclipsis
after "na" in the genitive plural and after "i" ("na dTreoracha", "i gCinntí"), lenition
after "do", "de", "faoi", "ó" ("faoi Chinntí", "do Threoracha"); a recommendation's
plural is "Moltaí". Each number listed after them is an act of that kind."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="ga")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Déantar forálacha na dTreoracha 2013/34/AE agus 2014/95/AE a leasú.",
            ["CELEX:32013L0034", "CELEX:32014L0095"],
        ),
        (
            "Tugtar éifeacht do Threoracha 2013/34/AE agus 2014/95/AE leis an mBille.",
            ["CELEX:32013L0034", "CELEX:32014L0095"],
        ),
        (
            "Glacadh na bearta faoi Chinntí 2010/131/AE agus 2011/24/AE.",
            ["CELEX:32010D0131", "CELEX:32011D0024"],
        ),
        (
            "Tá na rialacha i gCinntí 2010/131/AE agus 2011/24/AE.",
            ["CELEX:32010D0131", "CELEX:32011D0024"],
        ),
        (
            "Cuirtear Moltaí 2014/208/AE agus 2013/396/AE san áireamh.",
            ["CELEX:32014H0208", "CELEX:32013H0396"],
        ),
    ],
)
def test_mutated_plural_act_word_lists_its_acts(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected
