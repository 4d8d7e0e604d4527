"""Decisions of the Representatives of the Governments of the Member States: their
number reads as any decision's, but EUR-Lex files them in CELEX sector 4
(data/act_sectors.toml)."""

from __future__ import annotations

import pytest

import citeresolve

from .conftest import eu_act_spans as acts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a directive's title that repeals one (es, cs, de, fr, en)
        (
            "es",
            "Directiva (UE) 2015/637 del Consejo, sobre la protección consular, por la que "
            "se deroga la Decisión 95/553/CE",
            [
                ("CELEX:32015L0637", "Directiva (UE) 2015/637"),
                ("CELEX:41995D0553", "Decisión 95/553/CE"),
            ],
        ),
        (
            "cs",
            "Směrnice Rady (EU) 2015/637 o konzulární ochraně a o zrušení rozhodnutí 95/553/ES",
            [
                ("CELEX:32015L0637", "Směrnice Rady (EU) 2015/637"),
                ("CELEX:41995D0553", "rozhodnutí 95/553/ES"),
            ],
        ),
        (
            "de",
            "Die Richtlinie (EU) 2015/637 ersetzt den Beschluss 95/553/EG über den Schutz "
            "der Bürger durch die diplomatischen Vertretungen.",
            [
                ("CELEX:32015L0637", "Richtlinie (EU) 2015/637"),
                ("CELEX:41995D0553", "Beschluss 95/553/EG"),
            ],
        ),
        (
            "fr",
            "Le document de voyage provisoire a été établi par la décision 96/409/PESC.",
            [("CELEX:41996D0409", "décision 96/409/PESC")],
        ),
        (
            "en",
            "The seat of the agency was fixed by Decision 2004/97/EC, Euratom.",
            [("CELEX:42004D0097", "Decision 2004/97/EC, Euratom")],
        ),
    ],
)
def test_decisions_of_the_representatives_of_the_governments(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


def test_their_articles_take_the_sector_four_number() -> None:
    text = "Pursuant to Article 5 of Decision 95/553/EC, the embassy shall assist the citizen."
    assert [c.key for c in citeresolve.extract(text, lang="en")] == ["CELEX:41995D0553:5"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bare CELEX number is kept as the text writes it
        ("en", "Document 31995D0553 on EUR-Lex", [("CELEX:31995D0553", "31995D0553")]),
        # other acts of those years and numbers keep sector 3
        (
            "en",
            "Council Regulation (EC) No 553/95",
            [("CELEX:31995R0553", "Regulation (EC) No 553/95")],
        ),
        ("de", "Richtlinie 95/46/EG", [("CELEX:31995L0046", "Richtlinie 95/46/EG")]),
        ("fr", "la décision 2004/98/CE du Conseil", [("CELEX:32004D0098", "décision 2004/98/CE")]),
        # a national act's number is no act of the Union
        ("cs", "zákon č. 95/553 Sb.", []),
    ],
)
def test_other_acts_keep_their_sector(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected
