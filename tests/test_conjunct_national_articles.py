"""An article joined by "read in conjunction with" to an article of an EU act is that
act's only when no other instrument is named after it: nl "gelezen in samenhang met
artikel 14, derde lid, van de UAVG", fr "lu en combinaison avec l'article 14, alinéa 3,
de la LIL" cite a national act's article, even after the comma that closes a pinpoint
written in words (pipeline/instrument_before.py, ``_names_other``)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "nl",
            "De boete berust op artikel 83, vijfde lid, van de AVG, gelezen in samenhang met"
            " artikel 14, derde lid, van de UAVG.",
            ["CELEX:32016R0679:83(5)"],
        ),
        (
            "fr",
            "La sanction repose sur l'article 83, paragraphe 5, du RGPD, lu en combinaison"
            " avec l'article 20, alinéa 2, de la LIL.",
            ["CELEX:32016R0679:83(5)"],
        ),
        (
            "de",
            "Die Befugnis folgt aus Art. 58 Abs. 2 DSGVO in Verbindung mit Art. 14 Abs. 3"
            " des BayDSG.",
            ["CELEX:32016R0679:58(2)"],
        ),
        (
            "en",
            "The fine rests on Article 83(5) GDPR, read in conjunction with Article 14(3), of"
            " the Data Protection Act 2018.",
            ["CELEX:32016R0679:83(5)"],
        ),
    ],
)
def test_the_conjunct_article_of_another_act_is_not_the_eu_acts(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "nl",
            "Zie artikel 6, eerste lid, van de AVG, gelezen in samenhang met artikel 9,"
            " tweede lid, van die verordening.",
            ["CELEX:32016R0679:6(1)", "CELEX:32016R0679:9(2)"],
        ),
        (
            "fr",
            "Vu la directive 2006/112/CE, et notamment son article 168, au regard des"
            " articles 47 et 52 de la Charte ;",
            ["CELEX:32006L0112", "CELEX:32006L0112:168", "CFR:47", "CFR:52"],
        ),
        (
            "de",
            "gestützt auf die Verordnung (EU) 2016/429, insbesondere auf Artikel 176 Absatz 4,"
            "\n\nin Erwägung nachstehender Gründe:",
            ["CELEX:32016R0429", "CELEX:32016R0429:176(4)"],
        ),
        (
            "de",
            "gestützt auf die Verordnung (EU) Nr. 1308/2013, insbesondere auf Artikel 219"
            " Absatz 1 in Verbindung mit Artikel 228, in Erwägung nachstehender Gründe:",
            ["CELEX:32013R1308", "CELEX:32013R1308:219(1)", "CELEX:32013R1308:228"],
        ),
    ],
)
def test_the_conjunct_article_of_the_same_act_is_kept(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys
