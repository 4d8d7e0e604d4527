"""A bracketed point letter with a space inside its brackets, as pages typeset it
("(i )", "( b)"): a point of the unit before, like "(i)", and the chain goes on after
it (ro "litera (i )și articolul 157" with the connector glued to the bracket). And
English connectors left in an Irish text translated from English ("d'Airteagal
153(1)(i) and (2)(b) den Chonradh")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "ro",
            "având în vedere articolele 12, 14, articolul 91 alineatul (2) litera (c )și "
            "articolul 100 din Tratatul privind funcționarea Uniunii Europene,",
            ["TFEU:12", "TFEU:14", "TFEU:91(2)(c)", "TFEU:100"],
        ),
        (
            "en",
            "Having regard to Article 91(2)(c ) and Article 100 of the Treaty on the "
            "Functioning of the European Union,",
            ["TFEU:91(2)(c)", "TFEU:100"],
        ),
        (
            "fr",
            "vu l'article 91, paragraphe 2, point ( c), et l'article 100 du traité sur le "
            "fonctionnement de l'Union européenne,",
            ["TFEU:91(2)(c)", "TFEU:100"],
        ),
        (
            "mt",
            "Wara li kkunsidra l-Artikolu 91(2)(c ) u l-Artikolu 100 tat-Trattat dwar "
            "il-Funzjonament tal-Unjoni Ewropea,",
            ["TFEU:91(2)(c)", "TFEU:100"],
        ),
    ],
)
def test_spaced_bracketed_point_letter(lang: str, text: str, keys: list[str]) -> None:
    found = _keys(text, lang)
    for key in keys:
        assert key in found
    assert "TFEU:91(2)" not in found


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "ag féachaint d'Airteagal 43(2), agus d'Airteagal 91(1)(c) and (2)(a) den "
            "Chonradh ar Fheidhmiú an Aontais Eorpaigh, ar dá mbun",
            ["TFEU:43(2)", "TFEU:91(1)(c)", "TFEU:91(2)(a)"],
        ),
        (
            "ag féachaint d'Airteagal 16 or 17 den Chonradh ar an Aontas Eorpach,",
            ["TEU:16", "TEU:17"],
        ),
    ],
)
def test_english_connector_in_irish_chain(text: str, keys: list[str]) -> None:
    found = _keys(text, "ga")
    for key in keys:
        assert key in found
    assert "TFEU" not in found and "TEU" not in found
