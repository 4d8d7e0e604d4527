"""'The Treaty' in the title of an act adopted before the Treaty of Lisbon is never the
TFEU a text named before it, also when the act was adopted in the year before the one
its number carries: "Regulation (EC) No 1/2003 of 16 December 2002 on the implementation
of the rules on competition laid down in Articles 81 and 82 of the Treaty" gives no
TFEU:81 (the EC Treaty is not named: no citation, as for "Regulation No 19/65/EEC of 2
March 1965 … Article 85(3) of the Treaty")."""

from __future__ import annotations

import pytest

import citeresolve

REG = "CELEX:32003R0001"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The agreement infringes Article 101(1) TFEU. Under Article 3(1) of Council Regulation"
            " (EC) No 1/2003 of 16 December 2002 on the implementation of the rules on competition"
            " laid down in Articles 81 and 82 of the Treaty, the authority applies it.",
        ),
        (
            "de",
            "Die Absprache verstößt gegen Art. 101 Abs. 1 AEUV. Nach Art. 3 Abs. 1 der Verordnung"
            " (EG) Nr. 1/2003 des Rates vom 16. Dezember 2002 zur Durchführung der in den Artikeln"
            " 81 und 82 des Vertrags niedergelegten Wettbewerbsregeln wendet die Behörde ihn an.",
        ),
        (
            "pl",
            "Porozumienie narusza art. 101 ust. 1 TFUE. Zgodnie z art. 3 ust. 1 rozporządzenia Rady"
            " (WE) nr 1/2003 z dnia 16 grudnia 2002 r. w sprawie wprowadzenia w życie reguł"
            " konkurencji ustanowionych w art. 81 i 82 Traktatu organ stosuje ten przepis.",
        ),
        (
            "sv",
            "Avtalet strider mot artikel 101.1 FEUF. Enligt artikel 3.1 i rådets förordning (EG)"
            " nr 1/2003 av den 16 december 2002 om tillämpning av konkurrensreglerna i artiklarna"
            " 81 och 82 i fördraget ska myndigheten tillämpa den.",
        ),
    ],
)
def test_no_tfeu_in_a_2002_title(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == ["TFEU:101(1)", f"{REG}:3(1)"]


def test_no_treaty_named_before_is_the_ec_treaty() -> None:
    text = (
        "Nach Art. 3 Abs. 1 der Verordnung (EG) Nr. 1/2003 des Rates vom 16. Dezember 2002 zur"
        " Durchführung der in den Artikeln 81 und 82 des Vertrags niedergelegten Wettbewerbsregeln"
        " gilt das."
    )
    keys = [c.key for c in citeresolve.extract(text, lang="de")]
    assert keys == [f"{REG}:3(1)", "TEC:81", "TEC:82"]


def test_the_act_as_subject_still_takes_the_treaty_named() -> None:
    # no date of the act before "the Treaty": the act is the subject of the sentence
    text = (
        "Article 101(1) TFEU applies. Regulation (EC) No 1/2003 empowers the Commission to"
        " apply Article 101(3) of the Treaty."
    )
    keys = [c.key for c in citeresolve.extract(text, lang="en")]
    assert keys == ["TFEU:101(1)", REG, "TFEU:101(3)"]
