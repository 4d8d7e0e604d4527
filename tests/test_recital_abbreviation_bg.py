"""Bulgarian legal databases head a recital's page with "съобр." (съображение) and the
recital's number in brackets before the act: "съобр. (1) Регламент (ЕС) № 330/2010" is
recital 1 of that Regulation, as "съображение 1 от Регламент (ЕС) № 330/2010" is."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "съобр. (1) Регламент (ЕС) № 330/2010\nРегламент (ЕС) № 330/2010",
            ["CELEX:32010R0330:recital-1", "CELEX:32010R0330"],
        ),
        ("съобр. (12) Регламент (ЕС) 2016/679", ["CELEX:32016R0679:recital-12"]),
        ("съгласно съобр. 26 от Регламент (ЕС) 2016/679", ["CELEX:32016R0679:recital-26"]),
        ("съображение 1 от Регламент (ЕС) № 330/2010", ["CELEX:32010R0330:recital-1"]),
        # no EU act in reach: a judgment's or a national ordinance's grounds
        ("Според съобр. 5 от решението на съда", []),
        ("съобр. (1) от Наредба № 3", []),
    ],
)
def test_recital_abbreviation(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="bg")] == expected
