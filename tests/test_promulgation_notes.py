"""A bracketed note of the national act or gazette that promulgated an international
instrument, between the instrument and its article in the languages that write the
article after the name ([articles] promulgated): the note holds numbers, which other
brackets there never do, and the article is still the instrument's."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "hu",
            "ezt a Polgári és Politikai Jogok Nemzetközi Egyezségokmánya (kihirdette: 1976. "
            "évi 8. törvényerejű rendelet) 14. cikke (3) bekezdésének b) pontja is előírja.",
            "ICCPR:14(3)(b)",
        ),
        (
            "hu",
            "az Emberi Jogok Európai Egyezménye (kihirdette: az 1993. évi XXXI. törvény) 8. "
            "cikke szerint",
            "ECHR:8",
        ),
        (
            "lt",
            "pagal Žmogaus teisių ir pagrindinių laisvių apsaugos konvencijos (Žin., 1995, "
            "Nr. 40-987) 6 straipsnį",
            "ECHR:6",
        ),
        (
            "lv",
            "Eiropas Cilvēktiesību un pamatbrīvību aizsardzības konvencijas (Latvijas "
            "Vēstnesis, 1997, Nr. 143/144) 6. pants",
            "ECHR:6",
        ),
    ],
)
def test_the_article_after_a_promulgation_note_is_the_instruments(
    lang: str, text: str, key: str
) -> None:
    keys = [c.key for c in extract(text, lang=lang)]
    assert key in keys
    assert key.split(":")[0] not in keys  # no bare mention left beside it


def test_a_bracket_with_numbers_and_no_promulgation_word_stays_a_gap() -> None:
    name = "a Polgári és Politikai Jogok Nemzetközi Egyezségokmánya"
    assert "ICCPR:14" in [
        c.key for c in extract(f"{name} (a jelentés szerint) 14. cikke", lang="hu")
    ]
    text = f"{name} (a 2019. évi jelentés szerint) 14. cikke"
    assert "ICCPR:14" not in [c.key for c in extract(text, lang="hu")]
