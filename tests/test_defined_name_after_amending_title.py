"""A name defined right after an act's title that amends or repeals other acts is the
titled act's, not the last act the title names (cs "směrnice (EU) 2022/2555 ze dne 14.
prosince 2022 … a o zrušení směrnice (EU) 2016/1148 (dále jen „směrnice NIS 2“)"); and
the title words of pl ("oraz uchylenia rozporządzenia") and sk ("a o zrušení nariadenia")
keep the repealed act from being the antecedent of "tego rozporządzenia", "uvedeného
nariadenia" after the title."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Zákon zapracovává směrnici Evropského parlamentu a Rady (EU) 2022/2555 ze dne 14. "
            "prosince 2022 o opatřeních k zajištění kybernetické bezpečnosti a o zrušení "
            "směrnice (EU) 2016/1148 (dále jen „směrnice o kybernetické bezpečnosti“). "
            "Hlášení incidentů upravuje článek 23 směrnice o kybernetické bezpečnosti.",
            ["CELEX:32022L2555", "CELEX:32016L1148", "CELEX:32022L2555:23"],
        ),
        (
            "en",
            "The Act transposes Directive (EU) 2022/2555 of the European Parliament and of "
            "the Council of 14 December 2022 on cybersecurity measures, and repealing "
            "Directive (EU) 2016/1148 (hereinafter ‘the Cyber Directive’). Article 23 of the "
            "Cyber Directive governs incident reporting.",
            ["CELEX:32022L2555", "CELEX:32016L1148", "CELEX:32022L2555:23"],
        ),
        (
            "pl",
            "Rozporządzenie Parlamentu Europejskiego i Rady (UE) 2023/1115 z dnia 31 maja 2023 "
            "r. w sprawie wylesiania oraz uchylenia rozporządzenia (UE) nr 995/2010 stosuje "
            "się bezpośrednio. Zgodnie z art. 38 ust. 2 tego rozporządzenia przepisy stosuje "
            "się później.",
            ["CELEX:32023R1115", "CELEX:32010R0995", "CELEX:32023R1115:38(2)"],
        ),
        (
            "sk",
            "Nariadenie Európskeho parlamentu a Rady (EÚ) 2023/1115 z 31. mája 2023 o "
            "odlesňovaní a o zrušení nariadenia (EÚ) č. 995/2010 sa uplatňuje priamo. Podľa "
            "čl. 38 ods. 2 uvedeného nariadenia platia pravidlá neskôr.",
            ["CELEX:32023R1115", "CELEX:32010R0995", "CELEX:32023R1115:38(2)"],
        ),
        (
            "cs",
            "Nařízení (EU) 2023/1115 ze dne 31. května 2023 o odlesňování a o zrušení "
            "nařízení (EU) č. 995/2010 je přímo použitelné. Podle čl. 38 odst. 2 uvedeného "
            "nařízení platí pravidla později.",
            ["CELEX:32023R1115", "CELEX:32010R0995", "CELEX:32023R1115:38(2)"],
        ),
        # a title that only names another act keeps that act the antecedent
        (
            "pl",
            "Rozporządzenie wykonawcze Komisji (UE) 2023/1773 z dnia 17 sierpnia 2023 r. "
            "ustanawiające zasady stosowania rozporządzenia (UE) 2023/956. Zgodnie z art. 6 "
            "tego rozporządzenia deklaracje składa się co roku.",
            ["CELEX:32023R1773", "CELEX:32023R0956", "CELEX:32023R0956:6"],
        ),
    ],
)
def test_defined_name_and_anaphor_after_amending_title(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
