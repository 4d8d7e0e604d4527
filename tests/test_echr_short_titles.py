"""The European Convention on Human Rights by its title cut before "and Fundamental
Freedoms" ("European Convention for the Protection of Human Rights"), as visas and
reports write it, in every case form the language files give."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("sk", "so zreteľom na Európsky dohovor o ochrane ľudských práv,", "ECHR"),
        ("sk", "podľa článku 8 Európskeho dohovoru o ochrane ľudských práv", "ECHR:8"),
        ("cs", "s ohledem na Evropskou úmluvu o ochraně lidských práv,", "ECHR"),
        ("pl", "zgodnie z art. 8 Europejskiej Konwencji o ochronie praw człowieka", "ECHR:8"),
        ("en", "Article 8 of the European Convention for the Protection of Human Rights", "ECHR:8"),
        ("de", "Art. 8 der Europäischen Konvention zum Schutz der Menschenrechte", "ECHR:8"),
        (
            "fr",
            "l'article 8 de la convention européenne de sauvegarde des droits de l'homme",
            "ECHR:8",
        ),
        (
            "es",
            "el artículo 8 del Convenio Europeo para la Protección de los Derechos Humanos",
            "ECHR:8",
        ),
        ("ro", "articolul 8 din Convenția europeană pentru apărarea drepturilor omului", "ECHR:8"),
        ("lt", "Europos žmogaus teisių apsaugos konvencijos 8 straipsnis", "ECHR:8"),
        ("lv", "Eiropas Cilvēka tiesību konvencijas 10. pants aizsargā vārda brīvību", "ECHR:10"),
        ("bg", "нарушение на член 6, параграф 1 от ЕКЗПЧОС", "ECHR:6(1)"),
        ("hu", "az emberi jogok védelméről szóló európai egyezmény 8. cikke", "ECHR:8"),
        (
            "sv",
            "artikel 8 i europeiska konventionen om skydd för de mänskliga rättigheterna",
            "ECHR:8",
        ),
    ],
)
def test_short_title_names_the_echr(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Article 6 of the European Convention for the Protection of Human Rights and "
            "Fundamental Freedoms",
        ),
        ("sk", "článok 6 Európskeho dohovoru o ochrane ľudských práv a základných slobôd"),
        ("cs", "článek 6 Evropské úmluvy o ochraně lidských práv a základních svobod"),
    ],
)
def test_full_title_is_still_one_citation(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == ["ECHR:6"]


def test_another_european_convention_is_not_the_echr() -> None:
    text = "the European Convention for the Protection of Animals kept for Farming Purposes"
    assert not any(c.key.startswith("ECHR") for c in extract(text, lang="en"))
