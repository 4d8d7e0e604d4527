"""Lettered items of a list of legal bases, as national decisions and circulars write
them: the letter after the last article's comma opens the next item when the letter
before it opened an item further up, so it is no point of that article and the next
item's act is not its instrument. Greek "και ιδίως των άρθρων" (genitive "in particular
Articles") links the articles to the act before it, like "και ιδίως τα άρθρα"."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_CUSTOMS = ["CELEX:32013R0952", "CELEX:32013R0952:49", "CELEX:32013R0952:50", "CELEX:32015R2447"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "el",
            "Έχοντας υπόψη:\n1. Τις διατάξεις:\nα) Της παρ. 2 του άρθρου 180 του Εθνικού "
            "Τελωνειακού Κώδικα (ν. 2960/2001, Α’ 265),\nβ) του Κανονισμού (ΕΕ) αριθ. "
            "952/2013 του Ευρωπαϊκού Κοινοβουλίου και Συμβουλίου, της 9ης Οκτωβρίου 2013, "
            "για τη θέσπιση του ενωσιακού τελωνειακού κώδικα και ιδίως των άρθρων 49 και "
            "50,\nγ) του Εκτελεστικού Κανονισμού (ΕΕ) 2015/2447 της Επιτροπής",
            _CUSTOMS,
        ),
        (
            "el",
            "β) του Κανονισμού (ΕΕ) αριθ. 952/2013 και ιδίως των άρθρων 49 και 50, γ) του "
            "Εκτελεστικού Κανονισμού (ΕΕ) 2015/2447 της Επιτροπής",
            _CUSTOMS,
        ),
        (
            "pt",
            "b) do Regulamento (UE) n.º 952/2013, nomeadamente os artigos 49.º e 50.º,\nc) do "
            "Regulamento de Execução (UE) 2015/2447 da Comissão",
            _CUSTOMS,
        ),
        (
            "it",
            "b) del regolamento (UE) n. 952/2013, in particolare gli articoli 49 e 50,\nc) del "
            "regolamento di esecuzione (UE) 2015/2447 della Commissione",
            _CUSTOMS,
        ),
        (
            "el",
            "της Οδηγίας 2006/112/ΕΚ και ιδίως του άρθρου 49.",
            ["CELEX:32006L0112", "CELEX:32006L0112:49"],
        ),
    ],
)
def test_next_item_is_no_point(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "a) o artigo 5.º, n.º 1, do RGPD;\nb) o artigo 6.º, n.º 1, c), do Regulamento "
            "(UE) 2016/679;",
            ["CELEX:32016R0679:5(1)", "CELEX:32016R0679:6(1)(c)"],
        ),
        (
            "el",
            "α) τις διατάξεις του άρθρου 6 παρ. 1 στοιχεία β), γ) και ε) του Κανονισμού (ΕΕ) "
            "2016/679",
            ["CELEX:32016R0679:6(1)(b)", "CELEX:32016R0679:6(1)(c)", "CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "pt",
            "nos termos do artigo 6.º, n.º 1, b), e c) do RGPD",
            ["CELEX:32016R0679:6(1)(b)", "CELEX:32016R0679:6(1)(c)"],
        ),
    ],
)
def test_points_of_an_article_stay_points(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
