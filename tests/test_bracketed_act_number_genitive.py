"""An act whose number stands in brackets after its word, then the article in the
genitive-first languages (fi "direktiivin (2006/112/EY) 58 artiklan", et
"käibemaksudirektiivi (2006/112/EÜ) artikli 58", lv "direktīvas (2006/112/EK) 58.
panta"): the article is that act's, and the act only completes the article's
reference (no citation of the act alone)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


VAT = "CELEX:32006L0112"
DORA = "CELEX:32022R2554"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Arvonlisäverodirektiivin (2006/112/EY) 58 artiklan 1 kohdan c alakohdan mukaan "
            "myyntimaa määräytyy ostajan mukaan.",
            [f"{VAT}:58(1)(c)"],
        ),
        ("fi", "Direktiivin (2006/112/EY) 44 artiklan mukaan palvelu myydään.", [f"{VAT}:44"]),
        (
            "et",
            "Käibemaksudirektiivi (2006/112/EÜ) artikli 135 lõike 1 punkt a vabastab "
            "kindlustustehingud.",
            [f"{VAT}:135(1)(a)"],
        ),
        (
            "lv",
            "Saskaņā ar PVN direktīvas (2006/112/EK) 168. panta a) punktu nodokli atskaita.",
            [f"{VAT}:168(a)"],
        ),
        (
            "lt",
            "Pagal direktyvos (2006/112/EB) 44 straipsnį paslaugų teikimo vieta nustatoma.",
            [f"{VAT}:44"],
        ),
        ("hu", "Az irányelv (2006/112/EK) 168. cikke szerint levonható.", [f"{VAT}:168"]),
        (
            "sv",
            "Enligt mervärdesskattedirektivets (2006/112/EG) artikel 44 beskattas tjänsten.",
            [f"{VAT}:44"],
        ),
        # a number with its domain in brackets is whole: the act still pins the article
        ("lv", "Regulas (ES) 2022/2554 6. pants nosaka prasības.", [f"{DORA}:6"]),
    ],
)
def test_bracketed_number_pins_the_article_after(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the bracket closes after a title, not right after the number: the act alone
        (
            "fi",
            "Sovelletaan direktiiviä (2006/112/EY, sellaisena kuin se on muutettuna). "
            "Lisäksi 5 artikla koskee asiaa.",
            [VAT],
        ),
        # an act named in full before a bracketed number: nothing changes
        ("et", "Vt määrus (EL) 2022/2554 (DORA).", [DORA]),
    ],
)
def test_other_brackets_unchanged(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
