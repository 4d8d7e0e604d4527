"""A list of annexes whose items each name a section of their annex first ("Section I.3
of Annex I, Section II.3 of Annex II and Section III.3 of Annex III to Directive …", ga
"Roinn I.3 d'Iarscríbhinn I, Roinn II.3 d'Iarscríbhinn II agus …"): the sections are not
cited and do not end the list, and each annex is one citation of the act named after
the last (the act itself is not cited again); an article "of" an annex still nests under it."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The national derogations are listed in Section I.3 of Annex I, Section II.3 of "
            "Annex II and Section III.3 of Annex III to Directive 2008/68/EC.",
            [
                "CELEX:32008L0068:annex-I",
                "CELEX:32008L0068:annex-II",
                "CELEX:32008L0068:annex-III",
            ],
        ),
        (
            "ga",
            "Tá na maoluithe liostaithe i Roinn I.1 d'Iarscríbhinn I agus Roinn II.1 "
            "d'Iarscríbhinn II a ghabhann le Treoir 2008/68/CE.",
            ["CELEX:32008L0068:annex-I", "CELEX:32008L0068:annex-II"],
        ),
        (
            "fr",
            "figurent dans la section I.3 de l'annexe I et la section II.3 de l'annexe II de "
            "la directive 2008/68/CE",
            ["CELEX:32008L0068:annex-I", "CELEX:32008L0068:annex-II"],
        ),
        (
            "en",
            "Section 2 of Annex IV and Section 1 of Annex V to Regulation (EU) 2016/425 apply.",
            ["CELEX:32016R0425:annex-IV", "CELEX:32016R0425:annex-V"],
        ),
        # an article of an annex nests under it, in a list too
        (
            "en",
            "Article 3(5) of Annex I to Regulation (EU) 2016/679",
            ["CELEX:32016R0679:annex-I/3(5)"],
        ),
        (
            "en",
            "Annex I, point 3 of Annex II to Regulation (EU) 2016/679",
            ["CELEX:32016R0679:annex-I", "CELEX:32016R0679:annex-II"],
        ),
    ],
)
def test_sections_of_listed_annexes(lang: str, text: str, expected: list[str]) -> None:
    assert sorted(keys(text, lang)) == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a national act's annexes, and dates
        ("en", "Section 1.3 of Schedule 1 and Section 2.3 of Schedule 2 to the Act of 2009"),
        ("ga", "Roinn 1.3 de Sceideal 1 agus Roinn 2.3 de Sceideal 2 a ghabhann leis an Acht"),
        ("fr", "la section 1.3 de l'annexe I et la section 2.3 de l'annexe II du code du travail"),
        ("en", "Section I.3 of Annex I dated 12.3.2019"),
    ],
)
def test_no_eu_annex(lang: str, text: str) -> None:
    assert not [k for k in keys(text, lang) if k.startswith("CELEX:")]
