"""An article chain after "that Regulation" in its sentence takes the act the anaphor
stands for, also where the titled act repeals another act of its kind: the repealed act
named in the title is no other act "that Regulation" could mean (pl "… oraz uchylenia
rozporządzenia (UE) nr 995/2010 … Zgodnie z art. 38 ust. 2 tego rozporządzenia przepisy
art. 3–13 stosuje się później" gave no 3-13). Two acts cited on their own still leave the
chain alone."""

from __future__ import annotations

import pytest

import citeresolve

EUDR = "CELEX:32023R1115"
OLD = "CELEX:32010R0995"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Rozporządzenie Parlamentu Europejskiego i Rady (UE) 2023/1115 z dnia 31 maja 2023 "
            "r. w sprawie wylesiania oraz uchylenia rozporządzenia (UE) nr 995/2010 stosuje "
            "się bezpośrednio. Zgodnie z art. 38 ust. 2 tego rozporządzenia przepisy art. "
            "3–13 stosuje się później.",
            [EUDR, OLD, f"{EUDR}:38(2)", f"{EUDR}:3-13"],
        ),
        (
            "en",
            "Regulation (EU) 2023/1115 of the European Parliament and of the Council of 31 May "
            "2023 on deforestation and repealing Regulation (EU) No 995/2010 applies. Under "
            "Article 38(2) of that Regulation, Articles 3 to 13 apply later.",
            [EUDR, OLD, f"{EUDR}:38(2)", f"{EUDR}:3-13"],
        ),
        (
            "cs",
            "Nařízení (EU) 2023/1115 ze dne 31. května 2023 o odlesňování a o zrušení nařízení "
            "(EU) č. 995/2010 je přímo použitelné. Podle čl. 38 odst. 2 uvedeného nařízení se "
            "články 3 až 13 použijí později.",
            [EUDR, OLD, f"{EUDR}:38(2)", f"{EUDR}:3-13"],
        ),
        (
            "de",
            "Die Verordnung (EU) 2023/1115 vom 31. Mai 2023 über Entwaldung und zur Aufhebung "
            "der Verordnung (EU) Nr. 995/2010 gilt. Nach Artikel 38 Absatz 2 der genannten "
            "Verordnung gelten die Artikel 3 bis 13 später.",
            [EUDR, OLD, f"{EUDR}:38(2)", f"{EUDR}:3-13"],
        ),
        # two regulations cited on their own: the chain after "that Regulation" is left
        (
            "pl",
            "Stosuje się rozporządzenie (UE) 2023/1115 oraz rozporządzenie (UE) nr 995/2010. "
            "Zgodnie z art. 38 ust. 2 tego rozporządzenia przepisy art. 3–13 stosuje się "
            "później.",
            [EUDR, OLD, f"{OLD}:38(2)"],
        ),
        (
            "en",
            "Regulation (EU) 2023/1115 and Regulation (EU) No 995/2010 apply. Under Article "
            "38(2) of that Regulation, Articles 3 to 13 apply later.",
            [EUDR, OLD, f"{OLD}:38(2)"],
        ),
    ],
)
def test_chain_after_anaphor_of_titled_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
