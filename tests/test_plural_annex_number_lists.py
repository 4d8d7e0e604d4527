"""A plural annex word before a list of numbers in a language that writes numbers
first (fi "liitteiden 1 ja 11", "liitteet 1, 2 ja 11"): every number is an annex; only
the last was kept (the others waited for a noun that never came). A singular annex
word before a number that waits for its noun ("liitteen 3 kohta") is unchanged, and so
are the lists written number first in the other languages."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


R980 = "CELEX:32019R0980"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Esite on laadittu komission delegoidun asetuksen (EU) 2019/980 liitteiden 1 ja "
            "11 mukaisesti.",
            [f"{R980}:annex-1", f"{R980}:annex-11"],
        ),
        (
            "fi",
            "Ks. asetuksen (EU) 2019/980 liitteet 1, 2 ja 11.",
            [f"{R980}:annex-1", f"{R980}:annex-2", f"{R980}:annex-11"],
        ),
        (
            "fi",
            "Tiedot esitetään asetuksen (EU) 2019/980 liitteissä 3 ja 4 sekä 5 artiklassa.",
            [f"{R980}:annex-3", f"{R980}:annex-4", f"{R980}:5"],
        ),
        (
            "fi",
            "Ks. asetuksen (EU) 2019/980 liitteet I ja II.",
            [f"{R980}:annex-I", f"{R980}:annex-II"],
        ),
        # number first in the other languages: already each annex
        (
            "lv",
            "Skatīt Regulas (ES) 2019/980 1. un 11. pielikumu.",
            [f"{R980}:annex-1", f"{R980}:annex-11"],
        ),
        (
            "lt",
            "Žr. Reglamento (ES) 2019/980 1 ir 11 priedus.",
            [f"{R980}:annex-1", f"{R980}:annex-11"],
        ),
        (
            "hu",
            "Lásd az (EU) 2019/980 rendelet 1. és 11. mellékletét.",
            [f"{R980}:annex-1", f"{R980}:annex-11"],
        ),
        ("et", "Vt määruse (EL) 2019/980 lisad 1 ja 11.", [f"{R980}:annex-1", f"{R980}:annex-11"]),
    ],
)
def test_each_number_after_a_plural_annex_word(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


def test_singular_annex_word_still_waits_for_its_noun() -> None:
    assert keys("Ks. asetuksen (EU) 2019/980 liitteen 1.", "fi") == [f"{R980}:annex-1"]
    assert f"{R980}:annex-3" not in keys("Ks. asetuksen (EU) 2019/980 liitteen 3 kohta.", "fi")
