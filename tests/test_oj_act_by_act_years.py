"""Act-by-act numbers of the Official Journal ("OJ L, 2023/2854") exist only from 2023:
"YYYY/N" after a series with an earlier year is a classic issue and its page, keyed as
printed even where the issue is misprinted ("ABl 1985 L 1999/1" → OJ:L:1985:1999:1). No
key outside the contract's grammar (``OJ:L:1999/1``) is ever produced."""

from __future__ import annotations

import pytest

import citeresolve


def oj_keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "die Verordnung des Rates vom 25.7.1985 (ABl 1985 L 1999/1) gilt",
            ["OJ:L:1985:1999:1"],
        ),
        ("en", "as published (OJ 1990 L 2017/5) and amended", ["OJ:L:1990:2017:5"]),
        ("fr", "publié au (JO 1988 L 2001/12) et modifié", ["OJ:L:1988:2001:12"]),
        ("nl", "bekendgemaakt in (PbEG 1993 L 1998/3) en gewijzigd", ["OJ:L:1993:1998:3"]),
    ],
)
def test_early_year_slash_is_issue_and_page(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "geändert durch (ABl. L 2024/249 vom 12.2.2024)", ["OJ:L:2024/249"]),
        ("en", "Regulation (OJ L, 2023/2854, 20.12.2023)", ["OJ:L:2023/2854"]),
        ("nl", "de verordening (PbEU L 2024, 2024/1747)", ["OJ:L:2024/1747"]),
        ("fr", "le règlement (JO C, 2024/1392, 29.5.2024)", ["OJ:C:2024/1392"]),
    ],
)
def test_act_by_act_numbers_stay(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "ABl 1985 L 1999/1"),
        ("en", "OJ L 2019/7"),
        ("it", "GU L 2010/3"),
        ("es", "DO L 2021/44"),
    ],
)
def test_no_act_by_act_key_before_its_years(lang: str, text: str) -> None:
    for key in oj_keys(text, lang):
        assert "/" not in key or int(key.split(":")[2].split("/")[0]) >= 2023
