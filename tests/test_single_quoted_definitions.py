"""A short name defined in single quotes, as the EU trade mark office's decisions and
other texts in Italian, Spanish and Portuguese write it (it "regolamento (UE)
2017/1001 (‘RMUE’) … articolo 8, paragrafo 1, lettera b), RMUE"): the quotes are among
the language's quotes (``data/context_words.toml``), so the articles pinned to the name
are the act's. An apostrophe inside a word ("dell'Unione") opens no quote."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "it",
            "Il regolamento (UE) 2017/1001 (‘RMUE’) si applica. L’opponente ha invocato "
            "l’articolo 8, paragrafo 1, lettera b), RMUE.",
            "CELEX:32017R1001:8(1)(b)",
        ),
        (
            "es",
            "El Reglamento (UE) 2019/1020 (‘RVM’) se aplica. La autoridad invocó el artículo 4, "
            "apartado 3, letra b), del RVM.",
            "CELEX:32019R1020:4(3)(b)",
        ),
        (
            "pt",
            "O Regulamento (UE) 2019/1020 (‘RFM’) aplica-se. A autoridade invocou o artigo 4.º "
            "do RFM.",
            "CELEX:32019R1020:4",
        ),
    ],
)
def test_a_name_defined_in_single_quotes(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # apostrophes inside words in the brackets after the act: no name defined
        (
            "it",
            "Il regolamento (UE) 2017/1001 (nell'ambito dell'Unione) si applica. L'articolo 8 "
            "della legge sul marchio nazionale vale altrove.",
            "CELEX:32017R1001:8",
        ),
        (
            "pt",
            "O Regulamento (UE) 2019/1020 (d'ora em diante aplicável) aplica-se. O artigo 4.º da "
            "lei nacional vale.",
            "CELEX:32019R1020:4",
        ),
    ],
)
def test_apostrophes_define_nothing(lang: str, text: str, wrong: str) -> None:
    assert wrong not in [c.key for c in extract(text, lang=lang)]
