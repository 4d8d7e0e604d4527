"""Law firms and ministries abbreviate the point word: hr "t." and "toč." (točka), sl
"tč." (točka), lv "apakšp." (apakšpunkts), lt "pap." after the letter (papunktis: "6 str.
1 d. f pap."), et "p" (punkt: "artikli 6 lg 1 p f"). The point after it is kept in the pin like
the one after the full word; lt writes "p." (punktas) after the letter or number too, as
it writes "str." and "d." after their numbers ("6 str. 1 d. c arba f p."), and its "p."
before a number stays the Official Journal's page; hr "t. 45." after a judgment's ECLI
(its paragraph) is no point of an article."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Prema čl. 6. st. 1. t. (f) GDPR-a, voditelj se može pozvati na legitimni interes.",
            [f"{GDPR}:6(1)(f)"],
        ),
        (
            "hr",
            "Obrada se temelji na čl. 6. st. 1. toč. a) Uredbe (EU) 2016/679.",
            [f"{GDPR}:6(1)(a)"],
        ),
        (
            "hr",
            "Vidjeti presudu Addiko Bank, C-407/18, EU:C:2019:537, t. 45. i navedenu praksu.",
            ["CJEU:C-407/18", "ECLI:EU:C:2019:537"],
        ),
        (
            "sl",
            "Obdelava je zakonita po tč. (f) prvega odstavka 6. člena GDPR.",
            [f"{GDPR}:6(1)(f)"],
        ),
        ("sl", "v skladu s tč. (c) člena 6(1) Uredbe (EU) 2016/679", [f"{GDPR}:6(1)(c)"]),
        (
            "lv",
            "Apstrāde ir likumīga saskaņā ar VDAR 6. panta 1. punkta f) apakšp.",
            [f"{GDPR}:6(1)(f)"],
        ),
        (
            "lt",
            "Vaizdo stebėjimo pagrindas yra BDAR 6 str. 1 d. f pap., o vertinimas atliekamas "
            "pagal BDAR 35 str. 3 d. c pap.",
            [f"{GDPR}:6(1)(f)", f"{GDPR}:35(3)(c)"],
        ),
        (
            "lt",
            "Pagal Reglamento (ES) 2016/679 9 str. 2 d. a pap. (OL L 119, 2016 5 4, p. 1).",
            [f"{GDPR}:9(2)(a)", "OJ:L:2016:119:1"],
        ),
        (
            "et",
            "Töötlemise alus on määruse (EL) 2016/679 artikli 6 lg 1 p f ja artikli 9 lg 2 p a.",
            [f"{GDPR}:6(1)(f)", f"{GDPR}:9(2)(a)"],
        ),
        (
            "lt",
            "Darbdavys dažniausiai remiasi BDAR 6 str. 1 d. c arba f p.",
            [f"{GDPR}:6(1)(c)", f"{GDPR}:6(1)(f)"],
        ),
        (
            "lt",
            "Tvarkymas grindžiamas BDAR 6 str. 1 d. e p. ir 9 str. 2 d. g pap.",
            [f"{GDPR}:6(1)(e)", f"{GDPR}:9(2)(g)"],
        ),
        (
            "lt",
            "direktyvos 2008/94/EB dėl darbuotojų apsaugos (OL L 283, 2008, p. 36) 8 straipsnis",
            ["OJ:L:2008:283:36", "CELEX:32008L0094:8"],
        ),
        (
            "lt",
            "Ši sąvoka apibrėžta Reglamento (ES) 2016/679 4 str. 1 p. ir 9 str. 1 d.",
            [f"{GDPR}:4", f"{GDPR}:9(1)"],
        ),
    ],
)
def test_abbreviated_point_word(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
