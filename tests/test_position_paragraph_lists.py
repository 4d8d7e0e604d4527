"""Paragraphs counted by position, as a list: it "articolo 4, commi 1 e 2", fr "article
4, alinéas 1 et 2", es "artículo 4, párrafos 1 y 2", et "artikli 4 lõikude 1 ja 2" (a
company page on personal data: "isikuandmete kaitse üldmääruse artikli 4 lõikude 1 ja
2 alusel") are paragraphs 1 and 2 of Article 4 (families/chain_details.py: the numbers
after the first go on as paragraphs, as after "paragraphe 1 et 2"). The second number
had been read as an article of its own: ``4(1)`` and ``2``."""

from __future__ import annotations

import pytest

import citeresolve

G = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "ai sensi dell'articolo 4, commi 1 e 2, del regolamento (UE) 2016/679"),
        ("it", "v. art. 4, commi 1 e 2, reg. UE 2016/679"),
        ("fr", "au sens de l'article 4, alinéas 1 et 2, du règlement (UE) 2016/679"),
        ("es", "conforme al artículo 4, párrafos 1 y 2, del Reglamento (UE) 2016/679"),
        ("et", "Euroopa Liidu isikuandmete kaitse üldmääruse artikli 4 lõikude 1 ja 2 alusel on"),
    ],
)
def test_position_paragraphs_listed(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{G}:4(1)", f"{G}:4(2)"]


@pytest.mark.parametrize(
    ("lang", "text", "pins"),
    [
        # numbers out of order, or an article word between, stay articles
        ("it", "articoli 4, comma 1, e 6 del regolamento (UE) 2016/679", ["4(1)", "6"]),
        ("fr", "l'article 4, alinéa 2, et 6 du règlement (UE) 2016/679", ["4(2)", "6"]),
        ("et", "määruse (EL) 2016/679 artikli 4 lõigete 1 ja 2 alusel", ["4(1)", "4(2)"]),
    ],
)
def test_other_lists_unchanged(lang: str, text: str, pins: list[str]) -> None:
    assert _keys(text, lang) == [f"{G}:{p}" for p in pins]


def test_treaty_and_next_article() -> None:
    text = "ai sensi dell'articolo 263, comma 4, e dell'articolo 267 TFUE"
    assert _keys(text, "it") == ["TFEU:263(4)", "TFEU:267"]


def test_national_law_is_none() -> None:
    text = "ai sensi dell'articolo 4, commi 1 e 2, del decreto legislativo n. 196/2003"
    assert _keys(text, "it") == []
