"""The European Parliament's resolutions numbered in the OJ with the Union's domain
("Resolution (EU) 2017/1679" on discharge) are keyed as EUR-Lex numbers them, sector 5
"BP" (data/act_kinds.toml ``resolution``, the language files' ``[acts] resolution``)."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "See European Parliament Resolution (EU) 2019/1410 of 26 March 2019 with "
            "observations forming an integral part of the decision on discharge.",
            [("CELEX:52019BP1410", "Resolution (EU) 2019/1410")],
        ),
        (
            "pl",
            "REZOLUCJA PARLAMENTU EUROPEJSKIEGO (UE) 2019/1410\n\nz dnia 26 marca 2019 r.\n\n"
            "zawierająca uwagi",
            [("CELEX:52019BP1410", "REZOLUCJA PARLAMENTU EUROPEJSKIEGO (UE) 2019/1410")],
        ),
        (
            "de",
            "gemäß der Entschließung (EU) 2019/1410 des Europäischen Parlaments vom 26. März",
            [("CELEX:52019BP1410", "Entschließung (EU) 2019/1410")],
        ),
        (
            "et",
            "Euroopa Parlamendi resolutsioonis (EL) 2019/1410 esitatud tähelepanekud",
            [("CELEX:52019BP1410", "resolutsioonis (EL) 2019/1410")],
        ),
    ],
)
def test_ep_resolution_with_domain(lang: str, text: str, expected: list) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the UN's resolutions, a resolution by date and procedure, a national one
        ("en", "Security Council resolution 2231 (2015) and resolution 1325/2000 of the UN"),
        ("en", "European Parliament resolution of 12 March 2019 (2018/2115(INI))"),
        ("fr", "la résolution 1325/2000 du Conseil de sécurité des Nations unies"),
        ("pl", "rezolucja Sejmu nr 12/1999 z dnia 3 marca 1999 r."),
        ("de", "Entschließung 12/1999 des Bundesrates vom 3. März 1999 und DIN 1410/2019"),
    ],
)
def test_other_resolutions_are_no_eu_acts(lang: str, text: str) -> None:
    assert acts(text, lang) == []
