"""An Estonian act named before its article across its title's relative clause between
commas: "direktiivi 2006/112/EÜ, mis käsitleb ühist käibemaksusüsteemi (ELT 2006, L 347,
lk 1), artikli 132 lõike 1 punkti i" is one citation of 2006/112's Article 132(1)(i), as
"direktiivi …, mis käsitleb … (edaspidi „käibemaksudirektiiv“), artikli 132" already
was (sentences of the Court's Estonian judgments and opinions)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eelotsusetaotluses palutakse tõlgendada nõukogu 28. novembri 2006. aasta "
            "direktiivi 2006/112/EÜ, mis käsitleb ühist käibemaksusüsteemi (ELT 2006, L 347, "
            "lk 1), artikli 132 lõike 1 punkti i.",
            ["OJ:L:2006:347:1", "CELEX:32006L0112:132(1)(i)"],
        ),
        (
            "Eelotsusetaotluses palutakse tõlgendada nõukogu 28. novembri 2006. aasta "
            "direktiivi 2006/112/EÜ, mis käsitleb ühist käibemaksusüsteemi, artikli 132 lõike 1 "
            "punkti i.",
            ["CELEX:32006L0112:132(1)(i)"],
        ),
        (
            "Euroopa Parlamendi ja nõukogu 17. detsembri 2013. aasta määruse (EL) nr 1305/2013, "
            "mis käsitleb Euroopa Maaelu Arengu Põllumajandusfondist antavat toetust maaelu "
            "arengule ning millega tunnistatakse kehtetuks nõukogu määrus (EÜ) nr 1698/2005, "
            "artikli 17 lõike 1 punktis a",
            ["CELEX:32005R1698", "CELEX:32013R1305:17(1)(a)"],
        ),
        (
            "Komisjoni määruse (EL) nr 651/2014, millega teatavat liiki abi tunnistatakse "
            "siseturuga kokkusobivaks, artikli 2 punkti 18",
            ["CELEX:32014R0651:2"],
        ),
        # the clause's sentence ends: the article after it is no article of that act
        (
            "Kohaldati direktiivi 2006/112/EÜ, mis jõustus 2007. aastal. Artikli 5 kohaselt",
            ["CELEX:32006L0112"],
        ),
        # a national law's relative clause: no EU act, no citation
        (
            "käibemaksuseaduse, mis käsitleb maksuvabastusi, § 16 lõike 1 kohaselt",
            [],
        ),
    ],
)
def test_article_after_relative_title(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="et")] == expected
