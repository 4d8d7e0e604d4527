"""The full stop of an act word's abbreviation before a capital ("Reg. UE 2016/679",
fr "Règl. UE", es "Regl. UE") is inside the act's mention and ends no sentence: an
article later in that sentence, in brackets or after "ai sensi", is the act's."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Il Reg. UE 2022/2065 impone obblighi alle piattaforme (art. 34, par. 1).",
            ["CELEX:32022R2065", "CELEX:32022R2065:34(1)"],
        ),
        (
            "it",
            "La Dir. UE 2019/1937 tutela i segnalanti ai sensi dell'art. 19.",
            ["CELEX:32019L1937", "CELEX:32019L1937:19"],
        ),
        (
            "fr",
            "Le Règl. UE 2022/2065 impose des obligations aux plateformes (art. 34, § 1).",
            ["CELEX:32022R2065", "CELEX:32022R2065:34(1)"],
        ),
        (
            "es",
            "El Regl. UE 2022/2065 impone obligaciones a las plataformas (art. 34.1).",
            ["CELEX:32022R2065", "CELEX:32022R2065:34(1)"],
        ),
        # a sentence that ends after the act still ends there
        (
            "it",
            "Si applica il Reg. UE 2022/2065. Nel caso di specie rileva l'art. 34.",
            ["CELEX:32022R2065"],
        ),
    ],
)
def test_abbreviation_stop_inside_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
