"""An anaphor that names the act's kind with its qualifier ("that Implementing
Regulation", de "der genannten Durchführungsverordnung", cs "uvedeného prováděcího
nařízení", sk "uvedeného vykonávacieho nariadenia", da "nævnte gennemførelsesforordning",
sv "nämnda genomförandeförordning") points back like the plain one ("that Regulation"):
the article pinned to it is the implementing act's."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32023R1773"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Importers report under Commission Implementing Regulation (EU) 2023/1773. "
            "Penalties for a missing report follow from Article 16(1) of that Implementing "
            "Regulation.",
            [ACT, f"{ACT}:16(1)"],
        ),
        (
            "de",
            "Die Einführer berichten nach der Durchführungsverordnung (EU) 2023/1773 der "
            "Kommission. Sanktionen ergeben sich aus Artikel 16 Absatz 1 der genannten "
            "Durchführungsverordnung.",
            [ACT, f"{ACT}:16(1)"],
        ),
        (
            "cs",
            "Dovozci podávají zprávy podle prováděcího nařízení Komise (EU) 2023/1773. Sankce "
            "upravuje čl. 16 odst. 1 uvedeného prováděcího nařízení.",
            [ACT, f"{ACT}:16(1)"],
        ),
        (
            "sk",
            "Podrobnosti stanovuje vykonávacie nariadenie Komisie (EÚ) 2023/1773. Sankcie "
            "upravuje čl. 16 ods. 1 uvedeného vykonávacieho nariadenia.",
            [ACT, f"{ACT}:16(1)"],
        ),
        (
            "da",
            "Importørerne indberetter efter Kommissionens gennemførelsesforordning (EU) "
            "2023/1773. Sanktionerne følger af artikel 16, stk. 1, i nævnte "
            "gennemførelsesforordning.",
            [ACT, f"{ACT}:16(1)"],
        ),
        (
            "sv",
            "Importörerna rapporterar enligt kommissionens genomförandeförordning (EU) "
            "2023/1773. Sanktionerna följer av artikel 16.1 i nämnda genomförandeförordning.",
            [ACT, f"{ACT}:16(1)"],
        ),
        (
            "en",
            "The clauses are those of Commission Implementing Decision (EU) 2021/914; Article "
            "2 of that Implementing Decision sets out their scope.",
            ["CELEX:32021D0914", "CELEX:32021D0914:2"],
        ),
        # the document itself stays no citation
        (
            "cs",
            "Článek 3 tohoto prováděcího nařízení se použije ode dne 1. ledna 2026.",
            [],
        ),
    ],
)
def test_anaphor_with_the_acts_qualifier(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
