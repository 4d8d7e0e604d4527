"""An annex's Roman numeral at the end of a sentence: the full stop after it is no part
of the chain where numbers take no ordinal dot, so that the capital of the next sentence
is not read as a name after the chain (cs "v čl. 6 ve spojení s přílohou III. Na obecné
modely …" lost both the article and the annex)."""

from __future__ import annotations

import pytest

import citeresolve

AI_ACT = "CELEX:32024R1689"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "cs",
            "Nařízení (EU) 2024/1689 vysoce rizikové systémy vymezuje v čl. 6 ve spojení s "
            "přílohou III. Na obecné modely se vztahují jiná pravidla.",
        ),
        (
            "es",
            "El Reglamento (UE) 2024/1689 define los sistemas de alto riesgo en el artículo 6 en "
            "relación con el anexo III. Los modelos generales se rigen por otras normas.",
        ),
        (
            "mt",
            "Il-Regolament (UE) 2024/1689 jiddefinixxi s-sistemi fl-Artikolu 6 flimkien "
            "mal-Anness III. Il-mudelli ġenerali huma koperti minn regoli oħra.",
        ),
        (
            "el",
            "Ο Κανονισμός (ΕΕ) 2024/1689 ορίζει τα συστήματα στο άρθρο 6 σε συνδυασμό με το "
            "παράρτημα III. Τα γενικά μοντέλα καλύπτονται από άλλους κανόνες.",
        ),
        (
            "en",
            "Regulation (EU) 2024/1689 defines high-risk systems in Article 6 read with Annex "
            "III. General models are covered by other rules.",
        ),
    ],
)
def test_annex_numeral_before_a_full_stop(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == [AI_ACT, f"{AI_ACT}:6", f"{AI_ACT}:annex-III"]
