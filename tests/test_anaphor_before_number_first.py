"""An "of that Article" anaphor before a paragraph in the languages that write the number
before its word (fi "saman artiklan 2 kohdasta", lt "to paties straipsnio 2 dalis", lv
"tā paša panta 2. punktu"): the numbers before the paragraph word are paragraphs alone
(families/chain_details.py), and attach gives them the article cited just before, as it
does to "paragraph 2 of that Article" (pipeline/previous_units.py)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "SEUT 102 artiklan 1 kohtaa sovelletaan, jollei saman artiklan 2 kohdasta muuta johdu.",
            ["TFEU:102(1)", "TFEU:102(2)"],
        ),
        (
            "fi",
            "Asetuksen (EU) 2016/679 6 artiklan 1 kohdassa säädetään perusteista, ja mainitun"
            " artiklan 2 ja 3 kohdan mukaan jäsenvaltiot voivat täsmentää niitä.",
            ["CELEX:32016R0679:6(1)", "CELEX:32016R0679:6(2)", "CELEX:32016R0679:6(3)"],
        ),
        (
            "lt",
            "SESV 102 straipsnio 1 dalis taikoma, nebent taikoma to paties straipsnio 2 dalis.",
            ["TFEU:102(1)", "TFEU:102(2)"],
        ),
        (
            "lt",
            "Reglamento (ES) 2016/679 6 straipsnyje nustatyti teisėto tvarkymo pagrindai; minėto"
            " straipsnio 4 dalyje numatyta, kaip vertinti suderinamumą.",
            ["CELEX:32016R0679:6", "CELEX:32016R0679:6(4)"],
        ),
        (
            "lv",
            "LESD 102. panta 1. punktu piemēro, ja vien nepiemēro tā paša panta 2. punktu.",
            ["TFEU:102(1)", "TFEU:102(2)"],
        ),
        (
            "lv",
            "Regulas (ES) 2016/679 6. pantā noteikti apstrādes pamati; minētā panta 4. punktā"
            " paredzēts, kā vērtēt saderību.",
            ["CELEX:32016R0679:6", "CELEX:32016R0679:6(4)"],
        ),
    ],
)
def test_paragraph_after_the_anaphor(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


def test_a_paragraph_counted_by_position_after_the_anaphor() -> None:
    # fi "mainitun artiklan ensimmäisessä kohdassa": the first paragraph of that article
    text = (
        "SEUT 102 artiklan 2 kohdassa todetaan, että mainitun artiklan ensimmäisessä kohdassa"
        " tarkoitettu kielto koskee myös yhteisöjä."
    )
    assert _keys(text, "fi") == ["TFEU:102(2)", "TFEU:102(1)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a paragraph alone with no anaphor is the document's own: no citation
        ("fi", "Rahoitusta myönnetään 3 kohdan mukaisesti."),
        ("lt", "Finansavimas teikiamas pagal 3 dalį."),
        ("lv", "Finansējumu piešķir saskaņā ar 3. punktu."),
        # an anaphor with no article cited before it names nothing
        ("lv", "Tā paša panta 3. punktā noteikts termiņš."),
        ("fi", "Saman artiklan 3 kohdan mukaan hakemus on tehtävä kirjallisesti."),
    ],
)
def test_no_article_before_no_citation(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
