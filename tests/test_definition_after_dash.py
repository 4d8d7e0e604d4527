"""A bracket may say the act's year or Official Journal reference before a definition's
marker and a dash, as Slovenian courts write it: "(UL L 50, 25. 2. 2003 – v nadaljevanju
Dublinska uredba)" defines "Dublinska uredba", and "drugi odstavek 3. člena Dublinske
uredbe" is Article 3(2) of the regulation defined; a semicolon before the marker was
read already ("(1992; v nadaljevanju Direktiva o habitatih)"). A national law's
abbreviation defined so stays national."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Constitutional Court decision Up-162/14 (Uradni list RS)
        (
            "sl",
            "na podlagi 33. člena Zakona o mednarodni zaščiti in prvega odstavka 3. člena "
            "Uredbe Sveta (ES) št. 343/2003 z dne 18. februarja 2003 o vzpostavitvi meril in "
            "mehanizmov za določitev države članice (UL L 50, 25. 2. 2003 – v nadaljevanju "
            "Dublinska uredba), odločilo, da Republika Slovenija ne bo obravnavala prošnje. "
            "Presodilo je, da je MNZ kršilo drugi odstavek 3. člena Dublinske uredbe.",
            ["CELEX:32003R0343:3(1)", "OJ:L:2003:050", "CELEX:32003R0343:3(2)"],
        ),
        # the year alone before the dash: a bracket that opens with a digit
        (
            "sl",
            "Uredbe (EU) 2016/679 (2016 – v nadaljevanju Splošna uredba) se uporablja od "
            "maja 2018. Po 6. členu Splošne uredbe je obdelava zakonita.",
            ["CELEX:32016R0679", "CELEX:32016R0679:6"],
        ),
        (
            "hr",
            "Uredbe (EU) 2016/679 (SL L 119, 4.5.2016. – u daljnjem tekstu: Opća uredba). "
            "Prema članku 6. stavku 1. Opće uredbe obrada je zakonita.",
            ["CELEX:32016R0679", "OJ:L:2016:119", "CELEX:32016R0679:6(1)"],
        ),
        (
            "bg",
            "Регламент (ЕС) 2016/679 (ОВ L 119, 4.5.2016 г., стр. 1 – наричан по-нататък "
            "„Общия регламент“). Съгласно член 6 от Общия регламент обработването е законно.",
            ["CELEX:32016R0679", "OJ:L:2016:119:1", "CELEX:32016R0679:6"],
        ),
    ],
)
def test_definition_after_dash(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a national act defined after its gazette and a dash
        (
            "sl",
            "na podlagi 33. člena Zakona o mednarodni zaščiti (Uradni list RS, št. 11/11 – "
            "uradno prečiščeno besedilo in 83/12 – v nadaljevanju: ZMZ) in 5. člena ZMZ",
        ),
        (
            "sl",
            "Zakona o splošnem upravnem postopku (Uradni list RS, št. 24/06 – uradno "
            "prečiščeno besedilo, 126/07 – v nadaljevanju ZUP) in 214. člena ZUP",
        ),
    ],
)
def test_national_definition_after_dash(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
