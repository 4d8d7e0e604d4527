"""A full stop between a chain and the "of" word that goes on in lower case: after a
one-letter point (da "artikel 6, stk. 1, litra a. i forordning (EU) 2016/679", de "lit.
a. der Verordnung") or after the number right after its article word (pt "artigo 234. do
Tratado CE"), the chain is the instrument's; before, the article took none. A full stop
before a capital ends the sentence, and a listed number with its dot (nl Belgian "artikel
11, 2. van de verordening", paragraph 2) is not read as a second article."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "da",
            "Behandlingen sker med samtykke efter artikel 6, stk. 1, litra a. i forordning "
            "(EU) 2016/679.",
            ["CELEX:32016R0679:6(1)(a)"],
        ),
        (
            "de",
            "Die Einwilligung nach Art. 7 Abs. 1 lit. b. der Verordnung (EU) 2016/679 fehlt.",
            ["CELEX:32016R0679:7(1)(b)"],
        ),
        (
            "nl",
            "De verwerking is rechtmatig op grond van artikel 6, lid 1, onder c. van "
            "Verordening (EU) 2016/679.",
            ["CELEX:32016R0679:6(1)(c)"],
        ),
        (
            "pt",
            "Pedido apresentado nos termos do artigo 267. do Tratado sobre o Funcionamento "
            "da União Europeia.",
            ["TFEU:267"],
        ),
    ],
)
def test_full_stop_then_of_word(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a sentence ends after the point: the act of the next sentence is not its
        (
            "da",
            "Samtykket følger af artikel 6, stk. 1, litra a. Forordning (EU) 2016/679 gælder også.",
            ["CELEX:32016R0679"],
        ),
        # a paragraph listed after a comma with its dot (Belgian): no article 2, 11(2)
        (
            "nl",
            "Toepassing van artikel 11, 2. van de verordening (EG) nr. 44/2001 op de werkgever.",
            ["CELEX:32001R0044:11(2)"],
        ),
        # national law after the of word
        ("da", "Efter artikel 6, stk. 1, litra a. i straffeloven straffes", []),
    ],
)
def test_no_link(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
