"""The European Convention on Human Rights by the short forms national lawyers write:
fr "Convention EDH", "Conv. EDH", "CESDH"; it "Convenzione EDU", "Conv. EDU" (as nl
"EVRM", de "EMRK", en "ECHR")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "la violation de l'article 8 de la Convention EDH est alléguée", ["ECHR:8"]),
        ("fr", "au sens de l'article 6, § 1, de la Conv. EDH", ["ECHR:6(1)"]),
        ("fr", "l'article 3 de la CESDH prohibe la torture", ["ECHR:3"]),
        ("fr", "– vu la convention EDH,", ["ECHR"]),
        ("it", "in violazione dell'art. 6 della Convenzione EDU", ["ECHR:6"]),
        ("it", "ai sensi dell'art. 8 Conv. EDU", ["ECHR:8"]),
        ("nl", "in strijd met artikel 8 EVRM", ["ECHR:8"]),
        ("en", "contrary to Art 8 ECHR", ["ECHR:8"]),
    ],
)
def test_echr_short_forms(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
