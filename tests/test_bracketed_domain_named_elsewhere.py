"""An act number with its domain in brackets and no act word ("pagal (ES) 2015/830
reikalavimus", as safety data sheets shorten the acts they follow) is the one act the
document cites with that number and its act word; a page's label run into the title after
it stays out, and so does a number the document never names with an act word."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Saugos duomenų lapas pagal Reglamento (EB) Nr. 1907/2006 reikalavimus. Atnaujintas "
            "pagal (ES) 2015/830 reikalavimus. Atitinka Reglamento (ES) Nr. 2015/830 pataisomis.",
            [
                ("CELEX:32006R1907", "Reglamento (EB) Nr. 1907/2006"),
                ("CELEX:32015R0830", "(ES) 2015/830"),
                ("CELEX:32015R0830", "Reglamento (ES) Nr. 2015/830"),
            ],
        ),
        (
            "en",
            "Safety data sheet according to (EU) 2015/830. It was prepared under Commission "
            "Regulation (EU) 2015/830 amending REACH.",
            [
                ("CELEX:32015R0830", "(EU) 2015/830"),
                ("CELEX:32015R0830", "Regulation (EU) 2015/830"),
            ],
        ),
        (
            "de",
            "Sicherheitsdatenblatt gemäß (EG) 1907/2006. Es gilt die Verordnung (EG) "
            "Nr. 1907/2006.",
            [
                ("CELEX:32006R1907", "(EG) 1907/2006"),
                ("CELEX:32006R1907", "Verordnung (EG) Nr. 1907/2006"),
            ],
        ),
        # Negatives: no act word for the number anywhere; a page's label glued to the
        # title after it (the held-out annotations key it in some pages, not in others).
        ("en", "Safety data sheet according to (EU) 2015/830. Nothing else is cited.", []),
        (
            "cs",
            "(EU) 2021/696Nařízení Evropského parlamentu a Rady (EU) 2021/696 ze dne 28. dubna",
            [("CELEX:32021R0696", "Nařízení Evropského parlamentu a Rady (EU) 2021/696")],
        ),
    ],
)
def test_bracketed_domain_named_elsewhere(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected
