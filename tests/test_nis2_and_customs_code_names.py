"""Popular names: the NIS 2 Directive written with its act word and a spaced number (cs
"směrnice NIS 2", sk "smernice NIS 2", sl "Direktive NIS 2", pl "NIS 2"), the Union
Customs Code in the Slovak genitive ("Colného kódexu Únie"); and the Slovak marker
"ďalej" without "len" before a quoted defined name ("(ďalej „nariadenie CBAM“)")."""

from __future__ import annotations

import pytest

import citeresolve

NIS2 = "CELEX:32022L2555"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("cs", "Lhůty pro hlášení stanoví článek 23 směrnice NIS 2.", [f"{NIS2}:23"]),
        ("sk", "Podľa článku 23 smernice NIS 2 subjekty hlásia incidenty.", [f"{NIS2}:23"]),
        ("sl", "V skladu s členom 23 Direktive NIS 2 subjekti poročajo.", [f"{NIS2}:23"]),
        ("pl", "Zgodnie z art. 21 ust. 2 NIS 2 podmioty wdrażają środki.", [f"{NIS2}:21(2)"]),
        (
            "sk",
            "Colný úrad postupuje podľa čl. 15 ods. 1 Colného kódexu Únie.",
            ["CELEX:32013R0952:15(1)"],
        ),
        (
            "sk",
            "Dovozca podáva správu podľa článku 35 nariadenia (EÚ) 2023/956 (ďalej „nariadenie "
            "CBAM“). Od roku 2026 sa uplatní čl. 6 nariadenia CBAM.",
            ["CELEX:32023R0956:35", "CELEX:32023R0956:6"],
        ),
        # the name alone is no citation
        ("cs", "Směrnice NIS 2 přináší nové povinnosti.", []),
    ],
)
def test_popular_names_and_marker(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
