"""A spaced dash after a whole unit of a language that writes the number before the
article word (hu "2. cikk", lv "2. pants", fi "2 artikla"): in a judgment's keyword line
it separates the items ("2. cikk, h) pont – 8. cikk" cites Articles 2(h) and 8), while
the range writes the word once, after its last number ("2–8. cikk")."""

from __future__ import annotations

import pytest

import citeresolve

D33 = "CELEX:32013L0033"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "Menekültügyi politika – 2013/33/EU irányelv – 2. cikk, h) pont – 8. cikk – Őrizet",
            [D33, f"{D33}:2(h)", f"{D33}:8"],
        ),
        ("hu", "2013/33/EU irányelv – 3. cikk – 9. cikk – Kérelem", [D33, f"{D33}:3", f"{D33}:9"]),
        (
            "lv",
            "Patvērums – Direktīva 2013/33/ES – 2. panta h) punkts – 8. pants – Aizturēšana",
            [D33, f"{D33}:2(h)", f"{D33}:8"],
        ),
        (
            "fi",
            "Turvapaikkapolitiikka – Direktiivi 2013/33/EU – 2 artiklan h alakohta – 8 artikla",
            [D33, f"{D33}:2(h)", f"{D33}:8"],
        ),
    ],
)
def test_dash_after_a_whole_unit_separates(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the word once, after the last number: a range
        ("hu", "a 2013/33/EU irányelv 4–6. cikke és 10–12. cikke", [f"{D33}:4-6", f"{D33}:10-12"]),
        ("lv", "Direktīvas 2013/33/ES 4.–6. pants", [f"{D33}:4-6"]),
        ("fi", "direktiivin 2013/33/EU 4–6 artikla", [f"{D33}:4-6"]),
        ("lt", "Direktyvos 2013/33/ES 4–6 straipsniai", [f"{D33}:4-6"]),
        # a range of paragraphs keeps its article
        ("hu", "az EUMSZ 101. cikk (1)–(3) bekezdése", ["TFEU:101"]),
    ],
)
def test_ranges_written_number_first_hold(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
