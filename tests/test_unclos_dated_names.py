"""The Law of the Sea Convention named with its date inside its name, as EU acts write it
in English, Slovak and Czech ("United Nations Convention of 10 December 1982 on the Law of
the Sea"): the instrument's name (data/lang: instruments.UNCLOS)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "(3) The United Nations Convention of 10 December 1982 on the Law of the Sea, to "
            "which the Union is a party, lays down obligations for the conservation of stocks.",
            [("UNCLOS", "United Nations Convention of 10 December 1982 on the Law of the Sea")],
        ),
        (
            "en",
            "Article 64 of the United Nations Convention of 10 December 1982 on the Law of the "
            "Sea governs highly migratory species.",
            [("UNCLOS:64", "Article 64")],
        ),
        (
            "sk",
            "(3) V Dohovore Organizácie Spojených národov z 10. decembra 1982 o morskom práve sa "
            "ustanovujú povinnosti týkajúce sa ochrany populácií.",
            [
                (
                    "UNCLOS",
                    "Dohovore Organizácie Spojených národov z 10. decembra 1982 o morskom práve",
                )
            ],
        ),
        (
            "cs",
            "(3) Úmluva Organizace spojených národů ze dne 10. prosince 1982 o mořském právu "
            "stanoví povinnosti v oblasti zachování populací.",
            [
                (
                    "UNCLOS",
                    "Úmluva Organizace spojených národů ze dne 10. prosince 1982 o mořském právu",
                )
            ],
        ),
        # negatives: another convention of a date, a national law of that date
        ("en", "The Convention of 10 December 1982 between France and Spain applies.", []),
        ("sk", "Zákon z 10. decembra 1982 o morskom rybolove sa zrušuje.", []),
    ],
)
def test_unclos_named_with_its_date(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)] == expected
