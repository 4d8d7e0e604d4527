"""A reference word that opens a title ("the Regulation establishing the Creative
Europe programme", sv "den nya förordningen om EU-gödselmedel", da "forordningen om
…") names another act by its subject, not the act of its kind cited before it: the
article it takes gets no key (``other_act`` of the [references] section)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "act"),
    [
        (
            "en",
            "Regulation (EU, Euratom) 2018/1046 ('the Financial Regulation') establishes "
            "rules on financing decisions.\n(2) In accordance with Article 16(3) of the "
            "Regulation establishing the Creative Europe programme, the work programme is "
            "adopted.",
            "CELEX:32018R1046",
        ),
        (
            "sv",
            "Förordning (EU) 2019/1009 ändrar tillämpningsområdet för förordning (EG) nr "
            "1107/2009. Ändringarna finns i artikel 47 i den nya förordningen om "
            "EU-gödselmedel.",
            "CELEX:32009R1107",
        ),
        (
            "da",
            "Forordning (EF) nr. 1107/2009 gælder fortsat. Ændringerne findes i artikel 47 "
            "i forordningen om EU-gødningsprodukter.",
            "CELEX:32009R1107",
        ),
        (
            "de",
            "Die Verordnung (EG) Nr. 1107/2009 gilt weiter. Die Änderungen stehen in "
            "Artikel 47 der Verordnung über EU-Düngeprodukte.",
            "CELEX:32009R1107",
        ),
    ],
)
def test_a_titled_reference_word_lends_no_act(lang: str, text: str, act: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert not [k for k in keys if k.startswith(act + ":")], keys


def test_the_bare_reference_word_still_names_the_act() -> None:
    text = "Förordning (EG) nr 1107/2009 gäller. Ändringarna finns i artikel 47 i förordningen."
    assert "CELEX:32009R1107:47" in [c.key for c in citeresolve.extract(text, lang="sv")]
