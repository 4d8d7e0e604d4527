"""A Treaty article's paragraph written after the Treaty's abbreviation (es "artículo 19
TUE, ap. 1", the Court's order in Spanish), with abbreviated paragraph words ("ap.",
"apdo.", "párr."), and lists of such items ("Arts. 4 TUE, ap. 3, párr. 2, y 13 TUE, ap.
2"): each item keeps its own paragraph. el "εδ." (subparagraph) between the pins and the
abbreviation ("άρθρα 4 § 3, εδ. 2, ΣΕΕ και 13 § 2 ΣΕΕ"). The keyword lines of the other
languages write the pins before the abbreviation ("article 13, paragraphe 2, TUE")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "(Arts. 4 TUE, ap. 3, párr. 2, y 13 TUE, ap. 2; art. 263 TFUE)",
            ["TEU:4(3)", "TEU:13(2)", "TFEU:263"],
        ),
        (
            "es",
            "vulnera los artículos 4 TUE, apdo. 3, y 13 TUE, apartado 2, según la demandante",
            ["TEU:4(3)", "TEU:13(2)"],
        ),
        ("es", "el artículo 218 TFUE, párr. tercero, y 19 TUE", ["TFEU:218(3)", "TEU:19"]),
        (
            "el",
            "(Άρθρα 4 § 3, εδ. 2, ΣΕΕ και 13 § 2 ΣΕΕ· άρθρο 263 ΣΛΕΕ)",
            ["TEU:4(3)", "TEU:13(2)", "TFEU:263"],
        ),
        ("el", "Κύρος — Άρθρο 13, παράγραφος 2, ΣΕΕ — Θεσμικό όργανο", ["TEU:13(2)"]),
        ("fr", "Validité — Article 13, paragraphe 2, TUE — Institutions", ["TEU:13(2)"]),
        ("it", "Validità — Articolo 13, paragrafo 2, TUE — Istituzioni", ["TEU:13(2)"]),
        ("pt", "Validade — Artigo 13.°, n.° 2, TUE — Instituições", ["TEU:13(2)"]),
        ("de", "Gültigkeit – Art. 13 Abs. 2 EUV – Organe", ["TEU:13(2)"]),
    ],
)
def test_pins_after_abbreviation(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
