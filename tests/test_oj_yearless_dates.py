"""An OJ reference dated with its day and month and no year, the year given by the
text around it (es "El DOUE L 229/1, de 18 de septiembre, ha publicado el Reglamento",
fr "publié le 29 juin 2013 (JOUE 29 juin, n° L 181)"): the reference takes the year of
the act cited before it, as one written without a date does; the date also says that
an issue and page run together ("L 229/1") are no page header."""

from __future__ import annotations

import pytest

import citeresolve


def journals(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Sobre el Reglamento (UE) 2022/2065, de 19 de octubre. El DOUE L 277/1, de 27 de "
            "octubre, lo ha publicado.",
            [("OJ:L:2022:277:1", "DOUE L 277/1, de 27 de octubre")],
        ),
        (
            "fr",
            "Le règlement (UE) 2022/2065 a été publié le 27 octobre 2022 (JOUE 27 octobre, "
            "n° L 277).",
            [("OJ:L:2022:277", "JOUE 27 octobre, n° L 277")],
        ),
        (
            "it",
            "Il regolamento (UE) 2022/2065 è stato pubblicato (GUUE 27 ottobre, n. L 277).",
            [("OJ:L:2022:277", "GUUE 27 ottobre, n. L 277")],
        ),
        (
            "en",
            "Regulation (EU) 2022/2065 was published in OJ L 277/1 of 27 October, in force",
            [("OJ:L:2022:277:1", "OJ L 277/1 of 27 October")],
        ),
        # the date with its year still gives the year, not the act before
        (
            "fr",
            "Le règlement (UE) 2022/2065 (JO L 277 du 27 octobre 2022, p. 1).",
            [("OJ:L:2022:277:1", "JO L 277 du 27 octobre 2022, p. 1")],
        ),
    ],
)
def test_a_date_without_its_year_takes_the_act_before(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert journals(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no act before to give the year: nothing is cited
        ("es", "El DOUE L 277/1, de 27 de octubre, publicó el texto."),
        # issue and page with no date, out of a bracket: a page header
        ("en", "Regulation (EU) 2022/2065\nOJ L 277/1\nThe text"),
    ],
)
def test_no_year_to_take(lang: str, text: str) -> None:
    assert journals(text, lang) == []
