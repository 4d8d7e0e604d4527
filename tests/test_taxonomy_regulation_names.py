"""The Taxonomy Regulation (EU) 2020/852 by its popular name in the languages the data
lacked: a Finnish supervisor's release writes "taksonomia-asetuksen artiklan 8", the
Commission's notices et "ELi taksonoomiamääruse artikli 8", lv "ES Taksonomijas
regulas 8. pantu", nl "artikel 8 van de EU-taxonomieverordening" (the "EU-" compound);
none was read. The names are in data/popular_names.toml (bg, cs, et, fi, hr, hu, lt,
lv, pl, sk, sl; de and nl with "EU-"). A name standing alone stays no citation."""

from __future__ import annotations

import pytest

import citeresolve

T = "CELEX:32020R0852"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Taulukko 1. Muiden kuin rahoitusalan listayhtiöiden taksonomia-asetuksen artiklan 8 "
            "mukaisen raportoinnin pääjaottelu",
        ),
        ("fi", "taksonomia-asetuksen 8 artiklan mukaan"),
        ("et", "ELi taksonoomiamääruse artikli 8 kohase avalikustamist käsitleva"),
        ("lv", "saskaņā ar ES Taksonomijas regulas 8. pantu pieņemtajā aktā"),
        ("lt", "pagal Taksonomijos reglamento 8 straipsnį"),
        ("nl", "op grond van artikel 8 van de EU-taxonomieverordening vastgestelde handeling"),
        ("de", "nach Art. 8 der EU-Taxonomieverordnung"),
        ("pl", "zgodnie z art. 8 rozporządzenia w sprawie taksonomii"),
        ("cs", "podle článku 8 nařízení o taxonomii"),
        ("hu", "a taxonómiarendelet 8. cikke szerint"),
        ("sl", "v skladu z 8. členom Uredbe o taksonomiji"),
    ],
)
def test_article_8_of_the_taxonomy_regulation(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{T}:8"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "EU:n taksonomia-asetus tuli voimaan vuonna 2020."),
        ("et", "Taksonoomiamäärus on osa kestliku rahastamise kava."),
        ("lv", "Taksonomijas regula ir daļa no ilgtspējīgu finanšu plāna."),
    ],
)
def test_name_alone_is_none(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
