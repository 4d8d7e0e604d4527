"""The Brussels I bis Regulation written with a hyphen or glued (nl "Brussel I-bis",
"Brussel I bis-Vo", fr/it "Bruxelles I-bis", en "Brussels I-bis"): Regulation (EU) No
1215/2012, never the Brussels I Regulation whose name it begins with; and English
"subpara" as a subparagraph word (dropped from the pin)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "de bevoegdheid volgt uit artikel 25 Brussel I-bis", ["CELEX:32012R1215:25"]),
        ("nl", "op grond van art. 7 lid 1 Brussel I bis-Vo", ["CELEX:32012R1215:7(1)"]),
        ("fr", "en vertu de l'article 25 de Bruxelles I-bis", ["CELEX:32012R1215:25"]),
        ("it", "ai sensi dell'art. 25 del Bruxelles I-bis", ["CELEX:32012R1215:25"]),
        ("en", "under Art 25 Brussels I-bis", ["CELEX:32012R1215:25"]),
        # the older Regulation keeps its own names
        ("nl", "artikel 5 Brussel I-Verordening", ["CELEX:32001R0044:5"]),
        ("en", "Article 5(1) Brussels I", ["CELEX:32001R0044:5(1)"]),
        ("en", "Art. 3(3) subpara 2 TEU", ["TEU:3(3)"]),
    ],
)
def test_hyphenated_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
