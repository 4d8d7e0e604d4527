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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Constitutional Court decision Up-1133/18 (Uradni list RS, št. 67/2022): the
        # Convention's abbreviation defined after its gazettes and a dash
        (
            "sl",
            "2. Pritožnica zatrjuje kršitve 3.a, 22. in 23. člena Ustave ter 6. člena "
            "Konvencije o varstvu človekovih pravic in temeljnih svoboščin (Uradni list RS, "
            "št. 33/94, MP, št. 7/94 – v nadaljevanju EKČP). Navaja, da gre v obravnavani "
            "zadevi za vprašanje razlage in uporabe prava Evropske unije.",
            ["ECHR:6"],
        ),
        # the same form in Croatian and English
        (
            "hr",
            "povreda članka 6. Konvencije za zaštitu ljudskih prava i temeljnih sloboda "
            "(NN-MU 18/97 – u daljnjem tekstu: EKLJP).",
            ["ECHR:6"],
        ),
        (
            "en",
            "a breach of Article 6 of the Convention for the Protection of Human Rights and "
            "Fundamental Freedoms (signed in Rome on 4 November 1950 - hereinafter ECHR).",
            ["ECHR:6"],
        ),
        # an article still takes the defined abbreviation
        (
            "sl",
            "6. člena Konvencije o varstvu človekovih pravic in temeljnih svoboščin (Uradni "
            "list RS, št. 33/94, MP, št. 7/94 – v nadaljevanju EKČP). Pritožnica zatrjuje "
            "tudi kršitev 13. člena EKČP.",
            ["ECHR:6", "ECHR:13"],
        ),
        # a marker after a dash outside a bracket defines nothing: the abbreviation stays
        (
            "sl",
            "Slovenija je k EKČP pristopila leta 1994 – v nadaljevanju besedila pojasnjujemo.",
            ["ECHR"],
        ),
    ],
)
def test_abbreviation_defined_after_dash(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
