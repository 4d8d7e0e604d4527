"""Treaty and convention names as acts' visas and recitals write them beside the forms
the language files listed: bg with the indefinite "Европейска общност" (capitalised or
not), mt with "il-" before "Komunità" and the ECHR "dwar il-Protezzjoni …", de the
Charter's abbreviation after its determiner ("die Bestimmungen der GRCh"), which alone
only completes an article. A longer name that runs on from them (the Euratom Treaty,
the ECSC Treaty) is still another instrument."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "bg",
            "Директивата е приета на основание член 13, параграф 1 от Договора за Създаване "
            "на Европейска Общност.",
            ["TEC:13(1)"],
        ),
        (
            "bg",
            "като взе предвид Договора за създаване на Европейска общност за атомна енергия,",
            ["EAEC"],
        ),
        (
            "bg",
            "съгласно член 4 от Договора за създаване на Европейска общност за въглища и стомана",
            [],
        ),
        (
            "mt",
            "L-Artikolu 2 tat-Trattat li jistabbilixxi il-Komunità Ewropea jipprovdi għal dan.",
            ["TEC:2"],
        ),
        (
            "mt",
            "Wara li kkunsidra t-Trattat li jistabbilixxi il-Komunità Ewropea tal-Enerġija "
            "Atomika,",
            ["EAEC"],
        ),
        (
            "mt",
            "Dan jirrispetta l-Artikolu 6 tal-Konvenzjoni Ewropea dwar il-Protezzjoni "
            "tad-Drittijiet tal-Bniedem u Libertajiet Fundamentali.",
            ["ECHR:6"],
        ),
        ("de", "Auch die Bestimmungen der GRCh binden die Mitgliedstaaten.", ["CFR"]),
        ("de", "Art. 47 Abs. 2 der GRCh und Art. 6 EMRK", ["CFR:47(2)", "ECHR:6"]),
        ("de", "Die GRCh gilt nach Art. 51 Abs. 1 GRCh für die Organe.", ["CFR", "CFR:51(1)"]),
    ],
)
def test_visa_name_forms(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
