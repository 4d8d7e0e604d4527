"""A chain alone in brackets after a statement about an instrument ("several
provisions of the Charter, including the right to private life (Article 7)"): the
instrument the statement names, also when an earlier article of the clause took
another ("Article 2 TEU and …"); never when a national act stands between ("transposed
by the Data Protection Act 2018 (Articles 29 to 81)": that act's articles)."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "The law breaches Article 2 TEU, read in conjunction with Article 10 TEU, and "
            "several provisions of the Charter, including the right to private life "
            "(Article 7) and freedom of expression (Article 11).",
            ["TEU:2", "TEU:10", "CFR:7", "CFR:11"],
        ),
        (
            "fr",
            "La loi viole l'article 2 TUE et plusieurs dispositions de la Charte, notamment "
            "le droit au respect de la vie privée (article 7) et la liberté d'expression "
            "(article 11).",
            ["TEU:2", "CFR:7", "CFR:11"],
        ),
        (
            "nl",
            "Het wetsvoorstel schendt artikel 2 VEU en meerdere bepalingen van het Handvest, "
            "waaronder het recht op privéleven (artikel 7) en de vrijheid van meningsuiting "
            "(artikel 11).",
            ["TEU:2", "CFR:7", "CFR:11"],
        ),
        (
            "de",
            "Das Gesetz verletzt Art. 2 EUV und mehrere Bestimmungen der Charta, darunter "
            "das Recht auf Privatleben (Artikel 7) und die Meinungsfreiheit (Artikel 11).",
            ["TEU:2", "CFR:7", "CFR:11"],
        ),
        # two instruments named with no article of theirs: the brackets are either's
        (
            "en",
            "Regulation (EU) 2016/679 and Directive (EU) 2016/680 govern these transfers "
            "(Articles 44 to 49).",
            ["CELEX:32016R0679", "CELEX:32016L0680"],
        ),
    ],
)
def test_bracketed_chain_takes_the_statements_instrument(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La directive (UE) 2016/680 a été transposée par la loi Informatique et "
            "Libertés (articles 87 à 114).",
        ),
        (
            "fr",
            "La directive (UE) 2016/680 a été transposée par la loi du 30 juillet 2018 "
            "(articles 26 à 102).",
        ),
        (
            "en",
            "Directive (EU) 2016/680 was transposed by the Data Protection Act 2018 "
            "(Articles 29 to 81).",
        ),
        (
            "nl",
            "Richtlijn (EU) 2016/680 is omgezet in de Wet politiegegevens (artikelen 1 tot "
            "en met 36).",
        ),
        (
            "de",
            "Die Richtlinie (EU) 2016/680 wurde durch das Gesetz vom 20. November 2019 "
            "(Artikel 1 bis 3) umgesetzt.",
        ),
    ],
)
def test_bracketed_chain_after_a_national_act_is_that_acts(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == ["CELEX:32016L0680"]
