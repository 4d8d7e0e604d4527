"""An act named before its articles (genitive first) across its title and its Official
Journal reference: et "direktiivi 2005/36/EÜ … kohta (ELT 2005, L 255, lk 22) artiklite
21, 22 ja 24", lv "Direktīvas 2005/36/EK par … (OV 2005, L 255, 22. lpp.) 21. pantu", lt
"Direktyvos 2005/36/EB dėl … (OL L 255, 2005, p. 22) 21 straipsnių"."""

from __future__ import annotations

import pytest

import citeresolve

_ARTICLES = ["CELEX:32005L0036:21", "CELEX:32005L0036:22", "CELEX:32005L0036:24"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Eelotsusetaotlus käsitleb Euroopa Parlamendi ja nõukogu 7. septembri 2005. aasta "
            "direktiivi 2005/36/EÜ kutsekvalifikatsioonide tunnustamise kohta (ELT 2005, L 255, "
            "lk 22) artiklite 21, 22 ja 24 tõlgendamist.",
            ["OJ:L:2005:255:22", *_ARTICLES],
        ),
        (
            "et",
            "direktiivi 2005/36/EÜ kutsekvalifikatsioonide tunnustamise kohta artiklite 21, 22 "
            "ja 24 tõlgendamist.",
            _ARTICLES,
        ),
        (
            "lv",
            "Lūgums sniegt prejudiciālu nolēmumu ir par to, kā interpretēt Eiropas Parlamenta "
            "un Padomes Direktīvas 2005/36/EK par profesionālo kvalifikāciju atzīšanu (OV 2005, "
            "L 255, 22. lpp.) 21., 22. un 24. pantu.",
            ["OJ:L:2005:255:22", *_ARTICLES],
        ),
        (
            "lt",
            "Prašymas priimti prejudicinį sprendimą pateiktas dėl Direktyvos 2005/36/EB dėl "
            "profesinių kvalifikacijų pripažinimo (OL L 255, 2005, p. 22) 21, 22 ir 24 "
            "straipsnių išaiškinimo.",
            ["OJ:L:2005:255:22", *_ARTICLES],
        ),
        (
            "lt",
            "Direktyvos 2005/36/EB (OL L 255, 2005, p. 22) 21 straipsnis.",
            ["OJ:L:2005:255:22", "CELEX:32005L0036:21"],
        ),
    ],
)
def test_articles_after_title_and_journal(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bracket that is no Official Journal reference still separates the act from
        # an article of a national law ("įstatymo Nr. 5")
        (
            "lt",
            "Direktyvos 2005/36/EB dėl profesinių kvalifikacijų pripažinimo (Lietuvos "
            "Respublikos įstatymo Nr. 5) 21 straipsnis.",
            ["CELEX:32005L0036"],
        ),
        (
            "et",
            "direktiivi 2005/36/EÜ (vt kohtuasi C-1/10) artikli 21 tõlgendamist.",
            ["CELEX:32005L0036", "CJEU:C-1/10"],
        ),
    ],
)
def test_other_brackets_do_not_link(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
