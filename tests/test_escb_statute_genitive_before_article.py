"""The Statute of the ESCB and of the ECB (Protocol No 4) named in full in the genitive
right before the article it cites, in the genitive-first languages: lv by the Protocol's
own title ("Protokola par Eiropas Centrālo banku sistēmas Statūtiem un Eiropas Centrālās
bankas Statūtiem 14.2. panta") as well as by the Statute's name; lt, et, fi likewise.
A national central bank's statute is no Protocol."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Prasību cēla saskaņā ar Protokola par Eiropas Centrālo banku sistēmas Statūtiem un "
            "Eiropas Centrālās bankas Statūtiem 14.2. panta otro daļu.",
            ["PROTOCOL-4:14(2)"],
        ),
        (
            "lv",
            "Tas izriet no Eiropas Centrālo banku sistēmas Statūtu un Eiropas Centrālās bankas "
            "Statūtu 7. panta.",
            ["PROTOCOL-4:7"],
        ),
        (
            "lv",
            "Prasība pamatota ar Eiropas Centrālo banku sistēmas un Eiropas Centrālās bankas "
            "statūtu 14.2. panta pārkāpumu.",
            ["PROTOCOL-4:14(2)"],
        ),
        (
            "lt",
            "Ieškinys pagal Europos centrinių bankų sistemos ir Europos Centrinio Banko statuto "
            "14 straipsnio 2 dalį.",
            ["PROTOCOL-4:14(2)"],
        ),
        (
            "et",
            "Euroopa Keskpankade Süsteemi ja Euroopa Keskpanga põhikirja artikli 14.2 kohaselt.",
            ["PROTOCOL-4:14(2)"],
        ),
        (
            "fi",
            "Euroopan keskuspankkijärjestelmän ja Euroopan keskuspankin perussäännön 14.2 "
            "artiklan mukaisesti.",
            ["PROTOCOL-4:14(2)"],
        ),
        # negative: the national central bank's own statute
        ("lv", "Latvijas Bankas statūtu 14. panta otrā daļa paredz atlaišanu.", []),
    ],
)
def test_escb_statute_before_article(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
