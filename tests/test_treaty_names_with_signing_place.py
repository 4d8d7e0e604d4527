"""A Treaty's full name with the place of its signing written in (a Dáil written answer:
ga "Conradh Mhaastricht ar an Aontas Eorpach"; fr "le traité de Maastricht sur l'Union
européenne", "le traité de Rome instituant la Communauté économique européenne"): the
place split the name the language files list, and nothing was found. The forms are
names of the TEU and the TEC in the language data (an Irish name also with its initial
mutations). The place's name alone ("le traité de Maastricht") stays no citation, as
"the Treaty of Rome" stays one only beside an article."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ga",
            "Tá na Conarthaí bunaidh uile ar fáil i nGaeilge, mar shampla na Conraithe "
            "Aontachais, An tAcht Eorpach Aonair agus Conradh Mhaastricht ar an Aontas Eorpach.",
        ),
        ("ga", "Tá an Ghaeilge sa Chonradh Mhaastricht ar an Aontas Eorpach."),
        ("fr", "depuis le traité de Maastricht sur l'Union européenne, signé en 1992"),
        ("de", "seit dem Vertrag von Maastricht über die Europäische Union"),
        ("nl", "sinds het Verdrag van Maastricht betreffende de Europese Unie"),
        ("it", "con il Trattato di Maastricht sull'Unione europea"),
        ("es", "desde el Tratado de Maastricht de la Unión Europea"),
        ("pt", "desde o Tratado de Maastricht da União Europeia"),
        ("en", "since the Treaty of Maastricht on European Union"),
    ],
)
def test_teu_with_place(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["TEU"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("fr", "le traité de Rome instituant la Communauté économique européenne", ["TEC"]),
        ("it", "il Trattato di Roma che istituisce la Comunità economica europea", ["TEC"]),
        ("es", "el Tratado de Roma constitutivo de la Comunidad Económica Europea", ["TEC"]),
        ("en", "the Treaty of Rome establishing the European Economic Community", ["TEC"]),
        ("fr", "l'article 2 du traité de Maastricht sur l'Union européenne", ["TEU:2"]),
        (
            "de",
            "Artikel 85 des Vertrages von Rom zur Gründung der Europäischen "
            "Wirtschaftsgemeinschaft",
            ["TEC:85"],
        ),
    ],
)
def test_pinned_and_tec(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the place alone, and another treaty signed there
        ("fr", "depuis le traité de Maastricht, la monnaie unique"),
        ("en", "the Treaty of Rome was signed in 1957"),
        ("fr", "le traité de Rome instituant la Cour pénale internationale"),
    ],
)
def test_place_alone_or_other_treaty(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
