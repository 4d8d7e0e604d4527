"""An act named with its own date in an aside (brackets that open after another act of
its kind in the same sentence) is not the act a reference word after it stands for: fr
"la directive 88/166/CEE … (annulation de la directive 86/113/CEE du Conseil du 25 mars
1986 …); (2) l'article 9 de ladite directive" is 88/166's. A dated act outside brackets
still heads its sentence ("Directive 2009/28/EC of 23 April 2009 … amending … Directive
2001/77/EC … Article 27(1) of that Directive")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "considérant ce qui suit: (1) le Conseil a adopté la directive 91/629/CEE relative "
            "aux veaux (modification de la directive 88/320/CEE du Conseil du 9 juin 1988 "
            "concernant les contrôles); (2) l'article 6 de ladite directive prévoit un rapport "
            "sur l'annexe de ladite directive;",
            [
                "CELEX:31991L0629",
                "CELEX:31988L0320",
                "CELEX:31991L0629:6",
                "CELEX:31991L0629:annex-1",
            ],
        ),
        (
            "en",
            "(1) The Council adopted Directive 91/629/EEC on calves (amending Council "
            "Directive 88/320/EEC of 9 June 1988 on inspections); (2) Article 6 of that "
            "Directive requires a report.",
            ["CELEX:31991L0629", "CELEX:31988L0320", "CELEX:31991L0629:6"],
        ),
        (
            "es",
            "(1) El Consejo adoptó la Directiva 91/629/CEE relativa a los terneros "
            "(modificación de la Directiva 88/320/CEE del Consejo, de 9 de junio de 1988, "
            "relativa a los controles); (2) el artículo 6 de dicha Directiva prevé un informe.",
            ["CELEX:31991L0629", "CELEX:31988L0320", "CELEX:31991L0629:6"],
        ),
        (
            "it",
            "(1) Il Consiglio ha adottato la direttiva 91/629/CEE sui vitelli (modifica della "
            "direttiva 88/320/CEE del Consiglio, del 9 giugno 1988, relativa ai controlli); "
            "(2) l'articolo 6 di detta direttiva prevede una relazione.",
            ["CELEX:31991L0629", "CELEX:31988L0320", "CELEX:31991L0629:6"],
        ),
    ],
)
def test_dated_act_in_an_aside_is_no_antecedent(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Directive 2009/28/EC of 23 April 2009 on renewable energy amending and "
            "subsequently repealing Directives 2001/77/EC and 2003/30/EC provides, in "
            "Article 27(1) of that Directive, for transposition.",
            [
                "CELEX:32009L0028",
                "CELEX:32001L0077",
                "CELEX:32003L0030",
                "CELEX:32009L0028:27(1)",
            ],
        ),
        (
            "fr",
            "La directive 91/629/CEE renvoie à la loi nationale du 9 juin 1988 (loi n° 88-320 "
            "du 9 juin 1988); l'article 6 de ladite directive prévoit un rapport.",
            ["CELEX:31991L0629", "CELEX:31991L0629:6"],
        ),
    ],
)
def test_dated_head_outside_brackets_and_national_asides(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
