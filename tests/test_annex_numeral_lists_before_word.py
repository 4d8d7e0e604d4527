"""et writes an annex's Roman numeral before its word ("määruse I lisas"), also a list
of them: "V ja VIII lisa", "V, VII ja VIII lisa" give each annex (nothing was found:
only a single numeral was read back from the word). The number-first languages read
such lists already (lv "V un VIII pielikums", lt "V ir VIII priedai", hu "V. és VIII.
melléklet")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


PPE = "CELEX:32016R0425"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Vastavushindamine on tehtud määruse (EL) 2016/425 V ja VIII lisa kohaselt.",
            [f"{PPE}:annex-V", f"{PPE}:annex-VIII"],
        ),
        (
            "et",
            "Vt määruse (EL) 2016/425 V, VII ja VIII lisa.",
            [f"{PPE}:annex-V", f"{PPE}:annex-VII", f"{PPE}:annex-VIII"],
        ),
        (
            "et",
            "Toode vastab määruse (EL) 2016/425 nõuetele. Hindamine on tehtud kõnealuse "
            "määruse V ja VIII lisa kohaselt.",
            [PPE, f"{PPE}:annex-V", f"{PPE}:annex-VIII"],
        ),
        ("et", "Vt määruse (EL) 2016/425 II lisa punkt 1.", [f"{PPE}:annex-II"]),
        (
            "et",
            "Vt määruse (EL) 2016/425 artikkel 5 ja VIII lisa.",
            [f"{PPE}:5", f"{PPE}:annex-VIII"],
        ),
        (
            "lv",
            "Novērtēšana veikta saskaņā ar Regulas (ES) 2016/425 V un VIII pielikumu.",
            [f"{PPE}:annex-V", f"{PPE}:annex-VIII"],
        ),
        (
            "lt",
            "Vertinimas atliktas pagal Reglamento (ES) 2016/425 V ir VIII priedus.",
            [f"{PPE}:annex-V", f"{PPE}:annex-VIII"],
        ),
        (
            "hu",
            "Az értékelés az (EU) 2016/425 rendelet V. és VIII. melléklete szerint történt.",
            [f"{PPE}:annex-V", f"{PPE}:annex-VIII"],
        ),
    ],
)
def test_each_numeral_before_the_annex_word(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
