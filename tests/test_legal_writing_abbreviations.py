"""Abbreviations of legal writing (commentaries, lecture notes, law-journal summaries)
found by blind probes in Greek texts (issue 11): "ΣΕΚ"/"ΣΕΟΚ" for the EC/EEC Treaty
after an article, "υπόθ."/"συνεκδ. υποθ." for (joined) cases, "άρ." for an article. The
same forms of the other languages are kept as they were."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("el", "Η διάταξη αντιστοιχεί στο πρώην άρθρο 82 ΣΕΚ.", ["TEC:82"]),
        ("el", "Οι κανόνες των άρθρων 81 και 82 ΣΕΚ ισχύουν και εδώ.", ["TEC:81", "TEC:82"]),
        ("el", "Βλ. ήδη το άρθρο 85 ΣΕΟΚ και το άρθρο 234 της ΣΕΚ.", ["TEC:85", "TEC:234"]),
        ("it", "La norma riprende l'ex art. 82 TCE.", ["TEC:82"]),
        ("ro", "Dispoziția corespunde fostului art. 81 TCE.", ["TEC:81"]),
        ("hu", "A rendelkezés az EKSz 82. cikkének felel meg.", ["TEC:82"]),
    ],
)
def test_ec_treaty_abbreviations_after_an_article(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_cyprus_union_abbreviation_alone_is_no_treaty() -> None:
    # "η ΣΕΚ" is also Cyprus's trade union confederation: only an article makes it the Treaty
    text = "Η ΣΕΚ ζήτησε την εφαρμογή του άρθρου 5 του νόμου 183/2004."
    assert _keys(text, "el") == []


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("el", "• Υπόθ. 120/78, Cassis de Dijon", ["CJEU:C-120/78"]),
        ("el", "Βλ. ΔΕΚ, υποθ. 8/74, Dassonville, Συλλογή 1974, σ. 837.", ["CJEU:C-8/74"]),
        (
            "el",
            "συνεκδ. υποθ. 56/64 και 58/64, Consten και Grundig",
            ["CJEU:C-56/64", "CJEU:C-58/64"],
        ),
        ("fr", "CJCE, aff. 120/78, Rewe-Zentral, Rec. p. 649", ["CJEU:C-120/78"]),
        ("de", "EuGH, Rs. 8/74, Dassonville, Slg. 1974, 837", ["CJEU:C-8/74"]),
        ("pt", "Acórdão de 1964, proc. 6/64, Costa", ["CJEU:C-6/64"]),
    ],
)
def test_abbreviated_case_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("el", "Η νομική βάση είναι το άρ. 6 παρ. 1 στοιχ. α΄ ΓΚΠΔ.", [f"{GDPR}:6(1)(a)"]),
        ("el", "Κατά το αρ. 17 ΓΚΠΔ υπάρχει δικαίωμα διαγραφής.", [f"{GDPR}:17"]),
        ("it", "Si veda l'art. 17 GDPR sul diritto all'oblio.", [f"{GDPR}:17"]),
        ("ro", "A se vedea art. 17 din RGPD.", [f"{GDPR}:17"]),
        # a national act's article keeps no EU key, abbreviated or not
        ("el", "Κατά τον ν. 4624/2019, άρ. 5, η Αρχή είναι αρμόδια.", []),
    ],
)
def test_abbreviated_article_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
