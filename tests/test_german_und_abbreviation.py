"""German abbreviates "und" to "u." inside citations ("Art. 6 Abs. 4 lit. b u. c Rom
I-VO", "Art. 6 Abs. 1 u. 2 DSGVO"): a list separator like "und"; "u.a." (among others)
is no list."""

from __future__ import annotations

import pytest

import citeresolve

ROME = "CELEX:32008R0593"
GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(Rückausnahmen für Pauschalreisen, Art. 6 Abs. 4 lit. b u. c Rom I-VO).",
            [f"{ROME}:6(4)(b)", f"{ROME}:6(4)(c)"],
        ),
        ("nach Art. 6 Abs. 1 u. 2 DSGVO", [f"{GDPR}:6(1)", f"{GDPR}:6(2)"]),
        ("nach Art. 6 u. Art. 7 DSGVO", [f"{GDPR}:6", f"{GDPR}:7"]),
        ("Art. 6 u.a. der Verordnung (EU) 2016/679", [GDPR]),
    ],
)
def test_u_dot_is_and(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected
