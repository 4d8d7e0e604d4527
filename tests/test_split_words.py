"""A unit word split by a hyphen where a converted PDF broke its line and the break was
lost ("52 artiklan 1 koh-dassa"): read whole, so the chain goes on to its paragraph."""

from __future__ import annotations

import pytest

import citeresolve


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Rajoitukset arvioidaan perusoikeuskirjan 52 artiklan 1 koh-dassa asetettujen "
            "edellytysten mukaan.",
            [("CFR:52(1)", "52 artiklan 1 koh-dassa")],
        ),
        (
            "fi",
            "Käsittely perustuu tietosuoja-asetuksen 6 artiklan 1 koh-dan c ala-kohtaan.",
            [("CELEX:32016R0679:6(1)(c)", "6 artiklan 1 koh-dan c ala-kohtaan")],
        ),
        (
            "de",
            "Die Befugnis folgt aus Art. 5 Ab-satz 1 AEUV und ist eng auszulegen.",
            [("TFEU:5(1)", "Art. 5 Ab-satz 1")],
        ),
        (
            "en",
            "The principle is laid down in Article 5 para-graph 1 of the TFEU.",
            [("TFEU:5(1)", "Article 5 para-graph 1")],
        ),
    ],
)
def test_a_unit_word_split_by_a_hyphen_is_read_whole(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a hyphenated word that joins into no unit word ends the chain as before
        (
            "en",
            "Article 5 of the TFEU, non-discrimination and co-operation.",
            [("TFEU:5", "Article 5")],
        ),
        (
            "fi",
            "SEUT 101 artiklan 1 kohta ja kilpailu-oikeus.",
            [("TFEU:101(1)", "101 artiklan 1 kohta")],
        ),
    ],
)
def test_other_hyphenated_words_stay_out(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected
