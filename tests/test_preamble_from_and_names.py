"""Recitals whose preamble is named after the numbers with "from" (hr, sl "uvodne
izjave 75. i 85. iz preambule Uredbe") or by the preamble's word alone (da "præambel
146 til forordningen"), and popular names of the Accounting Directive (2013/34/EU)
and the Data Protection Directive (95/46/EC) in languages that lacked them. The
Hungarian "data protection directive" stays 2016/680 or 2002/58 when the longer name
of those says so."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"
ACC = "CELEX:32013L0034"
CRD = "CELEX:32011L0083"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Za tumačenje su važne uvodne izjave 12. i 40. iz preambule Uredbe (EU) 2016/679.",
            [f"{GDPR}:recital-12", f"{GDPR}:recital-40"],
        ),
        (
            "hr",
            "Kako proizlazi iz uvodne izjave 7. iz preambule Direktive 2011/83/EU, potrošač…",
            [f"{CRD}:recital-7"],
        ),
        (
            "sl",
            "Glej uvodni izjavi 12 in 40 iz preambule Uredbe (EU) 2016/679.",
            [f"{GDPR}:recital-12", f"{GDPR}:recital-40"],
        ),
        (
            "da",
            "Det følger af præambel 40 til forordning (EU) 2016/679, at behandlingen er lovlig.",
            [f"{GDPR}:recital-40"],
        ),
        (
            "da",
            "Forordning (EU) 2016/679 gælder. Af præambel 12 til forordningen fremgår det.",
            [GDPR, f"{GDPR}:recital-12"],
        ),
        # negatives: a national constitution's preamble, a year after "iz"
        ("da", "Grundlovens præambel 4 nævner ikke dette.", []),
        ("hr", "Zakon iz 2016. iz preambule Ustava ne proizlazi ništa.", []),
    ],
)
def test_recital_preamble_words(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hu", "Ezt a számviteli irányelv 19a. cikke írja elő.", [f"{ACC}:19a"]),
        ("hr", "To propisuje članak 19a Računovodstvene direktive.", [f"{ACC}:19a"]),
        ("es", "Lo exige el artículo 19 bis de la Directiva contable.", [f"{ACC}:19a"]),
        ("pt", "Nos termos do artigo 19.º-A da Diretiva Contabilística.", [f"{ACC}:19a"]),
        ("hu", "Az adatvédelmi irányelv 7. cikke felsorolja ezeket.", ["CELEX:31995L0046:7"]),
        # negatives: the longer Hungarian names of the other data protection directives
        ("hu", "A bűnüldözési adatvédelmi irányelv 8. cikke szerint.", ["CELEX:32016L0680:8"]),
        (
            "hu",
            "Az elektronikus hírközlési adatvédelmi irányelv 5. cikke szerint.",
            ["CELEX:32002L0058:5"],
        ),
        ("hu", "A magyar számviteli törvény 5. §-a szerint.", []),
    ],
)
def test_popular_names_accounting_data_protection(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in extract(text, lang=lang)] == expected
