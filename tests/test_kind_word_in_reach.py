"""A bare act word ("člena 29b Direktive", cs "článku 29b směrnice") in the sentence and
line of the act it follows, with no other act between them, is that act even when the
document cites several of its kind; elsewhere it still names only the one of its kind."""

from __future__ import annotations

import pytest

from citeresolve import extract

_CASES = [
    (
        "sl",
        "ob upoštevanju Direktive 2013/34/EU Evropskega parlamenta in Sveta (1) in zlasti "
        "člena 29b Direktive,\n\n(1) Direktiva (EU) 2022/2464 je spremenila Direktivo "
        "2013/34/EU.",
    ),
    (
        "cs",
        "s ohledem na směrnici 2013/34/EU (1), a zejména na článek 29b směrnice,\n\n"
        "(1) Směrnice (EU) 2022/2464 změnila směrnici 2013/34/EU.",
    ),
    (
        "hr",
        "uzimajući u obzir Direktivu 2013/34/EU (1), a posebno članak 29.b direktive,\n\n"
        "(1) Direktivom (EU) 2022/2464 izmijenjena je Direktiva 2013/34/EU.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _CASES)
def test_kind_word_in_the_sentence_of_its_act(lang: str, text: str) -> None:
    assert "CELEX:32013L0034:29b" in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "Direktiva 2013/34/EU in Direktiva (EU) 2022/2464 se uporabljata.\n"
            "Podjetja poročajo v skladu s členom 19a Direktive.",
        ),
        (
            "hr",
            "Primjenjuju se Direktiva 2013/34/EU i Direktiva (EU) 2022/2464.\n"
            "Poduzeća izvješćuju u skladu s člankom 19.a direktive.",
        ),
        (
            "cs",
            "Použije se směrnice 2013/34/EU a směrnice (EU) 2022/2464.\n"
            "Podniky podávají zprávy podle článku 19a směrnice.",
        ),
    ],
)
def test_kind_word_on_another_line_after_two_acts_names_neither(lang: str, text: str) -> None:
    keys = [c.key for c in extract(text, lang=lang)]
    assert not [k for k in keys if k.endswith(":19a")]
