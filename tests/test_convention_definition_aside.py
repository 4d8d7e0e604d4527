"""A convention's name, then an aside that defines its short name, then the article."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "hu",
            "Ezt a Gyermek jogairól szóló egyezmény (kihirdette: az 1991. évi LXIV. törvény; "
            "a továbbiakban: Egyezmény) 3. cikke rögzíti.",
            "CRC:3",
        ),
        (
            "lv",
            "To nosaka Eiropas Cilvēktiesību un pamatbrīvību aizsardzības konvencijas "
            "(Latvijā ratificēta 1997. gadā; turpmāk – ECTK) 6. pants.",
            "ECHR:6",
        ),
        (
            "lt",
            "Tai nustato Europos žmogaus teisių ir pagrindinių laisvių apsaugos konvencijos "
            "(ratifikuota 1995 m.; toliau – Konvencija) 6 straipsnis.",
            "ECHR:6",
        ),
    ],
)
def test_article_after_the_definition_is_the_conventions(lang: str, text: str, key: str) -> None:
    keys = [c.key for c in extract(text, lang=lang)]
    assert keys == [key]


def test_convention_of_an_earlier_sentence_is_not_taken() -> None:
    text = (
        "Magyarország ratifikálta a Gyermek jogairól szóló egyezményt. A törvény "
        "(a továbbiakban: Tv.) 3. cikke mást mond."
    )
    assert "CRC:3" not in [c.key for c in extract(text, lang="hu")]
