"""A point letter that is also the language's one-letter "and" word (pl, hr "i", it "e"):
after a point letter and "and" it is the point, also right before the instrument, as
"and" never follows "and" (pl "lit. d i i RODO"); after a comma only before another
"and" (pl "lit. h, i oraz j"). After a comma and before a word it stays "and" (it
"lettera a), punto i), e con l'articolo 218", sk "písm. a), a smernica")."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Prezes UODO, działając na podstawie art. 58 ust. 2 lit. d i i RODO, nałożył "
            "na spółkę karę pieniężną.",
            [f"{GDPR}:58(2)(d)", f"{GDPR}:58(2)(i)"],
        ),
        (
            "pl",
            "Organ może stosować środki z art. 58 ust. 2 lit. h, i oraz j RODO.",
            [f"{GDPR}:58(2)(h)", f"{GDPR}:58(2)(i)", f"{GDPR}:58(2)(j)"],
        ),
        (
            "hr",
            "Agencija je postupila na temelju članka 58. stavka 2. točaka h i i Opće uredbe "
            "o zaštiti podataka.",
            [f"{GDPR}:58(2)(h)", f"{GDPR}:58(2)(i)"],
        ),
        (
            "it",
            "Il Garante ha adottato le misure di cui all'articolo 58, paragrafo 2, lettere d "
            "e e, del GDPR.",
            [f"{GDPR}:58(2)(d)", f"{GDPR}:58(2)(e)"],
        ),
        # "and" after a comma before another word: the list goes on with an article
        (
            "pl",
            "Zgoda z art. 6 ust. 1 lit. a, i art. 9 ust. 2 lit. a RODO.",
            [f"{GDPR}:6(1)(a)", f"{GDPR}:9(2)(a)"],
        ),
        (
            "it",
            "visto il trattato sul funzionamento dell'Unione europea, in particolare "
            "l'articolo 217, in combinato disposto con l'articolo 218, paragrafo 6, lettera "
            "a), punto i), e con l'articolo 218, paragrafo 8,",
            ["TFEU", "TFEU:217", "TFEU:218(6)(a)(i)", "TFEU:218(8)"],
        ),
        (
            "sk",
            "[smernica Európskeho parlamentu a Rady 2000/31, článok 2 písm. a), a smernica "
            "Európskeho parlamentu a Rady 2006/123, článok 2 ods. 2 písm. d)]",
            [
                "CELEX:32000L0031",
                "CELEX:32000L0031:2(a)",
                "CELEX:32006L0123",
                "CELEX:32006L0123:2(2)(d)",
            ],
        ),
    ],
)
def test_point_letter_that_is_the_and_word(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
