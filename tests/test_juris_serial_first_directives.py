"""The German case-law database juris cites every act number serial then year, a
directive's too: "Art 27 Abs 1 Buchst d EWGRL 83/92" is Article 27(1)(d) of Directive
92/83/EEC, as "EGRL 112/2006" is Directive 2006/112/EC ([acts] serial_first_words).
Directives are otherwise numbered year first ("Richtlinie 92/83/EWG"), and a number
that cannot be serial then year keeps that reading ("EWGRL 85/337")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zitierte Gesetze\nArt 27 Abs 1 Buchst d EWGRL 83/92", ["CELEX:31992L0083:27(1)(d)"]),
        ("Art 73 EGRL 112/2006", ["CELEX:32006L0112:73"]),
        ("Art 6 Abs 1 EWGRL 85/337", ["CELEX:31985L0337:6(1)"]),
        (
            "verstößt gegen Art. 27 Abs. 1 Buchst. d der Richtlinie 92/83/EWG.",
            ["CELEX:31992L0083:27(1)(d)"],
        ),
    ],
)
def test_juris_directive_numbers(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected
