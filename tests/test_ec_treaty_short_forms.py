"""The EC and EEC Treaties by the bare abbreviation that completes an article: hu "EK 82.
cikk" and "EGK 86. cikk" as Hungarian judgments before 2009 write them (the abbreviation
first, as the language puts the instrument first), like hr "članak 81. UEZ-a", sk "článok
81 ES", mt "l-Artikolu 81 KE". The abbreviation alone, or before a number that is no
article ("az EK 12 tagállama"), is no citation."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    ("hu", "Az EK 82. cikk szerinti erőfölénnyel való visszaélés tilos.", ["TEC:82"]),
    (
        "hu",
        "„Versenyjog – EK 81. cikk (1) bekezdés – EK 82. cikk – Bírság”",
        ["TEC:81(1)", "TEC:82"],
    ),
    (
        "hu",
        "az EGK-Szerződés 85. cikke és az EGK 86. cikkének (1) bekezdése",
        ["TEC:85", "TEC:86(1)"],
    ),
    ("hr", "Povreda članka 81. UEZ-a i članka 82. UEZ-a utvrđena je.", ["TEC:81", "TEC:82"]),
    ("sk", "Porušenie článku 81 ES a článku 82 ES bolo preukázané.", ["TEC:81", "TEC:82"]),
    ("mt", "Il-ksur tal-Artikolu 81 KE u tal-Artikolu 82 KE ġie ppruvat.", ["TEC:81", "TEC:82"]),
]


@pytest.mark.parametrize(("lang", "text", "keys"), CASES)
def test_bare_abbreviation_completes_an_article(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


@pytest.mark.parametrize(
    "text",
    ["az EK 12 tagállama 2003-ban", "Az EK és az EGK intézményei", "a 44/2001/EK rendelet"],
)
def test_no_treaty_without_an_article(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="hu") if c.type == "treaty"] == []
