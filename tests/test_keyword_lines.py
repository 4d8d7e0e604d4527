"""A judgment's keyword line (segments between dashes): the articles after a segment that
names a convention the extractor does not key are that convention's, never the act of
the segments before ("Regulation (EC) No 261/2004 — Articles 5 to 7 — Montreal
Convention — Articles 19 and 29")."""

from __future__ import annotations

import pytest

import citeresolve

_ACT = "CELEX:32004R0261"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Air transport — Regulation (EC) No 261/2004 — Articles 5 to 7 — Montreal "
            "Convention — Articles 19 and 29 — Right to compensation in the event of delay",
        ),
        (
            "bg",
            "Въздушен транспорт — Регламент (ЕО) № 261/2004 — Членове 5–7 — Конвенция от "
            "Монреал — Членове 19 и 29 — Право на обезщетение при закъснение",
        ),
        (
            "fr",
            "Transport aérien — Règlement (CE) nº 261/2004 — Articles 5 à 7 — Convention de "
            "Montréal — Articles 19 et 29 — Droit à indemnisation en cas de retard",
        ),
        (
            "it",
            "Trasporto aereo — Regolamento (CE) n. 261/2004 — Articoli da 5 a 7 — "
            "Convenzione di Montreal — Articoli 19 e 29 — Diritto a compensazione",
        ),
    ],
)
def test_articles_after_an_unkeyed_convention_are_not_the_acts(lang: str, text: str) -> None:
    assert _keys(text, lang) == [_ACT, f"{_ACT}:5-7"]


def test_an_article_repeated_after_an_unkeyed_convention_is_not_the_acts() -> None:
    # "Člen 2(7)" repeats no article of the Directive's range: the Berne Convention's.
    text = (
        "Avtorska pravica – Direktiva 2001/29/ES – Členi od 2 do 4 – Izključne pravice – "
        "Bernska konvencija – Člen 2(7) – Merilo materialne vzajemnosti"
    )
    assert _keys(text, "sl") == ["CELEX:32001L0029", "CELEX:32001L0029:2-4"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a registered convention owns its articles
        (
            "en",
            "Reference for a preliminary ruling — European Convention on Human Rights — "
            "Article 6 — Fair trial",
            ["ECHR", "ECHR:6"],
        ),
        # a descriptor segment between keeps the act's articles
        (
            "en",
            "Air transport — Regulation (EC) No 261/2004 — Cancellation of flights — "
            "Article 5(3) — Extraordinary circumstances",
            [_ACT, f"{_ACT}:5(3)"],
        ),
        (
            "sl",
            "Avtorska pravica – Direktiva 2001/29/ES – Izključne pravice – Člen 2 – Pojem",
            ["CELEX:32001L0029", "CELEX:32001L0029:2"],
        ),
    ],
)
def test_keyword_line_articles_keep_their_instrument(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected
