"""The German OJ abbreviation with its domain glued to it, no space between ("Abl.EU Nr.
L 269 vom 10.10.2013, S. 1", "ABl.EG Nr. L 281"), as lawyers' and customs glossaries
write it: the journal's abbreviations in data/lang/de.toml. Dutch ("PbEU", "PbEG"),
Polish ("Dz.U.UE") and French ("JOCE") already list their glued forms; the same
reference spaced ("ABl. EU Nr. …") was read before."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Der neue Zollkodex der Union (UZK), Abl.EU Nr. L 269 vom 10.10.2013, S. 1, ist "
            "seit dem 01.05.2016 anwendbar (Art. 288 Abs. 2 UZK).",
            ["OJ:L:2013:269:1", "CELEX:32013R0952:288(2)"],
        ),
        (
            "die Delegierte Verordnung (UZK-DA, VO 2015/2446 vom 28.07.2015, Abl.EU Nr. L 343 "
            "vom 29.12.2015, S. 1)",
            ["CELEX:32015R2446", "OJ:L:2015:343:1"],
        ),
        (
            "Richtlinie 95/46/EG (ABl.EG Nr. L 281 vom 23.11.1995 S. 31)",
            ["CELEX:31995L0046", "OJ:L:1995:281:31"],
        ),
        (
            "Verordnung (EU) 2016/679 (ABl.EU L 119 vom 4.5.2016, S. 1)",
            ["CELEX:32016R0679", "OJ:L:2016:119:1"],
        ),
        ("siehe ABl.EU L, 2024/1689, 12.7.2024", ["OJ:L:2024/1689"]),
    ],
)
def test_german_glued_domain(text: str, keys: list[str]) -> None:
    assert _keys(text, "de") == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the other languages' glued forms, listed as abbreviations already
        ("nl", "richtlijn 2014/53/EU (PbEU 2014, L 153)", ["CELEX:32014L0053", "OJ:L:2014:153"]),
        ("pl", "(Dz.U.UE L 119 z 4.5.2016, s. 1)", ["OJ:L:2016:119:1"]),
        ("fr", "(JOCE L 281 du 23.11.1995, p. 31)", ["OJ:L:1995:281:31"]),
    ],
)
def test_other_languages_glued_forms(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    "text",
    [
        # a page header stays no citation, glued or spaced alike
        "ABl.EU L 119/1",
        "ABl. EU L 119/1",
        # the national gazette
        "(BGBl. I S. 2405)",
        "ABl.EU-Nr. 12",
    ],
)
def test_no_citation(text: str) -> None:
    assert _keys(text, "de") == []
