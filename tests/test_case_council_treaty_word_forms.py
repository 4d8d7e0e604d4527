"""Word forms that introduced nothing: the plural and other cases of the case word
before a pre-1989 case number (et "kohtuasjades 26/62 ja 6/64", sl "zadev", lv "lietām",
sk "vecí"), the cases of "Council document" and et "dok" written without a full stop
(Estonian abbreviations take none), and the abbreviated pre-Lisbon EC Treaty (sl "člen 95
PES", sk "čl. 95 ZES", cs "čl. 95 SES"), which names an article only."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("et", "Euroopa Kohus sõnastas kohtuasjades 26/62 ja 6/64 põhiprintsiibid."),
        ("et", "Viitega kohtuasjadele 26/62 ja 6/64 selgitas kohus ülimuslikkust."),
        ("sl", "Načela izhajajo iz sodb zadev 26/62 in 6/64."),
        ("sl", "Sodišče je v združenih zadevah 26/62 in 6/64 odločilo drugače."),
        ("lv", "Tiesas spriedumi lietām 26/62 un 6/64 ir pamatprincipu avots."),
        ("sk", "Zásady vyplývajú z rozsudkov vecí 26/62 a 6/64."),
    ],
)
def test_case_word_forms(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CJEU:C-26/62", "CJEU:C-6/64"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("et", "Nõukogu tuletab meelde oma järeldusi (dok 10860/23).", ["ST-10860-2023"]),
        ("et", "Vt nõukogu dokumenti 7890/22 REV 2.", ["ST-7890-2022-REV2"]),
        ("lv", "Skatīt Padomes dokumentam 5678/24 pievienoto pielikumu.", ["ST-5678-2024"]),
        ("sk", "Text je uvedený v dokumentu Rady 9945/22.", ["ST-9945-2022"]),
        ("sl", "Stališča so v dokumentih Sveta 15432/22 in drugih.", ["ST-15432-2022"]),
    ],
)
def test_council_document_word_forms(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


def test_bare_number_after_other_words_is_no_council_document() -> None:
    assert _keys("Dokumendi number on 10860/23.", "et") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Pravna podlaga je bil člen 95 PES (zdaj člen 114 PDEU)."),
        ("sk", "Právnym základom bol čl. 95 ZES (teraz čl. 114 ZFEÚ)."),
        ("cs", "Právním základem byl čl. 95 SES (nyní čl. 114 SFEU)."),
    ],
)
def test_ec_treaty_abbreviations(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["TEC:95", "TFEU:114"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Stranka PES je predlagala spremembe."),
        ("sk", "Skratka ZES sa používa v literatúre."),
        ("cs", "Zkratky SES a SEHS se používají v literatuře."),
    ],
)
def test_ec_treaty_abbreviation_alone_is_no_citation(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
