"""The single, unnumbered annex written alone between commas after its act on a judgment
summary's reference line ("(Council Directive 1999/70, Annex, clause 4)"): the act is
cited, and the annex word is cited as the act's ``annex-1``; the clause or point after
it is dropped, as an annex's points are."""

from __future__ import annotations

import pytest

import citeresolve

D70 = "CELEX:31999L0070"
D937 = "CELEX:32001D0937"


def cites(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "annex"),
    [
        ("en", "(Council Directive 1999/70, Annex, clause 4(1))", "Annex"),
        ("fr", "(Directive 1999/70 du Conseil, annexe, clause 5, point 1)", "annexe"),
        ("el", "(Οδηγία 1999/70 του Συμβουλίου, παράρτημα, ρήτρα 4)", "παράρτημα"),
        ("de", "(Richtlinie 1999/70 des Rates, Anhang, Paragraf 5 Nr. 1)", "Anhang"),
        ("es", "[Directiva 1999/70 del Consejo, anexo, cláusula 4]", "anexo"),
        ("nl", "(Richtlijn 1999/70 van de Raad, bijlage, clausule 5)", "bijlage"),
        ("it", "(Direttiva del Consiglio 1999/70, allegato; Trattato CE)", "allegato"),
        ("sv", "(Rådets direktiv 1999/70, bilaga, klausul 4)", "bilaga"),
    ],
)
def test_the_act_and_its_single_annex(lang: str, text: str, annex: str) -> None:
    found = cites(text, lang)
    assert (D70, found[0][1]) == found[0]
    assert (f"{D70}:annex-1", annex) in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a numbered annex keeps its number
        ("en", "(Council Directive 1999/70, Annex II, clause 4)", [D70, f"{D70}:annex-II"]),
        # the articles after the annex word are the single annex's, not the annex itself
        (
            "sv",
            "(kommissionens beslut 2001/937, bilaga, artiklarna 2 och 5)",
            [D937, f"{D937}:annex-1/2", f"{D937}:annex-1/5"],
        ),
        # running text, no reference line: an annex word between commas is no citation
        ("fr", "selon la directive 1999/70, annexe, ce qui suit", [D70]),
        ("en", "Directive 1999/70, annex, and the national rules", [D70]),
        # a plural is never the single annex
        ("en", "(Council Directive 1999/70, Annexes, clause 4)", [D70]),
    ],
)
def test_what_is_no_single_annex(lang: str, text: str, expected: list[str]) -> None:
    assert [key for key, _ in cites(text, lang)] == expected
