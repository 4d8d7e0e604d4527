"""Recitals as practitioners and older texts name them, beside the EUR-Lex phrase:
cs and sk "recitál 47", "bod 47 preambule", pl "pkt 47 preambuły" and "motyw 47
preambuły" (the preamble named after the recital's number), sv "beaktandesats" (the
word of EU texts before "skäl")."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"
WHISTLE = "CELEX:32019L1937"
UCTD = "CELEX:31993L0013"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("cs", "Výklad podporuje i recitál 26 GDPR.", [f"{GDPR}:recital-26"]),
        ("cs", "Srov. recitály 39 a 40 GDPR.", [f"{GDPR}:recital-39", f"{GDPR}:recital-40"]),
        (
            "cs",
            "Podle bodu 20 preambule směrnice (EU) 2019/1937 jde o ochranu.",
            [f"{WHISTLE}:recital-20"],
        ),
        ("sk", "Vyplýva to z recitálu 26 GDPR.", [f"{GDPR}:recital-26"]),
        ("sk", "Pozri bod 20 preambuly smernice (EU) 2019/1937.", [f"{WHISTLE}:recital-20"]),
        ("pl", "Wskazuje na to pkt 26 preambuły RODO.", [f"{GDPR}:recital-26"]),
        ("pl", "Wskazuje na to motyw 26 preambuły RODO.", [f"{GDPR}:recital-26"]),
        ("pl", "Zob. motywy 39 i 40 preambuły RODO.", [f"{GDPR}:recital-39", f"{GDPR}:recital-40"]),
        (
            "sv",
            "Av tionde beaktandesatsen i direktiv 93/13/EEG framgår detta.",
            [f"{UCTD}:recital-10"],
        ),
        ("sv", "Se beaktandesats 16 i direktiv 93/13/EEG.", [f"{UCTD}:recital-16"]),
    ],
)
def test_recital_words(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the preamble named alone is no recital; the act's own article still is one
        (
            "pl",
            "Zob. preambułę dyrektywy (UE) 2019/1937 oraz art. 5 tej dyrektywy.",
            [WHISTLE, f"{WHISTLE}:5"],
        ),
        ("cs", "Viz preambule směrnice (EU) 2019/1937 a její článek 5.", [WHISTLE, f"{WHISTLE}:5"]),
        ("sk", "Recitál je súčasťou preambuly smernice (EU) 2019/1937.", [WHISTLE]),
    ],
)
def test_preamble_alone(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
