"""A national or local assembly's Rules of Procedure named with their owner in lower
case after the Rules name (sl "153. člena poslovnika državnega zbora", the Slovenian
Official Journal's note on a consolidated consumer-protection act; cs "jednacího řádu
poslanecké sněmovny", sk "rokovacieho poriadku národnej rady", pt "do regimento da
assembleia municipal") or, genitive first, right before it (da "Folketingets
forretningsorden", "byrådets forretningsorden") are that assembly's Rules, never
``EP-RULES`` (contract, "Whose Rules of Procedure"). The owner check read a title-case
name only; these owners are listed in the languages' ``other_rules`` and, for Danish,
``other_owners``."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "Na podlagi 153. člena poslovnika državnega zbora je Državni zbor Republike "
            "Slovenije na seji dne 29. januarja 2003 potrdil uradno prečiščeno besedilo "
            "zakona o varstvu potrošnikov",
        ),
        ("sl", "v skladu s 64. členom Poslovnika državnega sveta"),
        ("sl", "v skladu z 12. členom poslovnika občinskega sveta"),
        ("cs", "podle článku 110 jednacího řádu poslanecké sněmovny"),
        ("cs", "podle článku 12 jednacího řádu zastupitelstva města"),
        ("sk", "podľa článku 5 rokovacieho poriadku národnej rady"),
        ("sk", "podľa článku 12 rokovacieho poriadku mestského zastupiteľstva"),
        ("pt", "nos termos do artigo 7.º do regimento da assembleia municipal"),
        ("da", "i henhold til artikel 7 i Folketingets forretningsorden"),
        ("da", "jf. artikel 7 i byrådets forretningsorden"),
    ],
)
def test_an_assemblys_own_rules_are_no_ep_rules(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("sl", "v skladu s 153. členom poslovnika Evropskega parlamenta", ["EP-RULES:153"]),
        ("cs", "podle článku 110 jednacího řádu Evropského parlamentu", ["EP-RULES:110"]),
        ("sk", "podľa článku 5 rokovacieho poriadku Európskeho parlamentu", ["EP-RULES:5"]),
        ("pt", "nos termos do artigo 7.º do Regimento do Parlamento Europeu", ["EP-RULES:7"]),
        ("da", "i henhold til artikel 7 i Europa-Parlamentets forretningsorden", ["EP-RULES:7"]),
        (
            "da",
            "jf. artikel 7 i Europa-Parlamentets forretningsorden og artikel 8 i "
            "Folketingets forretningsorden",
            ["EP-RULES:7"],
        ),
    ],
)
def test_the_parliaments_rules_stay_keyed(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
