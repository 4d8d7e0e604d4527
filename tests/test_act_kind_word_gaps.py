"""Act kind words the language files lacked, found by writing sentences in the forms
EUR-Lex and national pages use: Hungarian puts the author's adjective (and "implementing"
or "delegated") between the number and every kind word, not only before "rendelet";
and Estonian writes the common position as two declined words ("ühine seisukoht")."""

from __future__ import annotations

import pytest

import citeresolve


def surfaces(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "Az (EU) 2022/263 tanácsi végrehajtási rendelet melléklete módosul.",
            # "the Annex of the Regulation": its single annex (annex_single)
            [
                (
                    "CELEX:32022R0263:annex-1",
                    "(EU) 2022/263 tanácsi végrehajtási rendelet melléklete",
                )
            ],
        ),
        (
            "hu",
            "az (EU) 2019/980 felhatalmazáson alapuló bizottsági rendelettel módosított szöveg",
            [("CELEX:32019R0980", "(EU) 2019/980 felhatalmazáson alapuló bizottsági rendelettel")],
        ),
        (
            "hu",
            "a (KKBP) 2022/266 tanácsi végrehajtási határozatban felsorolt személyek",
            [("CELEX:32022D0266", "(KKBP) 2022/266 tanácsi végrehajtási határozatban")],
        ),
        (
            "hu",
            "a 2008/944/KKBP tanácsi közös álláspont és a 2003/361/EK bizottsági ajánlás szerint",
            [
                ("CELEX:32008E0944", "2008/944/KKBP tanácsi közös álláspont"),
                ("CELEX:32003H0361", "2003/361/EK bizottsági ajánlás"),
            ],
        ),
        (
            "hu",
            "a 2007/406/KKBP tanácsi együttes fellépéssel létrehozott misszió",
            [("CELEX:32007E0406", "2007/406/KKBP tanácsi együttes fellépéssel")],
        ),
        (
            "et",
            "Nõukogu ühine seisukoht 2008/944/ÜVJP sõjatehnoloogia ekspordi kohta",
            [("CELEX:32008E0944", "ühine seisukoht 2008/944/ÜVJP")],
        ),
        (
            "et",
            "kooskõlas nõukogu ühise seisukohaga 2008/944/ÜVJP ja raamotsusega 2002/584/JSK",
            [
                ("CELEX:32008E0944", "ühise seisukohaga 2008/944/ÜVJP"),
                ("CELEX:32002F0584", "raamotsusega 2002/584/JSK"),
            ],
        ),
    ],
)
def test_kind_words_with_their_author_or_in_two_words(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hu", "A tanácsi közös álláspont szerint a 12/2020. sz. ügyben", []),
        ("et", "Nõukogu ühine seisukoht on, et 12/2020 ei muutu.", []),
    ],
)
def test_the_new_kind_words_make_no_act_of_other_numbers(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(text, lang) == expected
