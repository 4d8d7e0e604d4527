"""The Court's short names of the Treaties, standing alone or after an article: en "FEU
Treaty", el "Συνθήκη ΛΕΕ", cs "Smlouva o FEU" in every case, bg "Договора за
функциониране на ЕС" (without the article of "функционирането"), ro "Tratatul FUE", sk
"Zmluva o FEÚ", mt "Trattat FUE", hr "Ugovor o FEU-u", pl "traktat FUE", sl "Pogodba DEU"."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The amendment of the FEU Treaty was challenged.", ["TFEU"]),
        ("en", "Article 3 of the FEU Treaty lists exclusive competences.", ["TFEU:3"]),
        ("el", "Β. Η Συνθήκη ΛΕΕ\n\nΓ. Το εθνικό δίκαιο", ["TFEU"]),
        ("el", "κατά το άρθρο 3 της Συνθήκης ΛΕΕ", ["TFEU:3"]),
        ("cs", "Smlouva o FEU nestanoví jinak.", ["TFEU"]),
        ("cs", "v souladu se Smlouvou o FEU a s článkem 4 Smlouvy o FEU", ["TFEU", "TFEU:4"]),
        ("cs", "Změna Smlouvy o FEU – Rozsah", ["TFEU"]),
        ("bg", "съгласно Договора за функциониране на ЕС държавите", ["TFEU"]),
        ("bg", "член 4 от Договора за функциониране на Европейския съюз", ["TFEU:4"]),
        ("ro", "în temeiul articolului 3 din Tratatul FUE", ["TFEU:3"]),
        ("sk", "podľa článku 3 Zmluvy o FEÚ", ["TFEU:3"]),
        ("mt", "skont l-Artikolu 3 tat-Trattat FUE", ["TFEU:3"]),
        ("mt", "Din il-kwistjoni ma tirrigwardax it-Trattat FUE.", ["TFEU"]),
        ("mt", "Din il-kwistjoni ma tirrigwardax it-Trattat UE.", ["TEU"]),
        ("hr", "sukladno članku 3. Ugovora o FEU-u", ["TFEU:3"]),
        ("pl", "zgodnie z art. 3 traktatu FUE", ["TFEU:3"]),
        ("sl", "v skladu s členom 3 Pogodbe DEU", ["TFEU:3"]),
    ],
)
def test_short_name(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
