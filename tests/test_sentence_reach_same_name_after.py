"""An act named as a sentence's subject takes the articles later in that sentence, also
when the same act is named again right after them in the next sentence ("… in Articles
5 to 7. Under Article 30 DMA …"); another act named there still stops it. Popular names
as national texts write them with the act word: cs "nařízení o digitálních trzích", sk
"nariadenie o digitálnych službách", pl "rozporządzenie o usługach cyfrowych", de
"Verordnung über digitale Dienste"."""

from __future__ import annotations

import pytest

import citeresolve

DMA = "CELEX:32022R1925"
DSA = "CELEX:32022R2065"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Digital Markets Act imposes obligations in Articles 5 to 7. Under Article 30 DMA"
            " the Commission may fine a gatekeeper.",
            [f"{DMA}:5-7", f"{DMA}:30"],
        ),
        (
            "cs",
            "Nařízení o digitálních trzích ukládá povinnosti v čl. 5 až 7. Podle čl. 30 DMA může"
            " Komise uložit pokutu.",
            [f"{DMA}:5-7", f"{DMA}:30"],
        ),
        (
            "pl",
            "Rozporządzenie o rynkach cyfrowych nakłada obowiązki w art. 5–7. Zgodnie z art. 30 DMA"
            " Komisja może nałożyć karę.",
            [f"{DMA}:5-7", f"{DMA}:30"],
        ),
        # another act named after the chain stops the sentence's own
        (
            "en",
            "The Digital Markets Act imposes obligations in Articles 5 to 7. Under Article 30 GDPR"
            " the authority may fine a controller.",
            ["CELEX:32016R0679:30"],
        ),
    ],
)
def test_same_act_named_after(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Podle čl. 16 nařízení o digitálních službách musí platformy jednat.",
            [f"{DSA}:16"],
        ),
        ("sk", "Podľa článku 5 nariadenia o digitálnych trhoch platí zákaz.", [f"{DMA}:5"]),
        (
            "pl",
            "Zgodnie z art. 16 rozporządzenia o usługach cyfrowych platformy działają.",
            [f"{DSA}:16"],
        ),
        (
            "de",
            "Nach Art. 16 der Verordnung über digitale Dienste müssen Plattformen handeln.",
            [f"{DSA}:16"],
        ),
    ],
)
def test_popular_names_with_act_word(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
