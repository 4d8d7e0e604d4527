"""A visa line ("having regard to …") names one act with its title, so a full stop
before a capital inside it is an abbreviation's (pl "ds.", cs "tj.", en "cf."), not a
sentence end: "in particular its Article 58" at the end of the line pins the act the
line opens with, not an act named in its title after the abbreviation. A bracketed
number on the next line after the list's comma is the first recital's, no paragraph."""

from __future__ import annotations

import pytest

import citeresolve


def pinned(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.count(":") == 2]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "uwzględniając rozporządzenie Parlamentu Europejskiego i Rady (UE) 2018/1139 z dnia "
            "4 lipca 2018 r. w sprawie utworzenia Agencji Unii Europejskiej ds. Bezpieczeństwa "
            "Lotniczego oraz zmieniające rozporządzenie (WE) nr 2111/2005, w szczególności "
            "jego art. 58 i 61,\n(1) Systemy bezzałogowych statków powietrznych",
        ),
        (
            "cs",
            "s ohledem na nařízení Evropského parlamentu a Rady (EU) 2018/1139 o zřízení "
            "Agentury Evropské unie pro bezpečnost letectví, tj. Agentury, a o změně nařízení "
            "(ES) č. 2111/2005, a zejména na článek 58 a článek 61 uvedeného nařízení,\n"
            "(1) Bezpilotní systémy",
        ),
        (
            "en",
            "Having regard to Regulation (EU) 2018/1139 of the European Parliament and of the "
            "Council on common rules in the field of civil aviation (cf. Regulation (EC) No "
            "2111/2005, as amended), and in particular its Articles 58 and 61,\n"
            "(1) Unmanned aircraft systems",
        ),
    ],
)
def test_the_visa_line_pins_the_act_it_opens_with(lang: str, text: str) -> None:
    assert pinned(text, lang) == ["CELEX:32018R1139:58", "CELEX:32018R1139:61"]


def test_a_sentence_after_a_visa_line_is_its_own() -> None:
    text = (
        "Having regard to Regulation (EU) 2018/1139,\n"
        "The Commission. Regulation (EC) No 2111/2005 sets out rules, in particular in "
        "Article 5 thereof."
    )
    assert pinned(text, "en") == ["CELEX:32005R2111:5"]
