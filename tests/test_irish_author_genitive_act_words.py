"""The author's genitive right after an Irish act word, as newspapers and the Dáil write
it (a letter to the editor: "Leasófar dlí an AE (Rialachán Comhairle 1/1958)"): a
number with no domain after "Rialachán Comhairle", "Treoir Choimisiúin", "Cinneadh
Coimisiúin" gave nothing, where "Rialachán 1/1958" was read. The Irish act words in
data/lang/ga.toml list these forms; the languages that set the author before the word
(en "Council Regulation 1/2003", lv "Padomes Regula", fi "neuvoston asetus") were read
already. A county council ("Comhairle Contae") is a national body."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "ga",
            "Leasófar dlí an AE (Rialachán Comhairle 1/1958) chun Eastóinis a chur isteach.",
            ["CELEX:31958R0001"],
        ),
        ("ga", "faoi Airteagal 6 de Rialachán Comhairle 1/1958", ["CELEX:31958R0001:6"]),
        ("ga", "de réir Threoir Comhairle 2000/78", ["CELEX:32000L0078"]),
        ("ga", "Rialachán na Comhairle 1/2003 maidir le hiomaíocht", ["CELEX:32003R0001"]),
        ("ga", "Cinneadh Coimisiúin 2021/2121 maidir le cartlanna", ["CELEX:32021D2121"]),
        # the same reference with the author before the word, read before
        ("en", "under Council Regulation 1/2003", ["CELEX:32003R0001"]),
        ("lv", "saskaņā ar Padomes Regulu 1/2003", ["CELEX:32003R0001"]),
        ("fi", "neuvoston asetus 1/2003 kilpailusääntöjen täytäntöönpanosta", ["CELEX:32003R0001"]),
    ],
)
def test_author_next_to_act_word(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    "text",
    [
        "Rialachán Comhairle Contae 1/2020 maidir le páirceáil",
        "Comhairle 1/2003",
    ],
)
def test_national_or_no_act(text: str) -> None:
    assert _keys(text, "ga") == []
