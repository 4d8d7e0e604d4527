""" "the Treaty" in the title of an act adopted before the Treaty of Lisbon is never the
TFEU, even where the text named the TFEU before (a block exemption's visas: "Having
regard to the Treaty on the Functioning of the European Union, Having regard to
Regulation No 19/65/EEC of the Council of 2 March 1965 on the application of Article
85(3) of the Treaty …"): that Treaty is the EEC Treaty, which the text does not name."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union,\n"
            "Having regard to Council Regulation (EEC) No 1534/91 of 31 May 1991 on the "
            "application of Article 85(3) of the Treaty to certain categories of agreements "
            "in the insurance sector, and in particular Article 1 thereof,\n"
            "Whereas:\n(1) Article 101(3) of the Treaty allows such agreements to be exempted.",
            ["TFEU", "CELEX:31991R1534", "CELEX:31991R1534:1", "TFEU:101(3)"],
        ),
        (
            "fr",
            "vu le traité sur le fonctionnement de l'Union européenne,\n"
            "vu le règlement (CEE) no 1534/91 du Conseil du 31 mai 1991 concernant "
            "l'application de l'article 85, paragraphe 3, du traité à certaines catégories "
            "d'accords dans le domaine des assurances, et notamment son article 1er,",
            ["TFEU", "CELEX:31991R1534", "CELEX:31991R1534:1"],
        ),
        (
            "cs",
            "s ohledem na Smlouvu o fungování Evropské unie,\n"
            "s ohledem na nařízení Rady (EHS) č. 1534/91 ze dne 31. května 1991 o použití "
            "čl. 85 odst. 3 Smlouvy na určité kategorie dohod v pojišťovnictví,",
            ["TFEU", "CELEX:31991R1534"],
        ),
    ],
)
def test_the_treaty_of_a_pre_lisbon_title_is_not_the_tfeu_named_before(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act as the subject of a sentence, not its title (no date of its own): the
        # Treaty the text names
        (
            "Having regard to the Treaty on the Functioning of the European Union,\n"
            "(2) Council Regulation (EC) No 994/98 empowers the Commission to declare, in "
            "accordance with Article 109 of the Treaty, that certain aid is exempted.",
            ["TFEU", "CELEX:31998R0994", "TFEU:109"],
        ),
        # a title adopted under the Treaty of Lisbon
        (
            "Having regard to the Treaty on the Functioning of the European Union,\n"
            "Having regard to Commission Regulation (EU) No 1217/2010 of 14 December 2010 on "
            "the application of Article 101(3) of the Treaty to certain categories of "
            "research and development agreements,",
            ["TFEU", "CELEX:32010R1217", "TFEU:101(3)"],
        ),
        # no Treaty named before: the EC Treaty, as before
        (
            "Council Regulation (EEC) No 1534/91 of 31 May 1991 on the application of "
            "Article 85(3) of the Treaty to certain categories of agreements",
            ["CELEX:31991R1534", "TEC:85(3)"],
        ),
    ],
)
def test_the_treaty_elsewhere_keeps_its_reading(text: str, expected: list[str]) -> None:
    assert _keys(text, "en") == expected
