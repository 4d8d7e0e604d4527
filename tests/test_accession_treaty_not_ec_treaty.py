"""An article of a Treaty of Accession (sk "čl. 1 ods. 1 Zmluvy o pristúpení Slovenskej
republiky k Európskej únii", de "Artikel 1 Absatz 1 des Vertrags über den Beitritt …") is
no article of the Treaty named before: the words after the bare treaty word make it
another instrument, which no key covers."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sk",
            "Zmluva o založení Európskeho spoločenstva. Právo je upravené v čl. 1 ods. 1 "
            "Zmluvy o pristúpení Slovenskej republiky k Európskej únii.",
        ),
        (
            "cs",
            "Smlouva o založení Evropského společenství. Právo je upraveno v čl. 1 odst. 1 "
            "Smlouvy o přistoupení České republiky k Evropské unii.",
        ),
        (
            "pl",
            "Traktat ustanawiający Wspólnotę Europejską. Prawo reguluje art. 1 ust. 1 "
            "Traktatu o przystąpieniu Rzeczypospolitej Polskiej do Unii Europejskiej.",
        ),
        (
            "de",
            "Vertrag zur Gründung der Europäischen Gemeinschaft. Das Recht regelt Artikel 1 "
            "Absatz 1 des Vertrags über den Beitritt der Slowakischen Republik zur "
            "Europäischen Union.",
        ),
        (
            "fr",
            "traité instituant la Communauté européenne. Le droit est prévu à l'article 1er, "
            "paragraphe 1, du traité d'adhésion de la République slovaque à l'Union "
            "européenne.",
        ),
        (
            "es",
            "Tratado constitutivo de la Comunidad Europea. El derecho figura en el artículo 1, "
            "apartado 1, del Tratado de adhesión de la República Eslovaca a la Unión Europea.",
        ),
        (
            "bg",
            "Договора за създаване на Европейската общност. Правото е уредено в член 1, "
            "параграф 1 от Договора за присъединяване на Република България към Европейския "
            "съюз.",
        ),
    ],
)
def test_an_accession_treaty_article_is_not_the_ec_treatys(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TEC"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "Zmluva o založení Európskeho spoločenstva. Podľa čl. 2 Zmluvy sa to týka všetkých.",
            ["TEC", "TEC:2"],
        ),
        (
            "de",
            "Vertrag zur Gründung der Europäischen Gemeinschaft. Nach Artikel 2 des Vertrags "
            "gilt das für alle.",
            ["TEC", "TEC:2"],
        ),
    ],
)
def test_the_bare_treaty_word_still_points_back(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
