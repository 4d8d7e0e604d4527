"""A possessive that opens a sentence right before its article ("Its Article 10", cs
"Jeho článek 10", lv "Tās 10. pants", lt "Jo 10 straipsnis") points back to the one
instrument the sentence before names, as "thereof" opening a sentence does."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Regulation (EU) 2019/1148 restricts explosives precursors. Its Article 5 bans "
            "their sale to the public.",
        ),
        (
            "cs",
            "Nařízení (EU) 2019/1148 omezuje prekursory výbušnin. Jeho článek 5 zakazuje "
            "jejich prodej veřejnosti.",
        ),
        (
            "lv",
            "Regula (ES) 2019/1148 ierobežo sprāgstvielu prekursorus. Tās 5. pants aizliedz "
            "to pārdošanu sabiedrībai.",
        ),
        (
            "lt",
            "Reglamentas (ES) 2019/1148 riboja sprogstamųjų medžiagų pirmtakus. Jo 5 "
            "straipsnis draudžia juos parduoti visuomenei.",
        ),
    ],
)
def test_opening_possessive_is_the_previous_sentences_act(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32019R1148", "CELEX:32019R1148:5"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the sentence before names two acts: either may be meant
        (
            "en",
            "Regulation (EU) 2019/1148 repealed Regulation (EU) No 98/2013. Its Article 5 "
            "bans the sale to the public.",
        ),
        # an "of" word goes on to another instrument
        (
            "cs",
            "Nařízení (EU) 2019/1148 omezuje prekursory. Jeho článek 5 zákona o výbušninách "
            "zakazuje prodej.",
        ),
        # the possessive does not open the sentence
        (
            "en",
            "Regulation (EU) 2019/1148 restricts precursors. The Member State and its "
            "Article 5 procedure apply.",
        ),
    ],
)
def test_possessive_with_no_single_act_before(lang: str, text: str) -> None:
    assert not any(k.endswith(":5") for k in keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lt",
            "Jurisdikcija nustatoma pagal reglamentą (ES) Nr. 1215/2012 dėl jurisdikcijos. "
            "Pagal jo 4 straipsnio 1 dalį ieškinys pareiškiamas gyvenamosios vietos teismui.",
        ),
        (
            "cs",
            "Příslušnost se určuje podle nařízení (EU) č. 1215/2012. Podle jeho čl. 4 odst. 1 "
            "se žaloba podává u soudů bydliště.",
        ),
        (
            "es",
            "La competencia se determina conforme al Reglamento (UE) n.º 1215/2012. Según su "
            "artículo 4, apartado 1, la demanda se presenta ante los tribunales del domicilio.",
        ),
        (
            "en",
            "Jurisdiction is governed by Regulation (EU) No 1215/2012. Under its Article 4(1), "
            "persons are sued in the courts of their domicile.",
        ),
        (
            "de",
            "Die Zuständigkeit richtet sich nach der Verordnung (EU) Nr. 1215/2012. Nach ihrem "
            "Artikel 4 Absatz 1 sind Personen vor den Gerichten ihres Wohnsitzes zu verklagen.",
        ),
    ],
)
def test_possessive_after_an_opening_preposition(lang: str, text: str) -> None:
    # lt "Pagal jo 4 straipsnio 1 dalį": a word or two (a preposition) may stand first
    assert keys(text, lang) == ["CELEX:32012R1215", "CELEX:32012R1215:4(1)"]
