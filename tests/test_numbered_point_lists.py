"""Numbered points are dropped (citation-keys.md: "point (1) of Article 4" is `…:4`), and
so is every number a list joins to the first: "Article 4, points 1 and 2" cites Article
4, not also an Article 2 (families/chain_points.py). Lists of points keep each point
(contract version 2), so each numbered point of the list is a citation of its own with
the article's key, as "Article 4(1)(85) and (86)" is; a range of them stays one. A plural
article word before a numbered point makes the number after the comma the next article
(de "Artt. 4 Nr. 11, 7 DSGVO")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        (
            "en",
            "Credit institutions within the meaning of Article 4, points 1 and 2, of Regulation"
            " (EU) No 575/2013.",
            2,
        ),
        (
            "en",
            "Credit institutions within the meaning of Article 4, points (1), (2) and (5), of"
            " Regulation (EU) No 575/2013.",
            3,
        ),
        (
            "fr",
            "Les établissements au sens de l'article 4, points 1 et 2, du règlement (UE)"
            " no 575/2013.",
            2,
        ),
        (
            "nl",
            "Instellingen in de zin van artikel 4, punten 1 en 2, van Verordening (EU)"
            " nr. 575/2013.",
            2,
        ),
        (
            "de",
            "Institute im Sinne von Artikel 4 Nummern 1 und 2 der Verordnung (EU) Nr. 575/2013.",
            2,
        ),
    ],
)
def test_a_list_of_numbered_points_cites_the_article(lang: str, text: str, count: int) -> None:
    assert _keys(text, lang) == ["CELEX:32013R0575:4"] * count


def test_a_paragraph_keeps_its_numbered_points_dropped() -> None:
    text = "As defined in Article 4(1), points 1, 2 and 5, of Regulation (EU) No 575/2013."
    assert _keys(text, "en") == ["CELEX:32013R0575:4(1)"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a plural article word the list goes on with articles
        (
            "Articles 4, point 1, and 5 of Regulation (EU) No 575/2013 apply.",
            ["CELEX:32013R0575:4", "CELEX:32013R0575:5"],
        ),
        # another article word starts another unit
        (
            "Article 4, point 1 and Article 5 of Regulation (EU) No 575/2013 apply.",
            ["CELEX:32013R0575:4", "CELEX:32013R0575:5"],
        ),
        # a numbered point with its lettered point is paragraph and point
        (
            "Article 2, point 8(c), and point 9 of Regulation (EU) No 575/2013 apply.",
            ["CELEX:32013R0575:2(8)(c)", "CELEX:32013R0575:2"],
        ),
    ],
)
def test_what_is_no_list_of_numbered_points(text: str, expected: list[str]) -> None:
    assert _keys(text, "en") == expected


ELEC = "CELEX:32019L0944"
GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Aggregators as defined in Article 2, points 18, 20 and 59, of Directive (EU) "
            "2019/944 shall be covered.",
            [f"{ELEC}:2"] * 3,
        ),
        (
            "nl",
            "Marktdeelnemers zoals gedefinieerd in artikel 2, punten 18, 20 en 59, van "
            "Richtlijn (EU) 2019/944 vallen eronder.",
            [f"{ELEC}:2"] * 3,
        ),
        (
            "fr",
            "les agrégateurs au sens de l’article 2, points 18, 20 et 59, de la directive (UE) "
            "2019/944 sont visés.",
            [f"{ELEC}:2"] * 3,
        ),
        (
            "it",
            "gli aggregatori di cui all'articolo 2, punti 18, 20 e 59, della direttiva (UE) "
            "2019/944 sono inclusi.",
            [f"{ELEC}:2"] * 3,
        ),
        (
            "de",
            "Aggregatoren im Sinne des Artikels 2 Nummern 18, 20 und 59 der Richtlinie (EU) "
            "2019/944 sind erfasst.",
            [f"{ELEC}:2"] * 3,
        ),
        (
            "pl",
            "agregatorzy w rozumieniu art. 2 pkt 18, 20 i 59 dyrektywy (UE) 2019/944 są objęci.",
            [f"{ELEC}:2"] * 3,
        ),
        (
            "en",
            "as defined in Article 4(1), points 1 and 2, of Regulation (EU) 2016/679 and in "
            "Article 5 thereof",
            [f"{GDPR}:4(1)", f"{GDPR}:4(1)", f"{GDPR}:5"],
        ),
        # a single numbered point and a range stay one citation
        ("nl", "zoals bedoeld in artikel 2, punt 57, van Richtlijn (EU) 2019/944", [f"{ELEC}:2"]),
        ("en", "as set in Article 2, points 1 to 3, of Regulation (EU) 2016/679", [f"{GDPR}:2"]),
        # a plural article word: the number after the comma is the next article
        (
            "de",
            "soweit auch die Anforderungen aus Artt. 4 Nr. 11, 7 DSGVO beachtet wurden",
            [f"{GDPR}:4", f"{GDPR}:7"],
        ),
        (
            "de",
            "die Einwilligung nach Artt. 4 Nr. 11 und 7 DSGVO ist wirksam",
            [f"{GDPR}:4", f"{GDPR}:7"],
        ),
        ("it", "ai sensi degli artt. 4, punto 11, e 7 del GDPR", [f"{GDPR}:4", f"{GDPR}:7"]),
    ],
)
def test_numbered_point_lists(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "zoals bedoeld in artikel 2, punten 18, 20 en 59, van de Elektriciteitswet 1998"),
        ("en", "Points 18, 20 and 59 were discussed on 2 May 2019 by the committee."),
        ("de", "gemäß § 3 Nummern 18, 20 und 59 des Energiewirtschaftsgesetzes"),
        ("fr", "l’article 2, points 18, 20 et 59, du code de l’énergie"),
    ],
)
def test_numbered_point_lists_not_eu(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
