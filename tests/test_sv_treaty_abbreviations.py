"""Swedish writes the EC Treaty "FEG" (fördraget om upprättandet av Europeiska
gemenskapen) beside "FEU" and "FEUF": an encyclopedia's infobox gives an act's legal
basis as "Rättslig grund Art. 137.2 FEG" (sv.toml [instruments.TEC] attach_only)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aktnummer Direktiv 2003/88/EG\nRättslig form Direktiv\nRättslig grund Art. 137.2 "
            "FEG[1]\n",
            ["CELEX:32003L0088", "TEC:137(2)"],
        ),
        ("Rättslig grund | Art. 95 FEG |", ["TEC:95"]),
        ("Rättslig grund | Art. 114 FEUF |", ["TFEU:114"]),
        ("Rättslig grund | Art. 13.1 FEU[1] |", ["TEU:13(1)"]),
        # the abbreviation alone, or another word: no citation
        ("Direktivet antogs med FEG som grund.", []),
        ("Föreningen FEGA höll möte enligt artikel 5 i reglementet.", []),
    ],
)
def test_feg_is_the_ec_treaty(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="sv")] == expected
