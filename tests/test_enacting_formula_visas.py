"""An act's enacting formula ("THE COUNCIL OF THE EUROPEAN UNION,") ends its title: in a
text whose lines were run together, the first visa after it ("the Treaty establishing
the European Community, and in particular Article 61(c) thereof") is a clause of its
own, and the articles it pins are the Treaty's, not the act's whose title opens the
text. A run of capitals needs three words to be a formula. And number first, a point
letter before the paragraph word right after the article is a point of the article (lv
"61. panta c) punktu", as "6. panta pirmās daļas f) punkts")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Directive 2008/52/EC of the European Parliament and of the Council of 21 May 2008 "
            "on certain aspects of mediation THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE "
            "EUROPEAN UNION, the Treaty establishing the European Community, and in particular "
            "Article 61(c) and Article 67(5) thereof, the proposal from the Commission,",
            ["CELEX:32008L0052", "TEC", "TEC:61(c)", "TEC:67(5)"],
        ),
        (
            "el",
            "Οδηγία 2003/86/ΕΚ του Συμβουλίου σχετικά με το δικαίωμα οικογενειακής επανένωσης "
            "ΤΟ ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ, τη συνθήκη για την ίδρυση της Ευρωπαϊκής "
            "Κοινότητας, και ιδίως το άρθρο 63 σημείο 3 στοιχείο α),",
            ["CELEX:32003L0086", "TEC", "TEC:63(3)(a)"],
        ),
        (
            "mt",
            "Id-Direttiva tal-Kunsill 2003/86/KE dwar id-dritt għal riunifikazzjoni tal-familja "
            "IL-KUNSILL TA' L-UNJONI EWROPEA, it-Trattat li jistabbilixxi l-Komunità Ewropea, "
            "u b'mod partikolari l-Artikolu 63(3)(a) tiegħu,",
            ["CELEX:32003L0086", "TEC", "TEC:63(3)(a)"],
        ),
        # two words in capitals are no formula: the clause goes on to the act
        (
            "en",
            "Regulation (EU) 2016/679 on data protection, as amended by the EDPB GUIDELINES, "
            "and in particular Article 6 thereof",
            ["CELEX:32016R0679", "CELEX:32016R0679:6"],
        ),
        (
            "lv",
            "ņemot vērā Eiropas Kopienas dibināšanas līgumu un jo īpaši tā 61. panta c) punktu "
            "un 67. panta 5. punktu,",
            ["TEC", "TEC:61(c)", "TEC:67(5)"],
        ),
        ("lv", "Direktīvas 2008/52/EK 5. panta c) punktā", ["CELEX:32008L0052:5(c)"]),
    ],
)
def test_enacting_formula_visas(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


def test_formula_ends_at_its_comma_only() -> None:
    from citeresolve.pipeline.mention_index import _formula_ends

    text = "on mediation THE COUNCIL OF THE EUROPEAN UNION, the Treaty"
    assert _formula_ends(text) == [text.index(",")]
    # abbreviations and language codes in capitals are no formula
    assert _formula_ends("Articles 3 TEU, 5 TFEU, and the EDPB GUIDELINES, cited") == []
    assert _formula_ends("versions BG, CS, DA, DE, ET, EL, EN, FR,") == []
