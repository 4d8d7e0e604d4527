"""Two article chains joined by "and" and a longer phrase, the second followed by a
"both" word before its instrument (pt "a alínea k) do n.º 1 do artigo 57.º e em
cumprimento do disposto no n.º 4 do artigo 35.º, ambos do RGPD"): both cite that
instrument (contract: "in reach", the sentence names it after the articles, with no
other instrument between)."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Assim, e de acordo com a alínea k) do n.º 1 do artigo 57.º e em cumprimento do "
            "disposto no n.º 4 do artigo 35.º, ambos do RGPD, a CNPD aprova a seguinte lista.",
        ),
        (
            "es",
            "De conformidad con la letra k) del apartado 1 del artículo 57 y en cumplimiento "
            "de lo dispuesto en el apartado 4 del artículo 35, ambos del RGPD, la Agencia "
            "aprueba la siguiente lista.",
        ),
        (
            "fr",
            "Conformément à l'article 57, paragraphe 1, point k), et en application de "
            "l'article 35, paragraphe 4, tous deux du RGPD, la CNIL adopte la liste suivante.",
        ),
        (
            "it",
            "Ai sensi dell'articolo 57, paragrafo 1, lettera k), e in attuazione "
            "dell'articolo 35, paragrafo 4, entrambi del GDPR, il Garante adotta l'elenco.",
        ),
    ],
)
def test_both_word_shares_the_instrument(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{GDPR}:57(1)(k)", f"{GDPR}:35(4)"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # without "both" the longer phrase still keeps the first chain apart: it may
        # be another instrument's (the national law's)
        (
            "pt",
            "De acordo com a alínea k) do n.º 1 do artigo 57.º e em cumprimento do disposto "
            "no n.º 4 do artigo 35.º do RGPD, a CNPD aprova a seguinte lista.",
            [f"{GDPR}:35(4)"],
        ),
        (
            "es",
            "De conformidad con la letra k) del apartado 1 del artículo 57 y en cumplimiento "
            "de lo dispuesto en el apartado 4 del artículo 35 del RGPD, la Agencia aprueba "
            "la siguiente lista.",
            [f"{GDPR}:35(4)"],
        ),
        # a chain with its own instrument before keeps it
        (
            "pt",
            "Nos termos do artigo 12.º da Lei n.º 58/2019 e em cumprimento do disposto no "
            "n.º 4 do artigo 35.º, ambos do RGPD, a CNPD aprova a lista.",
            [f"{GDPR}:35(4)"],
        ),
    ],
)
def test_without_both_or_with_own_instrument(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
