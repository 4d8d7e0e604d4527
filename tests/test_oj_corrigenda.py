"""Official Journal references a page layout damaged: a corrigendum written right after
the reference it corrects, in the same brackets, with neither abbreviation nor date of
its own; a title run into the word before it."""

from __future__ import annotations

import pytest

import citeresolve


def oj(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A corrigendum after the reference it corrects, in the same brackets: the
        # reference's year, or its own when written.
        (
            "de",
            "(ABl. L 96 vom 29.3.2014 S. 79, ber. L 84 S. 12)",
            [
                ("OJ:L:2014:096:79", "ABl. L 96 vom 29.3.2014 S. 79"),
                ("OJ:L:2014:084:12", "L 84 S. 12"),
            ],
        ),
        (
            "de",
            "(ABl. Nr. L 96 vom 29.3.2014 S. 79; ber. 2016 L 84 S. 12)",
            [
                ("OJ:L:2014:096:79", "ABl. Nr. L 96 vom 29.3.2014 S. 79"),
                ("OJ:L:2016:084:12", "2016 L 84 S. 12"),
            ],
        ),
        # Without its page the corrigendum is no reference.
        (
            "de",
            "(ABl. L 96 vom 29.3.2014 S. 79, ber. L 84)",
            [("OJ:L:2014:096:79", "ABl. L 96 vom 29.3.2014 S. 79")],
        ),
    ],
)
def test_a_corrigendum_after_its_reference(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An old EUR-Lex page runs the act's title, the OJ line and the heading together.
        (
            "sv",
            "kvaliteten på tjänsternaEuropeiska gemenskapernas officiella tidning nr L 015 , "
            "21/01/1998 s. 0014 - 0025EUROPAPARLAMENTETS",
            [
                (
                    "OJ:L:1998:015:14",
                    "Europeiska gemenskapernas officiella tidning nr L 015 , 21/01/1998 s. 0014",
                )
            ],
        ),
        (
            "en",
            "quality of serviceOfficial Journal L 015 , 21/01/1998 P. 0014 - 0025THE EUROPEAN",
            [("OJ:L:1998:015:14", "Official Journal L 015 , 21/01/1998 P. 0014")],
        ),
        (
            "de",
            "der DienstqualitätAmtsblatt Nr. L 015 vom 21/01/1998 S. 0014 - 0025DAS",
            [("OJ:L:1998:015:14", "Amtsblatt Nr. L 015 vom 21/01/1998 S. 0014")],
        ),
        # Only a capital after a small letter: inside a word in small letters, no title.
        ("en", "an unofficial journal L 015 , 21/01/1998 P. 0014", []),
    ],
)
def test_an_oj_title_glued_to_the_word_before(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected
