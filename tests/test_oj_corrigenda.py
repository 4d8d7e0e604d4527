"""An Official Journal corrigendum written right after the reference it corrects, in
the same brackets, with neither abbreviation nor date of its own."""

from __future__ import annotations

import pytest

import citeresolve


def oj(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A corrigendum after the reference it corrects, in the same brackets: the
        # reference's year, or its own when written.
        (
            "de",
            "(ABl. L 96 vom 29.3.2014 S. 79, ber. L 84 S. 12)",
            [
                ("OJ:L:2014:096:79", "ABl. L 96 vom 29.3.2014 S. 79"),
                ("OJ:L:2014:084:12", "L 84 S. 12"),
            ],
        ),
        (
            "de",
            "(ABl. Nr. L 96 vom 29.3.2014 S. 79; ber. 2016 L 84 S. 12)",
            [
                ("OJ:L:2014:096:79", "ABl. Nr. L 96 vom 29.3.2014 S. 79"),
                ("OJ:L:2016:084:12", "2016 L 84 S. 12"),
            ],
        ),
        # Without its page the corrigendum is no reference.
        (
            "de",
            "(ABl. L 96 vom 29.3.2014 S. 79, ber. L 84)",
            [("OJ:L:2014:096:79", "ABl. L 96 vom 29.3.2014 S. 79")],
        ),
    ],
)
def test_a_corrigendum_after_its_reference(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected
