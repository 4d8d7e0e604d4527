"""A title written between an act and its article, the act being the article's owner:
et "määruse (EL) nr 655/2014 … kohta artikli 25", lv "Regulas (EK) Nr. 883/2004 par …
72. pantu", hu "a 987/2009/EK rendeletnek a … szóló 5. cikke" (the owner in its dative,
the title closed by "szóló"). The act is the chain's: one citation, its article."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "tekintettel a 883/2004/EK rendeletnek a családi ellátások összegéről szóló "
            "68. cikkére,",
            ["CELEX:32004R0883:68"],
        ),
        (
            "hu",
            "A 2011/83/EU irányelvnek a fogyasztók előzetes tájékoztatásáról szóló 6. cikke "
            "szerint a kereskedő köteles",
            ["CELEX:32011L0083:6"],
        ),
        (
            "hu",
            "a 2016/679/EU rendeletnek az érintett hozzáférési jogáról szóló 15. cikkének "
            "(3) bekezdése alapján",
            ["CELEX:32016R0679:15(3)"],
        ),
        (
            "et",
            "nõukogu direktiivi 93/13/EMÜ ebaõiglaste tingimuste kohta tarbijalepingutes "
            "artikli 6 lõige 1",
            ["CELEX:31993L0013:6(1)"],
        ),
        (
            "lv",
            "saskaņā ar Regulas (EK) Nr. 883/2004 par sociālās nodrošināšanas sistēmu "
            "koordinēšanu 72. pantu",
            ["CELEX:32004R0883:72"],
        ),
    ],
)
def test_title_between_owner_and_article(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The act in the nominative: the title after it is no title of its own.
        (
            "a 2016/679/EU rendelet az érintett jogairól szóló 15. cikke szerint",
            ["CELEX:32016R0679", "CELEX:32016R0679:15"],
        ),
        # A national act after the title, with its number: the chain is that act's.
        (
            "a 2016/679/EU rendeletnek és az információs önrendelkezési jogról szóló "
            "2011. évi CXII. törvény 5. cikke",
            ["CELEX:32016R0679"],
        ),
        # A title naming another act before its own: neither act takes the chain.
        (
            "az 1093/2010/EU rendeletnek, valamint a hitelintézetekről szóló 2013/36/EU "
            "irányelv 5. cikke",
            ["CELEX:32010R1093", "CELEX:32013L0036:5"],
        ),
        # A date after the act, not a title.
        (
            "a 2016/679/EU rendeletnek 2018. május 25-től alkalmazandó szabályai",
            ["CELEX:32016R0679"],
        ),
    ],
)
def test_hungarian_title_negatives(text: str, expected: list[str]) -> None:
    assert keys(text, "hu") == expected
