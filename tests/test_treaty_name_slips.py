"""A word of the EC Treaty's name slipped into the TFEU's name (sv "fördraget om
upprättandet av Europeiska unionens funktionssätt", da "traktaten om oprettelse af …",
fi "… toiminnasta tehdyn perustamissopimuksen", et "… toimimise asutamislepingu") still
names the TFEU: the language's ``name_slips``."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sv",
            "med beaktande av fördraget om upprättandet av Europeiska unionens "
            "funktionssätt, särskilt artikel 192.1,",
        ),
        (
            "da",
            "under henvisning til traktaten om oprettelse af Den Europæiske Unions "
            "funktionsmåde, særlig artikel 192, stk. 1,",
        ),
        (
            "fi",
            "ottavat huomioon Euroopan unionin toiminnasta tehdyn perustamissopimuksen "
            "ja erityisesti sen 192 artiklan 1 kohdan,",
        ),
        (
            "et",
            "võttes arvesse Euroopa Liidu toimimise asutamislepingut, eriti selle "
            "artikli 192 lõiget 1,",
        ),
    ],
)
def test_the_tfeu_named_with_a_slipped_word(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert "TFEU" in keys
    assert "TFEU:192(1)" in keys
    assert not any(k.startswith("TEC") for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "sv",
            "fördraget om upprättandet av Europeiska gemenskapen, särskilt artikel 95,",
            "TEC:95",
        ),
        (
            "da",
            "traktaten om oprettelse af Det Europæiske Fællesskab, særlig artikel 95,",
            "TEC:95",
        ),
        ("fi", "Euroopan yhteisön perustamissopimuksen 95 artiklan", "TEC:95"),
    ],
)
def test_the_ec_treaty_is_still_itself(lang: str, text: str, key: str) -> None:
    assert key in _keys(text, lang)
