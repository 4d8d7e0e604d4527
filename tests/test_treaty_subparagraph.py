"""An ordinal and a subparagraph word on an article with no numbered paragraph (cs
"pododstavec", de "Unterabsatz", en "subparagraph", ga "fomhír") count its unnumbered
paragraph: a paragraph of a Treaty, whose English text calls it so ("the fourth
paragraph of Article 263" → `TFEU:263(4)`), a subparagraph of an act, dropped
(`…:83(a)`, never `…:83(1)(a)`)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "s ohledem na nařízení (EU) 2022/2065, a zejména na čl. 83 první pododstavec "
            "písm. a), b) a c) uvedeného nařízení,",
            ["CELEX:32022R2065:83(a)", "CELEX:32022R2065:83(b)", "CELEX:32022R2065:83(c)"],
        ),
        (
            "cs",
            "Pokud se podle článku 5 druhého pododstavce nařízení č. 1/2003 vnitrostátní "
            "orgány rozhodnou,",
            ["CELEX:32003R0001:5"],
        ),
        (
            "de",
            "Gemäß Art. 50 UAbs. 1 der Verordnung (EU) 2023/2854 tritt sie am zwanzigsten "
            "Tag nach ihrer Veröffentlichung in Kraft.",
            ["CELEX:32023R2854:50"],
        ),
        (
            "en",
            "in accordance with Article 56, first subparagraph, of Regulation (EU) No 1093/2010,",
            ["CELEX:32010R1093:56"],
        ),
    ],
)
def test_an_acts_subparagraph_is_dropped(lang: str, text: str, expected: list[str]) -> None:
    assert [k for k in _keys(text, lang) if ":" in k.removeprefix("CELEX:")] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union, and in "
            "particular Article 187 and the first subparagraph of Article 188 thereof,",
            ["TFEU:187", "TFEU:188(1)"],
        ),
        (
            "ga",
            "Ag féachaint don Chonradh ar Fheidhmiú an Aontais Eorpaigh, agus go háirithe "
            "Airteagal 187 agus Airteagal 188, an chéad fhomhír, de,",
            ["TFEU:187", "TFEU:188(1)"],
        ),
        (
            "cs",
            "Článek 263 čtvrtý pododstavec SFEU a čl. 45 první pododstavec ES",
            ["TFEU:263(4)", "TEC:45(1)"],
        ),
        ("de", "nach Art. 263 UAbs. 1 AEUV", ["TFEU:263(1)"]),
    ],
)
def test_a_treatys_unnumbered_paragraph_is_kept(lang: str, text: str, expected: list[str]) -> None:
    assert [k for k in _keys(text, lang) if ":" in k] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Article 4(3), second subparagraph, of Regulation (EC) No 1049/2001 and the "
            "second subparagraph of Article 19(1) TEU",
            ["CELEX:32001R1049:4(3)", "TEU:19(1)"],
        ),
        (
            "de",
            "Art. 31 Abs. 3 Unterabs. 2 der Verordnung (EU) Nr. 1169/2011",
            ["CELEX:32011R1169:31(3)"],
        ),
        (
            "cs",
            "Článek 13 odst. 2 první pododstavec písm. c) směrnice 2004/38/ES",
            ["CELEX:32004L0038:13(2)(c)"],
        ),
    ],
)
def test_a_numbered_paragraphs_subparagraph_is_dropped_everywhere(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [k for k in _keys(text, lang) if k.count(":") >= 2 or k.startswith("T")] == expected
