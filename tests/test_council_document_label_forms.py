"""The label before a Council register number in its case forms and with the Council
after an abbreviation, as national texts write them: pl "zgodnie z dokumentem Rady
12345/23", "dok. Rady", sl "z dokumentom Sveta", lt "Tarybos dokumento", lv "Padomes
dokumenta", et "nõukogu dokumendis", pt "doc. do Conselho", mt "dok. tal-Kunsill"."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Stanowisko Rady zgodnie z dokumentem Rady 12345/23 przyjęto."),
        ("pl", "Zob. dok. Rady 12345/23."),
        ("sl", "Svet je ravnal v skladu z dokumentom Sveta 12345/23."),
        ("sl", "Glej dok. Sveta 12345/23."),
        ("lt", "Tarybos dokumento 12345/23 priede pateiktas tekstas."),
        ("lv", "Padomes dokumenta 12345/23 pielikumā ir teksts."),
        ("et", "Tekst on esitatud nõukogu dokumendis 12345/23."),
        ("pt", "Ver doc. do Conselho 12345/23."),
        ("mt", "Ara dok. tal-Kunsill 12345/23."),
    ],
)
def test_council_document_labels_in_their_forms(lang: str, text: str) -> None:
    assert keys(text, lang) == ["ST-12345-2023"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the Council and a number with no document word: no register number
        ("pl", "Decyzją Rady 12345/23 nie jest."),
        ("sl", "Sklep Sveta 12345/23 ne obstaja."),
    ],
)
def test_the_council_alone_labels_nothing(lang: str, text: str) -> None:
    assert all(not k.startswith("ST-") for k in keys(text, lang))
